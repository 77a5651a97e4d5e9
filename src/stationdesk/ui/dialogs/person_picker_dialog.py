"""Choose one person from the registry: a search box (name, alias, pinyin initials, phone or ID digits)
over a list of the matching people, searched on the database thread as you type. Children are listed
by alias. Nobody is chosen until the worker picks a row, except that a search with exactly one match
takes it (a wrong person is worse than one more click). One dialog for every feature:

    picked = PersonPickerDialog.ask(self, self.ctx, self.tr("报名儿童"), role="child", consent=True)
    picked = PersonPickerDialog.ask(self, self.ctx, self.tr("添加监护人"), with_relation=True, exclude_id=child_id)

``role`` limits the list to elders, children, guardians or volunteers (None: everyone); ``register_as``
adds 新登记…: the person form (``PersonDialog``, those roles ticked) registers someone not yet in the
registry, and the picker comes back with them chosen — no detour through 人员档案; ``consent``
adds a column saying whether a guardian's consent is on record; ``with_relation`` asks the relation
(父亲, 祖母…, nothing pre-filled) and whether this is the primary guardian; ``exclude_id`` leaves one person out (the
person being edited). ``ask`` returns a ``PickedPerson`` or None. ``PersonSearchList`` is the same
search and list, for dialogs that pick a person among other fields (registering a volunteer).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services.people import (
    PeopleQuery,
    PersonSummary,
    SavedPerson,
    add_person,
    children_with_consent,
    search_people,
)
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.widgets import gender_text, list_view, ok_cancel_buttons, role_names, selected_record

RELATIONS = ("父亲", "母亲", "祖父", "祖母", "外祖父", "外祖母", "其他亲属", "委托监护人")
SHOWN = 50


@dataclass(frozen=True)
class PickedPerson:
    person_id: str
    name: str  # the display name: a child's alias where set
    relation: str = ""
    is_primary: bool = False


@dataclass(frozen=True)
class Candidate:
    person: PersonSummary
    has_consent: bool | None = None  # None when the picker was not asked about consent


def find_candidates(session, text: str, role: str | None, consent: bool, limit: int, finder=None) -> list[Candidate]:
    people = (
        finder(session, text, limit)
        if finder is not None
        else search_people(session, PeopleQuery(text=text, role=role), limit=limit)
    )
    consenting = children_with_consent(session, [p.id for p in people]) if consent else set()
    return [Candidate(p, (p.id in consenting) if consent else None) for p in people]


def register_person(parent: QWidget, ctx, roles: tuple[str, ...], on_saved) -> None:
    """新登记… wherever people are picked: the one person form (``roles`` ticked), then ``add_person``
    on the database thread; ``on_saved(SavedPerson)``."""
    from stationdesk.ui.dialogs.person_dialog import PersonDialog  # the form imports this picker

    data = PersonDialog.ask(parent, ctx, roles=roles)
    if data is not None:
        ctx.db.run(add_person, data, True, on_done=on_saved, on_error=lambda e: MessageBox.error(parent, e))


class PersonSearchList(QWidget):
    """The search box and the matching people; ``chosen()`` is the selected person's summary.
    ``finder(session, text, limit) -> [PersonSummary]`` replaces the registry search when a feature
    offers only some people (e.g. those with the volunteer role but no volunteer registration)."""

    sig_results_shown = Signal(int)
    sig_registered = Signal(str)  # person id of someone registered through 新登记…

    def __init__(
        self,
        ctx,
        role: str | None = None,
        consent: bool = False,
        exclude_id: str | None = None,
        parent: QWidget | None = None,
        finder=None,
        register_as: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.role, self.consent, self.exclude_id = ctx, role, consent, exclude_id
        self.finder = finder
        self.register_as = register_as
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("输入姓名、化名、拼音首字母、电话、身份证后几位或志愿者编号查找人员档案")
        )
        roles = role_names()
        columns = [
            (self.tr("姓名"), lambda c: c.person.display_name),
            (self.tr("性别"), lambda c: gender_text(c.person.gender)),
            (self.tr("年龄"), lambda c: c.person.age),
            (self.tr("身份证号"), lambda c: c.person.id_number_masked),
            (self.tr("电话"), lambda c: c.person.phone_masked),
            (self.tr("住址"), lambda c: c.person.address),
            (self.tr("身份"), lambda c: "、".join(roles.get(r, r) for r in c.person.roles)),
        ]
        if consent:
            columns.append((self.tr("监护人同意"), lambda c: self.tr("已同意") if c.has_consent else self.tr("未登记")))
        self.model = RowsTableModel(columns, parent=self)
        self.table = list_view(self.model)
        self.hint = QLabel()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self._request = 0  # answers to older searches are dropped
        self.register_button = QPushButton(self.tr("新登记…"))
        self.register_button.setToolTip(self.tr("档案中还没有这个人：在这里登记，登记后直接选中"))
        self.register_button.clicked.connect(self.register)
        self.register_button.setVisible(register_as is not None and ctx.may("people.edit"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._search()

    def _search(self) -> None:
        self._request += 1
        request = self._request
        self.ctx.db.run(
            find_candidates,
            self.search.text().strip(),
            self.role,
            self.consent,
            SHOWN + 1,
            self.finder,
            on_done=lambda rows: self._show(request, rows),
        )

    def _show(self, request: int, rows: list[Candidate]) -> None:
        if request != self._request:
            return
        shown = [c for c in rows[:SHOWN] if c.person.id != self.exclude_id]
        self.model.set_rows(shown)
        self.hint.setText(
            self.tr("只显示前 {n} 个，请输入更多内容缩小范围").format(n=SHOWN) if len(rows) > SHOWN else ""
        )
        if len(shown) == 1:
            self.table.selectRow(0)
        else:
            self.table.clearSelection()
        self.sig_results_shown.emit(len(shown))

    def chosen(self) -> PersonSummary | None:
        candidate = selected_record(self.table)
        return candidate.person if candidate is not None else None

    def register(self) -> None:
        """新登记…: the one person form; once saved the list shows the new person alone, chosen."""
        register_person(self, self.ctx, self.register_as or (), self._registered)

    def _registered(self, saved: SavedPerson) -> None:
        self._timer.stop()
        self._request += 1  # a search still on its way must not replace the new person
        self.search.blockSignals(True)
        self.search.setText(saved.summary.display_name)
        self.search.blockSignals(False)
        self.model.set_rows([Candidate(saved.summary, False if self.consent else None)])
        self.hint.setText(self.tr("已登记 {name}").format(name=saved.summary.display_name))
        self.table.selectRow(0)
        self.sig_registered.emit(saved.summary.id)


class PersonPickerDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ctx,
        title: str = "",
        with_relation: bool = False,
        exclude_id: str | None = None,
        *,
        role: str | None = None,
        consent: bool = False,
        hint: str = "",
        register_as: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("选择人员"))
        self.resize(720, 480)
        self.with_relation = with_relation
        self.list = PersonSearchList(ctx, role, consent, exclude_id=exclude_id, register_as=register_as)
        self.search, self.table = self.list.search, self.list.table
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItems(list(RELATIONS))  # stored as written: data, not UI text
        self.relation.setCurrentIndex(-1)  # a guessed 父亲 would be stored for a grandmother
        self.relation.setPlaceholderText(self.tr("请选择或填写关系"))
        self.primary = QCheckBox(self.tr("主要监护人"))
        self.problem = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            layout.addWidget(note)
        if with_relation:
            extra = QFormLayout()
            extra.addRow(self.tr("关系"), self.relation)
            extra.addRow("", self.primary)
            layout.addLayout(extra)
        layout.addWidget(self.problem)
        layout.addWidget(ok_cancel_buttons(self))

    def chosen(self) -> PickedPerson | None:
        person = self.list.chosen()
        if person is None:
            return None
        relation = self.relation.currentText().strip() if self.with_relation else ""
        return PickedPerson(person.id, person.display_name, relation, self.with_relation and self.primary.isChecked())

    def accept(self) -> None:
        if self.chosen() is None:
            self.problem.setText(self.tr("请先在列表中选择一个人。"))
            return
        if self.with_relation and not self.relation.currentText().strip():
            self.problem.setText(self.tr("请选择或填写与儿童的关系。"))
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx,
        title: str = "",
        with_relation: bool = False,
        exclude_id: str | None = None,
        *,
        role: str | None = None,
        consent: bool = False,
        hint: str = "",
        register_as: tuple[str, ...] | None = None,
    ) -> PickedPerson | None:
        """The chosen person, or None when cancelled."""
        dialog = cls(
            parent,
            ctx,
            title,
            with_relation,
            exclude_id,
            role=role,
            consent=consent,
            hint=hint,
            register_as=register_as,
        )
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
