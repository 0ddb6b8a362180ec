
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_15e32fd6 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.account_name_rx_state_
    )
});
Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_15e32fd6.displayName = "Bare";
return Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_15e32fd6;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_15e32fd6 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_15e32fd6.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_15e32fd6;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_15e32fd6 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_15e32fd6 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_15e32fd6.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_15e32fd6;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_15e32fd6 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_15e32fd6 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_15e32fd6.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_15e32fd6;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_15e32fd6 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_15e32fd6.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_15e32fd6;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_15e32fd6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_15e32fd6 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_15e32fd6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_15e32fd6;
})();

export const Bare_comp_5866468676a6d0b0deaca3f2077f61a1_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_5866468676a6d0b0deaca3f2077f61a1_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (isTrue(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["name"]) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["name"] : "Lead")
    )
});
Bare_comp_5866468676a6d0b0deaca3f2077f61a1_15e32fd6.displayName = "Bare";
return Bare_comp_5866468676a6d0b0deaca3f2077f61a1_15e32fd6;
})();

export const Bare_comp_c1cbc9fe3545365e8608295ea4010b94_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_c1cbc9fe3545365e8608295ea4010b94_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["company"]
    )
});
Bare_comp_c1cbc9fe3545365e8608295ea4010b94_15e32fd6.displayName = "Bare";
return Bare_comp_c1cbc9fe3545365e8608295ea4010b94_15e32fd6;
})();

export const Cond_comp_2107696430e5638500d3c8914a92e9f2_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_2107696430e5638500d3c8914a92e9f2_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["company"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2107696430e5638500d3c8914a92e9f2_15e32fd6.displayName = "Cond";
return Cond_comp_2107696430e5638500d3c8914a92e9f2_15e32fd6;
})();

export const Bare_comp_e453e5f43c77494604886a32c492e680_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_e453e5f43c77494604886a32c492e680_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.not_found_rx_state_
    )
});
Bare_comp_e453e5f43c77494604886a32c492e680_15e32fd6.displayName = "Bare";
return Bare_comp_e453e5f43c77494604886a32c492e680_15e32fd6;
})();

export const Bare_comp_6516ece2d6b5db111d025ebb955a61b3_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_6516ece2d6b5db111d025ebb955a61b3_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["status"]
    )
});
Bare_comp_6516ece2d6b5db111d025ebb955a61b3_15e32fd6.displayName = "Bare";
return Bare_comp_6516ece2d6b5db111d025ebb955a61b3_15e32fd6;
})();

export const Badge_badge_c672ae03e6e565ae4ae29bdf9aa66bb7_15e32fd6 = /*#__PURE__*/ (() => {
const Badge_badge_c672ae03e6e565ae4ae29bdf9aa66bb7_15e32fd6 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:(() => { switch (JSON.stringify(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(), radius:"full", variant:"soft" }))},children)
    )
});
Badge_badge_c672ae03e6e565ae4ae29bdf9aa66bb7_15e32fd6.displayName = "Badge";
return Badge_badge_c672ae03e6e565ae4ae29bdf9aa66bb7_15e32fd6;
})();

export const Bare_comp_1326698a7f33c3e45ddf00de3fc33ca5_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_1326698a7f33c3e45ddf00de3fc33ca5_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        ("since "+reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["status_since"])
    )
});
Bare_comp_1326698a7f33c3e45ddf00de3fc33ca5_15e32fd6.displayName = "Bare";
return Bare_comp_1326698a7f33c3e45ddf00de3fc33ca5_15e32fd6;
})();

export const Bare_comp_b0e9482afb5f49f6b386726218ddc06a_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_b0e9482afb5f49f6b386726218ddc06a_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["company"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["company"] : "\u2014")
    )
});
Bare_comp_b0e9482afb5f49f6b386726218ddc06a_15e32fd6.displayName = "Bare";
return Bare_comp_b0e9482afb5f49f6b386726218ddc06a_15e32fd6;
})();

export const Bare_comp_69732295d9d1d0881102efa525f8c69a_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_69732295d9d1d0881102efa525f8c69a_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["name"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["name"] : "\u2014")
    )
});
Bare_comp_69732295d9d1d0881102efa525f8c69a_15e32fd6.displayName = "Bare";
return Bare_comp_69732295d9d1d0881102efa525f8c69a_15e32fd6;
})();

export const Bare_comp_76d2342712860bbb34919445d90f6356_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_76d2342712860bbb34919445d90f6356_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["email"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["email"] : "\u2014")
    )
});
Bare_comp_76d2342712860bbb34919445d90f6356_15e32fd6.displayName = "Bare";
return Bare_comp_76d2342712860bbb34919445d90f6356_15e32fd6;
})();

export const Bare_comp_ebf0f3506cad75fe333f72ea6ef05479_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_ebf0f3506cad75fe333f72ea6ef05479_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["phone"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["phone"] : "\u2014")
    )
});
Bare_comp_ebf0f3506cad75fe333f72ea6ef05479_15e32fd6.displayName = "Bare";
return Bare_comp_ebf0f3506cad75fe333f72ea6ef05479_15e32fd6;
})();

export const Bare_comp_68ed5f032887112b4ad0c054c63cd4f0_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_68ed5f032887112b4ad0c054c63cd4f0_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["country"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["country"] : "\u2014")
    )
});
Bare_comp_68ed5f032887112b4ad0c054c63cd4f0_15e32fd6.displayName = "Bare";
return Bare_comp_68ed5f032887112b4ad0c054c63cd4f0_15e32fd6;
})();

export const Bare_comp_7a7311192d07048d0861d69b2c873df3_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_7a7311192d07048d0861d69b2c873df3_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["source_campaign"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["source_campaign"] : "\u2014")
    )
});
Bare_comp_7a7311192d07048d0861d69b2c873df3_15e32fd6.displayName = "Bare";
return Bare_comp_7a7311192d07048d0861d69b2c873df3_15e32fd6;
})();

export const Bare_comp_ee001a0d1effc15bdac852d54699b7c7_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_ee001a0d1effc15bdac852d54699b7c7_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["notes"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["notes"] : "\u2014")
    )
});
Bare_comp_ee001a0d1effc15bdac852d54699b7c7_15e32fd6.displayName = "Bare";
return Bare_comp_ee001a0d1effc15bdac852d54699b7c7_15e32fd6;
})();

export const Bare_comp_c302521b232f8fb6cabfad27db0b2c76_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_c302521b232f8fb6cabfad27db0b2c76_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["kind"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["kind"] : "\u2014")
    )
});
Bare_comp_c302521b232f8fb6cabfad27db0b2c76_15e32fd6.displayName = "Bare";
return Bare_comp_c302521b232f8fb6cabfad27db0b2c76_15e32fd6;
})();

export const Bare_comp_86f927572132e67f0bedf7b39feff4ef_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_86f927572132e67f0bedf7b39feff4ef_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["partner"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["partner"] : "\u2014")
    )
});
Bare_comp_86f927572132e67f0bedf7b39feff4ef_15e32fd6.displayName = "Bare";
return Bare_comp_86f927572132e67f0bedf7b39feff4ef_15e32fd6;
})();

export const Bare_comp_ef9c2ddea9e049e28161761eb2c9fe20_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_ef9c2ddea9e049e28161761eb2c9fe20_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["owner"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["owner"] : "\u2014")
    )
});
Bare_comp_ef9c2ddea9e049e28161761eb2c9fe20_15e32fd6.displayName = "Bare";
return Bare_comp_ef9c2ddea9e049e28161761eb2c9fe20_15e32fd6;
})();

export const Bare_comp_233df897b750d11e1a2a1ba8d703413e_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_233df897b750d11e1a2a1ba8d703413e_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["opportunity"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["opportunity"] : "\u2014")
    )
});
Bare_comp_233df897b750d11e1a2a1ba8d703413e_15e32fd6.displayName = "Bare";
return Bare_comp_233df897b750d11e1a2a1ba8d703413e_15e32fd6;
})();

export const Bare_comp_c8331854bbafd1c344960253f728a881_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_c8331854bbafd1c344960253f728a881_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["created"]?.valueOf?.() === ""?.valueOf?.())) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["created"] : "\u2014")
    )
});
Bare_comp_c8331854bbafd1c344960253f728a881_15e32fd6.displayName = "Bare";
return Bare_comp_c8331854bbafd1c344960253f728a881_15e32fd6;
})();

export const Bare_comp_f03ff9480558a795b2e9724654b5c06f_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_f03ff9480558a795b2e9724654b5c06f_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.error_rx_state_
    )
});
Bare_comp_f03ff9480558a795b2e9724654b5c06f_15e32fd6.displayName = "Bare";
return Bare_comp_f03ff9480558a795b2e9724654b5c06f_15e32fd6;
})();

export const Cond_comp_45bebdbc45e48c5608d28632ba476932_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_45bebdbc45e48c5608d28632ba476932_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_45bebdbc45e48c5608d28632ba476932_15e32fd6.displayName = "Cond";
return Cond_comp_45bebdbc45e48c5608d28632ba476932_15e32fd6;
})();

export const Bare_comp_7551b6f47e34326972fdaac5c0881076_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_7551b6f47e34326972fdaac5c0881076_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (isTrue(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["reason"]) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["reason"] : "")
    )
});
Bare_comp_7551b6f47e34326972fdaac5c0881076_15e32fd6.displayName = "Bare";
return Bare_comp_7551b6f47e34326972fdaac5c0881076_15e32fd6;
})();

export const Cond_comp_3a1414b875438ef96cdd82b83762fa3e_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_3a1414b875438ef96cdd82b83762fa3e_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!(((isTrue(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["reason"]) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["reason"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3a1414b875438ef96cdd82b83762fa3e_15e32fd6.displayName = "Cond";
return Cond_comp_3a1414b875438ef96cdd82b83762fa3e_15e32fd6;
})();

export const Button_button_03884ee83b030a57e4c341aca4abcf1a_15e32fd6 = /*#__PURE__*/ (() => {
const Button_button_03884ee83b030a57e4c341aca4abcf1a_15e32fd6 = memo(({children, ...rest}) => {
    const on_click_ac6f6173225b157ebba3906a2fd56b76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state.cancel_reject", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_ac6f6173225b157ebba3906a2fd56b76, type:"button", variant:"soft" }))},children)
    )
});
Button_button_03884ee83b030a57e4c341aca4abcf1a_15e32fd6.displayName = "Button";
return Button_button_03884ee83b030a57e4c341aca4abcf1a_15e32fd6;
})();

export const Form_root_1152cfdcbfa046419a8d56a04fbdc587_15e32fd6 = /*#__PURE__*/ (() => {
const Form_root_1152cfdcbfa046419a8d56a04fbdc587_15e32fd6 = memo(({children, ...rest}) => {
    
    const handleSubmit_90b8bb71a8b87683335d40c2f59f3195 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["reject_reason"] : getRefValue(refs["ref_reject_reason"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state.reject", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_90b8bb71a8b87683335d40c2f59f3195 }))},children)
    )
});
Form_root_1152cfdcbfa046419a8d56a04fbdc587_15e32fd6.displayName = "Form";
return Form_root_1152cfdcbfa046419a8d56a04fbdc587_15e32fd6;
})();

export const Button_button_abded6db84811c03d3d03a69a168d526_15e32fd6 = /*#__PURE__*/ (() => {
const Button_button_abded6db84811c03d3d03a69a168d526_15e32fd6 = memo(({children, ...rest}) => {
    const on_click_a34625f556aa906b562fed5bc1a7b5cb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state.accept", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"green", onClick:on_click_a34625f556aa906b562fed5bc1a7b5cb }))},children)
    )
});
Button_button_abded6db84811c03d3d03a69a168d526_15e32fd6.displayName = "Button";
return Button_button_abded6db84811c03d3d03a69a168d526_15e32fd6;
})();

export const Button_button_27775a41b94775a36caca8ee6fabd9c9_15e32fd6 = /*#__PURE__*/ (() => {
const Button_button_27775a41b94775a36caca8ee6fabd9c9_15e32fd6 = memo(({children, ...rest}) => {
    const on_click_e7956852f3bd0a8b9b82453a805c95e4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state.start_reject", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_e7956852f3bd0a8b9b82453a805c95e4, variant:"soft" }))},children)
    )
});
Button_button_27775a41b94775a36caca8ee6fabd9c9_15e32fd6.displayName = "Button";
return Button_button_27775a41b94775a36caca8ee6fabd9c9_15e32fd6;
})();

export const Cond_comp_40f79a8ebda1052467a50b0dadc305e0_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_40f79a8ebda1052467a50b0dadc305e0_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.rejecting_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_40f79a8ebda1052467a50b0dadc305e0_15e32fd6.displayName = "Cond";
return Cond_comp_40f79a8ebda1052467a50b0dadc305e0_15e32fd6;
})();

export const Bare_comp_037a92221f8dbc0a2d5181a366e2b80c_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_037a92221f8dbc0a2d5181a366e2b80c_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        ((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["kind"]?.valueOf?.() === "Registered"?.valueOf?.()) ? ("The supplier rejected this registration: "+reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["rejection_reason"]) : ("You rejected this lead: "+reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["rejection_reason"]))
    )
});
Bare_comp_037a92221f8dbc0a2d5181a366e2b80c_15e32fd6.displayName = "Bare";
return Bare_comp_037a92221f8dbc0a2d5181a366e2b80c_15e32fd6;
})();

export const Selectroot_select__root_0e10c7e1eca16d8981c1e66ad2109a0d_15e32fd6 = /*#__PURE__*/ (() => {
const Selectroot_select__root_0e10c7e1eca16d8981c1e66ad2109a0d_15e32fd6 = memo(({children, ...rest}) => {
    const on_change_cefb0a8fd71b4fdc1d86848c59a34a97 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state.set_progress_status", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_cefb0a8fd71b4fdc1d86848c59a34a97, value:reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.progress_status_rx_state_ }))},children)
    )
});
Selectroot_select__root_0e10c7e1eca16d8981c1e66ad2109a0d_15e32fd6.displayName = "SelectRoot";
return Selectroot_select__root_0e10c7e1eca16d8981c1e66ad2109a0d_15e32fd6;
})();

export const Textfieldroot_textfield__root_4d5932a3a600c38a61f463d6305443c0_15e32fd6 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_4d5932a3a600c38a61f463d6305443c0_15e32fd6 = memo(({children, ...rest}) => {
    const ref_opportunity_amount = useRef(null); refs["ref_opportunity_amount"] = ref_opportunity_amount;
const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["inputmode"] : "decimal" }), defaultValue:reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["opportunity_amount"], id:"opportunity_amount", key:((JSON.stringify(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.version_rx_state_))+"a"), name:"opportunity_amount", ref:ref_opportunity_amount, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_4d5932a3a600c38a61f463d6305443c0_15e32fd6.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_4d5932a3a600c38a61f463d6305443c0_15e32fd6;
})();

export const Bare_comp_d97b5bf9ed9edffb9d99d02398b8ab33_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_d97b5bf9ed9edffb9d99d02398b8ab33_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (isTrue(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["opportunity_amount"]) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["opportunity_amount"] : "")
    )
});
Bare_comp_d97b5bf9ed9edffb9d99d02398b8ab33_15e32fd6.displayName = "Bare";
return Bare_comp_d97b5bf9ed9edffb9d99d02398b8ab33_15e32fd6;
})();

export const Cond_comp_2ec9a662467ddf171117a560f9d9c8cd_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_2ec9a662467ddf171117a560f9d9c8cd_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!(((isTrue(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["opportunity_amount"]) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["opportunity_amount"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2ec9a662467ddf171117a560f9d9c8cd_15e32fd6.displayName = "Cond";
return Cond_comp_2ec9a662467ddf171117a560f9d9c8cd_15e32fd6;
})();

export const Textfieldroot_textfield__root_01c0c9c634c242e58854ae7b5b556726_15e32fd6 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_01c0c9c634c242e58854ae7b5b556726_15e32fd6 = memo(({children, ...rest}) => {
    const ref_opportunity_stage = useRef(null); refs["ref_opportunity_stage"] = ref_opportunity_stage;
const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["opportunity_stage"], id:"opportunity_stage", key:((JSON.stringify(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.version_rx_state_))+"s"), name:"opportunity_stage", ref:ref_opportunity_stage, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_01c0c9c634c242e58854ae7b5b556726_15e32fd6.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_01c0c9c634c242e58854ae7b5b556726_15e32fd6;
})();

export const Bare_comp_3de579b7a395caf126c30fea39aec2e4_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_3de579b7a395caf126c30fea39aec2e4_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (isTrue(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["opportunity_stage"]) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["opportunity_stage"] : "")
    )
});
Bare_comp_3de579b7a395caf126c30fea39aec2e4_15e32fd6.displayName = "Bare";
return Bare_comp_3de579b7a395caf126c30fea39aec2e4_15e32fd6;
})();

export const Cond_comp_a7de3d72105ea02caee055fd8b2bfe84_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_a7de3d72105ea02caee055fd8b2bfe84_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!(((isTrue(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["opportunity_stage"]) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["opportunity_stage"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a7de3d72105ea02caee055fd8b2bfe84_15e32fd6.displayName = "Cond";
return Cond_comp_a7de3d72105ea02caee055fd8b2bfe84_15e32fd6;
})();

export const Textfieldroot_textfield__root_271bd35b6811d2deaa5c2de8d0a604d1_15e32fd6 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_271bd35b6811d2deaa5c2de8d0a604d1_15e32fd6 = memo(({children, ...rest}) => {
    const ref_close_date = useRef(null); refs["ref_close_date"] = ref_close_date;
const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["close_date"], id:"close_date", key:((JSON.stringify(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.version_rx_state_))+"d"), name:"close_date", ref:ref_close_date, size:"3", type:"date" }))},)
    )
});
Textfieldroot_textfield__root_271bd35b6811d2deaa5c2de8d0a604d1_15e32fd6.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_271bd35b6811d2deaa5c2de8d0a604d1_15e32fd6;
})();

export const Bare_comp_848e86dab37542349aacec1608c346b0_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_848e86dab37542349aacec1608c346b0_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (isTrue(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["close_date"]) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["close_date"] : "")
    )
});
Bare_comp_848e86dab37542349aacec1608c346b0_15e32fd6.displayName = "Bare";
return Bare_comp_848e86dab37542349aacec1608c346b0_15e32fd6;
})();

export const Cond_comp_9f0fbe60486fdfc7622a025755def28d_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_9f0fbe60486fdfc7622a025755def28d_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!(((isTrue(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["close_date"]) ? reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.field_errors_rx_state_?.["close_date"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9f0fbe60486fdfc7622a025755def28d_15e32fd6.displayName = "Cond";
return Cond_comp_9f0fbe60486fdfc7622a025755def28d_15e32fd6;
})();

export const Form_root_ff89c393461c973288d0c555eac27f18_15e32fd6 = /*#__PURE__*/ (() => {
const Form_root_ff89c393461c973288d0c555eac27f18_15e32fd6 = memo(({children, ...rest}) => {
    
    const handleSubmit_ec3390526732a094f9271fecd5e56561 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["opportunity_amount"] : getRefValue(refs["ref_opportunity_amount"]), ["opportunity_stage"] : getRefValue(refs["ref_opportunity_stage"]), ["close_date"] : getRefValue(refs["ref_close_date"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state.save_progress", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ec3390526732a094f9271fecd5e56561 }))},children)
    )
});
Form_root_ff89c393461c973288d0c555eac27f18_15e32fd6.displayName = "Form";
return Form_root_ff89c393461c973288d0c555eac27f18_15e32fd6;
})();

export const Match_comp_6d99649e5a0aa7be09b6c28a7eae3ef6_15e32fd6 = /*#__PURE__*/ (() => {
const Match_comp_6d99649e5a0aa7be09b6c28a7eae3ef6_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.lead_rx_state_?.["status"])) {
    case JSON.stringify("New"):
      return children?.at?.(0);
      break;
    case JSON.stringify("Pending Approval"):
      return children?.at?.(1);
      break;
    case JSON.stringify("Rejected"):
      return children?.at?.(2);
      break;
    case JSON.stringify("Recalled"):
      return children?.at?.(3);
      break;
    default:
      return children?.at?.(4);
      break;
  }
})()
    )
});
Match_comp_6d99649e5a0aa7be09b6c28a7eae3ef6_15e32fd6.displayName = "Match";
return Match_comp_6d99649e5a0aa7be09b6c28a7eae3ef6_15e32fd6;
})();

export const Foreach_comp_ff65665b25f19b69814b50ecb80b34e5_15e32fd6 = /*#__PURE__*/ (() => {
const Foreach_comp_ff65665b25f19b69814b50ecb80b34e5_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.users_rx_state_ ?? [],((u_rx_state_,index_fec06adf9ddafe2fd5341a2d3acb5a01)=>(jsx(RadixThemesSelect.Item,{key:index_fec06adf9ddafe2fd5341a2d3acb5a01,value:u_rx_state_?.["id"]},u_rx_state_?.["name"]))))
    )
});
Foreach_comp_ff65665b25f19b69814b50ecb80b34e5_15e32fd6.displayName = "Foreach";
return Foreach_comp_ff65665b25f19b69814b50ecb80b34e5_15e32fd6;
})();

export const Selectroot_select__root_40300678696c7d751ca899195a3ccdcd_15e32fd6 = /*#__PURE__*/ (() => {
const Selectroot_select__root_40300678696c7d751ca899195a3ccdcd_15e32fd6 = memo(({children, ...rest}) => {
    const on_change_67b9379660fd23218f6be12ccf6c9e98 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state.set_owner_choice", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_67b9379660fd23218f6be12ccf6c9e98, value:reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.owner_choice_rx_state_ }))},children)
    )
});
Selectroot_select__root_40300678696c7d751ca899195a3ccdcd_15e32fd6.displayName = "SelectRoot";
return Selectroot_select__root_40300678696c7d751ca899195a3ccdcd_15e32fd6;
})();

export const Button_button_2ce1fd9b79b4a0062e015da34c1c1d77_15e32fd6 = /*#__PURE__*/ (() => {
const Button_button_2ce1fd9b79b4a0062e015da34c1c1d77_15e32fd6 = memo(({children, ...rest}) => {
    const on_click_c22dc6cf602a0300159e3cb004188fde = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state.save_owner", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_c22dc6cf602a0300159e3cb004188fde, variant:"soft" }))},children)
    )
});
Button_button_2ce1fd9b79b4a0062e015da34c1c1d77_15e32fd6.displayName = "Button";
return Button_button_2ce1fd9b79b4a0062e015da34c1c1d77_15e32fd6;
})();

export const Cond_comp_620dca9201feb1c65cc49fee1c7180b8_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_620dca9201feb1c65cc49fee1c7180b8_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.is_partner_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_620dca9201feb1c65cc49fee1c7180b8_15e32fd6.displayName = "Cond";
return Cond_comp_620dca9201feb1c65cc49fee1c7180b8_15e32fd6;
})();

export const Foreach_comp_a0d408cead50db9e988c24dec5310ba0_15e32fd6 = /*#__PURE__*/ (() => {
const Foreach_comp_a0d408cead50db9e988c24dec5310ba0_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.events_rx_state_ ?? [],((e_rx_state_,index_4d818537b9a8bda1b7b1f17cf703392a)=>(jsx(RadixThemesTable.Row,{key:index_4d818537b9a8bda1b7b1f17cf703392a},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},e_rx_state_?.["at"])),jsx(RadixThemesTable.Cell,{},(() => { switch (JSON.stringify(e_rx_state_?.["field"])) {case JSON.stringify("created"):  return ("Created");  break;case JSON.stringify("status"):  return ("Status");  break;case JSON.stringify("partner"):  return ("Partner");  break;case JSON.stringify("owner"):  return ("Lead owner");  break;case JSON.stringify("opportunity"):  return ("Opportunity");  break;case JSON.stringify("routing"):  return ("Routing");  break;case JSON.stringify("reminder"):  return ("Reminder");  break;default:  return (e_rx_state_?.["field"]);  break;};})()),jsx(RadixThemesTable.Cell,{},(!((e_rx_state_?.["old"]?.valueOf?.() === ""?.valueOf?.())) ? ((e_rx_state_?.["old"]+" \u2192 ")+e_rx_state_?.["new"]) : e_rx_state_?.["new"])),jsx(RadixThemesTable.Cell,{},e_rx_state_?.["actor"]),jsx(RadixThemesTable.Cell,{},e_rx_state_?.["time_in_status"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},e_rx_state_?.["note"]))))))
    )
});
Foreach_comp_a0d408cead50db9e988c24dec5310ba0_15e32fd6.displayName = "Foreach";
return Foreach_comp_a0d408cead50db9e988c24dec5310ba0_15e32fd6;
})();

export const Cond_comp_d754749b22df20f818034536dce89836_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_d754749b22df20f818034536dce89836_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (!((reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.not_found_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d754749b22df20f818034536dce89836_15e32fd6.displayName = "Cond";
return Cond_comp_d754749b22df20f818034536dce89836_15e32fd6;
})();

export const Cond_comp_b981217305ac6f7cb847434127e404ab_15e32fd6 = /*#__PURE__*/ (() => {
const Cond_comp_b981217305ac6f7cb847434127e404ab_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___lead_detail___state____portal_lead_detail_state = useStateContext("reflex___state____state.portal___lead_detail___state____portal_lead_detail_state")
    return(
        (reflex___state____state__portal___lead_detail___state____portal_lead_detail_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b981217305ac6f7cb847434127e404ab_15e32fd6.displayName = "Cond";
return Cond_comp_b981217305ac6f7cb847434127e404ab_15e32fd6;
})();

export const Bare_comp_00bf96ea97ad53747f05970981777ced_15e32fd6 = /*#__PURE__*/ (() => {
const Bare_comp_00bf96ea97ad53747f05970981777ced_15e32fd6 = memo(({children}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["title"]
    )
});
Bare_comp_00bf96ea97ad53747f05970981777ced_15e32fd6.displayName = "Bare";
return Bare_comp_00bf96ea97ad53747f05970981777ced_15e32fd6;
})();

export const Html_div_3a69dcd7017865310b6696d6a9e738ba_15e32fd6 = /*#__PURE__*/ (() => {
const Html_div_3a69dcd7017865310b6696d6a9e738ba_15e32fd6 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx("div",{...mergeSlotProps(rest, ({ className:"rx-Html", dangerouslySetInnerHTML:({ ["__html"] : reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["body_html"] }) }))},)
    )
});
Html_div_3a69dcd7017865310b6696d6a9e738ba_15e32fd6.displayName = "Html";
return Html_div_3a69dcd7017865310b6696d6a9e738ba_15e32fd6;
})();

export const Button_button_5409b7575752b2ba28ca56ed0880726d_15e32fd6 = /*#__PURE__*/ (() => {
const Button_button_5409b7575752b2ba28ca56ed0880726d_15e32fd6 = memo(({children, ...rest}) => {
    const on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.later", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49, variant:"soft" }))},children)
    )
});
Button_button_5409b7575752b2ba28ca56ed0880726d_15e32fd6.displayName = "Button";
return Button_button_5409b7575752b2ba28ca56ed0880726d_15e32fd6;
})();

export const Button_button_53a3e39e688b3b55fcadd93546e681ae_15e32fd6 = /*#__PURE__*/ (() => {
const Button_button_53a3e39e688b3b55fcadd93546e681ae_15e32fd6 = memo(({children, ...rest}) => {
    const on_click_e6b13249cd78c80e9d7fe2a4ae364570 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.mark_read", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_e6b13249cd78c80e9d7fe2a4ae364570 }))},children)
    )
});
Button_button_53a3e39e688b3b55fcadd93546e681ae_15e32fd6.displayName = "Button";
return Button_button_53a3e39e688b3b55fcadd93546e681ae_15e32fd6;
})();

export const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_15e32fd6 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_15e32fd6 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ open:(reflex___state____state__portal___popups___state____popup_state.queue_rx_state_.length > 0) }))},children)
    )
});
Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_15e32fd6.displayName = "DialogRoot";
return Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_15e32fd6;
})();
