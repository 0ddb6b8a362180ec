
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_1ce1ca39;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_1ce1ca39;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_1ce1ca39;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_1ce1ca39;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_1ce1ca39;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_1ce1ca39;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_1ce1ca39;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_1ce1ca39;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_1ce1ca39;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_1ce1ca39;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_1ce1ca39 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_1ce1ca39 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_1ce1ca39.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_1ce1ca39;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_1ce1ca39 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_1ce1ca39 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_1ce1ca39.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_1ce1ca39;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_1ce1ca39 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_1ce1ca39.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_1ce1ca39;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_1ce1ca39.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_1ce1ca39;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_1ce1ca39.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_1ce1ca39;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_1ce1ca39 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_1ce1ca39.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_1ce1ca39;
})();

export const Foreach_comp_b5c22c6ba28e57b89baebeb06ade0c45_1ce1ca39 = /*#__PURE__*/ (() => {
const Foreach_comp_b5c22c6ba28e57b89baebeb06ade0c45_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___pending___state____pending_partners_state.rows_rx_state_ ?? [],((row_rx_state_,index_304a15edf8c4e2034292bfe535557c1c)=>(jsx(RadixThemesTable.Row,{key:index_304a15edf8c4e2034292bfe535557c1c},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesButton,{css:({ ["weight"] : "medium", ["textAlign"] : "left", ["height"] : "auto", ["whiteSpace"] : "normal" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.open_request", ({ ["application_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"2",variant:"ghost"},row_rx_state_?.["company_name"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["contact_name"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["email"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["source"]),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},(!((row_rx_state_?.["domain_match"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"amber",variant:"soft"},("Matches "+row_rx_state_?.["domain_match"])))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",color:"gray"},"\u2014")))))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["created"]))))))
    )
});
Foreach_comp_b5c22c6ba28e57b89baebeb06ade0c45_1ce1ca39.displayName = "Foreach";
return Foreach_comp_b5c22c6ba28e57b89baebeb06ade0c45_1ce1ca39;
})();

export const Cond_comp_c130620de99c21b1a206073b1cd4944d_1ce1ca39 = /*#__PURE__*/ (() => {
const Cond_comp_c130620de99c21b1a206073b1cd4944d_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (pyAnd(reflex___state____state__admin___pending___state____pending_partners_state.loaded_rx_state_, () => ((reflex___state____state__admin___pending___state____pending_partners_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c130620de99c21b1a206073b1cd4944d_1ce1ca39.displayName = "Cond";
return Cond_comp_c130620de99c21b1a206073b1cd4944d_1ce1ca39;
})();

export const Button_button_12e13058455df7e1391980fac38d67a2_1ce1ca39 = /*#__PURE__*/ (() => {
const Button_button_12e13058455df7e1391980fac38d67a2_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_b4a1a50dcee72ccbcc3b46fcae8cb7fb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___pending___state____pending_partners_state.cursors_rx_state_.length > 0)), onClick:on_click_b4a1a50dcee72ccbcc3b46fcae8cb7fb, variant:"soft" }))},children)
    )
});
Button_button_12e13058455df7e1391980fac38d67a2_1ce1ca39.displayName = "Button";
return Button_button_12e13058455df7e1391980fac38d67a2_1ce1ca39;
})();

export const Button_button_ea85b58c8c99f13d9ce8c61c22d7a2c4_1ce1ca39 = /*#__PURE__*/ (() => {
const Button_button_ea85b58c8c99f13d9ce8c61c22d7a2c4_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_4944dbd31c9bc7a714440c165db8838e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___pending___state____pending_partners_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_4944dbd31c9bc7a714440c165db8838e, variant:"soft" }))},children)
    )
});
Button_button_ea85b58c8c99f13d9ce8c61c22d7a2c4_1ce1ca39.displayName = "Button";
return Button_button_ea85b58c8c99f13d9ce8c61c22d7a2c4_1ce1ca39;
})();

export const Bare_comp_fc9c4b7a92528bb551f7579e66485a58_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_fc9c4b7a92528bb551f7579e66485a58_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        ("Partner request: "+reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["company_name"])
    )
});
Bare_comp_fc9c4b7a92528bb551f7579e66485a58_1ce1ca39.displayName = "Bare";
return Bare_comp_fc9c4b7a92528bb551f7579e66485a58_1ce1ca39;
})();

export const Bare_comp_3ad32fcf455e6eea209d2e80f1f95ce2_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_3ad32fcf455e6eea209d2e80f1f95ce2_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        reflex___state____state__admin___pending___state____pending_partners_state.error_rx_state_
    )
});
Bare_comp_3ad32fcf455e6eea209d2e80f1f95ce2_1ce1ca39.displayName = "Bare";
return Bare_comp_3ad32fcf455e6eea209d2e80f1f95ce2_1ce1ca39;
})();

export const Cond_comp_9c761d5e71af13df54fae34a0bd696bc_1ce1ca39 = /*#__PURE__*/ (() => {
const Cond_comp_9c761d5e71af13df54fae34a0bd696bc_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (!((reflex___state____state__admin___pending___state____pending_partners_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9c761d5e71af13df54fae34a0bd696bc_1ce1ca39.displayName = "Cond";
return Cond_comp_9c761d5e71af13df54fae34a0bd696bc_1ce1ca39;
})();

export const Textfieldroot_textfield__root_cf760e108b2217374bb4768ac7e6c128_1ce1ca39 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_cf760e108b2217374bb4768ac7e6c128_1ce1ca39 = memo(({children, ...rest}) => {
    const ref_company_name = useRef(null); refs["ref_company_name"] = ref_company_name;
const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["company_name"], id:"company_name", key:((JSON.stringify(reflex___state____state__admin___pending___state____pending_partners_state.version_rx_state_))+"c"), name:"company_name", ref:ref_company_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_cf760e108b2217374bb4768ac7e6c128_1ce1ca39.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_cf760e108b2217374bb4768ac7e6c128_1ce1ca39;
})();

export const Bare_comp_5dca15d4d100fda13f30754fed0752da_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_5dca15d4d100fda13f30754fed0752da_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (isTrue(reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["company_name"]) ? reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["company_name"] : "")
    )
});
Bare_comp_5dca15d4d100fda13f30754fed0752da_1ce1ca39.displayName = "Bare";
return Bare_comp_5dca15d4d100fda13f30754fed0752da_1ce1ca39;
})();

export const Cond_comp_bcf345850ed0d2e851587f8d9485c7a8_1ce1ca39 = /*#__PURE__*/ (() => {
const Cond_comp_bcf345850ed0d2e851587f8d9485c7a8_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (!(((isTrue(reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["company_name"]) ? reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["company_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bcf345850ed0d2e851587f8d9485c7a8_1ce1ca39.displayName = "Cond";
return Cond_comp_bcf345850ed0d2e851587f8d9485c7a8_1ce1ca39;
})();

export const Textfieldroot_textfield__root_6d6bb85e610f4ede6060aebbe1fbe167_1ce1ca39 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_6d6bb85e610f4ede6060aebbe1fbe167_1ce1ca39 = memo(({children, ...rest}) => {
    const ref_first_name = useRef(null); refs["ref_first_name"] = ref_first_name;
const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["first_name"], id:"first_name", key:((JSON.stringify(reflex___state____state__admin___pending___state____pending_partners_state.version_rx_state_))+"f"), name:"first_name", ref:ref_first_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_6d6bb85e610f4ede6060aebbe1fbe167_1ce1ca39.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_6d6bb85e610f4ede6060aebbe1fbe167_1ce1ca39;
})();

export const Bare_comp_8a8b474a4b204aa4ede358da79919e77_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_8a8b474a4b204aa4ede358da79919e77_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (isTrue(reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["first_name"]) ? reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["first_name"] : "")
    )
});
Bare_comp_8a8b474a4b204aa4ede358da79919e77_1ce1ca39.displayName = "Bare";
return Bare_comp_8a8b474a4b204aa4ede358da79919e77_1ce1ca39;
})();

export const Cond_comp_0f46311694899b06dc41d59f36e8f59c_1ce1ca39 = /*#__PURE__*/ (() => {
const Cond_comp_0f46311694899b06dc41d59f36e8f59c_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (!(((isTrue(reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["first_name"]) ? reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["first_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0f46311694899b06dc41d59f36e8f59c_1ce1ca39.displayName = "Cond";
return Cond_comp_0f46311694899b06dc41d59f36e8f59c_1ce1ca39;
})();

export const Textfieldroot_textfield__root_c41ba219f17e130a1d03c99041ace43a_1ce1ca39 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_c41ba219f17e130a1d03c99041ace43a_1ce1ca39 = memo(({children, ...rest}) => {
    const ref_last_name = useRef(null); refs["ref_last_name"] = ref_last_name;
const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["last_name"], id:"last_name", key:((JSON.stringify(reflex___state____state__admin___pending___state____pending_partners_state.version_rx_state_))+"l"), name:"last_name", ref:ref_last_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_c41ba219f17e130a1d03c99041ace43a_1ce1ca39.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_c41ba219f17e130a1d03c99041ace43a_1ce1ca39;
})();

export const Bare_comp_269d0c492e542b4c4c045e50f8b0b5f5_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_269d0c492e542b4c4c045e50f8b0b5f5_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (isTrue(reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["last_name"]) ? reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["last_name"] : "")
    )
});
Bare_comp_269d0c492e542b4c4c045e50f8b0b5f5_1ce1ca39.displayName = "Bare";
return Bare_comp_269d0c492e542b4c4c045e50f8b0b5f5_1ce1ca39;
})();

export const Cond_comp_fc7a16fa16d5109b3a2f3f3e50a371af_1ce1ca39 = /*#__PURE__*/ (() => {
const Cond_comp_fc7a16fa16d5109b3a2f3f3e50a371af_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (!(((isTrue(reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["last_name"]) ? reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["last_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fc7a16fa16d5109b3a2f3f3e50a371af_1ce1ca39.displayName = "Cond";
return Cond_comp_fc7a16fa16d5109b3a2f3f3e50a371af_1ce1ca39;
})();

export const Button_button_efb889bfc0dc2018c61917c36fd56b79_1ce1ca39 = /*#__PURE__*/ (() => {
const Button_button_efb889bfc0dc2018c61917c36fd56b79_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_c8384d44ae7bd70d530f2a90d9ee5e97 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.set_mode", ({ ["mode"] : "review" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_c8384d44ae7bd70d530f2a90d9ee5e97, type:"button", variant:"soft" }))},children)
    )
});
Button_button_efb889bfc0dc2018c61917c36fd56b79_1ce1ca39.displayName = "Button";
return Button_button_efb889bfc0dc2018c61917c36fd56b79_1ce1ca39;
})();

export const Form_root_c24eef62035a51e177ec7ed1d9f95d1c_1ce1ca39 = /*#__PURE__*/ (() => {
const Form_root_c24eef62035a51e177ec7ed1d9f95d1c_1ce1ca39 = memo(({children, ...rest}) => {
    
    const handleSubmit_996c9591a4800b86a49bbd3fa4761971 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["company_name"] : getRefValue(refs["ref_company_name"]), ["first_name"] : getRefValue(refs["ref_first_name"]), ["last_name"] : getRefValue(refs["ref_last_name"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.save", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_996c9591a4800b86a49bbd3fa4761971 }))},children)
    )
});
Form_root_c24eef62035a51e177ec7ed1d9f95d1c_1ce1ca39.displayName = "Form";
return Form_root_c24eef62035a51e177ec7ed1d9f95d1c_1ce1ca39;
})();

export const Bare_comp_a15027ac1d51f1d87162b72da8e4de63_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_a15027ac1d51f1d87162b72da8e4de63_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (isTrue(reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["reason"]) ? reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["reason"] : "")
    )
});
Bare_comp_a15027ac1d51f1d87162b72da8e4de63_1ce1ca39.displayName = "Bare";
return Bare_comp_a15027ac1d51f1d87162b72da8e4de63_1ce1ca39;
})();

export const Cond_comp_f05e3d9f280e3ac13eb8cbe4145708e6_1ce1ca39 = /*#__PURE__*/ (() => {
const Cond_comp_f05e3d9f280e3ac13eb8cbe4145708e6_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (!(((isTrue(reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["reason"]) ? reflex___state____state__admin___pending___state____pending_partners_state.field_errors_rx_state_?.["reason"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f05e3d9f280e3ac13eb8cbe4145708e6_1ce1ca39.displayName = "Cond";
return Cond_comp_f05e3d9f280e3ac13eb8cbe4145708e6_1ce1ca39;
})();

export const Form_root_7f88865842877afafde331fafa9d399b_1ce1ca39 = /*#__PURE__*/ (() => {
const Form_root_7f88865842877afafde331fafa9d399b_1ce1ca39 = memo(({children, ...rest}) => {
    
    const handleSubmit_65f08d4b8aea08d51a1dc8d273de7d1f = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["reason"] : getRefValue(refs["ref_reason"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.reject", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_65f08d4b8aea08d51a1dc8d273de7d1f }))},children)
    )
});
Form_root_7f88865842877afafde331fafa9d399b_1ce1ca39.displayName = "Form";
return Form_root_7f88865842877afafde331fafa9d399b_1ce1ca39;
})();

export const Bare_comp_cf0c8a630997f23a115bdbe2b01bb592_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_cf0c8a630997f23a115bdbe2b01bb592_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["company_name"]
    )
});
Bare_comp_cf0c8a630997f23a115bdbe2b01bb592_1ce1ca39.displayName = "Bare";
return Bare_comp_cf0c8a630997f23a115bdbe2b01bb592_1ce1ca39;
})();

export const Bare_comp_7f93ccead8e78dbd0ba6678a2f7ca335_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_7f93ccead8e78dbd0ba6678a2f7ca335_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["contact_name"]
    )
});
Bare_comp_7f93ccead8e78dbd0ba6678a2f7ca335_1ce1ca39.displayName = "Bare";
return Bare_comp_7f93ccead8e78dbd0ba6678a2f7ca335_1ce1ca39;
})();

export const Bare_comp_0dca14da8a281f8b9e0a111a009c6c0d_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_0dca14da8a281f8b9e0a111a009c6c0d_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["email"]
    )
});
Bare_comp_0dca14da8a281f8b9e0a111a009c6c0d_1ce1ca39.displayName = "Bare";
return Bare_comp_0dca14da8a281f8b9e0a111a009c6c0d_1ce1ca39;
})();

export const Bare_comp_1497254689f862b8db7ce3386020a51c_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_1497254689f862b8db7ce3386020a51c_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["source"]
    )
});
Bare_comp_1497254689f862b8db7ce3386020a51c_1ce1ca39.displayName = "Bare";
return Bare_comp_1497254689f862b8db7ce3386020a51c_1ce1ca39;
})();

export const Bare_comp_557c2e40ab7cbd801e0e7e4a7cc9c0bb_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_557c2e40ab7cbd801e0e7e4a7cc9c0bb_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["created"]
    )
});
Bare_comp_557c2e40ab7cbd801e0e7e4a7cc9c0bb_1ce1ca39.displayName = "Bare";
return Bare_comp_557c2e40ab7cbd801e0e7e4a7cc9c0bb_1ce1ca39;
})();

export const Foreach_comp_6025ae5b9770724dd93482090e6c777a_1ce1ca39 = /*#__PURE__*/ (() => {
const Foreach_comp_6025ae5b9770724dd93482090e6c777a_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___pending___state____pending_partners_state.detail_custom_rx_state_ ?? [],((c_rx_state_,index_0c08ab0d1de2d1090ef1b636cdabf849)=>(jsx(Fragment,{key:index_0c08ab0d1de2d1090ef1b636cdabf849},jsx(RadixThemesText,{as:"p",color:"gray",size:"2"},c_rx_state_?.["label"]),jsx(RadixThemesText,{as:"p",size:"2"},c_rx_state_?.["value"])))))
    )
});
Foreach_comp_6025ae5b9770724dd93482090e6c777a_1ce1ca39.displayName = "Foreach";
return Foreach_comp_6025ae5b9770724dd93482090e6c777a_1ce1ca39;
})();

export const Bare_comp_d7b1450349ff77668f1c424a3c90ac53_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_d7b1450349ff77668f1c424a3c90ac53_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (((("The email domain matches the existing partner "+reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["domain_match"])+". Add this person as a new partner account, or as a user of ")+reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["domain_match"])+".")
    )
});
Bare_comp_d7b1450349ff77668f1c424a3c90ac53_1ce1ca39.displayName = "Bare";
return Bare_comp_d7b1450349ff77668f1c424a3c90ac53_1ce1ca39;
})();

export const Cond_comp_678cb12cec6c3151be025ad106f44d08_1ce1ca39 = /*#__PURE__*/ (() => {
const Cond_comp_678cb12cec6c3151be025ad106f44d08_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (!((reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["domain_match"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_678cb12cec6c3151be025ad106f44d08_1ce1ca39.displayName = "Cond";
return Cond_comp_678cb12cec6c3151be025ad106f44d08_1ce1ca39;
})();

export const Bare_comp_68c4aec95b4ecb6cd0e34f0031935ac8_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_68c4aec95b4ecb6cd0e34f0031935ac8_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (!((reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["domain_match"]?.valueOf?.() === ""?.valueOf?.())) ? "Approve as New Account" : "Approve")
    )
});
Bare_comp_68c4aec95b4ecb6cd0e34f0031935ac8_1ce1ca39.displayName = "Bare";
return Bare_comp_68c4aec95b4ecb6cd0e34f0031935ac8_1ce1ca39;
})();

export const Button_button_ca2efb58ac38e4eaedd5149f32310c41_1ce1ca39 = /*#__PURE__*/ (() => {
const Button_button_ca2efb58ac38e4eaedd5149f32310c41_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_66304d50ebf31373c20f080fe73bef59 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.approve", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"green", onClick:on_click_66304d50ebf31373c20f080fe73bef59 }))},children)
    )
});
Button_button_ca2efb58ac38e4eaedd5149f32310c41_1ce1ca39.displayName = "Button";
return Button_button_ca2efb58ac38e4eaedd5149f32310c41_1ce1ca39;
})();

export const Bare_comp_629e271d220a078553ad728f800e1180_1ce1ca39 = /*#__PURE__*/ (() => {
const Bare_comp_629e271d220a078553ad728f800e1180_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        ("Add as User of "+reflex___state____state__admin___pending___state____pending_partners_state.detail_rx_state_?.["domain_match"])
    )
});
Bare_comp_629e271d220a078553ad728f800e1180_1ce1ca39.displayName = "Bare";
return Bare_comp_629e271d220a078553ad728f800e1180_1ce1ca39;
})();

export const Button_button_cd88ba7e263708cbe335131e06c94a40_1ce1ca39 = /*#__PURE__*/ (() => {
const Button_button_cd88ba7e263708cbe335131e06c94a40_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_c521577e9e8f2190945fee4218308940 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.approve_into_existing", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"green", onClick:on_click_c521577e9e8f2190945fee4218308940, variant:"soft" }))},children)
    )
});
Button_button_cd88ba7e263708cbe335131e06c94a40_1ce1ca39.displayName = "Button";
return Button_button_cd88ba7e263708cbe335131e06c94a40_1ce1ca39;
})();

export const Button_button_314649323cd2f8e92ea9fe73aa268046_1ce1ca39 = /*#__PURE__*/ (() => {
const Button_button_314649323cd2f8e92ea9fe73aa268046_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_01d305b25efc1d90835ab2b3a6fff6cb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.set_mode", ({ ["mode"] : "edit" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_01d305b25efc1d90835ab2b3a6fff6cb, variant:"soft" }))},children)
    )
});
Button_button_314649323cd2f8e92ea9fe73aa268046_1ce1ca39.displayName = "Button";
return Button_button_314649323cd2f8e92ea9fe73aa268046_1ce1ca39;
})();

export const Button_button_4a2d265323202a5c9483718608f954b8_1ce1ca39 = /*#__PURE__*/ (() => {
const Button_button_4a2d265323202a5c9483718608f954b8_1ce1ca39 = memo(({children, ...rest}) => {
    const on_click_d8529871d5fddb76be3b1124c2ccad9a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.set_mode", ({ ["mode"] : "reject" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d8529871d5fddb76be3b1124c2ccad9a, variant:"soft" }))},children)
    )
});
Button_button_4a2d265323202a5c9483718608f954b8_1ce1ca39.displayName = "Button";
return Button_button_4a2d265323202a5c9483718608f954b8_1ce1ca39;
})();

export const Match_comp_45fb131dc6452099ee21c64ca338fe3c_1ce1ca39 = /*#__PURE__*/ (() => {
const Match_comp_45fb131dc6452099ee21c64ca338fe3c_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__admin___pending___state____pending_partners_state.mode_rx_state_)) {
    case JSON.stringify("edit"):
      return children?.at?.(0);
      break;
    case JSON.stringify("reject"):
      return children?.at?.(1);
      break;
    default:
      return children?.at?.(2);
      break;
  }
})()
    )
});
Match_comp_45fb131dc6452099ee21c64ca338fe3c_1ce1ca39.displayName = "Match";
return Match_comp_45fb131dc6452099ee21c64ca338fe3c_1ce1ca39;
})();

export const Dialogroot_dialog__root_bb3cd0209c5ec08ca9f1a9b3b89d8940_1ce1ca39 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_bb3cd0209c5ec08ca9f1a9b3b89d8940_1ce1ca39 = memo(({children, ...rest}) => {
    const on_open_change_0fbcce76450a891eaa86f04ca3328b47 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___pending___state____pending_partners_state.set_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_0fbcce76450a891eaa86f04ca3328b47, open:reflex___state____state__admin___pending___state____pending_partners_state.open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_bb3cd0209c5ec08ca9f1a9b3b89d8940_1ce1ca39.displayName = "DialogRoot";
return Dialogroot_dialog__root_bb3cd0209c5ec08ca9f1a9b3b89d8940_1ce1ca39;
})();

export const Cond_comp_10b4096b86ceb6773de2dae5754fff1c_1ce1ca39 = /*#__PURE__*/ (() => {
const Cond_comp_10b4096b86ceb6773de2dae5754fff1c_1ce1ca39 = memo(({children}) => {
    const reflex___state____state__admin___pending___state____pending_partners_state = useStateContext("reflex___state____state.admin___pending___state____pending_partners_state")
    return(
        (reflex___state____state__admin___pending___state____pending_partners_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_10b4096b86ceb6773de2dae5754fff1c_1ce1ca39.displayName = "Cond";
return Cond_comp_10b4096b86ceb6773de2dae5754fff1c_1ce1ca39;
})();
