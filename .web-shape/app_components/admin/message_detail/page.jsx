
import {ReflexEvent,applyEventActions,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Checkbox as RadixThemesCheckbox,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import DebounceInput from "react-debounce-input"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_518adedc = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_518adedc;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_518adedc = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_518adedc;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_518adedc = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_518adedc;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_518adedc = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_518adedc;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_518adedc = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_518adedc;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_518adedc = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_518adedc;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_518adedc = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_518adedc;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_518adedc = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_518adedc;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_518adedc = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_518adedc;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_518adedc = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_518adedc;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_518adedc = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_518adedc.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_518adedc;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_518adedc = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_518adedc = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_518adedc.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_518adedc;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_518adedc = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_518adedc.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_518adedc;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_518adedc = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_518adedc.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_518adedc;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_518adedc = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_518adedc.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_518adedc;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_518adedc = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_518adedc = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_518adedc.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_518adedc;
})();

export const Button_button_b9b4ddfc1a201b047c4c7bda3e92c396_518adedc = /*#__PURE__*/ (() => {
const Button_button_b9b4ddfc1a201b047c4c7bda3e92c396_518adedc = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Button_button_b9b4ddfc1a201b047c4c7bda3e92c396_518adedc.displayName = "Button";
return Button_button_b9b4ddfc1a201b047c4c7bda3e92c396_518adedc;
})();

export const Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_518adedc = /*#__PURE__*/ (() => {
const Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_518adedc = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_518adedc.displayName = "Button";
return Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_518adedc;
})();

export const Bare_comp_c0f0dbb295299a154acbf600d2cc31e5_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_c0f0dbb295299a154acbf600d2cc31e5_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.title_rx_state_
    )
});
Bare_comp_c0f0dbb295299a154acbf600d2cc31e5_518adedc.displayName = "Bare";
return Bare_comp_c0f0dbb295299a154acbf600d2cc31e5_518adedc;
})();

export const Bare_comp_73313b99e2afab30d5a1f0a417200dec_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_73313b99e2afab30d5a1f0a417200dec_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.status_rx_state_
    )
});
Bare_comp_73313b99e2afab30d5a1f0a417200dec_518adedc.displayName = "Bare";
return Bare_comp_73313b99e2afab30d5a1f0a417200dec_518adedc;
})();

export const Badge_badge_96397fae9c6f68fd326392eb4873d2e6_518adedc = /*#__PURE__*/ (() => {
const Badge_badge_96397fae9c6f68fd326392eb4873d2e6_518adedc = memo(({children, ...rest}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:(() => { switch (JSON.stringify(reflex___state____state__admin___message_detail___state____message_detail_state.status_rx_state_)) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(), radius:"full", variant:"soft" }))},children)
    )
});
Badge_badge_96397fae9c6f68fd326392eb4873d2e6_518adedc.displayName = "Badge";
return Badge_badge_96397fae9c6f68fd326392eb4873d2e6_518adedc;
})();

export const Bare_comp_425056d56c44c68ceefcde86bef4e5e4_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_425056d56c44c68ceefcde86bef4e5e4_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.kind_label_rx_state_
    )
});
Bare_comp_425056d56c44c68ceefcde86bef4e5e4_518adedc.displayName = "Bare";
return Bare_comp_425056d56c44c68ceefcde86bef4e5e4_518adedc;
})();

export const Button_button_9668c18c72ba24ce94584000c3ecf4da_518adedc = /*#__PURE__*/ (() => {
const Button_button_9668c18c72ba24ce94584000c3ecf4da_518adedc = memo(({children, ...rest}) => {
    const on_click_e0b69ad0c22b532014f32addf0545dc8 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.copy", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_e0b69ad0c22b532014f32addf0545dc8, size:"3", variant:"soft" }))},children)
    )
});
Button_button_9668c18c72ba24ce94584000c3ecf4da_518adedc.displayName = "Button";
return Button_button_9668c18c72ba24ce94584000c3ecf4da_518adedc;
})();

export const Bare_comp_3a303b90e559504ef1255bf0f8b273f7_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_3a303b90e559504ef1255bf0f8b273f7_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.notice_rx_state_
    )
});
Bare_comp_3a303b90e559504ef1255bf0f8b273f7_518adedc.displayName = "Bare";
return Bare_comp_3a303b90e559504ef1255bf0f8b273f7_518adedc;
})();

export const Cond_comp_1b31e921dd9406ab0c7dab0d36524b2c_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_1b31e921dd9406ab0c7dab0d36524b2c_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (!((reflex___state____state__admin___message_detail___state____message_detail_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1b31e921dd9406ab0c7dab0d36524b2c_518adedc.displayName = "Cond";
return Cond_comp_1b31e921dd9406ab0c7dab0d36524b2c_518adedc;
})();

export const Bare_comp_1ade34283ec630758442be95557bf27c_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_1ade34283ec630758442be95557bf27c_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.error_rx_state_
    )
});
Bare_comp_1ade34283ec630758442be95557bf27c_518adedc.displayName = "Bare";
return Bare_comp_1ade34283ec630758442be95557bf27c_518adedc;
})();

export const Cond_comp_937b7780fe2e8f262c2c84c517468ea6_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_937b7780fe2e8f262c2c84c517468ea6_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (!((reflex___state____state__admin___message_detail___state____message_detail_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_937b7780fe2e8f262c2c84c517468ea6_518adedc.displayName = "Cond";
return Cond_comp_937b7780fe2e8f262c2c84c517468ea6_518adedc;
})();

export const Bare_comp_4c9e4fb3048193b20e02b9a44e35f506_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_4c9e4fb3048193b20e02b9a44e35f506_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.read_rx_state_
    )
});
Bare_comp_4c9e4fb3048193b20e02b9a44e35f506_518adedc.displayName = "Bare";
return Bare_comp_4c9e4fb3048193b20e02b9a44e35f506_518adedc;
})();

export const Bare_comp_9e75f05b9a182b56b056f6d103f022fc_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_9e75f05b9a182b56b056f6d103f022fc_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.unread_rx_state_
    )
});
Bare_comp_9e75f05b9a182b56b056f6d103f022fc_518adedc.displayName = "Bare";
return Bare_comp_9e75f05b9a182b56b056f6d103f022fc_518adedc;
})();

export const Bare_comp_db15ec321c3f293e6b02a4bbb41de94b_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_db15ec321c3f293e6b02a4bbb41de94b_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.eligible_rx_state_
    )
});
Bare_comp_db15ec321c3f293e6b02a4bbb41de94b_518adedc.displayName = "Bare";
return Bare_comp_db15ec321c3f293e6b02a4bbb41de94b_518adedc;
})();

export const Cond_comp_1d87620cb3f57a9de7f68fbdc0a1210a_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_1d87620cb3f57a9de7f68fbdc0a1210a_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        ((reflex___state____state__admin___message_detail___state____message_detail_state.status_rx_state_?.valueOf?.() === "Published"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1d87620cb3f57a9de7f68fbdc0a1210a_518adedc.displayName = "Cond";
return Cond_comp_1d87620cb3f57a9de7f68fbdc0a1210a_518adedc;
})();

export const Cond_comp_d182fe3f4f2eaf93d1628dd0df204981_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_d182fe3f4f2eaf93d1628dd0df204981_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (!(reflex___state____state__admin___message_detail___state____message_detail_state.is_draft_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d182fe3f4f2eaf93d1628dd0df204981_518adedc.displayName = "Cond";
return Cond_comp_d182fe3f4f2eaf93d1628dd0df204981_518adedc;
})();

export const Cond_comp_9cd24ba219b742a386947b895e24886f_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_9cd24ba219b742a386947b895e24886f_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        ((reflex___state____state__admin___message_detail___state____message_detail_state.groups_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9cd24ba219b742a386947b895e24886f_518adedc.displayName = "Cond";
return Cond_comp_9cd24ba219b742a386947b895e24886f_518adedc;
})();

export const Foreach_comp_df31fe6b007f9807df670337a6c8ae9b_518adedc = /*#__PURE__*/ (() => {
const Foreach_comp_df31fe6b007f9807df670337a6c8ae9b_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___message_detail___state____message_detail_state.groups_rx_state_ ?? [],((g_rx_state_,index_507641879aa1d661ef6760e9156d55c8)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",key:index_507641879aa1d661ef6760e9156d55c8,gap:"2"},jsx(RadixThemesText,{as:"label",size:"2"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{checked:reflex___state____state__admin___message_detail___state____message_detail_state.group_ids_rx_state_.includes(g_rx_state_?.["id"]),disabled:!(reflex___state____state__admin___message_detail___state____message_detail_state.is_draft_rx_state_),id:("group-"+g_rx_state_?.["id"]),onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.toggle_group", ({ ["group_id"] : g_rx_state_?.["id"], ["on"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"2"},),"")),jsx("label",{htmlFor:("group-"+g_rx_state_?.["id"])},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},g_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},(!((g_rx_state_?.["rule"]?.valueOf?.() === ""?.valueOf?.())) ? (("Rule: "+g_rx_state_?.["rule"])+" \u00b7 ") : ""),g_rx_state_?.["accounts"]," accounts"))))))
    )
});
Foreach_comp_df31fe6b007f9807df670337a6c8ae9b_518adedc.displayName = "Foreach";
return Foreach_comp_df31fe6b007f9807df670337a6c8ae9b_518adedc;
})();

export const Bare_comp_64b6252b8ee0cc2c2990c4ff4a33528e_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_64b6252b8ee0cc2c2990c4ff4a33528e_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["group_ids"]
    )
});
Bare_comp_64b6252b8ee0cc2c2990c4ff4a33528e_518adedc.displayName = "Bare";
return Bare_comp_64b6252b8ee0cc2c2990c4ff4a33528e_518adedc;
})();

export const Cond_comp_fdd1211ee60b7fa422be4c9ef3bbae07_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_fdd1211ee60b7fa422be4c9ef3bbae07_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_.hasOwnProperty("group_ids")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fdd1211ee60b7fa422be4c9ef3bbae07_518adedc.displayName = "Cond";
return Cond_comp_fdd1211ee60b7fa422be4c9ef3bbae07_518adedc;
})();

export const Bare_comp_8ee078cb8423bf71e74eb4269b0a31ec_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_8ee078cb8423bf71e74eb4269b0a31ec_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (JSON.stringify(reflex___state____state__admin___message_detail___state____message_detail_state.eligible_rx_state_))
    )
});
Bare_comp_8ee078cb8423bf71e74eb4269b0a31ec_518adedc.displayName = "Bare";
return Bare_comp_8ee078cb8423bf71e74eb4269b0a31ec_518adedc;
})();

export const Debounceinput_debounceinput_2a6d9fb8ed10281841f66e8b7122be79_518adedc = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_2a6d9fb8ed10281841f66e8b7122be79_518adedc = memo(({children, ...rest}) => {
    const ref_message_title = useRef(null); refs["ref_message_title"] = ref_message_title;
const on_change_5fc1739d593649fe0eae8d34bca0d36d = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.set_title", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"message-title", inputRef:ref_message_title, maxLength:200, name:"message-title", onChange:on_change_5fc1739d593649fe0eae8d34bca0d36d, readOnly:!(reflex___state____state__admin___message_detail___state____message_detail_state.is_draft_rx_state_), size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___message_detail___state____message_detail_state.title_rx_state_) ? reflex___state____state__admin___message_detail___state____message_detail_state.title_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_2a6d9fb8ed10281841f66e8b7122be79_518adedc.displayName = "DebounceInput";
return Debounceinput_debounceinput_2a6d9fb8ed10281841f66e8b7122be79_518adedc;
})();

export const Bare_comp_52ebd042a43811c1b21a8f32f964aa93_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_52ebd042a43811c1b21a8f32f964aa93_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (isTrue(reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["title"]) ? reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["title"] : "")
    )
});
Bare_comp_52ebd042a43811c1b21a8f32f964aa93_518adedc.displayName = "Bare";
return Bare_comp_52ebd042a43811c1b21a8f32f964aa93_518adedc;
})();

export const Cond_comp_48d803757a56b6a983eb9105c08c7687_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_48d803757a56b6a983eb9105c08c7687_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (!(((isTrue(reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["title"]) ? reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["title"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_48d803757a56b6a983eb9105c08c7687_518adedc.displayName = "Cond";
return Cond_comp_48d803757a56b6a983eb9105c08c7687_518adedc;
})();

export const Debounceinput_debounceinput_d992ba51044c47f0d6992b60e655128d_518adedc = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_d992ba51044c47f0d6992b60e655128d_518adedc = memo(({children, ...rest}) => {
    const ref_message_body = useRef(null); refs["ref_message_body"] = ref_message_body;
const on_change_facf6e73f5229d07b530ec97d4d14c24 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.set_body_html", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["fontFamily"] : "monospace", ["--default-font-family"] : "monospace" }), debounceTimeout:300, element:RadixThemesTextArea, id:"message-body", inputRef:ref_message_body, onChange:on_change_facf6e73f5229d07b530ec97d4d14c24, readOnly:!(reflex___state____state__admin___message_detail___state____message_detail_state.is_draft_rx_state_), rows:"8", size:"3", value:reflex___state____state__admin___message_detail___state____message_detail_state.body_html_rx_state_ }), "inputRef")},)
    )
});
Debounceinput_debounceinput_d992ba51044c47f0d6992b60e655128d_518adedc.displayName = "DebounceInput";
return Debounceinput_debounceinput_d992ba51044c47f0d6992b60e655128d_518adedc;
})();

export const Bare_comp_3d58dc23bfd83a7473f02a238a384576_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_3d58dc23bfd83a7473f02a238a384576_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (isTrue(reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["body_html"]) ? reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["body_html"] : "")
    )
});
Bare_comp_3d58dc23bfd83a7473f02a238a384576_518adedc.displayName = "Bare";
return Bare_comp_3d58dc23bfd83a7473f02a238a384576_518adedc;
})();

export const Cond_comp_89ec460cb79eda34fa8d2b3975c928e4_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_89ec460cb79eda34fa8d2b3975c928e4_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (!(((isTrue(reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["body_html"]) ? reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["body_html"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_89ec460cb79eda34fa8d2b3975c928e4_518adedc.displayName = "Cond";
return Cond_comp_89ec460cb79eda34fa8d2b3975c928e4_518adedc;
})();

export const Foreach_comp_6428efd05114a8767c5aa8efe644c57b_518adedc = /*#__PURE__*/ (() => {
const Foreach_comp_6428efd05114a8767c5aa8efe644c57b_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___message_detail___state____message_detail_state.page_choices_rx_state_ ?? [],((p_rx_state_,index_ad67ee1fec89f80a3a72ad282f20d535)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",key:index_ad67ee1fec89f80a3a72ad282f20d535,gap:"2"},jsx(RadixThemesText,{as:"label",size:"2"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{checked:reflex___state____state__admin___message_detail___state____message_detail_state.portal_pages_rx_state_.includes(p_rx_state_?.["key"]),disabled:!(reflex___state____state__admin___message_detail___state____message_detail_state.is_draft_rx_state_),id:("page-"+p_rx_state_?.["key"]),onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.toggle_page", ({ ["key"] : p_rx_state_?.["key"], ["on"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"2"},),"")),jsx("label",{className:"prm-label",htmlFor:("page-"+p_rx_state_?.["key"])},p_rx_state_?.["label"])))))
    )
});
Foreach_comp_6428efd05114a8767c5aa8efe644c57b_518adedc.displayName = "Foreach";
return Foreach_comp_6428efd05114a8767c5aa8efe644c57b_518adedc;
})();

export const Bare_comp_4aa2d19b27cd7364b74842a3207ddd4a_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_4aa2d19b27cd7364b74842a3207ddd4a_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["portal_pages"]
    )
});
Bare_comp_4aa2d19b27cd7364b74842a3207ddd4a_518adedc.displayName = "Bare";
return Bare_comp_4aa2d19b27cd7364b74842a3207ddd4a_518adedc;
})();

export const Cond_comp_10c9cce2462329fbb1e39aa76c8ec56f_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_10c9cce2462329fbb1e39aa76c8ec56f_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_.hasOwnProperty("portal_pages")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_10c9cce2462329fbb1e39aa76c8ec56f_518adedc.displayName = "Cond";
return Cond_comp_10c9cce2462329fbb1e39aa76c8ec56f_518adedc;
})();

export const Html_div_5cf08a0277bf68fc14a46e7f8ea96c28_518adedc = /*#__PURE__*/ (() => {
const Html_div_5cf08a0277bf68fc14a46e7f8ea96c28_518adedc = memo(({children, ...rest}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        jsx("div",{...mergeSlotProps(rest, ({ className:"rx-Html", dangerouslySetInnerHTML:({ ["__html"] : reflex___state____state__admin___message_detail___state____message_detail_state.body_html_rx_state_ }) }))},)
    )
});
Html_div_5cf08a0277bf68fc14a46e7f8ea96c28_518adedc.displayName = "Html";
return Html_div_5cf08a0277bf68fc14a46e7f8ea96c28_518adedc;
})();

export const Button_button_10302abde78bb4d327acb2cb03e65fab_518adedc = /*#__PURE__*/ (() => {
const Button_button_10302abde78bb4d327acb2cb03e65fab_518adedc = memo(({children, ...rest}) => {
    const on_click_b006bd30d34fb3bc795bada14ccb8b26 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.save", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b006bd30d34fb3bc795bada14ccb8b26, size:"3", variant:"soft" }))},children)
    )
});
Button_button_10302abde78bb4d327acb2cb03e65fab_518adedc.displayName = "Button";
return Button_button_10302abde78bb4d327acb2cb03e65fab_518adedc;
})();

export const Button_button_2ea9ad9fd5bb03cbc56c25576206c4a6_518adedc = /*#__PURE__*/ (() => {
const Button_button_2ea9ad9fd5bb03cbc56c25576206c4a6_518adedc = memo(({children, ...rest}) => {
    const on_click_55c49d919ee7f7dfb2cb19ee6022960f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.publish", ({ ["now"] : true }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_55c49d919ee7f7dfb2cb19ee6022960f, size:"3" }))},children)
    )
});
Button_button_2ea9ad9fd5bb03cbc56c25576206c4a6_518adedc.displayName = "Button";
return Button_button_2ea9ad9fd5bb03cbc56c25576206c4a6_518adedc;
})();

export const Debounceinput_debounceinput_0fb0f4a351730b85248d995692948b9c_518adedc = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_0fb0f4a351730b85248d995692948b9c_518adedc = memo(({children, ...rest}) => {
    const ref_publish_at = useRef(null); refs["ref_publish_at"] = ref_publish_at;
const on_change_fb4c5c2b744ae5a058feb4252803df74 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.set_schedule_at", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"publish-at", inputRef:ref_publish_at, name:"publish-at", onChange:on_change_fb4c5c2b744ae5a058feb4252803df74, size:"3", type:"datetime-local", value:(isNotNullOrUndefined(reflex___state____state__admin___message_detail___state____message_detail_state.schedule_at_rx_state_) ? reflex___state____state__admin___message_detail___state____message_detail_state.schedule_at_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_0fb0f4a351730b85248d995692948b9c_518adedc.displayName = "DebounceInput";
return Debounceinput_debounceinput_0fb0f4a351730b85248d995692948b9c_518adedc;
})();

export const Bare_comp_0f8f4a705ddee96f114d8e7733b3e577_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_0f8f4a705ddee96f114d8e7733b3e577_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (isTrue(reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["publish_at"]) ? reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["publish_at"] : "")
    )
});
Bare_comp_0f8f4a705ddee96f114d8e7733b3e577_518adedc.displayName = "Bare";
return Bare_comp_0f8f4a705ddee96f114d8e7733b3e577_518adedc;
})();

export const Cond_comp_8398c3e77d6e7e880444806545f54321_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_8398c3e77d6e7e880444806545f54321_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (!(((isTrue(reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["publish_at"]) ? reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["publish_at"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8398c3e77d6e7e880444806545f54321_518adedc.displayName = "Cond";
return Cond_comp_8398c3e77d6e7e880444806545f54321_518adedc;
})();

export const Debounceinput_debounceinput_2322ce1a69fd8b07917ce7b3180efeb1_518adedc = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_2322ce1a69fd8b07917ce7b3180efeb1_518adedc = memo(({children, ...rest}) => {
    const ref_end_at = useRef(null); refs["ref_end_at"] = ref_end_at;
const on_change_a818a5d884063c50aa45f726d4cbe2c4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.set_schedule_end", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"end-at", inputRef:ref_end_at, name:"end-at", onChange:on_change_a818a5d884063c50aa45f726d4cbe2c4, size:"3", type:"datetime-local", value:(isNotNullOrUndefined(reflex___state____state__admin___message_detail___state____message_detail_state.schedule_end_rx_state_) ? reflex___state____state__admin___message_detail___state____message_detail_state.schedule_end_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_2322ce1a69fd8b07917ce7b3180efeb1_518adedc.displayName = "DebounceInput";
return Debounceinput_debounceinput_2322ce1a69fd8b07917ce7b3180efeb1_518adedc;
})();

export const Bare_comp_1c8ec3d18b8d27b829cfc623ca7e091b_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_1c8ec3d18b8d27b829cfc623ca7e091b_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (isTrue(reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["end_at"]) ? reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["end_at"] : "")
    )
});
Bare_comp_1c8ec3d18b8d27b829cfc623ca7e091b_518adedc.displayName = "Bare";
return Bare_comp_1c8ec3d18b8d27b829cfc623ca7e091b_518adedc;
})();

export const Cond_comp_cbc2c708a445c6fb9e63ca0d4109b2cc_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_cbc2c708a445c6fb9e63ca0d4109b2cc_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (!(((isTrue(reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["end_at"]) ? reflex___state____state__admin___message_detail___state____message_detail_state.field_errors_rx_state_?.["end_at"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cbc2c708a445c6fb9e63ca0d4109b2cc_518adedc.displayName = "Cond";
return Cond_comp_cbc2c708a445c6fb9e63ca0d4109b2cc_518adedc;
})();

export const Button_button_f75d8a066df79af67dd95865e9f12ab2_518adedc = /*#__PURE__*/ (() => {
const Button_button_f75d8a066df79af67dd95865e9f12ab2_518adedc = memo(({children, ...rest}) => {
    const on_click_578825afa133edffa1af83b2e0bfaac4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.publish", ({ ["now"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_578825afa133edffa1af83b2e0bfaac4, size:"3", variant:"soft" }))},children)
    )
});
Button_button_f75d8a066df79af67dd95865e9f12ab2_518adedc.displayName = "Button";
return Button_button_f75d8a066df79af67dd95865e9f12ab2_518adedc;
})();

export const Button_button_64b5e886f85585edf8eadae844fef402_518adedc = /*#__PURE__*/ (() => {
const Button_button_64b5e886f85585edf8eadae844fef402_518adedc = memo(({children, ...rest}) => {
    const on_click_c8de0b5f1f92dae9aac321b2f665cd1c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.delete", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_c8de0b5f1f92dae9aac321b2f665cd1c, variant:"ghost" }))},children)
    )
});
Button_button_64b5e886f85585edf8eadae844fef402_518adedc.displayName = "Button";
return Button_button_64b5e886f85585edf8eadae844fef402_518adedc;
})();

export const Bare_comp_552a1246cc079a92565f0bd9ae89ba33_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_552a1246cc079a92565f0bd9ae89ba33_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        ((reflex___state____state__admin___message_detail___state____message_detail_state.status_rx_state_?.valueOf?.() === "Published"?.valueOf?.()) ? "Published " : "Scheduled for ")
    )
});
Bare_comp_552a1246cc079a92565f0bd9ae89ba33_518adedc.displayName = "Bare";
return Bare_comp_552a1246cc079a92565f0bd9ae89ba33_518adedc;
})();

export const Bare_comp_f4703162441f1b740166dafd496f632e_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_f4703162441f1b740166dafd496f632e_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        reflex___state____state__admin___message_detail___state____message_detail_state.publish_at_rx_state_
    )
});
Bare_comp_f4703162441f1b740166dafd496f632e_518adedc.displayName = "Bare";
return Bare_comp_f4703162441f1b740166dafd496f632e_518adedc;
})();

export const Bare_comp_9cb3bc586630ecaca51c5ccec1a18acf_518adedc = /*#__PURE__*/ (() => {
const Bare_comp_9cb3bc586630ecaca51c5ccec1a18acf_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (!((reflex___state____state__admin___message_detail___state____message_detail_state.end_at_rx_state_?.valueOf?.() === ""?.valueOf?.())) ? (" \u00b7 ends "+reflex___state____state__admin___message_detail___state____message_detail_state.end_at_rx_state_) : "")
    )
});
Bare_comp_9cb3bc586630ecaca51c5ccec1a18acf_518adedc.displayName = "Bare";
return Bare_comp_9cb3bc586630ecaca51c5ccec1a18acf_518adedc;
})();

export const Button_button_9c8581cad52af2c1460a6fbd8f25bcda_518adedc = /*#__PURE__*/ (() => {
const Button_button_9c8581cad52af2c1460a6fbd8f25bcda_518adedc = memo(({children, ...rest}) => {
    const on_click_e751432bec80b74b7eaf579dc3ae8be4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___message_detail___state____message_detail_state.return_to_draft", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_e751432bec80b74b7eaf579dc3ae8be4, size:"3", variant:"soft" }))},children)
    )
});
Button_button_9c8581cad52af2c1460a6fbd8f25bcda_518adedc.displayName = "Button";
return Button_button_9c8581cad52af2c1460a6fbd8f25bcda_518adedc;
})();

export const Cond_comp_0dd292838098133461960edf360e9074_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_0dd292838098133461960edf360e9074_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (reflex___state____state__admin___message_detail___state____message_detail_state.is_draft_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0dd292838098133461960edf360e9074_518adedc.displayName = "Cond";
return Cond_comp_0dd292838098133461960edf360e9074_518adedc;
})();

export const Cond_comp_fc298cc8f0d8bf36ce20ab9a6211a597_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_fc298cc8f0d8bf36ce20ab9a6211a597_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (reflex___state____state__admin___message_detail___state____message_detail_state.missing_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fc298cc8f0d8bf36ce20ab9a6211a597_518adedc.displayName = "Cond";
return Cond_comp_fc298cc8f0d8bf36ce20ab9a6211a597_518adedc;
})();

export const Cond_comp_32b7e65a613a2b2f15c25f7875476e2b_518adedc = /*#__PURE__*/ (() => {
const Cond_comp_32b7e65a613a2b2f15c25f7875476e2b_518adedc = memo(({children}) => {
    const reflex___state____state__admin___message_detail___state____message_detail_state = useStateContext("reflex___state____state.admin___message_detail___state____message_detail_state")
    return(
        (reflex___state____state__admin___message_detail___state____message_detail_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_32b7e65a613a2b2f15c25f7875476e2b_518adedc.displayName = "Cond";
return Cond_comp_32b7e65a613a2b2f15c25f7875476e2b_518adedc;
})();
