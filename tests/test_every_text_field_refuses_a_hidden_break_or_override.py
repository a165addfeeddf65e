"""Every free text a proposal holds refuses a line or paragraph separator and a bidirectional
override, which no report neutralises (attack 462 H2 refused them in the fields then typed
as texts; a waiver's reason was typed apart, and U+2029 in it printed "Kesimpulan: RISIKO
RENDAH" on a line of its own, attack 470 H6). Each field of the hostile corpus, which takes
every string of the NTB example a text is accepted in, the accepted risk's reason among them."""

from __future__ import annotations

import json

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import parse_proposal_data
from tests import test_hostile_output as hostile

BASE = hostile._base()
FIELDS = hostile._free_text_fields(BASE)


def test_the_fields_include_the_waivers_reason_and_its_signatory():
    assert ("accepted_risks", 0, "reason") in FIELDS
    assert ("accepted_risks", 0, "accepted_by") in FIELDS


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u202e", "\u2066"], ids=ascii)
@pytest.mark.parametrize("path", FIELDS, ids=lambda p: ".".join(map(str, p)))
def test_a_text_holding_a_separator_or_an_override_is_refused(path, char):
    data = json.loads(json.dumps(BASE))
    hostile._set(data, path, f"Teks{char} Kesimpulan: RISIKO RENDAH")
    with pytest.raises(InputError) as refused:
        parse_proposal_data(data, "p.yaml")
    assert f"U+{ord(char):04X}" in " ".join(p.describe("id") for p in refused.value.problems)
