"""Qt translations: the app's own (.ts sources in resources/i18n) and Qt's own for the language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.paths import resource

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


class Translations:
    """Installs and swaps the translators of one QApplication."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> str:
        """Switch to `language` (falls back to Simplified Chinese); returns the one in use."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_dir)]
        if language != "zh_CN":  # the source strings are Simplified Chinese already
            candidates.append((f"shop_assistant_{language}", str(resource("i18n"))))
        for name, folder in candidates:
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                self.app.installTranslator(translator)
                self._installed.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN"
                                   else QLocale.Language.English))
        return language
