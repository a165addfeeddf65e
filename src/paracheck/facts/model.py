"""The proposal: the input contract ``paracheck/proposal/v1`` (PRODUCT.md §1).

Every field is optional except ``schema`` and ``title``: a field left out is *unknown*, and the
rules that need it report ``unknown`` with a question instead of passing silently. pydantic's
``model_fields_set`` keeps "absent" apart from an explicit ``null`` only where the contract
gives null a meaning (``NULL_MEANS``: ``lead_agency: null`` = none named, a programme's
``last_activity: null`` = no activity yet, ``joint_committee_last_met: null`` = never met).
Everywhere else an explicit null — what YAML reads from a key left blank, ``response_days:`` —
says nothing, so it is read as not given: the field is unknown and its checks ask, instead of a
comparison with null passing silently as clear.

Types are strict where YAML would otherwise coerce silently (``true`` is not a staff count,
``0`` is not a date); money is whole Rupiah and never negative; rates are 0..1.
"""

# no ``from __future__ import annotations``: pydantic would evaluate every field's annotation
# from its text when it builds the models, at every start
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from paracheck.errors import (
    Choice,
    CountryName,
    Day,
    KeyName,
    LabelledKey,
    Record,
    Rupiah,
    WordedValueError,
    Words,
)

SCHEMA_ID = "paracheck/proposal/v1"

Stage = Literal["proposal", "mou_signed", "active", "evaluation"]
Form = Literal["sister_province", "sister_city", "technical_cooperation", "investment", "other"]
LocalLevel = Literal["province", "regency", "city"]
PartnerLevel = Literal[
    "province",
    "state",
    "prefecture",
    "region",
    "city",
    "regency",
    "county",
    "municipality",
    "district",
    "other",
]
SectorName = Literal[
    "infrastructure",
    "agriculture",
    "mining",
    "fisheries",
    "culture",
    "tourism",
    "capacity_building",
    "education",
    "health",
    "trade",
    "industry",
    "investment",
    "energy",
    "environment",
    "science_technology",
    "ports_maritime",
    "transport",
    "water_sanitation",
    "disaster_management",
    "urban_planning",
    "youth_sports",
    "other",
]
ProgramStatus = Literal["planned", "ongoing", "done", "stalled", "cancelled"]
#: who a programme moves across the border (fix34b, trial 30 W1): workers or crews placed for
#: work, learners (pupils, students, teachers, trainees) sent to learn, officials' delegations,
#: artists or cultural troupes; the trafficking checks weigh each on its own rung
PeopleMoved = Literal["workers", "students", "officials", "artists"]
FundingSource = Literal["apbn", "partner", "private", "grant"]
Exposure = Literal["none", "low", "medium", "high"]
#: the agencies a region can name as coordinating security; BP2MI (migrant workers' placement
#: and protection) and Bea Cukai (customs) since trial20 #8, additive: no rule reads them yet
Agency = Literal[
    "BNN", "KKP", "Bakamla", "Polri", "BNPT", "Imigrasi", "PPATK", "BP2MI", "Bea Cukai", "other"
]
StepId = Literal[
    "initiative",
    "exploration",
    "letter_of_intent",
    "cooperation_plan",
    "dprd_approval",
    "ministry_consultation",
    "verification",
    "agreement_drafting",
    "central_approval",
    "full_powers",
    "signing",
    "deposit_with_kemlu",
    "implementing_agreement",
    "reporting",
]
# "unknown": the step is listed but nobody knows whether it was done (checks that need it ask)
StepStatus = Literal["done", "in_progress", "pending", "not_applicable", "unknown"]
Stakeholder = Literal["university", "private_sector", "civil_society", "media"]
# KSDPL (a foreign regional government) or KSDLL (a foreign institution), PP 28/2018
PartnerKind = Literal["regional_government", "institution"]
# who signs (or signed) the MoU for the region
Signatory = Literal["head_of_region", "full_powers_holder", "other_official"]
CentralAffair = Literal[
    "foreign_policy",
    "defence",
    "security",
    "justice",
    "monetary_fiscal",
    "religion",
]

STEP_IDS: tuple[str, ...] = StepId.__args__  # type: ignore[attr-defined]


#: the one written form of a date: YYYY-MM-DD in ASCII digits
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date_only(value: Any) -> Any:
    """Accept a date or an ISO ``YYYY-MM-DD`` string, never a number or a timestamp."""
    if isinstance(value, dt.datetime):
        raise WordedValueError(Words.of("date.datetime"))
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        written = value.strip()
        try:
            # Python's own reading also takes "20150610" and "2015-W24-3": form first
            if not _ISO_DATE.fullmatch(written):
                raise ValueError(written)
            return dt.date.fromisoformat(written)
        except ValueError:
            if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", written):  # right form, no such day
                raise WordedValueError(
                    Words.of("date.not_in_calendar", value=value.strip())
                ) from None
            hint = _date_hint(written)
            raise WordedValueError(Words.of("date.form", value=repr(value), hint=hint)) from None
    from paracheck.facts.loader import _kind  # only on this error: loader imports this module

    # what was written (20150610, a list), not Python's name for its type ("int")
    raise WordedValueError(Words.of("date.form", value=_kind(value), hint=""))


#: month names and their usual short forms, in Bahasa Indonesia and English
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "pebruari", "february", "feb", "peb"),
            ("maret", "march", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("agustus", "august", "agu", "agt", "agus", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nopember", "nov", "nop"),
            ("desember", "december", "des", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_NAME_YEAR = re.compile(r"([0-9]{1,2})\s+([^\W\d_]+)\.?,?\s+([0-9]{4})")
_NUMERIC_DATE = re.compile(r"([0-9]{1,4})([-/.])([0-9]{1,2})\2([0-9]{1,4})")


def _date_hint(written: str) -> Words | str:
    """ "; tulis 2024-02-29" for a date written otherwise (:func:`date_written_as`), or the
    calendar's word when the day it can only be is not in the calendar ("31/02/2026")."""
    day = date_written_as(written)
    if day is not None:
        return Words.of("hint.write", number=day)
    either = date_read_either_way(written)
    if either is not None:
        return Words.of(
            "hint.write_either",
            day_first=either[0],
            month_first=either[1],
            day_first_said=Day(either[0]),
            month_first_said=Day(either[1]),
        )
    return Words.of("hint.not_in_calendar") if written_day_not_in_calendar(written) else ""


def _written_parts(written: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date written otherwise, when it can only be read one way
    ("29 Februari 2024", "29-02-2024", "2024/2/29"), whether or not the calendar has it."""
    written = written.strip()
    found = _DAY_MONTH_NAME_YEAR.fullmatch(written)
    if found is not None:
        month = _MONTHS.get(found[2].lower())
        return (int(found[3]), month, int(found[1])) if month else None
    found = _NUMERIC_DATE.fullmatch(written)
    if found is None:
        return None
    first, second, last = int(found[1]), int(found[3]), int(found[4])
    if len(found[1]) == 4 and len(found[4]) <= 2:  # 2024/2/29
        return (first, second, last)
    if len(found[4]) == 4 and (first > 12 or first == second):  # 29-02-2024
        return (last, second, first)
    return None


def date_written_as(written: str) -> str | None:
    """The YYYY-MM-DD a date written otherwise stands for, when it can only be that day:
    "29 Februari 2024", "29-02-2024" (day first, as Indonesian letters write it), "2024/2/29".
    None for a day and a month that could be either way round ("05-01-2020"), a day the
    calendar lacks, or anything else."""
    parts = _written_parts(written)
    if parts is None:
        return None
    try:
        return dt.date(*parts).isoformat()
    except ValueError:
        return None


def date_read_either_way(written: str) -> tuple[str, str] | None:
    """The two days a date written with its day and month both 12 or under stands for
    ("01/09/2025": 1 September as Indonesian letters write it, 9 January as the month first),
    as (day first, month first) in YYYY-MM-DD; None for any other writing (web 462 M4: the
    form asked for "a date that really exists" beside a real one)."""
    found = _NUMERIC_DATE.fullmatch(written.strip())
    if found is None or len(found[4]) != 4 or len(found[1]) > 2:
        return None
    first, second, year = int(found[1]), int(found[3]), int(found[4])
    if first == second or first > 12 or second > 12:
        return None
    try:
        return dt.date(year, second, first).isoformat(), dt.date(year, first, second).isoformat()
    except ValueError:
        return None


def written_day_not_in_calendar(written: str) -> bool:
    """Whether a date written otherwise can only be a day the calendar lacks ("31/02/2026",
    "31 April 2025"): a refusal says so rather than only asking for YYYY-MM-DD (web 440 L4)."""
    parts = _written_parts(written)
    if parts is None:
        return False
    try:
        dt.date(*parts)
    except ValueError:
        return True
    return False


HOME_COUNTRY = "ID"
"""Indonesia: the country of the proposing region, never the partner's (trial 26 M1: a
partner "in Indonesia" was accepted and REG-001 found Indonesia in relations with itself)."""


#: ISO 3166-1 codes of places with no permanent population, hence no regional government or
#: institution that could be a partner: Antarctica, Bouvet Island, Heard and McDonald Islands,
#: South Georgia and the South Sandwich Islands, the French Southern Lands and the United States
#: Minor Outlying Islands. Accepted, they read "assumed to have diplomatic relations" on REG-001
#: (attack 470 M4); refused, they are most likely a slip for a neighbouring code.
UNINHABITED = frozenset({"AQ", "BV", "HM", "GS", "TF", "UM"})


def _country(value: str) -> str:
    code = value.strip().upper()
    if code in UNINHABITED:
        from paracheck.facts.codes import country_examples

        words = Words.of(
            "code.country_uninhabited",
            value=repr(value),
            name=CountryName(code),
            examples=country_examples(""),
        )
        raise WordedValueError(words)
    if len(code) != 2 or code not in partner_countries():
        from paracheck.facts.codes import (  # Babel: only to word it
            alpha2_of,
            country_examples,
            names_home,
        )

        examples = country_examples(value)
        key = "code.country_home" if code == HOME_COUNTRY or names_home(value) else "code.country"
        if key == "code.country" and alpha2_of(value) in partner_countries():
            words = Words.of("code.country_alpha3", value=repr(value), example=examples[0])
            raise WordedValueError(words)
        raise WordedValueError(Words.of(key, value=repr(value), examples=examples))
    return code


def _codes(name: str) -> frozenset[str]:
    text = (resources.files("paracheck.facts") / "data" / name).read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def iso3166_1() -> frozenset[str]:
    """ISO 3166-1 alpha-2 country codes (pycountry's, kept as package data for start-up)."""
    return _codes("iso3166-1.txt")


@cache
def partner_countries() -> frozenset[str]:
    """The codes a partner's country may have: ISO 3166-1 without Indonesia (a foreign
    partner) and without the places no one lives in (:data:`UNINHABITED`), for the loader,
    the JSON schema and the web form's country list alike."""
    return iso3166_1() - {HOME_COUNTRY} - UNINHABITED


@cache
def _iso639_1() -> frozenset[str]:
    """ISO 639-1 codes (pycountry's alpha_2 languages, kept as package data for start-up)."""
    return _codes("iso639-1.txt")


@cache
def _iso639_3() -> dict[str, str]:
    """ISO 639-3 code → its ISO 639-1 code, or ``""`` for a language that has none (Tetum:
    ``tet``). Read only when a proposal writes a code that is not ISO 639-1."""
    out = {}
    for line in _codes("iso639-3.txt"):
        code, _, two = line.partition(" ")
        out[code] = two
    return out


def _language(code: str) -> str:
    """``code`` as a proposal keeps it: an ISO 639-1 code, or the ISO 639-3 code of a language
    that has no two-letter one (Tetum, an official language of Timor-Leste, is ``tet``)."""
    key = code.lower()
    if len(code) == 2 and key in _iso639_1():
        return key
    if len(code) == 3:
        two = _iso639_3().get(key)
        if two == "":
            return key
        if two:  # ``por``: the language has a two-letter code, which is what is matched
            from paracheck.facts.labels import language_phrase

            raise WordedValueError(
                Words.of(
                    "code.language_has_two_letters",
                    value=repr(code),
                    code=repr(two),
                    name_id=language_phrase(two, "id"),
                    name_en=language_phrase(two, "en"),
                )
            )
    from paracheck.facts.codes import language_examples  # Babel: only to word it

    examples = language_examples(code)
    raise WordedValueError(Words.of("code.language", value=repr(code), examples=examples))


def _languages(value: dict[str, int]) -> dict[str, int]:
    """The staff per language, each language's code as a proposal keeps it (:func:`_language`).
    Two keys for one language ("ko" and "KO") are refused at the second: the later count
    silently replaced the earlier, and decided HR-002 (attack 470 H4)."""
    out: dict[str, int] = {}
    first: dict[str, str] = {}
    for written, n in value.items():
        code = _language(written)
        if code in first:
            words = Words.of(
                "language.twice",
                value=repr(written),
                first=repr(first[code]),
                where=Words.of("language.in_list"),
            )
            raise WordedValueError(words, at=(written,), earlier=(first[code],))
        first[code] = written
        out[code] = n
    return out


Date = Annotated[dt.date, BeforeValidator(_date_only)]
#: the largest amount or count a proposal may give: far beyond any budget or staff (the fuzz
#: strategies go to it), yet a sum of every amount a file can hold stays a number every reader
#: parses (attack 330 H4: amounts of 4,300 digits each were accepted, and their sum failed the
#: PDF batch and Python's own JSON reader, whose integers stop at 4,300 digits)
MOST = 10**40
#: the largest amount of money: 2^53 rupiah (Rp9.007 triliun, more than twice a year's APBN),
#: the largest whole number the rule engine compares exactly. Beyond it amounts went to the
#: engine as doubles, and a programme budget one rupiah above the allocation, or 10^21 above
#: it, was "not above" while the memo printed both figures (attack 470 H7)
MOST_IDR = 2**53
Money = Annotated[
    StrictInt,
    Field(ge=0, le=MOST_IDR, description="whole Rupiah, never negative, at most 2^53"),
]
Count = Annotated[StrictInt, Field(ge=0, le=MOST)]
#: a number as JSON writes it: what a decimal field reads from text
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _json_number(value: Any) -> Any:
    """A decimal field's value: a number, or text that is a number as JSON writes it. JSON is
    read as the YAML it is a subset of, and YAML 1.1 reads JSON's ``1e-09`` as text, so such
    text is the number; anything else Python's ``float`` would take is refused (atk270 #4:
    "1_0" was read as 10, "+2_0" as 20, " 0.5 " as 0.5)."""
    if isinstance(value, str) and _JSON_NUMBER.fullmatch(value):
        return float(value)
    return value


#: a decimal field: a number, or JSON's own spelling of one (:func:`_json_number`); strict
#: otherwise, so no other text is read as a number
Decimal = BeforeValidator(_json_number)
Rate = Annotated[float, Field(strict=True, ge=0.0, le=1.0, allow_inf_nan=False), Decimal]
#: characters no text of a proposal holds, whatever its escapes: the line and paragraph
#: separators and the bidirectional embeddings, overrides and isolates, which no report
#: neutralises and no officer's text needs (attack 462 H2: a title holding U+2029 printed a
#: false "Kesimpulan: RISIKO RENDAH" at the top of a high-risk memo; L1: an override reversed
#: names in every output). Controls stay the outputs' to neutralise, each in its format, and
#: a text keeps them through the form (tests/test_web_form.py)
_HIDDEN = r"\u2028\u2029\u202a-\u202e\u2066-\u2069"
HIDDEN = re.compile(rf"[{_HIDDEN}]")


def _shown_as_written(value: str) -> str:
    """A text holding a character of :data:`HIDDEN` is refused, said by its code; so is a
    text with no letter and no digit (only marks, dashes or invisible characters: attack 480
    H3, a risk accepted "by" U+2060 "because" U+200B turned a high verdict low)."""
    found = HIDDEN.search(value)
    if found is not None:
        code = f"{ord(found.group()):04X}"
        key = "text.line_break" if found.group() in "\u2028\u2029" else "text.hidden"
        raise WordedValueError(Words.of(key, code=code))
    if no_letters(value):
        raise WordedValueError(Words.of("text.no_letters", value=_as_codes(value)))
    return value


def no_letters(value: str) -> bool:
    """Whether ``value`` is written but has no letter and no digit (:func:`_said` reads it as
    empty): marks, dashes or invisible characters only, which no field keeps."""
    return bool(value.strip()) and not _said(value)


def _as_codes(value: str) -> str:
    """``value`` as a message quotes a text without letters: each character a reader cannot
    see (a format character, a space other than the plain one) by its code, the rest as
    written ("U+200B", "---")."""
    shown = [
        ch
        if ch == " " or (ch.isprintable() and unicodedata.category(ch) not in ("Cf", "Zs"))
        else f"U+{ord(ch):04X}"
        for ch in value.strip()
    ]
    return " ".join(shown) if any(len(part) > 1 for part in shown) else "".join(shown)


Text = Annotated[StrictStr, Field(max_length=10_000), AfterValidator(_shown_as_written)]
Name = Annotated[StrictStr, Field(min_length=1, max_length=500), AfterValidator(_shown_as_written)]


#: what an officer writes for "there is none yet" where the answer is null or an empty list
#: (the template's comments say "null = belum ada"): most words of :data:`_NONE_YET` (not
#: "tidak", "no budget": a budget's answers) and the placeholders a form or a draft leaves
#: Compared as :func:`_said` reads a text, so "(Belum ada.)", "belum-ada", "N.A." and "ｎ／ａ"
#: are these words too (attack 480 H1: each of them, and thirty more spellings, read as a
#: lead agency named and a target set)
_NONE_ANSWER_WORDS = (
    {"belum ada", "belum pernah ada", "tidak ada", "belum", "nihil", "belum ditetapkan"}
    | {"belum ditentukan", "belum ditunjuk", "akan ditentukan", "akan ditetapkan", "menyusul"}
    | {"kosong", "tidak diketahui", "blm ada", "tdk ada", "blm", "tdk diketahui"}
    | {"none", "none yet", "n/a", "na", "tbd", "tba", "tbc", "null", "nil", "pending"}
    | {"t.b.d.", "t.b.a.", "t.b.c."}
    | {"unknown", "to be determined", "to be confirmed", "to be announced", "not yet"}
    # a partner's or a consultant's words in their language
    | {"keine", "aucun", "aucune", "ninguno", "ninguna", "chưa có", "không có"}
    | {"无", "暂无", "没有", "なし", "未定", "없음", "미정"}
)
#: how a name that says there is none begins: no agency is named "Belum ada Dinas yang
#: ditunjuk" (attack 480 H1); list items and free texts are matched whole, as a target "Tidak
#: ada kecelakaan kerja" or a problem "Belum ada sistem pengelolaan sampah" is an answer
_NONE_NAME_STARTS = ("belum ", "blm ", "tidak ada ", "tdk ada ", "akan ditentukan ")


def _an_answer(empty: str, *, name: bool = False) -> Callable[[str], str]:
    """A validator refusing a text that says there is none (:data:`_NONE_ANSWER`; a ``name``
    also by how it begins, :data:`_NONE_NAME_STARTS`), saying to write ``empty`` instead
    (null, an empty list for a list's item, or, for an entry that must be filled, what it
    asks): the words were read as an answer given — a lead agency named "belum ada" ticked
    IMP-001, a target "belum ada" IMP-003, and a high-risk verdict read low (attack 470 H3)."""

    def check(value: str) -> str:
        if says_none(value, name=name):
            raise WordedValueError(Words.of(f"text.none_written.{empty}", value=value.strip()))
        return value

    return check


def says_none(value: str, *, name: bool = False) -> bool:
    """Whether ``value`` is words for "there is none" (:data:`_NONE_ANSWER`), which the
    fields of :func:`_an_answer` refuse; a ``name`` also when it begins with such words."""
    said = _said(value)
    if said in _NONE_ANSWER:
        return True
    return name and f"{said} ".startswith(_NONE_NAME_STARTS)


#: a name that, when there is none, is left null, never written as words
Answer = Annotated[Name, AfterValidator(_an_answer("null", name=True))]
#: an item of a list that, when there is none, is the empty list
Item = Annotated[Name, AfterValidator(_an_answer("list"))]
#: a free text that, when there is none, is left null
AnswerText = Annotated[Text, AfterValidator(_an_answer("null"))]
#: a name an entry must give (who accepted a risk), never words for none (attack 480 H3)
Given = Annotated[Name, AfterValidator(_an_answer("required", name=True))]
#: a text an entry must give (why a risk is accepted), never words for none
GivenText = Annotated[
    StrictStr,
    Field(min_length=1, max_length=10_000),
    AfterValidator(_shown_as_written),
    AfterValidator(_an_answer("required")),
]
CountryCode = Annotated[StrictStr, AfterValidator(_country)]
LanguageStaff = Annotated[dict[StrictStr, Count], AfterValidator(_languages)]
LanguageCode = Annotated[StrictStr, AfterValidator(_language)]


class Origin(Record):
    """Where a proposal came from: shown in the assessment and used to cite YAML lines.

    ``positions`` maps a concrete fact path (``budget.apbd_allocation_idr``,
    ``sectors[2].lead_agency``, ``basis.similar_characteristics[0]``) to the 1-based
    (line, column) of its value in the source file. ``cite_lines`` says whether a report may
    cite those lines: not for a text written on one line, where every value is on line 1.
    """

    _fields = ("source", "sha256", "positions", "cite_lines")

    def __init__(
        self,
        source: str = "<memory>",
        sha256: str = "",
        positions: Mapping[str, tuple[int, int]] | None = None,
        cite_lines: bool = True,
    ) -> None:
        set_field = object.__setattr__
        set_field(self, "source", source)
        set_field(self, "sha256", sha256)
        set_field(self, "positions", {} if positions is None else positions)
        set_field(self, "cite_lines", cite_lines)

    source: str
    sha256: str
    positions: Mapping[str, tuple[int, int]]
    cite_lines: bool


class Part(BaseModel):
    """Base of every section: unknown keys are errors, nothing is coerced silently, and an
    explicit null is a value only where ``null_means`` says what it means."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    # field name -> what an explicit null in that field states (see NULL_MEANS)
    null_means: ClassVar[Mapping[str, str]] = {}

    @model_validator(mode="before")
    @classmethod
    def _null_is_not_given(cls, data: Any) -> Any:
        """Drop an explicit null of an optional field whose null means nothing (a blank
        ``response_days:``): the field is then unknown, as if left out. Required fields keep
        their null so it is reported as an error."""
        if isinstance(data, dict) and None in data.values():
            keep = cls.null_means
            fields = cls.model_fields
            return {
                key: value
                for key, value in data.items()
                if value is not None
                or key in keep
                or key not in fields
                or fields[key].is_required()
            }
        return data


class Local(Part):
    """The Indonesian regional government proposing the cooperation."""

    name: Name | None = None
    level: LocalLevel | None = None


class Partner(Part):
    """The foreign regional government or institution."""

    name: Name | None = None
    country: CountryCode | None = Field(
        default=None,
        description="the partner's country, ISO 3166-1 alpha-2; never ID: the partner is foreign",
    )
    level: PartnerLevel | None = None
    diplomatic_relations: StrictBool | None = Field(
        default=None,
        description="override of the reference data; null = use the reference data",
    )
    language: LanguageCode | None = Field(
        default=None,
        description=(
            "the language the partner's government works in with this region (ISO 639-1, or "
            "ISO 639-3 for a language without a two-letter code); null = the main language "
            "of its country from the reference data"
        ),
    )
    kind: PartnerKind | None = Field(
        default=None,
        description=(
            "regional_government: a foreign regional government (KSDPL under PP 28/2018); "
            "institution: a foreign institution such as a university, agency or association "
            "(KSDLL)"
        ),
    )
    own_contribution: StrictBool | None = Field(
        default=None,
        description=(
            "the partner commits its own staff, budget or facilities to the joint programmes, "
            "not only the Indonesian side"
        ),
    )


class Basis(Part):
    """Why these two partners: the regulatory considerations."""

    similar_characteristics: list[Item] | None = Field(default=None, max_length=1000)
    similar_problems: list[Item] | None = Field(default=None, max_length=1000)
    complementarity: AnswerText | None = None
    people_to_people: StrictBool | None = None
    in_development_plan: StrictBool | None = Field(default=None, description="in RPJMD / RKPD")
    representative_office_abroad: StrictBool | None = None
    central_affairs: list[CentralAffair] | None = Field(
        default=None,
        max_length=10,
        description=(
            "absolute central-government affairs (UU 23/2014 Pasal 10) the subject of the "
            "cooperation touches; [] = none"
        ),
    )
    domestic_interference: StrictBool | None = Field(
        default=None,
        description=(
            "the agreement or the partner claims a say in Indonesian domestic governance "
            "(conditions on local policy, political statements); false = none"
        ),
    )
    technology_transfer: StrictBool | None = Field(
        default=None,
        description=(
            "the cooperation passes knowledge or technology on to Indonesian staff "
            "(training, joint work, documented handover)"
        ),
    )
    equal_territory: StrictBool | None = Field(
        default=None,
        description=(
            "the study shows the two territories are equivalent (area, population, role), "
            "for a partner of another administrative level: PP 28/2018 asks equal "
            "administrative status and/or equal territory; true clears REG-002 under it"
        ),
    )


class Program(Part):
    """One programme of a sector."""

    name: Name | None = None
    status: ProgramStatus | None = None
    budget_idr: Money | None = Field(
        default=None,
        description="the programme's whole budget, from every source (APBD, APBN, the "
        "partner's funds, grants), over the programme's whole run, not one year's share: a "
        "programme under way has part of it spent in earlier years. 0 = no money at all "
        "(BUD-006); BUD-007 adds up the budgets of the programmes not yet finished and sets "
        "them against the APBD allocation only before the programmes run",
    )
    apbd_idr: Money | None = Field(
        default=None,
        description="the part of budget_idr the region pays from its APBD (Rp, the "
        "programme's whole run); 0 when others pay for all of it (the partner, a private "
        "investor, a grant, the APBN). Left out: not said, and not asked. The memo's brief "
        "says the APBD part beside the whole, so a programme carried by an investor's "
        "capital is not read as money the DPRD commits (trial 230, 2); BUD-008 sets the "
        "parts given of the programmes not yet finished against the APBD allocation, where "
        "no funding across years is planned (trial 290 M4). Additive (v1)",
    )
    kpis: list[Item] | None = Field(default=None, max_length=1000)
    last_activity: Date | None = Field(
        default=None, description="date of the programme's latest activity; null = none yet"
    )
    started: Date | None = Field(default=None, description="date of the programme's first activity")
    moves_people: StrictBool | None = Field(
        default=None,
        description="the programme sends or receives people across the border: workers, "
        "trainees, students, ship crews or passengers (a seasonal-worker or apprenticeship "
        "scheme, an exchange, a passenger route); read by the trafficking and narcotics "
        "checks beside the kind of sector; left out, it is asked where they apply",
    )
    people_moved: PeopleMoved | None = Field(
        default=None,
        description="who the programme moves across the border, beside moves_people: true: "
        "workers (workers, crews, apprentices placed for work), students (pupils, students, "
        "teachers, trainees or interns sent to learn), officials (officials' delegations: "
        "study visits, official missions), artists (artists, cultural troupes, cultural "
        "missions). The trafficking checks weigh each on its own rung; left out, who is "
        "moved is read from the kind of sector, as before. One value: for a programme moving "
        "several groups, the most exposed (workers, then students, then officials or "
        "artists), or each group as a programme of its own",
    )

    null_means: ClassVar[Mapping[str, str]] = {"last_activity": "no activity yet"}

    @field_validator("apbd_idr", mode="after")
    @classmethod
    def _apbd_within_budget(cls, value: Any, info: ValidationInfo) -> Any:
        """The APBD's part is part of the programme's budget from every source: more than
        that budget is a typing slip (an amount in thousands, or the two fields swapped),
        said at the field rather than shown as the APBD paying more than the programme
        costs."""
        budget = info.data.get("budget_idr")
        if value is not None and budget is not None and value > budget:
            words = Words.of(
                "program.apbd_above_budget",
                budget=LabelledKey("program.budget_idr"),
                apbd=Rupiah(value),
                amount=Rupiah(budget),
            )
            raise WordedValueError(words)
        return value

    @field_validator("people_moved", mode="after")
    @classmethod
    def _who_only_beside_moving(cls, value: Any, info: ValidationInfo) -> Any:
        """Who is moved is said only of a programme that moves people: beside
        ``moves_people: false`` it contradicts it, and alone it leaves the check unsure
        whether anybody moves, so the file says ``moves_people: true`` (fix34b). Judged on
        the field (``moves_people`` is validated before it), so it is said beside the
        programme's other problems, as the budget's records are (atk24). A ``moves_people``
        refused for its own value (``ya``) is absent here and said once, for itself: its
        problem already tells the officer to write ``true``."""
        if value is not None and info.data.get("moves_people", True) is not True:
            words = Words.of(
                "program.people_moved_without_moving",
                flag=KeyName("program.moves_people"),
                answer=Choice("program.moves_people", "true"),
            )
            raise WordedValueError(words)
        return value


class Sector(Part):
    """One field of cooperation and who follows it up."""

    name: SectorName
    lead_agency: Answer | None = Field(
        default=None, description="the SKPD owning follow-up; null = none named"
    )
    programs: list[Program] | None = Field(default=None, max_length=10_000)

    @field_validator("programs")
    @classmethod
    def _each_program_once(cls, programs: list[Program] | None) -> list[Program] | None:
        """A programme written twice, equal in every field, is refused at the second
        (:func:`repeated_item`)."""
        found = repeated_item(programs)
        if found is not None:
            later, earlier = found
            words = Words.of("program.twice", first=earlier + 1, where=Words.of("program.in_list"))
            raise WordedValueError(words, at=(later,), earlier=(earlier,))
        return programs

    central_asset: StrictBool | None = Field(
        default=None,
        description=(
            "the work in this sector concerns an asset, licence or service the central "
            "government holds, not the region (a port run by a central port authority or a "
            "state port company; mining licences since UU 3/2020)"
        ),
    )

    capture_fishing: StrictBool | None = Field(
        default=None,
        description=(
            "for a fisheries sector: the cooperation touches capture fishing at sea — fishing "
            "vessels or their crews, fishing gear, fishing grounds or catches landed. false = "
            "only aquaculture, seaweed farming or processing, so the illegal-fishing checks "
            "(TOC-001, TOC-002, TOC-010) do not apply, and the trafficking checks (TOC-007, "
            "TOC-008, TOC-014) do not count the sector as moving crews by its kind (a programme "
            "said to move workers still counts); left out, the sector is read as before. "
            "Refused on a sector of another field"
        ),
    )

    power_dependent: StrictBool | None = Field(
        default=None,
        description=(
            "the sector's activities need a steady power supply at their sites (cold "
            "storage, processing plants, pumping, hospitals). true: the checks on "
            "power-dependent sectors (NRG-002, NRG-005) judge this sector too; false: they "
            "do not judge it, though its field is one they judge by default (industry, "
            "mining, infrastructure, investment; tourism for NRG-002); left out, the sector "
            "is read by its field, as before. The tourism-area check (NRG-003) does not read it"
        ),
    )

    null_means: ClassVar[Mapping[str, str]] = {"lead_agency": "no agency named"}

    @field_validator("capture_fishing", mode="after")
    @classmethod
    def _capture_fishing_only_for_fisheries(cls, value: Any, info: ValidationInfo) -> Any:
        """Whether the cooperation touches capture fishing is said only of a fisheries
        sector: the illegal-fishing checks read it there alone, so on a tourism sector it
        was accepted and ignored, true or false (atk24), and the officer believed it said
        something. Refused, as ``people_moved`` beside a programme not said to move people
        is, naming the sector's field; a sector whose own name is refused (absent here) is
        said once, for its name."""
        name = info.data.get("name")
        if value is not None and name is not None and name != "fisheries":
            words = Words.of(
                "sector.capture_fishing_not_fisheries",
                name=Choice("sector.name", name),
                answer=Choice("sector.name", "fisheries"),
            )
            raise WordedValueError(words)
        return value


#: the fields recording last year's foreign-cooperation budget, which budgeted_last_year: false
#: says there is none of
NO_BUDGET_RECORDS = ("budget.realization_rate", "budget.revisions_last_year")
#: what an officer writes in one of them for "there was none" (the memo's question offers
#: «belum ada» as an answer): said to be budgeted_last_year: false, never read as a number
_NONE_YET_WORDS = {
    "belum ada",
    "belum pernah",
    "belum pernah ada",
    "tidak ada",
    "belum",
    "tidak",
    "nihil",
} | {"none", "none yet", "no budget", "n/a"}


def none_yet_written(path: str, text: str) -> bool:
    """``text`` written in a field of last year's budget record (``path``, dotted) says that
    there was no such budget ("belum ada"): the answer is ``budgeted_last_year: false``."""
    return path in NO_BUDGET_RECORDS and _said(text) in _NONE_YET


#: letters of other scripts drawn as Latin ones, as the words for none are compared (attack
#: 480 H1: "bеlum ada" with a Cyrillic е passed)
_LOOK_ALIKE = str.maketrans("аеорсухіјԁһӏԛԝ", "aeopcyxijdhlqw")
_NOT_A_WORD = re.compile(r"[\W_]+")


def _said(text: str) -> str:
    """``text`` as the words for "none" are compared: its compatibility form (fullwidth and
    fraction-slash forms as the plain ones), without invisible format characters, lower case,
    look-alike letters as Latin, every mark, dash and bracket a space between words ("(Belum
    ada.)", "belum-ada", "N.A." and "ｎ／ａ" as "belum ada", "n a"). Empty: no letter or digit."""
    text = unicodedata.normalize("NFKC", text).replace("\u200b", " ")  # a space not drawn
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = text.lower().translate(_LOOK_ALIKE)
    return " ".join(_NOT_A_WORD.sub(" ", text).split())


_NONE_ANSWER = frozenset(_said(word) for word in _NONE_ANSWER_WORDS)
_NONE_YET = frozenset(_said(word) for word in _NONE_YET_WORDS)


def repeated_item(items: list[Any | None] | None) -> tuple[int, int] | None:
    """(the later, the earlier position) of the first item of ``items`` equal to an earlier
    one in every field, or None: a programme or a sector written twice (copied, or repeated
    by a YAML alias) is counted twice, its budget summed twice (attack 360 M2). Items that
    differ in any field (a festival held again, another year's status) stand; an item given
    as None is passed over. Compared by name first, then whole (a model's equality reads its
    fields, an absent one the same as a null), so a long list costs little more than a walk."""
    by_name: dict[Any, list[int]] = {}
    for i, item in enumerate(items or ()):
        if item is None:
            continue
        same = by_name.setdefault(item.name, [])
        for j in same:
            if items[j] == item:  # type: ignore[index]
                return i, j
        same.append(i)
    return None


def once_each(value: list[str] | None) -> list[str] | None:
    """A list of codes that is a set (the agencies coordinating security, the sources of
    funds, the kinds of stakeholder), each code once, in the order first written. A later
    repeat is dropped, so the positions of the entries kept, which evidence cites by line,
    are unchanged."""
    if value is None or len(set(value)) == len(value):
        return value
    return list(dict.fromkeys(value))


class Budget(Part):
    """How the cooperation is funded."""

    apbd_allocation_idr: Money | None = Field(
        default=None,
        description="the APBD money allocated to this cooperation for one budget year, the "
        "coming one: a yearly allocation, not the total over the MoU's term. 0 = no APBD "
        "money (BUD-001, BUD-002); BUD-007 sets the whole budgets of the programmes not yet "
        "finished against it only before they run, since beside programmes already under "
        "way a year's allocation says nothing of what they still need",
    )
    multi_year: StrictBool | None = Field(
        default=None,
        description="funding for more than one year is planned (the agencies' Renstra, the "
        "RPJMD, indicative ceilings): not only the narrow multi-year contract of regional "
        "finance, which a training programme cannot use (practitioner trial 32 M3)",
    )
    other_sources: list[FundingSource] | None = Field(default=None, max_length=100)

    @field_validator("other_sources", mode="after")
    @classmethod
    def _each_source_once(cls, value: list[str] | None) -> list[str] | None:
        """The sources, each once (:func:`once_each`): BUD-002 counts them, and
        ``[partner, partner]`` counted two sources, so a partner paying alone passed
        (attack 360 M2)."""
        return once_each(value)

    other_sources_idr: Money | None = Field(
        default=None,
        description="the money from the other sources (other_sources: APBN, grants, private "
        "money, the partner's funds) already certain for the programmes not yet finished, "
        "in total (IDR). BUD-007 sets the APBD allocation and this sum against those "
        "programmes' budgets before they run; left out while other sources are named, the "
        "difference above the allocation is asked, not taken as covered (bappeda440 H1: "
        "'APBN' named with no amount ticked a Rp1,35 M gap). Additive (v1)",
    )

    @field_validator("other_sources_idr", mode="after")
    @classmethod
    def _money_of_sources_named(cls, value: Any, info: ValidationInfo) -> Any:
        """Money from other sources beside ``other_sources: []`` (none, confirmed) is no
        source's: it vanished from every output while BUD-001 or BUD-007 fired as if there
        were none (attack 450 M1), so the file says which is meant."""
        if value and info.data.get("other_sources") == []:
            words = Words.of("budget.money_without_sources", flag=KeyName("budget.other_sources"))
            raise WordedValueError(words)
        allocation = info.data.get("apbd_allocation_idr")
        if value is not None and allocation is not None and allocation + value > MOST_IDR:
            # BUD-007 sets this sum against the programmes' budgets: beyond 2^53 the engine
            # compares doubles (attack 480 H4)
            words = Words.of("money.sum_too_large.covered", most=Rupiah(MOST_IDR))
            raise WordedValueError(words)
        return value

    partner_funds_recorded: StrictBool | None = Field(
        default=None,
        description="the partner's funds are recorded in the budget documents and the "
        "agreement, with no binding conditions",
    )
    partner_funds_binding: StrictBool | None = Field(
        default=None,
        description="the partner's funds carry binding conditions: a loan or credit the "
        "region repays (from the APBD, or from fees it sets), an obligation to buy from or "
        "grant a concession to the partner, or conditions on the region's policies (REG-055; "
        "trial 340: a waste-to-energy plant on a foreign bank's loan repaid over 20 years). "
        "With partner_funds_recorded: true (recorded with no binding conditions), or with "
        "other_sources leaving the partner out, it is not given as true; true answers "
        "partner_funds_recorded as false. Additive (v1)",
    )
    budgeted_last_year: StrictBool | None = Field(
        default=None,
        description="last year there was a foreign-cooperation budget to spend: this "
        "cooperation's, or for a cooperation only proposed the region's for any foreign "
        "cooperation. false = none, so there is no realisation or mid-year cut to report "
        "(realization_rate and revisions_last_year are then left out; BUD-003 and BUD-004 "
        "do not apply)",
    )
    realization_rate: Rate | None = None
    revisions_last_year: Count | None = None

    @field_validator("partner_funds_binding", mode="after")
    @classmethod
    def _binding_not_recorded_free(cls, value: Any, info: ValidationInfo) -> Any:
        """Binding conditions beside ``partner_funds_recorded: true``, whose meaning is
        "recorded with no binding conditions", contradict it, and beside sources that leave
        the partner out they are no one's: the file says which."""
        if value is True and info.data.get("partner_funds_recorded") is True:
            words = Words.of(
                "budget.binding_recorded_free",
                flag=KeyName("budget.partner_funds_recorded"),
                answer=Choice("budget.partner_funds_recorded", "true"),
            )
            raise WordedValueError(words)
        sources = info.data.get("other_sources")
        if value is True and sources is not None and "partner" not in sources:
            # the partner's funds bind, but the sources name none of the partner's: the loan
            # vanished from every output (attack 350 M1)
            words = Words.of(
                "budget.binding_without_partner",
                flag=KeyName("budget.other_sources"),
                answer=Choice("budget.other_sources[0]", "partner"),
            )
            raise WordedValueError(words)
        return value

    @field_validator("realization_rate", "revisions_last_year", mode="after")
    @classmethod
    def _no_record_without_budget(cls, value: Any, info: ValidationInfo) -> Any:
        """A realisation share or a count of cuts beside "no budget last year" contradicts it:
        the assessment would have to pick one, so the file says which (trial 28, item 12).
        Judged per field (``budgeted_last_year`` is validated before both), so each record
        is refused at once and beside any other problem of the section: a check on the
        whole section ran only when the rest of it was valid and stopped at its first
        conflict (atk24)."""
        if value is not None and info.data.get("budgeted_last_year") is False:
            words = Words.of(
                f"budget.{info.field_name}_without_budget",
                flag=KeyName("budget.budgeted_last_year"),
                answer=Choice("budget.budgeted_last_year", "false"),
            )
            raise WordedValueError(words)
        return value


class HumanResources(Part):
    """Who handles the cooperation."""

    dedicated_staff: Count | None = None
    language_staff: LanguageStaff | None = None
    trained_staff: Count | None = None
    response_days: Count | None = None


class Energy(Part):
    """Electricity supply in the region."""

    reserve_margin_pct: (
        Annotated[float, Field(strict=True, ge=-100, le=1000, allow_inf_nan=False), Decimal] | None
    ) = None
    rolling_blackouts: StrictBool | None = None
    outage_hours_per_month: (
        Annotated[float, Field(strict=True, ge=0, le=744, allow_inf_nan=False), Decimal] | None
    ) = None
    affected_areas: list[Item] | None = Field(default=None, max_length=1000)


class Security(Part):
    """Exposure to transnational organised crime and who coordinates against it."""

    narcotics_route: Exposure | None = None
    iuu_fishing: Exposure | None = None
    terrorism: Exposure | None = None
    human_trafficking: Exposure | None = None
    coordinating_agencies: list[Agency] | None = Field(default=None, max_length=100)

    @field_validator("coordinating_agencies", mode="after")
    @classmethod
    def _each_agency_once(cls, value: list[str] | None) -> list[str] | None:
        """The agencies, each once, in the order first written: the list is a set of
        agencies, and TOC-009 reads its length (one or two entries, BP2MI/KP2MI and another
        agency, are no law-enforcement agency); ``[other, other]`` is one agency, not two.
        A later repeat is dropped, so the positions of the entries kept are unchanged."""
        return once_each(value)


class ProcedureStep(Part):
    """One step of the one-door procedure and how far it has got."""

    step: StepId
    status: StepStatus
    date: Date | None = None
    document: Text | None = None


class Governance(Part):
    """How the cooperation is steered and monitored."""

    joint_working_group: StrictBool | None = None
    meetings_per_year: Count | None = None
    monitoring_plan: StrictBool | None = None
    reports_to_ministry: StrictBool | None = None
    stakeholders: list[Stakeholder] | None = Field(default=None, max_length=100)

    @field_validator("stakeholders", mode="after")
    @classmethod
    def _each_stakeholder_once(cls, value: list[str] | None) -> list[str] | None:
        """The kinds of stakeholder, each once (:func:`once_each`; attack 360 M2)."""
        return once_each(value)

    joint_committee_last_met: Date | None = Field(
        default=None,
        description=(
            "when the joint committee or working group with the partner last met; "
            "null = it has never met"
        ),
    )
    tkksd_reviewed: StrictBool | None = Field(
        default=None,
        description=(
            "the region's Tim Koordinasi Kerja Sama Daerah (TKKSD) has discussed this cooperation"
        ),
    )

    null_means: ClassVar[Mapping[str, str]] = {"joint_committee_last_met": "it has never met"}


class Agreement(Part):
    """The MoU itself: who signs it for the region, and until when it runs."""

    signatory: Signatory | None = Field(
        default=None,
        description=(
            "head_of_region: the governor, regent or mayor; full_powers_holder: another "
            "official named in the Full Powers letter; other_official: anyone else"
        ),
    )
    expires: Date | None = Field(
        default=None,
        description="the last day of the MoU's term, when the text sets one; a partnership "
        "judged after it, or within six months of it, carries a notice",
    )


class Waiver(Part):
    """An accountable acceptance of a risk: who accepted it, why, and until when."""

    rule: Annotated[StrictStr, Field(pattern=r"^[A-Z]{2,5}-\d{3}$")]
    # a text shown as written, as every other: a paragraph separator or a bidirectional
    # override here went into every report (attack 470 H6)
    reason: GivenText
    accepted_by: Given
    until: Date


#: steps an officer may record more than once (several PKS, several reports): each has its own
#: hint on how to write them as one entry; any other step gets the general hint
_TWICE = frozenset({"implementing_agreement", "reporting"})


class Proposal(Part):
    """A proposed foreign cooperation of an Indonesian regional government."""

    schema_: Literal["paracheck/proposal/v1"] = Field(alias="schema")
    title: Name
    date: Date | None = Field(
        default=None,
        description=(
            "the date of this document: the proposal's, or for a partnership already signed "
            "or running, this assessment's (an evaluation in 2024 of a 2015 MoU is dated "
            "2024); not the MoU's signing date, which goes with each step in procedure[].date. "
            "It selects the regulation in force and is the day every 'how long since' check "
            "counts to; left out, the proposal is judged as of today"
        ),
    )
    stage: Stage | None = None
    form: Form | None = None
    local: Local | None = None
    partner: Partner | None = None
    basis: Basis | None = None
    sectors: list[Sector] | None = Field(default=None, max_length=1000)

    @field_validator("sectors")
    @classmethod
    def _each_sector_once(cls, sectors: list[Sector] | None) -> list[Sector] | None:
        """A sector written twice, equal in every field, its programmes too, is refused at
        the second (:func:`repeated_item`). A sector without programmes named twice counts
        no budget twice and is left to stand (the benchmarks' generated proposals have
        some)."""
        found = repeated_item([s if s.programs else None for s in sectors or ()])
        if found is not None:
            later, earlier = found
            words = Words.of("sector.twice", first=earlier + 1, where=Words.of("sector.in_list"))
            raise WordedValueError(words, at=(later,), earlier=(earlier,))
        return sectors

    @field_validator("sectors")
    @classmethod
    def _sums_within_bound(cls, sectors: list[Sector] | None) -> list[Sector] | None:
        """The programmes' budgets, and their APBD parts, summed over every sector, stay
        within :data:`MOST_IDR`: the checks set these sums against the allocation, and beyond
        2^53 the engine compared doubles, so programmes Rp1 above the allocation read "not
        above" (attack 480 H4). Refused at the amount that takes the sum over."""
        for field in ("budget_idr", "apbd_idr"):
            total = 0
            for i, sector in enumerate(sectors or ()):
                for j, program in enumerate(sector.programs or ()):
                    total += getattr(program, field) or 0
                    if total > MOST_IDR:
                        words = Words.of(f"money.sum_too_large.{field}", most=Rupiah(MOST_IDR))
                        raise WordedValueError(words, at=(i, "programs", j, field))
        return sectors

    budget: Budget | None = None
    human_resources: HumanResources | None = None
    energy: Energy | None = None
    security: Security | None = None
    procedure: list[ProcedureStep] | None = Field(
        default=None,
        max_length=100,
        description=(
            "the one-door procedure's steps, each step at most once (several implementing "
            "agreements are one entry, each named in its document)"
        ),
    )
    governance: Governance | None = None
    agreement: Agreement | None = None
    accepted_risks: list[Waiver] | None = Field(default=None, max_length=1000)

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        populate_by_name=True,
        # dumped with the file's key "schema", as the writer and the schema have it
        serialize_by_alias=True,
        str_strip_whitespace=True,
        title="paracheck proposal (paracheck/proposal/v1)",
    )

    _origin: Origin = PrivateAttr(default_factory=Origin)

    @field_validator("procedure")
    @classmethod
    def _each_step_once(cls, steps: list[ProcedureStep] | None) -> list[ProcedureStep] | None:
        """A step listed twice is an error, not a silent choice: the assessment reads one
        status and one date per step, and the order of two entries would decide which
        (newcomer trial 24 W1: a second signing date turned a medium risk into a high one; a
        PKS per sector, one done and one pending, read as "belum dilakukan")."""
        first: dict[str, int] = {}
        for i, entry in enumerate(steps or ()):
            if entry.step in first:
                from paracheck.facts import labels

                j = first[entry.step]
                words = Words.of(
                    "procedure.step_twice",
                    step_id=labels.value_label("procedure.<step>.step", entry.step, "id"),
                    step_en=labels.value_label("procedure.<step>.step", entry.step, "en"),
                    first=j + 1,
                    where=Words.of("procedure.in_list"),
                    hint=Words.of(
                        f"procedure.twice.{entry.step if entry.step in _TWICE else 'other'}"
                    ),
                )
                raise WordedValueError(words, at=(i, "step"), earlier=(j, "step"))
            first[entry.step] = i
        return steps

    @property
    def origin(self) -> Origin:
        """The source file, its hash and the positions of its values (empty when built in code)."""
        return self._origin

    def with_origin(self, origin: Origin) -> "Proposal":
        """Attach where this proposal was read from (the loader calls this)."""
        self._origin = origin
        return self
