"""Reading a rule pack for display: the blank checklist, ``rules list|show`` and the generated
reference docs all show the same pack facts, prepared here once.

Only the pack's public attributes are read (``name version regime effective_from
effective_until description procedure rules`` and per rule ``id domain severity likelihood
impact title why recommend sources examples``), so this module does not care how packs are
loaded or compiled.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from paracheck.engine.model import DOMAINS, SEVERITY_RANK
from paracheck.report import formatting
from paracheck.report.messages import (
    MESSAGES,
    label,
    message,
    names_counterpart,
    with_counterpart,
)
from paracheck.rules.model import (
    in_date_order,
    regime_words,
    rests_on_study,
    study_refs,
    with_yardstick,
)


def text(value: Any, lang: str) -> str:
    """A bilingual pack text (a model with ``get``, or a ``{id, en}`` mapping) in ``lang``."""
    if value is None:
        return ""
    if hasattr(value, "get") and not isinstance(value, dict):
        return value.get(lang)
    if isinstance(value, dict):
        return value.get(lang) or value.get("id") or ""
    return str(value)


def statement(rule: Any, lang: str) -> str:
    """What an officer confirms for this rule: its positive ``check:`` statement; else its own
    ``clears_when``; else the rule's condition for being clear, in words."""
    for name in ("check", "clears_when"):
        value = _field(rule, name)
        if value is not None:
            yardstick = _field(rule, "yardstick")
            return with_yardstick(text(value, lang), text(yardstick, lang) if yardstick else None)
    condition = getattr(rule, "condition", None)
    if condition is None:
        return text(_field(rule, "title"), lang)
    from paracheck.facts.labels import capitalize
    from paracheck.rules import conditions

    return capitalize(conditions.describe(conditions.negate(condition), lang))


def not_applicable_when(rule: Any, lang: str) -> str:
    """For a conditional rule (``applies_when``): when its check does not apply, as the
    reports say it ("DPRD belum menyetujui; …"); empty for any other rule."""
    # antecedents of their own (REG-024: the DPRD has not approved; the letter of intent
    # is recorded as not needed): each case, in the pack's order, each its own sentence (a
    # case says "…; … diperiksa pada REG-010" itself, so "; atau" between two read as one)
    joint = {"id": ". Juga tidak berlaku bila ", "en": ". Also not applicable when "}
    return joint.get(lang, joint["en"]).join(
        text(_field(a, "otherwise"), lang) for a in _antecedents(rule)
    )


def waits_when(rule: Any, lang: str) -> str:
    """For a conditional rule whose antecedents say what the check waits for where the file
    leaves them open (``open``): those cases, as the reports say them ("menunggu jawaban
    tentang persetujuan DPRD (REG-010)"); empty for any other rule."""
    said = [
        text(found, lang) for a in _antecedents(rule) if (found := _field(a, "open")) is not None
    ]
    joint = {"id": "; atau ", "en": "; or "}
    return joint.get(lang, joint["en"]).join(said)


def _antecedents(rule: Any) -> list[Any]:
    """A rule's ``applies_when`` as a list (a single mapping is a list of one; none: empty),
    as the pack or its JSON gives it."""
    applies = _field(rule, "applies_when")
    if applies is None:
        return []
    return applies if isinstance(applies, list) else [applies]


def reason(rule: Any, lang: str, pack: Any) -> str:
    """A rule's reason as a blank checklist of ``pack`` gives it: the era-neutral ``why`` and
    the dated paragraphs (``why_dated``) whose dates meet the pack's own, as
    :func:`in_regime` keeps steps and rules. The checklist is worked through before a signing
    under the pack, so a paragraph on the practice of a regulation it revoked is left out
    (review 15: today's checklist gave Permendagri 3/2008 as a reason)."""
    dated = [p for p in _field(rule, "why_dated", None) or [] if in_regime(p, pack)]
    # a paragraph resting on a study or report comes after the era-neutral reason, as in an
    # assessment (rules.model.reason_text), with its dates where they start inside the pack's
    refs = study_refs(_field(rule, "sources", None))
    kept = [p for p in dated if not rests_on_study(p, refs)]
    studies = [p for p in dated if rests_on_study(p, refs)]
    since = _field(pack, "effective_from")
    after = []
    for p in in_date_order(studies):
        start = _field(p, "effective_from")
        if start is not None and since is not None and start > since:
            known = message("reason_known_from", lang, start=_bounds_words(p, lang)[0])
            after.append(f"{known}: {text(p, lang)}")
        else:
            after.append(text(p, lang))
    if len(kept) > 1:
        # a pack whose term spans two laws (Permendagri 3/2008: UU 32/2004, then UU 23/2014)
        # gives each period's paragraph under its dates, as the rule's page does: run
        # together, two paragraphs each opening "Menurut sumber sekunder, …" read as one
        # reason said twice (trust17)
        # (a period's start at or before the pack's own is not said: "Berlaku dari 2008
        # sampai 1 Oktober 2014" in the 2008 checklist, once REG-010 gained a paragraph for an
        # MoU signed before 2008)
        said = [
            f"{period}: {para}"
            for period, para in _periods(kept, lang, _field(pack, "effective_from"), refs)
        ]
    else:
        said = [text(p, lang) for p in kept]
    # the legal basis first, in date order, then what holds on every date (as an assessment)
    return " ".join([*said, why_text(rule, lang), *after])


def why_text(rule: Any, lang: str) -> str:
    """A rule's era-neutral reason as a page that judges no file gives it: ``why`` and, after
    it, every paragraph for one case of its condition (``why_cases``; an assessment gives
    only the case the file shows)."""
    cases = [text(p, lang) for p in _field(rule, "why_cases", None) or []]
    # alternatives, not one reason said twice: "… Atau, temuan ini berbobot sedang: …"
    joined = cases[:1] + [
        message("why_cases.or", lang, case=case[:1].lower() + case[1:]) for case in cases[1:]
    ]
    return " ".join([text(_field(rule, "why"), lang), *joined])


def dated_reason(rule: Any, lang: str) -> list[tuple[str, str]]:
    """A rule's dated paragraphs of reason for its page: (when it holds, in words, the
    paragraph), in date order: "Berlaku sejak 22 Mei 2020" / "In force since 22 May 2020".
    An assessment shows each only on the dates it holds."""
    return _periods(
        _field(rule, "why_dated", None) or [],
        lang,
        studies=study_refs(_field(rule, "sources", None)),
    )


def _periods(
    paragraphs: Any, lang: str, since: Any = None, studies: Any = None
) -> list[tuple[str, str]]:
    """(when it holds, in words, capitalised; the paragraph) for each of ``paragraphs``, in
    date order; a start on or before ``since`` (the start of the pack a checklist is of) is
    not said."""
    out = []
    for para in in_date_order(paragraphs):
        start_text, end_text = _bounds_words(para, lang)
        start = _field(para, "effective_from")
        if since is not None and start is not None and start <= since and end_text is not None:
            start_text = None
        if start_text is not None and end_text is not None:
            period = message("reason_between", lang, start=start_text, end=end_text)
        elif start_text is not None and rests_on_study(para, studies):
            # a study or report: known from its publication, not "in force"
            period = message("reason_known_from", lang, start=start_text)
        elif start_text is not None:
            period = message("reason_from", lang, start=start_text)
        else:
            period = message("reason_until", lang, end=end_text)
        out.append((period[:1].upper() + period[1:], text(para, lang)))
    return out


def _bounds_words(obj: Any, lang: str) -> tuple[str | None, str | None]:
    """``obj``'s ``effective_from`` and ``effective_until`` as a page says them. A 1 January
    start stands in for a year (Permendagri 3/2008's start is known by its year only): said
    as the year, never as the stand-in day; so is a 31 December end, the day before such a
    start, said as the end of its year (REG-010's reason for an MoU signed before Permendagri
    3/2008: "sampai akhir 2007", not "sampai 31 Desember 2007")."""
    start, end = _field(obj, "effective_from"), _field(obj, "effective_until")
    start_text = (
        None
        if start is None
        else str(start.year)
        if (start.month, start.day) == (1, 1)
        else formatting.date(start, lang)
    )
    end_text = (
        None
        if end is None
        else message("year_end", lang, year=end.year)
        if (end.month, end.day) == (12, 31)
        else formatting.date(end, lang)
    )
    return start_text, end_text


def _field(obj: Any, name: str, default: Any = None) -> Any:
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def pack_period(pack: Any, lang: str, as_of: dt.date | None = None) -> str:
    """When a pack (a loaded pack, or an assessment's ``pack``) is in force, in words. A start
    known only by its year (``effective_from_precision: year``: Permendagri 3/2008, whose
    2008-01-01 stands in for a date not sourced) is said as the year, with a word that the day
    is not established: legal officers copy the header's dates into a telaahan.

    With ``as_of`` (a memo's date) an end still to come on that date is not said: a memo of
    September 2017 said Permendagri 3/2008 was in force "sampai dengan 21 Mei 2020", which
    nobody knew then (Kabag trial 470 L3), as a memo is not told of a regulation not yet made.
    """
    start, end = pack.effective_from, pack.effective_until
    if start is None:
        return ""
    if as_of is not None and end is not None and as_of <= end:
        end = None
    by_year = getattr(pack, "effective_from_precision", "day") == "year"
    begun = str(start.year) if by_year else formatting.date(start, lang)
    tail = "_by_year" if by_year else ""
    if end is None:
        return message("effective_open" + tail, lang, start=begun)
    return message("effective_range" + tail, lang, start=begun, end=formatting.date(end, lang))


def procedure(pack: Any, lang: str) -> list[dict[str, str]]:
    """The regime's steps in order with the stage from which each is required: ``due`` heads
    the steps due at one stage ("Wajib sampai MoU ditandatangani"), said once for all of them
    (wording review: "Wajib paling lambat tahap: MoU ditandatangani" eight times, the
    signing's own line included); ``required`` is what only this step adds (the kind of
    partner it is owed to)."""
    steps = []
    for entry in pack.procedure:
        step = _field(entry, "step")
        required_from = _field(entry, "required_from")
        due = _due_group(required_from, lang) if required_from else message("optional", lang)
        required = ""
        kinds = _field(entry, "partner_kinds")
        if kinds and required_from:
            from paracheck.facts.labels import value_text

            # shown in brackets: "pemerintah daerah di luar negeri (KSDPL)" inside them read
            # "(… (KSDPL))"; the abbreviation follows a slash instead (review 12 E2)
            named = ", ".join(
                re.sub(r" \((\w+)\)$", r"/\1", value_text("partner.kind", k, lang)) for k in kinds
            )
            required = message("required_for_partner", lang, kinds=named)
        periodic = _field(entry, "periodic_from")
        if periodic and required_from and not required and f"periodic.{periodic}" in MESSAGES:
            # reported on regularly before the final report: "Wajib pada tahap evaluasi:
            # Pelaporan" alone read as nothing owed before the end (practitioner trial 32 M4)
            required = message(
                "periodic_step",
                lang,
                periodic=message(f"periodic.{periodic}", lang),
                due=message(f"due.{required_from}", lang),
            )
        steps.append(
            {
                "step": step,
                "label": label("step", step, lang),
                "due": due,
                "required": required,
                "required_from": required_from or "",
                "limits": _step_limits(entry, lang),
            }
        )
    return steps


def _step_limits(entry: Any, lang: str) -> str:
    """What limits a step to some partnerships, in words, for a pack's reference page: the
    dates of the instrument that created it (judged on the step's own date) and the kinds of
    partner it is owed to. The page listed the Kemendagri consultation and the deposit with
    Kemlu as required under pp28 with neither limit, while the checklist rightly leaves them
    out (words17 A11). Empty for a step every partnership owes."""
    start_text, end_text = _bounds_words(entry, lang)
    parts = []
    if start_text is not None and end_text is not None:
        parts.append(message("step_between", lang, start=start_text, end=end_text))
    elif start_text is not None:
        parts.append(message("step_from", lang, start=start_text))
    elif end_text is not None:
        parts.append(message("step_until", lang, end=end_text))
    kinds = _field(entry, "partner_kinds")
    if kinds:
        from paracheck.facts.labels import value_text

        named = ", ".join(
            re.sub(r" \((\w+)\)$", r"/\1", value_text("partner.kind", k, lang)) for k in kinds
        )
        parts.append(message("required_for_partner", lang, kinds=named))
    return "; ".join(parts)


def _due_group(stage: str, lang: str) -> str:
    try:
        return message(f"due_group.{stage}", lang)
    except KeyError:  # a stage the messages do not know: by its label
        return f"{message('required_from', lang)}: {label('pstage', stage, lang)}"


def pack_info(pack: Any, lang: str) -> dict[str, Any]:
    return {
        "name": pack.name,
        "version": pack.version,
        "regime": regime_words(pack.regime, lang),
        "period": pack_period(pack, lang),
        "description": text(pack.description, lang),
        "procedure": procedure(pack, lang),
        "rule_count": len(pack.rules),
    }


def in_regime(entry: Any, pack: Any) -> bool:
    """Whether a step or rule of ``pack`` binds an agreement signed while the pack is in
    force. A pack also carries what an older regime asked of an MoU signed under it (the
    Permendagri 3/2008 steps pp28-2018 keeps until 21 May 2020), so a partnership re-assessed
    today is judged by its own day's law; a blank checklist, worked through before a signing
    still to come, leaves those out (newcomer trial, 2026-11-30: today's checklist listed the
    consultation with Kemendagri and the deposit with Kemlu as required)."""
    start, until = _field(entry, "effective_from"), _field(entry, "effective_until")
    if until is not None and pack.effective_from is not None and until < pack.effective_from:
        return False
    return not (
        start is not None and pack.effective_until is not None and start > pack.effective_until
    )


def checklist_info(pack: Any, lang: str) -> dict[str, Any]:
    """:func:`pack_info` with only the steps that bind an agreement signed under the pack."""
    info = pack_info(pack, lang)
    kept = {_field(e, "step") for e in pack.procedure if in_regime(e, pack)}
    info["procedure"] = [step for step in info["procedure"] if step["step"] in kept]
    info["pack_line"] = checklist_pack_line(info, lang)
    return info


def checklist_pack_line(info: dict[str, Any], lang: str) -> str:
    """The line under a checklist's title: the pack's identifier and its term."""
    key = "checklist.pack_line" if info["period"] else "checklist.pack_line_open"
    return message(key, lang, name=info["name"], version=info["version"], period=info["period"])


def checklist_groups(pack: Any) -> list[tuple[str, list[Any]]]:
    """:func:`rules_by_domain` with only the rules that bind an agreement signed under the
    pack (see :func:`in_regime`)."""
    return rules_by_domain(pack, keep=lambda rule: in_regime(rule, pack))


def rules_by_domain(pack: Any, keep: Any = None) -> list[tuple[str, list[Any]]]:
    """Rules grouped in the contract's domain order, most severe first within a domain."""
    groups: dict[str, list[Any]] = {}
    for rule in pack.rules:
        if keep is not None and not keep(rule):
            continue
        groups.setdefault(rule.domain, []).append(rule)
    return [
        (
            domain,
            sorted(
                groups[domain],
                key=lambda r: (SEVERITY_RANK[r.severity], -r.likelihood * r.impact, r.id),
            ),
        )
        for domain in DOMAINS
        if domain in groups
    ]


def recommendations(
    rule: Any, lang: str, actors: Mapping[str, Any] | None = None
) -> list[dict[str, str]]:
    """The rule's recommendations in ``lang``; ``owner`` is who acts and with whom, as the
    action plan of a report names them. With the pack's ``actors`` (a blank checklist, for a
    region of any level), a unit the glossary names otherwise when the level is not known is
    shown by that name ("Biro/Bagian Kerja Sama": the checklist said "Biro Kerja Sama" to a
    kabupaten's Bagian Kerja Sama too). ``case`` is the case a recommendation is given for
    (its ``when``) in words, for the rule's page; empty when it is always given."""
    from paracheck.rules import conditions

    swaps = _any_level(actors)
    out = []
    for rec in rule.recommend:
        who, said = _who(rec, lang), text(_field(rec, "text"), lang)
        for unit, names in swaps.items():
            if lang == "en":  # the glossary's English name of the unit
                who = who.replace(_field(actors[unit], "en"), names["en"])  # type: ignore[index]
            who, said = who.replace(unit, names["id"]), said.replace(unit, names["id"])
        case = getattr(rec, "condition", None)
        named = getattr(rec, "case_label", None)
        if named is not None:  # the author's words for the case (words19 B7)
            shown = text(named, lang)
        else:
            shown = "" if case is None else conditions.describe(case, lang)
        out.append(
            {
                "stage": label("stage", _field(rec, "stage"), lang),
                "owner": who,
                "text": said,
                "case": shown,
            }
        )
    return out


def _any_level(actors: Mapping[str, Any] | None) -> dict[str, dict[str, str]]:
    """Glossary unit → its names (id, en) when the region's level is not known."""
    if not actors:
        return {}
    out = {}
    for name, spec in actors.items():
        instead = _field(spec, "any_level")
        if instead:
            entry = actors.get(instead)
            out[name] = {"id": instead, "en": _field(entry, "en") if entry else instead}
    return out


def _who(rec: Any, lang: str) -> str:
    """Who acts, with whom: the glossary's names of a loaded pack's recommendation, else the
    names as written (a recommendation given as a mapping)."""
    owner, counterpart = _field(rec, "owner_name"), _field(rec, "counterpart_name")
    owner = text(owner, lang) if owner is not None else _field(rec, "owner")
    named = counterpart is not None  # the glossary's name, not the one written
    said = _field(rec, "text")
    if names_counterpart(_field(rec, "counterpart"), text(said, "id") if said else None):
        return owner  # the sentence names it (wording review 26 C5)
    counterpart = _field(rec, "counterpart") if counterpart is None else text(counterpart, lang)
    if not counterpart:
        return owner
    from paracheck.report.view import is_sector_agency

    described = is_sector_agency(_field(rec, "counterpart"))
    return with_counterpart(owner, counterpart, lang, glossary=named, description=described)


def sources(rule: Any, lang: str, pack: Any = None) -> list[str]:
    """A rule's sources written as an assessment's reports write them (``Tesis IV.A (baris
    13-50)``, ``PP 28/2018 (keyakinan sedang)``); with ``pack`` (a blank checklist), only
    those in force while the pack is (:func:`in_regime`): today's checklist does not cite
    UU 32/2004, repealed in 2014."""
    from paracheck.report.view import source_text

    return [
        source_text(
            _field(src, "kind"),
            str(_field(src, "ref")),
            _field(src, "confidence"),
            _field(src, "note"),
            lang,
        )
        for src in rule.sources
        if pack is None or in_regime(src, pack)
    ]


def risk_when(rule: Any, lang: str) -> str:
    """When the rule finds a risk: the rule author's words (``risk_when``) where the pack
    gives them, else the condition as a sentence of field labels (no path, no operator); a
    rule built without the pack loader has its ``when`` parsed here. Empty when it has none.
    A condition that leaves a case to another rule renders as its De Morgan expansion
    ("status langkah penandatanganan MoU tidak tercatat, … bukan selesai"), which read as
    the opposite of REG-010's title (words17 A3): such a rule says it in words."""
    from paracheck.facts.labels import capitalize
    from paracheck.rules import conditions

    authored = _field(rule, "risk_when")
    if authored is not None:
        return text(authored, lang)
    condition = getattr(rule, "condition", None)
    when = _field(rule, "when")
    if condition is None and when is not None:
        condition = conditions.parse(when, rule.scope)
    return "" if condition is None else capitalize(conditions.describe(condition, lang))


def each_item(rule: Any, lang: str) -> str:
    """What a per-item rule is checked for (``setiap sektor``), by the item's label; empty for
    a rule about the whole proposal."""
    if not _field(rule, "for_each"):
        return ""
    from paracheck.facts import labels

    item = labels.field_label(rule.scope, lang, where=False)  # "sector", "program"
    return message("each_item", lang, item=item)


def residual_of(pack: Any, rule: Any, lang: str) -> tuple[str, str] | None:
    """For a rule that is the residual risk of another (``residual_of``): the label naming
    that rule ("Risiko sisa dari TOC-001") and what it says — the other rule's title, then
    what a residual risk is, in plain words. None for any other rule. A reader of one rule
    otherwise cannot tell that it only fires once the other rule's remedy is in place."""
    base_id = _field(rule, "residual_of")
    if not base_id:
        return None
    base = find_rule(pack, base_id)
    note = message("residual_of.note", lang, rule=base_id)
    title = text(_field(base, "title"), lang) if base is not None else ""
    said = f"{title}. {note[:1].upper()}{note[1:]}." if title else f"{note[:1].upper()}{note[1:]}."
    return message("residual_of", lang, rule=base_id), said


def find_rule(pack: Any, rule_id: str) -> Any:
    """The rule ``rule_id`` (case-insensitive), or ``None``."""
    wanted = rule_id.strip().upper()
    for rule in pack.rules:
        if rule.id.upper() == wanted:
            return rule
    return None


def example_counts(rule: Any) -> tuple[int, int]:
    examples = getattr(rule, "examples", None)
    if examples is None:
        return 0, 0
    return len(_field(examples, "fires", []) or []), len(_field(examples, "clears", []) or [])


def not_applicable_count(rule: Any) -> int:
    """How many of a rule's examples show it not applicable (``examples.not_applicable``)."""
    return _examples_of(rule, "not_applicable")


def open_count(rule: Any) -> int:
    """How many of a rule's examples leave it open (``examples.open``)."""
    return _examples_of(rule, "open")


def _examples_of(rule: Any, kind: str) -> int:
    """How many of a rule's examples are of ``kind`` (none where it gives no examples)."""
    examples = getattr(rule, "examples", None)
    return len(_field(examples, kind, []) or []) if examples is not None else 0


def condition_yaml(rule: Any) -> str:
    """A rule's ``when`` as the YAML the pack author wrote (key order kept)."""
    from paracheck._yaml import yaml

    when = getattr(rule, "when", None)
    if when is None:
        return ""
    return yaml.safe_dump(
        when, sort_keys=False, allow_unicode=True, default_flow_style=None, width=96
    ).rstrip()


# --- the procedure steps a proposal can record, by regime --------------------------------------


def step_choices(
    day: Any, lang: str, signed: Any = None
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The procedure steps a proposal can record, as a form offers them: groups of (heading,
    [(step code, its label)]). With ``day`` (the proposal's date), first the steps of the
    regulation in force that day, under a heading naming it, then the other regimes' steps
    under "Bukan langkah prosedur pada <day>", each with the regulation it belongs to; without
    it, one group (heading "") whose steps not in every shipped regime say theirs: a 2026
    form offered "konsultasi dengan Kemendagri" and "penyimpanan naskah di Kemlu",
    Permendagri 3/2008's steps, beside "verifikasi" (practitioner trial 27 U4). A step
    belongs to a regime where its pack lists it in force for part of the pack's own term.

    ``signed``: the day the form records the MoU signed (the signing step done, with its
    date). The steps up to the signing, and a step after it that a later instrument no longer
    asks (the deposit with Kemlu), are then owed as of that day, as the assessment judges
    them; where that day falls under another regulation, the headings say both (web440 M1:
    an MoU signed in 2018 and judged in 2026 offered the deposit with Kemlu under "Bukan
    langkah tersendiri pada 7 Desember 2026", and the result then asked for it)."""
    from paracheck.facts import labels
    from paracheck.rules.loader import choose_pack, load_pack, pack_names

    packs = [load_pack(name) for name in pack_names()]
    order = [s for s in labels.value_groups()["step"]]
    regimes: dict[str, list[str]] = {step: [] for step in order}
    for pack in in_date_order(packs):
        for spec in pack.procedure:
            if _overlaps(spec, pack) and pack.regime not in regimes.setdefault(spec.step, []):
                regimes[spec.step].append(pack.regime)
    everywhere = {step for step, held in regimes.items() if len(held) == len(packs)}

    def named(step: str, tagged: bool) -> tuple[str, str]:
        said = labels.value_label("procedure[0].step", step, lang) or step
        if tagged and step not in everywhere and regimes.get(step):
            words = labels.join_words(
                [regime_words(r, lang) for r in regimes[step]],
                lang,
                "dan" if lang == "id" else "and",
            )
            said = message("steps.of_regime", lang, step=said, regimes=words)
        return step, said

    if day is None:
        return [("", [named(step, True) for step in regimes])]
    pack = choose_pack(None, day)
    earlier = choose_pack(None, signed) if signed is not None and signed < day else None
    if earlier is not None and earlier.regime != pack.regime:
        in_force = _owed_signed(pack, signed, day)
        return [
            (
                message(
                    "steps.in_force_signed",
                    lang,
                    earlier=regime_words(earlier.regime, lang),
                    regime=regime_words(pack.regime, lang),
                    signed=formatting.date(signed, lang),
                ),
                [named(step, False) for step in in_force],
            ),
            (
                message(
                    "steps.not_in_force_signed",
                    lang,
                    earlier=regime_words(earlier.regime, lang),
                    signed=formatting.date(signed, lang),
                ),
                [named(step, True) for step in regimes if step not in in_force],
            ),
        ]
    in_force = [s.step for s in pack.procedure if s.in_force(day)]
    shown = formatting.date(day, lang)
    return [
        (
            message("steps.in_force", lang, regime=regime_words(pack.regime, lang), day=shown),
            [named(step, False) for step in in_force],
        ),
        (
            message("steps.not_in_force", lang, day=shown),
            [named(step, True) for step in regimes if step not in in_force],
        ),
    ]


def _owed_signed(pack: Any, signed: Any, day: Any) -> list[str]:
    """The steps of ``pack`` in force for an MoU signed on ``signed`` and judged on ``day``:
    up to the signing as of the signing's day, after it as of ``day``, save a step a later
    instrument no longer asks (its ``effective_until``), owed as of the signing's day."""
    steps = [spec.step for spec in pack.procedure]
    through = steps.index("signing") if "signing" in steps else -1
    return [
        spec.step
        for i, spec in enumerate(pack.procedure)
        if spec.in_force(signed if i <= through or spec.effective_until is not None else day)
    ]


def _overlaps(spec: Any, pack: Any) -> bool:
    """Whether a step's term (``effective_from`` … ``effective_until``) meets its pack's."""
    starts = [d for d in (spec.effective_from, pack.effective_from) if d is not None]
    ends = [d for d in (spec.effective_until, pack.effective_until) if d is not None]
    return not starts or not ends or max(starts) <= min(ends)
