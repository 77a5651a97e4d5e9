"""Where features announce what they add to the shared commands, without editing them.

- ``@counter("visits", reads=("visit",))``: a count for ``stationdesk stats --json``, with the
  tables it reads (a screen showing it refreshes when one of them changes).
- ``@lister("visits")``: records of a kind for ``stationdesk list visits --json``.
- ``@demo_step(order)``: a step of ``stationdesk demo`` (lower order runs first).
- ``@printer("assessment", arguments=[(("--id",), {"required": True})])``: a target of
  ``stationdesk print assessment --id ID --out FILE.pdf``.

``load_features()`` imports every module of ``stationdesk.services`` so their decorators run.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

Counter = Callable[[Session], int | float]
Lister = Callable[[Session, int, str], list[dict[str, Any]]]

COUNTERS: dict[str, Counter] = {}
COUNTER_READS: dict[str, frozenset[str]] = {}
LISTERS: dict[str, Lister] = {}


@dataclass(frozen=True)
class PrintTarget:
    name: str
    arguments: list[tuple[tuple, dict]]  # argparse add_argument(*args, **kwargs) pairs, besides --out
    build: Callable[..., tuple[bytes, str]]  # build(session, args_namespace) -> (pdf_bytes, suggested_name)
    help: str = ""


PRINTERS: dict[str, PrintTarget] = {}


@dataclass(frozen=True)
class DemoStep:
    order: int
    name: str
    run: Callable[..., Any]  # run(session, rng, options) -> None; options: DemoOptions


DEMO_STEPS: list[DemoStep] = []


def _guard(function: Callable[..., Any], permission: str) -> Callable[..., Any]:
    """The registered function, run only for an account holding ``permission`` (services.accounts)."""
    from stationdesk.services.accounts import guarded

    return guarded(permission)(function)


def counter(
    name: str, reads: tuple[str, ...] = (), permission: str = "statistics.view"
) -> Callable[[Counter], Counter]:
    def register(function: Counter) -> Counter:
        COUNTERS[name] = _guard(function, permission)
        COUNTER_READS[name] = frozenset(reads)
        return function

    return register


def tables_read(*names: str) -> frozenset[str]:
    """The tables the named counters read: what a screen showing them watches."""
    load_features()
    return frozenset().union(*(COUNTER_READS.get(name, frozenset()) for name in names))


def lister(kind: str, permission: str = "people.view") -> Callable[[Lister], Lister]:
    """``function(session, limit, query_text) -> list of JSON-ready dicts``, each with its ``id``."""

    def register(function: Lister) -> Lister:
        LISTERS[kind] = _guard(function, permission)
        return function

    return register


def demo_step(order: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        DEMO_STEPS.append(DemoStep(order, function.__qualname__, function))
        DEMO_STEPS.sort(key=lambda step: step.order)
        return function

    return register


def printer(name: str, arguments: list[tuple[tuple, dict]], help: str = "", permission: str = "print"):
    """Register ``function(session, args_namespace) -> (pdf_bytes, suggested_name)`` as a print target.

    ``stationdesk print <name> <arguments...> --out FILE.pdf`` calls it inside a transaction, writes
    the bytes atomically and notes the print in the audit log.
    """

    def register(function: Callable[..., tuple[bytes, str]]) -> Callable[..., tuple[bytes, str]]:
        doc = help or (function.__doc__ or "").strip()
        PRINTERS[name] = PrintTarget(name, list(arguments), _guard(function, permission), doc)
        return function

    return register


def date_argument(text: str) -> date:
    """argparse ``type=`` for a printer's YYYY-MM-DD option; anything else gets the date.format text."""
    import argparse

    from stationdesk import messages

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(messages.text("date.format")) from None


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


def collect_stats(session: Session, names: tuple[str, ...] = ()) -> dict[str, int | float]:
    """Every count, or only the named ones (the home page shows four of the two dozen: their features
    are loaded already, and importing every other feature would hold up the start)."""
    if not names or not set(names) <= COUNTERS.keys():
        load_features()
    return {name: COUNTERS[name](session) for name in sorted(names or COUNTERS)}
