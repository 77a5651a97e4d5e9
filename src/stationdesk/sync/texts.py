"""Messages of the sync (station and city), in Chinese and English."""

from stationdesk import messages

messages.register(
    {
        "bundle.not_zip": (
            "同步包不完整或不是同步包文件（可能在写入时被拔出），已拒绝导入，数据未改动。",
            "The bundle is truncated or not a bundle file (pulled out while writing?); refused, nothing changed.",
        ),
        "bundle.entries": (
            "同步包内的文件不对（{detail}），已拒绝导入，数据未改动。",
            "The bundle holds the wrong files ({detail}); refused, nothing changed.",
        ),
        "bundle.too_large": (
            "同步包中的 {detail} 超出大小限制（可能是恶意压缩包），已拒绝导入，数据未改动。",
            "{detail} in the bundle is beyond the size limits (a zip bomb?); refused, nothing changed.",
        ),
        "bundle.newer_format": (
            "同步包格式版本 {version} 比本程序支持的 {supported} 新，请升级 StationDesk 后再导入。数据未改动。",
            "The bundle format {version} is newer than this program supports ({supported}); "
            "upgrade StationDesk. Nothing changed.",
        ),
        "bundle.header_invalid": (
            "同步包的包头无效（{reason}），已拒绝导入，数据未改动。",
            "The bundle header is invalid ({reason}); refused, nothing changed.",
        ),
        "bundle.unknown_signer": (
            "同步包的签名者 {signer} 不是已登记的密钥，已拒绝导入，数据未改动。",
            "The bundle is signed by {signer} with a key that is not registered; refused, nothing changed.",
        ),
        "bundle.bad_signature": (
            "同步包签名不正确（包头被改动或签名者不对），已拒绝导入，数据未改动。",
            "The bundle signature is wrong (header changed or wrong signer); refused, nothing changed.",
        ),
        "bundle.not_for_us": (
            "这个同步包不是加密给本方的（收件人不对），已拒绝导入，数据未改动。",
            "This bundle is encrypted for someone else; refused, nothing changed.",
        ),
        "bundle.wrong_recipient": (
            "这个同步包是发给 {to} 的，不是本方（{me}），已拒绝导入，数据未改动。",
            "This bundle is addressed to {to}, not to {me}; refused, nothing changed.",
        ),
        "bundle.payload_tampered": (
            "同步包内容被改动或损坏（解密校验失败），已拒绝导入，数据未改动。",
            "The bundle payload was changed or damaged (decryption check failed); refused, nothing changed.",
        ),
        "bundle.payload_invalid": (
            "同步包内容结构不对（{detail}），已拒绝导入，数据未改动。",
            "The bundle payload is malformed ({detail}); refused, nothing changed.",
        ),
        "bundle.hash_mismatch": (
            "同步包的校验值或大小不符（{what}），已拒绝导入，数据未改动。",
            "A hash or size in the bundle does not match ({what}); refused, nothing changed.",
        ),
        "bundle.count_mismatch": (
            "同步包中 {table} 的记录数与包头不符，已拒绝导入，数据未改动。",
            "The record count of {table} does not match the header; refused, nothing changed.",
        ),
        "bundle.not_owner": (
            "同步包含有不属于发送方的记录（{table}，来源 {origin}），已拒绝导入，数据未改动。",
            "The bundle holds records the sender does not own ({table}, origin {origin}); refused, nothing changed.",
        ),
        "bundle.id_reused": (
            "同步包编号 {bundle_id} 已用于另一个内容不同的同步包，已拒绝导入，数据未改动。",
            "Bundle id {bundle_id} was already used for different content; refused, nothing changed.",
        ),
        "bundle.schema": (
            "同步包中 {table} 的结构与本程序不符（{detail}），已拒绝导入，数据未改动。",
            "The structure of {table} in the bundle does not fit this program ({detail}); refused, nothing changed.",
        ),
        "bundle.row_invalid": (
            "同步包中 {table} 有不合格的记录（{detail}），已拒绝导入，数据未改动。",
            "The bundle has an invalid {table} record ({detail}); refused, nothing changed.",
        ),
        "bundle.dangling_reference": (
            "同步包中 {table}.{column} 指向不存在的记录 {value}，已拒绝导入，数据未改动。",
            "{table}.{column} in the bundle points at a record that exists nowhere ({value}); "
            "refused, nothing changed.",
        ),
        "bundle.unique_clash": (
            "同步包中的记录与本地记录冲突（{detail}），已拒绝导入，数据未改动。",
            "A record in the bundle clashes with a local one ({detail}); refused, nothing changed.",
        ),
        "bundle.gap": (
            "同步包从序号 {since} 开始，但本方只收到 {have}，中间的同步包缺失。请让对方重新导出。数据未改动。",
            "The bundle starts at sequence {since} but only {have} arrived here; "
            "one is missing. Ask for a new export. Nothing changed.",
        ),
        "bundle.wrong_kind": (
            "这个同步包的方向不对（{kind}），应在另一端导入。数据未改动。",
            "This bundle goes the other way ({kind}); import it at the other end. Nothing changed.",
        ),
        "sync.not_enrolled": (
            "本站尚未登记到市级平台，不能导出。请先向市民政部门索取登记文件，"
            "然后运行 stationdesk enroll 登记文件（或在“数据同步”页点“登记”）。",
            "This station is not enrolled with the city and cannot export. "
            "Get the enrolment file from the city, then run stationdesk enroll FILE (or 数据同步 > 登记).",
        ),
        "sync.already_enrolled": (
            "本站已登记到市级平台 {city}，无需重复登记。",
            "This station is already enrolled with {city}.",
        ),
        "sync.enrolment_invalid": ("登记文件无效（{reason}）。", "The enrolment file is invalid ({reason})."),
        "sync.enrolment_other_station": (
            "这份登记文件是给站点 {station} 的，本站是 {me}。",
            "This enrolment file is for station {station}; this is {me}.",
        ),
        "sync.keys_missing": ("找不到本机密钥（{folder}）。", "The keys are missing ({folder})."),
        "sync.keys_damaged": ("本机密钥文件已损坏（{folder}）。", "The key files are damaged ({folder})."),
        "sync.write_verify_failed": (
            "写入后回读校验失败：{path}。U 盘可能有问题，请换一个再试。文件已删除。",
            "Reading back the written bundle failed: {path}. "
            "The drive may be faulty; try another. The file was removed.",
        ),
        "sync.conflict_not_found": (
            "找不到这条冲突，或它已处理。",
            "This conflict does not exist or was already resolved.",
        ),
        "city.exists": ("市级平台数据库已存在：{url}", "A city hub already exists at {url}"),
        "city.not_initialised": (
            "这里还没有市级平台数据库：{url}。请先运行 stationdesk city init --db 地址 --name 名称。",
            "There is no city hub at {url}. Run stationdesk city init --db URL --name NAME first.",
        ),
        "city.keys_needed": (
            "PostgreSQL 平台需要用 --keys 指定密钥文件夹（或设置 STATIONDESK_CITY_KEYS）。",
            "A PostgreSQL hub needs a key folder: --keys DIR (or STATIONDESK_CITY_KEYS).",
        ),
        "city.keys_mismatch": (
            "密钥文件夹 {folder} 中的密钥与平台数据库登记的不一致。",
            "The keys in {folder} are not the hub's registered keys.",
        ),
        "city.db_unreachable": ("无法连接市级平台数据库：{reason}", "Cannot reach the city hub database: {reason}"),
        "city.unknown_station": ("平台中没有站点 {station}。", "The hub has no station {station}."),
        "city.station_code_taken": (
            "站点编码 {station} 已登记并启用，不能再次登记。",
            "Station code {station} is already enrolled and active.",
        ),
        "city.station_not_active": (
            "站点 {station} 还没有发来第一个同步包，暂时无法向它导出。",
            "Station {station} has not sent its first bundle yet; nothing can be exported to it.",
        ),
        "city.bad_field": ("字段 {field} 的值无效：{reason}", "Invalid value for {field}: {reason}"),
        "city.unknown_table": ("未知的数据表：{table}", "Unknown table: {table}"),
        "city.needs_driver": (
            "这台电脑上的 StationDesk 没有 PostgreSQL 驱动（{module}）。"
            '请安装：pip install "stationdesk[postgres]"（或 pip install "psycopg[binary]"）。',
            "This StationDesk has no PostgreSQL driver ({module}). "
            'Install it: pip install "stationdesk[postgres]" (or pip install "psycopg[binary]").',
        ),
        "city.db_needed": (
            "请用 --db 指定市级平台数据库（SQLite 文件路径或 postgresql://…），或设置环境变量 STATIONDESK_CITY_DB。",
            "Give the city hub's database with --db (a SQLite path or postgresql://...), or set STATIONDESK_CITY_DB.",
        ),
        "city.bad_url": (
            "数据库地址无效：{url}（应为 SQLite 文件路径或 postgresql://…）",
            "Invalid database address {url} (a SQLite path or postgresql://...)",
        ),
    }
)

messages.register(
    {
        "report.none": ("还没有导入过同步包。", "No bundle has been imported yet."),
        "report.refused": ("已拒绝：{message}", "Refused: {message}"),
        "report.applied": ("已导入", "Imported"),
        "report.already_imported": ("此同步包已导入过，未作改动", "This bundle was imported before; nothing changed"),
        "report.covered": ("已被后来的同步包覆盖，未作改动", "Already covered by a later bundle; nothing changed"),
        "report.dry_run": ("仅检查，未写入", "Checked only, nothing written"),
        "report.bundle": ("同步包 {id}（来自 {sender}）：{status}", "Bundle {id} (from {sender}): {status}"),
        "report.table": (
            "{table}：新增 {imported}，更新 {updated}，未变 {unchanged}，删除 {deleted}，冲突 {conflicts}",
            "{table}: {imported} new, {updated} updated, "
            "{unchanged} unchanged, {deleted} deleted, {conflicts} conflicts",
        ),
        "report.conflict": (
            "冲突 {table} {id}：保留 {kept} 的值，另一方 {other} 的值已存入冲突列表",
            "Conflict {table} {id}: {kept}'s value kept, {other}'s value saved in the conflict list",
        ),
        "report.conflict_count": (
            "冲突 {n} 条，两方的值都已保留，见冲突列表。",
            "{n} conflicts; both values are kept, see the conflict list.",
        ),
        "report.city_conflicts": (
            "市级平台判定的冲突 {n} 条已加入冲突列表，可在那里保留或改用另一方的值。",
            "{n} conflicts decided by the city were added to the conflict list; keep or take the other value there.",
        ),
        "report.file": ("报告：{path}", "Report: {path}"),
    }
)


def report_lines(report: dict | None) -> list[str]:
    """An import report as lines of text in the user's language, for the CLI and both windows."""
    if not report:
        return [messages.text("report.none")]
    if report.get("status") == "refused":
        return [messages.text("report.refused", message=report.get("refused", {}).get("message", ""))]
    status_code = f"report.{report.get('status')}"
    status = messages.text(status_code) if messages.has_text(status_code) else str(report.get("status", ""))
    lines = [
        messages.text("report.bundle", id=report.get("bundle_id", ""), sender=report.get("from", ""), status=status)
    ]
    lines += [
        "  " + messages.text("report.table", table=name, **counts) for name, counts in report.get("tables", {}).items()
    ]
    lines += [
        "  " + messages.text("report.conflict", table=c["table"], id=c["id"], kept=c["kept"], other=c["other"])
        for c in report.get("conflicts", [])
    ]
    if report.get("conflict_count"):
        lines.append(messages.text("report.conflict_count", n=report["conflict_count"]))
    if report.get("city_conflicts"):
        lines.append(messages.text("report.city_conflicts", n=report["city_conflicts"]))
    if report.get("report_file"):
        lines.append("  " + messages.text("report.file", path=report["report_file"]))
    return lines


def masked(field: str, value):
    """A conflict's value as shown anywhere but the record's own page: ID numbers and phones masked."""
    from stationdesk.domain.id_number import mask_id_number
    from stationdesk.domain.phone import mask_phone

    if isinstance(value, str) and value:
        if field == "id_number":
            return mask_id_number(value)
        if field == "phone" or field.endswith("_phone"):
            return mask_phone(value)
    return value


def conflict_line(
    seq: int,
    where: str,
    table: str,
    row_id: str,
    kind: str,
    kept_writer: str,
    kept: dict,
    other_writer: str,
    other: dict,
    differences,
) -> str:
    """One open conflict on a line, for the CLI of the station and of the city (values masked)."""
    fields = ", ".join(f"{f}: {masked(f, kept.get(f))!r} / {masked(f, other.get(f))!r}" for f in differences)
    return f"#{seq} {where}{table} {row_id} [{kind}] 保留 {kept_writer} / 另一方 {other_writer}: {fields}"
