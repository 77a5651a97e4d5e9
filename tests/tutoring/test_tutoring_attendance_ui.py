"""The keyboard attendance screen, driven with real key presses on the real table view."""

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from stationdesk.services.tutoring import get_attendance_sheet
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.attendance_table_model import (
    DROP_BY,
    DROP_TIME,
    FOLLOW,
    PICK_BY,
    PICK_NOTE,
    PICK_TIME,
    STATUS,
)
from stationdesk.ui.pages.attendance_page import AttendancePage


@pytest.fixture
def held_session(enrol_and_schedule):
    return enrol_and_schedule(date(2026, 6, 1), date(2026, 6, 8), date(2026, 6, 12))[-1]  # Wednesday 10 June 2026


@pytest.fixture
def page(qtbot, show_page, summer_class, held_session):
    page = show_page(AttendancePage)
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        page.open_session(summer_class, held_session.id)
    qtbot.waitUntil(page.ctx.db.is_idle)  # the page's own first load has finished too
    assert page.model.rowCount() == 4
    return page


def _go(page, row, column):
    page.table.setCurrentIndex(page.model.index(row, column))


def _row_of(page, name):
    return next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == name)


def _type_in_cell(qtbot, view, text):
    """F2 opens the cell's editor; type, then Enter closes it (as a user does)."""
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: any(e.isVisible() for e in view.findChildren(QLineEdit)))
    editor = next(e for e in view.findChildren(QLineEdit) if e.isVisible())
    editor.insert(text)  # Chinese arrives through the input method, which QTest cannot type
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def test_keyboard_only_entry_saves_once(qtbot, page, db, cast, held_session):
    view = page.table
    assert page.info.text().startswith("小候鸟公益暑托班　2026-06-10")
    names = [page.model.index(r, 0).data() for r in range(4)]
    assert sorted(names) == sorted(["小星", "小月", "张浩然", "小禾"])  # aliases, never the real names
    star = _row_of(page, "小星")
    _go(page, star, STATUS)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # 出勤
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClicks(view, "0855")  # drop-off 08:55
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClicks(view, "1135")  # pick-up 11:35
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # drop-off by the first guardian
    assert page.model.index(star, STATUS).data() == "出勤"
    assert page.model.index(star, DROP_TIME).data() == "08:55"
    assert page.model.index(star, PICK_TIME).data() == "11:35"
    assert page.model.index(star, DROP_BY).data() == cast.guardian_of[cast.consented[0]]
    moon = _row_of(page, "小月")
    _go(page, moon, STATUS)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Space)  # 出勤 缺勤 请假 迟到
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClicks(view, "920")
    qtbot.keyClick(view, Qt.Key.Key_Down)  # leaving the cell finishes 9:20
    assert page.model.index(moon, DROP_TIME).data() == "09:20"
    _go(page, moon, FOLLOW)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.model.dirty
    saves = []
    page.sig_saved.connect(saves.append)
    with qtbot.waitSignal(page.sig_saved, timeout=5000) as saved:
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # a second press while saving
    assert saved.args == [2]
    qtbot.waitUntil(page.ctx.db.is_idle)
    assert saves == [2]  # saved once, not twice
    assert not page.model.dirty
    with db.transaction() as session:
        rows = {r.display_name: r.entry for r in get_attendance_sheet(session, held_session.id).rows}
    assert rows["小星"].status == "出勤" and rows["小星"].drop_off_time == time(8, 55)
    assert rows["小星"].pick_up_time == time(11, 35)
    assert rows["小月"].status == "迟到" and rows["小月"].drop_off_time == time(9, 20) and rows["小月"].follow_up
    assert rows["小禾"].status == ""


def test_a_bad_time_is_shown_and_nothing_is_saved(qtbot, page, db, held_session, monkeypatch):
    shown = []
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: shown.append(str(error))))
    _go(page, 0, DROP_TIME)
    qtbot.keyClicks(page.table, "2575")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert shown and page.table.currentIndex().column() == DROP_TIME
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.index(0, DROP_TIME).data() == ""
    with db.transaction() as session:
        assert all(not r.entry.status for r in get_attendance_sheet(session, held_session.id).rows)


def test_a_stranger_collecting_a_child_needs_a_note(qtbot, page, monkeypatch):
    shown = []
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: shown.append(error)))
    star = _row_of(page, "小星")
    _go(page, star, PICK_BY)
    _type_in_cell(qtbot, page.table, "邻居王阿姨")
    assert page.model.index(star, PICK_BY).data() == "邻居王阿姨"
    assert page.model.non_guardian(star)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "邻居王阿姨" in "".join(str(e) for e in getattr(shown[0], "errors", [shown[0]]))
    assert page.model.dirty
    _go(page, star, PICK_NOTE)
    _type_in_cell(qtbot, page.table, "母亲电话同意")
    with qtbot.waitSignal(page.sig_saved, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
