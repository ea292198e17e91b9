"""`saferest check --qr-text / --qr FILE.png`: the window's take-home text and code, headless."""

from __future__ import annotations

from pathlib import Path

from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import CheckResult, Engine
from saferest.domain.take_home import TakeHomeText, make_qr, qr_png, take_home_text
from saferest.domain.take_home_adapt import list_take_home, take_home_number
from saferest.storage.atomic import atomic_write_bytes


def clinic_number() -> str | None:
    """The emergency number of this machine's kiosk config, when it puts it in kiosk mode."""
    from saferest.config import load_config

    loaded = load_config(None)
    if loaded is None or loaded.refused or not loaded.config.kiosk:
        return None
    return loaded.config.emergency_number


def list_text(
    engine: Engine, result: CheckResult, lang: str, emergency: EmergencyContact | None
) -> TakeHomeText:
    """The text the take-home code of this check holds, with the one number the text output
    and the JSON give (saferest.domain.emergency_number.pick_emergency_number)."""
    return take_home_text(list_take_home(engine, result, lang, take_home_number(emergency, lang)))


def write_png(path: Path, fitted: TakeHomeText) -> str:
    """Write the code as a PNG (whole or not at all); returns its version, such as '19-M'."""
    code = make_qr(fitted.text)
    atomic_write_bytes(path, qr_png(code))
    return str(code.designator)
