"""Interface languages: the one translator service of the app, and content-language helpers.

Qt's own strings (qtbase_<lang>.qm, so standard dialogs and buttons follow) and SafeRest's
(saferest_<lang>.qm, compiled from resources/translations/*.ts at build time) are installed and
swapped here, and only here. Installing or removing a translator makes Qt send
`QEvent.LanguageChange` to every widget; the main window handles it by rebuilding its texts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from saferest.locations import resource_dir

if TYPE_CHECKING:
    from saferest.domain.engine import Engine

DEFAULT_LANGUAGE = "en"
"""The fallback language of interface and content (as saferest.domain.models has it).

The domain is imported lazily here: the loading screen is translated before pydantic loads."""

SUPPORTED_LANGUAGES = ("en", "es")
"""Interface languages; anything else falls back to English."""
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
"""Each language in its own words (never translated: people look for their own language)."""

translate = QCoreApplication.translate


def normalise_language(code: str | None) -> str:
    """'es_MX.UTF-8', 'es-ES', 'ES' -> 'es'; unsupported or empty -> 'en'."""
    if not code:
        return DEFAULT_LANGUAGE
    base = code.replace("_", "-").split(".")[0].split("@")[0].split("-")[0].strip().lower()
    return base if base in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def system_language() -> str:
    """The system locale's language when it is supported (QLocale follows LANG/LC_*)."""
    return normalise_language(QLocale().name())


def translation_dirs() -> list[Path]:
    """Compiled .qm files: inside the installed package, or the source tree's resources/."""
    return [resource_dir("translations")]


class Translators:
    """Owns the installed QTranslators and swaps them when the language changes."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = DEFAULT_LANGUAGE
        self.loaded: list[str] = []
        """Which translation files are installed now (for diagnostics and tests)."""
        self._installed: list[QTranslator] = []

    def set_language(self, lang: str) -> bool:
        """Switch the whole interface to `lang` (normalised); False if nothing changed."""
        lang = normalise_language(lang)
        if lang == self.language and (self._installed or lang == DEFAULT_LANGUAGE):
            return False
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        self.loaded = []
        self.language = lang
        if lang != DEFAULT_LANGUAGE:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(f"qtbase_{lang}", [Path(qt_dir)])
            self._load(f"saferest_{lang}", translation_dirs())
        self.app.setProperty("saferestTranslators", ",".join(self.loaded) or "none")
        return True

    def _load(self, name: str, folders: list[Path]) -> None:
        for folder in folders:
            translator = QTranslator(self.app)
            if translator.load(name, str(folder)):
                self.app.installTranslator(translator)
                self._installed.append(translator)
                self.loaded.append(name)
                return
            translator.deleteLater()


_service: Translators | None = None


def translators() -> Translators:
    """The application's translator service (made on first use; needs a QCoreApplication)."""
    global _service
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the translator service needs a QApplication")
    if _service is None or _service.app is not app:
        _service = Translators(app)
    return _service


def current_language() -> str:
    """The interface language in force (English before anything was installed)."""
    return _service.language if _service is not None else DEFAULT_LANGUAGE


# -- content text -----------------------------------------------------------------------------


def needs_marker(lang: str, used: str) -> bool:
    """Whether text shown in `used` must be marked, for someone who asked for `lang`."""
    return used.split("-")[0] != lang.split("-")[0]


def content_text(text: dict[str, str], lang: str) -> tuple[str, bool]:
    """Data text in `lang` (English when there is none) and whether it fell back to English."""
    from saferest.domain.models import pick_text

    shown, used = pick_text(text, lang)
    return shown, needs_marker(lang, used)


def english_marker() -> str:
    """The short note after content shown in English for want of a translation."""
    return translate("Content", "(in English)", "marks data text shown in English")


def english_page_note() -> str:
    return translate(
        "Content",
        "Parts of this page have no translation yet and are shown in English; they are marked "
        "“(in English)”.",
    )


def entry_name(engine: Engine, entry_id: str, lang: str) -> str:
    """An entry's name in `lang` when the data has one (names are never marked)."""
    return engine.display_name(entry_id, lang)
