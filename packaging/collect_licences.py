"""Copy the licence texts of SafeRest's runtime dependencies into resources/licences/.

    python packaging/collect_licences.py [--lgpl /usr/share/common-licenses/LGPL-3]

Run it after adding or removing a dependency (tests/test_licences.py fails until then). Each
text is taken from the installed distribution's own licence files; the PySide6/shiboken6 wheels
carry none, so for them the LGPL-3.0 text is taken from the operating system's copy (Debian:
/usr/share/common-licenses/LGPL-3). The files are committed: the wheel, the bundle and the
installers ship them, and About -> Licences shows them.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import sys
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "licences"
# Qt for Python wheels ship no licence file; SafeRest uses them under the LGPL-3.0.
LGPL_DISTRIBUTIONS = {
    "pyside6-essentials": "PySide6-Essentials",
    "pyside6-addons": "PySide6-Addons",
    "shiboken6": "shiboken6",
}
QT_SOURCE = "https://code.qt.io/cgit/pyside/pyside-setup.git/"
LGPL_NOTE = (
    "SafeRest uses Qt and Qt for Python under the GNU Lesser General Public License version 3.\n"
    "The LGPL-3.0 adds permissions to the GNU General Public License version 3, whose text is\n"
    "shipped as SafeRest's own licence. You may replace the Qt and PySide6 libraries in an\n"
    "installed SafeRest with your own builds. Sources: https://download.qt.io/official_releases/\n"
    "and https://code.qt.io/cgit/pyside/pyside-setup.git/. Qt itself contains third-party code\n"
    "under other free licences, listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html.\n"
)
EXTRAS = ("kiosk",)  # optional runtime extras that the kiosk bundle ships


def runtime_distributions(root: str = "saferest", extras: tuple[str, ...] = EXTRAS) -> list[str]:
    """Every installed distribution SafeRest needs at run time, transitively, by canonical name."""
    seen: set[str] = set()
    pending = [(root, extras)]
    while pending:
        name, wanted = pending.pop()
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue  # an optional extra that is not installed here
        for line in dist.requires or []:
            req = Requirement(line)
            environments = [{"extra": e} for e in wanted] or [{"extra": ""}]
            if req.marker and not any(req.marker.evaluate(env) for env in environments):
                continue
            key = canonicalize_name(req.name)
            if key not in seen and (key in LGPL_DISTRIBUTIONS or installed(key)):
                seen.add(key)
                pending.append((key, tuple(req.extras)))
    return sorted(seen)


def installed(name: str) -> bool:
    try:
        md.distribution(name)
    except md.PackageNotFoundError:
        return False
    return True


def licence_files(dist: md.Distribution) -> list[Path]:
    files = [
        Path(str(dist.locate_file(f)))
        for f in dist.files or []
        if re.search(r"(^|/)(licen[cs]e|copying)[^/]*$", str(f), re.IGNORECASE)
        and ".dist-info/" in str(f).replace("\\", "/")
    ]
    return sorted(f for f in files if f.is_file())


def licence_document(name: str, lgpl: Path) -> str:
    """The licence file for one distribution: a short header, then the full text."""
    if name in LGPL_DISTRIBUTIONS:  # the same text whether or not it is installed here
        text = LGPL_NOTE + "\n" + lgpl.read_text(encoding="utf-8")
        return render(LGPL_DISTRIBUTIONS[name], "LGPL-3.0-only", QT_SOURCE, text)
    dist = md.distribution(name)
    meta = dist.metadata
    expression = meta.get("License-Expression") or meta.get("License") or "see the text"
    files = licence_files(dist)
    if not files:
        raise SystemExit(f"{meta['Name']}: no licence file in its dist-info; add one by hand")
    text = "\n\n".join(f.read_text(encoding="utf-8", errors="replace").strip() for f in files)
    return render(meta["Name"], expression.strip(), source_url(meta), text + "\n")


def source_url(meta: md.PackageMetadata) -> str:
    """The project's source or home page, as its metadata names it."""
    labelled = dict(
        (label.strip().lower(), url.strip())
        for label, _, url in (entry.partition(",") for entry in meta.get_all("Project-URL") or [])
    )
    for label in ("source", "source code", "repository", "homepage", "home"):
        if labelled.get(label):
            return labelled[label]
    return meta.get("Home-page") or f"https://pypi.org/project/{meta['Name']}/"


def render(display: str, expression: str, url: str, text: str) -> str:
    return f"Component: {display}\nLicence: {expression}\nSource: {url}\n\n{text}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lgpl", type=Path, default=Path("/usr/share/common-licenses/LGPL-3"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = runtime_distributions()
    for name in wanted:
        target = args.out / f"{name}.txt"
        target.write_text(licence_document(name, args.lgpl), encoding="utf-8")
        print(target)
    for name in sorted({p.stem for p in args.out.glob("*.txt")} - set(wanted)):
        print(f"note: {name}.txt is no longer a dependency here (kept; remove by hand if so)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
