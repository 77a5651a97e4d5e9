"""Helpers for the 人员档案 GUI tests: people to register, waiting for the page to settle."""

from __future__ import annotations

from stationdesk.services.people import PersonInput, add_person

# Valid ID numbers (correct check digits) for the people the tests register.
ID_WANG = "441202194803050023"  # 王秀英, born 1948-03-05, female
ID_LI = "441202195511200012"  # 李建国, born 1955-11-20, male
ID_CHILD = "44120220170315002X"  # 陈小雨, born 2017-03-15, female


def settle(qtbot, page) -> None:
    """Wait until the search timer has fired and every database answer is back."""
    qtbot.waitUntil(page.is_settled, timeout=5000)


def register(db, *people: PersonInput) -> list[str]:
    with db.transaction() as session:
        return [add_person(session, p, confirmed=True).summary.id for p in people]


def wang() -> PersonInput:
    return PersonInput(
        name="王秀英",
        roles=("elder",),
        id_number=ID_WANG,
        phone="13812345678",
        community="城东社区",
        building="3",
        unit="2",
        room="502",
        tags=("独居", "高龄"),
    )


def li() -> PersonInput:
    return PersonInput(
        name="李建国",
        roles=("elder", "volunteer"),
        id_number=ID_LI,
        phone="13900001111",
        community="睦岗社区",
        tags=("空巢",),
    )


def child() -> PersonInput:
    return PersonInput(name="陈小雨", roles=("child",), id_number=ID_CHILD, alias="小星", tags=("留守儿童",))


def shown_names(page) -> list[str]:
    model = page.model
    return [model.person_at(row).display_name for row in range(model.rowCount())]
