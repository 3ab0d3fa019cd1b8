"""The certificate PDF read back: one A4 page with the facts and ``Verification code: CODE``, the QR code drawn as
vectors and holding the signed facts, and the same signed facts in the metadata, checked with the public key."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from nps_trainer.team import certificates as certs
from nps_trainer.ui.documents import certificate_pdf, pdf
from tests.team.helpers import make_manager, make_person
from tests.team.records_data import days_ago, module_record, quiz_attempt

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def issued(services):
    manager = make_manager(services)
    person = make_person(services, "Siobhán O'Connor-Ward")
    module_record(services, person.id, "naloxone-probation", completed=days_ago(3))
    quiz_attempt(services, person.id, "naloxone-probation", 87.5, seconds=1500)
    return services.certificates.issue(manager, person.id, "quiz", "naloxone-probation")


def test_the_certificate_reads_back_with_its_facts_and_code(qapp, services, issued, tmp_path: Path) -> None:
    target = tmp_path / certificate_pdf.file_name(issued)
    certificate_pdf.write_certificate_pdf(issued, target)
    text = " ".join(_run("pdftotext", str(target), "-").split())
    assert f"Verification code: {issued.code}" in text
    for expected in ("NPS TRAINER", "Certificate of completion", "Siobhán O'Connor-Ward",
                     "has passed the assessed quiz", "Check your learning: naloxone and probation", "88%", "0.5 hours",
                     f"nps-trainer certificate verify {issued.code}", issued.key_id):
        assert expected in text, expected
    info = _run("pdfinfo", str(target))
    assert "Pages:           1" in info and "A4" in info
    images = _run("pdfimages", "-list", str(target)).strip().splitlines()
    assert len(images) == 2, "the QR code is vector, not a bitmap"
    assert target.name.startswith("certificate-Siobh") and target.name.endswith(f"{issued.code}.pdf")


def test_the_metadata_holds_the_signed_facts_which_verify(qapp, services, issued, tmp_path: Path) -> None:
    target = tmp_path / "certificate.pdf"
    certificate_pdf.write_certificate_pdf(issued, target)
    metadata = pdf.metadata_from_xmp(_run("pdfinfo", "-meta", str(target)))
    assert metadata["verification_code"] == issued.code and metadata["certificate_key_id"] == issued.key_id
    public = services.certificates.public_key(metadata["certificate_key_id"])
    checked = certs.verify_document(metadata["certificate_facts"], metadata["certificate_signature"], public)
    assert checked.ok and checked.code == issued.code and checked.facts["name"] == "Siobhán O'Connor-Ward"
    altered = metadata["certificate_facts"].replace('"score":88', '"score":98')
    assert altered != metadata["certificate_facts"]
    assert not certs.verify_document(altered, metadata["certificate_signature"], public).ok


def test_the_qr_code_holds_the_signed_facts(qapp, services, issued, tmp_path: Path) -> None:
    """Decoded from a 150 dpi rendering of the page, as a phone would read a printed copy."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PySide6.QtGui import QImage

    target = tmp_path / "certificate.pdf"
    certificate_pdf.write_certificate_pdf(issued, target)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(target), str(tmp_path / "page")],
                   check=True)
    image = QImage(str(tmp_path / "page.png")).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    bits = bytes(image.constBits())
    pixels = b"".join(bits[y * stride:y * stride + width] for y in range(height))
    found = zxingcpp.read_barcodes(zxingcpp.ImageView(pixels, width, height, zxingcpp.ImageFormat.Lum))
    assert len(found) == 1
    facts_json, signature, _key_id = certs.read_document_payload(found[0].text)
    assert certs.verify_document(facts_json, signature, services.certificates.public_key(issued.key_id)).ok


def test_a_long_name_and_title_still_fit_on_one_page(qapp, services, tmp_path: Path) -> None:
    manager = make_manager(services)
    name = "Wolfgang Amadeus Theophilus Bartholomew Montgomery-Fitzwilliam-Smythe Junior"[:80]
    person = make_person(services, name)
    from nps_trainer.team.paths import load_paths

    path = next(p for p in load_paths(services.config.content_dir)[0] if p.id == "facilitator-group-work")
    for kind, item_id in path.items:
        if kind == "module":
            module_record(services, person.id, item_id, completed=days_ago(10))
        else:
            quiz_attempt(services, person.id, item_id, 100.0, day=days_ago(9), seconds=3000)
    issued = services.certificates.issue(manager, person.id, "path", "facilitator-group-work")
    assert pdf.page_count(certificate_pdf.certificate_html(issued), svgs={"qr": b"<svg xmlns='http://www.w3.org/2000/svg'"
                          b" width='10' height='10'/>"}) > 1, "at full spacing this would not fit: the test tests"
    target = tmp_path / "long.pdf"
    certificate_pdf.write_certificate_pdf(issued, target)
    assert "Pages:           1" in _run("pdfinfo", str(target))
    text = " ".join(_run("pdftotext", str(target), "-").split())
    assert f"Verification code: {issued.code}" in text and "has completed the learning path" in text
    assert "Theophilus Bartholomew" in text and "Facilitator foundations" in text
