"""The disk cache of loaded rule packs and parsed shipped data (``paracheck._cache``): it makes
a one-shot command start faster and never changes an answer.

An edited pack, an edited included file, an entry written by another paracheck or a broken
entry is never used; a cache folder that cannot be written, or none at all, only costs time.
The CLI cases run real processes, as a user's successive commands do.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import paracheck
from paracheck import _cache, _yaml
from paracheck.rules import loader

HERE = Path(__file__).parent
ROOT = HERE.parent
MINI = HERE / "packs" / "mini.yaml"
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"
PROPOSAL = "schema: paracheck/proposal/v1\ntitle: A proposal\ndate: 2015-06-10\n"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(_cache.ENV, str(folder))
    return folder


def cli(*args: str, cache: Path | str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, **{_cache.ENV: str(cache)})
    return subprocess.run(
        [sys.executable, "-m", "paracheck", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def assess_json(proposal: Path, pack: Path, cache: Path | str) -> dict:
    done = cli("assess", str(proposal), "--pack", str(pack), "-f", "json", cache=cache)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def check_titles(result: dict) -> dict[str, str]:
    return {check["rule_id"]: check["title"]["en"] for check in result["checks"]}


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle"))


def test_a_pack_read_back_from_the_cache_is_the_pack_its_file_holds(cache_dir):
    path = (loader.PACKS_DIR / "permendagri-3-2008.yaml").resolve()
    fresh = loader._load_pack_uncached(path)  # a miss: read from the files, then stored
    assert any(p.name.startswith("pack-") for p in entries(cache_dir))
    again = loader._load_pack_uncached(path)  # a hit
    assert again is not fresh
    assert again.model_dump() == fresh.model_dump()
    assert [(r.condition, r.origin) for r in again.rules] == [
        (r.condition, r.origin) for r in fresh.rules
    ]


def test_a_cached_pack_is_what_a_later_load_returns(cache_dir, tmp_path):
    # an entry doctored in place is what the next load returns: the cache is really used
    # (and the tests below, which edit the files, show when it must not be)
    pack = tmp_path / "mini.yaml"
    pack.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    loader._load_pack_uncached(pack.resolve())
    (entry,) = entries(cache_dir)
    files, held = pickle.loads(entry.read_bytes()[len(_cache._MAGIC) :])
    doctored = held.model_copy(update={"version": "doctored"})
    entry.write_bytes(_cache._MAGIC + pickle.dumps((files, doctored)))
    assert loader._load_pack_uncached(pack.resolve()).version == "doctored"


def test_an_entry_made_by_another_paracheck_is_not_used(cache_dir, tmp_path, monkeypatch):
    pack = tmp_path / "mini.yaml"
    pack.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    loader._load_pack_uncached(pack.resolve())
    (entry,) = entries(cache_dir)
    files, held = pickle.loads(entry.read_bytes()[len(_cache._MAGIC) :])
    entry.write_bytes(
        _cache._MAGIC + pickle.dumps((files, held.model_copy(update={"version": "old"})))
    )
    # another paracheck (its code, Python or pydantic changed): another fingerprint
    monkeypatch.setattr(_cache, "code_fingerprint", lambda: "another paracheck")
    assert loader._load_pack_uncached(pack.resolve()).version == "0.0.1"


def test_an_edited_user_pack_is_read_again_by_the_next_command(tmp_path):
    cache = tmp_path / "cache"
    proposal = tmp_path / "p.yaml"
    proposal.write_text(PROPOSAL, encoding="utf-8")
    pack = tmp_path / "mini.yaml"
    text = MINI.read_text(encoding="utf-8")
    pack.write_text(text, encoding="utf-8")
    before = assess_json(proposal, pack, cache)
    assert check_titles(before)["BUD-001"] == "No funding"
    assert entries(cache), "the first command stored the pack"
    info = pack.stat()
    # the same size and modification time: only the content tells the edit apart
    edited = text.replace('en: "No funding"', 'en: "No finance"')
    assert len(edited) == len(text)
    pack.write_text(edited, encoding="utf-8")
    os.utime(pack, ns=(info.st_atime_ns, info.st_mtime_ns))
    after = assess_json(proposal, pack, cache)
    assert check_titles(after)["BUD-001"] == "No finance"
    assert after == json.loads(json.dumps(before).replace('"No funding"', '"No finance"')), (
        "only the edited title changed"
    )


def test_an_edited_included_file_is_read_again_by_the_next_command(tmp_path):
    cache = tmp_path / "cache"
    proposal = tmp_path / "p.yaml"
    proposal.write_text(PROPOSAL, encoding="utf-8")
    text = MINI.read_text(encoding="utf-8")
    head, rules = text.split("rules:\n", 1)
    main = tmp_path / "main.yaml"
    main.write_text(head + "include: [shared]\nrules: []\n", encoding="utf-8")
    shared = tmp_path / "shared.yaml"
    shared_head = (
        "schema: paracheck/rules/v1\nname: shared\n"
        'description: {id: "Aturan bersama", en: "Shared rules"}\nrules:\n'
    )
    shared.write_text(shared_head + rules, encoding="utf-8")
    assert check_titles(assess_json(proposal, main, cache))["BUD-001"] == "No funding"
    shared.write_text(shared_head + rules.replace('"No funding"', '"No finance"'), "utf-8")
    assert check_titles(assess_json(proposal, main, cache))["BUD-001"] == "No finance"


def test_a_pack_edited_into_a_bad_one_is_refused_by_the_next_command(tmp_path):
    cache = tmp_path / "cache"
    proposal = tmp_path / "p.yaml"
    proposal.write_text(PROPOSAL, encoding="utf-8")
    pack = tmp_path / "mini.yaml"
    text = MINI.read_text(encoding="utf-8")
    pack.write_text(text, encoding="utf-8")
    assess_json(proposal, pack, cache)
    pack.write_text(text.replace("severity: high", "severity: critical", 1), "utf-8")
    done = cli("assess", str(proposal), "--pack", str(pack), "-f", "json", cache=cache)
    assert done.returncode == 2
    assert "BUD-001.severity" in done.stderr


def test_an_unwritable_cache_folder_changes_nothing_but_the_time(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    unwritable = blocker / "cache"  # cannot be created: its parent is a file
    usable = tmp_path / "cache"
    args = ("assess", str(NTB), "-f", "json")
    without = cli(*args, cache=unwritable)
    assert without.returncode == 0, without.stderr
    assert without.stderr == ""
    first, second = cli(*args, cache=usable), cli(*args, cache=usable)
    assert without.stdout == first.stdout == second.stdout
    off = cli(*args, cache="")  # caching turned off
    assert off.returncode == 0 and off.stdout == without.stdout


def test_broken_entries_are_read_as_misses(tmp_path):
    cache = tmp_path / "cache"
    args = ("assess", str(NTB), "-f", "json")
    expected = cli(*args, cache=cache).stdout
    stored = entries(cache)
    assert any(p.name.startswith("pack-") for p in stored)
    assert any(p.name.startswith("data-") for p in stored)
    for i, entry in enumerate(stored):  # truncated, emptied, foreign bytes
        entry.write_bytes([entry.read_bytes()[:100], b"", b"not a pickle"][i % 3])
    again = cli(*args, cache=cache)
    assert again.returncode == 0, again.stderr
    assert again.stdout == expected
    assert cli(*args, cache=cache).stdout == expected  # and the entries written anew


def test_an_entry_holding_something_else_is_read_as_a_miss(cache_dir, tmp_path):
    pack = tmp_path / "mini.yaml"
    pack.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    expected = loader._load_pack_uncached(pack.resolve()).model_dump()
    (entry,) = entries(cache_dir)
    for other in (None, 42, ("files",), ((), "not a pack"), (((pack, 1),), "x")):
        entry.write_bytes(_cache._MAGIC + pickle.dumps(other))
        assert loader._load_pack_uncached(pack.resolve()).model_dump() == expected


def test_no_entry_is_written_when_the_cache_is_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv(_cache.ENV, "")
    assert _cache.directory() is None
    _cache.store("data-x.pickle", {"a": 1})
    assert _cache.load("data-x.pickle") is None


def test_shipped_data_is_parsed_once_per_text(cache_dir):
    assert _yaml.load_shipped("a: 1\nb: [x, 2015-06-10]\n") == {"a": 1, "b": ["x", _date()]}
    assert len(entries(cache_dir)) == 1
    assert _yaml.load_shipped("a: 1\nb: [x, 2015-06-10]\n") == {"a": 1, "b": ["x", _date()]}
    assert len(entries(cache_dir)) == 1  # read back, not stored again
    assert _yaml.load_shipped("a: 2\n") == {"a": 2}  # another text: its own entry
    assert len(entries(cache_dir)) == 2


def test_the_cache_keeps_a_bounded_number_of_entries(cache_dir, monkeypatch):
    monkeypatch.setattr(_cache, "MAX_ENTRIES", 5)
    for i in range(12):
        _cache.store(f"data-{i}.pickle", i)
    assert len(entries(cache_dir)) == 5


def test_the_library_answers_the_same_with_and_without_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(_cache.ENV, str(tmp_path / "cache"))
    path = (loader.PACKS_DIR / "pp28-2018.yaml").resolve()
    loader._load_pack_uncached(path)  # stored
    cached = loader._load_pack_uncached(path)  # read back
    monkeypatch.setenv(_cache.ENV, "")
    uncached = loader._load_pack_uncached(path)
    proposal = paracheck.load_proposal(str(NTB))
    assert (
        paracheck.assess(proposal, pack=cached).to_json()
        == paracheck.assess(proposal, pack=uncached).to_json()
    )


def _date():
    import datetime as dt

    return dt.date(2015, 6, 10)


def _bytes_hashed(monkeypatch) -> list[bytes]:
    """What ``_cache.digest`` is given from now on."""
    seen: list[bytes] = []
    digest = _cache.digest
    monkeypatch.setattr(_cache, "digest", lambda data: seen.append(data) or digest(data))
    return seen


def test_a_settled_pack_file_is_checked_by_its_status_not_read_again(
    cache_dir, tmp_path, monkeypatch
):
    monkeypatch.setattr(loader, "SETTLED_NS", 0)  # the file's last change counts as long ago
    pack = tmp_path / "mini.yaml"
    pack.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    first = loader._load_pack_uncached(pack.resolve())
    hashed = _bytes_hashed(monkeypatch)
    again = loader._load_pack_uncached(pack.resolve())  # a hit
    assert again is not first and again.model_dump() == first.model_dump()
    assert pack.read_bytes() not in hashed


def test_a_pack_file_rewritten_with_its_size_and_times_kept_is_read_again(
    cache_dir, tmp_path, monkeypatch
):
    # a write changes the file's status-change time, which no program can set back: a copy
    # keeping the size and the modification time is not taken for the file read before
    monkeypatch.setattr(loader, "SETTLED_NS", 0)
    pack = tmp_path / "mini.yaml"
    text = MINI.read_text(encoding="utf-8")
    pack.write_text(text, encoding="utf-8")
    assert loader._load_pack_uncached(pack.resolve()).version == "0.0.1"
    info = pack.stat()
    pack.write_text(text.replace('version: "0.0.1"', 'version: "0.0.2"'), encoding="utf-8")
    os.utime(pack, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert pack.stat().st_size == info.st_size
    assert pack.stat().st_mtime_ns == info.st_mtime_ns
    assert loader._load_pack_uncached(pack.resolve()).version == "0.0.2"


def test_a_pack_file_changed_just_before_it_was_read_is_checked_by_its_bytes(
    cache_dir, tmp_path, monkeypatch
):
    # written a moment ago, it could change again within the same tick of the file system's
    # clock and keep its times: its status is not recorded, its bytes are read at every use
    pack = tmp_path / "mini.yaml"
    pack.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    loader._load_pack_uncached(pack.resolve())
    (entry,) = entries(cache_dir)
    files, _ = pickle.loads(entry.read_bytes()[len(_cache._MAGIC) :])
    assert {path: status for path, _, status in files}[pack.resolve()] is None
    hashed = _bytes_hashed(monkeypatch)
    loader._load_pack_uncached(pack.resolve())
    assert pack.read_bytes() in hashed
