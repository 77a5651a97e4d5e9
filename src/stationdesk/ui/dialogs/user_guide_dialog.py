"""帮助 → 用户指南 (F1): the user guide shipped inside the package (resources/user-guide.md, its only copy;
the README points there), shown in the program."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from stationdesk.resources import resource_path
from stationdesk.ui.widgets import fit_to_screen

GUIDE = "user-guide.md"


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("StationDesk 用户指南"))
        fit_to_screen(self, 900, 700)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setMarkdown(resource_path(GUIDE).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    @classmethod
    def show_guide(cls, parent: QWidget | None) -> None:
        cls(parent).exec()
