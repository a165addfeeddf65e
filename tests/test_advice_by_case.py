"""A recommendation given for a case (``when`` on a ``recommend`` entry) follows what the
file states: words17 A7, "Bila DPRD belum menyetujui, …; bila persetujuan DPRD terbit sesudah
penandatanganan, …" beside the DPRD's date, and A1, "Lampirkan keputusan DPRD" beside a DPRD
step recorded as not needed. Three-valued: given where the case is true or unknown, left out
where it is certainly false; the blank checklist and the rule's page give every one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

ROOT = Path(__file__).resolve().parent.parent
PACKS = ("pp28-2018", "permendagri-3-2008")
DATE = {"pp28-2018": "2023-03-01", "permendagri-3-2008": "2016-03-01"}


def _check(pack: str, rule: str, **fields: Any) -> Any:
    data = {"schema": "paracheck/proposal/v1", "title": "t", "date": DATE[pack], **fields}
    return {c.rule_id: c for c in paracheck.assess(data, pack=pack).checks}[rule]


def _advice(check: Any, lang: str = "id") -> list[str]:
    return [r.text.id if lang == "id" else r.text.en for r in check.recommendations]


def _signed(dprd: dict[str, Any] | None) -> dict[str, Any]:
    steps = [{"step": "signing", "status": "done", "date": "2021-06-05"}]
    return {"stage": "active", "procedure": steps + ([dprd] if dprd else [])}


@pytest.mark.parametrize("pack", PACKS)
def test_a_dprd_step_recorded_as_not_needed_is_not_told_to_attach_the_dprd_decision(pack):
    check = _check(
        pack, "REG-010", **_signed({"step": "dprd_approval", "status": "not_applicable"})
    )
    assert check.status == "risk"
    said = " ".join(_advice(check))
    assert "keputusan" not in said and "Bila DPRD" not in said
    assert said.startswith("Sampaikan MoU yang sudah ditandatangani")


@pytest.mark.parametrize("pack", PACKS)
def test_a_dprd_step_not_listed_keeps_both_cases_as_the_file_does_not_settle_them(pack):
    check = _check(pack, "REG-010", **_signed(None))
    assert check.status == "risk"
    said = _advice(check)
    assert any(s.startswith("Bila DPRD sudah memberi persetujuan, lampirkan") for s in said)
    assert any(s.startswith("Bila DPRD belum pernah memberi persetujuan") for s in said)
    assert not any(s.startswith("Sampaikan MoU") for s in said)


@pytest.mark.parametrize("pack", PACKS)
def test_approval_dated_after_the_signing_is_advised_on_that_alone(pack):
    dprd = {"step": "dprd_approval", "status": "done", "date": "2021-09-20"}
    check = _check(pack, "REG-020", **_signed(dprd))
    assert check.status == "risk"
    said = " ".join(_advice(check))
    assert "Karena persetujuan DPRD terbit sesudah penandatanganan" in said
    assert "DPRD belum menyetujui" not in said
    english = " ".join(_advice(check, "en"))
    assert "came after the signing" in english and "has not approved" not in english


@pytest.mark.parametrize("pack", PACKS)
def test_approval_still_in_process_is_advised_to_go_to_the_dprd(pack):
    check = _check(pack, "REG-020", **_signed({"step": "dprd_approval", "status": "in_progress"}))
    assert check.status == "risk"
    said = _advice(check)
    # the request before the DPRD is given the signed MoU, not made again (dprd430 F-1)
    assert said[0].startswith("Karena permohonan persetujuan sedang dibahas DPRD")
    # an approval still in process has no date to come after the signing: "Karena
    # persetujuan DPRD terbit sesudah penandatanganan" beside it said both (advice19)
    assert not any("terbit sesudah" in s for s in said)


def test_a_verification_in_progress_is_not_told_it_may_never_have_been_made():
    dprd = {"step": "dprd_approval", "status": "done", "date": "2021-05-01"}
    facts = _signed(dprd)
    facts["procedure"].append({"step": "verification", "status": "in_progress"})
    check = _check("pp28-2018", "REG-016", **facts)
    assert check.status == "risk"
    assert _advice(check) == [
        "Karena verifikasi rencana kerja sama masih berjalan, tanyakan kepada Kemendagri "
        "bagaimana verifikasi itu diselesaikan dan kapan hasilnya dapat diperoleh, lalu "
        "lampirkan hasilnya dalam berkas sebelum MoU diubah atau diperpanjang."
    ]
    # words20 B3: Kemendagri is asked, not presumed to be the verifier
    assert "kapan verifikasi selesai" not in _advice(check)[0]


def test_a_step_of_unknown_status_keeps_the_advice_that_hedges_on_it():
    """The DPRD step listed with an unknown status: the advice for an MoU in force that
    hedges on the step ("Bila DPRD sudah …", "Bila DPRD belum pernah …") is given, the advice
    that states it has not approved is not (advice19: it was, as an open case); the cases of
    a lapsed MoU, whose end date this file does not give, certainly do not hold (words18
    A2)."""
    pack = load_pack("pp28-2018")
    rule = next(r for r in pack.rules if r.id == "REG-010")
    check = _check(
        "pp28-2018", "REG-010", **_signed({"step": "dprd_approval", "status": "unknown"})
    )
    in_force = [r for r in rule.recommend if "MoU yang telah berakhir" not in r.text.id]
    in_force = [r.text.id for r in in_force if "MoU baru" not in r.text.id]
    # the letter to the Minister on a central approval issued without the DPRD's (trial 430
    # M4) turns on that approval, not on the DPRD step's status alone
    in_force = [text for text in in_force if "persetujuan pemerintah pusat" not in text]
    assert len(in_force) == 4  # the step not done and in progress each their own (dprd430 F-1)
    hedged = [text for text in in_force if text.startswith("Bila")]
    assert len(hedged) == 2
    assert _advice(check) == hedged


def test_the_action_plan_leaves_out_the_advice_the_check_leaves_out():
    data = yaml.safe_load((ROOT / "examples" / "signed-before-dprd-2021.yaml").read_text())
    out = paracheck.render(paracheck.assess(data), "markdown", lang="id")
    assert "Karena persetujuan DPRD terbit sesudah penandatanganan" in out
    assert "Bila DPRD belum menyetujui" not in out and "DPRD belum menyetujui," not in out
    assert "bila rencana kerja sama tidak pernah diverifikasi" not in out


@pytest.mark.parametrize("pack", PACKS)
def test_the_blank_checklist_and_the_rule_page_give_every_recommendation(pack):
    loaded = load_pack(pack)
    rule = next(r for r in loaded.rules if r.id == "REG-010")
    cased = [r for r in rule.recommend if r.when is not None]
    assert cased
    checklist = paracheck.render_checklist(loaded, "id", "markdown")
    page = paracheck.render_rule(loaded, rule, "id")
    for rec in rule.recommend:
        assert rec.text.id in checklist and rec.text.id in page


@pytest.mark.parametrize("pack", PACKS)
def test_every_fires_example_leaves_its_risk_some_advice(pack):
    """Cases left out never leave a risk with nothing to do."""
    loaded = load_pack(pack)
    for rule in loaded.rules:
        if not any(r.when is not None for r in rule.recommend):
            continue
        for example in rule.examples.fires:
            facts = dict(example)
            as_of = facts.pop("as_of", None)
            data = {"schema": "paracheck/proposal/v1", "title": "t", **facts}
            checks = paracheck.assess(data, pack=pack, as_of=as_of).checks
            check = next(c for c in checks if c.rule_id == rule.id)
            assert check.recommendations, (rule.id, example)


def _mini_with_case(tmp_path: Path, when: Any) -> str:
    data = yaml.safe_load((ROOT / "tests" / "packs" / "mini.yaml").read_text())
    rec = data["rules"][0]["recommend"][0]
    case = {"id": "keadaan uji", "en": "the test case"}
    data["rules"][0]["recommend"].append({**rec, "when": when, "case_label": case})
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return str(path)


@pytest.mark.parametrize(
    ("when", "said"),
    [
        ({"flag": "energy_shortfall"}, "cannot test a flag"),
        ({"path": "budget.nothing", "eq": 1}, "budget.nothing"),
    ],
)
def test_a_recommendation_case_the_language_does_not_allow_is_refused(tmp_path, when, said):
    with pytest.raises(PackError) as caught:
        load_pack(_mini_with_case(tmp_path, when))
    assert "BUD-001" in str(caught.value) and "recommend[1].when" in str(caught.value)
    assert said in str(caught.value)


def test_a_recommendation_case_false_on_the_proposal_is_left_out_of_a_custom_pack(tmp_path):
    pack = load_pack(_mini_with_case(tmp_path, {"path": "budget.multi_year", "eq": True}))
    facts = {"schema": "paracheck/proposal/v1", "title": "t", "date": "2023-03-01"}
    base = {"apbd_allocation_idr": 0, "other_sources": []}
    shown = {}
    for multi in (True, False, None):
        budget = base if multi is None else {**base, "multi_year": multi}
        check = next(
            c
            for c in paracheck.assess({**facts, "budget": budget}, pack=pack).checks
            if c.rule_id == "BUD-001"
        )
        shown[multi] = len(check.recommendations)
    assert shown == {True: 2, False: 1, None: 2}


def test_the_rule_page_says_the_case_each_recommendation_is_given_for():
    """The page has no proposal, so it gives every recommendation and says when each is
    given; one always given says nothing more."""
    pack = load_pack("pp28-2018")
    rule = next(r for r in pack.rules if r.id == "REG-020")
    page = paracheck.render_rule(pack, rule, "id")
    lines = [line for line in page.splitlines() if line.startswith("- ") and "**" in line]
    assert len(lines) == len(rule.recommend)
    for line, rec in zip(lines, rule.recommend, strict=True):
        assert ("(diberikan bila:" in line) == (rec.when is not None), line
    # each case by its name in the pack (case_label, words19 B7), the MoU in force said
    # (words18 A2)
    said = (
        "(diberikan bila: MoU ditandatangani sebelum tanggal persetujuan DPRD dan belum berakhir)"
    )
    assert said in page
    english = paracheck.render_rule(pack, rule, "en")
    assert (
        "(given when: the DPRD approval step is in progress, and the MoU's term has not ended)"
    ) in english


#: order rules whose first advice, "Bila <the earlier step> sudah …, tetapi belum
#: dicantumkan, cantumkan langkah itu …", is for the earlier step not listed only
ORDER_LISTING = [
    ("pp28-2018", "REG-024", "dprd_approval", "letter_of_intent"),
    ("pp28-2018", "REG-046", "full_powers", "central_approval"),
    ("pp28-2018", "REG-047", "verification", "dprd_approval"),
    ("pp28-2018", "REG-048", "dprd_approval", "cooperation_plan"),
    ("permendagri-3-2008", "REG-024", "dprd_approval", "letter_of_intent"),
    ("permendagri-3-2008", "REG-046", "full_powers", "ministry_consultation"),
    ("permendagri-3-2008", "REG-048", "dprd_approval", "cooperation_plan"),
]


@pytest.mark.parametrize(("pack", "rule", "later", "earlier"), ORDER_LISTING)
def test_an_earlier_step_listed_as_in_process_is_not_told_to_list_it(pack, rule, later, earlier):
    """An order rule fired by the earlier step still in process hedged "Bila … sudah …,
    tetapi belum dicantumkan, cantumkan langkah itu" on a step the file lists."""
    base = {"stage": "proposal", "partner": {"kind": "regional_government"}}
    listed = _check(
        pack,
        rule,
        **base,
        procedure=[{"step": later, "status": "done"}, {"step": earlier, "status": "pending"}],
    )
    assert listed.status == "risk"
    assert listed.recommendations
    assert not any("belum dicantumkan" in said for said in _advice(listed))
    unlisted = _check(pack, rule, **base, procedure=[{"step": later, "status": "done"}])
    assert unlisted.status == "risk"
    assert any("belum dicantumkan" in said for said in _advice(unlisted))


# Held-out 21 (a proposal not yet signed): advice hedged "(bila MoU sudah ditandatangani: pada
# perubahan MoU berikutnya)" read in a proposal's memo as if the MoU might exist. Each hedge is
# now two recommendations, one per stage; the memo gives the one its stage needs.
HEDGED = [
    # (rule, facts that make it fire, words of the proposal case, words of the signed case)
    ("IMP-002", {"sectors": [{"name": "tourism", "programs": []}]}, "dari usulan", "perubahan MoU"),
    (
        "REG-042",
        {"sectors": [{"name": "energy", "central_asset": True, "programs": []}]},
        "dalam usulan dan rancangan naskah",
        "perubahan MoU",
    ),
    (
        "REG-040",
        {"basis": {"domestic_interference": True}},
        "dari rancangan naskah",
        "melalui perubahan MoU",
    ),
    (
        "REG-030",
        {"basis": {"central_affairs": ["defence"]}},
        "dari usulan dan rancangan naskah",
        "melalui perubahan MoU",
    ),
    (
        "NRG-002",
        {
            "energy": {"reserve_margin_pct": -4, "rolling_blackouts": True},
            "sectors": [{"name": "infrastructure", "programs": []}],
        },
        "sebelum sektor ini ditawarkan kepada mitra",
        "sebelum kegiatan berikutnya dijadwalkan",
    ),
    (
        "GOV-005",
        {"sectors": [{"name": "trade", "programs": []}], "governance": {"stakeholders": []}},
        "dalam rencana kerja sama yang diajukan kepada DPRD",
        "dalam laporan pelaksanaan kepada DPRD",
    ),
    (
        "REG-002",
        {
            "local": {"level": "province"},
            "partner": {"level": "city", "kind": "regional_government"},
        },
        {
            "pp28-2018": "kesetaraan mitra sebelum rencana kerja sama diajukan kepada DPRD",
            "permendagri-3-2008": "kesetaraan mitra sebelum persetujuan DPRD",
        },
        "sebelum MoU diubah atau diperpanjang",
    ),
]


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize(("rule", "facts", "before", "after"), HEDGED)
def test_advice_before_signing_says_nothing_of_amending_an_mou(pack, rule, facts, before, after):
    before = before[pack] if isinstance(before, dict) else before
    check = _check(pack, rule, stage="proposal", **facts)
    assert check.status == "risk"
    said = " ".join(_advice(check))
    assert before in said
    assert "MoU sudah ditandatangani" not in said and after not in said


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize(("rule", "facts", "before", "after"), HEDGED)
def test_advice_after_signing_amends_the_mou_not_the_draft(pack, rule, facts, before, after):
    steps = [{"step": "signing", "status": "done", "date": "2021-06-05"}]
    before = before[pack] if isinstance(before, dict) else before
    check = _check(pack, rule, stage="active", procedure=steps, **facts)
    assert check.status == "risk"
    said = " ".join(_advice(check))
    assert after in said and before not in said


@pytest.mark.parametrize("pack", PACKS)
def test_an_investment_programme_without_funds_waits_for_the_investor_not_the_apbd(pack):
    """Trial 18: a 50 MW solar plant in an investment cooperation, Rp0 so far, was told to go
    into the Dinas's APBD work plan (RKA-SKPD)."""
    programme = {"name": "PLTS 50 MW", "status": "planned", "budget_idr": 0}
    sectors = [{"name": "energy", "programs": [programme]}]
    invest = " ".join(_advice(_check(pack, "BUD-006", form="investment", sectors=sectors)))
    assert "dijanjikan investor" in invest and "RKA-SKPD" not in invest
    sister = " ".join(_advice(_check(pack, "BUD-006", form="sister_city", sectors=sectors)))
    assert "RKA-SKPD" in sister and "dijanjikan investor" not in sister


@pytest.mark.parametrize("pack", PACKS)
def test_a_plan_the_dprd_has_approved_is_not_put_to_it_again(pack):
    # words20 B8: "Uraikan manfaat … dalam rencana kerja sama yang diajukan kepada DPRD" beside
    # a DPRD approval recorded as done
    facts = {
        "stage": "proposal",
        "sectors": [{"name": "trade", "programs": []}],
        "governance": {"stakeholders": []},
        "procedure": [{"step": "dprd_approval", "status": "done", "date": DATE[pack]}],
    }
    check = _check(pack, "GOV-005", **facts)
    assert check.status == "risk"
    said = " ".join(_advice(check))
    assert "yang diajukan kepada DPRD" not in said
    assert "dalam bahan penyusunan naskah perjanjian" in said
