"""探访频率设置: days between visits for each risk tier (high weekly, priority monthly, general quarterly)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from stationdesk.domain.visit_plan import DEFAULT_INTERVAL_DAYS, MAX_INTERVAL_DAYS, TIERS
from stationdesk.ui.labels import value_label


class VisitRulesDialog(QDialog):
    def __init__(self, parent: QWidget | None, intervals: dict[str, int]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("探访频率设置"))
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("每位老人按风险分层确定探访间隔（天）。")))
        self.spins: dict[str, QSpinBox] = {}
        for tier in TIERS:
            spin = QSpinBox(minimum=1, maximum=MAX_INTERVAL_DAYS, suffix=self.tr(" 天"))
            spin.setValue(intervals.get(tier, DEFAULT_INTERVAL_DAYS[tier]))
            self.spins[tier] = spin
            layout.addRow(value_label("tier", tier), spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: [self.spins[t].setValue(DEFAULT_INTERVAL_DAYS[t]) for t in TIERS]
        )
        layout.addRow(buttons)

    def intervals(self) -> dict[str, int]:
        return {tier: spin.value() for tier, spin in self.spins.items()}

    @classmethod
    def ask(cls, parent: QWidget | None, intervals: dict[str, int]) -> dict[str, int] | None:
        dialog = cls(parent, intervals)
        return dialog.intervals() if dialog.exec() == QDialog.DialogCode.Accepted else None
