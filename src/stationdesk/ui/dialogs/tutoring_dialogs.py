"""Small dialogs of the tutoring pages. Each has a plain form class (no Qt) that checks the fields,
and a QDialog with an ``ask()`` classmethod that tests patch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from stationdesk.domain.tutoring import CLASS_KINDS, parse_holidays, parse_slots, season_class_kind
from stationdesk.domain.typed_time import format_clock, parse_clock
from stationdesk.errors import FormErrors, ValidationError
from stationdesk.services import tutoring
from stationdesk.services.tutoring import ClassInput
from stationdesk.ui.dates import date_edit, to_date
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.labels import value_label
from stationdesk.ui.widgets import ok_cancel_buttons

# ------------------------------------------------------------------------------------- class


class ClassForm:
    """Maps the class dialog's fields to a ClassInput; the weekly times are read here."""

    def validate(
        self,
        name: str,
        kind: str,
        subjects: str,
        place: str,
        capacity: int,
        term_start: date | None,
        term_end: date | None,
        slots_text: str,
        tutor_ids: tuple[str, ...],
        notes: str,
    ) -> ClassInput:
        errors: list[ValidationError] = []
        if not name.strip():
            errors.append(ValidationError("tutoring.name_required", field="name"))
        if kind not in CLASS_KINDS:
            errors.append(
                ValidationError("tutoring.kind_unknown", field="kind", value=kind, choices="、".join(CLASS_KINDS))
            )
        slots = ()
        try:
            slots = tuple(parse_slots(slots_text))
        except ValidationError as error:
            errors.append(error)
        if term_start and term_end and term_end < term_start:
            errors.append(
                ValidationError(
                    "tutoring.term_order", field="term_end", start=term_start.isoformat(), end=term_end.isoformat()
                )
            )
        if errors:
            raise FormErrors(errors)
        return ClassInput(
            name=name.strip(),
            kind=kind,
            subjects=subjects.strip(),
            term_start=term_start,
            term_end=term_end,
            place=place.strip(),
            capacity=capacity,
            slots=slots,
            tutor_ids=tutor_ids,
            notes=notes.strip(),
        )


class ClassDialog(SavingDialog):
    """A new class (``class_id`` None) or an existing one, stored by ``tutoring.save_class``."""

    def __init__(
        self, parent: QWidget | None, ctx, tutors: list, initial: ClassInput | None, today: date, class_id=None
    ) -> None:
        super().__init__(parent, ctx, self.tr("新建辅导班") if initial is None else self.tr("编辑辅导班"))
        self.class_form = ClassForm()
        self.class_id = class_id
        data = initial or ClassInput(name="", kind=season_class_kind(today), term_start=today, term_end=today)
        self.name = self.watch("name", QLineEdit(data.name))
        self.kind = self.watch("kind", QComboBox())
        for kind in CLASS_KINDS:
            self.kind.addItem(value_label("class_kind", kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.subjects = QLineEdit(data.subjects)
        self.subjects.setPlaceholderText(self.tr("如：语文、数学"))
        self.place = QLineEdit(data.place)
        self.capacity = self.watch("capacity", QSpinBox())
        self.capacity.setRange(0, 999)
        self.capacity.setSpecialValueText(self.tr("不限"))
        self.capacity.setValue(data.capacity)
        self.term_start = self.watch("term_start", date_edit(data.term_start or today))
        self.term_end = self.watch("term_end", date_edit(data.term_end or today))
        self.slots = self.watch("slots", QPlainTextEdit("\n".join(s.label() for s in data.slots)))
        self.slots.setPlaceholderText(self.tr("每行一个，如：\n周一 15:30-17:30\n周三 15:30-17:30"))
        self.slots.setFixedHeight(90)
        self.tutors = QListWidget()
        self.tutors.setFixedHeight(120)
        for person in tutors:
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in data.tutor_ids else Qt.CheckState.Unchecked)
            self.tutors.addItem(item)
        self.notes = QLineEdit(data.notes)
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("类型"), self.kind)
        self.form.addRow(self.tr("科目"), self.subjects)
        self.form.addRow(self.tr("地点"), self.place)
        self.form.addRow(self.tr("容量（人）"), self.capacity)
        self.form.addRow(self.tr("开始日期"), self.term_start)
        self.form.addRow(self.tr("结束日期"), self.term_end)
        self.form.addRow(self.tr("每周上课时间"), self.slots)
        self.form.addRow(self.tr("辅导员（志愿者）"), self.tutors)
        self.form.addRow(self.tr("备注"), self.notes)

    def class_input(self) -> ClassInput:
        tutor_ids = tuple(
            self.tutors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.tutors.count())
            if self.tutors.item(i).checkState() == Qt.CheckState.Checked
        )
        return self.class_form.validate(
            self.name.text(),
            self.kind.currentData() or "",
            self.subjects.text(),
            self.place.text(),
            self.capacity.value(),
            to_date(self.term_start.date()),
            to_date(self.term_end.date()),
            self.slots.toPlainText(),
            tutor_ids,
            self.notes.text(),
        )

    def submit(self) -> None:
        self.run(tutoring.save_class, self.class_input(), self.class_id)

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx, tutors: list, initial: ClassInput | None, today: date, class_id=None
    ) -> ClassDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` carries the stored class."""
        dialog = cls(parent, ctx, tutors, initial, today, class_id)
        dialog.open()
        return dialog


# ------------------------------------------------------------------------------------- term


@dataclass(frozen=True)
class TermChoice:
    start: date
    end: date
    holidays: frozenset[date]


class TermForm:
    def validate(self, start: date, end: date, holidays_text: str) -> TermChoice:
        errors: list[ValidationError] = []
        holidays: set[date] = set()
        try:
            holidays = parse_holidays(holidays_text)
        except ValidationError as error:
            errors.append(error)
        if end < start:
            errors.append(
                ValidationError("tutoring.term_order", field="end", start=start.isoformat(), end=end.isoformat())
            )
        if errors:
            raise FormErrors(errors)
        return TermChoice(start, end, frozenset(holidays))


class TermDialog(SavingDialog):
    """生成学期课次 for one class, by ``tutoring.generate_term``; ``sig_saved`` carries its TermResult."""

    def __init__(self, parent: QWidget | None, ctx, class_id: str, start: date, end: date, schedule: str) -> None:
        super().__init__(parent, ctx, self.tr("生成学期课次"))
        self.term_form = TermForm()
        self.class_id = class_id
        self.start, self.end = self.watch("start", date_edit(start)), self.watch("end", date_edit(end))
        self.holidays = self.watch("holidays", QPlainTextEdit())
        self.holidays.setPlaceholderText(self.tr("不上课的日期，用逗号或换行分隔；连续几天写成\n2026-10-01~2026-10-07"))
        self.holidays.setFixedHeight(80)
        self.form.addRow(
            QLabel(
                self.tr("按每周上课时间（{schedule}）生成课次；已有的课次不会重复生成。").format(
                    schedule=schedule or self.tr("未设置")
                )
            )
        )
        self.form.addRow(self.tr("开始日期"), self.start)
        self.form.addRow(self.tr("结束日期"), self.end)
        self.form.addRow(self.tr("节假日（不上课）"), self.holidays)

    def submit(self) -> None:
        choice = self.term_form.validate(
            to_date(self.start.date()), to_date(self.end.date()), self.holidays.toPlainText()
        )
        self.run(tutoring.generate_term, self.class_id, choice.start, choice.end, choice.holidays)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, class_id: str, start: date, end: date, schedule: str) -> TermDialog:
        """Open the form (window-modal, not blocking)."""
        dialog = cls(parent, ctx, class_id, start, end, schedule)
        dialog.open()
        return dialog


# ------------------------------------------------------------------------------------- group activity


@dataclass(frozen=True)
class ActivityInput:
    day: date
    start: time | None
    end: time | None
    subject: str
    content: str


def read_times(errors: list[ValidationError], start: str, end: str) -> list[time | None]:
    """The typed start and end times (blank: None); a time that cannot be read adds its error."""
    times: list[time | None] = []
    for name, text in (("start", start), ("end", end)):
        try:
            times.append(parse_clock(text, field=name))
        except ValidationError as error:
            errors.append(error)
            times.append(None)
    return times


class ActivityForm:
    """A group activity (小组活动) or an extra session outside the weekly schedule."""

    def validate(self, day: date, start: str, end: str, subject: str, content: str) -> ActivityInput:
        errors: list[ValidationError] = []
        times = read_times(errors, start, end)
        if not subject.strip():
            errors.append(ValidationError("tutoring.activity_subject", field="subject"))
        if errors:
            raise FormErrors(errors)
        return ActivityInput(day, times[0], times[1], subject.strip(), content.strip())


class ActivityDialog(SavingDialog):
    """添加小组活动: a session of its own in one class, by ``tutoring.add_session``."""

    def __init__(self, parent: QWidget | None, ctx, class_id: str, day: date) -> None:
        super().__init__(parent, ctx, self.tr("添加小组活动"))
        self.activity_form = ActivityForm()
        self.class_id = class_id
        self.day = self.watch("day", date_edit(day))
        self.start = self.watch("start", QLineEdit())
        self.start.setPlaceholderText("1500")
        self.end = self.watch("end", QLineEdit())
        self.end.setPlaceholderText("1630")
        self.subject = self.watch("subject", QLineEdit())
        self.subject.setPlaceholderText(self.tr("如：手工折纸、安全教育"))
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(80)
        self.form.addRow(self.tr("日期"), self.day)
        self.form.addRow(self.tr("开始时间"), self.start)
        self.form.addRow(self.tr("结束时间"), self.end)
        self.form.addRow(self.tr("主题"), self.subject)
        self.form.addRow(self.tr("内容"), self.content)

    def submit(self) -> None:
        activity = self.activity_form.validate(
            to_date(self.day.date()),
            self.start.text(),
            self.end.text(),
            self.subject.text(),
            self.content.toPlainText(),
        )
        self.run(
            tutoring.add_session,
            self.class_id,
            activity.day,
            activity.start,
            activity.end,
            "小组活动",
            activity.subject,
            activity.content,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, class_id: str, day: date) -> ActivityDialog:
        """Open the form (window-modal, not blocking)."""
        dialog = cls(parent, ctx, class_id, day)
        dialog.open()
        return dialog


@dataclass(frozen=True)
class SessionTime:
    day: date
    start: time | None
    end: time | None


class SessionTimeForm:
    """A session's new date and times (typed like 1530 or 15:30; both empty: no set time)."""

    def validate(self, day: date, start: str, end: str) -> SessionTime:
        errors: list[ValidationError] = []
        times = read_times(errors, start, end)
        if errors:
            raise FormErrors(errors)
        return SessionTime(day, times[0], times[1])


class SessionTimeDialog(SavingDialog):
    """修改课次时间: move one session to another date or time, by ``tutoring.reschedule_session``."""

    def __init__(self, parent: QWidget | None, ctx, session_id: str, current: SessionTime) -> None:
        super().__init__(parent, ctx, self.tr("修改课次时间"))
        self.time_form = SessionTimeForm()
        self.session_id = session_id
        self.day = self.watch("day", date_edit(current.day))
        self.start = self.watch("start", QLineEdit(format_clock(current.start)))
        self.start.setPlaceholderText("1530")
        self.end = self.watch("end", QLineEdit(format_clock(current.end)))
        self.end.setPlaceholderText("1730")
        self.form.addRow(self.tr("日期"), self.day)
        self.form.addRow(self.tr("开始时间"), self.start)
        self.form.addRow(self.tr("结束时间"), self.end)

    def submit(self) -> None:
        moved = self.time_form.validate(to_date(self.day.date()), self.start.text(), self.end.text())
        self.run(tutoring.reschedule_session, self.session_id, moved.day, moved.start, moved.end)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, session_id: str, current: SessionTime) -> SessionTimeDialog:
        """Open the form (window-modal, not blocking)."""
        dialog = cls(parent, ctx, session_id, current)
        dialog.open()
        return dialog


# ------------------------------------------------------------------------------------- printing


class SigninDialog(QDialog):
    def __init__(self, parent: QWidget | None, day: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印签到表"))
        self.day = date_edit(day)
        self.blank = QSpinBox()
        self.blank.setRange(0, 100)
        self.blank.setValue(5)
        layout = QFormLayout(self)
        layout.addRow(self.tr("日期"), self.day)
        layout.addRow(self.tr("空白行（临时参加）"), self.blank)
        layout.addRow(ok_cancel_buttons(self))

    @classmethod
    def ask(cls, parent: QWidget | None, day: date) -> tuple[date, int] | None:
        dialog = cls(parent, day)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return to_date(dialog.day.date()), dialog.blank.value()


class MonthDialog(QDialog):
    def __init__(self, parent: QWidget | None, day: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("月度考勤汇总"))
        self.month = date_edit(day, "yyyy-MM")
        self.month.setCalendarPopup(False)
        layout = QFormLayout(self)
        layout.addRow(self.tr("月份"), self.month)
        layout.addRow(ok_cancel_buttons(self))

    @classmethod
    def ask(cls, parent: QWidget | None, day: date) -> tuple[int, int] | None:
        dialog = cls(parent, day)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.month.date().year(), dialog.month.date().month()


# ------------------------------------------------------------------------------------- case note


class CaseNoteDialog(SavingDialog):
    """A confidential note on a child, stored by ``tutoring.add_case_note``."""

    def __init__(self, parent: QWidget | None, ctx, child_id: str, day: date) -> None:
        super().__init__(parent, ctx, self.tr("添加个案记录（保密）"))
        self.resize(520, 360)
        self.child_id = child_id
        self.day = self.watch("written_on", date_edit(day))
        self.author = self.watch("author", QLineEdit())
        self.text = self.watch("text", QPlainTextEdit())
        self.form.addRow(self.tr("日期"), self.day)
        self.form.addRow(self.tr("记录人"), self.author)
        self.form.addRow(self.tr("内容"), self.text)

    def submit(self) -> None:
        self.run(
            tutoring.add_case_note, self.child_id, to_date(self.day.date()), self.author.text(), self.text.toPlainText()
        )

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, child_id: str, day: date) -> CaseNoteDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` says the note is stored."""
        dialog = cls(parent, ctx, child_id, day)
        dialog.open()
        return dialog
