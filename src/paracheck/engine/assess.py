"""From a proposal and a pack to an Assessment: statuses, evidence, questions, scoring.

The engine (compiler + adapter) decides which rules fire, definitely or only possibly; this
module turns that into the contract of PRODUCT.md §2. Everything here is deterministic and
sorted, so the same input and pack give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from paracheck.engine import model as m
from paracheck.engine.compiler import CompiledPack, Outcome, compiled
from paracheck.errors import InputError, Problem
from paracheck.facts.decompose import FactView, Scoped, decompose
from paracheck.facts.model import Proposal
from paracheck.facts.paths import COLLECTIONS, vocabulary
from paracheck.rules import conditions as c
from paracheck.rules.loader import load_pack, select_pack
from paracheck.rules.model import ACTION_STAGES, STAGE_ORDER, Rule, RulePack

_LEVEL = {"blocker": "high", "high": "high", "medium": "medium", "low": "low", "info": "low"}
_ITEM = re.compile(r"^sectors\[\d+\](?:\.programs\[\d+\])?\.")


def resolve_as_of(proposal: Proposal, as_of: dt.date | None) -> dt.date:
    """The date judged at: explicit, else the proposal's date, else today."""
    if as_of is not None:
        return as_of
    if proposal.date is not None:
        return proposal.date
    return dt.date.today()


def choose_pack(pack: str | RulePack | None, as_of: dt.date) -> RulePack:
    if isinstance(pack, RulePack):
        return pack
    if pack is None:
        return select_pack(as_of)
    return load_pack(pack)


def assess(proposal: Proposal, pack: str | RulePack | None = None,
           as_of: dt.date | None = None) -> m.Assessment:
    """Assess one proposal; pure (no printing, no global state beyond compiled packs)."""
    day = resolve_as_of(proposal, as_of)
    chosen = choose_pack(pack, day)
    waivers = _waivers(proposal, chosen, day)
    view = decompose(proposal, day)
    engine = compiled(chosen)
    outcome = engine.run(view)
    positions = proposal.origin.positions
    checks = [_check(rule, engine, outcome, view, positions, waivers.get(rule.id))
              for rule in chosen.rules]
    checks.sort(key=lambda ch: ch.rule_id)
    return _summarise(proposal, chosen, day, checks)


# --------------------------------------------------------------------------- waivers

def _waivers(proposal: Proposal, pack: RulePack, day: dt.date) -> dict[str, m.WaiverRef]:
    found: dict[str, m.WaiverRef] = {}
    problems = []
    ids = {r.id for r in pack.rules}
    for i, waiver in enumerate(proposal.accepted_risks or []):
        if waiver.rule not in ids:
            line, col = proposal.origin.positions.get(f"accepted_risks[{i}].rule", (0, 0))
            problems.append(Problem(proposal.origin.source, line, col,
                                    f"accepted_risks[{i}].rule",
                                    f"no rule {waiver.rule} in pack {pack.name}"))
        elif waiver.until >= day:
            found[waiver.rule] = m.WaiverRef(reason=waiver.reason,
                                             accepted_by=waiver.accepted_by, until=waiver.until)
    if problems:
        raise InputError(problems)
    return found


# --------------------------------------------------------------------------- one check

@dataclass(frozen=True)
class _Plan:
    """What a rule contributes to every check it produces, built once per compiled pack."""

    scope: str
    condition: c.Condition
    leaves: tuple[tuple[c.Condition, tuple[str, ...]], ...]  # non-compound nodes, their paths
    static: dict[str, Any]


def _plan(rule: Rule, engine: CompiledPack) -> _Plan:
    plan = engine.plans.get(rule.id)
    if plan is None:
        cond = rule.condition
        leaves = tuple((node, tuple(c.read_paths(node))) for node in c.walk(cond)
                       if not isinstance(node, c.All | c.AnyOf | c.Not))
        clears = rule.clears_when
        static = {
            "rule_id": rule.id, "domain": rule.domain,
            "title": m.Localized(id=rule.title.id, en=rule.title.en),
            "why": m.Localized(id=rule.why.id, en=rule.why.en),
            "severity": rule.severity, "likelihood": rule.likelihood, "impact": rule.impact,
            "score": rule.likelihood * rule.impact,
            "clears_when": m.Localized(id=clears.id, en=clears.en) if clears
            else _clears_when(cond),
            "recommendations": [m.Recommendation(text=m.Localized(id=r.text.id, en=r.text.en),
                                                 owner=r.owner, stage=r.stage)
                                for r in rule.recommend],
            "sources": [m.Source(kind=s.kind, ref=s.ref, confidence=s.confidence, note=s.note)
                        for s in rule.sources],
        }
        plan = engine.plans[rule.id] = _Plan(rule.scope, cond, leaves, static)
    return plan


def _items(rule: Rule, view: FactView, scope: str | None = None) -> list[Scoped] | None:
    scope = scope or rule.scope
    if scope == "proposal":
        return [view.proposal]
    if view.sectors is None:
        return None
    if scope == "sector":
        return view.sectors
    return [p for s in view.sectors for p in (s.programs or [])]


def _check(rule: Rule, engine: CompiledPack, outcome: Outcome, view: FactView,
           positions: Any, waiver: m.WaiverRef | None) -> m.Check:
    plan = _plan(rule, engine)
    verdicts = outcome.verdicts.get(rule.id, {})
    scope = plan.scope
    items = _items(rule, view, scope)
    fired = [i for i in items or [] if verdicts.get(i.key) == "def"]
    maybe = [i for i in items or [] if verdicts.get(i.key) == "pos"]
    missing: list[str] = []
    if fired:
        status = "risk"
    elif items is None:
        status, missing = "unknown", ["sectors"]
    else:
        blind = []
        if scope == "program":
            blind = [f"{s.key}.programs" for s in view.sectors or [] if s.programs is None]
        status = "unknown" if maybe or blind else "clear"
        for item in maybe:
            missing += _missing(plan.condition, item, engine, outcome, view)
        missing += blind
    if status == "risk" and waiver is not None:
        status = "accepted"
    shown = fired if fired else (maybe if status == "unknown" else items or [])
    evidence = _evidence(plan, shown, engine, outcome, positions)
    # every part is built from validated data: construct without validating again
    return _build(m.Check,
        **plan.static, status=status,
        items=[i.key for i in fired] if scope != "proposal" else [],
        evidence=evidence, missing=sorted(dict.fromkeys(missing)),
        waiver=waiver if status == "accepted" else None,
    )


def _clears_when(cond: c.Condition) -> m.Localized:
    """The negated condition in words."""
    negated = c.negate(cond)
    return m.Localized(id=c.describe(negated, "id"), en=c.describe(negated, "en"))


def _lookup(item: Scoped, path: str) -> tuple[bool, Any, str | None, Scoped | None]:
    node: Scoped | None = item
    while node is not None:
        if path in node.values:
            return True, node.values[path], node.sources.get(path), node
        node = node.parent
    return False, None, None, None


def _absent_concrete(path: str, item: Scoped) -> list[str]:
    """Where the user should fill in an absent path, as concrete input paths."""
    scope_key = item
    if path.startswith("program.") and not path.startswith("program.days"):
        return [f"{scope_key.key}.{path[len('program.'):]}"]
    if path == "program.days_since_activity":
        return [f"{item.key}.last_activity"]
    sector = item if item.key.count("[") == 1 else item.parent
    if path.startswith("sector.") and sector is not None:
        if path in ("sector.last_activity", "sector.days_since_activity"):
            if sector.programs is None:
                return [f"{sector.key}.programs"]
            undated = [p.key for p in sector.programs if "program.last_activity" not in p.values]
            return [f"{key}.last_activity" for key in undated] or [f"{sector.key}.programs"]
        return [f"{sector.key}.{path[len('sector.'):]}"]
    return [{
        "context.partner_has_relations": "partner.country",
        "context.partner_language": "partner.country",
        "context.partner_language_staff": "human_resources.language_staff",
        "context.local_tier": "local.level",
        "context.partner_tier": "partner.level",
        "context.sector_count": "sectors",
        "context.program_count": "sectors[].programs",
    }.get(path, path)]


def _missing(cond: c.Condition, item: Scoped, engine: CompiledPack, outcome: Outcome,
             view: FactView) -> list[str]:
    out: list[str] = []
    for node in c.walk(cond):
        if isinstance(node, c.Flag) and outcome.flags.get(node.name) is None:
            source = next(r for r in engine.pack.rules if r.derive == node.name)
            for sub in _items(source, view) or [view.proposal]:
                out += _missing(source.condition, sub, engine, outcome, view)
            if _items(source, view) is None:
                out.append("sectors")
        elif isinstance(node, c.Count):
            members = _members(node, item, view)
            if members is None and node.collection == "programs" and view.sectors is not None:
                # every programme is unknown only where a sector did not list its programmes
                out += [f"{s.key}.programs" for s in view.sectors if s.programs is None]
            elif members is None:
                out += (_absent_concrete(node.collection, item) if node.collection
                        not in COLLECTIONS else [_collection_path(node.collection, item)])
            elif node.where is not None:
                key = engine.nodes[(node.collection, node.where, node.share)].index
                for member in members:
                    if outcome.verdicts.get(f"#c{key}", {}).get(member.key) != "def":
                        out += _missing(node.where, member, engine, outcome, view)
        else:
            for path in c.read_paths(node) if not isinstance(node, c.All | c.AnyOf | c.Not) \
                    else []:
                if path in vocabulary() and not _lookup(item, path)[0]:
                    out += _absent_concrete(path, item)
    return out


def _collection_path(collection: str, item: Scoped) -> str:
    if collection == "sector.programs":
        return f"{item.key}.programs"
    return "sectors"


def _members(node: c.Count, item: Scoped, view: FactView) -> list[Any] | None:
    if node.collection in COLLECTIONS:
        return view.collection(node.collection, item)
    present, value, _, _ = _lookup(item, node.collection)
    return (value or []) if present else None


def _evidence(plan: _Plan, items: list[Scoped], engine: CompiledPack,
              outcome: Outcome, positions: Any) -> list[m.Evidence]:
    seen: dict[str, m.Evidence] = {}
    def make(**values: Any) -> m.Evidence:
        return _build(m.Evidence, **values)

    for item in items:
        for node, paths in plan.leaves:
            if isinstance(node, c.Flag):
                key = f"flags.{node.name}"
                if key not in seen:
                    seen[key] = make(path=key, value=outcome.flags.get(node.name), line=None,
                                     note=None)
                continue
            if isinstance(node, c.Count):
                counted_node = engine.nodes[(node.collection, node.where, node.share)]
                owner = item.key if counted_node.home != "proposal" else ""
                counted = outcome.counts.get((counted_node.index, owner))
                path = (_collection_path(node.collection, item)
                        if node.collection in COLLECTIONS else node.collection)
                if counted is not None and path not in seen:
                    low, high, total = counted
                    if node.where is None and node.collection not in COLLECTIONS:
                        value: Any = _lookup(item, node.collection)[1]  # the list itself
                    elif node.where is None:
                        value = {"count": total}
                    else:
                        value = {"matching": low, "of": total}
                        if high != low:
                            value["possibly"] = high
                    seen[path] = make(path=path, value=value, line=_line(positions, path),
                                      note=None)
                continue
            for path in paths:
                present, value, source, holder = _lookup(item, path)
                if not present:
                    continue
                concrete = path if holder is None or holder.key == "" else \
                    f"{holder.key}.{path.split('.', 1)[1]}"
                if concrete in seen:
                    continue
                note = None
                if holder is not None and path in holder.notes:
                    remark = holder.notes[path]
                    note = _build(m.Localized, id=remark["id"], en=remark["en"])
                seen[concrete] = make(path=concrete, value=_jsonable(value),
                                      line=_line(positions, source or concrete), note=note)
    return list(seen.values())


def _build(cls: type[Any], **values: Any) -> Any:
    return m.build_trusted(cls, values)


def _line(positions: Any, path: str) -> int | None:
    pos = positions.get(path)
    if pos is None and "." in path:  # fall back to the enclosing value's line
        return _line(positions, path.rsplit(".", 1)[0])
    return pos[0] if pos else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --------------------------------------------------------------------------- summary

def _summarise(proposal: Proposal, pack: RulePack, day: dt.date,
               checks: list[m.Check]) -> m.Assessment:
    risks = [ch for ch in checks if ch.status == "risk"]
    unknown_high = [ch for ch in checks if ch.status == "unknown"
                    and ch.severity in ("blocker", "high")]
    if any(ch.severity == "blocker" for ch in risks):
        verdict = "blocked"
    elif unknown_high:
        verdict = "incomplete"
    elif any(ch.severity == "high" for ch in risks):
        verdict = "high_risk"
    elif any(ch.severity == "medium" for ch in risks):
        verdict = "medium_risk"
    else:
        verdict = "low_risk"
    domains = {}
    for domain in m.DOMAINS:
        mine = [ch for ch in checks if ch.domain == domain]
        hit = [ch for ch in mine if ch.status == "risk"]
        worst = min((m.SEVERITY_RANK[ch.severity] for ch in hit), default=None)
        domains[domain] = _build(m.DomainSummary,
            level=_LEVEL[m.SEVERITIES[worst]] if worst is not None else "none",
            score=max((ch.score for ch in hit), default=0), risks=len(hit),
            unknowns=sum(ch.status == "unknown" for ch in mine))
    superseded = pack.effective_until is not None and day > pack.effective_until
    origin = proposal.origin
    return _build(m.Assessment,
        proposal=_build(m.ProposalRef, title=proposal.title, source=origin.source,
                        sha256=origin.sha256),
        as_of=day,
        pack=_build(m.PackRef, name=pack.name, version=pack.version, regime=pack.regime,
                       effective_from=pack.effective_from,
                       effective_until=pack.effective_until, superseded=superseded,
                       superseded_by=pack.superseded_by if superseded else None),
        verdict=verdict, score=sum(ch.score for ch in risks), domains=domains, checks=checks,
        actions=_actions(risks), questions=_questions(checks),
        procedure=_procedure(proposal, pack),
    )


def _actions(risks: list[m.Check]) -> list[m.Action]:
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for ch in risks:
        for rec in ch.recommendations:
            key = (rec.stage, rec.owner, rec.text.en)
            entry = merged.setdefault(key, {"rec": rec, "severity": ch.severity, "rules": []})
            entry["rules"].append(ch.rule_id)
            if m.SEVERITY_RANK[ch.severity] < m.SEVERITY_RANK[entry["severity"]]:
                entry["severity"] = ch.severity
    ordered = sorted(merged.values(), key=lambda e: (
        ACTION_STAGES.index(e["rec"].stage), m.SEVERITY_RANK[e["severity"]],
        sorted(e["rules"])[0], e["rec"].owner, e["rec"].text.en))
    return [_build(m.Action, text=e["rec"].text, owner=e["rec"].owner, stage=e["rec"].stage,
                     severity=e["severity"], rules=sorted(e["rules"])) for e in ordered]


def _generic(path: str) -> str:
    match = _ITEM.match(path)
    if not match:
        return path
    prefix = "program." if ".programs[" in match.group(0) else "sector."
    return prefix + path[match.end():]


def _questions(checks: list[m.Check]) -> list[m.Question]:
    from paracheck.facts.questions import question_for

    waiting: dict[str, list[str]] = {}
    for ch in checks:
        if ch.status != "unknown":
            continue
        for path in ch.missing:
            waiting.setdefault(path, []).append(ch.rule_id)
    out = []
    for path in sorted(waiting):
        text = question_for(_generic(path))
        out.append(_build(m.Question, path=path,
                          text=_build(m.Localized, id=text["id"], en=text["en"]),
                          checks=sorted(waiting[path])))
    return out


def _procedure(proposal: Proposal, pack: RulePack) -> list[m.ProcedureEntry]:
    listed = {s.step: s for s in proposal.procedure or []}
    stage = proposal.stage
    entries = []
    previous: tuple[str, dt.date] | None = None
    for spec in pack.procedure:
        step = listed.get(spec.step)
        required = (spec.required_from is not None and stage is not None
                    and STAGE_ORDER.index(stage) >= STAGE_ORDER.index(spec.required_from))
        issue = None
        status = step.status if step else None
        if required and status == "unknown":
            issue = _build(m.Localized,
                id=f"langkah wajib untuk tahap '{stage}'; statusnya belum diketahui",
                en=f"required for stage '{stage}'; whether it was done is not known")
        elif required and status not in ("done", "not_applicable"):
            issue = _build(m.Localized,
                id=f"langkah wajib untuk tahap '{stage}' belum selesai",
                en=f"required for stage '{stage}' but not done")
        date = step.date if step else None
        if date is not None and status == "done":
            if previous is not None and date < previous[1]:
                issue = _build(m.Localized,
                    id=f"bertanggal sebelum langkah sebelumnya '{previous[0]}' ({previous[1]})",
                    en=f"dated before the earlier step '{previous[0]}' ({previous[1]})")
            if previous is None or date >= previous[1]:
                previous = (spec.step, date)
        entries.append(_build(m.ProcedureEntry, step=spec.step, status=status, date=date,
                                        required=required, issue=issue))
    known = {spec.step for spec in pack.procedure}
    for step in proposal.procedure or []:
        if step.step not in known:
            entries.append(_build(m.ProcedureEntry,
                step=step.step, status=step.status, date=step.date, required=False,
                issue=_build(m.Localized, id=f"bukan langkah dalam rezim {pack.regime}",
                                  en=f"not a step of the {pack.regime} regime")))
    return entries
