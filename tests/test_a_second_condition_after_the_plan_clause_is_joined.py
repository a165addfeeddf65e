"""The Saran's decision going on to the plan's writing says first which risks the plan written
is to follow up (", dengan rencana yang menindaklanjuti …"), then the other high risks as a
condition: joined by "dan dengan syarat", not a second bare ", dengan syarat" that reads as two
clauses of the same kind one after the other (held-out 87: Belitung – Phú Quốc, "…, dengan
rencana yang menindaklanjuti satu risiko tinggi, yaitu … (IMP-001), dengan syarat satu risiko
tinggi, yaitu … (REG-006), …")."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report.advice import advice

BELITUNG = Path(__file__).parent / "data" / "holdout87-belitung-phuquoc-2026.yaml"


def test_the_condition_beside_the_plan_clause_is_joined_with_dan() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(BELITUNG)))
    first = advice(a, "id")[0]
    assert first.startswith(
        "Usulan dapat diteruskan ke penyusunan rencana kerja sama, dengan rencana yang "
        "menindaklanjuti satu risiko tinggi, yaitu sektor tanpa Perangkat Daerah pengampu "
        "(IMP-001), dan dengan syarat satu risiko tinggi, yaitu kerja sama yang tidak "
        "tercantum dalam RPJMD/RKPD (REG-006), ditindaklanjuti"
    )
    assert first.count("dengan syarat") == 1
    english = advice(a, "en")[0]
    assert ", the plan following up " in english and ", and on condition that " in english
