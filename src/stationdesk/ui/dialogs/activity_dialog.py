"""Plan or edit an activity (活动): the fields become an ``ActivityInput`` that ``activities.create_activity`` or
``update_activity`` checks and stores; the dialog stays open with what was typed while they refuse."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTimeEdit, QWidget

from stationdesk.services import activities
from stationdesk.services.activities import ActivityInput
from stationdesk.ui.dates import date_edit, to_date
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.labels import value_label


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


class ActivityDialog(SavingDialog):
    """A new activity (``activity_id`` None) or an existing one."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx,
        projects,
        teams,
        kinds: list[str],
        organiser: str,
        current: ActivityInput | None = None,
        today: date | None = None,
        activity_id: str | None = None,
    ) -> None:
        super().__init__(parent, ctx, self.tr("编辑活动") if current else self.tr("新建活动"))
        self.activity_id = activity_id
        data = current or ActivityInput(
            name="", held_on=today or date.today(), starts_at=time(9, 0), ends_at=time(11, 0), organiser=organiser
        )
        self.name = QLineEdit(data.name)
        self.held_on = date_edit(data.held_on)
        self.starts_at, self.ends_at = _time_edit(data.starts_at), _time_edit(data.ends_at)
        self.place, self.organiser, self.leader = (
            QLineEdit(data.place),
            QLineEdit(data.organiser),
            QLineEdit(data.leader),
        )
        self.project = QComboBox()
        self.project.addItem(self.tr("（无）"), None)
        for project in projects:
            self.project.addItem(project.name, project.id)
        self.team = QComboBox()
        self.team.addItem(self.tr("（按项目所属队伍）"), None)
        for team in teams:
            self.team.addItem(team.name, team.id)
        for combo, value in ((self.project, data.project_id), (self.team, data.team_id)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        for kind in kinds:  # shown in the user's language, stored as written
            self.kind.addItem(value_label("activity_kind", kind), kind)
        if self.kind.findData(data.kind) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(data.kind))
        else:
            self.kind.setCurrentText(data.kind)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("不限"))
        self.capacity.setValue(data.capacity)
        self.target_group = QLineEdit(data.target_group)
        # the station's full name (州区城西街道社区服务站) is the usual organiser: the fields show it whole
        self.organiser.setMinimumWidth(self.organiser.fontMetrics().horizontalAdvance(organiser or "") + 40)
        for field, widget in (("name", self.name), ("ends_at", self.ends_at), ("starts_at", self.starts_at)):
            self.watch(field, widget)
        self.watch("project_id", self.project)
        self.watch("team_id", self.team)
        for label, widget in (
            (self.tr("活动名称*"), self.name),
            (self.tr("日期"), self.held_on),
            (self.tr("开始时间"), self.starts_at),
            (self.tr("结束时间"), self.ends_at),
            (self.tr("地点"), self.place),
            (self.tr("组织单位"), self.organiser),
            (self.tr("负责人"), self.leader),
            (self.tr("所属项目"), self.project),
            (self.tr("队伍"), self.team),
            (self.tr("活动类型"), self.kind),
            (self.tr("名额"), self.capacity),
            (self.tr("服务对象"), self.target_group),
        ):
            self.form.addRow(label, widget)

    def chosen_kind(self) -> str:
        """The stored kind of the chosen entry, or the text typed in for a kind of one's own."""
        index, text = self.kind.currentIndex(), self.kind.currentText()
        return self.kind.itemData(index) if index >= 0 and text == self.kind.itemText(index) else text

    def values(self) -> dict:
        start, end = self.starts_at.time(), self.ends_at.time()
        return {
            "name": self.name.text(),
            "held_on": to_date(self.held_on.date()),
            "starts_at": time(start.hour(), start.minute()),
            "ends_at": time(end.hour(), end.minute()),
            "place": self.place.text(),
            "organiser": self.organiser.text(),
            "leader": self.leader.text(),
            "project_id": self.project.currentData(),
            "team_id": self.team.currentData(),
            "kind": self.chosen_kind(),
            "capacity": self.capacity.value(),
            "target_group": self.target_group.text(),
        }

    def activity_input(self) -> ActivityInput:
        values = self.values()
        return ActivityInput(
            name=values["name"].strip(),
            held_on=values["held_on"],
            starts_at=values["starts_at"],
            ends_at=values["ends_at"],
            place=values["place"].strip(),
            organiser=values["organiser"].strip(),
            leader=values["leader"].strip(),
            project_id=values["project_id"],
            team_id=values["team_id"],
            kind=values["kind"].strip(),
            capacity=values["capacity"],
            target_group=values["target_group"].strip(),
        )

    def submit(self) -> None:
        if self.activity_id is None:
            self.run(activities.create_activity, self.activity_input())
        else:
            self.run(activities.update_activity, self.activity_id, self.activity_input())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx,
        projects,
        teams,
        kinds: list[str],
        organiser: str,
        current: ActivityInput | None = None,
        today: date | None = None,
        activity_id: str | None = None,
    ) -> ActivityDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` carries the stored ActivityRow."""
        dialog = cls(parent, ctx, projects, teams, kinds, organiser, current, today, activity_id)
        dialog.open()
        return dialog
