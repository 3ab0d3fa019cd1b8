"""argparse's own words ("usage:", "options", its errors) in Welsh when the command line speaks Welsh, and left
alone in English."""

from __future__ import annotations

import argparse
import gettext
import inspect

import pytest

from nps_trainer.cli import argparse_words
from nps_trainer.cli.parser import build_parser
from nps_trainer.i18n.command_line import use_for_commands


@pytest.fixture(autouse=True)
def _argparse_as_it_was():
    yield
    argparse_words.uninstall()


def _welsh() -> None:
    use_for_commands("cy")
    argparse_words.install()


def test_every_listed_string_is_one_this_pythons_argparse_uses() -> None:
    source = inspect.getsource(argparse)
    for message in argparse_words.KNOWN:
        assert repr(message)[1:-1] in source or message.replace("\n", "\\n") in source, message


def test_help_is_welsh_throughout_argparses_own_words_included() -> None:
    _welsh()
    text = build_parser().format_help()
    assert text.startswith("defnydd: nps-trainer")
    assert "opsiynau:" in text and "dangos y neges gymorth hon a gadael" in text
    assert "gofalu am y gronfa ddata" in text  # the app's own help text, through tr()
    assert "usage:" not in text and "show this help message" not in text and "options:" not in text
    report = build_parser()._subparsers._group_actions[0].choices["report"]
    assert "ymresymiadau safleol" in report.format_help()


def test_errors_are_welsh_with_their_details_filled_in(capsys: pytest.CaptureFixture[str]) -> None:
    _welsh()
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["report", "figures", "--csv", "out.csv", "--by", "week"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "nps-trainer report figures: gwall: ymresymiad --by: dewis annilys: 'week' (dewiswch o blith " in err
    assert "'month', 'quarter')" in err and "defnydd: nps-trainer report figures" in err
    with pytest.raises(SystemExit):
        build_parser().parse_args(["report", "completion"])
    assert "mae angen yr ymresymiadau canlynol: --csv" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_parser().parse_args(["db", "check", "--frobnicate"])
    assert "gwall: ymresymiadau heb eu hadnabod: --frobnicate" in capsys.readouterr().err


def test_plural_messages_choose_their_welsh_form_and_keep_argparses_placeholder() -> None:
    _welsh()
    assert argparse.ngettext("expected %s argument", "expected %s arguments", 1) % 1 == "disgwyliwyd 1 ymresymiad"
    assert argparse.ngettext("expected %s argument", "expected %s arguments", 3) % 3 == \
        "disgwyliwyd 3 o ymresymiadau"
    assert argparse.ngettext("a %s thing", "%s things", 2) == "%s things"  # not listed: English, as given


def test_english_leaves_argparse_with_its_own_gettext() -> None:
    use_for_commands("en")
    argparse_words.install()
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    assert build_parser().format_help().startswith("usage: nps-trainer")


def test_strings_it_does_not_know_pass_through_unchanged() -> None:
    _welsh()
    assert argparse._("a message no translation knows") == "a message no translation knows"
    assert argparse._(None) is None  # argparse asks this of a subparser group without a description
    argparse_words.uninstall()
    assert build_parser().format_help().startswith("usage: nps-trainer")
