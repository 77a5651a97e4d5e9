"""Choose one person from the registry: a search box (name, alias, pinyin initials, phone digits) over
a list of the matching people, searched on the database thread. Children are listed by alias.

    person_id = PersonPickerDialog.ask(self, self.ctx, role="child", title=self.tr("报名儿童"), consent=True)

``role`` limits the list to elders, children, guardians or volunteers (None: everyone); ``consent``
adds a column saying whether a guardian's consent is on record. ``PersonSearchList`` is the same
search and list, for dialogs that pick a person among other fields (registering a volunteer).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from stationdesk.services.people import PeopleQuery, PersonSummary, children_with_consent, search_people
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.widgets import gender_text, list_view, ok_cancel_buttons, selected_record

SEARCH_LIMIT = 100


@dataclass(frozen=True)
class Candidate:
    person: PersonSummary
    has_consent: bool | None = None          # None when the picker was not asked about consent


def find_candidates(session, text: str, role: str | None, consent: bool, limit: int = SEARCH_LIMIT) -> list[Candidate]:
    people = search_people(session, PeopleQuery(text=text, role=role), limit=limit)
    consenting = children_with_consent(session, [p.id for p in people]) if consent else set()
    return [Candidate(p, (p.id in consenting) if consent else None) for p in people]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonPickerDialog", text)


class PersonSearchList(QWidget):
    """The search box and the matching people; ``chosen()`` is the selected person's id."""

    def __init__(self, ctx, role: str | None = None, consent: bool = False, select_first: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.role, self.consent, self.select_first = ctx, role, consent, select_first
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("输入姓名、化名、拼音首字母或手机号后四位查找人员档案"))
        roles = {"elder": _tr("老人"), "child": _tr("儿童"), "guardian": _tr("监护人"), "volunteer": _tr("志愿者")}
        columns = [(_tr("姓名"), lambda c: c.person.display_name),
                   (_tr("性别"), lambda c: gender_text(c.person.gender)),
                   (_tr("年龄"), lambda c: c.person.age),
                   (_tr("身份证号"), lambda c: c.person.id_number_masked),
                   (_tr("电话"), lambda c: c.person.phone_masked),
                   (_tr("住址"), lambda c: c.person.address),
                   (_tr("身份"), lambda c: "、".join(roles.get(r, r) for r in c.person.roles))]
        if consent:
            columns.append((_tr("监护人同意"), lambda c: _tr("已同意") if c.has_consent else _tr("未登记")))
        self.model = RowsTableModel(columns, parent=self)
        self.table = list_view(self.model)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self._request = 0                   # answers to older searches are dropped
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self._search()

    def _search(self) -> None:
        self._request += 1
        request = self._request
        self.ctx.db.run(find_candidates, self.search.text().strip(), self.role, self.consent,
                        on_done=lambda rows: self._show(request, rows))

    def _show(self, request: int, rows: list[Candidate]) -> None:
        if request != self._request:
            return
        self.model.set_rows(rows)
        if rows and self.select_first:
            self.table.selectRow(0)

    def chosen(self) -> str | None:
        candidate = selected_record(self.table)
        return candidate.person.id if candidate is not None else None


class PersonPickerDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx, role: str | None = None, title: str = "", consent: bool = False,
                 hint: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or _tr("选择人员"))
        self.resize(720, 480)
        self.chosen: str | None = None
        self.list = PersonSearchList(ctx, role, consent)
        self.search = self.list.search
        self.table = self.list.table
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(ok_cancel_buttons(self))

    def accept(self) -> None:
        self.chosen = self.list.chosen()
        if self.chosen is not None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, role: str | None = None, title: str = "", consent: bool = False,
            hint: str = "") -> str | None:
        """The chosen person's id, or None when cancelled."""
        dialog = cls(parent, ctx, role, title, consent, hint)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
