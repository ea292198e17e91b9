"""test_screen_fit.py again on small and scaled virtual screens (Qt's offscreen platform).

Each run is a fresh process, because a QApplication's screens are fixed when it starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .test_screen_fit import EXPECTED_SCREEN

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [
    # (physical width, height, QT_SCALE_FACTOR, logical size the app then has)
    (1024, 600, "1", "1024x600"),
    (1366, 768, "2", "683x384"),
    (2732, 1536, "2", "1366x768"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height", "scale", "logical"), SCREENS)
def test_windows_and_dialogs_fit_on(
    tmp_path: Path, width: int, height: int, scale: str, logical: str
) -> None:
    config = tmp_path / "screens.json"
    screen = {"name": "virtual", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        EXPECTED_SCREEN: logical,
    }
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests/ui/test_screen_fit.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "4 passed" in run.stdout
