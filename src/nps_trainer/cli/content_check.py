"""``nps-trainer content check [PATH]``: validate modules, quizzes, paths, session plans and screening forms
together."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import tr
from ..validation import Problem, Severity


def collect_problems(content_root: Path, screening_root: Path | None, *, bundled: bool) -> list[Problem]:
    """Every problem in a content folder (content.yaml, modules/, quizzes/, paths.yaml, sessions/, guides/, help/) and a
    screening forms folder.

    ``bundled`` adds the house rules every module shipped with the app must meet."""
    from ..content import load_catalogue, validate_modules
    from ..content.content_file import check_content_file
    from ..content.loader import expected_id, module_files

    modules_dir = content_root / "modules"
    module_ids = {expected_id(path) for path in module_files(modules_dir)} if modules_dir.is_dir() else None
    problems = check_content_file(content_root, module_ids)
    problems += validate_modules(modules_dir, bundled=bundled)
    quizzes_dir = content_root / "quizzes"
    quiz_ids: set[str] = set()
    quizzes: dict = {}
    catalogue = None
    if quizzes_dir.is_dir():
        from ..quiz import load_quizzes

        catalogue = load_catalogue(modules_dir) if modules_dir.is_dir() else None
        known = {m.id: {s.anchor for s in m.sections} for m in catalogue.modules} if catalogue else {}
        loaded, quiz_problems = load_quizzes(quizzes_dir, known)
        problems += quiz_problems
        quizzes = {quiz.id: quiz for quiz in loaded}
        quiz_ids = set(quizzes)
    from ..team.paths import check_paths

    # Learning paths may name only modules and quizzes that are there (a quiz with errors is not there).
    problems += check_paths(content_root, module_ids or set(), quiz_ids)
    from ..sessions.plans import check_plans

    # Session plans may name only module sections and questions that are there.
    if catalogue is None and modules_dir.is_dir():
        catalogue = load_catalogue(modules_dir)
    sections = {m.id: [s.anchor for s in m.sections] for m in catalogue.modules} if catalogue else {}
    problems += check_plans(content_root, sections, quizzes, bundled=bundled)
    from ..guides import check_guides

    problems += check_guides(content_root)  # the overdose guide (F2), where the folder has its own
    from ..help import check_help

    problems += check_help(content_root)  # the user guide (F1), where the folder has its own
    if screening_root is not None and screening_root.is_dir():
        from ..screening import validate_forms

        problems += validate_forms(screening_root)
    return problems


def check_content(args: argparse.Namespace) -> int:
    from ..app_config import resolve
    from ..paths import UserPaths, bundled_content_dir
    from .user_settings import load_user_settings

    if args.path:
        root = Path(args.path).expanduser()
        screening = root / "screening" if (root / "screening").is_dir() else None
        if root.resolve() == bundled_content_dir().resolve():
            from ..paths import bundled_screening_dir

            screening = bundled_screening_dir()
    else:
        paths = UserPaths.default()
        config = resolve(paths, load_user_settings(paths), content=getattr(args, "content", None))
        root, screening = config.content_dir, config.screening_dir
    if not root.is_dir():
        print(f"{root}:0: " + tr("content folder not found"))
        return 1
    bundled = root.resolve() == bundled_content_dir().resolve()
    problems = collect_problems(root, screening, bundled=bundled)
    for problem in problems:
        print(problem)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    #: {errors} and {warnings} are "%n error(s)" and "%n warning(s)", translated on their own
    counts = {"errors": tr("%n error(s)", "", errors), "warnings": tr("%n warning(s)", "", warnings)}
    if screening:
        print(tr("Checked {content} and {screening}: {errors}, {warnings}.").format(
            content=root, screening=screening, **counts))
    else:
        print(tr("Checked {content}: {errors}, {warnings}.").format(content=root, **counts))
    return 1 if errors else 0
