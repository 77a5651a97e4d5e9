"""A table model that fetches its rows a page at a time on the database thread.

    model = PagedTableModel(ctx.db, visits.list_visits, columns=[("日期", lambda v: v.visited_on), ...])
    model.reload(text="王")          # keyword arguments go to the fetch function

``fetch(session, offset=..., limit=..., **filters)`` returns a list of records (frozen dataclasses),
or an object with ``entries`` and ``total`` (then ``model.total`` holds the count of every match);
with ``count=`` (``count(session, **filters)``) the total is asked for separately, after the first
page, so the rows a worker is looking for come first. The view asks for more when it scrolls
(canFetchMore/fetchMore), so a million rows never load at once. Each reload bumps a generation
number, so a page that was asked for an older filter is dropped when it comes back late.

A page that cannot be read is never passed over in silence: the error is shown, the list keeps
what it has and says it is ``incomplete`` (a ``refresh`` tries again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

PAGE_SIZE = 200
Column = tuple[str, Callable[[Any], Any]]


class PagedTableModel(QAbstractTableModel):
    sig_loaded = Signal()  # rows arrived (a page, a reload), or a failure ended the loading
    sig_total_changed = Signal(int)  # the count of every match

    def __init__(
        self,
        runner,
        fetch: Callable[..., Any],
        columns: list[Column],
        page_size: int = PAGE_SIZE,
        count: Callable[..., int] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.fetch, self.columns, self.page_size, self.count = runner, fetch, columns, page_size, count
        self.rows: list = []
        self.filters: dict = {}
        self.total: int | None = None
        self.failure: BaseException | None = None
        self._more = False
        self._loading = False
        self._generation = 0

    @property
    def incomplete(self) -> bool:
        """A page could not be read: the list shows less than there is."""
        return self.failure is not None

    def reload(self, **filters) -> None:
        """Show what matches ``filters``: the list empties and its first page is fetched."""
        self.filters = filters
        generation = self._start()
        self.beginResetModel()
        self.rows, self.total, self._more = [], None, True
        self.endResetModel()
        self._load_page()
        self._count(generation)

    def refresh(self) -> None:
        """Read the same filters again (after an edit), keeping as many rows as were shown."""
        generation = self._start()
        wanted = max(len(self.rows), self.page_size)
        self._loading = True
        self.runner.run(
            self.fetch,
            offset=0,
            limit=wanted,
            **self.filters,
            on_done=lambda page: self._replace(generation, page, wanted),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )
        self._count(generation)

    def show_rows(self, rows: list) -> None:
        """Show rows computed elsewhere (a list that is fetched whole, such as the due list)."""
        self._start()
        self.beginResetModel()
        self.rows, self._more = list(rows), False
        self.total = len(self.rows)
        self.endResetModel()
        self.sig_loaded.emit()

    def holds_everything(self) -> bool:
        """Every matching row is in ``rows`` (the last page came, or the rows were given whole)."""
        return not self._more and self.failure is None and not self._loading

    def is_loading(self) -> bool:
        return self._loading

    def record(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if getattr(r, "id", None) == record_id), -1)

    # --- fetching ------------------------------------------------------------------------------------
    def _start(self) -> int:
        self._generation += 1
        self._loading = False
        self.failure = None
        return self._generation

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
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def _count(self, generation: int) -> None:
        if self.count is not None:
            self.runner.run(
                self.count,
                **self.filters,
                on_done=lambda total: self._counted(generation, total),
                on_error=lambda error: self._failed(generation, error),
                owner=self,
            )

    def _entries(self, page) -> list:
        if hasattr(page, "entries"):
            self.total = page.total
            self.sig_total_changed.emit(page.total)
            return list(page.entries)
        return list(page)

    def _append(self, generation: int, page) -> None:
        if generation != self._generation:
            return
        page = self._entries(page)
        self._loading = False
        self._more = len(page) == self.page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.sig_loaded.emit()

    def _replace(self, generation: int, page, wanted: int) -> None:
        if generation != self._generation:
            return
        page = self._entries(page)
        self.beginResetModel()
        self.rows, self._loading, self._more = page, False, len(page) == wanted
        self.endResetModel()
        self.sig_loaded.emit()

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.sig_total_changed.emit(total)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or self.failure is not None:
            return  # an answer to an older filter, or a second failure of the same reading
        self._loading, self._more, self.failure = False, False, error
        self.runner.show_error(error, self.parent())
        self.sig_loaded.emit()

    # --- Qt model API --------------------------------------------------------------------------------
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
