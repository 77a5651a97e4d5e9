"""PersonForm without Qt: field texts <-> PersonInput, dates, ID-number guesses, errors by field."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from stationdesk.errors import FormErrors, ValidationError
from stationdesk.services.people import PersonInput
from stationdesk.ui.forms.person_form import PersonForm, errors_by_field, guess_from_id_number, parse_date


def texts(**values: str) -> dict[str, str]:
    blank = PersonForm().texts()
    blank.update(values)
    return blank


def test_the_form_module_does_not_import_qt():
    code = "import sys, stationdesk.ui.forms.person_form; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1948-03-05", date(1948, 3, 5)),
        ("1948/3/5", date(1948, 3, 5)),
        ("1948.03.05", date(1948, 3, 5)),
        ("1948年3月5日", date(1948, 3, 5)),
        ("19480305", date(1948, 3, 5)),
        ("１９４８－０３－０５", date(1948, 3, 5)),
        (" ", None),
        ("", None),
    ],
)
def test_dates_in_the_ways_people_write_them(text, expected):
    assert parse_date(text, "birth_date") == expected


@pytest.mark.parametrize("text", ["1948-02-30", "5 March 1948", "48-3-5", "1948-13-01"])
def test_impossible_or_unreadable_dates_name_the_field(text):
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "birth_date")
    assert caught.value.field == "birth_date" and caught.value.code == "date.format"


def test_texts_to_input_and_back():
    original = PersonInput(
        name="王秀英",
        roles=("elder",),
        gender="F",
        birth_date=date(1948, 3, 5),
        id_number="441202194803050023",
        phone="13812345678",
        community="城东社区",
        building="3",
        unit="2",
        room="502",
        tags=("独居",),
        emergency_contact="李明",
        emergency_phone="13900001111",
        notes="耳背",
        household_head_id="head-1",
    )
    form = PersonForm(original)
    shown = form.texts()
    assert shown["birth_date"] == "1948-03-05" and shown["gender"] == "F" and shown["room"] == "502"
    assert form.to_input(shown, form.roles(), form.tags(), "head-1") == original


def test_alias_is_kept_only_for_children_and_roles_keep_their_order():
    form = PersonForm()
    as_adult = form.to_input(texts(name="陈小雨", alias="小星"), ["volunteer", "elder"], [])
    assert as_adult.alias == "" and as_adult.roles == ("elder", "volunteer")
    as_child = form.to_input(texts(name="陈小雨", alias=" 小星 "), ["child"], ["留守儿童", "留守儿童"])
    assert as_child.alias == "小星" and as_child.tags == ("留守儿童",)


def test_validate_returns_messages_by_field():
    result = PersonForm().validate(texts(name="王秀英", birth_date="1948-02-30", gender="X"), [], [])
    assert set(result) == {"birth_date", "gender"}
    assert "年-月-日" in result["birth_date"]


def test_gender_and_birth_date_are_read_from_a_complete_valid_id_number():
    assert guess_from_id_number("441202194803050023").gender == "F"
    assert guess_from_id_number("441202194803050023").birth_date == date(1948, 3, 5)
    assert guess_from_id_number("44120219480305") is None  # still typing
    assert guess_from_id_number("441202194803050024") is None  # wrong check digit
    assert guess_from_id_number("44120220170315002x").birth_date == date(2017, 3, 15)


def test_service_errors_are_grouped_by_field():
    errors = FormErrors(
        [
            ValidationError("person.name_required", field="name"),
            ValidationError("phone.format", field="phone"),
            ValidationError("phone.format", field="emergency_phone"),
        ]
    )
    shown = errors_by_field(errors)
    assert shown["name"] == "请填写姓名。"
    assert set(shown) == {"name", "phone", "emergency_phone"}
    assert errors_by_field(ValueError("x")) == {}
