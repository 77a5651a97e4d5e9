"""The class page and the child's page as a user sees them: aliases in lists, the real name only on the
child's own page with its sensitive-information banner, enrolment with confirmation, printing."""

import subprocess
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from stationdesk.db.models.station import AuditEntry
from stationdesk.errors import FormErrors
from stationdesk.services.tutoring import (
    AttendanceInput,
    add_case_note,
    enrol_child,
    generate_term,
    get_class,
    save_attendance,
)
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog, PickedPerson
from stationdesk.ui.dialogs.tutoring_dialogs import ClassDialog, ClassForm, SigninDialog, TermDialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.pages.child_page import ChildPage
from stationdesk.ui.pages.tutoring_page import TutoringPage


def _cells(view, column=0):
    model = view.model()
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _load(qtbot, page, action=None):
    if action is not None:
        action()
    qtbot.waitUntil(page.ctx.db.is_idle, timeout=5000)


@pytest.fixture
def running_class(db, cast, summer_class):
    with db.transaction() as session:
        for child in cast.consented[:3]:
            enrol_child(session, summer_class, child, on=date(2026, 6, 1))
        generate_term(session, summer_class, date(2026, 6, 1), date(2026, 6, 12))
        first = get_class(session, summer_class).sessions[0].id
        save_attendance(
            session,
            first,
            (
                AttendanceInput(cast.consented[0], "出勤", progress_note="背会乘法口诀"),
                AttendanceInput(cast.consented[1], "缺勤"),
            ),
        )
        add_case_note(session, cast.consented[0], date(2026, 6, 5), "社工 林慧", "父母外出务工，祖母照看。")
    return summer_class


def test_class_page_lists_children_by_alias(qtbot, show_page, running_class):
    page = show_page(TutoringPage)
    _load(qtbot, page)
    assert _cells(page.classes) == ["小候鸟公益暑托班"]
    assert sorted(_cells(page.children_table)) == ["小星", "小月", "张浩然"]
    assert "王子涵" not in page.header.text() and "小候鸟公益暑托班" in page.header.text()
    assert "黄志强、林慧" in page.header.text() or "林慧、黄志强" in page.header.text()
    rates = dict(zip(_cells(page.children_table), _cells(page.children_table, 6), strict=False))
    assert rates["小星"] == "100.0%" and rates["小月"] == "0.0%" and rates["张浩然"] == "—"
    assert len(_cells(page.sessions_table)) == 4  # Mondays and Wednesdays, 1-12 June 2026


def test_enrolling_past_capacity_asks_and_consent_is_enforced(qtbot, show_page, running_class, cast, monkeypatch):
    page = show_page(TutoringPage)
    _load(qtbot, page)
    questions, errors = [], []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: questions.append(text) or True))
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: errors.append(str(error))))
    monkeypatch.setattr(
        PersonPickerDialog, "ask", classmethod(lambda cls, *a, **k: PickedPerson(cast.consented[3], "小禾"))
    )
    _load(qtbot, page, page.enrol)
    assert "已满员" in questions[0] and "容量 3 人" in questions[0]
    qtbot.waitUntil(lambda: "小禾" in _cells(page.children_table), timeout=5000)
    monkeypatch.setattr(
        PersonPickerDialog, "ask", classmethod(lambda cls, *a, **k: PickedPerson(cast.no_consent, "小豆"))
    )
    monkeypatch.setattr(
        MessageBox, "ask", classmethod(lambda cls, parent, title, text: questions.append(text) and False)
    )
    _load(qtbot, page, page.enrol)  # asked to record consent on the spot; the worker declines
    assert "尚未登记书面同意" in questions[-1] and "小豆" in questions[-1] and "现在登记监护人和同意" in questions[-1]
    assert "小豆" not in _cells(page.children_table) and not errors


def test_generating_the_term_from_the_page(qtbot, show_page, running_class, monkeypatch):
    page = show_page(TutoringPage)
    _load(qtbot, page)
    told = []
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: told.append(text)))

    def fill_and_save(cls, parent, context, class_id, start, end, schedule):
        dialog = cls(parent, context, class_id, date(2026, 6, 1), date(2026, 6, 30), schedule)
        dialog.holidays.setPlainText("2026-06-31")  # no such day: refused in the dialog, which stays
        dialog.save()
        qtbot.waitUntil(lambda: dialog.error.text() != "")
        assert "holidays" in dialog.invalid_fields()
        dialog.holidays.setPlainText("2026-06-17")
        dialog.save()
        return dialog

    monkeypatch.setattr(TermDialog, "ask", classmethod(fill_and_save))
    _load(qtbot, page, page.generate_term)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "新生成 4 个课次" in told[0] and "06-17" in told[0]
    qtbot.waitUntil(lambda: len(_cells(page.sessions_table)) == 8, timeout=5000)
    assert "2026-06-17" not in _cells(page.sessions_table)


def test_printing_the_signin_sheet_previews_it_and_audits(qtbot, show_page, running_class, db, monkeypatch, tmp_path):
    page = show_page(TutoringPage)
    _load(qtbot, page)
    shown = []
    monkeypatch.setattr(SigninDialog, "ask", classmethod(lambda cls, parent, day: (date(2026, 6, 3), 2)))
    monkeypatch.setattr(
        PdfPreviewDialog,
        "show_pdf",
        classmethod(lambda cls, parent, pdf, title, name: shown.append((pdf, title, name))),
    )
    _load(qtbot, page, page.print_signin)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    pdf, title, name = shown[0]
    (tmp_path / "s.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True).stdout
    assert "小星" in text and "王子涵" not in text and title == "签到表"
    assert name.startswith("签到表-小候鸟公益暑托班-20260603") and not name.endswith(".pdf.pdf")
    with db.transaction() as session:
        assert [e.action for e in session.execute(select(AuditEntry)).scalars()] == ["print"]


def test_the_childs_own_page_shows_the_name_the_banner_and_confidential_notes(qtbot, show_page, running_class, cast):
    page = show_page(ChildPage)
    _load(qtbot, page)
    listed = [page.results.item(i).text() for i in range(page.results.count())]
    assert any(text.startswith("小星") for text in listed) and not any("王子涵" in text for text in listed)
    _load(qtbot, page, lambda: page.show_child(cast.consented[0]))
    assert page.banner.isVisible() and "未成年人敏感个人信息" in page.banner.text()
    assert page.name.text().startswith("王子涵") and "小星" in page.name.text()
    assert cast.child_id_number not in page.facts.text() and "4412**********" in page.facts.text()
    assert page.cards["rate"].text() == "100.0%" and page.cards["attended"].text() == "1"
    assert "监护人已同意" in page.guardian_box.consent_state.text() and page.guardian_box.consent_bar.isVisible()
    assert _cells(page.history, 3) == ["背会乘法口诀"]
    assert page.tabs.tabText(2) == "个案记录（保密）"
    assert _cells(page.case_notes, 2) == ["父母外出务工，祖母照看。"]
    assert [page.guardian_box.guardians.item(0).text().split()[1]] == [cast.guardian_of[cast.consented[0]]]


def test_a_child_without_consent_is_flagged_on_their_page(qtbot, show_page, cast):
    page = show_page(ChildPage)
    _load(qtbot, page, lambda: page.show_child(cast.no_consent))
    assert "未登记有效的监护人同意" in page.guardian_box.consent_state.text()


def test_class_form_reads_weekly_times_and_reports_every_problem():
    form = ClassForm()
    data = form.validate(
        "四点半课堂",
        "小组",
        "数学",
        "活动室",
        10,
        date(2026, 9, 1),
        date(2027, 1, 15),
        "周二 16:30-17:30\n周四 1630-1730",
        (),
        "",
    )
    assert [s.label() for s in data.slots] == ["周二 16:30-17:30", "周四 16:30-17:30"]
    with pytest.raises(FormErrors) as caught:
        form.validate("", "小组", "", "", 0, date(2026, 9, 1), date(2026, 8, 1), "周八 1630-1730", (), "")
    assert {e.code for e in caught.value.errors} == {
        "tutoring.name_required",
        "tutoring.slot_format",
        "tutoring.term_order",
    }


def test_creating_a_class_from_the_page(qtbot, show_page, cast, monkeypatch):
    page = show_page(TutoringPage)
    _load(qtbot, page)
    assert "还没有辅导班" in page.header.text()
    data = ClassForm().validate(
        "一对一课业辅导（数学）",
        "一对一",
        "数学",
        "四点半课堂",
        1,
        date(2026, 6, 1),
        date(2026, 7, 31),
        "周二 16:30-17:30",
        (cast.tutors[1],),
        "",
    )

    def fill_and_save(cls, parent, context, tutors, initial, today, class_id=None):
        dialog = cls(parent, context, tutors, data, today, class_id)
        dialog.save()
        return dialog

    monkeypatch.setattr(ClassDialog, "ask", classmethod(fill_and_save))
    _load(qtbot, page, page.new_class)
    qtbot.waitUntil(lambda: _cells(page.classes) == ["一对一课业辅导（数学）"], timeout=5000)
    qtbot.waitUntil(lambda: "林慧" in page.header.text(), timeout=5000)


def test_a_group_activity_is_a_session_of_its_own(qtbot, show_page, running_class, monkeypatch):
    from stationdesk.ui.dialogs.tutoring_dialogs import ActivityDialog, ActivityForm

    with pytest.raises(FormErrors) as caught:
        ActivityForm().validate(date(2026, 6, 6), "2575", "1630", " ", "")
    assert {e.code for e in caught.value.errors} == {"time.format", "tutoring.activity_subject"}
    activity = ActivityForm().validate(date(2026, 6, 6), "1500", "1630", "手工折纸", "亲子手工")
    page = show_page(TutoringPage)
    _load(qtbot, page)

    def fill_and_save(cls, parent, context, class_id, day):
        dialog = cls(parent, context, class_id, activity.day)
        dialog.start.setText("1500")
        dialog.end.setText("1630")
        dialog.subject.setText(activity.subject)
        dialog.content.setPlainText(activity.content)
        dialog.save()
        return dialog

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(fill_and_save))
    _load(qtbot, page, page.add_activity)
    qtbot.waitUntil(lambda: "2026-06-06" in _cells(page.sessions_table), timeout=5000)
    row = _cells(page.sessions_table).index("2026-06-06")
    assert [_cells(page.sessions_table, c)[row] for c in (1, 2, 3, 4)] == [
        "周六",
        "15:00-16:30",
        "小组活动",
        "手工折纸",
    ]


def test_the_enrol_picker_lists_aliases_and_consent(qtbot, ctx, cast):
    dialog = PersonPickerDialog(None, ctx, role="child", consent=True)
    qtbot.addWidget(dialog)
    model = dialog.list.model
    cell = lambda r, c: model.data(model.index(r, c))  # noqa: E731
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    consent, id_number = headers.index("监护人同意"), headers.index("身份证号")
    qtbot.waitUntil(lambda: model.rowCount() == 6 and ctx.db.is_idle(), timeout=5000)
    rows = {cell(r, 0): cell(r, consent) for r in range(model.rowCount())}
    assert rows == {
        "小星": "已同意",
        "小月": "已同意",
        "张浩然": "已同意",
        "小禾": "已同意",
        "小朵": "未登记",
        "小豆": "未登记",
    }
    assert cast.child_id_number not in str([cell(r, id_number) for r in range(6)])
    dialog.search.setText("小豆")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen().person_id == cast.no_consent


def test_the_person_picker_lists_one_role_and_needs_a_choice(qtbot, ctx, cast):
    from stationdesk.ui.dialogs.person_picker_dialog import PersonSearchList

    dialog = PersonPickerDialog(None, ctx, "选择志愿者", role="volunteer")
    qtbot.addWidget(dialog)
    model = dialog.list.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and ctx.db.is_idle(), timeout=5000)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "监护人同意" not in headers
    assert sorted(model.data(model.index(r, 0)) for r in range(2)) == ["林慧", "黄志强"]
    dialog.table.clearSelection()
    dialog.accept()
    assert dialog.chosen() is None and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.text() == "请先在列表中选择一个人。"
    dialog.table.selectRow(1)
    dialog.accept()
    assert dialog.chosen().person_id == model.record(1).person.id and dialog.result() == dialog.DialogCode.Accepted
    embedded = PersonSearchList(ctx)  # many matches: no row chosen for the clerk
    qtbot.addWidget(embedded)
    qtbot.waitUntil(lambda: embedded.model.rowCount() > 8 and ctx.db.is_idle(), timeout=5000)
    assert embedded.chosen() is None


def test_new_class_dialog_is_titled_new_and_the_header_keeps_its_full_width_spaces(qtbot, show_page, running_class):
    page = show_page(TutoringPage)
    new = ClassDialog(None, page.ctx, [], None, date(2026, 6, 1))
    qtbot.addWidget(new)
    assert new.windowTitle() == "新建辅导班"
    page = show_page(TutoringPage)
    _load(qtbot, page)
    from PySide6.QtGui import QTextDocument

    shown = QTextDocument()
    shown.setHtml(page.header.text())  # what the rich-text label lays out
    assert "　学期：" in shown.toPlainText() and "　地点：" in shown.toPlainText()


def test_a_new_class_starts_as_the_kind_of_its_season(qtbot, ctx):
    kinds = {}
    for day in (date(2026, 7, 20), date(2026, 1, 10), date(2026, 12, 3), date(2026, 9, 1)):
        dialog = ClassDialog(None, ctx, [], None, day)
        qtbot.addWidget(dialog)
        kinds[day.month] = dialog.kind.currentData()
    assert kinds == {7: "暑托班", 1: "寒托班", 12: "小组", 9: "小组"}


def test_sessions_are_moved_and_cancelled_and_the_class_is_closed_from_the_page(
    qtbot, show_page, running_class, monkeypatch
):
    from stationdesk.ui.dialogs.tutoring_dialogs import SessionTime, SessionTimeDialog

    page = show_page(TutoringPage)
    _load(qtbot, page)
    assert _cells(page.sessions_table) == ["2026-06-01", "2026-06-03", "2026-06-08", "2026-06-10"]
    errors = []
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: errors.append(error)))
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, *a: True))

    page.tabs.setCurrentIndex(1)
    page.sessions_table.selectRow(0)  # 1 June has attendance: refused, with the reason
    _load(qtbot, page, page.cancel_button.click)
    assert [e.code for e in errors] == ["tutoring.session_has_attendance"]
    assert len(_cells(page.sessions_table)) == 4

    page.sessions_table.selectRow(1)  # 3 June: nothing recorded, cancelled
    _load(qtbot, page, page.cancel_button.click)
    qtbot.waitUntil(lambda: _cells(page.sessions_table) == ["2026-06-01", "2026-06-08", "2026-06-10"], timeout=5000)

    def move_a_day_earlier(cls, parent, context, session_id, current):
        dialog = cls(parent, context, session_id, SessionTime(date(2026, 6, 9), current.start, current.end))
        dialog.save()
        return dialog

    monkeypatch.setattr(SessionTimeDialog, "ask", classmethod(move_a_day_earlier))
    page.sessions_table.selectRow(1)
    _load(qtbot, page, page.reschedule_button.click)
    qtbot.waitUntil(lambda: _cells(page.sessions_table) == ["2026-06-01", "2026-06-09", "2026-06-10"], timeout=5000)

    _load(qtbot, page, page.buttons["close"].click)  # today is 15 June
    qtbot.waitUntil(lambda: _cells(page.classes) == ["小候鸟公益暑托班（已结束）"], timeout=5000)
    assert _cells(page.children_table) == [] and len(_cells(page.sessions_table)) == 3
    assert len(errors) == 1


def test_the_session_time_form_reads_typed_times():
    from stationdesk.ui.dialogs.tutoring_dialogs import SessionTimeForm

    moved = SessionTimeForm().validate(date(2026, 6, 9), "1530", "17:30")
    assert (moved.start, moved.end) == (time(15, 30), time(17, 30))
    with pytest.raises(FormErrors):
        SessionTimeForm().validate(date(2026, 6, 9), "25:00", "")
