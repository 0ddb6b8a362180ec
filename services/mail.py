"""Queue emails: render a template, record one row per recipient, hand it to the emails queue.

The row is the delivery record: its idempotency key makes queueing twice a no-op, and the
job claims it with a conditional UPDATE so delivering twice is a no-op too.
"""

from __future__ import annotations

import functools
import html
import os
import re
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from models.accounts import ProgramSettings
from models.messaging import EmailMessage


@dataclass(frozen=True)
class Rendered:
    subject: str
    html: str
    text: str


def _layout(program: ProgramSettings, heading: str, paragraphs: list[str], button=None) -> str:
    esc = html.escape
    body = "".join(f'<p style="margin:0 0 14px">{p}</p>' for p in paragraphs)
    if button:
        label, url = button
        url = esc(url)
        body += (
            f'<p style="margin:24px 0"><a href="{url}" style="background:#3e63dd;'
            f"color:#fff;padding:11px 20px;border-radius:6px;text-decoration:none;"
            f'font-weight:600;display:inline-block">{esc(label)}</a></p>'
            f'<p style="margin:0 0 14px;color:#60646c;font-size:13px">Or paste this link into '
            f'your browser:<br><a href="{url}" style="color:#3e63dd">{url}</a></p>'
        )
    top, bottom = _frame(program.program_name, program.supplier_name, program.support_email)
    return f"{top}{esc(heading)}</h1>{body}{bottom}"


@functools.lru_cache(maxsize=16)
def _frame(program_name: str, supplier_name: str, support_email: str) -> tuple[str, str]:
    """The layout around an email's heading and body, the same for every email of a program
    (an import renders thousands)."""
    esc = html.escape
    top = (
        '<!doctype html><html><body style="margin:0;background:#f4f5f7;'
        'font-family:Helvetica,Arial,sans-serif;color:#1c2024">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:32px 12px">'
        '<table role="presentation" width="560" cellpadding="0" cellspacing="0" '
        'style="background:#fff;border-radius:10px;border:1px solid #e0e1e6">'
        f'<tr><td style="padding:20px 28px;border-bottom:1px solid #e0e1e6;font-weight:700;'
        f'color:#3e63dd">{esc(program_name)}</td></tr>'
        f'<tr><td style="padding:28px"><h1 style="font-size:20px;margin:0 0 18px">'
    )
    bottom = (
        "</td></tr>"
        f'<tr><td style="padding:16px 28px;border-top:1px solid #e0e1e6;color:#80838d;'
        f'font-size:12px">{esc(supplier_name)} · Questions? '
        f"{esc(support_email)}</td></tr>"
        "</table></td></tr></table></body></html>"
    )
    return top, bottom


def _password_reset(program, name, ctx):
    return (
        f"Reset your {program.program_name} password",
        "Reset your password",
        [
            f"Hi {name},",
            "We received a request to reset the password for your account. "
            f"The link below works once and expires in {ctx['hours']} hours.",
            "If you did not ask for this, you can ignore this email: your password stays as it is.",
        ],
        ("Reset Password", ctx["url"]),
    )


def _set_password(program, name, ctx):
    return (
        f"Create your {program.program_name} login",
        "Welcome aboard",
        [
            f"Hi {name},",
            f"Your access to the {html.escape(program.program_name)} is ready. Choose a password "
            f"to finish setting up your login. The link works once and expires in {ctx['hours']} hours.",
        ],
        ("Set Password", ctx["url"]),
    )


def _invitation(program, name, ctx):
    supplier = html.escape(program.supplier_name)
    return (
        f"{program.supplier_name} invites {ctx['partner_name']} to the {program.program_name}",
        f"Join the {program.program_name}",
        [
            f"Hi {name},",
            f"{supplier} invites <strong>{html.escape(ctx['partner_name'])}</strong> to become a "
            f"partner. Partners get leads, marketing support and a portal to work them in.",
            f"Submit your application to accept the invitation, or decline it. The link expires "
            f"in {ctx['days']} days.",
        ],
        ("Submit Your Application", ctx["url"]),
    )


def _application_received(program, name, ctx):
    return (
        f"We received your application to the {program.program_name}",
        "Thanks for applying",
        [
            f"Hi {name},",
            f"We received the application of <strong>{html.escape(ctx['company_name'])}</strong>. "
            f"{html.escape(program.supplier_name)} reviews every request and will email you "
            "when it is approved.",
        ],
        None,
    )


def _application_duplicate(program, name, ctx):
    """Someone applied with an address that already has an account, an application or an
    invitation: the page answered as for anyone, and only the owner of the inbox learns why."""
    reasons = {
        "user": ("You already have an account with this email. Log in to the partner portal, or "
                 "use “Forgot password?” on its login page if you cannot."),
        "pending": "An application for this email is already waiting for review.",
        "invitation": ("This email has an open invitation: use the Submit Your Application link in "
                       "the invitation email."),
    }
    return (
        f"About your application to the {program.program_name}",
        "We already know this email",
        [
            f"Hi {name},",
            f"Someone (we hope you) applied to the {html.escape(program.program_name)} with this "
            "email address, and we made no new application.",
            html.escape(reasons[ctx["reason"]]),
            "If it was not you, ignore this email: nothing has changed.",
        ],
        None,
    )


def _application_rejected(program, name, ctx):
    return (
        f"Your application to the {program.program_name}",
        "About your application",
        [
            f"Hi {name},",
            f"Thank you for your interest in the {html.escape(program.program_name)}. We are not "
            f"able to approve the application of <strong>{html.escape(ctx['company_name'])}</strong> "
            "at this time.",
            f"Reason: {html.escape(ctx['reason'])}",
        ],
        None,
    )


def _pending_partner_notice(program, name, ctx):
    return (
        f"New partner request: {ctx['company_name']}",
        "A partner request is waiting",
        [
            f"Hi {name},",
            f"<strong>{html.escape(ctx['company_name'])}</strong> ({html.escape(ctx['email'])}) "
            "applied to join the program and waits in Pending Partners for your review.",
            html.escape(ctx.get("note", "")),
        ],
        ("Review in Pending Partners", ctx["url"]),
    )


def _invitation_request(program, name, ctx):
    return (
        f"Request for a new invitation from {ctx['email']}",
        "Someone asks for a new invitation",
        [
            f"Hi {name},",
            f"{html.escape(ctx['email'])} opened an invitation link that no longer works and asks "
            "for a new invitation.",
            f"Their message: {html.escape(ctx['message'] or '(none)')}",
        ],
        ("Open Invitations", ctx["url"]),
    )


def _import_result(program, name, ctx):
    """The result of a CSV import; ctx["noun"] says what its rows became ("invitation", "lead")."""
    created, processed = ctx["created"], ctx["processed"]
    not_imported = ctx["not_imported"]
    noun = ctx.get("noun") or "invitation"
    made = f"{created} {noun}{'' if created == 1 else 's'} created"
    if ctx.get("cancelled"):
        subject = f"Your {noun} import was cancelled: {made}"
        heading = f"Your {noun} import was cancelled"
    else:
        subject = f"Your {noun} import: {made}"
        heading = f"Your {noun} import is complete"
    if ctx.get("error"):
        subject = f"Your {noun} import stopped: {made}"
        heading = f"Your {noun} import stopped"
        ending = f"stopped because of an error: {html.escape(ctx['error'])}"
    else:
        ending = "stopped because it was cancelled." if ctx.get("cancelled") else "finished."
    paras = [
        f"Hi {name},",
        f"The import of <strong>{html.escape(ctx['filename'])}</strong> has {ending}",
        f"Rows in the file: {ctx['total']}<br>Rows processed: {processed}<br>"
        f"{noun.capitalize()}s created: {created}<br>Rows not imported: {not_imported}",
    ]
    if not_imported:
        paras.append("The attached file lists the rows that were not imported, each with the "
                     "reason. Correct them and import the file again." + (
                         " It holds the first rows only: the full list is too long for an email."
                         if ctx.get("truncated") else ""))
    if ctx.get("cancelled") and ctx.get("not_processed"):
        paras.append(f"{ctx['not_processed']} valid rows were not processed before the cancel: "
                     f"import the file again to create them (rows whose {noun} exists already are "
                     "skipped).")
    return subject, heading, paras, (ctx.get("button") or "Open Invitations", ctx["url"])


def _new_lead(program, name, ctx):
    who = html.escape(ctx.get("lead_name") or "")
    company = html.escape(ctx.get("company") or "")
    campaign = html.escape(ctx.get("source_campaign") or "")
    return (
        f"New lead: {ctx.get('company') or ctx.get('lead_name')}",
        "You have a new lead",
        [
            f"Hi {name},",
            f"{html.escape(program.supplier_name)} sent your account a new lead: "
            f"<strong>{who}{' at ' if who and company else ''}{company}</strong>.",
            f"Source campaign: {campaign}" if campaign else "",
            "Open it to accept or reject it.",
        ],
        ("Review the Lead", ctx["url"]),
    )


def _partnership_offer(program, name, ctx):
    partner = html.escape(ctx.get("partner_name") or "")
    message = html.escape(ctx.get("message") or "").replace("\n", "<br>")
    return (
        f"Partnership offer from {ctx.get('partner_name')}",
        "You have a partnership offer",
        [
            f"Hi {name},",
            f"<strong>{partner}</strong> sent your company a partnership offer through "
            f"{html.escape(program.program_name)}. Their message:",
            f"<em>{message}</em>" if message else "",
            "Open your business partner list to accept or decline it.",
        ],
        ("Review the Offer", ctx["url"]),
    )


def _partnership_answer(program, name, ctx):
    customer = html.escape(ctx.get("customer_name") or "")
    answer = "accepted" if ctx.get("answer") == "accepted" else "declined"
    reason = html.escape(ctx.get("reason") or "")
    return (
        f"{ctx.get('customer_name')} {answer} your partnership offer",
        f"Partnership offer {answer}",
        [
            f"Hi {name},",
            f"<strong>{customer}</strong> {answer} your partnership offer.",
            f"Their reason: {reason}" if reason else "",
        ],
        ("Open Your Business Partners", ctx["url"]),
    )


def _partnership_modified(program, name, ctx):
    other = html.escape(ctx.get("other_name") or "")
    return (
        f"{ctx.get('other_name')} changed your partnership details",
        "Partnership details modified",
        [
            f"Hi {name},",
            f"<strong>{other}</strong> modified the details of your partnership. "
            "The changes take effect once you confirm them.",
        ],
        ("Review the Changes", ctx["url"]),
    )


def _lead_registration_decision(program, name, ctx):
    company = html.escape(ctx.get("company") or "")
    who = html.escape(ctx.get("lead_name") or "")
    lead = f"<strong>{who}{' at ' if who and company else ''}{company}</strong>"
    if ctx["approved"]:
        return (
            f"Lead registration approved: {ctx.get('company')}",
            "Your lead registration is approved",
            [f"Hi {name},",
             f"{html.escape(program.supplier_name)} approved your registration of {lead}.",
             "The lead is yours to work: keep its status and opportunity up to date."],
            ("Open the Lead", ctx["url"]),
        )
    return (
        f"Lead registration rejected: {ctx.get('company')}",
        "Your lead registration was rejected",
        [f"Hi {name},",
         f"{html.escape(program.supplier_name)} rejected your registration of {lead}.",
         f"Reason: {html.escape(ctx.get('reason') or '')}"],
        ("Open the Lead", ctx["url"]),
    )


def _lead_registration_notice(program, name, ctx):
    company = html.escape(ctx.get("company") or "")
    who = html.escape(ctx.get("lead_name") or "")
    return (
        f"New lead registration: {ctx.get('company')}",
        "A partner registered a lead",
        [
            f"{html.escape(ctx.get('registrant') or '')} of <strong>{html.escape(ctx.get('partner_name') or '')}"
            f"</strong> registered the lead <strong>{who}{' at ' if who and company else ''}{company}</strong>. "
            "It waits in Pending Approval for you to approve or reject it.",
            "It may conflict with a lead already registered or distributed: its page lists them."
            if ctx.get("possible_conflict") else "",
        ],
        ("Review Registrations", ctx["url"]),
    )


def _lead_accept_reminder(program, name, ctx):
    who = html.escape(ctx.get("lead_name") or "")
    company = html.escape(ctx.get("company") or "")
    return (
        f"Reminder: accept the lead {ctx.get('company') or ctx.get('lead_name')}",
        "A new lead waits for you",
        [
            f"Hi {name},",
            f"{html.escape(program.supplier_name)} sent your account the lead "
            f"<strong>{who}{' at ' if who and company else ''}{company}</strong> "
            f"{ctx['hours']} hours ago, and nobody has accepted it yet.",
            f"Accept or reject it within the acceptance window ({ctx['window_hours']} hours after it "
            "was sent); after that it is recalled and goes to another partner."
            if ctx.get("window_hours") else "",
        ],
        ("Review the Lead", ctx["url"]),
    )


def _lead_status_reminder(program, name, ctx):
    who = html.escape(ctx.get("lead_name") or "")
    company = html.escape(ctx.get("company") or "")
    return (
        f"Reminder: update the status of {ctx.get('company') or ctx.get('lead_name')}",
        "How is this lead going?",
        [
            f"Hi {name},",
            f"The lead <strong>{who}{' at ' if who and company else ''}{company}</strong> has been "
            f"<strong>{html.escape(ctx['status'])}</strong> for {ctx['days']} days.",
            f"Let {html.escape(program.supplier_name)} know where it stands: update its status "
            "and opportunity.",
        ],
        ("Update the Lead", ctx["url"]),
    )


TEMPLATES = {
    "partnership_offer": _partnership_offer,
    "partnership_answer": _partnership_answer,
    "partnership_modified": _partnership_modified,
    "new_lead": _new_lead,
    "lead_registration_decision": _lead_registration_decision,
    "lead_registration_notice": _lead_registration_notice,
    "lead_accept_reminder": _lead_accept_reminder,
    "lead_status_reminder": _lead_status_reminder,
    "password_reset": _password_reset,
    "set_password": _set_password,
    "invitation": _invitation,
    "application_received": _application_received,
    "application_duplicate": _application_duplicate,
    "application_rejected": _application_rejected,
    "pending_partner_notice": _pending_partner_notice,
    "invitation_request": _invitation_request,
    "import_result": _import_result,
}


def render(template: str, program: ProgramSettings, *, custom=None, **ctx) -> Rendered:
    """The app's transactional emails. Values from people are escaped here, once.
    custom: the admin's wording of this email from Settings > System Messaging
    (services.system_messaging.TemplateText), else the built-in wording below."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown email template {template!r}")
    if custom is not None:
        from services.system_messaging import render_parts

        subject, heading, paras, button = render_parts(custom, program, ctx)
    else:
        name = html.escape(ctx.get("name") or "there")
        subject, heading, paras, button = TEMPLATES[template](program, name, ctx)
    paras = [p for p in paras if p]
    html_body = _layout(program, heading, paras, button)
    text_lines = [heading, ""] + [html.unescape(_strip_tags(p.replace("<br>", "\n"))) for p in paras]
    if button:
        text_lines += ["", f"{button[0]}: {button[1]}"]
    text_lines += ["", f"{program.supplier_name} · {program.support_email}"]
    return Rendered(subject=subject, html=html_body, text="\n".join(text_lines))


_TAG = re.compile(r"<[^>]+>")


def _strip_tags(fragment: str) -> str:
    return _TAG.sub("", fragment)


def get_program(session: Session) -> ProgramSettings:
    program = session.get(ProgramSettings, 1)
    if program is None:
        # The first use in a new database: the row with its defaults, in the caller's transaction
        # (a commit here would commit the caller's work halfway, such as an import batch's leads
        # without their notifications). Another connection doing the same at once waits for this
        # one and adds nothing; the two import connections used to collide here.
        from services.bulk import insert_ignore

        insert_ignore(session, ProgramSettings.__table__, {"id": 1}, ["id"])
        program = session.get(ProgramSettings, 1)
    return program


def _message_id_domain() -> str:
    from prm.settings import get_settings

    return get_settings().base_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "localhost"


def _message_id(domain: str | None = None) -> str:
    return _message_ids(1, domain or _message_id_domain())[0]


def _message_ids(count: int, domain: str) -> list[str]:
    """`count` Message-IDs (128 random bits in hex each) from one read of the system's random
    source: a uuid4 each (one read, one UUID object) was 0.7 s of an import's 50k
    notifications."""
    bits = os.urandom(16 * count).hex()
    return [f"<{bits[i:i + 32]}@{domain}>" for i in range(0, 32 * count, 32)]


def queue_email(
    *,
    session: Session,
    to_email: str,
    to_name: str = "",
    template: str,
    idempotency_key: str,
    enqueue: bool = True,
    attachments: list[dict] | None = None,
    **ctx,
) -> int:
    """Record an email and enqueue its delivery. Same key twice → the same row, queued once.
    attachments: [{"filename", "content_type", "content"}] with text content (e.g. a CSV)."""
    existing = session.exec(
        select(EmailMessage).where(EmailMessage.idempotency_key == idempotency_key)
    ).first()
    if existing is not None:
        return existing.id
    from services.system_messaging import stored_templates

    custom = stored_templates(session, [template]).get(template)
    rendered = render(template, get_program(session), custom=custom, name=to_name, **ctx)
    row = EmailMessage(
        idempotency_key=idempotency_key,
        to_email=to_email,
        to_name=to_name,
        subject=rendered.subject[:300],
        template=template,
        html_body=rendered.html,
        text_body=rendered.text,
        message_id=_message_id(),
        attachments=_checked_attachments(attachments),
    )
    session.add(row)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return session.exec(
            select(EmailMessage).where(EmailMessage.idempotency_key == idempotency_key)
        ).one().id
    if enqueue:
        from jobs.queues import enqueue_email_delivery

        enqueue_email_delivery(row.id)
    return row.id


def _checked_attachments(attachments: list[dict] | None) -> list[dict]:
    checked = []
    for a in attachments or []:
        filename, content_type = str(a["filename"]), str(a.get("content_type") or "text/plain")
        if any(c in filename + content_type for c in "\r\n\"") or content_type.count("/") != 1:
            raise ValueError(f"unsafe attachment name or type: {filename!r} {content_type!r}")
        checked.append({"filename": filename, "content_type": content_type,
                        "content": str(a["content"])})
    return checked


def record_emails(*, session: Session, emails: list[dict]) -> list[int]:
    """queue_email for many recipients at once, inside the caller's transaction: renders and
    inserts the rows whose idempotency key is new, and returns their ids (the emails to
    deliver). The caller commits, then enqueues their delivery (jobs.queues.enqueue_email_batch).
    Each item: to_email, to_name, template, idempotency_key, attachments (optional), and the
    template's values under "ctx"."""
    from services.bulk import bulk_insert, new_ids, one_of
    from services.system_messaging import stored_templates

    if not emails:
        return []
    keys = [e["idempotency_key"] for e in emails]
    existing = set(session.exec(
        select(EmailMessage.idempotency_key).where(one_of(session, EmailMessage.idempotency_key, keys))).all())
    program = get_program(session)
    customs = stored_templates(session, {e["template"] for e in emails})
    todo = []
    for e in emails:
        if e["idempotency_key"] not in existing:
            existing.add(e["idempotency_key"])
            todo.append(e)
    domain = _message_id_domain()
    # PostgreSQL: the ids taken ahead from the sequence (not read back by key after the COPY).
    # SQLite: the rowids given (new_ids there needs the write lock, which a caller that wrote
    # nothing yet does not hold).
    ahead = new_ids(session, EmailMessage.__table__, len(todo)) \
        if session.get_bind().dialect.name == "postgresql" else None

    message_ids = _message_ids(len(todo), domain)

    def rows():
        # Rendered as the rows go to the database (bulk_insert streams them).
        for n, e in enumerate(todo):
            rendered = render(e["template"], program, custom=customs.get(e["template"]),
                              name=e.get("to_name", ""), **e.get("ctx", {}))
            yield {
                **({"id": ahead[n]} if ahead is not None else {}),
                "idempotency_key": e["idempotency_key"], "to_email": e["to_email"],
                "to_name": e.get("to_name", ""), "subject": rendered.subject[:300], "template": e["template"],
                "html_body": rendered.html, "text_body": rendered.text, "message_id": message_ids[n],
                "attachments": _checked_attachments(e.get("attachments")),
            }

    bulk_insert(session, EmailMessage.__table__, rows())
    if ahead is not None:
        return ahead
    new_keys = [e["idempotency_key"] for e in todo]
    ids = dict(session.exec(select(EmailMessage.idempotency_key, EmailMessage.id)
                            .where(one_of(session, EmailMessage.idempotency_key, new_keys))).all()) if todo else {}
    return [ids[k] for k in new_keys]
