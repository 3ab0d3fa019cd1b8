"""Where the room's screen goes: the choice on fake screen descriptions (one display, two, three, a removed
one), and on real QScreens: the offscreen platform's one screen here, and two screens (a laptop and a
projector) in a child process started with an offscreen configuration file, where the session's room goes full
screen on the projector, hides when it is unplugged and is offered the display again when it comes back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from nps_trainer.ui.sessions.placement import ScreenInfo, choose_room_screen, room_screen_for, screens

LAPTOP = ScreenInfo("Laptop", 0, 0, 1366, 768, primary=True)
PROJECTOR = ScreenInfo("Projector", 1366, 0, 1920, 1080)
MONITOR = ScreenInfo("Monitor", -1920, 0, 1280, 1024)
REPO = Path(__file__).resolve().parents[3]


def test_one_display_has_no_room_screen() -> None:
    assert choose_room_screen([LAPTOP], "Laptop") is None
    assert choose_room_screen([LAPTOP], None) is None


def test_two_displays_put_the_room_on_the_other_one() -> None:
    assert choose_room_screen([LAPTOP, PROJECTOR], "Laptop") == PROJECTOR
    # The console moved to the projector: the room goes on the laptop's screen, the only other one.
    assert choose_room_screen([LAPTOP, PROJECTOR], "Projector") == LAPTOP
    # The console's screen unknown: keep off the primary display.
    assert choose_room_screen([LAPTOP, PROJECTOR], None) == PROJECTOR
    assert choose_room_screen([LAPTOP, PROJECTOR], "Gone") == PROJECTOR


def test_three_displays_prefer_a_non_primary_then_the_largest() -> None:
    primary_projector = ScreenInfo("Projector", 1366, 0, 1920, 1080, primary=True)
    laptop = ScreenInfo("Laptop", 0, 0, 1366, 768)
    assert choose_room_screen([laptop, primary_projector, MONITOR], "Laptop") == MONITOR
    assert choose_room_screen([LAPTOP, MONITOR, PROJECTOR], "Laptop") == PROJECTOR


def test_a_removed_projector_falls_back_to_one_display() -> None:
    before = [LAPTOP, PROJECTOR]
    assert choose_room_screen(before, "Laptop") == PROJECTOR
    after = [s for s in before if s.name != "Projector"]
    assert choose_room_screen(after, "Laptop") is None


def test_the_real_offscreen_screen(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    described = screens()
    assert len(described) == len(QGuiApplication.screens()) >= 1
    assert sum(s.primary for s in described) == 1
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    if len(described) == 1:
        assert room_screen_for(window) is None


CHILD = textwrap.dedent("""
    import os, sys, tempfile
    home = tempfile.mkdtemp()
    for v in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[v] = os.path.join(home, v.lower())
    os.environ.pop("NPS_TRAINER_DATABASE_URL", None)
    os.environ.pop("NPS_TRAINER_CONTENT_DIR", None)
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from nps_trainer.services import build_services
    from tests.team.helpers import make_manager, make_person, sign_in
    from tests.ui.sessions.test_console import start_session
    from nps_trainer.ui.sessions.console import open_session
    services = build_services()
    manager = make_manager(services)
    fac = sign_in(services, make_person(services, "Fran", "facilitator", "drug_service", acting=manager))
    member = make_person(services, "Priya", "practitioner", "probation")
    run = open_session(services, fac, start_session(services, fac, member))
    for _ in range(5):
        app.processEvents()
    laptop, projector = app.screens()
    result = {"screens": [s.name() for s in app.screens()],
              "console": run.console.screen().name(),
              "room_screen": run.room_screen.name() if run.room_screen else None,
              "room_visible": run.room.isVisible(),
              "room_full": run.room.isFullScreen(),
              "room_geometry": run.room.geometry().getRect(),
              "room_px": run.room.body_px}
    run._screen_removed(projector)
    app.processEvents()
    result["after_removed"] = [run.room_screen is None, run.room.isVisible(), run.console.notice.isVisible(),
                               run.console.notice_text.text()]
    run.show_room()  # F5 with one display: over the console
    app.processEvents()
    result["single_f5"] = [run.room.isVisible(), run.room.screen().name()]
    run.leave_room()
    result["single_esc"] = run.room.isVisible()
    run._screen_added(projector)
    result["offered"] = [run.console.move_button.isVisibleTo(run.console), run.console.notice_text.text()]
    run.console._move_to_offered()
    app.processEvents()
    result["moved"] = [run.room_screen.name(), run.room.isVisible(), run.room.geometry().getRect()]
    run.set_blank("black")
    run.leave_room()  # Esc with two displays: the room stays, un-blanked
    result["esc_two"] = [run.room.isVisible(), run.blank]
    run.close()
    print("RESULT " + json.dumps(result))
""").replace("import os, sys, tempfile", "import json, os, sys, tempfile")


def test_two_real_screens_in_a_child_process(tmp_path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, "-c", CHILD, str(REPO)], env=env, capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stderr[-3000:]
    result = json.loads(line.removeprefix("RESULT "))
    assert result["screens"] == ["Laptop", "Projector"]
    assert result["console"] == "Laptop"
    assert result["room_screen"] == "Projector"
    assert result["room_visible"] and result["room_full"]
    assert result["room_geometry"] == [1366, 0, 1920, 1080]
    assert result["room_px"] == 30
    removed, visible, notice, text = result["after_removed"]
    assert removed and not visible and notice and "disconnected" in text
    assert result["single_f5"] == [True, "Laptop"]
    assert result["single_esc"] is False
    assert result["offered"][0] and "Projector" in result["offered"][1]
    assert result["moved"] == ["Projector", True, [1366, 0, 1920, 1080]]
    assert result["esc_two"] == [True, ""]
