"""The room's screen: a top-level window showing the current step's content in large type and nothing else
(no names, no notes, no register), a black or white blank state, and a quiet footer with the step number.

Fonts scale with the window's height (body text 30 px at 1080 lines), so the page is readable from the back of
a training room on a projector and still fits a laptop screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...i18n import tr, tr_noop
from ...sessions.plan_model import SECTION
from ..learn.browser import ModuleBrowser
from .room_content import Scene, body_px, room_html

BLACK, WHITE = "black", "white"
TITLE = tr_noop("Room screen – NPS Trainer")


def _filled(colour: str) -> QWidget:
    widget = QWidget()
    widget.setAutoFillBackground(True)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    widget.setPalette(palette)
    return widget


class RoomScreen(QWidget):
    """``show_scene`` puts a step on the screen; ``set_blank`` blanks it. Closing the window only hides it
    (``hidden_by_user``): the session carries on."""

    hidden_by_user = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(tr(TITLE))
        self.setAccessibleName(tr("Room screen"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#111111"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#111111"))
        self.setPalette(palette)
        self._scene: Scene | None = None
        self._blank = ""
        self._closing = False
        self._rendered: tuple[int, Scene | None] | None = None

        self.stack = QStackedWidget()
        page = QWidget()
        self.layout_ = QVBoxLayout(page)
        # The reader's view, so a module's diagrams are drawn sharp at the room's text size and pixel density
        # and read only from the module's own folder; links are not followed on the room's screen.
        self.browser = ModuleBrowser()
        self.browser.anchorClicked.disconnect(self.browser.follow)
        self.browser.setAccessibleDescription("")
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.setAccessibleName(tr("The step shown to the room"))
        self.footer = QLabel()
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.footer.setStyleSheet("color: #5a5a5a;")
        self.layout_.addWidget(self.browser, 1)
        self.layout_.addWidget(self.footer)
        self.stack.addWidget(page)
        self.black = _filled("#000000")
        self.white = _filled("#ffffff")
        self.stack.addWidget(self.black)
        self.stack.addWidget(self.white)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._relayout()

    # -- what is shown ------------------------------------------------------------------------------------
    @property
    def body_px(self) -> int:
        return body_px(self.height())

    @property
    def scene(self) -> Scene | None:
        return self._scene

    @property
    def blank(self) -> str:
        return self._blank

    def show_scene(self, scene: Scene) -> None:
        if scene == self._scene and self._rendered == (self.body_px, scene):
            return
        new_step = self._scene is None or (scene.index, scene.kind) != (self._scene.index, self._scene.kind)
        position = self.browser.verticalScrollBar().value()
        self._scene = scene
        self._render()
        if not new_step:
            self.browser.verticalScrollBar().setValue(position)

    def set_blank(self, mode: str) -> None:
        self._blank = mode if mode in (BLACK, WHITE) else ""
        self.stack.setCurrentWidget({BLACK: self.black, WHITE: self.white}.get(self._blank, self.stack.widget(0)))

    def text(self) -> str:
        """What the room can read now (empty when blanked)."""
        if self._blank:
            return ""
        return f"{self.browser.toPlainText()}\n{self.footer.text()}"

    def html(self) -> str:
        return self.browser.toHtml()

    # -- scrolling a long page (from the console) ---------------------------------------------------------
    def scroll_pages(self, pages: float) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + round(pages * bar.pageStep()))

    def more_below(self) -> bool:
        bar = self.browser.verticalScrollBar()
        return bar.value() < bar.maximum()

    def more_above(self) -> bool:
        return self.browser.verticalScrollBar().value() > 0

    # -- drawing ------------------------------------------------------------------------------------------
    def _relayout(self) -> None:
        px = self.body_px
        margin = max(8, round(px * 1.3))
        self.layout_.setContentsMargins(margin, round(margin * 0.8), margin, max(4, px // 3))
        font = self.footer.font()
        font.setPixelSize(max(11, round(px * 0.6)))
        self.footer.setFont(font)

    def _render(self) -> None:
        self._relayout()
        scene = self._scene
        self._rendered = (self.body_px, scene)
        if scene is None:
            self.browser.clear()
            self.footer.clear()
            return
        font = self.browser.font()
        font.setPixelSize(self.body_px)
        self.browser.document().setDefaultFont(font)
        dpi = float(self.logicalDpiY() or 96)
        module = scene.module if scene.kind == SECTION else None
        self.browser.image_folder = module.image_folder if module is not None else None
        self.browser.base_pt = self.body_px * 72.0 / dpi  # the size the section's text is set at
        self.browser.setHtml(room_html(scene, self.body_px, dpi))
        self.footer.setText(scene.footer)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._rendered is not None and self._rendered[0] != self.body_px:
            QTimer.singleShot(0, self, self.render_if_resized)

    def render_if_resized(self) -> None:
        """Draw again if the window's height changed (a hidden window hears of a resize only when shown)."""
        if self._rendered is None or self._rendered[0] != self.body_px:
            self._render()

    # -- closing ------------------------------------------------------------------------------------------
    def close_for_good(self) -> None:
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        event.ignore()  # Alt+F4 on the projector hides the room; the session carries on
        self.hide()
        self.hidden_by_user.emit()
