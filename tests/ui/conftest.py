"""GUI fixtures: the real main window on the test database, closed after each test."""

from __future__ import annotations

import pytest
from people_ui_helpers import settle


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A real modal box would wait for a click forever; a test that expects one patches it itself."""
    from stationdesk.ui.messages import MessageBox, error_text

    def unexpected(kind):
        def show(cls, parent, *args):
            detail = error_text(args[0]) if kind == "error" else " / ".join(map(str, args))
            raise AssertionError(f"unexpected MessageBox.{kind}: {detail}")

        return classmethod(show)

    for kind in ("ask", "error", "info"):
        monkeypatch.setattr(MessageBox, kind, unexpected(kind))


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
