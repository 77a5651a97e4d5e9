"""Every dialog of the program fits a 1366x768 screen with a taskbar (1366x728 usable, less the
title bar): each dialog class found in stationdesk.ui is built here, shown and measured. A new dialog
class without a recipe fails the test, so it is measured too."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

import stationdesk.ui
from stationdesk.domain.periods import month_of
from stationdesk.printing.template import StationDocument, render_to_bytes
from stationdesk.services import activities, dispatch
from stationdesk.services.accounts import RoleRow
from stationdesk.services.people import GuardianLink
from stationdesk.services.roster_import import RosterSheet
from stationdesk.services.teams import TeamRow
from stationdesk.services.tutoring import ClassInput

USABLE_WIDTH, USABLE_HEIGHT = 1366, 728
TITLE_BAR = 32
DAY = date(2026, 6, 15)


def dialog_classes() -> list[type]:
    for module in pkgutil.walk_packages(stationdesk.ui.__path__, "stationdesk.ui."):
        importlib.import_module(module.name)
    found = set()
    pending = [QDialog]
    while pending:
        for sub in pending.pop().__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("stationdesk.ui.") and not sub.__name__.startswith("_"):
                found.add(sub)
    return sorted(found, key=lambda c: (c.__module__, c.__name__))


def _pdf() -> bytes:
    def build(out):
        doc = StationDocument(out, "签到表", "测试站", DAY)
        doc.build([doc.paragraph("第一页")])

    return render_to_bytes(build)


def _activity_detail(db):
    with db.transaction() as session:
        made = activities.create_activity(
            session,
            activities.ActivityInput(
                name="六月银发生日会", held_on=DAY, starts_at=time(9, 0), ends_at=time(11, 0), place="饭堂"
            ),
        )
        return activities.get_activity(session, made.id)


def _dispatch_row() -> dispatch.DispatchRow:
    return dispatch.DispatchRow(
        "d1",
        "n1",
        "volunteer",
        "v1",
        "王建国",
        1,
        "",
        "dispatched",
        datetime(2026, 6, 1, tzinfo=UTC),
        "李社工",
        "",
        None,
        "",
        None,
    )


def recipes(ctx, db):
    detail = _activity_detail(db)  # before any dialog: the window's database thread must be idle
    from stationdesk.ui.dialogs import volunteer_dialogs as vd
    from stationdesk.ui.dialogs.tutoring_dialogs import SessionTime

    return {
        "EnrolStationDialog": lambda c: c(None, ctx.db, None),
        "VisitDialog": lambda c: c(None, ctx),
        "DispatchDialog": lambda c: c(None, ctx, "n1", "XQ-001", [], "李社工"),
        "RedispatchDialog": lambda c: c(None, ctx, _dispatch_row(), [], "李社工"),
        "ResourceDialog": lambda c: c(None, ctx),
        "ServiceDialog": lambda c: c(None, ctx),
        "ShiftEntryDialog": lambda c: c(None, ctx, DAY),
        "SavingDialog": lambda c: c(None, ctx, "保存"),
        "SettingsDialog": lambda c: c(None, ctx, "0758-1234567"),
        "PersonDialog": lambda c: c(None, ctx),
        "RosterImportDialog": lambda c: c(
            None,
            ctx,
            RosterSheet("名册.xlsx", "Sheet1", ("姓名", "身份证号", "手机"), (("韩梅", "", "13812340000"),) * 40, 2),
            {"name": 0, "id_number": 1, "phone": 2},
        ),
        "ServiceRecordDialog": lambda c: c(None, ctx),
        "NeedDialog": lambda c: c(None, ctx),
        "ConsentDialog": lambda c: c(
            None, ctx, "c1", (GuardianLink("g", "p", "陈大文", "父亲", "138****5678", True),), DAY
        ),
        "BackupPasswordDialog": lambda c: c(None, True),
        "ErasureReasonDialog": lambda c: c(None, "王秀英"),
        "RetentionDialog": lambda c: c(None, ctx),
        "PersonPickerDialog": lambda c: c(None, ctx, "添加监护人", with_relation=True),
        "MultiEnrolDialog": lambda c: c(None, ctx, "批量报名：六月银发生日会", lambda session, ids, confirmed: None),
        "ActivityDialog": lambda c: (
            c(None, ctx, [], [], ["助老服务"], "州区城西街道社区服务站")
            if c.__module__.endswith("activity_dialog")
            else c(None, ctx, "c1", DAY)
        ),
        "PdfPreviewDialog": lambda c: c(None, _pdf(), "签到表", "签到表.pdf"),
        "TimeEntryDialog": lambda c: c(None, ctx, detail),
        "SimpleFormDialog": lambda c: c(None, ctx, "新建项目", [vd.Field("name", "项目名称", required=True)], None),
        "TeamDialog": lambda c: c(None, ctx, "新建队伍", None, []),
        "JoinTeamDialog": lambda c: c(None, ctx, TeamRow("t1", "邻里情", "王建国", "城西社区", 3, 1)),
        "RegisterVolunteerDialog": lambda c: c(None, ctx, ["驾驶", "医护", "维修", "心理", "法律", "教育"]),
        "CertificateDialog": lambda c: c(None, ctx, "V1", "王建国", date(2026, 1, 1), DAY),
        "CorrectionDialog": lambda c: c(None, ctx, "s1", "2026-06-10 王建国", 120, True),
        "CorrectionLogDialog": lambda c: c(None, "2026-06-10 王建国", []),
        "StationSetupDialog": lambda c: c(None),
        "ClassDialog": lambda c: c(None, ctx, [], ClassInput(name="四点半课堂", kind="小组"), DAY),
        "TermDialog": lambda c: c(None, ctx, "c1", DAY, DAY, ""),
        "SessionTimeDialog": lambda c: c(None, ctx, "s1", SessionTime(DAY, time(16, 30), time(18, 0))),
        "SigninDialog": lambda c: c(None, DAY),
        "MonthDialog": lambda c: c(None, DAY),
        "CaseNoteDialog": lambda c: c(None, ctx, "c1", DAY),
        "DrillDownDialog": lambda c: c(None, ctx, "visits", month_of(DAY), None, None, "探访次数"),
        "SearchDialog": lambda c: c(None, ctx),
        "UserGuideDialog": lambda c: c(None),
        "VisitRulesDialog": lambda c: c(None, {"high": 7, "priority": 30, "general": 90}),
        "DeadlineRuleDialog": lambda c: c(None, ctx, {"urgent": 3, "normal": 15}),
        "LabelledForm": lambda c: c(None, "登录", "请输入账号和密码。", ""),
        "AdministratorSetupDialog": lambda c: c(None),
        "LoginDialog": lambda c: c(None, station="测试站"),
        "CityLoginDialog": lambda c: c(None, station="江门市民政局"),
        "RecoveryDialog": lambda c: c(None),
        "ChangePasswordDialog": lambda c: c(None),
        "UnlockDialog": lambda c: c(None, name="测试站长", login="admin"),
        "AccountDialog": lambda c: c(None, ctx, [RoleRow("clerk", "录入员", frozenset({"people.view"}))]),
    }


@pytest.fixture
def ctx(qtbot, db):
    from stationdesk.ui.context import AppContext
    from stationdesk.ui.db_worker import DatabaseRunner

    runner = DatabaseRunner(db)
    yield AppContext(db=runner, folder=db.folder, station=db.station)
    qtbot.waitUntil(runner.is_idle)
    runner.stop()


def test_every_dialog_fits_a_1366x768_screen(qtbot, ctx, db, monkeypatch):
    from stationdesk.ui.messages import MessageBox

    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, *a, **k: None))  # a sample's load may fail
    known = recipes(ctx, db)
    classes = dialog_classes()
    assert not [c.__name__ for c in classes if c.__name__ not in known], "a dialog without a recipe"
    too_big = []
    for cls in classes:
        if inspect.isabstract(cls):
            continue
        dialog = known[cls.__name__](cls)
        dialog.show()
        qtbot.waitUntil(ctx.db.is_idle)
        hint, size = dialog.sizeHint().expandedTo(dialog.minimumSizeHint()), dialog.size()
        width, height = max(hint.width(), size.width()), max(hint.height(), size.height())
        if width > USABLE_WIDTH or height + TITLE_BAR > USABLE_HEIGHT:
            too_big.append(f"{cls.__name__} {width}x{height}")
        dialog.close()
        dialog.deleteLater()  # one dialog at a time, as the worker sees them
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert too_big == []


def test_the_pdf_preview_suggests_the_file_name_it_was_given(qtbot):
    from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog

    dialog = PdfPreviewDialog(None, _pdf(), "签到表", "签到表-四点半课堂-2026-06-15.pdf")
    qtbot.addWidget(dialog)
    assert dialog.suggested_name == "签到表-四点半课堂-2026-06-15.pdf" and dialog.windowTitle() == "签到表"
    assert dialog.height() <= USABLE_HEIGHT - TITLE_BAR
