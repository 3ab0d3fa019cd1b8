"""The scrolling body a question is asked in: its prompt, its hint, the answer input's place, the certainty
choice (hidden until wanted), a status line and the feedback panel. The quiz's question page and the
Refresher ask questions the same way, in the same body."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from .. import colours
from ..widgets import ScaledLabel, note
from .certainty_input import CertaintyChooser
from .feedback_panel import FeedbackPanel, readable_label

PROMPT_SCALE = 1.15  # the question's own words, a little larger than the text around them


@dataclass
class QuestionBody:
    scroll: QScrollArea
    layout: QVBoxLayout
    prompt: QLabel
    hint: QLabel
    input_holder: QVBoxLayout
    certainty: CertaintyChooser
    status: QLabel
    feedback: FeedbackPanel


def question_body(name: str) -> QuestionBody:
    """A new body; ``name`` prefixes its labels' object names (``<name>Prompt``, ``<name>Hint``, ...)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 4, 8, 4)
    layout.setSpacing(10)
    prompt = readable_label(ScaledLabel(scale=PROMPT_SCALE))
    prompt.setObjectName(f"{name}Prompt")
    layout.addWidget(prompt)
    hint = note("")
    hint.setObjectName(f"{name}Hint")
    colours.keep_styled(hint, lambda: f"QLabel {{ {colours.muted_style()} }}")
    layout.addWidget(hint)
    input_holder = QVBoxLayout()
    layout.addLayout(input_holder)
    certainty = CertaintyChooser()  # shown only when certainty is asked
    certainty.hide()
    layout.addWidget(certainty)
    status = note("")
    status.setObjectName(f"{name}Status")
    colours.keep_styled(status, lambda: f"QLabel {{ {colours.accent_style('info', bold=True)} }}")
    layout.addWidget(status)
    feedback = FeedbackPanel()
    layout.addWidget(feedback)
    layout.addStretch(1)
    scroll.setWidget(body)
    return QuestionBody(scroll, layout, prompt, hint, input_holder, certainty, status, feedback)
