"""Tutoring fixtures: a station with children (with and without consent), guardians and tutors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest

from stationdesk.domain.id_number import with_check_digit
from stationdesk.domain.tutoring import WeeklySlot
from stationdesk.services.people import PersonInput, add_guardian, add_person, record_consent
from stationdesk.services.tutoring import ClassInput, save_class

CHILD_ID_NUMBER = with_check_digit("44120220150304123")


@dataclass
class Cast:
    consented: list[str]  # child ids with a guardian's consent
    guardian_of: dict[str, str]  # child id -> guardian name
    no_guardian: str  # a child with no guardian at all
    no_consent: str  # a child with a guardian but no consent
    adult: str  # a volunteer, not a child
    tutors: list[str]
    child_id_number: str = CHILD_ID_NUMBER  # the full ID number of the first consented child


def make_child(
    session, name: str, alias: str, consent: bool = True, guardian: bool = True, id_number: str = ""
) -> tuple[str, str]:
    child = add_person(
        session,
        PersonInput(
            name=name,
            roles=("child",),
            alias=alias,
            birth_date=date(2015, 3, 4) if not id_number else None,
            id_number=id_number,
        ),
        confirmed=True,
    )
    guardian_name = ""
    if guardian:
        guardian_name = name[0] + "建国"
        parent = add_person(session, PersonInput(name=guardian_name, roles=("guardian",)), confirmed=True)
        add_guardian(session, child.summary.id, parent.summary.id, "父亲", is_primary=True)
        if consent:
            record_consent(session, child.summary.id, parent.summary.id, guardian_name, date(2026, 5, 1), "")
    return child.summary.id, guardian_name


@pytest.fixture
def cast(db) -> Cast:
    with db.transaction() as session:
        consented, guardian_of = [], {}
        for number, (name, alias) in enumerate(
            (("王子涵", "小星"), ("李梓萱", "小月"), ("张浩然", ""), ("陈一诺", "小禾"))
        ):
            child_id, guardian = make_child(session, name, alias, id_number=CHILD_ID_NUMBER if number == 0 else "")
            consented.append(child_id)
            guardian_of[child_id] = guardian
        no_guardian, _ = make_child(session, "刘欣怡", "小朵", guardian=False)
        no_consent, _ = make_child(session, "赵宇轩", "小豆", consent=False)
        adult = add_person(session, PersonInput(name="黄志强", roles=("volunteer",)), confirmed=True).summary.id
        tutor = add_person(session, PersonInput(name="林慧", roles=("volunteer",)), confirmed=True).summary.id
    return Cast(consented, guardian_of, no_guardian, no_consent, adult, [adult, tutor])


@pytest.fixture
def summer_class(db, cast) -> str:
    with db.transaction() as session:
        summary = save_class(
            session,
            ClassInput(
                name="小候鸟公益暑托班",
                kind="暑托班",
                subjects="语文、数学",
                place="二楼活动室",
                capacity=3,
                slots=(WeeklySlot(0, time(9), time(11, 30)), WeeklySlot(2, time(9), time(11, 30))),
                tutor_ids=tuple(cast.tutors),
            ),
        )
    return summary.id


@pytest.fixture
def enrol_and_schedule(db, cast, summer_class):
    """Enrol every consented child on ``enrolled_on`` and generate sessions from ``start`` to ``end``."""
    from stationdesk.services.tutoring import enrol_child, generate_term, get_class

    def run(enrolled_on: date, start: date, end: date, children: int = 4):
        with db.transaction() as session:
            for child in cast.consented[:children]:
                enrol_child(session, summer_class, child, confirmed=True, on=enrolled_on)
            generate_term(session, summer_class, start, end)
            return get_class(session, summer_class).sessions

    return run


@pytest.fixture
def ctx(qtbot, db):
    """What a page gets in the program: the database worker thread, the folder and the station."""
    from stationdesk.ui.context import AppContext
    from stationdesk.ui.db_worker import DatabaseRunner

    runner = DatabaseRunner(db)
    yield AppContext(db=runner, folder=db.folder, station=db.station)
    qtbot.waitUntil(runner.is_idle)
    runner.stop()


@pytest.fixture
def show_page(qtbot, ctx):
    """``show_page(PageClass)`` makes and shows a page; at the end its queued work finishes before it goes."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    pages = []

    def make(page_class):
        page = page_class(ctx)
        page.resize(1300, 800)
        page.show()
        pages.append(page)
        return page

    yield make
    qtbot.waitUntil(ctx.db.is_idle)
    for page in pages:
        page.close()
        page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
