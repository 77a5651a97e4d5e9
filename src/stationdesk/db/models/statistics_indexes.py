"""Indexes the statistics read (issue 11), declared beside the feature tables they serve rather than
in them: a month of figures over a million visits is read from these alone.

- ``ix_visit_statistics``: every column a visit figure counts or breaks down by, in date order, so a
  month of visits is one range of this index and never the wide visit rows;
- ``ix_visit_ability_changed``: the few visits that reported a change in ability (partial), which
  decide whether an elder's reassessment is due at once;
- ``ix_assessment_statistics``: an elder's final assessments by date with their level, for the
  latest level of every elder in one pass.
"""

from __future__ import annotations

from sqlalchemy import Index, text

from stationdesk.db.models.elderly import Assessment, Visit

VISIT_COLUMNS = ("visited_on", "deleted", "elder_id", "kind", "satisfaction", "origin_station")
ASSESSMENT_COLUMNS = ("elder_id", "origin_station", "status", "assessed_on", "deleted", "level", "total")

Index("ix_visit_statistics", *(Visit.__table__.c[name] for name in VISIT_COLUMNS))
Index(
    "ix_visit_ability_changed",
    Visit.__table__.c.elder_id,
    Visit.__table__.c.visited_on,
    Visit.__table__.c.deleted,
    sqlite_where=text("ability_changed = 1"),
    postgresql_where=text("ability_changed"),
)
Index("ix_assessment_statistics", *(Assessment.__table__.c[name] for name in ASSESSMENT_COLUMNS))
