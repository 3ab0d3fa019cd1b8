"""``quiz import`` and ``quiz export`` with GIFT as Moodle writes it (issue 12, point 9): a file that is not
UTF-8, a category naming the quiz, numerical questions both ways, and a quiz with problems on export."""

from __future__ import annotations

import shutil
from pathlib import Path

from nps_trainer.quiz import load_quiz
from nps_trainer.quiz.model import Numerical, NumericAnswer
from tests.test_cli import run

MOODLE = Path(__file__).parent / "quiz" / "fixtures" / "moodle_gift"

NUMERICAL_QUIZ = """\
id: doses
title: Doses
version: "1"
modules: [overdose-response]
pass_mark: 80
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: interval
    type: numerical
    prompt: After how many minutes do you give the next dose of Prenoxad?
    accept:
      - {value: 2.5, tolerance: 0.5, feedback: Right.}
      - {min: 4, max: 5, credit: 0.5}
    wrong_feedback: Every 2-3 minutes.
    explanation: The leaflet gives 2-3 minutes.
    source: {module: overdose-response, section: giving-naloxone-injectable-and-nasal}
"""


def test_import_of_a_file_that_is_not_utf8_says_so(tmp_path: Path) -> None:
    gift = tmp_path / "latin1.gift"
    gift.write_bytes(b"::Q1::Naloxone is safe.{T}\n\n::Q2::Caf" + b"\xe9 or shop?{=Shop ~Caf\xe9}\n")
    result = run("quiz", "import", str(gift), "--to", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "codec" not in result.stderr
    assert f"{gift}:3: GIFT files must be UTF-8 text, but byte 10 of line 3 (0xe9" in result.stderr
    assert not (tmp_path / "latin1.yaml").exists()


def test_import_of_moodles_category_export_names_the_quiz_after_the_category(tmp_path: Path) -> None:
    gift = tmp_path / "questions_in_category.gift.txt"
    shutil.copy(MOODLE / gift.name, gift)
    result = run("quiz", "import", str(gift), "--to", str(tmp_path), "--id", "moodle-features")
    assert result.returncode == 0, result.stderr
    assert f"{gift}:2: info: Moodle question bank category '$course$/Default for New Features'" in result.stdout
    assert "not a question (description?)" not in result.stdout
    quiz, _ = load_quiz(tmp_path / "moodle-features.yaml")
    assert quiz is not None and quiz.title == "Default for New Features"
    assert [q.id for q in quiz.questions] == ["moodle-activities", "greeting", "moodle-user", "moodle-acronym"]


def test_numerical_questions_go_to_gift_and_back(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "quizzes").mkdir(parents=True)
    (content / "quizzes" / "doses.yaml").write_text(NUMERICAL_QUIZ, encoding="utf-8")
    gift = tmp_path / "doses.gift"
    exported = run("--content", str(content), "quiz", "export", "doses", str(gift))
    assert exported.returncode == 0, exported.stderr
    text = gift.read_text(encoding="utf-8")
    assert "{#\n    =%100%2.5:0.5#Right.\n    =%50%4.5:0.5\n    ~#Every 2-3 minutes.\n" in text
    imported = run("quiz", "import", str(gift), "--to", str(tmp_path), "--id", "doses-copy")
    assert imported.returncode == 0, imported.stderr
    copy, _ = load_quiz(tmp_path / "doses-copy.yaml")
    assert copy is not None and isinstance(copy.questions[0], Numerical)
    assert copy.questions[0].accept == [NumericAnswer(2.5, 0.5, 1.0, "Right."), NumericAnswer(4.5, 0.5, 0.5)]


def test_export_of_a_quiz_with_problems_says_it_exists_and_what_is_wrong(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "quizzes").mkdir(parents=True)
    broken = content / "quizzes" / "doses.yaml"
    broken.write_text(NUMERICAL_QUIZ.replace("pass_mark: 80", "pass_mark: 180").replace("min: 4", "min: 6"),
                      encoding="utf-8")
    result = run("--content", str(content), "quiz", "export", "doses", str(tmp_path / "doses.gift"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "no quiz 'doses'" not in result.stderr
    assert f"quiz 'doses' exists ({broken}) but has problems" in result.stderr
    assert f"{broken}:5: quiz: 'pass_mark' 180 is out of range (0 to 100)" in result.stderr
    assert f"{broken}:13: question 'interval': accepted number 2: 'min' 6 is greater than 'max' 5" in result.stderr
    assert not (tmp_path / "doses.gift").exists()


def test_export_of_a_quiz_file_that_is_not_yaml_names_the_file(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "quizzes").mkdir(parents=True)
    broken = content / "quizzes" / "doses.yaml"
    broken.write_text("id: doses\nquestions: [\n", encoding="utf-8")
    result = run("--content", str(content), "quiz", "export", "doses", str(tmp_path / "doses.gift"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"quiz 'doses' exists ({broken}) but has problems" in result.stderr
    assert f"{broken}:" in result.stderr.splitlines()[1]


def test_export_from_a_content_folder_without_quizzes_says_which_folder(tmp_path: Path) -> None:
    result = run("--content", str(tmp_path / "nowhere"), "quiz", "export", "doses", str(tmp_path / "doses.gift"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"no quiz 'doses': {tmp_path / 'nowhere' / 'quizzes'} does not exist" in result.stderr


def test_import_refuses_numbers_it_cannot_work_with_and_keeps_small_ones(tmp_path: Path) -> None:
    gift = tmp_path / "nums.gift"
    gift.write_text("::big:: Big number? {#1e400}\n\n::tol:: Tolerance huge {#1:1e400}\n\n::tiny:: Tiny {#1e-400}\n\n"
                    "::small:: Small {#0.0000000000001}\n\n::ok:: How many? {#3:0.5}\n", encoding="utf-8")
    result = run("quiz", "import", str(gift), "--to", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert f"{gift}:1: skipped: 'big': '1e400' is too large a number to work with (beyond about 1.8e308)\n" \
        in result.stdout
    assert f"{gift}:3: skipped: 'tol': '1:1e400' is too large a number" in result.stdout
    assert f"{gift}:5: skipped: 'tiny': '1e-400' holds a number too close to 0" in result.stdout
    written = (tmp_path / "nums.yaml").read_text(encoding="utf-8")
    assert ".inf" not in written and ".nan" not in written
    quiz, _ = load_quiz(tmp_path / "nums.yaml")
    assert quiz is not None and [q.id for q in quiz.questions] == ["small", "ok"]
    assert quiz.questions[0].accept == [NumericAnswer(1e-13)]  # not 0


def _gift_questions(count: int, prompt: str) -> str:
    return "\n\n".join(f"// question {i}\n::q{i}:: {prompt.format(i)}{{=yes ~no}}" for i in range(count)) + "\n"


def test_a_gift_file_far_too_large_for_the_app_is_refused_before_its_questions_are_read(tmp_path: Path) -> None:
    gift = tmp_path / "huge.gift"
    gift.write_text(_gift_questions(60_000, "What is {}?"), encoding="utf-8")  # 3.5 MB, as a reviewer tried
    result = run("quiz", "import", str(gift), "--to", str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"nps-trainer: {gift} is too large to import as one quiz: its questions would make a quiz file of at " \
           "least 1,561 KB" in result.stderr
    assert "the app reads quiz files of at most 1,024 KB. Split the GIFT file into smaller files" in result.stderr
    assert result.stdout == ""  # not even the note for each question's comment line: nothing was read
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huge.gift"]


def test_a_quiz_that_would_be_too_large_for_the_app_is_not_written(tmp_path: Path) -> None:
    gift = tmp_path / "long.gift"
    gift.write_text(_gift_questions(4_500, "Which of these is the right answer to question number {} of this rather "
                                           "long practice set of questions about naloxone?"), encoding="utf-8")
    result = run("quiz", "import", str(gift), "--to", str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"nps-trainer: {gift} is too large to import as one quiz: its 4,500 questions would make a quiz file " \
           "of 1,1" in result.stderr
    assert "at most 1,024 KB. Split the GIFT file" in result.stderr and "Nothing has been written." in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.gift"]


def test_the_category_survives_export_and_import(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "quizzes").mkdir(parents=True)
    (content / "quizzes" / "doses.yaml").write_text(
        NUMERICAL_QUIZ.replace("pass_mark: 80", "pass_mark: 80\ncategory: $course$/top/Overdose response"),
        encoding="utf-8")
    gift = tmp_path / "doses.gift"
    exported = run("--content", str(content), "quiz", "export", "doses", str(gift))
    assert exported.returncode == 0, exported.stderr
    assert "\n\n$CATEGORY: $course$/top/Overdose response\n\n" in gift.read_text(encoding="utf-8")
    imported = run("quiz", "import", str(gift), "--to", str(content / "quizzes"), "--id", "doses-copy",
                   "--module", "overdose-response")
    assert imported.returncode == 0, imported.stderr
    copy, problems = load_quiz(content / "quizzes" / "doses-copy.yaml")
    assert copy is not None and problems == [] and copy.category == "$course$/top/Overdose response"
    assert copy.title == "Overdose response" and copy.questions[0].tags == []
    again = tmp_path / "again.gift"
    exported = run("--content", str(content), "quiz", "export", "doses-copy", str(again))
    assert exported.returncode == 0, exported.stderr
    first, second = (g.read_text(encoding="utf-8").split("\n", 1) for g in (gift, again))
    assert second[0] == "// Overdose response (doses-copy, version 1.0)" and second[1] == first[1]
