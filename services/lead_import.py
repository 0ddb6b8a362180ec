"""Leads > Upload Leads (seed 004, "Distributing Leads by Uploading a CSV").

The admin uploads a CSV file of distributed leads (first name, last name, email, phone,
company, country/region, notes, source campaign, and optionally the partner to assign each
to). The preview, the reasons, fixing in place, the run, its job and the result email are
services.csv_import's; this module says what a lead row is and how a batch becomes leads.

Each row is checked as Create Lead checks it (services.leads.clean_lead_values). Leads are
created a batch at a time, each with its 'created' event on the timeline ("Imported from
<file>", by the admin who uploaded it). A lead whose row names a partner is assigned at once
and its Lead Owners get the New Lead Notification; the others go to the routing rules
(services.leads.route_new_leads), once a batch.

The program has no custom lead fields yet: other columns are listed as ignored in the
preview.
"""

from __future__ import annotations

from types import SimpleNamespace

from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import PartnerAccount, User
from models.leads import Lead, LeadEvent
from models.recruitment import ImportRun
from services.auth import actor_for_user
from services.bulk import bulk_insert, new_ids, with_defaults
from services.csv_import import Column, CsvImport, one_line
from services.lead_matching import match_columns
from services.leads import clean_lead_values, lead_event_values, new_lead_emails, route_new_leads
from services.mail import record_emails
from services.webhooks import track_imported_leads

LEAD_EXISTS = "A lead with this email already exists."
UNKNOWN_PARTNER = "No active partner account has this name or tenant name."
# The fields clean_lead_values checks; a line break in any but the notes becomes a space.
_CHECKED = ("first_name", "last_name", "email", "phone", "company", "country", "source_campaign", "notes")


class LeadImport(CsvImport):
    kind = "leads"
    columns = (
        Column("first_name", "First Name", ("firstname", "fname", "given name", "contact first name"),
               required=True),
        Column("last_name", "Last Name", ("lastname", "lname", "surname", "family name",
                                          "contact last name"), required=True),
        Column("email", "Email", ("email address", "e-mail", "mail", "contact email"), required=True),
        Column("phone", "Phone", ("phone number", "telephone", "tel", "mobile", "mobile phone")),
        Column("company", "Company", ("company name", "organization", "organisation", "account name"),
               required=True),
        Column("country", "Country/Region", ("country region", "region", "country code")),
        Column("notes", "Notes", ("note", "comments", "comment", "description")),
        Column("source_campaign", "Source Campaign", ("campaign", "lead source", "source")),
        Column("partner", "Partner", ("partner name", "partner account", "tenant", "tenant name")),
    )
    sample_rows = (
        ("Pat", "Jones", "pat.jones@acme.example", "+1 555 0100", "Acme Widgets", "United States",
         "Met at the booth; wants a demo in May.", "Spring Trade Show", ""),
        ("Sam", "Lee", "sam.lee@globex.example", "+44 20 7946 0000", "Globex, Inc.", "United Kingdom",
         "", "Webinar: Channel 101", "northwind"),
    )
    noun = "lead"
    list_url = "/admin/leads"
    list_label = "Open Leads"
    job = "jobs.imports.import_leads"
    # A lead batch's cost is mostly per batch (the partners, the routing rules, the templates,
    # a COPY per table, the commit): 2,000 rows a transaction took 100k rows in 50 commits
    # instead of 200; the progress on the page still moves every second or so.
    batch_size = 2000

    def context(self, session: Session) -> dict[str, int]:
        """The partner accounts a lead can be assigned to, by tenant name and by name (any case)."""
        return self.partners_by_name(session.exec(select(PartnerAccount).where(
            PartnerAccount.status.in_(("active", "test")))).all())

    def judge(self, session: Session, partners: dict[str, int], data: dict) -> tuple[str, dict, str]:
        cells = {}
        for f in _CHECKED:
            value = data.get(f)
            # A cell without a line break goes as it is: clean_lead_values trims it.
            if type(value) is not str or "\n" in value or "\r" in value:
                value = str(value or "").strip() if f == "notes" else one_line(value)
            cells[f] = value
        values, errors = clean_lead_values(cells)
        partner = one_line(data.get("partner"))
        values["partner_account_id"] = None
        if partner:
            values["partner_account_id"] = partners.get(partner.casefold())
            if values["partner_account_id"] is None:
                errors["partner"] = UNKNOWN_PARTNER
        key = values["email"] if "email" not in errors else ""
        return key[:254], values, self.reason_text(errors, [])

    def existing(self):
        return [(LEAD_EXISTS, select(Lead.email).where(Lead.email != ""))]

    def write_batch(self, session: Session, run: ImportRun, rows) -> tuple[list[dict], list[int]]:
        """Create the leads of the batch and their timeline events (COPY on PostgreSQL,
        executemany on SQLite, ids taken ahead), their webhook deliveries (one multi-row INSERT
        at commit), the partners' notifications (one multi-row INSERT); hand the unassigned
        ones to the routing rules in one pass. No ORM object per row: that costs more than the
        database. Each row is checked, and each event made, as the rows go to the database
        (services.bulk.bulk_insert streams them): PostgreSQL writes the rows sent while the
        next ones are made."""
        accounts = {a.id: a for a in session.exec(select(PartnerAccount).where(
            PartnerAccount.status.in_(("active", "test")))).all()}
        partners = self.partners_by_name(accounts.values())
        taken = self.conflicts(session, [r.email for r in rows if r.email])
        creator = session.get(User, run.created_by_user_id) if run.created_by_user_id else None
        actor = actor_for_user(session, creator) if creator is not None else None
        lead_ids = iter(new_ids(session, Lead.__table__, len(rows)))  # a refused row's id stays unused
        # Created, and updated_at, as the batch is written (services.webhooks.track_imported_leads).
        now = utcnow()
        failed: list[dict] = []
        made: list[int] = []
        leads: list[SimpleNamespace] = []

        def lead_rows():
            for r in rows:
                key, values, reason = self.judge(session, partners, r.data)  # partners may have changed since
                reason = reason or (taken.get(key, "") if key else "")
                if reason:
                    failed.append({"id": r.id, "status": "failed", "reason": reason})
                    continue
                if key:
                    taken[key] = self.duplicate(r.row_number)
                # What Create Lead records (an assigned one as _assign leaves it).
                lead = SimpleNamespace(**with_defaults(Lead.__table__, {
                    **values, **match_columns(values.get("email", ""), values.get("company", "")),
                    "id": next(lead_ids), "kind": "distributed", "status": "New", "status_changed_at": now,
                    "created_at": now, "updated_at": now,
                    "assigned_at": now if values["partner_account_id"] else None}))
                made.append(r.id)
                leads.append(lead)
                yield vars(lead)

        bulk_insert(session, Lead.__table__, lead_rows())
        assigned = [lead for lead in leads if lead.partner_account_id]
        note = f"Imported from {run.filename}"
        events: list[dict] = []
        event_ids = iter(new_ids(session, LeadEvent.__table__, len(leads) + len(assigned)))

        def event_rows():
            for lead in leads:
                events.append(lead_event_values(lead.id, actor, "created", "", "New", note) | {"id": next(event_ids)})
                yield events[-1]
            for lead in assigned:
                events.append(lead_event_values(lead.id, actor, "partner", "Unassigned",
                                                accounts[lead.partner_account_id].name,
                                                "Partner named in the import file") | {"id": next(event_ids)})
                yield events[-1]

        bulk_insert(session, LeadEvent.__table__, event_rows())
        track_imported_leads(session, leads, events, accounts)  # the CRM hears of them too, at commit
        unassigned = [lead.id for lead in leads if not lead.partner_account_id]
        routed = route_new_leads(session=session, actor=actor, lead_ids=unassigned) if unassigned else []
        email_ids = record_emails(session=session, emails=new_lead_emails(session, assigned) + routed)
        self.mark_failed(session, failed)
        outcome = failed + [{"id": row_id, "status": "imported"} for row_id in made]
        return outcome, email_ids

    @staticmethod
    def partners_by_name(accounts) -> dict[str, int]:
        by_name = {a.name.strip().casefold(): a.id for a in accounts}
        return by_name | {a.tenant_name.strip().casefold(): a.id for a in accounts}


LEADS = LeadImport()
