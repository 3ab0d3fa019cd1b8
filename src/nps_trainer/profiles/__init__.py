"""Profiles: the people who use NPS Trainer on this database."""

from .service import ROLES, ProfileInfo, ProfileService

__all__ = ["ROLES", "ProfileInfo", "ProfileService"]
