"""A region under special autonomy: the Saran has the cooperation unit check the region's own
provisions first, before the decision they may change (newcomer trial 21 #7: "Ketentuan
otonomi khusus daerah ini diperiksa lebih dulu" came last, after "Usulan dapat diteruskan",
and named no office; as the last of up to five sentences it could also be cut)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report.advice import advice

TRIAL = Path(__file__).parent / "data" / "jayapura-vanimo-2026.yaml"


def _saran(lang: str = "id", **changes: object) -> list[str]:
    proposal = paracheck.load_proposal(str(TRIAL))
    if changes:
        proposal = proposal.model_copy(update=changes)
    return advice(paracheck.assess(proposal), lang)


def test_the_special_autonomy_check_comes_before_the_decision_and_names_the_office():
    saran = _saran()
    first = saran[0]
    assert first.startswith(
        "Bagian Kerja Sama ditugaskan memeriksa lebih dulu ketentuan otonomi khusus daerah ini"
    )
    assert saran[1].startswith("Usulan dapat diteruskan")
    assert sum("otonomi khusus" in s for s in saran) == 1


def test_in_english_the_unit_is_assigned_the_check_first():
    saran = _saran("en")
    assert saran[0].startswith("Assign the Cooperation Section to check first the region's")


def test_a_region_without_special_autonomy_gets_no_such_sentence():
    proposal = paracheck.load_proposal(str(TRIAL))
    local = proposal.local.model_copy(update={"name": "Kota Balikpapan"})
    saran = advice(paracheck.assess(proposal.model_copy(update={"local": local})), "id")
    assert not any("otonomi khusus" in s for s in saran)
