"""One run per OUTDIR: an OS file lock (flock) that the kernel releases when its process dies, even by kill -9.

The lock file stays in OUTDIR (deleting it would let a third run lock a new file while the
second still holds the old one); its content only names the holder, for the message of a
run that finds the folder busy.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import socket
import time
from pathlib import Path
from typing import Callable

LOCK_NAME = ".rewrite-lock"
WAIT_POLL = 0.1  # seconds between tries while --wait waits


class OutdirBusy(Exception):
    """Another run holds OUTDIR and this one was not asked to wait."""


class OutdirLock:
    """Held for the whole run; forked workers inherit it and die with the parent, so it never outlives the run."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.path = outdir / LOCK_NAME
        self.fd: int | None = None

    def acquire(self, wait: bool, notice: Callable[[str], None]) -> None:
        """Take the lock; raise OutdirBusy when it is held and `wait` is off, else wait for it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                    break  # a file system without locks: the journal's claims still keep runs apart
                if error.errno not in (errno.EAGAIN, errno.EACCES):
                    os.close(fd)
                    raise
                holder = self._holder()
                if not wait:
                    os.close(fd)
                    raise OutdirBusy(f"{self.outdir}: another rewrite run ({holder}) is working in this folder; "
                                     "add --wait to start when it ends") from None
                if not told:
                    notice(f"waiting for the rewrite run ({holder}) that works in {self.outdir}")
                    told = True
                time.sleep(WAIT_POLL)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "started": time.strftime("%Y-%m-%d %H:%M:%S")}).encode())
        self.fd = fd

    def _holder(self) -> str:
        try:
            holder = json.loads(self.path.read_text(encoding="utf-8"))
            return f"pid {holder['pid']} on {holder['host']}, started {holder['started']}"
        except (OSError, ValueError, KeyError, TypeError):  # being written at this very moment
            return "pid unknown"

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
