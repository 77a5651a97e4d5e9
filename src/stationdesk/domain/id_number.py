"""Chinese resident ID numbers (居民身份证号码, GB 11643-1999).

Format, check digit and birth date come from python-stdnum's ``cn.ric``. Its birth-place rule is
not used to refuse a number: the area code is where the card was first issued, often decades after
an elder's birth, so an unknown or anachronistic code is only a warning (DOMAIN.md).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric

from stationdesk.errors import ValidationError


@dataclass(frozen=True)
class IdNumberInfo:
    number: str  # normalised: 18 characters, upper-case X
    birth_date: date
    gender: str  # "M" or "F": odd sequence digit is male
    warnings: tuple[str, ...] = ()


def normalise(raw: str) -> str:
    """Full-width digits and letters become ASCII (NFKC), spaces and dashes go, x becomes X."""
    text = unicodedata.normalize("NFKC", raw or "")
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-_").upper()


def parse_id_number(raw: str, today: date | None = None) -> IdNumberInfo:
    """Validate ``raw`` and read the birth date and gender out of it, or raise ValidationError."""
    number = normalise(raw)
    if len(number) != 18:
        raise ValidationError("id_number.length", field="id_number", length=len(number))
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise ValidationError("id_number.format", field="id_number")
    if ric.calc_check_digit(number) != number[17]:
        raise ValidationError("id_number.checksum", field="id_number")
    try:
        birth = ric.get_birth_date(number)
    except stdnum_errors.ValidationError:
        raise ValidationError("id_number.birth_date", field="id_number") from None
    if birth > (today or date.today()) or birth.year < 1880:
        raise ValidationError(
            "id_number.future_birth" if birth.year >= 1880 else "id_number.birth_date", field="id_number"
        )
    warnings: list[str] = []
    try:
        ric.get_birth_place(number)
    except stdnum_errors.ValidationError:
        warnings.append("id_number.area_unknown")
    gender = "M" if int(number[16]) % 2 == 1 else "F"
    return IdNumberInfo(number=number, birth_date=birth, gender=gender, warnings=tuple(warnings))


def with_check_digit(first17: str) -> str:
    """The full 18-character number for 17 leading digits (used to make demo data)."""
    return first17 + ric.calc_check_digit(first17 + "0")


def mask_id_number(number: str | None) -> str:
    """4405**********0014: area prefix and the last four stay, the rest (birth date included) hides."""
    if not number:
        return ""
    if len(number) < 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]
