"""The hand-built May 2026 (station "today" 2026-06-15) whose every figure is known: deleted records,
the period's edges, people in several groups, volunteers in two teams."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from stats_records import Records

MAY, APRIL = "2026-05", "2026-04"

# indicator -> (May, April)
EXPECTED = {
    "people_served": (4, 3),
    "services_given": (11, 3),
    "elders_visited": (2, 2),
    "visits": (4, 2),
    "visit_satisfaction": (66.6667, 100.0),
    "assessments_done": (1, 0),
    "elders_by_level": (4, 4),
    "reassessments_overdue": (2, 0),
    "children_tutored": (2, 1),
    "sessions_held": (3, 1),
    "tutoring_hours": (2.5, 1.5),
    "attendance_rate": (66.6667, 100.0),
    "volunteers_registered": (2, 2),
    "volunteers_active": (2, 1),
    "service_hours": (4.0, 1.0),
    "hours_per_volunteer": (2.0, 1.0),
    "teams": (2, 2),
    "projects": (2, 1),
    "activities": (2, 1),
    "activity_participants": (4, 0),
    "certificates_issued": (1, 0),
    "trainings": (2, 0),
    "people_trained": (2, 0),
    "needs_raised": (6, 3),
    "needs_met": (3, 1),
    "needs_met_on_time": (2, 1),
    "needs_met_rate": (75.0, 100.0),
    "needs_open": (3, 2),
    "needs_overdue": (2, 1),
    "days_to_dispatch": (1.8333, 1.5),
    "days_to_completion": (9.5, 8.5),
    "need_satisfaction": (50.0, 100.0),
}


def build_may(session) -> dict[str, str]:
    """The month the figures in ``EXPECTED`` describe; returns the ids a test may need."""
    r = Records(session)
    ids = {}
    # people: e2 is in three groups (elder, 困 by 低保, 残 by 残疾); c2 has no community recorded
    e1 = r.person("王秀英", elder=True, tags=("低保",), gender="F", birth=date(1940, 5, 31))
    e2 = r.person("李建国", elder=True, tags=("残疾", "低保"), community="睦岗社区", gender="M", birth=date(1956, 6, 1))
    e3 = r.person("张三", elder=True, deleted=True)
    e4 = r.person("赵桂兰", elder=True, community="宝月社区", birth=None)
    e5 = r.person("孙德明", elder=True, community="康乐社区", gender="M", birth=date(1945, 1, 1))
    e6 = r.person("钱福生", elder=True, community="康乐社区", gender="M", birth=date(1945, 1, 1))
    c1 = r.person("陈小明", child=True, tags=("困境儿童",), alias="小星", gender="M", birth=date(2016, 1, 1))
    c2 = r.person("林小红", child=True, community="", gender="F", birth=date(2010, 6, 1))
    ids.update(e1=e1, e2=e2, c1=c1, c2=c2)

    # visits: both edges of May, a deleted visit, a deleted elder, April and June around it
    r.visit(e1, date(2026, 5, 1), "上门走访", "满意")
    r.visit(e1, date(2026, 5, 31), "电话问候", "基本满意")
    r.visit(e2, date(2026, 5, 15), "上门走访", "不满意")
    r.visit(e2, date(2026, 5, 20), "到站服务", "", ability_changed=True)
    r.visit(e2, date(2026, 5, 16), deleted=True)
    r.visit(e3, date(2026, 5, 10))
    r.visit(e1, date(2026, 4, 30), "上门走访", "满意")
    r.visit(e1, date(2026, 6, 1))
    r.visit(e4, date(2026, 4, 10), "委托探访")

    # assessments: e1 reassessed in May; e2's May assessment deleted, and a change reported on 05-20;
    # e5 due on 05-30 (overdue on 05-31), e6 due on 06-01 (not yet)
    r.assessment(e1, date(2025, 11, 5), 1)
    r.assessment(e1, date(2026, 5, 10), 2, reason="复评")
    r.assessment(e1, date(2026, 5, 12), 0, status="draft")
    r.assessment(e2, date(2026, 1, 15), 3)
    r.assessment(e2, date(2026, 5, 5), 4, deleted=True)
    r.assessment(e3, date(2026, 5, 6), 1)
    r.assessment(e5, date(2025, 11, 30), 0)
    r.assessment(e6, date(2025, 12, 1), 1)

    # tutoring
    k1, k2 = r.tutoring_class("四年级数学", "小组"), r.tutoring_class("一对一英语", "一对一")
    k3 = r.tutoring_class("已删除的班", deleted=True)
    s1 = r.session_held(k1, date(2026, 5, 6))
    r.attendance(s1, c1, "出勤")
    r.attendance(s1, c2, "迟到")
    s2 = r.session_held(k1, date(2026, 5, 13))
    r.attendance(s2, c1, "缺勤")
    r.attendance(s2, c2, "请假")
    s3 = r.session_held(k2, date(2026, 5, 31), time(16, 0), time(17, 0))
    r.attendance(s3, c1, "早退")
    s4 = r.session_held(k1, date(2026, 5, 20), deleted=True)
    r.attendance(s4, c1, "出勤")
    s5 = r.session_held(k1, date(2026, 5, 27), None, None)
    r.attendance(s5, c2, "出勤")
    s6 = r.session_held(k1, date(2026, 5, 27), time(14, 0), time(15, 0), kind="小组活动")
    r.attendance(s6, c1, "")
    r.attendance(s6, c2, "出勤", deleted=True)
    s7 = r.session_held(k3, date(2026, 5, 8))
    r.attendance(s7, c1, "出勤")
    s8 = r.session_held(k1, date(2026, 4, 29))
    r.attendance(s8, c1, "出勤")

    # volunteers: v1 in two teams; v3 has left; v4 registered after May
    p1 = r.person("陈志强", gender="M", birth=date(1990, 1, 1))
    p2 = r.person("刘芳", gender="F", birth=date(1985, 1, 1))
    p3 = r.person("黄磊", gender="M", birth=date(1988, 1, 1))
    p4 = r.person("周敏", gender="F", birth=date(1995, 1, 1))
    v1, v2 = r.volunteer(p1), r.volunteer(p2)
    v3, v4 = r.volunteer(p3, status="退出"), r.volunteer(p4, registered_on=date(2026, 6, 1))
    del v4
    team_a, team_b = r.team("邻里情"), r.team("同心圆")
    r.team("急先锋", deleted=True)
    r.team("客家守艺人")  # made today (after May), no members, no activities: not yet a team in May
    ids.update(team_a=team_a, team_b=team_b, v1=v1)
    r.member(team_a, v1)
    r.member(team_b, v1)
    r.member(team_a, v2, joined_on=date(2026, 5, 20))
    r.member(team_b, v3)
    p_birthday = r.project("银发生日会", team_a)
    r.project("小候鸟公益暑托班", created=datetime(2026, 4, 1, tzinfo=UTC))
    act1 = r.activity("五月生日会", date(2026, 5, 10), project=p_birthday)
    act2 = r.activity("社区清洁", date(2026, 5, 31), team=team_b)
    act3 = r.activity("已删除的活动", date(2026, 5, 12), deleted=True)
    r.activity("四月茶话会", date(2026, 4, 15), team=team_a)
    r.participant(act1, e1)
    r.participant(act1, c1)
    r.participant(act1, p1, role="volunteer")
    r.participant(act1, e2, attended=False)
    r.participant(act1, e4, attended=None)
    r.participant(act2, e1)
    r.participant(act3, e1)
    r.shift(v1, date(2026, 5, 10), 120, activity=act1)
    r.shift(v1, date(2026, 5, 31), 60)
    r.shift(v2, date(2026, 5, 15), 90, confirmed=False)
    r.shift(v2, date(2026, 5, 20), 30, deleted=True)
    r.shift(v3, date(2026, 5, 10), 60)
    r.shift(v2, date(2026, 4, 30), 60)
    r.certificate(v1, date(2026, 5, 31))
    r.certificate(v2, date(2026, 5, 1), voided=True)
    r.training(v1, "急救培训", date(2026, 5, 8))
    r.training(v2, "急救培训", date(2026, 5, 8))
    r.training(v1, "心理疏导", date(2026, 5, 20))

    # needs: found, met and rated on either side of May's edges; each change at local noon
    d = date
    r.need(
        d(2026, 5, 2),
        d(2026, 5, 4),
        (
            ("accepted", d(2026, 5, 2)),
            ("dispatched", d(2026, 5, 3)),
            ("completed", d(2026, 5, 4)),
            ("rated", d(2026, 5, 5)),
        ),
        person=e1,
        urgency="urgent",
        rating=(5, d(2026, 5, 5)),
    )
    r.need(
        d(2026, 5, 10),
        d(2026, 5, 20),
        (
            ("accepted", d(2026, 5, 10)),
            ("dispatched", d(2026, 5, 12)),
            ("completed", d(2026, 5, 25)),
            ("rated", d(2026, 5, 26)),
        ),
        person=e2,
        category="助医",
        source="phone",
        community="睦岗社区",
        rating=(3, d(2026, 5, 26)),
    )  # met late
    r.need(
        d(2026, 5, 20),
        d(2026, 5, 30),
        (("accepted", d(2026, 5, 20)), ("dispatched", d(2026, 5, 21)), ("in_service", d(2026, 5, 22))),
        group="外卖骑手",
        category="应急救援",
        target_group="new_employment",
        source="meeting",
    )  # open and overdue on 05-31
    r.need(d(2026, 5, 28), d(2026, 6, 7), person=e1, category="维修", source="feedback")  # open, not yet due
    r.need(d(2026, 5, 15), d(2026, 5, 25), (("rejected", d(2026, 5, 16)),), person=e4, category="其他", source="other")
    r.need(d(2026, 5, 5), d(2026, 5, 15), (("withdrawn", d(2026, 5, 6)),), person=e1)  # neither open nor closed
    r.need(d(2026, 5, 10), d(2026, 5, 20), person=e2, deleted=True)
    r.need(
        d(2026, 4, 20),
        d(2026, 4, 30),
        (
            ("accepted", d(2026, 4, 20)),
            ("dispatched", d(2026, 4, 21)),
            ("completed", d(2026, 4, 28)),
            ("rated", d(2026, 4, 29)),
        ),
        person=e2,
        rating=(4, d(2026, 4, 29)),
    )
    r.need(
        d(2026, 4, 25), d(2026, 4, 27), (("accepted", d(2026, 4, 25)),), person=e4, urgency="urgent"
    )  # overdue since April
    r.need(
        d(2026, 4, 26),
        d(2026, 5, 6),
        (("accepted", d(2026, 4, 26)), ("dispatched", d(2026, 4, 27)), ("completed", d(2026, 5, 6))),
        person=c1,
        target_group="child",
        category="课业辅导",
    )  # found in April, met in May

    # service records of the lists count in people served: in June, after the month above
    ids["june_record"] = r.service_record(d(2026, 6, 3), (e4, c1))
    return ids
