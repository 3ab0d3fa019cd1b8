"""The few colours the app adds to the system palette, derived from it so they read on any palette.

Text and backgrounds come from palette roles; this module only supplies semantic accents (good, part, bad, info,
warn) and soft tints behind notices. Each accent has a dark shade for light backgrounds and a light shade for dark
ones; the one chosen is checked against the background it is drawn on (WCAG 2 contrast, 4.5:1 for text) and falls
back to the palette's own text colour when neither shade is enough. Colour is never the only signal: callers keep
the words and symbols they show with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from ..content.templating import PageColours

Role = QPalette.ColorRole
TEXT_RATIO = 4.5

# kind: (shade for light backgrounds, shade for dark backgrounds)
ACCENTS: dict[str, tuple[str, str]] = {
    "good": ("#1d6b35", "#7fd99a"),
    "part": ("#7a5200", "#f2c46b"),
    "bad": ("#8f1d1d", "#ff9a8f"),
    "info": ("#0b4f9c", "#8ab4f8"),
    "warn": ("#8a4b00", "#ffb866"),
    "case": ("#5b3f86", "#c9b3f0"),
}
# Vivid mid shades mixed into light backgrounds for notices (never used as text).
VIVID = {"good": "#2e7d32", "part": "#f2a900", "bad": "#d4351c", "info": "#1d70b8", "warn": "#f47738",
         "case": "#6a4c93"}
TINT_STRENGTH = 0.14  # how much of the accent goes into a notice's background


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""
    return (0.2126 * _channel(colour.redF()) + 0.7152 * _channel(colour.greenF())
            + 0.0722 * _channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(background: QColor) -> bool:
    return luminance(background) < 0.18


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0–1) of the way towards ``b``."""
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in
                             zip((a.redF(), a.greenF(), a.blueF()), (b.redF(), b.greenF(), b.blueF()), strict=True)))


def palette(widget_palette: QPalette | None = None) -> QPalette:
    return widget_palette if widget_palette is not None else QGuiApplication.palette()


def accent(kind: str, background: QColor, fallback: QColor | None = None) -> QColor:
    """The ``kind`` accent (good, part, bad, info, warn) as text on ``background``: the shade that reads on it,
    else ``fallback`` (the palette's text colour), else black or white."""
    light_shade, dark_shade = ACCENTS[kind]
    preferred, other = (dark_shade, light_shade) if is_dark(background) else (light_shade, dark_shade)
    for name in (preferred, other):
        if contrast(QColor(name), background) >= TEXT_RATIO:
            return QColor(name)
    if fallback is not None and contrast(fallback, background) >= TEXT_RATIO:
        return QColor(fallback)
    return QColor("#ffffff" if is_dark(background) else "#000000")


def border(kind: str, background: QColor) -> QColor:
    """A strong edge in the ``kind`` accent (for a notice's left border; not text)."""
    return accent(kind, background)


def tint(kind: str, background: QColor, text: QColor) -> QColor:
    """A background for a ``kind`` notice: ``background`` with a little of the accent in it (on a light
    background, lifted towards white first, as paper-like notices), kept only while ``text`` still reads on it
    (else ``background`` itself)."""
    dark = is_dark(background)
    shade = QColor(ACCENTS[kind][1] if dark else VIVID[kind])
    ground = background if dark else mix(background, QColor("#ffffff"), 0.6)
    for strength in (TINT_STRENGTH, TINT_STRENGTH / 2, 0.0):
        tinted = mix(ground, shade, strength)
        if contrast(text, tinted) >= TEXT_RATIO:
            return tinted
    return QColor(background)


def muted(background: QColor, text: QColor) -> QColor:
    """Secondary text: ``text`` softened towards ``background`` as far as it still reads (≥ 4.5:1)."""
    for amount in (0.35, 0.25, 0.15):
        softer = mix(text, background, amount)
        if contrast(softer, background) >= TEXT_RATIO:
            return softer
    return QColor(text)


def page_colours(widget_palette: QPalette | None = None) -> PageColours:
    """Colours for a module page in a text browser, from the palette's Base and Text: callouts and the content
    warning are soft tints of the page with a strong accent border."""
    background, text = base_colours(widget_palette)
    link = palette(widget_palette).color(Role.Link)
    if contrast(link, background) < TEXT_RATIO:
        link = accent("info", background, text)

    def callout(kind: str) -> tuple[str, str]:
        return tint(kind, background, text).name(), border(kind, background).name()

    return PageColours(
        text=text.name(), background=background.name(), code_background=mix(background, text, 0.06).name(),
        quote=muted(background, text).name(), link=link.name(),
        header_background=tint("info", background, text).name(), rule=mix(background, text, 0.45).name(),
        muted=muted(background, text).name(), missing=accent("bad", background, text).name(),
        notice=callout("info"), safety=callout("bad"), key_points=callout("good"), practice_tip=callout("part"),
        case_example=callout("case"), warning=callout("warn"))


def window_colours(widget_palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of ordinary window areas."""
    p = palette(widget_palette)
    return p.color(Role.Window), p.color(Role.WindowText)


def base_colours(widget_palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of entry and document areas (text browsers, tables, line edits)."""
    p = palette(widget_palette)
    return p.color(Role.Base), p.color(Role.Text)


def accent_style(kind: str, widget_palette: QPalette | None = None, *, bold: bool = False) -> str:
    """A QLabel style sheet: the ``kind`` accent as text on the window background."""
    background, text = window_colours(widget_palette)
    weight = " font-weight: bold;" if bold else ""
    return f"color: {accent(kind, background, text).name()};{weight}"


def muted_style(widget_palette: QPalette | None = None) -> str:
    """A QLabel style sheet for secondary text on the window background."""
    background, text = window_colours(widget_palette)
    return f"color: {muted(background, text).name()};"


def notice_style(selector: str, kind: str, widget_palette: QPalette | None = None, *, edge: int = 1,
                 left_edge: int = 0, radius: int = 6) -> str:
    """A style sheet for a notice frame ``selector`` (e.g. ``#feedbackPanel``): a soft ``kind`` tint of the
    window colour, an accent border, and the palette's window text for its labels."""
    background, text = window_colours(widget_palette)
    fill = tint(kind, background, text)
    edge_colour = border(kind, background).name()
    left = f" border-left: {left_edge}px solid {edge_colour};" if left_edge else ""
    return (f"{selector} {{ background: {fill.name()}; border: {edge}px solid {edge_colour};{left} "
            f"border-radius: {radius}px; }}"
            f"{selector} QLabel {{ background: transparent; color: {text.name()}; }}")


def when_palette_changes(slot: Callable[..., None]) -> None:
    """Call ``slot`` after each change of the application (system) palette. Pass a method of a QObject, so the
    connection ends when the object goes. (A widget with a style sheet gets no PaletteChange event of its own.)"""
    app = QGuiApplication.instance()
    if app is not None:
        app.paletteChanged.connect(slot)


class _Restyler(QObject):
    """Sets a widget's style sheet again whenever the application palette changes."""

    def __init__(self, widget: QWidget, make_style: Callable[[], str]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.make_style = make_style
        when_palette_changes(self.restyle)

    def restyle(self, *_args: object) -> None:
        style = self.make_style()
        if style != self.widget.styleSheet():
            self.widget.setStyleSheet(style)


def keep_styled(widget: QWidget, make_style: Callable[[], str]) -> None:
    """Style ``widget`` with ``make_style()`` now and again under each new system palette."""
    for child in widget.children():  # styled again: the newest style maker wins
        if isinstance(child, _Restyler):
            child.setParent(None)
            child.deleteLater()
    widget.setStyleSheet(make_style())
    _Restyler(widget, make_style)
