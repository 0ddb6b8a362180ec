
import {ReflexEvent,applyEventActions,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Code as RadixThemesCode,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import DebounceInput from "react-debounce-input"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_be88b028 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_be88b028;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_be88b028 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_be88b028;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_be88b028 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_be88b028;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_be88b028 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_be88b028;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_be88b028 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_be88b028;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_be88b028 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_be88b028;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_be88b028 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_be88b028;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_be88b028 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_be88b028;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_be88b028 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_be88b028;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_be88b028 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_be88b028;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_be88b028 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_be88b028 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_be88b028.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_be88b028;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_be88b028 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_be88b028 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_be88b028.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_be88b028;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_be88b028 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_be88b028.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_be88b028;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_be88b028 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_be88b028 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_be88b028.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_be88b028;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_be88b028 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_be88b028 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_be88b028.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_be88b028;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_be88b028 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_be88b028 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_be88b028.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_be88b028;
})();

export const Debounceinput_debounceinput_f45d1e216eeeda78d282223a11e3b616_be88b028 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_f45d1e216eeeda78d282223a11e3b616_be88b028 = memo(({children, ...rest}) => {
    const ref_partner_search = useRef(null); refs["ref_partner_search"] = ref_partner_search;
const on_change_bdfb7517f5034d670f441bd21fe50dec = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___partners___state____partner_explorer_state.set_search", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 300 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___partners___state____partner_explorer_state = useStateContext("reflex___state____state.admin___partners___state____partner_explorer_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["@media screen and (min-width: 0)"] : ({ ["width"] : "100%" }), ["@media screen and (min-width: 30em)"] : ({ ["width"] : "280px" }) }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"partner-search", inputRef:ref_partner_search, onChange:on_change_bdfb7517f5034d670f441bd21fe50dec, placeholder:"Partner or tenant name", value:(isNotNullOrUndefined(reflex___state____state__admin___partners___state____partner_explorer_state.search_rx_state_) ? reflex___state____state__admin___partners___state____partner_explorer_state.search_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_f45d1e216eeeda78d282223a11e3b616_be88b028.displayName = "DebounceInput";
return Debounceinput_debounceinput_f45d1e216eeeda78d282223a11e3b616_be88b028;
})();

export const Selectroot_select__root_2c030650548cbba3106fb3b97e256a08_be88b028 = /*#__PURE__*/ (() => {
const Selectroot_select__root_2c030650548cbba3106fb3b97e256a08_be88b028 = memo(({children, ...rest}) => {
    const on_change_524aae7531fe93933447d0e6ef39f298 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___partners___state____partner_explorer_state.set_status", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___partners___state____partner_explorer_state = useStateContext("reflex___state____state.admin___partners___state____partner_explorer_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_524aae7531fe93933447d0e6ef39f298, value:reflex___state____state__admin___partners___state____partner_explorer_state.status_rx_state_ }))},children)
    )
});
Selectroot_select__root_2c030650548cbba3106fb3b97e256a08_be88b028.displayName = "SelectRoot";
return Selectroot_select__root_2c030650548cbba3106fb3b97e256a08_be88b028;
})();

export const Button_button_e1f31aa6c4b57ed15f06a373f9a2fdac_be88b028 = /*#__PURE__*/ (() => {
const Button_button_e1f31aa6c4b57ed15f06a373f9a2fdac_be88b028 = memo(({children, ...rest}) => {
    const on_click_afd8ebad38f2f213cfe669404e13b186 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___partners___state____partner_explorer_state.clear_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_afd8ebad38f2f213cfe669404e13b186, variant:"ghost" }))},children)
    )
});
Button_button_e1f31aa6c4b57ed15f06a373f9a2fdac_be88b028.displayName = "Button";
return Button_button_e1f31aa6c4b57ed15f06a373f9a2fdac_be88b028;
})();

export const Bare_comp_8d69c77776cb59f1e0127669cdba8a7c_be88b028 = /*#__PURE__*/ (() => {
const Bare_comp_8d69c77776cb59f1e0127669cdba8a7c_be88b028 = memo(({children}) => {
    const reflex___state____state__admin___partners___state____partner_explorer_state = useStateContext("reflex___state____state.admin___partners___state____partner_explorer_state")
    return(
        reflex___state____state__admin___partners___state____partner_explorer_state.error_rx_state_
    )
});
Bare_comp_8d69c77776cb59f1e0127669cdba8a7c_be88b028.displayName = "Bare";
return Bare_comp_8d69c77776cb59f1e0127669cdba8a7c_be88b028;
})();

export const Cond_comp_f34574ab92cb95eb38ae3a9af3e9f611_be88b028 = /*#__PURE__*/ (() => {
const Cond_comp_f34574ab92cb95eb38ae3a9af3e9f611_be88b028 = memo(({children}) => {
    const reflex___state____state__admin___partners___state____partner_explorer_state = useStateContext("reflex___state____state.admin___partners___state____partner_explorer_state")
    return(
        (!((reflex___state____state__admin___partners___state____partner_explorer_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f34574ab92cb95eb38ae3a9af3e9f611_be88b028.displayName = "Cond";
return Cond_comp_f34574ab92cb95eb38ae3a9af3e9f611_be88b028;
})();

export const Foreach_comp_de2f199c3cbd374b4040b7c602a58f99_be88b028 = /*#__PURE__*/ (() => {
const Foreach_comp_de2f199c3cbd374b4040b7c602a58f99_be88b028 = memo(({children}) => {
    const reflex___state____state__admin___partners___state____partner_explorer_state = useStateContext("reflex___state____state.admin___partners___state____partner_explorer_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___partners___state____partner_explorer_state.rows_rx_state_ ?? [],((row_rx_state_,index_171f3607cac51b1279edcbf15b8db9ad)=>(jsx(RadixThemesTable.Row,{key:index_171f3607cac51b1279edcbf15b8db9ad},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesText,{as:"p",weight:"medium"},row_rx_state_?.["name"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesCode,{variant:"ghost"},row_rx_state_?.["tenant_name"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["tier"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["geography"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["specializations"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["users"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["created"]))))))
    )
});
Foreach_comp_de2f199c3cbd374b4040b7c602a58f99_be88b028.displayName = "Foreach";
return Foreach_comp_de2f199c3cbd374b4040b7c602a58f99_be88b028;
})();

export const Cond_comp_441c3a5c1b65664847a386c0ded638e1_be88b028 = /*#__PURE__*/ (() => {
const Cond_comp_441c3a5c1b65664847a386c0ded638e1_be88b028 = memo(({children}) => {
    const reflex___state____state__admin___partners___state____partner_explorer_state = useStateContext("reflex___state____state.admin___partners___state____partner_explorer_state")
    return(
        (pyAnd(reflex___state____state__admin___partners___state____partner_explorer_state.loaded_rx_state_, () => ((reflex___state____state__admin___partners___state____partner_explorer_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_441c3a5c1b65664847a386c0ded638e1_be88b028.displayName = "Cond";
return Cond_comp_441c3a5c1b65664847a386c0ded638e1_be88b028;
})();

export const Button_button_fe772942f822536cff4d96520ff6dbfc_be88b028 = /*#__PURE__*/ (() => {
const Button_button_fe772942f822536cff4d96520ff6dbfc_be88b028 = memo(({children, ...rest}) => {
    const on_click_8413acb61770a8d5e48dddacfe6bb00a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___partners___state____partner_explorer_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___partners___state____partner_explorer_state = useStateContext("reflex___state____state.admin___partners___state____partner_explorer_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___partners___state____partner_explorer_state.cursors_rx_state_.length > 0)), onClick:on_click_8413acb61770a8d5e48dddacfe6bb00a, variant:"soft" }))},children)
    )
});
Button_button_fe772942f822536cff4d96520ff6dbfc_be88b028.displayName = "Button";
return Button_button_fe772942f822536cff4d96520ff6dbfc_be88b028;
})();

export const Button_button_1be2556e40a10264e7e44fbd6719a104_be88b028 = /*#__PURE__*/ (() => {
const Button_button_1be2556e40a10264e7e44fbd6719a104_be88b028 = memo(({children, ...rest}) => {
    const on_click_f36cfc8897d6acca4e06d0660240e4f7 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___partners___state____partner_explorer_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___partners___state____partner_explorer_state = useStateContext("reflex___state____state.admin___partners___state____partner_explorer_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___partners___state____partner_explorer_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_f36cfc8897d6acca4e06d0660240e4f7, variant:"soft" }))},children)
    )
});
Button_button_1be2556e40a10264e7e44fbd6719a104_be88b028.displayName = "Button";
return Button_button_1be2556e40a10264e7e44fbd6719a104_be88b028;
})();

export const Cond_comp_2e23f1e9cafa670fde1034feffc64d86_be88b028 = /*#__PURE__*/ (() => {
const Cond_comp_2e23f1e9cafa670fde1034feffc64d86_be88b028 = memo(({children}) => {
    const reflex___state____state__admin___partners___state____partner_explorer_state = useStateContext("reflex___state____state.admin___partners___state____partner_explorer_state")
    return(
        (reflex___state____state__admin___partners___state____partner_explorer_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2e23f1e9cafa670fde1034feffc64d86_be88b028.displayName = "Cond";
return Cond_comp_2e23f1e9cafa670fde1034feffc64d86_be88b028;
})();
