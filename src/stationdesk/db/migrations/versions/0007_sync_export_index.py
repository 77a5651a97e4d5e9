"""sync: one (origin_station, change_seq) index per synced table

The export reads "this station's rows changed since the acknowledged sequence, in sequence order"
and the 数据同步 page counts them. With separate indexes SQLite took the origin index, looked up
every row for its change_seq and sorted them all; the pair index answers both from the index alone
(a full export of 200,000 people no longer sorts, a weekly export reads only what changed). It
replaces the origin_station index, its prefix. Joins every feature's head, since it touches all of
their tables.

Revision ID: 0007_sync_export_index
Revises: 0002_elderly, 0003_tutoring, 0004_volunteers, 0005_sync, 0006_people_indexes
Create Date: 2026-11-28 17:05:00
"""

from alembic import op


revision = "0007_sync_export_index"
down_revision = ("0002_elderly", "0003_tutoring", "0004_volunteers", "0005_sync", "0006_people_indexes")
branch_labels = None
depends_on = None

# the synced tables when this revision was written (a revision never reads today's models)
TABLES = [
    "catalog_item",
    "person",
    "tutoring_class",
    "assessment",
    "elder_profile",
    "guardian_consent",
    "guardianship",
    "tutoring_case_note",
    "tutoring_class_tutor",
    "tutoring_enrolment",
    "tutoring_session",
    "tutoring_slot",
    "visit",
    "assessment_score",
    "follow_up",
    "tutoring_attendance",
    "tutoring_session_tutor",
    "visit_visitor",
    "volunteer",
    "volunteer_award",
    "volunteer_certificate",
    "volunteer_team",
    "volunteer_training",
    "team_membership",
    "volunteer_project",
    "activity",
    "activity_participant",
    "volunteer_shift",
    "shift_correction",
]


def upgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_origin_station", table_name=table)
        op.create_index(f"ix_{table}_origin_change", table, ["origin_station", "change_seq"], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_origin_change", table_name=table)
        op.create_index(f"ix_{table}_origin_station", table, ["origin_station"], unique=False)
