"""Demo data: a realistic synthetic team for a new, empty database, so people can try the app and its reports
(``nps-trainer demo``). Qt-free. Every person, team, case and answer is made up."""

from .build import DEFAULT_SEED, STEPS, DemoContext, DemoRefused, DemoSummary, build_demo, summarise, tables_with_rows

__all__ = ["DEFAULT_SEED", "STEPS", "DemoContext", "DemoRefused", "DemoSummary", "build_demo", "summarise",
           "tables_with_rows"]
