"""The city hub's tables, on SQLite or PostgreSQL, in their own MetaData.

- ``hub_*`` tables: the hub's identity, enrolled stations, bundles received, conflicts, counter, and
  the city's own accounts (``hub_account``: the city window and ``stationdesk city`` log in with them).
- One copy of every synced table (``stationdesk.db.base.synced_tables()``), built from the models so
  a new record kind arrives at the hub without hub code. The copies differ from the station's tables
  on purpose (docs/bundle-format.md, section 9):
  * no unique constraints or unique indexes besides the primary key: the hub merges many stations,
    and two stations may rightly hold the same person (same ID number) or the same list entry; the
    hub stores what each sent and leaves de-duplication to people, never refusing a bundle for it;
  * no foreign keys: the importer checks every reference itself before it commits (the same check
    on both databases), and a bundle's rows may point forward inside the same table;
  * one extra column ``hub_written_by``: who wrote the version the hub holds (a station code or the
    city code), which decides conflicts and what goes back to a station;
  * ``change_seq`` is the hub's own counter, so ``city export`` sends what changed since a station's
    acknowledgement.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import BigInteger, Boolean, Column, Index, Integer, MetaData, String, Table, Text

from stationdesk.db.base import NAMING_CONVENTION, UtcDateTime, synced_tables

hub_metadata = MetaData(naming_convention=NAMING_CONVENTION)

hub_info = Table(
    "hub_info",
    hub_metadata,
    Column("key", String(80), primary_key=True),
    Column("value", Text, nullable=False),
)

hub_counter = Table(
    "hub_counter",
    hub_metadata,
    Column("name", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

hub_station = Table(
    "hub_station",
    hub_metadata,
    Column("code", String(32), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("token", String(64), nullable=False),
    Column("enrolled_at", UtcDateTime(), nullable=False),
    Column("signing_key", String(64)),  # set by the station's first bundle (proved by the token)
    Column("encryption_key", String(64)),
    Column("activated_at", UtcDateTime()),
    Column("received_up_to", BigInteger, nullable=False, default=0),  # station sequence applied here
    Column("acked_hub_seq", BigInteger, nullable=False, default=0),  # hub sequence the station confirmed
    Column("last_bundle_id", String(36)),
    Column("last_bundle_at", UtcDateTime()),
    Column("last_bundle_sha256", String(64)),
    Column("last_export_at", UtcDateTime()),
    Column("last_export_up_to", BigInteger, nullable=False, default=0),
    Column("last_export_sha256", String(64)),
)

hub_bundle = Table(
    "hub_bundle",
    hub_metadata,
    Column("bundle_id", String(36), primary_key=True),
    Column("station_code", String(32), nullable=False, index=True),
    Column("header_sha256", String(64), nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
    Column("made_at", UtcDateTime()),  # the header's created_at: the station's data is complete up to it
    Column("status", String(20), nullable=False),
    Column("report", Text, nullable=False),
)

hub_audit_head = Table(
    # the heads of each station's audit chain the hub has seen, one per bundle; ``rewritten`` when the
    # bundle said the entry an earlier bundle named now holds another hash (a log rewritten since)
    "hub_audit_head",
    hub_metadata,
    Column("bundle_id", String(36), primary_key=True),
    Column("station_code", String(32), nullable=False, index=True),
    Column("seq", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
    Column("rewritten", Boolean, nullable=False, default=False),
)

hub_conflict = Table(
    "hub_conflict",
    hub_metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("station_code", String(32), nullable=False, index=True),  # each city bundle sends a station's own
    Column("table_name", String(60), nullable=False),
    Column("row_id", String(36), nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("kept_writer", String(32), nullable=False),
    Column("kept_version", String(24), nullable=False),
    Column("kept_values", Text, nullable=False),
    Column("other_writer", String(32), nullable=False),
    Column("other_version", String(24), nullable=False),
    Column("other_values", Text, nullable=False),
    Column("bundle_id", String(36), nullable=False),
    Column("detected_at", UtcDateTime(), nullable=False),
    Column("resolved_at", UtcDateTime()),
    Column("resolution", String(20), nullable=False, default=""),
)

hub_account = Table(
    # the city's accounts; roles are fixed (domain.permissions.CITY_ROLES); the login is unique
    # case-insensitively, which hub_accounts checks (one rule on SQLite and PostgreSQL)
    "hub_account",
    hub_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("login", String(40), nullable=False),
    Column("display_name", String(50), nullable=False),
    Column("role", String(20), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", UtcDateTime()),
    Column("created_at", UtcDateTime(), nullable=False),
)

WRITTEN_BY = "hub_written_by"


@cache
def data_tables() -> dict[str, Table]:
    """Hub copies of every synced table, parents first, keyed by name."""
    import stationdesk.db.models  # noqa: F401  (every feature's tables)

    copies: dict[str, Table] = {}
    for table in synced_tables():
        columns = [Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable) for c in table.columns]
        columns.append(Column(WRITTEN_BY, String(32), nullable=False))
        copy = Table(table.name, hub_metadata, *columns)
        Index(f"ix_hub_{table.name}_change_seq", copy.c.change_seq)
        Index(f"ix_hub_{table.name}_origin", copy.c.origin_station)
        copies[table.name] = copy
    return copies


@cache
def canonical_tables() -> dict[str, Table]:
    return {t.name: t for t in synced_tables()}
