"""Rule packs as data: the models a pack file must fit (docs/rule-language.md).

A rule is identity (id, domain), weight (severity, likelihood, impact), explanation (title,
why, recommendations, sources — both languages), a condition and its own examples. The parsed
condition is attached by the loader, which also checks what a single model cannot see
(duplicate ids, flags nobody derives, examples that are not proposals).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    StrictInt,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from paracheck.facts.model import PartnerKind, StepId


def _written_date(value: Any) -> Any:
    """A pack's date is written as a date (``2018-04-18``), never as a number: pydantic's own
    reading takes ``0`` (or ``"0"``) as seconds since 1970, so ``effective_from: 0`` became
    1 January 1970 and a pack silently claimed half a century it never had."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number or (isinstance(value, str) and re.fullmatch(r"\s*[-+]?[0-9.eE]+\s*", value)):
        raise PydanticCustomError(
            "date_number",
            "{value} is a number, not a date: write it as YYYY-MM-DD (e.g. 2018-04-18)",
            {"value": repr(value)},
        )
    return value


PackDate = Annotated[dt.date, BeforeValidator(_written_date)]
"""A date of a pack (header, alongside, rule, source, dated paragraph, procedure step)."""

Domain = Literal[
    "regulatory",
    "budget",
    "human_resources",
    "energy",
    "transnational_crime",
    "implementation",
    "governance",
]
Severity = Literal["blocker", "high", "medium", "low", "info"]
ActionStage = Literal[
    "planning",
    "exploration",
    "approval",
    "agreement",
    "signing",
    "implementation",
    "monitoring",
]
ACTION_STAGES: tuple[str, ...] = ActionStage.__args__  # type: ignore[attr-defined]
Confidence = Literal["high", "medium-high", "medium", "medium-low", "low-medium", "low"]
ProposalStage = Literal["proposal", "mou_signed", "active", "evaluation"]
STAGE_ORDER: tuple[str, ...] = ProposalStage.__args__  # type: ignore[attr-defined]


#: the forms whose partner is a foreign regional government by definition (KSDPL)
SISTER_FORMS = frozenset({"sister_province", "sister_city"})


def stage_reached(stage: str, since: str) -> bool:
    """Whether a proposal at ``stage`` has reached ``since`` (both proposal stages)."""
    return STAGE_ORDER.index(stage) >= STAGE_ORDER.index(since)


#: how long before the MoU's end, or before the date judged, a report to the Home Affairs
#: Minister may be dated and still be the evaluation's: paracheck's yardstick, REG-026's
#: (``plus: 365`` in both regime packs), not a rule of the regulation
EVALUATION_YEAR = dt.timedelta(days=365)

#: how old a report on record may be and still be submitted for the decision as it stands:
#: an older one, though within :data:`EVALUATION_YEAR`, is brought up to date with what
#: happened since (trial 231 #2: a yearly report of ten months before, at the evaluation
#: stage, was to be submitted as "the evaluation" the Wali Kota's decision rests on);
#: paracheck's yardstick, not the regulation's
EVALUATION_FRESH = dt.timedelta(days=183)


def evaluation_dated_long_ago(reported: dt.date, day: dt.date) -> bool:
    """Whether the report :func:`evaluation_on_record` accepts is older than
    :data:`EVALUATION_FRESH` on ``day``: the decision's sentences then ask for it brought up
    to date."""
    return day - reported > EVALUATION_FRESH  # a difference: no sum past the calendar's end


def evaluation_on_record(
    status: str | None,
    reported: dt.date | None,
    day: dt.date,
    ends: dt.date | None,
    stage: str | None,
) -> dt.date | None:
    """The date of the evaluation the file records, for the sentences that assign the
    decision on an MoU ended or under evaluation: the report REG-026 accepts as the
    evaluation's. Where REG-026 is due — the stage ``evaluation``, or the MoU's term ended
    (``ends``) before the date judged ``day`` — the reporting step recorded done, its date
    given and not after ``day``, and dated within the MoU's last year (or later) or within
    the year before ``day``. None otherwise, and the unit is asked to prepare the evaluation
    (held-out 44: "segera menyiapkan evaluasi kerja sama" beside a file at the evaluation
    stage recording its "Laporan evaluasi 2022–2026" three months before). A report recorded
    while the cooperation is still running, its term not ended, is a periodic one (the
    procedure table's "berkala selama kerja sama berjalan; laporan akhir saat evaluasi"),
    not the evaluation an MoU ending within months needs."""
    lapsed = ends is not None and ends < day
    if stage != "evaluation" and not lapsed:
        return None
    if status != "done" or reported is None or reported > day:
        return None
    # as differences, not sums: a report dated in 9999 ran past the calendar's last day
    # (attack 462 H1: OverflowError on a valid proposal)
    if day - reported <= EVALUATION_YEAR:
        return reported
    if ends is not None and ends - reported <= EVALUATION_YEAR:
        return reported
    return None


NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
#: a rule's id ("REG-044"), wherever a pack writes one
RuleId = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,5}-\d{3}$")]


class Spec(BaseModel):
    # defer_build: a pack read back from the disk cache (rules.loader) is never validated
    # again, so a run that finds it there does not pay for building these validators
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Bilingual(Spec):
    """A text every user-facing rule field carries in both languages."""

    id: NonEmpty
    en: NonEmpty

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


class ActorSpec(Spec):
    """How the reports name one body of the actor glossary (``rules/packs/actors.yaml``, or a
    pack's own ``actors:``): its English name, and for the region's own bodies the name at
    each level of region (a province's Biro Kerja Sama is a Bagian Kerja Sama in a regency
    or a city; the Kepala Daerah is the Gubernur, the Bupati or the Wali Kota), swapped in
    the texts of every check of a proposal that says its level."""

    en: NonEmpty
    regency_city: NonEmpty | None = None
    # the name when the region's level is not known (a blank checklist, a proposal that does
    # not say it): "Biro/Bagian Kerja Sama"
    any_level: NonEmpty | None = None
    # words of the official name of the body this entry describes by its field ("Penanaman
    # Modal" for "Perangkat Daerah pengampu urusan penanaman modal"): where the proposal names a
    # sector's lead agency holding one of them, the reports call the body by that name, so one
    # office does not appear under two names in one plan (newcomer trial 18)
    known_as: list[NonEmpty] | None = None
    # the name at one level, where a pack writes the name a region of any level shares
    # ("Kepala Daerah" is a province's Gubernur, a regency's Bupati, a city's Wali Kota);
    # ``regency`` and ``city`` take precedence over ``regency_city``
    province: NonEmpty | None = None
    regency: NonEmpty | None = None
    city: NonEmpty | None = None

    def at_level(self, level: str | None) -> str | None:
        """The body's name for a region of ``level`` (province | regency | city; None: not
        known), or None where the name the pack writes holds."""
        if level is None:
            return self.any_level
        if level == "province":
            return self.province
        own = self.regency if level == "regency" else self.city if level == "city" else None
        return own or self.regency_city


#: the glossary's name of the head of region, whose name at each level is the one the region
#: gives it (Gubernur, Bupati, Wali Kota)
HEAD_OF_REGION = "Kepala Daerah"


def head_of_region(actors: dict[str, ActorSpec], level: str | None) -> tuple[str, str]:
    """The head of region as a sentence names it, (Indonesian, English), for a region of
    ``level`` (None: not known): "Bupati" / "regent"; "kepala daerah" / "head of region"
    when the level is not known (an Indonesian office's title keeps its capitals, a
    description does not; the English reports put "the" before either)."""
    spec = actors.get(HEAD_OF_REGION)
    named = spec.at_level(level) if spec is not None else None
    if named is None:
        return HEAD_OF_REGION.lower(), (spec.en if spec is not None else "head of region").lower()
    other = actors.get(named)
    return named, (other.en if other is not None else named).lower()


class EraSpec(Spec):
    """The terms of an earlier era (``eras:`` in ``rules/packs/actors.yaml``): what the texts
    of a proposal judged on or before ``until`` say instead of today's terms, in each
    language (the regional offices were SKPD under UU 32/2004, Perangkat Daerah from UU
    23/2014: REGULATION.md, terms by era). Swapped, like the names by level, in every text
    of the checks and in the report's own sentences that name such a body; a glossary name
    the swap changes must itself be in the glossary (its English name is the era's)."""

    until: dt.date  # the era's last day
    # the instrument whose term the era's words are, and the one that ended it, as the
    # reports may name them
    instrument: NonEmpty
    ended_by: NonEmpty
    # today's term → the era's, per language; the longest is swapped first, once
    id: dict[NonEmpty, NonEmpty]
    en: dict[NonEmpty, NonEmpty]

    def get(self, lang: str) -> dict[str, str]:
        """The era's swaps in ``lang`` (id | en)."""
        return self.en if lang == "en" else self.id


class ActorsFile(Spec):
    """The shipped actor glossary: canonical Indonesian name → :class:`ActorSpec`, and the
    terms of earlier eras (:class:`EraSpec`), oldest first."""

    schema_: Literal["paracheck/actors/v1"] = Field(alias="schema")
    actors: dict[NonEmpty, ActorSpec]
    # a tuple with a plain default: a builtin default factory (``list``) has pydantic read
    # its text signature with tokenize while it builds the model (test_cli_startup)
    eras: tuple[EraSpec, ...] = ()


class RecommendationSpec(Spec):
    """Who acts (``owner``), with whom (``counterpart``, optional), at which stage, doing what.

    ``owner`` is always the Indonesian body that must act (e.g. "Biro Kerja Sama" sends the
    letter); the body it writes to, consults or reports to is the ``counterpart`` (e.g.
    "Kemendagri"), never the owner. Both are canonical names of the actor glossary (the
    loader refuses any other), so one body has one name in every pack and report.
    """

    stage: ActionStage
    owner: NonEmpty
    counterpart: NonEmpty | None = None
    text: Bilingual
    when: dict[str, Any] | None = Field(
        default=None,
        description="the case the recommendation is for, in the condition language, read "
        "in the rule's scope: an assessment leaves it out where the condition is certainly "
        "false on the proposal (shown where true or unknown), so the advice follows the "
        "facts the file states instead of hedging on them (words17 A7: 'Bila DPRD belum "
        "menyetujui, …; bila persetujuan DPRD terbit sesudah penandatanganan, …' beside the "
        "DPRD's date). The blank checklist and the rule's page show every recommendation",
    )
    case_label: Bilingual | None = Field(
        default=None,
        description="the case of ``when`` in plain words of the pack's languages ('masa "
        "berlaku MoU telah berakhir'), shown instead of the condition rendered in words on "
        "the rule's page and the blank checklist ('diberikan bila …'), which read as "
        "operator code (words19 B7). Only with ``when``; every ``when`` needs one (the "
        "loader refuses a pack otherwise; docs/rule-language.md)",
    )
    # still to be done once the MoU's term has lapsed (a report owed for the term, a review
    # that decides whether the cooperation goes on): beside the notice mou_expired the plan
    # keeps it, and holds the others "bila kerja sama dilanjutkan dengan MoU baru"
    after_expiry: StrictBool = False
    # the action changes the cooperation plan itself (its sectors, their order, the region's
    # commitments in it): once the DPRD has approved the plan and before its verification,
    # the memo has it done before the plan is submitted, and a changed plan taken back to
    # the DPRD (words26 A2; docs/rule-language.md)
    changes_plan: StrictBool = False
    # the action comes before any implementation while its case holds (REG-023 and REG-011:
    # the signed MoU reported to Kemendagri for the central approval it lacks): the Saran
    # opens with the rule's saran_first only in that case, and the plan holds the actions
    # that start implementation (with the partner, opening activities, moving people while
    # nothing runs) until the approval is issued (practitioner trial 32 W1)
    holds_implementation: StrictBool = False
    saran_first: Bilingual | None = Field(
        default=None,
        description="only with holds_implementation: the sentence the Saran opens with in "
        "this recommendation's case, in place of the rule's saran_first, with the same "
        "placeholders (REG-011 where the central approval step is not listed: the approval "
        "may exist, so the opening asks for its letter first and holds implementation only "
        "if it was never obtained; city 490 F1)",
    )
    # the action prepares the head of region's decision whether the cooperation goes on, its
    # MoU still in force (IMP-013: a partnership quiet for more than a year, new programmes
    # or the MoU ended): while its case holds, the plan holds the other follow-up for the
    # case the cooperation goes on, as at an evaluation (trial 400 H2: a quarterly
    # disbursement schedule and an RKPD priority advised beside four quiet years)
    opens_decision: StrictBool = False

    # the glossary entries of owner and counterpart, attached by the loader; None for a
    # recommendation built in code, which is then shown by its Indonesian name
    _actors: tuple[ActorSpec | None, ActorSpec | None] = PrivateAttr(default=(None, None))
    # the parsed ``when``, attached by the loader (None: always shown)
    _condition: Any = PrivateAttr(default=None)
    # the words a ``{sectors|…}`` placeholder stands in for where no sector is known (the
    # blank checklist, the rule's page), as (id, en): the text holds them; an assessment
    # names the check's own sectors in their place. None: the text has no placeholder
    _sectors_said: tuple[str, str] | None = PrivateAttr(default=None)
    # likewise for ``{areas|…}``: an assessment gives the areas the file records as hit by
    # outages after these words
    _areas_said: tuple[str, str] | None = PrivateAttr(default=None)

    @property
    def sectors_said(self) -> tuple[str, str] | None:
        """The words ``{sectors|…}`` stood for, in each language, or None."""
        return self._sectors_said

    @property
    def areas_said(self) -> tuple[str, str] | None:
        """The words ``{areas|…}`` stood for, in each language, or None."""
        return self._areas_said

    @property
    def condition(self) -> Any:
        """The parsed ``when`` (rules.conditions), or None when the recommendation has none."""
        return self._condition

    @property
    def owner_name(self) -> Bilingual:
        """The owner as each language's reports call it."""
        return _actor_name(self.owner, self._actors[0])

    @property
    def counterpart_name(self) -> Bilingual | None:
        """The counterpart as each language's reports call it; None when there is none."""
        if self.counterpart is None:
            return None
        return _actor_name(self.counterpart, self._actors[1])


def _actor_name(name: str, spec: ActorSpec | None) -> Bilingual:
    return Bilingual(id=name, en=spec.en if spec is not None else name)


class SourceSpec(Spec):
    """Where a rule comes from. A legal source may carry the dates it was in force: an
    assessment cites it only when its ``as_of`` falls inside them (UU 32/2004 before
    October 2014, UU 23/2014 after)."""

    kind: Literal["thesis", "law", "regulation", "practice", "reference"]
    ref: NonEmpty
    confidence: Confidence | None = None
    note: str | None = None
    effective_from: PackDate | None = None
    effective_until: PackDate | None = None

    @model_validator(mode="after")
    def _confidence_for_legal_sources(self) -> SourceSpec:
        if self.kind in ("law", "regulation") and self.confidence is None:
            raise ValueError(
                "a law or regulation source needs a confidence (from shared/domain/REGULATION.md)"
            )
        return self


class DatedParagraph(Spec):
    """A paragraph of a rule's reason (``why``) that holds only while one instrument is in
    force: "Permendagri 25/2020 menempatkan persetujuan DPRD sebelum …" from 22 May 2020,
    the practice of Permendagri 3/2008 until 21 May 2020. The assessment appends it to the
    era-neutral ``why`` only when its dates hold the day the check is judged on (the day the
    rule's sources are chosen by), so a reason never rests on an instrument that was not in
    force then (review 15: a 2024 memo gave a 2008 regulation, revoked in 2020, as the
    reason of a finding). ``id`` / ``en`` are the paragraph in each language."""

    id: NonEmpty
    en: NonEmpty
    effective_from: PackDate | None = None
    effective_until: PackDate | None = None
    rests_on: NonEmpty | None = Field(
        default=None,
        description="the ref of the rule's source the paragraph's claim rests on (a study, "
        "a news report, an instrument): its dates must be that source's, so the sentence is "
        "given exactly when its source is cited (trial29 M1: a 2011 memo gave a 2013 count "
        "with no source under it)",
    )

    @model_validator(mode="after")
    def _sane_window(self) -> DatedParagraph:
        if self.effective_from is None and self.effective_until is None:
            raise ValueError(
                "a dated paragraph needs effective_from or effective_until (a paragraph that "
                "holds on every date belongs in why)"
            )
        if (
            self.effective_from is not None
            and self.effective_until is not None
            and self.effective_from > self.effective_until
        ):
            raise ValueError(
                f"effective_from {self.effective_from} comes after effective_until "
                f"{self.effective_until}: the paragraph would never be shown"
            )
        return self

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


class CaseParagraph(Spec):
    """A paragraph of a rule's reason (``why``) for one case of its condition: TOC-011 fires
    on a very prone narcotics route with a partner outside the PRC and Malaysia, or on a
    fairly prone one with a partner in either, and its reason said both ("… tetapi mitranya
    di luar …, atau mitranya di salah satu negara itu …") beside a file showing one
    (newcomer trial 24). An assessment appends to ``why`` the paragraphs whose ``when`` is
    not certainly false on what the check shows (true, or unknown where a fact is not
    given); the blank checklist and the rule's page, which judge no file, give every one.
    ``when`` is read in the rule's scope, as a recommendation's case, and reads no flag."""

    when: dict[str, Any]
    id: NonEmpty
    en: NonEmpty

    # the parsed ``when``, attached by the loader
    _condition: Any = PrivateAttr(default=None)

    @property
    def condition(self) -> Any:
        """The parsed ``when`` (rules.conditions)."""
        return self._condition

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


def in_date_order(paragraphs: Any) -> list[Any]:
    """Dated paragraphs of a reason in the order of their dates: the earliest start first (a
    paragraph with no start, in force "until …", before any that starts), then the earliest
    end. A rule page and a reason list them so, whatever order the pack writes them in."""
    # ISO dates (a date or its text, in a pack read back from JSON) sort as their text
    return sorted(
        paragraphs,
        key=lambda p: (
            str(_field_of(p, "effective_from") or ""),
            str(_field_of(p, "effective_until") or "~"),
        ),
    )


def _field_of(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def reason_text(
    why: Any, paragraphs: Any, lang: str, studies: Collection[str] | None = None
) -> str:
    """A rule's reason in ``lang`` as the reports print it: the legal basis in force on the
    date judged first — the dated paragraphs chosen for it, in date order — then the
    era-neutral ``why`` (what follows from it, the thesis's case). An officer reads the rule
    that binds before the anecdote that illustrates it (trust17 #1). A paragraph that
    ``rests_on`` a study or report (Lemhannas's count, BNN's statement) comes after ``why``:
    it adds to the thesis's case, it is no legal basis (trial29 M1). ``studies``: the refs of
    the rule's sources that are studies or reports (:func:`study_refs`); a paragraph resting
    on another source (a regulation, dated by its promulgation) is a legal basis. None: every
    paragraph that rests on a source is a study's."""
    ordered = in_date_order(paragraphs)
    basis = [p for p in ordered if not rests_on_study(p, studies)]
    added = [p for p in ordered if rests_on_study(p, studies)]
    parts = [p.en if lang == "en" else p.id for p in basis]
    parts.append(why.en if lang == "en" else why.id)
    parts += [p.en if lang == "en" else p.id for p in added]
    return " ".join(parts)


class StepAside(Spec):
    """A case a rule's condition leaves out because another rule of the pack holds its
    finding (GOV-003, regular reports to Kemendagri, leaves the evaluation stage without the
    reporting step to REG-026): one lapse, one finding.

    In that case the rule is clear although its statement does not hold. ``when`` says the
    case in full, so the assessment can name the rule that holds the finding
    (``covered_by``) instead of ticking a statement that is false.
    """

    rule: RuleId
    when: dict[str, Any]
    #: why the case may be recorded on a rule of LOWER severity (for the pack's authors; the
    #: loader refuses such a case without it): a finding recorded there loses its weight, as
    #: IMP-006's stalled sectors did on IMP-004 until practitioner trial 26 W1. Right only
    #: where the case is the other rule's own and the sources weigh it lower (TOC-011's
    #: fairly prone route with a partner outside the PRC and Malaysia is TOC-012's, low).
    lower_because: NonEmpty | None = None

    _condition: Any = PrivateAttr(default=None)

    @property
    def condition(self) -> Any:
        """The parsed condition tree, attached by the loader."""
        return self._condition


class Redo(Spec):
    """A step done too early, which the finding asks to be done again after an earlier step
    (REG-024: a DPRD approval given before the letter of intent is confirmed again once the
    letter is signed). While the finding stands before the signing, the memo's next steps
    list the step again, after ``after``, instead of counting it as done (newcomer trial 14:
    the plan sent the file back to the DPRD while the next steps had dropped the DPRD)."""

    step: StepId
    after: StepId


class AppliesWhen(Spec):
    """The "if" of a conditional check (REG-024 "Bila DPRD sudah menyetujui, LoI sudah
    ditandatangani sebelumnya"), as a condition on the proposal: where it is certainly false
    the check is clear only because of it, and the reports say why it does not apply
    (``otherwise``: "DPRD belum menyetujui") instead of ticking a statement an officer reads
    as done."""

    when: dict[str, Any]
    otherwise: Bilingual = Field(
        description="why the check does not apply where the condition is false, as the "
        'reports print it after "Tidak berlaku:" / "Not applicable:"'
    )
    open: Bilingual | None = Field(
        default=None,
        description="what the check waits for where the file leaves the condition open "
        "(neither true nor false: a step recorded with status unknown), as the reports print "
        "it, capitalised: a clause starting 'menunggu jawaban tentang' / 'awaiting the answer "
        "on' and ending with the rule whose question answers it in brackets ('(REG-010)'), "
        "where the memo adds the question's number. For a condition whose own "
        "check is another rule's (REG-024's DPRD approval is REG-010's): the check stays "
        "clear, as its condition leaves the case to that rule, but is not ticked (practitioner "
        'review 160: "☑ Bila DPRD sudah menyetujui, LoI sudah ditandatangani sebelumnya" on '
        "the NTB example, whose DPRD approval is not known). Without it, such a check is "
        "ticked.",
    )

    _condition: Any = PrivateAttr(default=None)

    @property
    def condition(self) -> Any:
        """The parsed condition tree, attached by the loader."""
        return self._condition


class TickDated(Spec):
    """The date of the document a tick rests on, said beside the tick: REG-026's report to
    the Minister at the evaluation ("Tidak ada temuan (laporan terakhir tertanggal 20
    Desember 2025)"). No instrument says how recent the evaluation's report must be, so no
    age is judged (REGULATION.md: no invented requirement); the reader sees the date and
    judges (newcomer trial 24: a report of a year before the evaluation ticked as
    "disampaikan")."""

    step: StepId = Field(description="the procedure step whose recorded date is said")
    dated: Bilingual = Field(
        description="the words beside the tick where the step has a date; '{date}' (exactly "
        "once in each language) is the date as the reports write dates"
    )
    undated: Bilingual = Field(description="the words where the step gives no date")
    stale: Bilingual | None = Field(
        default=None,
        description="the words the procedure table says, with a warning sign, beside the "
        "step recorded done where the rule still finds a risk (a report too old to be the "
        "evaluation's): the row read 'Selesai' with no sign beside the finding (practitioner "
        "trial 32 M4)",
    )


class Examples(Spec):
    fires: list[dict[str, Any]] = Field(min_length=1)
    clears: list[dict[str, Any]] = Field(min_length=1)
    not_applicable: list[dict[str, Any]] = Field(
        default_factory=list,
        description="proposals on which the rule is clear and does not apply (its "
        "applies_when is false, or the partner is of a kind it does not concern): the "
        "reports' 'Tidak berlaku'. A rule with applies_when has at least one",
    )
    open: list[dict[str, Any]] = Field(
        default_factory=list,
        description="proposals on which the check cannot be decided: the reports' 'Belum "
        "dapat dinilai'. Each may give `asks`, the fact paths (as an assessment's `missing` "
        "names them) the check must ask there, next to the proposal keys",
    )


class Rule(Spec):
    """One check of a pack."""

    id: RuleId
    domain: Domain
    severity: Severity
    # strict: `likelihood: true` was read as 1 without a word
    likelihood: StrictInt = Field(ge=1, le=5)
    impact: StrictInt = Field(ge=1, le=5)
    title: Bilingual
    check: Bilingual | None = Field(
        default=None,
        description="the positive statement an officer ticks: what must be true for the "
        'check to be clear ("Negara mitra memiliki hubungan diplomatik dengan Indonesia")',
    )
    check_short: Bilingual | None = Field(
        default=None,
        description="the statement in fewer words, for the first screen of a memo, which "
        "names an open check by what it checks: without the conditions and exceptions the "
        "checklist needs (REG-042's mining case, left to REG-043). Both reviewers of trial "
        "160 read REG-042's whole statement in nearly every memo's verdict line. The "
        "checklist, the rule's page and the assessment keep the whole statement",
    )
    check_open: Bilingual | None = Field(
        default=None,
        description="the question the check leaves while it cannot be judged, for the first "
        'screen of a memo: "apakah …" / "whether …", lower case, no stop ("Dapat berubah '
        "menjadi risiko tinggi …: satu pemeriksaan belum dapat dinilai, yaitu apakah sektor "
        'kerja sama menyangkut aset … (REG-042)"). Its statement in quotation marks there read '
        "as a result the file had given (reviews 240 and 280); a rule without one is said by "
        "its statement",
    )
    why: Bilingual
    why_dated: list[DatedParagraph] = Field(
        default_factory=list,
        description="paragraphs of the reason that name an instrument, each with the dates "
        "that instrument was in force: appended to why only when they hold the date the "
        "check is judged on (the date its sources are chosen by), so why itself stays "
        "era-neutral",
    )
    yardstick: Bilingual | None = Field(
        default=None,
        description="for a check that measures against a figure paracheck chose (70 %, seven "
        "days, 180 days), whose sources give no such number: says so, in both languages; "
        "every report prints it beside the check's statement (trial29 M7)",
    )
    why_cases: list[CaseParagraph] = Field(
        default_factory=list,
        description="paragraphs of the reason for one case of the condition each ({when, "
        "id, en}): appended to why where their when is not certainly false on what the check "
        "shows, so a finding with two alternative cases gives the one the file shows; the "
        "blank checklist and the rule's page give every one",
    )
    effective_from: PackDate | None = Field(
        default=None, description="the rule applies to proposals judged on or after this date"
    )
    effective_until: PackDate | None = Field(
        default=None, description="the rule applies to proposals judged on or before this date"
    )
    dated_by: str | None = Field(
        default=None,
        description="a date path of the proposal (e.g. procedure.signing.date): when the "
        "proposal gives it, the rule's and its sources' effective dates are compared to that "
        "date instead of as_of, so a step is judged by the rules in force when it was taken; "
        "a step's date (procedure.<step>.date, the signing's included) is read as the "
        "procedure table reads it: the step's own date, else the earliest date of a later "
        "step on record, else the signing's for a step after the signing, else as_of",
    )
    due_from: ProposalStage | None = Field(
        default=None,
        description="the first proposal stage at which the check can find anything (e.g. "
        "mou_signed for a step that must precede the signing): before it, a clear status "
        "means the check is not due yet, not that its statement holds",
    )
    due_when: dict[str, Any] | None = Field(
        default=None,
        description="a condition on the proposal, beside due_from, under which the check is "
        "due: where it does not hold, a clear check is not due yet (REG-017: the results of "
        "the exploration are asked once a letter of intent is under way or the MoU is signed; "
        "before that, exploration in progress is where a proposal stands)",
    )
    residual_of: RuleId | None = Field(
        default=None,
        description="the rule of the same pack this one is the residual risk of: it fires "
        "where that rule's exposure remains once the coordination that rule asks for is in "
        "place (TOC-002 of TOC-001). A comparison then reads the base risk giving way to its "
        "residual as a reduction, not as a new risk",
    )
    steps_aside: list[StepAside] = Field(
        default_factory=list,
        description="the cases this rule's condition leaves to another rule's finding "
        "(StepAside); a clear check in such a case is reported as covered by that rule",
    )
    partner_kinds: list[PartnerKind] | None = Field(
        default=None,
        description="the kinds of foreign partner the rule concerns (absent: every kind): for "
        "a partner of another stated kind the check does not apply, and the reports say so "
        "instead of ticking a statement that is only vacuously true (REG-002's equal "
        "administrative level for a foreign university). The condition must be false for "
        "every other kind (the loader refuses it otherwise)",
    )
    redoes: Redo | None = Field(
        default=None,
        description="the step this finding asks to be done again, after an earlier one, "
        "while the MoU is not signed (Redo); the rule's condition must read both steps",
    )
    applies_when: AppliesWhen | Annotated[list[AppliesWhen], Field(min_length=1)] | None = Field(
        default=None,
        description="the rule's own antecedent, for a check whose statement is conditional "
        '("Bila DPRD sudah menyetujui, …"): where its condition is certainly false on the '
        "proposal, a clear check does not apply and the reports say why (its otherwise "
        "text) instead of ticking it. Unknown or true: nothing changes; a risk stays a risk. "
        "The rule's when must imply it (the loader refuses it otherwise). A list holds "
        "antecedents of their own, each with its reason (REG-024: the DPRD has approved; "
        "the letter of intent is not recorded as not needed): the first certainly false "
        "gives the reason",
    )
    curable: StrictBool = Field(
        default=True,
        description="for a blocker: whether the region can remove it by changing its own "
        "proposal (dropping a subject, a clause, a representative office). False where no "
        "change the region can make removes it (REG-001: Indonesia has no diplomatic "
        "relations with the partner's country or territory): the memo's verdict line and "
        "Saran then say the proposal cannot go on as a cooperation of the regional "
        "government with this partner, instead of 'not before the blocker is dealt with'. "
        "Only a blocker may say false (the loader refuses it otherwise)",
    )
    saran_first: Bilingual | None = Field(
        default=None,
        description="the sentence the memo's Saran opens with while a signed MoU in force "
        "has this rule's finding among the risks setting the verdict: a finding that puts "
        "the MoU itself in doubt comes before 'Kerja sama dapat dilanjutkan …', which then "
        "goes on 'with that condition' (REG-044, an MoU signed by an official neither the "
        "head of region nor named in the Full Powers: words26 A5). '{owner}' (once) is the "
        "office that owns the rule's action in the plan, '{head}' (optional) the head of "
        "region by the region's level; the loader refuses any other brace. Where one of "
        "the rule's recommendations says holds_implementation, only while the plan's action "
        "for the rule is such a recommendation (REG-023: never approved, not approved late)",
    )
    tick_dated: TickDated | None = Field(
        default=None,
        description="for a check whose tick rests on a dated document (REG-026: the report "
        "to the Minister), the step whose date the reports say beside the tick (TickDated), "
        "so the reader judges how recent it is where no rule says",
    )
    every_sector: StrictBool = Field(
        default=False,
        description="a check on the whole proposal whose advice is for every sector (IMP-007: "
        "an implementing agreement, PKS, per sector): where its action goes to 'Perangkat "
        "Daerah pengampu sektor' and its evidence names no sector, the reports name the lead "
        "agency of each sector the proposal lists, as they do for the sectors a count "
        "matched, instead of the glossary's generic name (newcomer trial 24 P1: the PKS "
        "went to 'Perangkat Daerah pengampu sektor' while each sector named its Dinas); a "
        "sector whose programmes have all finished or been cancelled is left out, unless "
        "every sector is such (held-out 32). "
        "Only on a rule without for_each (the loader refuses it otherwise)",
    )
    saran_decision: Bilingual | None = Field(
        default=None,
        description="the decision this rule's finding asks of the region, as the Saran names "
        "it in words where its decision sentence lists more than three risks (by their themes) "
        "('apakah program yang terhenti dijadwalkan ulang atau dibatalkan secara resmi'; "
        "newcomer trial 24: 'sembilan risiko sedang (BUD-003, …)' named the stalled "
        "programme, the one decision the office had to take, by its code alone). A clause "
        "opening with 'apakah' / 'whether', without braces but '{items}' on a rule with "
        "for_each: the sectors or programmes the finding is about, as the proposal names them "
        "('apakah program “Promosi bersama” yang terhenti …')",
    )
    saran_label: Bilingual | None = Field(
        default=None,
        description="the finding named in words where the memo's Saran names the risks that "
        "set its decision or that its conditions wait for, a short noun phrase that follows "
        "'yaitu' ('selisih anggaran program yang belum jelas sumber dananya'), the code in "
        "brackets after it (practitioner trial 28 #11: 'dua risiko tinggi (NRG-002, "
        "TOC-003)' told a council member nothing). Without it the Saran names the finding by "
        "its title. No braces",
    )
    for_each: Literal["sectors", "programs"] | None = None
    when: dict[str, Any]
    derive: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")] | None = None
    clears_when: Bilingual | None = None
    risk_when: Bilingual | None = Field(
        default=None,
        description="when the rule finds a risk, in the rule author's words, for the rule's "
        "page (rules show, docs/rules) instead of the condition rendered in words: a "
        "condition that leaves a case to another rule (not: {all: …}) renders as its De "
        "Morgan expansion, which reads as the opposite of the title (words17 A3)",
    )
    recommend: list[RecommendationSpec] = Field(min_length=1)
    sources: list[SourceSpec] = Field(min_length=1)
    examples: Examples

    _condition: Any = PrivateAttr(default=None)
    _due_condition: Any = PrivateAttr(default=None)
    _origin: tuple[str, int] = PrivateAttr(default=("", 0))

    @property
    def condition(self) -> Any:
        """The parsed condition tree (rules.conditions), attached by the loader."""
        return self._condition

    @property
    def due_condition(self) -> Any:
        """The parsed ``due_when`` (None without one), attached by the loader."""
        return self._due_condition

    @property
    def antecedents(self) -> tuple[AppliesWhen, ...]:
        """The rule's ``applies_when`` as a tuple, in the pack's order (empty without one):
        a single mapping is one antecedent."""
        applies = self.applies_when
        if applies is None:
            return ()
        return tuple(applies) if isinstance(applies, list) else (applies,)

    @property
    def scope(self) -> str:
        return {"sectors": "sector", "programs": "program", None: "proposal"}[self.for_each]

    @property
    def origin(self) -> tuple[str, int]:
        """(file, line) the rule was read from."""
        return self._origin


class LawBefore(Spec):
    """A law that already required a step's substance before the instrument that made it a
    step of the procedure came into force (the step's ``effective_from``): from when, and in
    words where that substance was checked for a step or an MoU dated between the two."""

    since: PackDate
    id: NonEmpty
    en: NonEmpty

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


class ProcedureStepSpec(Spec):
    """One step of a regime's procedure: from which proposal stage it is required, and the
    dates between which the instrument creating it was in force (a partnership whose steps
    were taken before that is not faulted for lacking it)."""

    step: StepId
    required_from: ProposalStage | None = None
    effective_from: PackDate | None = None
    effective_until: PackDate | None = None
    partner_kinds: list[PartnerKind] | None = Field(
        default=None,
        description="the kinds of foreign partner for which the step is required (absent: "
        "every kind); a partner of unstated kind counts as a regional government in a sister "
        "province or city, and elsewhere leaves it open (the report says the step depends on "
        "the partner's kind, which is asked)",
    )
    statutory: StrictBool = Field(
        default=False,
        description="required by a law (an undang-undang), so that a record of "
        "'not_applicable' does not discharge it: the procedure table says so",
    )
    periodic_from: ProposalStage | None = Field(
        default=None,
        description="the stage from which the step's substance is owed periodically, its "
        "last instance at required_from: reporting to the Home Affairs Minister is owed "
        "regularly while the partnership runs (GOV-003, due from active), the final report "
        "at the evaluation (REG-026). Words only: the procedure table and the checklist say "
        "'berkala selama kerja sama berjalan; laporan akhir pada tahap evaluasi' where they "
        "said 'pada tahap evaluasi' alone, which read as nothing owed before the end "
        "(practitioner trial 32 M4); whether the step is required is required_from's",
    )
    noted_by: list[RuleId] | None = Field(
        default=None,
        description="rules of the pack whose finding concerns this step where the step's "
        "own row would not show it: the procedure table's row, with no issue of its own, "
        "names the finding ('lihat temuan REG-044: …'). Full Powers are not in Permendagri "
        "25/2020's order (the row reads 'wajib: tidak'), but UU 24/2000 asks them of an "
        "MoU signed by someone other than the head of region (REG-044); reporting is owed "
        "periodically while the final report is not yet due (GOV-003). Held-out 52, 54",
    )
    met_by: StepId | None = Field(
        default=None,
        description="another step of the file that, recorded done, stands for this one as "
        "the pack's rules read it: under Permendagri 3/2008 a recorded approval of the Home "
        "Affairs Minister (central_approval) is the region's going to Kemendagri, on which "
        "REG-011 clears and REG-023 and REG-046 judge the order. Where this step is not "
        "listed or not taken (status missing) and that one is done, the procedure table says the "
        "step is taken as met by it (with its date), not that it is not recorded, and the "
        "hint on unlisted steps does not name it (attack 380 H2: the table demanded the "
        "consultation beside REG-011's tick)",
    )
    law_before: LawBefore | None = Field(
        default=None,
        description="a law that required the step's substance before effective_from (since "
        "when, and where it was checked then, in both languages): the procedure table does "
        "not tell an MoU signed between the two that the step was not yet required",
    )
    law_after: Bilingual | None = Field(
        default=None,
        description="for a step with effective_until: what the later order says of it, in "
        "both languages, said after a check on the step judged past that day ('Tidak "
        "berlaku: Permendagri 3/2008 sudah tidak berlaku pada tanggal penilaian; urutan "
        "langkah Permendagri 25/2020 tidak mencantumkan Surat Kuasa sebagai langkah "
        "tersendiri; …'). Without it, 'sudah tidak "
        "berlaku' read as the step no longer owed under any law (trial 210, 3: the Full "
        "Powers of a 2026 proposal, whose source UU 24/2000 is in force)",
    )

    def in_force(self, day: dt.date) -> bool:
        return in_window(self.effective_from, self.effective_until, day)

    def for_partner(self, kind: str | None, form: str | None = None) -> bool | None:
        """Whether the step binds a partnership with a partner of ``kind`` in a cooperation
        of ``form``; None when that turns on a kind the proposal does not state. A sister
        province's or city's partner is a regional government (PP 28/2018: KSDPL), so an
        unstated kind counts as one there, as the rules read it; in another form (a
        technical cooperation may be with a university) the step is not asserted as owed."""
        if self.partner_kinds is None:
            return True
        if kind is None:
            if form not in SISTER_FORMS:
                return None
            kind = "regional_government"
        return kind in self.partner_kinds


class RulesFile(Spec):
    """A file of shared rules, pulled into packs with ``include``."""

    schema_: Literal["paracheck/rules/v1"] = Field(alias="schema")
    name: NonEmpty
    description: Bilingual
    actors: dict[NonEmpty, ActorSpec] = Field(
        default_factory=dict,
        description="bodies its recommendations name that the shipped glossary lacks",
    )
    rules: list[dict[str, Any]]


#: how much of a pack's ``effective_from`` is known: the day, or only the year (the rest of
#: the date stands in, for choosing the pack by date)
DatePrecision = Literal["day", "year"]


def _instrument_key(ref: str) -> str:
    """One instrument however it is spaced or capitalised ("PP  28/2018", "pp 28/2018")."""
    return " ".join(ref.split()).casefold()


class Alongside(Spec):
    """An instrument in force beside a pack's regime from ``effective_from``."""

    ref: NonEmpty
    effective_from: PackDate


class Instrument(Spec):
    """An instrument whose dates a pack's rules carry as their own (``effective_from`` /
    ``effective_until`` on a rule): a rule not in force on the date it is judged on is shown
    as not applicable because this instrument was not yet, or no longer, in force then
    ("Tidak berlaku: Permendagri 3/2008 belum berlaku pada tanggal penandatanganan …")."""

    ref: NonEmpty
    effective_from: PackDate | None = None
    effective_until: PackDate | None = None
    reported: bool = Field(
        default=False,
        description="the dates come from a secondary source (UU 32/2004's day): the reports "
        "say 'menurut sumber sekunder' / 'reportedly' beside them",
    )


class IdChange(Spec):
    """A check of the pack this one supersedes whose id does not name the same check here
    (``ids_changed``): Permendagri 3/2008's REG-011 asks for Kemendagri's facilitation, this
    pack's REG-011 for central approval, and the facilitation check is REG-050 here. A
    comparison across the two packs matches checks by these entries, and every other id both
    packs carry as one check (practitioner trial 28 #3: the old check's status was shown
    under the new check's title)."""

    was: RuleId = Field(description="the check's id in the superseded pack")
    now: RuleId | None = Field(
        description="the same check's id in this pack; null: no check of this pack asks it"
    )
    reason: NonEmpty = Field(
        description="why the id moved or has no counterpart, for the pack's maintainers"
    )


class PackHeader(Spec):
    schema_: Literal["paracheck/pack/v1"] = Field(alias="schema")
    name: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    version: NonEmpty
    regime: NonEmpty
    effective_from: PackDate | None = None
    effective_from_precision: DatePrecision = Field(
        default="day",
        description="'year' when only the year of effective_from is known (Permendagri 3/2008: "
        "2008-01-01 stands in for a date not sourced): reports then say the year and that the "
        "date is not established, never the stand-in day",
    )
    effective_until: PackDate | None = None
    supersedes: str | None = None
    superseded_by: str | None = None
    revoked_by: NonEmpty | None = Field(
        default=None,
        description="the instrument that revoked the regime (Permendagri 25/2020 for "
        "Permendagri 3/2008): the notice on a pack past its term names it, and not the whole "
        "regime of the pack that followed (PP 28/2018 ran beside Permendagri 3/2008 from 2018)",
    )
    alongside: list[Alongside] = Field(
        default_factory=list,
        description="instruments in force beside the regime for part of its term (PP 28/2018 "
        "beside Permendagri 3/2008 from 18 April 2018): the memo's legal basis and the "
        "earlier-regime notice name them on the dates they were in force",
    )
    instruments: list[Instrument] = Field(
        default_factory=list,
        description="the instruments whose dates the pack's rules carry (a rule's "
        "effective_from is the day one came into force, its effective_until the last day "
        "one was in force): a check not in force on its date names the instrument",
    )
    description: Bilingual
    procedure: list[ProcedureStepSpec] = Field(min_length=1)
    procedure_basis: Bilingual | None = Field(
        default=None,
        description="the instrument the procedure's steps and their order rest on, with the "
        "confidence of that source, as the procedure table's note names it ('Permendagri "
        "3/2008 sebagaimana dipraktikkan (menurut sumber sekunder, keyakinan sedang)'): the "
        "table's 'required' column says which steps are owed, the note on what authority",
    )
    ids_changed: list[IdChange] = Field(
        default_factory=list,
        description="the checks of the superseded pack (supersedes) whose id names another "
        "check here, each with its id here or none: a comparison across the two packs "
        "matches checks by meaning through these, every other shared id being one check",
    )

    include: list[str] = Field(default_factory=list)
    actors: dict[NonEmpty, ActorSpec] = Field(
        default_factory=dict,
        description="bodies its recommendations name that the shipped glossary lacks",
    )
    rules: list[dict[str, Any]] = Field(default_factory=list)

    @field_validator("effective_until")
    @classmethod
    def _term_not_reversed(cls, value: Any, info: ValidationInfo) -> Any:
        """A pack whose term ends before it begins is in force on no day (attack 440 M1: the
        memo said "berlaku 22 Mei 2020 s.d. 1 Januari 2019")."""
        start = info.data.get("effective_from")
        if value is not None and start is not None and value < start:
            raise PydanticCustomError(
                "term_reversed",
                "effective_until {until} comes before effective_from {start}: the pack would be "
                "in force on no day",
                {"until": str(value), "start": str(start)},
            )
        return value

    @field_validator("supersedes", "superseded_by")
    @classmethod
    def _a_shipped_pack_or_none(cls, value: Any, info: ValidationInfo) -> Any:
        """The pack this one replaces, or that replaced it, is a shipped pack other than this
        one, named (attack 440 M1: "supersedes: nosuch" was accepted, then read as a path in
        the current folder, pulling in another pack file)."""
        from paracheck.rules.loader import pack_names

        if value is None:
            return value
        known = pack_names()
        if value not in known or value == info.data.get("name"):
            raise PydanticCustomError(
                "pack_named",
                "{value} is not a shipped pack other than this one ({known})",
                {"value": repr(value), "known": ", ".join(known)},
            )
        if info.field_name == "superseded_by" and value == info.data.get("supersedes"):
            # replacing a pack and replaced by it: neither is in force after the other
            # (attack 450 M5: loaded, and `superseded_by` silently read as none)
            raise PydanticCustomError(
                "supersedes_both",
                "{value} is named both as the pack this one replaces and as the one that "
                "replaced it: name it in one of the two",
                {"value": repr(value)},
            )
        return value

    @field_validator("procedure")
    @classmethod
    def _each_step_once(cls, value: list[Any]) -> Any:
        """A step listed twice is said twice in the checklist, under two headings (attack 440
        M1)."""
        seen: set[str] = set()
        for spec in value:
            if spec.step in seen:
                raise PydanticCustomError(
                    "step_twice",
                    "the step {value} is listed twice in procedure: list each step once",
                    {"value": repr(spec.step)},
                )
            seen.add(spec.step)
        return value

    @field_validator("alongside")
    @classmethod
    def _each_instrument_once(cls, value: list[Alongside], info: ValidationInfo) -> Any:
        """An instrument named twice (or the regime beside itself) would be said twice as the
        legal basis: "Permendagri 3/2008 + PP 28/2018 + PP 28/2018"."""
        regime = info.data.get("regime") or ""
        seen = {_instrument_key(part) for part in regime.split("+")}
        for beside in value:
            key = _instrument_key(beside.ref)
            if key in seen:
                raise PydanticCustomError(
                    "alongside_once",
                    "{value} is named twice, or beside the pack's own regime {regime}: "
                    "name each instrument once",
                    {"value": repr(beside.ref), "regime": repr(regime)},
                )
            seen.add(key)
        return value


class RulePack(BaseModel):
    """A loaded, validated pack: header fields plus every rule (includes merged)."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True, defer_build=True)

    name: str
    version: str
    regime: str
    effective_from: dt.date | None
    effective_until: dt.date | None
    supersedes: str | None
    superseded_by: str | None
    description: Bilingual
    procedure: list[ProcedureStepSpec]
    rules: list[Rule]
    procedure_basis: Bilingual | None = None
    revoked_by: str | None = None
    alongside: list[Alongside] = Field(default_factory=list)
    instruments: list[Instrument] = Field(default_factory=list)
    effective_from_precision: DatePrecision = "day"
    source: str = Field(description="the pack file")
    ids_changed: list[IdChange] = Field(
        default_factory=list,
        description="the superseded pack's checks whose id names another check here "
        "(PackHeader.ids_changed)",
    )

    def statutory_steps_on(self, day: dt.date) -> list[str]:
        """The ids of the procedure's statutory steps in force on ``day``, in the procedure's
        order: what a new MoU takes again (the DPRD's approval; the central government's from
        Permendagri 25/2020). The notice of an MoU ending within the year and the Saran of one
        ending within months name them alike."""
        return [
            spec.step
            for spec in self.procedure
            if spec.statutory
            and (spec.effective_from is None or spec.effective_from <= day)
            and (spec.effective_until is None or day <= spec.effective_until)
        ]

    def regime_on(self, day: dt.date) -> str:
        """The regime as in force on ``day``: with the instruments in force beside it then
        ("Permendagri 3/2008 + PP 28/2018" from 18 April 2018)."""
        beside = [a.ref for a in self.alongside if a.effective_from <= day]
        return " + ".join([self.regime, *beside])

    actors: dict[str, ActorSpec] = Field(
        default_factory=dict,
        description="the actor glossary the pack was checked against: the shipped one and "
        "the pack's own additions",
    )
    # (file, SHA-256) of every file the loader read the pack from, the pack and its
    # includes; empty for a pack built in code. What a compiled pack kept on disk is filed
    # under (engine/_disk.py), so a changed file never meets an old compilation.
    _files: tuple[tuple[str, str], ...] = PrivateAttr(default=())
    # id() of the pack the loader recorded ``_files`` on: a copy (``model_copy`` copies
    # private attributes) may hold other rules than the files and must not be filed there
    _files_of: int = PrivateAttr(default=0)

    def _read_from(self) -> tuple[tuple[str, str], ...]:
        """(file, SHA-256) of each file this very pack was loaded from; () for a pack built
        in code or copied from a loaded one."""
        return self._files if self._files_of == id(self) else ()

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def in_force(self, day: dt.date) -> bool:
        return in_window(self.effective_from, self.effective_until, day)


def regime_words(regime: str, lang: str) -> str:
    """A pack's ``regime`` as prose: "PP 28/2018 dan Permendagri 25/2020" / "… and …". The
    pack writes "PP 28/2018 + Permendagri 25/2020"; "+" is an operator, not a conjunction
    (review 12). Machine outputs (JSON) keep the pack's own string."""
    return regime.replace(" + ", " dan " if lang == "id" else " and ")


def with_yardstick(statement: str, yardstick: str | None) -> str:
    """A check's statement as every report prints it: with the rule's ``yardstick`` after it
    where the figure it measures against is paracheck's own ("… paling sedikit 70%; 70%
    adalah patokan paracheck, bukan ketentuan peraturan atau angka tesis"), so an auditor
    does not read the figure as the cited source's (trial29 M7). After a semicolon, not in
    parentheses: several statements end in a parenthesis of their own."""
    return f"{statement}; {yardstick}" if yardstick else statement


def published(source: Any) -> bool:
    """Whether a rule's source is a study or report dated by the day it was published (kind
    ``practice`` or ``reference`` with an ``effective_from`` and no ``effective_until``):
    what it reports is known from that day on, so a reason says it only where it is cited
    (``rests_on``), never in the era-neutral ``why``."""
    return (
        _field_of(source, "kind") in ("practice", "reference")
        and _field_of(source, "effective_from") is not None
        and _field_of(source, "effective_until") is None
    )


def study_refs(sources: Any) -> frozenset[str]:
    """The refs of a rule's sources that are studies or reports (kind ``practice`` or
    ``reference``): a reason's paragraph resting on one adds to the case, after ``why``; one
    resting on a law or regulation (pp28 IMP-020's Permendagri 25/2020, from its
    promulgation) is a legal basis, before it."""
    return frozenset(
        _field_of(s, "ref")
        for s in sources or ()
        if _field_of(s, "kind") in ("practice", "reference")
    )


def rests_on_study(paragraph: Any, studies: Collection[str] | None) -> bool:
    """Whether a dated paragraph rests on a study or report (see :func:`study_refs`)."""
    ref = _field_of(paragraph, "rests_on")
    return ref is not None and (studies is None or ref in studies)


def in_window(start: dt.date | None, until: dt.date | None, day: dt.date) -> bool:
    """Whether ``day`` falls inside [start, until]; a missing bound is open."""
    return (start is None or start <= day) and (until is None or day <= until)
