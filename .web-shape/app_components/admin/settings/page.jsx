
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Button as RadixThemesButton,Checkbox as RadixThemesCheckbox,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Select as RadixThemesSelect,Switch as RadixThemesSwitch,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideTrash2 from "lucide-react/dist/esm/icons/trash-2.mjs"
import {useStateContext} from "$/utils/context-registry"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_95f625ed = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_95f625ed;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_95f625ed = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_95f625ed;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_95f625ed = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_95f625ed;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_95f625ed = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_95f625ed;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_95f625ed = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_95f625ed;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_95f625ed = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_95f625ed;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_95f625ed = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_95f625ed;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_95f625ed = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_95f625ed;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_95f625ed = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_95f625ed;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_95f625ed = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_95f625ed;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_95f625ed = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_95f625ed.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_95f625ed;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_95f625ed = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_95f625ed = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_95f625ed.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_95f625ed;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_95f625ed = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_95f625ed.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_95f625ed;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_95f625ed = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_95f625ed.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_95f625ed;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_95f625ed = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_95f625ed.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_95f625ed;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_95f625ed = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_95f625ed = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_95f625ed.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_95f625ed;
})();

export const Button_button_ed221f2e03abe6e58ddc6dd2e3bfec9c_95f625ed = /*#__PURE__*/ (() => {
const Button_button_ed221f2e03abe6e58ddc6dd2e3bfec9c_95f625ed = memo(({children, ...rest}) => {
    const on_click_8ba56634bacaf95f830041d2e9888675 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings/system-messaging", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_8ba56634bacaf95f830041d2e9888675, size:"3", variant:"soft" }))},children)
    )
});
Button_button_ed221f2e03abe6e58ddc6dd2e3bfec9c_95f625ed.displayName = "Button";
return Button_button_ed221f2e03abe6e58ddc6dd2e3bfec9c_95f625ed;
})();

export const Button_button_32046931812231f2c7b23d3e59a03484_95f625ed = /*#__PURE__*/ (() => {
const Button_button_32046931812231f2c7b23d3e59a03484_95f625ed = memo(({children, ...rest}) => {
    const on_click_d484007f82fe4c0171d46a9bc09a580b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings/terms", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_d484007f82fe4c0171d46a9bc09a580b, size:"3", variant:"soft" }))},children)
    )
});
Button_button_32046931812231f2c7b23d3e59a03484_95f625ed.displayName = "Button";
return Button_button_32046931812231f2c7b23d3e59a03484_95f625ed;
})();

export const Bare_comp_030cbfa414d4943ce40efae763073264_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_030cbfa414d4943ce40efae763073264_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        reflex___state____state__admin___settings___state____admin_settings_state.error_rx_state_
    )
});
Bare_comp_030cbfa414d4943ce40efae763073264_95f625ed.displayName = "Bare";
return Bare_comp_030cbfa414d4943ce40efae763073264_95f625ed;
})();

export const Cond_comp_9393a0b7c68c4782cbfbb498e1cfa503_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_9393a0b7c68c4782cbfbb498e1cfa503_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (!((reflex___state____state__admin___settings___state____admin_settings_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9393a0b7c68c4782cbfbb498e1cfa503_95f625ed.displayName = "Cond";
return Cond_comp_9393a0b7c68c4782cbfbb498e1cfa503_95f625ed;
})();

export const Textfieldroot_textfield__root_f1f8757b67a92d3d4b2b21fe8ca014be_95f625ed = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_f1f8757b67a92d3d4b2b21fe8ca014be_95f625ed = memo(({children, ...rest}) => {
    const ref_program_name = useRef(null); refs["ref_program_name"] = ref_program_name;
const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___settings___state____admin_settings_state.program_name_rx_state_, id:"program_name", key:(reflex___state____state__admin___settings___state____admin_settings_state.updated_at_rx_state_+"pn"), name:"program_name", ref:ref_program_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_f1f8757b67a92d3d4b2b21fe8ca014be_95f625ed.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_f1f8757b67a92d3d4b2b21fe8ca014be_95f625ed;
})();

export const Bare_comp_63130e1c9913bae0e58d7c67ed3d10b5_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_63130e1c9913bae0e58d7c67ed3d10b5_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (isTrue(reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["program_name"]) ? reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["program_name"] : "")
    )
});
Bare_comp_63130e1c9913bae0e58d7c67ed3d10b5_95f625ed.displayName = "Bare";
return Bare_comp_63130e1c9913bae0e58d7c67ed3d10b5_95f625ed;
})();

export const Cond_comp_d8d022cade993e1bc8c2994cf80e482d_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_d8d022cade993e1bc8c2994cf80e482d_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (!(((isTrue(reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["program_name"]) ? reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["program_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d8d022cade993e1bc8c2994cf80e482d_95f625ed.displayName = "Cond";
return Cond_comp_d8d022cade993e1bc8c2994cf80e482d_95f625ed;
})();

export const Textfieldroot_textfield__root_75ad0d80532cd905cce8a0e9128fa58f_95f625ed = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_75ad0d80532cd905cce8a0e9128fa58f_95f625ed = memo(({children, ...rest}) => {
    const ref_supplier_name = useRef(null); refs["ref_supplier_name"] = ref_supplier_name;
const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___settings___state____admin_settings_state.supplier_name_rx_state_, id:"supplier_name", key:(reflex___state____state__admin___settings___state____admin_settings_state.updated_at_rx_state_+"sn"), name:"supplier_name", ref:ref_supplier_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_75ad0d80532cd905cce8a0e9128fa58f_95f625ed.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_75ad0d80532cd905cce8a0e9128fa58f_95f625ed;
})();

export const Bare_comp_4dfe35b7f84b40f1def64b7d7af99bb6_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_4dfe35b7f84b40f1def64b7d7af99bb6_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (isTrue(reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["supplier_name"]) ? reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["supplier_name"] : "")
    )
});
Bare_comp_4dfe35b7f84b40f1def64b7d7af99bb6_95f625ed.displayName = "Bare";
return Bare_comp_4dfe35b7f84b40f1def64b7d7af99bb6_95f625ed;
})();

export const Cond_comp_5bf758800d2a032d3127c08f75595403_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_5bf758800d2a032d3127c08f75595403_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (!(((isTrue(reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["supplier_name"]) ? reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["supplier_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bf758800d2a032d3127c08f75595403_95f625ed.displayName = "Cond";
return Cond_comp_5bf758800d2a032d3127c08f75595403_95f625ed;
})();

export const Textfieldroot_textfield__root_0d057e90e0941d3dd51e0cc065a37a03_95f625ed = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_0d057e90e0941d3dd51e0cc065a37a03_95f625ed = memo(({children, ...rest}) => {
    const ref_support_email = useRef(null); refs["ref_support_email"] = ref_support_email;
const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___settings___state____admin_settings_state.support_email_rx_state_, id:"support_email", key:(reflex___state____state__admin___settings___state____admin_settings_state.updated_at_rx_state_+"se"), name:"support_email", ref:ref_support_email, size:"3", type:"email" }))},)
    )
});
Textfieldroot_textfield__root_0d057e90e0941d3dd51e0cc065a37a03_95f625ed.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_0d057e90e0941d3dd51e0cc065a37a03_95f625ed;
})();

export const Bare_comp_224728171d594d1ccb46e964b5369138_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_224728171d594d1ccb46e964b5369138_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (isTrue(reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["support_email"]) ? reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["support_email"] : "")
    )
});
Bare_comp_224728171d594d1ccb46e964b5369138_95f625ed.displayName = "Bare";
return Bare_comp_224728171d594d1ccb46e964b5369138_95f625ed;
})();

export const Cond_comp_cfd02ac46fc7ad8d9af7fb33bcdf7b2f_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_cfd02ac46fc7ad8d9af7fb33bcdf7b2f_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (!(((isTrue(reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["support_email"]) ? reflex___state____state__admin___settings___state____admin_settings_state.field_errors_rx_state_?.["support_email"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cfd02ac46fc7ad8d9af7fb33bcdf7b2f_95f625ed.displayName = "Cond";
return Cond_comp_cfd02ac46fc7ad8d9af7fb33bcdf7b2f_95f625ed;
})();

export const Bare_comp_6fd98d81dc7549d8fa2e5831ee214392_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_6fd98d81dc7549d8fa2e5831ee214392_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        ("Last updated "+reflex___state____state__admin___settings___state____admin_settings_state.updated_at_rx_state_)
    )
});
Bare_comp_6fd98d81dc7549d8fa2e5831ee214392_95f625ed.displayName = "Bare";
return Bare_comp_6fd98d81dc7549d8fa2e5831ee214392_95f625ed;
})();

export const Form_root_d3c7e3e48da25215af401e4fb84da442_95f625ed = /*#__PURE__*/ (() => {
const Form_root_d3c7e3e48da25215af401e4fb84da442_95f625ed = memo(({children, ...rest}) => {
    
    const handleSubmit_8e0d24512eb2dcfc9f04c77a05d5fdc3 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["program_name"] : getRefValue(refs["ref_program_name"]), ["supplier_name"] : getRefValue(refs["ref_supplier_name"]), ["support_email"] : getRefValue(refs["ref_support_email"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.save", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_8e0d24512eb2dcfc9f04c77a05d5fdc3 }))},children)
    )
});
Form_root_d3c7e3e48da25215af401e4fb84da442_95f625ed.displayName = "Form";
return Form_root_d3c7e3e48da25215af401e4fb84da442_95f625ed;
})();

export const Bare_comp_3e7de2739bbb0225569cdecf2792191b_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_3e7de2739bbb0225569cdecf2792191b_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        reflex___state____state__admin___settings___state____admin_settings_state.onboarding_error_rx_state_
    )
});
Bare_comp_3e7de2739bbb0225569cdecf2792191b_95f625ed.displayName = "Bare";
return Bare_comp_3e7de2739bbb0225569cdecf2792191b_95f625ed;
})();

export const Cond_comp_89b1c0515505143b1dc594c1d69dccdf_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_89b1c0515505143b1dc594c1d69dccdf_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (!((reflex___state____state__admin___settings___state____admin_settings_state.onboarding_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_89b1c0515505143b1dc594c1d69dccdf_95f625ed.displayName = "Cond";
return Cond_comp_89b1c0515505143b1dc594c1d69dccdf_95f625ed;
})();

export const Switch_switch_d1ef2d93d780f7c77317790e5d8030e3_95f625ed = /*#__PURE__*/ (() => {
const Switch_switch_d1ef2d93d780f7c77317790e5d8030e3_95f625ed = memo(({children, ...rest}) => {
    const ref_auto_onboarding = useRef(null); refs["ref_auto_onboarding"] = ref_auto_onboarding;
const on_change_917e2002c6f1856400a5b337389d18bf = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.set_auto_onboarding", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__admin___settings___state____admin_settings_state.auto_onboarding_rx_state_, id:"auto_onboarding", onCheckedChange:on_change_917e2002c6f1856400a5b337389d18bf, ref:ref_auto_onboarding }))},)
    )
});
Switch_switch_d1ef2d93d780f7c77317790e5d8030e3_95f625ed.displayName = "Switch";
return Switch_switch_d1ef2d93d780f7c77317790e5d8030e3_95f625ed;
})();

export const Switch_switch_79ed887a3b9ec0c0ee701a5aa01f0a4c_95f625ed = /*#__PURE__*/ (() => {
const Switch_switch_79ed887a3b9ec0c0ee701a5aa01f0a4c_95f625ed = memo(({children, ...rest}) => {
    const ref_domain_matching = useRef(null); refs["ref_domain_matching"] = ref_domain_matching;
const on_change_8bfc1d34125eac0de1615de042a171ae = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.set_domain_matching", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__admin___settings___state____admin_settings_state.domain_matching_rx_state_, id:"domain_matching", onCheckedChange:on_change_8bfc1d34125eac0de1615de042a171ae, ref:ref_domain_matching }))},)
    )
});
Switch_switch_79ed887a3b9ec0c0ee701a5aa01f0a4c_95f625ed.displayName = "Switch";
return Switch_switch_79ed887a3b9ec0c0ee701a5aa01f0a4c_95f625ed;
})();

export const Bare_comp_0741f86a2ff17597c6497067e14229f0_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_0741f86a2ff17597c6497067e14229f0_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (reflex___state____state__admin___settings___state____admin_settings_state.auto_onboarding_rx_state_ ? "Every registration is approved at once (Partner Activated)." : (reflex___state____state__admin___settings___state____admin_settings_state.domain_matching_rx_state_ ? "New domains are activated at once; matching domains wait in Pending Partners." : "Every registration waits in Pending Partners for your approval."))
    )
});
Bare_comp_0741f86a2ff17597c6497067e14229f0_95f625ed.displayName = "Bare";
return Bare_comp_0741f86a2ff17597c6497067e14229f0_95f625ed;
})();

export const Selectroot_select__root_1d1b9de9cb45d9c4a4d4353cface1a07_95f625ed = /*#__PURE__*/ (() => {
const Selectroot_select__root_1d1b9de9cb45d9c4a4d4353cface1a07_95f625ed = memo(({children, ...rest}) => {
    const on_change_e75da5d750db122261151f1e164709b9 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.set_default_partner_role", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_e75da5d750db122261151f1e164709b9, value:reflex___state____state__admin___settings___state____admin_settings_state.default_partner_role_rx_state_ }))},children)
    )
});
Selectroot_select__root_1d1b9de9cb45d9c4a4d4353cface1a07_95f625ed.displayName = "SelectRoot";
return Selectroot_select__root_1d1b9de9cb45d9c4a4d4353cface1a07_95f625ed;
})();

export const Textfieldroot_textfield__root_629558aae09af5066f4a8e1c118400a3_95f625ed = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_629558aae09af5066f4a8e1c118400a3_95f625ed = memo(({children, ...rest}) => {
    const ref_invitation_expiry_days = useRef(null); refs["ref_invitation_expiry_days"] = ref_invitation_expiry_days;
const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "140px" }), defaultValue:reflex___state____state__admin___settings___state____admin_settings_state.invitation_expiry_days_rx_state_, id:"invitation_expiry_days", key:((JSON.stringify(reflex___state____state__admin___settings___state____admin_settings_state.version_rx_state_))+"d"), max:"365", min:"1", name:"invitation_expiry_days", ref:ref_invitation_expiry_days, size:"3", type:"number" }))},)
    )
});
Textfieldroot_textfield__root_629558aae09af5066f4a8e1c118400a3_95f625ed.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_629558aae09af5066f4a8e1c118400a3_95f625ed;
})();

export const Bare_comp_4bddb2e5a34a6795ea6266d1ae3ad531_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_4bddb2e5a34a6795ea6266d1ae3ad531_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (isTrue(reflex___state____state__admin___settings___state____admin_settings_state.onboarding_errors_rx_state_?.["invitation_expiry_days"]) ? reflex___state____state__admin___settings___state____admin_settings_state.onboarding_errors_rx_state_?.["invitation_expiry_days"] : "")
    )
});
Bare_comp_4bddb2e5a34a6795ea6266d1ae3ad531_95f625ed.displayName = "Bare";
return Bare_comp_4bddb2e5a34a6795ea6266d1ae3ad531_95f625ed;
})();

export const Cond_comp_102c41d1dc0035c87b82ed0b7eb96c2b_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_102c41d1dc0035c87b82ed0b7eb96c2b_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (!(((isTrue(reflex___state____state__admin___settings___state____admin_settings_state.onboarding_errors_rx_state_?.["invitation_expiry_days"]) ? reflex___state____state__admin___settings___state____admin_settings_state.onboarding_errors_rx_state_?.["invitation_expiry_days"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_102c41d1dc0035c87b82ed0b7eb96c2b_95f625ed.displayName = "Cond";
return Cond_comp_102c41d1dc0035c87b82ed0b7eb96c2b_95f625ed;
})();

export const Textfieldroot_textfield__root_3af9eadd7af48af8e275150bc210ed4d_95f625ed = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_3af9eadd7af48af8e275150bc210ed4d_95f625ed = memo(({children, ...rest}) => {
    const ref_pending_notify_emails = useRef(null); refs["ref_pending_notify_emails"] = ref_pending_notify_emails;
const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__admin___settings___state____admin_settings_state.pending_notify_emails_rx_state_, id:"pending_notify_emails", key:((JSON.stringify(reflex___state____state__admin___settings___state____admin_settings_state.version_rx_state_))+"n"), name:"pending_notify_emails", placeholder:"Every supplier admin", ref:ref_pending_notify_emails, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_3af9eadd7af48af8e275150bc210ed4d_95f625ed.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_3af9eadd7af48af8e275150bc210ed4d_95f625ed;
})();

export const Bare_comp_92c67c30faba3d867947ae4d64007d14_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_92c67c30faba3d867947ae4d64007d14_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (isTrue(reflex___state____state__admin___settings___state____admin_settings_state.onboarding_errors_rx_state_?.["pending_notify_emails"]) ? reflex___state____state__admin___settings___state____admin_settings_state.onboarding_errors_rx_state_?.["pending_notify_emails"] : "")
    )
});
Bare_comp_92c67c30faba3d867947ae4d64007d14_95f625ed.displayName = "Bare";
return Bare_comp_92c67c30faba3d867947ae4d64007d14_95f625ed;
})();

export const Cond_comp_ab7a46cbeb3deba9e62556f2a5534221_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_ab7a46cbeb3deba9e62556f2a5534221_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (!(((isTrue(reflex___state____state__admin___settings___state____admin_settings_state.onboarding_errors_rx_state_?.["pending_notify_emails"]) ? reflex___state____state__admin___settings___state____admin_settings_state.onboarding_errors_rx_state_?.["pending_notify_emails"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ab7a46cbeb3deba9e62556f2a5534221_95f625ed.displayName = "Cond";
return Cond_comp_ab7a46cbeb3deba9e62556f2a5534221_95f625ed;
})();

export const Form_root_2f1798c874d2a95f8f1c0222675ec991_95f625ed = /*#__PURE__*/ (() => {
const Form_root_2f1798c874d2a95f8f1c0222675ec991_95f625ed = memo(({children, ...rest}) => {
    
    const handleSubmit_6b9dcc43db46611d147489e3cef681fa = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["auto_onboarding"] : getRefValue(refs["ref_auto_onboarding"]), ["domain_matching"] : getRefValue(refs["ref_domain_matching"]), ["invitation_expiry_days"] : getRefValue(refs["ref_invitation_expiry_days"]), ["pending_notify_emails"] : getRefValue(refs["ref_pending_notify_emails"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.save_onboarding", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_6b9dcc43db46611d147489e3cef681fa }))},children)
    )
});
Form_root_2f1798c874d2a95f8f1c0222675ec991_95f625ed.displayName = "Form";
return Form_root_2f1798c874d2a95f8f1c0222675ec991_95f625ed;
})();

export const Bare_comp_bf72164c47da39d83e7dcf78417bb194_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_bf72164c47da39d83e7dcf78417bb194_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        reflex___state____state__admin___settings___state____admin_settings_state.custom_error_rx_state_
    )
});
Bare_comp_bf72164c47da39d83e7dcf78417bb194_95f625ed.displayName = "Bare";
return Bare_comp_bf72164c47da39d83e7dcf78417bb194_95f625ed;
})();

export const Cond_comp_6894faa69a13fa4aa021e010cf25bb37_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_6894faa69a13fa4aa021e010cf25bb37_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (!((reflex___state____state__admin___settings___state____admin_settings_state.custom_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6894faa69a13fa4aa021e010cf25bb37_95f625ed.displayName = "Cond";
return Cond_comp_6894faa69a13fa4aa021e010cf25bb37_95f625ed;
})();

export const Foreach_comp_c31d5e7299f3eaac0009ca681a33a138_95f625ed = /*#__PURE__*/ (() => {
const Foreach_comp_c31d5e7299f3eaac0009ca681a33a138_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___settings___state____admin_settings_state.custom_fields_rx_state_ ?? [],((f_rx_state_,i_rx_state_)=>(jsx(RadixThemesFlex,{align:"end",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",key:i_rx_state_,gap:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["flex"] : "1" }),direction:"column",gap:"1"},jsx("label",{className:"prm-label",htmlFor:("label_"+(JSON.stringify(i_rx_state_)))},(("Field "+(JSON.stringify((i_rx_state_ + 1))))+" label")),jsx(RadixThemesTextField.Root,{css:({ ["width"] : "100%" }),defaultValue:f_rx_state_?.["label"],id:("label_"+(JSON.stringify(i_rx_state_))),key:(((JSON.stringify(reflex___state____state__admin___settings___state____admin_settings_state.version_rx_state_))+"l")+(JSON.stringify(i_rx_state_))),name:("label_"+(JSON.stringify(i_rx_state_)))},)),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["paddingBottom"] : "0.4rem" }),direction:"row",gap:"1"},jsx(RadixThemesText,{as:"label",size:"2"},jsx(RadixThemesFlex,{gap:"2"},jsx(RadixThemesCheckbox,{defaultChecked:!((f_rx_state_?.["required"]?.valueOf?.() === ""?.valueOf?.())),id:("required_"+(JSON.stringify(i_rx_state_))),key:(((JSON.stringify(reflex___state____state__admin___settings___state____admin_settings_state.version_rx_state_))+"r")+(JSON.stringify(i_rx_state_))),name:("required_"+(JSON.stringify(i_rx_state_))),size:"2"},),"")),jsx("label",{className:"prm-label",htmlFor:("required_"+(JSON.stringify(i_rx_state_)))},"Required")),jsx(RadixThemesIconButton,{"aria-label":("Remove field "+(JSON.stringify((i_rx_state_ + 1)))),color:"red",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.remove_custom_field", ({ ["index"] : i_rx_state_ }), ({  })))], [_e], ({  })))),type:"button",variant:"soft"},jsx(LucideTrash2,{size:14},))))))
    )
});
Foreach_comp_c31d5e7299f3eaac0009ca681a33a138_95f625ed.displayName = "Foreach";
return Foreach_comp_c31d5e7299f3eaac0009ca681a33a138_95f625ed;
})();

export const Cond_comp_156623f5951ade7d385317e3abcf9982_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_156623f5951ade7d385317e3abcf9982_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        ((reflex___state____state__admin___settings___state____admin_settings_state.custom_fields_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_156623f5951ade7d385317e3abcf9982_95f625ed.displayName = "Cond";
return Cond_comp_156623f5951ade7d385317e3abcf9982_95f625ed;
})();

export const Button_button_8aac61ef4e95d52d0d212225335dc210_95f625ed = /*#__PURE__*/ (() => {
const Button_button_8aac61ef4e95d52d0d212225335dc210_95f625ed = memo(({children, ...rest}) => {
    const on_click_5b064925584026f0387598d367e8e34c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.add_custom_field", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_5b064925584026f0387598d367e8e34c, type:"button", variant:"soft" }))},children)
    )
});
Button_button_8aac61ef4e95d52d0d212225335dc210_95f625ed.displayName = "Button";
return Button_button_8aac61ef4e95d52d0d212225335dc210_95f625ed;
})();

export const Form_root_6fad1182eb832d7eb12df5bcd7dd0506_95f625ed = /*#__PURE__*/ (() => {
const Form_root_6fad1182eb832d7eb12df5bcd7dd0506_95f625ed = memo(({children, ...rest}) => {
    
    const handleSubmit_65f8bbaf642dd36d650c34d87d6dcf7a = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.save_custom_fields", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_65f8bbaf642dd36d650c34d87d6dcf7a }))},children)
    )
});
Form_root_6fad1182eb832d7eb12df5bcd7dd0506_95f625ed.displayName = "Form";
return Form_root_6fad1182eb832d7eb12df5bcd7dd0506_95f625ed;
})();

export const Bare_comp_2a9b59787ede64e81995e43bf2673402_95f625ed = /*#__PURE__*/ (() => {
const Bare_comp_2a9b59787ede64e81995e43bf2673402_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        reflex___state____state__admin___settings___state____admin_settings_state.leads_error_rx_state_
    )
});
Bare_comp_2a9b59787ede64e81995e43bf2673402_95f625ed.displayName = "Bare";
return Bare_comp_2a9b59787ede64e81995e43bf2673402_95f625ed;
})();

export const Cond_comp_4437448f4a09aafa4efd0e9c628a5989_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_4437448f4a09aafa4efd0e9c628a5989_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (!((reflex___state____state__admin___settings___state____admin_settings_state.leads_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4437448f4a09aafa4efd0e9c628a5989_95f625ed.displayName = "Cond";
return Cond_comp_4437448f4a09aafa4efd0e9c628a5989_95f625ed;
})();

export const Switch_switch_f6bb2b746d109dfda155cb13d306dc68_95f625ed = /*#__PURE__*/ (() => {
const Switch_switch_f6bb2b746d109dfda155cb13d306dc68_95f625ed = memo(({children, ...rest}) => {
    const ref_lead_registration_without_pii = useRef(null); refs["ref_lead_registration_without_pii"] = ref_lead_registration_without_pii;
const on_change_5d2084643bf1d2f8201107728acf218a = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.set_lead_registration_without_pii", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__admin___settings___state____admin_settings_state.lead_registration_without_pii_rx_state_, id:"lead_registration_without_pii", onCheckedChange:on_change_5d2084643bf1d2f8201107728acf218a, ref:ref_lead_registration_without_pii }))},)
    )
});
Switch_switch_f6bb2b746d109dfda155cb13d306dc68_95f625ed.displayName = "Switch";
return Switch_switch_f6bb2b746d109dfda155cb13d306dc68_95f625ed;
})();

export const Selectroot_select__root_80cfe74643d8167dc2e87dcc1c4ace85_95f625ed = /*#__PURE__*/ (() => {
const Selectroot_select__root_80cfe74643d8167dc2e87dcc1c4ace85_95f625ed = memo(({children, ...rest}) => {
    const on_change_d066c8c29e16e9acbea6241527adc26b = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.set_partner_user_lead_visibility", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_d066c8c29e16e9acbea6241527adc26b, value:reflex___state____state__admin___settings___state____admin_settings_state.partner_user_lead_visibility_rx_state_ }))},children)
    )
});
Selectroot_select__root_80cfe74643d8167dc2e87dcc1c4ace85_95f625ed.displayName = "SelectRoot";
return Selectroot_select__root_80cfe74643d8167dc2e87dcc1c4ace85_95f625ed;
})();

export const Button_button_f26a72060e3743328b1f6c86ba30f06f_95f625ed = /*#__PURE__*/ (() => {
const Button_button_f26a72060e3743328b1f6c86ba30f06f_95f625ed = memo(({children, ...rest}) => {
    const on_click_11610b30b800ef91dcf777d9441970fc = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___settings___state____admin_settings_state.save_leads", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_11610b30b800ef91dcf777d9441970fc, size:"3" }))},children)
    )
});
Button_button_f26a72060e3743328b1f6c86ba30f06f_95f625ed.displayName = "Button";
return Button_button_f26a72060e3743328b1f6c86ba30f06f_95f625ed;
})();

export const Cond_comp_8ccf83db74e8f59953bf574e04dde3fd_95f625ed = /*#__PURE__*/ (() => {
const Cond_comp_8ccf83db74e8f59953bf574e04dde3fd_95f625ed = memo(({children}) => {
    const reflex___state____state__admin___settings___state____admin_settings_state = useStateContext("reflex___state____state.admin___settings___state____admin_settings_state")
    return(
        (reflex___state____state__admin___settings___state____admin_settings_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8ccf83db74e8f59953bf574e04dde3fd_95f625ed.displayName = "Cond";
return Cond_comp_8ccf83db74e8f59953bf574e04dde3fd_95f625ed;
})();
