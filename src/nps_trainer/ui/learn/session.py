"""One visit to a module: started when it opens, each section shown recorded at once, ended on leaving."""

from __future__ import annotations

from ...content import Module
from ...progress.service import ModuleSummary, ProgressService


class ReadingSession:
    def __init__(self, progress: ProgressService, profile_id: int, module: Module) -> None:
        self.progress = progress
        self.profile_id = profile_id
        self.module = module
        self.visit_id: int | None = progress.start_visit(profile_id, module.id, module.version)

    @property
    def anchors(self) -> list[str]:
        return [section.anchor for section in self.module.sections]

    def viewed(self, anchor: str) -> ModuleSummary | None:
        if self.visit_id is None:
            return None
        return self.progress.section_viewed(self.visit_id, anchor, self.anchors)

    def complete(self, learnt: str, use: str) -> ModuleSummary:
        return self.progress.complete(self.profile_id, self.module.id, self.module.version, learnt=learnt,
                                      use=use, all_sections=self.anchors)

    def end(self) -> None:
        if self.visit_id is not None:
            self.progress.end_visit(self.visit_id)
            self.visit_id = None
