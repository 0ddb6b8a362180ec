from __future__ import annotations

import reflex as rx

from admin.invitation_import.state import UPLOAD_ID
from admin.invitation_import.state import InvitationImportState as S
from prm.components import loaded_marker, page_header
from prm.import_page import ImportPageSpec, import_steps
from prm.layout import admin_layout

SPEC = ImportPageSpec(
    upload_id=UPLOAD_ID,
    noun_plural="invitations",
    columns_intro="A CSV file (UTF-8) with these columns, one partner per row. Columns for your "
                  "custom fields may follow; other columns are ignored.",
    columns=[("partnerName", "The partner's display name, typically the company name."),
             ("contactFirstName", "First name of the partner account's first user."),
             ("contactLastName", "Last name of that user."),
             ("contactEmail", "Email address of that user: the invitation is sent here.")],
    sample_label="Download a sample file",
    fix_fields=[("Partner Name", "partner_name"), ("Contact First Name", "contact_first_name"),
                ("Contact Last Name", "contact_last_name"), ("Contact Email", "contact_email")],
    bad_row_cells=[("Partner Name", lambda row: row["partner_name"]),
                   ("Contact Name", lambda row: row["contact_first_name"] + " " + row["contact_last_name"]),
                   ("Contact Email", lambda row: row["contact_email"])],
    back_label="Back to Invitations",
    back_href="/admin/invitations",
)


def invitation_import_page() -> rx.Component:
    content = rx.vstack(
        page_header("Import Invitations", "Invite many prospective partners from a CSV file",
                    rx.link(rx.button(rx.icon("arrow_left", size=14), "Invitations", variant="soft"),
                            href="/admin/invitations")),
        import_steps(S, SPEC),
        loaded_marker(S.loaded),
        width="100%",
        spacing="4",
    )
    return admin_layout(content, "Invitations")
