"""The password of a USB backup: chosen twice when a backup is written, typed once to restore."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from stationdesk.errors import StationDeskError
from stationdesk.services.usb_backup import check_password
from stationdesk.ui.widgets import error_label, ok_cancel_buttons


class BackupPasswordForm:
    """No Qt: whether the typed password can be used (long enough; both entries the same)."""

    def __init__(self, choosing: bool) -> None:
        self.choosing = choosing

    def validate(self, password: str, again: str = "") -> str | StationDeskError:
        if not self.choosing:
            return password if password else StationDeskError("backup.wrong_password")
        try:
            check_password(password)
        except StationDeskError as problem:
            return problem
        if password != again:
            return StationDeskError("backup.password_mismatch")
        return password


class BackupPasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None, choosing: bool) -> None:
        super().__init__(parent)
        self.form = BackupPasswordForm(choosing)
        self.setWindowTitle(self.tr("U 盘备份密码"))
        self.setMinimumWidth(460)
        if choosing:
            text = self.tr(
                "这个密码用来加密 U 盘上的备份。没有它，谁也打不开这个备份，本站也不能。"
                "请把密码写下来，和 U 盘分开妥善保管。"
            )
        else:
            text = self.tr("请输入制作这个 U 盘备份时设定的密码。")
        note = QLabel(text)
        note.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        layout = QFormLayout(self)
        layout.addRow(note)
        layout.addRow(self.tr("密码"), self.password)
        if choosing:
            layout.addRow(self.tr("再输入一次"), self.again)
        layout.addRow(self.error)
        layout.addRow(ok_cancel_buttons(self))

    def accept(self) -> None:
        answer = self.form.validate(self.password.text(), self.again.text())
        if isinstance(answer, StationDeskError):  # stays open: the user corrects it in place
            self.error.setText(str(answer))
            self.password.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, choosing: bool) -> str | None:
        """The password, or None when cancelled. ``choosing``: a new backup (typed twice, checked)."""
        dialog = cls(parent, choosing)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text()
