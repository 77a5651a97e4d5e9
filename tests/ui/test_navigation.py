"""The navigation groups the pages by what a worker does, each page under the group its PageSpec
names, with its badge; arrow keys move from page to page across the headings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from stationdesk.ui.pages import NAV_GROUPS, discover_pages


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
