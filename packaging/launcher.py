"""Entry point of the self-contained build (packaging/nps-trainer.spec): the same as the `nps-trainer` command."""

import sys

from nps_trainer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
