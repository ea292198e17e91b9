"""Install the oldest allowed version of every dependency in a fresh venv and run the suite.

    python packaging/check_floor_versions.py [--venv build/floor-venv] [-- PYTEST ARGS]

Every `>=` floor in pyproject.toml (the runtime dependencies and the test tools the suite
runs) is installed exactly, so a floor that no longer works fails here rather than on a user's
machine. Markers are evaluated for the running Python: on 3.11 that is PySide6-Essentials 6.8.0.
ruff and mypy are not pinned (the suite does not run them). Exit status: pytest's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import Specifier

ROOT = Path(__file__).resolve().parents[1]
NOT_PINNED = {"ruff", "mypy"}  # linters: the suite does not run them
SUITE_EXTRAS = ("test",)


def floor_pins(pyproject: dict[str, object], extras: tuple[str, ...] = SUITE_EXTRAS) -> list[str]:
    """`name==floor` for every requirement that applies here and has a `>=` bound."""
    project = pyproject["project"]
    assert isinstance(project, dict)
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    pins = []
    for line in lines:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        if requirement.name.lower() in NOT_PINNED:
            continue
        floors = [s.version for s in requirement.specifier if s.operator == ">="]
        if not floors:
            raise SystemExit(f"{line!r} has no >= floor: give it one, or list it in NOT_PINNED")
        floor = max(floors, key=lambda v: Specifier(f"=={v}").version)
        if not requirement.specifier.contains(floor, prereleases=True):
            raise SystemExit(f"{line!r} excludes its own floor {floor}")
        pins.append(f"{requirement.name}=={floor}")
    return pins


def run(command: list[str], **kwargs: object) -> None:
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "floor-venv")
    parser.add_argument("pytest_args", nargs="*", default=["-q"])
    args = parser.parse_args()
    started = time.monotonic()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = floor_pins(pyproject)
    build_requires = [
        r for r in pyproject["build-system"]["requires"] if Requirement(r).name == "hatchling"
    ]
    if args.venv.exists():
        shutil.rmtree(args.venv)
    run([sys.executable, "-m", "venv", str(args.venv)])
    python = str(args.venv / ("Scripts" if os.name == "nt" else "bin") / "python")
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # The floors first, then SafeRest built against them (its build hook uses their lrelease).
    run([*pip, *pins, *build_requires])
    run([*pip, "--no-build-isolation", f"{ROOT}[test]", *pins])
    versions = subprocess.run(
        [python, "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True, check=True
    ).stdout
    wanted = {p.split("==")[0].lower().replace("_", "-") for p in pins}
    print("installed floors:")
    for line in versions.splitlines():
        if line.split("==")[0].lower().replace("_", "-") in wanted:
            print(f"  {line}")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    code = subprocess.run([python, "-m", "pytest", *args.pytest_args], cwd=ROOT, env=env).returncode
    print(f"floor versions: pytest exit status {code} after {time.monotonic() - started:.0f} s")
    return code


if __name__ == "__main__":
    sys.exit(main())
