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
    # the reporting owed regularly while the partnership runs is listed there, its final
    # report said in its words (review 310, 8), not under "Wajib pada tahap evaluasi"
    assert headings == ["Wajib sampai MoU ditandatangani", "Wajib saat kerja sama berjalan"]
    assert groups[1][1][-1] == (
        "Pelaporan (berkala selama kerja sama berjalan; laporan akhir saat evaluasi)"
    )
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
    # in 2019: Full Powers are a step of Permendagri 3/2008 as practised (trial29 M2)
    in_2019 = {"date": "2019-10-01", "procedure": []}
    regional = _steps(view.next_steps(paracheck.assess(_proposal(**in_2019)), "en"))
    university = _proposal(kind="institution", **in_2019)
    institution = _steps(view.next_steps(paracheck.assess(university), "en"))
    assert any(s.startswith("Full powers") for s in regional)
    assert not any(s.startswith("Full powers") for s in institution)


def test_a_proposal_under_permendagri_25_2020_is_not_told_full_powers_lie_ahead():
    # its order of steps has none; UU 24/2000 Pasal 1(3) only defines them (trial29 M2)
    regional = _steps(view.next_steps(paracheck.assess(_proposal()), "en"))
    assert not any(s.startswith("Full powers") for s in regional)


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
    # a blocker the region can remove (a representative office abroad): the steps wait
    blocked = paracheck.assess(_proposal(basis={"representative_office_abroad": True}))
    assert blocked.verdict == "blocked"
    out = paracheck.render(blocked, fmt, "id")
    assert "Ditunda sampai penghambat ditangani" in out
    for step in ("Persetujuan DPRD", "Surat Kuasa", "Penandatanganan MoU"):
        memo = out.split("Ditunda sampai penghambat ditangani")[1][:400]
        assert step not in memo, step
    # one it cannot (no diplomatic relations): no step follows with this partner (trial18 #1)
    taiwan = paracheck.assess(_proposal(partner={"name": "Taichung", "country": "TW"}))
    out = " ".join(paracheck.render(taiwan, fmt, "id").split())
    said = "Tidak ada langkah prosedur berikutnya dengan mitra ini"
    assert said in out and "Ditunda sampai penghambat ditangani" not in out
    for step in ("Persetujuan DPRD", "Surat Kuasa", "Penandatanganan MoU"):
        assert step not in out.split(said)[1][:400], step
    open_way = paracheck.render(paracheck.assess(_proposal()), fmt, "id")
    assert "Persetujuan DPRD" in open_way
    assert "Ditunda sampai penghambat ditangani" not in open_way


# ------------------------------------------------- a step done too early is done again


def _dprd_before_loi(stage: str = "proposal") -> dict:
    data = _proposal(kind="regional_government", stage=stage)
    data["procedure"] = [
        {"step": "initiative", "status": "done", "date": "2026-01-10"},
        {"step": "exploration", "status": "done", "date": "2026-03-01"},
        {"step": "letter_of_intent", "status": "in_progress"},
        {"step": "cooperation_plan", "status": "pending"},
        {"step": "dprd_approval", "status": "done", "date": "2026-06-20"},
    ]
    return data


def test_a_dprd_approval_given_before_the_letter_of_intent_is_listed_again_after_it():
    """Newcomer trial 14 (D9): REG-024's advice sent the file back to the DPRD once the LoI is
    signed, while the next steps had dropped the DPRD approval and the plan headed
    "Persetujuan" as a stage already passed."""
    a = paracheck.assess(paracheck.Proposal.model_validate(_dprd_before_loi()))
    assert {"REG-024", "REG-048"} <= {c.rule_id for c in a.checks if c.status == "risk"}
    steps = _steps(view.next_steps(a, "id"))
    again = (
        "Persetujuan DPRD diulang, sesudah surat pernyataan kehendak (LoI) dan rencana kerja sama"
    )
    assert again in steps
    assert steps.index(again) > steps.index("Rencana kerja sama: belum dilakukan")
    assert steps.index(again) < steps.index("Verifikasi rencana kerja sama")
    english = _steps(view.next_steps(a, "en"))
    assert "DPRD approval again, after the letter of intent and the cooperation plan" in english
    assert "approval" not in view.stages_passed(a)
    memo = paracheck.render(a, "text", "id", width=10_000)
    assert "Persetujuan — tahap sudah dilalui" not in memo


def test_verification_before_the_dprd_is_listed_again_after_the_dprd():
    data = _proposal(kind="regional_government")
    data["procedure"] = [
        {"step": "letter_of_intent", "status": "done", "date": "2026-02-01"},
        {"step": "cooperation_plan", "status": "done", "date": "2026-03-01"},
        {"step": "verification", "status": "done", "date": "2026-04-01"},
        {"step": "dprd_approval", "status": "in_progress"},
    ]
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert "REG-047" in {c.rule_id for c in a.checks if c.status == "risk"}
    steps = _steps(view.next_steps(a, "id"))
    assert "Verifikasi rencana kerja sama diulang, sesudah persetujuan DPRD" in steps


def test_a_step_done_in_order_is_not_listed_again():
    data = _dprd_before_loi()
    data["procedure"][2] = {"step": "letter_of_intent", "status": "done", "date": "2026-04-01"}
    data["procedure"][3] = {"step": "cooperation_plan", "status": "done", "date": "2026-05-01"}
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert not {"REG-024", "REG-048"} & {c.rule_id for c in a.checks if c.status == "risk"}
    assert view.steps_to_redo(a) == {}
    assert not [s for s in _steps(view.next_steps(a, "id")) if " diulang, sesudah " in s]
    assert "approval" in view.stages_passed(a)


def test_an_accepted_order_finding_sends_no_step_back():
    data = _dprd_before_loi()
    data["accepted_risks"] = [
        {
            "rule": rule,
            "reason": "DPRD sudah mengukuhkan ulang",
            "accepted_by": "Kepala Biro",
            "until": "2027-06-30",
        }
        for rule in ("REG-024", "REG-048")
    ]
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert {"REG-024", "REG-048"} <= {c.rule_id for c in a.checks if c.status == "accepted"}
    assert view.steps_to_redo(a) == {}


def test_a_pack_whose_redo_names_a_step_its_condition_does_not_read_is_refused(tmp_path):
    from pathlib import Path

    import yaml

    from paracheck.errors import PackError
    from paracheck.rules.loader import load_pack

    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    data["rules"][0]["redoes"] = {"step": "dprd_approval", "after": "letter_of_intent"}
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    said = str(caught.value)
    assert "BUD-001.redoes.step" in said and "BUD-001.redoes.after" in said
