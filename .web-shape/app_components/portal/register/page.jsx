
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"
import {Button as RadixThemesButton,Flex as RadixThemesFlex,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"








export const Bare_comp_67ee5a5b44bebd30df866f417307cf41_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_67ee5a5b44bebd30df866f417307cf41_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        reflex___state____state__portal___register___state____register_state.program_name_rx_state_
    )
});
Bare_comp_67ee5a5b44bebd30df866f417307cf41_f28ad4ee.displayName = "Bare";
return Bare_comp_67ee5a5b44bebd30df866f417307cf41_f28ad4ee;
})();

export const Bare_comp_911178638aff69ecc942bc7198ad6e51_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_911178638aff69ecc942bc7198ad6e51_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (("Your partner account is ready. We emailed "+reflex___state____state__portal___register___state____register_state.email_rx_state_)+" a link to set your password; then log in to the partner portal.")
    )
});
Bare_comp_911178638aff69ecc942bc7198ad6e51_f28ad4ee.displayName = "Bare";
return Bare_comp_911178638aff69ecc942bc7198ad6e51_f28ad4ee;
})();

export const Bare_comp_1dd62869bbd5c5de07f11570ab5eacea_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_1dd62869bbd5c5de07f11570ab5eacea_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (((("Thank you. Your request has been submitted and waits for review by "+reflex___state____state__portal___register___state____register_state.supplier_name_rx_state_)+". We will email ")+reflex___state____state__portal___register___state____register_state.email_rx_state_)+" when it is approved.")
    )
});
Bare_comp_1dd62869bbd5c5de07f11570ab5eacea_f28ad4ee.displayName = "Bare";
return Bare_comp_1dd62869bbd5c5de07f11570ab5eacea_f28ad4ee;
})();

export const Match_comp_4b33e4c754ce6c7ec830fa99a07ffbc6_f28ad4ee = /*#__PURE__*/ (() => {
const Match_comp_4b33e4c754ce6c7ec830fa99a07ffbc6_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__portal___register___state____register_state.outcome_rx_state_)) {
    case JSON.stringify("activated"):
      return children?.at?.(0);
      break;
    case JSON.stringify("pending"):
      return children?.at?.(1);
      break;
    case JSON.stringify("declined"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_4b33e4c754ce6c7ec830fa99a07ffbc6_f28ad4ee.displayName = "Match";
return Match_comp_4b33e4c754ce6c7ec830fa99a07ffbc6_f28ad4ee;
})();

export const Bare_comp_90ebf44252e4797b1371c0aefcb23ea0_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_90ebf44252e4797b1371c0aefcb23ea0_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        reflex___state____state__portal___register___state____register_state.invalid_rx_state_
    )
});
Bare_comp_90ebf44252e4797b1371c0aefcb23ea0_f28ad4ee.displayName = "Bare";
return Bare_comp_90ebf44252e4797b1371c0aefcb23ea0_f28ad4ee;
})();

export const Bare_comp_235e30a6b3625194c224d84b7b55aff4_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_235e30a6b3625194c224d84b7b55aff4_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (("Ask "+reflex___state____state__portal___register___state____register_state.supplier_name_rx_state_)+" for a new invitation:")
    )
});
Bare_comp_235e30a6b3625194c224d84b7b55aff4_f28ad4ee.displayName = "Bare";
return Bare_comp_235e30a6b3625194c224d84b7b55aff4_f28ad4ee;
})();

export const Bare_comp_9f7884cf96601fff55344ed6efc668e4_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_9f7884cf96601fff55344ed6efc668e4_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        reflex___state____state__portal___register___state____register_state.request_error_rx_state_
    )
});
Bare_comp_9f7884cf96601fff55344ed6efc668e4_f28ad4ee.displayName = "Bare";
return Bare_comp_9f7884cf96601fff55344ed6efc668e4_f28ad4ee;
})();

export const Cond_comp_47f488fa22f7943e276e3a39e6468ba2_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_47f488fa22f7943e276e3a39e6468ba2_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!((reflex___state____state__portal___register___state____register_state.request_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_47f488fa22f7943e276e3a39e6468ba2_f28ad4ee.displayName = "Cond";
return Cond_comp_47f488fa22f7943e276e3a39e6468ba2_f28ad4ee;
})();

export const Bare_comp_94929645d1405f541ba253b62e4f8b41_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_94929645d1405f541ba253b62e4f8b41_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (isTrue(reflex___state____state__portal___register___state____register_state.request_errors_rx_state_?.["email"]) ? reflex___state____state__portal___register___state____register_state.request_errors_rx_state_?.["email"] : "")
    )
});
Bare_comp_94929645d1405f541ba253b62e4f8b41_f28ad4ee.displayName = "Bare";
return Bare_comp_94929645d1405f541ba253b62e4f8b41_f28ad4ee;
})();

export const Cond_comp_ebce37da884d69c0a11edd6549335148_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_ebce37da884d69c0a11edd6549335148_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!(((isTrue(reflex___state____state__portal___register___state____register_state.request_errors_rx_state_?.["email"]) ? reflex___state____state__portal___register___state____register_state.request_errors_rx_state_?.["email"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ebce37da884d69c0a11edd6549335148_f28ad4ee.displayName = "Cond";
return Cond_comp_ebce37da884d69c0a11edd6549335148_f28ad4ee;
})();

export const Bare_comp_2b4ccb876ca689b8534a96a9aa2ca445_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_2b4ccb876ca689b8534a96a9aa2ca445_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (isTrue(reflex___state____state__portal___register___state____register_state.request_errors_rx_state_?.["message"]) ? reflex___state____state__portal___register___state____register_state.request_errors_rx_state_?.["message"] : "")
    )
});
Bare_comp_2b4ccb876ca689b8534a96a9aa2ca445_f28ad4ee.displayName = "Bare";
return Bare_comp_2b4ccb876ca689b8534a96a9aa2ca445_f28ad4ee;
})();

export const Cond_comp_48b246a7ca88f744e6823a58faefca32_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_48b246a7ca88f744e6823a58faefca32_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!(((isTrue(reflex___state____state__portal___register___state____register_state.request_errors_rx_state_?.["message"]) ? reflex___state____state__portal___register___state____register_state.request_errors_rx_state_?.["message"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_48b246a7ca88f744e6823a58faefca32_f28ad4ee.displayName = "Cond";
return Cond_comp_48b246a7ca88f744e6823a58faefca32_f28ad4ee;
})();

export const Form_root_401fae564178b630bbccf46891ba10ae_f28ad4ee = /*#__PURE__*/ (() => {
const Form_root_401fae564178b630bbccf46891ba10ae_f28ad4ee = memo(({children, ...rest}) => {
    
    const handleSubmit_803f15e894077b560acc4c51caf33842 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["request_email"] : getRefValue(refs["ref_request_email"]), ["request_message"] : getRefValue(refs["ref_request_message"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.portal___register___state____register_state.ask_for_invitation", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_803f15e894077b560acc4c51caf33842 }))},children)
    )
});
Form_root_401fae564178b630bbccf46891ba10ae_f28ad4ee.displayName = "Form";
return Form_root_401fae564178b630bbccf46891ba10ae_f28ad4ee;
})();

export const Cond_comp_3c12a2423dc2662854ee764f1523cdf0_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_3c12a2423dc2662854ee764f1523cdf0_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (reflex___state____state__portal___register___state____register_state.request_sent_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3c12a2423dc2662854ee764f1523cdf0_f28ad4ee.displayName = "Cond";
return Cond_comp_3c12a2423dc2662854ee764f1523cdf0_f28ad4ee;
})();

export const Bare_comp_1fc1331e37e0116d5355671c33fddfea_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_1fc1331e37e0116d5355671c33fddfea_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (reflex___state____state__portal___register___state____register_state.invited_rx_state_ ? "Accept your invitation" : "Become a partner")
    )
});
Bare_comp_1fc1331e37e0116d5355671c33fddfea_f28ad4ee.displayName = "Bare";
return Bare_comp_1fc1331e37e0116d5355671c33fddfea_f28ad4ee;
})();

export const Bare_comp_a0af6c0ed04e507d0e78aef08b4704d8_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_a0af6c0ed04e507d0e78aef08b4704d8_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (reflex___state____state__portal___register___state____register_state.invited_rx_state_ ? (((reflex___state____state__portal___register___state____register_state.supplier_name_rx_state_+" invited you to join the ")+reflex___state____state__portal___register___state____register_state.program_name_rx_state_)+". Check your details and submit your application.") : (((("Apply to join the "+reflex___state____state__portal___register___state____register_state.program_name_rx_state_)+" of ")+reflex___state____state__portal___register___state____register_state.supplier_name_rx_state_)+"."))
    )
});
Bare_comp_a0af6c0ed04e507d0e78aef08b4704d8_f28ad4ee.displayName = "Bare";
return Bare_comp_a0af6c0ed04e507d0e78aef08b4704d8_f28ad4ee;
})();

export const Bare_comp_239589e459e4ba11f5b68aa4bfacd12e_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_239589e459e4ba11f5b68aa4bfacd12e_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        reflex___state____state__portal___register___state____register_state.error_rx_state_
    )
});
Bare_comp_239589e459e4ba11f5b68aa4bfacd12e_f28ad4ee.displayName = "Bare";
return Bare_comp_239589e459e4ba11f5b68aa4bfacd12e_f28ad4ee;
})();

export const Cond_comp_214e4594c27d80cf8e3e9dbff9149ec2_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_214e4594c27d80cf8e3e9dbff9149ec2_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!((reflex___state____state__portal___register___state____register_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_214e4594c27d80cf8e3e9dbff9149ec2_f28ad4ee.displayName = "Cond";
return Cond_comp_214e4594c27d80cf8e3e9dbff9149ec2_f28ad4ee;
})();

export const Textfieldroot_textfield__root_a293e29ec92d340f7c6488b6379e3000_f28ad4ee = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_a293e29ec92d340f7c6488b6379e3000_f28ad4ee = memo(({children, ...rest}) => {
    const ref_company_name = useRef(null); refs["ref_company_name"] = ref_company_name;
const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ autoComplete:"organization", css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__portal___register___state____register_state.company_name_rx_state_, id:"company_name", key:(reflex___state____state__portal___register___state____register_state.company_name_rx_state_+"cn"), name:"company_name", ref:ref_company_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_a293e29ec92d340f7c6488b6379e3000_f28ad4ee.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_a293e29ec92d340f7c6488b6379e3000_f28ad4ee;
})();

export const Bare_comp_1f182c75dd0439dca5a6544e520900f9_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_1f182c75dd0439dca5a6544e520900f9_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (isTrue(reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["company_name"]) ? reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["company_name"] : "")
    )
});
Bare_comp_1f182c75dd0439dca5a6544e520900f9_f28ad4ee.displayName = "Bare";
return Bare_comp_1f182c75dd0439dca5a6544e520900f9_f28ad4ee;
})();

export const Cond_comp_ea021e4be9428e1100638b836ddf22bc_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_ea021e4be9428e1100638b836ddf22bc_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!(((isTrue(reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["company_name"]) ? reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["company_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ea021e4be9428e1100638b836ddf22bc_f28ad4ee.displayName = "Cond";
return Cond_comp_ea021e4be9428e1100638b836ddf22bc_f28ad4ee;
})();

export const Textfieldroot_textfield__root_38659f372d1a9f6553461c84746d248e_f28ad4ee = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_38659f372d1a9f6553461c84746d248e_f28ad4ee = memo(({children, ...rest}) => {
    const ref_email = useRef(null); refs["ref_email"] = ref_email;
const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ autoComplete:"email", css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__portal___register___state____register_state.email_rx_state_, id:"email", key:(reflex___state____state__portal___register___state____register_state.email_rx_state_+"em"), name:"email", readOnly:reflex___state____state__portal___register___state____register_state.invited_rx_state_, ref:ref_email, size:"3", type:"email", variant:(reflex___state____state__portal___register___state____register_state.invited_rx_state_ ? "soft" : "surface") }))},)
    )
});
Textfieldroot_textfield__root_38659f372d1a9f6553461c84746d248e_f28ad4ee.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_38659f372d1a9f6553461c84746d248e_f28ad4ee;
})();

export const Bare_comp_095037d180f125fb6a31e7e372ee9b45_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_095037d180f125fb6a31e7e372ee9b45_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (isTrue(reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["email"]) ? reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["email"] : "")
    )
});
Bare_comp_095037d180f125fb6a31e7e372ee9b45_f28ad4ee.displayName = "Bare";
return Bare_comp_095037d180f125fb6a31e7e372ee9b45_f28ad4ee;
})();

export const Cond_comp_386f7b242be6a682079495624457cfe8_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_386f7b242be6a682079495624457cfe8_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!(((isTrue(reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["email"]) ? reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["email"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_386f7b242be6a682079495624457cfe8_f28ad4ee.displayName = "Cond";
return Cond_comp_386f7b242be6a682079495624457cfe8_f28ad4ee;
})();

export const Textfieldroot_textfield__root_0a19273bfb53148c2295087fa0a3d24c_f28ad4ee = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_0a19273bfb53148c2295087fa0a3d24c_f28ad4ee = memo(({children, ...rest}) => {
    const ref_first_name = useRef(null); refs["ref_first_name"] = ref_first_name;
const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ autoComplete:"given-name", css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__portal___register___state____register_state.first_name_rx_state_, id:"first_name", key:(reflex___state____state__portal___register___state____register_state.first_name_rx_state_+"fn"), name:"first_name", ref:ref_first_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_0a19273bfb53148c2295087fa0a3d24c_f28ad4ee.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_0a19273bfb53148c2295087fa0a3d24c_f28ad4ee;
})();

export const Bare_comp_d6d0c00b9f5af75931c9577e95d367f8_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_d6d0c00b9f5af75931c9577e95d367f8_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (isTrue(reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["first_name"]) ? reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["first_name"] : "")
    )
});
Bare_comp_d6d0c00b9f5af75931c9577e95d367f8_f28ad4ee.displayName = "Bare";
return Bare_comp_d6d0c00b9f5af75931c9577e95d367f8_f28ad4ee;
})();

export const Cond_comp_63a17f6b3d900796fc1d5d9f0706aa8f_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_63a17f6b3d900796fc1d5d9f0706aa8f_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!(((isTrue(reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["first_name"]) ? reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["first_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_63a17f6b3d900796fc1d5d9f0706aa8f_f28ad4ee.displayName = "Cond";
return Cond_comp_63a17f6b3d900796fc1d5d9f0706aa8f_f28ad4ee;
})();

export const Textfieldroot_textfield__root_b4fb6b0c231cc42e1b671430fc8f17fd_f28ad4ee = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_b4fb6b0c231cc42e1b671430fc8f17fd_f28ad4ee = memo(({children, ...rest}) => {
    const ref_last_name = useRef(null); refs["ref_last_name"] = ref_last_name;
const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ autoComplete:"family-name", css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__portal___register___state____register_state.last_name_rx_state_, id:"last_name", key:(reflex___state____state__portal___register___state____register_state.last_name_rx_state_+"ln"), name:"last_name", ref:ref_last_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_b4fb6b0c231cc42e1b671430fc8f17fd_f28ad4ee.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_b4fb6b0c231cc42e1b671430fc8f17fd_f28ad4ee;
})();

export const Bare_comp_e64928244d979544e04bad3d0fb71f0f_f28ad4ee = /*#__PURE__*/ (() => {
const Bare_comp_e64928244d979544e04bad3d0fb71f0f_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (isTrue(reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["last_name"]) ? reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["last_name"] : "")
    )
});
Bare_comp_e64928244d979544e04bad3d0fb71f0f_f28ad4ee.displayName = "Bare";
return Bare_comp_e64928244d979544e04bad3d0fb71f0f_f28ad4ee;
})();

export const Cond_comp_96b6caa8b54eaa99fae0363992c79e37_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_96b6caa8b54eaa99fae0363992c79e37_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!(((isTrue(reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["last_name"]) ? reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.["last_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_96b6caa8b54eaa99fae0363992c79e37_f28ad4ee.displayName = "Cond";
return Cond_comp_96b6caa8b54eaa99fae0363992c79e37_f28ad4ee;
})();

export const Foreach_comp_ff2ab40b5eab4bb828e1b440719c5a2a_f28ad4ee = /*#__PURE__*/ (() => {
const Foreach_comp_ff2ab40b5eab4bb828e1b440719c5a2a_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        Array.prototype.map.call(reflex___state____state__portal___register___state____register_state.custom_fields_rx_state_ ?? [],((f_rx_state_,index_74405c859dc12b137b47d80432ddf278)=>(jsx(RadixThemesFlex,{align:"stretch",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",key:index_74405c859dc12b137b47d80432ddf278,gap:"1"},jsx("label",{className:"prm-label",htmlFor:("custom_"+f_rx_state_?.["key"])},(f_rx_state_?.["label"]+(!((f_rx_state_?.["required"]?.valueOf?.() === ""?.valueOf?.())) ? " *" : ""))),jsx(RadixThemesTextField.Root,{css:({ ["width"] : "100%" }),defaultValue:(isTrue(reflex___state____state__portal___register___state____register_state.custom_values_rx_state_?.[f_rx_state_?.["key"]]) ? reflex___state____state__portal___register___state____register_state.custom_values_rx_state_?.[f_rx_state_?.["key"]] : ""),id:("custom_"+f_rx_state_?.["key"]),name:("custom_"+f_rx_state_?.["key"]),size:"3"},),jsx(Fragment,{},(!(((isTrue(reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])]) ? reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",color:"red",role:"alert",size:"2"},(isTrue(reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])]) ? reflex___state____state__portal___register___state____register_state.field_errors_rx_state_?.[("custom:"+f_rx_state_?.["key"])] : "")))):(jsx(Fragment,{},))))))))
    )
});
Foreach_comp_ff2ab40b5eab4bb828e1b440719c5a2a_f28ad4ee.displayName = "Foreach";
return Foreach_comp_ff2ab40b5eab4bb828e1b440719c5a2a_f28ad4ee;
})();

export const Button_button_738ab60d000278190f93afaca939fabd_f28ad4ee = /*#__PURE__*/ (() => {
const Button_button_738ab60d000278190f93afaca939fabd_f28ad4ee = memo(({children, ...rest}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ loading:reflex___state____state__portal___register___state____register_state.busy_rx_state_, size:"3", type:"submit" }))},children)
    )
});
Button_button_738ab60d000278190f93afaca939fabd_f28ad4ee.displayName = "Button";
return Button_button_738ab60d000278190f93afaca939fabd_f28ad4ee;
})();

export const Button_button_d961f2a8992d08c6ed06b2a9115e6620_f28ad4ee = /*#__PURE__*/ (() => {
const Button_button_d961f2a8992d08c6ed06b2a9115e6620_f28ad4ee = memo(({children, ...rest}) => {
    const on_click_559bbc86b90dcf551e4c619177381be4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___register___state____register_state.decline", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_559bbc86b90dcf551e4c619177381be4, size:"3", type:"button", variant:"soft" }))},children)
    )
});
Button_button_d961f2a8992d08c6ed06b2a9115e6620_f28ad4ee.displayName = "Button";
return Button_button_d961f2a8992d08c6ed06b2a9115e6620_f28ad4ee;
})();

export const Cond_comp_92a9a9eaa12fa3327a04cabf090a52e5_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_92a9a9eaa12fa3327a04cabf090a52e5_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (reflex___state____state__portal___register___state____register_state.invited_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_92a9a9eaa12fa3327a04cabf090a52e5_f28ad4ee.displayName = "Cond";
return Cond_comp_92a9a9eaa12fa3327a04cabf090a52e5_f28ad4ee;
})();

export const Form_root_11a1ad6ef4b02c437608e7aafd673dbc_f28ad4ee = /*#__PURE__*/ (() => {
const Form_root_11a1ad6ef4b02c437608e7aafd673dbc_f28ad4ee = memo(({children, ...rest}) => {
    
    const handleSubmit_ffe13de21c390898c308df3c15fbf46b = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["company_name"] : getRefValue(refs["ref_company_name"]), ["email"] : getRefValue(refs["ref_email"]), ["first_name"] : getRefValue(refs["ref_first_name"]), ["last_name"] : getRefValue(refs["ref_last_name"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.portal___register___state____register_state.submit", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ffe13de21c390898c308df3c15fbf46b }))},children)
    )
});
Form_root_11a1ad6ef4b02c437608e7aafd673dbc_f28ad4ee.displayName = "Form";
return Form_root_11a1ad6ef4b02c437608e7aafd673dbc_f28ad4ee;
})();

export const Cond_comp_2bf05e6a5c81dbedff1859edf3087b8c_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_2bf05e6a5c81dbedff1859edf3087b8c_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!(reflex___state____state__portal___register___state____register_state.invited_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2bf05e6a5c81dbedff1859edf3087b8c_f28ad4ee.displayName = "Cond";
return Cond_comp_2bf05e6a5c81dbedff1859edf3087b8c_f28ad4ee;
})();

export const Cond_comp_26616c87a8b15fac0bee7063efcce8ca_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_26616c87a8b15fac0bee7063efcce8ca_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!((reflex___state____state__portal___register___state____register_state.invalid_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_26616c87a8b15fac0bee7063efcce8ca_f28ad4ee.displayName = "Cond";
return Cond_comp_26616c87a8b15fac0bee7063efcce8ca_f28ad4ee;
})();

export const Cond_comp_336f785c8eec0716ab5794e34be9de8e_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_336f785c8eec0716ab5794e34be9de8e_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!((reflex___state____state__portal___register___state____register_state.outcome_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_336f785c8eec0716ab5794e34be9de8e_f28ad4ee.displayName = "Cond";
return Cond_comp_336f785c8eec0716ab5794e34be9de8e_f28ad4ee;
})();

export const Cond_comp_27c0ddb0ac9ed5618caf230d3dfa470e_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_27c0ddb0ac9ed5618caf230d3dfa470e_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (!(reflex___state____state__portal___register___state____register_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_27c0ddb0ac9ed5618caf230d3dfa470e_f28ad4ee.displayName = "Cond";
return Cond_comp_27c0ddb0ac9ed5618caf230d3dfa470e_f28ad4ee;
})();

export const Cond_comp_4aebb883346e16073ae3694e623ac4c1_f28ad4ee = /*#__PURE__*/ (() => {
const Cond_comp_4aebb883346e16073ae3694e623ac4c1_f28ad4ee = memo(({children}) => {
    const reflex___state____state__portal___register___state____register_state = useStateContext("reflex___state____state.portal___register___state____register_state")
    return(
        (reflex___state____state__portal___register___state____register_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4aebb883346e16073ae3694e623ac4c1_f28ad4ee.displayName = "Cond";
return Cond_comp_4aebb883346e16073ae3694e623ac4c1_f28ad4ee;
})();
