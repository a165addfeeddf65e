"""A sector whose programmes have all finished is not idle: IMP-005 does not flag it (with
"dihentikan" as an option) while IMP-006 counts it as having moved.

Practitioner trial 28 #4: a 2016 Pontianak–Kuching memo flagged the tourism sector, whose one
programme finished on target in 2015, as without activity, beside IMP-006 counting the same
sector as progress. THESIS: no risk for the successful culture and capacity-building strands.
"""

from __future__ import annotations

import paracheck

PROPOSAL = """
schema: paracheck/proposal/v1
title: Sister City Kota Contoh – Kuching Selatan
date: 2016-09-20
stage: active
form: sister_city
local: {name: Kota Contoh, level: city}
partner: {name: Kuching South City Council, country: MY, level: city, kind: regional_government}
agreement: {expires: 2019-09-17, signatory: head_of_region}
procedure:
  - {step: signing, status: done, date: 2014-09-18}
sectors:
  - name: tourism
    lead_agency: Dinas Pariwisata Kota Contoh
    programs:
      - {name: Paket wisata bersama, status: done, last_activity: 2015-08-20}
  - name: trade
    lead_agency: Dinas Perdagangan Kota Contoh
    programs:
      - {name: Temu usaha, status: stalled, last_activity: 2015-03-01}
"""


def _items(a: paracheck.Assessment, rule: str) -> list[str]:
    return [path for c in a.checks if c.rule_id == rule and c.status == "risk" for path in c.items]


def test_a_sector_whose_programmes_all_finished_is_not_idle():
    a = paracheck.assess(paracheck.load_proposal_text(PROPOSAL))
    # the stalled trade sector is idle; the finished tourism sector is not
    assert _items(a, "IMP-005") == ["sectors[1]"], _items(a, "IMP-005")


def test_a_finished_programme_beside_a_stalled_one_leaves_the_sector_idle():
    text = PROPOSAL.replace(
        "      - {name: Paket wisata bersama, status: done, last_activity: 2015-08-20}",
        "      - {name: Paket wisata bersama, status: done, last_activity: 2015-08-20}\n"
        "      - {name: Promosi bersama, status: stalled, last_activity: 2015-02-01}",
    )
    a = paracheck.assess(paracheck.load_proposal_text(text))
    assert _items(a, "IMP-005") == ["sectors[0]", "sectors[1]"], _items(a, "IMP-005")
