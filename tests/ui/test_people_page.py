"""The 人员档案 page driven as a station worker would: add, find, edit, delete and undo."""

from __future__ import annotations

from dataclasses import replace

from people_ui_helpers import ID_WANG, child, li, register, settle, shown_names, wang
from PySide6.QtCore import Qt
from sqlalchemy import select

from stationdesk.db.models.station import AuditEntry
from stationdesk.services.people import PersonInput
from stationdesk.ui.dialogs.person_dialog import PersonDialog
from stationdesk.ui.messages import MessageBox


def cell(page, row: int, column: str) -> str:
    model = page.model
    return model.data(model.index(row, model.COLUMNS.index(column)), Qt.ItemDataRole.DisplayRole)


def test_adding_a_person_shows_them_masked_in_the_list(qtbot, people_page, monkeypatch):
    page = people_page
    assert page.count_label.text() == "共 0 人"
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, parent, ctx, detail=None: wang()))
    with qtbot.waitSignal(page.sig_saved):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert shown_names(page) == ["王秀英"]
    assert page.count_label.text() == "共 1 人"
    assert cell(page, 0, "id_number") == "4412**********0023"
    assert cell(page, 0, "phone") == "138****5678"
    assert cell(page, 0, "gender") == "女"  # read from the ID number
    assert cell(page, 0, "age") == "78"  # today is pinned to 2026-06-15
    assert cell(page, 0, "roles") == "老人"
    assert cell(page, 0, "tags") == "独居、高龄"
    assert page.selected_person().name == "王秀英"  # the new person is selected and shown
    qtbot.waitUntil(lambda: page.detail.title.text() == "王秀英")


def test_a_cancelled_dialog_saves_nothing(qtbot, people_page, monkeypatch):
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, parent, ctx, detail=None: None))
    qtbot.mouseClick(people_page.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, people_page)
    assert people_page.model.rowCount() == 0


def test_search_follows_the_typing(qtbot, db, window):
    register(db, wang(), li(), child(), PersonInput(name="方秀英", roles=("elder",), phone="13700005678"))
    page = window.open_page("people")
    settle(qtbot, page)
    assert page.count_label.text() == "共 4 人"

    qtbot.keyClicks(page.search, "wxy")
    settle(qtbot, page)
    # 方 has a rare reading "wang", so 方秀英 matches too, but the usual reading comes first.
    assert shown_names(page) == ["王秀英", "方秀英"]

    page.search.clear()
    qtbot.keyClicks(page.search, "5678")  # phone tail
    settle(qtbot, page)
    assert sorted(shown_names(page)) == ["方秀英", "王秀英"]

    page.search.setText("lijianguo")  # full pinyin
    settle(qtbot, page)
    assert shown_names(page) == ["李建国"]

    page.search.setText("0023")  # ID-number tail
    settle(qtbot, page)
    assert shown_names(page) == ["王秀英"]

    page.search.setText("小星")  # a child is found and shown by alias
    settle(qtbot, page)
    assert shown_names(page) == ["小星"]
    assert page.count_label.text() == "共 1 人"

    page.search.setText("")
    page.role.setCurrentIndex(page.role.findData("volunteer"))
    settle(qtbot, page)
    assert shown_names(page) == ["李建国"]

    page.role.setCurrentIndex(0)
    page.tag.setCurrentIndex(page.tag.findData("独居"))
    settle(qtbot, page)
    assert shown_names(page) == ["王秀英"]

    page.search.setText("nobody")
    settle(qtbot, page)
    assert shown_names(page) == [] and page.count_label.text() == "共 0 人"


def test_editing_a_person_updates_list_and_detail(qtbot, db, window, monkeypatch):
    register(db, wang())
    page = window.open_page("people")
    settle(qtbot, page)
    page.select_row(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    seen = {}

    def edit(cls, parent, ctx, detail=None):
        seen["detail"] = detail
        return replace(detail.data, phone="139 0000 2222", notes="每周二上门")

    monkeypatch.setattr(PersonDialog, "ask", classmethod(edit))
    with qtbot.waitSignal(page.sig_saved):
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert seen["detail"].data.id_number == ID_WANG  # the dialog got every field, unmasked
    assert cell(page, 0, "phone") == "139****2222"
    qtbot.waitUntil(lambda: page.detail.values["notes"].text() == "每周二上门")
    assert page.detail.values["phone"].text() == "139****2222"


def test_delete_then_undo(qtbot, db, window, monkeypatch):
    register(db, wang(), li())
    page = window.open_page("people")
    settle(qtbot, page)
    page.select_row(shown_names(page).index("王秀英"))
    questions = []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: questions.append(text) or True))
    with qtbot.waitSignal(page.sig_deleted):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert "王秀英" in questions[0]
    assert shown_names(page) == ["李建国"]
    assert page.count_label.text() == "共 1 人"
    assert page.undo_bar.isVisible() and page.undo_label.text() == "已删除 王秀英"

    with qtbot.waitSignal(page.sig_restored):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert sorted(shown_names(page)) == ["李建国", "王秀英"]
    assert not page.undo_bar.isVisible()
    assert page.selected_person().name == "王秀英"


def test_saying_no_to_delete_keeps_the_person(qtbot, db, window, monkeypatch):
    register(db, wang())
    page = window.open_page("people")
    settle(qtbot, page)
    page.select_row(0)
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: False))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert shown_names(page) == ["王秀英"] and not page.undo_bar.isVisible()


def test_full_id_number_is_shown_on_request_and_audited(qtbot, db, window):
    (person_id,) = register(db, wang())
    page = window.open_page("people")
    settle(qtbot, page)
    page.select_row(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    assert page.detail.values["id_number"].text() == "4412**********0023"
    with qtbot.waitSignal(page.detail.sig_revealed):
        qtbot.mouseClick(page.detail.reveal_button, Qt.MouseButton.LeftButton)
    assert page.detail.values["id_number"].text() == ID_WANG
    with db.transaction() as session:
        entries = session.execute(select(AuditEntry.action, AuditEntry.subject_id)).all()
    assert ("view_id_number", person_id) in entries
    qtbot.mouseClick(page.detail.reveal_button, Qt.MouseButton.LeftButton)  # hide again
    assert page.detail.values["id_number"].text() == "4412**********0023"


def test_the_list_fetches_pages_and_drops_stale_answers(qtbot, db, window):
    from stationdesk.services.people import PeopleQuery
    from stationdesk.ui.models.people_table_model import PeopleTableModel

    register(
        db,
        *[PersonInput(name=f"张{n}", roles=("elder",)) for n in "一二三四五六七八九十甲乙"],
        PersonInput(name="王秀英", roles=("elder",)),
    )
    model = PeopleTableModel(window.ctx.db, page_size=5)
    model.set_query(PeopleQuery())
    qtbot.waitUntil(window.ctx.db.is_idle)
    assert model.rowCount() == 5 and model.total == 13 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()  # ignored while a page is on its way
    qtbot.waitUntil(window.ctx.db.is_idle)
    assert model.rowCount() == 10
    model.fetchMore()
    qtbot.waitUntil(window.ctx.db.is_idle)
    assert model.rowCount() == 13 and not model.canFetchMore()

    model.set_query(PeopleQuery(text="zhang"))
    model.set_query(PeopleQuery(text="wxy"))  # typed on before the first answer came back
    qtbot.waitUntil(window.ctx.db.is_idle)
    assert [model.person_at(r).name for r in range(model.rowCount())] == ["王秀英"]
    assert model.total == 1


def test_child_guardian_and_consent(qtbot, db, window, monkeypatch):
    from form_answers import consent_given
    from stationdesk.ui.dialogs.consent_dialog import ConsentDialog
    from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog, PickedPerson

    _child_id, grandma_id = register(db, child(), wang())
    page = window.open_page("people")
    settle(qtbot, page)
    page.select_row(shown_names(page).index("小星"))
    panel = page.detail
    qtbot.waitUntil(lambda: panel.detail is not None)
    assert panel.title.text() == "陈小雨"  # the child's own page shows the real name
    box = panel.child_box
    assert box.isVisible() and box.consent_warning.isVisible()

    monkeypatch.setattr(
        PersonPickerDialog,
        "ask",
        classmethod(
            lambda cls, parent, ctx, title, with_relation=False, exclude_id=None, **_: PickedPerson(
                grandma_id, "王秀英", "祖母", True
            )
        ),
    )
    box.add_guardian()
    qtbot.waitUntil(lambda: box.guardians.count() == 1, timeout=5000)
    assert "祖母" in box.guardians.item(0).text() and "138****5678" in box.guardians.item(0).text()

    from datetime import date

    monkeypatch.setattr(ConsentDialog, "ask", consent_given(date(2026, 6, 1), "基本信息"))
    box.add_consent()
    qtbot.waitUntil(lambda: box.consents.count() == 1, timeout=5000)
    assert not box.consent_warning.isVisible()

    box.consents.setCurrentRow(0)
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: True))
    box.withdraw_consent()
    qtbot.waitUntil(lambda: "撤回" in box.consents.item(0).text(), timeout=5000)
    assert box.consent_warning.isVisible()

    box.guardians.setCurrentRow(0)
    box.remove_guardian()
    qtbot.waitUntil(lambda: box.guardians.count() == 0, timeout=5000)
