"""Every benchmark with its floor beside it, in one run, as one table: path, our time, floor, ratio,
goal, met or not. Results go to benchmarks/results/ with the date and the commit; a full run also
puts its table in benchmarks/README.md.

    scripts/bench [--quick] [--repeats 3] [--only sync,printouts]      (starts a throwaway PostgreSQL)
    PYTHONPATH=src .venv/bin/python benchmarks/run_all.py [--quick] [--pg URL] ...

A module of benchmarks/ joins by defining ``measure(run)`` (benchmarks/suite.py says what it gets
and what it returns); nothing here names a module.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent / "src"))

from suite import Measurement, Run  # noqa: E402

RESULTS = HERE / "results"
README = HERE / "README.md"
BEGIN, END = "<!-- run_all: latest table, begin -->", "<!-- run_all: latest table, end -->"


def benchmark_modules(only: set[str] | None) -> list:
    """Each benchmarks/*.py with a ``measure`` function, loaded under a name of its own (a file
    called statistics.py must not stand in for the standard library's), in ``ORDER`` then name."""
    found = []
    for path in sorted(HERE.glob("*.py")):
        if path.stem in ("run_all", "suite") or (only and path.stem not in only):
            continue
        spec = importlib.util.spec_from_file_location(f"stationdesk_benchmark_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        if callable(getattr(module, "measure", None)):
            found.append((getattr(module, "ORDER", 100), path.stem, module))
    return [(stem, module) for _, stem, module in sorted(found, key=lambda item: item[:2])]


def _figure(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"
    if unit == "ms":
        return f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def _spread(values: list[float], show) -> str:
    if len(values) < 2:
        return show(values[0])
    return f"{show(sorted(values)[len(values) // 2])} ({show(min(values))}–{show(max(values))})"


def table_lines(measurements: list[Measurement]) -> list[str]:
    lines = ["| path | ours | floor | ratio | goal | met |", "|---|---|---|---|---|---|"]
    for m in measurements:
        ours = _spread(m.ours, lambda v, u=m.unit: _figure(v, u))
        if m.floor:
            floor = _spread(m.floor, lambda v, u=m.unit: _figure(v, u))
            ratio = _spread(m.ratios, lambda v: f"{v:.2f}×")
            goal = f"≤ {m.goal:g}×"
        else:
            floor, ratio, goal = "—", "—", f"≤ {_figure(m.goal, m.unit)}"
        lines.append(f"| {m.path} | {ours} | {floor} | {ratio} | {goal} | {'yes' if m.met else '**no**'} |")
    return lines


def floor_notes(measurements: list[Measurement]) -> list[str]:
    notes, seen = [], set()
    for m in measurements:
        for text in (m.floor_what, m.note):
            if text and text not in seen:
                seen.add(text)
                notes.append(f"- {text}")
    return notes


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=HERE, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def machine(pg_url: str | None) -> dict:
    info = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }
    if pg_url:
        from sqlalchemy import create_engine

        engine = create_engine(pg_url)
        with engine.connect() as connection:
            info["postgresql"] = connection.exec_driver_sql("SHOW server_version").scalar()
            info["postgresql_fsync"] = connection.exec_driver_sql("SHOW fsync").scalar()
        engine.dispose()
    return info


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes: a few minutes")
    parser.add_argument("--repeats", type=int, default=3, help="figures per measurement, taken alternately")
    parser.add_argument("--pg", default=os.environ.get("STATIONDESK_TEST_PG_URL"), help="PostgreSQL for the hub")
    parser.add_argument("--only", help="comma-separated module names (sync,printouts,...)")
    parser.add_argument("--no-readme", action="store_true", help="do not put the table in benchmarks/README.md")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    started_at = datetime.now(UTC)
    commit = _git("rev-parse", "--short", "HEAD") + ("+changes" if _git("status", "--porcelain", "--", "..") else "")
    load_before = os.getloadavg()
    measurements: list[Measurement] = []
    failed: list[str] = []
    work_root = Path(tempfile.mkdtemp(prefix="sd-suite-"))
    try:
        for stem, module in benchmark_modules(only):
            print(f"{stem}:", file=sys.stderr, flush=True)
            run = Run(args.quick, max(args.repeats, 1), args.pg, work_root / stem)
            run.work.mkdir(parents=True)
            begun = time.perf_counter()
            try:
                for measurement in module.measure(run):
                    measurements.append(measurement)
                    print("\n".join(table_lines([measurement])[2:]), flush=True)
            except Exception:  # noqa: BLE001 - one module's failure is reported, the others still run
                traceback.print_exc()
                failed.append(stem)
            finally:
                shutil.rmtree(run.work, ignore_errors=True)
            print(f"  {stem} took {time.perf_counter() - begun:.0f} s", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work_root, ignore_errors=True)
    load_after = os.getloadavg()
    run_info = {
        "date": started_at.strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "quick": args.quick,
        "repeats": args.repeats,
        "load_average_before": [round(v, 2) for v in load_before],
        "load_average_after": [round(v, 2) for v in load_after],
        "machine": machine(args.pg),
        "failed_modules": failed,
    }
    text = report_text(run_info, measurements)
    print("\n" + text)
    RESULTS.mkdir(exist_ok=True)
    stem = f"suite-{started_at.strftime('%Y-%m-%dT%H%M')}-{commit or 'unknown'}{'-quick' if args.quick else ''}"
    (RESULTS / f"{stem}.json").write_text(
        json.dumps({**run_info, "measurements": [m.as_dict() for m in measurements]}, ensure_ascii=False, indent=1)
        + "\n",
        encoding="utf-8",
    )
    (RESULTS / f"{stem}.md").write_text(text + "\n", encoding="utf-8")
    if not args.quick and not args.no_readme and not only:
        put_in_readme(text)
    return 0 if measurements and not failed and all(m.met for m in measurements) else 1


def report_text(run_info: dict, measurements: list[Measurement]) -> str:
    info = run_info["machine"]
    pg = ""
    if "postgresql" in info:
        pg = f", PostgreSQL {info['postgresql']} (fsync={info['postgresql_fsync']})"
    head = (
        f"Run of {run_info['date']}, commit {run_info['commit']}{' (quick)' if run_info['quick'] else ''}: "
        f"{run_info['repeats']} figures each, ours and floor alternately; median (min–max). "
        f"{info['cpus']} CPUs, Python {info['python']}, SQLite {info['sqlite']}{pg}; load average "
        f"{run_info['load_average_before'][0]:.1f} before, {run_info['load_average_after'][0]:.1f} after."
    )
    lines = [head, "", *table_lines(measurements)]
    if run_info["failed_modules"]:
        lines += ["", f"Failed (see the run's output): {', '.join(run_info['failed_modules'])}."]
    notes = floor_notes(measurements)
    if notes:
        lines += ["", "Floors and notes:", *notes]
    return "\n".join(lines)


def put_in_readme(text: str) -> None:
    readme = README.read_text(encoding="utf-8")
    if BEGIN in readme and END in readme:
        before, rest = readme.split(BEGIN, 1)
        after = rest.split(END, 1)[1]
        README.write_text(f"{before}{BEGIN}\n{text}\n{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
