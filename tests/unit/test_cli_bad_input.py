"""Bad input of every kind ends in one line in the user's language and exit 2, never exit 70
(内部错误), a hang or a traceback; another StationDesk on the same folder is waited for or named."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from stationdesk.cli import main
from stationdesk.config import WINDOW, DataFolder


def run(capsys, *argv):
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exited:  # argparse refuses an option value before main's own handling
        code = exited.code
    out, err = capsys.readouterr()
    return code, out, err


def one_line_refusal(code, err) -> bool:
    return code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err and "内部错误" not in err


@pytest.fixture
def station(capsys, tmp_path) -> Path:
    folder = tmp_path / "station"
    assert run(capsys, "--data-dir", folder, "init", "--station-code", "ZQ-001", "--station-name", "城东站")[0] == 0
    return folder


@pytest.mark.parametrize("where", ["a-file", "below-a-file"])
def test_a_data_folder_that_is_a_file_is_refused(capsys, tmp_path, where):
    (tmp_path / "a-file").write_text("not a folder")
    folder = tmp_path / "a-file" if where == "a-file" else tmp_path / "a-file" / "data"
    code, _, err = run(capsys, "--data-dir", folder, "stats")
    assert one_line_refusal(code, err) and "不是文件夹" in err and "日志" not in err
    code, _, err = run(capsys, "--lang", "en", "--data-dir", folder, "stats")
    assert one_line_refusal(code, err) and "is not a folder" in err


def test_a_read_only_data_folder_is_said_to_be_read_only(capsys, station, tmp_path):
    """Not "damaged": the file is sound, the user is not sent to restore a backup."""
    if getattr(os, "geteuid", lambda: 1)() == 0:  # root writes past file modes: a read-only mount stops it
        disk = tmp_path / "read-only-disk"
        disk.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(disk)], capture_output=True).returncode != 0:
            pytest.skip("cannot mount a file system here")
        try:
            shutil.copytree(station, disk / "station")
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
            code, _, err = run(capsys, "--data-dir", disk / "station", "stats")
        finally:
            subprocess.run(["umount", str(disk)], check=True)
    else:
        for path in (station, *station.rglob("*")):
            path.chmod(0o500 if path.is_dir() else 0o400)
        code, _, err = run(capsys, "--data-dir", station, "stats")
        for path in (station, *station.rglob("*")):
            path.chmod(0o700 if path.is_dir() else 0o600)
    assert one_line_refusal(code, err), err
    assert "只读" in err and "损坏" not in err and "备份" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "people", "--query", "王" * 100_000],
        ["list", "people", "--limit", "99999999999999999999"],
        ["list", "people", "--limit", "0"],
        ["export-volunteers", "shifts", "--year", "-1", "--out", "x.xlsx"],
        ["export-volunteers", "shifts", "--year", "99999999", "--out", "x.xlsx"],
        ["demo", "--people", "100000000000"],
        ["sync", "resolve", "99999999999999999999"],
    ],
    ids=["long-query", "huge-limit", "zero-limit", "year-minus-one", "year-huge", "demo-huge", "huge-seq"],
)
def test_arguments_out_of_range_are_refused_in_one_line(capsys, station, argv):
    code, out, err = run(capsys, "--data-dir", station, *argv)
    assert one_line_refusal(code, err) and out == ""
    assert len(err) < 400  # the 100,000 characters are not echoed back


def test_a_search_too_long_is_refused_by_the_service_too(db):
    from stationdesk.errors import ValidationError
    from stationdesk.services.people import PeopleQuery, search_people

    with db.session() as session, pytest.raises(ValidationError) as caught:
        search_people(session, PeopleQuery(text="王" * 100_000))
    assert caught.value.code == "search.too_long"


def test_control_characters_in_a_name_are_refused_and_not_echoed(capsys, tmp_path):
    folder = tmp_path / "station"
    code, out, err = run(
        capsys, "--data-dir", folder, "init", "--station-code", "ZQ-1", "--station-name", "a\x07b\x1b[2Jc"
    )
    assert one_line_refusal(code, err) and "名称" in err and "控制字符" in err
    assert "\x1b" not in err + out and "\x07" not in err + out
    code, _, err = run(capsys, "--data-dir", folder, "init", "--station-code", "ZQ-1", "--station-name", "甲站")
    assert code == 0  # nothing was half-written by the refused attempt


def test_a_refusal_never_echoes_an_unbounded_string(capsys, tmp_path):
    hub = tmp_path / "hub.sqlite3"
    assert run(capsys, "city", "init", "--db", hub, "--name", "江门市")[0] == 0
    code, _, err = run(capsys, "city", "export", "--db", hub, "--station", "Z" * 100_000 + "\x1b[2J", "--to", tmp_path)
    assert one_line_refusal(code, err) and "ZZZZ…" in err and len(err) < 400 and "\x1b" not in err


def test_control_characters_are_refused_wherever_a_service_writes(db):
    """One guard at the flush: a field of any record, single-line or multi-line."""
    from stationdesk.errors import ValidationError
    from stationdesk.services.people import PersonInput, add_person

    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        add_person(session, PersonInput(name="王\x1b[31m秀英", roles=("elder",)), confirmed=True)
    assert caught.value.field == "name"
    with pytest.raises(ValidationError), db.transaction() as session:
        add_person(session, PersonInput(name="王秀英", roles=("elder",), notes="第一行\x00"), confirmed=True)
    with db.transaction() as session:  # line breaks and tabs belong in notes
        add_person(session, PersonInput(name="王秀英", roles=("elder",), notes="第一行\n第二行\t完"), confirmed=True)


def test_a_printout_into_a_folder_that_does_not_exist_is_refused(capsys, station, tmp_path):
    missing = tmp_path / "nonexistent" / "deeper"
    code, _, err = run(capsys, "--data-dir", station, "print", "assessment", "--id", "x", "--out", missing / "x.pdf")
    assert one_line_refusal(code, err) and "不存在" in err
    assert not (tmp_path / "nonexistent").exists()


def test_import_roster_json_is_json(capsys, station, tmp_path):
    import openpyxl

    from stationdesk.domain.id_number import with_check_digit

    roster = tmp_path / "名册.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["姓名", "手机号", "身份证号"])
    workbook.active.append(["陈志强", "13800000000", with_check_digit("44070219900101123")])
    workbook.save(roster)
    code, out, _ = run(capsys, "--data-dir", station, "import-roster", roster, "--json")
    assert code == 0 and json.loads(out)["imported"] == 1
    workbook.active.append(["", "123"])  # a row with errors
    workbook.save(roster)
    code, out, _ = run(capsys, "--data-dir", station, "import-roster", roster, "--json")
    answer = json.loads(out)
    assert code == 2 and answer["imported"] == 0 and answer["errors"]


def test_a_zip_bomb_roster_is_refused_at_once(capsys, station, tmp_path):
    """820 KB that unpack to an 800 MB sheet hung the import; the sizes are read from the zip first."""
    import openpyxl

    small = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.active.append(["姓名", "手机号"])
    workbook.save(small)
    bomb = tmp_path / "bomb.xlsx"
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with target.open(info.filename, "w", force_zip64=True) as sheet:
                    sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
                    sheet.write(b"<sheetData>")
                    for _ in range(80):
                        sheet.write(row * 20_000)
                    sheet.write(b"</sheetData></worksheet>")
            else:
                target.writestr(info, source.read(info))
    assert bomb.stat().st_size < 2 << 20
    code, _, err = run(capsys, "--data-dir", station, "import-roster", bomb, "--dry-run")
    assert one_line_refusal(code, err) and "太大" in err


def test_another_window_on_the_folder_is_named_at_once(capsys, station):
    held = DataFolder(station).hold(WINDOW)
    try:
        code, _, err = run(capsys, "--data-dir", station, "demo", "--people", "5")
        assert one_line_refusal(code, err) and "图形界面" in err and str(os.getpid()) in err
        code, out, _ = run(capsys, "--data-dir", station, "stats", "--json")  # reading goes on beside it
        assert code == 0 and json.loads(out)["people"] == 0
    finally:
        held.release()


def test_a_command_waits_for_another_command_to_finish(capsys, station):
    held = DataFolder(station).hold("stationdesk demo")
    threading.Timer(0.3, held.release).start()  # the other command ends while this one waits
    code, _, err = run(capsys, "--data-dir", station, "demo", "--people", "5")
    assert code == 0, err


def test_sqlite_locked_by_another_program_is_a_clear_message(capsys, station):
    import sqlite3

    other = sqlite3.connect(station / "stationdesk.sqlite3", timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program (not StationDesk) holds the write lock
    try:
        code, _, err = run(capsys, "--data-dir", station, "demo", "--people", "5")
    finally:
        other.rollback()
        other.close()
    assert one_line_refusal(code, err) and "正被其他程序使用" in err


@pytest.fixture
def small_disk(tmp_path):
    """A 1.5 MB file system: the disk fills up for real."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command here")
    mount = tmp_path / "small-disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    yield mount
    subprocess.run(["umount", "--lazy", str(mount)], check=True)


def test_a_full_disk_is_said_in_the_users_language_and_prints_no_data(small_disk):
    folder = small_disk / "station"
    base = [sys.executable, "-m", "stationdesk", "--data-dir", str(folder)]
    subprocess.run([*base, "init", "--station-code", "ZQ-001", "--station-name", "城东站"], check=True)
    done = subprocess.run([*base, "demo", "--people", "3000"], capture_output=True, text=True, timeout=300)
    assert one_line_refusal(done.returncode, done.stderr), done.stderr
    assert "磁盘已满" in done.stderr and "INSERT" not in done.stderr and "Logging error" not in done.stderr
    english = subprocess.run([*base, "--lang", "en", "demo", "--people", "3000"], capture_output=True, text=True)
    assert "The disk is full" in english.stderr
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(folder / "stationdesk.sqlite3")) as connection:  # the refused demo was undone whole
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (0,)
