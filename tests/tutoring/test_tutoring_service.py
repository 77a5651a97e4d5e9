"""Tutoring services on a real database: enrolment rules, term generation, attendance, the child's page."""

from datetime import date, time

import pytest
from sqlalchemy import func, select

from stationdesk.db.models.station import AuditEntry
from stationdesk.db.models.tutoring import Attendance, TutoringSession
from stationdesk.errors import FormErrors, NeedsConfirmation, ValidationError
from stationdesk.services import registry
from stationdesk.services.people import get_person, withdraw_consent
from stationdesk.services.tutoring import (
    AttendanceInput,
    ClassInput,
    SessionEdit,
    add_case_note,
    add_session,
    child_overview,
    enrol_child,
    generate_term,
    get_attendance_sheet,
    get_class,
    list_classes,
    monthly_summary_data,
    print_signin_sheet,
    save_attendance,
    save_class,
    signin_sheet_data,
    withdraw_child,
)


def _error_code(excinfo) -> str:
    return excinfo.value.code


def test_a_child_without_consent_is_refused_saying_what_is_missing(db, cast, summer_class):
    with db.transaction() as session:
        with pytest.raises(ValidationError) as caught:
            enrol_child(session, summer_class, cast.no_consent)
        assert caught.value.code == "tutoring.no_consent"
        assert "赵建国（父亲）" in str(caught.value) and "小豆" in str(caught.value)
        with pytest.raises(ValidationError) as caught:
            enrol_child(session, summer_class, cast.no_guardian)
        assert caught.value.code == "tutoring.no_guardian" and "添加监护人" in str(caught.value)


def test_withdrawn_consent_no_longer_allows_enrolment(db, cast, summer_class):
    child = cast.consented[0]
    with db.transaction() as session:
        consent = get_person(session, child).consents[0]
        withdraw_consent(session, consent.id, date(2026, 6, 1))
    with db.transaction() as session, pytest.raises(ValidationError) as caught:
        enrol_child(session, summer_class, child)
    assert caught.value.code == "tutoring.no_consent"


def test_withdrawn_consent_ends_the_childs_classes_from_that_day(db, cast, summer_class):
    from sqlalchemy import select

    from stationdesk.db.models.tutoring import Enrolment

    child = cast.consented[0]
    with db.transaction() as session:
        enrol_child(session, summer_class, child)
    with db.transaction() as session:
        withdraw_consent(session, get_person(session, child).consents[0].id, date(2026, 6, 20))
    with db.session() as session:
        enrolment = session.execute(select(Enrolment).where(Enrolment.child_id == child)).scalar_one()
    assert enrolment.left_on == max(date(2026, 6, 20), enrolment.enrolled_on)


def test_an_adult_cannot_be_enrolled(db, cast, summer_class):
    with db.transaction() as session, pytest.raises(ValidationError) as caught:
        enrol_child(session, summer_class, cast.adult)
    assert caught.value.code == "tutoring.not_a_child" and "黄志强" in str(caught.value)


def test_capacity_asks_first_then_enrols_when_confirmed(db, cast, summer_class):
    with db.transaction() as session:
        for child in cast.consented[:3]:
            enrol_child(session, summer_class, child)
    with db.transaction() as session:
        with pytest.raises(NeedsConfirmation) as caught:
            enrol_child(session, summer_class, cast.consented[3])
        assert caught.value.warnings[0].code == "tutoring.over_capacity"
        assert "容量 3 人" in str(caught.value.warnings[0])
    with db.transaction() as session:
        enrol_child(session, summer_class, cast.consented[3], confirmed=True)
        assert get_class(session, summer_class).summary.enrolled == 4
        with pytest.raises(ValidationError) as again:
            enrol_child(session, summer_class, cast.consented[3], confirmed=True)
        assert again.value.code == "tutoring.already_enrolled"


def test_class_form_reports_every_problem(db, cast):
    with db.transaction() as session, pytest.raises(FormErrors) as caught:
        save_class(
            session,
            ClassInput(
                name=" ",
                kind="夜校",
                capacity=-1,
                term_start=date(2026, 8, 1),
                term_end=date(2026, 7, 1),
                tutor_ids=(cast.consented[0],),
            ),
        )
    codes = {e.code for e in caught.value.errors}
    assert codes == {
        "tutoring.name_required",
        "tutoring.kind_unknown",
        "tutoring.capacity_negative",
        "tutoring.term_order",
        "tutoring.tutor_is_child",
    }


def test_generating_a_term_skips_holidays_and_is_safe_to_repeat(db, cast, summer_class):
    holidays = frozenset({date(2026, 7, 15)})
    with db.transaction() as session:
        result = generate_term(session, summer_class, date(2026, 7, 6), date(2026, 8, 14), holidays)
    assert result.created == 11 and result.holidays_skipped == (date(2026, 7, 15),)
    with db.transaction() as session:
        again = generate_term(session, summer_class, date(2026, 7, 6), date(2026, 8, 14), holidays)
        assert (again.created, again.already_there) == (0, 11)
        detail = get_class(session, summer_class)
        assert len(detail.sessions) == 11 and date(2026, 7, 15) not in {s.day for s in detail.sessions}
        assert detail.summary.term_start == date(2026, 7, 6) and detail.summary.sessions == 11
        versions = session.execute(select(func.count(func.distinct(TutoringSession.version)))).scalar_one()
        assert versions == 11  # every generated row is stamped for sync


@pytest.fixture
def first_session(enrol_and_schedule) -> str:
    """All four consented children enrolled on 1 July; sessions 6-17 July 2026; the first one's id."""
    return enrol_and_schedule(date(2026, 7, 1), date(2026, 7, 6), date(2026, 7, 17))[0].id


def test_attendance_is_saved_once_and_counts_in_the_statistics(db, cast, summer_class, first_session):
    session_id = first_session
    star, moon, third, fourth = cast.consented
    entries = (
        AttendanceInput(
            star,
            "出勤",
            drop_off_by=cast.guardian_of[star],
            drop_off_time=time(8, 55),
            pick_up_by=cast.guardian_of[star],
            pick_up_time=time(11, 35),
            progress_note="背会两首古诗",
        ),
        AttendanceInput(moon, "迟到", drop_off_time=time(9, 20)),
        AttendanceInput(third, "请假"),
        AttendanceInput(fourth, "", behaviour_note=""),
    )
    with db.transaction() as session:
        changed = save_attendance(session, session_id, entries, SessionEdit("语文", "古诗背诵", tuple(cast.tutors[:1])))
    assert changed == 3  # an empty row is not stored
    with db.transaction() as session:
        sheet = get_attendance_sheet(session, session_id)
        assert [r.entry.status for r in sheet.rows if r.child_id == star] == ["出勤"]
        assert sheet.session.subject == "语文" and sheet.session.tutors_present == (cast.tutors[0],)
        detail = get_class(session, summer_class)
        by_child = {c.child_id: c.stats for c in detail.children}
        assert by_child[star].rate == 1.0 and by_child[moon].late == 1 and by_child[third].rate == 0.0
        assert by_child[fourth].recorded == 0
        assert detail.sessions[0].recorded == 3 and detail.sessions[0].attended == 2
        assert save_attendance(session, session_id, entries) == 0  # nothing changed the second time


def test_a_non_guardian_pick_up_needs_a_note_and_nothing_is_half_saved(db, cast, summer_class, first_session):
    session_id = first_session
    star, moon = cast.consented[:2]
    entries = (
        AttendanceInput(star, "出勤"),
        AttendanceInput(moon, "出勤", pick_up_by="邻居张阿姨", pick_up_time=time(11, 30)),
    )
    with db.transaction() as session, pytest.raises(FormErrors) as caught:
        save_attendance(session, session_id, entries)
    assert [e.code for e in caught.value.errors] == ["tutoring.pickup_needs_note"]
    assert "小月" in str(caught.value.errors[0]) and "邻居张阿姨" in str(caught.value.errors[0])
    with db.transaction() as session:
        assert session.execute(select(func.count()).select_from(Attendance)).scalar_one() == 0
    noted = (
        entries[0],
        AttendanceInput(
            moon, "出勤", pick_up_by="邻居张阿姨", pick_up_time=time(11, 30), pick_up_note="父亲电话同意由邻居代接"
        ),
    )
    with db.transaction() as session:
        save_attendance(session, session_id, noted)
        row = next(r for r in get_attendance_sheet(session, session_id).rows if r.child_id == moon)
        assert row.non_guardian_pick_up and row.entry.pick_up_note == "父亲电话同意由邻居代接"


def test_the_refused_status_is_named_in_the_users_language(db, cast, summer_class, first_session, english):
    entries = (AttendanceInput(cast.consented[0], "请假", drop_off_time=time(8, 50)),)
    with db.transaction() as session, pytest.raises(FormErrors) as caught:
        save_attendance(session, first_session, entries)
    shown = str(caught.value.errors[0])
    assert "marked “On leave” but a drop-off or pick-up time is filled in" in shown
    assert "请假" not in shown


def test_a_bad_status_or_a_stranger_is_refused(db, cast, summer_class, first_session):
    session_id = first_session
    with db.transaction() as session, pytest.raises(FormErrors) as caught:
        save_attendance(
            session, session_id, (AttendanceInput(cast.consented[0], "到了"), AttendanceInput(cast.no_consent, "出勤"))
        )
    assert {e.code for e in caught.value.errors} == {"tutoring.status_unknown", "tutoring.not_enrolled"}


def test_a_child_marked_absent_or_on_leave_has_no_drop_off_or_pick_up_time(db, cast, summer_class, first_session):
    star, moon = cast.consented[:2]
    entries = (
        AttendanceInput(star, "缺勤", drop_off_time=time(8, 50)),
        AttendanceInput(moon, "请假", pick_up_time=time(11, 30)),
    )
    with db.transaction() as session, pytest.raises(FormErrors) as caught:
        save_attendance(session, first_session, entries)
    assert [(e.code, e.field) for e in caught.value.errors] == [("tutoring.not_here_with_times", "status")] * 2
    assert "考勤为“缺勤”，却填了送达或接走时间" in str(caught.value.errors[0])
    with db.transaction() as session:
        assert session.execute(select(func.count()).select_from(Attendance)).scalar_one() == 0
        save_attendance(session, first_session, (AttendanceInput(star, "缺勤"), AttendanceInput(moon, "请假")))


def test_children_are_shown_by_alias_outside_their_own_page(db, cast, summer_class, first_session):
    session_id = first_session
    with db.transaction() as session:
        save_attendance(session, session_id, (AttendanceInput(cast.consented[0], "出勤"),))
        names = {c.display_name for c in get_class(session, summer_class).children}
        assert names == {"小星", "小月", "张浩然", "小禾"}  # 张浩然 has no alias
        assert {r.display_name for r in get_attendance_sheet(session, session_id).rows} == names
        assert set(signin_sheet_data(session, summer_class, date(2026, 7, 6)).children) == names
        assert {r.display_name for r in monthly_summary_data(session, summer_class, 2026, 7).rows} == names
        listed = str(registry.LISTERS["classes"](session, 10, "")) + str(registry.LISTERS["sessions"](session, 10, ""))
        assert "王子涵" not in listed and "李梓萱" not in listed
        own = child_overview(session, cast.consented[0])
        assert own.person.summary.name == "王子涵" and own.has_consent
        assert own.stats.present == 1 and own.classes == ("小候鸟公益暑托班",)


def test_withdrawn_children_leave_later_sheets_but_keep_their_history(db, cast, summer_class, first_session):
    with db.transaction() as session:
        enrolment = next(c for c in get_class(session, summer_class).children if c.child_id == cast.consented[1])
        withdraw_child(session, enrolment.enrolment_id, date(2026, 7, 10))
        assert "小月" in signin_sheet_data(session, summer_class, date(2026, 7, 6)).children
        assert "小月" not in signin_sheet_data(session, summer_class, date(2026, 7, 13)).children


def test_case_notes_and_history_on_the_childs_page(db, cast, summer_class, first_session):
    with db.transaction() as session:
        held = add_session(session, summer_class, date(2026, 7, 3), time(15), time(16), kind="小组活动", subject="手工")
        save_attendance(
            session, held.id, (AttendanceInput(cast.consented[0], "出勤", progress_note="完成折纸", follow_up=True),)
        )
        add_case_note(session, cast.consented[0], date(2026, 6, 12), "社工 林慧", "家访：祖母照看，情绪稳定。")
        with pytest.raises(FormErrors):
            add_case_note(session, cast.consented[0], date(2026, 7, 1), "", " ")
        overview = child_overview(session, cast.consented[0])
    assert [h.progress_note for h in overview.history] == ["完成折纸"] and overview.history[0].follow_up
    assert overview.case_notes[0].text == "家访：祖母照看，情绪稳定。"


def test_gui_prints_are_audited_and_counters_count(db, cast, summer_class, first_session):
    with db.transaction() as session:
        pdf, name = print_signin_sheet(session, summer_class, date(2026, 7, 6), 3)
        assert pdf.startswith(b"%PDF") and name == "签到表-小候鸟公益暑托班-20260706.pdf"
    with db.transaction() as session:
        entry = session.execute(select(AuditEntry)).scalars().one()
        assert (entry.action, entry.subject_kind, entry.subject_id) == ("print", "class-signin", summer_class)
        stats = registry.collect_stats(session)
        assert (stats["classes"], stats["sessions"], stats["attendance"]) == (1, 4, 0)
        assert [c.name for c in list_classes(session, "候鸟")] == ["小候鸟公益暑托班"]


def test_demo_makes_a_summer_a_one_to_one_and_a_term_class_of_consenting_children(empty_db):
    from stationdesk.db.models.people import GuardianConsent, Person
    from stationdesk.db.models.tutoring import Enrolment
    from stationdesk.services.accounts import log_in
    from stationdesk.services.demo import DEMO_PASSWORD, DemoOptions, run_demo
    from stationdesk.services.people import age_on

    empty_db.today = date(2026, 11, 26)  # a Thursday: the one-to-one class meets today
    with empty_db.transaction() as session:
        result = run_demo(session, DemoOptions(seed=3, people=400))
    log_in(empty_db, "admin", DEMO_PASSWORD)  # the demo station's administrator
    counts = result.counts
    assert counts["classes"] == 3 and counts["sessions"] > 40 and counts["attendance"] > 300
    with empty_db.transaction() as session:
        kinds = sorted(c.kind for c in list_classes(session))
        assert kinds == ["一对一", "小组", "暑托班"]
        group = get_class(session, next(c.id for c in list_classes(session) if c.kind == "小组"))
        assert len(group.children) >= 10  # today's attendance is a real sheet, not one child
        assert empty_db.today in {s.day for s in group.sessions}
        enrolled = session.execute(select(Enrolment.child_id, Enrolment.enrolled_on, Enrolment.class_id)).all()
        assert {class_id for _c, _on, class_id in enrolled} == {c.id for c in list_classes(session)}
        for child_id, enrolled_on, _class_id in enrolled:
            given = session.execute(
                select(func.min(GuardianConsent.given_on)).where(
                    GuardianConsent.child_id == child_id, GuardianConsent.withdrawn_on.is_(None)
                )
            ).scalar_one()
            assert given is not None and given <= enrolled_on
            birth = session.get(Person, child_id).birth_date  # school age when signed up
            assert 6 <= age_on(birth, enrolled_on) <= 15, (birth, enrolled_on)
        summer = next(c for c in list_classes(session) if c.kind == "暑托班")
        assert date(2026, 7, 23) not in {s.day for s in get_class(session, summer.id).sessions}  # the typhoon day
        taken_on = session.execute(
            select(func.max(TutoringSession.day)).join(Attendance, Attendance.session_id == TutoringSession.id)
        ).scalar_one()
        assert taken_on < empty_db.today  # today's sessions are still to be held: their attendance is not taken
