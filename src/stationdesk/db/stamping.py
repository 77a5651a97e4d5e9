"""Stamps every synced row with its station, times, clock version and change sequence.

Installed once as a ``before_flush`` listener, so ORM writes are stamped without services doing
anything. Bulk Core inserts (demo data, imports) call ``stamp_rows`` themselves. Sessions that
apply a sync bundle set ``session.info["keep_versions"] = True``: the incoming version is the
record's history and must not be replaced; such code still takes change sequences with
``allocate_change_seqs`` so the rows travel onward.
"""

from __future__ import annotations

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from stationdesk.db.base import Synced, new_id, utcnow
from stationdesk.db.models.station import LocalCounter, LocalState
from stationdesk.domain.clock import HybridClock

CHANGE_SEQ = "change_seq"
CLOCK_KEY = "hlc_last"


def station_code(session: Session) -> str:
    code = session.info.get("station_code")
    if not code:
        from stationdesk.errors import StationDeskError

        raise StationDeskError("station.not_initialised")
    return code


def allocate_change_seqs(session: Session, count: int) -> int:
    """Reserve ``count`` numbers of the station-wide counter; return the first."""
    connection = session.connection()
    new_last = connection.execute(
        update(LocalCounter)
        .where(LocalCounter.name == CHANGE_SEQ)
        .values(value=LocalCounter.value + count)
        .returning(LocalCounter.value)
    ).scalar_one_or_none()
    if new_last is None:
        connection.execute(LocalCounter.__table__.insert().values(name=CHANGE_SEQ, value=count))
        new_last = count
    return new_last - count + 1


def current_change_seq(session: Session) -> int:
    value = session.execute(select(LocalCounter.value).where(LocalCounter.name == CHANGE_SEQ)).scalar_one_or_none()
    return value or 0


def load_clock(session: Session) -> HybridClock:
    last = session.execute(select(LocalState.value).where(LocalState.key == CLOCK_KEY)).scalar_one_or_none()
    return HybridClock(last or None)


def save_clock(session: Session, clock: HybridClock) -> None:
    connection = session.connection()
    updated = connection.execute(update(LocalState).where(LocalState.key == CLOCK_KEY).values(value=clock.last))
    if updated.rowcount == 0:
        connection.execute(LocalState.__table__.insert().values(key=CLOCK_KEY, value=clock.last))


def note_changed(session: Session, *tables: str) -> None:
    """Remember which tables this transaction wrote, so open screens can refresh after the commit."""
    session.info.setdefault("changed_tables", set()).update(tables)


def stamp_rows(session: Session, rows: list[dict], table: str = "") -> None:
    """Fill the sync columns of plain row dicts for a bulk insert (new records of this station)."""
    if not rows:
        return
    if table:
        note_changed(session, table)
    code = station_code(session)
    first = allocate_change_seqs(session, len(rows))
    clock = load_clock(session)
    now = utcnow()
    for offset, row in enumerate(rows):
        row.setdefault("id", new_id())
        row["origin_station"] = row.get("origin_station") or code
        row.setdefault("created_at", now)
        row["updated_at"] = now
        row["version"] = clock.tick()
        row["deleted"] = row.get("deleted", False)
        row["change_seq"] = first + offset
    save_clock(session, clock)


@event.listens_for(Session, "before_flush")
def _stamp_before_flush(session: Session, flush_context, instances) -> None:
    if session.info.get("keep_versions"):
        note_changed(session, *{obj.__tablename__ for obj in (*session.new, *session.dirty) if isinstance(obj, Synced)})
        return
    changed = [obj for obj in session.new if isinstance(obj, Synced)]
    changed += [obj for obj in session.dirty if isinstance(obj, Synced) and session.is_modified(obj)]
    if not changed:
        return
    note_changed(session, *{obj.__tablename__ for obj in changed})
    code = station_code(session)
    first = allocate_change_seqs(session, len(changed))
    clock = load_clock(session)
    now = utcnow()
    for offset, obj in enumerate(changed):
        if obj.id is None:
            obj.id = new_id()
        if obj.origin_station is None:
            obj.origin_station = code
        if obj.created_at is None:
            obj.created_at = now
        if obj.deleted is None:
            obj.deleted = False
        obj.updated_at = now
        obj.version = clock.tick()
        obj.change_seq = first + offset
    save_clock(session, clock)
