"""Text a person typed: no control characters in what is stored, nothing unbounded in what is shown.

A control character (a bell, an escape sequence that clears a terminal, a NUL) has no place in a
name or a code; it would be stored and echoed raw to a terminal or a printout. A single-line field
refuses every one; a multi-line one (notes) keeps tab and line breaks.
"""

from __future__ import annotations

import re

from stationdesk.errors import ValidationError

_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_LAYOUT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # tab, \n and \r stay
SHOWN_CHARACTERS = 200  # a long path still shows whole; a pasted page does not
SEARCH_CHARACTERS = 100  # no name, number or address is longer; SQLite refuses very long LIKE patterns


def check_plain_text(value: str, field: str, multiline: bool = False) -> None:
    """Raise ``text.control_character`` naming ``field`` when ``value`` holds a control character."""
    found = (_CONTROL_BUT_LAYOUT if multiline else _ANY_CONTROL).search(value)
    if found is not None:
        raise ValidationError("text.control_character", field=field, character=f"U+{ord(found.group()):04X}")


def shown(value: str, limit: int = SHOWN_CHARACTERS) -> str:
    """``value`` safe to echo in a message: control characters written out (``\\x1b``), cut to ``limit``."""
    cut = value[:limit]
    visible = _ANY_CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), cut)
    return visible + ("…" if len(value) > limit else "")


def search_text(raw: str) -> str:
    """What a person typed into a search, stripped; refused when longer than anything it could find."""
    text = raw.strip()
    if len(text) > SEARCH_CHARACTERS:
        raise ValidationError("search.too_long", field="query", max=SEARCH_CHARACTERS)
    return text
