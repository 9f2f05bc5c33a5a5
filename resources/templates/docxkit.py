"""python-docx helpers for building ProjDesk's Word templates (used by build_templates.py).

Word-native on purpose, so that a company restyling the template restyles every document:

* All formatting lives in styles (body text, cover lines, table text, signature lines…); runs
  carry no fonts or sizes, only the odd bold label. East Asian fonts are set on the styles with the
  *Theme attributes removed, and the language is zh-CN (see FIELD-NOTES.md).
* Headings are numbered by one multi-level list bound to the heading styles (一、 （一） 1.):
  Word's and LibreOffice's own numbering, not typed text. LibreOffice ignores ``w:isLgl``, so the
  plain Chinese scheme is used.
* The table of contents is a real TOC field over the heading styles. Its cached result is the
  numbered headings without page numbers (a template cannot know them): Word rebuilds it when the
  file opens (updateFields); LibreOffice shows a TOC field's cached result as it is, so it lists
  the headings until 工具 › 更新 › 全部更新 (docs/toc-in-libreoffice.md).
* Data tables use one table style (borders, cell margins, a shaded bold header row).
* A4, header with customer and project, footer with page numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

BODY_EA, BODY_LATIN = "SimSun", "Times New Roman"
HEAD_EA, HEAD_LATIN = "SimHei", "Arial"
BODY_PT = 10.5  # 五号
HEADER_FILL = "D9E2F3"
LABEL_FILL = "F2F2F2"
HEADING_NUM_ID = 90  # the one list the heading styles are bound to
TABLE_STYLE = "ProjDesk Table"
FORM_STYLE = "ProjDesk Form"

_ALIGN = {
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}

# Paragraph styles the templates use: (name, base, size pt, bold, heading font, alignment,
# first-line indent in characters, space before, space after).
_PARAGRAPH_STYLES: tuple[tuple[str, str, float, bool, bool, str, int, float, float], ...] = (
    ("Body Text", "Normal", BODY_PT, False, False, "justify", 2, 0, 3),
    ("Cover Title", "Normal", 30, True, True, "center", 0, 0, 20),
    ("Cover Project", "Normal", 22, True, True, "center", 0, 0, 8),
    ("Cover Subtitle", "Normal", 16, True, True, "center", 0, 0, 12),
    ("Cover Line", "Normal", 13, False, False, "center", 0, 0, 6),
    ("Title", "Normal", 20, True, True, "center", 0, 0, 6),
    ("Subtitle", "Normal", 12, False, False, "center", 0, 0, 14),
    ("TOC Heading", "Normal", 16, True, True, "center", 0, 0, 12),
    ("Form Title", "Normal", 16, True, True, "center", 0, 6, 12),
    ("Signature", "Normal", BODY_PT, False, False, "right", 0, 12, 3),
    ("Centered", "Normal", BODY_PT, False, False, "center", 0, 6, 6),
    ("Table Text", "Normal", 9.5, False, False, "left", 0, 0, 0),
    ("Table Heading", "Table Text", 9.5, True, True, "center", 0, 0, 0),
    ("Table Label", "Table Text", 9.5, True, False, "center", 0, 0, 0),
)


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


def _heading_numbering() -> tuple[object, object]:
    """一、 / （一） / 1. bound to Heading 1–3 (the ``pStyle`` of each level)."""
    levels = (
        (0, "chineseCounting", "%1、", "Heading1"),
        (1, "chineseCounting", "（%2）", "Heading2"),
        (2, "decimal", "%3. ", "Heading3"),
    )
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:pStyle w:val="{style}"/><w:suff w:val="nothing"/><w:lvlText w:val="{text}"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        for i, fmt, text, style in levels
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{HEADING_NUM_ID}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{HEADING_NUM_ID}"><w:abstractNumId w:val="{HEADING_NUM_ID}"/></w:num>'
    )
    return abstract, num


def _num_pr(ppr: object, level: int, num_id: int) -> None:
    old = ppr.find(qn("w:numPr"))  # type: ignore[attr-defined]
    if old is not None:
        ppr.remove(old)  # type: ignore[attr-defined]
    num_pr = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    )
    # numPr sits after pStyle/keepNext/keepLines/pageBreakBefore/framePr/widowControl in CT_PPr.
    anchor = None
    for tag in ("w:widowControl", "w:pageBreakBefore", "w:keepLines", "w:keepNext", "w:pStyle"):
        anchor = ppr.find(qn(tag))  # type: ignore[attr-defined]
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addnext(num_pr)
    else:
        ppr.insert(0, num_pr)  # type: ignore[attr-defined]


class Builder:
    """One template document: styles, numbered headings, a TOC field, styled tables."""

    def __init__(self, title: str) -> None:
        self.doc: DocumentObject = Document()
        self.title = title
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
        self._paragraph_styles()
        self._heading_styles()
        self._toc_styles()
        self._table_styles()
        for name in ("Header", "Footer"):
            style = doc.styles[name]
            style.font.size = Pt(9)
            set_fonts(style.element.get_or_add_rPr(), BODY_EA, BODY_LATIN)
        self._header_footer(doc.sections[0])

    def _style(self, name: str, base: str) -> object:
        try:
            style = self.doc.styles[name]
        except KeyError:
            style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.doc.styles[base]
        style.quick_style = True
        return style

    def _paragraph_styles(self) -> None:
        for name, base, size, bold, head_font, align, indent, before, after in _PARAGRAPH_STYLES:
            style = self._style(name, base)
            style.font.size = Pt(size)  # type: ignore[attr-defined]
            style.font.bold = bold  # type: ignore[attr-defined]
            style.font.italic = False  # type: ignore[attr-defined]
            style.font.color.rgb = RGBColor(0, 0, 0)  # type: ignore[attr-defined]
            rpr = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
            set_fonts(rpr, HEAD_EA if head_font else BODY_EA, HEAD_LATIN if head_font else BODY_LATIN)
            pf = style.paragraph_format  # type: ignore[attr-defined]
            pf.alignment = _ALIGN[align]
            pf.first_line_indent = Pt(size * indent) if indent else Pt(0)
            pf.space_before = Pt(before)
            pf.space_after = Pt(after)
            if name.startswith("Table"):
                pf.line_spacing = 1.15
            ppr = style.element.find(qn("w:pPr"))  # type: ignore[attr-defined]
            if ppr is not None and ppr.find(qn("w:pBdr")) is not None:  # the Title style's rule
                ppr.remove(ppr.find(qn("w:pBdr")))

    def _heading_styles(self) -> None:
        numbering = self.doc.part.numbering_part.element
        abstract, num = _heading_numbering()
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(num)
        for level, size in ((1, 15), (2, 13), (3, 11.5)):
            style = self.doc.styles[f"Heading {level}"]
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = False
            style.font.color.rgb = RGBColor(0, 0, 0)
            set_fonts(style.element.get_or_add_rPr(), HEAD_EA, HEAD_LATIN)
            pf = style.paragraph_format
            pf.space_before = Pt(14 if level == 1 else 8)
            pf.space_after = Pt(6 if level == 1 else 4)
            pf.keep_with_next = True
            pf.first_line_indent = Pt(0)
            _num_pr(style.element.get_or_add_pPr(), level - 1, HEADING_NUM_ID)

    def _toc_styles(self) -> None:
        width = self._width()
        for level in (1, 2):
            style = self._style(f"TOC {level}", "Normal")
            pf = style.paragraph_format  # type: ignore[attr-defined]
            pf.left_indent = Cm(0 if level == 1 else 0.75)
            pf.space_after = Pt(4)
            pf.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            style.font.size = Pt(11 if level == 1 else BODY_PT)  # type: ignore[attr-defined]
            style.font.bold = level == 1  # type: ignore[attr-defined]

    def _table_styles(self) -> None:
        """``ProjDesk Table``: borders, margins, shaded bold header row; ``ProjDesk Form``: borders only."""
        borders = "".join(
            f'<w:{edge} w:val="single" w:sz="{6 if edge.startswith("inside") else 8}" w:space="0" w:color="000000"/>'
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        margins = (
            '<w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="90" w:type="dxa"/>'
            '<w:bottom w:w="45" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar>'
        )
        header = (
            '<w:tblStylePr w:type="firstRow"><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr>'
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/></w:tcPr></w:tblStylePr>'
        )
        for name, extra in ((TABLE_STYLE, header), (FORM_STYLE, "")):
            style_id = name.replace(" ", "")
            element = parse_xml(
                f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="{style_id}">'
                f'<w:name w:val="{name}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
                '<w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr>'
                f'<w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>'
                f'<w:tblPr><w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>{margins}</w:tblPr>'
                f"{extra}</w:style>"
            )
            self.doc.styles.element.append(element)

    def _width(self) -> int:
        section = self.doc.sections[0]
        return int(section.page_width - section.left_margin - section.right_margin)

    def _header_footer(self, section: object) -> None:
        header = section.header  # type: ignore[attr-defined]
        p = header.paragraphs[0]
        p.text = ""
        # The Header style's own tab stops (centre 4680, right 9360 twips: US Letter) are cleared.
        for twips in (4680, 9360):
            p.paragraph_format.tab_stops.add_tab_stop(Twips(twips), WD_TAB_ALIGNMENT.CLEAR)
        p.paragraph_format.tab_stops.add_tab_stop(self._width(), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run("{{ customer.name }}｜{{ project.name }}")
        p.add_run("\t" + self.title)
        _border(p, "bottom")
        fp = section.footer.paragraphs[0]  # type: ignore[attr-defined]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("第 ")
        self.field(fp, "PAGE", "1")
        fp.add_run(" 页 / 共 ")
        self.field(fp, "NUMPAGES", "1")
        fp.add_run(" 页")

    def cover_without_header(self) -> None:
        """The first page (a cover) carries no header or footer."""
        self.doc.sections[0].different_first_page_header_footer = True

    # -- text ------------------------------------------------------------------------------

    def field(self, p: Paragraph, instruction: str, cached: str) -> None:
        """A complex field (PAGE, NUMPAGES, PAGEREF…) with a cached result."""
        _fld_char(p, "begin")
        r = p.add_run()
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {instruction} "
        r._r.append(instr)
        _fld_char(p, "separate")
        p.add_run(cached)
        _fld_char(p, "end")

    def para(self, text: str = "", *, style: str = "Body Text", bold: bool = False) -> Paragraph:
        """A paragraph in a named style (the style carries font, size, alignment and indent)."""
        p = self.doc.add_paragraph(style=style)
        if text:
            p.add_run(text).bold = bold or None
        return p

    def blank(self, count: int = 1) -> None:
        for _ in range(count):
            self.doc.add_paragraph(style="Normal")

    def label(self, label: str, value: str, *, style: str = "Normal") -> Paragraph:
        """``标签：值`` on one line, the label bold."""
        p = self.doc.add_paragraph(style=style)
        p.add_run(f"{label}：").bold = True
        p.add_run(value)
        return p

    def tag(self, text: str) -> Paragraph:
        """A paragraph holding only a docxtpl ``{%p …%}`` tag (removed when rendered)."""
        p = self.doc.add_paragraph(style="Normal")
        p.add_run(text)
        return p

    def heading(self, level: int, text: str, *, number: bool = True, new_page: bool = False) -> Paragraph:
        """A heading; numbered by the heading styles' list unless ``number`` is false."""
        p = self.doc.add_paragraph(text, style=f"Heading {level}")
        if not number:
            _num_pr(p._p.get_or_add_pPr(), 0, 0)  # numId 0: this heading carries no number
        if new_page:
            p.paragraph_format.page_break_before = True
        return p

    def page_break(self) -> None:
        self.doc.add_paragraph(style="Normal").add_run().add_break(WD_BREAK.PAGE)

    def toc(self, levels: str = "1-2") -> None:
        """A real table-of-contents field over the heading styles.

        The field's cached result is one line per heading (its number and title, no page number:
        LibreOffice would print a cached PAGEREF's empty result after dot leaders, and a number
        guessed here would be wrong); Word rebuilds the lines with page numbers when it updates
        the field. The lines are filled in by :meth:`finish_toc` once every heading exists.
        """
        self.para("目  录", style="TOC Heading")
        self._toc_anchor = self.doc.add_paragraph(style="TOC 1")

    def finish_toc(self, max_level: int = 2) -> None:
        anchor = getattr(self, "_toc_anchor", None)
        if anchor is None:
            return
        headings = [
            p
            for p in self.doc.paragraphs
            if p.style is not None
            and p.style.name.startswith("Heading ")
            and int(p.style.name.split()[-1]) <= max_level
        ]
        counters = [0, 0, 0]
        lines: list[Paragraph] = []
        for p in headings:
            level = int(p.style.name.split()[-1])  # type: ignore[union-attr]
            numbered = p._p.pPr is None or p._p.pPr.find(qn("w:numPr")) is None
            label = p.text
            if numbered:
                counters[level - 1] += 1
                for deeper in range(level, 3):
                    counters[deeper] = 0
                n = counters[level - 1]
                label = (f"{_cn(n)}、" if level == 1 else f"（{_cn(n)}）") + p.text
            line = self.doc.add_paragraph(style=f"TOC {level}")
            line.add_run(label)
            lines.append(line)
        if not lines:
            return
        for line in lines:
            anchor._p.addprevious(line._p)
        first, last = lines[0], lines[-1]
        # The TOC field opens before the first line and closes after the last.
        begin = _fld_run("begin")
        instr = OxmlElement("w:r")
        text = OxmlElement("w:instrText")
        text.set(qn("xml:space"), "preserve")
        text.text = ' TOC \\o "1-2" \\h \\z \\u '
        instr.append(text)
        first._p.insert(1 if first._p.pPr is not None else 0, begin)
        begin.addnext(instr)
        instr.addnext(_fld_run("separate"))
        last._p.append(_fld_run("end"))
        anchor._p.getparent().remove(anchor._p)
        # Page numbers are known only after layout: Word rebuilds the table when the file opens
        # (one question); LibreOffice shows the cached lines, the headings without numbers.
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        self.doc.settings.element.append(update)

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
        """A data table: a repeating header row, then ``cells`` (a docxtpl ``{%tr for %}`` row
        when ``loop`` is given: ``loop`` is the ``for`` clause), then fixed footer rows."""
        t = self._new_table(len(headers), TABLE_STYLE)
        head = t.add_row()
        _repeat_header(head)
        for i, text in enumerate(headers):
            self._cell(head.cells[i], text, style="Table Heading")
        if loop:
            self._cell(t.add_row().cells[0], f"{{%tr for {loop} %}}")
        row = t.add_row()
        for i, text in enumerate(cells):
            self._cell(
                row.cells[i], text, align="right" if i in right else "center" if i in center else "left"
            )
        if loop:
            self._cell(t.add_row().cells[0], "{%tr endfor %}")
        for values in footer_rows:
            r = t.add_row()
            for start, end, text in _merge_spans(values):
                cell = r.cells[start].merge(r.cells[end]) if end > start else r.cells[start]
                align = "right" if end in right or start in right else "left"
                self._cell(cell, text, style="Table Label", align=align)
        _widths(t, widths_cm)
        self.doc.add_paragraph(style="Normal")
        return t

    def static_table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths_cm: Sequence[float]
    ) -> Table:
        """A data table with fixed rows (text written in the template)."""
        t = self._new_table(len(headers), TABLE_STYLE)
        head = t.add_row()
        _repeat_header(head)
        for i, text in enumerate(headers):
            self._cell(head.cells[i], text, style="Table Heading")
        for values in rows:
            r = t.add_row()
            for i, text in enumerate(values):
                self._cell(r.cells[i], text, align="center" if i in (0, len(values) - 1) else "left")
        _widths(t, widths_cm)
        self.doc.add_paragraph(style="Normal")
        return t

    def form(self, rows: Sequence[Sequence[str]], widths_cm: Sequence[float]) -> Table:
        """A bordered form: label cells (even columns) shaded; ``""`` after a value merges it left."""
        t = self._new_table(len(widths_cm), FORM_STYLE)
        for values in rows:
            r = t.add_row()
            for start, end, text in _merge_spans(values):
                cell = r.cells[start].merge(r.cells[end]) if end > start else r.cells[start]
                is_label = start % 2 == 0 and len(values) > 1
                self._cell(cell, text, style="Table Label" if is_label else "Table Text")
                if is_label:
                    _shade(cell, LABEL_FILL)
        _widths(t, widths_cm)
        self.doc.add_paragraph(style="Normal")
        return t

    def _new_table(self, columns: int, style: str) -> Table:
        t = self.doc.add_table(rows=0, cols=columns)
        t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        return t

    def _cell(self, cell: _Cell, text: str, *, style: str = "Table Text", align: str | None = None) -> None:
        p = cell.paragraphs[0]
        p.style = self.doc.styles[style]
        if align and align != "left":
            p.alignment = _ALIGN[align]
        if text:
            p.add_run(text)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    def save(self, path: str) -> None:
        self.finish_toc()
        props = self.doc.core_properties
        props.title = self.title
        props.language = "zh-CN"
        props.author = props.last_modified_by = "ProjDesk"
        props.comments = ""
        self.doc.save(path)


_CN = "一二三四五六七八九十"


def _cn(n: int) -> str:
    if n <= 10:
        return _CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens - 1]) + "十" + (_CN[ones - 1] if ones else "")


def _fld_run(kind: str) -> object:
    r = OxmlElement("w:r")
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r.append(el)
    return r


def _fld_char(p: Paragraph, kind: str) -> None:
    p._p.append(_fld_run(kind))


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


def _shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _repeat_header(row: object) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    trpr.append(OxmlElement("w:cantSplit"))


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


__all__ = ["WD_SECTION", "Builder"]
