"""Volunteer rosters in Excel (.xlsx, openpyxl): import the way offices really keep them, and export.

Import is three steps, and nothing is written before the last one:

1. ``read_roster`` reads the first sheet (header row = the first row with two labels or more) and
   ``suggest_mapping`` proposes which column holds which field (the last mapping used for the same
   headers is remembered with ``station.set_local``).
2. ``preview_roster`` checks every row and lists its problems: a missing name, a bad ID number,
   an ID number Excel turned into a number (digits lost), the same person twice in the file or
   already a volunteer in the database, a phone stored as a number (13812345678.0, fixed), dates as
   Excel serial numbers (fixed), full-width characters (fixed), the age rules.
3. ``import_roster`` writes all valid rows in the caller's one transaction; with rows in error it
   writes nothing unless ``skip_invalid`` is set.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.people import Person
from stationdesk.db.models.volunteers import Volunteer, VolunteerTeam
from stationdesk.domain.id_number import mask_id_number, parse_id_number
from stationdesk.domain.phone import normalise_phone
from stationdesk.domain.service_hours import format_hours
from stationdesk.errors import FormErrors, StationDeskError, ValidationError
from stationdesk.messages import message_for
from stationdesk.services.accounts import acting, guarded
from stationdesk.services.list_export import write_workbook
from stationdesk.services.people import PersonInput, add_person, age_on, validate_person
from stationdesk.services.progress import Progress, report
from stationdesk.services.station import audit, get_local, set_local, today
from stationdesk.services.teams import create_team, join_team
from stationdesk.services.volunteers import (
    VolunteerInput,
    VolunteerQuery,
    check_can_register,
    register_volunteer,
    search_volunteers,
)

MAPPING_KEY = "roster_import.mapping"
EXCEL_EPOCH = date(1899, 12, 30)

# field -> (Chinese label, header words that mean it)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": ("姓名", ("姓名", "名字", "志愿者姓名", "name")),
    "id_number": ("身份证号码", ("身份证号码", "身份证号", "身份证", "证件号码", "证件号", "id")),
    "phone": ("手机号码", ("手机号码", "手机号", "手机", "联系电话", "电话", "联系方式", "phone")),
    "gender": ("性别", ("性别", "gender")),
    "birth_date": ("出生日期", ("出生日期", "出生年月", "生日", "birth")),
    "volunteer_number": ("志愿者编号", ("志愿者编号", "编号", "志愿者号")),
    "registered_on": ("登记日期", ("登记日期", "注册日期", "加入日期", "入队时间", "登记时间")),
    "skills": ("技能特长", ("技能特长", "技能", "特长", "专长", "skills")),
    "team": ("所属队伍", ("所属队伍", "队伍", "服务队")),
    "community": ("所属社区", ("所属社区", "社区", "居住社区")),
    "availability": ("服务时间", ("可服务时间", "服务时间", "空闲时间")),
}

messages.register(
    {
        "roster.not_xlsx": (
            "无法读取 {path}：不是有效的 .xlsx 文件（{reason}）。旧的 .xls 请先在 Excel 中另存为 .xlsx。"
        ),
        "roster.empty": "表格中没有数据行。",
        "roster.too_large": (
            "{path} 太大，不像是一份名册（{detail}）。名册最多 {rows} 行、{columns} 列；请只保留名册所在的工作表。"
        ),
        "roster.no_name_column": "请指定“姓名”所在的列。",
        "roster.has_errors": "有 {count} 行存在错误，未导入任何数据。请修改表格后重试，或选择只导入无误的行。",
        "roster.name_missing": "姓名为空。",
        "roster.id_as_number": "身份证号码被 Excel 存成了数字，后几位已丢失；请把该列设为“文本”后重新录入。",
        "roster.phone_as_number": "手机号以数字格式保存（{raw}），已按 {fixed} 读取。",
        "roster.phone_lost": "手机号被 Excel 存成了科学计数法（{raw}），数字已丢失；请改为文本后重新录入。",
        "roster.date_serial": "{label}是 Excel 日期序号 {raw}，已按 {fixed} 读取。",
        "roster.date_bad": "{label}“{raw}”不是有效日期（应为 年-月-日）。",
        "roster.full_width": "{label}中有全角字符，已转换为半角。",
        "roster.duplicate_in_file": "与第 {row} 行是同一人（{key}）。",
        "roster.already_volunteer": "{name} 已是志愿者（编号 {number}）。",
        "roster.number_taken": "志愿者编号 {number} 已被 {name} 使用。",
        "roster.existing_person": "人员档案中已有此人（{name}），将登记为志愿者。",
        "roster.new_team": "队伍“{team}”尚不存在，导入时将新建。",
        "roster.may_not_register": "此人尚未登记在人员档案中。登记新人员需要“登记和修改人员”权限：请社工或站长导入，"
        "或由站长在“账号与权限”中为本角色授予该权限；已登记的人可以照常导入（勾选“跳过有错误的行，只导入无误的行”）。",
        "roster.gender_bad": "性别“{raw}”看不懂，应为 男 或 女。",
    }
)


@dataclass(frozen=True)
class RosterSheet:
    path: str
    sheet_name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]  # raw cell values as openpyxl gives them
    first_row: int  # Excel row number of rows[0]


@dataclass(frozen=True)
class RosterRow:
    row: int  # the Excel row number, as the user sees it
    name: str
    id_number: str
    phone: str
    volunteer_number: str
    team: str
    errors: tuple[str, ...]  # texts in the user's language; any error skips the row
    notes: tuple[str, ...]  # fixes made and things worth knowing
    existing_person_id: str | None = None
    values: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class RosterPreview:
    rows: tuple[RosterRow, ...]
    mapping: dict

    @property
    def valid_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if r.valid]

    @property
    def error_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if not r.valid]


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: tuple[RosterRow, ...]
    teams_created: tuple[str, ...]


class RosterHasErrors(StationDeskError):
    def __init__(self, preview: RosterPreview) -> None:
        super().__init__("roster.has_errors", count=len(preview.error_rows))
        self.preview = preview


# -- step 1: read and map ---------------------------------------------------------------------------


def read_roster(path: str | os.PathLike, progress: Progress | None = None) -> RosterSheet:
    from zipfile import BadZipFile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    path = str(path)
    if not Path(path).is_file():
        raise StationDeskError("file.not_found", path=path)
    _check_roster_size(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError) as error:
        raise StationDeskError("roster.not_xlsx", path=path, reason=type(error).__name__) from None
    try:
        sheet = workbook.worksheets[0]
        rows, headers, first_row = [], None, 0
        for number, values in enumerate(sheet.iter_rows(values_only=True, max_col=ROSTER_COLUMNS), start=1):
            if number > ROSTER_ROWS:
                raise _too_large(path, f"> {ROSTER_ROWS} rows")
            if headers is None:
                # the header is the first row with two or more labels; a title line above it is skipped
                if sum(1 for v in values if isinstance(v, str) and v.strip()) >= 2:
                    headers, first_row = tuple(_clean_text(v) if v is not None else "" for v in values), number + 1
                continue
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                rows.append(())  # a blank row keeps its place so row numbers match Excel's
                continue
            rows.append(tuple(values))
            if len(rows) % 500 == 0:
                report(progress, len(rows), None)
    finally:
        workbook.close()
    if headers is None or not any(rows):
        raise StationDeskError("roster.empty")
    return RosterSheet(path, sheet.title, headers, tuple(rows), first_row)


# A station's roster has hundreds of rows, a few thousand at most; a sheet of a million (or a small
# file that unpacks to gigabytes, a zip bomb) is refused before it can hang the import.
ROSTER_FILE_BYTES = 20 << 20
ROSTER_UNPACKED_BYTES = 64 << 20
ROSTER_ROWS = 20_000
ROSTER_COLUMNS = 200


def _too_large(path: str, detail: str) -> StationDeskError:
    return StationDeskError("roster.too_large", path=path, detail=detail, rows=ROSTER_ROWS, columns=ROSTER_COLUMNS)


def _check_roster_size(path: str) -> None:
    """The file and what its zip unpacks to, from the zip's directory, before anything is unpacked."""
    import zipfile

    if Path(path).stat().st_size > ROSTER_FILE_BYTES:
        raise _too_large(path, f"> {ROSTER_FILE_BYTES >> 20} MB")
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip: openpyxl says so in its own words (roster.not_xlsx)
    if unpacked > ROSTER_UNPACKED_BYTES:
        raise _too_large(path, f"{unpacked >> 20} MB unpacked")


def _clean_text(value: object) -> str:
    return " ".join(unicodedata.normalize("NFKC", str(value)).split())


@guarded("volunteers.manage")
def suggest_mapping(session: Session, headers: tuple[str, ...]) -> dict[str, int | None]:
    """field -> column index (or None). The remembered mapping wins where its headers are present."""
    remembered = {}
    with contextlib.suppress(ValueError):
        remembered = json.loads(get_local(session, MAPPING_KEY, "{}"))
    lowered = [h.lower() for h in headers]
    mapping: dict[str, int | None] = {}
    for key, (_label, words) in FIELDS.items():
        header = remembered.get(key)
        if header in headers:
            mapping[key] = headers.index(header)
            continue
        mapping[key] = next((i for word in words for i, h in enumerate(lowered) if h == word.lower()), None)
        if mapping[key] is None:
            mapping[key] = next(
                (i for word in words if len(word) > 1 for i, h in enumerate(lowered) if word.lower() in h), None
            )
    return mapping


@guarded("volunteers.manage")
def remember_mapping(session: Session, headers: tuple[str, ...], mapping: dict[str, int | None]) -> None:
    chosen = {key: headers[index] for key, index in mapping.items() if index is not None and index < len(headers)}
    set_local(session, MAPPING_KEY, json.dumps(chosen, ensure_ascii=False))


# -- step 2: check every row ------------------------------------------------------------------------


def _text_of(value: object, label: str, notes: list[str]) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = str(value).strip()
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    if text != " ".join(raw.split()) and any(unicodedata.east_asian_width(ch) == "F" for ch in raw):
        notes.append(messages.text("roster.full_width", label=label))
    return text


def _phone(value: object, notes: list[str], errors: list[str]) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            errors.append(messages.text("roster.phone_lost", raw=value))
            return ""
        fixed = str(int(value))
        notes.append(messages.text("roster.phone_as_number", raw=value, fixed=fixed))
        value = fixed
    text = _text_of(value, "手机号码", notes)
    if re.fullmatch(r"\d(\.\d+)?[eE]\+?\d+", text):
        errors.append(messages.text("roster.phone_lost", raw=text))
        return ""
    try:
        return normalise_phone(text)
    except ValidationError as error:
        errors.append(message_for(error))
        return ""


def _date(value: object, label: str, notes: list[str], errors: list[str]) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # Excel serials: 1 = 1900-01-01 ... 9999-12-31
            fixed = EXCEL_EPOCH + timedelta(days=int(value))
            notes.append(messages.text("roster.date_serial", label=label, raw=int(value), fixed=fixed.isoformat()))
            return fixed
        errors.append(messages.text("roster.date_bad", label=label, raw=value))
        return None
    text = _text_of(value, label, notes)
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", text
    )
    if match:
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    if text.isdigit() and 1 <= int(text) < 2_958_466 and len(text) <= 5:
        fixed = EXCEL_EPOCH + timedelta(days=int(text))
        notes.append(messages.text("roster.date_serial", label=label, raw=text, fixed=fixed.isoformat()))
        return fixed
    errors.append(messages.text("roster.date_bad", label=label, raw=text))
    return None


def _split_skills(text: str) -> tuple[str, ...]:
    return tuple(s for s in re.split(r"[、,，;；/\s]+", text) if s)


@guarded("volunteers.manage")
def preview_roster(
    session: Session, sheet: RosterSheet, mapping: dict[str, int | None], progress: Progress | None = None
) -> RosterPreview:
    if mapping.get("name") is None:
        raise ValidationError("roster.no_name_column", field="name")
    day = today(session)
    seen_ids: dict[str, int] = {}
    seen_numbers: dict[str, int] = {}
    known_teams = set(session.execute(select(VolunteerTeam.name).where(VolunteerTeam.deleted.is_(False))).scalars())
    # registering a new person stays with people.edit (the role matrix can grant it); such rows are
    # refused here, in the preview, rather than halfway through the import
    actor = acting(session)
    may_register_people = actor is not None and actor.may("people.edit")
    result: list[RosterRow] = []
    for position, values in enumerate(sheet.rows):
        if not values:
            continue
        row_number = sheet.first_row + position
        if position % 200 == 0:
            report(progress, position, len(sheet.rows))

        def cell(key: str, values=values):
            index = mapping.get(key)
            return values[index] if index is not None and index < len(values) else None

        errors: list[str] = []
        notes: list[str] = []
        name = _text_of(cell("name"), "姓名", notes)
        if not name:
            errors.append(messages.text("roster.name_missing"))
        raw_id = cell("id_number")
        id_number = ""
        if isinstance(raw_id, (int, float)) and not isinstance(raw_id, bool):
            errors.append(messages.text("roster.id_as_number"))
        elif raw_id not in (None, ""):
            try:
                id_number = parse_id_number(_text_of(raw_id, "身份证号码", notes), today=day).number
            except ValidationError as error:
                errors.append(message_for(error))
        phone = _phone(cell("phone"), notes, errors)
        gender_text = _text_of(cell("gender"), "性别", notes)
        gender = {"男": "M", "女": "F", "M": "M", "F": "F", "": ""}.get(
            gender_text.upper() if gender_text.isascii() else gender_text
        )
        if gender is None:
            errors.append(messages.text("roster.gender_bad", raw=gender_text))
            gender = ""
        birth = _date(cell("birth_date"), "出生日期", notes, errors)
        registered = _date(cell("registered_on"), "登记日期", notes, errors)
        number = _text_of(cell("volunteer_number"), "志愿者编号", notes).upper()
        team = _text_of(cell("team"), "所属队伍", notes)
        values_out = {
            "name": name,
            "id_number": id_number,
            "phone": phone,
            "gender": gender,
            "birth_date": birth,
            "registered_on": registered,
            "volunteer_number": number,
            "team": team,
            "skills": _split_skills(_text_of(cell("skills"), "技能特长", notes)),
            "community": _text_of(cell("community"), "所属社区", notes),
            "availability": _text_of(cell("availability"), "服务时间", notes),
        }
        for key, seen, label in ((id_number, seen_ids, mask_id_number(id_number)), (number, seen_numbers, number)):
            if key and key in seen:
                errors.append(messages.text("roster.duplicate_in_file", row=seen[key], key=label))
            elif key:
                seen[key] = row_number
        existing_id = None
        if not errors:
            existing_id = _check_against_database(session, values_out, errors, notes, day, may_register_people)
        if team and team not in known_teams and not errors:
            notes.append(messages.text("roster.new_team", team=team))
        result.append(
            RosterRow(
                row_number, name, id_number, phone, number, team, tuple(errors), tuple(notes), existing_id, values_out
            )
        )
    report(progress, len(sheet.rows), len(sheet.rows))
    return RosterPreview(tuple(result), dict(mapping))


def _check_against_database(
    session: Session, values: dict, errors: list[str], notes: list[str], day: date, may_register: bool
) -> str | None:
    """Duplicates in the database and the age rules; returns the id of a registry person to reuse."""
    if values["volunteer_number"]:
        taken = session.execute(
            select(Person.name)
            .join(Volunteer, Volunteer.person_id == Person.id)
            .where(Volunteer.volunteer_number == values["volunteer_number"])
        ).scalar_one_or_none()
        if taken is not None:
            errors.append(messages.text("roster.number_taken", number=values["volunteer_number"], name=taken))
            return None
    person = None
    if values["id_number"]:
        person = (
            session.execute(select(Person).where(Person.id_number == values["id_number"], Person.deleted.is_(False)))
            .scalars()
            .first()
        )
    if person is not None:
        number = session.execute(
            select(Volunteer.volunteer_number).where(Volunteer.person_id == person.id, Volunteer.deleted.is_(False))
        ).scalar_one_or_none()
        if number is not None:
            errors.append(messages.text("roster.already_volunteer", name=person.name, number=number))
            return None
        try:
            check_can_register(session, person)
        except ValidationError as error:
            errors.append(message_for(error))
            return None
        notes.append(messages.text("roster.existing_person", name=person.name))
        return person.id
    if not may_register:
        errors.append(messages.text("roster.may_not_register"))
        return None
    try:
        clean, warnings = validate_person(session, _person_input(values))
    except FormErrors as problems:
        errors.extend(message_for(e) for e in problems.errors)
        return None
    notes.extend(message_for(w) for w in warnings)
    try:
        from stationdesk.domain.volunteer_age import check_volunteer_age

        check_volunteer_age(age_on(clean.birth_date, day), has_consent=False)
    except ValidationError as error:
        errors.append(message_for(error))
    return None


def _person_input(values: dict) -> PersonInput:
    return PersonInput(
        name=values["name"],
        roles=("volunteer",),
        gender=values["gender"],
        birth_date=values["birth_date"],
        id_number=values["id_number"],
        phone=values["phone"],
        community=values["community"],
    )


# -- step 3: write ----------------------------------------------------------------------------------


@guarded("volunteers.manage")
def import_roster(
    session: Session,
    sheet: RosterSheet,
    mapping: dict[str, int | None],
    skip_invalid: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Check again (the database may have changed since the preview), then write every valid row."""
    preview = preview_roster(session, sheet, mapping, progress)
    if preview.error_rows and not skip_invalid:
        raise RosterHasErrors(preview)
    teams = {
        t.name: t.id for t in session.execute(select(VolunteerTeam).where(VolunteerTeam.deleted.is_(False))).scalars()
    }
    created_teams: list[str] = []
    valid = preview.valid_rows
    for done, row in enumerate(valid, start=1):
        values = row.values
        person_id = row.existing_person_id
        if person_id is None:
            person_id = add_person(session, _person_input(values), confirmed=True).summary.id
        volunteer = register_volunteer(
            session,
            VolunteerInput(
                person_id=person_id,
                volunteer_number=values["volunteer_number"],
                registered_on=values["registered_on"],
                skills=values["skills"],
                availability=values["availability"],
            ),
        )
        if values["team"]:
            if values["team"] not in teams:
                teams[values["team"]] = create_team(session, values["team"]).id
                created_teams.append(values["team"])
            join_team(session, teams[values["team"]], volunteer.id)
        if done % 100 == 0:
            report(progress, done, len(valid))
    remember_mapping(session, sheet.headers, mapping)
    audit(
        session,
        "import_roster",
        "volunteer",
        "",
        f"{Path(sheet.path).name}: {len(valid)} imported, {len(preview.error_rows)} skipped",
    )
    return ImportResult(len(valid), tuple(preview.error_rows), tuple(created_teams))


# -- export -----------------------------------------------------------------------------------------


@guarded("export")
def export_volunteers(session: Session, path: str | os.PathLike, progress: Progress | None = None) -> int:
    from stationdesk.services.volunteers import count_volunteers

    total = count_volunteers(session)
    rows, offset = [], 0
    while offset < total:
        for v in search_volunteers(session, VolunteerQuery(), offset=offset, limit=2000):
            rows.append(
                [
                    v.volunteer_number,
                    v.name,
                    {"M": "男", "F": "女"}.get(v.gender, ""),
                    v.age,
                    v.phone_masked,
                    v.status,
                    v.registered_on,
                    "、".join(v.skills),
                    float(format_hours(v.year_minutes)),
                ]
            )
        offset += 2000
        report(progress, min(offset, total), total)
    write_workbook(
        path,
        [
            (
                "志愿者",
                [
                    ("志愿者编号", 22),
                    ("姓名", 12),
                    ("性别", 6),
                    ("年龄", 6),
                    ("手机号码", 15),
                    ("状态", 8),
                    ("登记日期", 12),
                    ("技能特长", 30),
                    ("本年已确认时长（小时）", 22),
                ],
                rows,
            )
        ],
    )
    audit(session, "export", "volunteer", "", f"{len(rows)} volunteers -> {Path(path).name}")
    return len(rows)


@guarded("export")
def export_shifts(session: Session, path: str | os.PathLike, year: int, progress: Progress | None = None) -> int:
    from stationdesk.db.models.volunteers import Shift
    from stationdesk.services.volunteers import shift_rows

    shifts = shift_rows(
        session, Shift.service_date >= date(year, 1, 1), Shift.service_date <= date(year, 12, 31), newest_first=False
    )
    report(progress, 1, 2)
    rows = [
        [
            s.service_date,
            s.volunteer_number,
            s.volunteer_name,
            s.activity_name,
            s.post,
            s.content,
            s.signed_in,
            s.signed_out,
            float(format_hours(s.credited_minutes)),
            "已确认" if s.confirmed else "待确认",
            s.confirmed_by or "",
            s.correction_reason,
        ]
        for s in shifts
    ]
    write_workbook(
        path,
        [
            (
                f"{year}年服务记录",
                [
                    ("服务日期", 12),
                    ("志愿者编号", 22),
                    ("姓名", 12),
                    ("活动", 30),
                    ("岗位", 12),
                    ("服务内容", 30),
                    ("签到", 8),
                    ("签退", 8),
                    ("时长（小时）", 12),
                    ("状态", 8),
                    ("确认人", 10),
                    ("更正原因", 30),
                ],
                rows,
            )
        ],
    )
    audit(session, "export", "volunteer_shift", "", f"{len(rows)} shifts {year} -> {Path(path).name}")
    report(progress, 2, 2)
    return len(rows)


@guarded("export")
def export_hour_totals(session: Session, path: str | os.PathLike, year: int, progress: Progress | None = None) -> int:
    from stationdesk.services.shifts import totals_by_project, totals_by_team, totals_by_volunteer

    def hours(minutes: int) -> float:
        return float(format_hours(minutes))

    people = totals_by_volunteer(session, year)
    report(progress, 1, 3)
    teams = totals_by_team(session, year)
    projects = totals_by_project(session, year)
    report(progress, 2, 3)
    write_workbook(
        path,
        [
            (
                "按志愿者",
                [("志愿者编号", 22), ("姓名", 12), ("已确认时长（小时）", 20), ("服务次数", 10)],
                [[t.number, t.label, hours(t.minutes), t.shifts] for t in people],
            ),
            (
                "按队伍",
                [("队伍", 20), ("已确认时长（小时）", 20), ("服务人次", 10)],
                [[t.label, hours(t.minutes), t.shifts] for t in teams],
            ),
            (
                "按项目",
                [("项目", 24), ("已确认时长（小时）", 20), ("服务人次", 10)],
                [[t.label, hours(t.minutes), t.shifts] for t in projects],
            ),
        ],
    )
    audit(session, "export", "volunteer_hours", "", f"totals {year} -> {Path(path).name}")
    report(progress, 3, 3)
    return len(people)
