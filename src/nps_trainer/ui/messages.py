"""Every message box goes through here, so tests can answer them by patching one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

# QMessageBox is named where a box is shown: naming a Qt class makes its Python type (about 1 ms for this one),
# and the sign-in screen at start-up shows none.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def inform(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
