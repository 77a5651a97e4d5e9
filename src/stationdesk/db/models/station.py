"""The station's identity and the local, never-synced state: counters, settings, audit log."""

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base, UtcDateTime, utcnow


class Station(Base):
    """One row: which station this database belongs to."""

    __tablename__ = "station"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class LocalCounter(Base):
    """Monotonic counters such as ``change_seq``; updated in the same transaction as the rows."""

    __tablename__ = "local_counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class LocalState(Base):
    """Small named values kept on this machine: the clock's last version, remembered choices."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who saw or sent what: exports, prints and full ID-number views (PIPL art. 51).

    ``entry_hash`` is the SHA-256 of the previous entry's hash and this entry's canonical form
    (``services.audit_chain``), so a row changed or removed afterwards breaks the chain there."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(40))
    subject_kind: Mapped[str] = mapped_column(String(40), default="")
    subject_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(40), default="")  # the account's login; "" before accounts
    entry_hash: Mapped[str] = mapped_column(String(64), default="")
