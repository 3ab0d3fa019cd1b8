"""Starting the desktop app: Qt application, logging, error hook, services, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import tr
from ..i18n.choice import choose as choose_language
from ..paths import UserPaths
from ..settings import peek_language

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


PROGRAM = "nps-trainer"  # the command's name, before its messages on standard error
APP_ICON = Path(__file__).parent / "icons" / "nps-trainer.svg"
#: The windows' icon: APP_ICON drawn at each size (packaging/make_icons.py --window-icons). Loading the SVG itself
#: loaded Qt's SVG library at start, 1.4 MiB more for an icon only drawn once.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
WINDOW_ICONS = tuple(APP_ICON.with_name(f"nps-trainer-{size}.png") for size in WINDOW_ICON_SIZES)


def window_icon() -> QIcon:
    """The icon every window carries, read from its PNGs when first drawn."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for file in WINDOW_ICONS:
        icon.addFile(str(file))
    return icon


def exit_now(app: QApplication, window: QWidget, failed: list[BaseException]) -> None:
    """--exit-when-ready, once the window is shown and the loop idle: exit 0 if all went well. With
    NPS_TRAINER_REPORT_READY set (benchmarks/bench_startup.py), first print the system's monotonic clock in
    nanoseconds, so that the time to ready can be told apart from the time the process takes to end; a start
    that failed prints nothing of the sort."""
    ready = window.isVisible() and not failed
    if ready and os.environ.get("NPS_TRAINER_REPORT_READY"):
        print(f"ready {time.monotonic_ns()}", flush=True)
    app.exit(0 if ready else 1)


def run_gui(args: argparse.Namespace, paths: UserPaths | None = None) -> int:
    from ..logging_setup import configure_logging
    from ..services import build_services
    from ..storage.errors import StorageError, describe_os_error

    paths = paths or UserPaths.default()
    handler = configure_logging(paths.log_file)
    language = choose_language(getattr(args, "language", None), peek_language(paths.settings_file))
    exit_when_ready = bool(getattr(args, "exit_when_ready", False))
    qt: dict[str, object] = {}
    failed: list[BaseException] = []

    def fail_unwatched(exc: BaseException) -> None:
        """--exit-when-ready: nobody is there to close a dialog, so say what happened and stop with 1."""
        failed.append(exc)
        reason = tr("unexpected error ({kind}); details are in {file}").format(kind=type(exc).__name__,
                                                                              file=paths.log_file)
        print(f"{PROGRAM}: {reason}", file=sys.stderr)
        app = qt.get("app")
        if app is not None:
            app.exit(1)

    def start_qt() -> None:
        """Load Qt and make the application while the database file is checked on another thread."""
        import linecache

        from PySide6.QtWidgets import QApplication

        from .pyside_import_check import use_cheaper_check

        use_cheaper_check()
        linecache.clearcache()  # what PySide6's own check read before the swap: it is read again if ever needed

        from .error_hook import install_excepthook

        app = QApplication.instance() or QApplication(sys.argv[:1])
        from .translation import install

        install(language)  # before the first word is shown
        app.setApplicationName("NPS Trainer")
        app.setApplicationDisplayName("NPS Trainer")
        app.setDesktopFileName("nps-trainer")  # packaging/linux/nps-trainer.desktop: the desktop shows its icon
        app.setWindowIcon(window_icon())
        install_excepthook(paths.log_file, fail_unwatched if exit_when_ready else None)
        qt["app"] = app

    def cannot_start(message: str) -> int:
        print(f"{PROGRAM}: {message}", file=sys.stderr)
        if not exit_when_ready:
            from . import messages

            if "app" not in qt:
                start_qt()
            messages.warn(None, tr("NPS Trainer cannot open its database"), message)
        logging.getLogger().removeHandler(handler)
        handler.close()
        return 2

    try:
        services = build_services(
            paths, database=getattr(args, "database", None), content=getattr(args, "content", None),
            on_checking=start_qt,
        )
    except StorageError as exc:
        log.error("Could not open the database: %s", type(exc).__name__)
        return cannot_start(str(exc))
    except OSError as exc:  # a data folder that cannot be made or written (the backups folder, say)
        log.error("Could not prepare the data folder: %s", type(exc).__name__)
        where = Path(exc.filename) if exc.filename else paths.data
        return cannot_start(tr("Cannot use {folder}: {reason}. Nothing has been changed. Ask your IT support to let "
                               "you write to that folder.").format(folder=where, reason=describe_os_error(exc, where)))
    except Exception as exc:
        if not exit_when_ready:
            raise  # the error hook logs it and explains it in a dialog
        from ..logging_setup import describe_exception

        log.error("Unexpected exception while starting\n%s", describe_exception(type(exc), exc, exc.__traceback__))
        fail_unwatched(exc)
        logging.getLogger().removeHandler(handler)
        handler.close()
        return 1

    from PySide6.QtCore import QTimer

    from .main_window import MainWindow

    app = qt["app"]
    window = None
    try:
        window = MainWindow(services, keys_after_show=True)
        window.show()
        # Queued behind the show: start-up's own events (show, layout, paint) pass through no Python.
        QTimer.singleShot(0, window, window.listen_for_keys)
        if exit_when_ready:
            # Queued behind the show and paint events: runs once the loop has nothing else to do.
            QTimer.singleShot(0, lambda: exit_now(app, window, failed))
        code = app.exec()
        return 1 if failed else code
    finally:
        if window is not None:
            window.warm_up.wait()  # a second at most: it may be making the database engine that close disposes of
        services.close()
        from .restart import start_pending

        start_pending()  # a new run asked for (the language changed): only now the database is closed
        logging.getLogger().removeHandler(handler)
        handler.close()
