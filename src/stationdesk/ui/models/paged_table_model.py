"""A table model that fetches its rows a page at a time on the database thread.

    model = PagedTableModel(ctx.db, visits.list_visits, columns=[("日期", lambda v: v.visited_on), ...])
    model.reload(text="王")          # keyword arguments go to the fetch function

``fetch(session, offset=..., limit=..., **filters)`` returns a list of records (frozen dataclasses),
or an object with ``entries`` and ``total`` (then ``model.total`` holds the count of every match);
the view asks for more when it scrolls (canFetchMore/fetchMore), so a million rows never load at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

PAGE_SIZE = 200
Column = tuple[str, Callable[[Any], Any]]


class PagedTableModel(QAbstractTableModel):
    sig_loaded = Signal()

    def __init__(
        self, runner, fetch: Callable[..., list], columns: list[Column], page_size: int = PAGE_SIZE, parent=None
    ) -> None:
        super().__init__(parent)
        self.runner, self.fetch, self.columns, self.page_size = runner, fetch, columns, page_size
        self.rows: list = []
        self.filters: dict = {}
        self._more = False
        self._loading = False
        self._generation = 0
        self.total: int | None = None

    def reload(self, **filters) -> None:
        self.filters = filters
        self._generation += 1
        self.beginResetModel()
        self.rows, self._more, self._loading = [], True, False
        self.endResetModel()
        self._load_page()

    def show_rows(self, rows: list) -> None:
        """Show rows computed elsewhere (a list that is fetched whole, such as the due list)."""
        self._generation += 1
        self.beginResetModel()
        self.rows, self._more, self._loading = list(rows), False, False
        self.total = len(self.rows)
        self.endResetModel()
        self.sig_loaded.emit()

    def refresh(self) -> None:
        self.reload(**self.filters)

    def _load_page(self) -> None:
        if self._loading or not self._more:
            return
        self._loading = True
        generation = self._generation
        self.runner.run(
            self.fetch,
            offset=len(self.rows),
            limit=self.page_size,
            **self.filters,
            on_done=lambda page: self._append(generation, page),
            on_error=lambda _error: self._failed(generation),
        )

    def _append(self, generation: int, page) -> None:
        if generation != self._generation:
            return
        if hasattr(page, "entries"):
            self.total, page = page.total, list(page.entries)
        self._loading = False
        self._more = len(page) == self.page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.sig_loaded.emit()

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self._loading, self._more = False, False
            self.sig_loaded.emit()

    def record(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- Qt model API ---
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.columns[index.column()][1](self.rows[index.row()])
        if value is None:
            return ""
        if isinstance(value, (tuple, list)):
            return "、".join(str(v) for v in value)
        return str(value)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        self._load_page()
