"""Who may register as a volunteer (共青团 registration rules, DOMAIN.md): 18 and over freely;
14 to 18 with a guardian's recorded consent; under 14 not as a registered volunteer."""

from __future__ import annotations

from stationdesk.errors import ValidationError

MIN_AGE = 14
ADULT_AGE = 18


def check_volunteer_age(age: int | None, has_consent: bool) -> bool:
    """Raise when the person cannot register; return True when the guardian's consent is what allows it."""
    if age is None:
        raise ValidationError("volunteer.birth_unknown", field="birth_date")
    if age < MIN_AGE:
        raise ValidationError("volunteer.under_14", field="birth_date", age=age, min_age=MIN_AGE)
    if age < ADULT_AGE:
        if not has_consent:
            raise ValidationError("volunteer.needs_consent", field="consent", age=age)
        return True
    return False
