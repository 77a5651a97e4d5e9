"""Correcting and deleting a visit: the service rules and the 探访 / 老人档案 pages."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from stationdesk.errors import NotFound
from stationdesk.services.elder_care import due_list, elder_overview
from stationdesk.services.people import PersonInput, add_person
from stationdesk.services.visits import (
    VisitInput,
    delete_visit,
    get_visit,
    list_visits,
    open_follow_ups,
    record_visit,
    restore_visit,
    update_visit,
    visit_form_choices,
)
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog, PickedPerson
from stationdesk.ui.messages import MessageBox

TODAY = date(2026, 6, 15)


def add_staff(db, name: str) -> str:
    """A staff member: a registered person with no role."""
    with db.transaction() as session:
        return add_person(
            session, PersonInput(name=name, roles=(), birth_date=date(1985, 2, 2)), confirmed=True
        ).summary.id


def visit(elder_id, **changes) -> VisitInput:
    values = {
        "elder_id": elder_id,
        "visited_on": TODAY - timedelta(days=2),
        "start_time": "09:00",
        "end_time": "09:40",
        "kind": "上门走访",
    }
    values.update(changes)
    return VisitInput(**values)


def test_a_visit_is_corrected_with_its_visitors_and_follow_up(db, people):
    staff = add_staff(db, "赵社工")
    with db.transaction() as session:
        saved = record_visit(
            session,
            visit(
                people["elder"],
                visitor_ids=(people["volunteer"],),
                follow_up_action="联系家属",
                follow_up_due=TODAY + timedelta(days=3),
            ),
        )
    with db.transaction() as session:
        changed = update_visit(
            session,
            saved.id,
            visit(
                people["elder"],
                kind="电话问候",
                visitor_ids=(staff,),
                follow_up_action="联系社区医生",
                follow_up_due=TODAY + timedelta(days=5),
            ),
        )
    assert changed.kind == "电话问候" and changed.visitors == ("赵社工",)
    with db.transaction() as session:
        detail = get_visit(session, saved.id)
        assert detail.visitors == ((staff, "赵社工"),)
        assert [(f.action, f.due_on) for f in open_follow_ups(session)] == [("联系社区医生", TODAY + timedelta(days=5))]
        update_visit(session, saved.id, visit(people["elder"], visitor_ids=(people["volunteer"], staff)))
        assert open_follow_ups(session) == []  # the follow-up was taken out of the visit
        assert len(get_visit(session, saved.id).visitors) == 2


def test_deleting_a_visit_puts_the_elder_back_on_the_due_list_and_undo_restores_it(db, people):
    with db.transaction() as session:
        saved = record_visit(session, visit(people["elder"], follow_up_action="送药", follow_up_due=TODAY))
        assert people["elder"] not in [e.elder_id for e in due_list(session)]
    with db.transaction() as session:
        gone = delete_visit(session, saved.id)
    assert gone.elder_name == "王秀英"
    with db.transaction() as session:
        assert people["elder"] in [e.elder_id for e in due_list(session)]
        assert list_visits(session) == [] and open_follow_ups(session) == []
        assert elder_overview(session, people["elder"]).timeline == ()
        with pytest.raises(NotFound):
            update_visit(session, saved.id, visit(people["elder"]))
    with db.transaction() as session:
        restore_visit(session, saved.id)
    with db.transaction() as session:
        assert people["elder"] not in [e.elder_id for e in due_list(session)]
        assert [f.action for f in open_follow_ups(session)] == ["送药"]


def test_any_live_person_may_be_a_visitor(db, people):
    staff = add_staff(db, "赵社工")
    with db.transaction() as session:
        saved = record_visit(session, visit(people["elder"], visitor_ids=(staff, people["elder2"])))
        assert set(saved.visitors) == {"赵社工", "李桂兰"}
        assert (people["volunteer"], "陈志强") in visit_form_choices(session).visitors


@pytest.fixture
def window(db, people, open_window):
    with db.transaction() as session:
        record_visit(
            session,
            visit(
                people["elder"],
                visitor_ids=(people["volunteer"],),
                recorder="李社工",
                satisfaction="满意",
                risks=("跌倒风险",),
            ),
        )
    return open_window()


def test_visits_page_edits_a_visit_in_the_prefilled_form(qtbot, window, people, monkeypatch):
    page = window.open_page("visits")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    dialog = page._edit_selected()
    qtbot.waitUntil(lambda: dialog.recorder.text() == "李社工" and dialog.buttons.isEnabled())
    assert dialog.windowTitle() == "修改探访记录" and dialog.elder.chosen_id() == people["elder"]
    assert dialog.satisfaction.currentData() == "满意"
    checked = [
        dialog.visitors.item(i).text()
        for i in range(dialog.visitors.count())
        if dialog.visitors.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["陈志强"]
    monkeypatch.setattr(
        PersonPickerDialog, "ask", classmethod(lambda cls, *a, **k: PickedPerson(people["elder2"], "李桂兰"))
    )
    dialog.add_visitor()  # anyone in the registry, not only volunteers
    dialog.recorder.setText("赵社工")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    assert set(saved.args[0].visitors) == {"陈志强", "李桂兰"} and saved.args[0].recorder == "赵社工"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.record(0).recorder == "赵社工")


def test_deleting_from_the_elder_timeline_updates_the_due_list_and_undo_brings_it_back(
    qtbot, window, people, monkeypatch
):
    due = window.open_page("due_visits")
    qtbot.waitUntil(lambda: [due.model.record(r).name for r in range(due.model.rowCount())] == ["李桂兰"])
    elder = window.open_page("elder")
    elder.show_elder(people["elder"], "王秀英")
    qtbot.waitUntil(lambda: elder.timeline.rowCount() == 1)
    elder.table.selectRow(0)
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, *a: True))
    with qtbot.waitSignal(elder.sig_visit_deleted, timeout=5000):
        elder.delete_visit_button.click()
    assert elder.undo_bar.isVisible() and "王秀英" in elder.undo_bar.label.text()
    qtbot.waitUntil(lambda: elder.timeline.rowCount() == 0)
    window.open_page("due_visits")
    qtbot.waitUntil(lambda: due.model.rowCount() == 2)

    window.open_page("elder")
    with qtbot.waitSignal(elder.sig_visit_restored, timeout=5000):
        elder.undo_bar.undo_button.click()
    assert not elder.undo_bar.isVisible()
    qtbot.waitUntil(lambda: elder.timeline.rowCount() == 1)
    window.open_page("due_visits")
    qtbot.waitUntil(lambda: due.model.rowCount() == 1)
