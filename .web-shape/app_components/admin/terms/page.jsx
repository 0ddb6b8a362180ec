
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,Switch as RadixThemesSwitch,Text as RadixThemesText,TextArea as RadixThemesTextArea} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import DebounceInput from "react-debounce-input"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_94371aa5 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_94371aa5;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_94371aa5 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_94371aa5;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_94371aa5 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_94371aa5;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_94371aa5 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_94371aa5;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_94371aa5 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_94371aa5;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_94371aa5 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_94371aa5;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_94371aa5 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_94371aa5;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_94371aa5 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_94371aa5;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_94371aa5 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_94371aa5;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_94371aa5 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_94371aa5;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_94371aa5 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_94371aa5 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_94371aa5.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_94371aa5;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_94371aa5 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_94371aa5 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_94371aa5.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_94371aa5;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_94371aa5 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_94371aa5.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_94371aa5;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_94371aa5 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_94371aa5 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_94371aa5.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_94371aa5;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_94371aa5 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_94371aa5 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_94371aa5.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_94371aa5;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_94371aa5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_94371aa5 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_94371aa5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_94371aa5;
})();

export const Button_button_fbba42b7b9408b2ece5ae72b128e8732_94371aa5 = /*#__PURE__*/ (() => {
const Button_button_fbba42b7b9408b2ece5ae72b128e8732_94371aa5 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34, variant:"soft" }))},children)
    )
});
Button_button_fbba42b7b9408b2ece5ae72b128e8732_94371aa5.displayName = "Button";
return Button_button_fbba42b7b9408b2ece5ae72b128e8732_94371aa5;
})();

export const Bare_comp_e548e0b073af25278bed4ac8829538cd_94371aa5 = /*#__PURE__*/ (() => {
const Bare_comp_e548e0b073af25278bed4ac8829538cd_94371aa5 = memo(({children}) => {
    const reflex___state____state__admin___terms___state____terms_settings_state = useStateContext("reflex___state____state.admin___terms___state____terms_settings_state")
    return(
        reflex___state____state__admin___terms___state____terms_settings_state.error_rx_state_
    )
});
Bare_comp_e548e0b073af25278bed4ac8829538cd_94371aa5.displayName = "Bare";
return Bare_comp_e548e0b073af25278bed4ac8829538cd_94371aa5;
})();

export const Cond_comp_b2dfd1314b41d563e426d0d924cf33de_94371aa5 = /*#__PURE__*/ (() => {
const Cond_comp_b2dfd1314b41d563e426d0d924cf33de_94371aa5 = memo(({children}) => {
    const reflex___state____state__admin___terms___state____terms_settings_state = useStateContext("reflex___state____state.admin___terms___state____terms_settings_state")
    return(
        (!((reflex___state____state__admin___terms___state____terms_settings_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b2dfd1314b41d563e426d0d924cf33de_94371aa5.displayName = "Cond";
return Cond_comp_b2dfd1314b41d563e426d0d924cf33de_94371aa5;
})();

export const Bare_comp_fdac6199aececb394781f8325df77f29_94371aa5 = /*#__PURE__*/ (() => {
const Bare_comp_fdac6199aececb394781f8325df77f29_94371aa5 = memo(({children}) => {
    const reflex___state____state__admin___terms___state____terms_settings_state = useStateContext("reflex___state____state.admin___terms___state____terms_settings_state")
    return(
        ((reflex___state____state__admin___terms___state____terms_settings_state.version_rx_state_ > 0) ? ("Version "+(JSON.stringify(reflex___state____state__admin___terms___state____terms_settings_state.version_rx_state_))) : "Not set")
    )
});
Bare_comp_fdac6199aececb394781f8325df77f29_94371aa5.displayName = "Bare";
return Bare_comp_fdac6199aececb394781f8325df77f29_94371aa5;
})();

export const Badge_badge_c17b07974e280c50b0a23de934b190dc_94371aa5 = /*#__PURE__*/ (() => {
const Badge_badge_c17b07974e280c50b0a23de934b190dc_94371aa5 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___terms___state____terms_settings_state = useStateContext("reflex___state____state.admin___terms___state____terms_settings_state")
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:((reflex___state____state__admin___terms___state____terms_settings_state.version_rx_state_ > 0) ? "green" : "gray"), variant:"soft" }))},children)
    )
});
Badge_badge_c17b07974e280c50b0a23de934b190dc_94371aa5.displayName = "Badge";
return Badge_badge_c17b07974e280c50b0a23de934b190dc_94371aa5;
})();

export const Bare_comp_d2df9cb1dc9dac6bd388ef9e9bc8fd7e_94371aa5 = /*#__PURE__*/ (() => {
const Bare_comp_d2df9cb1dc9dac6bd388ef9e9bc8fd7e_94371aa5 = memo(({children}) => {
    const reflex___state____state__admin___terms___state____terms_settings_state = useStateContext("reflex___state____state.admin___terms___state____terms_settings_state")
    return(
        (JSON.stringify(reflex___state____state__admin___terms___state____terms_settings_state.accepted_rx_state_))
    )
});
Bare_comp_d2df9cb1dc9dac6bd388ef9e9bc8fd7e_94371aa5.displayName = "Bare";
return Bare_comp_d2df9cb1dc9dac6bd388ef9e9bc8fd7e_94371aa5;
})();

export const Debounceinput_debounceinput_be7476bf55bb35ca5ea80a4440f08a30_94371aa5 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_be7476bf55bb35ca5ea80a4440f08a30_94371aa5 = memo(({children, ...rest}) => {
    const ref_terms_text = useRef(null); refs["ref_terms_text"] = ref_terms_text;
const on_change_bd94ce48859e6f1fd8e14a1173350631 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___terms___state____terms_settings_state.set_text", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___terms___state____terms_settings_state = useStateContext("reflex___state____state.admin___terms___state____terms_settings_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextArea, id:"terms-text", inputRef:ref_terms_text, onChange:on_change_bd94ce48859e6f1fd8e14a1173350631, rows:"14", size:"3", value:reflex___state____state__admin___terms___state____terms_settings_state.text_rx_state_ }), "inputRef")},)
    )
});
Debounceinput_debounceinput_be7476bf55bb35ca5ea80a4440f08a30_94371aa5.displayName = "DebounceInput";
return Debounceinput_debounceinput_be7476bf55bb35ca5ea80a4440f08a30_94371aa5;
})();

export const Switch_switch_3bd2b9c79618c59dfbd45848fbae2d7d_94371aa5 = /*#__PURE__*/ (() => {
const Switch_switch_3bd2b9c79618c59dfbd45848fbae2d7d_94371aa5 = memo(({children, ...rest}) => {
    const ref_terms_opt_in = useRef(null); refs["ref_terms_opt_in"] = ref_terms_opt_in;
const on_change_ccd5797c83bc4232a34d4fc56fcaf627 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___terms___state____terms_settings_state.set_opt_in_emails", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___terms___state____terms_settings_state = useStateContext("reflex___state____state.admin___terms___state____terms_settings_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__admin___terms___state____terms_settings_state.opt_in_emails_rx_state_, id:"terms-opt-in", onCheckedChange:on_change_ccd5797c83bc4232a34d4fc56fcaf627, ref:ref_terms_opt_in }))},)
    )
});
Switch_switch_3bd2b9c79618c59dfbd45848fbae2d7d_94371aa5.displayName = "Switch";
return Switch_switch_3bd2b9c79618c59dfbd45848fbae2d7d_94371aa5;
})();

export const Button_button_6e90d5c96ed844b558ac43cfd6a2b261_94371aa5 = /*#__PURE__*/ (() => {
const Button_button_6e90d5c96ed844b558ac43cfd6a2b261_94371aa5 = memo(({children, ...rest}) => {
    const on_click_12b9660e117a354b123e6a705152d665 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___terms___state____terms_settings_state.save", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_12b9660e117a354b123e6a705152d665, size:"3" }))},children)
    )
});
Button_button_6e90d5c96ed844b558ac43cfd6a2b261_94371aa5.displayName = "Button";
return Button_button_6e90d5c96ed844b558ac43cfd6a2b261_94371aa5;
})();

export const Cond_comp_2db146b11010250deda17298030eb9ae_94371aa5 = /*#__PURE__*/ (() => {
const Cond_comp_2db146b11010250deda17298030eb9ae_94371aa5 = memo(({children}) => {
    const reflex___state____state__admin___terms___state____terms_settings_state = useStateContext("reflex___state____state.admin___terms___state____terms_settings_state")
    return(
        (reflex___state____state__admin___terms___state____terms_settings_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2db146b11010250deda17298030eb9ae_94371aa5.displayName = "Cond";
return Cond_comp_2db146b11010250deda17298030eb9ae_94371aa5;
})();
