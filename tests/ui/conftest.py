"""GUI fixtures: the real main window on the test database, closed after each test."""

from __future__ import annotations

import pytest
from people_ui_helpers import settle


@pytest.fixture
def window(qtbot, db):
    from stationdesk.ui.app import build_window

    main = build_window(db.folder, db)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


@pytest.fixture
def people_page(qtbot, window):
    page = window.open_page("people")
    settle(qtbot, page)
    return page
