"""Settings > System Messaging (seed 004): the admin's New Lead Notification and Status Update
templates, filled safely, used by the emails; the built-in wording when there is none."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.accounts import ProgramSettings
from models.messaging import EmailMessage, EmailTemplate
from services.errors import InvalidInput, NotFound, PermissionDenied
from services.lead_workflows import run_lead_workflows, update_lead_settings
from services.leads import create_lead
from services.mail import render
from services.routing import save_rule
from services.system_messaging import (
    EDITABLE,
    get_template,
    list_templates,
    preview_template,
    restore_default,
    save_template,
)
from tests.factories import personas

LEAD = {"first_name": "Pat", "last_name": "Jones", "email": "pat@acme.example", "company": "Acme"}
CUSTOM = {"subject": "Fresh lead for {first_name}: {company}", "heading": "A lead from {supplier_name}",
          "body": "Hello {first_name},\n\n{lead_name} of {company} wants to talk.\nCall soon.\n\n"
                  "Campaign: {source_campaign}",
          "button_label": "Open {company}"}


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


def new_lead_emails(db):
    return list(db.exec(select(EmailMessage).where(EmailMessage.template == "new_lead")
                        .order_by(EmailMessage.id)).all())


def save(db, admin, key="new_lead", **changes):
    return save_template(session=db, actor=admin, key=key, **{**CUSTOM, **changes})


def test_without_an_edit_the_emails_keep_their_built_in_wording(db, p, admin):
    assert [(t["label"], t["customized"]) for t in list_templates(session=db, actor=admin)] == [
        ("New Lead Notification", False), ("Status Update: accept reminder", False),
        ("Status Update: status reminder", False)]
    shown = get_template(session=db, actor=admin, key="new_lead")
    assert (shown["subject"], shown["button_label"], shown["customized"]) == (
        "New lead: {company}", "Review the Lead", False)
    lead = create_lead(session=db, actor=admin, values={**LEAD, "source_campaign": "Expo"},
                       partner_account_id=p.northwind.id)
    [email] = new_lead_emails(db)
    assert email.subject == "New lead: Acme"
    assert "<strong>Pat Jones at Acme</strong>" in email.html_body
    assert email.text_body.splitlines()[:8] == [
        "You have a new lead", "", f"Hi {p.alice.first_name},",
        "Your Company sent your account a new lead: Pat Jones at Acme.", "Source campaign: Expo",
        "Open it to accept or reject it.", "",
        f"Review the Lead: http://localhost:3999/portal/leads/view?id={lead['id']}"]


@pytest.mark.parametrize("key", ["new_lead", "lead_accept_reminder", "lead_status_reminder"])
def test_the_editor_starts_from_text_that_reads_as_the_built_in_email(key):
    ctx = {"name": "Ada", "lead_name": "Pat Jones", "company": "Acme", "url": "http://x/portal/leads/view?id=1",
           "source_campaign": "Expo", "hours": 24, "window_hours": 48, "status": "Accepted", "days": 7}
    program = ProgramSettings(id=1)
    built_in = render(key, program, **ctx)
    from_editor = render(key, program, custom=EDITABLE[key].default, **ctx)
    assert (from_editor.subject, from_editor.text) == (built_in.subject, built_in.text)


def test_an_edited_new_lead_notification_is_what_the_lead_owners_get(db, p, admin):
    saved = save(db, admin)
    assert saved["customized"] is True
    lead = create_lead(session=db, actor=admin, values={**LEAD, "source_campaign": "Expo"},
                       partner_account_id=p.northwind.id)
    [email] = new_lead_emails(db)
    assert email.to_email == "alice@northwind.example"
    assert email.subject == f"Fresh lead for {p.alice.first_name}: Acme"
    assert email.text_body.splitlines()[:6] == [
        "A lead from Your Company", "", f"Hello {p.alice.first_name},",
        "Pat Jones of Acme wants to talk.", "Call soon.", "Campaign: Expo"]
    assert "Pat Jones of Acme wants to talk.<br>Call soon." in email.html_body
    # The button keeps pointing at the lead's page in the portal, whatever its label.
    url = f"http://localhost:3999/portal/leads/view?id={lead['id']}"
    assert f"Open Acme: {url}" in email.text_body
    assert f'href="{url}"' in email.html_body
    assert "Review the Lead" not in email.html_body


def test_routed_leads_and_reminders_use_the_edited_templates_too(db, p, admin, frozen_clock):
    save(db, admin)
    save(db, admin, key="lead_accept_reminder", subject="Still waiting: {lead}",
         body="{first_name}, {lead} has waited {hours} hours (window {window_hours}).",
         button_label="Decide now")
    save_rule(session=db, actor=admin, values={"name": "Gold", "partner_tiers": "Gold"})
    update_lead_settings(session=db, actor=admin, values={
        "recall_enabled": False, "acceptance_window_hours": "48", "accept_reminder_enabled": True,
        "accept_reminder_hours": "24", "status_reminder_enabled": False, "status_reminder_days": "7"})
    lead = create_lead(session=db, actor=admin, values=LEAD)  # routed: the batch path
    assert lead["partner"] == "Northwind Traders"
    assert [e.subject for e in new_lead_emails(db)] == [f"Fresh lead for {p.alice.first_name}: Acme"]
    frozen_clock.advance(hours=25)
    assert run_lead_workflows(session=db)["accept_reminders"] == 1
    [reminder] = db.exec(select(EmailMessage).where(EmailMessage.template == "lead_accept_reminder")).all()
    assert reminder.subject == "Still waiting: Pat Jones at Acme"
    assert f"{p.alice.first_name}, Pat Jones at Acme has waited 24 hours (window 0)." in reminder.text_body
    assert f"Decide now: http://localhost:3999/portal/leads/view?id={lead['id']}" in reminder.text_body


def test_values_and_the_admins_text_are_escaped(db, p, admin):
    save(db, admin, body="<b>Hi</b> {first_name} <script>alert(1)</script>\n\n{company}",
         heading="<i>{company}</i>", button_label="<em>Go</em>")
    create_lead(session=db, actor=admin, partner_account_id=p.northwind.id,
                values={**LEAD, "company": '<img src=x onerror="alert(1)"> & Co'})
    [email] = new_lead_emails(db)
    body = email.html_body
    assert "<script>" not in body and "<img" not in body and "<b>Hi" not in body and "<em>" not in body
    assert f"&lt;b&gt;Hi&lt;/b&gt; {p.alice.first_name} &lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co" in body
    assert "&lt;i&gt;&lt;img" in body
    assert '<img src=x onerror="alert(1)"> & Co' in email.text_body  # the text part is plain text


@pytest.mark.parametrize("bad", ["{0.__class__}", "{company.__class__}", "{company[0]}", "{nope}", "{}",
                                 "{ company }", "{company!r}", "{days}"])
def test_unknown_placeholders_are_refused_with_a_clear_message(db, p, admin, bad):
    with pytest.raises(InvalidInput) as exc:
        save(db, admin, body=f"Hi {bad}")
    assert exc.value.fields["body"].startswith(f"Unknown placeholder {bad}. Use one of: {{first_name}}")
    with pytest.raises(InvalidInput) as exc:
        save(db, admin, subject=f"New {bad}")
    assert "subject" in exc.value.fields
    assert db.exec(select(EmailTemplate)).all() == []


def test_empty_or_too_long_fields_are_refused(db, p, admin):
    with pytest.raises(InvalidInput) as exc:
        save(db, admin, subject="  ", body="x" * 5001, button_label="Go\nnow")
    assert exc.value.fields == {"subject": "Enter the subject.", "body": "Use at most 5000 characters.",
                                "button_label": "Remove the unusual characters from this field."}


def test_restore_default_brings_back_the_built_in_wording(db, p, admin):
    save(db, admin)
    shown = restore_default(session=db, actor=admin, key="new_lead")
    assert (shown["subject"], shown["customized"]) == ("New lead: {company}", False)
    assert db.exec(select(EmailTemplate)).all() == []
    create_lead(session=db, actor=admin, values=LEAD, partner_account_id=p.northwind.id)
    assert [e.subject for e in new_lead_emails(db)] == ["New lead: Acme"]
    # Saving the default text as it reads keeps no row either.
    d = get_template(session=db, actor=admin, key="new_lead")
    save_template(session=db, actor=admin, key="new_lead", subject=d["subject"], heading=d["heading"],
                  body=d["body"], button_label=d["button_label"])
    assert db.exec(select(EmailTemplate)).all() == []


def test_the_preview_fills_sample_values_and_reports_problems(db, p, admin):
    shown = preview_template(session=db, actor=admin, key="lead_status_reminder",
                             subject="{company} is {status}", heading="Update", body="{days} days, {nope}",
                             button_label="Update the Lead")
    assert shown["subject"] == "Analytical Engines Ltd is Accepted"
    assert "14 days, {nope}" in shown["text"]  # an unknown placeholder stays as typed
    assert shown["errors"]["body"].startswith("Unknown placeholder {nope}.")


def test_only_supplier_admins_see_or_change_templates(db, p, admin):
    for user in (p.alice, p.charlie):
        partner = p.actor(db, user)
        with pytest.raises(PermissionDenied):
            list_templates(session=db, actor=partner)
        with pytest.raises(PermissionDenied):
            get_template(session=db, actor=partner, key="new_lead")
        with pytest.raises(PermissionDenied):
            save(db, partner)
        with pytest.raises(PermissionDenied):
            restore_default(session=db, actor=partner, key="new_lead")
        with pytest.raises(PermissionDenied):
            preview_template(session=db, actor=partner, key="new_lead", **CUSTOM)
    with pytest.raises(PermissionDenied):
        save(db, None)
    assert db.exec(select(EmailTemplate)).all() == []
    with pytest.raises(NotFound):
        save(db, admin, key="password_reset")  # only the lead emails are editable
