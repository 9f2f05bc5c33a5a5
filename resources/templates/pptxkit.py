"""The built-in slide template: a 16:9 presentation whose theme fonts name an East Asian typeface."""

from __future__ import annotations

import re
from pathlib import Path

from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches

EA_FONT = "Microsoft YaHei"
LATIN_FONT = "Arial"


def build_slides_template(path: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    theme = prs.slide_master.part.part_related_by(RT.THEME)
    xml = theme.blob.decode("utf-8")
    # Latin and East Asian typefaces of both theme fonts (headings and body).
    xml = re.sub(r'<a:latin typeface="[^"]*"', f'<a:latin typeface="{LATIN_FONT}"', xml)
    xml = re.sub(r'<a:ea typeface="[^"]*"', f'<a:ea typeface="{EA_FONT}"', xml)
    theme._blob = xml.encode("utf-8")
    prs.core_properties.title = "解决方案讲解"
    prs.core_properties.language = "zh-CN"
    prs.save(str(path))
