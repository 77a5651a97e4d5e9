"""Stored values stay Chinese; in English the volunteer screens show them through ui.labels.value_label."""

from datetime import date, time

import pytest

from stationdesk.services import activities, volunteers
from stationdesk.ui.context import AppContext
from stationdesk.ui.db_worker import DatabaseRunner
from stationdesk.ui.labels import TABLES, attendance_label, shift_state_label, value_label


@pytest.fixture
def ctx(station, data_folder, qtbot):
    runner = DatabaseRunner(station.db)
    yield AppContext(db=runner, folder=data_folder, station=station.db.station)
    qtbot.waitUntil(runner.is_idle)
    runner.stop()


def test_chinese_is_shown_as_stored_and_unknown_values_pass_through(qtbot):
    assert value_label("volunteer_status", "在册") == "在册" and attendance_label(None) == ""
    assert value_label("activity_kind", "本站自创活动") == "本站自创活动"
    assert value_label("no_such_kind", "暂停") == "暂停"
    assert {"volunteer_status", "activity_kind", "participant_attendance", "shift_state"} <= set(TABLES)
    assert set(TABLES["activity_kind"]) == set(volunteers.DEFAULT_CATALOGS["activity_kind"])


def test_english_shows_statuses_kinds_attendance_and_shift_states_in_english(qtbot, english):
    assert [value_label("volunteer_status", s) for s in ("在册", "暂停", "退出")] == ["Active", "Paused", "Left"]
    assert value_label("activity_kind", "助老服务") == "Help for elders"
    assert (attendance_label(True), attendance_label(False)) == ("Present", "Absent")
    assert (shift_state_label(True), shift_state_label(False)) == ("Confirmed", "Unconfirmed")
    assert value_label("activity_kind", "本站自创活动") == "本站自创活动"


def test_the_volunteer_list_and_the_activity_dialog_in_english_keep_the_stored_values(qtbot, english, ctx, station):
    from stationdesk.ui.dialogs.activity_dialog import ActivityDialog
    from stationdesk.ui.pages.volunteers_page import VolunteersPage

    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    texts = {page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())}
    assert "Active" in texts and "在册" not in texts
    assert [page.status.itemText(i) for i in range(1, 4)] == ["Active", "Paused", "Left"]
    page.status.setCurrentIndex(2)  # Paused: the query uses the stored 暂停
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.status.currentData() == "暂停"
    qtbot.waitUntil(ctx.db.is_idle)

    kinds = list(volunteers.DEFAULT_CATALOGS["activity_kind"])
    current = activities.ActivityInput(
        name="重阳敬老", held_on=date(2026, 10, 29), starts_at=time(9, 0), ends_at=time(11, 0), kind="助老服务"
    )
    dialog = ActivityDialog(None, ctx, [], [], kinds, "测试站", current, date(2026, 6, 15))
    qtbot.addWidget(dialog)
    assert dialog.kind.currentText() == "Help for elders" and dialog.values()["kind"] == "助老服务"
    dialog.kind.setCurrentText("Tree planting")  # a kind of one's own is kept as typed
    assert dialog.values()["kind"] == "Tree planting"
