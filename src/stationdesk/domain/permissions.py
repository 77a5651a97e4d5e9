"""Permissions as verbs and the five roles of a station (ODK Central: roles are sets of verbs).

The defaults here seed the role tables of a new or upgraded station; after that the matrix is data
the administrator edits (``services.accounts.set_role_permissions``), and nobody grants a verb they
do not hold themselves (OpenMRS).
"""

from __future__ import annotations

# verb -> (中文, English): what a station worker reads in the role matrix and in a refusal
PERMISSIONS: dict[str, tuple[str, str]] = {
    "people.view": ("查看人员", "view people"),
    "people.edit": ("登记和修改人员", "register and edit people"),
    "people.erase": ("删除人员的个人信息（匿名化）", "delete a person's personal data (anonymise)"),
    "id.full_view": ("查看完整身份证号", "view full ID numbers"),
    "case_notes.view": ("查看和填写个案记录", "read and write case notes"),
    "children.manage": ("管理儿童和课程", "manage children and classes"),
    "visits.record": ("记录探访、考勤和服务", "record visits, attendance and services"),
    "assessments.manage": ("能力评估", "ability assessments"),
    "volunteers.manage": ("管理志愿者、团队、排班和证书", "manage volunteers, teams, shifts and certificates"),
    "activities.manage": ("管理活动", "manage activities"),
    "lists.manage": ("管理需求、资源和服务清单", "manage the needs, resources and services lists"),
    "export": ("导出数据", "export data"),
    "print": ("打印", "print"),
    "sync": ("与市级同步", "sync with the city"),
    "backup": ("备份与恢复", "back up and restore"),
    "statistics.view": ("查看统计", "view statistics"),
    "audit.view": ("查看操作日志", "read the audit log"),
    "accounts.manage": ("管理账号和角色", "manage accounts and roles"),
    "settings.manage": ("修改站点设置", "change the station's settings"),
}

ALL = frozenset(PERMISSIONS)

# role key -> (中文 name, English name, default verbs)
DEFAULT_ROLES: dict[str, tuple[str, str, frozenset[str]]] = {
    "admin": ("站长", "Station head", ALL),
    "social_worker": (
        "社工",
        "Social worker",
        frozenset(
            {
                "people.view",
                "people.edit",
                "id.full_view",
                "case_notes.view",
                "children.manage",
                "visits.record",
                "assessments.manage",
                "lists.manage",
                "print",
                "statistics.view",
            }
        ),
    ),
    "volunteer_manager": (
        "志愿者管理员",
        "Volunteer manager",
        frozenset(
            {"people.view", "volunteers.manage", "activities.manage", "visits.record", "print", "statistics.view"}
        ),
    ),
    "clerk": ("录入员", "Data entry clerk", frozenset({"people.view", "visits.record"})),
    "viewer": ("督导/只读", "Supervisor (read only)", frozenset({"statistics.view"})),
}

ADMIN_ROLE = "admin"
PASSWORD_MIN_LENGTH = 8
LOCK_AFTER_FAILURES = 5


def lockout_seconds(failures: int) -> int:
    """How long an account stays locked after ``failures`` wrong passwords in a row: none before
    the fifth, then one minute, doubling with every further failure, at most a day."""
    if failures < LOCK_AFTER_FAILURES:
        return 0
    return min(60 * 2 ** (failures - LOCK_AFTER_FAILURES), 24 * 3600)


# The city hub's own verbs and its two roles: the hub's accounts are not a station's (DESIGN.md).
CITY_PERMISSIONS: dict[str, tuple[str, str]] = {
    "city.view": ("查看平台的统计、报表和冲突", "view the city's figures, reports and conflicts"),
    "city.manage": (
        "导入、导出同步包，登记站点，处理冲突，修改记录",
        "import and export bundles, enrol stations, resolve conflicts, edit records",
    ),
    "city.accounts": ("管理平台账号", "manage the city's accounts"),
}

CITY_ADMIN_ROLE = "city_admin"
# role key -> (中文 name, English name, verbs); fixed: the city has two roles, not a matrix to edit
CITY_ROLES: dict[str, tuple[str, str, frozenset[str]]] = {
    CITY_ADMIN_ROLE: ("平台管理员", "City administrator", frozenset(CITY_PERMISSIONS)),
    "city_viewer": ("平台查看员", "City viewer", frozenset({"city.view"})),
}
