
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








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_3658d88e = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_3658d88e;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_3658d88e = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_3658d88e;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_3658d88e = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_3658d88e;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_3658d88e = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_3658d88e;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_3658d88e = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_3658d88e;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_3658d88e = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_3658d88e;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_3658d88e = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_3658d88e;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_3658d88e = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_3658d88e;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_3658d88e = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_3658d88e;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_3658d88e = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_3658d88e;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_3658d88e = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_3658d88e = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_3658d88e.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_3658d88e;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_3658d88e = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_3658d88e = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_3658d88e.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_3658d88e;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_3658d88e = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_3658d88e.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_3658d88e;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_3658d88e = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_3658d88e.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_3658d88e;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_3658d88e = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_3658d88e.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_3658d88e;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_3658d88e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_3658d88e = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_3658d88e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_3658d88e;
})();

export const Bare_comp_d7ca1c365cf766a2c5214170e988745a_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_d7ca1c365cf766a2c5214170e988745a_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["total_rows"]
    )
});
Bare_comp_d7ca1c365cf766a2c5214170e988745a_3658d88e.displayName = "Bare";
return Bare_comp_d7ca1c365cf766a2c5214170e988745a_3658d88e;
})();

export const Bare_comp_bccefc243e1a6fb4afafde56ccc7f265_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_bccefc243e1a6fb4afafde56ccc7f265_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["filename"]
    )
});
Bare_comp_bccefc243e1a6fb4afafde56ccc7f265_3658d88e.displayName = "Bare";
return Bare_comp_bccefc243e1a6fb4afafde56ccc7f265_3658d88e;
})();

export const Cond_comp_a6e065ae95e6696a277b96ef19d4e00f_3658d88e = /*#__PURE__*/ (() => {
const Cond_comp_a6e065ae95e6696a277b96ef19d4e00f_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (!((reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["filename"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a6e065ae95e6696a277b96ef19d4e00f_3658d88e.displayName = "Cond";
return Cond_comp_a6e065ae95e6696a277b96ef19d4e00f_3658d88e;
})();

export const Bare_comp_1378f75fc9bc7fbd613f69592cfbe022_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_1378f75fc9bc7fbd613f69592cfbe022_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["valid_rows"]
    )
});
Bare_comp_1378f75fc9bc7fbd613f69592cfbe022_3658d88e.displayName = "Bare";
return Bare_comp_1378f75fc9bc7fbd613f69592cfbe022_3658d88e;
})();

export const Bare_comp_596f9bdeab54d883ad9b9badc3bfbf77_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_596f9bdeab54d883ad9b9badc3bfbf77_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["invalid_rows"]
    )
});
Bare_comp_596f9bdeab54d883ad9b9badc3bfbf77_3658d88e.displayName = "Bare";
return Bare_comp_596f9bdeab54d883ad9b9badc3bfbf77_3658d88e;
})();

export const Bare_comp_ab7712047b481a79aa0ec3cf700187b4_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_ab7712047b481a79aa0ec3cf700187b4_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        ("These columns are not used and were ignored: "+reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["extra_columns"])
    )
});
Bare_comp_ab7712047b481a79aa0ec3cf700187b4_3658d88e.displayName = "Bare";
return Bare_comp_ab7712047b481a79aa0ec3cf700187b4_3658d88e;
})();

export const Cond_comp_57aa235b70c57b05cb67084119979152_3658d88e = /*#__PURE__*/ (() => {
const Cond_comp_57aa235b70c57b05cb67084119979152_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (!((reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["extra_columns"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_57aa235b70c57b05cb67084119979152_3658d88e.displayName = "Cond";
return Cond_comp_57aa235b70c57b05cb67084119979152_3658d88e;
})();

export const Button_button_249b778cd3e55778f78b3d395ae52831_3658d88e = /*#__PURE__*/ (() => {
const Button_button_249b778cd3e55778f78b3d395ae52831_3658d88e = memo(({children, ...rest}) => {
    const on_click_e3ede514ad68071f6fa5ff54f06b9760 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.download_bad_rows", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_e3ede514ad68071f6fa5ff54f06b9760, variant:"soft" }))},children)
    )
});
Button_button_249b778cd3e55778f78b3d395ae52831_3658d88e.displayName = "Button";
return Button_button_249b778cd3e55778f78b3d395ae52831_3658d88e;
})();

export const Bare_comp_16c2539885fc5d9026b5d8795e10b82a_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_16c2539885fc5d9026b5d8795e10b82a_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        reflex___state____state__admin___invitation_import___state____invitation_import_state.fixing_rx_state_?.["row_number"]
    )
});
Bare_comp_16c2539885fc5d9026b5d8795e10b82a_3658d88e.displayName = "Bare";
return Bare_comp_16c2539885fc5d9026b5d8795e10b82a_3658d88e;
})();

export const Iconbutton_iconbutton_0bd2d747959ae4faf09031dbfa90aa6f_3658d88e = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0bd2d747959ae4faf09031dbfa90aa6f_3658d88e = memo(({children, ...rest}) => {
    const on_click_813d424ee6a2c15261f74ff07323a025 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.stop_fix", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Close the fix form", css:({ ["padding"] : "6px" }), onClick:on_click_813d424ee6a2c15261f74ff07323a025, type:"button", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0bd2d747959ae4faf09031dbfa90aa6f_3658d88e.displayName = "IconButton";
return Iconbutton_iconbutton_0bd2d747959ae4faf09031dbfa90aa6f_3658d88e;
})();

export const Bare_comp_afd57bbe16379585f6592ff329abbd87_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_afd57bbe16379585f6592ff329abbd87_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        reflex___state____state__admin___invitation_import___state____invitation_import_state.fix_error_rx_state_
    )
});
Bare_comp_afd57bbe16379585f6592ff329abbd87_3658d88e.displayName = "Bare";
return Bare_comp_afd57bbe16379585f6592ff329abbd87_3658d88e;
})();

export const Cond_comp_6f463b32823a39836023f53b1b754669_3658d88e = /*#__PURE__*/ (() => {
const Cond_comp_6f463b32823a39836023f53b1b754669_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (!((reflex___state____state__admin___invitation_import___state____invitation_import_state.fix_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6f463b32823a39836023f53b1b754669_3658d88e.displayName = "Cond";
return Cond_comp_6f463b32823a39836023f53b1b754669_3658d88e;
})();

export const Textfieldroot_textfield__root_6a65ca5100b5ba2247cde05083c17a7b_3658d88e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_6a65ca5100b5ba2247cde05083c17a7b_3658d88e = memo(({children, ...rest}) => {
    const ref_fix_partner_name = useRef(null); refs["ref_fix_partner_name"] = ref_fix_partner_name;
const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___invitation_import___state____invitation_import_state.fixing_rx_state_?.["partner_name"], id:"fix_partner_name", key:((JSON.stringify(reflex___state____state__admin___invitation_import___state____invitation_import_state.fix_version_rx_state_))+"partner_name"), name:"partner_name", ref:ref_fix_partner_name }))},)
    )
});
Textfieldroot_textfield__root_6a65ca5100b5ba2247cde05083c17a7b_3658d88e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_6a65ca5100b5ba2247cde05083c17a7b_3658d88e;
})();

export const Textfieldroot_textfield__root_8b7e3e4e19c58b12438493f1a8feef68_3658d88e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_8b7e3e4e19c58b12438493f1a8feef68_3658d88e = memo(({children, ...rest}) => {
    const ref_fix_contact_first_name = useRef(null); refs["ref_fix_contact_first_name"] = ref_fix_contact_first_name;
const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___invitation_import___state____invitation_import_state.fixing_rx_state_?.["contact_first_name"], id:"fix_contact_first_name", key:((JSON.stringify(reflex___state____state__admin___invitation_import___state____invitation_import_state.fix_version_rx_state_))+"contact_first_name"), name:"contact_first_name", ref:ref_fix_contact_first_name }))},)
    )
});
Textfieldroot_textfield__root_8b7e3e4e19c58b12438493f1a8feef68_3658d88e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_8b7e3e4e19c58b12438493f1a8feef68_3658d88e;
})();

export const Textfieldroot_textfield__root_01dcd4c9892bee3d48584015912fd5b2_3658d88e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_01dcd4c9892bee3d48584015912fd5b2_3658d88e = memo(({children, ...rest}) => {
    const ref_fix_contact_last_name = useRef(null); refs["ref_fix_contact_last_name"] = ref_fix_contact_last_name;
const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___invitation_import___state____invitation_import_state.fixing_rx_state_?.["contact_last_name"], id:"fix_contact_last_name", key:((JSON.stringify(reflex___state____state__admin___invitation_import___state____invitation_import_state.fix_version_rx_state_))+"contact_last_name"), name:"contact_last_name", ref:ref_fix_contact_last_name }))},)
    )
});
Textfieldroot_textfield__root_01dcd4c9892bee3d48584015912fd5b2_3658d88e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_01dcd4c9892bee3d48584015912fd5b2_3658d88e;
})();

export const Textfieldroot_textfield__root_867478e7548593e321a73cff463efab6_3658d88e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_867478e7548593e321a73cff463efab6_3658d88e = memo(({children, ...rest}) => {
    const ref_fix_contact_email = useRef(null); refs["ref_fix_contact_email"] = ref_fix_contact_email;
const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___invitation_import___state____invitation_import_state.fixing_rx_state_?.["contact_email"], id:"fix_contact_email", key:((JSON.stringify(reflex___state____state__admin___invitation_import___state____invitation_import_state.fix_version_rx_state_))+"contact_email"), name:"contact_email", ref:ref_fix_contact_email }))},)
    )
});
Textfieldroot_textfield__root_867478e7548593e321a73cff463efab6_3658d88e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_867478e7548593e321a73cff463efab6_3658d88e;
})();

export const Foreach_comp_8cd9cc7abfa307ee25c4f9628526125e_3658d88e = /*#__PURE__*/ (() => {
const Foreach_comp_8cd9cc7abfa307ee25c4f9628526125e_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___invitation_import___state____invitation_import_state.custom_fields_rx_state_ ?? [],((c_rx_state_,index_7b5e9b7c28d992cbbb1403cb9213368e)=>(jsx(RadixThemesFlex,{align:"stretch",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",key:index_7b5e9b7c28d992cbbb1403cb9213368e,gap:"1"},jsx("label",{className:"prm-label",htmlFor:("fix_custom_"+c_rx_state_?.["key"])},c_rx_state_?.["label"]),jsx(RadixThemesTextField.Root,{css:({ ["width"] : "100%" }),defaultValue:(isTrue(reflex___state____state__admin___invitation_import___state____invitation_import_state.fixing_rx_state_?.[("custom:"+c_rx_state_?.["key"])]) ? reflex___state____state__admin___invitation_import___state____invitation_import_state.fixing_rx_state_?.[("custom:"+c_rx_state_?.["key"])] : ""),id:("fix_custom_"+c_rx_state_?.["key"]),key:((JSON.stringify(reflex___state____state__admin___invitation_import___state____invitation_import_state.fix_version_rx_state_))+c_rx_state_?.["key"]),name:("custom:"+c_rx_state_?.["key"])},)))))
    )
});
Foreach_comp_8cd9cc7abfa307ee25c4f9628526125e_3658d88e.displayName = "Foreach";
return Foreach_comp_8cd9cc7abfa307ee25c4f9628526125e_3658d88e;
})();

export const Form_root_321b37d1bcecbe9e6b817a85fb2f8bb4_3658d88e = /*#__PURE__*/ (() => {
const Form_root_321b37d1bcecbe9e6b817a85fb2f8bb4_3658d88e = memo(({children, ...rest}) => {
    
    const handleSubmit_88e5619985f5341dc0432bbcb23442a8 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["fix_partner_name"] : getRefValue(refs["ref_fix_partner_name"]), ["fix_contact_first_name"] : getRefValue(refs["ref_fix_contact_first_name"]), ["fix_contact_last_name"] : getRefValue(refs["ref_fix_contact_last_name"]), ["fix_contact_email"] : getRefValue(refs["ref_fix_contact_email"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.save_fix", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%", ["padding"] : "1rem", ["borderRadius"] : "10px", ["background"] : "var(--amber-2)", ["border"] : "1px solid var(--amber-6)" }), onSubmit:handleSubmit_88e5619985f5341dc0432bbcb23442a8 }))},children)
    )
});
Form_root_321b37d1bcecbe9e6b817a85fb2f8bb4_3658d88e.displayName = "Form";
return Form_root_321b37d1bcecbe9e6b817a85fb2f8bb4_3658d88e;
})();

export const Cond_comp_9ccacff7e3b2a67bba1883213cece41a_3658d88e = /*#__PURE__*/ (() => {
const Cond_comp_9ccacff7e3b2a67bba1883213cece41a_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (reflex___state____state__admin___invitation_import___state____invitation_import_state.fixing_rx_state_.hasOwnProperty("row_number")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9ccacff7e3b2a67bba1883213cece41a_3658d88e.displayName = "Cond";
return Cond_comp_9ccacff7e3b2a67bba1883213cece41a_3658d88e;
})();

export const Foreach_comp_474bc4a02350ee41f407afdf9da4bc58_3658d88e = /*#__PURE__*/ (() => {
const Foreach_comp_474bc4a02350ee41f407afdf9da4bc58_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___invitation_import___state____invitation_import_state.rows_rx_state_ ?? [],((row_rx_state_,index_ecb114634a0315c55b024dafd8b86088)=>(jsx(RadixThemesTable.Row,{key:index_ecb114634a0315c55b024dafd8b86088},jsx(RadixThemesTable.Cell,{},row_rx_state_?.["row_number"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["partner_name"]),jsx(RadixThemesTable.Cell,{},((row_rx_state_?.["contact_first_name"]+" ")+row_rx_state_?.["contact_last_name"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["contact_email"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",color:"red",size:"2"},row_rx_state_?.["reason"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesButton,{"aria-label":("Fix row "+row_rx_state_?.["row_number"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.start_fix", ({ ["row"] : row_rx_state_ }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Fix"))))))
    )
});
Foreach_comp_474bc4a02350ee41f407afdf9da4bc58_3658d88e.displayName = "Foreach";
return Foreach_comp_474bc4a02350ee41f407afdf9da4bc58_3658d88e;
})();

export const Button_button_02fabc680c48fd31adc6807602c3c68a_3658d88e = /*#__PURE__*/ (() => {
const Button_button_02fabc680c48fd31adc6807602c3c68a_3658d88e = memo(({children, ...rest}) => {
    const on_click_9768deff4224e0f7335d47e5edf69c15 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___invitation_import___state____invitation_import_state.cursors_rx_state_.length > 0)), onClick:on_click_9768deff4224e0f7335d47e5edf69c15, variant:"soft" }))},children)
    )
});
Button_button_02fabc680c48fd31adc6807602c3c68a_3658d88e.displayName = "Button";
return Button_button_02fabc680c48fd31adc6807602c3c68a_3658d88e;
})();

export const Button_button_72a1789682cd8c6eb88d41954609403b_3658d88e = /*#__PURE__*/ (() => {
const Button_button_72a1789682cd8c6eb88d41954609403b_3658d88e = memo(({children, ...rest}) => {
    const on_click_41f47fd8144b5450e27026c207688b77 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___invitation_import___state____invitation_import_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_41f47fd8144b5450e27026c207688b77, variant:"soft" }))},children)
    )
});
Button_button_72a1789682cd8c6eb88d41954609403b_3658d88e.displayName = "Button";
return Button_button_72a1789682cd8c6eb88d41954609403b_3658d88e;
})();

export const Cond_comp_5b20cc3ef77115e38c925a634d90bdfb_3658d88e = /*#__PURE__*/ (() => {
const Cond_comp_5b20cc3ef77115e38c925a634d90bdfb_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        ((reflex___state____state__admin___invitation_import___state____invitation_import_state.rows_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5b20cc3ef77115e38c925a634d90bdfb_3658d88e.displayName = "Cond";
return Cond_comp_5b20cc3ef77115e38c925a634d90bdfb_3658d88e;
})();

export const Button_button_6a5c88d2745714882da83f7cdaffd51d_3658d88e = /*#__PURE__*/ (() => {
const Button_button_6a5c88d2745714882da83f7cdaffd51d_3658d88e = memo(({children, ...rest}) => {
    const on_click_6af0a20cbe046948fc4902a2034db2a3 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.start", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["valid_rows"]?.valueOf?.() === "0"?.valueOf?.()), onClick:on_click_6af0a20cbe046948fc4902a2034db2a3, size:"3" }))},children)
    )
});
Button_button_6a5c88d2745714882da83f7cdaffd51d_3658d88e.displayName = "Button";
return Button_button_6a5c88d2745714882da83f7cdaffd51d_3658d88e;
})();

export const Button_button_6d88df763857fb5d4db344cf941bd5a2_3658d88e = /*#__PURE__*/ (() => {
const Button_button_6d88df763857fb5d4db344cf941bd5a2_3658d88e = memo(({children, ...rest}) => {
    const on_click_2fd0db0b27b7b369847025fe8f793f90 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.cancel", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_2fd0db0b27b7b369847025fe8f793f90, size:"3", variant:"soft" }))},children)
    )
});
Button_button_6d88df763857fb5d4db344cf941bd5a2_3658d88e.displayName = "Button";
return Button_button_6d88df763857fb5d4db344cf941bd5a2_3658d88e;
})();

export const Bare_comp_cdd4832d481b4f497d22875230dfa95f_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_cdd4832d481b4f497d22875230dfa95f_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        ("Importing "+reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["filename"])
    )
});
Bare_comp_cdd4832d481b4f497d22875230dfa95f_3658d88e.displayName = "Bare";
return Bare_comp_cdd4832d481b4f497d22875230dfa95f_3658d88e;
})();

export const Progress_progress_f980d381661c166bc0b631e84031cebb_3658d88e = /*#__PURE__*/ (() => {
const Progress_progress_f980d381661c166bc0b631e84031cebb_3658d88e = memo(({children, ...rest}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        jsx(RadixThemesProgress,{...mergeSlotProps(rest, ({ "aria-label":"Import progress", css:({ ["width"] : "100%" }), max:100, size:"3", value:reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["progress"] }))},)
    )
});
Progress_progress_f980d381661c166bc0b631e84031cebb_3658d88e.displayName = "Progress";
return Progress_progress_f980d381661c166bc0b631e84031cebb_3658d88e;
})();

export const Bare_comp_cc1df577dc5db6685dc1a101e98a1825_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_cc1df577dc5db6685dc1a101e98a1825_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (((((((reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["processed_rows"]+" of ")+reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["valid_rows"])+" rows processed \u00b7 ")+reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["created_count"])+" invitations created \u00b7 ")+reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["failed_count"])+" failed")
    )
});
Bare_comp_cc1df577dc5db6685dc1a101e98a1825_3658d88e.displayName = "Bare";
return Bare_comp_cc1df577dc5db6685dc1a101e98a1825_3658d88e;
})();

export const Button_button_f16a6fc4e56fbf57c9d68963d4321b25_3658d88e = /*#__PURE__*/ (() => {
const Button_button_f16a6fc4e56fbf57c9d68963d4321b25_3658d88e = memo(({children, ...rest}) => {
    const on_click_2fd0db0b27b7b369847025fe8f793f90 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.cancel", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_2fd0db0b27b7b369847025fe8f793f90, variant:"soft" }))},children)
    )
});
Button_button_f16a6fc4e56fbf57c9d68963d4321b25_3658d88e.displayName = "Button";
return Button_button_f16a6fc4e56fbf57c9d68963d4321b25_3658d88e;
})();

export const Bare_comp_e814a20e923058ec2e0d68bab47fe343_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_e814a20e923058ec2e0d68bab47fe343_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (((("Import finished: "+reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["created_count"])+" invitations created, ")+reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["failed_count"])+" rows failed. The results were emailed to you.")
    )
});
Bare_comp_e814a20e923058ec2e0d68bab47fe343_3658d88e.displayName = "Bare";
return Bare_comp_e814a20e923058ec2e0d68bab47fe343_3658d88e;
})();

export const Bare_comp_d3b3e3895f3995cbe69ae1b1db76f38a_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_d3b3e3895f3995cbe69ae1b1db76f38a_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (("Import cancelled: "+reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["created_count"])+" invitations were created before it stopped.")
    )
});
Bare_comp_d3b3e3895f3995cbe69ae1b1db76f38a_3658d88e.displayName = "Bare";
return Bare_comp_d3b3e3895f3995cbe69ae1b1db76f38a_3658d88e;
})();

export const Bare_comp_9082318b8c6e079675e6ec90728a00da_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_9082318b8c6e079675e6ec90728a00da_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        ("The import failed: "+reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["error"])
    )
});
Bare_comp_9082318b8c6e079675e6ec90728a00da_3658d88e.displayName = "Bare";
return Bare_comp_9082318b8c6e079675e6ec90728a00da_3658d88e;
})();

export const Match_comp_80c7e4f70f23d4f95e3b10176738eccb_3658d88e = /*#__PURE__*/ (() => {
const Match_comp_80c7e4f70f23d4f95e3b10176738eccb_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__admin___invitation_import___state____invitation_import_state.run_rx_state_?.["status"])) {
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
Match_comp_80c7e4f70f23d4f95e3b10176738eccb_3658d88e.displayName = "Match";
return Match_comp_80c7e4f70f23d4f95e3b10176738eccb_3658d88e;
})();

export const Button_button_a5b13bfb1aec4fe97cc2de374c265e94_3658d88e = /*#__PURE__*/ (() => {
const Button_button_a5b13bfb1aec4fe97cc2de374c265e94_3658d88e = memo(({children, ...rest}) => {
    const on_click_499e1bf2246fec63d60766155ce4b4ec = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.new_import", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_499e1bf2246fec63d60766155ce4b4ec, variant:"soft" }))},children)
    )
});
Button_button_a5b13bfb1aec4fe97cc2de374c265e94_3658d88e.displayName = "Button";
return Button_button_a5b13bfb1aec4fe97cc2de374c265e94_3658d88e;
})();

export const Foreach_comp_b6540b4ea8700f2060b70b57cd9effc4_3658d88e = /*#__PURE__*/ (() => {
const Foreach_comp_b6540b4ea8700f2060b70b57cd9effc4_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___invitation_import___state____invitation_import_state.custom_fields_rx_state_ ?? [],((f_rx_state_,index_0c383523f818ccf7f4299bd705a01099)=>(jsx(RadixThemesTable.Row,{key:index_0c383523f818ccf7f4299bd705a01099},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesCode,{},f_rx_state_?.["label"])),jsx(RadixThemesTable.Cell,{},"Custom field")))))
    )
});
Foreach_comp_b6540b4ea8700f2060b70b57cd9effc4_3658d88e.displayName = "Foreach";
return Foreach_comp_b6540b4ea8700f2060b70b57cd9effc4_3658d88e;
})();

export const Button_button_4d776ee004858e3e42d77b8b59a29b12_3658d88e = /*#__PURE__*/ (() => {
const Button_button_4d776ee004858e3e42d77b8b59a29b12_3658d88e = memo(({children, ...rest}) => {
    const on_click_84623ef96602c0b63f7c6b40b60058ba = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.download_sample", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_84623ef96602c0b63f7c6b40b60058ba, variant:"soft" }))},children)
    )
});
Button_button_4d776ee004858e3e42d77b8b59a29b12_3658d88e.displayName = "Button";
return Button_button_4d776ee004858e3e42d77b8b59a29b12_3658d88e;
})();

export const Bare_comp_44d1d3690dd7baddcba89c6ec4178f4a_3658d88e = /*#__PURE__*/ (() => {
const Bare_comp_44d1d3690dd7baddcba89c6ec4178f4a_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        reflex___state____state__admin___invitation_import___state____invitation_import_state.upload_error_rx_state_
    )
});
Bare_comp_44d1d3690dd7baddcba89c6ec4178f4a_3658d88e.displayName = "Bare";
return Bare_comp_44d1d3690dd7baddcba89c6ec4178f4a_3658d88e;
})();

export const Cond_comp_482aac80304a12d9accf0c7cad637d5a_3658d88e = /*#__PURE__*/ (() => {
const Cond_comp_482aac80304a12d9accf0c7cad637d5a_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (!((reflex___state____state__admin___invitation_import___state____invitation_import_state.upload_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_482aac80304a12d9accf0c7cad637d5a_3658d88e.displayName = "Cond";
return Cond_comp_482aac80304a12d9accf0c7cad637d5a_3658d88e;
})();

export const Upload_comp_c1f62932c29e6b8f2c42a7c5be803dd5_3658d88e = /*#__PURE__*/ (() => {
const Upload_comp_c1f62932c29e6b8f2c42a7c5be803dd5_3658d88e = memo(({children}) => {
    const ref_invitation_csv = useRef(null); refs["ref_invitation_csv"] = ref_invitation_csv;
const on_drop_3c227f83ff706952a5ff2ffd64a9cbd3 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___invitation_import___state____invitation_import_state.handle_upload", ({ ["files"] : _ev_0, ["upload_param_name"] : "files", ["upload_id"] : "invitation_csv", ["extra_headers"] : ({  }) }), ({  }), "uploadFiles"))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const on_drop_rejected_2fcedbdc0771e7617b4270e2d1ac8cc9 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["error"]("", ({ ["title"] : "Files not Accepted", ["description"] : _ev_0.map(((osizayzf) => (osizayzf?.["file"]?.["path"]+": "+osizayzf?.["errors"].map(((wnkiegyk) => wnkiegyk?.["message"])).join(", ")))).join("\n\n"), ["closeButton"] : true, ["style"] : ({ ["whiteSpace"] : "pre-line" }) })))), ["callback"] : null }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const { getRootProps: xdvxrcsn, getInputProps: udaxihhe, isDragActive: bacghqta} = useDropzone(({ ["accept"] : ({ ["text/csv"] : [".csv"], ["text/plain"] : [".txt"] }), ["maxFiles"] : 1, ["multiple"] : false, ["onDrop"] : on_drop_3c227f83ff706952a5ff2ffd64a9cbd3, ["id"] : "invitation_csv", ["onDropRejected"] : on_drop_rejected_2fcedbdc0771e7617b4270e2d1ac8cc9 }));
const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        jsx(Fragment,{},jsx("div",{className:"rx-Upload",css:({ ["border"] : "2px dashed var(--gray-6)", ["borderRadius"] : "12px", ["padding"] : "2rem", ["width"] : "100%", ["cursor"] : "pointer" }),id:"invitation_csv",ref:ref_invitation_csv,...xdvxrcsn()},jsx("input",{type:"file",...udaxihhe()},),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"column",gap:"2"},jsx(LucideFileUp,{css:({ ["color"] : "var(--gray-10)" }),size:28},),jsx(RadixThemesButton,{loading:reflex___state____state__admin___invitation_import___state____invitation_import_state.uploading_rx_state_,type:"button"},"Choose File"),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},"or drop a .csv file here (10 MB at most)"))))
    )
});
Upload_comp_c1f62932c29e6b8f2c42a7c5be803dd5_3658d88e.displayName = "Upload";
return Upload_comp_c1f62932c29e6b8f2c42a7c5be803dd5_3658d88e;
})();

export const Match_comp_329fea24be37951c660a85fc6e751163_3658d88e = /*#__PURE__*/ (() => {
const Match_comp_329fea24be37951c660a85fc6e751163_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__admin___invitation_import___state____invitation_import_state.step_rx_state_)) {
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
Match_comp_329fea24be37951c660a85fc6e751163_3658d88e.displayName = "Match";
return Match_comp_329fea24be37951c660a85fc6e751163_3658d88e;
})();

export const Cond_comp_9909edafca3f6bb29c9e7bef62c18f66_3658d88e = /*#__PURE__*/ (() => {
const Cond_comp_9909edafca3f6bb29c9e7bef62c18f66_3658d88e = memo(({children}) => {
    const reflex___state____state__admin___invitation_import___state____invitation_import_state = useStateContext("reflex___state____state.admin___invitation_import___state____invitation_import_state")
    return(
        (reflex___state____state__admin___invitation_import___state____invitation_import_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9909edafca3f6bb29c9e7bef62c18f66_3658d88e.displayName = "Cond";
return Cond_comp_9909edafca3f6bb29c9e7bef62c18f66_3658d88e;
})();
