"""Held-out 39: three proposals written by the lead and judged on paper before paracheck ran on
them (expectations and reasons written first, in the session's notes). The tool agreed on the
three verdicts and on every finding expected, found three more that the lead accepts, and
asked one question badly, now mended.

- Pontianak – Kuching (city, sister-city proposal of May 2026, the letter of intent next):
  a hotel internship that places workers in Kuching from an area rated highly exposed to
  trafficking, with neither Imigrasi nor Polri overseeing it (TOC-007, high): "Risiko
  tinggi". BNN is coordinated, so the narcotics check (TOC-003) is clear, with the residual
  risk of the Malaysian route kept (TOC-004, not expected, accepted). A tourism package with
  no money (BUD-006), programmes costing more than the APBD line with no other source
  (BUD-007), single-year money for three programmes (BUD-005), nobody trained (HR-004), no
  transfer of knowledge (REG-041); no business association involved in a trade and tourism
  cooperation (GOV-004, GOV-005, not expected, accepted). The lead expected no language finding:
  Malay is understood by Indonesian speakers, and the tool says so (HR-002 does not apply).
- Bantul – Ube (regency, sister city running since its MoU of March 2022, assessed in November
  2026, four months before the MoU ends): the decay the thesis describes: no money this year
  and nobody assigned (BUD-001, HR-001, high), half the sectors idle a year after the MoU
  (IMP-006, high, not expected, accepted), a stalled programme and sectors without activity
  (IMP-004, IMP-005), no report to Kemendagri (GOV-003), no monitoring plan (GOV-002), a joint
  committee that has not met since February 2023 (GOV-021), low absorption and a mid-year cut
  (BUD-003, BUD-004), a programme at Rp0 (BUD-006), no Japanese speaker and slow replies
  (HR-002, HR-003), pupils moved where trafficking is rated medium with nobody overseeing it
  (TOC-016): "Risiko tinggi", and the Saran's first item is the decision before the MoU ends.
- Sumatera Barat – Negeri Sembilan (province, sister province signed in June 2025, the
  implementing agreement next): a clean file, "Risiko rendah", the Saran going on to the PKS,
  the Biro Kerja Sama acting. The lead wrote the Malaysian state's level as a province, which
  Malaysia does not have: REG-002 rightly asks, but its question offered "provinsi" among the
  levels to choose and never said which levels Malaysia has; it now names the level as written
  and the country's own levels on each Indonesian tier (a state like a province; a city,
  municipality or district like a regency or city).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import paracheck

DATA = Path(__file__).parent / "data"
PONTIANAK = DATA / "holdout39-pontianak-kuching-2026.yaml"
BANTUL = DATA / "holdout39-bantul-ube-2026.yaml"
SUMBAR = DATA / "holdout39-sumbar-negerisembilan-2025.yaml"


def _assessed(path: Path) -> Any:
    return paracheck.assess(paracheck.load_proposal(str(path)))


@pytest.mark.parametrize(
    ("path", "verdict", "risks", "not_risks"),
    [
        (
            PONTIANAK,
            "high_risk",
            {"TOC-007", "BUD-006", "BUD-007", "BUD-005", "HR-004", "REG-041", "TOC-004"}
            | {"GOV-004", "GOV-005"},
            {"TOC-003", "HR-001", "HR-002", "HR-003", "NRG-001", "NRG-002", "NRG-003"}
            | {"REG-001", "REG-002", "REG-030", "BUD-001", "BUD-003", "BUD-004"},
        ),
        (
            BANTUL,
            "high_risk",
            {"BUD-001", "HR-001", "IMP-006", "IMP-004", "IMP-005", "GOV-003", "GOV-002"}
            | {"GOV-021", "BUD-003", "BUD-004", "BUD-006", "HR-002", "HR-003", "TOC-016"},
            {"HR-004", "REG-010", "REG-011", "REG-020", "REG-023", "REG-026", "GOV-001"}
            | {"GOV-004", "NRG-001", "TOC-007", "REG-051"},
        ),
        (
            SUMBAR,
            "low_risk",
            set(),
            {"HR-002", "BUD-001", "BUD-005", "BUD-006", "BUD-007", "TOC-011", "TOC-016"}
            | {"GOV-003", "IMP-007", "REG-041", "REG-032", "REG-044", "REG-049"},
        ),
    ],
)
def test_the_verdict_and_its_grounds_are_those_expected_before_running(
    path: Path, verdict: str, risks: set[str], not_risks: set[str]
) -> None:
    a = _assessed(path)
    assert a.verdict == verdict
    status = {c.rule_id: c.status for c in a.checks}
    assert {r for r in risks if status[r] == "risk"} == risks
    assert {r for r in not_risks if status[r] != "risk"} == not_risks


def test_a_malaysian_partners_language_is_not_asked_of_indonesian_speakers() -> None:
    a = _assessed(PONTIANAK)
    hr002 = next(c for c in a.checks if c.rule_id == "HR-002")
    assert hr002.not_applicable is not None
    assert "bahasa Melayu" in hr002.not_applicable.get("id")


def test_a_level_the_partners_country_does_not_have_is_asked_with_the_levels_it_has() -> None:
    a = _assessed(SUMBAR)
    reg002 = next(c for c in a.checks if c.rule_id == "REG-002")
    assert reg002.status == "unknown"
    asked = next(q for q in a.questions if q.path == "partner.level")
    said = asked.text.get("id")
    assert "«provinsi»" in said and "Malaysia" in said
    assert "yang setingkat provinsi: negara bagian;" in said
    assert "misalnya provinsi" not in said
    assert "like a province: state;" in asked.text.get("en")


def test_the_next_step_of_the_proposal_is_the_letter_of_intent() -> None:
    memo = paracheck.render(_assessed(PONTIANAK), "text", "id")
    first = " ".join(memo.split("Saran (butir 1):")[1].split("RISIKO UTAMA")[0].split())
    assert first.startswith("Usulan dapat diteruskan ke penyusunan dan penandatanganan surat")
    assert "(LoI)" in first and "TOC-007" in first


def test_a_running_partnership_near_its_end_is_told_to_decide_first() -> None:
    memo = paracheck.render(_assessed(BANTUL), "text", "id")
    first = " ".join(memo.split("Saran (butir 1):")[1].split("RISIKO UTAMA")[0].split())
    assert first.startswith("Masa berlaku MoU berakhir pada 14 Maret 2027")
    assert "Bupati" in first and "evaluasi" in first


@pytest.mark.parametrize(
    ("path", "partner", "unit"),
    [
        (PONTIANAK, ("Kuching",), "Bagian Kerja Sama"),
        (BANTUL, ("Ube", "Jepang"), "Bagian Kerja Sama"),
        (SUMBAR, ("Negeri Sembilan", "Malaysia"), "Biro Kerja Sama"),
    ],
)
def test_the_memo_names_the_regions_own_office_and_never_the_partner_as_actor(
    path: Path, partner: tuple[str, ...], unit: str
) -> None:
    """A regency's or city's cooperation unit is a Bagian, a province's a Biro; a file with
    no action names its unit in the Saran."""
    memo = paracheck.render(_assessed(path), "text", "id")
    plan = memo.split("RENCANA TINDAK LANJUT PER TAHAP")[1].split("\nSARAN\n")[0]
    saran = memo.split("\nSARAN\n")[1].split("Lampiran")[0]
    actors = [line.split(":")[0] for line in plan.splitlines() if line.strip().startswith("→")]
    other = "Biro" if unit.startswith("Bagian") else "Bagian"
    assert any(unit in a for a in actors) or unit in saran
    assert not [a for a in actors if other in a] and other not in saran
    assert not [a for a in actors if any(p in a for p in partner)]
