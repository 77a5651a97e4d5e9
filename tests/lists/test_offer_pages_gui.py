"""The resource, service and service-record pages and the need page's other actions, driven like a user."""

from __future__ import annotations

from datetime import date

from lists_helpers import choose, save
from PySide6.QtCore import Qt

from form_answers import answered
from stationdesk.services import dispatch, needs, service_records
from stationdesk.services.service_records import ServiceRecordInput
from stationdesk.ui.dialogs.dispatch_dialogs import DispatchDialog, RedispatchDialog
from stationdesk.ui.dialogs.volunteer_dialogs import SimpleFormDialog
from stationdesk.ui.messages import MessageBox

LEFT = Qt.MouseButton.LeftButton


def _loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.ctx.db.is_idle() and page.model.rowCount() > 0)


def test_a_resource_form_keeps_its_problems_on_screen_then_saves_and_lists_it(qtbot, window, lists):
    page = window.open_page("resources")
    _loaded(qtbot, page)
    assert [r.name for r in page.model.rows] == ["党群服务中心多功能厅", "社区卫生站义诊"]
    dialog = page.new_record()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    dialog.name.setText("防暑降温物资")
    choose(dialog.kind, "goods")
    dialog.contact_phone.setText("12345")
    dialog.valid_from.setText("2026/07/01")
    with qtbot.waitSignal(dialog.sig_failed, timeout=5000):
        dialog.save()
    assert dialog.isVisible() and "年-月-日" in dialog.error.text()
    dialog.valid_from.setText("2026-06-01")
    with qtbot.waitSignal(dialog.sig_failed, timeout=5000):
        dialog.save()
    assert dialog.isVisible() and "电话号码" in dialog.error.text()
    dialog.contact_phone.setText("13712345678")
    choose(dialog.provider_kind, "enterprise")
    dialog.provider_name.setText("西江饮料厂")
    for index in range(dialog.categories.count()):
        item = dialog.categories.item(index)
        if item.data(Qt.ItemDataRole.UserRole) == "生活照料":
            item.setCheckState(Qt.CheckState.Checked)
    dialog.terms.unit.setText("份")
    dialog.terms.available.setValue(200)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.spare.setChecked(True)
    qtbot.waitUntil(lambda: [r.name for r in page.model.rows] == ["社区卫生站义诊", "防暑降温物资"])
    goods = page.model.rows[1]
    assert goods.contact_phone_masked == "137****5678" and goods.capacity.remaining == 200


def test_a_resource_answers_an_open_need_and_takes_it_in_one_step(qtbot, window, lists, monkeypatch):
    need = lists.run(needs.create_need, needs.NeedInput(category="健康监测", person_id=lists.elder_id))
    page = window.open_page("resources")
    _loaded(qtbot, page)
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.needs.rowCount() == 1)
    assert page.name_label.text() == "社区卫生站义诊" and "0758-***1234" in page.facts.text()
    assert page.needs.rows[0].need.id == need.id
    page.needs_view.selectRow(0)
    qtbot.mouseClick(page.dispatch_button, LEFT)
    qtbot.waitUntil(lambda: page.findChild(DispatchDialog) is not None)
    dialog = page.findChild(DispatchDialog)
    dialog.quantities[0].setValue(3)  # more than the 2 left: asked first
    asked = []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: asked.append(text) or True))
    save(qtbot, dialog)
    assert "尚余 2 人次" in asked[0]
    qtbot.waitUntil(lambda: page.needs.rowCount() == 0 and "派单占用：3" in page.facts.text())
    assert lists.run(needs.need_row, need.id).state == "dispatched"


def test_a_service_is_added_with_its_groups_ages_and_project(qtbot, window, lists):
    from stationdesk.services import teams

    lists.run(teams.create_project, "银发生日会", lists.team_id)
    page = window.open_page("services")
    _loaded(qtbot, page)
    dialog = page.new_record()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    dialog.name.setText("银发生日会")
    dialog.min_age.setValue(70)
    dialog.max_age.setValue(60)
    with qtbot.waitSignal(dialog.sig_failed, timeout=5000):
        dialog.save()
    assert "请选择服务类别" in dialog.error.text() and "年龄范围" in dialog.error.text()
    choose(dialog.category, "精神慰藉")
    dialog.max_age.setValue(-1)
    dialog.groups["elder"].setChecked(True)
    dialog.project.setCurrentIndex(dialog.project.findText("银发生日会"))
    dialog.terms.days["6"].setChecked(True)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    birthday = next(s for s in page.model.rows if s.name == "银发生日会")
    assert (birthday.project_name, birthday.min_age, birthday.terms.weekdays) == ("银发生日会", 70, "6")
    page.table.selectRow(page.model.rows.index(birthday))
    qtbot.waitUntil(lambda: page.name_label.text() == "银发生日会")
    assert "70 岁以上" in page.facts.text() and "所属项目：银发生日会" in page.facts.text()


def test_a_persons_services_list_records_and_visits_and_a_record_can_be_deleted(qtbot, window, lists, monkeypatch):
    from stationdesk.services import visits
    from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog, PickedPerson

    lists.run(
        service_records.record_service,
        ServiceRecordInput(served_on=date(2026, 6, 14), category="助餐", person_ids=(lists.elder_id,)),
    )
    lists.run(
        service_records.record_service,
        ServiceRecordInput(served_on=date(2026, 6, 13), category="生活照料", people_count=30),
    )
    lists.run(
        visits.record_visit,
        visits.VisitInput(lists.elder_id, date(2026, 6, 12), "09:00", "09:30", "电话问候", services=("精神慰藉",)),
    )
    page = window.open_page("service_records")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    picked = PickedPerson(lists.elder_id, "王秀英")
    monkeypatch.setattr(PersonPickerDialog, "ask", classmethod(lambda cls, *a, **k: picked))
    qtbot.mouseClick(page.person_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert [(g.kind, g.category) for g in page.model.rows] == [("record", "助餐"), ("visit", "精神慰藉")]
    assert page.person_label.text() == "王秀英 的服务"
    page.table.selectRow(1)
    infos = []
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: infos.append(text)))
    page.delete_selected()
    assert "探访" in infos[0]  # a visit is changed on its own page
    page.table.selectRow(0)
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: True))
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.rows[0].kind == "visit")
    qtbot.mouseClick(page.all_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_the_need_page_rejects_with_a_reason_and_redispatches(qtbot, window, lists, monkeypatch):
    first = lists.run(needs.create_need, needs.NeedInput(category="维修", person_id=lists.elder_id))
    second = lists.run(needs.create_need, needs.NeedInput(category="助医", person_id=lists.elder_id))
    page = window.open_page("need")
    page.show_need(first.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.buttons["reject"].isEnabled())
    monkeypatch.setattr(SimpleFormDialog, "ask", answered({"reason": "物业负责", "by": "李社工"}))
    qtbot.mouseClick(page.buttons["reject"], LEFT)
    qtbot.waitUntil(lambda: page.detail.row.state == "rejected")
    assert not page.buttons["edit"].isEnabled() and page.history.rows[-1].reason == "物业负责"
    assert not page.tabs.isTabVisible(0)  # no suggestions for a need that is finished

    lists.run(dispatch.dispatch_need, second.id, (dispatch.DispatchTarget("team", lists.team_id),))
    page.show_need(second.id)
    qtbot.waitUntil(lambda: page.detail.row.id == second.id and page.dispatches.rowCount() == 1)
    page.tabs.setCurrentIndex(1)
    page.dispatch_view.selectRow(0)
    assert page.redispatch_button.isEnabled()
    dialog = page.redispatch()
    assert isinstance(dialog, RedispatchDialog) and dialog.target.count() >= 1
    dialog.target.setCurrentIndex(next(i for i, s in enumerate(dialog.suggestions) if s.suggestion.name == "陪同就医"))
    with qtbot.waitSignal(dialog.sig_failed, timeout=5000):
        dialog.save()  # no reason yet
    assert dialog.isVisible() and "原因" in dialog.error.text()
    dialog.reason.setText("队员本周外出培训")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: [d.state for d in page.dispatches.rows] == ["cancelled", "open"])
    assert page.dispatches.rows[0].cancel_reason == "队员本周外出培训"
    assert page.dispatches.rows[1].name == "陪同就医"


def test_the_notice_board_lists_are_printed_and_exported_from_their_pages(qtbot, window, lists, monkeypatch, tmp_path):
    import openpyxl

    from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
    from stationdesk.ui.notice_actions import NoticeFiles

    lists.run(needs.create_need, needs.NeedInput(category="助医", person_id=lists.elder_id))
    shown = []
    monkeypatch.setattr(
        PdfPreviewDialog,
        "show_pdf",
        classmethod(lambda cls, parent, pdf, title, name="": shown.append((title, name, pdf))),
    )
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: shown.append((title, text))))
    target = tmp_path / "资源.xlsx"
    monkeypatch.setattr(NoticeFiles, "ask_save_path", classmethod(lambda cls, parent, suggested: str(target)))
    needs_page = window.open_page("needs")
    qtbot.mouseClick(needs_page.print_button, LEFT)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0][0] == "需求清单公示" and shown[0][2].startswith(b"%PDF")
    resources_page = window.open_page("resources")
    _loaded(qtbot, resources_page)
    qtbot.mouseClick(resources_page.export_button, LEFT)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert "已导出 2 项" in shown[1][1]
    names = [row[1].value for row in openpyxl.load_workbook(target).active.iter_rows(min_row=2)]
    assert names == ["党群服务中心多功能厅", "社区卫生站义诊"]
