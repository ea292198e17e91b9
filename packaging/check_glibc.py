"""Print the oldest glibc (and libstdc++) a Linux bundle can start on, and what it needs from
the host.

    python packaging/check_glibc.py dist/saferest [--target 2.31] [--strict]

Every ELF file's required symbol versions (GLIBC_2.x, GLIBCXX_3.4.x) are read; the newest of
them is the bundle's floor. Libraries the bundle needs but does not contain must come from the
system: they are listed too. With --strict the exit status is 1 when the floor is above the
target; the build prints the comparison without failing (see packaging/linux/old-base/).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from elf_tools import dotted, read

GLIBC_LIBRARIES = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libutil.so.1",
    "libresolv.so.2",
    "libanl.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}
DEFAULT_TARGET = (2, 31)  # Debian 11, Ubuntu 20.04


@dataclass
class Floor:
    glibc: tuple[int, ...] | None = None
    glibcxx: tuple[int, ...] | None = None
    newest_files: list[str] = field(default_factory=list)
    """The files that need `glibc` itself: the ones to rebuild on an older base."""
    from_host: dict[str, list[str]] = field(default_factory=dict)
    """Library -> bundled files that need it, for libraries the bundle does not contain."""


def scan(bundle: Path) -> Floor:
    floor = Floor()
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    present = {p.name for p in bundle.rglob("*")}
    per_file: dict[str, tuple[int, ...]] = {}
    for path in files:
        needs = read(path)
        relative = str(path.relative_to(bundle))
        glibc = needs.newest("GLIBC")
        if glibc:
            per_file[relative] = glibc
            floor.glibc = max(floor.glibc or glibc, glibc)
        glibcxx = needs.newest("GLIBCXX")
        if glibcxx:
            floor.glibcxx = max(floor.glibcxx or glibcxx, glibcxx)
        for library in needs.libraries:
            if library not in present and library not in GLIBC_LIBRARIES:
                floor.from_host.setdefault(library, []).append(relative)
    floor.newest_files = sorted(f for f, v in per_file.items() if v == floor.glibc)
    return floor


def parse_version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def report(floor: Floor, target: tuple[int, ...]) -> list[str]:
    lines = [f"minimum glibc: {dotted(floor.glibc)} (target {dotted(target)})"]
    if floor.glibc and floor.glibc > target:
        lines.append(
            f"  above the target: built on a system with a newer glibc; these need "
            f"{dotted(floor.glibc)}: {', '.join(floor.newest_files[:6])}"
            + (" ..." if len(floor.newest_files) > 6 else "")
        )
        lines.append(
            "  to reach the target, build on the older base: packaging/linux/old-base/build.sh"
        )
    lines.append(f"minimum libstdc++ (from the host): GLIBCXX_{dotted(floor.glibcxx)}")
    lines.append(f"libraries taken from the host ({len(floor.from_host)}):")
    lines += [
        f"  {library} (for {len(users)} file(s))"
        for library, users in sorted(floor.from_host.items())
    ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--target", type=parse_version, default=DEFAULT_TARGET)
    parser.add_argument("--strict", action="store_true", help="exit 1 above the target")
    args = parser.parse_args()
    floor = scan(args.bundle)
    print("\n".join(report(floor, args.target)))
    return 1 if args.strict and floor.glibc and floor.glibc > args.target else 0


if __name__ == "__main__":
    sys.exit(main())
