"""One desktop window at a time owns the user's saved files; a second one opens read-only.

Two windows saving the same list would each overwrite the other's changes. The first window
takes a lock file in the user folder (QLockFile: no network sockets, and a lock left by a
crashed process is recognised by its process id and taken over). A window that cannot take it
still shows the saved list and checks whatever the person adds, but saves nothing, and says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "saferest.lock"


class InstanceLock:
    """The lock on one user folder, held until `release()` (or the process ends)."""

    def __init__(self, user_dir: Path) -> None:
        self.path = user_dir / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # held for hours: stale only when its process is gone

    def acquire(self) -> bool:
        """Whether this window may write the user's files (False: another window holds them).

        A folder where no lock file can be made (read-only, missing rights) counts as free:
        saving will then fail on its own and say so.
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
