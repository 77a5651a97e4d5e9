"""Registration and age rules, shifts through the database (overlap, cap, lock, correction), totals."""

from datetime import date

import pytest
from sqlalchemy import select
from volunteer_helpers import add_person, at

from stationdesk import messages
from stationdesk.db.models.volunteers import ShiftCorrection
from stationdesk.errors import FormErrors, NotFound, ValidationError
from stationdesk.services import activities, people, registry, shifts, teams, volunteers


def register(session, person_id, **kwargs):
    return volunteers.register_volunteer(session, volunteers.VolunteerInput(person_id=person_id, **kwargs))


# -- age and consent ----------------------------------------------------------------------------------


def test_under_14_cannot_register_and_is_told_so(db):
    with db.transaction() as session:
        child = add_person(session, "小明", date(2013, 1, 1))  # 13 on 2026-06-15
        with pytest.raises(ValidationError) as caught:
            register(session, child)
    assert caught.value.code == "volunteer.under_14"
    assert "未满 14 周岁" in str(caught.value) and "13" in str(caught.value)


def test_14_to_18_needs_a_recorded_guardian_consent(db):
    with db.transaction() as session:
        teen = add_person(session, "李小雨", date(2010, 5, 1))  # 16
        mother = add_person(session, "李芳", date(1985, 5, 1), sequence=124)
        with pytest.raises(ValidationError) as caught:
            register(session, teen)
        assert caught.value.code == "volunteer.needs_consent"
        people.add_guardian(session, teen, mother, "母亲", is_primary=True)
        consent = people.record_consent(session, teen, mother, "李芳", date(2026, 5, 20), "志愿服务")
        row = register(session, teen)
        assert row.age == 16
        detail = volunteers.get_volunteer(session, row.id)
    assert detail.consent_given
    with db.transaction() as session:
        from stationdesk.db.models.volunteers import Volunteer

        assert session.get(Volunteer, row.id).consent_id == consent.id


def test_withdrawn_consent_does_not_count(db):
    with db.transaction() as session:
        teen = add_person(session, "周小舟", date(2011, 1, 1))
        father = add_person(session, "周强", date(1980, 1, 1), sequence=125)
        people.add_guardian(session, teen, father, "父亲")
        consent = people.record_consent(session, teen, father, "周强", date(2026, 1, 1), "志愿服务")
        people.withdraw_consent(session, consent.id, date(2026, 6, 1))
        with pytest.raises(ValidationError) as caught:
            register(session, teen)
    assert caught.value.code == "volunteer.needs_consent"


def test_exactly_14_with_consent_and_18_without(db):
    with db.transaction() as session:
        adult = add_person(session, "刘成", date(2008, 6, 15))  # 18 today
        assert register(session, adult).age == 18
        young = add_person(session, "刘小", date(2012, 6, 16), sequence=127)  # 13, turns 14 tomorrow
        with pytest.raises(ValidationError) as caught:
            register(session, young)
        assert caught.value.code == "volunteer.under_14"


def test_numbers_are_given_in_order_and_a_person_registers_once(station):
    with station.db.transaction() as session:
        numbers = [volunteers.live_volunteer(session, v).volunteer_number for v in station.volunteer_ids]
        with pytest.raises(ValidationError) as caught:
            register(session, station.person_ids[0])
    assert numbers == ["TEST-001-V00001", "TEST-001-V00002", "TEST-001-V00003"]
    assert caught.value.code == "volunteer.already"


# -- shifts -----------------------------------------------------------------------------------------


def record(session, volunteer_id, start, end, **kwargs):
    return shifts.record_shift(session, shifts.ShiftInput(volunteer_id, start, end, **kwargs))


def test_a_shift_counts_rounded_time_and_overlaps_are_refused(station):
    v = station.volunteer_ids[0]
    with station.db.transaction() as session:
        row = record(session, v, at(10, "09:00"), at(10, "11:40"), activity_id=station.activity_id)
        assert (row.computed_minutes, row.credited_minutes) == (150, 150)
        with pytest.raises(ValidationError) as caught:
            record(session, v, at(10, "11:00"), at(10, "12:00"))
        assert caught.value.code == "shift.overlap"
        record(session, station.volunteer_ids[1], at(10, "11:00"), at(10, "12:00"))  # another volunteer: fine


def test_the_daily_cap_spans_all_shifts_of_a_day(station):
    v = station.volunteer_ids[0]
    with station.db.transaction() as session:
        first = record(session, v, at(11, "07:00"), at(11, "13:00"))
        second = record(session, v, at(11, "14:00"), at(11, "18:00"))
        third = record(session, v, at(11, "19:00"), at(11, "20:00"))
    assert [first.credited_minutes, second.credited_minutes, third.credited_minutes] == [360, 120, 0]


def test_the_cap_is_a_setting(station):
    v = station.volunteer_ids[0]
    with station.db.transaction() as session:
        shifts.set_daily_cap(session, 600)
        assert record(session, v, at(11, "07:00"), at(11, "17:00")).credited_minutes == 600


def test_future_shifts_backward_times_and_volunteers_who_left_are_refused(station):
    v = station.volunteer_ids[0]
    with station.db.transaction() as session:
        for start, end, code in (
            (at(16, "09:00"), at(16, "10:00"), "shift.in_future"),
            (at(10, "11:00"), at(10, "09:00"), "shift.out_before_in"),
        ):
            with pytest.raises(ValidationError) as caught:
                record(session, v, start, end)
            assert caught.value.code == code
        past = record(session, v, at(9, "09:00"), at(9, "10:00"))
        volunteers.update_volunteer(session, v, ("驾驶",), "", "退出")
        with pytest.raises(ValidationError) as caught:
            record(session, v, at(12, "09:00"), at(12, "10:00"))
        assert caught.value.code == "shift.volunteer_left"
        # a past shift can still be corrected after the volunteer left
        fixed = shifts.correct_shift(session, past.id, 90, "签退时间记错", "王经办", signed_out=at(9, "10:30"))
        assert fixed.credited_minutes == 90


def test_confirmation_locks_and_only_a_logged_correction_changes_a_locked_shift(station):
    v = station.volunteer_ids[0]
    with station.db.transaction() as session:
        shift = record(session, v, at(10, "09:00"), at(10, "11:00"))
        assert shifts.confirm_shifts(session, [shift.id], "陈主任") == 1
        assert shifts.confirm_shifts(session, [shift.id], "别人") == 0  # already locked: untouched
        for attempt in (
            lambda: shifts.change_shift_times(session, shift.id, at(10, "09:00"), at(10, "12:00")),
            lambda: shifts.delete_shift(session, shift.id),
        ):
            with pytest.raises(ValidationError) as caught:
                attempt()
            assert caught.value.code == "shift.locked" and "陈主任" in str(caught.value)
        with pytest.raises(ValidationError) as caught:
            shifts.correct_shift(session, shift.id, 180, "", "王经办")
        assert caught.value.code == "shift.reason_required"
        corrected = shifts.correct_shift(
            session, shift.id, 180, "签退时漏记，负责人核实至 12:00", "王经办", signed_out=at(10, "12:00")
        )
        log = session.execute(select(ShiftCorrection)).scalars().all()
    assert corrected.credited_minutes == 180 and corrected.confirmed and corrected.confirmed_by == "陈主任"
    assert corrected.signed_out == "12:00"
    assert [(c.old_minutes, c.new_minutes, c.was_confirmed, c.reason) for c in log] == [
        (120, 180, True, "签退时漏记，负责人核实至 12:00")
    ]
    assert log[0].old_times == "2026-06-10 09:00-11:00" and log[0].new_times == "2026-06-10 09:00-12:00"


def test_a_correction_stays_under_the_daily_cap(station):
    v = station.volunteer_ids[0]
    with station.db.transaction() as session:
        record(session, v, at(10, "07:00"), at(10, "13:00"))
        second = record(session, v, at(10, "14:00"), at(10, "15:00"))
        with pytest.raises(ValidationError) as caught:
            shifts.correct_shift(session, second.id, 180, "补记", "王经办")
    assert caught.value.code == "shift.over_daily_cap"


def test_totals_count_only_confirmed_hours_per_volunteer_team_and_project(station):
    a, b, _c = station.volunteer_ids
    with station.db.transaction() as session:
        s1 = record(session, a, at(10, "09:00"), at(10, "11:30"), activity_id=station.activity_id)
        s2 = record(session, b, at(10, "09:00"), at(10, "10:00"), activity_id=station.activity_id)
        record(session, a, at(12, "09:00"), at(12, "10:00"))  # not confirmed
        shifts.confirm_shifts(session, [s1.id, s2.id], "陈主任")
        by_volunteer = shifts.totals_by_volunteer(session, 2026)
        by_month = shifts.totals_by_volunteer(session, 2026, 6)
        other_month = shifts.totals_by_volunteer(session, 2026, 5)
        by_team = shifts.totals_by_team(session, 2026)
        by_project = shifts.totals_by_project(session, 2026)
        detail = volunteers.get_volunteer(session, a)
        stats = registry.collect_stats(session)
    assert [(t.label, t.minutes) for t in by_volunteer] == [("王建国", 150), ("李秀英", 60)]
    assert by_month == by_volunteer and other_month == []
    assert [(t.label, t.minutes, t.shifts) for t in by_team] == [("邻里情", 210, 2)]
    assert [(t.label, t.minutes) for t in by_project] == [("银发生日会", 210)]
    assert (detail.total_minutes, detail.pending_minutes, detail.months) == (150, 60, ((6, 150),))
    assert [s.service_date.day for s in detail.shifts] == [12, 10]
    assert stats["confirmed_hours"] == 3.5 and stats["shifts"] == 3 and stats["volunteers"] == 3


def test_the_volunteers_counter_and_lister_are_this_features_own():
    registry.load_features()
    assert registry.COUNTERS["volunteers"].__module__ == "stationdesk.services.volunteers"
    assert registry.LISTERS["volunteers"].__module__ == "stationdesk.services.volunteers"


def test_paged_search_by_name_pinyin_and_number(station):
    with station.db.transaction() as session:
        assert [v.name for v in volunteers.search_volunteers(session, volunteers.VolunteerQuery(text="wjg"))] == [
            "王建国"
        ]
        assert [v.name for v in volunteers.search_volunteers(session, volunteers.VolunteerQuery(text="v00002"))] == [
            "李秀英"
        ]
        page = volunteers.search_volunteers(session, volunteers.VolunteerQuery(), offset=1, limit=1)
        members = teams.team_members(session, station.team_id)
    assert len(page) == 1 and [m.name for m in members] == ["王建国"]


# -- activities and the sheet entry ------------------------------------------------------------------


def test_entering_the_paper_sheet_records_attendance_and_shifts(station):
    a = station.volunteer_ids[0]
    with station.db.transaction() as session:
        elder = add_person(session, "赵桂兰", date(1940, 2, 2), sequence=131)
        served = activities.sign_up(session, station.activity_id, elder, activities.ROLE_SERVED)
        rows = {
            p.person_id: p
            for p in (
                activities.sign_up(session, station.activity_id, pid, activities.ROLE_VOLUNTEER)
                for pid in station.person_ids
            )
        }
        result = activities.save_sheet_entries(
            session,
            station.activity_id,
            [
                activities.SheetEntry(served.id, at(10, "09:05").time(), None),
                activities.SheetEntry(rows[station.person_ids[0]].id, at(10, "08:50").time(), at(10, "11:40").time()),
                activities.SheetEntry(
                    rows[station.person_ids[1]].id, at(10, "09:00").time(), at(10, "10:00").time(), "提前离开"
                ),
                activities.SheetEntry(rows[station.person_ids[2]].id, None, None, "请假"),
            ],
        )
        detail = activities.get_activity(session, station.activity_id)
        history = volunteers.get_volunteer(session, a).shifts
    assert result == activities.SheetResult(attended=3, absent=1, shifts_created=2, shifts_updated=0)
    assert [(p.name, p.attended) for p in detail.participants] == [
        ("赵桂兰", True),
        ("王建国", True),
        ("李秀英", True),
        ("张伟", False),
    ]
    assert [(s.activity_name, s.signed_in, s.signed_out, s.credited_minutes) for s in history] == [
        ("六月银发生日会", "08:50", "11:40", 150)
    ]


def test_a_wrong_row_on_the_sheet_saves_nothing_and_names_the_row(station):
    with station.db.transaction() as session:
        rows = [
            activities.sign_up(session, station.activity_id, pid, activities.ROLE_VOLUNTEER)
            for pid in station.person_ids[:2]
        ]
    with pytest.raises(FormErrors) as caught:
        station.run(
            activities.save_sheet_entries,
            station.activity_id,
            [
                activities.SheetEntry(rows[0].id, at(10, "09:00").time(), at(10, "11:00").time()),
                activities.SheetEntry(rows[1].id, at(10, "11:00").time(), at(10, "09:00").time()),
            ],
        )
    assert "第 2 行（李秀英）" in str(caught.value.errors[0])
    with station.db.transaction() as session:
        assert shifts.count_to_confirm(session) == 0
        assert all(p.attended is None for p in activities.participants_of(session, station.activity_id))


def test_sign_up_rules(station):
    with station.db.transaction() as session:
        activities.sign_up(session, station.activity_id, station.person_ids[0], activities.ROLE_VOLUNTEER)
        with pytest.raises(ValidationError) as caught:
            activities.sign_up(session, station.activity_id, station.person_ids[0], activities.ROLE_VOLUNTEER)
        assert caught.value.code == "activity.already_signed_up"
        stranger = add_person(session, "孙红", date(1970, 1, 1), sequence=141)
        with pytest.raises(ValidationError) as caught:
            activities.sign_up(session, station.activity_id, stranger, activities.ROLE_VOLUNTEER)
        assert caught.value.code == "activity.not_volunteer"
        with pytest.raises(NotFound):
            activities.sign_up(session, "no-such-activity", stranger, activities.ROLE_SERVED)


def test_teams_and_projects_can_be_edited_and_the_leader_must_be_a_registered_volunteer(station):
    with station.db.transaction() as session:
        newcomer = add_person(session, "周敏", date(1990, 5, 5), sequence=141)
        volunteers.register_volunteer(session, volunteers.VolunteerInput(person_id=newcomer))
        not_registered = add_person(session, "吴刚", date(1985, 5, 5), sequence=143)
        leader = teams.leader_of_person(session, newcomer)
        team = teams.update_team(session, station.team_id, "  邻里 情  ", "城西社区", leader, "周末助老")
        project = teams.update_project(session, station.project_id, "银发生日会（每月）", None, "每月最后一个周六")
        with pytest.raises(ValidationError) as caught:
            teams.leader_of_person(session, not_registered)
        other = teams.create_team(session, "护河队")
        with pytest.raises(ValidationError) as taken:
            teams.update_team(session, other.id, "邻里 情")
        members = {m.name for m in teams.team_members(session, station.team_id)}
    assert (team.name, team.leader_name, team.service_area, team.description) == (
        "邻里 情",
        "周敏",
        "城西社区",
        "周末助老",
    )
    assert team.leader_person_id == newcomer and "周敏" in members  # the new leader joined the team
    assert (project.name, project.team_id, project.team_name, project.description) == (
        "银发生日会（每月）",
        None,
        "",
        "每月最后一个周六",
    )
    assert caught.value.code == "team.leader_not_volunteer" and "吴刚" in messages.text(
        caught.value.code, **caught.value.params
    )
    assert taken.value.code == "team.name_taken"


def test_people_with_the_volunteer_role_but_no_registration_are_counted_apart(station):
    with station.db.transaction() as session:
        marked = people.add_person(
            session, people.PersonInput(name="郑丽", roles=("volunteer",), birth_date=date(1992, 1, 1)), confirmed=True
        ).summary.id
        plain = add_person(session, "钱明", date(1970, 1, 1), sequence=151)
        before = registry.collect_stats(session)
        waiting = [p.name for p in volunteers.unregistered_volunteer_people(session)]
        register(session, marked)
        register(session, plain)  # registering gives the registry role too
        after = registry.collect_stats(session)
        plain_is_volunteer = people.get_person(session, plain).summary.roles
    assert (before["volunteers"], before["volunteer_role_unregistered"]) == (3, 1) and waiting == ["郑丽"]
    assert (after["volunteers"], after["volunteer_role_unregistered"]) == (5, 0)
    assert "volunteer" in plain_is_volunteer


# -- rules that the screens used to hold ----------------------------------------------------------------


def test_a_shift_by_volunteer_number_takes_the_times_as_typed(station):
    with station.db.transaction() as session:
        number = volunteers.live_volunteer(session, station.volunteer_ids[1]).volunteer_number
        row = shifts.record_shift_by_number(session, number, date(2026, 6, 3), "930", "11:30", post="导引")
        assert (row.signed_in, row.signed_out, row.computed_minutes, row.post) == ("09:30", "11:30", 120, "导引")
        with pytest.raises(ValidationError) as caught:
            shifts.record_shift_by_number(session, number, date(2026, 6, 4), "930", "")
        assert caught.value.field == "end"


def test_a_team_is_saved_with_its_leader_chosen_as_a_person(station):
    with station.db.transaction() as session:
        leader = volunteers.live_volunteer(session, station.volunteer_ids[2])
        team = teams.save_team(session, None, "夕阳红", "城西社区", leader.person_id, "陪伴长者")
        assert team.leader_name == "张伟"
        renamed = teams.save_team(session, team.id, "夕阳红服务队", "城西社区", None, "")
        assert renamed.name == "夕阳红服务队" and not renamed.leader_name
