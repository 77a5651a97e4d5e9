"""Hybrid logical clock: versions that sort in the order writes happened, across stations.

A version is text ``"<wall-ms, 13 digits>-<counter, 4 digits>"`` so plain string order is time
order. The clock never goes backwards, even when a PC's clock is set back or a bundle from a
station with a fast clock is imported (``observe``). Ties between stations are broken by the
station code, outside the clock (DESIGN.md, Data).
"""

from __future__ import annotations

import time
from collections.abc import Callable

_COUNTER_LIMIT = 10_000


def format_version(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:013d}-{counter:04d}"


def parse_version(version: str) -> tuple[int, int]:
    wall, _, counter = version.partition("-")
    if len(wall) != 13 or len(counter) != 4 or not (wall + counter).isascii() or not (wall + counter).isdigit():
        raise ValueError(f"not a clock version: {version!r}")
    return int(wall), int(counter)


class HybridClock:
    def __init__(self, last: str | None = None, now_ms: Callable[[], int] | None = None) -> None:
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._wall, self._counter = parse_version(last) if last else (0, 0)

    @property
    def last(self) -> str:
        return format_version(self._wall, self._counter)

    def tick(self) -> str:
        """A new version, later than every version this clock has made or observed."""
        now = self._now_ms()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._counter += 1
            if self._counter >= _COUNTER_LIMIT:
                self._wall, self._counter = self._wall + 1, 0
        return self.last

    def observe(self, remote: str) -> None:
        """Move past a version seen from elsewhere, so our next write sorts after it."""
        wall, counter = parse_version(remote)
        if (wall, counter) > (self._wall, self._counter):
            self._wall, self._counter = wall, counter
