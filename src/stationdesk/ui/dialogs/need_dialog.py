"""登记需求 / 修改需求: a need of a person of the registry, or of a group or community with its head count.
``NeedForm`` (no Qt) turns the fields into a ``NeedInput``; the dialog saves on the database thread and closes
only when the need is stored."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from stationdesk.domain.groups import GROUPS
from stationdesk.domain.needs import NORMAL, SOURCE_NAMES, URGENCY_NAMES
from stationdesk.services import needs
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.dates import TypedDateTimeEdit, date_edit, station_today, to_date
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.labels import value_label


class NeedForm:
    """Form values → NeedInput: a person or a group (never both), the window only when asked for."""

    @staticmethod
    def to_input(values: dict) -> needs.NeedInput:
        for_person = values.get("for_person", True)
        window = values.get("with_window", False)
        return needs.NeedInput(
            category=values.get("category") or "",
            urgency=values.get("urgency") or NORMAL,
            source=values.get("source") or "other",
            person_id=(values.get("person_id") or None) if for_person else None,
            group_name="" if for_person else values.get("group_name", ""),
            people_count=1 if for_person else int(values.get("people_count") or 1),
            community=values.get("community", ""),
            target_group=values.get("target_group"),
            description=values.get("description", ""),
            wanted_from=values.get("wanted_from") if window else None,
            wanted_to=values.get("wanted_to") if window else None,
            place=values.get("place", ""),
            found_on=values.get("found_on"),
            recorded_by=values.get("recorded_by", ""),
        )


def _to_datetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromString(moment.strftime("%Y-%m-%d %H:%M"), "yyyy-MM-dd HH:mm")


class NeedDialog(SavingDialog):
    sig_choices_loaded = Signal()

    def __init__(self, parent: QWidget | None, ctx, need: needs.NeedRow | None = None) -> None:
        super().__init__(
            parent, ctx, self.tr("修改需求 {number}").format(number=need.number) if need else self.tr("登记需求")
        )
        self.need = need
        self.resize(640, 620)
        self.person_id = ""
        self.as_person = QRadioButton(self.tr("人员档案中的个人"))
        self.as_group = QRadioButton(self.tr("群体或社区"))
        choice = QButtonGroup(self)
        choice.addButton(self.as_person)
        choice.addButton(self.as_group)
        self.as_person.setChecked(True)
        self.person_label = QLabel(self.tr("（未选择）"))
        self.pick_button = QPushButton(self.tr("选择人员…"))
        self.pick_button.clicked.connect(self.pick_person)
        self.group_name = QLineEdit(placeholderText=self.tr("如：星湖社区户外劳动者"))
        self.people_count = QSpinBox(minimum=1, maximum=100_000)
        self.community = QComboBox(editable=True)
        self.category = QComboBox()
        self.target_group = QComboBox()
        self.target_group.addItem(self.tr("（按人员档案）"), None)
        self.target_group.addItem(self.tr("其他居民"), "")
        for code in GROUPS:
            self.target_group.addItem(value_label("target_group", code), code)
        self.urgency = QComboBox()
        for code in URGENCY_NAMES:
            self.urgency.addItem(value_label("urgency", code), code)
        self.urgency.setCurrentIndex(self.urgency.findData(NORMAL))
        self.source = QComboBox()
        for code in SOURCE_NAMES:
            self.source.addItem(value_label("need_source", code), code)
        today = station_today(ctx)
        self.with_window = QCheckBox(self.tr("指定期望服务时间"))
        start = datetime.combine(today + timedelta(days=1), datetime.min.time()).replace(hour=9)
        self.wanted_from = TypedDateTimeEdit(_to_qdatetime(start), displayFormat="yyyy-MM-dd HH:mm", calendarPopup=True)
        self.wanted_to = TypedDateTimeEdit(
            _to_qdatetime(start + timedelta(hours=2)), displayFormat="yyyy-MM-dd HH:mm", calendarPopup=True
        )
        self.with_window.toggled.connect(self._window_toggled)
        self.place = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        self.found_on = date_edit(today)
        self.recorded_by = QLineEdit(placeholderText=self.tr("填写记录的工作人员姓名"))

        who = QHBoxLayout()
        who.addWidget(self.as_person)
        who.addWidget(self.as_group)
        who.addStretch(1)
        person = QHBoxLayout()
        person.addWidget(self.person_label, 1)
        person.addWidget(self.pick_button)
        group = QHBoxLayout()
        group.addWidget(self.group_name, 1)
        group.addWidget(QLabel(self.tr("人数")))
        group.addWidget(self.people_count)
        window = QHBoxLayout()
        window.addWidget(self.with_window)
        window.addWidget(self.wanted_from)
        window.addWidget(QLabel(self.tr("至")))
        window.addWidget(self.wanted_to)
        urgency = QHBoxLayout()
        urgency.addWidget(self.urgency)
        urgency.addWidget(QLabel(self.tr("来源")))
        urgency.addWidget(self.source, 1)
        self.form.addRow(self.tr("需求对象"), who)
        self.form.addRow(self.tr("人员"), person)
        self.form.addRow(self.tr("群体/社区"), group)
        self.form.addRow(self.tr("所在社区"), self.community)
        self.form.addRow(self.tr("服务类别*"), self.category)
        self.form.addRow(self.tr("服务对象类别"), self.target_group)
        self.form.addRow(self.tr("紧急程度"), urgency)
        self.form.addRow(self.tr("需求描述"), self.description)
        self.form.addRow(self.tr("期望时间"), window)
        self.form.addRow(self.tr("服务地点"), self.place)
        self.form.addRow(self.tr("发现日期"), self.found_on)
        self.form.addRow(self.tr("记录人"), self.recorded_by)
        self.as_person.toggled.connect(self._who_toggled)
        self._who_toggled(True)
        self._window_toggled(False)
        ctx.db.run(needs.need_form_choices, on_done=self._fill_choices, on_error=self._failed)

    def _who_toggled(self, _checked: bool) -> None:
        person = self.as_person.isChecked()
        self.pick_button.setEnabled(person)
        self.group_name.setEnabled(not person)
        self.people_count.setEnabled(not person)

    def _window_toggled(self, on: bool) -> None:
        self.wanted_from.setEnabled(on)
        self.wanted_to.setEnabled(on)

    def _fill_choices(self, choices: needs.NeedFormChoices) -> None:
        self.category.addItem(self.tr("请选择"), "")
        for name in choices.categories:
            self.category.addItem(value_label("service_category", name), name)
        self.community.addItems(["", *choices.communities])
        self.recorded_by.setText(choices.worker)
        if self.need is not None:
            self._show_need(self.need)
        self.sig_choices_loaded.emit()

    def _show_need(self, need: needs.NeedRow) -> None:
        if need.person_id:
            self.set_person(need.person_id, need.who)
        else:
            self.as_group.setChecked(True)
            self.group_name.setText(need.group_name)
            self.people_count.setValue(need.people_count)
        if self.category.findData(need.category) < 0:
            self.category.addItem(need.category, need.category)  # an entry since removed from the list
        self.category.setCurrentIndex(self.category.findData(need.category))
        self.community.setCurrentText(need.community)
        self.target_group.setCurrentIndex(max(0, self.target_group.findData(need.target_group)))
        self.urgency.setCurrentIndex(self.urgency.findData(need.urgency))
        self.source.setCurrentIndex(self.source.findData(need.source))
        self.description.setPlainText(need.description)
        self.place.setText(need.place)
        self.found_on.setDate(need.found_on)
        if need.wanted_from or need.wanted_to:
            self.with_window.setChecked(True)
            for edit, moment in ((self.wanted_from, need.wanted_from), (self.wanted_to, need.wanted_to)):
                if moment:
                    edit.setDateTime(_to_qdatetime(moment))
        self.recorded_by.setText(need.recorded_by)
        self.recorded_by.setEnabled(False)  # who recorded it stays as it was

    def set_person(self, person_id: str, name: str) -> None:
        self.as_person.setChecked(True)
        self.person_id = person_id
        self.person_label.setText(name)

    def pick_person(self) -> None:
        picked = PersonPickerDialog.ask(self, self.ctx, self.tr("有需求的人员"), register_as=())
        if picked is not None:
            self.set_person(picked.person_id, picked.name)

    def values(self) -> dict:
        return {
            "for_person": self.as_person.isChecked(),
            "person_id": self.person_id,
            "group_name": self.group_name.text(),
            "people_count": self.people_count.value(),
            "community": self.community.currentText(),
            "category": self.category.currentData(),
            "target_group": self.target_group.currentData(),
            "urgency": self.urgency.currentData(),
            "source": self.source.currentData(),
            "description": self.description.toPlainText(),
            "with_window": self.with_window.isChecked(),
            "wanted_from": _to_datetime(self.wanted_from.dateTime()),
            "wanted_to": _to_datetime(self.wanted_to.dateTime()),
            "place": self.place.text(),
            "found_on": to_date(self.found_on.date()),
            "recorded_by": self.recorded_by.text(),
        }

    def submit(self) -> None:
        data = NeedForm.to_input(self.values())
        if self.need is None:
            self.run(needs.create_need, data)
        else:
            self.run(needs.update_need, self.need.id, data)

    @classmethod
    def ask(cls, parent, ctx, need: needs.NeedRow | None = None, person: tuple[str, str] | None = None) -> NeedDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` carries the stored NeedRow."""
        dialog = cls(parent, ctx, need)
        if person:
            dialog.set_person(*person)
        dialog.open()
        return dialog
