"""The English translation: with language "en" the main window, its pages and the error texts are in
English; afterwards the translators are removed so every other test sees the Chinese source texts."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton

from stationdesk import messages
from stationdesk.resources import resource_path
from stationdesk.ui.app import build_window

CHINESE = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n")
ACCELERATOR = re.compile(r"&\w(?!\w*;)")  # &F, but not &nbsp;


@pytest.fixture
def window(qtbot, english, data_folder, db):
    main = build_window(data_folder, db)
    qtbot.addWidget(main)
    main.show()
    yield main
    qtbot.waitUntil(main.ctx.db.is_idle)
    main.ctx.db.stop()


def test_the_main_window_is_in_english(qtbot, window):
    titles = window.navigation_titles()
    assert titles[0] == "Home"
    assert {"Visits", "Visits due", "Ability assessment", "Tutoring classes", "Volunteers", "Service hours"} <= set(
        titles
    )
    assert not [t for t in titles if CHINESE.search(t)], titles
    assert window.windowTitle().startswith("StationDesk community service station")
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]


def test_pages_are_in_english(qtbot, window):
    tutoring = window.open_page("tutoring")
    buttons = {b.text() for b in tutoring.findChildren(QPushButton) if b.text()}
    assert "New class…" in buttons and "Print sign-in sheet…" in buttons
    assert not [b for b in buttons if CHINESE.search(b)], buttons
    home = window.open_page("home")
    captions = {label.text() for label in home.findChildren(QLabel)}
    assert {"Elders", "Children", "Volunteers"} <= captions


def test_error_texts_follow_the_language(english):
    assert not CHINESE.search(messages.text("id_number.checksum"))


def test_chinese_is_back_after_the_english_tests(qtbot):
    assert QCoreApplication.translate("MainWindow", "首页") == "首页"
    assert CHINESE.search(messages.text("id_number.checksum"))


def test_every_string_is_translated_and_keeps_its_placeholders():
    """The committed .ts has no unfinished entry, and each translation keeps the source's
    placeholders, line breaks and accelerator."""
    tree = ET.parse(resource_path("translations", "stationdesk_en.ts"))
    # A context lupdate cannot tie to a class (``parent.tr(...)``, a lambda called ``tr``) is never
    # looked up at run time, so its strings would stay Chinese.
    contexts = [c.findtext("name") for c in tree.iter("context")]
    assert all(re.fullmatch(r"[A-Z]\w+", name or "") for name in contexts), contexts
    problems = []
    for message in tree.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        english = translation.text or ""
        if translation.get("type") == "unfinished" or not english:
            problems.append(("untranslated", source))
        if (
            sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english))
            or source.count("\n") != english.count("\n")
            or len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(english))
        ):
            problems.append((source, english))
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)
    assert resource_path("translations", "stationdesk_en.qm").stat().st_size > 10_000


def test_stored_values_are_shown_in_english_but_stay_chinese_in_the_database(qtbot, english, db):
    from datetime import date

    from stationdesk.domain import ability_assessment as gbt
    from stationdesk.domain import tutoring as tutoring_rules
    from stationdesk.domain.visit_plan import TIER_NAMES
    from stationdesk.services.assessments import REASONS
    from stationdesk.services.people import PersonInput, add_person
    from stationdesk.services.visits import SATISFACTION, VISIT_KINDS, VisitInput, list_visits, record_visit
    from stationdesk.ui.labels import stored_values, value_label
    from stationdesk.ui.pages.visits_page import VisitsPage

    tables = {
        "level": tuple(range(len(gbt.LEVEL_NAMES))),
        "tier": tuple(TIER_NAMES),
        "visit_kind": VISIT_KINDS,
        "satisfaction": SATISFACTION,
        "assessment_reason": REASONS,
        "attendance": tutoring_rules.STATUSES,
        "class_kind": tutoring_rules.CLASS_KINDS,
        "session_kind": tutoring_rules.SESSION_KINDS,
        "weekday": tuple(range(len(tutoring_rules.WEEKDAY_NAMES))),
    }
    for kind, values in tables.items():
        assert set(stored_values(kind)) == set(values), kind
        shown = [value_label(kind, v) for v in values]
        assert not [s for s in shown if CHINESE.search(s)], (kind, shown)
    assert [value_label("level", n) for n in range(5)] == list(gbt.LEVEL_NAMES_EN)
    assert value_label("tier", "high") == TIER_NAMES["high"][1]
    assert value_label("visit_kind", "自定义方式") == "自定义方式"  # unknown values are shown as stored

    with db.transaction() as session:
        elder = add_person(
            session, PersonInput(name="王秀英", roles=("elder",), birth_date=date(1940, 3, 5)), confirmed=True
        ).summary.id
        record_visit(session, VisitInput(elder, date(2026, 6, 10), "09:00", "09:30", "上门走访", satisfaction="满意"))
    from stationdesk.ui.context import AppContext
    from stationdesk.ui.db_worker import DatabaseRunner

    runner = DatabaseRunner(db)
    page = VisitsPage(AppContext(db=runner, folder=db.folder, station=db.station))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "Home visit" in row and "Satisfied" in row
    runner.stop()
    with db.transaction() as session:
        assert list_visits(session)[0].kind == "上门走访"


def test_table_headers_of_the_people_list_are_in_english(qtbot, english):
    from PySide6.QtCore import Qt

    from stationdesk.ui.models.people_table_model import PeopleTableModel

    model = PeopleTableModel(db=None)  # headers need no database
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Name", "Gender", "Age"]
