"""Leads > Upload Leads: upload a CSV of distributed leads, review bad rows (fix in place),
import with a progress bar read from the import run's row (prm.import_state holds the how)."""

from __future__ import annotations

import reflex as rx

from prm.import_state import CsvImportMixin

UPLOAD_ID = "lead_csv"


class LeadImportState(CsvImportMixin, rx.State):
    _kind = "leads"
    _route = "/admin/leads/import"
    _file_stem = "leads"
