"""人员档案 at scale: start-up, first rows and search refresh with 100,000 demo people.

    PYTHONPATH=src .venv/bin/python benchmarks/people.py [--data-dir DIR] [--people 100000] [--runs 5]

Makes (or reuses) a demo station with that many people, then measures, each in a fresh process:
  * start: from launching Python to an interactive main window (home page counts shown);
  * first rows: from opening 人员档案 to its first rows (and to the "共 N 人" count);
and, in one process, the refresh time of several searches (from the query being applied, after the
150 ms typing pause, to its first page and its count on screen), plus the next page while scrolling.
Goals (issue 2): start < 1.5 s, first rows < 1 s, search < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from suite import Measurement, Run, alternate

ROOT = Path(__file__).resolve().parents[1]
QUERIES = (  # label, search text, role, tag
    ("拼音首字母 wxy", "wxy", None, None),
    ("全拼 wangxiuying", "wangxiuying", None, None),
    ("中文姓名 王秀英", "王秀英", None, None),
    ("中文片段 秀英", "秀英", None, None),
    ("单字母 w", "w", None, None),
    ("电话尾号 5678", "5678", None, None),
    ("身份证尾号 002X", "002X", None, None),
    ("标签 独居", "", None, "独居"),
    ("儿童 + 留守儿童", "", "child", "留守儿童"),
    ("老人 + 高龄 + zh", "zh", "elder", "高龄"),
)


def run_cli(folder: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "stationdesk", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout


def ensure_demo(folder: Path, people: int) -> None:
    if (folder / "stationdesk.sqlite3").exists():
        stats = json.loads(run_cli(folder, "stats", "--json"))
        if stats.get("people") == people:
            print(f"reusing {folder} ({people} people)")
            return
        raise SystemExit(f"{folder} holds {stats.get('people')} people, not {people}; choose another --data-dir")
    started = time.perf_counter()
    run_cli(folder, "demo", "--people", str(people))
    print(f"demo station with {people} people made in {time.perf_counter() - started:.1f} s")


def wait(app, condition, timeout_s: float = 30.0) -> None:
    """Run the event loop until ``condition()``; it sleeps between events like a real session (a busy
    loop would steal the interpreter from the database thread and slow it down)."""
    from PySide6.QtCore import QEventLoop, QTimer

    waker = QTimer(interval=20)
    waker.start()
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    waker.stop()


def measure_start(folder: Path, launched_at: float, typing: float = 0.0) -> None:
    """Child process: print seconds from launch to interactive window, and to the people page's rows.
    The start is the program's own path (``ui.app.start_window``): the login dialog shown
    (``login_shown``) while the database opens behind it, then the demo administrator's login — its
    deliberate Argon2id check, and the wait for the whole-file integrity check, included — and the
    main window with its home page filled. The password is given as soon as the dialog is on screen,
    or after ``typing`` seconds of the dialog's event loop, as a person types it (``answered``: when)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from stationdesk.config import DataFolder
    from stationdesk.demo_station import DEMO_PASSWORD
    from stationdesk.ui.app import application, install_translations, start_window
    from stationdesk.ui.context import UiSettings
    from stationdesk.ui.dialogs.login_dialog import LoginDialog

    shown: dict[str, float] = {}

    def answer(cls, parent=None, error="", station=""):
        dialog = cls(parent, error, station)
        dialog.show()
        app.processEvents()
        shown.setdefault("login", time.time() - launched_at)
        typed_by = time.perf_counter() + typing
        wait(app, lambda: time.perf_counter() >= typed_by)
        dialog.close()
        shown["answered"] = time.time() - launched_at
        return "admin", DEMO_PASSWORD

    LoginDialog.ask = classmethod(answer)
    data = DataFolder(folder)
    app = application()
    install_translations(app, UiSettings.load(data).language)
    window = start_window(data)
    database = window.ctx.db.database
    wait(app, window.ctx.db.is_idle)  # home page counts are in
    app.processEvents()
    interactive = time.time() - launched_at
    opened = time.perf_counter()
    page = window.open_page("people")
    wait(app, lambda: page.model.rowCount() > 0)
    app.processEvents()
    first_rows = time.perf_counter() - opened
    wait(app, lambda: page.model.total is not None)
    with_count = time.perf_counter() - opened
    print(
        json.dumps(
            {
                "start": interactive,
                "login_shown": shown["login"],
                "answered": shown["answered"],
                "first_rows": first_rows,
                "with_count": with_count,
                "rows": page.model.rowCount(),
                "count_label": page.count_label.text(),
            }
        )
    )
    window.close()
    database.close()


def measure_bare_start(launched_at: float) -> None:
    """Child process: the floor of start-up, a bare PySide6 main window started the same way."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    print(json.dumps({"start": time.time() - launched_at}))
    window.close()


def measure_memory(folder: Path) -> None:
    """Child process: open every page of the main window, let each finish loading, then print the
    resident memory (now and at its peak)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from stationdesk.config import DataFolder
    from stationdesk.services.accounts import log_in
    from stationdesk.services.demo import DEMO_PASSWORD
    from stationdesk.ui.app import application, build_window, install_translations, open_database

    data = DataFolder(folder)
    app = application()
    install_translations(app, "zh")
    database = open_database(data)
    log_in(database, "admin", DEMO_PASSWORD)  # as the administrator: every page shows its records
    window = build_window(data, database)
    window.show()
    wait(app, window.ctx.db.is_idle)
    for spec in window.specs:
        window.open_page(spec.key)
        app.processEvents()
        wait(app, window.ctx.db.is_idle)
    app.processEvents()
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    print(
        json.dumps(
            {
                "rss_mb": int(status["VmRSS"].split()[0]) / 1024,
                "peak_mb": int(status["VmHWM"].split()[0]) / 1024,
                "pages": len(window.specs),
            }
        )
    )
    window.close()
    database.close()


def child_figures(*args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    # started as installed: with its modules' bytecode (the installer ships it). Without this a
    # shell with PYTHONDONTWRITEBYTECODE compiles ~200 of our modules from source on every start,
    # which the bare window, made only of compiled PySide6, never pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "stationdesk-bench-pycache")
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def measure(run: Run):
    """Start to an interactive main window (home page counts in) with 100,000 people and every
    feature installed, against a bare PySide6 main window; each a fresh process, alternately."""
    people = 20_000 if run.quick else 100_000
    folder = run.work / "demo"
    run.say(f"demo station with {people:,} people")
    ensure_demo(folder, people)

    login_shown: list[float] = []
    waited: list[float] = []  # a person's waits: for the dialog, then from the password to the window

    def ours() -> float:
        at_once = child_figures("--data-dir", str(folder), "--measure-start", str(time.time()))
        typed = child_figures(
            "--data-dir", str(folder), "--measure-start", str(time.time()), "--typing", str(TYPING_SECONDS)
        )
        login_shown.append(at_once["login_shown"])
        waited.append(typed["login_shown"] + typed["start"] - typed["answered"])
        return at_once["start"]

    def bare() -> float:
        return child_figures("--measure-bare", str(time.time()))["start"]

    ours(), bare()  # untimed: the bytecode is written once, as an installation has it
    login_shown.clear()
    waited.clear()
    mine, floor = alternate(max(run.repeats, 3), ours, bare)
    yield Measurement(
        f"start to the login dialog on screen, {people:,} people, every feature", "s", login_shown, 4.0, floor
    )
    yield Measurement(
        f"start to interactive main window, login included, {people:,} people, every feature",
        "s",
        mine,
        4.0,
        floor,
        START_FLOOR,
    )
    yield Measurement(
        f"start as a person waits for it: to the login dialog, then from the password (typed in "
        f"{TYPING_SECONDS:.0f} s) to the filled window, {people:,} people",
        "s",
        waited,
        4.0,
        floor,
        TYPED_START,
    )


TYPING_SECONDS = 3.0
TYPED_START = (
    "start as a person waits for it: the same start, the password given after the dialog has been on "
    f"screen {TYPING_SECONDS:.0f} s (its event loop running, as while a person types); the time to the "
    "dialog plus the time from the password to the filled window, the typing itself left out. This is the "
    "row the 4x goal means: nobody can use the window before typing a password, so the program's own waits "
    "are the dialog's and those after the password; the password-at-once row stays beside it, judged by "
    "the same 4x, as the bound of the opening work done behind the dialog."
)
START_FLOOR = (
    "start floor: a bare PySide6 QMainWindow shown in a fresh Python process (offscreen), timed from launch "
    "like the program's start: the login dialog shown, the administrator's login (Argon2id) given at once and "
    "waiting for the whole-file integrity check, the main window with its home page filled. Both with bytecode "
    "cached, as installed."
)


def measure_searches(folder: Path, runs: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from stationdesk.config import DataFolder
    from stationdesk.ui.app import application, build_window, install_translations, open_database

    data = DataFolder(folder)
    app = application()
    install_translations(app, "zh")
    database = open_database(data)
    window = build_window(data, database)
    window.show()
    page = window.open_page("people")
    wait(app, page.is_settled)
    results = {}
    for label, text, role, tag in QUERIES:
        times, row_times = [], []
        for _ in range(runs):
            page.role.blockSignals(True)
            page.tag.blockSignals(True)
            page.search.blockSignals(True)
            page.search.setText(text)
            page.role.setCurrentIndex(page.role.findData(role))
            page.tag.setCurrentIndex(page.tag.findData(tag) if tag else 0)
            for widget in (page.role, page.tag, page.search):
                widget.blockSignals(False)
            started = time.perf_counter()
            page.apply_filters()
            wait(app, lambda: not page.model.is_loading())
            app.processEvents()  # the rows are painted
            row_times.append((time.perf_counter() - started) * 1000)
            wait(app, lambda: page.is_settled() and page.model.total is not None)
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
        results[label] = {
            "rows_ms": statistics.median(row_times),
            "median_ms": statistics.median(times),
            "max_ms": max(times),
            "count": page.model.total,
            "first": page.model.person_at(0).display_name if page.model.rowCount() else "",
        }
        print(
            f"  {label:<22} rows {results[label]['rows_ms']:5.1f} ms, with count "
            f"{results[label]['median_ms']:5.1f} ms (max {max(times):5.1f})  "
            f"共 {page.model.total} 人  first: {results[label]['first']}"
        )
    # Scrolling: the next page of the whole list.
    page.search.setText("")
    page.role.setCurrentIndex(0)
    page.tag.setCurrentIndex(0)
    page.apply_filters()
    wait(app, page.is_settled)
    times = []
    for _ in range(runs):
        rows = page.model.rowCount()
        started = time.perf_counter()
        page.model.fetchMore()
        wait(app, lambda rows=rows: page.model.rowCount() > rows)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    results["next page (scroll)"] = {"median_ms": statistics.median(times), "max_ms": max(times)}
    print(f"  {'next page (scroll)':<22} {statistics.median(times):6.1f} ms (max {max(times):6.1f})")
    window.close()
    database.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", default="/tmp/stationdesk-bench-people")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--measure-start", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--typing", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--measure-bare", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--measure-memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = Path(args.data_dir)
    if args.measure_start is not None:
        measure_start(folder, args.measure_start, args.typing)
        return
    if args.measure_bare is not None:
        measure_bare_start(args.measure_bare)
        return
    if args.measure_memory:
        measure_memory(folder)
        return
    ensure_demo(folder, args.people)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    starts = []
    print("start to interactive window, then 人员档案 first rows (fresh process each):")
    for _ in range(args.runs):
        launched = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--data-dir", str(folder), "--measure-start", str(launched)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        figures = json.loads(out.strip().splitlines()[-1])
        starts.append(figures)
        print(
            f"  start {figures['start'] * 1000:6.0f} ms   first rows {figures['first_rows'] * 1000:5.0f} ms   "
            f"with count {figures['with_count'] * 1000:5.0f} ms   ({figures['count_label']})"
        )
    print(
        f"median: start {statistics.median(s['start'] for s in starts) * 1000:.0f} ms, first rows "
        f"{statistics.median(s['first_rows'] for s in starts) * 1000:.0f} ms, with count "
        f"{statistics.median(s['with_count'] for s in starts) * 1000:.0f} ms"
    )
    print(f"search refresh (median of {args.runs}; the 150 ms typing pause comes before this):")
    measure_searches(folder, args.runs)


if __name__ == "__main__":
    main()
