"""The licence texts SafeRest ships: its own GPL and every third-party component's (no Qt here).

Third-party texts live in resources/licences/, one file per component with a short header
(Component, Licence, Source) written by packaging/collect_licences.py; the bundle adds Python's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from saferest.locations import resource_dir

OWN_LICENCE = "LICENSE"
HEADER_KEYS = ("Component", "Licence", "Source")


@dataclass(frozen=True)
class Licence:
    component: str
    expression: str
    source: str
    path: Path

    def text(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8")
        except OSError as exc:
            return f"{self.path}: {exc.strerror}"


def own_licence_path() -> Path:
    """SafeRest's LICENSE: beside the third-party texts when installed, at the checkout's root."""
    packaged = resource_dir("licences") / OWN_LICENCE
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / OWN_LICENCE


def read_header(path: Path) -> dict[str, str]:
    header: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                key, sep, value = line.partition(":")
                if not sep or key not in HEADER_KEYS:
                    break
                header[key] = value.strip()
    except OSError:
        pass
    return header


def shipped_licences() -> list[Licence]:
    """SafeRest first, then the components in alphabetical order."""
    own = Licence(
        "SafeRest", "GPL-3.0-or-later", "https://saferest.example.org/", own_licence_path()
    )
    others = []
    for path in sorted(resource_dir("licences").glob("*.txt")):
        header = read_header(path)
        others.append(
            Licence(
                header.get("Component", path.stem),
                header.get("Licence", "see the text"),
                header.get("Source", ""),
                path,
            )
        )
    return [own, *sorted(others, key=lambda licence: licence.component.casefold())]
