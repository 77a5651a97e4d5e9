"""The lists from the command line: the demo fills them, stats counts them, list prints them as JSON, and the
notice-board list is printed and exported masked."""

import json
import subprocess

import openpyxl
import pytest

from stationdesk.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("lists-demo") / "station")
    assert main(["--data-dir", folder, "demo", "--people", "300", "--seed", "3"]) == 0
    return folder


def test_the_demo_fills_the_three_lists_most_needs_met_some_overdue(capsys, demo_folder):
    code, out, _ = run(capsys, "--data-dir", demo_folder, "stats", "--json")
    stats = json.loads(out)
    keys = ("needs", "needs_open", "needs_overdue", "needs_met", "resources", "services", "service_records")
    assert code == 0 and all(isinstance(stats[k], int) for k in keys)
    assert stats["needs_met"] > stats["needs"] / 2 and 0 < stats["needs_overdue"] <= stats["needs_open"]
    assert stats["resources"] >= 10 and stats["services"] >= 10 and stats["service_records"] >= stats["needs_met"]
    assert stats["services_given"] > stats["service_records"]  # visits and tutoring count too
    code, out, _ = run(capsys, "--data-dir", demo_folder, "list", "resources", "--json", "--limit", "50")
    names = {r["name"] for r in json.loads(out)}
    assert {"党群服务中心多功能厅", "社会工作专业学生", "卫生服务站义诊", "邻里情志愿服务队"} <= names
    code, out, _ = run(capsys, "--data-dir", demo_folder, "list", "services", "--json", "--limit", "50")
    services = {s["name"]: s for s in json.loads(out)}
    assert services["银发生日会"]["project_name"] == "银发生日会" and services["陪同就医"]["provider"] == "邻里情"
    code, out, _ = run(capsys, "--data-dir", demo_folder, "list", "needs", "--json", "--limit", "500")
    needs = json.loads(out)
    assert {n["source"] for n in needs} >= {"visit", "feedback", "phone", "meeting"}
    assert {n["state"] for n in needs} >= {"rated", "completed", "pending"}
    code, out, _ = run(capsys, "--data-dir", demo_folder, "list", "service-records", "--json", "--limit", "300")
    assert {r["kind"] for r in json.loads(out)} == {"record", "visit", "tutoring"}


def test_the_notice_board_lists_from_the_command_line_are_masked(capsys, demo_folder, tmp_path):
    out_file = tmp_path / "needs.xlsx"
    code, out, _ = run(
        capsys, "--lang", "en", "--data-dir", demo_folder, "export-notice", "needs", "--out", str(out_file)
    )
    assert code == 0 and out.startswith("Exported ") and "personal data masked" in out
    cells = [c.value for row in openpyxl.load_workbook(out_file).active.iter_rows(min_row=2) for c in row]
    who = [cells[i] for i in range(2, len(cells), 10) if cells[i]]
    assert who and all("*" in w or w == "儿童" or "社区" in w for w in who)
    pdf = tmp_path / "services.pdf"
    code, _, _ = run(capsys, "--data-dir", demo_folder, "print", "notice", "--list", "services", "--out", str(pdf))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert code == 0 and "服务清单公示" in text and "小候鸟公益暑托班" in text
