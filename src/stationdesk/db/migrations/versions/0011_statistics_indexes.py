"""statistics: indexes the figures read

A month of figures over a million visits is read from a covering index of the visits in date order;
the few visits that reported a change in ability have a partial index (reassessment due at once);
every elder's latest level comes from one pass over a covering index of the final assessments.
See ``stationdesk/db/models/statistics_indexes.py``.

Revision ID: 0011_statistics_indexes
Revises: 0009_volunteers_certificate_void
Create Date: 2026-12-02 20:38:40.187640
"""

from alembic import op
import sqlalchemy as sa


revision = "0011_statistics_indexes"
down_revision = "0009_volunteers_certificate_void"
branch_labels = None
depends_on = None

VISIT_COLUMNS = ["visited_on", "deleted", "elder_id", "kind", "satisfaction", "origin_station"]
ASSESSMENT_COLUMNS = ["elder_id", "origin_station", "status", "assessed_on", "deleted", "level", "total"]


def upgrade() -> None:
    op.create_index("ix_assessment_statistics", "assessment", ASSESSMENT_COLUMNS, unique=False)
    op.create_index(
        "ix_visit_ability_changed",
        "visit",
        ["elder_id", "visited_on", "deleted"],
        unique=False,
        sqlite_where=sa.text("ability_changed = 1"),
        postgresql_where=sa.text("ability_changed"),
    )
    op.create_index("ix_visit_statistics", "visit", VISIT_COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_visit_statistics", table_name="visit")
    op.drop_index("ix_visit_ability_changed", table_name="visit")
    op.drop_index("ix_assessment_statistics", table_name="assessment")
