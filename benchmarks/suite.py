"""What every benchmark module shares with ``run_all.py``: how a run is asked for and what a
measurement is. A module joins the suite by defining ``measure(run: Run) -> Iterable[Measurement]``
(see benchmarks/README.md, "Adding a benchmark").

A measurement is either a ratio (our time against a floor measured side by side in the same run:
the same work done by the bare tool, e.g. plain sqlite3 or reportlab alone) or an absolute limit (a
due list within 100 ms). ``ours`` and ``floor`` hold one figure per repeat, taken alternately, so
that load from other work on the machine falls on both; the table shows the median and the spread.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"


@dataclass
class Run:
    """What ``run_all.py`` asks of a module: a full or a quick (smaller) run, how many repeats, the
    PostgreSQL server to use if any, and a scratch folder of its own (removed afterwards)."""

    quick: bool
    repeats: int
    pg_url: str | None
    work: Path

    def say(self, text: str) -> None:
        """A progress line for the person watching (stderr; the table goes to stdout)."""
        print(f"  … {text}", file=sys.stderr, flush=True)


@dataclass
class Measurement:
    path: str  # what was measured, for a reader: "PostgreSQL hub import, 1,000,000 records"
    unit: str  # "s", "ms" or "MB"
    ours: list[float]
    goal: float  # the highest ratio to the floor, or without a floor the highest value
    floor: list[float] = field(default_factory=list)
    floor_what: str = ""  # the floor's work, for the notes under the table
    note: str = ""

    @property
    def ratios(self) -> list[float]:
        return [mine / max(bare, 1e-9) for mine, bare in zip(self.ours, self.floor, strict=True)]

    @property
    def judged(self) -> float:
        """The median ratio (or value): what the goal is compared with."""
        return statistics.median(self.ratios if self.floor else self.ours)

    @property
    def met(self) -> bool:
        return self.judged <= self.goal

    def as_dict(self) -> dict:
        out = {
            "path": self.path,
            "unit": self.unit,
            "ours": [round(v, 4) for v in self.ours],
            "goal": self.goal,
            "judged": round(self.judged, 3),
            "met": self.met,
        }
        if self.floor:
            out.update(floor=[round(v, 4) for v in self.floor], floor_what=self.floor_what)
            out["ratios"] = [round(r, 3) for r in self.ratios]
        if self.note:
            out["note"] = self.note
        return out


def alternate(repeats: int, ours: Callable[[], float], floor: Callable[[], float]) -> tuple[list, list]:
    """Run the floor and ours one after the other ``repeats`` times; each returns its figure."""
    mine, bare = [], []
    for _ in range(repeats):
        bare.append(floor())
        mine.append(ours())
    return mine, bare


def seconds(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss would include the parent's before exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def child(script: Path, *args: str, env: dict | None = None) -> dict:
    """Run ``script --phase ...`` style work in a fresh Python process and return the JSON object
    it printed last (each phase's memory is then its own, and imports are not shared)."""
    done = subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC), **(env or {})},
    )
    if done.returncode != 0:
        raise RuntimeError(f"{script.name} {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
