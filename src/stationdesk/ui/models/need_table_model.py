"""The needs list: fetched a page at a time like every long list, with overdue needs in red and urgent ones
in amber so they stand out while scrolling."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from stationdesk.domain.needs import OPEN_STATES, URGENT
from stationdesk.ui.models.paged_table_model import PagedTableModel

OVERDUE_COLOUR, URGENT_COLOUR = "#ffd9d6", "#fff1cc"


def need_colour(row) -> str | None:
    """The background of a need's row: overdue, urgent and open, or none."""
    if row.overdue_days > 0:
        return OVERDUE_COLOUR
    if row.urgency == URGENT and row.state in OPEN_STATES:
        return URGENT_COLOUR
    return None


class NeedTableModel(PagedTableModel):
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            colour = need_colour(self.rows[index.row()])
            return QBrush(QColor(colour)) if colour else None
        return super().data(index, role)
