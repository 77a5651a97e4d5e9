"""``stationdesk``: the GUI when called bare, the same services as subcommands otherwise.

Subcommands live in ``stationdesk.commands``: every module there has ``register(subparsers)``.
PySide6 is imported only when the GUI (or selftest) is asked for. A user mistake ends in one line
on stderr and a non-zero exit, never a traceback; the details go to the log in the data folder.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from stationdesk import __version__, messages
from stationdesk.config import DataFolder, resolve_data_folder
from stationdesk.errors import StationDeskError
from stationdesk.owner_only import restrict_new_files

EXIT_USER_ERROR = 2
EXIT_INTERNAL = 70

log = logging.getLogger("stationdesk")


class _OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print the whole usage first
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message}（stationdesk --help 查看用法）\n")


@dataclass
class CommandContext:
    """What a command handler gets: the parsed arguments and lazy access to the station database."""

    args: argparse.Namespace
    folder: DataFolder
    _database: object = field(default=None, repr=False)

    def database(self):
        if self._database is None:
            from stationdesk.db.database import Database

            self._database = Database.open(self.folder)
        return self._database

    def require_station(self):
        database = self.database()
        if database.station is None:
            raise StationDeskError("station.not_initialised")
        return database

    def close(self) -> None:
        if self._database is not None:
            self._database.close()


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(prog="stationdesk", description="StationDesk 社区服务站工作台")
    parser.add_argument("--version", action="version", version=f"StationDesk {__version__}")
    parser.add_argument(
        "--data-dir", help="数据文件夹 data folder (default: the user data folder; env STATIONDESK_DATA_DIR)"
    )
    parser.add_argument("--lang", choices=("zh", "en"), help="语言 language for messages")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_OneLineParser)
    import stationdesk.commands as commands

    for module in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{module.name}").register(subparsers)
    return parser


def _setup_logging(folder: DataFolder) -> None:
    try:
        folder.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder.logs / "stationdesk.log", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    messages.set_language(args.lang or os.environ.get("STATIONDESK_LANG", "zh"))
    restrict_new_files()
    folder = resolve_data_folder(args.data_dir)
    try:
        folder.ensure()
    except StationDeskError as error:
        print(f"stationdesk: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    _setup_logging(folder)
    context = CommandContext(args, folder)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from stationdesk.ui.app import run_gui

            return run_gui(folder)
        return handler(context) or 0
    except StationDeskError as error:
        log.warning("command failed: %s %s", error.code, error.params)
        print(f"stationdesk: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``stationdesk list ... | head``): not an error; silence the final flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("unexpected error")
        print(f"stationdesk: 内部错误，详情见日志 {Path(folder.logs) / 'stationdesk.log'}", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        context.close()
