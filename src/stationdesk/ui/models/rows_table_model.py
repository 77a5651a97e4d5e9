"""A table model for a short list already in memory (a volunteer's history, totals, an import preview).

    model = RowsTableModel([("姓名", lambda r: r.name), ...], background=lambda r: "#ffd6d6" if r.errors else None)
    model.set_rows(rows)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: list[tuple[str, Callable[[Any], Any]]],
                 background: Callable[[Any], str | None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.columns, self.background, self.rows = columns, background, []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def record(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.columns[index.column()][1](record)
            if isinstance(value, (tuple, list)):
                return "；".join(str(v) for v in value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None:
            colour = self.background(record)
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None
