"""Bid slides (解决方案讲解) with python-pptx: 16:9, East Asian typeface set on every run.

The slides are drawn on the template's blank layout, so a company template contributes its
master (logo, background, colours) while the content stays in our layout. User text is set as
plain text runs: nothing in it is ever interpreted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from projdesk.deliverables.atomic import atomic_output
from projdesk.deliverables.properties import set_properties
from projdesk.deliverables.render_docx import TemplateBroken

__all__ = ["EA_FONT", "render_slides"]

EA_FONT = "Microsoft YaHei"
LATIN_FONT = "Arial"
ACCENT = RGBColor.from_string("1F4E79")  # type: ignore[no-untyped-call]
GREY = RGBColor.from_string("595959")  # type: ignore[no-untyped-call]
WHITE = RGBColor.from_string("FFFFFF")  # type: ignore[no-untyped-call]
ROW_H = Emu(380000)
SLIDE_W, SLIDE_H = Emu(12192000), Emu(6858000)  # 16:9 (13.333 × 7.5 in)


def _font(run: Any, size: float, *, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = LATIN_FONT
    if color is not None:
        run.font.color.rgb = color
    rpr = run._r.get_or_add_rPr()
    rpr.set("lang", "zh-CN")
    rpr.set("altLang", "en-US")
    for tag in ("a:ea", "a:cs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = rpr.makeelement(qn(tag), {})
            latin = rpr.find(qn("a:latin"))
            if latin is not None:
                latin.addnext(el)
            else:
                rpr.append(el)
        el.set("typeface", EA_FONT)


def _text(
    slide: Any, left: int, top: int, width: int, height: int, lines: list[str], size: float, **kw: Any
) -> Any:
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    align = kw.pop("align", PP_ALIGN.LEFT)
    bullet = kw.pop("bullet", False)
    for i, line in enumerate(lines or [""]):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        p.alignment = align
        p.space_after = Pt(size * 0.5)
        run = p.add_run()
        run.text = ("■  " if bullet and line else "") + line
        _font(run, size, **kw)
    return box


def _blank_layout(prs: Any) -> Any:
    for layout in prs.slide_layouts:
        if layout.name in ("Blank", "空白"):
            return layout
    return min(prs.slide_layouts, key=lambda layout: len(layout.placeholders))


def _page(prs: Any, title: str, number: int) -> Any:
    slide = prs.slides.add_slide(_blank_layout(prs))
    for ph in list(slide.placeholders):
        ph._element.getparent().remove(ph._element)
    w, h = prs.slide_width, prs.slide_height
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, w, int(h * 0.13))
    bar.fill.solid()
    bar.fill.fore_color.rgb = ACCENT
    bar.line.fill.background()
    box = _text(
        slide, int(w * 0.05), int(h * 0.025), int(w * 0.9), int(h * 0.09), [title], 26, bold=True, color=WHITE
    )
    box.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    _text(
        slide,
        int(w * 0.85),
        int(h * 0.93),
        int(w * 0.12),
        int(h * 0.05),
        [str(number)],
        11,
        color=GREY,
        align=PP_ALIGN.RIGHT,
    )
    return slide


def _lines(*values: str, limit: int = 8) -> list[str]:
    out = [
        line.strip() for v in values for line in (v or "").replace("；", "\n").splitlines() if line.strip()
    ]
    return out[:limit] or ["（待补充）"]


def _table(
    slide: Any, prs: Any, headers: list[str], rows: list[list[str]], top: int, widths: list[float]
) -> None:
    w = prs.slide_width
    left = int(w * 0.05)
    width = int(w * 0.9)
    shape = slide.shapes.add_table(len(rows) + 1, len(headers), left, top, width, ROW_H * (len(rows) + 1))
    table = shape.table
    for row in table.rows:
        row.height = ROW_H
    for i, frac in enumerate(widths):
        table.columns[i].width = int(width * frac)
    for r, values in enumerate([headers, *rows]):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = value
            right = c >= len(values) - 2 and r > 0 and c > 2
            cell.text_frame.paragraphs[0].alignment = PP_ALIGN.RIGHT if right else PP_ALIGN.LEFT
            _font(run, 13, bold=r == 0 or (r == len(rows) and values[0] == "合计"))


PHASES = (
    ("调研确认", "第 1–2 周", "细化需求\n确认接口清单"),
    ("方案设计", "第 3–5 周", "详细设计\n设备到货验收"),
    ("部署实施", "第 6–10 周", "安装调试\n系统集成、数据迁移"),
    ("试运行", "第 11–12 周", "问题整改\n用户培训"),
    ("验收移交", "第 13 周", "竣工验收\n转入运维"),
)


def _plan(slide: Any, prs: Any) -> None:
    """The implementation phases as a row of chevrons with their weeks and work below."""
    w, h = prs.slide_width, prs.slide_height
    left, gap = int(w * 0.05), int(w * 0.01)
    step = (int(w * 0.9) - gap * (len(PHASES) - 1)) // len(PHASES)
    for i, (name, weeks, work) in enumerate(PHASES):
        x = left + i * (step + gap)
        kind = MSO_SHAPE.CHEVRON if i else MSO_SHAPE.PENTAGON
        shape = slide.shapes.add_shape(kind, x, int(h * 0.26), step, int(h * 0.14))
        shape.fill.solid()
        shape.fill.fore_color.rgb = ACCENT
        shape.line.fill.background()
        frame = shape.text_frame
        frame.paragraphs[0].alignment = PP_ALIGN.CENTER
        run = frame.paragraphs[0].add_run()
        run.text = name
        _font(run, 18, bold=True, color=WHITE)
        _text(
            slide,
            x,
            int(h * 0.43),
            step,
            int(h * 0.07),
            [weeks],
            16,
            bold=True,
            color=ACCENT,
            align=PP_ALIGN.CENTER,
        )
        _text(
            slide,
            x,
            int(h * 0.51),
            step,
            int(h * 0.3),
            work.split("\n"),
            14,
            color=GREY,
            align=PP_ALIGN.CENTER,
        )


def _build(prs: Any, ctx: dict[str, Any]) -> None:
    w, h = prs.slide_width, prs.slide_height
    customer, project, company = ctx["customer"], ctx["project"], ctx["company"]
    # 1 Title
    slide = prs.slides.add_slide(_blank_layout(prs))
    for ph in list(slide.placeholders):
        ph._element.getparent().remove(ph._element)
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, int(h * 0.30), w, int(h * 0.34))
    band.fill.solid()
    band.fill.fore_color.rgb = ACCENT
    band.line.fill.background()
    _text(
        slide,
        int(w * 0.06),
        int(h * 0.33),
        int(w * 0.88),
        int(h * 0.16),
        [project["name"]],
        40,
        bold=True,
        color=WHITE,
        align=PP_ALIGN.CENTER,
    )
    _text(
        slide,
        int(w * 0.06),
        int(h * 0.50),
        int(w * 0.88),
        int(h * 0.1),
        ["解决方案讲解"],
        24,
        color=WHITE,
        align=PP_ALIGN.CENTER,
    )
    _text(
        slide,
        int(w * 0.06),
        int(h * 0.72),
        int(w * 0.88),
        int(h * 0.2),
        [customer["name"], f"{company['name']}    {ctx['doc']['date']}"],
        18,
        color=GREY,
        align=PP_ALIGN.CENTER,
    )
    body_top, body_h = int(h * 0.18), int(h * 0.72)
    left, width = int(w * 0.06), int(w * 0.88)
    steps = ctx["steps"]
    pages: list[tuple[str, list[str]]] = [
        (
            "客户现状",
            _lines(
                f"{customer['name']}（{customer['industry']}行业，{customer['region']}）",
                steps["C"]["notes"],
                ctx["research"]["findings"],
            ),
        ),
        (
            "需求分析",
            _lines(
                steps["E"]["project_plan"], steps["N"]["special_requirements"], ctx["research"]["concerns"]
            ),
        ),
        (
            "方案概述",
            _lines(ctx["research"]["recommendations"], steps["O"]["key_points"], company["products"]),
        ),
    ]
    number = 2
    for title, lines in pages:
        slide = _page(prs, title, number)
        _text(slide, left, body_top, width, body_h, lines, 20, bullet=True)
        number += 1
    _plan(_page(prs, "实施计划", number), prs)
    number += 1
    # Quote summary
    slide = _page(prs, "报价概要", number)
    quote = ctx["quote"]
    if quote["exists"]:
        rows = [
            [ln["no"], ln["item"], ln["brand"], f"{ln['quantity']} {ln['unit']}", ln["total"]]
            for ln in quote["lines"][:8]
        ]
        rows.append(["合计", "", "", "", quote["total"]])
        _table(
            slide,
            prs,
            ["序号", "名称", "品牌", "数量", "小计（元）"],
            rows,
            body_top,
            [0.08, 0.4, 0.18, 0.14, 0.2],
        )
        _text(
            slide,
            left,
            body_top + ROW_H * (len(rows) + 1) + int(h * 0.03),
            width,
            int(h * 0.07),
            [f"合计（大写）：{quote['total_capitals']}"],
            16,
            bold=True,
            color=ACCENT,
        )
    else:
        _text(slide, left, body_top, width, body_h, ["报价待定"], 20)
    number += 1
    # Why us
    slide = _page(prs, "为什么选择我们", number)
    why = _lines(company["intro"], company["cases"], company["service"], limit=6)
    if why == ["（待补充）"]:
        why = [
            "本地化服务团队，7×24 小时响应",
            "同行业项目经验与成熟产品",
            "分期建设，控制投资风险",
            "持证项目主管全程负责",
        ]
    _text(slide, left, body_top, width, body_h, why, 20, bullet=True)


def render_slides(
    template: Path,
    context: dict[str, Any],
    out_path: Path,
    *,
    label: str | None = None,
    before_replace: Callable[[], None] | None = None,
    properties: dict[str, str] | None = None,
) -> None:
    """Write the bid slides to ``out_path`` (atomically) from ``template``'s master.

    ``before_replace`` runs when the file is complete (see ``atomic_output``); ``properties``
    become the file's (see ``deliverables.properties``).
    """
    label = label or template.name
    try:
        prs = Presentation(str(template))
    except Exception as exc:  # python-pptx raises several kinds for a corrupt package
        raise TemplateBroken.coded(
            "slides_template_unreadable", template=label, kind_of_error=type(exc).__name__, detail=exc
        ) from None
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    _build(prs, context)
    if properties is not None:
        set_properties(prs, properties)
    else:
        prs.core_properties.title = f"{context['project']['name']} 解决方案讲解"
    with atomic_output(out_path, before_replace) as tmp:
        prs.save(str(tmp))
