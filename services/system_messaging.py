"""Settings > System Messaging (seed 004): the supplier admin rewrites the New Lead
Notification and the Status Update emails. A template is plain text with {placeholders};
one row per template key, no row = the built-in wording of services/mail.py.

The admin writes words only: the values are filled in and the whole text HTML-escaped, a
placeholder is a bare name looked up in a fixed list (no str.format, so no "{0.__class__}"),
and the button always opens the lead's portal page."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from sqlmodel import Session, select

from models._base import utcnow
from models.messaging import EmailTemplate
from services import audit
from services.actors import Actor, require_admin
from services.errors import InvalidInput, NotFound
from services.validation import clean_text

# Placeholders every editable email knows; each template adds its own.
_COMMON = {
    "first_name": "The recipient's first name",
    "lead_name": "The lead's first and last name",
    "company": "The lead's company",
    "lead": "The lead's name and company (“Ada Lovelace at Acme”)",
    "supplier_name": "Your company name (Settings)",
    "program_name": "The program name (Settings)",
}


@dataclass(frozen=True)
class TemplateText:
    """What the admin edits; `body` is plain text, paragraphs separated by blank lines."""

    subject: str
    heading: str
    body: str
    button_label: str


@dataclass(frozen=True)
class Editable:
    key: str
    label: str
    description: str
    placeholders: dict[str, str]
    default: TemplateText
    sample: dict


EDITABLE: dict[str, Editable] = {e.key: e for e in (
    Editable(
        "new_lead", "New Lead Notification",
        "Sent to the partner's Lead Owners (or its partner admins) when a lead is assigned to "
        "the partner.",
        {**_COMMON, "source_campaign": "The lead's source campaign"},
        TemplateText(
            "New lead: {company}", "You have a new lead",
            "Hi {first_name},\n\n{supplier_name} sent your account a new lead: {lead}.\n\n"
            "Source campaign: {source_campaign}\n\nOpen it to accept or reject it.",
            "Review the Lead"),
        {"source_campaign": "Webinar: Zero Trust 101"},
    ),
    Editable(
        "lead_accept_reminder", "Status Update: accept reminder",
        "Sent by the Lead Settings workflow when nobody has accepted a new lead in time.",
        {**_COMMON, "hours": "Hours since the lead was sent",
         "window_hours": "The acceptance window in hours (0 when there is none)"},
        TemplateText(
            "Reminder: accept the lead {company}", "A new lead waits for you",
            "Hi {first_name},\n\n{supplier_name} sent your account the lead {lead} {hours} hours "
            "ago, and nobody has accepted it yet.\n\nAccept or reject it within the acceptance "
            "window ({window_hours} hours after it was sent); after that it is recalled and goes "
            "to another partner.",
            "Review the Lead"),
        {"hours": 24, "window_hours": 48},
    ),
    Editable(
        "lead_status_reminder", "Status Update: status reminder",
        "Sent by the Lead Settings workflow when an accepted lead's status has not changed for "
        "the reminder period.",
        {**_COMMON, "status": "The lead's status", "days": "Days in that status"},
        TemplateText(
            "Reminder: update the status of {company}", "How is this lead going?",
            "Hi {first_name},\n\nThe lead {lead} has been {status} for {days} days.\n\n"
            "Let {supplier_name} know where it stands: update its status and opportunity.",
            "Update the Lead"),
        {"status": "Accepted", "days": 14},
    ),
)}

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_LIMITS = {"subject": 200, "heading": 200, "body": 5000, "button_label": 60}
_LABELS = {"subject": "Subject", "heading": "Heading", "body": "Body", "button_label": "Button label"}


def _editable(key: object) -> Editable:
    found = EDITABLE.get(str(key or ""))
    if found is None:
        raise NotFound("That email template was not found.")
    return found


def fill(text: str, values: dict[str, str]) -> str:
    """Replace each {name} known in `values`; anything else stays as typed. Plain text in,
    plain text out: the caller escapes the result for HTML."""
    def one(m: re.Match) -> str:
        name = m.group(1)
        return str(values[name]) if name in values else m.group(0)

    return _PLACEHOLDER.sub(one, text)


def values_for(program, ctx: dict) -> dict[str, str]:
    """The placeholder values of one email, from what services/mail.py's render gets."""
    who, company = ctx.get("lead_name") or "", ctx.get("company") or ""
    values = {
        "first_name": ctx.get("name") or "there",
        "lead_name": who, "company": company or who,
        "lead": f"{who}{' at ' if who and company else ''}{company}",
        "supplier_name": program.supplier_name, "program_name": program.program_name,
    }
    for name in ("source_campaign", "status", "days", "hours", "window_hours"):
        if name in ctx:
            values[name] = "" if ctx[name] is None else str(ctx[name])
    return values


def render_parts(text: TemplateText, program, ctx: dict) -> tuple[str, str, list[str], tuple[str, str]]:
    """(subject, heading, HTML paragraphs, button) as services/mail.py's templates return them.
    The paragraphs are escaped whole, so neither the admin nor a lead's values add markup; the
    button's address is always the lead's page the caller passed."""
    values = values_for(program, ctx)
    subject = " ".join(fill(text.subject, values).split())  # one header line
    heading = fill(text.heading, values)  # escaped by the layout
    body = fill(text.body.replace("\r\n", "\n"), values)
    paragraphs = [html.escape(p.strip()).replace("\n", "<br>")
                  for p in re.split(r"\n\s*\n", body) if p.strip()]
    return subject, heading, paragraphs, (" ".join(fill(text.button_label, values).split()), ctx["url"])


def stored_templates(session: Session, keys) -> dict[str, TemplateText]:
    """The admin's versions of these template keys (absent: the built-in wording)."""
    keys = [k for k in set(keys) if k in EDITABLE]
    if not keys:
        return {}
    rows = session.exec(select(EmailTemplate).where(EmailTemplate.key.in_(keys))).all()
    return {r.key: TemplateText(r.subject, r.heading, r.body, r.button_label) for r in rows}


# ---------------------------------------------------------------- the admin page


def list_templates(*, session: Session, actor: Actor) -> list[dict]:
    require_admin(actor)
    stored = {r.key: r for r in session.exec(select(EmailTemplate)).all()}
    return [{"key": e.key, "label": e.label, "description": e.description,
             "customized": e.key in stored,
             "updated": stored[e.key].updated_at.strftime("%Y-%m-%d %H:%M") if e.key in stored else ""}
            for e in EDITABLE.values()]


def get_template(*, session: Session, actor: Actor, key: str) -> dict:
    require_admin(actor)
    e = _editable(key)
    text = stored_templates(session, [e.key]).get(e.key) or e.default
    return {"key": e.key, "label": e.label, "description": e.description,
            "customized": text is not e.default, "placeholders": e.placeholders,
            "subject": text.subject, "heading": text.heading, "body": text.body,
            "button_label": text.button_label}


def check_template(key: str, subject: object, heading: object, body: object,
                   button_label: object) -> tuple[TemplateText, dict[str, str]]:
    """The cleaned text and a message per field that cannot be saved."""
    e = _editable(key)
    errors: dict[str, str] = {}
    raw = {"subject": subject, "heading": heading, "body": body, "button_label": button_label}
    cleaned = {}
    for name, value in raw.items():
        cleaned[name] = clean_text(errors, name, value, max_len=_LIMITS[name],
                                   required=f"Enter the {_LABELS[name].lower()}.",
                                   multiline=name == "body")
        if name in errors:
            continue
        unknown = [m for m in _PLACEHOLDER.findall(cleaned[name]) if m not in e.placeholders]
        if unknown:
            errors[name] = (f"Unknown placeholder {{{unknown[0]}}}. Use one of: "
                            + ", ".join("{" + p + "}" for p in e.placeholders) + ".")
    return TemplateText(**cleaned), errors


def preview_template(*, session: Session, actor: Actor, key: str, subject: object, heading: object,
                     body: object, button_label: object) -> dict:
    """The email as a Lead Owner would get it, with sample values, and what is wrong with it."""
    from services.mail import get_program, render

    require_admin(actor)
    e = _editable(key)
    text, errors = check_template(e.key, subject, heading, body, button_label)
    program = get_program(session)
    rendered = render(e.key, program, custom=text, **sample_context(program, e))
    return {"subject": rendered.subject, "html": rendered.html, "text": rendered.text, "errors": errors}


def sample_context(program, e: Editable) -> dict:
    from prm.settings import get_settings

    return {"name": "Alex", "lead_name": "Ada Lovelace", "company": "Analytical Engines Ltd",
            "url": f"{get_settings().base_url}/portal/leads/view?id=123", **e.sample}


def save_template(*, session: Session, actor: Actor, key: str, subject: object, heading: object,
                  body: object, button_label: object) -> dict:
    require_admin(actor)
    e = _editable(key)
    text, errors = check_template(e.key, subject, heading, body, button_label)
    if errors:
        raise InvalidInput("Check the template.", errors)
    row = session.exec(select(EmailTemplate).where(EmailTemplate.key == e.key)).first()
    if text == e.default:
        # Saved as the default reads: the built-in wording, exactly as it always was.
        if row is not None:
            session.delete(row)
    else:
        row = row or EmailTemplate(key=e.key)
        row.subject, row.heading, row.body, row.button_label = (
            text.subject, text.heading, text.body, text.button_label)
        row.updated_by_user_id, row.updated_at = actor.user_id, utcnow()
        session.add(row)
    audit.record(session, actor, "email_template.saved", "email_template", e.key)
    session.commit()
    return get_template(session=session, actor=actor, key=e.key)


def restore_default(*, session: Session, actor: Actor, key: str) -> dict:
    require_admin(actor)
    e = _editable(key)
    row = session.exec(select(EmailTemplate).where(EmailTemplate.key == e.key)).first()
    if row is not None:
        session.delete(row)
        audit.record(session, actor, "email_template.restored", "email_template", e.key)
        session.commit()
    return get_template(session=session, actor=actor, key=e.key)
