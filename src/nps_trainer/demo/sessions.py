"""Two finished joint sessions for the demo team, run through the real store from the bundled plans: one on NPS
and synthetic drugs, led by the probation facilitator, one on overdose, naloxone and release, led by the drug
service facilitator; each with people from both organisations, a few guests, one person who left early, the time
on each step, the group's votes and a scenario played to its end. Every guest name and organisation is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from ..i18n import tr

if TYPE_CHECKING:
    from .build import DemoContext

# (plan id, lead facilitator, co-facilitator, days ago, place, guests as (name, side, organisation, role))
SESSIONS = (
    ("nps-and-synthetic-drugs", "Rhiannon Pryce", "Sunita Patel", 75, "Wexbridge Probation Office, training room 2",
     (("Maya Lindqvist", "drug_service", "Wexbridge Needle Exchange", "Harm reduction worker"),
      ("Tom Ebbers", "other", "Wexbridge Housing Association", "Tenancy support officer"))),
    ("overdose-naloxone-release", "Sunita Patel", "Rhiannon Pryce", 24, "Wexbridge Recovery Hub, group room",
     (("Dr Ayo Bankole", "other", "HMP Wexbridge healthcare", "Prison GP"),)),
)


def add_joint_sessions(ctx: DemoContext) -> None:
    """Two finished joint sessions with registers from both organisations (skipped quietly when a bundled plan
    cannot be used, as the app would list it as unavailable)."""
    from ..quiz.scenario import walk
    from ..sessions.plan_model import QUESTION, SCENARIO
    from ..sessions.plans import load_plans
    from ..sessions.store import JointSessions
    from ..sessions.votes import choice_options, vote_options

    rng = ctx.rng("joint sessions")
    modules = {m.id: [s.anchor for s in m.sections] for m in ctx.catalogue.modules}
    library, _problems = load_plans(ctx.services.config.content_dir, modules, ctx.quizzes)
    by_name = {p.member.name: p for p in ctx.people}
    made = 0
    for plan_id, lead_name, co_name, days_ago, place, guests in SESSIONS:
        plan = library.plan(plan_id)
        lead = by_name.get(lead_name)
        if plan is None or lead is None:
            continue
        day = ctx.today - timedelta(days=days_ago)
        clock = _Clock(datetime.combine(day, time(9, 30), tzinfo=UTC))
        services = ctx.services
        store = JointSessions(services.database, services.audit, services.profiles, services.learning_events,
                              services.module_sections, clock=clock, max_gap=timedelta(hours=1))
        session_id = store.start(plan, held_on=day, place=place, co_facilitators=[co_name], acting=lead.profile)
        pool = [p for p in ctx.people if p.member.role in ("practitioner", "drug_service") and p.joined <= day]
        rng.shuffle(pool)
        register = pool[:rng.randint(8, 12)]
        attendees = [store.add_attendee(session_id, acting=lead.profile, profile_id=p.id) for p in register]
        for name, side, organisation, role in guests:
            store.add_attendee(session_id, acting=lead.profile, name=name, side=side, organisation=organisation,
                               role=role)
        store.set_stayed(session_id, attendees[-1], False, acting=lead.profile)  # left at the break
        here = len(register) + len(guests)
        for index, step in enumerate(plan.steps):
            store.go_to_step(session_id, index)
            if step.kind == QUESTION:
                question = ctx.quizzes[step.quiz].question(step.question)
                options = vote_options(question)
                right = [o.id for o in options if o.correct]
                counts = _split(here, [o.correct for o in options], rng)
                store.save_vote(session_id, index, question_id=question.id, prompt=question.prompt, options=options,
                                tallies=dict(zip([o.id for o in options], counts, strict=True)), agreed=right)
            elif step.kind == SCENARIO:
                scenario = ctx.quizzes[step.quiz].question(step.question)
                path: list[str] = []
                walked = walk(scenario, path)
                while walked.current is not None:
                    node = walked.current
                    options = choice_options(node)
                    best = next((c for c in node.choices if c.rating.value == "best"), node.choices[0])
                    counts = _split(here, [c.id == best.id for c in node.choices], rng)
                    store.save_vote(session_id, index, question_id=scenario.id, node_id=node.id, prompt=node.text,
                                    options=options, tallies=dict(zip([c.id for c in node.choices], counts,
                                                                      strict=True)), agreed=[best.id])
                    path.append(best.id)
                    walked = walk(scenario, path)
                store.save_room_state(session_id, {"steps": {str(index): {"stage": "ending", "path": path}}})
            clock.now += timedelta(minutes=step.minutes + rng.randint(-2, 3), seconds=rng.randint(0, 59))
        store.end(session_id, acting=lead.profile)
        made += 1
    ctx.say(tr("Added %n finished joint session(s).", "", made))


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _split(total: int, favoured: list[bool], rng) -> list[int]:
    """``total`` hands over the options, most of them on the favoured ones (a group that mostly knows)."""
    counts = [0] * len(favoured)
    for _ in range(total):
        pick = [i for i, good in enumerate(favoured) if good] if rng.random() < 0.75 else list(range(len(favoured)))
        counts[rng.choice(pick or list(range(len(favoured))))] += 1
    return counts
