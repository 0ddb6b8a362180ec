"""Invite Partners > Import Invitations: upload, review bad rows (fix in place), import with a
progress bar read from the import run's row (prm.import_state holds the how)."""

from __future__ import annotations

import reflex as rx

from prm.import_state import CsvImportMixin

UPLOAD_ID = "invitation_csv"


class InvitationImportState(CsvImportMixin, rx.State):
    _kind = "invitations"
    _route = "/admin/invitations/import"
    _file_stem = "invitations"
