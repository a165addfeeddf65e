"""Periodic reporting kept up is said the same way in the Saran, the checklist and the table.

Review 300, 4 (the bundled well-prepared example, a running partnership with
``reports_to_ministry: true`` and the reporting step pending): the Saran said "Langkah wajib
berikutnya, pelaporan, disiapkan pada tahap evaluasi", the checklist ticked GOV-003 (reported
regularly to the Minister) and the procedure table said "Belum dilakukan". An officer would
put off the periodic reports to the evaluation. Now the cooperation unit is told to keep them
up and to prepare the final report at the evaluation, and the table says the regular reports
are made and the final one is not yet due. Where the regular reports are not recorded as
made, the unit is told to make them (no "tetap").
"""

from __future__ import annotations

from pathlib import Path

import yaml

import paracheck
from paracheck.report import view

WELL = Path(__file__).resolve().parents[1] / "examples" / "well-prepared-2023.yaml"


def _data() -> dict:
    return yaml.safe_load(WELL.read_text(encoding="utf-8"))


def _flat(a: paracheck.Assessment, lang: str = "id") -> str:
    return " ".join(paracheck.render(a, "text", lang).split())


def test_the_saran_keeps_the_periodic_reports_up_and_prepares_the_final_one() -> None:
    a = paracheck.assess(_data())
    assert next(c for c in a.checks if c.rule_id == "GOV-003").status == "clear"
    said = _flat(a)
    assert (
        "Bagian Kerja Sama ditugaskan tetap menyiapkan laporan pelaksanaan berkala selama "
        "kerja sama berjalan untuk disampaikan Wali Kota kepada Menteri Dalam Negeri, dan "
        "menyiapkan laporan akhir pada tahap evaluasi."
    ) in said
    assert "Langkah wajib berikutnya, pelaporan, disiapkan pada tahap evaluasi" not in said
    english = _flat(a, "en")
    assert "to keep preparing the implementation reports regularly while the partnership" in english


def test_the_procedure_table_says_the_regular_reports_are_made() -> None:
    a = paracheck.assess(_data())
    row = next(e for e in a.procedure if e.step == "reporting")
    assert view.step_status(a, row, "id") == "Berkala: dilakukan; laporan akhir: belum waktunya"
    assert "Belum dilakukan" not in [view.step_status(a, e, "id") for e in a.procedure]


def test_without_a_record_of_the_reports_the_unit_is_told_to_make_them() -> None:
    data = _data()
    del data["governance"]["reports_to_ministry"]
    a = paracheck.assess(data)
    assert next(c for c in a.checks if c.rule_id == "GOV-003").status != "clear"
    said = _flat(a)
    assert "tetap menyiapkan laporan" not in said
    row = next(e for e in a.procedure if e.step == "reporting")
    assert view.step_status(a, row, "id") == "Belum dilakukan"


def test_a_running_partnerships_report_made_is_not_said_finished() -> None:
    """Review 310, 8: held-out 254 (a report of 28 January 2026, the MoU running) read
    "Selesai", as if reporting were over."""
    path = Path(__file__).parent / "data" / "holdout254-tarakan-tawau-2026.yaml"
    a = paracheck.assess(paracheck.load_proposal(path))
    row = next(e for e in a.procedure if e.step == "reporting")
    assert row.status == "done" and not row.required
    assert view.step_status(a, row, "id") == "Berkala: dilakukan; laporan akhir: belum waktunya"


def test_an_unlisted_reporting_step_with_the_reports_made_is_not_said_not_yet_due() -> None:
    """Review 340 H5: a partnership running since 2022, its regular reports recorded as made
    (``reports_to_ministry: true``) and the reporting step not listed: the table said "Belum
    waktunya" beside the checklist's GOV-003 tick, and a DPRD reader took no report as owed."""
    path = Path(__file__).parent / "data" / "kalbar-sarawak-expiring-2026.yaml"
    a = paracheck.assess(paracheck.load_proposal(path))
    assert next(c for c in a.checks if c.rule_id == "GOV-003").status == "clear"
    row = next(e for e in a.procedure if e.step == "reporting")
    assert row.status is None
    assert view.step_status(a, row, "id") == "Berkala: dilakukan; laporan akhir: belum waktunya"
    assert view.step_status(a, row, "en") == "Regular: done; final report: not yet due"


def test_reports_not_yet_due_are_not_said_made() -> None:
    """NTB's MoU on its signing day, no report recorded: GOV-003 is clear only because it is
    not due yet, and the row says so, not "Berkala: dilakukan"."""
    path = Path(__file__).resolve().parents[1] / "examples" / "ntb-zhejiang-2015.yaml"
    a = paracheck.assess(paracheck.load_proposal(path))
    gov003 = next(c for c in a.checks if c.rule_id == "GOV-003")
    assert gov003.status == "clear" and not gov003.due
    row = next(e for e in a.procedure if e.step == "reporting")
    assert view.step_status(a, row, "id") == "Belum waktunya"
