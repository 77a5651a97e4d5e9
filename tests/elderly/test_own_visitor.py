"""The worker picks herself as 探访人: the visit form offers the logged-in account first (its linked
registry person, or its name when not linked — registered and linked with the first visit)."""

from datetime import date

import pytest
from sqlalchemy import func, select

from stationdesk.db.models.accounts import Account
from stationdesk.db.models.people import Person
from stationdesk.errors import NotFound, PermissionDenied
from stationdesk.services.accounts import actor_of, link_account_person, list_accounts
from stationdesk.services.own_person import OWN_ACCOUNT, own_person
from stationdesk.services.visits import VisitInput, get_visit, record_visit

DAY = date(2026, 6, 10)


def _visit(session, elder_id, visitors):
    summary = record_visit(session, VisitInput(elder_id, DAY, "09:00", "09:30", "电话问候", visitor_ids=visitors))
    return get_visit(session, summary.id).visitors


def _people(session):
    return session.execute(select(func.count()).select_from(Person)).scalar_one()


def test_an_unlinked_account_is_offered_by_name_and_registered_with_its_first_visit(db, people):
    with db.transaction() as session:
        assert own_person(session).key == OWN_ACCOUNT and own_person(session).name == "测试站长"
        before = _people(session)
        first = _visit(session, people["elder"], (OWN_ACCOUNT, people["volunteer"]))
        assert {name for _id, name in first} == {"测试站长", "陈志强"}
        assert _people(session) == before + 1
        mine = own_person(session)
        assert mine.key != OWN_ACCOUNT and mine.name == "测试站长"
        second = _visit(session, people["elder2"], (OWN_ACCOUNT,))
        assert second == ((mine.key, "测试站长"),) and _people(session) == before + 1  # the same person again
        assert [a.person_name for a in list_accounts(session) if a.login == "admin"] == ["测试站长"]


def test_the_administrator_links_an_account_to_a_registry_person(db, people):
    with db.transaction() as session:
        row = link_account_person(session, "admin", people["volunteer"])
        assert row.person_name == "陈志强"
        assert own_person(session).key == people["volunteer"] and own_person(session).name == "陈志强"
        with pytest.raises(NotFound):
            link_account_person(session, "admin", "no-such-person")
        link_account_person(session, "admin", None)
        assert own_person(session).key == OWN_ACCOUNT


def test_linking_accounts_needs_the_accounts_permission(db, people, admin_password_hash):
    with db.transaction() as session:
        clerk = Account(login="clerk1", display_name="录入员小李", role_key="clerk", password_hash=admin_password_hash)
        session.add(clerk)
        session.flush()
        actor = actor_of(session, clerk)
    db.actor = actor
    with db.transaction() as session, pytest.raises(PermissionDenied):
        link_account_person(session, "clerk1", people["volunteer"])


def test_the_visit_form_offers_the_worker_first_and_ticks_her_on_a_new_visit(qtbot, db, people, open_window):
    window = open_window()
    visits = window.open_page("visits")
    dialog = visits.record_visit((people["elder"], "王秀英"))
    qtbot.waitUntil(lambda: dialog.visitors.count() >= 2, timeout=5000)
    first = dialog.visitors.item(0)
    assert first.text() == "测试站长（我）" and first.checkState() == first.checkState().Checked
    assert (
        dialog.visitors.item(1).text() == "陈志强"
        and dialog.visitors.item(1).checkState() == first.checkState().Unchecked
    )
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0].visitors == ("测试站长",)


def test_the_accounts_page_links_an_account_to_its_person(qtbot, db, people, open_window, monkeypatch):
    from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog, PickedPerson

    window = open_window()
    page = window.open_page("accounts")
    qtbot.waitUntil(lambda: page.rows.rowCount() == 1, timeout=5000)
    column = page.rows.columnCount() - 1
    assert page.rows.data(page.rows.index(0, column)) == "未关联"
    monkeypatch.setattr(
        PersonPickerDialog, "ask", classmethod(lambda cls, *a, **k: PickedPerson(people["volunteer"], "陈志强"))
    )
    page.table.selectRow(0)
    page.link_selected()
    qtbot.waitUntil(lambda: page.rows.data(page.rows.index(0, column)) == "陈志强", timeout=5000)
