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


@pytest.mark.parametrize("money", [2**63 - 1, 2**63, 2**64 + 1, 10**40])
def test_huge_whole_rupiah_amounts_are_assessed(money):
    checks = run("budget", {"apbd_allocation_idr": money})
    assert checks  # an assessment came back: no crash, no wrap into a refusal
