"""Held-out 65: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). All three verdicts
agree.

Kabupaten Kulon Progo – Obihiro, a healthy sister city whose MoU the Sekda signed without a
Surat Kuasa: "Risiko tinggi" on REG-044 alone, the Saran asking Kemlu about the MoU's validity
before the next PKS.

Kabupaten Indramayu – Ansan-si, workers trained and placed in Korea from a very
trafficking-prone regency, watched by BP2MI and Imigrasi, with a lapsed acceptance of the
language risk: "Risiko sedang" on TOC-008's residual risk and HR-002 judged again.

Provinsi Kalimantan Selatan – State of Victoria, a well-prepared proposal: "Risiko rendah",
no risk and no action, the Saran sending it on to the DPRD once the plan is done.
"""

from __future__ import annotations

from pathlib import Path

from paracheck.report import view
from paracheck.report.advice import advice
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
KULON_PROGO = DATA / "holdout65-kulonprogo-obihiro-2026.yaml"
INDRAMAYU = DATA / "holdout65-indramayu-ansan-2026.yaml"
KALSEL = DATA / "holdout65-kalsel-victoria-2026.yaml"


def test_kulon_progo_is_high_on_the_signature_alone() -> None:
    assert_verdict_and_grounds(
        KULON_PROGO,
        "high_risk",
        {"REG-044"},
        {"REG-002", "BUD-003", "HR-002", "IMP-005", "GOV-021", "TOC-016"},
    )
    a = assessed(KULON_PROGO)
    # and REG-054 (low): the regency's SMK programme, the province's schools
    assert [c.rule_id for c in a.checks if c.status == "risk"] == ["REG-044", "REG-054"]
    first = advice(a, "id")[0]
    assert "berkonsultasi dengan Kemlu tentang keabsahan MoU" in first
    assert "bukan Bupati" in first


def test_indramayu_is_medium_on_the_watched_workers_and_the_lapsed_acceptance() -> None:
    assert_verdict_and_grounds(
        INDRAMAYU,
        "medium_risk",
        {"TOC-008", "HR-002"},
        {"TOC-007", "TOC-014", "REG-002", "BUD-003", "GOV-021"},
    )
    a = assessed(INDRAMAYU)
    lapsed = [n for n in a.notices if n.code == "waiver_lapsed"]
    assert len(lapsed) == 1 and "30 Juni 2026" in lapsed[0].text.id
    # the lapsed acceptance names the risk in words, as the Saran does (it said "HR-002")
    assert lapsed[0].text.id.startswith(
        "Penerimaan risiko “Tidak ada staf yang menguasai bahasa kerja mitra” (HR-002) oleh "
        "Bupati Indramayu"
    )
    hr = next(c for c in a.checks if c.rule_id == "HR-002")
    assert hr.waiver is not None and hr.waiver.lapsed
    # the watching is the named Dinas's, with the immigration office, whatever is decided
    plan = view.action_plan(a, "id")
    watch = [
        (heading, str(act["who"]))
        for heading, acts in plan
        for act in acts
        if "TOC-008" in str(act.get("rules", "")) or "Pantau keberangkatan" in str(act["text"])
    ]
    assert watch == [
        (
            "Selama kegiatan kerja sama masih berjalan, apa pun keputusannya",
            "Dinas Tenaga Kerja Kabupaten Indramayu (bersama Kantor Imigrasi)",
        )
    ]


def test_kalimantan_selatan_is_low_with_nothing_to_do() -> None:
    assert_verdict_and_grounds(
        KALSEL,
        "low_risk",
        set(),
        {"REG-002", "REG-006", "BUD-001", "BUD-005", "HR-002", "HR-005", "GOV-002", "IMP-020"},
        {"REG-042"},
    )
    a = assessed(KALSEL)
    assert not [c for c in a.checks if c.status == "risk"]
    assert not a.actions
    first = advice(a, "id")[0]
    assert first.startswith("Usulan dapat diteruskan ke persetujuan DPRD")


def test_the_partner_never_acts() -> None:
    for path in (KULON_PROGO, INDRAMAYU, KALSEL):
        assert_partner_never_acts(path)
