"""The summary PDFs: for the case record, and (with consent recorded) for the drug service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ...i18n import tr
from ...screening import ConsentNotRecorded, render_summary_html
from ...screening.render import consent_to_share_recorded, screening_date_text
from ...settings import DEFAULT_PROTECTIVE_MARKING
from .. import messages
from ..documents import pdf
from .editor import RecordEditor

CASE_RECORD = "summary PDF for the case record"  # audit log details (not translated)
DRUG_SERVICE = "summary PDF for the drug service"


class SummaryExporter:
    """``marking``: the protective marking in use now (Settings), printed at the top and foot of every page."""

    def __init__(self, parent: QWidget, marking: Callable[[], str] = lambda: DEFAULT_PROTECTIVE_MARKING) -> None:
        self.parent = parent
        self.marking = marking

    def page_marks(self, editor: RecordEditor) -> pdf.PageMarks:
        """Every page says what it is and whose: the marking, the case reference, the practitioner, the date."""
        facts = [tr("Case reference {reference}", "a page's heading line in a PDF").format(
                     reference=editor.record.case_reference) if editor.record.case_reference else "",
                 tr("Practitioner {name}", "a page's heading line in a PDF").format(
                     name=editor.practitioner) if editor.practitioner else "",
                 f"{editor.form.summary_date_label} {date}"
                 if (date := screening_date_text(editor.form, editor.record, as_of=editor.evaluation_date)) else ""]
        return pdf.PageMarks(marking=self.marking(), facts=" · ".join(fact for fact in facts if fact))

    @staticmethod
    def consent_recorded(editor: RecordEditor) -> bool:
        return consent_to_share_recorded(editor.form, editor.evaluation)

    def export(self, editor: RecordEditor, for_drug_service: bool) -> None:
        heading = editor.form.summary_title  # "Substance use screening summary", or a checklist's own
        lowered = f"{heading[:1].lower()}{heading[1:]}"
        title = tr("Save the drug service summary") if for_drug_service else tr(
            "Save the {title}", "window title; {title}: the summary's name, e.g. 'substance use screening summary'"
        ).format(title=lowered)
        try:
            html = render_summary_html(editor.form, editor.record, for_drug_service=for_drug_service,
                                       as_of=editor.evaluation_date)
        except ConsentNotRecorded as exc:
            messages.warn(self.parent, title, str(exc))
            return
        stamp = dt.date.today().isoformat()
        kind = "drug-service-summary" if for_drug_service else "summary"
        path = pdf.ask_pdf_path(self.parent, title, f"{editor.form.id}-{editor.opened.id}-{kind}-{stamp}.pdf")
        if path is None:
            return
        try:
            pdf.write_pdf(html, path, editor.form.summary_title, marks=self.page_marks(editor))
        except OSError as exc:
            messages.warn(self.parent, title, tr("The PDF could not be saved: {reason}").format(
                reason=exc.strerror or exc))
            return
        if not path.is_file() or path.stat().st_size == 0:
            messages.warn(self.parent, title, tr("The PDF could not be written to {path}.").format(path=path))
            return
        editor.store.record_export(editor.profile_id, editor.opened.id,
                                   DRUG_SERVICE if for_drug_service else CASE_RECORD)
        messages.inform(self.parent, title, tr("The summary was saved to {path}.").format(path=path))
