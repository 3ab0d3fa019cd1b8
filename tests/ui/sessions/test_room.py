"""The room's screen on its own: type scaled from the window's height, blank states, closing only hides it, and
what each kind of step shows at each reveal stage (built from a Scene, which carries nothing personal)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nps_trainer.quiz.model import Rating
from nps_trainer.sessions.record import VoteOption
from nps_trainer.ui.assigned_panel import quiz_cache
from nps_trainer.ui.sessions.room import RoomScreen
from nps_trainer.ui.sessions.room_content import (
    ANSWER,
    ANSWERS,
    ASKING,
    CONSEQUENCE,
    PROMPT,
    VOTES,
    Scene,
    body_px,
    choice_options,
    room_html,
)
from tests.ui.sessions.test_console import first_question

OPTIONS = (VoteOption("a", "Call an ambulance", True), VoteOption("b", "Wait and see"),
           VoteOption("c", "Search pockets"))


def plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_type_scales_with_the_window(qtbot) -> None:
    assert body_px(1080) == 30 and body_px(768) == 21 and body_px(2160) == 60 and body_px(200) == 16
    room = RoomScreen()
    qtbot.addWidget(room)
    room.resize(1920, 1080)
    room.show_scene(Scene("activity", "Mapping", 0, 3, prompt="In mixed pairs"))
    assert "font-size:30px" in room.html().replace(" ", "")
    room.resize(1366, 768)
    room.render_if_resized()  # hidden: no resize event until shown
    assert "font-size:21px" in room.html().replace(" ", "")
    room.show()
    room.resize(1920, 1080)
    qtbot.waitUntil(lambda: "font-size:30px" in room.html().replace(" ", ""))
    assert "Step 1 of 3" in room.text() and "In mixed pairs" in room.text()


def test_blank_and_close(qtbot) -> None:
    room = RoomScreen()
    qtbot.addWidget(room)
    room.show()
    room.show_scene(Scene("activity", "Mapping", 0, 3, prompt="In mixed pairs"))
    room.set_blank("black")
    assert room.text() == "" and room.stack.currentWidget() is room.black
    assert room.black.palette().color(room.black.backgroundRole()).name() == "#000000"
    room.set_blank("white")
    assert room.text() == "" and room.stack.currentWidget() is room.white
    room.set_blank("")
    assert "In mixed pairs" in room.text()
    with qtbot.waitSignal(room.hidden_by_user):
        room.close()  # Alt+F4 on the projector only hides it
    assert not room.isVisible()
    room.close_for_good()


def test_discussion_answers_only_when_revealed() -> None:
    base = {"kind": "discussion", "title": "Spotting use", "index": 1, "count": 4, "prompt": "What tells you?",
            "probation": "Ask and record.", "drug_service": "Offer a test."}
    hidden = plain(room_html(Scene(**base, stage=PROMPT), 30))
    assert "What tells you?" in hidden and "Ask and record." not in hidden
    shown = plain(room_html(Scene(**base, stage=ANSWERS), 30))
    assert "What probation would do" in shown and "Ask and record." in shown and "Offer a test." in shown


def test_question_stages(qtbot) -> None:
    from nps_trainer.paths import bundled_content_dir

    _quiz, question = first_question(bundled_content_dir(), "single-choice", 3)
    base = {"kind": "question", "title": "Q", "index": 2, "count": 4, "question": question, "options": OPTIONS,
            "tallies": {"a": 4, "b": 9}, "agreed": ("a",)}
    asking = plain(room_html(Scene(**base, stage=ASKING), 30))
    assert "A  Call an ambulance" in asking.replace("\xa0", " ") and "9" not in asking and "votes" not in asking
    votes = plain(room_html(Scene(**base, stage=VOTES), 30))
    assert "13 votes; the group's answer: A." in votes and "✓ right" not in votes
    answer = plain(room_html(Scene(**base, stage=ANSWER), 30))
    assert "✓ right" in answer
    assert (question.explanation or "").split()[0] in answer


def test_scenario_consequence_and_ending(qtbot) -> None:
    from nps_trainer.paths import bundled_content_dir
    from nps_trainer.quiz.scenario import walk

    _quiz, scenario = first_question(bundled_content_dir(), "scenario")
    node = scenario.node(scenario.start)
    choice = node.choices[0]
    base = {"kind": "scenario", "title": "S", "index": 3, "count": 4, "question": scenario, "node": node,
            "options": tuple(choice_options(node))}
    deciding = plain(room_html(Scene(**base, stage="deciding"), 30))
    assert choice.text[:20] in deciding and choice.rationale[:20] not in deciding
    consequence = plain(room_html(Scene(**base, stage=CONSEQUENCE, choice=choice), 30))
    assert choice.rationale[:20] in consequence and "The group chose" in consequence
    assert {Rating.BEST: "strong", Rating.ACCEPTABLE: "acceptable", Rating.RISKY: "risky"}[choice.rating] in \
        consequence
    path: list[str] = []
    walked = walk(scenario, path)
    while walked.ending is None:
        path.append(walked.current.choices[0].id)
        walked = walk(scenario, path)
    ending = plain(room_html(Scene(**{**base, "node": None}, stage="ending", ending=walked.ending,
                                   path=tuple(s.choice for s in walked.steps)), 30))
    assert walked.ending.title in ending and "The group's path" in ending


def test_break_minutes_left() -> None:
    assert "7 minutes left" in plain(room_html(Scene("break", "Break", 4, 5, minutes_left=7), 30))
    assert "1 minute left" in plain(room_html(Scene("break", "Break", 4, 5, minutes_left=1), 30))
    assert "about to start" in plain(room_html(Scene("break", "Break", 4, 5, minutes_left=0), 30))


def test_a_missing_module_or_question_says_so() -> None:
    assert "not in the installed modules" in plain(room_html(Scene("section", "Gone", 0, 1), 30))
    assert "not in the installed quizzes" in plain(room_html(Scene("question", "Gone", 0, 1), 30))
    assert quiz_cache() is not None
    assert Qt.Key.Key_F5  # the room takes no keys of its own: the clicker filter handles them


def test_a_long_page_scrolls_from_the_console(qtbot) -> None:
    room = RoomScreen()
    qtbot.addWidget(room)
    room.resize(1366, 768)
    room.show()
    qtbot.waitExposed(room)
    long = "\n".join(f"Line {n} of the instructions for the room." for n in range(80))
    room.show_scene(Scene("activity", "A long activity", 0, 2, prompt=long))
    assert room.more_below() and not room.more_above()
    room.scroll_pages(1)
    assert room.more_above()
    # The same step drawn again (a reveal, a tick) keeps the place; a new step starts at the top.
    room.show_scene(Scene("activity", "A long activity", 0, 2, prompt=long + "\nOne more."))
    assert room.more_above()
    room.show_scene(Scene("activity", "Another", 1, 2, prompt=long))
    assert not room.more_above()


def test_headings_never_read_content_as_rich_text(qtbot) -> None:
    """A hostile plan title ('<img src=…>', '<h1>') shows as the characters written, on every heading."""
    from PySide6.QtCore import Qt

    from nps_trainer.ui.widgets import heading

    label = heading("<b>Bold</b> plan <img src=file:///etc/passwd>", 2)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>Bold</b> plan <img src=file:///etc/passwd>"
