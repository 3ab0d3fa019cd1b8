"""The one PDF path: SVG drawings stay vector (their text reads back), facts go into the XMP metadata, bad input
is refused before anything is written, and a command line can get a Qt application without a display."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from nps_trainer.ui.documents import pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

CHART = (b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">'
         b'<rect x="2" y="2" width="196" height="96" fill="#cfe0f0" stroke="#003366"/>'
         b'<text x="16" y="56" font-size="18" font-family="sans-serif">Completion by module</text></svg>')


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_an_svg_drawing_is_vector_and_its_text_reads_back(qapp, tmp_path: Path) -> None:
    target = tmp_path / "chart.pdf"
    html = '<h1>Team report</h1><p><img src="svg:chart" width="400" height="200"></p><p>Below the chart</p>'
    pdf.write_pdf(html, target, "Team report", svgs={"chart": CHART})
    text = _text(target)
    assert "Team report" in text and "Completion by module" in text and "Below the chart" in text
    images = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True)
    assert len(images.stdout.strip().splitlines()) == 2, "only the header lines: no bitmap in the PDF"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_drawing_takes_the_size_the_html_gives(qapp, tmp_path: Path) -> None:
    """The same drawing at two widths: its label's glyphs are twice as wide on the larger one."""
    widths = {}
    for width in (200, 400):
        target = tmp_path / f"w{width}.pdf"
        pdf.write_pdf(f'<img src="svg:chart" width="{width}" height="{width // 2}">', target, "Size",
                      svgs={"chart": CHART})
        box = subprocess.run(["pdftotext", "-bbox", str(target), "-"], capture_output=True, text=True,
                             check=True).stdout
        found = re.search(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">Completion<', box)
        assert found, box
        widths[width] = float(found[2]) - float(found[1])
    assert widths[400] == pytest.approx(2 * widths[200], rel=0.05)


def test_metadata_goes_into_the_xmp_and_reads_back(qapp, tmp_path: Path) -> None:
    target = tmp_path / "meta.pdf"
    facts = '{"name":"Ann <O\'Neil> & co","score":0.9}'
    pdf.write_pdf("<p>Certificate</p>", target, "A certificate", metadata={"facts": facts, "code": "ABCDE"})
    xmp = subprocess.run(["pdfinfo", "-meta", str(target)], capture_output=True, text=True, check=True).stdout
    assert pdf.metadata_from_xmp(xmp) == {"facts": facts, "code": "ABCDE"}
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "A certificate" in info and "NPS Trainer" in info


def test_an_svg_named_but_not_given_is_refused_and_nothing_is_left(qapp, tmp_path: Path) -> None:
    target = tmp_path / "missing.pdf"
    with pytest.raises(ValueError, match="'qr'"):
        pdf.write_pdf('<img src="svg:qr" width="10" height="10">', target, "Missing")
    assert sorted(tmp_path.iterdir()) == []


def test_an_unreadable_svg_or_a_bad_metadata_key_is_refused(qapp, tmp_path: Path) -> None:
    target = tmp_path / "bad.pdf"
    target.write_bytes(b"%PDF earlier copy")
    with pytest.raises(ValueError, match="'chart' is not a readable SVG"):
        pdf.write_pdf('<img src="svg:chart">', target, "Bad", svgs={"chart": b"<not svg"})
    with pytest.raises(ValueError, match="not an XML name"):
        pdf.write_pdf("<p>x</p>", target, "Bad", metadata={"two words": "x"})
    assert target.read_bytes() == b"%PDF earlier copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.pdf"]


def test_ensure_gui_application_returns_the_running_application(qapp) -> None:
    assert pdf.ensure_gui_application() is qapp


def test_a_command_line_without_a_display_gets_an_offscreen_application(tmp_path: Path) -> None:
    """Offscreen without a display; and a QApplication, so a process that ran a command (a test calling
    ``main``) can still make widgets afterwards."""
    target = tmp_path / "cli.pdf"
    script = ("import sys; from pathlib import Path; from nps_trainer.ui.documents import pdf; "
              "app = pdf.ensure_gui_application(); print(app.platformName()); "
              "pdf.write_pdf('<p>From the command line</p>', Path(sys.argv[1]), 'CLI'); "
              "from PySide6.QtWidgets import QLabel; QLabel('widgets still work after a command')")
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True,
                            env=environment, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "offscreen"
    assert "From the command line" in _text(target)
