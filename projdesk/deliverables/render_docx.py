"""Render a docxtpl template safely: sandboxed, autoescaped, checked, time-limited, atomic.

* The Jinja environment is sandboxed (no ``__class__``/``__mro__`` walks) and autoescapes, so a
  value like ``A&B <集团>`` or ``{{ 7*7 }}`` prints literally instead of breaking the XML or running.
* Before rendering, the template's fields are checked against the context: an unknown field is one
  clear error naming the template and the field. ``StrictUndefined`` catches unknown sub-fields.
* Company templates are untrusted (the sandbox limits attribute access, not CPU): they render in a
  separate process that is stopped after a time limit, and that dies with the app (killed or
  crashed) instead of running on alone.
* The result goes to a temporary file beside the target and replaces it only when complete.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import re
import signal
import sys
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from projdesk.deliverables.atomic import atomic_output
from projdesk.deliverables.gaps import highlight_gaps
from projdesk.deliverables.properties import set_properties
from projdesk.domain.errors import BadInputFile

__all__ = ["COMPANY_TIME_LIMIT", "TemplateBroken", "atomic_output", "make_environment", "render_docx"]

COMPANY_TIME_LIMIT = 20.0  # seconds; a real contract renders in well under one


class TemplateBroken(BadInputFile):
    """A template that cannot be rendered: one line naming the template and the problem."""


def make_environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def _missing_name(message: str) -> str:
    match = re.search(r"has no attribute '([^']+)'", message) or re.search(r"'([^']+)' is undefined", message)
    return match.group(1) if match else message


def _snippet(exc: Exception) -> str:
    """The first tags near a syntax error ("" when docxtpl gave no context)."""
    lines = [line.strip() for line in getattr(exc, "docx_context", []) or [] if line.strip()]
    tags = [t for line in lines for t in re.findall(r"\{[{%].*?[%}]\}", line)]
    return " ".join(tags[:3])[:120]


def as_paragraphs(value: Any) -> Any:
    """Line breaks in values become paragraph breaks (docxtpl turns ``\\a`` into a new paragraph with
    the same formatting), so a justified paragraph is never stretched across a manual line break."""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\a", "").replace("\n", "\a")
    if isinstance(value, dict):
        return {k: as_paragraphs(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_paragraphs(v) for v in value]
    return value


def _render_file(
    template: str, context: dict[str, Any], output: str, label: str, properties: dict[str, str] | None = None
) -> None:
    """Render ``template`` into ``output``; every failure becomes :class:`TemplateBroken`."""
    from docxtpl import DocxTemplate

    env = make_environment()
    if not zipfile.is_zipfile(template):
        raise TemplateBroken.coded("template_not_docx", template=label)
    try:
        tpl = DocxTemplate(template)
        unknown = tpl.get_undeclared_template_variables(env) - set(context) - set(env.globals)
        if unknown:
            raise TemplateBroken.coded(
                "template_unknown_fields", template=label, names="、".join(sorted(unknown))
            )
        tpl.render(as_paragraphs(context), jinja_env=env)
        highlight_gaps(tpl.docx)
        if properties is not None:
            set_properties(tpl.docx, properties)
        tpl.save(output)
    except TemplateBroken:
        raise
    except TemplateSyntaxError as exc:
        near = _snippet(exc)
        if near:
            raise TemplateBroken.coded(
                "template_bad_tag_near", template=label, detail=exc.message, near=near
            ) from None
        raise TemplateBroken.coded("template_bad_tag", template=label, detail=exc.message) from None
    except SecurityError as exc:
        raise TemplateBroken.coded("template_unsafe", template=label, detail=exc) from None
    except UndefinedError as exc:
        raise TemplateBroken.coded(
            "template_unknown_fields", template=label, names=_missing_name(str(exc))
        ) from None
    except (KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile) as exc:
        raise TemplateBroken.coded(
            "template_failed", template=label, kind_of_error=type(exc).__name__, detail=exc
        ) from None


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent() -> None:
    """End this render process when the app that started it ends, however it ends.

    On Linux the kernel sends SIGKILL when the parent goes (this works even while the render is
    stuck in C code holding the interpreter lock). Everywhere, a thread waits on the parent's
    sentinel and exits, which also covers a parent that died before the signal was set up.
    """
    if sys.platform.startswith("linux"):
        # Without prctl (an unusual libc) the watchdog thread below still serves.
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="projdesk-parent-watch", daemon=True).start()


def _child(
    template: str, context: dict[str, Any], output: str, label: str, properties: Any, conn: Any
) -> None:
    _die_with_parent()
    try:
        _render_file(template, context, output, label, properties)
    except TemplateBroken as exc:  # its code and params: the parent raises it again, to be worded
        conn.send(("error", exc.code, exc.params))
    except BaseException as exc:  # anything else still reaches the user as one line
        detail = {"template": label, "kind_of_error": type(exc).__name__, "detail": str(exc)}
        conn.send(("error", "template_failed", detail))
    else:
        conn.send(("ok", "", {}))
    finally:
        conn.close()


def _render_isolated(
    template: str,
    context: dict[str, Any],
    output: str,
    label: str,
    limit: float,
    properties: dict[str, str] | None,
) -> None:
    """Render in a fresh process (spawn: safe beside Qt threads) and stop it after ``limit`` s."""
    mp = multiprocessing.get_context("spawn")
    receive, send = mp.Pipe(duplex=False)
    proc = mp.Process(target=_child, args=(template, context, output, label, properties, send), daemon=True)
    proc.start()
    send.close()
    try:
        if not receive.poll(limit):
            raise TemplateBroken.coded("template_timed_out", template=label, seconds=f"{limit:g}")
        try:
            status, code, params = receive.recv()
        except EOFError:
            raise TemplateBroken.coded("template_process_died", template=label) from None
        if status != "ok":
            raise TemplateBroken.coded(code, **params)
    finally:
        if proc.is_alive():
            proc.terminate()
            proc.join(2)
            if proc.is_alive():
                proc.kill()
        proc.join()
        receive.close()


def render_docx(
    template: Path,
    context: dict[str, Any],
    out_path: Path,
    *,
    untrusted: bool = False,
    time_limit: float = COMPANY_TIME_LIMIT,
    label: str | None = None,
    before_replace: Callable[[], None] | None = None,
    properties: dict[str, str] | None = None,
    finish: Callable[[Path], object] | None = None,
) -> None:
    """Render ``template`` with ``context`` into ``out_path``; nothing is written on error.

    ``before_replace`` runs when the rendered file is complete (see :func:`atomic_output`);
    ``properties`` (title, subject, author, company, category, revision) become the file's.
    """
    label = label or template.name
    with atomic_output(out_path, before_replace) as tmp:
        if untrusted:
            _render_isolated(str(template), context, str(tmp), label, time_limit, properties)
        else:
            _render_file(str(template), context, str(tmp), label, properties)
        if finish is not None:
            finish(tmp)
