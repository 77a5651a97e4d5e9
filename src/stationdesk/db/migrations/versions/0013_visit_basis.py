"""elder visit basis: what each elder's visit plan is worked out from, kept by triggers

One row per living elder (tags, the tier staff set, the latest final level, the last living visit),
so that the 待探访 list is one pass over 44,000 short rows instead of two index seeks per elder.
SQLite triggers keep it on every write of a person, care profile, assessment or visit, whoever
writes (a page, a repair; a sync import sets them aside and works the table out in one pass);
a visit added after the last one costs one key seek.
See ``stationdesk/db/models/visit_basis.py``.

Revision ID: 0013_visit_basis
Revises: 0011_statistics_indexes
Create Date: 2026-12-03 00:02:17.003319
"""

from alembic import op
import sqlalchemy as sa

from stationdesk.db.models.visit_basis import LAST_VISIT, LEVEL, STAFF_TIER, TRIGGER_PREFIX, fill_sql

# the basis's columns in this revision (0023 added the day of the latest assessment and the pinyin)
COLUMNS = ("tags", "staff_tier", "level", "last_visit")


revision = "0013_visit_basis"
down_revision = "0011_statistics_indexes"
branch_labels = None
depends_on = None


def _fill(where: str = "") -> str:
    return fill_sql(where, COLUMNS)


def _refresh(column: str, value: str, of: str) -> str:
    """One column of the basis of the elders named by ``of`` (OLD and NEW elder_id), worked out anew."""
    return f"UPDATE elder_visit_basis SET {column} = {value.format(id='elder_visit_basis.elder_id')} WHERE elder_id IN ({of});"


TRIGGERS = {
    # a person: their row made again when they are added, become or stop being a living elder, or change tags
    "person_insert": f"AFTER INSERT ON person WHEN NEW.is_elder = 1 AND NEW.deleted = 0 BEGIN {_fill(' AND p.id = NEW.id')}; END",
    "person_update": (
        "AFTER UPDATE OF tags, is_elder, deleted ON person BEGIN "
        "DELETE FROM elder_visit_basis WHERE elder_id = OLD.id; "
        f"{_fill(' AND p.id = NEW.id')}; END"
    ),
    "person_delete": "AFTER DELETE ON person BEGIN DELETE FROM elder_visit_basis WHERE elder_id = OLD.id; END",
    "profile_insert": f"AFTER INSERT ON elder_profile BEGIN {_refresh('staff_tier', STAFF_TIER, 'NEW.elder_id')} END",
    "profile_update": (
        f"AFTER UPDATE ON elder_profile BEGIN {_refresh('staff_tier', STAFF_TIER, 'OLD.elder_id, NEW.elder_id')} END"
    ),
    "profile_delete": f"AFTER DELETE ON elder_profile BEGIN {_refresh('staff_tier', STAFF_TIER, 'OLD.elder_id')} END",
    "assessment_insert": f"AFTER INSERT ON assessment BEGIN {_refresh('level', LEVEL, 'NEW.elder_id')} END",
    "assessment_update": (
        "AFTER UPDATE OF elder_id, status, assessed_on, deleted, level ON assessment "
        f"BEGIN {_refresh('level', LEVEL, 'OLD.elder_id, NEW.elder_id')} END"
    ),
    "assessment_delete": f"AFTER DELETE ON assessment BEGIN {_refresh('level', LEVEL, 'OLD.elder_id')} END",
    # a new visit can only move the last visit later: one key seek, no look at the elder's other visits
    "visit_insert": (
        "AFTER INSERT ON visit WHEN NEW.deleted = 0 BEGIN UPDATE elder_visit_basis SET last_visit = NEW.visited_on "
        "WHERE elder_id = NEW.elder_id AND (last_visit IS NULL OR last_visit < NEW.visited_on); END"
    ),
    "visit_update": (
        "AFTER UPDATE OF elder_id, visited_on, deleted ON visit "
        f"BEGIN {_refresh('last_visit', LAST_VISIT, 'OLD.elder_id, NEW.elder_id')} END"
    ),
    "visit_delete": f"AFTER DELETE ON visit BEGIN {_refresh('last_visit', LAST_VISIT, 'OLD.elder_id')} END",
}


def upgrade() -> None:
    op.create_table(
        "elder_visit_basis",
        sa.Column("elder_id", sa.String(length=36), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("staff_tier", sa.String(length=10), nullable=True),
        sa.Column("level", sa.SmallInteger(), nullable=True),
        sa.Column("last_visit", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("elder_id", name=op.f("pk_elder_visit_basis")),
        sqlite_with_rowid=False,
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {TRIGGER_PREFIX}{name} {body}")
    op.execute(_fill())


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {TRIGGER_PREFIX}{name}")
    op.drop_table("elder_visit_basis")
