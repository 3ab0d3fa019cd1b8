"""The baseline: a bare PySide6 main window, started and exited the same way as ``--exit-when-ready``."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare")
window.resize(1100, 760)
window.show()
QTimer.singleShot(0, lambda: app.exit(0))
sys.exit(app.exec())
