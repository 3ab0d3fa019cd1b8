"""Screenshots of every main page, for looking at the app as a practitioner would (issue 13, point 6).

    python tools/screenshots.py OUT_DIR [--language cy] [--text-size largest] [--palette dark|contrast]

Builds the demo team in a temporary database (``nps-trainer demo``), signs in as its manager, visits each main
page at 1366x768 and saves a PNG per page in OUT_DIR (the first is the manager's Today), then shows Today as a
practitioner, a drug service worker and a facilitator sees it. The same set in English and Welsh. Runs offscreen;
nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSPHRASE = "screenshot-passphrase-correct-horse"
MANAGER = "Helen Ashworth"
SIZE = (1366, 768)
# Whose Today is shown for each role: a practitioner with draft screenings, a drug service worker, a facilitator.
TODAY_PEOPLE = (("practitioner", "Chloe Hartley"), ("drug-service", "Owen Thwaite"), ("facilitator", "Rhiannon Pryce"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--language", choices=["en", "cy"], default="en")
    parser.add_argument("--text-size", default="normal")
    parser.add_argument("--palette", choices=["light", "dark", "contrast"], default="light")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="nps-screens-") as scratch:
        home = Path(scratch)
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(home / variable.lower())
        database = home / "demo.sqlite3"
        (home / "passphrase").write_text(PASSPHRASE + "\n", encoding="utf-8")
        subprocess.run([sys.executable, "-m", "nps_trainer", "demo", "--database", str(database),
                        "--passphrase-file", str(home / "passphrase")], check=True, stdout=subprocess.DEVNULL)
        return shoot(out, database, args)


def _settle(app, rounds: int = 4) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    for _ in range(rounds):
        app.processEvents()
        loop = QEventLoop()
        QTimer.singleShot(40, loop.quit)
        loop.exec()


def shoot(out: Path, database: Path, args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from nps_trainer.paths import UserPaths
    from nps_trainer.services import build_services

    app = QApplication.instance() or QApplication([sys.argv[0]])
    if args.language != "en":
        from nps_trainer.ui.translation import install

        install(args.language)
    if args.palette != "light":
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.ui.test_palettes import PALETTES  # the palettes the contrast test renders under

        app.setPalette(PALETTES["dark" if args.palette == "dark" else "high-contrast"]())
    services = build_services(UserPaths.default(), database=str(database))
    services.settings.text_size = args.text_size
    from nps_trainer.ui.main_window import MainWindow

    window = MainWindow(services)
    window.resize(*SIZE)
    window.show()
    _settle(app)
    shots: list[str] = []

    def grab(name: str, widget=None) -> None:
        _settle(app)
        path = out / f"{len(shots) + 1:02d}-{name}.png"
        (widget or window).grab().save(str(path))
        shots.append(path.name)

    grab("sign-in")
    manager = next(p for p in services.profiles.list() if p.display_name == MANAGER)
    window.use_profile(services.signin.sign_in(manager.id, PASSPHRASE))
    _settle(app, 8)  # a manager's Today fills in the team's overview just after it shows
    grab("today-manager")  # the first page after sign-in

    def show(key: str):
        page = window.show_section(key)
        _settle(app)
        return page

    learn = show("learn")
    grab("learn-catalogue")
    learn.open_module("overdose-response")
    grab("learn-reader")
    if hasattr(learn, "open_refresher"):
        learn.open_refresher()
        grab("learn-refresher")
    quizzes = show("quizzes")
    grab("quizzes-list")
    quizzes.open_quiz("overdose-response")
    grab("quiz-start")
    quizzes.start_attempt("practice")
    grab("quiz-question")
    screening = show("screening")
    grab("screening-locked")
    _unlock(app, screening)
    grab("screening-list")
    try:
        screening.area.create_record("X123456", "nps-screening")
        grab("screening-form")
    except Exception as exc:  # a tool: say what could not be shown, and go on
        print(f"screening form not shown: {exc}", file=sys.stderr)
    show("progress")
    grab("progress")
    if "sessions" in window.pages:
        show("sessions")
        grab("joint-sessions")
    if "team" in window.pages:
        team = show("team")
        for index in range(team.tabs.count()):
            team.tabs.setCurrentIndex(index)
            grab(f"team-{index + 1}")
    from nps_trainer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services.settings, services.config, window, organisation_settings=True)
    dialog.resize(900, 700)
    dialog.show()
    grab("settings", dialog)
    dialog.close()
    window.open_help()
    _settle(app)
    helper = next((w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
                   and "help" in type(w).__name__.lower()), None)
    if helper is not None:
        grab("help", helper)
        helper.close()
    for role, name in TODAY_PEOPLE:  # each role's first page (Today), signed in as someone in the demo
        person = next((p for p in services.profiles.list() if p.display_name == name), None)
        if person is None:
            continue
        window.show_gate()
        _settle(app)
        window.use_profile(services.signin.sign_in(person.id, PASSPHRASE))
        _settle(app)
        grab(f"today-{role}")
    print("\n".join(str(out / name) for name in shots))
    window.close()
    services.close()
    return 0


def _unlock(app, screening) -> None:
    """Type the passphrase into the screening unlock page and press its button."""
    from PySide6.QtWidgets import QLineEdit, QPushButton

    fields = [field for field in screening.findChildren(QLineEdit) if field.isVisible()
              and field.echoMode() == QLineEdit.EchoMode.Password]
    if not fields:
        return
    fields[0].setText(PASSPHRASE)
    for button in screening.findChildren(QPushButton):
        if button.isVisible() and button.isEnabled() and "unlock" in button.text().lower().replace("&", ""):
            button.click()
            break
    _settle(app, 8)


if __name__ == "__main__":
    sys.exit(main())
