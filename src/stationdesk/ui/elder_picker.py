"""Pick one record by what the worker types (name, pinyin, initials, ID digits or volunteer number),
searched on the database thread: ``ElderPicker`` for elders, ``VolunteerPicker`` for registered volunteers."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from stationdesk.services.people import PeopleQuery, search_people
from stationdesk.services.volunteers import VolunteerQuery, search_volunteers

SHOWN = 50


def elder_choices(session, text: str) -> list[tuple[str, str, object]]:
    """(id, name, summary) of the elders matching ``text``."""
    return [(p.id, p.name, p) for p in search_people(session, PeopleQuery(text=text, role="elder"), limit=SHOWN)]


def volunteer_choices(session, text: str) -> list[tuple[str, str, object]]:
    """(volunteer id, name, row) of the registered volunteers matching ``text`` (name, pinyin or number)."""
    return [(v.id, v.name, v) for v in search_volunteers(session, VolunteerQuery(text=text), limit=SHOWN)]


class SearchPicker(QWidget):
    """A search box and the matching records. Subclasses set ``FIND`` (a service giving (id, name, row))
    and may override ``detail(row)``, the text in brackets after each name."""

    sig_changed = Signal(str)  # the chosen record's id ("" when none)
    FIND = staticmethod(elder_choices)

    def __init__(self, ctx, parent=None, start_empty: bool = False, placeholder: str = "", choose: str = "") -> None:
        """``start_empty``: nobody is chosen until the user picks one (forms that save for the chosen
        record must not guess) unless the search finds exactly one; otherwise the first match is
        chosen (pages that show one record)."""
        super().__init__(parent)
        self.ctx = ctx
        self.start_empty = start_empty
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.choices = QComboBox()
        self.choices.setMinimumWidth(260)
        self.choices.setPlaceholderText(choose)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # one line, even in a tall form
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.choices, 2)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._search)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.choices.currentIndexChanged.connect(lambda _i: self.sig_changed.emit(self.chosen_id()))
        self._ids: list[str] = []
        self._request = 0  # answers to older searches are dropped (set_chosen also counts as one)
        self._search()

    def detail(self, row) -> str:
        """Nothing after the name unless a subclass tells more (an elder's age, a volunteer's number)."""
        return ""

    def chosen_id(self) -> str:
        # Our own list, not currentData(): in PySide6 6.12 currentData() on an empty combo returns a
        # None whose reference it does not own, and enough of those crash the interpreter.
        index = self.choices.currentIndex()
        return self._ids[index] if 0 <= index < len(self._ids) else ""

    def chosen_name(self) -> str:
        return self.choices.currentText().split("（")[0]

    def set_chosen(self, record_id: str, name: str) -> None:
        """Show exactly this record (e.g. when opened from the due list); a search still running is dropped."""
        self._request += 1
        self._timer.stop()
        self.search.setText(name)
        self._fill([(record_id, name, "")], chosen=record_id)

    def _search(self) -> None:
        self._request += 1
        request = self._request
        self.ctx.db.run(type(self).FIND, self.search.text().strip(), on_done=lambda rows: self._answer(request, rows))

    def _answer(self, request: int, rows) -> None:
        if request == self._request:
            self._fill([(record_id, name, self.detail(row)) for record_id, name, row in rows])

    def _fill(self, rows, chosen: str | None = None) -> None:
        current = self.chosen_id()
        keep = chosen if chosen is not None else current
        self.choices.blockSignals(True)
        self.choices.clear()
        self._ids = [record_id for record_id, _name, _detail in rows]
        for _record_id, name, detail in rows:
            self.choices.addItem(f"{name}（{detail}）" if detail else name)
        if keep in self._ids:
            index = self._ids.index(keep)
        elif len(rows) == 1 or (rows and not self.start_empty):
            index = 0  # the single match is the one meant
        else:
            index = -1
        self.choices.setCurrentIndex(index)
        self.choices.blockSignals(False)
        if self.chosen_id() != current:
            self.sig_changed.emit(self.chosen_id())


class ElderPicker(SearchPicker):
    def __init__(self, ctx, parent=None, start_empty: bool = False) -> None:
        super().__init__(
            ctx,
            parent,
            start_empty,
            self.tr("输入姓名、拼音、首字母或身份证后几位查找老人"),
            self.tr("请选择老人"),
        )

    def detail(self, person) -> str:
        return (
            self.tr("{n}岁").format(n=person.age) + " " + person.address if person.age is not None else person.address
        )


class VolunteerPicker(SearchPicker):
    FIND = staticmethod(volunteer_choices)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(
            ctx, parent, True, self.tr("输入姓名、拼音首字母或志愿者编号（如 V00001）"), self.tr("请选择志愿者")
        )

    def detail(self, volunteer) -> str:
        return volunteer.volunteer_number
