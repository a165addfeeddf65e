"""Fuzzing worker, run in a child process by tests/test_fuzz_engine.py.

A segfault or an endless loop inside durable_rules would take the whole test run down; here it
only kills this child, and the parent test sees a negative return code or a timeout.

    python tests/fuzz_worker.py proposals SEED N PACK [PACK …]
        N generated proposals, each assessed against every PACK (name or path) and compared
        with the oracle; every fourth assessment is also rendered in every output format.
    python tests/fuzz_worker.py packs SEED PACKS N DIR
        PACKS random valid rule packs (seeded), written as YAML into DIR, loaded by path, each
        assessed on N generated proposals and compared with the oracle.

Where the environment names a file in ``PARACHECK_FUZZ_HEARTBEAT``, the worker writes a count
there each time it moves on (started, a pack loaded, a proposal checked): the parent counts only
a stop of these as a hang, never a slow run.

A generated pack whose condition is too large for durable_rules must be refused with a
PackError naming the rule (counted as ``refused_too_complex``); any other error fails.
Prints one summary line ``fuzz-summary mode=… assessments=… disagreements=0`` and exits 0;
on a disagreement prints the reproduction (pack file, proposal, both status sets) and exits 1.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # so ``tests.*`` imports work when run as a script

import yaml  # noqa: E402
from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import paracheck  # noqa: E402
from paracheck.engine.compiler import compiled  # noqa: E402
from paracheck.errors import PackError  # noqa: E402
from paracheck.facts.paths import COLLECTIONS, SCOPE_DEPTH, vocabulary  # noqa: E402
from paracheck.rules.loader import load_pack  # noqa: E402
from tests.oracle import disagreements  # noqa: E402
from tests.strategies import proposals  # noqa: E402

AS_OFS = st.sampled_from(
    [
        dt.date(2012, 6, 1),
        dt.date(2015, 6, 10),
        dt.date(2019, 1, 1),
        dt.date(2022, 3, 15),
        dt.date(2024, 12, 31),
    ]
)


class Disagreement(AssertionError):
    pass


#: the file the parent watches (tests/test_fuzz_engine.py), or None when run by hand
HEARTBEAT = os.environ.get("PARACHECK_FUZZ_HEARTBEAT")
_beats = [0]


def beat() -> None:
    """Tell the parent the run moves on: a new count in the heartbeat file. An endless loop
    stops these, a run slowed by a loaded machine only spaces them out."""
    if HEARTBEAT is None:
        return
    _beats[0] += 1
    Path(HEARTBEAT).write_text(str(_beats[0]), encoding="utf-8")


#: every how many generated proposals all output formats are rendered too (a text report
#: takes a quarter of a second; the engine check runs on every proposal)
RENDER_EVERY = 4
FORMATS = ("text", "markdown", "html", "csv", "json")


def render_all(result: Any, index: int) -> None:
    """Every output format renders the assessment (a crash fails the run; the child process
    catches a segfault), alternating the language."""
    from paracheck.report import render

    lang = ("id", "en")[index // RENDER_EVERY % 2]
    for fmt in FORMATS:
        out = render(result, fmt, lang, color=fmt == "text" and index % 2 == 0)
        assert out, fmt


def check(pack: Any, data: dict[str, Any], as_of: dt.date) -> Any:
    """The engine's checks equal the oracle's — every rule, with status, items, missing paths
    and evidence paths; the oracle reads the raw data itself. Else a Disagreement with the
    reproduction. Returns the assessment."""
    result = paracheck.assess(data, pack=pack, as_of=as_of)
    diff = disagreements(pack, data, as_of, result.checks)
    if diff:
        raise Disagreement(
            json.dumps(
                {"pack": pack.source, "as_of": as_of.isoformat(), "proposal": data, "differ": diff},
                default=str,
                indent=1,
            )
        )
    return result


def fuzz_proposals(packs: list[Any], seed_value: int, count: int) -> int:
    done = [0]

    @seed(seed_value)
    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        print_blob=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(proposals, AS_OFS)
    def run(data: dict[str, Any], as_of: dt.date) -> None:
        for i, pack in enumerate(packs):
            result = check(pack, data, as_of)
            if i == 0 and done[0] % (RENDER_EVERY * len(packs)) == 0:
                render_all(result, done[0] // len(packs))
            done[0] += 1
            beat()

    run()
    return done[0]


# --------------------------------------------------------------------------- random packs

NUMBERS = [
    -10,
    -4,
    0,
    0.5,
    0.6,
    1,
    2,
    3,
    4,
    7,
    14,
    30,
    365,
    1000,
    50_000_000,
    100_000_000,
    600_000_000,
    2_000_000_000,
]
DATES = [
    dt.date(2012, 1, 1),
    dt.date(2014, 7, 1),
    dt.date(2015, 6, 10),
    dt.date(2018, 1, 1),
    dt.date(2020, 5, 22),
    dt.date(2024, 12, 31),
]
TEXTS = {
    "partner.country": ["CN", "JP", "AU", "TW", "IL", "XX"],
    "context.partner_language": ["zh", "ja", "en", "he", "de"],
    "sector.lead_agency": ["Dinas Pariwisata", "Dinas KP", ""],
    "program.name": ["pelatihan", "pameran", "studi banding"],
    "basis.complementarity": ["", "markets for seaweed"],
    "title": ["generated", "other"],
}
LIST_ITEMS = {
    "basis.similar_characteristics": ["fisheries", "farming"],
    "basis.similar_problems": ["poverty", "floods"],
    "energy.affected_areas": ["Senggigi", "Mataram"],
    "program.kpis": ["+30% income", "10 visits"],
}
OPS = ["eq", "ne", "lt", "le", "gt", "ge"]


class PackMaker:
    """Random valid packs over the whole vocabulary, one seeded generator per pack."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.flags: list[tuple[str, str]] = []  # (flag, scope of the deriving rule)
        vocab = vocabulary()
        self.paths = {
            scope: [
                p
                for p, i in vocab.items()
                if SCOPE_DEPTH[i.scope] <= SCOPE_DEPTH[scope] and p != "sector.programs"
            ]
            for scope in SCOPE_DEPTH
        }

    def literal(self, path: str) -> Any:
        info = vocabulary()[path]
        r = self.rng
        if info.nullable and r.random() < 0.08:  # null is a value only on these paths
            return None
        if info.type == "number":
            return r.choice(NUMBERS)
        if info.type == "date":
            return r.choice(DATES)
        if info.type == "bool":
            return r.random() < 0.5
        if info.values is not None:
            return r.choice(info.values)
        return r.choice(TEXTS.get(path, ["x", "y"]))

    def item(self, path: str) -> str:
        info = vocabulary()[path]
        return self.rng.choice(list(info.values or LIST_ITEMS.get(path, ["x", "y"])))

    def atom(self, scope: str) -> dict[str, Any]:
        r = self.rng
        vocab = vocabulary()
        path = r.choice(self.paths[scope])
        info = vocab[path]
        roll = r.random()
        if roll < 0.08:
            return {"path": path, "exists": r.random() < 0.5}
        if info.type == "list":
            if roll < 0.3:  # its length, whichever scope holds the list
                return {"count": path, r.choice(OPS): r.choice([0, 1, 2])}
            op = r.choice(["contains", "not_contains", "contains_any"])
            if op == "contains_any":
                return {"path": path, op: [self.item(path) for _ in range(r.randint(1, 3))]}
            return {"path": path, op: self.item(path)}
        if info.type in ("number", "date") and roll < 0.3:
            same = [p for p in self.paths[scope] if vocab[p].type == info.type]
            other: dict[str, Any] = {"path": r.choice(same)}
            if r.random() < 0.4:
                other["plus"] = r.choice([-30, -1, 1, 2, 365])
            elif info.type == "number" and r.random() < 0.3:
                other["times"] = r.choice([0.5, 2, 3])
            return {"path": path, r.choice(OPS): other}
        if info.type in ("enum", "text", "bool") and roll < 0.5:
            op = r.choice(["in", "not_in"])
            return {"path": path, op: [self.literal(path) for _ in range(r.randint(1, 3))]}
        if info.type in ("number", "date"):
            op = r.choice(OPS)
            value = self.literal(path)
            if value is None and op not in ("eq", "ne"):
                op = r.choice(["eq", "ne"])
            return self.compare(path, op, value)
        return self.compare(path, r.choice(["eq", "ne"]), self.literal(path))

    @staticmethod
    def compare(path: str, op: str, value: Any) -> dict[str, Any]:
        return {"path": path, op: value}

    def count(self, scope: str, depth: int) -> dict[str, Any] | None:
        r = self.rng
        collections = [c for c, (_, home) in COLLECTIONS.items() if home == scope]
        if not collections:
            return None
        collection = r.choice(collections)
        item_scope = COLLECTIONS[collection][0]
        share = r.random() < 0.35
        node: dict[str, Any] = {"share" if share else "count": collection}
        if r.random() < 0.8:
            node["where"] = self.condition(item_scope, depth + 1, flags=True)
        op = r.choice(OPS)
        node[op] = r.choice([0, 0.25, 0.5, 1.0]) if share else r.choice([0, 1, 2, 3])
        return node

    def condition(self, scope: str, depth: int = 0, flags: bool = True) -> dict[str, Any]:
        r = self.rng
        roll = r.random()
        if depth < 3 and roll < 0.3:
            key = r.choice(["all", "any"])
            return {key: [self.condition(scope, depth + 1, flags) for _ in range(r.randint(1, 3))]}
        if depth < 3 and roll < 0.38:
            return {"not": self.condition(scope, depth + 1, flags)}
        if flags and self.flags and roll < 0.48:
            return {"flag": r.choice(self.flags)[0]}
        if depth < 3 and roll < 0.6:
            counted = self.count(scope, depth)
            if counted is not None:
                return counted
        return self.atom(scope)

    def rule(self, index: int) -> dict[str, Any]:
        r = self.rng
        for_each = r.choice([None, None, "sectors", "programs"])
        scope = {None: "proposal", "sectors": "sector", "programs": "program"}[for_each]
        rule: dict[str, Any] = {
            "id": f"FZ-{index:03d}",
            "domain": r.choice(
                [
                    "regulatory",
                    "budget",
                    "human_resources",
                    "energy",
                    "transnational_crime",
                    "implementation",
                    "governance",
                ]
            ),
            "severity": r.choice(["blocker", "high", "medium", "low", "info"]),
            "likelihood": r.randint(1, 5),
            "impact": r.randint(1, 5),
            "title": {"id": f"aturan {index}", "en": f"rule {index}"},
            "why": {"id": "uji", "en": "test"},
            "when": self.condition(scope),
            "recommend": [
                {"stage": "planning", "owner": "Bappeda", "text": {"id": "periksa", "en": "check"}}
            ],
            "sources": [{"kind": "thesis", "ref": "IV"}],
            "examples": {"fires": [{}], "clears": [{}]},
        }
        if for_each:
            rule["for_each"] = for_each
        if r.random() < 0.35:
            name = f"flag_{index}"
            rule["derive"] = name
            self.flags.append((name, scope))
        return rule

    def pack(self, name: str) -> dict[str, Any]:
        rules = [self.rule(i) for i in range(self.rng.randint(3, 12))]
        return {
            "schema": "paracheck/pack/v1",
            "name": name,
            "version": "0.0.1",
            "regime": "fuzz",
            "effective_from": dt.date(2000, 1, 1),
            "description": {"id": "acak", "en": "random"},
            "procedure": [
                {"step": "initiative", "required_from": "proposal"},
                {"step": "signing", "required_from": "mou_signed"},
            ],
            "rules": rules,
        }


def write_pack(directory: Path, seed_value: int) -> Path:
    maker = PackMaker(random.Random(seed_value))
    path = directory / f"fuzz-{seed_value}.yaml"
    path.write_text(
        yaml.safe_dump(maker.pack(f"fuzz-{seed_value}"), sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return path


def compiles(pack: Any) -> bool:
    """Whether durable_rules takes the compiled pack. It refuses conditions past a size limit
    (error 113); that must be a PackError naming the rule's ``when`` at its line, nothing else."""
    try:
        compiled(pack)
    except PackError as exc:
        for problem in exc.problems:
            if not (
                problem.path.startswith("FZ-")
                and problem.path.endswith(".when")
                and problem.line
                and "too complex" in problem.message
            ):
                raise
        return False
    return True


def fuzz_packs(seed_value: int, n_packs: int, count: int, directory: Path) -> tuple[int, int, int]:
    assessments = rules = refused = 0
    for i in range(n_packs):
        path = write_pack(directory, seed_value * 1000 + i)
        pack = load_pack(str(path))
        beat()
        rules += len(pack.rules)
        if not compiles(pack):
            refused += 1
            continue
        assessments += fuzz_proposals([pack], seed_value * 1000 + i, count)
    return assessments, rules, refused


def main(argv: list[str]) -> int:
    beat()  # imports done
    mode = argv[0]
    try:
        if mode == "proposals":
            seed_value, count, names = int(argv[1]), int(argv[2]), argv[3:]
            packs = []
            for name in names:
                packs.append(load_pack(name))
                beat()
            done = fuzz_proposals(packs, seed_value, count)
            print(
                f"fuzz-summary mode=proposals packs={len(packs)} assessments={done} "
                "disagreements=0",
                flush=True,
            )
        elif mode == "packs":
            seed_value, n_packs, count = int(argv[1]), int(argv[2]), int(argv[3])
            done, rules, refused = fuzz_packs(seed_value, n_packs, count, Path(argv[4]))
            print(
                f"fuzz-summary mode=packs packs={n_packs} rules={rules} "
                f"refused_too_complex={refused} assessments={done} disagreements=0",
                flush=True,
            )
        else:
            print(f"unknown mode {mode}", file=sys.stderr)
            return 2
    except Disagreement as exc:
        print(f"fuzz-disagreement {exc}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
