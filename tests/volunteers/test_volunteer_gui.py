"""The volunteer screens driven like a user: keyboard entry of a paper sign-in sheet, the volunteer's
page and certificate, the Excel import preview."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from volunteer_helpers import add_person, at

from form_answers import answered
from stationdesk.services import activities, shifts, teams, volunteers
from stationdesk.ui.dialogs.time_entry_dialog import COL_IN, COL_OUT, TimeEntryDialog


def idle(qtbot, ctx):
    qtbot.waitUntil(ctx.db.is_idle)


def press(qtbot, *keys):
    """Type into whatever has the keyboard focus, as a person at the keyboard does. Focus moves
    asynchronously (into a cell's editor and back), so each key waits for it to settle first."""
    from PySide6.QtWidgets import QAbstractItemView

    def settled() -> bool:
        widget = QApplication.focusWidget()
        if widget is None:
            return False
        view = widget if isinstance(widget, QAbstractItemView) else None
        return view is None or view.state() != QAbstractItemView.State.EditingState

    for key in keys:
        for one in key if isinstance(key, str) else [key]:
            qtbot.waitUntil(settled, timeout=2000)
            qtbot.keyClick(QApplication.focusWidget(), one)
            QApplication.processEvents()  # Qt closes a cell's editor through a queued call


@pytest.fixture
def signed_up(station):
    with station.db.transaction() as session:
        elder = add_person(session, "赵桂兰", date(1940, 2, 2), sequence=131)
        activities.sign_up(session, station.activity_id, elder, activities.ROLE_SERVED)
        for person_id in station.person_ids:
            activities.sign_up(session, station.activity_id, person_id, activities.ROLE_VOLUNTEER)
        return activities.get_activity(session, station.activity_id)


def test_times_from_the_paper_sheet_are_typed_with_the_keyboard_and_saved(qtbot, ctx, station, signed_up):
    dialog = TimeEntryDialog(None, ctx, signed_up)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    table = dialog.table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert (table.currentRow(), table.currentColumn()) == (0, COL_IN)
    # 赵桂兰 (served) came at 09:05 and did not sign out; Enter twice moves to the next person
    press(qtbot, "905", Qt.Key.Key_Return, Qt.Key.Key_Return)
    # 王建国: 08:50 - 11:40
    press(qtbot, "0850", Qt.Key.Key_Return, "1140", Qt.Key.Key_Return)
    # 李秀英: a slip of the pen, 25:99, is caught and shown
    press(qtbot, "0900", Qt.Key.Key_Return, "2599", Qt.Key.Key_Return)
    assert table.item(0, COL_IN).text() == "09:05" and table.item(1, COL_OUT).text() == "11:40"
    assert "第 3 行 李秀英" in dialog.errors.text() and "0930" in dialog.errors.text()
    dialog.save()
    assert dialog.isVisible() and dialog.result_value is None  # nothing saved while a cell is wrong
    # back up with the arrow keys and put it right; 张伟 (last row) did not come
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    press(qtbot, Qt.Key.Key_Up, Qt.Key.Key_Right, "10:00", Qt.Key.Key_Return)
    assert table.item(2, COL_OUT).text() == "10:00" and dialog.errors.text() == ""
    assert (table.currentRow(), table.currentColumn()) == (3, COL_IN)
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_Down)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    result = saved.args[0]
    assert (result.attended, result.absent, result.shifts_created) == (3, 1, 2)
    with station.db.transaction() as session:
        pending = shifts.shifts_to_confirm(session)
    assert sorted((s.volunteer_name, s.signed_in, s.signed_out, s.credited_minutes) for s in pending) == [
        ("李秀英", "09:00", "10:00", 60),
        ("王建国", "08:50", "11:40", 150),
    ]


def test_a_row_the_database_refuses_keeps_the_dialog_open_with_the_reason(qtbot, ctx, station, signed_up):
    with station.db.transaction() as session:  # 王建国 already served elsewhere that morning
        shifts.record_shift(session, shifts.ShiftInput(station.volunteer_ids[0], at(10, "08:00"), at(10, "10:00")))
    dialog = TimeEntryDialog(None, ctx, signed_up)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.table.setCurrentCell(1, COL_IN)
    dialog.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    press(qtbot, "0900", Qt.Key.Key_Return, "1100", Qt.Key.Key_Return)
    dialog.save()
    qtbot.waitUntil(lambda: "时间不能重叠" in dialog.errors.text())
    assert dialog.isVisible() and dialog.save_button.isEnabled()


def test_volunteer_page_shows_the_history_and_prints_a_certificate(qtbot, ctx, station, monkeypatch):
    from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
    from stationdesk.ui.dialogs.volunteer_dialogs import CertificateDialog
    from stationdesk.ui.pages.volunteers_page import VolunteersPage

    with station.db.transaction() as session:
        s = shifts.record_shift(
            session,
            shifts.ShiftInput(
                station.volunteer_ids[0], at(10, "09:00"), at(10, "11:30"), activity_id=station.activity_id
            ),
        )
        shifts.confirm_shifts(session, [s.id], "陈主任")
        volunteers.add_training(session, station.volunteer_ids[0], "应急救护培训", date(2026, 3, 1), 240)
    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.waitUntil(lambda: "共 3 名" in page.count_label.text())  # the total is its own job, after the first page
    page.search.setText("wjg")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    with qtbot.waitSignal(page.sig_detail_shown):
        page.table.selectRow(0)
    assert "王建国" in page.name_label.text() and "TEST-001-V00001" in page.name_label.text()
    assert "累计已确认 2.5 小时" in page.totals.text() and page.month_labels[5].text() == "6月\n2.5"
    assert page.history.rowCount() == 1 and page.trainings.rowCount() == 1
    shown = []

    def june(cls, parent, context, number, name, start, end):
        dialog = cls(parent, context, number, name, date(2026, 5, 1), date(2026, 5, 31))
        dialog.show()
        dialog.save()  # no confirmed hours in May: refused in the dialog, which stays with the period
        qtbot.waitUntil(lambda: "没有" in dialog.error.text() or "无" in dialog.error.text(), timeout=10_000)
        assert dialog.isVisible() and "period_from" in dialog.invalid_fields()
        dialog.start.setDate(QDate(2026, 6, 1))
        dialog.end.setDate(QDate(2026, 6, 30))
        dialog.handled_by.setText("王经办")
        dialog.save()
        return dialog

    monkeypatch.setattr(CertificateDialog, "ask", classmethod(june))
    monkeypatch.setattr(
        PdfPreviewDialog,
        "show_pdf",
        classmethod(lambda cls, parent, pdf, title, name="", **k: shown.append((pdf, name))),
    )
    page.print_certificate()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0].startswith(b"%PDF") and "ZYFW-TEST-001-2026-00001" in shown[0][1]
    idle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.certs.rowCount() == 1)
    # void it: the button needs a chosen certificate, the reason is asked, the list shows it voided
    from stationdesk.ui.dialogs.volunteer_dialogs import SimpleFormDialog

    assert not page.void_button.isEnabled()
    page.certs_view.selectRow(0)
    assert page.void_button.isEnabled()
    monkeypatch.setattr(SimpleFormDialog, "ask", answered({"reason": "填错了期间"}))
    page.void_button.click()
    qtbot.waitUntil(lambda: page.certs.rowCount() == 1 and page.certs.rows[0].voided_on is not None)
    columns = page.certs.columnCount()
    assert (
        page.certs.index(0, columns - 2).data() == "已作废" and "填错了期间" in page.certs.index(0, columns - 1).data()
    )
    assert not page.void_button.isEnabled()


def test_roster_import_dialog_previews_errors_and_imports_after_confirmation(qtbot, ctx, station, tmp_path):
    import openpyxl
    from volunteer_helpers import id_number_born

    from stationdesk.services import roster_import as roster
    from stationdesk.ui.dialogs.roster_import_dialog import RosterImportDialog

    workbook = openpyxl.Workbook()
    workbook.active.append(["姓名", "身份证号", "手机"])
    workbook.active.append(["韩梅", id_number_born(date(1988, 8, 8), 991), 13812340000.0])
    workbook.active.append([None, id_number_born(date(1989, 8, 8), 993), ""])
    path = tmp_path / "名册.xlsx"
    workbook.save(path)
    sheet = roster.read_roster(path)
    with station.db.transaction() as session:
        mapping = roster.suggest_mapping(session, sheet.headers)
    dialog = RosterImportDialog(None, ctx, sheet, mapping)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.combos["phone"].currentText() == "手机"
    dialog.check()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1)
    assert dialog.model.rowCount() == 2 and "可导入 1 行，有错误 1 行" in dialog.preview_summary.text()
    assert not dialog.import_button.isEnabled()
    with station.db.transaction() as session:
        assert volunteers.count_volunteers(session) == 3  # nothing written yet
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.result_value is not None)
    assert dialog.result_value.imported == 1
    with station.db.transaction() as session:
        assert volunteers.count_volunteers(session) == 4


def test_the_whole_story_plan_print_enter_confirm_and_see_the_hours(qtbot, ctx, station, monkeypatch, tmp_path):
    """Plan an activity, sign up a volunteer, print the sheet, enter the times, confirm, see the totals."""
    import subprocess
    from datetime import time

    from stationdesk.services.activities import ActivityInput
    from stationdesk.ui.dialogs.activity_dialog import ActivityDialog
    from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
    from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog, PickedPerson
    from stationdesk.ui.dialogs.volunteer_dialogs import SimpleFormDialog
    from stationdesk.ui.messages import MessageBox
    from stationdesk.ui.pages.activities_page import ActivitiesPage
    from stationdesk.ui.pages.service_hours_page import ServiceHoursPage

    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    planned = ActivityInput(
        name="端午包粽子",
        held_on=date(2026, 6, 14),
        starts_at=time(9, 0),
        ends_at=time(11, 0),
        place="活动室",
        organiser="城东社区服务站",
        leader="陈主任",
    )

    def plan(cls, parent, context, projects, teams, kinds, organiser, current=None, today=None, activity_id=None):
        dialog = cls(parent, context, projects, teams, kinds, organiser, planned, today, activity_id)
        dialog.save()
        return dialog

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(plan))
    with qtbot.waitSignal(page.sig_detail_shown, timeout=5000):
        page.new_activity()
    assert page.heading.text() == "端午包粽子"
    monkeypatch.setattr(
        PersonPickerDialog, "ask", classmethod(lambda cls, *a, **k: PickedPerson(station.person_ids[1], "李秀英"))
    )
    page.sign_up("volunteer")
    qtbot.waitUntil(lambda: page.participants.rowCount() == 1)
    printed = []
    monkeypatch.setattr(
        PdfPreviewDialog, "show_pdf", classmethod(lambda cls, parent, pdf, title, name="", **k: printed.append(pdf))
    )
    page.blank_rows.setValue(4)
    page.print_sheet()
    qtbot.waitUntil(lambda: bool(printed))
    (tmp_path / "sheet.pdf").write_bytes(printed[0])
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "sheet.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "端午包粽子" in text and "李秀英" in text and "138****5671" in text

    def fill_and_save(cls, parent, context, detail):
        dialog = cls(parent, context, detail)
        qtbot.addWidget(dialog)
        dialog.table.item(0, COL_IN).setText("0855")
        dialog.table.item(0, COL_OUT).setText("1105")
        with qtbot.waitSignal(dialog.sig_saved):
            dialog.save()
        return dialog.result_value

    monkeypatch.setattr(TimeEntryDialog, "ask", classmethod(fill_and_save))
    told = []
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: told.append(text)))
    page.enter_times()
    assert "新增服务记录 1 条" in told[-1]
    qtbot.waitUntil(lambda: page.participants.rowCount() == 1 and page.participants.record(0).attended is True)

    hours = ServiceHoursPage(ctx)
    qtbot.addWidget(hours)
    hours.show()
    qtbot.waitUntil(lambda: hours.shift_model.rowCount() == 1)
    assert hours.shift_model.record(0).credited_minutes == 120  # 08:55-11:05 is 2 h 10 -> 2 h
    hours.shift_view.selectAll()
    monkeypatch.setattr(SimpleFormDialog, "ask", answered({"by": "陈主任"}))
    hours.confirm_selected()
    qtbot.waitUntil(lambda: hours.shift_model.rowCount() == 0)  # confirmed ones leave the to-confirm list
    hours.year.setValue(2026)
    qtbot.waitUntil(lambda: hours.by_volunteer.rowCount() == 1)
    assert hours.by_volunteer.record(0).label == "李秀英" and hours.by_volunteer.record(0).minutes == 120
    qtbot.waitUntil(lambda: hours.pending_label.text() == "全站待确认 0 条")


def test_the_to_confirm_count_follows_the_volunteer_filter(qtbot, ctx, station):
    from stationdesk.ui.pages.service_hours_page import ServiceHoursPage

    first, second = station.volunteer_ids[:2]
    with station.db.transaction() as session:
        for volunteer_id, days in ((first, (8, 9, 10)), (second, (8,))):
            for day in days:
                shifts.record_shift(session, shifts.ShiftInput(volunteer_id, at(day, "09:00"), at(day, "11:00")))
    hours = ServiceHoursPage(ctx)
    qtbot.addWidget(hours)
    hours.show()
    qtbot.waitUntil(lambda: hours.pending_label.text() == "全站待确认 4 条")
    hours.search.setText("李秀英")
    qtbot.waitUntil(lambda: hours.shift_model.rowCount() == 1)
    qtbot.waitUntil(lambda: hours.pending_label.text() == "“李秀英”的待确认 1 条")
    hours.search.clear()
    qtbot.waitUntil(lambda: hours.pending_label.text() == "全站待确认 4 条")


def test_the_team_dialog_has_a_leader_and_teams_and_projects_are_edited(qtbot, ctx, station, monkeypatch):
    from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog, PickedPerson
    from stationdesk.ui.dialogs.volunteer_dialogs import SimpleFormDialog, TeamDialog
    from stationdesk.ui.pages.teams_page import TeamsPage

    with station.db.transaction() as session:
        teams.join_team(session, station.team_id, station.volunteer_ids[1])
    page = TeamsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.teams.rowCount() == 1 and page.projects.rowCount() == 1)

    # a new team: the leader comes from all registered volunteers through the person picker
    dialog = TeamDialog(None, ctx, "新建队伍", None, [])
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        PersonPickerDialog, "ask", classmethod(lambda cls, *a, **k: PickedPerson(station.person_ids[2], "张伟"))
    )
    dialog.pick_leader()
    dialog.show()
    dialog.save()
    assert dialog.error.text() == "请填写队伍名称。" and dialog.isVisible() and dialog.invalid_fields() == ["name"]
    dialog.name.insert("护河志愿队")  # as typed (keyClicks knows only ASCII)
    assert dialog.error.text() == "" and dialog.invalid_fields() == []  # the error goes as the field is typed
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.save()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: page.teams.rowCount() == 2)
    assert {(t.name, t.leader_name) for t in page.teams.rows} == {("护河志愿队", "张伟"), ("邻里情", "王建国")}

    # editing a team: the dialog offers its members, starts on the current leader and its values
    asked = []

    def edit(cls, parent, context, title, current, members):
        edit_dialog = cls(parent, context, title, current, members)
        qtbot.addWidget(edit_dialog)
        asked.append((edit_dialog.name.text(), edit_dialog.leader.currentText(), edit_dialog.leader.count()))
        edit_dialog.leader.setCurrentIndex(edit_dialog.leader.findData(station.person_ids[1]))
        edit_dialog.service_area.setText("城东、城南社区")
        edit_dialog.save()
        return edit_dialog

    monkeypatch.setattr(TeamDialog, "ask", classmethod(edit))
    page.team_view.selectRow([t.name for t in page.teams.rows].index("邻里情"))
    page.edit_team()
    qtbot.waitUntil(lambda: any(t.leader_name == "李秀英" for t in page.teams.rows))
    assert asked == [("邻里情", "王建国（TEST-001-V00001）", 3)]  # （无） and the two members
    edited = next(t for t in page.teams.rows if t.name == "邻里情")
    assert edited.service_area == "城东、城南社区" and edited.members == 2

    # editing a project: name, team and description, starting from the stored values
    seen = []
    answer = {
        "name": "银发生日会（每月）",
        "team_id": next(t.id for t in page.teams.rows if t.name == "护河志愿队"),
        "description": "每月一次",
    }
    monkeypatch.setattr(SimpleFormDialog, "ask", answered(answer, seen))
    page.project_view.selectRow(0)
    page.edit_project()
    qtbot.waitUntil(lambda: page.projects.record(0).name == "银发生日会（每月）")
    assert seen == [{"name": "银发生日会", "team_id": station.team_id, "description": ""}]
    assert page.projects.record(0).team_name == "护河志愿队" and page.projects.record(0).description == "每月一次"
    idle(qtbot, ctx)


def test_people_marked_as_volunteers_but_not_registered_are_shown_and_registered_from_the_page(
    qtbot, ctx, station, monkeypatch
):
    from stationdesk.services import people
    from stationdesk.ui.dialogs.volunteer_dialogs import RegisterVolunteerDialog
    from stationdesk.ui.messages import MessageBox
    from stationdesk.ui.pages.volunteers_page import VolunteersPage

    with station.db.transaction() as session:
        for name, year in (("郑丽", 1992), ("冯涛", 1988)):
            people.add_person(
                session,
                people.PersonInput(name=name, roles=("volunteer",), birth_date=date(year, 1, 1)),
                confirmed=True,
            )
        add_person(session, "钱明", date(1970, 1, 1), sequence=151)  # not marked: not offered
    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.unregistered_bar.isVisible())
    assert page.unregistered_label.text() == "2 位已标记为志愿者但尚未登记"

    offered = []

    def register_first(cls, parent, context, skills, role_only=False):
        dialog = cls(parent, context, skills, role_only)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.person.model.rowCount() == 2)
        offered.extend(c.person.name for c in dialog.person.model.rows)
        dialog.registered.setDate(QDate(2026, 6, 15))  # the tests' station day
        assert dialog.windowTitle() == "登记已标记为志愿者的人员" and dialog.value() is None  # nobody guessed
        dialog.person.table.selectRow(0)
        dialog.save()
        return dialog

    monkeypatch.setattr(RegisterVolunteerDialog, "ask", classmethod(register_first))
    errors = []
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error, *a: errors.append(error)))
    page.unregistered_button.click()
    qtbot.waitUntil(
        lambda: page.unregistered_label.text() == "1 位已标记为志愿者但尚未登记" or bool(errors), timeout=20_000
    )
    assert sorted(offered) == ["冯涛", "郑丽"] and not errors
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and "共 4 名" in page.count_label.text())
    idle(qtbot, ctx)


def test_the_whole_correction_log_of_a_shift_is_shown_from_the_service_hours_page(qtbot, ctx, station, monkeypatch):
    from stationdesk.ui.dialogs.volunteer_dialogs import CorrectionLogDialog
    from stationdesk.ui.pages.service_hours_page import ServiceHoursPage

    with station.db.transaction() as session:
        s = shifts.record_shift(session, shifts.ShiftInput(station.volunteer_ids[0], at(10, "09:00"), at(10, "11:30")))
        shifts.confirm_shifts(session, [s.id], "陈主任")
        shifts.correct_shift(session, s.id, 120, "提前半小时离开", "陈主任")
        shifts.correct_shift(session, s.id, 180, "补计会后整理场地", "刘站长", signed_in=at(10, "08:30"))
    page = ServiceHoursPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.pending_only.setChecked(False)
    qtbot.waitUntil(lambda: page.shift_model.rowCount() == 1)
    assert page.shift_model.record(0).correction_reason == "补计会后整理场地"  # the list: the latest only
    shown = []

    def keep(cls, parent, description, corrections):
        dialog = cls(parent, description, corrections)
        qtbot.addWidget(dialog)
        shown.append(
            (
                description,
                [
                    [dialog.model.data(dialog.model.index(r, c)) for c in range(6)]
                    for r in range(dialog.model.rowCount())
                ],
            )
        )

    monkeypatch.setattr(CorrectionLogDialog, "show_log", classmethod(keep))
    page.shift_view.selectRow(0)
    page.log_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    description, rows = shown[0]
    assert description.startswith("王建国 2026-06-10 08:30-11:30")
    assert [r[1:] for r in rows] == [
        ["2.5 → 2", "未改", "提前半小时离开", "陈主任", "已确认"],
        ["2 → 3", "2026-06-10 09:00-11:30 → 2026-06-10 08:30-11:30", "补计会后整理场地", "刘站长", "已确认"],
    ]
    assert all(len(r[0]) == 16 for r in rows)  # 2026-11-28 15:42
    idle(qtbot, ctx)


def test_a_volunteer_joins_a_team_found_by_pinyin_and_the_form_stays_open_until_one_is_chosen(qtbot, ctx, station):
    from stationdesk.ui.pages.teams_page import TeamsPage

    page = TeamsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.teams.rowCount() == 1 and page.add_member.isEnabled())
    dialog = page.join()
    qtbot.addWidget(dialog)
    idle(qtbot, ctx)
    assert dialog.volunteer.chosen_id() == ""  # three volunteers match an empty search: nobody is guessed
    dialog.save()
    assert dialog.isVisible() and "请先选择志愿者" in dialog.error.text()
    assert dialog.invalid_fields() == ["volunteer_id"]
    qtbot.keyClicks(dialog.volunteer.search, "zw")
    qtbot.waitUntil(lambda: dialog.volunteer.chosen_name() == "张伟")  # the single match is taken
    assert dialog.invalid_fields() == [] and dialog.error.text() == ""
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: sorted(v.name for v in page.members.rows) == ["张伟", "王建国"])
    assert page.teams.record(0).members == 2
    idle(qtbot, ctx)
