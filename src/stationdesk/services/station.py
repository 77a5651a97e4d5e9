"""The station's identity, today's date, maintained lists and the audit log."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from stationdesk.db.base import utcnow
from stationdesk.db.models.catalog import CatalogItem
from stationdesk.db.models.station import AuditEntry, LocalState, Station
from stationdesk.db.stamping import note_changed
from stationdesk.domain.phone import normalise_phone
from stationdesk.errors import StationDeskError, ValidationError

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{1,31}$")

# Maintained lists and their starting entries; each feature adds its kinds here at import time.
DEFAULT_CATALOGS: dict[str, tuple[str, ...]] = {
    "person_tag": (
        "独居",
        "空巢",
        "失能",
        "半失能",
        "高龄",
        "低保",
        "特困",
        "残疾",
        "留守儿童",
        "困境儿童",
        "孤儿",
        "重点关注",
        "优抚对象",
        "失独",
        "新就业群体",
        "低收入",
    ),
}


@dataclass(frozen=True)
class StationSummary:
    code: str
    name: str


def today(session: Session) -> date:
    """The station's idea of today; tests pin it with ``session.info["today"]``."""
    return session.info.get("today") or date.today()


def checked_station_identity(code: str, name: str) -> tuple[str, str]:
    """The station's code and name as stored, or the first problem (the first-run form checks as it is typed)."""
    code, name = (code or "").strip(), (name or "").strip()
    if not _CODE.fullmatch(code):
        raise ValidationError("station.code_format", field="code", value=code)
    if not name:
        raise ValidationError("station.name_required", field="name")
    return code, name


def init_station(session: Session, code: str, name: str) -> StationSummary:
    """Create the station identity, or confirm it; a different code for an existing station is refused."""
    code, name = checked_station_identity(code, name)
    existing = session.execute(select(Station)).scalars().first()
    if existing is not None and existing.code != code:
        raise StationDeskError("station.code_mismatch", existing=existing.code, requested=code)
    if existing is None:
        existing = Station(code=code, name=name)
        session.add(existing)
    else:
        existing.name = name
    session.info["station_code"] = code
    ensure_default_catalogs(session)
    return StationSummary(existing.code, existing.name)


_STATION = select(Station.code, Station.name)  # built once: nearly every printout and service asks for it


def current_station(session: Session) -> StationSummary:
    row = session.execute(_STATION).first()
    if row is None:
        raise StationDeskError("station.not_initialised")
    return StationSummary(row.code, row.name)


def ensure_default_catalogs(session: Session) -> int:
    """Add any default list entry that is missing (a feature installed after the station was set up)."""
    present = {(kind, name) for kind, name in session.execute(select(CatalogItem.kind, CatalogItem.name))}
    added = 0
    for kind, names in DEFAULT_CATALOGS.items():
        for order, name in enumerate(names):
            if (kind, name) not in present:
                session.add(CatalogItem(kind=kind, name=name, sort_order=order, active=True))
                added += 1
    session.flush()
    return added


def catalog(session: Session, kind: str) -> list[str]:
    """Active entries of one maintained list, in their order."""
    return list(
        session.execute(
            select(CatalogItem.name)
            .where(CatalogItem.kind == kind, CatalogItem.active.is_(True), CatalogItem.deleted.is_(False))
            .order_by(CatalogItem.sort_order, CatalogItem.name)
        ).scalars()
    )


_WRITE_ENTRY = insert(AuditEntry)  # built once: every audited action writes it


def audit(session: Session, action: str, subject_kind: str = "", subject_id: str = "", detail: str = "") -> None:
    """Note a sensitive action (export, print, full ID-number view) in the local audit log, with the
    acting account, chained to the entry before it (``services.audit_chain``). Written at once with
    one Core insert: the unit of work costs a printout more than the entry itself."""
    from stationdesk.services.audit_chain import next_hash

    actor = session.info.get("actor")
    entry = {
        "at": utcnow(),
        "action": action,
        "subject_kind": subject_kind,
        "subject_id": subject_id,
        "detail": detail,
        "actor": actor.login if actor else "",
    }
    entry["entry_hash"] = next_hash(session, entry)
    session.connection().execute(_WRITE_ENTRY, entry)
    note_changed(session, "audit_log")  # an open 操作日志 page refreshes


STATION_PHONE_KEY = "station.phone"


def station_phone(session: Session) -> str:
    """The station's phone for people who verify a certificate ("" when not set)."""
    return get_local(session, STATION_PHONE_KEY)


def set_station_phone(session: Session, raw: str) -> str:
    """Store the station's phone (a mobile or a landline with its area code; empty clears it)."""
    from stationdesk.services.accounts import require  # not at the top: accounts imports this module

    require(session, "settings.manage")
    phone = normalise_phone(raw) if raw.strip() else ""
    set_local(session, STATION_PHONE_KEY, phone)
    return phone


# the value as one column (after the autoflush, so a value just set is seen): session.get built its
# lookup anew for every key not yet in the session, as dear as the rest of issuing a certificate
_LOCAL_VALUE = select(LocalState.value).where(LocalState.key == bindparam("key"))


def get_local(session: Session, key: str, default: str = "") -> str:
    value = session.execute(_LOCAL_VALUE, {"key": key}).scalar_one_or_none()
    return value if value is not None else default


def set_local(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value
