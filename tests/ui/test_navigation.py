"""The navigation groups the pages by what a worker does, each page under the group its PageSpec
names, with its badge; arrow keys move from page to page across the headings."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

from PySide6.QtCore import Qt

import stationdesk.ui.pages as pages_package
from stationdesk.services.registry import tables_read
from stationdesk.ui.pages import NAV_GROUPS, PAGES, Page, discover_pages
from stationdesk.ui.pages.home_page import HEADLINE_COUNTS, HEADLINE_TABLES


def test_every_page_names_a_known_group_and_an_icon():
    known = {g.key for g in NAV_GROUPS}
    for spec in discover_pages():
        assert spec.icon, spec.key
        assert spec.group in known or (spec.key == "home" and spec.group == ""), spec.key


def test_the_pages_stand_under_their_groups_with_icons(qtbot, window):
    nav = window.nav
    headings = [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]
    assert headings == ["首页", "人员", "老年人服务", "儿童服务", "志愿服务", "三张清单", "统计", "数据同步", "系统"]
    elderly = nav.topLevelItem(2)
    assert [elderly.child(i).text(0) for i in range(elderly.childCount())] == ["探访", "待探访", "能力评估", "老人档案"]
    assert not elderly.flags() & Qt.ItemFlag.ItemIsSelectable  # a heading opens nothing
    assert all(not item.icon(0).isNull() for item in window.nav_items.values())
    assert window.navigation_titles()[:3] == ["首页", "人员档案", "探访"]


def test_clicking_and_arrow_keys_open_pages(qtbot, window):
    opened = []
    window.sig_page_opened.connect(opened.append)
    window.nav.setCurrentItem(window.nav_items["assessment"])
    assert opened[-1] == "assessment" and window.stack.currentWidget() is window.pages["assessment"]
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert opened[-1] == "elder"
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # over the 儿童服务 heading
    assert opened[-1] == "tutoring" and window.nav.currentItem() is window.nav_items["tutoring"]
    qtbot.keyClick(window.nav, Qt.Key.Key_Up)  # and back over it
    assert opened[-1] == "elder" and window.nav.currentItem() is window.nav_items["elder"]
    window.open_page("sync")
    assert window.nav.currentItem() is window.nav_items["sync"]


def test_every_page_module_is_listed_and_each_entry_names_a_page_class():
    modules = {m.name for m in pkgutil.iter_modules(pages_package.__path__) if m.name.endswith("_page")}
    assert {spec.page_class.split(".")[0] for spec in PAGES} == modules
    assert len({spec.key for spec in PAGES}) == len(PAGES)
    for spec in PAGES:
        module_name, class_name = spec.page_class.split(".")
        module = __import__(f"{pages_package.__name__}.{module_name}", fromlist=[class_name])
        assert issubclass(getattr(module, class_name), Page), spec.key


def test_the_home_page_watches_the_tables_its_counts_read():
    assert tables_read(*(key for key, _label in HEADLINE_COUNTS)) == HEADLINE_TABLES


# A fresh process: in this one the other tests have imported every page long ago. It starts as the
# program does (ui.app.open_and_log_in), the login dialog answered as soon as it is on screen; the
# opening behind the dialog is held until then, so what is imported at the dialog is the GUI's own.
STARTED_WINDOW = """
import json, sys, threading
from pathlib import Path
from stationdesk.config import DataFolder
from stationdesk.ui import station_opening
from stationdesk.ui.app import application, build_window, open_and_log_in
from stationdesk.ui.dialogs.login_dialog import LoginDialog
at_the_dialog, dialog_shown, open_behind = [], threading.Event(), station_opening._open

def answer(cls, parent=None, error="", station=""):
    dialog = cls(parent, error, station)
    dialog.show()
    app.processEvents()
    at_the_dialog.append(sorted(m for m in ("sqlalchemy", "stationdesk.db.models", "stationdesk.services.accounts")
                                if m in sys.modules))
    dialog_shown.set()
    dialog.close()
    return sys.argv[2], sys.argv[3]

def open_once_the_dialog_is_shown(folder):
    dialog_shown.wait()
    return open_behind(folder)

LoginDialog.ask = classmethod(answer)
station_opening._open = open_once_the_dialog_is_shown
app = application()
folder = DataFolder(Path(sys.argv[1]))
database, checked = open_and_log_in(folder)
window = build_window(folder, database, verify_first=not checked)
window.show()
app.processEvents()
print(json.dumps({
    "at_the_dialog": at_the_dialog,
    "checked": checked,
    "actor": database.actor.login,
    "pages": sorted(m for m in sys.modules if m.startswith("stationdesk.ui.pages.")),
    "listed": len(window.listed_pages()),
    "heavy": sorted(m for m in ("reportlab", "openpyxl", "stationdesk.services.statistics") if m in sys.modules),
}))
window.close()
database.close()
"""


def test_the_login_dialog_shows_before_the_database_layer_and_the_window_with_only_the_home_page(db, monkeypatch):
    """The dialog is on screen before SQLAlchemy, the models or the account services are imported
    (they load behind it); the window after the login imports the home page and no other."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run(
        [sys.executable, "-c", STARTED_WINDOW, str(db.folder.root), "admin", "demo-password"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    started = json.loads(done.stdout.strip().splitlines()[-1])
    assert started["at_the_dialog"] == [[]]
    assert started["checked"] and started["actor"] == "admin"  # the whole file was checked behind the dialog
    assert started["pages"] == ["stationdesk.ui.pages.home_page"]
    assert started["listed"] == len(PAGES)  # every page is in the navigation all the same
    assert started["heavy"] == []


QT_TYPES_UNDER_A_FILTER = """
import enum, sys
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QTreeWidget
from stationdesk.ui.app import resolve_qt_types

app = QApplication([])
if sys.argv[1] == "resolved first":
    resolve_qt_types()
made = []
create = enum.EnumType._create_
enum.EnumType._create_ = lambda cls, name, *args, **kwargs: made.append(name) or create(cls, name, *args, **kwargs)


class Idle(QObject):  # like the idle lock: an application-wide Python event filter
    def eventFilter(self, watched, event):
        return False


app.installEventFilter(Idle(app))
QTreeWidget()
print(len(made))
"""


def test_the_qt_types_the_window_needs_under_the_idle_lock_are_made_while_the_login_dialog_waits(monkeypatch):
    """In a fresh process the first item view built under an application-wide Python event filter
    makes PySide6 create some 170 Python types with their enums (~50 ms, after the password);
    ``resolve_qt_types``, run while the login dialog waits, leaves none for the main window."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")

    def enums_made(how: str) -> int:
        done = subprocess.run(
            [sys.executable, "-c", QT_TYPES_UNDER_A_FILTER, how], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return int(done.stdout.strip().splitlines()[-1])

    assert enums_made("as it comes") > 50  # the cost is real (else the warm-up could go)
    assert enums_made("resolved first") == 0
