"""The amendments made to a finished screening: who, when and why, and each answer changed, from what to what."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...i18n import tr, tr_noop
from ...screening import FormDefinition
from ...screening.answers import ItemPath
from ...screening.display import display_value
from ...screening_records import AmendmentView
from ..widgets import heading


def _item_label(form: FormDefinition, item_id: str) -> str:
    return form.item(item_id).label if form.has_item(item_id) else item_id


def changed_name(path: str, form: FormDefinition | None) -> str:
    """What a changed path means to the reader: 'answers.housing' → 'Housing', 'answers.substances[0].category'
    → 'Substance 1 › Substance', 'overrides.<flag>.reason' → "Override of the flag '<title>'". Anything not
    in ``form`` (an older form version) is shown as it is stored."""
    kind, _, rest = path.partition(".")
    if form is None or not rest:
        return path
    if kind == "overrides":
        flag_id = rest.partition(".")[0]
        try:
            title = form.flag(flag_id).title
        except KeyError:
            title = flag_id
        return tr("Override of the flag '{title}'").format(title=title)
    if kind != "answers":
        return path
    try:
        item_path = ItemPath.parse(rest)
    except ValueError:
        return path
    label = _item_label(form, item_path.item)
    if item_path.group is None or item_path.index is None:
        return label
    group = form.item(item_path.group) if form.has_item(item_path.group) else None
    noun = (group.instance_label or group.label) if group is not None else item_path.group
    return f"{noun} {item_path.index + 1} › {label}"


NO_ANSWER = tr_noop("no answer")  # shown through tr()


def changed_value(path: str, value: Any, form: FormDefinition | None) -> str:
    """A value before or after a change, as the form shows it ('Hostel or approved premises', '6 December 2026');
    an override's text as it is; 'no answer' for none."""
    if value is None or value == "":
        return tr(NO_ANSWER)
    kind, _, rest = path.partition(".")
    if form is not None and kind == "answers":
        try:
            item_id = ItemPath.parse(rest).item
        except ValueError:
            item_id = None
        if item_id is not None and form.has_item(item_id):
            return display_value(form.item(item_id), value) or tr(NO_ANSWER)
    return value if isinstance(value, str) else str(value)


def describe(amendment: AmendmentView, names: Callable[[int], str], form: FormDefinition | None = None) -> str:
    """When, who and why, then one line per change: 'Housing: Own tenancy → Hostel or approved premises'."""
    when = amendment.at.astimezone().strftime("%d/%m/%Y %H:%M")
    lines = [f"{when}, {names(amendment.profile_id)}: {amendment.reason}"]
    for change in amendment.changes:
        path = change["path"]
        lines.append(f"    {changed_name(path, form)}: {changed_value(path, change.get('before'), form)} → "
                     f"{changed_value(path, change.get('after'), form)}")
    return "\n".join(lines)


class AmendmentsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(tr("Amendments"), 2))
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Amendments"))
        self.text.setOpenLinks(False)
        layout.addWidget(self.text)
        self.lines: list[str] = []

    def clear(self) -> None:
        self.lines = []
        self.text.clear()

    def show_amendments(self, amendments: list[AmendmentView], names: Callable[[int], str],
                        form: FormDefinition | None = None) -> None:
        lines = [describe(a, names, form) for a in amendments]
        if lines == self.lines and self.text.toPlainText():
            return
        self.lines = lines
        if lines:
            self.text.setPlainText("\n\n".join(lines))
        else:
            self.text.setPlainText(tr("None. A finished screening is corrected by an amendment with a reason."))
