"""The printed sign-in sheet and monthly summary, read back with pdftotext, and the print command."""

import subprocess
from datetime import date, time

import pytest
from sqlalchemy import select

from stationdesk.cli import main
from stationdesk.db.models.station import AuditEntry
from stationdesk.services.tutoring import (
    AttendanceInput,
    build_monthly_summary,
    build_signin_sheet,
    get_class,
    save_attendance,
)


def pdf_text(path_or_bytes, tmp_path) -> str:
    path = path_or_bytes
    if isinstance(path_or_bytes, bytes):
        path = tmp_path / "out.pdf"
        path.write_bytes(path_or_bytes)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def enrolled(enrol_and_schedule, summer_class):
    enrol_and_schedule(date(2026, 7, 1), date(2026, 7, 6), date(2026, 7, 31))
    return summer_class


def test_signin_sheet_shows_the_class_the_aliases_and_no_id_number(db, cast, enrolled, tmp_path):
    with db.transaction() as session:
        pdf, _ = build_signin_sheet(session, enrolled, date(2026, 7, 6), blank_rows=4)
    text = pdf_text(pdf, tmp_path)
    for expected in (
        "小候鸟公益暑托班 签到表",
        "2026-07-06 星期一",
        "09:00-11:30",
        "二楼活动室",
        "黄志强",
        "林慧",
        "测试社区服务站",
        "小星",
        "小月",
        "小禾",
        "张浩然",
        "送达监护人签字",
        "接走监护人签字",
        "备注",
        "负责人（签字）",
    ):
        assert expected in text, expected
    assert "第1页共1页" in text
    assert "王子涵" not in text and "李梓萱" not in text
    assert cast.child_id_number not in text and cast.child_id_number[6:14] not in text
    numbers = [
        line.split()[0]
        for line in text.splitlines()
        if line.strip() and line.split()[0].isdigit() and len(line.split()[0]) <= 2
    ]
    assert numbers[-1] == "8"  # 4 children + 4 blank rows


def test_a_long_sheet_has_numbered_pages(db, cast, enrolled, tmp_path):
    with db.transaction() as session:
        pdf, _ = build_signin_sheet(session, enrolled, date(2026, 7, 6), blank_rows=60)
    text = pdf_text(pdf, tmp_path)
    assert "第1页共3页" in text and "第3页共3页" in text


def test_monthly_summary_counts_each_child(db, cast, enrolled, tmp_path):
    with db.transaction() as session:
        first = get_class(session, enrolled).sessions[0].id
        save_attendance(
            session,
            first,
            (
                AttendanceInput(cast.consented[0], "出勤", drop_off_time=time(9)),
                AttendanceInput(cast.consented[1], "请假"),
            ),
        )
        pdf, name = build_monthly_summary(session, enrolled, 2026, 7)
    text = pdf_text(pdf, tmp_path)
    assert name.endswith("202607.pdf")
    assert "小候鸟公益暑托班 2026年7月 考勤汇总" in text and "本月课次：8" in text
    star = next(line for line in text.splitlines() if "小星" in line).split()
    assert star[2:] == ["1", "0", "0", "0", "0", "7", "100.0%"]
    moon = next(line for line in text.splitlines() if "小月" in line).split()
    assert moon[-1] == "0.0%"
    assert "王子涵" not in text


def test_print_command_writes_the_pdf_and_audits_it(db, cast, enrolled, data_folder, tmp_path, capsys):
    db.close()
    out = tmp_path / "签到表.pdf"
    code = main(
        [
            "--data-dir",
            str(data_folder.root),
            "print",
            "class-signin",
            "--class",
            "小候鸟公益暑托班",
            "--date",
            "2026-07-08",
            "--blank-rows",
            "2",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert "小星" in pdf_text(out, tmp_path)
    assert list(tmp_path.glob(".*.tmp")) == []
    code = main(
        [
            "--data-dir",
            str(data_folder.root),
            "print",
            "class-signin",
            "--class",
            "没有这个班",
            "--date",
            "2026-07-08",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2 and "找不到辅导班“没有这个班”" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database

    reopened = Database.open(DataFolder(data_folder.root))
    try:
        with reopened.session() as session:
            entries = session.execute(select(AuditEntry)).scalars().all()
        printed = [(e.action, e.subject_kind, e.actor) for e in entries if e.action != "login"]
        assert printed == [("print", "class-signin", "admin")]  # each command logs in first
    finally:
        reopened.close()


def test_print_command_refuses_bad_arguments(db, data_folder, tmp_path, capsys):
    db.close()
    with pytest.raises(SystemExit) as exited:
        main(
            [
                "--data-dir",
                str(data_folder.root),
                "print",
                "class-signin",
                "--class",
                "x",
                "--date",
                "2026-02-30",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
    assert exited.value.code == 2 and "日期格式" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(
            [
                "--data-dir",
                str(data_folder.root),
                "print",
                "class-signin",
                "--class",
                "x",
                "--date",
                "2026-07-02",
                "--blank-rows",
                "-3",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
    assert "空白行数" in capsys.readouterr().err
