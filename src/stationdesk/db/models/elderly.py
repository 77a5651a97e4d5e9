"""Elderly care (养老服务): home visits and their visitors, follow-up tasks, GB/T 42195 ability
assessments with their item scores, and each elder's care profile (risk tier).

Scores, totals and levels are integers; the level is an index into
``domain.ability_assessment.LEVEL_NAMES`` (0 能力完好 … 4 完全失能).
"""

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base, Synced


class ElderProfile(Synced, Base):
    """Care profile of one elder: the risk tier staff set (empty = derived from level and tags)."""

    __tablename__ = "elder_profile"
    __table_args__ = (UniqueConstraint("elder_id", name="uq_elder_profile_elder_id"),)

    elder_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    risk_tier: Mapped[str] = mapped_column(String(10), default="")  # "", high, priority, general
    notes: Mapped[str] = mapped_column(Text, default="")


class Visit(Synced, Base):
    """探访记录: one home visit, call or station visit of one elder."""

    __tablename__ = "visit"
    __table_args__ = (
        # Last visit per elder (due list) and an elder's timeline: one seek per elder.
        Index("ix_visit_elder_visited", "elder_id", "deleted", "visited_on"),
        Index("ix_visit_visited_on", "visited_on"),
    )

    elder_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    visited_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5))  # "09:30"
    end_time: Mapped[str] = mapped_column(String(5))
    kind: Mapped[str] = mapped_column(String(20))  # 上门走访, 电话问候, 到站服务, 委托探访
    living_situation: Mapped[str] = mapped_column(Text, default="")
    blood_pressure: Mapped[str] = mapped_column(String(11), default="")  # "135/85"
    blood_glucose: Mapped[str] = mapped_column(String(8), default="")  # mmol/L as written, e.g. "6.2"
    health_note: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")  # "|跌倒风险|独居无人照应|"
    services: Mapped[str] = mapped_column(Text, default="")  # "|生活照料|健康监测|"
    needs: Mapped[str] = mapped_column(Text, default="")
    ability_changed: Mapped[bool] = mapped_column(Boolean, default=False)  # asks for an immediate reassessment
    satisfaction: Mapped[str] = mapped_column(String(8), default="")  # 满意, 基本满意, 不满意
    recorder: Mapped[str] = mapped_column(String(50), default="")


class VisitVisitor(Synced, Base):
    """Who made the visit: staff or volunteers from the people registry."""

    __tablename__ = "visit_visitor"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class FollowUp(Synced, Base):
    """A follow-up task from a visit; open until closed."""

    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_open", "closed_on", "due_on"),)

    elder_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), index=True)
    action: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_note: Mapped[str] = mapped_column(Text, default="")


class Assessment(Synced, Base):
    """能力评估: one GB/T 42195-2022 assessment. A draft has no total and no level."""

    __tablename__ = "assessment"
    __table_args__ = (
        Index("ix_assessment_elder_status_on", "elder_id", "status", "assessed_on"),
        Index("ix_assessment_assessed_on", "assessed_on", "id"),
    )

    elder_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    assessed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(8))  # 首次, 常规, 即时, 复评
    status: Mapped[str] = mapped_column(String(8), default="draft")  # draft, final
    assessor_1: Mapped[str] = mapped_column(String(50), default="")
    assessor_2: Mapped[str] = mapped_column(String(50), default="")
    informant: Mapped[str] = mapped_column(String(50), default="")  # 信息提供者
    informant_relation: Mapped[str] = mapped_column(String(20), default="")
    coma: Mapped[bool] = mapped_column(Boolean, default=False)
    dementia: Mapped[bool] = mapped_column(Boolean, default=False)  # 痴呆或精神科诊断的精神和行为障碍
    risk_events_30_days: Mapped[int] = mapped_column(SmallInteger, default=0)
    risk_event_kinds: Mapped[str] = mapped_column(String(100), default="")  # "|跌倒|噎食|"
    self_care: Mapped[int | None] = mapped_column(SmallInteger)  # sub-totals, set when final
    motor: Mapped[int | None] = mapped_column(SmallInteger)
    mental: Mapped[int | None] = mapped_column(SmallInteger)
    perception: Mapped[int | None] = mapped_column(SmallInteger)
    total: Mapped[int | None] = mapped_column(SmallInteger)
    preliminary_level: Mapped[int | None] = mapped_column(SmallInteger)
    level: Mapped[int | None] = mapped_column(SmallInteger)
    notes: Mapped[str] = mapped_column(Text, default="")


class AssessmentScore(Synced, Base):
    """One item's score in one assessment (item code from GB/T 42195 appendix B, e.g. "B.1.1")."""

    __tablename__ = "assessment_score"
    __table_args__ = (UniqueConstraint("assessment_id", "item_code", name="uq_assessment_score_item"),)

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"))
    item_code: Mapped[str] = mapped_column(String(8))
    score: Mapped[int] = mapped_column(Integer)
