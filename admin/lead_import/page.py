from __future__ import annotations

import reflex as rx

from admin.lead_import.state import UPLOAD_ID
from admin.lead_import.state import LeadImportState as S
from prm.components import loaded_marker, page_header
from prm.import_page import ImportPageSpec, import_steps
from prm.layout import admin_layout
from services.lead_import import LEADS

DESCRIPTIONS = {
    "first_name": "The lead's first name.",
    "last_name": "The lead's last name. A row needs a name or an email.",
    "email": "The lead's email address.",
    "phone": "Optional.",
    "company": "The lead's company (required).",
    "country": "Optional: the country or region.",
    "notes": "Optional: history for the partner (line breaks are kept).",
    "source_campaign": "Optional: the campaign the lead came from.",
    "partner": "Optional: the partner account's name or tenant name, to assign the lead at once "
               "(its Lead Owners are notified). Left empty: the lead waits Unassigned.",
}

SPEC = ImportPageSpec(
    upload_id=UPLOAD_ID,
    noun_plural="leads",
    columns_intro="A CSV file (UTF-8) with these columns, one lead per row. First Name, Last Name, "
                  "Email and Company must be in the first line; the others may be left out. Other "
                  "columns are ignored.",
    columns=[(c.label, DESCRIPTIONS[c.field]) for c in LEADS.columns],
    sample_label="Download sample CSV",
    fix_fields=[(c.label, c.field) for c in LEADS.columns],
    bad_row_cells=[("Name", lambda row: row["first_name"] + " " + row["last_name"]),
                   ("Company", lambda row: row["company"]),
                   ("Email", lambda row: row["email"]),
                   ("Partner", lambda row: row["partner"])],
    back_label="Back to Leads",
    back_href="/admin/leads",
)


def lead_import_page() -> rx.Component:
    content = rx.vstack(
        page_header("Upload Leads", "Distribute many leads from a CSV file",
                    rx.link(rx.button(rx.icon("arrow_left", size=14), "Leads", variant="soft"),
                            href="/admin/leads")),
        import_steps(S, SPEC),
        loaded_marker(S.loaded),
        width="100%",
        spacing="4",
    )
    return admin_layout(content, "Leads")
