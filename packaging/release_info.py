"""Released versions and dates, as the changelog and the AppStream metainfo record them.

The two must agree (tests/test_version.py), and the newest release is saferest.__version__.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
METAINFO = ROOT / "packaging" / "linux" / "org.saferest.SafeRest.metainfo.xml"
CHANGELOG = ROOT / "CHANGELOG.md"
_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?", re.M)


def metainfo_releases(path: Path = METAINFO) -> dict[str, dt.date]:
    root = ET.parse(path).getroot()
    return {
        release.attrib["version"]: dt.date.fromisoformat(release.attrib["date"])
        for release in root.iter("release")
    }


def changelog_releases(path: Path = CHANGELOG) -> dict[str, dt.date]:
    """Released versions only (the Unreleased section has no date)."""
    text = path.read_text(encoding="utf-8")
    return {
        match["version"]: dt.date.fromisoformat(match["date"])
        for match in _HEADING.finditer(text)
        if match["date"]
    }


def newest(releases: dict[str, dt.date]) -> tuple[str, dt.date]:
    version = max(releases, key=lambda v: tuple(int(p) for p in re.findall(r"\d+", v)))
    return version, releases[version]
