"""The attendance entry grid: one row per child of a session, edited from the signed paper sheet.

Times are kept as the text typed (“1530”) until the row is saved, so a half-typed time never turns
into a wrong one; ``entries()`` parses them all and reports every bad cell at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from stationdesk.domain.tutoring import next_status
from stationdesk.domain.typed_time import format_clock, parse_clock
from stationdesk.errors import FormErrors, ValidationError
from stationdesk.services.tutoring import AttendanceInput, AttendanceRow
from stationdesk.ui.labels import value_label

translate = QCoreApplication.translate  # lupdate reads translate("AttendanceTableModel", "…")


CHILD, STATUS, DROP_TIME, PICK_TIME, DROP_BY, DROP_REL, PICK_BY, PICK_REL, PICK_NOTE, PROGRESS, BEHAVIOUR, FOLLOW = (
    range(12)
)
HEADERS = (
    QT_TRANSLATE_NOOP("AttendanceTableModel", "儿童"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "考勤"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "送达时间"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "接走时间"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "送达人"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "送达人关系"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "接走人"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "接走人关系"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "非监护人接走说明"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "作业/进度"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "表现"),
    QT_TRANSLATE_NOOP("AttendanceTableModel", "跟进"),
)
TIME_COLUMNS = {DROP_TIME: "drop_off_time", PICK_TIME: "pick_up_time"}
TEXT_COLUMNS = {
    DROP_BY: "drop_off_by",
    DROP_REL: "drop_off_relation",
    PICK_BY: "pick_up_by",
    PICK_REL: "pick_up_relation",
    PICK_NOTE: "pick_up_note",
    PROGRESS: "progress_note",
    BEHAVIOUR: "behaviour_note",
}
GUARDIAN_COLUMNS = {DROP_BY: DROP_REL, PICK_BY: PICK_REL}
STATUS_COLOURS = {"出勤": "#dff3e3", "迟到": "#fff4d6", "早退": "#fff4d6", "请假": "#e6eefc", "缺勤": "#fbe1e1"}


class AttendanceTableModel(QAbstractTableModel):
    sig_dirty = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []
        self._values: list[dict] = []
        self._typing: tuple[int, int] | None = None  # the time cell receiving digits
        self._bad: set[tuple[int, int]] = set()
        self.dirty = False

    # -- loading and reading back
    def load(self, rows: tuple[AttendanceRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._values = []
        for row in rows:
            values = {name: getattr(row.entry, name) for name in ("status", "follow_up", *TEXT_COLUMNS.values())}
            for name in TIME_COLUMNS.values():
                values[name] = format_clock(getattr(row.entry, name)).replace(":", "")
            self._values.append(values)
        self._typing = None
        self._bad = set()
        self.endResetModel()
        self.set_dirty(False)

    def entries(self) -> tuple[AttendanceInput, ...]:
        """Every row as service input; raises FormErrors naming each bad time (and marks those cells)."""
        self.finish_typing()
        errors: list[ValidationError] = []
        result = []
        self._bad = set()
        for r, (row, values) in enumerate(zip(self._rows, self._values, strict=False)):
            times = {}
            for column, name in TIME_COLUMNS.items():
                try:
                    times[name] = parse_clock(values[name], field=name)
                except ValidationError as error:
                    error.params["name"] = row.display_name
                    errors.append(error)
                    self._bad.add((r, column))
                    times[name] = None
            text = {name: values[name] for name in TEXT_COLUMNS.values()}
            result.append(
                AttendanceInput(row.child_id, values["status"], follow_up=values["follow_up"], **text, **times)
            )
        if self._bad:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, FOLLOW))
        if errors:
            raise FormErrors(errors)
        return tuple(result)

    def first_bad_cell(self) -> QModelIndex:
        if not self._bad:
            return QModelIndex()
        row, column = min(self._bad)
        return self.index(row, column)

    def mark_saved(self) -> None:
        self.set_dirty(False)

    def set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.sig_dirty.emit(dirty)

    # -- Qt model
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("AttendanceTableModel", HEADERS[section])
                if orientation == Qt.Orientation.Horizontal
                else str(section + 1)
            )
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in TEXT_COLUMNS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def non_guardian(self, row: int) -> bool:
        who = self._values[row]["pick_up_by"].strip()
        return bool(who) and all(g.name != who for g in self._rows[row].guardians)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, column = index.row(), index.column()
        row, values = self._rows[r], self._values[r]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == CHILD:
                return row.display_name
            if column == STATUS:
                return (
                    value_label("attendance", values["status"])
                    if role == Qt.ItemDataRole.DisplayRole
                    else values["status"]
                )
            if column in TIME_COLUMNS:
                return self._time_text(values[TIME_COLUMNS[column]], (r, column) == self._typing)
            if column in TEXT_COLUMNS:
                return values[TEXT_COLUMNS[column]]
            if column == FOLLOW:
                return translate("AttendanceTableModel", "需跟进") if values["follow_up"] else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if (r, column) in self._bad:
                return QBrush(QColor("#f8b4b4"))
            if column == STATUS and values["status"]:
                return QBrush(QColor(STATUS_COLOURS[values["status"]]))
            if column in (PICK_BY, PICK_NOTE) and self.non_guardian(r):
                return QBrush(QColor("#ffe0b2" if column == PICK_BY or not values["pick_up_note"] else "#fff3e0"))
            if column == FOLLOW and values["follow_up"]:
                return QBrush(QColor("#fbe1e1"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (PICK_BY, PICK_NOTE) and self.non_guardian(r):
                return translate(
                    "AttendanceTableModel", "接走人不是登记的监护人：请在“非监护人接走说明”中写明是谁、关系及谁同意的。"
                )
            if column in GUARDIAN_COLUMNS and row.guardians:
                names = "、".join(f"{g.name}（{g.relation}）" for g in row.guardians)
                return translate("AttendanceTableModel", "监护人：{names}。按空格依次选择。").format(names=names)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (STATUS, DROP_TIME, PICK_TIME, FOLLOW):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _time_text(raw: str, typing: bool) -> str:
        if typing or not raw:
            return raw
        try:
            return format_clock(parse_clock(raw))
        except ValidationError:
            return raw

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.EditRole or index.column() not in TEXT_COLUMNS:
            return False
        self._put(index.row(), TEXT_COLUMNS[index.column()], str(value).strip())
        return True

    def _put(self, row: int, name: str, value) -> None:
        if self._values[row][name] == value:
            return
        self._values[row][name] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, FOLLOW))
        self.set_dirty(True)

    # -- keyboard actions (the view calls these)
    def cycle(self, index: QModelIndex) -> bool:
        """Space: next status, next guardian, or follow-up on/off. False when the column has no cycle."""
        r, column = index.row(), index.column()
        values = self._values[r]
        if column == STATUS:
            self._put(r, "status", next_status(values["status"]))
        elif column == FOLLOW:
            self._put(r, "follow_up", not values["follow_up"])
        elif column in GUARDIAN_COLUMNS:
            choices = [("", "")] + [(g.name, g.relation) for g in self._rows[r].guardians]
            name_key, relation_key = TEXT_COLUMNS[column], TEXT_COLUMNS[GUARDIAN_COLUMNS[column]]
            current = (values[name_key], values[relation_key])
            position = choices.index(current) if current in choices else 0
            name, relation = choices[(position + 1) % len(choices)]
            self._put(r, relation_key, relation)
            self._put(r, name_key, name)
        else:
            return False
        return True

    def type_digit(self, index: QModelIndex, digit: str) -> bool:
        """A digit on a time column: starts a new time or continues the one being typed; 4 digits finish it."""
        if index.column() not in TIME_COLUMNS:
            return False
        cell = (index.row(), index.column())
        name = TIME_COLUMNS[index.column()]
        current = self._values[index.row()][name] if self._typing == cell else ""
        self._typing = cell
        self._bad.discard(cell)
        self._put(index.row(), name, current + digit)
        if len(current + digit) >= 4:
            self.finish_typing()
        return True

    def erase(self, index: QModelIndex, whole: bool) -> bool:
        """Backspace takes the last digit off a time being typed; Delete clears the cell."""
        r, column = index.row(), index.column()
        if column in TIME_COLUMNS:
            name = TIME_COLUMNS[column]
            text = self._values[r][name]
            self._typing = None if whole else (r, column)
            self._bad.discard((r, column))
            self._put(r, name, "" if whole else text.replace(":", "")[:-1])
        elif column == STATUS:
            self._put(r, "status", "")
        elif column == FOLLOW:
            self._put(r, "follow_up", False)
        elif column in TEXT_COLUMNS and whole:
            self._put(r, TEXT_COLUMNS[column], "")
        else:
            return False
        return True

    def finish_typing(self) -> None:
        if self._typing is None:
            return
        r, column = self._typing
        self._typing = None
        raw = self._values[r][TIME_COLUMNS[column]]
        try:
            parsed = parse_clock(raw)
        except ValidationError:
            self._bad.add((r, column))
        else:
            self._values[r][TIME_COLUMNS[column]] = format_clock(parsed).replace(":", "")
        self.dataChanged.emit(self.index(r, column), self.index(r, column))
