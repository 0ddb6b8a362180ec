"""`python -m jobs.bounces`: a real Email is sent to a real SMTP server, the bounces of its
real Message-IDs land in a Maildir (and an mbox), and the command processes them — twice,
with the same result; a message left in new/ by a killed run is recorded once."""

from __future__ import annotations

import mailbox

import pytest
from sqlmodel import select

from jobs import bounces as command
from jobs import message_emails
from models.messaging import EmailEvent, EmailSuppression, MessageRecipient
from tests.bounce_samples import dsn, email_to_northwind_being_sent, sample
from tests.factories import personas


@pytest.fixture
def delivered(db, smtp_server):
    """An Email to Northwind sent through the real sending job: alice's and bob's copies
    reached the SMTP server; their Message-IDs are what the bounces quote."""
    p = personas(db)
    m = {"id": email_to_northwind_being_sent(db, p)["message_id"]}
    ids = list(db.exec(select(MessageRecipient.id).where(MessageRecipient.message_id == int(m["id"]))).all())
    assert message_emails.deliver_message_batch(int(m["id"]), ids) == {"sent": 2}
    p.message_id = int(m["id"])
    p.sent_ids = {a: smtp_server.messages_to(a)[0]["Message-ID"]
                  for a in ("alice@northwind.example", "bob@northwind.example")}
    return p


def state(db) -> tuple:
    db.expire_all()
    events = sorted((e.email, e.kind, e.bounce_type, e.message_id) for e in db.exec(select(EmailEvent)).all())
    suppressed = sorted((s.email, s.reason) for s in db.exec(select(EmailSuppression)).all())
    return events, suppressed


def reports(p) -> list[bytes]:
    return [
        sample("hard_5_1_1", recipient="alice@northwind.example", original=p.sent_ids["alice@northwind.example"]),
        sample("soft_4_2_2", recipient="bob@northwind.example", original=p.sent_ids["bob@northwind.example"]),
        sample("complaint_arf", recipient="charlie@contoso.example"),  # a Message-ID we never sent
        sample("auto_reply", recipient="alice@northwind.example", original=p.sent_ids["alice@northwind.example"]),
        b"this is not an email",
    ]


def run(capsys, *args) -> tuple[int, str]:
    code = command.main(list(args))
    return code, capsys.readouterr().out.strip()


def test_a_maildir_is_processed_and_a_rerun_changes_nothing(db, delivered, tmp_path, capsys):
    p = delivered
    box = mailbox.Maildir(tmp_path / "bounces", create=True)
    for raw in reports(p):
        box.add(raw)
    root = tmp_path / "bounces"

    code, out = run(capsys, "--maildir", str(root))
    assert out == "hard 1, soft 1, complaint 1, no bounce 0, ignored 1, duplicate 0, errors 1"
    assert code == 1  # the unreadable message is an error, for the operator's cron mail
    expected = (
        [("alice@northwind.example", "bounce", "hard", p.message_id),
         ("bob@northwind.example", "bounce", "soft", p.message_id),
         ("charlie@contoso.example", "complaint", "", None)],
        [("alice@northwind.example", "hard_bounce"), ("charlie@contoso.example", "complaint")],
    )
    assert state(db) == expected
    assert list((root / "new").iterdir()) == []
    flags = sorted(f.name.rpartition(":2,")[2] for f in (root / "cur").iterdir())
    assert flags == ["FS", "S", "S", "S", "S"]  # the unreadable one is flagged for a person

    code, out = run(capsys, "--maildir", str(root))
    assert (code, out) == (0, "hard 0, soft 0, complaint 0, no bounce 0, ignored 0, duplicate 0, errors 0")
    assert state(db) == expected

    # Killed after recording a report but before moving it: it is found again, recorded once.
    seen = next(f for f in (root / "cur").iterdir()
                if b"5.1.1" in f.read_bytes() and f.name.endswith(":2,S"))
    seen.rename(root / "new" / seen.name.split(":")[0])
    code, out = run(capsys, "--maildir", str(root))
    assert (code, out) == (0, "hard 0, soft 0, complaint 0, no bounce 0, ignored 0, duplicate 1, errors 0")
    assert state(db) == expected
    assert list((root / "new").iterdir()) == []


def test_an_mbox_is_read_and_left_as_it_is_and_a_rerun_records_nothing_twice(db, delivered, tmp_path, capsys):
    p = delivered
    path = tmp_path / "bounces.mbox"
    box = mailbox.mbox(str(path), create=True)
    for raw in reports(p)[:4] + [dsn(recipient="bob@northwind.example", action="delivered", status="2.0.0")]:
        box.add(raw)
    box.close()
    size = path.stat().st_size

    code, out = run(capsys, "--mbox", str(path))
    assert (code, out) == (0, "hard 1, soft 1, complaint 1, no bounce 1, ignored 1, duplicate 0, errors 0")
    first = state(db)
    code, out = run(capsys, "--mbox", str(path))
    assert (code, out) == (0, "hard 0, soft 0, complaint 0, no bounce 1, ignored 1, duplicate 3, errors 0")
    assert state(db) == first and path.stat().st_size == size


def test_it_refuses_a_path_that_is_no_mailbox(db, tmp_path):
    with pytest.raises(SystemExit, match="not a Maildir"):
        command.main(["--maildir", str(tmp_path)])
    with pytest.raises(SystemExit, match="not an mbox"):
        command.main(["--mbox", str(tmp_path / "missing")])
