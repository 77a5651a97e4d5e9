"""Enrolling many at once: search and filters (community, tag, kind), ticks, 全选筛选结果 (every match,
not only the rows on screen), one service call — all or nothing, the refusals named."""

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from stationdesk.errors import FormErrors, NeedsConfirmation, PermissionDenied, ValidationError
from stationdesk.services import activities
from stationdesk.services.bulk_enrolment import enrol_children, people_matching, sign_up_many
from stationdesk.services.people import PeopleQuery, PersonInput, add_guardian, add_person, record_consent
from stationdesk.services.tutoring import ClassInput, get_class, save_class
from stationdesk.ui.dialogs.multi_enrol_dialog import MultiEnrolDialog
from stationdesk.ui.messages import MessageBox

SOLITARY = 45  # more than the first page the dialog shows (its page size is lowered to 20 below)


def _person(session, name, community, tags=(), roles=("elder",)):
    return add_person(
        session,
        PersonInput(name=name, roles=roles, birth_date=date(1945, 1, 1), community=community, tags=tags),
        confirmed=True,
    ).summary.id


@pytest.fixture
def town(db):
    """七星社区: SOLITARY elders living alone and 5 who do not; 城东社区: 3 elders living alone; an activity."""
    with db.transaction() as session:
        qixing_alone = [_person(session, f"七星独居{i:02d}", "七星社区", ("独居",)) for i in range(SOLITARY)]
        qixing_other = [_person(session, f"七星同住{i}", "七星社区") for i in range(5)]
        east_alone = [_person(session, f"城东独居{i}", "城东社区", ("独居",)) for i in range(3)]
        activity = activities.create_activity(
            session,
            activities.ActivityInput(
                name="重阳敬老午宴", held_on=date(2026, 6, 20), starts_at=time(11), ends_at=time(13)
            ),
        )
    return {"alone": qixing_alone, "other": qixing_other, "east": east_alone, "activity": activity.id}


def _participants(db, activity_id):
    with db.session() as session:
        return activities.participants_of(session, activity_id)


def test_the_filter_finds_every_elder_of_a_community_with_a_tag(db, town):
    with db.session() as session:
        found = people_matching(session, PeopleQuery(role="elder", tag="独居", community="七星社区"))
    assert set(found) == set(town["alone"]) and found[town["alone"][0]] == "七星独居00"


def test_signing_up_many_is_all_or_nothing_and_names_who_is_refused(db, town):
    activity_id = town["activity"]
    with db.transaction() as session:
        assert sign_up_many(session, activity_id, town["alone"][:2], activities.ROLE_SERVED).count == 2
    with pytest.raises(FormErrors) as refused, db.transaction() as session:
        sign_up_many(session, activity_id, [town["alone"][1], *town["east"]], activities.ROLE_SERVED)
    assert [e.code for e in refused.value.errors] == ["activity.already_signed_up"]
    assert refused.value.errors[0].params["name"] == "七星独居01"
    assert len(_participants(db, activity_id)) == 2  # 城东 were not added either
    with pytest.raises(ValidationError) as nobody, db.transaction() as session:
        sign_up_many(session, activity_id, [], activities.ROLE_SERVED)
    assert nobody.value.code == "enrol.nobody"


def test_enrolling_children_refuses_those_without_consent_and_asks_past_capacity(db):
    with db.transaction() as session:
        with_consent, without = [], _person(session, "赵宇轩", "七星社区", roles=("child",))
        for i in range(3):
            child = _person(session, f"儿童{i}", "七星社区", roles=("child",))
            mother = _person(session, f"母亲{i}", "七星社区", roles=("guardian",))
            add_guardian(session, child, mother, "母亲", True)
            record_consent(session, child, mother, f"母亲{i}", date(2026, 5, 1), "")
            with_consent.append(child)
        klass = save_class(session, ClassInput(name="四点半课堂", kind="小组", capacity=2))
    with pytest.raises(FormErrors) as refused, db.transaction() as session:
        enrol_children(session, klass.id, [*with_consent, without])
    assert [(e.code, e.params["name"]) for e in refused.value.errors] == [("tutoring.no_guardian", "赵宇轩")]
    with pytest.raises(NeedsConfirmation), db.transaction() as session:
        enrol_children(session, klass.id, with_consent)  # the third is past the capacity of 2
    with db.transaction() as session:
        assert enrol_children(session, klass.id, with_consent, confirmed=True).count == 3
        assert len(get_class(session, klass.id).children) == 3


def test_a_clerk_may_not_enrol_many(db, town, admin_password_hash):
    from stationdesk.db.models.accounts import Account
    from stationdesk.services.accounts import actor_of

    with db.transaction() as session:
        clerk = Account(login="clerk1", display_name="录入员", role_key="clerk", password_hash=admin_password_hash)
        session.add(clerk)
        session.flush()
        db.actor = actor_of(session, clerk)
    with pytest.raises(PermissionDenied), db.transaction() as session:
        sign_up_many(session, town["activity"], town["alone"], activities.ROLE_SERVED)


@pytest.fixture
def dialog(qtbot, window, town):
    activity_id = town["activity"]
    made = MultiEnrolDialog(
        window,
        window.ctx,
        "批量报名：重阳敬老午宴",
        lambda session, ids, _c: sign_up_many(session, activity_id, ids, activities.ROLE_SERVED),
    )
    made.model.page_size = 20  # the filter's 45 do not all come on the first page
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: made.community.count() == 3 and made.tag.findText("独居") >= 0, timeout=20000)
    return made


def test_all_of_a_filter_is_ticked_and_enrolled_in_one_go(qtbot, dialog, town, db):
    dialog.community.setCurrentIndex(dialog.community.findText("七星社区"))
    dialog.tag.setCurrentIndex(dialog.tag.findText("独居"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("elder"))
    qtbot.waitUntil(lambda: dialog.found.text() == f"筛选结果 {SOLITARY} 人", timeout=5000)
    assert dialog.model.rowCount() < SOLITARY  # only the first page is on screen
    assert not dialog.ok.isEnabled() and dialog.count.text() == "已勾选 0 人"
    dialog.select_all.click()
    qtbot.waitUntil(lambda: dialog.count.text() == f"已勾选 {SOLITARY} 人", timeout=5000)
    assert dialog.ok.text() == f"报名 {SOLITARY} 人"
    with qtbot.waitSignal(dialog.sig_enrolled, timeout=10000) as enrolled:
        dialog.ok.click()
    assert enrolled.args[0].count == SOLITARY
    names = {p.name for p in _participants(db, town["activity"])}
    assert names == {f"七星独居{i:02d}" for i in range(SOLITARY)}


def test_a_refusal_keeps_the_dialog_open_with_the_ticks_and_stores_nobody(qtbot, dialog, town, db, monkeypatch):
    with db.transaction() as session:
        activities.sign_up(session, town["activity"], town["east"][0], activities.ROLE_SERVED)
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, *a: pytest.fail("no message box expected")))
    dialog.search.setText("cdd")  # 城东独居: pinyin initials
    qtbot.waitUntil(lambda: dialog.found.text() == "筛选结果 3 人", timeout=5000)
    dialog.select_all.click()
    qtbot.waitUntil(lambda: dialog.count.text() == "已勾选 3 人", timeout=5000)
    dialog.ok.click()
    qtbot.waitUntil(lambda: "没有报名任何人" in dialog.error.text(), timeout=5000)
    assert "城东独居0" in dialog.error.text() and dialog.isVisible() and len(dialog.model.checked) == 3
    assert [p.name for p in _participants(db, town["activity"])] == ["城东独居0"]
    assert dialog.untick_refused.isVisible() and dialog.untick_refused.text() == "取消勾选这 1 人，其余的再报名"
    dialog.untick_refused.click()
    assert dialog.count.text() == "已勾选 2 人" and town["east"][0] not in dialog.model.checked
    with qtbot.waitSignal(dialog.sig_enrolled, timeout=5000):
        dialog.ok.click()
    assert sorted(p.name for p in _participants(db, town["activity"])) == ["城东独居0", "城东独居1", "城东独居2"]


def test_the_activity_page_opens_the_multi_select_for_the_chosen_activity(qtbot, window, town, monkeypatch):
    asked = []
    monkeypatch.setattr(
        MultiEnrolDialog, "ask", classmethod(lambda cls, parent, ctx, title, enrol, **k: asked.append(title))
    )
    page = window.open_page("activities")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None and page.add_many.isEnabled(), timeout=5000)
    assert page.add_many.isVisibleTo(page)
    page.add_many.click()
    assert asked == ["批量报名：重阳敬老午宴"]


def test_the_class_dialog_says_which_children_have_consent(qtbot, window, db):
    with db.transaction() as session:
        _person(session, "赵宇轩", "七星社区", roles=("child",))  # no guardian, no consent
        child = _person(session, "王子涵", "七星社区", roles=("child",))
        mother = _person(session, "王母亲", "七星社区", roles=("guardian",))
        add_guardian(session, child, mother, "母亲", True)
        record_consent(session, child, mother, "王母亲", date(2026, 5, 1), "")
    made = MultiEnrolDialog(window, window.ctx, "批量报名", lambda session, ids, confirmed: None, role="child")
    qtbot.addWidget(made)
    made.show()
    last = made.model.columnCount() - 1
    assert made.model.headerData(last, Qt.Orientation.Horizontal) == "监护人同意" and not made.kind.isEnabled()

    def consent_of():
        return {
            made.model.record(r).name: made.model.data(made.model.index(r, last)) for r in range(made.model.rowCount())
        }

    qtbot.waitUntil(lambda: consent_of() == {"赵宇轩": "未登记", "王子涵": "已同意"}, timeout=5000)
