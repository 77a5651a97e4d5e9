"""Settings: the interface language (takes effect at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from stationdesk.ui.context import AppContext


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if ctx.settings.language == "en" else 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("界面语言"), self.language)
        layout.addRow(QLabel(self.tr("更改语言后，重新启动程序生效。")))
        layout.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> bool:
        dialog = cls(parent, ctx)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        ctx.settings.language = dialog.language.currentData()
        ctx.settings.save(ctx.folder)
        return True
