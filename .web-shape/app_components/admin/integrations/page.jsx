
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Code as RadixThemesCode,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Switch as RadixThemesSwitch,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_1a6c7fb9;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_1a6c7fb9;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_1a6c7fb9;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_1a6c7fb9;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_1a6c7fb9;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_1a6c7fb9;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_1a6c7fb9;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_1a6c7fb9;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_1a6c7fb9;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_1a6c7fb9;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_1a6c7fb9 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_1a6c7fb9.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_1a6c7fb9;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_1a6c7fb9 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_1a6c7fb9 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_1a6c7fb9.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_1a6c7fb9;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_1a6c7fb9 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_1a6c7fb9.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_1a6c7fb9;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_1a6c7fb9 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_1a6c7fb9.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_1a6c7fb9;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_1a6c7fb9 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_1a6c7fb9.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_1a6c7fb9;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_1a6c7fb9 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_1a6c7fb9.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_1a6c7fb9;
})();

export const Bare_comp_824cc3384ecd8ca06b88847612666399_1a6c7fb9 = /*#__PURE__*/ (() => {
const Bare_comp_824cc3384ecd8ca06b88847612666399_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        reflex___state____state__admin___integrations___state____integrations_state.key_error_rx_state_
    )
});
Bare_comp_824cc3384ecd8ca06b88847612666399_1a6c7fb9.displayName = "Bare";
return Bare_comp_824cc3384ecd8ca06b88847612666399_1a6c7fb9;
})();

export const Cond_comp_9365bb7f17280ef7bcd5a47dd5d68b15_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_9365bb7f17280ef7bcd5a47dd5d68b15_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (!((reflex___state____state__admin___integrations___state____integrations_state.key_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9365bb7f17280ef7bcd5a47dd5d68b15_1a6c7fb9.displayName = "Cond";
return Cond_comp_9365bb7f17280ef7bcd5a47dd5d68b15_1a6c7fb9;
})();

export const Bare_comp_a89035b4fa69fe61a81fe5de4ecb9219_1a6c7fb9 = /*#__PURE__*/ (() => {
const Bare_comp_a89035b4fa69fe61a81fe5de4ecb9219_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (("Copy the key "+reflex___state____state__admin___integrations___state____integrations_state.new_key_name_rx_state_)+" now: it is shown only once, and only its prefix is kept.")
    )
});
Bare_comp_a89035b4fa69fe61a81fe5de4ecb9219_1a6c7fb9.displayName = "Bare";
return Bare_comp_a89035b4fa69fe61a81fe5de4ecb9219_1a6c7fb9;
})();

export const Textfieldroot_textfield__root_16847b1ac72ca1e54c5ca77a0906f852_1a6c7fb9 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_16847b1ac72ca1e54c5ca77a0906f852_1a6c7fb9 = memo(({children, ...rest}) => {
    const ref_new_api_key = useRef(null); refs["ref_new_api_key"] = ref_new_api_key;
const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["fontFamily"] : "monospace", ["--default-font-family"] : "monospace" }), id:"new_api_key", readOnly:true, ref:ref_new_api_key, size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___integrations___state____integrations_state.new_key_rx_state_) ? reflex___state____state__admin___integrations___state____integrations_state.new_key_rx_state_ : "") }))},)
    )
});
Textfieldroot_textfield__root_16847b1ac72ca1e54c5ca77a0906f852_1a6c7fb9.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_16847b1ac72ca1e54c5ca77a0906f852_1a6c7fb9;
})();

export const Button_button_0c90c7b77a71722d30da89ce56b6f374_1a6c7fb9 = /*#__PURE__*/ (() => {
const Button_button_0c90c7b77a71722d30da89ce56b6f374_1a6c7fb9 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
const on_click_4a640c96908b6f43c229c2b34b79986c = useCallback(((_e) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (navigator?.["clipboard"]?.["writeText"](reflex___state____state__admin___integrations___state____integrations_state.new_key_rx_state_))), ["callback"] : null }), ({  })))], [_e], ({  })));(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("Copied."))), ["callback"] : null }), ({  })))], [_e], ({  })));}), [addEvents, ReflexEvent, reflex___state____state__admin___integrations___state____integrations_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_4a640c96908b6f43c229c2b34b79986c, type:"button", variant:"soft" }))},children)
    )
});
Button_button_0c90c7b77a71722d30da89ce56b6f374_1a6c7fb9.displayName = "Button";
return Button_button_0c90c7b77a71722d30da89ce56b6f374_1a6c7fb9;
})();

export const Button_button_a7163870f2e5dda834908d5d901de402_1a6c7fb9 = /*#__PURE__*/ (() => {
const Button_button_a7163870f2e5dda834908d5d901de402_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_65337c13322195e7c73e6868de0f222e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___integrations___state____integrations_state.dismiss_key", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_65337c13322195e7c73e6868de0f222e, type:"button", variant:"ghost" }))},children)
    )
});
Button_button_a7163870f2e5dda834908d5d901de402_1a6c7fb9.displayName = "Button";
return Button_button_a7163870f2e5dda834908d5d901de402_1a6c7fb9;
})();

export const Cond_comp_e1135fc8dd2c035a79501df104b858b8_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_e1135fc8dd2c035a79501df104b858b8_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (!((reflex___state____state__admin___integrations___state____integrations_state.new_key_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e1135fc8dd2c035a79501df104b858b8_1a6c7fb9.displayName = "Cond";
return Cond_comp_e1135fc8dd2c035a79501df104b858b8_1a6c7fb9;
})();

export const Textfieldroot_textfield__root_17f173377d0fcd1e81af4f9ba6a47cbe_1a6c7fb9 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_17f173377d0fcd1e81af4f9ba6a47cbe_1a6c7fb9 = memo(({children, ...rest}) => {
    const ref_key_name = useRef(null); refs["ref_key_name"] = ref_key_name;
const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"key_name", key:((JSON.stringify(reflex___state____state__admin___integrations___state____integrations_state.version_rx_state_))+"kn"), name:"key_name", placeholder:"e.g. Salesforce", ref:ref_key_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_17f173377d0fcd1e81af4f9ba6a47cbe_1a6c7fb9.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_17f173377d0fcd1e81af4f9ba6a47cbe_1a6c7fb9;
})();

export const Bare_comp_993c8bd55f3632b1e9b3ba1e867289a5_1a6c7fb9 = /*#__PURE__*/ (() => {
const Bare_comp_993c8bd55f3632b1e9b3ba1e867289a5_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        reflex___state____state__admin___integrations___state____integrations_state.key_name_error_rx_state_
    )
});
Bare_comp_993c8bd55f3632b1e9b3ba1e867289a5_1a6c7fb9.displayName = "Bare";
return Bare_comp_993c8bd55f3632b1e9b3ba1e867289a5_1a6c7fb9;
})();

export const Cond_comp_42572a07fa85fa54a175a9b6b4ca8eb8_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_42572a07fa85fa54a175a9b6b4ca8eb8_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (!((reflex___state____state__admin___integrations___state____integrations_state.key_name_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_42572a07fa85fa54a175a9b6b4ca8eb8_1a6c7fb9.displayName = "Cond";
return Cond_comp_42572a07fa85fa54a175a9b6b4ca8eb8_1a6c7fb9;
})();

export const Form_root_5cd8d7c8bcf830bd4f0c21211416c033_1a6c7fb9 = /*#__PURE__*/ (() => {
const Form_root_5cd8d7c8bcf830bd4f0c21211416c033_1a6c7fb9 = memo(({children, ...rest}) => {
    
    const handleSubmit_f3ab24eedb056d19e6db00c9a4c0aa94 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["key_name"] : getRefValue(refs["ref_key_name"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___integrations___state____integrations_state.create_key", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_f3ab24eedb056d19e6db00c9a4c0aa94 }))},children)
    )
});
Form_root_5cd8d7c8bcf830bd4f0c21211416c033_1a6c7fb9.displayName = "Form";
return Form_root_5cd8d7c8bcf830bd4f0c21211416c033_1a6c7fb9;
})();

export const Foreach_comp_20f2baac67aeaa6d9fda61e0022f18a9_1a6c7fb9 = /*#__PURE__*/ (() => {
const Foreach_comp_20f2baac67aeaa6d9fda61e0022f18a9_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___integrations___state____integrations_state.keys_rx_state_ ?? [],((row_rx_state_,index_1489235d2032c5c54591712dd6856e02)=>(jsx(RadixThemesTable.Row,{key:index_1489235d2032c5c54591712dd6856e02},jsx(RadixThemesTable.RowHeaderCell,{},row_rx_state_?.["name"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesCode,{variant:"ghost"},(row_rx_state_?.["prefix"]+"\u2026"))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["created"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["created_by"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["last_used"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},((row_rx_state_?.["status"]?.valueOf?.() === "Active"?.valueOf?.())?(jsx(Fragment,{},((reflex___state____state__admin___integrations___state____integrations_state.confirm_revoke_rx_state_?.valueOf?.() === row_rx_state_?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesButton,{color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___integrations___state____integrations_state.revoke_key", ({ ["key_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1"},"Revoke Key"),jsx(RadixThemesButton,{color:"gray",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___integrations___state____integrations_state.cancel_revoke", ({  }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Cancel")))):(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("Revoke "+row_rx_state_?.["name"]),color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___integrations___state____integrations_state.ask_revoke", ({ ["key_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Revoke")))))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},("Revoked "+row_rx_state_?.["revoked"])))))))))))
    )
});
Foreach_comp_20f2baac67aeaa6d9fda61e0022f18a9_1a6c7fb9.displayName = "Foreach";
return Foreach_comp_20f2baac67aeaa6d9fda61e0022f18a9_1a6c7fb9;
})();

export const Cond_comp_c5708e97ed7ce06b38d90426519fbfa8_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_c5708e97ed7ce06b38d90426519fbfa8_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (pyAnd(reflex___state____state__admin___integrations___state____integrations_state.loaded_rx_state_, () => ((reflex___state____state__admin___integrations___state____integrations_state.keys_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c5708e97ed7ce06b38d90426519fbfa8_1a6c7fb9.displayName = "Cond";
return Cond_comp_c5708e97ed7ce06b38d90426519fbfa8_1a6c7fb9;
})();

export const Bare_comp_7499c23e14a717d1a857bb29303d7ed7_1a6c7fb9 = /*#__PURE__*/ (() => {
const Bare_comp_7499c23e14a717d1a857bb29303d7ed7_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        reflex___state____state__admin___integrations___state____integrations_state.webhook_error_rx_state_
    )
});
Bare_comp_7499c23e14a717d1a857bb29303d7ed7_1a6c7fb9.displayName = "Bare";
return Bare_comp_7499c23e14a717d1a857bb29303d7ed7_1a6c7fb9;
})();

export const Cond_comp_c60b41f33f47dbb595d62eccda8c5a79_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_c60b41f33f47dbb595d62eccda8c5a79_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (!((reflex___state____state__admin___integrations___state____integrations_state.webhook_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c60b41f33f47dbb595d62eccda8c5a79_1a6c7fb9.displayName = "Cond";
return Cond_comp_c60b41f33f47dbb595d62eccda8c5a79_1a6c7fb9;
})();

export const Textfieldroot_textfield__root_f72a295fc22bc2a51094c40bd00d543b_1a6c7fb9 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_f72a295fc22bc2a51094c40bd00d543b_1a6c7fb9 = memo(({children, ...rest}) => {
    const ref_signing_secret = useRef(null); refs["ref_signing_secret"] = ref_signing_secret;
const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["fontFamily"] : "monospace", ["--default-font-family"] : "monospace" }), id:"signing_secret", readOnly:true, ref:ref_signing_secret, size:"3", value:(isNotNullOrUndefined(reflex___state____state__admin___integrations___state____integrations_state.new_secret_rx_state_) ? reflex___state____state__admin___integrations___state____integrations_state.new_secret_rx_state_ : "") }))},)
    )
});
Textfieldroot_textfield__root_f72a295fc22bc2a51094c40bd00d543b_1a6c7fb9.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_f72a295fc22bc2a51094c40bd00d543b_1a6c7fb9;
})();

export const Button_button_d042ca000b0161d3a6369effd8a69ccb_1a6c7fb9 = /*#__PURE__*/ (() => {
const Button_button_d042ca000b0161d3a6369effd8a69ccb_1a6c7fb9 = memo(({children, ...rest}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
const on_click_985c114dd23ff72e629c58d7ece06a66 = useCallback(((_e) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (navigator?.["clipboard"]?.["writeText"](reflex___state____state__admin___integrations___state____integrations_state.new_secret_rx_state_))), ["callback"] : null }), ({  })))], [_e], ({  })));(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("Copied."))), ["callback"] : null }), ({  })))], [_e], ({  })));}), [addEvents, ReflexEvent, reflex___state____state__admin___integrations___state____integrations_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_985c114dd23ff72e629c58d7ece06a66, type:"button", variant:"soft" }))},children)
    )
});
Button_button_d042ca000b0161d3a6369effd8a69ccb_1a6c7fb9.displayName = "Button";
return Button_button_d042ca000b0161d3a6369effd8a69ccb_1a6c7fb9;
})();

export const Button_button_53015a682be472761b7d23a2ac30fd88_1a6c7fb9 = /*#__PURE__*/ (() => {
const Button_button_53015a682be472761b7d23a2ac30fd88_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_b96a15cd48c17bf760b53a7d7f211056 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___integrations___state____integrations_state.dismiss_secret", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b96a15cd48c17bf760b53a7d7f211056, type:"button", variant:"ghost" }))},children)
    )
});
Button_button_53015a682be472761b7d23a2ac30fd88_1a6c7fb9.displayName = "Button";
return Button_button_53015a682be472761b7d23a2ac30fd88_1a6c7fb9;
})();

export const Cond_comp_acb53114373ccccdca95b727f0bb68ac_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_acb53114373ccccdca95b727f0bb68ac_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (!((reflex___state____state__admin___integrations___state____integrations_state.new_secret_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_acb53114373ccccdca95b727f0bb68ac_1a6c7fb9.displayName = "Cond";
return Cond_comp_acb53114373ccccdca95b727f0bb68ac_1a6c7fb9;
})();

export const Textfieldroot_textfield__root_62b03a2ba992ce5282ff647cbae5521c_1a6c7fb9 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_62b03a2ba992ce5282ff647cbae5521c_1a6c7fb9 = memo(({children, ...rest}) => {
    const ref_webhook_url = useRef(null); refs["ref_webhook_url"] = ref_webhook_url;
const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___integrations___state____integrations_state.webhook_url_rx_state_, id:"webhook_url", key:((JSON.stringify(reflex___state____state__admin___integrations___state____integrations_state.version_rx_state_))+"wu"), name:"webhook_url", placeholder:"https://crm.example.com/hooks/partner-hub", ref:ref_webhook_url, size:"3", type:"url" }))},)
    )
});
Textfieldroot_textfield__root_62b03a2ba992ce5282ff647cbae5521c_1a6c7fb9.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_62b03a2ba992ce5282ff647cbae5521c_1a6c7fb9;
})();

export const Bare_comp_c6f734de15b82c76243c3dc6da2b74ff_1a6c7fb9 = /*#__PURE__*/ (() => {
const Bare_comp_c6f734de15b82c76243c3dc6da2b74ff_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        reflex___state____state__admin___integrations___state____integrations_state.webhook_url_error_rx_state_
    )
});
Bare_comp_c6f734de15b82c76243c3dc6da2b74ff_1a6c7fb9.displayName = "Bare";
return Bare_comp_c6f734de15b82c76243c3dc6da2b74ff_1a6c7fb9;
})();

export const Cond_comp_5cc9e37fb6b186cbb70d8d76a7858c66_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_5cc9e37fb6b186cbb70d8d76a7858c66_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (!((reflex___state____state__admin___integrations___state____integrations_state.webhook_url_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5cc9e37fb6b186cbb70d8d76a7858c66_1a6c7fb9.displayName = "Cond";
return Cond_comp_5cc9e37fb6b186cbb70d8d76a7858c66_1a6c7fb9;
})();

export const Switch_switch_df5a7a72999f15174dcf53226df2780e_1a6c7fb9 = /*#__PURE__*/ (() => {
const Switch_switch_df5a7a72999f15174dcf53226df2780e_1a6c7fb9 = memo(({children, ...rest}) => {
    const ref_webhook_enabled = useRef(null); refs["ref_webhook_enabled"] = ref_webhook_enabled;
const on_change_2744d80968081722a34239817de129f1 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___integrations___state____integrations_state.set_webhook_enabled", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__admin___integrations___state____integrations_state.webhook_enabled_rx_state_, id:"webhook_enabled", name:"webhook_enabled", onCheckedChange:on_change_2744d80968081722a34239817de129f1, ref:ref_webhook_enabled }))},)
    )
});
Switch_switch_df5a7a72999f15174dcf53226df2780e_1a6c7fb9.displayName = "Switch";
return Switch_switch_df5a7a72999f15174dcf53226df2780e_1a6c7fb9;
})();

export const Bare_comp_68d6a62950bb60dddc20330b721fdc7e_1a6c7fb9 = /*#__PURE__*/ (() => {
const Bare_comp_68d6a62950bb60dddc20330b721fdc7e_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        ("Last saved "+reflex___state____state__admin___integrations___state____integrations_state.webhook_updated_rx_state_)
    )
});
Bare_comp_68d6a62950bb60dddc20330b721fdc7e_1a6c7fb9.displayName = "Bare";
return Bare_comp_68d6a62950bb60dddc20330b721fdc7e_1a6c7fb9;
})();

export const Cond_comp_4595f5b282f7561744f7e8f0168ac8a2_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_4595f5b282f7561744f7e8f0168ac8a2_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (!((reflex___state____state__admin___integrations___state____integrations_state.webhook_updated_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4595f5b282f7561744f7e8f0168ac8a2_1a6c7fb9.displayName = "Cond";
return Cond_comp_4595f5b282f7561744f7e8f0168ac8a2_1a6c7fb9;
})();

export const Form_root_6a32043209fd18ba7de52c7dbd9c50fb_1a6c7fb9 = /*#__PURE__*/ (() => {
const Form_root_6a32043209fd18ba7de52c7dbd9c50fb_1a6c7fb9 = memo(({children, ...rest}) => {
    
    const handleSubmit_d8bfed34688ed0af71d91d68672d4c35 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["webhook_url"] : getRefValue(refs["ref_webhook_url"]), ["webhook_enabled"] : getRefValue(refs["ref_webhook_enabled"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___integrations___state____integrations_state.save_webhook", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_d8bfed34688ed0af71d91d68672d4c35 }))},children)
    )
});
Form_root_6a32043209fd18ba7de52c7dbd9c50fb_1a6c7fb9.displayName = "Form";
return Form_root_6a32043209fd18ba7de52c7dbd9c50fb_1a6c7fb9;
})();

export const Bare_comp_ac30710487d11e26064765424ba2cf81_1a6c7fb9 = /*#__PURE__*/ (() => {
const Bare_comp_ac30710487d11e26064765424ba2cf81_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        reflex___state____state__admin___integrations___state____integrations_state.secret_hint_rx_state_
    )
});
Bare_comp_ac30710487d11e26064765424ba2cf81_1a6c7fb9.displayName = "Bare";
return Bare_comp_ac30710487d11e26064765424ba2cf81_1a6c7fb9;
})();

export const Button_button_5e655543711ac0ed7b5b9a2186b38ec3_1a6c7fb9 = /*#__PURE__*/ (() => {
const Button_button_5e655543711ac0ed7b5b9a2186b38ec3_1a6c7fb9 = memo(({children, ...rest}) => {
    const on_click_96ada8817b5b82062610bee072e046db = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___integrations___state____integrations_state.rotate_secret", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_96ada8817b5b82062610bee072e046db, size:"1", type:"button", variant:"soft" }))},children)
    )
});
Button_button_5e655543711ac0ed7b5b9a2186b38ec3_1a6c7fb9.displayName = "Button";
return Button_button_5e655543711ac0ed7b5b9a2186b38ec3_1a6c7fb9;
})();

export const Cond_comp_fe569cfa0bb8f8985d874f0936842b6f_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_fe569cfa0bb8f8985d874f0936842b6f_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (reflex___state____state__admin___integrations___state____integrations_state.has_secret_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fe569cfa0bb8f8985d874f0936842b6f_1a6c7fb9.displayName = "Cond";
return Cond_comp_fe569cfa0bb8f8985d874f0936842b6f_1a6c7fb9;
})();

export const Cond_comp_f57445a84a09f94c4dc7e7f5b2cfcd33_1a6c7fb9 = /*#__PURE__*/ (() => {
const Cond_comp_f57445a84a09f94c4dc7e7f5b2cfcd33_1a6c7fb9 = memo(({children}) => {
    const reflex___state____state__admin___integrations___state____integrations_state = useStateContext("reflex___state____state.admin___integrations___state____integrations_state")
    return(
        (reflex___state____state__admin___integrations___state____integrations_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f57445a84a09f94c4dc7e7f5b2cfcd33_1a6c7fb9.displayName = "Cond";
return Cond_comp_f57445a84a09f94c4dc7e7f5b2cfcd33_1a6c7fb9;
})();
