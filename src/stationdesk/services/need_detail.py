"""Everything a need's page shows in one read: the need, its history, its dispatches, the services given for it,
the visit it came from, and — while it is open — the suggestions of what could answer it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from stationdesk.db.models.elderly import Visit
from stationdesk.domain.needs import OPEN_STATES
from stationdesk.services import dispatch, matching, needs, service_records
from stationdesk.services.accounts import guarded


@dataclass(frozen=True)
class NeedDetail:
    row: needs.NeedRow
    history: tuple[needs.StateChangeRow, ...]
    dispatches: tuple[dispatch.DispatchRow, ...]
    services: tuple[service_records.GivenRow, ...]
    suggestions: tuple[matching.SuggestionRow, ...]
    visit: tuple[date, str] | None  # the day and kind of the visit it came from
    worker: str  # the remembered name for the page's forms


@guarded("people.view")
def need_detail(session: Session, need_id: str) -> NeedDetail:
    row = needs.need_row(session, need_id)
    visit = session.get(Visit, row.visit_id) if row.visit_id else None
    return NeedDetail(
        row,
        tuple(needs.history_of(session, need_id)),
        tuple(dispatch.dispatches_of(session, need_id)),
        tuple(service_records.services_for_need(session, need_id)),
        tuple(matching.suggestions_for(session, need_id)) if row.state in OPEN_STATES else (),
        (visit.visited_on, visit.kind) if visit is not None and not visit.deleted else None,
        needs.remembered_worker(session),
    )
