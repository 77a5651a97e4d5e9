"""The station's side of the sync with the city: pinned city keys, what was sent and acknowledged,
the bundles already seen, and the conflicts a person still has to look at. Local only: never synced."""

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base, UtcDateTime, utcnow


class SyncEnrolment(Base):
    """One row once the station is enrolled: the city it talks to and how far each side has got."""

    __tablename__ = "sync_enrolment"

    city_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    city_name: Mapped[str] = mapped_column(String(100))
    city_signing_key: Mapped[str] = mapped_column(String(64))  # Ed25519 public key, base64 (pinned)
    city_encryption_key: Mapped[str] = mapped_column(String(64))  # X25519 public key, base64 (pinned)
    token: Mapped[str] = mapped_column(String(64))  # one-time enrolment token (proves us once)
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # our change_seq the city has confirmed
    city_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # the city's sequence we have applied
    last_export_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_export_up_to: Mapped[int] = mapped_column(BigInteger, default=0)
    last_export_sha256: Mapped[str] = mapped_column(String(64), default="")
    last_import_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class SyncBundleSeen(Base):
    """Every city bundle this station imported (or found already covered), with its report."""

    __tablename__ = "sync_bundle_seen"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    header_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    status: Mapped[str] = mapped_column(String(20))  # applied, covered
    report: Mapped[str] = mapped_column(Text, default="")  # the import report as JSON


class SyncConflict(Base):
    """A record changed at both ends: the value kept and the other one, until a person decides."""

    __tablename__ = "sync_conflict"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # both_edited, edit_vs_delete
    kept_writer: Mapped[str] = mapped_column(String(32))
    kept_version: Mapped[str] = mapped_column(String(24))
    kept_values: Mapped[str] = mapped_column(Text)  # JSON object
    other_writer: Mapped[str] = mapped_column(String(32))
    other_version: Mapped[str] = mapped_column(String(24))
    other_values: Mapped[str] = mapped_column(Text)  # JSON object
    bundle_id: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # kept, took_other; city_kept, city_took_other when a person at the city settled it first
    resolution: Mapped[str] = mapped_column(String(20), default="")
    # "" when this station's import found it; the city's code for one the city decided and sent
    # (sync/notices.py), with the city's id for it so a notice is added once
    decided_by: Mapped[str] = mapped_column(String(32), default="", server_default="")
    remote_id: Mapped[str | None] = mapped_column(String(48), index=True)
