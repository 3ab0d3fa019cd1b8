"""``nps-trainer report completion|figures|team``: team reports, after a manager signs in."""

from __future__ import annotations

import argparse
from importlib import import_module

from .staff_sign_in import command_services, sign_in

MODULES = {"completion": "report_completion", "figures": "report_figures", "team": "report_team"}


def run_report_command(args: argparse.Namespace) -> int:
    report = import_module(f"nps_trainer.cli.{MODULES[args.report_command]}")
    check = getattr(report, "check_arguments", None)
    if check is not None:  # bad dates or paths are refused before anyone is asked for a passphrase
        check(args)
    with command_services(args) as services:
        signed_in = sign_in(args, services, ("manager",), "see team reports")
        return report.run(args, services, signed_in)
