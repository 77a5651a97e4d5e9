"""accounts: staff accounts, roles, the audit log's chain

Revision ID: 0020_accounts
Revises: 0010_lists
Create Date: 2026-12-02 23:50:47.393763

Roles and their permissions are seeded by the program (``services.accounts.ensure_roles``), not here,
so the defaults live in one place (``domain.permissions``).
"""

from alembic import op
import sqlalchemy as sa
import stationdesk.db.base


revision = "0020_accounts"
down_revision = "0010_lists"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account_role",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name_zh", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_account_role")),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("login", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=50), nullable=False),
        sa.Column("role_key", sa.String(length=40), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", stationdesk.db.base.UtcDateTime(), nullable=True),
        sa.Column("created_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_account_person_id_person")),
        sa.ForeignKeyConstraint(["role_key"], ["account_role.key"], name=op.f("fk_account_role_key_account_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("login", name=op.f("uq_account_login")),
    )
    op.create_table(
        "account_role_permission",
        sa.Column("role_key", sa.String(length=40), nullable=False),
        sa.Column("permission", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_key"], ["account_role.key"], name=op.f("fk_account_role_permission_role_key_account_role")
        ),
        sa.PrimaryKeyConstraint("role_key", "permission", name=op.f("pk_account_role_permission")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        # entries written before accounts existed keep no actor and no hash (the chain starts after them)
        batch_op.add_column(sa.Column("actor", sa.String(length=40), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("entry_hash", sa.String(length=64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("entry_hash")
        batch_op.drop_column("actor")

    op.drop_table("account_role_permission")
    op.drop_table("account")
    op.drop_table("account_role")
