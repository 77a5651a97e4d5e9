"""服务时长: shifts waiting for the organiser's confirmation (confirm locks them), corrections with a
reason, shifts recorded on their own, and the totals per volunteer (month / year), team and project."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.service_hours import format_hours
from stationdesk.services import shifts
from stationdesk.ui.dates import station_today
from stationdesk.ui.dialogs.shift_entry_dialog import ShiftEntryDialog
from stationdesk.ui.dialogs.volunteer_dialogs import CorrectionDialog, CorrectionLogDialog, Field, SimpleFormDialog
from stationdesk.ui.labels import shift_state_label
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.paged_table_model import PagedTableModel
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import list_view, page_title


def shifts_job(session, offset: int, limit: int, pending_only: bool = True, text: str = ""):
    return shifts.find_shifts(session, offset, limit, pending_only, text)


def totals_job(session, year: int, month: int | None):
    return (
        shifts.totals_by_volunteer(session, year, month),
        shifts.totals_by_team(session, year),
        shifts.totals_by_project(session, year),
        shifts.totals_by_month(session, year),
    )


class ServiceHoursPage(Page):
    WATCHES = frozenset({"volunteer_shift", "shift_correction", "volunteer", "activity"})

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_shifts(), self.tr("服务记录与确认"))
        self.tabs.addTab(self._build_totals(), self.tr("时长汇总"))
        title = page_title(self.tr("服务时长"))
        rule = QLabel(
            self.tr(
                "计时规则：按签到、签退的实际时间，向下取整到半小时（不足半小时的部分不计），"
                "每人每天最多计 {cap} 小时；负责人确认后锁定，之后只能写明原因更正。"
            ).format(cap=format_hours(shifts.rules.DEFAULT_DAILY_CAP_MINUTES))
        )
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(rule)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _build_shifts(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("志愿者姓名或编号"))
        self.search.textChanged.connect(lambda _t: self.reload_shifts())
        self.pending_only = QCheckBox(self.tr("只看待确认"))
        self.pending_only.setChecked(True)
        self.pending_only.toggled.connect(lambda _c: self.reload_shifts())
        self.confirm_button = QPushButton(self.tr("确认所选…"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.correct_button = QPushButton(self.tr("更正…"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.log_button = QPushButton(self.tr("更正记录…"))
        self.log_button.clicked.connect(self.show_corrections)
        self.delete_button = QPushButton(self.tr("删除未确认记录"))
        self.delete_button.clicked.connect(self.delete_selected)
        add = QPushButton(self.tr("补录服务记录…"))
        add.clicked.connect(self.add_shift)
        self.shift_model = PagedTableModel(
            self.ctx.db,
            shifts_job,
            [
                (self.tr("日期"), lambda s: s.service_date),
                (self.tr("志愿者编号"), lambda s: s.volunteer_number),
                (self.tr("姓名"), lambda s: s.volunteer_name),
                (self.tr("时间"), lambda s: f"{s.signed_in}-{s.signed_out}"),
                (self.tr("活动 / 内容"), lambda s: s.activity_name or s.content or s.post),
                (self.tr("计入（小时）"), lambda s: format_hours(s.credited_minutes)),
                (
                    self.tr("状态"),
                    lambda s: (
                        self.tr("{state}（{by}）").format(state=shift_state_label(True), by=s.confirmed_by)
                        if s.confirmed
                        else shift_state_label(False)
                    ),
                ),
                (self.tr("更正原因"), lambda s: s.correction_reason),
            ],
        )
        self.shift_view = list_view(self.shift_model, on_double_click=lambda _i: self.show_corrections())
        self.shift_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.pending_label = QLabel()
        bar = QHBoxLayout()
        for widget in (
            self.search,
            self.pending_only,
            self.confirm_button,
            self.correct_button,
            self.log_button,
            self.delete_button,
            add,
            self.list_export_button(self.shift_model, self.tr("服务时长记录")),
        ):
            bar.addWidget(widget)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.shift_view, 1)
        layout.addWidget(self.pending_label)
        return page

    def _build_totals(self) -> QWidget:
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(station_today(self.ctx).year)
        self.year.setSuffix(self.tr(" 年"))
        self.month = QComboBox()
        self.month.addItem(self.tr("全年"), None)
        for month in range(1, 13):
            self.month.addItem(self.tr("{m} 月").format(m=month), month)
        self.year.valueChanged.connect(lambda _v: self.reload_totals())
        self.month.currentIndexChanged.connect(lambda _i: self.reload_totals())
        self.month_summary = QLabel()
        self.month_summary.setWordWrap(True)
        figures = [
            (self.tr("已确认时长（小时）"), lambda t: format_hours(t.minutes)),
            (self.tr("服务人次"), lambda t: t.shifts),
        ]
        self.by_volunteer = RowsTableModel(
            [(self.tr("志愿者编号"), lambda t: t.number), (self.tr("姓名"), lambda t: t.label), *figures]
        )
        self.by_team = RowsTableModel([(self.tr("队伍"), lambda t: t.label), *figures])
        self.by_project = RowsTableModel([(self.tr("项目"), lambda t: t.label), *figures])
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("期间")))
        bar.addWidget(self.year)
        bar.addWidget(self.month)
        bar.addStretch(1)
        tables = QHBoxLayout()
        for model, label in (
            (self.by_volunteer, self.tr("按志愿者")),
            (self.by_team, self.tr("按队伍（全年）")),
            (self.by_project, self.tr("按项目（全年）")),
        ):
            box = QGroupBox(label)
            inner = QVBoxLayout(box)
            inner.addWidget(list_view(model))
            tables.addWidget(box, 2 if model is self.by_volunteer else 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.month_summary)
        layout.addLayout(tables, 1)
        return page

    def refresh(self) -> None:
        self.reload_shifts()
        self.reload_totals()

    def reload_shifts(self) -> None:
        text = self.search.text()
        self.shift_model.reload(pending_only=self.pending_only.isChecked(), text=text)
        self.ctx.db.run(shifts.count_to_confirm, text, on_done=lambda n: self._show_pending(n, text))

    def _show_pending(self, pending: int, text: str) -> None:
        if text != self.search.text():  # a count of an earlier search, overtaken by typing
            return
        if text.strip():
            shown = self.tr("“{text}”的待确认 {n} 条").format(text=text.strip(), n=pending)
        else:
            shown = self.tr("全站待确认 {n} 条").format(n=pending)
        self.pending_label.setText(shown)

    def reload_totals(self) -> None:
        self.ctx.db.run(totals_job, self.year.value(), self.month.currentData(), on_done=self._show_totals)

    def _show_totals(self, result) -> None:
        people, teams, projects, months = result
        self.by_volunteer.set_rows(people)
        self.by_team.set_rows(teams)
        self.by_project.set_rows(projects)
        total = sum(m for _month, m, _v in months)
        self.month_summary.setText(
            self.tr("{year} 年已确认 {total} 小时。各月：{months}").format(
                year=self.year.value(),
                total=format_hours(total),
                months="　".join(
                    self.tr("{m}月 {h} 小时/{v} 人").format(m=m, h=format_hours(n), v=v) for m, n, v in months
                )
                or self.tr("无"),
            )
        )

    def selected_shifts(self) -> list:
        rows = sorted({index.row() for index in self.shift_view.selectionModel().selectedRows()})
        return [self.shift_model.record(r) for r in rows if self.shift_model.record(r) is not None]

    def confirm_selected(self) -> None:
        chosen = [s for s in self.selected_shifts() if not s.confirmed]
        if not chosen:
            MessageBox.info(
                self, self.tr("确认服务时长"), self.tr("请先选择待确认的记录（可按住 Ctrl 或 Shift 多选）。")
            )
            return
        SimpleFormDialog.ask(
            self,
            self.ctx,
            self.tr("确认 {n} 条服务记录（{h} 小时）").format(
                n=len(chosen), h=format_hours(sum(s.credited_minutes for s in chosen))
            ),
            [Field("by", self.tr("确认人（活动负责人）"), required=True)],
            lambda v: (shifts.confirm_shifts, [s.id for s in chosen], v["by"]),
        )

    @staticmethod
    def describe(shift) -> str:
        return (
            f"{shift.volunteer_name} {shift.service_date} {shift.signed_in}-{shift.signed_out} "
            f"{shift.activity_name or shift.content}"
        )

    def one_selected(self, title: str):
        """The one selected shift, or None after telling the user to select one."""
        chosen = self.selected_shifts()
        if len(chosen) != 1:
            MessageBox.info(self, title, self.tr("请选择一条记录。"))
            return None
        return chosen[0]

    def show_corrections(self) -> None:
        """The shift's whole correction log (the list shows only the latest reason)."""
        shift = self.one_selected(self.tr("更正记录"))
        if shift is None:
            return
        self.ctx.db.run(
            shifts.corrections_of,
            shift.id,
            on_done=lambda rows: CorrectionLogDialog.show_log(self, self.describe(shift), rows),
        )

    def correct_selected(self) -> CorrectionDialog | None:
        shift = self.one_selected(self.tr("更正"))
        if shift is None:
            return None
        description = self.describe(shift)
        return CorrectionDialog.ask(self, self.ctx, shift.id, description, shift.credited_minutes, shift.confirmed)

    def delete_selected(self) -> None:
        shift = self.one_selected(self.tr("删除"))
        if shift is None:
            return
        if MessageBox.ask(self, self.tr("删除"), self.tr("删除这条未确认的服务记录？")):
            self.ctx.db.run(shifts.delete_shift, shift.id)

    def add_shift(self):
        return ShiftEntryDialog.ask(self, self.ctx, station_today(self.ctx))
