"""A profile's screenings: start a new one for a case reference, filter the list, open one with Enter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...identity.crypto import Keyring
from ...identity.keys import ForeignKeyring
from ...screening import FormLibrary
from ...screening_records import RecordListRow, ScreeningStore
from ...screening_records.store import MAX_CASE_REFERENCE
from ..widgets import buddy, heading, name, note
from .item_widgets import parse_date
from .record_table import STATUS_LABELS, RecordTable
from .value_combo import ValueCombo


def _date_filter(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(tr("DD/MM/YYYY (any date)"))
    edit.setAccessibleName(name)
    edit.setAccessibleDescription(tr("A date as day/month/year; leave empty for any date"))
    edit.setClearButtonEnabled(True)
    return edit


class RecordListPage(QWidget):
    open_requested = Signal(int)
    create_requested = Signal(str, str)  # case reference, form id
    keys_revoked = Signal()  # the keys no longer open this profile's records (a manager reset the passphrase)

    def __init__(self, store: ScreeningStore, forms: FormLibrary, profile_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.forms = forms
        self.profile_id = profile_id
        self.keyring: Keyring | None = None
        self.rows: list[RecordListRow] = []
        self.flag_titles = {rule.id: rule.title for form in forms.forms.values() for rule in form.flags}
        self.flag_severities = {rule.id: rule.severity.value for form in forms.forms.values() for rule in form.flags}
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Screenings"), 2))
        layout.addWidget(self._new_box())
        layout.addWidget(self._filter_box())
        self.count_label = QLabel("")
        layout.addWidget(self.count_label)
        self.table = RecordTable(lambda flag_id: self.flag_titles.get(flag_id, flag_id),
                                 flag_severity=lambda flag_id: self.flag_severities.get(flag_id, "info"))
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        layout.addWidget(self.table, 1)
        self.open_button = QPushButton(tr("&Open screening"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.focus_new)

    def _new_box(self) -> QGroupBox:
        box = QGroupBox(tr("New screening (Ctrl+N)"))
        grid = QGridLayout(box)
        grid.addWidget(note(tr("Use the case reference (for example the CRN). No names are needed, and none "
                               "should be entered anywhere in the screening.")), 0, 0, 1, 4)
        self.new_reference = QLineEdit()
        self.new_reference.setMaxLength(MAX_CASE_REFERENCE)
        self.new_reference.setPlaceholderText(tr("for example X123456"))
        name(self.new_reference, tr("Case reference for the new screening"), tr("No names are needed"))
        grid.addWidget(buddy(tr("Case &reference:"), self.new_reference), 1, 0)
        grid.addWidget(self.new_reference, 1, 1)
        self.form_combo = ValueCombo(tr("Screening form"))
        self.form_combo.narrow_to(8)  # long entries shortened while closed: the row fits at 200% text
        ids = sorted({fid for fid, _ in self.forms.forms})
        for form_id in ids:
            self.form_combo.add(self.forms.latest(form_id).title, form_id)
        self.form_combo.set_value("nps-screening")
        grid.addWidget(self.form_combo, 1, 2)  # in the layout first: shown before it, it flashes up as a window
        self.form_combo.setVisible(len(ids) > 1)
        self.new_button = QPushButton(tr("&Start screening"))
        self.new_button.setAccessibleName(tr("Start screening"))
        self.new_button.clicked.connect(self._create)
        self.new_reference.returnPressed.connect(self._create)
        grid.addWidget(self.new_button, 1, 3)
        grid.setColumnStretch(1, 1)
        return box

    def _filter_box(self) -> QGroupBox:
        box = QGroupBox(tr("Filter"))
        grid = QGridLayout(box)
        self.filter_reference = QLineEdit()
        self.filter_reference.setPlaceholderText(tr("exact case reference"))
        self.filter_reference.setClearButtonEnabled(True)
        name(self.filter_reference, tr("Filter by case reference"), tr("An exact case reference"))
        grid.addWidget(buddy(tr("Case r&eference:"), self.filter_reference), 0, 0)
        grid.addWidget(self.filter_reference, 0, 1)
        self.status_combo = ValueCombo(tr("Filter by status"))
        self.status_combo.add(tr("Any status"), None)
        for status, label in STATUS_LABELS.items():
            self.status_combo.add(tr(label), status)
        grid.addWidget(buddy(tr("S&tatus:"), self.status_combo), 0, 2)
        grid.addWidget(self.status_combo, 0, 3)
        self.date_from = _date_filter(tr("Started from"))
        grid.addWidget(buddy(tr("Started fro&m:"), self.date_from), 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        self.date_to = _date_filter(tr("Started until"))
        grid.addWidget(buddy(tr("Started &until:"), self.date_to), 1, 2)
        grid.addWidget(self.date_to, 1, 3)
        self.flag_combo = ValueCombo(tr("Filter by flag"))
        self.flag_combo.narrow_to(16)  # long entries shortened while closed: the row fits at 200% text
        self.flag_combo.add(tr("Any or no flag"), None)
        for flag_id, title in sorted(self.flag_titles.items(), key=lambda pair: pair[1]):
            self.flag_combo.add(title, flag_id)
        grid.addWidget(buddy(tr("F&lag:"), self.flag_combo), 2, 0)
        grid.addWidget(self.flag_combo, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for label in box.findChildren(QLabel):
            label.setWordWrap(True)  # a long label (Welsh, 200% text) takes two lines rather than widening the page
        self.filter_reference.textChanged.connect(self.refresh)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.date_from.textChanged.connect(self._date_changed)
        self.date_to.textChanged.connect(self._date_changed)
        self.flag_combo.currentIndexChanged.connect(self.refresh)
        return box

    # -- behaviour -------------------------------------------------------------------------------------------
    def set_keyring(self, keyring: Keyring | None) -> None:
        self.keyring = keyring
        if keyring is None:  # locked: forget every case reference shown or typed
            self.rows = []
            self.table.set_rows([])
            for edit in (self.filter_reference, self.new_reference):
                edit.blockSignals(True)
                edit.clear()
                edit.blockSignals(False)

    def focus_new(self) -> None:
        self.new_reference.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.new_reference.selectAll()

    def _create(self) -> None:
        self.create_requested.emit(self.new_reference.text(), self.form_combo.value() or "nps-screening")

    def clear_new(self) -> None:
        self.new_reference.clear()

    @staticmethod
    def _date(edit: QLineEdit) -> dt.date | None:
        return parse_date(edit.text())

    def _date_changed(self) -> None:
        """Filter once a date is complete (or cleared), not on every digit."""
        if all(not edit.text().strip() or self._date(edit) for edit in (self.date_from, self.date_to)):
            self.refresh()

    def refresh(self) -> None:
        if self.keyring is None:
            return
        try:
            self.rows = self.store.list(
                self.profile_id, self.keyring, case_reference=self.filter_reference.text() or None,
                date_from=self._date(self.date_from), date_to=self._date(self.date_to),
                status=self.status_combo.value(), flag=self.flag_combo.value())
        except ForeignKeyring:
            self.keys_revoked.emit()
            return
        self.table.set_rows(self.rows)
        filtered = any([self.filter_reference.text(), self.status_combo.value(),
                        self.flag_combo.value(), self._date(self.date_from), self._date(self.date_to)])
        if self.rows:
            self.count_label.setText(tr("%n screening(s) match the filter.", "", len(self.rows)) if filtered
                                     else tr("%n screening(s).", "", len(self.rows)))
        else:
            self.count_label.setText(tr("No screenings match the filter.") if filtered else tr("No screenings yet."))
        self.count_label.setAccessibleName(self.count_label.text())
        self.open_button.setEnabled(bool(self.rows))

    def _open_row(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.open_requested.emit(self.rows[index].id)
