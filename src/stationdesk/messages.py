"""User-facing text for codes (errors, CLI lines), in Simplified Chinese (default) and English.

Services and the CLI run without Qt, so their texts are registered here by code, in Chinese:
``register({code: "中文"})``. The English lives in the shipped Qt .ts file with every other
translation, under the context "messages" with the code as the comment, so a translator sees it in
Qt Linguist beside the widget texts (``scripts/update_translations.py`` puts every registered code
there). The .ts is read here with xml.etree, once and only when English is first asked for. A
``(中文, English)`` pair is still accepted while ``scripts/move_messages_to_ts.py`` has not moved it:
its English is the fallback when the .ts has none. A code without text shows as itself, so a missing
entry shows up in tests instead of crashing; a code without English shows its Chinese.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stationdesk.errors import StationDeskError

_language = "zh"
_catalog: dict[str, tuple[str, str | None]] = {}  # code -> (Chinese, English of a not yet moved pair)
_ts_english: dict[str, str] | None = None  # code -> English from the .ts, read on first use
TS_CONTEXT = "messages"


def set_language(language: str) -> None:
    global _language
    _language = "en" if language.startswith("en") else "zh"


def language() -> str:
    return _language


def register(entries: dict[str, str | tuple[str, str]]) -> None:
    """Add ``code -> "中文"`` entries (or, until moved, ``(中文, English)`` pairs); placeholders use
    ``{name}`` from the error's params."""
    for code, entry in entries.items():
        _catalog[code] = (entry, None) if isinstance(entry, str) else (entry[0], entry[1])


def registered() -> dict[str, tuple[str, str | None]]:
    """Every registered code: (Chinese, English of a pair or None), for the translation tools."""
    return dict(_catalog)


def english_in_ts(path) -> dict[str, str]:
    """The finished English of the "messages" context of a .ts file, by code (the comment)."""
    import xml.etree.ElementTree as ET

    found = {}
    for context in ET.parse(path).iter("context"):
        if context.findtext("name") != TS_CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[message.findtext("comment") or ""] = translation.text
    return found


def _english(code: str) -> str | None:
    global _ts_english
    if _ts_english is None:
        from stationdesk.resources import resource_path

        try:
            _ts_english = english_in_ts(resource_path("translations", "stationdesk_en.ts"))
        except (OSError, SyntaxError):  # ElementTree's ParseError is a SyntaxError; Chinese then shows
            _ts_english = {}
    return _ts_english.get(code)


def has_text(code: str) -> bool:
    return code in _catalog


def text(code: str, /, **params: object) -> str:
    """The message in the current language. Values a user gave are shown bounded and with their
    control characters written out, so no message echoes a terminal escape or 100,000 characters."""
    from stationdesk.domain.plain_text import shown

    params = {k: shown(v) if isinstance(v, str) else v for k, v in params.items()}
    if "field" in params and has_text(f"field.{params['field']}"):
        params["field"] = text(f"field.{params['field']}")
    entry = _catalog.get(code)
    if entry is None:
        return code if not params else f"{code} {params}"
    chinese, pair_english = entry
    template = (_english(code) or pair_english or chinese) if _language == "en" else chinese
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def message_for(error: StationDeskError) -> str:
    field = getattr(error, "field", None)  # a ValidationError's field, which a message may name
    return text(error.code, **{**({"field": field} if field else {}), **error.params})


register(
    {
        "form.invalid": "表单中有 {count} 处需要修改。",
        "form.required": "请填写{label}。",
        "not_found": "找不到该记录（{kind}：{key}），它可能已被删除。",
        "id_number.length": "身份证号码应为 18 位（最后一位可以是 X）。",
        "id_number.format": "身份证号码只能包含数字，最后一位可以是 X。",
        "id_number.checksum": "身份证号码校验位不对，请逐位核对。",
        "id_number.birth_date": "身份证号码中的出生日期不存在。",
        "id_number.future_birth": "身份证号码中的出生日期在今天之后。",
        "id_number.duplicate": "该身份证号码已登记给 {name}。",
        "id_number.area_unknown": (
            "提示：前六位 {area} 不是出生年份的地区代码（号码按首次办证地编制，后来常有调整），"
            "老年人常见，可以照常保存。"
        ),
        "phone.format": "电话号码应为 11 位手机号，或带区号的固定电话（如 0758-1234567）。",
        "person.name_required": "请填写姓名。",
        "person.name_too_long": "姓名不能超过 {max} 个字。",
        "person.birth_date_future": "出生日期不能晚于今天。",
        "person.birth_date_mismatch": "出生日期与身份证号码不一致（号码中为 {expected}）。",
        "person.gender_mismatch": "性别与身份证号码不一致。",
        "person.same_name_birth": "已有同名同生日的人员：{name}（{birth_date}），请确认不是重复登记。",
        "person.guardian_is_self": "不能把本人设为自己的监护人。",
        "person.guardian_not_found": "监护人不在人员档案中或已删除。",
        "person.consent_needs_guardian": "登记监护人同意前，请先添加监护人。",
        "consent.date_future": "同意日期不能晚于今天。",
        "person.not_deleted": "该人员未被删除，无需恢复。",
        "date.format": "日期格式应为 年-月-日，如 2024-03-05。",
        "time.format": "时间“{value}”无效，请输入如 0930、930 或 9:30。",
        "station.code_format": "站点编码只能由字母、数字和短横线组成（2-32 位）。",
        "station.name_required": "请填写站点名称。",
        "station.code_mismatch": (
            "此数据文件夹属于站点 {existing}，不能改为 {requested}。如需新站点，请使用另一个数据文件夹（--data-dir）。"
        ),
        "station.not_initialised": (
            "尚未设置站点。请先运行 stationdesk init --station-code 编码 --station-name 名称，"
            "或启动图形界面完成首次设置。"
        ),
        "db.newer": "数据库版本（{found}）比本程序新，本程序无法打开。请安装新版 StationDesk。数据未作任何改动。",
        "db.damaged": (
            "数据库文件 {path} 已损坏或不是 StationDesk 数据库：{reason}。文件未作任何改动。"
            "备份文件夹 {backups} 中有 {count} 个备份，最新的是 {newest}。"
        ),
        "db.damaged_no_backups": (
            "数据库文件 {path} 已损坏或不是 StationDesk 数据库：{reason}。文件未作任何改动。"
            "备份文件夹 {backups} 中还没有备份。"
        ),
        "db.read_only": (
            "无法写入 {path}：文件或文件夹是只读的（或在只读的磁盘上）。数据没有问题；"
            "请让它可写，或用 --data-dir 指定一个可写的数据文件夹。"
        ),
        "db.locked": "数据库正被其他程序使用，这次操作未完成，数据没有改动。请关闭其他使用它的程序后重试。",
        "disk.full": "磁盘已满，无法写入 {path}。这次操作已撤销，之前保存的数据没有改动。请腾出磁盘空间后重试。",
        "data_dir.in_use": (
            "另一个 StationDesk（{doing}，进程 {pid}）正在使用数据文件夹 {path}。请等它结束或关闭它后重试。"
        ),
        "data_dir.holder_window": "图形界面",
        "data_dir.not_a_folder": (
            "数据文件夹 {path} 不是文件夹（它或它的上级是一个文件）。请用 --data-dir 指定一个文件夹。"
        ),
        "data_dir.not_writable": "无法创建或写入数据文件夹 {path}（{reason}）。请用 --data-dir 指定一个可写的文件夹。",
        "text.control_character": "“{field}”中有控制字符（{character}，如响铃、退格或终端转义符），请删除后再保存。",
        "search.too_long": "搜索内容不能超过 {max} 个字。",
        "file.not_found": "找不到文件：{path}",
        "file.not_writable": "无法写入：{path}（{reason}）",
        "file.folder_missing": "文件夹 {folder} 不存在。请先建好它，或选一个已有的文件夹。",
        "file.is_folder": "{path} 是一个文件夹，请给出文件名。",
        "list.unknown_kind": "未知的记录种类：{kind}。可选：{choices}",
    }
)

register(
    {
        "demo.not_empty": "演示数据只能放进空的站点；此数据文件夹里已有人员档案。请用另一个数据文件夹（--data-dir）。",
    }
)

# names of the fields a person types, for messages that name a field ("field" parameter)
register(
    {
        f"field.{name}": labels
        for name, labels in {
            "name": ("名称", "name"),
            "alias": ("化名", "alias"),
            "code": ("编码", "code"),
            "phone": ("电话", "phone"),
            "id_number": ("身份证号", "ID number"),
            "community": ("社区", "community"),
            "street": ("道路门牌", "street and number"),
            "building": ("楼栋", "building"),
            "unit": ("单元", "unit"),
            "room": ("房号", "room"),
            "emergency_contact": ("紧急联系人", "emergency contact"),
            "emergency_phone": ("紧急联系电话", "emergency phone"),
            "notes": ("备注", "notes"),
            "title": ("标题", "title"),
            "place": ("地点", "place"),
            "organiser": ("组织者", "organiser"),
            "content": ("内容", "content"),
            "description": ("说明", "description"),
            "reason": ("原因", "reason"),
            "void_reason": ("作废原因", "reason for voiding"),
            "correction_reason": ("更正原因", "reason for the correction"),
            "skills": ("技能", "skills"),
            "availability": ("可服务时间", "availability"),
            "subjects": ("科目", "subjects"),
            "course": ("课程", "course"),
            "leader": ("负责人", "leader"),
            "relation": ("关系", "relation"),
            "service_area": ("服务区域", "service area"),
            "post": ("岗位", "post"),
            "remark": ("备注", "remark"),
            "text": ("内容", "text"),
            "tags": ("标签", "tags"),
        }.items()
    }
)
