"""Held-out 390–394: five files the expert staff of a DPRD commission (Komisi I) wrote from
what comes before it — a new plan for approval, an MoU signed before the DPRD was asked, a
running partnership's report with next year's budget, a foreign company's tied grant, a
lapsed MoU whose "extension" is asked — each with its verdict written before paracheck ran
on it (trial 390; EXPECTED.md in the session's notes). All five verdicts as written.

- 390 Provinsi NTT – Northern Territory (2024, a plan before the DPRD): medium, on the
  budget's history and the partner's funds not written into the plan.
- 391 Kota Cilegon – Ulsan (signed October 2023, the DPRD asked in January 2024): high, on
  the signing before the DPRD's and the central government's approvals and the text never
  drafted with the ministries; implementation waits for both (trial 390 H1).
- 392 Provinsi Kalimantan Barat – Sarawak (running, programmes stalled, a border market on a
  central asset): high.
- 393 Kabupaten Banyuwangi – a Dutch water company (KSDLL, a grant tied to its supplier):
  medium, on the binding conditions (REG-055).
- 394 Kota Ambon – Vlissingen (MoU of 2017 lapsed in 2022, a programme still paid): high.
  Argued: the staff expected the programme run on the lapsed MoU (REG-051) to carry the
  verdict; it is medium (3 × 4: no source names a sanction, nor states the duty at high
  confidence; the pack's note on REG-051), and the high finding is REG-019, the 2017 text
  never recorded as drafted with the ministries, which the file leaves out (a step the
  stage requires and the file does not list counts as not recorded). The Saran opens with
  the running programme and the evaluation, as the staff wanted.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, memo, saran_of

DATA = Path(__file__).parent / "data"
NTT = DATA / "holdout390-ntt-northern-territory-2024.yaml"
CILEGON = DATA / "holdout391-cilegon-ulsan-2024.yaml"
KALBAR = DATA / "holdout392-kalbar-sarawak-2025.yaml"
BANYUWANGI = DATA / "holdout393-banyuwangi-vitens-2022.yaml"
AMBON = DATA / "holdout394-ambon-vlissingen-2025.yaml"


def test_a_provinces_plan_before_the_dprd_is_medium_on_its_budget() -> None:
    assert_verdict_and_grounds(NTT, "medium_risk", {"BUD-003", "BUD-007"}, {"REG-010"})
    assert "Diajukan untuk persetujuan DPRD" in memo(NTT)


def test_an_mou_signed_before_the_dprd_was_asked_is_high_and_waits_for_both_approvals() -> None:
    assert_verdict_and_grounds(CILEGON, "high_risk", {"REG-020", "REG-023", "REG-019"}, set())
    said = saran_of(CILEGON)
    assert "sampai DPRD menyetujuinya, pelaksanaan kerja sama yang belum dimulai ditunda" in said
    before_dprd = "Persetujuan DPRD atas MoU yang telah ditandatangani: sedang dibahas sejak"
    assert f"{before_dprd} 22 Januari 2024" in memo(CILEGON)


def test_a_running_partnership_with_stalled_programmes_on_a_border_post_is_high() -> None:
    assert_verdict_and_grounds(KALBAR, "high_risk", {"IMP-006", "REG-042", "TOC-003"}, set())


def test_a_regencys_tied_foreign_grant_is_medium_on_its_binding_conditions() -> None:
    assert_verdict_and_grounds(BANYUWANGI, "medium_risk", {"REG-055"}, {"REG-012", "REG-002"})


def test_a_lapsed_mou_still_paying_a_programme_is_high_and_opens_with_it() -> None:
    assert_verdict_and_grounds(AMBON, "high_risk", {"REG-051", "REG-019", "REG-026"}, set())
    a = paracheck.assess(paracheck.load_proposal(str(AMBON)))
    assert "mou_expired" in {n.code for n in a.notices}
    said = saran_of(AMBON)
    assert said.index("(REG-051)") < said.index("menyiapkan evaluasi kerja sama")
    # the 2017 consultation is met by the Minister's approval recorded (trial 390 M4)
    row = {e.step: e for e in a.procedure}["ministry_consultation"]
    assert row.met_by == "central_approval"


def test_the_partner_never_acts_in_any_of_the_five() -> None:
    for path in (NTT, CILEGON, KALBAR, BANYUWANGI, AMBON):
        assert_partner_never_acts(path)
