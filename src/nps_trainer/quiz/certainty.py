"""Certainty-based marking (CBM) for practice attempts, as Moodle does it. Qt-free.

With each answer the learner says how sure they are: 1 (not sure), 2 (fairly sure) or 3 (very sure).

==============================  ======  =======  =======
certainty                       1       2        3
==============================  ======  =======  =======
mark if right                   +1      +2       +3
mark if wrong                   0       −2       −6
best when the chance of being   < 67%   67–80%   > 80%
right is
==============================  ======  =======  =======

The rules follow Moodle's CBM question behaviours (``deferredcbm`` and ``immediatecbm``), which are based on
Tony Gardner-Medwin's scheme (UCL, LAPT):

- Moodle Docs, "Using certainty-based marking" (https://docs.moodle.org/39/en/Using_certainty-based_marking):
  the marks table and the probability ranges above.
- Moodle source, ``question_cbm`` (``question/engine/lib.php``, later ``core_question\\local\\behaviour``):
  ``adjust_fraction`` gives the *wrong* mark when the raw score is no more than ``MARK_TOLERANCE`` (5e-8), and
  otherwise the *right* mark times the raw score. So partial credit scales the right mark (half right at
  certainty 3 earns +1.5) and is never penalised. A missing certainty counts as 1 (``default_certainty``).
- Moodle source, ``qbehaviour_deferredcbm_type::summarise_usage`` (``question/behaviour/deferredcbm/
  behaviourtype.php``): *accuracy* is the raw scores' share ignoring certainty; the *average CBM mark* is the
  CBM marks' total over the questions (unanswered ones add nothing), given for the whole quiz and, when some
  are unanswered, for the answered ones alone; for each certainty level the accuracy is set against the
  optimal range: below it is over-confident, above it under-confident (with a tolerance of 5e-7), and only
  "a bit" so unless ``(accuracy − limit)² × answers > 0.5``, Moodle's rough test of significance.
- T. Gardner-Medwin, "Certainty-Based Marking (CBM)", http://www.tmedwin.net/cbm/cbm.htm.

Scenarios (branching questions) are not marked for certainty: their score is set by the ending a path of
decisions reaches, so a certainty per decision would have no mark of its own to scale, and asking after every
decision would break up the story. They still count in the attempt's ordinary percentage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from ..i18n import tr, tr_noop


class Certainty(IntEnum):
    NOT_SURE = 1
    FAIRLY_SURE = 2
    VERY_SURE = 3

    @property
    def label(self) -> str:
        """As on the buttons: 'Not sure (1)'."""
        return f"{tr(LABELS[self])} ({int(self)})"

    @property
    def words(self) -> str:
        """As in a sentence: 'not sure'."""
        return tr(LABELS[self]).lower()


LABELS = {Certainty.NOT_SURE: tr_noop("Not sure"), Certainty.FAIRLY_SURE: tr_noop("Fairly sure"),
          Certainty.VERY_SURE: tr_noop("Very sure")}
RIGHT_MARK = {Certainty.NOT_SURE: 1, Certainty.FAIRLY_SURE: 2, Certainty.VERY_SURE: 3}
WRONG_MARK = {Certainty.NOT_SURE: 0, Certainty.FAIRLY_SURE: -2, Certainty.VERY_SURE: -6}
# The chance of being right for which each level earns the most, on average (Moodle's $lowlimit, $highlimit).
OPTIMAL_RANGE = {Certainty.NOT_SURE: (0.0, 2 / 3), Certainty.FAIRLY_SURE: (2 / 3, 0.8), Certainty.VERY_SURE: (0.8, 1.0)}
DEFAULT_CERTAINTY = Certainty.NOT_SURE  # Moodle's default_certainty(), for an answer saved without one
MARK_TOLERANCE = 0.00000005  # Moodle's question_utils::MARK_TOLERANCE: a raw score this small is wrong
JUDGEMENT_TOLERANCE = 0.0000005  # Moodle's margin either side of an optimal range
SIGNIFICANT = 0.5  # Moodle's test: (accuracy − limit)² × answers above this is not just "a bit"
BEST_AVERAGE, WORST_AVERAGE = RIGHT_MARK[Certainty.VERY_SURE], WRONG_MARK[Certainty.VERY_SURE]

MARKS_EXPLAINED = tr_noop("If right: 1, 2 or 3 marks. If wrong: 0, −2 or −6. Choose Very sure only if you expect "
                           "to be right more than 4 times in 5, and Not sure if less than 2 times in 3.")


def certainty_from(value: object) -> Certainty:
    """``value`` (1, 2 or 3) as a ``Certainty``; ``ValueError`` saying what is wrong otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or value not in (1, 2, 3):
        raise ValueError(f"certainty must be 1, 2 or 3, not {value!r}")
    return Certainty(value)


def cbm_mark(score: float, certainty: int | None) -> float:
    """The CBM mark for a raw ``score`` (0 to 1) given at ``certainty`` (``None`` counts as 1, as in Moodle)."""
    level = DEFAULT_CERTAINTY if certainty is None else certainty_from(certainty)
    if score <= MARK_TOLERANCE:
        return float(WRONG_MARK[level])
    return RIGHT_MARK[level] * score


def mark_text(mark: float) -> str:
    """'+3', '0', '−6', '+1.5': a mark as shown (a true minus sign)."""
    number = f"{abs(mark):.2f}".rstrip("0").rstrip(".")
    if number == "0":
        return "0"
    return f"+{number}" if mark > 0 else f"−{number}"


def mark_words(mark: float) -> str:
    """'plus 3', 'minus 6', '0': a mark as a screen reader should say it."""
    text = mark_text(mark)
    return text.replace("+", tr("plus") + " ").replace("−", tr("minus") + " ")


def percent_text(fraction: float) -> str:
    return f"{round(100 * fraction)}%"


class Judgement(StrEnum):
    OK = "well judged"
    SLIGHTLY_OVER = "a little over-confident"
    OVER = "over-confident"
    SLIGHTLY_UNDER = "a little under-confident"
    UNDER = "under-confident"

    @property
    def over(self) -> bool:
        return self in (Judgement.OVER, Judgement.SLIGHTLY_OVER)

    @property
    def under(self) -> bool:
        return self in (Judgement.UNDER, Judgement.SLIGHTLY_UNDER)


def judge(certainty: Certainty, accuracy: float, answers: int) -> Judgement:
    """Moodle's judgement of one certainty level from its accuracy (0 to 1) over ``answers`` answers."""
    low, high = OPTIMAL_RANGE[certainty]
    if accuracy < low - JUDGEMENT_TOLERANCE:
        clear = (accuracy - low) ** 2 * answers > SIGNIFICANT
        return Judgement.OVER if clear else Judgement.SLIGHTLY_OVER
    if accuracy > high + JUDGEMENT_TOLERANCE:
        clear = (accuracy - high) ** 2 * answers > SIGNIFICANT
        return Judgement.UNDER if clear else Judgement.SLIGHTLY_UNDER
    return Judgement.OK


@dataclass(frozen=True)
class MarkedAnswer:
    """One question under CBM: its raw score (0 to 1) and the certainty given (``None``: not answered)."""

    question_id: str
    score: float
    certainty: int | None
    answered: bool = True

    @property
    def mark(self) -> float:
        return cbm_mark(self.score, self.certainty) if self.answered else 0.0


@dataclass(frozen=True)
class LevelSummary:
    """How the answers given at one certainty level went."""

    certainty: Certainty
    answers: int
    accuracy: float  # 0 to 1: raw scores over answers

    @property
    def judgement(self) -> Judgement:
        return judge(self.certainty, self.accuracy, self.answers)

    @property
    def optimal_range(self) -> tuple[float, float]:
        return OPTIMAL_RANGE[self.certainty]


@dataclass(frozen=True)
class CbmSummary:
    """The CBM figures for an attempt: over every certainty-marked question, and over those answered."""

    answers: tuple[MarkedAnswer, ...]

    @property
    def questions(self) -> int:
        return len(self.answers)

    @property
    def answered(self) -> tuple[MarkedAnswer, ...]:
        return tuple(a for a in self.answers if a.answered)

    @property
    def accuracy(self) -> float:
        """Raw scores over every certainty-marked question, ignoring certainty (0 to 1)."""
        return _share(a.score for a in self.answered) / self.questions if self.questions else 0.0

    @property
    def average(self) -> float:
        """The average CBM mark over every certainty-marked question (−6 to 3; unanswered add 0)."""
        return sum(a.mark for a in self.answered) / self.questions if self.questions else 0.0

    @property
    def answered_accuracy(self) -> float:
        answered = self.answered
        return _share(a.score for a in answered) / len(answered) if answered else 0.0

    @property
    def answered_average(self) -> float:
        answered = self.answered
        return sum(a.mark for a in answered) / len(answered) if answered else 0.0

    def mark_for(self, question_id: str) -> MarkedAnswer | None:
        return next((a for a in self.answers if a.question_id == question_id), None)

    @property
    def levels(self) -> list[LevelSummary]:
        """Each certainty level used, from very sure down (as Moodle lists them)."""
        found = []
        for level in sorted(Certainty, reverse=True):
            given = [a for a in self.answered if (a.certainty or DEFAULT_CERTAINTY) == level]
            if given:
                found.append(LevelSummary(level, len(given), _share(a.score for a in given) / len(given)))
        return found

    def lines(self) -> list[str]:
        """The summary in plain words, a sentence or two a line."""
        return describe(self)


def summarise(answers: Iterable[MarkedAnswer]) -> CbmSummary:
    return CbmSummary(tuple(answers))


def _share(scores: Iterable[float]) -> float:
    return sum(max(0.0, min(1.0, s)) for s in scores)


def _average_text(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".").replace("-", "−") if value else "0"


def describe(summary: CbmSummary) -> list[str]:
    """Accuracy, the CBM average and each certainty level's judgement, in plain British English."""
    if not summary.answered:
        return [tr("You did not answer any questions marked for certainty, so there is no certainty-based mark.")]
    answered, total = len(summary.answered), summary.questions
    lines = [tr("Accuracy: {percent} (how much you got right, leaving certainty aside).").format(
                 percent=percent_text(summary.accuracy)),
             tr("Average certainty-based mark: {average} a question. The best possible is "
                "{best} (everything right and very sure); every answer right but not sure gives 1.").format(
                 average=_average_text(summary.average), best=BEST_AVERAGE)]
    if answered < total:
        lines.append(tr("For the {answered} of {total} questions you answered: accuracy "
                        "{percent}, average {average}.").format(
            answered=answered, total=total, percent=percent_text(summary.answered_accuracy),
            average=_average_text(summary.answered_average)))
    levels = summary.levels
    lines.extend(_level_line(level) for level in levels)
    if all(level.judgement is Judgement.OK for level in levels):
        lines.append(tr("Your certainty matched how often you were right: well judged."))
    return lines


def _times(answers: int) -> str:
    return tr("once") if answers == 1 else tr("twice") if answers == 2 else tr("{count} times").format(count=answers)


def _accuracy_text(level: LevelSummary, limit: float) -> str:
    """The level's accuracy as a whole percentage, or to one place when it would read as the limit itself."""
    text = percent_text(level.accuracy)
    return f"{100 * level.accuracy:.1f}%" if text == percent_text(limit) else text


def _level_line(level: LevelSummary) -> str:
    low, high = level.optimal_range
    words, judgement = level.certainty.words, level.judgement
    said = tr("You said {label} {times}", "{times}: 'once', 'twice' or '3 times'").format(
        label=level.certainty.label, times=_times(level.answers))
    if judgement.over:
        over = (tr("You were a little over-confident: when you were {words} you were right only "
                   "{accuracy} of the time. {label} pays best only when you "
                   "expect to be right at least {low} of the time. ({said}.)") if judgement is Judgement.SLIGHTLY_OVER
                else tr("You were over-confident: when you were {words} you were right only "
                        "{accuracy} of the time. {label} pays best only when you "
                        "expect to be right at least {low} of the time. ({said}.)"))
        return over.format(words=words, accuracy=_accuracy_text(level, low), label=tr(LABELS[level.certainty]),
                           low=percent_text(low), said=said)
    if judgement.under:
        better = tr(LABELS[Certainty(level.certainty + 1)])
        under = (tr("You were a little under-confident: when you were {words} you were right "
                    "{accuracy} of the time. Above {high}, {better} earns more marks, "
                    "so you can trust yourself more. ({said}.)") if judgement is Judgement.SLIGHTLY_UNDER
                 else tr("You were under-confident: when you were {words} you were right "
                         "{accuracy} of the time. Above {high}, {better} earns more marks, "
                         "so you can trust yourself more. ({said}.)"))
        return under.format(words=words, accuracy=_accuracy_text(level, high), high=percent_text(high),
                            better=better, said=said)
    if level.certainty is Certainty.NOT_SURE:
        span = tr("below {percent}").format(percent=percent_text(high))
    elif level.certainty is Certainty.VERY_SURE:
        span = tr("above {percent}").format(percent=percent_text(low))
    else:
        span = tr("between {low} and {high}").format(low=percent_text(low), high=percent_text(high))
    return tr("When you were {words} you were right {percent} of the time, which suits "
              "{label} ({span}). ({said}.)").format(
        words=words, percent=percent_text(level.accuracy), label=tr(LABELS[level.certainty]), span=span, said=said)



def mark_sentence(score: float, certainty: int | None, spoken: bool = False) -> str:
    """'You said Very sure (3) and your answer was right: mark +3.' (``spoken``: the mark in words)."""
    level = DEFAULT_CERTAINTY if certainty is None else certainty_from(certainty)
    mark = cbm_mark(score, level)
    if score <= MARK_TOLERANCE:
        sentence = tr("You said {label} and your answer was not right: certainty-based mark {mark}.")
    elif score >= 1.0:
        sentence = tr("You said {label} and your answer was right: certainty-based mark {mark}.")
    else:
        sentence = tr("You said {label} and your answer was partly right ({percent}): certainty-based mark {mark}.")
    shown = mark_words(mark) if spoken else mark_text(mark)
    return sentence.format(label=level.label, percent=percent_text(score), mark=shown)
