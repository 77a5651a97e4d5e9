"""``stationdesk selftest``: whether this copy of the program (installed, from a wheel, or frozen by
PyInstaller) has everything it needs, checked on this machine:

- the data folder's database: sound, at the migration heads, with a station;
- the migrations on a new database, and on an older one when ``--older-database`` names one (a copy
  is upgraded, never the file itself);
- the Qt plugins: the platform, image formats, print support and QtPdf (a page is rendered);
- the translations: ours for English, Qt's own for Chinese and English;
- printing: a PDF with Chinese text, its font embedded, read back through QtPdf;
- every page of the main window opens, in the interface language (``--lang`` or the settings).

Each check prints one line; the exit code is 0 only when all pass.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from stationdesk import messages
from stationdesk.config import DataFolder
from stationdesk.db import backups, migrate
from stationdesk.db.database import Database
from stationdesk.errors import StationDeskError

CHINESE_SAMPLE = "社区服务站签到表：王秀英"


class CheckFailed(Exception):
    """A check found a problem; the text says which."""


def run_selftest(
    folder: DataFolder, out=sys.stdout, older_database: Path | None = None, language: str | None = None
) -> int:
    def say(text: str) -> None:
        print(text, file=out, flush=True)

    failures = 0

    def check(name: str, run: Callable[[], str]) -> bool:
        nonlocal failures
        try:
            detail = run()
        except (CheckFailed, StationDeskError, OSError) as problem:
            failures += 1
            say(messages.text("selftest.failed", check=messages.text(name), detail=problem))
            return False
        say(messages.text("selftest.ok", check=messages.text(name), detail=detail))
        return True

    say(messages.text("selftest.folder", path=folder.root))
    database: list[Database] = []
    check("selftest.check.database", lambda: _station_database(folder, database))
    check("selftest.check.new_database", _new_database)
    if older_database is not None:
        check("selftest.check.older_database", lambda: _older_database(Path(older_database)))
    else:
        say(messages.text("selftest.skipped", check=messages.text("selftest.check.older_database")))

    from stationdesk.ui.app import application

    app = application(windowless=True)
    check("selftest.check.qt_plugins", _qt_plugins)
    check("selftest.check.translations", lambda: _translations(app))
    check("selftest.check.printing", _printing)
    if database and database[0].station is not None:
        failures += _pages(app, folder, database[0], language, say)
    elif database:  # no station yet: its failed check above says so; the pages need one
        say(messages.text("selftest.pages_skipped"))
    if database:
        database[0].close()
    say(messages.text("selftest.passed") if not failures else messages.text("selftest.failures", count=failures))
    return 0 if not failures else 1


def _station_database(folder: DataFolder, opened: list[Database]) -> str:
    database = Database.open(folder)
    opened.append(database)
    problems = database.integrity_problems()
    if problems:
        raise CheckFailed("integrity_check: " + "; ".join(problems[:5]))
    _at_heads(database)
    if database.station is None:
        raise CheckFailed(messages.text("station.not_initialised"))
    return f"{database.station.code} {database.station.name}; {', '.join(sorted(migrate.script_heads()))}"


def _at_heads(database: Database) -> None:
    with database.engine.connect() as connection:
        revisions = migrate.database_revisions(connection)
    if revisions != migrate.script_heads():
        raise CheckFailed(f"revisions {sorted(revisions)} != heads {sorted(migrate.script_heads())}")


def _new_database() -> str:
    with tempfile.TemporaryDirectory(prefix="stationdesk-selftest-") as scratch:
        database = Database.open(DataFolder(Path(scratch)))
        try:
            _at_heads(database)
            if database.integrity_problems():
                raise CheckFailed("integrity_check")
        finally:
            database.close()
    return messages.text("selftest.revisions", count=len(migrate.known_revisions()))


def _older_database(source: Path) -> str:
    before = backups.read_contents(source)  # also refuses a file that is not a StationDesk database
    with tempfile.TemporaryDirectory(prefix="stationdesk-selftest-") as scratch:
        folder = DataFolder(Path(scratch)).ensure()
        shutil.copyfile(source, folder.database)
        database = Database.open(folder)
        try:
            _at_heads(database)
            if database.integrity_problems():
                raise CheckFailed("integrity_check")
        finally:
            database.close()
        after = backups.read_contents(folder.database)
        if set(before.revisions) != set(migrate.script_heads()) and not backups.list_backups(folder.backups):
            raise CheckFailed("no backup was made before the upgrade")
    lost = {t: n for t, n in before.counts.items() if after.counts.get(t, 0) < n}
    if lost or after.station_code != before.station_code:
        raise CheckFailed(f"records lost in the upgrade: {lost}")
    return messages.text(
        "selftest.upgraded",
        old=", ".join(before.revisions),
        people=after.people,
        records=after.records,
    )


def _qt_plugins() -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QImageReader, QPageSize, QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView  # noqa: F401  (the preview dialog's view)
    from PySide6.QtPrintSupport import QPrinter

    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpg", "ico"} - formats
    if missing:
        raise CheckFailed(f"image formats missing: {sorted(missing)}")
    with tempfile.TemporaryDirectory(prefix="stationdesk-selftest-") as scratch:
        target = Path(scratch) / "page.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(target))
        painter = QPainter()
        if not painter.begin(printer):
            raise CheckFailed("QPrinter cannot print to a PDF file")
        painter.drawText(100, 100, "StationDesk")
        painter.end()
        data = target.read_bytes()
    document, _buffer = _pdf_document(data)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
        raise CheckFailed(f"QtPdf cannot read a PDF ({document.status()})")
    image = document.render(0, QSize(120, 170))
    if image.isNull():
        raise CheckFailed("QtPdf cannot render a page")
    return messages.text("selftest.plugins", platform=QGuiApplication.platformName(), formats=len(formats))


def _translations(app) -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from stationdesk.resources import resource_path

    ours = QTranslator()
    if not ours.load(str(resource_path("translations", "stationdesk_en.qm"))):
        raise CheckFailed("stationdesk_en.qm not found")
    if ours.translate("MainWindow", "数据同步") != "Sync":
        raise CheckFailed("stationdesk_en.qm does not translate the main window")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for locale in ("zh_CN", "en_US"):
        qtbase = QTranslator()
        # English is Qt's source language: en has no qtbase file, and that is fine
        if not qtbase.load(QLocale(locale), "qtbase", "_", qt_folder) and locale != "en_US":
            raise CheckFailed(f"Qt's own {locale} translation is missing in {qt_folder}")
    return "zh, en"


def _printing() -> str:
    from io import BytesIO

    from stationdesk.printing.fonts import print_font
    from stationdesk.printing.template import StationDocument

    font = print_font()
    if not font.embedded:
        raise CheckFailed(messages.text("selftest.no_font"))
    out = BytesIO()
    doc = StationDocument(out, "自检", "StationDesk", printed_on=date.today())
    doc.build([doc.title_block(CHINESE_SAMPLE), doc.paragraph(CHINESE_SAMPLE)])
    data = out.getvalue()
    if b"/FontFile2" not in data:
        raise CheckFailed("the PDF does not embed its font")
    document, _buffer = _pdf_document(data)
    text = document.getAllText(0).text() if document.pageCount() else ""
    if CHINESE_SAMPLE not in text.replace("\n", ""):
        raise CheckFailed(f"the printed Chinese does not read back: {text[:40]!r}")
    return messages.text("selftest.printed", font=Path(font.path or "").name, size=len(data) // 1024 + 1)


def _pdf_document(data: bytes):
    """A QPdfDocument of ``data``, with the buffer it reads from (keep both alive together)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def _pages(app, folder: DataFolder, database: Database, language: str | None, say) -> int:
    from stationdesk.services import registry
    from stationdesk.services.accounts import program_actor
    from stationdesk.ui.app import build_window, install_translations
    from stationdesk.ui.context import UiSettings

    registry.load_features()
    install_translations(app, language or UiSettings.load(folder).language)
    database.actor = program_actor("selftest")  # every page must open; the log says the self-test did it
    window = build_window(folder, database)
    window.show()
    failures = 0
    for spec in window.specs:
        try:
            window.open_page(spec.key)
            _settle(app, window)
            say(messages.text("selftest.page", key=spec.key, title=spec.title()))
        except Exception as error:  # noqa: BLE001 - report every page, then fail
            failures += 1
            say(messages.text("selftest.page_failed", key=spec.key, error=repr(error)))
    window.close()
    return failures


def _settle(app, window, timeout_ms: int = 10_000) -> None:
    """Let the page's first database calls finish, so their errors surface here."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not window.ctx.db.is_idle() and not deadline.hasExpired():
        # Sleep until an event arrives instead of spinning, so the database thread gets the CPU.
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()


messages.register(
    {
        "selftest.folder": "数据文件夹 data folder: {path}",
        "selftest.ok": "{check}：正常（{detail}）",
        "selftest.failed": "失败 FAILED {check}：{detail}",
        "selftest.skipped": "{check}：跳过（用 --older-database 指定一个旧版本的数据库）",
        "selftest.pages_skipped": "各页面：跳过（先用 stationdesk init 建立站点）",
        "selftest.check.database": "本站数据库",
        "selftest.check.new_database": "新数据库的迁移",
        "selftest.check.older_database": "旧数据库的升级",
        "selftest.check.qt_plugins": "Qt 插件（含 QtPdf）",
        "selftest.check.translations": "界面翻译",
        "selftest.check.printing": "中文打印",
        "selftest.revisions": "共 {count} 个迁移",
        "selftest.upgraded": "从 {old} 升级，人员 {people} 人，记录 {records} 条，一条未少",
        "selftest.plugins": "平台 {platform}，{formats} 种图片格式，打印与 PDF",
        "selftest.printed": "字体 {font} 已嵌入，{size} KB",
        "selftest.no_font": "找不到可嵌入的中文字体（Windows：微软雅黑、黑体或宋体；Linux：文泉驿或 Noto）",
        "selftest.page": "页面 page {key} ({title}): ok",
        "selftest.page_failed": "失败 FAILED page {key}: {error}",
        "selftest.passed": "自检通过 selftest passed",
        "selftest.failures": "自检失败 selftest failed: {count}",
    }
)
