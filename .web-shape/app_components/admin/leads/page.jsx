
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Link as ReactRouterLink} from "react-router"
import DebounceInput from "react-debounce-input"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_8659206c = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_8659206c;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_8659206c = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_8659206c;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_8659206c = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_8659206c;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_8659206c = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_8659206c;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_8659206c = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_8659206c;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_8659206c = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_8659206c;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_8659206c = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_8659206c;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_8659206c = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_8659206c;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_8659206c = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_8659206c;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_8659206c = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_8659206c;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_8659206c = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_8659206c.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_8659206c;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_8659206c = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_8659206c = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_8659206c.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_8659206c;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_8659206c = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_8659206c.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_8659206c;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_8659206c = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_8659206c.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_8659206c;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_8659206c = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_8659206c.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_8659206c;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_8659206c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_8659206c = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_8659206c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_8659206c;
})();

export const Button_button_78a553368fd18507ed0b87da3a263272_8659206c = /*#__PURE__*/ (() => {
const Button_button_78a553368fd18507ed0b87da3a263272_8659206c = memo(({children, ...rest}) => {
    const on_click_9a835e9a95e04fe55abc739da62ddab3 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.export", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_9a835e9a95e04fe55abc739da62ddab3, variant:"soft" }))},children)
    )
});
Button_button_78a553368fd18507ed0b87da3a263272_8659206c.displayName = "Button";
return Button_button_78a553368fd18507ed0b87da3a263272_8659206c;
})();

export const Button_button_e4c494ad30ce4afd4a943fa087077c28_8659206c = /*#__PURE__*/ (() => {
const Button_button_e4c494ad30ce4afd4a943fa087077c28_8659206c = memo(({children, ...rest}) => {
    const on_click_8510b8d9e5ed2c0fd4dcd2c5b09cfc26 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.open_create", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_8510b8d9e5ed2c0fd4dcd2c5b09cfc26 }))},children)
    )
});
Button_button_e4c494ad30ce4afd4a943fa087077c28_8659206c.displayName = "Button";
return Button_button_e4c494ad30ce4afd4a943fa087077c28_8659206c;
})();

export const Bare_comp_6ffd59ba15bf5f3c9e011e35ec36941f_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_6ffd59ba15bf5f3c9e011e35ec36941f_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        reflex___state____state__admin___leads___state____admin_leads_state.create_error_rx_state_
    )
});
Bare_comp_6ffd59ba15bf5f3c9e011e35ec36941f_8659206c.displayName = "Bare";
return Bare_comp_6ffd59ba15bf5f3c9e011e35ec36941f_8659206c;
})();

export const Cond_comp_a4107e33f0883a74706a4162c8639193_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_a4107e33f0883a74706a4162c8639193_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (!((reflex___state____state__admin___leads___state____admin_leads_state.create_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a4107e33f0883a74706a4162c8639193_8659206c.displayName = "Cond";
return Cond_comp_a4107e33f0883a74706a4162c8639193_8659206c;
})();

export const Textfieldroot_textfield__root_32fe1a2c1da104350d889ff84410ff51_8659206c = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_32fe1a2c1da104350d889ff84410ff51_8659206c = memo(({children, ...rest}) => {
    const ref_lead_first_name = useRef(null); refs["ref_lead_first_name"] = ref_lead_first_name;
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"lead_first_name", key:((JSON.stringify(reflex___state____state__admin___leads___state____admin_leads_state.form_version_rx_state_))+"first_name"), name:"first_name", ref:ref_lead_first_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_32fe1a2c1da104350d889ff84410ff51_8659206c.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_32fe1a2c1da104350d889ff84410ff51_8659206c;
})();

export const Bare_comp_1367a517044e37d8685cd34560b8d46e_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_1367a517044e37d8685cd34560b8d46e_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["first_name"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["first_name"] : "")
    )
});
Bare_comp_1367a517044e37d8685cd34560b8d46e_8659206c.displayName = "Bare";
return Bare_comp_1367a517044e37d8685cd34560b8d46e_8659206c;
})();

export const Cond_comp_9357bc58411105a1ff31fae0c383c89b_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_9357bc58411105a1ff31fae0c383c89b_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (!(((isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["first_name"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["first_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9357bc58411105a1ff31fae0c383c89b_8659206c.displayName = "Cond";
return Cond_comp_9357bc58411105a1ff31fae0c383c89b_8659206c;
})();

export const Textfieldroot_textfield__root_2e0fbb554532f43205ce762d5287219f_8659206c = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_2e0fbb554532f43205ce762d5287219f_8659206c = memo(({children, ...rest}) => {
    const ref_lead_last_name = useRef(null); refs["ref_lead_last_name"] = ref_lead_last_name;
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"lead_last_name", key:((JSON.stringify(reflex___state____state__admin___leads___state____admin_leads_state.form_version_rx_state_))+"last_name"), name:"last_name", ref:ref_lead_last_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_2e0fbb554532f43205ce762d5287219f_8659206c.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_2e0fbb554532f43205ce762d5287219f_8659206c;
})();

export const Bare_comp_27b099a5d3d1ad8319d35d6d822f60f4_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_27b099a5d3d1ad8319d35d6d822f60f4_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["last_name"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["last_name"] : "")
    )
});
Bare_comp_27b099a5d3d1ad8319d35d6d822f60f4_8659206c.displayName = "Bare";
return Bare_comp_27b099a5d3d1ad8319d35d6d822f60f4_8659206c;
})();

export const Cond_comp_875718d0b290c4b7a0c9525e8be3366c_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_875718d0b290c4b7a0c9525e8be3366c_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (!(((isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["last_name"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["last_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_875718d0b290c4b7a0c9525e8be3366c_8659206c.displayName = "Cond";
return Cond_comp_875718d0b290c4b7a0c9525e8be3366c_8659206c;
})();

export const Textfieldroot_textfield__root_d81a14ff6c0bd6e315f027e0c808a40c_8659206c = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_d81a14ff6c0bd6e315f027e0c808a40c_8659206c = memo(({children, ...rest}) => {
    const ref_lead_email = useRef(null); refs["ref_lead_email"] = ref_lead_email;
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"lead_email", key:((JSON.stringify(reflex___state____state__admin___leads___state____admin_leads_state.form_version_rx_state_))+"email"), name:"email", ref:ref_lead_email, size:"3", type:"email" }))},)
    )
});
Textfieldroot_textfield__root_d81a14ff6c0bd6e315f027e0c808a40c_8659206c.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_d81a14ff6c0bd6e315f027e0c808a40c_8659206c;
})();

export const Bare_comp_661b624082cfb0dc0eb07a10201e43f3_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_661b624082cfb0dc0eb07a10201e43f3_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["email"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["email"] : "")
    )
});
Bare_comp_661b624082cfb0dc0eb07a10201e43f3_8659206c.displayName = "Bare";
return Bare_comp_661b624082cfb0dc0eb07a10201e43f3_8659206c;
})();

export const Cond_comp_9bae357b6d81aa19d45b48503fbcb9ec_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_9bae357b6d81aa19d45b48503fbcb9ec_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (!(((isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["email"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["email"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9bae357b6d81aa19d45b48503fbcb9ec_8659206c.displayName = "Cond";
return Cond_comp_9bae357b6d81aa19d45b48503fbcb9ec_8659206c;
})();

export const Textfieldroot_textfield__root_dcf2cbe1911d370906cf403e3aacb4ff_8659206c = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_dcf2cbe1911d370906cf403e3aacb4ff_8659206c = memo(({children, ...rest}) => {
    const ref_lead_phone = useRef(null); refs["ref_lead_phone"] = ref_lead_phone;
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"lead_phone", key:((JSON.stringify(reflex___state____state__admin___leads___state____admin_leads_state.form_version_rx_state_))+"phone"), name:"phone", ref:ref_lead_phone, size:"3", type:"tel" }))},)
    )
});
Textfieldroot_textfield__root_dcf2cbe1911d370906cf403e3aacb4ff_8659206c.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_dcf2cbe1911d370906cf403e3aacb4ff_8659206c;
})();

export const Bare_comp_525bde61911252d1e1491631430e09a4_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_525bde61911252d1e1491631430e09a4_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["phone"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["phone"] : "")
    )
});
Bare_comp_525bde61911252d1e1491631430e09a4_8659206c.displayName = "Bare";
return Bare_comp_525bde61911252d1e1491631430e09a4_8659206c;
})();

export const Cond_comp_b1b28485b6d503b6a98c84ae6ad5b028_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_b1b28485b6d503b6a98c84ae6ad5b028_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (!(((isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["phone"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["phone"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b1b28485b6d503b6a98c84ae6ad5b028_8659206c.displayName = "Cond";
return Cond_comp_b1b28485b6d503b6a98c84ae6ad5b028_8659206c;
})();

export const Textfieldroot_textfield__root_84388d0bde0fc61c15d6ce7aa47a7547_8659206c = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_84388d0bde0fc61c15d6ce7aa47a7547_8659206c = memo(({children, ...rest}) => {
    const ref_lead_company = useRef(null); refs["ref_lead_company"] = ref_lead_company;
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"lead_company", key:((JSON.stringify(reflex___state____state__admin___leads___state____admin_leads_state.form_version_rx_state_))+"company"), name:"company", ref:ref_lead_company, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_84388d0bde0fc61c15d6ce7aa47a7547_8659206c.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_84388d0bde0fc61c15d6ce7aa47a7547_8659206c;
})();

export const Bare_comp_5ed2b4414814c55d230f423b61ec3957_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_5ed2b4414814c55d230f423b61ec3957_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["company"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["company"] : "")
    )
});
Bare_comp_5ed2b4414814c55d230f423b61ec3957_8659206c.displayName = "Bare";
return Bare_comp_5ed2b4414814c55d230f423b61ec3957_8659206c;
})();

export const Cond_comp_1c60854669db597ceca71850b9ef9d63_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_1c60854669db597ceca71850b9ef9d63_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (!(((isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["company"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["company"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1c60854669db597ceca71850b9ef9d63_8659206c.displayName = "Cond";
return Cond_comp_1c60854669db597ceca71850b9ef9d63_8659206c;
})();

export const Textfieldroot_textfield__root_ff3f4e1ac91504ab2b32ed4e0d3e668c_8659206c = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_ff3f4e1ac91504ab2b32ed4e0d3e668c_8659206c = memo(({children, ...rest}) => {
    const ref_lead_country = useRef(null); refs["ref_lead_country"] = ref_lead_country;
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"lead_country", key:((JSON.stringify(reflex___state____state__admin___leads___state____admin_leads_state.form_version_rx_state_))+"country"), name:"country", ref:ref_lead_country, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_ff3f4e1ac91504ab2b32ed4e0d3e668c_8659206c.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_ff3f4e1ac91504ab2b32ed4e0d3e668c_8659206c;
})();

export const Bare_comp_c54f37b5308aacb224059e5fdac72c6f_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_c54f37b5308aacb224059e5fdac72c6f_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["country"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["country"] : "")
    )
});
Bare_comp_c54f37b5308aacb224059e5fdac72c6f_8659206c.displayName = "Bare";
return Bare_comp_c54f37b5308aacb224059e5fdac72c6f_8659206c;
})();

export const Cond_comp_dfaa361163b97a710a350d518fa49793_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_dfaa361163b97a710a350d518fa49793_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (!(((isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["country"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["country"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_dfaa361163b97a710a350d518fa49793_8659206c.displayName = "Cond";
return Cond_comp_dfaa361163b97a710a350d518fa49793_8659206c;
})();

export const Textfieldroot_textfield__root_b46a5362df07f87cd009b39498d27953_8659206c = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_b46a5362df07f87cd009b39498d27953_8659206c = memo(({children, ...rest}) => {
    const ref_lead_source_campaign = useRef(null); refs["ref_lead_source_campaign"] = ref_lead_source_campaign;
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"lead_source_campaign", key:((JSON.stringify(reflex___state____state__admin___leads___state____admin_leads_state.form_version_rx_state_))+"source_campaign"), name:"source_campaign", ref:ref_lead_source_campaign, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_b46a5362df07f87cd009b39498d27953_8659206c.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_b46a5362df07f87cd009b39498d27953_8659206c;
})();

export const Bare_comp_782a9dffb5e207a91e849ca2cd204f60_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_782a9dffb5e207a91e849ca2cd204f60_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["source_campaign"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["source_campaign"] : "")
    )
});
Bare_comp_782a9dffb5e207a91e849ca2cd204f60_8659206c.displayName = "Bare";
return Bare_comp_782a9dffb5e207a91e849ca2cd204f60_8659206c;
})();

export const Cond_comp_1dd32715b40e16f2f43424174032fe2b_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_1dd32715b40e16f2f43424174032fe2b_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (!(((isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["source_campaign"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["source_campaign"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1dd32715b40e16f2f43424174032fe2b_8659206c.displayName = "Cond";
return Cond_comp_1dd32715b40e16f2f43424174032fe2b_8659206c;
})();

export const Textarea_textarea_4a8176daf6a745aa544d7c395ccdc3c1_8659206c = /*#__PURE__*/ (() => {
const Textarea_textarea_4a8176daf6a745aa544d7c395ccdc3c1_8659206c = memo(({children, ...rest}) => {
    const ref_lead_notes = useRef(null); refs["ref_lead_notes"] = ref_lead_notes;
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), id:"lead_notes", key:((JSON.stringify(reflex___state____state__admin___leads___state____admin_leads_state.form_version_rx_state_))+"notes"), name:"notes", ref:ref_lead_notes, rows:"3" }))},)
    )
});
Textarea_textarea_4a8176daf6a745aa544d7c395ccdc3c1_8659206c.displayName = "TextArea";
return Textarea_textarea_4a8176daf6a745aa544d7c395ccdc3c1_8659206c;
})();

export const Bare_comp_850937fb37e3882a0523a73a1ca19c60_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_850937fb37e3882a0523a73a1ca19c60_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["notes"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["notes"] : "")
    )
});
Bare_comp_850937fb37e3882a0523a73a1ca19c60_8659206c.displayName = "Bare";
return Bare_comp_850937fb37e3882a0523a73a1ca19c60_8659206c;
})();

export const Cond_comp_583eb49c9ce66cc5dcc58846520c9177_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_583eb49c9ce66cc5dcc58846520c9177_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (!(((isTrue(reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["notes"]) ? reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["notes"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_583eb49c9ce66cc5dcc58846520c9177_8659206c.displayName = "Cond";
return Cond_comp_583eb49c9ce66cc5dcc58846520c9177_8659206c;
})();

export const Foreach_comp_66cb317f81d23fa226018e53d38302c4_8659206c = /*#__PURE__*/ (() => {
const Foreach_comp_66cb317f81d23fa226018e53d38302c4_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___leads___state____admin_leads_state.partners_rx_state_ ?? [],((p_rx_state_,index_fec06adf9ddafe2fd5341a2d3acb5a01)=>(jsx(RadixThemesSelect.Item,{key:index_fec06adf9ddafe2fd5341a2d3acb5a01,value:p_rx_state_?.["id"]},p_rx_state_?.["name"]))))
    )
});
Foreach_comp_66cb317f81d23fa226018e53d38302c4_8659206c.displayName = "Foreach";
return Foreach_comp_66cb317f81d23fa226018e53d38302c4_8659206c;
})();

export const Selectroot_select__root_761b1ba8000c74911ae4d88534c32a6e_8659206c = /*#__PURE__*/ (() => {
const Selectroot_select__root_761b1ba8000c74911ae4d88534c32a6e_8659206c = memo(({children, ...rest}) => {
    const on_change_6bb46b69f075b6ab5ac2f89b688f709f = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.set_create_partner", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_6bb46b69f075b6ab5ac2f89b688f709f, value:reflex___state____state__admin___leads___state____admin_leads_state.create_partner_rx_state_ }))},children)
    )
});
Selectroot_select__root_761b1ba8000c74911ae4d88534c32a6e_8659206c.displayName = "SelectRoot";
return Selectroot_select__root_761b1ba8000c74911ae4d88534c32a6e_8659206c;
})();

export const Bare_comp_c6aa390fa41a02b737910d86c7e1ef89_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_c6aa390fa41a02b737910d86c7e1ef89_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_?.["partner_account_id"]
    )
});
Bare_comp_c6aa390fa41a02b737910d86c7e1ef89_8659206c.displayName = "Bare";
return Bare_comp_c6aa390fa41a02b737910d86c7e1ef89_8659206c;
})();

export const Cond_comp_6f8c9b1aebd2378d1e73ccf2803deef3_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_6f8c9b1aebd2378d1e73ccf2803deef3_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (reflex___state____state__admin___leads___state____admin_leads_state.create_errors_rx_state_.hasOwnProperty("partner_account_id")?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6f8c9b1aebd2378d1e73ccf2803deef3_8659206c.displayName = "Cond";
return Cond_comp_6f8c9b1aebd2378d1e73ccf2803deef3_8659206c;
})();

export const Form_root_1f4323a2deeb0157d371eefb1e3d82f8_8659206c = /*#__PURE__*/ (() => {
const Form_root_1f4323a2deeb0157d371eefb1e3d82f8_8659206c = memo(({children, ...rest}) => {
    
    const handleSubmit_f0b936f37914e6bf5d50973296509f39 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["lead_first_name"] : getRefValue(refs["ref_lead_first_name"]), ["lead_last_name"] : getRefValue(refs["ref_lead_last_name"]), ["lead_email"] : getRefValue(refs["ref_lead_email"]), ["lead_phone"] : getRefValue(refs["ref_lead_phone"]), ["lead_company"] : getRefValue(refs["ref_lead_company"]), ["lead_country"] : getRefValue(refs["ref_lead_country"]), ["lead_source_campaign"] : getRefValue(refs["ref_lead_source_campaign"]), ["lead_notes"] : getRefValue(refs["ref_lead_notes"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.create", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_f0b936f37914e6bf5d50973296509f39 }))},children)
    )
});
Form_root_1f4323a2deeb0157d371eefb1e3d82f8_8659206c.displayName = "Form";
return Form_root_1f4323a2deeb0157d371eefb1e3d82f8_8659206c;
})();

export const Dialogroot_dialog__root_dd88a2aba4139910791ea2041904fa7f_8659206c = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_dd88a2aba4139910791ea2041904fa7f_8659206c = memo(({children, ...rest}) => {
    const on_open_change_28096e5bbde94d3928e5017d55514c66 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.set_create_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_28096e5bbde94d3928e5017d55514c66, open:reflex___state____state__admin___leads___state____admin_leads_state.create_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_dd88a2aba4139910791ea2041904fa7f_8659206c.displayName = "DialogRoot";
return Dialogroot_dialog__root_dd88a2aba4139910791ea2041904fa7f_8659206c;
})();

export const Button_button_87ac4fcffef28fb659605eca0509409b_8659206c = /*#__PURE__*/ (() => {
const Button_button_87ac4fcffef28fb659605eca0509409b_8659206c = memo(({children, ...rest}) => {
    const on_click_51e287994d4796524370564996241c05 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.show_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-current":((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "All Leads"?.valueOf?.()) ? "page" : "false"), css:({ ["background"] : "none", ["borderTop"] : "none", ["borderLeft"] : "none", ["borderRight"] : "none", ["borderRadius"] : "0", ["cursor"] : "pointer", ["padding"] : "0.5rem 0.9rem", ["color"] : ((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "All Leads"?.valueOf?.()) ? "var(--indigo-11)" : "var(--gray-11)"), ["borderBottom"] : ((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "All Leads"?.valueOf?.()) ? "2px solid var(--indigo-9)" : "2px solid transparent") }), onClick:on_click_51e287994d4796524370564996241c05, type:"button" }))},children)
    )
});
Button_button_87ac4fcffef28fb659605eca0509409b_8659206c.displayName = "Button";
return Button_button_87ac4fcffef28fb659605eca0509409b_8659206c;
})();

export const Button_button_1f5e3bbc1d53e06b60861e90b9fb60cc_8659206c = /*#__PURE__*/ (() => {
const Button_button_1f5e3bbc1d53e06b60861e90b9fb60cc_8659206c = memo(({children, ...rest}) => {
    const on_click_183e5a348c4289429d494be42e13a123 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.show_unassigned", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-current":((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Unassigned"?.valueOf?.()) ? "page" : "false"), css:({ ["background"] : "none", ["borderTop"] : "none", ["borderLeft"] : "none", ["borderRight"] : "none", ["borderRadius"] : "0", ["cursor"] : "pointer", ["padding"] : "0.5rem 0.9rem", ["color"] : ((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Unassigned"?.valueOf?.()) ? "var(--indigo-11)" : "var(--gray-11)"), ["borderBottom"] : ((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Unassigned"?.valueOf?.()) ? "2px solid var(--indigo-9)" : "2px solid transparent") }), onClick:on_click_183e5a348c4289429d494be42e13a123, type:"button" }))},children)
    )
});
Button_button_1f5e3bbc1d53e06b60861e90b9fb60cc_8659206c.displayName = "Button";
return Button_button_1f5e3bbc1d53e06b60861e90b9fb60cc_8659206c;
})();

export const Link_link_efab3928044d87fbb11781bc320289dd_8659206c = /*#__PURE__*/ (() => {
const Link_link_efab3928044d87fbb11781bc320289dd_8659206c = memo(({children, ...rest}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-current":((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Registrations"?.valueOf?.()) ? "page" : "false"), asChild:true, css:({ ["padding"] : "0.5rem 0.9rem", ["color"] : ((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Registrations"?.valueOf?.()) ? "var(--indigo-11)" : "var(--gray-11)"), ["borderBottom"] : ((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Registrations"?.valueOf?.()) ? "2px solid var(--indigo-9)" : "2px solid transparent"), ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2", underline:"none", weight:"medium" }))},jsx(ReactRouterLink,{to:"/admin/leads/registrations"},"Registrations"))
    )
});
Link_link_efab3928044d87fbb11781bc320289dd_8659206c.displayName = "Link";
return Link_link_efab3928044d87fbb11781bc320289dd_8659206c;
})();

export const Link_link_1c593081c6b2aa6031642c6115218ee0_8659206c = /*#__PURE__*/ (() => {
const Link_link_1c593081c6b2aa6031642c6115218ee0_8659206c = memo(({children, ...rest}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-current":((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Routing Rules"?.valueOf?.()) ? "page" : "false"), asChild:true, css:({ ["padding"] : "0.5rem 0.9rem", ["color"] : ((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Routing Rules"?.valueOf?.()) ? "var(--indigo-11)" : "var(--gray-11)"), ["borderBottom"] : ((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Routing Rules"?.valueOf?.()) ? "2px solid var(--indigo-9)" : "2px solid transparent"), ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2", underline:"none", weight:"medium" }))},jsx(ReactRouterLink,{to:"/admin/leads/routing"},"Routing Rules"))
    )
});
Link_link_1c593081c6b2aa6031642c6115218ee0_8659206c.displayName = "Link";
return Link_link_1c593081c6b2aa6031642c6115218ee0_8659206c;
})();

export const Link_link_c374c3be97bd347f2793d9f5fdaa82a8_8659206c = /*#__PURE__*/ (() => {
const Link_link_c374c3be97bd347f2793d9f5fdaa82a8_8659206c = memo(({children, ...rest}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-current":((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Lead Settings"?.valueOf?.()) ? "page" : "false"), asChild:true, css:({ ["padding"] : "0.5rem 0.9rem", ["color"] : ((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Lead Settings"?.valueOf?.()) ? "var(--indigo-11)" : "var(--gray-11)"), ["borderBottom"] : ((((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.()) ? "Unassigned" : "All Leads")?.valueOf?.() === "Lead Settings"?.valueOf?.()) ? "2px solid var(--indigo-9)" : "2px solid transparent"), ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2", underline:"none", weight:"medium" }))},jsx(ReactRouterLink,{to:"/admin/leads/settings"},"Lead Settings"))
    )
});
Link_link_c374c3be97bd347f2793d9f5fdaa82a8_8659206c.displayName = "Link";
return Link_link_c374c3be97bd347f2793d9f5fdaa82a8_8659206c;
})();

export const Cond_comp_38135ce4097b2fc7f3f370abe5b16656_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_38135ce4097b2fc7f3f370abe5b16656_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        ((reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_?.valueOf?.() === "unassigned"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_38135ce4097b2fc7f3f370abe5b16656_8659206c.displayName = "Cond";
return Cond_comp_38135ce4097b2fc7f3f370abe5b16656_8659206c;
})();

export const Debounceinput_debounceinput_19159b04e9b48582a18a45b087d0db56_8659206c = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_19159b04e9b48582a18a45b087d0db56_8659206c = memo(({children, ...rest}) => {
    const ref_lead_search = useRef(null); refs["ref_lead_search"] = ref_lead_search;
const on_change_6c86bb37338edf029955fea1cd754399 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.set_search", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 300 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["@media screen and (min-width: 0)"] : ({ ["width"] : "100%" }), ["@media screen and (min-width: 30em)"] : ({ ["width"] : "240px" }) }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"lead-search", inputRef:ref_lead_search, onChange:on_change_6c86bb37338edf029955fea1cd754399, placeholder:"Company, name or email", value:(isNotNullOrUndefined(reflex___state____state__admin___leads___state____admin_leads_state.search_rx_state_) ? reflex___state____state__admin___leads___state____admin_leads_state.search_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_19159b04e9b48582a18a45b087d0db56_8659206c.displayName = "DebounceInput";
return Debounceinput_debounceinput_19159b04e9b48582a18a45b087d0db56_8659206c;
})();

export const Selectroot_select__root_096f4127490cfb3d6c6c57f57b35b119_8659206c = /*#__PURE__*/ (() => {
const Selectroot_select__root_096f4127490cfb3d6c6c57f57b35b119_8659206c = memo(({children, ...rest}) => {
    const on_change_c4c19c7cbe71125a18a70e5d4c0ccfe6 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.set_status", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_c4c19c7cbe71125a18a70e5d4c0ccfe6, value:reflex___state____state__admin___leads___state____admin_leads_state.status_rx_state_ }))},children)
    )
});
Selectroot_select__root_096f4127490cfb3d6c6c57f57b35b119_8659206c.displayName = "SelectRoot";
return Selectroot_select__root_096f4127490cfb3d6c6c57f57b35b119_8659206c;
})();

export const Selectroot_select__root_5386a276b4413631582361133b633711_8659206c = /*#__PURE__*/ (() => {
const Selectroot_select__root_5386a276b4413631582361133b633711_8659206c = memo(({children, ...rest}) => {
    const on_change_a48c3e74e33257f3d13ee69d74f67294 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.set_partner_filter", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_a48c3e74e33257f3d13ee69d74f67294, value:reflex___state____state__admin___leads___state____admin_leads_state.partner_filter_rx_state_ }))},children)
    )
});
Selectroot_select__root_5386a276b4413631582361133b633711_8659206c.displayName = "SelectRoot";
return Selectroot_select__root_5386a276b4413631582361133b633711_8659206c;
})();

export const Selectroot_select__root_375c074e85250f948a53dfafa307ed2c_8659206c = /*#__PURE__*/ (() => {
const Selectroot_select__root_375c074e85250f948a53dfafa307ed2c_8659206c = memo(({children, ...rest}) => {
    const on_change_05e69041b0e9b20d99d5656cd871a832 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.set_kind", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_05e69041b0e9b20d99d5656cd871a832, value:reflex___state____state__admin___leads___state____admin_leads_state.kind_rx_state_ }))},children)
    )
});
Selectroot_select__root_375c074e85250f948a53dfafa307ed2c_8659206c.displayName = "SelectRoot";
return Selectroot_select__root_375c074e85250f948a53dfafa307ed2c_8659206c;
})();

export const Debounceinput_debounceinput_b1ee16ebd48b51402a51371ceacce1ad_8659206c = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_b1ee16ebd48b51402a51371ceacce1ad_8659206c = memo(({children, ...rest}) => {
    const ref_lead_from = useRef(null); refs["ref_lead_from"] = ref_lead_from;
const on_change_041a8c51525474be4b5605513be7a2d0 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.set_created_from", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ debounceTimeout:300, element:RadixThemesTextField.Root, id:"lead-from", inputRef:ref_lead_from, onChange:on_change_041a8c51525474be4b5605513be7a2d0, type:"date", value:(isNotNullOrUndefined(reflex___state____state__admin___leads___state____admin_leads_state.created_from_rx_state_) ? reflex___state____state__admin___leads___state____admin_leads_state.created_from_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_b1ee16ebd48b51402a51371ceacce1ad_8659206c.displayName = "DebounceInput";
return Debounceinput_debounceinput_b1ee16ebd48b51402a51371ceacce1ad_8659206c;
})();

export const Debounceinput_debounceinput_8ae560adeadc1f7139af23193b581550_8659206c = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_8ae560adeadc1f7139af23193b581550_8659206c = memo(({children, ...rest}) => {
    const ref_lead_to = useRef(null); refs["ref_lead_to"] = ref_lead_to;
const on_change_e8d2dbc9b7213875634e63d5d0d706ad = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.set_created_to", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ debounceTimeout:300, element:RadixThemesTextField.Root, id:"lead-to", inputRef:ref_lead_to, onChange:on_change_e8d2dbc9b7213875634e63d5d0d706ad, type:"date", value:(isNotNullOrUndefined(reflex___state____state__admin___leads___state____admin_leads_state.created_to_rx_state_) ? reflex___state____state__admin___leads___state____admin_leads_state.created_to_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_8ae560adeadc1f7139af23193b581550_8659206c.displayName = "DebounceInput";
return Debounceinput_debounceinput_8ae560adeadc1f7139af23193b581550_8659206c;
})();

export const Button_button_5fd3a4c1a8c56a62b6d1b509a133f422_8659206c = /*#__PURE__*/ (() => {
const Button_button_5fd3a4c1a8c56a62b6d1b509a133f422_8659206c = memo(({children, ...rest}) => {
    const on_click_bf15baca0cd9133554e32f230be73824 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.clear_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_bf15baca0cd9133554e32f230be73824, variant:"ghost" }))},children)
    )
});
Button_button_5fd3a4c1a8c56a62b6d1b509a133f422_8659206c.displayName = "Button";
return Button_button_5fd3a4c1a8c56a62b6d1b509a133f422_8659206c;
})();

export const Bare_comp_597511f09e549561eb013d1f0f163882_8659206c = /*#__PURE__*/ (() => {
const Bare_comp_597511f09e549561eb013d1f0f163882_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        reflex___state____state__admin___leads___state____admin_leads_state.error_rx_state_
    )
});
Bare_comp_597511f09e549561eb013d1f0f163882_8659206c.displayName = "Bare";
return Bare_comp_597511f09e549561eb013d1f0f163882_8659206c;
})();

export const Cond_comp_6518e6cd4f4048bf888f69f8fb028f4e_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_6518e6cd4f4048bf888f69f8fb028f4e_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (!((reflex___state____state__admin___leads___state____admin_leads_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6518e6cd4f4048bf888f69f8fb028f4e_8659206c.displayName = "Cond";
return Cond_comp_6518e6cd4f4048bf888f69f8fb028f4e_8659206c;
})();

export const Cond_comp_a30092d0b15d15cf06ea2d025057ff1e_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_a30092d0b15d15cf06ea2d025057ff1e_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (reflex___state____state__admin___leads___state____admin_leads_state.descending_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a30092d0b15d15cf06ea2d025057ff1e_8659206c.displayName = "Cond";
return Cond_comp_a30092d0b15d15cf06ea2d025057ff1e_8659206c;
})();

export const Cond_comp_7845f36bd1738c64361d7564d1b7b101_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_7845f36bd1738c64361d7564d1b7b101_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        ((reflex___state____state__admin___leads___state____admin_leads_state.sort_rx_state_?.valueOf?.() === "company"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7845f36bd1738c64361d7564d1b7b101_8659206c.displayName = "Cond";
return Cond_comp_7845f36bd1738c64361d7564d1b7b101_8659206c;
})();

export const Button_button_b8ba2bf0d92585254a76e4f38059a3ff_8659206c = /*#__PURE__*/ (() => {
const Button_button_b8ba2bf0d92585254a76e4f38059a3ff_8659206c = memo(({children, ...rest}) => {
    const on_click_5d4cd374a108be4ce073b4ddc6cbf019 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.sort_by", ({ ["column"] : "company" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":"Sort by Company", color:"gray", css:({ ["weight"] : "bold" }), onClick:on_click_5d4cd374a108be4ce073b4ddc6cbf019, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_b8ba2bf0d92585254a76e4f38059a3ff_8659206c.displayName = "Button";
return Button_button_b8ba2bf0d92585254a76e4f38059a3ff_8659206c;
})();

export const Tablecolumnheadercell_table__columnheadercell_dec8a78e9f1c9e9a2e060f4079a05b79_8659206c = /*#__PURE__*/ (() => {
const Tablecolumnheadercell_table__columnheadercell_dec8a78e9f1c9e9a2e060f4079a05b79_8659206c = memo(({children, ...rest}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTable.ColumnHeaderCell,{...mergeSlotProps(rest, ({ "aria-sort":((reflex___state____state__admin___leads___state____admin_leads_state.sort_rx_state_?.valueOf?.() === "company"?.valueOf?.()) ? (reflex___state____state__admin___leads___state____admin_leads_state.descending_rx_state_ ? "descending" : "ascending") : "none") }))},children)
    )
});
Tablecolumnheadercell_table__columnheadercell_dec8a78e9f1c9e9a2e060f4079a05b79_8659206c.displayName = "TableColumnHeaderCell";
return Tablecolumnheadercell_table__columnheadercell_dec8a78e9f1c9e9a2e060f4079a05b79_8659206c;
})();

export const Cond_comp_a1f5e7178cb4d5c8aa20fc2a3c6befa5_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_a1f5e7178cb4d5c8aa20fc2a3c6befa5_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        ((reflex___state____state__admin___leads___state____admin_leads_state.sort_rx_state_?.valueOf?.() === "status"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a1f5e7178cb4d5c8aa20fc2a3c6befa5_8659206c.displayName = "Cond";
return Cond_comp_a1f5e7178cb4d5c8aa20fc2a3c6befa5_8659206c;
})();

export const Button_button_843eda230b1d068082ef3d5aac0dd563_8659206c = /*#__PURE__*/ (() => {
const Button_button_843eda230b1d068082ef3d5aac0dd563_8659206c = memo(({children, ...rest}) => {
    const on_click_13fd147276f573df5d769b77a69cb924 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.sort_by", ({ ["column"] : "status" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":"Sort by Status", color:"gray", css:({ ["weight"] : "bold" }), onClick:on_click_13fd147276f573df5d769b77a69cb924, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_843eda230b1d068082ef3d5aac0dd563_8659206c.displayName = "Button";
return Button_button_843eda230b1d068082ef3d5aac0dd563_8659206c;
})();

export const Tablecolumnheadercell_table__columnheadercell_8f24466f763c42c5a79b50737544d1f4_8659206c = /*#__PURE__*/ (() => {
const Tablecolumnheadercell_table__columnheadercell_8f24466f763c42c5a79b50737544d1f4_8659206c = memo(({children, ...rest}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTable.ColumnHeaderCell,{...mergeSlotProps(rest, ({ "aria-sort":((reflex___state____state__admin___leads___state____admin_leads_state.sort_rx_state_?.valueOf?.() === "status"?.valueOf?.()) ? (reflex___state____state__admin___leads___state____admin_leads_state.descending_rx_state_ ? "descending" : "ascending") : "none") }))},children)
    )
});
Tablecolumnheadercell_table__columnheadercell_8f24466f763c42c5a79b50737544d1f4_8659206c.displayName = "TableColumnHeaderCell";
return Tablecolumnheadercell_table__columnheadercell_8f24466f763c42c5a79b50737544d1f4_8659206c;
})();

export const Cond_comp_9dabff58ed58047a1941d960bbbee33a_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_9dabff58ed58047a1941d960bbbee33a_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        ((reflex___state____state__admin___leads___state____admin_leads_state.sort_rx_state_?.valueOf?.() === "created"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9dabff58ed58047a1941d960bbbee33a_8659206c.displayName = "Cond";
return Cond_comp_9dabff58ed58047a1941d960bbbee33a_8659206c;
})();

export const Button_button_5d1b9c25cd93b75be0fc099f0e69b240_8659206c = /*#__PURE__*/ (() => {
const Button_button_5d1b9c25cd93b75be0fc099f0e69b240_8659206c = memo(({children, ...rest}) => {
    const on_click_09cde99716a3e2e95938d1a9d6238a42 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.sort_by", ({ ["column"] : "created" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ "aria-label":"Sort by Created", color:"gray", css:({ ["weight"] : "bold" }), onClick:on_click_09cde99716a3e2e95938d1a9d6238a42, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_5d1b9c25cd93b75be0fc099f0e69b240_8659206c.displayName = "Button";
return Button_button_5d1b9c25cd93b75be0fc099f0e69b240_8659206c;
})();

export const Tablecolumnheadercell_table__columnheadercell_3fff44ff37e11a1ea37d7bbff9e2a457_8659206c = /*#__PURE__*/ (() => {
const Tablecolumnheadercell_table__columnheadercell_3fff44ff37e11a1ea37d7bbff9e2a457_8659206c = memo(({children, ...rest}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesTable.ColumnHeaderCell,{...mergeSlotProps(rest, ({ "aria-sort":((reflex___state____state__admin___leads___state____admin_leads_state.sort_rx_state_?.valueOf?.() === "created"?.valueOf?.()) ? (reflex___state____state__admin___leads___state____admin_leads_state.descending_rx_state_ ? "descending" : "ascending") : "none") }))},children)
    )
});
Tablecolumnheadercell_table__columnheadercell_3fff44ff37e11a1ea37d7bbff9e2a457_8659206c.displayName = "TableColumnHeaderCell";
return Tablecolumnheadercell_table__columnheadercell_3fff44ff37e11a1ea37d7bbff9e2a457_8659206c;
})();

export const Foreach_comp_142d02ad2332fbd7de863ba179ca1732_8659206c = /*#__PURE__*/ (() => {
const Foreach_comp_142d02ad2332fbd7de863ba179ca1732_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___leads___state____admin_leads_state.rows_rx_state_ ?? [],((row_rx_state_,index_94961057d4c449a297627af1c45958e2)=>(jsx(RadixThemesTable.Row,{key:index_94961057d4c449a297627af1c45958e2},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),weight:"medium"},jsx(ReactRouterLink,{to:("/admin/leads/view?id="+row_rx_state_?.["id"])},row_rx_state_?.["name"])),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},row_rx_state_?.["email"]))),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["company"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["partner"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["owner"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["kind"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["source_campaign"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},row_rx_state_?.["created"])),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},((row_rx_state_?.["partner"]?.valueOf?.() === "Unassigned"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("Route again: "+row_rx_state_?.["name"]),css:({ ["whiteSpace"] : "nowrap" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.route_again", ({ ["lead_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Route again"))):(jsx(Fragment,{},)))))))))
    )
});
Foreach_comp_142d02ad2332fbd7de863ba179ca1732_8659206c.displayName = "Foreach";
return Foreach_comp_142d02ad2332fbd7de863ba179ca1732_8659206c;
})();

export const Cond_comp_b08d3ff670f8229369e434e38b601bea_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_b08d3ff670f8229369e434e38b601bea_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (pyAnd(reflex___state____state__admin___leads___state____admin_leads_state.loaded_rx_state_, () => ((reflex___state____state__admin___leads___state____admin_leads_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b08d3ff670f8229369e434e38b601bea_8659206c.displayName = "Cond";
return Cond_comp_b08d3ff670f8229369e434e38b601bea_8659206c;
})();

export const Button_button_e2aa10333627174d214473ffeb1f7b20_8659206c = /*#__PURE__*/ (() => {
const Button_button_e2aa10333627174d214473ffeb1f7b20_8659206c = memo(({children, ...rest}) => {
    const on_click_48841111241a1dbaad4512524f140985 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.prev_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!((reflex___state____state__admin___leads___state____admin_leads_state.cursors_rx_state_.length > 0)), onClick:on_click_48841111241a1dbaad4512524f140985, variant:"soft" }))},children)
    )
});
Button_button_e2aa10333627174d214473ffeb1f7b20_8659206c.displayName = "Button";
return Button_button_e2aa10333627174d214473ffeb1f7b20_8659206c;
})();

export const Button_button_41fed0550ae3402f010e9bf23545b474_8659206c = /*#__PURE__*/ (() => {
const Button_button_41fed0550ae3402f010e9bf23545b474_8659206c = memo(({children, ...rest}) => {
    const on_click_1cf451799abf4786c1d4f34df852ce23 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.admin___leads___state____admin_leads_state.next_page", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(!((reflex___state____state__admin___leads___state____admin_leads_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))), onClick:on_click_1cf451799abf4786c1d4f34df852ce23, variant:"soft" }))},children)
    )
});
Button_button_41fed0550ae3402f010e9bf23545b474_8659206c.displayName = "Button";
return Button_button_41fed0550ae3402f010e9bf23545b474_8659206c;
})();

export const Cond_comp_8a05594b448a0ade64f0833ece067a82_8659206c = /*#__PURE__*/ (() => {
const Cond_comp_8a05594b448a0ade64f0833ece067a82_8659206c = memo(({children}) => {
    const reflex___state____state__admin___leads___state____admin_leads_state = useStateContext("reflex___state____state.admin___leads___state____admin_leads_state")
    return(
        (reflex___state____state__admin___leads___state____admin_leads_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8a05594b448a0ade64f0833ece067a82_8659206c.displayName = "Cond";
return Cond_comp_8a05594b448a0ade64f0833ece067a82_8659206c;
})();
