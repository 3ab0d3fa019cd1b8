"""Radio buttons and check boxes whose text wraps to the width they are given (Qt's own do not wrap), so long
option texts never make the page wider than the window, at any text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QSizePolicy, QWidget


def wrap_to_width(words: list[str], metrics: QFontMetrics, width: int) -> list[str]:
    """``words`` as lines that each fit ``width`` pixels (a word wider than that has a line of its own)."""
    lines: list[str] = []
    line = ""
    for word in words:
        trial = f"{line} {word}" if line else word
        if line and metrics.horizontalAdvance(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


class _Wrapper:
    """The wrapping for one button: the full text is kept, and shown again in lines that fit whenever the
    button's width or font changes. The accessible name is the text on one line."""

    def __init__(self, button: QAbstractButton, text: str) -> None:
        self.button = button
        self.words = text.split()
        policy = button.sizePolicy()  # Qt's own may not be narrower than their text
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        button.setSizePolicy(policy)
        button.setAccessibleName(" ".join(self.words))
        button.setText(_escape(" ".join(self.words)))

    def overhead(self) -> int:
        """Pixels the style adds beside the text: the indicator, the spacing and the margins."""
        text = self.button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.button.text()).width()
        return max(0, self.button.sizeHint().width() - text)

    def minimum_size(self) -> QSize:
        """As narrow as the longest word allows, as tall as the lines shown now."""
        metrics = self.button.fontMetrics()
        widest = max((metrics.horizontalAdvance(word) for word in self.words), default=0)
        return QSize(self.overhead() + widest, self.button.sizeHint().height())

    def rewrap(self) -> None:
        width = self.button.width() - self.overhead()
        if width <= 0:
            return
        lines = wrap_to_width(self.words, self.button.fontMetrics(), width)
        text = "\n".join(_escape(line) for line in lines)
        if text != self.button.text():
            self.button.setText(text)


class _WrapsItsText:
    """Shared by the wrapping radio button and check box (listed before the Qt class, so that ``super()``
    reaches it)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wrapper = _Wrapper(self, text)

    def minimumSizeHint(self) -> QSize:
        return _minimum_size(self, super().minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        _rewrap(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            _rewrap(self)


class WrappingRadioButton(_WrapsItsText, QRadioButton):
    pass


class WrappingCheckBox(_WrapsItsText, QCheckBox):
    pass


def _minimum_size(button: QAbstractButton, default: QSize) -> QSize:
    wrapper: _Wrapper | None = getattr(button, "wrapper", None)  # None while Qt is still building the button
    return wrapper.minimum_size() if wrapper is not None else default


def _rewrap(button: QAbstractButton) -> None:
    wrapper: _Wrapper | None = getattr(button, "wrapper", None)
    if wrapper is not None:
        wrapper.rewrap()


def _escape(text: str) -> str:
    """An option's "&" is shown as it is, not taken as a keyboard mnemonic."""
    return text.replace("&", "&&")
