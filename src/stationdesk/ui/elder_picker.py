"""Pick an elder from the registry by name, pinyin or initials (search runs on the database thread)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from stationdesk.services.people import PeopleQuery, search_people


class ElderPicker(QWidget):
    sig_elder_changed = Signal(str)  # the chosen elder's id ("" when none)

    def __init__(self, ctx, parent=None, start_empty: bool = False) -> None:
        """``start_empty``: nobody is chosen until the user picks an elder (forms that save for the
        chosen elder must not guess); otherwise the first match is chosen (pages that show one elder)."""
        super().__init__(parent)
        self.ctx = ctx
        self.start_empty = start_empty
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("输入姓名、拼音或首字母查找老人"))
        self.choices = QComboBox()
        self.choices.setMinimumWidth(260)
        self.choices.setPlaceholderText(self.tr("请选择老人"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # one line, even in a tall form
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.choices, 2)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._search)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.choices.currentIndexChanged.connect(lambda _i: self.sig_elder_changed.emit(self.elder_id()))
        self._ids: list[str] = []
        self._request = 0  # answers to older searches are dropped (set_elder also counts as one)
        self._search()

    def elder_id(self) -> str:
        # Our own list, not currentData(): in PySide6 6.12 currentData() on an empty combo returns a
        # None whose reference it does not own, and enough of those crash the interpreter.
        index = self.choices.currentIndex()
        return self._ids[index] if 0 <= index < len(self._ids) else ""

    def elder_name(self) -> str:
        return self.choices.currentText().split("（")[0]

    def set_elder(self, elder_id: str, name: str) -> None:
        """Show exactly this elder (e.g. when opened from the due list); a search still running is dropped."""
        self._request += 1
        self._timer.stop()
        self.search.setText(name)
        self._fill([(elder_id, name, "")], chosen=elder_id)

    def _search(self) -> None:
        self._request += 1
        request = self._request
        self.ctx.db.run(
            search_people,
            PeopleQuery(text=self.search.text().strip(), role="elder"),
            limit=50,
            on_done=lambda people: self._answer(request, people),
        )

    def _answer(self, request: int, people) -> None:
        if request == self._request:
            self._fill(
                [
                    (
                        p.id,
                        p.name,
                        self.tr("{n}岁").format(n=p.age) + " " + p.address if p.age is not None else p.address,
                    )
                    for p in people
                ]
            )

    def _fill(self, rows, chosen: str | None = None) -> None:
        current = self.elder_id()
        keep = chosen if chosen is not None else current
        self.choices.blockSignals(True)
        self.choices.clear()
        self._ids = [elder_id for elder_id, _name, _detail in rows]
        for _elder_id, name, detail in rows:
            self.choices.addItem(f"{name}（{detail}）" if detail else name)
        index = self._ids.index(keep) if keep in self._ids else (0 if rows and not self.start_empty else -1)
        self.choices.setCurrentIndex(index)
        self.choices.blockSignals(False)
        if self.elder_id() != current:
            self.sig_elder_changed.emit(self.elder_id())
