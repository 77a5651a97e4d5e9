"""志愿者: the paged list of volunteers, and the selected volunteer's page (profile, hours by month,
history, training, awards, certificates) with registration, Excel import/export and certificates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.service_hours import STATUSES, format_hours
from stationdesk.services import certificates, roster_import, volunteers
from stationdesk.ui.dates import station_today
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.dialogs.roster_import_dialog import RosterImportDialog
from stationdesk.ui.dialogs.volunteer_dialogs import CertificateDialog, Field, RegisterVolunteerDialog, SimpleFormDialog
from stationdesk.ui.labels import shift_state_label, value_label
from stationdesk.ui.long_job import run_with_progress
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.paged_table_model import PagedTableModel
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import gender_text, list_view, master_detail


def search_job(session, offset: int, limit: int, query: volunteers.VolunteerQuery):
    return volunteers.search_volunteers(session, query, offset, limit)


class VolunteersPage(Page):
    WATCHES = frozenset(
        {
            "volunteer",
            "volunteer_shift",
            "volunteer_training",
            "volunteer_award",
            "volunteer_certificate",
            "team_membership",
            "person",
        }
    )
    sig_detail_shown = Signal(str)
    sig_unregistered_counted = Signal(int)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.current_id: str | None = None
        self.detail: volunteers.VolunteerDetail | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母、手机号后四位或志愿者编号"))
        self.search.textChanged.connect(lambda _t: self.reload())
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for status in STATUSES:
            self.status.addItem(value_label("volunteer_status", status), status)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        register = QPushButton(self.tr("登记志愿者"))
        register.clicked.connect(lambda: self.register_volunteer())
        import_button = QPushButton(self.tr("导入名册…"))
        import_button.clicked.connect(self.import_roster)
        export_button = QPushButton(self.tr("导出 Excel"))
        menu = QMenu(export_button)
        menu.addAction(self.tr("志愿者名单"), lambda: self.export("volunteers"))
        menu.addAction(self.tr("本年服务记录"), lambda: self.export("shifts"))
        menu.addAction(self.tr("本年时长汇总"), lambda: self.export("totals"))
        export_button.setMenu(menu)
        self.count_label = QLabel()
        self.unregistered_label = QLabel()
        self.unregistered_label.setStyleSheet("color: #8a5a00;")
        self.unregistered_button = QPushButton(self.tr("为他们登记…"))
        self.unregistered_button.clicked.connect(lambda: self.register_volunteer(role_only=True))
        self.unregistered_bar = QWidget()
        bar = QHBoxLayout(self.unregistered_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.unregistered_label)
        bar.addWidget(self.unregistered_button)
        bar.addStretch(1)
        self.unregistered_bar.hide()
        self.model = PagedTableModel(
            ctx.db,
            search_job,
            [
                (self.tr("志愿者编号"), lambda v: v.volunteer_number),
                (self.tr("姓名"), lambda v: v.name),
                (self.tr("性别"), lambda v: gender_text(v.gender)),
                (self.tr("年龄"), lambda v: v.age),
                (self.tr("手机"), lambda v: v.phone_masked),
                (self.tr("状态"), lambda v: value_label("volunteer_status", v.status)),
                (self.tr("本年时长"), lambda v: format_hours(v.year_minutes)),
                (self.tr("技能"), lambda v: v.skills),
            ],
        )
        self.model.sig_loaded.connect(self._update_count)
        self.table = list_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        top.addWidget(register)
        top.addWidget(import_button)
        top.addWidget(export_button)
        top.addWidget(self.list_export_button(self.model, self.tr("志愿者")))
        master_detail(
            self, self.tr("志愿者"), [top, self.unregistered_bar, self.table, self.count_label], self._build_detail()
        )
        self.reload()

    # -- the detail panel ---------------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel(self.tr("请在左侧选择一名志愿者"))
        self.name_label.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals = QLabel()
        self.totals.setStyleSheet("font-size: 14px; color: #1f5fa8;")
        self.months = QGridLayout()
        self.month_labels = []
        for month in range(12):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("border: 1px solid #d0d7e2; padding: 2px;")
            self.months.addWidget(label, month // 6, month % 6)
            self.month_labels.append(label)
        self.history = RowsTableModel(
            [
                (self.tr("日期"), lambda s: s.service_date),
                (self.tr("时间"), lambda s: f"{s.signed_in}-{s.signed_out}"),
                (self.tr("活动 / 内容"), lambda s: s.activity_name or s.content or s.post),
                (self.tr("计入（小时）"), lambda s: format_hours(s.credited_minutes)),
                (self.tr("状态"), lambda s: shift_state_label(s.confirmed)),
                (self.tr("更正原因"), lambda s: s.correction_reason),
            ],
            background=lambda s: None if s.confirmed else "#fff6d6",
        )
        self.trainings = RowsTableModel(
            [
                (self.tr("日期"), lambda t: t.trained_on),
                (self.tr("课程"), lambda t: t.course),
                (self.tr("学时（小时）"), lambda t: format_hours(t.minutes)),
            ]
        )
        self.awards = RowsTableModel(
            [
                (self.tr("日期"), lambda a: a.awarded_on),
                (self.tr("表彰"), lambda a: a.title),
                (self.tr("授予单位"), lambda a: a.issuer),
            ]
        )
        self.certs = RowsTableModel(
            [
                (self.tr("证明编号"), lambda c: c.serial),
                (self.tr("期间"), lambda c: self.tr("{a} 至 {b}").format(a=c.period_from, b=c.period_to)),
                (self.tr("时长（小时）"), lambda c: format_hours(c.total_minutes)),
                (self.tr("出具日期"), lambda c: c.issued_on),
                (self.tr("打印次数"), lambda c: c.print_count),
                (self.tr("状态"), lambda c: self.tr("已作废") if c.voided_on else self.tr("有效")),
                (self.tr("作废日期与原因"), lambda c: f"{c.voided_on}　{c.void_reason}" if c.voided_on else ""),
            ],
            background=lambda c: "#eeeeee" if c.voided_on else None,
        )
        self.tabs = QTabWidget()
        for model, label in (
            (self.history, self.tr("服务记录")),
            (self.trainings, self.tr("培训")),
            (self.awards, self.tr("表彰")),
        ):
            self.tabs.addTab(list_view(model), label)
        self.tabs.addTab(self._build_certificates(), self.tr("已出具证明"))
        self.certificate_button = QPushButton(self.tr("出具服务证明…"))
        self.certificate_button.clicked.connect(self.print_certificate)
        self.training_button = QPushButton(self.tr("添加培训…"))
        self.training_button.clicked.connect(self.add_training)
        self.award_button = QPushButton(self.tr("添加表彰…"))
        self.award_button.clicked.connect(self.add_award)
        self.status_button = QPushButton(self.tr("修改状态与技能…"))
        self.status_button.clicked.connect(self.edit_volunteer)
        buttons = QHBoxLayout()
        for button in (self.certificate_button, self.training_button, self.award_button, self.status_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.name_label)
        layout.addWidget(self.facts)
        layout.addWidget(self.totals)
        layout.addLayout(self.months)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        return panel

    def _query(self) -> volunteers.VolunteerQuery:
        return volunteers.VolunteerQuery(text=self.search.text(), status=self.status.currentData())

    def reload(self) -> None:
        self.model.reload(query=self._query())
        self.count()

    def refresh(self) -> None:
        self.model.refresh()
        self.count()
        if self.current_id:
            self.show_volunteer(self.current_id)

    def count(self) -> None:
        """The total of the list and the people with the volunteer role who are not registered yet."""
        self.ctx.db.run(volunteers.count_volunteers, self._query(), on_done=self._show_total)
        self.ctx.db.run(volunteers.count_unregistered_volunteer_role, on_done=self._show_unregistered)

    def _show_unregistered(self, count: int) -> None:
        self.unregistered_label.setText(self.tr("{n} 位已标记为志愿者但尚未登记").format(n=count))
        self.unregistered_bar.setVisible(count > 0)
        self.sig_unregistered_counted.emit(count)

    def _show_total(self, total: int) -> None:
        self._total = total
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("共 {total} 名，已显示 {shown} 名").format(
                total=getattr(self, "_total", "…"), shown=self.model.rowCount()
            )
        )

    def _row_chosen(self, current, _previous) -> None:
        record = self.model.record(current.row())
        if record is not None:
            self.show_volunteer(record.id)

    def show_volunteer(self, volunteer_id: str) -> None:
        self.current_id = volunteer_id
        self.ctx.db.run(
            volunteers.get_volunteer,
            volunteer_id,
            on_done=self._show_detail,
            on_error=lambda e: MessageBox.error(self, e),
        )

    def _show_detail(self, detail: volunteers.VolunteerDetail) -> None:
        if detail.row.id != self.current_id:
            return
        self.detail = detail
        row = detail.row
        self.name_label.setText(
            f"{row.name}　{row.volunteer_number}　［{value_label('volunteer_status', row.status)}］"
        )
        facts = [
            self.tr("性别：{g}　年龄：{a}　手机：{p}").format(
                g=gender_text(row.gender, "—"), a=row.age or "—", p=row.phone_masked or "—"
            ),
            self.tr("证件：{t} {n}").format(t=detail.id_type or self.tr("未登记"), n=detail.id_number_masked),
            self.tr("登记日期：{d}　所属队伍：{teams}").format(
                d=row.registered_on, teams="、".join(detail.teams) or "—"
            ),
            self.tr("技能特长：{s}　服务时间：{a}").format(
                s="、".join(row.skills) or "—", a=detail.availability or "—"
            ),
        ]
        if detail.consent_given:
            facts.append(self.tr("未成年志愿者：已登记监护人同意"))
        self.facts.setText("\n".join(facts))
        self.totals.setText(
            self.tr("累计已确认 {total} 小时　本年 {year} 小时　待确认 {pending} 小时").format(
                total=format_hours(detail.total_minutes),
                year=format_hours(row.year_minutes),
                pending=format_hours(detail.pending_minutes),
            )
        )
        by_month = dict(detail.months)
        for month, label in enumerate(self.month_labels, start=1):
            label.setText(self.tr("{m}月\n{h}").format(m=month, h=format_hours(by_month.get(month, 0))))
        self.history.set_rows(detail.shifts)
        self.trainings.set_rows(detail.trainings)
        self.awards.set_rows(detail.awards)
        self.certs.set_rows(detail.certificates)
        self._certificate_chosen()
        for button in (self.certificate_button, self.training_button, self.award_button, self.status_button):
            button.setEnabled(True)
        self.sig_detail_shown.emit(detail.row.id)

    # -- actions ------------------------------------------------------------------------------------------
    def register_volunteer(self, role_only: bool = False) -> None:
        self.ctx.db.run(volunteers.skills_catalog, on_done=lambda skills: self._ask_registration(skills, role_only))

    def _ask_registration(self, skills: list[str], role_only: bool = False) -> RegisterVolunteerDialog:
        dialog = RegisterVolunteerDialog.ask(self, self.ctx, skills, role_only)
        dialog.sig_saved.connect(lambda row: self.show_volunteer(row.id))
        return dialog

    def import_roster(self) -> None:
        RosterImportDialog.start(self, self.ctx, self._imported)

    def _imported(self, result: roster_import.ImportResult) -> None:
        text = self.tr("已导入 {n} 名志愿者。").format(n=result.imported)
        if result.skipped:
            text += self.tr("跳过 {n} 行有错误的数据。").format(n=len(result.skipped))
        if result.teams_created:
            text += self.tr("新建队伍：{t}。").format(t="、".join(result.teams_created))
        MessageBox.info(self, self.tr("导入完成"), text)

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, filter_text: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("VolunteersPage", "保存为"), suggested, filter_text
        )
        return path

    def export(self, what: str) -> None:
        names = {
            "volunteers": self.tr("志愿者名单.xlsx"),
            "shifts": self.tr("服务记录.xlsx"),
            "totals": self.tr("服务时长汇总.xlsx"),
        }
        path = self.ask_save_path(self, names[what], "Excel (*.xlsx)")
        if not path:
            return
        year = station_today(self.ctx).year
        function, args = {
            "volunteers": (roster_import.export_volunteers, (path,)),
            "shifts": (roster_import.export_shifts, (path, year)),
            "totals": (roster_import.export_hour_totals, (path, year)),
        }[what]
        run_with_progress(
            self,
            self.ctx,
            self.tr("正在导出…"),
            function,
            *args,
            on_done=lambda n: MessageBox.info(
                self, self.tr("导出完成"), self.tr("已导出 {n} 行到 {path}").format(n=n, path=path)
            ),
        )

    def print_certificate(self) -> CertificateDialog | None:
        if self.detail is None:
            return None
        today = station_today(self.ctx)
        row = self.detail.row
        dialog = CertificateDialog.ask(self, self.ctx, row.volunteer_number, row.name, date(today.year, 1, 1), today)
        dialog.sig_saved.connect(
            lambda result: PdfPreviewDialog.show_pdf(self, result[0], self.tr("志愿服务证明"), result[1])
        )
        return dialog

    def _build_certificates(self) -> QWidget:
        self.certs_view = list_view(self.certs)
        self.certs_view.selectionModel().selectionChanged.connect(lambda *_: self._certificate_chosen())
        self.void_button = QPushButton(self.tr("作废所选证明…"))
        self.void_button.setEnabled(False)
        self.void_button.clicked.connect(self.void_certificate)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.void_button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.certs_view, 1)
        layout.addLayout(bar)
        return box

    def _chosen_certificate(self):
        rows = self.certs_view.selectionModel().selectedRows()
        return self.certs.rows[rows[0].row()] if rows else None

    def _certificate_chosen(self) -> None:
        chosen = self._chosen_certificate()
        self.void_button.setEnabled(chosen is not None and chosen.voided_on is None)

    def void_certificate(self) -> None:
        chosen = self._chosen_certificate()
        if chosen is None:
            return
        SimpleFormDialog.ask(
            self,
            self.ctx,
            self.tr("作废证明 {serial}").format(serial=chosen.serial),
            [Field("reason", self.tr("作废原因（如：时长计算有误，已重新出具）"), required=True)],
            lambda v: (certificates.void_certificate, chosen.serial, v["reason"]),
        )

    def add_training(self) -> SimpleFormDialog | None:
        if self.detail is None:
            return None
        volunteer_id = self.detail.row.id
        return SimpleFormDialog.ask(
            self,
            self.ctx,
            self.tr("添加培训记录"),
            [
                Field("course", self.tr("课程"), required=True),
                Field("trained_on", self.tr("日期"), "date"),
                Field("hours", self.tr("学时（小时）"), "hours", initial=2),
            ],
            lambda v: (volunteers.add_training, volunteer_id, v["course"], v["trained_on"], round(v["hours"] * 60)),
        )

    def add_award(self) -> SimpleFormDialog | None:
        if self.detail is None:
            return None
        volunteer_id = self.detail.row.id
        return SimpleFormDialog.ask(
            self,
            self.ctx,
            self.tr("添加表彰"),
            [
                Field("title", self.tr("表彰名称"), required=True),
                Field("awarded_on", self.tr("日期"), "date"),
                Field("issuer", self.tr("授予单位")),
            ],
            lambda v: (volunteers.add_award, volunteer_id, v["title"], v["awarded_on"], v["issuer"]),
        )

    def edit_volunteer(self) -> SimpleFormDialog | None:
        if self.detail is None:
            return None
        row = self.detail.row
        return SimpleFormDialog.ask(
            self,
            self.ctx,
            self.tr("修改志愿者：{name}").format(name=row.name),
            [
                Field(
                    "status",
                    self.tr("状态"),
                    "choice",
                    choices=tuple(
                        (value_label("volunteer_status", s), s)
                        for s in (row.status, *[s for s in STATUSES if s != row.status])
                    ),
                ),
                Field("skills", self.tr("技能特长（用顿号分隔）"), initial="、".join(row.skills)),
                Field("availability", self.tr("服务时间"), initial=self.detail.availability),
                Field("notes", self.tr("备注"), "multiline", initial=self.detail.notes),
            ],
            lambda v: (
                volunteers.update_volunteer,
                row.id,
                _skills(v["skills"]),
                v["availability"],
                v["status"],
                v["notes"],
            ),
        )


def _skills(typed: str) -> tuple[str, ...]:
    """Skills typed in one line, separated by 、 or a comma of either width."""
    return tuple(s.strip() for s in typed.replace(",", "、").replace("，", "、").split("、") if s.strip())
