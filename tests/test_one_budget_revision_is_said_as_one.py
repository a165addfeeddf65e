"""BUD-004's reason says whether last year's budget was moved once or more than once.

Practitioner trial 32 M8: Kendal–Tsuruoka recorded one mid-year shift
(``revisions_last_year: 1``) and read the same "dana … sering kali berubah" as a file with
many. The rule language scores a rule, not a case, so the score stays; the reason says
which case the file shows.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck

FILE = Path(__file__).parent / "data" / "trial32-kendal-tsuruoka-2024.yaml"
ONCE = {"id": "satu kali pergeseran", "en": "one reallocation or cut"}
MORE = {"id": "lebih dari satu kali", "en": "more than once"}


def _bud004(revisions: int) -> paracheck.Check:
    data: dict[str, Any] = copy.deepcopy(yaml.safe_load(FILE.read_text(encoding="utf-8")))
    data["budget"]["revisions_last_year"] = revisions
    a = paracheck.assess(data, as_of=data["date"])
    return next(c for c in a.checks if c.rule_id == "BUD-004")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_revision_is_said_as_one_and_not_as_the_thesis_pattern(lang):
    check = _bud004(1)
    assert check.status == "risk"
    why = check.why.id if lang == "id" else check.why.en
    assert ONCE[lang] in why
    assert MORE[lang] not in why


@pytest.mark.parametrize("lang", ["id", "en"])
def test_several_revisions_are_said_as_the_funds_that_often_change(lang):
    check = _bud004(3)
    assert check.status == "risk"
    why = check.why.id if lang == "id" else check.why.en
    assert MORE[lang] in why
    assert ONCE[lang] not in why


def test_the_file_as_given_reads_one_revision():
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    assert data["budget"]["revisions_last_year"] == 1
    a = paracheck.assess(data, as_of=data["date"])
    memo = paracheck.render(a, "markdown", "id")
    section = memo.split("### BUD-004", 1)[1].split("###", 1)[0]
    assert ONCE["id"] in section
