"""The baseline: a bare PySide6 main window, started and exited the same way as ``--exit-when-ready``."""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare")
window.resize(1100, 760)
window.show()


def exit_now() -> None:
    if os.environ.get("NPS_TRAINER_REPORT_READY"):  # as the app does, for bench_startup.py
        print(f"ready {time.monotonic_ns()}", flush=True)
    app.exit(0)


QTimer.singleShot(0, exit_now)
sys.exit(app.exec())
