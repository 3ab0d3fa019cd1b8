"""A certificate of completion as a one-page A4 PDF, laid out from the register's signed facts.

The page shows who, what, when, score and hours, the line ``Verification code: CODE`` and how to check it, and a
QR code (drawn as vectors) holding the signed facts, which are also in the PDF's metadata, so a copy can be
checked without the database. Nothing here signs: the PDF can be rebuilt at any time from a register entry.
"""

from __future__ import annotations

import io
from datetime import date
from html import escape
from pathlib import Path

from ...i18n import tr, tr_noop
from ...i18n.dates import long_date
from ...team.certificates import CertificateRecord
from .pdf import page_count, write_pdf

ACCENT = "#1d4e5c"
MUTED = "#555555"
SERIF = "'DejaVu Serif', Georgia, 'Times New Roman', serif"
SANS = "'DejaVu Sans', Arial, Helvetica, sans-serif"
QR_SIZE_PX = 200  # CSS pixels: 53 mm square
QR_NAME = "qr"
SPACINGS = (1.0, 0.7, 0.45, 0.25, 0.1)  # the gaps between lines, tried in turn until the page fits

_COMPLETED = {"module": tr_noop("has completed the module"), "quiz": tr_noop("has passed the assessed quiz"),
              "path": tr_noop("has completed the learning path"), "session": tr_noop("attended the joint session")}


def verify_command(code: str) -> str:
    return f"nps-trainer certificate verify {code}"


def file_name(record: CertificateRecord) -> str:
    """A file name for the PDF: the person, the item and the code, safe on every system."""
    name = "".join(c if c.isalnum() else "-" for c in str(record.facts.get("name", "certificate"))).strip("-")
    return f"certificate-{name or 'person'}-{record.item_id}-{record.code}.pdf"


def write_certificate_pdf(record: CertificateRecord, path: Path) -> None:
    """Write the certificate to ``path`` (owner-only, replacing the file only once it is complete). A long name
    or title takes space from the gaps between the lines, so the certificate stays on one page."""
    svgs = {QR_NAME: qr_svg(record.document_payload())}
    for spacing in SPACINGS:
        html = certificate_html(record, spacing)
        if page_count(html, svgs=svgs) == 1:
            break
    write_pdf(html, path, tr("Certificate of completion: {title}").format(title=record.title), svgs=svgs,
              metadata=record.document_metadata())


def qr_svg(payload: str) -> bytes:
    """The payload as a QR code in SVG (error correction L or better, no quiet zone: the page leaves space round it)."""
    import segno

    out = io.BytesIO()
    segno.make(payload, error="l", micro=False).save(out, kind="svg", xmldecl=False, border=0, dark="#000000")
    return out.getvalue()


def _long_date(iso: str) -> str:
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return escape(str(iso))
    return long_date(day)


def _hours(value: str) -> str:
    hours = str(value)
    return tr("{hours} hour").format(hours=hours) if hours == "1" else tr("{hours} hours").format(hours=hours)


def certificate_html(record: CertificateRecord, spacing: float = 1.0) -> str:
    """The page as HTML; ``spacing`` scales the vertical gaps (1.0: the full design)."""
    facts = record.facts

    def gap(pixels: int) -> str:
        return f"{round(pixels * spacing)}px"

    code = escape(record.code)
    details = [(tr("Completed"), _long_date(facts.get("completed_on", "")))]
    if facts.get("score") is not None:
        details.append((tr("Score"), f"{int(facts['score'])}%"))
    details += [(tr("CPD hours"), escape(_hours(facts.get("hours", "")))),
                (tr("Issued"), _long_date(facts.get("issued_on", "")))]
    labels = "".join(f'<td align="center" style="color: {MUTED}; font-size: 9pt; padding: 0 14px;">'
                     f"{escape(label.upper())}</td>" for label, _ in details)
    values = "".join('<td align="center" style="font-size: 13pt; padding: 2px 14px 0 14px; white-space: nowrap;">'
                     f"{value}</td>" for _, value in details)
    completed = tr(_COMPLETED[record.item_type]) if record.item_type in _COMPLETED else tr("has completed")
    words = {
        "title": tr("Certificate of completion"),
        "certify": tr("This is to certify that"),
        "code": tr("Verification code: <b>{code}</b>").format(code=code),
        "check": tr("To check this certificate, run {command} or ask {organisation} to check the code in its "
                    "register of certificates.").format(
            command="<span style=\"font-family: 'DejaVu Sans Mono', Consolas, monospace;\">"
                    f"{escape(verify_command(record.code))}</span>",
            organisation=escape(str(facts.get("organisation", "")))),
        "qr": tr("The QR code holds the certificate's facts signed with the organisation's Ed25519 key (key ID "
                 "{key}), so a copy can be checked without the register.").format(key=escape(record.key_id)),
    }
    organisation = escape(str(facts.get("organisation", "")))
    return f"""<html><body style="font-family: {SANS}; color: #1a1a1a;">
<table width="100%" cellspacing="0" cellpadding="26"
       style="border-style: double; border-width: 6px; border-color: {ACCENT};">
<tr><td align="center">
<p align="center" style="margin-top: {gap(90)}; font-size: 11pt; color: {ACCENT}; letter-spacing: 3px;">
{organisation.upper()}</p>
<p align="center" style="margin-top: {gap(30)}; font-family: {SERIF}; font-size: 32pt; color: {ACCENT};">
{escape(words["title"])}</p>
<p align="center" style="margin-top: {gap(80)}; font-size: 12pt; color: {MUTED};">{escape(words["certify"])}</p>
<p align="center" style="margin-top: {gap(22)}; font-family: {SERIF}; font-size: 26pt; font-weight: bold;">
{escape(str(facts.get("name", "")))}</p>
<p align="center" style="margin-top: {gap(26)}; font-size: 12pt; color: {MUTED};">{escape(completed)}</p>
<p align="center" style="margin-top: {gap(16)}; font-family: {SERIF}; font-size: 18pt; color: {ACCENT};">
{escape(record.title)}</p>
<table align="center" cellspacing="0" cellpadding="0" style="margin-top: {gap(80)}; margin-bottom: {gap(110)};">
<tr>{labels}</tr><tr>{values}</tr></table>
<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 10px;">
<tr>
<td width="{QR_SIZE_PX + 16}" valign="middle">
<img src="svg:{QR_NAME}" width="{QR_SIZE_PX}" height="{QR_SIZE_PX}"></td>
<td valign="middle" style="padding-left: 18px;">
<p style="font-size: 13pt; margin-bottom: 8px;">{words["code"]}</p>
<p style="font-size: 9.5pt; color: {MUTED}; margin-bottom: 6px;">{words["check"]}</p>
<p style="font-size: 9.5pt; color: {MUTED};">{words["qr"]}</p>
</td></tr></table>
<p style="margin-bottom: {gap(60)};"></p>
</td></tr></table>
</body></html>"""
