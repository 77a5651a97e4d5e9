"""Stamps every synced row with its station, times, clock version and change sequence.

Installed once as a ``before_flush`` listener, so ORM writes are stamped without services doing
anything. Bulk Core inserts (demo data, imports) call ``stamp_rows`` themselves. Sessions that
apply a sync bundle set ``session.info["keep_versions"] = True``: the incoming version is the
record's history and must not be replaced; such code still takes change sequences with
``allocate_change_seqs`` so the rows travel onward.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import bindparam, event, select, update
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


# every write of a synced record runs these three: built once, as building one cost SQLAlchemy about as
# much Python as running it
_TAKE_CHANGE_SEQS = (
    update(LocalCounter)
    .where(LocalCounter.name == CHANGE_SEQ)
    .values(value=LocalCounter.value + bindparam("count"))
    .returning(LocalCounter.value)
)
_LOAD_CLOCK = select(LocalState.value).where(LocalState.key == CLOCK_KEY)
_SAVE_CLOCK = update(LocalState).where(LocalState.key == CLOCK_KEY).values(value=bindparam("last"))


def allocate_change_seqs(session: Session, count: int) -> int:
    """Reserve ``count`` numbers of the station-wide counter; return the first."""
    connection = session.connection()
    new_last = connection.execute(_TAKE_CHANGE_SEQS, {"count": count}).scalar_one_or_none()
    if new_last is None:
        connection.execute(LocalCounter.__table__.insert().values(name=CHANGE_SEQ, value=count))
        new_last = count
    return new_last - count + 1


def current_change_seq(session: Session) -> int:
    value = session.execute(select(LocalCounter.value).where(LocalCounter.name == CHANGE_SEQ)).scalar_one_or_none()
    return value or 0


def load_clock(session: Session) -> HybridClock:
    # on the connection, not through the session: the clock is written only with Core (save_clock), so
    # there is nothing to flush first, and the session's ORM layer cost more than the statement
    last = session.connection().execute(_LOAD_CLOCK).scalar_one_or_none()
    return HybridClock(last or None)


def save_clock(session: Session, clock: HybridClock) -> None:
    connection = session.connection()
    updated = connection.execute(_SAVE_CLOCK, {"last": clock.last})
    if updated.rowcount == 0:
        connection.execute(LocalState.__table__.insert().values(key=CLOCK_KEY, value=clock.last))


def note_changed(session: Session, *tables: str) -> None:
    """Remember which tables this transaction wrote, so open screens can refresh after the commit."""
    session.info.setdefault("changed_tables", set()).update(tables)


def _stamps(session: Session, count: int) -> tuple[str, datetime, list[tuple[str, int]]]:
    """The station, the time, and per record its clock version and change sequence, taken (and the
    clock saved) for ``count`` records written in this transaction."""
    code = station_code(session)
    first = allocate_change_seqs(session, count)
    clock = load_clock(session)
    now = utcnow()
    marks = [(clock.tick(), first + offset) for offset in range(count)]
    save_clock(session, clock)
    return code, now, marks


def _stamped(current: Callable[[str], Any], code: str, now: datetime, version: str, seq: int) -> dict:
    """The sync columns of one new or changed record of this station, given its present values: the
    id, origin, creation time and deleted flag it has are kept."""
    return {
        "id": current("id") or new_id(),
        "origin_station": current("origin_station") or code,
        "created_at": current("created_at") or now,
        "deleted": bool(current("deleted")),
        "updated_at": now,
        "version": version,
        "change_seq": seq,
    }


def stamp_rows(session: Session, rows: list[dict], table: str = "") -> None:
    """Fill the sync columns of plain row dicts for a Core insert (new records of this station)."""
    if not rows:
        return
    if table:
        note_changed(session, table)
    code, now, marks = _stamps(session, len(rows))
    for row, (version, seq) in zip(rows, marks, strict=True):
        row.update(_stamped(row.get, code, now, version, seq))


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
    code, now, marks = _stamps(session, len(changed))
    for obj, (version, seq) in zip(changed, marks, strict=True):
        # an unchanged value set again is no change: the UPDATE still writes only what differs
        for name, value in _stamped(partial(getattr, obj), code, now, version, seq).items():
            setattr(obj, name, value)
