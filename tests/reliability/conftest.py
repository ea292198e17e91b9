"""The reliability tests share the GUI tests' fixtures: a private home, no system kiosk config,
offscreen windows over the mini pack, and Qt warnings treated as failures."""

from __future__ import annotations

from tests.ui.conftest import (  # noqa: F401 (fixtures, registered by being imported here)
    _fail_on_qt_warnings,
    _isolate,
    _translations,
    make_kiosk,
    make_window,
    qm_dir,
    user_dir,
    window,
    write_config,
)
