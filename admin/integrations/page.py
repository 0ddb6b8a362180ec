from __future__ import annotations

import reflex as rx

from admin.integrations.state import IntegrationsState as S
from prm.components import (
    error_callout,
    field,
    loaded_marker,
    page_header,
    status_badge,
    text_input,
)
from prm.layout import admin_layout


def _secret_box(label: str, field_id: str, value, copy_label: str, note: str, on_done) -> rx.Component:
    """A secret shown once: a read-only field to select, a copy button and a Done button."""
    return rx.callout.root(
        rx.vstack(
            rx.text(note, size="2", weight="medium"),
            rx.el.label(label, html_for=field_id, class_name="prm-label"),
            rx.hstack(
                rx.input(id=field_id, value=value, read_only=True, size="3", width="100%",
                         font_family="monospace"),
                rx.button(rx.icon("copy", size=14), copy_label, type="button", variant="soft",
                          on_click=[rx.set_clipboard(value), rx.toast.info("Copied.")]),
                rx.button("Done", type="button", variant="ghost", on_click=on_done),
                width="100%",
                align="center",
                spacing="2",
            ),
            spacing="2",
            width="100%",
        ),
        color_scheme="amber",
        width="100%",
        role="status",
    )


def _key_row(row) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(row["name"]),
        rx.table.cell(rx.code(row["prefix"] + "…", variant="ghost")),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
        rx.table.cell(row["created_by"]),
        rx.table.cell(rx.text(row["last_used"], white_space="nowrap")),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(
            rx.cond(
                row["status"] == "Active",
                rx.cond(
                    S.confirm_revoke == row["id"],
                    rx.hstack(
                        rx.button("Revoke Key", size="1", color_scheme="red",
                                  on_click=S.revoke_key(row["id"])),
                        rx.button("Cancel", size="1", variant="soft", color_scheme="gray",
                                  on_click=S.cancel_revoke),
                        spacing="2",
                    ),
                    rx.button("Revoke", size="1", variant="soft", color_scheme="red",
                              on_click=S.ask_revoke(row["id"]),
                              aria_label="Revoke " + row["name"]),
                ),
                rx.text("Revoked " + row["revoked"], size="1", color_scheme="gray"),
            )
        ),
    )


def _api_keys() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("API keys", size="4"),
            rx.text(
                "A CRM or marketing-automation system posts leads to ", rx.code("POST /api/v1/leads"),
                " and reads their changes from ", rx.code("GET /api/v1/leads?updated_since=…"),
                ", sending ", rx.code("Authorization: Bearer <key>"), ". Create one key per system; "
                "revoke a key that leaks or retires.",
                size="2", color_scheme="gray",
            ),
            error_callout(S.key_error),
            rx.cond(S.new_key != "",
                    _secret_box("New API key", "new_api_key", S.new_key, "Copy Key",
                                "Copy the key " + S.new_key_name + " now: it is shown only once, "
                                "and only its prefix is kept.", S.dismiss_key)),
            rx.form(
                rx.hstack(
                    rx.box(field("Key name", text_input("key_name", key=S.version.to_string() + "kn",
                                                        placeholder="e.g. Salesforce"),
                                 "key_name", error=S.key_name_error), flex="1", max_width="360px"),
                    rx.button(rx.icon("key_round", size=14), "Create API Key", type="submit", size="3"),
                    align="end",
                    spacing="3",
                    wrap="wrap",
                    width="100%",
                ),
                on_submit=S.create_key,
                width="100%",
            ),
            rx.box(
                rx.table.root(
                    rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in (
                        "Name", "Key", "Created", "Created by", "Last used", "Status", "")])),
                    rx.table.body(rx.foreach(S.keys, _key_row)),
                    variant="surface", size="2", width="100%",
                ),
                rx.cond(S.loaded & (S.keys.length() == 0),
                        rx.center(rx.text("No API keys yet.", color_scheme="gray"), padding="1.5rem")),
                width="100%",
                overflow_x="auto",
            ),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _webhook() -> rx.Component:
    v = S.version.to_string()
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading("Webhook", size="4"),
                rx.spacer(),
                rx.link(rx.button(rx.icon("list", size=14), "Delivery Log", variant="soft", size="2"),
                        href="/admin/integrations/deliveries"),
                width="100%",
                align="center",
            ),
            rx.text(
                "Every lead change — created, status, partner, owner, opportunity — is POSTed as "
                "JSON to your CRM, signed with ", rx.code("X-PRM-Signature: t=<unix time>,v1=<hex "
                "HMAC-SHA256(secret, \"t.body\")>"), " and numbered by ", rx.code("X-PRM-Event-Id"),
                ". Failed deliveries are retried with backoff; a lead's changes arrive in order.",
                size="2", color_scheme="gray",
            ),
            error_callout(S.webhook_error),
            rx.cond(S.new_secret != "",
                    _secret_box("Signing secret", "signing_secret", S.new_secret, "Copy Secret",
                                "Give this signing secret to the receiver now: it verifies each "
                                "delivery with it.", S.dismiss_secret)),
            rx.form(
                rx.vstack(
                    field("Endpoint URL", text_input("webhook_url", default_value=S.webhook_url,
                                                     key=v + "wu", type="url",
                                                     placeholder="https://crm.example.com/hooks/partner-hub"),
                          "webhook_url", error=S.webhook_url_error),
                    rx.hstack(
                        rx.switch(id="webhook_enabled", name="webhook_enabled",
                                  checked=S.webhook_enabled, on_change=S.set_webhook_enabled),
                        rx.el.label("Deliver lead changes to this endpoint", html_for="webhook_enabled",
                                    class_name="prm-label"),
                        spacing="2",
                        align="center",
                    ),
                    rx.hstack(
                        rx.button("Save Webhook", type="submit", size="3"),
                        rx.cond(S.webhook_updated != "",
                                rx.text("Last saved " + S.webhook_updated, size="1", color_scheme="gray")),
                        spacing="3",
                        align="center",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=S.save_webhook,
                width="100%",
            ),
            rx.cond(
                S.has_secret,
                rx.hstack(
                    rx.text("Signing secret", size="2", weight="medium"),
                    rx.code(S.secret_hint, variant="ghost"),
                    rx.button(rx.icon("refresh_cw", size=14), "Rotate Signing Secret", variant="soft",
                              size="1", type="button", on_click=S.rotate_secret),
                    spacing="3",
                    align="center",
                    wrap="wrap",
                ),
            ),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def integrations_page() -> rx.Component:
    content = rx.vstack(
        page_header(
            "Integrations",
            "Connect your CRM: leads in through the REST API, every change back out by webhook.",
            rx.link(rx.button(rx.icon("file_json", size=14), "API Reference (OpenAPI)", variant="soft"),
                    href="/api/v1/openapi.json", is_external=True),
        ),
        _api_keys(),
        _webhook(),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
    )
    return admin_layout(content, "Integrations")
