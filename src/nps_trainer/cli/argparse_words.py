"""argparse's own words ("usage:", "options", its error messages) in the language in use.

argparse takes these from ``gettext`` (its module-level ``_`` and ``ngettext``), which knows no Welsh. When the
language is Welsh, :func:`install` replaces both with functions that look argparse's known English strings up
with :func:`~nps_trainer.i18n.tr`; a string not listed here (a newer Python's wording) stays in English.
"""

from __future__ import annotations

import argparse
import gettext

from ..i18n import ENGLISH, language, tr, tr_noop

# Python 3.11's argparse strings that can reach a person (help output and usage errors). Placeholders such as
# %(prog)s and %s are filled in by argparse after translation, so the Welsh keeps them exactly.
KNOWN = frozenset((
    tr_noop("usage: "),
    tr_noop("positional arguments"),
    tr_noop("options"),
    tr_noop("show this help message and exit"),
    tr_noop("subcommands"),
    tr_noop("argument %(argument_name)s: %(message)s"),
    tr_noop("%(prog)s: error: %(message)s\n"),
    tr_noop("unrecognized arguments: %s"),
    tr_noop("the following arguments are required: %s"),
    tr_noop("one of the arguments %s is required"),
    tr_noop("not allowed with argument %s"),
    tr_noop("ignored explicit argument %r"),
    tr_noop("expected one argument"),
    tr_noop("expected at most one argument"),
    tr_noop("expected at least one argument"),
    tr_noop("ambiguous option: %(option)s could match %(matches)s"),
    tr_noop("unexpected option string: %s"),
    tr_noop("invalid %(type)s value: %(value)r"),
    tr_noop("invalid choice: %(value)r (choose from %(choices)s)"),
    tr_noop("unknown parser %(parser_name)r (choices: %(choices)s)"),
    tr_noop("can't open '%(filename)s': %(error)s"),
))


def _plural(singular: str, plural: str, n: int) -> str | None:
    """argparse's two plural messages, in the form that suits ``n``; argparse fills in ``%s`` afterwards."""
    if (singular, plural) == ("expected %s argument", "expected %s arguments"):
        return tr("expected %s argument(s)", "", n)
    if (singular, plural) == ("conflicting option string: %s", "conflicting option strings: %s"):
        return tr("conflicting option string(s): %s", "", n)
    return None


def translated_gettext(message: str | None) -> str | None:
    """argparse's ``_``: a known string in the language in use, anything else as it is."""
    if message in KNOWN:
        return tr(message)
    return message


def translated_ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: a known plural message in the language in use, anything else in English."""
    found = _plural(singular, plural, n)
    if found is not None:
        return found
    return singular if n == 1 else plural


def install() -> None:
    """Make argparse speak the language in use (nothing changes in English); call after choosing it."""
    if language() == ENGLISH:
        uninstall()
        return
    argparse._ = translated_gettext  # type: ignore[attr-defined]
    argparse.ngettext = translated_ngettext  # type: ignore[attr-defined]


def uninstall() -> None:
    """Back to argparse's own gettext (tests, or a switch back to English)."""
    argparse._ = gettext.gettext  # type: ignore[attr-defined]
    argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]
