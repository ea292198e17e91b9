"""Wrong admin PINs, counted once for the whole process, with lock-outs that grow.

The count cannot live in the PIN dialog: Esc and reopening would give a fresh dialog and a
fresh count. It lives here, for as long as the kiosk process runs, and survives every kiosk
reset (only the right PIN clears it). Nothing is written to disk. No Qt in this module.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FREE_TRIES = 4
"""Wrong PINs allowed before the first lock-out (a typo or two should not lock staff out)."""
FIRST_LOCKOUT_S = 30.0
MAX_LOCKOUT_S = 3600.0
"""Each wrong PIN after the free tries doubles the wait, up to an hour."""


def lockout_after(failures: int) -> float:
    """Seconds locked after the `failures`-th wrong PIN in a row."""
    if failures <= FREE_TRIES:
        return 0.0
    doublings = min(failures - FREE_TRIES - 1, 16)
    return min(FIRST_LOCKOUT_S * float(2**doublings), MAX_LOCKOUT_S)


class PinLockout:
    """How many wrong PINs in a row, and until when no PIN may be tried."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.failures = 0
        self._locked_until = 0.0

    def remaining(self) -> float:
        """Seconds until a PIN may be tried again (0 when it may be tried now)."""
        return max(0.0, self._locked_until - self.clock())

    @property
    def locked(self) -> bool:
        return self.remaining() > 0

    def record_failure(self) -> float:
        """Count one wrong PIN; returns how long no PIN may be tried now."""
        self.failures += 1
        delay = lockout_after(self.failures)
        self._locked_until = self.clock() + delay
        return delay

    def record_success(self) -> None:
        self.failures = 0
        self._locked_until = 0.0


_PROCESS_LOCKOUT = PinLockout()


def process_lockout() -> PinLockout:
    """The one lock-out state of this process, shared by every PIN dialog ever opened."""
    return _PROCESS_LOCKOUT
