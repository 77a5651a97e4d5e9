"""Developer tool: write an Alembic revision by comparing the models with a migrated empty database.

    .venv/bin/python scripts/new_migration.py 0003_tutoring "tutoring: classes, sessions" [--parent 0001_foundation]

Read the file it writes and keep only your own tables' changes. Several features may branch from
the same parent; StationDesk upgrades to every head.
"""

import argparse
import tempfile
from pathlib import Path

from alembic import command

from stationdesk.db import migrate
from stationdesk.db.database import make_sqlite_engine

parser = argparse.ArgumentParser()
parser.add_argument("rev_id")
parser.add_argument("message")
parser.add_argument("--parent", default=None, help="revision to branch from (default: the single head)")
args = parser.parse_args()

engine = make_sqlite_engine(Path(tempfile.mkdtemp()) / "empty.sqlite3")
with engine.begin() as connection:
    config = migrate.alembic_config(connection)
    command.upgrade(config, "heads")
    command.revision(
        config,
        message=args.message,
        autogenerate=True,
        rev_id=args.rev_id,
        head=args.parent or "head",
        splice=bool(args.parent),
    )
