"""Run as a separate process by the resume test: start a screening through the page, answer a few questions,
then die with SIGKILL (no shutdown, no flush). Prints the record id first."""

from __future__ import annotations

import os
import signal
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from nps_trainer.services import build_services
    from tests.ui.screening_helpers import CASE_REFERENCE, FREE_TEXT, PASSPHRASE, fast_keys

    app = QApplication(sys.argv)
    services = build_services()
    fast_keys(services)
    from nps_trainer.ui.sections.screening import ScreeningSection

    section = ScreeningSection(services, services.profiles.create("Sam K.", "practitioner"))
    section.show()
    section.activate()
    area = section.area
    area.unlock_page.passphrase.setText(PASSPHRASE)
    area.unlock_page.confirm_edit.setText(PASSPHRASE)
    area.unlock_page.submit()
    area.list_page.new_reference.setText(CASE_REFERENCE)
    area.list_page.new_button.click()
    page = area.form_page
    rows = {path: row for view in page.views for path, row in page._all_rows(view).items()}
    consent = rows["consent_share_drug_service"].input.combo
    consent.setCurrentIndex(consent.findText("Yes"))
    use = rows["any_use_past_year"].input.combo
    use.setCurrentIndex(use.findText("Yes"))
    page.views[1].groups["substances"].add_button.click()
    rows = {path: row for view in page.views for path, row in page._all_rows(view).items()}
    category = rows["substances[0].category"].input.combo
    category.setCurrentIndex(category.findText("Heroin"))
    QTest.keyClicks(rows["substances[0].where_with_whom"].input.edit, FREE_TEXT)
    QTest.qWait(600)  # longer than the typing pause: the text is saved by the timer, not by a flush
    app.processEvents()
    print(page.editor.opened.id, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
