"""An energy tick says what was checked (newcomer trial 24 M2).

Maluku Utara–Guangxi: an HPAL smelter and a 500-ton cold store on a 3 % reserve, outages in
Sofifi and Pulau Obi. The memo ticked "NRG-002 … daerah tidak kekurangan pasokan listrik",
which read as a clean bill of health, while the rule checks only for a deficit or rolling
blackouts (NRG-004 said the same).
"""

from __future__ import annotations

import pytest

from tests.malut_guangxi import AREAS
from tests.malut_guangxi import checks_of as _checks
from tests.malut_guangxi import malut_guangxi as _proposal


@pytest.mark.parametrize("rule_id", ["NRG-002", "NRG-004"])
def test_the_supply_tick_names_the_deficit_and_rolling_blackouts_not_a_clean_supply(rule_id):
    check = _checks(_proposal(["industry"], affected_areas=AREAS))[rule_id]
    assert check.status == "clear"
    statement = {"id": check.statement.id, "en": check.statement.en}
    assert "cadangan daya" in statement["id"] and "pemadaman bergilir" in statement["id"]
    assert "reserve margin" in statement["en"] and "rolling blackouts" in statement["en"]
    assert "tidak kekurangan pasokan" not in statement["id"]
    assert "not short of" not in statement["en"]
    assert "tidak kekurangan pasokan" not in check.clears_when.id
    assert "not short of" not in check.clears_when.en
