"""home page reads: the elder visit basis also keeps the day of each elder's latest final
assessment and the name's pinyin, indexed in the 到期复评 order; the role flags' indexes carry
``deleted``, so the home page's counts of elders, children and volunteers are index ranges

The home page's reassessments due grouped every final assessment and sorted every elder (~50 ms at
43,000 elders; a rewrite without a stored basis was 2× slower where nearly everyone is assessed).
Now its first rows are a walk of ``ix_elder_visit_basis_reassessment`` that stops after eight and
its count two index ranges. The same triggers as 0013 keep the new columns (a person's insert and
update now also on ``name_pinyin``, an assessment's writes refresh the day beside the level); a sync
import sets them aside and works the table out in one pass, as before (``kept_in_one_pass``). The
table is made anew (it is derived, local, never synced) so that its shape is the models' own.

A role's count (``deleted = 0 AND is_elder = 1``) read all 100,000 entries of the search index
(~10 ms each); ``ix_person_is_<role>`` on (flag, deleted) instead of the flag alone makes it a covering
range (~0.2–1 ms): the same four indexes, each a byte wider per entry.

Revision ID: 0023_home_page_reads
Revises: 0013_visit_basis
Create Date: 2026-12-03 15:00:00
"""

from alembic import op
import sqlalchemy as sa

from stationdesk.db.models.visit_basis import TRIGGER_PREFIX, WORKED_OUT_FROM, fill_sql


revision = "0023_home_page_reads"
down_revision = "0013_visit_basis"
branch_labels = None
depends_on = None

BEFORE = ("tags", "staff_tier", "level", "last_visit")  # the columns 0013 made
AFTER = (*BEFORE, "last_assessed", "name_pinyin")
ROLES = ("elder", "child", "guardian", "volunteer")  # the person's role flags, each with an index


def _changed_triggers(columns: tuple[str, ...]) -> dict[str, str]:
    """The triggers whose bodies name the basis's columns (the others, on profiles and visits, stay)."""
    person_columns = ", ".join(("tags", "is_elder", "deleted", *(("name_pinyin",) if "name_pinyin" in columns else ())))
    assessed = ", ".join(
        f"{column} = {WORKED_OUT_FROM[column].format(id='elder_visit_basis.elder_id')}"
        for column in ("level", "last_assessed")
        if column in columns
    )

    def refresh(of: str) -> str:
        return f"UPDATE elder_visit_basis SET {assessed} WHERE elder_id IN ({of});"

    return {
        "person_insert": (
            f"AFTER INSERT ON person WHEN NEW.is_elder = 1 AND NEW.deleted = 0 "
            f"BEGIN {fill_sql(' AND p.id = NEW.id', columns)}; END"
        ),
        "person_update": (
            f"AFTER UPDATE OF {person_columns} ON person BEGIN "
            "DELETE FROM elder_visit_basis WHERE elder_id = OLD.id; "
            f"{fill_sql(' AND p.id = NEW.id', columns)}; END"
        ),
        "assessment_insert": f"AFTER INSERT ON assessment BEGIN {refresh('NEW.elder_id')} END",
        "assessment_update": (
            "AFTER UPDATE OF elder_id, status, assessed_on, deleted, level ON assessment "
            f"BEGIN {refresh('OLD.elder_id, NEW.elder_id')} END"
        ),
        "assessment_delete": f"AFTER DELETE ON assessment BEGIN {refresh('OLD.elder_id')} END",
    }


def _make_basis(columns: tuple[str, ...]) -> None:
    """Drop the basis and its column-naming triggers, make them with ``columns``, work the rows out."""
    triggers = _changed_triggers(columns)
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER_PREFIX}{name}")
    op.drop_table("elder_visit_basis")
    shape = {
        "tags": sa.Column("tags", sa.Text(), nullable=False),
        "staff_tier": sa.Column("staff_tier", sa.String(length=10), nullable=True),
        "level": sa.Column("level", sa.SmallInteger(), nullable=True),
        "last_visit": sa.Column("last_visit", sa.Date(), nullable=True),
        "last_assessed": sa.Column("last_assessed", sa.Date(), nullable=True),
        "name_pinyin": sa.Column("name_pinyin", sa.String(length=200), nullable=False),
    }
    op.create_table(
        "elder_visit_basis",
        sa.Column("elder_id", sa.String(length=36), nullable=False),
        *(shape[column] for column in columns),
        sa.PrimaryKeyConstraint("elder_id", name=op.f("pk_elder_visit_basis")),
        sqlite_with_rowid=False,
    )
    if "last_assessed" in columns:
        op.create_index("ix_elder_visit_basis_reassessment", "elder_visit_basis", ["last_assessed", "name_pinyin"])
    for name, body in triggers.items():
        op.execute(f"CREATE TRIGGER {TRIGGER_PREFIX}{name} {body}")
    op.execute(fill_sql(columns=columns))


def _index_roles(*columns: str) -> None:
    for role in ROLES:
        op.drop_index(f"ix_person_is_{role}", table_name="person")
        op.create_index(f"ix_person_is_{role}", "person", [f"is_{role}", *columns])


def upgrade() -> None:
    _make_basis(AFTER)
    _index_roles("deleted")


def downgrade() -> None:
    _index_roles()
    _make_basis(BEFORE)
