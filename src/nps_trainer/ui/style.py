"""The visual language in one place: spacing, page margins and a type scale relative to the chosen text size.

Every size is a multiple of the application's text size (Settings → Text size), never a fixed point size, so a
page keeps its proportions at any size. Colour is never the only carrier of meaning: a status colour always
goes with a word or a symbol (see :mod:`.colours` for colours that read under any palette)."""

from __future__ import annotations

from pathlib import Path

#: The app's icon: set on the application (ui/launch.py), so the window and every dialog carry it; About shows it.
APP_ICON = Path(__file__).parent / "icons" / "nps-trainer.svg"

# Spacing steps, in pixels (device-independent): gaps inside a group, between groups, and around a page.
SPACE_XS = 4
SPACE_S = 8
SPACE_M = 12
SPACE_L = 18
SPACE_XL = 24

#: A section page's margins (left, top, right, bottom) and the gap between its parts.
PAGE_MARGINS = (SPACE_L, SPACE_M, SPACE_L, SPACE_M)
PAGE_SPACING = SPACE_S
#: Space inside a card-like group (a frame around one kind of thing on a page).
GROUP_PADDING = SPACE_M
GROUP_SPACING = SPACE_S

#: The type scale: each text's size as a multiple of the chosen text size.
PAGE_TITLE = 1.6
SECTION_HEADING = 1.25
BODY = 1.0
HINT = 1.0  # hints stay at the body size (smaller text is harder to read at a desk): they differ by colour

#: Heading levels (1: a page's title, 2: a part of a page) and their scale.
HEADING_SCALES = {1: PAGE_TITLE, 2: SECTION_HEADING}
#: Space below a page title and above a part's heading, so headings group what follows them.
HEADING_SPACE_BELOW = {1: SPACE_XS, 2: 0}
HEADING_SPACE_ABOVE = {1: 0, 2: SPACE_S}

#: Symbols that go with a status colour, so the status reads without the colour.
SYMBOL_OVERDUE = "⚠"
SYMBOL_DONE = "✓"
SYMBOL_DUE = "●"


def page_margins(layout) -> None:
    """Give a section page's top-level layout the page margins and spacing."""
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(PAGE_SPACING)


def group_margins(layout) -> None:
    """Give a group's layout its padding and spacing."""
    layout.setContentsMargins(GROUP_PADDING, GROUP_PADDING, GROUP_PADDING, GROUP_PADDING)
    layout.setSpacing(GROUP_SPACING)
