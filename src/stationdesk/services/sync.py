"""The sync use cases the screens call: the station's side (enrol, export, import, conflicts) and
the city hub. The screens reach ``stationdesk.sync`` only through this module (a test checks it),
so the bundle code can change inside its package without the screens knowing."""

from __future__ import annotations

from stationdesk.sync.hub import Hub
from stationdesk.sync.station import (
    EnrolmentSummary,
    ExportSummary,
    SyncOverview,
    enroll,
    export_bundle,
    import_bundle,
    overview,
    resolve_conflict,
)
from stationdesk.sync.texts import masked, report_lines

__all__ = [
    "EnrolmentSummary",
    "ExportSummary",
    "Hub",
    "SyncOverview",
    "enroll",
    "export_bundle",
    "import_bundle",
    "masked",
    "overview",
    "report_lines",
    "resolve_conflict",
]
