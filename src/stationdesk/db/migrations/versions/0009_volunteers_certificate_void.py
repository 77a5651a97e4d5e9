"""volunteers: a certificate can be voided (作废) with a reason

Revision ID: 0009_volunteers_certificate_void
Revises: 0008_sync_city_conflicts
Create Date: 2026-11-28 18:25:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0009_volunteers_certificate_void"
down_revision = "0008_sync_city_conflicts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("volunteer_certificate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voided_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("void_reason", sa.String(length=200), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("volunteer_certificate", schema=None) as batch_op:
        batch_op.drop_column("void_reason")
        batch_op.drop_column("voided_on")
