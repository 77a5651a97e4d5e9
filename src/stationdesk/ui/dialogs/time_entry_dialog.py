"""After the activity: type the times people wrote on the paper sign-in sheet, fast, by keyboard.

Digits go straight into the cell (0930 → 09:30, 930 → 09:30, 14 → 14:00); Enter moves on
(签到 → 签退 → the next person's 签到); arrows and Tab move as usual; Ctrl+S saves. A row left empty
means the person did not come. Saving records everyone's attendance and a shift for every volunteer
with both times, all at once or, if any row is wrong, not at all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.typed_time import format_clock, parse_clock
from stationdesk.errors import ValidationError
from stationdesk.messages import message_for
from stationdesk.services.activities import ROLE_VOLUNTEER, ActivityDetail, SheetEntry, save_sheet_entries
from stationdesk.ui.messages import error_text
from stationdesk.ui.widgets import error_label

COL_NUMBER, COL_NAME, COL_ROLE, COL_IN, COL_OUT, COL_REMARK = range(6)
TIME_COLUMNS = (COL_IN, COL_OUT)


class TimeEntryForm:
    """The sheet's rows and what was typed; no Qt, so the rules are tested directly."""

    def __init__(self, participants) -> None:
        self.participants = list(participants)
        self.times: dict[tuple[int, int], object] = {}
        self.errors: dict[tuple[int, int], str] = {}
        self.remarks: dict[int, str] = {}
        for row, p in enumerate(self.participants):
            self.times[(row, COL_IN)], self.times[(row, COL_OUT)] = p.signed_in, p.signed_out
            self.remarks[row] = p.remark

    def set_time(self, row: int, column: int, text: str) -> str:
        """Read what was typed; returns what the cell shows (09:30, or the text as typed when wrong)."""
        try:
            value = parse_clock(text)
        except ValidationError as error:
            self.times[(row, column)] = None
            self.errors[(row, column)] = message_for(error)
            return text
        self.errors.pop((row, column), None)
        self.times[(row, column)] = value
        return format_clock(value)

    def entries(self) -> list[SheetEntry]:
        return [
            SheetEntry(p.id, self.times[(row, COL_IN)], self.times[(row, COL_OUT)], self.remarks.get(row, ""))
            for row, p in enumerate(self.participants)
        ]

    def problems(self) -> list[str]:
        """Cells that cannot be read, as “第 N 行 姓名：…”."""
        line = QCoreApplication.translate("TimeEntryDialog", "第 {row} 行 {name}：{problem}")
        return [
            line.format(row=row + 1, name=self.participants[row].name, problem=text)
            for (row, _c), text in sorted(self.errors.items())
        ]


class TimeEntryTable(QTableWidget):
    """Enter commits and moves to the next time cell; typing a digit starts editing the cell."""

    def next_cell(self) -> None:
        row, column = self.currentRow(), self.currentColumn()
        if column == COL_IN:
            self.setCurrentCell(row, COL_OUT)
        elif row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, COL_IN)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt override
        moving = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if moving else hint)
        if moving:
            self.next_cell()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.next_cell()
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            item = self.currentItem()
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                item.setText("")
                return
        super().keyPressEvent(event)


class TimeEntryDialog(QDialog):
    sig_saved = Signal(object)  # SheetResult

    def __init__(self, parent: QWidget | None, ctx, detail: ActivityDetail) -> None:
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        activity = detail.activity
        self.setWindowTitle(self.tr("录入签到表：{name}").format(name=activity.name))
        self.resize(760, 640)
        self.form = TimeEntryForm(detail.participants)
        self.result_value = None
        heading = QLabel(
            self.tr("{name}　{day} {start}-{end}　{place}").format(
                name=activity.name,
                day=activity.held_on.isoformat(),
                start=f"{activity.starts_at:%H:%M}",
                end=f"{activity.ends_at:%H:%M}",
                place=activity.place,
            )
        )
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        help_text = QLabel(
            self.tr("照纸质签到表输入时间：0930 即 09:30，回车跳到下一格；方向键移动；空行表示未到。Ctrl+S 保存。")
        )
        help_text.setWordWrap(True)
        self.table = TimeEntryTable(len(self.form.participants), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("序号"),
                self.tr("姓名"),
                self.tr("身份"),
                self.tr("签到时间"),
                self.tr("签退时间"),
                self.tr("备注"),
            ]
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self._filling = True
        for row, p in enumerate(self.form.participants):
            role = self.tr("志愿者") if p.role == ROLE_VOLUNTEER else self.tr("服务对象")
            for column, text in ((COL_NUMBER, str(row + 1)), (COL_NAME, p.name), (COL_ROLE, role)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
            for column, value in ((COL_IN, p.signed_in), (COL_OUT, p.signed_out)):
                self.table.setItem(row, column, QTableWidgetItem(format_clock(value)))
            self.table.setItem(row, COL_REMARK, QTableWidgetItem(p.remark))
        self._filling = False
        for column, width in ((COL_NUMBER, 44), (COL_NAME, 110), (COL_ROLE, 80), (COL_IN, 90), (COL_OUT, 90)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._changed)
        if self.form.participants:
            self.table.setCurrentCell(0, COL_IN)
        self.summary = QLabel()
        self.errors = error_label()
        self.errors.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存（Ctrl+S）"))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addLayout(bar)
        self._update_summary()
        self.table.setFocus()

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, column = item.row(), item.column()
        if column == COL_REMARK:
            self.form.remarks[row] = item.text()
            return
        if column not in TIME_COLUMNS:
            return
        shown = self.form.set_time(row, column, item.text())
        self._filling = True
        item.setText(shown)
        wrong = (row, column) in self.form.errors
        item.setBackground(QBrush(QColor("#ffd6d6")) if wrong else QBrush())
        item.setToolTip(self.form.errors.get((row, column), ""))
        self._filling = False
        self._update_summary()

    def _update_summary(self) -> None:
        came = sum(1 for e in self.form.entries() if e.signed_in or e.signed_out)
        self.summary.setText(
            self.tr("共 {total} 人，已到 {came} 人").format(total=len(self.form.participants), came=came)
        )
        self.errors.setText("\n".join(self.form.problems()))

    def save(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.save_button.setFocus()  # the open editor loses focus and commits what was typed
        if self.form.problems():
            self.errors.setText("\n".join(self.form.problems()))
            return
        self.save_button.setEnabled(False)
        self.ctx.db.run(
            save_sheet_entries, self.detail.activity.id, self.form.entries(), on_done=self._saved, on_error=self._failed
        )

    def _saved(self, result) -> None:
        self.result_value = result
        self.sig_saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.setText(error_text(error))

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, detail: ActivityDetail):
        dialog = cls(parent, ctx, detail)
        dialog.exec()
        return dialog.result_value
