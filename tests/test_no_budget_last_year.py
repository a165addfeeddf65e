"""A first-ever proposal can answer the questions on last year's budget (trial 28, item 12).

A kota with no foreign cooperation yet had no foreign-cooperation budget last year: BUD-003
(its realisation) and BUD-004 (its mid-year cuts) asked for a share and a count that do not
exist, and stayed open whatever the officer answered. ``budget.budgeted_last_year: false``
says "belum ada": both checks are clear and say why they do not apply (no record of absorption
is no evidence of low absorption), nothing is asked, and a share or count written beside it
is refused at its own line. A file that leaves the fact out is read as before.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

import paracheck
from paracheck.cli import app

PACKS = ["pp28-2018", "permendagri-3-2008"]
DATE = {"pp28-2018": "2026-03-01", "permendagri-3-2008": "2015-03-01"}
RULES = ("BUD-003", "BUD-004")
RECORDS = ("budget.realization_rate", "budget.revisions_last_year")
FLAG = "budget.budgeted_last_year"

runner = CliRunner()


def _proposal(pack: str = "pp28-2018", **budget: Any) -> dict[str, Any]:
    """Trial 28's d-cilegon-gwangyang: a kota's first foreign cooperation, only proposed."""
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Kota Cilegon – Gwangyang",
        "date": DATE[pack],
        "stage": "proposal",
        "form": "sister_city",
        "local": {"name": "Kota Cilegon", "level": "city"},
        "partner": {"name": "Gwangyang", "country": "KR", "level": "city"},
        "budget": {"apbd_allocation_idr": 600_000_000, **budget},
    }


def _checks(data: dict[str, Any], pack: str = "pp28-2018") -> dict[str, Any]:
    return {ch.rule_id: ch for ch in paracheck.assess(data, pack=pack).checks}


def _otherwise(pack: str, rule_id: str) -> Any:
    """The rule's own words for why it does not apply (the pack's data, not this test's)."""
    rule = paracheck.find_rule(paracheck.load_pack(pack), rule_id)
    assert rule is not None and rule.applies_when is not None, rule_id
    entries = rule.applies_when if isinstance(rule.applies_when, list) else [rule.applies_when]
    return entries[0].otherwise


def _paths(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["path"]} if isinstance(node.get("path"), str) else set()
        for value in node.values():
            found |= _paths(value)
        return found
    if isinstance(node, list):
        return set().union(*(_paths(item) for item in node)) if node else set()
    return set()


@pytest.mark.parametrize("pack", PACKS)
def test_no_budget_last_year_makes_both_budget_record_checks_not_applicable(pack):
    checks = _checks(_proposal(pack, budgeted_last_year=False), pack)
    for rule_id in RULES:
        check = checks[rule_id]
        assert check.status == "clear", rule_id
        reason = _otherwise(pack, rule_id)
        assert check.not_applicable is not None, rule_id
        assert (check.not_applicable.id, check.not_applicable.en) == (reason.id, reason.en)
        assert check.missing == [], rule_id


@pytest.mark.parametrize("pack", PACKS)
def test_no_budget_last_year_leaves_nothing_to_ask_about_it(pack):
    asked = paracheck.assess(_proposal(pack), pack=pack)
    assert set(RULES) <= set(asked.worst_because)
    assert set(RECORDS) <= {q.path for q in asked.questions}
    answered = paracheck.assess(_proposal(pack, budgeted_last_year=False), pack=pack)
    assert not set(RULES) & set(answered.worst_because)
    assert not (set(RECORDS) | {FLAG}) & {q.path for q in answered.questions}


def test_the_memo_says_why_the_checks_do_not_apply_in_either_language():
    a = paracheck.assess(_proposal(budgeted_last_year=False))
    for lang in ("id", "en"):
        memo = " ".join(paracheck.render(a, "text", lang=lang).split())
        said = "Tidak berlaku" if lang == "id" else "Not applicable"
        for rule_id in RULES:
            reason = getattr(_otherwise("pp28-2018", rule_id), lang)
            assert f"{rule_id} " in memo and f"{said}: {reason}" in memo, (lang, rule_id)


def test_a_budget_of_last_year_is_judged_as_before_with_or_without_the_fact():
    for given in ({}, {"budgeted_last_year": True}):
        low = _checks(_proposal(realization_rate=0.45, revisions_last_year=2, **given))
        assert [low[r].status for r in RULES] == ["risk", "risk"], given
        high = _checks(_proposal(realization_rate=0.92, revisions_last_year=0, **given))
        assert [high[r].status for r in RULES] == ["clear", "clear"], given
        assert [high[r].not_applicable for r in RULES] == [None, None], given
    unknown = _checks(_proposal())
    assert [unknown[r].missing for r in RULES] == [[path] for path in RECORDS]


def test_every_rule_reading_last_years_budget_does_not_apply_when_there_was_none():
    for pack in PACKS:
        for rule in paracheck.load_pack(pack).rules:
            if not _paths(rule.when) & set(RECORDS):
                continue
            entries = (
                rule.applies_when if isinstance(rule.applies_when, list) else [rule.applies_when]
            )
            assert any(e is not None and FLAG in _paths(e.when) for e in entries), rule.id


@pytest.mark.parametrize(
    ("record", "value"), [("realization_rate", "0.4"), ("revisions_last_year", "0")]
)
def test_a_record_beside_no_budget_last_year_is_refused_at_its_own_line(tmp_path, record, value):
    text = (
        "schema: paracheck/proposal/v1\n"
        "title: Sister City Kota Cilegon – Gwangyang\n"
        "budget:\n"
        "  budgeted_last_year: false\n"
        f"  {record}: {value}\n"
    )
    path = tmp_path / "usulan.yaml"
    path.write_text(text, encoding="utf-8")
    column = text.splitlines()[4].index(value) + 1
    for lang, said in (("id", "tidak dapat diisi bila"), ("en", "cannot be given when")):
        result = runner.invoke(app, ["validate", "--lang", lang, str(path)])
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        line = next(ln for ln in result.stderr.splitlines() if f"{path}:" in ln)
        assert line.startswith(f"{path}:5:{column}: "), line
        assert said in line and "budgeted_last_year" in line, line
    with pytest.raises(paracheck.InputError) as caught:
        paracheck.load_proposal_text(text, source="usulan.yaml")
    assert [p.path for p in caught.value.problems] == [f"budget.{record}"]


@pytest.mark.parametrize(
    ("record", "written"),
    [
        ("realization_rate", "belum ada"),
        ("revisions_last_year", "Tidak ada"),
        ("realization_rate", "none"),
    ],
)
def test_none_yet_written_as_the_answer_points_to_the_choice(tmp_path, record, written):
    # the memo's question offers “belum ada” as an answer: written in the field itself, it
    # is refused with where the answer goes, not only "must be a number"
    text = f"schema: paracheck/proposal/v1\ntitle: x\nbudget:\n  {record}: {written}\n"
    path = tmp_path / "usulan.yaml"
    path.write_text(text, encoding="utf-8")
    column = text.splitlines()[3].index(written) + 1
    for lang, said in (("id", "bila tahun lalu belum ada anggaran"), ("en", "no budget last year")):
        result = runner.invoke(app, ["validate", "--lang", lang, str(path)])
        assert result.exit_code == 2, result.output
        line = next(ln for ln in result.stderr.splitlines() if f"{path}:" in ln)
        assert line.startswith(f"{path}:4:{column}: "), line
        assert said in line and "budgeted_last_year" in line and "'false'" in line, line


@pytest.mark.parametrize("written", ["Belum ada", "tidak ada", "none yet"])
def test_the_form_says_where_none_yet_goes(written):
    from paracheck.web import form as forms

    for lang in ("id", "en"):
        label = paracheck.field_label(FLAG, lang, where=False)
        for path in RECORDS:
            state = forms.FormState(values={"title": "T", path: written})
            data, errors = forms.data_from_state(state, lang)
            assert "budget" not in data or path.split(".")[1] not in data["budget"]
            assert label.lower() in errors[path].lower(), (lang, path, errors[path])
    # a number stays a number, and a word that is not "none" keeps the usual message
    state = forms.FormState(values={"title": "T", "budget.realization_rate": "sebagian"})
    assert FLAG.split(".")[1] not in str(forms.data_from_state(state, "id")[1])


def test_the_memo_questions_offer_none_yet_as_an_answer():
    a = paracheck.assess(_proposal())
    asked = {q.path: q.text for q in a.questions}
    for path in RECORDS:
        assert "“belum ada”" in asked[path].id, path
        assert "“none yet”" in asked[path].en, path
    memo = " ".join(paracheck.render(a, "text", lang="id").split())
    assert "“belum ada”" in memo  # the marks the memo writes elsewhere (review 300, 30)


def test_the_file_template_and_the_schema_carry_the_fact():
    for lang in ("id", "en"):
        template = paracheck.proposal_template("sister_city", lang)
        assert re.search(r"#\s*budgeted_last_year: true", template), lang
        # the template stays valid with every budget line uncommented
        filled = re.sub(
            r"(?m)^(\s*)# ((?:budgeted_last_year|realization_rate|revisions_last_year):)",
            r"\1\2",
            template,
        )
        assert paracheck.load_proposal_text(filled).budget.budgeted_last_year is True
    schema = paracheck.proposal_schema()
    prop = schema["$defs"]["Budget"]["properties"]["budgeted_last_year"]
    assert "boolean" in json.dumps(prop)
    shipped = Path(paracheck.__file__).parent / "schemas" / "proposal.schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == schema


def test_the_json_and_csv_outputs_say_why_not_applicable():
    a = paracheck.assess(_proposal(budgeted_last_year=False))
    reason = _otherwise("pp28-2018", "BUD-003")
    document = json.loads(paracheck.render(a, "json"))
    check = next(ch for ch in document["checks"] if ch["rule_id"] == "BUD-003")
    assert check["status"] == "clear" and check["not_applicable"]["id"] == reason.id
    rows = list(csv.DictReader(io.StringIO(paracheck.render(a, "csv", lang="id"))))
    row = next(r for r in rows if r["rule_id"] == "BUD-003")
    assert row["title"].startswith(f"Tidak berlaku ({reason.id}")


def test_a_comparison_reads_none_yet_as_no_longer_open_not_as_dealt_with(tmp_path):
    old = tmp_path / "lama.yaml"
    new = tmp_path / "baru.yaml"
    old.write_text(yaml.safe_dump(_proposal(), allow_unicode=True), encoding="utf-8")
    new.write_text(
        yaml.safe_dump(_proposal(budgeted_last_year=False), allow_unicode=True), encoding="utf-8"
    )
    proposals = (paracheck.load_proposal(str(old)), paracheck.load_proposal(str(new)))
    d = paracheck.diff(*(paracheck.assess(p) for p in proposals), proposals=proposals)
    changed = {ch.rule_id: ch for ch in d.status_changed}
    for rule_id in RULES:
        assert (changed[rule_id].old_status, changed[rule_id].new_status) == ("unknown", "clear")
        assert changed[rule_id].new_not_applicable is True
        assert rule_id not in [ch.rule_id for ch in d.cleared]
    text = paracheck.render_diff(d, "text", lang="id")
    label = paracheck.field_label(FLAG, "id", where=False)
    assert re.search(rf"{re.escape(label)}: .* → tidak", text, re.IGNORECASE), text


# --- the form: a choice the officer can pick


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    pytest.importorskip("fastapi")
    from tests.web_support import live_client

    with live_client() as client:
        yield client


def _post(http: Any, fields: dict[str, str], lang: str = "id") -> Any:
    page = http.get("/", params={"lang": lang}).text
    token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page)
    assert token
    data = {**fields, "_csrf": token.group(1), "_lang": lang, "_action": "assess"}
    return http.post("/", data=data)


def _block(html: str, path: str) -> str:
    block = html[html.index(f'data-path="{path}"') :]
    return block[: block.index("</div>")]


def test_the_form_offers_no_budget_last_year_as_a_choice_above_the_rate(browser):
    for lang in ("id", "en"):
        page = browser.get("/", params={"lang": lang}).text
        block = _block(page, FLAG)
        assert f'name="{FLAG}"' in block and 'value="false"' in block, lang
        assert paracheck.field_label(FLAG, lang, where=False).lower() in block.lower(), lang
        assert page.index(f'name="{FLAG}"') < page.index('name="budget.realization_rate"')


def test_the_form_assesses_no_budget_last_year_and_refuses_a_rate_beside_it(browser):
    fields = {
        "title": "Sister City Kota Cilegon – Gwangyang",
        "stage": "proposal",
        "form": "sister_city",
        FLAG: "false",
    }
    result = _post(browser, fields)
    assert result.status_code == 200, result.text[:2000]
    flat = " ".join(re.sub(r"<[^>]+>", " ", result.text).split())
    assert _otherwise("pp28-2018", "BUD-003").id.split(";")[0] in flat
    refused = _post(browser, {**fields, "budget.realization_rate": "40%"})
    assert refused.status_code == 422
    # beside its own label the sentence starts with what is said of the field (web 490 L4)
    assert "Tidak dapat diisi bila" in _block(refused.text, "budget.realization_rate")
