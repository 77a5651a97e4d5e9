"""查阅复制: every record that names a person, found through the foreign keys, in one JSON file."""

from __future__ import annotations

import json
from datetime import date

import pytest

from stationdesk.errors import PermissionDenied
from stationdesk.services.people import PersonInput, add_person
from stationdesk.services.person_rights import export_person_copy, person_copy
from stationdesk.services.visits import VisitInput, record_visit


def test_the_copy_holds_the_person_and_every_record_naming_them(db, role_accounts, tmp_path):
    with db.transaction() as session:
        elder = add_person(session, PersonInput(name="王秀英", roles=("elder",), birth_date=date(1940, 3, 5)))
        other = add_person(session, PersonInput(name="李桂兰", roles=("elder",), birth_date=date(1948, 7, 1)))
        record_visit(session, VisitInput(elder.summary.id, db.today, "09:00", "09:30", "电话问候"))
        record_visit(session, VisitInput(other.summary.id, db.today, "10:00", "10:30", "电话问候"))
    out = tmp_path / "王秀英.json"
    with db.transaction() as session:
        copy = export_person_copy(session, elder.summary.id, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["records"]["person"][0]["name"] == "王秀英"
    assert [v["elder_id"] for v in document["records"]["visit"]] == [elder.summary.id]
    assert "李桂兰" not in out.read_text(encoding="utf-8") and copy.count == 2
    db.actor = role_accounts["clerk"]
    with pytest.raises(PermissionDenied), db.transaction() as session:
        export_person_copy(session, elder.summary.id, tmp_path / "no.json")
    assert not (tmp_path / "no.json").exists()
    with db.session() as session:
        assert person_copy(session, other.summary.id).count == 2


def test_the_copy_from_the_command_line(db, tmp_path, capsys):
    from stationdesk.cli import main

    with db.transaction() as session:
        elder = add_person(session, PersonInput(name="王秀英", roles=("elder",), birth_date=date(1940, 3, 5)))
    db.close()
    out = tmp_path / "copy.json"
    args = ["--data-dir", str(db.folder.root), "--user", "admin", "person-copy", elder.summary.id, "--out", str(out)]
    assert main(args) == 0
    assert "已写出 1 条记录" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["records"]["person"][0]["name"] == "王秀英"


def test_every_column_of_every_kind_naming_a_person_has_a_chinese_label():
    from stationdesk.db.base import synced_tables
    from stationdesk.services import person_copy_labels as words
    from stationdesk.services.person_rights import _person_references

    kinds = [table for table in synced_tables() if table.name == "person" or _person_references(table)]
    unlabelled = [
        f"{table.name}.{column.name}"
        for table in kinds
        for column in table.columns
        if column.name not in words.LEFT_OUT
        and column.name not in {**words.KINDS.get(table.name, ("", {}))[1], **words.COMMON}
    ]
    assert unlabelled == [] and len(kinds) > 10


def test_the_pdf_copy_reads_in_chinese_sections_with_the_json_beside_it(db, tmp_path, capsys):
    import subprocess

    from stationdesk.cli import main

    with db.transaction() as session:
        elder = add_person(session, PersonInput(name="王秀英", roles=("elder",), birth_date=date(1940, 3, 5)))
        record_visit(session, VisitInput(elder.summary.id, db.today, "09:00", "09:30", "电话问候"))
    db.close()
    pdf, data = tmp_path / "copy.pdf", tmp_path / "copy.json"
    args = ["--data-dir", str(db.folder.root), "--user", "admin", "person-copy", elder.summary.id]
    assert main([*args, "--out", str(pdf), "--out", str(data)]) == 0
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "个人信息副本" in shown and "基本信息（1 条）" in shown and "走访记录（1 条）" in shown
    assert "走访方式" in shown and "电话问候" in shown and "测试站长" in shown and "09:00" in shown
    assert "elder_id" not in shown and "visited_on" not in shown and elder.summary.id not in shown
    assert json.loads(data.read_text(encoding="utf-8"))["records"]["visit"][0]["recorder"] == "测试站长"
    capsys.readouterr()
    assert main([*args, "--out", str(tmp_path / "copy.docx")]) != 0
    assert "应以 .pdf 或 .json 结尾" in capsys.readouterr().err and not (tmp_path / "copy.docx").exists()
