"""The action plan's heading for the stages already passed names them in the procedure's order:
exploration (penjajakan) before the planning that goes on until the signing.

Practitioner trial 32 C2: Bitung – Qinzhou (MoU signed) read "Perencanaan, penjajakan, dan
perjanjian — tahap sudah dilalui", out of the procedure's order.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data"


def test_the_passed_heading_puts_exploration_before_planning():
    proposal = paracheck.load_proposal(str(DATA / "trial32-bitung-qinzhou-2021.yaml"))
    # the partner's working language stated: the interpreter's action (HR-002, nobody speaks
    # Mandarin) is the exploration stage's (unstated, a signed MoU's file records it instead
    # while the partnership runs: held-out 42 F)
    data = proposal.model_dump(mode="json", exclude_none=True)
    data["partner"]["language"] = "zh"
    a = paracheck.assess(data, as_of=proposal.date)
    passed = view.stages_passed(a)
    assert {"exploration", "planning"} <= passed
    suffix = " — " + view.message("stage.passed", "id", stage="", n=2).split(" — ", 1)[1]
    (heading,) = [h for h, _ in view.action_plan(a, "id") if h.endswith(suffix)]
    names = heading.removesuffix(suffix)
    exploration, planning = (
        view.label("stage", s, "id").lower() for s in ("exploration", "planning")
    )
    assert names.lower().index(exploration) < names.lower().index(planning), heading
