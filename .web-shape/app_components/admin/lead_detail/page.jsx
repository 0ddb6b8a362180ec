
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import {Link as ReactRouterLink} from "react-router"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_cf0abb75;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_cf0abb75;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_cf0abb75;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_cf0abb75;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_cf0abb75;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_cf0abb75;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_cf0abb75;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_cf0abb75;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_cf0abb75;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_cf0abb75;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_cf0abb75 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_cf0abb75.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_cf0abb75;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_cf0abb75 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_cf0abb75 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_cf0abb75.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_cf0abb75;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_cf0abb75 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_cf0abb75.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_cf0abb75;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_cf0abb75 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_cf0abb75.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_cf0abb75;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_cf0abb75 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_cf0abb75.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_cf0abb75;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_cf0abb75 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_cf0abb75.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_cf0abb75;
})();

export const Bare_comp_5e00a2cb248097adc9a7a3e9ca68d2b1_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_5e00a2cb248097adc9a7a3e9ca68d2b1_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (isTrue(reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["name"]) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["name"] : "Lead")
    )
});
Bare_comp_5e00a2cb248097adc9a7a3e9ca68d2b1_cf0abb75.displayName = "Bare";
return Bare_comp_5e00a2cb248097adc9a7a3e9ca68d2b1_cf0abb75;
})();

export const Bare_comp_dd8c823a0be03eeaea4eb117b6b8dafb_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_dd8c823a0be03eeaea4eb117b6b8dafb_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["company"]
    )
});
Bare_comp_dd8c823a0be03eeaea4eb117b6b8dafb_cf0abb75.displayName = "Bare";
return Bare_comp_dd8c823a0be03eeaea4eb117b6b8dafb_cf0abb75;
})();

export const Cond_comp_972380b73fa7fb9eb6e3eef837ce5844_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_972380b73fa7fb9eb6e3eef837ce5844_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["company"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_972380b73fa7fb9eb6e3eef837ce5844_cf0abb75.displayName = "Cond";
return Cond_comp_972380b73fa7fb9eb6e3eef837ce5844_cf0abb75;
})();

export const Bare_comp_e6b426034b2ac30eadafbb9b6454d9fa_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_e6b426034b2ac30eadafbb9b6454d9fa_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.not_found_rx_state_
    )
});
Bare_comp_e6b426034b2ac30eadafbb9b6454d9fa_cf0abb75.displayName = "Bare";
return Bare_comp_e6b426034b2ac30eadafbb9b6454d9fa_cf0abb75;
})();

export const Bare_comp_f25625ce5a5db54338f853a731d26a11_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_f25625ce5a5db54338f853a731d26a11_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["status"]
    )
});
Bare_comp_f25625ce5a5db54338f853a731d26a11_cf0abb75.displayName = "Bare";
return Bare_comp_f25625ce5a5db54338f853a731d26a11_cf0abb75;
})();

export const Badge_badge_84a1840b564ac45a48539743670bfe2d_cf0abb75 = /*#__PURE__*/ (() => {
const Badge_badge_84a1840b564ac45a48539743670bfe2d_cf0abb75 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:(() => { switch (JSON.stringify(reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(), radius:"full", variant:"soft" }))},children)
    )
});
Badge_badge_84a1840b564ac45a48539743670bfe2d_cf0abb75.displayName = "Badge";
return Badge_badge_84a1840b564ac45a48539743670bfe2d_cf0abb75;
})();

export const Bare_comp_66963597aeaa934e5a5ee2725e2ab2a1_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_66963597aeaa934e5a5ee2725e2ab2a1_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        ("since "+reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["status_since"])
    )
});
Bare_comp_66963597aeaa934e5a5ee2725e2ab2a1_cf0abb75.displayName = "Bare";
return Bare_comp_66963597aeaa934e5a5ee2725e2ab2a1_cf0abb75;
})();

export const Bare_comp_88a5aa8f2c9621db64ef7037d85a6d3b_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_88a5aa8f2c9621db64ef7037d85a6d3b_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        ((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["kind"]?.valueOf?.() === "Registered"?.valueOf?.()) ? ("Registration rejected: "+reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["rejection_reason"]) : ("Rejected by the partner: "+reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["rejection_reason"]))
    )
});
Bare_comp_88a5aa8f2c9621db64ef7037d85a6d3b_cf0abb75.displayName = "Bare";
return Bare_comp_88a5aa8f2c9621db64ef7037d85a6d3b_cf0abb75;
})();

export const Cond_comp_d126350957606e2225b8001fdfb3b1df_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_d126350957606e2225b8001fdfb3b1df_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["rejection_reason"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d126350957606e2225b8001fdfb3b1df_cf0abb75.displayName = "Cond";
return Cond_comp_d126350957606e2225b8001fdfb3b1df_cf0abb75;
})();

export const Foreach_comp_9d425ad888975832a25099986198c2ec_cf0abb75 = /*#__PURE__*/ (() => {
const Foreach_comp_9d425ad888975832a25099986198c2ec_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.conflicts_rx_state_ ?? [],((c_rx_state_,index_68cd6369d86283bb7af52d7138daf8ca)=>(jsx(RadixThemesTable.Row,{key:index_68cd6369d86283bb7af52d7138daf8ca},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),weight:"medium"},jsx(ReactRouterLink,{to:("/admin/leads/view?id="+c_rx_state_?.["id"])},c_rx_state_?.["name"]))),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["company"]),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["email"]),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["partner"]),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["kind"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(c_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},c_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["reason"])))))
    )
});
Foreach_comp_9d425ad888975832a25099986198c2ec_cf0abb75.displayName = "Foreach";
return Foreach_comp_9d425ad888975832a25099986198c2ec_cf0abb75;
})();

export const Cond_comp_a95061303701b6e355bd82b4f9752179_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_a95061303701b6e355bd82b4f9752179_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        ((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.conflicts_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a95061303701b6e355bd82b4f9752179_cf0abb75.displayName = "Cond";
return Cond_comp_a95061303701b6e355bd82b4f9752179_cf0abb75;
})();

export const Bare_comp_c3574c43038081e9a23cdae5fae69b34_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_c3574c43038081e9a23cdae5fae69b34_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["company"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["company"] : "\u2014")
    )
});
Bare_comp_c3574c43038081e9a23cdae5fae69b34_cf0abb75.displayName = "Bare";
return Bare_comp_c3574c43038081e9a23cdae5fae69b34_cf0abb75;
})();

export const Bare_comp_8ec8106105c909088c322468f6d41e66_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_8ec8106105c909088c322468f6d41e66_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["name"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["name"] : "\u2014")
    )
});
Bare_comp_8ec8106105c909088c322468f6d41e66_cf0abb75.displayName = "Bare";
return Bare_comp_8ec8106105c909088c322468f6d41e66_cf0abb75;
})();

export const Bare_comp_197d282787f26b55f887a08d992e8080_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_197d282787f26b55f887a08d992e8080_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["email"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["email"] : "\u2014")
    )
});
Bare_comp_197d282787f26b55f887a08d992e8080_cf0abb75.displayName = "Bare";
return Bare_comp_197d282787f26b55f887a08d992e8080_cf0abb75;
})();

export const Bare_comp_ff19f35c207d08d0417e6a10e07ccfda_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_ff19f35c207d08d0417e6a10e07ccfda_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["phone"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["phone"] : "\u2014")
    )
});
Bare_comp_ff19f35c207d08d0417e6a10e07ccfda_cf0abb75.displayName = "Bare";
return Bare_comp_ff19f35c207d08d0417e6a10e07ccfda_cf0abb75;
})();

export const Bare_comp_e967af7fe59af6260d6773ecc521d9ec_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_e967af7fe59af6260d6773ecc521d9ec_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["country"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["country"] : "\u2014")
    )
});
Bare_comp_e967af7fe59af6260d6773ecc521d9ec_cf0abb75.displayName = "Bare";
return Bare_comp_e967af7fe59af6260d6773ecc521d9ec_cf0abb75;
})();

export const Bare_comp_7f2f5868b313e88002cd9514f5a57c60_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_7f2f5868b313e88002cd9514f5a57c60_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["source_campaign"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["source_campaign"] : "\u2014")
    )
});
Bare_comp_7f2f5868b313e88002cd9514f5a57c60_cf0abb75.displayName = "Bare";
return Bare_comp_7f2f5868b313e88002cd9514f5a57c60_cf0abb75;
})();

export const Bare_comp_94399b61810b35ad2964e9b8454ab8e9_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_94399b61810b35ad2964e9b8454ab8e9_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["notes"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["notes"] : "\u2014")
    )
});
Bare_comp_94399b61810b35ad2964e9b8454ab8e9_cf0abb75.displayName = "Bare";
return Bare_comp_94399b61810b35ad2964e9b8454ab8e9_cf0abb75;
})();

export const Bare_comp_de79053c2b322863b186efd7d523e343_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_de79053c2b322863b186efd7d523e343_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["kind"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["kind"] : "\u2014")
    )
});
Bare_comp_de79053c2b322863b186efd7d523e343_cf0abb75.displayName = "Bare";
return Bare_comp_de79053c2b322863b186efd7d523e343_cf0abb75;
})();

export const Bare_comp_0009283f782ec3d00810ebbf1762fb9f_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_0009283f782ec3d00810ebbf1762fb9f_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["partner"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["partner"] : "\u2014")
    )
});
Bare_comp_0009283f782ec3d00810ebbf1762fb9f_cf0abb75.displayName = "Bare";
return Bare_comp_0009283f782ec3d00810ebbf1762fb9f_cf0abb75;
})();

export const Bare_comp_2c9468bb5aaf36e8b34b115dd2f03c8b_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_2c9468bb5aaf36e8b34b115dd2f03c8b_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["owner"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["owner"] : "\u2014")
    )
});
Bare_comp_2c9468bb5aaf36e8b34b115dd2f03c8b_cf0abb75.displayName = "Bare";
return Bare_comp_2c9468bb5aaf36e8b34b115dd2f03c8b_cf0abb75;
})();

export const Bare_comp_a7eec720da6005ca3aa639d9184d7e93_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_a7eec720da6005ca3aa639d9184d7e93_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["opportunity"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["opportunity"] : "\u2014")
    )
});
Bare_comp_a7eec720da6005ca3aa639d9184d7e93_cf0abb75.displayName = "Bare";
return Bare_comp_a7eec720da6005ca3aa639d9184d7e93_cf0abb75;
})();

export const Bare_comp_85974383435bd2202a701910652258b7_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_85974383435bd2202a701910652258b7_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["created"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["created"] : "\u2014")
    )
});
Bare_comp_85974383435bd2202a701910652258b7_cf0abb75.displayName = "Bare";
return Bare_comp_85974383435bd2202a701910652258b7_cf0abb75;
})();

export const Bare_comp_5c31bcc3347b8c6ab8e650dbbdf3b349_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_5c31bcc3347b8c6ab8e650dbbdf3b349_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["partner"]+" registered this lead. Approve it to let them work it, or reject it with a reason they will read.")
    )
});
Bare_comp_5c31bcc3347b8c6ab8e650dbbdf3b349_cf0abb75.displayName = "Bare";
return Bare_comp_5c31bcc3347b8c6ab8e650dbbdf3b349_cf0abb75;
})();

export const Bare_comp_a0ababc8a7c7b1f9fda8f122c36b7459_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_a0ababc8a7c7b1f9fda8f122c36b7459_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.decision_error_rx_state_
    )
});
Bare_comp_a0ababc8a7c7b1f9fda8f122c36b7459_cf0abb75.displayName = "Bare";
return Bare_comp_a0ababc8a7c7b1f9fda8f122c36b7459_cf0abb75;
})();

export const Cond_comp_0c9cbd168ecd3607856ca5852ad67431_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_0c9cbd168ecd3607856ca5852ad67431_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.decision_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0c9cbd168ecd3607856ca5852ad67431_cf0abb75.displayName = "Cond";
return Cond_comp_0c9cbd168ecd3607856ca5852ad67431_cf0abb75;
})();

export const Bare_comp_6acdd6ee8cd8bc3be6be465905ada328_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_6acdd6ee8cd8bc3be6be465905ada328_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.reason_error_rx_state_
    )
});
Bare_comp_6acdd6ee8cd8bc3be6be465905ada328_cf0abb75.displayName = "Bare";
return Bare_comp_6acdd6ee8cd8bc3be6be465905ada328_cf0abb75;
})();

export const Cond_comp_fbe5fb4ca3adb76ddd65d85ec6e84c9e_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_fbe5fb4ca3adb76ddd65d85ec6e84c9e_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.reason_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fbe5fb4ca3adb76ddd65d85ec6e84c9e_cf0abb75.displayName = "Cond";
return Cond_comp_fbe5fb4ca3adb76ddd65d85ec6e84c9e_cf0abb75;
})();

export const Button_button_9326813cd4fc3534b7abe3092289b9bd_cf0abb75 = /*#__PURE__*/ (() => {
const Button_button_9326813cd4fc3534b7abe3092289b9bd_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_14bb6af4ea44e4be97067c1e5ef8db03 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state.cancel_reject", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_14bb6af4ea44e4be97067c1e5ef8db03, type:"button", variant:"soft" }))},children)
    )
});
Button_button_9326813cd4fc3534b7abe3092289b9bd_cf0abb75.displayName = "Button";
return Button_button_9326813cd4fc3534b7abe3092289b9bd_cf0abb75;
})();

export const Form_root_d04e6dda5878bd4c6f77a1b7e634987d_cf0abb75 = /*#__PURE__*/ (() => {
const Form_root_d04e6dda5878bd4c6f77a1b7e634987d_cf0abb75 = memo(({children, ...rest}) => {
    
    const handleSubmit_13fb2561446a15dd8b07dc5e63661d17 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["registration_reason"] : getRefValue(refs["ref_registration_reason"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state.reject", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_13fb2561446a15dd8b07dc5e63661d17 }))},children)
    )
});
Form_root_d04e6dda5878bd4c6f77a1b7e634987d_cf0abb75.displayName = "Form";
return Form_root_d04e6dda5878bd4c6f77a1b7e634987d_cf0abb75;
})();

export const Button_button_d9e0f8bca02d74cc3b053ff2f24bf292_cf0abb75 = /*#__PURE__*/ (() => {
const Button_button_d9e0f8bca02d74cc3b053ff2f24bf292_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_961531cd5392f2126b790e2287283e63 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state.approve", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"green", onClick:on_click_961531cd5392f2126b790e2287283e63 }))},children)
    )
});
Button_button_d9e0f8bca02d74cc3b053ff2f24bf292_cf0abb75.displayName = "Button";
return Button_button_d9e0f8bca02d74cc3b053ff2f24bf292_cf0abb75;
})();

export const Button_button_262ca14bf70e2c54f57a8fa0dfd7fbce_cf0abb75 = /*#__PURE__*/ (() => {
const Button_button_262ca14bf70e2c54f57a8fa0dfd7fbce_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_30afd46d036595128b6aac047b7bfb12 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state.start_reject", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_30afd46d036595128b6aac047b7bfb12, variant:"soft" }))},children)
    )
});
Button_button_262ca14bf70e2c54f57a8fa0dfd7fbce_cf0abb75.displayName = "Button";
return Button_button_262ca14bf70e2c54f57a8fa0dfd7fbce_cf0abb75;
})();

export const Cond_comp_2257af5e7439a57e1ea3cd14f5f5ab02_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_2257af5e7439a57e1ea3cd14f5f5ab02_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.rejecting_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2257af5e7439a57e1ea3cd14f5f5ab02_cf0abb75.displayName = "Cond";
return Cond_comp_2257af5e7439a57e1ea3cd14f5f5ab02_cf0abb75;
})();

export const Bare_comp_12d727711acfc8a145a448835c86ebe1_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_12d727711acfc8a145a448835c86ebe1_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        ((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["partner"]?.valueOf?.() === "Unassigned"?.valueOf?.()) ? "Assign to a partner" : "Reassign to another partner")
    )
});
Bare_comp_12d727711acfc8a145a448835c86ebe1_cf0abb75.displayName = "Bare";
return Bare_comp_12d727711acfc8a145a448835c86ebe1_cf0abb75;
})();

export const Bare_comp_ca34acad25e58af91b5488a15a64075b_cf0abb75 = /*#__PURE__*/ (() => {
const Bare_comp_ca34acad25e58af91b5488a15a64075b_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.error_rx_state_
    )
});
Bare_comp_ca34acad25e58af91b5488a15a64075b_cf0abb75.displayName = "Bare";
return Bare_comp_ca34acad25e58af91b5488a15a64075b_cf0abb75;
})();

export const Cond_comp_445b4b3cd36d9e3b25a7d1dff7d2f78c_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_445b4b3cd36d9e3b25a7d1dff7d2f78c_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_445b4b3cd36d9e3b25a7d1dff7d2f78c_cf0abb75.displayName = "Cond";
return Cond_comp_445b4b3cd36d9e3b25a7d1dff7d2f78c_cf0abb75;
})();

export const Foreach_comp_f74ca35114bcdc9474e2783d0ee421e6_cf0abb75 = /*#__PURE__*/ (() => {
const Foreach_comp_f74ca35114bcdc9474e2783d0ee421e6_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.partners_rx_state_ ?? [],((p_rx_state_,index_fec06adf9ddafe2fd5341a2d3acb5a01)=>(jsx(RadixThemesSelect.Item,{key:index_fec06adf9ddafe2fd5341a2d3acb5a01,value:p_rx_state_?.["id"]},p_rx_state_?.["name"]))))
    )
});
Foreach_comp_f74ca35114bcdc9474e2783d0ee421e6_cf0abb75.displayName = "Foreach";
return Foreach_comp_f74ca35114bcdc9474e2783d0ee421e6_cf0abb75;
})();

export const Selectroot_select__root_2c3497d1aa7035d91826790c0f02af52_cf0abb75 = /*#__PURE__*/ (() => {
const Selectroot_select__root_2c3497d1aa7035d91826790c0f02af52_cf0abb75 = memo(({children, ...rest}) => {
    const on_change_ebddb4959cc2a80678d7245f596a2496 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state.set_assign_to", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_ebddb4959cc2a80678d7245f596a2496, value:reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.assign_to_rx_state_ }))},children)
    )
});
Selectroot_select__root_2c3497d1aa7035d91826790c0f02af52_cf0abb75.displayName = "SelectRoot";
return Selectroot_select__root_2c3497d1aa7035d91826790c0f02af52_cf0abb75;
})();

export const Button_button_957de8050e76cf24a709d6e18041b85e_cf0abb75 = /*#__PURE__*/ (() => {
const Button_button_957de8050e76cf24a709d6e18041b85e_cf0abb75 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.assign_to_rx_state_?.valueOf?.() === ""?.valueOf?.()), type:"submit" }))},children)
    )
});
Button_button_957de8050e76cf24a709d6e18041b85e_cf0abb75.displayName = "Button";
return Button_button_957de8050e76cf24a709d6e18041b85e_cf0abb75;
})();

export const Button_button_334b90c41bd0effffa197cb950ff6fd1_cf0abb75 = /*#__PURE__*/ (() => {
const Button_button_334b90c41bd0effffa197cb950ff6fd1_cf0abb75 = memo(({children, ...rest}) => {
    const on_click_bf2be9733037f0d284cd0cb348114831 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state.route_again", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_bf2be9733037f0d284cd0cb348114831, type:"button", variant:"soft" }))},children)
    )
});
Button_button_334b90c41bd0effffa197cb950ff6fd1_cf0abb75.displayName = "Button";
return Button_button_334b90c41bd0effffa197cb950ff6fd1_cf0abb75;
})();

export const Cond_comp_4c729ebc74a7cc00f6558a09158e2c73_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_4c729ebc74a7cc00f6558a09158e2c73_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        ((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["partner"]?.valueOf?.() === "Unassigned"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4c729ebc74a7cc00f6558a09158e2c73_cf0abb75.displayName = "Cond";
return Cond_comp_4c729ebc74a7cc00f6558a09158e2c73_cf0abb75;
})();

export const Form_root_ea7af3a90bf3add12ce18b26ffe7002a_cf0abb75 = /*#__PURE__*/ (() => {
const Form_root_ea7af3a90bf3add12ce18b26ffe7002a_cf0abb75 = memo(({children, ...rest}) => {
    
    const handleSubmit_19e646a63cf52e0d017ef6b6f8cece79 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["assign_note"] : getRefValue(refs["ref_assign_note"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state.assign", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_19e646a63cf52e0d017ef6b6f8cece79 }))},children)
    )
});
Form_root_ea7af3a90bf3add12ce18b26ffe7002a_cf0abb75.displayName = "Form";
return Form_root_ea7af3a90bf3add12ce18b26ffe7002a_cf0abb75;
})();

export const Cond_comp_1ba6dcbba552b6f7bfc069ae4794d04f_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_1ba6dcbba552b6f7bfc069ae4794d04f_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        ((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.lead_rx_state_?.["status"]?.valueOf?.() === "Pending Approval"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1ba6dcbba552b6f7bfc069ae4794d04f_cf0abb75.displayName = "Cond";
return Cond_comp_1ba6dcbba552b6f7bfc069ae4794d04f_cf0abb75;
})();

export const Foreach_comp_f33af2449e2c3fad5dee22736904b189_cf0abb75 = /*#__PURE__*/ (() => {
const Foreach_comp_f33af2449e2c3fad5dee22736904b189_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.events_rx_state_ ?? [],((e_rx_state_,index_4d818537b9a8bda1b7b1f17cf703392a)=>(jsx(RadixThemesTable.Row,{key:index_4d818537b9a8bda1b7b1f17cf703392a},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},e_rx_state_?.["at"])),jsx(RadixThemesTable.Cell,{},(() => { switch (JSON.stringify(e_rx_state_?.["field"])) {case JSON.stringify("created"):  return ("Created");  break;case JSON.stringify("status"):  return ("Status");  break;case JSON.stringify("partner"):  return ("Partner");  break;case JSON.stringify("owner"):  return ("Lead owner");  break;case JSON.stringify("opportunity"):  return ("Opportunity");  break;case JSON.stringify("routing"):  return ("Routing");  break;case JSON.stringify("reminder"):  return ("Reminder");  break;default:  return (e_rx_state_?.["field"]);  break;};})()),jsx(RadixThemesTable.Cell,{},(!((e_rx_state_?.["old"]?.valueOf?.() === ""?.valueOf?.())) ? ((e_rx_state_?.["old"]+" \u2192 ")+e_rx_state_?.["new"]) : e_rx_state_?.["new"])),jsx(RadixThemesTable.Cell,{},e_rx_state_?.["actor"]),jsx(RadixThemesTable.Cell,{},e_rx_state_?.["time_in_status"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},e_rx_state_?.["note"]))))))
    )
});
Foreach_comp_f33af2449e2c3fad5dee22736904b189_cf0abb75.displayName = "Foreach";
return Foreach_comp_f33af2449e2c3fad5dee22736904b189_cf0abb75;
})();

export const Cond_comp_ab3af59079dc94fb319420547525b9b8_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_ab3af59079dc94fb319420547525b9b8_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (!((reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.not_found_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ab3af59079dc94fb319420547525b9b8_cf0abb75.displayName = "Cond";
return Cond_comp_ab3af59079dc94fb319420547525b9b8_cf0abb75;
})();

export const Cond_comp_a5b9a9286f36c9f8fb18bed686c48902_cf0abb75 = /*#__PURE__*/ (() => {
const Cond_comp_a5b9a9286f36c9f8fb18bed686c48902_cf0abb75 = memo(({children}) => {
    const reflex___state____state__admin___lead_detail___state____admin_lead_detail_state = useStateContext("reflex___state____state.admin___lead_detail___state____admin_lead_detail_state")
    return(
        (reflex___state____state__admin___lead_detail___state____admin_lead_detail_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a5b9a9286f36c9f8fb18bed686c48902_cf0abb75.displayName = "Cond";
return Cond_comp_a5b9a9286f36c9f8fb18bed686c48902_cf0abb75;
})();
