"""The part of the resource and service forms that says where, when and how much: the communities served, the
weekdays and hours, the capacity (unit, available, maximum; "不计" when it is not counted) and the status."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QObject, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QTimeEdit

from stationdesk.domain.offers import MAX_CAPACITY, STATUS_NAMES, WEEKDAY_DIGITS
from stationdesk.services.offers import OfferTerms
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.labels import value_label


def split_names(text: str) -> tuple[str, ...]:
    """“城东社区、睦岗社区” (or with commas) → the names."""
    for mark in ("，", ",", " "):
        text = text.replace(mark, "、")
    return tuple(n.strip() for n in text.split("、") if n.strip())


class OfferTermsEditor(QObject):
    """Adds its rows to a form layout; ``terms()`` reads them, ``show()`` fills them."""

    def __init__(self, form: QFormLayout, parent: QObject) -> None:
        super().__init__(parent)
        self.area = QLineEdit(placeholderText=self.tr("社区名称，用顿号分隔；不填表示全站范围"))
        self.days = {d: QCheckBox(value_label("weekday_digit", d)) for d in WEEKDAY_DIGITS}
        self.with_hours = QCheckBox(self.tr("限定时段"))
        self.opens = QTimeEdit(QTime(9, 0), displayFormat="HH:mm")
        self.closes = QTimeEdit(QTime(17, 0), displayFormat="HH:mm")
        self.with_hours.toggled.connect(self._hours_toggled)
        self.unit = QLineEdit(placeholderText=self.tr("人次、场、份、元…"))
        self.unit.setMaximumWidth(120)
        self.available = QSpinBox(minimum=-1, maximum=MAX_CAPACITY, specialValueText=self.tr("不计"))
        self.maximum = QSpinBox(minimum=-1, maximum=MAX_CAPACITY, specialValueText=self.tr("不计"))
        for spin in (self.available, self.maximum):
            spin.setValue(-1)
        self.status = QComboBox()
        for code in STATUS_NAMES:
            self.status.addItem(value_label("offer_status", code), code)
        days = QHBoxLayout()
        for box in self.days.values():
            days.addWidget(box)
        days.addStretch(1)
        hours = QHBoxLayout()
        for widget in (self.with_hours, self.opens, QLabel("-"), self.closes):
            hours.addWidget(widget)
        hours.addStretch(1)
        capacity = QHBoxLayout()
        for widget in (
            QLabel(self.tr("单位")),
            self.unit,
            QLabel(self.tr("可用")),
            self.available,
            QLabel(self.tr("最多")),
            self.maximum,
        ):
            capacity.addWidget(widget)
        capacity.addStretch(1)
        form.addRow(self.tr("服务范围"), self.area)
        form.addRow(self.tr("服务日"), days)
        form.addRow(self.tr("服务时段"), hours)
        form.addRow(self.tr("容量"), capacity)
        form.addRow(self.tr("状态"), self.status)
        self._hours_toggled(False)

    def _hours_toggled(self, on: bool) -> None:
        self.opens.setEnabled(on)
        self.closes.setEnabled(on)

    def terms(self) -> OfferTerms:
        def clock(edit: QTimeEdit) -> time | None:
            value = edit.time()
            return time(value.hour(), value.minute()) if self.with_hours.isChecked() else None

        return OfferTerms(
            service_area=split_names(self.area.text()),
            weekdays="".join(d for d, box in self.days.items() if box.isChecked()),
            available_from=clock(self.opens),
            available_to=clock(self.closes),
            capacity_unit=self.unit.text(),
            capacity_available=None if self.available.value() < 0 else self.available.value(),
            capacity_maximum=None if self.maximum.value() < 0 else self.maximum.value(),
            status=self.status.currentData(),
        )

    def show(self, terms: OfferTerms) -> None:
        self.area.setText("、".join(terms.service_area))
        for digit, box in self.days.items():
            box.setChecked(digit in terms.weekdays)
        self.with_hours.setChecked(bool(terms.available_from or terms.available_to))
        for edit, value in ((self.opens, terms.available_from), (self.closes, terms.available_to)):
            if value:
                edit.setTime(QTime(value.hour, value.minute))
        self.unit.setText(terms.capacity_unit)
        self.available.setValue(-1 if terms.capacity_available is None else terms.capacity_available)
        self.maximum.setValue(-1 if terms.capacity_maximum is None else terms.capacity_maximum)
        self.status.setCurrentIndex(max(0, self.status.findData(terms.status)))
