"""Every error code the volunteer feature raises has a text in Chinese and English."""

import re
from pathlib import Path

import stationdesk
from stationdesk import messages
from stationdesk.services import registry

FILES = [
    "domain/service_hours.py",
    "domain/typed_time.py",
    "domain/volunteer_age.py",
    "services/volunteers.py",
    "services/shifts.py",
    "services/activities.py",
    "services/certificates.py",
    "services/roster_import.py",
]


def test_every_raised_code_has_a_text_in_both_languages():
    registry.load_features()
    root = Path(stationdesk.__file__).parent
    codes = set()
    for name in FILES:
        source = (root / name).read_text(encoding="utf-8")
        codes |= set(re.findall(r'(?:ValidationError|StationDeskError)\(\s*"([a-z_.]+)"', source))
        codes |= set(re.findall(r'messages\.text\("([a-z_.]+)"', source))
    assert len(codes) > 30
    missing = sorted(code for code in codes if not messages.has_text(code))
    assert missing == []
    chinese = {code: messages.text(code) for code in codes}
    try:
        messages.set_language("en")
        english = {code: messages.text(code) for code in codes}
    finally:
        messages.set_language("zh")
    assert [code for code in codes if english[code] == chinese[code]] == []
