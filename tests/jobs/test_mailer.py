"""jobs.mailer: the message put on the wire, and how SMTP answers become retry-or-give-up.
These talk to a real SMTP server (aiosmtpd) and need no database: the row is never saved."""

from __future__ import annotations

import socket

import pytest

from jobs import mailer
from models.messaging import EmailMessage
from prm.settings import reset_settings_cache
from tests.jobs.conftest import free_port


def make_row(**fields) -> EmailMessage:
    values = dict(
        id=1, idempotency_key="test:1", to_email="pat@partner.example", to_name="Pat Partner",
        subject="Reset your password", template="password_reset",
        html_body="<p>Hi <b>Pat</b></p>", text_body="Hi Pat", message_id="<m1@localhost>",
    )
    values.update(fields)
    return EmailMessage(**values)


def use_smtp_url(monkeypatch, url: str) -> None:
    monkeypatch.setenv("SMTP_URL", url)
    reset_settings_cache()


def test_it_sends_one_multipart_message_from_mail_from(smtp_server, monkeypatch):
    monkeypatch.setenv("MAIL_FROM", "Acme Partners <partners@acme.example>")
    reset_settings_cache()

    assert mailer.send(make_row()) == "smtp"

    [received] = smtp_server.received
    assert received.mail_from == "partners@acme.example"
    assert received.rcpt_tos == ["pat@partner.example"] and not received.tls
    msg = received.message
    assert msg["From"] == "Acme Partners <partners@acme.example>"
    assert msg["To"] == "Pat Partner <pat@partner.example>"
    assert msg["Message-ID"] == "<m1@localhost>"
    assert msg["Date"] is not None
    assert msg.get_content_type() == "multipart/alternative"
    assert msg.get_body(("plain",)).get_content().strip() == "Hi Pat"
    assert msg.get_body(("html",)).get_content().strip() == "<p>Hi <b>Pat</b></p>"


def test_non_ascii_names_and_subjects_arrive_intact(smtp_server):
    mailer.send(make_row(to_name="Zoë Ångström, Jr.", subject="Café — €5 credit"))

    msg = smtp_server.messages[0]
    [address] = msg["To"].addresses
    assert (address.display_name, address.addr_spec) == ("Zoë Ångström, Jr.", "pat@partner.example")
    assert msg["Subject"] == "Café — €5 credit"


@pytest.mark.parametrize("stage", ["RCPT", "DATA"])
@pytest.mark.parametrize("reply, failure", [
    ("451 4.3.0 try later", mailer.TemporaryFailure),
    ("452 4.2.2 mailbox full", mailer.TemporaryFailure),
    ("550 5.1.1 no such user", mailer.PermanentFailure),
    ("554 5.7.1 rejected", mailer.PermanentFailure),
])
def test_server_answers_decide_retry_or_give_up(smtp_server, stage, reply, failure):
    smtp_server.answer("pat@partner.example", reply, at=stage)

    with pytest.raises(failure) as raised:
        mailer.send(make_row())

    assert reply[:3] in str(raised.value) and reply[10:] in str(raised.value)
    assert smtp_server.received == []


def test_a_server_that_never_answers_is_a_temporary_failure_after_the_timeout(monkeypatch):
    # Accepts the TCP connection (the kernel does) but never says hello.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        use_smtp_url(monkeypatch, f"smtp://127.0.0.1:{silent.getsockname()[1]}?timeout=0.5")
        with pytest.raises(mailer.TemporaryFailure):
            mailer.send(make_row())


def test_an_unreachable_server_is_a_temporary_failure(monkeypatch):
    use_smtp_url(monkeypatch, f"smtp://127.0.0.1:{free_port()}?timeout=2")

    with pytest.raises(mailer.TemporaryFailure):
        mailer.send(make_row())


@pytest.mark.parametrize("mode, url", [
    ("starttls", "smtp://127.0.0.1:{port}?security=starttls&timeout=5"),
    ("ssl", "smtps://127.0.0.1:{port}?timeout=5"),
])
def test_it_sends_over_tls_to_a_trusted_server(tls_smtp_server, tls_cert, monkeypatch, mode, url):
    server = tls_smtp_server(mode)
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_cert[0]))  # trust the test certificate
    use_smtp_url(monkeypatch, url.format(port=server.port))

    assert mailer.send(make_row()) == "smtp"

    [received] = server.received
    assert received.tls and received.rcpt_tos == ["pat@partner.example"]


@pytest.mark.parametrize("mode, url", [
    ("starttls", "smtp://127.0.0.1:{port}?security=starttls&timeout=5"),
    ("ssl", "smtps://127.0.0.1:{port}?timeout=5"),
])
def test_it_refuses_a_server_certificate_it_cannot_verify(tls_smtp_server, monkeypatch, mode, url):
    server = tls_smtp_server(mode)  # self-signed, and not trusted here
    use_smtp_url(monkeypatch, url.format(port=server.port))

    with pytest.raises(mailer.TemporaryFailure, match="CERTIFICATE_VERIFY_FAILED"):
        mailer.send(make_row())

    assert server.received == []


@pytest.mark.parametrize("field", ["subject", "to_name", "to_email"])
@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_cr_or_lf_in_a_header_is_refused_before_anything_is_sent(smtp_server, field, newline):
    value = {"subject": "Hi", "to_name": "Pat", "to_email": "pat@partner.example"}[field]
    row = make_row(**{field: f"{value}{newline}Bcc: victim@evil.example"})

    with pytest.raises(mailer.PermanentFailure, match="header injection"):
        mailer.send(row)

    assert smtp_server.received == []


def test_text_attachments_arrive_with_their_names_and_a_forged_type_is_refused(smtp_server):
    attachments = [{"filename": "spring-leads-not-imported.csv", "content_type": "text/csv",
                    "content": "row,reason\n3,Zoë: no email\n"},
                   {"filename": 'Zoë\'s "rows"\r\nBcc: x.csv', "content_type": "text/plain", "content": "é"}]

    mailer.send(make_row(attachments=attachments))

    [msg] = smtp_server.messages
    assert msg.get_content_type() == "multipart/mixed"
    assert msg.get_body(("plain",)).get_content().strip() == "Hi Pat"
    parts = list(msg.iter_attachments())
    assert [p.get_filename() for p in parts] == ["spring-leads-not-imported.csv", 'Zoë\'s "rows"\r\nBcc: x.csv']
    assert [p.get_content().replace("\r\n", "\n") for p in parts] == ["row,reason\n3,Zoë: no email\n", "é"]
    assert msg["Bcc"] is None

    forged = [{"filename": "a.csv", "content_type": "text/csv\r\nBcc: victim@evil.example", "content": "x"}]
    with pytest.raises(mailer.PermanentFailure, match="attachment type"):
        mailer.send(make_row(attachments=forged))
    assert len(smtp_server.messages) == 1


def test_long_lines_and_dots_in_a_body_arrive_as_written(smtp_server):
    text = "x" * 3000 + "\n.\n.hidden\n\r\ntrailing space \nend"
    html = "<p>" + "y" * 3000 + "</p>\n."

    mailer.send(make_row(text_body=text, html_body=html))

    wire = mailer.render(make_row(text_body=text, html_body=html), "PRM <noreply@prm.example>")
    assert max(len(line) for line in wire.split(b"\r\n")) <= 78 and wire.isascii()  # quoted-printable
    assert b"\n" not in wire.replace(b"\r\n", b"")  # every line ends in CRLF
    msg = smtp_server.messages[0]
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == text.replace("\r\n", "\n")
    assert msg.get_body(("html",)).get_content().replace("\r\n", "\n") == html


def test_before_dot_runs_with_the_message_written_but_not_yet_ended(smtp_server, monkeypatch):
    """The hooks a batch uses to commit "sent": before_dot runs while the server still waits for
    the final dot (it cannot have taken the message), handed_over once the dot is written."""
    monkeypatch.setenv("SMTP_URL", smtp_server.url())
    reset_settings_cache()
    calls = []
    with mailer.Connection() as conn:
        for n in range(2):
            conn.send(make_row(message_id=f"<m{n}@localhost>"),
                      before_dot=lambda: calls.append(("before_dot", len(smtp_server.received))),
                      handed_over=lambda: calls.append(("handed_over",)))
        nodelay = conn.client.sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)

    assert calls == [("before_dot", 0), ("handed_over",), ("before_dot", 1), ("handed_over",)]
    assert [m["Message-ID"] for m in smtp_server.messages] == ["<m0@localhost>", "<m1@localhost>"]
    assert nodelay  # the dot, written on its own, goes at once
