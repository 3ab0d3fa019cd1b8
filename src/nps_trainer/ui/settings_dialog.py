"""Settings: database location, content folder, text size, sign-out time, refresher questions a day, caseload
figures and the organisation's learning record store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
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
from ..i18n import tr, tr_noop
from ..i18n.choice import system_language
from ..settings import (
    DEFAULT_PROTECTIVE_MARKING,
    MAX_MARKING_LENGTH,
    REFRESHER_PER_DAY,
    SMALL_NUMBER_THRESHOLDS,
    TEXT_SIZES,
    Settings,
)
from .widgets import WrappingCheckBox, buddy, note

#: The languages, each named in itself (never translated: a Welsh speaker looks for "Cymraeg" in any interface).
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}

#: The text sizes' names in the list (keys as in settings.TEXT_SIZES), shown as tr(label).
TEXT_SIZE_LABELS = {"small": tr_noop("Small"), "normal": tr_noop("Normal"), "large": tr_noop("Large"),
                    "larger": tr_noop("Larger"), "largest": tr_noop("Largest")}
#: Where this run's database and content folder came from (RunConfig's sources), shown as tr(label).
SOURCE_LABELS = {"command line": tr_noop("command line"), "environment": tr_noop("environment"),
                 "settings": tr_noop("settings"), "default": tr_noop("default")}


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, config: RunConfig, parent: QWidget | None = None, *,
                 secret_file: Path | None = None, organisation_settings: bool = False) -> None:
        """``organisation_settings``: whether the person may change the organisation's settings (the LRS, names
        in learning records, the figures' threshold): only a signed-in manager."""
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(640)
        self._settings = settings
        self._secret_file = secret_file
        # The settings scroll (up and down, never sideways) above the buttons, so at a large text size the
        # dialog still fits the screen and Save stays in view.
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(tr("Settings"))
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()

        self.database_edit = QLineEdit(settings.database_url)
        self.database_edit.setPlaceholderText(tr("Empty: the SQLite file in your user data folder"))
        self.database_edit.setAccessibleName(tr("Database location"))
        self.database_edit.setAccessibleDescription(
            tr("A SQLite file path or a database URL such as postgresql+psycopg://server/nps. Empty for the default.")
        )
        form.addRow(buddy(tr("&Database:"), self.database_edit),
                    self._with_browse(self.database_edit, self._browse_database, tr("Browse for a database file")))

        self.content_edit = QLineEdit(settings.content_dir)
        self.content_edit.setPlaceholderText(tr("Empty: the content that came with NPS Trainer"))
        self.content_edit.setAccessibleName(tr("Content folder"))
        form.addRow(buddy(tr("&Content folder:"), self.content_edit),
                    self._with_browse(self.content_edit, self._browse_content, tr("Browse for a content folder")))

        self.text_size_combo = QComboBox()
        for key in TEXT_SIZES:
            label = TEXT_SIZE_LABELS.get(key)
            self.text_size_combo.addItem(tr(label) if label else key.capitalize(), key)
        self.text_size_combo.setCurrentIndex(list(TEXT_SIZES).index(settings.text_size))
        self.text_size_combo.setAccessibleName(tr("Text size"))
        form.addRow(buddy(tr("&Text size:"), self.text_size_combo), self.text_size_combo)

        self.language_combo = QComboBox()
        # Each language is named in itself, so that someone who does not read the current one can still find theirs.
        self.language_combo.addItem(tr("As the system (now: {language})").format(
            language=LANGUAGE_NAMES[system_language()]), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_combo.setAccessibleName(tr("Language"))
        self.language_combo.setAccessibleDescription(tr(
            "English or Cymraeg. The change shows when NPS Trainer starts again. The Welsh has not yet been reviewed "
            "by a Welsh speaker."))  # the same words are shown under it (language_note)
        form.addRow(buddy(tr("La&nguage:"), self.language_combo), self.language_combo)
        self.language_note = note(tr("The change shows when NPS Trainer starts again. The Welsh has not yet been "
                                     "reviewed by a Welsh speaker."))
        form.addRow("", self.language_note)

        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, 60)
        self.idle_spin.setSuffix(tr(" minutes", "after a number in a spin box"))
        self.idle_spin.setValue(settings.screening_idle_lock_minutes)
        self.idle_spin.setAccessibleName(tr("Sign out after this many minutes without use"))
        form.addRow(buddy(tr("Sign &out after (no use):"), self.idle_spin), self.idle_spin)

        self.refresher_spin = QSpinBox()
        self.refresher_spin.setRange(*REFRESHER_PER_DAY)
        self.refresher_spin.setSuffix(tr(" questions", "after a number in a spin box"))
        self.refresher_spin.setValue(settings.refresher_per_day)
        self.refresher_spin.setAccessibleName(tr("Refresher questions per day"))
        self.refresher_spin.setAccessibleDescription(
            tr("The most questions from earlier quizzes the daily refresher asks; the rest wait for the next day"))
        form.addRow(buddy(tr("Refresher &questions per day:"), self.refresher_spin), self.refresher_spin)

        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(*SMALL_NUMBER_THRESHOLDS)
        self.threshold_spin.setValue(settings.small_number_threshold)
        self.threshold_spin.setAccessibleName(tr("Caseload figures: hide numbers below"))
        self.threshold_spin.setAccessibleDescription(tr("Counts from 1 up to one less than this are shown as '<N'"))
        form.addRow(buddy(tr("Figures: &hide numbers below:"), self.threshold_spin), self.threshold_spin)

        self.marking_edit = QLineEdit(settings.protective_marking)
        self.marking_edit.setMaxLength(MAX_MARKING_LENGTH)
        self.marking_edit.setPlaceholderText(tr("Empty: no marking"))
        self.marking_edit.setAccessibleName(tr("Protective marking on screening summaries"))
        self.marking_edit.setAccessibleDescription(
            tr("Printed at the top and foot of every page of a screening summary; {marking} unless your organisation "
               "uses another").format(marking=DEFAULT_PROTECTIVE_MARKING))
        form.addRow(buddy(tr("Protective &marking:"), self.marking_edit), self.marking_edit)
        layout.addLayout(form)

        lrs = QGroupBox(tr("Learning records (xAPI)"))
        lrs_form = QFormLayout(lrs)
        self.base_iri_edit = QLineEdit(settings.xapi_base_iri)
        self.base_iri_edit.setPlaceholderText(tr("Empty: {address}").format(address="https://nps-trainer.example/org"))
        lrs_form.addRow(buddy(tr("Organisation's &address:"), self.base_iri_edit), self.base_iri_edit)
        self.lrs_edit = QLineEdit(settings.lrs_endpoint)
        self.lrs_edit.setPlaceholderText(tr("Empty: no LRS; records wait and can be exported"))
        lrs_form.addRow(buddy(tr("&LRS address:"), self.lrs_edit), self.lrs_edit)
        self.lrs_key_edit = QLineEdit(settings.lrs_key)
        lrs_form.addRow(buddy(tr("LRS &key:"), self.lrs_key_edit), self.lrs_key_edit)
        self.lrs_secret_edit = QLineEdit(self._read_secret())
        self.lrs_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        lrs_form.addRow(buddy(tr("LRS s&ecret:"), self.lrs_secret_edit), self.lrs_secret_edit)
        # wraps rather than widening the dialog past a small screen (Welsh, 200% text)
        self.actor_names_check = WrappingCheckBox(
            tr("&Include people's names in learning records (off: a stable id only)"))
        self.actor_names_check.setAccessibleName(self.actor_names_check.full_text().replace("&", ""))
        self.actor_names_check.setChecked(settings.xapi_actor_names)
        lrs_form.addRow(self.actor_names_check)
        layout.addWidget(lrs)
        self._endpoint_at_start = settings.lrs_endpoint
        self.lrs_edit.textEdited.connect(self._endpoint_edited)
        for widget in (self.threshold_spin, self.marking_edit, lrs):
            widget.setEnabled(organisation_settings)
        if not organisation_settings:
            self.lrs_secret_edit.clear()  # not even held, hidden, in a field
            layout.addWidget(note(tr("Only a manager, signed in, can change the figures' threshold, the protective "
                                     "marking and the learning record store.")))
        layout.addWidget(note(in_use_text(config)))
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
        button = QPushButton(tr("Browse…"))
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        row.addWidget(button)
        return box

    def _browse_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Database file"), str(Path.home()),
                                              tr("SQLite database (*.sqlite3 *.db);;All files (*)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database_edit.setText(path)

    def _browse_content(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Content folder"), str(Path.home()))
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
            (tr("Database"), self.database_edit, database_problem(self.database_edit.text().strip())),
            (tr("Organisation's address"), self.base_iri_edit, base_problem(base) if base else None),
            (tr("LRS address"), self.lrs_edit, endpoint_problem(endpoint) if endpoint else None),
        ):
            if problem is not None:
                from . import messages

                messages.warn(self, tr("Settings not saved"), f"{label}: {problem}")
                edit.setFocus()
                edit.selectAll()
                return
        super().accept()

    def apply(self) -> None:
        """Copy the dialog's values into the settings object (the caller saves)."""
        self._settings.database_url = self.database_edit.text().strip()
        self._settings.content_dir = self.content_edit.text().strip()
        self._settings.text_size = self.text_size_combo.currentData()
        self._settings.language = self.language_combo.currentData()
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
            return tr("{value} names a home folder that does not exist on this computer. Enter a full path.").format(
                value=value)
        if path.is_dir():
            return tr("{path} is a folder. Enter the path of a database file in it, such as {example}.").format(
                path=path, example=path / "nps.sqlite3")
        if path.exists() and not path.is_file():
            return tr("{path} is not a file (a named pipe or a device). Enter the path of a database file.").format(
                path=path)
        return None
    from ..storage.engine import check_url
    from ..storage.errors import StorageError

    try:
        check_url(value, advice=tr("Correct it, or leave the field empty to use the file in your user data folder."))
    except StorageError as exc:
        return str(exc)
    return None


def in_use_text(config: RunConfig) -> str:
    """What this run uses, where each came from, and when changes take effect."""
    database_source, content_source = config.database_source, config.content_source
    database_label = SOURCE_LABELS.get(database_source, database_source)
    content_label = SOURCE_LABELS.get(content_source, content_source)
    text = tr("In use now: database {database} ({database_source}); content {content} ({content_source}).").format(
        database=_display_url(config.database_url), database_source=tr(database_label),
        content=config.content_dir, content_source=tr(content_label))
    text += "\n\n" + tr("Changes to the database or content folder take effect when NPS Trainer next starts.")
    database_given, content_given = (source in ("command line", "environment")
                                     for source in (database_source, content_source))
    if database_given and content_given:
        text += " " + tr("This run's database and content folder came from the command line or environment, which "
                         "take precedence over these settings.")
    elif database_given:
        text += " " + tr("This run's database came from the command line or environment, which take precedence "
                         "over these settings.")
    elif content_given:
        text += " " + tr("This run's content folder came from the command line or environment, which take "
                         "precedence over these settings.")
    return text


def _display_url(url: str) -> str:
    """A SQLite URL as its file path; other URLs without their password."""
    from ..storage.engine import sqlite_path

    path = sqlite_path(url)
    if path is not None:
        return str(path)
    scheme, _, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    return f"{scheme}://{credentials.split(':', 1)[0]}{at}{host}" if at else url
