"""Settings: database location, content folder and text size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..app_config import RunConfig
from ..settings import TEXT_SIZES, Settings
from .widgets import buddy, note


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, config: RunConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(640)
        self._settings = settings
        layout = QVBoxLayout(self)
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
        layout.addLayout(form)

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
        layout.addWidget(buttons)

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

    def accept(self) -> None:
        """Save only a database location the app can use: a malformed one is refused, naming the field."""
        problem = database_problem(self.database_edit.text().strip())
        if problem is not None:
            from . import messages

            messages.warn(self, "Settings not saved", f"Database: {problem}")
            self.database_edit.setFocus()
            self.database_edit.selectAll()
            return
        super().accept()

    def apply(self) -> None:
        """Copy the dialog's values into the settings object (the caller saves)."""
        self._settings.database_url = self.database_edit.text().strip()
        self._settings.content_dir = self.content_edit.text().strip()
        self._settings.text_size = self.text_size_combo.currentData()
        self._settings.screening_idle_lock_minutes = self.idle_spin.value()


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
