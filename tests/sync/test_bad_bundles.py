"""Section 9 of the issue: every bad bundle is refused with a clear message, and the database stays
exactly as it was. Each case is made on purpose from a real bundle (tests/sync/bundlecraft.py)."""

from __future__ import annotations

import copy
import json
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

import bundlecraft as craft
import pytest

from stationdesk.errors import BundleRejected
from stationdesk.messages import message_for
from stationdesk.sync import crypto
from stationdesk.sync.bundle import header_bytes


@dataclass
class Scene:
    hub: object
    a: object
    b: object
    good: Path
    a_keys: crypto.KeyPairs
    header: dict
    files: dict
    tmp: Path
    digest: callable

    def make(self, name: str, header=None, files=None, **options) -> Path:
        return craft.put_together(
            self.tmp / name,
            header if header is not None else self.header,
            files if files is not None else self.files,
            self.a_keys,
            self.hub.keys.public.encryption,
            **options,
        )

    def refused(self, path: Path, code: str) -> BundleRejected:
        before = self.digest(self.hub)
        with pytest.raises(BundleRejected) as caught:
            self.hub.import_bundle(path)
        assert caught.value.code == code, message_for(caught.value)
        assert self.digest(self.hub) == before
        text = message_for(caught.value)
        assert "数据未改动" in text and "{" not in text
        return caught.value


@pytest.fixture
def scene(hub, make_station, enrol, fill, usb, tmp_path, hub_digest) -> Scene:
    a, b = make_station("S-A"), make_station("S-B")
    for station in (a, b):
        enrol(hub, station)
        fill(station, 2, seed=len(station.code))
        hub.import_bundle(station.export(usb / f"{station.code}-1.sdbundle").path)
    fill(a, 3, seed=9)
    good = Path(a.export(usb / "a-2.sdbundle").path)
    header, files = craft.take_apart(good, hub.keys)
    return Scene(hub, a, b, good, crypto.KeyPairs.load(a.folder.keys), header, files, tmp_path, hub_digest)


def test_the_untouched_rebuild_is_accepted(scene):
    """The crafting itself is sound: a faithful rebuild imports (so each refusal below is real)."""
    report = scene.hub.import_bundle(scene.make("same.sdbundle"))
    assert report["status"] == "applied" and report["tables"]["person"]["imported"] == 3


def test_truncated(scene):
    data = scene.good.read_bytes()
    for cut in (len(data) // 2, len(data) - 30, 10):
        path = scene.tmp / f"cut{cut}.sdbundle"
        path.write_bytes(data[:cut])
        scene.refused(path, "bundle.not_zip")


def test_not_a_zip(scene):
    path = scene.tmp / "text.sdbundle"
    path.write_text("这不是同步包", encoding="utf-8")
    scene.refused(path, "bundle.not_zip")
    empty = scene.tmp / "empty.sdbundle"
    empty.write_bytes(b"")
    scene.refused(empty, "bundle.not_zip")


def test_extra_entry(scene):
    scene.refused(scene.make("extra.sdbundle", outer_extra={"readme.txt": b"hi"}), "bundle.entries")


def test_path_tricks(scene):
    for name in ("../header.json", "/etc/passwd", "a/../../b"):
        scene.refused(scene.make(f"trick{abs(hash(name))}.sdbundle", outer_extra={name: b"x"}), "bundle.entries")
    # inside the payload too
    files = dict(scene.files)
    files["../../evil.jsonl"] = b"{}\n"
    scene.refused(scene.make("inner-trick.sdbundle", files=files), "bundle.entries")


def test_duplicated_names(scene):
    path = scene.tmp / "dup.sdbundle"
    with zipfile.ZipFile(scene.good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
        with pytest.warns(UserWarning):
            target.writestr("header.json", source.read("header.json"))
    scene.refused(path, "bundle.entries")


def test_zip_bomb_outside(scene):
    path = scene.tmp / "bomb.sdbundle"
    with zipfile.ZipFile(scene.good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("header.json", b" " * (50 << 20))  # 50 MB of spaces, a few KB packed
        target.writestr("header.sig", source.read("header.sig"))
        target.writestr("payload.bin", source.read("payload.bin"))
    assert path.stat().st_size < 1 << 20
    scene.refused(path, "bundle.too_large")


def test_zip_bomb_inside(scene):
    files = dict(scene.files)
    files["data/person.jsonl"] = b" " * (20 << 20) + b"\n"  # ~1000:1
    craft.fix_resource(files, "person")
    scene.refused(scene.make("inner-bomb.sdbundle", files=files), "bundle.too_large")


def test_newer_format_version(scene):
    header = copy.deepcopy(scene.header)
    header["format_version"] = 2
    error = scene.refused(scene.make("v2.sdbundle", header=header), "bundle.newer_format")
    assert "升级" in message_for(error)


def test_unknown_or_wrong_signer(scene):
    stranger = crypto.KeyPairs.generate()
    path = craft.put_together(
        scene.tmp / "stranger.sdbundle", scene.header, scene.files, stranger, scene.hub.keys.public.encryption
    )
    scene.refused(path, "bundle.unknown_signer")
    # signed by station B's key but claiming to be from S-A
    b_keys = crypto.KeyPairs.load(scene.b.folder.keys)
    path = craft.put_together(
        scene.tmp / "b-as-a.sdbundle", scene.header, scene.files, b_keys, scene.hub.keys.public.encryption
    )
    scene.refused(path, "bundle.unknown_signer")
    # the right key id, the wrong key
    path = craft.put_together(
        scene.tmp / "forged.sdbundle",
        scene.header,
        scene.files,
        stranger,
        scene.hub.keys.public.encryption,
        sign_as=scene.a_keys,
    )
    scene.refused(path, "bundle.bad_signature")
    # a station never enrolled
    header = copy.deepcopy(scene.header)
    header["from"]["code"] = "S-X"
    scene.refused(scene.make("unknown-station.sdbundle", header=header), "bundle.unknown_signer")


def test_encrypted_for_someone_else(scene):
    other = crypto.KeyPairs.generate()
    path = craft.put_together(
        scene.tmp / "other.sdbundle", scene.header, scene.files, scene.a_keys, other.public.encryption
    )
    scene.refused(path, "bundle.not_for_us")


def test_any_payload_byte_changed(scene):
    for position in (0, 100, -17, -1):

        def flip(cipher, position=position):
            data = bytearray(cipher)
            data[position] ^= 0x01
            return bytes(data)

        scene.refused(scene.make(f"flip{position}.sdbundle", mutate_cipher=flip), "bundle.payload_tampered")
    # and a byte of the header after signing
    with zipfile.ZipFile(scene.good) as source:
        header = source.read("header.json").replace(b'"S-A"', b'"S-a"', 1)
        path = scene.tmp / "header-changed.sdbundle"
        with zipfile.ZipFile(path, "w") as target:
            target.writestr("header.json", header)
            target.writestr("header.sig", source.read("header.sig"))
            target.writestr("payload.bin", source.read("payload.bin"))
    with pytest.raises(BundleRejected) as caught:
        scene.hub.import_bundle(path)
    assert caught.value.code in ("bundle.bad_signature", "bundle.unknown_signer")


def test_a_changed_payload_is_refused_even_when_the_bundle_was_imported_before(scene):
    import zipfile as zf

    scene.hub.import_bundle(scene.good)
    with zf.ZipFile(scene.good) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    payload = bytearray(parts["payload.bin"])
    payload[len(payload) // 2] ^= 1
    path = scene.tmp / "replayed-tampered.sdbundle"
    with zf.ZipFile(path, "w") as target:
        for name in ("header.json", "header.sig"):
            target.writestr(name, parts[name])
        target.writestr("payload.bin", bytes(payload))
    scene.refused(path, "bundle.payload_tampered")


def test_hash_size_or_count_that_does_not_match(scene):
    header = copy.deepcopy(scene.header)
    header["payload"]["sha256"] = "0" * 64
    scene.refused(scene.make("payload-sha.sdbundle", header=header, fix_payload=False), "bundle.hash_mismatch")
    header = copy.deepcopy(scene.header)
    header["payload"]["size"] += 1
    header["payload"]["encrypted_size"] += 1
    scene.refused(scene.make("payload-size.sdbundle", header=header, fix_payload=False), "bundle.hash_mismatch")
    files = dict(scene.files)
    package = json.loads(files["datapackage.json"])
    package["resources"][0]["sha256"] = "f" * 64
    files["datapackage.json"] = json.dumps(package).encode()
    scene.refused(scene.make("resource-sha.sdbundle", files=files), "bundle.hash_mismatch")
    files = dict(scene.files)
    package = json.loads(files["datapackage.json"])
    package["resources"][0]["bytes"] += 5
    files["datapackage.json"] = json.dumps(package).encode()
    scene.refused(scene.make("resource-bytes.sdbundle", files=files), "bundle.hash_mismatch")
    header = copy.deepcopy(scene.header)
    header["counts"]["person"] += 1
    scene.refused(scene.make("count.sdbundle", header=header), "bundle.count_mismatch")
    files, header = dict(scene.files), copy.deepcopy(scene.header)
    package = json.loads(files["datapackage.json"])
    for resource in package["resources"]:
        if resource["name"] == "person":
            resource["count"] += 1
    files["datapackage.json"] = json.dumps(package).encode()
    header["counts"]["person"] += 1
    scene.refused(scene.make("count-lines.sdbundle", header=header, files=files), "bundle.count_mismatch")


def test_records_the_station_does_not_own(scene):
    files, header = dict(scene.files), copy.deepcopy(scene.header)
    people = craft.rows(files, "person")
    people[0]["origin_station"] = "S-B"
    craft.set_rows(files, header, "person", people)
    scene.refused(scene.make("not-owner.sdbundle", header=header, files=files), "bundle.not_owner")
    # claiming S-B's existing record as its own
    from sqlalchemy import select

    from stationdesk.sync.hub_models import data_tables

    person = data_tables()["person"]
    with scene.hub.engine.connect() as connection:
        b_person = connection.execute(select(person.c.id).where(person.c.origin_station == "S-B")).first().id
    files, header = dict(scene.files), copy.deepcopy(scene.header)
    people = craft.rows(files, "person")
    people[0]["id"] = b_person
    people[0]["version"] = "9999999999999-0000"
    craft.set_rows(files, header, "person", people)
    scene.refused(scene.make("hijack.sdbundle", header=header, files=files), "bundle.not_owner")


def test_bundle_id_reused_with_other_content(scene):
    scene.hub.import_bundle(scene.good)
    files, header = dict(scene.files), copy.deepcopy(scene.header)
    people = craft.rows(files, "person")
    people[0]["notes"] = "换了内容"
    craft.set_rows(files, header, "person", people)
    scene.refused(scene.make("reused.sdbundle", header=header, files=files), "bundle.id_reused")


@pytest.mark.parametrize(
    "change, code",
    [
        (lambda r: r.pop("name"), "bundle.row_invalid"),
        (lambda r: r.update(name=123), "bundle.row_invalid"),
        (lambda r: r.update(name="长" * 51), "bundle.row_invalid"),
        (lambda r: r.update(name=None), "bundle.row_invalid"),
        (lambda r: r.update(birth_date="2024-02-30"), "bundle.row_invalid"),
        (lambda r: r.update(created_at="2024-01-01 08:00"), "bundle.row_invalid"),
        (lambda r: r.update(id="not-a-uuid"), "bundle.row_invalid"),
        (lambda r: r.update(version="yesterday"), "bundle.row_invalid"),
        (lambda r: r.update(deleted="no"), "bundle.row_invalid"),
        (lambda r: r.update(secret_column="x"), "bundle.row_invalid"),
        (lambda r: r.update(household_head_id=str(uuid.uuid4())), "bundle.dangling_reference"),
    ],
)
def test_rows_that_break_the_schema_or_point_nowhere(scene, change, code):
    files, header = dict(scene.files), copy.deepcopy(scene.header)
    people = craft.rows(files, "person")
    change(people[-1])
    craft.set_rows(files, header, "person", people)
    scene.refused(scene.make("schema.sdbundle", header=header, files=files), code)


def test_reference_to_a_record_that_exists_nowhere(scene):
    files, header = dict(scene.files), copy.deepcopy(scene.header)
    links = craft.rows(files, "guardianship")
    links[0]["child_id"] = str(uuid.uuid4())
    craft.set_rows(files, header, "guardianship", links)
    scene.refused(scene.make("dangling.sdbundle", header=header, files=files), "bundle.dangling_reference")


def test_unknown_table_or_field_in_the_schema(scene):
    files, header = dict(scene.files), copy.deepcopy(scene.header)
    files["data/secret_table.jsonl"] = b""
    package = json.loads(files["datapackage.json"])
    package["resources"].append(
        {
            "name": "secret_table",
            "path": "data/secret_table.jsonl",
            "bytes": 0,
            "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "count": 0,
            "schema": {"fields": [], "primaryKey": "id"},
        }
    )
    files["datapackage.json"] = json.dumps(package).encode()
    header["counts"]["secret_table"] = 0
    scene.refused(scene.make("table.sdbundle", header=header, files=files), "bundle.schema")
    files, header = dict(scene.files), copy.deepcopy(scene.header)
    package = json.loads(files["datapackage.json"])
    for resource in package["resources"]:
        if resource["name"] == "person":
            resource["schema"]["fields"][0]["type"] = "integer"
    files["datapackage.json"] = json.dumps(package).encode()
    scene.refused(scene.make("type.sdbundle", header=header, files=files), "bundle.schema")


def test_a_good_bundle_still_imports_after_all_refusals(scene):
    for name in ("x1", "x2"):
        path = scene.tmp / f"{name}.sdbundle"
        path.write_bytes(scene.good.read_bytes()[:200])
        with pytest.raises(BundleRejected):
            scene.hub.import_bundle(path)
    assert scene.hub.import_bundle(scene.good)["status"] == "applied"


def test_station_refuses_bad_city_bundles_and_stays_as_it_was(sqlite_hub, make_station, enrol, fill, usb, tmp_path):
    a = make_station("S-A")
    enrol(sqlite_hub, a)
    person = fill(a, 2)["person"][0]
    sqlite_hub.import_bundle(a.export(usb / "a1.sdbundle").path)
    sqlite_hub.edit("person", person, {"notes": "市级"})
    good = Path(sqlite_hub.export_for("S-A", usb / "c1.sdbundle")["path"])
    a_keys = crypto.KeyPairs.load(a.folder.keys)
    header, files = craft.take_apart(good, a_keys)
    before = a.digest()
    cases = {
        "bundle.not_zip": lambda p: p.write_bytes(good.read_bytes()[:100]),
        "bundle.unknown_signer": lambda p: craft.put_together(
            p, header, files, crypto.KeyPairs.generate(), a_keys.public.encryption
        ),
        "bundle.not_for_us": lambda p: craft.put_together(
            p, header, files, sqlite_hub.keys, crypto.KeyPairs.generate().public.encryption
        ),
        "bundle.payload_tampered": lambda p: craft.put_together(
            p,
            header,
            files,
            sqlite_hub.keys,
            a_keys.public.encryption,
            mutate_cipher=lambda c: c[:-1] + bytes([c[-1] ^ 1]),
        ),
    }
    for code, make in cases.items():
        path = tmp_path / f"{code}.sdbundle"
        make(path)
        with pytest.raises(BundleRejected) as caught:
            a.import_(path)
        assert caught.value.code == code
        assert a.digest() == before
    # a bundle from the station itself is not for the station
    with pytest.raises(BundleRejected) as caught:
        a.import_(usb / "a1.sdbundle")
    assert caught.value.code == "bundle.wrong_kind"
    assert a.import_(good)["status"] == "applied"
    # refusals are reported in the data folder too
    reports = [json.loads(p.read_text()) for p in a.folder.reports.glob("*.json")]
    assert sum(r["status"] == "refused" for r in reports) == len(cases) + 1


def test_header_json_must_be_json(scene):
    path = craft.put_together(
        scene.tmp / "junk-header.sdbundle",
        scene.header,
        scene.files,
        scene.a_keys,
        scene.hub.keys.public.encryption,
        raw_header=b"\xff\xfe not json",
    )
    scene.refused(path, "bundle.header_invalid")
    assert header_bytes({"a": 1}) == b'{\n "a": 1\n}'


@pytest.mark.parametrize(
    "change",
    [
        lambda n: n.update(id="OTHER:1"),  # an id the city would not give
        lambda n: n.update(table="sync_enrolment"),  # not a synced table
        lambda n: n.update(table=["person"]),
        lambda n: n.update(other_values={"name": 5}),  # not a record of the table
        lambda n: n["kept_values"].update(shoe_size=42),
        lambda n: n.update(row_id="../etc"),
        lambda n: n.update(kind="city_won"),
        lambda n: n.update(kept_version="yesterday"),
        lambda n: n.update(other_values=["not", "an", "object"]),
        lambda n: n.update(detected_at="2026-02-30T00:00:00.000000Z"),
        lambda n: n.pop("detected_at"),
        lambda n: n.update(resolution="settled"),
    ],
)
def test_station_refuses_a_bad_conflict_notice_and_stays_as_it_was(
    sqlite_hub, make_station, city_decided, tmp_path, change
):
    a, _, good = city_decided(sqlite_hub, make_station)
    a_keys = crypto.KeyPairs.load(a.folder.keys)
    header, files = craft.take_apart(good, a_keys)
    [notice] = craft.rows(files, "conflicts")
    change(notice)
    craft.set_rows(files, header, "conflicts", [notice])
    path = craft.put_together(tmp_path / "bad.sdbundle", header, files, sqlite_hub.keys, a_keys.public.encryption)
    before = a.digest()
    with pytest.raises(BundleRejected) as caught:
        a.import_(path)
    assert caught.value.code == "bundle.row_invalid" and "数据未改动" in message_for(caught.value)
    assert a.digest() == before
    assert a.import_(good)["city_conflicts"] == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda h: h.update(created_at="2025-02-30T99:00:00Z"),  # no such time
        lambda h: h.update(created_at="2025-02-28 10:00:00"),
        lambda h: h.update(created_at=1740736800),
        lambda h: h.update(note="not in the spec"),  # an unknown field
        lambda h: h["from"].update(code="S-A\n"),  # a code outside A-Z a-z 0-9 -
    ],
    ids=["impossible-time", "no-zone", "number", "unknown-field", "bad-code"],
)
def test_a_header_outside_the_spec_is_refused(scene, change):
    header = copy.deepcopy(scene.header)
    change(header)
    scene.refused(scene.make("header.sdbundle", header=header), "bundle.header_invalid")
