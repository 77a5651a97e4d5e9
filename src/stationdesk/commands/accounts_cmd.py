"""user add|list|disable|passwd and audit verify: the station's accounts and its audit chain."""

from __future__ import annotations

from stationdesk import messages
from stationdesk.domain.permissions import DEFAULT_ROLES
from stationdesk.errors import StationDeskError


def register(subparsers) -> None:
    user = subparsers.add_parser("user", help="账号 staff accounts")
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True, parser_class=type(user))
    add = actions.add_parser("add", help="新建账号（密码从终端或 STATIONDESK_NEW_PASSWORD）add an account")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=sorted(DEFAULT_ROLES))
    add.add_argument("--name", default="", help="姓名 display name (default: the login)")
    add.set_defaults(handler=cmd_add, permission="accounts.manage")
    listing = actions.add_parser("list", help="列出账号 list the accounts")
    listing.set_defaults(handler=cmd_list, permission="accounts.manage", read_only=True)
    disable = actions.add_parser("disable", help="停用账号 disable an account")
    disable.add_argument("login")
    disable.set_defaults(handler=cmd_disable, permission="accounts.manage")
    passwd = actions.add_parser("passwd", help="重设账号密码 set an account's password")
    passwd.add_argument("login")
    passwd.set_defaults(handler=cmd_passwd, permission="accounts.manage")

    recover = actions.add_parser(
        "recover", help="用恢复码重设站长密码 reset the administrator's password with the recovery code"
    )
    # the recovery code is the credential here: no account logs in
    recover.set_defaults(handler=cmd_recover, permission=None)

    audit = subparsers.add_parser("audit", help="操作日志 the audit log")
    audit_actions = audit.add_subparsers(
        dest="audit_command", metavar="ACTION", required=True, parser_class=type(audit)
    )
    verify = audit_actions.add_parser("verify", help="检查操作日志是否被改动 check the audit chain")
    verify.set_defaults(handler=cmd_verify, permission="audit.view", read_only=True)


def _new_password() -> str:
    from stationdesk.cli import password_from_terminal

    return password_from_terminal("STATIONDESK_NEW_PASSWORD", "cli.new_password_prompt")


def cmd_add(ctx) -> int:
    from stationdesk.services.accounts import add_account

    database = ctx.require_station()
    password = _new_password()
    with database.transaction() as session:
        row = add_account(session, ctx.args.login, ctx.args.name or ctx.args.login, ctx.args.role, password)
    print(messages.text("cli.user_added", login=row.login, role=row.role))
    return 0


def cmd_list(ctx) -> int:
    from stationdesk.services.accounts import list_accounts

    with ctx.require_station().session() as session:
        rows = list_accounts(session)
    for row in rows:
        state = messages.text("cli.user_active" if row.active else "cli.user_disabled")
        print(f"{row.login}\t{row.display_name}\t{row.role}\t{state}")
    return 0


def cmd_disable(ctx) -> int:
    from stationdesk.services.accounts import set_account_active

    with ctx.require_station().transaction() as session:
        row = set_account_active(session, ctx.args.login, False)
    print(messages.text("cli.user_disabled_now", login=row.login))
    return 0


def cmd_passwd(ctx) -> int:
    from stationdesk.services.accounts import reset_password

    database = ctx.require_station()
    password = _new_password()
    with database.transaction() as session:
        reset_password(session, ctx.args.login, password)
    print(messages.text("cli.user_password_set", login=ctx.args.login))
    return 0


def cmd_recover(ctx) -> int:
    from stationdesk.cli import password_from_terminal
    from stationdesk.services.accounts import recover_administrator

    database = ctx.require_station()
    code = password_from_terminal("STATIONDESK_RECOVERY_CODE", "cli.recovery_prompt")
    password = _new_password()
    with database.transaction() as session:
        fresh = recover_administrator(session, code, password)
    print(messages.text("cli.recovered", recovery=fresh))
    return 0


def cmd_verify(ctx) -> int:
    from stationdesk.services.audit_log import verify_audit_log

    with ctx.require_station().session() as session:
        check = verify_audit_log(session)
    if not check.whole:
        raise StationDeskError("audit.chain_broken", seq=check.first_broken, count=check.entries)
    print(messages.text("audit.chain_whole", count=check.entries, head=check.head[:16]))
    return 0


messages.register(
    {
        "cli.user_added": "账号 {login}（{role}）已创建",
        "cli.user_active": "使用中",
        "cli.user_disabled": "已停用",
        "cli.user_disabled_now": "账号 {login} 已停用",
        "cli.user_enabled_now": "账号 {login} 已重新启用",
        "cli.user_password_set": "账号 {login} 的密码已重设",
        "cli.recovery_prompt": "恢复码：",
        "cli.recovered": "站长密码已重设。新的恢复码（旧的已作废，只显示这一次）：{recovery}",
    }
)
