"""首页 as the day's desk: today's class sessions and activities, reassessments due, the sync line and
the first steps of a new station; one click on an entry opens where it is done."""

from __future__ import annotations

from datetime import date, time

from people_ui_helpers import register, wang

from stationdesk.db.models.tutoring import TutoringSession
from stationdesk.services import activities
from stationdesk.services.tutoring import ClassInput, save_class


def desk(qtbot, window):
    from stationdesk.ui.workday_home_section import WorkdayHomeSection

    shown = window.open_page("home").findChild(WorkdayHomeSection)
    qtbot.waitUntil(window.ctx.db.is_idle)  # the window's own first look is in
    with qtbot.waitSignal(shown.sig_refreshed, timeout=5000):  # the records were written beside the window
        shown.refresh()
    return shown


def test_a_new_station_shows_its_first_steps_until_they_are_taken(qtbot, window, db):
    section = desk(qtbot, window)
    assert section.first_steps_box.isVisible()
    assert [k for k, b in section.step_buttons.items() if b.isVisible()] == ["people", "enrol", "roster"]
    assert "今天没有安排" in section.today.item(0).text()
    assert "尚未向市级平台登记" in section.sync_label.text()
    register(db, wang())
    section.refresh()
    qtbot.waitUntil(lambda: not section.step_buttons["people"].isVisible(), timeout=5000)
    assert [k for k, b in section.step_buttons.items() if b.isVisible()] == ["enrol", "roster"]
    section.step_buttons["enrol"].click()
    assert window.stack.currentWidget() is window.pages["sync"]


def test_today_s_session_activity_and_a_reassessment_are_one_click_away(qtbot, window, db):
    (elder_id,) = register(db, wang())
    with db.transaction() as session:
        group = save_class(session, ClassInput(name="四点半课堂", kind="小组", place="活动室"))
        session.add(TutoringSession(class_id=group.id, day=date(2026, 6, 15), start_time=time(16, 30)))
        session.add(TutoringSession(class_id=group.id, day=date(2026, 6, 16), start_time=time(16, 30)))
        held = activities.create_activity(
            session,
            activities.ActivityInput(
                name="端午包粽子", held_on=date(2026, 6, 15), starts_at=time(9, 0), ends_at=time(11, 0), place="饭堂"
            ),
        )
    section = desk(qtbot, window)
    texts = [section.today.item(i).text() for i in range(section.today.count())]
    assert texts == ["16:30 辅导班：四点半课堂　活动室", "09:00 活动：端午包粽子　饭堂"]
    assert section.reassess_box.title() == "到期复评（1 位）"
    assert section.reassess.item(0).text() == "王秀英　城东社区3栋2单元502室　从未评估"  # namesakes told apart

    section.act(section.today.item(1))
    assert window.stack.currentWidget() is window.pages["activities"]
    qtbot.waitUntil(window.ctx.db.is_idle)
    assert window.pages["activities"].detail.activity.id == held.id
    section.act(section.reassess.item(0))
    assessment = window.pages["assessment"]
    assert window.stack.currentWidget() is assessment and assessment.elder.chosen_id() == elder_id
    section.act(section.today.item(0))
    assert window.stack.currentWidget() is window.pages["attendance"]
