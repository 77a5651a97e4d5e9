"""The sync use cases the screens call: the station's side (enrol, export, import, conflicts) and
the city hub. The screens reach ``stationdesk.sync`` only through this module (a test checks it),
so the bundle code can change inside its package without the screens knowing."""

from __future__ import annotations

from stationdesk.services.accounts import guarded
from stationdesk.sync import hub_accounts, station  # hub_accounts: the city window's login and roles
from stationdesk.sync.hub import Hub, masked_url
from stationdesk.sync.station import EnrolmentSummary, ExportSummary, SyncOverview
from stationdesk.sync.texts import field_label, masked, report_lines, table_label

# the station's sync, for an account that may sync (the city hub has no station accounts)
enroll = guarded("sync")(station.enroll)
export_bundle = guarded("sync")(station.export_bundle)
import_bundle = guarded("sync")(station.import_bundle)
overview = guarded("sync")(station.overview)
resolve_conflict = guarded("sync")(station.resolve_conflict)

__all__ = [
    "EnrolmentSummary",
    "ExportSummary",
    "Hub",
    "SyncOverview",
    "enroll",
    "export_bundle",
    "field_label",
    "hub_accounts",
    "import_bundle",
    "masked",
    "masked_url",
    "overview",
    "report_lines",
    "resolve_conflict",
    "table_label",
]
