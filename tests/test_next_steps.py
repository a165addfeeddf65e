"""A proposal's memo says the way forward: the procedure steps still ahead, in the regime's
order, with the stage each is due by. Before, only the annex's table showed them and the
action plan spoke of risks alone (newcomer trial, 2026-11-30)."""

from __future__ import annotations

import pytest

import paracheck
from paracheck.report import view


def _proposal(kind: str | None = None, stage: str = "proposal", **extra) -> dict:
    partner = {"name": "Cheongsong-gun", "country": "KR", "level": "county"}
    if kind:
        partner["kind"] = kind
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kabupaten kembar",
        "date": "2026-10-01",
        "stage": stage,
        "form": "sister_city",
        "local": {"name": "Kabupaten Karo", "level": "regency"},
        "partner": partner,
        "procedure": [
            {"step": "initiative", "status": "done", "date": "2026-02-01"},
            {"step": "exploration", "status": "done", "date": "2026-04-01"},
            {"step": "letter_of_intent", "status": "in_progress"},
            {"step": "dprd_approval", "status": "pending"},
        ],
        **extra,
    }


def _steps(groups: list[tuple[str, list[str]]]) -> list[str]:
    return [step for _, steps in groups for step in steps]


def test_a_proposal_lists_the_steps_ahead_in_order_under_the_stage_they_are_due():
    a = paracheck.assess(_proposal())
    groups = view.next_steps(a, "id")
    # each stage said once, as the heading of its steps, the signing among them: "wajib
    # selesai paling lambat tahap MoU ditandatangani" after every step, the signing's own
    # included, was said eight times and went in a circle (wording review)
    headings = [due for due, _ in groups]
    assert headings == [
        "Wajib sebelum MoU ditandatangani",
        "Wajib saat kerja sama berjalan",
        "Wajib pada tahap evaluasi",
    ]
    up_to_signing = groups[0][1]
    assert up_to_signing[0] == "Surat pernyataan kehendak (LoI): sedang berjalan"
    assert up_to_signing[-1] == "Penandatanganan MoU"
    steps = _steps(groups)
    assert not any("tahap" in step or "ditandatangani" in step for step in steps)
    named = [s.split(":")[0] for s in steps]
    assert named.index("Persetujuan DPRD") < named.index("Penandatanganan MoU")
    assert "Prakarsa" not in named and "Penjajakan" not in named  # done already
    pack_order = [p.step for p in a.procedure]
    shown = [p.step for p in a.procedure if paracheck.value_label("step", p.step, "id") in named]
    assert shown == [s for s in pack_order if s in shown]


def test_a_foreign_university_is_not_told_full_powers_lie_ahead():
    regional = _steps(view.next_steps(paracheck.assess(_proposal()), "en"))
    institution = _steps(view.next_steps(paracheck.assess(_proposal(kind="institution")), "en"))
    assert any(s.startswith("Full powers") for s in regional)
    assert not any(s.startswith("Full powers") for s in institution)


def test_a_signed_partnership_memo_has_no_next_steps_section():
    signed = _proposal(stage="mou_signed")
    signed["procedure"].append({"step": "signing", "status": "done", "date": "2026-09-01"})
    a = paracheck.assess(signed)
    assert view.next_steps(a, "id") == []
    assert "Langkah prosedur berikutnya" not in paracheck.render(a, "markdown", "id")


@pytest.mark.parametrize(
    ("fmt", "lang", "heading"),
    [
        ("markdown", "id", "## Langkah prosedur berikutnya"),
        ("text", "en", "NEXT PROCEDURE STEPS"),
        ("html", "id", "<h2>Langkah prosedur berikutnya</h2>"),
    ],
)
def test_every_memo_format_shows_the_next_steps(fmt, lang, heading):
    out = paracheck.render(paracheck.assess(_proposal()), fmt, lang)
    assert heading in out


@pytest.mark.parametrize("fmt", ["markdown", "text", "html"])
def test_a_blocked_proposal_lists_no_steps_and_says_they_wait_for_the_blockers(fmt):
    """A partner in Taiwan: REG-001 says stop, and the memo listed the LoI, the DPRD … as the
    way forward without a word of the blocker (wording review); then "once the blocker is
    dealt with" above DPRD approval, Full Powers and the signing, a route no longer open
    (newcomer trial 12). The steps depend on how the blocker is dealt with."""
    blocked = paracheck.assess(_proposal(partner={"name": "Taichung", "country": "TW"}))
    assert blocked.verdict == "blocked"
    out = paracheck.render(blocked, fmt, "id")
    assert "Ditunda sampai penghambat ditangani" in out
    for step in ("Persetujuan DPRD", "Surat Kuasa", "Penandatanganan MoU"):
        memo = out.split("Ditunda sampai penghambat ditangani")[1][:400]
        assert step not in memo, step
    open_way = paracheck.render(paracheck.assess(_proposal()), fmt, "id")
    assert "Persetujuan DPRD" in open_way
    assert "Ditunda sampai penghambat ditangani" not in open_way
