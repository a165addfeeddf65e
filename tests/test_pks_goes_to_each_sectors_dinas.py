"""IMP-007's PKS, drawn up per sector, goes to each sector's own Dinas, as IMP-011's advice
goes to the idle sector's (pack field ``every_sector``).

Newcomer trial 24 (P1, Kota Kendari – Yeosu-si): with the PKS still to be drawn up, the plan
said "Perangkat Daerah pengampu sektor: Susun perjanjian kerja sama (PKS) per sektor …" and
the Saran assigned "Perangkat Daerah pengampu sektor" beside three named Dinas: the disposisi
went to no one, although each of the three sectors names its lead agency.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.report import advice, view
from paracheck.rules.loader import load_pack

DATA = Path(__file__).parent / "data" / "trial24-kendari-yeosu-pks-pending.yaml"
DINAS = (
    "Dinas Kelautan dan Perikanan Kota Kendari",
    "Dinas Pariwisata Kota Kendari",
    "Dinas Pendidikan dan Kebudayaan Kota Kendari",
)
GENERIC = {"id": "Perangkat Daerah pengampu sektor", "en": "sector lead agency"}


def _data() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _assess(data: dict[str, Any], pack: str = "pp28-2018") -> paracheck.Assessment:
    return paracheck.assess(data, pack=pack, as_of=data["date"])


def _imp007_whos(a: paracheck.Assessment, lang: str) -> list[str]:
    return [
        str(item["who"])
        for _, items in view.action_plan(a, lang)
        for item in items
        if "IMP-007" in (item.get("rules") or [])
    ]


@pytest.mark.parametrize("pack", ["pp28-2018", "permendagri-3-2008"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pks_action_goes_to_each_sectors_dinas(pack: str, lang: str) -> None:
    a = _assess(_data(), pack)
    assert a.pack.name == pack
    assert next(c for c in a.checks if c.rule_id == "IMP-007").status == "risk"
    whos = _imp007_whos(a, lang)
    # one line naming the three Dinas together (trial 250 L4, trial 270)
    assert len(whos) == 1, whos
    assert all(dinas in whos[0] for dinas in DINAS), whos
    assert GENERIC[lang].casefold() not in whos[0].casefold(), whos


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saran_assigns_the_dinas_not_the_generic_agency(lang: str) -> None:
    said = " ".join(advice.advice(_assess(_data()), lang))
    for dinas in DINAS:
        assert dinas in said
    assert GENERIC[lang].casefold() not in said.casefold()


def test_a_sector_without_a_named_agency_gets_the_one_to_be_appointed() -> None:
    data = _data()
    data["sectors"][2]["lead_agency"] = None
    (who,) = _imp007_whos(_assess(data), "id")
    assert "Perangkat Daerah yang akan ditetapkan mengampu sektor pendidikan" in who
    assert DINAS[2] not in who and DINAS[0] in who and DINAS[1] in who


def test_every_sector_on_a_rule_run_per_item_is_refused(tmp_path: Path) -> None:
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    data["rules"][0]["for_each"] = "sectors"
    data["rules"][0]["every_sector"] = True
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(PackError) as raised:
        load_pack(str(path))
    assert "BUD-001.every_sector" in str(raised.value)
    assert "every_sector is for a check on the whole proposal" in str(raised.value)


def test_every_sector_on_a_rule_on_the_whole_proposal_loads(tmp_path: Path) -> None:
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    data["rules"][0]["every_sector"] = True
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    assert load_pack(str(path)).rules[0].every_sector
