"""Where features announce what they add to the shared commands, without editing them.

- ``@counter("visits")``: a count for ``stationdesk stats --json``.
- ``@lister("visits")``: records of a kind for ``stationdesk list visits --json``.
- ``@demo_step(order)``: a step of ``stationdesk demo`` (lower order runs first).
- ``@printer(name, arguments)``: a target of ``stationdesk print NAME ... --out FILE.pdf``;
  ``arguments`` is a list of ``((flags...), {argparse kwargs})`` and the function is
  ``(session, args_namespace) -> (pdf_bytes, suggested_name)``.

``load_features()`` imports every module of ``stationdesk.services`` so their decorators run.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

Counter = Callable[[Session], int | float]
Lister = Callable[[Session, int, str], list[dict[str, Any]]]

COUNTERS: dict[str, Counter] = {}
LISTERS: dict[str, Lister] = {}


@dataclass(frozen=True)
class DemoStep:
    order: int
    name: str
    run: Callable[..., Any]     # run(session, rng, options) -> None; options: DemoOptions


DEMO_STEPS: list[DemoStep] = []

PrinterArgument = tuple[tuple[str, ...], dict[str, Any]]


@dataclass(frozen=True)
class PrintTarget:
    name: str
    arguments: tuple[PrinterArgument, ...]
    run: Callable[[Session, Any], tuple[bytes, str]]    # run(session, args) -> (pdf bytes, suggested file name)
    help: str = ""


PRINTERS: dict[str, PrintTarget] = {}


def counter(name: str) -> Callable[[Counter], Counter]:
    def register(function: Counter) -> Counter:
        COUNTERS[name] = function
        return function
    return register


def lister(kind: str) -> Callable[[Lister], Lister]:
    """``function(session, limit, query_text) -> list of JSON-ready dicts``, each with its ``id``."""
    def register(function: Lister) -> Lister:
        LISTERS[kind] = function
        return function
    return register


def demo_step(order: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        DEMO_STEPS.append(DemoStep(order, function.__qualname__, function))
        DEMO_STEPS.sort(key=lambda step: step.order)
        return function
    return register


def printer(name: str, arguments: list[PrinterArgument] | tuple[PrinterArgument, ...] = (),
            help: str = "") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A printout for ``stationdesk print NAME``; the function builds the PDF, the command writes and audits it."""
    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        PRINTERS[name] = PrintTarget(name, tuple(arguments), function, help or (function.__doc__ or "").strip())
        return function
    return register


def load_features() -> None:
    import stationdesk.services as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")


def json_ready(value: Any) -> Any:
    """Dataclasses, dates, tuples and enums turned into what ``json.dumps`` accepts."""
    import dataclasses
    import enum
    from datetime import date, datetime, time

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: json_ready(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_ready(v) for v in value]
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def collect_stats(session: Session) -> dict[str, int | float]:
    load_features()
    return {name: COUNTERS[name](session) for name in sorted(COUNTERS)}
