"""Volunteer service hours (服务时长): how a shift's times become the hours that count.

Rules, from 《志愿服务记录与证明出具办法（试行）》 and the local rules noted in DOMAIN.md:

- Only actual service time counts (travel excluded): the minutes between sign-in and sign-out.
- Hours go in half-hour units, rounded DOWN to whole half hours: a half hour that was not
  completed is not credited (1 h 20 min -> 1.0 h, 1 h 45 min -> 1.5 h, 25 min -> 0 h). Rounding
  down keeps the record true: nobody is credited time they did not serve.
- At most ``cap`` minutes a day (default 8 h) across all of a volunteer's shifts of that day;
  a later shift of the same day is credited only what is left under the cap.
- A manual correction needs a written reason and also stays under the daily cap.
- Refused: sign-out not after sign-in, a shift that ends in the future, a shift overlapping
  another shift of the same volunteer, a shift for a volunteer who has left (退出).

Times are the station's local wall-clock times (naive ``datetime``). Minutes are whole numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from stationdesk.errors import ValidationError

UNIT_MINUTES = 30
DEFAULT_DAILY_CAP_MINUTES = 8 * 60
MAX_SHIFT_MINUTES = 24 * 60
STATUS_ACTIVE, STATUS_PAUSED, STATUS_LEFT = "在册", "暂停", "退出"
STATUSES = (STATUS_ACTIVE, STATUS_PAUSED, STATUS_LEFT)


def actual_minutes(signed_in: datetime, signed_out: datetime) -> int:
    """Whole minutes served between the two times (seconds are dropped)."""
    if signed_out <= signed_in:
        raise ValidationError(
            "shift.out_before_in",
            field="signed_out_at",
            signed_in=f"{signed_in:%H:%M}",
            signed_out=f"{signed_out:%H:%M}",
        )
    minutes = int((signed_out - signed_in).total_seconds() // 60)
    if minutes > MAX_SHIFT_MINUTES:
        raise ValidationError("shift.too_long", field="signed_out_at", hours=MAX_SHIFT_MINUTES // 60)
    return minutes


def round_to_half_hours(minutes: int) -> int:
    """Down to whole half hours: 79 -> 60, 90 -> 90, 29 -> 0."""
    return max(0, minutes) // UNIT_MINUTES * UNIT_MINUTES


def credit_minutes(
    signed_in: datetime, signed_out: datetime, already_that_day: int = 0, cap: int = DEFAULT_DAILY_CAP_MINUTES
) -> int:
    """Minutes a new shift counts for: actual time, rounded down to half hours, within the day's cap."""
    rounded = round_to_half_hours(actual_minutes(signed_in, signed_out))
    return min(rounded, max(0, round_to_half_hours(cap) - already_that_day))


def check_not_future(signed_out: datetime, now: datetime) -> None:
    if signed_out > now:
        raise ValidationError("shift.in_future", field="signed_out_at", signed_out=f"{signed_out:%Y-%m-%d %H:%M}")


def check_no_overlap(signed_in: datetime, signed_out: datetime, others: Iterable[tuple[datetime, datetime]]) -> None:
    """Refuse when [in, out) shares any minute with another shift of the same volunteer."""
    for other_in, other_out in others:
        if signed_in < other_out and other_in < signed_out:
            raise ValidationError(
                "shift.overlap", field="signed_in_at", other=f"{other_in:%Y-%m-%d %H:%M}-{other_out:%H:%M}"
            )


def check_volunteer_can_serve(status: str) -> None:
    if status == STATUS_LEFT:
        raise ValidationError("shift.volunteer_left", field="volunteer_id")


def check_correction(new_minutes: int, reason: str, already_that_day: int, cap: int = DEFAULT_DAILY_CAP_MINUTES) -> int:
    """A manual correction: a written reason, whole half hours, within the day's cap. Returns the minutes."""
    if not reason.strip():
        raise ValidationError("shift.reason_required", field="reason")
    if new_minutes < 0 or new_minutes % UNIT_MINUTES:
        raise ValidationError("shift.half_hours_only", field="minutes")
    if new_minutes + already_that_day > round_to_half_hours(cap):
        raise ValidationError(
            "shift.over_daily_cap",
            field="minutes",
            cap=format_hours(cap),
            left=format_hours(max(0, cap - already_that_day)),
        )
    return new_minutes


def format_hours(minutes: int) -> str:
    """180 -> "3", 150 -> "2.5", 45 -> "0.75" (hours as people write them)."""
    hours = minutes / 60
    return f"{hours:.2f}".rstrip("0").rstrip(".") if hours else "0"


def on_day(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock)
