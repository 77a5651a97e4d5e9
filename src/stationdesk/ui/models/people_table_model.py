"""People list model: rows come from ``search_people`` a page at a time, on the database thread.

The view asks (canFetchMore/fetchMore), the model queues one page on ``ctx.db`` and appends it when
it arrives. Changing the query bumps a generation number, so a page or count that was asked for
an older query is dropped when it comes back late.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from stationdesk.services.people import PeopleQuery, PersonSummary, count_people, search_people
from stationdesk.ui.db_worker import DatabaseRunner
from stationdesk.ui.widgets import gender_text, role_names

PAGE_SIZE = 200


class PeopleTableModel(QAbstractTableModel):
    COLUMNS = ("display_name", "gender", "age", "id_number", "phone", "address", "roles", "tags")
    PersonRole = Qt.ItemDataRole.UserRole

    sig_rows_loaded = Signal(int)  # rows now held (after each page)
    sig_total_changed = Signal(int)  # people matching the query
    sig_failed = Signal(object)  # the error of a page or count that could not be read

    def __init__(self, db: DatabaseRunner, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.page_size = page_size
        self.query = PeopleQuery()
        self.total: int | None = None
        self._rows: list[PersonSummary] = []
        self._generation = 0
        self._loading = False
        self._exhausted = False

    # --- the query -------------------------------------------------------------------------------
    def set_query(self, query: PeopleQuery) -> None:
        """Show the people matching ``query``: the list empties and its first page is fetched."""
        self.query = query
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self.total = None
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        generation = self._generation
        self._request(0, self.page_size)  # rows first: they are what the worker is looking for
        self.db.run(
            count_people,
            query,
            on_done=lambda n: self._count_arrived(generation, n),
            on_error=lambda e: self._failed(generation, e),
        )

    def reload(self) -> None:
        """Read the current query again (after an edit), keeping as many rows as were shown."""
        wanted = max(len(self._rows), self.page_size)
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.db.run(
            search_people,
            self.query,
            0,
            wanted,
            on_done=lambda rows: self._reloaded(generation, rows, wanted),
            on_error=lambda e: self._failed(generation, e),
        )
        self.db.run(
            count_people,
            self.query,
            on_done=lambda n: self._count_arrived(generation, n),
            on_error=lambda e: self._failed(generation, e),
        )

    def is_loading(self) -> bool:
        return self._loading

    # --- Qt model interface ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            QCoreApplication.translate("PeopleTableModel", "姓名"),
            QCoreApplication.translate("PeopleTableModel", "性别"),
            QCoreApplication.translate("PeopleTableModel", "年龄"),
            QCoreApplication.translate("PeopleTableModel", "身份证号"),
            QCoreApplication.translate("PeopleTableModel", "电话"),
            QCoreApplication.translate("PeopleTableModel", "住址"),
            QCoreApplication.translate("PeopleTableModel", "身份"),
            QCoreApplication.translate("PeopleTableModel", "标签"),
        )
        return titles[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        person = self._rows[index.row()]
        if role == self.PersonRole:
            return person
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[index.column()] == "age":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[index.column()] == "display_name" and person.alias:
            return QCoreApplication.translate("PeopleTableModel", "儿童以化名显示")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cell_text(person, self.COLUMNS[index.column()])

    @staticmethod
    def cell_text(person: PersonSummary, column: str) -> str:
        if column == "display_name":
            return person.display_name
        if column == "gender":
            return gender_text(person.gender)
        if column == "age":
            return "" if person.age is None else str(person.age)
        if column == "id_number":
            return person.id_number_masked
        if column == "phone":
            return person.phone_masked
        if column == "address":
            return person.address
        if column == "roles":
            names = role_names()
            return "、".join(names[r] for r in person.roles)
        return "、".join(person.tags)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._loading and not self._exhausted

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._request(len(self._rows), self.page_size)

    # --- helpers for the page ----------------------------------------------------------------------
    def person_at(self, row: int) -> PersonSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == person_id), -1)

    # --- answers from the database thread ----------------------------------------------------------
    def _request(self, offset: int, limit: int) -> None:
        self._loading = True
        generation = self._generation
        self.db.run(
            search_people,
            self.query,
            offset,
            limit,
            on_done=lambda rows: self._page_arrived(generation, rows, limit),
            on_error=lambda e: self._failed(generation, e),
        )

    def _page_arrived(self, generation: int, rows: list[PersonSummary], limit: int) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = len(rows) < limit
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.sig_rows_loaded.emit(len(self._rows))

    def _reloaded(self, generation: int, rows: list[PersonSummary], wanted: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._loading = False
        self._exhausted = len(rows) < wanted
        self.endResetModel()
        self.sig_rows_loaded.emit(len(self._rows))

    def _count_arrived(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self.total = total
        self.sig_total_changed.emit(total)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.sig_failed.emit(error)
