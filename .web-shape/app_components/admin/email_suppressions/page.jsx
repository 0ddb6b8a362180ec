
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,pyAnd} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,Table as RadixThemesTable,Text as RadixThemesText} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_019c1bb2;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_019c1bb2;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_019c1bb2;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_019c1bb2;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_019c1bb2;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_019c1bb2;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_019c1bb2;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_019c1bb2;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_019c1bb2;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_019c1bb2;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_019c1bb2 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_019c1bb2 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_019c1bb2.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_019c1bb2;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_019c1bb2 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_019c1bb2 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_019c1bb2.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_019c1bb2;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_019c1bb2 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_019c1bb2.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_019c1bb2;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_019c1bb2 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_019c1bb2 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_019c1bb2.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_019c1bb2;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_019c1bb2 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_019c1bb2 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_019c1bb2.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_019c1bb2;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_019c1bb2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_019c1bb2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_019c1bb2;
})();

export const Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_019c1bb2 = /*#__PURE__*/ (() => {
const Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_019c1bb2.displayName = "Button";
return Button_button_2ac229eecc83ae6fc5a6213c43b2f34b_019c1bb2;
})();

export const Bare_comp_0c4d3de3c6c156c78280c4d6fcbc1242_019c1bb2 = /*#__PURE__*/ (() => {
const Bare_comp_0c4d3de3c6c156c78280c4d6fcbc1242_019c1bb2 = memo(({children}) => {
    const reflex___state____state__admin___email_suppressions___state____suppressions_state = useStateContext("reflex___state____state.admin___email_suppressions___state____suppressions_state")
    return(
        reflex___state____state__admin___email_suppressions___state____suppressions_state.notice_rx_state_
    )
});
Bare_comp_0c4d3de3c6c156c78280c4d6fcbc1242_019c1bb2.displayName = "Bare";
return Bare_comp_0c4d3de3c6c156c78280c4d6fcbc1242_019c1bb2;
})();

export const Cond_comp_fbf9aa3f45ad4b126050b49b885cabc2_019c1bb2 = /*#__PURE__*/ (() => {
const Cond_comp_fbf9aa3f45ad4b126050b49b885cabc2_019c1bb2 = memo(({children}) => {
    const reflex___state____state__admin___email_suppressions___state____suppressions_state = useStateContext("reflex___state____state.admin___email_suppressions___state____suppressions_state")
    return(
        (!((reflex___state____state__admin___email_suppressions___state____suppressions_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fbf9aa3f45ad4b126050b49b885cabc2_019c1bb2.displayName = "Cond";
return Cond_comp_fbf9aa3f45ad4b126050b49b885cabc2_019c1bb2;
})();

export const Bare_comp_978e05176dd73bfb685de9fda099afed_019c1bb2 = /*#__PURE__*/ (() => {
const Bare_comp_978e05176dd73bfb685de9fda099afed_019c1bb2 = memo(({children}) => {
    const reflex___state____state__admin___email_suppressions___state____suppressions_state = useStateContext("reflex___state____state.admin___email_suppressions___state____suppressions_state")
    return(
        reflex___state____state__admin___email_suppressions___state____suppressions_state.error_rx_state_
    )
});
Bare_comp_978e05176dd73bfb685de9fda099afed_019c1bb2.displayName = "Bare";
return Bare_comp_978e05176dd73bfb685de9fda099afed_019c1bb2;
})();

export const Cond_comp_b4531fa53cab35e7490c6f41d76592dc_019c1bb2 = /*#__PURE__*/ (() => {
const Cond_comp_b4531fa53cab35e7490c6f41d76592dc_019c1bb2 = memo(({children}) => {
    const reflex___state____state__admin___email_suppressions___state____suppressions_state = useStateContext("reflex___state____state.admin___email_suppressions___state____suppressions_state")
    return(
        (!((reflex___state____state__admin___email_suppressions___state____suppressions_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b4531fa53cab35e7490c6f41d76592dc_019c1bb2.displayName = "Cond";
return Cond_comp_b4531fa53cab35e7490c6f41d76592dc_019c1bb2;
})();

export const Foreach_comp_1ecc4f926d8c308a16447274b4f6f1ce_019c1bb2 = /*#__PURE__*/ (() => {
const Foreach_comp_1ecc4f926d8c308a16447274b4f6f1ce_019c1bb2 = memo(({children}) => {
    const reflex___state____state__admin___email_suppressions___state____suppressions_state = useStateContext("reflex___state____state.admin___email_suppressions___state____suppressions_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___email_suppressions___state____suppressions_state.rows_rx_state_ ?? [],((r_rx_state_,index_3c68d26f5dc4feb4b13214674ce456e6)=>(jsx(RadixThemesTable.Row,{key:index_3c68d26f5dc4feb4b13214674ce456e6},jsx(RadixThemesTable.RowHeaderCell,{},r_rx_state_?.["email"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:"orange",variant:"soft"},r_rx_state_?.["reason"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",size:"1"},r_rx_state_?.["detail"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},r_rx_state_?.["created"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesButton,{"aria-label":("Lift "+r_rx_state_?.["email"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_suppressions___state____suppressions_state.lift", ({ ["suppression_id"] : r_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Lift"))))))
    )
});
Foreach_comp_1ecc4f926d8c308a16447274b4f6f1ce_019c1bb2.displayName = "Foreach";
return Foreach_comp_1ecc4f926d8c308a16447274b4f6f1ce_019c1bb2;
})();

export const Cond_comp_8d5e46db89ae850e18d09fa441e838fd_019c1bb2 = /*#__PURE__*/ (() => {
const Cond_comp_8d5e46db89ae850e18d09fa441e838fd_019c1bb2 = memo(({children}) => {
    const reflex___state____state__admin___email_suppressions___state____suppressions_state = useStateContext("reflex___state____state.admin___email_suppressions___state____suppressions_state")
    return(
        (pyAnd(reflex___state____state__admin___email_suppressions___state____suppressions_state.loaded_rx_state_, () => ((reflex___state____state__admin___email_suppressions___state____suppressions_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8d5e46db89ae850e18d09fa441e838fd_019c1bb2.displayName = "Cond";
return Cond_comp_8d5e46db89ae850e18d09fa441e838fd_019c1bb2;
})();

export const Button_button_12e2ccad44435f47ad4c35887aff6c2d_019c1bb2 = /*#__PURE__*/ (() => {
const Button_button_12e2ccad44435f47ad4c35887aff6c2d_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_b6595b62f0f46caf149c4cdee5a809da = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_suppressions___state____suppressions_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___email_suppressions___state____suppressions_state = useStateContext("reflex___state____state.admin___email_suppressions___state____suppressions_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___email_suppressions___state____suppressions_state.cursors_rx_state_.length > 0)), onClick:on_click_b6595b62f0f46caf149c4cdee5a809da, variant:"soft" }))},children)
    )
});
Button_button_12e2ccad44435f47ad4c35887aff6c2d_019c1bb2.displayName = "Button";
return Button_button_12e2ccad44435f47ad4c35887aff6c2d_019c1bb2;
})();

export const Button_button_3a13c01a2394e975f4cedd9ac01b779e_019c1bb2 = /*#__PURE__*/ (() => {
const Button_button_3a13c01a2394e975f4cedd9ac01b779e_019c1bb2 = memo(({children, ...rest}) => {
    const on_click_1692e7bf52adcc0e6a94ba644c3677ee = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___email_suppressions___state____suppressions_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___email_suppressions___state____suppressions_state = useStateContext("reflex___state____state.admin___email_suppressions___state____suppressions_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___email_suppressions___state____suppressions_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_1692e7bf52adcc0e6a94ba644c3677ee, variant:"soft" }))},children)
    )
});
Button_button_3a13c01a2394e975f4cedd9ac01b779e_019c1bb2.displayName = "Button";
return Button_button_3a13c01a2394e975f4cedd9ac01b779e_019c1bb2;
})();

export const Cond_comp_475d3f1e81eb551421583748a3fbc30d_019c1bb2 = /*#__PURE__*/ (() => {
const Cond_comp_475d3f1e81eb551421583748a3fbc30d_019c1bb2 = memo(({children}) => {
    const reflex___state____state__admin___email_suppressions___state____suppressions_state = useStateContext("reflex___state____state.admin___email_suppressions___state____suppressions_state")
    return(
        (reflex___state____state__admin___email_suppressions___state____suppressions_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_475d3f1e81eb551421583748a3fbc30d_019c1bb2.displayName = "Cond";
return Cond_comp_475d3f1e81eb551421583748a3fbc30d_019c1bb2;
})();
