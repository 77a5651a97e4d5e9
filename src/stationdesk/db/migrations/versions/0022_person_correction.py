"""person correction: the history of corrections to a person's registered fields (更正, PIPL art. 46)

A synced table: one row per changed field with the old and new value, who and why.
See ``stationdesk/db/models/people.py`` (``PersonCorrection``).

Revision ID: 0022_person_correction
Revises: 0020_accounts
Create Date: 2026-12-03 05:50:00
"""

from alembic import op
import sqlalchemy as sa
import stationdesk.db.base


revision = "0022_person_correction"
down_revision = "0020_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_correction",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=30), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("corrected_by", sa.String(length=50), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station", sa.String(length=32), nullable=False),
        sa.Column("created_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("version", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_person_correction_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_correction")),
    )
    with op.batch_alter_table("person_correction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_correction_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_correction_person_id"), ["person_id"], unique=False)
        batch_op.create_index("ix_person_correction_origin_change", ["origin_station", "change_seq"], unique=False)


def downgrade() -> None:
    op.drop_table("person_correction")
