"""Held-out 45: three proposals written by the lead and judged on paper before paracheck ran
on them (expectations and reasons written first, in the session's notes). Verdicts agreed on
all three; two defects of wording were found and mended.

- Kota Batam – Majlis Bandaraya Johor Bahru (a proposal: a ferry terminal run by BP Batam, an
  apprenticeship moving workers to Johor, a highly exposed narcotics route, no BNN): "Risiko
  tinggi" on REG-042 and TOC-003. Its Saran named REG-042 among "dua risiko" and then
  "dengan syarat satu risiko tinggi" (TOC-003): read alone, the narcotics route was the only
  high risk. A list mixing severities now says how many of each: "dua risiko (satu tinggi dan
  satu sedang)".
- Sulawesi Utara – Davao del Sur (three years after signing, decaying): "Risiko tinggi" on
  IMP-006 with the decay cluster (a stalled trade promotion, a tourism package never
  started, the joint working group silent since March 2024, low budget realisation).
- Kota Bandung – Stadt Braunschweig (its MoU lapsed in 2024, an exchange still running, the
  last report of 2022): "Risiko sedang" on REG-051 and REG-026; the evaluation is prepared
  (the 2022 report is not the evaluation's). The Full Powers were recorded as not needed:
  REG-021 ticked "MoU ditandatangani setelah Surat Kuasa terbit", read as issued; it now says
  "Tidak berlaku: … dicatat tidak diperlukan; simpan dasar tertulisnya", as REG-012 does.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import paracheck
from paracheck.report.advice import advice
from paracheck.report.messages import in_words
from tests.held_out import assert_partner_never_acts, assert_verdict_and_grounds, assessed

DATA = Path(__file__).parent / "data"
BATAM = DATA / "holdout45-batam-johor-2026.yaml"
SULUT = DATA / "holdout45-sulut-davao-2026.yaml"
BANDUNG = DATA / "holdout45-bandung-braunschweig-2026.yaml"


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (
            BATAM,
            "high_risk",
            {"REG-042", "TOC-003", "HR-005", "BUD-005", "TOC-008"},
            {"GOV-007", "NRG-001", "NRG-002", "IMP-006", "TOC-007", "HR-002", "REG-013"},
        ),
        (
            SULUT,
            "high_risk",
            {"IMP-006", "IMP-004", "IMP-005", "GOV-021", "GOV-002", "BUD-003", "BUD-004"}
            | {"TOC-002", "HR-003"},
            {"TOC-001", "REG-026", "REG-051", "GOV-001", "TOC-003"},
        ),
        (
            BANDUNG,
            "medium_risk",
            {"REG-051", "REG-026", "GOV-021"},
            {"REG-012", "REG-021", "TOC-011", "TOC-012", "TOC-015", "BUD-003", "HR-002"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    assert_verdict_and_grounds(path, verdict, risks, not_risks)


def test_a_saran_list_mixing_severities_says_how_many_of_each() -> None:
    a = assessed(BATAM)
    severity = {c.rule_id: c.severity for c in a.checks}
    assert (severity["REG-042"], severity["HR-005"], severity["TOC-003"]) == (
        "high",
        "medium",
        "high",
    )
    first = advice(a, "id")[0]
    # the plan's pair, one of each severity, then the condition's high risk
    assert "menindaklanjuti dua risiko (satu tinggi dan satu sedang), yaitu " in first
    assert first.index("(REG-042)") < first.index("(HR-005)") < first.index("dengan syarat")
    assert "dengan syarat satu risiko tinggi, yaitu " in first
    assert "two risks (one high and one medium), namely " in advice(a, "en")[0]


def test_every_mixed_list_of_the_saran_counts_its_severities_right() -> None:
    """Wherever the Saran of the three files says "N risiko (…)", the split adds up to N and
    matches the severities of the codes it names, up to its next closing stop or condition."""
    words = {in_words(n, "id"): n for n in range(1, 20)}
    seen = 0
    for path in (BATAM, SULUT, BANDUNG):
        a = assessed(path)
        severity = {c.rule_id: c.severity for c in a.checks}
        label = {"tinggi": "high", "sedang": "medium", "rendah": "low", "penghambat": "blocker"}
        for sentence in advice(a, "id"):
            for head, split, rest in _mixed(sentence):
                seen += 1
                counts = {label[s]: words[n] for n, s in (part.split(" ") for part in split)}
                assert sum(counts.values()) == words[head]
                named = re.findall(r"\(([A-Z]{2,3}-\d{3})\)", rest)[: words[head]]
                if len(named) == words[head]:
                    assert {s: sum(severity[r] == s for r in named) for s in counts} == counts
    assert seen >= 1


def _mixed(sentence: str) -> list[tuple[str, list[str], str]]:
    """Each "N risiko (a X dan b Y), yaitu …" of a sentence: N, the parts, and what follows."""
    out = []
    for m in re.finditer(r"(\w+) risiko \(([^)]*)\)", sentence):
        parts = re.split(r", dan |, | dan ", m.group(2))
        out.append((m.group(1), parts, sentence[m.end() :]))
    return out


def test_full_powers_recorded_as_not_needed_are_not_ticked_as_issued() -> None:
    a = assessed(BANDUNG)
    by_rule = {c.rule_id: c for c in a.checks}
    for rule in ("REG-012", "REG-021"):
        assert by_rule[rule].status == "clear" and by_rule[rule].not_applicable is not None
        assert "dicatat tidak diperlukan" in by_rule[rule].not_applicable.id
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert "☑ REG-021 " not in memo and "/ REG-021 " in memo


def test_a_lapsed_mou_with_an_old_report_has_its_evaluation_prepared() -> None:
    a = assessed(BANDUNG)
    saran = advice(a, "id")
    assert saran[0].startswith("Masa berlaku MoU telah berakhir pada 1 Maret 2024, tetapi ")
    assert "Dinas Pendidikan Kota Bandung ditugaskan segera memastikan" in saran[0]
    assert saran[1].startswith("Bagian Kerja Sama ditugaskan menyiapkan evaluasi kerja sama")
    assert "10 Mei 2022" not in " ".join(saran)


def test_a_decaying_partnership_assigns_each_sector_to_its_agency() -> None:
    a = assessed(SULUT)
    plan = " ".join(paracheck.render(a, "text", "id").split()).split("RENCANA TINDAK LANJUT")[1]
    plan = plan.split("SARAN")[0]
    # the stalled promotion is the fisheries office's to reschedule or cancel, the silent
    # joint working group the cooperation bureau's to convene
    assert (
        "Dinas Kelautan dan Perikanan Provinsi Sulawesi Utara (bersama mitra): Jadwalkan ulang"
        in plan
    )
    assert "Biro Kerja Sama (bersama mitra): Jadwalkan sidang kelompok kerja bersama" in plan


@pytest.mark.parametrize("path", [BATAM, SULUT, BANDUNG])
def test_the_partner_never_acts(path: Path) -> None:
    assert_partner_never_acts(path)
