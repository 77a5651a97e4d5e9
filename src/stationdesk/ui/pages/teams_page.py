"""队伍与项目: the volunteer teams with their leader and members, and the projects with the team that
runs them; both can be created and edited (double-click a row or the 编辑 buttons)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout

from stationdesk.domain.service_hours import format_hours
from stationdesk.services import teams
from stationdesk.ui.dialogs.volunteer_dialogs import Field, JoinTeamDialog, SimpleFormDialog, TeamDialog
from stationdesk.ui.labels import value_label
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import list_view, page_title, selected_record


def overview(session):
    return teams.list_teams(session), teams.list_projects(session)


class TeamsPage(Page):
    WATCHES = frozenset({"volunteer_team", "team_membership", "volunteer_project", "activity", "volunteer"})

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.teams = RowsTableModel(
            [
                (self.tr("队伍"), lambda t: t.name),
                (self.tr("队长"), lambda t: t.leader_name),
                (self.tr("服务区域"), lambda t: t.service_area),
                (self.tr("队员"), lambda t: t.members),
                (self.tr("项目"), lambda t: t.projects),
            ]
        )
        self.projects = RowsTableModel(
            [
                (self.tr("项目"), lambda p: p.name),
                (self.tr("承办队伍"), lambda p: p.team_name),
                (self.tr("活动场次"), lambda p: p.activities),
                (self.tr("简介"), lambda p: p.description),
            ]
        )
        self.members = RowsTableModel(
            [
                (self.tr("志愿者编号"), lambda v: v.volunteer_number),
                (self.tr("姓名"), lambda v: v.name),
                (self.tr("状态"), lambda v: value_label("volunteer_status", v.status)),
                (self.tr("手机"), lambda v: v.phone_masked),
                (self.tr("本年时长"), lambda v: format_hours(v.year_minutes)),
            ]
        )
        self.team_view = list_view(self.teams, on_double_click=lambda _i: self.edit_team())
        self.team_view.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_members(current.row()))
        new_team = QPushButton(self.tr("新建队伍…"))
        new_team.clicked.connect(self.new_team)
        self.edit_team_button = QPushButton(self.tr("编辑队伍…"))
        self.edit_team_button.clicked.connect(self.edit_team)
        new_project = QPushButton(self.tr("新建项目…"))
        new_project.clicked.connect(self.new_project)
        self.edit_project_button = QPushButton(self.tr("编辑项目…"))
        self.edit_project_button.clicked.connect(self.edit_project)
        self.add_member = QPushButton(self.tr("加入队员…"))
        self.add_member.clicked.connect(self.join)
        self.add_member.setEnabled(False)
        self.remove_member = QPushButton(self.tr("移出队伍"))
        self.remove_member.clicked.connect(self.leave)
        self.members_box = QGroupBox(self.tr("队员"))
        members_layout = QVBoxLayout(self.members_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_member)
        buttons.addWidget(self.remove_member)
        members_layout.addLayout(buttons)
        self.member_view = list_view(self.members)
        members_layout.addWidget(self.member_view)
        team_box = QGroupBox(self.tr("志愿服务队伍"))
        team_layout = QVBoxLayout(team_box)
        team_buttons = QHBoxLayout()
        team_buttons.addWidget(new_team)
        team_buttons.addWidget(self.edit_team_button)
        team_layout.addLayout(team_buttons)
        team_layout.addWidget(self.team_view)
        project_box = QGroupBox(self.tr("志愿服务项目"))
        project_layout = QVBoxLayout(project_box)
        project_buttons = QHBoxLayout()
        project_buttons.addWidget(new_project)
        project_buttons.addWidget(self.edit_project_button)
        project_layout.addLayout(project_buttons)
        self.project_view = list_view(self.projects, on_double_click=lambda _i: self.edit_project())
        project_layout.addWidget(self.project_view)
        upper = QSplitter()
        upper.addWidget(team_box)
        upper.addWidget(self.members_box)
        title = page_title(self.tr("队伍与项目"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(upper, 3)
        layout.addWidget(project_box, 2)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.db.run(overview, on_done=self._show)

    def _show(self, result) -> None:
        teams, projects = result
        current = self.team_view.currentIndex().row()
        self.teams.set_rows(teams)
        self.projects.set_rows(projects)
        if teams:
            self.team_view.selectRow(max(0, min(current, len(teams) - 1)))

    def _show_members(self, row: int) -> None:
        team = self.teams.record(row)
        self.add_member.setEnabled(team is not None)
        if team is None:
            return
        self.members_box.setTitle(self.tr("队员：{team}（{n} 人）").format(team=team.name, n=team.members))
        self.ctx.db.run(teams.team_members, team.id, on_done=self.members.set_rows)

    def new_team(self) -> TeamDialog:
        return TeamDialog.ask(self, self.ctx, self.tr("新建队伍"))

    def edit_team(self) -> None:
        team = selected_record(self.team_view)
        if team is None:
            MessageBox.info(self, self.tr("编辑队伍"), self.tr("请先选择一支队伍。"))
            return
        self.ctx.db.run(teams.team_members, team.id, on_done=lambda members: self._ask_team(team, members))

    def _ask_team(self, team: teams.TeamRow, members: list) -> TeamDialog:
        return TeamDialog.ask(self, self.ctx, self.tr("编辑队伍：{team}").format(team=team.name), team, members)

    def _project_fields(self, project: teams.ProjectRow | None) -> list[Field]:
        return [
            Field("name", self.tr("项目名称"), required=True, initial=project.name if project else None),
            Field(
                "team_id",
                self.tr("承办队伍"),
                "choice",
                choices=((self.tr("（无）"), None), *((t.name, t.id) for t in self.teams.rows)),
                initial=project.team_id if project else None,
            ),
            Field("description", self.tr("简介"), "multiline", initial=project.description if project else None),
        ]

    def new_project(self) -> SimpleFormDialog:
        return SimpleFormDialog.ask(
            self,
            self.ctx,
            self.tr("新建项目"),
            self._project_fields(None),
            lambda v: (teams.create_project, v["name"], v["team_id"], v["description"]),
        )

    def edit_project(self) -> SimpleFormDialog | None:
        project = selected_record(self.project_view)
        if project is None:
            MessageBox.info(self, self.tr("编辑项目"), self.tr("请先选择一个项目。"))
            return None
        return SimpleFormDialog.ask(
            self,
            self.ctx,
            self.tr("编辑项目：{name}").format(name=project.name),
            self._project_fields(project),
            lambda v: (teams.update_project, project.id, v["name"], v["team_id"], v["description"]),
        )

    def join(self) -> JoinTeamDialog | None:
        team = self.teams.record(self.team_view.currentIndex().row())
        if team is None:
            return None
        return JoinTeamDialog.ask(self, self.ctx, team)

    def leave(self) -> None:
        team = self.teams.record(self.team_view.currentIndex().row())
        member = self.members.record(self.member_view.currentIndex().row())
        if team is None or member is None:
            return
        if MessageBox.ask(
            self, self.tr("移出队伍"), self.tr("将 {name} 移出“{team}”？").format(name=member.name, team=team.name)
        ):
            self.ctx.db.run(teams.leave_team, team.id, member.id, on_error=lambda e: MessageBox.error(self, e))
