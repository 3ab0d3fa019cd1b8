"""The Screening section's pages: unlock, record list, the form itself, and managers' anonymised counts."""
