"""Reading one station record by id for a service that is about to use or change it."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from stationdesk.errors import NotFound

Row = TypeVar("Row")


def live_row(session: Session, model: type[Row], row_id: str) -> Row:
    """The ``model`` record with this id, or ``NotFound(<its table>, row_id)`` when there is none or it
    was deleted (records are never removed, only marked deleted)."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(model.__tablename__, row_id)
    return row
