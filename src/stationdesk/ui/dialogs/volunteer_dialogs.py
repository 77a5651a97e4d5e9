"""Small dialogs of the volunteer screens: a plain form class that validates (no Qt) and a QDialog
with an ``ask()`` classmethod that tests patch.

- ``SimpleForm`` / ``SimpleFormDialog``: a few labelled fields (team, project, training, award, confirmer).
- ``TeamForm`` / ``TeamDialog``: a team's name, leader (a member or any registered volunteer), area, description.
- ``RegisterVolunteerDialog``: pick a person from the registry (``PersonSearchList``), number, date, skills,
  availability.
- ``CertificateDialog``: the period and the clerk (经办人) for a certificate.
- ``CorrectionForm`` / ``CorrectionDialog``: corrected hours with a written reason.
- ``CorrectionLogDialog``: every correction of one shift (when, old -> new hours, times, reason, by whom).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.service_hours import UNIT_MINUTES, format_hours
from stationdesk.services.teams import TeamRow
from stationdesk.services.volunteers import VolunteerInput, VolunteerRow, unregistered_volunteer_people
from stationdesk.ui.dates import date_edit, to_date
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog, PersonSearchList
from stationdesk.ui.labels import shift_state_label
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.widgets import error_label, list_view, ok_cancel_buttons

# -- a few labelled fields -------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text, date, hours, choice, multiline
    required: bool = False
    choices: tuple[tuple[str, object], ...] = ()
    initial: object = None


class SimpleForm:
    """Checks the required fields; returns the values or the labels that are missing."""

    def __init__(self, fields: list[Field]) -> None:
        self.fields = fields

    def validate(self, values: dict) -> dict | list[str]:
        missing = [
            f.label
            for f in self.fields
            if f.required
            and (values.get(f.key) in (None, "") or (isinstance(values.get(f.key), str) and not values[f.key].strip()))
        ]
        return missing or values


class SimpleFormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, fields: list[Field]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = SimpleForm(fields)
        self.widgets: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        for f in fields:
            if f.kind == "date":
                widget = date_edit(f.initial)
            elif f.kind == "hours":
                widget = QDoubleSpinBox()
                widget.setDecimals(1)
                widget.setSingleStep(0.5)
                widget.setRange(0, 24)
                widget.setValue(float(f.initial or 0))
            elif f.kind == "choice":
                widget = QComboBox()
                for text, value in f.choices:
                    widget.addItem(text, value)
                if f.initial is not None and widget.findData(f.initial) >= 0:
                    widget.setCurrentIndex(widget.findData(f.initial))
            elif f.kind == "multiline":
                widget = QPlainTextEdit(str(f.initial or ""))
                widget.setFixedHeight(70)
            else:
                widget = QLineEdit(str(f.initial or ""))
            self.widgets[f.key] = widget
            layout.addRow(f.label + ("*" if f.required else ""), widget)
        self.error = error_label()
        layout.addRow(self.error)
        layout.addRow(ok_cancel_buttons(self))

    def values(self) -> dict:
        out = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QDateEdit):
                out[key] = to_date(widget.date())
            elif isinstance(widget, QDoubleSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            else:
                out[key] = widget.text()
        return out

    def accept(self) -> None:
        checked = self.form.validate(self.values())
        if isinstance(checked, list):
            self.error.setText(self.tr("请填写：{fields}").format(fields="、".join(checked)))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, fields: list[Field]) -> dict | None:
        dialog = cls(parent, title, fields)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- a team ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamValues:
    name: str
    leader_person_id: str | None  # the leader as a person of the registry (the page finds the volunteer)
    service_area: str
    description: str


class TeamForm:
    """Returns the team's values, or the list of problems ("name")."""

    def validate(
        self, name: str, leader_person_id: str | None, service_area: str, description: str
    ) -> TeamValues | list[str]:
        if not " ".join(name.split()):
            return ["name"]
        return TeamValues(" ".join(name.split()), leader_person_id or None, service_area.strip(), description.strip())


class TeamDialog(QDialog):
    """A new team (``team`` None) or an existing one; the leader is one of ``members`` or, through
    the person picker, any registered volunteer."""

    def __init__(
        self, parent: QWidget | None, ctx, title: str, team: TeamRow | None, members: list[VolunteerRow]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 320)
        self.ctx, self.form = ctx, TeamForm()
        self.name = QLineEdit(team.name if team else "")
        self.leader = QComboBox()
        self.leader.addItem(self.tr("（无）"), None)
        for member in members:
            self.leader.addItem(f"{member.name}（{member.volunteer_number}）", member.person_id)
        if team is not None and team.leader_person_id and self.leader.findData(team.leader_person_id) < 0:
            self.leader.addItem(team.leader_name, team.leader_person_id)
        if team is not None and team.leader_person_id:
            self.leader.setCurrentIndex(self.leader.findData(team.leader_person_id))
        self.pick = QPushButton(self.tr("从全部志愿者中选择…"))
        self.pick.clicked.connect(self.pick_leader)
        leader_row = QHBoxLayout()
        leader_row.addWidget(self.leader, 1)
        leader_row.addWidget(self.pick)
        self.service_area = QLineEdit(team.service_area if team else "")
        self.description = QPlainTextEdit(team.description if team else "")
        self.description.setFixedHeight(70)
        layout = QFormLayout(self)
        layout.addRow(self.tr("队伍名称*"), self.name)
        layout.addRow(self.tr("队长"), leader_row)
        layout.addRow(self.tr("服务区域"), self.service_area)
        layout.addRow(self.tr("简介"), self.description)
        note = QLabel(self.tr("队长须是已登记的志愿者；不是队员的会自动加入本队。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        layout.addRow(note)
        self.error = error_label()
        layout.addRow(self.error)
        layout.addRow(ok_cancel_buttons(self))
        self.result_value: TeamValues | None = None

    def pick_leader(self) -> None:
        picked = PersonPickerDialog.ask(self, self.ctx, self.tr("选择队长"), role="volunteer")
        if picked is None:
            return
        if self.leader.findData(picked.person_id) < 0:
            self.leader.addItem(picked.name, picked.person_id)
        self.leader.setCurrentIndex(self.leader.findData(picked.person_id))

    def accept(self) -> None:
        checked = self.form.validate(
            self.name.text(), self.leader.currentData(), self.service_area.text(), self.description.toPlainText()
        )
        if isinstance(checked, list):
            self.error.setText(self.tr("请填写队伍名称。"))
            return
        self.result_value = checked
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx, title: str, team: TeamRow | None = None, members: list[VolunteerRow] = ()
    ) -> TeamValues | None:
        dialog = cls(parent, ctx, title, team, list(members))
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- registering a volunteer -------------------------------------------------------------------------


class RegisterVolunteerDialog(QDialog):
    """Pick the person from the registry, then the volunteer's details. With ``role_only`` the list
    holds only the people given the 志愿者 role in the registry who are not registered yet."""

    def __init__(self, parent: QWidget | None, ctx, skills: list[str], role_only: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记已标记为志愿者的人员") if role_only else self.tr("登记志愿者"))
        self.resize(560, 580)
        self.person = PersonSearchList(
            ctx, finder=unregistered_volunteer_people if role_only else None, register_as=("volunteer",)
        )
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("留空则自动编号"))
        self.registered = date_edit()
        self.availability = QLineEdit()
        self.availability.setPlaceholderText(self.tr("如 周末上午、工作日晚上"))
        self.skills: list[QCheckBox] = []
        grid = QGridLayout()
        for index, skill in enumerate(skills):
            box = QCheckBox(skill)
            self.skills.append(box)
            grid.addWidget(box, index // 4, index % 4)
        hint = QLabel(
            self.tr(
                "未满 14 周岁不能登记；14 至 18 周岁须先在人员档案中登记监护人同意。"
                "人员档案中还没有的人，点“新登记…”当场登记。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        form = QFormLayout()
        form.addRow(self.tr("志愿者编号"), self.number)
        form.addRow(self.tr("登记日期"), self.registered)
        form.addRow(self.tr("服务时间"), self.availability)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("人员")))
        layout.addWidget(self.person, 1)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("技能特长")))
        layout.addLayout(grid)
        layout.addWidget(hint)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel_buttons(self))

    def value(self) -> VolunteerInput | None:
        person = self.person.chosen()
        if person is None:
            return None
        return VolunteerInput(
            person_id=person.id,
            volunteer_number=self.number.text(),
            registered_on=to_date(self.registered.date()),
            skills=tuple(b.text() for b in self.skills if b.isChecked()),
            availability=self.availability.text(),
        )

    def accept(self) -> None:
        if self.value() is None:
            self.error.setText(self.tr("请先在列表中选择一个人。"))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, skills: list[str], role_only: bool = False) -> VolunteerInput | None:
        dialog = cls(parent, ctx, skills, role_only)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- certificate period -------------------------------------------------------------------------------


class CertificateDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str, start: date, end: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("出具志愿服务证明：{name}").format(name=name))
        self.start, self.end = date_edit(start), date_edit(end)
        self.handled_by = QLineEdit()
        layout = QFormLayout(self)
        layout.addRow(self.tr("起始日期"), self.start)
        layout.addRow(self.tr("截止日期"), self.end)
        layout.addRow(self.tr("经办人"), self.handled_by)
        note = QLabel(self.tr("只统计已确认的服务时长。同一期间再次打印时，证明编号和内容保持不变。"))
        note.setWordWrap(True)
        layout.addRow(note)
        layout.addRow(ok_cancel_buttons(self))

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, start: date, end: date) -> tuple[date, date, str] | None:
        dialog = cls(parent, name, start, end)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return to_date(dialog.start.date()), to_date(dialog.end.date()), dialog.handled_by.text()


# -- correcting a shift ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Correction:
    minutes: int
    reason: str
    corrected_by: str


class CorrectionForm:
    """Returns the correction, or the names of the fields that are wrong: minutes, reason, corrected_by."""

    def validate(self, hours: float, reason: str, corrected_by: str) -> Correction | list[str]:
        problems = []
        minutes = round(hours * 60)
        if minutes % UNIT_MINUTES:
            problems.append("minutes")
        if not reason.strip():
            problems.append("reason")
        if not corrected_by.strip():
            problems.append("corrected_by")
        return problems or Correction(minutes, reason.strip(), corrected_by.strip())


class CorrectionDialog(QDialog):
    def __init__(self, parent: QWidget | None, description: str, minutes: int, locked: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("更正服务时长"))
        self.form = CorrectionForm()
        self.hours = QDoubleSpinBox()
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setRange(0, 24)
        self.hours.setValue(minutes / 60)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        self.by = QLineEdit()
        layout = QFormLayout(self)
        layout.addRow(QLabel(description))
        if locked:
            warning = QLabel(self.tr("此记录已确认锁定；更正将记入更正记录。"))
            warning.setStyleSheet("color: #8a5a00")
            layout.addRow(warning)
        layout.addRow(self.tr("计入时长（小时）"), self.hours)
        layout.addRow(self.tr("更正原因*"), self.reason)
        layout.addRow(self.tr("更正人*"), self.by)
        self.error = error_label()
        layout.addRow(self.error)
        layout.addRow(ok_cancel_buttons(self))
        self.result_value: Correction | None = None

    def accept(self) -> None:
        checked = self.form.validate(self.hours.value(), self.reason.toPlainText(), self.by.text())
        if isinstance(checked, list):
            texts = {
                "minutes": self.tr("服务时长以半小时为单位。"),
                "reason": self.tr("修改服务时长必须写明原因。"),
                "corrected_by": self.tr("请填写更正人姓名。"),
            }
            self.error.setText("\n".join(texts[p] for p in checked))
            return
        self.result_value = checked
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, description: str, minutes: int, locked: bool) -> Correction | None:
        dialog = cls(parent, description, minutes, locked)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- the correction log of a shift ----------------------------------------------------------------------


def local_time(moment: datetime) -> str:
    """A stored moment (UTC; naive ones are UTC too) as the station's local clock reads it."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return f"{aware.astimezone():%Y-%m-%d %H:%M}"


class CorrectionLogDialog(QDialog):
    """Read-only: each correction of a shift, oldest first."""

    def __init__(self, parent: QWidget | None, description: str, corrections: list) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("更正记录"))
        self.resize(820, 340)
        self.model = RowsTableModel(
            [
                (self.tr("更正时间"), lambda c: local_time(c.at)),
                (
                    self.tr("计入时长（小时）"),
                    lambda c: f"{format_hours(c.old_minutes)} → {format_hours(c.new_minutes)}",
                ),
                (
                    self.tr("签到签退时间"),
                    lambda c: f"{c.old_times} → {c.new_times}" if c.new_times else self.tr("未改"),
                ),
                (self.tr("更正原因"), lambda c: c.reason),
                (self.tr("更正人"), lambda c: c.corrected_by),
                (self.tr("更正时状态"), lambda c: shift_state_label(c.was_confirmed)),
            ],
            parent=self,
        )
        view = list_view(self.model)  # before the rows arrive, so its columns fit them
        self.model.set_rows(corrections)
        layout = QVBoxLayout(self)
        heading = QLabel(description)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if corrections:
            layout.addWidget(view, 1)
        else:
            layout.addWidget(QLabel(self.tr("这条记录没有更正过。")), 1)
        buttons = ok_cancel_buttons(self)
        buttons.button(buttons.StandardButton.Cancel).hide()
        layout.addWidget(buttons)

    @classmethod
    def show_log(cls, parent: QWidget | None, description: str, corrections: list) -> None:
        cls(parent, description, corrections).exec()
