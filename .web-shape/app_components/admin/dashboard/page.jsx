
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps} from "$/utils/state"
import {Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Table as RadixThemesTable,Text as RadixThemesText} from "@radix-ui/themes"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect} from "react"
import {jsx} from "@emotion/react"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"








export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2b2cc762;
})();

export const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_f797b699cff66c0da41b67d07401ce36 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f797b699cff66c0da41b67d07401ce36 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_759eff035321dfdf06ba35ba43daaf36_2b2cc762;
})();

export const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_4baaf7f811c3a1f315089ae6e2e153f6 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/pending-partners", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_4baaf7f811c3a1f315089ae6e2e153f6 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c4267a0245c6836b9a9823e2aceffae6_2b2cc762;
})();

export const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_0f696bc5d20e1c41072a156578b0ef8a = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/invitations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_0f696bc5d20e1c41072a156578b0ef8a }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_9bfad7bb1c5340f2e0badae789b69e47_2b2cc762;
})();

export const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_163b8d6b3c2096b27074124a3c90e66d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/messages", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_163b8d6b3c2096b27074124a3c90e66d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_41fe63ecd1f1ee51e4911da93ca3ebde_2b2cc762;
})();

export const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_bce499f841b39d05e06b660c65afc8b7 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/groups", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_bce499f841b39d05e06b660c65afc8b7 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_8500a9e67ea20cd91e0d2e284ac4046a_2b2cc762;
})();

export const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_9baeac5915f84719190854c6ee59583d = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/leads", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_9baeac5915f84719190854c6ee59583d }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_925ee40e82335477fe559db421980ed4_2b2cc762;
})();

export const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_47002585ca06b489657371635307ad05 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/integrations", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_47002585ca06b489657371635307ad05 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_b74b0d87a7825c76f8d88e5339a1f09e_2b2cc762;
})();

export const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/settings", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_35a80d1fd7fe2d22d2a6b3c1ca839c34 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_d76e472b63103d295a81da64c07074de_2b2cc762;
})();

export const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_f20a52c6c1a768b3cdd35b7866f89a22 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin/outbox", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_f20a52c6c1a768b3cdd35b7866f89a22 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_ceb518db5041992a95c2f4b65dbed8a1_2b2cc762;
})();

export const Cond_comp_ca57bf910541d8ab66114abd37794349_2b2cc762 = /*#__PURE__*/ (() => {
const Cond_comp_ca57bf910541d8ab66114abd37794349_2b2cc762 = memo(({children}) => {
    const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        ((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ca57bf910541d8ab66114abd37794349_2b2cc762.displayName = "Cond";
return Cond_comp_ca57bf910541d8ab66114abd37794349_2b2cc762;
})();

export const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2b2cc762 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2b2cc762 = memo(({children, ...rest}) => {
    const { toggleColorMode } = useContext(ColorModeContext)
const on_click_dedd885ce47a15c1666b026c014cf563 = useCallback(((_e) => (toggleColorMode(_e))), [addEvents, ReflexEvent, toggleColorMode])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ css:({ ["padding"] : "6px", ["background"] : "transparent", ["color"] : "inherit", ["zIndex"] : "20", ["&:hover"] : ({ ["cursor"] : "pointer" }) }), onClick:on_click_dedd885ce47a15c1666b026c014cf563, size:"2", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2b2cc762.displayName = "IconButton";
return Iconbutton_iconbutton_0f06c8fac00c92c8c3f88b17b2bfcc37_2b2cc762;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2b2cc762 = memo(({children, ...rest}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(LucideCircleUser,{size:18},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),size:"2"},reflex___state____state__prm___auth____auth_state.user_email_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2b2cc762.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_09e34565d301f5d9ca2bfda4fa2aad73_2b2cc762;
})();

export const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2b2cc762 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_name_rx_state_
    )
});
Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2b2cc762.displayName = "Bare";
return Bare_comp_b4be6906578ace2429a7a70f0b9cd3d8_2b2cc762;
})();

export const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_2b2cc762 = memo(({children}) => {
    const reflex___state____state__prm___auth____auth_state = useStateContext("reflex___state____state.prm___auth____auth_state")
    return(
        reflex___state____state__prm___auth____auth_state.user_email_rx_state_
    )
});
Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_2b2cc762.displayName = "Bare";
return Bare_comp_0fef6e49725ddfa676b3a8d2df72ae32_2b2cc762;
})();

export const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2b2cc762 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2b2cc762 = memo(({children, ...rest}) => {
    const on_click_d407ef2b5b1877bb5473c0f91a7ccd83 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.prm___auth____auth_state.logout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_d407ef2b5b1877bb5473c0f91a7ccd83 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2b2cc762.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_bd013a2d07b8a0bc9219162214a2fa9b_2b2cc762;
})();

export const Bare_comp_f347129093706504155f515350c4f80a_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_f347129093706504155f515350c4f80a_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        reflex___state____state__admin___dashboard___state____dashboard_state.active_partners_rx_state_
    )
});
Bare_comp_f347129093706504155f515350c4f80a_2b2cc762.displayName = "Bare";
return Bare_comp_f347129093706504155f515350c4f80a_2b2cc762;
})();

export const Bare_comp_c996cfd53c4e7ce18b0d3b1c51a9c766_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_c996cfd53c4e7ce18b0d3b1c51a9c766_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        reflex___state____state__admin___dashboard___state____dashboard_state.pending_partners_rx_state_
    )
});
Bare_comp_c996cfd53c4e7ce18b0d3b1c51a9c766_2b2cc762.displayName = "Bare";
return Bare_comp_c996cfd53c4e7ce18b0d3b1c51a9c766_2b2cc762;
})();

export const Bare_comp_32e5358a14dd545abb1b253232ebab6c_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_32e5358a14dd545abb1b253232ebab6c_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        reflex___state____state__admin___dashboard___state____dashboard_state.partner_users_rx_state_
    )
});
Bare_comp_32e5358a14dd545abb1b253232ebab6c_2b2cc762.displayName = "Bare";
return Bare_comp_32e5358a14dd545abb1b253232ebab6c_2b2cc762;
})();

export const Bare_comp_4c083c282ac04d94e5c8dd8b93144559_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_4c083c282ac04d94e5c8dd8b93144559_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        ((JSON.stringify(reflex___state____state__admin___dashboard___state____dashboard_state.opted_in_users_rx_state_))+" opted in to Supplier Emails")
    )
});
Bare_comp_4c083c282ac04d94e5c8dd8b93144559_2b2cc762.displayName = "Bare";
return Bare_comp_4c083c282ac04d94e5c8dd8b93144559_2b2cc762;
})();

export const Cond_comp_2619c763829e035298375f8db01bf789_2b2cc762 = /*#__PURE__*/ (() => {
const Cond_comp_2619c763829e035298375f8db01bf789_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        (!((((JSON.stringify(reflex___state____state__admin___dashboard___state____dashboard_state.opted_in_users_rx_state_))+" opted in to Supplier Emails")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2619c763829e035298375f8db01bf789_2b2cc762.displayName = "Cond";
return Cond_comp_2619c763829e035298375f8db01bf789_2b2cc762;
})();

export const Bare_comp_da868df47e6a04d5613f2b5aa16090de_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_da868df47e6a04d5613f2b5aa16090de_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        reflex___state____state__admin___dashboard___state____dashboard_state.open_leads_rx_state_
    )
});
Bare_comp_da868df47e6a04d5613f2b5aa16090de_2b2cc762.displayName = "Bare";
return Bare_comp_da868df47e6a04d5613f2b5aa16090de_2b2cc762;
})();

export const Bare_comp_b99e83d01171d9b525f2638f486609a3_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_b99e83d01171d9b525f2638f486609a3_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        ((JSON.stringify(reflex___state____state__admin___dashboard___state____dashboard_state.unassigned_leads_rx_state_))+" unassigned")
    )
});
Bare_comp_b99e83d01171d9b525f2638f486609a3_2b2cc762.displayName = "Bare";
return Bare_comp_b99e83d01171d9b525f2638f486609a3_2b2cc762;
})();

export const Cond_comp_f4ee41f20d0e3d63a6e28b7c6cc374ac_2b2cc762 = /*#__PURE__*/ (() => {
const Cond_comp_f4ee41f20d0e3d63a6e28b7c6cc374ac_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        (!((((JSON.stringify(reflex___state____state__admin___dashboard___state____dashboard_state.unassigned_leads_rx_state_))+" unassigned")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f4ee41f20d0e3d63a6e28b7c6cc374ac_2b2cc762.displayName = "Cond";
return Cond_comp_f4ee41f20d0e3d63a6e28b7c6cc374ac_2b2cc762;
})();

export const Foreach_comp_e4ff70441204e394f5aa23b8ebc54a0e_2b2cc762 = /*#__PURE__*/ (() => {
const Foreach_comp_e4ff70441204e394f5aa23b8ebc54a0e_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___dashboard___state____dashboard_state.leads_by_status_rx_state_ ?? [],((row_rx_state_,index_83cf0193f813b2a5087d8c9cb0742d05)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",key:index_83cf0193f813b2a5087d8c9cb0742d05,gap:"3"},jsx(RadixThemesText,{as:"p",css:({ ["width"] : "190px", ["flexShrink"] : "0" }),size:"2"},row_rx_state_?.["status"]),jsx(RadixThemesBox,{css:({ ["flex"] : "1", ["background"] : "var(--gray-3)", ["borderRadius"] : "5px" })},jsx(RadixThemesBox,{css:({ ["height"] : "10px", ["width"] : row_rx_state_?.["width"], ["background"] : "var(--indigo-9)", ["borderRadius"] : "5px" })},)),jsx(RadixThemesText,{as:"p",css:({ ["width"] : "40px", ["textAlign"] : "right" }),size:"2",weight:"bold"},row_rx_state_?.["count"])))))
    )
});
Foreach_comp_e4ff70441204e394f5aa23b8ebc54a0e_2b2cc762.displayName = "Foreach";
return Foreach_comp_e4ff70441204e394f5aa23b8ebc54a0e_2b2cc762;
})();

export const Foreach_comp_7859af713f531b749832e86ac169ab47_2b2cc762 = /*#__PURE__*/ (() => {
const Foreach_comp_7859af713f531b749832e86ac169ab47_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        Array.prototype.map.call(reflex___state____state__admin___dashboard___state____dashboard_state.recent_accounts_rx_state_ ?? [],((row_rx_state_,index_2707074d70ed1e46582350b72b866c52)=>(jsx(RadixThemesTable.Row,{key:index_2707074d70ed1e46582350b72b866c52},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",weight:"medium"},row_rx_state_?.["name"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Sent"):  return ("green");  break;case JSON.stringify("Delivered"):  return ("green");  break;case JSON.stringify("Accepted"):  return ("green");  break;case JSON.stringify("Closed Won"):  return ("green");  break;case JSON.stringify("Qualified"):  return ("teal");  break;case JSON.stringify("Contacted"):  return ("cyan");  break;case JSON.stringify("Converted to Opportunity"):  return ("teal");  break;case JSON.stringify("Pending"):  return ("amber");  break;case JSON.stringify("Queued"):  return ("amber");  break;case JSON.stringify("Sending"):  return ("amber");  break;case JSON.stringify("Retrying"):  return ("orange");  break;case JSON.stringify("Delivering"):  return ("amber");  break;case JSON.stringify("Revoked"):  return ("gray");  break;case JSON.stringify("New"):  return ("blue");  break;case JSON.stringify("Pending Approval"):  return ("amber");  break;case JSON.stringify("Approved"):  return ("green");  break;case JSON.stringify("Draft"):  return ("gray");  break;case JSON.stringify("Test"):  return ("violet");  break;case JSON.stringify("Inactive"):  return ("gray");  break;case JSON.stringify("Failed"):  return ("red");  break;case JSON.stringify("Rejected"):  return ("red");  break;case JSON.stringify("Closed Lost"):  return ("red");  break;case JSON.stringify("Recalled"):  return ("orange");  break;case JSON.stringify("Open"):  return ("blue");  break;case JSON.stringify("Published"):  return ("green");  break;case JSON.stringify("Scheduled"):  return ("amber");  break;case JSON.stringify("Declined"):  return ("red");  break;case JSON.stringify("Modified"):  return ("amber");  break;default:  return ("gray");  break;};})(),radius:"full",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["tier"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["created"])))))
    )
});
Foreach_comp_7859af713f531b749832e86ac169ab47_2b2cc762.displayName = "Foreach";
return Foreach_comp_7859af713f531b749832e86ac169ab47_2b2cc762;
})();

export const Bare_comp_e09d9e606fb965bf6750d7d260b46223_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_e09d9e606fb965bf6750d7d260b46223_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        reflex___state____state__admin___dashboard___state____dashboard_state.test_partners_rx_state_
    )
});
Bare_comp_e09d9e606fb965bf6750d7d260b46223_2b2cc762.displayName = "Bare";
return Bare_comp_e09d9e606fb965bf6750d7d260b46223_2b2cc762;
})();

export const Bare_comp_858d0d425d392e10aa62f6e83f961b6f_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_858d0d425d392e10aa62f6e83f961b6f_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        reflex___state____state__admin___dashboard___state____dashboard_state.emails_last_7_days_rx_state_
    )
});
Bare_comp_858d0d425d392e10aa62f6e83f961b6f_2b2cc762.displayName = "Bare";
return Bare_comp_858d0d425d392e10aa62f6e83f961b6f_2b2cc762;
})();

export const Bare_comp_e3370b9788e04b629ff83f22b2392095_2b2cc762 = /*#__PURE__*/ (() => {
const Bare_comp_e3370b9788e04b629ff83f22b2392095_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        reflex___state____state__admin___dashboard___state____dashboard_state.new_leads_rx_state_
    )
});
Bare_comp_e3370b9788e04b629ff83f22b2392095_2b2cc762.displayName = "Bare";
return Bare_comp_e3370b9788e04b629ff83f22b2392095_2b2cc762;
})();

export const Cond_comp_71f5b90f3adbb47e64ed252bd7fc1d75_2b2cc762 = /*#__PURE__*/ (() => {
const Cond_comp_71f5b90f3adbb47e64ed252bd7fc1d75_2b2cc762 = memo(({children}) => {
    const reflex___state____state__admin___dashboard___state____dashboard_state = useStateContext("reflex___state____state.admin___dashboard___state____dashboard_state")
    return(
        (reflex___state____state__admin___dashboard___state____dashboard_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_71f5b90f3adbb47e64ed252bd7fc1d75_2b2cc762.displayName = "Cond";
return Cond_comp_71f5b90f3adbb47e64ed252bd7fc1d75_2b2cc762;
})();
