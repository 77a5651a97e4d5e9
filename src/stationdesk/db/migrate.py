"""Alembic, driven from code: where the scripts are, what the database is at, upgrade to head.

Features add revisions under ``migrations/versions``; several may branch from the same parent,
so the target is always every head (``heads``), and "up to date" means the database holds
exactly the set of script heads.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the start reads the heads before SQLAlchemy is imported (db.station_file)
    from sqlalchemy.engine import Connection

SCRIPT_LOCATION = "stationdesk.db:migrations"
VERSIONS = Path(__file__).with_name("migrations") / "versions"


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# ``revision = "…"`` and ``down_revision = None | "…" | ("…", …)`` at the start of a line
_REVISION_LINE = re.compile(r"""^(revision|down_revision)\b[^=\n]*=\s*(None|"[^"]*"|'[^']*'|\([^)]*\))""", re.M)


@lru_cache(maxsize=1)
def _parents() -> dict[str, tuple[str, ...]]:
    """Each revision script's ``revision`` and ``down_revision``, read as text rather than through
    Alembic, which is imported only when a database has to be upgraded: a start-up that finds the
    database at the heads then spends nothing on Alembic, and a regular expression is ten times
    cheaper than parsing the scripts (the login dialog waits for it; tests/db/test_migrations.py
    checks that both readings agree)."""
    parents: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS.glob("*.py")):
        values = {name: ast.literal_eval(value) for name, value in _REVISION_LINE.findall(path.read_text("utf-8"))}
        if isinstance(values.get("revision"), str):
            down = values.get("down_revision")
            parents[values["revision"]] = () if down is None else (down,) if isinstance(down, str) else tuple(down)
    return parents


def script_heads() -> set[str]:
    parents = _parents()
    return set(parents) - {p for above in parents.values() for p in above}


def known_revisions() -> set[str]:
    return set(_parents())


def database_revisions(connection: Connection) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    return set(MigrationContext.configure(connection).get_current_heads())


def upgrade_to_head(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "heads")
