"""服务时长 → 补录服务记录: the volunteer found by name, pinyin or number; the dialog never closes on an error."""

from datetime import date

import pytest

from stationdesk.services import volunteers
from stationdesk.ui.dialogs.shift_entry_dialog import ShiftEntryDialog


@pytest.fixture
def dialog(qtbot, ctx):
    shown = ShiftEntryDialog(None, ctx, date(2026, 6, 15))
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: ctx.db.is_idle() and shown.volunteer.choices.count() == 3)
    return shown


def find(qtbot, ctx, dialog, text):
    dialog.volunteer.search.setText(text)
    dialog.volunteer._search()
    qtbot.waitUntil(ctx.db.is_idle)


def test_nobody_is_chosen_until_the_search_finds_one(qtbot, ctx, station, dialog):
    assert dialog.volunteer.chosen_id() == ""
    number = station.run(volunteers.get_volunteer, station.volunteer_ids[1]).row.volunteer_number
    for text in ("李秀英", "lxy", number.rsplit("-", 1)[-1], number):
        find(qtbot, ctx, dialog, text)
        assert dialog.volunteer.chosen_id() == station.volunteer_ids[1], text
    find(qtbot, ctx, dialog, "")
    assert dialog.volunteer.choices.count() == 3 and dialog.volunteer.chosen_id() == station.volunteer_ids[1]


def test_a_refused_shift_keeps_the_dialog_open_with_what_was_typed(qtbot, ctx, station, dialog):
    dialog.show()
    dialog.start.setText("0930")
    dialog.end.setText("1130")
    dialog.post.setText("导引")
    with qtbot.waitSignal(dialog.sig_failed, timeout=5000) as failed:
        dialog.save()  # no volunteer chosen
    assert "请先选择志愿者" in failed.args[0] and dialog.isVisible()
    find(qtbot, ctx, dialog, "张伟")
    dialog.end.setText("0900")  # before the start
    with qtbot.waitSignal(dialog.sig_failed, timeout=5000):
        dialog.save()
    assert dialog.isVisible() and dialog.post.text() == "导引" and dialog.start.text() == "0930"
    dialog.end.setText("1130")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0].credited_minutes == 120 and not dialog.isVisible()
