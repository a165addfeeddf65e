"""The golden corpus: every output paracheck produces for a fixed set of proposals.

Speed work and refactors must not change an answer (issues 15 and 16). This module names a
fixed corpus — every example, calibration and golden proposal (``proposals/``) in every
report format and both languages, the comparison of each example with its neighbour, 500
seeded generated proposals as the JSON contract plus 100 of them as text, Markdown and HTML,
and batch documents of 40 of them (with two broken inputs) in every batch format, both
languages, with and without ``--summary`` — and computes the SHA-256 of each output.
``tests/test_golden_output.py`` compares those digests with the ones committed in
``digests.json``; ``python tests/golden/update.py`` rewrites that file when a change to an
answer is intended (say why in the commit).

Assessments are judged on the proposal's own date (or a fixed day when it has none), never on
today's date, so the corpus does not drift with the calendar.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXED_DAY = dt.date(2026, 11, 30)
FORMATS = ("json", "text", "markdown", "html", "csv")
LANGS = ("id", "en")
GENERATED = 500
GENERATED_AS_TEXT = 100
#: generated proposals in the batch documents of the corpus
IN_BATCH = 40


def _files() -> list[Path]:
    files = sorted((ROOT / "examples").glob("*.yaml"))
    files += sorted((ROOT / "tests" / "calibration").glob("*.yaml"))
    # proposals of the corpus's own, for a case neither holds (a lapsed MoU: README there)
    files += sorted((ROOT / "tests" / "golden" / "proposals").glob("*.yaml"))
    return [f for f in files if f.name != "expectations.yaml"]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def outputs() -> Iterator[tuple[str, str]]:
    """Yield ``(key, sha256)`` for every output of the corpus, in a stable order."""
    import paracheck

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen import proposals  # type: ignore[import-not-found]

    results = {}
    read = {}
    for path in _files():
        rel = path.relative_to(ROOT).as_posix()
        # named by its path in the repository: the reports print the file name, and the
        # corpus must not depend on where the checkout is (a worktree, CI)
        proposal = paracheck.load_proposal(str(path), source=rel)
        result = paracheck.assess(proposal, as_of=proposal.date or FIXED_DAY)
        results[path.name] = result
        read[path.name] = proposal
        for fmt in FORMATS:
            for lang in LANGS:
                if fmt == "json" and lang == "en":
                    continue  # the contract JSON carries both languages
                yield f"{rel}|{fmt}|{lang}", _digest(paracheck.render(result, fmt, lang))
    names = sorted(results)
    for old, new in zip(names, names[1:] + names[:1], strict=True):
        # with the two files: the comparison lists the input facts that changed too
        comparison = paracheck.diff(results[old], results[new], (read[old], read[new]))
        for fmt in ("text", "markdown", "json"):
            yield (
                f"diff {old} {new}|{fmt}|id",
                _digest(
                    paracheck.render_diff(
                        comparison, fmt, "id", assessments=(results[old], results[new])
                    )
                ),
            )
    generated = []
    for i, data in enumerate(proposals(GENERATED, seed=1515)):
        proposal = _parse(data)
        result = paracheck.assess(proposal, as_of=proposal.date or FIXED_DAY)
        yield f"generated/{i}|json|id", _digest(paracheck.render(result, "json", "id"))
        if i < GENERATED_AS_TEXT:
            for fmt in ("text", "markdown", "html"):
                yield f"generated/{i}|{fmt}|id", _digest(paracheck.render(result, fmt, "id"))
        if i < IN_BATCH:
            generated.append(result)
    yield from _batches(generated)


def _batches(results: list) -> Iterator[tuple[str, str]]:
    """Batch documents (head, every report, separators, summary table and error list) of
    ``results`` with two broken inputs among them, as :func:`paracheck.batch.document`
    writes them from items in input order."""
    from paracheck import batch
    from paracheck.errors import InputError

    items = [batch.BatchItem(f"generated/{i}.yaml", r) for i, r in enumerate(results)]
    try:
        _parse({"title": 5, "date": "not a date"})
    except InputError as err:
        items.insert(3, batch.BatchItem("generated/broken.yaml", problems=tuple(err.problems)))
    items.insert(len(items) // 2, batch.assess_file("generated/missing.yaml"))
    for fmt in batch.BATCH_FORMATS:
        for lang in LANGS:
            for summary_only in (False, True):
                pieces = batch.document(items, fmt, lang, summary_only=summary_only)
                text = b"".join(pieces).decode("utf-8")
                key = f"batch of {len(items)}{' --summary' if summary_only else ''}"
                yield f"{key}|{fmt}|{lang}", _digest(text)


def _parse(data: dict) -> object:
    from paracheck.facts.loader import parse_proposal_data

    return parse_proposal_data(data)


def compute() -> dict[str, str]:
    """All digests of the corpus as one mapping."""
    return dict(outputs())
