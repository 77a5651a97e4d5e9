"""First run on a new database: the station's code and name, or a USB backup to restore (a new PC
taking over from a broken or stolen one)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class StationSetupDialog(QDialog):
    RESTORE = "restore"  # ask()'s answer when the user chose to restore a USB backup instead

    def __init__(self, parent: QWidget | None = None, error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首次使用：设置站点"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("如 ZQ-DZ-001（由市级系统分配）"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如 端州区城东街道社区服务站"))
        self.error = QLabel(error)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button = buttons.addButton(self.tr("从 U 盘备份恢复…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(lambda: self.done(self.RESTORE_CODE))
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("这是一个新的数据文件夹。请填写本站点的编码和名称。")))
        layout.addRow(QLabel(self.tr("换了新电脑？点“从 U 盘备份恢复…”，取回本站的数据和同步密钥。")))
        layout.addRow(self.tr("站点编码"), self.code)
        layout.addRow(self.tr("站点名称"), self.name)
        layout.addRow(self.error)
        layout.addRow(buttons)

    RESTORE_CODE = 2  # the dialog's result code for the restore button

    @classmethod
    def ask(cls, parent: QWidget | None = None, error: str = "") -> tuple[str, str] | str | None:
        """(code, name); ``RESTORE`` for a USB backup instead; None when cancelled."""
        dialog = cls(parent, error)
        result = dialog.exec()
        if result == cls.RESTORE_CODE:
            return cls.RESTORE
        if result != QDialog.DialogCode.Accepted:
            return None
        return dialog.code.text(), dialog.name.text()
