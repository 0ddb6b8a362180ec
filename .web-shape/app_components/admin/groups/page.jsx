
import {ReflexEvent,applyEventActions,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {Button as RadixThemesButton,Checkbox as RadixThemesCheckbox,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import DebounceInput from "react-debounce-input"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_3dce894e = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_3dce894e;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_3dce894e = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_3dce894e;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_3dce894e = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_3dce894e;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_3dce894e = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_3dce894e;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_3dce894e = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_3dce894e;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_3dce894e = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_3dce894e;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_3dce894e = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_3dce894e;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_3dce894e = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_3dce894e;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_3dce894e = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_3dce894e;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_3dce894e = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_3dce894e;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_3dce894e = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_3dce894e = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_3dce894e.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_3dce894e;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_3dce894e = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_3dce894e = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_3dce894e.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_3dce894e;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_3dce894e = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_3dce894e.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_3dce894e;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_3dce894e = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_3dce894e = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_3dce894e.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_3dce894e;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_3dce894e = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_3dce894e = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_3dce894e.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_3dce894e;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_3dce894e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_3dce894e = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_3dce894e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_3dce894e;
})();

export const Button_button_a504a16c61c453b07d62b7c649ddc081_3dce894e = /*#__PURE__*/ (() => {
const Button_button_a504a16c61c453b07d62b7c649ddc081_3dce894e = memo(({children, ...rest}) => {
    const on_click_0d7873a000890ff24e120f8a8dd62509 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___groups___state____groups_state.new_group", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_0d7873a000890ff24e120f8a8dd62509, size:"3" }))},children)
    )
});
Button_button_a504a16c61c453b07d62b7c649ddc081_3dce894e.displayName = "Button";
return Button_button_a504a16c61c453b07d62b7c649ddc081_3dce894e;
})();

export const Foreach_comp_8351ae809d32b18fb94d0b668abbaebc_3dce894e = /*#__PURE__*/ (() => {
const Foreach_comp_8351ae809d32b18fb94d0b668abbaebc_3dce894e = memo(({children}) => {
    const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___groups___state____groups_state.groups_rx_state_ ?? [],((g_rx_state_,index_309b11d5e78655a02959f5bc6751fd9d)=>(jsx(RadixThemesTable.Row,{key:index_309b11d5e78655a02959f5bc6751fd9d},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesButton,{css:({ ["weight"] : "medium" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___groups___state____groups_state.edit_group", ({ ["group_id"] : g_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"2",variant:"ghost"},g_rx_state_?.["name"])),jsx(RadixThemesTable.Cell,{},g_rx_state_?.["description"]),jsx(RadixThemesTable.Cell,{},(!((g_rx_state_?.["rule"]?.valueOf?.() === ""?.valueOf?.())) ? g_rx_state_?.["rule"] : "\u2014")),jsx(RadixThemesTable.Cell,{},(!((g_rx_state_?.["members"]?.valueOf?.() === ""?.valueOf?.())) ? g_rx_state_?.["members"] : "\u2014")),jsx(RadixThemesTable.Cell,{},g_rx_state_?.["accounts"])))))
    )
});
Foreach_comp_8351ae809d32b18fb94d0b668abbaebc_3dce894e.displayName = "Foreach";
return Foreach_comp_8351ae809d32b18fb94d0b668abbaebc_3dce894e;
})();

export const Cond_comp_fcd868fa6a5d51c0e3a03ca6c15bbab7_3dce894e = /*#__PURE__*/ (() => {
const Cond_comp_fcd868fa6a5d51c0e3a03ca6c15bbab7_3dce894e = memo(({children}) => {
    const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        (pyAnd(reflex___state____state__admin___groups___state____groups_state.loaded_rx_state_, () => ((reflex___state____state__admin___groups___state____groups_state.groups_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fcd868fa6a5d51c0e3a03ca6c15bbab7_3dce894e.displayName = "Cond";
return Cond_comp_fcd868fa6a5d51c0e3a03ca6c15bbab7_3dce894e;
})();

export const Bare_comp_0f2c4f76de77361f15f0fe6ed87a81c0_3dce894e = /*#__PURE__*/ (() => {
const Bare_comp_0f2c4f76de77361f15f0fe6ed87a81c0_3dce894e = memo(({children}) => {
    const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        ((reflex___state____state__admin___groups___state____groups_state.group_id_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "Create Group" : "Edit Group")
    )
});
Bare_comp_0f2c4f76de77361f15f0fe6ed87a81c0_3dce894e.displayName = "Bare";
return Bare_comp_0f2c4f76de77361f15f0fe6ed87a81c0_3dce894e;
})();

export const Bare_comp_4d5946fb955f16e1bc71306ca13a56a2_3dce894e = /*#__PURE__*/ (() => {
const Bare_comp_4d5946fb955f16e1bc71306ca13a56a2_3dce894e = memo(({children}) => {
    const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        reflex___state____state__admin___groups___state____groups_state.error_rx_state_
    )
});
Bare_comp_4d5946fb955f16e1bc71306ca13a56a2_3dce894e.displayName = "Bare";
return Bare_comp_4d5946fb955f16e1bc71306ca13a56a2_3dce894e;
})();

export const Cond_comp_95f001e28be39a06711a5c02543cb449_3dce894e = /*#__PURE__*/ (() => {
const Cond_comp_95f001e28be39a06711a5c02543cb449_3dce894e = memo(({children}) => {
    const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        (!((reflex___state____state__admin___groups___state____groups_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_95f001e28be39a06711a5c02543cb449_3dce894e.displayName = "Cond";
return Cond_comp_95f001e28be39a06711a5c02543cb449_3dce894e;
})();

export const Debounceinput_debounceinput_03cfba4bcf2a1dfc6a341d1dda2035a5_3dce894e = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_03cfba4bcf2a1dfc6a341d1dda2035a5_3dce894e = memo(({children, ...rest}) => {
    const ref_group_name = useRef(null); refs["ref_group_name"] = ref_group_name;
const on_change_d67998e96743dcebea601fbeb4c03c26 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___groups___state____groups_state.set_field", ({ ["key"] : "name", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"group-name", inputRef:ref_group_name, name:"group-name", onChange:on_change_d67998e96743dcebea601fbeb4c03c26, size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___groups___state____groups_state.name_rx_state_) ? reflex___state____state__admin___groups___state____groups_state.name_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_03cfba4bcf2a1dfc6a341d1dda2035a5_3dce894e.displayName = "DebounceInput";
return Debounceinput_debounceinput_03cfba4bcf2a1dfc6a341d1dda2035a5_3dce894e;
})();

export const Bare_comp_3b38792467f7157c1a8d639b04f7e1f7_3dce894e = /*#__PURE__*/ (() => {
const Bare_comp_3b38792467f7157c1a8d639b04f7e1f7_3dce894e = memo(({children}) => {
    const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        (isTrue(reflex___state____state__admin___groups___state____groups_state.field_errors_rx_state_?.["name"]) ? reflex___state____state__admin___groups___state____groups_state.field_errors_rx_state_?.["name"] : "")
    )
});
Bare_comp_3b38792467f7157c1a8d639b04f7e1f7_3dce894e.displayName = "Bare";
return Bare_comp_3b38792467f7157c1a8d639b04f7e1f7_3dce894e;
})();

export const Cond_comp_ad364e441e3d08bc39f7a246868e8567_3dce894e = /*#__PURE__*/ (() => {
const Cond_comp_ad364e441e3d08bc39f7a246868e8567_3dce894e = memo(({children}) => {
    const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        (!(((isTrue(reflex___state____state__admin___groups___state____groups_state.field_errors_rx_state_?.["name"]) ? reflex___state____state__admin___groups___state____groups_state.field_errors_rx_state_?.["name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ad364e441e3d08bc39f7a246868e8567_3dce894e.displayName = "Cond";
return Cond_comp_ad364e441e3d08bc39f7a246868e8567_3dce894e;
})();

export const Debounceinput_debounceinput_2afdeceebc4afe5dbe0fc64115c4e64f_3dce894e = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_2afdeceebc4afe5dbe0fc64115c4e64f_3dce894e = memo(({children, ...rest}) => {
    const ref_group_description = useRef(null); refs["ref_group_description"] = ref_group_description;
const on_change_eb47cc88764fdf745fc4549c8f37257a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___groups___state____groups_state.set_field", ({ ["key"] : "description", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"group-description", inputRef:ref_group_description, name:"group-description", onChange:on_change_eb47cc88764fdf745fc4549c8f37257a, size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___groups___state____groups_state.description_rx_state_) ? reflex___state____state__admin___groups___state____groups_state.description_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_2afdeceebc4afe5dbe0fc64115c4e64f_3dce894e.displayName = "DebounceInput";
return Debounceinput_debounceinput_2afdeceebc4afe5dbe0fc64115c4e64f_3dce894e;
})();

export const Debounceinput_debounceinput_40673dfaa90ff1e6d9f7a39acc6cc7c3_3dce894e = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_40673dfaa90ff1e6d9f7a39acc6cc7c3_3dce894e = memo(({children, ...rest}) => {
    const ref_group_tier = useRef(null); refs["ref_group_tier"] = ref_group_tier;
const on_change_e9df623426091cf1c12299464c00c9d0 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___groups___state____groups_state.set_field", ({ ["key"] : "match_tier", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"group-tier", inputRef:ref_group_tier, name:"group-tier", onChange:on_change_e9df623426091cf1c12299464c00c9d0, placeholder:"e.g. Gold", size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___groups___state____groups_state.match_tier_rx_state_) ? reflex___state____state__admin___groups___state____groups_state.match_tier_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_40673dfaa90ff1e6d9f7a39acc6cc7c3_3dce894e.displayName = "DebounceInput";
return Debounceinput_debounceinput_40673dfaa90ff1e6d9f7a39acc6cc7c3_3dce894e;
})();

export const Debounceinput_debounceinput_c8859a120391d267dba795093076dbdd_3dce894e = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_c8859a120391d267dba795093076dbdd_3dce894e = memo(({children, ...rest}) => {
    const ref_group_geography = useRef(null); refs["ref_group_geography"] = ref_group_geography;
const on_change_126200b186123cc09a0560393e695aef = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___groups___state____groups_state.set_field", ({ ["key"] : "match_geography", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"group-geography", inputRef:ref_group_geography, name:"group-geography", onChange:on_change_126200b186123cc09a0560393e695aef, placeholder:"e.g. EMEA", size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___groups___state____groups_state.match_geography_rx_state_) ? reflex___state____state__admin___groups___state____groups_state.match_geography_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_c8859a120391d267dba795093076dbdd_3dce894e.displayName = "DebounceInput";
return Debounceinput_debounceinput_c8859a120391d267dba795093076dbdd_3dce894e;
})();

export const Selectroot_select__root_0bea7d0429136881d4f9f72cc745c08e_3dce894e = /*#__PURE__*/ (() => {
const Selectroot_select__root_0bea7d0429136881d4f9f72cc745c08e_3dce894e = memo(({children, ...rest}) => {
    const on_change_4123738d8fe5fb2e441c4c93a4999ea5 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___groups___state____groups_state.set_field", ({ ["key"] : "match_status", ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_4123738d8fe5fb2e441c4c93a4999ea5, value:((reflex___state____state__admin___groups___state____groups_state.match_status_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "any" : reflex___state____state__admin___groups___state____groups_state.match_status_rx_state_) }))},children)
    )
});
Selectroot_select__root_0bea7d0429136881d4f9f72cc745c08e_3dce894e.displayName = "SelectRoot";
return Selectroot_select__root_0bea7d0429136881d4f9f72cc745c08e_3dce894e;
})();

export const Foreach_comp_a73d626b2b0371b251b23ebfdc933172_3dce894e = /*#__PURE__*/ (() => {
const Foreach_comp_a73d626b2b0371b251b23ebfdc933172_3dce894e = memo(({children}) => {
    const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___groups___state____groups_state.accounts_rx_state_ ?? [],((a_rx_state_,index_de7df7ecf0366471067487ab20f6d35a)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",key:index_de7df7ecf0366471067487ab20f6d35a,gap:"2"},jsx(RadixThemesText,{as:"label",size:"2"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{checked:reflex___state____state__admin___groups___state____groups_state.member_ids_rx_state_.includes(a_rx_state_?.["id"]),id:("member-"+a_rx_state_?.["id"]),onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___groups___state____groups_state.toggle_member", ({ ["account_id"] : a_rx_state_?.["id"], ["on"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"2"},),"")),jsx("label",{className:"prm-label",htmlFor:("member-"+a_rx_state_?.["id"])},a_rx_state_?.["name"])))))
    )
});
Foreach_comp_a73d626b2b0371b251b23ebfdc933172_3dce894e.displayName = "Foreach";
return Foreach_comp_a73d626b2b0371b251b23ebfdc933172_3dce894e;
})();

export const Button_button_566b853fc8e47d89794b2ca3d0e45cc5_3dce894e = /*#__PURE__*/ (() => {
const Button_button_566b853fc8e47d89794b2ca3d0e45cc5_3dce894e = memo(({children, ...rest}) => {
    const on_click_dc7b80a013a86e9ea9463902fd228d39 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___groups___state____groups_state.close", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_dc7b80a013a86e9ea9463902fd228d39, variant:"soft" }))},children)
    )
});
Button_button_566b853fc8e47d89794b2ca3d0e45cc5_3dce894e.displayName = "Button";
return Button_button_566b853fc8e47d89794b2ca3d0e45cc5_3dce894e;
})();

export const Button_button_87f9d40495e252338c75c4af49b14577_3dce894e = /*#__PURE__*/ (() => {
const Button_button_87f9d40495e252338c75c4af49b14577_3dce894e = memo(({children, ...rest}) => {
    const on_click_e02933b5aafe76fda5b2be27e542776d = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___groups___state____groups_state.save", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_e02933b5aafe76fda5b2be27e542776d }))},children)
    )
});
Button_button_87f9d40495e252338c75c4af49b14577_3dce894e.displayName = "Button";
return Button_button_87f9d40495e252338c75c4af49b14577_3dce894e;
})();

export const Dialogroot_dialog__root_50322f7ed269d1ca4ac393367aff783d_3dce894e = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_50322f7ed269d1ca4ac393367aff783d_3dce894e = memo(({children, ...rest}) => {
    const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ open:reflex___state____state__admin___groups___state____groups_state.editing_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_50322f7ed269d1ca4ac393367aff783d_3dce894e.displayName = "DialogRoot";
return Dialogroot_dialog__root_50322f7ed269d1ca4ac393367aff783d_3dce894e;
})();

export const Cond_comp_09e6580f4bfb95b181fe4963d24f720b_3dce894e = /*#__PURE__*/ (() => {
const Cond_comp_09e6580f4bfb95b181fe4963d24f720b_3dce894e = memo(({children}) => {
    const reflex___state____state__admin___groups___state____groups_state = useStateContext("reflex___state____state.admin___groups___state____groups_state")
    return(
        (reflex___state____state__admin___groups___state____groups_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_09e6580f4bfb95b181fe4963d24f720b_3dce894e.displayName = "Cond";
return Cond_comp_09e6580f4bfb95b181fe4963d24f720b_3dce894e;
})();
