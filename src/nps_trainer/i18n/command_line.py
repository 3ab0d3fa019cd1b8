"""The language for a run: read ``--language`` before the command line is parsed (its help is translated too),
and, for the commands (which never import Qt), answer :func:`nps_trainer.i18n.tr` from the ``.ts`` files."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from . import ENGLISH, LANGUAGES, use

log = logging.getLogger(__name__)


def language_argument(argv: Sequence[str]) -> str | None:
    """The value of ``--language`` in ``argv`` when it names a known language (argparse reports a bad one)."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--language="):
            value = arg.partition("=")[2]
        elif arg == "--language" and index + 1 < len(argv):
            value = argv[index + 1]
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def use_for_commands(language: str) -> None:
    """Answer :func:`~nps_trainer.i18n.tr` from the translation files, without Qt. Missing or unreadable files
    leave the English (and say so in the log)."""
    from ..paths import translations_dir
    from .catalogue import Catalogue

    folder = translations_dir() / language
    try:
        catalogue = Catalogue.from_files(language, sorted(folder.glob("*.ts")))
    except (OSError, SyntaxError) as exc:  # a damaged .ts file raises ElementTree.ParseError, a SyntaxError
        log.warning("Translation files in %s could not be read (%s); English is used", folder, type(exc).__name__)
        use(ENGLISH, None)
        return
    use(language, catalogue.translate)
