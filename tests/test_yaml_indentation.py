"""A YAML indentation mistake is placed on the key that is out of line, in words.

PyYAML stops where the mistake becomes impossible to read, often the line after it: a key
indented one space (`` dedicated_staff: 2``) above keys indented two was reported on the
next, correct line with "a ':' is not allowed here" (newcomer trial 14, D11).
"""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

HEAD = "schema: paracheck/proposal/v1\ntitle: x\n"


def _only_problem(text: str):
    with pytest.raises(InputError) as caught:
        load_proposal_bytes((HEAD + text).encode(), "usulan.yaml")
    [problem] = caught.value.problems
    return problem


def test_a_key_indented_less_than_the_keys_below_it_is_the_one_named():
    problem = _only_problem(
        "human_resources:\n"
        " dedicated_staff: 2\n"  # line 4: one space, the section below has two
        "  language_staff: {ja: 1}\n"
        "  trained_staff: 1\n"
        "  response_days: 7\n"
    )
    assert (problem.line, problem.column) == (4, 2)
    assert problem.describe("id") == (
        "usulan.yaml:4:2: Penulisan YAML keliru: kunci ini dimulai di kolom 2, sedangkan kunci "
        "di baris 5 di kolom 3: kunci-kunci dalam satu bagian harus dimulai di kolom yang sama "
        "(jumlah spasi di depannya sama)"
    )
    assert "the keys of one section must start in the same column" in problem.describe("en")


def test_a_key_indented_deeper_than_the_key_above_it_is_named_at_its_first_letter():
    problem = _only_problem("partner:\n  country: CN\n    level: province\ndate: 2015-06-10\n")
    assert (problem.line, problem.column) == (5, 5)  # not 5:10, the ':' where PyYAML stopped
    assert "kunci ini dimulai di kolom 5, sedangkan kunci di baris 4 di kolom 3" in (
        problem.describe("id")
    )


def test_a_key_between_its_siblings_and_its_parent_is_named_with_the_sibling():
    problem = _only_problem("partner:\n  country: CN\n level: province\n")
    assert (problem.line, problem.column) == (5, 2)
    assert "kunci ini dimulai di kolom 2, sedangkan kunci di baris 4 di kolom 3" in (
        problem.describe("id")
    )


def test_a_deeper_key_after_a_comment_line_is_named_with_the_key_above():
    problem = _only_problem(
        "budget:\n  multi_year: true\n    # catatan\n    apbd_allocation_idr: 5\n"
    )
    assert (problem.line, problem.column) == (6, 5)
    assert "sedangkan kunci di baris 4 di kolom 3" in problem.describe("id")


def test_a_key_of_a_list_item_indented_past_the_first_key_is_named():
    problem = _only_problem("sectors:\n  - name: culture\n      lead_agency: Disbud\n")
    assert (problem.line, problem.column) == (5, 7)
    assert "sedangkan kunci di baris 4 di kolom 5" in problem.describe("id")


@pytest.mark.parametrize(
    "text",
    [
        "stage: a: b\n",  # a value holding ': ' on one line: no other key is involved
        "budget:\n  notes: a: b\n",
    ],
)
def test_a_colon_inside_a_value_is_still_said_to_need_quotes(text):
    problem = _only_problem(text)
    assert "nilai yang memuat ': ' perlu diberi tanda kutip" in problem.describe("id")


def test_a_deeper_line_that_may_continue_the_value_above_also_says_to_quote_it():
    """``complementarity: pasar rumput laut`` followed by ``    dan perikanan: ekspor`` is
    a misaligned key or a value written on two lines that holds ': ': both are said."""
    problem = _only_problem(
        "basis:\n  complementarity: pasar rumput laut\n    dan perikanan: ekspor\n"
    )
    assert (problem.line, problem.column) == (5, 5)
    assert problem.describe("id").endswith(
        "(atau, bila baris ini lanjutan nilai di atasnya, beri tanda kutip pada nilai itu)"
    )
