"""Settings: the interface language (takes effect at the next start) and the station's phone, which
the certificates of service hours print for whoever verifies their serial."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from stationdesk.domain.phone import normalise_phone
from stationdesk.errors import ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.widgets import error_label


@dataclass(frozen=True)
class SettingsAnswer:
    language: str
    station_phone: str


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, station_phone: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if ctx.settings.language == "en" else 0)
        self.idle_minutes = QSpinBox(minimum=1, maximum=240, value=ctx.settings.idle_minutes)
        self.idle_minutes.setSuffix(self.tr(" 分钟"))
        self.phone = QLineEdit(station_phone)
        self.phone.setEnabled(ctx.may("settings.manage"))  # the service refuses the others anyway
        self.phone.setPlaceholderText(self.tr("手机或带区号的座机，如 0755-12345678"))
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("界面语言"), self.language)
        layout.addRow(QLabel(self.tr("更改语言后，重新启动程序生效。")))
        layout.addRow(self.tr("无操作多久后锁定"), self.idle_minutes)
        layout.addRow(self.tr("本站电话"), self.phone)
        layout.addRow(QLabel(self.tr("打印在志愿服务证明上，供核验证明编号。")))
        layout.addRow(self.error)
        layout.addRow(buttons)

    def accept(self) -> None:
        """Check the phone here, so a typing mistake is fixed in place rather than lost."""
        try:
            if self.phone.text().strip():
                self.phone.setText(normalise_phone(self.phone.text()))
        except ValidationError as problem:
            self.error.setText(str(problem))
            self.phone.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, station_phone: str) -> SettingsAnswer | None:
        """The chosen settings (the language already saved), or None when cancelled."""
        dialog = cls(parent, ctx, station_phone)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        ctx.settings.language = dialog.language.currentData()
        ctx.settings.idle_minutes = dialog.idle_minutes.value()
        ctx.settings.save(ctx.folder)
        return SettingsAnswer(ctx.settings.language, dialog.phone.text().strip())
