"""Generated code kept on disk (``paracheck._cache.compile_source``): the tests the engine
writes as Python source for a pack's conditions are compiled once per Python and read back
by later processes, and reading them back never changes an answer.
"""

from __future__ import annotations

import marshal
import sys
from collections import OrderedDict
from pathlib import Path

import pytest

import paracheck
from paracheck import _cache
from paracheck.engine import compiler
from paracheck.facts import decompose
from paracheck.rules import loader

HERE = Path(__file__).parent
EXAMPLES = sorted((HERE.parent / "examples").glob("*.yaml"))


@pytest.fixture
def fresh(tmp_path, monkeypatch) -> Path:
    """An empty disk cache, and a process that has compiled and generated nothing yet."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(_cache.ENV, str(folder))
    new_process(monkeypatch)
    return folder


def new_process(monkeypatch) -> None:
    """What a new process knows: no compiled pack, no generated code in memory (the disk
    cache stays)."""
    monkeypatch.setattr(compiler, "_cache", OrderedDict())
    monkeypatch.setattr(_cache, "_codes", None)
    monkeypatch.setattr(_cache, "_loaded", {})
    monkeypatch.setattr(_cache, "_unsaved", {})
    decompose._copier.cache_clear()
    decompose._nested_copier.cache_clear()


def never_compile(monkeypatch) -> None:
    """From now on generated code compiled from its source is a test failure."""

    def refuse(*args, **kwargs):
        raise AssertionError("generated code compiled again, not read back from the disk cache")

    monkeypatch.setattr(_cache, "compile", refuse, raising=False)  # shadows the builtin


def answers() -> list[bytes]:
    out = []
    for path in EXAMPLES:
        proposal = paracheck.load_proposal(str(path))
        for pack in loader.pack_names():
            out.append(paracheck.assess(proposal, pack=pack).to_json_bytes())
    return out


def test_every_example_answers_the_same_with_its_tests_read_back_and_none_compiled(
    fresh, monkeypatch
):
    first = answers()
    entries = sorted(fresh.glob("codes-*.pickle"))
    assert len(entries) == 1, entries
    new_process(monkeypatch)
    never_compile(monkeypatch)
    assert answers() == first
    assert _cache._loaded, "no generated code was read back"


def test_a_damaged_code_entry_is_compiled_again(fresh, monkeypatch):
    source = "def f():\n    return 41 + 1\n"
    key = _cache.digest(f"<t>\0{source}".encode())
    _cache.store(_cache._codes_entry(), {key: b"not marshal data"})
    new_process(monkeypatch)
    scope: dict = {}
    exec(_cache.compile_source(source, "<t>"), scope)
    assert scope["f"]() == 42


def test_code_kept_under_another_file_name_is_not_used(fresh, monkeypatch):
    source = "def f():\n    return 1\n"
    key = _cache.digest(f"<t>\0{source}".encode())
    other = compile("def f():\n    return 2\n", "<other>", "exec")
    _cache.store(_cache._codes_entry(), {key: marshal.dumps(other)})
    new_process(monkeypatch)
    scope: dict = {}
    exec(_cache.compile_source(source, "<t>"), scope)
    assert scope["f"]() == 1


def test_code_compiled_by_another_python_is_kept_apart(fresh, monkeypatch):
    ours = _cache._codes_entry()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert _cache._codes_entry() != ours


def test_no_code_entry_is_written_when_the_cache_is_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv(_cache.ENV, "")
    new_process(monkeypatch)
    scope: dict = {}
    exec(_cache.compile_source("x = 3\n", "<t>"), scope)
    _cache.store_codes()
    assert scope["x"] == 3
    assert not list(tmp_path.iterdir())


def test_the_code_entry_keeps_a_bounded_number_of_functions(fresh, monkeypatch):
    monkeypatch.setattr(_cache, "MAX_CODES", 2)
    for i in range(5):
        _cache.compile_source(f"x = {i}\n", "<t>")
    _cache.store_codes()
    kept = _cache.load(_cache._codes_entry())
    assert len(kept) == 2


def test_a_process_keeps_a_bounded_number_of_functions_in_memory(fresh, monkeypatch):
    # a server judging many uploaded packs generates new functions for each
    monkeypatch.setattr(_cache, "MAX_CODES", 2)
    for i in range(5):
        scope: dict = {}
        exec(_cache.compile_source(f"x = {i}\n", "<t>"), scope)
        assert scope["x"] == i  # still compiled and run past the bound
    assert len(_cache._loaded) == 2
