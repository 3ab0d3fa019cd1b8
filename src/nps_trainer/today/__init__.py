"""Today: what a person should look at today (refresher questions due, assigned training, modules to finish,
draft screenings, joint sessions to resume or record, and for managers the team's overdue training), by role.

Qt-free: the page that shows it is ``nps_trainer.ui.today``."""

from .items import (
    AssignedItem,
    DraftScreening,
    ModuleToFinish,
    SessionItem,
    TeamOverview,
    Today,
)
from .service import TodayContent, TodayService

__all__ = ["AssignedItem", "DraftScreening", "ModuleToFinish", "SessionItem", "TeamOverview", "Today",
           "TodayContent", "TodayService"]
