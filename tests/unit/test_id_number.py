from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stationdesk.domain.id_number import mask_id_number, normalise, parse_id_number, with_check_digit
from stationdesk.errors import ValidationError

TODAY = date(2026, 6, 15)
VALID = with_check_digit("44120219500314123")  # 端州区, born 1950-03-14, sequence 123 (odd: male)


def test_a_valid_number_gives_birth_date_and_gender():
    info = parse_id_number(VALID, today=TODAY)
    assert info.birth_date == date(1950, 3, 14)
    assert info.gender == "M"


def test_an_even_sequence_digit_is_female():
    assert parse_id_number(with_check_digit("44120219800101124"), today=TODAY).gender == "F"


def test_the_published_example_number_is_valid():
    # The example from GB 11643-1999 as quoted by python-stdnum's documentation.
    info = parse_id_number("360426199101010071", today=TODAY)
    assert info.birth_date == date(1991, 1, 1) and info.warnings == ()


def test_wrong_check_digit_is_refused():
    wrong = VALID[:-1] + ("0" if VALID[-1] != "0" else "1")
    with pytest.raises(ValidationError) as caught:
        parse_id_number(wrong, today=TODAY)
    assert caught.value.code == "id_number.checksum"


@pytest.mark.parametrize("birth", ["19500230", "19501301", "19000000"])
def test_impossible_birth_date_is_refused(birth):
    with pytest.raises(ValidationError) as caught:
        parse_id_number(with_check_digit(f"441202{birth}123"), today=TODAY)
    assert caught.value.code == "id_number.birth_date"


def test_future_birth_date_is_refused():
    with pytest.raises(ValidationError) as caught:
        parse_id_number(with_check_digit("44120220300101123"), today=TODAY)
    assert caught.value.code == "id_number.future_birth"


def test_lower_case_x_is_accepted():
    number = next(n for n in (with_check_digit(f"11010519491001{s:03d}") for s in range(1000)) if n.endswith("X"))
    assert parse_id_number(number.lower(), today=TODAY).number == number


def test_full_width_digits_and_spaces_are_normalised():
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in VALID)
    assert parse_id_number(f" {full_width[:6]} {full_width[6:]} ", today=TODAY).number == VALID


def test_an_elder_born_before_their_district_code_existed_is_accepted_with_a_warning():
    # 441204 (高要区) was created in 2015; a woman born in 1938 holds it because her card was issued there.
    number = with_check_digit("44120419380502022")
    info = parse_id_number(number, today=TODAY)
    assert info.birth_date == date(1938, 5, 2)
    assert "id_number.area_unknown" in info.warnings


def test_an_unknown_area_code_is_only_a_warning():
    info = parse_id_number(with_check_digit("99999919700101123"), today=TODAY)
    assert info.warnings == ("id_number.area_unknown",)


@pytest.mark.parametrize("raw, code", [("12345", "id_number.length"), ("44120219500314A23X", "id_number.format")])
def test_malformed_numbers_are_refused(raw, code):
    with pytest.raises(ValidationError) as caught:
        parse_id_number(raw, today=TODAY)
    assert caught.value.code == code


def test_masking_keeps_area_prefix_and_last_four():
    assert mask_id_number("440502195003140014") == "4405**********0014"
    assert mask_id_number(None) == ""


@given(st.text(max_size=30))
def test_parsing_any_text_either_succeeds_or_raises_a_validation_error(text):
    try:
        info = parse_id_number(text, today=TODAY)
    except ValidationError:
        return
    assert info.number == normalise(text) and len(info.number) == 18
