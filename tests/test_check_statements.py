"""A clear check's statement is true whenever the check is clear — also when its subject is absent.

Found reading the report of a proposal at stage `proposal`, with rolling blackouts, a sister-city
form and no step after the initiative: the checklist ticked "☑ NRG-004 Pasokan listrik daerah
mencukupi untuk kerja sama berbentuk investasi" while NRG-001 on the same page said the supply is
short (the rule was clear because the form is not investment), and "☑ REG-047 Verifikasi
dilakukan setelah persetujuan DPRD" when neither step had happened. A rule that is about a
subject (a kind of sector, a form, a procedure step that is done, an exposure level, an MoU of a
given age…) is clear whenever that subject is absent, so its statement must say "if": "Bila
kerja sama berbentuk investasi, …" / "If the cooperation is an investment, …".

Which rules are about a subject is derived from their conditions, so a rule added later without
a conditional statement fails here.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.rules.loader import load_pack

PACKS = ("pp28-2018", "permendagri-3-2008")

#: Paths whose equality with a value says which case the rule is about, not what is wrong.
_CASE_PATHS = ("form", "partner.country", "sector.name", "program.status")
_LISTS = ("sectors", "programs", "sector.programs")


def _is_subject(cond: dict[str, Any]) -> bool:
    """Whether a conjunct only says that the rule's subject is present.

    A subject is a form, a partner country, a kind of sector or a programme's state; a sector or
    programme of some kind existing; an exposure level; a procedure step done or dated; the MoU
    being older than some days; a yes/no fact being yes, a number being above zero or a list
    holding a value. A conjunct made of subjects (``any`` or ``all`` of them) is one too.
    """
    if "all" in cond:
        return any(_is_subject(c) for c in cond["all"])
    if "any" in cond:
        return all(_is_subject(c) for c in cond["any"])
    if "count" in cond:
        threshold = cond.get("ge", cond.get("gt", 0))
        return cond["count"] in _LISTS and isinstance(threshold, int) and threshold >= 1
    path = cond.get("path", "")
    if not isinstance(path, str) or "not" in cond:
        return False
    if path in _CASE_PATHS or path.startswith("security."):
        return "eq" in cond or "in" in cond
    if path.startswith("procedure."):
        return cond.get("eq") == "done" or (path.endswith(".date") and cond.get("exists") is True)
    if path == "context.as_of":
        other = cond.get("gt", cond.get("ge"))
        return isinstance(other, dict) and other.get("path") == "procedure.signing.date"
    return (
        cond.get("eq") is True
        or cond.get("gt") == 0
        or "contains" in cond
        or "contains_any" in cond
    )


def _branches(when: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The conjunctions the condition is made of: its ``all``, or each ``all`` of a top ``any``."""
    if "all" in when:
        return [when["all"]]
    if "any" in when:
        return [b["all"] for b in when["any"] if "all" in b]
    return []


def _about_a_subject(when: dict[str, Any]) -> bool:
    """True when some conjunction pairs a subject with something else that must hold too."""
    return any(
        len(branch) > 1 and any(_is_subject(c) for c in branch) for branch in _branches(when)
    )


def _subject_rules(pack_name: str) -> dict[str, Any]:
    return {r.id: r for r in load_pack(pack_name).rules if _about_a_subject(r.when)}


def test_the_subject_rules_are_found_from_their_conditions():
    """The derivation is not empty: it finds the rules the Kupang report got wrong, and leaves
    alone rules whose condition is only what is wrong (no development plan, no staff)."""
    found = set(_subject_rules("pp28-2018"))
    assert {"NRG-004", "REG-045", "REG-046", "REG-047", "TOC-001", "IMP-006"} <= found
    assert not {"REG-006", "HR-001", "BUD-001", "REG-003"} & found
    # REG-043's condition is the mining sector and the flag set (practitioner trial 31 M6),
    # so its statement is a condition too
    assert "REG-043" in found
    assert len(found) >= 30


@pytest.mark.parametrize("pack_name", PACKS)
def test_a_rule_about_a_subject_states_its_check_as_a_condition(pack_name):
    wrong = {
        rule_id: rule.check.id if rule.check else rule.title.id
        for rule_id, rule in _subject_rules(pack_name).items()
        if not (
            rule.check and rule.check.id.startswith("Bila ") and rule.check.en.startswith("If ")
        )
    }
    assert not wrong, (
        "these rules are clear whenever their subject is absent, so their statement must start "
        f"with 'Bila …' / 'If …' (true whenever the check is clear): {wrong}"
    )


_KUPANG = """\
schema: paracheck/proposal/v1
title: Sister City Kota Uji – City of Test
date: 2023-09-01
stage: proposal
form: sister_city
local: {name: Kota Uji, level: city}
partner: {name: City of Test, country: AU, level: city}
sectors:
  - name: fisheries
    lead_agency: Dinas Kelautan dan Perikanan
    programs:
      - {name: Rantai dingin, status: planned, budget_idr: 250000000}
energy: {reserve_margin_pct: 5, rolling_blackouts: true, outage_hours_per_month: 12}
security: {narcotics_route: low, iuu_fishing: medium, terrorism: low, human_trafficking: high,
           coordinating_agencies: [Polri]}
procedure:
  - {step: initiative, status: done, date: 2023-03-01}
  - {step: exploration, status: in_progress}
"""


def test_a_ticked_statement_in_the_report_does_not_claim_what_has_not_happened():
    """The Kupang case: blackouts, a sister city, nothing after the initiative."""
    result = paracheck.assess(paracheck.load_proposal_text(_KUPANG))
    status = {c.rule_id: c.status for c in result.checks}
    assert status["NRG-001"] == "risk"
    text = paracheck.render(result, "text", "id")
    lines = text.replace("\n    ", " ").splitlines()
    for rule_id in ("NRG-004", "REG-045", "REG-046", "REG-047", "TOC-001", "IMP-006"):
        assert status[rule_id] == "clear", rule_id
        # ticked, not yet due, or not applicable where its own "if" is false ("/": a sister
        # city is not an investment, its programme is still planned; applies_when)
        line = next(line for line in lines if f" {rule_id} " in line and line[2] in "☑–/")
        assert f"{rule_id}  Bila " in line, line
    for rule_id in ("NRG-004", "REG-045", "TOC-001"):
        line = next(line for line in lines if f" {rule_id} " in line)
        assert line.startswith(f"  / {rule_id}") and "Tidak berlaku: " in line, line
    # an order or momentum check whose "if" has not happened yet is not ticked at all: it is
    # not yet due (newcomer trial 14)
    for rule_id in ("REG-046", "REG-047", "IMP-006"):
        line = next(line for line in lines if f" {rule_id} " in line)
        assert line.startswith(f"  – {rule_id}"), line


# A check is clear too when the proposal marks its step "not_applicable", or when its programme
# is cancelled: "☑ DPRD telah menyetujui rencana kerja sama" for a step marked not applicable,
# or "☑ Program ini mempunyai target terukur" for a cancelled programme without targets, would
# claim what did not happen. Such statements say when they hold.

STEP_APPLIES = (" (bila langkah ini diperlukan)", " (where the step applies)")


def _exemption(when: dict[str, Any]) -> str | None:
    """ "step" when a step marked not applicable clears the rule; "case" when a case excluded
    with ``ne`` (a cancelled programme) does; else None."""
    for branch in _branches(when) or [[when]]:
        for cond in branch:
            path = cond.get("path", "")
            if not isinstance(path, str):
                continue
            if path.startswith("procedure.") and "not_applicable" in (cond.get("not_in") or []):
                return "step"
            if path in _CASE_PATHS and "ne" in cond:
                return "case"
    return None


@pytest.mark.parametrize("pack_name", PACKS)
def test_a_statement_says_when_it_holds_if_a_step_not_applicable_or_an_excluded_case_clears_it(
    pack_name,
):
    found, wrong = set(), {}
    for rule in load_pack(pack_name).rules:
        kind = _exemption(rule.when)
        if kind is None or rule.check is None:
            continue
        found.add(kind)
        said = (rule.check.id, rule.check.en)
        ok = (
            said[0].endswith(STEP_APPLIES[0]) and said[1].endswith(STEP_APPLIES[1])
            if kind == "step"
            else said[0].startswith("Bila ") and said[1].startswith(("If ", "Unless "))
        )
        if not ok:
            wrong[rule.id] = said
    assert found == {"step", "case"}, "the derivation must find both kinds in a regime pack"
    assert not wrong, wrong


def test_a_step_marked_not_applicable_is_not_ticked_as_done():
    # the cooperation plan: no law requires it, so "not applicable" clears its rule (DPRD
    # approval, central approval and Full Powers are a law's: tests/test_statutory_steps.py)
    text = _KUPANG.replace("stage: proposal", "stage: mou_signed") + (
        "  - {step: cooperation_plan, status: not_applicable}\n"
    )
    result = paracheck.assess(paracheck.load_proposal_text(text))
    check = next(c for c in result.checks if c.rule_id == "REG-014")
    assert check.status == "clear" and check.due
    assert check.statement.id == "Rencana kerja sama ada dalam berkas" + STEP_APPLIES[0]
    assert "(bila langkah ini diperlukan)" in paracheck.render(result, "text", "id")
