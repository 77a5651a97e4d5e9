"""Certificates (serials stable across reprints, only confirmed hours) and sign-in sheets, read back
from the PDF with pdftotext; the CLI print targets."""

import io
import json
import subprocess
from datetime import date

import pytest
from sqlalchemy import select
from volunteer_helpers import add_person, at

from stationdesk.cli import main
from stationdesk.db.models.station import AuditEntry
from stationdesk.errors import ValidationError
from stationdesk.services import activities, certificates, shifts


def pdf_text(data: bytes, tmp_path, name="doc.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_fonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def served(station):
    """Volunteer 1 served three times in June; two shifts are confirmed."""
    v = station.volunteer_ids[0]
    with station.db.transaction() as session:
        s1 = shifts.record_shift(session, shifts.ShiftInput(v, at(3, "09:00"), at(3, "11:30"), content="探访独居老人"))
        s2 = shifts.record_shift(
            session, shifts.ShiftInput(v, at(10, "09:00"), at(10, "12:10"), activity_id=station.activity_id)
        )
        shifts.record_shift(session, shifts.ShiftInput(v, at(12, "14:00"), at(12, "16:00"), content="未确认的服务"))
        shifts.confirm_shifts(session, [s1.id, s2.id], "陈主任")
    return station


def test_certificate_lists_only_confirmed_hours_and_masks_the_id(served, tmp_path):
    with served.db.transaction() as session:
        pdf, name = certificates.certificate_pdf(
            session, "TEST-001-V00001", date(2026, 6, 1), date(2026, 6, 30), "王经办"
        )
    text = pdf_text(pdf, tmp_path)
    assert "志愿服务证明" in text and "王建国" in text and "TEST-001-V00001" in text
    assert "居民身份证" in text and "4412**********" in text and "19800301" not in text
    assert "2026年06月01日 至 2026年06月30日" in text
    assert "累计 5.5 小时" in text  # 2.5 + 3.0; the unconfirmed 2 h are not there
    assert "探访独居老人" in text and "六月银发生日会" in text and "未确认的服务" not in text
    assert "负责人（签字）" in text and "经办人（签字）：王经办" in text and "盖章" in text
    assert "测试社区服务站" in text and "第1页共1页" in text
    assert "ZYFW-TEST-001-2026-00001" in text and name.endswith("ZYFW-TEST-001-2026-00001.pdf")


def test_a_reprint_carries_the_same_serial_and_content_and_every_certificate_is_listed(served, tmp_path):
    period = (date(2026, 6, 1), date(2026, 6, 30))
    with served.db.transaction() as session:
        first = certificates.issue_certificate(session, "TEST-001-V00001", *period)
    with served.db.transaction() as session:  # more hours confirmed later do not change what was certified
        pending = [s.id for s in shifts.shifts_to_confirm(session)]
        shifts.confirm_shifts(session, pending, "陈主任")
        again = certificates.issue_certificate(session, "test-001-v00001", *period)
        other = certificates.issue_certificate(session, "TEST-001-V00001", date(2026, 6, 1), date(2026, 6, 15))
        by_serial, _ = certificates.reprint_by_serial(session, first.row.serial)
        listed = certificates.list_certificates(session)
        printed = (
            session.execute(select(AuditEntry.detail).where(AuditEntry.action == "print_certificate")).scalars().all()
        )
    assert again.reprint and not first.reprint
    assert again.row.serial == first.row.serial == "ZYFW-TEST-001-2026-00001"
    assert again.content == first.content and again.row.total_minutes == 330
    assert other.row.serial == "ZYFW-TEST-001-2026-00002" and other.row.total_minutes == 450
    assert "ZYFW-TEST-001-2026-00001" in pdf_text(by_serial, tmp_path)
    assert [(c.serial, c.print_count) for c in listed] == [
        ("ZYFW-TEST-001-2026-00002", 1),
        ("ZYFW-TEST-001-2026-00001", 3),
    ]
    assert len(printed) == 4


def test_a_voided_certificate_stays_registered_cannot_be_reprinted_and_the_period_is_certified_anew(served, tmp_path):
    period = (date(2026, 6, 1), date(2026, 6, 30))
    with served.db.transaction() as session:
        first = certificates.issue_certificate(session, "TEST-001-V00001", *period)
    with served.db.transaction() as session:
        for reason in ("   ", "原因" * 101):
            with pytest.raises(ValidationError) as caught:
                certificates.void_certificate(session, first.row.serial, reason)
            assert caught.value.code == "certificate.void_reason" and "200" in str(caught.value)
        voided = certificates.void_certificate(session, first.row.serial.lower(), "时长计算有误，已重新出具")
    assert voided.voided_on == served.db.today and voided.void_reason == "时长计算有误，已重新出具"
    with served.db.transaction() as session:
        for attempt in (
            lambda: certificates.reprint_by_serial(session, first.row.serial),
            lambda: certificates.void_certificate(session, first.row.serial, "再次作废"),
        ):
            with pytest.raises(ValidationError) as caught:
                attempt()
            assert caught.value.code == "certificate.voided" and "时长计算有误" in str(caught.value)
        pending = [s.id for s in shifts.shifts_to_confirm(session)]
        shifts.confirm_shifts(session, pending, "陈主任")
        anew = certificates.issue_certificate(session, "TEST-001-V00001", *period)
        listed = certificates.list_certificates(session)
        logged = (
            session.execute(select(AuditEntry.detail).where(AuditEntry.action == "void_certificate")).scalars().all()
        )
    assert not anew.reprint and anew.row.serial == "ZYFW-TEST-001-2026-00002" and anew.row.total_minutes == 450
    assert [(c.serial, c.voided_on is not None) for c in listed] == [
        ("ZYFW-TEST-001-2026-00002", False),
        ("ZYFW-TEST-001-2026-00001", True),
    ]
    assert logged == ["ZYFW-TEST-001-2026-00001: 时长计算有误，已重新出具"]


def test_the_certificate_gives_the_station_phone_for_verification(served, tmp_path):
    from stationdesk.services.station import set_station_phone

    period = (date(2026, 6, 1), date(2026, 6, 30))
    without, _ = served.run(certificates.certificate_pdf, "TEST-001-V00001", *period)
    served.run(set_station_phone, "0755 1234 5678")
    with_phone, _ = served.run(certificates.certificate_pdf, "TEST-001-V00001", *period)
    assert "电话" not in pdf_text(without, tmp_path, "a.pdf")
    assert "核验（电话：0755-12345678）" in pdf_text(with_phone, tmp_path, "b.pdf").replace("\n", "").replace(" ", "")


def test_no_certificate_without_confirmed_hours(station):
    with pytest.raises(ValidationError) as caught:
        station.run(certificates.issue_certificate, "TEST-001-V00002", date(2026, 1, 1), date(2026, 6, 30))
    assert caught.value.code == "certificate.no_hours" and "李秀英" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        station.run(certificates.issue_certificate, "NOPE-1", date(2026, 1, 1), date(2026, 6, 30))
    assert caught.value.code == "volunteer.not_found"


def test_sign_in_sheet_has_the_header_the_people_masked_and_blank_rows(station, tmp_path):
    with station.db.transaction() as session:
        child = add_person(session, "陈子涵", date(2016, 3, 3), sequence=151)
        from stationdesk.services import people

        detail = people.get_person(session, child)
        people.update_person(
            session,
            child,
            detail.data.__class__(**{**detail.data.__dict__, "roles": ("child",), "alias": "小星"}),
            confirmed=True,
        )
        activities.sign_up(session, station.activity_id, child, activities.ROLE_SERVED)
        for person_id in station.person_ids:
            activities.sign_up(session, station.activity_id, person_id, activities.ROLE_VOLUNTEER)
        pdf, name = activities.signin_sheet_pdf(session, station.activity_id, blank_rows=3)
        volunteers_pdf, _ = activities.signin_sheet_pdf(
            session, station.activity_id, blank_rows=0, volunteers_only=True
        )
    text = pdf_text(pdf, tmp_path)
    for label in (
        "活动签到表",
        "活动名称：六月银发生日会",
        "日期时间：2026-06-10 09:00-11:30",
        "地点：长者饭堂",
        "组织单位：城东社区服务站",
        "负责人：陈主任",
        "序号",
        "姓名",
        "联系电话",
        "签到时间",
        "签退时间",
        "签名",
        "备注",
        "活动负责人（签字）",
        "第1页共1页",
        "138****5670",
    ):
        assert label in text, label
    assert "小星" in text and "陈子涵" not in text  # children by their alias
    assert "13812345670" not in text
    numbers = [
        line.split()[0] for line in text.splitlines() if line.strip()[:1].isdigit() and len(line.split()[0]) <= 2
    ]
    assert numbers[-1] == "7"  # 4 people + 3 blank rows
    vtext = pdf_text(volunteers_pdf, tmp_path, "v.pdf")
    assert "志愿者服务签到表" in vtext and "TEST-001-V00003" in vtext and "小星" not in vtext
    assert name == "签到表-六月银发生日会-20260610.pdf"


def test_print_commands_write_the_pdfs_and_audit_them(station, data_folder, tmp_path, capsys):
    with station.db.transaction() as session:
        s = shifts.record_shift(session, shifts.ShiftInput(station.volunteer_ids[0], at(3, "09:00"), at(3, "11:00")))
        shifts.confirm_shifts(session, [s.id], "陈主任")
        activities.sign_up(session, station.activity_id, station.person_ids[0], activities.ROLE_VOLUNTEER)
    station.db.close()
    sheet, cert = tmp_path / "out" / "sheet.pdf", tmp_path / "cert.pdf"
    sheet.parent.mkdir()  # a printout goes into a folder that exists (a mistyped one is refused, not made)
    base = ["--data-dir", str(data_folder.root), "print"]
    assert (
        main([*base, "activity-signin", "--activity", station.activity_id, "--blank-rows", "12", "--out", str(sheet)])
        == 0
    )
    assert (
        main(
            [
                *base,
                "certificate",
                "--volunteer",
                "TEST-001-V00001",
                "--from",
                "2026-06-01",
                "--to",
                "2026-06-30",
                "--out",
                str(cert),
            ]
        )
        == 0
    )
    assert "六月银发生日会" in subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True).stdout
    assert "ZYFW-" in subprocess.run(["pdftotext", str(cert), "-"], capture_output=True, text=True).stdout
    assert "Type 3" not in pdf_fonts(cert) and "yes" in pdf_fonts(cert)  # the CJK font is embedded
    assert (
        main(
            [
                *base,
                "certificate",
                "--volunteer",
                "TEST-001-V00002",
                "--from",
                "2026-06-01",
                "--to",
                "2026-06-30",
                "--out",
                str(tmp_path / "none.pdf"),
            ]
        )
        == 2
    )
    assert "没有已确认的服务时长" in capsys.readouterr().err and not (tmp_path / "none.pdf").exists()


def test_a_long_sheet_fills_each_page_repeats_the_header_and_numbers_every_row(tmp_path):
    from stationdesk.printing.signin_sheet import SheetPerson, SigninSheet, build_signin_sheet

    people = tuple(SheetPerson(f"人员{i:03d}", "138****0000") for i in range(1, 101))
    out = tmp_path / "long.pdf"
    build_signin_sheet(
        str(out),
        SigninSheet("大会", "2026-06-15 09:00-11:30", "广场", "服务站", "陈主任", people, blank_rows=7),
        "测试站",
        date(2026, 6, 15),
    )
    pages = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")[:-1]
    assert len(pages) >= 4
    numbers = []
    for index, page in enumerate(pages, start=1):
        assert "签到时间" in page and f"第{index}页共{len(pages)}页" in page.replace(" ", "")
        rows = [line.split()[0] for line in page.splitlines() if line.split() and line.split()[0].isdigit()]
        numbers += [int(n) for n in rows if int(n) <= 107]
        assert len(rows) > 20 or index == len(pages)  # every page but the last is full
    assert numbers == list(range(1, 108))
    assert "人员100" in "".join(pages) and "活动负责人（签字）" in pages[-1] and "活动负责人" not in pages[0]


@pytest.mark.parametrize("services", [1, 20, 25, 29, 60])
def test_the_seal_never_stands_on_a_page_of_its_own(services, tmp_path):
    from stationdesk.printing.certificate import CertificateContent, CertificateLine, build_certificate

    lines = tuple(CertificateLine(date(2026, 1, 1 + i % 28), f"第{i + 1:02d}次服务", "2.0") for i in range(services))
    content = CertificateContent(
        "ZS-2026-0001", "王小明", "TEST-001-V00001", "居民身份证", "4412**********1234",
        date(2026, 1, 1), date(2026, 6, 30), f"{2 * services}.0", lines, "城西街道社区服务站", date(2026, 7, 1),
    )  # fmt: skip
    out = io.BytesIO()
    build_certificate(out, content, date(2026, 7, 1))
    last_page = pdf_text(out.getvalue(), tmp_path).rstrip("\f").split("\f")[-1]
    assert "盖章处" in last_page and "合计" in last_page
    assert f"第{services:02d}次服务" in last_page  # the last service is on the seal's page


def test_a_month_and_a_half_of_services_prints_on_one_sheet_with_the_seal(tmp_path):
    """25 services (about a month and a half of a regular volunteer's), the note, the signatures
    and the seal fit one A4 page: a station worker hands over one sheet, not two."""
    from stationdesk.printing.certificate import CertificateContent, CertificateLine, build_certificate

    lines = tuple(CertificateLine(date(2026, 4, 17 + i % 14), f"项目{i:03d}活动{1000 + i}", "2.5") for i in range(25))
    content = CertificateContent(
        "ZYFW-TEST-001-2026-00001", "王小明", "TEST-001-V00001", "居民身份证", "4412**********1234",
        date(2026, 4, 17), date(2026, 6, 15), "62.5", lines, "城西街道社区服务站", date(2026, 6, 15),
        issuer_phone="020-12345678",
    )  # fmt: skip
    out = io.BytesIO()
    build_certificate(out, content, date(2026, 6, 15))
    pages = pdf_text(out.getvalue(), tmp_path).rstrip("\f").split("\f")
    assert len(pages) == 1
    assert "项目024活动1024" in pages[0] and "合计" in pages[0] and "盖章处" in pages[0]
    assert "第1页共1页" in pages[0].replace(" ", "")


def _exported(session, table, since: int, raw_sqlite: bool) -> dict[str, dict]:
    """The table's records as the station's export writes them into a bundle, by serial."""
    from stationdesk.sync.station import _resource

    resource = _resource(session, table, "TEST-001", since, raw_sqlite=raw_sqlite)
    records = [json.loads(line) for data, _ in resource.chunks for line in bytes(data).splitlines()]
    return {record["serial"]: record for record in records}


@pytest.mark.parametrize("raw_sqlite", [True, False], ids=["sqlite-json", "python-codec"])
def test_a_new_certificate_is_stored_stamped_audited_and_exported_as_the_unit_of_work_stores_one(served, raw_sqlite):
    """Issuing writes through Core (one insert, the shared stamping); the same record added through
    the ORM beside it must come out the same in every column, stamp and exported field."""
    from stationdesk.db.models.station import LocalState
    from stationdesk.db.models.volunteers import VolunteerCertificate
    from stationdesk.db.stamping import CLOCK_KEY, current_change_seq
    from stationdesk.services.audit_chain import verify_chain

    period = (date(2026, 6, 1), date(2026, 6, 30))
    with served.db.transaction() as session:
        before = current_change_seq(session)
        issued = certificates.issue_certificate(session, "TEST-001-V00001", *period, " 王经办 ")
        assert session.info["changed_tables"] >= {"volunteer_certificate", "audit_log"}
        clock_after_issue = session.get(LocalState, CLOCK_KEY).value
        stored = session.get(VolunteerCertificate, issued.row.id)
        business = ("volunteer_id", "period_from", "period_to", "total_minutes", "services_json", "issued_on")
        business += ("handled_by", "print_count", "voided_on", "void_reason")
        twin = VolunteerCertificate(
            serial="ZYFW-TEST-001-2026-ORM", **{name: getattr(stored, name) for name in business}
        )
        session.add(twin)
        session.flush()
        session.expire_all()  # both read back as stored
        stored, twin = session.get(VolunteerCertificate, issued.row.id), session.get(VolunteerCertificate, twin.id)
        exported = _exported(session, VolunteerCertificate.__table__, before, raw_sqlite)
        chain = verify_chain(session)
        audited = session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()

    assert stored.serial == issued.row.serial == "ZYFW-TEST-001-2026-00001"
    assert json.loads(stored.services_json) == [
        ["2026-06-03", "探访独居老人", "2.5"],
        ["2026-06-10", "六月银发生日会", "3"],
    ]
    assert (stored.total_minutes, stored.handled_by, stored.print_count, stored.void_reason) == (330, "王经办", 1, "")
    assert stored.voided_on is None and stored.issued_on == date(2026, 6, 15)
    for row in (stored, twin):  # the stamps: this station's, fresh, not deleted
        assert row.origin_station == "TEST-001" and row.deleted is False
        assert row.created_at == row.updated_at and row.created_at.tzinfo is not None
    assert (stored.change_seq, twin.change_seq) == (before + 1, before + 2)
    assert stored.version == clock_after_issue < twin.version  # the clock ticked and was saved
    assert issued.content.serial == stored.serial and issued.row.total_minutes == 330

    exported_core, exported_orm = exported[stored.serial], exported["ZYFW-TEST-001-2026-ORM"]
    assert exported_core.keys() == exported_orm.keys()
    own = {"id", "serial", "version", "change_seq", "created_at", "updated_at"}
    assert {k: v for k, v in exported_core.items() if k not in own} == {
        k: v for k, v in exported_orm.items() if k not in own
    }
    assert exported_core["version"] == stored.version and exported_core["origin_station"] == "TEST-001"

    assert chain.whole and chain.first_broken is None
    assert (audited.action, audited.subject_id, audited.detail) == (
        "print_certificate",
        stored.volunteer_id,
        stored.serial,
    )
    assert audited.actor == "admin" and len(audited.entry_hash) == 64
