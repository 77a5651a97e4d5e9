"""The three lists for the community notice board (公示): printed (PDF) and exported (Excel) with personal data
masked — names as 王**, no phones, children never named (``domain.notice_board``) — and each print or export
noted in the audit log. ``stationdesk print notice --list needs`` and ``stationdesk export-notice`` use the same
rows as the pages' 打印公示 and 导出 Excel."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.people import Person
from stationdesk.domain import needs as need_rules
from stationdesk.domain import offers as offer_rules
from stationdesk.domain.groups import GROUPS
from stationdesk.domain.notice_board import public_name
from stationdesk.errors import ValidationError
from stationdesk.services import needs, resources, station_services
from stationdesk.services.accounts import guarded
from stationdesk.services.list_export import write_workbook
from stationdesk.services.progress import Progress, report
from stationdesk.services.registry import printer
from stationdesk.services.station import audit, current_station, station_phone, today

NEEDS, RESOURCES, SERVICES = "needs", "resources", "services"
KINDS = (NEEDS, RESOURCES, SERVICES)
MOST_ROWS = 2000  # a notice board list longer than this is cut, and says so
_DIGITS = re.compile(r"\d{6,}")  # phone and ID numbers written into free text

messages.register(
    {
        "notice.unknown_list": "公示清单只能是 needs、resources 或 services。",
    }
)


@dataclass(frozen=True)
class NoticeTable:
    title: str
    subtitle: str
    columns: tuple[tuple[str, float], ...]
    rows: tuple[tuple[str, ...], ...]
    cut: bool  # more rows matched than are listed


def _scrub(text: str) -> str:
    """Free text as it may be posted: long digit runs (a phone, an ID number) starred out, one line."""
    return _DIGITS.sub(lambda m: m.group()[:2] + "*" * (len(m.group()) - 2), " ".join((text or "").split()))


def _group(code: str) -> str:
    return GROUPS[code][0] if code in GROUPS else ""


@guarded("people.view")
def need_table(session: Session, query: needs.NeedQuery) -> NoticeTable:
    page = needs.search_needs(session, query, limit=MOST_ROWS)
    names = dict(
        session.execute(
            select(Person.id, Person.name).where(Person.id.in_({n.person_id for n in page.entries if n.person_id}))
        ).all()
    )
    rows = []
    for number, n in enumerate(page.entries, start=1):
        if n.person_id:
            who = public_name(names.get(n.person_id, ""), n.is_child) or "儿童"
        else:
            who = n.group_name + (f"（约 {n.people_count} 人）" if n.people_count > 1 else "")
        rows.append(
            (
                str(number),
                n.number,
                who,
                _group(n.target_group),
                n.community,
                n.category,
                "" if n.is_child else _scrub(n.description),
                need_rules.URGENCY_NAMES[n.urgency],
                f"{n.found_on:%Y-%m-%d}",
                need_rules.STATE_NAMES[n.state],
            )
        )
    state = {"open": "未办结", "met": "已办结"}.get(
        query.state or "", need_rules.STATE_NAMES.get(query.state or "", "全部")
    )
    return NoticeTable(
        "需求清单公示",
        f"{state}需求 {page.total} 项，截至 {today(session):%Y-%m-%d}",
        (
            ("序号", 4),
            ("编号", 13),
            ("服务对象", 12),
            ("对象类别", 7),
            ("社区", 8),
            ("服务类别", 8),
            ("需求内容", 30),
            ("紧急程度", 6),
            ("发现日期", 9),
            ("办理状态", 7),
        ),
        tuple(rows),
        bool(page.total and page.total > len(rows)),
    )


@guarded("people.view")
def resource_table(session: Session, query: resources.ResourceQuery) -> NoticeTable:
    found = resources.search_resources(session, query, limit=MOST_ROWS + 1)
    rows = tuple(
        (
            str(number),
            r.name,
            r.provider_name,
            offer_rules.RESOURCE_KINDS.get(r.kind, r.kind),
            "、".join(r.categories),
            "、".join(r.terms.service_area) or "全站",
            _times(r.terms),
            "" if r.capacity.remaining is None else f"{max(r.capacity.remaining, 0)} {r.capacity.unit}",
            _scrub(r.notes),
        )
        for number, r in enumerate(found[:MOST_ROWS], start=1)
    )
    return NoticeTable(
        "资源清单公示",
        f"资源 {len(rows)} 项，截至 {today(session):%Y-%m-%d}",
        (
            ("序号", 4),
            ("资源名称", 18),
            ("提供方", 16),
            ("类型", 8),
            ("可提供服务", 18),
            ("服务范围", 14),
            ("可服务时间", 14),
            ("余量", 8),
            ("备注", 20),
        ),
        rows,
        len(found) > MOST_ROWS,
    )


@guarded("people.view")
def service_table(session: Session, query: station_services.ServiceQuery) -> NoticeTable:
    found = station_services.search_services(session, query, limit=MOST_ROWS + 1)
    rows = tuple(
        (
            str(number),
            s.name,
            s.category,
            "、".join(_group(g) for g in s.target_groups) or "全体居民",
            _ages(s.min_age, s.max_age) + (f"；{_scrub(s.eligibility)}" if s.eligibility else ""),
            s.schedule or _times(s.terms),
            s.place,
            s.provider,
            "" if s.capacity.remaining is None else f"{max(s.capacity.remaining, 0)} {s.capacity.unit}",
        )
        for number, s in enumerate(found[:MOST_ROWS], start=1)
    )
    return NoticeTable(
        "服务清单公示",
        f"服务 {len(rows)} 项，截至 {today(session):%Y-%m-%d}",
        (
            ("序号", 4),
            ("服务名称", 16),
            ("类别", 8),
            ("服务对象", 12),
            ("服务条件", 20),
            ("服务时间", 14),
            ("地点", 14),
            ("提供方", 12),
            ("余量", 8),
        ),
        rows,
        len(found) > MOST_ROWS,
    )


WEEKDAYS = "一二三四五六日"


def _days(digits: str) -> str:
    if digits == offer_rules.WEEKDAY_DIGITS:
        return "每天"
    if digits == "67":
        return "周末"
    names = [
        f"周{WEEKDAYS[int(a) - 1]}" + (f"至周{WEEKDAYS[int(b) - 1]}" if b != a else "")
        for a, b in offer_rules.weekday_runs(digits)
    ]
    return "、".join(names)


def _times(terms) -> str:
    """“周一至周五” and the hours on a line of their own, so a narrow column does not break them."""
    hours = offer_rules.hours_text(terms.available_from, terms.available_to)
    return "\n".join(p for p in (_days(terms.weekdays), hours) if p)


def _ages(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"{low}-{high} 岁"
    if low is not None:
        return f"{low} 岁以上"
    return f"{high} 岁以下" if high is not None else "不限年龄"


@guarded("people.view")
def notice_table(session: Session, kind: str, query=None) -> NoticeTable:
    """The notice-board rows of one list; without a query: open needs, active resources and services."""
    if kind == NEEDS:
        return need_table(session, query or needs.NeedQuery(state="open"))
    if kind == RESOURCES:
        return resource_table(session, query or resources.ResourceQuery(status=offer_rules.ACTIVE))
    if kind == SERVICES:
        return service_table(session, query or station_services.ServiceQuery(status=offer_rules.ACTIVE))
    raise ValidationError("notice.unknown_list", field="list", kind=kind)


def _footer(session: Session, table: NoticeTable) -> str:
    phone = station_phone(session)
    lines = [
        "为保护个人信息，姓名只显示姓氏，不公示电话号码，儿童不具名。"
        + (f"如有疑问，请联系本站（{phone}）。" if phone else "如有疑问，请到本站咨询。")
    ]
    if table.cut:
        lines.append(f"仅列出前 {MOST_ROWS} 项，其余请到本站查询。")
    return "\n".join(lines)


@guarded("print")
def notice_pdf(session: Session, kind: str, query=None, progress: Progress | None = None) -> tuple[bytes, str]:
    from stationdesk.printing.notice_board import NoticeList, build_notice  # reportlab: when printed
    from stationdesk.printing.template import render_to_bytes

    table = notice_table(session, kind, query)
    report(progress, 1, 2)
    notice = NoticeList(table.title, table.subtitle, table.columns, table.rows, _footer(session, table))
    pdf = render_to_bytes(lambda out: build_notice(out, notice, current_station(session).name, today(session)))
    audit(session, "print", f"notice_{kind}", "", f"{table.title}: {len(table.rows)} rows")
    report(progress, 2, 2)
    return pdf, f"{table.title}-{today(session):%Y%m%d}.pdf"


@guarded("export")
def export_notice(
    session: Session, kind: str, path: str | os.PathLike, query=None, progress: Progress | None = None
) -> int:
    """The notice-board list as an Excel sheet, masked as on paper; returns the number of rows."""
    table = notice_table(session, kind, query)
    report(progress, 1, 2)
    columns = [(header, max(6, round(width * 1.3))) for header, width in table.columns]
    rows = [list(r) for r in table.rows]
    if table.cut:
        rows.append([f"仅列出前 {MOST_ROWS} 项"])
    write_workbook(path, [(table.title, columns, rows)])
    audit(session, "export", f"notice_{kind}", "", f"{len(table.rows)} rows -> {Path(path).name}")
    report(progress, 2, 2)
    return len(table.rows)


@printer(
    "notice",
    arguments=[(("--list",), {"choices": KINDS, "default": NEEDS, "help": "needs | resources | services"})],
    help="公示清单（需求、资源或服务，个人信息已遮蔽）the notice-board list, personal data masked",
)
def _print_notice(session: Session, args) -> tuple[bytes, str]:
    return notice_pdf(session, args.list)
