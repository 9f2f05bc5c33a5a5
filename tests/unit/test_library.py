"""The material library (资料库): one file for every salesperson, and what reaches the documents."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from projdesk.cli import main
from projdesk.deliverables.library_file import read_library_file, write_library_file
from projdesk.deliverables.service import check, generate
from projdesk.demo.library import demo_library
from projdesk.domain.errors import BadInputFile
from projdesk.domain.library import Case, Chapter, Library, Qualification, cases_for, chapters_for, to_data
from tests.unit.documents_helpers import docx_text

TODAY = dt.date(2026, 12, 1)


def test_library_export_then_import_gives_the_same_library(
    services: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = demo_library(TODAY)
    services.library.save(library)
    out = tmp_path / "资料库.json"
    assert main(["--db", str(db_path), "library", "export", str(out)]) == 0
    assert "资质 5 项" in capsys.readouterr().out
    other_db = tmp_path / "colleague.db"
    assert main(["--db", str(other_db), "library", "import", str(out)]) == 0
    from projdesk.storage.services import Services

    colleague = Services.open(other_db)
    try:
        assert colleague.library.load() == library
    finally:
        colleague.close()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "不是有效的 JSON"),
        ('{"format": "projdesk-snapshot", "version": 1}', "不是 ProjDesk 资料库文件"),
        ('{"format": "projdesk-library", "version": 9}', "更新版本"),
        (
            '{"format": "projdesk-library", "version": 1, "cases": [{"project": "x", "amount": 12.5}]}',
            "案例第 1 项",
        ),
        ('{"format": "projdesk-library", "version": 1, "company": {"name": "a\\u0000b"}}', "公司信息"),
        (
            '{"format": "projdesk-library", "version": 1, "qualifications": [{"name": "CS4", "valid_until": "2026-13-01"}]}',
            "有效期至",
        ),
    ],
)
def test_a_bad_library_file_is_refused_with_one_line_exit_4_and_nothing_changes(
    services: Any,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    says: str,
) -> None:
    services.library.save(demo_library(TODAY))
    bad = tmp_path / "资料库.json"
    bad.write_text(content, encoding="utf-8")
    assert main(["--db", str(db_path), "library", "import", str(bad)]) == 4
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and says in err
    assert services.library.load() == demo_library(TODAY)


def test_an_expired_qualification_is_left_out_of_the_bid_with_a_warning(
    services: Any, tmp_path: Path
) -> None:
    expired = Qualification("ISO 20000 认证", "IT-1", "认证中心", TODAY - dt.timedelta(days=1))
    current = Qualification("CS4 等级证书", "CS4-1", "联合会", TODAY + dt.timedelta(days=300))
    services.library.save(Library(qualifications=(expired, current)))
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统")
    warnings = check(services, opp, "bid", today=TODAY).warnings
    assert [str(w) for w in warnings] == [
        "资质“ISO 20000 认证”已于 2026-11-30 过期，未列入投标文件（资料库 › 资质）"
    ]
    assert warnings[0].code == "qualification_expired"
    result = generate(services, opp, "bid", tmp_path / "bid.docx", today=TODAY, allow_gaps=True)
    assert result.check.warnings == warnings
    text = docx_text(result.path)
    assert "CS4 等级证书" in text
    assert "ISO 20000 认证" not in text


def test_chapters_follow_the_products_quoted_and_cases_the_customers_industry() -> None:
    library = Library(
        chapters=(
            Chapter("总体架构", "四层架构"),
            Chapter("存储", "全闪存", products=("存储",)),
            Chapter("录播", "录播教室", products=("录播",)),
        ),
        cases=(
            Case("市立医院", "PACS", 2023, industry="医疗"),
            Case("省人民医院", "影像云", 2025, industry="医疗"),
            Case("一中", "录播教室", 2024, industry="教育"),
        ),
    )
    assert [c.title for c in chapters_for(library, ["PACS 影像系统", "全闪存存储 华为 Dorado"])] == [
        "总体架构",
        "存储",
    ]
    assert [c.project for c in cases_for(library, "医疗")] == ["影像云", "PACS"]
    assert [c.project for c in cases_for(library, "交通")] == [
        "影像云",
        "录播教室",
        "PACS",
    ]  # none of its own


def test_the_first_versions_materials_reach_the_documents(services: Any, tmp_path: Path) -> None:
    # Settings once stored products/services/cases:<行业> while the documents read other keys.
    services.prefs.materials = {
        "company_name": "海岱数智科技股份有限公司",
        "company": "成立于 2006 年的系统集成商",
        "products": "统一数据平台",
        "services": "7×24 小时服务",
        "cases:医疗": "市立医院 PACS 项目",
    }
    services.ctx.save_preferences(services.prefs)
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统", industry="医疗")
    text = docx_text(generate(services, opp, "bid", tmp_path / "bid.docx", allow_gaps=True).path)
    for value in (
        "海岱数智科技股份有限公司",
        "成立于 2006 年的系统集成商",
        "统一数据平台",
        "7×24 小时服务",
        "市立医院 PACS 项目",
    ):
        assert value in text, value


def test_the_library_file_is_plain_json_with_amounts_as_text(tmp_path: Path) -> None:
    library = Library(cases=(Case("市立医院", "PACS", 2024, Decimal("3380000.00"), "医疗"),))
    path = write_library_file(library, tmp_path / "lib.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["cases"][0]["amount"] == "3380000.00"
    assert data == to_data(library)
    assert read_library_file(path) == library


def test_a_library_file_that_is_not_utf8_is_a_bad_input_file(tmp_path: Path) -> None:
    bad = tmp_path / "lib.json"
    bad.write_bytes('{"format": "资料库"}'.encode("gbk"))
    with pytest.raises(BadInputFile):
        read_library_file(bad)


def test_library_show_summarises_what_the_documents_will_use(
    services: Any, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.library.save(demo_library(dt.date.today()))
    assert main(["--db", str(db_path), "library", "show"]) == 0
    assert capsys.readouterr().out.strip() == (
        "公司：海岱数智科技股份有限公司；资质 5 项（有效 4）；案例 15 个；章节 9 篇；团队 5 人；售后承诺 5 条"
    )


def test_library_file_errors_are_coded_with_their_part_item_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "坏.json"
    bad.write_text(
        json.dumps(
            {"format": "projdesk-library", "version": 1, "cases": [{"project": "调度", "year": 1800}]}
        ),
        encoding="utf-8",
    )
    with pytest.raises(BadInputFile) as caught:
        read_library_file(bad)
    error = caught.value
    assert error.code == "library_item_bad"
    assert error.params["part"] == "cases" and error.params["item"] == "1"
    assert error.params["library_field"] == "year" and error.params["problem"] == "year_form"
    assert str(error) == "资料库文件有误：案例第 1 项的“年份”应为四位年份（1949–2100）"
    from projdesk import labels

    english = {
        "案例": "cases",
        "年份": "year",
        "资料库文件有误：{part}第 {item} 项的“{library_field}”{problem}": "{part} #{item}, {library_field}: {problem}",
    }
    assert labels.error_text(error.code, error.params, lambda t: english.get(t, t)).startswith(
        "cases #1, year: "
    )
    bad.write_text('{"format": "别的"}', encoding="utf-8")
    with pytest.raises(BadInputFile) as caught:
        read_library_file(bad)
    assert caught.value.code == "library_file_wrong_format"
