
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect} from "react"
import {Button as RadixThemesButton} from "@radix-ui/themes"
import {addEvents} from "$/utils/context"








export const Bare_comp_a8cf8d357b21d507bda9a6dabbfa6077_1bbdf9db = /*#__PURE__*/ (() => {
const Bare_comp_a8cf8d357b21d507bda9a6dabbfa6077_1bbdf9db = memo(({children}) => {
    const reflex___state____state__portal___terms___state____terms_state = useStateContext("reflex___state____state.portal___terms___state____terms_state")
    return(
        reflex___state____state__portal___terms___state____terms_state.error_rx_state_
    )
});
Bare_comp_a8cf8d357b21d507bda9a6dabbfa6077_1bbdf9db.displayName = "Bare";
return Bare_comp_a8cf8d357b21d507bda9a6dabbfa6077_1bbdf9db;
})();

export const Cond_comp_ee6cccfc8ffa288ac93da78726062f26_1bbdf9db = /*#__PURE__*/ (() => {
const Cond_comp_ee6cccfc8ffa288ac93da78726062f26_1bbdf9db = memo(({children}) => {
    const reflex___state____state__portal___terms___state____terms_state = useStateContext("reflex___state____state.portal___terms___state____terms_state")
    return(
        (!((reflex___state____state__portal___terms___state____terms_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ee6cccfc8ffa288ac93da78726062f26_1bbdf9db.displayName = "Cond";
return Cond_comp_ee6cccfc8ffa288ac93da78726062f26_1bbdf9db;
})();

export const Bare_comp_63e1cf5954462a6e4f28ed8dd3edb44f_1bbdf9db = /*#__PURE__*/ (() => {
const Bare_comp_63e1cf5954462a6e4f28ed8dd3edb44f_1bbdf9db = memo(({children}) => {
    const reflex___state____state__portal___terms___state____terms_state = useStateContext("reflex___state____state.portal___terms___state____terms_state")
    return(
        reflex___state____state__portal___terms___state____terms_state.text_rx_state_
    )
});
Bare_comp_63e1cf5954462a6e4f28ed8dd3edb44f_1bbdf9db.displayName = "Bare";
return Bare_comp_63e1cf5954462a6e4f28ed8dd3edb44f_1bbdf9db;
})();

export const Cond_comp_4ffce6c7eb9dd71155e45d856d5cf087_1bbdf9db = /*#__PURE__*/ (() => {
const Cond_comp_4ffce6c7eb9dd71155e45d856d5cf087_1bbdf9db = memo(({children}) => {
    const reflex___state____state__portal___terms___state____terms_state = useStateContext("reflex___state____state.portal___terms___state____terms_state")
    return(
        (reflex___state____state__portal___terms___state____terms_state.opt_in_emails_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4ffce6c7eb9dd71155e45d856d5cf087_1bbdf9db.displayName = "Cond";
return Cond_comp_4ffce6c7eb9dd71155e45d856d5cf087_1bbdf9db;
})();

export const Button_button_f17520ddf037d855b8946dc6d5df7b7f_1bbdf9db = /*#__PURE__*/ (() => {
const Button_button_f17520ddf037d855b8946dc6d5df7b7f_1bbdf9db = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83, variant:"soft" }))},children)
    )
});
Button_button_f17520ddf037d855b8946dc6d5df7b7f_1bbdf9db.displayName = "Button";
return Button_button_f17520ddf037d855b8946dc6d5df7b7f_1bbdf9db;
})();

export const Button_button_b9b4421559a9407422d9ffec6768d6f0_1bbdf9db = /*#__PURE__*/ (() => {
const Button_button_b9b4421559a9407422d9ffec6768d6f0_1bbdf9db = memo(({children, ...rest}) => {
    const on_click_20f58ef27dfd97a1d93b81f6edf5b082 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.portal___terms___state____terms_state.accept", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_20f58ef27dfd97a1d93b81f6edf5b082, size:"3" }))},children)
    )
});
Button_button_b9b4421559a9407422d9ffec6768d6f0_1bbdf9db.displayName = "Button";
return Button_button_b9b4421559a9407422d9ffec6768d6f0_1bbdf9db;
})();

export const Cond_comp_06320515005594c1c0f8ebe34bc06728_1bbdf9db = /*#__PURE__*/ (() => {
const Cond_comp_06320515005594c1c0f8ebe34bc06728_1bbdf9db = memo(({children}) => {
    const reflex___state____state__portal___terms___state____terms_state = useStateContext("reflex___state____state.portal___terms___state____terms_state")
    return(
        (reflex___state____state__portal___terms___state____terms_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_06320515005594c1c0f8ebe34bc06728_1bbdf9db.displayName = "Cond";
return Cond_comp_06320515005594c1c0f8ebe34bc06728_1bbdf9db;
})();
