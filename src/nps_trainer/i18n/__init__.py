"""Translation of user-facing text, English and Welsh (docs/translation.md).

Every string a person reads goes through :func:`tr`, in the UI and the command line alike::

    tr("Save")                                   # a sentence or a label
    tr("Open", "verb: open a record")            # the same English, a different Welsh: a disambiguation
    tr("%n record(s) saved", "", count)          # a number that changes the words: Qt's plural forms
    tr("Saved {name}").format(name=name)         # a name inside a sentence: translate first, then format
    LABELS = {"red": tr_noop("Act now")}         # marked where defined (at import, before a language is
    tr(LABELS["red"])                            # chosen), translated where shown

``pyside6-lupdate`` finds these calls (a bare ``tr`` gets the empty context) and writes them into the ``.ts``
files under ``translations/``; ``pyside6-lrelease`` compiles those to ``.qm``. Never build a sentence from parts,
and never pass an f-string: the translation is looked up by the exact English text.

Which catalogue answers depends on the process: the app installs Qt's ``QTranslator`` and routes :func:`tr` to
``QCoreApplication.translate`` (``ui/translation.py``); the command line, which never imports Qt, reads the same
``.ts`` files with :mod:`nps_trainer.i18n.catalogue`. Before either, :func:`tr` returns the English.
"""

from __future__ import annotations

from collections.abc import Callable

ENGLISH = "en"
WELSH = "cy"
LANGUAGES = (ENGLISH, WELSH)

Backend = Callable[[str, str | None, int], str]

_backend: Backend | None = None
_plurals: Backend | None = None
_language = ENGLISH


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language in use. With ``n`` >= 0, ``%n`` in the text becomes ``n`` and the plural form
    that suits ``n`` in that language is chosen."""
    if _backend is not None:
        return _backend(source, disambiguation, n)
    if n >= 0:
        return _english_plurals()(source, disambiguation, n)
    return source


def tr_noop(source: str) -> str:
    """Mark ``source`` for translation without translating it now: for text kept in a constant, translated with
    :func:`tr` where it is shown."""
    return source


def _english_plurals() -> Backend:
    """English as written, with the English plural forms ("1 record", "2 records") from translations/en, read
    once, without Qt: what :func:`tr` answers before a language is chosen (tests, the first lines of a run)."""
    global _plurals
    if _plurals is None:
        from ..paths import translations_dir
        from .catalogue import Catalogue

        try:
            _plurals = Catalogue.from_files(ENGLISH, sorted((translations_dir() / ENGLISH).glob("*.ts"))).translate
        except (OSError, SyntaxError):  # unreadable files: "%n record(s)" is still understood
            from .catalogue import english

            _plurals = lambda source, disambiguation, n: english(source, n)  # noqa: E731
    return _plurals


def language() -> str:
    """The language in use: ``"en"`` or ``"cy"``."""
    return _language


def use(language_code: str, backend: Backend | None) -> None:
    """Make ``language_code`` the language in use, answered by ``backend`` (None: English as written)."""
    global _backend, _language
    if language_code not in LANGUAGES:
        raise ValueError(f"unknown language {language_code!r}: expected one of {', '.join(LANGUAGES)}")
    _language = language_code
    _backend = backend


def reset() -> None:
    """Back to English (tests)."""
    use(ENGLISH, None)
