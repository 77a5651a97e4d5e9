"""Volunteer teams (队伍) with their leader and members, and the projects (项目) a team runs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.people import Person
from stationdesk.db.models.volunteers import (
    Activity,
    TeamMembership,
    Volunteer,
    VolunteerProject,
    VolunteerTeam,
)
from stationdesk.errors import NotFound, ValidationError
from stationdesk.services.accounts import guarded
from stationdesk.services.people import live_person
from stationdesk.services.records import live_row
from stationdesk.services.registry import counter, json_ready, lister
from stationdesk.services.station import today
from stationdesk.services.volunteers import VolunteerQuery, VolunteerRow, live_volunteer, search_volunteers

messages.register(
    {
        "team.name_required": "请填写队伍名称。",
        "team.name_taken": "已有名为“{name}”的队伍。",
        "team.leader_not_volunteer": "{name} 尚未登记为志愿者，不能担任队长；请先在“志愿者”页登记。",
        "project.name_required": "请填写项目名称。",
    }
)


@dataclass(frozen=True)
class TeamRow:
    id: str
    name: str
    leader_name: str
    service_area: str
    members: int
    projects: int
    leader_id: str | None = None  # the leader's volunteer id
    leader_person_id: str | None = None
    description: str = ""


@dataclass(frozen=True)
class ProjectRow:
    id: str
    name: str
    team_id: str | None
    team_name: str
    description: str
    activities: int


# -- teams and projects ------------------------------------------------------------------------------


def _team_name(session: Session, name: str, team_id: str | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("team.name_required", field="name")
    if session.execute(
        select(VolunteerTeam.id).where(
            VolunteerTeam.name == name, VolunteerTeam.deleted.is_(False), VolunteerTeam.id != (team_id or "")
        )
    ).first():
        raise ValidationError("team.name_taken", field="name", name=name)
    return name


def leader_of_person(session: Session, person_id: str) -> str:
    """The volunteer id of a person chosen as team leader; the person must be a registered volunteer."""
    person = live_person(session, person_id)
    volunteer_id = session.execute(
        select(Volunteer.id).where(Volunteer.person_id == person.id, Volunteer.deleted.is_(False))
    ).scalar_one_or_none()
    if volunteer_id is None:
        raise ValidationError("team.leader_not_volunteer", field="leader_id", name=person.name)
    return volunteer_id


@guarded("volunteers.manage")
def create_team(
    session: Session, name: str, service_area: str = "", leader_id: str | None = None, description: str = ""
) -> TeamRow:
    """A new team; ``leader_id`` is a volunteer id and the leader joins the team."""
    name = _team_name(session, name)
    if leader_id:
        live_volunteer(session, leader_id)
    team = VolunteerTeam(
        name=name, service_area=service_area.strip(), leader_id=leader_id or None, description=description.strip()
    )
    session.add(team)
    session.flush()
    if leader_id:
        join_team(session, team.id, leader_id)
    return team_row(session, team.id)


@guarded("volunteers.manage")
def update_team(
    session: Session,
    team_id: str,
    name: str,
    service_area: str = "",
    leader_id: str | None = None,
    description: str = "",
) -> TeamRow:
    """Rename a team, change its leader (who joins the team), service area and description."""
    team = live_row(session, VolunteerTeam, team_id)
    name = _team_name(session, name, team.id)
    if leader_id:
        live_volunteer(session, leader_id)
    team.name, team.service_area, team.description = name, service_area.strip(), description.strip()
    team.leader_id = leader_id or None
    session.flush()
    if leader_id:
        join_team(session, team.id, leader_id)
    return team_row(session, team.id)


@guarded("volunteers.manage")
def save_team(
    session: Session,
    team_id: str | None,
    name: str,
    service_area: str = "",
    leader_person_id: str | None = None,
    description: str = "",
) -> TeamRow:
    """Create (``team_id`` None) or update a team; the leader is chosen as a person of the registry."""
    leader_id = leader_of_person(session, leader_person_id) if leader_person_id else None
    if team_id is None:
        return create_team(session, name, service_area, leader_id, description)
    return update_team(session, team_id, name, service_area, leader_id, description)


@guarded("people.view")
def team_row(session: Session, team_id: str) -> TeamRow:
    return next(t for t in list_teams(session) if t.id == team_id)


@guarded("volunteers.manage")
def join_team(session: Session, team_id: str, volunteer_id: str) -> None:
    live_volunteer(session, volunteer_id)
    if session.get(VolunteerTeam, team_id) is None:
        raise NotFound("volunteer_team", team_id)
    if session.execute(
        select(TeamMembership.id).where(
            TeamMembership.team_id == team_id,
            TeamMembership.volunteer_id == volunteer_id,
            TeamMembership.deleted.is_(False),
        )
    ).first():
        return
    session.add(TeamMembership(team_id=team_id, volunteer_id=volunteer_id, joined_on=today(session)))
    session.flush()


@guarded("volunteers.manage")
def leave_team(session: Session, team_id: str, volunteer_id: str) -> None:
    for membership in session.execute(
        select(TeamMembership).where(
            TeamMembership.team_id == team_id,
            TeamMembership.volunteer_id == volunteer_id,
            TeamMembership.deleted.is_(False),
        )
    ).scalars():
        membership.deleted = True
    session.flush()


def _project_values(session: Session, name: str, team_id: str | None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("project.name_required", field="name")
    if team_id:
        live_row(session, VolunteerTeam, team_id)
    return name


@guarded("volunteers.manage")
def create_project(session: Session, name: str, team_id: str | None = None, description: str = "") -> ProjectRow:
    name = _project_values(session, name, team_id)
    project = VolunteerProject(name=name, team_id=team_id or None, description=description.strip())
    session.add(project)
    session.flush()
    return next(p for p in list_projects(session) if p.id == project.id)


@guarded("volunteers.manage")
def update_project(
    session: Session, project_id: str, name: str, team_id: str | None = None, description: str = ""
) -> ProjectRow:
    project = live_row(session, VolunteerProject, project_id)
    project.name = _project_values(session, name, team_id)
    project.team_id, project.description = team_id or None, description.strip()
    session.flush()
    return next(p for p in list_projects(session) if p.id == project.id)


@guarded("people.view")
def list_teams(session: Session) -> list[TeamRow]:
    members = (
        select(TeamMembership.team_id, func.count().label("n"))
        .where(TeamMembership.deleted.is_(False))
        .group_by(TeamMembership.team_id)
        .subquery()
    )
    projects = (
        select(VolunteerProject.team_id, func.count().label("n"))
        .where(VolunteerProject.deleted.is_(False))
        .group_by(VolunteerProject.team_id)
        .subquery()
    )
    rows = session.execute(
        select(VolunteerTeam, Person.name, Person.id, members.c.n, projects.c.n)
        .outerjoin(Volunteer, Volunteer.id == VolunteerTeam.leader_id)
        .outerjoin(Person, Person.id == Volunteer.person_id)
        .outerjoin(members, members.c.team_id == VolunteerTeam.id)
        .outerjoin(projects, projects.c.team_id == VolunteerTeam.id)
        .where(VolunteerTeam.deleted.is_(False))
        .order_by(VolunteerTeam.name)
    ).all()
    return [
        TeamRow(t.id, t.name, leader or "", t.service_area, m or 0, p or 0, t.leader_id, leader_person, t.description)
        for t, leader, leader_person, m, p in rows
    ]


@guarded("people.view")
def list_projects(session: Session) -> list[ProjectRow]:
    activities = (
        select(Activity.project_id, func.count().label("n"))
        .where(Activity.deleted.is_(False))
        .group_by(Activity.project_id)
        .subquery()
    )
    rows = session.execute(
        select(VolunteerProject, VolunteerTeam.name, activities.c.n)
        .outerjoin(VolunteerTeam, VolunteerTeam.id == VolunteerProject.team_id)
        .outerjoin(activities, activities.c.project_id == VolunteerProject.id)
        .where(VolunteerProject.deleted.is_(False))
        .order_by(VolunteerProject.name)
    ).all()
    return [ProjectRow(p.id, p.name, p.team_id, team or "", p.description, n or 0) for p, team, n in rows]


@guarded("people.view")
def team_members(session: Session, team_id: str) -> list[VolunteerRow]:
    return search_volunteers(session, VolunteerQuery(team_id=team_id), limit=10_000)


@counter("teams", reads=("volunteer_team",))
def _count_teams(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(VolunteerTeam).where(VolunteerTeam.deleted.is_(False))
    ).scalar_one()


@lister("teams")
def _list_teams(session: Session, limit: int, text: str) -> list[dict]:
    return [json_ready(t) for t in list_teams(session) if text in t.name][:limit]


@lister("projects")
def _list_projects(session: Session, limit: int, text: str) -> list[dict]:
    return [json_ready(p) for p in list_projects(session) if text in p.name][:limit]
