"""期间: the period a report is counted for, chosen from the usual ones (本月, 上月, 本季度 …) or typed as
on the command line (2026-11, 2026-Q4, 2026, 2026-01-01..2026-03-31); the station's 统计 page and the
city's 统计 tab share it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from stationdesk.domain.periods import PRESETS, Period, parse_period, preset
from stationdesk.errors import StationDeskError
from stationdesk.messages import message_for

PRESET_NAMES = {
    "this_month": QT_TRANSLATE_NOOP("PeriodBar", "本月"),
    "last_month": QT_TRANSLATE_NOOP("PeriodBar", "上月"),
    "this_quarter": QT_TRANSLATE_NOOP("PeriodBar", "本季度"),
    "last_quarter": QT_TRANSLATE_NOOP("PeriodBar", "上季度"),
    "this_year": QT_TRANSLATE_NOOP("PeriodBar", "本年"),
    "last_year": QT_TRANSLATE_NOOP("PeriodBar", "上年"),
}
CUSTOM = ""


class PeriodBar(QWidget):
    """期间: the usual periods in a list and the period as text (2026-11, 2026-Q4, 2026 or a range),
    which the user may also type; ``period()`` reads it, or says why it cannot."""

    sig_changed = Signal()

    def __init__(self, today, default: str = "last_month") -> None:
        super().__init__()
        self.today = today
        self.presets = QComboBox()
        for name in PRESETS:
            self.presets.addItem(QCoreApplication.translate("PeriodBar", PRESET_NAMES[name]), name)
        self.presets.addItem(QCoreApplication.translate("PeriodBar", "自定义"), CUSTOM)
        self.text = QLineEdit()
        self.text.setPlaceholderText("2026-11 / 2026-Q4 / 2026 / 2026-01-01..2026-03-31")
        self.text.setFixedWidth(260)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("PeriodBar", "统计期间")))
        layout.addWidget(self.presets)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.presets.setCurrentIndex(PRESETS.index(default))
        self.text.setText(preset(default, today).label)
        self.presets.activated.connect(self._preset_chosen)
        self.text.returnPressed.connect(self.sig_changed)
        self.text.textEdited.connect(lambda _text: self.presets.setCurrentIndex(self.presets.count() - 1))

    def _preset_chosen(self, _index: int) -> None:
        name = self.presets.currentData()
        if name != CUSTOM:
            self.text.setText(preset(name, self.today).label)
            self.sig_changed.emit()
        else:
            self.text.setFocus()

    def period(self) -> Period | None:
        try:
            chosen = parse_period(self.text.text())
        except StationDeskError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return None
        self.error.hide()
        return chosen


class ReportBar(QWidget):
    """What every statistics screen has on top: the period, 重新统计, 导出 PDF… and 导出 Excel…; the
    screen connects the buttons."""

    def __init__(self, today) -> None:
        super().__init__()
        self.period_bar = PeriodBar(today)
        self.count_button = QPushButton(self.tr("重新统计"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.period_bar, 1)
        for button in (self.count_button, self.pdf_button, self.xlsx_button):
            layout.addWidget(button)
