"""A rule pack's problems are said in the pack author's language (``--lang id`` by default):
``assess --pack FILE``, ``rules test --pack FILE`` and ``rules docs --pack FILE`` printed
"cannot read pack: while parsing a block mapping …" and every other pack problem in English.

The pack's own paths, keys and values stay as written (its author writes them); the sentences
come from ``facts/data/pack_problems.yaml``; the English sentence is each problem's
``message``, as before.
"""

from __future__ import annotations

import re
import string
from functools import cache
from importlib import resources
from pathlib import Path

import pytest
import yaml

from paracheck.errors import PackError, Words
from paracheck.rules.loader import load_pack

from .test_indonesian_only import english_words
from .test_user_pack import FILE_CASES, MINI, RULE_CASES, _cli, bad_pack

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ntb-zhejiang-2015.yaml"

# what a pack author writes, named in a sentence as written: not English prose
PACK_WORDS = {
    "all", "any", "not", "count", "share", "path", "contains", "flag", "exists", "where",
    "plus", "times", "in", "when", "include", "actors", "null", "true", "false", "or",
}  # fmt: skip
#: a field path, a quoted value, or a file and position: written by the author
WRITTEN = re.compile(r"'[^']*'|\"[^\"]*\"|\S*[._\[\]/]\S*|\{[^}]*\}")


@cache
def _catalogue() -> dict[str, dict[str, str]]:
    text = resources.files("paracheck.facts").joinpath("data", "pack_problems.yaml")
    return yaml.safe_load(text.read_text("utf-8"))["messages"]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_pack_message_has_both_languages_and_the_indonesian_names_nothing_more():
    for key, forms in _catalogue().items():
        assert key.startswith(("pack.", "cond.")), key  # how errors.Problem knows them
        assert set(forms) == {"en", "id"}, key
        # what _model_problem gives every pack.model sentence beside pydantic's {detail}
        given = {"expected", "limit", "pattern", "value", "until", "start", "known"}
        assert _fields(forms["id"]) <= _fields(forms["en"]) | given, key
        assert "field" not in _fields(forms["en"]), key  # Words.render fills {field} itself
        values = dict.fromkeys(_fields(forms["en"]) | _fields(forms["id"]), "v")
        words = Words.of(key, **values)
        assert words.render("en") and words.render("id"), key


# --- bad packs, said in Indonesian ---------------------------------------------------------

EXTRA_CASES = [  # (case, old text of mini.yaml, new text)
    ("indentation", '    why: {id: "Tanpa dana', '      why: {id: "Tanpa dana'),
    ("list-indentation", "    severity: high\n", "   severity: high\n"),
    ("missing-field", "    severity: high\n", ""),
    ("unknown-key", "    severity: high\n", "    severity: high\n    colour: red\n"),
    ("wrong-choice", "    severity: high\n", "    severity: huge\n"),
    ("out-of-range", "    likelihood: 4\n", "    likelihood: 9\n"),
    ("impossible-date", "effective_from: 2000-01-01", "effective_from: 2000-02-30"),
]


def _said(line: str) -> str:
    """What a problem line says, without its place and the things written as in the pack."""
    said = re.sub(r"^.*?\.yaml:\d+:\d+: ", "", line)
    said = WRITTEN.sub(" ", said)
    return " ".join(w for w in said.split() if w.strip(",;:()?").lower() not in PACK_WORDS)


def _pack_cases(tmp_path: Path) -> list[tuple[str, Path]]:
    out = []
    for case, old, new, *_ in [*RULE_CASES, *EXTRA_CASES]:
        folder = tmp_path / case
        folder.mkdir()
        out.append((case, bad_pack(folder, (old, new))))
    for case, text, *_ in FILE_CASES:
        path = tmp_path / f"{case}.yaml"
        path.write_text(text, encoding="utf-8")
        out.append((case, path))
    return out


def test_each_bad_pack_is_refused_with_sentences_in_indonesian(tmp_path):
    checked = 0
    for case, path in _pack_cases(tmp_path):
        with pytest.raises(PackError) as refused:
            load_pack(str(path))
        for problem in refused.value.problems:
            line = problem.describe("id")
            assert problem.words is not None, (case, line)  # no English-only problem left
            said = _said(line)
            assert said and not english_words(said), (case, line, english_words(said))
            assert problem.describe("en").endswith(problem.message), (case, line)
            checked += 1
    assert checked >= len(RULE_CASES) + len(EXTRA_CASES) + len(FILE_CASES)


@pytest.mark.parametrize(
    "command",
    [
        ["assess", str(EXAMPLE), "--pack"],
        ["rules", "test", "--pack"],
        ["rules", "docs", "-o", "{tmp}/docs", "--pack"],
    ],
    ids=["assess", "rules-test", "rules-docs"],
)
def test_a_badly_indented_pack_is_said_in_indonesian_on_every_command(tmp_path, command):
    pack = bad_pack(tmp_path, EXTRA_CASES[0][1:])
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    done = _cli(*args, str(pack))
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert (
        "bad.yaml:23:7: paket aturan tidak dapat dibaca: penulisan YAML keliru: kunci ini dimulai "
        "di kolom 7, sedangkan kunci di baris 22 di kolom 5"
    ) in done.stderr, done.stderr
    english = _cli(*args, str(pack), "--lang", "en")
    assert "bad.yaml:23:7: cannot read pack: invalid YAML: this key starts in column 7" in (
        english.stderr
    ), english.stderr


def test_a_condition_problem_keeps_its_english_message_and_path():
    """Programs and logs read ``message``: it is the sentence the loader always printed."""
    text = MINI.read_text(encoding="utf-8").replace(
        "{path: budget.apbd_allocation_idr, eq: 0}", "{path: budget.apbd_allocation, eq: 0}", 1
    )
    with pytest.raises(PackError) as refused:
        load_pack_text(text)
    [problem] = refused.value.problems
    assert problem.path == "BUD-001.when.all[0].path"
    assert problem.message == (
        "'budget.apbd_allocation' is not a field of the proposal; "
        "did you mean 'budget.apbd_allocation_idr'?"
    )
    assert problem.describe("id").endswith(
        "BUD-001.when.all[0].path: 'budget.apbd_allocation' bukan ruas usulan; "
        "mungkin maksudnya 'budget.apbd_allocation_idr'?"
    )
    assert isinstance(problem.words, Words)


def load_pack_text(text: str, tmp: Path | None = None):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pack.yaml"
        path.write_text(text, encoding="utf-8")
        return load_pack(str(path))


def test_a_problem_of_the_pack_header_is_placed_on_its_key_line():
    """``effective_from: 20000101`` was reported at ``pack.yaml:0:0`` (no line at all)."""
    text = MINI.read_text(encoding="utf-8")
    row = text.splitlines().index("effective_from: 2000-01-01") + 1
    with pytest.raises(PackError) as refused:
        load_pack_text(text.replace("effective_from: 2000-01-01", "effective_from: 20000101"))
    [problem] = refused.value.problems
    assert (problem.line, problem.path) == (row, "effective_from")
    column = len("effective_from: ") + 1  # at the value written, not column 0 (atk21)
    assert problem.describe("id").endswith(
        f"pack.yaml:{row}:{column}: effective_from: 20000101 berupa angka, bukan tanggal: "
        "tulis sebagai TTTT-BB-HH (misalnya 2018-04-18)"
    )


def test_every_problem_the_pack_loader_makes_carries_its_words():
    """A problem made with an English sentence only would print English under --lang id:
    the loader makes each through pack_problem (or with the words of a condition or a
    limit). Checked on the source, so a new check written the old way fails here."""
    import inspect

    from paracheck.rules import loader

    source = inspect.getsource(loader)
    made = re.findall(r"(?<![\w.])Problem\((?:[^()]|\([^()]*\))*\)", source)
    assert made, "the loader makes no Problem directly: check this test"
    for call in made:
        assert "words" in call, call
