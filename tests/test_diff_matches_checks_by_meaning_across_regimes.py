"""Across the regime change a comparison matches checks by what they ask, not by their id.

Practitioner trial 28 #3: comparing a 2016 assessment (Permendagri 3/2008) with a 2020 one
(PP 28/2018 + Permendagri 25/2020), ``paracheck diff`` showed "REG-011 Persetujuan pemerintah
pusat telah diperoleh: Tidak ada temuan → Tidak berlaku". In 2016 REG-011 was "Daerah telah
meminta fasilitasi Kemendagri"; central approval was no step then. The facilitation check is
REG-050 under PP 28/2018, which the diff called new. The newer pack's ``ids_changed`` says
which ids moved, and the loader checks each entry against both packs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.comparison import counterparts
from paracheck.errors import PackError
from paracheck.rules.loader import PACKS_DIR, load_pack

DATA = Path(__file__).parent / "data"
OLD = DATA / "trial28-pontianak-kuching-2016.yaml"
NEW = DATA / "trial28-pontianak-kuching-2020.yaml"


def _assess(path: Path) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(path))


@pytest.fixture(scope="module")
def sides() -> tuple[paracheck.Assessment, paracheck.Assessment]:
    return _assess(OLD), _assess(NEW)


def _changes(d: paracheck.AssessmentDiff) -> list:
    return [c for _, changes in d.groups() for c in changes] + list(d.persisted)


def _moved() -> dict[str, str | None]:
    """The pack's own entries: the 2008 id → the id of the same check under PP 28/2018."""
    return {e.was: e.now for e in load_pack("pp28-2018").ids_changed}


def test_no_check_carries_the_status_of_another_check_of_the_same_id(sides):
    old, new = sides
    assert old.pack.name == "permendagri-3-2008" and new.pack.name == "pp28-2018"
    d = paracheck.diff(old, new)
    for was, now in _moved().items():
        # the new check of that id never shows the old check's status under its title
        for change in _changes(d):
            if change.rule_id == was and change.new_status is not None:
                assert change.old_status is None and change.old_rule_id is None, (was, change)
        if now is not None and now in {c.rule_id for c in new.checks}:
            # the old check is matched to the id it has now, and is not called new
            assert now not in {c.rule_id for c in d.added}
            old_status = {c.rule_id: c.status for c in old.checks}[was]
            for change in _changes(d):
                if change.rule_id == now:
                    assert change.old_rule_id == was
                    assert change.old_status == old_status


def test_a_check_whose_id_means_another_check_says_both_checks(sides):
    old, new = sides
    d = paracheck.diff(old, new)
    old_by_id = {c.rule_id: c for c in old.checks}
    new_by_id = {c.rule_id: c for c in new.checks}
    for was in _moved():
        if was not in new_by_id:
            continue
        added = next(c for c in d.added if c.rule_id == was)
        assert added.namesake is not None
        assert added.namesake.statement == old_by_id[was].statement
        assert added.statement == new_by_id[was].statement
        for lang in ("id", "en"):
            for fmt in ("text", "markdown"):
                out = " ".join(paracheck.render_diff(d, fmt, lang).split())
                assert " ".join(old_by_id[was].statement.get(lang).split()) in out, (was, fmt)
                assert " ".join(new_by_id[was].statement.get(lang).split()) in out, (was, fmt)
    doc = json.loads(paracheck.render_diff(d, "json"))
    said = {c["rule_id"]: c["namesake"] for c in doc["added"]}
    assert said["REG-011"]["matched"] == _moved()["REG-011"]


def test_the_web_comparison_says_the_old_id_of_a_moved_check():
    pytest.importorskip("fastapi")

    from fastapi.testclient import TestClient

    from paracheck.web import create_app

    client = TestClient(create_app())
    from tests.web_support import compare_on_page

    answer = compare_on_page(client, OLD.read_bytes(), NEW.read_bytes())
    assert "Pada versi lama, REG-011 ialah pemeriksaan lain" in answer.text


def test_the_files_given_the_other_way_round_match_the_same_checks(sides):
    old, new = sides
    forward, back = paracheck.diff(old, new), paracheck.diff(new, old)
    pairs = {(c.old_rule_id or c.rule_id, c.rule_id) for c in _changes(forward)}
    reverse = {(c.rule_id, c.old_rule_id or c.rule_id) for c in _changes(back)}
    assert {p for p in pairs if p[0] != p[1]} == {p for p in reverse if p[0] != p[1]}
    assert {c.rule_id for c in back.added} == {c.rule_id for c in forward.removed}


def test_one_pack_or_unrelated_packs_match_by_id():
    to_old, to_new = counterparts("pp28-2018", "pp28-2018")
    assert to_old("REG-011") == "REG-011" and to_new("REG-050") == "REG-050"
    to_old, to_new = counterparts("permendagri-3-2008", "pp28-2018")
    assert to_old("REG-050") == "REG-011" and to_new("REG-011") == "REG-050"
    assert to_old("REG-011") is None
    # Full Powers after the consultation: here REG-057, for an MoU signed before 22 May 2020
    # (attack 390 H4)
    assert to_new("REG-046") == "REG-057" and to_old("REG-057") == "REG-046"
    # the consultation's order: permendagri-3-2008's REG-023, here REG-052 (trial 190 #2)
    assert to_new("REG-023") == "REG-052" and to_old("REG-052") == "REG-023"
    assert to_old("BUD-003") == "BUD-003"


def _user_pack(tmp_path: Path, entries: list[dict]) -> Path:
    """pp28-2018 copied with its included files, its ``ids_changed`` replaced."""
    for name in ("pp28-2018", "thesis-obstacles"):
        shutil.copy(PACKS_DIR / f"{name}.yaml", tmp_path / f"{name}.yaml")
    path = tmp_path / "pp28-2018.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\nids_changed:\n")
    end = text.index("\ndescription:", start)
    block = yaml.safe_dump({"ids_changed": entries}, sort_keys=False)
    path.write_text(text[: start + 1] + block + text[end:], encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        ({"was": "REG-099", "now": None}, "REG-099 is not a check of permendagri-3-2008"),
        ({"was": "REG-011", "now": "REG-098"}, "REG-098 is not a check of this pack"),
        # REG-023 is a check of both packs: claimed by REG-011's entry, it would match twice
        ({"was": "REG-011", "now": "REG-023"}, "REG-023 is also a check of permendagri-3-2008"),
    ],
)
def test_the_loader_refuses_an_entry_that_does_not_relate_two_checks(tmp_path, entry, said):
    path = _user_pack(tmp_path, [{**entry, "reason": "a test"}])
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert said in str(caught.value)


def test_the_loader_refuses_an_id_listed_twice(tmp_path):
    entries = [
        {"was": "REG-011", "now": "REG-050", "reason": "a test"},
        {"was": "REG-011", "now": None, "reason": "a test"},
    ]
    with pytest.raises(PackError) as caught:
        load_pack(_user_pack(tmp_path, entries))
    assert "REG-011 is listed twice in ids_changed" in str(caught.value)


def test_the_loader_refuses_ids_changed_without_the_pack_superseded(tmp_path):
    path = _user_pack(tmp_path, [{"was": "REG-011", "now": "REG-050", "reason": "a test"}])
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("supersedes: permendagri-3-2008", "supersedes: null"), "utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert "supersedes must name a shipped pack" in str(caught.value)
