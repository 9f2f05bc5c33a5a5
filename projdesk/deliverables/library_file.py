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
        raise InvalidInput.coded("sheet_file_missing", path=file)
    if file.stat().st_size > MAX_FILE_BYTES:
        raise BadInputFile.coded("library_file_too_large", name=file.name)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise BadInputFile.coded("library_file_not_utf8", name=file.name) from None
    except json.JSONDecodeError as exc:
        raise BadInputFile.coded("library_file_bad_json", line=exc.lineno, name=file.name) from None
    return from_data(data)
