"""REG-005's activities involving citizens and REG-041's transfer of knowledge are drawn up
sector by sector, by each sector's own Dinas (pack field ``every_sector``, as IMP-007's PKS);
BUD-003's quarterly review of the budget's realisation stays with the cooperation unit, for
the cooperation as a whole.

trust25 (closing note 19): held-out 26's plan said "Perangkat Daerah pengampu sektor:
Masukkan pelatihan … (REG-041)" while the proposal named each sector's Dinas. Decided per
rule: the citizens (students, artists, farmers, fishers) and the staff trained are each
sector's, so the action goes to each sector's Dinas; the budget's realisation is one figure
for the whole cooperation (``budget.realization_rate``), so naming every Dinas beside it
would tell each that its own spending lagged, which the file does not say.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.report import advice, view
from paracheck.rules.loader import load_pack

DATA = Path(__file__).parent / "data" / "trial24-kendari-yeosu-pks-pending.yaml"
DINAS = (
    "Dinas Kelautan dan Perikanan Kota Kendari",
    "Dinas Pariwisata Kota Kendari",
    "Dinas Pendidikan dan Kebudayaan Kota Kendari",
)
GENERIC = {"id": "Perangkat Daerah pengampu sektor", "en": "sector lead agency"}
PACKS = ("pp28-2018", "permendagri-3-2008")


def _data() -> dict[str, Any]:
    """The Kendari file with neither citizens' activities nor a transfer of knowledge, and
    last year's budget half spent."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    data["basis"]["people_to_people"] = False
    data["basis"]["technology_transfer"] = False
    data.setdefault("budget", {})["realization_rate"] = 0.5
    return data


def _assess(pack: str) -> paracheck.Assessment:
    data = _data()
    return paracheck.assess(data, pack=pack, as_of=data["date"])


def _whos(a: paracheck.Assessment, rule: str, lang: str) -> list[str]:
    return [
        str(item["who"])
        for _, items in view.action_plan(a, lang)
        for item in items
        if rule in (item.get("rules") or [])
    ]


@pytest.mark.parametrize("pack", PACKS)
@pytest.mark.parametrize("rule", ["REG-005", "REG-041"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_action_goes_to_each_sectors_dinas(pack: str, rule: str, lang: str) -> None:
    a = _assess(pack)
    assert a.pack.name == pack
    assert next(c for c in a.checks if c.rule_id == rule).status == "risk"
    whos = _whos(a, rule, lang)
    # one line naming the three Dinas together, each for its own sector (trial 250 L4: the
    # same words three times read as three tasks)
    assert len(whos) == 1, whos
    assert all(dinas in whos[0] for dinas in DINAS), whos
    assert GENERIC[lang].casefold() not in whos[0].casefold(), whos


@pytest.mark.parametrize("pack", PACKS)
def test_the_budgets_realisation_stays_with_the_cooperation_unit(pack: str) -> None:
    a = _assess(pack)
    assert next(c for c in a.checks if c.rule_id == "BUD-003").status == "risk"
    whos = _whos(a, "BUD-003", "id")
    assert whos and all(who.startswith("Bagian Kerja Sama") for who in whos), whos
    assert not any(dinas in who for who in whos for dinas in DINAS), whos


@pytest.mark.parametrize("pack", PACKS)
def test_the_rules_for_every_sector_are_those_decided_so(pack: str) -> None:
    """Each rule whose advice goes to 'Perangkat Daerah pengampu sektor' on the whole
    proposal is decided: per sector (``every_sector``), or, for BUD-003, with a reason in
    the pack."""
    rules = load_pack(pack).rules
    every = {r.id for r in rules if r.every_sector}
    assert every == {"IMP-007", "REG-005", "REG-041"}, every


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saran_names_no_generic_agency(lang: str) -> None:
    said = " ".join(advice.advice(_assess("pp28-2018"), lang))
    assert GENERIC[lang].casefold() not in said.casefold(), said
