"""An independent evaluator of rule packs in plain Python (three-valued, Kleene).

It reads the *raw* proposal — a plain dict as YAML gives it, or ``Proposal.model_dump(
by_alias=True, exclude_unset=True)`` — and the rules' raw ``when`` data, never the engine's
decomposed facts nor the parsed condition tree. Everything the engine derives is derived here
again, on demand and written separately from ``facts/decompose.py`` and ``rules/conditions.py``,
from the rule language's documentation (docs/rule-language.md):

- a key left out is *absent* (unknown); ``null`` is a value only for a sector's
  ``lead_agency`` (none named), a programme's ``last_activity`` (no activity yet) and
  ``governance.joint_committee_last_met`` (never met) — any other null is read as left out;
- ``context.*`` from the reference data (relations, main language, tiers) and the counts;
- ``procedure.<step>.status`` is ``missing`` when ``procedure`` is given without the step
  (absent instead where a later step recorded ``done`` presupposes it: the drafting with
  Kemlu beside Full Powers obtained), and absent when the step's status is ``unknown``;
  ``procedure.<step>.date`` is null for a step left out and for one recorded ``pending``,
  ``in_progress`` or ``not_applicable`` without a date (a step not taken has no date);
- ``days_since_activity`` counted from ``as_of``; a sector's last activity is the latest of
  its programmes' dates (none when it has no dated programme and every programme says so);
- ``program.runs_after_mou``: with ``agreement.expires`` given, true for a programme not
  cancelled whose status is ``ongoing`` or whose start or last activity is after that day;
- ``program.secondary_schooling``: true when the programme's name names a senior high or
  vocational school ("SMA", "SMK", "SMKN", "SMALB", "sekolah menengah atas/kejuruan", "senior
  high school", "vocational high/secondary school"), false otherwise, never absent;
- ``contains_any`` is true when the list holds any of the values.

Beyond statuses it predicts each check's ``missing`` paths (the questions) and its evidence
(paths, and the values of the facts cited), so agreement tests (engine, fuzz, scale) compare
the whole check. It is also the "plain-Python floor" of the benchmarks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from paracheck.facts import reference
from paracheck.rules.model import Rule, RulePack

T, F, U = True, False, None  # Kleene truth values; None = unknown
ABSENT = object()
ANY = "<any value>"  # an evidence value the oracle does not predict (computed, counts)
MEMBERS_SHOWN = 20  # a count shows at most this many matching members
# a computed fact is shown under the field the user wrote (None: the one it was made from)
TRACED: dict[str, str | None] = {
    "context.local_tier": "local.level",
    "context.partner_tier": None,
    "context.partner_has_relations": None,
    "context.partner_language": None,  # partner.language when given, else partner.country
    "context.partner_language_staff": None,
    "context.sector_count": "sectors",
    "context.unfinished_sector_count": "sectors",
    "context.program_count": "programs",
    "sector.last_activity": None,
    "sector.days_since_activity": None,
    "program.days_since_activity": None,
    "program.runs_after_mou": None,  # the status, or the date after the MoU's last day
    "program.secondary_schooling": None,  # the programme's name
}
COMPARISONS = ("eq", "ne", "lt", "le", "gt", "ge")
# a programme's name naming senior high or vocational schools (docs/rule-language.md:
# ``program.secondary_schooling``), written out here as the README says it
SECONDARY_SCHOOLS = re.compile(
    r"\bSM[AK](?:N|LB)?\b|sekolah menengah (?:atas|kejuruan)|senior high school"
    r"|vocational (?:high|secondary) school",
    re.IGNORECASE,
)
# a step left out of the list is not "missing" where a later step recorded done presupposes
# it (README, procedure steps: Full Powers are issued to sign a text drafted with Kemlu)
PRESUPPOSED: dict[str, tuple[str, ...]] = {"agreement_drafting": ("full_powers",)}
# where to ask for an absent context fact (the input it is made from)
CONTEXT_INPUT = {
    "context.partner_has_relations": "partner.country",
    "context.partner_language": "partner.country",
    "context.partner_language_staff": "human_resources.language_staff",
    "context.local_tier": "local.level",
    "context.partner_tier": "partner.level",
    "context.sector_count": "sectors",
    "context.unfinished_sector_count": "sectors",
    "context.program_count": "sectors[].programs",
    "context.unfinished_program_budget_idr": "sectors",
    "context.unfinished_program_budget_known_idr": "sectors",
    "context.unfinished_program_apbd_idr": "sectors",
    "context.unfinished_program_apbd_known_idr": "sectors",
    "context.planned_program_apbd_idr": "sectors",
    "context.covered_idr": "budget.other_sources_idr",
}


def _and(values: list[bool | None]) -> bool | None:
    if F in values:
        return F
    return U if U in values else T


def _or(values: list[bool | None]) -> bool | None:
    if T in values:
        return T
    return U if U in values else F


def _not(value: bool | None) -> bool | None:
    return U if value is U else not value


# the keys whose null states something (PRODUCT.md, docs/rule-language.md)
NULL_IS_A_VALUE = {"lead_agency", "last_activity", "joint_committee_last_met"}


#: Unicode's White_Space characters: what the proposal contract trims from every text
#: (pydantic's ``str_strip_whitespace``), which is not Python's ``str.isspace`` (that also
#: takes the separators U+001C-U+001F)
WHITE_SPACE = (
    "\t\n\v\f\r \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + ("\u2028\u2029\u202f\u205f\u3000")
)


def _without_empty_nulls(data: Any) -> Any:
    """The raw data with every null that states nothing left out, at every depth, and every
    text trimmed as the contract reads it ("0\x85" is "0")."""
    if isinstance(data, dict):
        return {
            k: _without_empty_nulls(v)
            for k, v in data.items()
            if v is not None or k in NULL_IS_A_VALUE
        }
    if isinstance(data, list):
        return [_without_empty_nulls(v) for v in data]
    if isinstance(data, str):
        return data.strip(WHITE_SPACE)
    return data


def _given(mapping: Any, key: str) -> bool:
    return isinstance(mapping, dict) and key in mapping


def _date(value: Any) -> Any:
    """A date written as text (raw YAML data or JSON) read as a date."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


@dataclass(eq=False)
class Item:
    """One proposal, sector or programme of the raw data."""

    key: str  # "", "sectors[1]", "sectors[1].programs[0]"
    scope: str
    data: dict[str, Any]
    parent: Item | None = None
    programs: list[Item] | None = None  # a sector's, None when not given

    def concrete(self, name: str) -> str:
        return f"{self.key}.{name}" if self.key else name


@dataclass
class Facts:
    """The oracle's own reading of one raw proposal at ``as_of``."""

    raw: dict[str, Any]
    as_of: dt.date
    root: Item = field(init=False)
    sectors: list[Item] | None = field(init=False)

    def __post_init__(self) -> None:
        self.raw = _without_empty_nulls(self.raw)
        self.root = Item("", "proposal", self.raw)
        self.sectors = None
        if self.raw.get("sectors") is not None:
            self.sectors = []
            for i, data in enumerate(self.raw["sectors"]):
                sector = Item(f"sectors[{i}]", "sector", data, self.root)
                if data.get("programs") is not None:
                    sector.programs = [
                        Item(f"{sector.key}.programs[{j}]", "program", p, sector)
                        for j, p in enumerate(data["programs"])
                    ]
                self.sectors.append(sector)

    def programs(self) -> list[Item] | None:
        """Every programme; None when the sectors or some sector's programmes are not given."""
        if self.sectors is None or any(s.programs is None for s in self.sectors):
            return None
        return [p for s in self.sectors for p in s.programs or []]

    # ------------------------------------------------------------------ reading one path

    def holder(self, item: Item, path: str) -> Item:
        """The item a path belongs to, seen from ``item``: its programme, sector or the root."""
        head = path.split(".", 1)[0]
        node = item
        while node.scope != head and node.parent is not None:
            node = node.parent
        return node if node.scope == head else self.root

    def get(self, item: Item, path: str) -> Any:
        """The value of ``path`` for ``item``, or ABSENT."""
        holder = self.holder(item, path)
        if holder.scope == "proposal":
            if path.startswith("context."):
                return self._context(path)
            if path.startswith("procedure."):
                return self._procedure(path)
            found = self._walk(holder.data, path)
            # "recorded with no binding conditions" answers whether they bind, and binding
            # conditions answer whether they are recorded with none
            if (
                found is ABSENT
                and path == "budget.partner_funds_binding"
                and self._walk(holder.data, "budget.partner_funds_recorded") is True
            ):
                return False
            if (
                found is ABSENT
                and path == "budget.partner_funds_recorded"
                and self._walk(holder.data, "budget.partner_funds_binding") is True
            ):
                return False
            return found
        name = path.split(".", 1)[1]
        if name in ("last_activity", "days_since_activity") and holder.scope == "sector":
            return self._sector_activity(holder, name)
        if name == "days_since_activity":  # a programme's
            day = holder.data.get("last_activity", ABSENT)
            return ABSENT if day is ABSENT else self._days(day)
        if name == "runs_after_mou":
            shown = self._runs_after(holder)
            return shown if shown is ABSENT else shown is not None
        if name == "secondary_schooling":  # read from the programme's name, always given
            said = holder.data.get("name")
            return isinstance(said, str) and bool(SECONDARY_SCHOOLS.search(said))
        return self._walk(holder.data, name)

    def source(self, item: Item, path: str) -> str:
        """The concrete path a present fact is cited under in the evidence."""
        holder = self.holder(item, path)
        return path if holder.scope == "proposal" else holder.concrete(path.split(".", 1)[1])

    def made_from(self, item: Item, path: str) -> str:
        """The input a computed fact was made from, as its evidence names it."""
        partner = self.raw.get("partner") or {}
        if path == "context.partner_tier":
            found = reference.partner_tier(
                partner.get("level"), partner.get("country"), partner.get("name"), self.as_of
            )
            return "partner.name" if found.basis == "exception" else "partner.level"
        if path == "context.partner_has_relations":
            return (
                "partner.diplomatic_relations"
                if partner.get("diplomatic_relations") is not None
                else "partner.country"
            )
        if path == "context.partner_language":
            return "partner.language" if partner.get("language") else "partner.country"
        if path == "context.partner_language_staff":
            language = self._context("context.partner_language")
            return f"human_resources.language_staff.{language}"
        holder = self.holder(item, path)
        if path == "program.secondary_schooling":
            return holder.concrete("name")
        if path == "program.runs_after_mou":
            shown = self._runs_after(holder)
            if shown is not None and shown is not ABSENT:
                return holder.concrete(shown)
            given = _given(holder.data, "status")
            return holder.concrete("status") if given else "agreement.expires"
        if holder.scope == "program":
            return holder.concrete("last_activity")
        dated = [
            (_date(p.data["last_activity"]), p.concrete("last_activity"))
            for p in holder.programs or []
            if p.data.get("last_activity") is not None
        ]
        return max(dated)[1] if dated else holder.concrete("programs")

    def _runs_after(self, program: Item) -> Any:
        """Whether a programme runs after the MoU's last day (docs/rule-language.md:
        ``program.runs_after_mou``), as the field that shows it (``status``, ``last_activity``
        or ``started``), None when it does not; ABSENT without an end date."""
        ends = self._walk(self.raw, "agreement.expires")
        if not isinstance(ends, dt.date):
            return ABSENT
        data = program.data
        status = data.get("status")
        if status == "cancelled":
            return None
        last = _date(data.get("last_activity"))
        # idle for more than 180 days when the MoU ended: its record says it was never closed
        idle = isinstance(last, dt.date) and (ends - last).days > 180
        if status == "ongoing" and not idle:
            return "status"
        for name in ("last_activity", "started"):
            day = _date(data.get(name))
            if isinstance(day, dt.date) and day > ends:
                return name
        if status is None and not idle:
            return ABSENT  # whether it runs is its status, asked
        return None

    @staticmethod
    def _walk(data: Any, dotted: str) -> Any:
        for name in dotted.split("."):
            if not _given(data, name):
                return ABSENT
            data = data[name]
        return list(data) if isinstance(data, list) else _date(data)

    def _days(self, day: Any) -> int | None:
        day = _date(day)
        return (self.as_of - day).days if isinstance(day, dt.date) else None

    def _sector_activity(self, sector: Item, name: str) -> Any:
        if sector.programs is None:
            return ABSENT
        dates = [
            _date(p.data["last_activity"])
            for p in sector.programs
            if p.data.get("last_activity") is not None
        ]
        if dates:
            latest = max(dates)
        elif all(_given(p.data, "last_activity") for p in sector.programs):
            latest = None  # no programme, or each says it has had no activity
        else:
            return ABSENT
        return latest if name == "last_activity" else self._days(latest)

    def _procedure(self, path: str) -> Any:
        _, step, name = path.split(".")
        steps = self.raw.get("procedure")
        if steps is None:
            return ABSENT
        listed = {s["step"]: s for s in steps}  # the last entry of a step counts
        if step not in listed and any(
            listed.get(later, {}).get("status") == "done" for later in PRESUPPOSED.get(step, ())
        ):
            return ABSENT  # a later step recorded done presupposes it: unknown, asked
        if step not in listed:
            return "missing" if name == "status" else None if name == "date" else ABSENT
        entry = listed[step]
        if name == "status":
            status = entry.get("status", "unknown")
            return ABSENT if status == "unknown" else status
        if _given(entry, name):
            return _date(entry[name])
        if name == "date" and entry.get("status") in ("pending", "in_progress", "not_applicable"):
            return None  # a step not (yet) taken has no date
        return ABSENT

    def _context(self, path: str) -> Any:
        partner = self.raw.get("partner") or {}
        country = partner.get("country") if isinstance(partner, dict) else None
        name = path.removeprefix("context.")
        if name == "as_of":
            return self.as_of
        if name == "partner_has_relations":
            claimed = partner.get("diplomatic_relations")
            known = reference.diplomatic_relations(country) if country else None
            if claimed is True and known is not None and known[1].kind == "regulation":
                return False  # a regulation bars relations: the claim is not used
            if claimed is not None:
                return claimed
            return known[0] if known else ABSENT
        if name in ("partner_language", "partner_language_staff"):
            stated = partner.get("language")
            language = stated.lower() if isinstance(stated, str) else None
            if language is None:
                language = reference.main_language(country) if country else None
            if language is None:
                return ABSENT
            if name == "partner_language":
                return language
            staff = (self.raw.get("human_resources") or {}).get("language_staff")
            return ABSENT if staff is None else staff.get(language, 0)
        if name == "local_tier":
            local = self.raw.get("local")
            return reference.tier(local["level"]) if _given(local, "level") else ABSENT
        if name == "partner_tier":
            found = reference.partner_tier(
                partner.get("level"), country, partner.get("name"), self.as_of
            )
            if found.tier is not None and (found.basis == "exception" or "level" in partner):
                return found.tier
            return ABSENT
        if name == "covered_idr":
            # the allocation with the other sources' certain money, where both are given
            budget = self.raw.get("budget") or {}
            allocation, other = budget.get("apbd_allocation_idr"), budget.get("other_sources_idr")
            return ABSENT if allocation is None or other is None else allocation + other
        if name == "other_sources_cover_all":
            # the other sources' certain money at least the sum of the unfinished
            # programmes' budgets; false (never absent) where either is not known
            other = (self.raw.get("budget") or {}).get("other_sources_idr")
            total = ABSENT
            if self.sectors is not None:
                total, open_ = self._unfinished_budget()
                total = ABSENT if open_ else total
            return other is not None and total is not ABSENT and other >= total
        if name == "sector_count":
            return ABSENT if self.sectors is None else len(self.sectors)
        if name == "unfinished_sector_count":
            # every sector but one whose programmes are given and all done or cancelled
            if self.sectors is None:
                return ABSENT
            return sum(
                1
                for s in self.sectors
                if not s.programs
                or not all(p.data.get("status") in ("done", "cancelled") for p in s.programs)
            )
        if name == "program_count":
            programs = self.programs()
            return ABSENT if programs is None else len(programs)
        if name == "unfinished_program_budget_idr":
            if self.sectors is None:
                return ABSENT
            total, open_ = self._unfinished_budget()
            return ABSENT if open_ else total
        if name == "unfinished_program_budget_known_idr":
            # the budgets given of the programmes known to be unfinished: a floor of the sum,
            # a fact only while the sum is open
            if self.sectors is None:
                return ABSENT
            known, open_ = self._unfinished_budget()
            return known if open_ else ABSENT
        if name in ("unfinished_program_apbd_idr", "unfinished_program_apbd_known_idr"):
            # the APBD parts given of the programmes known to be unfinished, summed; absent
            # where no programme that may be unfinished gives one (the part is optional and
            # never asked). The sum while every programme giving one has a status, else the
            # floor, asking those statuses
            parts, open_ = self._apbd_parts()
            if parts is None or (name == "unfinished_program_apbd_idr") == bool(open_):
                return ABSENT
            return parts
        if name == "planned_program_apbd_idr":
            # the APBD parts given of the programmes recorded as planned; absent where none
            # gives one
            planned = [
                p.data["apbd_idr"]
                for s in self.sectors or []
                for p in s.programs or []
                if p.data.get("status") == "planned" and p.data.get("apbd_idr") is not None
            ]
            return sum(planned) if planned else ABSENT
        raise KeyError(path)

    def _apbd_parts(self) -> tuple[int | None, list[str]]:
        """The APBD parts given of the programmes planned, ongoing or stalled, summed (None
        where no programme of those or of unknown status gives one), and the statuses of the
        programmes giving one that are left out."""
        parts: int | None = None
        open_: list[str] = []
        for sector in self.sectors or []:
            for program in sector.programs or []:
                if program.data.get("apbd_idr") is None:
                    continue
                status = program.data.get("status")
                if status is None:
                    open_.append(program.concrete("status"))
                    parts = parts or 0
                elif status in ("planned", "ongoing", "stalled"):
                    parts = (parts or 0) + program.data["apbd_idr"]
        return parts, open_

    def _unfinished_budget(self) -> tuple[int, list[str]]:
        """The budgets of the programmes planned, ongoing or stalled, summed, and the inputs
        left out that would decide the sum (a sector's programmes, a programme's status, an
        unfinished programme's budget)."""
        total, open_ = 0, []
        for sector in self.sectors or []:
            if sector.programs is None:
                open_.append(sector.concrete("programs"))
                continue
            for program in sector.programs:
                status = program.data.get("status")
                if status is None:
                    open_.append(program.concrete("status"))
                elif status in ("planned", "ongoing", "stalled"):
                    budget = program.data.get("budget_idr")
                    if budget is None:
                        open_.append(program.concrete("budget_idr"))
                    else:
                        total += budget
        return total, open_

    # ------------------------------------------------------------------ where to ask

    def ask(self, item: Item, path: str) -> list[str]:
        """The input paths to fill in for an absent ``path`` of ``item`` (none if present)."""
        if self.get(item, path) is not ABSENT:
            return []
        holder = self.holder(item, path)
        name = path.split(".", 1)[1] if holder.scope != "proposal" else path
        if path == "program.runs_after_mou":  # made from the MoU's end date and the status
            ends = self._walk(self.raw, "agreement.expires")
            if isinstance(ends, dt.date):
                return [holder.concrete("status")]
            return ["agreement.expires"]
        if holder.scope == "program":
            return [holder.concrete("last_activity" if name == "days_since_activity" else name)]
        if holder.scope == "sector" and name in ("last_activity", "days_since_activity"):
            undated = [
                p.concrete("last_activity")
                for p in holder.programs or []
                if not _given(p.data, "last_activity")
            ]
            return undated or [holder.concrete("programs")]
        if holder.scope == "sector":
            return [holder.concrete(name)]
        if path == "context.covered_idr":
            budget = self.raw.get("budget")
            if not _given(budget, "other_sources"):
                return ["budget.other_sources"]  # the sources are the question, not their money
            if _given(budget, "other_sources_idr"):
                return ["budget.apbd_allocation_idr"]
        if path == "context.partner_language_staff" and (
            self.get(item, "context.partner_language") is ABSENT
        ):
            path = "context.partner_language"  # the language is the question, not the staff
        if path == "context.partner_language" and _given(self.raw.get("partner"), "country"):
            return ["partner.language"]  # a country without one working language
        if path == "context.unfinished_program_budget_idr" and self.sectors is not None:
            return self._unfinished_budget()[1]  # the programmes' fields left out
        if path == "context.unfinished_program_apbd_idr" and self.sectors is not None:
            # the statuses left out of programmes giving a part; where none gives a part, the
            # sectors, as for the other computed facts
            return self._apbd_parts()[1] or [CONTEXT_INPUT["context.unfinished_program_apbd_idr"]]
        return [CONTEXT_INPUT.get(path, path)]


@dataclass
class Expected:
    """What the oracle predicts for one check."""

    status: str
    missing: list[str]
    evidence: list[tuple[str, Any]]  # (path, value); ANY where the value is not predicted
    items: list[str]
    covered_by: str | None = None  # a clear check's case left to this rule, which found it


class Oracle:
    """Every rule of a pack, evaluated on one raw proposal."""

    def __init__(self, pack: RulePack, raw: dict[str, Any], as_of: dt.date) -> None:
        self.pack = pack
        self.facts = Facts(raw, as_of)
        self.flags: dict[str, bool | None] = {}
        self.by_flag = {r.derive: r for r in pack.rules if r.derive}

    # ------------------------------------------------------------------ statuses

    def items(self, rule: Rule) -> list[Item] | None:
        scope = rule.for_each or "proposal"
        if scope == "proposal":
            return [self.facts.root]
        if self.facts.sectors is None:
            return None
        if scope == "sectors":
            return self.facts.sectors
        return [p for s in self.facts.sectors for p in s.programs or []]

    def blind(self, rule: Rule) -> list[str]:
        """Sectors whose programmes are not given, for a per-programme rule."""
        if rule.for_each != "programs":
            return []
        return [s.concrete("programs") for s in self.facts.sectors or [] if s.programs is None]

    def truth(self, rule: Rule) -> bool | None:
        items = self.items(rule)
        if items is None:
            return U
        values = [self.eval(rule.when, item) for item in items]
        if self.blind(rule):
            values.append(U)
        return _or(values) if values else F

    def flag(self, name: str) -> bool | None:
        if name not in self.flags:
            self.flags[name] = self.truth(self.by_flag[name])
        return self.flags[name]

    def waived(self) -> set[str]:
        return {
            w["rule"]
            for w in self.facts.raw.get("accepted_risks") or []
            if _date(w["until"]) >= self.facts.as_of
        }

    def in_force(self) -> list[Rule]:
        """The rules in force on the date each is judged on (a rule not in force has a clear
        check that reads nothing: :meth:`expected`; its flag is still derived)."""
        return [
            r
            for r in self.pack.rules
            if (r.effective_from is None or r.effective_from <= self.judged_on(r))
            and (r.effective_until is None or self.judged_on(r) <= r.effective_until)
        ]

    def judged_on(self, rule: Rule) -> dt.date:
        """The day a rule is judged at: the proposal's date at its ``dated_by`` path (the
        signing's, for a step that must precede it) when given, else the date judged. A
        step's date (``procedure.<step>.date`` of a step of the pack's procedure) the file
        leaves out is read as the procedure table reads it: the earliest date of a step after
        it in the pack's order; for a step after the signing, else the signing's date. The
        date of a step pending or in progress is not the day it was taken: not read."""
        if rule.dated_by is not None:
            parts = rule.dated_by.split(".")
            order = [spec.step for spec in self.pack.procedure]
            if len(parts) == 3 and parts[0] == "procedure" and parts[1] in order:
                return self._step_day(parts[1], order)
            day = _date(self.facts.get(self.facts.root, rule.dated_by))
            if isinstance(day, dt.date):
                return day
        return self.facts.as_of

    def _step_day(self, step: str, order: list[str]) -> dt.date:
        dates = {}
        for given in self.facts.raw.get("procedure") or []:
            day = _date(given.get("date"))
            # a step pending or in progress is not taken: its date is a plan or its start
            if isinstance(day, dt.date) and given.get("status") not in ("pending", "in_progress"):
                dates[given["step"]] = day
        if step in dates:
            return dates[step]
        later = [dates[s] for s in order[order.index(step) + 1 :] if s in dates]
        if later:
            return min(later)
        if "signing" in order and order.index(step) > order.index("signing") and "signing" in dates:
            return dates["signing"]
        return self.facts.as_of

    def statuses(self) -> dict[str, str]:
        names = {T: "risk", F: "clear", U: "unknown"}
        waived = self.waived()
        out = {}
        for rule in self.in_force():
            status = names[self.truth(rule)]
            out[rule.id] = "accepted" if status == "risk" and rule.id in waived else status
        return out

    # ------------------------------------------------------------------ one condition

    def eval(self, cond: dict[str, Any], item: Item) -> bool | None:
        if "all" in cond:
            return _and([self.eval(p, item) for p in cond["all"]])
        if "any" in cond:
            return _or([self.eval(p, item) for p in cond["any"]])
        if "not" in cond:
            return _not(self.eval(cond["not"], item))
        if "flag" in cond:
            return self.flag(cond["flag"])
        if "count" in cond or "share" in cond:
            return self.count(cond, item)
        path = cond["path"]
        op = next(k for k in cond if k != "path")
        arg = cond[op]
        x = self.facts.get(item, path)
        if op in COMPARISONS and isinstance(arg, dict):
            y = self.facts.get(item, arg["path"])
            if x is None or y is None:  # a comparison with null is false
                return F
            if x is ABSENT or y is ABSENT:
                return U
            if isinstance(x, dt.date):
                x, y = x.toordinal(), y.toordinal()
            return _compare(op, x, y * arg.get("times", 1) + arg.get("plus", 0))
        if op == "exists":
            return (x is not ABSENT) == arg
        if x is ABSENT:
            return U
        if op in COMPARISONS:
            return _compare(op, x, _literal(arg, x))
        if op in ("in", "not_in"):
            inside = x in [_literal(v, x) for v in arg]
            return inside if op == "in" else not inside
        if op == "contains":
            return x is not None and arg in x
        if op == "not_contains":
            return x is None or arg not in x
        if op == "contains_any":
            return x is not None and any(v in x for v in arg)
        raise ValueError(f"unknown operator {op}")

    def partial(self, cond: dict[str, Any]) -> bool:
        """Whether a count is over every programme, with a criterion, where the sectors are
        given and some did not list their programmes: decided by the given ones where they
        suffice (at least one of them matches, for ``ge: 1``)."""
        return (
            cond.get("count") == "programs"
            and cond.get("where") is not None
            and self.facts.sectors is not None
        )

    def members(self, cond: dict[str, Any], item: Item) -> Any:
        """What a count counts: items, a list's values, None (collection unknown) or ABSENT."""
        collection = cond.get("count", cond.get("share"))
        if collection == "sectors":
            return self.facts.sectors
        if collection == "programs":
            return self.facts.programs()
        if collection == "sector.programs":
            return item.programs
        value = self.facts.get(item, collection)
        return ABSENT if value is ABSENT else (value or [])

    def count(self, cond: dict[str, Any], item: Item) -> bool | None:
        members = self.members(cond, item)
        op = next(k for k in cond if k in COMPARISONS)
        target = cond[op]
        if members is None and self.partial(cond):
            # some sector's programmes not given: the given ones that match are a floor,
            # and any number more may match
            given = [p for s in self.facts.sectors for p in s.programs or []]
            low = sum(self.eval(cond["where"], m) is T for m in given)
            if op in ("eq", "ne"):
                return (op == "ne") if low > target else U
            at_low, at_high = _compare(op, low, target), _compare(op, float("inf"), target)
            return at_low if at_low == at_high else U
        if members is None or members is ABSENT:
            return U
        total = len(members)
        if cond.get("where") is None:
            low = high = total
        else:
            values = [self.eval(cond["where"], m) for m in members]
            low = sum(v is T for v in values)
            high = low + sum(v is U for v in values)
        if "share" in cond:
            low, high = (low / total, high / total) if total else (0.0, 0.0)
        if op in ("eq", "ne"):
            if low == high:
                return _compare(op, low, target)
            undecided = low <= target <= high
            return U if undecided else (op == "ne")
        at_low, at_high = _compare(op, low, target), _compare(op, high, target)
        return at_low if at_low == at_high else U

    # ------------------------------------------------------------------ whole checks

    def expected(self) -> dict[str, Expected]:
        """Each rule's check as the oracle sees it: status, questions, evidence, items."""
        statuses = self.statuses()
        out = {}
        for rule in self.in_force():
            items = self.items(rule)
            values = [(i, self.eval(rule.when, i)) for i in items or []]
            fired = [i for i, v in values if v is T]
            maybe = [i for i, v in values if v is U]
            status = statuses[rule.id]
            # an undecided rule asks what decides it; a risk found on some items asks what
            # decides its other items (held-out 17: a second programme's budget)
            asks = status == "unknown" or (status == "risk" and rule.for_each and maybe)
            missing = self.open_facts(rule) if asks else []
            shown = fired or (maybe if status == "unknown" else items or [])
            seen: dict[str, tuple[str, Any]] = {}
            self.collect(rule.when, shown, seen, fired=status == "risk", held=bool(fired))
            evidence = list(seen.values())
            keys = [i.key for i in fired] if rule.for_each else []
            covered = self.stepped_aside(rule, statuses) if status == "clear" else None
            out[rule.id] = Expected(status, sorted(set(missing)), evidence, keys, covered)
        # a rule not in force on its date: a clear check that reads, asks and holds nothing
        held = set(out)
        for rule in self.pack.rules:
            if rule.id not in held:
                out[rule.id] = Expected("clear", [], [], [], None)
        return out

    def stepped_aside(self, rule: Rule, statuses: dict[str, str]) -> str | None:
        """The rule holding the finding of a clear rule's case: its first ``steps_aside``
        case that holds (on the proposal, or on one of the items of a rule run per item),
        when the rule it names is a risk (or an accepted one)."""
        items = self.items(rule) or []
        for aside in rule.steps_aside:
            if any(self.eval(aside.when, item) is T for item in items):
                return aside.rule if statuses.get(aside.rule) in ("risk", "accepted") else None
        return None

    def open_facts(self, rule: Rule) -> list[str]:
        """What an undecided rule asks: the open facts of each undecided item, the sectors
        whose programmes a per-programme rule cannot see, or the sectors themselves."""
        items = self.items(rule)
        if items is None:
            return ["sectors"]
        out = []
        for item in items:
            if self.eval(rule.when, item) is U:
                out += self.missing(rule.when, item)
        return out + self.blind(rule)

    def open_leaves(self, cond: dict[str, Any], item: Item) -> list[dict[str, Any]]:
        """The tests of the parts of ``cond`` left undecided for ``item``."""
        if self.eval(cond, item) is not U:
            return []
        for key in ("all", "any"):
            if key in cond:
                return [leaf for part in cond[key] for leaf in self.open_leaves(part, item)]
        if "not" in cond:
            return self.open_leaves(cond["not"], item)
        return [cond]

    def leaves(self, cond: dict[str, Any]) -> list[dict[str, Any]]:
        """The tests inside all/any/not (a count's ``where`` is not entered)."""
        for key in ("all", "any"):
            if key in cond:
                return [leaf for part in cond[key] for leaf in self.leaves(part)]
        if "not" in cond:
            return self.leaves(cond["not"])
        return [cond]

    def missing(self, cond: dict[str, Any], item: Item) -> list[str]:
        """The input paths whose absence leaves ``cond`` open for ``item``: a part that the
        given facts decide asks nothing (a sister city's partner of unstated kind is a
        regional government, so the kind is not asked beside the staff figures)."""
        out: list[str] = []
        for leaf in self.open_leaves(cond, item):
            if "flag" in leaf:
                if self.flag(leaf["flag"]) is not U:
                    continue
                out += self.open_facts(self.by_flag[leaf["flag"]])
            elif "count" in leaf or "share" in leaf:
                collection = leaf.get("count", leaf.get("share"))
                members = self.members(leaf, item)
                if members is None and collection == "programs" and self.facts.sectors:
                    out += [
                        s.concrete("programs") for s in self.facts.sectors if s.programs is None
                    ]
                elif members is None:
                    out.append(
                        "sectors"
                        if collection in ("sectors", "programs")
                        else item.concrete("programs")
                    )
                elif members is ABSENT:
                    out += self.facts.ask(item, collection)
                elif leaf.get("where") is not None:
                    for member in members:
                        if self.eval(leaf["where"], member) is U:
                            out += self.missing(leaf["where"], member)
            else:
                out += self.facts.ask(item, leaf["path"])
                other = next((v for k, v in leaf.items() if k in COMPARISONS), None)
                if isinstance(other, dict):
                    out += self.facts.ask(item, other["path"])
        return out

    # ------------------------------------------------------------------ evidence

    def collect(
        self,
        cond: dict[str, Any],
        items: list[Item],
        seen: dict[str, tuple[str, Any]],
        fired: bool = False,
        held: bool | None = None,
    ) -> None:
        """The evidence of ``cond`` over ``items`` into ``seen``: each fact read (a computed
        one under the field the user wrote, keyed by its own path), a flag as the facts of
        its deriving rule, a count with the members it counted. For a risk (``fired``), a
        count that is a branch of an ``any`` and is false, or open on missing facts, is left
        out (another branch is why the rule holds), and a count that holds by few matches
        shows the members it did not count (why it holds) — a count, not a share: a share
        below a threshold is a bound on the proportion, shown by its head alone (trial24 M1,
        practitioner trial 31 W1), in a clear or open check too where the bound holds.
        Where ``cond`` holds of the items (``held``; by default where ``fired``), only the
        tests that are why (:meth:`reasons`)."""
        alternatives, few = self.count_roles(cond)
        if not fired:  # a clear or open check shows every branch
            alternatives = []
        held = fired if held is None else held
        for item in items:
            for leaf in self.reasons(cond, item) if held else self.leaves(cond):
                if "flag" in leaf:
                    entries = self.flag_evidence(leaf["flag"])
                elif "count" in leaf or "share" in leaf:
                    if any(leaf is a for a in alternatives) and self.eval(leaf, item) is not T:
                        continue
                    entries = self.count_evidence(leaf, item)
                    if entries and any(leaf is a for a in few):
                        if "share" in leaf:  # a bound on the proportion: its head alone
                            # in a risk, or where the bound (below a share) holds
                            if fired or (
                                ("lt" in leaf or "le" in leaf) and self.eval(leaf, item) is T
                            ):
                                entries = entries[:1]
                        elif fired:
                            entries += self.unmatched_evidence(leaf, item)
                else:
                    for path in self.read(leaf):
                        if path == "sector.programs":  # exists on a list of items: no value
                            continue
                        if path == "context.other_sources_cover_all":  # a guard: the sums show it
                            continue
                        found = self.fact_evidence(item, path)
                        if found is not None:
                            # a computed value under its own path and the field it
                            # shows: one per item it shows (each programme's date)
                            seen.setdefault(
                                f"{path} {found[0]}" if path in TRACED else found[0], found
                            )
                    continue
                for found in entries:
                    seen.setdefault(found[0], found)

    def reasons(self, cond: dict[str, Any], item: Item, negated: bool = False) -> list[Any]:
        """The tests of ``cond`` that are why it has its value on ``item``: every test, but
        of an ``any`` that holds only the branches that hold, and of an ``all`` under a
        ``not`` that fails only the parts that fail (docs/rule-language.md, "Evidence")."""
        for key, deciding in (("all", F), ("any", T)):
            if key in cond:
                parts = cond[key]
                if (key == "any") != negated and self.eval(cond, item) is deciding:
                    parts = [p for p in parts if self.eval(p, item) is deciding]
                return [leaf for part in parts for leaf in self.reasons(part, item, negated)]
        if "not" in cond:
            return self.reasons(cond["not"], item, not negated)
        return [cond]

    def count_roles(
        self, cond: dict[str, Any], in_any: bool = False, negated: bool = False
    ) -> tuple[list[Any], list[Any]]:
        """The counts that are branches of an ``any`` (not under a ``not``), and the counts
        that hold by few members matching (``eq: 0``, ``lt``, ``le``, or an "at least" under
        a ``not``)."""
        if "all" in cond or "any" in cond:
            alternatives: list[Any] = []
            few: list[Any] = []
            branch = ("any" in cond) != negated
            for part in cond.get("all", cond.get("any")):
                a, f = self.count_roles(part, branch or (in_any and not negated), negated)
                alternatives += a
                few += f
            return alternatives, few
        if "not" in cond:
            return self.count_roles(cond["not"], False, not negated)
        if "count" not in cond and "share" not in cond:
            return [], []
        alternatives = [cond] if in_any and not negated else []
        if "ge" in cond or "gt" in cond:
            holds_by_few = negated
        elif "lt" in cond or "le" in cond or cond.get("eq", 1) == 0:
            holds_by_few = not negated
        else:
            holds_by_few = False
        return alternatives, [cond] if holds_by_few and cond.get("where") is not None else []

    def unmatched_evidence(self, leaf: dict[str, Any], item: Item) -> list[tuple[str, Any]]:
        """The members a count that holds by few matches did not count: why it holds."""
        collection = leaf.get("count", leaf.get("share"))
        members = self.members(leaf, item)
        if members is None or members is ABSENT or collection not in COUNTED:
            return []
        name = "program.name" if collection != "sectors" else "sector.name"
        inner: dict[str, tuple[str, Any]] = {}
        for member in [m for m in members if self.eval(leaf["where"], m) is F][:MEMBERS_SHOWN]:
            found = self.fact_evidence(member, name)
            if found is not None:
                inner.setdefault(found[0], found)
            self.collect(leaf["where"], [member], inner)
        return list(inner.values())

    def matched(self, leaf: dict[str, Any], item: Item) -> bool:
        """Whether a count matched a member, or may once a fact is given."""
        members = self.members(leaf, item)
        if members is None or members is ABSENT or leaf.get("where") is None:
            return True
        return any(self.eval(leaf["where"], m) is not F for m in members)

    @staticmethod
    def read(leaf: dict[str, Any]) -> list[str]:
        other = next((v for k, v in leaf.items() if k in COMPARISONS), None)
        return [leaf["path"], other["path"]] if isinstance(other, dict) else [leaf["path"]]

    def fact_evidence(self, item: Item, path: str) -> tuple[str, Any] | None:
        value = self.facts.get(item, path)
        if value is ABSENT:
            return None
        if path not in TRACED:
            shown = value.isoformat() if isinstance(value, dt.date) else value
            return self.facts.source(item, path), shown
        field = TRACED[path] or self.facts.made_from(item, path)
        return field, ANY

    def flag_evidence(self, name: str) -> list[tuple[str, Any]]:
        rule = self.by_flag[name]
        value = self.flag(name)
        items = self.items(rule) or []
        chosen = [i for i in items if self.eval(rule.when, i) is value] if value is not F else items
        inner: dict[str, tuple[str, Any]] = {}
        self.collect(rule.when, chosen or items, inner, held=value is T)
        return list(inner.values()) or [(f"flags.{name}", ANY)]

    def count_evidence(self, leaf: dict[str, Any], item: Item) -> list[tuple[str, Any]]:
        collection = leaf.get("count", leaf.get("share"))
        members = self.members(leaf, item)
        if members is None or members is ABSENT:
            return []
        if collection not in COUNTED:  # a plain list
            return [(self.facts.source(item, collection), self.facts.get(item, collection))]
        path = collection if collection != "sector.programs" else item.concrete("programs")
        inner: dict[str, tuple[str, Any]] = {path: (path, ANY)}
        if leaf.get("where") is None:
            return list(inner.values())
        name = "program.name" if collection != "sectors" else "sector.name"
        for member in [m for m in members if self.eval(leaf["where"], m) is T][:MEMBERS_SHOWN]:
            found = self.fact_evidence(member, name)
            if found is not None:
                inner.setdefault(found[0], found)
            self.collect(leaf["where"], [member], inner, fired=True)
        return list(inner.values())


COUNTED = ("sectors", "programs", "sector.programs")  # collections of items (not plain lists)


def _literal(value: Any, fact: Any) -> Any:
    """A rule's literal in the fact's terms (a date written as text)."""
    return _date(value) if isinstance(fact, dt.date) else value


def _compare(op: str, x: Any, y: Any) -> bool:
    if op == "eq":
        return x == y
    if op == "ne":
        return x != y
    if x is None or y is None:
        return False
    return {"lt": x < y, "le": x <= y, "gt": x > y, "ge": x >= y}[op]


def disagreements(
    pack: RulePack, raw: dict[str, Any], as_of: dt.date, checks: list[Any]
) -> dict[str, dict[str, Any]]:
    """Where the engine's checks differ from the oracle's, by rule id (empty: they agree).

    Every rule of the pack is compared (a check the engine left out is a disagreement), on
    status, per-item ids, missing paths, evidence paths and the values of the facts cited.
    """
    oracle = Oracle(pack, raw, as_of).expected()
    engine = {ch.rule_id: ch for ch in checks}
    out: dict[str, dict[str, Any]] = {}
    for rule_id, want in oracle.items():
        got = engine.get(rule_id)
        if got is None:
            out[rule_id] = {"engine": None, "oracle": want.status}
            continue
        shown = [(e.path, e.value) for e in got.evidence]
        values = dict(reversed(shown))  # the first value shown under each path
        predicted = dict(reversed([(p, v) for p, v in want.evidence if v != ANY]))
        mine = {
            "covered_by": got.covered_by,
            "status": got.status,
            "items": list(got.items),
            "missing": list(got.missing),
            "evidence": sorted(p for p, _ in shown),
            "values": {p: values.get(p) for p in predicted},
        }
        theirs = {
            "covered_by": want.covered_by,
            "status": want.status,
            "items": want.items,
            "missing": want.missing,
            "evidence": sorted(p for p, _ in want.evidence),
            "values": predicted,
        }
        differ = {k: {"engine": mine[k], "oracle": theirs[k]} for k in mine if mine[k] != theirs[k]}
        if differ:
            out[rule_id] = differ
    for rule_id in sorted(set(engine) - set(oracle)):
        out[rule_id] = {"engine": engine[rule_id].status, "oracle": None}
    return out
