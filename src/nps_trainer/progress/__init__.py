"""Module progress: one row per visit, one summary per profile and module."""

from .service import ModuleStatus, ModuleSummary, ProgressService, SectionsUnread

__all__ = ["ModuleStatus", "ModuleSummary", "ProgressService", "SectionsUnread"]
