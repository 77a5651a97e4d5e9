"""What each living elder's visit plan is worked out from, kept beside the records it comes from
so that the 待探访 list reads one short row per elder instead of seeking each elder's last visit
and latest assessment (44,000 elders: two index seeks each, ~0.5 s).

Local only, never synced: the station's SQLite triggers (migration ``0013_visit_basis``) keep it
whenever a person, care profile, assessment or visit is written, by a page, a repair or a sync
import alike. Dates are stored as SQLite stores ``Date`` columns (ISO text).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base


class ElderVisitBasis(Base):
    """One row per living elder: tags, the tier staff set, the latest final level, the last visit."""

    __tablename__ = "elder_visit_basis"
    __table_args__ = ({"sqlite_with_rowid": False},)

    elder_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tags: Mapped[str] = mapped_column(Text, default="")
    staff_tier: Mapped[str | None] = mapped_column(String(10))  # the care profile's tier; NULL: none
    level: Mapped[int | None] = mapped_column(SmallInteger)  # latest final assessment; NULL: none
    last_visit: Mapped[date | None] = mapped_column(Date)  # latest living visit; NULL: never visited
