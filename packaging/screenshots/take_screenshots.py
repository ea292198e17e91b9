"""Take the README/AppStream screenshots of the real app (under Xvfb, not the offscreen platform).

    python packaging/screenshots/take_screenshots.py --all       # every scene, each on its own
                                                                 # Xvfb screen (needs xvfb-run)
    xvfb-run -a -s "-screen 0 1366x768x24" python packaging/screenshots/take_screenshots.py \
        --scene desktop [--data DIR] [--out DIR] [--dark]

Scenes (the screen each one needs is in SCENES):
- desktop: main-search, card (the kratom claims), checker (a realistic list), emergency, report
  (the dialog), report-page1 (the PDF's first page, with pdftoppm), take-home;
- spanish: es-checker, es-card;
- kiosk: kiosk and kiosk-checker on a 1024x600 touch screen, kiosk-still-there;
- keyboard: kiosk-keyboard, the on-screen keyboard under the search field (only where the
  `kiosk` extra, PySide6-Addons, and libpulse0 are installed; skipped otherwise);
- scaled: scale-2x-checker and scale-2x-emergency with QT_SCALE_FACTOR=2 on 2732x1536.
The sleep diary has its own script (take_sleep_diary.py). Every scene uses throw-away user and
config folders, so it never reads or changes anyone's saved list.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from saferest.app import APP_NAME, create_main_window
from saferest.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
REALISTIC = {
    "en": [
        "kratom 5g",
        "Ambien 10mg",
        "gabapentin 300mg",
        "Benadryl",
        "a glass of wine",
        "blorfax",
    ],
    "es": [
        "kratom 5g",
        "Ambien 10mg",
        "gabapentina 300mg",
        "Benadryl",
        "una copa de vino",
        "blorfax",
    ],
}
"""What someone using kratom to sleep may really take, with a line the app cannot read."""
SCENES: dict[str, tuple[str, dict[str, str]]] = {
    "desktop": ("1366x768", {}),
    "spanish": ("1366x768", {}),
    "kiosk": ("1024x600", {}),
    "keyboard": ("1024x600", {}),
    "scaled": ("2732x1536", {"QT_SCALE_FACTOR": "2"}),
}
"""Each scene's screen and environment."""
CLINIC = """kiosk = true
clinic_name = "Eastside Community Clinic"
emergency_number = "911"
allow_print = true
language = "en"
idle_timeout_s = 120
idle_warning_s = 20
admin_pin_hash = "{pin}"

[[local_resources]]
name = "Eastside harm reduction drop-in"
phone = "555-0142"
hours = "Mon-Fri 9-5"
"""


def dark_palette() -> QPalette:
    """A dark system palette, to check the app follows the palette (review only)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#eeeeee"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#2b2b2b"),
        (roles.Text, "#eeeeee"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#eeeeee"),
        (roles.Highlight, "#3d6fb4"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.ToolTipBase, "#353535"),
        (roles.ToolTipText, "#eeeeee"),
        (roles.PlaceholderText, "#9a9a9a"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def settle(app: QApplication | None = None, ms: int = 500) -> None:
    """Let the app run for a moment (a local loop: app.quit() would close the windows)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def save_screen(path: Path) -> None:
    """The whole screen: for what lies over the window (a prompt, the on-screen keyboard)."""
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    screen.grabWindow(0).save(str(path))
    print(f"wrote {path}")


def window_for(args: list[str], size: tuple[int, int] | None = (1200, 720)) -> MainWindow:
    window = create_main_window(args)
    window.settings.list_location_told = True  # as for someone who has used it before
    if size is not None:
        window.resize(*size)
    window.show()
    settle()
    return window


def check(window: MainWindow, lines: list[str]) -> None:
    """Add the lines and show the results the way a person finds them."""
    window.show_checker()
    window.checker.add_lines(lines)
    window.checker.results_view.setFocus()
    settle()


def report_first_page(window: MainWindow, path: Path) -> None:
    """The report's PDF, first page, as a PNG (pdftoppm, from poppler-utils)."""
    from saferest.ui.report_pdf import report_html, write_pdf

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (apt-get install poppler-utils): report-page1 skipped")
        return
    html = report_html(
        window.engine,
        window.session.result,
        window.session.lang,
        contact=window.emergency_contact(),
    )
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        pages = write_pdf(pdf, html)
        stem = Path(folder) / "page"
        subprocess.run(
            [pdftoppm, "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
            check=True,
        )
        shutil.copyfile(stem.with_suffix(".png"), path)
    print(f"wrote {path} (the report has {pages} pages)")


def desktop(out: Path, data: list[str]) -> None:
    user = tempfile.mkdtemp(prefix="saferest-shots-")
    window = window_for(["--user-dir", user, "--lang", "en", *data])
    window.search_box.setText("kratum")
    window.reference.search_now()
    first = window.reference.results_model.first_hit_index()
    if first.isValid():
        window.reference.results_view.setCurrentIndex(first)
    settle()
    save(window, out / "main-search.png")

    window.go_home()
    window.open_entry("kratom", "claims")
    settle()
    save(window, out / "card.png")

    check(window, REALISTIC["en"])
    save(window, out / "checker.png")

    window.take_home.show_list()
    settle()
    dialog = window.take_home.dialog
    assert dialog is not None
    save(dialog, out / "take-home.png")
    window.take_home.close_dialog()

    window.show_emergency()
    settle()
    assert window.emergency_dialog is not None
    save(window.emergency_dialog, out / "emergency.png")
    window.emergency_dialog.close()

    window.show_report()
    settle()
    assert window.report_dialog is not None
    save(window.report_dialog, out / "report.png")
    window.report_dialog.close()
    report_first_page(window, out / "report-page1.png")
    window.close()


def spanish(out: Path, data: list[str]) -> None:
    user = tempfile.mkdtemp(prefix="saferest-shots-")
    window = window_for(["--user-dir", user, "--lang", "es", *data])
    window.open_entry("kratom", "claims")
    settle()
    save(window, out / "es-card.png")
    check(window, REALISTIC["es"])
    save(window, out / "es-checker.png")
    window.close()


def kiosk_window(data: list[str]) -> MainWindow:
    """A kiosk as a clinic sets it up: its name, its number, printing, local help, a PIN."""
    folder = Path(tempfile.mkdtemp(prefix="saferest-kiosk-"))
    folder.chmod(0o755)
    config = folder / "kiosk.toml"
    pin = subprocess.run(
        [sys.executable, "-m", "saferest", "admin", "hash-pin", "--stdin"],
        input="482917\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    config.write_text(CLINIC.replace("{pin}", pin), encoding="utf-8")
    config.chmod(0o644)
    return window_for(["--kiosk", "--config", str(config), *data], size=None)


def kiosk(out: Path, data: list[str]) -> None:
    window = kiosk_window(data)
    save(window, out / "kiosk.png")
    check(window, REALISTIC["en"])
    save(window, out / "kiosk-checker.png")
    assert window.kiosk is not None
    window.kiosk.prompt.start()
    settle(ms=1500)
    save_screen(out / "kiosk-still-there.png")
    window.kiosk.prompt.cancel()
    window.admin_exit()


def keyboard(out: Path, data: list[str]) -> None:
    from saferest.ui.kiosk.keyboard import virtual_keyboard_available

    if not virtual_keyboard_available():
        print("Qt Virtual Keyboard not installed (pip install saferest[kiosk]): skipped")
        return
    window = kiosk_window(data)
    window.search_box.setFocus()
    QGuiApplication.inputMethod().show()
    settle(ms=1500)
    save_screen(out / "kiosk-keyboard.png")
    window.admin_exit()


def scaled(out: Path, data: list[str]) -> None:
    user = tempfile.mkdtemp(prefix="saferest-shots-")
    window = window_for(["--user-dir", user, "--lang", "en", *data], size=(1300, 740))
    check(window, REALISTIC["en"])
    save(window, out / "scale-2x-checker.png")
    window.show_emergency()
    settle()
    assert window.emergency_dialog is not None
    save(window.emergency_dialog, out / "scale-2x-emergency.png")
    window.close()


def run_all(out: Path, extra: list[str]) -> int:
    """Each scene in its own process, on an Xvfb screen of its size."""
    if shutil.which("xvfb-run") is None:
        print("xvfb-run not found: apt-get install -y xvfb libxcb-cursor0 poppler-utils")
        return 1
    for scene, (screen, env) in SCENES.items():
        command = [
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {screen}x24",
            sys.executable,
            __file__,
            "--scene",
            scene,
            "--out",
            str(out),
            *extra,
        ]
        subprocess.run(command, check=True, env={**os.environ, **env})
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scene", choices=sorted(SCENES))
    parser.add_argument("--all", action="store_true", help="every scene, each under Xvfb")
    parser.add_argument("--data", help="data pack (default: the shipped one)")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--dark", action="store_true", help="preview with a dark palette")
    options = parser.parse_args()
    data = ["--data", options.data] if options.data else []
    if options.all:
        return run_all(options.out, data + (["--dark"] if options.dark else []))
    if options.scene is None:
        parser.error("give --scene or --all")

    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    if options.dark:
        app.setPalette(dark_palette())
    scenes = {
        "desktop": desktop,
        "spanish": spanish,
        "kiosk": kiosk,
        "keyboard": keyboard,
        "scaled": scaled,
    }
    scenes[options.scene](options.out, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
