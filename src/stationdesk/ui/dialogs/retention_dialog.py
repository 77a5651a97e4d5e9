"""保存期限 (文件 menu, for an account that may erase): the station's retention period, the people past it,
and their erasure after asking — the same erasure as on a person's page, with the rule as the reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QListWidget, QPushButton, QSpinBox, QWidget

from stationdesk import messages
from stationdesk.services.retention import (
    MAX_YEARS,
    PastRetention,
    erase_past_retention,
    past_retention,
    retention_years,
    set_retention_years,
)
from stationdesk.ui.messages import MessageBox


class RetentionDialog(QDialog):
    sig_listed = Signal(int)  # how many people are past the period
    sig_erased = Signal(int)

    def __init__(self, parent: QWidget | None, ctx) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listed: tuple[PastRetention, ...] = ()
        self.setWindowTitle(self.tr("保存期限"))
        self.setMinimumWidth(520)
        note = QLabel(
            self.tr(
                "最后一次服务（走访、评估、辅导、活动、服务记录、志愿服务）之后超过保存期限的人，"
                "其个人信息应当删除（个人信息保护法第四十七条）。删除后服务记录匿名保留，用于统计。"
            )
        )
        note.setWordWrap(True)
        self.years = QSpinBox(minimum=0, maximum=MAX_YEARS)
        self.years.setSpecialValueText(self.tr("一直保存"))
        self.years.setSuffix(self.tr(" 年"))
        self.save_button = QPushButton(self.tr("保存设置并查找"))
        self.save_button.clicked.connect(self.save_and_find)
        self.people = QListWidget()
        self.people.setMinimumHeight(220)
        self.summary = QLabel()
        self.erase_button = QPushButton(self.tr("删除所列人员的个人信息…"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase_listed)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        layout = QFormLayout(self)
        layout.addRow(note)
        layout.addRow(self.tr("保存期限（最后一次服务后）"), self.years)
        layout.addRow("", self.save_button)
        layout.addRow(self.summary)
        layout.addRow(self.people)
        layout.addRow(self.erase_button)
        layout.addRow(close)
        ctx.db.run(retention_years, on_done=self._show_years)

    def _show_years(self, years: int | None) -> None:
        self.years.setValue(years or 0)
        self._find()

    def save_and_find(self) -> None:
        self.ctx.db.run(set_retention_years, self.years.value(), on_done=lambda _years: self._find())

    def _find(self) -> None:
        self.ctx.db.run(past_retention, on_done=self._show_listed)

    def _show_listed(self, listed: tuple[PastRetention, ...]) -> None:
        self.listed = listed
        self.people.clear()
        for person in listed:
            self.people.addItem(
                self.tr("{name}　最后一次服务 {day}").format(name=person.name, day=person.last_service.isoformat())
            )
        if not self.years.value():
            self.summary.setText(messages.text("retention.kept"))
        else:
            self.summary.setText(self.tr("超过保存期限的有 {n} 人。").format(n=len(listed)))
        self.erase_button.setEnabled(bool(listed))
        self.sig_listed.emit(len(listed))

    def erase_listed(self) -> None:
        if not self.listed:
            return
        question = self.tr(
            "将删除以上 {n} 人的个人信息：姓名、化名、身份证号、电话、住址、紧急联系人、备注；"
            "服务记录匿名保留。未完成的需求和在读的辅导班也一并处理。删除后不能撤销。\n\n确定删除吗？"
        ).format(n=len(self.listed))
        if not MessageBox.ask(self, self.tr("按保存期限删除"), question):
            return
        ids = [person.person_id for person in self.listed]

        def erased(count: int) -> None:
            self.sig_erased.emit(count)
            MessageBox.info(self, self.tr("保存期限"), self.tr("已删除 {n} 人的个人信息。").format(n=count))
            self._find()

        self.ctx.db.run(erase_past_retention, ids, self.years.value(), on_done=erased)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx) -> None:
        cls(parent, ctx).exec()
