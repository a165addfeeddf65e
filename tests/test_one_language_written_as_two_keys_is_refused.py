"""One language written as two keys of the staff per language ("ko" and "KO") is refused at
the second, naming the first and its line (attack 470 H4: the keys differ as written, so the
file passed, and the later count silently replaced the earlier: {ko: 0, KO: 4} ticked HR-002,
{KO: 4, ko: 0} found it a risk)."""

from __future__ import annotations

import pytest

import paracheck

FILE = """schema: paracheck/proposal/v1
title: Uji
partner: {{name: Mokpo, country: KR, level: city}}
human_resources:
  language_staff: {staff}
"""


@pytest.mark.parametrize(
    ("staff", "later", "earlier"),
    [
        ("{ko: 0, KO: 4}", "'KO'", "'ko'"),
        ("{KO: 4, ko: 0}", "'ko'", "'KO'"),
        ("{kor: 1, ko: 2}", "'ko'", "'kor'"),
    ],
)
def test_the_second_key_of_one_language_is_refused(staff, later, earlier):
    text = FILE.format(staff=staff)
    if "kor" in staff:
        # a three-letter code of a language with a two-letter one is refused on its own
        with pytest.raises(paracheck.InputError):
            paracheck.load_proposal_text(text, source="p.yaml")
        return
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(text, source="p.yaml")
    (problem,) = refused.value.problems
    said = problem.describe("id")
    assert problem.line == 5
    assert f"bahasa {later} sama dengan yang ditulis {earlier} pada baris 5" in said, said


def test_one_key_per_language_is_read():
    text = FILE.format(staff="{ko: 2, en: 3}")
    proposal = paracheck.load_proposal_text(text, source="p.yaml")
    assert proposal.human_resources.language_staff == {"ko": 2, "en": 3}


def test_data_without_lines_says_the_first_key_is_above():
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Uji",
        "human_resources": {"language_staff": {"ko": 0, "KO": 4}},
    }
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.assess(data)
    (problem,) = refused.value.problems
    assert "bahasa 'KO' sama dengan yang ditulis 'ko' di atas" in problem.describe("id")
