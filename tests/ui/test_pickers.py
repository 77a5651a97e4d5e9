"""Pickers never guess a person: nobody is chosen until the worker picks, a single match is taken,
and the guardian's relation is not pre-filled."""

from __future__ import annotations

from people_ui_helpers import ID_WANG, li, register, wang

from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog
from stationdesk.ui.elder_picker import ElderPicker


def search(qtbot, window, picker_list, text):
    picker_list.search.setText(text)
    picker_list._search()
    qtbot.waitUntil(window.ctx.db.is_idle)


def test_the_guardian_picker_starts_with_nobody_and_no_relation(qtbot, window, db):
    wang_id, li_id = register(db, wang(), li())
    dialog = PersonPickerDialog(None, window.ctx, "添加监护人", with_relation=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.model.rowCount() == 2 and window.ctx.db.is_idle())
    assert dialog.chosen() is None and dialog.relation.currentText() == ""
    dialog.accept()
    assert dialog.problem.text() == "请先在列表中选择一个人。" and dialog.result() != dialog.DialogCode.Accepted
    for text, wanted in (("李建国", li_id), ("ljg", li_id), (ID_WANG[-6:], wang_id), ("王", wang_id)):
        search(qtbot, window, dialog.list, text)
        assert dialog.list.model.rowCount() == 1 and dialog.chosen().person_id == wanted, text
    dialog.accept()  # the relation is still empty: asked, not guessed
    assert "关系" in dialog.problem.text() and dialog.result() != dialog.DialogCode.Accepted
    dialog.relation.setCurrentText("祖母")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen().relation == "祖母"


def test_a_form_s_elder_picker_takes_the_single_match(qtbot, window, db):
    wang_id, _li_id = register(db, wang(), li())
    picker = ElderPicker(window.ctx, start_empty=True)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.choices.count() == 2 and window.ctx.db.is_idle())
    assert picker.chosen_id() == ""
    search(qtbot, window, picker, "wxy")
    assert picker.choices.count() == 1 and picker.chosen_id() == wang_id


def test_a_picker_without_a_detail_of_its_own_shows_the_names_alone(qtbot, window, db):
    from stationdesk.ui.elder_picker import SearchPicker

    register(db, wang(), li())
    picker = SearchPicker(window.ctx, start_empty=True)  # FIND: the elders
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.choices.count() == 2 and window.ctx.db.is_idle())
    assert sorted(picker.choices.itemText(i) for i in range(2)) == sorted([wang().name, li().name])


def test_the_base_saving_form_has_nothing_to_store_and_closes_as_saved(qtbot, window):
    from stationdesk.ui.dialogs.saving_dialog import SavingDialog

    dialog = SavingDialog(None, window.ctx, "保存")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        dialog.save()
    assert saved.args == [None] and not dialog.isVisible() and dialog.error.text() == ""
