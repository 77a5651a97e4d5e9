"""Statistics: indicators declared once, counted by SQL at the station and at the city hub.

- ``framework``: the declarations (``Indicator``, ``Fact``, breakdowns) and the engine that counts them.
- ``people``, ``elderly``, ``children``, ``volunteers``: the indicators of each area. A new area adds a
  module here that calls ``framework.declare(...)``; nothing else changes (``framework.indicators()``
  imports every module of this package).
  ``needs`` (the needs list's figures) is such a module. The page, the printout, the workbook, the
  command line and the city pick a new module's figures up; ``tests/statistics`` asks for their known
  answers (``EXPECTED`` lists every declared indicator); the date column a figure selects by goes in
  ``city.HUB_INDEXES`` (and a station index, if a month is large).
- ``report``: the station's report, trend, breakdowns and drill-down; ``city``: the same at the hub,
  with completeness; ``summary``: the paragraph a report opens with; ``exports`` (PDF) and
  ``workbook`` (.xlsx).
"""
