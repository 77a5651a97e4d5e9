"""The three lists' stored codes as the user reads them (need states, urgency, sources, ratings, groups, kinds of
provider and resource, statuses), added to ``ui.labels.TABLES`` so ``value_label`` shows them translated.

The literals repeat the domain's names (domain.needs, domain.groups, domain.offers) so that lupdate can read
them; tests check that they match."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from stationdesk.domain.offers import WEEKDAY_DIGITS, hours_text, weekday_runs
from stationdesk.ui.labels import TABLES, value_label

TABLES.update(
    {
        "need_state": {
            "pending": QT_TRANSLATE_NOOP("Values", "待受理"),
            "accepted": QT_TRANSLATE_NOOP("Values", "已受理"),
            "dispatched": QT_TRANSLATE_NOOP("Values", "已派单"),
            "in_service": QT_TRANSLATE_NOOP("Values", "服务中"),
            "completed": QT_TRANSLATE_NOOP("Values", "已完成"),
            "rated": QT_TRANSLATE_NOOP("Values", "已评价"),
            "rejected": QT_TRANSLATE_NOOP("Values", "不予受理"),
            "withdrawn": QT_TRANSLATE_NOOP("Values", "已撤销"),
        },
        "urgency": {"urgent": QT_TRANSLATE_NOOP("Values", "紧急"), "normal": QT_TRANSLATE_NOOP("Values", "一般")},
        "need_source": {
            "visit": QT_TRANSLATE_NOOP("Values", "入户走访"),
            "feedback": QT_TRANSLATE_NOOP("Values", "居民反馈"),
            "meeting": QT_TRANSLATE_NOOP("Values", "座谈研讨"),
            "phone": QT_TRANSLATE_NOOP("Values", "电话"),
            "other": QT_TRANSLATE_NOOP("Values", "其他"),
        },
        "rating": {
            5: QT_TRANSLATE_NOOP("Values", "满意"),
            4: QT_TRANSLATE_NOOP("Values", "比较满意"),
            3: QT_TRANSLATE_NOOP("Values", "基本满意"),
            2: QT_TRANSLATE_NOOP("Values", "不太满意"),
            1: QT_TRANSLATE_NOOP("Values", "不满意"),
        },
        "target_group": {
            "elder": QT_TRANSLATE_NOOP("Values", "老年人"),
            "child": QT_TRANSLATE_NOOP("Values", "儿童"),
            "new_employment": QT_TRANSLATE_NOOP("Values", "新就业群体"),
            "difficulty": QT_TRANSLATE_NOOP("Values", "困难群众"),
            "disabled": QT_TRANSLATE_NOOP("Values", "残疾人"),
        },
        "offer_status": {
            "active": QT_TRANSLATE_NOOP("Values", "在用"),
            "paused": QT_TRANSLATE_NOOP("Values", "暂停"),
            "ended": QT_TRANSLATE_NOOP("Values", "已终止"),
        },
        "provider_kind": {
            "work_team": QT_TRANSLATE_NOOP("Values", "驻镇帮扶工作队"),
            "paired_unit": QT_TRANSLATE_NOOP("Values", "结对共建单位"),
            "university": QT_TRANSLATE_NOOP("Values", "高校"),
            "social_work": QT_TRANSLATE_NOOP("Values", "社会工作服务机构"),
            "government": QT_TRANSLATE_NOOP("Values", "民政/公安/工青妇"),
            "enterprise": QT_TRANSLATE_NOOP("Values", "企业"),
            "individual": QT_TRANSLATE_NOOP("Values", "个人"),
            "station": QT_TRANSLATE_NOOP("Values", "党群服务中心/驿站"),
            "volunteer_team": QT_TRANSLATE_NOOP("Values", "本站志愿服务队"),
        },
        "resource_kind": {
            "venue": QT_TRANSLATE_NOOP("Values", "场地/阵地"),
            "goods": QT_TRANSLATE_NOOP("Values", "物资"),
            "funds": QT_TRANSLATE_NOOP("Values", "资金"),
            "professional": QT_TRANSLATE_NOOP("Values", "专业人员"),
            "volunteer_team": QT_TRANSLATE_NOOP("Values", "志愿服务队"),
            "other": QT_TRANSLATE_NOOP("Values", "其他"),
        },
        "dispatch_state": {
            "open": QT_TRANSLATE_NOOP("Values", "进行中"),
            "closed": QT_TRANSLATE_NOOP("Values", "已完成"),
            "cancelled": QT_TRANSLATE_NOOP("Values", "已取消"),
        },
        # domain.matching kinds of what a need is dispatched to
        "match_kind": {
            "service": QT_TRANSLATE_NOOP("Values", "服务"),
            "resource": QT_TRANSLATE_NOOP("Values", "资源"),
            "team": QT_TRANSLATE_NOOP("Values", "队伍"),
            "volunteer": QT_TRANSLATE_NOOP("Values", "志愿者"),
        },
        # services.service_records: where a service given was recorded
        "given_kind": {
            "record": QT_TRANSLATE_NOOP("Values", "服务记录"),
            "visit": QT_TRANSLATE_NOOP("Values", "探访"),
            "tutoring": QT_TRANSLATE_NOOP("Values", "辅导"),
        },
        # the default service categories (services.needs DEFAULT_CATALOGS["service_category"])
        "service_category": {
            v: v
            for v in (
                QT_TRANSLATE_NOOP("Values", "生活照料"),
                QT_TRANSLATE_NOOP("Values", "助餐"),
                QT_TRANSLATE_NOOP("Values", "助医"),
                QT_TRANSLATE_NOOP("Values", "健康监测"),
                QT_TRANSLATE_NOOP("Values", "精神慰藉"),
                QT_TRANSLATE_NOOP("Values", "心理疏导"),
                QT_TRANSLATE_NOOP("Values", "课业辅导"),
                QT_TRANSLATE_NOOP("Values", "法律援助"),
                QT_TRANSLATE_NOOP("Values", "矛盾纠纷调解"),
                QT_TRANSLATE_NOOP("Values", "就业帮扶"),
                QT_TRANSLATE_NOOP("Values", "应急救援"),
                QT_TRANSLATE_NOOP("Values", "政策咨询"),
                QT_TRANSLATE_NOOP("Values", "维修"),
                QT_TRANSLATE_NOOP("Values", "其他"),
            )
        },
        # Monday = 1, as resources and services store their weekdays
        "weekday_digit": {
            "1": QT_TRANSLATE_NOOP("Values", "周一"),
            "2": QT_TRANSLATE_NOOP("Values", "周二"),
            "3": QT_TRANSLATE_NOOP("Values", "周三"),
            "4": QT_TRANSLATE_NOOP("Values", "周四"),
            "5": QT_TRANSLATE_NOOP("Values", "周五"),
            "6": QT_TRANSLATE_NOOP("Values", "周六"),
            "7": QT_TRANSLATE_NOOP("Values", "周日"),
        },
    }
)


def groups_text(codes) -> str:
    return "、".join(value_label("target_group", c) for c in codes)


def weekdays_text(digits: str) -> str:
    """“周一至周五、周日”; every day and the weekend by their names."""
    if digits == WEEKDAY_DIGITS:
        return QCoreApplication.translate("Lists", "每天")
    if digits == "67":
        return QCoreApplication.translate("Lists", "周末")
    return "、".join(
        value_label("weekday_digit", a)
        + (QCoreApplication.translate("Lists", "至") + value_label("weekday_digit", b) if b != a else "")
        for a, b in weekday_runs(digits)
    )


def availability_text(terms) -> str:
    """“周一、周三 09:00-11:30”, or "" when nothing is said."""
    hours = hours_text(terms.available_from, terms.available_to)
    return " ".join(p for p in (weekdays_text(terms.weekdays), hours) if p)


def capacity_text(capacity) -> str:
    """“余 3 / 可用 5 / 最多 10 人次” as far as the capacity is counted."""
    if capacity.available is None:
        return ""
    text = QCoreApplication.translate("Lists", "余 {left} / 可用 {available}").format(
        left=capacity.remaining, available=capacity.available
    )
    if capacity.maximum is not None:
        text += QCoreApplication.translate("Lists", " / 最多 {maximum}").format(maximum=capacity.maximum)
    return f"{text} {capacity.unit}".strip()
