"""Stored domain values as the user reads them. The database keeps the Chinese codes the city uses
(上门走访, 出勤, 首次…; ability levels as 0-4, tiers as high/priority/general); the GUI shows them through
``value_label(kind, stored_value)``, which looks the value up in the tables below and translates it in
the "Values" context. A value not in a table (a catalog entry the station added) is shown as stored.

The tables repeat the domain's values as literals so that lupdate can read them; tests check that
they match the domain's tuples."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Values"

TABLES: dict[str, dict[object, str]] = {
    # ability level 0-4 (domain.ability_assessment.LEVEL_NAMES)
    "level": dict(
        enumerate(
            (
                QT_TRANSLATE_NOOP("Values", "能力完好"),
                QT_TRANSLATE_NOOP("Values", "轻度失能"),
                QT_TRANSLATE_NOOP("Values", "中度失能"),
                QT_TRANSLATE_NOOP("Values", "重度失能"),
                QT_TRANSLATE_NOOP("Values", "完全失能"),
            )
        )
    ),
    # visit-plan tier code (domain.visit_plan.TIER_NAMES)
    "tier": {
        "high": QT_TRANSLATE_NOOP("Values", "高风险"),
        "priority": QT_TRANSLATE_NOOP("Values", "重点"),
        "general": QT_TRANSLATE_NOOP("Values", "一般"),
    },
    # services.visits.VISIT_KINDS
    "visit_kind": {
        v: v
        for v in (
            QT_TRANSLATE_NOOP("Values", "上门走访"),
            QT_TRANSLATE_NOOP("Values", "电话问候"),
            QT_TRANSLATE_NOOP("Values", "到站服务"),
            QT_TRANSLATE_NOOP("Values", "委托探访"),
        )
    },
    # services.visits.SATISFACTION
    "satisfaction": {
        v: v
        for v in (
            QT_TRANSLATE_NOOP("Values", "满意"),
            QT_TRANSLATE_NOOP("Values", "基本满意"),
            QT_TRANSLATE_NOOP("Values", "不满意"),
        )
    },
    # services.assessments.REASONS
    "assessment_reason": {
        v: v
        for v in (
            QT_TRANSLATE_NOOP("Values", "首次"),
            QT_TRANSLATE_NOOP("Values", "常规"),
            QT_TRANSLATE_NOOP("Values", "即时"),
            QT_TRANSLATE_NOOP("Values", "复评"),
        )
    },
    # domain.tutoring.STATUSES
    "attendance": {
        v: v
        for v in (
            QT_TRANSLATE_NOOP("Values", "出勤"),
            QT_TRANSLATE_NOOP("Values", "缺勤"),
            QT_TRANSLATE_NOOP("Values", "请假"),
            QT_TRANSLATE_NOOP("Values", "迟到"),
            QT_TRANSLATE_NOOP("Values", "早退"),
        )
    },
    # domain.tutoring.CLASS_KINDS
    "class_kind": {
        v: v
        for v in (
            QT_TRANSLATE_NOOP("Values", "一对一"),
            QT_TRANSLATE_NOOP("Values", "小组"),
            QT_TRANSLATE_NOOP("Values", "暑托班"),
            QT_TRANSLATE_NOOP("Values", "寒托班"),
        )
    },
    # weekday 0 = Monday (domain.tutoring.WEEKDAY_NAMES)
    "weekday": dict(
        enumerate(
            (
                QT_TRANSLATE_NOOP("Values", "周一"),
                QT_TRANSLATE_NOOP("Values", "周二"),
                QT_TRANSLATE_NOOP("Values", "周三"),
                QT_TRANSLATE_NOOP("Values", "周四"),
                QT_TRANSLATE_NOOP("Values", "周五"),
                QT_TRANSLATE_NOOP("Values", "周六"),
                QT_TRANSLATE_NOOP("Values", "周日"),
            )
        )
    ),
    # domain.tutoring.SESSION_KINDS
    "session_kind": {v: v for v in (QT_TRANSLATE_NOOP("Values", "辅导"), QT_TRANSLATE_NOOP("Values", "小组活动"))},
    # services.volunteers status of a volunteer
    "volunteer_status": {
        v: v
        for v in (
            QT_TRANSLATE_NOOP("Values", "在册"),
            QT_TRANSLATE_NOOP("Values", "暂停"),
            QT_TRANSLATE_NOOP("Values", "退出"),
        )
    },
    # the default catalogue of activity kinds (services.volunteers DEFAULT_CATALOGS["activity_kind"])
    "activity_kind": {
        v: v
        for v in (
            QT_TRANSLATE_NOOP("Values", "助老服务"),
            QT_TRANSLATE_NOOP("Values", "关爱儿童"),
            QT_TRANSLATE_NOOP("Values", "文体活动"),
            QT_TRANSLATE_NOOP("Values", "环境整治"),
            QT_TRANSLATE_NOOP("Values", "便民服务"),
            QT_TRANSLATE_NOOP("Values", "宣传教育"),
            QT_TRANSLATE_NOOP("Values", "应急救援"),
        )
    },
    # an activity participant's attendance: came / did not come
    "participant_attendance": {True: QT_TRANSLATE_NOOP("Values", "已到"), False: QT_TRANSLATE_NOOP("Values", "未到")},
    # a shift before and after the organiser's confirmation
    "shift_state": {True: QT_TRANSLATE_NOOP("Values", "已确认"), False: QT_TRANSLATE_NOOP("Values", "待确认")},
}


def value_label(kind: str, stored_value) -> str:
    """The stored value of this kind in the user's language ("" for an empty value); a kind or value
    without a table entry is shown as stored."""
    if stored_value is None or stored_value == "":
        return ""
    source = TABLES.get(kind, {}).get(stored_value)
    return QCoreApplication.translate(CONTEXT, source) if source is not None else str(stored_value)


def schedule_label(schedule: str) -> str:
    """A class's weekly slots as the service writes them ("周二 16:30-17:30；周四 …") with the weekdays
    in the user's language; only for showing, since the class dialog parses the Chinese form."""
    for weekday, name in TABLES["weekday"].items():
        schedule = schedule.replace(name, value_label("weekday", weekday))
    return schedule.replace("；", QCoreApplication.translate("Values", "；"))


def attendance_label(attended: bool | None) -> str:
    """已到 / 未到, or empty while the sheet has not been entered."""
    return "" if attended is None else value_label("participant_attendance", attended)


def shift_state_label(confirmed: bool) -> str:
    return value_label("shift_state", confirmed)


def stored_values(kind: str) -> tuple:
    """The stored values of a kind, in the table's order (for drop-downs and for the tests)."""
    return tuple(TABLES[kind])


def overdue_text(days: int) -> str:
    """How far a due visit is, as the due list, the elder's page and the home page say it."""
    translate = QCoreApplication.translate  # lupdate reads translate("DueVisits", "…")
    if days >= 10**5:
        return translate("DueVisits", "从未探访")
    if days > 0:
        return translate("DueVisits", "逾期 {days} 天").format(days=days)
    if days == 0:
        return translate("DueVisits", "今天到期")
    return translate("DueVisits", "{days} 天后到期").format(days=-days)
