"""The city window: stations and totals, importing bundles, enrolling, exporting, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from stationdesk.ui.city_window import CityFiles, CityWindow, EnrolStationDialog
from stationdesk.ui.messages import MessageBox

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, sqlite_hub):
    created = CityWindow(sqlite_hub)
    qtbot.addWidget(created)
    created.show()
    qtbot.waitUntil(created.runner.is_idle)
    yield created
    created.runner.stop()


def test_city_window_enrols_imports_exports_and_resolves(
    qtbot, window, sqlite_hub, make_station, fill, usb, tmp_path, monkeypatch
):
    from stationdesk.sync import station as sync_station

    infos = []
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: infos.append(text)))
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: infos.append(error)))
    target = tmp_path / "S-A.json"
    monkeypatch.setattr(CityFiles, "enrolment_target", classmethod(lambda cls, parent, code: target))
    qtbot.mouseClick(window.enrol_button, LEFT)
    enrolling = window.findChild(EnrolStationDialog)
    enrolling.name.insert("甲站")
    enrolling.save()  # no code: refused in the dialog, the name kept
    qtbot.waitUntil(lambda: enrolling.error.text() != "")
    assert enrolling.isVisible() and enrolling.name.text() == "甲站" and not target.exists()
    enrolling.code.insert("S-A")
    enrolling.save()
    qtbot.waitUntil(lambda: window.station_model.rowCount() == 1)
    assert target.exists() and "签名" in infos[-1]

    a = make_station("S-A")
    person_id = fill(a, 3)["person"][0]
    with a.db.transaction() as session:
        sync_station.enroll(session, a.folder, target)
    exported = a.export(usb / "a1.sdbundle")
    bundle, bundle_counts = Path(exported.path), exported.counts
    bad = usb / "bad.sdbundle"
    bad.write_bytes(b"PK\x03\x04 not really")
    monkeypatch.setattr(CityFiles, "bundles", classmethod(lambda cls, parent: [bundle, bad]))
    qtbot.mouseClick(window.import_button, LEFT)
    qtbot.waitUntil(lambda: window.runner.is_idle() and window.station_model.rows[0][2] == "已启用")
    assert "已导入" in infos[-1] and "已拒绝" in infos[-1]
    assert window.station_model.rows[0][6] == sum(bundle_counts.values())
    assert "记录" in window.summary.text()

    sqlite_hub.edit("person", person_id, {"notes": "市级"})
    with a.db.transaction() as session:
        from stationdesk.db.models.people import Person

        session.get(Person, person_id).notes = "站点"
    sqlite_hub.import_bundle(a.export(usb / "a2.sdbundle").path)
    window.refresh()
    qtbot.waitUntil(lambda: window.conflict_panel.model.rowCount() == 1)
    window.tabs.setCurrentIndex(2)
    window.conflict_panel.table.selectRow(0)
    assert window.conflict_panel.take_button.isEnabled()
    qtbot.mouseClick(window.conflict_panel.keep_button, LEFT)
    qtbot.waitUntil(lambda: window.conflict_panel.model.rowCount() == 0)

    window.tabs.setCurrentIndex(0)
    window.stations.selectRow(0)
    monkeypatch.setattr(CityFiles, "folder", classmethod(lambda cls, parent: usb))
    qtbot.mouseClick(window.export_button, LEFT)
    qtbot.waitUntil(lambda: window.runner.is_idle() and "回读校验" in str(infos[-1]))
    assert list(usb.glob("CITY-to-S-A-*.sdbundle"))
