"""``nps-trainer report team --pdf FILE``: a manager signs in from a passphrase file and gets the team report,
whose charts are vector drawings: their titles, axis labels and values read back from the PDF as text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from tests.team.helpers import PASSPHRASE
from tests.team.test_charts_data import fill_team

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _command(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("DISPLAY", None)  # as from a scheduled job: the command must manage without a display
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "nps_trainer", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=300)


@pytest.fixture
def team_database(tmp_path: Path, user_paths: UserPaths) -> str:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    services = build_services(user_paths, database=url)
    try:
        fill_team(services)
    finally:
        services.close()
    return url


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_report_team_writes_a_pdf_with_vector_charts(tmp_path: Path, team_database: str) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / "team-report.pdf"

    result = _command("report", "team", "--pdf", str(target), "--database", team_database,
                      "--passphrase-file", str(secret), cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert f"to {target}" in result.stdout
    text = _pdf_text(target)
    # The report's own text.
    for expected in ("Team training report", "Probation, North", "Morgan Manager (manager)", "Team summary",
                     "Caseload figures", "People screened"):
        assert expected in text, f"{expected!r} not in the PDF"
    # Text inside the charts (titles, axis labels, values): drawn as vectors, so it reads back as text.
    for expected in ("Completion by module", "Completion by team", "Assessed quiz pass rates",
                     "Overdue training over time", "Screenings by month", "Flags raised",
                     "People who have completed it and are up to date (%)",
                     "Module places completed and up to date (%)", "Items overdue",
                     "Screenings that raised the flag", "hidden to protect privacy", "50%", "75%"):
        assert expected in text, f"{expected!r} not in the PDF"
    images = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) <= 2, f"the PDF holds bitmaps: {images}"  # the header lines only
    assert oct(target.stat().st_mode & 0o777) == "0o600"  # staff records: owner-only


def test_report_team_refuses_a_wrong_passphrase(tmp_path: Path, team_database: str) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text("not the right passphrase at all\n", encoding="utf-8")
    target = tmp_path / "team-report.pdf"
    result = _command("report", "team", "--pdf", str(target), "--database", team_database,
                      "--passphrase-file", str(secret), cwd=tmp_path)
    assert result.returncode == 2
    assert "nps-trainer:" in result.stderr
    assert not target.exists()


def test_report_team_checks_the_folder_first(tmp_path: Path, team_database: str) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = _command("report", "team", "--pdf", str(tmp_path / "missing" / "team.pdf"), "--database",
                      team_database, "--passphrase-file", str(secret), cwd=tmp_path)
    assert result.returncode == 2
    assert "the folder" in result.stderr and "does not exist" in result.stderr
