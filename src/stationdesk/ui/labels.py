"""How stored domain values are shown: the database keeps them as written (Chinese, e.g. 在册), the
GUI shows them in the user's language through ``value_label(kind, stored_value)``.

Each kind is a module-level table whose entries are marked with ``QT_TRANSLATE_NOOP("labels", ...)``
so lupdate collects them into the "labels" context. A value that is not in its kind's table (a
station's own activity kind, say) is shown unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

VOLUNTEER_STATUS = {
    "在册": QT_TRANSLATE_NOOP("labels", "在册"),
    "暂停": QT_TRANSLATE_NOOP("labels", "暂停"),
    "退出": QT_TRANSLATE_NOOP("labels", "退出"),
}

# the default catalogue of activity kinds (services.volunteers DEFAULT_CATALOGS["activity_kind"])
ACTIVITY_KIND = {
    "助老服务": QT_TRANSLATE_NOOP("labels", "助老服务"),
    "关爱儿童": QT_TRANSLATE_NOOP("labels", "关爱儿童"),
    "文体活动": QT_TRANSLATE_NOOP("labels", "文体活动"),
    "环境整治": QT_TRANSLATE_NOOP("labels", "环境整治"),
    "便民服务": QT_TRANSLATE_NOOP("labels", "便民服务"),
    "宣传教育": QT_TRANSLATE_NOOP("labels", "宣传教育"),
    "应急救援": QT_TRANSLATE_NOOP("labels", "应急救援"),
}

# an activity participant's attendance (stored as came / did not come / not entered yet)
PARTICIPANT_ATTENDANCE = {
    "已到": QT_TRANSLATE_NOOP("labels", "已到"),
    "未到": QT_TRANSLATE_NOOP("labels", "未到"),
}

# a shift (服务记录) before and after the organiser's confirmation
SHIFT_STATE = {
    "已确认": QT_TRANSLATE_NOOP("labels", "已确认"),
    "待确认": QT_TRANSLATE_NOOP("labels", "待确认"),
}

TABLES: dict[str, dict[str, str]] = {
    "volunteer_status": VOLUNTEER_STATUS,
    "activity_kind": ACTIVITY_KIND,
    "participant_attendance": PARTICIPANT_ATTENDANCE,
    "shift_state": SHIFT_STATE,
}


def value_label(kind: str, stored_value: str) -> str:
    """The stored value as the user reads it; unknown kinds and values are returned unchanged."""
    if stored_value in TABLES.get(kind, {}):
        return QCoreApplication.translate("labels", stored_value)
    return stored_value


def attendance_label(attended: bool | None) -> str:
    """已到 / 未到, or empty while the sheet has not been entered."""
    return "" if attended is None else value_label("participant_attendance", "已到" if attended else "未到")


def shift_state_label(confirmed: bool) -> str:
    return value_label("shift_state", "已确认" if confirmed else "待确认")
