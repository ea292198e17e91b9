"""Read what a Linux shared library needs: its DT_NEEDED libraries and symbol versions.

Plain Python over the ELF section headers (64-bit little-endian, as on x86_64 and aarch64), so
the bundle build and tests need neither binutils nor pyelftools. Used to drop libraries nothing
in the bundle loads, and to print the oldest glibc the bundle can start on.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

SHT_DYNAMIC = 6
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NEEDED = 1
_VERSION = re.compile(r"^(GLIBC|GLIBCXX|CXXABI)_(\d+(?:\.\d+)*)$")


@dataclass(frozen=True)
class Section:
    kind: int
    offset: int
    size: int
    link: int
    info: int


@dataclass
class ElfNeeds:
    """What one file asks of the dynamic loader."""

    libraries: list[str] = field(default_factory=list)
    versions: set[tuple[str, tuple[int, ...]]] = field(default_factory=set)
    """(family, version) pairs, e.g. ("GLIBC", (2, 34)) or ("GLIBCXX", (3, 4, 29))."""

    def newest(self, family: str) -> tuple[int, ...] | None:
        found = [v for f, v in self.versions if f == family]
        return max(found) if found else None


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def _sections(data: bytes) -> list[Section]:
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []  # not ELF, or not 64-bit little-endian
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = []
    for index in range(shnum):
        base = shoff + index * shentsize
        if base + 64 > len(data):
            break
        _, kind, _, _, offset, size, link, info = struct.unpack_from("<IIQQQQII", data, base)
        sections.append(Section(kind, offset, size, link, info))
    return sections


def _string(data: bytes, table: Section, offset: int) -> str:
    start = table.offset + offset
    end = data.index(b"\0", start)
    return data[start:end].decode("ascii", errors="replace")


def parse(data: bytes) -> ElfNeeds:
    """DT_NEEDED entries and required symbol versions of one ELF image (empty if not ELF)."""
    needs = ElfNeeds()
    sections = _sections(data)
    for section in sections:
        if section.kind == SHT_DYNAMIC and section.link < len(sections):
            strings = sections[section.link]
            for pos in range(section.offset, section.offset + section.size, 16):
                tag, value = struct.unpack_from("<qQ", data, pos)
                if tag == 0:
                    break
                if tag == DT_NEEDED:
                    needs.libraries.append(_string(data, strings, value))
        elif section.kind == SHT_GNU_VERNEED and section.link < len(sections):
            strings = sections[section.link]
            pos = section.offset
            for _ in range(section.info):
                _, count, _, aux, following = struct.unpack_from("<HHIII", data, pos)
                aux_pos = pos + aux
                for _ in range(count):
                    _, _, _, name, aux_next = struct.unpack_from("<IHHII", data, aux_pos)
                    match = _VERSION.match(_string(data, strings, name))
                    if match:
                        numbers = tuple(int(n) for n in match.group(2).split("."))
                        needs.versions.add((match.group(1), numbers))
                    aux_pos += aux_next
                pos += following
    return needs


def read(path: Path) -> ElfNeeds:
    return parse(path.read_bytes()) if is_elf(path) else ElfNeeds()


def reachable(roots: Iterable[str], needed: dict[str, list[str]]) -> set[str]:
    """Library names reachable from `roots` through DT_NEEDED (`needed`: name -> its needs)."""
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        pending.extend(needed.get(name, []))
    return seen


def dotted(version: tuple[int, ...] | None) -> str:
    return ".".join(map(str, version)) if version else "none"
