"""Hand one email to SMTP (SMTP_URL set) or keep it in the outbox (the default)."""

from __future__ import annotations

import binascii
import re
import secrets
import smtplib
import socket
import ssl
from email.header import Header
from email.utils import formataddr, formatdate, parseaddr
from functools import lru_cache
from urllib.parse import quote

from models.messaging import EmailMessage
from prm.settings import SmtpSettings, get_settings

CRLF = "\r\n"


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


# A part boundary: "=_" never occurs in quoted-printable text, so no body can contain it.
_BOUNDARY_PREFIX = "=_prm_"
_SUBTYPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]{0,60}$")
_PLAIN_FILENAME = re.compile(r'^[\x20-\x7e]{1,200}$')


def _header(name: str, value: str) -> str:
    """One header line. ASCII text goes as it is; anything else as RFC 2047 encoded words,
    folded (as does ASCII text that itself looks like an encoded word, or too long a line)."""
    if value.isascii() and "=?" not in value and len(name) + len(value) < 900:
        return f"{name}: {value}\r\n"
    return f"{name}: {Header(value, 'utf-8', header_name=name).encode(linesep=CRLF)}\r\n"


def _address_header(name: str, display_name: str, address: str) -> str:
    """From or To: an optional display name (quoted where RFC 5322 needs it, encoded words if
    it is not plain ASCII) and one address."""
    if not display_name:
        return f"{name}: {address}\r\n"
    if display_name.isascii() and "=?" not in display_name and len(display_name) < 400:
        return f"{name}: {formataddr((display_name, address))}\r\n"
    words = Header(display_name, "utf-8", header_name=name).encode(linesep=CRLF)
    return f"{name}: {words}{CRLF} <{address}>\r\n"


def _text_part(subtype: str, text: str, disposition: str = "") -> bytes:
    """A text part in UTF-8, quoted-printable (7-bit safe, lines of at most 76 characters)."""
    body = binascii.b2a_qp((text or "").replace("\r\n", "\n").replace("\r", "\n").encode("utf-8"),
                           istext=True).replace(b"\n", b"\r\n")
    head = f'Content-Type: text/{subtype}; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n'
    if disposition:
        head += f"Content-Disposition: {disposition}\r\n"
    return head.encode("ascii") + b"\r\n" + body


def _multipart(subtype: str, parts: list[bytes]) -> bytes:
    boundary = _BOUNDARY_PREFIX + secrets.token_hex(12)
    sep = f"\r\n--{boundary}\r\n".encode("ascii")
    return (f'Content-Type: multipart/{subtype};\r\n boundary="{boundary}"\r\n\r\n'
            f"--{boundary}\r\n").encode("ascii") + sep.join(parts) + f"\r\n--{boundary}--\r\n".encode("ascii")


def _attachment(attachment: dict) -> bytes:
    maintype, _, subtype = attachment.get("content_type", "text/plain").partition("/")
    subtype = subtype or "plain"
    if maintype != "text" or not _SUBTYPE.match(subtype):
        raise PermanentFailure(f"unsupported attachment type {attachment.get('content_type')!r}"[:300])
    filename = attachment["filename"]
    if _PLAIN_FILENAME.match(filename) and '"' not in filename and "\\" not in filename:
        disposition = f'attachment; filename="{filename}"'
    else:  # RFC 2231: any character, percent-encoded
        disposition = f"attachment; filename*=utf-8''{quote(filename[:200], safe='')}"
    return _text_part(subtype, attachment["content"], disposition)


def render(row: EmailMessage, mail_from: str, headers: dict[str, str] | None = None) -> bytes:
    """The message as it goes on the wire (CRLF line ends): our headers, then the text and HTML
    bodies as multipart/alternative (inside multipart/mixed with text attachments, if any).
    Raises PermanentFailure for a header that would inject another header or recipient."""
    check_headers(row.to_email, (row.to_name, row.subject, row.message_id, *(headers or {}).values()))
    from_name, from_address = _parsed(mail_from)
    head = [_address_header("From", from_name, from_address or mail_from),
            _address_header("To", row.to_name, row.to_email), _header("Subject", row.subject),
            _header("Message-ID", row.message_id), f"Date: {formatdate(localtime=False)}\r\n"]
    head += [_header(name, value) for name, value in (headers or {}).items()]
    head.append("MIME-Version: 1.0\r\n")
    body = _multipart("alternative", [_text_part("plain", row.text_body), _text_part("html", row.html_body)])
    if row.attachments:
        body = _multipart("mixed", [body, *(_attachment(a) for a in row.attachments)])
    return "".join(head).encode("ascii") + body


@lru_cache(maxsize=16)
def _parsed(mail_from: str) -> tuple[str, str]:
    return parseaddr(mail_from)


def envelope_sender(mail_from: str) -> str:
    return _parsed(mail_from)[1] or mail_from


class _HandOverHook:
    """smtplib's DATA, with a hook called right after the message's final dot is written and
    before the server's answer is read (smtplib.SMTP.data otherwise). The server takes the
    message when it reads the dot; a client killed before writing it sends nothing (the server
    drops a message cut off mid-DATA). The caller commits "sent" in the hook, so the span in
    which a kill leaves a message accepted but not recorded is two system calls wide, not the
    server's answer plus a database round trip. before_dot, if set, is called once the server
    has said to go ahead (354) and before the message is written: work done there is outside
    that span. The message and its final dot then go in one write (one read for the server).

    To a server that offers PIPELINING (RFC 2920; Postfix and Exim do by default), a message to
    one plain address goes in two round trips instead of four: MAIL FROM, RCPT TO and DATA in
    one write, their three answers read together, then the message and its dot."""

    handed_over = before_dot = None  # callables, set for one send
    pipelining = True  # SMTP_URL's pipelining=off: never, whatever the server offers

    def data(self, msg):
        self.putcmd("data")
        code, repl = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, repl)
        return self._message(msg)

    def _message(self, msg):
        """After the 354: the message, its final dot, and the server's answer."""
        if isinstance(msg, str):
            msg = smtplib._fix_eols(msg).encode("ascii")
        q = smtplib._quote_periods(msg)
        if q[-2:] != smtplib.bCRLF:
            q = q + smtplib.bCRLF
        if self.before_dot is not None:
            self.before_dot()
        self.send(q + b"." + smtplib.bCRLF)
        if self.handed_over is not None:
            self.handed_over()
        return self.getreply()

    def sendmail(self, from_addr, to_addrs, msg, mail_options=(), rcpt_options=()):
        """smtplib's sendmail, pipelined where the server offers it (see the class docstring) and
        the message has one plain ASCII recipient and sender; otherwise one command at a time.
        Raises as smtplib does, so a refusal is classified the same either way."""
        self.ehlo_or_helo_if_needed()
        to = [to_addrs] if isinstance(to_addrs, str) else list(to_addrs)
        if not (self.pipelining and self.has_extn("pipelining") and len(to) == 1 and _ONE_ADDRESS.match(from_addr or "")
                and _ONE_ADDRESS.match(to[0] or "") and not any(o.lower() == "smtputf8" for o in mail_options)):
            return super().sendmail(from_addr, to, msg, mail_options, rcpt_options)
        if isinstance(msg, str):
            msg = smtplib._fix_eols(msg).encode("ascii")
        options = ([f"size={len(msg)}"] if self.has_extn("size") else []) + list(mail_options)
        self.send(f"mail from:<{from_addr}>{_options(self, options)}\r\n"
                  f"rcpt to:<{to[0]}>{_options(self, rcpt_options)}\r\n"
                  "data\r\n".encode("ascii"))
        mail = self._pipelined_reply()
        rcpt = self._pipelined_reply()
        data = self._pipelined_reply()
        if data[0] == 354 and (mail[0] != 250 or rcpt[0] not in (250, 251)):
            # A server that said go ahead with no sender or recipient: an empty message, ended
            # at once, goes nowhere; its answer is of no interest.
            self.send(b"." + smtplib.bCRLF)
            self.getreply()
        if mail[0] != 250:
            self._refused(mail[0])
            raise smtplib.SMTPSenderRefused(*mail, from_addr)
        if rcpt[0] not in (250, 251):
            self._refused(rcpt[0])
            raise smtplib.SMTPRecipientsRefused({to[0]: rcpt})
        if data[0] != 354:
            self._refused(data[0])
            raise smtplib.SMTPDataError(*data)
        code, resp = self._message(msg)
        if code != 250:
            self._refused(code)
            raise smtplib.SMTPDataError(code, resp)
        return {}

    def _pipelined_reply(self) -> tuple[int, bytes]:
        """The next answer of a pipelined group. A 421 (the server is closing the connection)
        is raised at once: the answers after it will not come."""
        code, resp = self.getreply()
        if code == 421:
            self.close()
            raise smtplib.SMTPResponseException(code, resp)
        return code, resp

    def _refused(self, code: int) -> None:
        """After a refusal, as smtplib does: the connection is closed after a 421, reset otherwise
        (ready for the next message)."""
        if code == 421:
            self.close()
        else:
            self._rset()

    def mail(self, sender, options=()):
        """MAIL FROM for a plain ASCII address (what a batch sends from) without smtplib's
        parsing of it as a header; anything else, or SMTPUTF8, as smtplib does it."""
        if not _ONE_ADDRESS.match(sender or "") or any(o.lower() == "smtputf8" for o in options):
            return super().mail(sender, options)
        self.putcmd("mail", f"from:<{sender}>{_options(self, options)}")
        return self.getreply()

    def rcpt(self, recip, options=()):
        """RCPT TO for one plain ASCII address (check_headers has made sure the row's is one),
        as mail() does it."""
        if not _ONE_ADDRESS.match(recip or ""):
            return super().rcpt(recip, options)
        self.putcmd("rcpt", f"to:<{recip}>{_options(self, options)}")
        return self.getreply()


def _options(client: smtplib.SMTP, options) -> str:
    """ESMTP parameters as smtplib writes them (" SIZE=123"), only to a server that speaks ESMTP."""
    return " " + " ".join(options) if options and client.does_esmtp else ""


class _SMTP(_HandOverHook, smtplib.SMTP):
    pass


class _SMTP_SSL(_HandOverHook, smtplib.SMTP_SSL):  # noqa: N801 - smtplib's spelling
    pass


def _connect(cfg: SmtpSettings) -> smtplib.SMTP:
    if cfg.security == "ssl":
        client = _SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=ssl.create_default_context())
    else:
        client = _SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
    client.pipelining = cfg.pipelining
    try:
        # Each write goes at once (no Nagle delay): a command never waits for the server's
        # delayed ACK of the one before.
        client.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
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

    def send(self, row: EmailMessage, headers: dict[str, str] | None = None, handed_over=None,
             before_dot=None) -> str:
        """Returns 'smtp' or 'outbox'; raises TemporaryFailure or PermanentFailure. handed_over
        (SMTP only) is called once the whole message is written, before the answer is read;
        before_dot just before its final dot is written."""
        data = render(row, self.settings.mail_from, headers)
        if self.settings.smtp is None:
            return "outbox"
        try:
            if self.client is not None and self.client.sock is None:
                self.client = None  # smtplib closed it (a 421 answer): open a fresh one
            if self.client is None:
                self.client = _connect(self.settings.smtp)
            self.client.handed_over, self.client.before_dot = handed_over, before_dot
            try:
                # The envelope names the one recipient of the row, whatever the headers say.
                self.client.sendmail(envelope_sender(self.settings.mail_from), [row.to_email], data)
            finally:
                if self.client is not None:
                    self.client.handed_over = self.client.before_dot = None
        except (OSError, smtplib.SMTPException) as exc:
            if not isinstance(exc, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused) \
                    or isinstance(exc, smtplib.SMTPServerDisconnected):
                self.client, broken = None, self.client
                if broken is not None:
                    broken.close()
            raise _classify(exc) from exc
        return "smtp"


def send(row: EmailMessage) -> str:
    """One message on a connection of its own. Returns the transport used: 'smtp' or 'outbox'
    (the row itself is the outbox; Admin > Outbox shows it)."""
    with Connection() as conn:
        return conn.send(row)
