"""Process workers for :func:`quotekit.parse_articles` (``n_process > 1``) that
never hang.

Each worker is a spawned process with its own pipe (no shared queue, so no
semaphores to leak) that loads the pipeline once and then parses batches.
The parent sends at most one batch to a worker at a time, so it always knows
which articles a worker holds:

* a worker that cannot start (a script without the ``if __name__ ==
  "__main__":`` guard, an import error, a model that does not load) makes
  :func:`parse_articles` raise :class:`~quotekit.errors.WorkerError` within
  seconds, with the cause and the fix;
* a worker that dies mid-stream (killed, out of memory) turns the articles of
  its batch into error records ``worker_died`` (the signal or exit code in the
  message); a new worker takes its place and the stream goes on in order;
* with ``timeout``, a batch that runs past ``timeout`` seconds per article has
  its worker killed and replaced; a batch of one becomes an error record
  ``timeout``, a larger batch is retried one article at a time so that only
  the slow article is lost;
* Ctrl-C, an exception, or a caller that stops iterating kills and reaps every
  worker before control returns (no orphan processes).

A main module that cannot be re-imported (a script piped on standard input)
is hidden from the workers, which need nothing from it.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

import attrs

from .errors import WorkerError, error_class
from .model import Article, ErrorRecord

__all__ = ["parallel", "refuse_in_spawned_main"]

#: Seconds a worker may take to load its pipeline before the run gives up.
START_TIMEOUT = 300.0
#: How often (seconds) the parent looks at its workers while waiting.
POLL = 0.2
logger = logging.getLogger("quotekit.pipeline")
_GUARD_HINT = (
    'put the code that calls parse_articles under `if __name__ == "__main__":` '
    "(worker processes re-import the main script), or use n_process=1"
)

_PIPELINE: Any = None


def refuse_in_spawned_main() -> None:
    """Raise when called while a spawned child re-runs the user's main script:
    the script has no ``__main__`` guard, and going on would start workers
    from every worker, endlessly."""
    main = sys.modules.get("__main__")
    bootstrapping = bool(getattr(multiprocessing.current_process(), "_inheriting", False))
    if bootstrapping or (
        multiprocessing.parent_process() is not None and getattr(main, "__name__", "") == "__mp_main__"
    ):
        raise WorkerError(
            f"parse_articles(n_process>1) ran while a worker imported the main script: {_GUARD_HINT}"
        )


def _worker_main(conn: Connection, config: Any, threads: int) -> None:
    """A worker process: load the pipeline once, then parse what the parent sends."""
    global _PIPELINE  # noqa: PLW0603 - one pipeline per worker process
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    try:
        if threads > 0:
            import torch  # noqa: PLC0415 - only in worker processes

            torch.set_num_threads(threads)
        _PIPELINE = config.pipeline()
        _PIPELINE.parser  # noqa: B018 - load the model now
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        with contextlib.suppress(OSError):
            conn.send(("init_error", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        batch, first = msg
        try:
            res = _PIPELINE._run_batch(batch, first, "record")
        except BaseException as exc:  # noqa: BLE001 - never lose a batch
            res = [
                ErrorRecord(index=first + k, error=type(exc).__name__, message=str(exc))
                for k in range(len(batch))
            ]
        conn.send(("done", res))


@attrs.define
class _Task:
    first: int  # index of its first article
    batch: list[object]


@attrs.define
class _Worker:
    proc: Any
    conn: Connection
    task: _Task | None = None
    started: float = 0.0


def _death(proc: Any) -> str:
    code = proc.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with code {code}"


class _Pool:
    def __init__(self, config: Any, n: int, threads: int) -> None:
        self.ctx = multiprocessing.get_context("spawn")
        self.config = config
        self.threads = threads
        self.workers: list[_Worker] = []
        for _ in range(n):
            self.workers.append(self._start())
        deadline = time.monotonic() + START_TIMEOUT
        for w in self.workers:
            self._await_ready(w, deadline)

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        main = sys.modules.get("__main__")
        main_file = getattr(main, "__file__", None)
        hide = main is not None and main_file is not None and not Path(main_file).exists()
        if hide:  # "python - < job.py": the workers cannot re-import <stdin>, and need nothing from it
            del main.__file__  # type: ignore[union-attr]
        try:
            proc = self.ctx.Process(target=_worker_main, args=(child, self.config, self.threads), daemon=True)
            proc.start()
        finally:
            if hide:
                main.__file__ = main_file  # type: ignore[union-attr]
        child.close()
        return _Worker(proc=proc, conn=parent)

    def _await_ready(self, w: _Worker, deadline: float) -> None:
        while True:
            if w.conn.poll(POLL):
                try:
                    kind, value = w.conn.recv()
                except (EOFError, OSError):
                    kind, value = "dead", None
                if kind == "ready":
                    return
                if kind == "init_error":
                    raise WorkerError(f"a worker process could not load the pipeline: {value}")
                if kind == "dead":  # the pipe closed: the process is gone
                    w.proc.join(5)
                    raise WorkerError(
                        f"a worker process {_death(w.proc)} before it started; the usual cause: {_GUARD_HINT}"
                    )
            if not w.proc.is_alive() and not w.conn.poll(0):
                w.proc.join(1)
                raise WorkerError(
                    f"a worker process {_death(w.proc)} before it started; the usual cause: {_GUARD_HINT}"
                )
            if time.monotonic() > deadline:
                raise WorkerError(f"a worker process did not start within {START_TIMEOUT:.0f} s")

    def replace(self, w: _Worker) -> _Worker:
        self._kill(w)
        new = self._start()
        self._await_ready(new, time.monotonic() + START_TIMEOUT)
        self.workers[self.workers.index(w)] = new
        return new

    @staticmethod
    def _kill(w: _Worker) -> None:
        with contextlib.suppress(Exception):
            w.conn.close()
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join(5)

    def close(self) -> None:
        for w in self.workers:
            if w.proc.is_alive() and w.task is None:
                with contextlib.suppress(Exception):
                    w.conn.send(None)
        for w in self.workers:
            w.proc.join(0.5)
            self._kill(w)


def parallel(
    texts: Iterable[object],
    *,
    config: Any,
    batch_size: int,
    n_process: int,
    on_error: str,
    timeout: float | None,
) -> Iterator[Article | ErrorRecord]:
    """Parse ``texts`` on ``n_process`` workers; results in input order."""
    refuse_in_spawned_main()
    threads = max(1, (os.cpu_count() or 1) // n_process) if config.device == "cpu" else 0
    pool = _Pool(config, n_process, threads)
    it = iter(texts)
    todo: collections.deque[_Task] = collections.deque()
    done: dict[int, Article | ErrorRecord] = {}  # article index -> its result
    read = 0  # articles read from the input
    emit = 0  # next article index to yield
    exhausted = False
    try:
        while True:
            for w in pool.workers:  # keep every worker busy, reading the input lazily
                if w.task is not None:
                    continue
                if not todo and not exhausted:
                    batch = list(_take(it, batch_size))
                    if batch:
                        todo.append(_Task(first=read, batch=batch))
                        read += len(batch)
                    else:
                        exhausted = True
                if not todo:
                    break
                task = todo.popleft()
                w.conn.send((task.batch, task.first))
                w.task, w.started = task, time.monotonic()
            while emit in done:  # in input order
                r = done.pop(emit)
                emit += 1
                if isinstance(r, ErrorRecord):
                    if on_error == "raise":
                        raise _as_exception(r)
                    logger.warning("article %d failed: %s: %s", r.index, r.error, r.message)
                    if on_error == "skip":
                        continue
                yield r
            if exhausted and emit == read:
                return
            busy = [w for w in pool.workers if w.task is not None]
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=POLL)
            now = time.monotonic()
            for w in busy:
                running = w.task
                assert running is not None
                task = running
                if w.conn in ready:
                    try:
                        kind, res = w.conn.recv()
                    except (EOFError, OSError):
                        kind, res = "dead", None
                    if kind == "done":
                        for k, r in enumerate(res):
                            done[task.first + k] = r
                        w.task = None
                        continue
                if w.conn in ready or not w.proc.is_alive():
                    w.proc.join(1)
                    cause = _death(w.proc) if not w.proc.is_alive() else "stopped answering"
                    _fail(done, task, "worker_died", f"worker process {cause}")
                    pool.replace(w)
                    continue
                if timeout is not None and now - w.started > timeout * len(task.batch):
                    pool.replace(w)
                    if len(task.batch) == 1:
                        _fail(
                            done,
                            task,
                            "timeout",
                            f"parsing took longer than {timeout:g} s; its worker was replaced",
                        )
                    else:  # retried one article at a time: only the slow one is lost
                        for k in reversed(range(len(task.batch))):
                            todo.appendleft(_Task(first=task.first + k, batch=[task.batch[k]]))
    finally:
        pool.close()


def _take(it: Iterator[object], n: int) -> Iterator[object]:
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def _fail(done: dict[int, Article | ErrorRecord], task: _Task, error: str, message: str) -> None:
    for k in range(len(task.batch)):
        done[task.first + k] = ErrorRecord(index=task.first + k, error=error, message=message)


def _as_exception(r: ErrorRecord) -> Exception:
    """The error an ``on_error="raise"`` run raises for a record: the worker's
    error type with its message (quotekit's or a builtin), a
    :class:`~quotekit.errors.WorkerError` for a dead or timed-out worker."""
    if r.error in ("worker_died", "timeout"):
        return WorkerError(f"article {r.index}: {r.error}: {r.message}")
    cls = error_class(r.error)
    msg = f"article {r.index}: {r.message}"
    try:
        return cls(msg)
    except TypeError:  # a class with another signature (ExtractorError): same type, same message
        exc = cls.__new__(cls)
        Exception.__init__(exc, msg)
        return exc
