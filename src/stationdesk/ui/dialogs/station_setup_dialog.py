"""First run on a new database: the station's code and name, or a USB backup to restore (a new PC
taking over from a broken or stolen one). The dialog stays open while the code or name is wrong, and
the red text goes as soon as what is typed is right."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from stationdesk.errors import ValidationError
from stationdesk.services.station import checked_station_identity
from stationdesk.ui.messages import error_text


class StationSetupDialog(QDialog):
    RESTORE = "restore"  # ask()'s answer when the user chose to restore a USB backup instead

    def __init__(self, parent: QWidget | None = None, error: str = "", code: str = "", name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首次使用：设置站点"))
        self.code = QLineEdit(code)
        self.code.setPlaceholderText(self.tr("如 ZQ-DZ-001（由市级系统分配）"))
        self.name = QLineEdit(name)
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
        self.code.textEdited.connect(self._recheck)
        self.name.textEdited.connect(self._recheck)

    RESTORE_CODE = 2  # the dialog's result code for the restore button

    def problem(self) -> str:
        try:
            checked_station_identity(self.code.text(), self.name.text())
        except ValidationError as error:
            return error_text(error)
        return ""

    def _recheck(self, _text: str) -> None:
        """Only a problem already shown is re-read: a half-typed code is not scolded before OK."""
        if self.error.text():
            self.error.setText(self.problem())

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, error: str = "", code: str = "", name: str = ""
    ) -> tuple[str, str] | str | None:
        """(code, name); ``RESTORE`` for a USB backup instead; None when cancelled. ``code`` and
        ``name``: what was typed before the station refused it, shown again."""
        dialog = cls(parent, error, code, name)
        result = dialog.exec()
        if result == cls.RESTORE_CODE:
            return cls.RESTORE
        if result != QDialog.DialogCode.Accepted:
            return None
        return dialog.code.text(), dialog.name.text()
