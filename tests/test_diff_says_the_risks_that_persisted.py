"""A comparison says which risks persisted between the two dates, and since when.

Practitioner trial 28 #8 (the thesis's central finding, chapter IV.A: momentum decays after
signing): ``paracheck diff`` of a partnership in 2016 and in 2020 listed what became a risk and
what cleared, but the risks that stayed (stalled programmes, a joint committee that no longer
met, a shrinking budget) appeared nowhere, and "Kesimpulan tetap: Risiko tinggi" read almost
as no change. Every format now has the section "Risiko yang bertahan sejak penilaian …",
dated by the older of the two files, and the JSON contract the list ``persisted``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import paracheck
from paracheck.report import formatting
from paracheck.report.messages import message

DATA = Path(__file__).parent / "data"
OLD = DATA / "trial28-pontianak-kuching-2016.yaml"
NEW = DATA / "trial28-pontianak-kuching-2020.yaml"


def _assess(path: Path) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(path))


@pytest.fixture(scope="module")
def sides() -> tuple[paracheck.Assessment, paracheck.Assessment]:
    return _assess(OLD), _assess(NEW)


def _risks(a: paracheck.Assessment) -> list[str]:
    # a note (severity info) is not a risk carried (practitioner trial 31 M4)
    return [c.rule_id for c in a.checks if c.status == "risk" and c.severity != "info"]


def _heading(day, lang: str) -> str:
    return message("diff.persisted_since", lang, day=formatting.date(day, lang))


def test_the_risks_on_both_sides_are_listed_in_the_new_order(sides):
    old, new = sides
    d = paracheck.diff(old, new)
    before = set(_risks(old))
    expected = [rule for rule in _risks(new) if rule in before]
    assert expected  # the partnership kept risks from 2016 to 2020
    assert [c.rule_id for c in d.persisted] == expected
    by_id = {c.rule_id: c for c in new.checks}
    for change in d.persisted:
        assert change.new_score == by_id[change.rule_id].score
    doc = json.loads(paracheck.render_diff(d, "json"))
    assert [c["rule_id"] for c in doc["persisted"]] == expected
    assert list(doc)[-1] == "persisted"  # additive: after every field v2 had


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_human_format_says_them_since_the_older_date(sides, lang):
    old, new = sides
    d = paracheck.diff(old, new)
    heading = _heading(old.as_of, lang)
    text = paracheck.render_diff(d, "text", lang)
    assert heading.upper() in text
    section = text[text.index(heading.upper()) :].split("\n\n")[0]
    assert re.findall(r"^  ([A-Z]{2,5}-\d{3})  ", section, re.M) == [c.rule_id for c in d.persisted]
    markdown = paracheck.render_diff(d, "markdown", lang)
    part = markdown[markdown.index(f"## {heading}") :].split("\n\n## ")[0]
    assert re.findall(r"\*\*([A-Z]{2,5}-\d{3})\*\*", part) == [c.rule_id for c in d.persisted]
    # the files given the wrong way round: still since the older date
    back = paracheck.render_diff(paracheck.diff(new, old), "text", lang)
    assert heading.upper() in back


def test_the_web_comparison_says_them(sides):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from paracheck.web import create_app

    old, new = sides
    client = TestClient(create_app())
    from tests.web_support import compare_on_page

    answer = compare_on_page(client, OLD.read_bytes(), NEW.read_bytes())
    d = paracheck.diff(old, new)
    assert f"<h3>{_heading(old.as_of, 'id')} ({len(d.persisted)})</h3>" in answer.text
    api = client.post(
        "/api/v1/diff?lang=id",
        json={"old": OLD.read_text("utf-8"), "new": NEW.read_text("utf-8")},
    )
    assert api.status_code == 200, api.text[:500]
    assert [c["rule_id"] for c in api.json()["persisted"]] == [c.rule_id for c in d.persisted]


def test_a_file_compared_with_itself_still_has_no_changes(sides):
    old, _ = sides
    d = paracheck.diff(old, old)
    assert not d.has_changes
    assert [c.rule_id for c in d.persisted] == _risks(old)
    text = paracheck.render_diff(d, "text", "id")
    assert message("diff.no_changes", "id") in text
