"""The toolbar's search (Ctrl+K / Ctrl+F) finds people, classes and activities and opens where they are
worked on; 帮助 → 用户指南 shows the guide shipped with the program."""

from __future__ import annotations

from datetime import date, time

from people_ui_helpers import register, wang
from PySide6.QtCore import Qt

from stationdesk.resources import resource_path
from stationdesk.services import activities
from stationdesk.ui.dialogs.search_dialog import SearchDialog
from stationdesk.ui.dialogs.user_guide_dialog import UserGuideDialog


def test_the_search_finds_an_elder_by_pinyin_and_enter_opens_her_page(qtbot, window, db, monkeypatch):
    (elder_id,) = register(db, wang())
    with db.transaction() as session:
        activities.create_activity(
            session,
            activities.ActivityInput(
                name="wxy 手工课", held_on=date(2026, 6, 15), starts_at=time(9, 0), ends_at=time(10, 0), place="活动室"
            ),
        )
    opened = []

    def ask(cls, parent, ctx):
        dialog = cls(parent, ctx)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.search, "wxy")
        with qtbot.waitSignal(dialog.sig_results_shown, timeout=5000) as shown:
            dialog.find()
        opened.append([dialog.results.item(i).text() for i in range(shown.args[0])])
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        return dialog.chosen

    monkeypatch.setattr(SearchDialog, "ask", classmethod(ask))
    window.search_action.trigger()
    assert opened[0][0].startswith("王秀英　老人") and any("wxy 手工课　活动" in t for t in opened[0])
    assert window.stack.currentWidget() is window.pages["elder"]
    qtbot.waitUntil(lambda: window.pages["elder"].picker.chosen_id() == elder_id)
    assert {s.toString() for s in window.search_action.shortcuts()} == {"Ctrl+K", "Ctrl+F"}


def test_the_user_guide_is_shipped_and_shown(qtbot, window, monkeypatch):
    guide = resource_path("user-guide.md").read_text(encoding="utf-8")
    shown = []
    monkeypatch.setattr(UserGuideDialog, "exec", lambda self: shown.append(self.text.toPlainText()))
    window.guide_action.trigger()
    assert shown and "StationDesk 用户指南" in shown[0] and "备份与恢复" in shown[0]
    assert guide.splitlines()[0].lstrip("# ") in shown[0]
