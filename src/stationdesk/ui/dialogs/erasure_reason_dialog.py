"""Why a person's personal information is erased (本人申请, 超过保存期限…): asked before 删除, kept in the
audit log and printed on the receipt."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from stationdesk.errors import ValidationError
from stationdesk.messages import message_for
from stationdesk.ui.widgets import error_label, ok_cancel_buttons


class ErasureReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("删除原因"))
        self.setMinimumWidth(440)
        note = QLabel(self.tr("请填写删除 {name} 个人信息的原因，它会写入回执和操作日志。").format(name=name))
        note.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("本人申请"), self.tr("监护人申请"), self.tr("撤回同意"), self.tr("超过保存期限")])
        self.reason.setCurrentText("")
        self.error = error_label()
        layout = QFormLayout(self)
        layout.addRow(note)
        layout.addRow(self.tr("原因"), self.reason)
        layout.addRow(self.error)
        layout.addRow(ok_cancel_buttons(self))

    def accept(self) -> None:
        if not self.reason.currentText().strip():  # stays open: the reason is required
            self.error.setText(message_for(ValidationError("rights.reason_required")))
            self.reason.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str | None:
        """The reason, or None when cancelled."""
        dialog = cls(parent, name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.currentText().strip()
