"""Alembic environment: run against the connection StationDesk hands in (never a URL from an ini)."""

from alembic import context

from stationdesk.db.models import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("StationDesk migrations run through stationdesk.db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
