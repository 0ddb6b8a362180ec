
import {ReflexEvent,applyEventActions,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Checkbox as RadixThemesCheckbox,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Progress as RadixThemesProgress,Table as RadixThemesTable,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import DebounceInput from "react-debounce-input"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_469eac93 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_469eac93;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_469eac93 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_469eac93;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_469eac93 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_469eac93;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_469eac93 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_469eac93;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_469eac93 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_469eac93;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_469eac93 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_469eac93;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_469eac93 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_469eac93;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_469eac93 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_469eac93;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_469eac93 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_469eac93;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_469eac93 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_469eac93;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_469eac93 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_469eac93.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_469eac93;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_469eac93 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_469eac93 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_469eac93.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_469eac93;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_469eac93 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_469eac93.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_469eac93;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_469eac93 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_469eac93.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_469eac93;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_469eac93 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_469eac93.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_469eac93;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_469eac93 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_469eac93 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_469eac93.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_469eac93;
})();

export const Button_button_b9b4ddfc1a201b047c4c7bda3e92c396_469eac93 = /*#__PURE__*/ (() => {
const Button_button_b9b4ddfc1a201b047c4c7bda3e92c396_469eac93 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Button_button_b9b4ddfc1a201b047c4c7bda3e92c396_469eac93.displayName = "Button";
return Button_button_b9b4ddfc1a201b047c4c7bda3e92c396_469eac93;
})();

export const Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_469eac93 = /*#__PURE__*/ (() => {
const Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_469eac93 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_469eac93.displayName = "Button";
return Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_469eac93;
})();

export const Bare_comp_23153fde2f09fd67b3419a75ce040284_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_23153fde2f09fd67b3419a75ce040284_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        reflex___state____state__admin___email_detail___state____email_detail_state.title_rx_state_
    )
});
Bare_comp_23153fde2f09fd67b3419a75ce040284_469eac93.displayName = "Bare";
return Bare_comp_23153fde2f09fd67b3419a75ce040284_469eac93;
})();

export const Bare_comp_e8f318cb2298e7d64aeb7143266e5dec_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_e8f318cb2298e7d64aeb7143266e5dec_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        reflex___state____state__admin___email_detail___state____email_detail_state.status_rx_state_
    )
});
Bare_comp_e8f318cb2298e7d64aeb7143266e5dec_469eac93.displayName = "Bare";
return Bare_comp_e8f318cb2298e7d64aeb7143266e5dec_469eac93;
})();

export const Badge_badge_744a5253106b986a58c2a7dbf7c8beec_469eac93 = /*#__PURE__*/ (() => {
const Badge_badge_744a5253106b986a58c2a7dbf7c8beec_469eac93 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:(() => { switch (JSON.stringify(reflex___state____state__admin___email_detail___state____email_detail_state.status_rx_state_)) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(), radius:"full", variant:"soft" }))},children)
    )
});
Badge_badge_744a5253106b986a58c2a7dbf7c8beec_469eac93.displayName = "Badge";
return Badge_badge_744a5253106b986a58c2a7dbf7c8beec_469eac93;
})();

export const Button_button_1378de29da1e5cf70a6d4325463d3a80_469eac93 = /*#__PURE__*/ (() => {
const Button_button_1378de29da1e5cf70a6d4325463d3a80_469eac93 = memo(({children, ...rest}) => {
    const on_click_891e5ac48d42f0beab1bce63100fabc1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.copy", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_891e5ac48d42f0beab1bce63100fabc1, size:"3", variant:"soft" }))},children)
    )
});
Button_button_1378de29da1e5cf70a6d4325463d3a80_469eac93.displayName = "Button";
return Button_button_1378de29da1e5cf70a6d4325463d3a80_469eac93;
})();

export const Bare_comp_c1259f4f2db1eed439fb18db66231786_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_c1259f4f2db1eed439fb18db66231786_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        reflex___state____state__admin___email_detail___state____email_detail_state.notice_rx_state_
    )
});
Bare_comp_c1259f4f2db1eed439fb18db66231786_469eac93.displayName = "Bare";
return Bare_comp_c1259f4f2db1eed439fb18db66231786_469eac93;
})();

export const Cond_comp_23ac7e5866462cb41758a55fe65ff1ba_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_23ac7e5866462cb41758a55fe65ff1ba_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (!((reflex___state____state__admin___email_detail___state____email_detail_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_23ac7e5866462cb41758a55fe65ff1ba_469eac93.displayName = "Cond";
return Cond_comp_23ac7e5866462cb41758a55fe65ff1ba_469eac93;
})();

export const Bare_comp_94e662600c43f760cd8dc1c43b3c93bf_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_94e662600c43f760cd8dc1c43b3c93bf_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        reflex___state____state__admin___email_detail___state____email_detail_state.error_rx_state_
    )
});
Bare_comp_94e662600c43f760cd8dc1c43b3c93bf_469eac93.displayName = "Bare";
return Bare_comp_94e662600c43f760cd8dc1c43b3c93bf_469eac93;
})();

export const Cond_comp_b5374a7704f3623e67b4998bd6271fd2_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_b5374a7704f3623e67b4998bd6271fd2_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (!((reflex___state____state__admin___email_detail___state____email_detail_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b5374a7704f3623e67b4998bd6271fd2_469eac93.displayName = "Cond";
return Cond_comp_b5374a7704f3623e67b4998bd6271fd2_469eac93;
})();

export const Bare_comp_c87d3c254364fc7d4f994edfc471efc9_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_c87d3c254364fc7d4f994edfc471efc9_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        reflex___state____state__admin___email_detail___state____email_detail_state.sent_rx_state_
    )
});
Bare_comp_c87d3c254364fc7d4f994edfc471efc9_469eac93.displayName = "Bare";
return Bare_comp_c87d3c254364fc7d4f994edfc471efc9_469eac93;
})();

export const Bare_comp_9003d2ab9b249afeaacfb645dd6dedb5_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_9003d2ab9b249afeaacfb645dd6dedb5_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        reflex___state____state__admin___email_detail___state____email_detail_state.failed_rx_state_
    )
});
Bare_comp_9003d2ab9b249afeaacfb645dd6dedb5_469eac93.displayName = "Bare";
return Bare_comp_9003d2ab9b249afeaacfb645dd6dedb5_469eac93;
})();

export const Bare_comp_adf9f7fc4515ca1e82bcbf89445949df_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_adf9f7fc4515ca1e82bcbf89445949df_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        reflex___state____state__admin___email_detail___state____email_detail_state.total_rx_state_
    )
});
Bare_comp_adf9f7fc4515ca1e82bcbf89445949df_469eac93.displayName = "Bare";
return Bare_comp_adf9f7fc4515ca1e82bcbf89445949df_469eac93;
})();

export const Cond_comp_aa1c7a35905bcd4cb537b87cd9931a66_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_aa1c7a35905bcd4cb537b87cd9931a66_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (reflex___state____state__admin___email_detail___state____email_detail_state.locked_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_aa1c7a35905bcd4cb537b87cd9931a66_469eac93.displayName = "Cond";
return Cond_comp_aa1c7a35905bcd4cb537b87cd9931a66_469eac93;
})();

export const Cond_comp_4f6457f087bab154a9f8e636eb40b9b0_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_4f6457f087bab154a9f8e636eb40b9b0_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        ((reflex___state____state__admin___email_detail___state____email_detail_state.groups_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4f6457f087bab154a9f8e636eb40b9b0_469eac93.displayName = "Cond";
return Cond_comp_4f6457f087bab154a9f8e636eb40b9b0_469eac93;
})();

export const Foreach_comp_7dc87c71161a5f85de2a844294379113_469eac93 = /*#__PURE__*/ (() => {
const Foreach_comp_7dc87c71161a5f85de2a844294379113_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___email_detail___state____email_detail_state.groups_rx_state_ ?? [],((g_rx_state_,index_fd5ccb22958ac9ee8c3710982bae4cff)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",key:index_fd5ccb22958ac9ee8c3710982bae4cff,gap:"2"},jsx(RadixThemesText,{as:"label",size:"2"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{checked:reflex___state____state__admin___email_detail___state____email_detail_state.group_ids_rx_state_.includes(g_rx_state_?.["id"]),disabled:reflex___state____state__admin___email_detail___state____email_detail_state.locked_rx_state_,id:("group-"+g_rx_state_?.["id"]),onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.toggle_group", ({ ["group_id"] : g_rx_state_?.["id"], ["on"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"2"},),"")),jsx("label",{htmlFor:("group-"+g_rx_state_?.["id"])},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},g_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},(!((g_rx_state_?.["rule"]?.valueOf?.() === ""?.valueOf?.())) ? (("Rule: "+g_rx_state_?.["rule"])+" \u00b7 ") : ""),g_rx_state_?.["accounts"]," accounts"))))))
    )
});
Foreach_comp_7dc87c71161a5f85de2a844294379113_469eac93.displayName = "Foreach";
return Foreach_comp_7dc87c71161a5f85de2a844294379113_469eac93;
})();

export const Bare_comp_2a14f8ea7adf3c85491ad8e4939efe0c_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_2a14f8ea7adf3c85491ad8e4939efe0c_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["group_ids"]
    )
});
Bare_comp_2a14f8ea7adf3c85491ad8e4939efe0c_469eac93.displayName = "Bare";
return Bare_comp_2a14f8ea7adf3c85491ad8e4939efe0c_469eac93;
})();

export const Cond_comp_180887aee5f2a705d0008c997879c86c_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_180887aee5f2a705d0008c997879c86c_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_.hasOwnProperty("group_ids")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_180887aee5f2a705d0008c997879c86c_469eac93.displayName = "Cond";
return Cond_comp_180887aee5f2a705d0008c997879c86c_469eac93;
})();

export const Bare_comp_33e2ec5d8ae0abf387fb9c29c0aff162_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_33e2ec5d8ae0abf387fb9c29c0aff162_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (JSON.stringify(reflex___state____state__admin___email_detail___state____email_detail_state.eligible_rx_state_))
    )
});
Bare_comp_33e2ec5d8ae0abf387fb9c29c0aff162_469eac93.displayName = "Bare";
return Bare_comp_33e2ec5d8ae0abf387fb9c29c0aff162_469eac93;
})();

export const Bare_comp_2ba9887c40e92d09363393a7e6603127_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_2ba9887c40e92d09363393a7e6603127_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (reflex___state____state__admin___email_detail___state____email_detail_state.locked_rx_state_ ? " users are eligible now; the recipients were fixed when sending started." : " eligible users will get this email: active and test partner users who turned on Supplier Emails (never Sales Representatives or suppressed addresses).")
    )
});
Bare_comp_2ba9887c40e92d09363393a7e6603127_469eac93.displayName = "Bare";
return Bare_comp_2ba9887c40e92d09363393a7e6603127_469eac93;
})();

export const Debounceinput_debounceinput_1393736e7e3dabab54ec9f237a6aea3f_469eac93 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_1393736e7e3dabab54ec9f237a6aea3f_469eac93 = memo(({children, ...rest}) => {
    const ref_email_subject = useRef(null); refs["ref_email_subject"] = ref_email_subject;
const on_change_09ef984e9d5b8764025d2ba9230aa653 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.set_title", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"email-subject", inputRef:ref_email_subject, maxLength:200, name:"email-subject", onChange:on_change_09ef984e9d5b8764025d2ba9230aa653, readOnly:reflex___state____state__admin___email_detail___state____email_detail_state.locked_rx_state_, size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___email_detail___state____email_detail_state.title_rx_state_) ? reflex___state____state__admin___email_detail___state____email_detail_state.title_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_1393736e7e3dabab54ec9f237a6aea3f_469eac93.displayName = "DebounceInput";
return Debounceinput_debounceinput_1393736e7e3dabab54ec9f237a6aea3f_469eac93;
})();

export const Bare_comp_01b5437e04f9096f56dd2956feb3ca3e_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_01b5437e04f9096f56dd2956feb3ca3e_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (isTrue(reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["title"]) ? reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["title"] : "")
    )
});
Bare_comp_01b5437e04f9096f56dd2956feb3ca3e_469eac93.displayName = "Bare";
return Bare_comp_01b5437e04f9096f56dd2956feb3ca3e_469eac93;
})();

export const Cond_comp_6d75bd4d2d7a55f1ecc4fe7e90295bc2_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_6d75bd4d2d7a55f1ecc4fe7e90295bc2_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (!(((isTrue(reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["title"]) ? reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["title"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6d75bd4d2d7a55f1ecc4fe7e90295bc2_469eac93.displayName = "Cond";
return Cond_comp_6d75bd4d2d7a55f1ecc4fe7e90295bc2_469eac93;
})();

export const Debounceinput_debounceinput_dd0d707545afecaa951fcd241fcdc89f_469eac93 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_dd0d707545afecaa951fcd241fcdc89f_469eac93 = memo(({children, ...rest}) => {
    const ref_email_body = useRef(null); refs["ref_email_body"] = ref_email_body;
const on_change_60d3b10d42c4e5a584ec2bd0b185c53d = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.set_body_html", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["fontFamily"] : "monospace", ["--default-font-family"] : "monospace" }), debounceTimeout:300, element:RadixThemesTextArea, id:"email-body", inputRef:ref_email_body, onChange:on_change_60d3b10d42c4e5a584ec2bd0b185c53d, readOnly:reflex___state____state__admin___email_detail___state____email_detail_state.locked_rx_state_, rows:"8", size:"3", value:reflex___state____state__admin___email_detail___state____email_detail_state.body_html_rx_state_ }), "inputRef")},)
    )
});
Debounceinput_debounceinput_dd0d707545afecaa951fcd241fcdc89f_469eac93.displayName = "DebounceInput";
return Debounceinput_debounceinput_dd0d707545afecaa951fcd241fcdc89f_469eac93;
})();

export const Bare_comp_3a3bb1e2f7d4caf6c4656ccd8a08d40f_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_3a3bb1e2f7d4caf6c4656ccd8a08d40f_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (isTrue(reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["body_html"]) ? reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["body_html"] : "")
    )
});
Bare_comp_3a3bb1e2f7d4caf6c4656ccd8a08d40f_469eac93.displayName = "Bare";
return Bare_comp_3a3bb1e2f7d4caf6c4656ccd8a08d40f_469eac93;
})();

export const Cond_comp_be20a7aad32dd496ab8bdf202a06aebc_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_be20a7aad32dd496ab8bdf202a06aebc_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (!(((isTrue(reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["body_html"]) ? reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["body_html"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_be20a7aad32dd496ab8bdf202a06aebc_469eac93.displayName = "Cond";
return Cond_comp_be20a7aad32dd496ab8bdf202a06aebc_469eac93;
})();

export const Html_div_1ec6b50f52a7b499fd20cd5d39b8d549_469eac93 = /*#__PURE__*/ (() => {
const Html_div_1ec6b50f52a7b499fd20cd5d39b8d549_469eac93 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        jsx("div",{...mergeSlotProps(rest, ({ className:"rx-Html", dangerouslySetInnerHTML:({ ["__html"] : reflex___state____state__admin___email_detail___state____email_detail_state.body_html_rx_state_ }) }))},)
    )
});
Html_div_1ec6b50f52a7b499fd20cd5d39b8d549_469eac93.displayName = "Html";
return Html_div_1ec6b50f52a7b499fd20cd5d39b8d549_469eac93;
})();

export const Bare_comp_d4244d88e0edbefdf94bcf9c2ebddd81_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_d4244d88e0edbefdf94bcf9c2ebddd81_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        reflex___state____state__admin___email_detail___state____email_detail_state.text_part_rx_state_
    )
});
Bare_comp_d4244d88e0edbefdf94bcf9c2ebddd81_469eac93.displayName = "Bare";
return Bare_comp_d4244d88e0edbefdf94bcf9c2ebddd81_469eac93;
})();

export const Bare_comp_7dd0d612aa5ee43704f7c960c92624ef_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_7dd0d612aa5ee43704f7c960c92624ef_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        ((reflex___state____state__admin___email_detail___state____email_detail_state.status_rx_state_?.valueOf?.() === "Sent"?.valueOf?.()) ? "Sent: every recipient is done." : "Sending: nothing can be changed now. Copy it to make a new email.")
    )
});
Bare_comp_7dd0d612aa5ee43704f7c960c92624ef_469eac93.displayName = "Bare";
return Bare_comp_7dd0d612aa5ee43704f7c960c92624ef_469eac93;
})();

export const Progress_progress_39a09a4aa8925f5939b3b937492cf722_469eac93 = /*#__PURE__*/ (() => {
const Progress_progress_39a09a4aa8925f5939b3b937492cf722_469eac93 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        jsx(RadixThemesProgress,{...mergeSlotProps(rest, ({ "aria-labelledby":"progress-label", css:({ ["width"] : "100%" }), max:100, size:"3", value:reflex___state____state__admin___email_detail___state____email_detail_state.percent_rx_state_ }))},)
    )
});
Progress_progress_39a09a4aa8925f5939b3b937492cf722_469eac93.displayName = "Progress";
return Progress_progress_39a09a4aa8925f5939b3b937492cf722_469eac93;
})();

export const Bare_comp_bc7a4974421d4c7619a7ecfedc256fef_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_bc7a4974421d4c7619a7ecfedc256fef_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (JSON.stringify(reflex___state____state__admin___email_detail___state____email_detail_state.sent_rx_state_))
    )
});
Bare_comp_bc7a4974421d4c7619a7ecfedc256fef_469eac93.displayName = "Bare";
return Bare_comp_bc7a4974421d4c7619a7ecfedc256fef_469eac93;
})();

export const Bare_comp_78a63becbaafb79298e4633bb9638521_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_78a63becbaafb79298e4633bb9638521_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (JSON.stringify(reflex___state____state__admin___email_detail___state____email_detail_state.failed_rx_state_))
    )
});
Bare_comp_78a63becbaafb79298e4633bb9638521_469eac93.displayName = "Bare";
return Bare_comp_78a63becbaafb79298e4633bb9638521_469eac93;
})();

export const Bare_comp_98a6b9cd6290107abb72557365760429_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_98a6b9cd6290107abb72557365760429_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (JSON.stringify(reflex___state____state__admin___email_detail___state____email_detail_state.pending_rx_state_))
    )
});
Bare_comp_98a6b9cd6290107abb72557365760429_469eac93.displayName = "Bare";
return Bare_comp_98a6b9cd6290107abb72557365760429_469eac93;
})();

export const Bare_comp_b82f06cc4641ccc33e99d332f039dd15_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_b82f06cc4641ccc33e99d332f039dd15_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (JSON.stringify(reflex___state____state__admin___email_detail___state____email_detail_state.total_rx_state_))
    )
});
Bare_comp_b82f06cc4641ccc33e99d332f039dd15_469eac93.displayName = "Bare";
return Bare_comp_b82f06cc4641ccc33e99d332f039dd15_469eac93;
})();

export const Button_button_ced2e6b5d63e7cf904f879c9cb520113_469eac93 = /*#__PURE__*/ (() => {
const Button_button_ced2e6b5d63e7cf904f879c9cb520113_469eac93 = memo(({children, ...rest}) => {
    const on_click_1200aaccaef91667ebb52725f7743c06 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.save", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_1200aaccaef91667ebb52725f7743c06, size:"3", variant:"soft" }))},children)
    )
});
Button_button_ced2e6b5d63e7cf904f879c9cb520113_469eac93.displayName = "Button";
return Button_button_ced2e6b5d63e7cf904f879c9cb520113_469eac93;
})();

export const Button_button_3a00e8b0087555487c9b720a71d08308_469eac93 = /*#__PURE__*/ (() => {
const Button_button_3a00e8b0087555487c9b720a71d08308_469eac93 = memo(({children, ...rest}) => {
    const on_click_ce4410c70e852a5f173b9a4c72a4199f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.send", ({ ["now"] : true }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_ce4410c70e852a5f173b9a4c72a4199f, size:"3" }))},children)
    )
});
Button_button_3a00e8b0087555487c9b720a71d08308_469eac93.displayName = "Button";
return Button_button_3a00e8b0087555487c9b720a71d08308_469eac93;
})();

export const Debounceinput_debounceinput_f76a61b003079b18f5dc3d4534e9d94f_469eac93 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_f76a61b003079b18f5dc3d4534e9d94f_469eac93 = memo(({children, ...rest}) => {
    const ref_send_at = useRef(null); refs["ref_send_at"] = ref_send_at;
const on_change_26b8e99138f7c8804fa90bef9ace20e8 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.set_schedule_at", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"send-at", inputRef:ref_send_at, name:"send-at", onChange:on_change_26b8e99138f7c8804fa90bef9ace20e8, size:"3", type:"datetime-local", value:(isNotNullOrUndefined(reflex___state____state__admin___email_detail___state____email_detail_state.schedule_at_rx_state_) ? reflex___state____state__admin___email_detail___state____email_detail_state.schedule_at_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_f76a61b003079b18f5dc3d4534e9d94f_469eac93.displayName = "DebounceInput";
return Debounceinput_debounceinput_f76a61b003079b18f5dc3d4534e9d94f_469eac93;
})();

export const Bare_comp_227ae6245abe6e8b3ed0e5966f73efab_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_227ae6245abe6e8b3ed0e5966f73efab_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (isTrue(reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["publish_at"]) ? reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["publish_at"] : "")
    )
});
Bare_comp_227ae6245abe6e8b3ed0e5966f73efab_469eac93.displayName = "Bare";
return Bare_comp_227ae6245abe6e8b3ed0e5966f73efab_469eac93;
})();

export const Cond_comp_fe947abb6d5e7ec7d197e220edfcd597_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_fe947abb6d5e7ec7d197e220edfcd597_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (!(((isTrue(reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["publish_at"]) ? reflex___state____state__admin___email_detail___state____email_detail_state.field_errors_rx_state_?.["publish_at"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fe947abb6d5e7ec7d197e220edfcd597_469eac93.displayName = "Cond";
return Cond_comp_fe947abb6d5e7ec7d197e220edfcd597_469eac93;
})();

export const Button_button_40859f6dc721002fcb1a782285447cf6_469eac93 = /*#__PURE__*/ (() => {
const Button_button_40859f6dc721002fcb1a782285447cf6_469eac93 = memo(({children, ...rest}) => {
    const on_click_3eca31ebc86aaab7f1e681b4a4b0846f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.send", ({ ["now"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_3eca31ebc86aaab7f1e681b4a4b0846f, size:"3", variant:"soft" }))},children)
    )
});
Button_button_40859f6dc721002fcb1a782285447cf6_469eac93.displayName = "Button";
return Button_button_40859f6dc721002fcb1a782285447cf6_469eac93;
})();

export const Button_button_c40e61ff47d012ab07fda8b63226dbbe_469eac93 = /*#__PURE__*/ (() => {
const Button_button_c40e61ff47d012ab07fda8b63226dbbe_469eac93 = memo(({children, ...rest}) => {
    const on_click_a05735167648b85dd87cbfc9ad7ff724 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.delete", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_a05735167648b85dd87cbfc9ad7ff724, variant:"ghost" }))},children)
    )
});
Button_button_c40e61ff47d012ab07fda8b63226dbbe_469eac93.displayName = "Button";
return Button_button_c40e61ff47d012ab07fda8b63226dbbe_469eac93;
})();

export const Cond_comp_23ce4907562e2ae2e236247a36391027_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_23ce4907562e2ae2e236247a36391027_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (reflex___state____state__admin___email_detail___state____email_detail_state.is_draft_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_23ce4907562e2ae2e236247a36391027_469eac93.displayName = "Cond";
return Cond_comp_23ce4907562e2ae2e236247a36391027_469eac93;
})();

export const Bare_comp_1349ddf5e65d792a023188e1c8ce54b4_469eac93 = /*#__PURE__*/ (() => {
const Bare_comp_1349ddf5e65d792a023188e1c8ce54b4_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        reflex___state____state__admin___email_detail___state____email_detail_state.publish_at_rx_state_
    )
});
Bare_comp_1349ddf5e65d792a023188e1c8ce54b4_469eac93.displayName = "Bare";
return Bare_comp_1349ddf5e65d792a023188e1c8ce54b4_469eac93;
})();

export const Button_button_3af77de79bee9e679870b67ccaf55aa4_469eac93 = /*#__PURE__*/ (() => {
const Button_button_3af77de79bee9e679870b67ccaf55aa4_469eac93 = memo(({children, ...rest}) => {
    const on_click_74a2a0f3c4b676af7c956f5f795a34f5 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.return_to_draft", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_74a2a0f3c4b676af7c956f5f795a34f5, size:"3", variant:"soft" }))},children)
    )
});
Button_button_3af77de79bee9e679870b67ccaf55aa4_469eac93.displayName = "Button";
return Button_button_3af77de79bee9e679870b67ccaf55aa4_469eac93;
})();

export const Cond_comp_40ba68338adbfacbb65b421851af2cec_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_40ba68338adbfacbb65b421851af2cec_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (!(reflex___state____state__admin___email_detail___state____email_detail_state.is_draft_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_40ba68338adbfacbb65b421851af2cec_469eac93.displayName = "Cond";
return Cond_comp_40ba68338adbfacbb65b421851af2cec_469eac93;
})();

export const Button_button_d39f806f4e4158ee73e7c76134bf5ea3_469eac93 = /*#__PURE__*/ (() => {
const Button_button_d39f806f4e4158ee73e7c76134bf5ea3_469eac93 = memo(({children, ...rest}) => {
    const on_click_66e86630a73da48b1e0c083969a9544f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.refresh", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_66e86630a73da48b1e0c083969a9544f, variant:"soft" }))},children)
    )
});
Button_button_d39f806f4e4158ee73e7c76134bf5ea3_469eac93.displayName = "Button";
return Button_button_d39f806f4e4158ee73e7c76134bf5ea3_469eac93;
})();

export const Foreach_comp_e2f2d669f08b6121a53006cee6b189e1_469eac93 = /*#__PURE__*/ (() => {
const Foreach_comp_e2f2d669f08b6121a53006cee6b189e1_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___email_detail___state____email_detail_state.rows_rx_state_ ?? [],((r_rx_state_,index_61e0436b67b7121719dbd7fc2146850c)=>(jsx(RadixThemesTable.Row,{key:index_61e0436b67b7121719dbd7fc2146850c},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},r_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},r_rx_state_?.["email"]))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(r_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},r_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},r_rx_state_?.["attempts"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},r_rx_state_?.["sent_at"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",color:"red",size:"1"},r_rx_state_?.["error"]))))))
    )
});
Foreach_comp_e2f2d669f08b6121a53006cee6b189e1_469eac93.displayName = "Foreach";
return Foreach_comp_e2f2d669f08b6121a53006cee6b189e1_469eac93;
})();

export const Cond_comp_88cd9432168d500a5b90031d54e436d7_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_88cd9432168d500a5b90031d54e436d7_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (pyAnd(reflex___state____state__admin___email_detail___state____email_detail_state.loaded_rx_state_, () => ((reflex___state____state__admin___email_detail___state____email_detail_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_88cd9432168d500a5b90031d54e436d7_469eac93.displayName = "Cond";
return Cond_comp_88cd9432168d500a5b90031d54e436d7_469eac93;
})();

export const Button_button_88dab9db2e82c14e91d8aee740c206fd_469eac93 = /*#__PURE__*/ (() => {
const Button_button_88dab9db2e82c14e91d8aee740c206fd_469eac93 = memo(({children, ...rest}) => {
    const on_click_3e1ffc1bdfdcca1c6c2d7b6b302fb90f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___email_detail___state____email_detail_state.cursors_rx_state_.length > 0)), onClick:on_click_3e1ffc1bdfdcca1c6c2d7b6b302fb90f, variant:"soft" }))},children)
    )
});
Button_button_88dab9db2e82c14e91d8aee740c206fd_469eac93.displayName = "Button";
return Button_button_88dab9db2e82c14e91d8aee740c206fd_469eac93;
})();

export const Button_button_19ab863eaa80570f663214d5478e7962_469eac93 = /*#__PURE__*/ (() => {
const Button_button_19ab863eaa80570f663214d5478e7962_469eac93 = memo(({children, ...rest}) => {
    const on_click_5499f0b4533cd2704902d464f2860e85 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_detail___state____email_detail_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___email_detail___state____email_detail_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_5499f0b4533cd2704902d464f2860e85, variant:"soft" }))},children)
    )
});
Button_button_19ab863eaa80570f663214d5478e7962_469eac93.displayName = "Button";
return Button_button_19ab863eaa80570f663214d5478e7962_469eac93;
})();

export const Cond_comp_246e80ebc81348baa5577dbd3c8a2107_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_246e80ebc81348baa5577dbd3c8a2107_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (reflex___state____state__admin___email_detail___state____email_detail_state.missing_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_246e80ebc81348baa5577dbd3c8a2107_469eac93.displayName = "Cond";
return Cond_comp_246e80ebc81348baa5577dbd3c8a2107_469eac93;
})();

export const Cond_comp_a10c7198be703d194df9995af61d2951_469eac93 = /*#__PURE__*/ (() => {
const Cond_comp_a10c7198be703d194df9995af61d2951_469eac93 = memo(({children}) => {
    const reflex___state____state__admin___email_detail___state____email_detail_state = useStateContext("reflex___state____state.admin___email_detail___state____email_detail_state")
    return(
        (reflex___state____state__admin___email_detail___state____email_detail_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a10c7198be703d194df9995af61d2951_469eac93.displayName = "Cond";
return Cond_comp_a10c7198be703d194df9995af61d2951_469eac93;
})();
