"""Words for "there is none yet" written where the answer is null or an empty list are refused
at their line, saying what to write (attack 470 H3): the template says "null = belum ada", and
an officer who wrote `lead_agency: belum ada`, `kpis: ["belum ada"]` and `complementarity:
belum ada` got a lead agency named "belum ada", a target and a complementarity: IMP-001,
IMP-003 and REG-004 were ticked and "Risiko tinggi" read "Risiko rendah"."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

NULLS = Path(__file__).parent / "data" / "attack470-none-yet-written-as-null.yaml"
#: the attack's file: the same, the three answers written as words
WORDS = (
    NULLS.read_text(encoding="utf-8")
    .replace("  complementarity: null\n", "  complementarity: belum ada\n")
    .replace("    lead_agency: null\n", "    lead_agency: belum ada\n")
    .replace("        kpis: []\n", '        kpis: ["belum ada"]\n')
)


def test_the_file_with_nulls_is_high_risk_on_the_checks_the_words_ticked():
    a = paracheck.assess(paracheck.load_proposal(str(NULLS)))
    assert a.verdict == "high_risk"
    risky = {c.rule_id for c in a.checks if c.status == "risk"}
    assert {"IMP-001", "IMP-003"} <= risky


def test_the_words_are_refused_each_at_its_line_with_what_to_write():
    assert WORDS.count(": belum ada\n") + WORDS.count('["belum ada"]') == 3
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(WORDS, source="usulan.yaml")
    lines = WORDS.splitlines()
    said = {p.line: p.describe("id") for p in refused.value.problems}
    assert len(said) == 3
    for line, sentence in said.items():
        assert "belum ada" in lines[line - 1]
        assert "tertulis «belum ada»; bila memang belum ada, tulis" in sentence
    assert sum("tulis daftar kosong []" in s for s in said.values()) == 1
    assert sum("tulis null" in s for s in said.values()) == 2


@pytest.mark.parametrize("written", ["belum ada", "Tidak ada.", "-", "TBD", "n/a", "null"])
def test_each_way_of_saying_none_is_refused_as_a_lead_agency(written):
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "sectors": [{"name": "tourism", "lead_agency": written}],
    }
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.assess(data)
    (problem,) = refused.value.problems
    said = problem.describe("id")
    if written == "-":  # no letter at all: said so, as every text is (attack 480 H3)
        assert "tidak memuat huruf atau angka (tertulis: -)" in said, said
    else:
        assert "bila memang belum ada, tulis null" in said, said


def test_a_name_that_only_holds_the_words_is_kept():
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "sectors": [{"name": "tourism", "lead_agency": "Dinas yang belum ada namanya"}],
    }
    assert paracheck.assess(data).proposal.sector_agencies == ["Dinas yang belum ada namanya"]
