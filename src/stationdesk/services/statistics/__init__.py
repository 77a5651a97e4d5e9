"""Statistics: indicators declared once, counted by SQL at the station and at the city hub.

- ``framework``: the declarations (``Indicator``, ``Fact``, breakdowns) and the engine that counts them.
- ``people``, ``elderly``, ``children``, ``volunteers``: the indicators of each area. A new area adds a
  module here that calls ``framework.declare(...)``; nothing else changes (``framework.indicators()``
  imports every module of this package).
- ``report``: the station's report, trend, breakdowns and drill-down; ``city``: the same at the hub,
  with completeness and the one-page summary; ``workbook``: the .xlsx export.
"""
