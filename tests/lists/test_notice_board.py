"""The notice-board (公示) lists: printed and exported with names as 王**, no phones, children never named."""

import subprocess
from datetime import date

import openpyxl

from stationdesk.services import needs, notice_board
from stationdesk.services.audit_log import list_audit


def _needs(lists):
    make = lambda **v: lists.run(needs.create_need, needs.NeedInput(**v))  # noqa: E731
    make(category="助医", person_id=lists.elder_id, description="腿疼，请联系女儿 13912345678 陪同")
    make(category="课业辅导", person_id=lists.child_id, description="李子涵数学跟不上")
    make(
        category="生活照料",
        group_name="星湖社区户外劳动者",
        people_count=40,
        community="星湖社区",
        target_group="new_employment",
        found_on=date(2026, 6, 1),
    )


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "notice.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_printed_needs_list_masks_names_phones_and_children(lists, tmp_path):
    _needs(lists)
    pdf, name = lists.run(notice_board.notice_pdf, "needs")
    text = _text(pdf, tmp_path)
    assert name == "需求清单公示-20260615.pdf"
    assert "需求清单公示" in text and "测试社区服务站" in text and "第1页共1页" in text.replace(" ", "")
    assert "王**" in text and "王秀英" not in text
    assert "13912345678" not in text and "13*********" in text
    assert "李子涵" not in text and "小星" not in text and "数学跟不上" not in text and "儿童" in text
    assert "星湖社区户外劳动者" in text and "（约 40 人）" in text
    assert "未办结需求 3 项" in text
    assert [(e.action, e.subject_kind) for e in lists.run(list_audit).entries] == [("print", "notice_needs")]


def test_the_excel_lists_are_masked_the_same_way(lists, tmp_path):
    _needs(lists)
    path = tmp_path / "公示.xlsx"
    assert lists.run(notice_board.export_notice, "needs", path) == 3
    sheet = openpyxl.load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["序号", "编号", "服务对象"]
    flat = " ".join(str(v) for row in values for v in row if v is not None)
    assert "王**" in flat and "王秀英" not in flat and "13912345678" not in flat and "李子涵" not in flat
    resources_path = tmp_path / "资源.xlsx"
    assert lists.run(notice_board.export_notice, "resources", resources_path) == 2
    resource_cells = " ".join(
        str(c.value) for row in openpyxl.load_workbook(resources_path).active.iter_rows() for c in row if c.value
    )
    assert "社区卫生站义诊" in resource_cells and "2281234" not in resource_cells  # the contact phone is not posted
    services_pdf, _ = lists.run(notice_board.notice_pdf, "services")
    services_text = _text(services_pdf, tmp_path)
    assert "服务清单公示" in services_text and "陪同就医" in services_text and "60 岁以上" in services_text
