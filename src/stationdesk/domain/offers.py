"""What resources (资源清单) and services (服务清单) offer: who provides them, what kind of thing they are, their
status, when they serve and how much (capacity as Open Referral's service_capacity: unit, available, maximum).

Capacity is held by open dispatches: what is left = available − held. When a dispatch closes the hold ends;
goods and funds are used up by it (their available amount goes down), a hall or a team is free again.
"""

from __future__ import annotations

from datetime import time

from stationdesk.errors import ValidationError

ACTIVE, PAUSED, ENDED = "active", "paused", "ended"
STATUS_NAMES = {ACTIVE: "在用", PAUSED: "暂停", ENDED: "已终止"}

PROVIDER_KINDS = {
    "work_team": "驻镇帮扶工作队",
    "paired_unit": "结对共建单位",
    "university": "高校",
    "social_work": "社会工作服务机构",
    "government": "民政/公安/工青妇",
    "enterprise": "企业",
    "individual": "个人",
    "station": "党群服务中心/驿站",
    "volunteer_team": "本站志愿服务队",
}
RESOURCE_KINDS = {
    "venue": "场地/阵地",
    "goods": "物资",
    "funds": "资金",
    "professional": "专业人员",
    "volunteer_team": "志愿服务队",
    "other": "其他",
}
CONSUMED_KINDS = ("goods", "funds")  # a closed dispatch uses up what it held
WEEKDAY_DIGITS = "1234567"  # Monday = 1 (ISO)
MAX_CAPACITY = 10_000_000


def clean_weekdays(text: str) -> str:
    """ "135" or "1,3,5" → "135" (sorted, each once); anything but 1-7 is refused."""
    digits = [c for c in (text or "") if c not in " ,，、"]
    if any(c not in WEEKDAY_DIGITS for c in digits):
        raise ValidationError("offer.weekdays", field="available_weekdays")
    return "".join(d for d in WEEKDAY_DIGITS if d in digits)


def weekday_runs(digits: str) -> list[tuple[str, str]]:
    """Runs of consecutive weekdays, for saying "周一至周五" rather than listing five days: "12357" → [("1", "3"),
    ("5", "5"), ("7", "7")]."""
    runs: list[tuple[str, str]] = []
    for digit in (d for d in WEEKDAY_DIGITS if d in digits):
        if runs and int(runs[-1][1]) + 1 == int(digit):
            runs[-1] = (runs[-1][0], digit)
        else:
            runs.append((digit, digit))
    return runs


def hours_text(opens: time | None, closes: time | None) -> str:
    """ "08:00-12:00", "08:00-" or "" when no hours are set."""
    start = f"{opens:%H:%M}" if opens else ""
    end = f"{closes:%H:%M}" if closes else ""
    return f"{start}-{end}" if start or end else ""


def check_hours(opens: time | None, closes: time | None) -> None:
    if opens is not None and closes is not None and closes <= opens:
        raise ValidationError("offer.hours_order", field="available_to", start=f"{opens:%H:%M}", end=f"{closes:%H:%M}")


def check_capacity(available: int | None, maximum: int | None) -> None:
    for name, value in (("capacity_available", available), ("capacity_maximum", maximum)):
        if value is not None and (not isinstance(value, int) or not 0 <= value <= MAX_CAPACITY):
            raise ValidationError("offer.capacity_range", field=name, most=MAX_CAPACITY)
    if available is not None and maximum is not None and available > maximum:
        raise ValidationError("offer.capacity_over_maximum", field="capacity_available", maximum=maximum)


def remaining(available: int | None, held: int) -> int | None:
    """What is left for new dispatches (None: the capacity is not counted)."""
    return None if available is None else available - held
