"""paracheck — decision support for Indonesian paradiplomacy proposals.

The library API (PRODUCT.md §5)::

    import paracheck
    proposal = paracheck.load_proposal("examples/ntb-zhejiang-2015.yaml")
    result = paracheck.assess(proposal)            # pack chosen by the proposal's date
    result.verdict; result.checks; result.to_json()
    paracheck.render(result, "markdown", lang="en")

Nothing here prints or exits; errors are typed (``paracheck.errors``) and carry positions.
Imports are lazy so ``paracheck --help`` does not pay for the rule engine.

This module is the one door: the command line (``paracheck.cli``) and the web service
(``paracheck.web``) use only the names defined here (a test holds them to it), so every
embedder can do what they do. Everything else in the package is internal and may change.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from paracheck.errors import (
    EngineError,
    InputError,
    PackError,
    ParacheckError,
    PrintError,
    Problem,
    ProblemsError,
    UsageError,
    visible,
)

if TYPE_CHECKING:
    from pathlib import Path

    from paracheck.batch import BatchItem, BatchRow
    from paracheck.engine.examples import ExampleFailure
    from paracheck.engine.model import Assessment
    from paracheck.facts.model import Proposal
    from paracheck.rules.model import Rule, RulePack

__version__ = "0.1.0"
__all__ = [
    "EngineError",
    "InputError",
    "PackError",
    "ParacheckError",
    "PrintError",
    "Problem",
    "ProblemsError",
    "UsageError",
    "amount_scale",
    "assess",
    "assess_many",
    "assessment_schema",
    "check_output",
    "check_waivers",
    "choose_pack",
    "code_names",
    "date_read_either_way",
    "date_words",
    "date_written_as",
    "diff",
    "diff_view",
    "distinct_inputs",
    "expand_inputs",
    "field_label",
    "field_question",
    "find_rule",
    "load_pack",
    "load_proposal",
    "load_proposal_or_folder",
    "load_proposal_text",
    "message",
    "none_yet_written",
    "notice_notes",
    "pack_files",
    "pack_names",
    "proposal_forms",
    "proposal_schema",
    "proposal_template",
    "proposal_yaml",
    "readable_proposal_data",
    "render",
    "render_batch",
    "render_batch_pdf",
    "render_checklist",
    "render_diff",
    "render_pdf",
    "render_rule",
    "render_rule_list",
    "run_examples",
    "serve",
    "shown_name",
    "stdout_refusal",
    "step_choices",
    "stream_batch",
    "unlisted_hint",
    "unlisted_note",
    "unlisted_steps",
    "value_label",
    "visible",
    "write_output",
    "write_reference_docs",
    "written_day_not_in_calendar",
]

# The contract's models, importable as ``paracheck.Assessment`` etc. without paying for them
# at ``import paracheck`` (PEP 562): programs that embed paracheck (the web API's OpenAPI
# document) describe their inputs and outputs with the same classes the library returns.
_MODELS = {
    "Assessment": "paracheck.engine.model",
    "AssessmentDiff": "paracheck.comparison",
    "Proposal": "paracheck.facts.model",
    "Rule": "paracheck.rules.model",
    "RulePack": "paracheck.rules.model",
    # what each renderer accepts, for option lists (tuples of codes)
    "FORMATS": "paracheck.report",
    "CHECKLIST_FORMATS": "paracheck.report",
    "DIFF_FORMATS": "paracheck.report",
    "LANGS": "paracheck.report",
}


def __getattr__(name: str) -> Any:
    module = _MODELS.get(name)
    if module is None:
        raise AttributeError(f"module 'paracheck' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def load_proposal(path: str, *, source: str | None = None) -> Proposal:
    """Read and validate a proposal file (``-`` for standard input)."""
    from paracheck.facts.loader import load_proposal as _load

    _takes("load_proposal", "path", "str", path, isinstance(path, str | os.PathLike))
    _takes("load_proposal", "source", "str", source, source is None or isinstance(source, str))
    return _load(os.fspath(path), source=source)


def load_proposal_text(
    text: str | bytes, *, source: str = "<text>", lines: bool = True, syntax: str | None = None
) -> Proposal:
    """Read and validate a proposal given as YAML or JSON text (e.g. an upload or a request
    body), with the same limits and positioned problems as a file named ``source``.

    ``lines=False`` for a text the person never saw, such as a form's answers serialised by
    the program: reports then cite no line of it and problems name the field alone.
    ``syntax="json"`` says the text was given as JSON (e.g. a body sent as
    ``application/json``): a text that cannot be read is then said to be invalid JSON, where
    JSON says; by default that is judged from ``source``'s suffix (``.json``)."""
    from paracheck.facts.loader import load_proposal_bytes, text_bytes

    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        raise UsageError.of("usage.text_type", given=_kind_given(text))
    _takes("load_proposal_text", "source", "str", source, isinstance(source, str))
    data = text_bytes(text, source, lines) if isinstance(text, str) else bytes(text)
    return load_proposal_bytes(data, source, lines=lines, syntax=syntax)


def _takes(function: str, name: str, expected: str, value: object, ok: bool) -> None:
    """Raise a :class:`UsageError` saying what ``function`` takes as ``name`` where ``ok`` is
    false: the library's promise for the wrong kind of thing (README, attack 430 M6: the
    comparison's and the notices' helpers raised bare AttributeError and TypeError)."""
    if not ok:
        raise UsageError.of(
            "usage.arg_type",
            function=function,
            name=name,
            expected=expected,
            given=_kind_given(value),
        )


def _assessment(function: str, value: object, name: str = "assessment") -> None:
    from paracheck.engine.model import Assessment as _Assessment

    _takes(function, name, "paracheck.Assessment", value, isinstance(value, _Assessment))


def _pair_of(function: str, name: str, kind: type, label: str, value: object) -> None:
    """``value`` is None or two ``kind``s (a tuple or a list)."""
    ok = value is None or (
        isinstance(value, tuple | list)
        and len(value) == 2
        and all(isinstance(v, kind) for v in value)
    )
    _takes(function, name, f"({label}, {label})", value, ok)


def _comparison(function: str, value: object, assessments: object) -> None:
    from paracheck.comparison import AssessmentDiff
    from paracheck.engine.model import Assessment as _Assessment

    _takes(
        function, "comparison", "paracheck.diff(old, new)", value, isinstance(value, AssessmentDiff)
    )
    _pair_of(function, "assessments", _Assessment, "paracheck.Assessment", assessments)


def _paths(function: str, value: object) -> None:
    """``value`` is a list of file or folder names (str or os.PathLike), not one name."""
    ok = (
        isinstance(value, Sequence)
        and not isinstance(value, str | bytes)
        and all(isinstance(v, str | os.PathLike) for v in value)
    )
    _takes(function, "paths", "[str, …]", value, ok)


def _kind_given(value: object) -> str:
    """What was given instead, by its type (a proposal's whole data is no message), by the
    name the library exports it under (``paracheck.Proposal``) when it has one."""
    kind = type(value)
    if kind.__module__ == "builtins":
        return f"a {kind.__qualname__}"
    if kind.__module__.startswith("paracheck.") and kind.__qualname__ in _MODELS:
        return f"a paracheck.{kind.__qualname__}"
    return f"a {kind.__module__}.{kind.__qualname__}"


def readable_proposal_data(text: str | bytes, *, source: str = "<text>") -> dict[str, Any] | None:
    """What a proposal text that :func:`load_proposal_text` refuses still says: its mapping as
    parsed, values as written and not validated (a form shows them again beside the text's
    problems); None when the text cannot be parsed at all (a syntax error, too large, not a
    mapping)."""
    from paracheck.facts.loader import readable_part

    if isinstance(text, str):
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # half of a character: nothing of it can be read
            return None
    else:
        data = bytes(text)
    return readable_part(data, source)


def proposal_yaml(proposal: Proposal) -> str:
    """The proposal as YAML that ``load_proposal_text`` reads back to the same proposal
    (absent fields stay absent, explicit nulls stay null)."""
    from paracheck.facts.writer import proposal_yaml as _yaml

    return _yaml(proposal)


def proposal_schema() -> dict[str, Any]:
    """The JSON Schema of a proposal (``paracheck/proposal/v1``)."""
    from paracheck import schemas

    return schemas.read("proposal")


def assessment_schema() -> dict[str, Any]:
    """The JSON Schema of an assessment (the ``paracheck/assessment`` contract)."""
    from paracheck import schemas

    return schemas.read("assessment")


def field_label(path: str, lang: str = "id", *, where: bool = True) -> str:
    """What people read for a proposal field path (``budget.apbd_allocation_idr`` →
    ``alokasi APBD``), from the same label table as the reports; ``where`` adds which item a
    concrete path is in (``sektor ke-3``)."""
    from paracheck.facts.labels import field_label as _label

    return _label(path, lang, where=where)


def message(key: str, lang: str = "id", /, **values: Any) -> str:
    """Sentence ``key`` of ``facts/data/usage.yaml`` (or ``problems.yaml``) in ``lang`` with
    ``values`` filled in: how a program that embeds paracheck, such as the web API, says its
    own errors in the reader's language from the same text tables as the command line.
    Raises ``KeyError`` for an unknown key (a bug of the caller, not of its user)."""
    from paracheck.errors import Words

    return Words.of(key, **values).render(lang)


def date_written_as(text: str) -> str | None:
    """The ``YYYY-MM-DD`` a date written as people write it stands for — "29-02-2024" (day
    first, as Indonesian letters write it), "29 Februari 2024", "2024/2/29" — when it can only
    be that day; None otherwise ("05-01-2020" could be either way round). A proposal refuses
    such a date and suggests this one; a form can say the same."""
    from paracheck.facts.model import date_written_as as _written

    return _written(text)


def date_read_either_way(text: str) -> tuple[str, str] | None:
    """The two days a date written with its day and month both 12 or under stands for
    ("01/09/2025"), as (day first, month first) in ``YYYY-MM-DD``; None otherwise. A proposal
    refuses such a date and offers both; a form can say the same."""
    from paracheck.facts.model import date_read_either_way as _either

    return _either(text)


def date_words(day: dt.date | str, lang: str = "id") -> str:
    """A day as the reports write it: "1 September 2025" (``id``), "September 1, 2025"
    (``en``); ``day`` a date or ``YYYY-MM-DD``."""
    from paracheck.report.formatting import date as _date
    from paracheck.report.messages import check_lang

    check_lang(lang)
    return _date(day, lang)


def written_day_not_in_calendar(text: str) -> bool:
    """Whether a date written as people write it can only be a day the calendar lacks
    ("31/02/2026", "31 April 2025"): a proposal's refusal says so, and a form can too."""
    from paracheck.facts.model import written_day_not_in_calendar as _lacks

    return _lacks(text)


def amount_scale(word: str) -> int | None:
    """The Rupiah a word of scale in an amount stands for, as a proposal's amount written in
    words is read for its hint ("juta" and "jt" → 1000000, "miliar", "million", "rb", …);
    None for any other word. One table for a file's problems and the web form's, which
    differed ("350 jt" got a figure on the form only: web 490 M5)."""
    from paracheck.facts.loader import _SCALE

    return _SCALE.get(word.lower())


def none_yet_written(path: str, text: str) -> bool:
    """Whether ``text`` written in a field of last year's budget record (``path``, dotted:
    ``budget.realization_rate``, ``budget.revisions_last_year``) says there was no such
    budget ("belum ada", "tidak ada", "none"): a proposal answers that with
    ``budget.budgeted_last_year: false``, never a number. A proposal refuses the words and
    says so; a form can say the same."""
    from paracheck.facts.model import none_yet_written as _none_yet

    return _none_yet(path, text)


def value_label(path: str, code: str, lang: str = "id") -> str | None:
    """The label of a code a field holds (``sectors[0].name`` = ``fisheries`` →
    ``perikanan``), or None when the field has no closed vocabulary."""
    from paracheck.facts.labels import value_label as _label

    return _label(path, code, lang)


def code_names(kind: str, lang: str = "id") -> tuple[tuple[str, str], ...]:
    """The codes a proposal accepts for ``kind`` — ``"country"`` (ISO 3166-1 alpha-2 without
    Indonesia's ``ID``, for ``partner.country``: the partner is foreign) or ``"language"``
    (ISO 639-1, the keys of ``human_resources.language_staff``) — each with its name in
    ``lang``, sorted by name: what a form offers to choose from."""
    from paracheck.facts.labels import code_names as _names

    return _names(kind, lang)


def pack_names() -> list[str]:
    """Names of the shipped rule packs, sorted; each loads with :func:`load_pack`."""
    from paracheck.rules.loader import pack_names as _names

    return _names()


def _day(as_of: Any) -> dt.date | None:
    """``as_of`` as given when it is a day (or None); else a UsageError naming it, before any
    work. A ``datetime`` is a ``date`` to the type hints, and crashed deep in the engine
    ("can't compare datetime.datetime to datetime.date"), as did a string or a number."""
    if as_of is None or (isinstance(as_of, dt.date) and not isinstance(as_of, dt.datetime)):
        return as_of
    raise UsageError.of("usage.as_of_type", given=repr(as_of))


def assess(
    proposal: Proposal | dict[str, Any],
    pack: str | RulePack | None = None,
    as_of: dt.date | None = None,
    *,
    source: str | None = None,
) -> Assessment:
    """Assess a proposal (a model, or plain data that is validated first).

    ``pack`` is a shipped pack name, a pack file path or a loaded pack; by default the pack in
    force on ``as_of``, which defaults to the proposal's own date. ``source`` names plain
    data as the embedding program knows it (a record's name): reports and problems show it
    where they show a file's name; without it, reports say the data came from a program.
    A proposal already read keeps the name it was read with.
    """
    from paracheck.engine.assess import assess as _assess
    from paracheck.facts.model import Proposal as _Proposal

    as_of = _day(as_of)
    if not isinstance(proposal, dict | _Proposal):
        raise UsageError.of("usage.assess_type", given=_kind_given(proposal))
    # a name, as reports print it: bytes, a number or a list passed here, then failed the
    # text, Markdown and HTML reports with a TypeError (attack 480 M4)
    _takes("assess", "source", "a name (str)", source, source is None or isinstance(source, str))
    if isinstance(proposal, dict):
        from paracheck.facts.loader import parse_proposal_data

        proposal = parse_proposal_data(proposal, **({"source": source} if source else {}))
    return _assess(proposal, pack=pack, as_of=as_of)


def unlisted_steps(assessment: Assessment) -> list[str]:
    """The procedure steps required at the assessed proposal's stage that its file does not
    list, in the procedure's order: such a step is judged not recorded, which can weigh as a
    certain risk where ``unknown`` would ask a question (practitioner trial 32 U1), so
    ``paracheck assess`` hints at them on standard error."""
    from paracheck.facts.model import STEP_IDS

    _assessment("unlisted_steps", assessment)
    shown = {e.step for e in assessment.procedure}
    # a step another recorded step stands for (``met_by``) is not left out
    left = {
        e.step for e in assessment.procedure if e.required and e.status is None and e.met_by is None
    }
    # a step the procedure table of the date does not show at all, which a risk still reads as
    # left out: the deposit with Kemlu of an MoU signed before 22 May 2020, judged in 2026
    # (held-out 36: REG-015 a risk on the step "tidak dicantumkan", and no hint). A step the
    # table shows as not required (central approval beside the consultation, REG-050's
    # alternative) is no such step; nor is a step the table does not show beside one it
    # shows that the same risk reads as left out: the alternative to that step (REG-011
    # under Permendagri 3/2008 reads the consultation or a central approval, and the hint
    # told a 2008 MoU that a central approval was "wajib pada tahap ini", ministry trial 470
    # H2)
    for c in assessment.checks:
        if c.status != "risk":
            continue
        steps = {
            e.path.split(".")[1]
            for e in c.evidence
            if e.value == "missing"
            and e.path.startswith("procedure.")
            and e.path.endswith(".status")
        }
        if steps and not steps & shown:
            left.update(steps)
    return [step for step in STEP_IDS if step in left]


def unlisted_hint(
    assessment: Assessment, name: str | os.PathLike[str], lang: str = "id"
) -> str | None:
    """The hint ``paracheck assess`` prints on standard error for the steps required at the
    assessed proposal's stage that the file ``name`` leaves out (:func:`unlisted_steps`),
    each by its label and code, in ``lang``; None when it leaves out none. A library
    function, so a form or another tool says the same words as the command line."""
    from paracheck.report.messages import message

    _assessment("unlisted_hint", assessment)
    named = _unlisted_named(assessment, lang, codes=True)
    if named is None:
        return None
    return message("unlisted.hint", lang, name=shown_name(name), steps=named[0])


def unlisted_note(assessment: Assessment, lang: str = "id") -> str | None:
    """What :func:`unlisted_hint` says, for a person filling in the web form rather than a
    file: the steps required at the proposal's stage that it leaves out, by their labels
    only (no codes, no YAML words), and how to add them there; None when it leaves out
    none. The web result page shows it beside the verdict."""
    from paracheck.facts.labels import value_label
    from paracheck.report.messages import message

    _assessment("unlisted_note", assessment)
    named = _unlisted_named(assessment, lang, codes=False)
    if named is None:
        return None
    said, many = named
    left, right = _QUOTES[lang]
    unknown = f"{left}{value_label('procedure.<step>.status', 'unknown', lang)}{right}"
    return message("unlisted.form" + ("" if many else ".one"), lang, steps=said, unknown=unknown)


#: the quotation marks a step's label is put in, by language
_QUOTES = {"id": ("«", "»"), "en": ("“", "”")}


def _unlisted_named(assessment: Assessment, lang: str, codes: bool) -> tuple[str, bool] | None:
    """The steps :func:`unlisted_steps` finds, named in one phrase ("langkah «…» dan «…»"),
    each with its code after it when ``codes``; and whether there are several. None when
    there are none."""
    from paracheck.facts.labels import join_words, value_label
    from paracheck.report.messages import check_lang, message

    check_lang(lang)
    steps = unlisted_steps(assessment)
    if not steps:
        return None
    left, right = _QUOTES[lang]
    named = []
    for step in steps:
        label = f"{left}{value_label('procedure.<step>.step', step, lang) or step}{right}"
        named.append(f"{label} ({step})" if codes else label)
    joined = join_words(named, lang, "dan" if lang == "id" else "and")
    many = len(named) > 1
    return message("unlisted.steps" + ("" if many else ".one"), lang, steps=joined), many


def load_pack(name_or_path: str) -> RulePack:
    """A shipped rule pack by name, or a pack file by path (validated)."""
    from paracheck.rules.loader import load_pack as _load

    return _load(name_or_path)


def render(
    result: Assessment,
    fmt: str = "text",
    lang: str = "id",
    *,
    color: bool = False,
    width: int | None = None,
) -> str:
    """The assessment as text, markdown, json, html or csv, in ``id`` or ``en``.

    ``color`` (ANSI) and ``width`` (columns) only shape ``text``; the caller knows whether it
    writes to a terminal.
    """
    from paracheck.engine.model import Assessment as _Assessment
    from paracheck.report import render as _render

    if not isinstance(result, _Assessment):
        raise UsageError.of("usage.render_type", given=_kind_given(result))
    if width is not None and (not isinstance(width, int) or isinstance(width, bool)):
        raise UsageError.of("usage.width_type", given=_kind_given(width))
    return _render(result, fmt, lang=lang, color=color, width=width)


def assess_many(
    paths: list[str],
    pack: str | None = None,
    as_of: dt.date | None = None,
    workers: int | None = None,
) -> list[Any]:
    """Assess files and directories in a process pool: one ``BatchItem`` per input, in order.

    Every input yields exactly one item: an assessment, or the problems that stopped it.
    """
    from paracheck.batch import assess_many as _many

    _paths("assess_many", paths)
    return _many(paths, pack=pack, as_of=_day(as_of), workers=workers)


def render_pdf(result: Assessment, lang: str = "id") -> bytes:
    """The HTML report printed to PDF by headless Chromium (what ``--format pdf`` writes).

    Raises :class:`UsageError` naming the install command when Chromium is missing, and
    :class:`PrintError` (a UsageError) when it fails to print: crashed, timed out, no PDF.
    """
    from paracheck.report.pdf import render_pdf as _render_pdf

    return _render_pdf(result, lang)


def render_diff(
    comparison: Any,
    fmt: str = "text",
    lang: str = "id",
    *,
    color: bool = False,
    assessments: tuple[Assessment, Assessment] | None = None,
) -> str:
    """A comparison from :func:`diff` as text, markdown or json, in ``id`` or ``en``
    (``color``: ANSI colour in text). With ``assessments``, the old and the new assessment
    compared, the text and Markdown also list the sentences of the memos' Saran that changed
    (the JSON does not: the assessment contract carries no Saran)."""
    from paracheck.report import render_diff as _render_diff

    _comparison("render_diff", comparison, assessments)
    return _render_diff(comparison, fmt, lang=lang, color=color, assessments=assessments)


def diff(
    old: Assessment, new: Assessment, proposals: tuple[Proposal, Proposal] | None = None
) -> Any:
    """What changed between two assessments: new risks, cleared checks, score changes; with
    ``proposals``, the two files assessed, also the input facts that changed (the partner's
    name, the APBD allocation: the comparison's ``inputs_changed``)."""
    from paracheck.comparison import diff as _diff
    from paracheck.engine.model import Assessment as _Assessment

    for given in (old, new):
        if not isinstance(given, _Assessment):
            raise UsageError.of("usage.diff_type", given=_kind_given(given))
    from paracheck.facts.model import Proposal as _Proposal

    _pair_of("diff", "proposals", _Proposal, "paracheck.Proposal", proposals)
    return _diff(old, new, proposals)


def diff_view(
    comparison: Any,
    lang: str = "id",
    assessments: tuple[Assessment, Assessment] | None = None,
) -> Any:
    """A comparison from :func:`diff` as people read it in ``id`` or ``en``: the verdict and
    score lines, then each group that has changes with its heading and rows (rule, title,
    domain, the old and the new status: "Risiko (16)" → "Tidak ada temuan"). The text and
    Markdown forms print exactly these; a page that lays them out itself shows the same.
    With ``assessments`` (the old and the new assessment compared), also the Saran's
    sentences that changed."""
    from paracheck.report.messages import check_lang
    from paracheck.report.view import diff_view as _view

    check_lang(lang)
    _comparison("diff_view", comparison, assessments)
    return _view(comparison, lang, assessments)


def notice_notes(assessment: Assessment, lang: str = "id") -> list[str]:
    """The assessment's notices in a few words each, as a batch's summary row says them: its
    own short words where it gives them ("masa berlaku MoU telah berakhir (30 Juni 2025)",
    "MoU segera berakhir (31 Maret 2027)"), else the notice's ("otonomi khusus"). The web
    result page's bar shows them beside the verdict."""
    from paracheck.report.messages import check_lang
    from paracheck.report.view import notice_notes as _notes

    check_lang(lang)
    _assessment("notice_notes", assessment)
    codes = [n.code for n in assessment.notices]
    own = [
        (n.short.id, n.short.en) if n.short is not None else ("", "") for n in assessment.notices
    ]
    return _notes(codes, lang, own)


def choose_pack(pack: str | RulePack | None = None, as_of: dt.date | None = None) -> RulePack:
    """The pack an assessment on ``as_of`` (default: today) would use: ``pack`` by name, path
    or as loaded, else the shipped pack in force on that day."""
    from paracheck.rules.loader import choose_pack as _choose

    return _choose(pack, _day(as_of) or dt.date.today())


def step_choices(
    day: dt.date | None = None, lang: str = "id", signed: dt.date | None = None
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The procedure steps a proposal can record, as a form offers them: groups of (heading,
    [(step code, label)]). With ``day`` (the proposal's date) the steps of the regulation in
    force that day first, then the others, each saying the regulation it belongs to; without
    it one group (heading ""), a step not in every regime saying its own. ``signed``: the
    day the MoU was signed, where recorded: the steps up to it are those of the regulation
    in force that day, as the assessment judges them."""
    from paracheck.report.catalogue import step_choices as _choices
    from paracheck.report.messages import check_lang

    check_lang(lang)
    ok = day is None or (isinstance(day, dt.date) and not isinstance(day, dt.datetime))
    _takes("step_choices", "day", "datetime.date", day, ok)
    ok = signed is None or (isinstance(signed, dt.date) and not isinstance(signed, dt.datetime))
    _takes("step_choices", "signed", "datetime.date", signed, ok)
    return _choices(day, lang, signed if day is not None else None)


def field_question(path: str, lang: str = "id") -> str | None:
    """The question a report asks where the field at ``path`` is left empty (``partner.kind``,
    ``sectors[0].programs[1].status``), in ``lang``; None where no question is prepared for
    it. A form shows it as the field's help."""
    from paracheck.facts.questions import prepared_question
    from paracheck.report.messages import check_lang

    check_lang(lang)
    asked = prepared_question(path)
    return asked.get("en" if lang == "en" else "id") if asked else None


def check_waivers(proposal: Proposal, pack: str | RulePack | None = None) -> None:
    """Raise :class:`InputError` when an accepted risk names a rule the pack lacks — what
    :func:`assess` refuses before running any rule. The pack defaults to the one in force on
    the proposal's date. A pack given is read even where there is no waiver to check: one that
    :func:`assess` would refuse is refused here too (attack 462 M1: ``validate --pack nope``
    passed a proposal with no waiver)."""
    if pack is not None:  # read, and refused where it cannot be, before any waiver is looked at
        pack = choose_pack(pack, proposal.date)
    if not proposal.accepted_risks:
        return
    from paracheck.rules.loader import waiver_problems

    problems = waiver_problems(proposal, choose_pack(pack, proposal.date))
    if problems:
        raise InputError(problems)


def expand_inputs(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The files :func:`assess_many` reads for ``paths``: folders replaced by the proposal
    files in them and their subfolders, sorted; other paths (``-`` for stdin) kept as given."""
    from paracheck.inputs import expand_inputs as _expand

    # a folder's name given as the list read it letter by letter, "/" the whole disk (attack
    # 480 M5), as assess_many and stream_batch refuse it
    _paths("expand_inputs", paths)
    return _expand(paths)


def distinct_inputs(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The files of :func:`expand_inputs` each once, at its first place: a file named again
    (a folder and a file in it, ``a.yaml`` and ``./a.yaml``) is one proposal, which a batch
    should assess and list once (``diff a.yaml a.yaml`` keeps both, through
    :func:`expand_inputs` alone)."""
    from paracheck.inputs import distinct_inputs as _distinct
    from paracheck.inputs import expand_inputs as _expand

    _paths("distinct_inputs", paths)
    return _distinct(_expand(paths))


def load_proposal_or_folder(path: str | os.PathLike[str]) -> Proposal:
    """:func:`load_proposal` for a path :func:`expand_inputs` gave: a folder it kept has no
    proposal file in it, said so (as a batch says it) rather than "a folder, not a file"
    (atk270 #9: ``validate`` of an empty folder)."""
    from paracheck.errors import Words
    from paracheck.facts.loader import problem

    shown = os.fspath(path)
    if shown not in ("-", "") and os.path.isdir(shown):
        words = Words.of("batch.empty_folder")
        raise InputError([problem(shown_name(shown), None, None, "", words)])
    return load_proposal(path)


def shown_name(path: str | os.PathLike[str]) -> str:
    r"""A file name as paracheck prints it: the bytes of a name that are not UTF-8 (a
    Windows-1252 name from a zip) as ``\xNN``, since Python holds them as lone surrogates,
    which no report, JSON document or terminal can encode."""
    from paracheck.inputs import shown_name as _shown

    return _shown(os.fspath(path))


def proposal_forms() -> tuple[str, ...]:
    """The forms of cooperation a proposal may have (``sister_province`` …)."""
    from paracheck.facts.template import FORMS

    return FORMS


def proposal_template(form: str = "sister_province", lang: str = "id") -> str:
    """A commented YAML proposal for ``form`` to fill in; valid as it is (every field still
    to fill is commented out, so it reads as unknown). Its comments are in ``lang`` (``id``
    or ``en``); its keys and values are the same in both. ``ValueError`` for an unknown form
    or language."""
    from paracheck.facts.template import proposal_template as _template

    return _template(form, lang)


def run_examples(pack: str | RulePack) -> tuple[int, list[ExampleFailure]]:
    """Run every rule's own examples: ``(examples run, failures)``; each ``fires`` example
    must be a risk and each ``clears`` example clear."""
    from paracheck.engine.examples import run_examples as _run

    return _run(load_pack(pack) if isinstance(pack, str) else pack)


def find_rule(pack: RulePack, rule_id: str) -> Rule | None:
    """The rule ``rule_id`` of ``pack`` (case-insensitive), or None."""
    from paracheck.report.catalogue import find_rule as _find

    return _find(pack, rule_id)


def render_checklist(pack: RulePack, lang: str = "id", fmt: str = "text") -> str:
    """The blank checklist of a regime (text or markdown): every procedural step and check."""
    from paracheck.report import render_checklist as _render

    return _render(pack, lang, fmt)


def render_rule_list(pack: RulePack, lang: str = "id", *, color: bool = False) -> str:
    """The catalogue of a pack as a table: id, domain, severity, likelihood × impact, title."""
    from paracheck.report import render_rule_list as _render

    return _render(pack, lang, color=color)


def render_rule(pack: RulePack, rule: Rule, lang: str = "id") -> str:
    """One rule in full (why, recommendations, sources, condition) as Markdown."""
    from paracheck.report import render_rule as _render

    return _render(pack, rule, lang)


def write_reference_docs(
    directory: str | os.PathLike[str], packs: Iterable[str] | None = None
) -> list[Path]:
    """Write the Markdown reference of every shipped pack (or only ``packs``) into
    ``directory`` as ``<pack>.md``; return the paths written."""
    from paracheck.report.reference import write_reference_docs as _write

    return _write(directory, packs)


def render_batch(
    items: Sequence[BatchItem],
    fmt: str = "text",
    lang: str = "id",
    *,
    color: bool = False,
    width: int | None = None,
    summary_only: bool = False,
) -> Iterator[bytes]:
    """Results of :func:`assess_many` as one batch document in UTF-8 pieces: each report,
    then the summary table (JSON: the ``paracheck/batch/v1`` object; CSV: every check's row).
    For many files prefer :func:`stream_batch`, which never holds them all."""
    from paracheck.batch import BatchItem as _Item
    from paracheck.report import render_batch as _render

    _takes(
        "render_batch",
        "items",
        "[paracheck.BatchItem, …] (from paracheck.assess_many)",
        items,
        isinstance(items, Sequence)
        and not isinstance(items, str | bytes)
        and all(isinstance(item, _Item) for item in items),
    )
    return _render(items, fmt, lang, color=color, width=width, summary_only=summary_only)


def stream_batch(
    paths: Sequence[str | os.PathLike[str]],
    fmt: str = "text",
    lang: str = "id",
    *,
    pack: str | None = None,
    as_of: dt.date | None = None,
    color: bool = False,
    width: int | None = None,
    summary_only: bool = False,
    workers: int | None = None,
    on_row: Callable[[BatchRow], None] | None = None,
) -> Iterator[bytes]:
    """Assess files and folders in a process pool and yield the batch document (the same
    bytes as :func:`render_batch`) as it is made: each report is rendered by the worker that
    assessed it and handed on in input order, so memory stays flat over any number of files.

    ``on_row`` is called with each input's row as soon as it is answered: ``source``,
    ``summary`` (``title``, ``verdict``, ``score``, ``top_risks``, ``fails(on, on_unknown)``)
    or ``problems`` (``ok`` tells which), and ``internal`` when paracheck itself failed.
    A bad format, language or pack raises before anything is read.
    """
    from paracheck.batch import stream

    _paths("stream_batch", paths)
    return stream(
        paths,
        fmt,
        lang,
        pack=pack,
        as_of=_day(as_of),
        color=color,
        width=width,
        summary_only=summary_only,
        workers=workers,
        on_row=on_row,
    )


def render_batch_pdf(
    items: Sequence[BatchItem], lang: str = "id", summary_only: bool = False
) -> bytes:
    """Results of :func:`assess_many` as one PDF (headless Chromium, as :func:`render_pdf`)."""
    from paracheck.report.pdf import render_batch_pdf as _render

    return _render(items, lang, summary_only=summary_only)


def check_output(
    path: str | os.PathLike[str], inputs: Iterable[str] = (), packs: Iterable[str] = ()
) -> Path:
    """The file a report for ``path`` would be written to, or a :class:`UsageError` saying
    why it cannot be (a folder, read-only, missing folder, one of ``inputs`` or one of the
    rule pack files ``packs``, see :func:`pack_files`)."""
    from paracheck.report.files import check_target

    return check_target(path, inputs, packs)


def write_output(
    path: str | os.PathLike[str],
    content: str | Iterable[bytes],
    inputs: Iterable[str] = (),
    packs: Iterable[str] = (),
    *,
    new_only: bool = False,
) -> Path:
    """Write a report (text, or UTF-8 pieces) to ``path`` atomically, never over one of
    ``inputs`` or ``packs``, nor over any existing file when ``new_only`` (a template);
    :class:`UsageError` when it cannot be written (see :func:`check_output`)."""
    from paracheck.report.files import write_atomically

    return write_atomically(path, content, inputs, packs, new_only=new_only)


def stdout_refusal(failure: OSError | None = None) -> UsageError:
    """The :class:`UsageError` to raise when a report cannot be printed on standard output:
    ``failure`` is the error a write met (a full disk: "cannot write to standard output: no
    space left"), None when standard output is closed. A pipe closed early (``| head``,
    ``EPIPE``) is no failure of the user's: the caller ends quietly on it instead."""
    from paracheck.report.files import stdout_refusal as _refusal

    return _refusal(failure)


def pack_files(pack: str | os.PathLike[str] | None) -> list[str]:
    """The files a rule pack given by path is read from (the pack and each file it
    includes), which a report must not be written over (``--pack my.yaml -o my.yaml``
    replaced the pack by the report); none for a shipped pack's name or ``None``."""
    if pack is None:
        return []
    from paracheck.rules.loader import pack_files as _files

    return _files(pack)


def serve(
    host: str = "127.0.0.1", port: int = 8000, *, token: str | None = None, workers: int = 1
) -> None:
    """Serve the web form and the HTTP API (the ``web`` extra) until interrupted.

    Raises :class:`UsageError` when the extra is not installed (naming the install command)
    or when the server must not or cannot start as asked (another address than loopback
    without an access token; a host it cannot listen on, a port in use).
    """
    try:
        from paracheck.web.serve import serve as _serve
    except ImportError as exc:
        raise UsageError.of("usage.serve_extra", missing=exc.name) from None
    _serve(host, port, token=token, workers=workers)  # refuses with a UsageError
