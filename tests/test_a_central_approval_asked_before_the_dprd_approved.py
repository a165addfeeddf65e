"""A request for the central government's approval still under way, made before the DPRD
approved the plan (REG-059): the governor's letter to the Minister of 18 July 2022 and the
DPRD's approval of 26 September 2022 passed with "Usulan dapat diteruskan …" and no word
(ministry 450 H1: Kepri – Johor). The memo finds it, gives the letter that completes the
request, and heads the approval stage as the one the proposal is in, not one behind it
(wording 452 H2: "Persetujuan — tahap sudah dilalui" above "sedang berjalan")."""

from __future__ import annotations

from pathlib import Path

import paracheck

FILE = Path(__file__).parent / "data" / "ministry450-kepri-johor-2022-request-before-dprd.yaml"


def _memo() -> tuple[paracheck.Assessment, str]:
    a = paracheck.assess(paracheck.load_proposal(str(FILE)))
    return a, " ".join(paracheck.render(a, "text", "id").split())


def test_the_request_before_the_dprd_is_a_finding_with_the_letter_completing_it() -> None:
    a, memo = _memo()
    (check,) = [c for c in a.checks if c.rule_id == "REG-059"]
    assert check.status == "risk"
    assert (
        "Biro Kerja Sama: Siapkan surat Gubernur kepada Menteri Dalam Negeri yang menyampaikan "
        "keputusan DPRD atas rencana kerja sama sebagai pelengkap permintaan persetujuan yang "
        "sedang diproses"
    ) in memo


def test_the_approval_stage_under_way_is_not_headed_as_passed() -> None:
    _, memo = _memo()
    plan = memo[memo.index("RENCANA TINDAK LANJUT") : memo.index("LANGKAH PROSEDUR BERIKUTNYA")]
    assert " Persetujuan → Biro Kerja Sama: Siapkan surat Gubernur" in plan
    assert "Persetujuan — tahap sudah dilalui" not in plan
    assert "Persetujuan pemerintah pusat: sedang berjalan sejak 18 Juli 2022" in memo
