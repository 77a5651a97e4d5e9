"""Alembic, driven from code: where the scripts are, what the database is at, upgrade to head.

Features add revisions under ``migrations/versions``; several may branch from the same parent,
so the target is always every head (``heads``), and "up to date" means the database holds
exactly the set of script heads.
"""

from __future__ import annotations

from functools import lru_cache

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

SCRIPT_LOCATION = "stationdesk.db:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    """The revision scripts, read once per process (they ship with the program)."""
    return ScriptDirectory.from_config(alembic_config())


def script_heads() -> set[str]:
    return set(_scripts().get_heads())


def known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts().walk_revisions()}


def database_revisions(connection: Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


def upgrade_to_head(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "heads")
