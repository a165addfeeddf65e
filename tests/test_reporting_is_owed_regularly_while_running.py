"""The procedure table, the memo's next steps and the checklist say that reports to the
Minister are owed regularly while the partnership runs, the final report at the evaluation;
and a report the rules judge too old to be the evaluation's carries a warning in the table.

Practitioner trial 32 M4: NTT – Western Australia (2019, running): "Pelaporan | ya, pada
tahap evaluasi | Belum dilakukan" beside GOV-003, a current risk for the missing regular
report; the blank checklist "Wajib pada tahap evaluasi: 11. Pelaporan". Sumatera Barat –
Gyeongbuk (evaluation, 2026): "Pelaporan | ya | Selesai | 10 Februari 2025" with no sign,
while REG-026 found that report too old.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data"
REGULARLY = "ya, berkala selama kerja sama berjalan; laporan akhir pada tahap evaluasi"


def _assessed(name: str, **changes):
    proposal = paracheck.load_proposal(str(DATA / name))
    if changes:
        proposal = proposal.model_copy(update=changes)
    return paracheck.assess(proposal, as_of=proposal.date)


def _entry(a, step: str):
    return next(e for e in a.procedure if e.step == step)


def test_the_reporting_row_says_reports_are_owed_while_the_partnership_runs():
    a = _assessed("trial32-ntt-wa-2019.yaml")
    gov003 = next(c for c in a.checks if c.rule_id == "GOV-003")
    assert gov003.status == "risk"  # the regular report is owed now
    assert view.step_required(a, _entry(a, "reporting"), "id") == REGULARLY
    markdown = paracheck.render(a, "markdown", "id")
    assert f"| Pelaporan | {REGULARLY} |" in markdown
    assert "pada tahap evaluasi |" not in markdown.replace(REGULARLY, "")
    english = view.step_required(a, _entry(a, "reporting"), "en")
    assert english.startswith("yes, regularly while the partnership runs; the final report")


def test_the_next_steps_and_the_checklist_say_the_regular_reports():
    a = _assessed("trial32-kendal-tsuruoka-2024.yaml")  # a proposal: reporting is to come
    listed = [item for _, items in view.next_steps(a, "id") for item in items]
    # under the heading "Wajib pada tahap evaluasi", which the item does not repeat
    said = "Pelaporan (berkala selama kerja sama berjalan; laporan akhir saat evaluasi)"
    assert said in listed
    for name in ("pp28-2018", "permendagri-3-2008"):
        checklist = paracheck.render_checklist(paracheck.load_pack(name), "id")
        assert "Pelaporan (berkala selama kerja sama berjalan; laporan akhir pada tahap" in (
            " ".join(checklist.split())
        )


def test_a_report_judged_too_old_is_warned_in_the_procedure_table():
    a = _assessed("trial32-sumbar-gyeongbuk-2026.yaml")
    reg026 = next(c for c in a.checks if c.rule_id == "REG-026")
    assert reg026.status == "risk"
    entry = _entry(a, "reporting")
    assert entry.status == "done" and entry.issue is None
    said = view.step_issue(a, entry, "id")
    assert said is not None and "lebih dari setahun" in said
    assert f"⚠ {said}" in paracheck.render(a, "markdown", "id")
    assert f"⚠ {said}" in paracheck.render(a, "html", "id")


def test_a_recent_report_carries_no_warning():
    proposal = paracheck.load_proposal(str(DATA / "trial32-sumbar-gyeongbuk-2026.yaml"))
    recent = proposal.date - dt.timedelta(days=30)
    steps = [
        s.model_copy(update={"date": recent}) if s.step == "reporting" else s
        for s in proposal.procedure
    ]
    a = paracheck.assess(proposal.model_copy(update={"procedure": steps}), as_of=proposal.date)
    assert next(c for c in a.checks if c.rule_id == "REG-026").status != "risk"
    assert view.step_issue(a, _entry(a, "reporting"), "id") is None
