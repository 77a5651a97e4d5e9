"""PersonDialog: field errors in Chinese next to the field, warnings confirmed, ID number fills fields."""

from __future__ import annotations

import pytest
from people_ui_helpers import ID_WANG, register, wang
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from stationdesk.ui.dialogs.person_dialog import PersonDialog
from stationdesk.ui.messages import MessageBox


def open_dialog(qtbot, window, detail=None) -> PersonDialog:
    dialog = PersonDialog(window, window.ctx, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.tags.count() > 0)  # the tag list arrives from the database
    return dialog


def save(qtbot, dialog) -> bool:
    with qtbot.waitSignal(dialog.sig_checked) as checked:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    return checked.args[0]


def test_typing_the_id_number_fills_gender_and_birth_date(qtbot, window):
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.fields["id_number"], ID_WANG)
    assert dialog.gender.currentData() == "F"
    assert dialog.fields["birth_date"].text() == "1948-03-05"
    assert "身份证号" in dialog.id_hint.text()


def test_errors_appear_next_to_their_fields(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.fields["id_number"].setText("441202194803050024")  # wrong check digit
    dialog.fields["phone"].setText("12345")
    assert not save(qtbot, dialog)
    assert dialog.error_labels["name"].isVisible() and dialog.error_labels["name"].text() == "请填写姓名。"
    assert "校验位" in dialog.error_labels["id_number"].text()
    assert "11 位手机号" in dialog.error_labels["phone"].text()
    assert not dialog.error_labels["community"].isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted

    dialog.fields["birth_date"].setText("1948-02-30")  # caught before the service is asked
    assert not save(qtbot, dialog)
    assert "年-月-日" in dialog.error_labels["birth_date"].text()


def test_a_valid_person_is_returned_with_the_area_code_note(qtbot, window, monkeypatch):
    questions = []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: questions.append(text) or True))
    dialog = open_dialog(qtbot, window)
    dialog.fields["name"].setText(" 王秀英 ")
    qtbot.keyClicks(dialog.fields["id_number"], ID_WANG)
    dialog.role_boxes["elder"].setChecked(True)
    dialog.set_tag("独居")
    assert not dialog.fields["alias"].isEnabled()  # alias is for children
    assert save(qtbot, dialog)
    data = dialog.result_input
    assert data.name == " 王秀英 " and data.roles == ("elder",) and data.tags == ("独居",)
    assert data.gender == "F" and data.birth_date.isoformat() == "1948-03-05"
    # 441202 (端州区) did not exist in 1948: a calm note beside the field, never a question nor a refusal.
    assert questions == [] and "441202" in dialog.id_hint.text()


def test_same_name_and_birth_date_asks_first(qtbot, db, window, monkeypatch):
    register(db, wang())
    questions = []
    monkeypatch.setattr(
        MessageBox, "ask", classmethod(lambda cls, parent, title, text: questions.append(text) or False)
    )
    dialog = open_dialog(qtbot, window)
    dialog.fields["name"].setText("王秀英")
    dialog.fields["birth_date"].setText("1948-03-05")
    assert not save(qtbot, dialog)  # the worker said no: the dialog stays open
    assert "同名同生日" in questions[0]
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: True))
    assert save(qtbot, dialog)
    assert dialog.result_input.name == "王秀英"


def test_editing_keeps_the_person_own_id_number(qtbot, db, window, monkeypatch):
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: True))
    from stationdesk.services.people import get_person

    (person_id,) = register(db, wang())
    with db.transaction() as session:
        detail = get_person(session, person_id)
    dialog = open_dialog(qtbot, window, detail)
    assert dialog.fields["id_number"].text() == ID_WANG and dialog.windowTitle() == "编辑人员档案"
    assert dialog.checked_tags() == ["独居", "高龄"]
    dialog.fields["room"].setText("503")
    assert save(qtbot, dialog)  # its own ID number is no duplicate
    assert dialog.result_input.room == "503"


def test_a_field_error_goes_as_soon_as_the_field_is_right(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.fields["id_number"].setText("441202194803050024")  # wrong check digit
    dialog.fields["phone"].setText("12345")
    assert not save(qtbot, dialog)
    id_error, name_error = dialog.error_labels["id_number"], dialog.error_labels["name"]
    assert id_error.isVisible() and name_error.isVisible()
    id_field = dialog.fields["id_number"]
    id_field.clear()
    qtbot.keyClicks(id_field, ID_WANG[:-1])  # half typed: not right yet
    assert id_error.isVisible()
    qtbot.keyClicks(id_field, ID_WANG[-1])
    assert not id_error.isVisible() and name_error.isVisible()  # the name is still missing
    qtbot.keyClicks(dialog.fields["name"], "Wang")
    assert not name_error.isVisible() and dialog.error_labels["phone"].isVisible()


def test_an_elder_whose_id_predates_the_district_code_gets_a_calm_note_once(qtbot, window, monkeypatch):
    from stationdesk.domain.id_number import with_check_digit

    asked = []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, *a: asked.append(a) or True))
    number = with_check_digit("44120419380502022")  # 高要区 (441204) was created in 2015
    dialog = open_dialog(qtbot, window)
    dialog.fields["name"].setText("梁亚妹")
    qtbot.keyClicks(dialog.fields["id_number"], number)
    assert "441204" in dialog.id_hint.text() and "可以照常保存" in dialog.id_hint.text()  # beside the field
    assert save(qtbot, dialog) and asked == []  # a note, not a question
    with window.ctx.db.database.transaction() as session:
        from stationdesk.services.people import add_person, get_person, update_person

        saved = add_person(session, dialog.result_input)
        assert [w.code for w in saved.warnings] == ["id_number.area_unknown"]  # told when first entered
        data = get_person(session, saved.summary.id).data
        edited = update_person(session, saved.summary.id, data)  # an edit of the same person: not again
        assert edited.warnings == ()


@pytest.fixture
def chinese_font():
    """The program's font for Chinese (``install_translations``), whose line height the squeeze showed with."""
    from PySide6.QtWidgets import QApplication

    before = QApplication.font()
    font = QApplication.font()
    font.setFamilies(
        ["Microsoft YaHei UI", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", font.family()]
    )
    QApplication.setFont(font)
    yield
    QApplication.setFont(before)


def test_the_id_number_note_and_field_errors_make_the_form_taller_not_the_tags_shorter(qtbot, window, chinese_font):
    from PySide6.QtWidgets import QApplication

    dialog = open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.tags.height() == 110)
    dialog.fields["id_number"].setText("441202194803051237")  # 端州区's code is younger than 1948
    dialog.fields["id_number"].textEdited.emit(dialog.fields["id_number"].text())
    QApplication.processEvents()
    assert "不是出生年份的地区代码" in dialog.id_hint.text()
    dialog.grab()  # laid out as painted
    qtbot.waitUntil(lambda: dialog.id_hint.height() >= dialog.id_hint.heightForWidth(dialog.id_hint.width()))
    # the note's lines are held as its minimum, so the window grows instead of squeezing the tags
    assert dialog.id_hint.minimumHeight() >= dialog.id_hint.heightForWidth(dialog.fields["id_number"].width())
    assert dialog.tags.height() == 110  # every row of tags whole
    dialog.fields["phone"].setText("12345")
    assert not save(qtbot, dialog)
    phone_error = dialog.error_labels["phone"]
    qtbot.waitUntil(lambda: phone_error.height() >= phone_error.heightForWidth(phone_error.width()))
    assert dialog.tags.height() == 110 and dialog.height() + 32 <= 728  # within a 1366×768 screen with a taskbar
