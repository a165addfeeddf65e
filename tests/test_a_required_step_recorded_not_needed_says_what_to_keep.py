"""A required step of practice that the file records as not needed says, in the procedure
table's last column, what to keep: Kabag trial 470 L1, the exploration of an NTT – Northern
Territory renewal read "Penjajakan · wajib: ya · Tidak diperlukan" with nothing beside it, a
row contradicting itself, while REG-017 in the annex said "simpan dasar tertulisnya". A law's
step so recorded keeps its own words (it cannot be waived)."""

from __future__ import annotations

from pathlib import Path

import yaml

import paracheck
from paracheck.report.advice import advice

NTT = Path(__file__).parent / "data" / "kabag470-ntt-northern-territory-2024.yaml"


def _row(a: paracheck.Assessment, step: str):
    return next(e for e in a.procedure if e.step == step)


def test_an_exploration_recorded_not_needed_with_its_grounds_says_they_are_recorded():
    a = paracheck.assess(paracheck.load_proposal(str(NTT)))
    row = _row(a, "exploration")
    assert (row.required, row.status) == (True, "not_applicable")
    assert row.issue is not None
    # the file gives its grounds (the step's document: "pembaruan MoU 2016; …")
    assert row.issue.id == "dicatat tidak diperlukan, dengan dasar yang tercatat dalam berkas"
    assert row.issue.en == "recorded as not needed, with the grounds the file records"
    memo = " ".join(paracheck.render(a, "text", "id", width=200).split())
    assert "Penjajakan ya Tidak diperlukan dicatat tidak diperlukan, dengan dasar" in memo


def test_a_step_recorded_not_needed_without_grounds_asks_for_them():
    data = yaml.safe_load(NTT.read_text(encoding="utf-8"))
    for entry in data["procedure"]:
        if entry["step"] == "exploration":
            entry.pop("document", None)
    row = _row(paracheck.assess(data), "exploration")
    assert row.issue is not None
    assert row.issue.id == (
        "dicatat tidak diperlukan; lampirkan dasar tertulis pengecualiannya dalam berkas"
    )


def test_a_law_s_step_recorded_not_needed_is_still_refused_in_the_row():
    data = yaml.safe_load(NTT.read_text(encoding="utf-8"))
    for entry in data["procedure"]:
        if entry["step"] == "dprd_approval":
            entry.update(status="not_applicable", date=None)
    row = _row(paracheck.assess(data), "dprd_approval")
    assert row.issue is not None
    assert row.issue.id.startswith("wajib menurut undang-undang")


def test_a_step_done_has_nothing_to_keep_said():
    a = paracheck.assess(paracheck.load_proposal(str(NTT)))
    assert _row(a, "letter_of_intent").issue is None


P2 = Path(__file__).parent / "data" / "kemendagri500-tarakan-tawau-2025.yaml"


def test_a_ministry_s_step_recorded_not_needed_is_said_in_the_saran():
    """Kemendagri trial 500 H1: a verification recorded "tidak diperlukan" on the opinion of
    the region's own team cleared REG-016, and the memo sent the file on to the PKS with no
    word of it. The Saran has the grounds from the authority confirmed, in both languages."""
    a = paracheck.assess(paracheck.load_proposal(str(P2)))
    assert _row(a, "verification").status == "not_applicable"
    said = {lang: " ".join(advice(a, lang)) for lang in ("id", "en")}
    assert (
        "Langkah verifikasi rencana kerja sama dicatat tidak diperlukan, padahal wajib"
        in said["id"]
    )
    assert "dasar tertulis pengecualiannya dari instansi yang berwenang" in said["id"]
    assert "records the verification of the cooperation plan as not needed" in said["en"]


def test_a_renewal_s_own_step_recorded_not_needed_is_left_to_the_table():
    """The exploration of a renewal is the region's own step to skip: its grounds are asked
    in the table, not by the Saran."""
    a = paracheck.assess(paracheck.load_proposal(str(NTT)))
    assert _row(a, "exploration").status == "not_applicable"
    assert "dicatat tidak diperlukan" not in " ".join(advice(a, "id"))
