"""How a workspace tab writes: on the one app-wide runner, its refusals in the tab's own line.

The service call runs on the write worker (behind a snapshot import, if one runs); a refusal
or bad value lands in the tab's inline message and nothing else happens; a success says so,
tells the board which opportunity changed and lets the workspace reload it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from projdesk.domain.changes import OPPORTUNITY, Changes
from projdesk.domain.errors import ProjDeskError
from projdesk.ui.common.runner import Progress, Runner
from projdesk.ui.common.widgets import InlineMessage


def write_for_opportunity(
    runner: Runner,
    message: InlineMessage,
    opp_id: str,
    title: str,
    work: Callable[[], Any],
    done_text: str,
    on_written: Callable[[Any], None],
) -> None:
    def run(_progress: Progress, _cancel: threading.Event) -> Any:
        return work()

    def done(result: Any) -> None:
        message.ok(done_text)
        on_written(result)

    def failed(error: BaseException) -> None:
        if isinstance(error, ProjDeskError):
            message.error(error)
        else:
            runner.report_failure(error)

    runner.write(title, run, done, failed, changes=lambda _result: Changes.of(OPPORTUNITY, [opp_id]))
