"""Settings: database location, content folder, text size, sign-out time, refresher questions a day, caseload
figures and the organisation's learning record store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..app_config import RunConfig
from ..settings import (
    DEFAULT_PROTECTIVE_MARKING,
    MAX_MARKING_LENGTH,
    REFRESHER_PER_DAY,
    SMALL_NUMBER_THRESHOLDS,
    TEXT_SIZES,
    Settings,
)
from .widgets import buddy, note


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, config: RunConfig, parent: QWidget | None = None, *,
                 secret_file: Path | None = None, organisation_settings: bool = False) -> None:
        """``organisation_settings``: whether the person may change the organisation's settings (the LRS, names
        in learning records, the figures' threshold): only a signed-in manager."""
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(640)
        self._settings = settings
        self._secret_file = secret_file
        # The settings scroll (up and down, never sideways) above the buttons, so at a large text size the
        # dialog still fits the screen and Save stays in view.
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName("Settings")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()

        self.database_edit = QLineEdit(settings.database_url)
        self.database_edit.setPlaceholderText("Empty: the SQLite file in your user data folder")
        self.database_edit.setAccessibleName("Database location")
        self.database_edit.setAccessibleDescription(
            "A SQLite file path or a database URL such as postgresql+psycopg://server/nps. Empty for the default."
        )
        form.addRow(buddy("&Database:", self.database_edit),
                    self._with_browse(self.database_edit, self._browse_database, "Browse for a database file"))

        self.content_edit = QLineEdit(settings.content_dir)
        self.content_edit.setPlaceholderText("Empty: the content that came with NPS Trainer")
        self.content_edit.setAccessibleName("Content folder")
        form.addRow(buddy("&Content folder:", self.content_edit),
                    self._with_browse(self.content_edit, self._browse_content, "Browse for a content folder"))

        self.text_size_combo = QComboBox()
        for key in TEXT_SIZES:
            self.text_size_combo.addItem(key.capitalize(), key)
        self.text_size_combo.setCurrentIndex(list(TEXT_SIZES).index(settings.text_size))
        self.text_size_combo.setAccessibleName("Text size")
        form.addRow(buddy("&Text size:", self.text_size_combo), self.text_size_combo)

        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, 60)
        self.idle_spin.setSuffix(" minutes")
        self.idle_spin.setValue(settings.screening_idle_lock_minutes)
        self.idle_spin.setAccessibleName("Sign out after this many minutes without use")
        form.addRow(buddy("Sign &out after (no use):", self.idle_spin), self.idle_spin)

        self.refresher_spin = QSpinBox()
        self.refresher_spin.setRange(*REFRESHER_PER_DAY)
        self.refresher_spin.setSuffix(" questions")
        self.refresher_spin.setValue(settings.refresher_per_day)
        self.refresher_spin.setAccessibleName("Refresher questions per day")
        self.refresher_spin.setAccessibleDescription(
            "The most questions from earlier quizzes the daily refresher asks; the rest wait for the next day")
        form.addRow(buddy("Refresher &questions per day:", self.refresher_spin), self.refresher_spin)

        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(*SMALL_NUMBER_THRESHOLDS)
        self.threshold_spin.setValue(settings.small_number_threshold)
        self.threshold_spin.setAccessibleName("Caseload figures: hide numbers below")
        self.threshold_spin.setAccessibleDescription("Counts from 1 up to one less than this are shown as '<N'")
        form.addRow(buddy("Figures: &hide numbers below:", self.threshold_spin), self.threshold_spin)

        self.marking_edit = QLineEdit(settings.protective_marking)
        self.marking_edit.setMaxLength(MAX_MARKING_LENGTH)
        self.marking_edit.setPlaceholderText("Empty: no marking")
        self.marking_edit.setAccessibleName("Protective marking on screening summaries")
        self.marking_edit.setAccessibleDescription(
            f"Printed at the top and foot of every page of a screening summary; {DEFAULT_PROTECTIVE_MARKING} "
            "unless your organisation uses another")
        form.addRow(buddy("Protective &marking:", self.marking_edit), self.marking_edit)
        layout.addLayout(form)

        lrs = QGroupBox("Learning records (xAPI)")
        lrs_form = QFormLayout(lrs)
        self.base_iri_edit = QLineEdit(settings.xapi_base_iri)
        self.base_iri_edit.setPlaceholderText("Empty: https://nps-trainer.example/org")
        lrs_form.addRow(buddy("Organisation's &address:", self.base_iri_edit), self.base_iri_edit)
        self.lrs_edit = QLineEdit(settings.lrs_endpoint)
        self.lrs_edit.setPlaceholderText("Empty: no LRS; records wait and can be exported")
        lrs_form.addRow(buddy("&LRS address:", self.lrs_edit), self.lrs_edit)
        self.lrs_key_edit = QLineEdit(settings.lrs_key)
        lrs_form.addRow(buddy("LRS &key:", self.lrs_key_edit), self.lrs_key_edit)
        self.lrs_secret_edit = QLineEdit(self._read_secret())
        self.lrs_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        lrs_form.addRow(buddy("LRS s&ecret:", self.lrs_secret_edit), self.lrs_secret_edit)
        self.actor_names_check = QCheckBox("&Include people's names in learning records (off: a stable id only)")
        self.actor_names_check.setChecked(settings.xapi_actor_names)
        lrs_form.addRow(self.actor_names_check)
        layout.addWidget(lrs)
        self._endpoint_at_start = settings.lrs_endpoint
        self.lrs_edit.textEdited.connect(self._endpoint_edited)
        for widget in (self.threshold_spin, self.marking_edit, lrs):
            widget.setEnabled(organisation_settings)
        if not organisation_settings:
            self.lrs_secret_edit.clear()  # not even held, hidden, in a field
            layout.addWidget(note("Only a manager, signed in, can change the figures' threshold, the protective "
                                  "marking and the learning record store."))

        overridden = [what for what, source in (("database", config.database_source),
                                                ("content folder", config.content_source))
                      if source in ("command line", "environment")]
        text = (f"In use now: database {_display_url(config.database_url)} "
                f"({config.database_source}); content {config.content_dir} ({config.content_source}).\n\n"
                "Changes to the database or content folder take effect when NPS Trainer next starts.")
        if overridden:
            text += f" This run's {' and '.join(overridden)} came from the command line or environment, " \
                    "which take precedence over these settings."
        layout.addWidget(note(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._fit_to_screen(body, buttons)

    def _fit_to_screen(self, body: QWidget, buttons: QWidget) -> None:
        """As big as the settings need, but no bigger than the screen: the settings scroll if it is too small."""
        scrollbar = QApplication.style().pixelMetric(QApplication.style().PixelMetric.PM_ScrollBarExtent)
        self.scroll.setMinimumWidth(body.minimumSizeHint().width() + scrollbar)
        margins = self.layout().contentsMargins()
        width = max(self.minimumWidth(), body.sizeHint().width() + scrollbar) + margins.left() + margins.right()
        height = (body.sizeHint().height() + buttons.sizeHint().height() + self.layout().spacing()
                  + margins.top() + margins.bottom())
        screen = (self.parentWidget().screen() if self.parentWidget() is not None
                  else QGuiApplication.primaryScreen())
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width()), min(height, room.height() - 40)  # 40: the title bar
        self.resize(width, height)

    def _with_browse(self, edit: QLineEdit, slot, accessible: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton("Browse…")
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        row.addWidget(button)
        return box

    def _browse_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Database file", str(Path.home()),
                                              "SQLite database (*.sqlite3 *.db);;All files (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database_edit.setText(path)

    def _browse_content(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Content folder", str(Path.home()))
        if path:
            self.content_edit.setText(path)

    def _endpoint_edited(self, _text: str) -> None:
        """A new LRS address never inherits the old one's secret: it must be entered for the new address."""
        if self.lrs_secret_edit.text() == self._read_secret():
            self.lrs_secret_edit.clear()

    def _read_secret(self) -> str:
        if self._secret_file is None:
            return ""
        from ..learning_records.config import read_secret

        return read_secret(self._secret_file)

    def accept(self) -> None:
        """Save only values the app can use: a malformed one is refused, naming the field."""
        from ..learning_records.config import endpoint_problem
        from ..learning_records.iris import base_problem

        base, endpoint = self.base_iri_edit.text().strip(), self.lrs_edit.text().strip()
        for label, edit, problem in (
            ("Database", self.database_edit, database_problem(self.database_edit.text().strip())),
            ("Organisation's address", self.base_iri_edit, base_problem(base) if base else None),
            ("LRS address", self.lrs_edit, endpoint_problem(endpoint) if endpoint else None),
        ):
            if problem is not None:
                from . import messages

                messages.warn(self, "Settings not saved", f"{label}: {problem}")
                edit.setFocus()
                edit.selectAll()
                return
        super().accept()

    def apply(self) -> None:
        """Copy the dialog's values into the settings object (the caller saves)."""
        self._settings.database_url = self.database_edit.text().strip()
        self._settings.content_dir = self.content_edit.text().strip()
        self._settings.text_size = self.text_size_combo.currentData()
        self._settings.screening_idle_lock_minutes = self.idle_spin.value()
        self._settings.refresher_per_day = self.refresher_spin.value()
        self._settings.small_number_threshold = self.threshold_spin.value()
        self._settings.protective_marking = " ".join(self.marking_edit.text().split())
        self._settings.xapi_base_iri = self.base_iri_edit.text().strip()
        self._settings.lrs_endpoint = self.lrs_edit.text().strip()
        self._settings.lrs_key = self.lrs_key_edit.text().strip()
        self._settings.xapi_actor_names = self.actor_names_check.isChecked()

    def save_secret(self) -> None:
        """Write the LRS secret to its own owner-only file (removed when empty). Raises OSError."""
        if not self.lrs_secret_edit.isEnabled():
            return
        if self._secret_file is not None and self.lrs_secret_edit.text().strip() != self._read_secret():
            from ..learning_records.config import write_secret

            write_secret(self._secret_file, self.lrs_secret_edit.text().strip())


def database_problem(value: str) -> str | None:
    """Why the Database field's value cannot be used, parsed as the app parses it; None when it can (empty
    means the default file)."""
    if not value:
        return None
    if "://" not in value:
        try:
            path = Path(value).expanduser()
        except RuntimeError:  # ~name of a user with no home folder
            return f"{value} names a home folder that does not exist on this computer. Enter a full path."
        if path.is_dir():
            return f"{path} is a folder. Enter the path of a database file in it, such as {path / 'nps.sqlite3'}."
        return None
    from ..storage.engine import check_url
    from ..storage.errors import StorageError

    try:
        check_url(value, advice="Correct it, or leave the field empty to use the file in your user data folder.")
    except StorageError as exc:
        return str(exc)
    return None


def _display_url(url: str) -> str:
    """A SQLite URL as its file path; other URLs without their password."""
    from ..storage.engine import sqlite_path

    path = sqlite_path(url)
    if path is not None:
        return str(path)
    scheme, _, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    return f"{scheme}://{credentials.split(':', 1)[0]}{at}{host}" if at else url
