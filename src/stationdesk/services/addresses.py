"""A person's home address as printed and shown: light enough for the home page's first look, which
shows it beside each elder due for reassessment so that namesakes can be told apart."""

from __future__ import annotations

from stationdesk import messages

messages.register(
    {
        "address.building": "{n}栋",
        "address.unit": "{n}单元",
        "address.room": "{n}室",
        "address.separator": "",
    }
)


def format_address(person) -> str:
    """The home address in the user's language: 江滨社区宋城路12号12栋2单元1202室, or 江滨社区, 宋城路12号, Bldg 12,
    Unit 2, Room 1202. ``person`` is a Person or a row with its five address columns. A part written with
    its own word (宋城路12号 typed as the building, 3座) is kept as written."""
    parts = [person.community, person.street]
    for part in ("building", "unit", "room"):
        value = getattr(person, part)
        if value:
            parts.append(messages.text(f"address.{part}", n=value) if _is_bare_number(value) else value)
    return messages.text("address.separator").join(p for p in parts if p)


def _is_bare_number(value: str) -> bool:
    """12, 3B, A: a building, unit or room number that takes its word (栋, 单元, 室) when printed."""
    return value.isascii() and value.isalnum()
