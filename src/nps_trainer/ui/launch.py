"""Starting the desktop app: Qt application, logging, error hook, services, main window."""

from __future__ import annotations

import argparse
import logging
import sys

from ..paths import UserPaths

log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace, paths: UserPaths | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ..logging_setup import configure_logging
    from ..services import build_services
    from ..storage.errors import StorageError
    from .error_dialog import install_excepthook

    paths = paths or UserPaths.default()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("NPS Trainer")
    app.setApplicationDisplayName("NPS Trainer")
    handler = configure_logging(paths.log_file)
    install_excepthook(paths.log_file)
    exit_when_ready = bool(getattr(args, "exit_when_ready", False))
    try:
        services = build_services(
            paths, database=getattr(args, "database", None), content=getattr(args, "content", None)
        )
    except StorageError as exc:
        log.error("Could not open the database: %s", type(exc).__name__)
        print(f"nps-trainer: {exc}", file=sys.stderr)
        if not exit_when_ready:
            from . import messages

            messages.warn(None, "NPS Trainer cannot open its database", str(exc))
        logging.getLogger().removeHandler(handler)
        return 2

    from .main_window import MainWindow

    window = MainWindow(services)
    window.apply_text_size()
    window.show()
    if exit_when_ready:
        # Queued behind the show and paint events: runs once the loop has nothing else to do.
        QTimer.singleShot(0, lambda: app.exit(0) if window.isVisible() else app.exit(1))
    try:
        return app.exec()
    finally:
        services.close()
        logging.getLogger().removeHandler(handler)
        handler.close()
