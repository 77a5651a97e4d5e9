"""``stationdesk report`` and ``stationdesk city report`` as a person types them: text, JSON with the same
keys at both ends, PDF and .xlsx files, and clear one-line refusals."""

from __future__ import annotations

import json
import subprocess

import pytest
from may_scenario import EXPECTED, MAY, build_may
from openpyxl import load_workbook

from stationdesk.cli import main
from stationdesk.db.models.station import AuditEntry


def pdf_words(path) -> str:
    """The PDF's text as pdftotext reads it, without the spaces its layout puts between characters."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(text.split())


@pytest.fixture
def run(capsys):
    from stationdesk import messages

    language = messages.language()

    def run(*argv) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield run
    messages.set_language(language)  # "--lang en" sets it for the process; the next tests read Chinese


@pytest.fixture
def station_folder(db):
    with db.transaction() as session:
        build_may(session)
    return db.folder.root


def test_the_station_report_as_text_json_and_in_english(run, station_folder):
    code, out, _ = run("--data-dir", station_folder, "report", "--period", MAY)
    assert code == 0
    assert "2026年5月" in out and "服务人次\t11\t3\t+266.7%\t人次" in out
    code, out, _ = run("--data-dir", station_folder, "report", "--period", MAY, "--json")
    data = json.loads(out)
    assert data["period"]["label"] == MAY and data["station"]["code"] == "TEST-001"
    assert {f["key"]: (f["value"], f["previous"]) for f in data["indicators"]} == EXPECTED
    assert set(data["indicators"][0]) == {"key", "name", "value", "previous", "change", "unit", "definition", "section"}
    code, out, _ = run("--data-dir", station_folder, "--lang", "en", "report", "--period", MAY)
    assert code == 0 and "May 2026" in out and "Services given\t11\t3" in out


def test_bad_periods_and_file_names_get_one_clear_line(run, station_folder):
    for period in ("2026-13", "last month", "2026-06..2026-05"):
        code, out, err = run("--data-dir", station_folder, "report", "--period", period)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
        assert "stationdesk:" in err and "Traceback" not in err
    code, _, err = run("--data-dir", station_folder, "--lang", "en", "report", "--period", "2026-Q5")
    assert code == 2 and "is not a period" in err
    code, _, err = run("--data-dir", station_folder, "report", "--period", MAY, "--out", station_folder / "r.docx")
    assert code == 2 and ".xlsx" in err


def test_the_report_is_written_as_pdf_and_xlsx_and_audited(run, station_folder, db, tmp_path):
    pdf, xlsx = tmp_path / "out" / "may.pdf", tmp_path / "may.xlsx"
    code, out, err = run("--data-dir", station_folder, "report", "--period", MAY, "--out", pdf)
    assert code == 2 and "Traceback" not in err and str(pdf.parent) in err  # a mistyped folder is not made
    pdf.parent.mkdir()
    code, out, _ = run("--data-dir", station_folder, "report", "--period", MAY, "--out", pdf)
    assert code == 0 and str(pdf) in out and pdf.read_bytes().startswith(b"%PDF")
    words = pdf_words(pdf)
    assert "统计报表（2026年5月）" in words and "负责人" in words and "第1页共3页" in words
    assert "指标口径" in words and "服务人次" in words
    assert run("--data-dir", station_folder, "report", "--period", MAY, "--out", xlsx)[0] == 0
    book = load_workbook(xlsx)
    figures = book.worksheets[0]
    rows = {r[1]: r for r in figures.iter_rows(min_row=4, values_only=True)}
    assert rows["服务人次"][2:4] == (11, 3) and isinstance(rows["辅导时长"][2], float)
    assert "按群体" in book.sheetnames and "按所在队伍" in book.sheetnames
    with db.session() as session:
        exports = session.query(AuditEntry).filter(AuditEntry.action == "export").all()
    assert sorted(e.detail.rsplit(".", 1)[-1] for e in exports) == ["pdf", "xlsx"]


def test_the_city_report_by_cli_matches_the_station(run, station_folder, tmp_path):
    hub_db, usb = tmp_path / "city" / "hub.sqlite3", tmp_path / "usb"
    usb.mkdir()
    city = ["city", "--db", hub_db]
    assert run(*city, "init", "--name", "江门市")[0] == 0
    assert (
        run(*city, "enroll", "--station-code", "TEST-001", "--station-name", "测试站", "--out", usb / "e.json")[0] == 0
    )
    assert run("--data-dir", station_folder, "enroll", usb / "e.json")[0] == 0
    assert run("--data-dir", station_folder, "export", "--to", usb / "a.sdbundle")[0] == 0
    assert run(*city, "import", usb / "a.sdbundle")[0] == 0

    _, at_station, _ = run("--data-dir", station_folder, "report", "--period", MAY, "--json", "--breakdowns")
    code, at_city, _ = run(*city, "report", "--period", MAY, "--station", "TEST-001", "--json", "--breakdowns")
    assert code == 0
    station_data, city_data = json.loads(at_station), json.loads(at_city)
    for data in (station_data, city_data):
        data.pop("made_on"), data.pop("station")
    assert city_data == station_data

    code, out, _ = run(*city, "report", "--period", MAY, "--json")
    whole = json.loads(out)
    assert [s["code"] for s in whole["stations"]] == ["TEST-001"]
    assert whole["completeness"]["expected"] == 1 and whole["completeness"]["received"] == 1
    assert "江门市" not in whole["summary"] and "全市 1 个站点" in whole["summary"]
    code, out, _ = run(*city, "report", "--period", MAY)
    assert code == 0 and "报送率 100.0%" in out

    pdf, xlsx = tmp_path / "city.pdf", tmp_path / "city.xlsx"
    assert run(*city, "report", "--period", MAY, "--out", pdf)[0] == 0
    words = pdf_words(pdf)
    assert "全市统计报表" in words and "报送情况" in words and "TEST-001" in words
    assert run(*city, "report", "--period", MAY, "--out", xlsx)[0] == 0
    assert {"各站点", "报送情况"} <= set(load_workbook(xlsx).sheetnames)
    assert run(*city, "report", "--period", MAY, "--station", "TEST-001", "--out", tmp_path / "one.pdf")[0] == 0

    code, _, err = run(*city, "report", "--period", MAY, "--station", "S-X")
    assert code == 2 and "S-X" in err and "TEST-001" in err
