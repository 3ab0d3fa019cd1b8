"""A year of learning for the demo team: module visits with the sections seen, completions (a few made before
every section had to be read), reflections, quiz attempts in practice and assessed modes, and assignments.

Visits and completions use the real section anchors of the installed modules. Quiz attempts are played through
the real quiz engine (:class:`nps_trainer.quiz.Attempt`) on the real question banks, so every attempt's answers,
their scores and the attempt's score agree, and are then stored as the quiz records store stores them, with the
dates they would have had. The services stamp 'now'; a year of history needs its own dates, so these rows are
written with the ORM in one transaction per person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from ..i18n import tr
from .team import BEHIND, GATE, NEW_STARTER, NORTH, RECOVERY, REFRESHER_DUE, SOUTH, TYPICAL, WELL_TRAINED

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..content import Module
    from ..quiz import Attempt, Quiz
    from ..storage.models import RefresherCard
    from .build import DemoContext
    from .team import DemoPerson

YEAR = 365

# The order each role tends to take the modules in; modules not listed (an organisation's own) come last.
PREFERRED: dict[str, tuple[str, ...]] = {
    "practitioner": ("what-are-nps", "nps-custody-release", "overdose-response", "naloxone-probation",
                     "drug-awareness", "talking-about-use", "safeguarding", "other-drug-emergencies",
                     "trauma-and-drug-use", "trauma-informed-supervision", "treatment-pathways",
                     "recovery-resettlement", "diverse-needs"),
    "drug_service": ("what-are-nps", "nps-custody-release", "treatment-pathways", "overdose-response",
                     "naloxone-probation", "trauma-and-drug-use", "trauma-informed-supervision",
                     "recovery-resettlement", "other-drug-emergencies", "drug-awareness", "safeguarding",
                     "talking-about-use", "diverse-needs"),
    "facilitator": ("what-are-nps", "drug-awareness", "overdose-response", "other-drug-emergencies",
                    "trauma-and-drug-use", "diverse-needs", "naloxone-probation", "talking-about-use",
                    "trauma-informed-supervision", "safeguarding", "nps-custody-release", "treatment-pathways",
                    "recovery-resettlement"),
    "manager": ("what-are-nps", "overdose-response", "naloxone-probation", "safeguarding", "talking-about-use",
                "treatment-pathways", "nps-custody-release", "drug-awareness", "trauma-informed-supervision",
                "trauma-and-drug-use", "other-drug-emergencies", "recovery-resettlement", "diverse-needs"),
}


@dataclass(frozen=True)
class Habits:
    """How a persona learns: modules completed, left part-read, skill at quizzes (the chance of getting a
    question right), how likely they are to try a quiz in practice and in assessed mode, to write a
    reflection, and to sit an assessed quiz again after failing it."""

    completed: tuple[int, int]
    in_progress: tuple[int, int]
    skill: tuple[float, float]
    practice: float
    assessed: float
    reflects: float
    retakes: float


HABITS: dict[str, Habits] = {
    WELL_TRAINED: Habits((10, 13), (0, 1), (0.82, 0.92), 0.5, 0.95, 0.6, 0.9),
    TYPICAL: Habits((5, 8), (1, 2), (0.74, 0.86), 0.4, 0.7, 0.35, 0.5),
    BEHIND: Habits((1, 3), (1, 2), (0.58, 0.72), 0.5, 0.5, 0.15, 0.25),
    REFRESHER_DUE: Habits((5, 7), (0, 1), (0.76, 0.86), 0.3, 0.75, 0.3, 0.5),
    NEW_STARTER: Habits((1, 3), (1, 1), (0.7, 0.82), 0.7, 0.7, 0.5, 0.5),
}

# Completions made before every section had to be read (kept, and marked so in reports): a few, old.
UNREAD_COMPLETIONS = {"Declan Murphy": 2, "Grace Okafor": 1, "Owen Thwaite": 1}

LEARNT = (
    "I had not taken in how quickly tolerance drops, or how long it takes to come back.",
    "It gave me words for questions I used to avoid asking.",
    "The figures from the inspections were a wake-up call for our own practice.",
    "I now know what to look for, not just what to ask.",
    "It cleared up a couple of myths I had been repeating to people.",
    "Seeing the steps laid out in order made it stick.",
    "I had not linked this to what we see in the weeks after release.",
)
USE = (
    "I will ask about this at the first appointment after release rather than waiting for a crisis.",
    "I will share the key points at our next team meeting.",
    "I will check naloxone and referral details are recorded for the people I see.",
    "I will use the questions from this module in my next screening conversations.",
    "I will talk to my manager about how we follow this up as a team.",
    "I will keep the quick reference to hand in supervision.",
)


def _dates_between(first: date, last: date, count: int, rng: random.Random) -> list[date]:
    """``count`` working days between ``first`` and ``last``, in order (repeats allowed when the span is short)."""
    span = max(0, (last - first).days)
    days = sorted(first + timedelta(days=rng.randint(0, span)) for _ in range(count))
    return [_working_day(day, first, last) for day in days]


def _working_day(day: date, first: date, last: date) -> date:
    """The nearest weekday to ``day`` within ``first``..``last`` (``day`` itself when no weekday fits)."""
    for shift in (0, -1, 1, -2, 2):
        candidate = day + timedelta(days=shift)
        if candidate.weekday() < 5 and first <= candidate <= last:
            return candidate
    return day


def modules_in_order(ctx: DemoContext, role: str, rng: random.Random) -> list[Module]:
    """The installed modules in the order this person takes them: the role's usual order, lightly shuffled."""
    preferred = PREFERRED.get(role, ())
    installed = {m.id: m for m in ctx.catalogue.modules}
    ordered = [installed[m] for m in preferred if m in installed]
    ordered += [m for m in ctx.catalogue.modules if m.id not in preferred]
    for index in range(len(ordered) - 1):
        if rng.random() < 0.25:
            ordered[index], ordered[index + 1] = ordered[index + 1], ordered[index]
    return ordered


def quiz_for(ctx: DemoContext, module_id: str) -> Quiz | None:
    quiz = ctx.quizzes.get(module_id)
    if quiz is not None:
        return quiz
    return next((q for q in ctx.quizzes.values() if module_id in q.modules), None)


# -- quiz attempts, played through the real quiz engine -------------------------------------------------------------
def _answer(attempt: Attempt, question, skill: float, rng: random.Random, when: datetime) -> datetime:
    """Answer one question as someone with ``skill`` would (right with that chance, part-right sometimes);
    returns the time after answering."""
    from ..quiz.model import Matching, MultipleResponse, Ordering, Scenario, ShortAnswer, SingleChoice, TrueFalse

    when += timedelta(seconds=rng.randint(15, 110))
    right = rng.random() < skill
    if isinstance(question, SingleChoice):
        best = max(question.options, key=lambda o: o.value)
        others = [o for o in question.options if o is not best]
        answer = best.id if right or not others else rng.choice(others).id
    elif isinstance(question, MultipleResponse):
        answer = [o.id for o in question.options
                  if (o.correct and (right or rng.random() < skill)) or (not o.correct and not right
                                                                         and rng.random() < 0.4)]
    elif isinstance(question, TrueFalse):
        answer = question.answer if right else not question.answer
    elif isinstance(question, Ordering):
        answer = [item.id for item in question.items]
        if not right and len(answer) > 1:
            index = rng.randrange(len(answer) - 1)
            answer[index], answer[index + 1] = answer[index + 1], answer[index]
    elif isinstance(question, Matching):
        texts = question.answer_texts()
        answer = {}
        for pair in question.pairs:
            wrong = [t for t in texts if t != pair.answer]
            answer[pair.id] = pair.answer if (right or rng.random() < skill) or not wrong else rng.choice(wrong)
    elif isinstance(question, ShortAnswer):
        best = max(question.accept, key=lambda a: a.credit)
        answer = best.text if right else rng.choice(("not sure", "I don't know", "a depressant"))
    elif isinstance(question, Scenario):
        for _step in range(50):
            choices = attempt.scenario_choices(question.id)
            if not choices:
                break
            best = [c for c in choices if c.rating.value == "best"] or choices
            pick = rng.choice(best) if rng.random() < skill else rng.choice(choices)
            when += timedelta(seconds=rng.randint(10, 60))
            attempt.choose(question.id, pick.id, now=when)
        return when
    else:  # a question type added later: leave it unanswered (it scores 0)
        return when
    attempt.answer(question.id, answer, now=when)
    return when


def play_attempt(quiz: Quiz, mode: str, skill: float, started: datetime, rng: random.Random, *,
                 finish: bool = True) -> tuple[Attempt, list[float]]:
    """An attempt at ``quiz`` from ``started``, answered question by question; finished unless told not to
    (then it stops about half way). Returns the attempt and the seconds spent on each answered question."""
    from ..quiz import Attempt

    attempt = Attempt.start(quiz, mode, seed=rng.randrange(2**31), now=started)
    when = started
    seconds: list[float] = []
    questions = attempt.questions
    stop = len(questions) if finish else max(1, len(questions) // 2)
    for question in questions[:stop]:
        after = _answer(attempt, question, skill, rng, when)
        seconds.append((after - when).total_seconds())
        when = after
    if finish:
        attempt.finish(now=when + timedelta(seconds=rng.randint(5, 40)))
    return attempt, seconds


def attempt_rows(profile_id: int, quiz: Quiz, attempt: Attempt, seconds: list[float]):
    """The quiz_attempts row (with its quiz_answers) for a played attempt, as QuizRecords would save it."""
    from ..storage.models import QuizAnswer, QuizAttempt

    state = attempt.to_dict()
    row = QuizAttempt(profile_id=profile_id, quiz_id=quiz.id, quiz_version=quiz.version, mode=attempt.mode.value,
                      started_at=datetime.fromisoformat(state["started_at"]), pass_mark=quiz.pass_mark, state=state)
    if attempt.finished:
        result = attempt.result()
        row.score, row.passed, row.pass_mark = result.percent, result.passed, result.pass_mark
        row.finished_at = datetime.fromisoformat(result.finished_at)
    answered = [qid for qid in attempt.question_ids if attempt.response(qid) is not None]
    for question_id, spent in zip(answered, seconds, strict=False):
        response = attempt.response(question_id)
        row.answers.append(QuizAnswer(question_id=question_id, answer=response.answer, score=response.score,
                                      seconds=float(spent), answered_at=datetime.fromisoformat(response.answered_at)))
    return row


def _quiz_mode(quiz: Quiz, wanted: str) -> str | None:
    allowed = quiz.mode.value
    return wanted if allowed in ("either", wanted) else None


# -- one person's year ---------------------------------------------------------------------------------------------
@dataclass
class _Plan:
    module: Module
    completed: date | None  # None: in progress
    unread: bool = False


class _Year:
    """Builds one person's rows: visits, module summaries and quiz attempts."""

    def __init__(self, ctx: DemoContext, person: DemoPerson, rng: random.Random) -> None:
        self.ctx, self.person, self.rng = ctx, person, rng
        self.habits = HABITS[person.member.persona]
        self.skill = rng.uniform(*self.habits.skill)
        self.rows: list = []
        self.start = max(person.joined, ctx.today - timedelta(days=YEAR - 1))

    def plan(self) -> list[_Plan]:
        rng, today, member = self.rng, self.ctx.today, self.person.member
        modules = modules_in_order(self.ctx, member.role, rng)
        done = min(len(modules), rng.randint(*self.habits.completed))
        unread = min(UNREAD_COMPLETIONS.get(member.name, 0), len(modules) - done)
        part = min(len(modules) - done - unread, rng.randint(*self.habits.in_progress))
        yesterday = today - timedelta(days=1)
        if member.persona == REFRESHER_DUE:  # most of their modules were done in a burst over a year ago
            recent = rng.randint(0, 1)
            dates = _dates_between(today - timedelta(days=480), today - timedelta(days=YEAR + 5), max(0, done - recent),
                                   rng)
            dates += _dates_between(today - timedelta(days=200), yesterday, recent, rng)
        else:
            dates = _dates_between(self.start + timedelta(days=3), yesterday, done, rng)
            if member.persona in (WELL_TRAINED, TYPICAL) and dates and rng.random() < 0.5:
                dates[0] = today - timedelta(days=rng.randint(YEAR + 5, 440))  # one refresher due
        plans = [_Plan(module, day) for module, day in zip(modules, sorted(dates), strict=False)]
        rest = modules[done:]
        for module in rest[:unread]:  # before 0.2, 'Complete' did not ask whether every section had been read
            day = _working_day(today - timedelta(days=rng.randint(150, 420)), today - timedelta(days=430), today)
            plans.append(_Plan(module, day, unread=True))
        plans += [_Plan(module, None) for module in rest[unread:unread + part]]
        return plans

    def build(self) -> None:
        for plan in self.plan():
            if plan.completed is None:
                self._in_progress(plan.module)
            else:
                self._completed(plan)

    def _visits(self, module: Module, anchors: list[str], last_day: date, pieces: int) -> datetime:
        """Visits reading ``anchors`` in order over ``pieces`` visits ending on ``last_day``; returns the end."""
        from ..storage.models import ModuleVisit

        rng = self.rng
        per_section = module.minutes * 60 / max(1, len(module.sections))
        chunks = [anchors[i::pieces] for i in range(pieces)] if pieces > 1 else [anchors]
        chunks = [sorted(chunk, key=anchors.index) for chunk in chunks if chunk]
        # visits on earlier days, a few days apart, the last one on last_day
        days = [last_day]
        for _ in chunks[1:]:
            days.insert(0, days[0] - timedelta(days=rng.randint(1, 9)))
        ended = None
        ordered: list[str] = []
        for chunk, day in zip(chunks, days, strict=True):
            read = [a for a in anchors if a in chunk and a not in ordered]
            ordered += read
            started = self.ctx.at(max(day, self.person.joined), rng)
            seconds = int(per_section * len(read) * rng.uniform(0.6, 1.5))
            ended = started + timedelta(seconds=seconds)
            self.rows.append(ModuleVisit(profile_id=self.person.id, module_id=module.id,
                                         module_version=module.version, started_at=started, ended_at=ended,
                                         seconds=seconds, sections_seen=read))
        return ended

    def _completed(self, plan: _Plan) -> None:
        from ..storage.models import ModuleProgress

        module, rng = plan.module, self.rng
        anchors = [s.anchor for s in module.sections]
        read = anchors[:rng.randint(1, max(1, len(anchors) - 2))] if plan.unread else anchors
        ended = self._visits(module, read, plan.completed, rng.choice((1, 1, 2, 2, 3)))
        completed_at = ended + timedelta(seconds=rng.randint(20, 300))
        learnt = use = None
        if not plan.unread and rng.random() < self.habits.reflects:
            section = rng.choice(module.sections)
            learnt = f"Most useful for me: '{section.title}'. {rng.choice(LEARNT)}"
            use = rng.choice(USE)
        self.rows.append(ModuleProgress(
            profile_id=self.person.id, module_id=module.id, progress=len(read) / len(anchors),
            last_section=read[-1], completed_at=completed_at, version_completed=module.version,
            updated_at=completed_at, sections_seen=list(read), sections_credited=[], completed_unread=plan.unread,
            reflection_learnt=learnt, reflection_use=use))
        self._quizzes(module, completed_at)

    def _in_progress(self, module: Module) -> None:
        from ..storage.models import ModuleProgress

        rng, today = self.rng, self.ctx.today
        anchors = [s.anchor for s in module.sections]
        read = anchors[:rng.randint(1, max(1, len(anchors) - 1))]
        earliest = max(self.start, today - timedelta(days=120))
        day = _dates_between(earliest, today, 1, rng)[0]
        ended = self._visits(module, read, day, rng.choice((1, 2)))
        self.rows.append(ModuleProgress(
            profile_id=self.person.id, module_id=module.id, progress=len(read) / len(anchors), last_section=read[-1],
            completed_at=None, version_completed=None, updated_at=ended, sections_seen=list(read),
            sections_credited=[], completed_unread=False))
        quiz = quiz_for(self.ctx, module.id)
        if quiz is not None and _quiz_mode(quiz, "practice") and rng.random() < 0.3:
            self._attempt(quiz, "practice", self.skill - 0.08, ended + timedelta(minutes=rng.randint(2, 30)))

    def _quizzes(self, module: Module, completed_at: datetime) -> None:
        quiz = quiz_for(self.ctx, module.id)
        if quiz is None:
            return
        rng, habits = self.rng, self.habits
        when = completed_at + timedelta(minutes=rng.randint(2, 40))
        if _quiz_mode(quiz, "practice") and rng.random() < habits.practice:
            for _ in range(rng.choice((1, 1, 2))):
                when = self._attempt(quiz, "practice", self.skill - 0.05, when) + timedelta(minutes=rng.randint(2, 30))
        if _quiz_mode(quiz, "assessed") and rng.random() < habits.assessed:
            skill = self.skill
            when += timedelta(days=rng.choice((0, 0, 1, 3, 7)))
            for _try in range(3):
                if when > datetime.now(UTC):
                    break
                ended = self._attempt(quiz, "assessed", skill, when)
                if self.rows[-1].passed or rng.random() >= habits.retakes:
                    break  # passed, or (not yet passed) left it there for now
                skill += 0.06
                when = ended + timedelta(days=rng.randint(1, 12))

    def _attempt(self, quiz: Quiz, mode: str, skill: float, started: datetime, *, finish: bool = True) -> datetime:
        """Play and keep one attempt; returns when it ended."""
        started = min(started, datetime.now(UTC) - timedelta(hours=1))
        attempt, seconds = play_attempt(quiz, mode, min(0.99, max(0.3, skill)), started, self.rng, finish=finish)
        row = attempt_rows(self.person.id, quiz, attempt, seconds)
        self.rows.append(row)
        return row.finished_at or started + timedelta(seconds=sum(seconds))

    def leave_one_open(self) -> None:
        """A new starter left a practice attempt half done (the app offers to resume it)."""
        from ..storage.models import ModuleProgress

        module_ids = [r.module_id for r in self.rows if isinstance(r, ModuleProgress)]
        quizzes = [q for q in (quiz_for(self.ctx, m) for m in module_ids)
                   if q is not None and _quiz_mode(q, "practice")]
        if quizzes:
            started = self.ctx.at(self.ctx.today - timedelta(days=self.rng.randint(1, 6)), self.rng)
            self._attempt(self.rng.choice(quizzes), "practice", self.skill, started, finish=False)


def add_learning(ctx: DemoContext) -> None:
    """A year of visits, completions, reflections and quiz attempts for every person."""
    if not ctx.catalogue.modules:
        ctx.say(tr("No modules were found in {folder}: no learning records made.").format(
            folder=ctx.services.config.content_dir / "modules"))
        return
    rng = ctx.rng("learning")
    for person in ctx.people:
        year = _Year(ctx, person, random.Random(rng.random()))
        year.build()
        if person.member.persona == NEW_STARTER:
            year.leave_one_open()
        with ctx.services.database.session() as session:
            session.add_all(year.rows)
    ctx.say(tr("Added a year of module visits, completions and quiz attempts."))


# -- the refresher -------------------------------------------------------------------------------------------------
# How often each persona opened the refresher on a working day over the last weeks (the rest never have).
REFRESHER_HABIT = {WELL_TRAINED: 0.8, TYPICAL: 0.35, NEW_STARTER: 0.5}
REFRESHER_WEEKS = 8
REFRESHER_PER_DAY = 10


def add_refresher(ctx: DemoContext) -> None:
    """Refresher cards from everyone's quiz answers, replayed in the order they were given through the real FSRS
    scheduler (as the quiz records schedule them: practice answers when given, assessed ones when finished); and,
    for people in the habit, the refresher done on working mornings over the last weeks (up to ten questions, right
    with their skill). So some people have many questions due, some a few, some none today. No fuzz, so the same
    seed always gives the same cards."""
    from sqlalchemy import select

    from ..storage.models import QuizAnswer, QuizAttempt

    rng = ctx.rng("refresher")
    with ctx.services.database.session() as session:
        rows = session.execute(
            select(QuizAttempt.profile_id, QuizAttempt.quiz_id, QuizAttempt.mode, QuizAttempt.finished_at,
                   QuizAttempt.state, QuizAnswer.question_id, QuizAnswer.score, QuizAnswer.certainty,
                   QuizAnswer.answered_at)
            .join(QuizAnswer, QuizAnswer.attempt_id == QuizAttempt.id)).all()
        answers: dict[int, list[tuple]] = {}
        for profile_id, quiz_id, mode, finished_at, state, question_id, score, certainty, answered_at in rows:
            if mode == "assessed" and finished_at is None:
                continue  # not scheduled until the attempt is finished
            if not ((state or {}).get("responses", {}).get(question_id) or {}).get("complete", True):
                continue  # a scenario left part way
            when = finished_at if mode == "assessed" else answered_at
            answers.setdefault(profile_id, []).append((when, quiz_id, question_id, score, certainty))
        cards: list[RefresherCard] = []
        for person in ctx.people:
            replay = _RefresherReplay(session, person.id)
            habit = REFRESHER_HABIT.get(person.member.persona, 0.0)
            sessions = [ctx.at(ctx.today - timedelta(days=back), rng, start_hour=8, end_hour=10)
                        for back in range(7 * REFRESHER_WEEKS, 0, -1)
                        if (ctx.today - timedelta(days=back)).weekday() < 5 and rng.random() < habit]
            skill = rng.uniform(*HABITS[person.member.persona].skill)
            events = sorted([(a[0], 0, a) for a in answers.get(person.id, [])] + [(t, 1, None) for t in sessions],
                            key=lambda event: (event[0], event[1]))
            for when, kind, answer in events:
                if kind == 0:
                    replay.review(when, *answer[1:], source="quiz")
                else:
                    for card in replay.due(when)[:REFRESHER_PER_DAY]:
                        when += timedelta(seconds=rng.randint(20, 90))
                        replay.review(when, card.quiz_id, card.question_id, 1.0 if rng.random() < skill else 0.0,
                                      None, source="refresher")
            cards += replay.cards.values()
        session.add_all(cards)
    now = datetime.now(UTC)
    due = sum(1 for card in cards if card.due <= now)
    ctx.say(tr("Scheduled %n refresher question(s) from the quiz answers ({due} due now).", "", len(cards)).format(
        due=due))


class _RefresherReplay:
    """One person's refresher cards built in memory, each review through the real scheduler and logged."""

    def __init__(self, session: Session, profile_id: int) -> None:
        self.session, self.profile_id = session, profile_id
        self.cards: dict[tuple[str, str], RefresherCard] = {}

    def review(self, when: datetime, quiz_id: str, question_id: str, score: float, certainty: int | None, *,
               source: str) -> None:
        from ..refresher.ratings import is_correct, rating_for
        from ..refresher.scheduling import review
        from ..storage.models import RefresherCard, RefresherReview

        card = self.cards.get((quiz_id, question_id))
        rating = rating_for(score, certainty)
        scheduled = review(card.card if card is not None else None, rating, when, fuzz=False)
        if card is None:
            card = self.cards[(quiz_id, question_id)] = RefresherCard(
                profile_id=self.profile_id, quiz_id=quiz_id, question_id=question_id, created_at=scheduled.last_review)
        card.card, card.due, card.last_review = scheduled.card, scheduled.due, scheduled.last_review
        self.session.add(RefresherReview(profile_id=self.profile_id, quiz_id=quiz_id, question_id=question_id,
                                         rating=rating, correct=is_correct(score), certainty=certainty, source=source,
                                         reviewed_at=scheduled.last_review))

    def due(self, when: datetime) -> list[RefresherCard]:
        """The cards due by the end of ``when``'s day (UTC), longest due first."""
        end = datetime.combine(when.date() + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
        return sorted((card for card in self.cards.values() if card.due < end), key=lambda card: card.due)


# -- assignments ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DemoAssignment:
    """An assignment relative to today: who assigns it (a manager's name), what, to whom, due and made when."""

    by: str
    item_type: str
    item_id: str
    target_type: str
    target: str  # a role key, a team name, or a person's name
    due_in_days: int
    made_days_ago: int
    cancelled: bool = False


ASSIGNMENTS: tuple[DemoAssignment, ...] = (
    DemoAssignment("Helen Ashworth", "module", "what-are-nps", "role", "practitioner", -250, 300),
    DemoAssignment("Gareth Llewellyn", "module", "talking-about-use", "team", SOUTH, -160, 210),
    DemoAssignment("Helen Ashworth", "module", "overdose-response", "role", "practitioner", -120, 180),
    DemoAssignment("Gareth Llewellyn", "quiz", "safeguarding", "role", "practitioner", -30, 75),
    DemoAssignment("Nadia Hussain", "path", "drug-service-joint-working", "role", "drug_service", -14, 90),
    DemoAssignment("Helen Ashworth", "path", "practitioner-essentials", "team", NORTH, 60, 20),
    DemoAssignment("Gareth Llewellyn", "module", "naloxone-probation", "team", SOUTH, 21, 30),
    DemoAssignment("Nadia Hussain", "module", "trauma-informed-supervision", "team", RECOVERY, 45, 10),
    DemoAssignment("Nadia Hussain", "module", "nps-custody-release", "team", GATE, -7, 60),
    DemoAssignment("Helen Ashworth", "quiz", "overdose-response", "person", "Tomasz Nowak", -10, 40),
    DemoAssignment("Helen Ashworth", "module", "nps-custody-release", "person", "Kwame Mensah", 14, 20),
    DemoAssignment("Nadia Hussain", "module", "what-are-nps", "person", "Fatima Begum", 10, 25),
    DemoAssignment("Helen Ashworth", "path", "emergency-response", "role", "facilitator", 90, 5),
    DemoAssignment("Gareth Llewellyn", "module", "diverse-needs", "team", SOUTH, 30, 12, cancelled=True),
)


def add_assignments(ctx: DemoContext) -> None:
    """Assignments to roles, teams and people, due in the past and the future, made through the real
    AssignmentService by the demo's managers (then dated back to when they were made)."""
    from ..storage.models import Assignment
    from ..team.paths import load_paths

    paths, _problems = load_paths(ctx.services.config.content_dir)
    known = {"module": {m.id for m in ctx.catalogue.modules}, "quiz": set(ctx.quizzes), "path": {p.id for p in paths}}
    by_name = {p.member.name: p for p in ctx.people}
    service = ctx.services.assignments
    rng = ctx.rng("assignments")
    made: list[tuple[int, DemoAssignment]] = []
    for wanted in ASSIGNMENTS:
        if wanted.item_id not in known[wanted.item_type]:
            continue
        manager = by_name[wanted.by].profile
        target = str(by_name[wanted.target].id) if wanted.target_type == "person" else wanted.target
        info = service.assign(manager, wanted.item_type, wanted.item_id, wanted.target_type, target,
                              ctx.today + timedelta(days=wanted.due_in_days))
        if wanted.cancelled:
            service.cancel(manager, info.id)
        made.append((info.id, wanted))
    with ctx.services.database.session() as session:
        for assignment_id, wanted in made:
            row = session.get(Assignment, assignment_id)
            row.created_at = ctx.at(ctx.today - timedelta(days=wanted.made_days_ago), rng)
            if wanted.cancelled:
                row.cancelled_at = row.created_at + timedelta(days=2)
    cancelled = sum(1 for _id, wanted in made if wanted.cancelled)
    ctx.say(tr("Made %n assignment(s) ({cancelled} since cancelled).", "", len(made)).format(cancelled=cancelled))
