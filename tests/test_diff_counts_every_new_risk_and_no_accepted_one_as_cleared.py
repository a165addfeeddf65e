"""A comparison's headline counts every new risk that ``--fail-on-new`` counts, and an
accepted risk is never counted or shown as cleared (attack 430).

- H2: NTB with KKP, BNN and Polri coordinating, then with Polri alone: TOC-001 and TOC-003
  came back in full in place of their residuals, ``--fail-on-new`` exited 1, and the text read
  "Kesimpulan tetap: Risiko tinggi … Risiko baru: 0; bertahan: 11".
- M1: HR-004 accepted by the Sekretaris Daerah read "Tidak lagi menjadi temuan", "kini tanpa
  temuan: 1" and "jumlah risikonya berkurang", while the README says an accepted risk is never
  shown as cleared.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import render_diff

NTB = Path(__file__).parent.parent / "examples" / "ntb-zhejiang-2015.yaml"
NONE_COORDINATING = "  coordinating_agencies: []"
WAIVER = """
accepted_risks:
  - rule: HR-004
    reason: Pelatihan dijadwalkan tahun depan
    accepted_by: Sekretaris Daerah
    until: 2016-06-30
"""


def _ntb(agencies: str = "", waiver: str = "") -> str:
    text = NTB.read_text(encoding="utf-8")
    assert NONE_COORDINATING in text
    if agencies:
        line = next(x for x in text.splitlines() if x.startswith(NONE_COORDINATING))
        text = text.replace(line, f"  coordinating_agencies: [{agencies}]")
    return text + waiver


def _said(old_text: str, new_text: str, lang: str = "id") -> tuple[object, str]:
    old, new = (paracheck.load_proposal_text(t) for t in (old_text, new_text))
    a, b = paracheck.assess(old), paracheck.assess(new)
    d = paracheck.diff(a, b, proposals=(old, new))
    return d, " ".join(render_diff(d, "text", lang=lang, assessments=(a, b)).split())


def test_risks_back_in_full_are_counted_as_new_as_fail_on_new_counts_them() -> None:
    d, said = _said(_ntb("KKP, BNN, Polri"), _ntb("Polri"))
    assert {pair.base.rule_id for pair in d.escalated} == {"TOC-001", "TOC-003"}
    assert len(d.new_risks) == 2
    assert (
        "Kesimpulan tetap: Risiko tinggi, tetapi jumlah risikonya bertambah: dua risiko baru"
        in said
    )
    assert "Risiko baru: 2; bertahan: 11;" in said


def test_a_base_risk_giving_way_to_its_residual_stays_counted_as_persisting() -> None:
    d, said = _said(_ntb("Polri"), _ntb("KKP, BNN, Polri"))
    assert {pair.base.rule_id for pair in d.downgraded} == {"TOC-001", "TOC-003"}
    assert "Risiko baru: 0; bertahan: 13; kini tanpa temuan: 0." in said


def test_an_accepted_risk_is_not_cleared() -> None:
    d, said = _said(_ntb(), _ntb(waiver=WAIVER))
    assert [c.rule_id for c in d.cleared] == ["HR-004"]  # the contract's group: "or accepted"
    assert "kini tanpa temuan: 0. Risiko yang kini diterima: 1." in said
    assert "berkurang" not in said
    heading = "RISIKO YANG KINI DITERIMA (TIDAK DITANGANI, TETAPI DITERIMA DENGAN ALASAN TERTULIS)"
    assert f"{heading} HR-004" in said
    assert "TIDAK LAGI MENJADI TEMUAN" not in said
    _, english = _said(_ntb(), _ntb(waiver=WAIVER), "en")
    assert "Now accepted: 1." in english
