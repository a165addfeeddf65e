"""The memo's brief on its first screen: what is proposed and what it costs, and what is put
to the DPRD on which legal basis (trial 28 item 7: a DPRD member found the money only in the
annex's evidence, and no sentence said what the DPRD was asked to approve)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import paracheck

ROOT = Path(__file__).parent.parent
PROPOSAL = """\
schema: paracheck/proposal/v1
title: Sister City Kota Contoh – Musterstadt
date: {date}
stage: proposal
form: sister_city
local: {{name: Kota Contoh, level: city}}
partner: {{name: Musterstadt, country: DE, level: city, kind: regional_government}}
sectors:
  - name: education
    lead_agency: Dinas Pendidikan Kota Contoh
    programs:
      - {{name: Pertukaran guru, status: planned, budget_idr: 300000000}}
      - {{name: Beasiswa vokasi, status: planned}}
      - {{name: Lokakarya kurikulum, status: done, budget_idr: 90000000}}
  - name: tourism
    lead_agency: Dinas Pariwisata Kota Contoh
    programs:
      - {{name: Promosi bersama, status: stalled, budget_idr: 450000000}}
      - {{name: Festival, status: cancelled, budget_idr: 1000000000}}
budget:
  apbd_allocation_idr: 250000000
  multi_year: false
  other_sources: [partner]
  partner_funds_recorded: false
procedure:
  - {{step: letter_of_intent, status: done, date: {loi}}}
  - {{step: cooperation_plan, status: done, date: {plan}}}
  - {{step: dprd_approval, status: {dprd}}}
"""


def _assess(date: str = "2024-03-01", dprd: str = "pending", **changes: object):
    text = PROPOSAL.format(date=date, loi=f"{date[:4]}-01-10", plan=f"{date[:4]}-02-01", dprd=dprd)
    data = yaml.safe_load(text)
    data.update(changes)
    return paracheck.assess(paracheck.load_proposal_text(yaml.safe_dump(data), source="x.yaml"))


def _unfinished_sum(result) -> int:
    """The budgets given for the programmes not yet finished, from the file's own facts."""
    return sum(
        budget
        for budgets, statuses in zip(
            result.proposal.program_budgets, result.proposal.program_statuses, strict=True
        )
        for budget, status in zip(budgets, statuses, strict=True)
        if budget is not None and status in ("planned", "ongoing", "stalled")
    )


def test_the_assessment_carries_the_programmes_budgets_and_the_funding_as_given() -> None:
    result = _assess()
    ref = result.proposal
    assert ref.program_budgets == [[300000000, None, 90000000], [450000000, 1000000000]]
    assert ref.program_statuses == [["planned", "planned", "done"], ["stalled", "cancelled"]]
    assert ref.budget is not None and ref.budget.apbd_allocation_idr == 250000000
    document = json.loads(paracheck.render(result, "json"))
    assert document["proposal"]["budget"]["other_sources"] == ["partner"]
    assert document["proposal"]["program_budgets"] == ref.program_budgets


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_first_screen_says_what_the_unfinished_programmes_cost_against_the_apbd(
    fmt: str, lang: str
) -> None:
    from paracheck.report import formatting

    result = _assess()
    memo = paracheck.render(result, fmt, lang)
    top = {"id": "risiko utama", "en": "top risks"}[lang]
    first_screen = " ".join(memo[: memo.lower().index(top)].split())  # as read, not as wrapped
    cost = formatting.money(_unfinished_sum(result), lang)  # the done and cancelled left out
    assert _unfinished_sum(result) == 750000000
    for said in (cost, formatting.money(250000000, lang)):
        assert said in first_screen
    # the count in words in Indonesian (EYD V; wording review 220, 16)
    one_without = {
        "id": "satu program lagi tanpa anggaran",
        "en": "1 more programme with no budget",
    }
    assert one_without[lang] in first_screen


def test_the_partners_unrecorded_funds_are_said_beside_the_source() -> None:
    lines = dict(_brief(_assess(), "id"))
    said = (
        "sumber dana lain: dana mitra (belum tercatat dalam dokumen anggaran dan naskah kerja sama)"
    )
    assert lines["Anggaran"].endswith(said), lines


def _brief(result, lang: str) -> list[tuple[str, str]]:
    from paracheck.report import view

    return view.brief(result, lang)


@pytest.mark.parametrize(
    ("date", "law"), [("2013-03-01", "UU 32/2004"), ("2024-03-01", "UU 23/2014")]
)
def test_what_is_put_to_the_dprd_cites_the_law_in_force_on_the_date(date: str, law: str) -> None:
    lines = dict(_brief(_assess(date=date), "id"))
    said = lines["Akan diajukan untuk persetujuan DPRD"]
    assert said.startswith("rencana kerja sama")
    assert law in said
    other = {"UU 32/2004": "UU 23/2014", "UU 23/2014": "UU 32/2004"}[law]
    assert other not in said


def test_the_plan_is_said_to_be_before_the_dprd_only_while_the_dprd_has_it() -> None:
    # held-out 56: "Diajukan" beside an exploration still in progress read as submitted
    for status, label in [
        ("in_progress", "Diajukan untuk persetujuan DPRD"),
        ("pending", "Akan diajukan untuk persetujuan DPRD"),
        ("unknown", "Akan diajukan untuk persetujuan DPRD"),
    ]:
        lines = dict(_brief(_assess(dprd=status), "id"))
        assert label in lines and lines[label].startswith("rencana kerja sama"), status
        other = {"Diajukan untuk persetujuan DPRD", "Akan diajukan untuk persetujuan DPRD"} - {
            label
        }
        assert not other & set(lines), status
    english = dict(_brief(_assess(dprd="pending"), "en"))
    assert "To be put to the DPRD for approval" in english


def test_nothing_is_put_to_the_dprd_once_it_has_approved_or_the_mou_is_signed() -> None:
    for said in (_brief(_assess(dprd="done"), "id"), _brief(_assess(stage="mou_signed"), "id")):
        assert not {k for k, _ in said if "persetujuan DPRD" in k}
    signed = _assess(stage="mou_signed")
    assert "Anggaran" in dict(_brief(signed, "id"))  # the rest of the brief stays


def test_a_sector_without_programmes_is_said_to_have_none_yet() -> None:
    result = _assess(sectors=[{"name": "fisheries", "lead_agency": None, "programs": []}])
    assert dict(_brief(result, "id"))["Sektor kerja sama"] == "belum ada program: perikanan"
    culture = {"name": "culture", "programs": [{"name": "Tari", "status": "planned"}]}
    two = _assess(sectors=[{"name": "fisheries", "programs": []}, culture])
    assert dict(_brief(two, "id"))["Sektor kerja sama"] == (
        "kebudayaan (1 program); belum ada program: perikanan"
    )


def test_a_sector_whose_programmes_are_not_given_is_said_to_lack_them_not_to_have_none() -> None:
    """The file leaves the programmes out: the checks ask for them (question "Program apa saja
    …"), so the brief does not state that there are none (held-out 152)."""
    culture = {"name": "culture", "programs": [{"name": "Tari", "status": "planned"}]}
    both = _assess(sectors=[{"name": "fisheries"}, {"name": "trade", "programs": []}, culture])
    assert dict(_brief(both, "id"))["Sektor kerja sama"] == (
        "kebudayaan (1 program); belum ada program: perdagangan; "
        "program belum dicantumkan: perikanan"
    )
    assert dict(_brief(both, "en"))["Sectors of cooperation"] == (
        "culture (1 programme); no programme yet: trade; programmes not given: fisheries"
    )


def test_an_assessment_made_before_the_brief_still_renders_without_it() -> None:
    result = _assess()
    document = json.loads(paracheck.render(result, "json"))
    for key in ("program_budgets", "program_statuses", "budget", "sector_names", "program_names"):
        document["proposal"].pop(key)
    older = paracheck.Assessment.model_validate(document)
    assert _brief(older, "id") == [
        ("Akan diajukan untuk persetujuan DPRD", _brief(older, "id")[0][1])
    ]
    assert _brief(older, "id")[0][1].startswith("rencana kerja sama; dasar hukum:")  # no "above"
    memo = paracheck.render(older, "text", "id")
    assert "Sektor kerja sama" not in memo and "RISIKO UTAMA" in memo
