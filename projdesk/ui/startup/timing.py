"""Time since the process started, for ``gui --exit-after-show``."""

from __future__ import annotations

import os
import time

# Where the clock starts when the operating system cannot say when the process started:
# projdesk.__main__ imports this module first thing on the way to the window.
IMPORT_TIME = time.perf_counter()


def ms_since_process_start() -> float:
    """Milliseconds since the OS started this process (Linux), else since this module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of the whole line: starttime
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - IMPORT_TIME) * 1000.0
