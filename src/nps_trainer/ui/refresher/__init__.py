"""The Refresher: questions from earlier quizzes asked again when FSRS says they are due (see refresher/)."""
