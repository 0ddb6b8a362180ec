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
def test_server_answers_decide_retry_or_give_up(any_smtp_server, stage, reply, failure):
    any_smtp_server.answer("pat@partner.example", reply, at=stage)

    with pytest.raises(failure) as raised:
        mailer.send(make_row())

    assert reply[:3] in str(raised.value) and reply[10:] in str(raised.value)
    assert any_smtp_server.received == []


def send_three(answers: dict[str, str] | None = None) -> list:
    """Three messages on one Connection (to pat, sam, kim); each one's outcome: its transport,
    or the failure raised."""
    outcomes = []
    with mailer.Connection() as conn:
        for n, name in enumerate(["pat", "sam", "kim"]):
            try:
                outcomes.append(conn.send(make_row(to_email=f"{name}@partner.example", message_id=f"<m{n}@localhost>")))
            except (mailer.TemporaryFailure, mailer.PermanentFailure) as exc:
                outcomes.append(exc)
    return outcomes


@pytest.mark.parametrize("stage, reply", [("MAIL", "550 5.7.1 sender blocked"), ("RCPT", "550 5.1.1 no such user"),
                                          ("RCPT", "451 4.3.0 try later"), ("DATA", "554 5.7.1 rejected")])
def test_a_refusal_leaves_the_connection_ready_for_the_next_message(any_smtp_server, monkeypatch, stage, reply):
    """A refused message is refused alone: the next ones go on the same connection, each with
    its own answer (a pipelined group's answers are all read, none left for the next message)."""
    monkeypatch.setenv("MAIL_FROM", "PRM <noreply@prm.example>")
    reset_settings_cache()
    sender_refused = stage == "MAIL"
    any_smtp_server.answer("noreply@prm.example" if sender_refused else "sam@partner.example", reply, at=stage)
    if sender_refused:  # the sender is refused for the middle message only
        original = mailer.Connection.send

        def send(self, row, *args, **kwargs):
            if row.to_email != "sam@partner.example":
                any_smtp_server.answer("noreply@prm.example", None, at="MAIL")
            else:
                any_smtp_server.answer("noreply@prm.example", reply, at="MAIL")
            return original(self, row, *args, **kwargs)

        monkeypatch.setattr(mailer.Connection, "send", send)

    pat, sam, kim = send_three()

    assert pat == "smtp" and kim == "smtp"
    assert isinstance(sam, mailer.PermanentFailure if reply[0] == "5" else mailer.TemporaryFailure)
    assert reply[:3] in str(sam)
    received = any_smtp_server.received
    assert [r.rcpt_tos for r in received] == [["pat@partner.example"], ["kim@partner.example"]]
    assert [r.message["Message-ID"] for r in received] == ["<m0@localhost>", "<m2@localhost>"]
    assert len({r.peer for r in received}) == 1  # one connection throughout


@pytest.mark.parametrize("stage", ["RCPT", "DATA"])
def test_a_server_closing_the_connection_421_is_a_temporary_failure_and_the_next_message_reconnects(
        any_smtp_server, stage):
    any_smtp_server.answer("sam@partner.example", "421 4.7.0 closing", at=stage)

    pat, sam, kim = send_three()

    assert pat == "smtp" and kim == "smtp"
    assert isinstance(sam, mailer.TemporaryFailure) and "421" in str(sam)
    received = any_smtp_server.received
    assert [r.rcpt_tos for r in received] == [["pat@partner.example"], ["kim@partner.example"]]
    assert received[0].peer != received[1].peer  # the client hung up after the 421 and dialled again


def test_to_a_server_that_offers_pipelining_a_message_takes_two_round_trips(pipelining_smtp_server, wire_tap,
                                                                          monkeypatch):
    """MAIL FROM, RCPT TO and DATA in one write; the message and its dot, after the 354, in
    another: two waits for the server per message instead of four."""
    tap = wire_tap(pipelining_smtp_server.port)
    use_smtp_url(monkeypatch, f"smtp://127.0.0.1:{tap.port}?timeout=5")

    assert send_three() == ["smtp", "smtp", "smtp"]

    assert wait_for_quit(tap) == [["EHLO"], *[["MAIL", "RCPT", "DATA"], ["<message>"]] * 3, ["QUIT"]]
    assert [r.rcpt_tos for r in pipelining_smtp_server.received] == [
        ["pat@partner.example"], ["sam@partner.example"], ["kim@partner.example"]]
    assert pipelining_smtp_server.messages[1].get_body(("plain",)).get_content().strip() == "Hi Pat"


def test_to_a_server_that_does_not_offer_pipelining_each_command_waits_for_its_answer(smtp_server, wire_tap,
                                                                                    monkeypatch):
    tap = wire_tap(smtp_server.port)
    use_smtp_url(monkeypatch, f"smtp://127.0.0.1:{tap.port}?timeout=5")

    assert send_three() == ["smtp", "smtp", "smtp"]

    assert wait_for_quit(tap) == [["EHLO"], *[["MAIL"], ["RCPT"], ["DATA"], ["<message>"]] * 3, ["QUIT"]]
    assert len(smtp_server.received) == 3


def test_pipelining_off_in_smtp_url_sends_one_command_at_a_time_to_a_server_that_offers_it(
        pipelining_smtp_server, wire_tap, monkeypatch):
    """For a relay, or a firewall in front of one, that offers PIPELINING and mishandles it."""
    tap = wire_tap(pipelining_smtp_server.port)
    use_smtp_url(monkeypatch, f"smtp://127.0.0.1:{tap.port}?timeout=5&pipelining=off")

    assert send_three() == ["smtp", "smtp", "smtp"]

    assert wait_for_quit(tap) == [["EHLO"], *[["MAIL"], ["RCPT"], ["DATA"], ["<message>"]] * 3, ["QUIT"]]
    assert len(pipelining_smtp_server.received) == 3


def test_a_message_to_an_address_smtplib_must_handle_is_not_pipelined(pipelining_smtp_server, wire_tap,
                                                                     monkeypatch):
    """The pipelined group is written for a plain ASCII sender; MAIL_FROM with a display name
    still gives a plain envelope sender, but an envelope smtplib has to quote goes its way."""
    tap = wire_tap(pipelining_smtp_server.port)
    use_smtp_url(monkeypatch, f"smtp://127.0.0.1:{tap.port}?timeout=5")
    monkeypatch.setenv("MAIL_FROM", '"odd sender"@prm.example')
    reset_settings_cache()

    with mailer.Connection() as conn:
        assert conn.send(make_row()) == "smtp"

    assert wait_for_quit(tap) == [["EHLO"], ["MAIL"], ["RCPT"], ["DATA"], ["<message>"], ["QUIT"]]
    [received] = pipelining_smtp_server.received
    assert received.mail_from == '"odd sender"@prm.example' and received.rcpt_tos == ["pat@partner.example"]


def wait_for_quit(tap) -> list[list[str]]:
    from tests.jobs.conftest import wait_for

    return wait_for(lambda: (c := tap.commands()) and c[-1] == ["QUIT"] and c, timeout=5, what="the QUIT")


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


def test_before_dot_runs_with_the_message_written_but_not_yet_ended(any_smtp_server, monkeypatch):
    """The hooks a batch uses to commit "sent": before_dot runs while the server still waits for
    the final dot (it cannot have taken the message), handed_over once the dot is written."""
    smtp_server = any_smtp_server
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


class ScriptedServer:
    """A misbehaving SMTP server aiosmtpd cannot play: answers each command verb from a script
    (None: close the connection right after that answer) and keeps the lines it heard."""

    def __init__(self, answers: dict[bytes, bytes], close_after: bytes | None = None) -> None:
        import threading

        self.answers, self.close_after = answers, close_after
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.heard: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        reader = conn.makefile("rb")
        conn.sendall(b"220 scripted ESMTP\r\n")
        while line := reader.readline():
            self.heard.append(line)
            word = line.strip().split(b" ")[0].split(b":")[0].upper()
            conn.sendall(self.answers.get(word, b"500 what\r\n"))
            if word in (b"QUIT", self.close_after):
                break
        conn.close()

    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.listener.getsockname()[1]}?timeout=5"

    def verbs(self) -> list[bytes]:
        self.thread.join(5)
        self.listener.close()
        return [line.strip().split(b" ")[0].split(b":")[0].upper() for line in self.heard]


PIPELINING_EHLO = {b"EHLO": b"250-scripted\r\n250 PIPELINING\r\n", b"MAIL": b"250 ok\r\n",
                   b"RSET": b"250 reset\r\n", b"QUIT": b"221 bye\r\n"}


def test_a_server_that_says_go_ahead_after_refusing_the_recipient_gets_an_empty_message_ended_at_once(
        monkeypatch):
    """RFC 2920: a DATA pipelined behind a refused RCPT should be refused too; a server that
    answers 354 anyway gets a lone dot (nothing to deliver) before the reset, never the message."""
    server = ScriptedServer({**PIPELINING_EHLO, b"RCPT": b"550 5.1.1 no such user\r\n",
                             b"DATA": b"354 go ahead\r\n", b".": b"554 no recipients\r\n"})
    use_smtp_url(monkeypatch, server.url())

    with pytest.raises(mailer.PermanentFailure) as refused:
        mailer.send(make_row())

    assert "550" in str(refused.value)
    assert server.verbs() == [b"EHLO", b"MAIL", b"RCPT", b"DATA", b".", b"RSET", b"QUIT"]  # no line of the message


def test_a_421_in_a_pipelined_group_is_the_answer_reported_though_the_server_hangs_up_at_once(monkeypatch):
    """A server closing the connection (421) answers nothing after it: the failure is the 421,
    a temporary one, not the hang-up noticed while waiting for the next answer."""
    server = ScriptedServer({**PIPELINING_EHLO, b"RCPT": b"421 4.7.0 closing, too busy\r\n"}, close_after=b"RCPT")
    use_smtp_url(monkeypatch, server.url())

    with pytest.raises(mailer.TemporaryFailure) as failed:
        mailer.send(make_row())

    assert "421" in str(failed.value) and "too busy" in str(failed.value)
    assert server.verbs() == [b"EHLO", b"MAIL", b"RCPT"]
