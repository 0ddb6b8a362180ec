
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Callout as RadixThemesCallout,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {DynamicIcon} from "lucide-react/dynamic.mjs"
import {Link as ReactRouterLink} from "react-router"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_7e72d645 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.account_name_rx_state_
    )
});
Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_7e72d645.displayName = "Bare";
return Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_7e72d645;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_7e72d645 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_7e72d645.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_7e72d645;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_7e72d645 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_7e72d645 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_7e72d645.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_7e72d645;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_7e72d645 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_7e72d645 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_7e72d645.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_7e72d645;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_7e72d645 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_7e72d645.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_7e72d645;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_7e72d645 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_7e72d645 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_7e72d645.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_7e72d645;
})();

export const Selectroot_select__root_136f1fee5469004799b6be40ce632838_7e72d645 = /*#__PURE__*/ (() => {
const Selectroot_select__root_136f1fee5469004799b6be40ce632838_7e72d645 = memo(({children, ...rest}) => {
    const on_change_1fbde074da5735ada5d0de3f7cb1e458 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____portal_leads_state.set_status", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___leads___state____portal_leads_state = useStateContext("reflex___state____state.portal___leads___state____portal_leads_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_1fbde074da5735ada5d0de3f7cb1e458, value:reflex___state____state__portal___leads___state____portal_leads_state.status_rx_state_ }))},children)
    )
});
Selectroot_select__root_136f1fee5469004799b6be40ce632838_7e72d645.displayName = "SelectRoot";
return Selectroot_select__root_136f1fee5469004799b6be40ce632838_7e72d645;
})();

export const Foreach_comp_daba0e733d58e14b1d26ae4082f6ecbf_7e72d645 = /*#__PURE__*/ (() => {
const Foreach_comp_daba0e733d58e14b1d26ae4082f6ecbf_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____portal_leads_state = useStateContext("reflex___state____state.portal___leads___state____portal_leads_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___leads___state____portal_leads_state.rows_rx_state_ ?? [],((row_rx_state_,index_fee273295f41449b4f9f028defbb7b07)=>(jsx(RadixThemesTable.Row,{key:index_fee273295f41449b4f9f028defbb7b07},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),weight:"medium"},jsx(ReactRouterLink,{to:("/portal/leads/view?id="+row_rx_state_?.["id"])},(!((row_rx_state_?.["name"]?.valueOf?.() === ""?.valueOf?.())) ? row_rx_state_?.["name"] : row_rx_state_?.["company"])))),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["company"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["kind"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["owner"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["created"]))))))
    )
});
Foreach_comp_daba0e733d58e14b1d26ae4082f6ecbf_7e72d645.displayName = "Foreach";
return Foreach_comp_daba0e733d58e14b1d26ae4082f6ecbf_7e72d645;
})();

export const Cond_comp_bc22834d7e557cdb7083de8f67f7ff42_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_bc22834d7e557cdb7083de8f67f7ff42_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____portal_leads_state = useStateContext("reflex___state____state.portal___leads___state____portal_leads_state")
    return(
        (pyAnd(reflex___state____state__portal___leads___state____portal_leads_state.loaded_rx_state_, () => ((reflex___state____state__portal___leads___state____portal_leads_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bc22834d7e557cdb7083de8f67f7ff42_7e72d645.displayName = "Cond";
return Cond_comp_bc22834d7e557cdb7083de8f67f7ff42_7e72d645;
})();

export const Button_button_82ce16f16c1075e626473ab847619187_7e72d645 = /*#__PURE__*/ (() => {
const Button_button_82ce16f16c1075e626473ab847619187_7e72d645 = memo(({children, ...rest}) => {
    const on_click_b6779079fcd1ab0890565832a637d60e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____portal_leads_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___leads___state____portal_leads_state = useStateContext("reflex___state____state.portal___leads___state____portal_leads_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__portal___leads___state____portal_leads_state.cursors_rx_state_.length > 0)), onClick:on_click_b6779079fcd1ab0890565832a637d60e, variant:"soft" }))},children)
    )
});
Button_button_82ce16f16c1075e626473ab847619187_7e72d645.displayName = "Button";
return Button_button_82ce16f16c1075e626473ab847619187_7e72d645;
})();

export const Button_button_d9f57370b8c692aa8485c7b8e1074ece_7e72d645 = /*#__PURE__*/ (() => {
const Button_button_d9f57370b8c692aa8485c7b8e1074ece_7e72d645 = memo(({children, ...rest}) => {
    const on_click_a58935ec28abcaca7ecd5b4d8d931f97 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____portal_leads_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___leads___state____portal_leads_state = useStateContext("reflex___state____state.portal___leads___state____portal_leads_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__portal___leads___state____portal_leads_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_a58935ec28abcaca7ecd5b4d8d931f97, variant:"soft" }))},children)
    )
});
Button_button_d9f57370b8c692aa8485c7b8e1074ece_7e72d645.displayName = "Button";
return Button_button_d9f57370b8c692aa8485c7b8e1074ece_7e72d645;
})();

export const Cond_comp_e24c217e7ff614d9fe7e809fc598ee89_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_e24c217e7ff614d9fe7e809fc598ee89_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____portal_leads_state = useStateContext("reflex___state____state.portal___leads___state____portal_leads_state")
    return(
        (reflex___state____state__portal___leads___state____portal_leads_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e24c217e7ff614d9fe7e809fc598ee89_7e72d645.displayName = "Cond";
return Cond_comp_e24c217e7ff614d9fe7e809fc598ee89_7e72d645;
})();

export const Bare_comp_00bf96ea97ad53747f05970981777ced_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_00bf96ea97ad53747f05970981777ced_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["title"]
    )
});
Bare_comp_00bf96ea97ad53747f05970981777ced_7e72d645.displayName = "Bare";
return Bare_comp_00bf96ea97ad53747f05970981777ced_7e72d645;
})();

export const Html_div_3a69dcd7017865310b6696d6a9e738ba_7e72d645 = /*#__PURE__*/ (() => {
const Html_div_3a69dcd7017865310b6696d6a9e738ba_7e72d645 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx("div",{...mergeSlotProps(rest, ({ className:"rx-Html", dangerouslySetInnerHTML:({ ["__html"] : reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["body_html"] }) }))},)
    )
});
Html_div_3a69dcd7017865310b6696d6a9e738ba_7e72d645.displayName = "Html";
return Html_div_3a69dcd7017865310b6696d6a9e738ba_7e72d645;
})();

export const Button_button_5409b7575752b2ba28ca56ed0880726d_7e72d645 = /*#__PURE__*/ (() => {
const Button_button_5409b7575752b2ba28ca56ed0880726d_7e72d645 = memo(({children, ...rest}) => {
    const on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.later", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49, variant:"soft" }))},children)
    )
});
Button_button_5409b7575752b2ba28ca56ed0880726d_7e72d645.displayName = "Button";
return Button_button_5409b7575752b2ba28ca56ed0880726d_7e72d645;
})();

export const Button_button_53a3e39e688b3b55fcadd93546e681ae_7e72d645 = /*#__PURE__*/ (() => {
const Button_button_53a3e39e688b3b55fcadd93546e681ae_7e72d645 = memo(({children, ...rest}) => {
    const on_click_e6b13249cd78c80e9d7fe2a4ae364570 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.mark_read", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_e6b13249cd78c80e9d7fe2a4ae364570 }))},children)
    )
});
Button_button_53a3e39e688b3b55fcadd93546e681ae_7e72d645.displayName = "Button";
return Button_button_53a3e39e688b3b55fcadd93546e681ae_7e72d645;
})();

export const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_7e72d645 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_7e72d645 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ open:(reflex___state____state__portal___popups___state____popup_state.queue_rx_state_.length > 0) }))},children)
    )
});
Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_7e72d645.displayName = "DialogRoot";
return Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_7e72d645;
})();

export const Selectroot_select__root_d9e64bd6339a389de1cb45686395589f_7e72d645 = /*#__PURE__*/ (() => {
const Selectroot_select__root_d9e64bd6339a389de1cb45686395589f_7e72d645 = memo(({children, ...rest}) => {
    const on_change_9afd5f4e59619b6a88e69eee741071b1 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____distributed_leads_state.set_status", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___leads___state____distributed_leads_state = useStateContext("reflex___state____state.portal___leads___state____distributed_leads_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_9afd5f4e59619b6a88e69eee741071b1, value:reflex___state____state__portal___leads___state____distributed_leads_state.status_rx_state_ }))},children)
    )
});
Selectroot_select__root_d9e64bd6339a389de1cb45686395589f_7e72d645.displayName = "SelectRoot";
return Selectroot_select__root_d9e64bd6339a389de1cb45686395589f_7e72d645;
})();

export const Foreach_comp_5c1e466030a855745b395bc63ebb5f3d_7e72d645 = /*#__PURE__*/ (() => {
const Foreach_comp_5c1e466030a855745b395bc63ebb5f3d_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____distributed_leads_state = useStateContext("reflex___state____state.portal___leads___state____distributed_leads_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___leads___state____distributed_leads_state.rows_rx_state_ ?? [],((row_rx_state_,index_9fbee254438b9763a36c1ab9e09038dd)=>(jsx(RadixThemesTable.Row,{key:index_9fbee254438b9763a36c1ab9e09038dd},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),weight:"medium"},jsx(ReactRouterLink,{to:("/portal/leads/view?id="+row_rx_state_?.["id"])},(!((row_rx_state_?.["name"]?.valueOf?.() === ""?.valueOf?.())) ? row_rx_state_?.["name"] : row_rx_state_?.["company"])))),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["company"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["email"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["country"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["owner"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["created"]))))))
    )
});
Foreach_comp_5c1e466030a855745b395bc63ebb5f3d_7e72d645.displayName = "Foreach";
return Foreach_comp_5c1e466030a855745b395bc63ebb5f3d_7e72d645;
})();

export const Cond_comp_7c4cf72a3c74e35915bbcf8e92037a09_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_7c4cf72a3c74e35915bbcf8e92037a09_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____distributed_leads_state = useStateContext("reflex___state____state.portal___leads___state____distributed_leads_state")
    return(
        (pyAnd(reflex___state____state__portal___leads___state____distributed_leads_state.loaded_rx_state_, () => ((reflex___state____state__portal___leads___state____distributed_leads_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7c4cf72a3c74e35915bbcf8e92037a09_7e72d645.displayName = "Cond";
return Cond_comp_7c4cf72a3c74e35915bbcf8e92037a09_7e72d645;
})();

export const Button_button_22a1f0d18df1882730969d3283ad7a5b_7e72d645 = /*#__PURE__*/ (() => {
const Button_button_22a1f0d18df1882730969d3283ad7a5b_7e72d645 = memo(({children, ...rest}) => {
    const on_click_4f22eb4123898ed97448af9f1d9d891a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____distributed_leads_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___leads___state____distributed_leads_state = useStateContext("reflex___state____state.portal___leads___state____distributed_leads_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__portal___leads___state____distributed_leads_state.cursors_rx_state_.length > 0)), onClick:on_click_4f22eb4123898ed97448af9f1d9d891a, variant:"soft" }))},children)
    )
});
Button_button_22a1f0d18df1882730969d3283ad7a5b_7e72d645.displayName = "Button";
return Button_button_22a1f0d18df1882730969d3283ad7a5b_7e72d645;
})();

export const Button_button_a6e892d7a69b0d8e741bde6863c830c1_7e72d645 = /*#__PURE__*/ (() => {
const Button_button_a6e892d7a69b0d8e741bde6863c830c1_7e72d645 = memo(({children, ...rest}) => {
    const on_click_3454404abc203b5b8058abb6f7df7133 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____distributed_leads_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___leads___state____distributed_leads_state = useStateContext("reflex___state____state.portal___leads___state____distributed_leads_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__portal___leads___state____distributed_leads_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_3454404abc203b5b8058abb6f7df7133, variant:"soft" }))},children)
    )
});
Button_button_a6e892d7a69b0d8e741bde6863c830c1_7e72d645.displayName = "Button";
return Button_button_a6e892d7a69b0d8e741bde6863c830c1_7e72d645;
})();

export const Cond_comp_f247ec0381b5c4540e255e6efbb5d3ad_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_f247ec0381b5c4540e255e6efbb5d3ad_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____distributed_leads_state = useStateContext("reflex___state____state.portal___leads___state____distributed_leads_state")
    return(
        (reflex___state____state__portal___leads___state____distributed_leads_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f247ec0381b5c4540e255e6efbb5d3ad_7e72d645.displayName = "Cond";
return Cond_comp_f247ec0381b5c4540e255e6efbb5d3ad_7e72d645;
})();

export const Button_button_61d89d0273b956dabdd55a1f47bbdf52_7e72d645 = /*#__PURE__*/ (() => {
const Button_button_61d89d0273b956dabdd55a1f47bbdf52_7e72d645 = memo(({children, ...rest}) => {
    const on_click_b4becdf41965ff49087e5cce1a85c64c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____registered_leads_state.open_register", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b4becdf41965ff49087e5cce1a85c64c }))},children)
    )
});
Button_button_61d89d0273b956dabdd55a1f47bbdf52_7e72d645.displayName = "Button";
return Button_button_61d89d0273b956dabdd55a1f47bbdf52_7e72d645;
})();

export const Bare_comp_650ac4e38fe7438a739475a10ee3f6d1_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_650ac4e38fe7438a739475a10ee3f6d1_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (reflex___state____state__portal___leads___state____registered_leads_state.pii_required_rx_state_ ? "Register a lead you found. It is yours at once and waits for the supplier's approval." : "Register a lead you found. Email and phone are optional: you may register it without personal information.")
    )
});
Bare_comp_650ac4e38fe7438a739475a10ee3f6d1_7e72d645.displayName = "Bare";
return Bare_comp_650ac4e38fe7438a739475a10ee3f6d1_7e72d645;
})();

export const Bare_comp_fe3b0db77f5c3df2577d4f0e619cba77_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_fe3b0db77f5c3df2577d4f0e619cba77_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        reflex___state____state__portal___leads___state____registered_leads_state.form_error_rx_state_
    )
});
Bare_comp_fe3b0db77f5c3df2577d4f0e619cba77_7e72d645.displayName = "Bare";
return Bare_comp_fe3b0db77f5c3df2577d4f0e619cba77_7e72d645;
})();

export const Cond_comp_a93fdb1577b012c6d8e2daa8095b6046_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_a93fdb1577b012c6d8e2daa8095b6046_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (!((reflex___state____state__portal___leads___state____registered_leads_state.form_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a93fdb1577b012c6d8e2daa8095b6046_7e72d645.displayName = "Cond";
return Cond_comp_a93fdb1577b012c6d8e2daa8095b6046_7e72d645;
})();

export const Textfieldroot_textfield__root_9af1fd186f7af760e07dcfba4065e5f4_7e72d645 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_9af1fd186f7af760e07dcfba4065e5f4_7e72d645 = memo(({children, ...rest}) => {
    const ref_reg_company = useRef(null); refs["ref_reg_company"] = ref_reg_company;
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"reg_company", key:((JSON.stringify(reflex___state____state__portal___leads___state____registered_leads_state.form_version_rx_state_))+"company"), name:"company", ref:ref_reg_company, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_9af1fd186f7af760e07dcfba4065e5f4_7e72d645.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_9af1fd186f7af760e07dcfba4065e5f4_7e72d645;
})();

export const Bare_comp_582b1e3ca068cfeb99f91cc7a2173f33_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_582b1e3ca068cfeb99f91cc7a2173f33_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["company"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["company"] : "")
    )
});
Bare_comp_582b1e3ca068cfeb99f91cc7a2173f33_7e72d645.displayName = "Bare";
return Bare_comp_582b1e3ca068cfeb99f91cc7a2173f33_7e72d645;
})();

export const Cond_comp_e6a7f33d98acb29ef3f4216e39e94a4d_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_e6a7f33d98acb29ef3f4216e39e94a4d_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (!(((isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["company"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["company"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e6a7f33d98acb29ef3f4216e39e94a4d_7e72d645.displayName = "Cond";
return Cond_comp_e6a7f33d98acb29ef3f4216e39e94a4d_7e72d645;
})();

export const Bare_comp_ffef1884854b98ef2f1bf016e08fdb60_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_ffef1884854b98ef2f1bf016e08fdb60_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (reflex___state____state__portal___leads___state____registered_leads_state.pii_required_rx_state_ ? "First Name" : "First Name (optional)")
    )
});
Bare_comp_ffef1884854b98ef2f1bf016e08fdb60_7e72d645.displayName = "Bare";
return Bare_comp_ffef1884854b98ef2f1bf016e08fdb60_7e72d645;
})();

export const Textfieldroot_textfield__root_3a588d2fa1d43dc79194a8f4737983fb_7e72d645 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_3a588d2fa1d43dc79194a8f4737983fb_7e72d645 = memo(({children, ...rest}) => {
    const ref_reg_first_name = useRef(null); refs["ref_reg_first_name"] = ref_reg_first_name;
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"reg_first_name", key:((JSON.stringify(reflex___state____state__portal___leads___state____registered_leads_state.form_version_rx_state_))+"fn"), name:"first_name", ref:ref_reg_first_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_3a588d2fa1d43dc79194a8f4737983fb_7e72d645.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_3a588d2fa1d43dc79194a8f4737983fb_7e72d645;
})();

export const Bare_comp_cb0af4e4e32eb0e0f54713a18338b41f_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_cb0af4e4e32eb0e0f54713a18338b41f_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["first_name"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["first_name"] : "")
    )
});
Bare_comp_cb0af4e4e32eb0e0f54713a18338b41f_7e72d645.displayName = "Bare";
return Bare_comp_cb0af4e4e32eb0e0f54713a18338b41f_7e72d645;
})();

export const Cond_comp_75d21131c56a32a100b34ec4c2d1e22c_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_75d21131c56a32a100b34ec4c2d1e22c_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (!(((isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["first_name"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["first_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_75d21131c56a32a100b34ec4c2d1e22c_7e72d645.displayName = "Cond";
return Cond_comp_75d21131c56a32a100b34ec4c2d1e22c_7e72d645;
})();

export const Bare_comp_88f7237d446f4a27d03741fc5e672348_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_88f7237d446f4a27d03741fc5e672348_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (reflex___state____state__portal___leads___state____registered_leads_state.pii_required_rx_state_ ? "Last Name" : "Last Name (optional)")
    )
});
Bare_comp_88f7237d446f4a27d03741fc5e672348_7e72d645.displayName = "Bare";
return Bare_comp_88f7237d446f4a27d03741fc5e672348_7e72d645;
})();

export const Textfieldroot_textfield__root_0be5b397840c3248c334fddd5ef275a4_7e72d645 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_0be5b397840c3248c334fddd5ef275a4_7e72d645 = memo(({children, ...rest}) => {
    const ref_reg_last_name = useRef(null); refs["ref_reg_last_name"] = ref_reg_last_name;
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"reg_last_name", key:((JSON.stringify(reflex___state____state__portal___leads___state____registered_leads_state.form_version_rx_state_))+"ln"), name:"last_name", ref:ref_reg_last_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_0be5b397840c3248c334fddd5ef275a4_7e72d645.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_0be5b397840c3248c334fddd5ef275a4_7e72d645;
})();

export const Bare_comp_c1c123c416e2da2a0777fb058d34dc1b_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_c1c123c416e2da2a0777fb058d34dc1b_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["last_name"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["last_name"] : "")
    )
});
Bare_comp_c1c123c416e2da2a0777fb058d34dc1b_7e72d645.displayName = "Bare";
return Bare_comp_c1c123c416e2da2a0777fb058d34dc1b_7e72d645;
})();

export const Cond_comp_2d6b6e90992a8406443e8922a2f670f4_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_2d6b6e90992a8406443e8922a2f670f4_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (!(((isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["last_name"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["last_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2d6b6e90992a8406443e8922a2f670f4_7e72d645.displayName = "Cond";
return Cond_comp_2d6b6e90992a8406443e8922a2f670f4_7e72d645;
})();

export const Bare_comp_83f0a5cb61b4ead2403ee84677a32774_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_83f0a5cb61b4ead2403ee84677a32774_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (reflex___state____state__portal___leads___state____registered_leads_state.pii_required_rx_state_ ? "Email" : "Email (optional)")
    )
});
Bare_comp_83f0a5cb61b4ead2403ee84677a32774_7e72d645.displayName = "Bare";
return Bare_comp_83f0a5cb61b4ead2403ee84677a32774_7e72d645;
})();

export const Textfieldroot_textfield__root_0787d90977507f8a7961afa1c89a785b_7e72d645 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_0787d90977507f8a7961afa1c89a785b_7e72d645 = memo(({children, ...rest}) => {
    const ref_reg_email = useRef(null); refs["ref_reg_email"] = ref_reg_email;
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"reg_email", key:((JSON.stringify(reflex___state____state__portal___leads___state____registered_leads_state.form_version_rx_state_))+"em"), name:"email", ref:ref_reg_email, size:"3", type:"email" }))},)
    )
});
Textfieldroot_textfield__root_0787d90977507f8a7961afa1c89a785b_7e72d645.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_0787d90977507f8a7961afa1c89a785b_7e72d645;
})();

export const Bare_comp_33854341f62fdd24137890a2d53e2c23_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_33854341f62fdd24137890a2d53e2c23_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["email"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["email"] : "")
    )
});
Bare_comp_33854341f62fdd24137890a2d53e2c23_7e72d645.displayName = "Bare";
return Bare_comp_33854341f62fdd24137890a2d53e2c23_7e72d645;
})();

export const Cond_comp_97258d9d78a613e9a42f7238c9ac519f_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_97258d9d78a613e9a42f7238c9ac519f_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (!(((isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["email"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["email"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_97258d9d78a613e9a42f7238c9ac519f_7e72d645.displayName = "Cond";
return Cond_comp_97258d9d78a613e9a42f7238c9ac519f_7e72d645;
})();

export const Bare_comp_00e2b36b74d199ac766d93f5a161e049_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_00e2b36b74d199ac766d93f5a161e049_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (reflex___state____state__portal___leads___state____registered_leads_state.pii_required_rx_state_ ? "Phone" : "Phone (optional)")
    )
});
Bare_comp_00e2b36b74d199ac766d93f5a161e049_7e72d645.displayName = "Bare";
return Bare_comp_00e2b36b74d199ac766d93f5a161e049_7e72d645;
})();

export const Textfieldroot_textfield__root_40bcc6eefbfe7002cfd3000f4688855b_7e72d645 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_40bcc6eefbfe7002cfd3000f4688855b_7e72d645 = memo(({children, ...rest}) => {
    const ref_reg_phone = useRef(null); refs["ref_reg_phone"] = ref_reg_phone;
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"reg_phone", key:((JSON.stringify(reflex___state____state__portal___leads___state____registered_leads_state.form_version_rx_state_))+"ph"), name:"phone", ref:ref_reg_phone, size:"3", type:"tel" }))},)
    )
});
Textfieldroot_textfield__root_40bcc6eefbfe7002cfd3000f4688855b_7e72d645.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_40bcc6eefbfe7002cfd3000f4688855b_7e72d645;
})();

export const Bare_comp_08d32a32402f185cf2ee9911fc1f8de2_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_08d32a32402f185cf2ee9911fc1f8de2_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["phone"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["phone"] : "")
    )
});
Bare_comp_08d32a32402f185cf2ee9911fc1f8de2_7e72d645.displayName = "Bare";
return Bare_comp_08d32a32402f185cf2ee9911fc1f8de2_7e72d645;
})();

export const Cond_comp_d328bed5fa51e47084eae459da46fd97_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_d328bed5fa51e47084eae459da46fd97_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (!(((isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["phone"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["phone"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d328bed5fa51e47084eae459da46fd97_7e72d645.displayName = "Cond";
return Cond_comp_d328bed5fa51e47084eae459da46fd97_7e72d645;
})();

export const Textfieldroot_textfield__root_dcbf83155e81a687fcd0d68cc1bdba59_7e72d645 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_dcbf83155e81a687fcd0d68cc1bdba59_7e72d645 = memo(({children, ...rest}) => {
    const ref_reg_country = useRef(null); refs["ref_reg_country"] = ref_reg_country;
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"reg_country", key:((JSON.stringify(reflex___state____state__portal___leads___state____registered_leads_state.form_version_rx_state_))+"country"), name:"country", ref:ref_reg_country, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_dcbf83155e81a687fcd0d68cc1bdba59_7e72d645.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_dcbf83155e81a687fcd0d68cc1bdba59_7e72d645;
})();

export const Bare_comp_37e4d2d50d595fb05eeb043fe3aff656_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_37e4d2d50d595fb05eeb043fe3aff656_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["country"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["country"] : "")
    )
});
Bare_comp_37e4d2d50d595fb05eeb043fe3aff656_7e72d645.displayName = "Bare";
return Bare_comp_37e4d2d50d595fb05eeb043fe3aff656_7e72d645;
})();

export const Cond_comp_dfd13f427d6aa86bc9e160c7c3ce0ae5_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_dfd13f427d6aa86bc9e160c7c3ce0ae5_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (!(((isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["country"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["country"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_dfd13f427d6aa86bc9e160c7c3ce0ae5_7e72d645.displayName = "Cond";
return Cond_comp_dfd13f427d6aa86bc9e160c7c3ce0ae5_7e72d645;
})();

export const Textarea_textarea_31b18f8de0eefab142391939923ed765_7e72d645 = /*#__PURE__*/ (() => {
const Textarea_textarea_31b18f8de0eefab142391939923ed765_7e72d645 = memo(({children, ...rest}) => {
    const ref_reg_notes = useRef(null); refs["ref_reg_notes"] = ref_reg_notes;
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), id:"reg_notes", key:((JSON.stringify(reflex___state____state__portal___leads___state____registered_leads_state.form_version_rx_state_))+"notes"), name:"notes", placeholder:"The opportunity: products, size, timing", ref:ref_reg_notes, rows:"3" }))},)
    )
});
Textarea_textarea_31b18f8de0eefab142391939923ed765_7e72d645.displayName = "TextArea";
return Textarea_textarea_31b18f8de0eefab142391939923ed765_7e72d645;
})();

export const Bare_comp_025fccace7a8335e4b790ed87d4b9313_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_025fccace7a8335e4b790ed87d4b9313_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["notes"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["notes"] : "")
    )
});
Bare_comp_025fccace7a8335e4b790ed87d4b9313_7e72d645.displayName = "Bare";
return Bare_comp_025fccace7a8335e4b790ed87d4b9313_7e72d645;
})();

export const Cond_comp_5617708adcc7393657d5a98c96e3b75e_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_5617708adcc7393657d5a98c96e3b75e_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (!(((isTrue(reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["notes"]) ? reflex___state____state__portal___leads___state____registered_leads_state.form_errors_rx_state_?.["notes"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5617708adcc7393657d5a98c96e3b75e_7e72d645.displayName = "Cond";
return Cond_comp_5617708adcc7393657d5a98c96e3b75e_7e72d645;
})();

export const Form_root_0728bcbfc70bac196a9e1bee8a997fdb_7e72d645 = /*#__PURE__*/ (() => {
const Form_root_0728bcbfc70bac196a9e1bee8a997fdb_7e72d645 = memo(({children, ...rest}) => {
    
    const handleSubmit_c94e91335a88a926f8134e7af0f3bcca = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["reg_company"] : getRefValue(refs["ref_reg_company"]), ["reg_first_name"] : getRefValue(refs["ref_reg_first_name"]), ["reg_last_name"] : getRefValue(refs["ref_reg_last_name"]), ["reg_email"] : getRefValue(refs["ref_reg_email"]), ["reg_phone"] : getRefValue(refs["ref_reg_phone"]), ["reg_country"] : getRefValue(refs["ref_reg_country"]), ["reg_notes"] : getRefValue(refs["ref_reg_notes"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____registered_leads_state.register", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_c94e91335a88a926f8134e7af0f3bcca }))},children)
    )
});
Form_root_0728bcbfc70bac196a9e1bee8a997fdb_7e72d645.displayName = "Form";
return Form_root_0728bcbfc70bac196a9e1bee8a997fdb_7e72d645;
})();

export const Dialogroot_dialog__root_97311f0439ed12bb2a3f2c85e005cae0_7e72d645 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_97311f0439ed12bb2a3f2c85e005cae0_7e72d645 = memo(({children, ...rest}) => {
    const on_open_change_a80ab144c8a2e7f7213cfc29f5d7f408 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____registered_leads_state.set_register_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_a80ab144c8a2e7f7213cfc29f5d7f408, open:reflex___state____state__portal___leads___state____registered_leads_state.register_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_97311f0439ed12bb2a3f2c85e005cae0_7e72d645.displayName = "DialogRoot";
return Dialogroot_dialog__root_97311f0439ed12bb2a3f2c85e005cae0_7e72d645;
})();

export const Dynamicicon_dynamicicon_c71b9dbcac96b563f31a4ed8183dda95_7e72d645 = /*#__PURE__*/ (() => {
const Dynamicicon_dynamicicon_c71b9dbcac96b563f31a4ed8183dda95_7e72d645 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(DynamicIcon,{...mergeSlotProps(rest, ({ name:(reflex___state____state__portal___leads___state____registered_leads_state.notice_conflict_rx_state_ ? "triangle_alert" : "circle_check").replaceAll("_", "-") }))},)
    )
});
Dynamicicon_dynamicicon_c71b9dbcac96b563f31a4ed8183dda95_7e72d645.displayName = "DynamicIcon";
return Dynamicicon_dynamicicon_c71b9dbcac96b563f31a4ed8183dda95_7e72d645;
})();

export const Bare_comp_ab6abc1eacafbbb240962b5365bde127_7e72d645 = /*#__PURE__*/ (() => {
const Bare_comp_ab6abc1eacafbbb240962b5365bde127_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        reflex___state____state__portal___leads___state____registered_leads_state.notice_rx_state_
    )
});
Bare_comp_ab6abc1eacafbbb240962b5365bde127_7e72d645.displayName = "Bare";
return Bare_comp_ab6abc1eacafbbb240962b5365bde127_7e72d645;
})();

export const Calloutroot_callout__root_781f1948b10b695a3433f6a4f1fe83c5_7e72d645 = /*#__PURE__*/ (() => {
const Calloutroot_callout__root_781f1948b10b695a3433f6a4f1fe83c5_7e72d645 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesCallout.Root,{...mergeSlotProps(rest, ({ color:(reflex___state____state__portal___leads___state____registered_leads_state.notice_conflict_rx_state_ ? "amber" : "green"), css:({ ["icon"] : (reflex___state____state__portal___leads___state____registered_leads_state.notice_conflict_rx_state_ ? "triangle_alert" : "circle_check"), ["width"] : "100%", ["marginBottom"] : "0.5rem" }), role:"status" }))},children)
    )
});
Calloutroot_callout__root_781f1948b10b695a3433f6a4f1fe83c5_7e72d645.displayName = "CalloutRoot";
return Calloutroot_callout__root_781f1948b10b695a3433f6a4f1fe83c5_7e72d645;
})();

export const Cond_comp_879cf2b43b90cfe673da770a0f571328_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_879cf2b43b90cfe673da770a0f571328_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (!((reflex___state____state__portal___leads___state____registered_leads_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_879cf2b43b90cfe673da770a0f571328_7e72d645.displayName = "Cond";
return Cond_comp_879cf2b43b90cfe673da770a0f571328_7e72d645;
})();

export const Selectroot_select__root_1c9d30551babad437a3ff339a310c335_7e72d645 = /*#__PURE__*/ (() => {
const Selectroot_select__root_1c9d30551babad437a3ff339a310c335_7e72d645 = memo(({children, ...rest}) => {
    const on_change_76b26b08c78de36140c36c41e6356b41 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____registered_leads_state.set_status", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_76b26b08c78de36140c36c41e6356b41, value:reflex___state____state__portal___leads___state____registered_leads_state.status_rx_state_ }))},children)
    )
});
Selectroot_select__root_1c9d30551babad437a3ff339a310c335_7e72d645.displayName = "SelectRoot";
return Selectroot_select__root_1c9d30551babad437a3ff339a310c335_7e72d645;
})();

export const Foreach_comp_d144098efc46a6db4c734e1628021a4b_7e72d645 = /*#__PURE__*/ (() => {
const Foreach_comp_d144098efc46a6db4c734e1628021a4b_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___leads___state____registered_leads_state.rows_rx_state_ ?? [],((row_rx_state_,index_fee273295f41449b4f9f028defbb7b07)=>(jsx(RadixThemesTable.Row,{key:index_fee273295f41449b4f9f028defbb7b07},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),weight:"medium"},jsx(ReactRouterLink,{to:("/portal/leads/view?id="+row_rx_state_?.["id"])},(!((row_rx_state_?.["name"]?.valueOf?.() === ""?.valueOf?.())) ? row_rx_state_?.["name"] : row_rx_state_?.["company"])))),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["company"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["email"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["owner"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["created"]))))))
    )
});
Foreach_comp_d144098efc46a6db4c734e1628021a4b_7e72d645.displayName = "Foreach";
return Foreach_comp_d144098efc46a6db4c734e1628021a4b_7e72d645;
})();

export const Cond_comp_7b61f29dfbeff7b89f447f40db528449_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_7b61f29dfbeff7b89f447f40db528449_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (pyAnd(reflex___state____state__portal___leads___state____registered_leads_state.loaded_rx_state_, () => ((reflex___state____state__portal___leads___state____registered_leads_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7b61f29dfbeff7b89f447f40db528449_7e72d645.displayName = "Cond";
return Cond_comp_7b61f29dfbeff7b89f447f40db528449_7e72d645;
})();

export const Button_button_0617d9e4a1bade243dc04c269738fab0_7e72d645 = /*#__PURE__*/ (() => {
const Button_button_0617d9e4a1bade243dc04c269738fab0_7e72d645 = memo(({children, ...rest}) => {
    const on_click_fb1708849277047cc3e4a1cd72ffc1e2 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____registered_leads_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__portal___leads___state____registered_leads_state.cursors_rx_state_.length > 0)), onClick:on_click_fb1708849277047cc3e4a1cd72ffc1e2, variant:"soft" }))},children)
    )
});
Button_button_0617d9e4a1bade243dc04c269738fab0_7e72d645.displayName = "Button";
return Button_button_0617d9e4a1bade243dc04c269738fab0_7e72d645;
})();

export const Button_button_0f91c58662030a5cecd8bc76f45d528e_7e72d645 = /*#__PURE__*/ (() => {
const Button_button_0f91c58662030a5cecd8bc76f45d528e_7e72d645 = memo(({children, ...rest}) => {
    const on_click_1449bbf1720d4f95b6a94f1c2d4d15c1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___leads___state____registered_leads_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__portal___leads___state____registered_leads_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_1449bbf1720d4f95b6a94f1c2d4d15c1, variant:"soft" }))},children)
    )
});
Button_button_0f91c58662030a5cecd8bc76f45d528e_7e72d645.displayName = "Button";
return Button_button_0f91c58662030a5cecd8bc76f45d528e_7e72d645;
})();

export const Cond_comp_78cca40c5440d4aa2042f99aefb341db_7e72d645 = /*#__PURE__*/ (() => {
const Cond_comp_78cca40c5440d4aa2042f99aefb341db_7e72d645 = memo(({children}) => {
    const reflex___state____state__portal___leads___state____registered_leads_state = useStateContext("reflex___state____state.portal___leads___state____registered_leads_state")
    return(
        (reflex___state____state__portal___leads___state____registered_leads_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_78cca40c5440d4aa2042f99aefb341db_7e72d645.displayName = "Cond";
return Cond_comp_78cca40c5440d4aa2042f99aefb341db_7e72d645;
})();
