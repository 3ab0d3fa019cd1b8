"""Starting the desktop app: Qt application, logging, error hook, services, main window."""

from __future__ import annotations

import argparse
import logging
import sys

from ..paths import UserPaths

log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace, paths: UserPaths | None = None) -> int:
    from ..logging_setup import configure_logging
    from ..services import build_services
    from ..storage.errors import StorageError

    paths = paths or UserPaths.default()
    handler = configure_logging(paths.log_file)
    exit_when_ready = bool(getattr(args, "exit_when_ready", False))
    qt: dict[str, object] = {}

    def start_qt() -> None:
        """Load Qt and make the application while the database file is checked on another thread."""
        from PySide6.QtWidgets import QApplication

        from .error_dialog import install_excepthook

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("NPS Trainer")
        app.setApplicationDisplayName("NPS Trainer")
        install_excepthook(paths.log_file)
        qt["app"] = app

    try:
        services = build_services(
            paths, database=getattr(args, "database", None), content=getattr(args, "content", None),
            on_checking=start_qt,
        )
    except StorageError as exc:
        log.error("Could not open the database: %s", type(exc).__name__)
        print(f"nps-trainer: {exc}", file=sys.stderr)
        if not exit_when_ready:
            from . import messages

            if "app" not in qt:
                start_qt()
            messages.warn(None, "NPS Trainer cannot open its database", str(exc))
        logging.getLogger().removeHandler(handler)
        return 2

    from PySide6.QtCore import QTimer

    from .main_window import MainWindow

    app = qt["app"]
    window = MainWindow(services)
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
