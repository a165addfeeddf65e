"""A user's own rule pack passed by path (issue 6): every malformation is refused before any
proposal is assessed, with a PackError naming the pack file, the rule and the field — through
the library, and through ``paracheck assess … --pack bad.yaml`` (exit 2, one
``bad.yaml:LINE:COLUMN: RULE.field: message`` line per problem, no traceback).

Every bad pack is the test pack tests/packs/mini.yaml with one edit, so each case shows exactly
what is wrong.
"""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from paracheck.errors import PackError, Problem, UsageError
from paracheck.rules.loader import load_pack

HERE = Path(__file__).parent
MINI = HERE / "packs" / "mini.yaml"
PROPOSAL = "schema: paracheck/proposal/v1\ntitle: A proposal\ndate: 2015-06-10\n"

# (case, old text of mini.yaml, new text, rule id, field the problem path starts with)
RULE_CASES = [
    (
        "unknown-path",
        "{path: budget.apbd_allocation_idr, eq: 0}",
        "{path: budget.apbd_alocation_idr, eq: 0}",
        "BUD-001",
        "BUD-001.when.all[0].path",
    ),
    ("duplicate-id", "  - id: IMP-002\n", "  - id: IMP-001\n", "IMP-001", "IMP-001.id"),
    (
        "missing-translation",
        'title: {id: "Terlalu banyak sektor", en: "Too many sectors"}',
        'title: {id: "Terlalu banyak sektor"}',
        "HR-001",
        "HR-001.title.en",
    ),
    (
        "unknown-severity",
        "    severity: high\n    likelihood: 3\n    impact: 5\n",
        "    severity: critical\n    likelihood: 3\n    impact: 5\n",
        "REG-001",
        "REG-001.severity",
    ),
    (
        "bad-example",
        "fires: [{human_resources: {dedicated_staff: 1}",
        "fires: [{human_resources: {dedicated_staff: many}",
        "HR-001",
        "HR-001.examples.fires[0]",
    ),
    (
        "flag-nobody-derives",
        "- {flag: energy_shortfall}",
        "- {flag: energy_shortage}",
        "NRG-002",
        "NRG-002.when",
    ),
    (
        "bad-operator",
        "{count: sector.programs, eq: 0}",
        "{count: sector.programs, equals: 0}",
        "IMP-001",
        "IMP-001.when",
    ),
    (
        "not-a-value-of-the-enum",
        "{path: stage, in: [mou_signed, active, evaluation]}",
        "{path: stage, in: [mou_signed, actve, evaluation]}",
        "IMP-002",
        "IMP-002.when.all[0].in[1]",
    ),
    (
        "wrong-literal-type",
        "{path: budget.apbd_allocation_idr, eq: 0}",
        "{path: budget.apbd_allocation_idr, eq: zero}",
        "BUD-001",
        "BUD-001.when.all[0].eq",
    ),
]
RULE_CASES += [
    (
        "residual-of-a-rule-the-pack-lacks",
        "  - id: IMP-002\n",
        "  - id: IMP-002\n    residual_of: TOC-001\n",
        "IMP-002",
        "IMP-002.residual_of",
    ),
    (
        "residual-of-itself",
        "  - id: IMP-002\n",
        "  - id: IMP-002\n    residual_of: IMP-002\n",
        "IMP-002",
        "IMP-002.residual_of",
    ),
    (
        "residual-more-severe-than-its-base",
        "  - id: NRG-002\n",
        "  - id: NRG-002\n    residual_of: IMP-001\n",
        "NRG-002",
        "NRG-002.severity",
    ),
]
# a recommendation's own Saran opening (city 490 F1): only for a case holding implementation,
# and with the office it assigns named once as the rule's
RULE_CASES += [
    (
        "case-opening-without-a-hold",
        '{stage: planning, owner: Bappeda, text: {id: "Alokasikan APBD", en: "Allocate APBD"}}',
        '{stage: planning, owner: Bappeda, text: {id: "Alokasikan APBD", en: "Allocate APBD"},'
        ' saran_first: {id: "{owner} ditugaskan", en: "assign {owner}"}}',
        "BUD-001",
        "BUD-001.recommend[0].saran_first",
    ),
    (
        "case-opening-without-its-office",
        '{stage: planning, owner: Bappeda, text: {id: "Alokasikan APBD", en: "Allocate APBD"}}',
        '{stage: planning, owner: Bappeda, text: {id: "Alokasikan APBD", en: "Allocate APBD"},'
        ' holds_implementation: true, saran_first: {id: "ditugaskan", en: "assign {owner}"}}',
        "BUD-001",
        "BUD-001.recommend[0].saran_first.id",
    ),
]
CYCLE = (
    "flags-in-a-cycle",
    "        - {path: energy.rolling_blackouts, eq: true}\n",
    "        - {path: energy.rolling_blackouts, eq: true}\n        - {flag: hungry}\n",
)
CYCLE_DERIVE = (
    '    for_each: sectors\n    title: {id: "Sektor haus energi"',
    '    for_each: sectors\n    derive: hungry\n    title: {id: "Sektor haus energi"',
)
FILE_CASES = [  # (case, whole file text, field, message fragment)
    ("not-yaml", "rules: [unclosed\n  - {id: X\n: : :\n", "", "cannot read pack"),
    ("yaml-list", "- id: BUD-001\n- id: NRG-001\n", "", "must be a mapping"),
    ("binary", "\x00\x01\x02 not text", "", "cannot read pack"),
]


def bad_pack(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = MINI.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path) -> list[Problem]:
    with pytest.raises(PackError) as err:
        load_pack(str(path))
    problems = err.value.problems
    assert problems
    assert all(Path(p.file).name == path.name for p in problems), problems
    return problems


@pytest.mark.parametrize(
    ("case", "old", "new", "rule", "field"), RULE_CASES, ids=[c[0] for c in RULE_CASES]
)
def test_malformed_rule_is_refused_naming_file_rule_and_field(
    tmp_path, case, old, new, rule, field
):
    problems = refused(bad_pack(tmp_path, (old, new)))
    assert any(p.path.startswith(field) for p in problems), problems
    for problem in problems:
        assert problem.path.split(".")[0] == rule, problem
        assert problem.line and problem.line > 1, problem  # the line of the rule
        assert problem.message


#: where each case's problem is placed: the group of the pattern, found in the case's new
#: text (the value written; a field that is missing at the mapping that lacks it); None where
#: the field named is outside the edit
PLACES = {
    "unknown-path": r"path: (budget\.apbd_alocation_idr)",
    "duplicate-id": r"id: (IMP-001)",
    "missing-translation": r"title: (\{)",
    "unknown-severity": r"severity: (critical)",
    "bad-example": r"fires: \[(\{)",
    "flag-nobody-derives": None,
    "bad-operator": r"(\{)count",
    "not-a-value-of-the-enum": r"(actve)",
    "wrong-literal-type": r"eq: (zero)",
    "residual-of-a-rule-the-pack-lacks": r"residual_of: (TOC-001)",
    "residual-of-itself": r"residual_of: (IMP-002)",
    "residual-more-severe-than-its-base": None,
    "case-opening-without-a-hold": r"saran_first: (\{)",
    "case-opening-without-its-office": r'saran_first: \{id: (")',
}


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@pytest.mark.parametrize(
    ("case", "old", "new", "rule", "field"),
    [c for c in RULE_CASES if PLACES[c[0]]],
    ids=[c[0] for c in RULE_CASES if PLACES[c[0]]],
)
def test_a_rule_problem_is_placed_at_the_field_it_names_with_a_real_column(
    tmp_path, case, old, new, rule, field
):
    # every problem of a rule said column 0 at the line of its "- id:" (atk21): a pack author
    # looked for the field by its path; a proposal's problems are placed at the value
    path = bad_pack(tmp_path, (old, new))
    text = path.read_text(encoding="utf-8")
    written = re.search(PLACES[case], new)
    assert written is not None
    at = MINI.read_text(encoding="utf-8").index(old)  # where bad_pack wrote the new text
    expected = _line_and_column(text, at + written.start(1))
    [said] = [p for p in refused(path) if p.path.startswith(field)]
    assert (said.line, said.column) == expected


def test_every_pack_problem_has_a_column_from_1(tmp_path):
    for case, old, new, _rule, _field in RULE_CASES:
        for said in refused(bad_pack(tmp_path, (old, new))):
            assert said.column is not None and said.column >= 1, (case, said)
    header = bad_pack(tmp_path, ("version:", "versions: 2\nversion:"))
    for said in refused(header):
        assert said.column is not None and said.column >= 1, said


def test_a_key_the_pack_does_not_take_is_placed_at_the_key(tmp_path):
    path = bad_pack(tmp_path, ("  - id: IMP-002\n", "  - id: IMP-002\n    severty: high\n"))
    text = path.read_text(encoding="utf-8")
    [said] = [p for p in refused(path) if p.path == "IMP-002.severty"]
    assert (said.line, said.column) == _line_and_column(text, text.index("severty"))


def test_a_base_with_two_residuals_or_a_residual_of_a_residual_is_refused(tmp_path):
    """A comparison pairs a cleared base with the one residual that took its place: a base
    has one residual, and a residual's base is not itself a residual."""
    two = refused(
        bad_pack(
            tmp_path,
            ("  - id: IMP-002\n", "  - id: IMP-002\n    residual_of: IMP-001\n"),
            ("  - id: HR-001\n", "  - id: HR-001\n    residual_of: IMP-001\n"),
        )
    )
    assert [(p.path, "IMP-001 already has a residual rule, IMP-002" in p.message) for p in two] == [
        ("HR-001.residual_of", True)
    ]
    chain = refused(
        bad_pack(
            tmp_path,
            ("  - id: IMP-002\n", "  - id: IMP-002\n    residual_of: IMP-001\n"),
            ("  - id: HR-001\n", "  - id: HR-001\n    residual_of: IMP-002\n"),
        )
    )
    assert [p.path for p in chain] == ["HR-001.residual_of"]
    assert "IMP-002 is itself the residual of IMP-001" in chain[0].message


def test_a_residual_no_more_severe_than_its_base_loads_and_its_checks_say_so(tmp_path):
    path = bad_pack(tmp_path, ("  - id: IMP-002\n", "  - id: IMP-002\n    residual_of: IMP-001\n"))
    pack = load_pack(str(path))
    assert pack.rule("IMP-002").residual_of == "IMP-001"
    assert pack.rule("IMP-001").residual_of is None


def test_flags_in_a_cycle_name_a_rule_of_the_cycle(tmp_path):
    problems = refused(bad_pack(tmp_path, CYCLE[1:], CYCLE_DERIVE))
    assert any("cycle" in p.message for p in problems)
    for problem in problems:
        assert re.match(r"NRG-00[12]\.", problem.path), problem
        assert problem.line and problem.line > 1, problem


def test_impossible_date_literal_names_the_rule(tmp_path):
    problems = refused(
        bad_pack(
            tmp_path,
            (
                "{path: procedure.signing.date, lt:",
                "{path: procedure.signing.date, lt: 2015-13-45, gt:",
            ),
        )
    )
    assert any(p.path.startswith("REG-001.when") and p.line for p in problems), problems


def test_impossible_date_literal_is_refused(tmp_path):
    problems = refused(
        bad_pack(
            tmp_path,
            (
                "{path: procedure.signing.date, lt:",
                "{path: procedure.signing.date, lt: 2015-13-45, gt:",
            ),
        )
    )
    assert any("month" in p.message for p in problems), problems


def test_flags_in_a_cycle_are_refused(tmp_path):
    problems = refused(bad_pack(tmp_path, CYCLE[1:], CYCLE_DERIVE))
    assert any("cycle" in p.message and "NRG-00" in p.message for p in problems), problems


def test_missing_include_is_refused_naming_the_include(tmp_path):
    path = bad_pack(tmp_path, ("rules:\n", "include: [no-such-rules]\nrules:\n"))
    problems = refused(path)
    assert [p.path for p in problems] == ["include"]
    assert "no-such-rules" in problems[0].message


@pytest.mark.parametrize(
    ("case", "text", "field", "fragment"), FILE_CASES, ids=[c[0] for c in FILE_CASES]
)
def test_file_that_is_not_a_pack_is_refused(tmp_path, case, text, field, fragment):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    problems = refused(path)
    assert [p.path for p in problems] == [field]
    assert fragment in problems[0].message


def test_problems_are_plain_picklable_data():
    """The problems of a PackError are plain data (file, line, column, path, message)."""
    problem = Problem("bad.yaml", 3, 0, "BUD-001.when", "m")
    assert pickle.loads(pickle.dumps(problem)) == problem


def test_pack_error_survives_pickling():
    error = PackError([Problem("bad.yaml", 3, 0, "BUD-001.when", "m")])
    again = pickle.loads(pickle.dumps(error))
    assert again.problems == error.problems


# --------------------------------------------------------------------------- command line


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "paracheck", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=HERE.parent,
    )


@pytest.fixture()
def proposal(tmp_path: Path) -> Path:
    path = tmp_path / "proposal.yaml"
    path.write_text(PROPOSAL, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("case", "old", "new", "rule", "field"), RULE_CASES, ids=[c[0] for c in RULE_CASES]
)
def test_cli_refuses_a_malformed_user_pack(tmp_path, proposal, case, old, new, rule, field):
    pack = bad_pack(tmp_path, (old, new))
    done = _cli("assess", str(proposal), "--pack", str(pack))
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines
    pattern = re.compile(r"^.*bad\.yaml:(\d+):[1-9]\d*: (" + re.escape(rule) + r"\.[^:]+): .+$")
    matches = [pattern.match(line) for line in lines]
    assert all(matches), lines
    assert any(m.group(2).startswith(field) and int(m.group(1)) > 1 for m in matches), lines


@pytest.mark.parametrize(
    ("case", "text", "field", "fragment"), FILE_CASES, ids=[c[0] for c in FILE_CASES]
)
def test_cli_refuses_a_file_that_is_not_a_pack(tmp_path, proposal, case, text, field, fragment):
    pack = tmp_path / "bad.yaml"
    pack.write_text(text, encoding="utf-8")
    # the English sentence (the default, Indonesian, is tests/test_pack_problem_words.py's)
    done = _cli("assess", str(proposal), "--pack", str(pack), "--lang", "en")
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert re.search(r"bad\.yaml:\d+:\d+: .*" + re.escape(fragment), done.stderr), done.stderr


def test_cli_refuses_a_malformed_user_pack_for_several_proposals(tmp_path, proposal):
    other = tmp_path / "other.yaml"
    other.write_text(PROPOSAL, encoding="utf-8")
    pack = bad_pack(tmp_path, RULE_CASES[0][1:3])
    done = _cli("assess", str(proposal), str(other), "--pack", str(pack))
    assert "Traceback" not in done.stderr
    assert done.returncode == 2, done.stderr
    assert re.search(r"bad\.yaml:\d+:[1-9]\d*: BUD-001\.when\.all\[0\]\.path: ", done.stderr)


# ------------------------------------------------------------- a pack path that cannot be read


def _loop(tmp_path: Path) -> Path:
    """``loop`` -> ``loop``: a symbolic link naming itself."""
    link = tmp_path / "loop"
    link.symlink_to("loop")
    return link


@pytest.mark.parametrize("where", ["link", "folder-on-the-way"])
def test_a_pack_path_through_a_symlink_loop_says_the_links_loop(tmp_path, where):
    """``--pack ./loop`` said "no rule pack named './loop'", as if a shipped name were
    misspelt: the file is there, it cannot be read, and the problem says why."""
    link = _loop(tmp_path)
    target = link if where == "link" else link / "pack.yaml"
    with pytest.raises(PackError) as err:
        load_pack(str(target))
    [problem] = err.value.problems
    assert problem.file == str(target)
    assert "symbolic links" in problem.text("en")
    assert "saling merujuk tanpa akhir" in problem.text("id")


def test_a_pack_link_to_nothing_says_the_file_is_missing_not_that_no_pack_has_the_name(tmp_path):
    link = tmp_path / "pack.yaml"
    link.symlink_to(tmp_path / "moved.yaml")
    with pytest.raises(PackError) as err:
        load_pack(str(link))
    [problem] = err.value.problems
    assert problem.file == str(link)
    assert "berkas tidak ada" in problem.text("id")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cli_pack_through_a_symlink_loop_exits_2_naming_the_loop(tmp_path, proposal, lang):
    link = _loop(tmp_path)
    done = _cli("assess", str(proposal), "--pack", str(link), "--lang", lang)
    assert done.returncode == 2, done.stdout
    assert "Traceback" not in done.stderr
    said = "saling merujuk tanpa akhir" if lang == "id" else "symbolic links"
    assert done.stderr.startswith(str(link)) and said in done.stderr, done.stderr
    assert "bernama" not in done.stderr and "named" not in done.stderr


# --------------------------------------------------------------- one problem, said once


REFUSED_NRG_001 = (
    "    severity: medium\n    likelihood: 3\n    impact: 3\n    derive: energy_shortfall\n",
    "    severity: critical\n    likelihood: 3\n    impact: 3\n    derive: energy_shortfall\n",
)
REFUSED_BUD_001 = (
    "  - id: BUD-001\n    domain: budget\n    severity: high\n",
    "  - id: BUD-001\n    domain: budget\n    severity: critical\n",
)


@pytest.mark.parametrize(
    ("case", "edits", "refused_field"),
    [
        ("a flag its refused rule derives", [REFUSED_NRG_001], "NRG-001.severity"),
        (
            "the base of a residual",
            [REFUSED_NRG_001, ("  - id: IMP-002\n", "  - id: IMP-002\n    residual_of: NRG-001\n")],
            "NRG-001.severity",
        ),
        (
            "the rule another steps aside for",
            [
                REFUSED_BUD_001,
                (
                    "  - id: IMP-002\n",
                    "  - id: IMP-002\n    steps_aside:\n"
                    "      - {rule: BUD-001, when: {path: stage, eq: evaluation}}\n",
                ),
            ],
            "BUD-001.severity",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and " " in v else None,
)
def test_a_refused_rule_is_not_also_reported_as_missing_where_it_is_named(
    tmp_path, case, edits, refused_field
):
    """A rule refused for its own field was then "not a rule of this pack" wherever another
    rule named it (steps_aside, residual_of) and its flag "derived by no rule": the author
    read that a rule they can see in the file does not exist, listed before its own problem."""
    problems = refused(bad_pack(tmp_path, *edits))
    assert [p.path for p in problems] == [refused_field], [p.describe("en") for p in problems]


@pytest.mark.parametrize("name", ["thesis-obstacles", "actors"])
def test_a_shipped_file_that_is_not_a_pack_is_no_pack_of_that_name(tmp_path, monkeypatch, name):
    """Attack 350 L5: ``--pack thesis-obstacles`` (the thesis's rules, which every pack
    includes) read as a pack file failing its schema ("version: wajib diisi tetapi tidak
    ada"); it is no pack of that name, and the shipped packs are named."""
    monkeypatch.chdir(tmp_path)  # no file of that name where the command runs
    with pytest.raises(UsageError) as err:
        load_pack(name)
    said = str(err.value)
    assert f"'{name}'" in said and "pp28-2018" in said and "permendagri-3-2008" in said


def test_cli_pack_naming_the_shared_thesis_rules_exits_2_naming_the_shipped_packs(proposal):
    done = _cli("assess", str(proposal), "--pack", "thesis-obstacles")
    assert done.returncode == 2, done.stdout
    assert "tidak ada paket aturan bernama 'thesis-obstacles'" in done.stderr, done.stderr
    assert "wajib diisi" not in done.stderr
