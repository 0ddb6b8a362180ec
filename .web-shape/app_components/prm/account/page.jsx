
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect} from "react"
import {Button as RadixThemesButton,Link as RadixThemesLink} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"








export const Bare_comp_2109b20a342ee8be7aa119a30b0d134b_93d7f635 = /*#__PURE__*/ (() => {
const Bare_comp_2109b20a342ee8be7aa119a30b0d134b_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____login_state = useStateContext("reflex___state____state.prm___account___state____login_state")
    return(
        reflex___state____state__prm___account___state____login_state.program_rx_state_
    )
});
Bare_comp_2109b20a342ee8be7aa119a30b0d134b_93d7f635.displayName = "Bare";
return Bare_comp_2109b20a342ee8be7aa119a30b0d134b_93d7f635;
})();

export const Bare_comp_22c382fcf98e49c9606dd9f6d169ddc7_93d7f635 = /*#__PURE__*/ (() => {
const Bare_comp_22c382fcf98e49c9606dd9f6d169ddc7_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____login_state = useStateContext("reflex___state____state.prm___account___state____login_state")
    return(
        reflex___state____state__prm___account___state____login_state.notice_rx_state_
    )
});
Bare_comp_22c382fcf98e49c9606dd9f6d169ddc7_93d7f635.displayName = "Bare";
return Bare_comp_22c382fcf98e49c9606dd9f6d169ddc7_93d7f635;
})();

export const Cond_comp_41439d546a3006eb6a000948f8bfbfb7_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_41439d546a3006eb6a000948f8bfbfb7_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____login_state = useStateContext("reflex___state____state.prm___account___state____login_state")
    return(
        (!((reflex___state____state__prm___account___state____login_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_41439d546a3006eb6a000948f8bfbfb7_93d7f635.displayName = "Cond";
return Cond_comp_41439d546a3006eb6a000948f8bfbfb7_93d7f635;
})();

export const Bare_comp_04d1a67752384e9dd11c7117b48f4940_93d7f635 = /*#__PURE__*/ (() => {
const Bare_comp_04d1a67752384e9dd11c7117b48f4940_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____login_state = useStateContext("reflex___state____state.prm___account___state____login_state")
    return(
        reflex___state____state__prm___account___state____login_state.error_rx_state_
    )
});
Bare_comp_04d1a67752384e9dd11c7117b48f4940_93d7f635.displayName = "Bare";
return Bare_comp_04d1a67752384e9dd11c7117b48f4940_93d7f635;
})();

export const Cond_comp_4288c45c4f26438dbdf22c14f8a14a5e_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_4288c45c4f26438dbdf22c14f8a14a5e_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____login_state = useStateContext("reflex___state____state.prm___account___state____login_state")
    return(
        (!((reflex___state____state__prm___account___state____login_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4288c45c4f26438dbdf22c14f8a14a5e_93d7f635.displayName = "Cond";
return Cond_comp_4288c45c4f26438dbdf22c14f8a14a5e_93d7f635;
})();

export const Button_button_2e0db2ab80e8abe001f9f43efc81d0b5_93d7f635 = /*#__PURE__*/ (() => {
const Button_button_2e0db2ab80e8abe001f9f43efc81d0b5_93d7f635 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___account___state____login_state = useStateContext("reflex___state____state.prm___account___state____login_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), loading:reflex___state____state__prm___account___state____login_state.busy_rx_state_, size:"3", type:"submit" }))},children)
    )
});
Button_button_2e0db2ab80e8abe001f9f43efc81d0b5_93d7f635.displayName = "Button";
return Button_button_2e0db2ab80e8abe001f9f43efc81d0b5_93d7f635;
})();

export const Link_link_3d2c0e435eafd3feb6291d6a5d3038c8_93d7f635 = /*#__PURE__*/ (() => {
const Link_link_3d2c0e435eafd3feb6291d6a5d3038c8_93d7f635 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___account___state____login_state = useStateContext("reflex___state____state.prm___account___state____login_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:(reflex___state____state__prm___account___state____login_state.is_admin_login_rx_state_ ? "/admin/forgot-password" : "/portal/forgot-password")},"Forgot password?"))
    )
});
Link_link_3d2c0e435eafd3feb6291d6a5d3038c8_93d7f635.displayName = "Link";
return Link_link_3d2c0e435eafd3feb6291d6a5d3038c8_93d7f635;
})();

export const Cond_comp_b1bf755c820a022ef728e19e695ecb50_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_b1bf755c820a022ef728e19e695ecb50_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____login_state = useStateContext("reflex___state____state.prm___account___state____login_state")
    return(
        (!(reflex___state____state__prm___account___state____login_state.is_admin_login_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b1bf755c820a022ef728e19e695ecb50_93d7f635.displayName = "Cond";
return Cond_comp_b1bf755c820a022ef728e19e695ecb50_93d7f635;
})();

export const Cond_comp_140d7e088d759c81fa9b8b13dab85b11_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_140d7e088d759c81fa9b8b13dab85b11_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____login_state = useStateContext("reflex___state____state.prm___account___state____login_state")
    return(
        (reflex___state____state__prm___account___state____login_state.is_admin_login_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_140d7e088d759c81fa9b8b13dab85b11_93d7f635.displayName = "Cond";
return Cond_comp_140d7e088d759c81fa9b8b13dab85b11_93d7f635;
})();

export const Cond_comp_634cd543f5beac7ccf791522b0db49e9_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_634cd543f5beac7ccf791522b0db49e9_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____login_state = useStateContext("reflex___state____state.prm___account___state____login_state")
    return(
        (reflex___state____state__prm___account___state____login_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_634cd543f5beac7ccf791522b0db49e9_93d7f635.displayName = "Cond";
return Cond_comp_634cd543f5beac7ccf791522b0db49e9_93d7f635;
})();

export const Form_root_23d71b6fb101eccf103ae48326f50afe_93d7f635 = /*#__PURE__*/ (() => {
const Form_root_23d71b6fb101eccf103ae48326f50afe_93d7f635 = memo(({children, ...rest}) => {
    
    const handleSubmit_59ef03ca931f484b338c3fec0573bdc9 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["email"] : getRefValue(refs["ref_email"]), ["password"] : getRefValue(refs["ref_password"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.prm___account___state____login_state.submit", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_59ef03ca931f484b338c3fec0573bdc9 }))},children)
    )
});
Form_root_23d71b6fb101eccf103ae48326f50afe_93d7f635.displayName = "Form";
return Form_root_23d71b6fb101eccf103ae48326f50afe_93d7f635;
})();

export const Bare_comp_b73d84ec9ec97f2c1ff3a818b9c48e82_93d7f635 = /*#__PURE__*/ (() => {
const Bare_comp_b73d84ec9ec97f2c1ff3a818b9c48e82_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____forgot_password_state = useStateContext("reflex___state____state.prm___account___state____forgot_password_state")
    return(
        reflex___state____state__prm___account___state____forgot_password_state.error_rx_state_
    )
});
Bare_comp_b73d84ec9ec97f2c1ff3a818b9c48e82_93d7f635.displayName = "Bare";
return Bare_comp_b73d84ec9ec97f2c1ff3a818b9c48e82_93d7f635;
})();

export const Cond_comp_576ded2a84bd29db52916f0af22d2cb9_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_576ded2a84bd29db52916f0af22d2cb9_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____forgot_password_state = useStateContext("reflex___state____state.prm___account___state____forgot_password_state")
    return(
        (!((reflex___state____state__prm___account___state____forgot_password_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_576ded2a84bd29db52916f0af22d2cb9_93d7f635.displayName = "Cond";
return Cond_comp_576ded2a84bd29db52916f0af22d2cb9_93d7f635;
})();

export const Cond_comp_4d0ffb1c9eb6453baa08659140b22707_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_4d0ffb1c9eb6453baa08659140b22707_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____forgot_password_state = useStateContext("reflex___state____state.prm___account___state____forgot_password_state")
    return(
        (reflex___state____state__prm___account___state____forgot_password_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4d0ffb1c9eb6453baa08659140b22707_93d7f635.displayName = "Cond";
return Cond_comp_4d0ffb1c9eb6453baa08659140b22707_93d7f635;
})();

export const Form_root_d3c6ac41d40885b6ea340c23c3c25447_93d7f635 = /*#__PURE__*/ (() => {
const Form_root_d3c6ac41d40885b6ea340c23c3c25447_93d7f635 = memo(({children, ...rest}) => {
    
    const handleSubmit_223c361f4da59ffba14468495e33a211 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["email"] : getRefValue(refs["ref_email"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.prm___account___state____forgot_password_state.submit", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_223c361f4da59ffba14468495e33a211 }))},children)
    )
});
Form_root_d3c6ac41d40885b6ea340c23c3c25447_93d7f635.displayName = "Form";
return Form_root_d3c6ac41d40885b6ea340c23c3c25447_93d7f635;
})();

export const Cond_comp_7828c386b8490013cee4d43d38b33879_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_7828c386b8490013cee4d43d38b33879_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____forgot_password_state = useStateContext("reflex___state____state.prm___account___state____forgot_password_state")
    return(
        (reflex___state____state__prm___account___state____forgot_password_state.sent_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7828c386b8490013cee4d43d38b33879_93d7f635.displayName = "Cond";
return Cond_comp_7828c386b8490013cee4d43d38b33879_93d7f635;
})();

export const Link_link_7f4fcef387e7aec43c03a1a0b4fa9f9e_93d7f635 = /*#__PURE__*/ (() => {
const Link_link_7f4fcef387e7aec43c03a1a0b4fa9f9e_93d7f635 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:reflex___state____state__prm___account___state____set_password_state.login_href_rx_state_},jsx(RadixThemesButton,{size:"3"},"Go to log in")))
    )
});
Link_link_7f4fcef387e7aec43c03a1a0b4fa9f9e_93d7f635.displayName = "Link";
return Link_link_7f4fcef387e7aec43c03a1a0b4fa9f9e_93d7f635;
})();

export const Bare_comp_bba559f56c298eb2079a1b23fcafcc4d_93d7f635 = /*#__PURE__*/ (() => {
const Bare_comp_bba559f56c298eb2079a1b23fcafcc4d_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        reflex___state____state__prm___account___state____set_password_state.email_rx_state_
    )
});
Bare_comp_bba559f56c298eb2079a1b23fcafcc4d_93d7f635.displayName = "Bare";
return Bare_comp_bba559f56c298eb2079a1b23fcafcc4d_93d7f635;
})();

export const Bare_comp_4aa73ce5e4258f42b7e69635b88e8414_93d7f635 = /*#__PURE__*/ (() => {
const Bare_comp_4aa73ce5e4258f42b7e69635b88e8414_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        reflex___state____state__prm___account___state____set_password_state.error_rx_state_
    )
});
Bare_comp_4aa73ce5e4258f42b7e69635b88e8414_93d7f635.displayName = "Bare";
return Bare_comp_4aa73ce5e4258f42b7e69635b88e8414_93d7f635;
})();

export const Cond_comp_d0ed586b9944eb37a0f709f9c653189c_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_d0ed586b9944eb37a0f709f9c653189c_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        (!((reflex___state____state__prm___account___state____set_password_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d0ed586b9944eb37a0f709f9c653189c_93d7f635.displayName = "Cond";
return Cond_comp_d0ed586b9944eb37a0f709f9c653189c_93d7f635;
})();

export const Bare_comp_cbeef8f1282501e8db225b2ff98cf91e_93d7f635 = /*#__PURE__*/ (() => {
const Bare_comp_cbeef8f1282501e8db225b2ff98cf91e_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        (isTrue(reflex___state____state__prm___account___state____set_password_state.field_errors_rx_state_?.["password"]) ? reflex___state____state__prm___account___state____set_password_state.field_errors_rx_state_?.["password"] : "")
    )
});
Bare_comp_cbeef8f1282501e8db225b2ff98cf91e_93d7f635.displayName = "Bare";
return Bare_comp_cbeef8f1282501e8db225b2ff98cf91e_93d7f635;
})();

export const Cond_comp_f4ed7064f5da1456d17d6a67a7d5d8f3_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_f4ed7064f5da1456d17d6a67a7d5d8f3_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        (!(((isTrue(reflex___state____state__prm___account___state____set_password_state.field_errors_rx_state_?.["password"]) ? reflex___state____state__prm___account___state____set_password_state.field_errors_rx_state_?.["password"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f4ed7064f5da1456d17d6a67a7d5d8f3_93d7f635.displayName = "Cond";
return Cond_comp_f4ed7064f5da1456d17d6a67a7d5d8f3_93d7f635;
})();

export const Bare_comp_0323b45fd2cb552809bc225609c1c389_93d7f635 = /*#__PURE__*/ (() => {
const Bare_comp_0323b45fd2cb552809bc225609c1c389_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        (isTrue(reflex___state____state__prm___account___state____set_password_state.field_errors_rx_state_?.["confirm"]) ? reflex___state____state__prm___account___state____set_password_state.field_errors_rx_state_?.["confirm"] : "")
    )
});
Bare_comp_0323b45fd2cb552809bc225609c1c389_93d7f635.displayName = "Bare";
return Bare_comp_0323b45fd2cb552809bc225609c1c389_93d7f635;
})();

export const Cond_comp_153f0e4bb8d43b352a1d338cf3d5c8d9_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_153f0e4bb8d43b352a1d338cf3d5c8d9_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        (!(((isTrue(reflex___state____state__prm___account___state____set_password_state.field_errors_rx_state_?.["confirm"]) ? reflex___state____state__prm___account___state____set_password_state.field_errors_rx_state_?.["confirm"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_153f0e4bb8d43b352a1d338cf3d5c8d9_93d7f635.displayName = "Cond";
return Cond_comp_153f0e4bb8d43b352a1d338cf3d5c8d9_93d7f635;
})();

export const Form_root_27fd944b7ecd29cac99af5ec0dc6f30d_93d7f635 = /*#__PURE__*/ (() => {
const Form_root_27fd944b7ecd29cac99af5ec0dc6f30d_93d7f635 = memo(({children, ...rest}) => {
    
    const handleSubmit_24ed9f962efa2fad2ecb36432b430cdf = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["password"] : getRefValue(refs["ref_password"]), ["confirm"] : getRefValue(refs["ref_confirm"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.prm___account___state____set_password_state.submit", ({ ["form_data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_24ed9f962efa2fad2ecb36432b430cdf }))},children)
    )
});
Form_root_27fd944b7ecd29cac99af5ec0dc6f30d_93d7f635.displayName = "Form";
return Form_root_27fd944b7ecd29cac99af5ec0dc6f30d_93d7f635;
})();

export const Cond_comp_fec4a121bd2a5c037a5c3c85d98004bc_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_fec4a121bd2a5c037a5c3c85d98004bc_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        (reflex___state____state__prm___account___state____set_password_state.invalid_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fec4a121bd2a5c037a5c3c85d98004bc_93d7f635.displayName = "Cond";
return Cond_comp_fec4a121bd2a5c037a5c3c85d98004bc_93d7f635;
})();

export const Cond_comp_67592160a5da6b27f312899aaa1ac976_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_67592160a5da6b27f312899aaa1ac976_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        (reflex___state____state__prm___account___state____set_password_state.done_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_67592160a5da6b27f312899aaa1ac976_93d7f635.displayName = "Cond";
return Cond_comp_67592160a5da6b27f312899aaa1ac976_93d7f635;
})();

export const Cond_comp_80f286fc727478032489e2fdc83d461a_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_80f286fc727478032489e2fdc83d461a_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        (!(reflex___state____state__prm___account___state____set_password_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_80f286fc727478032489e2fdc83d461a_93d7f635.displayName = "Cond";
return Cond_comp_80f286fc727478032489e2fdc83d461a_93d7f635;
})();

export const Cond_comp_8c8656f3ae2fb33152bd0f2af93658c1_93d7f635 = /*#__PURE__*/ (() => {
const Cond_comp_8c8656f3ae2fb33152bd0f2af93658c1_93d7f635 = memo(({children}) => {
    const reflex___state____state__prm___account___state____set_password_state = useStateContext("reflex___state____state.prm___account___state____set_password_state")
    return(
        (reflex___state____state__prm___account___state____set_password_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8c8656f3ae2fb33152bd0f2af93658c1_93d7f635.displayName = "Cond";
return Cond_comp_8c8656f3ae2fb33152bd0f2af93658c1_93d7f635;
})();
