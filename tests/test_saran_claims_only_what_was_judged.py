"""The Saran claims only what the checks judged, and every task it gives has an office
(wording review 18 A1, C18, C20): a file with 45 checks never judged was "dapat diteruskan …
pemeriksaan tidak menemukan risiko"; facts to correct and questions to answer were given to
nobody; an accepted risk and the date its acceptance ends were only in the annex."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

import paracheck
from paracheck.facts.loader import parse_proposal_data
from paracheck.facts.model import Proposal
from paracheck.report import render
from paracheck.report.advice import COOPERATION_UNITS, advice
from paracheck.report.messages import in_words

ROOT = Path(__file__).resolve().parents[1]


def _assess(**fields: object) -> paracheck.Assessment:
    proposal = Proposal.model_validate({"schema": "paracheck/proposal/v1", "title": "t", **fields})
    return paracheck.assess(proposal, as_of=proposal.date)


def _example_without(name: str, *keys: str) -> paracheck.Assessment:
    """An example with the lines holding ``keys`` left out (left unanswered)."""
    text = (ROOT / "examples" / f"{name}.yaml").read_text(encoding="utf-8")
    kept = "\n".join(
        line for line in text.splitlines() if not any(f"{key}:" in line for key in keys)
    )
    proposal = parse_proposal_data(yaml.safe_load(kept))
    return paracheck.assess(proposal, as_of=proposal.date)


def test_a_file_too_empty_to_judge_is_said_to_be_not_yet_judged_not_free_of_risk():
    a = _assess(date="2025-01-31")
    assert a.verdict == "incomplete"
    open_checks = list(a.worst_because)
    blockers = [c.rule_id for c in a.checks if c.rule_id in open_checks and c.severity == "blocker"]
    said = advice(a, "id")
    assert said[0].startswith("Usulan belum dapat dinilai:")
    assert f"{in_words(len(open_checks), 'id')} pemeriksaan belum dapat dinilai" in said[0]
    assert f"{in_words(len(blockers), 'id')} di antaranya" in said[0]
    assert f"({', '.join(blockers)})" in said[0]  # listed as the verdict line lists them
    # the unit that keeps the file completes it, and the proposal is judged again
    assert said[1].startswith(("Biro Kerja Sama", "Bagian Kerja Sama", "Biro/Bagian Kerja Sama"))
    assert "ditugaskan melengkapi data usulan" in said[1]
    for lang in ("id", "en"):
        words = " ".join(advice(a, lang))
        assert "tidak menemukan risiko" not in words and "found no risk" not in words
        assert "dapat diteruskan" not in words and "may go on" not in words


def test_a_running_partnership_too_empty_to_judge_is_completed_and_judged_again():
    a = _assess(date="2025-01-31", stage="active")
    assert a.verdict == "incomplete"
    said = advice(a, "id")
    assert said[0].startswith("Kerja sama belum dapat dinilai:")
    assert any("melengkapi data kerja sama" in s for s in said)


def test_nothing_found_beside_an_open_check_is_said_of_the_checks_that_could_be_judged():
    a = _example_without("well-prepared-2023", "response_days", "reserve_margin")
    assert a.verdict == "low_risk" and any(c.status == "unknown" for c in a.checks)
    assert not [c for c in a.checks if c.status == "risk"]
    said = advice(a, "id")
    assert said[0] == (
        "Kerja sama dapat dilanjutkan sesuai MoU: pemeriksaan yang dapat dinilai tidak "
        "menemukan risiko."
    )
    assert "the checks that could be judged found no risk" in advice(a, "en")[0]


def test_nothing_found_with_every_check_judged_is_still_said_plainly():
    a = paracheck.assess(
        paracheck.load_proposal(ROOT / "examples" / "well-prepared-2023.yaml"),
    )
    if any(c.status == "unknown" for c in a.checks):  # the example answers every check
        raise AssertionError("well-prepared-2023 has an open check")
    assert advice(a, "id")[0].endswith(": pemeriksaan tidak menemukan risiko.")


def test_facts_to_correct_and_questions_to_answer_are_given_to_the_cooperation_unit():
    # a date after the day judged: a fact to correct first
    a = _assess(
        date="2025-01-31",
        stage="active",
        procedure=[{"step": "signing", "status": "done", "date": "2025-06-01"}],
        local={"name": "Kota Contoh", "level": "city"},
    )
    said = advice(a, "id")
    fix = [s for s in said if "memperbaiki data" in s]
    assert fix, said
    assert fix[0].split(" ditugaskan ")[0] in COOPERATION_UNITS
    for s in said:  # no task said without the office that does it
        assert "diperbaiki lebih dulu" not in s
        assert not s.startswith("Pertanyaan yang terkait")
        assert "dijawab lebih dulu" not in s


def test_an_accepted_risk_its_official_and_its_end_date_are_in_the_saran():
    a = _assess(
        date="2025-01-31",
        human_resources={"dedicated_staff": 0},
        accepted_risks=[
            {
                "rule": "HR-001",
                "reason": "Staf ditugaskan setelah persetujuan DPRD",
                "accepted_by": "Sekretaris Daerah Kota Contoh",
                "until": "2025-12-31",
            }
        ],
    )
    assert {c.rule_id: c.status for c in a.checks}["HR-001"] == "accepted"
    # the risk in words with its code (held-out 63: "Risiko HR-001 diterima …" named a code)
    expected = (
        "Satu risiko, yaitu tidak ada staf yang khusus menangani kerja sama (HR-001), diterima "
        "oleh Sekretaris Daerah Kota Contoh sampai 31 Desember 2025; penerimaannya ditinjau "
        "kembali sebelum tanggal itu."
    )
    assert expected in advice(a, "id")
    assert "Recommendation" in render(a, "markdown", "en")
    assert any("until December 31, 2025" in s for s in advice(a, "en"))


def test_a_lapsed_acceptance_is_not_named_as_accepted_in_the_saran():
    a = _assess(
        date="2025-01-31",
        human_resources={"dedicated_staff": 0},
        accepted_risks=[
            {
                "rule": "HR-001",
                "reason": "r",
                "accepted_by": "Sekretaris Daerah",
                "until": str(dt.date(2024, 12, 31)),
            }
        ],
    )
    assert {c.rule_id: c.status for c in a.checks}["HR-001"] == "risk"
    assert not any("diterima oleh" in s for s in advice(a, "id"))
