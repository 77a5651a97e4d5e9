"""Dates can be typed in every date field, as a worker writes them, with or without the whole text selected."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDateTime, Qt

from stationdesk.ui.dates import TypedDateTimeEdit, date_edit, to_date


def focused(qtbot, field):
    """The field shown and holding the keyboard, as after a click into it."""
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return field


@pytest.mark.parametrize("typed", ["2026-12-20", "2026/12/20", "20261220", "2026.12.20"])
@pytest.mark.parametrize("select_all", [False, True])
def test_a_date_typed_lands_as_typed(qtbot, typed, select_all):
    field = focused(qtbot, date_edit(date(2026, 6, 15)))
    if select_all:
        field.lineEdit().selectAll()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert to_date(field.date()) == date(2026, 12, 20)


def test_a_short_month_and_day_are_read_too(qtbot):
    field = focused(qtbot, date_edit(date(2026, 6, 15)))
    qtbot.keyClicks(field, "2026-1-5")
    assert to_date(field.date()) == date(2026, 1, 5)


def test_a_date_and_time_typed_lands_as_typed(qtbot):
    field = focused(qtbot, TypedDateTimeEdit(QDateTime(2026, 6, 16, 9, 0, 0), displayFormat="yyyy-MM-dd HH:mm"))
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "2026-12-20 14:30")
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-20 14:30"


def test_every_date_field_of_the_program_is_one_that_reads_typing():
    import ast
    from pathlib import Path

    import stationdesk.ui

    plain = []
    for path in Path(stationdesk.ui.__path__[0]).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("QDateEdit", "QDateTimeEdit"):
                plain.append(f"{path.name}:{node.lineno}")
    assert plain == [], "make date fields with ui.dates.date_edit or TypedDateTimeEdit"
