"""How a snapshot's reading, merging and writing report their progress: counts and codes.

A report is (done, total, stage, table): the stage is one of the codes below and the table the
synchronised table being worked on ("" when none). The words are the front ends' job
(projdesk.labels.progress_text), so the English interface reads them in English.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

Stage = Literal["check", "merge", "write", "export", "write_file", "done"]
Progress = Callable[[int, int, Stage, str], None]
