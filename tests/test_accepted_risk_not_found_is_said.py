"""An accepted risk whose check comes out clear is said where the accepted risks are shown,
not dropped without a word (words26 B11).

The officer recorded a decision (``accepted_risks``: HR-001 accepted by the Sekretaris Daerah);
HR-001 found no risk, and the memo showed the acceptance nowhere. The assessment now carries a
notice ``waiver_unused`` (additive in assessment/v2), which the memo shows under "Risiko yang
diterima" (the HTML after the risk details), not among the notices at its head.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data" / "trial24-sangihe-glan-evaluation.yaml"
BY = "Sekretaris Daerah Kabupaten Kepulauan Sangihe"
SAID = {
    "id": "Penerimaan risiko “Tidak ada staf yang khusus menangani kerja sama” (HR-001) oleh "
    f"{BY} (sampai 30 Juni 2027) tidak dipakai: "
    "pemeriksaannya tidak menemukan risiko pada penilaian ini.",
    "en": "The acceptance of “No staff dedicated to the cooperation” (HR-001) by "
    f"{BY} (until June 30, 2027) was not used: its check "
    "found no risk in this assessment.",
}
HEADING = {"id": "Risiko yang diterima", "en": "Accepted risks"}


def _data(rule: str = "HR-001", until: str = "2027-06-30") -> dict[str, Any]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    data["accepted_risks"] = [
        {
            "rule": rule,
            "reason": "Staf kerja sama merangkap urusan protokol sampai formasi baru terisi",
            "accepted_by": BY,
            "until": until,
        }
    ]
    return data


def _assess(data: dict[str, Any]) -> paracheck.Assessment:
    return paracheck.assess(data, as_of=data["date"])


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_assessment_says_the_acceptance_was_not_used() -> None:
    a = _assess(_data())
    assert next(c for c in a.checks if c.rule_id == "HR-001").status == "clear"
    found = [n for n in json.loads(a.to_json())["notices"] if n["code"] == "waiver_unused"]
    assert [n["text"] for n in found] == [SAID]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_memo_says_it_under_the_accepted_risks(fmt: str, lang: str) -> None:
    out = paracheck.render(_assess(_data()), fmt, lang)
    flat = _flat(out)
    assert SAID[lang] in flat
    heading = flat.casefold().index(HEADING[lang].casefold())
    assert flat.index(SAID[lang]) > heading
    # once: not among the notices at the memo's head as well
    assert flat.count(SAID[lang]) == 1


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_html_memo_says_it_once(lang: str) -> None:
    out = _flat(paracheck.render(_assess(_data()), "html", lang))
    assert out.count(SAID[lang]) == 1
    assert f'<p class="warning">{SAID[lang]}' not in out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_csv_carries_it_as_a_notice(lang: str) -> None:
    out = paracheck.render(_assess(_data()), "csv", lang)
    assert "waiver_unused" in out
    assert SAID[lang] in out


def test_an_accepted_risk_that_is_found_is_not_called_unused() -> None:
    # HR-004 (no staff trained in foreign cooperation) is a risk in this file: accepted,
    # not "not used"
    a = _assess(_data("HR-004"))
    assert next(c for c in a.checks if c.rule_id == "HR-004").status == "accepted"
    assert view.unused_waivers(a, "id") == []


def test_a_lapsed_acceptance_is_not_called_unused() -> None:
    # lapsed before the evaluation: the notice waiver_lapsed says so, not "tidak dipakai"
    a = _assess(_data(until="2026-06-30"))
    codes = [n.code for n in a.notices]
    assert "waiver_lapsed" in codes
    assert "waiver_unused" not in codes


#: a proposal after the DPRD's approval: GOV-001 not yet due, NRG-003 not applicable (no
#: tourism sector), NRG-005 recorded under NRG-002, BUD-001 clear (an acceptance of REG-001,
#: clear too, is refused, not unused: a blocker cannot be accepted, test_a_blocker_cannot_…)
AFTER_DPRD = Path(__file__).parent / "data" / "trial24-malut-guangxi-after-dprd.yaml"

#: why each acceptance was not used, as the checklist says its check's case
BECAUSE = {
    "GOV-001": (
        "pemeriksaannya belum jatuh tempo pada tahap ini.",
        "its check is not yet due at this stage.",
    ),
    "NRG-003": (
        "pemeriksaannya tidak berlaku karena pariwisata tidak termasuk sektor kerja sama.",
        "its check does not apply, as tourism is not a sector of the cooperation.",
    ),
    "NRG-005": (
        "kekurangannya dicatat sebagai temuan pada NRG-002.",
        "its shortfall is recorded as the finding of NRG-002.",
    ),
    "BUD-001": (
        "pemeriksaannya tidak menemukan risiko pada penilaian ini.",
        "its check found no risk in this assessment.",
    ),
}


@pytest.mark.parametrize("rule", sorted(BECAUSE))
def test_the_acceptance_not_used_says_the_case_its_check_is_in(rule: str) -> None:
    """trust25: "pemeriksaannya tidak menemukan risiko" was said of an accepted check that
    is not yet due, does not apply, or whose shortfall another rule's finding holds, none of
    which found anything: each says its own case, as its checklist line does."""
    data = yaml.safe_load(AFTER_DPRD.read_text(encoding="utf-8"))
    data["accepted_risks"] = [
        {"rule": rule, "reason": "Diputuskan pimpinan", "accepted_by": BY, "until": "2027-12-31"}
    ]
    a = _assess(data)
    check = next(c for c in a.checks if c.rule_id == rule)
    shown = {"GOV-001": "not_due", "NRG-003": "not_applicable", "NRG-005": "covered"}
    assert view.shown(check) == shown.get(rule, "clear"), view.shown(check)
    for lang, because in zip(("id", "en"), BECAUSE[rule], strict=True):
        (said,) = view.unused_waivers(a, lang)
        assert said.endswith(": " + because), said
        assert said.count(":") == 1, said
