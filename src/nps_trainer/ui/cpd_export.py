"""Save a CPD record as a PDF and a CSV side by side: for the signed-in person (from Progress), who may choose
to include their reflections, or for someone a manager is looking at (without reflections)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..i18n import tr, tr_noop
from ..profiles import ProfileInfo
from . import messages
from .widgets import buddy, documents_folder, note

TITLE = tr_noop("Save CPD record")


@dataclass(frozen=True)
class CpdOptions:
    folder: Path
    include_reflections: bool


def file_stem(profile: ProfileInfo, today: date) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", profile.display_name.casefold()).strip("-") or "person"
    return f"cpd-record-{slug}-{today.isoformat()}"


class CpdExportDialog(QDialog):
    """Where to save, and (for one's own record) whether to include one's reflections."""

    def __init__(self, parent: QWidget | None, profile: ProfileInfo, allow_reflections: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(TITLE))
        self.setAccessibleName(tr(TITLE))
        form = QFormLayout(self)
        if allow_reflections:
            text = tr("Saves your CPD record, the modules completed, assessed quizzes passed and joint sessions "
                      "attended, with the hours, as a PDF and a CSV file in the folder below.")
        else:
            text = tr("Saves {name}'s CPD record, the modules completed, assessed quizzes passed and joint sessions "
                      "attended, with the hours, as a PDF and a CSV file in the folder below.").format(
                name=profile.display_name)
        form.addRow(note(text))
        self.folder_edit = QLineEdit(str(documents_folder()))
        choose = QPushButton(tr("C&hoose…"))
        choose.setAccessibleName(tr("Choose folder"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        form.addRow(buddy(tr("&Folder:"), self.folder_edit), row)
        self.reflections_box = QCheckBox(tr("Include my &reflections"))
        self.reflections_box.setAccessibleDescription(tr("Your reflections are private unless you include them"))
        if allow_reflections:
            form.addRow(self.reflections_box)
            form.addRow(note(tr("Your reflections stay private unless you tick this.")))
        else:
            self.reflections_box.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Folder for the CPD record"), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def options(self) -> CpdOptions:
        return CpdOptions(Path(self.folder_edit.text().strip()).expanduser(),
                          self.reflections_box.isVisibleTo(self) and self.reflections_box.isChecked())


def ask_options(parent: QWidget | None, profile: ProfileInfo, allow_reflections: bool) -> CpdOptions | None:
    """Ask where to save and whether to include reflections; None if cancelled. Tests replace this."""
    dialog = CpdExportDialog(parent, profile, allow_reflections)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


def save_cpd(services, profile: ProfileInfo, options: CpdOptions, today: date | None = None) -> tuple[Path, Path]:
    """Write the PDF and the CSV; returns their paths. Raises OSError when they cannot be written."""
    from ..team.cpd import build_cpd, cpd_html, write_cpd_csv
    from .documents.pdf import write_pdf

    today = today or date.today()
    if not options.folder.is_dir():
        raise FileNotFoundError(tr("The folder {folder} does not exist.").format(folder=options.folder))
    include = options.include_reflections
    record = build_cpd(services.team_records, profile.id, today, include_reflections=include,
                       joint_sessions=lambda pid: services.joint_sessions.cpd_entries(pid, include_reflections=include))
    stem = file_stem(profile, today)
    pdf_path, csv_path = options.folder / f"{stem}.pdf", options.folder / f"{stem}.csv"
    write_pdf(cpd_html(record), pdf_path, tr("CPD record: {name}").format(name=profile.display_name),
              metadata={"cpd_name": profile.display_name, "cpd_uid": profile.uid, "cpd_made_on": today.isoformat()})
    write_cpd_csv(record, csv_path)
    return pdf_path, csv_path


def export_cpd(parent: QWidget | None, services, profile: ProfileInfo, *, allow_reflections: bool = True) -> None:
    """Ask, then save the CPD record of ``profile``. ``allow_reflections`` offers the reflections choice: only
    when the person is saving their own record."""
    options = ask_options(parent, profile, allow_reflections)
    if options is None:
        return
    if not allow_reflections and options.include_reflections:
        options = CpdOptions(options.folder, False)
    try:
        pdf_path, csv_path = save_cpd(services, profile, options)
    except OSError as exc:
        messages.warn(parent, tr(TITLE), tr("The CPD record could not be saved: {error}").format(
            error=exc.strerror or exc))
        return
    messages.inform(parent, tr(TITLE), tr("The CPD record was saved as\n{pdf}\nand\n{csv}").format(pdf=pdf_path,
                                                                                                  csv=csv_path))
