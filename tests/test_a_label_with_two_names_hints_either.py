"""A choice whose label gives two names ("BP2MI/KP2MI": the agency was renamed) is hinted from
either (practitioner trial 33 #9: 'KP2MI', today's name, which the template's own comment
shows, was refused without the hint to write 'BP2MI')."""

from __future__ import annotations

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes

TEXT = "schema: paracheck/proposal/v1\ntitle: x\nsecurity: {{coordinating_agencies: [{name}]}}\n"


@pytest.mark.parametrize("name", ["KP2MI", "kp2mi"])
def test_the_new_name_of_a_renamed_agency_is_hinted_to_its_code(name: str) -> None:
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(TEXT.format(name=name).encode(), "k.yaml")
    (problem,) = caught.value.problems
    assert problem.words is not None
    assert problem.words.render("id", "").endswith(f"; tulis 'BP2MI' untuk '{name}'")
    assert problem.words.render("en", "").endswith(f"; write 'BP2MI' for '{name}'")
