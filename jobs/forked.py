"""A job's work split over processes forked from the job's own (the Upload Leads writers, a
to-partner Email batch's senders): each with its own database connection, all at once on
every core, none outliving the job's process."""

from __future__ import annotations

import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
from collections.abc import Callable

from prm.db import forget_connections_after_fork

log = logging.getLogger("prm.jobs.forked")


def may_fork() -> bool:
    """Whether the job has its process to itself: it runs on the main thread, as in an RQ work
    horse or an inline call. A job on another thread (the app's embedded worker, beside the web
    server's threads and its in-memory queue) must not fork: the fork would copy a server, and
    what a child enqueued would stay in the copy."""
    return threading.current_thread() is threading.main_thread()


def die_with(parent: int) -> None:
    """Linux: this process is killed when the one that forked it dies (a killed worker leaves no
    child behind to go on unseen). Elsewhere the child ends after the work it has under way."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # it died before the line above
        os._exit(1)


def start_child(parent: int) -> None:
    """The first thing a forked child does: die with its parent, and use no connection of its."""
    die_with(parent)
    forget_connections_after_fork()


def run_parts(target: Callable, parts: list[tuple], name: str) -> list:
    """target(*part) for each part, each in a process forked from this one, all at once. Returns
    their results in the parts' order once every one has ended. A part that raised, or a process
    that ended without a result (killed, exited), is an error: the first is raised once all have
    ended (the others' work is kept), with the results of the parts that did end well in its
    `results` attribute (None for the others)."""
    ctx = multiprocessing.get_context("fork")
    parent = os.getpid()
    children, pipes = [], []
    # The children's garbage collector leaves what they were forked with alone: walking it would
    # write to every page of this process's heap, which the kernel then copies for each child.
    gc.freeze()
    try:
        for n, part in enumerate(parts):
            receive, send = ctx.Pipe(duplex=False)
            child = ctx.Process(target=_child, name=f"{name}-{n}", daemon=True, args=(target, part, send, parent))
            child.start()
            send.close()  # the child's now: its end closing is how this process hears it ended
            children.append(child)
            pipes.append(receive)
    finally:
        gc.unfreeze()
    results: list = [None] * len(parts)
    failure: BaseException | None = None
    waiting = dict(zip(pipes, range(len(parts)), strict=True))
    while waiting:
        for receive in multiprocessing.connection.wait(list(waiting)):
            n = waiting.pop(receive)
            try:
                ok, value = receive.recv()
            except EOFError:
                children[n].join()
                ok, value = False, RuntimeError(f"{children[n].name} ended with exit code {children[n].exitcode}")
            receive.close()
            if ok:
                results[n] = value
            elif failure is None:
                failure = value
    for child in children:
        child.join()
    if failure is not None:
        failure.results = results
        raise failure
    return results


def _child(target: Callable, part: tuple, send, parent: int) -> None:
    start_child(parent)
    try:
        result = (True, target(*part))
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        log.exception("%s failed", multiprocessing.current_process().name)  # with its own traceback
        result = (False, exc)
    try:
        send.send(result)
    except Exception:  # noqa: BLE001 - an error that cannot be pickled goes as its text
        send.send((False, RuntimeError(f"{type(result[1]).__name__}: {result[1]}")))
    finally:
        send.close()
