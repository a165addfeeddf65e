"""The Saran does not send a proposal on "setelah … verifikasi rencana kerja sama selesai"
where the verification was asked for before the DPRD approved the plan (wording review 462
M1): REG-060 says that verification may have to be redone, so the step to wait for is the
confirmation that its result holds for the plan the DPRD approves. A verification asked for
after the DPRD's approval is waited for as before."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.report.advice import advice

FILE = Path(__file__).parent / "data" / "dprd462-verification-before-dprd-2025.yaml"
CONFIRM = {
    "id": "penegasan bahwa hasil verifikasi rencana kerja sama berlaku untuk rencana yang "
    "disetujui DPRD selesai",
    "en": "the confirmation that the verification's result holds for the plan the DPRD "
    "approves are complete",
}
WAIT = {"id": "verifikasi rencana kerja sama selesai", "en": "verification of the cooperation plan"}


def _first(data: dict, lang: str) -> tuple[str, paracheck.Assessment]:
    a = paracheck.assess(data)
    return next(iter(advice(a, lang))), a


def _with_dprd(status: str, date: str) -> dict:
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    for entry in data["procedure"]:
        if entry["step"] == "dprd_approval":
            entry.update(status=status, date=date)
    return data


def _status(a: paracheck.Assessment, rule: str) -> str:
    return next(c.status for c in a.checks if c.rule_id == rule)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_verification_asked_while_the_dprd_deliberates_waits_for_its_confirmation(lang):
    said, a = _first(yaml.safe_load(FILE.read_text(encoding="utf-8")), lang)
    assert _status(a, "REG-060") == "risk"
    assert CONFIRM[lang] in said, said
    assert WAIT["id"] not in said


def test_a_verification_asked_before_the_day_the_dprd_approved_waits_for_its_confirmation():
    said, a = _first(_with_dprd("done", "2025-09-10"), "id")
    assert _status(a, "REG-060") == "risk"
    assert "setelah penegasan bahwa hasil verifikasi rencana kerja sama berlaku" in said, said


def test_a_verification_asked_after_the_dprd_approved_is_waited_for_as_it_runs():
    said, a = _first(_with_dprd("done", "2025-08-01"), "id")
    assert _status(a, "REG-060") == "clear"
    assert "setelah verifikasi rencana kerja sama selesai" in said, said
    assert "penegasan" not in said
