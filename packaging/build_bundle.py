"""Build the PyInstaller onedir bundle and smoke-test it.

    python packaging/build_bundle.py [--kiosk] [--dist DIR]

Needs the `bundle` extra (`pip install ".[bundle]"`). After building, it runs the bundled
`saferest check --json kratom alprazolam`, `saferest data validate` and a throwaway
keygen/sign/verify of the shipped pack, and fails unless all work and SQLite FTS5 is available
inside the bundle. It prints the bundle's size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(kiosk: bool, dist: Path, work: Path) -> Path:
    env = dict(os.environ, SAFEREST_FLAVOUR="kiosk" if kiosk else "desktop")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "packaging" / "saferest.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    name = "saferest-kiosk" if kiosk else "saferest"
    return dist / name


def size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def smoke(bundle: Path) -> None:
    exe = bundle / ("saferest.exe" if os.name == "nt" else "saferest")
    # No display at all, so the GUI start must print its one line and exit.
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    checked = subprocess.run(
        [str(exe), "check", "--json", "kratom", "alprazolam"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    result = json.loads(checked.stdout)
    resolved = [r["id"] for r in result["resolved"]]
    if resolved != ["kratom", "alprazolam"] or not result["interactions"]:
        raise SystemExit(f"bundle smoke test: unexpected check result {resolved}")
    print(f"bundle check: {resolved} -> {result['interactions'][0]['severity']}")
    validated = subprocess.run(
        [str(exe), "data", "validate"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    print(validated.stdout.strip())
    if validated.returncode != 0:
        raise SystemExit("bundle smoke test: data validate failed")
    if "(FTS5)" not in validated.stdout:
        raise SystemExit("bundle smoke test: SQLite FTS5 is missing inside the bundle")
    _smoke_signing(exe, env)
    _smoke_take_home(exe, env)
    gui = subprocess.run(
        [str(exe)], capture_output=True, text=True, env=env, check=False, timeout=120
    )
    if gui.returncode != 3 or "no graphical display" not in gui.stderr:
        raise SystemExit(f"bundle smoke test: GUI start without display gave {gui.returncode}")


def _smoke_take_home(exe: Path, env: dict[str, str]) -> None:
    """The take-home QR code (segno inside the bundle) is written as a PNG."""
    with tempfile.TemporaryDirectory() as temp:
        png = Path(temp) / "list.png"
        run = subprocess.run(
            [str(exe), "check", "--qr", str(png), "kratom", "alprazolam"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=120,
        )
        if run.returncode != 0 or not png.read_bytes().startswith(b"\x89PNG"):
            raise SystemExit(f"bundle smoke test: check --qr: {run.stderr.strip()}")
    print("bundle take-home: check --qr writes a PNG")


def _smoke_signing(exe: Path, env: dict[str, str]) -> None:
    """A throwaway key signs the shipped pack and the bundle verifies it (libsodium inside)."""
    with tempfile.TemporaryDirectory() as temp:
        keys, archive = Path(temp) / "keys", str(Path(temp) / "release.zip")
        secret, public = str(keys / "saferest-data.key"), str(keys / "saferest-data.pub")
        steps = [
            ["data", "keygen", str(keys), "--no-password"],
            ["data", "sign", str(ROOT / "resources" / "data"), "--key", secret, "--out", archive],
            ["data", "verify", archive, "--keys", public],
        ]
        for args in steps:
            run = subprocess.run(
                [str(exe), *args], capture_output=True, text=True, env=env, check=False, timeout=120
            )
            if run.returncode != 0:
                raise SystemExit(f"bundle smoke test: saferest {args[1]}: {run.stderr.strip()}")
    print("bundle signing: keygen, sign and verify work")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kiosk", action="store_true", help="include the on-screen keyboard")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-smoke", action="store_true")
    args = parser.parse_args()
    bundle = build(args.kiosk, args.dist, args.work)
    print(f"bundle: {bundle} ({size_mb(bundle):.0f} MB)")
    if not args.no_smoke:
        smoke(bundle)
        print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
