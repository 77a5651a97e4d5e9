"""Children's tutoring (课业辅导): classes, their tutors, enrolments and weekly slots, the sessions
held, each child's attendance with the guardian hand-over, and the social worker's case notes."""

from datetime import date, time

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base, Synced


class TutoringClass(Synced, Base):
    """A class (辅导班): one-to-one, a small group, or a summer / winter holiday class."""

    __tablename__ = "tutoring_class"

    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(10))  # 一对一, 小组, 暑托班, 寒托班
    subjects: Mapped[str] = mapped_column(String(200), default="")  # "语文、数学"
    term_start: Mapped[date | None] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(100), default="")
    capacity: Mapped[int] = mapped_column(Integer, default=0)  # 0 = no limit
    notes: Mapped[str] = mapped_column(Text, default="")


class ClassTutor(Synced, Base):
    """A tutor of a class (a volunteer or staff member from the people registry)."""

    __tablename__ = "tutoring_class_tutor"

    class_id: Mapped[str] = mapped_column(ForeignKey("tutoring_class.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class Enrolment(Synced, Base):
    """A child enrolled in a class (报名); ``left_on`` ends it without deleting the history."""

    __tablename__ = "tutoring_enrolment"
    __table_args__ = (Index("ix_tutoring_enrolment_class_child", "class_id", "child_id"),)

    class_id: Mapped[str] = mapped_column(ForeignKey("tutoring_class.id"))
    child_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    enrolled_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)


class ClassSlot(Synced, Base):
    """One weekly time of a class: weekday 0 = Monday … 6 = Sunday."""

    __tablename__ = "tutoring_slot"

    class_id: Mapped[str] = mapped_column(ForeignKey("tutoring_class.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)


class TutoringSession(Synced, Base):
    """One session held (辅导记录) or planned; group activities (小组活动) are sessions too."""

    __tablename__ = "tutoring_session"
    __table_args__ = (Index("ix_tutoring_session_class_day", "class_id", "day"),)

    class_id: Mapped[str] = mapped_column(ForeignKey("tutoring_class.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    kind: Mapped[str] = mapped_column(String(10), default="辅导")  # 辅导, 小组活动
    subject: Mapped[str] = mapped_column(String(60), default="")
    content: Mapped[str] = mapped_column(Text, default="")


class SessionTutor(Synced, Base):
    """A tutor present at a session."""

    __tablename__ = "tutoring_session_tutor"

    session_id: Mapped[str] = mapped_column(ForeignKey("tutoring_session.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class Attendance(Synced, Base):
    """One child at one session: attendance, who brought and collected them, notes."""

    __tablename__ = "tutoring_attendance"
    __table_args__ = (Index("ix_tutoring_attendance_session_child", "session_id", "child_id"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("tutoring_session.id"))
    child_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[str] = mapped_column(String(4), default="")  # 出勤, 缺勤, 请假, 迟到, 早退
    drop_off_by: Mapped[str] = mapped_column(String(50), default="")
    drop_off_relation: Mapped[str] = mapped_column(String(20), default="")
    drop_off_time: Mapped[time | None] = mapped_column(Time)
    pick_up_by: Mapped[str] = mapped_column(String(50), default="")
    pick_up_relation: Mapped[str] = mapped_column(String(20), default="")
    pick_up_time: Mapped[time | None] = mapped_column(Time)
    pick_up_note: Mapped[str] = mapped_column(Text, default="")  # who it was, when not a listed guardian
    progress_note: Mapped[str] = mapped_column(Text, default="")  # homework and progress
    behaviour_note: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)  # for the social worker


class CaseNote(Synced, Base):
    """The social worker's case note on a child (个案记录): confidential, staff only."""

    __tablename__ = "tutoring_case_note"

    child_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    written_on: Mapped[date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(50), default="")
    text: Mapped[str] = mapped_column(Text)
