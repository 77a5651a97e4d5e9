"""The three lists driven like a user: a visit that finds two needs, the needs list, the suggestions, a dispatch
to a volunteer team, closing it with the service given and the volunteers' hours, the rating, the home page,
and the city window after a sync."""

from __future__ import annotations

from datetime import date

from lists_helpers import choose, save
from PySide6.QtCore import QDate, Qt, QTime

from form_answers import answered
from stationdesk.services import needs, shifts
from stationdesk.ui.dialogs.dispatch_dialogs import DispatchDialog
from stationdesk.ui.dialogs.service_record_dialog import ServiceRecordDialog
from stationdesk.ui.dialogs.volunteer_dialogs import SimpleFormDialog

LEFT = Qt.MouseButton.LeftButton


def _double_click_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(index)))  # laid out and in sight
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=centre)  # the view opens what the press chose
    qtbot.mouseDClick(view.viewport(), LEFT, pos=centre)


def _record_visit_with_two_needs(qtbot, window, lists) -> None:
    dialog = window.open_page("visits").record_visit((lists.elder_id, "王秀英"))
    qtbot.waitUntil(lambda: dialog.found_needs.add_button.isEnabled() and dialog.services.count() > 0)
    dialog.visited_on.setDate(QDate(2026, 6, 12))
    dialog.needs.setPlainText("腿疼想去医院复查\n家里水龙头漏水")
    dialog.recorder.setText("李社工")
    qtbot.mouseClick(dialog.found_needs.add_button, LEFT)
    qtbot.mouseClick(dialog.found_needs.add_button, LEFT)
    (first_category, first_urgency, first_text, _), (second_category, _, second_text, _) = dialog.found_needs.lines
    assert first_text.text() == "腿疼想去医院复查"  # the first line of what the visit noted
    choose(first_category, "助医")
    choose(first_urgency, "urgent")
    choose(second_category, "维修")
    second_text.setText("家里水龙头漏水")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.save()


def test_a_visit_finds_two_needs_one_is_dispatched_served_rated_and_seen_at_the_city(
    qtbot, window, lists, tmp_path, monkeypatch, as_city_administrator, city_login
):
    _record_visit_with_two_needs(qtbot, window, lists)

    needs_page = window.open_page("needs")
    qtbot.waitUntil(lambda: needs_page.model.rowCount() == 2)
    shown = {n.category: n for n in needs_page.model.rows}
    assert set(shown) == {"助医", "维修"} and {n.source for n in shown.values()} == {"visit"}
    assert shown["助医"].urgency == "urgent" and shown["助医"].due_on == date(2026, 6, 14)
    assert "共 2 项" in needs_page.count_label.text()

    _double_click_row(qtbot, needs_page.table, needs_page.model.rows.index(shown["助医"]))
    page = window.pages["need"]
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == shown["助医"].id)
    assert window.stack.currentWidget() is page and "王秀英" in page.heading.text()
    assert "入户走访（2026-06-12 上门走访）" in page.facts.text()
    names = [r.suggestion.name for r in page.suggestions.rows]
    assert names[0] == "陪同就医" and "邻里情" in names
    team_row = names.index("邻里情")
    assert any(reason.startswith("提供“助医”服务") for reason in page.suggestions.rows[0].reasons)

    page.suggestion_view.selectRow(team_row)
    qtbot.mouseClick(page.dispatch_button, LEFT)
    dispatch = page.findChild(DispatchDialog)
    dispatch.instructions.setText("周三上午陪同到市一医院")
    save(qtbot, dispatch)
    qtbot.waitUntil(lambda: page.detail.row.state == "dispatched" and page.dispatches.rowCount() == 1)
    assert page.dispatches.rows[0].name == "邻里情"

    page.tabs.setCurrentIndex(1)
    page.dispatch_view.selectRow(0)
    qtbot.mouseClick(page.close_button, LEFT)
    qtbot.waitUntil(lambda: page.findChild(ServiceRecordDialog) is not None)
    closing = page.findChild(ServiceRecordDialog)
    qtbot.waitUntil(lambda: closing.volunteers.count() == 2 and closing.people.count() == 1)
    closing.start_time.setTime(QTime(8, 30))
    closing.end_time.setTime(QTime(11, 10))
    for index in range(closing.volunteers.count()):
        closing.volunteers.item(index).setCheckState(Qt.CheckState.Checked)
    closing.notes.setPlainText("陪同到市一医院复诊取药")
    choose(closing.satisfaction, 5)
    assert closing.need_met.isChecked()
    save(qtbot, closing)
    qtbot.waitUntil(lambda: page.detail.row.state == "completed" and page.services.rowCount() == 1)
    assert page.services.rows[0].provider.startswith("邻里情")
    with lists.db.transaction() as session:
        pending = shifts.shifts_to_confirm(session)
    assert sorted((s.volunteer_name, s.credited_minutes) for s in pending) == [("陈建华", 150), ("黄丽", 150)]

    answer = {"rating": 5, "comment": "志愿者很耐心", "by": "李社工"}
    monkeypatch.setattr(SimpleFormDialog, "ask", answered(answer))
    qtbot.mouseClick(page.buttons["rate"], LEFT)
    qtbot.waitUntil(lambda: page.detail.row.state == "rated")
    assert "5 分 满意" in page.facts.text() and [h.to_state for h in page.detail.history][-1] == "rated"

    home = window.open_page("home")
    from stationdesk.ui.lists_home_section import ListsHomeSection

    section = home.findChild(ListsHomeSection)
    qtbot.waitUntil(lambda: section.figures["met"].text() == "1")
    assert section.figures["open"].text() == "1" and section.list.item(0).text().endswith("待受理")

    _city_sees_the_need_met(qtbot, lists, tmp_path, as_city_administrator, city_login)


def _city_sees_the_need_met(qtbot, lists, tmp_path, as_city_administrator, city_login) -> None:
    from stationdesk.sync import station as sync_station
    from stationdesk.sync.hub import Hub
    from stationdesk.ui.city_window import CityWindow

    hub = Hub.init(str(tmp_path / "city" / "hub.sqlite3"), "肇庆市民政局", "CITY")
    as_city_administrator(hub)
    enrolment = tmp_path / "enrol.json"
    (tmp_path / "usb").mkdir()
    hub.enroll("TEST-001", "测试社区服务站", enrolment)
    with lists.db.transaction() as session:
        sync_station.enroll(session, lists.db.folder, enrolment)
        bundle = sync_station.export_bundle(session, lists.db.folder, tmp_path / "usb" / "station.sdbundle")
    hub.import_bundle(bundle.path)
    city = CityWindow(hub, city_login(hub))
    qtbot.addWidget(city)
    city.show()
    qtbot.waitUntil(lambda: city.lists_panel.stations.rowCount() == 1 and city.runner.is_idle())
    figures = city.lists_panel.stations.rows[0]
    assert (figures.code, figures.needs, figures.open, figures.met, figures.rating) == ("TEST-001", 2, 1, 1, 5.0)
    assert [(n.number, n.who, n.category) for n in city.lists_panel.open_needs.rows] == [
        ("TEST-001-XQ000002", "王秀英", "维修")
    ]
    assert {r.name for r in city.lists_panel.resources.rows} == {"社区卫生站义诊"}
    city.runner.stop()
    hub.close()


def test_the_need_dialog_stays_open_on_bad_input_and_saves_a_group_need(qtbot, window, lists):
    page = window.open_page("needs")
    dialog = page.new_need()
    qtbot.waitUntil(lambda: dialog.category.count() > 1)
    dialog.with_window.setChecked(True)
    dialog.wanted_from.setDateTime(dialog.wanted_to.dateTime().addDays(1))
    with qtbot.waitSignal(dialog.sig_failed, timeout=5000):
        dialog.save()
    assert dialog.isVisible()
    assert "请选择服务类别" in dialog.error.text() and "请选择有需求的人员" in dialog.error.text()
    assert "早于开始" in dialog.error.text()
    dialog.as_group.setChecked(True)
    dialog.group_name.setText("星湖社区户外劳动者")
    dialog.people_count.setValue(40)
    dialog.community.setCurrentText("星湖社区")
    choose(dialog.category, "生活照料")
    choose(dialog.target_group, "new_employment")
    dialog.with_window.setChecked(False)
    save(qtbot, dialog)
    need_page = window.pages["need"]
    qtbot.waitUntil(lambda: need_page.detail is not None and need_page.detail.row.who == "星湖社区户外劳动者")
    assert "涉及人数：约 40 人" in need_page.facts.text()
    with lists.db.transaction() as session:
        assert needs.count_needs(session) == 1
