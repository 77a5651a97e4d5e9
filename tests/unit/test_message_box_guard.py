"""The "no unexpected message box" guard covers GUI tests in every folder, not only tests/ui/: a real
modal box in a test outside it would wait for a click until the timeout."""

import pytest


def test_an_unexpected_box_fails_a_gui_test_in_any_folder(qtbot):
    from stationdesk.errors import StationDeskError
    from stationdesk.ui.messages import MessageBox

    with pytest.raises(AssertionError, match=r"unexpected MessageBox\.error"):
        MessageBox.error(None, StationDeskError("db.locked"))
    with pytest.raises(AssertionError, match=r"unexpected MessageBox\.info"):
        MessageBox.info(None, "标题", "正文")
