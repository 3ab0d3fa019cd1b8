"""Module progress: one row per visit, one summary per profile and module."""

from .service import ModuleStatus, ModuleSummary, ProgressService

__all__ = ["ModuleStatus", "ModuleSummary", "ProgressService"]
