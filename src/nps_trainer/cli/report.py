"""``nps-trainer report completion|figures|team``: team reports, after a manager signs in."""

from __future__ import annotations

import argparse

from .staff_sign_in import command_services, sign_in


def run_report_command(args: argparse.Namespace) -> int:
    if args.report_command == "completion":
        from .report_completion import run
    elif args.report_command == "figures":
        from .report_figures import run
    else:
        from .report_team import run
    with command_services(args) as services:
        signed_in = sign_in(args, services, ("manager",), "see team reports")
        return run(args, services, signed_in)
