from stationdesk.domain.groups import GROUP_TAGS, GROUPS, groups_of
from stationdesk.services.station import DEFAULT_CATALOGS


def test_a_person_falls_into_groups_by_role_and_tag_in_the_slogan_order():
    assert groups_of(True, False, ["独居", "残疾", "低保"]) == ("elder", "difficulty", "disabled")
    assert groups_of(False, True, ["困境儿童"]) == ("child", "difficulty")
    assert groups_of(False, False, ["新就业群体"]) == ("new_employment",)
    assert groups_of(False, False, []) == ()


def test_every_group_tag_is_a_default_registry_tag():
    tags = set(DEFAULT_CATALOGS["person_tag"])
    assert all(set(group_tags) <= tags for group_tags in GROUP_TAGS.values())
    assert set(GROUP_TAGS) <= set(GROUPS)
