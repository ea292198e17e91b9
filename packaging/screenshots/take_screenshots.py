"""Take the README/AppStream screenshots of the real app (run under Xvfb, not offscreen).

    xvfb-run -a -s "-screen 0 1280x900x24" python packaging/screenshots/take_screenshots.py \
        [--data DIR] [--out DIR] [--font-scale 2.0] [--suffix -200]

It uses a throw-away user directory, so it never reads or changes anyone's saved list.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from saferest.app import APP_NAME, create_main_window

HERE = Path(__file__).resolve().parent


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


def settle(app: QApplication, ms: int = 400) -> None:
    """Let the app run for a moment (a local loop: app.quit() would close the windows)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", help="data pack (default: the shipped one)")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--suffix", default="")
    parser.add_argument("--dark", action="store_true", help="preview with a dark palette")
    options = parser.parse_args()

    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    if options.dark:
        app.setPalette(dark_palette())
    user_dir = tempfile.mkdtemp(prefix="saferest-shots-")
    args = ["--user-dir", user_dir, "--lang", "en"]
    if options.data:
        args += ["--data", options.data]
    window = create_main_window(args)
    window.resize(1200, 800)
    window.show()
    if options.font_scale != 1.0:
        window.set_font_scale(options.font_scale)
    settle(app)
    out, sfx = options.out, options.suffix

    window.search_box.setText("kratum")
    window.reference.search_now()
    first = window.reference.results_model.first_hit_index()
    if first.isValid():
        window.reference.results_view.setCurrentIndex(first)
    settle(app)
    save(window, out / f"main-search{sfx}.png")

    window.go_home()
    if window.engine.entry("kratom"):
        window.open_entry("kratom", "claims")
    settle(app)
    save(window, out / f"card{sfx}.png")

    window.show_checker()
    window.checker.add_lines(["Xanax 1mg", "kratom", "zzqqxx"])
    settle(app)
    save(window, out / f"checker{sfx}.png")

    window.show_emergency()
    settle(app)
    assert window.emergency_dialog is not None
    save(window.emergency_dialog, out / f"emergency{sfx}.png")
    window.emergency_dialog.close()

    window.show_report()
    settle(app)
    assert window.report_dialog is not None
    save(window.report_dialog, out / f"report{sfx}.png")
    window.report_dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
