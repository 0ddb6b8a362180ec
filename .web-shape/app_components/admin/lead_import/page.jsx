
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Button as RadixThemesButton,Code as RadixThemesCode,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Progress as RadixThemesProgress,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideFileUp from "lucide-react/dist/esm/icons/file-up.mjs"
import {useStateContext} from "$/utils/context-registry"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {} from "react-dropzone"
import {useDropzone} from "react-dropzone"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_f3a27f41;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_f3a27f41;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_f3a27f41;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_f3a27f41;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_f3a27f41;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_f3a27f41;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_f3a27f41;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_f3a27f41;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_f3a27f41;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_f3a27f41;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_f3a27f41 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_f3a27f41 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_f3a27f41.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_f3a27f41;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_f3a27f41 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_f3a27f41 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_f3a27f41.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_f3a27f41;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_f3a27f41 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_f3a27f41.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_f3a27f41;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_f3a27f41 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_f3a27f41.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_f3a27f41;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_f3a27f41 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_f3a27f41.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_f3a27f41;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_f3a27f41 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_f3a27f41.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_f3a27f41;
})();

export const Bare_comp_a5e21a8d8d965a8875ab562b10e6b2c2_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_a5e21a8d8d965a8875ab562b10e6b2c2_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["total_rows"]
    )
});
Bare_comp_a5e21a8d8d965a8875ab562b10e6b2c2_f3a27f41.displayName = "Bare";
return Bare_comp_a5e21a8d8d965a8875ab562b10e6b2c2_f3a27f41;
})();

export const Bare_comp_77abaa8c35b0cb4ad4f448e788852dcf_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_77abaa8c35b0cb4ad4f448e788852dcf_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["filename"]
    )
});
Bare_comp_77abaa8c35b0cb4ad4f448e788852dcf_f3a27f41.displayName = "Bare";
return Bare_comp_77abaa8c35b0cb4ad4f448e788852dcf_f3a27f41;
})();

export const Cond_comp_ab3fedf7eecb514592d1723e8ff7be78_f3a27f41 = /*#__PURE__*/ (() => {
const Cond_comp_ab3fedf7eecb514592d1723e8ff7be78_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (!((reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["filename"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ab3fedf7eecb514592d1723e8ff7be78_f3a27f41.displayName = "Cond";
return Cond_comp_ab3fedf7eecb514592d1723e8ff7be78_f3a27f41;
})();

export const Bare_comp_7ec17f652924b6abc26e0ed7997f45cd_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_7ec17f652924b6abc26e0ed7997f45cd_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["valid_rows"]
    )
});
Bare_comp_7ec17f652924b6abc26e0ed7997f45cd_f3a27f41.displayName = "Bare";
return Bare_comp_7ec17f652924b6abc26e0ed7997f45cd_f3a27f41;
})();

export const Bare_comp_4744a0c9b55d3171dde7e6ab8bad7d43_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_4744a0c9b55d3171dde7e6ab8bad7d43_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["invalid_rows"]
    )
});
Bare_comp_4744a0c9b55d3171dde7e6ab8bad7d43_f3a27f41.displayName = "Bare";
return Bare_comp_4744a0c9b55d3171dde7e6ab8bad7d43_f3a27f41;
})();

export const Bare_comp_831af5bce6e899945854fc80db275554_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_831af5bce6e899945854fc80db275554_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        ("These columns are not used and were ignored: "+reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["extra_columns"])
    )
});
Bare_comp_831af5bce6e899945854fc80db275554_f3a27f41.displayName = "Bare";
return Bare_comp_831af5bce6e899945854fc80db275554_f3a27f41;
})();

export const Cond_comp_f99c148a742c3db5700bee6129849cba_f3a27f41 = /*#__PURE__*/ (() => {
const Cond_comp_f99c148a742c3db5700bee6129849cba_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (!((reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["extra_columns"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f99c148a742c3db5700bee6129849cba_f3a27f41.displayName = "Cond";
return Cond_comp_f99c148a742c3db5700bee6129849cba_f3a27f41;
})();

export const Button_button_57dbee7618e47789dbf49b80df3e54eb_f3a27f41 = /*#__PURE__*/ (() => {
const Button_button_57dbee7618e47789dbf49b80df3e54eb_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_d9b1304acb2ec49be40d0fb6a57ad03c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.download_bad_rows", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_d9b1304acb2ec49be40d0fb6a57ad03c, variant:"soft" }))},children)
    )
});
Button_button_57dbee7618e47789dbf49b80df3e54eb_f3a27f41.displayName = "Button";
return Button_button_57dbee7618e47789dbf49b80df3e54eb_f3a27f41;
})();

export const Bare_comp_f838125a7105b30e1ed113d43272dcf0_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_f838125a7105b30e1ed113d43272dcf0_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.["row_number"]
    )
});
Bare_comp_f838125a7105b30e1ed113d43272dcf0_f3a27f41.displayName = "Bare";
return Bare_comp_f838125a7105b30e1ed113d43272dcf0_f3a27f41;
})();

export const Iconbutton_iconbutton_4da32c1ed94e2e4e0e7a656ccba6f176_f3a27f41 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_4da32c1ed94e2e4e0e7a656ccba6f176_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_b79cd0f7a05b5658173539f11ff8eed3 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.stop_fix", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Close the fix form", css:({ ["padding"] : "6px" }), onClick:on_click_b79cd0f7a05b5658173539f11ff8eed3, type:"button", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_4da32c1ed94e2e4e0e7a656ccba6f176_f3a27f41.displayName = "IconButton";
return Iconbutton_iconbutton_4da32c1ed94e2e4e0e7a656ccba6f176_f3a27f41;
})();

export const Bare_comp_373eb04ef770662919577d0fa6a17b7d_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_373eb04ef770662919577d0fa6a17b7d_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        reflex___state____state__admin___lead_import___state____lead_import_state.fix_error_rx_state_
    )
});
Bare_comp_373eb04ef770662919577d0fa6a17b7d_f3a27f41.displayName = "Bare";
return Bare_comp_373eb04ef770662919577d0fa6a17b7d_f3a27f41;
})();

export const Cond_comp_2b6ed0d893caf03c4cd3b6580b63c2bb_f3a27f41 = /*#__PURE__*/ (() => {
const Cond_comp_2b6ed0d893caf03c4cd3b6580b63c2bb_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (!((reflex___state____state__admin___lead_import___state____lead_import_state.fix_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2b6ed0d893caf03c4cd3b6580b63c2bb_f3a27f41.displayName = "Cond";
return Cond_comp_2b6ed0d893caf03c4cd3b6580b63c2bb_f3a27f41;
})();

export const Textfieldroot_textfield__root_8bff87850d9e6bc67f7dcd141066fb1d_f3a27f41 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_8bff87850d9e6bc67f7dcd141066fb1d_f3a27f41 = memo(({children, ...rest}) => {
    const ref_fix_first_name = useRef(null); refs["ref_fix_first_name"] = ref_fix_first_name;
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.["first_name"], id:"fix_first_name", key:((JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.fix_version_rx_state_))+"first_name"), name:"first_name", ref:ref_fix_first_name }))},)
    )
});
Textfieldroot_textfield__root_8bff87850d9e6bc67f7dcd141066fb1d_f3a27f41.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_8bff87850d9e6bc67f7dcd141066fb1d_f3a27f41;
})();

export const Textfieldroot_textfield__root_3763990897cc57b020f86da9c490020c_f3a27f41 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_3763990897cc57b020f86da9c490020c_f3a27f41 = memo(({children, ...rest}) => {
    const ref_fix_last_name = useRef(null); refs["ref_fix_last_name"] = ref_fix_last_name;
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.["last_name"], id:"fix_last_name", key:((JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.fix_version_rx_state_))+"last_name"), name:"last_name", ref:ref_fix_last_name }))},)
    )
});
Textfieldroot_textfield__root_3763990897cc57b020f86da9c490020c_f3a27f41.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_3763990897cc57b020f86da9c490020c_f3a27f41;
})();

export const Textfieldroot_textfield__root_8b3b76162cc61a452267bedf8ccb8f87_f3a27f41 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_8b3b76162cc61a452267bedf8ccb8f87_f3a27f41 = memo(({children, ...rest}) => {
    const ref_fix_email = useRef(null); refs["ref_fix_email"] = ref_fix_email;
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.["email"], id:"fix_email", key:((JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.fix_version_rx_state_))+"email"), name:"email", ref:ref_fix_email }))},)
    )
});
Textfieldroot_textfield__root_8b3b76162cc61a452267bedf8ccb8f87_f3a27f41.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_8b3b76162cc61a452267bedf8ccb8f87_f3a27f41;
})();

export const Textfieldroot_textfield__root_18e9aa47ea873bdec7e0d9a51d3b2a7c_f3a27f41 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_18e9aa47ea873bdec7e0d9a51d3b2a7c_f3a27f41 = memo(({children, ...rest}) => {
    const ref_fix_phone = useRef(null); refs["ref_fix_phone"] = ref_fix_phone;
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.["phone"], id:"fix_phone", key:((JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.fix_version_rx_state_))+"phone"), name:"phone", ref:ref_fix_phone }))},)
    )
});
Textfieldroot_textfield__root_18e9aa47ea873bdec7e0d9a51d3b2a7c_f3a27f41.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_18e9aa47ea873bdec7e0d9a51d3b2a7c_f3a27f41;
})();

export const Textfieldroot_textfield__root_143c21b1fe96e53e07a844d387e8798a_f3a27f41 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_143c21b1fe96e53e07a844d387e8798a_f3a27f41 = memo(({children, ...rest}) => {
    const ref_fix_company = useRef(null); refs["ref_fix_company"] = ref_fix_company;
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.["company"], id:"fix_company", key:((JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.fix_version_rx_state_))+"company"), name:"company", ref:ref_fix_company }))},)
    )
});
Textfieldroot_textfield__root_143c21b1fe96e53e07a844d387e8798a_f3a27f41.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_143c21b1fe96e53e07a844d387e8798a_f3a27f41;
})();

export const Textfieldroot_textfield__root_3491a6bb9d8112b358e1a02565c12b2f_f3a27f41 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_3491a6bb9d8112b358e1a02565c12b2f_f3a27f41 = memo(({children, ...rest}) => {
    const ref_fix_country = useRef(null); refs["ref_fix_country"] = ref_fix_country;
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.["country"], id:"fix_country", key:((JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.fix_version_rx_state_))+"country"), name:"country", ref:ref_fix_country }))},)
    )
});
Textfieldroot_textfield__root_3491a6bb9d8112b358e1a02565c12b2f_f3a27f41.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_3491a6bb9d8112b358e1a02565c12b2f_f3a27f41;
})();

export const Textfieldroot_textfield__root_8dbbf0a3f3451f4ea49ef893a32d5602_f3a27f41 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_8dbbf0a3f3451f4ea49ef893a32d5602_f3a27f41 = memo(({children, ...rest}) => {
    const ref_fix_notes = useRef(null); refs["ref_fix_notes"] = ref_fix_notes;
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.["notes"], id:"fix_notes", key:((JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.fix_version_rx_state_))+"notes"), name:"notes", ref:ref_fix_notes }))},)
    )
});
Textfieldroot_textfield__root_8dbbf0a3f3451f4ea49ef893a32d5602_f3a27f41.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_8dbbf0a3f3451f4ea49ef893a32d5602_f3a27f41;
})();

export const Textfieldroot_textfield__root_609de0cd3360d3a3a2d6effbd3cb07e9_f3a27f41 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_609de0cd3360d3a3a2d6effbd3cb07e9_f3a27f41 = memo(({children, ...rest}) => {
    const ref_fix_source_campaign = useRef(null); refs["ref_fix_source_campaign"] = ref_fix_source_campaign;
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.["source_campaign"], id:"fix_source_campaign", key:((JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.fix_version_rx_state_))+"source_campaign"), name:"source_campaign", ref:ref_fix_source_campaign }))},)
    )
});
Textfieldroot_textfield__root_609de0cd3360d3a3a2d6effbd3cb07e9_f3a27f41.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_609de0cd3360d3a3a2d6effbd3cb07e9_f3a27f41;
})();

export const Textfieldroot_textfield__root_e7dc7814a5a9a47af84a334b56b21e48_f3a27f41 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_e7dc7814a5a9a47af84a334b56b21e48_f3a27f41 = memo(({children, ...rest}) => {
    const ref_fix_partner = useRef(null); refs["ref_fix_partner"] = ref_fix_partner;
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.["partner"], id:"fix_partner", key:((JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.fix_version_rx_state_))+"partner"), name:"partner", ref:ref_fix_partner }))},)
    )
});
Textfieldroot_textfield__root_e7dc7814a5a9a47af84a334b56b21e48_f3a27f41.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_e7dc7814a5a9a47af84a334b56b21e48_f3a27f41;
})();

export const Foreach_comp_7ecc854c3f691b62d9fab7fc5739ec0d_f3a27f41 = /*#__PURE__*/ (() => {
const Foreach_comp_7ecc854c3f691b62d9fab7fc5739ec0d_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___lead_import___state____lead_import_state.custom_fields_rx_state_ ?? [],((c_rx_state_,index_7b5e9b7c28d992cbbb1403cb9213368e)=>(jsx(RadixThemesFlex,{align:"stretch",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",key:index_7b5e9b7c28d992cbbb1403cb9213368e,gap:"1"},jsx("label",{className:"prm-label",htmlFor:("fix_custom_"+c_rx_state_?.["key"])},c_rx_state_?.["label"]),jsx(RadixThemesTextField.Root,{css:({ ["width"] : "100%" }),defaultValue:(isTrue(reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.[("custom:"+c_rx_state_?.["key"])]) ? reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_?.[("custom:"+c_rx_state_?.["key"])] : ""),id:("fix_custom_"+c_rx_state_?.["key"]),key:((JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.fix_version_rx_state_))+c_rx_state_?.["key"]),name:("custom:"+c_rx_state_?.["key"])},)))))
    )
});
Foreach_comp_7ecc854c3f691b62d9fab7fc5739ec0d_f3a27f41.displayName = "Foreach";
return Foreach_comp_7ecc854c3f691b62d9fab7fc5739ec0d_f3a27f41;
})();

export const Form_root_21bc6fcbef81cfa7efc5b3d65141ad39_f3a27f41 = /*#__PURE__*/ (() => {
const Form_root_21bc6fcbef81cfa7efc5b3d65141ad39_f3a27f41 = memo(({children, ...rest}) => {
    
    const handleSubmit_3ca131b478d660563380cbdc226bcaa4 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["fix_first_name"] : getRefValue(refs["ref_fix_first_name"]), ["fix_last_name"] : getRefValue(refs["ref_fix_last_name"]), ["fix_email"] : getRefValue(refs["ref_fix_email"]), ["fix_phone"] : getRefValue(refs["ref_fix_phone"]), ["fix_company"] : getRefValue(refs["ref_fix_company"]), ["fix_country"] : getRefValue(refs["ref_fix_country"]), ["fix_notes"] : getRefValue(refs["ref_fix_notes"]), ["fix_source_campaign"] : getRefValue(refs["ref_fix_source_campaign"]), ["fix_partner"] : getRefValue(refs["ref_fix_partner"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.save_fix", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%", ["padding"] : "1rem", ["borderRadius"] : "10px", ["background"] : "var(--amber-2)", ["border"] : "1px solid var(--amber-6)" }), onSubmit:handleSubmit_3ca131b478d660563380cbdc226bcaa4 }))},children)
    )
});
Form_root_21bc6fcbef81cfa7efc5b3d65141ad39_f3a27f41.displayName = "Form";
return Form_root_21bc6fcbef81cfa7efc5b3d65141ad39_f3a27f41;
})();

export const Cond_comp_00ba34d41885232c9db1665e5b94cb1d_f3a27f41 = /*#__PURE__*/ (() => {
const Cond_comp_00ba34d41885232c9db1665e5b94cb1d_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (reflex___state____state__admin___lead_import___state____lead_import_state.fixing_rx_state_.hasOwnProperty("row_number")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_00ba34d41885232c9db1665e5b94cb1d_f3a27f41.displayName = "Cond";
return Cond_comp_00ba34d41885232c9db1665e5b94cb1d_f3a27f41;
})();

export const Foreach_comp_172a0f83a32880f43af7e60d0c20e1aa_f3a27f41 = /*#__PURE__*/ (() => {
const Foreach_comp_172a0f83a32880f43af7e60d0c20e1aa_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___lead_import___state____lead_import_state.rows_rx_state_ ?? [],((row_rx_state_,index_ecb114634a0315c55b024dafd8b86088)=>(jsx(RadixThemesTable.Row,{key:index_ecb114634a0315c55b024dafd8b86088},jsx(RadixThemesTable.Cell,{},row_rx_state_?.["row_number"]),jsx(RadixThemesTable.Cell,{},((row_rx_state_?.["first_name"]+" ")+row_rx_state_?.["last_name"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["company"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["email"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["partner"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",color:"red",size:"2"},row_rx_state_?.["reason"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesButton,{"aria-label":("Fix row "+row_rx_state_?.["row_number"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.start_fix", ({ ["row"] : row_rx_state_ }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Fix"))))))
    )
});
Foreach_comp_172a0f83a32880f43af7e60d0c20e1aa_f3a27f41.displayName = "Foreach";
return Foreach_comp_172a0f83a32880f43af7e60d0c20e1aa_f3a27f41;
})();

export const Button_button_f26f5ceebac7db4e78fa8b4c79800bb9_f3a27f41 = /*#__PURE__*/ (() => {
const Button_button_f26f5ceebac7db4e78fa8b4c79800bb9_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_869759a3b9d0283ba875ac458fe5168f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___lead_import___state____lead_import_state.cursors_rx_state_.length > 0)), onClick:on_click_869759a3b9d0283ba875ac458fe5168f, variant:"soft" }))},children)
    )
});
Button_button_f26f5ceebac7db4e78fa8b4c79800bb9_f3a27f41.displayName = "Button";
return Button_button_f26f5ceebac7db4e78fa8b4c79800bb9_f3a27f41;
})();

export const Button_button_d14d9ab1795438006559209385e83fd9_f3a27f41 = /*#__PURE__*/ (() => {
const Button_button_d14d9ab1795438006559209385e83fd9_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_fcee6c2b6122a52422733d8318ac1d8c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___lead_import___state____lead_import_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_fcee6c2b6122a52422733d8318ac1d8c, variant:"soft" }))},children)
    )
});
Button_button_d14d9ab1795438006559209385e83fd9_f3a27f41.displayName = "Button";
return Button_button_d14d9ab1795438006559209385e83fd9_f3a27f41;
})();

export const Cond_comp_29fa8600b125726b1115ff2388ed0c23_f3a27f41 = /*#__PURE__*/ (() => {
const Cond_comp_29fa8600b125726b1115ff2388ed0c23_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        ((reflex___state____state__admin___lead_import___state____lead_import_state.rows_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_29fa8600b125726b1115ff2388ed0c23_f3a27f41.displayName = "Cond";
return Cond_comp_29fa8600b125726b1115ff2388ed0c23_f3a27f41;
})();

export const Button_button_bbbed14c0fccc636e2f9b2cd15d2a197_f3a27f41 = /*#__PURE__*/ (() => {
const Button_button_bbbed14c0fccc636e2f9b2cd15d2a197_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_2b589e006fb21c009573e50745013fca = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.start", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["valid_rows"]?.valueOf?.() === "0"?.valueOf?.()), onClick:on_click_2b589e006fb21c009573e50745013fca, size:"3" }))},children)
    )
});
Button_button_bbbed14c0fccc636e2f9b2cd15d2a197_f3a27f41.displayName = "Button";
return Button_button_bbbed14c0fccc636e2f9b2cd15d2a197_f3a27f41;
})();

export const Button_button_83f6737b8d9f34cdcdb98a0486bf9f5c_f3a27f41 = /*#__PURE__*/ (() => {
const Button_button_83f6737b8d9f34cdcdb98a0486bf9f5c_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_5b4096aea6ad35ea1acaf7caa68a4192 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.cancel", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_5b4096aea6ad35ea1acaf7caa68a4192, size:"3", variant:"soft" }))},children)
    )
});
Button_button_83f6737b8d9f34cdcdb98a0486bf9f5c_f3a27f41.displayName = "Button";
return Button_button_83f6737b8d9f34cdcdb98a0486bf9f5c_f3a27f41;
})();

export const Bare_comp_28c3d96d959f62b323326208b18a8589_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_28c3d96d959f62b323326208b18a8589_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        ("Importing "+reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["filename"])
    )
});
Bare_comp_28c3d96d959f62b323326208b18a8589_f3a27f41.displayName = "Bare";
return Bare_comp_28c3d96d959f62b323326208b18a8589_f3a27f41;
})();

export const Progress_progress_d64b2b9865192b9ea97d2faa482e4139_f3a27f41 = /*#__PURE__*/ (() => {
const Progress_progress_d64b2b9865192b9ea97d2faa482e4139_f3a27f41 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(RadixThemesProgress,{...mergeSlotProps(rest, ({ "aria-label":"Import progress", css:({ ["width"] : "100%" }), max:100, size:"3", value:reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["progress"] }))},)
    )
});
Progress_progress_d64b2b9865192b9ea97d2faa482e4139_f3a27f41.displayName = "Progress";
return Progress_progress_d64b2b9865192b9ea97d2faa482e4139_f3a27f41;
})();

export const Bare_comp_f23eadd2e11d3fe7d269a7c9b42f1072_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_f23eadd2e11d3fe7d269a7c9b42f1072_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (((((((reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["processed_rows"]+" of ")+reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["valid_rows"])+" rows processed \u00b7 ")+reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["created_count"])+" leads created \u00b7 ")+reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["failed_count"])+" failed")
    )
});
Bare_comp_f23eadd2e11d3fe7d269a7c9b42f1072_f3a27f41.displayName = "Bare";
return Bare_comp_f23eadd2e11d3fe7d269a7c9b42f1072_f3a27f41;
})();

export const Button_button_9c02b951013fe4283f87cfa02e9d26c2_f3a27f41 = /*#__PURE__*/ (() => {
const Button_button_9c02b951013fe4283f87cfa02e9d26c2_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_5b4096aea6ad35ea1acaf7caa68a4192 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.cancel", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_5b4096aea6ad35ea1acaf7caa68a4192, variant:"soft" }))},children)
    )
});
Button_button_9c02b951013fe4283f87cfa02e9d26c2_f3a27f41.displayName = "Button";
return Button_button_9c02b951013fe4283f87cfa02e9d26c2_f3a27f41;
})();

export const Bare_comp_c51f405dcf2e86ed7bb5d24d87322ec9_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_c51f405dcf2e86ed7bb5d24d87322ec9_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (((("Import finished: "+reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["created_count"])+" leads created, ")+reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["failed_count"])+" rows failed. The results were emailed to you.")
    )
});
Bare_comp_c51f405dcf2e86ed7bb5d24d87322ec9_f3a27f41.displayName = "Bare";
return Bare_comp_c51f405dcf2e86ed7bb5d24d87322ec9_f3a27f41;
})();

export const Bare_comp_fd22bd715624d4f1ca8bce58e39a5b3d_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_fd22bd715624d4f1ca8bce58e39a5b3d_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (("Import cancelled: "+reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["created_count"])+" leads were created before it stopped.")
    )
});
Bare_comp_fd22bd715624d4f1ca8bce58e39a5b3d_f3a27f41.displayName = "Bare";
return Bare_comp_fd22bd715624d4f1ca8bce58e39a5b3d_f3a27f41;
})();

export const Bare_comp_16b5264843138aa0815effdb1686bf5e_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_16b5264843138aa0815effdb1686bf5e_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        ("The import failed: "+reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["error"])
    )
});
Bare_comp_16b5264843138aa0815effdb1686bf5e_f3a27f41.displayName = "Bare";
return Bare_comp_16b5264843138aa0815effdb1686bf5e_f3a27f41;
})();

export const Match_comp_1c4dbc4cf840f8f004453f0d08760baf_f3a27f41 = /*#__PURE__*/ (() => {
const Match_comp_1c4dbc4cf840f8f004453f0d08760baf_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.run_rx_state_?.["status"])) {
    case JSON.stringify("done"):
      return children?.at?.(0);
      break;
    case JSON.stringify("cancelled"):
      return children?.at?.(1);
      break;
    default:
      return children?.at?.(2);
      break;
  }
})()
    )
});
Match_comp_1c4dbc4cf840f8f004453f0d08760baf_f3a27f41.displayName = "Match";
return Match_comp_1c4dbc4cf840f8f004453f0d08760baf_f3a27f41;
})();

export const Button_button_0ace113fd27c771b02c40c36ace1349e_f3a27f41 = /*#__PURE__*/ (() => {
const Button_button_0ace113fd27c771b02c40c36ace1349e_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_23217a103bd163b3c62ef40a678dfc26 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.new_import", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_23217a103bd163b3c62ef40a678dfc26, variant:"soft" }))},children)
    )
});
Button_button_0ace113fd27c771b02c40c36ace1349e_f3a27f41.displayName = "Button";
return Button_button_0ace113fd27c771b02c40c36ace1349e_f3a27f41;
})();

export const Foreach_comp_a576189a745db04818909dda9f157671_f3a27f41 = /*#__PURE__*/ (() => {
const Foreach_comp_a576189a745db04818909dda9f157671_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___lead_import___state____lead_import_state.custom_fields_rx_state_ ?? [],((f_rx_state_,index_0c383523f818ccf7f4299bd705a01099)=>(jsx(RadixThemesTable.Row,{key:index_0c383523f818ccf7f4299bd705a01099},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesCode,{},f_rx_state_?.["label"])),jsx(RadixThemesTable.Cell,{},"Custom field")))))
    )
});
Foreach_comp_a576189a745db04818909dda9f157671_f3a27f41.displayName = "Foreach";
return Foreach_comp_a576189a745db04818909dda9f157671_f3a27f41;
})();

export const Button_button_5b01e0d8b7598408481c66db58560680_f3a27f41 = /*#__PURE__*/ (() => {
const Button_button_5b01e0d8b7598408481c66db58560680_f3a27f41 = memo(({children, ...rest}) => {
    const on_click_a11e820e68b53528aeae8fc356830c02 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.download_sample", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_a11e820e68b53528aeae8fc356830c02, variant:"soft" }))},children)
    )
});
Button_button_5b01e0d8b7598408481c66db58560680_f3a27f41.displayName = "Button";
return Button_button_5b01e0d8b7598408481c66db58560680_f3a27f41;
})();

export const Bare_comp_cb549bef4f56d367825ee89a827e7dea_f3a27f41 = /*#__PURE__*/ (() => {
const Bare_comp_cb549bef4f56d367825ee89a827e7dea_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        reflex___state____state__admin___lead_import___state____lead_import_state.upload_error_rx_state_
    )
});
Bare_comp_cb549bef4f56d367825ee89a827e7dea_f3a27f41.displayName = "Bare";
return Bare_comp_cb549bef4f56d367825ee89a827e7dea_f3a27f41;
})();

export const Cond_comp_61baa5aca01649cd3b16164eaadc7e3c_f3a27f41 = /*#__PURE__*/ (() => {
const Cond_comp_61baa5aca01649cd3b16164eaadc7e3c_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (!((reflex___state____state__admin___lead_import___state____lead_import_state.upload_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_61baa5aca01649cd3b16164eaadc7e3c_f3a27f41.displayName = "Cond";
return Cond_comp_61baa5aca01649cd3b16164eaadc7e3c_f3a27f41;
})();

export const Upload_comp_ad4f441a90a81f1c364a02450e46f119_f3a27f41 = /*#__PURE__*/ (() => {
const Upload_comp_ad4f441a90a81f1c364a02450e46f119_f3a27f41 = memo(({children}) => {
    const ref_lead_csv = useRef(null); refs["ref_lead_csv"] = ref_lead_csv;
const on_drop_7ca64953fa3df3e52185962137ad8203 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_import___state____lead_import_state.handle_upload", ({ ["files"] : _ev_0, ["upload_param_name"] : "files", ["upload_id"] : "lead_csv", ["extra_headers"] : ({  }) }), ({  }), "uploadFiles"))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const on_drop_rejected_51f7597a906ee6a527ceb347e5723946 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["error"]("", ({ ["title"] : "Files not Accepted", ["description"] : _ev_0.map(((dmioulfl) => (dmioulfl?.["file"]?.["path"]+": "+dmioulfl?.["errors"].map(((lgviwvuc) => lgviwvuc?.["message"])).join(", ")))).join("\n\n"), ["closeButton"] : true, ["style"] : ({ ["whiteSpace"] : "pre-line" }) })))), ["callback"] : null }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const { getRootProps: zbxordmc, getInputProps: dcmdllti, isDragActive: rjutlsgw} = useDropzone(({ ["accept"] : ({ ["text/csv"] : [".csv"], ["text/plain"] : [".txt"] }), ["maxFiles"] : 1, ["multiple"] : false, ["onDrop"] : on_drop_7ca64953fa3df3e52185962137ad8203, ["id"] : "lead_csv", ["onDropRejected"] : on_drop_rejected_51f7597a906ee6a527ceb347e5723946 }));
const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        jsx(Fragment,{},jsx("div",{className:"rx-Upload",css:({ ["border"] : "2px dashed var(--gray-6)", ["borderRadius"] : "12px", ["padding"] : "2rem", ["width"] : "100%", ["cursor"] : "pointer" }),id:"lead_csv",ref:ref_lead_csv,...zbxordmc()},jsx("input",{type:"file",...dcmdllti()},),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"column",gap:"2"},jsx(LucideFileUp,{css:({ ["color"] : "var(--gray-10)" }),size:28},),jsx(RadixThemesButton,{loading:reflex___state____state__admin___lead_import___state____lead_import_state.uploading_rx_state_,type:"button"},"Choose File"),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},"or drop a .csv file here (10 MB at most)"))))
    )
});
Upload_comp_ad4f441a90a81f1c364a02450e46f119_f3a27f41.displayName = "Upload";
return Upload_comp_ad4f441a90a81f1c364a02450e46f119_f3a27f41;
})();

export const Match_comp_2d8ee35b9142851decb64df43f171b70_f3a27f41 = /*#__PURE__*/ (() => {
const Match_comp_2d8ee35b9142851decb64df43f171b70_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__admin___lead_import___state____lead_import_state.step_rx_state_)) {
    case JSON.stringify("review"):
      return children?.at?.(0);
      break;
    case JSON.stringify("running"):
      return children?.at?.(1);
      break;
    case JSON.stringify("finished"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_2d8ee35b9142851decb64df43f171b70_f3a27f41.displayName = "Match";
return Match_comp_2d8ee35b9142851decb64df43f171b70_f3a27f41;
})();

export const Cond_comp_49df5829b52c360b535d1de9863f754d_f3a27f41 = /*#__PURE__*/ (() => {
const Cond_comp_49df5829b52c360b535d1de9863f754d_f3a27f41 = memo(({children}) => {
    const reflex___state____state__admin___lead_import___state____lead_import_state = useStateContext("reflex___state____state.admin___lead_import___state____lead_import_state")
    return(
        (reflex___state____state__admin___lead_import___state____lead_import_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_49df5829b52c360b535d1de9863f754d_f3a27f41.displayName = "Cond";
return Cond_comp_49df5829b52c360b535d1de9863f754d_f3a27f41;
})();
