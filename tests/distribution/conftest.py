"""Tests of the scripts in packaging/: they are loaded from there by module name.

(The folder is not a Python package: its name would shadow the `packaging` library.)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
