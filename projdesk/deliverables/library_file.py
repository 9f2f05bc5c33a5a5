"""The material library as one file a company hands to every salesperson (``.json``, UTF-8)."""

from __future__ import annotations

import json
from pathlib import Path

from projdesk.deliverables.atomic import atomic_output
from projdesk.domain.errors import BadInputFile, InvalidInput
from projdesk.domain.library import Library, from_data, to_data

__all__ = ["MAX_FILE_BYTES", "read_library_file", "write_library_file"]

MAX_FILE_BYTES = 64 * 1024 * 1024  # chapters are text: a real library is well under a megabyte


def write_library_file(library: Library, path: Path | str) -> Path:
    target = Path(path).expanduser().resolve()
    with atomic_output(target) as tmp:
        tmp.write_text(json.dumps(to_data(library), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


def read_library_file(path: Path | str) -> Library:
    """The file's library, every value checked; BadInputFile (exit 4) names what is wrong."""
    file = Path(path).expanduser()
    if not file.is_file():
        raise InvalidInput(f"找不到文件：{file}")
    if file.stat().st_size > MAX_FILE_BYTES:
        raise BadInputFile(f"资料库文件过大：{file.name}")
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise BadInputFile(f"资料库文件不是 UTF-8 文本：{file.name}") from None
    except json.JSONDecodeError as exc:
        raise BadInputFile(f"资料库文件已损坏（第 {exc.lineno} 行不是有效的 JSON）：{file.name}") from None
    return from_data(data)
