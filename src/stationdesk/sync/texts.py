"""Messages of the sync (station and city), in Chinese and English."""

from stationdesk import messages

messages.register(
    {
        "bundle.not_zip": "同步包不完整或不是同步包文件（可能在写入时被拔出），已拒绝导入，数据未改动。",
        "bundle.entries": "同步包内的文件不对（{detail}），已拒绝导入，数据未改动。",
        "bundle.too_large": "同步包中的 {detail} 超出大小限制（可能是恶意压缩包），已拒绝导入，数据未改动。",
        "bundle.newer_format": (
            "同步包格式版本 {version} 比本程序支持的 {supported} 新，请升级 StationDesk 后再导入。数据未改动。"
        ),
        "bundle.header_invalid": "同步包的包头无效（{reason}），已拒绝导入，数据未改动。",
        "bundle.unknown_signer": "同步包的签名者 {signer} 不是已登记的密钥，已拒绝导入，数据未改动。",
        "bundle.bad_signature": "同步包签名不正确（包头被改动或签名者不对），已拒绝导入，数据未改动。",
        "bundle.not_for_us": "这个同步包不是加密给本方的（收件人不对），已拒绝导入，数据未改动。",
        "bundle.wrong_recipient": "这个同步包是发给 {to} 的，不是本方（{me}），已拒绝导入，数据未改动。",
        "bundle.payload_tampered": "同步包内容被改动或损坏（解密校验失败），已拒绝导入，数据未改动。",
        "bundle.payload_invalid": "同步包内容结构不对（{detail}），已拒绝导入，数据未改动。",
        "bundle.hash_mismatch": "同步包的校验值或大小不符（{what}），已拒绝导入，数据未改动。",
        "bundle.count_mismatch": "同步包中 {table} 的记录数与包头不符，已拒绝导入，数据未改动。",
        "bundle.not_owner": "同步包含有不属于发送方的记录（{table}，来源 {origin}），已拒绝导入，数据未改动。",
        "bundle.id_reused": "同步包编号 {bundle_id} 已用于另一个内容不同的同步包，已拒绝导入，数据未改动。",
        "bundle.schema": "同步包中 {table} 的结构与本程序不符（{detail}），已拒绝导入，数据未改动。",
        "bundle.row_invalid": "同步包中 {table} 有不合格的记录（{detail}），已拒绝导入，数据未改动。",
        "bundle.dangling_reference": "同步包中 {table}.{column} 指向不存在的记录 {value}，已拒绝导入，数据未改动。",
        "bundle.unique_clash": "同步包中的记录与本地记录冲突（{detail}），已拒绝导入，数据未改动。",
        "bundle.gap": (
            "同步包从序号 {since} 开始，但本方只收到 {have}，中间的同步包缺失。请让对方重新导出。数据未改动。"
        ),
        "bundle.wrong_kind": "这个同步包的方向不对（{kind}），应在另一端导入。数据未改动。",
        "sync.not_enrolled": (
            "本站尚未登记到市级平台，不能导出。请先向市社会工作部门索取登记文件，"
            "然后运行 stationdesk enroll 登记文件（或在“数据同步”页点“登记”）。"
        ),
        "sync.already_enrolled": "本站已登记到市级平台 {city}，无需重复登记。",
        "sync.enrolment_invalid": "登记文件无效（{reason}）。",
        "sync.enrolment_other_station": "这份登记文件是给站点 {station} 的，本站是 {me}。",
        "sync.keys_missing": "找不到本机密钥（{folder}）。",
        "sync.keys_damaged": "本机密钥文件已损坏（{folder}）。",
        "sync.write_verify_failed": "写入后回读校验失败：{path}。U 盘可能有问题，请换一个再试。文件已删除。",
        "sync.conflict_not_found": "找不到这条冲突，或它已处理。",
        "city.exists": "市级平台数据库已存在：{url}",
        "city.not_initialised": (
            "这里还没有市级平台数据库：{url}。请先运行 stationdesk city init --db 地址 --name 名称。"
        ),
        "city.keys_needed": "PostgreSQL 平台需要用 --keys 指定密钥文件夹（或设置 STATIONDESK_CITY_KEYS）。",
        "city.keys_mismatch": "密钥文件夹 {folder} 中的密钥与平台数据库登记的不一致。",
        "city.db_unreachable": "无法连接市级平台数据库：{reason}",
        "city.unknown_station": "平台中没有站点 {station}。",
        "city.station_code_taken": "站点编码 {station} 已登记并启用，不能再次登记。",
        "city.station_not_active": "站点 {station} 还没有发来第一个同步包，暂时无法向它导出。",
        "city.bad_field": "字段 {field} 的值无效：{reason}",
        "city.unknown_table": "未知的数据表：{table}",
        "city.needs_driver": (
            "这台电脑上的 StationDesk 没有 PostgreSQL 驱动（{module}）。"
            '请安装：pip install "stationdesk[postgres]"（或 pip install "psycopg[binary]"）。'
        ),
        "city.db_needed": (
            "请用 --db 指定市级平台数据库（SQLite 文件路径或 postgresql://…），或设置环境变量 STATIONDESK_CITY_DB。"
        ),
        "city.bad_url": "数据库地址无效：{url}（应为 SQLite 文件路径或 postgresql://…）",
    }
)

messages.register(
    {
        "report.none": "还没有导入过同步包。",
        "report.refused": "已拒绝：{message}",
        "report.applied": "已导入",
        "report.already_imported": "此同步包已导入过，未作改动",
        "report.covered": "已被后来的同步包覆盖，未作改动",
        "report.dry_run": "仅检查，未写入",
        "report.bundle": "同步包 {id}（来自 {sender}）：{status}",
        "report.table": "{table}：新增 {imported}，更新 {updated}，未变 {unchanged}，删除 {deleted}，冲突 {conflicts}",
        "report.conflict": "冲突 {table} {id}：保留 {kept} 的值，另一方 {other} 的值已存入冲突列表",
        "report.conflict_count": "冲突 {n} 条，两方的值都已保留，见冲突列表。",
        "report.city_conflicts": "市级平台判定的冲突 {n} 条已加入冲突列表，可在那里保留或改用另一方的值。",
        "report.file": "报告：{path}",
        "table.activity": "活动",
        "table.activity_participant": "活动参与者",
        "table.assessment": "能力评估",
        "table.assessment_score": "评估得分",
        "table.catalog_item": "维护列表项",
        "table.dispatch": "派单",
        "table.elder_profile": "老人档案",
        "table.follow_up": "跟进事项",
        "table.guardian_consent": "监护人同意",
        "table.guardianship": "监护关系",
        "table.need": "需求",
        "table.need_state_change": "需求状态变更",
        "table.person": "人员档案",
        "table.person_correction": "人员信息更正",
        "table.resource": "资源",
        "table.service_record": "服务记录",
        "table.service_record_person": "服务对象",
        "table.service_record_volunteer": "服务志愿者",
        "table.shift_correction": "时长更正",
        "table.station_service": "站点服务",
        "table.team_membership": "队伍成员",
        "table.tutoring_attendance": "课堂考勤",
        "table.tutoring_case_note": "个案记录",
        "table.tutoring_class": "辅导班",
        "table.tutoring_class_tutor": "班级辅导员",
        "table.tutoring_enrolment": "报名",
        "table.tutoring_session": "课次",
        "table.tutoring_session_tutor": "课次辅导员",
        "table.tutoring_slot": "课表时段",
        "table.visit": "探访",
        "table.visit_visitor": "探访人员",
        "table.volunteer": "志愿者",
        "table.volunteer_award": "志愿者表彰",
        "table.volunteer_certificate": "服务时长证明",
        "table.volunteer_project": "志愿服务项目",
        "table.volunteer_shift": "志愿服务时长",
        "table.volunteer_team": "志愿者队伍",
        "table.volunteer_training": "志愿者培训",
        "conflicts.none": "没有未处理的冲突。",
        "conflicts.resolved": "已处理。",
        "conflicts.took_other": "已改用另一方的值，下次导出时会发给市级平台。",
        "conflicts.decided_by": "（{by} 判定）",
        "conflicts.line": "#{seq} {where}{table} {id} [{kind}] 保留 {kept} / 另一方 {other}: {fields}",
        "sync.enrolled": "已登记到 {name}（{code}）。请与市级平台电话核对以下指纹：",
        "sync.city_keys": "  市级签名密钥 {signing}   加密密钥 {encryption}",
        "sync.station_keys": "  本站签名密钥 {signing}   加密密钥 {encryption}",
        "sync.exported": "已导出并校验：{path}（序号 {since}→{up_to}，共 {total} 条记录）",
        "sync.status_not_enrolled": "本站尚未登记到市级平台。",
        "sync.status_city": "市级平台：{name}（{code}）；已确认到序号 {acked}，当前序号 {current}",
        "sync.status_last": "上次导出：{exported}；上次导入：{imported}",
        "sync.waiting": "待发送记录：{n}",
        "sync.waiting_detail": "待发送记录：{n}（{detail}）",
        "sync.open_conflicts": "未处理冲突：{n}",
        "city.created": "市级平台 {name}（{code}）已创建。密钥：{keys}",
        "city.fingerprints": "  签名密钥指纹 {signing}   加密密钥指纹 {encryption}",
        "city.enrolment_written": "登记文件已写入 {path}（站点 {code} {name}，一次性令牌）。",
        "city.check_fingerprints": "  请站点核对：签名密钥指纹 {signing}   加密密钥指纹 {encryption}",
        "city.exported": (
            "已导出并校验：{path}（给 {station}，确认站点序号 {acknowledged}，"
            "平台序号 {since}→{up_to}，{total} 条记录）"
        ),
        "city.exported_with_conflicts": (
            "已导出并校验：{path}（给 {station}，确认站点序号 {acknowledged}，平台序号 {since}→{up_to}，"
            "{total} 条记录，附该站冲突 {conflicts_sent} 条）"
        ),
        "city.stats": "{name}（{code}），未处理冲突 {n}",
        "city.station_line": "  {code} {name}：{state}，记录 {records}，最近同步包 {last}",
        "city.station_active": "已启用",
        "city.station_waiting": "待首个同步包",
        "city.edited": "已修改 {table} {id}（版本 {version}），下次为该站导出时发回。",
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
        "  " + messages.text("report.table", table=table_label(name), **counts)
        for name, counts in report.get("tables", {}).items()
    ]
    lines += [
        "  "
        + messages.text("report.conflict", table=table_label(c["table"]), id=c["id"], kept=c["kept"], other=c["other"])
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
    return messages.text(
        "conflicts.line",
        seq=seq,
        where=where,
        table=table,
        id=row_id,
        kind=kind,
        kept=kept_writer,
        other=other_writer,
        fields=fields,
    )


def table_label(table: str) -> str:
    """A synced table as a worker calls it ("人员档案" / "people"); the table name when it has none."""
    return messages.text(f"table.{table}") if messages.has_text(f"table.{table}") else table


def field_label(column: str) -> str:
    """A column by the field label the forms' messages use; the column name when it has none."""
    return messages.text(f"field.{column}") if messages.has_text(f"field.{column}") else column
