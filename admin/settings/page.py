from __future__ import annotations

import reflex as rx

from admin.settings.state import AdminSettingsState as S
from prm.components import error_callout, field, loaded_marker, page_header, text_input
from prm.layout import admin_layout
from services.lead_registration import LEAD_VISIBILITY


def _switch_row(field_id: str, label: str, help_text: str, checked, on_change) -> rx.Component:
    return rx.hstack(
        rx.switch(id=field_id, checked=checked, on_change=on_change),
        rx.vstack(
            rx.el.label(label, html_for=field_id, class_name="prm-label"),
            rx.text(help_text, size="2", color_scheme="gray"),
            spacing="1",
        ),
        align="start",
        spacing="3",
    )


def _onboarding() -> rx.Component:
    e, v = S.onboarding_errors, S.version.to_string()
    return rx.form(
        rx.vstack(
            rx.heading("Partner onboarding", size="4"),
            error_callout(S.onboarding_error),
            _switch_row("auto_onboarding", "Partner Auto Onboarding",
                        "On: every partner that registers is approved at once. Off: the supplier "
                        "approves each partner before they get portal access.",
                        S.auto_onboarding, S.set_auto_onboarding),
            _switch_row("domain_matching", "Domain Matching",
                        "On: a partner whose email domain matches no existing partner is accepted "
                        "at once; one that matches waits in Pending Partners, where you add it as a "
                        "new account or as a user of the existing one.",
                        S.domain_matching, S.set_domain_matching),
            rx.callout(
                rx.cond(S.auto_onboarding, "Every registration is approved at once (Partner Activated).",
                        rx.cond(S.domain_matching,
                                "New domains are activated at once; matching domains wait in Pending Partners.",
                                "Every registration waits in Pending Partners for your approval.")),
                icon="info", size="1", width="100%",
            ),
            rx.vstack(
                rx.el.label("Default role of a new account's first user", html_for="default_partner_role",
                            class_name="prm-label"),
                rx.select.root(
                    rx.select.trigger(id="default_partner_role", width="220px"),
                    rx.select.content(rx.select.item("Partner Admin", value="partner_admin"),
                                      rx.select.item("Partner User", value="partner_user")),
                    value=S.default_partner_role,
                    on_change=S.set_default_partner_role,
                ),
                spacing="1",
            ),
            field("Invitation links expire after (days)",
                  text_input("invitation_expiry_days", type="number", min="1", max="365",
                             default_value=S.invitation_expiry_days, key=v + "d", width="140px"),
                  "invitation_expiry_days", error=e.get("invitation_expiry_days", "")),
            field("Notify of new pending requests",
                  text_input("pending_notify_emails", default_value=S.pending_notify_emails, key=v + "n",
                             placeholder="Every supplier admin"),
                  "pending_notify_emails", error=e.get("pending_notify_emails", ""),
                  hint="Email addresses, separated by commas. Empty: every supplier admin."),
            rx.button("Save Onboarding Settings", type="submit", size="3"),
            spacing="4",
            width="100%",
        ),
        on_submit=S.save_onboarding,
        width="100%",
    )


def _lead_management() -> rx.Component:
    return rx.vstack(
        rx.heading("Lead Management", size="4"),
        error_callout(S.leads_error),
        _switch_row("lead_registration_without_pii", "Allow lead registration without PII",
                    "On: partners may register a lead with neither an email address nor a phone number. "
                    "Any personal information they choose to include is kept.",
                    S.lead_registration_without_pii, S.set_lead_registration_without_pii),
        rx.vstack(
            rx.el.label("Partner Users see", html_for="partner_user_lead_visibility", class_name="prm-label"),
            rx.select.root(
                rx.select.trigger(id="partner_user_lead_visibility", width="300px"),
                rx.select.content(*[rx.select.item(label, value=key) for key, label in LEAD_VISIBILITY.items()]),
                value=S.partner_user_lead_visibility,
                on_change=S.set_partner_user_lead_visibility,
            ),
            rx.text("Distributed and registered leads in the portal. Partner Admins always see all of their "
                    "account's leads.", size="2", color_scheme="gray"),
            spacing="1",
        ),
        rx.button("Save Lead Settings", size="3", on_click=S.save_leads),
        spacing="4",
        width="100%",
    )


def _custom_field_row(f, i) -> rx.Component:
    v = S.version.to_string()
    return rx.hstack(
        rx.vstack(
            rx.el.label("Field " + (i + 1).to_string() + " label", html_for="label_" + i.to_string(),
                        class_name="prm-label"),
            rx.input(id="label_" + i.to_string(), name="label_" + i.to_string(), default_value=f["label"],
                     key=v + "l" + i.to_string(), width="100%"),
            spacing="1",
            flex="1",
        ),
        rx.hstack(
            rx.checkbox(id="required_" + i.to_string(), name="required_" + i.to_string(),
                        default_checked=f["required"] != "", key=v + "r" + i.to_string()),
            rx.el.label("Required", html_for="required_" + i.to_string(), class_name="prm-label"),
            spacing="1",
            align="center",
            padding_bottom="0.4rem",
        ),
        rx.icon_button(rx.icon("trash_2", size=14), variant="soft", color_scheme="red", type="button",
                       on_click=S.remove_custom_field(i), aria_label="Remove field " + (i + 1).to_string()),
        align="end",
        width="100%",
        spacing="3",
    )


def _custom_fields() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.heading("Custom fields", size="4"),
            rx.text("Extra fields of the invitation and registration forms.", size="2", color_scheme="gray"),
            error_callout(S.custom_error),
            rx.foreach(S.custom_fields, _custom_field_row),
            rx.cond(S.custom_fields.length() == 0,
                    rx.text("No custom fields: the forms ask for the basic information only.",
                            size="2", color_scheme="gray")),
            rx.hstack(
                rx.button(rx.icon("plus", size=14), "Add Field", type="button", variant="soft",
                          on_click=S.add_custom_field),
                rx.button("Save Custom Fields", type="submit"),
                spacing="3",
            ),
            spacing="3",
            width="100%",
        ),
        on_submit=S.save_custom_fields,
        width="100%",
    )


def admin_settings_page() -> rx.Component:
    form = rx.form(
        rx.vstack(
            error_callout(S.error),
            field("Program name", text_input("program_name", default_value=S.program_name,
                                             key=S.updated_at + "pn"), "program_name",
                  error=S.field_errors.get("program_name", ""),
                  hint="Shown on login pages, the portal and every email."),
            field("Supplier company name", text_input("supplier_name", default_value=S.supplier_name,
                                                      key=S.updated_at + "sn"), "supplier_name",
                  error=S.field_errors.get("supplier_name", "")),
            field("Partner support email", text_input("support_email", type="email",
                                                      default_value=S.support_email,
                                                      key=S.updated_at + "se"), "support_email",
                  error=S.field_errors.get("support_email", ""),
                  hint="Partners see this address in emails and the portal."),
            rx.hstack(
                rx.button("Save Settings", type="submit", size="3"),
                rx.text("Last updated " + S.updated_at, size="1", color_scheme="gray"),
                align="center",
                spacing="4",
            ),
            spacing="4",
            width="100%",
        ),
        on_submit=S.save,
        width="100%",
    )
    content = rx.vstack(
        page_header("Settings", "Your partner program",
                    rx.button(rx.icon("mail", size=16), "System Messaging", variant="soft", size="3",
                              on_click=rx.redirect("/admin/settings/system-messaging")),
                    rx.button(rx.icon("file_text", size=16), "Terms & Conditions", variant="soft", size="3",
                              on_click=rx.redirect("/admin/settings/terms"))),
        rx.card(
            rx.vstack(rx.heading("Program", size="4"), form, spacing="4", width="100%"),
            size="3",
            width="100%",
            max_width="720px",
        ),
        rx.card(_onboarding(), size="3", width="100%", max_width="720px"),
        rx.card(_custom_fields(), size="3", width="100%", max_width="720px"),
        rx.card(_lead_management(), size="3", width="100%", max_width="720px"),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
    )
    return admin_layout(content, "Settings")
