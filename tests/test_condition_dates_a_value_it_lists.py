"""A condition's ``rests_on`` that dates a value its ``in``/``not_in`` list does not hold
(``{ID: <ref>}`` beside ``in: [CN, MY]``, or ``my`` for ``MY``) is said to be that: the value
and the list. It was said "rests_on names '<ref>', which is not the ref of one of the rule's
sources" about a ref that is one, sending the author to the sources (atk24)."""

from __future__ import annotations

import pytest

from paracheck.errors import PackError
from paracheck.rules.loader import load_pack
from tests.test_malaysia_a_main_supplier_from_bnns_statement import DATED, _dated_rule


@pytest.mark.parametrize("value", ["ID", "my"])
def test_a_dated_value_not_in_the_list_is_said_as_such(tmp_path, value):
    with pytest.raises(PackError) as caught:
        load_pack(_dated_rule(tmp_path, {**DATED, "rests_on": {value: "Kajian (2013)"}}))
    said = str(caught.value)
    assert "BUD-001.when.rests_on" in said
    assert f"rests_on dates '{value}', which is not in the condition's 'in' list (CN, MY)" in said
    assert "not the ref of one of the rule's sources" not in said
