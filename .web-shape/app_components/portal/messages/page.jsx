
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,pyAnd} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Text as RadixThemesText} from "@radix-ui/themes"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {DynamicIcon} from "lucide-react/dynamic.mjs"








export const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_2bc4e399 = /*#__PURE__*/ (() => {
const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_2bc4e399 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.account_name_rx_state_
    )
});
Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_2bc4e399.displayName = "Bare";
return Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_2bc4e399;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_2bc4e399 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_2bc4e399 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_2bc4e399.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_2bc4e399;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2bc4e399 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2bc4e399 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2bc4e399.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2bc4e399;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2bc4e399 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2bc4e399 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2bc4e399.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2bc4e399;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2bc4e399 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2bc4e399 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2bc4e399.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2bc4e399;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2bc4e399 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2bc4e399 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2bc4e399.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2bc4e399;
})();

export const Bare_comp_7d45520dbcea0ad96e5b7fde1a8f89fa_2bc4e399 = /*#__PURE__*/ (() => {
const Bare_comp_7d45520dbcea0ad96e5b7fde1a8f89fa_2bc4e399 = memo(({children}) => {
    const reflex___state____state__portal___messages___state____message_center_state = useStateContext("reflex___state____state.portal___messages___state____message_center_state")
    return(
        reflex___state____state__portal___messages___state____message_center_state.opened_rx_state_?.["title"]
    )
});
Bare_comp_7d45520dbcea0ad96e5b7fde1a8f89fa_2bc4e399.displayName = "Bare";
return Bare_comp_7d45520dbcea0ad96e5b7fde1a8f89fa_2bc4e399;
})();

export const Iconbutton_iconbutton_70f45eee9aa6ae058db52ec6c74f7412_2bc4e399 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_70f45eee9aa6ae058db52ec6c74f7412_2bc4e399 = memo(({children, ...rest}) => {
    const on_click_da1294d500adf457d70826067112d97b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___messages___state____message_center_state.close_message", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Close message", css:({ ["padding"] : "6px" }), onClick:on_click_da1294d500adf457d70826067112d97b, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_70f45eee9aa6ae058db52ec6c74f7412_2bc4e399.displayName = "IconButton";
return Iconbutton_iconbutton_70f45eee9aa6ae058db52ec6c74f7412_2bc4e399;
})();

export const Html_div_ba943afc5980f0cfd539b2ac5587ebfd_2bc4e399 = /*#__PURE__*/ (() => {
const Html_div_ba943afc5980f0cfd539b2ac5587ebfd_2bc4e399 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___messages___state____message_center_state = useStateContext("reflex___state____state.portal___messages___state____message_center_state")
    return(
        jsx("div",{...mergeSlotProps(rest, ({ className:"rx-Html", dangerouslySetInnerHTML:({ ["__html"] : reflex___state____state__portal___messages___state____message_center_state.opened_rx_state_?.["body_html"] }) }))},)
    )
});
Html_div_ba943afc5980f0cfd539b2ac5587ebfd_2bc4e399.displayName = "Html";
return Html_div_ba943afc5980f0cfd539b2ac5587ebfd_2bc4e399;
})();

export const Cond_comp_018d52769a4856b8e901850561d024b2_2bc4e399 = /*#__PURE__*/ (() => {
const Cond_comp_018d52769a4856b8e901850561d024b2_2bc4e399 = memo(({children}) => {
    const reflex___state____state__portal___messages___state____message_center_state = useStateContext("reflex___state____state.portal___messages___state____message_center_state")
    return(
        (reflex___state____state__portal___messages___state____message_center_state.opened_rx_state_.hasOwnProperty("id")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_018d52769a4856b8e901850561d024b2_2bc4e399.displayName = "Cond";
return Cond_comp_018d52769a4856b8e901850561d024b2_2bc4e399;
})();

export const Cond_comp_f4d68e51cc1ed6e5b8344519bc755717_2bc4e399 = /*#__PURE__*/ (() => {
const Cond_comp_f4d68e51cc1ed6e5b8344519bc755717_2bc4e399 = memo(({children}) => {
    const reflex___state____state__portal___messages___state____message_center_state = useStateContext("reflex___state____state.portal___messages___state____message_center_state")
    return(
        (pyAnd(reflex___state____state__portal___messages___state____message_center_state.loaded_rx_state_, () => ((reflex___state____state__portal___messages___state____message_center_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f4d68e51cc1ed6e5b8344519bc755717_2bc4e399.displayName = "Cond";
return Cond_comp_f4d68e51cc1ed6e5b8344519bc755717_2bc4e399;
})();

export const Foreach_comp_614289220fc4fb32bbf451334f3233f0_2bc4e399 = /*#__PURE__*/ (() => {
const Foreach_comp_614289220fc4fb32bbf451334f3233f0_2bc4e399 = memo(({children}) => {
    const reflex___state____state__portal___messages___state____message_center_state = useStateContext("reflex___state____state.portal___messages___state____message_center_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___messages___state____message_center_state.rows_rx_state_ ?? [],((r_rx_state_,index_099fb868b0a348260e83761bc07d5741)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack message-row",css:({ ["cursor"] : "pointer", ["width"] : "100%", ["padding"] : "0.8rem 1rem", ["borderRadius"] : "10px", ["border"] : "1px solid var(--gray-5)", ["background"] : ((r_rx_state_?.["read"]?.valueOf?.() === "Unread"?.valueOf?.()) ? "var(--indigo-2)" : "transparent") }),direction:"row",key:index_099fb868b0a348260e83761bc07d5741,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___messages___state____message_center_state.open_message", ({ ["message_id"] : r_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),role:"button",gap:"3",tabIndex:0},jsx(DynamicIcon,{name:((r_rx_state_?.["read"]?.valueOf?.() === "Unread"?.valueOf?.()) ? "mail" : "mail_open").replaceAll("_", "-"),size:18},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"3",weight:((r_rx_state_?.["read"]?.valueOf?.() === "Unread"?.valueOf?.()) ? "bold" : "regular")},r_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},r_rx_state_?.["kind"]," \u00b7 ",r_rx_state_?.["date"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesBadge,{color:((r_rx_state_?.["read"]?.valueOf?.() === "Unread"?.valueOf?.()) ? "blue" : "gray"),variant:"soft"},r_rx_state_?.["read"])))))
    )
});
Foreach_comp_614289220fc4fb32bbf451334f3233f0_2bc4e399.displayName = "Foreach";
return Foreach_comp_614289220fc4fb32bbf451334f3233f0_2bc4e399;
})();

export const Cond_comp_8a3c09f53ad169a5d93d51bd5d9d1214_2bc4e399 = /*#__PURE__*/ (() => {
const Cond_comp_8a3c09f53ad169a5d93d51bd5d9d1214_2bc4e399 = memo(({children}) => {
    const reflex___state____state__portal___messages___state____message_center_state = useStateContext("reflex___state____state.portal___messages___state____message_center_state")
    return(
        (reflex___state____state__portal___messages___state____message_center_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8a3c09f53ad169a5d93d51bd5d9d1214_2bc4e399.displayName = "Cond";
return Cond_comp_8a3c09f53ad169a5d93d51bd5d9d1214_2bc4e399;
})();

export const Bare_comp_00bf96ea97ad53747f05970981777ced_2bc4e399 = /*#__PURE__*/ (() => {
const Bare_comp_00bf96ea97ad53747f05970981777ced_2bc4e399 = memo(({children}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["title"]
    )
});
Bare_comp_00bf96ea97ad53747f05970981777ced_2bc4e399.displayName = "Bare";
return Bare_comp_00bf96ea97ad53747f05970981777ced_2bc4e399;
})();

export const Html_div_3a69dcd7017865310b6696d6a9e738ba_2bc4e399 = /*#__PURE__*/ (() => {
const Html_div_3a69dcd7017865310b6696d6a9e738ba_2bc4e399 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx("div",{...mergeSlotProps(rest, ({ className:"rx-Html", dangerouslySetInnerHTML:({ ["__html"] : reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["body_html"] }) }))},)
    )
});
Html_div_3a69dcd7017865310b6696d6a9e738ba_2bc4e399.displayName = "Html";
return Html_div_3a69dcd7017865310b6696d6a9e738ba_2bc4e399;
})();

export const Button_button_5409b7575752b2ba28ca56ed0880726d_2bc4e399 = /*#__PURE__*/ (() => {
const Button_button_5409b7575752b2ba28ca56ed0880726d_2bc4e399 = memo(({children, ...rest}) => {
    const on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.later", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49, variant:"soft" }))},children)
    )
});
Button_button_5409b7575752b2ba28ca56ed0880726d_2bc4e399.displayName = "Button";
return Button_button_5409b7575752b2ba28ca56ed0880726d_2bc4e399;
})();

export const Button_button_53a3e39e688b3b55fcadd93546e681ae_2bc4e399 = /*#__PURE__*/ (() => {
const Button_button_53a3e39e688b3b55fcadd93546e681ae_2bc4e399 = memo(({children, ...rest}) => {
    const on_click_e6b13249cd78c80e9d7fe2a4ae364570 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.mark_read", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_e6b13249cd78c80e9d7fe2a4ae364570 }))},children)
    )
});
Button_button_53a3e39e688b3b55fcadd93546e681ae_2bc4e399.displayName = "Button";
return Button_button_53a3e39e688b3b55fcadd93546e681ae_2bc4e399;
})();

export const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_2bc4e399 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_2bc4e399 = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ open:(reflex___state____state__portal___popups___state____popup_state.queue_rx_state_.length > 0) }))},children)
    )
});
Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_2bc4e399.displayName = "DialogRoot";
return Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_2bc4e399;
})();
