"""The screens of the Quizzes section: the quiz list, the start page, taking a quiz and its results."""
