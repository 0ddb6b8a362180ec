from __future__ import annotations

import reflex as rx

from portal.settings.state import PortalSettingsState as S
from prm.components import error_callout, field, loaded_marker, page_header, text_input
from prm.layout import portal_layout


def _lead_user(u) -> rx.Component:
    def toggle(role: str, label: str):
        switch_id = role + "_" + u["id"]
        return rx.hstack(
            rx.switch(id=switch_id, checked=u[role] != "", disabled=~S.is_partner_admin,
                      on_change=lambda v: S.set_lead_role(u["id"], role, v)),
            rx.el.label(label, html_for=switch_id, class_name="prm-label",
                        aria_label=label + ": " + u["name"]),
            spacing="2",
            align="center",
        )

    return rx.table.row(
        rx.table.row_header_cell(rx.vstack(rx.text(u["name"], weight="medium"),
                                           rx.text(u["email"], size="1", color_scheme="gray"), spacing="0")),
        rx.table.cell(u["role"]),
        rx.table.cell(toggle("is_lead_owner", "Lead Owner")),
        rx.table.cell(toggle("is_sales_rep", "Sales Rep")),
    )


def _lead_management() -> rx.Component:
    return rx.vstack(
        rx.heading("Lead Management", size="4"),
        rx.text("Lead Owners get the New Lead Notification email and can accept the leads nobody "
                "owns yet. " , rx.cond(S.is_partner_admin, "", "Only partner admins can change this."),
                size="2", color_scheme="gray"),
        rx.box(
            rx.table.root(
                rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                               ("User", "Role", "Lead Owner", "Sales Rep")])),
                rx.table.body(rx.foreach(S.lead_users, _lead_user)),
                size="1",
                width="100%",
            ),
            width="100%",
            overflow_x="auto",
        ),
        spacing="3",
        width="100%",
    )


def _company_profile() -> rx.Component:
    def area(label: str, key: str, hint: str = "") -> rx.Component:
        return field(label, rx.text_area(id=f"company_{key}", name=f"company_{key}",
                                         default_value=S.company[key], max_length=1000, rows="3",
                                         size="3", width="100%", read_only=~S.is_partner_admin,
                                         key=S.company_version.to_string() + key),
                     f"company_{key}", error=S.company_errors.get(key, ""), hint=hint)

    def line(label: str, key: str, **props) -> rx.Component:
        return field(label, text_input(f"company_{key}", default_value=S.company[key],
                                       read_only=~S.is_partner_admin,
                                       key=S.company_version.to_string() + key, **props),
                     f"company_{key}", error=S.company_errors.get(key, ""))

    return rx.form(
        rx.vstack(
            rx.heading("Company Profile", size="4"),
            rx.text("Your business tile: the business partners you have a partnership with see it.",
                    size="2", color_scheme="gray"),
            error_callout(S.company_error),
            area("About", "about"),
            area("Services", "services", "What your company does for its customers."),
            area("Offerings", "offerings", "Products and packages you offer."),
            rx.grid(line("Website", "website", placeholder="https://"), line("Phone", "phone"),
                    columns=rx.breakpoints(initial="1", sm="2"), spacing="4", width="100%"),
            rx.cond(S.is_partner_admin,
                    rx.button("Save Company Profile", type="submit", size="3"),
                    rx.text("Only partner admins can change the company profile.", size="2",
                            color_scheme="gray")),
            spacing="4",
            width="100%",
        ),
        on_submit=S.save_company,
        width="100%",
    )


def portal_settings_page() -> rx.Component:
    profile = rx.form(
        rx.vstack(
            rx.heading("Profile", size="4"),
            error_callout(S.error),
            rx.grid(
                field("First name", text_input("first_name", default_value=S.first_name,
                                               key=S.profile_version.to_string() + "f"),
                      "first_name", error=S.field_errors.get("first_name", "")),
                field("Last name", text_input("last_name", default_value=S.last_name,
                                              key=S.profile_version.to_string() + "l"),
                      "last_name", error=S.field_errors.get("last_name", "")),
                columns=rx.breakpoints(initial="1", sm="2"),
                spacing="4",
                width="100%",
            ),
            field("Email", text_input("profile_email", value=S.email, read_only=True,
                                      variant="soft"), "profile_email",
                  hint="To change your login email, ask your partner admin."),
            rx.text("Role: ", rx.text.strong(S.role), size="2"),
            rx.button("Save Profile", type="submit", size="3"),
            spacing="4",
            width="100%",
        ),
        on_submit=S.save_profile,
        width="100%",
    )
    notifications = rx.vstack(
        rx.heading("Notifications", size="4"),
        rx.hstack(
            rx.switch(id="supplier-emails", checked=S.supplier_emails,
                      on_change=S.toggle_supplier_emails),
            rx.vstack(
                rx.el.label("Supplier Emails", html_for="supplier-emails", class_name="prm-label"),
                rx.text("Newsletters, announcements and event invitations from the supplier. "
                        "Off until you turn it on.", size="2", color_scheme="gray"),
                spacing="1",
            ),
            align="start",
            spacing="3",
        ),
        rx.cond(
            S.consents.length() > 0,
            rx.vstack(
                rx.text("Your choices", size="2", weight="bold"),
                rx.foreach(S.consents, lambda c: rx.text(
                    c["when"], " · ", c["choice"], " · ", c["source"], size="1", color_scheme="gray")),
                spacing="1",
                id="consent-history",
            ),
        ),
        spacing="4",
        width="100%",
    )
    password = rx.form(
        rx.vstack(
            rx.heading("Password", size="4"),
            error_callout(S.password_error),
            field("Current password", text_input("current", type="password",
                                                 auto_complete="current-password"), "current",
                  error=S.password_errors.get("current", "")),
            field("New password", text_input("password", type="password",
                                             auto_complete="new-password"), "password",
                  error=S.password_errors.get("password", "")),
            field("Confirm new password", text_input("confirm", type="password",
                                                     auto_complete="new-password"), "confirm",
                  error=S.password_errors.get("confirm", "")),
            rx.button("Change Password", type="submit", size="3", variant="soft"),
            spacing="4",
            width="100%",
        ),
        on_submit=S.change_password,
        width="100%",
    )
    content = rx.vstack(
        page_header("Settings", "Your profile, notifications, company profile and password"),
        rx.card(profile, size="3", width="100%", max_width="760px"),
        rx.card(notifications, size="3", width="100%", max_width="760px"),
        rx.card(_lead_management(), size="3", width="100%", max_width="760px"),
        rx.card(_company_profile(), size="3", width="100%", max_width="760px"),
        rx.card(password, size="3", width="100%", max_width="760px"),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
    )
    return portal_layout(content, "Settings")
