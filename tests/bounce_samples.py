"""Bounce reports for the tests: real-world shaped samples in tests/fixtures/bounces (a Postfix
5.1.1 DSN, a Gmail 4.2.2 delay, an ARF complaint, an out-of-office reply) with the recipient and
the returned Message-ID filled in, and a small builder for DSN variants."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "bounces"


def our_message_id(message_id: int, user_id: int) -> str:
    """The Message-ID jobs/message_emails.py gives a recipient's copy of an Email."""
    return f"<message-{message_id}-user-{user_id}@example.com>"


def sample(name: str, *, recipient: str, original: str = "<unknown-123@elsewhere.example>",
           serial: int | str = 1) -> bytes:
    text = (FIXTURES / f"{name}.eml").read_text()
    return (text.replace("$RECIPIENT", recipient).replace("$ORIGINAL_MESSAGE_ID", original)
            .replace("$REPORT_SERIAL", str(serial)).encode())


def dsn(*, recipient: str, action: str = "failed", status: str = "5.1.1",
        diagnostic: str = "smtp; 550 5.1.1 User unknown", report_id: str = "<dsn-1@mx.example.net>",
        original: str = "<unknown-123@elsewhere.example>") -> bytes:
    return f"""From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: partners@example.com
Subject: Delivery Status Notification
Message-ID: {report_id}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

--BOUNDARY
Content-Type: text/plain

Delivery to {recipient}: {action} {status}.

--BOUNDARY
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; {recipient}
Action: {action}
Status: {status}
Diagnostic-Code: {diagnostic}

--BOUNDARY
Content-Type: text/rfc822-headers

From: Partner Program <partners@example.com>
To: {recipient}
Subject: Partner Summit
Message-ID: {original}

--BOUNDARY--
""".replace("\n", "\r\n").encode()


def email_to_northwind_being_sent(db, p) -> dict:
    """An Email to a group holding Northwind, with alice and bob opted in, whose sending has
    begun: alice and bob are its recipients (the deliveries are the caller's)."""
    from services import email_messages as em
    from services import messages

    for u in (p.alice, p.bob):
        u.supplier_emails_opt_in = True
        db.add(u)
    db.commit()
    admin = p.actor(db, p.admin)
    g = messages.save_group(session=db, actor=admin, name="Gold", account_ids=[p.northwind.id])
    m = em.create_email(session=db, actor=admin, title="Summit", body_html="<p>Hi</p>", group_ids=[g["id"]])
    em.schedule_email(session=db, actor=admin, message_id=m["id"], enqueue=False)
    assert em.begin_sending(session=db, message_id=int(m["id"])) is True
    return {"message_id": int(m["id"]), "group_id": g["id"]}

