"""What each living elder's visit plan is worked out from, kept beside the records it comes from
so that the 待探访 list reads one short row per elder instead of seeking each elder's last visit
and latest assessment (44,000 elders: two index seeks each, ~0.5 s).

Local only, never synced: the station's SQLite triggers (migration ``0013_visit_basis``) keep it
whenever a person, care profile, assessment or visit is written, by a page or a repair. A sync import
writes tens of thousands of rows at once: row by row the triggers doubled its time, so it sets them
aside and works the whole table out anew in one pass (``kept_in_one_pass``). Dates are stored as
SQLite stores ``Date`` columns (ISO text).

The SQL below is what migration 0013 builds its triggers from; a later change of it needs a
migration that makes the triggers again.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Connection, Date, SmallInteger, String, Text
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


STAFF_TIER = "(SELECT ep.risk_tier FROM elder_profile ep WHERE ep.elder_id = {id} AND ep.deleted = 0)"
LEVEL = (
    "(SELECT a.level FROM assessment a WHERE a.elder_id = {id} AND a.status = 'final' AND a.deleted = 0"
    " ORDER BY a.assessed_on DESC LIMIT 1)"
)
LAST_VISIT = "(SELECT max(v.visited_on) FROM visit v WHERE v.elder_id = {id} AND v.deleted = 0)"
TRIGGER_PREFIX = "tr_visit_basis_"


def fill_sql(where: str = "") -> str:
    """The basis rows of the living elders ``where`` selects, worked out from their records."""
    return (
        "INSERT INTO elder_visit_basis (elder_id, tags, staff_tier, level, last_visit) "
        f"SELECT p.id, p.tags, {STAFF_TIER.format(id='p.id')}, {LEVEL.format(id='p.id')}, "
        f"{LAST_VISIT.format(id='p.id')} FROM person p WHERE p.is_elder = 1 AND p.deleted = 0{where}"
    )


@contextmanager
def kept_in_one_pass(connection: Connection) -> Iterator[None]:
    """Write many records with the basis's triggers set aside, then make them again and work the
    basis out anew. Inside the caller's transaction: if the writes fail and it rolls back, the
    dropped triggers come back with it (SQLite's schema changes are transactional)."""
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ORDER BY name",
        (f"{TRIGGER_PREFIX}%",),
    ).all()
    for name, _ in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _, sql in triggers:
        connection.exec_driver_sql(sql)
    if triggers:  # a database without them (the city hub's copy of the schema) keeps no basis
        connection.exec_driver_sql("DELETE FROM elder_visit_basis")
        connection.exec_driver_sql(fill_sql())
