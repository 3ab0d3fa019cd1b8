"""Render modules to HTML pages: one inlined stylesheet, sanitised content.

The same page is shown three ways: the reader builds native widgets from it (``ui.learn.structured_view``, so a
screen reader gets its headings, lists, tables and links), the module PDF prints it through ``QTextDocument``, and
the joint-session room's projected screen shows it in a ``QTextBrowser``. All functions return a complete HTML
document. Links to other modules use ``nps-module://<id>#<anchor>``,
external links carry ``class="external"``; the reader intercepts both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from nps_trainer.content.callouts import CalloutPart, split_callouts
from nps_trainer.content.catalogue import Catalogue
from nps_trainer.content.markdown_html import MarkdownRenderer
from nps_trainer.content.model import ContentWarning, Module, Section
from nps_trainer.content.templating import DEFAULT_BASE_PT, PRINT_COLOURS, PageColours, Sizes, environment
from nps_trainer.i18n import tr, tr_noop
from nps_trainer.i18n.dates import long_date

#: The audiences a module is for (``schema.AUDIENCES``), as shown on its first page.
AUDIENCE_WORDS = {
    "probation practitioner": tr_noop("probation practitioner"),
    "drug service worker": tr_noop("drug service worker"),
    "facilitator": tr_noop("facilitator"),
    "manager": tr_noop("manager"),
}


@dataclass(frozen=True)
class _HtmlPart:
    html: Markup
    kind: str = ""  # callout kind; empty for plain content
    title: str = ""


@dataclass(frozen=True)
class _SectionView:
    section: Section
    warning: ContentWarning | None
    parts: list[_HtmlPart]


def british_date(value: date) -> str:
    return long_date(value)


def _section_view(module: Module, section: Section, renderer: MarkdownRenderer) -> _SectionView:
    parts, _issues = split_callouts(section.markdown)
    views = []
    for part in parts:
        html = Markup(renderer.convert(part.markdown))  # sanitised by nh3
        if isinstance(part, CalloutPart):
            views.append(_HtmlPart(html, part.kind, part.title))
        else:
            views.append(_HtmlPart(html))
    return _SectionView(section, module.warning_for(section), views)


def _context(module: Module, base_pt: float, catalogue: Catalogue | None,
             colours: PageColours | None = None) -> dict[str, object]:
    prerequisites = [(pid, catalogue[pid].title if catalogue and pid in catalogue else pid)
                     for pid in module.prerequisites]
    return {"module": module, "size": Sizes.for_base(base_pt), "reviewed": british_date(module.reviewed),
            "prerequisites": prerequisites, "colour": colours or PRINT_COLOURS, "words": _words(module)}


def _words(module: Module) -> dict[str, str]:
    """The page's own words (headings, labels) in the language in use; the module's text is its own."""
    audience = ", ".join(tr(AUDIENCE_WORDS[name]) if name in AUDIENCE_WORDS else name for name in module.audience)
    return {
        "about": tr("About this module"),
        "version": tr("Version {version}. Content last reviewed on {date}.").format(
            version=module.version, date=british_date(module.reviewed)),
        "sources": tr("Sources"),
        "opens_outside": tr("Opens outside NPS Trainer"),
        "meta": tr("About {minutes} minutes. For: {audience}.").format(minutes=module.minutes, audience=audience),
        "objectives": tr("By the end you can"),
        "read_first": tr("Read first:"),
        "content_warning": tr("Content warning:"),
        "sections": tr("Sections"),
    }


def render_section(module: Module, section_index: int, base_pt: float = DEFAULT_BASE_PT,
                   colours: PageColours | None = None) -> str:
    """One section as a page, with its content warning (if any) before the content. ``colours``: the page's
    colours (default: print colours, dark on white)."""
    section = module.sections[section_index]
    item = _section_view(module, section, MarkdownRenderer(module))
    context = _context(module, base_pt, None, colours) | {"title": f"{section.title} – {module.title}",
                                                           "item": item}
    return environment().get_template("section.html.j2").render(context)


def render_module(module: Module, base_pt: float = DEFAULT_BASE_PT,
                  catalogue: Catalogue | None = None) -> str:
    """The whole module: title, summary, objectives, every section, then sources and review date.

    Pass ``catalogue`` to show prerequisite titles instead of ids.
    """
    renderer = MarkdownRenderer(module)
    sections = [_section_view(module, section, renderer) for section in module.sections]
    context = _context(module, base_pt, catalogue) | {"title": module.title, "sections": sections}
    return environment().get_template("module.html.j2").render(context)


def render_overview(module: Module, base_pt: float = DEFAULT_BASE_PT,
                    catalogue: Catalogue | None = None, colours: PageColours | None = None) -> str:
    """Title, summary, objectives, prerequisites and a list of section links (a module's first page)."""
    context = _context(module, base_pt, catalogue, colours) | {"title": module.title}
    return environment().get_template("overview.html.j2").render(context)


def render_about(module: Module, base_pt: float = DEFAULT_BASE_PT, colours: PageColours | None = None) -> str:
    """Sources, version and review date."""
    context = _context(module, base_pt, None, colours) | {"title": tr("About – {title}").format(title=module.title)}
    return environment().get_template("about.html.j2").render(context)
