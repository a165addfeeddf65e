"""The procedure table, the next steps and the checks date a step alike (attack 390, time).

- H1: a step still pending or in progress is not taken: its date is a plan or the day it
  began. A signing planned in 2019 and never held put a 2023 proposal under Permendagri
  3/2008 — the central approval and the verification "Wajib: tidak", missing from the next
  steps, the DPRD told its basis was the revoked regulation.
- H3: a step up to a recorded signing is owed by the rules of the signing's day, as the rules
  on it judge it (dated by the signing). The table dated the central approval of an MoU
  signed in August 2020 by a Full Powers of May 2020 ("Wajib: tidak", no hint) beside REG-011's
  finding that it was missing; the LoI of an MoU signed in August 2008 by a plan of 2007,
  beside REG-013's finding. The initiative and the verification, whose rules are dated by
  their own dates (held-out 49), keep theirs.
- H4: the Full Powers issued before the 2008 consultation stay a finding when the date judged
  passes 22 May 2020 (REG-057 of the later pack, as REG-050 and REG-052 carry the
  consultation); the 2015 MoU read "Belum lengkap", no finding, judged a day later.
- M6: a last activity after the date judged is said "sesudah tanggal penilaian".
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data"
STALE = DATA / "attack390-stale-planned-signing-2019-judged-2023.yaml"
STRADDLE = DATA / "attack390-straddle-begun-2019-signed-2020.yaml"
STRADDLE_2008 = DATA / "attack390-straddle-begun-2007-signed-2008-no-loi.yaml"
FULL_POWERS_FIRST = DATA / "attack390-fp-before-consultation-2015.yaml"
AFTER_AS_OF = DATA / "attack390-last-activity-after-asof.yaml"


def _data(path: Path) -> dict[str, Any]:
    return copy.deepcopy(yaml.safe_load(path.read_text(encoding="utf-8")))


def _assess(data: dict[str, Any], **kw: Any) -> paracheck.Assessment:
    return paracheck.assess(data, source="time.yaml", **kw)


def _rows(a: paracheck.Assessment) -> dict[str, Any]:
    return {e.step: e for e in a.procedure}


def test_a_stale_planned_signing_does_not_put_a_proposal_under_a_revoked_regulation() -> None:
    a = _assess(_data(STALE))
    assert a.pack.name == "pp28-2018"
    rows = _rows(a)
    for step in ("central_approval", "verification"):
        assert rows[step].due_from == "mou_signed", step
    assert "ministry_consultation" not in rows
    brief = " ".join(line for _, line in view.brief(a, "id"))
    assert "Permendagri 25/2020" in brief and "Permendagri 3/2008" not in brief


def test_the_same_proposal_with_its_plan_undated_reads_alike() -> None:
    dated = _assess(_data(STALE))
    undated_data = _data(STALE)
    for step in undated_data["procedure"]:
        if step["step"] == "signing":
            step.pop("date", None)
    undated = _assess(undated_data)
    # the procedure's checks alike (the ones counting time since a signing read its date as
    # written, and ask it)
    assert {c.rule_id: c.status for c in dated.checks if c.rule_id.startswith("REG-")} == {
        c.rule_id: c.status for c in undated.checks if c.rule_id.startswith("REG-")
    }
    assert [(e.step, e.required, e.due_from) for e in dated.procedure] == [
        (e.step, e.required, e.due_from) for e in undated.procedure
    ]


def test_a_step_up_to_the_signing_is_owed_by_the_signings_rules_in_the_table_too() -> None:
    a = _assess(_data(STRADDLE))
    checks = {c.rule_id: c.status for c in a.checks}
    assert checks["REG-011"] == "risk"
    central = _rows(a)["central_approval"]
    assert central.required and central.status is None
    assert "central_approval" in paracheck.unlisted_steps(a)
    # the steps of the revoked regulation, done before a signing after it: not owed
    assert not _rows(a)["full_powers"].required
    assert not _rows(a)["ministry_consultation"].required


def test_a_step_of_another_regulation_does_not_change_what_the_table_owes() -> None:
    without = _data(STRADDLE)
    without["procedure"] = [s for s in without["procedure"] if s["step"] != "full_powers"]
    with_fp, without_fp = _rows(_assess(_data(STRADDLE))), _rows(_assess(without))
    assert with_fp["central_approval"].required == without_fp["central_approval"].required


def test_an_unlisted_letter_of_intent_of_a_2008_signing_is_owed_as_reg_013_finds() -> None:
    a = _assess(_data(STRADDLE_2008))
    assert {c.rule_id: c.status for c in a.checks}["REG-013"] == "risk"
    loi = _rows(a)["letter_of_intent"]
    assert loi.required and loi.status is None


def test_the_initiative_keeps_its_own_date_as_its_rule_does() -> None:
    # held-out 49's case: a 2019 process signed after May 2020 is not owed the initiative
    a = _assess(_data(STRADDLE))
    assert not _rows(a)["initiative"].required
    assert {c.rule_id: c.status for c in a.checks}["REG-018"] != "risk"


def test_full_powers_before_the_2008_consultation_stay_a_finding_after_may_2020() -> None:
    data = _data(FULL_POWERS_FIRST)
    before = _assess(data, as_of=dt.date(2020, 5, 21))
    after = _assess(data, as_of=dt.date(2020, 5, 22))
    assert before.pack.name == "permendagri-3-2008" and after.pack.name == "pp28-2018"
    assert {c.rule_id: c.status for c in before.checks}["REG-046"] == "risk"
    assert {c.rule_id: c.status for c in after.checks}["REG-057"] == "risk"
    assert before.verdict == after.verdict == "medium_risk"


def test_a_last_activity_after_the_date_judged_is_said_after_it() -> None:
    csv_id = paracheck.render(_assess(_data(AFTER_AS_OF)), "csv", "id")
    csv_en = paracheck.render(_assess(_data(AFTER_AS_OF)), "csv", "en")
    assert "3 bulan 5 hari sesudah tanggal penilaian" in csv_id
    assert "sebelum tanggal penilaian" not in csv_id.split("20 Desember 2023", 1)[1][:80]
    assert "3 months 5 days after the date judged" in csv_en


def test_a_signing_of_unknown_status_is_said_dated_not_done() -> None:
    # L4: "padahal langkah penandatanganan MoU tercatat selesai" of a signing listed unknown
    a = _assess(_data(DATA / "attack390-proposal-signing-unknown-dated.yaml"))
    (notice,) = [n for n in a.notices if n.code == "stage_behind_signing"]
    assert "diberi tanggal 1 Maret 2024, sedangkan statusnya tidak diketahui" in notice.text.id
    assert "tercatat selesai" not in notice.text.id
    assert "given the date March 1, 2024, its status unknown" in notice.text.en
