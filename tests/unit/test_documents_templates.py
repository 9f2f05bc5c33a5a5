"""Templates are data: user values print literally, company templates override, bad templates are refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from projdesk.deliverables.fields import FIELDS, field_paths, reference_markdown
from projdesk.deliverables.naming import document_file_name
from projdesk.deliverables.render_docx import TemplateBroken, render_docx
from projdesk.deliverables.service import generate
from tests.unit.documents_helpers import docx_paragraphs, docx_text

ROOT = Path(__file__).resolve().parents[2]
NASTY_CUSTOMER = "A&B <集团> \"引号\" '单引号'"
NASTY_PROJECT = "{{ 7*7 }} 平台 {% if %}"
FINDINGS = "第一行 & <b>加粗</b>\n第二行 {{ 7*7 }}\n第三行 {% if x %}未闭合"


def template(folder: Path, name: str, *paragraphs: str) -> Path:
    """A small company template written with python-docx."""
    from docx import Document

    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    doc.save(str(path))
    return path


@pytest.fixture
def opp(services: Any) -> str:
    opp_id = str(services.opportunities.add(NASTY_CUSTOMER, NASTY_PROJECT, amount="1005000.50"))
    services.steps.update(opp_id, "K", {"findings": FINDINGS, "recommendations": "统一平台"})
    return opp_id


def use_company_folder(services: Any, folder: Path) -> None:
    services.prefs.template_folder = str(folder)
    services.ctx.save_preferences(services.prefs)


def test_values_with_markup_jinja_and_line_breaks_appear_literally(
    services: Any, opp: str, tmp_path: Path
) -> None:
    result = generate(services, opp, "research", folder=tmp_path, allow_gaps=True)
    text = docx_text(result.path)
    assert NASTY_CUSTOMER in text
    assert NASTY_PROJECT in text
    assert "49" not in text.replace("2049", "")  # {{ 7*7 }} was not evaluated
    paragraphs = docx_paragraphs(result.path)
    # Each line of the findings is its own paragraph, in order.
    for line in FINDINGS.splitlines():
        assert line in paragraphs
    assert paragraphs.index("第二行 {{ 7*7 }}") == paragraphs.index("第一行 & <b>加粗</b>") + 1
    # The file name drops the characters Windows refuses.
    assert result.path.name == document_file_name(NASTY_CUSTOMER, NASTY_PROJECT, "research", 1)
    assert not set('<>"') & set(result.path.name)


def test_every_kind_generates_for_a_bare_new_opportunity(services: Any, opp: str, tmp_path: Path) -> None:
    for kind in ("initiation", "research", "proposal", "solution", "bid", "contract", "handover", "slides"):
        assert generate(services, opp, kind, folder=tmp_path, allow_gaps=True).path.is_file()


def test_company_template_overrides_the_built_in_one(services: Any, opp: str, tmp_path: Path) -> None:
    company = tmp_path / "company"
    template(
        company,
        "research.docx",
        "公司信笺：{{ company.name }}",
        "致 {{ customer.name }}：{{ research.findings }}",
    )
    use_company_folder(services, company)
    result = generate(services, opp, "research", folder=tmp_path / "out", allow_gaps=True)
    assert result.company_template
    text = docx_text(result.path)
    assert "公司信笺" in text
    assert f"致 {NASTY_CUSTOMER}：第一行 & <b>加粗</b>" in text
    # The Chinese file name works too, and kinds without a company file fall back to the built-in.
    (company / "research.docx").unlink()
    template(company, "合同.docx", "本公司合同 {{ contract.party_a }}")
    assert f"本公司合同 {NASTY_CUSTOMER}" in docx_text(
        generate(services, opp, "contract", folder=tmp_path, allow_gaps=True).path
    )
    assert not generate(services, opp, "research", folder=tmp_path, allow_gaps=True).company_template


def _assert_refused(services: Any, opp: str, out: Path, *expected: str) -> str:
    before = services.documents.of(opp)
    with pytest.raises(TemplateBroken) as caught:
        generate(services, opp, "research", out_path=out, allow_gaps=True)
    message = str(caught.value)
    assert "\n" not in message
    for part in expected:
        assert part in message
    assert not out.exists()
    assert list(out.parent.iterdir()) == []  # no temporary file left behind
    assert services.documents.of(opp) == before  # nothing recorded
    return message


def test_template_reaching_for_python_internals_is_refused(services: Any, opp: str, tmp_path: Path) -> None:
    company = tmp_path / "company"
    template(company, "research.docx", "{{ ''.__class__.__mro__ }}")
    use_company_folder(services, company)
    (tmp_path / "out").mkdir()
    _assert_refused(services, opp, tmp_path / "out" / "x.docx", "research.docx", "内部属性")


def test_unknown_field_names_the_template_and_the_field(services: Any, opp: str, tmp_path: Path) -> None:
    company = tmp_path / "company"
    use_company_folder(services, company)
    (tmp_path / "out").mkdir()
    template(company, "research.docx", "{{ customer.name }} {{ custmer_name }}")
    _assert_refused(services, opp, tmp_path / "out" / "x.docx", "research.docx", "custmer_name")
    template(company, "research.docx", "{{ customer.nmae }}")
    _assert_refused(services, opp, tmp_path / "out" / "x.docx", "research.docx", "nmae")


def test_broken_tag_names_the_template(services: Any, opp: str, tmp_path: Path) -> None:
    company = tmp_path / "company"
    use_company_folder(services, company)
    (tmp_path / "out").mkdir()
    template(company, "research.docx", "{% if customer.name %}没有结束")
    _assert_refused(services, opp, tmp_path / "out" / "x.docx", "research.docx", "标签有误", "endif")
    template(company, "research.docx", "{{ customer.name ")
    _assert_refused(services, opp, tmp_path / "out" / "x.docx", "research.docx", "标签有误")


def test_existing_file_is_untouched_when_rendering_fails(tmp_path: Path) -> None:
    bad = template(tmp_path / "t", "bad.docx", "{{ nope }}")
    out = tmp_path / "out" / "keep.docx"
    out.parent.mkdir()
    out.write_bytes(b"previous version")
    with pytest.raises(TemplateBroken, match="nope"):
        render_docx(bad, {"customer": {}}, out)
    assert out.read_bytes() == b"previous version"


def test_runaway_company_template_is_stopped_by_the_time_limit(tmp_path: Path) -> None:
    slow = template(
        tmp_path / "t",
        "slow.docx",
        "{% for i in range(99999) %}{% for j in range(99999) %}{{ i }}{% endfor %}{% endfor %}",
    )
    out = tmp_path / "out" / "x.docx"
    with pytest.raises(TemplateBroken, match=r"slow\.docx.*秒"):
        render_docx(slow, {}, out, untrusted=True, time_limit=3)
    assert not out.exists()
    assert list(out.parent.iterdir()) == []


def test_corrupt_template_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(TemplateBroken, match=r"broken\.docx"):
        render_docx(bad, {}, tmp_path / "x.docx")


def test_file_names_follow_customer_project_kind_version() -> None:
    assert (
        document_file_name("华东电力设计院", "调度自动化平台", "research", 2)
        == "华东电力设计院_调度自动化平台_调研报告_v2.docx"
    )
    assert (
        document_file_name("华东/电力:设计院", "调度*自动化?平台", "bid", 1)
        == "华东-电力-设计院_调度-自动化-平台_投标书_v1.docx"
    )
    assert document_file_name("CON", " ", "slides", 3) == "_CON_未命名_解决方案讲解_v3.pptx"


def test_docs_templates_md_lists_every_field(services: Any, opp: str) -> None:
    assert (ROOT / "docs" / "templates.md").read_text(encoding="utf-8") == reference_markdown(), (
        "regenerate: python -m projdesk.deliverables.fields > docs/templates.md"
    )
    from projdesk.deliverables.context import build_context

    paths = field_paths(build_context(services.opportunities.detail(opp), kind="bid"))
    assert paths - set(FIELDS) <= {"steps.<字母>.<字段>"}
