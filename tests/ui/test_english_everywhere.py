"""English mode everywhere (issue 15 §5): with the language English, no Chinese character shows
outside stored data — on every station page, the assessment form of an elder, every tab of the city
window with two stations' bundles imported, and the success output of every CLI command.

The world is made once per module through the CLI: two demo stations enrolled at a city hub on
SQLite, their bundles imported, one record edited at both ends so that both sides hold a conflict.
"Stored data" is every text value in those databases (names, communities, and the values the demo
typed); it is cut out of a text before it is searched for Chinese."""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from stationdesk import messages
from stationdesk.cli import build_parser, main

CHINESE = re.compile(r"[\u3400-\u9fff]")


def _run(*argv) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


def _stored_texts(*databases: Path) -> list[str]:
    """Every text value of every table, longest first (a value holding a shorter one is cut whole)."""
    found: set[str] = set()
    for path in databases:
        with sqlite3.connect(path) as connection:
            tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                for row in connection.execute(f'SELECT * FROM "{table}"'):
                    for value in row:
                        if isinstance(value, str) and CHINESE.search(value):
                            found.add(value)
                            found.update(part for part in re.split(r"[、,，;；|\s]+", value) if part)
    return sorted(found, key=len, reverse=True)


def chinese_outside(texts, stored: list[str]) -> list[str]:
    """The texts that still show Chinese once every stored value is cut out of them."""
    left = []
    for text in texts:
        rest = text
        for value in stored:
            if value in rest:
                rest = rest.replace(value, " ")
        rest = re.sub(r"[\u4e00-\u9fff]\*+[\u4e00-\u9fff]?|[\u4e00-\u9fff]\*+", " ", rest)  # masked names: 王*英
        if CHINESE.search(rest):
            left.append(text)
    return left


class World:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.usb = root / "usb"
        self.usb.mkdir()
        self.hub_db = root / "city" / "hub.sqlite3"
        self.a, self.b = root / "S-A", root / "S-B"

    def city(self, *args) -> list:
        return ["--lang", "en", "city", *args[:1], "--db", self.hub_db, *args[1:]]

    def station(self, folder: Path, *args) -> list:
        return ["--lang", "en", "--data-dir", folder, *args]

    def databases(self) -> list[Path]:
        return [self.a / "stationdesk.sqlite3", self.b / "stationdesk.sqlite3", self.hub_db]

    def one(self, folder: Path, sql: str):
        with sqlite3.connect(folder / "stationdesk.sqlite3") as connection:
            return connection.execute(sql).fetchone()[0]


def _edit_at_station(folder: Path, person_id: str) -> None:
    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database
    from stationdesk.db.models.people import Person

    database = Database.open(DataFolder(folder))
    with database.transaction() as session:
        session.get(Person, person_id).notes = "station note"
    database.close()


def _leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return [leaf for name, sub in action.choices.items() for leaf in _leaf_commands(sub, (*prefix, name))]
    return [prefix]


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    """Made by running every command of the parser, with valid arguments, in an order that builds
    on the last; ``world.outputs`` holds each command's stdout."""
    w = World(tmp_path_factory.mktemp("english"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STATIONDESK_BACKUP_PASSWORD", "a long usb password")
        # every command acts as the station's administrator, set up by init with this password
        patch.setenv("STATIONDESK_USER", "admin")
        patch.setenv("STATIONDESK_PASSWORD", "an administrator password")
        patch.setenv("STATIONDESK_NEW_PASSWORD", "an administrator password")
        umask, language = os.umask(0o022), messages.language()
        locale = QLocale()
        try:
            w.outputs = _run_every_command(w)
        finally:  # main() leaves its umask and --lang (selftest: Qt's translators) behind
            os.environ.pop("STATIONDESK_RECOVERY_CODE", None)
            os.umask(umask)
            messages.set_language(language)
            _remove_translators(locale)
    return w


def _remove_translators(locale: QLocale) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
    QLocale.setDefault(locale)


def _recover(w: World, outputs: dict) -> list:
    """``user recover`` with the recovery code ``init`` showed once (the new password as before)."""
    code = re.search(r"keep it safe\): (\S+)", outputs[("init",)]).group(1)
    os.environ["STATIONDESK_RECOVERY_CODE"] = code
    return w.station(w.a, "user", "recover")


def _recover_city(w: World, outputs: dict) -> list:
    """``city user recover`` with the recovery code ``city init`` showed once."""
    os.environ["STATIONDESK_RECOVERY_CODE"] = re.search(r"keep it safe\): (\S+)", outputs[("city", "init")]).group(1)
    return w.city("user", "recover")


def _run_every_command(w: World) -> dict[tuple[str, ...], str]:
    usb = w.usb
    xlsx = usb / "volunteers.xlsx"

    def person_id():
        return w.one(w.a, "SELECT id FROM person ORDER BY name LIMIT 1")

    steps: list[tuple[tuple[str, ...], object]] = [
        (("init",), lambda: w.station(w.a, "init", "--station-code", "S-A", "--station-name", "Station A")),
        (("demo",), lambda: w.station(w.a, "demo", "--people", 60, "--seed", 1)),
        (("city", "init"), lambda: w.city("init", "--name", "City hub")),
        (
            ("city", "enroll"),
            lambda: w.city("enroll", "--station-code", "S-A", "--station-name", "Station A", "--out", usb / "a.json"),
        ),
        (("enroll",), lambda: w.station(w.a, "enroll", usb / "a.json")),
        (("export",), lambda: w.station(w.a, "export", "--to", usb / "a1.sdbundle")),
        (("city", "import"), lambda: w.city("import", usb / "a1.sdbundle")),
        (("city", "export"), lambda: w.city("export", "--station", "S-A", "--to", usb / "c1.sdbundle")),
        (("import",), lambda: w.station(w.a, "import", usb / "c1.sdbundle")),
        (("city", "edit"), lambda: w.city("edit", "person", person_id(), "notes=city note")),
        (None, lambda: _edit_at_station(w.a, person_id())),
        (None, lambda: w.station(w.a, "export", "--to", usb / "a2.sdbundle")),
        (None, lambda: w.city("import", usb / "a2.sdbundle")),
        (None, lambda: w.city("export", "--station", "S-A", "--to", usb / "c2.sdbundle")),
        (None, lambda: w.station(w.a, "import", usb / "c2.sdbundle")),
        (None, lambda: w.station(w.b, "init", "--station-code", "S-B", "--station-name", "Station B")),
        (("sync", "status"), lambda: w.station(w.a, "sync", "status")),
        (("stats",), lambda: w.station(w.a, "stats")),
        (("list",), lambda: w.station(w.a, "list", "people", "--limit", 5)),
        (("report",), lambda: w.station(w.a, "report")),
        (("daily-cap",), lambda: w.station(w.a, "daily-cap")),
        (("export-notice",), lambda: w.station(w.a, "export-notice", "needs", "--out", usb / "needs.xlsx")),
        (
            ("export-volunteers",),
            lambda: w.station(w.a, "export-volunteers", "volunteers", "--out", xlsx),
        ),
        (
            ("print", "assessment"),
            lambda: w.station(
                w.a,
                "print",
                "assessment",
                "--id",
                w.one(w.a, "SELECT id FROM assessment"),
                "--out",
                usb / "assessment.pdf",
            ),
        ),
        (
            ("print", "activity-signin"),
            lambda: w.station(
                w.a,
                "print",
                "activity-signin",
                "--activity",
                w.one(w.a, "SELECT id FROM activity"),
                "--out",
                usb / "activity.pdf",
            ),
        ),
        (
            ("print", "class-signin"),
            lambda: w.station(
                w.a,
                "print",
                "class-signin",
                "--class",
                w.one(w.a, "SELECT id FROM tutoring_class"),
                "--date",
                w.one(w.a, "SELECT day FROM tutoring_session"),
                "--out",
                usb / "cs.pdf",
            ),
        ),
        (
            ("print", "class-monthly"),
            lambda: w.station(
                w.a,
                "print",
                "class-monthly",
                "--class",
                w.one(w.a, "SELECT id FROM tutoring_class"),
                "--month",
                w.one(w.a, "SELECT substr(day, 1, 7) FROM tutoring_session"),
                "--out",
                usb / "cm.pdf",
            ),
        ),
        (
            ("print", "certificate"),
            lambda: w.station(
                w.a,
                "print",
                "certificate",
                "--volunteer",
                w.one(
                    w.a, "SELECT v.volunteer_number FROM volunteer v JOIN volunteer_shift s ON s.volunteer_id = v.id"
                ),
                "--from",
                "2025-01-01",
                "--to",
                "2026-12-31",
                "--out",
                usb / "cert.pdf",
            ),
        ),
        (
            ("print", "certificate-copy"),
            lambda: w.station(
                w.a,
                "print",
                "certificate-copy",
                "--serial",
                w.one(w.a, "SELECT serial FROM volunteer_certificate"),
                "--out",
                usb / "copy.pdf",
            ),
        ),
        (
            ("void-certificate",),
            lambda: w.station(
                w.a,
                "void-certificate",
                w.one(w.a, "SELECT serial FROM volunteer_certificate"),
                "--reason",
                "printed twice",
            ),
        ),
        (("print", "notice"), lambda: w.station(w.a, "print", "notice", "--out", usb / "notice.pdf")),
        (("import-roster",), lambda: w.station(w.b, "import-roster", xlsx, "--skip-invalid")),
        (("backup", "now"), lambda: w.station(w.a, "backup", "now")),
        (("backup", "list"), lambda: w.station(w.a, "backup", "list")),
        (("backup", "to-usb"), lambda: w.station(w.a, "backup", "to-usb", usb)),
        (
            ("backup", "restore"),
            lambda: w.station(w.a, "backup", "restore", sorted((w.a / "backups").glob("*"))[-1]),
        ),
        (("user", "add"), lambda: w.station(w.a, "user", "add", "lihua", "--role", "clerk", "--name", "Li Hua")),
        (("user", "list"), lambda: w.station(w.a, "user", "list")),
        (("user", "passwd"), lambda: w.station(w.a, "user", "passwd", "lihua")),
        (("user", "disable"), lambda: w.station(w.a, "user", "disable", "lihua")),
        (("audit", "verify"), lambda: w.station(w.a, "audit", "verify")),
        (("person-copy",), lambda: w.station(w.a, "person-copy", person_id(), "--out", usb / "person.pdf")),
        (
            ("person-erase",),
            lambda: w.station(
                w.a,
                "person-erase",
                w.one(w.a, "SELECT id FROM person WHERE is_elder ORDER BY name DESC LIMIT 1"),
                "--reason",
                "own request",
                "--receipt",
                usb / "receipt.pdf",
                "--yes",
            ),
        ),
        (("retention",), lambda: w.station(w.a, "retention", "--years", "1", "--dry-run")),
        (("user", "recover"), lambda: _recover(w, outputs)),
        (("city", "stats"), lambda: w.city("stats")),
        (("city", "report"), lambda: w.city("report")),
        (("city", "conflicts"), lambda: w.city("conflicts")),
        (("city", "resolve"), lambda: w.city("resolve", 1)),
        (("city", "user", "add"), lambda: w.city("user", "add", "viewer", "--role", "city_viewer")),
        (("city", "user", "list"), lambda: w.city("user", "list")),
        (("city", "user", "passwd"), lambda: w.city("user", "passwd", "viewer")),
        (("city", "user", "disable"), lambda: w.city("user", "disable", "viewer")),
        (("city", "user", "enable"), lambda: w.city("user", "enable", "viewer")),
        (("city", "user", "recover"), lambda: _recover_city(w, outputs)),
        (("sync", "conflicts"), lambda: w.station(w.a, "sync", "conflicts")),
        (("sync", "resolve"), lambda: w.station(w.a, "sync", "resolve", 1)),
        (("selftest",), lambda: w.station(w.a, "selftest")),
        # the second station and a conflict left open, for the city window
        (None, lambda: w.station(w.b, "demo", "--people", 20, "--seed", 2)),
        (
            None,
            lambda: w.city("enroll", "--station-code", "S-B", "--station-name", "Station B", "--out", usb / "b.json"),
        ),
        (None, lambda: w.station(w.b, "enroll", usb / "b.json")),
        (None, lambda: w.station(w.b, "export", "--to", usb / "b1.sdbundle")),
        (None, lambda: w.city("import", usb / "b1.sdbundle")),
        (None, lambda: w.city("edit", "person", person_id(), "notes=edited at the city")),
        (None, lambda: _edit_at_station(w.a, person_id())),
        (None, lambda: w.station(w.a, "export", "--to", usb / "a3.sdbundle")),
        (None, lambda: w.city("import", usb / "a3.sdbundle")),
    ]
    # "city gui" is the city window: test_the_city_window_is_in_english walks it
    assert {name for name, _ in steps if name} | {("city", "gui")} == set(_leaf_commands(build_parser()))
    outputs: dict[tuple[str, ...], str] = {}
    for name, argv in steps:
        arguments = argv()
        if arguments is None:
            continue
        code, out, err = _run(*arguments)
        assert code == 0, (name, err)
        if name:
            outputs[name] = out
    return outputs


def test_every_cli_command_answers_in_english(world):
    stored = _stored_texts(*world.databases())
    shown = {
        name: [line for line in out.splitlines() if chinese_outside([line], stored)]
        for name, out in world.outputs.items()
    }
    chinese = {" ".join(name): lines for name, lines in shown.items() if lines}
    assert not chinese, json.dumps(chinese, ensure_ascii=False, indent=1)


def _texts_of(root) -> list[str]:
    """What a user reads in a widget tree: labels, buttons, group titles, tab titles, tooltips,
    placeholders, combo items, table headers and the cells of the visible rows."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QTabWidget,
        QWidget,
    )

    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
            for row in range(min(model.rowCount(top), 20)):
                texts += [str(model.index(row, c).data() or "") for c in range(columns)]
    return [t for t in texts if t]


def test_every_station_page_and_the_assessment_form_are_in_english(qtbot, english, world):
    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database
    from stationdesk.services.accounts import log_in
    from stationdesk.ui.app import build_window

    database = Database.open(DataFolder(world.a))
    log_in(database, "admin", "an administrator password")  # every page: the administrator's
    window = build_window(DataFolder(world.a), database)
    qtbot.addWidget(window)
    window.show()
    stored = _stored_texts(*world.databases())
    shown = {}
    try:
        for spec in window.specs:
            page = window.open_page(spec.key)
            qtbot.waitUntil(window.ctx.db.is_idle)
            shown[spec.key] = chinese_outside(_texts_of(page), stored)
        assessment = window.open_page("assessment")
        elder = world.one(world.a, "SELECT elder_id FROM assessment ORDER BY assessed_on DESC")
        name = world.one(world.a, f"SELECT name FROM person WHERE id = '{elder}'")
        assessment.new_assessment((elder, name))
        qtbot.waitUntil(window.ctx.db.is_idle)
        with qtbot.waitSignal(assessment.sig_loaded):
            assessment.load_assessment(world.one(world.a, "SELECT id FROM assessment ORDER BY assessed_on DESC"))
        qtbot.waitUntil(window.ctx.db.is_idle)
        shown["assessment form"] = chinese_outside(_texts_of(assessment), stored)
        shown["main window"] = chinese_outside(
            [*_texts_of(window.menuBar()), window.statusBar().currentMessage()], stored
        )
    finally:
        qtbot.waitUntil(window.ctx.db.is_idle)
        window.ctx.db.stop()
        database.close()
    chinese = {key: texts for key, texts in shown.items() if texts}
    assert not chinese, json.dumps(chinese, ensure_ascii=False, indent=1)


def test_the_city_window_is_in_english(qtbot, english, world, city_login):
    from stationdesk.sync.hub import Hub
    from stationdesk.ui.city_window import CityWindow

    hub = Hub.open(str(world.hub_db))
    window = CityWindow(hub, city_login(hub, "admin", "an administrator password"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.runner.is_idle)
    stored = _stored_texts(*world.databases())
    shown = {}
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.waitUntil(window.runner.is_idle)
            shown[window.tabs.tabText(index)] = chinese_outside(_texts_of(window.tabs.widget(index)), stored)
        shown["window"] = chinese_outside([window.windowTitle(), window.summary.text()], stored)
    finally:
        qtbot.waitUntil(window.runner.is_idle)
        window.runner.stop()
        hub.close()
    chinese = {key: texts for key, texts in shown.items() if texts}
    assert not chinese, json.dumps(chinese, ensure_ascii=False, indent=1)
