"""保存期限: people whose last service is more than N years back are listed and erased the same way as
on request; someone still in a class, or served recently, or the setting empty, is kept."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from stationdesk.db.models.tutoring import Enrolment, TutoringClass
from stationdesk.errors import PermissionDenied, ValidationError
from stationdesk.services.people import PersonInput, add_person, get_person
from stationdesk.services.retention import erase_past_retention, past_retention, set_retention_years
from stationdesk.services.visits import VisitInput, record_visit

SHOTS = Path(os.environ.get("STATIONDESK_SHOTS", "/tmp/accounts"))


def _elder(session, name: str, *visit_days: date) -> str:
    person_id = add_person(session, PersonInput(name=name, roles=("elder",), birth_date=date(1940, 1, 1))).summary.id
    for day in visit_days:
        record_visit(session, VisitInput(person_id, day, "09:00", "09:30", "电话问候"))
    return person_id


@pytest.fixture
def dated_people(db) -> dict[str, str]:
    """Today is 2026-06-15; with 3 years the cut is 2023-06-15."""
    with db.transaction() as session:
        people = {
            "old": _elder(session, "王秀英", date(2019, 5, 1), date(2023, 6, 14)),  # last visit a day before the cut
            "recent": _elder(session, "李桂兰", date(2018, 1, 1), date(2023, 6, 15)),  # on the cut: kept
            "new": _elder(session, "张建国"),  # never served, registered today
        }
        child = add_person(session, PersonInput(name="陈小明", roles=("child",), birth_date=date(2015, 1, 1)))
        klass = TutoringClass(name="小候鸟暑托班", kind="暑托班")
        session.add(klass)
        session.flush()
        session.add(Enrolment(class_id=klass.id, child_id=child.summary.id, enrolled_on=date(2019, 7, 1)))
        people["in_class"] = child.summary.id
    return people


def test_only_those_past_the_period_are_listed_and_erased(db, dated_people):
    with db.session() as session:
        assert past_retention(session) == ()  # the setting is empty: everything is kept
    with db.transaction() as session:
        set_retention_years(session, 3)
    with db.session() as session:
        listed = past_retention(session)
    assert [(p.person_id, p.name, p.last_service) for p in listed] == [
        (dated_people["old"], "王秀英", date(2023, 6, 14))
    ]
    with db.transaction() as session:
        assert erase_past_retention(session, [p.person_id for p in listed], 3) == 1
    with db.session() as session:
        assert get_person(session, dated_people["old"]).summary.name == "已删除"
        assert get_person(session, dated_people["recent"]).summary.name == "李桂兰"
        assert past_retention(session) == ()  # erased once, not listed again
        assert [p.name for p in past_retention(session, years=1)] == ["李桂兰"]  # the class keeps 陈小明


def test_the_period_must_be_sensible_and_the_clerk_may_not_use_it(db, role_accounts):
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        set_retention_years(session, 101)
    assert "1 到 100 年" in str(caught.value)
    db.actor = role_accounts["clerk"]
    with pytest.raises(PermissionDenied), db.session() as session:
        past_retention(session, years=1)


def test_the_retention_command_lists_then_erases(db, capsys, monkeypatch):
    """The command line counts from the real date: the visits are placed around it."""
    from stationdesk.cli import main

    now = date.today()
    with db.transaction() as session:
        _elder(session, "王秀英", now.replace(year=now.year - 10, day=1))
        _elder(session, "李桂兰", now.replace(year=now.year - 3, day=1))
    db.close()
    station = ["--data-dir", str(db.folder.root), "--user", "admin"]
    assert main([*station, "retention"]) == 0
    assert "未设置保存期限" in capsys.readouterr().out
    assert main([*station, "retention", "--set-years", "5"]) == 0
    assert main([*station, "retention", "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert "王秀英\t最后一次服务" in shown and "有 1 人" in shown and "李桂兰" not in shown
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main([*station, "retention"]) == 2  # no terminal to ask on and no --yes: nothing erased
    assert main([*station, "retention", "--yes"]) == 0
    assert "已删除 1 人的个人信息" in capsys.readouterr().out
    assert main([*station, "retention", "--dry-run"]) == 0
    assert "有 0 人" in capsys.readouterr().out


def test_the_retention_dialog_sets_the_period_lists_and_erases_after_asking(qtbot, db, dated_people, monkeypatch):
    from stationdesk.ui.app import build_window
    from stationdesk.ui.dialogs.retention_dialog import RetentionDialog
    from stationdesk.ui.messages import MessageBox

    window = build_window(db.folder, db)
    qtbot.addWidget(window)
    dialog = RetentionDialog(window, window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "一直保存" in dialog.summary.text())
    assert not dialog.erase_button.isEnabled()
    dialog.years.setValue(3)
    with qtbot.waitSignal(dialog.sig_listed) as listed:
        dialog.save_button.click()
    assert listed.args == [1] and "王秀英" in dialog.people.item(0).text()
    asked, told = [], []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: asked.append(text) or True))
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: told.append(text)))
    with qtbot.waitSignal(dialog.sig_erased):
        dialog.erase_button.click()
    qtbot.waitUntil(lambda: dialog.people.count() == 0)
    assert "1 人的个人信息" in asked[0] and "已删除 1 人" in told[0]
    with db.session() as session:
        assert get_person(session, dated_people["old"]).summary.name == "已删除"
    qtbot.waitUntil(window.ctx.db.is_idle)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "retention.png"))
    window.close()
