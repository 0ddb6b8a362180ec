
import {ReflexEvent,applyEventActions,isNotNullOrUndefined,isTrue,mergeSlotProps,pyStrAt,refs} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Card as RadixThemesCard,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Progress as RadixThemesProgress,Switch as RadixThemesSwitch,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideUsers from "lucide-react/dist/esm/icons/users.mjs"
import LucideUserCog from "lucide-react/dist/esm/icons/user-cog.mjs"
import LucideCheck from "lucide-react/dist/esm/icons/check.mjs"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideCircle from "lucide-react/dist/esm/icons/circle.mjs"
import DebounceInput from "react-debounce-input"








export const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.account_name_rx_state_
    )
});
Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_ae6fc1f6.displayName = "Bare";
return Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_ae6fc1f6;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_ae6fc1f6 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_ae6fc1f6.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_ae6fc1f6;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_ae6fc1f6 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_ae6fc1f6 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_ae6fc1f6.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_ae6fc1f6;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_ae6fc1f6 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_ae6fc1f6 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_ae6fc1f6.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_ae6fc1f6;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_ae6fc1f6.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_ae6fc1f6;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_ae6fc1f6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_ae6fc1f6 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_ae6fc1f6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_ae6fc1f6;
})();

export const Bare_comp_0533a1697ea9a2047445e7463a601224_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_0533a1697ea9a2047445e7463a601224_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        reflex___state____state__portal___home___state____portal_home_state.program_name_rx_state_
    )
});
Bare_comp_0533a1697ea9a2047445e7463a601224_ae6fc1f6.displayName = "Bare";
return Bare_comp_0533a1697ea9a2047445e7463a601224_ae6fc1f6;
})();

export const Bare_comp_15b44f1cd09ae4def3cbdbfc2e3cbd0e_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_15b44f1cd09ae4def3cbdbfc2e3cbd0e_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        ("Welcome back, "+reflex___state____state__portal___home___state____portal_home_state.first_name_rx_state_)
    )
});
Bare_comp_15b44f1cd09ae4def3cbdbfc2e3cbd0e_ae6fc1f6.displayName = "Bare";
return Bare_comp_15b44f1cd09ae4def3cbdbfc2e3cbd0e_ae6fc1f6;
})();

export const Bare_comp_7e676548ac9a2f1a3ede36f96d0f19fd_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_7e676548ac9a2f1a3ede36f96d0f19fd_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        reflex___state____state__portal___home___state____portal_home_state.account_name_rx_state_
    )
});
Bare_comp_7e676548ac9a2f1a3ede36f96d0f19fd_ae6fc1f6.displayName = "Bare";
return Bare_comp_7e676548ac9a2f1a3ede36f96d0f19fd_ae6fc1f6;
})();

export const Bare_comp_fe4cddc7817af486c5e2746ffcbd4d84_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_fe4cddc7817af486c5e2746ffcbd4d84_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        reflex___state____state__portal___home___state____portal_home_state.account_status_rx_state_
    )
});
Bare_comp_fe4cddc7817af486c5e2746ffcbd4d84_ae6fc1f6.displayName = "Bare";
return Bare_comp_fe4cddc7817af486c5e2746ffcbd4d84_ae6fc1f6;
})();

export const Badge_badge_2c2b105ec33a9cba45bcdef51a8e7999_ae6fc1f6 = /*#__PURE__*/ (() => {
const Badge_badge_2c2b105ec33a9cba45bcdef51a8e7999_ae6fc1f6 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:(() => { switch (JSON.stringify(reflex___state____state__portal___home___state____portal_home_state.account_status_rx_state_)) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(), radius:"full", variant:"soft" }))},children)
    )
});
Badge_badge_2c2b105ec33a9cba45bcdef51a8e7999_ae6fc1f6.displayName = "Badge";
return Badge_badge_2c2b105ec33a9cba45bcdef51a8e7999_ae6fc1f6;
})();

export const Bare_comp_e07742acdaa920f0d9c113a567ccb99e_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_e07742acdaa920f0d9c113a567ccb99e_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        reflex___state____state__portal___home___state____portal_home_state.tier_rx_state_
    )
});
Bare_comp_e07742acdaa920f0d9c113a567ccb99e_ae6fc1f6.displayName = "Bare";
return Bare_comp_e07742acdaa920f0d9c113a567ccb99e_ae6fc1f6;
})();

export const Bare_comp_7159adb4e8ca02a766265eba3b7b718b_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_7159adb4e8ca02a766265eba3b7b718b_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        reflex___state____state__portal___home___state____portal_home_state.geography_rx_state_
    )
});
Bare_comp_7159adb4e8ca02a766265eba3b7b718b_ae6fc1f6.displayName = "Bare";
return Bare_comp_7159adb4e8ca02a766265eba3b7b718b_ae6fc1f6;
})();

export const Bare_comp_f1347883890b3849836048e0b5d6c527_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_f1347883890b3849836048e0b5d6c527_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        reflex___state____state__portal___home___state____portal_home_state.new_leads_rx_state_
    )
});
Bare_comp_f1347883890b3849836048e0b5d6c527_ae6fc1f6.displayName = "Bare";
return Bare_comp_f1347883890b3849836048e0b5d6c527_ae6fc1f6;
})();

export const Bare_comp_c434832b3ce1c51b166f001aab084155_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_c434832b3ce1c51b166f001aab084155_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        reflex___state____state__portal___home___state____portal_home_state.open_leads_rx_state_
    )
});
Bare_comp_c434832b3ce1c51b166f001aab084155_ae6fc1f6.displayName = "Bare";
return Bare_comp_c434832b3ce1c51b166f001aab084155_ae6fc1f6;
})();

export const Bare_comp_ee2a6b651873f5c5fe49591dcdcdd17d_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_ee2a6b651873f5c5fe49591dcdcdd17d_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        reflex___state____state__portal___home___state____portal_home_state.won_leads_rx_state_
    )
});
Bare_comp_ee2a6b651873f5c5fe49591dcdcdd17d_ae6fc1f6.displayName = "Bare";
return Bare_comp_ee2a6b651873f5c5fe49591dcdcdd17d_ae6fc1f6;
})();

export const Button_button_311657dcbe59b1c6cb32c7b002dcc6d5_ae6fc1f6 = /*#__PURE__*/ (() => {
const Button_button_311657dcbe59b1c6cb32c7b002dcc6d5_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_add_customer = useRef(null); refs["ref_add_customer"] = ref_add_customer;
const on_click_231d94849fcf6ef3b4364fc1034ddea4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.add_customer", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"add-customer", onClick:on_click_231d94849fcf6ef3b4364fc1034ddea4, ref:ref_add_customer, size:"3" }))},children)
    )
});
Button_button_311657dcbe59b1c6cb32c7b002dcc6d5_ae6fc1f6.displayName = "Button";
return Button_button_311657dcbe59b1c6cb32c7b002dcc6d5_ae6fc1f6;
})();

export const Cond_comp_161c9391a9114c60bde92ff12abcf97e_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_161c9391a9114c60bde92ff12abcf97e_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        (reflex___state____state__portal___home___state____portal_home_state.can_add_customer_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_161c9391a9114c60bde92ff12abcf97e_ae6fc1f6.displayName = "Cond";
return Cond_comp_161c9391a9114c60bde92ff12abcf97e_ae6fc1f6;
})();

export const Foreach_comp_5e4b6d8695cad991ea69b0c32ffa083b_ae6fc1f6 = /*#__PURE__*/ (() => {
const Foreach_comp_5e4b6d8695cad991ea69b0c32ffa083b_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___home___state____portal_home_state.partners_rx_state_ ?? [],((c_rx_state_,index_7686e73578495e9999da624e6e368e74)=>(jsx(RadixThemesCard,{className:"partner-card","data-status":c_rx_state_?.["status"],key:index_7686e73578495e9999da624e6e368e74,size:"2"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesAvatar,{color:"indigo",fallback:pyStrAt(c_rx_state_?.["name"], 0),radius:"large",size:"3"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",className:"partner-card-name",size:"3",weight:"bold"},c_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},c_rx_state_?.["relation"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(c_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},c_rx_state_?.["status"])),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"4"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideUsers,{size:14},),jsx(RadixThemesText,{as:"p",size:"2",weight:"bold"},c_rx_state_?.["contacts"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"2"},"Contacts")),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideUserCog,{size:14},),jsx(RadixThemesText,{as:"p",size:"2",weight:"bold"},c_rx_state_?.["managers"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"2"},"Managers"))),jsx(RadixThemesButton,{css:({ ["width"] : "100%" }),onClick:((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : ("/portal/partnerships/view?id="+c_rx_state_?.["id"]), ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))),variant:"soft"},c_rx_state_?.["action"]))))))
    )
});
Foreach_comp_5e4b6d8695cad991ea69b0c32ffa083b_ae6fc1f6.displayName = "Foreach";
return Foreach_comp_5e4b6d8695cad991ea69b0c32ffa083b_ae6fc1f6;
})();

export const Cond_comp_3eda2b2c63abad023afa5495e1e3f763_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_3eda2b2c63abad023afa5495e1e3f763_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        ((reflex___state____state__portal___home___state____portal_home_state.partners_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3eda2b2c63abad023afa5495e1e3f763_ae6fc1f6.displayName = "Cond";
return Cond_comp_3eda2b2c63abad023afa5495e1e3f763_ae6fc1f6;
})();

export const Button_button_8f105793134b81750be6e73597e36841_ae6fc1f6 = /*#__PURE__*/ (() => {
const Button_button_8f105793134b81750be6e73597e36841_ae6fc1f6 = memo(({children, ...rest}) => {
    const on_click_350b5fe5a2549d2c3bf9db7ee0a69fc0 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___home___state____portal_home_state.more_partners", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_350b5fe5a2549d2c3bf9db7ee0a69fc0, variant:"soft" }))},children)
    )
});
Button_button_8f105793134b81750be6e73597e36841_ae6fc1f6.displayName = "Button";
return Button_button_8f105793134b81750be6e73597e36841_ae6fc1f6;
})();

export const Cond_comp_7b339ea01b0f286faed8b16f48720b53_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_7b339ea01b0f286faed8b16f48720b53_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        (!((reflex___state____state__portal___home___state____portal_home_state.partners_next_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7b339ea01b0f286faed8b16f48720b53_ae6fc1f6.displayName = "Cond";
return Cond_comp_7b339ea01b0f286faed8b16f48720b53_ae6fc1f6;
})();

export const Foreach_comp_d08e5e9a6a71c0df0bff579f15b413a7_ae6fc1f6 = /*#__PURE__*/ (() => {
const Foreach_comp_d08e5e9a6a71c0df0bff579f15b413a7_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___home___state____portal_home_state.team_rx_state_ ?? [],((row_rx_state_,index_673d6368769b2caab443920d28403e85)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",key:index_673d6368769b2caab443920d28403e85,gap:"3"},jsx(RadixThemesAvatar,{fallback:pyStrAt(row_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},row_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},row_rx_state_?.["email"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesBadge,{variant:"surface"},row_rx_state_?.["role"])))))
    )
});
Foreach_comp_d08e5e9a6a71c0df0bff579f15b413a7_ae6fc1f6.displayName = "Foreach";
return Foreach_comp_d08e5e9a6a71c0df0bff579f15b413a7_ae6fc1f6;
})();

export const Bare_comp_790db62d67f0870250da6f6be0886812_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_790db62d67f0870250da6f6be0886812_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        reflex___state____state__portal___home___state____portal_home_state.support_email_rx_state_
    )
});
Bare_comp_790db62d67f0870250da6f6be0886812_ae6fc1f6.displayName = "Bare";
return Bare_comp_790db62d67f0870250da6f6be0886812_ae6fc1f6;
})();

export const Cond_comp_55ac00ff8dd2cbc8ff1337188958798f_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_55ac00ff8dd2cbc8ff1337188958798f_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (reflex___state____state__portal___offers___state____offer_wizard_state.info_open_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_55ac00ff8dd2cbc8ff1337188958798f_ae6fc1f6.displayName = "Cond";
return Cond_comp_55ac00ff8dd2cbc8ff1337188958798f_ae6fc1f6;
})();

export const Iconbutton_iconbutton_5ab627a7020996df75e4de0d7aa6919f_ae6fc1f6 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_5ab627a7020996df75e4de0d7aa6919f_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_wizard_info_toggle = useRef(null); refs["ref_wizard_info_toggle"] = ref_wizard_info_toggle;
const on_click_d9db42e110b10f760454819761b25c7c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.toggle_info", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":(reflex___state____state__portal___offers___state____offer_wizard_state.info_open_rx_state_ ? "Collapse information" : "Restore information"), css:({ ["padding"] : "6px" }), id:"wizard-info-toggle", onClick:on_click_d9db42e110b10f760454819761b25c7c, ref:ref_wizard_info_toggle, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_5ab627a7020996df75e4de0d7aa6919f_ae6fc1f6.displayName = "IconButton";
return Iconbutton_iconbutton_5ab627a7020996df75e4de0d7aa6919f_ae6fc1f6;
})();

export const Foreach_comp_62b750bf45d9a8332aa7b9e8828d8b89_ae6fc1f6 = /*#__PURE__*/ (() => {
const Foreach_comp_62b750bf45d9a8332aa7b9e8828d8b89_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___offers___state____offer_wizard_state.info_lines_rx_state_ ?? [],((line_rx_state_,index_884896bd097192800a7ad535e7a1e1b2)=>(jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),key:index_884896bd097192800a7ad535e7a1e1b2,size:"2"},line_rx_state_))))
    )
});
Foreach_comp_62b750bf45d9a8332aa7b9e8828d8b89_ae6fc1f6.displayName = "Foreach";
return Foreach_comp_62b750bf45d9a8332aa7b9e8828d8b89_ae6fc1f6;
})();

export const Iconbutton_iconbutton_04b6577271baec0920e48505879a73df_ae6fc1f6 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_04b6577271baec0920e48505879a73df_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_wizard_info_toggle = useRef(null); refs["ref_wizard_info_toggle"] = ref_wizard_info_toggle;
const on_click_d9db42e110b10f760454819761b25c7c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.toggle_info", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const on_click_fbb603494a00a6cbb98e66e82dc9e618 = useCallback(on_click_d9db42e110b10f760454819761b25c7c, [addEvents, ReflexEvent, on_click_d9db42e110b10f760454819761b25c7c])
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":(reflex___state____state__portal___offers___state____offer_wizard_state.info_open_rx_state_ ? "Collapse information" : "Restore information"), css:({ ["padding"] : "6px" }), id:"wizard-info-toggle", onClick:on_click_fbb603494a00a6cbb98e66e82dc9e618, ref:ref_wizard_info_toggle, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_04b6577271baec0920e48505879a73df_ae6fc1f6.displayName = "IconButton";
return Iconbutton_iconbutton_04b6577271baec0920e48505879a73df_ae6fc1f6;
})();

export const Box_box_dccefe6ded7f132015825af80bf28926_ae6fc1f6 = /*#__PURE__*/ (() => {
const Box_box_dccefe6ded7f132015825af80bf28926_ae6fc1f6 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(RadixThemesBox,{...mergeSlotProps(rest, ({ className:"wizard-info", css:({ ["padding"] : "1rem", ["borderRadius"] : "12px", ["background"] : "var(--indigo-2)", ["border"] : "1px solid var(--indigo-4)" }), "data-open":(reflex___state____state__portal___offers___state____offer_wizard_state.info_open_rx_state_ ? "true" : "false") }))},children)
    )
});
Box_box_dccefe6ded7f132015825af80bf28926_ae6fc1f6.displayName = "Box";
return Box_box_dccefe6ded7f132015825af80bf28926_ae6fc1f6;
})();

export const Bare_comp_713843a1891c6ae3cc5e21423023e0e9_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_713843a1891c6ae3cc5e21423023e0e9_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        reflex___state____state__portal___offers___state____offer_wizard_state.step_title_rx_state_
    )
});
Bare_comp_713843a1891c6ae3cc5e21423023e0e9_ae6fc1f6.displayName = "Bare";
return Bare_comp_713843a1891c6ae3cc5e21423023e0e9_ae6fc1f6;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_1abf7754642981a5dd2f9266d6c5019a_ae6fc1f6 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_1abf7754642981a5dd2f9266d6c5019a_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_wizard_completed = useRef(null); refs["ref_wizard_completed"] = ref_wizard_completed;
const ref_wizard_completed_count = useRef(null); refs["ref_wizard_completed_count"] = ref_wizard_completed_count;
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Completed steps",color:"gray",id:"wizard-completed",ref:ref_wizard_completed,variant:"soft"},jsx(RadixThemesText,{as:"p",size:"2"},"Completed"),jsx(RadixThemesBadge,{id:"wizard-completed-count",radius:"full",ref:ref_wizard_completed_count,variant:"solid"},reflex___state____state__portal___offers___state____offer_wizard_state.completed_count_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_1abf7754642981a5dd2f9266d6c5019a_ae6fc1f6.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_1abf7754642981a5dd2f9266d6c5019a_ae6fc1f6;
})();

export const Cond_comp_849c085c919c86e6dbb84d1f13d8c212_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_849c085c919c86e6dbb84d1f13d8c212_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        ((reflex___state____state__portal___offers___state____offer_wizard_state.completed_steps_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_849c085c919c86e6dbb84d1f13d8c212_ae6fc1f6.displayName = "Cond";
return Cond_comp_849c085c919c86e6dbb84d1f13d8c212_ae6fc1f6;
})();

export const Foreach_comp_53d94c6fa4f796449c0fe7b4bde94e6e_ae6fc1f6 = /*#__PURE__*/ (() => {
const Foreach_comp_53d94c6fa4f796449c0fe7b4bde94e6e_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___offers___state____offer_wizard_state.completed_steps_rx_state_ ?? [],((s_rx_state_,index_17fe1fab46367b0c2f5812180628cf1d)=>(jsx(RadixThemesDropdownMenu.Item,{key:index_17fe1fab46367b0c2f5812180628cf1d,onSelect:((...args) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.go_to", ({ ["step"] : s_rx_state_?.["step"] }), ({  })))], args, ({  }))))},s_rx_state_?.["title"]))))
    )
});
Foreach_comp_53d94c6fa4f796449c0fe7b4bde94e6e_ae6fc1f6.displayName = "Foreach";
return Foreach_comp_53d94c6fa4f796449c0fe7b4bde94e6e_ae6fc1f6;
})();

export const Progress_progress_6fb13a68db7bdcb9501c074545f10a25_ae6fc1f6 = /*#__PURE__*/ (() => {
const Progress_progress_6fb13a68db7bdcb9501c074545f10a25_ae6fc1f6 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(RadixThemesProgress,{...mergeSlotProps(rest, ({ "aria-label":"Wizard progress", css:({ ["width"] : "100%" }), max:100, size:"2", value:reflex___state____state__portal___offers___state____offer_wizard_state.progress_rx_state_ }))},)
    )
});
Progress_progress_6fb13a68db7bdcb9501c074545f10a25_ae6fc1f6.displayName = "Progress";
return Progress_progress_6fb13a68db7bdcb9501c074545f10a25_ae6fc1f6;
})();

export const Bare_comp_127d7f1271ae706877578e52f43c3c21_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_127d7f1271ae706877578e52f43c3c21_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        reflex___state____state__portal___offers___state____offer_wizard_state.step_label_rx_state_
    )
});
Bare_comp_127d7f1271ae706877578e52f43c3c21_ae6fc1f6.displayName = "Bare";
return Bare_comp_127d7f1271ae706877578e52f43c3c21_ae6fc1f6;
})();

export const Foreach_comp_39f882a639c87eda09c3f5c9c7560a2c_ae6fc1f6 = /*#__PURE__*/ (() => {
const Foreach_comp_39f882a639c87eda09c3f5c9c7560a2c_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___offers___state____offer_wizard_state.flow_rx_state_ ?? [],((s_rx_state_,index_b777ab6d2243acc24ca6c086e3180266)=>(jsx(RadixThemesFlex,{align:"center","aria-current":((s_rx_state_?.["state"]?.valueOf?.() === "current"?.valueOf?.()) ? "step" : "false"),className:"rx-Stack",direction:"row",key:index_b777ab6d2243acc24ca6c086e3180266,gap:"2"},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["width"] : "22px", ["height"] : "22px", ["borderRadius"] : "999px", ["flexShrink"] : "0", ["background"] : (() => { switch (JSON.stringify(s_rx_state_?.["state"])) {case JSON.stringify("current"):  return ("var(--indigo-9)");  break;case JSON.stringify("done"):  return ("var(--green-9)");  break;default:  return ("var(--gray-5)");  break;};})(), ["color"] : (() => { switch (JSON.stringify(s_rx_state_?.["state"])) {case JSON.stringify("todo"):  return ("var(--gray-11)");  break;default:  return ("white");  break;};})() })},jsx(Fragment,{},((s_rx_state_?.["state"]?.valueOf?.() === "done"?.valueOf?.())?(jsx(Fragment,{},jsx(LucideCheck,{size:12},))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"1"},s_rx_state_?.["step"])))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : ((s_rx_state_?.["state"]?.valueOf?.() === "todo"?.valueOf?.()) ? "var(--gray-10)" : "var(--gray-12)") }),size:"1",weight:((s_rx_state_?.["state"]?.valueOf?.() === "current"?.valueOf?.()) ? "bold" : "regular")},s_rx_state_?.["title"])))))
    )
});
Foreach_comp_39f882a639c87eda09c3f5c9c7560a2c_ae6fc1f6.displayName = "Foreach";
return Foreach_comp_39f882a639c87eda09c3f5c9c7560a2c_ae6fc1f6;
})();

export const Bare_comp_26577ab2609dea1dc76f15405cd34702_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_26577ab2609dea1dc76f15405cd34702_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        reflex___state____state__portal___offers___state____offer_wizard_state.error_rx_state_
    )
});
Bare_comp_26577ab2609dea1dc76f15405cd34702_ae6fc1f6.displayName = "Bare";
return Bare_comp_26577ab2609dea1dc76f15405cd34702_ae6fc1f6;
})();

export const Cond_comp_e7a5e929bd350feb45da7cce53d2edae_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_e7a5e929bd350feb45da7cce53d2edae_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (!((reflex___state____state__portal___offers___state____offer_wizard_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e7a5e929bd350feb45da7cce53d2edae_ae6fc1f6.displayName = "Cond";
return Cond_comp_e7a5e929bd350feb45da7cce53d2edae_ae6fc1f6;
})();

export const Debounceinput_debounceinput_a9145f5fa1fc884d60515714cb9fb71a_ae6fc1f6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_a9145f5fa1fc884d60515714cb9fb71a_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_offer_tenant = useRef(null); refs["ref_offer_tenant"] = ref_offer_tenant;
const on_change_a0157b929aa811f8924a118f40e82798 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.set_tenant_name", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const on_blur_dedb26de4508f51124c16ab59b9610f1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.save_progress", ({ ["_value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"offer-tenant", inputRef:ref_offer_tenant, maxLength:63, onBlur:on_blur_dedb26de4508f51124c16ab59b9610f1, onChange:on_change_a0157b929aa811f8924a118f40e82798, placeholder:"kazenor", size:"3", value:(isNotNullOrUndefined(reflex___state____state__portal___offers___state____offer_wizard_state.tenant_name_rx_state_) ? reflex___state____state__portal___offers___state____offer_wizard_state.tenant_name_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_a9145f5fa1fc884d60515714cb9fb71a_ae6fc1f6.displayName = "DebounceInput";
return Debounceinput_debounceinput_a9145f5fa1fc884d60515714cb9fb71a_ae6fc1f6;
})();

export const Bare_comp_fc795778d369f711e256d4b6307ed02c_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_fc795778d369f711e256d4b6307ed02c_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (isTrue(reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["tenant_name"]) ? reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["tenant_name"] : "")
    )
});
Bare_comp_fc795778d369f711e256d4b6307ed02c_ae6fc1f6.displayName = "Bare";
return Bare_comp_fc795778d369f711e256d4b6307ed02c_ae6fc1f6;
})();

export const Cond_comp_45cae908ed246397ac5c64670d7db813_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_45cae908ed246397ac5c64670d7db813_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (!(((isTrue(reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["tenant_name"]) ? reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["tenant_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_45cae908ed246397ac5c64670d7db813_ae6fc1f6.displayName = "Cond";
return Cond_comp_45cae908ed246397ac5c64670d7db813_ae6fc1f6;
})();

export const Debounceinput_debounceinput_e8950ef992b264c220560637c5d75f15_ae6fc1f6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_e8950ef992b264c220560637c5d75f15_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_offer_email = useRef(null); refs["ref_offer_email"] = ref_offer_email;
const on_change_3d64d4e0e6356349c7188cb42f19185e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.set_contact_email", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const on_blur_dedb26de4508f51124c16ab59b9610f1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.save_progress", ({ ["_value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"offer-email", inputRef:ref_offer_email, maxLength:254, onBlur:on_blur_dedb26de4508f51124c16ab59b9610f1, onChange:on_change_3d64d4e0e6356349c7188cb42f19185e, placeholder:"name@customer.example", size:"3", type:"email", value:(isNotNullOrUndefined(reflex___state____state__portal___offers___state____offer_wizard_state.contact_email_rx_state_) ? reflex___state____state__portal___offers___state____offer_wizard_state.contact_email_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_e8950ef992b264c220560637c5d75f15_ae6fc1f6.displayName = "DebounceInput";
return Debounceinput_debounceinput_e8950ef992b264c220560637c5d75f15_ae6fc1f6;
})();

export const Bare_comp_7aa21e366154ee29ca906a980f6b9f91_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_7aa21e366154ee29ca906a980f6b9f91_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (isTrue(reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["contact_email"]) ? reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["contact_email"] : "")
    )
});
Bare_comp_7aa21e366154ee29ca906a980f6b9f91_ae6fc1f6.displayName = "Bare";
return Bare_comp_7aa21e366154ee29ca906a980f6b9f91_ae6fc1f6;
})();

export const Cond_comp_2b9a4c9f7589b0e33803c1dc85804807_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_2b9a4c9f7589b0e33803c1dc85804807_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (!(((isTrue(reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["contact_email"]) ? reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["contact_email"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2b9a4c9f7589b0e33803c1dc85804807_ae6fc1f6.displayName = "Cond";
return Cond_comp_2b9a4c9f7589b0e33803c1dc85804807_ae6fc1f6;
})();

export const Debounceinput_debounceinput_d822215dd4b429836772c711992e9553_ae6fc1f6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_d822215dd4b429836772c711992e9553_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_offer_message = useRef(null); refs["ref_offer_message"] = ref_offer_message;
const on_change_2602e2461bd8470d2f26547613cb2e6c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.set_message", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const on_blur_dedb26de4508f51124c16ab59b9610f1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.save_progress", ({ ["_value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextArea, id:"offer-message", inputRef:ref_offer_message, maxLength:500, onBlur:on_blur_dedb26de4508f51124c16ab59b9610f1, onChange:on_change_2602e2461bd8470d2f26547613cb2e6c, placeholder:"Explain your offer", rows:"5", size:"3", value:reflex___state____state__portal___offers___state____offer_wizard_state.message_rx_state_ }), "inputRef")},)
    )
});
Debounceinput_debounceinput_d822215dd4b429836772c711992e9553_ae6fc1f6.displayName = "DebounceInput";
return Debounceinput_debounceinput_d822215dd4b429836772c711992e9553_ae6fc1f6;
})();

export const Bare_comp_2c6d8812f816e2783ee7aea6f18b3bf8_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_2c6d8812f816e2783ee7aea6f18b3bf8_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        reflex___state____state__portal___offers___state____offer_wizard_state.message_count_rx_state_
    )
});
Bare_comp_2c6d8812f816e2783ee7aea6f18b3bf8_ae6fc1f6.displayName = "Bare";
return Bare_comp_2c6d8812f816e2783ee7aea6f18b3bf8_ae6fc1f6;
})();

export const Bare_comp_1c3d39f7b49df282507ee99136cf2b8f_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_1c3d39f7b49df282507ee99136cf2b8f_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (isTrue(reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["message"]) ? reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["message"] : "")
    )
});
Bare_comp_1c3d39f7b49df282507ee99136cf2b8f_ae6fc1f6.displayName = "Bare";
return Bare_comp_1c3d39f7b49df282507ee99136cf2b8f_ae6fc1f6;
})();

export const Cond_comp_45922bb40a17017175ad8178d09fe949_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_45922bb40a17017175ad8178d09fe949_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (!(((isTrue(reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["message"]) ? reflex___state____state__portal___offers___state____offer_wizard_state.details_errors_rx_state_?.["message"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_45922bb40a17017175ad8178d09fe949_ae6fc1f6.displayName = "Cond";
return Cond_comp_45922bb40a17017175ad8178d09fe949_ae6fc1f6;
})();

export const Debounceinput_debounceinput_d7f7b02f2f26cdf7af7e8d5d8e1ebdaa_ae6fc1f6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_d7f7b02f2f26cdf7af7e8d5d8e1ebdaa_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_offer_contact_search = useRef(null); refs["ref_offer_contact_search"] = ref_offer_contact_search;
const on_change_32cd27e587cde17468e95677703527b3 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.set_search", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 250 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"offer-contact-search", inputRef:ref_offer_contact_search, onChange:on_change_32cd27e587cde17468e95677703527b3, placeholder:"Find contacts by name", size:"3", value:(isNotNullOrUndefined(reflex___state____state__portal___offers___state____offer_wizard_state.search_rx_state_) ? reflex___state____state__portal___offers___state____offer_wizard_state.search_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_d7f7b02f2f26cdf7af7e8d5d8e1ebdaa_ae6fc1f6.displayName = "DebounceInput";
return Debounceinput_debounceinput_d7f7b02f2f26cdf7af7e8d5d8e1ebdaa_ae6fc1f6;
})();

export const Foreach_comp_39b45c5869ed9dad3498c12b744581fd_ae6fc1f6 = /*#__PURE__*/ (() => {
const Foreach_comp_39b45c5869ed9dad3498c12b744581fd_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___offers___state____offer_wizard_state.options_rx_state_ ?? [],((o_rx_state_,index_5ed2e62f32801e4878b7834859f26a14)=>(jsx(RadixThemesFlex,{align:"center","aria-checked":(reflex___state____state__portal___offers___state____offer_wizard_state.contact_ids_rx_state_.includes(o_rx_state_?.["id"]) ? "true" : "false"),"aria-disabled":((o_rx_state_?.["id"]?.valueOf?.() === ""?.valueOf?.()) ? "true" : "false"),"aria-label":o_rx_state_?.["name"],className:"rx-Stack",css:({ ["cursor"] : ((o_rx_state_?.["id"]?.valueOf?.() === ""?.valueOf?.()) ? "default" : "pointer"), ["width"] : "100%", ["padding"] : "0.6rem 0.8rem", ["borderRadius"] : "10px", ["border"] : (reflex___state____state__portal___offers___state____offer_wizard_state.contact_ids_rx_state_.includes(o_rx_state_?.["id"]) ? "1px solid var(--indigo-8)" : "1px solid var(--gray-5)"), ["background"] : (reflex___state____state__portal___offers___state____offer_wizard_state.contact_ids_rx_state_.includes(o_rx_state_?.["id"]) ? "var(--indigo-3)" : "transparent"), ["&:hover"] : ({ ["background"] : "var(--indigo-2)" }) }),direction:"row",key:index_5ed2e62f32801e4878b7834859f26a14,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.toggle_contact", ({ ["user_id"] : o_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),role:"checkbox",gap:"3",tabIndex:0},jsx(RadixThemesAvatar,{color:(reflex___state____state__portal___offers___state____offer_wizard_state.contact_ids_rx_state_.includes(o_rx_state_?.["id"]) ? "indigo" : "gray"),fallback:pyStrAt(o_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},o_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},o_rx_state_?.["email"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},((o_rx_state_?.["id"]?.valueOf?.() === ""?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesBadge,{variant:"surface"},"You"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(reflex___state____state__portal___offers___state____offer_wizard_state.contact_ids_rx_state_.includes(o_rx_state_?.["id"])?(jsx(Fragment,{},jsx(LucideCircleCheck,{css:({ ["color"] : "var(--indigo-10)" }),size:20},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-8)" }),size:20},)))))))))
    )
});
Foreach_comp_39b45c5869ed9dad3498c12b744581fd_ae6fc1f6.displayName = "Foreach";
return Foreach_comp_39b45c5869ed9dad3498c12b744581fd_ae6fc1f6;
})();

export const Cond_comp_6705ae1b50b06d5878d2f392a3550fc9_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_6705ae1b50b06d5878d2f392a3550fc9_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        ((reflex___state____state__portal___offers___state____offer_wizard_state.options_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6705ae1b50b06d5878d2f392a3550fc9_ae6fc1f6.displayName = "Cond";
return Cond_comp_6705ae1b50b06d5878d2f392a3550fc9_ae6fc1f6;
})();

export const Bare_comp_7e72f938f85b3a3458734bfe3e352d35_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_7e72f938f85b3a3458734bfe3e352d35_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        ((JSON.stringify(reflex___state____state__portal___offers___state____offer_wizard_state.contacts_rx_state_.length))+" selected")
    )
});
Bare_comp_7e72f938f85b3a3458734bfe3e352d35_ae6fc1f6.displayName = "Bare";
return Bare_comp_7e72f938f85b3a3458734bfe3e352d35_ae6fc1f6;
})();

export const Debounceinput_debounceinput_5b2a431f31f47ed348dd0117f6766e28_ae6fc1f6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_5b2a431f31f47ed348dd0117f6766e28_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_offer_manager_search = useRef(null); refs["ref_offer_manager_search"] = ref_offer_manager_search;
const on_change_32cd27e587cde17468e95677703527b3 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.set_search", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 250 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"offer-manager-search", inputRef:ref_offer_manager_search, onChange:on_change_32cd27e587cde17468e95677703527b3, placeholder:"Find contacts by name", size:"3", value:(isNotNullOrUndefined(reflex___state____state__portal___offers___state____offer_wizard_state.search_rx_state_) ? reflex___state____state__portal___offers___state____offer_wizard_state.search_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_5b2a431f31f47ed348dd0117f6766e28_ae6fc1f6.displayName = "DebounceInput";
return Debounceinput_debounceinput_5b2a431f31f47ed348dd0117f6766e28_ae6fc1f6;
})();

export const Foreach_comp_96e725bfccad627cf45d580965de68ca_ae6fc1f6 = /*#__PURE__*/ (() => {
const Foreach_comp_96e725bfccad627cf45d580965de68ca_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___offers___state____offer_wizard_state.options_rx_state_ ?? [],((o_rx_state_,index_5ed2e62f32801e4878b7834859f26a14)=>(jsx(RadixThemesFlex,{align:"center","aria-checked":(reflex___state____state__portal___offers___state____offer_wizard_state.manager_ids_rx_state_.includes(o_rx_state_?.["id"]) ? "true" : "false"),"aria-disabled":((o_rx_state_?.["id"]?.valueOf?.() === reflex___state____state__portal___offers___state____offer_wizard_state.my_id_rx_state_?.valueOf?.()) ? "true" : "false"),"aria-label":o_rx_state_?.["name"],className:"rx-Stack",css:({ ["cursor"] : ((o_rx_state_?.["id"]?.valueOf?.() === reflex___state____state__portal___offers___state____offer_wizard_state.my_id_rx_state_?.valueOf?.()) ? "default" : "pointer"), ["width"] : "100%", ["padding"] : "0.6rem 0.8rem", ["borderRadius"] : "10px", ["border"] : (reflex___state____state__portal___offers___state____offer_wizard_state.manager_ids_rx_state_.includes(o_rx_state_?.["id"]) ? "1px solid var(--indigo-8)" : "1px solid var(--gray-5)"), ["background"] : (reflex___state____state__portal___offers___state____offer_wizard_state.manager_ids_rx_state_.includes(o_rx_state_?.["id"]) ? "var(--indigo-3)" : "transparent"), ["&:hover"] : ({ ["background"] : "var(--indigo-2)" }) }),direction:"row",key:index_5ed2e62f32801e4878b7834859f26a14,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.toggle_manager", ({ ["user_id"] : o_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),role:"checkbox",gap:"3",tabIndex:0},jsx(RadixThemesAvatar,{color:(reflex___state____state__portal___offers___state____offer_wizard_state.manager_ids_rx_state_.includes(o_rx_state_?.["id"]) ? "indigo" : "gray"),fallback:pyStrAt(o_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},o_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},o_rx_state_?.["email"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},((o_rx_state_?.["id"]?.valueOf?.() === reflex___state____state__portal___offers___state____offer_wizard_state.my_id_rx_state_?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesBadge,{variant:"surface"},"You"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(reflex___state____state__portal___offers___state____offer_wizard_state.manager_ids_rx_state_.includes(o_rx_state_?.["id"])?(jsx(Fragment,{},jsx(LucideCircleCheck,{css:({ ["color"] : "var(--indigo-10)" }),size:20},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-8)" }),size:20},)))))))))
    )
});
Foreach_comp_96e725bfccad627cf45d580965de68ca_ae6fc1f6.displayName = "Foreach";
return Foreach_comp_96e725bfccad627cf45d580965de68ca_ae6fc1f6;
})();

export const Bare_comp_5016711c801b1e4a09756d72bb9a1701_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_5016711c801b1e4a09756d72bb9a1701_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        ((JSON.stringify(reflex___state____state__portal___offers___state____offer_wizard_state.managers_rx_state_.length))+" selected")
    )
});
Bare_comp_5016711c801b1e4a09756d72bb9a1701_ae6fc1f6.displayName = "Bare";
return Bare_comp_5016711c801b1e4a09756d72bb9a1701_ae6fc1f6;
})();

export const Bare_comp_1f5b4cd92271e3150471d71aab4aafed_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_1f5b4cd92271e3150471d71aab4aafed_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        reflex___state____state__portal___offers___state____offer_wizard_state.sent_message_rx_state_
    )
});
Bare_comp_1f5b4cd92271e3150471d71aab4aafed_ae6fc1f6.displayName = "Bare";
return Bare_comp_1f5b4cd92271e3150471d71aab4aafed_ae6fc1f6;
})();

export const Bare_comp_c8a51863ca9baf8ca1c23d1d96eca8f3_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_c8a51863ca9baf8ca1c23d1d96eca8f3_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        reflex___state____state__portal___offers___state____offer_wizard_state.tenant_name_rx_state_
    )
});
Bare_comp_c8a51863ca9baf8ca1c23d1d96eca8f3_ae6fc1f6.displayName = "Bare";
return Bare_comp_c8a51863ca9baf8ca1c23d1d96eca8f3_ae6fc1f6;
})();

export const Bare_comp_a92a52ff9dbcd055f83df1505063ca1c_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_a92a52ff9dbcd055f83df1505063ca1c_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        reflex___state____state__portal___offers___state____offer_wizard_state.contact_email_rx_state_
    )
});
Bare_comp_a92a52ff9dbcd055f83df1505063ca1c_ae6fc1f6.displayName = "Bare";
return Bare_comp_a92a52ff9dbcd055f83df1505063ca1c_ae6fc1f6;
})();

export const Bare_comp_bf4bf86ca3d6aeb359c18324b09fb627_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_bf4bf86ca3d6aeb359c18324b09fb627_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (JSON.stringify(reflex___state____state__portal___offers___state____offer_wizard_state.contacts_rx_state_.length))
    )
});
Bare_comp_bf4bf86ca3d6aeb359c18324b09fb627_ae6fc1f6.displayName = "Bare";
return Bare_comp_bf4bf86ca3d6aeb359c18324b09fb627_ae6fc1f6;
})();

export const Bare_comp_063bc3c1a6bf7a0117401ea08ec794ee_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_063bc3c1a6bf7a0117401ea08ec794ee_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (JSON.stringify(reflex___state____state__portal___offers___state____offer_wizard_state.managers_rx_state_.length))
    )
});
Bare_comp_063bc3c1a6bf7a0117401ea08ec794ee_ae6fc1f6.displayName = "Bare";
return Bare_comp_063bc3c1a6bf7a0117401ea08ec794ee_ae6fc1f6;
})();

export const Match_comp_e2f2b3f9ac93dc3fd3ca33e203845acf_ae6fc1f6 = /*#__PURE__*/ (() => {
const Match_comp_e2f2b3f9ac93dc3fd3ca33e203845acf_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__portal___offers___state____offer_wizard_state.step_rx_state_)) {
    case JSON.stringify(1):
      return children?.at?.(0);
      break;
    case JSON.stringify(2):
      return children?.at?.(1);
      break;
    case JSON.stringify(3):
      return children?.at?.(2);
      break;
    case JSON.stringify(4):
      return children?.at?.(3);
      break;
    default:
      return children?.at?.(4);
      break;
  }
})()
    )
});
Match_comp_e2f2b3f9ac93dc3fd3ca33e203845acf_ae6fc1f6.displayName = "Match";
return Match_comp_e2f2b3f9ac93dc3fd3ca33e203845acf_ae6fc1f6;
})();

export const Button_button_83c358fc8d98b676112a56fd33873028_ae6fc1f6 = /*#__PURE__*/ (() => {
const Button_button_83c358fc8d98b676112a56fd33873028_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_wizard_close = useRef(null); refs["ref_wizard_close"] = ref_wizard_close;
const on_click_ad2847b2068c5d080c40a5de141d79fb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.close", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"wizard-close", onClick:on_click_ad2847b2068c5d080c40a5de141d79fb, ref:ref_wizard_close, size:"3" }))},children)
    )
});
Button_button_83c358fc8d98b676112a56fd33873028_ae6fc1f6.displayName = "Button";
return Button_button_83c358fc8d98b676112a56fd33873028_ae6fc1f6;
})();

export const Button_button_259ef0be1e082d93ad4267e1c5d20519_ae6fc1f6 = /*#__PURE__*/ (() => {
const Button_button_259ef0be1e082d93ad4267e1c5d20519_ae6fc1f6 = memo(({children, ...rest}) => {
    const on_click_55d1f1bdaaec80210e022005fcb92981 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.cancel", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_55d1f1bdaaec80210e022005fcb92981, size:"3", variant:"soft" }))},children)
    )
});
Button_button_259ef0be1e082d93ad4267e1c5d20519_ae6fc1f6.displayName = "Button";
return Button_button_259ef0be1e082d93ad4267e1c5d20519_ae6fc1f6;
})();

export const Button_button_a0d2c7441336c1b7e828141a35a32162_ae6fc1f6 = /*#__PURE__*/ (() => {
const Button_button_a0d2c7441336c1b7e828141a35a32162_ae6fc1f6 = memo(({children, ...rest}) => {
    const on_click_5dff9f652e14fff913b83caee038316a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.previous_step", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__portal___offers___state____offer_wizard_state.step_rx_state_?.valueOf?.() === 1?.valueOf?.()), onClick:on_click_5dff9f652e14fff913b83caee038316a, size:"3", variant:"soft" }))},children)
    )
});
Button_button_a0d2c7441336c1b7e828141a35a32162_ae6fc1f6.displayName = "Button";
return Button_button_a0d2c7441336c1b7e828141a35a32162_ae6fc1f6;
})();

export const Button_button_24109fdbb541319281492f19829d1621_ae6fc1f6 = /*#__PURE__*/ (() => {
const Button_button_24109fdbb541319281492f19829d1621_ae6fc1f6 = memo(({children, ...rest}) => {
    const on_click_c8bffb733835a41dc2c46cb5016c3b39 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.next_step", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(reflex___state____state__portal___offers___state____offer_wizard_state.can_go_next_rx_state_), loading:reflex___state____state__portal___offers___state____offer_wizard_state.busy_rx_state_, onClick:on_click_c8bffb733835a41dc2c46cb5016c3b39, size:"3" }))},children)
    )
});
Button_button_24109fdbb541319281492f19829d1621_ae6fc1f6.displayName = "Button";
return Button_button_24109fdbb541319281492f19829d1621_ae6fc1f6;
})();

export const Cond_comp_6961fc260992c590e1de639d85f0f79b_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_6961fc260992c590e1de639d85f0f79b_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        ((reflex___state____state__portal___offers___state____offer_wizard_state.step_rx_state_?.valueOf?.() === 5?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6961fc260992c590e1de639d85f0f79b_ae6fc1f6.displayName = "Cond";
return Cond_comp_6961fc260992c590e1de639d85f0f79b_ae6fc1f6;
})();

export const Switch_switch_8a86ad76ef48e101e05573cd425b4c9f_ae6fc1f6 = /*#__PURE__*/ (() => {
const Switch_switch_8a86ad76ef48e101e05573cd425b4c9f_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_wizard_show_intro = useRef(null); refs["ref_wizard_show_intro"] = ref_wizard_show_intro;
const on_change_e51a48525648e0efab4a2f8ce8303c6a = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.portal___offers___state____offer_wizard_state.set_show_intro", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__portal___offers___state____offer_wizard_state.show_intro_rx_state_, id:"wizard-show-intro", onCheckedChange:on_change_e51a48525648e0efab4a2f8ce8303c6a, ref:ref_wizard_show_intro }))},)
    )
});
Switch_switch_8a86ad76ef48e101e05573cd425b4c9f_ae6fc1f6.displayName = "Switch";
return Switch_switch_8a86ad76ef48e101e05573cd425b4c9f_ae6fc1f6;
})();

export const Cond_comp_275fb2910edb5245260bbb6bcf1ccf64_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_275fb2910edb5245260bbb6bcf1ccf64_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        ((reflex___state____state__portal___offers___state____offer_wizard_state.step_rx_state_?.valueOf?.() === 1?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_275fb2910edb5245260bbb6bcf1ccf64_ae6fc1f6.displayName = "Cond";
return Cond_comp_275fb2910edb5245260bbb6bcf1ccf64_ae6fc1f6;
})();

export const Dialogcontent_dialog__content_307bcdeb1732f6027addb3b5310ea7b2_ae6fc1f6 = /*#__PURE__*/ (() => {
const Dialogcontent_dialog__content_307bcdeb1732f6027addb3b5310ea7b2_ae6fc1f6 = memo(({children, ...rest}) => {
    const ref_add_customer_wizard = useRef(null); refs["ref_add_customer_wizard"] = ref_add_customer_wizard;
const on_escape_key_down_d2f4a32c7dd660fbd7edf67ef06c5ec7 = useCallback(((...args) => (addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => null), ["callback"] : null }), ({ ["preventDefault"] : true })))], args, ({  })))), [addEvents, ReflexEvent])
const on_pointer_down_outside_d2f4a32c7dd660fbd7edf67ef06c5ec7 = useCallback(((...args) => (addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => null), ["callback"] : null }), ({ ["preventDefault"] : true })))], args, ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDialog.Content,{...mergeSlotProps(rest, ({ css:({ ["maxWidth"] : "980px", ["width"] : "96vw" }), id:"add-customer-wizard", onEscapeKeyDown:on_escape_key_down_d2f4a32c7dd660fbd7edf67ef06c5ec7, onPointerDownOutside:on_pointer_down_outside_d2f4a32c7dd660fbd7edf67ef06c5ec7, ref:ref_add_customer_wizard }))},children)
    )
});
Dialogcontent_dialog__content_307bcdeb1732f6027addb3b5310ea7b2_ae6fc1f6.displayName = "DialogContent";
return Dialogcontent_dialog__content_307bcdeb1732f6027addb3b5310ea7b2_ae6fc1f6;
})();

export const Dialogroot_dialog__root_567b48f9a257159816c6f98a97224ad2_ae6fc1f6 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_567b48f9a257159816c6f98a97224ad2_ae6fc1f6 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___offers___state____offer_wizard_state = useStateContext("reflex___state____state.portal___offers___state____offer_wizard_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ open:reflex___state____state__portal___offers___state____offer_wizard_state.open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_567b48f9a257159816c6f98a97224ad2_ae6fc1f6.displayName = "DialogRoot";
return Dialogroot_dialog__root_567b48f9a257159816c6f98a97224ad2_ae6fc1f6;
})();

export const Cond_comp_52534a92accd38073485f0fc3c8b4a55_ae6fc1f6 = /*#__PURE__*/ (() => {
const Cond_comp_52534a92accd38073485f0fc3c8b4a55_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___home___state____portal_home_state = useStateContext("reflex___state____state.portal___home___state____portal_home_state")
    return(
        (reflex___state____state__portal___home___state____portal_home_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_52534a92accd38073485f0fc3c8b4a55_ae6fc1f6.displayName = "Cond";
return Cond_comp_52534a92accd38073485f0fc3c8b4a55_ae6fc1f6;
})();

export const Bare_comp_00bf96ea97ad53747f05970981777ced_ae6fc1f6 = /*#__PURE__*/ (() => {
const Bare_comp_00bf96ea97ad53747f05970981777ced_ae6fc1f6 = memo(({children}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["title"]
    )
});
Bare_comp_00bf96ea97ad53747f05970981777ced_ae6fc1f6.displayName = "Bare";
return Bare_comp_00bf96ea97ad53747f05970981777ced_ae6fc1f6;
})();

export const Html_div_3a69dcd7017865310b6696d6a9e738ba_ae6fc1f6 = /*#__PURE__*/ (() => {
const Html_div_3a69dcd7017865310b6696d6a9e738ba_ae6fc1f6 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx("div",{...mergeSlotProps(rest, ({ className:"rx-Html", dangerouslySetInnerHTML:({ ["__html"] : reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["body_html"] }) }))},)
    )
});
Html_div_3a69dcd7017865310b6696d6a9e738ba_ae6fc1f6.displayName = "Html";
return Html_div_3a69dcd7017865310b6696d6a9e738ba_ae6fc1f6;
})();

export const Button_button_5409b7575752b2ba28ca56ed0880726d_ae6fc1f6 = /*#__PURE__*/ (() => {
const Button_button_5409b7575752b2ba28ca56ed0880726d_ae6fc1f6 = memo(({children, ...rest}) => {
    const on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.later", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49, variant:"soft" }))},children)
    )
});
Button_button_5409b7575752b2ba28ca56ed0880726d_ae6fc1f6.displayName = "Button";
return Button_button_5409b7575752b2ba28ca56ed0880726d_ae6fc1f6;
})();

export const Button_button_53a3e39e688b3b55fcadd93546e681ae_ae6fc1f6 = /*#__PURE__*/ (() => {
const Button_button_53a3e39e688b3b55fcadd93546e681ae_ae6fc1f6 = memo(({children, ...rest}) => {
    const on_click_e6b13249cd78c80e9d7fe2a4ae364570 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.mark_read", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_e6b13249cd78c80e9d7fe2a4ae364570 }))},children)
    )
});
Button_button_53a3e39e688b3b55fcadd93546e681ae_ae6fc1f6.displayName = "Button";
return Button_button_53a3e39e688b3b55fcadd93546e681ae_ae6fc1f6;
})();

export const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_ae6fc1f6 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_ae6fc1f6 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ open:(reflex___state____state__portal___popups___state____popup_state.queue_rx_state_.length > 0) }))},children)
    )
});
Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_ae6fc1f6.displayName = "DialogRoot";
return Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_ae6fc1f6;
})();
