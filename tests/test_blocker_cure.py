"""Whether the region can remove a blocker: the rule field ``curable`` (trial18 #1).

A Taiwan memo told the Wali Kota "Usulan tidak diteruskan ke LoI sebelum 1 risiko penghambat
(REG-001) ditangani" while its only action said to stop: no change the region can make gives
the partner's country diplomatic relations with Indonesia. The pack says which blockers the
region cannot remove, and the loader keeps the field to blockers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

PACKS = Path(__file__).parents[1] / "src" / "paracheck" / "rules" / "packs"


@pytest.mark.parametrize("name", ["pp28-2018", "permendagri-3-2008"])
def test_only_no_diplomatic_relations_is_a_blocker_the_region_cannot_remove(name):
    # REGULATION.md: a representative office (REG-007) can be dropped, a clause opening
    # interference (REG-040) removed, a subject in central affairs (REG-030) taken out; the
    # partner's country's relations with Indonesia are not the region's to change
    pack = load_pack(name)
    blockers = {r.id: r.curable for r in pack.rules if r.severity == "blocker"}
    assert blockers == {"REG-001": False, "REG-007": True, "REG-030": True, "REG-040": True}


def test_a_rule_that_does_not_block_cannot_say_the_region_cannot_remove_it(tmp_path):
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    assert data["rules"][0]["severity"] != "blocker"
    data["rules"][0]["curable"] = False
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    assert "BUD-001.curable" in str(caught.value)
    assert "severity: blocker" in str(caught.value)


def test_a_blocker_may_say_the_region_cannot_remove_it(tmp_path):
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    data["rules"][0]["severity"] = "blocker"
    data["rules"][0]["curable"] = False
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    assert not load_pack(str(path)).rules[0].curable
