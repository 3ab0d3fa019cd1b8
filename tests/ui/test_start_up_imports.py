"""Start-up to the sign-in screen loads Qt and the standard library's sqlite3, not SQLAlchemy, the cryptography
library, OpenSSL's hashing (hashlib, about 4 MB) or matplotlib: those load when someone signs in or opens a
chart. Nor dataclasses: the classes a start makes are records (records.py), which spares it about 4.5 ms."""

from __future__ import annotations

import os
import subprocess
import sys

from nps_trainer.identity.crypto import MIN_PASSPHRASE_LENGTH
from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from nps_trainer.ui import sign_in_gate

CHILD = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from nps_trainer.services import build_services
services = build_services()
from nps_trainer.ui.main_window import MainWindow
window = MainWindow(services)
window.show()
app.processEvents()
assert window.stack.currentWidget() is window.gate and window.gate.profile_list.count() == 1
print(" ".join(sorted({m.split(".")[0] for m in sys.modules
                       if m.split(".")[0] in ("sqlalchemy", "cryptography", "alembic", "matplotlib", "segno",
                                              "_hashlib", "hashlib", "uuid", "secrets", "dataclasses", "fcntl")})))
"""


def test_the_sign_in_screen_shows_without_the_heavy_libraries(user_paths: UserPaths) -> None:
    services = build_services(user_paths)
    services.profiles.create("Ada", "manager")
    services.close()
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


STYLE_CHILD = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from nps_trainer.services import build_services
from nps_trainer.ui.main_window import MainWindow
window = MainWindow(build_services())
window.show()
app.processEvents()
styled = [w.objectName() or type(w).__name__ for w in app.allWidgets() if w.styleSheet()]
print(repr((app.styleSheet(), styled, window.gate.notice.font().bold())))
"""


def test_the_sign_in_screen_uses_no_style_sheet(user_paths: UserPaths) -> None:
    """A style sheet on any widget makes Qt load its style-sheet machinery (about 1 ms and 0.45 MiB at start-up,
    measured): the sign-in screen makes its notice bold with a font, and the sections' sidebar gets its style
    sheet when it is first shown."""
    services = build_services(user_paths)
    services.profiles.create("Ada", "manager")
    services.close()
    result = subprocess.run([sys.executable, "-c", STYLE_CHILD], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == repr(("", [], True))


def test_the_gate_states_the_passphrase_rule_the_key_store_applies() -> None:
    assert sign_in_gate.MIN_PASSPHRASE_LENGTH == MIN_PASSPHRASE_LENGTH
