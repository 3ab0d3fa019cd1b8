"""Roles Qt does not give on its own: headings with their level, lists and list items, notes, pictures.

Qt's widgets report fixed roles (a QLabel is a "label"). A widget whose class sets ``accessible_role`` (a
``QAccessible.Role``) is given an accessible interface with that role by the factory installed here; a heading
also sets ``heading_level`` (1–6), which reaches AT-SPI as the object attribute ``level`` (what Orca reads as
"heading level 2") through Qt's attributes interface.

How the level gets through, for whoever touches this next: Qt asks ``interface_cast(AttributesInterface)`` for a
pointer. The interface class inherits both ``QAccessibleWidget`` and ``QAccessibleAttributesInterface``, so
shiboken holds two C++ objects; ``interface_cast`` must return the second one's address wrapped in
``shiboken6.VoidPtr`` (a plain int is taken for a Python object and crashes), and every other answer must be a
``VoidPtr`` too (``VoidPtr(None)`` for "none").
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

try:
    from PySide6.QtGui import QAccessibleAttributesInterface
except ImportError:  # Qt before 6.8 has no attributes interface: roles still, but no heading levels
    QAccessibleAttributesInterface = None

_installed = False
_BASES = (QAccessibleWidget,) if QAccessibleAttributesInterface is None else (QAccessibleWidget,
                                                                               QAccessibleAttributesInterface)


class RoleAccessible(*_BASES):
    """A widget's accessible interface with the role its class asks for, a name from its text when it has no
    accessible name of its own, and a heading level as an attribute."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        QAccessibleWidget.__init__(self, widget, role)
        if QAccessibleAttributesInterface is not None:
            QAccessibleAttributesInterface.__init__(self)

    def text(self, kind: QAccessible.Text) -> str:
        found = QAccessibleWidget.text(self, kind)
        widget = self.widget()
        if kind == QAccessible.Text.Name and not found and isinstance(widget, QLabel):
            return widget.text() if widget.textFormat().value != RICH_TEXT else widget.accessibleName()
        return found

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        if (kind == QAccessible.InterfaceType.AttributesInterface and QAccessibleAttributesInterface is not None
                and self._level() is not None):
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])
        return shiboken6.VoidPtr(QAccessibleWidget.interface_cast(self, kind))

    def _level(self) -> int | None:
        level = getattr(self.widget(), "heading_level", None)
        return level if isinstance(level, int) and level > 0 else None

    def attributeKeys(self) -> list:
        return [QAccessible.Attribute.Level] if self._level() is not None else []

    def attributeValue(self, key: object) -> object:
        return self._level() if key == QAccessible.Attribute.Level else None


RICH_TEXT = 1  # Qt.TextFormat.RichText, as a number: Qt's namespace is not named at start (see qt_values)


def _factory(key: str, instance: QObject) -> QAccessibleInterface | None:
    role = getattr(instance, "accessible_role", None)
    if isinstance(role, QAccessible.Role) and isinstance(instance, QWidget):
        return RoleAccessible(instance, role)
    return None


def install() -> None:
    """Install the factory once (before the first widget with a role is asked for its interface)."""
    global _installed
    if _installed:
        return
    QAccessible.installFactory(_factory)
    _installed = True


def level_of(interface: QAccessibleInterface) -> int | None:
    """The heading level an interface gives assistive technology (its attributes interface), or None."""
    attributes = interface.attributesInterface()
    if attributes is None or QAccessible.Attribute.Level not in attributes.attributeKeys():
        return None
    value = attributes.attributeValue(QAccessible.Attribute.Level)
    return int(value) if value is not None else None
