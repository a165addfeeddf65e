"""An action plan does not say one thing twice under two rules. Review 17: the NTB plan told
the Biro Kerja Sama to "Libatkan perguruan tinggi, pelaku usaha dan organisasi masyarakat
setempat …" (GOV-004) and to "Ajak asosiasi usaha, organisasi masyarakat atau perguruan tinggi
setempat merancang program ekonomi" (GOV-005)."""

from __future__ import annotations

import re
from pathlib import Path

import paracheck

NTB = Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml"


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3}


def test_the_economic_sectors_advice_is_not_the_stakeholders_advice_again():
    result = paracheck.assess(paracheck.load_proposal(str(NTB)))
    texts = {
        c.rule_id: [r.text.id for r in c.recommendations]
        for c in result.checks
        if c.rule_id in ("GOV-004", "GOV-005")
    }
    assert {"GOV-004", "GOV-005"} <= set(texts)
    for one in texts["GOV-004"]:
        for other in texts["GOV-005"]:
            shared = _words(one) & _words(other)
            assert len(shared) <= len(_words(other)) // 2, (one, other, shared)
