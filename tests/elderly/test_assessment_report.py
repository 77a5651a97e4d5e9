"""The printed assessment report: real PDF bytes, read back with poppler's pdftotext and pdffonts."""

import subprocess
from datetime import date

from sqlalchemy import text

from stationdesk.cli import main
from stationdesk.services.assessments import AssessmentInput, assessment_report_pdf, save_assessment


def finished(db, elder_id, scores, **changes):
    values = {
        "assessed_on": date(2026, 6, 1),
        "reason": "首次",
        "scores": scores,
        "assessor_1": "李社工",
        "assessor_2": "陈护士",
        "informant": "王小明",
        "informant_relation": "儿子",
    }
    values.update(changes)
    with db.transaction() as session:
        return save_assessment(session, AssessmentInput(elder_id, **values), finalise=True).summary.id


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_report_names_the_elder_total_and_level_in_chinese_with_the_font_embedded(db, people, scores_for, tmp_path):
    assessment_id = finished(db, people["elder"], scores_for(52), dementia=True)
    with db.transaction() as session:
        pdf, name = assessment_report_pdf(session, assessment_id)
    out = tmp_path / name
    out.write_bytes(pdf)
    content = "".join(pdf_text(out).split())  # table cells wrap; compare without white space
    for expected in (
        "老年人能力评估报告",
        "王秀英",
        "52/90",
        "重度失能",
        "中度失能",
        "进食",
        "社会交往能力",
        "等级加重一级",
        "评估员（签字）",
        "老人或家属（签字）",
        "第1页共2页",
        "测试社区服务站",
    ):
        assert expected in content, expected
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    cjk = [line.split() for line in fonts if "CJK" in line or "Hei" in line or "Song" in line or "YaHei" in line]
    assert cjk, fonts
    assert all(columns[-5] == "yes" for columns in cjk), fonts  # the "emb" column
    with db.session() as session:
        assert session.execute(text("select action, subject_kind from audit_log")).all() == [("print", "assessment")]


def test_the_print_command_writes_the_report_and_refuses_a_draft(db, people, scores_for, tmp_path, capsys):
    assessment_id = finished(db, people["elder"], scores_for(90))
    out = tmp_path / "report.pdf"
    folder = str(db.folder.root)
    db.close()
    assert main(["--data-dir", folder, "print", "assessment", "--id", assessment_id, "--out", str(out)]) == 0
    assert "能力完好" in pdf_text(out) and "90/90" in "".join(pdf_text(out).split())
    assert main(["--data-dir", folder, "print", "assessment", "--id", "nope", "--out", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()
    assert "找不到该记录" in capsys.readouterr().err
    assert list(tmp_path.glob(".*part")) == []
