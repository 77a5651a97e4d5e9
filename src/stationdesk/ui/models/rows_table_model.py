"""A table model for a short list already in memory (a volunteer's history, totals, an import preview):
the paged model's columns and display, fed whole, with an optional background colour per row.

    model = RowsTableModel([("姓名", lambda r: r.name), ...], background=lambda r: "#ffd6d6" if r.errors else None)
    model.set_rows(rows)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from stationdesk.ui.models.paged_table_model import PagedTableModel


class RowsTableModel(PagedTableModel):
    def __init__(
        self,
        columns: list[tuple[str, Callable[[Any], Any]]],
        background: Callable[[Any], str | None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(None, None, columns, parent=parent)
        self.background = background

    def set_rows(self, rows) -> None:
        self.show_rows(rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None and index.isValid():
            colour = self.background(self.rows[index.row()])
            return QBrush(QColor(colour)) if colour else None
        return super().data(index, role)
