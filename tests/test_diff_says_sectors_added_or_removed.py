"""A comparison says which sectors one version has and the other lacks, by their place in
their own version and their name, in every format (newcomer trial 21 #10: v2 removed the
education sector, and ``paracheck diff`` listed only IMP-002 and HR-005 under "Tidak lagi
menjadi temuan", which read as a programme added)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.report.messages import message

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "golden" / "proposals" / "padang-hildesheim-2016.yaml"


def _assess(drop: str | None = None, extra: dict[str, Any] | None = None) -> paracheck.Assessment:
    """The sample (sectors education, culture), without the sector named ``drop`` and with
    ``extra`` as a last sector."""
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["sectors"] = [s for s in data["sectors"] if s["name"] != drop]
    if extra is not None:
        data["sectors"].append(extra)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return paracheck.assess(paracheck.load_proposal_text(text, source="p.yaml"))


TOURISM = {
    "name": "tourism",
    "lead_agency": "Dinas Pariwisata Kota Padang",
    "programs": [{"name": "Promosi wisata bersama", "status": "planned"}],
}


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[*|#]", " ", text).split())


def test_a_removed_sector_is_named_with_its_old_place():
    d = paracheck.diff(_assess(), _assess(drop="education"))
    # education was the first sector; culture, now first, only moved up: not listed
    assert [(s.path, s.name) for s in d.sectors_removed] == [("sectors[0]", "education")]
    assert d.sectors_added == []


def test_an_added_sector_is_named_with_its_new_place():
    d = paracheck.diff(_assess(), _assess(extra=TOURISM))
    assert [(s.path, s.name) for s in d.sectors_added] == [("sectors[2]", "tourism")]
    assert d.sectors_removed == []


def test_the_same_sectors_change_nothing():
    d = paracheck.diff(_assess(), _assess())
    assert d.sectors_added == d.sectors_removed == []
    for fmt in ("text", "markdown"):
        out = paracheck.render_diff(d, fmt, "id")
        assert message("diff.sectors", "id").casefold() not in out.casefold()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_format_says_the_sectors_added_and_removed(lang):
    d = paracheck.diff(_assess(), _assess(drop="education", extra=TOURISM))
    removed = message(
        "diff.sector_removed",
        lang,
        place="sektor ke-1 (pendidikan)" if lang == "id" else "sector 1 (education)",
    )
    # tourism is the second sector of the new version, culture the first
    added = message(
        "diff.sector_added",
        lang,
        place="sektor ke-2 (pariwisata)" if lang == "id" else "sector 2 (tourism)",
    )
    for fmt in ("text", "markdown"):
        out = _flat(paracheck.render_diff(d, fmt, lang))
        assert message("diff.sectors", lang).casefold() in out.casefold(), fmt
        assert _flat(removed) in out, fmt
        assert _flat(added) in out, fmt
    doc = json.loads(paracheck.render_diff(d, "json", lang))
    assert doc["sectors_removed"] == [{"path": "sectors[0]", "name": "education"}]
    assert doc["sectors_added"] == [{"path": "sectors[1]", "name": "tourism"}]
    assert paracheck.diff_view(d, lang).sectors == (removed, added)
