"""bench.latency_relay: what benchmark 2c sends through forwards every byte, in order, both
ways, each after its delay, and passes a hang-up on."""

from __future__ import annotations

import socket
import threading
import time

from bench.latency_relay import DelayRelay


def echo_server() -> tuple[socket.socket, list[bytes]]:
    """A server that sends back what it reads and keeps it, until the client hangs up."""
    listener = socket.create_server(("127.0.0.1", 0))
    heard: list[bytes] = []

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            while chunk := conn.recv(65536):
                heard.append(chunk)
                conn.sendall(chunk)

    threading.Thread(target=serve, daemon=True).start()
    return listener, heard


def test_every_byte_comes_back_in_order_each_round_trip_at_least_twice_the_delay():
    listener, heard = echo_server()
    relay = DelayRelay(listener.getsockname()[1], delay=0.02)
    try:
        with socket.create_connection(("127.0.0.1", relay.port), timeout=5) as client:
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            reader = client.makefile("rb")
            for n in range(5):
                line = f"line {n} ".encode() * 300 + b"\n"
                started = time.monotonic()
                client.sendall(line)
                assert reader.readline() == line
                assert time.monotonic() - started >= 0.04  # 20 ms there, 20 ms back
            client.shutdown(socket.SHUT_WR)
            assert reader.read() == b""  # the server saw the hang-up and hung up too
        assert b"".join(heard) == b"".join(f"line {n} ".encode() * 300 + b"\n" for n in range(5))
    finally:
        relay.close()
        listener.close()


def test_a_burst_written_at_once_arrives_whole_and_in_order():
    listener, heard = echo_server()
    relay = DelayRelay(listener.getsockname()[1], delay=0.005)
    burst = b"".join(b"%06d\n" % i for i in range(50_000))  # 350 KB: many chunks each way
    try:
        with socket.create_connection(("127.0.0.1", relay.port), timeout=10) as client:
            threading.Thread(target=lambda: (client.sendall(burst), client.shutdown(socket.SHUT_WR)),
                             daemon=True).start()
            back = client.makefile("rb").read()
        assert back == burst
    finally:
        relay.close()
        listener.close()
