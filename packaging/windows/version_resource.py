"""The Windows version resource of saferest.exe and saferest-cli.exe, from saferest.__version__.

Explorer's Properties -> Details, installers and support staff read it; the Inno Setup script
takes the installer's version from it too (GetStringFileInfo), so the version is written once.
The pure functions are tested on Linux; `version_info` needs PyInstaller (it runs in the spec).
"""

from __future__ import annotations

import re
from typing import Any

COMPANY = "SafeRest developers"
PRODUCT = "SafeRest"
DESCRIPTION = "SafeRest: offline harm-reduction reference"
COPYRIGHT = "Copyright (C) 2026 SafeRest developers. GPL-3.0-or-later."
LANGUAGE_CODEPAGE = "040904B0"  # U.S. English, Unicode: the block Explorer reads
_NUMERIC = re.compile(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?")


def numbers(version: str) -> tuple[int, int, int, int]:
    """The four 16-bit numbers Windows wants; a pre-release suffix ("1.2.0rc1") is dropped."""
    match = _NUMERIC.match(version)
    if not match:
        raise ValueError(f"not a version Windows can show: {version!r}")
    parts = [int(part) if part else 0 for part in match.groups()]
    if any(part > 0xFFFF for part in parts):
        raise ValueError(f"version parts must be below 65536: {version!r}")
    return parts[0], parts[1], parts[2], parts[3]


def string_fields(version: str, internal_name: str = "saferest") -> dict[str, str]:
    """The StringFileInfo table: the full version text (with any suffix) is kept here."""
    return {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": internal_name,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{internal_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }


def version_info(version: str, internal_name: str = "saferest") -> Any:
    """PyInstaller's VSVersionInfo for EXE(version=...)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    fixed = numbers(version)
    table = vi.StringTable(
        LANGUAGE_CODEPAGE,
        [
            vi.StringStruct(key, value)
            for key, value in string_fields(version, internal_name).items()
        ],
    )
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=fixed, prodvers=fixed, OS=0x40004, fileType=0x1),
        kids=[
            vi.StringFileInfo([table]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 0x04B0])]),
        ],
    )
