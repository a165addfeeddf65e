"""Assessing many proposals at once: one result or one error per input, in input order.

A reviewer comparing a dozen proposals needs every file accounted for: a broken file becomes
an item carrying its problems, never a gap in the table. Files are assessed in a process pool
(the engine is CPU-bound and each worker keeps its compiled packs for all the files it gets);
a single file, or standard input, is assessed in the calling process.

Workers are started with ``spawn``: a forked child would inherit whatever engine state and
threads the caller's process holds, which the rule engine does not tolerate.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from paracheck.engine.model import Assessment
from paracheck.errors import InputError, Problem

PROPOSAL_SUFFIXES = (".yaml", ".yml", ".json")
STDIN = "-"


@dataclass(frozen=True)
class BatchItem:
    """The outcome for one input: its assessment, or the problems that stopped it."""

    source: str
    assessment: Assessment | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.assessment is not None


def expand_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files as given, directories replaced by their ``*.yaml``, ``*.yml`` and ``*.json``
    files (sorted by name, not recursive). Missing paths are kept: they become error items."""
    out: list[str] = []
    for raw in paths:
        path = os.fspath(raw)
        if path != STDIN and Path(path).is_dir():
            children = sorted(
                p for p in Path(path).iterdir()
                if p.is_file() and p.suffix.lower() in PROPOSAL_SUFFIXES
            )
            out.extend(str(p) for p in children) if children else out.append(path)
        else:
            out.append(path)
    return out


def assess_file(path: str, pack: str | None = None, as_of: dt.date | None = None) -> BatchItem:
    """Load and assess one proposal; input problems become the item's problems.

    Usage errors (an unknown pack) and internal errors are raised: they concern the whole run,
    not this file.
    """
    import paracheck

    if path != STDIN and Path(path).is_dir():
        return BatchItem(path, problems=(Problem(
            path, None, None, "",
            "no proposal files (*.yaml, *.yml, *.json) in this directory"),))
    try:
        proposal = paracheck.load_proposal(path)
    except InputError as err:
        return BatchItem(path, problems=tuple(err.problems))
    except OSError as err:
        reason = err.strerror or str(err)
        return BatchItem(path, problems=(Problem(path, None, None, "",
                                                 f"cannot read: {reason}"),))
    return BatchItem(path, assessment=paracheck.assess(proposal, pack=pack, as_of=as_of))


def _start_worker() -> None:
    """Import the engine once per worker process, before its first file."""
    import paracheck  # noqa: F401


def assess_many(
    paths: Sequence[str | os.PathLike[str]],
    pack: str | None = None,
    as_of: dt.date | None = None,
    workers: int | None = None,
) -> list[BatchItem]:
    """Assess every input (directories expanded) and return one item per file, in order.

    ``workers`` caps the process pool (default: the number of CPUs); ``1`` keeps everything
    in the calling process. Standard input (``-``) is always read in the calling process.
    """
    sources = expand_inputs(paths)
    items: list[BatchItem | None] = [None] * len(sources)
    pooled = [i for i, s in enumerate(sources) if s != STDIN]
    for i, source in enumerate(sources):
        if source == STDIN:
            items[i] = assess_file(source, pack, as_of)

    n_workers = min(workers or os.cpu_count() or 1, len(pooled))
    if n_workers <= 1:
        for i in pooled:
            items[i] = assess_file(sources[i], pack, as_of)
    else:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=context,
                                 initializer=_start_worker) as pool:
            futures = {i: pool.submit(assess_file, sources[i], pack, as_of) for i in pooled}
            for i, future in futures.items():
                items[i] = future.result()
    assert all(item is not None for item in items)
    return items  # type: ignore[return-value]
