"""Anonymised counts for managers: screenings by month, by substance category and flags raised.

Read from the plain columns only, so no passphrase is needed and no record is decrypted."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...screening import FormLibrary
from ...screening_records import AnonymisedCounts, anonymised_counts
from ...screening_records.counts import SUBSTANCE_CATEGORY_ITEM
from ...storage.database import Database
from ..widgets import heading, note


def _month(text: str) -> str:
    try:
        return dt.datetime.strptime(text, "%Y-%m").strftime("%B %Y")
    except ValueError:
        return "Date not known" if text == "unknown" else text


def _table(title: str, rows: list[tuple[str, int]], empty: str) -> str:
    if not rows:
        return f"<h3>{escape(title)}</h3><p>{escape(empty)}</p>"
    body = "".join(f"<tr><td>{escape(label)}</td><td align='right'>{count}</td></tr>" for label, count in rows)
    return (f"<h3>{escape(title)}</h3><table border='1' cellspacing='0' cellpadding='4'>"
            f"<tr><th align='left'>{escape(title)}</th><th>Screenings</th></tr>{body}</table>")


class CountsPage(QWidget):
    def __init__(self, database: Database, forms: FormLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.category_labels: dict[str, str] = {"declined": "Declined to answer", "not_known": "Not known"}
        self.flag_titles: dict[str, str] = {}
        for form in forms.forms.values():
            if form.has_item(SUBSTANCE_CATEGORY_ITEM):
                self.category_labels.update({c.id: c.label for c in form.item(SUBSTANCE_CATEGORY_ITEM).choices})
            self.flag_titles.update({rule.id: rule.title for rule in form.flags})
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Anonymised counts", 2))
        layout.addWidget(note("Finished screenings across every profile on this computer, counted without "
                              "decrypting any record: no case references or answers are shown."))
        self.text = QTextBrowser()
        self.text.setAccessibleName("Anonymised counts")
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.refresh_button = QPushButton("&Refresh counts")
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.counts: AnonymisedCounts | None = None

    def refresh(self) -> None:
        counts = anonymised_counts(self.database)
        self.counts = counts
        parts = [f"<p><b>Finished screenings: {counts.records}</b></p>",
                 _table("Month", [(_month(m), n) for m, n in counts.by_month.items()], "None yet."),
                 _table("Substance category", [(self.category_labels.get(c, c), n)
                                               for c, n in counts.by_substance_category.items()],
                        "No substances recorded."),
                 _table("Flag raised", [(self.flag_titles.get(f, f), n) for f, n in counts.flags_raised.items()],
                        "No flags raised.")]
        self.text.setHtml("".join(parts))
