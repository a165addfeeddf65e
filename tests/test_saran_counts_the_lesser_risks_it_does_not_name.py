"""Beside a decision on high risks, the Saran counts the lesser risks none of its sentences
names, by theme (practitioner trial 33 #2: the Kalimantan Barat – Sarawak memo, "Risiko
tinggi", named illegal fishing in its Saran and nothing of nine other risks, four of them on
the budget; a council member reading only the Saran took fishing for the only problem).
Below a high verdict the decision names its risks itself; a medium one names its medium risks,
and the low ones are counted likewise (held-out 131). A low one names all of its own."""

from __future__ import annotations

import re
from pathlib import Path

import paracheck
from paracheck.report import messages, view
from paracheck.report.advice import saran

DATA = Path(__file__).parent / "data"


def _assess(name: str) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(DATA / name)))


def test_a_high_risk_saran_counts_every_lesser_risk_it_leaves_unnamed() -> None:
    a = _assess("trial33-kalbar-sarawak-2018.yaml")
    assert a.verdict == "high_risk"
    for lang in ("id", "en"):
        items = saran(a, lang).items
        others, last = items[:-1], items[-1]
        unnamed = [
            c
            for c in a.checks
            if c.status == "risk" and c.severity != "high" and c.rule_id not in " ".join(others)
        ]
        assert len(unnamed) >= 4  # the trial's budget findings among them
        count = messages.in_words(len(unnamed), lang) if lang == "id" else None
        if count is not None:
            assert re.search(
                rf" ditugaskan menindaklanjuti {count} risiko lain (\([^)]*\) )?di bidang ", last
            )
        else:
            assert last.startswith("Assign ") and re.search(r" other risks (\([^)]*\) )?in ", last)
        theme = messages.message("advice.theme.budget", lang)
        assert theme in last


def test_a_medium_risk_saran_counts_the_low_risks_it_leaves_unnamed() -> None:
    # held-out 131's wording review: two low risks (TOC-012, TOC-013), each with an action in
    # the plan, were nowhere in a medium memo's Saran
    a = _assess("holdout131-sangihe-glan-2026.yaml")
    assert a.verdict == "medium_risk"
    for lang in ("id", "en"):
        items = saran(a, lang).items
        assert "TOC-012" not in " ".join(items) and "TOC-013" not in " ".join(items)
        theme = messages.message("advice.theme.transnational_crime", lang)
        if lang == "id":
            said = f" ditugaskan menindaklanjuti dua risiko rendah di bidang {theme} sesuai rencana"
            assert said in items[-1]
        else:
            assert "to follow up the two low risks in " + theme + " as" in items[-1]
    # the medium ones are the decision's, by name
    assert {"TOC-008", "TOC-002"} <= set(re.findall(r"[A-Z]{3}-\d{3}", saran(a, "id").items[0]))


def test_a_note_is_not_counted_among_a_medium_sarans_other_risks() -> None:
    a = _assess("trial33-malang-tsuruoka-2024.yaml")
    assert a.verdict == "medium_risk"
    assert [c.rule_id for c in view.risks(a) if c.severity == "info"] == ["REG-033"]
    # its one low risk (REG-054: the regency's SMK programme) is counted, the note is not
    assert [c.rule_id for c in view.risks(a) if c.severity == "low"] == ["REG-054"]
    counted = [s for s in saran(a, "id").items if "risiko rendah di bidang " in s]
    assert len(counted) == 1 and "satu risiko rendah di bidang regulasi" in counted[0]


def test_a_low_risk_saran_adds_no_count_of_other_risks() -> None:
    low = _assess("holdout140-surakarta-siemreap-2026.yaml")
    assert low.verdict == "low_risk"
    assert not any("risiko rendah di bidang " in s for s in saran(low, "id").items)
    assert not any("risiko lain di bidang " in s for s in saran(low, "id").items)


def _owners(a: paracheck.Assessment, rules: set[str]) -> set[str]:
    """The offices owning the plan's actions for ``rules``, as the Saran names them."""
    from paracheck.report import advice

    acts = advice._in_plan_order(advice._plan(a))
    checks = {c.rule_id: c for c in a.checks if c.rule_id in rules}
    offices, later, own, covered = advice._assignees(a, "id", checks, acts)
    assert not later and not own and set(covered) == rules
    return set(offices)


def test_the_count_of_other_risks_names_the_offices_the_plan_gives_them() -> None:
    """Wording review 200, 13: "Sembilan risiko lain (…) ditindaklanjuti sesuai rencana tindak
    lanjut" named nobody, after items naming their offices. The NTB example's nine lesser
    risks are the Bappeda's, the Biro Kerja Sama's and the culture and tourism office's."""
    a = paracheck.assess(
        paracheck.load_proposal(str(DATA.parent.parent / "examples" / "ntb-zhejiang-2015.yaml"))
    )
    last = saran(a, "id").items[-1]
    offices, rest = last.split(" ditugaskan menindaklanjuti sembilan risiko lain di bidang ", 1)
    unnamed = {c.rule_id for c in view.risks(a) if c.severity not in ("high", "info")}
    assert len(unnamed) == 9
    for office in _owners(a, unnamed):
        assert office in offices, office
    assert rest.endswith(" sesuai rencana tindak lanjut.")


def test_beside_a_lapsed_mou_the_other_risks_are_coordinated_not_assigned_now() -> None:
    """The plan holds part of a lapsed MoU's follow-up for a new MoU ("Bila kerja sama
    dilanjutkan dengan MoU baru — …"): the sentence counting the other risks assigns no
    office to follow them all up now, but the cooperation unit to coordinate their
    follow-up by the offices the plan names."""
    a = _assess("trial31-sulsel-wa-2023.yaml")
    assert view.idle_after_expiry(a) or any("berakhir" in s for s in saran(a, "id").items)
    last = saran(a, "id").items[-1]
    # the cooperation unit coordinates, as the plan holds them (review 220, 8: the sentence
    # named nobody)
    assert re.match(
        r"^Biro Kerja Sama ditugaskan mengoordinasikan tindak lanjut [a-z ]+ risiko lain ", last
    ), last
    assert last.endswith(" oleh Perangkat Daerah yang disebut dalam rencana tindak lanjut."), last
    assert "ditugaskan menindaklanjuti" not in last
