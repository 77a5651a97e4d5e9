"""``stationdesk selftest`` on a demo station: every check passes, an older database is upgraded
(a copy of it), English works, and a broken part makes it fail with a line that says which."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from stationdesk import messages
from stationdesk.services.demo import DemoOptions, run_demo

OLDER = Path(__file__).resolve().parents[1] / "fixtures" / "station-0009.sqlite3"


@pytest.fixture
def demo(db):
    with db.transaction() as session:
        run_demo(session, DemoOptions(seed=7, people=120))
    return db


def test_selftest_passes_on_a_demo_station_and_upgrades_a_copy_of_an_older_database(qtbot, demo):
    from stationdesk.ui.selftest import run_selftest

    before = hashlib.sha256(OLDER.read_bytes()).hexdigest()
    out = io.StringIO()
    assert run_selftest(demo.folder, out=out, older_database=OLDER) == 0, out.getvalue()
    text = out.getvalue()
    assert "页面 page people (人员档案): ok" in text and "自检通过" in text
    assert "旧数据库的升级：正常（从 0009_volunteers_certificate_void 升级，人员 40 人" in text
    assert "中文打印：正常（字体 " in text and "已嵌入" in text
    assert "Qt 插件（含 QtPdf）：正常" in text and "界面翻译：正常" in text
    assert hashlib.sha256(OLDER.read_bytes()).hexdigest() == before  # only a copy was upgraded


def test_selftest_in_english(qtbot, demo, english):
    from stationdesk.ui.selftest import run_selftest

    out = io.StringIO()
    assert run_selftest(demo.folder, out=out, language="en") == 0, out.getvalue()
    text = out.getvalue()
    assert "page sync (Sync): ok" in text and "selftest passed" in text
    assert "upgrade of an older database: skipped" in text


def test_a_missing_translation_fails_the_selftest(qtbot, demo, monkeypatch, tmp_path):
    from stationdesk.ui import selftest

    monkeypatch.setattr("stationdesk.resources.resource_path", lambda *parts: tmp_path / "missing.qm")
    out = io.StringIO()
    assert selftest.run_selftest(demo.folder, out=out) == 1
    assert "失败 FAILED 界面翻译：stationdesk_en.qm not found" in out.getvalue()
    assert messages.text("selftest.failures", count=1) in out.getvalue()


def test_a_file_that_is_not_a_database_fails_the_upgrade_check(qtbot, demo, tmp_path):
    from stationdesk.ui.selftest import run_selftest

    bogus = tmp_path / "old.sqlite3"
    bogus.write_bytes(b"not a database" * 100)
    out = io.StringIO()
    assert run_selftest(demo.folder, out=out, older_database=bogus) == 1
    assert "失败 FAILED 旧数据库的升级：" in out.getvalue()
