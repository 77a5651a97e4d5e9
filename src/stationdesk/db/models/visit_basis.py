"""What each living elder's visit plan is worked out from, kept beside the records it comes from
so that the 待探访 list reads one short row per elder instead of seeking each elder's last visit
and latest assessment (44,000 elders: two index seeks each, ~0.5 s), and the home page's 到期复评
reads its first rows and its count from one index (``last_assessed``, ``name_pinyin``) instead of
grouping every final assessment and sorting every elder (~50 ms; migration ``0023_home_page_reads``).

Local only, never synced: the station's SQLite triggers (migration ``0013_visit_basis``) keep it
whenever a person, care profile, assessment or visit is written, by a page or a repair. A sync import
writes tens of thousands of rows at once: row by row the triggers doubled its time, so it sets them
aside and works the whole table out anew in one pass (``kept_in_one_pass``). Dates are stored as
SQLite stores ``Date`` columns (ISO text).

The SQL below is what migrations 0013 and 0023 build their triggers from (each with the columns
the table had then); a later change of it needs a migration that makes the triggers again.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Connection, Date, Index, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base


class ElderVisitBasis(Base):
    """One row per living elder: tags, the tier staff set, the latest final level and its day, the last
    visit, and the name's pinyin the due lists are ordered by."""

    __tablename__ = "elder_visit_basis"
    __table_args__ = (
        # 到期复评 in its order: never assessed first (NULL sorts first), then the oldest assessment
        Index("ix_elder_visit_basis_reassessment", "last_assessed", "name_pinyin"),
        {"sqlite_with_rowid": False},
    )

    elder_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tags: Mapped[str] = mapped_column(Text, default="")
    staff_tier: Mapped[str | None] = mapped_column(String(10))  # the care profile's tier; NULL: none
    level: Mapped[int | None] = mapped_column(SmallInteger)  # latest final assessment; NULL: none
    last_visit: Mapped[date | None] = mapped_column(Date)  # latest living visit; NULL: never visited
    last_assessed: Mapped[date | None] = mapped_column(Date)  # day of the latest final assessment; NULL: none
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")  # the person's


STAFF_TIER = "(SELECT ep.risk_tier FROM elder_profile ep WHERE ep.elder_id = {id} AND ep.deleted = 0)"
LEVEL = (
    "(SELECT a.level FROM assessment a WHERE a.elder_id = {id} AND a.status = 'final' AND a.deleted = 0"
    " ORDER BY a.assessed_on DESC LIMIT 1)"
)
LAST_VISIT = "(SELECT max(v.visited_on) FROM visit v WHERE v.elder_id = {id} AND v.deleted = 0)"
LAST_ASSESSED = (
    "(SELECT max(a.assessed_on) FROM assessment a WHERE a.elder_id = {id} AND a.status = 'final' AND a.deleted = 0)"
)
# each column of the basis and what it is worked out from ({id}: the elder's id)
WORKED_OUT_FROM = {
    "tags": "p.tags",
    "staff_tier": STAFF_TIER,
    "level": LEVEL,
    "last_visit": LAST_VISIT,
    "last_assessed": LAST_ASSESSED,
    "name_pinyin": "p.name_pinyin",
}
TRIGGER_PREFIX = "tr_visit_basis_"


def fill_sql(where: str = "", columns: tuple[str, ...] = tuple(WORKED_OUT_FROM)) -> str:
    """The basis rows of the living elders ``where`` selects, worked out from their records (a
    migration names the columns the table had when it was written)."""
    values = ", ".join(WORKED_OUT_FROM[column].format(id="p.id") for column in columns)
    return (
        f"INSERT INTO elder_visit_basis (elder_id, {', '.join(columns)}) "
        f"SELECT p.id, {values} FROM person p WHERE p.is_elder = 1 AND p.deleted = 0{where}"
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
        # in the key's order the rows are appended, not put in at random places (~15 % of the pass)
        connection.exec_driver_sql(fill_sql() + " ORDER BY p.id")
