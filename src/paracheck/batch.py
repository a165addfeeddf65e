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
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from paracheck.errors import InputError, PackError, Problem, UsageError

if TYPE_CHECKING:  # the engine's models load with the first assessment, not with the CLI
    from paracheck.engine.model import Assessment

PROPOSAL_SUFFIXES = (".yaml", ".yml", ".json")
STDIN = "-"


@dataclass(frozen=True)
class Summary:
    """What a summary table and an exit code need of one result, without the whole of it."""

    title: str
    verdict: str
    score: int
    top_risks: tuple[str, ...]  # highest score first, then severity, then id
    risk_severities: tuple[str, ...]  # severity of every check whose status is risk
    unknown_severities: tuple[str, ...] = ()  # … and of every check whose status is unknown

    @classmethod
    def of(cls, a: Assessment, n: int = 3) -> Summary:
        from paracheck.engine.model import SEVERITY_RANK

        risks = sorted(
            (c for c in a.checks if c.status == "risk"),
            key=lambda c: (-c.score, SEVERITY_RANK[c.severity], c.rule_id),
        )
        return cls(
            a.proposal.title,
            a.verdict,
            a.score,
            tuple(c.rule_id for c in risks[:n]),
            tuple(c.severity for c in risks),
            tuple(c.severity for c in a.checks if c.status == "unknown"),
        )

    def fails(self, on: str | None = None, on_unknown: str | None = None) -> bool:
        """:meth:`Assessment.fails` from the summary alone (see ``engine.model.fails``)."""
        from paracheck.engine.model import fails

        return fails(self.risk_severities, self.unknown_severities, on, on_unknown)


class BatchItem:
    """The outcome for one input: its assessment, or the problems that stopped it.

    A worker process sends its result as JSON with a summary; the assessment is rebuilt in
    the caller only when something reads it, so a batch written as JSON, or only summarised,
    never pays for rebuilding thousands of models per proposal.
    """

    def __init__(
        self,
        source: str,
        assessment: Assessment | None = None,
        problems: tuple[Problem, ...] = (),
        *,
        json_bytes: bytes | None = None,
        summary: Summary | None = None,
        internal: bool = False,
    ) -> None:
        self.source = source
        self.problems = tuple(problems)
        #: the problem is paracheck's, not the file's (an internal error or a crash)
        self.internal = internal
        self._assessment = assessment
        self._json = json_bytes
        if summary is None and assessment is not None:
            summary = Summary.of(assessment)
        self.summary = summary

    @property
    def assessment(self) -> Assessment | None:
        if self._assessment is None and self._json is not None:
            from paracheck.engine.model import Assessment

            self._assessment = Assessment.from_trusted_json(self._json)
        return self._assessment

    @property
    def ok(self) -> bool:
        return self._assessment is not None or self._json is not None

    def json_bytes(self) -> bytes | None:
        """The assessment's contract JSON (compact, UTF-8), without rebuilding the assessment
        when a worker sent it as JSON."""
        if self._json is not None:
            return self._json
        return self._assessment.to_json_bytes() if self._assessment else None

    def json_text(self) -> str | None:
        """:meth:`json_bytes` as text."""
        data = self.json_bytes()
        return data.decode("utf-8") if data is not None else None

    def __repr__(self) -> str:
        state = "ok" if self.ok else f"{len(self.problems)} problem(s)"
        return f"BatchItem({self.source!r}, {state})"


def expand_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files as given, directories replaced by the ``*.yaml``, ``*.yml`` and ``*.json`` files
    in them and in their subfolders (sorted by path; hidden folders such as ``.git`` and
    symlinked folders are not entered). Missing paths and folders with no proposal file are
    kept: they become error items, so nothing is skipped silently."""
    out: list[str] = []
    for raw in paths:
        path = os.fspath(raw)
        if path != STDIN and Path(path).is_dir():
            children = sorted(_proposal_files(Path(path)))
            out.extend(str(p) for p in children) if children else out.append(path)
        else:
            out.append(path)
    return out


def _proposal_files(folder: Path) -> Iterator[Path]:
    for top, dirs, files in os.walk(folder):  # symlinked folders are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            child = Path(top) / name
            if child.suffix.lower() in PROPOSAL_SUFFIXES and child.is_file():
                yield child


def assess_file(path: str, pack: str | None = None, as_of: dt.date | None = None) -> BatchItem:
    """Load and assess one proposal; whatever stops it becomes the item's problems.

    Input problems found while loading or while assessing (a waiver naming a rule the pack
    lacks) are the file's; any other failure on this file is an internal error, reported on
    the item (``internal``) so the rest of the batch still runs. Only a usage error or a bad
    user pack is raised: those concern the whole run, not this file.
    """
    try:
        return _assess_file(path, pack, as_of)
    except (UsageError, PackError):
        raise
    except InputError as err:
        return BatchItem(path, problems=tuple(err.problems))
    except Exception as err:  # one file's failure must not end the batch
        return internal_item(path, f"{type(err).__name__}: {err}")


def internal_item(path: str, what: str) -> BatchItem:
    """An error item for a file paracheck failed on (not the file's fault)."""
    what = what if len(what) <= 300 else what[:299] + "…"
    return BatchItem(
        path,
        problems=(
            Problem(
                path,
                None,
                None,
                "",
                f"internal error while assessing this file ({what}); "
                "the other files are not affected — please report it",
            ),
        ),
        internal=True,
    )


def _assess_file(path: str, pack: str | None, as_of: dt.date | None) -> BatchItem:
    import paracheck

    if path != STDIN and Path(path).is_dir():
        return BatchItem(
            path,
            problems=(
                Problem(
                    path,
                    None,
                    None,
                    "",
                    "no proposal files (*.yaml, *.yml, *.json) in this directory",
                ),
            ),
        )
    try:
        proposal = paracheck.load_proposal(path)
    except InputError as err:
        return BatchItem(path, problems=tuple(err.problems))
    except OSError as err:
        reason = err.strerror or str(err)
        return BatchItem(path, problems=(Problem(path, None, None, "", f"cannot read: {reason}"),))
    return BatchItem(path, assessment=paracheck.assess(proposal, pack=pack, as_of=as_of))


def _start_worker() -> None:
    """Compile the shipped packs once per worker, then exempt them from garbage collection.

    A worker allocates thousands of short-lived objects per proposal; every full collection
    would otherwise walk the long-lived compiled packs and models again (about a third of
    the time per proposal, measured). ``gc.freeze`` is safe here: the worker process is ours.
    """
    import gc

    from paracheck.engine.compiler import compiled
    from paracheck.rules.loader import all_packs

    for pack in all_packs():
        compiled(pack)
    gc.freeze()


def _assess_for_transfer(job: tuple[str, str | None, dt.date | None]) -> BatchItem:
    """Worker side: the result as JSON plus its summary (cheap to send and to receive)."""
    item = assess_file(*job)
    a = item.assessment
    if a is None:
        return item
    return BatchItem(
        item.source, problems=item.problems, summary=item.summary, json_bytes=a.to_json_bytes()
    )


def _isolated(path: str, pack: str | None, as_of: dt.date | None) -> BatchItem:
    """One file in a process of its own: its result, or an error item if the process dies."""
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=_pool_context()) as pool:
            return pool.submit(_assess_for_transfer, (path, pack, as_of)).result()
    except BrokenProcessPool:
        return internal_item(path, "the assessment process stopped unexpectedly")


def _pool_context() -> multiprocessing.context.BaseContext:
    """``fork`` when this process holds no engine and no other thread, else ``spawn``.

    A forked worker starts in milliseconds with paracheck already imported; it must not
    inherit a durable_rules host or a running thread, so a caller that has already assessed
    in-process (or runs threads) gets ``spawn``.
    """
    import threading

    from paracheck.engine import compiler

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and not compiler.has_compiled() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def assess_many(
    paths: Sequence[str | os.PathLike[str]],
    pack: str | None = None,
    as_of: dt.date | None = None,
    workers: int | None = None,
) -> list[BatchItem]:
    """Assess every input (directories expanded) and return one item per file, in order.

    ``workers`` caps the process pool (default: the number of CPUs); ``1`` keeps everything
    in the calling process. Standard input (``-``) is always read in the calling process.

    Workers start with ``fork`` while this process holds no compiled pack and no other
    thread, else with ``spawn``, which imports the caller's main module again: a script that
    has already assessed in its own process must guard its entry point with
    ``if __name__ == "__main__":`` (or pass ``workers=1``).
    """
    sources = expand_inputs(paths)
    items: list[BatchItem | None] = [None] * len(sources)
    pooled = [i for i, s in enumerate(sources) if s != STDIN]
    n_workers = min(workers or os.cpu_count() or 1, len(pooled))
    if n_workers > 1:
        jobs = [(sources[i], pack, as_of) for i in pooled]
        chunk = max(1, min(8, len(jobs) // (n_workers * 4)))
        done = 0
        try:
            with ProcessPoolExecutor(
                max_workers=n_workers, mp_context=_pool_context(), initializer=_start_worker
            ) as pool:
                for item in pool.map(_assess_for_transfer, jobs, chunksize=chunk):
                    items[pooled[done]] = item
                    done += 1
        except BrokenProcessPool:
            # a worker died (the rule engine is C code): the files not yet answered are
            # assessed one process each, so the one that kills its process is named
            for i in pooled[done:]:
                items[i] = _isolated(sources[i], pack, as_of)
    else:
        for i in pooled:
            items[i] = assess_file(sources[i], pack, as_of)
    for i, source in enumerate(sources):
        if source == STDIN:
            items[i] = assess_file(source, pack, as_of)
    assert all(item is not None for item in items)
    return items  # type: ignore[return-value]
