"""The people of a filter, a page at a time, each with a check box; the ticks are kept by person id
across filter changes, so a worker can tick from several searches and 全选筛选结果 can tick people
not yet scrolled into view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal

from stationdesk.services.people import PeopleQuery, count_people, search_people
from stationdesk.ui.models.paged_table_model import Column, PagedTableModel


def fetch_people(session, offset: int, limit: int, text: str = "", role=None, tag=None, community=None) -> list:
    return search_people(session, PeopleQuery(text, role, tag, community=community), offset=offset, limit=limit)


def count_matching(session, text: str = "", role=None, tag=None, community=None) -> int:
    return count_people(session, PeopleQuery(text, role, tag, community=community))


class CheckedPeopleTableModel(PagedTableModel):
    sig_checked_changed = Signal(int)  # how many are ticked

    def __init__(self, runner, columns: list[Column], parent=None) -> None:
        super().__init__(runner, fetch_people, [("", lambda _p: ""), *columns], count=count_matching, parent=parent)
        self.checked: dict[str, str] = {}  # person id -> name, in the order ticked

    def check(self, people: dict[str, str]) -> None:
        self.checked.update(people)
        self._changed()

    def uncheck(self, person_ids) -> None:
        for person_id in person_ids:
            self.checked.pop(person_id, None)
        self._changed()

    def uncheck_all(self) -> None:
        self.checked.clear()
        self._changed()

    def _changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.sig_checked_changed.emit(len(self.checked))

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            ticked = self.rows[index.row()].id in self.checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        person = self.rows[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked[person.id] = person.display_name
        else:
            self.checked.pop(person.id, None)
        self.dataChanged.emit(index, index)
        self.sig_checked_changed.emit(len(self.checked))
        return True
