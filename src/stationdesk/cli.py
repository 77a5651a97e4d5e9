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
from stationdesk.errors import DatabaseProblem, FormErrors, PermissionDenied, StationDeskError
from stationdesk.owner_only import owner_only_folder, restrict_new_files

EXIT_USER_ERROR = 2
EXIT_NOT_ALLOWED = 3
EXIT_INTERNAL = 70

log = logging.getLogger("stationdesk")
# a login refused is a permission refused: exit 3 like a missing permission
REFUSED_LOGINS = frozenset(
    {
        "accounts.wrong_login",
        "accounts.locked",
        "accounts.disabled",
        "accounts.no_accounts",
        "city.no_accounts",
        "cli.user_needed",
    }
)


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

    def database(self, check_integrity: bool = True):
        """The station database; a command that writes holds the data folder while it runs
        (commands marked ``read_only`` only read, which SQLite lets them do beside a writer).
        ``check_integrity=False``: the caller runs the whole-file ``quick_check`` itself."""
        if self._database is None:
            from stationdesk.db.database import Database

            if not getattr(self.args, "read_only", False):
                self.hold_folder()
            self._database = Database.open(self.folder, check_integrity)
            self._log_in(self._database)
        return self._database

    def _log_in(self, database) -> None:
        """Act as ``--user`` (or ``STATIONDESK_USER``) for a command that needs a permission; the
        password comes from ``STATIONDESK_PASSWORD`` or is asked on the terminal."""
        permission = getattr(self.args, "permission", None)
        if permission is None or database.station is None:
            return
        from stationdesk.services.accounts import denied, has_accounts, log_in

        login = getattr(self.args, "user", None) or os.environ.get("STATIONDESK_USER", "")
        if not login:
            with database.session() as session:
                if not has_accounts(session):
                    raise StationDeskError("accounts.no_accounts")
            raise StationDeskError("cli.user_needed")
        actor = log_in(database, login, password_from_terminal("STATIONDESK_PASSWORD", "cli.password_prompt"))
        if not actor.may(permission):
            raise denied(permission, actor)

    def log_in_first(self) -> None:
        """For a command that works on the data folder's files rather than through the database (the
        backups): act as ``--user`` on the station's database as it is now. A folder without a
        readable database (a new PC, a damaged file to restore over) has no accounts to ask."""
        from stationdesk.db.database import Database

        if not self.folder.database.exists():
            return
        try:
            database = Database.open(self.folder)
        except DatabaseProblem as problem:
            log.warning("no accounts to check, the database cannot be opened: %s", problem.code)
            return
        try:
            self._log_in(database)
        finally:
            database.close()

    def hold_folder(self) -> None:
        if self._lock is None:
            self._lock = self.folder.hold(f"stationdesk {self.args.command}")

    def require_station(self, check_integrity: bool = True):
        database = self.database(check_integrity)
        if database.station is None:
            raise StationDeskError("station.not_initialised")
        return database

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
        if self._lock is not None:
            self._lock.release()


def password_from_terminal(variable: str, prompt_code: str) -> str:
    """A password from the environment (for scripts), else asked on the terminal without echo."""
    if variable in os.environ:
        return os.environ[variable]
    import getpass

    if not sys.stdin.isatty():
        raise StationDeskError("cli.password_needed", variable=variable)
    return getpass.getpass(messages.text(prompt_code))


def _said(error: StationDeskError) -> str:
    """An error as one line; a form's several problems (a new account's login and password) each named."""
    if isinstance(error, FormErrors):
        return "；".join(str(problem) for problem in error.errors)
    return str(error)


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(prog="stationdesk", description="StationDesk 社区服务站工作台")
    parser.add_argument("--version", action="version", version=f"StationDesk {__version__}")
    parser.add_argument(
        "--data-dir", help="数据文件夹 data folder (default: the user data folder; env STATIONDESK_DATA_DIR)"
    )
    parser.add_argument("--lang", choices=("zh", "en"), help="语言 language for messages")
    parser.add_argument("--user", help="以此账号操作 act as this account (env STATIONDESK_USER)")
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
    except PermissionDenied as error:
        log.warning("command refused: %s %s", error.code, error.params)
        print(f"stationdesk: {error}", file=sys.stderr)
        return EXIT_NOT_ALLOWED
    except StationDeskError as error:
        log.warning("command failed: %s %s", error.code, error.params)
        print(f"stationdesk: {_said(error)}", file=sys.stderr)
        return EXIT_NOT_ALLOWED if error.code in REFUSED_LOGINS else EXIT_USER_ERROR
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
        "cli.see_help": "（stationdesk --help 查看用法）",
        "cli.internal_error": "内部错误，这次操作未完成。详情见日志 {log}",
        "cli.user_needed": "这个命令需要登录：stationdesk --user 登录名 …（或设置 STATIONDESK_USER）",
        "cli.password_prompt": "密码：",
        "cli.new_password_prompt": "新密码：",
        "cli.password_needed": "没有终端可以输入密码：请设置 {variable}",
        "cli.internal_error_no_log": "内部错误，这次操作未完成（日志无法写入）。",
    }
)
