"""The groups the pilot serves (一老一小一新一困, and disabled people), shared by the three lists and the
statistics so that "老/小/新/困/残" means the same thing on a need, a service and a report.

A registry person falls into a group by role (elder, child) or by tag; a need or a service names its
target groups by code. Codes are stable (they travel and are counted); names are what people read.
"""

from __future__ import annotations

from collections.abc import Iterable

ELDER, CHILD, NEW_EMPLOYMENT, DIFFICULTY, DISABLED = "elder", "child", "new_employment", "difficulty", "disabled"

# code -> (name, the one-character short name used in the pilot's slogan)
GROUPS: dict[str, tuple[str, str]] = {
    ELDER: ("老年人", "老"),
    CHILD: ("儿童", "小"),
    NEW_EMPLOYMENT: ("新就业群体", "新"),
    DIFFICULTY: ("困难群众", "困"),
    DISABLED: ("残疾人", "残"),
}

# Registry tags (person_tag catalog) that place a person in a group; elders and children come from the roles.
GROUP_TAGS: dict[str, tuple[str, ...]] = {
    NEW_EMPLOYMENT: ("新就业群体",),
    DIFFICULTY: ("低保", "特困", "困境儿童", "孤儿", "低收入"),
    DISABLED: ("残疾",),
}


def groups_of(is_elder: bool, is_child: bool, tags: Iterable[str]) -> tuple[str, ...]:
    """The groups of one person, in the order of ``GROUPS`` (a person may be in several)."""
    tag_set = set(tags)
    found = {ELDER} if is_elder else set()
    if is_child:
        found.add(CHILD)
    found.update(group for group, group_tags in GROUP_TAGS.items() if tag_set.intersection(group_tags))
    return tuple(code for code in GROUPS if code in found)
