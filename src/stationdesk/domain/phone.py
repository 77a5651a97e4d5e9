"""Phone numbers: a mainland mobile (11 digits, 1[3-9]...) or a landline with its area code."""

from __future__ import annotations

import re
import unicodedata

from stationdesk.errors import ValidationError

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Area codes are 3-4 digits starting with 0 (010, 020, 0758); local numbers 7-8 digits; optional extension.
_LANDLINE = re.compile(r"^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$")


def normalise_phone(raw: str, field: str = "phone") -> str:
    """Return the number in a canonical form (mobile: 11 digits; landline: 0758-1234567), or raise."""
    text = unicodedata.normalize("NFKC", raw or "").strip()
    text = re.sub(r"^[(（](0\d{2,3})[)）]", r"\1-", text)
    text = re.sub(r"[\s()（）]", "", text).replace("—", "-")
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    digits = text.replace("-", "")
    if _MOBILE.match(digits):
        return digits
    if "-" not in text and text.startswith("0") and digits.isdigit():
        # Without a separator the area code's length decides: 010 and 02x have three digits, the rest four.
        cut = 3 if text[1] in "12" else 4
        text = f"{text[:cut]}-{text[cut:]}"
    landline = _LANDLINE.match(text)
    if landline:
        area, local, ext = landline.groups()
        return f"{area}-{local}" + (f"-{ext}" if ext else "")
    raise ValidationError("phone.format", field=field, value=raw)


def mask_phone(number: str | None) -> str:
    """138****5678 for mobiles; landlines keep the area code and the last four."""
    if not number:
        return ""
    if _MOBILE.match(number):
        return number[:3] + "****" + number[-4:]
    if "-" in number:
        area, rest = number.split("-", 1)
        return area + "-" + "*" * max(len(rest) - 4, 0) + rest[-4:]
    return "*" * max(len(number) - 4, 0) + number[-4:]
