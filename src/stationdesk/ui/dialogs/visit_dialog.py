"""登记探访 / 修改探访记录: the visit form. ``VisitForm`` (no Qt) turns the fields into a VisitInput; the
dialog saves through the database thread and closes only when the visit is stored. Opened with a
``visit_id`` it loads that visit and saves a correction. Visitors: the logged-in worker first (her
linked registry person, or her account's name: ``services.own_person``), ticked on a new visit, then
the registry's volunteers as ticks; 添加探访人… adds anyone else of the registry, or registers them
(新登记…). The staff member who wrote the record is the 记录人."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services.needs import record_visit_with_needs, update_visit_with_needs
from stationdesk.services.visits import SATISFACTION, VISIT_KINDS, VisitInput, get_visit, visit_form_choices
from stationdesk.ui.dates import date_edit, station_today, to_date
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog
from stationdesk.ui.elder_picker import ElderPicker
from stationdesk.ui.labels import value_label
from stationdesk.ui.messages import error_text
from stationdesk.ui.widgets import error_label, fit_to_screen, scrolled
from stationdesk.ui.widgets.found_needs_editor import FoundNeedsEditor


class VisitForm:
    """Plain mapping of form values to a VisitInput (dates as ``date``, lists as tuples)."""

    @staticmethod
    def to_input(values: dict) -> VisitInput:
        follow = values.get("follow_up_action", "").strip()
        return VisitInput(
            elder_id=values.get("elder_id", ""),
            visited_on=values.get("visited_on"),
            start_time=values.get("start_time", ""),
            end_time=values.get("end_time", ""),
            kind=values.get("kind", ""),
            visitor_ids=tuple(values.get("visitor_ids", ())),
            living_situation=values.get("living_situation", ""),
            blood_pressure=values.get("blood_pressure", ""),
            blood_glucose=values.get("blood_glucose", ""),
            health_note=values.get("health_note", ""),
            risks=tuple(values.get("risks", ())),
            services=tuple(values.get("services", ())),
            needs=values.get("needs", ""),
            follow_up_action=follow,
            follow_up_due=values.get("follow_up_due") if follow else None,
            satisfaction=values.get("satisfaction", ""),
            recorder=values.get("recorder", ""),
            ability_changed=bool(values.get("ability_changed")),
        )


def _checklist() -> QListWidget:
    widget = QListWidget()
    widget.setFlow(QListWidget.Flow.LeftToRight)
    widget.setWrapping(True)
    widget.setMaximumHeight(70)
    return widget


def add_checkable(widget: QListWidget, entries) -> None:
    """Entries are names, or (key, label) pairs; each becomes an unchecked, checkable item."""
    for entry in entries:
        key, label = entry if isinstance(entry, tuple) else (entry, entry)
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)


def check_items(widget: QListWidget, keys) -> None:
    """Tick the items of these keys; keys not listed yet (a catalog entry since removed, a visitor who
    is not a volunteer) are added first, as (key, label) pairs or plain names."""
    for entry in keys:
        key, label = entry if isinstance(entry, tuple) else (entry, entry)
        found = [widget.item(i) for i in range(widget.count()) if widget.item(i).data(Qt.ItemDataRole.UserRole) == key]
        if not found:
            add_checkable(widget, [(key, label)])
            found = [widget.item(widget.count() - 1)]
        found[0].setCheckState(Qt.CheckState.Checked)


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class VisitDialog(QDialog):
    sig_saved = Signal(object)  # VisitSummary
    sig_choices_loaded = Signal()

    sig_visit_loaded = Signal()

    def __init__(
        self, parent: QWidget | None, ctx, elder: tuple[str, str] | None = None, visit_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.setWindowTitle(self.tr("修改探访记录") if visit_id else self.tr("登记探访"))
        fit_to_screen(self, 780, 720)
        self.elder = ElderPicker(ctx, start_empty=True)
        if elder:
            self.elder.set_chosen(*elder)
        today = station_today(ctx)
        self.visited_on = date_edit(today)
        self.start_time = QTimeEdit(QTime(9, 0), displayFormat="HH:mm")
        self.end_time = QTimeEdit(QTime(9, 30), displayFormat="HH:mm")
        self.kind = QComboBox()
        for kind in VISIT_KINDS:
            self.kind.addItem(value_label("visit_kind", kind), kind)
        self.living = QPlainTextEdit(placeholderText=self.tr("居住情况：同住人员、居室环境、照料情况"))
        self.living.setMaximumHeight(60)
        self.blood_pressure = QLineEdit(placeholderText="135/85")
        self.blood_glucose = QLineEdit(placeholderText="mmol/L")
        self.health_note = QLineEdit(placeholderText=self.tr("其他健康观察"))
        self.risks = _checklist()
        self.services = _checklist()
        self.visitors = _checklist()
        self.add_visitor_button = QPushButton(self.tr("添加探访人…"))
        self.add_visitor_button.clicked.connect(self.add_visitor)
        self.needs = QPlainTextEdit(placeholderText=self.tr("发现的需求"))
        self.needs.setMaximumHeight(50)
        self.found_needs = FoundNeedsEditor(ctx, self.needs.toPlainText)
        self.follow_up = QLineEdit(placeholderText=self.tr("需要跟进的事项（可不填）"))
        self.follow_up_due = date_edit(today + timedelta(days=7))
        self.satisfaction = QComboBox()
        for value in ("", *SATISFACTION):
            self.satisfaction.addItem(value_label("satisfaction", value), value)
        self.recorder = QLineEdit()
        self.ability_changed = QCheckBox(self.tr("发现老人能力有明显变化（需即时评估）"))
        self.error = error_label()
        self.error.setWordWrap(True)

        times = QHBoxLayout()
        for widget in (
            self.visited_on,
            QLabel(self.tr("从")),
            self.start_time,
            QLabel(self.tr("到")),
            self.end_time,
            self.kind,
        ):
            times.addWidget(widget)
        times.addStretch(1)
        health = QGridLayout()
        health.addWidget(QLabel(self.tr("血压")), 0, 0)
        health.addWidget(self.blood_pressure, 0, 1)
        health.addWidget(QLabel(self.tr("血糖")), 0, 2)
        health.addWidget(self.blood_glucose, 0, 3)
        health.addWidget(self.health_note, 1, 0, 1, 4)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up, 1)
        follow.addWidget(QLabel(self.tr("期限")))
        follow.addWidget(self.follow_up_due)
        form = QFormLayout()
        form.addRow(self.tr("老人"), self.elder)
        form.addRow(self.tr("时间与方式"), times)
        visitors = QHBoxLayout()
        visitors.addWidget(self.visitors, 1)
        visitors.addWidget(self.add_visitor_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("探访人"), visitors)
        form.addRow(self.tr("居住情况"), self.living)
        form.addRow(self.tr("健康观察"), health)
        form.addRow(self.tr("发现的风险"), self.risks)
        form.addRow(self.tr("提供的服务"), self.services)
        form.addRow(self.tr("发现的需求"), self.needs)
        form.addRow("", self.found_needs)
        form.addRow(self.tr("跟进事项"), follow)
        form.addRow(self.tr("满意度"), self.satisfaction)
        self.recorder.setPlaceholderText(self.tr("填写记录的工作人员姓名"))
        form.addRow(self.tr("记录人"), self.recorder)
        form.addRow("", self.ability_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(form), 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        ctx.db.run(visit_form_choices, on_done=self._fill_choices)

    def _fill_choices(self, choices) -> None:
        if choices.own is not None:  # the worker herself, first; ticked on a new visit
            add_checkable(self.visitors, [(choices.own.key, self.tr("{name}（我）").format(name=choices.own.name))])
            if not self.visit_id:
                self.visitors.item(0).setCheckState(Qt.CheckState.Checked)
        for widget, entries in (
            (self.risks, choices.risks),
            (self.services, choices.services),
            (self.visitors, choices.visitors),
        ):
            add_checkable(widget, entries)
        self.sig_choices_loaded.emit()
        if self.visit_id:
            self.buttons.setEnabled(False)
            self.ctx.db.run(get_visit, self.visit_id, on_done=self._fill_visit, on_error=self._failed)
            self.found_needs.load(self.visit_id)

    def _fill_visit(self, detail) -> None:
        data = detail.data
        self.elder.set_chosen(data.elder_id, detail.summary.elder_name)
        self.visited_on.setDate(data.visited_on)
        self.start_time.setTime(QTime.fromString(data.start_time, "HH:mm"))
        self.end_time.setTime(QTime.fromString(data.end_time, "HH:mm"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        check_items(self.visitors, detail.visitors)
        check_items(self.risks, data.risks)
        check_items(self.services, data.services)
        self.living.setPlainText(data.living_situation)
        self.blood_pressure.setText(data.blood_pressure)
        self.blood_glucose.setText(data.blood_glucose)
        self.health_note.setText(data.health_note)
        self.needs.setPlainText(data.needs)
        self.follow_up.setText(data.follow_up_action)
        if data.follow_up_due:
            self.follow_up_due.setDate(data.follow_up_due)
        self.satisfaction.setCurrentIndex(max(0, self.satisfaction.findData(data.satisfaction)))
        self.recorder.setText(data.recorder)
        self.ability_changed.setChecked(data.ability_changed)
        self.buttons.setEnabled(True)
        self.sig_visit_loaded.emit()

    def add_visitor(self) -> None:
        """Any live person of the registry can be a visitor (a staff member, a neighbour, a relative)."""
        picked = PersonPickerDialog.ask(self, self.ctx, self.tr("添加探访人"), register_as=())
        if picked is not None:
            check_items(self.visitors, [(picked.person_id, picked.name)])

    def values(self) -> dict:
        return {
            "elder_id": self.elder.chosen_id(),
            "visited_on": to_date(self.visited_on.date()),
            "start_time": self.start_time.time().toString("HH:mm"),
            "end_time": self.end_time.time().toString("HH:mm"),
            "kind": self.kind.currentData() or "",
            "visitor_ids": _checked(self.visitors),
            "living_situation": self.living.toPlainText(),
            "blood_pressure": self.blood_pressure.text(),
            "blood_glucose": self.blood_glucose.text(),
            "health_note": self.health_note.text(),
            "risks": _checked(self.risks),
            "services": _checked(self.services),
            "needs": self.needs.toPlainText(),
            "follow_up_action": self.follow_up.text(),
            "follow_up_due": to_date(self.follow_up_due.date()),
            "satisfaction": self.satisfaction.currentData() or "",
            "recorder": self.recorder.text(),
            "ability_changed": self.ability_changed.isChecked(),
        }

    def save(self) -> None:
        self.error.clear()
        self.buttons.setEnabled(False)
        data = VisitForm.to_input(self.values())
        found = self.found_needs.found()  # the needs noted here are recorded with the visit, in the same save
        if self.visit_id:
            self.ctx.db.run(
                update_visit_with_needs, self.visit_id, data, found, on_done=self._saved, on_error=self._failed
            )
        else:
            self.ctx.db.run(record_visit_with_needs, data, found, on_done=self._saved, on_error=self._failed)

    def _saved(self, summary) -> None:
        self.buttons.setEnabled(True)
        self.sig_saved.emit(summary)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(error))

    @classmethod
    def ask(cls, parent, ctx, elder: tuple[str, str] | None = None, visit_id: str | None = None) -> VisitDialog:
        """Open the form (window-modal, not blocking); connect to ``sig_saved`` for the result.
        With ``visit_id`` the form shows that visit and saves the correction."""
        dialog = cls(parent, ctx, elder, visit_id)
        dialog.open()
        return dialog
