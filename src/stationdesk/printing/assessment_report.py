"""老年人能力评估报告 (A4): the elder's details (ID masked), every item's score, sub-totals, total,
level, adjustments, and signature lines for both assessors and the elder or family."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from stationdesk.domain import ability_assessment as gbt
from stationdesk.printing.template import StationDocument

GENDERS = {"M": "男", "F": "女"}


def build_assessment_report(detail, person, station_name: str, printed_on: date) -> bytes:
    """``detail``: services.assessments.AssessmentDetail; ``person``: services.people.PersonSummary."""
    out = BytesIO()
    doc = StationDocument(out, title="老年人能力评估报告", station_name=station_name, printed_on=printed_on)
    data, result, summary = detail.data, detail.result, detail.summary
    width = doc.width
    story: list = [
        doc.title_block("老年人能力评估报告"),
        doc.paragraph("依据 GB/T 42195-2022《老年人能力评估规范》", "small"),
    ]
    story.append(Spacer(1, 3 * mm))

    info = [
        [
            "姓名",
            person.name,
            "性别",
            GENDERS.get(person.gender, ""),
            "年龄",
            "" if person.age is None else f"{person.age} 岁",
        ],
        [
            "身份证号",
            person.id_number_masked or "—",
            "联系电话",
            person.phone_masked or "—",
            "评估日期",
            f"{summary.assessed_on:%Y-%m-%d}",
        ],
        [
            "住址",
            person.address or "—",
            "评估原因",
            summary.reason,
            "信息提供者",
            f"{data.informant}（{data.informant_relation}）" if data.informant else "—",
        ],
    ]
    table = doc.table(info, [width * w for w in (0.11, 0.22, 0.12, 0.17, 0.14, 0.24)], header_rows=0)
    table.setStyle(TableStyle([("BACKGROUND", (c, 0), (c, -1), colors.HexColor("#f2f2f2")) for c in (0, 2, 4)]))
    story += [table, Spacer(1, 4 * mm)]

    rows: list[list] = [["编号", "评估项目", "得分", "满分", "评定情况"]]
    section_rows: list[int] = []
    for indicator in gbt.INDICATORS:
        section_rows.append(len(rows))
        rows.append(
            [
                indicator.code,
                f"{indicator.name}（小计 {result.sub_totals[indicator.key]} / {indicator.max_score}）",
                "",
                "",
                "",
            ]
        )
        for item in indicator.items:
            score = data.scores.get(item.code)
            description = dict(item.levels).get(score, "") if score is not None else "未评"
            rows.append(
                [
                    item.code,
                    item.name,
                    "—" if score is None else str(score),
                    str(item.max_score),
                    doc.paragraph(description, "small"),
                ]
            )
    table = doc.table(rows, [width * w for w in (0.09, 0.2, 0.08, 0.08, 0.55)])
    extra = [("ALIGN", (2, 1), (3, -1), "CENTER")]
    for r in section_rows:
        extra += [("SPAN", (1, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eef3ea"))]
    table.setStyle(TableStyle(extra))
    story += [table, Spacer(1, 4 * mm)]

    total = "—" if summary.total is None else f"{summary.total} / {gbt.MAX_TOTAL}"
    preliminary = gbt.level_name(detail.result.preliminary_level) or "—"
    adjustments = "；".join(gbt.ADJUSTMENT_TEXT[a][0] for a in result.applied) or "无"
    events = f"{data.risk_events_30_days} 次" + (
        f"（{'、'.join(data.risk_event_kinds)}）" if data.risk_event_kinds else ""
    )
    results = [
        ["总分", total, "初步等级", preliminary],
        ["昏迷", "是" if data.coma else "否", "痴呆或精神障碍诊断", "有" if data.dementia else "无"],
        ["近30天照护风险事件", events, "等级调整", doc.paragraph(adjustments, "cell")],
        ["评估等级", summary.level_name, "", ""],
    ]
    table = doc.table(results, [width * w for w in (0.2, 0.3, 0.2, 0.3)], header_rows=0)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (1, 3), (-1, 3)),
                ("FONT", (1, 3), (1, 3), doc.font, 14),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")),
                ("BACKGROUND", (2, 0), (2, 2), colors.HexColor("#f2f2f2")),
                ("TOPPADDING", (0, 3), (-1, 3), 6),
                ("BOTTOMPADDING", (0, 3), (-1, 3), 6),
            ]
        )
    )
    closing = [doc.paragraph("评估结果", "heading"), table]
    if data.notes:
        closing += [Spacer(1, 2 * mm), doc.paragraph(f"备注：{data.notes}")]
    closing += [
        Spacer(1, 2 * mm),
        doc.paragraph(f"评估员：{data.assessor_1}、{data.assessor_2}", "body"),
        *doc.signature_lines(["评估员", "评估员", "老人或家属"]),
        doc.paragraph("签字日期：______年____月____日", "small"),
    ]
    story.append(KeepTogether(closing))
    doc.build(story)
    return out.getvalue()
