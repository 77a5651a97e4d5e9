"""The 操作日志 page: sensitive actions listed newest first, the person named (a child by alias),
filtered by action, and refreshed when a new action is logged while the page is open."""

from __future__ import annotations

import pytest

from stationdesk.services import people
from stationdesk.services.station import audit
from stationdesk.ui.context import AppContext
from stationdesk.ui.db_worker import DatabaseRunner
from stationdesk.ui.pages.audit_page import AuditPage


@pytest.fixture
def page(qtbot, db):
    runner = DatabaseRunner(db)
    widget = AuditPage(AppContext(db=runner, folder=None, station=db.station))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(runner.is_idle)
    yield widget
    runner.stop()


def _cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_actions_are_listed_newest_first_with_names_and_a_filter(qtbot, page, db):
    with db.transaction() as session:
        elder = people.add_person(
            session,
            people.PersonInput(name="王秀英", roles=("elder",), gender="F", id_number="110101194002290028"),
            confirmed=True,
        ).summary
        child = people.add_person(
            session, people.PersonInput(name="李小明", roles=("child",), gender="M", alias="小星"), confirmed=True
        ).summary

    def three_actions(session):  # through the page's database thread, as the program does
        people.reveal_id_number(session, elder.id)
        audit(session, "print", "assessment", "a1", "评估报告.pdf")
        audit(session, "view_id_number", "person", child.id)

    assert page.model.rowCount() == 0
    page.ctx.db.run(three_actions)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    rows = _cells(page.model)
    assert [r[1] for r in rows] == ["查看了完整身份证号", "打印了文件", "查看了完整身份证号"]
    assert rows[0][2] == "小星" and rows[2][2] == "王秀英" and rows[1][3] == "评估报告.pdf"
    assert "李小明" not in str(rows)
    assert "共 3 条" in page.count.text()
    page.action.setCurrentIndex(page.action.findData("print"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert _cells(page.model)[0][1] == "打印了文件"


def test_the_page_names_the_first_entry_changed_behind_the_programs_back(qtbot, page, db):
    with db.transaction() as session:
        for n in range(3):
            audit(session, "export", detail=f"file {n}")
    page.refresh()
    qtbot.waitUntil(lambda: page.chain.text().startswith("✔") and page.model.rowCount() == 3)
    with db.engine.begin() as connection:  # what anyone with sqlite3 could do to the file
        seq = connection.exec_driver_sql("SELECT seq FROM audit_log ORDER BY seq LIMIT 1 OFFSET 1").scalar()
        connection.exec_driver_sql(f"UPDATE audit_log SET detail = 'nothing' WHERE seq = {seq}")
    page.refresh()
    qtbot.waitUntil(lambda: page.chain.text().startswith("✘") and page.model.rowCount() == 3)  # the rows reload apart
    assert f"第 {seq} 条" in page.chain.text()
    rows = _cells(page.model)
    assert rows[0][4] == "admin" and rows[1][5] == str(seq)  # who did it, and the number the check names
    page.grab().save("/tmp/accounts/audit-broken.png")
