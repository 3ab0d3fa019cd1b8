"""Scenario for the AT-SPI reader test: the app signed in (real services on a SQLite file in the user folders
the test points XDG_* at), the Learn page showing the bundled overdose-response module at the section named on
the command line; with --link, focus is put on the first link of that section as Tab puts it there.

    python reader_scenario.py "Recognising an opioid overdose" [--link]
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

APPLICATION = "NPS Trainer reader test"


def tab_to_first_link(window, reader) -> None:
    """Press Tab from the block before the first paragraph with a link, as someone reading would."""
    from PySide6.QtTest import QTest

    from nps_trainer.ui.learn.structured_view import TextBlock

    window.activateWindow()
    # Under load the desktop may activate the window later: a Tab before that, and the activation after it moves
    # the focus again (not by Tab), and the link is no longer the one named.
    QTest.qWaitForWindowActive(window, 10000)
    flow = reader.browser.flow()
    block = next(block for block in flow if isinstance(block, TextBlock) and block.links)
    before = flow[flow.index(block) - 1]
    before.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(before, Qt.Key.Key_Tab)
    print("focused", type(QApplication.focusWidget()).__name__, QApplication.focusWidget().accessibleDescription(),
          flush=True)


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    from nps_trainer.paths import UserPaths
    from nps_trainer.services import build_services
    from nps_trainer.ui.main_window import MainWindow

    services = build_services(UserPaths.default())
    window = MainWindow(services)
    window.resize(1300, 740)
    window.show()
    profiles = services.profiles.list()  # the second run finds the first run's profile
    window.use_profile(profiles[0] if profiles else services.profiles.create("Sam", "practitioner"))
    learn = window.show_section("learn")
    learn.open_module("overdose-response")
    reader = learn.reader
    title = sys.argv[1]
    index = next(i for i, section in enumerate(reader.module.sections) if section.title == title)
    reader.show_position(index)
    if reader.pages.currentWidget() is not reader.browser:  # a content warning first: read on
        reader.warning_panel.show_button.click()
    if "--link" in sys.argv:
        QTimer.singleShot(1500, lambda: tab_to_first_link(window, reader))
    print("ready", flush=True)
    code = app.exec()
    services.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
