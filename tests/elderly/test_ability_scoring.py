"""GB/T 42195-2022 scoring: items and maxima, level boundaries, adjustments, refusals."""

import pytest

from stationdesk.domain import ability_assessment as gbt
from stationdesk.errors import ValidationError


def test_the_item_definitions_add_up_to_the_standard():
    assert len(gbt.ITEMS) == 26
    counts = {ind.name: len(ind.items) for ind in gbt.INDICATORS}
    assert counts == {"自理能力": 8, "基础运动能力": 4, "精神状态": 9, "感知觉与社会参与": 5}
    maxima = {ind.name: ind.max_score for ind in gbt.INDICATORS}
    assert maxima == {"自理能力": 32, "基础运动能力": 15, "精神状态": 28, "感知觉与社会参与": 15}
    assert gbt.MAX_TOTAL == sum(maxima.values()) == 90
    for item in gbt.ITEMS.values():
        scores = [score for score, _ in item.levels]
        assert scores == sorted(scores, reverse=True) and scores[-1] == 0 and len(set(scores)) == len(scores)
        assert all(text for _, text in item.levels)


@pytest.mark.parametrize(
    ("total", "level"),
    [
        (90, "能力完好"),
        (89, "轻度失能"),
        (66, "轻度失能"),
        (65, "中度失能"),
        (46, "中度失能"),
        (45, "重度失能"),
        (30, "重度失能"),
        (29, "完全失能"),
        (0, "完全失能"),
    ],
)
def test_level_at_every_boundary(total, level, scores_for):
    result = gbt.assess(scores_for(total))
    assert result.complete and result.total == total
    assert gbt.level_name(result.level) == level
    assert result.applied == ()


@pytest.mark.parametrize(
    ("total", "expected"), [(90, "轻度失能"), (66, "中度失能"), (46, "重度失能"), (30, "完全失能"), (10, "完全失能")]
)
def test_dementia_makes_the_level_one_worse(total, expected, scores_for):
    result = gbt.assess(scores_for(total), gbt.Adjustments(dementia_or_mental_disorder=True))
    assert gbt.level_name(result.level) == expected
    assert result.applied == ("dementia",)
    assert result.preliminary_level == gbt.level_for_total(total)


def test_two_care_risk_events_make_it_one_worse_and_one_does_not(scores_for):
    assert gbt.level_name(gbt.assess(scores_for(70), gbt.Adjustments(risk_events_30_days=1)).level) == "轻度失能"
    result = gbt.assess(scores_for(70), gbt.Adjustments(risk_events_30_days=2))
    assert gbt.level_name(result.level) == "中度失能" and result.applied == ("risk_events",)


def test_both_conditions_raise_the_level_once_as_the_standard_says_any_one_of_them(scores_for):
    result = gbt.assess(scores_for(70), gbt.Adjustments(dementia_or_mental_disorder=True, risk_events_30_days=3))
    assert gbt.level_name(result.level) == "中度失能"
    assert result.applied == ("dementia", "risk_events")


def test_coma_is_rated_completely_impaired_even_without_scores(scores_for):
    result = gbt.assess({}, gbt.Adjustments(coma=True))
    assert result.complete and result.level == gbt.COMPLETE and result.total is None
    assert gbt.assess(scores_for(90), gbt.Adjustments(coma=True)).level == gbt.COMPLETE


def test_an_incomplete_form_has_no_total_and_no_level(scores_for):
    scores = scores_for(90)
    del scores["B.3.9"]
    result = gbt.assess(scores)
    assert not result.complete and result.total is None and result.level is None
    assert result.missing == ("B.3.9",)
    assert result.sub_totals["mental"] == 26


@pytest.mark.parametrize(
    ("scores", "code"),
    [
        ({"B.1.1": 5}, "assessment.score_range"),
        ({"B.2.4": 4}, "assessment.score_range"),
        ({"B.3.7": 2}, "assessment.score_range"),
        ({"B.4.1": -1}, "assessment.score_range"),
        ({"B.1.1": "4"}, "assessment.score_not_integer"),
        ({"B.1.1": 3.0}, "assessment.score_not_integer"),
        ({"B.1.1": True}, "assessment.score_not_integer"),
        ({"B.9.9": 1}, "assessment.unknown_item"),
    ],
)
def test_bad_scores_are_refused(scores, code):
    with pytest.raises(ValidationError) as caught:
        gbt.assess(scores)
    assert caught.value.code == code


def test_totals_outside_the_scale_are_refused():
    for total in (-1, 91):
        with pytest.raises(ValidationError):
            gbt.level_for_total(total)
