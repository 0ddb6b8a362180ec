
import {ReflexEvent,applyEventActions,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,pyOr,pyStrAt,refs} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {ColorModeContext,addEvents} from "$/utils/context"
import {AlertDialog as RadixThemesAlertDialog,Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideCircle from "lucide-react/dist/esm/icons/circle.mjs"
import DebounceInput from "react-debounce-input"








export const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_e7aa7053 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.account_name_rx_state_
    )
});
Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_e7aa7053.displayName = "Bare";
return Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_e7aa7053;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_e7aa7053 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_e7aa7053.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_e7aa7053;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_e7aa7053 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_e7aa7053 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_e7aa7053.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_e7aa7053;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_e7aa7053 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_e7aa7053 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_e7aa7053.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_e7aa7053;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_e7aa7053 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_e7aa7053.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_e7aa7053;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_e7aa7053 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_e7aa7053.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_e7aa7053;
})();

export const Button_button_66a441cf392f30a10b38848aaf41467c_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_66a441cf392f30a10b38848aaf41467c_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_6ab0787205d0af170581133f1083cbb4 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/portal", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_6ab0787205d0af170581133f1083cbb4 }))},children)
    )
});
Button_button_66a441cf392f30a10b38848aaf41467c_e7aa7053.displayName = "Button";
return Button_button_66a441cf392f30a10b38848aaf41467c_e7aa7053;
})();

export const Button_button_10a2dcdf29ade724f4f5a8e6c9e1114f_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_10a2dcdf29ade724f4f5a8e6c9e1114f_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_6ab0787205d0af170581133f1083cbb4 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/portal", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_6ab0787205d0af170581133f1083cbb4, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_10a2dcdf29ade724f4f5a8e6c9e1114f_e7aa7053.displayName = "Button";
return Button_button_10a2dcdf29ade724f4f5a8e6c9e1114f_e7aa7053;
})();

export const Bare_comp_5d3eb0b05586eb4d71eeadc827fbde8c_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_5d3eb0b05586eb4d71eeadc827fbde8c_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.other_name_rx_state_
    )
});
Bare_comp_5d3eb0b05586eb4d71eeadc827fbde8c_e7aa7053.displayName = "Bare";
return Bare_comp_5d3eb0b05586eb4d71eeadc827fbde8c_e7aa7053;
})();

export const Bare_comp_cdc14b05792317906cb475b6c7c900a9_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_cdc14b05792317906cb475b6c7c900a9_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.status_rx_state_
    )
});
Bare_comp_cdc14b05792317906cb475b6c7c900a9_e7aa7053.displayName = "Bare";
return Bare_comp_cdc14b05792317906cb475b6c7c900a9_e7aa7053;
})();

export const Badge_badge_0c17099e4c56a982dc08a54019b63464_e7aa7053 = /*#__PURE__*/ (() => {
const Badge_badge_0c17099e4c56a982dc08a54019b63464_e7aa7053 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:(() => { switch (JSON.stringify(reflex___state____state__portal___partnership___state____partnership_state.status_rx_state_)) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(), radius:"full", variant:"soft" }))},children)
    )
});
Badge_badge_0c17099e4c56a982dc08a54019b63464_e7aa7053.displayName = "Badge";
return Badge_badge_0c17099e4c56a982dc08a54019b63464_e7aa7053;
})();

export const Bare_comp_03146bc9173352cd5904089b301c67e5_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_03146bc9173352cd5904089b301c67e5_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.relation_rx_state_
    )
});
Bare_comp_03146bc9173352cd5904089b301c67e5_e7aa7053.displayName = "Bare";
return Bare_comp_03146bc9173352cd5904089b301c67e5_e7aa7053;
})();

export const Bare_comp_22b521583bdb2c1a4ff93573f53f6136_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_22b521583bdb2c1a4ff93573f53f6136_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.sent_at_rx_state_
    )
});
Bare_comp_22b521583bdb2c1a4ff93573f53f6136_e7aa7053.displayName = "Bare";
return Bare_comp_22b521583bdb2c1a4ff93573f53f6136_e7aa7053;
})();

export const Button_button_e079c9d6faff717bcf7e65b53de275f9_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_e079c9d6faff717bcf7e65b53de275f9_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_7b724c28a8c6bc4cbbd672ca56a35532 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.start_accept", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_7b724c28a8c6bc4cbbd672ca56a35532, size:"3" }))},children)
    )
});
Button_button_e079c9d6faff717bcf7e65b53de275f9_e7aa7053.displayName = "Button";
return Button_button_e079c9d6faff717bcf7e65b53de275f9_e7aa7053;
})();

export const Button_button_645777be3bbebf9f7c12b7574d54adf0_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_645777be3bbebf9f7c12b7574d54adf0_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_f63d1e09b4252b6afcb83f8b820842da = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.open_decline", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_f63d1e09b4252b6afcb83f8b820842da, size:"3", variant:"soft" }))},children)
    )
});
Button_button_645777be3bbebf9f7c12b7574d54adf0_e7aa7053.displayName = "Button";
return Button_button_645777be3bbebf9f7c12b7574d54adf0_e7aa7053;
})();

export const Cond_comp_3b86c2868b906a7b7ed33f8e6eba737d_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_3b86c2868b906a7b7ed33f8e6eba737d_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (pyAnd(reflex___state____state__portal___partnership___state____partnership_state.can_respond_rx_state_, () => ((reflex___state____state__portal___partnership___state____partnership_state.mode_rx_state_?.valueOf?.() === "view"?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3b86c2868b906a7b7ed33f8e6eba737d_e7aa7053.displayName = "Cond";
return Cond_comp_3b86c2868b906a7b7ed33f8e6eba737d_e7aa7053;
})();

export const Button_button_6944caafacc2ec04cb23acf7ea5a0aa2_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_6944caafacc2ec04cb23acf7ea5a0aa2_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_6139d4d16f48197f69b394b81b264f30 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.start_modify", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_6139d4d16f48197f69b394b81b264f30, size:"3", variant:"soft" }))},children)
    )
});
Button_button_6944caafacc2ec04cb23acf7ea5a0aa2_e7aa7053.displayName = "Button";
return Button_button_6944caafacc2ec04cb23acf7ea5a0aa2_e7aa7053;
})();

export const Cond_comp_de3f63e614e896ed0ff5285649bb790d_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_de3f63e614e896ed0ff5285649bb790d_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (pyAnd(reflex___state____state__portal___partnership___state____partnership_state.can_modify_rx_state_, () => ((reflex___state____state__portal___partnership___state____partnership_state.mode_rx_state_?.valueOf?.() === "view"?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_de3f63e614e896ed0ff5285649bb790d_e7aa7053.displayName = "Cond";
return Cond_comp_de3f63e614e896ed0ff5285649bb790d_e7aa7053;
})();

export const Button_button_b4b894caa6f1f5c6a946d3112611fa8e_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_b4b894caa6f1f5c6a946d3112611fa8e_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_2bec4d48a99aa17c2f0c6f46504a0f8e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.withdraw", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_2bec4d48a99aa17c2f0c6f46504a0f8e, size:"3", variant:"soft" }))},children)
    )
});
Button_button_b4b894caa6f1f5c6a946d3112611fa8e_e7aa7053.displayName = "Button";
return Button_button_b4b894caa6f1f5c6a946d3112611fa8e_e7aa7053;
})();

export const Cond_comp_136c4e64b28021cdc9655622bf66c117_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_136c4e64b28021cdc9655622bf66c117_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (reflex___state____state__portal___partnership___state____partnership_state.can_withdraw_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_136c4e64b28021cdc9655622bf66c117_e7aa7053.displayName = "Cond";
return Cond_comp_136c4e64b28021cdc9655622bf66c117_e7aa7053;
})();

export const Bare_comp_dc088732d2f00ef6225f7837878bc1ac_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_dc088732d2f00ef6225f7837878bc1ac_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.notice_rx_state_
    )
});
Bare_comp_dc088732d2f00ef6225f7837878bc1ac_e7aa7053.displayName = "Bare";
return Bare_comp_dc088732d2f00ef6225f7837878bc1ac_e7aa7053;
})();

export const Cond_comp_c66b7fa37782786e016db435fcf29a4f_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_c66b7fa37782786e016db435fcf29a4f_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c66b7fa37782786e016db435fcf29a4f_e7aa7053.displayName = "Cond";
return Cond_comp_c66b7fa37782786e016db435fcf29a4f_e7aa7053;
})();

export const Bare_comp_210af18d52d5167f03bc5346e9dc9ca1_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_210af18d52d5167f03bc5346e9dc9ca1_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.error_rx_state_
    )
});
Bare_comp_210af18d52d5167f03bc5346e9dc9ca1_e7aa7053.displayName = "Bare";
return Bare_comp_210af18d52d5167f03bc5346e9dc9ca1_e7aa7053;
})();

export const Cond_comp_7e8253e3c6598d4eba6b9508995f0fd2_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_7e8253e3c6598d4eba6b9508995f0fd2_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7e8253e3c6598d4eba6b9508995f0fd2_e7aa7053.displayName = "Cond";
return Cond_comp_7e8253e3c6598d4eba6b9508995f0fd2_e7aa7053;
})();

export const Bare_comp_3a85870ad4c42290e4e6214feff5d75d_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_3a85870ad4c42290e4e6214feff5d75d_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (reflex___state____state__portal___partnership___state____partnership_state.other_name_rx_state_+" changed the partnership details. They take effect once you confirm them.")
    )
});
Bare_comp_3a85870ad4c42290e4e6214feff5d75d_e7aa7053.displayName = "Bare";
return Bare_comp_3a85870ad4c42290e4e6214feff5d75d_e7aa7053;
})();

export const Cond_comp_385ee99855aad46e57d2045a55153a73_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_385ee99855aad46e57d2045a55153a73_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (reflex___state____state__portal___partnership___state____partnership_state.pending_by_me_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_385ee99855aad46e57d2045a55153a73_e7aa7053.displayName = "Cond";
return Cond_comp_385ee99855aad46e57d2045a55153a73_e7aa7053;
})();

export const Cond_comp_5ebe74e83f53236f420438660dff7a70_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_5ebe74e83f53236f420438660dff7a70_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.pending_contacts_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5ebe74e83f53236f420438660dff7a70_e7aa7053.displayName = "Cond";
return Cond_comp_5ebe74e83f53236f420438660dff7a70_e7aa7053;
})();

export const Foreach_comp_60167ef583de7548bb026afd0be4acd7_e7aa7053 = /*#__PURE__*/ (() => {
const Foreach_comp_60167ef583de7548bb026afd0be4acd7_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___partnership___state____partnership_state.pending_contacts_rx_state_ ?? [],((p_rx_state_,index_dc912c6c23686673768dd8ee3812019d)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"row",key:index_dc912c6c23686673768dd8ee3812019d,gap:"2"},jsx(RadixThemesAvatar,{fallback:pyStrAt(p_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},p_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",css:({ ["overflow"] : "hidden", ["textOverflow"] : "ellipsis", ["whiteSpace"] : "nowrap", ["maxWidth"] : "100%" }),size:"1"},p_rx_state_?.["email"]))))))
    )
});
Foreach_comp_60167ef583de7548bb026afd0be4acd7_e7aa7053.displayName = "Foreach";
return Foreach_comp_60167ef583de7548bb026afd0be4acd7_e7aa7053;
})();

export const Cond_comp_507785fc57117602411effa28482ebac_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_507785fc57117602411effa28482ebac_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.pending_managers_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_507785fc57117602411effa28482ebac_e7aa7053.displayName = "Cond";
return Cond_comp_507785fc57117602411effa28482ebac_e7aa7053;
})();

export const Foreach_comp_e0811dffe8bd5d85858abe07d7cdb863_e7aa7053 = /*#__PURE__*/ (() => {
const Foreach_comp_e0811dffe8bd5d85858abe07d7cdb863_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___partnership___state____partnership_state.pending_managers_rx_state_ ?? [],((p_rx_state_,index_dc912c6c23686673768dd8ee3812019d)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"row",key:index_dc912c6c23686673768dd8ee3812019d,gap:"2"},jsx(RadixThemesAvatar,{fallback:pyStrAt(p_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},p_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",css:({ ["overflow"] : "hidden", ["textOverflow"] : "ellipsis", ["whiteSpace"] : "nowrap", ["maxWidth"] : "100%" }),size:"1"},p_rx_state_?.["email"]))))))
    )
});
Foreach_comp_e0811dffe8bd5d85858abe07d7cdb863_e7aa7053.displayName = "Foreach";
return Foreach_comp_e0811dffe8bd5d85858abe07d7cdb863_e7aa7053;
})();

export const Bare_comp_9fb9203640f881765aaa6cbdc129fa8d_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_9fb9203640f881765aaa6cbdc129fa8d_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.pending_message_rx_state_
    )
});
Bare_comp_9fb9203640f881765aaa6cbdc129fa8d_e7aa7053.displayName = "Bare";
return Bare_comp_9fb9203640f881765aaa6cbdc129fa8d_e7aa7053;
})();

export const Cond_comp_b8f25cfb36d133a32300d3615a399573_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_b8f25cfb36d133a32300d3615a399573_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (reflex___state____state__portal___partnership___state____partnership_state.pending_message_changed_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b8f25cfb36d133a32300d3615a399573_e7aa7053.displayName = "Cond";
return Cond_comp_b8f25cfb36d133a32300d3615a399573_e7aa7053;
})();

export const Button_button_1e0a18f7c41f808936dfd1127902e7db_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_1e0a18f7c41f808936dfd1127902e7db_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_7863c483948104847cbaa9a1441a44a6 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.confirm_changes", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_7863c483948104847cbaa9a1441a44a6, size:"3" }))},children)
    )
});
Button_button_1e0a18f7c41f808936dfd1127902e7db_e7aa7053.displayName = "Button";
return Button_button_1e0a18f7c41f808936dfd1127902e7db_e7aa7053;
})();

export const Button_button_3348d94ea17f9d5f24ecae2a97cbcaea_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_3348d94ea17f9d5f24ecae2a97cbcaea_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_bd00f37cdc553d5fcbc1eb7b74cea020 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.reject_changes", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_bd00f37cdc553d5fcbc1eb7b74cea020, size:"3", variant:"soft" }))},children)
    )
});
Button_button_3348d94ea17f9d5f24ecae2a97cbcaea_e7aa7053.displayName = "Button";
return Button_button_3348d94ea17f9d5f24ecae2a97cbcaea_e7aa7053;
})();

export const Cond_comp_53d3cd0f6fbb5ff1c7d7d774460f61ec_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_53d3cd0f6fbb5ff1c7d7d774460f61ec_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (reflex___state____state__portal___partnership___state____partnership_state.can_confirm_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_53d3cd0f6fbb5ff1c7d7d774460f61ec_e7aa7053.displayName = "Cond";
return Cond_comp_53d3cd0f6fbb5ff1c7d7d774460f61ec_e7aa7053;
})();

export const Cond_comp_872b5ffb3170f3cc5c9fefe7a49f1889_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_872b5ffb3170f3cc5c9fefe7a49f1889_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (reflex___state____state__portal___partnership___state____partnership_state.has_pending_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_872b5ffb3170f3cc5c9fefe7a49f1889_e7aa7053.displayName = "Cond";
return Cond_comp_872b5ffb3170f3cc5c9fefe7a49f1889_e7aa7053;
})();

export const Bare_comp_05f2d60999dee40cb6636837e21e1fc7_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_05f2d60999dee40cb6636837e21e1fc7_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.mode_rx_state_?.valueOf?.() === "accept"?.valueOf?.()) ? "Accept Partnership Offer" : "Modify Partnership Details")
    )
});
Bare_comp_05f2d60999dee40cb6636837e21e1fc7_e7aa7053.displayName = "Bare";
return Bare_comp_05f2d60999dee40cb6636837e21e1fc7_e7aa7053;
})();

export const Bare_comp_e5d114320c08f3782095fac3a61120d1_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_e5d114320c08f3782095fac3a61120d1_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.mode_rx_state_?.valueOf?.() === "accept"?.valueOf?.()) ? "Choose the contacts you offer to this partner and your partner managers." : "Change your contacts and partner managers. The other side confirms the changes before they take effect.")
    )
});
Bare_comp_e5d114320c08f3782095fac3a61120d1_e7aa7053.displayName = "Bare";
return Bare_comp_e5d114320c08f3782095fac3a61120d1_e7aa7053;
})();

export const Debounceinput_debounceinput_0a9c3693f7ff9b99c9b086b35e7e35a8_e7aa7053 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_0a9c3693f7ff9b99c9b086b35e7e35a8_e7aa7053 = memo(({children, ...rest}) => {
    const ref_modify_message = useRef(null); refs["ref_modify_message"] = ref_modify_message;
const on_change_c056267d53a84f7ca9310c064d22151b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.set_draft_message", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextArea, id:"modify-message", inputRef:ref_modify_message, maxLength:500, onChange:on_change_c056267d53a84f7ca9310c064d22151b, rows:"4", size:"3", value:reflex___state____state__portal___partnership___state____partnership_state.draft_message_rx_state_ }), "inputRef")},)
    )
});
Debounceinput_debounceinput_0a9c3693f7ff9b99c9b086b35e7e35a8_e7aa7053.displayName = "DebounceInput";
return Debounceinput_debounceinput_0a9c3693f7ff9b99c9b086b35e7e35a8_e7aa7053;
})();

export const Cond_comp_e73bfd6abab5e542e506165c84d90426_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_e73bfd6abab5e542e506165c84d90426_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (pyAnd((reflex___state____state__portal___partnership___state____partnership_state.mode_rx_state_?.valueOf?.() === "modify"?.valueOf?.()), () => ((reflex___state____state__portal___partnership___state____partnership_state.side_rx_state_?.valueOf?.() === "partner"?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e73bfd6abab5e542e506165c84d90426_e7aa7053.displayName = "Cond";
return Cond_comp_e73bfd6abab5e542e506165c84d90426_e7aa7053;
})();

export const Debounceinput_debounceinput_d7b20b881efd8824e0031bc2314a45ad_e7aa7053 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_d7b20b881efd8824e0031bc2314a45ad_e7aa7053 = memo(({children, ...rest}) => {
    const ref_choose_contact_search = useRef(null); refs["ref_choose_contact_search"] = ref_choose_contact_search;
const on_change_b4ed3ca219ff09628d287c3ffd7041d3 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.set_search", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 250 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"choose-contact-search", inputRef:ref_choose_contact_search, onChange:on_change_b4ed3ca219ff09628d287c3ffd7041d3, placeholder:"Find contacts by name", size:"3", value:(isNotNullOrUndefined(reflex___state____state__portal___partnership___state____partnership_state.search_rx_state_) ? reflex___state____state__portal___partnership___state____partnership_state.search_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_d7b20b881efd8824e0031bc2314a45ad_e7aa7053.displayName = "DebounceInput";
return Debounceinput_debounceinput_d7b20b881efd8824e0031bc2314a45ad_e7aa7053;
})();

export const Foreach_comp_565e6cd7070aca8c26e4a1645ea66466_e7aa7053 = /*#__PURE__*/ (() => {
const Foreach_comp_565e6cd7070aca8c26e4a1645ea66466_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___partnership___state____partnership_state.options_rx_state_ ?? [],((o_rx_state_,index_5ed2e62f32801e4878b7834859f26a14)=>(jsx(RadixThemesFlex,{align:"center","aria-checked":(reflex___state____state__portal___partnership___state____partnership_state.chosen_contacts_rx_state_.includes(o_rx_state_?.["id"]) ? "true" : "false"),"aria-disabled":((o_rx_state_?.["id"]?.valueOf?.() === ""?.valueOf?.()) ? "true" : "false"),"aria-label":o_rx_state_?.["name"],className:"rx-Stack",css:({ ["cursor"] : ((o_rx_state_?.["id"]?.valueOf?.() === ""?.valueOf?.()) ? "default" : "pointer"), ["width"] : "100%", ["padding"] : "0.6rem 0.8rem", ["borderRadius"] : "10px", ["border"] : (reflex___state____state__portal___partnership___state____partnership_state.chosen_contacts_rx_state_.includes(o_rx_state_?.["id"]) ? "1px solid var(--indigo-8)" : "1px solid var(--gray-5)"), ["background"] : (reflex___state____state__portal___partnership___state____partnership_state.chosen_contacts_rx_state_.includes(o_rx_state_?.["id"]) ? "var(--indigo-3)" : "transparent"), ["&:hover"] : ({ ["background"] : "var(--indigo-2)" }) }),direction:"row",key:index_5ed2e62f32801e4878b7834859f26a14,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.toggle_contact", ({ ["user_id"] : o_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),role:"checkbox",gap:"3",tabIndex:0},jsx(RadixThemesAvatar,{color:(reflex___state____state__portal___partnership___state____partnership_state.chosen_contacts_rx_state_.includes(o_rx_state_?.["id"]) ? "indigo" : "gray"),fallback:pyStrAt(o_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},o_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},o_rx_state_?.["email"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},((o_rx_state_?.["id"]?.valueOf?.() === ""?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesBadge,{variant:"surface"},"You"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(reflex___state____state__portal___partnership___state____partnership_state.chosen_contacts_rx_state_.includes(o_rx_state_?.["id"])?(jsx(Fragment,{},jsx(LucideCircleCheck,{css:({ ["color"] : "var(--indigo-10)" }),size:20},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-8)" }),size:20},)))))))))
    )
});
Foreach_comp_565e6cd7070aca8c26e4a1645ea66466_e7aa7053.displayName = "Foreach";
return Foreach_comp_565e6cd7070aca8c26e4a1645ea66466_e7aa7053;
})();

export const Cond_comp_74e21c73d44df16843e15c76aedd79b1_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_74e21c73d44df16843e15c76aedd79b1_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.options_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_74e21c73d44df16843e15c76aedd79b1_e7aa7053.displayName = "Cond";
return Cond_comp_74e21c73d44df16843e15c76aedd79b1_e7aa7053;
})();

export const Debounceinput_debounceinput_e00157f4d69c476b6b7d47d46de37e10_e7aa7053 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_e00157f4d69c476b6b7d47d46de37e10_e7aa7053 = memo(({children, ...rest}) => {
    const ref_choose_manager_search = useRef(null); refs["ref_choose_manager_search"] = ref_choose_manager_search;
const on_change_b4ed3ca219ff09628d287c3ffd7041d3 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.set_search", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 250 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"choose-manager-search", inputRef:ref_choose_manager_search, onChange:on_change_b4ed3ca219ff09628d287c3ffd7041d3, placeholder:"Find contacts by name", size:"3", value:(isNotNullOrUndefined(reflex___state____state__portal___partnership___state____partnership_state.search_rx_state_) ? reflex___state____state__portal___partnership___state____partnership_state.search_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_e00157f4d69c476b6b7d47d46de37e10_e7aa7053.displayName = "DebounceInput";
return Debounceinput_debounceinput_e00157f4d69c476b6b7d47d46de37e10_e7aa7053;
})();

export const Foreach_comp_bf5f7da1f25bc086b6e90d4542cc43f8_e7aa7053 = /*#__PURE__*/ (() => {
const Foreach_comp_bf5f7da1f25bc086b6e90d4542cc43f8_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___partnership___state____partnership_state.options_rx_state_ ?? [],((o_rx_state_,index_5ed2e62f32801e4878b7834859f26a14)=>(jsx(RadixThemesFlex,{align:"center","aria-checked":(reflex___state____state__portal___partnership___state____partnership_state.chosen_managers_rx_state_.includes(o_rx_state_?.["id"]) ? "true" : "false"),"aria-disabled":((o_rx_state_?.["id"]?.valueOf?.() === ((reflex___state____state__portal___partnership___state____partnership_state.mode_rx_state_?.valueOf?.() === "accept"?.valueOf?.()) ? reflex___state____state__portal___partnership___state____partnership_state.my_id_rx_state_ : "")?.valueOf?.()) ? "true" : "false"),"aria-label":o_rx_state_?.["name"],className:"rx-Stack",css:({ ["cursor"] : ((o_rx_state_?.["id"]?.valueOf?.() === ((reflex___state____state__portal___partnership___state____partnership_state.mode_rx_state_?.valueOf?.() === "accept"?.valueOf?.()) ? reflex___state____state__portal___partnership___state____partnership_state.my_id_rx_state_ : "")?.valueOf?.()) ? "default" : "pointer"), ["width"] : "100%", ["padding"] : "0.6rem 0.8rem", ["borderRadius"] : "10px", ["border"] : (reflex___state____state__portal___partnership___state____partnership_state.chosen_managers_rx_state_.includes(o_rx_state_?.["id"]) ? "1px solid var(--indigo-8)" : "1px solid var(--gray-5)"), ["background"] : (reflex___state____state__portal___partnership___state____partnership_state.chosen_managers_rx_state_.includes(o_rx_state_?.["id"]) ? "var(--indigo-3)" : "transparent"), ["&:hover"] : ({ ["background"] : "var(--indigo-2)" }) }),direction:"row",key:index_5ed2e62f32801e4878b7834859f26a14,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.toggle_manager", ({ ["user_id"] : o_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),role:"checkbox",gap:"3",tabIndex:0},jsx(RadixThemesAvatar,{color:(reflex___state____state__portal___partnership___state____partnership_state.chosen_managers_rx_state_.includes(o_rx_state_?.["id"]) ? "indigo" : "gray"),fallback:pyStrAt(o_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},o_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},o_rx_state_?.["email"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},((o_rx_state_?.["id"]?.valueOf?.() === ((reflex___state____state__portal___partnership___state____partnership_state.mode_rx_state_?.valueOf?.() === "accept"?.valueOf?.()) ? reflex___state____state__portal___partnership___state____partnership_state.my_id_rx_state_ : "")?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesBadge,{variant:"surface"},"You"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(reflex___state____state__portal___partnership___state____partnership_state.chosen_managers_rx_state_.includes(o_rx_state_?.["id"])?(jsx(Fragment,{},jsx(LucideCircleCheck,{css:({ ["color"] : "var(--indigo-10)" }),size:20},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-8)" }),size:20},)))))))))
    )
});
Foreach_comp_bf5f7da1f25bc086b6e90d4542cc43f8_e7aa7053.displayName = "Foreach";
return Foreach_comp_bf5f7da1f25bc086b6e90d4542cc43f8_e7aa7053;
})();

export const Button_button_ed16f3f1ed795277c085170ad9e5ac41_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_ed16f3f1ed795277c085170ad9e5ac41_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_05adecb4f142c60d88ef35673d67a607 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.back_to_view", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_05adecb4f142c60d88ef35673d67a607, size:"3", variant:"soft" }))},children)
    )
});
Button_button_ed16f3f1ed795277c085170ad9e5ac41_e7aa7053.displayName = "Button";
return Button_button_ed16f3f1ed795277c085170ad9e5ac41_e7aa7053;
})();

export const Button_button_435407a6316be166f3e31b6eba22c116_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_435407a6316be166f3e31b6eba22c116_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_2d986bf7001e6cf3a99053a085bea32a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.accept", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:pyOr((reflex___state____state__portal___partnership___state____partnership_state.chosen_contacts_rx_state_.length?.valueOf?.() === 0?.valueOf?.()), () => ((reflex___state____state__portal___partnership___state____partnership_state.chosen_managers_rx_state_.length?.valueOf?.() === 0?.valueOf?.()))), onClick:on_click_2d986bf7001e6cf3a99053a085bea32a, size:"3" }))},children)
    )
});
Button_button_435407a6316be166f3e31b6eba22c116_e7aa7053.displayName = "Button";
return Button_button_435407a6316be166f3e31b6eba22c116_e7aa7053;
})();

export const Button_button_54ac2c4ad38d0902d1d2e18b354fc13a_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_54ac2c4ad38d0902d1d2e18b354fc13a_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_b5a706f894fc831c120885cf59c68489 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.save_changes", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:pyOr((reflex___state____state__portal___partnership___state____partnership_state.chosen_contacts_rx_state_.length?.valueOf?.() === 0?.valueOf?.()), () => ((reflex___state____state__portal___partnership___state____partnership_state.chosen_managers_rx_state_.length?.valueOf?.() === 0?.valueOf?.()))), onClick:on_click_b5a706f894fc831c120885cf59c68489, size:"3" }))},children)
    )
});
Button_button_54ac2c4ad38d0902d1d2e18b354fc13a_e7aa7053.displayName = "Button";
return Button_button_54ac2c4ad38d0902d1d2e18b354fc13a_e7aa7053;
})();

export const Cond_comp_4d183382c8d7d0fec9898bd6e3e103c8_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_4d183382c8d7d0fec9898bd6e3e103c8_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.mode_rx_state_?.valueOf?.() === "accept"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4d183382c8d7d0fec9898bd6e3e103c8_e7aa7053.displayName = "Cond";
return Cond_comp_4d183382c8d7d0fec9898bd6e3e103c8_e7aa7053;
})();

export const Cond_comp_d12d05cc0cf9b4b5718d5f032350159c_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_d12d05cc0cf9b4b5718d5f032350159c_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.mode_rx_state_?.valueOf?.() === "view"?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d12d05cc0cf9b4b5718d5f032350159c_e7aa7053.displayName = "Cond";
return Cond_comp_d12d05cc0cf9b4b5718d5f032350159c_e7aa7053;
})();

export const Bare_comp_fa43aaee1dc17dcd535ee2731f203e28_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_fa43aaee1dc17dcd535ee2731f203e28_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.other_tenant_rx_state_
    )
});
Bare_comp_fa43aaee1dc17dcd535ee2731f203e28_e7aa7053.displayName = "Bare";
return Bare_comp_fa43aaee1dc17dcd535ee2731f203e28_e7aa7053;
})();

export const Bare_comp_bd49706d0fedbc5e584bbe7549a0b683_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_bd49706d0fedbc5e584bbe7549a0b683_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.contact_email_rx_state_
    )
});
Bare_comp_bd49706d0fedbc5e584bbe7549a0b683_e7aa7053.displayName = "Bare";
return Bare_comp_bd49706d0fedbc5e584bbe7549a0b683_e7aa7053;
})();

export const Cond_comp_c7b06d290a3aed03d93bba8e1bf6501b_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_c7b06d290a3aed03d93bba8e1bf6501b_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.side_rx_state_?.valueOf?.() === "partner"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c7b06d290a3aed03d93bba8e1bf6501b_e7aa7053.displayName = "Cond";
return Cond_comp_c7b06d290a3aed03d93bba8e1bf6501b_e7aa7053;
})();

export const Bare_comp_933fe2c75d8bc63aee11fed9741163cf_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_933fe2c75d8bc63aee11fed9741163cf_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.message_rx_state_
    )
});
Bare_comp_933fe2c75d8bc63aee11fed9741163cf_e7aa7053.displayName = "Bare";
return Bare_comp_933fe2c75d8bc63aee11fed9741163cf_e7aa7053;
})();

export const Bare_comp_8b3a4b5b60e61ddb423b2fa9962de1f1_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_8b3a4b5b60e61ddb423b2fa9962de1f1_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ("Reason for declining: "+reflex___state____state__portal___partnership___state____partnership_state.decline_reason_rx_state_)
    )
});
Bare_comp_8b3a4b5b60e61ddb423b2fa9962de1f1_e7aa7053.displayName = "Bare";
return Bare_comp_8b3a4b5b60e61ddb423b2fa9962de1f1_e7aa7053;
})();

export const Cond_comp_bc40d94891ebd14a707297864e336775_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_bc40d94891ebd14a707297864e336775_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.decline_reason_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bc40d94891ebd14a707297864e336775_e7aa7053.displayName = "Cond";
return Cond_comp_bc40d94891ebd14a707297864e336775_e7aa7053;
})();

export const Cond_comp_4d147146062718ad41b663c8198bde70_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_4d147146062718ad41b663c8198bde70_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.my_contacts_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4d147146062718ad41b663c8198bde70_e7aa7053.displayName = "Cond";
return Cond_comp_4d147146062718ad41b663c8198bde70_e7aa7053;
})();

export const Foreach_comp_18c84439469e8e17cfd045567ae93100_e7aa7053 = /*#__PURE__*/ (() => {
const Foreach_comp_18c84439469e8e17cfd045567ae93100_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___partnership___state____partnership_state.my_contacts_rx_state_ ?? [],((p_rx_state_,index_dc912c6c23686673768dd8ee3812019d)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"row",key:index_dc912c6c23686673768dd8ee3812019d,gap:"2"},jsx(RadixThemesAvatar,{fallback:pyStrAt(p_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},p_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",css:({ ["overflow"] : "hidden", ["textOverflow"] : "ellipsis", ["whiteSpace"] : "nowrap", ["maxWidth"] : "100%" }),size:"1"},p_rx_state_?.["email"]))))))
    )
});
Foreach_comp_18c84439469e8e17cfd045567ae93100_e7aa7053.displayName = "Foreach";
return Foreach_comp_18c84439469e8e17cfd045567ae93100_e7aa7053;
})();

export const Cond_comp_dd19864efd86ae4f52d9458428fe9012_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_dd19864efd86ae4f52d9458428fe9012_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.my_managers_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_dd19864efd86ae4f52d9458428fe9012_e7aa7053.displayName = "Cond";
return Cond_comp_dd19864efd86ae4f52d9458428fe9012_e7aa7053;
})();

export const Foreach_comp_b9edac07a602bbcf02254bfe864ec398_e7aa7053 = /*#__PURE__*/ (() => {
const Foreach_comp_b9edac07a602bbcf02254bfe864ec398_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___partnership___state____partnership_state.my_managers_rx_state_ ?? [],((p_rx_state_,index_dc912c6c23686673768dd8ee3812019d)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"row",key:index_dc912c6c23686673768dd8ee3812019d,gap:"2"},jsx(RadixThemesAvatar,{fallback:pyStrAt(p_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},p_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",css:({ ["overflow"] : "hidden", ["textOverflow"] : "ellipsis", ["whiteSpace"] : "nowrap", ["maxWidth"] : "100%" }),size:"1"},p_rx_state_?.["email"]))))))
    )
});
Foreach_comp_b9edac07a602bbcf02254bfe864ec398_e7aa7053.displayName = "Foreach";
return Foreach_comp_b9edac07a602bbcf02254bfe864ec398_e7aa7053;
})();

export const Cond_comp_8dac1538bf864a5210c6bbe3fa0f089d_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_8dac1538bf864a5210c6bbe3fa0f089d_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.their_contacts_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8dac1538bf864a5210c6bbe3fa0f089d_e7aa7053.displayName = "Cond";
return Cond_comp_8dac1538bf864a5210c6bbe3fa0f089d_e7aa7053;
})();

export const Foreach_comp_51b8de07ca95039a51909bd122498a48_e7aa7053 = /*#__PURE__*/ (() => {
const Foreach_comp_51b8de07ca95039a51909bd122498a48_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___partnership___state____partnership_state.their_contacts_rx_state_ ?? [],((p_rx_state_,index_dc912c6c23686673768dd8ee3812019d)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"row",key:index_dc912c6c23686673768dd8ee3812019d,gap:"2"},jsx(RadixThemesAvatar,{fallback:pyStrAt(p_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},p_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",css:({ ["overflow"] : "hidden", ["textOverflow"] : "ellipsis", ["whiteSpace"] : "nowrap", ["maxWidth"] : "100%" }),size:"1"},p_rx_state_?.["email"]))))))
    )
});
Foreach_comp_51b8de07ca95039a51909bd122498a48_e7aa7053.displayName = "Foreach";
return Foreach_comp_51b8de07ca95039a51909bd122498a48_e7aa7053;
})();

export const Cond_comp_0f21be31dd911cf8e6d9b3aa5c512c1e_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_0f21be31dd911cf8e6d9b3aa5c512c1e_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (reflex___state____state__portal___partnership___state____partnership_state.has_tile_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0f21be31dd911cf8e6d9b3aa5c512c1e_e7aa7053.displayName = "Cond";
return Cond_comp_0f21be31dd911cf8e6d9b3aa5c512c1e_e7aa7053;
})();

export const Cond_comp_2453b4773183ddaa3b1b1cd6c9df68b5_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_2453b4773183ddaa3b1b1cd6c9df68b5_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        ((reflex___state____state__portal___partnership___state____partnership_state.their_managers_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2453b4773183ddaa3b1b1cd6c9df68b5_e7aa7053.displayName = "Cond";
return Cond_comp_2453b4773183ddaa3b1b1cd6c9df68b5_e7aa7053;
})();

export const Foreach_comp_dc9161a761f955bdfa919bb80953cd28_e7aa7053 = /*#__PURE__*/ (() => {
const Foreach_comp_dc9161a761f955bdfa919bb80953cd28_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___partnership___state____partnership_state.their_managers_rx_state_ ?? [],((p_rx_state_,index_dc912c6c23686673768dd8ee3812019d)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"row",key:index_dc912c6c23686673768dd8ee3812019d,gap:"2"},jsx(RadixThemesAvatar,{fallback:pyStrAt(p_rx_state_?.["name"], 0),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["minWidth"] : "0", ["width"] : "100%" }),direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},p_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",css:({ ["overflow"] : "hidden", ["textOverflow"] : "ellipsis", ["whiteSpace"] : "nowrap", ["maxWidth"] : "100%" }),size:"1"},p_rx_state_?.["email"]))))))
    )
});
Foreach_comp_dc9161a761f955bdfa919bb80953cd28_e7aa7053.displayName = "Foreach";
return Foreach_comp_dc9161a761f955bdfa919bb80953cd28_e7aa7053;
})();

export const Avatar_avatar_c65dc9ae831b44e00525ce883a23c4e9_e7aa7053 = /*#__PURE__*/ (() => {
const Avatar_avatar_c65dc9ae831b44e00525ce883a23c4e9_e7aa7053 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        jsx(RadixThemesAvatar,{...mergeSlotProps(rest, ({ color:"indigo", fallback:pyStrAt(reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["name"], 0), radius:"large", size:"4" }))},)
    )
});
Avatar_avatar_c65dc9ae831b44e00525ce883a23c4e9_e7aa7053.displayName = "Avatar";
return Avatar_avatar_c65dc9ae831b44e00525ce883a23c4e9_e7aa7053;
})();

export const Bare_comp_c2ac5758691fd211c9021798fababf55_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_c2ac5758691fd211c9021798fababf55_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["name"]
    )
});
Bare_comp_c2ac5758691fd211c9021798fababf55_e7aa7053.displayName = "Bare";
return Bare_comp_c2ac5758691fd211c9021798fababf55_e7aa7053;
})();

export const Bare_comp_cfc65a2a5bc5520427d1c27a39d29c7b_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_cfc65a2a5bc5520427d1c27a39d29c7b_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["tier"]
    )
});
Bare_comp_cfc65a2a5bc5520427d1c27a39d29c7b_e7aa7053.displayName = "Bare";
return Bare_comp_cfc65a2a5bc5520427d1c27a39d29c7b_e7aa7053;
})();

export const Cond_comp_46a8bf4984f98178b1e1967a1085acd6_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_46a8bf4984f98178b1e1967a1085acd6_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["tier"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_46a8bf4984f98178b1e1967a1085acd6_e7aa7053.displayName = "Cond";
return Cond_comp_46a8bf4984f98178b1e1967a1085acd6_e7aa7053;
})();

export const Bare_comp_1f0288c4ecaef43d292421e8a41a2eee_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_1f0288c4ecaef43d292421e8a41a2eee_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["geography"]
    )
});
Bare_comp_1f0288c4ecaef43d292421e8a41a2eee_e7aa7053.displayName = "Bare";
return Bare_comp_1f0288c4ecaef43d292421e8a41a2eee_e7aa7053;
})();

export const Cond_comp_29c3eb9b090039e60b95374ec6ebfeeb_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_29c3eb9b090039e60b95374ec6ebfeeb_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["geography"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_29c3eb9b090039e60b95374ec6ebfeeb_e7aa7053.displayName = "Cond";
return Cond_comp_29c3eb9b090039e60b95374ec6ebfeeb_e7aa7053;
})();

export const Bare_comp_d505474df291b17a13e825c0aab78b10_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_d505474df291b17a13e825c0aab78b10_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["about"]
    )
});
Bare_comp_d505474df291b17a13e825c0aab78b10_e7aa7053.displayName = "Bare";
return Bare_comp_d505474df291b17a13e825c0aab78b10_e7aa7053;
})();

export const Cond_comp_72f5ff68d198ca85e0733473306df572_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_72f5ff68d198ca85e0733473306df572_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["about"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_72f5ff68d198ca85e0733473306df572_e7aa7053.displayName = "Cond";
return Cond_comp_72f5ff68d198ca85e0733473306df572_e7aa7053;
})();

export const Bare_comp_553e911f74ca5613ab7a9abfcb946396_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_553e911f74ca5613ab7a9abfcb946396_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["services"]
    )
});
Bare_comp_553e911f74ca5613ab7a9abfcb946396_e7aa7053.displayName = "Bare";
return Bare_comp_553e911f74ca5613ab7a9abfcb946396_e7aa7053;
})();

export const Cond_comp_c0744353a256510b3ca0efe89d3c1915_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_c0744353a256510b3ca0efe89d3c1915_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["services"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c0744353a256510b3ca0efe89d3c1915_e7aa7053.displayName = "Cond";
return Cond_comp_c0744353a256510b3ca0efe89d3c1915_e7aa7053;
})();

export const Bare_comp_7137f2954e1d2b4202ec842a512019e5_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_7137f2954e1d2b4202ec842a512019e5_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["offerings"]
    )
});
Bare_comp_7137f2954e1d2b4202ec842a512019e5_e7aa7053.displayName = "Bare";
return Bare_comp_7137f2954e1d2b4202ec842a512019e5_e7aa7053;
})();

export const Cond_comp_669ef38698e882234398d438ca2f79e9_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_669ef38698e882234398d438ca2f79e9_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["offerings"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_669ef38698e882234398d438ca2f79e9_e7aa7053.displayName = "Cond";
return Cond_comp_669ef38698e882234398d438ca2f79e9_e7aa7053;
})();

export const Bare_comp_817baaacbd9e58ba194e219b10e44f96_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_817baaacbd9e58ba194e219b10e44f96_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["website"]
    )
});
Bare_comp_817baaacbd9e58ba194e219b10e44f96_e7aa7053.displayName = "Bare";
return Bare_comp_817baaacbd9e58ba194e219b10e44f96_e7aa7053;
})();

export const Cond_comp_ad78c88112a886bee4b1537469d8074b_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_ad78c88112a886bee4b1537469d8074b_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["website"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ad78c88112a886bee4b1537469d8074b_e7aa7053.displayName = "Cond";
return Cond_comp_ad78c88112a886bee4b1537469d8074b_e7aa7053;
})();

export const Bare_comp_178aea3b920e4487e246d6531e4abd25_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_178aea3b920e4487e246d6531e4abd25_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["phone"]
    )
});
Bare_comp_178aea3b920e4487e246d6531e4abd25_e7aa7053.displayName = "Bare";
return Bare_comp_178aea3b920e4487e246d6531e4abd25_e7aa7053;
})();

export const Cond_comp_067c1a3664b094ef9d82a96ab8ad769c_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_067c1a3664b094ef9d82a96ab8ad769c_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (!((reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["phone"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_067c1a3664b094ef9d82a96ab8ad769c_e7aa7053.displayName = "Cond";
return Cond_comp_067c1a3664b094ef9d82a96ab8ad769c_e7aa7053;
})();

export const Cond_comp_5f7b982e0a5eef9e51a205e96dffde43_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_5f7b982e0a5eef9e51a205e96dffde43_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (pyAnd(pyAnd((reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["about"]?.valueOf?.() === ""?.valueOf?.()), () => ((reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["services"]?.valueOf?.() === ""?.valueOf?.()))), () => ((reflex___state____state__portal___partnership___state____partnership_state.tile_rx_state_?.["offerings"]?.valueOf?.() === ""?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5f7b982e0a5eef9e51a205e96dffde43_e7aa7053.displayName = "Cond";
return Cond_comp_5f7b982e0a5eef9e51a205e96dffde43_e7aa7053;
})();

export const Debounceinput_debounceinput_adc54bf06e08b5bf394cb57bbf1183ee_e7aa7053 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_adc54bf06e08b5bf394cb57bbf1183ee_e7aa7053 = memo(({children, ...rest}) => {
    const ref_decline_reason = useRef(null); refs["ref_decline_reason"] = ref_decline_reason;
const on_change_29e5242037899236f6a87c7e5cf387a3 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.set_decline_text", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextArea, id:"decline-reason", inputRef:ref_decline_reason, maxLength:500, onChange:on_change_29e5242037899236f6a87c7e5cf387a3, rows:"3", size:"3", value:reflex___state____state__portal___partnership___state____partnership_state.decline_text_rx_state_ }), "inputRef")},)
    )
});
Debounceinput_debounceinput_adc54bf06e08b5bf394cb57bbf1183ee_e7aa7053.displayName = "DebounceInput";
return Debounceinput_debounceinput_adc54bf06e08b5bf394cb57bbf1183ee_e7aa7053;
})();

export const Button_button_7bf3db44cb2901c9becce18f47ab8795_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_7bf3db44cb2901c9becce18f47ab8795_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_a225607ac0b841679c1cbf01925e68bf = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.close_decline", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_a225607ac0b841679c1cbf01925e68bf, variant:"soft" }))},children)
    )
});
Button_button_7bf3db44cb2901c9becce18f47ab8795_e7aa7053.displayName = "Button";
return Button_button_7bf3db44cb2901c9becce18f47ab8795_e7aa7053;
})();

export const Button_button_c883192aa843737943c092ca185278f6_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_c883192aa843737943c092ca185278f6_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_f2ef96df7a5389a28d2f3809054470c0 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___partnership___state____partnership_state.decline", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_f2ef96df7a5389a28d2f3809054470c0 }))},children)
    )
});
Button_button_c883192aa843737943c092ca185278f6_e7aa7053.displayName = "Button";
return Button_button_c883192aa843737943c092ca185278f6_e7aa7053;
})();

export const Alertdialogroot_alertdialog__root_8421eef9e68dd861bba64472ce825bae_e7aa7053 = /*#__PURE__*/ (() => {
const Alertdialogroot_alertdialog__root_8421eef9e68dd861bba64472ce825bae_e7aa7053 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        jsx(RadixThemesAlertDialog.Root,{...mergeSlotProps(rest, ({ open:reflex___state____state__portal___partnership___state____partnership_state.decline_open_rx_state_ }))},children)
    )
});
Alertdialogroot_alertdialog__root_8421eef9e68dd861bba64472ce825bae_e7aa7053.displayName = "AlertDialogRoot";
return Alertdialogroot_alertdialog__root_8421eef9e68dd861bba64472ce825bae_e7aa7053;
})();

export const Cond_comp_e61c5c137e29f3ea6efb65c195b585bc_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_e61c5c137e29f3ea6efb65c195b585bc_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (reflex___state____state__portal___partnership___state____partnership_state.missing_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e61c5c137e29f3ea6efb65c195b585bc_e7aa7053.displayName = "Cond";
return Cond_comp_e61c5c137e29f3ea6efb65c195b585bc_e7aa7053;
})();

export const Cond_comp_ceb4fa23193358da71cb2b07acdc9e7f_e7aa7053 = /*#__PURE__*/ (() => {
const Cond_comp_ceb4fa23193358da71cb2b07acdc9e7f_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___partnership___state____partnership_state = useStateContext("reflex___state____state.portal___partnership___state____partnership_state")
    return(
        (reflex___state____state__portal___partnership___state____partnership_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ceb4fa23193358da71cb2b07acdc9e7f_e7aa7053.displayName = "Cond";
return Cond_comp_ceb4fa23193358da71cb2b07acdc9e7f_e7aa7053;
})();

export const Bare_comp_00bf96ea97ad53747f05970981777ced_e7aa7053 = /*#__PURE__*/ (() => {
const Bare_comp_00bf96ea97ad53747f05970981777ced_e7aa7053 = memo(({children}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["title"]
    )
});
Bare_comp_00bf96ea97ad53747f05970981777ced_e7aa7053.displayName = "Bare";
return Bare_comp_00bf96ea97ad53747f05970981777ced_e7aa7053;
})();

export const Html_div_3a69dcd7017865310b6696d6a9e738ba_e7aa7053 = /*#__PURE__*/ (() => {
const Html_div_3a69dcd7017865310b6696d6a9e738ba_e7aa7053 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx("div",{...mergeSlotProps(rest, ({ className:"rx-Html", dangerouslySetInnerHTML:({ ["__html"] : reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["body_html"] }) }))},)
    )
});
Html_div_3a69dcd7017865310b6696d6a9e738ba_e7aa7053.displayName = "Html";
return Html_div_3a69dcd7017865310b6696d6a9e738ba_e7aa7053;
})();

export const Button_button_5409b7575752b2ba28ca56ed0880726d_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_5409b7575752b2ba28ca56ed0880726d_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.later", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49, variant:"soft" }))},children)
    )
});
Button_button_5409b7575752b2ba28ca56ed0880726d_e7aa7053.displayName = "Button";
return Button_button_5409b7575752b2ba28ca56ed0880726d_e7aa7053;
})();

export const Button_button_53a3e39e688b3b55fcadd93546e681ae_e7aa7053 = /*#__PURE__*/ (() => {
const Button_button_53a3e39e688b3b55fcadd93546e681ae_e7aa7053 = memo(({children, ...rest}) => {
    const on_click_e6b13249cd78c80e9d7fe2a4ae364570 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.mark_read", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_e6b13249cd78c80e9d7fe2a4ae364570 }))},children)
    )
});
Button_button_53a3e39e688b3b55fcadd93546e681ae_e7aa7053.displayName = "Button";
return Button_button_53a3e39e688b3b55fcadd93546e681ae_e7aa7053;
})();

export const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_e7aa7053 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_e7aa7053 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ open:(reflex___state____state__portal___popups___state____popup_state.queue_rx_state_.length > 0) }))},children)
    )
});
Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_e7aa7053.displayName = "DialogRoot";
return Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_e7aa7053;
})();
