"""The one way a document shows missing data: 【待填：招标编号】.

Every gap in a generated document reads the same, so Word's find (by the text 【待填 or by the
character style :data:`STYLE_NAME`) steps through all of them and none reads as if finished.
"""

from __future__ import annotations

__all__ = ["OPEN", "STYLE_NAME", "placeholder"]

OPEN = "【待填："
CLOSE = "】"
STYLE_NAME = "待填"  # the character style the rendered file gives every placeholder


def placeholder(label: str) -> str:
    return f"{OPEN}{label}{CLOSE}"
