"""Run as a separate process (as a user without root's powers) by the read-only config folder test: choose a
profile, then save a text size in Settings. Prints a JSON summary of what the window showed."""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    from nps_trainer.services import build_services
    from nps_trainer.ui import messages, settings_dialog
    from nps_trainer.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    shown: list[list[str]] = []
    messages.inform = lambda _p, title, text: shown.append(["inform", title, text])
    messages.warn = lambda _p, title, text: shown.append(["warn", title, text])

    def run(dialog: settings_dialog.SettingsDialog) -> QDialog.DialogCode:
        dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData("large"))
        return QDialog.DialogCode.Accepted

    settings_dialog.SettingsDialog.exec = run  # type: ignore[method-assign]
    services = build_services()
    try:
        window = MainWindow(services)
        window.show()
        window.use_profile(services.profiles.create("Sam K.", "practitioner"))
        in_sections = window.stack.currentWidget() is window.workspace
        window.open_settings()
        app.processEvents()
        print(json.dumps({"in_sections": in_sections, "sections": window.nav.count(), "messages": shown,
                          "point_size": QApplication.font().pointSize()}))
        window.close()
    finally:
        services.close()


if __name__ == "__main__":
    main()
