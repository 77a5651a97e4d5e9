"""Children's tutoring (课业辅导): classes, enrolment with consent, term sessions, attendance with the
guardian hand-over, the child's overview and case notes, sign-in sheets and monthly summaries.

Children are named by ``PersonSummary.display_name`` (the alias where one is set) everywhere except
``child_overview``, which is the child's own page. Consent is the people registry's
(``has_guardian_consent``); this module does not keep its own.

The package is split by what a worker does: ``classes``, ``sessions``, ``attendance``, ``child`` and
``printouts`` (with ``values`` for the records they hand back and ``lookups`` for finding them);
everything public is importable from ``stationdesk.services.tutoring`` as before.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.tutoring import Attendance, TutoringClass, TutoringSession
from stationdesk.domain.tutoring import STATUS_KEY
from stationdesk.services import registry
from stationdesk.services.tutoring.attendance import (
    get_attendance_sheet,
    save_attendance,
)
from stationdesk.services.tutoring.child import (
    add_case_note,
    child_overview,
)
from stationdesk.services.tutoring.classes import (
    close_class,
    enrol_child,
    get_class,
    list_classes,
    save_class,
    validate_class,
    withdraw_child,
)
from stationdesk.services.tutoring.lookups import (
    resolve_class,
)
from stationdesk.services.tutoring.printouts import (
    build_monthly_summary,
    build_signin_sheet,
    monthly_summary_data,
    print_monthly_summary,
    print_signin_sheet,
    signin_sheet_data,
)
from stationdesk.services.tutoring.sessions import (
    add_session,
    cancel_session,
    generate_term,
    list_sessions,
    reschedule_session,
)
from stationdesk.services.tutoring.values import (
    BLANK_ROWS_MAX,
    NAME_MAX,
    AttendanceInput,
    AttendanceRow,
    AttendanceSheet,
    CaseNoteRow,
    ChildHistoryRow,
    ChildOverview,
    ClassDetail,
    ClassInput,
    ClassSummary,
    EnrolledChild,
    GuardianChoice,
    PersonRef,
    SessionEdit,
    SessionInfo,
    SessionListItem,
    SessionRow,
    TermResult,
)

__all__ = [
    "BLANK_ROWS_MAX",
    "NAME_MAX",
    "AttendanceInput",
    "AttendanceRow",
    "AttendanceSheet",
    "CaseNoteRow",
    "ChildHistoryRow",
    "ChildOverview",
    "ClassDetail",
    "ClassInput",
    "ClassSummary",
    "EnrolledChild",
    "GuardianChoice",
    "PersonRef",
    "SessionEdit",
    "SessionInfo",
    "SessionListItem",
    "SessionRow",
    "TermResult",
    "add_case_note",
    "add_session",
    "build_monthly_summary",
    "build_signin_sheet",
    "cancel_session",
    "child_overview",
    "close_class",
    "enrol_child",
    "generate_term",
    "get_attendance_sheet",
    "get_class",
    "list_classes",
    "list_sessions",
    "monthly_summary_data",
    "print_monthly_summary",
    "print_signin_sheet",
    "reschedule_session",
    "resolve_class",
    "save_attendance",
    "save_class",
    "signin_sheet_data",
    "validate_class",
    "withdraw_child",
]

# ----------------------------------------------------------------------------------------- stats, lists


def _count(model) -> registry.Counter:
    return lambda session: session.execute(
        select(func.count()).select_from(model).where(model.deleted.is_(False))
    ).scalar_one()


registry.counter("classes", reads=(TutoringClass.__tablename__,))(_count(TutoringClass))
registry.counter("sessions", reads=(TutoringSession.__tablename__,))(_count(TutoringSession))
registry.counter("attendance", reads=(Attendance.__tablename__,))(_count(Attendance))


@registry.lister("classes")
def _list_classes(session: Session, limit: int, text: str) -> list[dict]:
    return [registry.json_ready(c) for c in list_classes(session, text)[:limit]]


@registry.lister("sessions")
def _list_sessions(session: Session, limit: int, text: str) -> list[dict]:
    return [registry.json_ready(s) for s in list_sessions(session, limit=limit, text=text)]


messages.register(
    {
        "tutoring.name_required": "请填写辅导班名称。",
        "tutoring.name_too_long": "辅导班名称不能超过 {max} 个字。",
        "tutoring.kind_unknown": "班级类型“{value}”无效，可选：{choices}。",
        "tutoring.capacity_negative": "容量不能为负数（0 表示不限）。",
        "tutoring.term_order": "结束日期（{end}）不能早于开始日期（{start}）。",
        "tutoring.term_too_long": "一个学期最长 {max} 天，请分段生成。",
        "tutoring.no_slots": "该班还没有每周上课时间，请先在班级信息里填写（如“周一 15:30-17:30”）。",
        "tutoring.slot_format": "无法识别上课时间“{value}”，请写成“周一 15:30-17:30”，每行一个。",
        "tutoring.slot_order": "{weekday} 的结束时间（{end}）应晚于开始时间（{start}）。",
        "tutoring.weekday": "星期几无效：{value}。",
        "tutoring.holiday_format": "无法识别节假日“{value}”，请写成 2026-07-01 或 2026-07-01~2026-07-03，用逗号分隔。",
        "tutoring.status_unknown": "{name}：考勤状态“{value}”无效，可选：{choices}。",
        "tutoring.tutor_is_child": "辅导员不能是登记为儿童的人员。",
        "tutoring.not_a_child": "{name} 不是登记在册的儿童，不能报名辅导班。请先在人员档案中勾选“儿童”。",
        "tutoring.no_guardian": (
            "{name} 还没有登记监护人，也没有监护人同意书，不能报名。请先在人员档案中添加监护人并登记其书面同意。"
        ),
        "tutoring.no_consent": (
            "{name} 的监护人（{guardians}）尚未登记书面同意（或同意已撤回），不能报名。请先在人员档案中登记监护人同意。"
        ),
        "tutoring.already_enrolled": "{name} 已在“{class_name}”中。",
        "tutoring.over_capacity": (
            "“{class_name}”已满员（容量 {capacity} 人，已报名 {enrolled} 人）。仍要报名 {name} 吗？"
        ),
        "tutoring.class_not_found": "找不到辅导班“{key}”。请用 stationdesk list classes 查看班级编号和名称。",
        "tutoring.class_ambiguous": "有 {count} 个辅导班都叫“{name}”，请改用班级编号。",
        "tutoring.session_kind": "活动类型“{value}”无效，可选：{choices}。",
        "tutoring.session_order": "结束时间（{end}）应晚于开始时间（{start}）。",
        "tutoring.session_has_attendance": (
            "{day} 的课次已记录了 {n} 名儿童的考勤，不能取消。如课次改期，请用“修改课次时间”。"
        ),
        "tutoring.session_day_required": "请填写课次日期。",
        "tutoring.session_clash": "本班在 {day} {start} 已有一个课次。",
        "tutoring.close_before_start": "结班日期 {on} 早于开班日期 {start}。",
        "tutoring.close_with_later_attendance": "{on} 之后的课次已有考勤记录，不能在 {on} 结班；请选较晚的结班日期。",
        "tutoring.not_enrolled": "该儿童不在本次辅导的名单中，未保存。",
        "tutoring.pickup_needs_note": (
            "{name}：接走人“{who}”不是登记的监护人，请在“非监护人接走说明”中写明是谁、与孩子的关系及谁同意的。"
        ),
        "tutoring.pickup_before_dropoff": "{name}：接走时间早于送达时间，请核对。",
        "tutoring.not_here_with_times": (
            "{name}：考勤为“{status}”，却填了送达或接走时间；请改考勤状态或清空时间（Delete）。"
        ),
        "tutoring.activity_subject": "请填写活动主题。",
        "tutoring.case_note_empty": "个案记录内容不能为空。",
        "tutoring.case_note_future": "记录日期不能晚于今天。",
        "tutoring.blank_rows": "空白行数应为 0 到 {max} 之间的整数。",
        "tutoring.month_format": "月份“{value}”无效，请写成 2026-07。",
        **{f"tutoring.status.{key}": status for status, key in STATUS_KEY.items()},
    }
)
