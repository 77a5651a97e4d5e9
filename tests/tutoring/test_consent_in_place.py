"""No detour through 人员档案: a child's guardian and consent are recorded where they are needed — at
enrolment and on the child's page — and a person missing from the registry is registered from the
picker (新登记…, the one person form) and comes back chosen."""

from datetime import date

from form_answers import consent_given
from stationdesk.services.people import PersonInput, get_person
from stationdesk.services.tutoring import enrol_child, get_class
from stationdesk.ui.dialogs.consent_dialog import ConsentDialog
from stationdesk.ui.dialogs.person_dialog import PersonDialog
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog, PickedPerson
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.pages.child_page import ChildPage
from stationdesk.ui.pages.tutoring_page import TutoringPage


def _idle(qtbot, ctx):
    qtbot.waitUntil(ctx.db.is_idle, timeout=5000)


def _enrolled(db, class_id):
    with db.session() as session:
        return {c.child_id for c in get_class(session, class_id).children}


def test_a_child_without_a_guardian_is_enrolled_after_registering_the_guardian_on_the_spot(
    qtbot, ctx, show_page, summer_class, cast, monkeypatch, db
):
    page = show_page(TutoringPage)
    _idle(qtbot, ctx)
    page.select_class(summer_class)
    _idle(qtbot, ctx)
    questions, pickers = [], []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: questions.append(text) or True))

    def picker(cls, parent, ctx, title="", with_relation=False, exclude_id=None, **options):
        pickers.append((title, with_relation, options.get("register_as")))
        if not with_relation:
            return PickedPerson(cast.no_guardian, "小朵")  # the child to enrol
        # the guardian is not in the registry: 新登记… registers her, and the picker returns her chosen
        picked_list = PersonPickerDialog(parent, ctx, title, with_relation, exclude_id, **options).list
        monkeypatch.setattr(
            PersonDialog, "ask", classmethod(lambda cls, *a, **k: PersonInput(name="刘桂芳", roles=k["roles"]))
        )
        with qtbot.waitSignal(picked_list.sig_registered, timeout=5000):
            picked_list.register()
        return PickedPerson(picked_list.chosen().id, picked_list.chosen().display_name, "外祖母", True)

    monkeypatch.setattr(PersonPickerDialog, "ask", classmethod(picker))
    monkeypatch.setattr(ConsentDialog, "ask", consent_given(scope="基本信息"))
    page.enrol()
    qtbot.waitUntil(lambda: cast.no_guardian in _enrolled(db, summer_class), timeout=10000)
    assert "尚未登记监护人" in questions[0] or "监护人" in questions[0]
    assert [p[1:] for p in pickers] == [(False, ("child",)), (True, ("guardian",))]
    with db.session() as session:
        child = get_person(session, cast.no_guardian)
        guardian = get_person(session, child.guardians[0].guardian_id)
    assert [(g.guardian_name, g.relation) for g in child.guardians] == [
        ("刘桂芳", "外祖母")
    ] and child.has_valid_consent
    assert guardian.summary.roles == ("guardian",)  # the picker's role was ticked in the person form


def test_consent_is_recorded_and_withdrawn_on_the_childs_page_and_withdrawal_ends_the_classes(
    qtbot, ctx, show_page, summer_class, cast, monkeypatch, db
):
    with db.transaction() as session:
        enrol_child(session, summer_class, cast.consented[0], on=date(2026, 6, 1))
    page = show_page(ChildPage)
    _idle(qtbot, ctx)
    page.show_child(cast.consented[0])
    _idle(qtbot, ctx)
    box = page.guardian_box
    assert box.consent_bar.isVisible() and box.withdraw_button.isVisible() and box.add_consent_button.isVisible()
    assert "✔ 监护人已同意" in box.consent_state.text() and "2026-05-01" in box.consent_state.text()
    asked = []
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, parent, title, text: asked.append(text) or True))
    box.withdraw_consent()
    _idle(qtbot, ctx)
    page.refresh()
    qtbot.waitUntil(lambda: "未登记有效的监护人同意" in box.consent_state.text(), timeout=5000)
    _idle(qtbot, ctx)
    assert "退出所有辅导班" in asked[0] and not box.withdraw_button.isEnabled()
    assert cast.consented[0] not in _enrolled(db, summer_class)
    assert page.cards["classes"].text() == "—"

    monkeypatch.setattr(ConsentDialog, "ask", consent_given())
    box.add_consent()
    _idle(qtbot, ctx)
    page.refresh()
    qtbot.waitUntil(lambda: "✔ 监护人已同意" in box.consent_state.text(), timeout=5000)
    _idle(qtbot, ctx)
    with db.transaction() as session:
        enrol_child(session, summer_class, cast.consented[0], on=date(2026, 6, 16))  # allowed again


def test_a_refused_consent_keeps_the_form_open_with_what_was_chosen_and_typed(qtbot, ctx, cast, db):
    from datetime import timedelta

    from stationdesk.ui.dates import station_today, to_qdate

    with db.session() as session:
        detail = get_person(session, cast.consented[0])
    today = station_today(ctx)
    dialog = ConsentDialog(None, ctx, detail.summary.id, detail.guardians, today)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.given_on.setDate(to_qdate(today + timedelta(days=1)))
    dialog.scope.setText("基本信息、活动照片")
    dialog.save()
    _idle(qtbot, ctx)
    assert dialog.isVisible() and dialog.error.text() == "同意日期不能晚于今天。"
    assert dialog.invalid_fields() == ["given_on"] and dialog.scope.text() == "基本信息、活动照片"
    dialog.given_on.setDate(to_qdate(today))
    assert dialog.invalid_fields() == [] and dialog.error.text() == ""
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    assert not dialog.isVisible() and saved.args[0].scope == "基本信息、活动照片"
    with db.session() as session:
        assert len(get_person(session, cast.consented[0]).consents) == len(detail.consents) + 1
