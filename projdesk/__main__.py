"""Entry point: ``projdesk`` with no sub-command starts the GUI."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Literal, TypedDict


class GuiRequest(TypedDict):
    """The arguments of projdesk.ui.app.run()."""

    db: Path | None
    demo: bool
    exit_after_show: bool


GUI_FLAGS: dict[str, Literal["demo", "exit_after_show"]] = {
    "--demo": "demo",
    "--exit-after-show": "exit_after_show",
}


def gui_request(argv: list[str]) -> GuiRequest | None:
    """``[--db PATH] [gui [--demo] [--exit-after-show]]`` as run() arguments, else None.

    Starting the window this way skips importing every command (their services, SQLAlchemy,
    openpyxl: most of a second); anything else goes through the full command line.
    """
    words = list(argv)
    request: GuiRequest = {"db": None, "demo": False, "exit_after_show": False}
    if words and words[0].startswith("--db="):
        request["db"] = Path(words.pop(0)[len("--db=") :])
    elif len(words) >= 2 and words[0] == "--db" and not words[1].startswith("-"):
        request["db"] = Path(words[1])
        del words[:2]
    if words and words[0] == "gui":
        words.pop(0)
        for word in words:
            if word not in GUI_FLAGS:
                return None
            request[GUI_FLAGS[word]] = True
        return request
    return request if not words else None


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        import multiprocessing

        # Company templates render in a child process (time limit); a frozen build needs this.
        multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else argv
    request = gui_request(args)
    if request is not None and request["db"] != Path(""):
        # First: where `gui --exit-after-show` counts from when the OS cannot tell the process start.
        import projdesk.ui.startup.timing

        # Start-up makes several hundred thousand objects (Qt's Python types and enums, our
        # modules) and no garbage worth a collection: the collector's passes over them cost
        # ~10 ms of the first paint. The app turns it back on once its pages are built.
        gc.disable()
        # The board cache's modules are plain Python: imported before Qt, they skip the hook
        # PySide puts on every later import (it reads each module's source looking for
        # `from __feature__ import`), ~8 ms of the first paint.
        import projdesk.ui.startup.board_cache  # noqa: F401
        from projdesk.ui.app import run

        return run(**request)
    from projdesk.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
