"""The Today page: the first section after sign-in, for every role."""

from .page import TodaySection

__all__ = ["TodaySection"]
