"""Resources and services: what they offer checked field by field, their lists' filters and spare capacity."""

from datetime import date, time

import pytest

from stationdesk.errors import FormErrors
from stationdesk.services import dispatch, needs, resources, station_services
from stationdesk.services.offers import OfferTerms
from stationdesk.services.registry import collect_stats


def _codes(error):
    return {e.code for e in error.errors}


def test_a_resource_is_checked_field_by_field(lists):
    with pytest.raises(FormErrors) as caught:
        lists.run(
            resources.create_resource,
            resources.ResourceInput(
                name=" ",
                provider_kind="volunteer_team",
                kind="spaceship",
                categories=("助医", "占卜"),
                contact_phone="12345",
                valid_from=date(2026, 7, 1),
                valid_to=date(2026, 6, 1),
                terms=OfferTerms(
                    weekdays="18",
                    available_from=time(12, 0),
                    available_to=time(9, 0),
                    capacity_available=20,
                    capacity_maximum=10,
                    status="gone",
                ),
            ),
        )
    assert _codes(caught.value) == {
        "offer.name_required",
        "resource.kind",
        "resource.category_unknown",
        "resource.team_required",
        "phone.format",
        "resource.valid_order",
        "offer.weekdays",
        "offer.hours_order",
        "offer.capacity_over_maximum",
        "offer.status",
    }


def test_the_resource_list_masks_phones_and_filters_by_community_category_and_spare_capacity(lists):
    rows = lists.run(resources.search_resources, resources.ResourceQuery())
    assert [r.name for r in rows] == ["党群服务中心多功能厅", "社区卫生站义诊"]
    clinic = rows[1]
    assert clinic.contact_phone_masked == "0758-***1234" and clinic.terms.weekdays == "3"
    assert lists.run(resources.resource_input, lists.clinic_id).contact_phone == "0758-2281234"

    def names(**query):
        return [r.name for r in lists.run(resources.search_resources, resources.ResourceQuery(**query))]

    assert names(community="江滨社区") == ["党群服务中心多功能厅"]  # the hall serves the whole area
    assert names(category="健康监测") == ["社区卫生站义诊"]
    assert names(spare_only=True) == ["社区卫生站义诊"]  # the hall's capacity is not counted
    need = lists.run(needs.create_need, needs.NeedInput(category="助医", person_id=lists.elder_id))
    lists.run(dispatch.dispatch_need, need.id, (dispatch.DispatchTarget("resource", lists.clinic_id, quantity=2),))
    assert names(spare_only=True) == []
    assert lists.run(collect_stats)["resources"] == 2


def test_a_service_is_checked_and_listed_with_its_provider_and_project(lists):
    from stationdesk.services import teams

    with pytest.raises(FormErrors) as caught:
        lists.run(
            station_services.create_service,
            station_services.ServiceInput(
                name="生日会", category="", target_groups=("aliens",), min_age=70, max_age=60, team_id="nope"
            ),
        )
    assert _codes(caught.value) == {
        "service.category_required",
        "service.group_unknown",
        "service.age_range",
        "service.team_unknown",
    }
    project = lists.run(teams.create_project, "银发生日会", lists.team_id)
    lists.run(
        station_services.create_service,
        station_services.ServiceInput(
            name="银发生日会", category="精神慰藉", target_groups=("elder",), project_id=project.id, staff_name="李社工"
        ),
    )
    rows = lists.run(station_services.search_services, station_services.ServiceQuery(target_group="elder"))
    assert [(s.name, s.provider, s.project_name) for s in rows] == [
        ("陪同就医", "邻里情", ""),
        ("银发生日会", "李社工", "银发生日会"),
    ]
    assert lists.run(station_services.search_services, station_services.ServiceQuery(target_group="child")) == []
    assert lists.run(collect_stats)["services"] == 2
