"""Learning modules: parsing, validation, catalogue, rendering for QTextBrowser, and search. Qt-free.

Public API::

    load_catalogue(root, today=None) -> Catalogue
    validate_modules(root, today=None, *, bundled=False) -> list[Problem]
    report_problems(problems, stream=None) -> int
    render_module(module, base_pt=11.0, catalogue=None) -> str
    render_section(module, section_index, base_pt=11.0) -> str
    render_overview(module, base_pt=11.0, catalogue=None) -> str
    render_about(module, base_pt=11.0) -> str
    search(catalogue, query, limit=None) -> list[SearchHit]
"""

from nps_trainer.content.catalogue import Catalogue, load_catalogue
from nps_trainer.content.markdown_html import APP_SCHEME, module_url
from nps_trainer.content.model import ContentWarning, Module, Section, Source, UnavailableModule
from nps_trainer.content.render import render_about, render_module, render_overview, render_section
from nps_trainer.content.search import SearchHit, SearchIndex, search
from nps_trainer.content.templating import DEFAULT_BASE_PT
from nps_trainer.content.validator import (
    check_modules_command,
    format_problems,
    report_problems,
    validate_modules,
)

__all__ = [
    "APP_SCHEME",
    "DEFAULT_BASE_PT",
    "Catalogue",
    "ContentWarning",
    "Module",
    "SearchHit",
    "SearchIndex",
    "Section",
    "Source",
    "UnavailableModule",
    "check_modules_command",
    "format_problems",
    "load_catalogue",
    "module_url",
    "render_about",
    "render_module",
    "render_overview",
    "render_section",
    "report_problems",
    "search",
    "validate_modules",
]
