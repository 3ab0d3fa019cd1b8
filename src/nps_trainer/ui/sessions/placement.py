"""Which display the room's screen goes on, and putting it there.

The choice is plain logic on screen descriptions (tested with fake screens): another display than the
console's if there is one, a non-primary one first; with a single display, none (the facilitator toggles
between the console and the room with F5 and Esc). The Qt part follows the multi-screen recipe: window flags
first, then ``setScreen``, then the screen's geometry, then ``showFullScreen``, and the geometry again after
(frameless windows can lose the move when they go full screen). Never ``show()`` first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ScreenInfo:
    """A display as the placement logic sees it."""

    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False

    @property
    def area(self) -> int:
        return self.width * self.height


def choose_room_screen(screens: Sequence[ScreenInfo], console_screen: str | None) -> ScreenInfo | None:
    """The display for the room: one the console is not on (non-primary first, then the largest, then the
    first listed), or None when there is only the console's display."""
    others = [screen for screen in screens if screen.name != console_screen]
    if console_screen is None or len(others) == len(screens):
        # The console's display is unknown: keep off the primary one, where the console normally opens.
        others = [screen for screen in screens if not screen.primary]
    if not others:
        return None
    return min(enumerate(others), key=lambda item: (item[1].primary, -item[1].area, item[0]))[1]


def describe(screen: QScreen, primary: QScreen | None = None) -> ScreenInfo:
    geometry = screen.geometry()
    primary = primary if primary is not None else QGuiApplication.primaryScreen()
    return ScreenInfo(screen.name(), geometry.x(), geometry.y(), geometry.width(), geometry.height(),
                      screen is primary)


def screens() -> list[ScreenInfo]:
    primary = QGuiApplication.primaryScreen()
    return [describe(screen, primary) for screen in QGuiApplication.screens()]


def qscreen(info: ScreenInfo | None) -> QScreen | None:
    if info is None:
        return None
    return next((s for s in QGuiApplication.screens() if s.name() == info.name), None)


def room_screen_for(console: QWidget) -> QScreen | None:
    """The real screen the room should go on beside ``console``, or None with one display."""
    here = console.screen()
    return qscreen(choose_room_screen(screens(), here.name() if here is not None else None))


def show_full_screen_on(window: QWidget, screen: QScreen) -> None:
    """Put a top-level window full screen on ``screen`` (the recipe: flags, screen, geometry, full screen,
    geometry again)."""
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.setScreen(screen)
    geometry = QRect(screen.geometry())
    window.setGeometry(geometry)
    window.showFullScreen()
    window.setGeometry(geometry)
    window.raise_()
