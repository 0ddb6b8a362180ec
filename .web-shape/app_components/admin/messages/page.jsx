
import {ReflexEvent,applyEventActions,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,SegmentedControl as RadixThemesSegmentedControl,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import DebounceInput from "react-debounce-input"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ed80c81c = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ed80c81c;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_ed80c81c = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_ed80c81c;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_ed80c81c = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_ed80c81c;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_ed80c81c = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_ed80c81c;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_ed80c81c = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_ed80c81c;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_ed80c81c = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_ed80c81c;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_ed80c81c = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_ed80c81c;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_ed80c81c = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_ed80c81c;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_ed80c81c = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_ed80c81c;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_ed80c81c = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_ed80c81c;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_ed80c81c = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_ed80c81c = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_ed80c81c.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_ed80c81c;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_ed80c81c = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_ed80c81c = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_ed80c81c.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_ed80c81c;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_ed80c81c = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_ed80c81c.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_ed80c81c;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_ed80c81c = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_ed80c81c = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_ed80c81c.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_ed80c81c;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_ed80c81c = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_ed80c81c = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_ed80c81c.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_ed80c81c;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_ed80c81c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_ed80c81c = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_ed80c81c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_ed80c81c;
})();

export const Button_button_d55612ed1b2128b701238b0ef1bf903f_ed80c81c = /*#__PURE__*/ (() => {
const Button_button_d55612ed1b2128b701238b0ef1bf903f_ed80c81c = memo(({children, ...rest}) => {
    const on_click_51a645615fee5daad24696cf2404d225 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages/suppressions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_51a645615fee5daad24696cf2404d225, size:"3", variant:"soft" }))},children)
    )
});
Button_button_d55612ed1b2128b701238b0ef1bf903f_ed80c81c.displayName = "Button";
return Button_button_d55612ed1b2128b701238b0ef1bf903f_ed80c81c;
})();

export const Button_button_036fd7302aeaecd5e24fa39573b489c8_ed80c81c = /*#__PURE__*/ (() => {
const Button_button_036fd7302aeaecd5e24fa39573b489c8_ed80c81c = memo(({children, ...rest}) => {
    const on_click_70ea4db4b327f4e09c4660075362ac45 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___messages___state____messages_state.open_new", ({ ["kind"] : "email" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_70ea4db4b327f4e09c4660075362ac45, size:"3" }))},children)
    )
});
Button_button_036fd7302aeaecd5e24fa39573b489c8_ed80c81c.displayName = "Button";
return Button_button_036fd7302aeaecd5e24fa39573b489c8_ed80c81c;
})();

export const Button_button_4bd507bcb30a7d4daa50e2f79dcfe65b_ed80c81c = /*#__PURE__*/ (() => {
const Button_button_4bd507bcb30a7d4daa50e2f79dcfe65b_ed80c81c = memo(({children, ...rest}) => {
    const on_click_628672b8718e6e8f4167cdcceaa68302 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___messages___state____messages_state.open_new", ({ ["kind"] : "popup" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_628672b8718e6e8f4167cdcceaa68302, size:"3" }))},children)
    )
});
Button_button_4bd507bcb30a7d4daa50e2f79dcfe65b_ed80c81c.displayName = "Button";
return Button_button_4bd507bcb30a7d4daa50e2f79dcfe65b_ed80c81c;
})();

export const Segmentedcontrolroot_segmentedcontrol__root_8cb2fca9abecb26004545bd6264eb8dd_ed80c81c = /*#__PURE__*/ (() => {
const Segmentedcontrolroot_segmentedcontrol__root_8cb2fca9abecb26004545bd6264eb8dd_ed80c81c = memo(({children, ...rest}) => {
    const on_change_0e3a13b443e78f201e3c268538fbf2a6 = useCallback(((_value) => (addEvents([(ReflexEvent("reflex___state____state.admin___messages___state____messages_state.set_kind", ({ ["kind"] : _value }), ({  })))], [_value], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        jsx(RadixThemesSegmentedControl.Root,{...mergeSlotProps(rest, ({ "aria-label":"Message type", css:({ ["& .rt-SegmentedControlIndicator"] : ({ ["width"] : "calc(100% / var(--rx-sc-count))", ["transform"] : "translateX(calc(var(--rx-sc-idx) * 100%))" }), ["--rx-sc-count"] : ["all", "email", "popup"].length, ["--rx-sc-idx"] : (["all", "email", "popup"].indexOf(((reflex___state____state__admin___messages___state____messages_state.kind_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "all" : reflex___state____state__admin___messages___state____messages_state.kind_rx_state_))) }), onValueChange:on_change_0e3a13b443e78f201e3c268538fbf2a6, value:((reflex___state____state__admin___messages___state____messages_state.kind_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "all" : reflex___state____state__admin___messages___state____messages_state.kind_rx_state_) }))},children)
    )
});
Segmentedcontrolroot_segmentedcontrol__root_8cb2fca9abecb26004545bd6264eb8dd_ed80c81c.displayName = "SegmentedControlRoot";
return Segmentedcontrolroot_segmentedcontrol__root_8cb2fca9abecb26004545bd6264eb8dd_ed80c81c;
})();

export const Foreach_comp_92ac97fd4b03f62a54fc58481518b128_ed80c81c = /*#__PURE__*/ (() => {
const Foreach_comp_92ac97fd4b03f62a54fc58481518b128_ed80c81c = memo(({children}) => {
    const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___messages___state____messages_state.rows_rx_state_ ?? [],((row_rx_state_,index_4c0abce6bbd9a18dabb766e61ac963e0)=>(jsx(RadixThemesTable.Row,{key:index_4c0abce6bbd9a18dabb766e61ac963e0},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:((row_rx_state_?.["kind"]?.valueOf?.() === "Email"?.valueOf?.()) ? "blue" : "violet"),variant:"outline"},row_rx_state_?.["kind"])),jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesButton,{css:({ ["weight"] : "medium", ["textAlign"] : "left", ["height"] : "auto", ["whiteSpace"] : "normal", ["paddingTop"] : "0.2rem", ["paddingBottom"] : "0.2rem" }),onClick:((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : (((row_rx_state_?.["kind"]?.valueOf?.() === "Email"?.valueOf?.()) ? "/admin/messages/email?id=" : "/admin/messages/view?id=")+row_rx_state_?.["id"]), ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))),size:"2",variant:"ghost"},row_rx_state_?.["title"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["audience"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["counts"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["updated"]))))))
    )
});
Foreach_comp_92ac97fd4b03f62a54fc58481518b128_ed80c81c.displayName = "Foreach";
return Foreach_comp_92ac97fd4b03f62a54fc58481518b128_ed80c81c;
})();

export const Cond_comp_e874b8fbc66e74e0a161409834d9cd8e_ed80c81c = /*#__PURE__*/ (() => {
const Cond_comp_e874b8fbc66e74e0a161409834d9cd8e_ed80c81c = memo(({children}) => {
    const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        (pyAnd(reflex___state____state__admin___messages___state____messages_state.loaded_rx_state_, () => ((reflex___state____state__admin___messages___state____messages_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e874b8fbc66e74e0a161409834d9cd8e_ed80c81c.displayName = "Cond";
return Cond_comp_e874b8fbc66e74e0a161409834d9cd8e_ed80c81c;
})();

export const Button_button_494f02390af61c837ad8d07f8eedabcf_ed80c81c = /*#__PURE__*/ (() => {
const Button_button_494f02390af61c837ad8d07f8eedabcf_ed80c81c = memo(({children, ...rest}) => {
    const on_click_2ff8d13768efbe6e533924b51a8161fb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___messages___state____messages_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___messages___state____messages_state.cursors_rx_state_.length > 0)), onClick:on_click_2ff8d13768efbe6e533924b51a8161fb, variant:"soft" }))},children)
    )
});
Button_button_494f02390af61c837ad8d07f8eedabcf_ed80c81c.displayName = "Button";
return Button_button_494f02390af61c837ad8d07f8eedabcf_ed80c81c;
})();

export const Button_button_1a93ab8b9a178c03b8cc5e04b66127c6_ed80c81c = /*#__PURE__*/ (() => {
const Button_button_1a93ab8b9a178c03b8cc5e04b66127c6_ed80c81c = memo(({children, ...rest}) => {
    const on_click_46a4576497ea5af7baf40cbec2e83858 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___messages___state____messages_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___messages___state____messages_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_46a4576497ea5af7baf40cbec2e83858, variant:"soft" }))},children)
    )
});
Button_button_1a93ab8b9a178c03b8cc5e04b66127c6_ed80c81c.displayName = "Button";
return Button_button_1a93ab8b9a178c03b8cc5e04b66127c6_ed80c81c;
})();

export const Bare_comp_00ccccc1077f9388050a4deb46feb658_ed80c81c = /*#__PURE__*/ (() => {
const Bare_comp_00ccccc1077f9388050a4deb46feb658_ed80c81c = memo(({children}) => {
    const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        ((reflex___state____state__admin___messages___state____messages_state.new_kind_rx_state_?.valueOf?.() === "email"?.valueOf?.()) ? "New Email" : "New Pop-up")
    )
});
Bare_comp_00ccccc1077f9388050a4deb46feb658_ed80c81c.displayName = "Bare";
return Bare_comp_00ccccc1077f9388050a4deb46feb658_ed80c81c;
})();

export const Bare_comp_925e2049ce80550935c1d0bcb3a41460_ed80c81c = /*#__PURE__*/ (() => {
const Bare_comp_925e2049ce80550935c1d0bcb3a41460_ed80c81c = memo(({children}) => {
    const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        ((reflex___state____state__admin___messages___state____messages_state.new_kind_rx_state_?.valueOf?.() === "email"?.valueOf?.()) ? "Give it a subject; you choose the groups and write it next." : "Give it a title; you choose the audience, pages and text next.")
    )
});
Bare_comp_925e2049ce80550935c1d0bcb3a41460_ed80c81c.displayName = "Bare";
return Bare_comp_925e2049ce80550935c1d0bcb3a41460_ed80c81c;
})();

export const Bare_comp_5208bc273a7550bfc0c51ca27e77e968_ed80c81c = /*#__PURE__*/ (() => {
const Bare_comp_5208bc273a7550bfc0c51ca27e77e968_ed80c81c = memo(({children}) => {
    const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        ((reflex___state____state__admin___messages___state____messages_state.new_kind_rx_state_?.valueOf?.() === "email"?.valueOf?.()) ? "Subject" : "Title")
    )
});
Bare_comp_5208bc273a7550bfc0c51ca27e77e968_ed80c81c.displayName = "Bare";
return Bare_comp_5208bc273a7550bfc0c51ca27e77e968_ed80c81c;
})();

export const Debounceinput_debounceinput_7356ec262717eb4a1f9a9b295761cac4_ed80c81c = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_7356ec262717eb4a1f9a9b295761cac4_ed80c81c = memo(({children, ...rest}) => {
    const ref_new_title = useRef(null); refs["ref_new_title"] = ref_new_title;
const on_change_2dc8082fd47ef179e8b22a07c148cf46 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___messages___state____messages_state.set_new_title", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"new-title", inputRef:ref_new_title, maxLength:200, name:"new-title", onChange:on_change_2dc8082fd47ef179e8b22a07c148cf46, size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___messages___state____messages_state.new_title_rx_state_) ? reflex___state____state__admin___messages___state____messages_state.new_title_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_7356ec262717eb4a1f9a9b295761cac4_ed80c81c.displayName = "DebounceInput";
return Debounceinput_debounceinput_7356ec262717eb4a1f9a9b295761cac4_ed80c81c;
})();

export const Bare_comp_9576a2dfee8fbffe74b31302c9e80832_ed80c81c = /*#__PURE__*/ (() => {
const Bare_comp_9576a2dfee8fbffe74b31302c9e80832_ed80c81c = memo(({children}) => {
    const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        reflex___state____state__admin___messages___state____messages_state.error_rx_state_
    )
});
Bare_comp_9576a2dfee8fbffe74b31302c9e80832_ed80c81c.displayName = "Bare";
return Bare_comp_9576a2dfee8fbffe74b31302c9e80832_ed80c81c;
})();

export const Cond_comp_e6b5af986838a2776c916450d9c2dd40_ed80c81c = /*#__PURE__*/ (() => {
const Cond_comp_e6b5af986838a2776c916450d9c2dd40_ed80c81c = memo(({children}) => {
    const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        (!((reflex___state____state__admin___messages___state____messages_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e6b5af986838a2776c916450d9c2dd40_ed80c81c.displayName = "Cond";
return Cond_comp_e6b5af986838a2776c916450d9c2dd40_ed80c81c;
})();

export const Button_button_5f3ee28eb701ee11982c1d2e0246b45e_ed80c81c = /*#__PURE__*/ (() => {
const Button_button_5f3ee28eb701ee11982c1d2e0246b45e_ed80c81c = memo(({children, ...rest}) => {
    const on_click_5bafba078adb53d4d3cfd67db508fcd5 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___messages___state____messages_state.close_new", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_5bafba078adb53d4d3cfd67db508fcd5, variant:"soft" }))},children)
    )
});
Button_button_5f3ee28eb701ee11982c1d2e0246b45e_ed80c81c.displayName = "Button";
return Button_button_5f3ee28eb701ee11982c1d2e0246b45e_ed80c81c;
})();

export const Bare_comp_23ce230b0bec295730acd1644483be42_ed80c81c = /*#__PURE__*/ (() => {
const Bare_comp_23ce230b0bec295730acd1644483be42_ed80c81c = memo(({children}) => {
    const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        ((reflex___state____state__admin___messages___state____messages_state.new_kind_rx_state_?.valueOf?.() === "email"?.valueOf?.()) ? "Create Email" : "Create Pop-up")
    )
});
Bare_comp_23ce230b0bec295730acd1644483be42_ed80c81c.displayName = "Bare";
return Bare_comp_23ce230b0bec295730acd1644483be42_ed80c81c;
})();

export const Button_button_11077404d97578c083f792590146c42e_ed80c81c = /*#__PURE__*/ (() => {
const Button_button_11077404d97578c083f792590146c42e_ed80c81c = memo(({children, ...rest}) => {
    const on_click_2f3dce065ce932d1b2eb7ff2c386b506 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___messages___state____messages_state.create", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_2f3dce065ce932d1b2eb7ff2c386b506 }))},children)
    )
});
Button_button_11077404d97578c083f792590146c42e_ed80c81c.displayName = "Button";
return Button_button_11077404d97578c083f792590146c42e_ed80c81c;
})();

export const Dialogroot_dialog__root_bbbeafb503bf1eb5c74c4557c617b61e_ed80c81c = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_bbbeafb503bf1eb5c74c4557c617b61e_ed80c81c = memo(({children, ...rest}) => {
    const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ open:reflex___state____state__admin___messages___state____messages_state.new_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_bbbeafb503bf1eb5c74c4557c617b61e_ed80c81c.displayName = "DialogRoot";
return Dialogroot_dialog__root_bbbeafb503bf1eb5c74c4557c617b61e_ed80c81c;
})();

export const Cond_comp_ef76207f345d9c480fd4d4525aedafe7_ed80c81c = /*#__PURE__*/ (() => {
const Cond_comp_ef76207f345d9c480fd4d4525aedafe7_ed80c81c = memo(({children}) => {
    const reflex___state____state__admin___messages___state____messages_state = useStateContext("reflex___state____state.admin___messages___state____messages_state")
    return(
        (reflex___state____state__admin___messages___state____messages_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ef76207f345d9c480fd4d4525aedafe7_ed80c81c.displayName = "Cond";
return Cond_comp_ef76207f345d9c480fd4d4525aedafe7_ed80c81c;
})();
