"""The tutoring records as the screens and the CLI see them: frozen dataclasses in and out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from stationdesk.domain.tutoring import (
    AttendanceStats,
    WeeklySlot,
)
from stationdesk.domain.typed_time import format_clock
from stationdesk.services.people import PersonDetail

NAME_MAX = 60
BLANK_ROWS_MAX = 100

# ----------------------------------------------------------------------------------------- values


@dataclass(frozen=True)
class ClassInput:
    name: str
    kind: str
    subjects: str = ""
    term_start: date | None = None
    term_end: date | None = None
    place: str = ""
    capacity: int = 0
    slots: tuple[WeeklySlot, ...] = ()
    tutor_ids: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class ClassSummary:
    id: str
    name: str
    kind: str
    subjects: str
    term_start: date | None
    term_end: date | None
    place: str
    capacity: int
    enrolled: int
    sessions: int
    schedule: str
    tutors: str
    ended: bool = False  # closed (结班): its term is over and nobody is enrolled any more


@dataclass(frozen=True)
class PersonRef:
    id: str
    name: str


@dataclass(frozen=True)
class EnrolledChild:
    enrolment_id: str
    child_id: str
    display_name: str  # alias where set
    gender: str
    age: int | None
    enrolled_on: date
    stats: AttendanceStats


@dataclass(frozen=True)
class SessionRow:
    id: str
    day: date
    start: time | None
    end: time | None
    kind: str
    subject: str
    recorded: int
    attended: int


@dataclass(frozen=True)
class ClassDetail:
    summary: ClassSummary
    slots: tuple[WeeklySlot, ...]
    tutors: tuple[PersonRef, ...]
    children: tuple[EnrolledChild, ...]
    sessions: tuple[SessionRow, ...]
    notes: str
    data: ClassInput


@dataclass(frozen=True)
class TermResult:
    created: int
    already_there: int
    holidays_skipped: tuple[date, ...]


@dataclass(frozen=True)
class GuardianChoice:
    name: str
    relation: str


@dataclass(frozen=True)
class AttendanceInput:
    child_id: str
    status: str = ""
    drop_off_by: str = ""
    drop_off_relation: str = ""
    drop_off_time: time | None = None
    pick_up_by: str = ""
    pick_up_relation: str = ""
    pick_up_time: time | None = None
    pick_up_note: str = ""
    progress_note: str = ""
    behaviour_note: str = ""
    follow_up: bool = False


@dataclass(frozen=True)
class AttendanceRow:
    child_id: str
    display_name: str
    guardians: tuple[GuardianChoice, ...]
    entry: AttendanceInput
    non_guardian_pick_up: bool


@dataclass(frozen=True)
class SessionInfo:
    id: str
    class_id: str
    class_name: str
    day: date
    start: time | None
    end: time | None
    kind: str
    subject: str
    content: str
    place: str
    class_tutors: tuple[PersonRef, ...]
    tutors_present: tuple[str, ...]  # person ids

    @property
    def label(self) -> str:
        span = f"{format_clock(self.start)}-{format_clock(self.end)}" if self.start else ""
        return f"{self.day:%Y-%m-%d} {span} {self.kind}".strip()


@dataclass(frozen=True)
class AttendanceSheet:
    session: SessionInfo
    rows: tuple[AttendanceRow, ...]


@dataclass(frozen=True)
class SessionEdit:
    subject: str = ""
    content: str = ""
    tutor_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChildHistoryRow:
    day: date
    class_name: str
    status: str
    progress_note: str
    behaviour_note: str
    follow_up: bool
    pick_up_note: str


@dataclass(frozen=True)
class CaseNoteRow:
    id: str
    written_on: date
    author: str
    text: str


@dataclass(frozen=True)
class ChildOverview:
    person: PersonDetail  # full name on the child's own page
    has_consent: bool
    stats: AttendanceStats
    classes: tuple[str, ...]
    history: tuple[ChildHistoryRow, ...]  # newest first
    case_notes: tuple[CaseNoteRow, ...]


@dataclass(frozen=True)
class SessionListItem:
    id: str
    class_id: str
    class_name: str
    day: date
    start: str
    end: str
    kind: str
    subject: str
    recorded: int
