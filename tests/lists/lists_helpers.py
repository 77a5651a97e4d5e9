"""Helpers shared by the tests of the three lists (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from datetime import date

from stationdesk.services import people


def add_person(session, name: str, born: date, roles=(), community: str = "星湖社区", **more) -> str:
    data = people.PersonInput(name=name, roles=tuple(roles), birth_date=born, community=community, **more)
    return people.add_person(session, data, confirmed=True).summary.id


def save(qtbot, dialog) -> None:
    """Click 保存 and wait until the dialog says it is stored."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))
