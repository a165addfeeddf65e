"""A running partnership is not called "usulan" around its memo (wording review 18 B3): the
memo titles it "Telaahan risiko kerja sama", while the form said "Tanggal usulan" and "Ubah
usulan", the notices "Usulan mencatat …", the batch column "Usulan" and the diff "bila keduanya
usulan yang berbeda"."""

from __future__ import annotations

import paracheck
from paracheck.batch import BatchItem
from paracheck.errors import InputError
from paracheck.facts.model import Proposal
from paracheck.report.messages import message
from paracheck.web.text import word


def _running(**fields: object) -> paracheck.Assessment:
    data = {"schema": "paracheck/proposal/v1", "title": "t", "stage": "active", **fields}
    return paracheck.assess(Proposal.model_validate(data))


def test_a_date_after_the_day_judged_is_said_of_the_file_not_of_a_proposal():
    a = _running(
        date="2024-03-15",
        procedure=[{"step": "signing", "status": "done", "date": "2024-06-01"}],
    )
    [notice] = [n for n in a.notices if n.code == "dated_after_assessment"]
    assert notice.text.id.startswith("Berkas mencatat tanggal sesudah tanggal penilaian")
    assert "isi tanggal usulan atau penilaian dengan tanggal penilaian ulang" in notice.text.id


def test_the_date_field_is_named_for_a_proposal_and_an_assessment_alike(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("schema: paracheck/proposal/v1\ntitle: t\ndate: 2024-13-01\n")
    try:
        paracheck.load_proposal(path)
    except InputError as err:
        said = err.problems[0].sentence("id")
    else:
        raise AssertionError("2024-13-01 was accepted")
    assert said.startswith("Tanggal usulan atau penilaian:"), said


def test_the_batch_column_and_the_form_name_proposals_and_partnerships_alike():
    item = BatchItem("a.yaml", _running(date="2024-03-15"))
    table = b"".join(paracheck.render_batch([item], "markdown", "id", summary_only=True))
    assert "| Usulan / kerja sama |" in table.decode()
    assert word("edit", "id") == "Ubah isian"
    assert "usulan" not in word("assess", "id").lower()
    assert word("form_title", "id") == "Usulan atau kerja sama luar negeri daerah"


def test_the_diff_says_two_titles_may_be_two_proposals_or_two_partnerships():
    assert "bila keduanya usulan atau kerja sama yang berbeda" in message(
        "diff.other_proposal", "id"
    )
