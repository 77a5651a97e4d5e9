"""A person's rights on their page in 人员档案: 删除个人信息 asks what it erases and keeps, asks again for open
needs, takes a reason and offers the receipt; 查阅复制 saves a PDF the person can read beside the JSON."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from stationdesk.db.models.station import AuditEntry
from stationdesk.services.people import PersonInput, add_person, get_person
from stationdesk.services.visits import VisitInput, record_visit
from stationdesk.ui.dialogs.erasure_reason_dialog import ErasureReasonDialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.widgets.person_rights_buttons import PersonCopyFile

SHOTS = Path(os.environ.get("STATIONDESK_SHOTS", "/tmp/accounts"))


def _elder_with_an_open_need(db) -> str:
    from stationdesk.domain import needs as rules
    from stationdesk.services import needs

    with db.transaction() as session:
        elder = add_person(
            session,
            PersonInput(name="王秀英", roles=("elder",), birth_date=date(1940, 2, 29), id_number="110101194002290028"),
            confirmed=True,
        ).summary.id
        record_visit(session, VisitInput(elder, db.today, "09:00", "09:30", "电话问候"))
        needs.create_need(
            session, needs.NeedInput(category="助医", urgency=rules.URGENT, source="phone", person_id=elder)
        )
    return elder


@pytest.fixture
def people_page(qtbot, db):
    from stationdesk.ui.app import build_window

    window = build_window(db.folder, db)
    qtbot.addWidget(window)
    window.show()
    yield window.open_page("people")
    qtbot.waitUntil(window.ctx.db.is_idle)
    window.close()


def _show(qtbot, page, person_id: str) -> None:
    page.detail.show_person(person_id)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.summary.id == person_id)


def test_erasing_asks_what_goes_and_what_stays_then_again_for_open_needs_and_offers_the_receipt(
    qtbot, db, people_page, tmp_path, monkeypatch
):
    elder = _elder_with_an_open_need(db)
    _show(qtbot, people_page, elder)
    rights = people_page.detail.rights
    assert rights.erase_button.isVisible()
    questions = []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: questions.append(text) or True))
    monkeypatch.setattr(ErasureReasonDialog, "ask", classmethod(lambda cls, parent, name: "本人申请"))
    receipt = tmp_path / "回执.pdf"
    monkeypatch.setattr(PersonCopyFile, "ask_save_path", classmethod(lambda cls, parent, suggested: str(receipt)))

    with qtbot.waitSignal(rights.sig_erased):
        rights.erase_button.click()
    qtbot.waitUntil(receipt.exists)

    assert "王秀英" in questions[0] and "身份证号" in questions[0] and "不再能识别到此人" in questions[0]
    assert "1 项未完成的需求" in questions[1]
    assert "要保存给申请人的删除回执" in questions[2]
    shown = subprocess.run(["pdftotext", str(receipt), "-"], capture_output=True, text=True).stdout
    assert "个人信息删除回执" in shown and "本人申请" in shown
    with db.session() as session:
        erased = get_person(session, elder)
        logged = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "person.erased")).all()
    assert erased.summary.name == "已删除" and erased.data.id_number in (None, "")
    assert logged == ["本人申请"]
    qtbot.waitUntil(lambda: people_page.detail.title.text() == "已删除")
    qtbot.waitUntil(people_page.ctx.db.is_idle)


def test_saying_no_at_any_question_erases_nothing(qtbot, db, people_page, monkeypatch):
    elder = _elder_with_an_open_need(db)
    _show(qtbot, people_page, elder)
    rights = people_page.detail.rights
    answers = iter([True, False])  # yes to the first question, no when told of the open need
    asked = []

    def ask(cls, parent, title, text):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(MessageBox, "ask", classmethod(ask))
    monkeypatch.setattr(ErasureReasonDialog, "ask", classmethod(lambda cls, parent, name: "本人申请"))
    rights.erase_button.click()
    qtbot.waitUntil(lambda: len(asked) == 2)
    qtbot.waitUntil(people_page.ctx.db.is_idle)
    with db.session() as session:
        assert get_person(session, elder).summary.name == "王秀英"


def test_the_reason_dialog_stays_open_without_a_reason(qtbot):
    dialog = ErasureReasonDialog(None, "王秀英")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and "删除原因" in dialog.error.text()
    dialog.reason.setCurrentText("本人申请")
    dialog.accept()
    assert not dialog.isVisible()


def test_a_social_worker_sees_neither_the_copy_nor_the_erase_button(qtbot, db, role_accounts):
    from stationdesk.ui.app import build_window

    elder = _elder_with_an_open_need(db)
    db.actor = role_accounts["social_worker"]
    window = build_window(db.folder, db)
    qtbot.addWidget(window)
    window.show()
    page = window.open_page("people")
    _show(qtbot, page, elder)
    assert not page.detail.rights.erase_button.isVisible() and not page.detail.rights.copy_button.isVisible()
    assert page.detail.reveal_button.isVisible()  # the page is the social worker's own, only these are not
    qtbot.waitUntil(window.ctx.db.is_idle)
    window.close()


def test_a_correction_through_the_edit_dialog_shows_in_the_persons_corrections(qtbot, db, people_page, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from stationdesk.ui.dialogs.person_dialog import PersonDialog

    elder = _elder_with_an_open_need(db)
    _show(qtbot, people_page, elder)
    assert not people_page.detail.corrections_box.isVisible()  # nothing corrected yet
    dialog = PersonDialog(people_page, people_page.ctx, people_page.detail.detail)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.correction_reason.isVisible()
    dialog.fields["name"].setText("王秀瑛")
    dialog.correction_reason.setText("户口本上的写法")
    with qtbot.waitSignal(dialog.sig_checked) as checked:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert checked.args[0] and dialog.result_input.correction_reason == "户口本上的写法"

    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, parent, ctx, detail=None: dialog.result_input))
    with qtbot.waitSignal(people_page.sig_saved):
        people_page._edit(people_page.detail.detail)
    qtbot.waitUntil(lambda: people_page.detail.corrections.count() == 1)
    line = people_page.detail.corrections.item(0).text()
    assert "姓名：王秀英 → 王秀瑛" in line and "测试站长" in line and "户口本上的写法" in line
    assert people_page.detail.corrections_box.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    people_page.window().grab().save(str(SHOTS / "corrections.png"))


def test_the_new_person_dialog_offers_no_correction_reason(qtbot, people_page):
    from stationdesk.ui.dialogs.person_dialog import PersonDialog

    dialog = PersonDialog(people_page, people_page.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.correction_reason.isVisible()
