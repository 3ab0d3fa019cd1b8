"""The line of facts at the top of every summary page is drawn inside the page: a long one wraps onto two lines
(the body moves down), and a 40-character case reference is shown whole. Checked on the PDF as drawn, with the
word boxes pdftotext reports (the text layer alone would still hold words drawn off the page)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from nps_trainer.ui.documents import pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

MM_TO_PT = 72 / 25.4
LONG_FACTS = ("Case reference CRN Z9876543 EXTRA · Practitioner Samantha Kowalczyk-Whitworth · "
              "Screening date 6 December 2026")


def _words(path: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) of every word on page 1, in points."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    root = ElementTree.fromstring(out.split("<!DOCTYPE", 1)[0] + out[out.index("<html"):]
                                  if "<!DOCTYPE" in out else out)
    found = []
    for element in root.iter():
        if element.tag.endswith("word"):
            found.append((element.text or "", float(element.get("xMin")), float(element.get("yMin")),
                          float(element.get("xMax")), float(element.get("yMax"))))
    return found


def _page_width(path: Path) -> float:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in out.splitlines() if line.startswith("Page size:"))
    return float(size.split()[2])


def _write(tmp_path: Path, facts: str) -> Path:
    target = tmp_path / "summary.pdf"
    pdf.write_pdf("<p>BODYSTART first line of the body.</p>", target, "Summary",
                  marks=pdf.PageMarks(marking="OFFICIAL-SENSITIVE", facts=facts, footer="Summary"))
    return target


def _fact_words(path: Path, facts: str) -> list[tuple[str, float, float, float, float]]:
    """The words of the facts as drawn (the '·' between facts is left out: a break between lines drops it)."""
    wanted = [w for w in facts.split() if w != "·"]
    words = [w for w in _words(path) if w[0] != "·"]
    start = next(i for i, w in enumerate(words) if w[0] == wanted[0])
    return words[start:start + len(wanted)]


def test_a_long_line_of_facts_wraps_onto_two_lines_inside_the_page(qapp, tmp_path: Path) -> None:
    target = _write(tmp_path, LONG_FACTS)
    width = _page_width(target)
    margin = pdf.MARGIN_MM * MM_TO_PT
    words = _fact_words(target, LONG_FACTS)
    assert [w[0] for w in words] == LONG_FACTS.replace(" ·", "").split()  # every word, none cut ("ase", "202")
    for word, x_min, _y, x_max, _y2 in words:
        assert margin - 1 <= x_min and x_max <= width - margin + 1, f"{word!r} drawn outside the printable width"
    lines = sorted({round(w[2]) for w in words})
    assert len(lines) == 2
    body = next(w for w in _words(target) if w[0] == "BODYSTART")
    assert body[2] > max(w[4] for w in words)  # the body starts below the second line


def test_a_short_line_of_facts_stays_on_one_line(qapp, tmp_path: Path) -> None:
    facts = "Case reference X1 · Practitioner Al · Screening date 6 December 2026"
    words = _fact_words(_write(tmp_path, facts), facts)
    assert len({round(w[2]) for w in words}) == 1


def test_a_40_character_case_reference_is_shown_whole(qapp, tmp_path: Path) -> None:
    reference = "CRN-ABCDEFGHIJ-KLMNOPQRST-UVWXYZ-0123456"
    assert len(reference) == 40
    facts = (f"Case reference {reference} · Practitioner Samantha Kowalczyk-Whitworth-Montgomery · "
             "Screening date 16 December 2026")
    target = _write(tmp_path, facts)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert reference in text
    width = _page_width(target)
    margin = pdf.MARGIN_MM * MM_TO_PT
    for word, x_min, _y, x_max, _y2 in _fact_words(target, facts):
        assert margin - 1 <= x_min and x_max <= width - margin + 1, word


def test_fact_lines_fit_the_width_and_shorten_only_what_two_lines_cannot_hold(qapp) -> None:
    font = QFont()
    font.setPointSizeF(pdf.MARKS_POINT_SIZE)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(LONG_FACTS) * 0.75
    lines = pdf.fact_lines(LONG_FACTS, metrics, width)
    assert len(lines) == 2 and all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert lines[0].startswith("Case reference CRN Z9876543 EXTRA")
    assert "…" not in "".join(lines) and " · ".join(lines).split() == LONG_FACTS.split()
    tiny = pdf.fact_lines(LONG_FACTS, metrics, metrics.horizontalAdvance(LONG_FACTS) * 0.3)
    assert len(tiny) == 2 and tiny[-1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= metrics.horizontalAdvance(LONG_FACTS) * 0.3 for line in tiny)
    assert pdf.fact_lines("", metrics, width) == []
