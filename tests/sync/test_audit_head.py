"""The station's audit chain head travels in every station bundle's header; the hub keeps the heads it
has seen, so a station log rewritten after a bundle left is found at the city, even when the forger
recomputed every hash so that the station's own check passes."""

from __future__ import annotations

from sqlalchemy import select

from stationdesk.db.models.station import AuditEntry
from stationdesk.services.audit_chain import GENESIS, entry_hash, verify_chain
from stationdesk.services.station import audit
from stationdesk.sync.bundle import open_bundle
from stationdesk.sync.hub_models import hub_audit_head


def _rechain_after_editing_the_first_entry(station) -> None:
    """What a careful forger does: change an entry, then recompute every hash after it."""
    with station.db.transaction() as session:
        entries = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars().all()
        entries[0].detail = "nothing happened"
        previous = GENESIS
        for entry in entries:
            entry.entry_hash = entry_hash(previous, entry)
            previous = entry.entry_hash


def test_a_log_rewritten_after_a_bundle_left_is_found_at_the_city(sqlite_hub, make_station, enrol, usb):
    station = make_station("AUD-1")
    enrol(sqlite_hub, station)
    with station.db.transaction() as session:
        audit(session, "export", detail="before the first bundle")
    first = station.export(usb / "1.sdbundle")
    head = open_bundle(first.path).header["audit_head"]
    assert head["previous"] is None and head["seq"] >= 2 and len(head["sha256"]) == 64
    assert sqlite_hub.import_bundle(first.path)["audit_log"] == "whole"

    with station.db.transaction() as session:
        audit(session, "export", detail="between the bundles")
    assert sqlite_hub.import_bundle(station.export(usb / "2.sdbundle").path)["audit_log"] == "whole"

    _rechain_after_editing_the_first_entry(station)
    with station.db.session() as session:
        assert verify_chain(session).whole  # the station alone cannot tell
    report = sqlite_hub.import_bundle(station.export(usb / "3.sdbundle").path)
    assert report["audit_log"] == "rewritten"  # the import itself goes on: the data is still sound
    with sqlite_hub.engine.connect() as connection:
        flags = connection.execute(select(hub_audit_head.c.rewritten).order_by(hub_audit_head.c.seq)).scalars().all()
    assert flags == [False, False, True]
