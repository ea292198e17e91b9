"""Windows: may anyone but Administrators and SYSTEM change the kiosk configuration?

A file in %ProgramData% inherits an access list that lets every user add and change files, so
the POSIX mode check says nothing there. This reads the file's (and its folder's) owner and
access list through the Windows API and refuses write access for anyone else. The installer
sets the folder's list with icacls (packaging/windows/saferest.iss).

The decision (`untrusted_writers`) is plain Python and tested everywhere; only `read_security`
calls Windows (ctypes, advapi32), and it has not been run on Linux CI.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

TRUSTED = {
    "S-1-5-18": "SYSTEM",
    "S-1-5-32-544": "Administrators",
    "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464": "TrustedInstaller",
}
KNOWN = {
    "S-1-1-0": "Everyone",
    "S-1-5-11": "Authenticated Users",
    "S-1-5-32-545": "Users",
    "S-1-5-4": "INTERACTIVE",
    "S-1-3-0": "CREATOR OWNER",
    "S-1-3-4": "OWNER RIGHTS",
    **TRUSTED,
}
OWNER_RIGHTS = "S-1-3-4"

ACCESS_ALLOWED = {0x0, 0x9}  # ACCESS_ALLOWED_ACE_TYPE, ACCESS_ALLOWED_CALLBACK_ACE_TYPE
INHERIT_ONLY = 0x08
FILE_WRITE_DATA = 0x2  # on a folder: add a file
FILE_APPEND_DATA = 0x4  # on a folder: add a subfolder
FILE_WRITE_EA = 0x10
FILE_DELETE_CHILD = 0x40
FILE_WRITE_ATTRIBUTES = 0x100
DELETE = 0x10000
WRITE_DAC = 0x40000
WRITE_OWNER = 0x80000
GENERIC_ALL = 0x10000000
GENERIC_WRITE = 0x40000000
WRITE_RIGHTS = (
    FILE_WRITE_DATA
    | FILE_APPEND_DATA
    | FILE_WRITE_EA
    | FILE_WRITE_ATTRIBUTES
    | DELETE
    | WRITE_DAC
    | WRITE_OWNER
    | GENERIC_ALL
    | GENERIC_WRITE
)
FOLDER_WRITE_RIGHTS = WRITE_RIGHTS | FILE_DELETE_CHILD
FIX = (
    'icacls "{path}" /setowner *S-1-5-32-544 /T && icacls "{path}" /inheritance:r '
    "/grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /T"
)


@dataclass(frozen=True)
class Ace:
    """One access-control entry: its type, flags, access mask and the SID it applies to."""

    kind: int
    flags: int
    mask: int
    sid: str


def name_of(sid: str) -> str:
    return KNOWN.get(sid, sid)


def untrusted_writers(owner: str | None, aces: list[Ace] | None, folder: bool) -> list[str]:
    """Who, besides Administrators and SYSTEM, could change this file or folder ([] if no one).

    `aces is None` is a NULL access list, which lets everyone do everything.
    """
    if aces is None:
        return ["everyone (it has no access list)"]
    reasons = []
    if owner is None or owner not in TRUSTED:
        # An owner may always rewrite the access list, unless OWNER RIGHTS says otherwise.
        owner_limited = any(ace.sid == OWNER_RIGHTS for ace in aces)
        if not owner_limited:
            reasons.append(f"its owner {name_of(owner or 'unknown')}")
    rights = FOLDER_WRITE_RIGHTS if folder else WRITE_RIGHTS
    for ace in aces:
        if ace.kind not in ACCESS_ALLOWED or ace.flags & INHERIT_ONLY:
            continue
        if ace.sid in TRUSTED or not ace.mask & rights:
            continue
        if ace.sid == OWNER_RIGHTS and owner in TRUSTED:
            continue
        reasons.append(name_of(ace.sid))
    return list(dict.fromkeys(reasons))


def writable_by_others(path: Path) -> str | None:
    """Why users other than Administrators and SYSTEM could change `path`, or None."""
    for target, folder in ((path, False), (path.parent, True)):
        owner, aces = read_security(target)
        who = untrusted_writers(owner, aces, folder)
        if who:
            fix = FIX.format(path=path.parent)
            return f"{target} can be changed by {', '.join(who)} (fix: {fix})"
    return None


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    def read_security(path: Path) -> tuple[str | None, list[Ace] | None]:
        """The owner SID and the access list of a file or folder."""
        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        owner = ctypes.c_void_p()
        dacl = ctypes.c_void_p()
        descriptor = ctypes.c_void_p()
        se_file_object, owner_info, dacl_info = 1, 0x1, 0x4
        status = advapi32.GetNamedSecurityInfoW(
            wintypes.LPCWSTR(str(path)),
            se_file_object,
            owner_info | dacl_info,
            ctypes.byref(owner),
            None,
            ctypes.byref(dacl),
            None,
            ctypes.byref(descriptor),
        )
        if status != 0:
            raise OSError(status, f"GetNamedSecurityInfoW failed for {path}")

        def sid_text(address: int) -> str:
            text = ctypes.c_wchar_p()
            if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(address), ctypes.byref(text)):
                raise OSError(ctypes.get_last_error(), "ConvertSidToStringSidW failed")
            try:
                return text.value or ""
            finally:
                kernel32.LocalFree(text)

        try:
            owner_sid = sid_text(owner.value) if owner.value else None
            if not dacl.value:
                return owner_sid, None
            count = ctypes.c_ushort.from_address(dacl.value + 4).value  # ACL.AceCount
            aces = []
            for index in range(count):
                ace = ctypes.c_void_p()
                if not advapi32.GetAce(ctypes.c_void_p(dacl.value), index, ctypes.byref(ace)):
                    raise OSError(ctypes.get_last_error(), "GetAce failed")
                base = ace.value or 0
                kind = ctypes.c_ubyte.from_address(base).value
                flags = ctypes.c_ubyte.from_address(base + 1).value
                mask = ctypes.c_uint32.from_address(base + 4).value
                sid = sid_text(base + 8) if kind in ACCESS_ALLOWED else ""
                aces.append(Ace(kind, flags, mask, sid))
            return owner_sid, aces
        finally:
            kernel32.LocalFree(descriptor)

else:

    def read_security(path: Path) -> tuple[str | None, list[Ace] | None]:
        """Only Windows has these access lists."""
        raise OSError(f"cannot read Windows access lists of {path} on {sys.platform}")
