"""Profiles: the people who use NPS Trainer on this database, their roles and organisations."""

from .service import (
    ORGANISATIONS,
    ROLES,
    SELF_SERVICE_ROLES,
    NotAllowed,
    ProfileInfo,
    ProfileService,
    require_manager,
)

__all__ = ["ORGANISATIONS", "ROLES", "SELF_SERVICE_ROLES", "NotAllowed", "ProfileInfo", "ProfileService",
           "require_manager"]
