"""Build the PyInstaller onedir bundle, smoke-test it, and package it for Linux or Windows.

    python packaging/build_bundle.py [--kiosk] [--dist DIR] [--deb]

Needs the `bundle` extra (`pip install ".[bundle]"`), on Python 3.12 or newer for a release
(PySide6 6.12.0 on 3.11 aborts after a few thousand Qt calls; the dependency pins already keep
3.11 on 6.11). Steps:

1. PyInstaller with packaging/saferest.spec (trimmed: packaging/bundle_trim.py).
2. Smoke tests of the bundle: `--version`, `check --json kratom alprazolam`, `data validate` with
   SQLite FTS5, a throwaway keygen/sign/verify of the shipped pack, the window refusing to
   start without a display, and the window starting
   offscreen until its data is loaded (seen in its log; in kiosk mode on stderr).
3. Size on disk against the 120 MB target, and (Linux) the oldest glibc it can start on.
4. Linux: saferest-VERSION-linux-x86_64.tar.gz with install.sh and uninstall.sh; the tarball is
   then installed per user into a temporary home, `saferest --version` is run from a new login
   shell, the installed desktop file is validated and its icon found, and it is uninstalled.
   With --deb, also saferest_VERSION_amd64.deb from the same files.
   Windows: the Inno Setup installer, when iscc is on PATH (else the command is printed).
"""

from __future__ import annotations

import argparse
import configparser
import json
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
sys.path.insert(0, str(ROOT / "src"))

from check_glibc import DEFAULT_TARGET, parse_version, report, scan  # noqa: E402

from saferest import __version__  # noqa: E402

APP_ID = "org.saferest.SafeRest"
TARGET_MB = 120.0
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
WINDOWS = os.name == "nt"


def build(kiosk: bool, dist: Path, work: Path) -> Path:
    env = dict(os.environ, SAFEREST_FLAVOUR="kiosk" if kiosk else "desktop")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(PACKAGING / "saferest.spec"),
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
    return dist / ("saferest-kiosk" if kiosk else "saferest")


def finish(bundle: Path) -> None:
    """Remove links to files the trim left out; add Python's own licence beside the others."""
    for link in [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()
    licence = Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"
    target = bundle / "_internal" / "saferest" / "resources" / "licences" / "python.txt"
    if licence.is_file() and target.parent.is_dir():
        header = (
            f"Component: Python {platform.python_version()}\nLicence: PSF-2.0\n"
            "Source: https://www.python.org/\n\n"
        )
        target.write_text(header + licence.read_text(encoding="utf-8"), encoding="utf-8")


def size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def executable(bundle: Path, console: bool = True) -> Path:
    if WINDOWS:
        return bundle / ("saferest-cli.exe" if console else "saferest.exe")
    return bundle / "saferest"


def headless_env(home: Path | None = None) -> dict[str, str]:
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    if home is not None:
        env["HOME"] = str(home)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env.pop(name, None)
    return env


def smoke(bundle: Path, kiosk: bool) -> None:
    exe = executable(bundle)
    env = headless_env()
    version = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=env, timeout=60
    )
    if version.stdout.strip() != f"saferest {__version__}":
        raise SystemExit(f"bundle smoke test: --version gave {version.stdout!r}")
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
        [str(exe), "data", "validate"], capture_output=True, text=True, env=env, timeout=120
    )
    print(validated.stdout.strip())
    if validated.returncode != 0:
        raise SystemExit("bundle smoke test: data validate failed")
    if "(FTS5)" not in validated.stdout:
        raise SystemExit("bundle smoke test: SQLite FTS5 is missing inside the bundle")
    _smoke_signing(exe, env)
    _smoke_take_home(exe, env)
    gui = subprocess.run([str(exe)], capture_output=True, text=True, env=env, timeout=120)
    if gui.returncode != 3 or "no graphical display" not in gui.stderr:
        raise SystemExit(f"bundle smoke test: GUI start without display gave {gui.returncode}")
    window_starts(executable(bundle, console=False), kiosk)


def desktop_log(home: Path) -> Path:
    """Where the bundled app will log: the temporary home on Linux; platformdirs' answer
    elsewhere (Windows asks the shell for its folders and ignores HOME)."""
    if sys.platform.startswith("linux"):
        return home / ".local" / "state" / "SafeRest" / "log" / "saferest.log"
    from platformdirs import user_log_dir

    return Path(user_log_dir("SafeRest", appauthor=False)) / "saferest.log"


def window_starts(exe: Path, kiosk: bool, timeout: float = 90) -> None:
    """The real window, offscreen, until it logs that the data pack is loaded."""
    with tempfile.TemporaryDirectory(prefix="saferest-smoke-") as temp:
        home = Path(temp)
        env = dict(headless_env(home), QT_QPA_PLATFORM="offscreen")
        args = [str(exe), "--kiosk"] if kiosk else [str(exe)]
        stderr_path = home / "stderr.txt"
        log = stderr_path if kiosk else desktop_log(home)
        skip = log.stat().st_size if log.exists() and not kiosk else 0  # earlier runs' lines
        with stderr_path.open("w") as stderr:
            process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
            deadline = time.monotonic() + timeout
            seen = ""
            while time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.5)
                seen = log.read_bytes()[skip:].decode(errors="replace") if log.exists() else ""
                if "data pack" in seen:
                    break
            alive = process.poll() is None
            process.terminate()
            process.wait(timeout=30)
        if not alive or "data pack" not in seen:
            raise SystemExit(
                "bundle smoke test: the window did not start and load its data offscreen\n"
                + stderr_path.read_text(errors="replace")[-2000:]
            )
        if kiosk and any(p.is_file() for p in home.rglob("*") if p != stderr_path):
            raise SystemExit("bundle smoke test: kiosk mode wrote files")
        mode = "kiosk" if kiosk else "desktop"
        print(f"bundle window: started offscreen and loaded its data ({mode})")


def make_share(share: Path) -> None:
    """The share/ tree beside the program: menu entry, icons, metadata, man page, completion."""
    from shell_docs import write_all

    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"saferest-{size}.png", target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "saferest.svg", scalable)
    write_all(share)


def machine() -> str:
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(
        platform.machine().lower(), platform.machine()
    )


def make_tarball(bundle: Path, out: Path, glibc: str) -> Path:
    name = f"{bundle.name}-{__version__}-linux-{machine()}"  # saferest or saferest-kiosk
    with tempfile.TemporaryDirectory(prefix="saferest-tar-") as temp:
        stage = Path(temp) / name
        shutil.copytree(bundle, stage / "app", symlinks=True)
        make_share(stage / "share")
        for script in ("install.sh", "uninstall.sh"):
            shutil.copy2(PACKAGING / "linux" / script, stage / script)
            (stage / script).chmod(0o755)
        shutil.copy2(PACKAGING / "linux" / "README-tarball.txt", stage / "README.txt")
        shutil.copy2(ROOT / "LICENSE", stage / "LICENSE")
        (stage / "release.txt").write_text(f"version={__version__}\nglibc={glibc}\n")
        tarball = out / f"{name}.tar.gz"
        with tarfile.open(tarball, "w:gz") as archive:
            archive.add(stage, arcname=name)
    return tarball


def check_install(tarball: Path) -> None:
    """Install per user into a temporary home, run it from a new login shell, uninstall."""
    with tempfile.TemporaryDirectory(prefix="saferest-install-") as temp:
        home = Path(temp) / "home"
        home.mkdir()
        with tarfile.open(tarball) as archive:
            archive.extractall(temp, filter="tar")
        unpacked = Path(temp) / tarball.name.removesuffix(".tar.gz")
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        subprocess.run(
            ["sh", str(unpacked / "install.sh"), "--user"], env=env, check=True, timeout=300
        )
        shell = subprocess.run(
            ["bash", "-lc", "saferest --version"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if shell.stdout.strip() != f"saferest {__version__}":
            raise SystemExit(f"install check: a new shell ran {shell.stdout!r} {shell.stderr!r}")
        print(f"install check: a new login shell runs `saferest --version`: {shell.stdout.strip()}")
        desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
        validate_desktop_file(desktop, home / ".local" / "share")
        subprocess.run(
            ["sh", str(home / ".local" / "lib" / "saferest" / "uninstall.sh")],
            env=env,
            check=True,
            timeout=120,
        )
        left = sorted(
            str(p.relative_to(home))
            for p in home.rglob("*")
            if p.is_file() and p.name not in {".profile"}
        )
        if left or "SafeRest" in (home / ".profile").read_text():
            raise SystemExit(f"install check: uninstall left {left}")
        print("install check: uninstall removed every file and the PATH line")


def validate_desktop_file(desktop: Path, data_home: Path) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    command = Path(section["Exec"].split()[0])
    if not command.is_absolute() or not os.access(command, os.X_OK):
        raise SystemExit(f"install check: Exec={section['Exec']} is not an installed program")
    icons = list((data_home / "icons" / "hicolor").glob(f"*/apps/{section['Icon']}.*"))
    if not icons:
        raise SystemExit(f"install check: no installed icon named {section['Icon']}")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
        print(f"install check: {desktop.name} validates; Icon has {len(icons)} installed files")
    else:
        print("install check: desktop-file-validate not installed; Exec and Icon checked only")


def make_deb(bundle: Path, out: Path, glibc: str) -> Path | None:
    """A .deb from the same files: /opt/saferest, /usr/bin/saferest, /usr/share/..."""
    if not shutil.which("dpkg-deb"):
        print("deb: dpkg-deb not found; skipped")
        return None
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(machine(), machine())
    with tempfile.TemporaryDirectory(prefix="saferest-deb-") as temp:
        stage = Path(temp) / "root"
        shutil.copytree(bundle, stage / "opt" / "saferest", symlinks=True)
        make_share(stage / "usr" / "share")
        (stage / "usr" / "bin").mkdir(parents=True)
        (stage / "usr" / "bin" / "saferest").symlink_to("/opt/saferest/saferest")
        docs = stage / "usr" / "share" / "doc" / "saferest"
        docs.mkdir(parents=True)
        shutil.copy2(ROOT / "LICENSE", docs / "copyright")
        control = stage / "DEBIAN"
        control.mkdir()
        size_kb = int(sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) / 1024)
        (control / "control").write_text(
            "Package: saferest\n"
            f"Version: {__version__}\n"
            f"Architecture: {arch}\n"
            "Maintainer: SafeRest developers <saferest@example.org>\n"
            f"Installed-Size: {size_kb}\n"
            f"Depends: {', '.join(deb_depends(glibc))}\n"
            "Section: science\n"
            "Priority: optional\n"
            "Homepage: https://saferest.example.org/\n"
            "Description: offline harm-reduction reference and interaction checker\n"
            " What the evidence says about kratom, sleep aids and their interactions,\n"
            " offline, with an interaction checker for a person's own list. Not medical\n"
            " advice.\n"
        )
        deb = out / f"saferest_{__version__}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "--build", str(stage), str(deb)], check=True
        )
    return deb


def deb_depends(glibc: str) -> list[str]:
    """What the bundle takes from a Debian or Ubuntu host (see check_glibc's host list)."""
    return [
        f"libc6 (>= {glibc})",
        "libstdc++6",
        "libgcc-s1",
        "libglib2.0-0",
        "libfontconfig1",
        "libfreetype6",
        "libx11-6",
        "libx11-xcb1",
        "libxcb1",
        "libegl1",
        "libgl1",
        "libdbus-1-3",
        "libwayland-client0",
        "libwayland-cursor0",
        "libwayland-egl1",
    ]


def inno_command(version: str, kiosk: bool, iss: Path) -> list[str]:
    command = ["iscc", f"/DAppVersion={version}"]
    if kiosk:
        command.append("/DFlavour=kiosk")
    return [*command, str(iss)]


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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kiosk", action="store_true", help="include the on-screen keyboard")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-smoke", action="store_true")
    parser.add_argument("--no-package", action="store_true", help="no tarball or installer")
    parser.add_argument("--deb", action="store_true", help="also build a .deb (Linux)")
    parser.add_argument("--target-glibc", type=parse_version, default=DEFAULT_TARGET)
    parser.add_argument("--strict-glibc", action="store_true", help="fail above the target")
    args = parser.parse_args()
    if sys.version_info < (3, 12):
        print(
            f"note: building on Python {platform.python_version()}; release bundles are built "
            "on 3.12 or newer (the dependency pins keep 3.11 off PySide6 6.12.0, whose "
            "none_dealloc bug aborts long sessions)"
        )
    bundle = build(args.kiosk, args.dist, args.work)
    finish(bundle)
    size = size_mb(bundle)
    verdict = "within" if size <= TARGET_MB else "OVER"
    print(f"bundle: {bundle} {size:.1f} MB on disk ({verdict} the {TARGET_MB:.0f} MB target)")
    if not args.no_smoke:
        smoke(bundle, args.kiosk)
        print("bundle smoke test passed")
    if WINDOWS:
        iss = PACKAGING / "windows" / "saferest.iss"
        command = inno_command(__version__, args.kiosk, iss)
        if shutil.which("iscc") and not args.no_package:
            subprocess.run(command, check=True, cwd=ROOT)
        else:
            print("installer: run " + " ".join(command))
        return 0
    floor = scan(bundle)
    print("\n".join(report(floor, args.target_glibc)))
    glibc = ".".join(map(str, floor.glibc or args.target_glibc))
    if args.strict_glibc and floor.glibc and floor.glibc > args.target_glibc:
        return 1
    if args.no_package:
        return 0
    tarball = make_tarball(bundle, args.dist, glibc)
    print(f"tarball: {tarball} ({tarball.stat().st_size / 2**20:.1f} MB)")
    if not args.no_smoke:
        check_install(tarball)
    if args.deb:
        deb = make_deb(bundle, args.dist, glibc)
        if deb:
            print(f"deb: {deb} ({deb.stat().st_size / 2**20:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
