"""A real SMTP server for benchmark 2 (aiosmtpd), run as its own process so its event loop
never shares a GIL with the sender being timed. It accepts every message and counts them.

It offers PIPELINING (RFC 2920) in its EHLO answer, as Postfix and Exim do by
default; aiosmtpd reads commands from a stream one after another, so it answers a
pipelined group correctly, and only does not say so by default. `--no-pipelining` leaves it out.

`python -m bench.smtp_sink PORT [--no-pipelining]` prints "ready" once listening, then answers
each line read on stdin: "count" → the number of messages accepted so far, "reset" → sets it to
0 (prints 0)."""

from __future__ import annotations

import sys
import threading


class OffersPipelining:
    """An aiosmtpd handler mixin: the server offers PIPELINING (RFC 2920) in its EHLO answer, as
    production relays do. aiosmtpd reads commands from a stream, one after another, so it
    answers a pipelined group correctly; it only does not say so by default. (The mailer's
    tests use it too.)"""

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: N802
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]


class CountingHandler(OffersPipelining):
    """Accepts every message (250) and counts it with its recipients."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.messages = 0
        self.recipients = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        with self.lock:
            self.messages += 1
            self.recipients += len(envelope.rcpt_tos)
        return "250 Message accepted for delivery"

    def count(self) -> int:
        with self.lock:
            return self.messages

    def reset(self) -> None:
        with self.lock:
            self.messages = self.recipients = 0


def answer(handler: CountingHandler, command: str) -> str:
    """The control protocol on stdin/stdout: one command a line, one answer a line."""
    command = command.strip()
    if command == "reset":
        handler.reset()
        return "0"
    if command == "count":
        return str(handler.count())
    return f"error: unknown command {command!r}"


def main(argv: list[str]) -> int:
    from aiosmtpd.controller import Controller

    port = int(argv[0])
    handler = CountingHandler()
    if "--no-pipelining" in argv[1:]:
        handler.handle_EHLO = None  # aiosmtpd then answers EHLO itself
    controller = Controller(handler, hostname="127.0.0.1", port=port, data_size_limit=0)
    controller.start()
    try:
        print("ready", flush=True)
        for line in sys.stdin:
            print(answer(handler, line), flush=True)
    finally:
        controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
