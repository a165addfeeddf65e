"""``paracheck diff`` and the web comparison list the input facts that changed, by label.

Practitioner trial 27 U3 (asked in two trials running): an officer who corrected the partner's
name, the APBD figure or the language staff could not confirm her edits from the comparison,
which listed only sectors, procedure steps and checks. Each changed entry is now said by its
label, each file's value as the memo writes it (dates, Rupiah, ya/tidak), in every format."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

import paracheck
from paracheck.cli import app
from paracheck.facts import labels
from paracheck.report import formatting
from paracheck.report.messages import message

DATA = Path(__file__).parent / "data"
BEFORE = yaml.safe_load((DATA / "trial23-ambon-darwin-before-dprd.yaml").read_text("utf-8"))


def _edited() -> dict[str, Any]:
    """The officer's next-day edits: the partner's full name, an APBD allocation, one more
    English speaker, the culture programme under way, a programme added, a step's letter."""
    after = copy.deepcopy(BEFORE)
    after["partner"]["name"] = "City of Darwin, Northern Territory"
    after["budget"]["apbd_allocation_idr"] = 75_000_000
    after["human_resources"]["language_staff"] = {"en": 3}
    after["governance"]["monitoring_plan"] = False
    culture = after["sectors"][1]
    culture["programs"][0]["status"] = "ongoing"
    culture["programs"][0]["started"] = dt.date(2026, 10, 1)
    culture["programs"].append({"name": "Lokakarya tenun dan musik", "status": "planned"})
    loi = next(s for s in after["procedure"] if s["step"] == "letter_of_intent")
    loi["document"] = "LoI Nomor 12/2026"
    return after


def _proposal(data: dict[str, Any]) -> paracheck.Proposal:
    return paracheck.load_proposal_text(yaml.safe_dump(data, allow_unicode=True), source="x")


def _compare(old: dict[str, Any], new: dict[str, Any]) -> Any:
    p_old, p_new = _proposal(old), _proposal(new)
    return paracheck.diff(paracheck.assess(p_old), paracheck.assess(p_new), (p_old, p_new))


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_each_changed_input_is_listed_with_its_path_and_both_values():
    changes = {c.path: c for c in _compare(BEFORE, _edited()).inputs_changed}
    assert changes["partner.name"].old == "City of Darwin"
    assert changes["partner.name"].new == "City of Darwin, Northern Territory"
    assert (
        changes["budget.apbd_allocation_idr"].old,
        changes["budget.apbd_allocation_idr"].new,
    ) == (
        None,
        75_000_000,
    )
    assert (
        changes["human_resources.language_staff.en"].old,
        changes["human_resources.language_staff.en"].new,
    ) == (2, 3)
    status = changes["sectors[1].programs[0].status"]
    assert (status.old, status.new, status.item) == (
        "planned",
        "ongoing",
        "Ambon Music City di Darwin Festival",
    )
    assert changes["sectors[1].programs[0].started"].new == "2026-10-01"
    added = changes["sectors[1].programs[1]"]
    assert (added.old, added.new) == (None, "Lokakarya tenun dan musik")
    assert changes["procedure.letter_of_intent.document"].new == "LoI Nomor 12/2026"
    # the step's status and date are the steps' section's, the title and date unchanged
    assert not any(p.endswith((".status", ".date")) and p.startswith("procedure") for p in changes)
    assert "title" not in changes and "date" not in changes


def test_the_same_file_changes_no_input():
    assert _compare(BEFORE, copy.deepcopy(BEFORE)).inputs_changed == []


def test_a_programme_renamed_in_place_is_one_name_change_not_one_removed_and_one_added():
    after = copy.deepcopy(BEFORE)
    after["sectors"][0]["programs"][0]["name"] = "Pertukaran pelajar SMK maritim"
    changes = _compare(BEFORE, after).inputs_changed
    assert [(c.path, c.new) for c in changes] == [
        ("sectors[0].programs[0].name", "Pertukaran pelajar SMK maritim")
    ]


def test_a_sector_only_one_file_has_is_said_by_the_sectors_section_not_as_an_input():
    after = copy.deepcopy(BEFORE)
    after["sectors"].insert(0, {"name": "tourism", "lead_agency": "Dinas Pariwisata Kota Ambon"})
    d = _compare(BEFORE, after)
    assert [s.name for s in d.sectors_added] == ["tourism"]
    assert d.inputs_changed == []  # education and culture matched by their field, moved


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_comparison_says_each_change_by_label_with_values_as_the_memo_writes_them(lang):
    d = _compare(BEFORE, _edited())
    said = paracheck.diff_view(d, lang).inputs
    apbd = labels.capitalize(labels.field_label("budget.apbd_allocation_idr", lang))
    empty = labels.value_text("budget.apbd_allocation_idr", None, lang)
    assert (
        message(
            "diff.input_changed",
            lang,
            field=apbd,
            old=empty,
            new=formatting.money(75_000_000, lang),
        )
        in said
    )
    plan = labels.capitalize(labels.field_label("governance.monitoring_plan", lang))
    yes, no = (formatting.value("", v, lang) for v in (True, False))
    assert message("diff.input_changed", lang, field=plan, old=yes, new=no) in said
    started = next(s for s in said if formatting.date(dt.date(2026, 10, 1), lang) in s)
    assert "Ambon Music City" in started
    ongoing = labels.value_label("program.status", "ongoing", lang)
    assert any(ongoing in s and "Ambon Music City" in s for s in said)
    assert any("Lokakarya tenun dan musik" in s for s in said)
    english = labels.language_phrase("en", lang)
    assert any(english in s and s.endswith("2 → 3") for s in said)
    codes = r"|\bongoing\b|\bplanned\b" if lang == "id" else ""
    for line in said:  # labels, never a field path or a code
        assert not re.search(r"[a-z_]+\.[a-z_]+|\[\d+\]" + codes, line), line


@pytest.mark.parametrize("lang", ["id", "en"])
def test_text_markdown_and_json_diffs_carry_the_changed_entries(lang, tmp_path):
    old, new = tmp_path / "lama.yaml", tmp_path / "baru.yaml"
    old.write_text(yaml.safe_dump(BEFORE, allow_unicode=True), "utf-8")
    new.write_text(yaml.safe_dump(_edited(), allow_unicode=True), "utf-8")
    shown = paracheck.diff_view(_compare(BEFORE, _edited()), lang)
    runner = CliRunner()
    for fmt in ("text", "markdown"):
        out = runner.invoke(app, ["diff", str(old), str(new), "--lang", lang, "-f", fmt])
        assert out.exit_code == 0, out.output
        assert message("diff.inputs", lang).casefold() in out.output.casefold(), fmt
        for line in shown.inputs:
            assert _flat(line) in _flat(out.output), (fmt, line)
    out = runner.invoke(app, ["diff", str(old), str(new), "--lang", lang, "-f", "json"])
    doc = json.loads(out.output)
    assert {"path": "partner.name", "old": "City of Darwin"}.items() <= next(
        c for c in doc["inputs_changed"] if c["path"] == "partner.name"
    ).items()


def test_a_comparison_without_the_files_keeps_its_other_sections_and_says_no_inputs():
    a = paracheck.assess(BEFORE), paracheck.assess(_edited())
    d = paracheck.diff(*a)
    assert d.inputs_changed == []
    assert paracheck.diff_view(d, "id").inputs == ()
    assert d.score_changed or d.cleared or d.became_risk or d.status_changed


def test_the_web_comparison_lists_the_changed_entries_over_http():
    from tests.web_support import live_client

    body = [yaml.safe_dump(x, allow_unicode=True).encode() for x in (BEFORE, _edited())]
    shown = paracheck.diff_view(_compare(BEFORE, _edited()), "id")
    with live_client() as client:
        from tests.web_support import compare_on_page

        answer = compare_on_page(client, body[0], body[1])
        assert f"<h3>{shown.inputs_heading}</h3>" in answer.text
        from html import unescape

        text = unescape(answer.text)
        for line in shown.inputs:
            assert line in text, line
        api = client.post(
            "/api/v1/diff?lang=id", json={"old": body[0].decode(), "new": body[1].decode()}
        )
        assert api.status_code == 200, api.text[:500]
        assert "budget.apbd_allocation_idr" in {c["path"] for c in api.json()["inputs_changed"]}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_waiver_is_named_by_its_rule_and_its_dates_are_dates(lang):
    waived = copy.deepcopy(BEFORE)
    waiver = {
        "rule": "HR-003",
        "reason": "Staf baru",
        "accepted_by": "Sekda",
        "until": "2027-01-01",
    }
    waived["accepted_risks"] = [waiver]
    later = copy.deepcopy(waived)
    later["accepted_risks"][0]["until"] = "2027-06-01"
    added = paracheck.diff_view(_compare(BEFORE, waived), lang).inputs
    assert any("HR-003" in line for line in added)
    [moved] = paracheck.diff_view(_compare(waived, later), lang).inputs
    assert "HR-003" in moved
    for day in (dt.date(2027, 1, 1), dt.date(2027, 6, 1)):
        assert formatting.date(day, lang) in moved
    assert "2027-06-01" not in moved
