"""Spanish screenshots (es-checker.png, es-card.png); run under Xvfb like take_screenshots.py."""

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take_screenshots import HERE, save, settle

from saferest.app import APP_NAME, create_main_window

app = QApplication([sys.argv[0]])
app.setApplicationName(APP_NAME)
args = ["--user-dir", tempfile.mkdtemp(prefix="saferest-shots-"), "--lang", "es", *sys.argv[1:]]
window = create_main_window(args)
window.resize(1200, 800)
window.show()
settle(app)
if window.engine.entry("kratom"):
    window.open_entry("kratom", "claims")
settle(app)
save(window, HERE / "es-card.png")
window.show_checker()
window.checker.add_lines(["Tafil 1mg", "kratom", "paracetamol", "zzqqxx"])
settle(app)
save(window, HERE / "es-checker.png")
print("problems:", len(window.engine.pack.problems))
window.close()
