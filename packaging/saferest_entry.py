"""PyInstaller entry point: the same `saferest` command as the console script."""

import os
import sys

from saferest.__main__ import main

if __name__ == "__main__":
    # The windowed saferest.exe on Windows has no console: Python then sets sys.stdout and
    # sys.stderr to None, and `--help` or a warning would raise. saferest-cli.exe has both.
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(main())
