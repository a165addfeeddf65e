"""A residual-risk rule is read as what it is: where a proposal adds the coordination a high
exposure asks for (KKP for fisheries, Imigrasi or Polri for trafficking), the base risk clears
and its residual fires. A comparison lists that as a reduction ("TOC-001 → TOC-002 (risiko
sisa)"), never as a new risk, and ``diff --fail-on-new`` passes it (trial 9: the Indramayu
v1 → v2 comparison listed TOC-002 and TOC-008 as "MENJADI RISIKO" and exited 1 for an
improvement). Removing the coordination again is the full risk coming back: a new risk.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.rules.loader import load_pack

BASE: dict = {
    "schema": "paracheck/proposal/v1",
    "title": "Kerja sama perikanan Kabupaten Contoh",
    "date": "2024-05-01",
    "local": {"name": "Kabupaten Contoh", "level": "regency"},
    "partner": {"name": "Xiangshan County", "country": "CN", "level": "regency"},
    "sectors": [
        {
            "name": "fisheries",
            "programs": [
                {"name": "Pelatihan awak kapal", "status": "planned", "moves_people": True}
            ],
        }
    ],
}


def _proposal(agencies: list[str]) -> dict:
    data = json.loads(json.dumps(BASE))
    data["security"] = {
        "iuu_fishing": "high",
        "human_trafficking": "high",
        "coordinating_agencies": agencies,
    }
    return data


@pytest.fixture(scope="module")
def before() -> paracheck.Assessment:
    return paracheck.assess(_proposal([]))


@pytest.fixture(scope="module")
def after() -> paracheck.Assessment:
    return paracheck.assess(_proposal(["KKP", "Imigrasi"]))


def _status(a: paracheck.Assessment, rule_id: str) -> str:
    return next(c.status for c in a.checks if c.rule_id == rule_id)


def test_the_fixture_is_the_trial_case(before, after):
    # adding KKP and Imigrasi clears the high risks and fires their residuals
    for base, residual in (("TOC-001", "TOC-002"), ("TOC-007", "TOC-008")):
        assert (_status(before, base), _status(before, residual)) == ("risk", "clear")
        assert (_status(after, base), _status(after, residual)) == ("clear", "risk")


def test_a_check_names_the_rule_it_is_the_residual_of(after):
    residual_of = {c.rule_id: c.residual_of for c in after.checks}
    assert residual_of["TOC-002"] == "TOC-001" and residual_of["TOC-008"] == "TOC-007"
    assert residual_of["TOC-001"] is None
    in_json = {c["rule_id"]: c["residual_of"] for c in json.loads(after.to_json())["checks"]}
    assert in_json["TOC-002"] == "TOC-001" and in_json["TOC-001"] is None


def test_a_base_giving_way_to_its_residual_is_a_downgrade_not_a_new_risk(before, after):
    d = paracheck.diff(before, after)
    assert [(p.base.rule_id, p.residual.rule_id) for p in d.downgraded] == [
        ("TOC-001", "TOC-002"),
        ("TOC-007", "TOC-008"),
    ]
    listed = {c.rule_id for c in d.became_risk + d.cleared}
    assert not listed & {"TOC-001", "TOC-002", "TOC-007", "TOC-008"}
    assert d.new_risks == [] and d.escalated == []
    pair = d.downgraded[0]
    assert (pair.base.old_status, pair.base.new_status) == ("risk", "clear")
    assert (pair.residual.old_status, pair.residual.new_status) == ("clear", "risk")


def test_removing_the_coordination_brings_the_full_risk_back_as_a_new_risk(before, after):
    d = paracheck.diff(after, before)
    assert [(p.base.rule_id, p.residual.rule_id) for p in d.escalated] == [
        ("TOC-001", "TOC-002"),
        ("TOC-007", "TOC-008"),
    ]
    assert {c.rule_id for c in d.new_risks} >= {"TOC-001", "TOC-007"}
    assert "TOC-002" not in {c.rule_id for c in d.cleared}


def test_the_reports_say_base_to_residual_in_both_languages(before, after):
    d = paracheck.diff(before, after)
    text_id = paracheck.render_diff(d, "text", "id")
    assert "TURUN MENJADI RISIKO SISA" in text_id and "MENJADI RISIKO\n" not in text_id
    assert "TOC-001 → TOC-002 (risiko sisa)" in text_id
    assert "Risiko (skor 16) → Risiko sisa (skor 8)" in text_id
    text_en = paracheck.render_diff(d, "text", "en")
    assert "REDUCED TO A RESIDUAL RISK" in text_en
    assert "TOC-001 → TOC-002 (residual risk)" in text_en
    markdown = paracheck.render_diff(d, "markdown", "id")
    assert re.search(
        r"\*\*TOC-007 → TOC-008 \(risiko sisa\)\*\* .* \| Risiko sisa \(skor 8\) \|", markdown
    )
    back = paracheck.render_diff(paracheck.diff(after, before), "text", "id")
    assert "KEMBALI MENJADI RISIKO PENUH" in back
    assert (
        "TOC-002 (risiko sisa) → TOC-001" in back
        and "Risiko sisa (skor 8) → Risiko (skor 16)" in back
    )


def test_the_diff_json_is_v2_with_the_pairs_in_their_own_lists(before, after):
    data = json.loads(paracheck.render_diff(paracheck.diff(before, after), "json"))
    assert data["schema"] == "paracheck/diff/v2"
    # v2's additions follow v1's fields: the pairs, the checks whose items moved (trial 18),
    # then the notices that changed and the dates' order (words18 A3), then the sectors
    # only one version has (trial 21), then the procedure steps that changed (trial 23 M1),
    # then the input facts that changed (trial 27 U3), then the risks that persisted (trial
    # 28 #8)
    keys = list(data)
    start = keys.index("downgraded")
    assert keys[start:] == [
        "downgraded",
        "escalated",
        "items_changed",
        "notices_added",
        "notices_removed",
        "dates_reversed",
        "sectors_added",
        "sectors_removed",
        "steps_changed",
        "inputs_changed",
        "persisted",
    ]
    assert data["downgraded"][0]["base"]["rule_id"] == "TOC-001"
    assert data["downgraded"][0]["residual"]["new_score"] == 8
    assert all(c["rule_id"] not in ("TOC-002", "TOC-008") for c in data["became_risk"])


def test_fail_on_new_passes_a_downgrade_and_fails_the_way_back(tmp_path):
    old, new = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    old.write_text(yaml.safe_dump(_proposal([])), encoding="utf-8")
    new.write_text(yaml.safe_dump(_proposal(["KKP", "Imigrasi"])), encoding="utf-8")

    def run(*args: str) -> int:
        cmd = [sys.executable, "-m", "paracheck", "diff", *args, "--fail-on-new"]
        return subprocess.run(cmd, capture_output=True, check=False).returncode

    assert run(str(old), str(new)) == 0
    assert run(str(new), str(old)) == 1


def test_every_rule_titled_a_residual_risk_names_its_base():
    """A rule that calls itself a residual risk says of which rule, in every shipped pack."""
    for name in paracheck.pack_names():
        pack = load_pack(name)
        for rule in pack.rules:
            titled = "risiko sisa" in rule.title.id.lower() or "residual" in rule.title.en.lower()
            assert titled == (rule.residual_of is not None), (name, rule.id)
            if rule.residual_of:
                base = pack.rule(rule.residual_of)
                assert base.domain == rule.domain, rule.id


def test_the_docs_describe_residual_of():
    root = Path(__file__).resolve().parents[1]
    assert "residual_of:" in (root / "docs" / "rule-language.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("pack_name", ["pp28-2018", "permendagri-3-2008"])
def test_a_residual_check_states_the_exposure_as_a_fact_of_the_area_not_an_effect_of_coordination(
    pack_name,
):
    """Wording review 12 (A7): "Bila kerja sama perikanan dikoordinasikan dengan KKP atau
    Bakamla, kerawanan pencurian ikan di perairannya tidak tinggi" read as if coordinating
    made the waters less prone, and the checklist told the officer to tick it once true, which
    no action can bring about. Its statement says what it checks: that no residual risk
    remains because the area is not highly exposed, a fact of the area."""
    residuals = [r for r in paracheck.load_pack(pack_name).rules if r.residual_of]
    assert {r.id for r in residuals} >= {"TOC-002", "TOC-004", "TOC-006", "TOC-008"}
    for rule in residuals:
        said_id, said_en = rule.check.id, rule.check.en
        assert "tidak ada risiko sisa" in said_id and "keadaan wilayah, bukan hasil" in said_id
        assert "no residual risk remains" in said_en and "a fact of the area, not an effect" in (
            said_en
        )


def test_a_residual_row_carries_the_title_of_the_risk_the_new_version_holds(before, after):
    """Practitioner trial 32 C5: "TOC-003 → TOC-004 … tanpa koordinasi dengan BNN" read oddly
    beside BNN just added: a row going down carries the residual's title, one coming back the
    base's."""
    down = paracheck.diff(before, after)
    rows = {
        row.rule: row.title
        for group in paracheck.diff_view(down, "id").groups
        if group.key == "downgraded"
        for row in group.rows
    }
    pair = down.downgraded[0]
    rule = f"{pair.base.rule_id} → {pair.residual.rule_id} (risiko sisa)"
    assert rows[rule] == pair.residual.title.get("id") != pair.base.title.get("id")
    up = paracheck.diff(after, before)
    rows = {
        row.rule: row.title
        for group in paracheck.diff_view(up, "id").groups
        if group.key == "escalated"
        for row in group.rows
    }
    pair = up.escalated[0]
    rule = f"{pair.residual.rule_id} (risiko sisa) → {pair.base.rule_id}"
    assert rows[rule] == pair.base.title.get("id")
