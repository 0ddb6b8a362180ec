
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,Switch as RadixThemesSwitch,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_86da9323 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_86da9323;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_86da9323 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_86da9323;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_86da9323 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_86da9323;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_86da9323 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_86da9323;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_86da9323 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_86da9323;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_86da9323 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_86da9323;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_86da9323 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_86da9323;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_86da9323 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_86da9323;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_86da9323 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_86da9323;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_86da9323 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_86da9323;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_86da9323 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_86da9323 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_86da9323.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_86da9323;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_86da9323 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_86da9323 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_86da9323.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_86da9323;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_86da9323 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_86da9323.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_86da9323;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_86da9323 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_86da9323 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_86da9323.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_86da9323;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_86da9323 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_86da9323 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_86da9323.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_86da9323;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_86da9323 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_86da9323 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_86da9323.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_86da9323;
})();

export const Bare_comp_cca2a302fcb25f92fbfc06592bf34521_86da9323 = /*#__PURE__*/ (() => {
const Bare_comp_cca2a302fcb25f92fbfc06592bf34521_86da9323 = memo(({children}) => {
    const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        reflex___state____state__admin___lead_settings___state____lead_settings_state.error_rx_state_
    )
});
Bare_comp_cca2a302fcb25f92fbfc06592bf34521_86da9323.displayName = "Bare";
return Bare_comp_cca2a302fcb25f92fbfc06592bf34521_86da9323;
})();

export const Cond_comp_ababe6bd15357e8c0599da9f8504b5c8_86da9323 = /*#__PURE__*/ (() => {
const Cond_comp_ababe6bd15357e8c0599da9f8504b5c8_86da9323 = memo(({children}) => {
    const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        (!((reflex___state____state__admin___lead_settings___state____lead_settings_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ababe6bd15357e8c0599da9f8504b5c8_86da9323.displayName = "Cond";
return Cond_comp_ababe6bd15357e8c0599da9f8504b5c8_86da9323;
})();

export const Switch_switch_26a06bfe5fc666ab0fc326636a65b2b1_86da9323 = /*#__PURE__*/ (() => {
const Switch_switch_26a06bfe5fc666ab0fc326636a65b2b1_86da9323 = memo(({children, ...rest}) => {
    const ref_recall_enabled = useRef(null); refs["ref_recall_enabled"] = ref_recall_enabled;
const on_change_77dd4aca2a3671804c53cd19cdfec47b = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_settings___state____lead_settings_state.set_recall_enabled", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__admin___lead_settings___state____lead_settings_state.recall_enabled_rx_state_, id:"recall_enabled", onCheckedChange:on_change_77dd4aca2a3671804c53cd19cdfec47b, ref:ref_recall_enabled }))},)
    )
});
Switch_switch_26a06bfe5fc666ab0fc326636a65b2b1_86da9323.displayName = "Switch";
return Switch_switch_26a06bfe5fc666ab0fc326636a65b2b1_86da9323;
})();

export const Textfieldroot_textfield__root_3cc4c90af32b0b9b1547ead691890674_86da9323 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_3cc4c90af32b0b9b1547ead691890674_86da9323 = memo(({children, ...rest}) => {
    const ref_acceptance_window_hours = useRef(null); refs["ref_acceptance_window_hours"] = ref_acceptance_window_hours;
const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_settings___state____lead_settings_state.numbers_rx_state_?.["acceptance_window_hours"]) ? reflex___state____state__admin___lead_settings___state____lead_settings_state.numbers_rx_state_?.["acceptance_window_hours"] : ""), id:"acceptance_window_hours", key:((JSON.stringify(reflex___state____state__admin___lead_settings___state____lead_settings_state.version_rx_state_))+"acceptance_window_hours"), min:"1", name:"acceptance_window_hours", ref:ref_acceptance_window_hours, size:"2", type:"number" }))},)
    )
});
Textfieldroot_textfield__root_3cc4c90af32b0b9b1547ead691890674_86da9323.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_3cc4c90af32b0b9b1547ead691890674_86da9323;
})();

export const Bare_comp_64b7facaad3d327722ca883bec8e135e_86da9323 = /*#__PURE__*/ (() => {
const Bare_comp_64b7facaad3d327722ca883bec8e135e_86da9323 = memo(({children}) => {
    const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        (isTrue(reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["acceptance_window_hours"]) ? reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["acceptance_window_hours"] : "")
    )
});
Bare_comp_64b7facaad3d327722ca883bec8e135e_86da9323.displayName = "Bare";
return Bare_comp_64b7facaad3d327722ca883bec8e135e_86da9323;
})();

export const Cond_comp_9291177d9d9f80ca75f4d04f5725180c_86da9323 = /*#__PURE__*/ (() => {
const Cond_comp_9291177d9d9f80ca75f4d04f5725180c_86da9323 = memo(({children}) => {
    const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["acceptance_window_hours"]) ? reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["acceptance_window_hours"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9291177d9d9f80ca75f4d04f5725180c_86da9323.displayName = "Cond";
return Cond_comp_9291177d9d9f80ca75f4d04f5725180c_86da9323;
})();

export const Switch_switch_ee8cfb1075f0dd41587230e2659e0bbf_86da9323 = /*#__PURE__*/ (() => {
const Switch_switch_ee8cfb1075f0dd41587230e2659e0bbf_86da9323 = memo(({children, ...rest}) => {
    const ref_accept_reminder_enabled = useRef(null); refs["ref_accept_reminder_enabled"] = ref_accept_reminder_enabled;
const on_change_8fd94b3e3f965142ad203359f3a2a391 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_settings___state____lead_settings_state.set_accept_reminder_enabled", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__admin___lead_settings___state____lead_settings_state.accept_reminder_enabled_rx_state_, id:"accept_reminder_enabled", onCheckedChange:on_change_8fd94b3e3f965142ad203359f3a2a391, ref:ref_accept_reminder_enabled }))},)
    )
});
Switch_switch_ee8cfb1075f0dd41587230e2659e0bbf_86da9323.displayName = "Switch";
return Switch_switch_ee8cfb1075f0dd41587230e2659e0bbf_86da9323;
})();

export const Textfieldroot_textfield__root_78ec701e814a5a90997dcd0a65f88bc0_86da9323 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_78ec701e814a5a90997dcd0a65f88bc0_86da9323 = memo(({children, ...rest}) => {
    const ref_accept_reminder_hours = useRef(null); refs["ref_accept_reminder_hours"] = ref_accept_reminder_hours;
const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_settings___state____lead_settings_state.numbers_rx_state_?.["accept_reminder_hours"]) ? reflex___state____state__admin___lead_settings___state____lead_settings_state.numbers_rx_state_?.["accept_reminder_hours"] : ""), id:"accept_reminder_hours", key:((JSON.stringify(reflex___state____state__admin___lead_settings___state____lead_settings_state.version_rx_state_))+"accept_reminder_hours"), min:"1", name:"accept_reminder_hours", ref:ref_accept_reminder_hours, size:"2", type:"number" }))},)
    )
});
Textfieldroot_textfield__root_78ec701e814a5a90997dcd0a65f88bc0_86da9323.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_78ec701e814a5a90997dcd0a65f88bc0_86da9323;
})();

export const Bare_comp_702be4941dce7c642d24d02a6fd202bb_86da9323 = /*#__PURE__*/ (() => {
const Bare_comp_702be4941dce7c642d24d02a6fd202bb_86da9323 = memo(({children}) => {
    const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        (isTrue(reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["accept_reminder_hours"]) ? reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["accept_reminder_hours"] : "")
    )
});
Bare_comp_702be4941dce7c642d24d02a6fd202bb_86da9323.displayName = "Bare";
return Bare_comp_702be4941dce7c642d24d02a6fd202bb_86da9323;
})();

export const Cond_comp_37bb5c169562cca0c7538ab2a95cc1bf_86da9323 = /*#__PURE__*/ (() => {
const Cond_comp_37bb5c169562cca0c7538ab2a95cc1bf_86da9323 = memo(({children}) => {
    const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["accept_reminder_hours"]) ? reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["accept_reminder_hours"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_37bb5c169562cca0c7538ab2a95cc1bf_86da9323.displayName = "Cond";
return Cond_comp_37bb5c169562cca0c7538ab2a95cc1bf_86da9323;
})();

export const Switch_switch_88f8929d44f9fdcca43f334f2e757efa_86da9323 = /*#__PURE__*/ (() => {
const Switch_switch_88f8929d44f9fdcca43f334f2e757efa_86da9323 = memo(({children, ...rest}) => {
    const ref_status_reminder_enabled = useRef(null); refs["ref_status_reminder_enabled"] = ref_status_reminder_enabled;
const on_change_67ac82a57d802557fa1b6df17ccf490a = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_settings___state____lead_settings_state.set_status_reminder_enabled", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__admin___lead_settings___state____lead_settings_state.status_reminder_enabled_rx_state_, id:"status_reminder_enabled", onCheckedChange:on_change_67ac82a57d802557fa1b6df17ccf490a, ref:ref_status_reminder_enabled }))},)
    )
});
Switch_switch_88f8929d44f9fdcca43f334f2e757efa_86da9323.displayName = "Switch";
return Switch_switch_88f8929d44f9fdcca43f334f2e757efa_86da9323;
})();

export const Textfieldroot_textfield__root_4d34090fb1a0bf351b19b5e33f7459f7_86da9323 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_4d34090fb1a0bf351b19b5e33f7459f7_86da9323 = memo(({children, ...rest}) => {
    const ref_status_reminder_days = useRef(null); refs["ref_status_reminder_days"] = ref_status_reminder_days;
const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_settings___state____lead_settings_state.numbers_rx_state_?.["status_reminder_days"]) ? reflex___state____state__admin___lead_settings___state____lead_settings_state.numbers_rx_state_?.["status_reminder_days"] : ""), id:"status_reminder_days", key:((JSON.stringify(reflex___state____state__admin___lead_settings___state____lead_settings_state.version_rx_state_))+"status_reminder_days"), min:"1", name:"status_reminder_days", ref:ref_status_reminder_days, size:"2", type:"number" }))},)
    )
});
Textfieldroot_textfield__root_4d34090fb1a0bf351b19b5e33f7459f7_86da9323.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_4d34090fb1a0bf351b19b5e33f7459f7_86da9323;
})();

export const Bare_comp_a28f36f86bb535fedfca0e9d37b69227_86da9323 = /*#__PURE__*/ (() => {
const Bare_comp_a28f36f86bb535fedfca0e9d37b69227_86da9323 = memo(({children}) => {
    const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        (isTrue(reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["status_reminder_days"]) ? reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["status_reminder_days"] : "")
    )
});
Bare_comp_a28f36f86bb535fedfca0e9d37b69227_86da9323.displayName = "Bare";
return Bare_comp_a28f36f86bb535fedfca0e9d37b69227_86da9323;
})();

export const Cond_comp_3cf3bf1daf47c35e4800e6b4e4b9773a_86da9323 = /*#__PURE__*/ (() => {
const Cond_comp_3cf3bf1daf47c35e4800e6b4e4b9773a_86da9323 = memo(({children}) => {
    const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["status_reminder_days"]) ? reflex___state____state__admin___lead_settings___state____lead_settings_state.errors_rx_state_?.["status_reminder_days"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3cf3bf1daf47c35e4800e6b4e4b9773a_86da9323.displayName = "Cond";
return Cond_comp_3cf3bf1daf47c35e4800e6b4e4b9773a_86da9323;
})();

export const Bare_comp_4b2243fa86c3c25dbf35b7cf85c57966_86da9323 = /*#__PURE__*/ (() => {
const Bare_comp_4b2243fa86c3c25dbf35b7cf85c57966_86da9323 = memo(({children}) => {
    const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        ("Last updated "+reflex___state____state__admin___lead_settings___state____lead_settings_state.updated_at_rx_state_)
    )
});
Bare_comp_4b2243fa86c3c25dbf35b7cf85c57966_86da9323.displayName = "Bare";
return Bare_comp_4b2243fa86c3c25dbf35b7cf85c57966_86da9323;
})();

export const Form_root_a4c2410b5d701fb6016557701d9237ef_86da9323 = /*#__PURE__*/ (() => {
const Form_root_a4c2410b5d701fb6016557701d9237ef_86da9323 = memo(({children, ...rest}) => {
    
    const handleSubmit_1a1faac9e869750950cd3e41a69564f5 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["recall_enabled"] : getRefValue(refs["ref_recall_enabled"]), ["acceptance_window_hours"] : getRefValue(refs["ref_acceptance_window_hours"]), ["accept_reminder_enabled"] : getRefValue(refs["ref_accept_reminder_enabled"]), ["accept_reminder_hours"] : getRefValue(refs["ref_accept_reminder_hours"]), ["status_reminder_enabled"] : getRefValue(refs["ref_status_reminder_enabled"]), ["status_reminder_days"] : getRefValue(refs["ref_status_reminder_days"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_settings___state____lead_settings_state.save", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_1a1faac9e869750950cd3e41a69564f5 }))},children)
    )
});
Form_root_a4c2410b5d701fb6016557701d9237ef_86da9323.displayName = "Form";
return Form_root_a4c2410b5d701fb6016557701d9237ef_86da9323;
})();

export const Cond_comp_5c41374f9dd739a5e3029aecc1902902_86da9323 = /*#__PURE__*/ (() => {
const Cond_comp_5c41374f9dd739a5e3029aecc1902902_86da9323 = memo(({children}) => {
    const reflex___state____state__admin___lead_settings___state____lead_settings_state = useStateContext("reflex___state____state.admin___lead_settings___state____lead_settings_state")
    return(
        (reflex___state____state__admin___lead_settings___state____lead_settings_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5c41374f9dd739a5e3029aecc1902902_86da9323.displayName = "Cond";
return Cond_comp_5c41374f9dd739a5e3029aecc1902902_86da9323;
})();
