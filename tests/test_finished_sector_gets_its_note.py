"""A sector whose programmes have all finished, with none after them, gets a note (IMP-012,
severity info): no risk and no verdict (THESIS: no risk for the successful strands; IMP-005
no longer calls it idle, trial 28 #4), but its agency is asked to report what the programmes
brought the public and to propose, at the cooperation's evaluation, a new programme or the
sector declared complete — the follow-up the thesis found missing once the first activities
were over (IV.A). Before, the memo said nothing of such a sector (fix33c)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report import view
from paracheck.report.advice import saran
from tests.test_finished_sector_is_not_idle import PROPOSAL

ROOT = Path(__file__).resolve().parent.parent
#: a low-risk partnership whose culture week, finished, has its next edition planned
WELL_PREPARED = ROOT / "examples" / "well-prepared-2023.yaml"
#: the next edition's lines in it
NEXT = (
    "      - name: Pekan budaya bersama 2024 di Pohang"
    "   # the next one, planned once the first was done\n"
    "        status: planned\n"
    "        budget_idr: 150000000\n"
    '        kpis: ["5,000 visitors", "30 artists exchanged"]\n'
)


def _without_the_next_edition() -> paracheck.Assessment:
    text = WELL_PREPARED.read_text(encoding="utf-8")
    assert NEXT in text
    return paracheck.assess(paracheck.load_proposal_text(text.replace(NEXT, "")))


def _check(a: paracheck.Assessment, rule: str):
    return next(c for c in a.checks if c.rule_id == rule)


def test_a_finished_sector_gets_a_note_for_its_own_agency():
    a = paracheck.assess(paracheck.load_proposal_text(PROPOSAL))
    note = _check(a, "IMP-012")
    assert note.status == "risk" and note.severity == "info"
    # a note, not a top risk
    assert note not in view.headline_risks(a)
    # the tourism sector's own agency reports and proposes the next step
    text = paracheck.render(a, "text", "id")
    plan = text.split("RENCANA TINDAK LANJUT", 1)[1].split("SARAN", 1)[0]
    said = " ".join(plan.split())
    assert "Dinas Pariwisata Kota Contoh (bersama Bagian Kerja Sama): Sampaikan hasil" in said
    # the partnership is quiet (IMP-013): the note goes into the decision on going on, which
    # the plan puts first (trial 400 H2), not under "Pemantauan"
    assert said.index("Evaluasi dan keputusan atas kelanjutan kerja sama") < said.index("(IMP-012)")
    assert said.index("(IMP-012)") < said.index("Bila kerja sama dilanjutkan")


def test_a_next_programme_planned_leaves_no_note():
    text = PROPOSAL.replace(
        "      - {name: Paket wisata bersama, status: done, last_activity: 2015-08-20}",
        "      - {name: Paket wisata bersama, status: done, last_activity: 2015-08-20}\n"
        "      - {name: Promosi bersama, status: planned}",
    )
    a = paracheck.assess(paracheck.load_proposal_text(text))
    assert _check(a, "IMP-012").status == "clear"


def test_the_note_sets_no_verdict():
    planned = paracheck.assess(paracheck.load_proposal(str(WELL_PREPARED)))
    assert _check(planned, "IMP-012").status == "clear" and not view.risks(planned)
    a = _without_the_next_edition()
    assert _check(a, "IMP-012").status == "risk"
    assert a.verdict == planned.verdict == "low_risk"
    assert [c.rule_id for c in view.risks(a)] == ["IMP-012"]


@pytest.mark.parametrize(
    ("lang", "back", "not_said"),
    [("id", "catatan tersebut", "risiko tersebut"), ("en", "that note", "that risk")],
)
def test_the_saran_names_the_note_and_calls_it_a_note(lang, back, not_said):
    """A low verdict's Saran names its findings of severity info; the assignment after it
    points back to them as notes, as the checklist calls them, not as risks
    ("menindaklanjuti risiko tersebut" of a note; held-out 69: "temuan informasi" beside the
    checklist's "Catatan")."""
    a = _without_the_next_edition()
    items = saran(a, lang).items
    label = getattr(view.saran_labels(a.pack.name)["IMP-012"], lang)
    assert f"{label} (IMP-012)" in items[0], items
    assert back in items[1] and not_said not in items[1], items


@pytest.mark.parametrize(
    ("lang", "note", "risk"), [("id", "Catatan", "Risiko"), ("en", "Note", "Risk")]
)
def test_the_checklist_calls_the_note_a_note(lang, note, risk):
    """The checklist row of a finding of severity info says "Catatan", not "Risiko": the
    thesis counts a sector whose programmes succeeded as no risk (IV.A.6)."""
    a = _without_the_next_edition()
    text = paracheck.render(a, "text", lang, width=10_000)
    # marked apart from the risks' ✗ (practitioner trial 31 M4)
    row = next(line for line in text.splitlines() if line.lstrip().startswith("i IMP-012"))
    assert row.endswith(f"— {note}") and not row.endswith(f"— {risk}"), row
