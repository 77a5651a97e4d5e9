"""Small dialogs of the volunteer screens: a plain form class that validates (no Qt) and a QDialog
with an ``ask()`` classmethod that tests patch.

- ``SimpleForm`` / ``SimpleFormDialog``: a few labelled fields (project, training, award, confirmer) saved by the
  service call the page names.
- ``TeamDialog``: a team's name, leader (a member or any registered volunteer), area, description.
- ``JoinTeamDialog``: a volunteer joins a team, found by name, pinyin or number.
- ``RegisterVolunteerDialog``: pick a person from the registry (``PersonSearchList``), number, date, skills,
  availability.
- ``CertificateDialog``: the period and the clerk (经办人) for a certificate.
- ``CorrectionDialog``: corrected hours with a written reason.
- ``CorrectionLogDialog``: every correction of one shift (when, old -> new hours, times, reason, by whom).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.service_hours import format_hours
from stationdesk.errors import FormErrors, ValidationError
from stationdesk.services import certificates, shifts, teams, volunteers
from stationdesk.services.teams import TeamRow
from stationdesk.services.volunteers import VolunteerInput, VolunteerRow, unregistered_volunteer_people
from stationdesk.ui.dates import date_edit, to_date
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog, PersonSearchList
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.elder_picker import VolunteerPicker
from stationdesk.ui.labels import shift_state_label
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.widgets import list_view, ok_cancel_buttons

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
    """Checks the required fields; returns the values or raises FormErrors naming the missing ones."""

    def __init__(self, fields: list[Field]) -> None:
        self.fields = fields

    def validate(self, values: dict) -> dict:
        missing = [
            ValidationError("form.required", field=f.key, label=f.label)
            for f in self.fields
            if f.required and not str(values.get(f.key) if values.get(f.key) is not None else "").strip()
        ]
        if missing:
            raise FormErrors(missing)
        return values


class SimpleFormDialog(SavingDialog):
    """A few labelled fields; on 保存 ``save(values)`` names the service call, ``(function, *args)``, that
    stores them, and the dialog closes once it has."""

    def __init__(
        self, parent: QWidget | None, ctx, title: str, fields: list[Field], save: Callable[[dict], tuple]
    ) -> None:
        super().__init__(parent, ctx, title)
        self.simple_form = SimpleForm(fields)
        self.save_call = save
        self.widgets: dict[str, QWidget] = {}
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
                widget.setMinimumWidth(280)
            self.widgets[f.key] = self.watch(f.key, widget)
            self.form.addRow(f.label + ("*" if f.required else ""), widget)

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

    def submit(self) -> None:
        self.run(*self.save_call(self.simple_form.validate(self.values())))

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx, title: str, fields: list[Field], save: Callable[[dict], tuple]
    ) -> SimpleFormDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` says it is stored."""
        dialog = cls(parent, ctx, title, fields, save)
        dialog.open()
        return dialog


# -- a team ------------------------------------------------------------------------------------------


class TeamDialog(SavingDialog):
    """A new team (``team`` None) or an existing one; the leader is one of ``members`` or, through
    the person picker, any registered volunteer. Saved by ``teams.save_team``."""

    def __init__(
        self, parent: QWidget | None, ctx, title: str, team: TeamRow | None, members: list[VolunteerRow]
    ) -> None:
        super().__init__(parent, ctx, title)
        self.resize(460, 320)
        self.team_id = team.id if team else None
        self.name = self.watch("name", QLineEdit(team.name if team else ""))
        self.leader = self.watch("leader_id", QComboBox())
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
        self.form.addRow(self.tr("队伍名称*"), self.name)
        self.form.addRow(self.tr("队长"), leader_row)
        self.form.addRow(self.tr("服务区域"), self.service_area)
        self.form.addRow(self.tr("简介"), self.description)
        note = QLabel(self.tr("队长须是已登记的志愿者；不是队员的会自动加入本队。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        self.form.addRow(note)

    def pick_leader(self) -> None:
        picked = PersonPickerDialog.ask(self, self.ctx, self.tr("选择队长"), role="volunteer")
        if picked is None:
            return
        if self.leader.findData(picked.person_id) < 0:
            self.leader.addItem(picked.name, picked.person_id)
        self.leader.setCurrentIndex(self.leader.findData(picked.person_id))

    def submit(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            raise ValidationError("form.required", field="name", label=self.tr("队伍名称"))
        self.run(
            teams.save_team,
            self.team_id,
            name,
            self.service_area.text().strip(),
            self.leader.currentData() or None,
            self.description.toPlainText().strip(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx, title: str, team: TeamRow | None = None, members: list[VolunteerRow] = ()
    ) -> TeamDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` says the team is stored."""
        dialog = cls(parent, ctx, title, team, list(members))
        dialog.open()
        return dialog


class JoinTeamDialog(SavingDialog):
    """A registered volunteer joins ``team``, found by name, pinyin or number (the picker takes a single match);
    stored by ``teams.join_team``."""

    def __init__(self, parent: QWidget | None, ctx, team: TeamRow) -> None:
        super().__init__(parent, ctx, self.tr("加入队员：{team}").format(team=team.name))
        self.setMinimumWidth(560)
        self.team_id = team.id
        self.volunteer = self.watch("volunteer_id", VolunteerPicker(ctx))
        self.form.addRow(self.tr("志愿者*"), self.volunteer)

    def submit(self) -> None:
        volunteer_id = self.volunteer.chosen_id()
        if not volunteer_id:
            raise ValidationError("shift.volunteer_required", field="volunteer_id")
        self.run(teams.join_team, self.team_id, volunteer_id)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, team: TeamRow) -> JoinTeamDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` says the volunteer joined."""
        dialog = cls(parent, ctx, team)
        dialog.open()
        return dialog


# -- registering a volunteer -------------------------------------------------------------------------


class RegisterVolunteerDialog(SavingDialog):
    """Pick the person from the registry, then the volunteer's details; stored by ``volunteers.register_volunteer``
    (which refuses a child under 14, a minor without consent, a number taken). With ``role_only`` the list holds
    only the people given the 志愿者 role in the registry who are not registered yet."""

    def __init__(self, parent: QWidget | None, ctx, skills: list[str], role_only: bool = False) -> None:
        super().__init__(parent, ctx, self.tr("登记已标记为志愿者的人员") if role_only else self.tr("登记志愿者"))
        self.resize(560, 580)
        self.person = PersonSearchList(
            ctx, finder=unregistered_volunteer_people if role_only else None, register_as=("volunteer",)
        )
        self.watch("person_id", self.person.table)  # framed until a person is chosen
        self.number = self.watch("volunteer_number", QLineEdit())
        self.number.setPlaceholderText(self.tr("留空则自动编号"))
        self.registered = self.watch("registered_on", date_edit())
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
        self.form.addRow(self.tr("志愿者编号"), self.number)
        self.form.addRow(self.tr("登记日期"), self.registered)
        self.form.addRow(self.tr("服务时间"), self.availability)
        self.body.insertWidget(0, QLabel(self.tr("人员")))
        self.body.insertWidget(1, self.person, 1)
        below_form = self.body.indexOf(self.error) - 1  # after the fields, before the stretch
        self.body.insertWidget(below_form, QLabel(self.tr("技能特长")))
        self.body.insertLayout(below_form + 1, grid)
        self.body.insertWidget(below_form + 2, hint)

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

    def submit(self) -> None:
        data = self.value()
        if data is None:
            raise ValidationError("volunteer.person_required", field="person_id")
        self.run(volunteers.register_volunteer, data)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, skills: list[str], role_only: bool = False) -> RegisterVolunteerDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` carries the registered VolunteerRow."""
        dialog = cls(parent, ctx, skills, role_only)
        dialog.open()
        return dialog


# -- certificate period -------------------------------------------------------------------------------


class CertificateDialog(SavingDialog):
    """The period and the clerk (经办人) of a volunteer's certificate; 保存 has it issued and built
    (``sig_saved`` carries the PDF and its file name) and stays open when the period is refused."""

    def __init__(self, parent: QWidget | None, ctx, number: str, name: str, start: date, end: date) -> None:
        super().__init__(parent, ctx, self.tr("出具志愿服务证明：{name}").format(name=name))
        self.number = number
        self.setMinimumWidth(460)  # the note and a refusal naming the period in two lines, not squeezed
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("生成证明"))
        self.start, self.end = self.watch("period_from", date_edit(start)), self.watch("period_to", date_edit(end))
        self.handled_by = QLineEdit()
        self.form.addRow(self.tr("起始日期"), self.start)
        self.form.addRow(self.tr("截止日期"), self.end)
        self.form.addRow(self.tr("经办人"), self.handled_by)
        note = QLabel(self.tr("只统计已确认的服务时长。同一期间再次打印时，证明编号和内容保持不变。"))
        note.setWordWrap(True)
        self.form.addRow(note)

    def submit(self) -> None:
        self.run_with_progress(
            self.tr("正在生成服务证明…"),
            _certificate_job,
            self.number,
            to_date(self.start.date()),
            to_date(self.end.date()),
            self.handled_by.text(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, number: str, name: str, start: date, end: date) -> CertificateDialog:
        """Open the form (window-modal, not blocking)."""
        dialog = cls(parent, ctx, number, name, start, end)
        dialog.open()
        return dialog


def _certificate_job(session, number, start, end, handled_by, progress=None):
    return certificates.certificate_pdf(session, number, start, end, handled_by)


# -- correcting a shift ----------------------------------------------------------------------------


class CorrectionDialog(SavingDialog):
    """Corrected hours with a written reason, stored by ``shifts.correct_shift`` (which checks them)."""

    def __init__(self, parent: QWidget | None, ctx, shift_id: str, description: str, minutes: int, locked: bool):
        super().__init__(parent, ctx, self.tr("更正服务时长"))
        self.shift_id = shift_id
        self.hours = self.watch("minutes", QDoubleSpinBox())
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setRange(0, 24)
        self.hours.setValue(minutes / 60)
        self.reason = self.watch("reason", QPlainTextEdit())
        self.reason.setFixedHeight(80)
        self.by = self.watch("corrected_by", QLineEdit())
        self.form.addRow(QLabel(description))
        if locked:
            warning = QLabel(self.tr("此记录已确认锁定；更正将记入更正记录。"))
            warning.setStyleSheet("color: #8a5a00")
            self.form.addRow(warning)
        self.form.addRow(self.tr("计入时长（小时）"), self.hours)
        self.form.addRow(self.tr("更正原因*"), self.reason)
        self.form.addRow(self.tr("更正人*"), self.by)

    def submit(self) -> None:
        self.run(
            shifts.correct_shift,
            self.shift_id,
            round(self.hours.value() * 60),
            self.reason.toPlainText(),
            self.by.text(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx, shift_id: str, description: str, minutes: int, locked: bool
    ) -> CorrectionDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` carries the corrected shift."""
        dialog = cls(parent, ctx, shift_id, description, minutes, locked)
        dialog.open()
        return dialog


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
