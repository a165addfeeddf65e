"""While the head of region decides whether to go on, and every risk setting the verdict is
held for the case the cooperation goes on, the decision names them with their offices once:
the Saran said "Bila kerja sama dilanjutkan, satu risiko tinggi … (IMP-001), ditindaklanjuti
sesuai rencana tindak lanjut." and then "Bila kerja sama dilanjutkan, Biro Kerja Sama
ditugaskan menindaklanjuti risiko tersebut …", two items saying one thing (ministry 450 L5:
Jawa Tengah – Chungcheongnam-do, an MoU of 2019 ending in May 2026)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import advice

FILE = Path(__file__).parent / "data" / "ministry450-jateng-chungnam-renewal-2026.yaml"


def test_the_decision_names_the_office_and_no_assignment_repeats_it() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(FILE)))
    items = [" ".join(item.split()) for item in advice.advice(a, "id")]
    (decision,) = [item for item in items if "(IMP-001)" in item]
    assert decision == (
        "Bila kerja sama dilanjutkan, satu risiko tinggi, yaitu sektor tanpa Perangkat Daerah "
        "pengampu (IMP-001), ditindaklanjuti oleh Biro Kerja Sama sesuai rencana tindak lanjut."
    )
    assert not [item for item in items if "risiko tersebut" in item]
