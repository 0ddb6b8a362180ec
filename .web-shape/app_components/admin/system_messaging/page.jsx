
import {ReflexEvent,applyEventActions,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Code as RadixThemesCode,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import DebounceInput from "react-debounce-input"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_042fdff9 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_042fdff9;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_042fdff9 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_042fdff9;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_042fdff9 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_042fdff9;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_042fdff9 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_042fdff9;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_042fdff9 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_042fdff9;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_042fdff9 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_042fdff9;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_042fdff9 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_042fdff9;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_042fdff9 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_042fdff9;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_042fdff9 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_042fdff9;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_042fdff9 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_042fdff9;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_042fdff9 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_042fdff9 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_042fdff9.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_042fdff9;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_042fdff9 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_042fdff9 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_042fdff9.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_042fdff9;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_042fdff9 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_042fdff9.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_042fdff9;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_042fdff9 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_042fdff9 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_042fdff9.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_042fdff9;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_042fdff9 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_042fdff9 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_042fdff9.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_042fdff9;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_042fdff9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_042fdff9 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_042fdff9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_042fdff9;
})();

export const Button_button_fbba42b7b9408b2ece5ae72b128e8732_042fdff9 = /*#__PURE__*/ (() => {
const Button_button_fbba42b7b9408b2ece5ae72b128e8732_042fdff9 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34, variant:"soft" }))},children)
    )
});
Button_button_fbba42b7b9408b2ece5ae72b128e8732_042fdff9.displayName = "Button";
return Button_button_fbba42b7b9408b2ece5ae72b128e8732_042fdff9;
})();

export const Foreach_comp_0350d651c383b3681b175150988731cd_042fdff9 = /*#__PURE__*/ (() => {
const Foreach_comp_0350d651c383b3681b175150988731cd_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___system_messaging___state____system_messaging_state.templates_rx_state_ ?? [],((t_rx_state_,index_b6f0a026eae6752fd069f585c623e6ca)=>(jsx(RadixThemesButton,{"aria-pressed":((reflex___state____state__admin___system_messaging___state____system_messaging_state.key_rx_state_?.valueOf?.() === t_rx_state_?.["key"]?.valueOf?.()) ? "true" : "false"),color:"gray",css:({ ["width"] : "100%", ["height"] : "auto", ["padding"] : "0.75rem", ["justify"] : "start" }),key:index_b6f0a026eae6752fd069f585c623e6ca,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___system_messaging___state____system_messaging_state.open_template", ({ ["key"] : t_rx_state_?.["key"] }), ({  })))], [_e], ({  })))),variant:((reflex___state____state__admin___system_messaging___state____system_messaging_state.key_rx_state_?.valueOf?.() === t_rx_state_?.["key"]?.valueOf?.()) ? "surface" : "ghost")},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesText,{as:"p",css:({ ["textAlign"] : "left" }),weight:"medium"},t_rx_state_?.["label"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesBadge,{color:(isTrue(t_rx_state_?.["customized"]) ? "blue" : "gray"),variant:"soft"},(isTrue(t_rx_state_?.["customized"]) ? "Edited" : "Default"))),jsx(RadixThemesText,{as:"p",color:"gray",css:({ ["textAlign"] : "left", ["whiteSpace"] : "normal" }),size:"1"},t_rx_state_?.["description"]))))))
    )
});
Foreach_comp_0350d651c383b3681b175150988731cd_042fdff9.displayName = "Foreach";
return Foreach_comp_0350d651c383b3681b175150988731cd_042fdff9;
})();

export const Foreach_comp_72a0f6162fb9ed9cf5f78ffb1f14efa5_042fdff9 = /*#__PURE__*/ (() => {
const Foreach_comp_72a0f6162fb9ed9cf5f78ffb1f14efa5_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___system_messaging___state____system_messaging_state.placeholders_rx_state_ ?? [],((p_rx_state_,index_fcda3c08f2e275c17d8602891a7df591)=>(jsx(Fragment,{key:index_fcda3c08f2e275c17d8602891a7df591},jsx("dt",{},jsx(RadixThemesCode,{variant:"soft"},p_rx_state_?.["name"])),jsx("dd",{css:({ ["margin"] : "0 0 6px 0" })},jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},p_rx_state_?.["meaning"]))))))
    )
});
Foreach_comp_72a0f6162fb9ed9cf5f78ffb1f14efa5_042fdff9.displayName = "Foreach";
return Foreach_comp_72a0f6162fb9ed9cf5f78ffb1f14efa5_042fdff9;
})();

export const Bare_comp_ecdb087ac2d10f79a6c98fb310fc8a28_042fdff9 = /*#__PURE__*/ (() => {
const Bare_comp_ecdb087ac2d10f79a6c98fb310fc8a28_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        reflex___state____state__admin___system_messaging___state____system_messaging_state.label_rx_state_
    )
});
Bare_comp_ecdb087ac2d10f79a6c98fb310fc8a28_042fdff9.displayName = "Bare";
return Bare_comp_ecdb087ac2d10f79a6c98fb310fc8a28_042fdff9;
})();

export const Bare_comp_3034b2dda939d9c7185e98b9def789bb_042fdff9 = /*#__PURE__*/ (() => {
const Bare_comp_3034b2dda939d9c7185e98b9def789bb_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        reflex___state____state__admin___system_messaging___state____system_messaging_state.error_rx_state_
    )
});
Bare_comp_3034b2dda939d9c7185e98b9def789bb_042fdff9.displayName = "Bare";
return Bare_comp_3034b2dda939d9c7185e98b9def789bb_042fdff9;
})();

export const Cond_comp_e2055d9495e1af8b44c72de07236aa14_042fdff9 = /*#__PURE__*/ (() => {
const Cond_comp_e2055d9495e1af8b44c72de07236aa14_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (!((reflex___state____state__admin___system_messaging___state____system_messaging_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e2055d9495e1af8b44c72de07236aa14_042fdff9.displayName = "Cond";
return Cond_comp_e2055d9495e1af8b44c72de07236aa14_042fdff9;
})();

export const Debounceinput_debounceinput_9227cf4bb942674739564b17b2024d66_042fdff9 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_9227cf4bb942674739564b17b2024d66_042fdff9 = memo(({children, ...rest}) => {
    const ref_tpl_subject = useRef(null); refs["ref_tpl_subject"] = ref_tpl_subject;
const on_change_27071da7651169689c8caf258dbbe50e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___system_messaging___state____system_messaging_state.set_subject", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"tpl-subject", inputRef:ref_tpl_subject, onChange:on_change_27071da7651169689c8caf258dbbe50e, size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___system_messaging___state____system_messaging_state.subject_rx_state_) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.subject_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_9227cf4bb942674739564b17b2024d66_042fdff9.displayName = "DebounceInput";
return Debounceinput_debounceinput_9227cf4bb942674739564b17b2024d66_042fdff9;
})();

export const Bare_comp_fedf055114e4fbf3a9aeaeffcfa14ef1_042fdff9 = /*#__PURE__*/ (() => {
const Bare_comp_fedf055114e4fbf3a9aeaeffcfa14ef1_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (isTrue(reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["subject"]) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["subject"] : "")
    )
});
Bare_comp_fedf055114e4fbf3a9aeaeffcfa14ef1_042fdff9.displayName = "Bare";
return Bare_comp_fedf055114e4fbf3a9aeaeffcfa14ef1_042fdff9;
})();

export const Cond_comp_372886606771013c2bd44a9b03d1900c_042fdff9 = /*#__PURE__*/ (() => {
const Cond_comp_372886606771013c2bd44a9b03d1900c_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (!(((isTrue(reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["subject"]) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["subject"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_372886606771013c2bd44a9b03d1900c_042fdff9.displayName = "Cond";
return Cond_comp_372886606771013c2bd44a9b03d1900c_042fdff9;
})();

export const Debounceinput_debounceinput_772ab232b88c9b405e917362c2583806_042fdff9 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_772ab232b88c9b405e917362c2583806_042fdff9 = memo(({children, ...rest}) => {
    const ref_tpl_heading = useRef(null); refs["ref_tpl_heading"] = ref_tpl_heading;
const on_change_e4a36e8ec7968f106b8c4183ab52adfe = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___system_messaging___state____system_messaging_state.set_heading", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"tpl-heading", inputRef:ref_tpl_heading, onChange:on_change_e4a36e8ec7968f106b8c4183ab52adfe, size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___system_messaging___state____system_messaging_state.heading_rx_state_) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.heading_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_772ab232b88c9b405e917362c2583806_042fdff9.displayName = "DebounceInput";
return Debounceinput_debounceinput_772ab232b88c9b405e917362c2583806_042fdff9;
})();

export const Bare_comp_d652459bd99c28823512937b4924622e_042fdff9 = /*#__PURE__*/ (() => {
const Bare_comp_d652459bd99c28823512937b4924622e_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (isTrue(reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["heading"]) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["heading"] : "")
    )
});
Bare_comp_d652459bd99c28823512937b4924622e_042fdff9.displayName = "Bare";
return Bare_comp_d652459bd99c28823512937b4924622e_042fdff9;
})();

export const Cond_comp_a16087c20a1d456ac409f4cbeb659141_042fdff9 = /*#__PURE__*/ (() => {
const Cond_comp_a16087c20a1d456ac409f4cbeb659141_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (!(((isTrue(reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["heading"]) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["heading"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a16087c20a1d456ac409f4cbeb659141_042fdff9.displayName = "Cond";
return Cond_comp_a16087c20a1d456ac409f4cbeb659141_042fdff9;
})();

export const Debounceinput_debounceinput_79cf6ac080c60e004fd1f40b4d0b9a33_042fdff9 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_79cf6ac080c60e004fd1f40b4d0b9a33_042fdff9 = memo(({children, ...rest}) => {
    const ref_tpl_body = useRef(null); refs["ref_tpl_body"] = ref_tpl_body;
const on_change_002800a89a7b9d5854f0302539f41124 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___system_messaging___state____system_messaging_state.set_body", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextArea, id:"tpl-body", inputRef:ref_tpl_body, onChange:on_change_002800a89a7b9d5854f0302539f41124, rows:"10", size:"3", value:reflex___state____state__admin___system_messaging___state____system_messaging_state.body_rx_state_ }), "inputRef")},)
    )
});
Debounceinput_debounceinput_79cf6ac080c60e004fd1f40b4d0b9a33_042fdff9.displayName = "DebounceInput";
return Debounceinput_debounceinput_79cf6ac080c60e004fd1f40b4d0b9a33_042fdff9;
})();

export const Bare_comp_8abda755ad755c84b76e5f3260e0d381_042fdff9 = /*#__PURE__*/ (() => {
const Bare_comp_8abda755ad755c84b76e5f3260e0d381_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (isTrue(reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["body"]) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["body"] : "")
    )
});
Bare_comp_8abda755ad755c84b76e5f3260e0d381_042fdff9.displayName = "Bare";
return Bare_comp_8abda755ad755c84b76e5f3260e0d381_042fdff9;
})();

export const Cond_comp_6d1ed03d8f86aeb2dd8e80638a1f87d0_042fdff9 = /*#__PURE__*/ (() => {
const Cond_comp_6d1ed03d8f86aeb2dd8e80638a1f87d0_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (!(((isTrue(reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["body"]) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["body"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6d1ed03d8f86aeb2dd8e80638a1f87d0_042fdff9.displayName = "Cond";
return Cond_comp_6d1ed03d8f86aeb2dd8e80638a1f87d0_042fdff9;
})();

export const Debounceinput_debounceinput_df12003ff652c2e70ac244ad09b7fa73_042fdff9 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_df12003ff652c2e70ac244ad09b7fa73_042fdff9 = memo(({children, ...rest}) => {
    const ref_tpl_button = useRef(null); refs["ref_tpl_button"] = ref_tpl_button;
const on_change_3cd58032c210ef0d86c758056b0ab680 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___system_messaging___state____system_messaging_state.set_button_label", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"tpl-button", inputRef:ref_tpl_button, onChange:on_change_3cd58032c210ef0d86c758056b0ab680, size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___system_messaging___state____system_messaging_state.button_label_rx_state_) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.button_label_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_df12003ff652c2e70ac244ad09b7fa73_042fdff9.displayName = "DebounceInput";
return Debounceinput_debounceinput_df12003ff652c2e70ac244ad09b7fa73_042fdff9;
})();

export const Bare_comp_ccf6c79e16bfb69b395b2692ac57835e_042fdff9 = /*#__PURE__*/ (() => {
const Bare_comp_ccf6c79e16bfb69b395b2692ac57835e_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (isTrue(reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["button_label"]) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["button_label"] : "")
    )
});
Bare_comp_ccf6c79e16bfb69b395b2692ac57835e_042fdff9.displayName = "Bare";
return Bare_comp_ccf6c79e16bfb69b395b2692ac57835e_042fdff9;
})();

export const Cond_comp_46c7739deb24d4c27408965348fbfcdd_042fdff9 = /*#__PURE__*/ (() => {
const Cond_comp_46c7739deb24d4c27408965348fbfcdd_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (!(((isTrue(reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["button_label"]) ? reflex___state____state__admin___system_messaging___state____system_messaging_state.errors_rx_state_?.["button_label"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_46c7739deb24d4c27408965348fbfcdd_042fdff9.displayName = "Cond";
return Cond_comp_46c7739deb24d4c27408965348fbfcdd_042fdff9;
})();

export const Button_button_48d5cf8e5b8d520c13ace428beb9041a_042fdff9 = /*#__PURE__*/ (() => {
const Button_button_48d5cf8e5b8d520c13ace428beb9041a_042fdff9 = memo(({children, ...rest}) => {
    const on_click_32fb322d23e5b3ebb633f17571ab1000 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___system_messaging___state____system_messaging_state.save", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_32fb322d23e5b3ebb633f17571ab1000, size:"3" }))},children)
    )
});
Button_button_48d5cf8e5b8d520c13ace428beb9041a_042fdff9.displayName = "Button";
return Button_button_48d5cf8e5b8d520c13ace428beb9041a_042fdff9;
})();

export const Button_button_1416a0c3b958c5fc37d27dc19c586293_042fdff9 = /*#__PURE__*/ (() => {
const Button_button_1416a0c3b958c5fc37d27dc19c586293_042fdff9 = memo(({children, ...rest}) => {
    const on_click_50022f65b7e418c98856d6793736c88b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___system_messaging___state____system_messaging_state.restore", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_50022f65b7e418c98856d6793736c88b }))},children)
    )
});
Button_button_1416a0c3b958c5fc37d27dc19c586293_042fdff9.displayName = "Button";
return Button_button_1416a0c3b958c5fc37d27dc19c586293_042fdff9;
})();

export const Button_button_8a8cf22f5fdca1114d5e979c36d8fb5e_042fdff9 = /*#__PURE__*/ (() => {
const Button_button_8a8cf22f5fdca1114d5e979c36d8fb5e_042fdff9 = memo(({children, ...rest}) => {
    const on_click_5d3409bbd5f1a20d902bf436669b63be = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___system_messaging___state____system_messaging_state.cancel_restore", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_5d3409bbd5f1a20d902bf436669b63be, variant:"soft" }))},children)
    )
});
Button_button_8a8cf22f5fdca1114d5e979c36d8fb5e_042fdff9.displayName = "Button";
return Button_button_8a8cf22f5fdca1114d5e979c36d8fb5e_042fdff9;
})();

export const Button_button_01b5e3e3414a9ae3faf92b9035f8fb6a_042fdff9 = /*#__PURE__*/ (() => {
const Button_button_01b5e3e3414a9ae3faf92b9035f8fb6a_042fdff9 = memo(({children, ...rest}) => {
    const on_click_c094198ea18805aea9c3e814787f85c3 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___system_messaging___state____system_messaging_state.ask_restore", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", disabled:!(reflex___state____state__admin___system_messaging___state____system_messaging_state.customized_rx_state_), onClick:on_click_c094198ea18805aea9c3e814787f85c3, size:"3", variant:"soft" }))},children)
    )
});
Button_button_01b5e3e3414a9ae3faf92b9035f8fb6a_042fdff9.displayName = "Button";
return Button_button_01b5e3e3414a9ae3faf92b9035f8fb6a_042fdff9;
})();

export const Cond_comp_ea8c60d6b593513e2def33206743ddb0_042fdff9 = /*#__PURE__*/ (() => {
const Cond_comp_ea8c60d6b593513e2def33206743ddb0_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (reflex___state____state__admin___system_messaging___state____system_messaging_state.confirm_restore_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ea8c60d6b593513e2def33206743ddb0_042fdff9.displayName = "Cond";
return Cond_comp_ea8c60d6b593513e2def33206743ddb0_042fdff9;
})();

export const Bare_comp_e27227794f533b05a8ae7be5d2ed4458_042fdff9 = /*#__PURE__*/ (() => {
const Bare_comp_e27227794f533b05a8ae7be5d2ed4458_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        reflex___state____state__admin___system_messaging___state____system_messaging_state.preview_subject_rx_state_
    )
});
Bare_comp_e27227794f533b05a8ae7be5d2ed4458_042fdff9.displayName = "Bare";
return Bare_comp_e27227794f533b05a8ae7be5d2ed4458_042fdff9;
})();

export const Iframe_iframe_b97db0f43c42e10a7991057c9cf47fb7_042fdff9 = /*#__PURE__*/ (() => {
const Iframe_iframe_b97db0f43c42e10a7991057c9cf47fb7_042fdff9 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        jsx("iframe",{...mergeSlotProps(rest, ({ css:({ ["border"] : "1px solid var(--gray-5)", ["borderRadius"] : "8px", ["background"] : "white", ["width"] : "100%", ["height"] : "600px" }), sandbox:"", srcDoc:reflex___state____state__admin___system_messaging___state____system_messaging_state.preview_html_rx_state_, title:"Template preview" }))},)
    )
});
Iframe_iframe_b97db0f43c42e10a7991057c9cf47fb7_042fdff9.displayName = "Iframe";
return Iframe_iframe_b97db0f43c42e10a7991057c9cf47fb7_042fdff9;
})();

export const Cond_comp_df602aa2967b84189ea24b40aaff4184_042fdff9 = /*#__PURE__*/ (() => {
const Cond_comp_df602aa2967b84189ea24b40aaff4184_042fdff9 = memo(({children}) => {
    const reflex___state____state__admin___system_messaging___state____system_messaging_state = useStateContext("reflex___state____state.admin___system_messaging___state____system_messaging_state")
    return(
        (reflex___state____state__admin___system_messaging___state____system_messaging_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_df602aa2967b84189ea24b40aaff4184_042fdff9.displayName = "Cond";
return Cond_comp_df602aa2967b84189ea24b40aaff4184_042fdff9;
})();
