
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,pyAnd} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_df968dda = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_df968dda;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_df968dda = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_df968dda;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_df968dda = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_df968dda;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_df968dda = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_df968dda;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_df968dda = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_df968dda;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_df968dda = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_df968dda;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_df968dda = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_df968dda;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_df968dda = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_df968dda;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_df968dda = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_df968dda;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_df968dda = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_df968dda;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_df968dda = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_df968dda = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_df968dda.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_df968dda;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_df968dda = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_df968dda = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_df968dda.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_df968dda;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_df968dda = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_df968dda.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_df968dda;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_df968dda = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_df968dda = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_df968dda.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_df968dda;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_df968dda = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_df968dda = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_df968dda.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_df968dda;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_df968dda = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_df968dda = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_df968dda.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_df968dda;
})();

export const Button_button_4b23e9bf63cf313e2fae3a96070e9300_df968dda = /*#__PURE__*/ (() => {
const Button_button_4b23e9bf63cf313e2fae3a96070e9300_df968dda = memo(({children, ...rest}) => {
    const on_click_2931df75562fe08a3334554a293c78a7 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state.refresh", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_2931df75562fe08a3334554a293c78a7, variant:"soft" }))},children)
    )
});
Button_button_4b23e9bf63cf313e2fae3a96070e9300_df968dda.displayName = "Button";
return Button_button_4b23e9bf63cf313e2fae3a96070e9300_df968dda;
})();

export const Selectroot_select__root_af0fc9447f64125515aa415e10851a77_df968dda = /*#__PURE__*/ (() => {
const Selectroot_select__root_af0fc9447f64125515aa415e10851a77_df968dda = memo(({children, ...rest}) => {
    const on_change_ed25bdaa19e4f82e7f4300089596e249 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state.set_status", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___webhook_deliveries___state____delivery_log_state = useStateContext("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_ed25bdaa19e4f82e7f4300089596e249, value:reflex___state____state__admin___webhook_deliveries___state____delivery_log_state.status_rx_state_ }))},children)
    )
});
Selectroot_select__root_af0fc9447f64125515aa415e10851a77_df968dda.displayName = "SelectRoot";
return Selectroot_select__root_af0fc9447f64125515aa415e10851a77_df968dda;
})();

export const Bare_comp_4ae4e05edc6f48f69d4cee83b7b6f04d_df968dda = /*#__PURE__*/ (() => {
const Bare_comp_4ae4e05edc6f48f69d4cee83b7b6f04d_df968dda = memo(({children}) => {
    const reflex___state____state__admin___webhook_deliveries___state____delivery_log_state = useStateContext("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state")
    return(
        reflex___state____state__admin___webhook_deliveries___state____delivery_log_state.error_rx_state_
    )
});
Bare_comp_4ae4e05edc6f48f69d4cee83b7b6f04d_df968dda.displayName = "Bare";
return Bare_comp_4ae4e05edc6f48f69d4cee83b7b6f04d_df968dda;
})();

export const Cond_comp_8f3a42fed0c20b66265e031f75c44627_df968dda = /*#__PURE__*/ (() => {
const Cond_comp_8f3a42fed0c20b66265e031f75c44627_df968dda = memo(({children}) => {
    const reflex___state____state__admin___webhook_deliveries___state____delivery_log_state = useStateContext("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state")
    return(
        (!((reflex___state____state__admin___webhook_deliveries___state____delivery_log_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8f3a42fed0c20b66265e031f75c44627_df968dda.displayName = "Cond";
return Cond_comp_8f3a42fed0c20b66265e031f75c44627_df968dda;
})();

export const Foreach_comp_8f39c18da9059ba7cbdfe31ca34172ae_df968dda = /*#__PURE__*/ (() => {
const Foreach_comp_8f39c18da9059ba7cbdfe31ca34172ae_df968dda = memo(({children}) => {
    const reflex___state____state__admin___webhook_deliveries___state____delivery_log_state = useStateContext("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___webhook_deliveries___state____delivery_log_state.rows_rx_state_ ?? [],((row_rx_state_,index_727dbc0e55a1f6379ba4084be9e6a663)=>(jsx(RadixThemesTable.Row,{key:index_727dbc0e55a1f6379ba4084be9e6a663},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"1"},jsx(RadixThemesText,{as:"p",color:"gray",size:"2"},("#"+row_rx_state_?.["event_id"])),jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},(() => { switch (JSON.stringify(row_rx_state_?.["field"])) {case JSON.stringify("created"):  return ("Created");  break;case JSON.stringify("status"):  return ("Status");  break;case JSON.stringify("partner"):  return ("Partner");  break;case JSON.stringify("owner"):  return ("Lead owner");  break;case JSON.stringify("opportunity"):  return ("Opportunity");  break;default:  return (row_rx_state_?.["field"]);  break;};})())),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},row_rx_state_?.["change"]))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:("/admin/leads/view?id="+row_rx_state_?.["lead_id"])},row_rx_state_?.["lead"]))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["attempts"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["maxWidth"] : "260px", ["wordBreak"] : "break-word" }),size:"1"},row_rx_state_?.["response"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"1"},row_rx_state_?.["next_attempt"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),size:"1"},row_rx_state_?.["created"])),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},(!((row_rx_state_?.["can_redeliver"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesButton,{onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state.redeliver", ({ ["delivery_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Redeliver"))):(jsx(Fragment,{},)))))))))
    )
});
Foreach_comp_8f39c18da9059ba7cbdfe31ca34172ae_df968dda.displayName = "Foreach";
return Foreach_comp_8f39c18da9059ba7cbdfe31ca34172ae_df968dda;
})();

export const Cond_comp_0e155f51915ab2cff1aa2a123e5de297_df968dda = /*#__PURE__*/ (() => {
const Cond_comp_0e155f51915ab2cff1aa2a123e5de297_df968dda = memo(({children}) => {
    const reflex___state____state__admin___webhook_deliveries___state____delivery_log_state = useStateContext("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state")
    return(
        (pyAnd(reflex___state____state__admin___webhook_deliveries___state____delivery_log_state.loaded_rx_state_, () => ((reflex___state____state__admin___webhook_deliveries___state____delivery_log_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0e155f51915ab2cff1aa2a123e5de297_df968dda.displayName = "Cond";
return Cond_comp_0e155f51915ab2cff1aa2a123e5de297_df968dda;
})();

export const Button_button_8ffbe43d691dd1ed31d3a85ea1689f10_df968dda = /*#__PURE__*/ (() => {
const Button_button_8ffbe43d691dd1ed31d3a85ea1689f10_df968dda = memo(({children, ...rest}) => {
    const on_click_4e94a5e223d594104e4774134735a94d = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___webhook_deliveries___state____delivery_log_state = useStateContext("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___webhook_deliveries___state____delivery_log_state.cursors_rx_state_.length > 0)), onClick:on_click_4e94a5e223d594104e4774134735a94d, variant:"soft" }))},children)
    )
});
Button_button_8ffbe43d691dd1ed31d3a85ea1689f10_df968dda.displayName = "Button";
return Button_button_8ffbe43d691dd1ed31d3a85ea1689f10_df968dda;
})();

export const Button_button_d084acb3474a099acf1cbcfc663abf65_df968dda = /*#__PURE__*/ (() => {
const Button_button_d084acb3474a099acf1cbcfc663abf65_df968dda = memo(({children, ...rest}) => {
    const on_click_06b110d5fdfe339e990b758bc2f2ecfe = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___webhook_deliveries___state____delivery_log_state = useStateContext("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___webhook_deliveries___state____delivery_log_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_06b110d5fdfe339e990b758bc2f2ecfe, variant:"soft" }))},children)
    )
});
Button_button_d084acb3474a099acf1cbcfc663abf65_df968dda.displayName = "Button";
return Button_button_d084acb3474a099acf1cbcfc663abf65_df968dda;
})();

export const Cond_comp_77dc670495f7b7308e1b2af4c1188f61_df968dda = /*#__PURE__*/ (() => {
const Cond_comp_77dc670495f7b7308e1b2af4c1188f61_df968dda = memo(({children}) => {
    const reflex___state____state__admin___webhook_deliveries___state____delivery_log_state = useStateContext("reflex___state____state.admin___webhook_deliveries___state____delivery_log_state")
    return(
        (reflex___state____state__admin___webhook_deliveries___state____delivery_log_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_77dc670495f7b7308e1b2af4c1188f61_df968dda.displayName = "Cond";
return Cond_comp_77dc670495f7b7308e1b2af4c1188f61_df968dda;
})();
