"""Put the app into English or Welsh: Qt's translators for the app's strings and for Qt's own buttons and
dialogs, the default locale (dates, numbers), and :func:`nps_trainer.i18n.tr` answered by Qt (docs/translation.md).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .. import i18n
from ..paths import translations_dir

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []  # the default locale before the first install (put back by uninstall)

LOCALES = {
    i18n.ENGLISH: (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    i18n.WELSH: (QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
}


def qm_dir() -> Path:
    return translations_dir() / "qm"


def _qt_translate(source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate("", source, disambiguation, n)


def installed() -> bool:
    """True while this module's translators are installed."""
    return bool(_installed)


def uninstall() -> None:
    """Remove the translators and go back to English as written (tests)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
    i18n.reset()


def _compile_if_stale() -> None:
    """In a source checkout, compile translation files edited since they were last compiled (an installed app
    carries them compiled by its build, and never changes them)."""
    from ..paths import bundled_translations_are_installed

    if bundled_translations_are_installed():
        return  # not even the check's imports on an installed app's start-up
    from ..i18n.release import compile_all, find_lrelease, stale

    folder = translations_dir()
    if not stale(folder, qm_dir()) or find_lrelease() is None:
        return
    try:
        compile_all(folder, qm_dir())
        log.info("Compiled the translation files in %s, edited since they were last compiled", folder)
    except (OSError, RuntimeError) as exc:
        log.warning("Could not compile the translation files (%s)", exc)


def install(language: str) -> bool:
    """Use ``language`` ("en" or "cy") from now on; the QApplication must exist. Returns False when its
    translation file could not be loaded (the English is then shown, and the log says why)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _compile_if_stale()
    names = [f"nps_trainer_{language}.qm"] + (["qtbase_cy.qm"] if language == i18n.WELSH else [])
    translators = []
    for name in names:
        translator = QTranslator(app)
        path = qm_dir() / name
        if not translator.load(str(path)):
            why = "it is missing" if not path.exists() else "it is not a translation file Qt can read"
            log.warning("Translation file %s could not be loaded (%s); NPS Trainer is shown in English", path, why)
            if language != i18n.ENGLISH:
                return install(i18n.ENGLISH) and False  # all English, never half and half
            i18n.use(i18n.ENGLISH, None)  # English as written, with the plural forms read from the .ts files
            return False
        translators.append(translator)
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    if not _locale_before:
        _locale_before.append(QLocale())
    QLocale.setDefault(QLocale(*LOCALES[language]))
    i18n.use(language, _qt_translate)
    return True
