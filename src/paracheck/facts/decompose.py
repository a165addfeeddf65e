"""Decomposing a proposal into scoped facts: what each rule can read, and where it came from.

The result is engine-neutral: plain values keyed by vocabulary path (``budget.realization_rate``,
``sector.lead_agency``) for the proposal, each sector and each programme. A path that is not a
key is *absent* (unknown); ``None`` is an explicit null. Every value remembers the concrete
input path it came from (``sectors[2].lead_agency``) so evidence can cite its YAML line.
Computed paths (docs/rule-language.md) are filled in here from reference data and ``as_of``.
"""

from __future__ import annotations

import datetime as dt
import functools
import keyword
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import msgspec
from pydantic import BaseModel

from paracheck import _cache
from paracheck.facts import labels, reference
from paracheck.facts.model import STEP_IDS, Proposal, Sector
from paracheck.facts.paths import COLLECTIONS, vocabulary


class Scoped(msgspec.Struct):
    """The facts of one scope instance: the proposal, one sector or one programme."""

    key: str  # concrete prefix: "" (proposal), "sectors[2]", "sectors[2].programs[0]"
    scope: str = "proposal"  # "proposal" | "sector" | "program"
    values: dict[str, Any] = msgspec.field(default_factory=dict)
    # path → the concrete input path of a value not read from its own field (a computed
    # one: ``context.local_tier`` from ``local.level``); a value read from its own field is
    # at its own place (:meth:`source`), and is not listed
    sources: dict[str, str] = msgspec.field(default_factory=dict)
    notes: dict[str, dict[str, str]] = msgspec.field(default_factory=dict)  # path → {id, en} remark
    parent: Scoped | None = None
    programs: list[Scoped] | None = None  # sector only; None = programmes not given
    # proposal only: a computed fact left unknown → the input paths that would decide it
    # (``context.unfinished_program_budget_idr``: the programmes' missing statuses and budgets;
    # ``context.unfinished_program_apbd_idr``: the statuses of programmes giving an APBD part)
    asks: dict[str, list[str]] | None = None

    def put(self, path: str, value: Any, source: str) -> None:
        self.values[path] = value
        self.sources[path] = source

    def source(self, path: str) -> str:
        """The concrete input path this item's value at ``path`` was read from."""
        return self.sources.get(path) or self.concrete(path)

    def holder(self, path: str) -> Scoped | None:
        """The scope instance holding ``path`` as this item sees it (its own value, else its
        sector's, else the proposal's); None when the fact is absent (unknown)."""
        node: Scoped | None = self
        while node is not None:
            if path in node.values:
                return node
            node = node.parent
        return None

    def lookup(self, path: str) -> Found | None:
        """``path`` as this item sees it: value, input path and holder; None when absent."""
        node: Scoped | None = self
        while node is not None:
            values = node.values
            if path in values:
                return Found(values[path], node.sources.get(path), node)
            node = node.parent
        return None

    @property
    def sector(self) -> Scoped | None:
        """The sector this item is, or belongs to (None for the proposal)."""
        if self.scope == "sector":
            return self
        return self.parent if self.scope == "program" else None

    def concrete(self, path: str) -> str:
        """The input path of a vocabulary path held by this item (``sector.lead_agency`` held
        by ``sectors[2]`` is ``sectors[2].lead_agency``)."""
        return path if self.key == "" else f"{self.key}.{path.split('.', 1)[1]}"


class Found(NamedTuple):
    """A fact as one item sees it."""

    value: Any
    source: str | None  # the concrete input path decompose recorded (None: its own place)
    holder: Scoped  # the scope instance that holds it


class FactView(msgspec.Struct):
    """A proposal decomposed for one ``as_of``: the one way to reach its facts.

    Engine and report read facts only through this class and :class:`Scoped`, so the
    "all programmes" fallback and what counts as unknown items are decided in one place.
    """

    as_of: dt.date
    proposal: Scoped
    sectors: list[Scoped] | None  # None = ``sectors`` not given
    programs: list[Scoped] | None  # every programme; None = some sector's programmes unknown
    _by_key: dict[str, Scoped] | None = None

    def item(self, key: str) -> Scoped | None:
        """The sector or programme at a concrete key (``sectors[2].programs[0]``); None when
        the proposal has none there."""
        if self._by_key is None:
            index = {}
            for sector in self.sectors or []:
                index[sector.key] = sector
                for program in sector.programs or []:
                    index[program.key] = program
            self._by_key = index
        return self._by_key.get(key)

    def items(self, scope: str) -> list[Scoped] | None:
        """The instances of a scope a rule runs on; None when the sectors are not given.

        Programmes: every programme, or, where some sector did not list its programmes, the
        programmes of the sectors that did (the others are :meth:`unlisted`)."""
        if scope == "proposal":
            return [self.proposal]
        if self.sectors is None:
            return None
        if scope == "sector":
            return self.sectors
        if self.programs is not None:
            return self.programs
        return [p for s in self.sectors for p in (s.programs or [])]

    def unlisted(self, scope: str) -> list[Scoped]:
        """For the programme scope: the sectors whose programmes were not given."""
        if scope != "program":
            return []
        return [s for s in self.sectors or [] if s.programs is None]

    def items_unknown(self, scope: str) -> bool:
        """Whether some instances of a scope are not given (a rule over them cannot be sure)."""
        if scope == "proposal":
            return False
        return self.sectors is None or bool(self.unlisted(scope))

    def collection(self, name: str, owner: Scoped | None = None) -> list[Scoped] | None:
        """The members of a collection (``sectors``, ``programs``, ``sector.programs`` of
        ``owner``); None when not given."""
        if name == "sectors":
            return self.sectors
        if name == "programs":
            return self.programs
        return owner.programs if owner is not None else None

    def members(self, name: str, item: Scoped) -> list[Any] | None:
        """What a count over ``name`` counts for ``item``: a collection's members, or the
        entries of a plain list fact (an explicit null counts as empty); None when unknown."""
        if name in COLLECTIONS:
            return self.collection(name, item)
        found = item.lookup(name)
        if found is None:
            return None
        return found.value or []


def _get(model: BaseModel | None, dotted: str) -> tuple[bool, Any]:
    """(present, value) of a dotted field path; absent when any step was not given."""
    return _walk(model, _attributes(dotted))


def _attributes(dotted: str) -> tuple[str, ...]:
    """A dotted field path as model attribute names (``schema`` is stored as ``schema_``)."""
    return tuple("schema_" if name == "schema" else name for name in dotted.split("."))


def _walk(model: BaseModel | None, names: tuple[str, ...]) -> tuple[bool, Any]:
    value: Any = model
    for name in names:
        if not isinstance(value, BaseModel) or name not in value.model_fields_set:
            return False, None
        value = getattr(value, name)
    return True, value


# (first attribute, its fields: (path, the attribute names after the first)), in vocabulary
# order: the fields under one sub-model (``budget.*``) are read through it once
_Fields = tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]


@functools.cache
def _fields(scope: str) -> _Fields:
    """The input (not computed) paths of a scope, grouped by their first attribute."""
    prefix = "" if scope == "proposal" else f"{scope}."
    groups: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = []
    for path, info in vocabulary().items():
        if info.scope == scope and not info.computed:
            first, *rest = _attributes(path[len(prefix) :])
            if not groups or groups[-1][0] != first:
                groups.append((first, []))
            groups[-1][1].append((path, tuple(rest)))
    return tuple((first, tuple(entries)) for first, entries in groups)


@functools.cache
def _copier(scope: str) -> Callable[[BaseModel], dict[str, Any]]:
    """For a scope whose input paths are each one attribute of its model (a sector's, a
    programme's): a function returning the values of the given ones, in vocabulary order.

    What :func:`_copy_fields` does, generated once per scope with the attribute names and
    paths written in: a 150-sector proposal copies ~530 sectors and programmes, and a loop
    over the field table took ~5x the straight tests and stores. A list is copied (the
    proposal's own list is never handed out). The values are read from the model's
    ``__dict__``, where pydantic keeps them: an attribute read of a pydantic model goes
    through CPython's ``__getattr__`` hook (``BaseModel`` defines one), ~500 instructions.
    """
    vocab = vocabulary()
    lines = [
        "def copy(model):",
        "    given = model.__pydantic_fields_set__",
        "    fields = model.__dict__",
        "    values = {}",
    ]
    for first, entries in _fields(scope):
        ((path, rest),) = entries  # one path per attribute, or this is no flat scope
        if rest or not first.isidentifier():
            raise AssertionError(f"{path}: the {scope} scope is not flat, use _copy_fields")
        lines.append(f"    if {first!r} in given:")
        if vocab[path].type == "list":
            lines.append(f"        value = fields[{first!r}]")
            lines.append(
                f"        values[{path!r}] = list(value) if isinstance(value, list) else value"
            )
        else:
            lines.append(f"        values[{path!r}] = fields[{first!r}]")
    lines.append("    return values")
    namespace: dict[str, Any] = {}
    exec(_cache.compile_source("\n".join(lines), f"<paracheck {scope} copier>"), namespace)
    return namespace["copy"]  # type: ignore[no-any-return]


@functools.cache
def _nested_copier(scope: str) -> Callable[[BaseModel, dict[str, Any]], None]:
    """For a scope whose input paths run through sub-models (the proposal's ``budget.*``,
    ``partner.*``): a function storing the given ones into a dict, what
    :func:`_copy_fields` does, generated once per scope with the attribute names written in
    (the loop, ``getattr`` and a call per path took ~2x the straight tests on NTB)."""
    lines = ["def copy(model, values):", "    given = model.__pydantic_fields_set__"]
    for first, entries in _fields(scope):
        lines.append(f"    if {first!r} in given:")
        lines.append(f"        head = {_attribute('model', first)}")
        for path, rest in entries:
            indent, held = "        ", "head"
            for depth, name in enumerate(rest):
                lines.append(
                    f"{indent}if isinstance({held}, BaseModel) and "
                    f"{name!r} in {held}.__pydantic_fields_set__:"
                )
                indent += "    "
                lines.append(f"{indent}v{depth} = {_attribute(held, name)}")
                held = f"v{depth}"
            lines.append(
                f"{indent}values[{path!r}] = list({held}) if isinstance({held}, list) else {held}"
            )
    namespace: dict[str, Any] = {"BaseModel": BaseModel}
    exec(_cache.compile_source("\n".join(lines), f"<paracheck {scope} nested copier>"), namespace)
    return namespace["copy"]  # type: ignore[no-any-return]


def _attribute(held: str, name: str) -> str:
    """Source reading attribute ``name`` of the value named ``held``."""
    if name.isidentifier() and not keyword.iskeyword(name):
        return f"{held}.{name}"
    return f"getattr({held}, {name!r})"


def _copy_fields(scoped: Scoped, model: BaseModel, fields: _Fields) -> None:
    """Copy every given field (absent when any step of its path was not given): what the
    generated copiers do, written plainly (tests/test_decompose.py holds them to it)."""
    values = scoped.values
    given = model.model_fields_set
    for first, entries in fields:
        if first not in given:
            continue
        head = getattr(model, first)
        for path, rest in entries:
            if rest:
                present, value = _walk(head, rest)
                if not present:
                    continue
            else:
                value = head
            values[path] = list(value) if isinstance(value, list) else value


#: ``[0]`` … ``[255]``: a list position as an input path writes it, made once (formatting the
#: number took ~500 instructions a sector or programme, ~530 of them at 150 sectors)
_INDEXES = tuple(f"[{i}]" for i in range(256))


def _days(as_of: dt.date, day: Any) -> int | None:
    return (as_of - day).days if isinstance(day, dt.date) else None


def decompose(proposal: Proposal, as_of: dt.date) -> FactView:
    """Everything a rule can read about ``proposal`` judged at ``as_of``."""
    top = Scoped("")
    _nested_copier("proposal")(proposal, top.values)
    if (
        top.values.get("budget.partner_funds_recorded") is True
        and "budget.partner_funds_binding" not in top.values
    ):
        # "recorded with no binding conditions" (the field's meaning before the binding
        # conditions had a field of their own) answers REG-055's question
        top.put("budget.partner_funds_binding", False, "budget.partner_funds_recorded")
    elif (
        top.values.get("budget.partner_funds_binding") is True
        and "budget.partner_funds_recorded" not in top.values
    ):
        # … and binding conditions answer it the other way: not "recorded with none" (attack
        # 350 M2: REG-033 asked a question whose only answer the loader takes is "no")
        top.put("budget.partner_funds_recorded", False, "budget.partner_funds_binding")
    _context(top, proposal, as_of)
    allocation = top.values.get("budget.apbd_allocation_idr")
    other = top.values.get("budget.other_sources_idr")
    if allocation is not None and other is not None:
        # what the budget documents hold: BUD-007 sets it against the programmes' budgets
        # (the condition language has no sum of two fields)
        top.put("context.covered_idr", allocation + other, "budget.other_sources_idr")
    _procedure(top, proposal)
    _aged(top, as_of)

    copy_sector, copy_program = _copier("sector"), _copier("program")
    # the MoU's last day, for each programme's ``program.runs_after_mou``; absent (unknown)
    # where the file gives no end date
    agreement = proposal.agreement if "agreement" in proposal.model_fields_set else None
    ends = agreement.expires if agreement is not None else None
    if agreement is not None and "expires" not in agreement.model_fields_set:
        ends = None
    sectors: list[Scoped] | None = None
    programs: list[Scoped] | None = None
    if "sectors" in proposal.model_fields_set and proposal.sectors is not None:
        sectors, programs = [], []
        for i, sector in enumerate(proposal.sectors):
            key = "sectors" + (_INDEXES[i] if i < 256 else f"[{i}]")
            item = _sector(sector, key, copy_sector, copy_program, as_of, ends)
            item.parent = top
            sectors.append(item)
            if item.programs is None:
                programs = None
            elif programs is not None:
                programs.extend(item.programs)
        top.put("context.sector_count", len(sectors), "sectors")
        top.put("context.unfinished_sector_count", _unfinished_sectors(sectors), "sectors")
        if programs is not None:
            top.put("context.program_count", len(programs), "sectors")
        total, known, asks, apbd, apbd_asks = _unfinished_budget(sectors)
        planned = _planned_apbd(sectors)
        if planned is not None:
            top.put("context.planned_program_apbd_idr", planned, "sectors")
        opened: dict[str, list[str]] = {}
        if total is not None:
            top.put("context.unfinished_program_budget_idr", total, "sectors")
        else:
            # the floor only while the sum is open: beside the sum it would be the same
            # amount, said twice as evidence under two labels
            top.put("context.unfinished_program_budget_known_idr", known, "sectors")
            opened["context.unfinished_program_budget_idr"] = asks
        if apbd is not None and not apbd_asks:
            top.put("context.unfinished_program_apbd_idr", apbd, "sectors")
        elif apbd is not None:
            # as the budgets': the floor while a programme giving an APBD part has no status
            top.put("context.unfinished_program_apbd_known_idr", apbd, "sectors")
            opened["context.unfinished_program_apbd_idr"] = apbd_asks
        top.asks = opened or None
    # whether the other sources' certain money alone covers every programme not finished:
    # BUD-007 then has no rest to find, whatever the allocation (attack 450 L6). Always
    # given, false where either sum is not known, so it never leaves a check open itself.
    unfinished = top.values.get("context.unfinished_program_budget_idr")
    top.put(
        "context.other_sources_cover_all",
        other is not None and unfinished is not None and other >= unfinished,
        "budget.other_sources_idr",
    )
    return FactView(as_of, top, sectors, programs)


#: the programmes still to be paid for: not finished, and not cancelled (as BUD-005 counts them)
_UNFINISHED = frozenset({"planned", "ongoing", "stalled"})


#: a programme name naming senior high or vocational schools: the abbreviations as written
#: (SMA, SMK, SMAN, SMKN, SMALB, SMA/SMK), or the words; not the madrasah aliyah, which the
#: Ministry of Religious Affairs runs, nor "SMP"/"SD" (a regency's or city's own schools)
_SECONDARY_SCHOOLS = re.compile(
    r"\bSM[AK](?:N|LB)?\b|sekolah menengah (?:atas|kejuruan)|senior high school"
    r"|vocational (?:high|secondary) school",
    re.IGNORECASE,
)

#: the programme statuses that leave nothing more to follow: finished, or called off
_CLOSED = frozenset({"done", "cancelled"})

#: the note on ``program.moves_people`` of a programme not finished or cancelled that moves
#: people and does not say whom (``people_moved`` left out): the trafficking checks count it
#: by its sector, as learners in education (TOC-015/016/017) and as workers or crews anywhere
#: else (TOC-007/008/014), and the report said so nowhere (held-out 35: a UMKM fair and a
#: ferry tourism package stood under a "pekerja atau awak kapal" title with no word of why),
#: and until then (wording review 220, 15: "menghitungnya sebagai pekerja" beside a patients'
#: referral programme read as the patients called workers). Indexed by "the sector is
#: education".
_UNSAID_WHO: tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]] = (
    {
        "program.moves_people": {
            "id": "siapa yang dikirim atau diterima tidak dicatat; sampai jenisnya dicatat, "
            "pemeriksaan perdagangan orang menilainya seperti pengiriman pekerja atau awak "
            "kapal",
            "en": "who is sent or received is not recorded; until it is, the trafficking "
            "checks judge it as a placement of workers or crews",
        }
    },
    {
        "program.moves_people": {
            "id": "siapa yang dikirim atau diterima tidak dicatat; sampai jenisnya dicatat, "
            "pemeriksaan perdagangan orang menilainya seperti pengiriman pelajar atau peserta "
            "pelatihan",
            "en": "who is sent or received is not recorded; until it is, the trafficking "
            "checks judge it as an exchange of students or trainees",
        }
    },
)


def _unfinished_sectors(sectors: list[Scoped]) -> int:
    """The sectors the staff still has to follow: every sector but one whose programmes are
    all listed, with a status, and all finished or cancelled. A sector without programmes
    listed, or with a programme planned, under way, stalled or of unstated status, counts
    (not known to be finished). Such a finished sector asks one decision, a next programme
    or its close, which IMP-012 gives its own agency (practitioner trial 32 M7: a lapsed
    MoU's two finished sectors counted in HR-005's load)."""
    n = 0
    for sector in sectors:
        programs = sector.programs
        if not programs or any(p.values.get("program.status") not in _CLOSED for p in programs):
            n += 1
    return n


def _unfinished_budget(
    sectors: list[Scoped],
) -> tuple[int | None, int, list[str], int | None, list[str]]:
    """The sum of the budgets of the programmes not yet finished (planned, under way, or
    stalled but not cancelled), the part of it the file gives (the budgets of the programmes
    known to be unfinished: a floor, since a budget is never negative), where to ask when
    the sum is unknown (a sector's programmes, a programme's status or an unfinished
    programme's budget not given), the APBD's part given of those programmes, summed, and
    where to ask when that sum is open. A finished or cancelled programme needs no more money,
    so its budget is not counted against the funds recorded (newcomer trial 24 M3).

    The APBD's part is optional (the memo's brief says it beside the whole budget), so a
    programme that leaves it out is not asked: its sum is ``None`` where no programme that may
    be unfinished gives it, which BUD-008 sets against the year's allocation (trial 290 M4:
    Rp2.0 M of the programmes from the APBD against Rp750 jt allocated, cleared because
    private money was named, which cannot pay the APBD's part). A programme giving a part but
    no status leaves that sum open, asking its status (attack 330 M4: its part was left out,
    and BUD-008 cleared or did not apply); the parts of the programmes known to be unfinished
    are then its floor."""
    total = 0
    apbd: int | None = None
    asks: list[str] = []
    apbd_asks: list[str] = []
    for sector in sectors:
        if sector.programs is None:
            asks.append(f"{sector.key}.programs")
            continue
        for program in sector.programs:
            values = program.values
            status = values.get("program.status")
            if status is None:
                asks.append(f"{program.key}.status")
                if values.get("program.apbd_idr") is not None:
                    apbd_asks.append(f"{program.key}.status")
                    apbd = apbd or 0
            elif status in _UNFINISHED:
                budget = values.get("program.budget_idr")
                if budget is None:
                    asks.append(f"{program.key}.budget_idr")
                else:
                    total += budget
                part = values.get("program.apbd_idr")
                if part is not None:
                    apbd = part if apbd is None else apbd + part
    return (None if asks else total), total, asks, apbd, apbd_asks


def _planned_apbd(sectors: list[Scoped]) -> int | None:
    """The APBD parts given of the programmes recorded as planned (not begun), summed; None
    where none gives one. Beside a cooperation already running, the year's allocation cannot
    be set against the whole budgets of programmes under way (partly spent), but a new
    programme's APBD part is still to be paid, from the years to come (bappeda440 H3: a new
    Rp2,5 M programme against an allocation of Rp600 jt, in a running partnership, was set
    against nothing: "Tidak berlaku … program yang sudah berjalan")."""
    planned: int | None = None
    for sector in sectors:
        for program in sector.programs or ():
            values = program.values
            part = values.get("program.apbd_idr")
            if part is not None and values.get("program.status") == "planned":
                planned = part if planned is None else planned + part
    return planned


def _sector(
    sector: Sector,
    key: str,
    copy_sector: Callable[[BaseModel], dict[str, Any]],
    copy_program: Callable[[BaseModel], dict[str, Any]],
    as_of: dt.date,
    ends: dt.date | None = None,
) -> Scoped:
    item = Scoped(key, "sector", copy_sector(sector))
    # pydantic's own slot, read as model_fields_set returns it, without its property call
    if "programs" not in sector.__pydantic_fields_set__ or sector.programs is None:
        return item
    programs: list[Scoped] = []
    item.programs = programs
    dates: list[tuple[dt.date, str]] = []
    unknown_date = False
    programs_of = key + ".programs"
    for j, program in enumerate(sector.programs):
        pkey = programs_of + (_INDEXES[j] if j < 256 else f"[{j}]")
        values = copy_program(program)
        sources: dict[str, str] = {}
        if "program.last_activity" in values:
            day = values["program.last_activity"]
            values["program.days_since_activity"] = (
                (as_of - day).days if isinstance(day, dt.date) else None
            )
            sources["program.days_since_activity"] = source = f"{pkey}.last_activity"
            if day is not None:
                dates.append((day, source))
        else:
            unknown_date = True
        # senior high and vocational schools (SMA/SMK), read from the programme's name: the
        # province's affair under UU 23/2014's annex (REG-054; trial 210 #12, trial 230 #6,
        # trial 231: an SMK exchange or placement run by a regency or city, unflagged)
        name = values.get("program.name")
        values["program.secondary_schooling"] = isinstance(name, str) and bool(
            _SECONDARY_SCHOOLS.search(name)
        )
        sources["program.secondary_schooling"] = f"{pkey}.name"
        if ends is not None:
            # the lapsed-MoU notice's own test (labels.runs_after), cited at the field that
            # shows it: the status, or the date after the MoU's last day; else the end date
            status = values.get("program.status")
            last = values.get("program.last_activity")
            shown = labels.running_shown_by(status, values.get("program.started"), last, ends)
            idle = status in (None, "ongoing") and labels.idle_before(last, ends)
            # no status, no activity recorded after the end, and not idle long before it:
            # whether it runs is its status, left unknown and asked (attack 350 H1: REG-051
            # cleared a programme last active ten days before the end, which "ongoing" made a
            # risk)
            if shown is not None or status is not None or idle:
                values["program.runs_after_mou"] = shown is not None
                sources["program.runs_after_mou"] = (
                    f"{pkey}.{shown}"
                    if shown is not None
                    else f"{pkey}.last_activity"
                    if idle
                    else f"{pkey}.status"
                )
        notes = (
            _UNSAID_WHO[sector.name == "education"]
            if values.get("program.moves_people") is True
            and "program.people_moved" not in values
            and values.get("program.status") not in _CLOSED
            else {}
        )
        programs.append(Scoped(pkey, "program", values, sources, notes, parent=item))
    if dates:
        latest, source = max(dates)
        item.put("sector.last_activity", latest, source)
        item.put("sector.days_since_activity", _days(as_of, latest), source)
    elif not unknown_date:  # no programme, or every one explicitly without activity
        item.put("sector.last_activity", None, f"{key}.programs")
        item.put("sector.days_since_activity", None, f"{key}.programs")
    return item


def _context(top: Scoped, proposal: Proposal, as_of: dt.date) -> None:
    top.put("context.as_of", as_of, "date")
    has_override, override = _get(proposal, "partner.diplomatic_relations")
    has_country, country = _get(proposal, "partner.country")
    known = reference.diplomatic_relations(country) if has_country and country else None
    # a regulation bars relations with this country (Israel, Taiwan: Permenlu 3/2019): the
    # proposal's "true" cannot clear the blocker (newcomer trial 10: it did, and a Taiwan
    # proposal came out "risiko sedang" with no word of it); it is shown, and not used
    refused = override is True and known is not None and known[1].kind == "regulation"
    if has_override and override is not None and not refused:
        top.put("context.partner_has_relations", override, "partner.diplomatic_relations")
    elif known is not None:
        relations, source = known
        given = "partner.diplomatic_relations" if refused else "partner.country"
        top.put("context.partner_has_relations", relations, given)
        # the Indonesian note names its instrument in its own words; the English one keeps
        # the reference's name (e.g. "one-China policy") as the source was written
        sure = labels.value_groups()["confidence"][source.confidence]
        # one level of brackets: the evidence line already puts this note in parentheses
        # ("…Taiwan (Permenlu 3/2019). (Keyakinan: tinggi.))", review 12)
        note = source.note_on(as_of)  # no instrument not yet made on the date judged
        # the confidence is the fact's, not the instrument's (review 17: "(Permenlu 3/2019);
        # tingkat keyakinan: tinggi" read as high confidence in the article, rated medium)
        said_id = f"{note['id'].rstrip('.')}; keyakinan atas fakta ini: {sure['id']}"
        if source.cites_on(as_of):
            said_en = f"{source.ref} ({sure['en']}): {note['en']}"
        else:
            said_en = f"{note['en'].rstrip('.')} ({sure['en']})."
        if refused:
            said_id = (
                "Usulan menyatakan ada hubungan diplomatik, tetapi isian itu tidak dipakai: "
                + said_id
            )
            said_en = f"The proposal states relations exist, but that entry is not used: {said_en}"
        top.notes["context.partner_has_relations"] = {"id": said_id, "en": said_en}
    # the partner's own working language, when the proposal says it (a Quebec partner in
    # Canada, a country of two official languages of equal standing), else its country's
    has_language, language = _get(proposal, "partner.language")
    given_language = has_language and language is not None
    if not given_language:
        language = reference.main_language(country) if has_country and country else None
    if language:
        source = "partner.language" if given_language else "partner.country"
        top.put("context.partner_language", language, source)
        has_staff, staff = _get(proposal, "human_resources.language_staff")
        if has_staff and staff is not None:
            top.put(
                "context.partner_language_staff",
                staff.get(language, 0),
                "human_resources.language_staff",
            )
            if language not in staff:
                # the 0 is counted, not written: the evidence points at the mapping's line,
                # which has no such key (practitioner trial 25 C1)
                top.notes["context.partner_language_staff"] = {
                    "id": f"{labels.language_phrase(language, 'id')} tidak tercantum pada "
                    "isian ini, sehingga dihitung 0",
                    "en": f"{labels.language_phrase(language, 'en')} is not listed in this "
                    "entry, so it is counted as 0",
                }
    present, level = _get(proposal, "local.level")
    if present:
        top.put("context.local_tier", reference.tier(level), "local.level")
    present, level = _get(proposal, "partner.level")
    _, name = _get(proposal, "partner.name")
    found = reference.partner_tier(level, country if has_country else None, name, as_of)
    if found.tier is None:
        # a level of no comparable tier ("other", or one the country has not): the equal-level
        # check cannot be judged, and is asked, not ticked (newcomer trial 13: "☑ kedua pihak
        # setara" beside "tingkat pemerintahan mitra: belum diketahui")
        pass
    elif found.basis == "exception":  # the name decides (Shanghai is provincial-level)
        top.put("context.partner_tier", found.tier, "partner.name")
    elif present:
        top.put("context.partner_tier", found.tier, "partner.level")
    if "context.partner_tier" in top.values and found.note:
        top.notes["context.partner_tier"] = dict(found.note)


#: the dated facts whose distance from the date judged is part of the finding (how long the
#: joint committee has not met, the last report's age, how long ago the MoU lapsed): their
#: evidence says it, as a programme's last activity does (trial 420 M1: "7 November 2017"
#: beside the date judged, and no reader could tell a one-year silence from a four-year one)
_AGED = ("governance.joint_committee_last_met", "procedure.reporting.date", "agreement.expires")


def _aged(top: Scoped, as_of: dt.date) -> None:
    """The note "4 tahun 5 bulan sebelum tanggal penilaian" on each of :data:`_AGED` the
    proposal gives as a day before the date judged (a date after it is its own notice)."""
    for path in _AGED:
        day = top.values.get(path)
        if not isinstance(day, dt.date) or day >= as_of or path in top.notes:
            continue
        if (
            path == "procedure.reporting.date"
            and top.values.get("procedure.reporting.status") in _UNDER_WAY
        ):
            continue  # the day a report was begun: said so by _procedure
        span_id, span_en = labels.elapsed_both(day, as_of)
        top.notes[path] = {
            "id": f"{span_id} sebelum tanggal penilaian",
            "en": f"{span_en} before the date judged",
        }


#: step statuses that say the step has not been completed, so it has no date of its own
_NOT_HAPPENED = frozenset({"pending", "in_progress", "not_applicable"})

#: step statuses of a step not completed, not yet taken or under way: a date given beside
#: one is not the day the step was completed (:data:`_BEGUN_NOTE` says which it is)
_UNDER_WAY = frozenset({"pending", "in_progress"})

#: the evidence note on such a date (:func:`_procedure`), by the step's status: of a step
#: recorded as not yet taken the date is not said to be the day it was begun (wording review
#: 58 H3: "dimulai atau diajukan" beside "Persetujuan DPRD: belum diajukan" in the same memo)
_BEGUN_NOTE = {
    "in_progress": {
        "id": "langkah ini sedang berjalan: tanggal ini ialah tanggal langkah itu dimulai atau "
        "permohonannya diajukan, bukan tanggal selesainya",
        "en": "this step is under way: this is the day it was begun or requested, not the day "
        "it was completed",
    },
    "pending": {
        "id": "langkah ini belum dilakukan: tanggal ini bukan tanggal selesainya",
        "en": "this step has not been taken: this is not the day it was completed",
    },
}


#: steps whose absence from the list is not read as "not done" where a later step the file
#: records as done presupposes them: Full Powers are issued to sign a given text (UU 24/2000
#: Pasal 1(3)), after its draft was discussed with Kemlu in Permendagri 3/2008's practice
#: (REGULATION.md, procedure steps 6 and 7). An unlisted drafting step beside Full Powers
#: obtained stays unknown, and its checks ask, instead of a certain finding that the text
#: never went to Kemlu (practitioner trial 32 W3). Central approval is not counted: under
#: Permendagri 3/2008 the step of that name is Kemendagri's consultation before drafting,
#: and under Permendagri 25/2020 it shows Kemendagri had the text, not Kemlu
_IMPLIED_BY: dict[str, tuple[str, ...]] = {"agreement_drafting": ("full_powers",)}


def _implied(step_id: str, listed: Mapping[str, tuple[int, Any]]) -> bool:
    """Whether a step the file does not list is presupposed by a later one it records as
    done (:data:`_IMPLIED_BY`)."""
    return any(
        later in listed and listed[later][1].status == "done"
        for later in _IMPLIED_BY.get(step_id, ())
    )


def _procedure(top: Scoped, proposal: Proposal) -> None:
    if "procedure" not in proposal.model_fields_set or proposal.procedure is None:
        return
    listed = {step.step: (i, step) for i, step in enumerate(proposal.procedure)}
    for step_id in STEP_IDS:
        if step_id not in listed and _implied(step_id, listed):
            continue  # not listed, but a later step recorded suggests it: unknown, asked
        if step_id not in listed:
            top.put(f"procedure.{step_id}.status", "missing", "procedure")
            top.put(f"procedure.{step_id}.date", None, "procedure")
            continue
        i, step = listed[step_id]
        if step.status != "unknown":  # an unknown status stays absent: its checks ask
            top.put(f"procedure.{step_id}.status", step.status, f"procedure[{i}].status")
        if "date" in step.model_fields_set:
            top.put(f"procedure.{step_id}.date", step.date, f"procedure[{i}].date")
            if step.date is not None and step.status in _UNDER_WAY:
                # the day a step not complete was begun or asked, not the day it was
                # completed: the evidence says so (wording review 57 M5: "Tanggal
                # persetujuan pemerintah pusat: 1 Agustus 2021" beside "sedang berjalan"
                # read as the day of the approval)
                top.notes[f"procedure.{step_id}.date"] = _BEGUN_NOTE[step.status]
        elif step.status in _NOT_HAPPENED:
            # a step recorded as not (yet) taken has no date: known, not asked (held-out 23:
            # a proposal with signing "pending" was asked on what date the MoU was signed)
            top.put(f"procedure.{step_id}.date", None, f"procedure[{i}].status")
