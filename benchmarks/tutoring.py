"""Tutoring scale goals (run: PYTHONPATH=src .venv/bin/python benchmarks/tutoring.py).

- A class of 60 children with 200 sessions (12,000 attendance rows) opens in under 200 ms:
  the service call behind the class page, and the class page itself (database thread + tables filled).
- A 300-child sign-in sheet prints in under 2 s.
Also: the attendance screen's data for one session, and saving a whole session from the screen.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time as clock
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import insert

from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.db.models.people import GuardianConsent, Guardianship, Person
from stationdesk.db.models.tutoring import Attendance
from stationdesk.db.stamping import stamp_rows
from stationdesk.domain.tutoring import WeeklySlot
from stationdesk.services import registry
from stationdesk.services.station import init_station
from stationdesk.services.tutoring import (
    AttendanceInput,
    ClassInput,
    build_signin_sheet,
    enrol_child,
    generate_term,
    get_attendance_sheet,
    get_class,
    save_attendance,
    save_class,
)

TODAY = date(2026, 6, 15)


def timed(function, repeat: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = clock.perf_counter()
        result = function()
        times.append(clock.perf_counter() - started)
    return statistics.median(times) * 1000, result


def make_children(session, rng: random.Random, count: int) -> list[str]:
    children, guardians, links, consents = [], [], [], []
    for n in range(count):
        child = {
            "name": f"儿童{n:04d}",
            "gender": rng.choice("MF"),
            "birth_date": date(2016, 1, 1) + timedelta(days=n),
            "id_number": None,
            "phone": "",
            "community": "城东社区",
            "building": "1",
            "unit": "1",
            "room": "101",
            "household_head_id": None,
            "tags": "",
            "is_elder": False,
            "is_child": True,
            "is_guardian": False,
            "is_volunteer": False,
            "alias": f"小{n:04d}",
            "emergency_contact": "",
            "emergency_phone": "",
            "notes": "",
            "name_pinyin": f"er tong {n:04d}",
            "name_initials": "et",
        }
        guardian = dict(
            child,
            name=f"家长{n:04d}",
            alias="",
            is_child=False,
            is_guardian=True,
            birth_date=date(1985, 1, 1),
            name_pinyin=f"jia zhang {n:04d}",
        )
        children.append(child)
        guardians.append(guardian)
    stamp_rows(session, children + guardians, "person")
    session.execute(insert(Person), children + guardians)
    for child, guardian in zip(children, guardians, strict=False):
        links.append({"child_id": child["id"], "guardian_id": guardian["id"], "relation": "母亲", "is_primary": True})
        consents.append(
            {
                "child_id": child["id"],
                "guardian_id": guardian["id"],
                "given_by": guardian["name"],
                "given_on": date(2025, 9, 1),
                "scope": "基本信息及服务记录",
                "withdrawn_on": None,
            }
        )
    stamp_rows(session, links, "guardianship")
    session.execute(insert(Guardianship), links)
    stamp_rows(session, consents, "guardian_consent")
    session.execute(insert(GuardianConsent), consents)
    return [c["id"] for c in children]


def main() -> None:
    registry.load_features()
    folder = DataFolder(Path(tempfile.mkdtemp(prefix="tutoring-bench-"))).ensure()
    database = Database.open(folder)
    rng = random.Random(7)
    with database.transaction() as session:
        init_station(session, "BENCH-01", "基准测试社区服务站")
    database.reload_station()
    database.today = TODAY
    started = clock.perf_counter()
    with database.transaction() as session:
        children = make_children(session, rng, 300)
        big = save_class(
            session,
            ClassInput(
                "暑托班（60人）",
                "暑托班",
                "语文、数学",
                place="活动室",
                capacity=60,
                slots=tuple(WeeklySlot(d, time(9), time(11, 30)) for d in range(5)),
            ),
        )
        for child in children[:60]:
            enrol_child(session, big.id, child, on=date(2025, 9, 1))
        term = generate_term(session, big.id, date(2025, 9, 1), date(2026, 6, 12))
        sessions = [s.id for s in get_class(session, big.id).sessions][:200]
        rows = [
            {
                "session_id": sid,
                "child_id": child,
                "status": rng.choices(("出勤", "迟到", "请假", "缺勤"), (85, 5, 6, 4))[0],
                "drop_off_by": "家长",
                "drop_off_relation": "母亲",
                "drop_off_time": time(8, 55),
                "pick_up_by": "家长",
                "pick_up_relation": "母亲",
                "pick_up_time": time(11, 35),
                "pick_up_note": "",
                "progress_note": "完成作业" if rng.random() < 0.3 else "",
                "behaviour_note": "",
                "follow_up": False,
            }
            for sid in sessions
            for child in children[:60]
        ]
        stamp_rows(session, rows, "tutoring_attendance")
        session.execute(insert(Attendance), rows)
        huge = save_class(session, ClassInput("社区四点半课堂（300人）", "小组", place="社区礼堂"))
        for child in children:
            enrol_child(session, huge.id, child, on=date(2025, 9, 1))
    print(
        f"set-up: {term.created} sessions, {len(rows)} attendance rows, 300 children "
        f"({clock.perf_counter() - started:.1f} s)"
    )

    with database.session() as session:
        ms, detail = timed(lambda: get_class(session, big.id))
        print(
            f"open a class of {len(detail.children)} children with {len(detail.sessions)} sessions"
            f" (service): {ms:.1f} ms"
        )
        ms, sheet = timed(lambda: get_attendance_sheet(session, sessions[-1]))
        print(f"attendance screen data for one session of {len(sheet.rows)} children: {ms:.1f} ms")
        ms, (pdf, _) = timed(lambda: build_signin_sheet(session, huge.id, date(2026, 6, 15), 10), repeat=3)
        pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")
        print(f"sign-in sheet for 300 children (+10 blank rows): {ms:.0f} ms, {len(pdf) // 1024} KB, {pages} pages")
    entries = tuple(
        AttendanceInput(r.child_id, "出勤", drop_off_time=time(9), pick_up_time=time(11, 30)) for r in sheet.rows
    )
    with database.transaction() as session:
        started = clock.perf_counter()
        changed = save_attendance(session, sessions[-1], entries)
    print(f"save one session's attendance ({changed} rows changed): {(clock.perf_counter() - started) * 1000:.1f} ms")
    page_timing(database, big.id)
    database.close()


def page_timing(database: Database, class_id: str) -> None:
    """The class page as a user opens it: from the click to the filled tables, database thread included."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from stationdesk.ui.context import AppContext
    from stationdesk.ui.db_worker import DatabaseRunner
    from stationdesk.ui.pages.tutoring_page import TutoringPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    runner = DatabaseRunner(database)
    page = TutoringPage(AppContext(db=runner, folder=database.folder, station=database.station))
    page.resize(1300, 800)
    page.show()

    def wait_loaded() -> None:
        loop = QEventLoop()
        page.sig_loaded.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        page.sig_loaded.disconnect(loop.quit)

    wait_loaded()
    times = []
    for _ in range(5):
        started = clock.perf_counter()
        page.select_class(class_id)
        while True:  # list_classes, then get_class: wait for the detail of this class
            wait_loaded()
            if page.detail is not None and page.detail.summary.id == class_id and runner.is_idle():
                break
        app.processEvents()
        times.append(clock.perf_counter() - started)
    print(f"class page opened and filled (60 children, 200 sessions): {statistics.median(times) * 1000:.0f} ms")
    runner.stop()
    page.close()


if __name__ == "__main__":
    main()
