"""A TCP relay that holds every chunk it forwards for a fixed delay, each way: a loopback
server made as far away as one across a network (round trip = 2 × delay). Benchmark 2c sends
through it to show what SMTP pipelining saves where round trips, not CPU, are the cost; the
mailer tests put one (delay 0) in front of their SMTP server to see what the client wrote."""

from __future__ import annotations

import queue
import socket
import threading
import time


class DelayRelay:
    def __init__(self, upstream_port: int, delay: float, host: str = "127.0.0.1") -> None:
        self.upstream = (host, upstream_port)
        self.delay = delay
        self.lock = threading.Lock()
        self.client_reads: list[bytes] = []  # what the clients wrote, one entry per read
        self.listener = socket.create_server((host, 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True, name="relay-accept").start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:  # closed
                return
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            ended = threading.Semaphore(0)

            def close_when_both_ended(pair=(client, server), ended=ended) -> None:
                ended.acquire()
                ended.acquire()
                for sock in pair:
                    sock.close()

            self._direction(client, server, ended, keep=self.client_reads)
            self._direction(server, client, ended)
            threading.Thread(target=close_when_both_ended, daemon=True, name="relay-close").start()

    def _direction(self, src: socket.socket, dst: socket.socket, ended: threading.Semaphore,
                   keep: list[bytes] | None = None) -> None:
        """Read from src as it comes (each read appended to `keep`, if given); write each chunk to
        dst once it is `delay` old, in order; release `ended` once src has ended and all it sent
        is written (or dst is gone)."""
        held: queue.Queue = queue.Queue()

        def read() -> None:
            try:
                while chunk := src.recv(65536):
                    if keep is not None:
                        with self.lock:
                            keep.append(chunk)
                    held.put((time.monotonic() + self.delay, chunk))
            except OSError:
                pass
            held.put((time.monotonic() + self.delay, b""))

        def write() -> None:
            try:
                while True:
                    due, chunk = held.get()
                    wait = due - time.monotonic()
                    if wait > 0:
                        time.sleep(wait)
                    if not chunk:
                        dst.shutdown(socket.SHUT_WR)
                        return
                    dst.sendall(chunk)
            except OSError:
                return
            finally:
                ended.release()

        threading.Thread(target=read, daemon=True, name="relay-read").start()
        threading.Thread(target=write, daemon=True, name="relay-write").start()

    def close(self) -> None:
        self.listener.close()
