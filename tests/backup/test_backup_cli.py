"""``stationdesk backup now|list|restore|to-usb`` as a script or a person at a terminal uses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stationdesk import messages
from stationdesk.cli import main
from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.sync import crypto

PASSWORD = "lin-li-qing-2026"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def chinese_afterwards():
    yield
    messages.set_language("zh")


@pytest.fixture
def folder(tmp_path, capsys):
    path = str(tmp_path / "station")
    assert run(capsys, "--data-dir", path, "init", "--station-code", "ZQ-001", "--station-name", "城东站")[0] == 0
    assert run(capsys, "--data-dir", path, "demo", "--people", "20")[0] == 0
    crypto.KeyPairs.generate().save(DataFolder(Path(path)).keys)
    return path


def test_now_then_list_shows_the_backup_with_its_counts(capsys, folder):
    code, out, _ = run(capsys, "--data-dir", folder, "--lang", "en", "backup", "now")
    assert code == 0 and out.startswith("Backed up: ") and "-manual.sqlite3" in out
    code, out, _ = run(capsys, "--data-dir", folder, "backup", "list", "--json")
    [entry] = [e for e in json.loads(out) if e["reason"] == "manual"]
    assert entry["people"] == 20 and entry["records"] > 20 and entry["problem"] == ""
    code, out, _ = run(capsys, "--data-dir", folder, "backup", "list")
    assert out.splitlines()[0].startswith("时间") and "手动" in out


def test_restore_takes_a_name_from_the_list(capsys, folder):
    run(capsys, "--data-dir", folder, "backup", "now", "--json")
    name = json.loads(run(capsys, "--data-dir", folder, "backup", "list", "--json")[1])[0]["name"]
    code, out, err = run(capsys, "--data-dir", folder, "--lang", "en", "backup", "restore", name)
    assert code == 0, err
    assert "Restored the data of ZQ-001 城东站: 20 people" in out and "kept as:" in out


def test_a_stick_backup_restores_into_an_empty_folder_with_the_password_from_the_environment(
    capsys, folder, tmp_path, monkeypatch
):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setenv("STATIONDESK_BACKUP_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "--data-dir", folder, "--lang", "en", "backup", "to-usb", str(stick), "--json")
    assert code == 0, err
    written = json.loads(out)
    assert written["with_keys"] and written["people"] == 20
    new_pc = tmp_path / "new-pc"
    code, out, err = run(capsys, "--data-dir", str(new_pc), "--lang", "en", "backup", "restore", written["path"])
    assert code == 0, err
    assert "sync keys were restored" in out
    database = Database.open(DataFolder(new_pc))
    try:
        assert database.station.code == "ZQ-001"
    finally:
        database.close()


def test_without_a_terminal_or_the_variable_the_password_is_asked_for_in_one_line(capsys, folder, tmp_path):
    code, _, err = run(capsys, "--data-dir", folder, "--lang", "en", "backup", "to-usb", str(tmp_path))
    assert code == 2 and "STATIONDESK_BACKUP_PASSWORD" in err and len(err.strip().splitlines()) == 1


def test_a_wrong_password_is_one_clear_line(capsys, folder, tmp_path, monkeypatch):
    monkeypatch.setenv("STATIONDESK_BACKUP_PASSWORD", PASSWORD)
    written = json.loads(run(capsys, "--data-dir", folder, "backup", "to-usb", str(tmp_path), "--json")[1])
    monkeypatch.setenv("STATIONDESK_BACKUP_PASSWORD", "something-else")
    code, _, err = run(capsys, "--data-dir", folder, "--lang", "en", "backup", "restore", written["path"])
    assert code == 2 and err.strip() == "stationdesk: " + messages.text("backup.wrong_password")
