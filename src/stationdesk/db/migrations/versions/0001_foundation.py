"""foundation: station, counters, catalog, people

Revision ID: 0001_foundation
Revises:
Create Date: 2026-11-28 14:05:26.859698
"""

from alembic import op
import sqlalchemy as sa
import stationdesk.db.base


revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject_kind", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "catalog_item",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station", sa.String(length=32), nullable=False),
        sa.Column("created_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("version", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_item")),
        sa.UniqueConstraint("kind", "name", name="uq_catalog_item_kind_name"),
    )
    with op.batch_alter_table("catalog_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_catalog_item_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_catalog_item_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_catalog_item_origin_station"), ["origin_station"], unique=False)

    op.create_table(
        "local_counter",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_local_counter")),
    )
    op.create_table(
        "local_state",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_state")),
    )
    op.create_table(
        "person",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("community", sa.String(length=60), nullable=False),
        sa.Column("building", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("room", sa.String(length=20), nullable=False),
        sa.Column("household_head_id", sa.String(length=36), nullable=True),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("is_elder", sa.Boolean(), nullable=False),
        sa.Column("is_child", sa.Boolean(), nullable=False),
        sa.Column("is_guardian", sa.Boolean(), nullable=False),
        sa.Column("is_volunteer", sa.Boolean(), nullable=False),
        sa.Column("alias", sa.String(length=50), nullable=False),
        sa.Column("emergency_contact", sa.String(length=50), nullable=False),
        sa.Column("emergency_phone", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("name_pinyin", sa.String(length=200), nullable=False),
        sa.Column("name_initials", sa.String(length=100), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station", sa.String(length=32), nullable=False),
        sa.Column("created_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("version", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["household_head_id"], ["person.id"], name=op.f("fk_person_household_head_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_is_child"), ["is_child"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_is_elder"), ["is_elder"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_is_guardian"), ["is_guardian"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_is_volunteer"), ["is_volunteer"], unique=False)
        batch_op.create_index("ix_person_live_name", ["deleted", "name_pinyin"], unique=False)
        batch_op.create_index("ix_person_name_birth", ["name", "birth_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_origin_station"), ["origin_station"], unique=False)
        batch_op.create_index(
            "uq_person_id_number_live",
            ["id_number"],
            unique=True,
            sqlite_where=sa.text("id_number IS NOT NULL AND deleted = 0"),
            postgresql_where=sa.text("id_number IS NOT NULL AND deleted = false"),
        )

    op.create_table(
        "station",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_station")),
    )
    op.create_table(
        "guardian_consent",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("guardian_id", sa.String(length=36), nullable=True),
        sa.Column("given_by", sa.String(length=50), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station", sa.String(length=32), nullable=False),
        sa.Column("created_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("version", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["person.id"], name=op.f("fk_guardian_consent_child_id_person")),
        sa.ForeignKeyConstraint(["guardian_id"], ["person.id"], name=op.f("fk_guardian_consent_guardian_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardian_consent")),
    )
    with op.batch_alter_table("guardian_consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guardian_consent_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_guardian_consent_child_id"), ["child_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_guardian_consent_origin_station"), ["origin_station"], unique=False)

    op.create_table(
        "guardianship",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("guardian_id", sa.String(length=36), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station", sa.String(length=32), nullable=False),
        sa.Column("created_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", stationdesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("version", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["person.id"], name=op.f("fk_guardianship_child_id_person")),
        sa.ForeignKeyConstraint(["guardian_id"], ["person.id"], name=op.f("fk_guardianship_guardian_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardianship")),
    )
    with op.batch_alter_table("guardianship", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guardianship_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_guardianship_child_id"), ["child_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_guardianship_guardian_id"), ["guardian_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_guardianship_origin_station"), ["origin_station"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("guardianship", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guardianship_origin_station"))
        batch_op.drop_index(batch_op.f("ix_guardianship_guardian_id"))
        batch_op.drop_index(batch_op.f("ix_guardianship_child_id"))
        batch_op.drop_index(batch_op.f("ix_guardianship_change_seq"))

    op.drop_table("guardianship")
    with op.batch_alter_table("guardian_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guardian_consent_origin_station"))
        batch_op.drop_index(batch_op.f("ix_guardian_consent_child_id"))
        batch_op.drop_index(batch_op.f("ix_guardian_consent_change_seq"))

    op.drop_table("guardian_consent")
    op.drop_table("station")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_person_id_number_live",
            sqlite_where=sa.text("id_number IS NOT NULL AND deleted = 0"),
            postgresql_where=sa.text("id_number IS NOT NULL AND deleted = false"),
        )
        batch_op.drop_index(batch_op.f("ix_person_origin_station"))
        batch_op.drop_index("ix_person_name_birth")
        batch_op.drop_index("ix_person_live_name")
        batch_op.drop_index(batch_op.f("ix_person_is_volunteer"))
        batch_op.drop_index(batch_op.f("ix_person_is_guardian"))
        batch_op.drop_index(batch_op.f("ix_person_is_elder"))
        batch_op.drop_index(batch_op.f("ix_person_is_child"))
        batch_op.drop_index(batch_op.f("ix_person_change_seq"))

    op.drop_table("person")
    op.drop_table("local_state")
    op.drop_table("local_counter")
    with op.batch_alter_table("catalog_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalog_item_origin_station"))
        batch_op.drop_index(batch_op.f("ix_catalog_item_kind"))
        batch_op.drop_index(batch_op.f("ix_catalog_item_change_seq"))

    op.drop_table("catalog_item")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
