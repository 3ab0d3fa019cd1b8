"""``nps-trainer quiz import FILE`` and ``quiz export QUIZ_ID FILE``: Moodle GIFT interchange.

Everything GIFT cannot carry is reported, never dropped silently."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..atomic import write_text_atomic
from ..i18n import tr
from ..yaml_reader import MAX_YAML_BYTES, yaml_limit_problem
from .errors import cannot_write, complain


def run_quiz_command(args: argparse.Namespace) -> int:
    if args.quiz_command == "import":
        return _import(args)
    return _export(args)


def _quiz_id_from(path: Path) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower().replace(".gift", "")).strip("-")
    return stem or "imported-quiz"


def _import(args: argparse.Namespace) -> int:
    from ..quiz import new_quiz, validate_quizzes
    from ..quiz.gift import GiftEncodingError, decode_gift, read_gift
    from ..quiz.gift_size import least_yaml_size
    from ..quiz.reader import SLUG_PATTERN
    from ..quiz.yaml_writer import quiz_to_yaml

    if args.quiz_id is not None and not SLUG_PATTERN.match(args.quiz_id):
        complain(tr("'{id}' is not a valid quiz id: use lower-case letters and digits in words joined by single "
                    "hyphens, such as 'overdose-basics'. Nothing has been written.").format(id=args.quiz_id))
        return 2
    source = Path(args.file)
    try:
        text = decode_gift(source.read_bytes(), str(source))
    except GiftEncodingError as exc:
        complain(str(exc))
        return 2
    except OSError as exc:
        complain(tr("cannot read {path}: {reason}").format(path=source, reason=exc.strerror or exc))
        return 2
    least = least_yaml_size(text)  # a fraction of a second, where reading every question could take minutes
    if least > MAX_YAML_BYTES:
        return _too_large(source, tr("its questions would make a quiz file of at least {size}").format(
            size=_kb(least)))
    result = read_gift(text)
    questions, notes = result.questions, result.notes
    for note in notes:
        print(f"{source}:{note.line}: {note.kind.value}: {note.message}")
    if not questions:
        complain(tr("no questions could be imported from {path}.").format(path=source))
        return 1
    quiz_id = args.quiz_id or _quiz_id_from(source)
    title = args.title or result.category_name or quiz_id.replace("-", " ").capitalize()
    quiz = new_quiz(quiz_id, title, list(args.modules), questions, category=result.category)
    target = _import_folder(args) / f"{quiz_id}.yaml"
    if target.exists() and not args.force:
        complain(tr("{path} already exists; choose another --id or use --force.").format(path=target))
        return 2
    written = quiz_to_yaml(quiz)
    if len(written) > MAX_YAML_BYTES:
        return _too_large(source, tr("its {count} questions would make a quiz file of {size}").format(
            count=f"{len(questions):,}", size=_kb(len(written))))
    if (limit := yaml_limit_problem(written)) is not None:
        return _too_large(source, tr("the quiz file it would make breaks a limit: {limit}").format(limit=limit[1]))
    try:
        write_text_atomic(target, written)
    except OSError as exc:
        return cannot_write(target, exc)
    print(tr("Imported %n question(s) from {source} into {target}.", "", len(questions)).format(
        source=source, target=target))
    problems = validate_quizzes(target.parent, None)
    own = [p for p in problems if Path(p.path).name == target.name]
    if own:
        print(tr("Before this quiz is used, edit it to fix:"))
        for problem in own:
            print(f"  {problem}")
    return 0


def _kb(size: int) -> str:
    return f"{-(-size // 1024):,} KB"


def _too_large(source: Path, why: str) -> int:
    """Refuse a GIFT file whose quiz the app would not read (it reads quiz files of at most 1,024 KB)."""
    #: {why} is one of the reasons above, such as "its questions would make a quiz file of at least 2,048 KB"
    complain(tr("{path} is too large to import as one quiz: {why}, and the app reads quiz files of at most {size}. "
                "Split the GIFT file into smaller files (for example one per category, or a few hundred questions "
                "each) and import each with its own --id. Nothing has been written.").format(
        path=source, why=why, size=_kb(MAX_YAML_BYTES)))
    return 2


def _import_folder(args: argparse.Namespace) -> Path:
    """``--to``; else the quizzes folder of ``--content`` when that is given; else the current folder."""
    if args.to:
        return Path(args.to).expanduser()
    content = getattr(args, "content", None)
    return Path(content).expanduser() / "quizzes" if content else Path(".")


def _broken_quiz(folder: Path, quiz_id: str, problems: list) -> tuple[Path, list] | None:
    """The file of quiz ``quiz_id`` that failed to load and its errors, if there is one."""
    from ..quiz import load_quiz
    from ..quiz.validator import quiz_files
    from ..validation import Severity

    for path in quiz_files(folder) if folder.is_dir() else []:
        quiz, _ = load_quiz(path)
        if path.stem == quiz_id or (quiz is not None and quiz.id == quiz_id):
            own = [p for p in problems if Path(p.path) == path and p.severity is Severity.ERROR]
            if own:
                return path, own
    return None


def _export(args: argparse.Namespace) -> int:
    from ..app_config import resolve
    from ..paths import UserPaths
    from ..quiz import export_gift, load_quizzes
    from .user_settings import load_user_settings

    paths = UserPaths.default()
    config = resolve(paths, load_user_settings(paths), content=getattr(args, "content", None))
    folder = config.content_dir / "quizzes"
    quizzes, problems = load_quizzes(folder)
    quiz = next((q for q in quizzes if q.id == args.quiz_id), None)
    if quiz is None and (broken := _broken_quiz(folder, args.quiz_id, problems)):
        path, errors = broken
        complain(tr("quiz '{id}' exists ({path}) but has problems, so it cannot be exported until they are fixed:")
                 .format(id=args.quiz_id, path=path))
        for problem in errors:
            print(f"  {problem}", file=sys.stderr)
        return 2
    if quiz is None and not folder.is_dir():
        complain(tr("no quiz '{id}': {folder} does not exist (is the content folder right?).").format(
            id=args.quiz_id, folder=folder))
        return 2
    if quiz is None:
        known = ", ".join(sorted(q.id for q in quizzes)) or tr("none", "no quizzes")
        complain(tr("no quiz '{id}' in {folder} (quizzes: {known}).").format(
            id=args.quiz_id, folder=config.content_dir / "quizzes", known=known))
        return 2
    text, notes = export_gift(quiz)
    for note in notes:
        print(f"{note}")
    target = Path(args.file)
    try:
        write_text_atomic(target, text)
    except OSError as exc:
        return cannot_write(target, exc)
    from ..quiz import NoteKind

    skipped = {n.question_id for n in notes if n.kind is NoteKind.SKIPPED and n.question_id}
    exported = len(quiz.questions) - len(skipped)
    print(tr("Exported quiz '{id}' to {target} (%n question(s) as GIFT).", "", exported).format(
        id=quiz.id, target=target))
    return 0
