"""登记服务: one form for a service given — on its own, for a need the station served itself, or closing a dispatch
(完成派单). The people served, the volunteers who served (their hours are credited through the volunteer-hour
rules in the same save), times, place, content and satisfaction; for a need, whether it is now met.
``ServiceRecordForm`` (no Qt) turns the fields into a ``ServiceRecordInput``."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.needs import RATING_NAMES
from stationdesk.services import dispatch, service_records
from stationdesk.services.service_records import ServiceRecordInput
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.dates import date_edit, station_today, to_date
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.dialogs.visit_dialog import add_checkable, check_items
from stationdesk.ui.labels import value_label


class ServiceRecordForm:
    """Form values → ServiceRecordInput: times as ``time``, the head count only when it says more than the names."""

    @staticmethod
    def to_input(values: dict) -> ServiceRecordInput:
        named = tuple(values.get("person_ids", ()))
        count = int(values.get("people_count") or 0)
        return ServiceRecordInput(
            served_on=values.get("served_on"),
            category=values.get("category") or "",
            start_time=values.get("start_time"),
            end_time=values.get("end_time"),
            service_id=values.get("service_id") or None,
            team_id=values.get("team_id") or None,
            staff_name=values.get("staff_name", ""),
            person_ids=named,
            people_count=count if count else None,
            volunteer_ids=tuple(values.get("volunteer_ids", ())),
            place=values.get("place", ""),
            notes=values.get("notes", ""),
            satisfaction=values.get("satisfaction"),
            recorded_by=values.get("recorded_by", ""),
        )


def _to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _keys(widget: QListWidget, checked_only: bool) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if not checked_only or widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class ServiceRecordDialog(SavingDialog):
    sig_choices_loaded = Signal()

    def __init__(self, parent: QWidget | None, ctx, context: dispatch.ServiceContext | None = None) -> None:
        if context is not None and context.dispatch is not None:
            title = self.tr("完成派单：{name}").format(name=context.dispatch.name)
        elif context is not None:
            title = self.tr("登记服务：需求 {number}").format(number=context.need_number)
        else:
            title = self.tr("登记服务")
        super().__init__(parent, ctx, title)
        self.context = context
        self.resize(640, 660)
        today = station_today(ctx)
        self.served_on = date_edit(today)
        self.start_time = QTimeEdit(QTime(9, 0), displayFormat="HH:mm")
        self.end_time = QTimeEdit(QTime(10, 0), displayFormat="HH:mm")
        self.category = QComboBox()
        self.service = QComboBox()
        self.service.addItem(self.tr("（不属于服务清单中的项目）"), "")
        self.team = QComboBox()
        self.team.addItem(self.tr("（无）"), "")
        self.staff_name = QLineEdit(placeholderText=self.tr("提供服务的工作人员"))
        self.people = QListWidget()
        self.people.setMaximumHeight(70)
        self.add_person_button = QPushButton(self.tr("添加…"))
        self.add_person_button.clicked.connect(self.add_person)
        self.remove_person_button = QPushButton(self.tr("移除"))
        self.remove_person_button.clicked.connect(lambda: self.people.takeItem(self.people.currentRow()))
        self.people_count = QSpinBox(minimum=0, maximum=100_000, specialValueText=self.tr("按所选人员"))
        self.volunteers = QListWidget()
        self.volunteers.setFlow(QListWidget.Flow.LeftToRight)
        self.volunteers.setWrapping(True)
        self.volunteers.setMaximumHeight(70)
        self.add_volunteer_button = QPushButton(self.tr("添加志愿者…"))
        self.add_volunteer_button.clicked.connect(self.add_volunteer)
        self.place = QLineEdit()
        self.notes = QPlainTextEdit(placeholderText=self.tr("服务内容"))
        self.notes.setFixedHeight(70)
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("（未评价）"), None)
        for score in RATING_NAMES:
            self.satisfaction.addItem(f"{score} {value_label('rating', score)}", score)
        self.need_met = QCheckBox(self.tr("需求已解决，办结该需求"))
        self.need_met.setChecked(True)
        self.recorded_by = QLineEdit(placeholderText=self.tr("填写记录的工作人员姓名"))

        when = QHBoxLayout()
        for widget in (self.served_on, QLabel(self.tr("从")), self.start_time, QLabel(self.tr("到")), self.end_time):
            when.addWidget(widget)
        when.addStretch(1)
        people = QHBoxLayout()
        people.addWidget(self.people, 1)
        side = QVBoxLayout()
        side.addWidget(self.add_person_button)
        side.addWidget(self.remove_person_button)
        people.addLayout(side)
        count = QHBoxLayout()
        count.addWidget(self.people_count)
        count.addWidget(QLabel(self.tr("（集体服务填写总人数，如夏日送清凉）")))
        count.addStretch(1)
        helpers = QHBoxLayout()
        helpers.addWidget(self.volunteers, 1)
        helpers.addWidget(self.add_volunteer_button, 0, Qt.AlignmentFlag.AlignTop)
        self.form.addRow(self.tr("服务时间"), when)
        if context is None:
            self.form.addRow(self.tr("服务项目"), self.service)
            self.form.addRow(self.tr("提供队伍"), self.team)
        self.form.addRow(self.tr("服务类别*"), self.category)
        self.form.addRow(self.tr("服务人员"), self.staff_name)
        self.form.addRow(self.tr("服务对象"), people)
        self.form.addRow(self.tr("服务人数"), count)
        self.form.addRow(self.tr("参与志愿者"), helpers)
        hint = QLabel(self.tr("勾选的志愿者按服务时间计入服务时长（半小时为单位，待确认）。"))
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.form.addRow(self.tr("服务地点"), self.place)
        self.form.addRow(self.tr("服务内容"), self.notes)
        self.form.addRow(self.tr("满意度"), self.satisfaction)
        if context is not None:
            self.form.addRow("", self.need_met)
        self.form.addRow(self.tr("记录人"), self.recorded_by)
        self.service.currentIndexChanged.connect(self._service_chosen)
        ctx.db.run(service_records.record_form_choices, on_done=self._fill_choices, on_error=self._failed)

    def _fill_choices(self, choices: service_records.RecordFormChoices) -> None:
        self.category.addItem(self.tr("请选择"), "")
        for name in choices.categories:
            self.category.addItem(value_label("service_category", name), name)
        self._categories = {key: category for key, _name, category in choices.services}
        for key, name, category in choices.services:
            self.service.addItem(f"{name}（{value_label('service_category', category)}）", key)
        for key, name in choices.teams:
            self.team.addItem(name, key)
        self.recorded_by.setText(choices.worker)
        context = self.context
        if context is not None:
            self._choose(self.category, context.category)
            if context.person_id:
                self._add_person(context.person_id, context.person_name)
            elif context.people_count > 1:
                self.people_count.setValue(context.people_count)
            self.place.setText(context.place)
            add_checkable(self.volunteers, [(v, name) for v, name, _ticked in context.volunteers])
            check_items(self.volunteers, [(v, name) for v, name, ticked in context.volunteers if ticked])
        self.sig_choices_loaded.emit()

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        if combo.findData(value) < 0:
            combo.addItem(value, value)
        combo.setCurrentIndex(combo.findData(value))

    def _service_chosen(self, _index: int) -> None:
        category = getattr(self, "_categories", {}).get(self.service.currentData())
        if category:
            self._choose(self.category, category)

    def _add_person(self, person_id: str, name: str) -> None:
        if person_id not in _keys(self.people, checked_only=False):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.people.addItem(item)

    def add_person(self) -> None:
        picked = PersonPickerDialog.ask(self, self.ctx, self.tr("服务对象"), register_as=())
        if picked is not None:
            self._add_person(picked.person_id, picked.name)

    def add_volunteer(self) -> None:
        picked = PersonPickerDialog.ask(
            self, self.ctx, self.tr("参与志愿者"), role="volunteer", register_as=("volunteer",)
        )
        if picked is not None:
            self.ctx.db.run(
                service_records.volunteer_for_person,
                picked.person_id,
                on_done=lambda found: check_items(self.volunteers, [found]),
                on_error=self._failed,
            )

    def values(self) -> dict:
        return {
            "served_on": to_date(self.served_on.date()),
            "start_time": _to_time(self.start_time.time()),
            "end_time": _to_time(self.end_time.time()),
            "category": self.category.currentData(),
            "service_id": self.service.currentData(),
            "team_id": self.team.currentData(),
            "staff_name": self.staff_name.text(),
            "person_ids": _keys(self.people, checked_only=False),
            "people_count": self.people_count.value(),
            "volunteer_ids": _keys(self.volunteers, checked_only=True),
            "place": self.place.text(),
            "notes": self.notes.toPlainText(),
            "satisfaction": self.satisfaction.currentData(),
            "recorded_by": self.recorded_by.text(),
        }

    def submit(self) -> None:
        data = ServiceRecordForm.to_input(self.values())
        context = self.context
        if context is not None and context.dispatch is not None:
            self.run(dispatch.close_dispatch, context.dispatch.id, data, self.need_met.isChecked())
        elif context is not None:
            self.run(dispatch.record_service_for_need, context.need_id, data, self.need_met.isChecked())
        else:
            self.run(service_records.record_service, data)

    @classmethod
    def ask(cls, parent, ctx, context: dispatch.ServiceContext | None = None) -> ServiceRecordDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` says it is stored. With a context the
        service is given to that need (closing its dispatch when the context names one)."""
        dialog = cls(parent, ctx, context)
        dialog.open()
        return dialog
