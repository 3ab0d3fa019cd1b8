"""The user guide (F1): Markdown pages under ``content/help/<language>/``, which page covers which part of the
app, and falling back to English page by page. Qt-free."""

from .pages import (
    DEFAULT_LANGUAGE,
    HELP_DIR,
    HelpGuide,
    HelpPage,
    check_help,
    help_root,
    load_guide,
    load_page,
)
from .render import HELP_SCHEME, help_url, page_html, parse_help_url

__all__ = [
    "DEFAULT_LANGUAGE", "HELP_DIR", "HELP_SCHEME", "HelpGuide", "HelpPage", "check_help", "help_root", "help_url",
    "load_guide", "load_page", "page_html", "parse_help_url",
]
