"""Every text column written through a session is checked for control characters, at flush.

One place that every service's write passes through (``domain.plain_text`` has the rule): a
``Text`` column is multi-line (notes), a ``String`` column single-line. Bulk Core inserts write
generated rows (demo data) or rows a bundle's reader has checked.
"""

from __future__ import annotations

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session

from stationdesk.domain.plain_text import check_plain_text


@event.listens_for(Session, "before_flush")
def _refuse_control_characters(session: Session, flush_context, instances) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attribute in state.mapper.column_attrs:
            kind = attribute.columns[0].type
            if not isinstance(kind, String):
                continue
            value = state.dict.get(attribute.key)
            if isinstance(value, str) and (state.pending or state.attrs[attribute.key].history.added):
                check_plain_text(value, attribute.key, multiline=isinstance(kind, Text))
