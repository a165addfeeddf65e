"""``people_moved`` beside a ``moves_people`` refused for its own value (``ya``) is said
once, for ``moves_people``: its problem already says to write ``true``, and a second one on
``people_moved`` ("write moves_people: true, or remove this field") told the officer who had
answered yes to remove who is moved (atk24). The other cases are held as fix34b left them."""

from __future__ import annotations

import pytest

import paracheck

HEAD = "schema: paracheck/proposal/v1\ntitle: Uji\nsectors:\n  - name: education\n    programs:\n"


def _problems(program: str) -> list[tuple[str, int | None]]:
    with pytest.raises(paracheck.InputError) as caught:
        paracheck.load_proposal_text(HEAD + program, source="usulan.yaml")
    return [(p.path, p.line) for p in caught.value.problems]


def test_the_conflict_is_said_beside_a_mistyped_status():
    program = (
        "      - name: A\n        status: bogus\n"
        "        moves_people: false\n        people_moved: students\n"
    )
    assert _problems(program) == [
        ("sectors[0].programs[0].status", 7),
        ("sectors[0].programs[0].people_moved", 9),
    ]


def test_a_refused_moves_people_is_said_once_for_itself():
    program = "      - name: A\n        moves_people: ya\n        people_moved: students\n"
    assert [path for path, _ in _problems(program)] == ["sectors[0].programs[0].moves_people"]


@pytest.mark.parametrize("moving", ["false", "null"])
def test_who_is_moved_without_moving_is_still_refused_alone(moving):
    program = f"      - name: A\n        moves_people: {moving}\n        people_moved: students\n"
    assert _problems(program) == [("sectors[0].programs[0].people_moved", 8)]
