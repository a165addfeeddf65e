"""A check whose rule was not in force on its date is counted, and says why it does not
apply: it used to vanish. A 2007 MoU judged in 2009 had nine checks fewer than one signed in
2008 (REG-011/013/014/015/022/023/024/046/048, Permendagri 3/2008's practice), and a 2019
signing under PP 28/2018 lacked Permendagri 25/2020's steps, so a reader who counted, or
compared two memos, could not tell why (newcomer trial 25, left by fix29a). Such a check is
clear with ``not_applicable`` (the contract's way for a check that does not apply; the
verdict is unchanged), naming the instrument of the rule's dates from the pack's
``instruments``: "Tidak berlaku: Permendagri 3/2008 belum berlaku pada tanggal
penandatanganan". It asks and recommends nothing, shows no evidence and cites no law or
regulation."""

from __future__ import annotations

import pytest

import paracheck
from paracheck.rules.loader import load_pack
from tests.madiun_omuta import DPRD_APPROVED, madiun_omuta

#: the 2008 practice's checks of a step, not in force for an MoU signed in 2007 (the Full
#: Powers' REG-012 and REG-021 among them since trial29 M2: a step of that practice, not a
#: statute's; the exploration's REG-017 since held-out 60, which had it rest on the thesis
#: alone before 2008)
STEPS_2008 = ("REG-011", "REG-012", "REG-013", "REG-014", "REG-015", "REG-017", "REG-021")
STEPS_2008 += ("REG-022", "REG-023", "REG-024", "REG-046", "REG-048", "REG-053")
#: Permendagri 25/2020's checks of a step, in the pp28-2018 pack
STEPS_2020 = ("REG-011", "REG-016", "REG-018", "REG-023", "REG-046", "REG-047")
#: those about central approval, which UU 23/2014 required before it was a step (law_before)
CENTRAL_APPROVAL = ("REG-011", "REG-023", "REG-046")


def _signed(signed: str, judged: str) -> paracheck.Proposal:
    return madiun_omuta(signed, judged, before=DPRD_APPROVED)


def _by_id(result: paracheck.Assessment) -> dict[str, paracheck.Check]:
    return {c.rule_id: c for c in result.checks}


def _out_of_force(check: paracheck.Check) -> bool:
    return (
        check.status == "clear"
        and check.not_applicable is not None
        and not check.evidence
        and not check.missing
        and all(s.kind not in ("law", "regulation") for s in check.sources)
    )


def test_a_2007_mou_is_judged_on_as_many_checks_as_a_2008_one():
    early = paracheck.assess(_signed("2007-10-05", "2009-06-15"))
    later = paracheck.assess(_signed("2008-10-05", "2009-06-15"))
    assert early.pack.name == later.pack.name == "permendagri-3-2008"
    assert sorted(_by_id(early)) == sorted(_by_id(later))


def test_the_nine_checks_of_the_2008_practice_say_it_was_not_yet_in_force():
    result = paracheck.assess(_signed("2007-10-05", "2009-06-15"))
    checks = _by_id(result)
    for rule_id in STEPS_2008:
        check = checks[rule_id]
        assert _out_of_force(check), rule_id
        assert check.not_applicable.id == (
            "Permendagri 3/2008 belum berlaku pada tanggal penandatanganan"
        )
        assert check.not_applicable.en == (
            "Permendagri 3/2008 was not yet in force on the signing date"
        )
    asked = {rule for q in result.questions for rule in q.checks}
    acted = {rule for a in result.actions for rule in a.rules}
    assert not (asked | acted) & set(STEPS_2008)


@pytest.mark.parametrize(
    "lang, said",
    [
        ("id", "Tidak berlaku: Permendagri 3/2008 belum berlaku pada tanggal penandatanganan"),
        ("en", "Not applicable: Permendagri 3/2008 was not yet in force on the signing date"),
    ],
)
def test_the_checklist_and_the_csv_show_each_such_check_with_its_reason(lang, said):
    result = paracheck.assess(_signed("2007-10-05", "2009-06-15"))
    rows = paracheck.render(result, "markdown", lang).splitlines()
    for rule_id in STEPS_2008:  # the checklist's row of the check: `[/]` and the reason
        row = next(r for r in rows if r.startswith("| `[/]` | " + rule_id + " |"))
        assert said in row, row
    reason = said.split(": ", 1)[1]
    csv = [r for r in paracheck.render(result, "csv", lang).splitlines() if reason in r]
    assert sorted(r.split(",")[5] for r in csv) == sorted(STEPS_2008), csv


def test_permendagri_25_2020_steps_say_it_was_not_yet_in_force_for_a_2019_signing():
    early = paracheck.assess(_signed("2019-10-05", "2022-06-15"))
    later = paracheck.assess(_signed("2021-10-05", "2022-06-15"))
    assert early.pack.name == later.pack.name == "pp28-2018"
    assert sorted(_by_id(early)) == sorted(_by_id(later))
    for rule_id in STEPS_2020:
        check = _by_id(early)[rule_id]
        assert _out_of_force(check), rule_id
        said = "Permendagri 25/2020 belum berlaku pada tanggal penandatanganan"
        if rule_id == "REG-018":
            # the initiative, undated, is judged at the earliest later step on record, the
            # DPRD approval of 2007, as the procedure table judges it (held-out 49)
            said = "Permendagri 25/2020 belum berlaku pada tanggal persetujuan DPRD"
        if rule_id in CENTRAL_APPROVAL:  # a law required it before: said, and where checked
            said += (
                "; persetujuan itu menurut sumber sekunder sudah wajib sejak UU 23/2014, tetapi "
                "untuk MoU yang ditandatangani sebelum 22 Mei 2020 diperiksa pada langkah "
                "konsultasi dengan Kemendagri"
            )
        assert check.not_applicable.id == said, rule_id
    # and the other way: the 2008 practice's own steps for a signing after its revocation
    # … with what Permendagri 25/2020's order says of the step (trial 210, 3)
    later_order = {
        "REG-015": "tidak mencantumkan penyimpanan naskah asli MoU di Kemlu",
        "REG-050": "tidak mencantumkan konsultasi dengan Kemendagri",
        "REG-052": "tidak mencantumkan konsultasi dengan Kemendagri",
    }
    for rule_id, lacks in later_order.items():
        check = _by_id(later)[rule_id]
        assert _out_of_force(check), rule_id
        assert check.not_applicable.id.startswith(
            "Permendagri 3/2008 sudah tidak berlaku pada tanggal penandatanganan; urutan "
            f"langkah Permendagri 25/2020 {lacks}"
        )
        assert check.not_applicable.en.startswith(
            "Permendagri 3/2008 was no longer in force on the signing date; Permendagri "
            "25/2020's order of steps has no "
        )


@pytest.mark.parametrize("pack_name", ["permendagri-3-2008", "pp28-2018"])
def test_every_dated_rule_of_a_shipped_pack_names_its_instrument(pack_name):
    from paracheck.engine.assess import _instruments_of

    pack = load_pack(pack_name)
    for rule in pack.rules:
        start, until = _instruments_of(rule, pack)
        if rule.effective_from is not None:
            assert start is not None, (rule.id, rule.effective_from)
        if rule.effective_until is not None:
            assert until is not None, (rule.id, rule.effective_until)


def test_a_step_a_law_required_earlier_is_not_said_to_be_unneeded_before_that_law():
    # signed in 2007, before UU 23/2014 too: the instrument alone, no law said to require it
    check = _by_id(paracheck.assess(_signed("2007-10-05", "2022-06-15")))["REG-011"]
    assert check.not_applicable.id == (
        "Permendagri 25/2020 belum berlaku pada tanggal penandatanganan"
    )
    assert check.not_applicable.en == (
        "Permendagri 25/2020 was not yet in force on the signing date"
    )
    later = _by_id(paracheck.assess(_signed("2015-03-10", "2022-06-15")))["REG-011"]
    assert later.not_applicable.en == (
        "Permendagri 25/2020 was not yet in force on the signing date; "
        "that approval is reportedly required since UU 23/2014, but for an MoU signed before "
        "22 May 2020 it is checked under the step of consultation with Kemendagri"
    )
