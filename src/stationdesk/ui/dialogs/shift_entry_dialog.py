"""服务时长 → 补录服务记录: one shift recorded on its own. The volunteer is found by name, pinyin or
number (V00001 is enough); the dialog stays open with everything typed when the service refuses."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from stationdesk.services import shifts
from stationdesk.ui.dates import date_edit, to_date
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.elder_picker import VolunteerPicker


class ShiftEntryDialog(SavingDialog):
    def __init__(self, parent, ctx, today: date) -> None:
        super().__init__(parent, ctx, self.tr("补录服务记录"))
        self.resize(560, 360)
        self.volunteer = VolunteerPicker(ctx)
        self.day = date_edit(today)
        self.start = QLineEdit(placeholderText=self.tr("如 0930"))
        self.end = QLineEdit(placeholderText=self.tr("如 1130"))
        self.post = QLineEdit()
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(70)
        self.form.addRow(self.tr("志愿者*"), self.volunteer)
        self.form.addRow(self.tr("日期"), self.day)
        self.form.addRow(self.tr("签到时间*"), self.start)
        self.form.addRow(self.tr("签退时间*"), self.end)
        self.form.addRow(self.tr("岗位"), self.post)
        self.form.addRow(self.tr("服务内容"), self.content)

    def submit(self) -> None:
        self.run(
            shifts.record_typed_shift,
            self.volunteer.chosen_id(),
            to_date(self.day.date()),
            self.start.text(),
            self.end.text(),
            self.post.text(),
            self.content.toPlainText(),
        )

    @classmethod
    def ask(cls, parent, ctx, today: date) -> ShiftEntryDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` carries the stored ShiftRow."""
        dialog = cls(parent, ctx, today)
        dialog.open()
        return dialog
