"""Elderly ability assessment after GB/T 42195-2022 《老年人能力评估规范》, as data plus the scoring rules.

Sources (the standard's own text is sold by SAC; these quote it):
- Appendix B (老年人能力评估表), items B.1.1-B.4.5 with their level descriptions, as quoted in full in
  an open implementation's fixture (GitHub code search, "B.1老年人能力评估表 … B.4总计得分") and
  cross-checked against two other open forms (B.4.4 使用交通工具外出 0-3 in both; one other form
  scores it 0-2, which would make the total 89 — we follow the 0-3 text, whose sum is the standard's 90).
- Levels and adjustments: the standard's clause on 能力等级 (quoted by a 2026 assessor-training note,
  leayin.com "特殊情形下老年人能力评估调整标准国标解读"): total 90 → 能力完好, 66-89 轻度失能,
  46-65 中度失能, 30-45 重度失能, 0-29 完全失能; a person in a coma is rated 完全失能 directly
  without scoring; diagnosed dementia (ICD-10 F00-F03) or another mental and behavioural disorder
  diagnosed by a psychiatrist (F04-F99), or two or more care-risk events (跌倒, 噎食, 自杀, 自伤,
  走失 …) in the last 30 days, raise the preliminary level by one ("满足以下任一条件 … 上调一个
  等级": any one of them, so they do not add up to two levels).
- Where sources disagree: the note under item B.3.9 意识水平 in the appendix form reads "处于昏迷状态者，
  直接评定为重度失能", while the level clause says 完全失能. We follow the level clause (完全失能),
  which is the rule that decides the level, and record the adjustment so the report states it.

Maxima are derived from the item definitions (自理能力 32 + 基础运动能力 15 + 精神状态 28 +
感知觉与社会参与 15 = 90); nothing here hard-codes a section maximum.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from stationdesk.errors import ValidationError


@dataclass(frozen=True)
class Item:
    code: str  # "B.1.1"
    name: str  # 进食
    definition: str  # what is assessed
    levels: tuple[tuple[int, str], ...]  # (score, description), best first

    @property
    def max_score(self) -> int:
        return max(score for score, _ in self.levels)

    @property
    def scores(self) -> frozenset[int]:
        return frozenset(score for score, _ in self.levels)


@dataclass(frozen=True)
class Indicator:
    key: str  # "self_care"
    code: str  # "B.1"
    name: str  # 自理能力
    items: tuple[Item, ...]

    @property
    def max_score(self) -> int:
        return sum(item.max_score for item in self.items)


_ASSIST = (
    (4, "独立完成，不需要协助"),
    (3, "在他人指导或提示下完成"),
    (2, "需要他人协助，但以自身完成为主"),
    (1, "主要依靠他人协助，自身能给予配合"),
    (0, "完全依赖他人协助，且不能给予配合"),
)

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "self_care",
        "B.1",
        "自理能力",
        (
            Item(
                "B.1.1",
                "进食",
                "使用适当的器具将食物送入口中并咽下",
                (
                    (4, "独立使用器具将食物送进口中并咽下，没有呛咳"),
                    (3, "在他人指导或提示下完成，或独立使用辅具，没有呛咳"),
                    (2, "进食中至少需要少量接触式协助，偶尔（每月一次及以上）呛咳"),
                    (1, "在进食中需要大量接触式协助，经常（每周一次及以上）呛咳"),
                    (0, "完全依赖他人协助进食，或吞咽困难，或留置营养管"),
                ),
            ),
            Item("B.1.2", "修饰", "洗脸、刷牙、梳头、刮脸、剪指（趾）甲等", _ASSIST),
            Item("B.1.3", "洗澡", "清洗和擦干身体", _ASSIST),
            Item("B.1.4", "穿/脱上衣", "穿/脱上身衣服、系扣、拉拉链等", _ASSIST),
            Item("B.1.5", "穿/脱裤子和鞋袜", "穿/脱裤子、鞋袜等", _ASSIST),
            Item(
                "B.1.6",
                "小便控制",
                "控制和排出尿液的能力",
                (
                    (4, "可自行控制排尿，排尿次数、排尿控制均正常"),
                    (3, "白天可自行控制排尿次数，夜间出现排尿次数增多、排尿控制较差，或自行使用尿布、尿垫等辅助用物"),
                    (
                        2,
                        "白天大部分时间可自行控制排尿，偶出现（每天<1次，但每周>1次）尿失禁，夜间控制排尿较差，"
                        "或他人少量协助使用尿布、尿垫等辅助用物",
                    ),
                    (
                        1,
                        "白天大部分时间不能控制排尿（每天≥1次，但尚非完全失控），夜间出现尿失禁，"
                        "或他人大量协助使用尿布、尿垫等辅助用物",
                    ),
                    (0, "小便失禁，完全不能控制排尿，或留置导尿管"),
                ),
            ),
            Item(
                "B.1.7",
                "大便控制",
                "控制和排出粪便的能力",
                (
                    (4, "可正常自行控制大便排出"),
                    (3, "有时出现（每天<1次）便秘或大便失禁，或自行使用开塞露、尿垫等辅助用物"),
                    (2, "经常出现（每天<1次，但每周>1次）便秘或大便失禁，或他人少量协助使用开塞露、尿垫等辅助用物"),
                    (
                        1,
                        "大部分时间均出现（每天≥1次）便秘或大便失禁，但尚非完全失控，或他人大量协助使用开塞露、尿垫等辅助用物",
                    ),
                    (0, "严重便秘或者完全大便失禁，需要依赖他人协助排便或清洁皮肤"),
                ),
            ),
            Item("B.1.8", "如厕", "上厕所排泄大小便，并清洁身体（含解开、穿上裤子）", _ASSIST),
        ),
    ),
    Indicator(
        "motor",
        "B.2",
        "基础运动能力",
        (
            Item("B.2.1", "床上体位转移", "卧床翻身及坐起躺下", _ASSIST),
            Item("B.2.2", "床椅转移", "从坐位到站位，再从站位到坐位的转换过程", _ASSIST),
            Item(
                "B.2.3",
                "平地行走",
                "双脚交互的方式在地面行动（包括他人辅助和使用辅具的步行）",
                (
                    (4, "独立平地行走50 m左右，不需要协助，无摔倒风险"),
                    (3, "能平地行走50 m左右，存在跌倒风险，需要他人监护或指导，或使用拐杖、助行器等辅助工具"),
                    (2, "在步行时需要他人少量扶持协助"),
                    (1, "在步行时需要他人大量扶持协助"),
                    (0, "完全不能步行"),
                ),
            ),
            Item(
                "B.2.4",
                "上下楼梯",
                "双脚交替完成楼梯台阶连续的上下移动",
                (
                    (3, "可独立上下楼梯（连续上下10个~15个台阶），不需要协助"),
                    (2, "在他人指导或提示下完成"),
                    (1, "需要他人协助，但以自身完成为主"),
                    (0, "主要依靠他人协助，自身能给予配合；或者完全依赖他人协助，且不能给予配合"),
                ),
            ),
        ),
    ),
    Indicator(
        "mental",
        "B.3",
        "精神状态",
        (
            Item(
                "B.3.1",
                "时间定向",
                "知道并确认时间的能力",
                (
                    (4, "时间观念（年、月）清楚，日期（或星期几）可相差一天"),
                    (3, "时间观念有些下降，年、月、日（或星期几）不能全部分清（相差两天或以上）"),
                    (2, "时间观念较差，年、月、日不清楚，可知上半年或下半年或季节"),
                    (1, "时间观念很差，年、月、日不清楚，可知上午、下午或白天、夜间"),
                    (0, "无时间观念"),
                ),
            ),
            Item(
                "B.3.2",
                "空间定向",
                "知道并确认空间的能力",
                (
                    (4, "能在日常生活范围内单独外出，如在日常居住小区内独自外出购物等"),
                    (3, "不能单独外出，但能准确知道自己日常生活所在地的地址信息"),
                    (2, "不能单独外出，但知道较多有关自己日常生活的地址信息"),
                    (1, "不能单独外出，但知道较少自己居住或生活所在地的地址信息"),
                    (0, "不能单独外出，无空间观念"),
                ),
            ),
            Item(
                "B.3.3",
                "人物定向",
                "知道并确认人物的能力",
                (
                    (4, "认识长期共同一起生活的人，能称呼并知道关系"),
                    (3, "能认识大部分共同生活居住的人，能称呼或知道关系"),
                    (2, "能认识部分日常同住的亲人或照护者等，能称呼或知道关系等"),
                    (1, "只认识自己或极少数日常同住的亲人或照护者等"),
                    (0, "不认识任何人（包括自己）"),
                ),
            ),
            Item(
                "B.3.4",
                "记忆",
                "短时、近期和远期记忆能力",
                (
                    (4, "总能保持与社会、年龄所适应的记忆能力，能完整的回忆"),
                    (3, "出现轻度的记忆紊乱或回忆不能（即时信息3个词语经过5分钟后仅能回忆0~1个）"),
                    (2, "出现中度的记忆紊乱或回忆不能（不能回忆近期记忆，不记得上一顿饭吃了什么）"),
                    (1, "出现重度记忆紊乱或回忆不能（不能回忆远期记忆，不记得自己的老朋友）"),
                    (0, "记忆完全紊乱或者完全不能对既往事物进行正确的回忆"),
                ),
            ),
            Item(
                "B.3.5",
                "理解能力",
                "理解语言信息和非语言信息的能力（可借助平时使用的助听设备等）",
                (
                    (4, "能正常理解他人的话"),
                    (3, "能理解他人的话，但需要增加时间"),
                    (2, "理解有困难，需要频繁重复或简化口头表达"),
                    (1, "理解有严重困难，需要大量他人帮助"),
                    (0, "完全不能理解他人的话"),
                ),
            ),
            Item(
                "B.3.6",
                "表达能力",
                "表达信息能力，包括口头的和非口头的",
                (
                    (4, "能正常表达自己的想法"),
                    (3, "能表达自己的需要，但需要增加时间"),
                    (2, "表达需要有困难，需频繁重复或简化口头表达"),
                    (1, "表达有严重困难，需要大量他人帮助"),
                    (0, "完全不能表达需要"),
                ),
            ),
            Item(
                "B.3.7",
                "攻击行为",
                "身体攻击行为（如打、踢、推、咬、抓、摔东西）和语言攻击行为（如骂人、语言威胁、尖叫）",
                ((1, "未出现"), (0, "近一个月内出现过攻击行为")),
            ),
            Item(
                "B.3.8",
                "抑郁症状",
                "情绪低落、兴趣减退、活力减退等，甚至妄想、幻觉、自杀念头或行为（长期的负性情绪）",
                ((1, "未出现"), (0, "近一个月内出现过负性情绪")),
            ),
            Item(
                "B.3.9",
                "意识水平",
                "对自身和周围环境的刺激做出应答反应的能力程度",
                (
                    (2, "神志清醒，对周围环境能做出正确反应"),
                    (1, "嗜睡（可唤醒，能正确交谈或执行指令，停止刺激后又入睡）；或意识模糊，注意力涣散，定向力障碍"),
                    (0, "昏睡（强烈刺激下可短时清醒，刺激减弱后很快又入睡）；或者昏迷"),
                ),
            ),
        ),
    ),
    Indicator(
        "perception",
        "B.4",
        "感知觉与社会参与",
        (
            Item(
                "B.4.1",
                "视力",
                "感受光线及物体大小、形状的能力（在个体最好矫正视力下评估）",
                (
                    (2, "视力正常"),
                    (1, "能看清楚大字体，但看不清书报上的标准字体；视力有限，看不清报纸大标题，但能辨认物体"),
                    (0, "只能看到光、颜色和形状；完全失明"),
                ),
            ),
            Item(
                "B.4.2",
                "听力",
                "辨别声音的方位、音调、音量和音质的能力（可借助平时使用的助听设备）",
                (
                    (2, "听力正常"),
                    (1, "在轻声说话或说话距离超过两米时听不清；正常交流有些困难，需在安静环境或大声说话才能听到"),
                    (0, "讲话者大声说话或说话很慢，才能部分听见；完全失聪"),
                ),
            ),
            Item(
                "B.4.3",
                "执行日常事务",
                "计划、安排并完成日常事务，包括但不限于洗衣服、小金额购物、服药管理",
                (
                    (4, "能完全独立计划、安排和完成日常事务，无需协助"),
                    (3, "在计划、安排和完成日常事务时需要他人监护或指导"),
                    (2, "在计划、安排和完成日常事务时需要少量协助"),
                    (1, "在计划、安排和完成日常事务时需要大量协助"),
                    (0, "完全依赖他人进行日常事务"),
                ),
            ),
            Item(
                "B.4.4",
                "使用交通工具外出",
                "使用交通工具外出的能力",
                (
                    (3, "能自己骑车或搭乘公共交通工具外出"),
                    (2, "能自己搭乘出租车，但不会搭乘其他公共交通工具外出"),
                    (1, "当有人协助或陪伴，可搭乘公共交通工具外出"),
                    (0, "只能在他人协助下搭乘出租车或私家车外出；完全不能出门，或者外出完全需要协助"),
                ),
            ),
            Item(
                "B.4.5",
                "社会交往能力",
                "参与社会、适应社会环境并与人交往的能力",
                (
                    (4, "参与社会，在社会环境有一定的适应能力，待人接物恰当"),
                    (3, "能适应单纯环境，主动接触他人，初次见面时难让人发现智力问题，不能理解隐喻语"),
                    (2, "脱离社会，可被动接触，不会主动待他人，谈话中很多不适词句，容易上当受骗"),
                    (1, "勉强可与他人接触，谈吐内容不清楚，表情不恰当"),
                    (0, "不能与人交往"),
                ),
            ),
        ),
    ),
)

ITEMS: dict[str, Item] = {item.code: item for indicator in INDICATORS for item in indicator.items}
MAX_TOTAL: int = sum(indicator.max_score for indicator in INDICATORS)

# Levels, best first: index 0..4 is what the database stores (an integer, never a name).
LEVEL_NAMES: tuple[str, ...] = ("能力完好", "轻度失能", "中度失能", "重度失能", "完全失能")
LEVEL_NAMES_EN: tuple[str, ...] = (
    "Intact",
    "Mildly impaired",
    "Moderately impaired",
    "Severely impaired",
    "Completely impaired",
)
INTACT, MILD, MODERATE, SEVERE, COMPLETE = range(5)
# Lowest total of each level (the standard's cut-offs); 能力完好 means every item at its best, i.e. the
# maximum derived from the items: 90 → 能力完好, 66-89, 46-65, 30-45, 0-29.
_LEVEL_FLOORS = (MAX_TOTAL, 66, 46, 30, 0)

RISK_EVENT_KINDS: tuple[str, ...] = ("跌倒", "走失", "噎食", "自杀", "自伤", "其他")
RISK_EVENTS_THRESHOLD = 2  # "近30天内发生过2次及以上照护风险事件"


def level_for_total(total: int) -> int:
    if not 0 <= total <= MAX_TOTAL:
        raise ValidationError("assessment.total_range", total=total, max=MAX_TOTAL)
    return next(level for level, floor in enumerate(_LEVEL_FLOORS) if total >= floor)


def level_name(level: int | None, english: bool = False) -> str:
    if level is None:
        return ""
    return (LEVEL_NAMES_EN if english else LEVEL_NAMES)[level]


@dataclass(frozen=True)
class Adjustments:
    coma: bool = False  # 昏迷
    dementia_or_mental_disorder: bool = False  # 确诊痴呆（F00-F03）或精神科诊断的其他精神和行为障碍（F04-F99）
    risk_events_30_days: int = 0  # 近30天照护风险事件次数


@dataclass(frozen=True)
class AssessmentResult:
    complete: bool  # every item scored (or coma, which needs no scores)
    sub_totals: dict[str, int]  # indicator key -> sum of the scored items
    total: int | None  # None until every item is scored
    preliminary_level: int | None  # from the total
    level: int | None  # after the adjustments; None for a draft
    applied: tuple[str, ...]  # the adjustments that changed or decided the level
    missing: tuple[str, ...]  # item codes without a score


def check_scores(scores: Mapping[str, object]) -> dict[str, int]:
    """Every given score must name a known item and be one of that item's whole-number scores."""
    clean: dict[str, int] = {}
    for code, value in scores.items():
        item = ITEMS.get(code)
        if item is None:
            raise ValidationError("assessment.unknown_item", field=code, item=code)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError("assessment.score_not_integer", field=code, item=f"{code} {item.name}", value=value)
        if value not in item.scores:
            raise ValidationError(
                "assessment.score_range", field=code, item=f"{code} {item.name}", value=value, max=item.max_score
            )
        clean[code] = value
    return clean


def assess(scores: Mapping[str, object], adjustments: Adjustments = Adjustments()) -> AssessmentResult:
    """Totals, the preliminary level and the final level after the standard's adjustments."""
    clean = check_scores(scores)
    if adjustments.risk_events_30_days < 0:
        raise ValidationError("assessment.risk_events_negative", field="risk_events_30_days")
    sub_totals = {ind.key: sum(clean.get(item.code, 0) for item in ind.items) for ind in INDICATORS}
    missing = tuple(code for code in ITEMS if code not in clean)
    total = sum(sub_totals.values()) if not missing else None
    preliminary = level_for_total(total) if total is not None else None
    applied: list[str] = []
    if adjustments.coma:
        applied.append("coma")
        return AssessmentResult(True, sub_totals, total, preliminary, COMPLETE, tuple(applied), missing)
    if preliminary is None:
        return AssessmentResult(False, sub_totals, None, None, None, (), missing)
    level = preliminary
    reasons = []
    if adjustments.dementia_or_mental_disorder:
        reasons.append("dementia")
    if adjustments.risk_events_30_days >= RISK_EVENTS_THRESHOLD:
        reasons.append("risk_events")
    if reasons:
        level = min(COMPLETE, preliminary + 1)  # any one condition: one level worse, not one per condition
        applied += reasons
    return AssessmentResult(True, sub_totals, total, preliminary, level, tuple(applied), missing)


ADJUSTMENT_TEXT = {
    "coma": ("昏迷，直接评定为完全失能", "In a coma: rated completely impaired directly"),
    "dementia": (
        "确诊痴呆或其他精神和行为障碍，等级加重一级",
        "Diagnosed dementia or mental disorder: one level worse",
    ),
    "risk_events": (
        "近30天发生2次及以上照护风险事件，等级加重一级",
        "Two or more care-risk events in 30 days: one level worse",
    ),
}

# The scale in English, beside its Chinese so that one place holds both (a working translation for
# English mode; the Chinese text of GB/T 42195-2022 is the one that counts). Keyed by indicator and
# item code; each item's level descriptions follow the order of ``Item.levels`` (best first).
INDICATOR_NAMES_EN: dict[str, str] = {
    "B.1": "Self-care",
    "B.2": "Basic movement",
    "B.3": "Mental state",
    "B.4": "Perception and social participation",
}
_ASSIST_EN = (
    "Does it alone, needs no help",
    "Does it with guidance or prompting",
    "Needs help, but does most of it",
    "Mostly relies on help, and can cooperate",
    "Fully depends on help, and cannot cooperate",
)
ITEMS_EN: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "B.1.1": (
        "Eating",
        "Bringing food to the mouth with suitable utensils and swallowing it",
        (
            "Uses utensils alone to bring food to the mouth and swallow it, without choking",
            "Does it with guidance or prompting, or alone with aids, without choking",
            "Needs at least a little hands-on help while eating; chokes now and then (once a month or more)",
            "Needs much hands-on help while eating; chokes often (once a week or more)",
            "Fully depends on help to eat, or has trouble swallowing, or has a feeding tube",
        ),
    ),
    "B.1.2": (
        "Grooming",
        "Washing the face, brushing teeth, combing hair, shaving, cutting nails and the like",
        _ASSIST_EN,
    ),
    "B.1.3": ("Bathing", "Washing and drying the body", _ASSIST_EN),
    "B.1.4": (
        "Dressing the upper body",
        "Putting on and taking off upper clothes, buttons, zips and the like",
        _ASSIST_EN,
    ),
    "B.1.5": ("Trousers, shoes and socks", "Putting on and taking off trousers, shoes and socks", _ASSIST_EN),
    "B.1.6": (
        "Bladder control",
        "Controlling and passing urine",
        (
            "Controls urination alone; frequency and control are normal",
            "Controls urination by day; at night more frequent or poorer control, or uses nappies or pads alone",
            "Controls urination most of the day, occasional incontinence (under once a day but more than once "
            "a week), poorer control at night, or a little help with nappies or pads",
            "Cannot control urination most of the day (once a day or more, but not wholly), incontinent at night, "
            "or much help with nappies or pads",
            "Incontinent of urine, no control at all, or has a catheter",
        ),
    ),
    "B.1.7": (
        "Bowel control",
        "Controlling and passing stools",
        (
            "Controls bowel movements normally alone",
            "Sometimes (under once a day) constipated or incontinent, or uses enemas or pads alone",
            "Often (under once a day but more than once a week) constipated or incontinent, "
            "or a little help with enemas or pads",
            "Constipated or incontinent most of the time (once a day or more), but not wholly, "
            "or much help with enemas or pads",
            "Severely constipated or wholly incontinent; depends on help to pass stools or clean the skin",
        ),
    ),
    "B.1.8": (
        "Toileting",
        "Using the toilet and cleaning oneself (including undoing and pulling up trousers)",
        _ASSIST_EN,
    ),
    "B.2.1": ("Moving in bed", "Turning over in bed, sitting up and lying down", _ASSIST_EN),
    "B.2.2": ("Bed-chair transfer", "From sitting to standing and from standing to sitting", _ASSIST_EN),
    "B.2.3": (
        "Walking on level ground",
        "Moving on the ground on alternating feet (including walking with help or aids)",
        (
            "Walks about 50 m on level ground alone, needs no help, no risk of falling",
            "Walks about 50 m on level ground with a risk of falling; needs watching or guidance, "
            "or a stick, walker or other aid",
            "Needs a little support from others while walking",
            "Needs much support from others while walking",
            "Cannot walk at all",
        ),
    ),
    "B.2.4": (
        "Stairs",
        "Going up and down stairs continuously on alternating feet",
        (
            "Goes up and down stairs alone (10 to 15 steps in a row), needs no help",
            "Does it with guidance or prompting",
            "Needs help, but does most of it",
            "Mostly relies on help, and can cooperate; or fully depends on help and cannot cooperate",
        ),
    ),
    "B.3.1": (
        "Orientation in time",
        "Knowing and confirming the time",
        (
            "Clear sense of time (year, month); may be a day out on the date or weekday",
            "Sense of time somewhat reduced; cannot tell year, month, day (or weekday) all apart "
            "(two days or more out)",
            "Poor sense of time; unclear on year, month, day, knows the half-year or season",
            "Very poor sense of time; unclear on year, month, day, knows morning, afternoon or day and night",
            "No sense of time",
        ),
    ),
    "B.3.2": (
        "Orientation in place",
        "Knowing and confirming places",
        (
            "Goes out alone within daily life, such as shopping alone in the home neighbourhood",
            "Cannot go out alone, but knows the address of where daily life happens exactly",
            "Cannot go out alone, but knows much of the address of daily life",
            "Cannot go out alone, and knows little of the address of home or daily life",
            "Cannot go out alone, no sense of place",
        ),
    ),
    "B.3.3": (
        "Orientation to people",
        "Knowing and confirming people",
        (
            "Knows the people long lived with, can name them and knows how they are related",
            "Knows most people lived with, can name them or knows how they are related",
            "Knows some relatives or carers lived with daily, can name them or knows how they are related",
            "Knows only oneself or very few relatives or carers lived with daily",
            "Knows nobody (oneself included)",
        ),
    ),
    "B.3.4": (
        "Memory",
        "Short-term, recent and long-term memory",
        (
            "Always keeps a memory fitting society and age, recalls completely",
            "Mild memory confusion or failure to recall (of 3 words, recalls only 0-1 after 5 minutes)",
            "Moderate memory confusion or failure to recall (no recent memory, forgets the last meal)",
            "Severe memory confusion or failure to recall (no long-term memory, forgets old friends)",
            "Memory wholly confused, or cannot recall the past correctly at all",
        ),
    ),
    "B.3.5": (
        "Understanding",
        "Understanding spoken and unspoken information (with the usual hearing aids)",
        (
            "Understands others normally",
            "Understands others, but needs more time",
            "Has difficulty understanding; needs frequent repetition or simpler speech",
            "Has severe difficulty understanding; needs much help",
            "Cannot understand others at all",
        ),
    ),
    "B.3.6": (
        "Expression",
        "Expressing information, spoken or unspoken",
        (
            "Expresses own thoughts normally",
            "Expresses own needs, but needs more time",
            "Has difficulty expressing needs; needs frequent repetition or simpler speech",
            "Has severe difficulty expressing; needs much help",
            "Cannot express needs at all",
        ),
    ),
    "B.3.7": (
        "Aggressive behaviour",
        "Physical aggression (hitting, kicking, pushing, biting, grabbing, throwing things) and verbal aggression "
        "(swearing, threats, screaming)",
        ("Not seen", "Aggressive behaviour in the last month"),
    ),
    "B.3.8": (
        "Depressive symptoms",
        "Low mood, loss of interest and energy, even delusions, hallucinations, suicidal thoughts or acts "
        "(lasting negative mood)",
        ("Not seen", "Negative mood in the last month"),
    ),
    "B.3.9": (
        "Consciousness",
        "How far one responds to stimuli from oneself and the surroundings",
        (
            "Awake and clear, responds correctly to the surroundings",
            "Drowsy (can be woken, talks or follows instructions correctly, falls asleep again when left); "
            "or clouded, inattentive, disoriented",
            "Stuporous (wakes briefly under strong stimuli, soon asleep again); or in a coma",
        ),
    ),
    "B.4.1": (
        "Sight",
        "Seeing light and the size and shape of objects (with the best corrected vision)",
        (
            "Normal sight",
            "Reads large print but not standard print in books and papers; or limited sight, cannot read "
            "newspaper headlines but recognises objects",
            "Sees only light, colours and shapes; or wholly blind",
        ),
    ),
    "B.4.2": (
        "Hearing",
        "Telling the direction, pitch, volume and quality of sounds (with the usual hearing aids)",
        (
            "Normal hearing",
            "Cannot hear soft speech or speech from over two metres; some difficulty in normal talk, "
            "needs a quiet room or loud speech",
            "Hears partly only when the speaker is loud or very slow; or wholly deaf",
        ),
    ),
    "B.4.3": (
        "Daily tasks",
        "Planning, arranging and doing daily tasks, such as washing clothes, small purchases, managing medicines",
        (
            "Plans, arranges and does daily tasks wholly alone, needs no help",
            "Needs watching or guidance to plan, arrange and do daily tasks",
            "Needs a little help to plan, arrange and do daily tasks",
            "Needs much help to plan, arrange and do daily tasks",
            "Fully depends on others for daily tasks",
        ),
    ),
    "B.4.4": (
        "Going out by transport",
        "Going out by vehicle or public transport",
        (
            "Rides a bicycle or takes public transport alone",
            "Takes a taxi alone, but not other public transport",
            "Takes public transport when someone helps or goes along",
            "Goes out only by taxi or private car with help; or cannot go out, or needs full help to go out",
        ),
    ),
    "B.4.5": (
        "Social contact",
        "Taking part in society, adapting to it and dealing with people",
        (
            "Takes part in society, adapts fairly well, deals with people fittingly",
            "Adapts to simple settings, approaches others; on first meeting a mental problem is hard to notice; "
            "does not understand metaphors",
            "Withdrawn from society, can be approached but does not approach others, many unfitting words "
            "in talk, easily deceived",
            "Can barely deal with others, unclear talk, unfitting expressions",
            "Cannot deal with people",
        ),
    ),
}
RISK_EVENT_KIND_NAMES_EN: dict[str, str] = {
    "跌倒": "Fall",
    "走失": "Wandering off",
    "噎食": "Choking",
    "自杀": "Suicide attempt",
    "自伤": "Self-harm",
    "其他": "Other",
}


def indicator_name(indicator: Indicator, english: bool = False) -> str:
    return INDICATOR_NAMES_EN[indicator.code] if english else indicator.name


def item_texts(item: Item, english: bool = False) -> tuple[str, str, tuple[tuple[int, str], ...]]:
    """(name, definition, levels) of an item in Chinese or English."""
    if not english:
        return item.name, item.definition, item.levels
    name, definition, descriptions = ITEMS_EN[item.code]
    return name, definition, tuple((score, text) for (score, _), text in zip(item.levels, descriptions, strict=True))


def risk_event_kind_name(kind: str, english: bool = False) -> str:
    return RISK_EVENT_KIND_NAMES_EN.get(kind, kind) if english else kind


def adjustment_text(adjustment: str, english: bool = False) -> str:
    return ADJUSTMENT_TEXT[adjustment][1 if english else 0]
