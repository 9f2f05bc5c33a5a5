"""python-docx helpers for building ProjDesk's Word templates (used by build_templates.py).

What they take care of (see FIELD-NOTES.md): A4; East Asian fonts on styles and runs with the
*Theme attributes removed; zh-CN language and themeFontLang; Chinese heading numbering written as
text (一、 （一） 1.), which LibreOffice renders; header with customer and project; footer with page
numbers; tables with explicit borders (no "Table Grid") and a repeating header row.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

BODY_EA, BODY_LATIN = "SimSun", "Times New Roman"
HEAD_EA, HEAD_LATIN = "SimHei", "Arial"
BODY_PT = 10.5  # 五号
CN_NUMBERS = "一二三四五六七八九十"
HEADER_FILL = "D9E2F3"
LABEL_FILL = "F2F2F2"


def cn_number(n: int) -> str:
    if n <= 10:
        return CN_NUMBERS[n - 1]
    if n < 20:
        return "十" + CN_NUMBERS[n - 11]
    tens, ones = divmod(n, 10)
    return CN_NUMBERS[tens - 1] + "十" + (CN_NUMBERS[ones - 1] if ones else "")


def set_fonts(rpr: object, east_asia: str, latin: str) -> None:
    """Explicit fonts on an ``rPr``: Latin and East Asian, no theme fonts."""
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)  # type: ignore[attr-defined]
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    for key, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:cs", latin), ("w:eastAsia", east_asia)):
        fonts.set(qn(key), value)


def _lang(rpr: object) -> None:
    lang = rpr.find(qn("w:lang"))  # type: ignore[attr-defined]
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)  # type: ignore[attr-defined]
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")


class Builder:
    """One template document with automatic Chinese heading numbers and bookmarks for the TOC."""

    def __init__(self, title: str) -> None:
        self.doc: DocumentObject = Document()
        self.title = title
        self.counters = [0, 0, 0]
        self.toc_entries: list[tuple[int, str, str]] = []
        self._setup()

    # -- document set-up -------------------------------------------------------------------

    def _setup(self) -> None:
        doc = self.doc
        for section in doc.sections:
            section.page_width, section.page_height = Mm(210), Mm(297)
            section.top_margin = section.bottom_margin = Cm(2.54)
            section.left_margin = section.right_margin = Cm(2.8)
            section.header_distance = section.footer_distance = Cm(1.5)
        styles = doc.styles.element
        # Document defaults: explicit fonts and zh-CN instead of the template's theme fonts and ja-JP.
        rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        set_fonts(rpr_default, BODY_EA, BODY_LATIN)
        _lang(rpr_default)
        for fonts in styles.iter(qn("w:rFonts")):
            for attr in list(fonts.attrib):
                if attr.lower().endswith("theme"):  # asciiTheme, eastAsiaTheme, cstheme…
                    del fonts.attrib[attr]
        settings = doc.settings.element
        theme_lang = settings.find(qn("w:themeFontLang"))
        if theme_lang is None:
            theme_lang = OxmlElement("w:themeFontLang")
            settings.append(theme_lang)
        theme_lang.set(qn("w:val"), "en-US")
        theme_lang.set(qn("w:eastAsia"), "zh-CN")
        normal = doc.styles["Normal"]
        normal.font.size = Pt(BODY_PT)
        set_fonts(normal.element.get_or_add_rPr(), BODY_EA, BODY_LATIN)
        pf = normal.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        pf.line_spacing = 1.35
        pf.space_after = Pt(3)
        for level, size in ((1, 15), (2, 13), (3, 11.5)):
            style = doc.styles[f"Heading {level}"]
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = False
            style.font.color.rgb = RGBColor(0, 0, 0)
            set_fonts(style.element.get_or_add_rPr(), HEAD_EA, HEAD_LATIN)
            style.paragraph_format.space_before = Pt(14 if level == 1 else 8)
            style.paragraph_format.space_after = Pt(6 if level == 1 else 4)
            style.paragraph_format.keep_with_next = True
        title = doc.styles["Title"]
        title.font.size = Pt(22)
        title.font.bold = True
        title.font.color.rgb = RGBColor(0, 0, 0)
        set_fonts(title.element.get_or_add_rPr(), HEAD_EA, HEAD_LATIN)
        title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # The Title style has a bottom border in the default template: drop it.
        ppr = title.element.find(qn("w:pPr"))
        if ppr is not None and ppr.find(qn("w:pBdr")) is not None:
            ppr.remove(ppr.find(qn("w:pBdr")))
        for name in ("TOC 1", "TOC 2"):
            try:
                style = doc.styles[name]
            except KeyError:
                from docx.enum.style import WD_STYLE_TYPE

                style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                style.base_style = normal
            style.paragraph_format.left_indent = Cm(0 if name == "TOC 1" else 0.75)
            style.paragraph_format.space_after = Pt(4)
            style.font.size = Pt(11 if name == "TOC 1" else BODY_PT)
            style.font.bold = name == "TOC 1"
        self._header_footer(doc.sections[0])

    def _header_footer(self, section: object) -> None:
        header = section.header  # type: ignore[attr-defined]
        p = header.paragraphs[0]
        p.text = ""
        width = section.page_width - section.left_margin - section.right_margin  # type: ignore[attr-defined]
        # The Header style's own tab stops (centre 4680, right 9360 twips: US Letter) are cleared.
        for twips in (4680, 9360):
            p.paragraph_format.tab_stops.add_tab_stop(Twips(twips), WD_TAB_ALIGNMENT.CLEAR)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        self.run(p, "{{ customer.name }}｜{{ project.name }}", size=9)
        self.run(p, "\t" + self.title, size=9)
        _border(p, "bottom")
        footer = section.footer  # type: ignore[attr-defined]
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.run(fp, "第 ", size=9)
        self.field(fp, "PAGE", "1", size=9)
        self.run(fp, " 页 / 共 ", size=9)
        self.field(fp, "NUMPAGES", "1", size=9)
        self.run(fp, " 页", size=9)

    def cover_without_header(self) -> None:
        """The first page (a cover) carries no header or footer."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True

    # -- text ------------------------------------------------------------------------------

    def run(
        self,
        p: Paragraph,
        text: str,
        *,
        bold: bool = False,
        size: float | None = None,
        heading_font: bool = False,
        underline: bool = False,
    ) -> object:
        r = p.add_run(text)
        r.bold = bold or None
        r.underline = underline or None
        if size:
            r.font.size = Pt(size)
        rpr = r._r.get_or_add_rPr()
        if heading_font:
            set_fonts(rpr, HEAD_EA, HEAD_LATIN)
        else:
            set_fonts(rpr, BODY_EA, BODY_LATIN)
        return r

    def field(self, p: Paragraph, instruction: str, cached: str, *, size: float | None = None) -> None:
        """A complex field (PAGE, NUMPAGES, PAGEREF…) with a cached result."""

        def fld(kind: str) -> object:
            r = self.run(p, "", size=size)
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._r.append(el)  # type: ignore[attr-defined]
            return r

        fld("begin")
        r = self.run(p, "", size=size)
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {instruction} "
        r._r.append(instr)  # type: ignore[attr-defined]
        fld("separate")
        self.run(p, cached, size=size)
        fld("end")

    def para(
        self,
        text: str = "",
        *,
        bold: bool = False,
        align: str = "justify",
        indent: bool = True,
        size: float | None = None,
        space_after: float | None = None,
        style: str | None = None,
    ) -> Paragraph:
        """A body paragraph (first-line indent of two characters, as Chinese documents do)."""
        p = self.doc.add_paragraph(style=style)
        p.alignment = {
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "left": WD_ALIGN_PARAGRAPH.LEFT,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
        }[align]
        if indent and align == "justify":
            p.paragraph_format.first_line_indent = Pt((size or BODY_PT) * 2)
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        if text:
            self.run(p, text, bold=bold, size=size)
        return p

    def label(self, label: str, value: str) -> Paragraph:
        """``标签：值`` on one line, the label bold."""
        p = self.para(indent=False, align="left")
        self.run(p, f"{label}：", bold=True)
        self.run(p, value)
        return p

    def tag(self, text: str) -> Paragraph:
        """A paragraph holding only a docxtpl ``{%p …%}`` tag (removed when rendered)."""
        p = self.doc.add_paragraph()
        self.run(p, text)
        return p

    def heading(self, level: int, text: str, *, number: bool = True, toc: bool = True) -> Paragraph:
        prefix = ""
        if number:
            self.counters[level - 1] += 1
            for deeper in range(level, 3):
                self.counters[deeper] = 0
            n = self.counters[level - 1]
            prefix = {1: f"{cn_number(n)}、", 2: f"（{cn_number(n)}）", 3: f"{n}. "}[level]
        p = self.doc.add_paragraph(style=f"Heading {level}")
        full = prefix + text
        if toc and level <= 2:
            mark = f"_Toc{len(self.toc_entries) + 1:04d}"
            self.toc_entries.append((level, full, mark))
            _bookmark(p, mark, len(self.toc_entries), lambda: self.run(p, full, heading_font=True))
        else:
            self.run(p, full, heading_font=True)
        return p

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def toc_placeholder(self) -> Paragraph:
        """Where the table of contents goes; filled by :meth:`fill_toc` once all headings exist."""
        return self.doc.add_paragraph()

    def fill_toc(self, placeholder: Paragraph) -> None:
        body = self.doc.element.body
        before = len(body)
        self.toc(self.toc_entries)
        new = list(body)[before - 1 : -1] if body[-1].tag == qn("w:sectPr") else list(body)[before:]
        for el in new:
            placeholder._p.addprevious(el)
        placeholder._p.getparent().remove(placeholder._p)

    def toc(self, entries: Sequence[tuple[int, str, str]]) -> None:
        """The table of contents: one line per heading with a PAGEREF field to its bookmark.

        Measured: LibreOffice shows a Word TOC field's cached page numbers unchanged (all "1" in a
        template), while it computes PAGEREF fields at layout; Word updates both on open
        (updateFields), so the lines are written as PAGEREF entries in the TOC styles.
        """
        self.para("目  录", align="center", indent=False, bold=True, size=16, space_after=12)
        section = self.doc.sections[0]
        width = section.page_width - section.left_margin - section.right_margin
        for level, text, mark in entries:
            p = self.doc.add_paragraph(style=f"TOC {level}")
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            self.run(p, text + "\t", bold=level == 1)
            self.field(p, f"PAGEREF {mark} \\h", "1")
        settings = self.doc.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)

    def _fld_char(self, p: Paragraph, kind: str) -> None:
        r = self.run(p, "")
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)  # type: ignore[attr-defined]

    # -- tables ----------------------------------------------------------------------------

    def table(
        self,
        headers: Sequence[str],
        cells: Sequence[str],
        widths_cm: Sequence[float],
        *,
        loop: str | None = None,
        right: Sequence[int] = (),
        center: Sequence[int] = (),
        footer_rows: Sequence[Sequence[str]] = (),
    ) -> Table:
        """A bordered table: a repeating header row, then ``cells`` (a docxtpl ``{%tr for %}`` row
        when ``loop`` is given: ``loop`` is the ``for`` clause), then fixed footer rows."""
        n = len(headers)
        t = self.doc.add_table(rows=0, cols=n)
        _borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        head = t.add_row()
        _repeat_header(head)
        for i, text in enumerate(headers):
            self._cell(head.cells[i], text, bold=True, align="center", fill=HEADER_FILL)
        if loop:
            self._cell(t.add_row().cells[0], f"{{%tr for {loop} %}}")
        row = t.add_row()
        for i, text in enumerate(cells):
            align = "right" if i in right else "center" if i in center else "left"
            self._cell(row.cells[i], text, align=align)
        if loop:
            self._cell(t.add_row().cells[0], "{%tr endfor %}")
        for values in footer_rows:
            r = t.add_row()
            spans = _merge_spans(values)
            for start, end, text in spans:
                cell = r.cells[start].merge(r.cells[end]) if end > start else r.cells[start]
                align = "right" if end in right or start in right else "left"
                self._cell(cell, text, bold=True, align=align)
        _widths(t, widths_cm)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def static_table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths_cm: Sequence[float]
    ) -> Table:
        """A bordered table with fixed rows (text written in the template)."""
        t = self.doc.add_table(rows=0, cols=len(headers))
        _borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        head = t.add_row()
        _repeat_header(head)
        for i, text in enumerate(headers):
            self._cell(head.cells[i], text, bold=True, align="center", fill=HEADER_FILL)
        for values in rows:
            r = t.add_row()
            for i, text in enumerate(values):
                self._cell(r.cells[i], text, align="center" if i in (0, len(values) - 1) else "left")
        _widths(t, widths_cm)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def form(self, rows: Sequence[Sequence[str]], widths_cm: Sequence[float]) -> Table:
        """A bordered form: label cells (even columns) shaded; ``""`` after a value merges it left."""
        n = len(widths_cm)
        t = self.doc.add_table(rows=0, cols=n)
        _borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for values in rows:
            r = t.add_row()
            for start, end, text in _merge_spans(values):
                cell = r.cells[start].merge(r.cells[end]) if end > start else r.cells[start]
                is_label = start % 2 == 0 and len(values) > 1
                self._cell(
                    cell,
                    text,
                    bold=is_label,
                    fill=LABEL_FILL if is_label else None,
                    align="center" if is_label else "left",
                )
        _widths(t, widths_cm)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def _cell(
        self, cell: _Cell, text: str, *, bold: bool = False, align: str = "left", fill: str | None = None
    ) -> None:
        p = cell.paragraphs[0]
        p.alignment = {
            "left": WD_ALIGN_PARAGRAPH.LEFT,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "center": WD_ALIGN_PARAGRAPH.CENTER,
        }[align]
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.15
        self.run(p, text, bold=bold, size=9.5)
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if fill:
            tcpr = cell._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), fill)
            tcpr.append(shd)

    def save(self, path: str) -> None:
        self.doc.core_properties.title = self.title
        self.doc.core_properties.language = "zh-CN"
        self.doc.save(path)


def _merge_spans(values: Sequence[str]) -> list[tuple[int, int, str]]:
    """``["合计", "", "", "x"]`` → the label spans columns 0–2."""
    spans: list[tuple[int, int, str]] = []
    for i, text in enumerate(values):
        if text == "" and spans:
            start, _, previous = spans[-1]
            spans[-1] = (start, i, previous)
        else:
            spans.append((i, i, text))
    return spans


def _borders(t: Table) -> None:
    tblpr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6" if edge.startswith("inside") else "8")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side, width in (("top", 45), ("left", 90), ("bottom", 45), ("right", 90)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(width))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tblpr.append(margins)


def _repeat_header(row: object) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    cant = OxmlElement("w:cantSplit")
    trpr.append(cant)


def _widths(t: Table, widths_cm: Sequence[float]) -> None:
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(layout)
    for row in t.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths_cm):
                cell.width = Cm(widths_cm[i])
    grid = t._tbl.tblGrid
    for i, col in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            col.set(qn("w:w"), str(int(widths_cm[i] * 567)))


def _border(p: Paragraph, edge: str) -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{edge}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), "6")
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), "808080")
    bdr.append(el)
    ppr.append(bdr)


def _bookmark(p: Paragraph, name: str, ident: int, body: object) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    p._p.append(start)
    body()  # type: ignore[operator]
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    p._p.append(end)


__all__ = ["WD_SECTION", "Builder", "cn_number"]
