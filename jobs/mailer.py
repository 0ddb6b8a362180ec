"""Hand one email to SMTP (SMTP_URL set) or keep it in the outbox (the default)."""

from __future__ import annotations

import re
import smtplib
import ssl
from email.message import EmailMessage as MimeMessage
from email.utils import formataddr, formatdate

from models.messaging import EmailMessage
from prm.settings import SmtpSettings, get_settings


class TemporaryFailure(Exception):
    """The server said try later (4xx) or could not be reached: retry with backoff."""


class PermanentFailure(Exception):
    """The server refused this message for good (5xx): record it as failed."""


# What may not be in a header value: CR and LF, and everything else Python's email package (and
# so some mail software) takes for a line break (VT, FF, FS, GS, RS, NEL, U+2028/9), which would
# start a new header; and the other control characters, which no name or subject needs.
_HEADER_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")
# One bare address (addr-spec) and nothing else: no comma, angle bracket, quote or space that
# would add a second recipient to the To header, and ASCII only (SMTPUTF8 is not used).
_ONE_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+$")


def check_headers(to_email: str, values) -> None:
    """Refuse (PermanentFailure: for this recipient only) a header that would carry a line break,
    a control character, or a second recipient."""
    if not _ONE_ADDRESS.match(to_email or "") or len(to_email) > 254:
        raise PermanentFailure(f"header injection refused: not one plain recipient address: {to_email!r}"[:300])
    for value in values:
        if _HEADER_UNSAFE.search(value or ""):
            raise PermanentFailure("header injection refused: a line break or control character in a header value")


def build_mime(row: EmailMessage, mail_from: str, headers: dict[str, str] | None = None) -> MimeMessage:
    check_headers(row.to_email, (row.to_name, row.subject, row.message_id, *(headers or {}).values()))
    msg = MimeMessage()
    try:
        msg["From"] = mail_from
        msg["To"] = formataddr((row.to_name, row.to_email)) if row.to_name else row.to_email
        msg["Subject"] = row.subject
        msg["Message-ID"] = row.message_id
        msg["Date"] = formatdate(localtime=False)
        for name, value in (headers or {}).items():
            msg[name] = value
    except (ValueError, TypeError) as exc:  # anything else the email package will not write
        raise PermanentFailure(f"header refused: {exc}"[:300]) from exc
    msg.set_content(row.text_body)
    msg.add_alternative(row.html_body, subtype="html")
    for attachment in row.attachments or []:
        maintype, _, subtype = attachment.get("content_type", "text/plain").partition("/")
        if maintype != "text":
            raise PermanentFailure(f"unsupported attachment type {attachment.get('content_type')!r}")
        msg.add_attachment(attachment["content"], subtype=subtype or "plain",
                           filename=attachment["filename"])
    return msg


class _HandOverHook:
    """smtplib's DATA, with a hook called right after the message's final dot is written and
    before the server's answer is read (smtplib.SMTP.data otherwise). The server takes the
    message when it reads the dot; a client killed before writing it sends nothing (the server
    drops a message cut off mid-DATA). The caller commits "sent" in the hook, so the span in
    which a kill leaves a message accepted but not recorded is two system calls wide, not the
    server's answer plus a database round trip."""

    handed_over = None  # a callable, set for one send

    def data(self, msg):
        self.putcmd("data")
        code, repl = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, repl)
        if isinstance(msg, str):
            msg = smtplib._fix_eols(msg).encode("ascii")
        q = smtplib._quote_periods(msg)
        if q[-2:] != smtplib.bCRLF:
            q = q + smtplib.bCRLF
        self.send(q + b"." + smtplib.bCRLF)
        if self.handed_over is not None:
            self.handed_over()
        return self.getreply()


class _SMTP(_HandOverHook, smtplib.SMTP):
    pass


class _SMTP_SSL(_HandOverHook, smtplib.SMTP_SSL):  # noqa: N801 - smtplib's spelling
    pass


def _connect(cfg: SmtpSettings) -> smtplib.SMTP:
    if cfg.security == "ssl":
        client = _SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=ssl.create_default_context())
    else:
        client = _SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
    try:
        if cfg.security == "starttls":
            client.starttls(context=ssl.create_default_context())
        if cfg.username:
            client.login(cfg.username, cfg.password or "")
    except BaseException:
        client.close()
        raise
    return client


def _quit(client: smtplib.SMTP) -> None:
    """Say goodbye. Not `with SMTP(...)`: its exit raises on any answer to QUIT but 221, which
    would turn a message the server has already accepted into a retry (a duplicate) or a
    failure."""
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()


def _classify(exc: BaseException) -> Exception:
    """An SMTP error as TemporaryFailure (4xx, no answer) or PermanentFailure (5xx)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code = next(iter(exc.recipients.values()))[0]
        return (TemporaryFailure if 400 <= code < 500 else PermanentFailure)(str(exc))
    if isinstance(exc, smtplib.SMTPResponseException):
        kind = TemporaryFailure if 400 <= exc.smtp_code < 500 else PermanentFailure
        return kind(f"{exc.smtp_code} {exc.smtp_error!r}")
    return TemporaryFailure(str(exc))


class Connection:
    """One SMTP connection for many messages (a batch of to-partner Emails), opened at the first
    send and closed on exit; the outbox when SMTP_URL is unset. A 4xx/5xx answer for one message
    leaves the connection usable for the next (smtplib sends RSET); a dropped connection is
    reopened for the next message."""

    def __init__(self):
        self.settings = get_settings()
        self.client: smtplib.SMTP | None = None

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.client is not None:
            _quit(self.client)
            self.client = None

    def send(self, row: EmailMessage, headers: dict[str, str] | None = None, handed_over=None) -> str:
        """Returns 'smtp' or 'outbox'; raises TemporaryFailure or PermanentFailure. handed_over
        (SMTP only) is called once the whole message is written, before the answer is read."""
        msg = build_mime(row, self.settings.mail_from, headers)
        if self.settings.smtp is None:
            return "outbox"
        try:
            if self.client is not None and self.client.sock is None:
                self.client = None  # smtplib closed it (a 421 answer): open a fresh one
            if self.client is None:
                self.client = _connect(self.settings.smtp)
            self.client.handed_over = handed_over
            try:
                # The envelope names the one recipient of the row, whatever the headers say.
                self.client.send_message(msg, to_addrs=[row.to_email])
            finally:
                if self.client is not None:
                    self.client.handed_over = None
        except (OSError, smtplib.SMTPException) as exc:
            if not isinstance(exc, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused) \
                    or isinstance(exc, smtplib.SMTPServerDisconnected):
                self.client, broken = None, self.client
                if broken is not None:
                    broken.close()
            raise _classify(exc) from exc
        return "smtp"


def send(row: EmailMessage) -> str:
    """Returns the transport used: 'smtp' or 'outbox'."""
    settings = get_settings()
    msg = build_mime(row, settings.mail_from)
    if settings.smtp is None:
        return "outbox"  # the row itself is the outbox; Admin > Outbox shows it
    try:
        client = _connect(settings.smtp)
        try:
            client.send_message(msg, to_addrs=[row.to_email])
        finally:
            _quit(client)
    except smtplib.SMTPRecipientsRefused as exc:
        code = next(iter(exc.recipients.values()))[0]
        if 400 <= code < 500:
            raise TemporaryFailure(str(exc)) from exc
        raise PermanentFailure(str(exc)) from exc
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:
            raise TemporaryFailure(f"{exc.smtp_code} {exc.smtp_error!r}") from exc
        raise PermanentFailure(f"{exc.smtp_code} {exc.smtp_error!r}") from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise TemporaryFailure(str(exc)) from exc
    return "smtp"
