"""Invite Partners > Import Invitations (seed 000, "Send Invitations in Bulk").

The admin uploads a CSV file of prospective partners; each valid row becomes an invitation
with its email. Reading, checking, fixing in place, the run, its job and the result email are
services.csv_import's; this module says what an invitation row is and how a batch of them is
invited. The functions below (start_import, ..., finish_run) are that machinery bound to
invitations, for the page, the job and the tests.
"""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import update
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import User
from models.recruitment import ImportRow, ImportRun, Invitation, PartnerApplication
from services.accounts import EMAIL_RE
from services.auth import normalize_email
from services.bulk import bulk_insert
from services.csv_import import (
    BATCH_SIZE,
    CONTROL,
    MAX_BYTES,
    Column,
    CsvImport,
    cancel_requested,
    one_line,
)
from services.mail import get_program, record_emails
from services.recruitment import _invitation_fields, _new_nonce, email_conflict, invitation_link

__all__ = ["BATCH_SIZE", "MAX_BYTES", "cancel_requested"]

REQUIRED_COLUMNS = ("partnerName", "contactFirstName", "contactLastName", "contactEmail")
FIELDS = ("partner_name", "contact_first_name", "contact_last_name", "contact_email")
# The reasons services.recruitment.email_conflict gives, found here for many rows at once.
USER_EXISTS = "A user with this email already exists."
OPEN_INVITATION = "This email already has an open invitation."
PENDING_REQUEST = "This email already has a partner request waiting in Pending Partners."


class InvitationImport(CsvImport):
    kind = "invitations"
    columns = tuple(Column(f, c, required=True) for f, c in zip(FIELDS, REQUIRED_COLUMNS, strict=True))
    sample_rows = (("Acme Widgets", "Pat", "Jones", "pat.jones@acme.example"),
                   ("Globex, Inc.", "Sam", "Lee", "sam.lee@globex.example"))
    noun = "invitation"
    list_url = "/admin/invitations"
    list_label = "Open Invitations"
    job = "jobs.imports.import_invitations"
    integrity_reason = OPEN_INVITATION

    def custom_fields(self, session: Session) -> list[dict]:
        return get_program(session).custom_fields or []

    def context(self, session: Session):
        return get_program(session)

    def judge(self, session: Session, program, data: dict) -> tuple[str, dict, str]:
        """The checks Create Invitation makes, minus the database."""
        values, errors = _invitation_fields(
            session, program, partner_name=one_line(data.get("partner_name")),
            contact_first_name=one_line(data.get("contact_first_name")),
            contact_last_name=one_line(data.get("contact_last_name")),
            custom_fields={k: one_line(v) for k, v in (data.get("custom_fields") or {}).items()})
        email = normalize_email(one_line(data.get("contact_email")))
        if not email:
            errors["contact_email"] = "Enter the contact's email address."
        elif not EMAIL_RE.match(email) or len(email) > 254 or CONTROL.search(email):
            errors["contact_email"] = "Enter a valid email address."
        return email[:254], values, self.reason_text(errors, program.custom_fields or [])

    def existing(self):
        # email_conflict's order: its first reason wins.
        return [(USER_EXISTS, select(User.email)),
                (OPEN_INVITATION, select(Invitation.contact_email).where(Invitation.status == "sent")),
                (PENDING_REQUEST, select(PartnerApplication.email).where(PartnerApplication.status == "pending"))]

    def key_conflict(self, session: Session, key: str) -> str:
        return email_conflict(session, key)

    def write_batch(self, session: Session, run: ImportRun, rows) -> tuple[list[dict], list[int]]:
        """Create the invitations and their emails. Raises IntegrityError when the database
        refuses one (the open-invitation index)."""
        program = get_program(session)
        taken = _conflicts(session, [r.email for r in rows])
        now = utcnow()
        failed: list[dict] = []
        invitations: list[tuple[int, SimpleNamespace]] = []
        for r in rows:
            email, values, reason = self.judge(session, program, r.data)  # the settings may have changed since
            reason = reason or taken.get(email, "")
            if reason:
                failed.append({"id": r.id, "status": "failed", "reason": reason})
                continue
            taken[email] = self.duplicate(r.row_number)
            # What Create Invitation records, many at once (no ORM object per row: 100k rows).
            inv = SimpleNamespace(contact_email=email, created_by_user_id=run.created_by_user_id,
                                  import_run_id=run.id, status="sent", send_count=1,
                                  last_sent_at=now, created_at=now, updated_at=now, **values)
            _new_nonce(inv, program)
            invitations.append((r.id, inv))
        bulk_insert(session, Invitation.__table__, [vars(inv) for _, inv in invitations])
        email_ids = record_emails(session=session, emails=[{
            "to_email": inv.contact_email, "to_name": inv.contact_first_name, "template": "invitation",
            # The key services.recruitment._send_invitation uses: one email per link.
            "idempotency_key": f"invitation:{inv.token_hash}",
            "ctx": {"url": invitation_link(inv), "partner_name": inv.partner_name,
                    "days": program.invitation_expiry_days},
        } for _, inv in invitations])
        self.mark_failed(session, failed)
        if invitations:
            # The claim already marked them imported; link each to its invitation.
            # (By the open invitation of the row's email: one at most, found by its unique index.)
            created = (select(Invitation.id).where(Invitation.contact_email == ImportRow.email,
                                                   Invitation.status == "sent")
                       .scalar_subquery())
            session.exec(update(ImportRow).where(ImportRow.id.in_([row_id for row_id, _ in invitations]))
                         .values(invitation_id=created, reason=""))
        outcome = failed + [{"id": row_id, "status": "imported"} for row_id, _ in invitations]
        return outcome, email_ids


INVITATIONS = InvitationImport()


def _conflicts(session: Session, emails: list[str]) -> dict[str, str]:
    """email -> why it cannot be invited now (email_conflict for many emails, one query a kind)."""
    return INVITATIONS.conflicts(session, emails)


sample_csv = INVITATIONS.sample_csv
start_import = INVITATIONS.start_import
get_import_run = INVITATIONS.get_import_run
list_import_rows = INVITATIONS.list_import_rows
fix_import_row = INVITATIONS.fix_import_row
bad_rows_csv = INVITATIONS.bad_rows_csv
run_import = INVITATIONS.run_import
cancel_import = INVITATIONS.cancel_import
claim_run = INVITATIONS.claim_run
import_batch = INVITATIONS.import_batch
finish_run = INVITATIONS.finish_run
