"""Needs (需求清单): the states a need moves through, urgency and its deadline, where a need came from,
and the rating the person served gives.

States follow the practice of the 新时代文明实践 platforms (DOMAIN.md, 三张清单): 点单 → 审核 → 派单 → 接单 →
完成 → 评单. Codes are stable (they travel in bundles and the statistics count them); names are what people
read. Every change of state is kept with who, when and why (``need_state_change``).

- 待受理 pending → 已受理 accepted, or 不予受理 rejected (a reason is required), or 已撤销 withdrawn.
- 已受理 → 已派单 dispatched (a dispatch is made; a pending need is accepted on the way), or rejected, withdrawn,
  or 已完成 completed when the station served it itself.
- 已派单 → 服务中 in_service (the provider took it up), 已完成, withdrawn; back to 已受理 when every dispatch is
  cancelled (re-dispatch puts it back in the queue).
- 服务中 → 已完成, withdrawn; back to 已受理 as above.
- 已完成 → 已评价 rated, when the person served gives a rating.

Completing needs a service given (a service record for the need): the service enforces that, since it
needs the database. A deadline (办结期限) follows from the urgency, in days after the need was found; an
open need past its deadline is overdue.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from stationdesk.errors import ValidationError

PENDING, ACCEPTED, DISPATCHED, IN_SERVICE = "pending", "accepted", "dispatched", "in_service"
COMPLETED, RATED, REJECTED, WITHDRAWN = "completed", "rated", "rejected", "withdrawn"

STATE_NAMES: dict[str, str] = {
    PENDING: "待受理",
    ACCEPTED: "已受理",
    DISPATCHED: "已派单",
    IN_SERVICE: "服务中",
    COMPLETED: "已完成",
    RATED: "已评价",
    REJECTED: "不予受理",
    WITHDRAWN: "已撤销",
}
OPEN_STATES = (PENDING, ACCEPTED, DISPATCHED, IN_SERVICE)
MET_STATES = (COMPLETED, RATED)

TRANSITIONS: dict[str, tuple[str, ...]] = {
    PENDING: (ACCEPTED, REJECTED, WITHDRAWN),
    ACCEPTED: (DISPATCHED, COMPLETED, REJECTED, WITHDRAWN),
    DISPATCHED: (IN_SERVICE, COMPLETED, ACCEPTED, WITHDRAWN),
    IN_SERVICE: (COMPLETED, ACCEPTED, WITHDRAWN),
    COMPLETED: (RATED,),
    RATED: (),
    REJECTED: (),
    WITHDRAWN: (),
}
REASON_REQUIRED = (REJECTED,)

# a dispatch (派单) holds capacity while open; it ends closed (the service was given) or cancelled (with a reason)
DISPATCH_OPEN, DISPATCH_CLOSED, DISPATCH_CANCELLED = "open", "closed", "cancelled"
DISPATCH_STATE_NAMES = {DISPATCH_OPEN: "进行中", DISPATCH_CLOSED: "已完成", DISPATCH_CANCELLED: "已取消"}

URGENT, NORMAL = "urgent", "normal"
URGENCY_NAMES = {URGENT: "紧急", NORMAL: "一般"}
# days from the day a need is found to its deadline; a station may change them (services.needs)
DEFAULT_DEADLINE_DAYS = {URGENT: 2, NORMAL: 10}
MAX_DEADLINE_DAYS = 365

SOURCE_NAMES = {
    "visit": "入户走访",
    "feedback": "居民反馈",
    "meeting": "座谈研讨",
    "phone": "电话",
    "other": "其他",
}

# 1-5, as the person served says it
RATING_NAMES = {5: "满意", 4: "比较满意", 3: "基本满意", 2: "不太满意", 1: "不满意"}


def check_transition(current: str, target: str, reason: str = "") -> None:
    """Refuse a change of state the flow does not allow, or a rejection without its reason."""
    if target not in TRANSITIONS.get(current, ()):
        raise ValidationError(
            "need.transition", field="state", current=STATE_NAMES.get(current, current), target=STATE_NAMES[target]
        )
    if target in REASON_REQUIRED and not reason.strip():
        raise ValidationError("need.reason_required", field="reason", target=STATE_NAMES[target])


def deadline(found_on: date, urgency: str, days: dict[str, int] | None = None) -> date:
    """The day by which a need of this urgency, found on ``found_on``, should be met."""
    rule = days or DEFAULT_DEADLINE_DAYS
    return found_on + timedelta(days=rule.get(urgency, DEFAULT_DEADLINE_DAYS[NORMAL]))


def check_deadline_days(days: dict[str, int]) -> dict[str, int]:
    """A station's deadline rule: whole days, urgent no later than normal."""
    for urgency in URGENCY_NAMES:
        value = days.get(urgency)
        if not isinstance(value, int) or not 0 <= value <= MAX_DEADLINE_DAYS:
            raise ValidationError("need.deadline_days", field=urgency, most=MAX_DEADLINE_DAYS)
    if days[URGENT] > days[NORMAL]:
        raise ValidationError("need.deadline_order", field=URGENT)
    return {u: days[u] for u in URGENCY_NAMES}


def is_overdue(state: str, due_on: date, today: date) -> bool:
    return state in OPEN_STATES and due_on < today


def check_window(wanted_from: datetime | None, wanted_to: datetime | None) -> None:
    """A wanted time window may be open at either end, but never end before it starts."""
    if wanted_from is not None and wanted_to is not None and wanted_to < wanted_from:
        raise ValidationError(
            "need.window_order",
            field="wanted_to",
            start=f"{wanted_from:%Y-%m-%d %H:%M}",
            end=f"{wanted_to:%Y-%m-%d %H:%M}",
        )


def check_rating(rating: object) -> int:
    if not isinstance(rating, int) or isinstance(rating, bool) or rating not in RATING_NAMES:
        raise ValidationError("need.rating_range", field="rating", value=rating)
    return rating
