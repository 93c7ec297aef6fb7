"""Locks between processes on one data folder: the app's single instance, one import at a time.

An OS lock on an open file (flock on Linux and macOS, msvcrt.locking on Windows), not a lock file
that merely exists: the operating system releases it when the process ends, however it ends, so a
lock left by a crash is never stale. The file stays behind (it is harmless) and holds the owner's
process id for whoever looks.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

INSTANCE_LOCK = "shop-assistant.lock"
IMPORT_LOCK = "shop-assistant.import.lock"
_INFO_OFFSET = 16  # the owner's pid is written past the locked byte (Windows locks byte ranges)


class FileLock:
    """An exclusive lock between processes (and between two FileLocks of one process)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, timeout: float = 0.0) -> bool:
        """Take the lock, waiting up to `timeout` seconds; False if another holder keeps it.
        Raises OSError when the lock file cannot be created (an unwritable folder)."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + timeout
        while True:
            if _try_lock(fd):
                self._fd = fd
                try:
                    os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
                    os.write(fd, f"{os.getpid()}\n".encode().ljust(16))
                except OSError:
                    pass
                return True
            if time.monotonic() >= deadline:
                os.close(fd)
                return False
            time.sleep(0.05)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def held_elsewhere(path: Path | str) -> bool:
    """True when another process (or FileLock) holds the lock at `path`; False when it is free or
    there is no lock file at all."""
    path = Path(path)
    if not path.exists():
        return False
    probe = FileLock(path)
    try:
        if probe.acquire():
            probe.release()
            return False
    except OSError:
        return False
    return True


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows CI build
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
