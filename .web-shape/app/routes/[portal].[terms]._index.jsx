import LucideHandshake from "lucide-react/dist/esm/icons/handshake.mjs"
import LucideTriangleAlert from "lucide-react/dist/esm/icons/triangle-alert.mjs"
import LucideMail from "lucide-react/dist/esm/icons/mail.mjs"
import {Box as RadixThemesBox,Callout as RadixThemesCallout,Card as RadixThemesCard,Flex as RadixThemesFlex,Heading as RadixThemesHeading,Text as RadixThemesText} from "@radix-ui/themes"
import {Bare_comp_63e1cf5954462a6e4f28ed8dd3edb44f_1bbdf9db,Bare_comp_a8cf8d357b21d507bda9a6dabbfa6077_1bbdf9db,Button_button_b9b4421559a9407422d9ffec6768d6f0_1bbdf9db,Button_button_f17520ddf037d855b8946dc6d5df7b7f_1bbdf9db,Cond_comp_06320515005594c1c0f8ebe34bc06728_1bbdf9db,Cond_comp_4ffce6c7eb9dd71155e45d856d5cf087_1bbdf9db,Cond_comp_ee6cccfc8ffa288ac93da78726062f26_1bbdf9db} from "$/app_components/portal/terms/page"
import {Fragment,useEffect,useRef} from "react"
import {refs} from "$/utils/state"
import {jsx} from "@emotion/react"





function Component() {
const ref_terms_text = useRef(null); refs["ref_terms_text"] = ref_terms_text;
const ref_page_loaded = useRef(null); refs["ref_page_loaded"] = ref_page_loaded;

  return (
    jsx(Fragment,{},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["minHeight"] : "100vh", ["padding"] : "1rem", ["background"] : "var(--gray-2)" })},jsx(RadixThemesCard,{css:({ ["width"] : "100%", ["maxWidth"] : "440px" }),size:"4"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"4"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["padding"] : "0.45rem", ["borderRadius"] : "8px", ["background"] : "var(--indigo-9)", ["color"] : "white" })},jsx(LucideHandshake,{size:20},)),jsx(RadixThemesText,{as:"p",size:"3",weight:"bold"},"Partner Portal")),jsx(RadixThemesHeading,{as:"h1",css:({ ["marginTop"] : "0.5rem" }),size:"6"},"Terms & Conditions"),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"4"},jsx(RadixThemesText,{as:"p",color:"gray",size:"2"},"Please read and accept them to use the partner portal."),jsx(Fragment,{},jsx(Cond_comp_ee6cccfc8ffa288ac93da78726062f26_1bbdf9db,{},jsx(Fragment,{},jsx(RadixThemesCallout.Root,{color:"red",css:({ ["icon"] : "triangle_alert", ["width"] : "100%" }),role:"alert"},jsx(RadixThemesCallout.Icon,{},jsx(LucideTriangleAlert,{},)),jsx(RadixThemesCallout.Text,{},jsx(Bare_comp_a8cf8d357b21d507bda9a6dabbfa6077_1bbdf9db,{},)))),jsx(Fragment,{},))),jsx(RadixThemesBox,{css:({ ["maxHeight"] : "50vh", ["overflowY"] : "auto", ["padding"] : "1rem", ["borderRadius"] : "8px", ["border"] : "1px solid var(--gray-5)", ["width"] : "100%" }),id:"terms-text",ref:ref_terms_text},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "pre-wrap" }),size:"2"},jsx(Bare_comp_63e1cf5954462a6e4f28ed8dd3edb44f_1bbdf9db,{},))),jsx(Fragment,{},jsx(Cond_comp_4ffce6c7eb9dd71155e45d856d5cf087_1bbdf9db,{},jsx(Fragment,{},jsx(RadixThemesCallout.Root,{css:({ ["icon"] : "mail", ["width"] : "100%" }),size:"1"},jsx(RadixThemesCallout.Icon,{},jsx(LucideMail,{},)),jsx(RadixThemesCallout.Text,{},"Accepting them also subscribes you to Supplier Emails. You can turn them off at any time in Settings."))),jsx(Fragment,{},))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",justify:"end",gap:"2"},jsx(Button_button_f17520ddf037d855b8946dc6d5df7b7f_1bbdf9db,{},"Log out"),jsx(Button_button_b9b4421559a9407422d9ffec6768d6f0_1bbdf9db,{},"Accept")),jsx(Fragment,{},jsx(Cond_comp_06320515005594c1c0f8ebe34bc06728_1bbdf9db,{},jsx(Fragment,{},jsx("span",{css:({ ["display"] : "none" }),"data-loaded":"true",id:"page-loaded",ref:ref_page_loaded},)),jsx(Fragment,{},))))))),jsx("title",{},"Terms & Conditions \u00b7 Partner Portal"),jsx("meta",{content:"favicon.ico",property:"og:image"},))
  )
}
Component.displayName = "Component(portal/terms)";

export default Component;
