"""Where the shipped resources are: inside the installed package, or the checkout's resources/."""

from __future__ import annotations

import importlib.resources
from pathlib import Path


def resource_dir(name: str) -> Path:
    """`resources/<name>` as shipped in the wheel, or in the checkout when run from source."""
    packaged = importlib.resources.files("saferest").joinpath("resources", name)
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources" / name
