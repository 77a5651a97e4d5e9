import pytest

from stationdesk.domain.clock import HybridClock, parse_version
from stationdesk.domain.phone import mask_phone, normalise_phone
from stationdesk.domain.pinyin_keys import pinyin_keys
from stationdesk.errors import ValidationError


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("0758-2281234", "0758-2281234"),
        ("(020)87654321", "020-87654321"),
        ("010-12345678-123", "010-12345678-123"),
    ],
)
def test_valid_phone_numbers_are_normalised(raw, expected):
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12812345678", "1381234567", "2281234", "phone", "138123456789"])
def test_invalid_phone_numbers_are_refused(raw):
    with pytest.raises(ValidationError) as caught:
        normalise_phone(raw)
    assert caught.value.code == "phone.format"


def test_phones_are_masked():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0758-2281234") == "0758-***1234"


def test_pinyin_keys_find_by_initials_and_full_pinyin():
    full, initials = pinyin_keys("张三")
    assert full == "zhangsan" and initials == "zs"


def test_a_polyphonic_surname_is_found_both_ways():
    full, initials = pinyin_keys("曾国强")
    assert "zengguoqiang" in full.split() and "cengguoqiang" in full.split()
    assert "zgq" in initials.split()


def test_only_the_surname_keeps_several_readings():
    full, _ = pinyin_keys("王长乐")
    assert all(v.endswith("changle") for v in full.split())


def test_clock_is_monotonic_even_when_the_wall_clock_goes_back():
    times = iter([1000, 1000, 900, 2000])
    clock = HybridClock(now_ms=lambda: next(times))
    versions = [clock.tick() for _ in range(4)]
    assert versions == sorted(versions) and len(set(versions)) == 4
    assert parse_version(versions[2]) == (1000, 2)


def test_clock_moves_past_an_observed_remote_version():
    clock = HybridClock(now_ms=lambda: 5_000)
    clock.observe("0000000009000-0003")
    assert clock.tick() == "0000000009000-0004"


def test_clock_resumes_from_its_last_version():
    clock = HybridClock("0000000009000-0003", now_ms=lambda: 10)
    assert clock.tick() > "0000000009000-0003"


def test_counter_overflow_moves_to_the_next_millisecond():
    clock = HybridClock("0000000001000-9999", now_ms=lambda: 1)
    assert clock.tick() == "0000000001001-0000"
