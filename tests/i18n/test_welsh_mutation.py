"""Welsh mutates a name after words such as *i*, *o*, *yn*, *a* and *gan* ("i Fangor", "yng Ngorffennaf"), which a
``{placeholder}`` cannot do, so no Welsh translation puts a placeholder that holds a month, a person's name, a
section's or an organisation's name right after such a word (issue 13). It says "Hydref – Rhagfyr 2026", "yn y
cyfnod {period}", "Cafodd {name} dystysgrif" instead."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree

from nps_trainer.i18n.command_line import use_for_commands
from nps_trainer.paths import translations_dir
from nps_trainer.services import build_services
from nps_trainer.team.chart_data import FLAGS, gather

# Words after which a Welsh noun or name mutates (soft, nasal or aspirate).
MUTATING = ("i", "o", "yn", "a", "ei", "dy", "fy", "am", "ar", "at", "dan", "gan", "heb", "hyd", "trwy", "drwy",
            "wrth", "â", "gyda", "tua")
# Placeholders that hold words which would have to mutate: months and periods in words, names and titles.
NAMED = ("first", "last", "period", "month", "name", "names", "who", "section", "organisation", "team", "title")
# Where the placeholder holds something that never mutates (numbers, years), by English source.
NOT_NAMES = {
    "Enter the year in full, from {first} to {last}: for example 07/04/2025.",  # years
    "{entries} and {last}",  # answers listed, not names
}
AFTER_MUTATING = re.compile(
    rf"(?<![\w'’])({'|'.join(MUTATING)}) (\{{(?:{'|'.join(NAMED)})\}})", re.IGNORECASE)


def welsh_texts() -> list[tuple[str, str, str]]:
    found = []
    for ts in sorted((translations_dir() / "cy").glob("*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = ([form.text or "" for form in translation.findall("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            found.extend((ts.name, message.findtext("source") or "", text) for text in forms)
    return found


def test_no_name_or_month_follows_a_word_that_would_mutate_it() -> None:
    found = sorted({f"{area}: {source!r} → {text!r} ('{match.group(1)} {match.group(2)}')"
                    for area, source, text in welsh_texts() if source not in NOT_NAMES
                    for match in AFTER_MUTATING.finditer(text)})
    assert found == [], "\n".join(found)


def test_the_check_finds_a_month_after_i_and_yn() -> None:
    assert [m.group(0) for m in AFTER_MUTATING.finditer("{first} i {last}; yn {period}; {first} – {last}")] == [
        "i {last}", "yn {period}"]


def test_month_ranges_in_the_welsh_team_charts_need_no_mutation(user_paths) -> None:
    use_for_commands("cy")
    services = build_services(user_paths)
    try:
        charts = gather(services, dt.date(2026, 12, 6))
    finally:
        services.close()
    assert charts.period == "Ionawr 2026 – Rhagfyr 2026"
    flags = charts.chart(FLAGS)
    assert flags.note.startswith("Sgriniadau wedi'u gorffen yn y cyfnod Hydref – Rhagfyr 2026 (y chwarter hwn)")
