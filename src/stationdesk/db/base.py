"""Declarative base, naming convention and the columns every synced record carries.

A record kind joins the sync by inheriting ``Synced`` (DESIGN.md, Data): it gets a UUID ``id``,
``origin_station``, ``created_at``, ``updated_at``, ``version`` (hybrid logical clock),
``deleted`` (tombstone) and ``change_seq`` (station-wide counter). The stamp is applied at flush
time by ``stationdesk.db.stamping`` so no service can forget it. References between synced
records are ordinary foreign keys to ``<table>.id``; the sync code reads them from the metadata.
"""

import uuid
from datetime import UTC, datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Index, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


class UtcDateTime(TypeDecorator):
    """Timestamps stored as naive UTC and always handed back timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC times")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Mixin for every table whose rows travel in sync bundles."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_station: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    version: Mapped[str] = mapped_column(String(24))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    change_seq: Mapped[int] = mapped_column(BigInteger, index=True)

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)  # declarative maps the class and makes its table here
        # the export's "this station's rows changed since N, in order" and the waiting counts read
        # this index alone (also every lookup by origin, its prefix)
        table = cls.__table__
        Index(f"ix_{table.name}_origin_change", table.c.origin_station, table.c.change_seq)


def synced_tables() -> list:
    """Tables of every mapped class that inherits ``Synced``, parents before children (FK order)."""
    synced_names = {m.class_.__table__.name for m in Base.registry.mappers if issubclass(m.class_, Synced)}
    return [t for t in Base.metadata.sorted_tables if t.name in synced_names]
