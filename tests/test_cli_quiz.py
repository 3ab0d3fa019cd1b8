"""GIFT interchange through the command line: export a bundled quiz, import it back, nothing silently lost."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.paths import bundled_content_dir
from nps_trainer.quiz import load_quiz
from tests.test_cli import run


def test_export_then_import_round_trip(tmp_path: Path) -> None:
    gift = tmp_path / "overdose.gift"
    exported = run("--content", str(bundled_content_dir()), "quiz", "export", "overdose-response", str(gift))
    assert exported.returncode == 0, exported.stderr
    assert "GIFT cannot express ordering questions" in exported.stdout
    assert "GIFT cannot express branching scenarios" in exported.stdout
    original, _ = load_quiz(bundled_content_dir() / "quizzes" / "overdose-response.yaml")
    skipped = exported.stdout.count("skipped:")
    assert f"({len(original.questions) - skipped} questions as GIFT)" in exported.stdout

    imported = run("quiz", "import", str(gift), "--id", "od-copy", "--to", str(tmp_path),
                   "--module", "overdose-response")
    assert imported.returncode == 0, imported.stderr
    copy, problems = load_quiz(tmp_path / "od-copy.yaml")
    assert copy is not None and not [p for p in problems if p.severity == "error"]
    by_id = {q.id: q for q in original.questions}
    assert {q.id for q in copy.questions} == set(by_id) - {"response-steps", "office-overdose"}
    for question in copy.questions:
        assert question.prompt == by_id[question.id].prompt


def test_import_reports_what_it_cannot_take(tmp_path: Path) -> None:
    gift = tmp_path / "mixed.gift"
    gift.write_text(
        "::Q1:: Naloxone reverses opioid overdose. {TRUE#Right: it blocks opioid receptors.}\n\n"
        "::Q2:: Describe how you would give naloxone. {}\n",
        encoding="utf-8",
    )
    result = run("quiz", "import", str(gift), "--to", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert f"{gift}:3: skipped:" in result.stdout
    assert "Imported 1 question from" in result.stdout
    assert (tmp_path / "mixed.yaml").exists()
    again = run("quiz", "import", str(gift), "--to", str(tmp_path))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_export_of_an_unknown_quiz_names_the_known_ones(tmp_path: Path) -> None:
    result = run("--content", str(bundled_content_dir()), "quiz", "export", "nope", str(tmp_path / "x.gift"))
    assert result.returncode == 2
    assert "overdose-response" in result.stderr


def _gift(tmp_path: Path) -> Path:
    gift = tmp_path / "mini.gift"
    gift.write_text("::Q1:: Naloxone reverses opioid overdose. {TRUE}\n", encoding="utf-8")
    return gift


def test_export_to_a_folder_or_an_unwritable_place_says_so(tmp_path: Path) -> None:
    from tests.test_cli import read_only_folder

    content = str(bundled_content_dir())
    into_folder = run("--content", content, "quiz", "export", "what-are-nps", str(tmp_path))
    assert into_folder.returncode == 2
    assert into_folder.stderr.strip().endswith(f"nps-trainer: cannot write {tmp_path}: it is a folder")
    locked = read_only_folder(tmp_path / "locked")
    unwritable = run("--content", content, "quiz", "export", "what-are-nps", str(locked / "q.gift"), as_user=True)
    assert unwritable.returncode == 2
    assert f"nps-trainer: cannot write {locked / 'q.gift'}: permission denied" in unwritable.stderr
    assert "Traceback" not in into_folder.stderr + unwritable.stderr
    assert list(locked.iterdir()) == []


def test_import_into_a_file_instead_of_a_folder_says_so(tmp_path: Path) -> None:
    gift = _gift(tmp_path)
    blocker = tmp_path / "some-file"
    blocker.write_text("not a folder")
    result = run("quiz", "import", str(gift), "--to", str(blocker), cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"cannot write {blocker / 'mini.yaml'}: {blocker} is a file, not a folder" in result.stderr
    assert blocker.read_text() == "not a folder"


def test_import_refuses_an_invalid_id_before_writing_anything(tmp_path: Path) -> None:
    gift = _gift(tmp_path)
    target = tmp_path / "quizzes"
    target.mkdir()
    result = run("quiz", "import", str(gift), "--id", "../escape", "--to", str(target), cwd=target)
    assert result.returncode == 2
    assert "'../escape' is not a valid quiz id" in result.stderr
    assert not (tmp_path / "escape.yaml").exists()
    assert list(target.iterdir()) == []


def test_import_writes_into_the_content_folder_given(tmp_path: Path) -> None:
    gift = _gift(tmp_path)
    content = tmp_path / "org-content"
    result = run("--content", str(content), "quiz", "import", str(gift), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (content / "quizzes" / "mini.yaml").exists()
    assert not (tmp_path / "mini.yaml").exists()
    explicit = run("--content", str(content), "quiz", "import", str(gift), "--to", str(tmp_path / "elsewhere"),
                   cwd=tmp_path)
    assert explicit.returncode == 0, explicit.stderr
    assert (tmp_path / "elsewhere" / "mini.yaml").exists()
