"""The assessment: the output contract ``paracheck/assessment/v2`` (PRODUCT.md §2).

v2 (from v1): ``verdict`` is set by confirmed risks only and ``worst_verdict`` /
``worst_because`` say what the unknown checks could still make of it; ``notices`` carry what
a reader must know about how the proposal was judged (no pack for its date, special autonomy,
lapsed waivers); checks carry their positive ``statement``; recommendations and actions name
the ``counterpart`` beside the ``owner`` who acts; a waiver shows whether it has ``lapsed``.
Later additions within v2: ``proposal.stage``; ``owner_name`` / ``counterpart_name`` on
recommendations and actions (the actor in each language; ``owner`` stays the Indonesian name);
``residual_of`` on checks (the rule a residual-risk check belongs to, null on the others);
``pack.effective_from_precision`` (``year``: only the year of ``effective_from`` is known);
``covered_by`` on checks (the rule holding the finding of a clear check that stepped aside);
``not_applicable`` on checks (why a clear check does not apply to this partnership: its rule
concerns only another kind of partner); ``required_if_partner`` on procedure entries (the
partner kinds a step is owed to, while the proposal does not state its partner's kind);
``due_from`` on procedure entries (the later stage from which a step not yet required is due);
``waits_on`` on checks (the condition of a clear check's statement that the file leaves open,
and where it is asked: the check is not judged, so not ticked).

Field order is the JSON key order, so keep it stable. Texts that a report shows are kept in
both languages (``Localized``) so any renderer can pick ``id`` or ``en`` without re-running the
engine.
"""

# no ``from __future__ import annotations``: pydantic would evaluate every field's annotation
# from its text when it builds the models, at every start
import datetime as dt
import threading
from collections.abc import Callable, Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer, model_validator

ASSESSMENT_SCHEMA = "paracheck/assessment/v2"

Status = Literal["risk", "clear", "unknown", "accepted"]
Severity = Literal["blocker", "high", "medium", "low", "info"]
Verdict = Literal["blocked", "incomplete", "high_risk", "medium_risk", "low_risk"]
Level = Literal["high", "medium", "low", "none"]
Domain = Literal[
    "regulatory",
    "budget",
    "human_resources",
    "energy",
    "transnational_crime",
    "implementation",
    "governance",
]
DOMAINS: tuple[str, ...] = Domain.__args__  # type: ignore[attr-defined]
SEVERITIES: tuple[str, ...] = Severity.__args__  # type: ignore[attr-defined]
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}  # blocker=0 … info=4
#: the verdict a check of each severity sets once it is a risk (low and info set no more than
#: ``low_risk``)
SEVERITY_VERDICT = {
    "blocker": "blocked",
    "high": "high_risk",
    "medium": "medium_risk",
    "low": "low_risk",
    "info": "low_risk",
}
#: verdicts from worst to best; ``incomplete`` ranks as ``low_risk`` (nothing above low is
#: confirmed)
#: the note on the partner's country where the diplomatic relations come from paracheck's
#: reference data, as (Indonesian, English) templates: a report tells a check resting on it
#: by this note (report/view.by_reference), not by any note on the country (the partner's
#: language is noted there too)
RELATIONS_NOTE = (
    "hubungan diplomatik dengan Indonesia: {v}",
    "diplomatic relations with Indonesia: {v}",
)
VERDICT_RANK = {"blocked": 0, "high_risk": 1, "medium_risk": 2, "incomplete": 3, "low_risk": 3}


def fails(
    risk_severities: Iterable[str],
    unknown_severities: Iterable[str] = (),
    on: str | None = None,
    on_unknown: str | None = None,
) -> bool:
    """Whether a result fails a gate: a risk at or above ``on``, or an unknown check at or
    above ``on_unknown`` (severity names; ``None`` leaves that side out).

    One function for the library (:meth:`Assessment.fails`) and the command line's exit
    code, which only has the summaries of a batch. A severity name it does not know is a
    :class:`~paracheck.errors.UsageError` naming the option, whatever the result (trial 410
    M4: ``fails("hgh")`` raised a bare ``KeyError``, or returned False on a result with no
    risk).
    """
    for option, given in (("on", on), ("on_unknown", on_unknown)):
        if given is not None and (not isinstance(given, str) or given not in SEVERITY_RANK):
            from paracheck.errors import UsageError

            raise UsageError.of(
                "usage.unknown_severity",
                given=repr(given),
                choices_text=", ".join(SEVERITIES),
                option=option,
                value=given,
                choices=tuple(SEVERITIES),
            )
    if on is not None and any(SEVERITY_RANK[s] <= SEVERITY_RANK[on] for s in risk_severities):
        return True
    return on_unknown is not None and any(
        SEVERITY_RANK[s] <= SEVERITY_RANK[on_unknown] for s in unknown_severities
    )


def _no_items() -> list[str]:
    """A new empty list. A Python function, not ``list``: building a serializer, pydantic asks
    for the factory's signature, which for a builtin means ``inspect`` parsing its text
    signature with ``tokenize``, whose expression compiles at first use (~13 M instructions
    of a one-shot ``paracheck assess -f json``)."""
    return []


class Out(BaseModel):
    # defer_build: a text, Markdown, HTML or CSV report only reads the fields of what the
    # engine built (``trusted``); pydantic builds the validator and serializer when first used
    # (JSON, validation, the schema), not at every start (issue 16)
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


_new = object.__new__
# the slots ``trusted`` fills, written through their descriptors: what object.__setattr__
# finds and calls for these names, without its lookup (~30% of a ``trusted`` construction)
_put_dict = BaseModel.__dict__["__dict__"].__set__
_put_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_put_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_put_private = BaseModel.__dict__["__pydantic_private__"].__set__


def trusted(cls: type[Out]) -> Callable[[dict[str, Any]], Any]:
    """A constructor of ``cls`` from a dict that paracheck built itself, not validated.

    The dict must hold every field, in the model's field order (pydantic serialises a
    model's ``__dict__`` in its own order) and with the types the fields declare: ``assess``
    builds thousands of these per proposal from values that are already of those types,
    and validating them again cost more than building them (issue 16). Everything else
    (JSON, equality, ``model_copy``, attribute access) is pydantic's own.
    """
    fields = set(cls.model_fields)  # shared: the models are frozen, nothing adds to it

    new, put_dict, put_fields_set = _new, _put_dict, _put_fields_set  # read as locals
    put_extra, put_private = _put_extra, _put_private

    def make(values: dict[str, Any]) -> Any:
        obj = new(cls)
        put_dict(obj, values)
        put_fields_set(obj, fields)
        put_extra(obj, None)
        put_private(obj, None)
        return obj

    return make


class Deferred(list):  # type: ignore[type-arg]
    """A list whose items are gathered on its first reading: the evidence of a check that
    found nothing (issue 16: "evidence for clear checks computed only when asked for").

    ``assess`` decides every status, verdict, score, action and question itself; what a
    clear check read (its facts, flags and counts, with their lines) is kept as a function
    and run the first time anything reads the list: iterating, ``len``, indexing, ``in``,
    comparing, ``repr``, copying, pickling, and pydantic's serialisation of the check
    (``Check``'s serializer for ``evidence``, which every ``model_dump``, ``model_dump_json``
    and ``to_json_bytes`` goes through). Once filled it is the list of entries the eager walk
    built, the same entries in the same order. Every method a list has that reads or changes
    its items fills it first. What does not see the entries before it is filled is C code
    reading a list's storage directly (pydantic's own validation of a dict holding one, for
    instance): paracheck never hands one to it, and a filled one is a plain list to it.
    Filling holds a lock, so two threads reading one check fill it once.
    """

    __slots__ = ("_gather",)

    def __init__(self, gather: Callable[[], list[Any]]) -> None:
        super().__init__()
        self._gather: Callable[[], list[Any]] | None = gather

    def fill(self) -> "Deferred":
        """Gather the items now, if not yet done (the list itself)."""
        if self._gather is not None:
            with _FILLING:
                gather = self._gather
                if gather is not None:
                    list.extend(self, gather())
                    self._gather = None
        return self

    def __reduce_ex__(self, protocol: Any) -> Any:  # pickled and copied as a plain list
        return list, (list.copy(self.fill()),)


_FILLING = threading.RLock()


def _filling(name: str) -> Callable[..., Any]:
    method = getattr(list, name)

    def filled(self: Deferred, *args: Any, **kwargs: Any) -> Any:
        if self._gather is not None:
            self.fill()
        for arg in args:  # a list method reads another list's storage directly
            if type(arg) is Deferred and arg._gather is not None:
                arg.fill()
        return method(self, *args, **kwargs)

    filled.__name__ = filled.__qualname__ = name
    filled.__doc__ = method.__doc__
    return filled


_READ_OR_CHANGED = (
    "__iter__ __len__ __getitem__ __contains__ __reversed__ __repr__ __str__ __eq__ __ne__ "
    "__lt__ __le__ __gt__ __ge__ __add__ __mul__ __rmul__ __iadd__ __imul__ __setitem__ "
    "__delitem__ __sizeof__ append extend insert remove pop clear sort reverse copy index count"
)
for _name in _READ_OR_CHANGED.split():
    setattr(Deferred, _name, _filling(_name))
del _name


class Localized(Out):
    """A text in Bahasa Indonesia and English."""

    id: str = Field(description="the text in Bahasa Indonesia, as the Indonesian reports print it")
    en: str = Field(description="the same text in English, as the English reports print it")

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


class BudgetRef(Out):
    """The proposal's funding as its file gives it (``budget``), for a report's brief of what
    is asked and what it costs: each null when not given."""

    apbd_allocation_idr: int | None = Field(
        default=None, description="the APBD allocation for one budget year (Rp)"
    )
    multi_year: bool | None = Field(
        default=None,
        description="funding planned for more than one year (the agencies' Renstra, the "
        "RPJMD): not only a multi-year contract",
    )
    other_sources: list[str] | None = Field(
        default=None, description="other sources of funds (apbn | partner | private | grant)"
    )
    other_sources_idr: int | None = Field(
        default=None,
        description="the money from the other sources already certain for the programmes not "
        "yet finished, in total (Rp). Added in v2 (additive)",
    )
    partner_funds_recorded: bool | None = Field(
        default=None,
        description="the partner's funds are recorded in the budget and the agreement",
    )
    partner_funds_binding: bool | None = Field(
        default=None,
        description="the partner's funds carry binding conditions (a loan to repay, an "
        "obligation to buy, a concession). Added in v2 (additive)",
    )


class ProposalRef(Out):
    title: str = Field(description="the proposal's title as its file gives it")
    source: str = Field(
        description="where the proposal came from, as reports name it: its file name, '-' "
        "for standard input, 'body' for a request's body (the HTTP API), the name a program "
        "gave the library (load_proposal_text's or assess's source=), else '<text>' for "
        "text and '<memory>' for data a program passed without one"
    )
    sha256: str = Field(
        description="SHA-256 (hex) of the proposal file's bytes as read; for a proposal given as "
        "data rather than a file, of that data's canonical JSON. Equal digests mean "
        "the same input"
    )
    stage: str | None = Field(
        default=None,
        description="the proposal's stage (proposal | mou_signed | active | evaluation); "
        "null when not given. Added in v2 (additive): a report tells a running partnership "
        "which actions belong to stages it has already passed",
    )
    partner_kind: str | None = Field(
        default=None,
        description="the foreign partner's kind (regional_government | institution); null "
        "when not given. Added in v2 (additive): a report says which steps the regime asks of "
        "a partnership with this kind of partner",
    )
    sector_agencies: list[str | None] | None = Field(
        default=None,
        description="the lead agency the proposal names for each sector, in the sectors' "
        "order (null where it names none); null when no sectors are given. Added in v2 "
        "(additive): a report names the agency that acts on a sector's finding instead of "
        "'the sector's lead agency'",
    )
    sector_names: list[str] | None = Field(
        default=None,
        description="each sector's field (its name code: culture, fisheries), in the "
        "sectors' order; null when no sectors are given. Added in v2 (additive): a report "
        "and a comparison name a sector by its field whatever checks read it, and a "
        "comparison matches the sectors of two versions by it",
    )
    program_names: list[list[str | None]] | None = Field(
        default=None,
        description="each sector's programmes' names, in the sectors' and programmes' "
        "order (null where a programme has no name; an empty list for a sector without "
        "programmes); null when no sectors are given. Added in v2 (additive), as "
        "sector_names",
    )
    local_level: str | None = Field(
        default=None,
        description="the Indonesian region's level (province | regency | city); null when "
        "not given. Added in v2 (additive): the texts of the assessment already name the "
        "region's own bodies by that level (Gubernur, Bupati or Wali Kota; Biro or Bagian "
        "Kerja Sama), and a report's own sentences name them alike",
    )
    local_name: str | None = Field(
        default=None,
        description="the Indonesian region's name; null when not given. Added in v2 "
        "(additive): with partner_name and partner_country it says which partnership the "
        "file is about, whatever its title (a comparison of two versions checks the parties)",
    )
    partner_name: str | None = Field(
        default=None,
        description="the foreign partner's name; null when not given. Added in v2 (additive)",
    )
    partner_country: str | None = Field(
        default=None,
        description="the foreign partner's country (ISO 3166-1 alpha-2); null when not given. "
        "Added in v2 (additive)",
    )
    program_budgets: list[list[int | None]] | None = Field(
        default=None,
        description="each sector's programmes' budgets (Rp, all sources, the programme's "
        "whole run; null where not given), in the order of program_names; null when no "
        "sectors are given. Added in v2 (additive): the memo's brief says what the plan "
        "costs (trial 28: a DPRD member found the money only in the annex's evidence)",
    )
    program_apbd: list[list[int | None]] | None = Field(
        default=None,
        description="each sector's programmes' APBD part of their budget (Rp; null where not "
        "given), in the order of program_names; null when no sectors are given. Added in v2 "
        "(additive): the memo's brief says how much of the programmes' money is the APBD's, "
        "so an investor's capital counted in a budget is not read as money the DPRD "
        "commits (trial 230, 2)",
    )
    program_statuses: list[list[str | None]] | None = Field(
        default=None,
        description="each sector's programmes' statuses (planned | ongoing | done | stalled | "
        "cancelled; null where not given), in the order of program_names. Added in v2 "
        "(additive), as program_budgets",
    )
    budget: BudgetRef | None = Field(
        default=None,
        description="the proposal's funding as given; null when the file has no budget "
        "section. Added in v2 (additive), as program_budgets",
    )
    expires: dt.date | None = Field(
        default=None,
        description="the MoU's last day as the file gives it (agreement.expires); null when "
        "not given. Added in v2 (additive): the brief says until when the cooperation put to "
        "the DPRD runs (trial dprd430 F-8: a DPRD approving an MoU to 2031 read no date)",
    )


class PackRef(Out):
    name: str = Field(
        description="the rule pack's name (pp28-2018, permendagri-3-2008), or the name a pack "
        "file gives itself"
    )
    version: str = Field(
        description="the rule pack's version (semantic versioning): a changed version may change "
        "findings for the same proposal"
    )
    regime: str = Field(
        description="the regulation the pack judges by, as its reports name it ('PP 28/2018', "
        "'Permendagri 3/2008')"
    )
    effective_from: dt.date | None = Field(
        description="the first day the pack's regime was in force (see effective_from_precision);"
        " null when not known"
    )
    effective_until: dt.date | None = Field(
        description="the last day the pack's regime was in force; null while it still is"
    )
    superseded: bool = Field(
        description="true when as_of is after effective_until: the proposal was judged by a "
        "regime no longer in force on that date"
    )
    superseded_by: str | None = Field(
        description="the name of the pack that replaced this one, when there is one; null otherwise"
    )
    effective_from_precision: Literal["day", "year"] = Field(
        default="day",
        description="'year' when only the year of effective_from is known and the day given "
        "stands in for it (Permendagri 3/2008). Added in v2 (additive)",
    )


class DomainSummary(Out):
    level: Level = Field(
        description="the domain's risk level: high when a risk of severity blocker or high is "
        "confirmed in it, medium or low by its worst confirmed risk, none without "
        "one. Checks of severity info and unknown checks do not count"
    )
    score: int = Field(description="highest score among the domain's risk checks")
    risks: int = Field(
        description="the number of the domain's checks with status risk, leaving out those of "
        "severity info (notes)"
    )
    unknowns: int = Field(
        description="the number of the domain's checks with status unknown (facts missing to "
        "judge them)"
    )


class Evidence(Out):
    path: str = Field(
        description="the fact read: a field of the proposal, with an item's place "
        "(sectors[0].programs[1].budget_idr), or a fact paracheck derives from the "
        "proposal (context.as_of, procedure.<step>.status, a count over sectors or "
        "programs): docs/rule-language.md, 'Derived paths in an assessment's evidence', "
        "lists those and what each is derived from"
    )
    value: Any = Field(description="the fact's value; null for an explicit null")
    line: int | None = Field(description="YAML line the value came from (1-based)")
    note: Localized | None = Field(default=None, description="e.g. 'verify with Kemlu'")


class Recommendation(Out):
    text: Localized = Field(description="what to do, in both languages")
    owner: str = Field(
        description="the Indonesian body that acts, by its canonical Indonesian name (the "
        "actor glossary's): the same in every language, so programs can key on it"
    )
    counterpart: str | None = Field(
        default=None, description="the body it writes to, consults or reports to"
    )
    stage: str = Field(
        description="the stage of the cooperation the action belongs to: planning | exploration |"
        " approval | agreement | signing | implementation | monitoring (the action "
        "plan groups by it)"
    )
    owner_name: Localized | None = Field(
        default=None,
        description="the owner as each language's reports name it (additive in v2; absent "
        "in older documents, where the reports fall back to owner)",
    )
    counterpart_name: Localized | None = Field(
        default=None, description="the counterpart as each language's reports name it"
    )
    items: list[str] | None = Field(
        default=None,
        description="on a per-item check whose rule gives this advice for a case that holds "
        "on some of the check's items only: those items (sectors[3]); null: every item of "
        "the check (additive in v2)",
    )


class Source(Out):
    kind: Literal["thesis", "law", "regulation", "practice", "reference"] = Field(
        description="what the finding rests on: thesis (the study the packs are built from), law "
        "or regulation (a legal instrument), practice (observed practice), reference "
        "(paracheck's reference data)"
    )
    ref: str = Field(
        description="where in the source: a section of the thesis (IV.B.2.a), or an instrument "
        "and its article ('PP 28/2018 Pasal 7'), as the pack cites it"
    )
    confidence: (
        Literal["high", "medium-high", "medium", "medium-low", "low-medium", "low"] | None
    ) = Field(
        description="how sure the pack is of a legal or practice citation: high | medium-high | "
        "medium | medium-low | low-medium | low (below high, a citation rests on "
        "secondary sources and is said as reported); null for the thesis and "
        "reference data"
    )
    note: str | None = Field(
        default=None,
        description="a remark on the source (the thesis's lines, a secondary source); null when "
        "none",
    )


class WaiverRef(Out):
    reason: str = Field(
        description="why the region accepted the risk, as the proposal's accepted_risks entry "
        "says it"
    )
    accepted_by: str = Field(
        description="who accepted the risk (an office or official), as the proposal says"
    )
    until: dt.date = Field(
        description="the last day the acceptance holds; after it the waiver has lapsed"
    )
    lapsed: bool = Field(
        default=False,
        description="the waiver's date has passed: it no longer covers the risk, which stays "
        "a risk",
    )


class RunningProgram(Out):
    """A programme the file records as running after a lapsed MoU's last day."""

    name: Localized = Field(
        description="the programme's name in quotes, or its place ('sektor ke-1, program "
        "ke-1') where the file gives none"
    )
    agency: str | None = Field(
        default=None,
        description="the lead agency the file names for the programme's sector; null when none",
    )
    at: str | None = Field(
        default=None,
        description="the programme's place in the file as a check's items give it "
        "('sectors[0].programs[1]', counted from 0), so a report can tell which checks concern "
        "it; null in documents made before. Added in v2 (additive)",
    )
    status: str | None = Field(
        default=None,
        description="the programme's status in the file (ongoing, done, stalled, planned; "
        "null where not given), so a report can tell one still running from one that ran "
        "past the MoU's last day and has finished or stalled since (trial 210: a scholarship "
        "finished in 2022 was 'masih berjalan' in a 2025 evaluation). Added in v2 (additive)",
    )
    last_activity: dt.date | None = Field(
        default=None,
        description="the date of the programme's latest activity where the file gives one, so "
        "a report can say how long one recorded as running has been idle (trial 340). Added "
        "in v2 (additive)",
    )


class Notice(Out):
    """Something a reader must know about how the proposal was judged, not a check."""

    code: str = Field(
        description="no_date | future_date | facts_dated_earlier | dated_after_assessment | "
        "signed_under_earlier_regime | begun_under_earlier_regime | no_pack_for_date | "
        "pack_not_in_force | superseded_pack | "
        "special_autonomy | waiver_lapsed | mou_expired | mou_expiring | "
        "stage_behind_programmes | mou_expires_before_signing | tkksd_without_plan | "
        "waiver_unused | stage_behind_signing | waiver_refused | partner_reorganised | "
        "mou_ending_within_year | workers_abroad | signing_behind_stage | steps_out_of_order"
    )
    # begun_under_earlier_regime (additive in v2): steps done before the chosen regime came
    # into force lead to a signing under it (city 490 F7)
    # facts_dated_earlier (additive in v2): judged as of a day later than the file's own date,
    # whose facts every check takes as unchanged since (province trial 480 M-7)
    # steps_out_of_order (additive in v2): a done step dated before steps that should precede
    # it where no risk reads both dates; the procedure table's row was the only word of it
    # (attack 380 H1)
    # mou_ending_within_year (additive in v2): the MoU's term ends within the year, beyond
    # the six months of mou_expiring: a new MoU takes the procedure again, so the evaluation
    # is scheduled now
    # workers_abroad (additive in v2): a programme not finished places workers across the
    # border; their placement and protection is not judged, and the trafficking checks that
    # find no risk do not say it is in order
    # partner_reorganised (additive in v2): on the day judged the partner no longer exists as
    # written (a merged province, a level of government done away with: Vietnam, July 2025)
    # waiver_refused (additive in v2): an acceptance in force of a blocker, which no official
    # of the region can accept; the check stays a risk
    # stage_behind_signing (additive in v2): the stage "proposal" beside a signing recorded
    # done; the officer corrects one record or the other
    # signing_behind_stage (additive in v2): the reverse, a stage saying the MoU is signed
    # beside a signing recorded pending or in progress (attack 360 H1)
    # waiver_unused (additive in v2): an accepted risk in force whose check came out clear;
    # the reports show it where they show the accepted risks, not among the other notices
    text: Localized = Field(description="the notice as the memo says it, in both languages")
    action: Recommendation | None = Field(
        default=None,
        description="what the notice asks of the region, which the action plan lists first: "
        "beside mou_expired, the evaluation the cooperation unit prepares for the head of "
        "region's decision (a new MoU or a formal end); beside mou_expiring, the evaluation "
        "for the decision due before the term ends (extend, a new MoU, or an end). Null for "
        "the other notices. Added in v2 (additive)",
    )
    date: dt.date | None = Field(
        default=None,
        description="the date the notice is about: the last day of the MoU's term for "
        "mou_expired, mou_expiring and mou_ending_within_year, so a report or a comparison "
        "can say it without reading the text. Null for the other notices. Added in v2 (additive)",
    )
    short: Localized | None = Field(
        default=None,
        description="the notice in a few words for a batch's summary row, with what the "
        "code alone cannot say: 'masa berlaku MoU telah berakhir (11 Mei 2021)', 'MoU "
        "ditandatangani ketika Permendagri 3/2008 berlaku'. Null where the code's words "
        "suffice. Added in v2 (additive)",
    )
    running: list[RunningProgram] | None = Field(
        default=None,
        description="beside mou_expired, the programmes the file records as running or active "
        "after the MoU's last day (status ongoing, or a start or last activity after it; not "
        "the cancelled), so the Saran can assign their agencies; null for the other notices "
        "and where none runs. Added in v2 (additive)",
    )
    planned: list[RunningProgram] | None = Field(
        default=None,
        description="beside mou_expired, the programmes the file records as planned (status "
        "planned, not active after the MoU's last day), which can start only under a new "
        "MoU (trial 210: a seasonal workers' programme planned in a new sector four years "
        "after the term was named nowhere); null for the other notices and where none is "
        "planned. Added in v2 (additive)",
    )
    idle: list[RunningProgram] | None = Field(
        default=None,
        description="beside mou_expired, the programmes the file records as running (status "
        "ongoing) whose last activity came more than 180 days before the MoU's last day and "
        "none after it: idle before the term ended, not running after it (trial 340: a "
        "programme 'berjalan' in the office's report, last active three years before the end, "
        "was told to stop). Null for the other notices and where none is idle. Added in v2 "
        "(additive)",
    )


class Check(Out):
    rule_id: str = Field(
        description="the rule's id (REG-001, BUD-003), stable across pack versions; the checks "
        "are in the order of these ids"
    )
    domain: Domain = Field(description="the domain the rule belongs to")
    title: Localized = Field(description="the risk in a few words, as a report names the finding")
    statement: Localized = Field(
        description="what must be true for the check to be clear: the rule's positive "
        "statement, else its title"
    )
    why: Localized = Field(
        description="why the rule matters (its reason), as it applies to this proposal, in both "
        "languages"
    )
    status: Status = Field(
        description="risk: the rule's condition holds (a finding); clear: it does not, or does "
        "not apply (see due, not_applicable, covered_by); unknown: facts it needs are"
        " missing (see missing); accepted: a risk the region accepted with a waiver "
        "in force (see waiver)"
    )
    severity: Severity = Field(
        description="how serious a risk of this rule is: blocker | high | medium | low | info. A "
        "risk sets the verdict by its severity; info is a note, never counted as a "
        "risk"
    )
    likelihood: int = Field(
        description="how likely the risk is to happen, 1 to 5, as the pack rates it", ge=1, le=5
    )
    impact: int = Field(
        description="how grave the harm if it happens, 1 to 5, as the pack rates it", ge=1, le=5
    )
    score: int = Field(description="likelihood × impact")
    items: list[str] = Field(
        default_factory=_no_items, description="per-item rules: the items (sectors[2]) that fired"
    )
    evidence: list[Evidence] = Field(
        description="the facts the check read, each with its value and the line of the file it "
        "came from; empty when it read none"
    )
    missing: list[str] = Field(
        description="on an unknown check (and on a risk with items still open), the proposal "
        "paths whose facts are missing; answering them decides the check. Empty "
        "otherwise"
    )
    clears_when: Localized = Field(description="what would make the check clear, in both languages")
    recommendations: list[Recommendation] = Field(
        description="the rule's advice: what to do about its risk, each with the body that acts "
        "and its stage, kept on every check; the action plan (actions) gathers those "
        "of the risks"
    )
    sources: list[Source] = Field(
        description="what the rule rests on, each with its kind and citation"
    )
    waiver: WaiverRef | None = Field(
        default=None, description="on an accepted check; also on a risk whose waiver lapsed"
    )
    due: bool = Field(
        default=True,
        description="false when the proposal has not reached the point from which the rule "
        "applies (its due_from stage, its due_when condition) and the step it is about is "
        "not already done: such a check is clear because it is not due yet, which says "
        "nothing about its statement",
    )
    residual_of: str | None = Field(
        default=None,
        description="the rule whose residual risk this check is (the rule's residual_of): it "
        "fires where that rule's exposure remains despite the coordination it asks for. "
        "Added in v2 (additive): a comparison reads the base giving way to its residual as a "
        "reduction, not a new risk",
    )
    covered_by: str | None = Field(
        default=None,
        description="on a clear check: the rule whose finding holds this check's lapse (the "
        "rule's steps_aside). The check's own statement does not hold; its condition leaves "
        "the case to that rule, so that one lapse gives one finding. Added in v2 (additive)",
    )
    not_applicable: Localized | None = Field(
        default=None,
        description="on a clear check whose rule concerns only other kinds of partner than "
        "the proposal's stated partner.kind (its condition cannot hold for this kind: REG-002, "
        "equal administrative level, for a foreign university): why the check does not "
        "apply, e.g. 'the partner is a foreign institution (KSDLL), not a regional "
        "government'; likewise on a clear check whose own condition (applies_when) is false, "
        "and on the check of a rule not in force on the date it is judged on, naming the "
        "instrument not yet or no longer in force ('Permendagri 3/2008 belum berlaku pada "
        "tanggal penandatanganan'; such a check shows no evidence, recommends nothing and "
        "cites no law). The check's statement is not judged; null when the check applies. "
        "Added in v2 (additive)",
    )

    waits_on: Localized | None = Field(
        default=None,
        description="on a clear check that is due and applies: the condition of its "
        'statement (its "Bila …") that the file leaves open, and where that is asked, e.g. '
        "'menunggu jawaban tentang persetujuan DPRD (REG-010)'. The check's "
        "statement is not judged: its condition leaves the case to that other check, so the "
        "check is clear but not a tick. Null otherwise. Added in v2 (additive)",
    )

    @field_serializer("evidence")
    def _evidence_filled(self, evidence: list[Evidence]) -> list[Evidence]:
        """The evidence as serialised: a clear check's (:class:`Deferred`) gathered first."""
        return evidence.fill() if type(evidence) is Deferred else evidence


#: the kinds of source that make a finding one resting on a law or regulation, for
#: :func:`tie_order` (the thesis, practice and reference data are observations, not rules)
LEGAL_SOURCES = frozenset({"law", "regulation"})


def tie_order(check: Check) -> tuple[int, int, str]:
    """How findings of one severity and one score are read, first to last (README, "Order of
    the findings"): one that rests on a law or regulation (a source of kind ``law`` or
    ``regulation``) before one resting only on the thesis, practice or reference data — a
    step of the law or procedure left undone is what an evaluator checks first, and nothing
    the partnership achieves makes up for it (practitioner trial 27 M2: an original not
    deposited with Kemlu 3½ years after signing came eleventh among findings scored alike,
    put in order by rule code); then the graver impact (at one score, the harm if it happens
    before how often); then the rule id, only so the order is stable. The memo, the checklist
    and a batch's top risks use it (:func:`paracheck.report.view.by_severity`,
    :meth:`paracheck.batch.Summary.of`)."""
    sources = check.sources
    hit = _LEGAL.get(id(sources))
    if hit is None or hit[0] is not sources:
        hit = (sources, any(source.kind in LEGAL_SOURCES for source in sources))
        if len(_LEGAL) >= _LEGAL_MAX:
            _LEGAL.clear()
        _LEGAL[id(sources)] = hit
    return (0 if hit[1] else 1, -check.impact, check.rule_id)


#: whether a list of sources holds one of :data:`LEGAL_SOURCES`, by the list's identity: a
#: check's sources are its rule's list, shared by every check of the rule (or a selection made
#: for the date judged), and :func:`tie_order` is asked ~200 times per report (each sort of
#: the memo's lists by severity), each time scanning the sources again. The entry holds the
#: list, so its id is not reused by another while the entry lives; bounded.
_LEGAL: dict[int, tuple[list[Source], bool]] = {}
_LEGAL_MAX = 4096


class Action(Out):
    text: Localized = Field(description="what to do, in both languages")
    owner: str = Field(
        description="the Indonesian body that acts, by its canonical Indonesian name (the actor "
        "glossary's), the same in every language, so programs can key on it"
    )
    counterpart: str | None = Field(
        default=None,
        description="the body the owner writes to, consults or reports to; null when none",
    )
    stage: str = Field(
        description="the stage of the cooperation the action belongs to: planning | exploration |"
        " approval | agreement | signing | implementation | monitoring (the action "
        "plan groups by it)"
    )
    severity: Severity = Field(
        description="the severity of the gravest risk among those the action answers (rules)"
    )
    rules: list[str] = Field(description="the ids of the rules whose risks the action answers")
    owner_name: Localized | None = Field(
        default=None, description="the owner as each language's reports name it"
    )
    counterpart_name: Localized | None = Field(
        default=None, description="the counterpart as each language's reports name it"
    )
    after_expiry: bool = Field(
        default=False,
        description="the action still holds once the MoU's term has lapsed (a report owed "
        "for the term, a review that decides whether the cooperation goes on); beside the "
        "notice mou_expired the plan keeps these and holds the others for a new MoU. Added "
        "in v2 (additive)",
    )
    items: dict[str, list[str]] | None = Field(
        default=None,
        description="rule id → the items of that rule's check the action is for, for a rule "
        "whose advice differs between its items (a recommendation's case read per item); a "
        "rule not listed (or null): every item of its check. Added in v2 (additive)",
    )


class Question(Out):
    path: str = Field(
        description="the proposal path whose fact is missing (agreement.signatory): the answer "
        "goes there"
    )
    text: Localized = Field(description="the question to ask, in both languages")
    checks: list[str] = Field(
        description="the ids of the checks the answer decides (checks whose status is unknown)"
    )


class ProcedureEntry(Out):
    step: str = Field(
        description="the procedure step's code (initiative, exploration, letter_of_intent, "
        "dprd_approval, signing, …): the steps of the pack's regime in their order, "
        "with any step the proposal records that the regime does not have placed "
        "among them by its date"
    )
    status: str | None = Field(description="the proposal's status for the step; null = not listed")
    date: dt.date | None = Field(
        description="the date the proposal gives for the step; null when none"
    )
    required: bool = Field(
        description="whether the step is owed at the stage judged, under the instrument in "
        "force on its date; false for a step a later stage will require (DPRD approval at "
        "stage 'proposal': the reports say 'ya, sebelum MoU ditandatangani') and for one the "
        "regime never requires"
    )
    issue: Localized | None = Field(
        description="what is wrong with the step as the procedure table says it; null when "
        "nothing is"
    )
    required_if_partner: list[str] | None = Field(
        default=None,
        description="the kinds of foreign partner for which the step is required, when that "
        "decides it and the proposal does not state its partner's kind (Full Powers for a "
        "technical cooperation whose partner may be a university): the step is then not "
        "asserted as required, and partner.kind is asked. Null otherwise. Added in v2 "
        "(additive)",
    )
    due_from: str | None = Field(
        default=None,
        description="the stage (mou_signed | active | evaluation; proposal for a proposal "
        "of unstated stage) from which the pack requires a step that the proposal's stage "
        "does not yet require: DPRD approval at stage 'proposal' is due from 'mou_signed', "
        "which the reports say as 'ya, sebelum MoU ditandatangani' / 'yes, before the MoU "
        "is signed' and the memo lists among the next steps. Null when the step is required "
        "now (see required), when the pack never requires it of this partnership, when the "
        "stage has been reached and the instrument requiring it was not in force, and for a "
        "step of a replaced regulation or one the pack does not have. The reports read this "
        "field rather than working it out again. Added in v2 (additive)",
    )
    document: str | None = Field(
        default=None,
        description="the document the proposal names for the step (its `document`: the "
        "decision's number, the MoU and its addenda, the letters that extended it), as the "
        "file gives it; null when none. The procedure table shows it under the step (trial "
        "400 H3: an MoU extended by an exchange of letters, written on the signing step as "
        "the README says, was shown in no report). Added in v2 (additive)",
    )
    met_by: str | None = Field(
        default=None,
        description="the code of another step the proposal records as done that the pack "
        "reads as this one (under Permendagri 3/2008 a recorded approval of the Home Affairs "
        "Minister, central_approval, stands for the consultation with Kemendagri): the step "
        "is then not listed or not taken, yet not owed, and issue says so. Null "
        "otherwise. Added in v2 (additive)",
    )


#: the issue of a procedure step a law requires (``statutory`` in the pack) that the file
#: records as not needed: the record does not discharge it, so the table says why, and the
#: memo keeps the step among those ahead (held-out 159: a DPRD approval recorded "not
#: applicable" at the proposal stage vanished from the way forward, and the Saran sent the
#: plan on to the drafting)
NOT_APPLICABLE_BY_LAW = Localized(
    id='wajib menurut undang-undang; status "tidak diperlukan" tidak dapat diterima',
    en='required by law; the status "not applicable" cannot be accepted',
)


class Assessment(Out):
    schema_: Literal["paracheck/assessment/v2"] = Field(
        description="the contract's name and version, always 'paracheck/assessment/v2' here; "
        "check it before reading the rest",
        default=ASSESSMENT_SCHEMA,
        alias="schema",
        serialization_alias="schema",
    )
    proposal: ProposalRef = Field(
        description="what was assessed: the proposal's file, title and the facts the reports name"
        " it by"
    )
    as_of: dt.date = Field(
        description="the date the proposal was judged on (YYYY-MM-DD): the one asked for, else "
        "the proposal's own date, else the day it was assessed. It chooses the pack "
        "in force and which instruments apply"
    )
    pack: PackRef = Field(description="the rule pack the proposal was judged by")
    verdict: Verdict = Field(description="set by confirmed risks only")
    worst_verdict: Verdict = Field(
        description="the worst verdict still possible once the unknown checks are answered "
        "(each unknown taken as a risk); never 'incomplete'"
    )
    worst_because: list[str] = Field(
        description="rule ids of the unknown checks that would take the verdict beyond 'verdict'"
    )
    notices: list[Notice] = Field(
        description="what a reader must know about how the proposal was judged (no date, signed "
        "under an earlier regime, an MoU expired …): not findings, and not counted in"
        " the verdict. Empty when there are none"
    )
    score: int = Field(
        description="the sum of likelihood × impact over the checks with status risk, leaving out"
        " those of severity info: a measure of how much there is to follow up, not a "
        "verdict"
    )
    domains: dict[str, DomainSummary] = Field(
        description="each of the seven domains (regulatory, budget, human_resources, energy, "
        "transnational_crime, implementation, governance), always all present, with "
        "its level and counts"
    )
    checks: list[Check] = Field(
        description="one check per rule of the pack, in the order of their rule ids, each with "
        "its status"
    )
    actions: list[Action] = Field(
        description="the action plan: what the region does about the risks and about the notices "
        "that ask for action, merged across rules, each with its owner and stage"
    )
    questions: list[Question] = Field(
        description="the facts to ask for, each with the proposal path its answer goes to and the"
        " unknown checks it decides"
    )
    procedure: list[ProcedureEntry] = Field(
        description="the procedure table: each step of the pack's regime with the proposal's "
        "status and date, whether it is required now, and what is wrong with it"
    )

    # serialize_by_alias: pydantic's own dump writes the contract's key too ("schema", not the
    # attribute's "schema_"): PRODUCT.md gives ``result.model_dump_json()`` as the library's
    # JSON, and it wrote a document its own schema refused (ministry trial 470 H3)
    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        populate_by_name=True,
        defer_build=True,
        serialize_by_alias=True,
    )

    def fails(self, on: str | None = None, on_unknown: str | None = None) -> bool:
        """Whether this result fails a gate (``--fail-on`` / ``--fail-on-unknown``): a risk
        at or above severity ``on``, or an unknown check at or above ``on_unknown``.

        ``a.fails("high")`` fails on confirmed high risks and blockers only;
        ``a.fails("high", on_unknown="high")`` also when such a check cannot be judged, so an
        unfilled template fails rather than passing for want of facts.
        """
        return fails(
            (c.severity for c in self.checks if c.status == "risk"),
            (c.severity for c in self.checks if c.status == "unknown"),
            on,
            on_unknown,
        )

    def worse_possible(self) -> tuple[Verdict | None, list[str], int]:
        """What answering the open questions could make of the verdict: (the worst verdict
        still possible where it is worse than ``verdict``, else None; the open checks that
        could bring that verdict itself, in ``worst_because``'s order; how many other open
        checks could raise the verdict less far). The memo's "Dapat berubah menjadi
        terhambat …" and a batch summary's row say the same from it, so an evaluator
        comparing files sees which could be blocked (practitioner trial 27 U1). A check
        bringing the worst verdict is named rather than counted: "could become Blocked: 30
        checks" must not read as if thirty medium checks could block the proposal."""
        if not self.worst_verdict or self.worst_verdict == self.verdict:
            return None, [], 0
        because = list(self.worst_because)
        severity = {ch.rule_id: ch.severity for ch in self.checks}
        causing = [
            r
            for r in because
            if r in severity and SEVERITY_VERDICT[severity[r]] == self.worst_verdict
        ] or because
        return self.worst_verdict, causing, len(because) - len(causing)

    def to_json(self, indent: int | None = 2) -> str:
        """The contract's JSON: stable key order, ``schema`` as the first key."""
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_json_bytes(self) -> bytes:
        """The contract's JSON, compact, as UTF-8 bytes (what batches send and splice): the
        same bytes as pydantic's ``to_json(by_alias=True)``, written by :func:`_compact`."""
        return _compact(self)

    @model_validator(mode="after")
    def _names_checks_it_has(self) -> "Assessment":
        """A document read back names in ``worst_because`` only checks it holds: one edited by
        hand (a check deleted) is refused here, with the rule named, not found missing by a
        report (attack 430 H1: ``KeyError: 'REG-007'`` from every text report and comparison
        of an assessment whose REG-007 had been deleted). What paracheck builds itself is not
        validated (``trusted``), and always holds."""
        held = {check.rule_id for check in self.checks}
        missing = [rule for rule in self.worst_because if rule not in held]
        if missing:
            raise ValueError(
                f"worst_because names {', '.join(missing)}, which the document's checks do "
                "not hold: a check was removed from a stored assessment"
            )
        return self

    @classmethod
    def from_trusted_json(cls, text: str | bytes) -> "Assessment":
        """Rebuild an assessment that paracheck itself serialised (what batch workers send).

        This is pydantic's own JSON validation, kept under this name for the batch parent:
        measured on 2026-11-30, validating in pydantic-core beat rebuilding the models from
        ``json.loads`` in Python (NTB 7.6 against 9.6 ms, the 150-sector proposal 17 against
        48 ms, a loaded machine), so the hand-written rebuild was removed.
        """
        return cls.model_validate_json(text)


def item_names(a: Assessment) -> dict[str, object]:
    """The names of the proposal's sectors and programmes by their place (``sectors[3].name``
    → fisheries, ``sectors[0].programs[1].name`` → "Misi dagang"): the names a per-item
    check's items are called by, in a report and in a comparison. Taken from the assessment's
    ``proposal`` (``sector_names``, ``program_names``), and from what its checks read for an
    assessment from before those fields: no check reads every sector's name under every
    pack (practitioner trial 25 W2). Here, beside the assessment, so that a report reads them
    without importing the comparison's models (~23 M instructions of every text report's
    start-up, issue 16)."""
    ref = a.proposal
    if ref.sector_names is None and ref.program_names is None:
        return {
            e.path: e.value
            for check in a.checks
            for e in check.evidence
            # a name is text: a stored document edited by hand may hold anything there
            # (attack 430 H1: an object read as a sector's name broke every text report)
            if e.path.endswith(".name")
            and e.path.startswith("sectors[")
            and isinstance(e.value, str)
        }
    names: dict[str, object] = {}
    for i, sector in enumerate(ref.sector_names or ()):
        names[f"sectors[{i}].name"] = sector
    for i, programs in enumerate(ref.program_names or ()):
        for j, program in enumerate(programs):
            if program is not None:
                names[f"sectors[{i}].programs[{j}].name"] = program
    return names


# --- the compact contract JSON, written fast ---------------------------------------------------
# pydantic's serializer took ~7.4 M instructions a generated proposal's assessment (~220 KB of
# JSON, 95 % of it the checks): a third of a JSON batch worker's time per file (issue 16). The
# same bytes are written by msgspec's encoder, which writes texts, numbers, lists and dicts in
# C and asks :func:`_written` for each model: the model's own dict, whose order is the order
# pydantic writes its fields in. The parts of a check that are the rule's (title, statement,
# reason, clearing condition, recommendations, sources: the compiled pack's own objects,
# shared by every assessment, see ``assess._check``) are written once per object and spliced
# in (``msgspec.Raw``). msgspec writes a float differently (``1e16`` against pydantic's
# ``1e+16``): the one field that may hold one, ``Evidence.value``, is written by pydantic
# unless it is a text, a whole number, a boolean, null or a day; a model field of any other
# type that could hold a float would have to do the same (tests/test_contract_json_bytes.py
# checks that there is none). As for ``trusted``, every field must hold a value of the type it
# declares (pydantic warns when one does not: "serialized value may not be as expected").
# Anything msgspec cannot write sends the whole document to pydantic's serializer.

#: value types msgspec writes exactly as pydantic does (strings with the same escapes, whole
#: numbers of any size, booleans, null, a day as YYYY-MM-DD)
_AS_IS = frozenset({str, int, bool, type(None), dt.date})
#: per model class: each field's key in the JSON (its serialisation alias, else its name), or
#: None where every key is the field's name
_KEYS: dict[type, dict[str, str] | None] = {}
#: a check's fields that hold the rule's own objects, written once per object
_RULES_OWN = ("title", "statement", "why", "clears_when", "recommendations", "sources")
#: those objects' JSON, by ``id`` (the object is held with it, so its id cannot be reused
#: while it is here); emptied when it reaches ``_SHARED_MAX`` entries, so objects an
#: assessment made for itself (a reason or recommendation naming its sectors) do not pile up
_shared: dict[int, tuple[Any, Any]] = {}
_SHARED_MAX = 8192
_encode: Callable[[Any], bytes] | None = None


def _compact(a: "Assessment") -> bytes:
    """``a``'s compact contract JSON (``Assessment.to_json_bytes``)."""
    global _encode
    if _encode is None:
        import msgspec

        _encode = msgspec.json.Encoder(enc_hook=_written).encode
    try:
        return _encode(a)
    except Exception:  # anything unforeseen: pydantic's own serializer, the reference
        return a.__pydantic_serializer__.to_json(a, by_alias=True)


def _written(obj: Any) -> Any:
    """What msgspec writes for ``obj``, a model (its ``enc_hook``)."""
    cls = type(obj)
    values = obj.__dict__
    if cls is Localized:
        return values
    if cls is Check:
        values = values.copy()
        for name in _RULES_OWN:
            values[name] = _rules_own(values[name])
        evidence = values["evidence"]
        if type(evidence) is Deferred:
            values["evidence"] = list(evidence)  # gathered now
        return values
    if cls is Evidence:
        value = values["value"]
        if type(value) in _AS_IS:
            return values
        import msgspec
        import pydantic_core

        values = values.copy()
        values["value"] = msgspec.Raw(pydantic_core.to_json(value, by_alias=True))
        return values
    if not issubclass(cls, Out):
        raise TypeError(f"not a model of the contract: {cls.__name__}")
    keys = _KEYS[cls] if cls in _KEYS else _keys(cls)
    if keys is None:
        return values
    return {keys[name]: value for name, value in values.items()}


def _keys(cls: type) -> dict[str, str] | None:
    keys = {
        name: field.serialization_alias or field.alias or name
        for name, field in cls.model_fields.items()  # type: ignore[attr-defined]
    }
    _KEYS[cls] = found = None if all(k == v for k, v in keys.items()) else keys
    return found


def _rules_own(value: Any) -> Any:
    held = _shared.get(id(value))
    if held is not None and held[0] is value:
        return held[1]
    import msgspec

    assert _encode is not None
    raw = msgspec.Raw(_encode(value))
    if len(_shared) >= _SHARED_MAX:
        _shared.clear()
    _shared[id(value)] = (value, raw)
    return raw
