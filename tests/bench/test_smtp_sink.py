"""Benchmark 2's SMTP server counts what it accepts and answers its control commands."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from bench.smtp_sink import CountingHandler, answer


def test_it_counts_messages_and_resets():
    handler = CountingHandler()
    envelope = SimpleNamespace(rcpt_tos=["a@x.example", "b@x.example"])
    reply = asyncio.run(handler.handle_DATA(None, None, envelope))
    asyncio.run(handler.handle_DATA(None, None, envelope))
    assert reply.startswith("250")
    assert answer(handler, "count\n") == "2" and handler.recipients == 4
    assert answer(handler, "reset") == "0" and answer(handler, "count") == "0"
    assert answer(handler, "what").startswith("error")
