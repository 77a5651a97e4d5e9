"""The home page's desk for the day: today's class sessions and activities, reassessments due, where
the sync stands, and on a new station the first steps. One click on an entry opens where it is done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services.workday import READS, WorkdayDesk, workday_desk

TODAY_SESSION, TODAY_ACTIVITY, REASSESSMENT = "session", "activity", "reassessment"


class WorkdayHomeSection(QWidget):
    sig_refreshed = Signal()

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.first_steps_box = QGroupBox(self.tr("新站点的第一步"))
        steps = QVBoxLayout(self.first_steps_box)
        self.step_buttons: dict[str, QPushButton] = {}
        for key, text, page, action, verb in (  # enrolment opens the page, which says what file to expect
            (
                "people",
                self.tr("① 登记人员：在“人员档案”中添加老人、儿童、监护人和志愿者"),
                "people",
                "add",
                "people.edit",
            ),
            ("enrol", self.tr("② 向市级平台登记本站：在“数据同步”中选择市级发来的登记文件"), "sync", None, "sync"),
            (
                "roster",
                self.tr("③ 导入志愿者名册：在“志愿者”中从 Excel 导入"),
                "volunteers",
                "import_roster",
                "volunteers.manage",
            ),
        ):
            button = QPushButton(text)
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            button.clicked.connect(lambda _checked=False, p=page, a=action: self._open(p, a))
            steps.addWidget(button)
            self.step_buttons[key] = button
            ctx.offer_only_with(verb, button)
        self.first_steps_box.hide()
        self.today_box = QGroupBox(self.tr("今日安排"))
        self.today = QListWidget()
        QVBoxLayout(self.today_box).addWidget(self.today)
        self.reassess_box = QGroupBox(self.tr("到期复评"))
        self.reassess = QListWidget()
        QVBoxLayout(self.reassess_box).addWidget(self.reassess)
        self.sync_label = QLabel()
        self.sync_button = QPushButton(self.tr("去同步…"))
        self.sync_button.clicked.connect(lambda: self._open("sync", None))
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_label, 1)
        sync_row.addWidget(self.sync_button)
        lists = QHBoxLayout()
        lists.addWidget(self.today_box)
        lists.addWidget(self.reassess_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.first_steps_box)
        layout.addLayout(lists)
        layout.addLayout(sync_row)
        for widget in (self.today, self.reassess):
            widget.setMinimumHeight(90)
            widget.setMaximumHeight(150)
            widget.itemClicked.connect(self.act)
        ctx.db.sig_data_changed.connect(lambda tables: self.refresh() if tables & READS else None)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.db.run(workday_desk, self.ctx.folder, on_done=self._show)

    def _show(self, desk: WorkdayDesk) -> None:
        steps = desk.first_steps
        to_take = {  # only the steps still to take, and only those the account may take
            key: not done and self.ctx.may(self.step_buttons[key].property("permission"))
            for key, done in (
                ("people", steps.people_registered),
                ("enrol", steps.enrolled_with_city),
                ("roster", steps.volunteers_registered),
            )
        }
        for key, shown in to_take.items():
            self.step_buttons[key].setVisible(shown)
        self.first_steps_box.setVisible(any(to_take.values()))
        self.today.clear()
        for entry in desk.sessions:
            self._add(self.today, self.tr("{time} 辅导班：{name}　{place}"), entry, TODAY_SESSION)
        for entry in desk.activities:
            self._add(self.today, self.tr("{time} 活动：{name}　{place}"), entry, TODAY_ACTIVITY)
        if not desk.sessions and not desk.activities:
            self.today.addItem(self.tr("今天没有安排辅导班或活动。"))
        self.today_box.setTitle(self.tr("今日安排（{day}）").format(day=desk.day.isoformat()))
        self.reassess_box.setTitle(self.tr("到期复评（{n} 位）").format(n=desk.reassessments_due))
        self.reassess.clear()
        for entry in desk.reassessments:
            when = self.tr("上次评估 {day}").format(day=entry.detail) if entry.detail else self.tr("从未评估")
            text = (
                self.tr("{name}　{address}　{when}").format(name=entry.title, address=entry.address, when=when)
                if entry.address
                else self.tr("{name}　{when}").format(name=entry.title, when=when)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (REASSESSMENT, entry))
            self.reassess.addItem(item)
        self.sync_button.setVisible(self._may_open("sync"))
        if not desk.enrolled:
            self.sync_label.setText(self.tr("数据同步：本站尚未向市级平台登记。"))
        else:
            last = f"{desk.last_export_at:%Y-%m-%d %H:%M}" if desk.last_export_at else self.tr("还没有导出过")
            self.sync_label.setText(
                self.tr("数据同步：上次导出 {last}；{n} 条记录等待送往市级平台；{c} 处冲突待处理。").format(
                    last=last, n=desk.waiting_to_send, c=desk.open_conflicts
                )
            )
        self.sig_refreshed.emit()

    def _add(self, widget: QListWidget, pattern: str, entry, kind: str) -> None:
        shown_time = f"{entry.starts_at:%H:%M}" if entry.starts_at else "--:--"
        item = QListWidgetItem(pattern.format(time=shown_time, name=entry.title, place=entry.detail))
        item.setData(Qt.ItemDataRole.UserRole, (kind, entry))
        widget.addItem(item)

    def act(self, item: QListWidgetItem) -> None:
        """One click: the session's attendance, the activity, or a new assessment of the elder."""
        chosen = item.data(Qt.ItemDataRole.UserRole)
        if not chosen:
            return
        kind, entry = chosen
        if kind == TODAY_SESSION and self._may_open("attendance"):
            self._open("attendance", None).open_session(entry.parent_id, entry.record_id)
        elif kind == TODAY_ACTIVITY and self._may_open("activities"):
            self._open("activities", None).show_activity(entry.record_id)
        elif kind == REASSESSMENT and self._may_open("assessment"):
            self._open("assessment", None).new_assessment((entry.record_id, entry.title))

    def _may_open(self, page: str) -> bool:
        window = self.window()
        return hasattr(window, "may_open") and window.may_open(page)

    def _open(self, page: str, action: str | None):
        window = self.window()
        if not self._may_open(page):
            return None
        shown = window.open_page(page)
        if action:
            getattr(shown, action)()
        return shown
