"""辅导班: the classes, and for the chosen one its schedule, tutors, enrolled children (by alias) and
sessions; enrol, generate a term, print the day's sign-in sheet or the month's summary."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from stationdesk.domain.typed_time import format_clock
from stationdesk.errors import NeedsConfirmation
from stationdesk.services import tutoring
from stationdesk.services.bulk_enrolment import enrol_children
from stationdesk.services.people import PeopleQuery, search_people
from stationdesk.ui.dates import station_today
from stationdesk.ui.dialogs.multi_enrol_dialog import MultiEnrolDialog
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog
from stationdesk.ui.dialogs.tutoring_dialogs import (
    ActivityDialog,
    ClassDialog,
    MonthDialog,
    SessionTime,
    SessionTimeDialog,
    SigninDialog,
    TermDialog,
)
from stationdesk.ui.labels import schedule_label, value_label
from stationdesk.ui.long_job import run_with_progress
from stationdesk.ui.messages import MessageBox, error_text
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import gender_text, keep_spaces, list_view, master_detail, selected_record
from stationdesk.ui.widgets.guardian_consent_box import record_guardian_and_consent

TUTORS = PeopleQuery(role="volunteer")  # who can be picked as a tutor


CONSENT_MISSING = ("tutoring.no_guardian", "tutoring.no_consent")  # recorded on the spot, then enrolled


SESSION_ACTIONS = frozenset({"term", "activity", "attendance", "signin", "monthly"})  # the second row of buttons


class TutoringPage(Page):
    WATCHES = frozenset(
        {
            "tutoring_class",
            "tutoring_session",
            "tutoring_enrolment",
            "tutoring_attendance",
            "tutoring_slot",
            "tutoring_class_tutor",
            "person",
            "guardian_consent",
        }
    )
    sig_loaded = Signal()

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.detail: tutoring.ClassDetail | None = None
        self._class_id: str | None = None
        new_button = QPushButton(self.tr("新建班级…"))
        new_button.clicked.connect(self.new_class)
        ctx.offer_only_with("children.manage", new_button)
        self.class_rows = RowsTableModel(
            [
                (self.tr("班级"), lambda c: c.name + (self.tr("（已结束）") if c.ended else "")),
                (self.tr("类型"), lambda c: value_label("class_kind", c.kind)),
                (self.tr("人数"), lambda c: f"{c.enrolled}/{c.capacity or '∞'}"),
                (self.tr("课次"), lambda c: c.sessions),
            ],
            parent=self,
        )
        self.classes = list_view(self.class_rows)
        self.classes.selectionModel().selectionChanged.connect(lambda *_: self._class_selected())

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.buttons: dict[str, QPushButton] = {}
        # two rows: in one the ten buttons took the width the class list needs (its 课次 column was cut off)
        class_actions, session_actions = QHBoxLayout(), QHBoxLayout()
        for key, label, slot in (
            ("edit", self.tr("编辑班级…"), self.edit_class),
            ("enrol", self.tr("报名儿童…"), self.enrol),
            ("enrol_many", self.tr("批量报名…"), self.enrol_many),
            ("withdraw", self.tr("退班"), self.withdraw),
            ("term", self.tr("生成学期课次…"), self.generate_term),
            ("activity", self.tr("添加小组活动…"), self.add_activity),
            ("attendance", self.tr("录入考勤"), self.open_attendance),
            ("signin", self.tr("打印签到表…"), self.print_signin),
            ("monthly", self.tr("月度考勤汇总…"), self.print_monthly),
            ("close", self.tr("结班…"), self.close_class),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            (session_actions if key in SESSION_ACTIONS else class_actions).addWidget(button)
            self.buttons[key] = button
        ctx.offer_only_with(
            "children.manage", *(self.buttons[k] for k in ("edit", "enrol", "withdraw", "term", "close"))
        )
        ctx.offer_only_with("children.manage", self.buttons["activity"])
        ctx.offer_only_with("visits.record", self.buttons["attendance"])
        ctx.offer_only_with("print", self.buttons["signin"], self.buttons["monthly"])
        class_actions.addStretch(1)
        session_actions.addStretch(1)
        actions = QVBoxLayout()
        actions.addLayout(class_actions)
        actions.addLayout(session_actions)
        self.children_rows = RowsTableModel(
            [
                (self.tr("儿童（化名）"), lambda c: c.display_name),
                (self.tr("性别"), lambda c: gender_text(c.gender)),
                (self.tr("年龄"), lambda c: c.age),
                (self.tr("报名日期"), lambda c: f"{c.enrolled_on:%Y-%m-%d}"),
                (self.tr("已记录"), lambda c: c.stats.recorded),
                (self.tr("出勤"), lambda c: c.stats.attended),
                (self.tr("出勤率"), lambda c: c.stats.rate_text()),
            ],
            parent=self,
        )
        self.children_table = list_view(self.children_rows, self.open_child)
        self.session_rows = RowsTableModel(
            [
                (self.tr("日期"), lambda x: f"{x.day:%Y-%m-%d}"),
                (self.tr("星期"), lambda x: value_label("weekday", x.day.weekday())),
                (self.tr("时间"), lambda x: f"{format_clock(x.start)}-{format_clock(x.end)}" if x.start else ""),
                (self.tr("类型"), lambda x: value_label("session_kind", x.kind)),
                (self.tr("科目"), lambda x: x.subject),
                (self.tr("已记录"), lambda x: x.recorded),
                (self.tr("出勤"), lambda x: x.attended),
            ],
            parent=self,
        )
        self.sessions_table = list_view(self.session_rows, self.open_attendance)
        self.reschedule_button = QPushButton(self.tr("修改课次时间…"))
        self.reschedule_button.clicked.connect(self.reschedule_session)
        self.cancel_button = QPushButton(self.tr("取消课次"))
        self.cancel_button.clicked.connect(self.cancel_session)
        ctx.offer_only_with("children.manage", self.reschedule_button, self.cancel_button)
        sessions_tab = QWidget()
        sessions_layout = QVBoxLayout(sessions_tab)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        sessions_layout.addWidget(self.sessions_table, 1)
        session_buttons = QHBoxLayout()
        session_buttons.addWidget(self.reschedule_button)
        session_buttons.addWidget(self.cancel_button)
        session_buttons.addStretch(1)
        sessions_layout.addLayout(session_buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.children_table, self.tr("儿童"))
        self.tabs.addTab(sessions_tab, self.tr("课次"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.tabs, 1)
        master_detail(self, self.tr("辅导班"), [new_button, self.classes], right, left_width=330)
        self._enable(False)
        self.refresh()

    # -- loading
    def refresh(self) -> None:
        self.ctx.db.run(tutoring.list_classes, on_done=self._show_classes, on_error=self._failed)

    def _show_classes(self, classes) -> None:
        wanted = self._class_id
        selection = self.classes.selectionModel()
        selection.blockSignals(True)
        self.class_rows.set_rows(classes)
        rows = [r for r, c in enumerate(classes) if c.id == wanted]
        if rows or classes:
            self.classes.selectRow(rows[0] if rows else 0)
        selection.blockSignals(False)
        if rows or classes:
            self._class_selected()
        else:
            self.detail = None
            self.header.setText(self.tr("还没有辅导班。点“新建班级…”开始。"))
            self._enable(False)
            self.sig_loaded.emit()

    def select_class(self, class_id: str) -> None:
        self._class_id = class_id
        self.refresh()

    def _class_selected(self) -> None:
        chosen = selected_record(self.classes)
        if chosen is None:
            return
        self._class_id = chosen.id
        self.ctx.db.run(tutoring.get_class, chosen.id, on_done=self._show_detail, on_error=self._failed)

    def _show_detail(self, detail: tutoring.ClassDetail) -> None:
        if detail.summary.id != self._class_id:
            return
        self.detail = detail
        s = detail.summary
        term = self.tr("{a} 至 {b}").format(a=s.term_start or "—", b=s.term_end or "—")
        capacity = str(s.capacity) if s.capacity else self.tr("不限")
        self.header.setText(
            keep_spaces(
                f"<span style='font-size:16px;font-weight:bold'>{escape(s.name)}"
                f"（{value_label('class_kind', s.kind)}）</span><br>"
                + self.tr(
                    "科目：{subjects}　学期：{term}　地点：{place}<br>每周：{schedule}<br>"
                    "辅导员：{tutors}　已报名 {enrolled} 人 / 容量 {capacity}　课次 {sessions}"
                ).format(
                    subjects=escape(s.subjects or "—"),
                    term=term,
                    place=escape(s.place or "—"),
                    schedule=escape(schedule_label(s.schedule) or "—"),
                    tutors=escape(s.tutors or "—"),
                    enrolled=s.enrolled,
                    capacity=capacity,
                    sessions=s.sessions,
                )
            )
        )
        self.children_rows.set_rows(detail.children)
        self.session_rows.set_rows(detail.sessions)
        self._enable(True)
        self.sig_loaded.emit()

    def _enable(self, on: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(on)

    def _today(self) -> date:
        return station_today(self.ctx)

    # -- classes
    def new_class(self) -> None:
        self.ctx.db.run(search_people, TUTORS, limit=500, on_done=lambda tutors: self._edit(tutors, None))

    def edit_class(self) -> None:
        if self.detail is not None:
            self.ctx.db.run(search_people, TUTORS, limit=500, on_done=lambda tutors: self._edit(tutors, self.detail))

    def _edit(self, tutors, detail) -> None:
        if detail is not None:  # keep tutors who are no longer volunteers in the list
            known = {t.id for t in tutors}
            tutors = list(tutors) + [t for t in detail.tutors if t.id not in known]
        dialog = ClassDialog.ask(
            self,
            self.ctx,
            tutors,
            detail.data if detail else None,
            self._today(),
            detail.summary.id if detail else None,
        )
        dialog.sig_saved.connect(lambda saved: self.select_class(saved.id))

    # -- enrolment
    def enrol(self) -> None:
        if self.detail is None:
            return
        picked = PersonPickerDialog.ask(
            self,
            self.ctx,
            self.tr("报名儿童"),
            role="child",
            consent=True,
            hint=self.tr("报名前须已登记监护人书面同意；还没有同意的儿童，报名时可以当场登记监护人和同意。"),
            register_as=("child",),
        )
        if picked is not None:
            self._enrol(self.detail.summary.id, picked.person_id, False)

    def enrol_many(self) -> None:
        """Many children at once (a school's whole list); all or none, refusals listed in the dialog."""
        if self.detail is None:
            return
        class_id = self.detail.summary.id
        MultiEnrolDialog.ask(
            self,
            self.ctx,
            self.tr("批量报名：{name}").format(name=self.detail.summary.name),
            lambda session, ids, confirmed: enrol_children(session, class_id, ids, confirmed),
            role="child",
            hint=self.tr("只能报名已登记监护人同意的儿童；有一人不符合时全部不报名，并列出原因。"),
        )

    def _enrol(self, class_id: str, child_id: str, confirmed: bool) -> None:
        def failed(error) -> None:
            if isinstance(error, NeedsConfirmation) and MessageBox.ask(self, self.tr("请确认"), error_text(error)):
                self._enrol(class_id, child_id, True)
            elif getattr(error, "code", "") in CONSENT_MISSING:
                question = error_text(error) + "\n\n" + self.tr("现在登记监护人和同意，然后报名吗？")
                if MessageBox.ask(self, self.tr("缺少监护人同意"), question):
                    record_guardian_and_consent(
                        self, self.ctx, child_id, lambda: self._enrol(class_id, child_id, False)
                    )
            elif not isinstance(error, NeedsConfirmation):
                MessageBox.error(self, error)

        self.ctx.db.run(tutoring.enrol_child, class_id, child_id, confirmed, on_error=failed)

    def withdraw(self) -> None:
        child = selected_record(self.children_table)
        if self.detail is None or child is None:
            return
        if MessageBox.ask(
            self,
            self.tr("退班"),
            self.tr("让 {name} 从“{cls}”退班？已记录的考勤会保留。").format(
                name=child.display_name, cls=self.detail.summary.name
            ),
        ):
            self.ctx.db.run(tutoring.withdraw_child, child.enrolment_id, on_error=self._failed)

    # -- sessions
    def generate_term(self) -> TermDialog | None:
        if self.detail is None:
            return None
        s = self.detail.summary
        dialog = TermDialog.ask(
            self, self.ctx, s.id, s.term_start or self._today(), s.term_end or self._today(), s.schedule
        )

        def done(result: tutoring.TermResult) -> None:
            skipped = "、".join(f"{d:%m-%d}" for d in result.holidays_skipped) or self.tr("无")
            MessageBox.info(
                self,
                self.tr("生成学期课次"),
                self.tr("新生成 {created} 个课次，已有 {existing} 个未重复生成。\n跳过的节假日：{skipped}").format(
                    created=result.created, existing=result.already_there, skipped=skipped
                ),
            )

        dialog.sig_saved.connect(done)
        return dialog

    def add_activity(self) -> ActivityDialog | None:
        """A group activity (小组活动): a session of its own, with attendance taken the same way."""
        if self.detail is None:
            return None
        return ActivityDialog.ask(self, self.ctx, self.detail.summary.id, self._today())

    def _selected_session(self):
        chosen = selected_record(self.sessions_table)
        if chosen is None:
            MessageBox.info(self, self.tr("课次"), self.tr("请先在“课次”列表中选中一个课次。"))
        return chosen

    def reschedule_session(self) -> SessionTimeDialog | None:
        chosen = self._selected_session()
        if chosen is None:
            return None
        return SessionTimeDialog.ask(self, self.ctx, chosen.id, SessionTime(chosen.day, chosen.start, chosen.end))

    def cancel_session(self) -> None:
        chosen = self._selected_session()
        if chosen is None:
            return
        if MessageBox.ask(
            self,
            self.tr("取消课次"),
            self.tr("取消 {day} {time} 的课次？").format(day=f"{chosen.day:%Y-%m-%d}", time=format_clock(chosen.start)),
        ):
            self.ctx.db.run(tutoring.cancel_session, chosen.id, on_error=self._failed)

    def close_class(self) -> None:
        """结班 today: children still enrolled leave, later sessions with nothing recorded are cancelled."""
        if self.detail is None:
            return
        s = self.detail.summary
        question = self.tr(
            "今天（{day}）结束“{name}”？仍在班的 {n} 名儿童将于今天退班，今天以后未记录考勤的课次将取消；"
            "已有的课次、考勤和报名记录都会保留。"
        ).format(day=f"{self._today():%Y-%m-%d}", name=s.name, n=s.enrolled)
        if MessageBox.ask(self, self.tr("结班"), question):
            self.ctx.db.run(tutoring.close_class, s.id, on_error=self._failed)

    def open_attendance(self, *_args) -> None:
        if self.detail is None:
            return
        chosen = selected_record(self.sessions_table)
        if chosen is None:
            held = [x for x in self.detail.sessions if x.day <= self._today()]
            chosen = (held or list(self.detail.sessions) or [None])[-1]
        session_id = getattr(chosen, "id", None)
        window = self.window()
        if session_id is None or not hasattr(window, "open_page"):
            return
        window.open_page("attendance").open_session(self.detail.summary.id, session_id)

    def open_child(self, *_args) -> None:
        child = selected_record(self.children_table)
        window = self.window()
        if child is not None and hasattr(window, "open_page"):
            window.open_page("child").show_child(child.child_id)

    # -- printing
    def print_signin(self) -> None:
        if self.detail is None:
            return
        chosen = selected_record(self.sessions_table)
        day = chosen.day if chosen is not None else self._today()
        answer = SigninDialog.ask(self, day)
        if answer is None:
            return
        day, blank = answer
        run_with_progress(
            self,
            self.ctx,
            self.tr("正在生成签到表…"),
            tutoring.print_signin_sheet,
            self.detail.summary.id,
            day,
            blank,
            on_done=lambda result: PdfPreviewDialog.show_pdf(self, result[0], self.tr("签到表"), result[1]),
        )

    def print_monthly(self) -> None:
        if self.detail is None:
            return
        answer = MonthDialog.ask(self, self._today())
        if answer is None:
            return
        run_with_progress(
            self,
            self.ctx,
            self.tr("正在生成月度考勤汇总…"),
            tutoring.print_monthly_summary,
            self.detail.summary.id,
            *answer,
            on_done=lambda result: PdfPreviewDialog.show_pdf(self, result[0], self.tr("月度考勤汇总"), result[1]),
        )

    def _failed(self, error: BaseException) -> None:
        MessageBox.error(self, error)
        self.sig_loaded.emit()
