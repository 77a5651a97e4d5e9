"""The yellow bar under a list after something was deleted: "已删除 …  [撤销]  ×". The page sets the
text with ``show_deleted`` and connects ``sig_undo`` to its restore; the bar hides itself on ×."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class UndoBar(QFrame):
    sig_undo = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setStyleSheet("#undoBar { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }")
        self.label = QLabel()
        self.undo_button = QPushButton(self.tr("撤销"))
        self.undo_button.clicked.connect(self.sig_undo)
        close = QPushButton("×")
        close.setFlat(True)
        close.setFixedWidth(28)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)
        layout.addWidget(close)
        self.hide()

    def show_deleted(self, text: str) -> None:
        self.label.setText(text)
        self.show()
