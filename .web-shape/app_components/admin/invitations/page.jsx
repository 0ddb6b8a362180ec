
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import DebounceInput from "react-debounce-input"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_2733b8f5;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_2733b8f5 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_2733b8f5.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_2733b8f5;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2733b8f5 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2733b8f5 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2733b8f5.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2733b8f5;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2733b8f5 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2733b8f5.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2733b8f5;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2733b8f5 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2733b8f5.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2733b8f5;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_2733b8f5 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_2733b8f5.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_3626f44274de3d4ff9dceb560fdf29eb_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_3626f44274de3d4ff9dceb560fdf29eb_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_ec6070d9ba71a877552574541df24e45 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.open_create", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_ec6070d9ba71a877552574541df24e45 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_3626f44274de3d4ff9dceb560fdf29eb_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_3626f44274de3d4ff9dceb560fdf29eb_2733b8f5;
})();

export const Dropdownmenuitem_dropdownmenu__item_07bf05cad2ce8a4620ef2a4a615cc56e_2733b8f5 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_07bf05cad2ce8a4620ef2a4a615cc56e_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_3c81c022a4284ef448c2c917e3121229 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations/import", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_3c81c022a4284ef448c2c917e3121229 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_07bf05cad2ce8a4620ef2a4a615cc56e_2733b8f5.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_07bf05cad2ce8a4620ef2a4a615cc56e_2733b8f5;
})();

export const Debounceinput_debounceinput_21831fb9210bfc73039c1f1c0a52e03c_2733b8f5 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_21831fb9210bfc73039c1f1c0a52e03c_2733b8f5 = memo(({children, ...rest}) => {
    const ref_invitation_search = useRef(null); refs["ref_invitation_search"] = ref_invitation_search;
const on_change_c61aa193b0ce41f5015af5c77ed1570f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.set_search", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 300 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["@media screen and (min-width: 0)"] : ({ ["width"] : "100%" }), ["@media screen and (min-width: 30em)"] : ({ ["width"] : "280px" }) }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"invitation-search", inputRef:ref_invitation_search, onChange:on_change_c61aa193b0ce41f5015af5c77ed1570f, placeholder:"Partner, contact or email", value:(isNotNullOrUndefined(reflex___state____state__admin___invitations___state____invitations_state.search_rx_state_) ? reflex___state____state__admin___invitations___state____invitations_state.search_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_21831fb9210bfc73039c1f1c0a52e03c_2733b8f5.displayName = "DebounceInput";
return Debounceinput_debounceinput_21831fb9210bfc73039c1f1c0a52e03c_2733b8f5;
})();

export const Selectroot_select__root_af8ff7ff2ecba45ef1415f0515d4281d_2733b8f5 = /*#__PURE__*/ (() => {
const Selectroot_select__root_af8ff7ff2ecba45ef1415f0515d4281d_2733b8f5 = memo(({children, ...rest}) => {
    const on_change_05f06bbefd09a46cf7056bb6465d7a30 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.set_status", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_05f06bbefd09a46cf7056bb6465d7a30, value:reflex___state____state__admin___invitations___state____invitations_state.status_rx_state_ }))},children)
    )
});
Selectroot_select__root_af8ff7ff2ecba45ef1415f0515d4281d_2733b8f5.displayName = "SelectRoot";
return Selectroot_select__root_af8ff7ff2ecba45ef1415f0515d4281d_2733b8f5;
})();

export const Button_button_3d516b2acfe5f9db0842acd66aa0689e_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_3d516b2acfe5f9db0842acd66aa0689e_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_4e7973fef4f50a7190c5b8d4a0166f05 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.clear_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_4e7973fef4f50a7190c5b8d4a0166f05, variant:"ghost" }))},children)
    )
});
Button_button_3d516b2acfe5f9db0842acd66aa0689e_2733b8f5.displayName = "Button";
return Button_button_3d516b2acfe5f9db0842acd66aa0689e_2733b8f5;
})();

export const Cond_comp_8f3ede499c9828a3beab2c417247e68f_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_8f3ede499c9828a3beab2c417247e68f_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (reflex___state____state__admin___invitations___state____invitations_state.descending_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8f3ede499c9828a3beab2c417247e68f_2733b8f5.displayName = "Cond";
return Cond_comp_8f3ede499c9828a3beab2c417247e68f_2733b8f5;
})();

export const Cond_comp_e7107ab863285ae4f07643c164dc1027_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_e7107ab863285ae4f07643c164dc1027_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        ((reflex___state____state__admin___invitations___state____invitations_state.sort_rx_state_?.valueOf?.() === "partner_name"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e7107ab863285ae4f07643c164dc1027_2733b8f5.displayName = "Cond";
return Cond_comp_e7107ab863285ae4f07643c164dc1027_2733b8f5;
})();

export const Button_button_c2af497319b9dfb27977896d6456308c_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_c2af497319b9dfb27977896d6456308c_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_265e119206fb2db305c24026efdc3985 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.sort_by", ({ ["column"] : "partner_name" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":"Sort by Partner Name", color:"gray", css:({ ["weight"] : "bold" }), onClick:on_click_265e119206fb2db305c24026efdc3985, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_c2af497319b9dfb27977896d6456308c_2733b8f5.displayName = "Button";
return Button_button_c2af497319b9dfb27977896d6456308c_2733b8f5;
})();

export const Tablecolumnheadercell_table__columnheadercell_0cb683cdd1e3e3e96aedaaf35c498abb_2733b8f5 = /*#__PURE__*/ (() => {
const Tablecolumnheadercell_table__columnheadercell_0cb683cdd1e3e3e96aedaaf35c498abb_2733b8f5 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTable.ColumnHeaderCell,{...mergeSlotProps(rest, ({ "aria-sort":((reflex___state____state__admin___invitations___state____invitations_state.sort_rx_state_?.valueOf?.() === "partner_name"?.valueOf?.()) ? (reflex___state____state__admin___invitations___state____invitations_state.descending_rx_state_ ? "descending" : "ascending") : "none") }))},children)
    )
});
Tablecolumnheadercell_table__columnheadercell_0cb683cdd1e3e3e96aedaaf35c498abb_2733b8f5.displayName = "TableColumnHeaderCell";
return Tablecolumnheadercell_table__columnheadercell_0cb683cdd1e3e3e96aedaaf35c498abb_2733b8f5;
})();

export const Cond_comp_b69150a0b4e35fa757a0b25c5a09a2ef_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_b69150a0b4e35fa757a0b25c5a09a2ef_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        ((reflex___state____state__admin___invitations___state____invitations_state.sort_rx_state_?.valueOf?.() === "contact_name"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b69150a0b4e35fa757a0b25c5a09a2ef_2733b8f5.displayName = "Cond";
return Cond_comp_b69150a0b4e35fa757a0b25c5a09a2ef_2733b8f5;
})();

export const Button_button_fa915e2085bc3fb39c0e65e70d93415a_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_fa915e2085bc3fb39c0e65e70d93415a_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_95bab73df910f56e887cf261d6cecff1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.sort_by", ({ ["column"] : "contact_name" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":"Sort by Contact Name", color:"gray", css:({ ["weight"] : "bold" }), onClick:on_click_95bab73df910f56e887cf261d6cecff1, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_fa915e2085bc3fb39c0e65e70d93415a_2733b8f5.displayName = "Button";
return Button_button_fa915e2085bc3fb39c0e65e70d93415a_2733b8f5;
})();

export const Tablecolumnheadercell_table__columnheadercell_cebdc0fa60521c85129faed48a870e39_2733b8f5 = /*#__PURE__*/ (() => {
const Tablecolumnheadercell_table__columnheadercell_cebdc0fa60521c85129faed48a870e39_2733b8f5 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTable.ColumnHeaderCell,{...mergeSlotProps(rest, ({ "aria-sort":((reflex___state____state__admin___invitations___state____invitations_state.sort_rx_state_?.valueOf?.() === "contact_name"?.valueOf?.()) ? (reflex___state____state__admin___invitations___state____invitations_state.descending_rx_state_ ? "descending" : "ascending") : "none") }))},children)
    )
});
Tablecolumnheadercell_table__columnheadercell_cebdc0fa60521c85129faed48a870e39_2733b8f5.displayName = "TableColumnHeaderCell";
return Tablecolumnheadercell_table__columnheadercell_cebdc0fa60521c85129faed48a870e39_2733b8f5;
})();

export const Cond_comp_a680648269d13d72caf388012f7599af_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_a680648269d13d72caf388012f7599af_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        ((reflex___state____state__admin___invitations___state____invitations_state.sort_rx_state_?.valueOf?.() === "contact_email"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a680648269d13d72caf388012f7599af_2733b8f5.displayName = "Cond";
return Cond_comp_a680648269d13d72caf388012f7599af_2733b8f5;
})();

export const Button_button_8a667b95385990d07177deb47364249a_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_8a667b95385990d07177deb47364249a_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_2f4d0963ea70297ba3541df5fb97b356 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.sort_by", ({ ["column"] : "contact_email" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":"Sort by Contact Email", color:"gray", css:({ ["weight"] : "bold" }), onClick:on_click_2f4d0963ea70297ba3541df5fb97b356, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_8a667b95385990d07177deb47364249a_2733b8f5.displayName = "Button";
return Button_button_8a667b95385990d07177deb47364249a_2733b8f5;
})();

export const Tablecolumnheadercell_table__columnheadercell_1c619d7c32aa6b6f1a6a39737dd05736_2733b8f5 = /*#__PURE__*/ (() => {
const Tablecolumnheadercell_table__columnheadercell_1c619d7c32aa6b6f1a6a39737dd05736_2733b8f5 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTable.ColumnHeaderCell,{...mergeSlotProps(rest, ({ "aria-sort":((reflex___state____state__admin___invitations___state____invitations_state.sort_rx_state_?.valueOf?.() === "contact_email"?.valueOf?.()) ? (reflex___state____state__admin___invitations___state____invitations_state.descending_rx_state_ ? "descending" : "ascending") : "none") }))},children)
    )
});
Tablecolumnheadercell_table__columnheadercell_1c619d7c32aa6b6f1a6a39737dd05736_2733b8f5.displayName = "TableColumnHeaderCell";
return Tablecolumnheadercell_table__columnheadercell_1c619d7c32aa6b6f1a6a39737dd05736_2733b8f5;
})();

export const Cond_comp_eaea83122178bf15c9b221e4c0f885e9_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_eaea83122178bf15c9b221e4c0f885e9_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        ((reflex___state____state__admin___invitations___state____invitations_state.sort_rx_state_?.valueOf?.() === "status"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_eaea83122178bf15c9b221e4c0f885e9_2733b8f5.displayName = "Cond";
return Cond_comp_eaea83122178bf15c9b221e4c0f885e9_2733b8f5;
})();

export const Button_button_490e52dca00d3dccfe762005f8084159_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_490e52dca00d3dccfe762005f8084159_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_0c8de619d54318132c43c3cb5b046a85 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.sort_by", ({ ["column"] : "status" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":"Sort by Status", color:"gray", css:({ ["weight"] : "bold" }), onClick:on_click_0c8de619d54318132c43c3cb5b046a85, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_490e52dca00d3dccfe762005f8084159_2733b8f5.displayName = "Button";
return Button_button_490e52dca00d3dccfe762005f8084159_2733b8f5;
})();

export const Tablecolumnheadercell_table__columnheadercell_44c9cdbf7a93f589db65d1cb8627c7bf_2733b8f5 = /*#__PURE__*/ (() => {
const Tablecolumnheadercell_table__columnheadercell_44c9cdbf7a93f589db65d1cb8627c7bf_2733b8f5 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTable.ColumnHeaderCell,{...mergeSlotProps(rest, ({ "aria-sort":((reflex___state____state__admin___invitations___state____invitations_state.sort_rx_state_?.valueOf?.() === "status"?.valueOf?.()) ? (reflex___state____state__admin___invitations___state____invitations_state.descending_rx_state_ ? "descending" : "ascending") : "none") }))},children)
    )
});
Tablecolumnheadercell_table__columnheadercell_44c9cdbf7a93f589db65d1cb8627c7bf_2733b8f5.displayName = "TableColumnHeaderCell";
return Tablecolumnheadercell_table__columnheadercell_44c9cdbf7a93f589db65d1cb8627c7bf_2733b8f5;
})();

export const Cond_comp_ba572770139651eeaa37c634181a13ef_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_ba572770139651eeaa37c634181a13ef_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        ((reflex___state____state__admin___invitations___state____invitations_state.sort_rx_state_?.valueOf?.() === "created"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ba572770139651eeaa37c634181a13ef_2733b8f5.displayName = "Cond";
return Cond_comp_ba572770139651eeaa37c634181a13ef_2733b8f5;
})();

export const Button_button_d961f5d27018d42ffed41f0347a79f5e_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_d961f5d27018d42ffed41f0347a79f5e_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_706592d3b11e8a16a356c7a45c100af5 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.sort_by", ({ ["column"] : "created" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":"Sort by Created", color:"gray", css:({ ["weight"] : "bold" }), onClick:on_click_706592d3b11e8a16a356c7a45c100af5, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_d961f5d27018d42ffed41f0347a79f5e_2733b8f5.displayName = "Button";
return Button_button_d961f5d27018d42ffed41f0347a79f5e_2733b8f5;
})();

export const Tablecolumnheadercell_table__columnheadercell_e72a5fc3b3269f74f5670089b17c5bc9_2733b8f5 = /*#__PURE__*/ (() => {
const Tablecolumnheadercell_table__columnheadercell_e72a5fc3b3269f74f5670089b17c5bc9_2733b8f5 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTable.ColumnHeaderCell,{...mergeSlotProps(rest, ({ "aria-sort":((reflex___state____state__admin___invitations___state____invitations_state.sort_rx_state_?.valueOf?.() === "created"?.valueOf?.()) ? (reflex___state____state__admin___invitations___state____invitations_state.descending_rx_state_ ? "descending" : "ascending") : "none") }))},children)
    )
});
Tablecolumnheadercell_table__columnheadercell_e72a5fc3b3269f74f5670089b17c5bc9_2733b8f5.displayName = "TableColumnHeaderCell";
return Tablecolumnheadercell_table__columnheadercell_e72a5fc3b3269f74f5670089b17c5bc9_2733b8f5;
})();

export const Foreach_comp_e7318939ddc71c499b35030a10c380f2_2733b8f5 = /*#__PURE__*/ (() => {
const Foreach_comp_e7318939ddc71c499b35030a10c380f2_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___invitations___state____invitations_state.rows_rx_state_ ?? [],((row_rx_state_,index_75c9182536dd4861340546370ca9ccba)=>(jsx(RadixThemesTable.Row,{key:index_75c9182536dd4861340546370ca9ccba},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesButton,{css:({ ["weight"] : "medium", ["textAlign"] : "left", ["height"] : "auto", ["whiteSpace"] : "normal" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.open_detail", ({ ["invitation_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"2",variant:"ghost"},row_rx_state_?.["partner_name"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["contact_name"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["contact_email"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2",wrap:"wrap"},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"]),jsx(RadixThemesButton,{onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.resend", ({ ["invitation_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"ghost"},"Resend Invitation"))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["created"]))))))
    )
});
Foreach_comp_e7318939ddc71c499b35030a10c380f2_2733b8f5.displayName = "Foreach";
return Foreach_comp_e7318939ddc71c499b35030a10c380f2_2733b8f5;
})();

export const Cond_comp_20ab2f7c69c6f8d2e2d683aefa10709e_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_20ab2f7c69c6f8d2e2d683aefa10709e_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (pyAnd(reflex___state____state__admin___invitations___state____invitations_state.loaded_rx_state_, () => ((reflex___state____state__admin___invitations___state____invitations_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_20ab2f7c69c6f8d2e2d683aefa10709e_2733b8f5.displayName = "Cond";
return Cond_comp_20ab2f7c69c6f8d2e2d683aefa10709e_2733b8f5;
})();

export const Button_button_be348bcc0467af1201cfca40895cebf8_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_be348bcc0467af1201cfca40895cebf8_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_0f6a00f20f2d735dd55bb558435d5e31 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___invitations___state____invitations_state.cursors_rx_state_.length > 0)), onClick:on_click_0f6a00f20f2d735dd55bb558435d5e31, variant:"soft" }))},children)
    )
});
Button_button_be348bcc0467af1201cfca40895cebf8_2733b8f5.displayName = "Button";
return Button_button_be348bcc0467af1201cfca40895cebf8_2733b8f5;
})();

export const Button_button_919ec63b51e3a0d7e01ee854353d7b19_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_919ec63b51e3a0d7e01ee854353d7b19_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_608f321b04809dc30272af4a41cc7d77 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___invitations___state____invitations_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_608f321b04809dc30272af4a41cc7d77, variant:"soft" }))},children)
    )
});
Button_button_919ec63b51e3a0d7e01ee854353d7b19_2733b8f5.displayName = "Button";
return Button_button_919ec63b51e3a0d7e01ee854353d7b19_2733b8f5;
})();

export const Bare_comp_e1d1f98369c81e9d9a25bfc5e467e1d0_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_e1d1f98369c81e9d9a25bfc5e467e1d0_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        reflex___state____state__admin___invitations___state____invitations_state.create_error_rx_state_
    )
});
Bare_comp_e1d1f98369c81e9d9a25bfc5e467e1d0_2733b8f5.displayName = "Bare";
return Bare_comp_e1d1f98369c81e9d9a25bfc5e467e1d0_2733b8f5;
})();

export const Cond_comp_19d8d3065a59919e1623f048aaa9648f_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_19d8d3065a59919e1623f048aaa9648f_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (!((reflex___state____state__admin___invitations___state____invitations_state.create_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_19d8d3065a59919e1623f048aaa9648f_2733b8f5.displayName = "Cond";
return Cond_comp_19d8d3065a59919e1623f048aaa9648f_2733b8f5;
})();

export const Textfieldroot_textfield__root_bbee19f3794ec5fedd01dd10bd0075fd_2733b8f5 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_bbee19f3794ec5fedd01dd10bd0075fd_2733b8f5 = memo(({children, ...rest}) => {
    const ref_partner_name = useRef(null); refs["ref_partner_name"] = ref_partner_name;
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"partner_name", key:((JSON.stringify(reflex___state____state__admin___invitations___state____invitations_state.form_version_rx_state_))+"pn"), name:"partner_name", ref:ref_partner_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_bbee19f3794ec5fedd01dd10bd0075fd_2733b8f5.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_bbee19f3794ec5fedd01dd10bd0075fd_2733b8f5;
})();

export const Bare_comp_d402fb0badc6a9efd7a444ae2b719b7d_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_d402fb0badc6a9efd7a444ae2b719b7d_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (isTrue(reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["partner_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["partner_name"] : "")
    )
});
Bare_comp_d402fb0badc6a9efd7a444ae2b719b7d_2733b8f5.displayName = "Bare";
return Bare_comp_d402fb0badc6a9efd7a444ae2b719b7d_2733b8f5;
})();

export const Cond_comp_82589d34665078f92a509823f79ab81b_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_82589d34665078f92a509823f79ab81b_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (!(((isTrue(reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["partner_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["partner_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_82589d34665078f92a509823f79ab81b_2733b8f5.displayName = "Cond";
return Cond_comp_82589d34665078f92a509823f79ab81b_2733b8f5;
})();

export const Textfieldroot_textfield__root_ed301e36920d8296532dbb78189b7d6b_2733b8f5 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_ed301e36920d8296532dbb78189b7d6b_2733b8f5 = memo(({children, ...rest}) => {
    const ref_contact_first_name = useRef(null); refs["ref_contact_first_name"] = ref_contact_first_name;
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"contact_first_name", key:((JSON.stringify(reflex___state____state__admin___invitations___state____invitations_state.form_version_rx_state_))+"fn"), name:"contact_first_name", ref:ref_contact_first_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_ed301e36920d8296532dbb78189b7d6b_2733b8f5.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_ed301e36920d8296532dbb78189b7d6b_2733b8f5;
})();

export const Bare_comp_082755bd7b065eae76ad2e9c0bb91988_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_082755bd7b065eae76ad2e9c0bb91988_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (isTrue(reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_first_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_first_name"] : "")
    )
});
Bare_comp_082755bd7b065eae76ad2e9c0bb91988_2733b8f5.displayName = "Bare";
return Bare_comp_082755bd7b065eae76ad2e9c0bb91988_2733b8f5;
})();

export const Cond_comp_1b83a5dd0eb6addea1512c52aaeda128_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_1b83a5dd0eb6addea1512c52aaeda128_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (!(((isTrue(reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_first_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_first_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1b83a5dd0eb6addea1512c52aaeda128_2733b8f5.displayName = "Cond";
return Cond_comp_1b83a5dd0eb6addea1512c52aaeda128_2733b8f5;
})();

export const Textfieldroot_textfield__root_e23737def75a790a62624030810c56e8_2733b8f5 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_e23737def75a790a62624030810c56e8_2733b8f5 = memo(({children, ...rest}) => {
    const ref_contact_last_name = useRef(null); refs["ref_contact_last_name"] = ref_contact_last_name;
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"contact_last_name", key:((JSON.stringify(reflex___state____state__admin___invitations___state____invitations_state.form_version_rx_state_))+"ln"), name:"contact_last_name", ref:ref_contact_last_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_e23737def75a790a62624030810c56e8_2733b8f5.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_e23737def75a790a62624030810c56e8_2733b8f5;
})();

export const Bare_comp_ddc7a83fbce3e3c9adbd7794301b9b71_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_ddc7a83fbce3e3c9adbd7794301b9b71_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (isTrue(reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_last_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_last_name"] : "")
    )
});
Bare_comp_ddc7a83fbce3e3c9adbd7794301b9b71_2733b8f5.displayName = "Bare";
return Bare_comp_ddc7a83fbce3e3c9adbd7794301b9b71_2733b8f5;
})();

export const Cond_comp_285c762e97f2a7456522a5b1cddd6f27_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_285c762e97f2a7456522a5b1cddd6f27_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (!(((isTrue(reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_last_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_last_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_285c762e97f2a7456522a5b1cddd6f27_2733b8f5.displayName = "Cond";
return Cond_comp_285c762e97f2a7456522a5b1cddd6f27_2733b8f5;
})();

export const Textfieldroot_textfield__root_80437898ab9de22320545d108a23b23f_2733b8f5 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_80437898ab9de22320545d108a23b23f_2733b8f5 = memo(({children, ...rest}) => {
    const ref_contact_email = useRef(null); refs["ref_contact_email"] = ref_contact_email;
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"contact_email", key:((JSON.stringify(reflex___state____state__admin___invitations___state____invitations_state.form_version_rx_state_))+"em"), name:"contact_email", ref:ref_contact_email, size:"3", type:"email" }))},)
    )
});
Textfieldroot_textfield__root_80437898ab9de22320545d108a23b23f_2733b8f5.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_80437898ab9de22320545d108a23b23f_2733b8f5;
})();

export const Bare_comp_31de39c838128d11731c0418d899deeb_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_31de39c838128d11731c0418d899deeb_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (isTrue(reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_email"]) ? reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_email"] : "")
    )
});
Bare_comp_31de39c838128d11731c0418d899deeb_2733b8f5.displayName = "Bare";
return Bare_comp_31de39c838128d11731c0418d899deeb_2733b8f5;
})();

export const Cond_comp_665dd07f2ca64d77524a4b0f2e0f9d15_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_665dd07f2ca64d77524a4b0f2e0f9d15_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (!(((isTrue(reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_email"]) ? reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.["contact_email"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_665dd07f2ca64d77524a4b0f2e0f9d15_2733b8f5.displayName = "Cond";
return Cond_comp_665dd07f2ca64d77524a4b0f2e0f9d15_2733b8f5;
})();

export const Foreach_comp_b20220d94d59b83a0b234017617d2d83_2733b8f5 = /*#__PURE__*/ (() => {
const Foreach_comp_b20220d94d59b83a0b234017617d2d83_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___invitations___state____invitations_state.custom_fields_rx_state_ ?? [],((f_rx_state_,index_eb2ed491e1026b3aa0033afe74d82c14)=>(jsx(RadixThemesFlex,{align:"stretch",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",key:index_eb2ed491e1026b3aa0033afe74d82c14,gap:"1"},jsx("label",{className:"prm-label",htmlFor:("custom_"+f_rx_state_?.["key"])},(f_rx_state_?.["label"]+(!((f_rx_state_?.["required"]?.valueOf?.() === ""?.valueOf?.())) ? " *" : ""))),jsx(RadixThemesTextField.Root,{css:({ ["width"] : "100%" }),defaultValue:"",id:("custom_"+f_rx_state_?.["key"]),key:((JSON.stringify(reflex___state____state__admin___invitations___state____invitations_state.form_version_rx_state_))+f_rx_state_?.["key"]),name:("custom_"+f_rx_state_?.["key"]),size:"3"},),jsx(Fragment,{},(!(((isTrue(reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])]) ? reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",color:"red",role:"alert",size:"2"},(isTrue(reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])]) ? reflex___state____state__admin___invitations___state____invitations_state.create_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])] : "")))):(jsx(Fragment,{},))))))))
    )
});
Foreach_comp_b20220d94d59b83a0b234017617d2d83_2733b8f5.displayName = "Foreach";
return Foreach_comp_b20220d94d59b83a0b234017617d2d83_2733b8f5;
})();

export const Form_root_988b615b756143e3c50ca1c754c69226_2733b8f5 = /*#__PURE__*/ (() => {
const Form_root_988b615b756143e3c50ca1c754c69226_2733b8f5 = memo(({children, ...rest}) => {
    
    const handleSubmit_5b3101b400dc0231de6a72d0388b8900 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["partner_name"] : getRefValue(refs["ref_partner_name"]), ["contact_first_name"] : getRefValue(refs["ref_contact_first_name"]), ["contact_last_name"] : getRefValue(refs["ref_contact_last_name"]), ["contact_email"] : getRefValue(refs["ref_contact_email"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.create", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_5b3101b400dc0231de6a72d0388b8900 }))},children)
    )
});
Form_root_988b615b756143e3c50ca1c754c69226_2733b8f5.displayName = "Form";
return Form_root_988b615b756143e3c50ca1c754c69226_2733b8f5;
})();

export const Dialogroot_dialog__root_4443ba614c5037cfeb389dfeb91e093b_2733b8f5 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_4443ba614c5037cfeb389dfeb91e093b_2733b8f5 = memo(({children, ...rest}) => {
    const on_open_change_aa7104da54dfca23d894b1f1d65606cf = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.set_create_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_aa7104da54dfca23d894b1f1d65606cf, open:reflex___state____state__admin___invitations___state____invitations_state.create_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_4443ba614c5037cfeb389dfeb91e093b_2733b8f5.displayName = "DialogRoot";
return Dialogroot_dialog__root_4443ba614c5037cfeb389dfeb91e093b_2733b8f5;
})();

export const Bare_comp_2fca7c16b903a0cd276c032995d2ba59_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_2fca7c16b903a0cd276c032995d2ba59_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        ("Invitation: "+reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["partner_name"])
    )
});
Bare_comp_2fca7c16b903a0cd276c032995d2ba59_2733b8f5.displayName = "Bare";
return Bare_comp_2fca7c16b903a0cd276c032995d2ba59_2733b8f5;
})();

export const Bare_comp_e84681d8b0fc3c4ec3e3bf054a89c1c8_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_e84681d8b0fc3c4ec3e3bf054a89c1c8_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        reflex___state____state__admin___invitations___state____invitations_state.detail_error_rx_state_
    )
});
Bare_comp_e84681d8b0fc3c4ec3e3bf054a89c1c8_2733b8f5.displayName = "Bare";
return Bare_comp_e84681d8b0fc3c4ec3e3bf054a89c1c8_2733b8f5;
})();

export const Cond_comp_57ff4640627940e64e98509d0f98b13e_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_57ff4640627940e64e98509d0f98b13e_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (!((reflex___state____state__admin___invitations___state____invitations_state.detail_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_57ff4640627940e64e98509d0f98b13e_2733b8f5.displayName = "Cond";
return Cond_comp_57ff4640627940e64e98509d0f98b13e_2733b8f5;
})();

export const Textfieldroot_textfield__root_0a1e5086b20b016e16dde505285f1290_2733b8f5 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_0a1e5086b20b016e16dde505285f1290_2733b8f5 = memo(({children, ...rest}) => {
    const ref_detail_partner_name = useRef(null); refs["ref_detail_partner_name"] = ref_detail_partner_name;
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["partner_name"], id:"detail_partner_name", key:((JSON.stringify(reflex___state____state__admin___invitations___state____invitations_state.form_version_rx_state_))+"dpn"), name:"partner_name", ref:ref_detail_partner_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_0a1e5086b20b016e16dde505285f1290_2733b8f5.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_0a1e5086b20b016e16dde505285f1290_2733b8f5;
})();

export const Bare_comp_c6ab8245fb7d8c4c78268adfd2ac7777_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_c6ab8245fb7d8c4c78268adfd2ac7777_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (isTrue(reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["partner_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["partner_name"] : "")
    )
});
Bare_comp_c6ab8245fb7d8c4c78268adfd2ac7777_2733b8f5.displayName = "Bare";
return Bare_comp_c6ab8245fb7d8c4c78268adfd2ac7777_2733b8f5;
})();

export const Cond_comp_58161364659e9fbe454aa428fb42922b_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_58161364659e9fbe454aa428fb42922b_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (!(((isTrue(reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["partner_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["partner_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_58161364659e9fbe454aa428fb42922b_2733b8f5.displayName = "Cond";
return Cond_comp_58161364659e9fbe454aa428fb42922b_2733b8f5;
})();

export const Textfieldroot_textfield__root_2526eafcd41973a8acb021cc6eeaec03_2733b8f5 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_2526eafcd41973a8acb021cc6eeaec03_2733b8f5 = memo(({children, ...rest}) => {
    const ref_detail_first_name = useRef(null); refs["ref_detail_first_name"] = ref_detail_first_name;
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["contact_first_name"], id:"detail_first_name", key:((JSON.stringify(reflex___state____state__admin___invitations___state____invitations_state.form_version_rx_state_))+"dfn"), name:"contact_first_name", ref:ref_detail_first_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_2526eafcd41973a8acb021cc6eeaec03_2733b8f5.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_2526eafcd41973a8acb021cc6eeaec03_2733b8f5;
})();

export const Bare_comp_d7112d8a91789e27b5cafea8d206d875_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_d7112d8a91789e27b5cafea8d206d875_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (isTrue(reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["contact_first_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["contact_first_name"] : "")
    )
});
Bare_comp_d7112d8a91789e27b5cafea8d206d875_2733b8f5.displayName = "Bare";
return Bare_comp_d7112d8a91789e27b5cafea8d206d875_2733b8f5;
})();

export const Cond_comp_f4c5d694e40c7dfa5107faa5e2e5aaa0_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_f4c5d694e40c7dfa5107faa5e2e5aaa0_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (!(((isTrue(reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["contact_first_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["contact_first_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f4c5d694e40c7dfa5107faa5e2e5aaa0_2733b8f5.displayName = "Cond";
return Cond_comp_f4c5d694e40c7dfa5107faa5e2e5aaa0_2733b8f5;
})();

export const Textfieldroot_textfield__root_1f8bbb892d1d2bc5bdc890d98f0c5ba3_2733b8f5 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_1f8bbb892d1d2bc5bdc890d98f0c5ba3_2733b8f5 = memo(({children, ...rest}) => {
    const ref_detail_last_name = useRef(null); refs["ref_detail_last_name"] = ref_detail_last_name;
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["contact_last_name"], id:"detail_last_name", key:((JSON.stringify(reflex___state____state__admin___invitations___state____invitations_state.form_version_rx_state_))+"dln"), name:"contact_last_name", ref:ref_detail_last_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_1f8bbb892d1d2bc5bdc890d98f0c5ba3_2733b8f5.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_1f8bbb892d1d2bc5bdc890d98f0c5ba3_2733b8f5;
})();

export const Bare_comp_c259a13dcbe9764db848fcf5c74b7dbd_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_c259a13dcbe9764db848fcf5c74b7dbd_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (isTrue(reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["contact_last_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["contact_last_name"] : "")
    )
});
Bare_comp_c259a13dcbe9764db848fcf5c74b7dbd_2733b8f5.displayName = "Bare";
return Bare_comp_c259a13dcbe9764db848fcf5c74b7dbd_2733b8f5;
})();

export const Cond_comp_a3fe0ab4bb3279548e31b57d448747f0_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_a3fe0ab4bb3279548e31b57d448747f0_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (!(((isTrue(reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["contact_last_name"]) ? reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.["contact_last_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a3fe0ab4bb3279548e31b57d448747f0_2733b8f5.displayName = "Cond";
return Cond_comp_a3fe0ab4bb3279548e31b57d448747f0_2733b8f5;
})();

export const Textfieldroot_textfield__root_9188168c0f0f2e483e33f55d39e28eab_2733b8f5 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_9188168c0f0f2e483e33f55d39e28eab_2733b8f5 = memo(({children, ...rest}) => {
    const ref_detail_email = useRef(null); refs["ref_detail_email"] = ref_detail_email;
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"detail_email", readOnly:true, ref:ref_detail_email, size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["contact_email"]) ? reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["contact_email"] : ""), variant:"soft" }))},)
    )
});
Textfieldroot_textfield__root_9188168c0f0f2e483e33f55d39e28eab_2733b8f5.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_9188168c0f0f2e483e33f55d39e28eab_2733b8f5;
})();

export const Foreach_comp_b081e8ed7f9ac27f96bdc728976fc6d4_2733b8f5 = /*#__PURE__*/ (() => {
const Foreach_comp_b081e8ed7f9ac27f96bdc728976fc6d4_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___invitations___state____invitations_state.custom_fields_rx_state_ ?? [],((f_rx_state_,index_eb2ed491e1026b3aa0033afe74d82c14)=>(jsx(RadixThemesFlex,{align:"stretch",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",key:index_eb2ed491e1026b3aa0033afe74d82c14,gap:"1"},jsx("label",{className:"prm-label",htmlFor:("detail_custom_"+f_rx_state_?.["key"])},(f_rx_state_?.["label"]+(!((f_rx_state_?.["required"]?.valueOf?.() === ""?.valueOf?.())) ? " *" : ""))),jsx(RadixThemesTextField.Root,{css:({ ["width"] : "100%" }),defaultValue:reflex___state____state__admin___invitations___state____invitations_state.detail_custom_rx_state_?.[f_rx_state_?.["key"]],id:("detail_custom_"+f_rx_state_?.["key"]),key:((JSON.stringify(reflex___state____state__admin___invitations___state____invitations_state.form_version_rx_state_))+f_rx_state_?.["key"]),name:("custom_"+f_rx_state_?.["key"]),size:"3"},),jsx(Fragment,{},(!(((isTrue(reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])]) ? reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",color:"red",role:"alert",size:"2"},(isTrue(reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])]) ? reflex___state____state__admin___invitations___state____invitations_state.detail_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])] : "")))):(jsx(Fragment,{},))))))))
    )
});
Foreach_comp_b081e8ed7f9ac27f96bdc728976fc6d4_2733b8f5.displayName = "Foreach";
return Foreach_comp_b081e8ed7f9ac27f96bdc728976fc6d4_2733b8f5;
})();

export const Form_root_00eaed1314023421642aef3aa709f85c_2733b8f5 = /*#__PURE__*/ (() => {
const Form_root_00eaed1314023421642aef3aa709f85c_2733b8f5 = memo(({children, ...rest}) => {
    
    const handleSubmit_f76c26e890958b1a70cd8ac345833e9c = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["detail_partner_name"] : getRefValue(refs["ref_detail_partner_name"]), ["detail_first_name"] : getRefValue(refs["ref_detail_first_name"]), ["detail_last_name"] : getRefValue(refs["ref_detail_last_name"]), ["detail_email"] : getRefValue(refs["ref_detail_email"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.save_detail", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_f76c26e890958b1a70cd8ac345833e9c }))},children)
    )
});
Form_root_00eaed1314023421642aef3aa709f85c_2733b8f5.displayName = "Form";
return Form_root_00eaed1314023421642aef3aa709f85c_2733b8f5;
})();

export const Bare_comp_a251efa1ed740191fa3dabe5d57c6dc5_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_a251efa1ed740191fa3dabe5d57c6dc5_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["status"]
    )
});
Bare_comp_a251efa1ed740191fa3dabe5d57c6dc5_2733b8f5.displayName = "Bare";
return Bare_comp_a251efa1ed740191fa3dabe5d57c6dc5_2733b8f5;
})();

export const Badge_badge_98d85c4474e0d1594076677f9e958d55_2733b8f5 = /*#__PURE__*/ (() => {
const Badge_badge_98d85c4474e0d1594076677f9e958d55_2733b8f5 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:(() => { switch (JSON.stringify(reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(), radius:"full", variant:"soft" }))},children)
    )
});
Badge_badge_98d85c4474e0d1594076677f9e958d55_2733b8f5.displayName = "Badge";
return Badge_badge_98d85c4474e0d1594076677f9e958d55_2733b8f5;
})();

export const Bare_comp_b998b9ccc803f519276cfee8e6c10851_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_b998b9ccc803f519276cfee8e6c10851_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["shareable_link"]
    )
});
Bare_comp_b998b9ccc803f519276cfee8e6c10851_2733b8f5.displayName = "Bare";
return Bare_comp_b998b9ccc803f519276cfee8e6c10851_2733b8f5;
})();

export const Iconbutton_iconbutton_033fe64eef4dc3d5bb73d30177546c96_2733b8f5 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_033fe64eef4dc3d5bb73d30177546c96_2733b8f5 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
const on_click_43b4cdabb7a463464030f5215d6b87a1 = useCallback(((_e) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (navigator?.["clipboard"]?.["writeText"](reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["shareable_link"]))), ["callback"] : null }), ({  })))], [_e], ({  })));(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("Link copied."))), ["callback"] : null }), ({  })))], [_e], ({  })));}), [addEvents, ReflexEvent, reflex___state____state__admin___invitations___state____invitations_state])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Copy Shareable Link", css:({ ["padding"] : "6px" }), onClick:on_click_43b4cdabb7a463464030f5215d6b87a1, size:"1", type:"button", variant:"soft" }))},children)
    )
});
Iconbutton_iconbutton_033fe64eef4dc3d5bb73d30177546c96_2733b8f5.displayName = "IconButton";
return Iconbutton_iconbutton_033fe64eef4dc3d5bb73d30177546c96_2733b8f5;
})();

export const Cond_comp_605932b1427c9598799fff18d7f0414c_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_605932b1427c9598799fff18d7f0414c_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        ((reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["expired"]?.valueOf?.() === "True"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_605932b1427c9598799fff18d7f0414c_2733b8f5.displayName = "Cond";
return Cond_comp_605932b1427c9598799fff18d7f0414c_2733b8f5;
})();

export const Bare_comp_9abc8301ae3a12756bf38d61033c8bc3_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_9abc8301ae3a12756bf38d61033c8bc3_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["last_sent"]
    )
});
Bare_comp_9abc8301ae3a12756bf38d61033c8bc3_2733b8f5.displayName = "Bare";
return Bare_comp_9abc8301ae3a12756bf38d61033c8bc3_2733b8f5;
})();

export const Bare_comp_4a24d7dfbe07cf50d653e08ea78856c1_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_4a24d7dfbe07cf50d653e08ea78856c1_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["created"]
    )
});
Bare_comp_4a24d7dfbe07cf50d653e08ea78856c1_2733b8f5.displayName = "Bare";
return Bare_comp_4a24d7dfbe07cf50d653e08ea78856c1_2733b8f5;
})();

export const Bare_comp_78ce3a6e0725938c10684bb3180c9773_2733b8f5 = /*#__PURE__*/ (() => {
const Bare_comp_78ce3a6e0725938c10684bb3180c9773_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["updated"]
    )
});
Bare_comp_78ce3a6e0725938c10684bb3180c9773_2733b8f5.displayName = "Bare";
return Bare_comp_78ce3a6e0725938c10684bb3180c9773_2733b8f5;
})();

export const Button_button_142e74fd00b135426258d19ec348aa9f_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_142e74fd00b135426258d19ec348aa9f_2733b8f5 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
const on_click_72ac6d1780b3f9f14fffc7bd6c642c43 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.resend", ({ ["invitation_id"] : reflex___state____state__admin___invitations___state____invitations_state.detail_rx_state_?.["id"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__admin___invitations___state____invitations_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), onClick:on_click_72ac6d1780b3f9f14fffc7bd6c642c43, type:"button", variant:"soft" }))},children)
    )
});
Button_button_142e74fd00b135426258d19ec348aa9f_2733b8f5.displayName = "Button";
return Button_button_142e74fd00b135426258d19ec348aa9f_2733b8f5;
})();

export const Button_button_e4b805c5a920d5198f18e9e35ca46e58_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_e4b805c5a920d5198f18e9e35ca46e58_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_083700e0c107951c1b18b87282b52e53 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.cancel_delete", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_083700e0c107951c1b18b87282b52e53, type:"button", variant:"soft" }))},children)
    )
});
Button_button_e4b805c5a920d5198f18e9e35ca46e58_2733b8f5.displayName = "Button";
return Button_button_e4b805c5a920d5198f18e9e35ca46e58_2733b8f5;
})();

export const Button_button_4a9b5392bd47a02d2c0bc20e8e19049c_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_4a9b5392bd47a02d2c0bc20e8e19049c_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_fc2ccb4f0e6a35bc369cd8ff2220d6ab = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.delete", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_fc2ccb4f0e6a35bc369cd8ff2220d6ab, type:"button" }))},children)
    )
});
Button_button_4a9b5392bd47a02d2c0bc20e8e19049c_2733b8f5.displayName = "Button";
return Button_button_4a9b5392bd47a02d2c0bc20e8e19049c_2733b8f5;
})();

export const Button_button_972df57baa7f36a3d6c27943f8c9d953_2733b8f5 = /*#__PURE__*/ (() => {
const Button_button_972df57baa7f36a3d6c27943f8c9d953_2733b8f5 = memo(({children, ...rest}) => {
    const on_click_38a442739e4f2c3445a54bd2a416abf3 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.ask_delete", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", css:({ ["width"] : "100%" }), onClick:on_click_38a442739e4f2c3445a54bd2a416abf3, type:"button", variant:"soft" }))},children)
    )
});
Button_button_972df57baa7f36a3d6c27943f8c9d953_2733b8f5.displayName = "Button";
return Button_button_972df57baa7f36a3d6c27943f8c9d953_2733b8f5;
})();

export const Cond_comp_e5d0c1bc15f3a9d9ce52a3f94094d683_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_e5d0c1bc15f3a9d9ce52a3f94094d683_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (reflex___state____state__admin___invitations___state____invitations_state.confirm_delete_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e5d0c1bc15f3a9d9ce52a3f94094d683_2733b8f5.displayName = "Cond";
return Cond_comp_e5d0c1bc15f3a9d9ce52a3f94094d683_2733b8f5;
})();

export const Dialogroot_dialog__root_b1720d21220a00119afcbc26c77456e6_2733b8f5 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_b1720d21220a00119afcbc26c77456e6_2733b8f5 = memo(({children, ...rest}) => {
    const on_open_change_6f55de92f7afdc7233681df451f87aee = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitations___state____invitations_state.set_detail_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_6f55de92f7afdc7233681df451f87aee, open:reflex___state____state__admin___invitations___state____invitations_state.detail_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_b1720d21220a00119afcbc26c77456e6_2733b8f5.displayName = "DialogRoot";
return Dialogroot_dialog__root_b1720d21220a00119afcbc26c77456e6_2733b8f5;
})();

export const Cond_comp_49e70fb930240dc9417b566ee3add045_2733b8f5 = /*#__PURE__*/ (() => {
const Cond_comp_49e70fb930240dc9417b566ee3add045_2733b8f5 = memo(({children}) => {
    const reflex___state____state__admin___invitations___state____invitations_state = useStateContext("reflex___state____state.admin___invitations___state____invitations_state")
    return(
        (reflex___state____state__admin___invitations___state____invitations_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_49e70fb930240dc9417b566ee3add045_2733b8f5.displayName = "Cond";
return Cond_comp_49e70fb930240dc9417b566ee3add045_2733b8f5;
})();
