"""Fixtures of the statistics tests: the hand-built May (may_scenario.py) and the sync tests' fixtures
(stations, hubs on SQLite and PostgreSQL) to compare the station's figures with the city's."""

from __future__ import annotations

import pytest
from may_scenario import build_may

from sync.conftest import enrol, hub, hub_url, make_station, sqlite_hub, usb  # noqa: F401  (the sync tests' fixtures)


@pytest.fixture
def may(db):
    """The station TEST-001 with the hand-built May; yields (database, ids)."""
    with db.transaction() as session:
        ids = build_may(session)
    return db, ids
