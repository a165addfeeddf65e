"""What the Saran and the questions say of the procedure follows the procedure itself: the steps
left before a signing are counted without the signing, a running partnership is reassessed as
a cooperation, not a proposal, and the questions on steps asked at the same point come in the
steps' order (Kemendagri trial 500 L1, L4; review 491 L5)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view
from paracheck.report.advice import advice

DATA = Path(__file__).parent / "data"


def _assessed(name: str) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(DATA / name)))


def test_the_steps_left_before_the_signing_do_not_count_the_signing():
    """One step (the central approval, in progress) is left before the signing: the Saran
    said "dua langkah wajib masih harus diselesaikan", the signing itself the second."""
    a = _assessed("kemendagri500-lumajang-obihiro-2026.yaml")
    said = " ".join(advice(a, "id"))
    assert "setelah persetujuan pemerintah pusat selesai" in said
    assert "dua langkah wajib masih harus diselesaikan" not in said
    assert "two required steps" not in " ".join(advice(a, "en")).lower()


def test_a_running_partnership_is_reassessed_as_a_cooperation():
    a = _assessed("review491-running-partnership-2024.yaml")
    assert a.proposal.stage == "active"
    said = {lang: advice(a, lang) for lang in ("id", "en")}
    assert said["id"][-1] == "Kerja sama dinilai ulang bila datanya berubah."
    assert said["en"][-1] == "Assess the cooperation again if its facts change."


def test_questions_on_steps_asked_together_follow_the_procedure_order():
    """The DPRD's approval comes before the central government's: its question is asked
    first, where both are of unknown status and of the same weight."""
    a = _assessed("kemendagri500-kupang-palmerston-2025.yaml")
    for lang in ("id", "en"):
        texts = [str(group["text"]) for group in view.question_groups(a, lang)]
        dprd = next(i for i, t in enumerate(texts) if "DPRD" in t)
        central = next(
            i for i, t in enumerate(texts) if ("pemerintah pusat" in t or "central" in t)
        )
        assert dprd < central, texts
