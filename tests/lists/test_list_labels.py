"""The lists' value labels repeat the domain's codes and names for lupdate; they must say the same."""

from stationdesk.domain import needs as need_rules
from stationdesk.domain import offers
from stationdesk.domain.groups import GROUPS
from stationdesk.domain.matching import KINDS
from stationdesk.services.service_records import SOURCES
from stationdesk.services.station import DEFAULT_CATALOGS
from stationdesk.ui.labels import TABLES, value_label
from stationdesk.ui.list_labels import capacity_text, weekdays_text


def test_every_table_matches_the_domain():
    assert TABLES["need_state"] == need_rules.STATE_NAMES
    assert TABLES["urgency"] == need_rules.URGENCY_NAMES
    assert TABLES["need_source"] == need_rules.SOURCE_NAMES
    assert TABLES["rating"] == need_rules.RATING_NAMES
    assert TABLES["dispatch_state"] == need_rules.DISPATCH_STATE_NAMES
    assert TABLES["target_group"] == {code: names[0] for code, names in GROUPS.items()}
    assert TABLES["offer_status"] == offers.STATUS_NAMES
    assert TABLES["provider_kind"] == offers.PROVIDER_KINDS
    assert TABLES["resource_kind"] == offers.RESOURCE_KINDS
    assert set(TABLES["match_kind"]) == set(KINDS) and set(TABLES["given_kind"]) == set(SOURCES)
    assert tuple(TABLES["service_category"]) == DEFAULT_CATALOGS["service_category"]
    assert value_label("need_state", "rated") == "已评价" and value_label("target_group", "") == ""


def test_weekdays_and_capacity_read_as_people_say_them():
    from stationdesk.services.offers import Capacity

    assert weekdays_text("1234567") == "每天" and weekdays_text("67") == "周末"
    assert weekdays_text("12357") == "周一至周三、周五、周日"
    assert capacity_text(Capacity("人次", 5, 10, 2, 3)) == "余 3 / 可用 5 / 最多 10 人次"
    assert capacity_text(Capacity("", None, None, 0, None)) == ""
