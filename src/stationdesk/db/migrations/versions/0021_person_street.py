"""person street: the road or lane and house number of an address (道路/街巷门牌, 宋城路12号)

Addresses off an estate have no 楼栋; the number of the house on its road was typed into 楼栋 and
printed as "宋城路12号栋". A plain ADD COLUMN (no table copy), so the elder visit basis triggers on
``person`` stay as they are.

Revision ID: 0021_person_street
Revises: 0020_accounts
Create Date: 2026-12-03 05:45:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0021_person_street"
down_revision = "0020_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("person", sa.Column("street", sa.String(length=60), server_default="", nullable=False))


def downgrade() -> None:
    op.execute("ALTER TABLE person DROP COLUMN street")  # SQLite 3.35+ and PostgreSQL: no table copy
