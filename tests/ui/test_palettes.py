"""Any palette: every main page is drawn under a light, a dark and a high-contrast system palette, and each piece of
visible text must meet WCAG 2 contrast against what is really behind it (4.5:1; 3:1 for large text).

The text colour comes from the widget's palette (which a style sheet's ``color`` also sets) or, for rich text and
QTextBrowser pages, from the document's character formats; the background is what was painted: the commonest
colour of the widget's area in a grab of the window, or a document's cell/frame/block background where it sets
one. The WCAG arithmetic is written out here, not borrowed from the code under test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPalette,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextTable,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QStyleFactory,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from nps_trainer.quiz import QuestionReview
from nps_trainer.screening.engine import RaisedFlag
from nps_trainer.screening.model import FlagRule, FlagSeverity
from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import show_active

Role = QPalette.ColorRole


def _dark() -> QPalette:
    palette = QPalette()
    colours = {Role.Window: "#202124", Role.WindowText: "#e8eaed", Role.Base: "#17181a", Role.AlternateBase: "#2a2b2e",
               Role.Text: "#e8eaed", Role.Button: "#303134", Role.ButtonText: "#e8eaed", Role.BrightText: "#ffffff",
               Role.Highlight: "#3367d6", Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#303134",
               Role.ToolTipText: "#e8eaed", Role.PlaceholderText: "#9aa0a6", Role.Link: "#8ab4f8",
               Role.LinkVisited: "#c58af9", Role.Light: "#4a4b4f", Role.Midlight: "#3a3b3e", Role.Mid: "#2a2b2e",
               Role.Dark: "#111213", Role.Shadow: "#000000"}
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def _high_contrast() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (Role.Window, Role.Base, Role.AlternateBase, Role.Button, Role.ToolTipBase, Role.Shadow, Role.Dark):
        palette.setColor(role, black)
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.BrightText, Role.ToolTipText, Role.Light,
                 Role.Midlight, Role.Mid):
        palette.setColor(role, white)
    palette.setColor(Role.Highlight, yellow)
    palette.setColor(Role.HighlightedText, black)
    palette.setColor(Role.Link, yellow)
    palette.setColor(Role.LinkVisited, QColor("#00ffff"))
    palette.setColor(Role.PlaceholderText, QColor("#c0c0c0"))
    return palette


PALETTES = {"light": lambda: QStyleFactory.create("Fusion").standardPalette(), "dark": _dark,
            "high-contrast": _high_contrast}


@pytest.fixture(params=list(PALETTES))
def system_palette(request, qapp) -> Iterator[str]:
    """The Fusion style (which honours the palette) under one of the three palettes; both put back afterwards."""
    old_palette, old_style = QPalette(qapp.palette()), qapp.style().name()
    qapp.setStyle("Fusion")
    qapp.setPalette(PALETTES[request.param]())
    yield request.param
    qapp.setStyle(old_style)
    qapp.setPalette(old_palette)


# -- WCAG 2 -------------------------------------------------------------------------------------------------------
def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def _luminance(colour: QColor) -> float:
    return 0.2126 * _channel(colour.red()) + 0.7152 * _channel(colour.green()) + 0.0722 * _channel(colour.blue())


def _ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _large(font: QFont) -> bool:
    size = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return size >= 18 or (size >= 14 and font.weight() >= QFont.Weight.DemiBold)


# -- what is behind the text ------------------------------------------------------------------------------------------
def _painted(image: QImage, rect: QRect) -> QColor | None:
    """The commonest colour in ``rect`` of the grab (the background: text covers far less of a widget). Its edge
    (borders, focus frames) is left out, and near colours count together, so a gradient reads as one colour."""
    scale = image.devicePixelRatio()
    inset = 3 if rect.width() > 12 and rect.height() > 12 else 0
    rect = rect.adjusted(inset, inset, -inset, -inset)
    area = QRect(round(rect.x() * scale), round(rect.y() * scale), round(rect.width() * scale),
                 round(rect.height() * scale)).intersected(image.rect())
    if area.isEmpty():
        return None
    step = max(1, min(area.width(), area.height()) // 24)
    buckets: dict[tuple[int, int, int], list[QColor]] = {}
    for x in range(area.left(), area.right() + 1, step):
        for y in range(area.top(), area.bottom() + 1, step):
            colour = image.pixelColor(x, y)
            buckets.setdefault((colour.red() // 24, colour.green() // 24, colour.blue() // 24), []).append(colour)
    commonest = max(buckets.values(), key=len)
    return QColor(*(round(sum(getattr(c, channel)() for c in commonest) / len(commonest))
                    for channel in ("red", "green", "blue")))


def _document_background(cursor: QTextCursor, block_format, fallback: QColor) -> QColor:
    if block_format.background().style() != Qt.BrushStyle.NoBrush:
        return block_format.background().color()
    frame = cursor.currentFrame()
    while frame is not None:
        if isinstance(frame, QTextTable):
            cell = frame.cellAt(cursor)
            if cell.isValid() and cell.format().background().style() != Qt.BrushStyle.NoBrush:
                return cell.format().background().color()
        if frame.frameFormat().background().style() != Qt.BrushStyle.NoBrush:
            return frame.frameFormat().background().color()
        frame = frame.parentFrame()
    return fallback


def _document_problems(document: QTextDocument, text: QColor, background: QColor, where: str) -> list[str]:
    problems = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            words = fragment.text().strip().replace("\ufffc", "")
            if not fragment.isValid() or not words:
                continue
            fmt = fragment.charFormat()
            fg = fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush else text
            if fmt.isAnchor() and fmt.foreground().style() == Qt.BrushStyle.NoBrush:
                fg = QApplication.palette().color(Role.Link)
            cursor = QTextCursor(document)
            cursor.setPosition(fragment.position())
            if fmt.background().style() != Qt.BrushStyle.NoBrush:
                bg = fmt.background().color()
            else:
                bg = _document_background(cursor, block.blockFormat(), background)
            font = fmt.font()
            font = font.resolve(document.defaultFont())
            need = 3.0 if _large(font) else 4.5
            if (ratio := _ratio(fg, bg)) < need:
                problems.append(f"{where}: {words[:40]!r} {fg.name()} on {bg.name()} = {ratio:.2f}:1 < {need}")
        block = block.next()
    return problems


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: it has one column
        return 1


def _widget_problems(top: QWidget, name: str) -> list[str]:
    """Every piece of visible, enabled text in ``top`` whose contrast is too low, described."""
    QApplication.processEvents()
    image = top.grab().toImage()
    image.setDevicePixelRatio(top.devicePixelRatioF())
    problems: list[str] = []
    checked = 0
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or not widget.isEnabled() or not widget.isVisible():
            continue
        visible = widget.visibleRegion().boundingRect()
        if visible.isEmpty():
            continue
        rect = QRect(widget.mapTo(top, visible.topLeft()), visible.size()) if widget is not top else visible
        where = f"{name}/{type(widget).__name__}({widget.objectName() or widget.accessibleName()})"
        palette = widget.palette()
        if isinstance(widget, QTextEdit):
            viewport = widget.viewport()
            base = viewport.palette().color(viewport.backgroundRole())
            problems += _document_problems(widget.document(), palette.color(Role.Text), base, where)
            checked += 1
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text.strip():
                continue
            fg = palette.color(widget.foregroundRole())
            bg = _painted(image, rect)
            if bg is None:
                continue
            auto = widget.textFormat() == Qt.TextFormat.AutoText
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                auto and QTextDocumentFragment.fromHtml(text).toPlainText() != text)
            if rich:
                document = QTextDocument()
                document.setDefaultFont(widget.font())
                document.setHtml(text)
                problems += _document_problems(document, fg, bg, where)
                checked += 1
                continue
            words, font = text, widget.font()
        elif isinstance(widget, QAbstractButton):
            if not widget.text().strip():
                continue
            words, font = widget.text(), widget.font()
            fg = palette.color(widget.foregroundRole())
            bg = _painted(image, rect)
        elif isinstance(widget, QLineEdit):
            if not widget.text().strip():
                continue
            words, font = widget.text(), widget.font()
            fg, bg = palette.color(Role.Text), _painted(image, rect)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            base = palette.color(Role.Base)
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in range(_columns(model)):
                    index = model.index(row, column)
                    words = str(index.data() or "").strip()
                    if not words:
                        continue
                    fg_data = index.data(Qt.ItemDataRole.ForegroundRole)
                    bg_data = index.data(Qt.ItemDataRole.BackgroundRole)
                    fg = QColor(fg_data.color() if hasattr(fg_data, "color") else fg_data) if fg_data else \
                        palette.color(Role.Text)
                    bg = QColor(bg_data.color() if hasattr(bg_data, "color") else bg_data) if bg_data else base
                    if (ratio := _ratio(fg, bg)) < 4.5:
                        problems.append(f"{where} cell {row},{column}: {words[:30]!r} {fg.name()} on {bg.name()} "
                                        f"= {ratio:.2f}:1")
            checked += 1
            continue
        else:
            continue
        if bg is None:
            continue
        checked += 1
        need = 3.0 if _large(font) else 4.5
        if (ratio := _ratio(fg, bg)) < need:
            problems.append(f"{where}: {words[:40]!r} {fg.name()} on {bg.name()} = {ratio:.2f}:1 < {need}")
    assert checked, f"{name}: no text was checked"
    return problems


# -- the pages ------------------------------------------------------------------------------------------------------
def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    window.resize(1280, 800)
    show_active(qtbot, window)
    return window


def _host(qtbot, *widgets: QWidget) -> QWidget:
    host = QWidget()
    host.resize(760, 900)
    layout = QVBoxLayout(host)
    for widget in widgets:
        layout.addWidget(widget)
    return show_active(qtbot, host)


def _reviews() -> list[QuestionReview]:
    right = QuestionReview("q1", "Which is the first thing to do?", "call", 1.0, "Call 999", "Call 999",
                           comments=["Yes: an ambulance first."], explanation="Help is on the way sooner.")
    part = QuestionReview("q2", "Which signs?", ["a"], 0.5, "Pinpoint pupils", "Pinpoint pupils; slow breathing",
                          comments=["You missed one sign."], explanation="Both are signs.")
    wrong = QuestionReview("q3", "Leave them to sleep it off?", True, 0.0, "True", "False",
                           comments=["Never leave them alone."], explanation="Breathing can stop.")
    return [right, part, wrong]


def _flags() -> list[RaisedFlag]:
    return [RaisedFlag(FlagRule(f"{severity.value}-rule", severity, f"A {severity.value} thing", None,
                                "Why it was raised.", "Do this next."), ())
            for severity in FlagSeverity]


def test_every_main_page_meets_wcag_contrast(qtbot, fast_services, system_palette, shown_messages) -> None:
    from nps_trainer.ui.help_window import HelpWindow
    from nps_trainer.ui.overdose_guide import OverdoseGuideDialog, load_guide
    from nps_trainer.ui.quiz.feedback_panel import FeedbackPanel
    from nps_trainer.ui.quiz.library import QuizLibrary
    from nps_trainer.ui.quiz.review_html import review_html
    from nps_trainer.ui.screening.flags_panel import FlagsPanel
    from nps_trainer.ui.settings_dialog import SettingsDialog

    services = fast_services
    problems: list[str] = []
    window = _window(qtbot, services)
    problems += _widget_problems(window, "sign-in gate")

    window.use_profile(services.profiles.create("Sam", "manager"))
    for key in list(window.pages):
        window.show_section(key)
        qtbot.wait(20)
        problems += _widget_problems(window, key)

    learn = window.pages["learn"]
    window.show_section("learn")
    from nps_trainer.content import load_catalogue

    modules = list(load_catalogue(services.config.content_dir / "modules"))
    warned = [m for m in modules if any(m.warning_for(s) for s in m.sections) and ":::" in "".join(
        s.markdown for s in m.sections)]
    module_id = (warned or modules)[0].id  # one with a content warning and callouts, if any has both
    learn.open_module(module_id)
    assert learn.reader.module is not None
    for position in range(len(learn.reader.module.sections)):
        learn.reader.show_position(position)
        problems += _widget_problems(window, f"reader {module_id} #{position}")

    library = QuizLibrary((), ())
    panels = []
    for review in _reviews():
        panel = FeedbackPanel()
        panel.show_review(review, library)
        panels.append(panel)
    host = _host(qtbot, *panels)
    problems += _widget_problems(host, "quiz feedback")
    from PySide6.QtWidgets import QTextBrowser
    browser = QTextBrowser()
    browser.setHtml("".join(review_html(r, library, heading=f"Question {n}", link=True)
                            for n, r in enumerate(_reviews(), 1)))
    problems += _widget_problems(_host(qtbot, browser), "quiz review")

    flags = FlagsPanel()
    flags.show_flags(_flags(), editable=True)
    for card in flags.cards:
        card.toggle.setChecked(True)
    flags_host = _host(qtbot, flags)
    problems += _widget_problems(flags_host, "flags panel")

    help_window = HelpWindow(services.help_guide(), 11.0)
    qtbot.addWidget(help_window)
    help_window.show()
    problems += _widget_problems(help_window, "help")

    guide = OverdoseGuideDialog(load_guide(services), 11.0)
    qtbot.addWidget(guide)
    guide.show()
    problems += _widget_problems(guide, "overdose guide")

    settings = SettingsDialog(services.settings, services.config, window)
    settings.show()
    problems += _widget_problems(settings, "settings")
    settings.reject()

    if shots := os.environ.get("NPS_PALETTE_SHOTS"):  # a folder: pictures to look at by eye
        window.show_section("learn")
        for what, widget in (("learn", window), ("feedback", host), ("flags", flags_host)):
            widget.grab().save(str(Path(shots) / f"{system_palette}-{what}.png"))
    assert not problems, f"{len(problems)} low-contrast text(s) under the {system_palette} palette:\n" + "\n".join(
        problems[:80])


def test_pages_already_shown_follow_a_change_of_palette(qtbot, qapp, fast_services) -> None:
    """Made under the light palette, then the system turns dark: the feedback, the flags and the Learn reader are
    drawn again in the new palette's colours, not left light with light text on them."""
    from nps_trainer.ui.quiz.feedback_panel import FeedbackPanel
    from nps_trainer.ui.quiz.library import QuizLibrary
    from nps_trainer.ui.screening.flags_panel import FlagsPanel

    old_palette, old_style = QPalette(qapp.palette()), qapp.style().name()
    qapp.setStyle("Fusion")
    qapp.setPalette(PALETTES["light"]())
    try:
        feedback = FeedbackPanel()
        feedback.show_review(_reviews()[2], QuizLibrary((), ()))
        flags = FlagsPanel()
        flags.show_flags(_flags(), editable=True)
        host = _host(qtbot, feedback, flags)
        window = _window(qtbot, fast_services)
        window.use_profile(fast_services.profiles.create("Sam", "practitioner"))
        learn = window.show_section("learn")
        from nps_trainer.content import load_catalogue

        learn.open_module(next(iter(load_catalogue(fast_services.config.content_dir / "modules"))).id)
        assert learn.reader.module is not None
        assert not _widget_problems(host, "light") and not _widget_problems(window, "light")
        qapp.setPalette(_dark())
        qtbot.wait(20)
        assert _widget_problems(host, "dark") == []
        assert _widget_problems(window, "dark") == []
        page = learn.reader.browser.widget().palette().color(learn.reader.browser.widget().backgroundRole())
        assert _luminance(page) < 0.05, page.name()  # the module page itself turned dark
        image = host.grab().toImage()
        image.setDevicePixelRatio(host.devicePixelRatioF())
        for widget in (feedback, *flags.cards):  # the notices are tints of the dark window now, not light boxes
            painted = _painted(image, QRect(widget.mapTo(host, widget.rect().topLeft()), widget.size()))
            assert painted is not None and _luminance(painted) < 0.05, (type(widget).__name__, painted)
    finally:
        qapp.setStyle(old_style)
        qapp.setPalette(old_palette)


def test_joint_session_console_and_room_meet_wcag_contrast(qtbot, fast_services, system_palette) -> None:
    """The facilitator's console under the system palette, and the room's screen (its own white page, for a
    projector, whatever the system palette), at every step of a session."""
    from tests.team.helpers import make_manager, make_person, sign_in
    from tests.ui.sessions.test_console import opened, start_session

    manager = make_manager(fast_services)
    facilitator = sign_in(fast_services, make_person(fast_services, "Fran Facilitator", "facilitator",
                                                     "drug_service", acting=manager))
    member = make_person(fast_services, "Priya Profilename", "practitioner", "probation")
    run = opened(qtbot, fast_services, facilitator, start_session(fast_services, facilitator, member))
    problems: list[str] = []
    run.room.show()  # on a second screen when there is one; shown here on the only one
    qtbot.waitExposed(run.room)
    try:
        for step in range(len(run.plan.steps)):
            assert run.index == step
            if run.console.reveal_answers.isVisible() and run.console.reveal_answers.isEnabled():
                qtbot.mouseClick(run.console.reveal_answers, Qt.MouseButton.LeftButton)
            problems += _widget_problems(run.console, f"console step {step + 1}")
            problems += _widget_problems(run.room, f"room step {step + 1}")
            qtbot.keyClick(run.console, Qt.Key.Key_Right)
    finally:
        if not run.ended:
            run.close()
    assert not problems, f"{len(problems)} low-contrast text(s) under the {system_palette} palette:\n" + "\n".join(
        problems[:80])
