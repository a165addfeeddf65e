"""Numbers the engine's JSON reader must always be able to read (issue 14, item 1 and 8).

durable_rules reads a number as ``-?digits(.digits([eE][+-]?digits)?)?``: an exponent is only
read after a decimal point. Python writes 0.00001 as ``1e-05``, which the reader misparses and
the process dies with a segfault; integers beyond 64 bits saturate and multiplying them
wraps. Every check runs in a child process, so a segfault is a failed test.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import paracheck
    from paracheck.facts.loader import load_proposal_bytes

    base = open("examples/ntb-zhejiang-2015.yaml", "rb").read()
    section, values = json.loads(sys.argv[1])
    proposal = load_proposal_bytes(base, "ntb.yaml")
    data = proposal.model_dump(mode="json", by_alias=True, exclude_none=True)
    data.setdefault(section, {}).update(values)
    result = paracheck.assess(data)
    print(json.dumps({c.rule_id: c.status for c in result.checks}))
    """
)


def run(section: str, values: dict[str, object]) -> dict[str, str]:
    import json

    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps([section, values])],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    "section, values, rule, status",
    [
        ("budget", {"realization_rate": 0.00001}, "BUD-003", "risk"),
        ("budget", {"realization_rate": 5e-05}, "BUD-003", "risk"),
        ("budget", {"realization_rate": 5e-324}, "BUD-003", "risk"),
        (
            "energy",
            {
                "reserve_margin_pct": -1e-05,
                "rolling_blackouts": False,
                "outage_hours_per_month": 1e-05,
            },
            "NRG-001",
            "risk",
        ),
        (
            "energy",
            {
                "reserve_margin_pct": 1e-05,
                "rolling_blackouts": False,
                "outage_hours_per_month": 1e-05,
            },
            "NRG-001",
            "clear",
        ),
        (
            "energy",
            {"reserve_margin_pct": -0.0, "rolling_blackouts": False, "outage_hours_per_month": 0.0},
            "NRG-001",
            "clear",
        ),
    ],
)
def test_floats_written_in_exponent_form_are_read_by_the_engine(section, values, rule, status):
    assert run(section, values)[rule] == status


def test_staff_near_two_to_the_62_does_not_wrap_when_doubled():
    # HR-005: more sectors than twice the dedicated staff. 2**62 staff, doubled, overflows a
    # 64-bit integer into a negative number, which made the rule a risk.
    assert run("human_resources", {"dedicated_staff": 2**62})["HR-005"] == "clear"


@pytest.mark.parametrize("money", [2**53 - 1, 2**53])
def test_the_largest_whole_rupiah_amounts_are_assessed(money):
    checks = run("budget", {"apbd_allocation_idr": money})
    assert checks  # an assessment came back: no crash, no wrap into a refusal


def test_an_amount_one_rupiah_above_the_allocation_at_the_largest_is_above():
    """Attack 470 H7: beyond 2**53 amounts reached the engine as doubles, and a programme
    budget one rupiah above the allocation was "not above" while the memo printed both
    figures; amounts stop at 2**53, which the engine compares exactly."""
    import paracheck

    most = 2**53
    programme = {"name": "P", "status": "planned", "budget_idr": most, "apbd_idr": most}
    proposal = {
        "schema": "paracheck/proposal/v1",
        "title": "Uji",
        "date": "2026-06-01",
        "stage": "proposal",
        "budget": {"apbd_allocation_idr": most - 1, "multi_year": False, "other_sources": []},
        "sectors": [{"name": "culture", "programs": [programme]}],
    }
    status = {c.rule_id: c.status for c in paracheck.assess(proposal).checks}
    assert status["BUD-007"] == "risk" and status["BUD-008"] == "risk"
    programme["budget_idr"] = programme["apbd_idr"] = most + 1
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.assess(proposal)
    assert "paling banyak 9007199254740992" in refused.value.problems[0].describe("id")
