"""Pick one person from the registry (a guardian for a child, a household head), searching as you type."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from stationdesk.services.people import PeopleQuery, PersonSummary, search_people

RELATIONS = ("父亲", "母亲", "祖父", "祖母", "外祖父", "外祖母", "其他亲属", "委托监护人")
SHOWN = 50


@dataclass(frozen=True)
class PickedPerson:
    person_id: str
    name: str
    relation: str = ""
    is_primary: bool = False


class PersonPickerDialog(QDialog):
    sig_results_shown = Signal(int)

    def __init__(self, parent: QWidget | None, ctx, title: str, with_relation: bool = False,
                 exclude_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude_id = exclude_id
        self._asked = 0
        self.setWindowTitle(title)
        self.resize(460, 420)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母、电话或身份证后几位"))
        self.results = QListWidget()
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItems(list(RELATIONS))   # stored as written: data, not UI text
        self.primary = QCheckBox(self.tr("主要监护人"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        if with_relation:
            extra = QFormLayout()
            extra.addRow(self.tr("关系"), self.relation)
            extra.addRow("", self.primary)
            layout.addLayout(extra)
        self.with_relation = with_relation
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.results.itemDoubleClicked.connect(lambda _item: self._accept_if_chosen())
        self.run_search()

    def run_search(self) -> None:
        self._asked += 1
        asked = self._asked
        self.ctx.db.run(search_people, PeopleQuery(text=self.search.text()), 0, SHOWN + 1,
                        on_done=lambda rows: self._show(asked, rows))

    def _show(self, asked: int, rows: list[PersonSummary]) -> None:
        if asked != self._asked:
            return
        self.results.clear()
        for person in rows:
            if person.id == self.exclude_id:
                continue
            details = "  ".join(x for x in (person.id_number_masked, person.phone_masked, person.address) if x)
            item = QListWidgetItem(f"{person.display_name}  {details}")   # children by alias
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.results.addItem(item)
        self.hint.setText(self.tr("只显示前 {n} 个，请输入更多内容缩小范围").format(n=SHOWN) if len(rows) > SHOWN else "")
        if self.results.count():
            self.results.setCurrentRow(0)
        self.sig_results_shown.emit(self.results.count())

    def chosen(self) -> PickedPerson | None:
        item = self.results.currentItem()
        if item is None:
            return None
        person: PersonSummary = item.data(Qt.ItemDataRole.UserRole)
        relation = self.relation.currentText().strip() if self.with_relation else ""
        return PickedPerson(person.id, person.display_name, relation, self.primary.isChecked())

    def _accept_if_chosen(self) -> None:
        if self.chosen() is None:
            self.hint.setText(self.tr("请先在列表中选择一个人。"))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, title: str, with_relation: bool = False,
            exclude_id: str | None = None) -> PickedPerson | None:
        dialog = cls(parent, ctx, title, with_relation, exclude_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
