"""The sleep diary's part of the window (desktop only)."""

from __future__ import annotations

from saferest.ui.sleep.view import SleepDiaryView

__all__ = ["SleepDiaryView"]
