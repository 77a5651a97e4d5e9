"""The main window's pages. Each entry of ``PAGES`` is a navigation entry under its ``group`` (one of
``NAV_GROUPS``), ordered by ``order``, drawn with its ``icon`` (one character); a feature adds a
screen by adding its module here and its entry to ``PAGES``. The entries are data, so that the
navigation is drawn without importing a single page: a page's module (and what it pulls in, such as
the statistics package) is imported when the page is first shown."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:
    from stationdesk.ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable name: "home", "people", "visits" ...
    order: int  # place in the navigation (home 0, people 10, ...)
    title_source: str  # in the "MainWindow" context, translated by title()
    page_class: str  # "people_page.PeoplePage": module of this package and the Page class in it
    group: str = ""  # a key of NAV_GROUPS; "" stands above the groups (首页)
    icon: str = ""  # the character drawn on the entry's badge
    permission: str | None = None  # the verb an account needs to see the page in the navigation

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title_source)

    def build(self, ctx: AppContext) -> QWidget:
        """The page's widget; its module is imported here, the first time the page is needed."""
        module_name, class_name = self.page_class.split(".")
        return getattr(importlib.import_module(f"{__name__}.{module_name}"), class_name)(ctx)


@dataclass(frozen=True)
class NavGroup:
    key: str
    title: str  # source text, translated in the "MainWindow" context
    colour: str  # of the badges of its pages


# What a worker does, in the order of her day; a page names its group in its PageSpec.
NAV_GROUPS = (
    NavGroup("people", QT_TRANSLATE_NOOP("MainWindow", "人员"), "#3b6fb6"),
    NavGroup("elderly", QT_TRANSLATE_NOOP("MainWindow", "老年人服务"), "#c0632b"),
    NavGroup("children", QT_TRANSLATE_NOOP("MainWindow", "儿童服务"), "#2e8b57"),
    NavGroup("volunteers", QT_TRANSLATE_NOOP("MainWindow", "志愿服务"), "#b03060"),
    NavGroup("lists", QT_TRANSLATE_NOOP("MainWindow", "三张清单"), "#7a5cb0"),
    NavGroup("statistics", QT_TRANSLATE_NOOP("MainWindow", "统计"), "#1f7f8c"),
    NavGroup("sync", QT_TRANSLATE_NOOP("MainWindow", "数据同步"), "#4a6a2a"),
    NavGroup("system", QT_TRANSLATE_NOOP("MainWindow", "系统"), "#5a5a5a"),
)


class Page(QWidget):
    """Base of a page: refreshes itself when the tables it watches change."""

    WATCHES: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._stale = False
        self.list_exports: list[tuple[str, object, QPushButton]] = []  # (title, model, button) of each list
        ctx.db.sig_data_changed.connect(self._on_data_changed)

    def list_export_button(self, model, title: str) -> QPushButton:
        """导出 Excel… for a list of this page: what it shows, filtered and masked (``ui.list_export``)."""
        from stationdesk.ui.list_export import export_button

        button = export_button(self, self.ctx, model, title)
        self.list_exports.append((title, model, button))
        return button

    def refresh(self) -> None:
        """Reload what the page shows (through ``self.ctx.db.run``)."""

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if not (tables & self.WATCHES):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()


PAGES = (
    PageSpec("home", 0, QT_TRANSLATE_NOOP("MainWindow", "首页"), "home_page.HomePage", icon="首"),
    PageSpec(
        "people",
        10,
        QT_TRANSLATE_NOOP("MainWindow", "人员档案"),
        "people_page.PeoplePage",
        group="people",
        icon="人",
        permission="people.view",
    ),
    PageSpec(
        "visits",
        20,
        QT_TRANSLATE_NOOP("MainWindow", "探访"),
        "visits_page.VisitsPage",
        group="elderly",
        icon="访",
        permission="people.view",
    ),
    PageSpec(
        "due_visits",
        21,
        QT_TRANSLATE_NOOP("MainWindow", "待探访"),
        "due_visits_page.DueVisitsPage",
        group="elderly",
        icon="待",
        permission="people.view",
    ),
    PageSpec(
        "assessment",
        22,
        QT_TRANSLATE_NOOP("MainWindow", "能力评估"),
        "assessment_page.AssessmentPage",
        group="elderly",
        icon="评",
        permission="assessments.manage",
    ),
    PageSpec(
        "elder",
        23,
        QT_TRANSLATE_NOOP("MainWindow", "老人档案"),
        "elder_page.ElderPage",
        group="elderly",
        icon="老",
        permission="people.view",
    ),
    PageSpec(
        "tutoring",
        30,
        QT_TRANSLATE_NOOP("MainWindow", "辅导班"),
        "tutoring_page.TutoringPage",
        group="children",
        icon="班",
        permission="people.view",
    ),
    PageSpec(
        "attendance",
        31,
        QT_TRANSLATE_NOOP("MainWindow", "考勤录入"),
        "attendance_page.AttendancePage",
        group="children",
        icon="勤",
        permission="visits.record",
    ),
    PageSpec(
        "child",
        32,
        QT_TRANSLATE_NOOP("MainWindow", "儿童档案"),
        "child_page.ChildPage",
        group="children",
        icon="童",
        permission="people.view",
    ),
    PageSpec(
        "volunteers",
        40,
        QT_TRANSLATE_NOOP("MainWindow", "志愿者"),
        "volunteers_page.VolunteersPage",
        group="volunteers",
        icon="志",
        permission="volunteers.manage",
    ),
    PageSpec(
        "teams",
        41,
        QT_TRANSLATE_NOOP("MainWindow", "队伍与项目"),
        "teams_page.TeamsPage",
        group="volunteers",
        icon="队",
        permission="volunteers.manage",
    ),
    PageSpec(
        "activities",
        42,
        QT_TRANSLATE_NOOP("MainWindow", "活动"),
        "activities_page.ActivitiesPage",
        group="volunteers",
        icon="活",
        permission="activities.manage",
    ),
    PageSpec(
        "service_hours",
        43,
        QT_TRANSLATE_NOOP("MainWindow", "服务时长"),
        "service_hours_page.ServiceHoursPage",
        group="volunteers",
        icon="时",
        permission="volunteers.manage",
    ),
    PageSpec(
        "sync",
        90,
        QT_TRANSLATE_NOOP("MainWindow", "数据同步"),
        "sync_page.SyncPage",
        group="sync",
        icon="同",
        permission="sync",
    ),
    PageSpec(
        "audit",
        95,
        QT_TRANSLATE_NOOP("MainWindow", "操作日志"),
        "audit_page.AuditPage",
        group="system",
        icon="日",
        permission="audit.view",
    ),
    PageSpec(
        "backup",
        97,
        QT_TRANSLATE_NOOP("MainWindow", "备份与恢复"),
        "backup_page.BackupPage",
        group="system",
        icon="备",
        permission="backup",
    ),
    PageSpec(
        "catalogs",
        97,
        QT_TRANSLATE_NOOP("MainWindow", "维护列表"),
        "catalogs_page.CatalogsPage",
        group="system",
        icon="列",
        permission="settings.manage",
    ),
    PageSpec(
        "accounts",
        98,
        QT_TRANSLATE_NOOP("MainWindow", "账号与权限"),
        "accounts_page.AccountsPage",
        group="system",
        icon="账",
        permission="accounts.manage",
    ),
    PageSpec(
        "needs",
        100,
        QT_TRANSLATE_NOOP("MainWindow", "需求清单"),
        "needs_page.NeedsPage",
        group="lists",
        icon="需",
        permission="people.view",
    ),
    PageSpec(
        "statistics",
        100,
        QT_TRANSLATE_NOOP("MainWindow", "统计"),
        "statistics_page.StatisticsPage",
        group="statistics",
        icon="统",
        permission="statistics.view",
    ),
    PageSpec(
        "need",
        101,
        QT_TRANSLATE_NOOP("MainWindow", "需求详情"),
        "need_page.NeedPage",
        group="lists",
        icon="详",
        permission="people.view",
    ),
    PageSpec(
        "resources",
        102,
        QT_TRANSLATE_NOOP("MainWindow", "资源清单"),
        "resources_page.ResourcesPage",
        group="lists",
        icon="资",
        permission="people.view",
    ),
    PageSpec(
        "services",
        103,
        QT_TRANSLATE_NOOP("MainWindow", "服务清单"),
        "services_page.ServicesPage",
        group="lists",
        icon="服",
        permission="people.view",
    ),
    PageSpec(
        "service_records",
        104,
        QT_TRANSLATE_NOOP("MainWindow", "服务记录"),
        "service_records_page.ServiceRecordsPage",
        group="lists",
        icon="录",
        permission="people.view",
    ),
)


def discover_pages() -> list[PageSpec]:
    return sorted(PAGES, key=lambda s: s.order)
