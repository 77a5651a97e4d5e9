"""What the community notice board (公示) may show of a person: the surname and a star for every other
character (王秀英 → 王**), no phone, and never a child's name in any form (未成年人保护法 art. 72; PIPL art. 28:
all information of a child under 14 is sensitive)."""

from __future__ import annotations


def public_name(name: str, is_child: bool) -> str:
    """The name as printed on the notice board; "" for a child (the caller shows the group instead)."""
    name = (name or "").strip()
    if is_child or not name:
        return ""
    return name[0] + "*" * max(1, len(name) - 1)
