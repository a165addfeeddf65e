"""A proposal whose text cannot hold an alias, an anchor or a tag is composed by libyaml's
own composer (``facts.loader._plain_tree``, issue 16); whatever it reads, the loader gives
the same proposal, positions and problems as the bounded composer, and anything that
composer would refuse or place is left to it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from paracheck.errors import InputError
from paracheck.facts import loader

ROOT = Path(__file__).resolve().parent.parent
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"


def _read(text: str, source: str = "p.yaml") -> tuple[str, object, object]:
    """What loading ``text`` gives: the proposal with its origin, or the problems."""
    try:
        proposal = loader.load_proposal_bytes(text.encode("utf-8"), source)
    except InputError as exc:
        return (
            "problems",
            [str(p) for p in exc.problems],
            [(p.line, p.column, p.path) for p in exc.problems],
        )
    return "proposal", proposal.model_dump_json(), proposal.origin


def _bounded_only(monkeypatch: pytest.MonkeyPatch, text: str, source: str = "p.yaml") -> object:
    with monkeypatch.context() as patched:
        patched.setattr(loader, "_plain_tree", lambda _text: loader._UNREAD)
        return _read(text, source)


def _texts() -> list[tuple[str, str]]:
    import yaml

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import gen  # type: ignore[import-not-found]

    texts = [(p.read_text(encoding="utf-8"), p.name) for p in sorted(ROOT.glob("examples/*.yaml"))]
    texts += [
        (yaml.safe_dump(d, allow_unicode=True), f"g{i}.yaml")
        for i, d in enumerate(gen.proposals(40, seed=31))
    ]
    ntb = NTB.read_text(encoding="utf-8")
    texts += [
        ("", "empty.yaml"),
        ("# only a comment\n", "comment.yaml"),
        ("---\n", "null.yaml"),
        ("- a\n- b\n", "list.yaml"),
        ("just text\n", "scalar.yaml"),
        (ntb + "\n---\ntitle: second\n", "two.yaml"),
        (ntb.replace("title:", "title: [unclosed", 1), "syntax.yaml"),
        (ntb + "title: again\n", "duplicate.yaml"),
        (ntb.replace("date:", "date: yes\ndated:", 1), "yes.yaml"),
        (
            "schema: paracheck/proposal/v1\nbudget: {apbd: 0x10, other: 1:30, more: 010}\n",
            "bases.yaml",
        ),
        ('{"schema": "paracheck/proposal/v1", "title": "json", "date": "2015-13-45"}', "p.json"),
        ("k: " + "[" * 64 + "]" * 64 + "\n", "deep64.yaml"),
        ("k: " + "[" * 70 + "]" * 70 + "\n", "deep70.yaml"),
        ("k: [" + "0," * 120_000 + "0]\n", "many.yaml"),
    ]
    return texts


def test_the_loader_reads_as_the_bounded_composer_does(monkeypatch: pytest.MonkeyPatch) -> None:
    read_in_c = 0
    for text, source in _texts():
        read_in_c += loader._plain_tree(text) is not loader._UNREAD
        assert _read(text, source) == _bounded_only(monkeypatch, text, source), source
    assert read_in_c >= 40  # the examples and generated proposals are read in C


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1, 2]\nb: *x\n",  # an anchor and its alias: counted by the bounded composer
        "a: !!python/object:os.system x\n",  # a tag
        "a: b\n---\na: c\n",  # a second document
        "a: [1, 2\n",  # a syntax error
        "k: " + "[" * 70 + "]" * 70 + "\n",  # deeper than MAX_DEPTH
        "k: [" + "0," * 120_000 + "0]\n",  # more nodes than MAX_NODES
        "k: " + "x" * (loader._PLAIN_MAX + 1) + "\n",  # longer than a proposal
    ],
)
def test_what_the_bounded_composer_refuses_or_counts_is_left_to_it(text: str) -> None:
    assert loader._plain_tree(text) is loader._UNREAD


def test_a_plain_proposal_is_composed_in_c() -> None:
    assert loader._nesting_bounded()  # the libyaml in use refuses nesting beyond 1,000
    root = loader._plain_tree(NTB.read_text(encoding="utf-8"))
    assert root is not loader._UNREAD and root.tag.endswith(":map")


def test_depth_and_size_are_counted_as_the_bounded_composer_counts_them() -> None:
    import yaml

    def tree(text: str) -> yaml.Node:
        return yaml.compose(text, Loader=yaml.CSafeLoader)

    # the root mapping is one level: 63 lists inside it are 64, one more is too deep
    assert loader._bounded(tree("k: " + "[" * 63 + "]" * 63))
    assert not loader._bounded(tree("k: " + "[" * 64 + "]" * 64))
    # the root, the key, the list and its items: MAX_NODES in all, then one more
    items = loader.MAX_NODES - 3
    assert loader._bounded(tree("k: [" + "0," * (items - 1) + "0]"))
    assert not loader._bounded(tree("k: [" + "0," * items + "0]"))
