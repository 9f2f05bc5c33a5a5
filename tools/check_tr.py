"""List Chinese string literals in projdesk/ui that do not go through tr()/translate().

Mark a line ``# notr`` when its Chinese text is data rather than UI text.

Used by tests/ui/test_translations.py; run directly to see the offending lines.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")
TR_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def problems(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    allowed: set[int] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in TR_CALLS:
            for arg in node.args:
                if isinstance(arg, ast.JoinedStr):
                    found.append(f"{path}:{node.lineno}: f-string inside tr() cannot be translated")
                for sub in ast.walk(arg):
                    allowed.add(id(sub))
        # Docstrings are not UI text.
        if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Module | ast.AsyncFunctionDef):
            doc = node.body[0] if node.body else None
            if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant):
                allowed.add(id(doc.value))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and CJK.search(node.value)
            and id(node) not in allowed
            and len(node.value.strip()) > 1  # a glyph to measure with, a full-width colon
            and "# notr" not in lines[node.lineno - 1]  # data, not UI text (e.g. a method term)
        ):
            found.append(f"{path}:{node.lineno}: {node.value[:40]!r} is not translatable")
    return found


def ui_sources() -> list[Path]:
    return sorted(p for p in (ROOT / "projdesk" / "ui").rglob("*.py") if "forms" not in p.parts)


if __name__ == "__main__":
    issues = [line for path in ui_sources() for line in problems(path)]
    print("\n".join(issues) or "all UI text goes through tr()")
    sys.exit(1 if issues else 0)
