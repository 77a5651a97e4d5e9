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
from stationdesk.ui.app import build_window
from stationdesk.ui.resources import resource_path

CHINESE = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n")
ACCELERATOR = re.compile(r"&\w(?!\w*;)")      # &F, but not &nbsp;


@pytest.fixture
def window(qtbot, english, data_folder, db):
    main = build_window(data_folder, db)
    qtbot.addWidget(main)
    main.show()
    yield main
    qtbot.waitUntil(main.ctx.db.is_idle)
    main.ctx.db.stop()


def test_the_main_window_is_in_english(qtbot, window):
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles[0] == "Home"
    assert {"Visits", "Visits due", "Ability assessment", "Tutoring classes", "Volunteers",
            "Service hours"} <= set(titles)
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
    # looked up at run time, so its strings would stay Chinese. "labels" is looked up by name
    # (stationdesk.ui.labels.value_label: stored domain values shown in the user's language).
    contexts = [c.findtext("name") for c in tree.iter("context")]
    assert all(re.fullmatch(r"[A-Z]\w+", name or "") or name == "labels" for name in contexts), contexts
    problems = []
    for message in tree.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        english = translation.text or ""
        if translation.get("type") == "unfinished" or not english:
            problems.append(("untranslated", source))
        if (sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english))
                or source.count("\n") != english.count("\n")
                or len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(english))):
            problems.append((source, english))
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)
    assert resource_path("translations", "stationdesk_en.qm").stat().st_size > 10_000
