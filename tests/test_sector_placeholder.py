"""A recommendation names the proposal's own sectors where its text says ``{sectors|…}``.

GOV-005 told the Biro Kerja Sama to invite business associations to design "program di
sektor-sektor ekonomi kerja sama ini" (words18 C8, closing note 13): the officer had to work
out which sectors. The rule language's placeholder ``{sectors|words used where no sector is
known}`` is replaced in an assessment by the sectors the check is about ("sektor perdagangan
dan pariwisata"); the blank checklist and the rule's page, which have no proposal, keep the
words after "|". The loader refuses a placeholder it does not know, naming the rule and field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

GENERIC_ID = "sektor-sektor ekonomi kerja sama ini"


def _economic(*names: str) -> paracheck.Assessment:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister Province",
        "date": "2023-03-01",
        "stage": "proposal",
        "form": "sister_province",
        "sectors": [{"name": n} for n in names],
        "governance": {"stakeholders": []},
    }
    return paracheck.assess(data)


def _gov005(a: paracheck.Assessment, lang: str = "id") -> list[str]:
    (check,) = [c for c in a.checks if c.rule_id == "GOV-005"]
    assert check.status == "risk"
    return [r.text.get(lang) for r in check.recommendations]


def test_the_advice_names_the_economic_sectors_the_proposal_has():
    a = _economic("trade", "education", "tourism")
    said = _gov005(a)[0]
    assert "merancang program di sektor perdagangan dan pariwisata, agar" in said
    assert GENERIC_ID not in said and "pendidikan" not in said
    assert "the programmes of the trade and tourism sectors, so" in _gov005(a, "en")[0]
    memo = paracheck.render(a, "markdown", lang="id")
    assert "sektor perdagangan dan pariwisata" in memo and GENERIC_ID not in memo
    # the action plan merges by the text shown
    assert any("sektor perdagangan dan pariwisata" in act.text.id for act in a.actions)


def test_one_sector_is_named_alone():
    (said, *_) = _gov005(_economic("investment"), "en")
    assert "the programmes of the investment sector, so" in said


def test_without_a_proposal_the_words_after_the_bar_stand():
    pack = load_pack("pp28-2018")
    (rec, *_) = pack.rule("GOV-005").recommend
    assert GENERIC_ID in rec.text.id and "{" not in rec.text.id and "{" not in rec.text.en
    page = paracheck.render_rule(pack, pack.rule("GOV-005"), "id")
    assert GENERIC_ID in page and "{sectors" not in page


def _mini(tmp_path: Path, text: dict[str, str]) -> Path:
    data: dict[str, Any] = yaml.safe_load(
        (Path(__file__).parent / "packs" / "mini.yaml").read_text()
    )
    data["rules"][0]["recommend"][0]["text"] = text
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return path


@pytest.mark.parametrize(
    "text",
    [
        {"id": "Di {sector|sektor ini}", "en": "In {sector|this sector}"},  # unknown name
        {"id": "Di {sectors}", "en": "In {sectors}"},  # no words for no sector
        {"id": "Di {sectors|sektor ini}", "en": "In this sector"},  # one language only
        {"id": "Di {sectors|a} dan {sectors|b}", "en": "In {sectors|a} and {sectors|b}"},
        {"id": "Kurung { terbuka", "en": "An open { brace"},
        {"id": "Di {areas|kawasan itu}", "en": "In {sectors|this sector}"},  # two names
        {"id": "Di {areas|kawasan itu}", "en": "In those areas"},  # one language only
    ],
)
def test_a_placeholder_the_language_does_not_know_is_refused(tmp_path, text):
    with pytest.raises(PackError) as caught:
        load_pack(str(_mini(tmp_path, text)))
    said = str(caught.value)
    assert "BUD-001.recommend[0].text" in said
    assert "{sectors|words used where no sector is known}" in said


def test_a_user_pack_may_name_the_sectors_too(tmp_path):
    pack = load_pack(
        str(_mini(tmp_path, {"id": "Danai {sectors|semua sektor}", "en": "Fund {sectors|all}"}))
    )
    (rec,) = pack.rule("BUD-001").recommend
    assert rec.text.id == "Danai semua sektor" and rec.sectors_said == ("semua sektor", "all")
