
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Switch as RadixThemesSwitch,Table as RadixThemesTable,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_10868a8e = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.account_name_rx_state_
    )
});
Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_10868a8e.displayName = "Bare";
return Bare_comp_484bd0dd8cd27dae9136dde6bfed2bb8_10868a8e;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_10868a8e = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_10868a8e.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_10868a8e;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_10868a8e = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_10868a8e = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_10868a8e.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_10868a8e;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_10868a8e = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_10868a8e = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_10868a8e.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_10868a8e;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_10868a8e = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_10868a8e.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_10868a8e;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_10868a8e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_10868a8e = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_10868a8e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_10868a8e;
})();

export const Bare_comp_a5252b73a5a7b8366ffb86a164a34589_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_a5252b73a5a7b8366ffb86a164a34589_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        reflex___state____state__portal___settings___state____portal_settings_state.error_rx_state_
    )
});
Bare_comp_a5252b73a5a7b8366ffb86a164a34589_10868a8e.displayName = "Bare";
return Bare_comp_a5252b73a5a7b8366ffb86a164a34589_10868a8e;
})();

export const Cond_comp_856d776a6ee73acb715f4289ba72c423_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_856d776a6ee73acb715f4289ba72c423_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!((reflex___state____state__portal___settings___state____portal_settings_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_856d776a6ee73acb715f4289ba72c423_10868a8e.displayName = "Cond";
return Cond_comp_856d776a6ee73acb715f4289ba72c423_10868a8e;
})();

export const Textfieldroot_textfield__root_b09c770d20d3debf3887a754b884bfc0_10868a8e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_b09c770d20d3debf3887a754b884bfc0_10868a8e = memo(({children, ...rest}) => {
    const ref_first_name = useRef(null); refs["ref_first_name"] = ref_first_name;
const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__portal___settings___state____portal_settings_state.first_name_rx_state_, id:"first_name", key:((JSON.stringify(reflex___state____state__portal___settings___state____portal_settings_state.profile_version_rx_state_))+"f"), name:"first_name", ref:ref_first_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_b09c770d20d3debf3887a754b884bfc0_10868a8e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_b09c770d20d3debf3887a754b884bfc0_10868a8e;
})();

export const Bare_comp_14eef3e1ca4cb3d6b80160ba913f4fd8_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_14eef3e1ca4cb3d6b80160ba913f4fd8_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (isTrue(reflex___state____state__portal___settings___state____portal_settings_state.field_errors_rx_state_?.["first_name"]) ? reflex___state____state__portal___settings___state____portal_settings_state.field_errors_rx_state_?.["first_name"] : "")
    )
});
Bare_comp_14eef3e1ca4cb3d6b80160ba913f4fd8_10868a8e.displayName = "Bare";
return Bare_comp_14eef3e1ca4cb3d6b80160ba913f4fd8_10868a8e;
})();

export const Cond_comp_cf32eedddaa4def24ffc4574bc7dc3a1_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_cf32eedddaa4def24ffc4574bc7dc3a1_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!(((isTrue(reflex___state____state__portal___settings___state____portal_settings_state.field_errors_rx_state_?.["first_name"]) ? reflex___state____state__portal___settings___state____portal_settings_state.field_errors_rx_state_?.["first_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cf32eedddaa4def24ffc4574bc7dc3a1_10868a8e.displayName = "Cond";
return Cond_comp_cf32eedddaa4def24ffc4574bc7dc3a1_10868a8e;
})();

export const Textfieldroot_textfield__root_6734221c90d038436d15bfa4800e904e_10868a8e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_6734221c90d038436d15bfa4800e904e_10868a8e = memo(({children, ...rest}) => {
    const ref_last_name = useRef(null); refs["ref_last_name"] = ref_last_name;
const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__portal___settings___state____portal_settings_state.last_name_rx_state_, id:"last_name", key:((JSON.stringify(reflex___state____state__portal___settings___state____portal_settings_state.profile_version_rx_state_))+"l"), name:"last_name", ref:ref_last_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_6734221c90d038436d15bfa4800e904e_10868a8e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_6734221c90d038436d15bfa4800e904e_10868a8e;
})();

export const Bare_comp_1472751249bfa011dc236151dd62575f_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_1472751249bfa011dc236151dd62575f_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (isTrue(reflex___state____state__portal___settings___state____portal_settings_state.field_errors_rx_state_?.["last_name"]) ? reflex___state____state__portal___settings___state____portal_settings_state.field_errors_rx_state_?.["last_name"] : "")
    )
});
Bare_comp_1472751249bfa011dc236151dd62575f_10868a8e.displayName = "Bare";
return Bare_comp_1472751249bfa011dc236151dd62575f_10868a8e;
})();

export const Cond_comp_28f2e601a3eb6468714f16c3e5149182_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_28f2e601a3eb6468714f16c3e5149182_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!(((isTrue(reflex___state____state__portal___settings___state____portal_settings_state.field_errors_rx_state_?.["last_name"]) ? reflex___state____state__portal___settings___state____portal_settings_state.field_errors_rx_state_?.["last_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_28f2e601a3eb6468714f16c3e5149182_10868a8e.displayName = "Cond";
return Cond_comp_28f2e601a3eb6468714f16c3e5149182_10868a8e;
})();

export const Textfieldroot_textfield__root_04f48dc4b75ae69e9dce5e1350223dc7_10868a8e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_04f48dc4b75ae69e9dce5e1350223dc7_10868a8e = memo(({children, ...rest}) => {
    const ref_profile_email = useRef(null); refs["ref_profile_email"] = ref_profile_email;
const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"profile_email", name:"profile_email", readOnly:true, ref:ref_profile_email, size:"3", value:(isNotNullOrUndefined(reflex___state____state__portal___settings___state____portal_settings_state.email_rx_state_) ? reflex___state____state__portal___settings___state____portal_settings_state.email_rx_state_ : ""), variant:"soft" }))},)
    )
});
Textfieldroot_textfield__root_04f48dc4b75ae69e9dce5e1350223dc7_10868a8e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_04f48dc4b75ae69e9dce5e1350223dc7_10868a8e;
})();

export const Bare_comp_c3dc500b7fdd7ba5255fe4306e78fa99_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_c3dc500b7fdd7ba5255fe4306e78fa99_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        reflex___state____state__portal___settings___state____portal_settings_state.role_rx_state_
    )
});
Bare_comp_c3dc500b7fdd7ba5255fe4306e78fa99_10868a8e.displayName = "Bare";
return Bare_comp_c3dc500b7fdd7ba5255fe4306e78fa99_10868a8e;
})();

export const Form_root_870a845a750d471fbd50be27ecc25e57_10868a8e = /*#__PURE__*/ (() => {
const Form_root_870a845a750d471fbd50be27ecc25e57_10868a8e = memo(({children, ...rest}) => {
    
    const handleSubmit_0632d0e78500d074898b1cd60df191ac = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["first_name"] : getRefValue(refs["ref_first_name"]), ["last_name"] : getRefValue(refs["ref_last_name"]), ["profile_email"] : getRefValue(refs["ref_profile_email"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.portal___settings___state____portal_settings_state.save_profile", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_0632d0e78500d074898b1cd60df191ac }))},children)
    )
});
Form_root_870a845a750d471fbd50be27ecc25e57_10868a8e.displayName = "Form";
return Form_root_870a845a750d471fbd50be27ecc25e57_10868a8e;
})();

export const Switch_switch_622ecbf7acfd93b027c54a0a99c46994_10868a8e = /*#__PURE__*/ (() => {
const Switch_switch_622ecbf7acfd93b027c54a0a99c46994_10868a8e = memo(({children, ...rest}) => {
    const ref_supplier_emails = useRef(null); refs["ref_supplier_emails"] = ref_supplier_emails;
const on_change_6590bb53cf0cebae7f72f7d1b2d51078 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.portal___settings___state____portal_settings_state.toggle_supplier_emails", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__portal___settings___state____portal_settings_state.supplier_emails_rx_state_, id:"supplier-emails", onCheckedChange:on_change_6590bb53cf0cebae7f72f7d1b2d51078, ref:ref_supplier_emails }))},)
    )
});
Switch_switch_622ecbf7acfd93b027c54a0a99c46994_10868a8e.displayName = "Switch";
return Switch_switch_622ecbf7acfd93b027c54a0a99c46994_10868a8e;
})();

export const Foreach_comp_af33ff8c827e8f4bbd9500ac1453d1e5_10868a8e = /*#__PURE__*/ (() => {
const Foreach_comp_af33ff8c827e8f4bbd9500ac1453d1e5_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___settings___state____portal_settings_state.consents_rx_state_ ?? [],((c_rx_state_,index_fb25f5134a738a5aa54b09a6744ec3bb)=>(jsx(RadixThemesText,{as:"p",color:"gray",key:index_fb25f5134a738a5aa54b09a6744ec3bb,size:"1"},c_rx_state_?.["when"]," \u00b7 ",c_rx_state_?.["choice"]," \u00b7 ",c_rx_state_?.["source"]))))
    )
});
Foreach_comp_af33ff8c827e8f4bbd9500ac1453d1e5_10868a8e.displayName = "Foreach";
return Foreach_comp_af33ff8c827e8f4bbd9500ac1453d1e5_10868a8e;
})();

export const Cond_comp_7d4880d2b75b2693ebde6f7a91c56106_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_7d4880d2b75b2693ebde6f7a91c56106_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        ((reflex___state____state__portal___settings___state____portal_settings_state.consents_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7d4880d2b75b2693ebde6f7a91c56106_10868a8e.displayName = "Cond";
return Cond_comp_7d4880d2b75b2693ebde6f7a91c56106_10868a8e;
})();

export const Bare_comp_cebd50c0529040a845a040b029ae8569_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_cebd50c0529040a845a040b029ae8569_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (reflex___state____state__portal___settings___state____portal_settings_state.is_partner_admin_rx_state_ ? "" : "Only partner admins can change this.")
    )
});
Bare_comp_cebd50c0529040a845a040b029ae8569_10868a8e.displayName = "Bare";
return Bare_comp_cebd50c0529040a845a040b029ae8569_10868a8e;
})();

export const Foreach_comp_97d8baec1759c5b89e8c879ed36ba797_10868a8e = /*#__PURE__*/ (() => {
const Foreach_comp_97d8baec1759c5b89e8c879ed36ba797_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___settings___state____portal_settings_state.lead_users_rx_state_ ?? [],((u_rx_state_,index_e945a02d8033e3e736852aa40c050a96)=>(jsx(RadixThemesTable.Row,{key:index_e945a02d8033e3e736852aa40c050a96},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",weight:"medium"},u_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},u_rx_state_?.["email"]))),jsx(RadixThemesTable.Cell,{},u_rx_state_?.["role"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesSwitch,{checked:!((u_rx_state_?.["is_lead_owner"]?.valueOf?.() === ""?.valueOf?.())),disabled:!(reflex___state____state__portal___settings___state____portal_settings_state.is_partner_admin_rx_state_),id:("is_lead_owner_"+u_rx_state_?.["id"]),onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.portal___settings___state____portal_settings_state.set_lead_role", ({ ["user_id"] : u_rx_state_?.["id"], ["role"] : "is_lead_owner", ["on"] : _ev_0 }), ({  })))], [_ev_0], ({  }))))},),jsx("label",{"aria-label":("Lead Owner: "+u_rx_state_?.["name"]),className:"prm-label",htmlFor:("is_lead_owner_"+u_rx_state_?.["id"])},"Lead Owner"))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesSwitch,{checked:!((u_rx_state_?.["is_sales_rep"]?.valueOf?.() === ""?.valueOf?.())),disabled:!(reflex___state____state__portal___settings___state____portal_settings_state.is_partner_admin_rx_state_),id:("is_sales_rep_"+u_rx_state_?.["id"]),onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.portal___settings___state____portal_settings_state.set_lead_role", ({ ["user_id"] : u_rx_state_?.["id"], ["role"] : "is_sales_rep", ["on"] : _ev_0 }), ({  })))], [_ev_0], ({  }))))},),jsx("label",{"aria-label":("Sales Rep: "+u_rx_state_?.["name"]),className:"prm-label",htmlFor:("is_sales_rep_"+u_rx_state_?.["id"])},"Sales Rep")))))))
    )
});
Foreach_comp_97d8baec1759c5b89e8c879ed36ba797_10868a8e.displayName = "Foreach";
return Foreach_comp_97d8baec1759c5b89e8c879ed36ba797_10868a8e;
})();

export const Bare_comp_cea4dc9f3c563f6baf5e5f9e73ca9cea_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_cea4dc9f3c563f6baf5e5f9e73ca9cea_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        reflex___state____state__portal___settings___state____portal_settings_state.company_error_rx_state_
    )
});
Bare_comp_cea4dc9f3c563f6baf5e5f9e73ca9cea_10868a8e.displayName = "Bare";
return Bare_comp_cea4dc9f3c563f6baf5e5f9e73ca9cea_10868a8e;
})();

export const Cond_comp_34d4cffabb0138c3bf4c20f3337f0b02_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_34d4cffabb0138c3bf4c20f3337f0b02_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!((reflex___state____state__portal___settings___state____portal_settings_state.company_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_34d4cffabb0138c3bf4c20f3337f0b02_10868a8e.displayName = "Cond";
return Cond_comp_34d4cffabb0138c3bf4c20f3337f0b02_10868a8e;
})();

export const Textarea_textarea_dc59c1acd2939ef756f97a316b184fcd_10868a8e = /*#__PURE__*/ (() => {
const Textarea_textarea_dc59c1acd2939ef756f97a316b184fcd_10868a8e = memo(({children, ...rest}) => {
    const ref_company_about = useRef(null); refs["ref_company_about"] = ref_company_about;
const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__portal___settings___state____portal_settings_state.company_rx_state_?.["about"], id:"company_about", key:((JSON.stringify(reflex___state____state__portal___settings___state____portal_settings_state.company_version_rx_state_))+"about"), maxLength:1000, name:"company_about", readOnly:!(reflex___state____state__portal___settings___state____portal_settings_state.is_partner_admin_rx_state_), ref:ref_company_about, rows:"3", size:"3" }))},)
    )
});
Textarea_textarea_dc59c1acd2939ef756f97a316b184fcd_10868a8e.displayName = "TextArea";
return Textarea_textarea_dc59c1acd2939ef756f97a316b184fcd_10868a8e;
})();

export const Bare_comp_57de8f09efd6f4eb3af648836e741f20_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_57de8f09efd6f4eb3af648836e741f20_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (isTrue(reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["about"]) ? reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["about"] : "")
    )
});
Bare_comp_57de8f09efd6f4eb3af648836e741f20_10868a8e.displayName = "Bare";
return Bare_comp_57de8f09efd6f4eb3af648836e741f20_10868a8e;
})();

export const Cond_comp_ec5630a5d1b87397486113c7382e75ac_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_ec5630a5d1b87397486113c7382e75ac_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!(((isTrue(reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["about"]) ? reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["about"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ec5630a5d1b87397486113c7382e75ac_10868a8e.displayName = "Cond";
return Cond_comp_ec5630a5d1b87397486113c7382e75ac_10868a8e;
})();

export const Textarea_textarea_5400464e44c2a37c8986b5ba3869581b_10868a8e = /*#__PURE__*/ (() => {
const Textarea_textarea_5400464e44c2a37c8986b5ba3869581b_10868a8e = memo(({children, ...rest}) => {
    const ref_company_services = useRef(null); refs["ref_company_services"] = ref_company_services;
const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__portal___settings___state____portal_settings_state.company_rx_state_?.["services"], id:"company_services", key:((JSON.stringify(reflex___state____state__portal___settings___state____portal_settings_state.company_version_rx_state_))+"services"), maxLength:1000, name:"company_services", readOnly:!(reflex___state____state__portal___settings___state____portal_settings_state.is_partner_admin_rx_state_), ref:ref_company_services, rows:"3", size:"3" }))},)
    )
});
Textarea_textarea_5400464e44c2a37c8986b5ba3869581b_10868a8e.displayName = "TextArea";
return Textarea_textarea_5400464e44c2a37c8986b5ba3869581b_10868a8e;
})();

export const Bare_comp_4f3493b20e83308ed8ee0336f80c26a9_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_4f3493b20e83308ed8ee0336f80c26a9_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (isTrue(reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["services"]) ? reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["services"] : "")
    )
});
Bare_comp_4f3493b20e83308ed8ee0336f80c26a9_10868a8e.displayName = "Bare";
return Bare_comp_4f3493b20e83308ed8ee0336f80c26a9_10868a8e;
})();

export const Cond_comp_45cc810f3c4c710b22c2c9bd5835d52d_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_45cc810f3c4c710b22c2c9bd5835d52d_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!(((isTrue(reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["services"]) ? reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["services"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_45cc810f3c4c710b22c2c9bd5835d52d_10868a8e.displayName = "Cond";
return Cond_comp_45cc810f3c4c710b22c2c9bd5835d52d_10868a8e;
})();

export const Textarea_textarea_f8e8418e619a69723c3d4e752b0a94c0_10868a8e = /*#__PURE__*/ (() => {
const Textarea_textarea_f8e8418e619a69723c3d4e752b0a94c0_10868a8e = memo(({children, ...rest}) => {
    const ref_company_offerings = useRef(null); refs["ref_company_offerings"] = ref_company_offerings;
const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__portal___settings___state____portal_settings_state.company_rx_state_?.["offerings"], id:"company_offerings", key:((JSON.stringify(reflex___state____state__portal___settings___state____portal_settings_state.company_version_rx_state_))+"offerings"), maxLength:1000, name:"company_offerings", readOnly:!(reflex___state____state__portal___settings___state____portal_settings_state.is_partner_admin_rx_state_), ref:ref_company_offerings, rows:"3", size:"3" }))},)
    )
});
Textarea_textarea_f8e8418e619a69723c3d4e752b0a94c0_10868a8e.displayName = "TextArea";
return Textarea_textarea_f8e8418e619a69723c3d4e752b0a94c0_10868a8e;
})();

export const Bare_comp_79cd214bf3462de6ea772fdc06ed1938_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_79cd214bf3462de6ea772fdc06ed1938_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (isTrue(reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["offerings"]) ? reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["offerings"] : "")
    )
});
Bare_comp_79cd214bf3462de6ea772fdc06ed1938_10868a8e.displayName = "Bare";
return Bare_comp_79cd214bf3462de6ea772fdc06ed1938_10868a8e;
})();

export const Cond_comp_87c3152fabd9422df3a4907913528ade_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_87c3152fabd9422df3a4907913528ade_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!(((isTrue(reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["offerings"]) ? reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["offerings"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_87c3152fabd9422df3a4907913528ade_10868a8e.displayName = "Cond";
return Cond_comp_87c3152fabd9422df3a4907913528ade_10868a8e;
})();

export const Textfieldroot_textfield__root_5f5835774478f26bc0469adcb345fa46_10868a8e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_5f5835774478f26bc0469adcb345fa46_10868a8e = memo(({children, ...rest}) => {
    const ref_company_website = useRef(null); refs["ref_company_website"] = ref_company_website;
const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__portal___settings___state____portal_settings_state.company_rx_state_?.["website"], id:"company_website", key:((JSON.stringify(reflex___state____state__portal___settings___state____portal_settings_state.company_version_rx_state_))+"website"), name:"company_website", placeholder:"https://", readOnly:!(reflex___state____state__portal___settings___state____portal_settings_state.is_partner_admin_rx_state_), ref:ref_company_website, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_5f5835774478f26bc0469adcb345fa46_10868a8e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_5f5835774478f26bc0469adcb345fa46_10868a8e;
})();

export const Bare_comp_1309b09259659d592dc246ff6e1d9319_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_1309b09259659d592dc246ff6e1d9319_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (isTrue(reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["website"]) ? reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["website"] : "")
    )
});
Bare_comp_1309b09259659d592dc246ff6e1d9319_10868a8e.displayName = "Bare";
return Bare_comp_1309b09259659d592dc246ff6e1d9319_10868a8e;
})();

export const Cond_comp_85273fccbe07991d4123034b06c284d5_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_85273fccbe07991d4123034b06c284d5_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!(((isTrue(reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["website"]) ? reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["website"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_85273fccbe07991d4123034b06c284d5_10868a8e.displayName = "Cond";
return Cond_comp_85273fccbe07991d4123034b06c284d5_10868a8e;
})();

export const Textfieldroot_textfield__root_784b15c99a342cd14d725ab68be6856a_10868a8e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_784b15c99a342cd14d725ab68be6856a_10868a8e = memo(({children, ...rest}) => {
    const ref_company_phone = useRef(null); refs["ref_company_phone"] = ref_company_phone;
const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__portal___settings___state____portal_settings_state.company_rx_state_?.["phone"], id:"company_phone", key:((JSON.stringify(reflex___state____state__portal___settings___state____portal_settings_state.company_version_rx_state_))+"phone"), name:"company_phone", readOnly:!(reflex___state____state__portal___settings___state____portal_settings_state.is_partner_admin_rx_state_), ref:ref_company_phone, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_784b15c99a342cd14d725ab68be6856a_10868a8e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_784b15c99a342cd14d725ab68be6856a_10868a8e;
})();

export const Bare_comp_789d8f11d5fa10cce74b270f49788b24_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_789d8f11d5fa10cce74b270f49788b24_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (isTrue(reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["phone"]) ? reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["phone"] : "")
    )
});
Bare_comp_789d8f11d5fa10cce74b270f49788b24_10868a8e.displayName = "Bare";
return Bare_comp_789d8f11d5fa10cce74b270f49788b24_10868a8e;
})();

export const Cond_comp_14e2623bae091243b6cf8c81a5fa19b8_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_14e2623bae091243b6cf8c81a5fa19b8_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!(((isTrue(reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["phone"]) ? reflex___state____state__portal___settings___state____portal_settings_state.company_errors_rx_state_?.["phone"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_14e2623bae091243b6cf8c81a5fa19b8_10868a8e.displayName = "Cond";
return Cond_comp_14e2623bae091243b6cf8c81a5fa19b8_10868a8e;
})();

export const Cond_comp_aa1d6cbafb12205e628c85ed934f3b90_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_aa1d6cbafb12205e628c85ed934f3b90_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (reflex___state____state__portal___settings___state____portal_settings_state.is_partner_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_aa1d6cbafb12205e628c85ed934f3b90_10868a8e.displayName = "Cond";
return Cond_comp_aa1d6cbafb12205e628c85ed934f3b90_10868a8e;
})();

export const Form_root_f473667487565e71a34c31811a75ce0c_10868a8e = /*#__PURE__*/ (() => {
const Form_root_f473667487565e71a34c31811a75ce0c_10868a8e = memo(({children, ...rest}) => {
    
    const handleSubmit_0726dd349a51c6a4eb763d7fe67f443f = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["company_about"] : getRefValue(refs["ref_company_about"]), ["company_services"] : getRefValue(refs["ref_company_services"]), ["company_offerings"] : getRefValue(refs["ref_company_offerings"]), ["company_website"] : getRefValue(refs["ref_company_website"]), ["company_phone"] : getRefValue(refs["ref_company_phone"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.portal___settings___state____portal_settings_state.save_company", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_0726dd349a51c6a4eb763d7fe67f443f }))},children)
    )
});
Form_root_f473667487565e71a34c31811a75ce0c_10868a8e.displayName = "Form";
return Form_root_f473667487565e71a34c31811a75ce0c_10868a8e;
})();

export const Bare_comp_1aa8efc27c5724c86b2fe9750802208c_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_1aa8efc27c5724c86b2fe9750802208c_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        reflex___state____state__portal___settings___state____portal_settings_state.password_error_rx_state_
    )
});
Bare_comp_1aa8efc27c5724c86b2fe9750802208c_10868a8e.displayName = "Bare";
return Bare_comp_1aa8efc27c5724c86b2fe9750802208c_10868a8e;
})();

export const Cond_comp_3957e9d8869914dadb8a47b1f3af19b1_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_3957e9d8869914dadb8a47b1f3af19b1_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!((reflex___state____state__portal___settings___state____portal_settings_state.password_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3957e9d8869914dadb8a47b1f3af19b1_10868a8e.displayName = "Cond";
return Cond_comp_3957e9d8869914dadb8a47b1f3af19b1_10868a8e;
})();

export const Bare_comp_465c45e5d637e0428e1448f9d0665e2a_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_465c45e5d637e0428e1448f9d0665e2a_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (isTrue(reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["current"]) ? reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["current"] : "")
    )
});
Bare_comp_465c45e5d637e0428e1448f9d0665e2a_10868a8e.displayName = "Bare";
return Bare_comp_465c45e5d637e0428e1448f9d0665e2a_10868a8e;
})();

export const Cond_comp_2c6aec577511ea5a0604b50f5933f930_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_2c6aec577511ea5a0604b50f5933f930_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!(((isTrue(reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["current"]) ? reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["current"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2c6aec577511ea5a0604b50f5933f930_10868a8e.displayName = "Cond";
return Cond_comp_2c6aec577511ea5a0604b50f5933f930_10868a8e;
})();

export const Bare_comp_7673ffe9077fe1901ac0e5fa7e82109d_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_7673ffe9077fe1901ac0e5fa7e82109d_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (isTrue(reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["password"]) ? reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["password"] : "")
    )
});
Bare_comp_7673ffe9077fe1901ac0e5fa7e82109d_10868a8e.displayName = "Bare";
return Bare_comp_7673ffe9077fe1901ac0e5fa7e82109d_10868a8e;
})();

export const Cond_comp_8f3b5aea9e39e9e0441cfef513d4108f_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_8f3b5aea9e39e9e0441cfef513d4108f_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!(((isTrue(reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["password"]) ? reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["password"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8f3b5aea9e39e9e0441cfef513d4108f_10868a8e.displayName = "Cond";
return Cond_comp_8f3b5aea9e39e9e0441cfef513d4108f_10868a8e;
})();

export const Bare_comp_9f0e87c9b3046dd34dac881ef454bf64_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_9f0e87c9b3046dd34dac881ef454bf64_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (isTrue(reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["confirm"]) ? reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["confirm"] : "")
    )
});
Bare_comp_9f0e87c9b3046dd34dac881ef454bf64_10868a8e.displayName = "Bare";
return Bare_comp_9f0e87c9b3046dd34dac881ef454bf64_10868a8e;
})();

export const Cond_comp_bbba7c295939e662c2e933aba8b37065_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_bbba7c295939e662c2e933aba8b37065_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (!(((isTrue(reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["confirm"]) ? reflex___state____state__portal___settings___state____portal_settings_state.password_errors_rx_state_?.["confirm"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bbba7c295939e662c2e933aba8b37065_10868a8e.displayName = "Cond";
return Cond_comp_bbba7c295939e662c2e933aba8b37065_10868a8e;
})();

export const Form_root_29ecc94e6f53e06e79887b35dc03af33_10868a8e = /*#__PURE__*/ (() => {
const Form_root_29ecc94e6f53e06e79887b35dc03af33_10868a8e = memo(({children, ...rest}) => {
    
    const handleSubmit_a5b81ce722859cbf6fa2a7e5e2bd4dd4 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["current"] : getRefValue(refs["ref_current"]), ["password"] : getRefValue(refs["ref_password"]), ["confirm"] : getRefValue(refs["ref_confirm"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.portal___settings___state____portal_settings_state.change_password", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_a5b81ce722859cbf6fa2a7e5e2bd4dd4 }))},children)
    )
});
Form_root_29ecc94e6f53e06e79887b35dc03af33_10868a8e.displayName = "Form";
return Form_root_29ecc94e6f53e06e79887b35dc03af33_10868a8e;
})();

export const Cond_comp_ce8b8a249e5084965951e50d0e312355_10868a8e = /*#__PURE__*/ (() => {
const Cond_comp_ce8b8a249e5084965951e50d0e312355_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___settings___state____portal_settings_state = useStateContext("reflex___state____state.portal___settings___state____portal_settings_state")
    return(
        (reflex___state____state__portal___settings___state____portal_settings_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ce8b8a249e5084965951e50d0e312355_10868a8e.displayName = "Cond";
return Cond_comp_ce8b8a249e5084965951e50d0e312355_10868a8e;
})();

export const Bare_comp_00bf96ea97ad53747f05970981777ced_10868a8e = /*#__PURE__*/ (() => {
const Bare_comp_00bf96ea97ad53747f05970981777ced_10868a8e = memo(({children}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["title"]
    )
});
Bare_comp_00bf96ea97ad53747f05970981777ced_10868a8e.displayName = "Bare";
return Bare_comp_00bf96ea97ad53747f05970981777ced_10868a8e;
})();

export const Html_div_3a69dcd7017865310b6696d6a9e738ba_10868a8e = /*#__PURE__*/ (() => {
const Html_div_3a69dcd7017865310b6696d6a9e738ba_10868a8e = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx("div",{...mergeSlotProps(rest, ({ className:"rx-Html", dangerouslySetInnerHTML:({ ["__html"] : reflex___state____state__portal___popups___state____popup_state.current_rx_state_?.["body_html"] }) }))},)
    )
});
Html_div_3a69dcd7017865310b6696d6a9e738ba_10868a8e.displayName = "Html";
return Html_div_3a69dcd7017865310b6696d6a9e738ba_10868a8e;
})();

export const Button_button_5409b7575752b2ba28ca56ed0880726d_10868a8e = /*#__PURE__*/ (() => {
const Button_button_5409b7575752b2ba28ca56ed0880726d_10868a8e = memo(({children, ...rest}) => {
    const on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.later", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_e6ab4db9f2ccfdc0ba2f33d9899e1d49, variant:"soft" }))},children)
    )
});
Button_button_5409b7575752b2ba28ca56ed0880726d_10868a8e.displayName = "Button";
return Button_button_5409b7575752b2ba28ca56ed0880726d_10868a8e;
})();

export const Button_button_53a3e39e688b3b55fcadd93546e681ae_10868a8e = /*#__PURE__*/ (() => {
const Button_button_53a3e39e688b3b55fcadd93546e681ae_10868a8e = memo(({children, ...rest}) => {
    const on_click_e6b13249cd78c80e9d7fe2a4ae364570 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___popups___state____popup_state.mark_read", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_e6b13249cd78c80e9d7fe2a4ae364570 }))},children)
    )
});
Button_button_53a3e39e688b3b55fcadd93546e681ae_10868a8e.displayName = "Button";
return Button_button_53a3e39e688b3b55fcadd93546e681ae_10868a8e;
})();

export const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_10868a8e = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_10868a8e = memo(({children, ...rest}) => {
    const reflex___state____state__portal___popups___state____popup_state = useStateContext("reflex___state____state.portal___popups___state____popup_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ open:(reflex___state____state__portal___popups___state____popup_state.queue_rx_state_.length > 0) }))},children)
    )
});
Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_10868a8e.displayName = "DialogRoot";
return Dialogroot_dialog__root_ad84c073a8b5621f3a351908f7e2d489_10868a8e;
})();
