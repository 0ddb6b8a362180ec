"""Hand one email to SMTP (SMTP_URL set) or keep it in the outbox (the default)."""

from __future__ import annotations

import smtplib
import ssl
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, parseaddr

from models.messaging import EmailMessage
from prm.settings import SmtpSettings, get_settings


class TemporaryFailure(Exception):
    """The server said try later (4xx) or could not be reached: retry with backoff."""


class PermanentFailure(Exception):
    """The server refused this message for good (5xx): record it as failed."""


def _header(value: str) -> str | Header:
    """ASCII as it is; anything else RFC 2047-encoded."""
    return value if value.isascii() else Header(value, "utf-8")


def _address(value: str) -> str:
    """A 'Name <addr>' header with a non-ASCII name encoded (RFC 2047)."""
    name, addr = parseaddr(value)
    return formataddr((name, addr), "utf-8") if name else value


def build_mime(row: EmailMessage, mail_from: str, headers: dict[str, str] | None = None) -> Message:
    """The message as sent: text and HTML alternatives (and text attachments). Built with the
    email package's compat32 classes, which render several times faster than EmailMessage's
    header registry — it matters when a batch renders thousands of copies."""
    for value in (row.to_email, row.to_name, row.subject, *(headers or {}).values()):
        if "\r" in value or "\n" in value:
            raise PermanentFailure("header injection refused: CR/LF in a header value")
    body = MIMEMultipart("alternative")
    body.attach(MIMEText(row.text_body, "plain", "utf-8"))
    body.attach(MIMEText(row.html_body, "html", "utf-8"))
    msg = body
    if row.attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for attachment in row.attachments:
            maintype, _, subtype = attachment.get("content_type", "text/plain").partition("/")
            if maintype != "text":
                raise PermanentFailure(f"unsupported attachment type {attachment.get('content_type')!r}")
            part = MIMEText(attachment["content"], subtype or "plain", "utf-8")
            part.add_header("Content-Disposition", "attachment", filename=attachment["filename"])
            msg.attach(part)
    msg["From"] = _address(mail_from)
    msg["To"] = formataddr((row.to_name, row.to_email), "utf-8") if row.to_name else row.to_email
    msg["Subject"] = _header(row.subject)
    msg["Message-ID"] = row.message_id
    msg["Date"] = formatdate(localtime=False)
    for name, value in (headers or {}).items():
        msg[name] = _header(value)
    return msg


def _connect(cfg: SmtpSettings) -> smtplib.SMTP:
    if cfg.security == "ssl":
        client = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout,
                                  context=ssl.create_default_context())
    else:
        client = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
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

    def send(self, row: EmailMessage, headers: dict[str, str] | None = None) -> str:
        """Returns 'smtp' or 'outbox'; raises TemporaryFailure or PermanentFailure."""
        msg = build_mime(row, self.settings.mail_from, headers)
        if self.settings.smtp is None:
            return "outbox"
        try:
            if self.client is not None and self.client.sock is None:
                self.client = None  # smtplib closed it (a 421 answer): open a fresh one
            if self.client is None:
                self.client = _connect(self.settings.smtp)
            self.client.send_message(msg)
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
            client.send_message(msg)
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
