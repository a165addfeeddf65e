"""Loading and validating rule packs.

A pack is refused — with the file, the rule id and the field — when a path names no proposal
field, an id repeats, a translation is missing, a domain or severity is unknown, a flag is
tested that no rule derives (or flags derive each other in a cycle), or an example is not a
valid proposal. Shipped packs live in ``paracheck/rules/packs``; a user's own pack is any path.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from paracheck import _cache
from paracheck._yaml import SHIPPED_LOADER, load_shipped, yaml
from paracheck.errors import (
    InputError,
    PackError,
    ParacheckError,
    Problem,
    UsageError,
    Words,
    pack_problem,
    problem,
)
from paracheck.facts.model import Proposal
from paracheck.rules import conditions as cond
from paracheck.rules.model import (
    ActorsFile,
    ActorSpec,
    Bilingual,
    EraSpec,
    PackHeader,
    ProcedureStepSpec,
    Rule,
    RulePack,
    RulesFile,
    published,
)

PACKS_DIR = Path(str(resources.files("paracheck.rules") / "packs"))
#: the shipped actor glossary (not a pack: its schema is paracheck/actors/v1)
ACTORS_FILE = PACKS_DIR / "actors.yaml"
EXAMPLE_HEADER = {"schema": "paracheck/proposal/v1", "title": "example"}
_MAX_PACK_BYTES = 4 * 1024 * 1024
MAX_PACK_BYTES = _MAX_PACK_BYTES
#: most rules one pack (with its included files) may hold; each compiles to several engine
#: patterns, and the engine's compile time grows faster than linearly with them
MAX_RULES = 200
#: deepest nesting of all/any/not/count in one rule's condition
MAX_CONDITION_DEPTH = 12
_lock = threading.Lock()
_BaseLoader = SHIPPED_LOADER


class _PackLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader (libyaml when present) with one change: a timestamp-looking scalar
    that is not a real date (``2015-13-45``) stays text and is noted in ``bad_dates``
    instead of aborting the whole read, so ``_read`` can name the rule and field holding it."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.bad_dates: list[tuple[yaml.Node, str]] = []

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            self.bad_dates.append((node, str(exc)))
            return self.construct_scalar(node)

    def construct_yaml_int(self, node: yaml.Node) -> Any:
        """A whole number as its author wrote it: YAML 1.1 also reads ``010`` as octal 8,
        ``0x10`` as 16, ``0b101`` as 5 and ``1:30`` as 90 (base 60), which a threshold such
        as ``lt: 010`` never means; those stay text, which the pack's model and the condition
        parser refuse at their rule and field ("tertulis '010'")."""
        if not _DECIMAL.fullmatch(str(node.value)):
            return self.construct_scalar(node)
        return super().construct_yaml_int(node)

    def construct_yaml_float(self, node: yaml.Node) -> Any:
        """A number with a fraction, never base 60 (``1:30.5`` is text, not 5430.5)."""
        if ":" in str(node.value):
            return self.construct_scalar(node)
        return super().construct_yaml_float(node)


#: a whole number written in decimal, as people write it (``1_000`` too)
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)")
_PackLoader.add_constructor("tag:yaml.org,2002:timestamp", _PackLoader.construct_yaml_timestamp)
_PackLoader.add_constructor("tag:yaml.org,2002:int", _PackLoader.construct_yaml_int)
_PackLoader.add_constructor("tag:yaml.org,2002:float", _PackLoader.construct_yaml_float)


@cache
def _shipped() -> tuple[str, ...]:
    names = []
    for path in sorted(PACKS_DIR.glob("*.yaml")):
        with path.open(encoding="utf-8") as fh:
            head = fh.read(4096)
        if "paracheck/pack/v1" in head:
            names.append(path.stem)
    return tuple(names)


def pack_names() -> list[str]:
    """Names of the shipped packs (files whose schema is ``paracheck/pack/v1``), sorted."""
    return list(_shipped())


def load_pack(name_or_path: str | Path) -> RulePack:
    """A shipped pack by name, or a pack file by path; validated and cached per process."""
    text = str(name_or_path)
    if text in _shipped():
        with _lock:
            return _shipped_pack(text)
    # any other name is a file's path: a shipped file that is not a pack (the thesis's shared
    # rules, which every pack includes; the actor glossary) is no pack of that name, not a
    # pack file failing its schema (attack 350 L5: "thesis-obstacles.yaml:44:1: version:
    # wajib diisi")
    path = Path(text)
    found = _pack_file_status(path) if text.strip() else None  # Path("") is the current folder
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise UsageError.of("usage.pack_folder", name=f"'{text}'")
    if found is not None and not stat.S_ISREG(found.st_mode):
        # a pipe (``--pack <(…)``, a FIFO) or a device: a pack is read, cached by its file and
        # includes files beside it, so it is a file (attack 440 H2: a pipe's descriptor was an
        # internal error, a FIFO hung for ever)
        raise PackError([pack_problem(text, None, None, "", "pack.not_file")])
    if found is None:
        known = ", ".join(pack_names())
        raise UsageError.of(
            "usage.no_pack",
            name=f"'{text}'",
            known=known,
            option="pack",
            value=text,
            choices=tuple(pack_names()),
        )
    resolved = path.resolve()
    info = resolved.stat()
    version = (info.st_mtime_ns, info.st_size)
    with _lock:
        held = _user_packs.get(resolved)
        if held is not None and held[0] == version:
            _user_packs.move_to_end(resolved)
            return held[1]
    pack = _load_pack_uncached(resolved)  # outside the lock: a slow pack blocks nobody
    _not_a_shipped_name(pack, resolved)
    with _lock:
        _user_packs[resolved] = (version, pack)  # the previous version of the file is dropped
        _user_packs.move_to_end(resolved)
        while len(_user_packs) > USER_PACK_CACHE:
            _user_packs.popitem(last=False)
    return pack


def _include_readable(inc_path: Path, name: str, pack: str, problems: list[Problem]) -> bool:
    """Whether an included file is there and a regular file to read; else its problem: not
    there, not to be followed (a name too long, a link loop), or a pipe or a device, as the
    pack given itself is (attack 462 H3: a name too long was an internal error; H4: a FIFO
    included hung for ever). The pack given's own reading of a path (:func:`_pack_file_status`)."""
    try:
        found = _pack_file_status(inc_path)
    except PackError as exc:
        problems.extend(exc.problems)
        return False
    if found is None:
        problems.append(pack_problem(pack, 0, 0, "include", "pack.include_missing", name=name))
        return False
    if not stat.S_ISREG(found.st_mode):
        problems.append(pack_problem(str(inc_path), None, None, "", "pack.not_file"))
        return False
    return True


def _pack_file_status(path: Path) -> os.stat_result | None:
    """The status of the pack file a path names; None when nothing is there (then it may be a
    misspelt shipped name). A path that is there but cannot be followed (a symbolic link
    naming itself, a link to a file since moved, a folder without permission) is a pack
    problem saying why, not "no pack named …" (a symlink loop was reported as a wrong name)."""
    from paracheck.facts.loader import reason_words

    try:
        return path.stat()
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not os.path.lexists(path):
            return None
        raise PackError([_unreadable(str(path), None, None, reason_words(exc))]) from None


def pack_files(name_or_path: str | os.PathLike[str]) -> list[str]:
    """The files the pack given by path was read from (the pack and its includes); none for
    a shipped pack's name (see :func:`paracheck.pack_files`)."""
    text = os.fspath(name_or_path)
    if text in _shipped():
        return []
    pack = load_pack(text)
    return [file for file, _ in pack._read_from()] or [text]


def pack_if_loadable(name: str | None) -> RulePack | None:
    """:func:`load_pack` for a report or a notice that only names a pack: None for no name, or
    for one that cannot be read (given by a path that has since moved), instead of an error
    where a sentence would do without it. A name a pack file gives itself is the pack most
    recently loaded from a file under that name among those this process keeps
    (:data:`USER_PACK_CACHE`; an assessment names its pack so): the report of an assessment
    made with ``--pack my-pack.yaml`` reads that pack's fields, where it used to fall back to
    generic wording (attack 440 H1)."""
    if not name:
        return None
    try:
        return load_pack(name)
    except (ParacheckError, OSError):
        with _lock:  # most recently used last: the latest file of that name wins
            held = [pack for _, pack in _user_packs.values() if pack.name == name]
        return held[-1] if held else None


def _not_a_shipped_name(pack: RulePack, path: Path) -> None:
    """A pack file naming itself as a shipped pack is that pack, read from elsewhere (a copy
    with its includes): a report reads a pack's fields by its name, so a file of that name
    whose content differs is refused at its ``name:`` line (attack 440 H1: a user pack named
    pp28-2018 was read with the shipped pack's fields for its own rules)."""
    if pack.name not in _shipped() or path == (PACKS_DIR / f"{pack.name}.yaml").resolve():
        return
    shipped = _shipped_pack(pack.name)
    if {(Path(f).name, d) for f, d in pack._files} == {
        (Path(f).name, d) for f, d in shipped._files
    }:
        return  # the same files' bytes, wherever they are read from
    line = next(
        (
            i
            for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if row.startswith("name:")
        ),
        None,
    )
    raise PackError([pack_problem(str(path), line, 0, "name", "pack.shipped_name", name=pack.name)])


def predecessor(pack: RulePack) -> RulePack | None:
    """The pack ``pack`` supersedes, when it names one that can be read: its ``revoked_by``
    says which instrument began ``pack``'s regime (Permendagri 25/2020)."""
    return pack_if_loadable(pack.supersedes)


#: user pack files kept loaded (the latest version of each, least recently used dropped first):
#: a service trying edited packs for ever must not keep every version
USER_PACK_CACHE = 16
_user_packs: OrderedDict[Path, tuple[tuple[int, int], RulePack]] = OrderedDict()


def all_packs() -> list[RulePack]:
    """Every shipped pack; the package data does not change while a process runs."""
    with _lock:
        return list(_shipped_packs())


def _shipped_packs() -> tuple[RulePack, ...]:
    return tuple(_shipped_pack(name) for name in _shipped())


@cache
def _shipped_pack(name: str) -> RulePack:
    """A shipped pack, loaded once: package data does not change while a process runs."""
    return _load_pack_uncached((PACKS_DIR / f"{name}.yaml").resolve())


def choose_pack(pack: str | Path | RulePack | None, as_of: dt.date) -> RulePack:
    """The pack to judge with: a loaded pack as it is, a shipped name or a pack file loaded,
    else (``None``) the shipped pack in force on ``as_of``. One rule for every caller (the
    assessment, the checklist, the catalogue, the waiver check of ``validate``)."""
    if isinstance(pack, RulePack):
        return pack
    if pack is None:
        return select_pack(as_of)
    return load_pack(pack)


def waiver_problems(proposal: Proposal, pack: RulePack) -> list[Problem]:
    """One problem per accepted risk that names a rule ``pack`` does not have: the check an
    assessment makes before running any rule, so ``validate`` refuses what ``assess`` refuses."""
    ids = {rule.id for rule in pack.rules}
    problems = []
    for i, waiver in enumerate(proposal.accepted_risks or []):
        if waiver.rule not in ids:
            line, col = proposal.origin.positions.get(f"accepted_risks[{i}].rule", (None, None))
            words = Words.of("waiver.no_rule", rule=waiver.rule, pack=pack.name)
            path = f"accepted_risks[{i}].rule"
            problems.append(problem(proposal.origin.source, line, col, path, words))
    return problems


def select_pack(as_of: dt.date) -> RulePack:
    """The shipped pack in force on ``as_of``; before every pack, the earliest one.

    Chosen from the packs' headers, so only the selected pack is loaded and validated.
    """
    headers = sorted(_headers(), key=lambda h: h[1] or dt.date.min)
    if not headers:
        raise UsageError.of("usage.no_packs")
    for name, start, until in headers:
        if (start is None or start <= as_of) and (until is None or as_of <= until):
            return load_pack(name)
    first = headers[0]
    return load_pack(first[0] if as_of < (first[1] or dt.date.min) else headers[-1][0])


@cache
def _headers() -> tuple[tuple[str, dt.date | None, dt.date | None], ...]:
    """(name, effective_from, effective_until) of each shipped pack, read from its header."""
    out = []
    for name in _shipped():
        text = (PACKS_DIR / f"{name}.yaml").read_text(encoding="utf-8")
        cut = re.search(r"^(procedure|include|rules):", text, flags=re.MULTILINE)
        head = yaml.load(text[: cut.start()] if cut else text, Loader=_BaseLoader) or {}
        out.append((name, head.get("effective_from"), head.get("effective_until")))
    return tuple(out)


def _load_pack_uncached(path: Path) -> RulePack:
    """The pack at ``path`` (resolved), validated; from the disk cache (``paracheck._cache``)
    when an entry was made by this paracheck from files whose content is still the same."""
    name = f"pack-{_cache.digest(f'{_cache.code_fingerprint()}{path}'.encode())[:40]}.pickle"
    held = _cache.load(name)
    if _still_valid(held):
        files, pack = held
    else:
        read: dict[Path, str] = {}
        pack = _load_pack_files(path, read)
        files = tuple(
            (file, digest, _settled_status(file, digest)) for file, digest in read.items()
        )
        _cache.store(name, (files, pack))
    pack._files = tuple((str(file), digest) for file, digest, _ in files)
    pack._files_of = id(pack)
    return pack


#: a file changed less than this long before its status is recorded may change again within
#: the same tick of the file system's clock, keeping its status: it is checked by its bytes
SETTLED_NS = 2_000_000_000


def _status(path: str | Path) -> tuple[int, int, int, int, int]:
    """What changes whenever a file's bytes do: its device and inode (an editor saving by
    renaming a new file over it), size, modification and status-change times (the last is
    set by the system at every write, and no program can set it back)."""
    info = os.stat(path)
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _settled_status(path: Path, digest: str) -> tuple[int, int, int, int, int] | None:
    """The status of a pack file whose bytes are ``digest``, for a later check by status
    alone; None (checked by its bytes at every use) unless the bytes are read again with the
    same digest between two equal statuses, and the file last changed at least
    :data:`SETTLED_NS` ago (a write within the same clock tick could keep the times: git's
    "racily clean" files)."""
    import time

    try:
        before = _status(path)
        with path.open("rb") as handle:
            same = _cache.digest(handle.read(_MAX_PACK_BYTES + 1)) == digest
        after = _status(path)
    except OSError:
        return None
    settled = max(before[3], before[4]) <= time.time_ns() - SETTLED_NS
    return before if same and before == after and settled else None


def _still_valid(held: Any) -> bool:
    """Whether a cache entry is a pack every file of which (the pack and its includes) still
    holds the bytes it was read from; anything else in the entry is a miss.

    A file whose status is the one recorded when it was read (:func:`_settled_status`) is
    not read again: its bytes cannot have changed without changing its status (hashing the
    shipped packs' ~0.7 MB was 13.5 M instructions of every command). Any other file is
    read and its SHA-256 compared, as without a recorded status."""
    try:
        files, pack = held
        if not isinstance(pack, RulePack):
            return False
        for path, digest, status in files:
            if status is not None and _status(path) == status:
                continue
            with Path(path).open("rb") as handle:
                if _cache.digest(handle.read(_MAX_PACK_BYTES + 1)) != digest:
                    return False
    except (OSError, TypeError, ValueError):
        return False
    return True


def _load_pack_files(path: Path, read: dict[Path, str]) -> RulePack:
    """Read and validate the pack at ``path``; ``read`` gets the digest of each file read."""
    problems: list[Problem] = []
    data, lines = _read(path, problems, read)
    if problems:
        raise PackError(problems)
    # each file read, by name: where a problem that names a field is placed (_placed)
    trees: dict[str, _Lines] = {str(path): lines}
    try:
        header = PackHeader.model_validate(data)
    except ValidationError as exc:
        raise PackError(_placed(_pydantic_problems(exc, str(path), lines, ""), trees)) from None
    raw_rules: list[tuple[str, int, dict[str, Any]]] = [
        (str(path), lines.get(i, 0), r) for i, r in enumerate(header.rules)
    ]
    # (file, actors it declares) of the pack and each included file
    declared: list[tuple[str, dict[str, ActorSpec]]] = [(str(path), header.actors)]
    for name in header.include:
        inc_path = path.parent / f"{name}.yaml"
        if not _include_readable(inc_path, name, str(path), problems):
            continue
        inc_data, inc_lines = _read(inc_path, problems, read)
        if inc_data is None:
            continue
        trees[str(inc_path)] = inc_lines
        try:
            rules_file = RulesFile.model_validate(inc_data)
        except ValidationError as exc:
            problems.extend(_pydantic_problems(exc, str(inc_path), inc_lines, ""))
            continue
        raw_rules += [
            (str(inc_path), inc_lines.get(i, 0), r) for i, r in enumerate(rules_file.rules)
        ]
        declared.append((str(inc_path), rules_file.actors))
    if not raw_rules and not problems:
        # a pack of no rules finds nothing in any proposal: "Tidak ada temuan" from a pack
        # that looked at nothing, and `rules test` passing 0 examples (attack 440 L8)
        at = lines.keys_at.get("rules", 1)
        problems.append(pack_problem(str(path), at, 0, "rules", "pack.no_rules"))
    rules = _build_rules(raw_rules, problems)
    _check_noted_by(header.procedure, rules, str(path), lines.keys_at.get("procedure", 0), problems)
    _check_ids_changed(
        header, rules, str(path), lines.keys_at.get("ids_changed", 0), problems, read
    )
    actors = _glossary(declared, problems, read, trees)
    if actors is not None:
        _check_actors(rules, actors, problems)
        for rule in rules:
            if any(r.changes_plan for r in rule.recommend):
                _check_changes_plan(rule, *rule._origin, problems, actors)
    if problems:
        raise PackError(_placed(problems, trees))
    return RulePack(
        name=header.name,
        version=header.version,
        regime=header.regime,
        effective_from=header.effective_from,
        effective_from_precision=header.effective_from_precision,
        effective_until=header.effective_until,
        supersedes=header.supersedes,
        superseded_by=header.superseded_by,
        revoked_by=header.revoked_by,
        alongside=header.alongside,
        instruments=header.instruments,
        description=header.description,
        procedure=header.procedure,
        procedure_basis=header.procedure_basis,
        rules=rules,
        source=str(path),
        ids_changed=header.ids_changed,
        actors=actors or {},
    )


def _check_noted_by(
    steps: list[ProcedureStepSpec], rules: list[Rule], file: str, line: int, problems: list[Problem]
) -> None:
    """A procedure step's ``noted_by`` names rules of the pack (with its includes)."""
    ids = {rule.id for rule in rules}
    for i, spec in enumerate(steps):
        for rule_id in spec.noted_by or ():
            if rule_id not in ids:
                problems.append(
                    pack_problem(
                        file,
                        line,
                        0,
                        f"procedure[{i}].noted_by",
                        "pack.noted_unknown",
                        rule=rule_id,
                    )
                )


#: the packs whose ``ids_changed`` are being checked in this thread (a pack superseding one
#: that supersedes it back would load the two for ever)
_checking = threading.local()


def _check_ids_changed(
    header: PackHeader,
    rules: list[Rule],
    file: str,
    line: int,
    problems: list[Problem],
    read: dict[Path, str],
) -> None:
    """``ids_changed`` relates the checks of the pack this one supersedes to its own, so
    each entry must be readable one way: the pack names the one it supersedes (a shipped
    pack, read here: its files join those this pack's cached load is checked against), each
    old id is a check there and is listed once, each new id is a check here claimed once,
    and a new id the old pack also carries is listed as an old id too (else that old check
    would be matched twice: by its id and by the entry)."""
    if not header.ids_changed:
        return

    def said(i: int, part: str, key: str, **values: Any) -> None:
        problems.append(pack_problem(file, line, 0, f"ids_changed[{i}].{part}", key, **values))

    old_name = header.supersedes
    if old_name is None or old_name not in _shipped():
        problems.append(
            pack_problem(
                file, line, 0, "supersedes", "pack.ids_changed_no_pack", name=old_name or ""
            )
        )
        return
    busy: set[str] = getattr(_checking, "names", set())
    if old_name in busy:  # that pack is being checked against this one already
        return
    _checking.names = busy | {header.name}
    try:
        older = _load_pack_uncached((PACKS_DIR / f"{old_name}.yaml").resolve())
    except PackError:
        problems.append(
            pack_problem(file, line, 0, "supersedes", "pack.ids_changed_no_pack", name=old_name)
        )
        return
    finally:
        _checking.names = busy
    for named, digest in older._files:
        read[Path(named)] = digest
    old_ids = {r.id for r in older.rules}
    new_ids = {r.id for r in rules}
    was_seen: set[str] = set()
    now_seen: set[str] = set()
    for i, entry in enumerate(header.ids_changed):
        if entry.was not in old_ids:
            said(i, "was", "pack.ids_changed_was_unknown", rule=entry.was, pack=old_name)
        elif entry.was in was_seen:
            said(i, "was", "pack.ids_changed_twice", rule=entry.was)
        was_seen.add(entry.was)
        if entry.now is None:
            continue
        if entry.now not in new_ids:
            said(i, "now", "pack.ids_changed_now_unknown", rule=entry.now)
        elif entry.now in now_seen:
            said(i, "now", "pack.ids_changed_twice", rule=entry.now)
        now_seen.add(entry.now)
    listed = {entry.was for entry in header.ids_changed}
    for i, entry in enumerate(header.ids_changed):
        if entry.now is not None and entry.now in old_ids and entry.now not in listed:
            said(i, "now", "pack.ids_changed_taken", rule=entry.now, pack=old_name)


@cache
def _actors_file() -> ActorsFile:
    """The shipped actor glossary file, read once."""
    return ActorsFile.model_validate(load_shipped(ACTORS_FILE.read_text("utf-8")))


def actor_glossary() -> dict[str, ActorSpec]:
    """The shipped actor glossary, for a report's own sentences about an assessment (which
    carries no pack): the head of region by the region's level (:func:`head_of_region`)."""
    return dict(_actors_file().actors)


def actor_eras() -> tuple[EraSpec, ...]:
    """The terms of earlier eras the shipped glossary gives (``eras:``), oldest first."""
    return tuple(_actors_file().eras)


def era_of(day: dt.date) -> int | None:
    """The index in :func:`actor_eras` of the era whose terms a proposal judged on ``day``
    is written in (SKPD before UU 23/2014), or None for today's terms."""
    for index, era in enumerate(actor_eras()):
        if day <= era.until:
            return index
    return None


def era_name(name: str, era: EraSpec) -> str:
    """``name`` with ``era``'s Indonesian terms in place of today's ("Perangkat Daerah
    pengampu sektor" → "SKPD pengampu sektor")."""
    return swapper(era.id)(name)


@cache
def era_swapper(era_index: int, lang: str) -> Callable[[str], str]:
    """The swap of the shipped glossary's era ``era_index`` (an index in :func:`actor_eras`)
    in ``lang`` (id | en), made once per process: what an assessment or a report judged in
    that era says instead of today's terms."""
    return swapper(actor_eras()[era_index].get(lang))


def swapper(swaps: dict[str, str]) -> Callable[[str], str]:
    """A function that replaces every key of ``swaps`` in a text, in one pass, the longest
    first (a term swapped in is never swapped again)."""
    if not swaps:
        return lambda text: text
    pattern = re.compile("|".join(re.escape(k) for k in sorted(swaps, key=len, reverse=True)))
    return lambda text: pattern.sub(lambda found: swaps[found.group(0)], text)


LEVELS: tuple[str | None, ...] = ("province", "regency", "city", None)
"""The levels of an Indonesian region (``local_government.level``), None where not known."""

Wording = tuple[str | None, int | None]
"""How a proposal's texts name the region's bodies: its level (:data:`LEVELS`) and the era
of its date judged (an index in the glossary's ``eras``, None for today's terms)."""


@cache
def wordings() -> tuple[Wording, ...]:
    """Every wording a check may be read in: each level, in today's terms and each era's
    (read when a pack's plan is built, not when this module is imported)."""
    return tuple((level, era) for era in (None, *range(len(actor_eras()))) for level in LEVELS)


def level_swaps(actors: dict[str, ActorSpec], wording: Wording) -> tuple[dict[str, str], ...]:
    """What the texts of a region of ``wording``'s level say instead of the names a pack
    writes: the glossary's name at that level (:meth:`ActorSpec.at_level`), as (owner and
    counterpart names, Indonesian texts, English texts). Indonesian texts say a body's name
    in lower case inside a sentence ("surat kepala daerah": "surat Bupati", an office's
    title keeps its capitals), English ones too ("the head of region's letter": "the
    regent's letter"). Under an earlier era (``wording``'s second part) the era's terms
    stand in for today's too (the glossary's ``eras``: "SKPD pengampu sektor" for
    "Perangkat Daerah pengampu sektor" before UU 23/2014), the era's name of a body being
    its glossary entry."""
    level, era_index = wording
    era = actor_eras()[era_index] if era_index is not None else None
    # the era's terms as one compiled swap for every name, not one compiled per name
    in_era = swapper(era.id) if era is not None else None
    names: dict[str, str] = {}
    said_id: dict[str, str] = {}
    said_en: dict[str, str] = {}
    for name, spec in actors.items():
        at_level = spec.at_level(level) or name
        instead = in_era(at_level) if in_era is not None else at_level
        if instead == name:
            continue
        names[name] = said_id[name] = said_en[name] = instead
        said_id.setdefault(name.lower(), instead)
        other = actors.get(instead)
        if other is not None and other.en != spec.en:
            said_en[spec.en] = other.en
            if instead == at_level:  # an era's name keeps its acronym: its terms say it
                said_en.setdefault(spec.en.lower(), other.en.lower())
    if era is not None:  # the era's terms inside sentences ("rencana kerja SKPD terkait")
        for said, terms in ((said_id, era.id), (said_en, era.en)):
            for term, instead in terms.items():
                said.setdefault(term, instead)
    return names, said_id, said_en


def _glossary(
    declared: list[tuple[str, dict[str, ActorSpec]]],
    problems: list[Problem],
    read: dict[Path, str],
    trees: dict[str, _Lines] | None = None,
) -> dict[str, ActorSpec] | None:
    """The shipped actor glossary plus the bodies the pack and its included files declare;
    None when the shipped glossary itself cannot be read. A declared name may not repeat one
    already known: one body keeps one English name."""
    data, lines = _read(ACTORS_FILE, problems, read)
    if data is None:
        return None
    if trees is not None:
        trees[str(ACTORS_FILE)] = lines
    try:
        glossary = ActorsFile.model_validate(data)
    except ValidationError as exc:
        problems.extend(_pydantic_problems(exc, str(ACTORS_FILE), {}, ""))
        return None
    actors = dict(glossary.actors)
    origin = dict.fromkeys(actors, str(ACTORS_FILE))
    for file, extra in declared:
        for name, spec in extra.items():
            if name in actors:
                problems.append(
                    pack_problem(
                        file,
                        0,
                        0,
                        f"actors.{name}",
                        "pack.actor_twice",
                        name=name,
                        origin=origin[name],
                    )
                )
                continue
            actors[name], origin[name] = spec, file
    for era in glossary.eras:
        for name in actors:
            said = era_name(name, era)
            if said != name and said not in actors:
                problems.append(
                    pack_problem(
                        origin[name],
                        0,
                        0,
                        f"eras.{name}",
                        "pack.era_actor_missing",
                        until=era.until.isoformat(),
                        name=name,
                        said=said,
                    )
                )
    return actors


def _check_actors(rules: list[Rule], actors: dict[str, ActorSpec], problems: list[Problem]) -> None:
    """Every owner and counterpart is a glossary name; each recommendation gets the entries
    the reports name them by."""
    for rule in rules:
        file, line = rule.origin
        for i, rec in enumerate(rule.recommend):
            found: list[ActorSpec | None] = []
            for field in ("owner", "counterpart"):
                name = getattr(rec, field)
                if name is None:
                    found.append(None)
                    continue
                spec = actors.get(name)
                if spec is None:
                    problems.append(
                        _unknown_actor(
                            file, line, f"{rule.id}.recommend[{i}].{field}", name, actors
                        )
                    )
                found.append(spec)
            rec._actors = (found[0], found[1])


def _unknown_actor(
    file: str, line: int, path: str, name: str, actors: dict[str, ActorSpec]
) -> Problem:
    """Why ``name`` is refused, with the glossary name it most likely means."""
    import difflib

    by_case = {known.casefold(): known for known in actors}
    close = by_case.get(name.casefold()) or next(
        iter(difflib.get_close_matches(name, list(actors), n=1, cutoff=0.6)), None
    )
    hint = Words.of("pack.did_you_mean", name=close) if close else ""
    return pack_problem(
        file, line, 0, path, "pack.unknown_actor", name=name, glossary=ACTORS_FILE.name, hint=hint
    )


def _read(
    path: Path, problems: list[Problem], read: dict[Path, str] | None = None
) -> tuple[Any, _Lines]:
    """Parse a pack file; also return the line of each entry of its ``rules`` list. ``read``
    gets the digest of the bytes parsed (what a cached pack is checked against)."""
    from paracheck.facts.loader import (  # the proposal loader's bounds and words
        _Composer,
        _decode,
        _Refused,
        _syntax_problem,
        reason_words,
    )

    text = ""

    try:
        with path.open("rb") as handle:  # never more than the limit: /dev/zero is endless
            raw = handle.read(_MAX_PACK_BYTES + 1)
        if len(raw) > _MAX_PACK_BYTES:
            raise _Refused(
                _NO_MARK, Words.of("pack.too_large", mib=_MAX_PACK_BYTES // (1024 * 1024))
            )
        if read is not None:
            read[path] = _cache.digest(raw)
        text = _decode(raw, str(path))  # UTF-8 without control characters, or an InputError
        # composed with bounded nesting and alias expansion (an alias bomb is refused before
        # it expands), then constructed by the pack loader, which keeps bad dates as text
        if path.parent == PACKS_DIR:
            # a pack paracheck ships is its own file: libyaml's C composer (same nodes and
            # marks) instead of the bounded pure-Python one user packs need, ~5x faster
            node = yaml.compose(text, Loader=_BaseLoader)
        else:
            composer = _Composer(text)
            try:
                node = composer.single_document()
            finally:
                composer.close()
            if composer.bad_tags:
                mark, tag = composer.bad_tags[0]
                raise _Refused(mark, Words.of("pack.tag", tag=tag))
        twice = _written_twice(node)
        if twice is not None:
            first, again = twice
            said = Words.of("key.duplicate", key=again.value, line=first.start_mark.line + 1)
            raise _Refused(again.start_mark, said)
        loader = _PackLoader("")
        try:
            data = loader.construct_document(node) if node is not None else None
            bad_dates = loader.bad_dates
        finally:
            loader.dispose()
    except _Refused as exc:
        problems.append(_unreadable(str(path), exc.mark.line + 1, exc.mark.column + 1, exc.words))
        return None, _Lines()
    except InputError as exc:  # not UTF-8, or a control character: said as for a proposal
        for said in exc.problems:
            problems.append(_unreadable(str(path), said.line, said.column, said.words))
        return None, _Lines()
    except OSError as exc:
        problems.append(_unreadable(str(path), None, None, reason_words(exc)))
        return None, _Lines()
    except yaml.MarkedYAMLError as exc:  # placed and said as a proposal's syntax error is
        said = _syntax_problem(exc, str(path), text)
        problems.append(_unreadable(str(path), said.line, said.column, said.words))
        return None, _Lines()
    except (yaml.YAMLError, ValueError) as exc:
        words = Words.of("yaml.other", detail=str(exc))
        problems.append(_unreadable(str(path), 1, 1, words))
        return None, _Lines()
    if not isinstance(data, dict):
        problems.append(pack_problem(str(path), 1, 1, "", "pack.not_mapping"))
        return None, _Lines()
    lines = _Lines(node)
    items: list[yaml.Node] = []
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines.keys_at.setdefault(str(key.value), key.start_mark.line + 1)
            if key.value == "rules" and isinstance(value, yaml.SequenceNode):
                items = value.value
                lines.update({i: item.start_mark.line + 1 for i, item in enumerate(items)})
                lines.items = items
    if bad_dates:
        rules = data.get("rules")
        for bad, reason in bad_dates:
            problems.append(_bad_date_problem(str(path), node, items, lines, rules, bad, reason))
        return None, _Lines()
    return data, lines


def _written_twice(root: yaml.Node | None) -> tuple[yaml.Node, yaml.Node] | None:
    """The first key (in the file's order) written a second time in one mapping, with its
    first writing; None when every key is written once. YAML's constructor keeps the last
    value without a word, so a rule with two ``severity`` lines was judged by whichever
    came last (atk24); a proposal refuses the same at the second key."""
    found: list[tuple[yaml.Node, yaml.Node]] = []
    stack = [root] if root is not None else []
    visited: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in visited:  # an alias is the node it names: walked once
            continue
        visited.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, yaml.Node] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value != "<<":
                    if key.value in first:
                        found.append((first[key.value], key))
                    else:
                        first[key.value] = key
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    if not found:
        return None
    return min(found, key=lambda pair: (pair[1].start_mark.line, pair[1].start_mark.column))


class _NoMark:
    """Where a refusal of the whole file is placed: its first line."""

    line = column = 0


_NO_MARK = _NoMark()


def _unreadable(file: str, line: int | None, column: int | None, what: Any) -> Problem:
    """A pack file that cannot be read: "cannot read pack: …", the reason in the reader's
    language (the proposal loader's sentences for YAML and text problems)."""
    return pack_problem(file, line, column, "", "pack.unreadable", what=what)


def _bad_date_problem(
    file: str,
    root: yaml.Node,
    items: list[yaml.Node],
    lines: dict[int, int],
    rules: Any,
    bad: yaml.Node,
    reason: str,
) -> Problem:
    """An impossible date literal, named by rule and field at the rule's line when it is in a
    rule, else by its place in the file at its own line."""
    said = {"value": repr(bad.value), "reason": reason}
    for i, item in enumerate(items):
        where = _node_path(item, bad)
        if where is not None:
            rule = rules[i] if isinstance(rules, list) and i < len(rules) else None
            rid = rule.get("id", f"rules[{i}]") if isinstance(rule, dict) else f"rules[{i}]"
            path = f"{rid}.{where}" if where else str(rid)
            return pack_problem(file, lines.get(i, 0), 0, path, "pack.bad_date", **said)
    return pack_problem(
        file,
        bad.start_mark.line + 1,
        bad.start_mark.column + 1,
        _node_path(root, bad) or "",
        "pack.bad_date",
        **said,
    )


def _node_path(node: yaml.Node, target: yaml.Node) -> str | None:
    """The field leading from ``node`` to ``target``, e.g. ``when.all[0].lt``."""
    if node is target:
        return ""
    children: list[tuple[str, yaml.Node]] = []
    if isinstance(node, yaml.MappingNode):
        children = [(str(key.value), value) for key, value in node.value]
    elif isinstance(node, yaml.SequenceNode):
        children = [(f"[{i}]", value) for i, value in enumerate(node.value)]
    for step, child in children:
        sub = _node_path(child, target)
        if sub is not None:
            return step + ("." + sub if sub and not sub.startswith("[") else sub)
    return None


class _Lines(dict[int, int]):
    """The line of each entry of a pack file's ``rules`` list, and (``keys_at``) the line of
    each of its top-level keys: where a problem of the pack's header is placed. ``root`` and
    ``items`` (the file's node tree and its ``rules`` entries) place a problem at its field
    (:func:`_placed`)."""

    def __init__(self, root: yaml.Node | None = None) -> None:
        super().__init__()
        self.keys_at: dict[str, int] = {}
        self.root = root
        self.items: list[yaml.Node] = []


def _placed(problems: list[Problem], trees: dict[str, _Lines]) -> list[Problem]:
    """``problems`` with each one the loader placed by its rule's or key's line only (column
    0) placed at the field its path names, 1-based, as a proposal's problems are: at the
    value written (``title: 5`` at the ``5``), at the key for a key that is not allowed, at
    the nearest enclosing value for a field that is missing; at its key for a field whose
    value is a block of lines below it (``alongside:``, ``when:``), which names it. They
    all said column 0, at the line of the rule's ``- id:`` (atk21). Only problems are
    placed: a pack that loads pays nothing for it."""
    out = []
    for said in problems:
        tree = trees.get(said.file)
        if said.column not in (0, None) or tree is None or tree.root is None:
            out.append(said)
            continue
        node, rest = tree.root, said.path
        for item in tree.items:  # a rule's problem: its path starts with the rule's id
            if item.start_mark.line + 1 != said.line or not isinstance(item, yaml.MappingNode):
                continue
            rid = next((str(v.value) for k, v in item.value if k.value == "id"), "?")
            if said.path == rid or said.path.startswith((rid + ".", rid + "[")):
                node, rest = item, said.path[len(rid) :]
                break
        key, value, whole = _walk(node, rest)
        extra = said.words is not None and said.words.key == "pack.model.extra"
        below = isinstance(value, yaml.CollectionNode) and not value.flow_style
        at = key if whole and key is not None and (extra or below) else value
        out.append(
            Problem(
                said.file,
                at.start_mark.line + 1,
                at.start_mark.column + 1,
                said.path,
                said.message,
                said.words,
            )
        )
    return out


def _walk(node: yaml.Node, rest: str) -> tuple[yaml.Node | None, yaml.Node, bool]:
    """Follow a problem's path (``when.all[0].lt``, ``recommend[0].actor``, a key holding a
    dot such as an actor's name) down from ``node``: the key and the value it reaches, and
    whether the whole path was found."""
    key: yaml.Node | None = None
    while rest := rest.lstrip("."):
        if isinstance(node, yaml.MappingNode):
            found = [
                (k, v)
                for k, v in node.value
                if isinstance(k, yaml.ScalarNode)
                and (rest == k.value or rest.startswith((f"{k.value}.", f"{k.value}[")))
            ]
            if not found:
                return key, node, False
            key, node = max(found, key=lambda kv: len(kv[0].value))
            rest = rest[len(key.value) :]
        elif isinstance(node, yaml.SequenceNode):
            index = re.match(r"\[(\d+)\]|(\d+)(?=$|[.\[])", rest)
            if index is None or int(index.group(1) or index.group(2)) >= len(node.value):
                return key, node, False
            key, node = None, node.value[int(index.group(1) or index.group(2))]
            rest = rest[index.end() :]
        else:
            return key, node, False
    return key, node, True


def _pydantic_problems(
    exc: ValidationError, file: str, lines: dict[int, int], prefix: str
) -> list[Problem]:
    out = []
    keys_at = getattr(lines, "keys_at", {})
    for err in exc.errors():
        loc = list(err["loc"])
        if len(loc) > 1 and loc[0] == "rules":
            line = lines.get(loc[1], 0)
        else:  # a header field: its key's line, or the first line when it is missing
            line = keys_at.get(str(loc[0]), 1) if loc else 1
        out.append(_model_problem(file, line, prefix + _loc_path(loc), err))
    return out


def _loc_path(loc: Sequence[Any]) -> str:
    """A model error's location as every pack problem writes a field: list items in
    brackets, ``recommend[0].after_expiry`` (the loader's own checks, ``when.all[0].lt``,
    and a proposal's problems say it so). Pydantic's ``recommend.0.after_expiry`` was the
    second form of the same path beside them (atk24)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


#: pydantic's error types → the sentence of pack_problems.yaml that says them (the English
#: stays pydantic's own message, as the loader always printed it)
_MODEL_SENTENCES = {
    "missing": "pack.model.missing",
    "extra_forbidden": "pack.model.extra",
    "literal_error": "pack.model.choice",
    "enum": "pack.model.choice",
    "string_type": "pack.model.text",
    "int_type": "pack.model.whole",
    "int_parsing": "pack.model.whole",
    "int_from_float": "pack.model.whole",
    "float_type": "pack.model.number",
    "float_parsing": "pack.model.number",
    "bool_type": "pack.model.bool",
    "bool_parsing": "pack.model.bool",
    "date_type": "pack.model.date",
    "date_parsing": "pack.model.date",
    "date_from_datetime_parsing": "pack.model.date",
    "date_from_datetime_inexact": "pack.model.date",
    "date_number": "pack.model.date_number",
    "list_type": "pack.model.list",
    "dict_type": "pack.model.mapping",
    "model_type": "pack.model.mapping",
    "model_attributes_type": "pack.model.mapping",
    "greater_than_equal": "pack.model.at_least",
    "greater_than": "pack.model.at_least",
    "less_than_equal": "pack.model.at_most",
    "less_than": "pack.model.at_most",
    "too_short": "pack.model.too_short",
    "string_too_short": "pack.model.too_short",
    "too_long": "pack.model.too_long",
    "string_too_long": "pack.model.too_long",
    "string_pattern_mismatch": "pack.model.pattern",
    "alongside_once": "pack.model.alongside_once",
    "term_reversed": "pack.model.term_reversed",
    "pack_named": "pack.model.pack_named",
    "step_twice": "pack.model.step_twice",
    "supersedes_both": "pack.model.supersedes_both",
}


def _model_problem(file: str, line: int, path: str, err: Any) -> Problem:
    """One refusal of a pack model, said in either language."""
    ctx = err.get("ctx") or {}
    key = _MODEL_SENTENCES.get(err["type"], "pack.model.other")
    if err["type"] == "value_error":  # the pack model's own checks, by what they say
        msg = err["msg"]
        if "confidence" in msg:
            key = "pack.model.confidence"
        elif "dated paragraph needs" in msg:
            key = "pack.model.dated_paragraph"
        elif "comes after effective_until" in msg:
            key = "pack.model.dated_order"
    limit = next(
        (ctx[k] for k in ("ge", "gt", "le", "lt", "min_length", "max_length") if k in ctx), ""
    )
    return pack_problem(
        file,
        line,
        0,
        path,
        key,
        detail=err["msg"],
        # pydantic joins the last choice with "or": only the Indonesian sentence shows it
        expected=str(ctx.get("expected", "")).replace(" or ", " atau "),
        limit=limit,
        pattern=ctx.get("pattern", ""),
        value=cond.written(err.get("input")) if key in _QUOTES_INPUT else ctx.get("value", ""),
        # the pack header's own checks (attack 440 M1)
        until=ctx.get("until", ""),
        start=ctx.get("start", ""),
        known=ctx.get("known", ""),
    )


#: sentences that quote the value written: a `yes` refused as a boolean, a `true` or `"4"`
#: refused as a whole number (pydantic's lax mode took them as true and as 1 and 4)
_QUOTES_INPUT = frozenset({"pack.model.bool", "pack.model.whole"})


def _build_rules(
    raw_rules: list[tuple[str, int, dict[str, Any]]], problems: list[Problem]
) -> list[Rule]:
    rules: list[Rule] = []
    seen: dict[str, tuple[str, int]] = {}
    # every rule written, refused or not, with the flag it derives: a rule refused for its own
    # field has its problem; another rule naming it is not told it "is not a rule of this pack"
    written = _Written()
    for file, line, raw in raw_rules:
        rid = raw.get("id", "?") if isinstance(raw, dict) else "?"
        written.note(raw)
        if isinstance(raw, dict) and not _values_dated_by_sources(raw, file, line, problems):
            continue
        try:
            rule = Rule.model_validate(raw)
        except ValidationError as exc:
            for err in exc.errors():
                problems.append(_model_problem(file, line, f"{rid}.{_loc_path(err['loc'])}", err))
            continue
        if rule.id in seen:
            first = seen[rule.id]
            problems.append(
                pack_problem(
                    file,
                    line,
                    0,
                    f"{rule.id}.id",
                    "pack.duplicate_id",
                    first=f"{first[0]}:{first[1]}",
                )
            )
            continue
        seen[rule.id] = (file, line)
        if len(rules) == MAX_RULES:
            problems.append(
                pack_problem(file, line, 0, f"{rule.id}", "pack.too_many_rules", n=MAX_RULES)
            )
            break
        limit = _condition_limits(rule.when)
        if limit is not None:
            problems.append(_limit_problem(file, line, f"{rule.id}.when", limit))
            continue
        try:
            rule._condition = cond.parse(rule.when, rule.scope)  # type: ignore[arg-type]
        except cond.ConditionError as exc:
            problems.append(_condition_problem(file, line, rule.id, exc))
            continue
        rule._origin = (file, line)
        if not _parse_asides(rule, file, line, problems):
            continue
        if rule.due_when is not None:
            due = _side_condition(rule, rule.due_when, "due_when", file, line, problems)
            if due is None:
                continue
            rule._due_condition = due
        if rule.dated_by is not None:
            _check_dated_by(rule, file, line, problems)
        if rule.partner_kinds is not None:
            _check_partner_kinds(rule, file, line, problems)
        if not rule.curable and rule.severity != "blocker":
            problems.append(
                pack_problem(file, line, 0, f"{rule.id}.curable", "pack.curable_not_blocker")
            )
        if rule.tick_dated is not None:
            for lang in ("id", "en"):
                said = getattr(rule.tick_dated.dated, lang)
                if said.count("{date}") != 1 or said.count("{") != 1 or said.count("}") != 1:
                    problems.append(
                        pack_problem(
                            file,
                            line,
                            0,
                            f"{rule.id}.tick_dated.dated.{lang}",
                            "pack.tick_dated_placeholder",
                        )
                    )
        if rule.every_sector and rule.for_each is not None:
            problems.append(
                pack_problem(file, line, 0, f"{rule.id}.every_sector", "pack.every_sector_per_item")
            )
        if rule.redoes is not None:
            _check_redoes(rule, file, line, problems)
        if rule.saran_first is not None or any(r.saran_first for r in rule.recommend):
            _check_saran_first(rule, file, line, problems)
        if rule.saran_decision is not None:
            # a per-item rule may name its sectors or programmes ({items}), as the
            # proposal names them; no other brace
            for lang in ("id", "en"):
                said = getattr(rule.saran_decision, lang)
                if rule.for_each is not None:
                    said = said.replace(SARAN_DECISION_ITEMS, "")
                if "{" in said or "}" in said:
                    path = f"{rule.id}.saran_decision.{lang}"
                    problems.append(
                        pack_problem(file, line, 0, path, "pack.saran_decision_placeholders")
                    )
        if rule.saran_label is not None:
            for lang in ("id", "en"):
                if "{" in getattr(rule.saran_label, lang) or "}" in getattr(rule.saran_label, lang):
                    path = f"{rule.id}.saran_label.{lang}"
                    problems.append(pack_problem(file, line, 0, path, "pack.saran_label_braces"))
        if rule.applies_when is not None and not _parse_applies(rule, file, line, problems):
            continue
        if not _parse_recommendation_cases(rule, file, line, problems):
            continue
        if rule.why_cases and not _parse_why_cases(rule, file, line, problems):
            continue
        if not _parse_placeholders(rule, file, line, problems):
            continue
        if rule.why_dated:
            _check_why_dated(rule, file, line, problems)
        _check_rests_on(rule, file, line, problems)
        if rule.yardstick is not None and rule.check is None:
            # said beside the check's statement: a rule with none would print it beside its
            # title, a finding, or nowhere (the blank checklist's statement from clears_when)
            path = f"{rule.id}.yardstick"
            problems.append(pack_problem(file, line, 0, path, "pack.yardstick_no_check"))
        _check_examples(rule, file, line, problems)
        rules.append(rule)
    _check_flags(rules, problems, written.flags)
    _check_residuals(rules, problems, written.ids)
    _check_asides(rules, problems, written.ids)
    return rules


class _Written:
    """The ids and derived flags of every rule a pack writes, whether or not it was accepted."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.flags: set[str] = set()

    def note(self, raw: Any) -> None:
        if not isinstance(raw, dict):
            return
        if isinstance(raw.get("id"), str):
            self.ids.add(raw["id"])
        if isinstance(raw.get("derive"), str):
            self.flags.add(raw["derive"])


#: the placeholders a rule's ``saran_first`` may hold
_SARAN_FIRST_NAMES = ("{owner}", "{head}")


#: the one placeholder a per-item rule's ``saran_decision`` may hold: the sectors or
#: programmes its finding is about, as the proposal names them
SARAN_DECISION_ITEMS = "{items}"


def _check_saran_first(rule: Rule, file: str, line: int, problems: list[Problem]) -> None:
    """A rule's ``saran_first``, and a recommendation's of its case, names the office
    assigned (``{owner}``) once in each language, and holds no other brace than ``{head}``:
    the Saran fills both in, and nothing else. A recommendation's is for a case that holds
    implementation (``holds_implementation``), the only case the Saran opens with it."""
    said = [("saran_first", rule.saran_first)]
    for i, rec in enumerate(rule.recommend):
        if rec.saran_first is not None:
            said.append((f"recommend[{i}].saran_first", rec.saran_first))
            if not rec.holds_implementation:
                where = f"{rule.id}.recommend[{i}].saran_first"
                problems.append(pack_problem(file, line, 0, where, "pack.case_saran_first"))
    for name, text in said:
        if text is None:
            continue
        for lang in ("id", "en"):
            written = getattr(text, lang)
            rest = written
            for placeholder in _SARAN_FIRST_NAMES:
                rest = rest.replace(placeholder, "")
            if written.count("{owner}") != 1 or "{" in rest or "}" in rest:
                problems.append(
                    pack_problem(
                        file, line, 0, f"{rule.id}.{name}.{lang}", "pack.saran_first_placeholders"
                    )
                )


def _check_changes_plan(
    rule: Rule, file: str, line: int, problems: list[Problem], actors: dict[str, ActorSpec]
) -> None:
    """A recommendation that ``changes_plan`` says its text as the pack writes it: no
    placeholder and no name of a region's own body that the reports say by the region's
    level, since the memo knows the action by its text (the assessment merges
    recommendations into actions by it)."""
    swapped = [
        said
        for name, spec in actors.items()
        if spec.province or spec.regency or spec.city or spec.regency_city or spec.any_level
        for said in (name, name.lower(), spec.en, spec.en.lower())
    ]
    # and a term an earlier era says otherwise ("Perangkat Daerah": SKPD before UU 23/2014)
    swapped += [term for era in actor_eras() for lang in ("id", "en") for term in era.get(lang)]
    for i, rec in enumerate(rule.recommend):
        if not rec.changes_plan:
            continue
        for lang in ("id", "en"):
            text = getattr(rec.text, lang)
            if "{" in text or any(said in text for said in swapped):
                problems.append(
                    pack_problem(
                        file,
                        line,
                        0,
                        f"{rule.id}.recommend[{i}].text.{lang}",
                        "pack.changes_plan_text",
                    )
                )


def _check_redoes(rule: Rule, file: str, line: int, problems: list[Problem]) -> None:
    """A rule's ``redoes`` names two steps its own condition reads: the finding is about
    their order, so a step the condition never looks at cannot be the one to do again."""
    read = {p.split(".")[1] for p in cond.read_paths(rule.condition) if p.startswith("procedure.")}
    redo = rule.redoes
    assert redo is not None
    for field, step in (("step", redo.step), ("after", redo.after)):
        if step not in read:
            problems.append(
                pack_problem(
                    file,
                    line,
                    0,
                    f"{rule.id}.redoes.{field}",
                    "pack.redoes_unread",
                    part=field,
                    step=step,
                )
            )
    if redo.step == redo.after:
        problems.append(pack_problem(file, line, 0, f"{rule.id}.redoes", "pack.redoes_twice"))


def _check_partner_kinds(rule: Rule, file: str, line: int, problems: list[Problem]) -> None:
    """A rule's ``partner_kinds`` says its check does not apply to a partner of any other
    kind, so its condition must be false for each of them whatever else the proposal says:
    otherwise a report would call "not applicable" a check that can find a risk."""
    from paracheck.facts.model import PartnerKind

    kinds = PartnerKind.__args__  # type: ignore[attr-defined]
    for kind in kinds:
        if kind in rule.partner_kinds:  # type: ignore[operator]
            continue
        if cond.decided(rule.condition, {"partner.kind": kind}) is not False:
            problems.append(
                pack_problem(
                    file, line, 0, f"{rule.id}.partner_kinds", "pack.kind_can_hold", kind=kind
                )
            )


def _parse_applies(rule: Rule, file: str, line: int, problems: list[Problem]) -> bool:
    """Parse ``rule.applies_when`` (each antecedent of a list); False (with problems) when
    one is bad. Each condition is read in the rule's own scope (per sector or programme for
    such a rule), reads no flag, and is implied by the rule's ``when`` as written
    (``conditions.implies``): wherever it is false, the rule's condition is false, so
    "Tidak berlaku" never stands beside a check that could find a risk. A rule with one has
    a ``not_applicable`` example."""
    listed = isinstance(rule.applies_when, list)
    for i, applies in enumerate(rule.antecedents):
        field = f"applies_when[{i}].when" if listed else "applies_when.when"
        limit = _condition_limits(applies.when)
        if limit is not None:
            problems.append(_limit_problem(file, line, f"{rule.id}.{field}", limit))
            return False
        try:
            parsed = cond.parse(applies.when, rule.scope, field)
        except cond.ConditionError as exc:
            problems.append(_condition_problem(file, line, rule.id, exc))
            return False
        why = None
        if cond.flags(parsed):
            why = "pack.no_flag_here"
        elif not cond.implies(rule.condition, parsed):
            why = "pack.applies_not_implied"
        elif not rule.examples.not_applicable:
            path = f"{rule.id}.examples.not_applicable"
            problems.append(pack_problem(file, line, 0, path, "pack.applies_no_example"))
            return False
        if why is not None:
            problems.append(pack_problem(file, line, 0, f"{rule.id}.{field}", why))
            return False
        applies._condition = parsed
    return True


def _parse_recommendation_cases(rule: Rule, file: str, line: int, problems: list[Problem]) -> bool:
    """Parse the ``when`` of each of ``rule.recommend``; False (with problems) when one is
    bad. It is read in the rule's own scope, like ``applies_when``, and reads no flag (it is
    judged where the assessment is built, on the facts alone)."""
    good = True
    for i, rec in enumerate(rule.recommend):
        if rec.when is None:
            if rec.case_label is not None:
                path = f"{rule.id}.recommend[{i}].case_label"
                problems.append(pack_problem(file, line, 0, path, "pack.case_label_alone"))
                good = False
            continue
        if rec.case_label is None:
            path = f"{rule.id}.recommend[{i}].case_label"
            problems.append(pack_problem(file, line, 0, path, "pack.case_label_missing"))
            good = False
            continue
        parsed = _parse_case(rule, rec.when, f"recommend[{i}].when", file, line, problems)
        if parsed is None:
            good = False
            continue
        rec._condition = parsed
    return good


def _parse_why_cases(rule: Rule, file: str, line: int, problems: list[Problem]) -> bool:
    """Parse the ``when`` of each of ``rule.why_cases`` (a paragraph of the reason for one
    case), as a recommendation's case is read; False (with problems) when one is bad."""
    good = True
    for i, para in enumerate(rule.why_cases):
        parsed = _parse_case(rule, para.when, f"why_cases[{i}].when", file, line, problems)
        if parsed is None:
            good = False
            continue
        para._condition = parsed
    return good


def _parse_case(
    rule: Rule, when: dict[str, Any], field: str, file: str, line: int, problems: list[Problem]
) -> Any:
    """A case's ``when`` parsed in the rule's own scope, reading no flag (it is judged where
    the assessment is built, on the facts alone); None (with a problem) when it is bad."""
    limit = _condition_limits(when)
    if limit is not None:
        problems.append(_limit_problem(file, line, f"{rule.id}.{field}", limit))
        return None
    try:
        parsed = cond.parse(when, rule.scope, field)
    except cond.ConditionError as exc:
        problems.append(_condition_problem(file, line, rule.id, exc))
        return None
    if cond.flags(parsed):
        problems.append(pack_problem(file, line, 0, f"{rule.id}.{field}", "pack.no_flag_here"))
        return None
    return parsed


#: a placeholder of a recommendation's text: ``{sectors|words used where no sector is known}``
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
#: the placeholders the language knows: the name before "|", what it names (``sectors``: the
#: sectors the check is about; ``areas``: the areas the file records as hit by outages)
PLACEHOLDERS = ("sectors", "areas")


def _parse_placeholders(rule: Rule, file: str, line: int, problems: list[Problem]) -> bool:
    """Read the ``{sectors|…}`` or ``{areas|…}`` placeholder of each recommendation's text;
    False (with problems) when one is bad. It may stand once in each language's text, the
    same name in both, with the words used where nothing is known after "|"; the text then
    holds those words (the blank checklist, the rule's page), and an assessment names in
    their place the sectors the check is about (GOV-005: "… program di sektor perdagangan
    dan pariwisata …", not "… di sektor-sektor ekonomi kerja sama ini …", words18 C8), or
    gives after them the areas the file records as hit by outages ("kawasan yang terdampak
    pemadaman (Waingapu dan Melolo)": held-out 40, 42, 46 typed areas no memo named). A
    brace not part of one, another name, two names, or a placeholder in one language only
    is refused at ``recommend[i].text``."""
    good = True
    for i, rec in enumerate(rule.recommend):
        said: dict[str, str] = {}
        names: set[str] = set()
        written: dict[tuple[str, str], str] = {}  # (the placeholder as written, lang) → words
        bad = False
        for lang in ("id", "en"):
            text = getattr(rec.text, lang)
            found = _PLACEHOLDER.findall(text)
            rest = _PLACEHOLDER.sub("", text)
            if "{" in rest or "}" in rest or len(found) > 1:
                bad = True
                break
            for inner in found:
                name, bar, words = inner.partition("|")
                if name.strip() not in PLACEHOLDERS or not bar or not words.strip():
                    bad = True
                    break
                said[lang] = words.strip()
                names.add(name.strip())
                written["{" + inner + "}", lang] = words.strip()
        if not bad and (len(said) == 1 or len(names) > 1):
            bad = True
        if bad:
            path = f"{rule.id}.recommend[{i}].text"
            problems.append(pack_problem(file, line, 0, path, "pack.placeholder"))
            good = False
            continue
        if said:
            shown = {"id": rec.text.id, "en": rec.text.en}
            for (placeholder, lang), words in written.items():
                shown[lang] = shown[lang].replace(placeholder, words)
            text = Bilingual(id=shown["id"], en=shown["en"])
            object.__setattr__(rec, "text", text)  # the model is frozen; its text, as read
            if names == {"areas"}:
                rec._areas_said = (said["id"], said["en"])
            else:
                rec._sectors_said = (said["id"], said["en"])
    return good


def _side_condition(
    rule: Rule, raw: Any, field: str, file: str, line: int, problems: list[Problem]
) -> Any:
    """A condition evaluated beside a rule on the whole proposal (``due_when``), parsed; None
    (with a problem) when it is bad, the rule runs per item, or it tests a flag (it is
    evaluated in the rule's own layer)."""
    if rule.for_each is not None:
        problems.append(
            pack_problem(file, line, 0, f"{rule.id}.{field}", "pack.whole_proposal_only")
        )
        return None
    return _parse_case(rule, raw, field, file, line, problems)


def _parse_asides(rule: Rule, file: str, line: int, problems: list[Problem]) -> bool:
    """Parse the conditions of ``rule.steps_aside``; False (with problems) when one is bad.

    A case a rule steps aside in is judged in the rule's scope (the whole proposal, or each
    sector or programme of a rule run per item: :func:`_check_asides` holds the rule it
    names to the same scope), and reads no flag (it is evaluated beside the rule, in the
    rule's layer)."""
    good = True
    for i, aside in enumerate(rule.steps_aside):
        field = f"steps_aside[{i}].when"
        limit = _condition_limits(aside.when)
        if limit is not None:
            problems.append(_limit_problem(file, line, f"{rule.id}.{field}", limit))
            good = False
            continue
        try:
            parsed = cond.parse(aside.when, rule.scope, field)  # type: ignore[arg-type]
        except cond.ConditionError as exc:
            problems.append(_condition_problem(file, line, rule.id, exc))
            good = False
            continue
        if cond.flags(parsed):
            problems.append(pack_problem(file, line, 0, f"{rule.id}.{field}", "pack.aside_no_flag"))
            good = False
            continue
        aside._condition = parsed
    return good


def _check_asides(rules: list[Rule], problems: list[Problem], written: set[str]) -> None:
    """Each ``steps_aside`` names another rule of the same pack (with its includes) judged
    on the same items (the whole proposal, each sector or each programme): the rule that
    holds, on the item, the finding the stepping rule leaves out (REG-043's mining sector
    flagged as a central asset is REG-042's finding), of the same or a higher severity
    unless ``lower_because`` says why the case is the lighter rule's own. A rule that is
    ``written`` but was refused has its own problem and is not reported again here."""
    from paracheck.engine.model import SEVERITY_RANK

    by_id = {rule.id: rule for rule in rules}
    for rule in rules:
        for i, aside in enumerate(rule.steps_aside):
            other = by_id.get(aside.rule)
            why = None
            if aside.rule == rule.id:
                why = "pack.aside_itself"
            elif other is None and aside.rule in written:
                continue
            elif other is None:
                why = "pack.aside_unknown"
            elif other.for_each != rule.for_each and (
                rule.for_each is not None or not _counts(aside.when)
            ):
                # a rule on the whole proposal may leave to a rule run per item a case that
                # counts over the items (IMP-006's lagging sectors, each IMP-002's or
                # IMP-004's finding): the case is judged on the proposal, the finding held
                # on the items
                why = "pack.aside_scope"
            elif (
                SEVERITY_RANK[other.severity] > SEVERITY_RANK[rule.severity]
                and aside.lower_because is None
            ):
                # recorded on a lighter rule, the finding would lose its weight (trial 26 W1:
                # every programme stalled read "risiko sedang" through IMP-006 → IMP-004)
                why = "pack.aside_lower"
            if why is not None:
                file, line = rule.origin
                path = f"{rule.id}.steps_aside[{i}].rule"
                problems.append(pack_problem(file, line, 0, path, why, rule=aside.rule))


def _counts(when: object) -> bool:
    """Whether a condition as written holds a ``count`` or a ``share``."""
    if isinstance(when, dict):
        return "count" in when or "share" in when or any(_counts(v) for v in when.values())
    if isinstance(when, list):
        return any(_counts(v) for v in when)
    return False


def _check_residuals(rules: list[Rule], problems: list[Problem], written: set[str]) -> None:
    """``residual_of`` names another rule of the same pack (with its includes) that is not
    itself a residual; the residual is no more severe than its base, and a base has one
    residual: a comparison pairs a base risk that cleared with the residual that took its
    place, which must be unambiguous."""
    from paracheck.engine.model import SEVERITY_RANK

    by_id = {rule.id: rule for rule in rules}
    residual: dict[str, Rule] = {}
    for rule in rules:
        base_id = rule.residual_of
        if base_id is None:
            continue
        file, line = rule.origin
        base = by_id.get(base_id)
        if base is None and base_id in written:  # refused for its own field: said there
            continue
        if base is None or base is rule:
            why = "pack.residual_itself" if base is rule else "pack.residual_unknown"
            problems.append(
                pack_problem(file, line, 0, f"{rule.id}.residual_of", why, rule=base_id)
            )
            continue
        if SEVERITY_RANK[rule.severity] < SEVERITY_RANK[base.severity]:
            problems.append(
                pack_problem(
                    file,
                    line,
                    0,
                    f"{rule.id}.severity",
                    "pack.residual_severity",
                    base=base.id,
                    severity=rule.severity,
                    base_severity=base.severity,
                )
            )
        if base.residual_of is not None:
            problems.append(
                pack_problem(
                    file,
                    line,
                    0,
                    f"{rule.id}.residual_of",
                    "pack.residual_chain",
                    base=base.id,
                    of=base.residual_of,
                )
            )
        if base_id in residual:
            problems.append(
                pack_problem(
                    file,
                    line,
                    0,
                    f"{rule.id}.residual_of",
                    "pack.residual_twice",
                    base=base_id,
                    other=residual[base_id].id,
                )
            )
            continue
        residual[base_id] = rule


def _limit_problem(file: str, line: int, field: str, limit: tuple[str, Words]) -> Problem:
    where, words = limit
    return Problem(file, line, 0, f"{field}{where}", words.render("en"), words)


def _condition_problem(file: str, line: int, rule_id: str, exc: cond.ConditionError) -> Problem:
    return Problem(file, line, 0, f"{rule_id}.{exc.field}", exc.message, exc.words)


def _condition_limits(when: Any) -> tuple[str, Words] | None:
    """(field, what is wrong) of the first thing in a raw condition the engine cannot take: nesting
    deeper than MAX_CONDITION_DEPTH, or a number that is not finite. Walked without recursion,
    before the condition is parsed (which recurses)."""
    stack: list[tuple[Any, str, int]] = [(when, "", 0)]
    while stack:
        node, where, depth = stack.pop()
        if isinstance(node, dict):
            if depth > MAX_CONDITION_DEPTH:
                return where, Words.of("pack.too_deep", n=MAX_CONDITION_DEPTH)
            stack.extend((v, f"{where}.{k}", depth + 1) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, f"{where}[{i}]", depth) for i, v in enumerate(node))
        elif isinstance(node, float) and node != node:
            return where, Words.of("pack.nan")
        elif isinstance(node, float) and node in (float("inf"), float("-inf")):
            return where, Words.of("pack.infinite")
    return None


#: the keys of an example that are not the proposal's: the date it is judged at, and the
#: fact paths an ``open`` example must ask (``examples.open``)
EXAMPLE_KEYS = frozenset({"as_of", "asks"})


def split_example(example: dict[str, Any]) -> tuple[dict[str, Any], dt.date | None]:
    """An example is a partial proposal, optionally with ``as_of`` (and, in ``open``,
    ``asks``: :func:`example_asks`); fill in the header."""
    data = dict(EXAMPLE_HEADER)
    data.update({k: v for k, v in example.items() if k not in EXAMPLE_KEYS})
    as_of = example.get("as_of")
    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    elif as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
        # ``as_of: 0`` was falsy and the example silently ran on the proposal's own date
        raise ValueError(f"{as_of!r} is not a date: write it as YYYY-MM-DD")
    return data, as_of


def example_asks(example: dict[str, Any]) -> tuple[str, ...]:
    """The fact paths an ``open`` example says its check must ask (its ``asks``, as an
    assessment's ``missing`` names them; the loader holds it to :func:`_asks_written`)."""
    return tuple(example.get("asks", ()))


def _asks_written(asks: Any) -> bool:
    """Whether an example's ``asks`` is a non-empty list of fact paths."""
    return isinstance(asks, list) and bool(asks) and all(isinstance(a, str) and a for a in asks)


def _check_dated_by(rule: Rule, file: str, line: int, problems: list[Problem]) -> None:
    """``dated_by`` must name a date the proposal itself carries (``date``,
    ``procedure.signing.date``…), not a per-sector one: a rule is dated once per proposal."""
    from paracheck.facts.paths import vocabulary

    info = vocabulary().get(rule.dated_by or "")
    if (
        info is None
        or info.type != "date"
        or info.scope != "proposal"
        or rule.dated_by == "context.as_of"
    ):
        problems.append(
            pack_problem(file, line, 0, f"{rule.id}.dated_by", "pack.dated_by", name=rule.dated_by)
        )


def _check_why_dated(rule: Rule, file: str, line: int, problems: list[Problem]) -> None:
    """A dated paragraph of the reason must be able to show: its dates must meet the rule's
    own (a paragraph for dates on which the rule makes no check at all is dead text)."""
    for i, para in enumerate(rule.why_dated):
        starts_late = (
            rule.effective_until is not None
            and para.effective_from is not None
            and para.effective_from > rule.effective_until
        )
        ends_early = (
            rule.effective_from is not None
            and para.effective_until is not None
            and para.effective_until < rule.effective_from
        )
        if starts_late or ends_early:
            problems.append(
                pack_problem(
                    file,
                    line,
                    0,
                    f"{rule.id}.why_dated[{i}]",
                    "pack.why_dated_outside",
                    start=para.effective_from or "…",
                    end=para.effective_until or "…",
                    rule_start=rule.effective_from or "…",
                    rule_end=rule.effective_until or "…",
                )
            )


#: the parts of a rule that are no condition: a condition's ``rests_on`` is looked for elsewhere
_NOT_CONDITIONS = frozenset({"why_dated", "sources", "examples", "title", "why", "check"})


def _values_dated_by_sources(
    raw: dict[str, Any], file: str, line: int, problems: list[Problem]
) -> bool:
    """Expand, in place, each condition part that dates a value of its list by a source:
    ``{path: partner.country, in: [CN, MY], rests_on: {MY: <ref>}}`` counts MY among the
    values only on the days that source is cited (the date judged within its
    ``effective_from`` / ``effective_until``), as a reason's paragraph resting on it is
    given (fix34d: a Malaysian partner was a main narcotics supplier's in a 2013 memo,
    before BNN's 2018 statement, the only source that says so). Written out, the part is
    ``{any: [{path, in: [CN]}, {all: [{path, in: [MY]}, <as_of within the dates>]}]}``
    (``not_in`` likewise, negated), so on the source's dates it is the part as written.
    False, with the problems said, where ``rests_on`` names no dated source of the rule, a
    value not in the list, or a rule judged by a date of the proposal (``dated_by``)."""
    rid = raw.get("id", "?")
    windows: dict[str, tuple[Any, Any]] = {}
    for source in raw.get("sources") or ():
        if isinstance(source, dict) and isinstance(source.get("ref"), str):
            windows[source["ref"]] = (source.get("effective_from"), source.get("effective_until"))
    before = len(problems)

    def expand(part: Any, where: str) -> Any:
        if isinstance(part, list):
            return [expand(item, f"{where}[{i}]") for i, item in enumerate(part)]
        if not isinstance(part, dict):
            return part
        if "path" not in part or "rests_on" not in part:
            return {key: expand(value, f"{where}.{key}") for key, value in part.items()}
        return _dated_part(part, f"{where}.rests_on")

    def _dated_part(part: dict[str, Any], where: str) -> Any:
        dated = part["rests_on"]
        op = "in" if "in" in part else "not_in" if "not_in" in part else None
        values = part.get(op) if op else None
        if not isinstance(dated, dict) or op is None or not isinstance(values, list):
            problems.append(pack_problem(file, line, 0, where, "pack.condition_rests_on"))
            return part
        if not dated:  # `rests_on: {}` dates nothing: a slip, not the condition as written
            problems.append(pack_problem(file, line, 0, where, "pack.rests_on_empty", op=op))
            return part
        if raw.get("dated_by") is not None:
            problems.append(
                pack_problem(file, line, 0, where, "pack.rests_on_dated_by", name=raw["dated_by"])
            )
            return part
        plain = [v for v in values if v not in dated]
        path = part["path"]
        held: list[Any] = []  # each dated value's part: as written on its source's dates
        for value, ref in dated.items():
            window = windows.get(ref) if isinstance(ref, str) else None
            if value not in values:  # the ref may well be a source: the value is the fault
                listed = ", ".join(map(str, values))
                problems.append(
                    pack_problem(
                        file,
                        line,
                        0,
                        where,
                        "pack.rests_on_value",
                        value=value,
                        op=op,
                        listed=listed,
                    )
                )
                continue
            if window is None or window == (None, None):
                problems.append(
                    pack_problem(file, line, 0, where, "pack.rests_on_unknown", ref=ref)
                )
                continue
            start, until = window
            if op == "in":  # the value, on the dates
                dates = [{"path": "context.as_of", "ge": start}] if start else []
                dates += [{"path": "context.as_of", "le": until}] if until else []
                held.append({"all": [{"path": path, "in": [value]}, *dates]})
            else:  # not the value, or not on the dates
                outside = [{"path": "context.as_of", "lt": start}] if start else []
                outside += [{"path": "context.as_of", "gt": until}] if until else []
                held.append({"any": [{"path": path, "not_in": [value]}, *outside]})
        if op == "in":
            return {"any": [{"path": path, "in": plain}, *held]} if plain else {"any": held}
        return {"all": [{"path": path, "not_in": plain}, *held]} if plain else {"all": held}

    for key in list(raw):
        if key not in _NOT_CONDITIONS and key != "id":
            raw[key] = expand(raw[key], f"{rid}.{key}")
    return len(problems) == before


def _check_rests_on(rule: Rule, file: str, line: int, problems: list[Problem]) -> None:
    """Every claim of a reason has its source in the same memo (trial29 M1). A dated
    paragraph that ``rests_on`` a source names one of the rule's sources and carries exactly
    its dates, so the two are chosen by the same date: both given, or neither. A study or
    report dated by its publication (:func:`published`) backs a sentence that must be such a
    paragraph (in the era-neutral ``why`` it outlived its source: a 2011 memo gave
    Lemhannas's 2013 count with no source); and it is not rested on in a rule judged by a
    date of the proposal (``dated_by``): what a memo's writer could know is the memo's
    date's, not the signing's (a 2018 evaluation of an MoU of 2012 lost the 2013 study)."""
    sources = {source.ref: source for source in rule.sources}
    said: set[str] = set()
    for i, para in enumerate(rule.why_dated):
        if para.rests_on is None:
            continue
        where = f"{rule.id}.why_dated[{i}].rests_on"
        source = sources.get(para.rests_on)
        if source is None:
            problems.append(
                pack_problem(file, line, 0, where, "pack.rests_on_unknown", ref=para.rests_on)
            )
            continue
        said.add(source.ref)
        window = (source.effective_from, source.effective_until)
        if (para.effective_from, para.effective_until) != window:
            problems.append(
                pack_problem(
                    file,
                    line,
                    0,
                    where,
                    "pack.rests_on_dates",
                    start=window[0] or "…",
                    end=window[1] or "…",
                )
            )
        if rule.dated_by is not None and published(source):
            problems.append(
                pack_problem(file, line, 0, where, "pack.rests_on_dated_by", name=rule.dated_by)
            )
    for i, source in enumerate(rule.sources):
        if published(source) and source.ref not in said:
            problems.append(
                pack_problem(file, line, 0, f"{rule.id}.sources[{i}]", "pack.published_unsaid")
            )


def _check_examples(rule: Rule, file: str, line: int, problems: list[Problem]) -> None:
    for kind in ("fires", "clears", "not_applicable", "open"):
        for i, example in enumerate(getattr(rule.examples, kind)):
            path = f"{rule.id}.examples.{kind}[{i}]"
            if "asks" in example and (kind != "open" or not _asks_written(example["asks"])):
                problems.append(
                    pack_problem(
                        file, line, 0, f"{path}.asks", "pack.example_asks", value=example["asks"]
                    )
                )
                continue
            try:
                data, _ = split_example(example)
                Proposal.model_validate(data)
            except (ValidationError, ValueError) as exc:
                first = exc.errors()[0] if isinstance(exc, ValidationError) else None
                where = _loc_path(first["loc"]) if first else "as_of"
                if first is not None:
                    said = _model_problem(file, line, path, first).words
                else:  # an as_of that is no date
                    said = Words.of("pack.model.date", detail=str(exc))
                problems.append(
                    pack_problem(
                        file, line, 0, path, "pack.example_invalid", where=where, said=said
                    )
                )


def _check_flags(rules: list[Rule], problems: list[Problem], written: set[str]) -> None:
    """Each flag is derived by one rule and every flag tested is derived; a flag a refused
    rule derives (``written``) is not reported as derived by none."""
    derived: dict[str, Rule] = {}
    for rule in rules:
        if rule.derive:
            if rule.derive in derived:
                problems.append(
                    pack_problem(
                        rule.origin[0],
                        rule.origin[1],
                        0,
                        f"{rule.id}.derive",
                        "pack.flag_twice",
                        flag=rule.derive,
                        rule=derived[rule.derive].id,
                    )
                )
            derived[rule.derive] = rule
    for rule in rules:
        for name in sorted(cond.flags(rule.condition)):
            if name not in derived and name not in written:
                problems.append(
                    pack_problem(
                        rule.origin[0],
                        rule.origin[1],
                        0,
                        f"{rule.id}.when",
                        "pack.flag_unknown",
                        flag=name,
                    )
                )
    try:
        strata(rules)
    except FlagCycleError as exc:
        # name a rule of the cycle, at its line: it tests a flag that leads back to itself
        problems.append(
            pack_problem(
                exc.rule.origin[0],
                exc.rule.origin[1],
                0,
                f"{exc.rule.id}.when",
                "pack.flag_cycle",
                rule=exc.rule.id,
            )
        )


class FlagCycleError(ValueError):
    """Flags derive each other in a cycle; ``rule`` is a rule of the cycle."""

    def __init__(self, rule: Rule) -> None:
        super().__init__(f"flags derive each other in a cycle through {rule.id}")
        self.rule = rule


def strata(rules: list[Rule]) -> dict[str, int]:
    """Evaluation layer of each rule: after every rule deriving a flag it tests."""
    derived = {r.derive: r for r in rules if r.derive}
    layer: dict[str, int] = {}
    visiting: set[str] = set()

    def visit(rule: Rule) -> int:
        if rule.id in layer:
            return layer[rule.id]
        if rule.id in visiting:
            raise FlagCycleError(rule)
        visiting.add(rule.id)
        depth = 0
        for name in cond.flags(rule.condition):
            if name in derived:
                depth = max(depth, visit(derived[name]) + 1)
        visiting.discard(rule.id)
        layer[rule.id] = depth
        return depth

    for rule in rules:
        visit(rule)
    return layer
