
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {Button as RadixThemesButton,Callout as RadixThemesCallout,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Select as RadixThemesSelect,Switch as RadixThemesSwitch,Table as RadixThemesTable,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideArrowUp from "lucide-react/dist/esm/icons/arrow-up.mjs"
import LucideArrowDown from "lucide-react/dist/esm/icons/arrow-down.mjs"
import {DynamicIcon} from "lucide-react/dynamic.mjs"
import {useStateContext} from "$/utils/context-registry"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_d4cb6384;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_d4cb6384;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_d4cb6384;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_d4cb6384;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_d4cb6384;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_d4cb6384;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_d4cb6384;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_d4cb6384;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_d4cb6384;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_d4cb6384;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_d4cb6384 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_d4cb6384.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_d4cb6384;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_d4cb6384 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_d4cb6384 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_d4cb6384.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_d4cb6384;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_d4cb6384 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_d4cb6384.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_d4cb6384;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_d4cb6384 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_d4cb6384.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_d4cb6384;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_d4cb6384 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_d4cb6384.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_d4cb6384;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_d4cb6384 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_d4cb6384.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_d4cb6384;
})();

export const Button_button_456a7e75841f8d0bea226e3c78c6bb49_d4cb6384 = /*#__PURE__*/ (() => {
const Button_button_456a7e75841f8d0bea226e3c78c6bb49_d4cb6384 = memo(({children, ...rest}) => {
    const on_click_85aa62c38e80f2f346e7ebbb89cb9960 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_routing___state____routing_rules_state.open_new", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_85aa62c38e80f2f346e7ebbb89cb9960 }))},children)
    )
});
Button_button_456a7e75841f8d0bea226e3c78c6bb49_d4cb6384.displayName = "Button";
return Button_button_456a7e75841f8d0bea226e3c78c6bb49_d4cb6384;
})();

export const Bare_comp_1e79e0c362277425965a5f040f21efd9_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_1e79e0c362277425965a5f040f21efd9_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        ((reflex___state____state__admin___lead_routing___state____routing_rules_state.editing_id_rx_state_?.valueOf?.() === ""?.valueOf?.()) ? "New Routing Rule" : "Edit Routing Rule")
    )
});
Bare_comp_1e79e0c362277425965a5f040f21efd9_d4cb6384.displayName = "Bare";
return Bare_comp_1e79e0c362277425965a5f040f21efd9_d4cb6384;
})();

export const Bare_comp_7b835ee59ea12d148e74e7ab692a895c_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_7b835ee59ea12d148e74e7ab692a895c_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        reflex___state____state__admin___lead_routing___state____routing_rules_state.form_error_rx_state_
    )
});
Bare_comp_7b835ee59ea12d148e74e7ab692a895c_d4cb6384.displayName = "Bare";
return Bare_comp_7b835ee59ea12d148e74e7ab692a895c_d4cb6384;
})();

export const Cond_comp_9941cc8220218d4400793763ef53ac5b_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_9941cc8220218d4400793763ef53ac5b_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!((reflex___state____state__admin___lead_routing___state____routing_rules_state.form_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9941cc8220218d4400793763ef53ac5b_d4cb6384.displayName = "Cond";
return Cond_comp_9941cc8220218d4400793763ef53ac5b_d4cb6384;
})();

export const Textfieldroot_textfield__root_b3cc12d70d287071d48102cd92d2cd83_d4cb6384 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_b3cc12d70d287071d48102cd92d2cd83_d4cb6384 = memo(({children, ...rest}) => {
    const ref_rule_name = useRef(null); refs["ref_rule_name"] = ref_rule_name;
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["name"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["name"] : ""), id:"rule_name", key:((JSON.stringify(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_version_rx_state_))+"name"), name:"name", placeholder:"e.g. EMEA Gold partners", ref:ref_rule_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_b3cc12d70d287071d48102cd92d2cd83_d4cb6384.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_b3cc12d70d287071d48102cd92d2cd83_d4cb6384;
})();

export const Bare_comp_68dfae6bd95a4699f31790053e98cc00_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_68dfae6bd95a4699f31790053e98cc00_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["name"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["name"] : "")
    )
});
Bare_comp_68dfae6bd95a4699f31790053e98cc00_d4cb6384.displayName = "Bare";
return Bare_comp_68dfae6bd95a4699f31790053e98cc00_d4cb6384;
})();

export const Cond_comp_05510d4b48025c0ddbf32c50e8a60d4e_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_05510d4b48025c0ddbf32c50e8a60d4e_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["name"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_05510d4b48025c0ddbf32c50e8a60d4e_d4cb6384.displayName = "Cond";
return Cond_comp_05510d4b48025c0ddbf32c50e8a60d4e_d4cb6384;
})();

export const Textfieldroot_textfield__root_e58d6bd7cf908733e69768d1f8c09929_d4cb6384 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_e58d6bd7cf908733e69768d1f8c09929_d4cb6384 = memo(({children, ...rest}) => {
    const ref_rule_lead_countries = useRef(null); refs["ref_rule_lead_countries"] = ref_rule_lead_countries;
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["lead_countries"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["lead_countries"] : ""), id:"rule_lead_countries", key:((JSON.stringify(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_version_rx_state_))+"lead_countries"), name:"lead_countries", placeholder:"Any", ref:ref_rule_lead_countries, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_e58d6bd7cf908733e69768d1f8c09929_d4cb6384.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_e58d6bd7cf908733e69768d1f8c09929_d4cb6384;
})();

export const Bare_comp_8a16611511f77222e36fe3ef1918accc_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_8a16611511f77222e36fe3ef1918accc_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["lead_countries"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["lead_countries"] : "")
    )
});
Bare_comp_8a16611511f77222e36fe3ef1918accc_d4cb6384.displayName = "Bare";
return Bare_comp_8a16611511f77222e36fe3ef1918accc_d4cb6384;
})();

export const Cond_comp_475e76c8cadbbf876f5e8d4ed399e3e6_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_475e76c8cadbbf876f5e8d4ed399e3e6_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["lead_countries"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["lead_countries"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_475e76c8cadbbf876f5e8d4ed399e3e6_d4cb6384.displayName = "Cond";
return Cond_comp_475e76c8cadbbf876f5e8d4ed399e3e6_d4cb6384;
})();

export const Textfieldroot_textfield__root_c54f3d21f20b6d917bf3d38c50c86847_d4cb6384 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_c54f3d21f20b6d917bf3d38c50c86847_d4cb6384 = memo(({children, ...rest}) => {
    const ref_rule_lead_campaigns = useRef(null); refs["ref_rule_lead_campaigns"] = ref_rule_lead_campaigns;
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["lead_campaigns"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["lead_campaigns"] : ""), id:"rule_lead_campaigns", key:((JSON.stringify(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_version_rx_state_))+"lead_campaigns"), name:"lead_campaigns", placeholder:"Any", ref:ref_rule_lead_campaigns, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_c54f3d21f20b6d917bf3d38c50c86847_d4cb6384.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_c54f3d21f20b6d917bf3d38c50c86847_d4cb6384;
})();

export const Bare_comp_6c7fbac2b50373f0b6fcfb0c63954a63_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_6c7fbac2b50373f0b6fcfb0c63954a63_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["lead_campaigns"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["lead_campaigns"] : "")
    )
});
Bare_comp_6c7fbac2b50373f0b6fcfb0c63954a63_d4cb6384.displayName = "Bare";
return Bare_comp_6c7fbac2b50373f0b6fcfb0c63954a63_d4cb6384;
})();

export const Cond_comp_60987fe660b66bac8ff510fd078d7901_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_60987fe660b66bac8ff510fd078d7901_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["lead_campaigns"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["lead_campaigns"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_60987fe660b66bac8ff510fd078d7901_d4cb6384.displayName = "Cond";
return Cond_comp_60987fe660b66bac8ff510fd078d7901_d4cb6384;
})();

export const Textfieldroot_textfield__root_2021335b8b684b4d95853d49d11c7c69_d4cb6384 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_2021335b8b684b4d95853d49d11c7c69_d4cb6384 = memo(({children, ...rest}) => {
    const ref_rule_partner_geographies = useRef(null); refs["ref_rule_partner_geographies"] = ref_rule_partner_geographies;
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["partner_geographies"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["partner_geographies"] : ""), id:"rule_partner_geographies", key:((JSON.stringify(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_version_rx_state_))+"partner_geographies"), name:"partner_geographies", placeholder:"Any", ref:ref_rule_partner_geographies, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_2021335b8b684b4d95853d49d11c7c69_d4cb6384.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_2021335b8b684b4d95853d49d11c7c69_d4cb6384;
})();

export const Bare_comp_f0724601e5c6ab315d9dde83f91c99d4_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_f0724601e5c6ab315d9dde83f91c99d4_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_geographies"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_geographies"] : "")
    )
});
Bare_comp_f0724601e5c6ab315d9dde83f91c99d4_d4cb6384.displayName = "Bare";
return Bare_comp_f0724601e5c6ab315d9dde83f91c99d4_d4cb6384;
})();

export const Cond_comp_507215aabe1b5a95c51f252e8d32c159_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_507215aabe1b5a95c51f252e8d32c159_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_geographies"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_geographies"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_507215aabe1b5a95c51f252e8d32c159_d4cb6384.displayName = "Cond";
return Cond_comp_507215aabe1b5a95c51f252e8d32c159_d4cb6384;
})();

export const Textfieldroot_textfield__root_a91e7ff65b8237788e3b3e6721c08f30_d4cb6384 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_a91e7ff65b8237788e3b3e6721c08f30_d4cb6384 = memo(({children, ...rest}) => {
    const ref_rule_partner_tiers = useRef(null); refs["ref_rule_partner_tiers"] = ref_rule_partner_tiers;
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["partner_tiers"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["partner_tiers"] : ""), id:"rule_partner_tiers", key:((JSON.stringify(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_version_rx_state_))+"partner_tiers"), name:"partner_tiers", placeholder:"Any", ref:ref_rule_partner_tiers, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_a91e7ff65b8237788e3b3e6721c08f30_d4cb6384.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_a91e7ff65b8237788e3b3e6721c08f30_d4cb6384;
})();

export const Bare_comp_cea6b62952c3a0a04485f37c284824b8_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_cea6b62952c3a0a04485f37c284824b8_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_tiers"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_tiers"] : "")
    )
});
Bare_comp_cea6b62952c3a0a04485f37c284824b8_d4cb6384.displayName = "Bare";
return Bare_comp_cea6b62952c3a0a04485f37c284824b8_d4cb6384;
})();

export const Cond_comp_da7c385c5b30dc12b34151775e0a9044_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_da7c385c5b30dc12b34151775e0a9044_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_tiers"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_tiers"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da7c385c5b30dc12b34151775e0a9044_d4cb6384.displayName = "Cond";
return Cond_comp_da7c385c5b30dc12b34151775e0a9044_d4cb6384;
})();

export const Textfieldroot_textfield__root_039697808dd2d531bc9c03b63a60888f_d4cb6384 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_039697808dd2d531bc9c03b63a60888f_d4cb6384 = memo(({children, ...rest}) => {
    const ref_rule_partner_specializations = useRef(null); refs["ref_rule_partner_specializations"] = ref_rule_partner_specializations;
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["partner_specializations"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["partner_specializations"] : ""), id:"rule_partner_specializations", key:((JSON.stringify(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_version_rx_state_))+"partner_specializations"), name:"partner_specializations", placeholder:"Any", ref:ref_rule_partner_specializations, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_039697808dd2d531bc9c03b63a60888f_d4cb6384.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_039697808dd2d531bc9c03b63a60888f_d4cb6384;
})();

export const Bare_comp_d2086f977316b5f30556ce7b99b17792_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_d2086f977316b5f30556ce7b99b17792_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_specializations"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_specializations"] : "")
    )
});
Bare_comp_d2086f977316b5f30556ce7b99b17792_d4cb6384.displayName = "Bare";
return Bare_comp_d2086f977316b5f30556ce7b99b17792_d4cb6384;
})();

export const Cond_comp_533c50ce8093000240318359f26c2020_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_533c50ce8093000240318359f26c2020_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_specializations"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_specializations"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_533c50ce8093000240318359f26c2020_d4cb6384.displayName = "Cond";
return Cond_comp_533c50ce8093000240318359f26c2020_d4cb6384;
})();

export const Textarea_textarea_ea05b661ad34c1e5d1c22f313f30a2c5_d4cb6384 = /*#__PURE__*/ (() => {
const Textarea_textarea_ea05b661ad34c1e5d1c22f313f30a2c5_d4cb6384 = memo(({children, ...rest}) => {
    const ref_rule_partner_custom = useRef(null); refs["ref_rule_partner_custom"] = ref_rule_partner_custom;
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["partner_custom"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["partner_custom"] : ""), id:"rule_partner_custom", key:((JSON.stringify(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_version_rx_state_))+"partner_custom"), name:"partner_custom", placeholder:"Industry=Healthcare, Pharma", ref:ref_rule_partner_custom, rows:"2" }))},)
    )
});
Textarea_textarea_ea05b661ad34c1e5d1c22f313f30a2c5_d4cb6384.displayName = "TextArea";
return Textarea_textarea_ea05b661ad34c1e5d1c22f313f30a2c5_d4cb6384;
})();

export const Bare_comp_0841ea8174e6006f0d2119b867a2fd72_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_0841ea8174e6006f0d2119b867a2fd72_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_custom"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_custom"] : "")
    )
});
Bare_comp_0841ea8174e6006f0d2119b867a2fd72_d4cb6384.displayName = "Bare";
return Bare_comp_0841ea8174e6006f0d2119b867a2fd72_d4cb6384;
})();

export const Cond_comp_c7b1ff5afa2abee3ffbf786cc393356d_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_c7b1ff5afa2abee3ffbf786cc393356d_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_custom"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["partner_custom"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c7b1ff5afa2abee3ffbf786cc393356d_d4cb6384.displayName = "Cond";
return Cond_comp_c7b1ff5afa2abee3ffbf786cc393356d_d4cb6384;
})();

export const Selectroot_select__root_b8577c88e4c7b36ad5190ffa060678e6_d4cb6384 = /*#__PURE__*/ (() => {
const Selectroot_select__root_b8577c88e4c7b36ad5190ffa060678e6_d4cb6384 = memo(({children, ...rest}) => {
    const on_change_de023700519cbed653e9c919240c25bd = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_routing___state____routing_rules_state.set_form_method", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_de023700519cbed653e9c919240c25bd, value:reflex___state____state__admin___lead_routing___state____routing_rules_state.form_method_rx_state_ }))},children)
    )
});
Selectroot_select__root_b8577c88e4c7b36ad5190ffa060678e6_d4cb6384.displayName = "SelectRoot";
return Selectroot_select__root_b8577c88e4c7b36ad5190ffa060678e6_d4cb6384;
})();

export const Textfieldroot_textfield__root_c2a2392ab0a597f53398951dd58f0d26_d4cb6384 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_c2a2392ab0a597f53398951dd58f0d26_d4cb6384 = memo(({children, ...rest}) => {
    const ref_rule_max_open_leads = useRef(null); refs["ref_rule_max_open_leads"] = ref_rule_max_open_leads;
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["max_open_leads"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["max_open_leads"] : ""), id:"rule_max_open_leads", key:((JSON.stringify(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_version_rx_state_))+"max_open_leads"), min:"0", name:"max_open_leads", placeholder:"No limit", ref:ref_rule_max_open_leads, size:"3", type:"number" }))},)
    )
});
Textfieldroot_textfield__root_c2a2392ab0a597f53398951dd58f0d26_d4cb6384.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_c2a2392ab0a597f53398951dd58f0d26_d4cb6384;
})();

export const Bare_comp_aabd98ab82f93986529ea9618927b3da_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_aabd98ab82f93986529ea9618927b3da_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["max_open_leads"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["max_open_leads"] : "")
    )
});
Bare_comp_aabd98ab82f93986529ea9618927b3da_d4cb6384.displayName = "Bare";
return Bare_comp_aabd98ab82f93986529ea9618927b3da_d4cb6384;
})();

export const Cond_comp_a3c4f73eb7f84dd7b30e1ed3541d7d98_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_a3c4f73eb7f84dd7b30e1ed3541d7d98_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["max_open_leads"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["max_open_leads"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a3c4f73eb7f84dd7b30e1ed3541d7d98_d4cb6384.displayName = "Cond";
return Cond_comp_a3c4f73eb7f84dd7b30e1ed3541d7d98_d4cb6384;
})();

export const Textfieldroot_textfield__root_27fdca494c24a6863445cd995b147f66_d4cb6384 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_27fdca494c24a6863445cd995b147f66_d4cb6384 = memo(({children, ...rest}) => {
    const ref_rule_max_new_per_day = useRef(null); refs["ref_rule_max_new_per_day"] = ref_rule_max_new_per_day;
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["max_new_per_day"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["max_new_per_day"] : ""), id:"rule_max_new_per_day", key:((JSON.stringify(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_version_rx_state_))+"max_new_per_day"), min:"0", name:"max_new_per_day", placeholder:"No limit", ref:ref_rule_max_new_per_day, size:"3", type:"number" }))},)
    )
});
Textfieldroot_textfield__root_27fdca494c24a6863445cd995b147f66_d4cb6384.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_27fdca494c24a6863445cd995b147f66_d4cb6384;
})();

export const Bare_comp_014853ff8e22da0f62b1de620da07aa2_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_014853ff8e22da0f62b1de620da07aa2_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["max_new_per_day"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["max_new_per_day"] : "")
    )
});
Bare_comp_014853ff8e22da0f62b1de620da07aa2_d4cb6384.displayName = "Bare";
return Bare_comp_014853ff8e22da0f62b1de620da07aa2_d4cb6384;
})();

export const Cond_comp_cd62d469a75656945848212476fdfc2d_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_cd62d469a75656945848212476fdfc2d_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["max_new_per_day"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["max_new_per_day"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cd62d469a75656945848212476fdfc2d_d4cb6384.displayName = "Cond";
return Cond_comp_cd62d469a75656945848212476fdfc2d_d4cb6384;
})();

export const Textarea_textarea_4526de69a4caf82bbe39de4cfa2d1e57_d4cb6384 = /*#__PURE__*/ (() => {
const Textarea_textarea_4526de69a4caf82bbe39de4cfa2d1e57_d4cb6384 = memo(({children, ...rest}) => {
    const ref_rule_weights = useRef(null); refs["ref_rule_weights"] = ref_rule_weights;
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:(isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["weights"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_rx_state_?.["weights"] : ""), id:"rule_weights", key:((JSON.stringify(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_version_rx_state_))+"weights"), name:"weights", placeholder:"Northwind Traders=3", ref:ref_rule_weights, rows:"2" }))},)
    )
});
Textarea_textarea_4526de69a4caf82bbe39de4cfa2d1e57_d4cb6384.displayName = "TextArea";
return Textarea_textarea_4526de69a4caf82bbe39de4cfa2d1e57_d4cb6384;
})();

export const Bare_comp_d739a0a686373587407602075b8b6115_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_d739a0a686373587407602075b8b6115_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["weights"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["weights"] : "")
    )
});
Bare_comp_d739a0a686373587407602075b8b6115_d4cb6384.displayName = "Bare";
return Bare_comp_d739a0a686373587407602075b8b6115_d4cb6384;
})();

export const Cond_comp_608b8f773cb937bd6c7ab802d80a4520_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_608b8f773cb937bd6c7ab802d80a4520_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!(((isTrue(reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["weights"]) ? reflex___state____state__admin___lead_routing___state____routing_rules_state.form_errors_rx_state_?.["weights"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_608b8f773cb937bd6c7ab802d80a4520_d4cb6384.displayName = "Cond";
return Cond_comp_608b8f773cb937bd6c7ab802d80a4520_d4cb6384;
})();

export const Cond_comp_aaed35081ff3e2f655eae4ff69b474e8_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_aaed35081ff3e2f655eae4ff69b474e8_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        ((reflex___state____state__admin___lead_routing___state____routing_rules_state.form_method_rx_state_?.valueOf?.() === "weighted"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_aaed35081ff3e2f655eae4ff69b474e8_d4cb6384.displayName = "Cond";
return Cond_comp_aaed35081ff3e2f655eae4ff69b474e8_d4cb6384;
})();

export const Form_root_f1616093e7fc71a49f053c30f7f3dbd1_d4cb6384 = /*#__PURE__*/ (() => {
const Form_root_f1616093e7fc71a49f053c30f7f3dbd1_d4cb6384 = memo(({children, ...rest}) => {
    
    const handleSubmit_bcd2694ead68f98927b524785fe46c2b = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["rule_name"] : getRefValue(refs["ref_rule_name"]), ["rule_lead_countries"] : getRefValue(refs["ref_rule_lead_countries"]), ["rule_lead_campaigns"] : getRefValue(refs["ref_rule_lead_campaigns"]), ["rule_partner_geographies"] : getRefValue(refs["ref_rule_partner_geographies"]), ["rule_partner_tiers"] : getRefValue(refs["ref_rule_partner_tiers"]), ["rule_partner_specializations"] : getRefValue(refs["ref_rule_partner_specializations"]), ["rule_partner_custom"] : getRefValue(refs["ref_rule_partner_custom"]), ["rule_max_open_leads"] : getRefValue(refs["ref_rule_max_open_leads"]), ["rule_max_new_per_day"] : getRefValue(refs["ref_rule_max_new_per_day"]), ["rule_weights"] : getRefValue(refs["ref_rule_weights"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_routing___state____routing_rules_state.save", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_bcd2694ead68f98927b524785fe46c2b }))},children)
    )
});
Form_root_f1616093e7fc71a49f053c30f7f3dbd1_d4cb6384.displayName = "Form";
return Form_root_f1616093e7fc71a49f053c30f7f3dbd1_d4cb6384;
})();

export const Dialogroot_dialog__root_a320ef9612fee7eb2175ffe9086f22bc_d4cb6384 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_a320ef9612fee7eb2175ffe9086f22bc_d4cb6384 = memo(({children, ...rest}) => {
    const on_open_change_99e17d3d3f7b9c87a918beca7163433b = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_routing___state____routing_rules_state.set_dialog_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_99e17d3d3f7b9c87a918beca7163433b, open:reflex___state____state__admin___lead_routing___state____routing_rules_state.dialog_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_a320ef9612fee7eb2175ffe9086f22bc_d4cb6384.displayName = "DialogRoot";
return Dialogroot_dialog__root_a320ef9612fee7eb2175ffe9086f22bc_d4cb6384;
})();

export const Bare_comp_e0a1b960beb58092b33ae4709db111d1_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_e0a1b960beb58092b33ae4709db111d1_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        reflex___state____state__admin___lead_routing___state____routing_rules_state.error_rx_state_
    )
});
Bare_comp_e0a1b960beb58092b33ae4709db111d1_d4cb6384.displayName = "Bare";
return Bare_comp_e0a1b960beb58092b33ae4709db111d1_d4cb6384;
})();

export const Cond_comp_2bdf4de9ead0999055fcc835d7038141_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_2bdf4de9ead0999055fcc835d7038141_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!((reflex___state____state__admin___lead_routing___state____routing_rules_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2bdf4de9ead0999055fcc835d7038141_d4cb6384.displayName = "Cond";
return Cond_comp_2bdf4de9ead0999055fcc835d7038141_d4cb6384;
})();

export const Foreach_comp_84d829391ea2d81938b3d4fb95d0ed7a_d4cb6384 = /*#__PURE__*/ (() => {
const Foreach_comp_84d829391ea2d81938b3d4fb95d0ed7a_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___lead_routing___state____routing_rules_state.rules_rx_state_ ?? [],((rule_rx_state_,index_402a05db946bb5e1acc1c40449b4c2d5)=>(jsx(RadixThemesTable.Row,{align:"center",key:index_402a05db946bb5e1acc1c40449b4c2d5},jsx(RadixThemesTable.Cell,{},rule_rx_state_?.["position"]),jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",weight:"medium"},rule_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},(rule_rx_state_?.["leads_routed"]+" leads routed")))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",size:"2"},rule_rx_state_?.["leads_summary"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",size:"2"},rule_rx_state_?.["partners_summary"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2"},rule_rx_state_?.["method_label"]),jsx(Fragment,{},(!((rule_rx_state_?.["weights_summary"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},rule_rx_state_?.["weights_summary"]))):(jsx(Fragment,{},)))))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",size:"2"},rule_rx_state_?.["capacity_summary"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesSwitch,{checked:(rule_rx_state_?.["enabled"]?.valueOf?.() === "True"?.valueOf?.()),id:("enabled_"+rule_rx_state_?.["id"]),onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_routing___state____routing_rules_state.toggle", ({ ["rule_id"] : rule_rx_state_?.["id"], ["enabled"] : _ev_0 }), ({  })))], [_ev_0], ({  }))))},),jsx("label",{className:"prm-label",htmlFor:("enabled_"+rule_rx_state_?.["id"])},((rule_rx_state_?.["enabled"]?.valueOf?.() === "True"?.valueOf?.()) ? "Enabled" : "Disabled")))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"1",wrap:"nowrap"},jsx(RadixThemesIconButton,{"aria-label":("Move up: "+rule_rx_state_?.["name"]),color:"gray",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_routing___state____routing_rules_state.move", ({ ["rule_id"] : rule_rx_state_?.["id"], ["direction"] : "up" }), ({  })))], [_e], ({  })))),size:"1",title:"Move up",variant:"soft"},jsx(LucideArrowUp,{size:12},)),jsx(RadixThemesIconButton,{"aria-label":("Move down: "+rule_rx_state_?.["name"]),color:"gray",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_routing___state____routing_rules_state.move", ({ ["rule_id"] : rule_rx_state_?.["id"], ["direction"] : "down" }), ({  })))], [_e], ({  })))),size:"1",title:"Move down",variant:"soft"},jsx(LucideArrowDown,{size:12},)),jsx(RadixThemesButton,{"aria-label":("Edit: "+rule_rx_state_?.["name"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_routing___state____routing_rules_state.open_edit", ({ ["rule_id"] : rule_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Edit"),jsx(RadixThemesButton,{"aria-label":("Delete: "+rule_rx_state_?.["name"]),color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_routing___state____routing_rules_state.delete", ({ ["rule_id"] : rule_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Delete")))))))
    )
});
Foreach_comp_84d829391ea2d81938b3d4fb95d0ed7a_d4cb6384.displayName = "Foreach";
return Foreach_comp_84d829391ea2d81938b3d4fb95d0ed7a_d4cb6384;
})();

export const Cond_comp_495e4b217fbb7168db791cfaf9618cd6_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_495e4b217fbb7168db791cfaf9618cd6_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (pyAnd(reflex___state____state__admin___lead_routing___state____routing_rules_state.loaded_rx_state_, () => ((reflex___state____state__admin___lead_routing___state____routing_rules_state.rules_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_495e4b217fbb7168db791cfaf9618cd6_d4cb6384.displayName = "Cond";
return Cond_comp_495e4b217fbb7168db791cfaf9618cd6_d4cb6384;
})();

export const Dynamicicon_dynamicicon_10d4138dee4023f355d3330d25e3e821_d4cb6384 = /*#__PURE__*/ (() => {
const Dynamicicon_dynamicicon_10d4138dee4023f355d3330d25e3e821_d4cb6384 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(DynamicIcon,{...mergeSlotProps(rest, ({ name:((reflex___state____state__admin___lead_routing___state____routing_rules_state.test_result_rx_state_?.["assigned"]?.valueOf?.() === "True"?.valueOf?.()) ? "route" : "inbox").replaceAll("_", "-") }))},)
    )
});
Dynamicicon_dynamicicon_10d4138dee4023f355d3330d25e3e821_d4cb6384.displayName = "DynamicIcon";
return Dynamicicon_dynamicicon_10d4138dee4023f355d3330d25e3e821_d4cb6384;
})();

export const Bare_comp_7f60c6135981ae7a971453e493de1b6d_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_7f60c6135981ae7a971453e493de1b6d_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        reflex___state____state__admin___lead_routing___state____routing_rules_state.test_result_rx_state_?.["message"]
    )
});
Bare_comp_7f60c6135981ae7a971453e493de1b6d_d4cb6384.displayName = "Bare";
return Bare_comp_7f60c6135981ae7a971453e493de1b6d_d4cb6384;
})();

export const Bare_comp_d7ec6731662a959e558638900540b128_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_d7ec6731662a959e558638900540b128_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        ("Partners considered: "+reflex___state____state__admin___lead_routing___state____routing_rules_state.test_result_rx_state_?.["considered"])
    )
});
Bare_comp_d7ec6731662a959e558638900540b128_d4cb6384.displayName = "Bare";
return Bare_comp_d7ec6731662a959e558638900540b128_d4cb6384;
})();

export const Cond_comp_8b7a7d2f7c1574773d2d19b8ca62054a_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_8b7a7d2f7c1574773d2d19b8ca62054a_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!((reflex___state____state__admin___lead_routing___state____routing_rules_state.test_result_rx_state_?.["considered"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8b7a7d2f7c1574773d2d19b8ca62054a_d4cb6384.displayName = "Cond";
return Cond_comp_8b7a7d2f7c1574773d2d19b8ca62054a_d4cb6384;
})();

export const Bare_comp_a71ff4f2062e94d87ed0ebae37fa4594_d4cb6384 = /*#__PURE__*/ (() => {
const Bare_comp_a71ff4f2062e94d87ed0ebae37fa4594_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        ("At capacity: "+reflex___state____state__admin___lead_routing___state____routing_rules_state.test_result_rx_state_?.["at_capacity"])
    )
});
Bare_comp_a71ff4f2062e94d87ed0ebae37fa4594_d4cb6384.displayName = "Bare";
return Bare_comp_a71ff4f2062e94d87ed0ebae37fa4594_d4cb6384;
})();

export const Cond_comp_296f81f0fa547c2738387121e0d7a5fa_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_296f81f0fa547c2738387121e0d7a5fa_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (!((reflex___state____state__admin___lead_routing___state____routing_rules_state.test_result_rx_state_?.["at_capacity"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_296f81f0fa547c2738387121e0d7a5fa_d4cb6384.displayName = "Cond";
return Cond_comp_296f81f0fa547c2738387121e0d7a5fa_d4cb6384;
})();

export const Calloutroot_callout__root_5992815b6b269a943510b9a9cbeecebe_d4cb6384 = /*#__PURE__*/ (() => {
const Calloutroot_callout__root_5992815b6b269a943510b9a9cbeecebe_d4cb6384 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        jsx(RadixThemesCallout.Root,{...mergeSlotProps(rest, ({ color:((reflex___state____state__admin___lead_routing___state____routing_rules_state.test_result_rx_state_?.["assigned"]?.valueOf?.() === "True"?.valueOf?.()) ? "green" : "amber"), css:({ ["icon"] : ((reflex___state____state__admin___lead_routing___state____routing_rules_state.test_result_rx_state_?.["assigned"]?.valueOf?.() === "True"?.valueOf?.()) ? "route" : "inbox"), ["width"] : "100%" }), role:"status" }))},children)
    )
});
Calloutroot_callout__root_5992815b6b269a943510b9a9cbeecebe_d4cb6384.displayName = "CalloutRoot";
return Calloutroot_callout__root_5992815b6b269a943510b9a9cbeecebe_d4cb6384;
})();

export const Cond_comp_8075a1912ab561e28167602975e3405f_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_8075a1912ab561e28167602975e3405f_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (reflex___state____state__admin___lead_routing___state____routing_rules_state.test_result_rx_state_.hasOwnProperty("message")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8075a1912ab561e28167602975e3405f_d4cb6384.displayName = "Cond";
return Cond_comp_8075a1912ab561e28167602975e3405f_d4cb6384;
})();

export const Form_root_d099f4324241a84e0dcd96c8efbd3653_d4cb6384 = /*#__PURE__*/ (() => {
const Form_root_d099f4324241a84e0dcd96c8efbd3653_d4cb6384 = memo(({children, ...rest}) => {
    
    const handleSubmit_ef29ea1d6eeb27aa3665349a0b8f3022 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["test_country"] : getRefValue(refs["ref_test_country"]), ["test_campaign"] : getRefValue(refs["ref_test_campaign"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___lead_routing___state____routing_rules_state.test", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ef29ea1d6eeb27aa3665349a0b8f3022 }))},children)
    )
});
Form_root_d099f4324241a84e0dcd96c8efbd3653_d4cb6384.displayName = "Form";
return Form_root_d099f4324241a84e0dcd96c8efbd3653_d4cb6384;
})();

export const Cond_comp_4d18b42e85b08940de87bf082af0ee7f_d4cb6384 = /*#__PURE__*/ (() => {
const Cond_comp_4d18b42e85b08940de87bf082af0ee7f_d4cb6384 = memo(({children}) => {
    const reflex___state____state__admin___lead_routing___state____routing_rules_state = useStateContext("reflex___state____state.admin___lead_routing___state____routing_rules_state")
    return(
        (reflex___state____state__admin___lead_routing___state____routing_rules_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4d18b42e85b08940de87bf082af0ee7f_d4cb6384.displayName = "Cond";
return Cond_comp_4d18b42e85b08940de87bf082af0ee7f_d4cb6384;
})();
