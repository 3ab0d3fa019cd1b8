"""NPS-aware screening: form definitions as data, the engine that runs them, summaries and protection.

Qt-free. The UI and storage layers should use the names exported here.
"""

from nps_trainer.screening.anonymised import AnonymisedSummary, anonymised_summary
from nps_trainer.screening.answers import (
    DECLINED,
    NOT_KNOWN,
    add_instance,
    get_answer,
    remove_instance,
    set_answer,
)
from nps_trainer.screening.checks import load_form, validate_forms
from nps_trainer.screening.engine import (
    Evaluation,
    RaisedFlag,
    SectionState,
    SectionStatus,
    evaluate_answers,
)
from nps_trainer.screening.library import FormLibrary
from nps_trainer.screening.loader import FormLoadError
from nps_trainer.screening.model import FlagSeverity, FormDefinition, ItemType
from nps_trainer.screening.overrides import OverrideReasonRequired, clear_override, override_flag
from nps_trainer.screening.record import (
    FormVersionMismatch,
    ScreeningRecord,
    evaluate_record,
    new_record,
    record_date,
)
from nps_trainer.screening.render import ConsentNotRecorded, render_summary_html

__all__ = [
    "DECLINED",
    "NOT_KNOWN",
    "AnonymisedSummary",
    "ConsentNotRecorded",
    "Evaluation",
    "FlagSeverity",
    "FormDefinition",
    "FormLibrary",
    "FormLoadError",
    "FormVersionMismatch",
    "ItemType",
    "OverrideReasonRequired",
    "RaisedFlag",
    "ScreeningRecord",
    "SectionState",
    "SectionStatus",
    "add_instance",
    "anonymised_summary",
    "clear_override",
    "evaluate_answers",
    "evaluate_record",
    "get_answer",
    "load_form",
    "new_record",
    "override_flag",
    "record_date",
    "remove_instance",
    "render_summary_html",
    "set_answer",
    "validate_forms",
]
