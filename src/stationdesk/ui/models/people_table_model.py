"""People list model: a ``PagedTableModel`` of ``search_people`` pages with ``count_people`` for the
total, the people page's columns (ID numbers and phones masked) and the person behind each row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from stationdesk.services.people import PeopleQuery, PersonSummary, count_people, search_people
from stationdesk.ui.models.paged_table_model import PAGE_SIZE, PagedTableModel
from stationdesk.ui.widgets import gender_text, role_names


class PeopleTableModel(PagedTableModel):
    COLUMNS = ("display_name", "gender", "age", "id_number", "phone", "address", "roles", "tags")
    PersonRole = Qt.ItemDataRole.UserRole

    def __init__(self, db, page_size: int = PAGE_SIZE, parent=None) -> None:
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
        columns = [
            (title, lambda person, c=column: self.cell_text(person, c))
            for title, column in zip(titles, self.COLUMNS, strict=True)
        ]
        super().__init__(db, search_people, columns, page_size, count=count_people, parent=parent)
        self.filters = {"query": PeopleQuery()}

    @property
    def query(self) -> PeopleQuery:
        return self.filters["query"]

    def set_query(self, query: PeopleQuery) -> None:
        """Show the people matching ``query``: the list empties and its first page is fetched."""
        self.reload(query=query)

    def person_at(self, row: int) -> PersonSummary | None:
        return self.record(row)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        person = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == self.PersonRole:
            return person
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "age":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "display_name" and person.alias:
            return QCoreApplication.translate("PeopleTableModel", "儿童以化名显示")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cell_text(person, column)

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
