"""A generated file's properties: from the user and the company with the real date.

The templates' own (python-docx's default says "python-docx", 2013 and its author's name) are
replaced for Word and PowerPoint files alike: both packages keep them in the same two parts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

__all__ = ["set_properties"]


def set_properties(document: Any, properties: dict[str, str]) -> None:
    """File properties from the user and the company with the real date, not the template's
    (python-docx's default template says "python-docx", 2013 and its author's name)."""
    props = document.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.title = properties.get("title", "")
    props.subject = properties.get("subject", "")
    props.author = props.last_modified_by = properties.get("author", "")
    props.category = properties.get("category", "")
    props.comments = props.keywords = ""
    props.language = "zh-CN"
    props.created = props.modified = now
    props.last_printed = now
    props.revision = int(properties.get("revision", "1") or 1)
    company = properties.get("company", "")
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _app_xml(company)


def _app_xml(company: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>ProjDesk</Application><Company>{escape(company)}</Company></Properties>"
    ).encode()
