"""The audit log as a hash chain: each entry's ``entry_hash`` is SHA-256 over the previous entry's hash
and this entry's canonical form, so an entry changed, removed or inserted afterwards (with any SQLite
tool) breaks the chain at that entry. ``verify_chain`` names the first broken one; ``chain_head`` is
what a signed sync bundle carries so the city notices a log rewritten after the bundle left.

Entries written before accounts existed (an upgraded station) carry no hash; they may only come first.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk.db.models.station import AuditEntry

GENESIS = "0" * 64


def canonical(previous: str, at: datetime, action: str, kind: str, subject: str, detail: str, actor: str) -> bytes:
    """Sorted-key compact JSON in UTF-8 of the fields that matter, the time as UTC to the microsecond."""
    when = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)
    fields = {
        "action": action,
        "actor": actor,
        "at": when.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "detail": detail,
        "previous": previous,
        "subject": subject,
        "subject_kind": kind,
    }
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(previous: str, entry: AuditEntry) -> str:
    return _hash(previous, entry.at, entry.action, entry.subject_kind, entry.subject_id, entry.detail, entry.actor)


def _hash(previous: str, at: datetime, action: str, kind: str, subject: str, detail: str, actor: str) -> str:
    form = canonical(previous, at, action, kind or "", subject or "", detail or "", actor or "")
    return hashlib.sha256(form).hexdigest()


# built once: every audited action reads it
_HEAD = (
    select(AuditEntry.seq, AuditEntry.entry_hash)
    .where(AuditEntry.entry_hash != "")
    .order_by(AuditEntry.seq.desc())
    .limit(1)
)


def chain_head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the newest chained entry; (0, GENESIS) for an empty chain."""
    # on the connection: entries are written only with Core (``services.station.audit``), nothing to flush
    row = session.connection().execute(_HEAD).first()
    return (row.seq, row.entry_hash) if row else (0, GENESIS)


def next_hash(session: Session, entry: dict) -> str:
    """The ``entry_hash`` of a new entry (its column values) written next, after the chain's head."""
    return _hash(
        chain_head(session)[1], entry["at"], entry["action"], entry["subject_kind"], entry["subject_id"],
        entry["detail"], entry["actor"],
    )  # fmt: skip


@dataclass(frozen=True)
class ChainCheck:
    entries: int  # all the entries in the log
    whole: bool
    first_broken: int | None  # the seq of the first entry whose hash does not follow
    head: str


def verify_chain(session: Session) -> ChainCheck:
    """Walk the log in order, recomputing every hash."""
    previous, count, chained = GENESIS, 0, False
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars().yield_per(1000):
        count += 1
        if not entry.entry_hash and not chained:
            continue  # written before the chain began
        chained = True
        if entry.entry_hash != entry_hash(previous, entry):
            total = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
            return ChainCheck(total, False, entry.seq, previous)
        previous = entry.entry_hash
    return ChainCheck(count, True, None, previous)


SENT_HEAD_KEY = "audit.head_sent"  # "seq:sha256" of the head the last bundle carried


def head_for_bundle(session: Session) -> dict:
    """The ``audit_head`` header field of a station bundle (docs/bundle-format.md): the chain's head
    now, and the hash that the entry the previous bundle named holds now, so the city can tell
    whether the log up to there was rewritten since."""
    from stationdesk.services.station import get_local, set_local

    seq, head = chain_head(session)
    field: dict = {"seq": seq, "sha256": head, "previous": None}
    sent = get_local(session, SENT_HEAD_KEY)
    if sent:
        sent_seq = int(sent.split(":", 1)[0])
        now = session.execute(select(AuditEntry.entry_hash).where(AuditEntry.seq == sent_seq)).scalar()
        field["previous"] = {"seq": sent_seq, "sha256": now or GENESIS}
    set_local(session, SENT_HEAD_KEY, f"{seq}:{head}")
    return field
