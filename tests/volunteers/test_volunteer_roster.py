"""Excel rosters as offices keep them: every kind of row problem, nothing written before the
confirmation, all valid rows in one transaction, the remembered column mapping; the CLI; export."""

import json
from datetime import date, datetime

import openpyxl
import pytest
from volunteer_helpers import add_person, id_number_born

from stationdesk.cli import main
from stationdesk.services import roster_import as roster
from stationdesk.services import teams, volunteers

HEADERS = ["序号", "姓名", "身份证号", "联系电话", "性别", "出生日期", "登记日期", "技能", "所属队伍"]


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def build_roster(path, existing_volunteer_id_number: str, existing_person_id_number: str):
    good = id_number_born(date(1990, 4, 5), 111)
    bad_checksum = good[:-1] + ("0" if good[-1] != "0" else "1")
    rows = [
        ["1", "王小明", good, "13812345678", "男", None, datetime(2025, 3, 1), "驾驶、文艺", "邻里情"],  # 3
        ["2", "李丽", id_number_born(date(1992, 7, 8), 222), 13912345678.0, "女", None, 45352, "心理疏导", "邻里情"],
        [
            "3",
            "赵强",
            fullwidth(id_number_born(date(1985, 1, 2), 333)),
            fullwidth("13712345678"),
            "",
            None,
            None,
            "",
            "",
        ],
        ["4", None, id_number_born(date(1991, 1, 1), 445), "13612345678", "", None, None, "", ""],  # 6
        ["5", "钱多", bad_checksum, "", "", None, None, "", ""],
        ["6", "王小明", good, "", "", None, None, "", ""],  # 8
        ["7", "孙老", existing_volunteer_id_number, "", "", None, None, "", ""],
        ["8", "周八", 441202199001011234, "", "", None, None, "", ""],  # 10
        ["9", "吴九", id_number_born(date(1993, 9, 9), 555), "1.38123E+10", "", None, None, "", ""],
        [],  # 12 blank
        ["10", "郑小", id_number_born(date(2015, 5, 5), 667), "", "", None, None, "", ""],  # 13 under 14
        ["11", "冯档", existing_person_id_number, 13512345678, "", None, None, "", "同心圆"],  # 14
        ["12", "陈日", id_number_born(date(1994, 4, 4), 777), "", "", None, "2025-13-45", "", ""],
        ["13", "褚生", "", "", "女", 33000, None, "", ""],  # 16
    ]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["2026 年城东社区志愿者名册"])  # a title line above the header, as offices do
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


@pytest.fixture
def roster_file(station, tmp_path):
    with station.db.transaction() as session:
        existing_volunteer = volunteers.live_volunteer(session, station.volunteer_ids[0])
        from stationdesk.db.models.people import Person

        volunteer_id_number = session.get(Person, existing_volunteer.person_id).id_number
        add_person(session, "冯档", date(1960, 6, 6), sequence=881)
    path = tmp_path / "名册.xlsx"
    build_roster(path, volunteer_id_number, id_number_born(date(1960, 6, 6), 881))
    return path


def by_row(preview):
    return {r.row: r for r in preview.rows}


def test_preview_lists_every_kind_of_row_problem_and_writes_nothing(station, roster_file):
    sheet = roster.read_roster(roster_file)
    with station.db.transaction() as session:
        mapping = roster.suggest_mapping(session, sheet.headers)
        preview = roster.preview_roster(session, sheet, mapping)
        count = volunteers.count_volunteers(session)
    assert count == 3
    rows = by_row(preview)
    assert sorted(rows) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16]  # row 12 was blank
    assert [r.row for r in preview.valid_rows] == [3, 4, 5, 14, 16]
    assert rows[3].valid and rows[3].notes == ()  # 邻里情 exists already
    assert "队伍“同心圆”尚不存在" in " ".join(rows[14].notes)
    assert "以数字格式保存" in " ".join(rows[4].notes) and rows[4].phone == "13912345678"
    assert "Excel 日期序号 45352" in " ".join(rows[4].notes) and rows[4].values["registered_on"] == date(2024, 3, 1)
    assert "全角" in " ".join(rows[5].notes) and rows[5].phone == "13712345678"
    assert rows[5].id_number.isascii()
    assert rows[6].errors == ("姓名为空。",)
    assert "校验位" in rows[7].errors[0]
    assert "与第 3 行是同一人" in rows[8].errors[0]
    assert "已是志愿者（编号 TEST-001-V00001）" in rows[9].errors[0]
    assert "存成了数字" in rows[10].errors[0]
    assert "科学计数法" in rows[11].errors[0]
    assert "未满 14 周岁" in rows[13].errors[0]
    assert rows[14].existing_person_id and "人员档案中已有此人" in " ".join(rows[14].notes)
    assert "2025-13-45" in rows[15].errors[0]
    assert rows[16].values["birth_date"] == date(1990, 5, 7) and rows[16].valid  # Excel: 33000 = 1990-05-07


def test_with_errors_nothing_is_imported_and_skip_invalid_imports_the_rest_at_once(station, roster_file):
    sheet = roster.read_roster(roster_file)
    with pytest.raises(roster.RosterHasErrors) as caught, station.db.transaction() as session:
        roster.import_roster(session, sheet, roster.suggest_mapping(session, sheet.headers))
    assert caught.value.params["count"] == 8
    with station.db.transaction() as session:
        assert volunteers.count_volunteers(session) == 3
        result = roster.import_roster(session, sheet, roster.suggest_mapping(session, sheet.headers), skip_invalid=True)
    assert result.imported == 5 and len(result.skipped) == 8 and result.teams_created == ("同心圆",)
    with station.db.transaction() as session:
        rows = {v.name: v for v in volunteers.search_volunteers(session, volunteers.VolunteerQuery(), limit=50)}
        members = [m.name for m in teams.team_members(session, station.team_id)]
    assert {"王小明", "李丽", "赵强", "冯档", "褚生"} <= set(rows)
    assert rows["李丽"].registered_on == date(2024, 3, 1) and rows["王小明"].skills == ("驾驶", "文艺")
    assert rows["王小明"].volunteer_number == "TEST-001-V00004"
    assert set(members) == {"王建国", "王小明", "李丽"}  # 邻里情 existed already in the fixture


def test_the_last_column_mapping_is_remembered(station, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["名字", "联络", "证件"])
    workbook.active.append(["韩梅", "13812340000", id_number_born(date(1988, 8, 8), 991)])
    path = tmp_path / "odd.xlsx"
    workbook.save(path)
    sheet = roster.read_roster(path)
    with station.db.transaction() as session:
        suggested = roster.suggest_mapping(session, sheet.headers)
        assert (suggested["name"], suggested["phone"]) == (0, None)
        chosen = {**suggested, "phone": 1, "id_number": 2}
        roster.import_roster(session, sheet, chosen)
    with station.db.transaction() as session:
        again = roster.suggest_mapping(session, sheet.headers)
    assert (again["name"], again["phone"], again["id_number"]) == (0, 1, 2)


def test_a_file_that_is_not_xlsx_is_refused_clearly(tmp_path):
    path = tmp_path / "名册.xlsx"
    path.write_text("姓名,电话\n张三,138", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        roster.read_roster(path)
    assert caught.value.code == "roster.not_xlsx" and "不是有效的 .xlsx" in str(caught.value)


def test_import_roster_command(station, roster_file, data_folder, capsys):
    station.db.close()
    base = ["--data-dir", str(data_folder.root), "import-roster", str(roster_file)]
    assert main([*base, "--dry-run"]) == 2  # rows with errors: not 0, everything still listed
    out = capsys.readouterr().out
    assert "将导入 5 行" in out and "第 6 行" in out and "姓名为空" in out and "试运行" in out
    assert main(base) == 2
    captured = capsys.readouterr()
    assert "有 8 行存在错误，未导入任何数据" in captured.err and "第 7 行 钱多" in captured.err
    assert main(["--data-dir", str(data_folder.root), "stats", "--json"]) == 0
    assert '"volunteers": 3' in capsys.readouterr().out
    assert main([*base, "--skip-invalid"]) == 0
    out = capsys.readouterr().out
    assert "已导入 5 名志愿者" in out and "跳过 8 行" in out and "第 10 行 周八" in out


def test_export_to_xlsx_with_chinese_headers_and_widths(station, tmp_path):
    from volunteer_helpers import at

    from stationdesk.services import shifts

    with station.db.transaction() as session:
        s = shifts.record_shift(session, shifts.ShiftInput(station.volunteer_ids[0], at(3, "09:00"), at(3, "11:30")))
        shifts.confirm_shifts(session, [s.id], "陈主任")
        roster.export_volunteers(session, tmp_path / "v.xlsx")
        roster.export_shifts(session, tmp_path / "s.xlsx", 2026)
        roster.export_hour_totals(session, tmp_path / "t.xlsx", 2026)
    book = openpyxl.load_workbook(tmp_path / "v.xlsx")
    sheet = book.active
    assert [c.value for c in sheet[1]][:3] == ["志愿者编号", "姓名", "性别"]
    assert sheet.column_dimensions["A"].width >= 20 and sheet.max_row == 4
    assert "13812345670" not in str([c.value for c in sheet[2]])
    shifts_sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    assert [c.value for c in shifts_sheet[2]][8] == 2.5
    totals = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert totals.sheetnames == ["按志愿者", "按队伍", "按项目"]
    assert [c.value for c in totals["按志愿者"][2]] == ["TEST-001-V00001", "王建国", 2.5, 1]


def test_dry_run_json_masks_numbers_and_export_command_writes_xlsx(station, roster_file, data_folder, tmp_path, capsys):
    station.db.close()
    assert main(["--data-dir", str(data_folder.root), "import-roster", str(roster_file), "--dry-run", "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert len(report["would_import"]) == 5 and len(report["errors"]) == 8
    first = report["would_import"][0]
    assert first["id_number"].startswith("4412****") and first["phone"] == "138****5678"
    out = tmp_path / "汇总.xlsx"
    assert (
        main(["--data-dir", str(data_folder.root), "export-volunteers", "totals", "--year", "2026", "--out", str(out)])
        == 0
    )
    assert openpyxl.load_workbook(out).sheetnames == ["按志愿者", "按队伍", "按项目"]


def test_a_dry_run_of_a_roster_without_errors_exits_0_and_writes_nothing(station, data_folder, tmp_path, capsys):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "身份证号", "手机"])
    book.active.append(["韩梅", id_number_born(date(1988, 8, 8), 991), "13812340000"])
    path = tmp_path / "无误名册.xlsx"
    book.save(path)
    station.db.close()
    base = ["--data-dir", str(data_folder.root), "import-roster", str(path)]
    assert main([*base, "--dry-run"]) == 0
    assert "将导入 1 行" in capsys.readouterr().out
    assert main([*base, "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["errors"] == []
    assert main(["--data-dir", str(data_folder.root), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["volunteers"] == 3  # nothing written


def test_a_volunteer_manager_imports_registered_people_and_is_told_who_may_register_new_ones(station, roster_file):
    from stationdesk.db.models.accounts import Account
    from stationdesk.services.accounts import actor_of

    with station.db.transaction() as session:
        manager = Account(login="vm", display_name="志愿者管理员", role_key="volunteer_manager", password_hash="x")
        session.add(manager)
        session.flush()
        station.db.actor = actor_of(session, manager)
    sheet = roster.read_roster(roster_file)
    with station.db.transaction() as session:
        preview = roster.preview_roster(session, sheet, roster.suggest_mapping(session, sheet.headers))
    rows = by_row(preview)
    assert [r.row for r in preview.valid_rows] == [14]  # 冯档 is in the registry already
    assert all("登记新人员需要“登记和修改人员”权限" in rows[n].errors[0] for n in (3, 4, 5, 16))
    with station.db.transaction() as session:
        result = roster.import_roster(session, sheet, roster.suggest_mapping(session, sheet.headers), skip_invalid=True)
    assert result.imported == 1
    with station.db.transaction() as session:
        names = {v.name for v in volunteers.search_volunteers(session, volunteers.VolunteerQuery(), limit=50)}
    assert "冯档" in names and "王小明" not in names
