
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,pyAnd} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,Table as RadixThemesTable,Text as RadixThemesText} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_9f17ed36;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_9f17ed36;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_9f17ed36;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_9f17ed36;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_9f17ed36;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_9f17ed36;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_9f17ed36;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_9f17ed36;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_9f17ed36;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_9f17ed36;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_9f17ed36 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_9f17ed36 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_9f17ed36.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_9f17ed36;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_9f17ed36 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_9f17ed36 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_9f17ed36.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_9f17ed36;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_9f17ed36 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_9f17ed36.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_9f17ed36;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_9f17ed36 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_9f17ed36 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_9f17ed36.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_9f17ed36;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_9f17ed36 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_9f17ed36 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_9f17ed36.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_9f17ed36;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_9f17ed36 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_9f17ed36.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_9f17ed36;
})();

export const Button_button_cc4764e7b004763ab62a12a8a4d5a431_9f17ed36 = /*#__PURE__*/ (() => {
const Button_button_cc4764e7b004763ab62a12a8a4d5a431_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_07c412575486662e006e6985e7d92286 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___outbox___state____outbox_state.refresh", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_07c412575486662e006e6985e7d92286, variant:"soft" }))},children)
    )
});
Button_button_cc4764e7b004763ab62a12a8a4d5a431_9f17ed36.displayName = "Button";
return Button_button_cc4764e7b004763ab62a12a8a4d5a431_9f17ed36;
})();

export const Bare_comp_523c24159614db805aa0322c6eaab60f_9f17ed36 = /*#__PURE__*/ (() => {
const Bare_comp_523c24159614db805aa0322c6eaab60f_9f17ed36 = memo(({children}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        reflex___state____state__admin___outbox___state____outbox_state.error_rx_state_
    )
});
Bare_comp_523c24159614db805aa0322c6eaab60f_9f17ed36.displayName = "Bare";
return Bare_comp_523c24159614db805aa0322c6eaab60f_9f17ed36;
})();

export const Cond_comp_2cd850213f77288a689c419b2e92f2cc_9f17ed36 = /*#__PURE__*/ (() => {
const Cond_comp_2cd850213f77288a689c419b2e92f2cc_9f17ed36 = memo(({children}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        (!((reflex___state____state__admin___outbox___state____outbox_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2cd850213f77288a689c419b2e92f2cc_9f17ed36.displayName = "Cond";
return Cond_comp_2cd850213f77288a689c419b2e92f2cc_9f17ed36;
})();

export const Bare_comp_38714a9faa76a4a57d384f7f57f3c290_9f17ed36 = /*#__PURE__*/ (() => {
const Bare_comp_38714a9faa76a4a57d384f7f57f3c290_9f17ed36 = memo(({children}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        reflex___state____state__admin___outbox___state____outbox_state.selected_rx_state_?.["subject"]
    )
});
Bare_comp_38714a9faa76a4a57d384f7f57f3c290_9f17ed36.displayName = "Bare";
return Bare_comp_38714a9faa76a4a57d384f7f57f3c290_9f17ed36;
})();

export const Iconbutton_iconbutton_5416043e291488e205684773f9d619c0_9f17ed36 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_5416043e291488e205684773f9d619c0_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_4de46901a26e318e48a4697ee04d8331 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___outbox___state____outbox_state.close_email", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Close email", css:({ ["padding"] : "6px" }), onClick:on_click_4de46901a26e318e48a4697ee04d8331, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_5416043e291488e205684773f9d619c0_9f17ed36.displayName = "IconButton";
return Iconbutton_iconbutton_5416043e291488e205684773f9d619c0_9f17ed36;
})();

export const Bare_comp_8ffffed4dc628571e3066766832e7cbd_9f17ed36 = /*#__PURE__*/ (() => {
const Bare_comp_8ffffed4dc628571e3066766832e7cbd_9f17ed36 = memo(({children}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        reflex___state____state__admin___outbox___state____outbox_state.selected_rx_state_?.["to"]
    )
});
Bare_comp_8ffffed4dc628571e3066766832e7cbd_9f17ed36.displayName = "Bare";
return Bare_comp_8ffffed4dc628571e3066766832e7cbd_9f17ed36;
})();

export const Bare_comp_68ed92a872cb6527dfd636061e5f4fd7_9f17ed36 = /*#__PURE__*/ (() => {
const Bare_comp_68ed92a872cb6527dfd636061e5f4fd7_9f17ed36 = memo(({children}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        reflex___state____state__admin___outbox___state____outbox_state.selected_rx_state_?.["sent"]
    )
});
Bare_comp_68ed92a872cb6527dfd636061e5f4fd7_9f17ed36.displayName = "Bare";
return Bare_comp_68ed92a872cb6527dfd636061e5f4fd7_9f17ed36;
})();

export const Bare_comp_2a84f50b17158567d78f1f31983c1cd7_9f17ed36 = /*#__PURE__*/ (() => {
const Bare_comp_2a84f50b17158567d78f1f31983c1cd7_9f17ed36 = memo(({children}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        reflex___state____state__admin___outbox___state____outbox_state.selected_rx_state_?.["message_id"]
    )
});
Bare_comp_2a84f50b17158567d78f1f31983c1cd7_9f17ed36.displayName = "Bare";
return Bare_comp_2a84f50b17158567d78f1f31983c1cd7_9f17ed36;
})();

export const Iframe_iframe_46a5f537cd5755c1be31ffcbd711d6c3_9f17ed36 = /*#__PURE__*/ (() => {
const Iframe_iframe_46a5f537cd5755c1be31ffcbd711d6c3_9f17ed36 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        jsx("iframe",{...mergeSlotProps(rest, ({ css:({ ["border"] : "1px solid var(--gray-5)", ["borderRadius"] : "8px", ["background"] : "white", ["width"] : "100%", ["height"] : "520px" }), sandbox:"allow-top-navigation-by-user-activation allow-popups", srcDoc:reflex___state____state__admin___outbox___state____outbox_state.selected_rx_state_?.["srcdoc"], title:"Email preview" }))},)
    )
});
Iframe_iframe_46a5f537cd5755c1be31ffcbd711d6c3_9f17ed36.displayName = "Iframe";
return Iframe_iframe_46a5f537cd5755c1be31ffcbd711d6c3_9f17ed36;
})();

export const Cond_comp_b8817fb024dbbb47036af5e65729d831_9f17ed36 = /*#__PURE__*/ (() => {
const Cond_comp_b8817fb024dbbb47036af5e65729d831_9f17ed36 = memo(({children}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        (reflex___state____state__admin___outbox___state____outbox_state.selected_rx_state_.hasOwnProperty("id")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b8817fb024dbbb47036af5e65729d831_9f17ed36.displayName = "Cond";
return Cond_comp_b8817fb024dbbb47036af5e65729d831_9f17ed36;
})();

export const Foreach_comp_ac9d3d5332eeee129d41d10f7da4a9d7_9f17ed36 = /*#__PURE__*/ (() => {
const Foreach_comp_ac9d3d5332eeee129d41d10f7da4a9d7_9f17ed36 = memo(({children}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___outbox___state____outbox_state.rows_rx_state_ ?? [],((row_rx_state_,index_82ebdfc9a97faf747e88c435cfd2a881)=>(jsx(RadixThemesTable.Row,{key:index_82ebdfc9a97faf747e88c435cfd2a881},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesButton,{css:({ ["weight"] : "medium", ["textAlign"] : "left", ["height"] : "auto", ["whiteSpace"] : "normal", ["paddingTop"] : "0.2rem", ["paddingBottom"] : "0.2rem" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___outbox___state____outbox_state.open_email", ({ ["email_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"2",variant:"ghost"},row_rx_state_?.["subject"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["to"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["created"]))))))
    )
});
Foreach_comp_ac9d3d5332eeee129d41d10f7da4a9d7_9f17ed36.displayName = "Foreach";
return Foreach_comp_ac9d3d5332eeee129d41d10f7da4a9d7_9f17ed36;
})();

export const Cond_comp_9c66c19be01a7bd684af20db6fa18497_9f17ed36 = /*#__PURE__*/ (() => {
const Cond_comp_9c66c19be01a7bd684af20db6fa18497_9f17ed36 = memo(({children}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        (pyAnd(reflex___state____state__admin___outbox___state____outbox_state.loaded_rx_state_, () => ((reflex___state____state__admin___outbox___state____outbox_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9c66c19be01a7bd684af20db6fa18497_9f17ed36.displayName = "Cond";
return Cond_comp_9c66c19be01a7bd684af20db6fa18497_9f17ed36;
})();

export const Button_button_e3a9d5e83646395922f80c4f0dbf7960_9f17ed36 = /*#__PURE__*/ (() => {
const Button_button_e3a9d5e83646395922f80c4f0dbf7960_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_2d6327bd46ab9554bdd65b7a443be2e6 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___outbox___state____outbox_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___outbox___state____outbox_state.cursors_rx_state_.length > 0)), onClick:on_click_2d6327bd46ab9554bdd65b7a443be2e6, variant:"soft" }))},children)
    )
});
Button_button_e3a9d5e83646395922f80c4f0dbf7960_9f17ed36.displayName = "Button";
return Button_button_e3a9d5e83646395922f80c4f0dbf7960_9f17ed36;
})();

export const Button_button_f49336c20214a84490866f478338c56f_9f17ed36 = /*#__PURE__*/ (() => {
const Button_button_f49336c20214a84490866f478338c56f_9f17ed36 = memo(({children, ...rest}) => {
    const on_click_78036d830deeef58c421ef9638439dfb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___outbox___state____outbox_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___outbox___state____outbox_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_78036d830deeef58c421ef9638439dfb, variant:"soft" }))},children)
    )
});
Button_button_f49336c20214a84490866f478338c56f_9f17ed36.displayName = "Button";
return Button_button_f49336c20214a84490866f478338c56f_9f17ed36;
})();

export const Cond_comp_a34e5a5c7a4cf28af74de3e19bd9f60d_9f17ed36 = /*#__PURE__*/ (() => {
const Cond_comp_a34e5a5c7a4cf28af74de3e19bd9f60d_9f17ed36 = memo(({children}) => {
    const reflex___state____state__admin___outbox___state____outbox_state = useStateContext("reflex___state____state.admin___outbox___state____outbox_state")
    return(
        (reflex___state____state__admin___outbox___state____outbox_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a34e5a5c7a4cf28af74de3e19bd9f60d_9f17ed36.displayName = "Cond";
return Cond_comp_a34e5a5c7a4cf28af74de3e19bd9f60d_9f17ed36;
})();
