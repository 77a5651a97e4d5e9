"""The lists' pages in English: titles, buttons and stored values translated, the data left as stored."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QPushButton

from stationdesk.services import needs

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_the_lists_pages_speak_english(qtbot, english, lists):
    from stationdesk.ui.app import build_window

    need = lists.run(needs.create_need, needs.NeedInput(category="助医", urgency="urgent", person_id=lists.elder_id))
    window = build_window(lists.db.folder, lists.db)
    qtbot.addWidget(window)
    window.show()
    titles = set(window.navigation_titles())
    assert {"Needs", "Need", "Resources", "Services", "Service records"} <= titles
    for key in ("needs", "need", "resources", "services", "service_records"):
        page = window.open_page(key)
        buttons = [b.text() for b in page.findChildren(QPushButton) if b.text()]
        assert buttons and not [b for b in buttons if CHINESE.search(b)], (key, buttons)
    needs_page = window.open_page("needs")
    qtbot.waitUntil(lambda: needs_page.model.rowCount() == 1)
    row = [needs_page.model.data(needs_page.model.index(0, c)) for c in range(needs_page.model.columnCount())]
    assert {"Medical help", "Elders", "Urgent", "Pending"} <= set(row) and "王秀英" in row
    page = window.open_page("need")
    page.show_need(need.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.suggestions.rowCount() > 0)
    assert "［Pending］" in page.heading.text() and "Category: Medical help" in page.facts.text()
    assert any("offers “助医” +40" in reason for reason in page.suggestions.rows[0].reasons)
    qtbot.waitUntil(window.ctx.db.is_idle)
    window.ctx.db.stop()
