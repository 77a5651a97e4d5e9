"""The 数据同步 page driven like a person would: enrol, export, import, choose the other value."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from stationdesk.db.models.people import Person
from stationdesk.errors import BundleRejected
from stationdesk.ui.context import AppContext
from stationdesk.ui.db_worker import DatabaseRunner
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.pages.sync_page import CHOOSE_FOLDER, SyncFiles, SyncPage

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page_for(qtbot):
    runners = []

    def make(station):
        runner = DatabaseRunner(station.db)
        runners.append(runner)
        page = SyncPage(AppContext(db=runner, folder=station.folder, station=station.db.station))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(runner.is_idle)
        return page

    yield make
    for runner in runners:
        runner.stop()


def _idle(qtbot, page):
    qtbot.waitUntil(page.ctx.db.is_idle, timeout=10_000)


def test_enrol_export_import_and_choose_the_other_value(
    qtbot, page_for, sqlite_hub, make_station, fill, usb, tmp_path, monkeypatch
):
    a = make_station("S-A")
    person_id = fill(a, 2)["person"][0]
    page = page_for(a)
    assert page.enrol_button.isEnabled() and not page.export_button.isEnabled()
    infos, errors = [], []
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: infos.append(text)))
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: errors.append(error)))

    enrolment = tmp_path / "S-A.json"
    sqlite_hub.enroll("S-A", "甲站", enrolment)
    monkeypatch.setattr(SyncFiles, "enrolment_file", classmethod(lambda cls, parent: enrolment))
    asked = []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: asked.append(text) or True))
    qtbot.mouseClick(page.enrol_button, LEFT)
    _idle(qtbot, page)
    qtbot.waitUntil(lambda: page.export_button.isEnabled())
    assert "S-A-登记.json" in asked[0]  # the file to expect is said before the file picker opens
    assert "指纹" in infos[-1] and sqlite_hub.fingerprints()["signing"] in page.city_prints.text()
    assert "条记录" in page.waiting.text() and "人员档案" in page.waiting.text() and "person" not in page.waiting.text()

    monkeypatch.setattr(SyncFiles, "folder", classmethod(lambda cls, parent: usb))
    page.drives.setCurrentIndex(page.drives.findData(CHOOSE_FOLDER))
    qtbot.mouseClick(page.export_button, LEFT)
    _idle(qtbot, page)
    [bundle] = list(usb.glob("*.sdbundle"))
    assert "回读校验" in infos[-1]
    sqlite_hub.import_bundle(bundle)

    sqlite_hub.edit("person", person_id, {"notes": "市级"})
    back = Path(sqlite_hub.export_for("S-A", usb / "back.sdbundle")["path"])
    with a.db.transaction() as session:
        session.get(Person, person_id).notes = "站点"
    monkeypatch.setattr(SyncFiles, "bundle_file", classmethod(lambda cls, parent: back))
    qtbot.mouseClick(page.import_button, LEFT)
    _idle(qtbot, page)
    qtbot.waitUntil(lambda: page.conflict_panel.model.rowCount() == 1)
    assert "冲突 1" in page.report.toPlainText()
    page.conflict_panel.table.selectRow(0)
    assert page.conflict_panel.detail.item(0, 0).text() == "备注"  # the field by its label, as the forms name it
    assert {page.conflict_panel.detail.item(0, 1).text(), page.conflict_panel.detail.item(0, 2).text()} == {
        "市级",
        "站点",
    }
    kept_before = page.conflict_panel.detail.item(0, 1).text()
    qtbot.mouseClick(page.conflict_panel.take_button, LEFT)
    _idle(qtbot, page)
    qtbot.waitUntil(lambda: page.conflict_panel.model.rowCount() == 0)
    with a.db.session() as session:
        assert session.get(Person, person_id).notes != kept_before

    bad = usb / "bad.sdbundle"
    bad.write_bytes(back.read_bytes()[:300])
    monkeypatch.setattr(SyncFiles, "bundle_file", classmethod(lambda cls, parent: bad))
    qtbot.mouseClick(page.import_button, LEFT)
    _idle(qtbot, page)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[-1], BundleRejected)
    assert errors == [errors[-1]]


def test_a_conflict_the_city_decided_shows_on_the_page_as_decided_by_the_city(
    qtbot, page_for, sqlite_hub, make_station, city_decided, monkeypatch
):
    a, _, back = city_decided(sqlite_hub, make_station)
    page = page_for(a)
    assert page.conflict_panel.model.rowCount() == 0
    errors = []
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: None))
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: errors.append(error)))
    monkeypatch.setattr(SyncFiles, "bundle_file", classmethod(lambda cls, parent: back))
    qtbot.mouseClick(page.import_button, LEFT)
    _idle(qtbot, page)
    qtbot.waitUntil(lambda: page.conflict_panel.model.rowCount() == 1)
    assert "市级平台判定的冲突 1 条" in page.report.toPlainText()
    model = page.conflict_panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.index(0, headers.index("判定于")).data() == "市级平台"
    page.conflict_panel.table.selectRow(0)
    assert (page.conflict_panel.detail.item(0, 1).text(), page.conflict_panel.detail.item(0, 2).text()) == (
        "市级",
        "站点",
    )
    assert errors == []


def test_every_record_kind_that_syncs_has_a_name_a_worker_knows():
    from stationdesk.db.base import synced_tables
    from stationdesk.services.sync import report_lines, table_label

    unnamed = [t.name for t in synced_tables() if table_label(t.name) == t.name]
    assert unnamed == []
    lines = report_lines(
        {
            "status": "applied",
            "bundle_id": "b1",
            "from": "CITY",
            "tables": {"catalog_item": {"imported": 1, "updated": 0, "unchanged": 0, "deleted": 0, "conflicts": 0}},
            "conflicts": [{"table": "tutoring_slot", "id": "x", "kept": "S-A", "other": "CITY"}],
        }
    )
    assert not any("catalog_item" in line or "tutoring_slot" in line for line in lines)
    assert any(table_label("catalog_item") in line for line in lines)
