"""能力评估: save GB/T 42195-2022 assessments (drafts while incomplete), read them back, print them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk.db.models.elderly import Assessment, AssessmentScore
from stationdesk.db.models.people import Person
from stationdesk.domain import ability_assessment as gbt
from stationdesk.errors import FormErrors, StationDeskError, ValidationError
from stationdesk.messages import register as register_messages

# Imported here, not inside build_report: a first import of reportlab on the GUI's database thread
# crashes PySide6 6.12 on Python 3.11 (its import hook runs there while the GUI thread runs Qt).
from stationdesk.services.accounts import guarded
from stationdesk.services.people import get_person, join_tags
from stationdesk.services.progress import Progress, report
from stationdesk.services.records import live_row
from stationdesk.services.registry import counter, json_ready, lister, printer
from stationdesk.services.station import audit, current_station, today

REASONS = ("首次", "常规", "即时", "复评")
DRAFT, FINAL = "draft", "final"

register_messages(
    {
        "assessment.unknown_item": "评估项目 {item} 不存在。",
        "assessment.score_not_integer": "{item} 的得分必须是整数（现为 {value}）。",
        "assessment.score_range": "{item} 的得分 {value} 不在 0 到 {max} 之间。",
        "assessment.total_range": "总分 {total} 不在 0 到 {max} 之间。",
        "assessment.risk_events_negative": "照护风险事件次数不能为负数。",
        "assessment.elder_unknown": "该老人不在人员档案中，或已被删除。",
        "assessment.date_required": "请填写评估日期。",
        "assessment.date_in_future": "评估日期不能晚于今天。",
        "assessment.reason_unknown": "请选择评估原因（首次、常规、即时、复评）。",
        "assessment.incomplete": "还有 {count} 项未评分（{items}），可以先保存为草稿。",
        "assessment.assessors_required": "完成评估需要两名评估员签名。",
        "assessment.assessors_same": "两名评估员不能是同一人。",
        "assessment.final_locked": "该评估已完成，不能再修改；如情况变化，请新建一次评估。",
        "assessment.not_final": "草稿没有评估等级，不能打印报告；请先完成评估。",
        "assessment.text_too_long": "“{label}”不能超过 {max} 个字。",
    }
)


@dataclass(frozen=True)
class AssessmentInput:
    elder_id: str
    assessed_on: date | None
    reason: str
    scores: dict[str, int] = field(default_factory=dict)
    assessor_1: str = ""
    assessor_2: str = ""
    informant: str = ""
    informant_relation: str = ""
    coma: bool = False
    dementia: bool = False
    risk_events_30_days: int = 0
    risk_event_kinds: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    elder_id: str
    elder_name: str
    assessed_on: date
    reason: str
    status: str
    total: int | None
    level: int | None
    level_name: str
    assessors: tuple[str, ...]


@dataclass(frozen=True)
class AssessmentDetail:
    summary: AssessmentSummary
    data: AssessmentInput
    result: gbt.AssessmentResult


def _check(session: Session, data: AssessmentInput, finalise: bool) -> tuple[AssessmentInput, gbt.AssessmentResult]:
    errors: list[StationDeskError] = []
    elder = session.get(Person, data.elder_id) if data.elder_id else None
    if elder is None or elder.deleted:
        errors.append(ValidationError("assessment.elder_unknown", field="elder_id"))
    if data.assessed_on is None:
        errors.append(ValidationError("assessment.date_required", field="assessed_on"))
    elif data.assessed_on > today(session):
        errors.append(ValidationError("assessment.date_in_future", field="assessed_on"))
    if data.reason not in REASONS:
        errors.append(ValidationError("assessment.reason_unknown", field="reason"))
    texts = {}
    for name, label, limit in (
        ("assessor_1", "评估员", 50),
        ("assessor_2", "评估员", 50),
        ("informant", "信息提供者", 50),
        ("informant_relation", "与老人关系", 20),
        ("notes", "备注", 2000),
    ):
        texts[name] = " ".join((getattr(data, name) or "").split()) if name != "notes" else (data.notes or "").strip()
        if len(texts[name]) > limit:
            errors.append(ValidationError("assessment.text_too_long", field=name, label=label, max=limit))
    result = None
    try:
        result = gbt.assess(data.scores, gbt.Adjustments(data.coma, data.dementia, data.risk_events_30_days))
    except ValidationError as error:
        errors.append(error)
    if finalise and result is not None:
        if not result.complete:
            names = "、".join(gbt.ITEMS[c].name for c in result.missing[:5]) + ("…" if len(result.missing) > 5 else "")
            errors.append(
                ValidationError("assessment.incomplete", field="scores", count=len(result.missing), items=names)
            )
        if not texts["assessor_1"] or not texts["assessor_2"]:
            errors.append(ValidationError("assessment.assessors_required", field="assessor_2"))
        elif texts["assessor_1"] == texts["assessor_2"]:
            errors.append(ValidationError("assessment.assessors_same", field="assessor_2"))
    if errors:
        raise FormErrors(errors)
    clean = AssessmentInput(
        data.elder_id,
        data.assessed_on,
        data.reason,
        dict(gbt.check_scores(data.scores)),
        texts["assessor_1"],
        texts["assessor_2"],
        texts["informant"],
        texts["informant_relation"],
        bool(data.coma),
        bool(data.dementia),
        int(data.risk_events_30_days),
        tuple(k for k in data.risk_event_kinds if k),
        texts["notes"],
    )
    return clean, result


@guarded("assessments.manage")
def save_assessment(
    session: Session, data: AssessmentInput, finalise: bool, assessment_id: str | None = None
) -> AssessmentDetail:
    """Save a draft (any subset of items) or a finished assessment (every item, two assessors: gets its level).

    ``assessment_id`` continues an existing draft; a finished assessment is never changed."""
    data, result = _check(session, data, finalise)
    if assessment_id:
        row = live_row(session, Assessment, assessment_id)
        if row.status == FINAL:
            raise ValidationError("assessment.final_locked")
    else:
        row = Assessment(elder_id=data.elder_id)
        session.add(row)
    row.elder_id, row.assessed_on, row.reason = data.elder_id, data.assessed_on, data.reason
    row.assessor_1, row.assessor_2 = data.assessor_1, data.assessor_2
    row.informant, row.informant_relation, row.notes = data.informant, data.informant_relation, data.notes
    row.coma, row.dementia, row.risk_events_30_days = data.coma, data.dementia, data.risk_events_30_days
    row.risk_event_kinds = join_tags(data.risk_event_kinds)
    row.status = FINAL if finalise else DRAFT
    final = finalise and result.level is not None
    row.self_care, row.motor, row.mental, row.perception = (
        (result.sub_totals[k] if final and result.total is not None else None)
        for k in ("self_care", "motor", "mental", "perception")
    )
    row.total = result.total if final else None
    row.preliminary_level = result.preliminary_level if final else None
    row.level = result.level if final else None
    session.flush()
    existing = {
        s.item_code: s
        for s in session.execute(select(AssessmentScore).where(AssessmentScore.assessment_id == row.id)).scalars()
    }
    for code, score in data.scores.items():
        if code in existing:
            existing[code].score, existing[code].deleted = score, False
        else:
            session.add(AssessmentScore(assessment_id=row.id, item_code=code, score=score))
    for code, old in existing.items():
        if code not in data.scores and not old.deleted:
            old.deleted = True
    session.flush()
    return get_assessment(session, row.id)


def _summary(row: Assessment, elder_name: str) -> AssessmentSummary:
    return AssessmentSummary(
        row.id,
        row.elder_id,
        elder_name,
        row.assessed_on,
        row.reason,
        row.status,
        row.total,
        row.level,
        gbt.level_name(row.level),
        tuple(a for a in (row.assessor_1, row.assessor_2) if a),
    )


@guarded("assessments.manage")
def get_assessment(session: Session, assessment_id: str) -> AssessmentDetail:
    row = live_row(session, Assessment, assessment_id)
    scores = dict(
        session.execute(
            select(AssessmentScore.item_code, AssessmentScore.score).where(
                AssessmentScore.assessment_id == row.id, AssessmentScore.deleted.is_(False)
            )
        ).all()
    )
    data = AssessmentInput(
        row.elder_id,
        row.assessed_on,
        row.reason,
        scores,
        row.assessor_1,
        row.assessor_2,
        row.informant,
        row.informant_relation,
        row.coma,
        row.dementia,
        row.risk_events_30_days,
        tuple(t for t in row.risk_event_kinds.split("|") if t),
        row.notes,
    )
    result = gbt.assess(scores, gbt.Adjustments(row.coma, row.dementia, row.risk_events_30_days))
    return AssessmentDetail(_summary(row, session.get(Person, row.elder_id).name), data, result)


@guarded("people.view")
def list_assessments(
    session: Session, elder_id: str | None = None, text: str = "", offset: int = 0, limit: int = 200
) -> list[AssessmentSummary]:
    from stationdesk.services.visits import of_elders

    query = of_elders(
        session,
        select(Assessment, Person.name)
        .join(Person, Person.id == Assessment.elder_id)
        .where(Assessment.deleted.is_(False)),
        Assessment.elder_id,
        elder_id,
        text,
    )
    if query is None:
        return []
    return [
        _summary(row, name)
        for row, name in session.execute(
            query.order_by(Assessment.assessed_on.desc(), Assessment.id.desc()).offset(offset).limit(limit)
        )
    ]


def build_report(session: Session, assessment_id: str) -> tuple[bytes, str]:
    """The printed report of a finished assessment: (PDF bytes, suggested file name)."""
    from stationdesk.printing.assessment_report import build_assessment_report  # reportlab: when printed

    detail = get_assessment(session, assessment_id)
    if detail.summary.status != FINAL:
        raise ValidationError("assessment.not_final")
    person = get_person(session, detail.summary.elder_id).summary
    pdf = build_assessment_report(detail, person, current_station(session).name, today(session))
    return pdf, f"能力评估报告-{person.name}-{detail.summary.assessed_on:%Y%m%d}.pdf"


@guarded("print")
def assessment_report_pdf(session: Session, assessment_id: str, progress: Progress | None = None) -> tuple[bytes, str]:
    """``build_report`` for the GUI's preview, noted in the audit log (the CLI's print command audits itself)."""
    report(progress, 0, 1)
    pdf, name = build_report(session, assessment_id)
    audit(session, "print", "assessment", assessment_id, name)
    return pdf, name


@printer(
    "assessment",
    arguments=[(("--id",), {"required": True, "help": "评估记录 id the assessment's id"})],
    help="能力评估报告 the ability assessment report",
)
def _print_assessment(session: Session, args) -> tuple[bytes, str]:
    return build_report(session, args.id)


@counter("assessments")
def _count_assessments(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(Assessment).where(Assessment.deleted.is_(False))
    ).scalar_one()


@lister("assessments")
def _list_assessments(session: Session, limit: int, query_text: str) -> list[dict]:
    return [json_ready(a) for a in list_assessments(session, text=query_text, limit=limit)]
