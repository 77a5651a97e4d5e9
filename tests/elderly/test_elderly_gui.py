"""The elderly-care pages driven like a user would, with pytest-qt on a real database."""

import re
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtPrintSupport import QPrinter
from reportlab.platypus import PageBreak

from stationdesk.domain import ability_assessment as gbt
from stationdesk.printing.template import StationDocument, render_to_bytes
from stationdesk.services.visits import VisitInput, record_visit
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.messages import MessageBox

TODAY = date(2026, 6, 15)


@pytest.fixture
def window(db, people, open_window):
    with db.transaction() as session:  # 李桂兰 was last seen 200 days ago: overdue; 王秀英 never: due
        record_visit(session, VisitInput(people["elder2"], TODAY - timedelta(days=200), "09:00", "09:30", "电话问候"))
    return open_window()


def idle(qtbot, main):
    qtbot.waitUntil(lambda: main.ctx.db.is_idle())


def names(model):
    return [model.record(row).name for row in range(model.rowCount())]


def test_recording_a_visit_takes_the_elder_off_the_due_list(qtbot, window, people):
    due = window.open_page("due_visits")
    qtbot.waitUntil(lambda: due.model.rowCount() == 2)
    assert names(due.model) == ["王秀英", "李桂兰"]  # never visited comes first
    from stationdesk.ui.elderly_home_sections import ElderlyHomeSections

    home_sections = window.page("home").findChild(ElderlyHomeSections)
    qtbot.waitUntil(lambda: "2 位" in home_sections.due_box.title())

    visits = window.open_page("visits")
    dialog = visits.record_visit((people["elder"], "王秀英"))
    qtbot.waitUntil(lambda: dialog.services.count() > 0)  # catalogs load on the database thread
    dialog.start_time.setTime(QTime(10, 0))
    dialog.end_time.setTime(QTime(9, 30))
    dialog.save()
    qtbot.waitUntil(lambda: "早于开始时间" in dialog.error.text())
    assert dialog.isVisible()  # refused: the form stays open, nothing stored

    dialog.end_time.setTime(QTime(10, 45))
    dialog.services.item(0).setCheckState(dialog.services.item(0).checkState().Checked)
    dialog.follow_up.setText("联系社区医生上门量血压")
    dialog.recorder.setText("李社工")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert saved.args[0].elder_name == "王秀英" and saved.args[0].services == ("生活照料",)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: visits.model.rowCount() == 2)

    window.open_page("due_visits")
    qtbot.waitUntil(lambda: names(due.model) == ["李桂兰"])
    window.open_page("home")
    qtbot.waitUntil(lambda: "1 位" in home_sections.due_box.title())
    qtbot.waitUntil(lambda: home_sections.follow.count() == 1)
    assert "联系社区医生上门量血压" in home_sections.follow.item(0).text()


def test_scoring_a_full_assessment_shows_the_level_and_prints_the_report(qtbot, window, people, monkeypatch):
    page = window.open_page("assessment")
    page.new_assessment((people["elder"], "王秀英"))
    page.assessor_1.setText("李社工")
    page.assessor_2.setText("陈护士")
    page.informant.setText("王小明")
    page.relation.setText("儿子")
    for code in list(gbt.ITEMS)[:20]:
        page.groups[code].button(gbt.ITEMS[code].max_score).click()
    assert page.level_label.text() == "未完成" and page.total_label.text() == "—"
    with qtbot.waitSignal(page.sig_saved, timeout=5000) as draft:
        page.draft_button.click()
    assert draft.args[0].summary.status == "draft" and draft.args[0].summary.level is None

    page.final_button.click()  # 6 items missing: refused with a message
    qtbot.waitUntil(lambda: "还有 6 项未评分" in page.error.text())
    for code in list(gbt.ITEMS)[20:]:
        page.groups[code].button(0).click()
    # The last six items (B.3.9 … B.4.5) at 0 take 2+2+2+4+3+4 = 17 points off the 90.
    assert page.total_label.text() == "73 / 90" and page.level_label.text() == "轻度失能"
    page.dementia.click()
    assert page.level_label.text() == "中度失能" and "加重一级" in page.adjust_label.text()
    questions = []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: questions.append(text)))
    page.final_button.click()  # answered no: still a draft that can be changed
    assert "锁定" in questions[0] and page.final_button.isEnabled()
    idle(qtbot, window)
    assert page.status_label.text() != "已完成，不能修改"
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: True))
    with qtbot.waitSignal(page.sig_saved, timeout=5000) as final:
        page.final_button.click()
    detail = final.args[0]
    assert (detail.summary.status, detail.summary.total, detail.summary.level_name) == ("final", 73, "中度失能")
    assert page.print_button.isEnabled() and not page.final_button.isEnabled()

    shown = []
    monkeypatch.setattr(
        PdfPreviewDialog,
        "show_pdf",
        classmethod(lambda cls, parent, pdf, title, name="", **kw: shown.append((pdf, name))),
    )
    page.print_report()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0][0].startswith(b"%PDF") and "王秀英" in shown[0][1]

    elder = window.open_page("elder")
    elder.show_elder(people["elder"], "王秀英")
    with qtbot.waitSignal(elder.sig_shown, timeout=5000) as overview:
        pass
    assert overview.args[0].level_history == ((TODAY, 2, 73),)
    assert "中度失能" in elder.info.text() and elder.chart.points


def test_the_preview_prints_every_page_and_saves_the_same_bytes(qtbot, tmp_path, monkeypatch):
    def build(out):
        doc = StationDocument(out, "测试", "测试站", TODAY)
        doc.build([doc.paragraph("第一页"), PageBreak(), doc.paragraph("第二页")])

    pdf = render_to_bytes(build)
    outputs = []
    dialog = PdfPreviewDialog(None, pdf, "测试打印", "测试.pdf", on_output=lambda kind, target: outputs.append(kind))
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.MULTILINE), info
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(PdfPreviewDialog, "ask_save_path", classmethod(lambda cls, parent, name: str(target)))
    dialog.save_as()
    assert target.read_bytes() == pdf and outputs == ["save"]


def test_a_chosen_elder_is_not_replaced_by_a_search_answer_arriving_late(qtbot, window, people):
    from stationdesk.ui.elder_picker import ElderPicker

    picker = ElderPicker(window.ctx)  # its first search (everyone) is still on the database thread
    qtbot.addWidget(picker)
    picker.set_chosen("chosen-elder-id", "赵淑珍")
    idle(qtbot, window)
    assert picker.chosen_id() == "chosen-elder-id" and picker.chosen_name() == "赵淑珍"
    picker.search.setText("王")
    picker._search()
    qtbot.waitUntil(lambda: picker.chosen_id() == people["elder"])


def test_a_finished_assessment_cannot_be_changed_by_clicking(qtbot, window, people, scores_for, monkeypatch):
    page = window.open_page("assessment")
    page.new_assessment((people["elder"], "王秀英"))
    page.assessor_1.setText("李社工")
    page.assessor_2.setText("陈护士")
    for code, score in scores_for(90).items():
        page.set_score(code, score)
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: True))
    with qtbot.waitSignal(page.sig_saved, timeout=5000):
        page.final_button.click()
    assert page.level_label.text() == "能力完好"
    button = page.groups["B.1.1"].button(0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))  # on the circle
    assert page.groups["B.1.1"].checkedId() == 4 and page.total_label.text() == "90 / 90"


def test_changing_the_visit_frequency_in_settings_changes_the_due_list(qtbot, window, monkeypatch):
    from stationdesk.ui.dialogs.visit_rules_dialog import VisitRulesDialog

    due = window.open_page("due_visits")
    qtbot.waitUntil(lambda: names(due.model) == ["王秀英", "李桂兰"])
    asked = []
    monkeypatch.setattr(
        VisitRulesDialog,
        "ask",
        classmethod(lambda cls, parent, current: asked.append(current) or {**current, "general": 365}),
    )
    due.rules_button.click()
    qtbot.waitUntil(lambda: names(due.model) == ["王秀英"])  # 李桂兰's 200 days are now within a year
    assert asked == [{"high": 7, "priority": 30, "general": 90}]
    assert due.count.text() == "共 1 位老人"


def test_closing_a_follow_up_on_the_elder_page_removes_it(qtbot, window, people, db):
    with db.transaction() as session:
        record_visit(
            session,
            VisitInput(
                people["elder"], TODAY, "09:00", "09:30", "上门走访", follow_up_action="送降压药", follow_up_due=TODAY
            ),
        )
    elder = window.open_page("elder")
    elder.show_elder(people["elder"], "王秀英")
    qtbot.waitUntil(lambda: elder.follow_ups.count() == 1)
    assert "送降压药" in elder.follow_ups.item(0).text()
    elder.follow_ups.setCurrentRow(0)
    elder.close_button.click()
    qtbot.waitUntil(lambda: elder.follow_ups.count() == 0)


def test_visit_form_opened_without_an_elder_chooses_nobody_and_refuses_to_save(qtbot, window, people):
    visits = window.open_page("visits")
    dialog = visits.record_visit()
    qtbot.waitUntil(lambda: dialog.elder.choices.count() == 2 and dialog.services.count() > 0)
    assert dialog.elder.chosen_id() == "" and dialog.elder.choices.currentIndex() == -1
    dialog.save()
    qtbot.waitUntil(lambda: "请选择被探访的老人" in dialog.error.text())
    assert dialog.isVisible()
    idle(qtbot, window)
    assert visits.model.rowCount() == 1  # nothing stored for anybody

    dialog.elder.choices.setCurrentIndex(dialog.elder.choices.findText("李桂兰", Qt.MatchFlag.MatchStartsWith))
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0].elder_name == "李桂兰"
