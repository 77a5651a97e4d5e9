"""The program frozen by PyInstaller (installer/stationdesk.spec) works on its own: its selftest
passes in Chinese and in English and upgrades an older database, and a backup to a stick restores
into an empty data folder. scripts/check-frozen builds it (cached) and runs these tests with
STATIONDESK_FROZEN_PROGRAM set; a plain scripts/test run skips them."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OLDER = ROOT / "tests" / "fixtures" / "station-0009.sqlite3"
PROGRAM = os.environ.get("STATIONDESK_FROZEN_PROGRAM", "")

pytestmark = pytest.mark.skipif(
    not PROGRAM, reason="no frozen program given: scripts/check-frozen (in .ci/run) builds one and runs these"
)


def frozen(*args: str, data: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    environment.pop("PYTHONPATH", None)
    result = subprocess.run(
        [PROGRAM, "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
        cwd=data.parent,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def station(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("frozen") / "station"
    frozen("demo", "--people", "40", data=data)
    return data


def test_the_frozen_selftest_passes_and_upgrades_an_older_database(station):
    out = frozen("selftest", "--older-database", str(OLDER), data=station).stdout
    assert "旧数据库的升级：正常" in out and "界面翻译：正常（zh, en）" in out
    assert "Qt 插件（含 QtPdf）：正常" in out and "中文打印：正常" in out and "已嵌入" in out
    assert "页面 page backup (备份与恢复): ok" in out
    assert out.rstrip().endswith("自检通过 selftest passed")


def test_the_frozen_program_starts_in_english(station):
    out = frozen("--lang", "en", "selftest", data=station).stdout
    assert "page people (People): ok" in out and "page sync (Sync): ok" in out
    assert out.rstrip().endswith("selftest passed")


def test_a_frozen_backup_to_a_stick_restores_into_an_empty_folder(station, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    password = {"STATIONDESK_BACKUP_PASSWORD": "frozen-check-2026"}
    written = json.loads(frozen("backup", "to-usb", str(stick), "--json", data=station, **password).stdout)
    new_pc = tmp_path / "new-pc"
    out = frozen("--lang", "en", "backup", "restore", written["path"], data=new_pc, **password).stdout
    assert f"{written['people']} people" in out
    listed = json.loads(frozen("stats", "--json", data=new_pc).stdout)
    assert listed["people"] == written["people"] == 40
