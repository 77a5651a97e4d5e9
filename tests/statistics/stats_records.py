"""Hand-built records for the statistics tests: each helper writes one row with the ORM (stamped like
any station record) and returns its id, so a test can say exactly what a figure must be."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy.orm import Session

from stationdesk.db.models.elderly import Assessment, Visit
from stationdesk.db.models.lists import Need, NeedStateChange, ServiceRecord, ServiceRecordPerson
from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import Attendance, TutoringClass, TutoringSession
from stationdesk.db.models.volunteers import (
    Activity,
    ActivityParticipant,
    Shift,
    TeamMembership,
    Volunteer,
    VolunteerCertificate,
    VolunteerProject,
    VolunteerTeam,
    VolunteerTraining,
)


class Records:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._numbers = 0

    def _add(self, row):
        self.session.add(row)
        self.session.flush()
        return row.id

    def person(
        self,
        name: str,
        *,
        elder: bool = False,
        child: bool = False,
        tags: tuple[str, ...] = (),
        community: str = "城东社区",
        gender: str = "F",
        birth: date | None = date(1950, 3, 1),
        alias: str = "",
        deleted: bool = False,
    ) -> str:
        return self._add(
            Person(
                name=name,
                gender=gender,
                birth_date=birth,
                community=community,
                tags="|" + "|".join(tags) + "|" if tags else "",
                is_elder=elder,
                is_child=child,
                is_volunteer=False,
                alias=alias,
                name_pinyin=name,
                deleted=deleted,
            )
        )

    def visit(
        self,
        elder: str,
        on: date,
        kind: str = "上门走访",
        satisfaction: str = "",
        ability_changed: bool = False,
        deleted: bool = False,
    ) -> str:
        return self._add(
            Visit(
                elder_id=elder,
                visited_on=on,
                start_time="09:00",
                end_time="09:30",
                kind=kind,
                satisfaction=satisfaction,
                ability_changed=ability_changed,
                deleted=deleted,
            )
        )

    def assessment(
        self, elder: str, on: date, level: int, status: str = "final", reason: str = "常规", deleted: bool = False
    ) -> str:
        final = status == "final"
        return self._add(
            Assessment(
                elder_id=elder,
                assessed_on=on,
                reason=reason,
                status=status,
                total=(90, 70, 50, 40, 10)[level] if final else None,
                level=level if final else None,
                deleted=deleted,
            )
        )

    def tutoring_class(self, name: str = "四年级数学", kind: str = "小组", deleted: bool = False) -> str:
        return self._add(TutoringClass(name=name, kind=kind, deleted=deleted))

    def session_held(
        self,
        klass: str,
        day: date,
        start: time | None = time(15, 30),
        end: time | None = time(17, 0),
        kind: str = "辅导",
        deleted: bool = False,
    ) -> str:
        return self._add(
            TutoringSession(class_id=klass, day=day, start_time=start, end_time=end, kind=kind, deleted=deleted)
        )

    def attendance(self, session_id: str, child: str, status: str = "出勤", deleted: bool = False) -> str:
        return self._add(Attendance(session_id=session_id, child_id=child, status=status, deleted=deleted))

    def volunteer(
        self, person: str, registered_on: date = date(2025, 1, 1), status: str = "在册", deleted: bool = False
    ) -> str:
        self._numbers += 1
        return self._add(
            Volunteer(
                person_id=person,
                volunteer_number=f"T-V{self._numbers:05d}",
                registered_on=registered_on,
                status=status,
                deleted=deleted,
            )
        )

    def team(self, name: str, deleted: bool = False, created: datetime | None = None) -> str:
        team = VolunteerTeam(name=name, deleted=deleted)
        if created is not None:
            team.created_at = created
        return self._add(team)

    def member(self, team: str, volunteer: str, joined_on: date = date(2025, 1, 1), deleted: bool = False) -> str:
        return self._add(TeamMembership(team_id=team, volunteer_id=volunteer, joined_on=joined_on, deleted=deleted))

    def project(self, name: str, team: str | None = None, created: datetime | None = None) -> str:
        project = VolunteerProject(name=name, team_id=team)
        if created is not None:
            project.created_at = created
        return self._add(project)

    def activity(
        self, name: str, on: date, team: str | None = None, project: str | None = None, deleted: bool = False
    ) -> str:
        return self._add(
            Activity(
                name=name,
                team_id=team,
                project_id=project,
                held_on=on,
                starts_at=time(9, 0),
                ends_at=time(11, 0),
                deleted=deleted,
            )
        )

    def participant(self, activity: str, person: str, role: str = "served", attended: bool | None = True) -> str:
        return self._add(ActivityParticipant(activity_id=activity, person_id=person, role=role, attended=attended))

    def shift(
        self,
        volunteer: str,
        day: date,
        minutes: int,
        confirmed: bool = True,
        activity: str | None = None,
        deleted: bool = False,
    ) -> str:
        return self._add(
            Shift(
                volunteer_id=volunteer,
                activity_id=activity,
                service_date=day,
                signed_in_at=datetime.combine(day, time(9, 0)),
                signed_out_at=datetime.combine(day, time(9, 0)).replace(hour=9 + minutes // 60),
                computed_minutes=minutes,
                credited_minutes=minutes,
                confirmed_by="站长" if confirmed else None,
                confirmed_at=datetime(2026, 6, 1, tzinfo=UTC) if confirmed else None,
                deleted=deleted,
            )
        )

    def certificate(self, volunteer: str, issued_on: date, voided: bool = False) -> str:
        self._numbers += 1
        return self._add(
            VolunteerCertificate(
                serial=f"T-C{self._numbers:05d}",
                volunteer_id=volunteer,
                period_from=date(2026, 1, 1),
                period_to=issued_on,
                total_minutes=600,
                services_json="[]",
                issued_on=issued_on,
                voided_on=issued_on if voided else None,
                void_reason="开错" if voided else "",
            )
        )

    def training(self, volunteer: str, course: str, on: date, minutes: int = 120) -> str:
        return self._add(VolunteerTraining(volunteer_id=volunteer, course=course, trained_on=on, minutes=minutes))

    def need(
        self,
        found_on: date,
        due_on: date,
        story: tuple[tuple[str, date], ...] = (),
        *,
        person: str | None = None,
        group: str = "",
        category: str = "助餐",
        target_group: str = "elder",
        urgency: str = "normal",
        source: str = "visit",
        community: str = "城东社区",
        rating: tuple[int, date] | None = None,
        deleted: bool = False,
    ) -> str:
        """A need and its history: ``story`` is (state, day) in order, each change at local noon."""
        self._numbers += 1
        moments = {state: datetime.combine(day, time(12, 0)).astimezone() for state, day in story}
        need = Need(
            number=f"T-XQ{self._numbers:05d}",
            person_id=person,
            group_name=group,
            community=community,
            category=category,
            target_group=target_group,
            urgency=urgency,
            source=source,
            found_on=found_on,
            due_on=due_on,
            state=story[-1][0] if story else "pending",
            accepted_at=moments.get("accepted"),
            dispatched_at=moments.get("dispatched"),
            completed_at=moments.get("completed"),
            rating=rating[0] if rating else None,
            rated_on=rating[1] if rating else None,
            deleted=deleted,
        )
        need_id = self._add(need)
        states = ["pending", *(state for state, _ in story)]
        self._add(NeedStateChange(need_id=need_id, to_state="pending", changed_at=morning_of(found_on)))
        for (state, day), before in zip(story, states, strict=False):
            self._add(
                NeedStateChange(
                    need_id=need_id,
                    from_state=before,
                    to_state=state,
                    changed_at=datetime.combine(day, time(12, 0)).astimezone(),
                )
            )
        return need_id

    def service_record(self, on: date, people: tuple[str, ...], category: str = "助餐") -> str:
        record = self._add(ServiceRecord(served_on=on, category=category, minutes=60, people_count=len(people)))
        for person in people:
            self._add(ServiceRecordPerson(record_id=record, person_id=person))
        return record


def morning_of(day: date) -> datetime:
    """08:00 of the day, local time (a need is registered the morning it is found)."""
    return datetime.combine(day, time(8, 0)).astimezone()
