"""Entry point: ``projdesk`` with no sub-command starts the GUI."""

from __future__ import annotations

import sys
import time

# Taken as early as possible: `gui --exit-after-show` reports time to first paint from here
# when the operating system cannot tell the process start time.
IMPORT_TIME = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    # Company templates render in a child process (time limit); a frozen build needs this.
    multiprocessing.freeze_support()
    from projdesk.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
