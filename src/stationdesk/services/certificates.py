"""志愿服务证明: issue, register and reprint certificates of confirmed service hours (谁记录谁证明).

Each certificate gets a serial ``ZYFW-<station>-<year>-<nnnnn>`` kept in ``volunteer_certificate``
with the listed services as issued. Asking again for the same volunteer and period is a reprint:
the same serial and the same content (what was certified stays what was certified). Only
confirmed shifts count. A certificate issued in error is voided (作废) with a reason: it keeps its
serial in the register, can no longer be reprinted, and the same period may then be certified anew
under a new serial.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from io import BytesIO

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from stationdesk.db.models.people import Person
from stationdesk.db.models.volunteers import VolunteerCertificate
from stationdesk.db.stamping import stamp_rows
from stationdesk.domain.id_number import mask_id_number
from stationdesk.domain.service_hours import format_hours
from stationdesk.errors import ValidationError
from stationdesk.printing.certificate import CertificateContent, CertificateLine, build_certificate
from stationdesk.services.accounts import guarded
from stationdesk.services.registry import date_argument, printer
from stationdesk.services.shifts import confirmed_minutes_between
from stationdesk.services.station import audit, current_station, station_phone, today
from stationdesk.services.volunteers import CertificateRow, certificate_rows, live_volunteer, volunteer_as_shown

VOID_REASON_LIMIT = 200  # characters, the column's length


@dataclass(frozen=True)
class IssuedCertificate:
    row: CertificateRow
    content: CertificateContent
    reprint: bool


# issuing's statements, built once: building one cost SQLAlchemy as much Python as running it
_LAST_SERIAL = select(func.max(VolunteerCertificate.serial)).where(VolunteerCertificate.serial.like(bindparam("like")))
_ISSUED_FOR_PERIOD = select(VolunteerCertificate).where(
    VolunteerCertificate.volunteer_id == bindparam("volunteer_id"),
    VolunteerCertificate.period_from == bindparam("start"),
    VolunteerCertificate.period_to == bindparam("end"),
    VolunteerCertificate.deleted.is_(False),
    VolunteerCertificate.voided_on.is_(None),
)
_STORE = insert(VolunteerCertificate)


def _next_serial(session: Session, station_code: str, year: int) -> str:
    prefix = f"ZYFW-{station_code}-{year}-"
    # on the connection: new certificates are stored only with Core (``_store_new``), nothing to flush
    last = session.connection().execute(_LAST_SERIAL, {"like": f"{prefix}%"}).scalar_one_or_none()
    number = int(last[len(prefix) :]) + 1 if last and last[len(prefix) :].isdigit() else 1
    return f"{prefix}{number:05d}"


def _content(session: Session, certificate: VolunteerCertificate) -> CertificateContent:
    volunteer = live_volunteer(session, certificate.volunteer_id)
    person = session.get(Person, volunteer.person_id)
    return _content_of(
        certificate, volunteer.volunteer_number, person.name, person.id_number, current_station(session).name, session
    )


def _content_of(
    certificate: VolunteerCertificate, volunteer_number: str, name: str, id_number: str, issuer: str, session: Session
) -> CertificateContent:
    lines = tuple(
        CertificateLine(date.fromisoformat(d), activity, hours)
        for d, activity, hours in json.loads(certificate.services_json)
    )
    return CertificateContent(
        serial=certificate.serial,
        name=name,
        volunteer_number=volunteer_number,
        id_type="居民身份证" if id_number else "",
        id_number_masked=mask_id_number(id_number),
        period_from=certificate.period_from,
        period_to=certificate.period_to,
        total_hours=format_hours(certificate.total_minutes),
        lines=lines,
        issuer=issuer,
        issued_on=certificate.issued_on,
        handled_by=certificate.handled_by,
        issuer_phone=station_phone(session),
    )


def _row_of(certificate: VolunteerCertificate, volunteer) -> CertificateRow:
    """The register's row of a certificate just issued or reprinted, from ``volunteer_as_shown``'s row."""
    return CertificateRow(
        certificate.id,
        certificate.serial,
        volunteer.id,
        volunteer.volunteer_number,
        volunteer.name,
        certificate.period_from,
        certificate.period_to,
        certificate.total_minutes,
        certificate.issued_on,
        certificate.handled_by,
        certificate.print_count,
        certificate.voided_on,
        certificate.void_reason,
    )


def _store_new(session: Session, **values) -> VolunteerCertificate:
    """Store a new certificate with one Core insert, stamped as the unit of work stamps a synced row
    (``stamp_rows``, the same function), and return it as a record not held by the session: issuing
    through the unit of work cost more than the printing of a one-page certificate."""
    stamp_rows(session, [values], VolunteerCertificate.__tablename__)
    session.connection().execute(_STORE, values)
    return VolunteerCertificate(**values)


@guarded("volunteers.manage")
def issue_certificate(
    session: Session, volunteer_number: str, start: date, end: date, handled_by: str = ""
) -> IssuedCertificate:
    """A new numbered certificate, or the one already issued for this volunteer and period (a reprint)."""
    if start > end:
        raise ValidationError("certificate.period", field="period_from")
    # the volunteer with the person's two columns a certificate shows, not the whole records
    volunteer = volunteer_as_shown(session, volunteer_number)
    existing = (
        session.execute(_ISSUED_FOR_PERIOD, {"volunteer_id": volunteer.id, "start": start, "end": end})
        .scalars()
        .first()
    )
    station = current_station(session)
    if existing is not None:
        existing.print_count += 1
        session.flush()
        certificate, reprint = existing, True
    else:
        shifts = confirmed_minutes_between(session, volunteer.id, start, end)
        if not shifts:
            raise ValidationError(
                "certificate.no_hours",
                field="period_from",
                name=volunteer.name,
                start=start.isoformat(),
                end=end.isoformat(),
            )
        services = [
            [
                s.service_date.isoformat(),
                s.activity_name or s.content or s.post or "志愿服务",
                format_hours(s.credited_minutes),
            ]
            for s in shifts
        ]
        day = today(session)
        certificate = _store_new(
            session,
            serial=_next_serial(session, station.code, day.year),
            volunteer_id=volunteer.id,
            period_from=start,
            period_to=end,
            total_minutes=sum(s.credited_minutes for s in shifts),
            services_json=json.dumps(services, ensure_ascii=False),
            issued_on=day,
            handled_by=handled_by.strip(),
            print_count=1,
            voided_on=None,
            void_reason="",
        )
        reprint = False
    audit(
        session, "print_certificate", "volunteer", volunteer.id, f"{certificate.serial}{' reprint' if reprint else ''}"
    )
    # the row and the content from the records in hand, not read back
    content = _content_of(
        certificate, volunteer.volunteer_number, volunteer.name, volunteer.id_number, station.name, session
    )
    return IssuedCertificate(_row_of(certificate, volunteer), content, reprint)


@guarded("print")
def certificate_pdf(
    session: Session, volunteer_number: str, start: date, end: date, handled_by: str = ""
) -> tuple[bytes, str]:
    issued = issue_certificate(session, volunteer_number, start, end, handled_by)
    buffer = BytesIO()
    build_certificate(buffer, issued.content, today(session))
    return buffer.getvalue(), f"志愿服务证明-{issued.row.name}-{issued.row.serial}.pdf"


def _by_serial(session: Session, serial: str) -> VolunteerCertificate:
    certificate = (
        session.execute(
            select(VolunteerCertificate).where(
                VolunteerCertificate.serial == serial.strip().upper(), VolunteerCertificate.deleted.is_(False)
            )
        )
        .scalars()
        .first()
    )
    if certificate is None:
        raise ValidationError("certificate.not_found", field="serial", serial=serial)
    return certificate


def _refuse_voided(certificate: VolunteerCertificate) -> None:
    if certificate.voided_on is not None:
        raise ValidationError(
            "certificate.voided",
            field="serial",
            serial=certificate.serial,
            day=certificate.voided_on.isoformat(),
            reason=certificate.void_reason,
        )


@guarded("print")
def reprint_by_serial(session: Session, serial: str) -> tuple[bytes, str]:
    """The same certificate again (its serial, content and issue date), e.g. for one that was lost;
    a voided one is refused."""
    certificate = _by_serial(session, serial)
    _refuse_voided(certificate)
    certificate.print_count += 1
    audit(session, "print_certificate", "volunteer", certificate.volunteer_id, f"{certificate.serial} reprint")
    buffer = BytesIO()
    build_certificate(buffer, _content(session, certificate), today(session))
    return buffer.getvalue(), f"志愿服务证明-{certificate.serial}.pdf"


@guarded("volunteers.manage")
def void_certificate(session: Session, serial: str, reason: str) -> CertificateRow:
    """Mark a certificate issued in error as void (it stays in the register under its serial)."""
    reason = " ".join(reason.split())
    if not reason or len(reason) > VOID_REASON_LIMIT:
        raise ValidationError("certificate.void_reason", field="reason", limit=VOID_REASON_LIMIT)
    certificate = _by_serial(session, serial)
    _refuse_voided(certificate)
    certificate.voided_on, certificate.void_reason = today(session), reason
    session.flush()
    audit(session, "void_certificate", "volunteer", certificate.volunteer_id, f"{certificate.serial}: {reason}")
    return certificate_rows(session, VolunteerCertificate.id == certificate.id)[0]


@guarded("people.view")
def list_certificates(session: Session) -> list[CertificateRow]:
    return certificate_rows(session)


@printer(
    "certificate",
    [
        (("--volunteer",), {"required": True, "help": "志愿者编号 volunteer number"}),
        (("--from",), {"dest": "period_from", "required": True, "type": date_argument, "help": "YYYY-MM-DD"}),
        (("--to",), {"dest": "period_to", "required": True, "type": date_argument, "help": "YYYY-MM-DD"}),
        (("--handled-by",), {"default": "", "help": "经办人 clerk's name"}),
    ],
    help="志愿服务证明 certificate of confirmed service hours",
)
def _print_certificate(session: Session, args) -> tuple[bytes, str]:
    return certificate_pdf(session, args.volunteer, args.period_from, args.period_to, args.handled_by)


@printer(
    "certificate-copy",
    [(("--serial",), {"required": True, "help": "证明编号 ZYFW-… the certificate's serial"})],
    help="按编号补打一份志愿服务证明 a copy of an issued certificate, by its serial",
)
def _print_certificate_copy(session: Session, args) -> tuple[bytes, str]:
    return reprint_by_serial(session, args.serial)
