"""Where a run's work runs: this process, a local pool of processes, or a Dask cluster
(dask_backend.py). Every engine maps calls (func, *args) over work items and yields the
results in input order, so the runner has one code path and the tables do not depend on
the engine, the number of workers or their timing.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Protocol

from .errors import WorkerDied

RECORDS_PER_UNIT = 256  # raw records per task on this machine
IN_FLIGHT_PER_WORKER = 4  # tasks queued per local worker, so none waits for the driver
WATCH_SECONDS = 1.0  # how often a wait for a worker's result checks that every worker is alive
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

Call = Callable[[object], tuple]  # item -> (func, *args)


class Engine(Protocol):
    def map(self, call: Call, items: Iterable) -> Iterator:
        """func(*args) for (func, *args) = call(item), for each item, in order."""

    def units(self, files: list[Path], records: Iterable) -> Iterable:
        """The input cut into work units for `prepare_unit`: chunks of the records read
        here, or partitions (files, line ranges) that the workers read themselves."""

    def close(self) -> None: ...


def record_chunks(records: Iterable) -> Iterator[list]:
    """Records in chunks of RECORDS_PER_UNIT: the tasks of a local run."""
    iterator = iter(records)
    while chunk := list(islice(iterator, RECORDS_PER_UNIT)):
        yield chunk


def ordered_results(items: Iterable, submit: Callable, wait: Callable, in_flight: int) -> Iterator:
    """Results of submit(item) in the order of `items`, with at most `in_flight` pending:
    workers stay busy, memory stays bounded, and the output does not depend on timing."""
    pending: deque = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= in_flight:
            yield wait(pending.popleft())
    while pending:
        yield wait(pending.popleft())


class InProcess:
    """Everything in this process, one item at a time (one worker)."""

    def map(self, call: Call, items: Iterable) -> Iterator:
        for item in items:
            func, *args = call(item)
            yield func(*args)

    def units(self, files: list[Path], records: Iterable) -> Iterable:
        return record_chunks(records)

    def close(self) -> None:
        pass


def worker_context() -> mp.context.BaseContext:
    """Workers forked from a fork server that imported warm.py (models loaded), or spawned
    where there is no fork server (Windows)."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(["kaznews.warm"])
    return context


@contextmanager
def _one_thread_per_worker() -> Iterator[None]:
    """Start workers with single-threaded BLAS: N workers x N BLAS threads on N cores is
    slower than one worker (measured: 2 workers ran at 0.39x of 1 on 2 cores)."""
    saved = {k: os.environ.get(k) for k in _BLAS_THREADS}
    os.environ.update(dict.fromkeys(_BLAS_THREADS, "1"))
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class PoolEngine(InProcess):
    """A pool of local processes with single-threaded BLAS. Records are read here and sent
    in chunks, so every input format streams (a gzipped dump is never held whole). A worker
    that dies fails the run at once (multiprocessing.Pool would wait forever for its task),
    also one that dies halfway through sending a result (`_dead_workers`)."""

    def __init__(self, workers: int) -> None:
        with _one_thread_per_worker():
            # Ctrl-C reaches the workers too (one process group): the driver reports it, they stay silent
            self.pool = ProcessPoolExecutor(workers, mp_context=worker_context(), initializer=signal.signal,
                                            initargs=(signal.SIGINT, signal.SIG_IGN))
        self.in_flight = IN_FLIGHT_PER_WORKER * workers

    def map(self, call: Call, items: Iterable) -> Iterator:
        def submit(item: object) -> Future:
            func, *args = call(item)
            try:
                return self.pool.submit(func, *args)
            except BrokenProcessPool:  # a worker died while earlier results were being written
                raise _worker_died() from None
        return ordered_results(items, submit, self._result, self.in_flight)

    def _result(self, future: Future) -> object:
        while True:
            try:
                return future.result(timeout=WATCH_SECONDS)
            except BrokenProcessPool:
                raise _worker_died() from None
            except FutureTimeout:
                if self._dead_workers():
                    raise _worker_died() from None

    def _workers(self) -> list:
        """The pool's worker processes (ProcessPoolExecutor keeps them in a private dict)."""
        return list((self.pool._processes or {}).values())

    def _dead_workers(self) -> list:
        """Workers that exited. The pool notices a dead worker by itself, except one that died
        while sending a result (killed by the OOM killer mid-write): the pool's manager thread
        then waits for the rest of that message forever, and so would the run."""
        return [p for p in self._workers() if p.exitcode is not None]

    def close(self) -> None:
        if self._dead_workers():  # the manager thread may be stuck on a half-sent result: end it
            for process in self._workers():
                process.kill()
                process.join()
            self.pool._result_queue._writer.close()  # no writer left: its read ends (EOF), the pool breaks
        self.pool.shutdown(wait=True, cancel_futures=True)


def _worker_died() -> WorkerDied:
    return WorkerDied("a worker process died (killed, or out of memory); what was committed is kept: "
                      "run again with --incremental to continue")
