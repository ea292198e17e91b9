"""Logs and crash reports for support, without anything a person typed (no Qt here).

Desktop: a rotating log file and crash reports in the user log directory, and `faulthandler`
writing hard crashes (segfaults, aborts) to a file there too. Kiosk: stderr only, nothing on
disk. What is logged is chosen by the code (start-up, data-pack version, cache rebuilds, file
recovery, errors); an exception's message is never written, because it may quote input.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO

from saferest import __version__

APP_NAME = "SafeRest"
LOGGER = "saferest"
LOG_FILE = "saferest.log"
FAULT_FILE = "faults.log"
CRASH_PREFIX = "crash-"
LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3
KEEP_CRASH_REPORTS = 10
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(LOGGER)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def default_log_dir() -> Path:
    """platformdirs' user log directory (Linux: ~/.local/state/SafeRest/log)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


@dataclass
class Logging:
    """What start_logging() installed, so that stop() can undo it (tests, repeated runs)."""

    directory: Path | None
    handlers: list[logging.Handler] = field(default_factory=list)
    fault_file: IO[str] | None = None
    previous_level: int = logging.NOTSET

    def stop(self) -> None:
        for handler in self.handlers:
            log.removeHandler(handler)
            handler.close()
        log.setLevel(self.previous_level)
        if self.fault_file is not None:
            _enable_faulthandler(None)
            self.fault_file.close()


def start_logging(kiosk: bool, directory: Path | None = None) -> Logging:
    """Log to a rotating file (desktop) or to stderr only (kiosk); turn on faulthandler."""
    setup = Logging(None if kiosk else (directory or default_log_dir()))
    setup.previous_level = log.level
    log.setLevel(logging.INFO)
    log.propagate = False
    handler: logging.Handler
    if setup.directory is None:
        handler = logging.StreamHandler(sys.stderr)
        _enable_faulthandler(None)
    else:
        try:
            setup.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = logging.handlers.RotatingFileHandler(
                setup.directory / LOG_FILE,
                maxBytes=LOG_BYTES,
                backupCount=LOG_BACKUPS,
                encoding="utf-8",
            )
            setup.fault_file = _enable_faulthandler(setup.directory / FAULT_FILE)
        except OSError as exc:
            handler = logging.StreamHandler(sys.stderr)
            print(f"saferest: cannot write logs to {setup.directory}: {exc}", file=sys.stderr)
            setup.directory = None
            _enable_faulthandler(None)
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    setup.handlers.append(handler)
    return setup


def _enable_faulthandler(path: Path | None) -> IO[str] | None:
    """Hard crashes print the Python stack of every thread (file names and lines only)."""
    if path is None:
        # The windowed Windows program may have no stderr; a test's captured one has no fd.
        for stream in (sys.stderr, sys.__stderr__):
            try:
                if stream is not None:
                    faulthandler.enable(stream)
                    break
            except (OSError, ValueError, AttributeError):
                continue
        return None
    stream = path.open("a", encoding="utf-8")
    stream.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} SafeRest {__version__}\n")
    stream.flush()
    faulthandler.enable(stream)
    return stream


def environment() -> dict[str, str]:
    """Facts about this installation that support needs, and nothing about the person."""
    return {
        "SafeRest": __version__,
        "Python": platform.python_version(),
        "Platform": platform.platform(),
        "Frozen bundle": "yes" if getattr(sys, "frozen", False) else "no",
    }


def crash_text(
    exc_type: type[BaseException], tb: TracebackType | None, facts: dict[str, str]
) -> str:
    """A report of where it went wrong: the exception's type and the stack, not its message."""
    frames = "".join(
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
        for frame in traceback.extract_tb(tb)
    )
    lines = [f"{key}: {value}" for key, value in facts.items()]
    return (
        "SafeRest crash report\n"
        f"Time: {dt.datetime.now().isoformat(timespec='seconds')}\n"
        + "\n".join(lines)
        + f"\n\nUnexpected {exc_type.__module__}.{exc_type.__qualname__} "
        "(its message is left out: it may contain what was typed)\n"
        f"Traceback (most recent call last):\n{frames}"
    )


def write_crash_report(directory: Path, text: str) -> Path:
    """A new crash-*.txt file (owner-only), keeping the newest few."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = directory / f"{CRASH_PREFIX}{stamp}.txt"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    reports = sorted(directory.glob(f"{CRASH_PREFIX}*.txt"))
    for old in reports[:-KEEP_CRASH_REPORTS]:
        old.unlink(missing_ok=True)
    return path
