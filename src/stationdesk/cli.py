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
from stationdesk.owner_only import owner_only_folder, restrict_new_files

EXIT_USER_ERROR = 2
EXIT_INTERNAL = 70

log = logging.getLogger("stationdesk")


class _OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print the whole usage first
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message}{messages.text('cli.see_help')}\n")


def _language_asked(argv: Sequence[str]) -> str:
    """``--lang`` before parsing, so that argparse's own refusals speak it too."""
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return os.environ.get("STATIONDESK_LANG", "zh")


@dataclass
class CommandContext:
    """What a command handler gets: the parsed arguments and lazy access to the station database."""

    args: argparse.Namespace
    folder: DataFolder
    _database: object = field(default=None, repr=False)
    _lock: object = field(default=None, repr=False)

    def database(self):
        """The station database; a command that writes holds the data folder while it runs
        (commands marked ``read_only`` only read, which SQLite lets them do beside a writer)."""
        if self._database is None:
            from stationdesk.db.database import Database

            if not getattr(self.args, "read_only", False):
                self.hold_folder()
            self._database = Database.open(self.folder)
        return self._database

    def hold_folder(self) -> None:
        if self._lock is None:
            self._lock = self.folder.hold(f"stationdesk {self.args.command}")

    def require_station(self):
        database = self.database()
        if database.station is None:
            raise StationDeskError("station.not_initialised")
        return database

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
        if self._lock is not None:
            self._lock.release()


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


def _setup_logging(folder: Path | None) -> Path | None:
    """Log to ``folder/stationdesk.log``; returns the file, or None when there is no log to point at.
    A log that cannot be written (a full disk) is skipped quietly: logging's own complaint would
    print a traceback, with the record it could not write, on the user's terminal."""
    logging.raiseExceptions = False
    log_file = None
    try:
        if folder is None:
            raise OSError("no log folder")
        owner_only_folder(folder)
        handler: logging.Handler = logging.FileHandler(folder / "stationdesk.log", encoding="utf-8")
        log_file = folder / "stationdesk.log"
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    messages.set_language(_language_asked(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    restrict_new_files()
    folder = resolve_data_folder(args.data_dir)
    context = CommandContext(args, folder)
    handler = getattr(args, "handler", None)
    log_file = None
    try:
        # the city's commands keep their log beside the hub, not in a station's data folder
        log_folder = getattr(args, "log_folder", None)
        log_file = _setup_logging(log_folder(args) if log_folder else folder.ensure().logs)
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
    except Exception as error:
        from stationdesk.db.database import storage_problem

        problem = storage_problem(error)
        if problem is not None:
            log.warning("command failed: %s %s", problem.code, problem.params)
            print(f"stationdesk: {problem}", file=sys.stderr)
            return EXIT_USER_ERROR
        log.exception("unexpected error")
        if log_file is None:
            print(f"stationdesk: {messages.text('cli.internal_error_no_log')}", file=sys.stderr)
        else:
            print(f"stationdesk: {messages.text('cli.internal_error', log=log_file)}", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        context.close()


messages.register(
    {
        "cli.see_help": ("（stationdesk --help 查看用法）", " (stationdesk --help shows the usage)"),
        "cli.internal_error": (
            "内部错误，这次操作未完成。详情见日志 {log}",
            "Internal error: this action was not completed. Details are in the log {log}",
        ),
        "cli.internal_error_no_log": (
            "内部错误，这次操作未完成（日志无法写入）。",
            "Internal error: this action was not completed (the log could not be written).",
        ),
    }
)
