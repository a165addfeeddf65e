"""The Saran's decision goes to the first procedure step not known to be done, not past a step
the file leaves out or gives as unknown (trial 27, W1): a 2026 plan-stage file listing the LoI
signed, no cooperation plan and the DPRD's approval pending was told "Usulan dapat diteruskan ke
persetujuan DPRD …" while the same memo's next steps began with the plan and REG-048 said it
was missing. Under Permendagri 25/2020 the order is LoI → rencana kerja sama → persetujuan
DPRD, and the DPRD approves the plan; under Permendagri 3/2008 the plan precedes the DPRD's
approval too. A step left out is unknown, not done. A later step only pending takes nothing
past it; one done too early and sent back (REG-024: the DPRD's approval before the LoI) does
not either."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.facts.model import Proposal
from paracheck.report import view
from paracheck.report.advice import _decision

#: a 2012 proposal (Permendagri 3/2008) and a 2026 one (PP 28/2018, Permendagri 25/2020)
REGIMES = {
    "permendagri-3-2008": ("2012-06-15", "2012-03-01", "2012-02-01"),
    "pp28-2018": ("2026-03-02", "2025-11-10", "2025-10-01"),
}


def _assess(pack: str, procedure: list[dict[str, Any]], source: str | None = None):
    day = REGIMES[pack][0]
    data: dict[str, Any] = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Uji",
        "date": day,
        "stage": "proposal",
        "form": "sister_city",
        "local": {"name": "Kabupaten Uji", "level": "regency"},
        "partner": {"name": "City of X", "country": "AU", "level": "city"},
        "procedure": copy.deepcopy(procedure),
    }
    a = paracheck.assess(Proposal.model_validate(data))
    assert a.pack.name == pack
    if source is not None:
        a = a.model_copy(update={"proposal": a.proposal.model_copy(update={"source": source})})
    return a


def _steps(pack: str, plan: str | None, dprd: str = "pending") -> list[dict[str, Any]]:
    """The steps up to the LoI done, the plan with status ``plan`` (None: not listed), the DPRD's
    approval with status ``dprd`` (done: dated before the LoI, as in the trial's web file)."""
    _, loi_day, dprd_day = REGIMES[pack]
    steps: list[dict[str, Any]] = [{"step": "initiative", "status": "done"}]
    if pack == "permendagri-3-2008":  # whose steps begin with the exploration
        steps = []
    steps += [
        {"step": "exploration", "status": "done"},
        {"step": "letter_of_intent", "status": "done", "date": loi_day},
    ]
    if plan is not None:
        steps.append({"step": "cooperation_plan", "status": plan})
    dprd_entry: dict[str, Any] = {"step": "dprd_approval", "status": dprd}
    if dprd == "done":
        dprd_entry["date"] = dprd_day
    steps.append(dprd_entry)
    return steps


def _goes_to(said: str, lang: str) -> str:
    lead = "Usulan dapat diteruskan ke " if lang == "id" else "The proposal may go on to "
    assert said.startswith(lead), said
    return said[len(lead) :]


@pytest.mark.parametrize("pack", sorted(REGIMES))
@pytest.mark.parametrize("plan", [None, "unknown"])
@pytest.mark.parametrize("dprd", ["pending", "done"])
def test_a_plan_left_out_or_unknown_is_the_step_the_proposal_goes_on_to(pack, plan, dprd):
    a = _assess(pack, _steps(pack, plan, dprd))
    for lang in ("id", "en"):
        rest = _goes_to(_decision(a, lang, False), lang)
        assert rest.startswith(view.step_phrase("cooperation_plan", lang) + " ("), rest
        assert not rest.startswith(view.step_phrase("dprd_approval", lang)), rest
    # the same step as the memo's "Langkah prosedur berikutnya" puts first
    first_listed = view._listed_steps(a)[0][0].step
    assert first_listed == "cooperation_plan"


@pytest.mark.parametrize("pack", sorted(REGIMES))
def test_a_plan_left_out_is_said_to_be_unlisted_one_unknown_unknown_one_pending_plainly(pack):
    unlisted = _decision(_assess(pack, _steps(pack, None)), "id", False)
    assert "langkah ini tidak tercantum dalam berkas" in unlisted, unlisted
    assert "cantumkan statusnya dan tanggalnya" in unlisted, unlisted
    unknown = _decision(_assess(pack, _steps(pack, "unknown")), "id", False)
    assert "statusnya belum diketahui dari berkas" in unknown, unknown
    assert "tidak tercantum" not in unknown, unknown
    english = _decision(_assess(pack, _steps(pack, None)), "en", False)
    assert "the file does not list this step" in english, english
    # a plan listed as pending is the step ahead, named without a remark on its record
    pending = _goes_to(_decision(_assess(pack, _steps(pack, "pending")), "id", False), "id")
    step = view.step_phrase("cooperation_plan", "id")
    assert pending.startswith(step) and not pending.startswith(step + " ("), pending


def test_a_step_left_out_of_a_form_is_not_said_to_be_missing_from_a_file():
    a = _assess("pp28-2018", _steps("pp28-2018", None), source="formulir")
    said = _decision(a, "id", False)
    assert "berkas" not in said, said
    assert "langkah ini tidak diisi pada formulir" in said, said


@pytest.mark.parametrize("pack", sorted(REGIMES))
def test_the_unknown_plan_the_proposal_goes_on_to_is_not_also_to_be_confirmed_first(pack):
    """The decision names the plan of unknown status as the step ahead; the Saran does not
    also ask for it to be confirmed "sebelum usulan diteruskan", as if passed over."""
    from paracheck.report.advice import _to_confirm

    a = _assess(pack, _steps(pack, "unknown"))
    assert _to_confirm(a, "id", False) == []


def test_a_step_to_confirm_on_a_form_is_not_said_to_be_unknown_from_a_file():
    """The steps a form leaves of unknown status are confirmed from the form's entries, not
    "belum diketahui dari berkas" (trial 27, C3: "berkas" said where there is no file)."""
    from paracheck.report.advice import _to_confirm

    steps = _steps("pp28-2018", "pending", "in_progress")
    steps[1]["status"] = "unknown"  # the exploration, passed over: the DPRD is under way
    a = _assess("pp28-2018", steps, source="formulir")
    (said,) = _to_confirm(a, "id", False)
    assert "belum diketahui dari isian formulir" in said and "berkas" not in said, said
    (said,) = _to_confirm(a, "en", False)
    assert said.startswith("The form does not give the status"), said
    on_file = _assess("pp28-2018", steps)
    assert "belum diketahui dari berkas" in _to_confirm(on_file, "id", False)[0]


def test_a_step_the_regime_does_not_have_does_not_make_the_next_one_left_out():
    """Held-out 38: a 2019 file (Permendagri 3/2008, whose procedure starts at the
    exploration) recording the initiative done and the exploration under way was told the
    letter of intent "tidak tercantum dalam berkas": the initiative, not a step of that
    regime, is shown after the regime's steps and was read as a later step taken. A step of
    the regime recorded later still makes the one left out a remark."""
    under_way = [
        {"step": "initiative", "status": "done"},
        {"step": "exploration", "status": "in_progress"},
    ]
    a = _assess("permendagri-3-2008", under_way)
    said = _decision(a, "id", False)
    assert "surat pernyataan kehendak (LoI)" in said
    assert "tidak tercantum dalam berkas" not in said
    went_on = [*under_way, {"step": "cooperation_plan", "status": "pending"}]
    assert "tidak tercantum dalam berkas" in _decision(
        _assess("permendagri-3-2008", went_on), "id", False
    )
