"""sync: conflicts the city decided, on the station's list

A conflict on the station's list is either found by this station's import (decided_by "") or one
the city decided and sent back in its bundle (decided_by = the city's code, remote_id = the city's
id for it, so it is added once).

Revision ID: 0008_sync_city_conflicts
Revises: 0007_sync_export_index
Create Date: 2026-11-28 17:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0008_sync_city_conflicts"
down_revision = "0007_sync_export_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decided_by", sa.String(length=32), server_default="", nullable=False))
        batch_op.add_column(sa.Column("remote_id", sa.String(length=48), nullable=True))
        batch_op.create_index(batch_op.f("ix_sync_conflict_remote_id"), ["remote_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_remote_id"))
        batch_op.drop_column("remote_id")
        batch_op.drop_column("decided_by")
