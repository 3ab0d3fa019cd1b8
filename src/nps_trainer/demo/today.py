"""Demo data that gives the facilitators a realistic Today: a joint session the probation facilitator ran two
days ago and ended, with its register still on paper (nobody entered yet), so Today asks them to record who came.
Run through the real store from a bundled plan, like the demo's other sessions."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from ..i18n import tr

if TYPE_CHECKING:
    from .build import DemoContext

# (plan id, lead facilitator, co-facilitator, days ago, place)
UNRECORDED = ("nps-and-synthetic-drugs", "Rhiannon Pryce", "Sunita Patel", 2,
              "Wexbridge Probation Office, training room 2")


def add_unrecorded_session(ctx: DemoContext) -> None:
    """A finished joint session with nobody on its register yet (skipped quietly when the plan cannot be used)."""
    from ..sessions.plans import load_plans
    from ..sessions.store import JointSessions

    plan_id, lead_name, co_name, days_ago, place = UNRECORDED
    modules = {m.id: [s.anchor for s in m.sections] for m in ctx.catalogue.modules}
    library, _problems = load_plans(ctx.services.config.content_dir, modules, ctx.quizzes)
    plan = library.plan(plan_id)
    lead = next((p for p in ctx.people if p.member.name == lead_name), None)
    if plan is None or lead is None:
        return
    day = ctx.today - timedelta(days=days_ago)
    moments = iter(datetime.combine(day, time(14, 0), tzinfo=UTC) + timedelta(minutes=step * 12)
                   for step in range(len(plan.steps) + 2))
    now = {"at": next(moments)}
    services = ctx.services
    store = JointSessions(services.database, services.audit, services.profiles, services.learning_events,
                          services.module_sections, clock=lambda: now["at"], max_gap=timedelta(hours=1))
    session_id = store.start(plan, held_on=day, place=place, co_facilitators=[co_name], acting=lead.profile)
    for index in range(len(plan.steps)):
        store.go_to_step(session_id, index)
        now["at"] = next(moments)
    store.end(session_id, acting=lead.profile)
    ctx.say(tr("Added a joint session ended two days ago with its register still to be entered."))
