"""A report writes what never changes for a rule once per pack and language (issue 16), and
never lets that stand for a check whose rule words are other.

HTML and Markdown keep a rule's checklist row, open-check line and finding heading in
:func:`view.rule_memo`, found by the compiled pack's own title object. A check carrying other
words under the same rule id — another pack's rule, an assessment read back from JSON, a
check copied with a new statement — must show its own words, in every format that keeps them.
"""

from __future__ import annotations

import pytest

from paracheck.engine.model import Localized
from paracheck.report import render, view

from .assessment_samples import sample_assessment

MEMO_FORMATS = ("html", "markdown")


def _with_words(assessment, rule_id: str, **words: Localized):
    """``assessment`` with the check of ``rule_id`` carrying ``words`` instead of its own."""
    checks = [c.model_copy(update=words) if c.rule_id == rule_id else c for c in assessment.checks]
    return assessment.model_copy(update={"checks": checks})


@pytest.mark.parametrize("fmt", MEMO_FORMATS)
@pytest.mark.parametrize("status", ["risk", "unknown", "clear"])
def test_a_check_with_other_words_shows_its_own_words(fmt, status):
    a = sample_assessment()
    check = next(c for c in a.checks if view.shown(c) == status)
    before = render(a, fmt, "id")  # the rule's fixed parts kept from the pack's own check
    other = Localized(id="Pernyataan lain yang khas", en="Another distinct statement")
    reason = Localized(id="Alasan lain yang khas", en="Another distinct reason")
    changed = _with_words(a, check.rule_id, statement=other, clears_when=other, why=reason)
    out = render(changed, fmt, "id")
    assert "Pernyataan lain yang khas" in out
    if status == "risk":
        assert "Alasan lain yang khas" in out
    assert render(a, fmt, "id") == before  # and the pack's own check its own again


@pytest.mark.parametrize("fmt", MEMO_FORMATS)
def test_a_check_read_back_from_json_renders_as_the_engine_built_it(fmt):
    from paracheck.engine.model import Assessment

    a = sample_assessment()
    again = Assessment.model_validate_json(a.to_json())
    for lang in ("id", "en"):
        assert render(again, fmt, lang) == render(a, fmt, lang)


@pytest.mark.parametrize("fmt", MEMO_FORMATS)
def test_a_clear_row_on_reference_data_says_so_after_a_row_of_the_same_rule_that_did_not(fmt):
    # the row kept for REG-001 "Tidak ada temuan" (relations the file states) must not stand
    # for a REG-001 ticked on paracheck's reference data, whose status names the reference
    from paracheck import assess

    stated = {
        "schema": "paracheck/proposal/v1",
        "title": "Contoh",
        "date": "2024-05-01",
        "local": {"name": "Kota Contoh", "level": "city"},
        "partner": {"name": "Kota Mitra", "country": "JP", "diplomatic_relations": True},
    }
    by_reference = {**stated, "partner": {"name": "Kota Mitra", "country": "JP"}}
    first = assess(stated)
    second = assess(by_reference)
    reg001 = next(c for c in second.checks if c.rule_id == "REG-001")
    assert view.shown(reg001) == "clear" and view.by_reference(reg001)
    assert not view.by_reference(next(c for c in first.checks if c.rule_id == "REG-001"))
    words = "menurut data rujukan paracheck"
    assert words not in render(first, fmt, "id")
    assert words in render(second, fmt, "id")


@pytest.mark.parametrize("fmt", [*MEMO_FORMATS, "text"])
def test_only_the_relations_check_carries_the_reference_caveat(fmt):
    # wording review 19 A1: HR-002 (staff who speak the partner's language) was ticked
    # "menurut data rujukan paracheck; pastikan kepada Kemlu" — its evidence notes the
    # partner country's main language, and any note on the country counted as the caveat's
    from paracheck import assess

    a = assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Contoh",
            "date": "2024-05-01",
            "local": {"name": "Kabupaten Sambas", "level": "regency"},
            # a Thai partner: its language comes from the country's main language, as the
            # caveat's bug needs (a Malay-speaking partner's HR-002 is not applicable)
            "partner": {"name": "Songkhla", "country": "TH", "kind": "regional_government"},
            "human_resources": {"language_staff": {"th": 2}},
        }
    )
    by_reference = [c.rule_id for c in a.checks if view.by_reference(c)]
    assert by_reference == ["REG-001"]
    hr = next(c for c in a.checks if c.rule_id == "HR-002")
    assert hr.status == "clear"
    assert view.status_words(hr, "id") == "Tidak ada temuan"
    out = render(a, fmt, "id")
    assert out.count("pastikan kepada Kemlu)") == 1
