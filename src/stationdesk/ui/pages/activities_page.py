"""活动: plan activities, sign people up (served and volunteers), print the sign-in sheet, and enter
the signed times from the paper sheet afterwards (which records attendance and the shifts)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.typed_time import format_clock
from stationdesk.services import activities, teams
from stationdesk.services.bulk_enrolment import sign_up_many
from stationdesk.services.station import catalog, current_station, today
from stationdesk.ui.dialogs.activity_dialog import ActivityDialog
from stationdesk.ui.dialogs.multi_enrol_dialog import MultiEnrolDialog
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog
from stationdesk.ui.dialogs.time_entry_dialog import TimeEntryDialog
from stationdesk.ui.labels import attendance_label, shift_state_label, value_label
from stationdesk.ui.long_job import run_with_progress
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.paged_table_model import PagedTableModel
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import list_view, master_detail


def list_job(session, offset: int, limit: int, text: str = ""):
    return activities.list_activities(session, text=text, offset=offset, limit=limit)


def dialog_choices(session):
    """What the activity dialog offers: projects, teams, kinds, the station's name and today."""
    return (
        teams.list_projects(session),
        teams.list_teams(session),
        catalog(session, "activity_kind"),
        current_station(session).name,
        today(session),
    )


def _sheet_job(session, activity_id, blank_rows, volunteers_only, progress=None):
    return activities.signin_sheet_pdf(session, activity_id, blank_rows, volunteers_only, progress)


class ActivitiesPage(Page):
    WATCHES = frozenset({"activity", "activity_participant", "volunteer_shift"})
    sig_detail_shown = Signal(str)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.detail: activities.ActivityDetail | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("活动名称或地点"))
        self.search.textChanged.connect(lambda text: self.model.reload(text=text))
        new = QPushButton(self.tr("新建活动…"))
        new.clicked.connect(self.new_activity)
        self.model = PagedTableModel(
            ctx.db,
            list_job,
            [
                (self.tr("日期"), lambda a: a.held_on),
                (self.tr("时间"), lambda a: f"{a.starts_at:%H:%M}-{a.ends_at:%H:%M}"),
                (self.tr("活动"), lambda a: a.name),
                (self.tr("项目"), lambda a: a.project_name),
                (self.tr("队伍"), lambda a: a.team_name),
                (self.tr("服务对象"), lambda a: a.served),
                (self.tr("志愿者"), lambda a: a.volunteers),
            ],
        )
        self.table = list_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(new)
        top.addWidget(self.list_export_button(self.model, self.tr("活动")))
        master_detail(self, self.tr("活动"), [top, self.table], self._build_detail())
        self.model.reload(text="")

    def _build_detail(self) -> QWidget:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self.tr("请在左侧选择一个活动"))
        self.heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.participants = RowsTableModel(
            [
                (
                    self.tr("身份"),
                    lambda p: self.tr("志愿者") if p.role == activities.ROLE_VOLUNTEER else self.tr("服务对象"),
                ),
                (self.tr("姓名"), lambda p: p.name),
                (self.tr("志愿者编号"), lambda p: p.volunteer_number),
                (self.tr("手机"), lambda p: p.phone_masked),
                (self.tr("出勤"), lambda p: attendance_label(p.attended)),
                (self.tr("签到"), lambda p: format_clock(p.signed_in)),
                (self.tr("签退"), lambda p: format_clock(p.signed_out)),
                (self.tr("时长确认"), lambda p: shift_state_label(True) if p.shift_confirmed else ""),
                (self.tr("备注"), lambda p: p.remark),
            ],
            background=lambda p: "#eef5ff" if p.role == activities.ROLE_VOLUNTEER else None,
        )
        self.participant_view = list_view(self.participants)
        self.edit_button = QPushButton(self.tr("编辑活动…"))
        self.edit_button.clicked.connect(self.edit_activity)
        self.add_served = QPushButton(self.tr("报名服务对象…"))
        self.add_served.clicked.connect(lambda: self.sign_up(activities.ROLE_SERVED))
        self.add_volunteer = QPushButton(self.tr("报名志愿者…"))
        self.add_volunteer.clicked.connect(lambda: self.sign_up(activities.ROLE_VOLUNTEER))
        self.add_many = QPushButton(self.tr("批量报名…"))
        self.add_many.setToolTip(self.tr("按社区、标签筛选后一次报名多人，例如某社区所有独居老人"))
        self.add_many.clicked.connect(self.sign_up_many)
        self.remove_button = QPushButton(self.tr("取消报名"))
        self.remove_button.clicked.connect(self.withdraw)
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, 200)
        self.blank_rows.setValue(5)
        self.blank_rows.setPrefix(self.tr("空白行 "))
        self.volunteers_only = QCheckBox(self.tr("仅志愿者"))
        self.print_button = QPushButton(self.tr("打印签到表…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.entry_button = QPushButton(self.tr("录入签到表…"))
        self.entry_button.setStyleSheet("font-weight: bold;")
        self.entry_button.clicked.connect(self.enter_times)
        self.buttons = [
            self.edit_button,
            self.add_served,
            self.add_volunteer,
            self.add_many,
            self.remove_button,
            self.print_button,
            self.entry_button,
        ]
        for button in self.buttons:
            button.setEnabled(False)
        people_bar = QHBoxLayout()
        for widget in (self.edit_button, self.add_served, self.add_many, self.add_volunteer, self.remove_button):
            people_bar.addWidget(widget)
        people_bar.addStretch(1)
        sheet_bar = QHBoxLayout()
        for widget in (self.print_button, self.blank_rows, self.volunteers_only, self.entry_button):
            sheet_bar.addWidget(widget)
        sheet_bar.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(people_bar)
        layout.addLayout(sheet_bar)
        layout.addWidget(self.participant_view, 1)
        return panel

    def refresh(self) -> None:
        self.model.refresh()
        if self.detail is not None:
            self.show_activity(self.detail.activity.id)

    def _row_chosen(self, current, _previous) -> None:
        record = self.model.record(current.row())
        if record is not None:
            self.show_activity(record.id)

    def show_activity(self, activity_id: str) -> None:
        self.ctx.db.run(
            activities.get_activity,
            activity_id,
            on_done=self._show_detail,
            on_error=lambda e: MessageBox.error(self, e),
        )

    def _show_detail(self, detail: activities.ActivityDetail) -> None:
        self.detail = detail
        a = detail.activity
        self.heading.setText(a.name)
        served = [p for p in detail.participants if p.role == activities.ROLE_SERVED]
        helpers = [p for p in detail.participants if p.role == activities.ROLE_VOLUNTEER]
        came = sum(1 for p in detail.participants if p.attended)
        self.facts.setText(
            "\n".join(
                [
                    self.tr("日期时间：{d} {s}-{e}　地点：{p}").format(
                        d=a.held_on, s=f"{a.starts_at:%H:%M}", e=f"{a.ends_at:%H:%M}", p=a.place or "—"
                    ),
                    self.tr("组织单位：{o}　负责人：{l}").format(o=a.organiser or "—", l=a.leader or "—"),
                    self.tr("项目：{p}　队伍：{t}　类型：{k}　服务对象：{g}").format(
                        p=a.project_name or "—",
                        t=a.team_name or "—",
                        k=value_label("activity_kind", a.kind) or "—",
                        g=a.target_group or "—",
                    ),
                    self.tr("报名：服务对象 {s} 人，志愿者 {v} 人{cap}；已到 {c} 人").format(
                        s=len(served),
                        v=len(helpers),
                        c=came,
                        cap=self.tr("（名额 {n}）").format(n=a.capacity) if a.capacity else "",
                    ),
                ]
            )
        )
        self.participants.set_rows(detail.participants)
        for button in self.buttons:
            button.setEnabled(True)
        self.sig_detail_shown.emit(a.id)

    # -- actions ------------------------------------------------------------------------------------------
    def new_activity(self) -> None:
        self.ctx.db.run(dialog_choices, on_done=lambda choices: self._ask_activity(choices, None))

    def edit_activity(self) -> None:
        if self.detail is not None:
            self.ctx.db.run(dialog_choices, on_done=lambda choices: self._ask_activity(choices, self.detail))

    def _ask_activity(self, choices, detail) -> None:
        projects, teams, kinds, station_name, day = choices
        dialog = ActivityDialog.ask(
            self,
            self.ctx,
            projects,
            teams,
            kinds,
            station_name,
            detail.data if detail else None,
            day,
            detail.activity.id if detail else None,
        )
        if detail is None:
            dialog.sig_saved.connect(lambda row: self.show_activity(row.id))

    def sign_up(self, role: str) -> None:
        if self.detail is None:
            return
        title = self.tr("报名志愿者") if role == activities.ROLE_VOLUNTEER else self.tr("报名服务对象")
        volunteer = role == activities.ROLE_VOLUNTEER
        picked = PersonPickerDialog.ask(
            self,
            self.ctx,
            title,
            role="volunteer" if volunteer else None,
            register_as=("volunteer",) if volunteer else (),
        )
        if picked is not None:
            self.ctx.db.run(
                activities.sign_up,
                self.detail.activity.id,
                picked.person_id,
                role,
                on_error=lambda e: MessageBox.error(self, e),
            )

    def sign_up_many(self) -> None:
        """Many people served at once: one call, all or none."""
        if self.detail is None:
            return
        activity_id = self.detail.activity.id
        MultiEnrolDialog.ask(
            self,
            self.ctx,
            self.tr("批量报名：{name}").format(name=self.detail.activity.name),
            lambda session, ids, _confirmed: sign_up_many(session, activity_id, ids, activities.ROLE_SERVED),
        )

    def withdraw(self) -> None:
        record = self.participants.record(self.participant_view.currentIndex().row())
        if record is None:
            return
        if MessageBox.ask(self, self.tr("取消报名"), self.tr("取消 {name} 的报名？").format(name=record.name)):
            self.ctx.db.run(activities.withdraw, record.id, on_error=lambda e: MessageBox.error(self, e))

    def print_sheet(self) -> None:
        if self.detail is None:
            return
        run_with_progress(
            self,
            self.ctx,
            self.tr("正在生成签到表…"),
            _sheet_job,
            self.detail.activity.id,
            self.blank_rows.value(),
            self.volunteers_only.isChecked(),
            on_done=lambda result: PdfPreviewDialog.show_pdf(self, result[0], self.tr("签到表"), result[1]),
        )

    def enter_times(self) -> None:
        if self.detail is None:
            return
        if not self.detail.participants:
            MessageBox.info(self, self.tr("录入签到表"), self.tr("此活动还没有人报名。请先报名，再打印签到表。"))
            return
        result = TimeEntryDialog.ask(self, self.ctx, self.detail)
        if result is not None:
            MessageBox.info(
                self,
                self.tr("已保存"),
                self.tr("已到 {a} 人，未到 {b} 人；新增服务记录 {c} 条，修改 {d} 条（待负责人确认）。").format(
                    a=result.attended, b=result.absent, c=result.shifts_created, d=result.shifts_updated
                ),
            )
