"""A station worker's day on the demo station, walked through the real window and saved as screenshots.

    .venv/bin/python scripts/day_walk.py [--out /tmp/shots-day] [--data-dir D] [--step NAME ...]

Makes a demo station in ``--data-dir`` (a new temporary folder by default; the steps change it, so walk a
fresh one), logs in as the social worker (as the station head where her role does not reach), resizes the
main window to 1366×768 and does the day in order: the home page, Ctrl+K search and the user guide, a home
visit for the most overdue elder, an assessment filled and finished (the question it asks first), today's
class attendance from the keyboard, a new activity with 30 elders enrolled at once (a community and the
elder kind as the filter, select all, untick down to 30) and its sign-in sheet previewed, a volunteer's hours recorded
(补录服务记录, found by name), the people list exported to Excel (read back with openpyxl), the sync page and
the person form with its ID-number note. Each step saves ``NN-name.png`` (dialogs grabbed on their own) and
prints what it shows; the walk stops at the first step that does not hold, saying which. It runs offscreen
unless QT_QPA_PLATFORM names another platform.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.services.accounts import log_in
from stationdesk.services.demo import DEMO_PASSWORD, DemoOptions, run_demo
from stationdesk.ui.app import application, build_window, install_translations

SCREEN = (1366, 768)
WAIT_SECONDS = 20


class WalkFailed(Exception):
    pass


def settle(until: Callable[[], bool] = lambda: True, what: str = "") -> None:
    """Let the window work (database answers, layouts) until ``until()`` holds; a step that never gets there
    stops the walk."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        QCoreApplication.processEvents()
        if until():
            break
        if time.monotonic() > deadline:
            raise WalkFailed(f"waited {WAIT_SECONDS} s for: {what or until}")
        time.sleep(0.01)
    for _ in range(5):  # the repaint after the last answer
        QCoreApplication.processEvents()


@contextmanager
def patched(owner, name: str, value):
    """``owner.name`` is ``value`` for the block (a modal question answered by the walk, a file name given)."""
    own = name in owner.__dict__
    before = owner.__dict__.get(name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        if own:
            setattr(owner, name, before)
        else:
            delattr(owner, name)  # the inherited one again


def question_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The yes/no box ``MessageBox.ask`` shows, shown without blocking so that it can be grabbed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes, parent)
    box.addButton(QMessageBox.StandardButton.No)
    box.show()
    settle(what="the question box")
    return box


def drawn(widget: QWidget) -> bool:
    """Something darker than paper in the middle band of ``widget`` (the preview renders its pages in a thread)."""
    image = widget.grab().toImage()
    width, height = image.width(), image.height()
    return any(
        image.pixelColor(x, y).lightness() < 200
        for x in range(width // 10, width - width // 10, max(1, width // 80))
        for y in range(height // 10, height // 2, max(1, height // 60))
    )


def find(picker, name: str) -> None:
    """Type ``name`` into a SearchPicker as the worker does and wait for the matches: a single match is taken by
    the picker; of several people of that name the first is chosen, as the worker would after a look."""
    picker.search.setText(name)
    picker.search.textEdited.emit(name)
    shown = [picker.choices.itemText(i) for i in range(picker.choices.count())]

    def answered() -> bool:
        now = [picker.choices.itemText(i) for i in range(picker.choices.count())]
        return now != shown and all(text.startswith(name) for text in now)

    settle(answered, f"{name} found in the picker")
    if not picker.chosen_id():
        picker.choices.setCurrentIndex(0)


def save_form(walk, dialog, what: str):
    """保存 in a SavingDialog; what the service returned, or the walk stops with the refusal (grabbed)."""
    saved = []
    dialog.sig_saved.connect(saved.append)
    dialog.save()
    settle(lambda: bool(saved) or bool(dialog.error.text()), f"the {what} stored")
    if not saved:
        walk.shoot(dialog, f"{what}-refused", dialog.error.text())
        raise WalkFailed(f"the {what} was refused: {dialog.error.text()}")
    return saved[0]


class Walk:
    def __init__(self, out: Path, folder: DataFolder) -> None:
        self.out = out
        self.folder = folder
        self.shots: list[tuple[str, str]] = []
        self.database = Database.open(folder)
        if self.database.station is None or not self._has_people():
            with self.database.transaction() as session:
                run_demo(session, DemoOptions())
            self.database.reload_station()
        self.app = QApplication.instance() or application()
        install_translations(self.app, "zh")
        self.window = None
        self.visited: tuple[str, str] | None = None  # (id, name) of the elder visited, assessed next

    def _has_people(self) -> bool:
        from sqlalchemy import func, select

        from stationdesk.db.models.people import Person

        with self.database.session() as session:
            return bool(session.execute(select(func.count()).select_from(Person)).scalar_one())

    def log_in(self, login: str) -> None:
        """The window as ``login`` sees it (a new window, as after logging out and in); nothing to do when that
        account is already in."""
        if self.window is not None and self.database.actor.login == login:
            return
        if self.window is not None:
            self.window.close()
            settle()
        log_in(self.database, login, DEMO_PASSWORD)
        self.window = build_window(self.folder, self.database)
        self.window.resize(*SCREEN)
        self.window.show()
        settle(self.idle, "the window's first answers")

    def driving(self, dialog_class: type, drive: Callable[[QDialog], int]):
        """While the block runs, a ``dialog_class`` the program opens modally (``exec``) is shown and handed to
        ``drive``, which acts as the worker and returns what ``exec`` would."""

        def shown_and_driven(dialog: QDialog) -> int:
            dialog.show()
            settle(self.idle, f"{dialog_class.__name__} opened")
            try:
                return drive(dialog)
            finally:
                dialog.close()

        return patched(dialog_class, "exec", shown_and_driven)

    def idle(self) -> bool:
        return self.window.ctx.db.is_idle()

    def shoot(self, widget: QWidget, name: str, what: str) -> Path:
        settle(self.idle, f"the database before shot {name}")
        path = self.out / f"{len(self.shots) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        self.shots.append((path.name, what))
        print(f"{path.name}: {what}", flush=True)
        return path

    def page(self, key: str):
        page = self.window.open_page(key)
        settle(self.idle, f"page {key}")
        return page


# -- the day, step by step ------------------------------------------------------------------------------


def home(walk: Walk) -> None:
    walk.log_in("social_worker")
    walk.page("home")
    walk.shoot(walk.window, "home", "首页 as the social worker: today's classes and activities, due visits, follow-ups")


def search_and_guide(walk: Walk) -> None:
    """Ctrl+K finds people, volunteers, classes and activities by a part of a name; Help opens the user guide."""
    walk.log_in("social_worker")
    from stationdesk.ui.dialogs.search_dialog import SearchDialog
    from stationdesk.ui.dialogs.user_guide_dialog import UserGuideDialog

    def search(dialog) -> int:
        dialog.search.setText("辅导")
        dialog.search.textEdited.emit("辅导")
        settle(lambda: walk.idle() and dialog.results.count() > 0, "what the search finds")
        walk.shoot(dialog, "search", f"搜索 (Ctrl+K) “辅导”: {dialog.results.count()} found")
        dialog.open_first()
        return dialog.result()

    def guide(dialog) -> int:
        walk.shoot(dialog, "user-guide", "帮助 → 用户指南, inside the program")
        return QDialog.DialogCode.Accepted

    with walk.driving(SearchDialog, search):
        walk.window.search_action.trigger()
    settle(walk.idle, "the page of what was found")
    walk.shoot(walk.window, "search-opened", "the first thing found, opened")
    with walk.driving(UserGuideDialog, guide):
        walk.window.guide_action.trigger()


def sync_page(walk: Walk) -> None:
    """As the station head: 数据同步 in a social worker's words (record kinds by their Chinese names)."""
    walk.log_in("admin")
    walk.page("sync")
    walk.shoot(walk.window, "sync", "数据同步 as the station head, before the station is enrolled with the city")


def home_visit(walk: Walk) -> None:
    """The first elder of the due list is visited: found by name in the visit form, services and the worker
    herself ticked, a follow-up noted."""
    walk.log_in("social_worker")
    from PySide6.QtCore import Qt, QTime

    due = walk.page("due_visits")
    settle(lambda: due.model.rowCount() > 0, "the due visits")
    walk.shoot(walk.window, "due-visits", "待探访: who is due or overdue")
    elder = due.model.record(0)
    visits = walk.page("visits")
    dialog = visits.record_visit()
    settle(lambda: dialog.services.count() > 0 and dialog.visitors.count() > 0, "the visit form's lists")
    find(dialog.elder, elder.name)
    dialog.start_time.setTime(QTime(9, 30))
    dialog.end_time.setTime(QTime(10, 15))
    dialog.living.setPlainText("独居，女儿每周末来看望；居室整洁，厨房燃气已装报警器。")
    dialog.blood_pressure.setText("138/86")
    for row in (0, 2):
        dialog.services.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.follow_up.setText("联系社区医生上门复查血压")
    walk.shoot(dialog, "visit-form", f"探访记录 for {elder.name}: found by name, the worker ticked as 探访人")
    visit = save_form(walk, dialog, "visit")
    settle(lambda: visits.model.rowCount() > 0 and visits.model.record(0).elder_name == elder.name, "the new visit")
    walk.shoot(walk.window, "visits", f"探访记录: {elder.name}'s visit on top")
    walk.visited = (visit.elder_id, elder.name)


def assessment(walk: Walk) -> None:
    """The elder just visited is assessed: every item scored, 完成评估 asks first (the question is grabbed),
    then the assessment is locked."""
    walk.log_in("social_worker")
    from stationdesk.domain import ability_assessment as gbt
    from stationdesk.ui.messages import MessageBox

    page = walk.page("assessment")
    page.new_assessment(walk.visited)
    page.assessor_1.setText("李社工")
    page.assessor_2.setText("陈护士")
    page.informant.setText("女儿")
    page.relation.setText("女儿")
    for number, code in enumerate(gbt.ITEMS):
        item = gbt.ITEMS[code]
        page.groups[code].button(item.max_score if number % 4 else max(item.max_score - 1, 0)).click()
    settle(what="the score")
    walk.shoot(walk.window, "assessment-scored", f"能力评估 of {walk.visited[1]}: every item scored, the level shown")
    questions = []

    def ask(cls, parent, title, text):
        box = question_box(parent, title, text)
        questions.append(walk.shoot(box, "assessment-asks", "完成评估 asks first and says what locking means"))
        box.close()
        return True

    with patched(MessageBox, "ask", classmethod(ask)):
        saved = []
        page.sig_saved.connect(saved.append)
        page.final_button.click()
        settle(lambda: bool(saved) or bool(page.error.text()), "the assessment finished")
    if not questions or not saved:
        raise WalkFailed(f"finishing the assessment: asked {len(questions)}, {page.error.text()}")
    walk.shoot(walk.window, "assessment-final", "the assessment finished and locked")


def attendance(walk: Walk) -> None:
    """考勤录入 for today's session, from the keyboard as the worker types the paper sheet: Space for 出勤, the
    times as four digits, Space again for the guardian who brought and fetched the child, Ctrl+S to save."""
    walk.log_in("social_worker")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from stationdesk.ui.models.attendance_table_model import DROP_BY, PICK_BY, STATUS

    page = walk.page("attendance")
    settle(lambda: page.model.rowCount() > 0, "the attendance sheet")
    page.table.setFocus()
    for row in range(page.model.rowCount()):
        page.table.setCurrentIndex(page.model.index(row, STATUS))
        QTest.keyClick(page.table, Qt.Key.Key_Space)
        QTest.keyClick(page.table, Qt.Key.Key_Right)
        QTest.keyClicks(page.table, "1625")
        QTest.keyClick(page.table, Qt.Key.Key_Right)
        QTest.keyClicks(page.table, "1735")
        for column in (DROP_BY, PICK_BY):
            page.table.setCurrentIndex(page.model.index(row, column))
            QTest.keyClick(page.table, Qt.Key.Key_Space)
    settle(what="the typed sheet")
    walk.shoot(walk.window, "attendance-typed", "考勤录入: today's sheet typed with the keyboard, before saving")
    saved = []
    page.sig_saved.connect(saved.append)
    QTest.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(lambda: bool(saved), "the attendance saved")
    walk.shoot(walk.window, "attendance-saved", f"考勤录入 saved: {page.status.text()}")


PLACES = 30  # the activity's places: the "an activity with 30 elders"


def activity(walk: Walk) -> None:
    """As the station head: a new activity for 30 elders next Saturday, enrolled at once (the first community
    with 30 elders or more and the elder kind as the filter, 全选筛选结果, the last ones of the list unticked
    down to 30; those signed up already are unticked when refused), then its sign-in sheet is previewed."""
    walk.log_in("admin")
    from datetime import timedelta

    from PySide6.QtCore import Qt, QTime

    from stationdesk.ui.dates import station_today, to_qdate
    from stationdesk.ui.dialogs.activity_dialog import ActivityDialog
    from stationdesk.ui.dialogs.multi_enrol_dialog import MultiEnrolDialog
    from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog

    page = walk.page("activities")
    page.new_activity()
    settle(lambda: any(isinstance(w, ActivityDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    form = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ActivityDialog) and w.isVisible())
    today = station_today(walk.window.ctx)
    day = today + timedelta(days=(5 - today.weekday()) % 7 or 7)  # next Saturday
    form.name.setText("冬至包饺子·长者联欢")
    form.held_on.setDate(to_qdate(day))
    form.starts_at.setTime(QTime(9, 30))
    form.ends_at.setTime(QTime(11, 30))
    form.place.setText("七星社区长者饭堂")
    form.leader.setText("李社工")
    form.target_group.setText("社区老年人")
    form.kind.setCurrentIndex(max(form.kind.findText("文体活动"), 0))
    walk.shoot(form, "activity-form", "新建活动: a Saturday morning for the elders, 组织单位 shown whole")
    save_form(walk, form, "activity")
    settle(lambda: page.detail is not None and page.detail.activity.name == "冬至包饺子·长者联欢", "the new activity")
    walk.shoot(walk.window, "activity", f"活动 as the station head: 冬至包饺子·长者联欢 on {day}, nobody signed up yet")

    def enrol(dialog) -> int:
        settle(lambda: dialog.community.count() > 1, "the enrolment filters")
        dialog.kind.setCurrentIndex(dialog.kind.findData("elder"))
        found = []
        dialog.model.sig_total_changed.connect(found.append)
        for index in range(1, dialog.community.count()):  # the first community with enough elders
            found.clear()
            dialog.community.setCurrentIndex(index)
            settle(lambda: walk.idle() and bool(found), "the filtered people")
            if found[-1] >= PLACES:
                break
        dialog.select_all.click()
        settle(walk.idle, "every match ticked")
        # the activity is for 30: the last ones of the list are unticked by hand (the view's tick box sets this)
        for row in reversed(range(dialog.model.rowCount())):
            if len(dialog.model.checked) <= PLACES:
                break
            dialog.model.setData(dialog.model.index(row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        dialog.table.scrollToBottom()  # the shot shows the unticked ones
        walk.shoot(dialog, "enrol-elders", f"批量报名: {dialog.count.text()} — {dialog.found.text()}")
        dialog.ok.click()
        settle(lambda: not dialog.isVisible() or bool(dialog.error.text()), "the enrolment")
        if dialog.isVisible():  # some have signed up already: nobody is enrolled until they are unticked
            walk.shoot(dialog, "enrol-refused", dialog.error.text().replace("\n", " "))
            dialog.untick_refused.click()
            settle(walk.idle)
            walk.shoot(dialog, "enrol-unticked", f"批量报名 after 取消勾选: {dialog.count.text()}")
            dialog.ok.click()
            settle(lambda: not dialog.isVisible() or bool(dialog.error.text()), "the enrolment")
        if dialog.result_value is None:
            raise WalkFailed(f"the enrolment was refused: {dialog.error.text()}")
        print(f"  enrolled: {dialog.result_value}")
        return dialog.result()

    def preview(dialog) -> int:
        settle(lambda: drawn(dialog.view.viewport()), "the first page drawn in the preview")
        walk.shoot(
            dialog, "signin-sheet", f"签到表 preview ({dialog.document.pageCount()} pages), {dialog.suggested_name}"
        )
        (walk.out / dialog.suggested_name).write_bytes(dialog.pdf_bytes)
        return QDialog.DialogCode.Accepted

    with walk.driving(MultiEnrolDialog, enrol), walk.driving(PdfPreviewDialog, preview):
        page.sign_up_many()
        settle(walk.idle, "the participants")
        walk.shoot(walk.window, "activity-participants", "the activity with its participants")
        page.print_sheet()
        settle(lambda: "signin" in walk.shots[-1][0], "the sign-in sheet")


def volunteer_hours(walk: Walk) -> None:
    """服务时长 → 补录服务记录: the volunteer found by name, the times typed as on the paper sheet."""
    walk.log_in("admin")
    page = walk.page("service_hours")
    dialog = page.add_shift()
    settle(lambda: dialog.volunteer.choices.count() > 0, "the volunteers")
    name = dialog.volunteer.choices.itemText(0).split("（")[0]
    find(dialog.volunteer, name)
    from datetime import timedelta

    from stationdesk.ui.dates import station_today, to_qdate

    dialog.day.setDate(to_qdate(station_today(walk.window.ctx) - timedelta(days=1)))  # yesterday's paper sheet
    dialog.start.setText("0900")
    dialog.end.setText("1130")
    dialog.post.setText("助餐配送")
    dialog.content.setPlainText("为七星社区独居老人送午餐")
    walk.shoot(dialog, "hours-form", f"补录服务记录: {name} found by name, yesterday 09:00-11:30")
    save_form(walk, dialog, "shift")
    settle(walk.idle)
    page.search.setText(name)  # the worker looks the volunteer up to see the new record
    page.reload_shifts()
    settle(
        lambda: (
            walk.idle()
            and any(page.shift_model.record(r).volunteer_name == name for r in range(page.shift_model.rowCount()))
        )
    )
    walk.shoot(walk.window, "hours", f"服务时长: {name}'s records, the new one waiting to be confirmed")


def excel_export(walk: Walk) -> None:
    """The elders' list exported to Excel and read back with openpyxl: the same rows and columns."""
    walk.log_in("admin")
    import openpyxl

    from stationdesk.ui.list_export import ExportFiles
    from stationdesk.ui.messages import MessageBox

    page = walk.page("people")
    settle(lambda: page.model.rowCount() > 0, "the people")
    target = walk.out / "人员档案.xlsx"
    target.unlink(missing_ok=True)
    told = []
    with (
        patched(ExportFiles, "xlsx_path", classmethod(lambda cls, parent, suggested: str(target))),
        patched(MessageBox, "info", classmethod(lambda cls, parent, title, text: told.append(text))),
    ):
        button = next(b for b in page.findChildren(QPushButton) if b.text().startswith("导出"))
        button.click()
        settle(lambda: target.exists() and walk.idle(), "the .xlsx written")
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    walk.shoot(walk.window, "people-exported", f"人员档案 exported: {len(rows) - 1} rows in {target.name}")
    print(f"  {target}: header {rows[0]}; first row {rows[1]}; {len(rows) - 1} rows; told: {told}")
    if len(rows) - 1 != page.model.total:
        raise WalkFailed(f"the export has {len(rows) - 1} rows, the list {page.model.total}")


def person_form(walk: Walk) -> None:
    """人员档案 → 新增人员 with an ID number whose district code predates the district: the note shows, and every
    tag row still shows whole."""
    walk.log_in("social_worker")
    from stationdesk.ui.dialogs.person_dialog import PersonDialog

    dialog = PersonDialog(walk.window, walk.window.ctx)
    dialog.show()
    settle(lambda: dialog.tags.count() > 0, "the tags in the person form")
    dialog.fields["name"].setText("陈桂英")
    dialog.fields["id_number"].setText("441202194803051237")
    dialog.fields["id_number"].textEdited.emit(dialog.fields["id_number"].text())
    walk.shoot(dialog, "person-form-id-note", "新增人员: the ID-number note shown, the tags below it")
    dialog.close()


STEPS: list[tuple[str, Callable[[Walk], None]]] = [
    ("home", home),
    ("search", search_and_guide),
    ("visit", home_visit),
    ("assessment", assessment),
    ("attendance", attendance),
    ("activity", activity),
    ("hours", volunteer_hours),
    ("export", excel_export),
    ("sync", sync_page),
    ("person_form", person_form),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots-day"))
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--step", action="append", help="only these steps (by name), for looking at one again")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="day-walk-"))
    folder = DataFolder(root)
    folder.ensure()
    walk = Walk(args.out, folder)
    try:
        for name, step in STEPS:
            if args.step and name not in args.step:
                continue
            step(walk)
    except WalkFailed as problem:
        print(f"the walk stopped: {problem}", file=sys.stderr)
        return 1
    finally:
        if walk.window is not None:
            walk.window.close()
            settle()
    print(f"{len(walk.shots)} screenshots in {args.out}; data in {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
