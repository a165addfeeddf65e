"""The procedure table says on what authority its steps and their order rest (attack 400 H2).

Permendagri 3/2008's steps are known from regional governments' service pages (REGULATION.md:
"as practised", confidence medium), and the table's "Wajib: ya" read as the regulation's own
word. A note under the table names the pack's ``procedure_basis`` with its confidence, the
earlier pack's too where the steps up to the signing are judged by its rules, and the steps
a law requires as well (``statutory``), hedged as REGULATION.md has them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

ROOT = Path(__file__).parent.parent
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"
WELL = ROOT / "examples" / "well-prepared-2023.yaml"
BITUNG = ROOT / "tests" / "data" / "holdout400-bitung-davao-2024.yaml"

PRACTICE = {
    "id": "Permendagri 3/2008 sebagaimana dipraktikkan (menurut sumber sekunder, keyakinan sedang)",
    "en": "Permendagri 3/2008 as practised (reported, confidence medium)",
}
LATER = {
    "id": "Permendagri 25/2020 (keyakinan sedang-tinggi)",
    "en": "Permendagri 25/2020 (confidence medium-high)",
}


def _procedure_part(path: Path, fmt: str, lang: str) -> str:
    """The rendered report from its procedure heading on, its line breaks undone."""
    said = paracheck.render(paracheck.assess(paracheck.load_proposal(str(path))), fmt, lang)
    word = {"id": "Prosedur", "en": "Procedure"}[lang]
    heading = {"text": f"\n{word.upper()}\n", "markdown": f"## {word}\n", "html": f">{word}</h2>"}
    assert said.count(heading[fmt]) == 1
    return " ".join(said.split(heading[fmt])[1].split())


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_2015_mou_judged_by_the_2008_rules_names_their_practice_and_its_confidence(fmt, lang):
    part = _procedure_part(NTB, fmt, lang)
    assert PRACTICE[lang] in part
    assert LATER[lang] not in part


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_2016_mou_judged_in_2024_names_each_regime_for_its_steps(lang):
    part = _procedure_part(BITUNG, "text", lang)
    first = {"id": "Langkah sampai penandatanganan MoU", "en": "The steps up to the MoU's signing"}
    assert first[lang] in part
    assert part.index(PRACTICE[lang]) < part.index(LATER[lang])
    # the deposit with Kemlu, owed after the signing, is a step of the 2008 practice (wording
    # review 57 M3), said with it
    deposit = {"id": "serta penyimpanan naskah di Kemlu, mengikuti", "en": "and deposit"}[lang]
    assert deposit in part


def test_a_2023_mou_names_permendagri_25_2020_alone():
    part = _procedure_part(WELL, "text", "id")
    assert f"Langkah-langkah ini dan urutannya mengikuti {LATER['id']}." in part
    assert PRACTICE["id"] not in part
    # no sentence on the laws behind some steps: the findings cite them, each with its
    # confidence (wording review 57 M1, M2)
    assert "Undang-undang juga mewajibkan" not in part
