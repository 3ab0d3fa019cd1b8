"""The session plans of the content folder, checked against the installed modules and quizzes; read again only
when a plan file changes or the modules or quizzes are reloaded (an edited plan is picked up on the next look)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ...file_signature import Signature, files_signature
from ...sessions.plan_model import PlanLibrary

if TYPE_CHECKING:
    from ...services import Services


class PlanCache:
    """One content folder's plan library, kept until a plan file or the module or quiz library changes."""

    def __init__(self) -> None:
        self._key: tuple[Path, Signature] | None = None
        self._sources: tuple[object, object] | None = None  # the module and quiz libraries the plans were checked by
        self._library: PlanLibrary | None = None

    def load(self, content_dir: Path) -> PlanLibrary:
        from ...sessions.plans import load_plans, plan_files
        from ..assigned_panel import module_cache, quiz_cache

        modules = module_cache().load(content_dir)
        quizzes = quiz_cache().load(content_dir)
        # The module and quiz caches hand back the same object until their files change: that (with the plan
        # files' own signature) says whether the plans must be checked again.
        key = (content_dir, files_signature(plan_files(content_dir)))
        same_sources = self._sources is not None and self._sources[0] is modules and self._sources[1] is quizzes
        if self._library is None or key != self._key or not same_sources:
            anchors = {m.id: [s.anchor for s in m.sections] for m in modules.catalogue.modules}
            by_id = {q.id: q for q in quizzes.quizzes}
            self._library, _problems = load_plans(content_dir, modules=anchors, quizzes=by_id)
            self._key = key
            self._sources = (modules, quizzes)
        return self._library


_PLANS = PlanCache()


def plan_library(services: Services) -> PlanLibrary:
    """The plans of the content folder in use: those that can be run, and those that cannot with their reasons
    (``nps-trainer content check`` shows every problem)."""
    return _PLANS.load(services.config.content_dir)
