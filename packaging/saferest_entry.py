"""PyInstaller entry point: the same `saferest` command as the console script."""

import sys

from saferest.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
