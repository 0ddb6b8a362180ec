import LucideHandshake from "lucide-react/dist/esm/icons/handshake.mjs"
import LucideMailCheck from "lucide-react/dist/esm/icons/mail-check.mjs"
import LucideTriangleAlert from "lucide-react/dist/esm/icons/triangle-alert.mjs"
import {Box as RadixThemesBox,Button as RadixThemesButton,Callout as RadixThemesCallout,Card as RadixThemesCard,Flex as RadixThemesFlex,Heading as RadixThemesHeading,Link as RadixThemesLink,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import {Fragment,useEffect,useRef} from "react"
import {Bare_comp_b73d84ec9ec97f2c1ff3a818b9c48e82_93d7f635,Cond_comp_4d0ffb1c9eb6453baa08659140b22707_93d7f635,Cond_comp_576ded2a84bd29db52916f0af22d2cb9_93d7f635,Cond_comp_7828c386b8490013cee4d43d38b33879_93d7f635,Form_root_d3c6ac41d40885b6ea340c23c3c25447_93d7f635} from "$/app_components/prm/account/page"
import {refs} from "$/utils/state"
import {jsx} from "@emotion/react"





function Component() {
const ref_email = useRef(null); refs["ref_email"] = ref_email;
const ref_page_loaded = useRef(null); refs["ref_page_loaded"] = ref_page_loaded;

  return (
    jsx(Fragment,{},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["minHeight"] : "100vh", ["padding"] : "1rem", ["background"] : "var(--gray-2)" })},jsx(RadixThemesCard,{css:({ ["width"] : "100%", ["maxWidth"] : "440px" }),size:"4"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"4"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["padding"] : "0.45rem", ["borderRadius"] : "8px", ["background"] : "var(--indigo-9)", ["color"] : "white" })},jsx(LucideHandshake,{size:20},)),jsx(RadixThemesText,{as:"p",size:"3",weight:"bold"},"Partner Hub")),jsx(RadixThemesHeading,{as:"h1",css:({ ["marginTop"] : "0.5rem" }),size:"6"},"Reset your password"),jsx(Fragment,{},jsx(Cond_comp_7828c386b8490013cee4d43d38b33879_93d7f635,{},jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"4"},jsx(RadixThemesCallout.Root,{color:"green",css:({ ["icon"] : "mail_check" }),role:"status"},jsx(RadixThemesCallout.Icon,{},jsx(LucideMailCheck,{},)),jsx(RadixThemesCallout.Text,{},"If an account exists for that email, we have sent it a link to reset the password. The link works once and expires in 2 hours.")),jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:"/portal/login"},"Back to log in")))),jsx(Fragment,{},jsx(Form_root_d3c6ac41d40885b6ea340c23c3c25447_93d7f635,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"4"},jsx(RadixThemesText,{as:"p",color:"gray",size:"2"},"Enter the email you log in with and we will email you a link."),jsx(Fragment,{},jsx(Cond_comp_576ded2a84bd29db52916f0af22d2cb9_93d7f635,{},jsx(Fragment,{},jsx(RadixThemesCallout.Root,{color:"red",css:({ ["icon"] : "triangle_alert", ["width"] : "100%" }),role:"alert"},jsx(RadixThemesCallout.Icon,{},jsx(LucideTriangleAlert,{},)),jsx(RadixThemesCallout.Text,{},jsx(Bare_comp_b73d84ec9ec97f2c1ff3a818b9c48e82_93d7f635,{},)))),jsx(Fragment,{},))),jsx(RadixThemesFlex,{align:"stretch",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{className:"prm-label",htmlFor:"email"},"Email"),jsx(RadixThemesTextField.Root,{css:({ ["width"] : "100%" }),id:"email",name:"email",ref:ref_email,required:true,size:"3",type:"email"},)),jsx(RadixThemesButton,{css:({ ["width"] : "100%" }),size:"3",type:"submit"},"Send reset link"),jsx(Fragment,{},jsx(Cond_comp_4d0ffb1c9eb6453baa08659140b22707_93d7f635,{},jsx(Fragment,{},jsx("span",{css:({ ["display"] : "none" }),"data-loaded":"true",id:"page-loaded",ref:ref_page_loaded},)),jsx(Fragment,{},))))))))))),jsx("title",{},"Reset password"),jsx("meta",{content:"favicon.ico",property:"og:image"},))
  )
}
Component.displayName = "Component(admin/forgot-password)";

export default Component;
