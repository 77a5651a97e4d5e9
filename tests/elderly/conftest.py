"""Elderly-care fixtures: a few registered people on the shared ``db`` (today pinned to 2026-06-15)."""

from __future__ import annotations

from datetime import date

import pytest

from stationdesk.domain import ability_assessment as gbt
from stationdesk.services.people import PersonInput, add_person


def add(db, name: str, roles: tuple[str, ...], birth: date, tags: tuple[str, ...] = ()) -> str:
    with db.transaction() as session:
        return add_person(
            session,
            PersonInput(
                name=name,
                roles=roles,
                birth_date=birth,
                gender="F",
                community="城东社区",
                building="3",
                unit="1",
                room="502",
                tags=tags,
            ),
            confirmed=True,
        ).summary.id


@pytest.fixture
def people(db):
    """Ids of two elders, a volunteer and a child."""
    return {
        "elder": add(db, "王秀英", ("elder",), date(1940, 3, 5), ("独居",)),
        "elder2": add(db, "李桂兰", ("elder",), date(1948, 7, 1)),
        "volunteer": add(db, "陈志强", ("volunteer",), date(1990, 1, 1)),
        "child": add(db, "张子涵", ("child",), date(2016, 5, 5)),
    }


def full_scores(total: int) -> dict[str, int]:
    """Item scores adding up to ``total``: every item at its best, then points taken away in order."""
    scores = {code: item.max_score for code, item in gbt.ITEMS.items()}
    to_remove = gbt.MAX_TOTAL - total
    for code in scores:
        take = min(scores[code], to_remove)
        scores[code] -= take
        to_remove -= take
    assert sum(scores.values()) == total
    return scores


@pytest.fixture
def scores_for():
    """``scores_for(total)``: a full set of item scores adding up to ``total``."""
    return full_scores


@pytest.fixture
def open_window(qtbot, db):
    """``open_window()``: the main window on the database as the tests left it (features loaded);
    its database thread stops at the end."""
    from stationdesk.services import registry
    from stationdesk.ui.context import AppContext
    from stationdesk.ui.db_worker import DatabaseRunner
    from stationdesk.ui.main_window import MainWindow

    runners = []

    def make():
        registry.load_features()
        runner = DatabaseRunner(db)
        runners.append(runner)
        main = MainWindow(AppContext(db=runner, folder=db.folder, station=db.station))
        qtbot.addWidget(main)
        main.show()
        return main

    yield make
    for runner in runners:
        runner.stop()
