"""A report judged before PP 28/2018 (18 April 2018) does not use the terms it coined.

PP 28/2018 names cooperation with a foreign regional government KSDPL and with a foreign
institution KSDLL. A proposal judged before it is in force is judged under Permendagri 3/2008,
whose reports say those categories in plain words (review 15, finding 13). fix31a: the NTB –
Zhejiang memo of 2015 still listed REG-049 as "Bila berbentuk Sister Province atau Sister
City, mitranya pemerintah daerah di luar negeri (KSDPL) — Tidak berlaku: PP 28/2018 belum
berlaku pada tanggal penilaian": the row rightly not counted, its statement in a term of an
instrument not yet in force."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import paracheck

NTB = Path(__file__).parent.parent / "examples" / "ntb-zhejiang-2015.yaml"


@pytest.fixture(scope="module")
def assessed() -> paracheck.Assessment:
    a = paracheck.assess(yaml.safe_load(NTB.read_text(encoding="utf-8")))
    assert str(a.as_of) < "2018-04-18"
    (reg049,) = [c for c in a.checks if c.rule_id == "REG-049"]
    assert reg049.status == "clear" and reg049.not_applicable is not None  # counted, not in force
    return a


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_report_judged_before_pp28_does_not_name_ksdpl_or_ksdll(
    assessed: paracheck.Assessment, fmt: str, lang: str
) -> None:
    out = paracheck.render(assessed, fmt, lang)
    assert "REG-049" in out
    assert "KSDPL" not in out and "KSDLL" not in out


def test_the_json_states_reg049_without_them_and_its_reason_attributes_them(
    assessed: paracheck.Assessment,
) -> None:
    """The JSON carries every check's reason, shown in no memo for a rule not in force: REG-049's
    says the terms are PP 28/2018's ("PP 28/2018 membedakan … (KSDPL)"); its statement, which
    the checklist shows, says the category in plain words."""
    (reg049,) = [c for c in assessed.checks if c.rule_id == "REG-049"]
    for lang in ("id", "en"):
        assert "KSDPL" not in reg049.statement.get(lang)
        assert reg049.why.get(lang).startswith("PP 28/2018")
