"""Times typed from a paper sheet by keyboard (签到表, 考勤表): 1530, 930, 0930, 9:30, 09.30, 9 → a time.

One reader for every feature (tutoring attendance, volunteer sign-in times), so a clerk types
times the same way on every screen. The error code ``time.format`` has its text in messages.py.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time

from stationdesk.errors import ValidationError

_CLOCK = re.compile(r"^(\d{1,2})[:：.]?(\d{2})$")


def parse_clock(text: str, field: str = "time") -> time | None:
    """A time as staff type it: 1530, 930, 15:30, 9.05, 9：30, full-width digits; 9 or 15 is on the hour.

    Blank text means "not written" (None). Anything else that is not a real time raises
    ``ValidationError("time.format", field=field, value=text)`` — minutes always take two digits
    ("930" is 9:30; "15:3" and "9:" are refused rather than guessed).
    """
    raw = unicodedata.normalize("NFKC", text or "").strip()
    if not raw:
        return None
    match = _CLOCK.match(raw)
    if match is None and raw.isdigit() and len(raw) <= 2:
        match = _CLOCK.match(f"{raw}00")  # "9" → 09:00, "15" → 15:00
    if match is not None:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ValidationError("time.format", field=field, value=text)


def format_clock(value: time | None) -> str:
    """09:30, or "" for no time."""
    return "" if value is None else f"{value:%H:%M}"
