"""The city window: stations and totals, importing bundles, enrolling, exporting, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from stationdesk.ui.city_window import CityFiles, CityWindow, EnrolStationDialog
from stationdesk.ui.messages import MessageBox

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, sqlite_hub, city_login):
    created = CityWindow(sqlite_hub, city_login(sqlite_hub))
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


def test_the_city_window_asks_for_the_login_and_shows_a_viewer_no_changes(qtbot, sqlite_hub, city_login, monkeypatch):
    from stationdesk.sync import hub_accounts
    from stationdesk.ui.city_window import CityLoginDialog, log_in_to_city

    admin = city_login(sqlite_hub)
    hub_accounts.add_account(sqlite_hub, admin, "viewer", "王查看", "city_viewer", "viewer-password")
    form = CityLoginDialog(None, "", sqlite_hub.name)
    qtbot.addWidget(form)
    form.show()
    assert not form.recover.isVisible() and sqlite_hub.name in form.findChild(QLabel).text()

    answers, problems = iter([("viewer", "wrong-password"), ("viewer", "viewer-password")]), []
    monkeypatch.setattr(
        CityLoginDialog, "ask", classmethod(lambda cls, parent, error, where: problems.append(error) or next(answers))
    )
    viewer = log_in_to_city(None, sqlite_hub)
    assert problems == ["", "登录名或密码不对"] and viewer.role == "city_viewer"

    window = CityWindow(sqlite_hub, viewer)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.runner.is_idle)
    changes = [window.import_button, window.export_button, window.enrol_button]
    changes += [window.conflict_panel.keep_button, window.conflict_panel.take_button]
    assert all(button.isHidden() for button in changes)  # hidden themselves, not only by an unseen tab
    assert window.summary.text().startswith("站点 0 个")  # the viewer still sees the figures
    assert any("王查看（平台查看员）" in label.text() for label in window.statusBar().findChildren(QLabel))
    window.runner.stop()

    admin_window = CityWindow(sqlite_hub, admin)
    qtbot.addWidget(admin_window)
    admin_window.show()
    qtbot.waitUntil(admin_window.runner.is_idle)
    assert not admin_window.import_button.isHidden() and not admin_window.conflict_panel.keep_button.isHidden()
    admin_window.runner.stop()


def test_the_city_window_of_a_hub_without_accounts_says_how_to_make_one(qtbot, tmp_path, monkeypatch):
    from stationdesk.sync.hub import Hub
    from stationdesk.ui.city_window import CityLoginDialog, run_city_gui

    shown = []
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: shown.append(str(error))))
    monkeypatch.setattr(CityLoginDialog, "ask", classmethod(lambda cls, *a: pytest.fail("no account to log in")))
    with Hub.init(str(tmp_path / "hub.sqlite3"), "江门市", "CITY") as hub:
        assert run_city_gui(hub) == 3
    assert shown == ["平台还没有账号：先运行 stationdesk city init --db 地址 设置平台管理员的密码"]
