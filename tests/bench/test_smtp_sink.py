"""Benchmark 2's SMTP server counts what it accepts and answers its control commands."""

from __future__ import annotations

import asyncio
import smtplib
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.smtp_sink import CountingHandler, answer

ROOT = Path(__file__).resolve().parents[2]


def test_it_counts_messages_and_resets():
    handler = CountingHandler()
    envelope = SimpleNamespace(rcpt_tos=["a@x.example", "b@x.example"])
    reply = asyncio.run(handler.handle_DATA(None, None, envelope))
    asyncio.run(handler.handle_DATA(None, None, envelope))
    assert reply.startswith("250")
    assert answer(handler, "count\n") == "2" and handler.recipients == 4
    assert answer(handler, "reset") == "0" and answer(handler, "count") == "0"
    assert answer(handler, "what").startswith("error")


@pytest.mark.parametrize("flags, offered", [([], True), (["--no-pipelining"], False)])
def test_the_sink_offers_pipelining_unless_told_not_to_and_takes_a_pipelined_message(flags, offered):
    from bench.b2_email_send import _free_port

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "bench.smtp_sink", str(port), *flags], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        client = smtplib.SMTP("127.0.0.1", port, timeout=10)
        client.ehlo()
        assert client.has_extn("pipelining") is offered
        # A pipelined group, answered in order.
        client.send(b"MAIL FROM:<a@x.example>\r\nRCPT TO:<b@x.example>\r\nDATA\r\n")
        assert [client.getreply()[0] for _ in range(3)] == [250, 250, 354]
        client.send(b"Subject: hi\r\n\r\nhello\r\n.\r\n")
        assert client.getreply()[0] == 250
        client.quit()
        proc.stdin.write("count\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "1"
    finally:
        proc.kill()
        proc.wait()
