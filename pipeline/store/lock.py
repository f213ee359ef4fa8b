"""One run at a time per output folder: an advisory lock on OUT/.lock (fcntl.flock).

The kernel drops the lock when the holding process dies, kill -9 included, so a crashed
run never blocks the next one."""
from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import LockBusy


@contextmanager
def run_lock(out_dir: Path, timeout: float = 0.0) -> Iterator[None]:
    """Hold OUT/.lock for the block; wait up to `timeout` seconds, then raise LockBusy."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another process"
                    raise LockBusy(f"{out_dir} is locked by a running kaznews ({holder})") from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock
