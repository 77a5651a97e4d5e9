"""The words a person reads in their 查阅复制 PDF: a section title per kind of record and a label per
column. A test checks that every column of every table naming a person has a label here (or is one of
the bookkeeping columns left out), so a record kind added later cannot reach the printout as raw names."""

from __future__ import annotations

# sync bookkeeping and derived search keys: nothing the person gave or was told
LEFT_OUT = frozenset({"id", "origin_station", "version", "change_seq", "name_pinyin", "name_initials"})

COMMON = {"created_at": "录入时间", "updated_at": "最后修改时间", "deleted": "已删除"}

KINDS: dict[str, tuple[str, dict[str, str]]] = {
    "person": (
        "基本信息",
        {
            "name": "姓名",
            "gender": "性别",
            "birth_date": "出生日期",
            "id_number": "身份证号",
            "phone": "电话",
            "community": "社区",
            "street": "道路门牌",
            "building": "楼栋",
            "unit": "单元",
            "room": "房号",
            "household_head_id": "户主",
            "tags": "标签",
            "is_elder": "老人",
            "is_child": "儿童",
            "is_guardian": "监护人",
            "is_volunteer": "志愿者",
            "alias": "化名",
            "emergency_contact": "紧急联系人",
            "emergency_phone": "紧急联系人电话",
            "notes": "备注",
        },
    ),
    "person_correction": (
        "更正记录",
        {
            "person_id": "人员",
            "field": "更正的项目",
            "old_value": "原值",
            "new_value": "新值",
            "reason": "更正原因",
            "corrected_by": "更正人",
        },
    ),
    "elder_profile": ("老人档案", {"elder_id": "老人", "risk_tier": "关爱等级", "notes": "备注"}),
    "assessment": (
        "能力评估",
        {
            "elder_id": "老人",
            "assessed_on": "评估日期",
            "reason": "评估原因",
            "status": "状态",
            "assessor_1": "评估员一",
            "assessor_2": "评估员二",
            "informant": "信息提供者",
            "informant_relation": "与老人关系",
            "coma": "昏迷",
            "dementia": "确诊痴呆或精神疾病",
            "risk_events_30_days": "近 30 天风险事件次数",
            "risk_event_kinds": "风险事件",
            "self_care": "自理能力得分",
            "motor": "基础运动能力得分",
            "mental": "精神状态得分",
            "perception": "感知觉与社会参与得分",
            "total": "总分",
            "preliminary_level": "初步等级",
            "level": "能力等级",
            "notes": "备注",
        },
    ),
    "visit": (
        "走访记录",
        {
            "elder_id": "老人",
            "visited_on": "走访日期",
            "start_time": "开始时间",
            "end_time": "结束时间",
            "kind": "走访方式",
            "living_situation": "生活状况",
            "blood_pressure": "血压",
            "blood_glucose": "血糖",
            "health_note": "健康情况",
            "risks": "风险",
            "services": "提供的服务",
            "needs": "需求",
            "ability_changed": "能力有变化",
            "satisfaction": "满意度",
            "recorder": "记录人",
        },
    ),
    "visit_visitor": ("参与走访", {"visit_id": "走访", "person_id": "走访人"}),
    "follow_up": (
        "待跟进事项",
        {
            "elder_id": "老人",
            "visit_id": "来自走访",
            "action": "事项",
            "due_on": "期限",
            "closed_on": "完成日期",
            "closed_note": "完成情况",
        },
    ),
    "guardianship": (
        "监护关系",
        {"child_id": "儿童", "guardian_id": "监护人", "relation": "关系", "is_primary": "主要监护人"},
    ),
    "guardian_consent": (
        "监护人同意",
        {
            "child_id": "儿童",
            "guardian_id": "监护人",
            "given_by": "签署人",
            "given_on": "同意日期",
            "scope": "同意范围",
            "withdrawn_on": "撤回日期",
        },
    ),
    "tutoring_enrolment": (
        "参加辅导班",
        {"class_id": "辅导班", "child_id": "儿童", "enrolled_on": "入班日期", "left_on": "退班日期"},
    ),
    "tutoring_attendance": (
        "辅导出勤",
        {
            "session_id": "辅导课",
            "child_id": "儿童",
            "status": "出勤",
            "drop_off_by": "送达人",
            "drop_off_relation": "送达人关系",
            "drop_off_time": "送达时间",
            "pick_up_by": "接走人",
            "pick_up_relation": "接走人关系",
            "pick_up_time": "接走时间",
            "pick_up_note": "接送备注",
            "progress_note": "学习情况",
            "behaviour_note": "表现",
            "follow_up": "需跟进",
        },
    ),
    "tutoring_case_note": (
        "个案记录",
        {"child_id": "儿童", "written_on": "记录日期", "author": "记录人", "text": "内容"},
    ),
    "tutoring_class_tutor": ("担任辅导班老师", {"class_id": "辅导班", "person_id": "老师"}),
    "tutoring_session_tutor": ("担任辅导课老师", {"session_id": "辅导课", "person_id": "老师"}),
    "volunteer": (
        "志愿者登记",
        {
            "person_id": "志愿者",
            "volunteer_number": "志愿者编号",
            "registered_on": "登记日期",
            "skills": "技能",
            "availability": "可服务时间",
            "status": "状态",
            "consent_id": "监护人同意",
            "notes": "备注",
        },
    ),
    "activity_participant": (
        "参加活动",
        {
            "activity_id": "活动",
            "person_id": "参加人",
            "role": "角色",
            "attended": "出席",
            "signed_in": "签到时间",
            "signed_out": "签退时间",
            "remark": "备注",
        },
    ),
    "need": (
        "需求",
        {
            "number": "编号",
            "person_id": "提出人",
            "group_name": "群体名称",
            "people_count": "人数",
            "community": "社区",
            "category": "类别",
            "target_group": "服务对象",
            "urgency": "紧急程度",
            "source": "来源",
            "visit_id": "来自走访",
            "description": "需求内容",
            "wanted_from": "期望开始",
            "wanted_to": "期望结束",
            "place": "地点",
            "recorded_by": "登记人",
            "found_on": "发现日期",
            "due_on": "期限",
            "state": "状态",
            "accepted_at": "受理时间",
            "dispatched_at": "派单时间",
            "completed_at": "完成时间",
            "rating": "评价星级",
            "rating_comment": "评价意见",
            "rated_on": "评价日期",
        },
    ),
    "service_record_person": ("接受服务", {"record_id": "服务记录", "person_id": "服务对象"}),
}

# how a referenced record is named in the printout: the first of these columns it has
REFERENCE_NAMES = ("name", "number", "day", "visited_on", "served_on", "held_on", "given_on", "description")


def section_title(table: str) -> str:
    return KINDS[table][0]


def column_label(table: str, column: str) -> str:
    return KINDS[table][1].get(column) or COMMON[column]
