"""派单 and 改派: dispatch a need to the suggestions chosen on its page, each with how much of its capacity the
dispatch holds; or cancel one dispatch and hand the need to another suggestion, with the reason. Warnings
(a paused target, more than the capacity left) are asked before the dispatch is made."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from stationdesk.errors import ValidationError
from stationdesk.services import dispatch
from stationdesk.services.dispatch import DispatchTarget
from stationdesk.services.matching import SuggestionRow
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.labels import value_label


def _target(row: SuggestionRow, quantity: int = 1) -> DispatchTarget:
    s = row.suggestion
    return DispatchTarget(s.kind, s.key, quantity, s.score)


def suggestion_title(row: SuggestionRow) -> str:
    s = row.suggestion
    return f"{value_label('match_kind', s.kind)}：{s.name}（{s.score}）"


class DispatchDialog(SavingDialog):
    def __init__(
        self, parent: QWidget | None, ctx, need_id: str, number: str, chosen: list[SuggestionRow], worker: str
    ):
        super().__init__(parent, ctx, self.tr("派单：需求 {number}").format(number=number))
        self.need_id, self.chosen = need_id, chosen
        self.setMinimumWidth(520)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("派单对象")), 0, 0)
        grid.addWidget(QLabel(self.tr("占用容量")), 0, 1)
        grid.addWidget(QLabel(self.tr("尚余")), 0, 2)
        self.quantities: list[QSpinBox] = []
        for line, row in enumerate(chosen, start=1):
            spin = QSpinBox(minimum=1, maximum=100_000)
            counted = row.suggestion.remaining is not None
            spin.setEnabled(counted)
            left = f"{row.suggestion.remaining} {row.suggestion.unit}" if counted else self.tr("不计容量")
            grid.addWidget(QLabel(suggestion_title(row)), line, 0)
            grid.addWidget(spin, line, 1)
            grid.addWidget(QLabel(left), line, 2)
            self.quantities.append(spin)
        self.instructions = QLineEdit(placeholderText=self.tr("派单说明，如：周三上午陪同到卫生站"))
        self.dispatched_by = QLineEdit(worker)
        self.form.addRow(grid)
        self.form.addRow(self.tr("派单说明"), self.instructions)
        self.form.addRow(self.tr("派单人"), self.dispatched_by)

    def submit(self) -> None:
        targets = tuple(_target(row, spin.value()) for row, spin in zip(self.chosen, self.quantities, strict=True))
        self.run(dispatch.dispatch_need, self.need_id, targets, self.instructions.text(), self.dispatched_by.text())

    @classmethod
    def ask(cls, parent, ctx, need_id: str, number: str, chosen: list[SuggestionRow], worker: str) -> DispatchDialog:
        dialog = cls(parent, ctx, need_id, number, chosen, worker)
        dialog.open()
        return dialog


class RedispatchDialog(SavingDialog):
    """改派: the dispatch is cancelled with the reason and the need goes to the suggestion chosen here."""

    def __init__(
        self, parent: QWidget | None, ctx, current: dispatch.DispatchRow, suggestions: list[SuggestionRow], worker: str
    ):
        super().__init__(parent, ctx, self.tr("改派：{name}").format(name=current.name))
        self.current = current
        self.suggestions = [
            s for s in suggestions if (s.suggestion.kind, s.suggestion.key) != (current.kind, current.key)
        ]
        self.target = QComboBox()
        for row in self.suggestions:
            self.target.addItem(suggestion_title(row))
        self.reason = QLineEdit(placeholderText=self.tr("如：对方本周无法安排"))
        self.by = QLineEdit(worker)
        self.form.addRow(self.tr("改派给"), self.target)
        self.form.addRow(self.tr("改派原因*"), self.reason)
        self.form.addRow(self.tr("派单人"), self.by)

    def submit(self) -> None:
        if not self.suggestions:
            raise ValidationError("dispatch.no_targets", field="targets")
        chosen = self.suggestions[self.target.currentIndex()]
        self.run(dispatch.redispatch, self.current.id, _target(chosen), self.reason.text(), self.by.text())

    @classmethod
    def ask(
        cls, parent, ctx, current: dispatch.DispatchRow, suggestions: list[SuggestionRow], worker: str
    ) -> RedispatchDialog:
        dialog = cls(parent, ctx, current, suggestions, worker)
        dialog.open()
        return dialog
