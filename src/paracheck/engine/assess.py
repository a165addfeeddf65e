"""From a proposal and a pack to an Assessment: statuses, evidence, questions, scoring.

The engine (compiler + adapter) decides which rules fire, definitely or only possibly; this
module turns that into the contract of PRODUCT.md §2. Everything here is deterministic and
sorted, so the same input and pack give the same bytes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
import threading
import weakref
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from typing import Any, TypeVar

import msgspec

from paracheck import _cache
from paracheck.counting import in_words
from paracheck.engine import model as m
from paracheck.engine.compiler import (
    UNBOUNDED,
    CompiledPack,
    CountNode,
    Outcome,
    aside_target,
    compiled,
    due_target,
)
from paracheck.errors import InputError, Words, problem
from paracheck.facts import reference
from paracheck.facts.decompose import FactView, Scoped, decompose
from paracheck.facts.labels import (
    elapsed,
    elapsed_both,
    field_label,
    idle_before,
    iso_day,
    join_words,
    programs_where,
    runs_after,
    value_text,
)
from paracheck.facts.model import Origin, Proposal
from paracheck.facts.paths import COLLECTIONS, UNSHOWN, vocabulary
from paracheck.rules import conditions as c
from paracheck.rules.loader import (
    Wording,
    choose_pack,
    era_of,
    era_swapper,
    level_swaps,
    pack_if_loadable,
    predecessor,
    swapper,
    wordings,
)
from paracheck.rules.model import (
    ACTION_STAGES,
    STAGE_ORDER,
    ActorSpec,
    Bilingual,
    ProcedureStepSpec,
    Rule,
    RulePack,
    evaluation_dated_long_ago,
    evaluation_on_record,
    head_of_region,
    in_window,
    reason_text,
    regime_words,
    stage_reached,
    study_refs,
    with_yardstick,
)

#: what a rule cites or says by date: a source, or a dated paragraph of its reason
_Dated = TypeVar("_Dated")

_LEVEL = {"blocker": "high", "high": "high", "medium": "medium", "low": "low", "info": "low"}
_ITEM = re.compile(r"^sectors\[\d+\](?:\.programs\[\d+\])?\.")


def resolve_as_of(proposal: Proposal, as_of: dt.date | None) -> dt.date:
    """The date judged at: explicit, else the proposal's date, else today."""
    if as_of is not None:
        return as_of
    if proposal.date is not None:
        return proposal.date
    return dt.date.today()


def assess(
    proposal: Proposal, pack: str | RulePack | None = None, as_of: dt.date | None = None
) -> m.Assessment:
    """Assess one proposal; pure (no printing, no global state beyond compiled packs and the
    code generated for them, both also kept in the disk cache: :mod:`paracheck._cache`)."""
    day = resolve_as_of(proposal, as_of)
    chosen = choose_pack(pack, day)
    waivers = _waivers(proposal, chosen, day)
    refused = _refused(waivers, chosen)
    view = decompose(proposal, day)
    engine = compiled(chosen)
    origin = proposal.origin
    lines = origin.positions if origin.cite_lines else {}  # evidence cites these lines
    run = _Run(
        pack_plan(engine),
        engine.run(view),
        view,
        lines,
        _openers(engine),
        _reasons(engine),
        _top_tests(engine),
        _gates(engine),
    )
    # the region's own bodies by its level: a regency's or city's Bagian Kerja Sama, a
    # province's Biro, the Gubernur, Bupati or Wali Kota; the shared names ("Biro/Bagian
    # Kerja Sama", "kepala daerah") when the proposal does not say its level
    # and by the terms of the date judged (SKPD before UU 23/2014: the glossary's eras)
    # (a Jakarta administrative city's proposal is the province's: its bodies act)
    level: Wording = (_acting_level(proposal), era_of(day))
    rows: list[Row] = []
    # the date each step of the regime is judged at, as the procedure table dates it: read
    # by a rule dated by a step's own date (``dated_by: procedure.<step>.date``), worked
    # out on the first such rule
    dated_steps: _StepDates | None = None
    # an MoU recorded signed without its date, between the process's opening steps and the
    # first step after it: a rule dated by the signing whose instrument came into force, or
    # went out of force, within those bounds cannot be judged (:func:`_signing_bounds`)
    bounds = _signing_bounds(proposal, run.plan.steps, day)
    for plan in run.plan.rules:
        by: str | None = None  # the step whose date a step-dated rule is judged at
        if plan.dated_step is not None:
            if dated_steps is None:
                dated_steps = _step_dates(proposal, run.plan.steps, day)
            on, by = dated_steps[plan.dated_step]
            # dated by a signing the file records without its day, or by a step standing in
            # for it (the verification not listed, dated by the PKS): the day is known only to
            # lie within the bounds, and a finding of an instrument that came into, or went
            # out of, force within them waits on it; what would be found in neither case is
            # said as found (review 491 H2, Kemendagri trial 500 M1)
            if (
                bounds is not None
                and plan.window is not None
                and _dated_by_signing(plan.dated_step, by, bounds, run.plan.steps)
                and _straddles(plan.window, bounds[:2])
            ):
                row = _check(plan, run, waivers.get(plan.rule_id), on, level)
                if row[1]["status"] in ("risk", "accepted"):
                    row = _signing_undated(plan, run, level)
                rows.append(row)
                continue
        elif plan.window or plan.sources or plan.whys:
            on = _judged_on(plan, view)
        else:
            on = day
        if plan.window is None or in_window(*plan.window, on):
            rows.append(_check(plan, run, waivers.get(plan.rule_id), on, level))
        else:  # not in force on its date: counted, and said why it does not apply
            rows.append(_not_in_force(plan, on, by, view, level))
    rows.sort(key=_RULE_ID)
    if run.plan.asides:
        rows = _covered(rows, run.plan)
    notices = _date_notices(proposal, as_of, day)
    notices += _future_date_notices(proposal, as_of)
    notices += _earlier_facts_notices(proposal, as_of)
    notices += _later_dates_notices(proposal, day, chosen)
    notices += _earlier_regime_notices(proposal, chosen, day)
    notices += _begun_earlier_notices(proposal, chosen, day)
    notices += _pack_notices(chosen, day, chosen_by_date=pack is None)
    notices += _region_notices(proposal, day)
    notices += _partner_notices(proposal, day)
    notices += _workers_notices(proposal)
    notices += _term_notices(proposal, day, chosen, ahead=_ahead(proposal, as_of))
    notices = _partner_after_term(notices)
    notices += _stage_notices(proposal)
    notices += _unsigned_stage_notices(proposal, day)
    notices += _signing_behind_stage_notices(proposal)
    notices += _tkksd_notices(proposal)
    if waivers:
        titles = {row[0]: row[2].title for row in rows}
        notices += [
            _lapsed_notice(rule_id, titles.get(rule_id), w)
            for rule_id, w in sorted(waivers.items())
            if w.lapsed
        ]
        notices += _unused_notices(waivers, rows)
    if refused:
        titles = {row[0]: row[2].title for row in rows}
        notices += [
            _refused_notice(rule_id, titles.get(rule_id), w)
            for rule_id, w in sorted(refused.items())
        ]
    summary = _summarise(
        proposal, origin, chosen, day, rows, notices, run.plan, dated_steps, bounds
    )
    _cache.store_codes()  # the tests generated for this pack, for the next process
    return summary


# --------------------------------------------------------------------------- notices


def _notice(
    code: str,
    id_text: str,
    en_text: str,
    action: m.Recommendation | None = None,
    on: dt.date | None = None,
    short: tuple[str, str] | None = None,
    running: list[m.RunningProgram] | None = None,
    planned: list[m.RunningProgram] | None = None,
    idle: list[m.RunningProgram] | None = None,
) -> m.Notice:
    text = _build(m.Localized, id=id_text, en=en_text)
    said = None if short is None else _build(m.Localized, id=short[0], en=short[1])
    if running or planned or idle:
        return _build(
            m.Notice,
            code=code,
            text=text,
            action=action,
            date=on,
            short=said,
            running=running or None,
            planned=planned or None,
            idle=idle or None,
        )
    if short is None:
        return _build(m.Notice, code=code, text=text, action=action, date=on)
    return _build(m.Notice, code=code, text=text, action=action, date=on, short=said)


def _date_notices(proposal: Proposal, as_of: dt.date | None, day: dt.date) -> list[m.Notice]:
    """A notice when the proposal gives no date and none was asked for: it is judged as of
    the day it is assessed, under the regulation in force that day, which is not what the
    officer meant if the proposal is older (newcomer finding: ``paracheck init`` leaves the
    date commented out, and the report said nothing)."""
    if proposal.date is not None or as_of is not None:
        return []
    shown_id, shown_en = (value_text("date", day, lang) for lang in ("id", "en"))
    return [
        _notice(
            "no_date",
            f"Tanggal usulan atau penilaian tidak diisi: berkas dinilai per hari ini "
            f"({shown_id}) dengan aturan yang berlaku hari ini. Isi tanggal itu agar dinilai "
            "dengan aturan yang berlaku pada tanggal itu.",
            f"The proposal gives no date: it is judged as of today ({shown_en}) under the rules "
            "in force today. Give the proposal's date to have it judged under the rules in "
            "force on that date.",
        )
    ]


def _ahead(proposal: Proposal, as_of: dt.date | None) -> bool:
    """Whether the date judged is the proposal's own date and that date has not come yet
    (the notice ``future_date``)."""
    return as_of is None and proposal.date is not None and proposal.date > dt.date.today()


def _earlier_facts_notices(proposal: Proposal, as_of: dt.date | None) -> list[m.Notice]:
    """A notice when the file is judged as of a day later than its own date (``--as-of``, a
    re-assessment): every check takes the facts as unchanged since the file's date, so a
    programme last active before it counts as idle ever since (province trial 480 M-7: a file
    of September 2022 judged as of March 2025 read "tidak ada kegiatan lebih dari setahun",
    high, with no word that its facts were two and a half years old)."""
    if as_of is None or proposal.date is None or as_of <= proposal.date:
        return []
    filed_id, filed_en = (value_text("date", proposal.date, lang) for lang in ("id", "en"))
    judged_id, judged_en = (value_text("date", as_of, lang) for lang in ("id", "en"))
    return [
        _notice(
            "facts_dated_earlier",
            f"Isi berkas tercatat per {filed_id}, sedangkan penilaian ini per {judged_id}: "
            f"setiap pemeriksaan menganggap keadaannya tidak berubah sejak {filed_id} "
            f"(misalnya, program yang tercatat terakhir berkegiatan sebelum tanggal itu "
            f"dihitung tanpa kegiatan sampai {judged_id}). Bila keadaannya sudah berubah, "
            "perbarui isi berkas beserta tanggalnya lalu nilai ulang.",
            f"The file's facts are as of {filed_en}, and this assessment is as of {judged_en}: "
            f"every check takes them as unchanged since {filed_en} (a programme last active "
            f"before that date, for one, counts as idle until {judged_en}). Where things have "
            "changed, update the file and its date, then assess it again.",
        )
    ]


def _future_date_notices(proposal: Proposal, as_of: dt.date | None) -> list[m.Notice]:
    """A notice when the proposal's own date has not come yet (a planned signing, or a typing
    slip such as 2062): it is judged under the rules known today for that date."""
    if not _ahead(proposal, as_of) or proposal.date is None:
        return []
    shown_id, shown_en = (value_text("date", proposal.date, lang) for lang in ("id", "en"))
    return [
        _notice(
            "future_date",
            f"Tanggal usulan atau penilaian ({shown_id}) belum tiba: berkas dinilai dengan "
            "aturan yang diketahui hari ini untuk tanggal itu. Periksa tanggalnya; bila salah "
            "tulis, perbaiki lalu nilai ulang.",
            f"The proposal's date ({shown_en}) has not come yet: it is judged under the rules "
            "known today for that date. Check the date; if it is a slip, correct it and "
            "assess again.",
        )
    ]


TERM_WARNING_DAYS = 183
"""How close to the MoU's last day a partnership is told its term is ending (six months: the
time an evaluation and a decision to renew or to end take)."""

RENEWAL_NOTICE_DAYS = 365
"""How close to the MoU's last day, beyond :data:`TERM_WARNING_DAYS`, a partnership is told
that a new MoU takes the procedure again (a year: the window in which the packs already
budget and plan only to the MoU's end, BUD-004, BUD-005, IMP-006). Trial 210 #8: seven
months before the end of a 2016 MoU, the memo named the end only inside BUD-004's budget
advice, and the Saran nothing of the decision a new MoU needs in time."""

#: what a new MoU needs again before its signing, said by the notice on a term ending within
#: the year: the pack's statutory steps (a law's, not the practice's), in the words a
#: sentence gives them
_STATUTORY_STEP_WORDS = {
    "dprd_approval": ("persetujuan DPRD", "the DPRD's approval"),
    "central_approval": ("persetujuan pemerintah pusat", "the central government's approval"),
}


#: the glossary's name of the region's cooperation unit, as the packs write it (a province's)
_UNIT = "Biro Kerja Sama"


def _running_programs(proposal: Proposal, ends: dt.date) -> list[m.RunningProgram]:
    """The programmes recorded as running, or active, after the MoU's last day
    (:func:`labels.runs_after`), in both languages, each with its sector's agency and its
    status in the file."""
    return _programs_named(proposal, lambda p: runs_after(p, ends))


def _planned_programs(proposal: Proposal, ends: dt.date) -> list[m.RunningProgram]:
    """The programmes recorded as planned and not active after the MoU's last day (those
    are :func:`_running_programs`), each with its sector's agency: under a lapsed MoU they
    can start only under a new one."""
    return _programs_named(proposal, lambda p: p.status == "planned" and not runs_after(p, ends))


def _idle_programs(proposal: Proposal, ends: dt.date) -> list[m.RunningProgram]:
    """The programmes recorded as running but idle for more than half a year when the MoU
    ended (:func:`labels.idle_before`), and not active after it: the partnership's decay
    before its end, which the evaluation weighs, not activities to stop (trial 340 H2)."""
    return _programs_named(
        proposal,
        lambda p: (
            p.status == "ongoing" and idle_before(p.last_activity, ends) and not runs_after(p, ends)
        ),
    )


def _programs_named(proposal: Proposal, keep: Callable[[Any], bool]) -> list[m.RunningProgram]:
    """The programmes ``keep`` holds for, as the lapsed-MoU notice names them
    (:func:`labels.programs_where`), in both languages."""
    return [
        _build(
            m.RunningProgram,
            name=_build(m.Localized, id=said_id, en=said_en),
            agency=agency,
            at=at,
            status=program.status,
            last_activity=program.last_activity,
        )
        for (said_id, agency, at, program), (said_en, *_) in zip(
            programs_where(proposal, keep, "id"), programs_where(proposal, keep, "en"), strict=True
        )
    ]


def _idle_after(idle: list[m.RunningProgram]) -> tuple[str, str]:
    """The notice's sentence naming the programmes recorded as running but idle for more than
    half a year when the MoU ended, each with its last activity's date; empty when none."""
    if not idle:
        return "", ""
    named_id, named_en = (
        "; ".join(
            f"{p.name.get(lang)} ({'kegiatan terakhir' if lang == 'id' else 'last active'} "
            f"{value_text('date', p.last_activity, lang)})"
            for p in idle
        )
        for lang in ("id", "en")
    )
    return (
        "Program berikut masih tercatat berjalan, tetapi tidak berkegiatan selama lebih dari "
        f"enam bulan sebelum MoU berakhir dan tidak sesudahnya: {named_id}. ",
        "The following programmes are recorded as running, but were idle for more than six "
        f"months before the MoU ended and not active since: {named_en}. ",
    )


def _planned_after(planned: list[m.RunningProgram]) -> tuple[str, str]:
    """The notice's sentence naming the programmes planned under a lapsed MoU, each with its
    sector's agency; empty when none."""
    named_id, named_en = (
        [f"{p.name.get(lang)} ({p.agency})" if p.agency else p.name.get(lang) for p in planned]
        for lang in ("id", "en")
    )
    if not named_id:
        return "", ""
    return (
        "Program yang tercatat direncanakan baru dapat dimulai bila kerja sama dilanjutkan "
        f"dengan MoU baru: {'; '.join(named_id)}. ",
        f"Programmes recorded as planned can start only if the cooperation goes on under a "
        f"new MoU: {'; '.join(named_en)}. ",
    )


def _running_after(running: list[m.RunningProgram]) -> tuple[str, str]:
    """The sentences naming the programmes recorded as running, or active, after the MoU's
    last day (status ongoing, or a start or last activity after it; not the cancelled), each
    with the agency in charge of its sector where the file names one; empty when none
    (newcomer trial 21 #3: a border market still running two months after the end went
    unnamed, and the head could not tell what ran without a basis, nor whose it was). Those
    still running have their basis confirmed, no new commitment and a pause where it harms no
    participant; those finished or stalled since are recorded for the evaluation, as the
    Saran says them (review 310, 3: the notice told the agencies to confirm the basis of, and
    pause, programmes that had ended)."""
    now = [p for p in running if p.status not in _ENDED_SINCE]
    ended = [p for p in running if p.status in _ENDED_SINCE]
    said_id, said_en = "", ""
    if now:
        named_id, named_en = (_named(now, lang) for lang in ("id", "en"))
        # what their agencies do now (trial22 #3: named, but nobody was told anything); no
        # stop of what a participant would lose by (words26 A3: a scholarship's students
        # abroad); "agar": what they are to do, not what they did (review 220, 3)
        said_id += (
            f"Program yang tercatat masih berjalan sesudah tanggal itu: {named_id}; Perangkat "
            "Daerah pengampunya agar memastikan dasar pelaksanaannya dan tidak membuat komitmen "
            "baru dengan mitra sampai ada keputusan atas hasil evaluasi; kegiatan yang dapat "
            "dihentikan tanpa merugikan peserta agar dihentikan sementara. "
        )
        said_en += (
            f"Programmes recorded as still running since then: {named_en}; the agencies in "
            "charge confirm what they rest on and make no new commitment with the partner "
            "until the evaluation is decided; activities that can stop without harm to their "
            "participants are suspended. "
        )
    if ended:
        named_id, named_en = (_named(ended, lang) for lang in ("id", "en"))
        said_id += (
            f"Program yang berkegiatan sesudah tanggal itu, lalu selesai atau terhenti: "
            f"{named_id}; kegiatannya sesudah tanggal itu dicatat dalam bahan evaluasi. "
        )
        said_en += (
            f"Programmes active since then that have finished or stalled: {named_en}; what "
            "they did after that day is recorded in the evaluation. "
        )
    return said_id, said_en


#: a programme active after the MoU's last day that has ended since (recorded, not paused)
_ENDED_SINCE = ("done", "stalled")


def _named(programs: list[m.RunningProgram], lang: str) -> str:
    """Programmes as the lapsed-MoU notice names them, each with its sector's agency."""
    return "; ".join(
        f"{p.name.get(lang)} ({p.agency})" if p.agency else p.name.get(lang) for p in programs
    )


def _term_notices(
    proposal: Proposal, day: dt.date, pack: RulePack, *, ahead: bool = False
) -> list[m.Notice]:
    """A notice when a signed MoU's term (``agreement.expires``) has ended before the date
    judged, or ends within six months of it; at any stage, when it ends on or before the
    signing's date (a slip of one date or the other). A fact of the proposal, not a rule: no
    source we use says what a region must do then, but an officer judging a partnership whose
    MoU has lapsed must know it (newcomer trial 9 could not say so: a 2017 MoU that ended in
    2022 while field work went on). ``ahead``: the date judged has not come yet (the notice
    ``future_date``), so a lapse is said as of that date, if it is right, not as past."""
    ends = proposal.agreement.expires if proposal.agreement is not None else None
    if ends is None:
        return []
    shown_id, shown_en = (value_text("date", ends, lang) for lang in ("id", "en"))
    signed = next(
        (s.date for s in proposal.procedure or [] if s.step == "signing" and s.date is not None),
        None,
    )
    if signed is not None and ends <= signed:
        # a slip of one date or the other: an MoU cannot end before it is signed (newcomer
        # trial 13 was told its MoU "telah berakhir" a month before its signing), nor on the
        # day it is signed (robust19: a term of one day was "telah berakhir" ever after); at
        # any stage, a planned signing too (a proposal's slip was passed over in silence)
        if ends == signed:
            said_id = (
                f"Tanggal berakhirnya MoU ({shown_id}) sama dengan tanggal penandatanganannya: "
                "MoU itu hanya akan berlaku satu hari."
            )
            said_en = (
                f"The MoU's end date ({shown_en}) is the day of its signing: a term of one day."
            )
        else:
            signed_id, signed_en = (value_text("date", signed, lang) for lang in ("id", "en"))
            said_id = (
                f"Tanggal berakhirnya MoU ({shown_id}) lebih awal daripada tanggal "
                f"penandatanganannya ({signed_id})."
            )
            said_en = f"The MoU's end date ({shown_en}) is before its signing ({signed_en})."
        return [
            _notice(
                "mou_expires_before_signing",
                f"{said_id} Periksa kedua tanggal itu, perbaiki, lalu nilai ulang; masa berlaku "
                "MoU belum dapat dinilai.",
                f"{said_en} Check both dates, correct them and assess again; the MoU's term "
                "cannot be judged yet.",
            )
        ]
    if proposal.stage in (None, "proposal"):
        return []
    # who acts (wording review 15: a notice naming no actor; trial 15: nobody was named to
    # decide, nor the way to a new MoU): the unit prepares the head of region's decision, and
    # a new MoU is a new cooperation, taken through the procedure of the rules in force
    level = _acting_level(proposal)
    # the cooperation unit that prepares the head of region's decision, by the region's
    # level (a province's Setda has a Biro, a regency's or city's a Bagian: the glossary)
    spec = pack.actors.get(_UNIT)
    unit_id = (spec.at_level(level) if spec is not None else None) or _UNIT
    unit = pack.actors.get(unit_id)
    unit_en = f"the {unit.en if unit is not None else unit_id}"
    # who decides on the MoU (words16: "kepala daerah" where the memo knows whether it is a
    # Gubernur, a Bupati or a Wali Kota)
    head_id, head_en = head_of_region(pack.actors, level)
    # the regime with the instruments in force beside it on the day (PP 28/2018 beside
    # Permendagri 3/2008 from April 2018: trial 370 M4, a new MoU "menurut Permendagri
    # 3/2008" in a 2019 memo whose header named both)
    regime = pack.regime_on(day)
    regime_id, regime_en = regime_words(regime, "id"), regime_words(regime, "en")
    # the evaluation the file records (its report's date), which the head of region's
    # decision rests on: submitted, not prepared again (held-out 44); at the evaluation
    # stage or after the term only, as REG-026 reads it
    reporting = next((s for s in proposal.procedure or [] if s.step == "reporting"), None)
    evaluated = (
        evaluation_on_record(reporting.status, reporting.date, day, ends, proposal.stage)
        if reporting is not None
        else None
    )
    if evaluated is None:
        prepare_id, prepare_en = "menyiapkan evaluasi kerja sama", "prepare an evaluation"
        do_id, do_en = "Siapkan evaluasi kerja sama", "Prepare an evaluation of the cooperation"
        review_id, review_en = "bahan evaluasi", "for the evaluation"
    else:
        on_id, on_en = (value_text("date", evaluated, lang) for lang in ("id", "en"))
        # drawn from the report the file records, which may be a yearly report as well as an
        # evaluation (trial 360 M5; report/messages.py, "advice.prepare.evaluated")
        said_id = f"hasil evaluasi kerja sama berdasarkan laporan yang disampaikan pada {on_id}"
        said_en = f"the evaluation's result, drawn from the report sent on {on_en}"
        if evaluation_dated_long_ago(evaluated, day):
            # more than six months old: brought up to date (trial 231 #2)
            said_id += " dan perkembangan sesudahnya"
            said_en += " and from what has happened since"
        prepare_id, prepare_en = f"mengajukan {said_id}", f"submit {said_en}"
        do_id, do_en = f"Ajukan {said_id}", f"Submit {said_en}"
        review_id, review_en = "bahan keputusan", "for the decision"
    if ends < day:
        # the decision is the plan's first action, and the advice that presumes an MoU in
        # force waits for the new one (trial 16 #1: an expired MoU was told to restart its
        # programmes with the partner; #9: "Saran … yang berlaku sebelum MoU diubah atau
        # diperpanjang" named no advice an officer could find)
        decide_id = (
            f"sebagai bahan pertimbangan {head_id} untuk memutuskan: "
            "melanjutkan kerja sama dengan MoU baru, yang disusun melalui tahapan kerja sama "
            f"menurut {regime_id}, atau mengakhirinya secara resmi"
        )
        decide_en = (
            f"for the {head_en} to decide: to go on under a new MoU, drawn up "
            f"through the procedure of {regime_en}, or to end the cooperation formally"
        )
        # the lapsed MoU's action has said "an evaluation" alone in English since v2
        short_do_en = "Prepare an evaluation" if evaluated is None else do_en
        action = _build(
            m.Recommendation,
            text=_build(m.Localized, id=f"{do_id} {decide_id}.", en=f"{short_do_en} {decide_en}."),
            owner=unit_id,
            stage="monitoring",
            owner_name=_build(m.Localized, id=unit_id, en=unit.en if unit is not None else unit_id),
        )
        running = _running_programs(proposal, ends)
        running_id, running_en = _running_after(running)
        idle = _idle_programs(proposal, ends)
        idle_id, idle_en = _idle_after(idle)
        planned = _planned_programs(proposal, ends)
        planned_id, planned_en = _planned_after(planned)
        running_id, running_en = (
            running_id + idle_id + planned_id,
            running_en + idle_en + planned_en,
        )
        era = era_of(day)
        if era is not None:  # its agencies by the term of the date judged (SKPD before 2014)
            running_id, running_en = (
                era_swapper(era, "id")(running_id),
                era_swapper(era, "en")(running_en),
            )
        # judged on a date still to come, the end is said as of that date, if it is right
        # (trial22 #11: "telah berakhir pada 15 Desember 2026" on 1 December 2026)
        ended_id, ended_en = (
            (
                f"Masa berlaku MoU berakhir pada {shown_id}, sebelum tanggal penilaian yang "
                "belum tiba; bila tanggal penilaian itu benar, kegiatan sesudah "
                f"{shown_id} tidak lagi memiliki dasar MoU yang berlaku. ",
                f"The MoU's term ends on {shown_en}, before the date judged, which has not "
                "come yet; if that date is right, activities after then no longer rest on an "
                "MoU in force. ",
            )
            if ahead
            else (
                f"Masa berlaku MoU telah berakhir pada {shown_id}, sebelum tanggal penilaian; "
                "kegiatan sesudah tanggal itu tidak lagi memiliki dasar MoU yang berlaku. ",
                f"The MoU's term ended on {shown_en}, before the date judged; activities "
                "since then no longer rest on an MoU in force. ",
            )
        )
        short_id, short_en = (
            (
                f"masa berlaku MoU berakhir sebelum tanggal penilaian ({shown_id})",
                f"MoU ends before the date judged ({shown_en})",
            )
            if ahead
            else (f"masa berlaku MoU telah berakhir ({shown_id})", f"MoU expired ({shown_en})")
        )
        return [
            _notice(
                "mou_expired",
                f"{ended_id}{running_id}"
                # "Tindak lanjut dalam rencana ini", not "Saran dalam telaahan ini": the memo's
                # Saran is its closing section, and the plan's actions are meant (words18 B1);
                # what waits is what the plan holds (programmes, the joint committee's
                # meetings), while the reviews with the partner that decide whether each
                # sector goes on are the evaluation's input, done now (trial22 #6: the notice
                # put "pemantauan bersama mitra" among what waits beside IMP-005's review
                # meeting with the partner, firm in the evaluation group). The review is the
                # region's own, of its sectors and programmes: the packs' lapsed halves of
                # IMP-004/005 settle nothing with the partner before the head decides (trial
                # 30 W2); the body is "kelompok kerja bersama", as the checks name it (C3)
                f"{unit_id} agar {prepare_id} {decide_id}. Tindak lanjut dalam rencana ini yang "
                "mengandaikan kerja sama masih berjalan, seperti pelaksanaan program dan "
                "sidang kelompok kerja bersama, baru dilaksanakan bila kerja sama dilanjutkan "
                f"dengan MoU baru; peninjauan sektor dan program sebagai {review_id} tetap "
                "dilakukan sekarang.",
                f"{ended_en}{running_en}"
                f"{unit_en[0].upper()}{unit_en[1:]} "
                f"should {prepare_en} {decide_en}. Actions in this plan that presume a running "
                "partnership, such as carrying out programmes and the joint working group's "
                "meetings, are taken only if the cooperation goes on under a new MoU; the "
                f"review of the sectors and programmes {review_en} is held now.",
                action,
                ends,
                # a batch row's words: the tense and the date (words18 A9: "masa berlaku MoU
                # berakhir" read as ended or ending)
                (short_id, short_en),
                running,
                planned,
                idle,
            )
        ]
    left = (ends - day).days
    if left <= TERM_WARNING_DAYS:
        # "4 bulan 12 hari lagi", not "134 hari lagi" (memo17: days are a number to divide)
        when_id = "hari ini, tanggal penilaian" if left == 0 else f"{elapsed(day, ends, 'id')} lagi"
        when_en = "on the date judged" if left == 0 else f"in {elapsed(day, ends, 'en')}"
        # the decision due is the plan's first action, as beside a lapsed MoU (wording review
        # 19 A3: the evaluation the notice asks for had no line in the plan). It does not
        # repeat the notice's date and ways: the plan heads it with the date and points to the
        # notice (practitioner trial 22 #13: one sentence three times within 20 lines)
        action = _build(
            m.Recommendation,
            text=_build(
                m.Localized,
                id=f"{do_id} sebagai bahan pertimbangan {head_id} dalam "
                "memutuskan kelanjutan kerja sama.",
                en=f"{do_en} for the {head_en} to decide whether it goes on.",
            ),
            owner=unit_id,
            stage="monitoring",
            owner_name=_build(m.Localized, id=unit_id, en=unit.en if unit is not None else unit_id),
        )
        return [
            _notice(
                "mou_expiring",
                f"Masa berlaku MoU akan berakhir pada {shown_id} ({when_id}). {unit_id} agar "
                # before the term ends an MoU can still be extended, as the earlier-regime
                # notice and the plan's actions say ("perpanjangan", "sebelum MoU …
                # diperpanjang"): one memo, one set of ways (words18 B7)
                f"{prepare_id} sebagai bahan pertimbangan {head_id} untuk "
                "memutuskan apakah kerja sama diperpanjang atau dilanjutkan dengan MoU baru, "
                "atau diakhiri.",
                f"The MoU's term ends on {shown_en} ({when_en}). "
                f"{unit_en[0].upper()}{unit_en[1:]} should {prepare_en} for the "
                f"{head_en} to decide whether the cooperation is extended or goes on under a "
                "new MoU, or ends.",
                action,
                ends,
                # a batch row's words, with the day as the lapsed MoU's have it (words19 B10:
                # "MoU segera berakhir" beside "masa berlaku MoU telah berakhir (30 Juni 2025)")
                (
                    (f"MoU berakhir hari ini ({shown_id})", f"MoU ends today ({shown_en})")
                    if left == 0
                    else (f"MoU segera berakhir ({shown_id})", f"MoU ending soon ({shown_en})")
                ),
            )
        ]
    if left <= RENEWAL_NOTICE_DAYS:
        return [
            _renewal_notice(
                pack,
                day,
                ends,
                (unit_id, unit_en),
                (head_id, head_en),
                evaluating=proposal.stage == "evaluation",
            )
        ]
    return []


def _renewal_notice(
    pack: RulePack,
    day: dt.date,
    ends: dt.date,
    unit: tuple[str, str],
    head: tuple[str, str],
    *,
    evaluating: bool = False,
) -> m.Notice:
    """The notice ``mou_ending_within_year``: the MoU ends within the year but not within
    :data:`TERM_WARNING_DAYS`, so there is time for the evaluation, the head of region's
    decision and, for a new MoU, the procedure again, whose statutory steps in force on the
    date judged it names (DPRD approval; central approval under Permendagri 25/2020). No
    action of its own in the plan: the evaluation is due from six months before the end
    (the notice ``mou_expiring``), and the packs' advice already plans to the end. At the
    evaluation stage the evaluation is under way (the Saran's first item assigns it): the
    notice asks for the head of region's decision on it in time, not for one scheduled."""
    unit_id, unit_en = unit
    head_id, head_en = head
    shown_id, shown_en = (value_text("date", ends, lang) for lang in ("id", "en"))
    steps = [
        _STATUTORY_STEP_WORDS[step]
        for step in pack.statutory_steps_on(day)
        if step in _STATUTORY_STEP_WORDS
    ]
    regime = pack.regime_on(day)  # with the instruments beside it, as _term_notices says
    regime_id, regime_en = regime_words(regime, "id"), regime_words(regime, "en")
    gates_id = gates_en = ""
    if steps:
        gates_id = ", termasuk " + join_words([w for w, _ in steps], "id", "dan")
        gates_en = ", " + join_words([w for _, w in steps], "en", "and") + " among them"
    if evaluating:
        # the evaluation is the stage's own work: its decision is what must come in time
        then_id = (
            f"Karena itu, keputusan {head_id} atas hasil evaluasi kerja sama perlu diambil "
            f"cukup awal agar seluruh tahapan tersebut selesai sebelum {shown_id}."
        )
        then_en = (
            f"So the {head_en}'s decision on the evaluation should come early enough for that "
            f"procedure to be complete before {shown_en}."
        )
    else:
        then_id = (
            f"Karena itu, {unit_id} agar segera melaksanakan evaluasi kerja sama, sehingga "
            f"{head_id} dapat memutuskan kelanjutannya cukup awal agar seluruh tahapan tersebut "
            f"selesai sebelum {shown_id}."
        )
        then_en = (
            f"So {unit_en} should carry out the evaluation of the cooperation now, for the "
            f"{head_en} to decide early enough for that procedure to be complete before "
            f"{shown_en}."
        )
    return _notice(
        "mou_ending_within_year",
        f"Masa berlaku MoU akan berakhir pada {shown_id} ({elapsed(day, ends, 'id')} lagi). "
        "Bila kerja sama dilanjutkan dengan MoU baru, MoU baru itu harus melalui kembali "
        f"tahapan kerja sama menurut {regime_id}{gates_id}, sebelum ditandatangani. {then_id}",
        f"The MoU's term ends on {shown_en} (in {elapsed(day, ends, 'en')}). If the "
        "cooperation is to go on under a new MoU, that MoU goes through the procedure of "
        f"{regime_en} again{gates_en}, before it is signed. {then_en}",
        on=ends,
        short=(
            f"MoU berakhir dalam setahun ({shown_id})",
            f"MoU ends within the year ({shown_en})",
        ),
    )


_UNDER_WAY = frozenset({"ongoing", "done", "stalled"})
"""Programme statuses that say the cooperation has started to be carried out."""


def _stage_notices(proposal: Proposal) -> list[m.Notice]:
    """A notice when the proposal says only "MoU signed" while its own programmes are under
    way or finished: the checks of a running partnership (implementing agreements, regular
    reports, the joint group meeting) are not yet due at that stage, so a KSDLL whose
    programme had run for two years got no finding and no next step (newcomer trial 12).
    A fact of the proposal against itself; the officer decides which is right."""
    if proposal.stage != "mou_signed":
        return []
    started = sum(
        p.status in _UNDER_WAY for sector in proposal.sectors or [] for p in sector.programs or []
    )
    if not started:
        return []
    return [
        _notice(
            "stage_behind_programmes",
            f"Tahap kerja sama tercatat “MoU ditandatangani”, padahal {in_words(started, 'id')} "
            "program sudah berjalan, selesai, atau terhenti. Pemeriksaan kerja sama yang berjalan, "
            "seperti perjanjian kerja sama (PKS), laporan berkala dan pertemuan bersama, baru "
            "dinilai pada tahap “berjalan”: bila kerja sama memang sudah berjalan, ubah "
            "tahapnya lalu nilai ulang.",
            f'The stage is recorded as "MoU signed", yet {started} of its programmes '
            f"{'is' if started == 1 else 'are'} under way, finished or stalled. The checks "
            "of a running partnership, such as implementing agreements (PKS), regular reports "
            'and joint meetings, are judged from the "active" stage: if the cooperation is '
            "running, change the stage and assess again.",
        )
    ]


def _unsigned_stage_notices(proposal: Proposal, day: dt.date) -> list[m.Notice]:
    """A notice when the proposal says "usulan" while its procedure records the MoU signed
    (the signing step done, or dated on or before the date judged): the checks that read the
    stage judge a proposal, those that read the signing date a signed MoU, and the memo mixed
    both (held-out 48: Manado – Davao, signed in March 2024, its programme begun in August,
    was told "Usulan dapat diteruskan ke pelaporan" beside "Program sudah berjalan sebelum MoU
    ditandatangani"). A fact of the proposal against itself; the officer decides which record
    is right. A planned signing (pending, in progress, dated later) says nothing."""
    if proposal.stage != "proposal":
        return []
    signing = next((s for s in proposal.procedure or [] if s.step == "signing"), None)
    if signing is None or signing.status in ("pending", "in_progress", "not_applicable"):
        return []
    if signing.date is not None and signing.date > day:
        return []  # a date still to come: the notice dated_after_assessment says so
    if signing.status != "done" and signing.date is None:
        return []
    shown_id, shown_en = (
        (value_text("date", signing.date, "id"), value_text("date", signing.date, "en"))
        if signing.date is not None
        else (None, None)
    )
    # a signing of unknown status, dated: its date and that its status is unknown, not
    # "selesai" (attack 390 L4; wording review 56 M4). Such a signing always has its date
    # here (an undated one says nothing, above)
    if signing.status == "done":
        said_id = "tercatat selesai" + (f" pada {shown_id}" if shown_id else "")
        said_en = "recorded as done" + (f" on {shown_en}" if shown_en else "")
    else:
        said_id = f"diberi tanggal {shown_id}, sedangkan statusnya tidak diketahui"
        said_en = f"given the date {shown_en}, its status unknown"
    return [
        _notice(
            "stage_behind_signing",
            f"Tahap kerja sama tercatat “usulan”, padahal langkah penandatanganan MoU "
            f"{said_id}. Telaahan ini menilai sebagian pemeriksaan sebagai usulan dan "
            "sebagian sebagai MoU yang sudah ditandatangani: bila MoU memang sudah "
            "ditandatangani, ubah tahapnya menjadi “MoU ditandatangani” atau “berjalan”; bila "
            "belum, perbaiki catatan penandatanganannya. Lalu nilai ulang.",
            'The stage is recorded as "proposal", yet the signing of the MoU is '
            f"{said_en}. This assessment judges some checks as a proposal and others as a "
            'signed MoU: if the MoU is signed, change the stage to "MoU signed" or "active"; if '
            "not, correct the signing's record. Then assess again.",
        )
    ]


#: how a signing step not done reads beside a stage that says the MoU is signed
_SIGNING_STEP_WORDS = {
    "pending": ("belum dilakukan", "not yet done"),
    "in_progress": ("masih berlangsung", "still under way"),
}


def _signing_behind_stage_notices(proposal: Proposal) -> list[m.Notice]:
    """A notice when the stage says the MoU is signed (MoU signed, active, evaluation) while
    the procedure records its signing as not done (pending or in progress): every check of a
    signed partnership judged it signed, and a file with no MoU signed read "Kerja sama dapat
    dilanjutkan sesuai MoU" (attack 360 H1: the well-prepared example with its signing
    pending, running programmes and all, was low risk). The reverse of
    ``stage_behind_signing``; a fact of the proposal against itself, so the officer decides
    which record is right, and the decision waits for it (advice's correct-first notices)."""
    if proposal.stage not in ("mou_signed", "active", "evaluation"):
        return []
    signing = next((s for s in proposal.procedure or [] if s.step == "signing"), None)
    said = _SIGNING_STEP_WORDS.get(signing.status) if signing is not None else None
    if said is None:
        return []
    stage_id = value_text("stage", proposal.stage, "id")
    stage_en = value_text("stage", proposal.stage, "en")
    return [
        _notice(
            "signing_behind_stage",
            f"Tahap kerja sama tercatat “{stage_id}”, padahal langkah penandatanganan MoU "
            f"tercatat {said[0]}. Telaahan ini menilai kerja sama seakan-akan MoU sudah "
            "ditandatangani: bila MoU memang sudah ditandatangani, catat penandatanganannya "
            "sebagai selesai beserta tanggalnya; bila belum, ubah tahapnya menjadi “usulan”. "
            "Lalu nilai ulang.",
            f'The stage is recorded as "{stage_en}", yet the signing of the MoU is recorded as '
            f"{said[1]}. This assessment judges the partnership as if the MoU were signed: if "
            "it is, record the signing as done with its date; if not, change the stage to "
            '"proposal". Then assess again.',
        )
    ]


_PLAN_STEP_WORDS = {
    None: ("tidak tercantum dalam daftar prosedur", "is not listed in the procedure"),
    "pending": ("tercatat belum dilakukan", "is recorded as pending"),
    "unknown": ("tidak diketahui statusnya", "has no known status"),
}
"""How the plan step's record reads in a ``tkksd_without_plan`` notice, by its status."""


def _tkksd_notices(proposal: Proposal) -> list[m.Notice]:
    """A notice when the TKKSD is recorded as having discussed the cooperation plan while the
    procedure list has no plan done (not listed, pending or not known): GOV-020 ticked "the
    plan was discussed by the TKKSD" beside a procedure table saying the plan was not listed
    (newcomer trial 14). No source says what a TKKSD reviews without a plan; a fact of the
    proposal against itself, so the officer decides which record is right. Silent when the
    procedure is not given at all (nothing to contradict) or the plan is under way."""
    governance = proposal.governance
    if governance is None or governance.tkksd_reviewed is not True or not proposal.procedure:
        return []
    status = next((s.status for s in proposal.procedure if s.step == "cooperation_plan"), None)
    if status not in _PLAN_STEP_WORDS:
        return []
    said_id, said_en = _PLAN_STEP_WORDS[status]
    return [
        _notice(
            "tkksd_without_plan",
            "TKKSD tercatat telah membahas rencana kerja sama, tetapi langkah rencana kerja "
            f"sama {said_id}. Pastikan mana yang benar: bila rencananya sudah ada, catat "
            "langkah itu sebagai selesai beserta tanggalnya; bila belum, catat bahwa TKKSD "
            "belum membahasnya. Lalu nilai ulang.",
            "The TKKSD is recorded as having discussed the cooperation plan, yet the plan "
            f"step {said_en}. Check which is right: if the plan exists, record the step as done "
            "with its date; if not, record that the TKKSD has not discussed it. Then assess "
            "again.",
        )
    ]


LATER_DATES_NAMED = 3
"""How many dates after the date judged a ``dated_after_assessment`` notice names."""
_RECORDED = frozenset({"done", "in_progress"})
"""Step statuses whose date records something that happened (or began)."""


def _later_dates_notices(
    proposal: Proposal, day: dt.date, pack: RulePack | None = None
) -> list[m.Notice]:
    """A notice when the proposal records something as happening after the date it is judged
    at: a step, a programme's activity, a committee meeting. Every "how long since" check
    (a year after the MoU, six months without activity) counts from the date judged, so a
    partnership re-assessed years later with its original date kept is judged as it stood
    then — the officer must hear that, not find clear checks that only look clear.

    Where a step recorded falls after ``pack`` was revoked, the notice says so, and which
    rules a date after it would judge by (trial 320 H1: a file dated with its 2019 proposal
    and an MoU signed in April 2021 was judged under Permendagri 3/2008 alone, and read
    "medium" where the same facts judged after the signing were "high")."""
    # the places are named for the first LATER_DATES_NAMED dates only: the others are
    # counted, without a path written for each (a 150-sector proposal may have hundreds)
    later: list[tuple[str, dt.date]] = []
    count = 0
    last_step: dt.date | None = None
    for step in proposal.procedure or []:
        # a pending step's date is its plan (a signing set for next March), not a record
        if step.date is not None and step.date > day and step.status in _RECORDED:
            count += 1
            if last_step is None or step.date > last_step:
                last_step = step.date
            if count <= LATER_DATES_NAMED:
                later.append((f"procedure.{step.step}.date", step.date))
    # the programmes' fields read from their ``__dict__``: a model's attribute is a slow read
    # (pydantic's ``__getattr__`` hook), and a 150-sector proposal has hundreds of them
    for i, sector in enumerate(proposal.sectors or []):
        for j, program in enumerate(sector.__dict__["programs"] or []):
            fields = program.__dict__
            started, last = fields["started"], fields["last_activity"]
            if started is not None and started > day:
                count += 1
                if count <= LATER_DATES_NAMED:
                    later.append((f"sectors[{i}].programs[{j}].started", started))
            if last is not None and last > day:
                count += 1
                if count <= LATER_DATES_NAMED:
                    later.append((f"sectors[{i}].programs[{j}].last_activity", last))
    met = proposal.governance.joint_committee_last_met if proposal.governance else None
    if met is not None and met > day:
        count += 1
        if count <= LATER_DATES_NAMED:
            later.append(("governance.joint_committee_last_met", met))
    if not later:
        return []
    texts = {}
    for lang in ("id", "en"):
        named = [
            f"{field_label(path, lang)} {value_text('date', when, lang)}" for path, when in later
        ]
        more = count - LATER_DATES_NAMED
        if more > 0:
            named.append(f"{more} lainnya" if lang == "id" else f"{more} more")
        texts[lang] = (
            join_words(named, lang, "dan" if lang == "id" else "and"),
            value_text("date", day, lang),
        )
    (listed_id, day_id), (listed_en, day_en) = texts["id"], texts["en"]
    revoked_id, revoked_en = _revoked_before(pack, last_step)
    return [
        _notice(
            "dated_after_assessment",
            f"Berkas mencatat tanggal sesudah tanggal penilaian ({day_id}): {listed_id}. "
            f"{revoked_id}Pemeriksaan yang menghitung waktu (setahun sesudah MoU, enam bulan "
            "tanpa kegiatan) dihitung dari tanggal penilaian. Bila kerja sama ini dinilai ulang, "
            "isi tanggal usulan atau penilaian dengan tanggal penilaian ulang.",
            f"The proposal records dates after the date judged ({day_en}): {listed_en}. "
            f"{revoked_en}Checks that count time (a year after the MoU, six months without "
            "activity) count from the date judged. To re-assess the partnership, give the "
            "re-assessment's date as the proposal's date.",
        )
    ]


def _revoked_before(pack: RulePack | None, last: dt.date | None) -> tuple[str, str]:
    """The sentence, in both languages (each with its trailing space), saying that a step
    recorded on ``last`` falls after ``pack``'s rules were revoked and under which a date
    after it is judged; empty where it does not (no later step, the pack still in force on
    it, or no pack after it paracheck can read)."""
    if pack is None or last is None or pack.effective_until is None:
        return "", ""
    if last <= pack.effective_until or not pack.superseded_by or not pack.revoked_by:
        return "", ""
    later = pack_if_loadable(pack.superseded_by)
    if later is None or later.effective_from is None:
        return "", ""
    said = []
    for lang in ("id", "en"):
        on, start = value_text("date", last, lang), value_text("date", later.effective_from, lang)
        old, new = regime_words(pack.regime, lang), regime_words(later.regime, lang)
        said.append(
            f"Langkah terakhir yang dicatat ({on}) sudah masuk masa berlaku {pack.revoked_by} "
            f"(sejak {start}), yang mencabut {old}; bila kerja sama ini dinilai pada tanggal "
            f"sesudah langkah itu, dasar penilaiannya {new}, dan kesimpulannya dapat berbeda. "
            if lang == "id"
            else f"The last step recorded ({on}) falls within the term of {pack.revoked_by} (in "
            f"force from {start}), which revoked {old}; assessed on a date after that step, the "
            f"partnership is judged under {new}, and the conclusion may differ. "
        )
    return said[0], said[1]


def _earlier_regime_notices(proposal: Proposal, pack: RulePack, day: dt.date) -> list[m.Notice]:
    """A notice when the MoU was signed before the chosen pack came into force: the steps up
    to the signing are judged by the law of the signing's day (the rules dated by it and the
    procedure table's "required"), what is still owed on the date judged (reporting, the
    evaluation, the renewal) by the law of that date. Without
    it a reader of a 2016 sister city judged in 2025 sees "verification: not required" and
    citations of the revoked regulation with no word why (holdout reading, 2026-11-30).
    Said whichever pack judges: the earliest pack too (Permendagri 3/2008 judging an MoU of
    2007 said nothing, while the same MoU judged under PP 28/2018 was told it came before
    Permendagri 3/2008: newcomer trial 25 M1), unless the date judged is itself before that
    pack, which the notice no_pack_for_date or pack_not_in_force says."""
    if pack.effective_from is None:
        return []
    if pack.supersedes is None and day < pack.effective_from:
        return []
    signed = next(
        (
            step.date
            for step in proposal.procedure or []
            if step.step == "signing" and step.status == "done" and step.date is not None
        ),
        None,
    )
    if signed is None or signed >= pack.effective_from:
        return []
    earlier = predecessor(pack)
    signed_id, signed_en = (value_text("date", signed, lang) for lang in ("id", "en"))
    if pack.effective_from_precision == "year":
        # a start known by its year only is said as the year, never as its stand-in day
        start_id = start_en = str(pack.effective_from.year)
    else:
        start_id, start_en = (
            value_text("date", pack.effective_from, lang) for lang in ("id", "en")
        )
    now_id, now_en = regime_words(pack.regime, "id"), regime_words(pack.regime, "en")
    # the instrument that began this regime by revoking the earlier one: "sebelum PP 28/2018
    # dan Permendagri 25/2020 berlaku (22 Mei 2020)" dated PP 28/2018 to 2020, while it has
    # been in force since 2018 (held-out proposal 18)
    began = earlier.revoked_by if earlier is not None and earlier.revoked_by else None
    if began:
        head_id = (
            f"MoU ditandatangani pada {signed_id}, sebelum {began} berlaku ({start_id}) dan "
            f"mencabut {regime_words(earlier.regime, 'id')}. "  # type: ignore[union-attr]
        )
        head_en = (
            f"The MoU was signed on {signed_en}, before {began} came into force ({start_en}), "
            f"revoking {regime_words(earlier.regime, 'en')}. "  # type: ignore[union-attr]
        )
    else:
        head_id = f"MoU ditandatangani pada {signed_id}, sebelum {now_id} berlaku ({start_id}). "
        head_en = (
            f"The MoU was signed on {signed_en}, before {now_en} came into force ({start_en}). "
        )
    # what the rules of the date judged govern is what is owed on that date, not the years
    # of implementation before them (trial 16 #10: a 2012 MoU judged in 2025 read as if its
    # 2013-2020 implementation were judged under Permendagri 25/2020)
    # an MoU whose term has ended can no longer be extended: the decision owed is on the
    # lapsed MoU, as the notice mou_expired says (words18 B7)
    ends = proposal.agreement.expires if proposal.agreement is not None else None
    lapsed = ends is not None and signed <= ends < day
    owed_id = (
        "keputusan atas MoU yang telah berakhir" if lapsed else "perpanjangan atau pengakhiran MoU"
    )
    owed_en = "the decision on the lapsed MoU" if lapsed else "the MoU's renewal or ending"
    # what is owed on the date judged is owed under the regime of that date, with what ran
    # beside it (a 1994 MoU judged in 2019: "Permendagri 3/2008 dan PP 28/2018", as the
    # memo's "Dasar penilaian" says)
    today_id, today_en = (regime_words(pack.regime_on(day), lang) for lang in ("id", "en"))
    tail_id = (
        f"Yang dinilai menurut {today_id} ialah kewajiban yang masih berjalan pada tanggal "
        f"penilaian: pelaporan, evaluasi, dan {owed_id}; pelaksanaan "
        f"sebelum {start_id} berlangsung menurut aturan yang berlaku saat itu."
    )
    tail_en = (
        f"What is judged under {today_en} is what is still owed on the date judged: reporting, "
        f"the evaluation, and {owed_en}; the implementation before "
        f"{start_en} took place under the rules in force then."
    )
    if pack.effective_from is not None and day < pack.effective_from:
        # a pack named for a date before its term (words16: a 2014 memo said its
        # implementation "dinilai menurut PP 28/2018 dan Permendagri 25/2020"); the notice
        # pack_not_in_force says what that pack is not
        tail_id = tail_en = ""
    if earlier is None and pack.supersedes is None:
        # the earliest pack paracheck knows (Permendagri 3/2008 judging an MoU of 2007): what
        # it made a step is not asked of the signing; what a law in force that day required
        # (DPRD approval under UU 32/2004, Full Powers under UU 24/2000) still is
        mid_id = (
            "Langkah sampai penandatanganan tidak dituntut menurut aturan yang terbit "
            "sesudahnya; yang sudah diwajibkan undang-undang pada tanggal itu tetap diperiksa. "
        )
        mid_en = (
            "The steps up to the signing are not asked for under rules made after it; those a "
            "law already required on that day still are. "
        )
        short = (
            f"MoU ditandatangani sebelum {now_id} berlaku",
            f"MoU signed before {now_en}",
        )
    elif earlier is not None and earlier.effective_from and signed < earlier.effective_from:
        # signed before the earliest regime paracheck knows (a sister city of the 1980s); the
        # earlier pack's start is a stand-in date, so it is not printed
        mid_id = (
            f"Penandatanganan itu juga mendahului {regime_words(earlier.regime, 'id')}: "
            "langkah sampai penandatanganan tidak dituntut menurut aturan yang terbit "
            "sesudahnya. "
        )
        mid_en = (
            f"It also came before {regime_words(earlier.regime, 'en')}: the steps up to the "
            "signing are not asked for under rules made after it. "
        )
        short = (
            f"MoU ditandatangani sebelum {regime_words(earlier.regime, 'id')} berlaku",
            f"MoU signed before {regime_words(earlier.regime, 'en')}",
        )
    else:
        # with what ran beside it on the signing's day (PP 28/2018 from April 2018: words16)
        named = earlier.regime_on(signed) if earlier is not None else pack.supersedes
        named_id, named_en = regime_words(named or "", "id"), regime_words(named or "", "en")
        mid_id = (
            "Langkah sampai penandatanganan dinilai menurut aturan yang berlaku pada tanggal "
            f"penandatanganan ({named_id}); langkah yang baru diwajibkan sesudahnya tidak "
            "dituntut. "
        )
        mid_en = (
            f"The steps up to the signing are judged by the rules in force on the signing date "
            f"({named_en}); steps required only later are not asked for. "
        )
        # a batch row's words: when it was signed, not "menurut aturan lama" (words18 A9: read
        # as signed in accordance with the old rules, a claim the assessment does not make)
        short = (
            f"MoU ditandatangani ketika {named_id} berlaku",
            f"MoU signed while {named_en} applied",
        )
    return [
        _notice(
            "signed_under_earlier_regime",
            (head_id + mid_id + tail_id).rstrip(),
            (head_en + mid_en + tail_en).rstrip(),
            short=short,
        )
    ]


def _begun_earlier_notices(proposal: Proposal, pack: RulePack, day: dt.date) -> list[m.Notice]:
    """A notice when steps recorded done before the chosen pack came into force lead to a
    signing after it, or to one still to come on a date judged under it (a process begun under
    Permendagri 3/2008 and signed under Permendagri 25/2020): those steps stand as taken, and
    what the chosen regime puts before the signing is judged under it (city 490 F7: five
    steps of 2018 to March 2020, the signing in November 2020, no word why the verification
    and the central approval were asked; the mirror case, an MoU signed before, has its
    notice). Not for a pack known by its year only, nor for the earliest pack."""
    start = pack.effective_from
    if start is None or pack.supersedes is None or pack.effective_from_precision == "year":
        return []
    if day < start:
        return []
    steps = proposal.procedure or []
    signing = next((s for s in steps if s.step == "signing" and s.status == "done"), None)
    if signing is not None and (signing.date is None or signing.date < start):
        return []  # signed before: the notice signed_under_earlier_regime; undated: unknown
    # not the initiative, a step of the chosen regime's own that the earlier one did not have
    # (review 491 L9: the notice on an initiative alone before the change)
    before = sorted(
        (s.date, s.step)
        for s in steps
        if s.step not in ("signing", "initiative")
        and s.status == "done"
        and s.date is not None
        and s.date < start
    )
    # the steps this regime began to put before the signing (verification, the central
    # approval), not recorded done: what the memo asks that the earlier regime did not. Where
    # they are all done, or a step new to it comes first (the initiative), the history needs
    # no word (an evaluation of 2026 was told of an initiative of March 2020)
    done = {s.step for s in steps if s.status == "done"}
    kind = proposal.partner.kind if proposal.partner is not None else None
    asked = [
        spec.step
        for spec in pack.procedure
        if spec.effective_from == start
        and spec.required_from == "mou_signed"
        and spec.step not in done
        and spec.step != "initiative"
        and (spec.partner_kinds is None or kind is None or kind in spec.partner_kinds)
    ]
    if not before or not asked:
        return []
    earlier = predecessor(pack)
    last = before[-1][0]
    # the regime of the last step's day, with what ran beside it ("Permendagri 3/2008 dan PP
    # 28/2018" in 2019), and the instrument that began the chosen regime by revoking it: "PP
    # 28/2018 dan Permendagri 25/2020 berlaku (22 Mei 2020)" dated PP 28/2018 to 2020
    then = earlier.regime_on(last) if earlier is not None else pack.supersedes
    then_id, then_en = regime_words(then or "", "id"), regime_words(then or "", "en")
    began = earlier.revoked_by if earlier is not None and earlier.revoked_by else None
    # the regime whose order of steps lacked them: the earlier pack's own (Permendagri
    # 3/2008), not what ran beside it (PP 28/2018 sets requirements, not the order)
    revoked = earlier.regime if earlier is not None else pack.supersedes
    old_id, old_en = regime_words(revoked or "", "id"), regime_words(revoked or "", "en")
    now_id = began or regime_words(pack.regime, "id")
    now_en = began or regime_words(pack.regime, "en")
    start_id, start_en = (value_text("date", start, lang) for lang in ("id", "en"))

    def listed(ids: list[str], lang: str) -> str:
        said = [value_text("procedure.<step>.step", step, lang) for step in ids]
        return join_words(said, lang, "dan" if lang == "id" else "and")

    taken_id, taken_en = (listed([step for _, step in before], lang) for lang in ("id", "en"))
    last_id, last_en = (value_text("date", last, lang) for lang in ("id", "en"))
    if signing is not None:
        signed_id, signed_en = (value_text("date", signing.date, lang) for lang in ("id", "en"))
        when_id = f"penandatanganan MoU ({signed_id}) jatuh sesudahnya"
        when_en = f"the MoU's signing ({signed_en}) came after it"
    else:
        when_id = "penandatanganan MoU belum tercatat dan akan jatuh sesudahnya"
        when_en = "the MoU's signing is not yet recorded and will come after it"
    asked_id, asked_en = (listed(asked, lang) for lang in ("id", "en"))
    return [
        _notice(
            "begun_under_earlier_regime",
            f"Langkah {taken_id} tercatat selesai (yang terakhir pada {last_id}) ketika "
            f"{then_id} berlaku, sebelum {now_id} berlaku ({start_id}). Karena {when_id}, "
            f"langkah yang menurut {now_id} mendahului penandatanganan dinilai menurut aturan "
            f"itu; karena itu {asked_id} diperiksa, meskipun urutan langkah {old_id} "
            "sebagaimana dipraktikkan (menurut sumber sekunder) tidak memuatnya sebagai langkah "
            "tersendiri.",
            f"These steps were recorded done (the last on {last_en}) while {then_en} applied, "
            f"before {now_en} came into force ({start_en}): {taken_en}. As {when_en}, the steps "
            f"{now_en} puts before the signing are judged under it: so the {asked_en} "
            f"{'are' if len(asked) > 1 else 'is'} checked, though the order of steps under "
            f"{old_en} as practised (reported) does not list "
            + ("them as steps of their own." if len(asked) > 1 else "it as a step of its own."),
            short=(
                f"proses dimulai ketika {then_id} berlaku",
                f"process begun while {then_en} applied",
            ),
        )
    ]


def _pack_notices(pack: RulePack, day: dt.date, chosen_by_date: bool) -> list[m.Notice]:
    """What a reader must know about the pack: none covers the date, or it no longer
    applies on it. Said with the regulations' names and long dates, as the rest of the memo
    (review 12: "Dasar aturan permendagri-3-2008 berlaku hanya sampai 2020-05-21 …; tanggal
    yang dinilai (2023-09-15) sudah lewat" read as if the assessed date had passed)."""
    out: list[m.Notice] = []
    early = pack.effective_from is not None and day < pack.effective_from
    late = pack.effective_until is not None and day > pack.effective_until
    if not early and not late:  # the usual case: nothing to say, no date to write
        return out
    day_id, day_en = (value_text("date", day, lang) for lang in ("id", "en"))
    regime_id, regime_en = (regime_words(pack.regime, lang) for lang in ("id", "en"))
    if early:
        # a start known only by its year is said as the year, never as its stand-in day
        if pack.effective_from_precision == "year":
            start_id = start_en = str(pack.effective_from.year)
        else:
            start_id, start_en = (
                value_text("date", pack.effective_from, lang) for lang in ("id", "en")
            )
        if chosen_by_date:
            out.append(
                _notice(
                    "no_pack_for_date",
                    f"Tidak ada dasar hukum yang dikenal untuk tanggal {day_id}: usulan dinilai "
                    f"dengan dasar hukum paling awal yang dikenal, {regime_id} (berlaku sejak "
                    f"{start_id}). Aturan yang berlaku pada tanggal itu mungkin berbeda; periksa "
                    "dasar hukumnya sendiri.",
                    f"No known legal basis covers {day_en}: the proposal is judged under the "
                    f"earliest one known, {regime_en} (in force from {start_en}). The rules in "
                    "force on that date may differ; check its legal basis yourself.",
                )
            )
        else:
            # the instrument that began the regime, when the regime names more (words16:
            # "PP 28/2018 dan Permendagri 25/2020 baru berlaku sejak 22 Mei 2020" dated PP
            # 28/2018, in force since 2018, to 2020)
            earlier = predecessor(pack)
            began = earlier.revoked_by if earlier is not None else None
            if began and began != pack.regime:
                said_id = f"{regime_id}: {began} baru berlaku sejak {start_id}"
                said_en = f"{regime_en}: {began} came into force only on {start_en}"
                # the regime's other instruments not yet in force that day, as the pack it
                # supersedes dates them (PP 28/2018 from 18 April 2018, beside Permendagri
                # 3/2008): a 2015 date judged with --pack pp28-2018 was said to precede
                # Permendagri 25/2020 alone (practitioner trial 33 #5)
                for beside in earlier.alongside if earlier is not None else ():
                    if beside.ref in pack.regime.split(" + ") and day < beside.effective_from:
                        since_id, since_en = (
                            value_text("date", beside.effective_from, lang) for lang in ("id", "en")
                        )
                        # a day the pack has from a secondary source is said so (attack 400
                        # L1: PP 28/2018's 18 April 2018, taken from memory, stated as sure)
                        hedged = any(
                            i.ref == beside.ref and i.reported for i in earlier.instruments
                        )
                        said_id += f", dan {beside.ref} baru berlaku sejak {since_id}" + (
                            " (menurut sumber sekunder)" if hedged else ""
                        )
                        said_en += f", and {beside.ref} only on {since_en}" + (
                            " (reportedly)" if hedged else ""
                        )
            else:
                said_id = f"{regime_id} baru berlaku sejak {start_id}"
                word = "in" if start_en.isdigit() else "on"
                said_en = f"{regime_en} came into force only {word} {start_en}"
            out.append(
                _notice(
                    "pack_not_in_force",
                    f"{said_id}; tanggal penilaian ({day_id}) mendahului masa berlakunya.",
                    f"{said_en}; the date judged ({day_en}) comes before that.",
                )
            )
    if late:
        until_id, until_en = (
            value_text("date", pack.effective_until, lang) for lang in ("id", "en")
        )
        # who revoked it, and what applies since: Permendagri 25/2020 revoked Permendagri
        # 3/2008, while PP 28/2018 ran beside it from 2018 (review 15: "diganti oleh PP 28/2018
        # dan Permendagri 25/2020" read as if PP 28/2018 had replaced it)
        later = _regime_of(pack.superseded_by)
        by_id = f" dan dicabut oleh {pack.revoked_by}" if pack.revoked_by else ""
        by_en = f", revoked by {pack.revoked_by}" if pack.revoked_by else ""
        if later:
            by_id += f"; sejak itu dasar hukumnya {regime_words(later, 'id')}"
            by_en += f"; the legal basis since is {regime_words(later, 'en')}"
        out.append(
            _notice(
                "superseded_pack",
                f"{regime_id} berlaku sampai {until_id}{by_id}. Tanggal penilaian ({day_id}) "
                "berada di luar masa berlakunya.",
                f"{regime_en} ceased to apply after {until_en}{by_en}. The date judged "
                f"({day_en}) falls outside its term.",
            )
        )
    return out


def _regime_of(name: str | None) -> str | None:
    """The regulations a pack named ``name`` stands for, or ``None`` if it cannot be read."""
    pack = pack_if_loadable(name)
    return pack.regime if pack is not None else None


def _region_notices(proposal: Proposal, day: dt.date) -> list[m.Notice]:
    """A notice when the local side is a region under special autonomy (Aceh, Papua): the
    general rules are applied, and the officer must check the special provisions; the
    council's name as the date judged (``day``) has it, which a file without a date of its
    own still has (review of this stop: ``proposal.date`` was read, None there)."""
    name = proposal.local.name if proposal.local is not None else None
    found = reference.special_autonomy(name) if name else None
    if found is None:
        return []
    code, text = found
    # a region whose notice the general short words do not fit says its own (held-out 90: a
    # Jakarta administrative city read "catatan: otonomi khusus" in a batch's summary)
    short = reference.special_autonomy_short(code)
    said = (short["id"], short["en"]) if short is not None else None
    text_id, text_en = text["id"], text["en"]
    # the council's name where the region's law gives it from a date (Papua's DPRK)
    level = proposal.local.level if proposal.local is not None else None
    councils = reference.special_autonomy_councils(code, day, level)
    if councils is not None:
        text_id, text_en = f"{text_id} {councils['id']}", f"{text_en} {councils['en']}"
    return [_notice("special_autonomy", text_id, text_en, short=said)]


def _acting_level(proposal: Proposal) -> str | None:
    """The level whose bodies the texts name (:func:`reference.acting_level`): the region's
    own, or the province's for a Jakarta administrative city, whose proposal the province
    makes."""
    local = proposal.local
    if local is None:
        return None
    return reference.acting_level(local.name, local.level)


def _partner_notices(proposal: Proposal, day: dt.date) -> list[m.Notice]:
    """A notice when, on the day judged, the partner no longer exists as the file writes it:
    its province merged into another, or its level of government done away with (Vietnam
    from 1 July 2025; held-out 87 reviewed: a sister city proposed in 2026 with "Phú Quốc
    City", a city government gone for over a year, read as an ordinary second-level unit)."""
    partner = proposal.partner
    if partner is None or not isinstance(partner.country, str):
        return []
    said = reference.partner_reorganised(partner.level, partner.country, partner.name, day)
    if said is None:
        return []
    return [_notice("partner_reorganised", said["id"], said["en"])]


def _partner_after_term(notices: list[m.Notice]) -> list[m.Notice]:
    """Beside a lapsed MoU, the reorganised partner's notice says its confirmation is for a
    new MoU: "Pastikan … bahwa Pemerintah Provinsi An Giang melanjutkan kerja sama ini" read
    as a commitment asked before the head of region decides, beside the notice's "tidak
    membuat komitmen baru dengan mitra sampai ada keputusan" (trial 340 M7). The notices as
    they were where either is missing."""
    codes = [n.code for n in notices]
    if "mou_expired" not in codes or "partner_reorganised" not in codes:
        return notices
    at = codes.index("partner_reorganised")
    old = notices[at]
    notices[at] = _notice(
        old.code,
        f"{old.text.id} Karena masa berlaku MoU telah berakhir, langkah itu baru diambil bila "
        "kerja sama diputuskan dilanjutkan dengan MoU baru, sebelum naskahnya disusun.",
        f"{old.text.en} As the MoU's term has ended, that step is taken only once the "
        "cooperation is decided to go on under a new MoU, before its text is drafted.",
    )
    return notices


#: programme statuses that leave no placement to make: finished, or called off (a programme
#: whose status is not given may still place workers: attack 330 M4)
_NO_WORK_AHEAD = frozenset({"done", "cancelled"})


def _workers_notices(proposal: Proposal) -> list[m.Notice]:
    """A notice when a programme not known to be finished or cancelled moves workers across
    the border (``moves_people`` with ``people_moved: workers``), or moves people without
    saying whom outside education (the trafficking checks then judge them as workers): the
    placement and protection of migrant workers is not among what paracheck judges, since no
    instrument for it is in the project's regulation notes, so a trafficking check that finds
    no risk must not read as the placement being in order (trial 290 M2, trial 320 M1: farm
    interns and caregivers placed in Japan, ticked "Tidak ada temuan" because Imigrasi was
    involved). The notice states that limit and where to confirm, for workers sent out or
    received alike, whatever the trafficking checks found (review 330: "… yang tidak
    menemukan risiko" beside a TOC-008 finding); it claims no requirement. A programme
    without a status or without its people named was passed over (attack 330 M4)."""
    if not proposal.sectors:
        return []

    # one plain pass sorts them: most files move no workers, and the named walk below builds
    # the programmes' words in both languages (+1.8 % of a 150-sector assessment's
    # instructions)
    placed: set[int] = set()  # the programmes placing workers
    unsaid: set[int] = set()  # the programmes moving people unnamed, outside education
    for sector in proposal.sectors:
        learning = sector.__dict__["name"] == "education"
        for program in sector.__dict__["programs"] or ():
            fields = program.__dict__
            if fields["moves_people"] is not True or fields["status"] in _NO_WORK_AHEAD:
                continue
            if fields["people_moved"] == "workers":
                placed.add(id(program))
            elif fields["people_moved"] is None and not learning:
                unsaid.add(id(program))
    if not placed and not unsaid:
        return []

    said = {}
    for lang in ("id", "en"):
        workers = [name for name, *_ in programs_where(proposal, lambda p: id(p) in placed, lang)]
        others = [name for name, *_ in programs_where(proposal, lambda p: id(p) in unsaid, lang)]
        said[lang] = _workers_said(workers, others, lang)
    return [_notice("workers_abroad", said["id"], said["en"])]


def _workers_said(workers: list[str], others: list[str], lang: str) -> str:
    """The workers notice's words: the programmes placing workers, then those moving people
    not named, for whom the limit holds only if they are workers (a ferry tourism package, an
    artists' residency), with the fix that is the file's: saying whom they move."""
    if lang == "id":
        rules = (
            "baik penempatan dan pelindungan pekerja migran maupun penggunaan tenaga kerja "
            "asing, tidak dinilai paracheck, dan pemeriksaan perdagangan orang tidak "
            "menggantikannya"
        )
        unnamed = (
            f"rogram {join_words(others, lang, 'dan')} mengirim atau menerima orang lintas "
            "negara, dan berkas tidak menyebut siapa mereka"
        )
        # the Dinas alone was the programme's own office where a labour office leads it
        # (trial 430 M3: "Dinas Tenaga Kerja" told to consult "Dinas yang membidangi
        # ketenagakerjaan"): the national agency for workers sent abroad too, as the
        # trafficking questions name it
        ask = (
            "Dinas yang membidangi ketenagakerjaan serta, bagi pekerja yang dikirim ke luar "
            "negeri, instansi pelindungan pekerja migran Indonesia"
        )
        if not others:
            return (
                f"Program {join_words(workers, lang, 'dan')} mengirim atau menerima pekerja "
                f"lintas negara. Ketentuan ketenagakerjaan bagi pekerja itu, {rules}. "
                f"Konsultasikan ketentuan itu dengan {ask}."
            )
        if not workers:
            return (
                f"P{unnamed}. Bila mereka pekerja, ketentuan ketenagakerjaan bagi mereka, "
                f"{rules}. Cantumkan dalam berkas siapa yang dikirim atau diterima, dan bila "
                f"mereka pekerja, konsultasikan ketentuan itu dengan {ask}."
            )
        return (
            f"Program {join_words(workers, lang, 'dan')} mengirim atau menerima pekerja lintas "
            f"negara, dan p{unnamed}. Ketentuan ketenagakerjaan bagi pekerja itu, {rules}. "
            f"Konsultasikan ketentuan itu dengan {ask}, dan cantumkan dalam berkas siapa yang "
            "dikirim atau diterima program yang belum menyebutnya."
        )

    def programmes(names: list[str]) -> str:
        many = len(names) > 1
        return (
            f"programme{'s' if many else ''} {join_words(names, lang, 'and')} "
            f"send{'' if many else 's'} or receive{'' if many else 's'}"
        )

    rules = (
        "whether the placement and protection of migrant workers or the employment of foreign "
        "workers, are not judged by paracheck, and the trafficking checks do not stand in for "
        "them"
    )
    unnamed = f"{programmes(others)} people across the border, and the file does not say who"
    ask = (
        "the regional labour office and, for workers sent abroad, the Indonesian migrant "
        "workers' protection agency"
    )
    if not others:
        return (
            f"The {programmes(workers)} workers across the border. The labour rules for those "
            f"workers, {rules}. Confirm them with {ask}."
        )
    if not workers:
        return (
            f"The {unnamed}. If they are workers, the labour rules for them, {rules}. Record "
            f"who is sent or received, and if they are workers, confirm those rules with {ask}."
        )
    return (
        f"The {programmes(workers)} workers across the border, and the {unnamed}. The labour "
        f"rules for those workers, {rules}. Confirm them with {ask}, and record who is sent or "
        "received where the file does not say."
    )


def _lapsed_notice(rule_id: str, title: m.Localized | None, waiver: m.WaiverRef) -> m.Notice:
    until_id, until_en = (value_text("date", waiver.until, lang) for lang in ("id", "en"))
    said_id, said_en = _accepted(rule_id, title)
    return _notice(
        "waiver_lapsed",
        f"Penerimaan risiko {said_id} oleh {waiver.accepted_by} berlaku sampai {until_id} dan "
        "sudah lewat: pemeriksaan itu dinilai lagi seperti biasa.",
        f"The acceptance of {said_en} by {waiver.accepted_by} ran until {until_en} and has "
        "lapsed: the check is judged as usual again.",
    )


def _accepted(rule_id: str, title: m.Localized | None) -> tuple[str, str]:
    """An accepted risk as a notice names it, in each language: its title in quotation marks,
    then its code (held-out 65: "Penerimaan risiko HR-002 oleh Bupati Indramayu … sudah lewat"
    named the risk by its code alone, where the Saran and the checklist name it in words); the
    code alone for a rule the pack does not hold."""
    if title is None:
        return rule_id, rule_id
    return f"“{title.id}” ({rule_id})", f"“{title.en}” ({rule_id})"


def _refused(waivers: dict[str, m.WaiverRef], pack: RulePack) -> dict[str, m.WaiverRef]:
    """The waivers in force of blockers, taken out of ``waivers``: a blocker rests on a
    prohibition or requirement of the regulations (no diplomatic relations, a representative
    office abroad, an absolute affair of the centre, a partner's role in domestic affairs): it
    is dealt with (another partner, a changed text or subject), and no official of the region
    can accept it (held-out 84: "Penerimaan risiko REG-001 oleh Wali Kota Bekasi" made
    a sister city with Haifa "Risiko sedang … dapat diteruskan"). The check stays a risk and
    the notice ``waiver_refused`` says why; a lapsed waiver is said lapsed, as any other."""
    if not waivers:  # the common case: nothing to read the pack's rules for
        return {}
    blockers = {r.id for r in pack.rules if r.severity == "blocker"}
    out = {rule_id: w for rule_id, w in waivers.items() if rule_id in blockers and not w.lapsed}
    for rule_id in out:
        del waivers[rule_id]
    return out


def _refused_notice(rule_id: str, title: m.Localized | None, waiver: m.WaiverRef) -> m.Notice:
    said_id, said_en = _accepted(rule_id, title)
    return _notice(
        "waiver_refused",
        f"Penerimaan risiko {said_id} oleh {waiver.accepted_by} tidak dapat dipakai: risiko "
        "penghambat bersumber pada larangan atau syarat peraturan, sehingga harus ditangani "
        "dan tidak dapat diterima oleh pejabat daerah; pemeriksaan itu dinilai seperti biasa.",
        f"The acceptance of {said_en} by {waiver.accepted_by} cannot be used: a blocker rests "
        "on a prohibition or requirement of the regulations, so it must be dealt with and no "
        "official of the region can accept it; the check is judged as usual.",
    )


def _unused_notices(waivers: dict[str, m.WaiverRef], rows: list[Row]) -> list[m.Notice]:
    """A waiver in force on a check that came out clear: the officer's decision is on file,
    so the memo says it was not used, instead of dropping it without a word (words26 B11:
    HR-001 accepted by the Sekretaris Daerah, ticked, and the acceptance shown nowhere), and
    why, as the checklist says the check's case (:func:`_unused_because`). A check still
    unknown keeps its waiver unsaid: answered as a risk it is accepted."""
    out = []
    for row in rows:
        waiver = waivers.get(row[0])
        if waiver is None or waiver.lapsed or row[2].status != "clear":
            continue
        until_id, until_en = (value_text("date", waiver.until, lang) for lang in ("id", "en"))
        because_id, because_en = _unused_because(row[1])
        said_id, said_en = _accepted(row[0], row[2].title)
        out.append(
            _notice(
                "waiver_unused",
                f"Penerimaan risiko {said_id} oleh {waiver.accepted_by} (sampai {until_id}) "
                f"tidak dipakai: {because_id}.",
                f"The acceptance of {said_en} by {waiver.accepted_by} (until {until_en}) was "
                f"not used: {because_en}.",
            )
        )
    return out


def _unused_because(values: dict[str, Any]) -> tuple[str, str]:
    """Why an accepted check is clear, in the order the checklist reads its case (trust25:
    "pemeriksaannya tidak menemukan risiko" was said of a check not applicable, not yet due,
    or recorded under another rule too, none of which found anything): it does not apply
    (with its reason), its shortfall is another rule's finding, it is not due yet, or it found
    no risk."""
    why = values.get("not_applicable")
    if why is not None:
        return (
            f"pemeriksaannya tidak berlaku karena {why.id}",
            f"its check does not apply, as {why.en}",
        )
    covered = values.get("covered_by")
    if covered is not None:
        return (
            f"kekurangannya dicatat sebagai temuan pada {covered}",
            f"its shortfall is recorded as the finding of {covered}",
        )
    if not values.get("due", True):
        return (
            "pemeriksaannya belum jatuh tempo pada tahap ini",
            "its check is not yet due at this stage",
        )
    return (
        "pemeriksaannya tidak menemukan risiko pada penilaian ini",
        "its check found no risk in this assessment",
    )


# --------------------------------------------------------------------------- waivers


def _waivers(proposal: Proposal, pack: RulePack, day: dt.date) -> dict[str, m.WaiverRef]:
    """Each rule's waiver: in force, or lapsed (its date passed) when no waiver in force
    covers the rule."""
    found: dict[str, m.WaiverRef] = {}
    problems = []
    ids = {r.id for r in pack.rules} if proposal.accepted_risks else set()
    for i, waiver in enumerate(proposal.accepted_risks or []):
        if waiver.rule not in ids:
            line, col = proposal.origin.positions.get(f"accepted_risks[{i}].rule", (None, None))
            words = Words.of("waiver.no_rule", rule=waiver.rule, pack=pack.name)
            path = f"accepted_risks[{i}].rule"
            problems.append(problem(proposal.origin.source, line, col, path, words))
            continue
        lapsed = waiver.until < day
        earlier = found.get(waiver.rule)
        # several waivers of one rule: one in force beats a lapsed one, a later date an earlier
        if earlier is None or (not lapsed, waiver.until) > (not earlier.lapsed, earlier.until):
            found[waiver.rule] = m.WaiverRef(
                reason=waiver.reason,
                accepted_by=waiver.accepted_by,
                until=waiver.until,
                lapsed=lapsed,
            )
    if problems:
        raise InputError(problems)
    return found


# --------------------------------------------------------------------------- the pack's plan


class FactLeaf(msgspec.Struct, frozen=True):
    """A test of facts (comparison, membership, existence): the vocabulary paths it reads."""

    paths: tuple[str, ...]


class FlagLeaf(msgspec.Struct, frozen=True):
    """A derived flag: shown, and asked for, as the facts of the rule that derives it."""

    name: str


class CountRole(msgspec.Struct, frozen=True):
    """What a count is to the condition it stands in, for a risk's evidence.

    ``test``: (op, value, share) of a count that is one branch of an ``any`` (not under a
    ``not``). Where the rule fired and that count's own test is false for the item, it is not
    why the condition holds (another branch is), so its head is left out of the risk's
    evidence: TOC-003 counts the sectors that move goods *or* the programmes that move
    people, and a memo whose sectors fired it showed "Program: 0 dari 7 program memenuhi
    kriteria" beside them (held-out 21); TOC-014 showed a fisheries sector's "Program
    sektor: 2" of its "no programme listed" branch, and "0 dari 2 program memenuhi kriteria"
    of its "a programme recorded as moving people" branch, as its evidence (trial19 #7).

    ``few``: a count that holds by few members matching (``eq: 0``, ``lt``, ``le``, or an
    "at least" under a ``not``). Where the rule fired, the members that do *not* match are
    why it holds, so they are shown after the head: IMP-002's cancelled programme, by its
    name and status, not "Program sektor: 1" (trial19 #7). A share that holds by few
    matching members is a bound on the proportion, shown by its head alone: IMP-011's "fewer
    than half the sectors lag" named the sectors that moved, and its advice went to their
    agencies (newcomer trial 24 M1); its lagging members then listed a sector whose
    programme had stalled as "not yet started" (practitioner trial 31 W1): the members a
    finding is about are those its count holding by many matched."""

    test: tuple[str, float, bool] | None = None
    few: bool = False
    #: a share that holds by few matches, not under a ``not`` (``lt`` / ``le``): its (op,
    #: value), so that a clear or open check leaves its members out where the bound holds
    #: (they are not why the check is not a risk) and shows them where it fails
    bound: tuple[str, float] | None = None


class CountLeaf(msgspec.Struct, frozen=True):
    """A count over a collection or a plain list: the counted set as the engine tallies it,
    and its role in the condition (:class:`CountRole`)."""

    counted: CountNode
    role: CountRole | None = None


Leaf = FactLeaf | FlagLeaf | CountLeaf

#: A leaf as the report walks it, flattened once per compiled pack: (kind, what, traced) with
#: kind _FACT (what: a vocabulary path; traced: shown under its own path, see _TRACED), _FLAG
#: (what: the flag's name) or _COUNT (what: the CountNode; traced: its CountRole or None).
#: A path read twice by one condition is walked once: its second reading adds
#: no evidence and no missing path.
Step = tuple[int, Any, Any]
_FACT, _FLAG, _COUNT = 0, 1, 2


class Steps(msgspec.Struct, frozen=True):
    """A condition's steps as the report walks them over a list of items.

    ``every`` in the order evidence lists them; ``varying`` those whose evidence and missing
    paths differ from one item to the next: facts of the item's own scope or its sector's,
    counts over an item's own set. The others read the same for every item — a proposal's
    fact, a derived flag, a count over all sectors or programmes — so once the first item
    has walked them, a later item would only find the same entries again (already shown,
    already missing). Walking ``every`` for the first item and ``varying`` for the rest
    gives the same evidence in the same order and the same missing paths, at 150 sectors
    without asking a proposal's fact hundreds of times per check.

    ``masks``: for a condition with a branch that may not be why it holds (an ``any``, or an
    ``all`` under a ``not``), each leaf's steps as a bit mask over ``every`` (bit i: step i),
    the leaves in the order :func:`conditions.walk` meets them; empty for the others, whose
    evidence is every step. ``always``: the steps shown whatever the branches (a counted
    member's name); ``fixed``: the steps that read the same for every item, as a mask.
    """

    every: tuple[Step, ...]
    varying: tuple[Step, ...]
    masks: tuple[int, ...] = ()
    always: int = 0
    fixed: int = 0


def _steps(leaves: tuple[Leaf, ...], cond: c.Condition | None = None) -> Steps:
    """The steps of a condition's ``leaves``; with ``cond`` (the condition itself), each
    leaf's mask (``Steps``) where it has branches that may show other steps than the whole
    (:func:`_has_branches`, :func:`_picks`)."""
    out: list[Step] = []
    at: dict[str, int] = {}  # a path → its step
    masks: list[int] = []
    for leaf in leaves:
        mask = 0
        if isinstance(leaf, FactLeaf):
            for path in leaf.paths:
                # ``exists`` on a sector's programmes: whether it lists them, which its
                # counts show; the list is no value to cite; nor is a guard the facts
                # beside it show (paths.UNSHOWN)
                if path in COLLECTIONS or path in UNSHOWN:
                    continue
                i = at.get(path)
                if i is None:
                    i = at[path] = len(out)
                    out.append((_FACT, path, path in _TRACED))
                mask |= 1 << i
        elif isinstance(leaf, FlagLeaf):
            mask = 1 << len(out)
            out.append((_FLAG, leaf.name, False))
        else:
            mask = 1 << len(out)
            out.append((_COUNT, leaf.counted, leaf.role))
        masks.append(mask)
    if cond is None or not _has_branches(cond) or not _picks(cond, masks):
        masks = []
    return _split(tuple(out), tuple(masks))


def _split(steps: tuple[Step, ...], masks: tuple[int, ...] = (), always: int = 0) -> Steps:
    """``steps`` with the ones that vary by item picked out (:class:`Steps`)."""
    varies = [_varies(step) for step in steps]
    fixed = sum(1 << i for i, v in enumerate(varies) if not v)
    return Steps(
        steps, tuple(step for step, v in zip(steps, varies, strict=True) if v), masks, always, fixed
    )


def _has_branches(cond: c.Condition) -> bool:
    """Whether ``cond`` has a branch that may hold, or fail, without being why the whole
    does: a part of an ``any``, or of an ``all`` under a ``not`` (which reads as one)."""
    pending: list[tuple[c.Condition, bool]] = [(cond, False)]
    while pending:
        node, negated = pending.pop()
        if isinstance(node, c.AnyOf if not negated else c.All) and len(node.parts) > 1:
            return True
        if isinstance(node, c.All | c.AnyOf):
            pending.extend((part, negated) for part in node.parts)
        elif isinstance(node, c.Not):
            pending.append((node.part, not negated))
    return False


def _picks(cond: c.Condition, masks: list[int]) -> bool:
    """Whether the branches of ``cond`` (its leaves' ``masks``) may show other steps than
    the whole: not where each ``any`` (or ``all`` under a ``not``) has parts that read the
    same steps, as "programme status not recorded, or not cancelled" (IMP-002's members),
    where which part held changes nothing shown."""
    leaves = iter(masks)

    def fixed(node: c.Condition, negated: bool) -> int | None:  # None: it may pick
        kind = type(node)
        if kind is c.Not:
            return fixed(node.part, not negated)
        if kind is not c.All and kind is not c.AnyOf:
            return next(leaves)
        parts = [fixed(part, negated) for part in node.parts]
        if None in parts:
            return None
        if (kind is c.AnyOf) != negated and len(set(parts)) > 1:
            return None
        mask = 0
        for part in parts:
            mask |= part  # type: ignore[operator]
        return mask

    return fixed(cond, False) is None


def _varies(step: Step) -> bool:
    """Whether a step's evidence or missing paths depend on the item it is walked for: a
    fact held below the proposal (decompose puts a path on the items of its vocabulary
    scope), or a count over a set an item holds (a sector's programmes, a list fact held
    below the proposal). A flag is one value per assessment; ``sectors`` and ``programs``
    are the proposal's."""
    kind, what, _ = step
    if kind == _FLAG:
        return False
    path = what if kind == _FACT else what.collection
    if kind == _COUNT and path in COLLECTIONS:
        return path not in _WHOLE
    info = vocabulary().get(path)
    return info is None or info.scope != "proposal"


#: a recommendation as the actions read it: ((stage, owner, counterpart or "", English text),
#: (text, owner, counterpart, stage, owner_name, counterpart_name, after_expiry, items)), read
#: once per pack; ``items`` is None (every item of the check) but where a case holds on some
#: of a per-item check's items only (:func:`_advice_for_case`)
Keyed = tuple[tuple[str, str, str, str], tuple[Any, ...]]


def _keyed(recs: list[m.Recommendation], after_expiry: tuple[bool, ...]) -> tuple[Keyed, ...]:
    """``recs`` as the actions merge them, each with its spec's ``after_expiry`` (the
    recommendations of one rule, in the order its pack writes them)."""
    return tuple(
        (
            (r.stage, r.owner, r.counterpart or "", r.text.en),
            (r.text, r.owner, r.counterpart, r.stage, r.owner_name, r.counterpart_name, kept, None),
        )
        for r, kept in zip(recs, after_expiry, strict=True)
    )


class Levelled(msgspec.Struct, frozen=True):
    """A rule's check as a region of one level reads it: the texts that name the region's
    own bodies by that level's names (a regency's "Bagian Kerja Sama" and "Bupati" where the
    pack writes "Biro Kerja Sama" and "kepala daerah": :func:`_levelled`)."""

    # the check's fields that change (title, statement, why, clears_when, recommendations)
    fields: dict[str, Any]
    # the recommendations as the actions merge them (as ``RulePlan.keyed``)
    keyed: tuple[Keyed, ...]
    # the reason by date, as ``RulePlan.whys``; None when the rule has no dated reason
    whys: tuple[tuple[dt.date, ...], tuple[m.Localized, ...]] | None = None


class RulePlan(msgspec.Struct, frozen=True):
    """What one rule contributes to every check it produces, built once per compiled pack."""

    rule: Rule
    rule_id: str  # the rule's id, read here once (a model's attribute: a slow read)
    scope: str  # the rule's scope (a property of the rule, read here once)
    steps: Steps  # the condition's tests, in the order evidence lists them
    # for a proposal rule whose condition tests facts only (no flag, no count): its steps as
    # (path, traced). Its checks show and ask the proposal's facts alone, each under its own
    # path, so no two steps give one entry: evidence and missing paths are read straight off
    # the run's memos, without the general walk's dispatch and de-duplication
    plain: tuple[tuple[str, bool], ...] | None
    check: m.Check  # the parts that never change; status, evidence, … are placeholders
    fixed: dict[str, Any]  # ``check``'s fields (its ``__dict__``): copied into every check
    # the recommendations of ``check`` as the actions merge them: (merge key, the action's
    # fields from it)
    keyed: tuple[Keyed, ...]
    # the check as a region of each level reads it (:class:`Levelled`), for each level
    # (province | regency | city; None: not known) whose wording differs from the pack's
    levels: dict[Wording, Levelled]
    # law by date: the rule's own window (None: always in force), the proposal date it is
    # judged at when given (None: as_of), and its sources by date (None: undated;
    # :func:`_sources_by_date`)
    window: tuple[dt.date | None, dt.date | None] | None
    # for a rule that may be not due (due_from, due_when) about a procedure step: (the step's
    # status path, the statuses that settle it), read from the condition's part
    # ``procedure.<step>.status not_in [...]``; None for the others
    settled: tuple[str, tuple[Any, ...]] | None
    # when a clear check is due: None when always (no due_from, no due_when), else (the
    # rule's due_from, the engine's target of its due_when or None); read here once, as
    # ``Rule.due_condition`` is a pydantic private attribute (~3.5 µs a reading, 25 rules)
    due: tuple[str | None, str | None] | None
    dated_by: str | None
    # for a rule dated by a step of the pack's procedure (``procedure.<step>.date``): the
    # step, whose date is the one the procedure table judges it at (:func:`_step_dates`)
    dated_step: str | None
    sources: tuple[tuple[dt.date, ...], tuple[list[m.Source], ...]] | None
    asides: bool  # whether the rule steps aside for another (``Rule.steps_aside``)
    # the kinds of foreign partner the rule concerns (its ``partner_kinds``; None: every
    # kind): for a partner of another stated kind a clear check does not apply
    kinds: frozenset[str] | None = None
    # whether the condition has parts that the facts may settle while it stays open (an
    # ``exists: false`` on an absent fact, a count whose open members cannot change it, a
    # branch of an ``any`` already false): an open check then asks only what could decide it
    branches: bool = False
    # the rule's condition, read once (``Rule.condition`` is a pydantic private attribute:
    # each reading raises and catches an AttributeError inside pydantic, ~1.7 µs)
    condition: Any = None
    # for a rule with ``applies_when``: each antecedent as (its condition, why the check does
    # not apply where the condition is certainly false, what the check waits for where the
    # condition is open or None, its :data:`Tested`), in the pack's order; None for the others
    otherwise: tuple[tuple[Any, m.Localized, m.Localized | None, Tested], ...] | None = None
    # the reason by date when the rule has dated paragraphs (``why_dated``), as ``sources``:
    # (the days a stretch begins, the reason on each stretch); None: ``check.why`` always
    whys: tuple[tuple[dt.date, ...], tuple[m.Localized, ...]] | None = None
    # the recommendations given for a case (``when`` on a recommendation): each as (its
    # index, its condition's :data:`Tested`); None when every recommendation is always given
    cases: tuple[tuple[int, Tested], ...] | None = None
    # the paragraphs of the reason for a case (``why_cases``): each as (its condition's
    # :data:`Tested`, the paragraph); None for a rule with none
    why_cases: tuple[tuple[Tested, m.Localized], ...] | None = None
    # (the region's level, the cases certainly false as a bit mask) → the recommendations
    # left and the action plan's keyed advice to match (:func:`_advice_for_case`): the rule's
    # own recommendations without the cases a file rules out, the same lists for every
    # assessment that rules out the same cases (filled as assessments meet them)
    by_case: dict[tuple[str | None, int], tuple[list[m.Recommendation], tuple[Keyed, ...]]] = (
        msgspec.field(default_factory=dict)
    )
    # the words each ``{sectors|…}`` placeholder of its recommendations stood for, as (id,
    # en); None when no recommendation has one. Filled in per check after the cases are
    # left out (:func:`_sectors_named`), so :attr:`by_case` holds the rule's own words
    sectors_said: tuple[tuple[str, str], ...] | None = None
    # likewise for ``{areas|…}``: the areas the file records as hit by outages follow the
    # words (:func:`_areas_named`)
    areas_said: tuple[tuple[str, str], ...] | None = None
    # for a rule with dates of its own (``window``): the instruments those dates are the
    # pack's ``instruments``' (before it: the one its start is the day of; after it: the one
    # its end is the last day of), each as (its ref, whether its dates are reported); None
    # where no instrument of the pack has that date
    outside: tuple[tuple[str, bool] | None, tuple[str, bool] | None] = (None, None)
    # for a rule about a procedure step of the same start as the rule whose substance a law
    # required earlier (the step's ``law_before``): (since when, where it was checked then),
    # said beside "… belum berlaku" on a date after that law (central approval: UU 23/2014)
    law_before: tuple[dt.date, m.Localized] | None = None
    # what the later order says of a step the rule reads that left the procedure on the
    # rule's own last day (the step's ``law_after``), said after "sudah tidak berlaku"
    law_after: m.Localized | None = None


#: a recommendation's case or a rule's antecedent as an assessment tests it: (the condition,
#: its number among the pack's distinct such conditions, whether it reads the proposal's own
#: facts alone). Numbered by :func:`_numbered` once per compiled pack: twelve rules of a pack
#: give advice for a lapsed MoU under the same condition, seventeen for a proposal or not
#: (:func:`_certainly_false`)
Tested = tuple[Any, int, bool]


class StepPlan(msgspec.Struct, frozen=True):
    """One procedure step of a pack (``ProcedureStepSpec``) as plain values, read once per
    compiled pack: the procedure table of every assessment reads each of them, and a pack
    model's attribute is a slow read (pydantic's ``__getattr__`` hook)."""

    step: str
    required_from: int | None  # the rank in STAGE_ORDER of the stage it is required from
    effective_from: dt.date | None
    effective_until: dt.date | None
    kinds: tuple[str, ...] | None  # the partner kinds it binds (``partner_kinds``)
    statutory: bool
    spec: ProcedureStepSpec  # the step itself: whether it binds a partner is its own rule
    #: the rules whose finding the row names where it has no issue of its own (``noted_by``),
    #: each with its words: "lihat temuan REG-044 (MoU yang ditandatangani …)"
    noted: tuple[tuple[str, m.Localized], ...] = ()
    #: the step that, recorded done, stands for this one (``met_by``)
    met_by: str | None = None
    #: a rule of the pack is dated by this step's own date (``dated_by:
    #: procedure.<step>.date``: the initiative, the verification): the table dates it so
    #: too, where it dates the other steps up to the signing by the signing, as their rules
    own_dated: bool = False


def _noted(spec: ProcedureStepSpec, pack: RulePack) -> tuple[tuple[str, m.Localized], ...]:
    """What a procedure row says of a finding on its step that its own status does not show
    (``ProcedureStepSpec.noted_by``): each rule by its code and its words in the Saran. A rule
    the pack does not hold is passed over: the loader refuses one in a pack file, but a pack
    built in code may keep fewer rules (the benchmark's subsets of a shipped pack)."""
    by_id = {rule.id: rule for rule in pack.rules}
    noted = []
    for rule_id in spec.noted_by or ():
        rule = by_id.get(rule_id)
        if rule is not None:
            said = rule.saran_label or rule.title
            noted.append(
                (
                    rule_id,
                    m.Localized(
                        id=f"lihat temuan {rule_id}: {said.id}",
                        en=f"see finding {rule_id}: {said.en}",
                    ),
                )
            )
    return tuple(noted)


_STAGE_RANK = {stage: i for i, stage in enumerate(STAGE_ORDER)}
_SIGNED_RANK = _STAGE_RANK["mou_signed"]
_EVALUATION_RANK = _STAGE_RANK["evaluation"]


def lapsed_term(proposal: Proposal, day: dt.date) -> bool:
    """Whether a signed MoU's term ended before ``day``, as the packs' condition on a lapsed
    MoU reads it: an end date before the date judged, not before the signing's date (where
    the signing has one). The stage is the caller's to check (``mou_signed`` or later)."""
    ends = proposal.agreement.expires if proposal.agreement is not None else None
    if ends is None or ends >= day:
        return False
    signed = next(
        (s.date for s in proposal.procedure or [] if s.step == "signing" and s.date is not None),
        None,
    )
    return signed is None or ends >= signed


class PackPlan(msgspec.Struct, frozen=True):
    """The report plan of one compiled pack: every rule's plan in pack order, the rule
    deriving each flag, and the tests of each counted set's ``where``."""

    rules: tuple[RulePlan, ...]
    deriving: dict[str, RulePlan]  # flag name → the plan of the rule deriving it
    where: dict[int, Steps]  # count node index → the steps of its ``where``
    # count node index → the steps showing a matching member: its name, then its ``where``'s
    members: dict[int, Steps]
    asides: bool  # whether some rule steps aside for another (``Rule.steps_aside``)
    statutory: frozenset[str]  # the steps a law requires (their status has no "not applicable")
    # the pack's procedure steps as the procedure table reads them (:class:`StepPlan`), and
    # whether any of them is dated (then each is judged by the law of its own date)
    steps: tuple[StepPlan, ...] = ()
    dated: bool = False
    # the pack as an assessment names it, not superseded on the date judged and superseded
    # (frozen models, shared by every assessment with the pack)
    refs: tuple[m.PackRef, m.PackRef] | None = None
    # (collection, where, share) of each count → its node: what a count's members were
    # tallied under, for deciding which parts of a condition are settled
    count_nodes: dict[tuple[str, Any, bool], CountNode] = msgspec.field(default_factory=dict)
    # count node index → whether its ``where`` may be settled while open (:func:`_may_settle`
    # of it, walked once per pack, not at every count an open check asks about)
    where_settles: dict[int, bool] = msgspec.field(default_factory=dict)
    # rule id → why its check does not apply where its ``applies_when`` is false (the text
    # its checks carry, by identity): a check recorded under another rule says that instead
    otherwise: dict[str, tuple[m.Localized, ...]] = msgspec.field(default_factory=dict)
    # rule id → the rules whose ``otherwise`` reasons name it in their Indonesian text
    # (:func:`_pointed`: which reasons may have to name another row, found once per pack)
    naming: dict[str, frozenset[str]] = msgspec.field(default_factory=dict)
    # count node index → the note of its evidence's head (:func:`_counted_note`), all members
    # shown and the first ones only: made here, not looked up per count shown (a cache keyed
    # by the node hashed its whole criterion at every lookup)
    count_notes: dict[int, tuple[m.Localized | None, m.Localized | None]] = msgspec.field(
        default_factory=dict
    )
    # level → the questions that name the region's own bodies, as a region of that level
    # reads them (:func:`_questions_at`), by the Indonesian text of the question asked
    questions_at: dict[Wording, dict[str, m.Localized]] = msgspec.field(default_factory=dict)


_plans_lock = threading.Lock()


def pack_plan(engine: CompiledPack) -> PackPlan:
    """The report plan of a compiled pack, built on its first assessment and kept with it
    (``engine.memo``: it dies with the compiled pack, and the disk cache keeps it with the
    compilation, so the next process reads it back instead of building it again)."""
    plan = engine.memo.get("plan")
    if plan is None:
        built = _build_plan(engine)
        with _plans_lock:
            plan = engine.memo.setdefault("plan", built)
            kept = plan is built
        if kept:
            engine.keep()
    return plan


def _build_plan(engine: CompiledPack) -> PackPlan:
    where: dict[int, Steps] = {}
    members: dict[int, Steps] = {}
    for n in engine.nodes.values():
        if n.where is not None:
            where[n.index] = _steps(_leaves(engine, n.where), n.where)
        if n.where is not None and n.collection in COLLECTIONS:
            # a counted member is shown by its name, then the facts its ``where`` read (the
            # name always, whichever branches of the ``where`` are why)
            name = "program.name" if COLLECTIONS[n.collection][0] == "program" else "sector.name"
            read = where[n.index]
            members[n.index] = _split(
                ((_FACT, name, False), *read.every),
                tuple(mask << 1 for mask in read.masks),
                1 if read.masks else 0,
            )
    rules = _numbered(tuple(_rule_plan(rule, engine) for rule in engine.pack.rules))
    deriving = {p.rule.derive: p for p in rules if p.rule.derive}
    asides = any(p.asides for p in rules)
    statutory = frozenset(spec.step for spec in engine.pack.procedure if spec.statutory)
    own_dated = frozenset(p.dated_step for p in rules if p.dated_step not in (None, "signing"))
    steps = tuple(
        StepPlan(
            step=spec.step,
            required_from=_STAGE_RANK[spec.required_from] if spec.required_from else None,
            effective_from=spec.effective_from,
            effective_until=spec.effective_until,
            kinds=tuple(spec.partner_kinds) if spec.partner_kinds is not None else None,
            statutory=spec.statutory,
            spec=spec,
            noted=_noted(spec, engine.pack),
            met_by=spec.met_by,
            own_dated=spec.step in own_dated,
        )
        for spec in engine.pack.procedure
    )
    dated = any(s.effective_from or s.effective_until for s in steps)
    pack = engine.pack
    refs = tuple(
        _PACK_REF(
            {
                "name": pack.name,
                "version": pack.version,
                "regime": pack.regime,
                "effective_from": pack.effective_from,
                "effective_until": pack.effective_until,
                "superseded": superseded,
                "superseded_by": pack.superseded_by if superseded else None,
                "effective_from_precision": pack.effective_from_precision,
            }
        )
        for superseded in (False, True)
    )
    return PackPlan(
        rules,
        deriving,
        where,
        members,
        asides,
        statutory,
        steps,
        dated,
        refs,
        dict(engine.nodes),
        {n.index: _may_settle(n.where) for n in engine.nodes.values() if n.where is not None},
        {p.rule_id: tuple(o[1] for o in p.otherwise) for p in rules if p.otherwise is not None},
        _naming(rules),
        {
            n.index: (_counted_note(n, False), _counted_note(n, True))
            for n in engine.nodes.values()
            if n.where is not None
        },
        {wording: _questions_at(engine.pack.actors, wording) for wording in wordings()},
    )


def _naming(rules: tuple[RulePlan, ...]) -> dict[str, frozenset[str]]:
    """Rule id → the rules whose reasons for not applying (``otherwise``) name it, as
    :func:`_pointed` reads them (the Indonesian text)."""
    naming: dict[str, set[str]] = {}
    for p in rules:
        for _, why, _, _ in p.otherwise or ():
            for named in _RULE_NAMED.findall(why.id):
                naming.setdefault(named, set()).add(p.rule_id)
    return {named: frozenset(by) for named, by in naming.items()}


def _numbered(rules: tuple[RulePlan, ...]) -> tuple[RulePlan, ...]:
    """``rules`` with each recommendation's case and each antecedent numbered among the
    pack's distinct conditions of either kind (:data:`Tested`; equal conditions, one
    number), and marked where it reads the proposal's own facts alone (no count, no path of
    a sector or programme): such a condition answers alike on every item, as each item
    reads those facts from the proposal."""
    numbers: dict[Any, int] = {}

    def tested(condition: Any) -> Tested:
        number = numbers.setdefault(condition, len(numbers))
        return condition, number, _on_proposal(condition)

    out = []
    for p in rules:
        if p.cases is not None or p.otherwise is not None or p.why_cases is not None:
            p = msgspec.structs.replace(
                p,
                cases=tuple((i, tested(t[0])) for i, t in p.cases) if p.cases else None,
                otherwise=tuple((a, why, waits, tested(a)) for a, why, waits, _ in p.otherwise)
                if p.otherwise
                else None,
                why_cases=tuple((tested(t[0]), para) for t, para in p.why_cases)
                if p.why_cases
                else None,
            )
        out.append(p)
    return tuple(out)


def _on_proposal(cond: c.Condition) -> bool:
    """Whether ``cond`` reads only facts of the proposal itself (and flags, which are the
    proposal's): no count, no path of a sector or programme."""
    vocab = vocabulary()
    for node in c.walk(cond):
        if isinstance(node, c.Count):
            return False
        for path in c.read_paths(node) if not isinstance(node, c.All | c.AnyOf | c.Not) else ():
            info = vocab.get(path)
            if info is None or info.scope != "proposal":
                return False
    return True


def _questions_at(actors: dict[str, ActorSpec], wording: Wording) -> dict[str, m.Localized]:
    """The questions whose words name a body of the region that has another name at the
    level and era of ``wording`` (the signatory's: "kepala daerah, pejabat …" is "Bupati,
    pejabat …" to a regency; "Perangkat Daerah mana …" is "SKPD mana …" before UU 23/2014),
    as such a region reads them, by the question's Indonesian text."""
    from paracheck.facts.questions import question_paths

    _, said_id, said_en = level_swaps(actors, wording)
    swap_id, swap_en = swapper(said_id), swapper(said_en)
    out = {}
    for path in sorted(question_paths()):
        if "<step>" in path:
            continue  # a step's questions name the step, not a body
        asked = _question_text(path)
        shown = m.Localized(id=swap_id(asked.id), en=swap_en(asked.en))
        if shown != asked:
            out[asked.id] = shown
    return out


def _leaves(engine: CompiledPack, cond: c.Condition) -> tuple[Leaf, ...]:
    """A condition's non-compound nodes, classified."""
    vocab = vocabulary()
    roles = _count_roles(cond)
    out: list[Leaf] = []
    for node in c.walk(cond):
        if isinstance(node, c.All | c.AnyOf | c.Not):
            continue
        if isinstance(node, c.Flag):
            out.append(FlagLeaf(node.name))
        elif isinstance(node, c.Count):
            counted = engine.nodes[(node.collection, node.where, node.share)]
            out.append(CountLeaf(counted, roles.get(id(node))))
        else:
            out.append(FactLeaf(tuple(p for p in c.read_paths(node) if p in vocab)))
    return tuple(out)


def _count_roles(cond: c.Condition) -> dict[int, CountRole]:
    """By ``id``, the role of each count of ``cond`` that has one (:class:`CountRole`): a
    branch of an ``any`` not under a ``not`` (where an ``any`` reads as an ``all``), and a
    count that holds by few members matching."""
    found: dict[int, CountRole] = {}
    pending: list[tuple[c.Condition, bool, bool]] = [(cond, False, False)]
    while pending:
        node, in_any, negated = pending.pop()
        if isinstance(node, c.Count):
            test = (node.op, node.value, node.share) if in_any and not negated else None
            if node.op in ("ge", "gt"):
                few = negated
            elif node.op in ("lt", "le") or (node.op == "eq" and node.value == 0):
                few = not negated
            else:
                few = False
            bound = (
                (node.op, node.value)
                if node.share and not negated and node.op in ("lt", "le")
                else None
            )
            if test is not None or few:
                found[id(node)] = CountRole(test, few, bound)
        elif isinstance(node, c.AnyOf):
            pending.extend((part, not negated, negated) for part in node.parts)
        elif isinstance(node, c.All):
            pending.extend((part, in_any and not negated, negated) for part in node.parts)
        elif isinstance(node, c.Not):
            pending.append((node.part, False, not negated))
    return found


def _rule_plan(rule: Rule, engine: CompiledPack) -> RulePlan:
    clears = rule.clears_when
    statement = rule.check or rule.title
    check = m.Check(
        rule_id=rule.id,
        domain=rule.domain,
        title=m.Localized(id=rule.title.id, en=rule.title.en),
        statement=m.Localized(
            id=with_yardstick(statement.id, rule.yardstick.id if rule.yardstick else None),
            en=with_yardstick(statement.en, rule.yardstick.en if rule.yardstick else None),
        ),
        why=m.Localized(id=rule.why.id, en=rule.why.en),
        status="clear",
        severity=rule.severity,
        likelihood=rule.likelihood,
        impact=rule.impact,
        score=rule.likelihood * rule.impact,
        items=[],
        evidence=[],
        missing=[],
        clears_when=m.Localized(id=clears.id, en=clears.en)
        if clears
        else _clears_when(rule.condition),
        recommendations=[
            m.Recommendation(
                text=m.Localized(id=r.text.id, en=r.text.en),
                owner=r.owner,
                counterpart=r.counterpart,
                stage=r.stage,
                owner_name=_name(r.owner_name),
                counterpart_name=_name(r.counterpart_name),
            )
            for r in rule.recommend
        ],
        sources=[
            m.Source(kind=s.kind, ref=s.ref, confidence=s.confidence, note=s.note)
            for s in rule.sources
        ],
        waiver=None,
        residual_of=rule.residual_of,
    )
    window = (
        (rule.effective_from, rule.effective_until)
        if rule.effective_from or rule.effective_until
        else None
    )
    sources = None
    if any(s.effective_from or s.effective_until for s in rule.sources):
        sources = _sources_by_date(
            tuple(
                zip(
                    check.sources,
                    (s.effective_from for s in rule.sources),
                    (s.effective_until for s in rule.sources),
                    strict=True,
                )
            )
        )
    whys = None
    if rule.why_dated:  # the reason's paragraphs in force on each stretch of days
        studies = study_refs(rule.sources)
        cuts, held = _sources_by_date(
            tuple((p, p.effective_from, p.effective_until) for p in rule.why_dated)
        )
        whys = (
            cuts,
            tuple(
                m.Localized(
                    id=reason_text(rule.why, ps, "id", studies),
                    en=reason_text(rule.why, ps, "en", studies),
                )
                for ps in held
            ),
        )
    steps = _steps(_leaves(engine, rule.condition), rule.condition)
    cased = [(i, r.condition) for i, r in enumerate(rule.recommend) if r.condition is not None]
    kept = tuple(r.after_expiry for r in rule.recommend)
    levels = {
        wording: levelled
        for wording in wordings()
        if (levelled := _levelled(check, whys, engine.pack.actors, wording, kept)) is not None
    }
    return RulePlan(
        rule=rule,
        rule_id=rule.id,
        scope=rule.scope,
        steps=steps,
        plain=tuple((what, traced) for _, what, traced in steps.every)
        if rule.scope == "proposal" and all(kind == _FACT for kind, _, _ in steps.every)
        else None,
        check=check,
        fixed=check.__dict__,
        keyed=_keyed(check.recommendations, kept),
        levels=levels,
        window=window,
        settled=_settled(rule),
        due=None
        if rule.due_from is None and rule.due_condition is None
        else (rule.due_from, due_target(rule.id) if rule.due_condition is not None else None),
        dated_by=rule.dated_by,
        dated_step=_dated_step(rule.dated_by, engine.pack),
        sources=sources,
        asides=bool(rule.steps_aside),
        kinds=frozenset(rule.partner_kinds) if rule.partner_kinds else None,
        branches=_may_settle(rule.condition),
        condition=rule.condition,
        otherwise=tuple(
            (
                a.condition,
                m.Localized(id=a.otherwise.id, en=a.otherwise.en),
                m.Localized(id=a.open.id, en=a.open.en) if a.open is not None else None,
                (a.condition, -1, False),  # numbered by _numbered
            )
            for a in rule.antecedents
        )
        or None,
        whys=whys,
        cases=tuple((i, (condition, -1, False)) for i, condition in cased) or None,
        why_cases=tuple(
            ((para.condition, -1, False), m.Localized(id=para.id, en=para.en))
            for para in rule.why_cases
        )
        or None,
        sectors_said=tuple({r.sectors_said for r in rule.recommend if r.sectors_said}) or None,
        areas_said=tuple({r.areas_said for r in rule.recommend if r.areas_said}) or None,
        outside=_instruments_of(rule, engine.pack) if window is not None else (None, None),
        law_before=_law_before(rule, engine.pack, steps),
        law_after=_law_after(rule, engine.pack, steps),
    )


def _law_before(rule: Rule, pack: RulePack, steps: Steps) -> tuple[dt.date, m.Localized] | None:
    """The earlier law of a procedure step that ``rule`` reads and that came into the
    procedure on the rule's own first day (the step's ``law_before``: central approval was
    UU 23/2014's before Permendagri 25/2020 made it a step), or None: a check not yet in
    force says where that law's requirement was checked, so "Permendagri 25/2020 belum
    berlaku" is not read as "no approval was needed"."""
    spec = _step_spec(pack, steps, "law_before", "effective_from", rule.effective_from)
    if spec is None:
        return None
    said = spec.law_before
    return said.since, m.Localized(id=said.id, en=said.en)


def _law_after(rule: Rule, pack: RulePack, steps: Steps) -> m.Localized | None:
    """What the later order says of a procedure step that ``rule`` reads and that left the
    procedure on the rule's own last day (the step's ``law_after``: Permendagri 25/2020's
    order has no Full Powers), or None: a check no longer in force says it, so "Permendagri
    3/2008 sudah tidak berlaku" is not read as the step no longer owed under any law
    (trial 210, 3)."""
    spec = _step_spec(pack, steps, "law_after", "effective_until", rule.effective_until)
    if spec is None:
        return None
    return m.Localized(id=spec.law_after.id, en=spec.law_after.en)


def _step_spec(pack: RulePack, steps: Steps, law: str, bound: str, day: dt.date | None) -> Any:
    """The pack's procedure step that a rule reads (its condition's ``procedure.<step>.…``),
    carries ``law`` (``law_before`` / ``law_after``) and came into or left the procedure
    (``bound``: ``effective_from`` / ``effective_until``) on the rule's own ``day``; None
    without such a step or a day."""
    if day is None:
        return None
    # a count's step holds its node, not a path (REG-051: a dated rule counting programmes)
    read = {
        path.split(".")[1]
        for _, path, _ in steps.every
        if isinstance(path, str) and path.startswith("procedure.")
    }
    return next(
        (
            spec
            for spec in pack.procedure
            if getattr(spec, law) is not None and spec.step in read and getattr(spec, bound) == day
        ),
        None,
    )


def _within_its_year(
    window: tuple[dt.date | None, dt.date | None], on: dt.date, early: bool
) -> bool:
    """Whether ``on`` falls in the year of the day that puts a rule out of force on it (its
    start when ``early``, else its end): only there does a day known from a secondary source
    decide whether the instrument was in force."""
    day = window[0] if early else window[1]
    return day is not None and day.year == on.year


def _instruments_of(
    rule: Rule, pack: RulePack
) -> tuple[tuple[str, bool] | None, tuple[str, bool] | None]:
    """The instruments whose dates ``rule``'s own dates are (the pack's ``instruments``):
    the one that came into force on its ``effective_from`` and the one whose last day in
    force is its ``effective_until``, each as (ref, reported); None for a date no instrument
    of the pack has."""
    start = until = None
    for instrument in pack.instruments:
        if (
            rule.effective_from is not None
            and instrument.effective_from == rule.effective_from
            and start is None
        ):
            start = (instrument.ref, instrument.reported)
        if (
            rule.effective_until is not None
            and instrument.effective_until == rule.effective_until
            and until is None
        ):
            until = (instrument.ref, instrument.reported)
    return start, until


def _sources_by_date(
    dated: tuple[tuple[_Dated, dt.date | None, dt.date | None], ...],
) -> tuple[tuple[dt.date, ...], tuple[list[_Dated], ...]]:
    """A rule's sources (or its reason's dated paragraphs) with the dates they are in force
    (source, from, until), as the lists cited on each stretch of days: (the days a stretch
    begins, sorted; the list cited before the first and on each stretch). The instruments
    cited change only on those days, so a check finds its list with
    ``bisect_right(days, on)`` instead of testing every source's window (lists shared by
    every check on that stretch, as the other fixed parts are)."""
    cuts: set[dt.date] = set()
    for _, start, until in dated:
        if start is not None:
            cuts.add(start)
        if until is not None and until < dt.date.max:
            cuts.add(until + dt.timedelta(days=1))
    days = tuple(sorted(cuts))
    if not days:  # no window ends inside the calendar: every source is always cited
        return days, ([src for src, _, _ in dated],)
    # one day of each stretch: the day before the first cut, then each cut
    probes = ([days[0] - dt.timedelta(days=1)] if days and days[0] > dt.date.min else []) + [*days]
    cited = [[src for src, start, until in dated if in_window(start, until, d)] for d in probes]
    if len(cited) == len(days):  # the first cut is the first day there is: nothing before
        cited.insert(0, [])
    return days, tuple(cited)


#: An open-check test compiled once per compiled pack (:func:`_opener`): ``test(item, run,
#: out)`` is the condition in three-valued logic over the facts ``item`` sees (the
#: condition language's semantics, docs/rule-language.md: a comparison with null is false,
#: ``exists`` is never open) — True, False, or None when open — and puts into ``out`` what
#: its undecided parts read: a fact's vocabulary path (a str), ``(_FLAG, name)`` or
#: ``(_COUNT, node)``. A part found decided adds nothing (each composite takes back what its
#: parts added once it is decided), so what is left is what could still decide it.
Opener = Callable[["Scoped", "_Run", list[Any]], "bool | None"]

_OPENERS: weakref.WeakKeyDictionary[CompiledPack, dict[int, Opener]] = weakref.WeakKeyDictionary()
"""Per compiled pack, its conditions' open-check tests by the condition's identity (the
pack holds its conditions, so an id is not reused while its entry lives; the entries die
with the compiled pack). Made from the packs' conditions, never from anything a proposal
says; not in the report plan, which the disk cache pickles (closures are not)."""


def _openers(engine: CompiledPack) -> dict[int, Opener]:
    found = _OPENERS.get(engine)
    if found is None:
        with _plans_lock:
            found = _OPENERS.setdefault(engine, {})
    return found


def _opener(cond: c.Condition, plan: PackPlan) -> Opener:
    """``cond`` as an open-check test (:data:`Opener`): one closure per node, each leaf with
    its path, operator and literal bound once, so walking it per open item is a few calls
    instead of a generic walk dispatching on every node's type (what ``_decisive`` paid per
    item: ~40 k instructions for a proposal rule of eight nodes)."""
    kind = type(cond)
    if kind is c.All or kind is c.AnyOf:
        return _compound(_grouped(cond, plan), kind is c.AnyOf)
    if kind is c.Not:
        inner = _opener(cond.part, plan)

        def negated(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
            value = inner(item, run, out)
            return None if value is None else not value

        return negated
    if kind is c.Flag:
        return _flag_test(cond)
    if kind is c.Count:  # its node is the compiled pack's: looked up once, here
        node = plan.count_nodes.get((cond.collection, cond.where, cond.share))
        return _count_test(cond, node)
    vocab = vocabulary()
    keys = tuple(path for path in c.read_paths(cond) if path in vocab)  # the plan's steps
    if kind is c.Exists:
        return _exists_test(cond.path, cond.present)
    if kind is c.Member:
        return _member_test(cond.path, cond.values, cond.negated, keys)
    if kind is c.Compare:
        return _compare_test(cond.path, cond.op, cond.value, keys)
    if kind is c.ComparePaths:
        return _paths_test(cond, keys)
    if kind is c.Contains:
        return _contains_test(cond.path, cond.value, cond.negated, keys)

    def other(item: Scoped, run: _Run, out: list[Any]) -> bool | None:  # never open
        return None

    return other


def _grouped(cond: c.All | c.AnyOf, plan: PackPlan) -> tuple[Opener, ...]:
    """The tests of an ``all``'s or an ``any``'s parts, each run of consecutive parts on
    the proposal's own facts (:func:`_on_proposal`; a lone leaf aside, as cheap to test as
    to look up) tested as one part answered once an assessment (:func:`_once`).

    A mixed condition is tested on every item it may hold on, and each reads the
    proposal's facts from the proposal: REG-042's advice for a signed MoU, "the MoU not
    ended and not ending within six months" beside "a sector not mining", was tested
    again on each of 150 sectors. The run is one ``all`` (or ``any``) of the same parts
    in the same order, which Kleene logic and the short cut of the composite keep
    (``out`` gets what the open parts read, in the order a caller never reads)."""
    parts: list[Opener] = []
    run: list[c.Condition] = []

    def close() -> None:
        if len(run) == 1 and type(run[0]) not in (c.All, c.AnyOf, c.Not):
            parts.append(_opener(run[0], plan))
        elif len(run) == 1:
            parts.append(_once(_opener(run[0], plan)))
        elif run:
            parts.append(_once(_compound(tuple(_opener(p, plan) for p in run), any_of)))
        run.clear()

    any_of = type(cond) is c.AnyOf
    if _on_proposal(cond):  # the whole of it: answered once, where it is tested
        return (_once(_compound(tuple(_opener(p, plan) for p in cond.parts), any_of)),)
    for part in cond.parts:
        if _on_proposal(part):
            run.append(part)
            continue
        close()
        parts.append(_opener(part, plan))
    close()
    return tuple(parts)


def _once(test: Opener) -> Opener:
    """``test`` of a part on the proposal's own facts, answered once an assessment
    (``_Run.once``): its answer, and what it asks when open, are the same on every item."""
    number = next(_ONCE_NUMBERS)

    def once(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
        known = run.once.get(number)
        if known is None:
            asked: list[Any] = []
            known = run.once[number] = (test(item, run, asked), asked)
        if known[1]:
            out += known[1]
        return known[0]

    return once


#: the numbers of the parts :func:`_once` answers once an assessment (``_Run.once``)
_ONCE_NUMBERS = itertools.count()


def _compound(parts: tuple[Opener, ...], any_of: bool) -> Opener:
    if any_of:

        def either(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
            start = len(out)
            open_ = False
            for part in parts:
                value = part(item, run, out)
                if value is None:
                    open_ = True
                elif value is True:  # decided: what the open parts asked is not needed
                    del out[start:]
                    return True
            return None if open_ else False

        return either

    def both(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
        start = len(out)
        open_ = False
        for part in parts:
            value = part(item, run, out)
            if value is None:
                open_ = True
            elif value is False:
                del out[start:]
                return False
        return None if open_ else True

    return both


#: A condition's reasons compiled once per compiled pack (:func:`_reasoner`): ``reasons(item,
#: run)`` is the steps of its evidence on ``item``, as a bit mask over its ``Steps.every``.
Reasoner = Callable[["Scoped", "_Run"], int]

_REASONS: weakref.WeakKeyDictionary[CompiledPack, dict[Any, Any]] = weakref.WeakKeyDictionary()
"""Per compiled pack, its conditions' reasons by the condition's identity (as
:data:`_OPENERS`, and for the same reasons kept out of the pickled plan), and the steps a
mask picks by (the identity of the steps, the mask): the same few lists for every
assessment."""


def _reasons(engine: CompiledPack) -> dict[Any, Any]:
    found = _REASONS.get(engine)
    if found is None:
        with _plans_lock:
            found = _REASONS.setdefault(engine, {})
    return found


def _reasoner(
    cond: c.Condition, masks: tuple[int, ...], plan: PackPlan, numbers: dict[Any, int]
) -> int | Reasoner:
    """``cond`` as a test of which of its facts are why it has the value it has on an item
    (docs/rule-language.md, "Evidence"): every leaf's steps (``masks``, in the order
    :func:`conditions.walk` meets the leaves), but of an ``any`` that holds only the
    branches that hold, and of an ``all`` under a ``not`` that fails (a "not all" that
    holds) only the parts that fail. A branch that did not hold is no reason for the
    finding; where an ``any`` fails, or is open, each of its branches is part of why.

    Only what can pick is tested: a part with no such ``any`` (or ``all``) inside is its
    leaves' steps whatever its value, a number made here (the whole condition's too, where
    nothing in it picks); a part that picks tests each of its own parts in three-valued
    logic, by the open-check tests (:func:`_opener`). Each such part is numbered among the
    pack's (``numbers``: equal parts, one number), and its answer on an item is kept for the
    assessment (``_Run.parts``): eleven rules of a pack read "a partner of unstated kind in
    a sister form, or a regional government"."""
    leaves = iter(masks)

    def build(node: c.Condition, negated: bool) -> int | list[Any]:
        """A part's steps (a number), or what picks them: [triples, any_of, fixed], each
        triple (number, test, the part's own build); any_of None: every part's steps."""
        kind = type(node)
        if kind is c.Not:  # the steps of the part; what it picks turns on the polarity
            return build(node.part, not negated)
        if kind is not c.All and kind is not c.AnyOf:
            return next(leaves)
        parts = [build(part, negated) for part in node.parts]
        if (kind is c.AnyOf) != negated and len(parts) > 1:
            triples = [
                (numbers.setdefault(part, len(numbers)), _opener(part, plan), built)
                for part, built in zip(node.parts, parts, strict=True)
            ]
            return [triples, kind is c.AnyOf, 0]
        fixed = 0
        for built in parts:
            if type(built) is int:
                fixed |= built
        varying = [built for built in parts if type(built) is not int]
        if not varying:
            return fixed
        if len(varying) == 1:  # the one part that picks, with the others' steps beside it
            varying[0][2] |= fixed  # type: ignore[index]
            return varying[0]
        return [[(-1, None, built) for built in varying], None, fixed]

    def finish(built: int | list[Any]) -> int | Reasoner:
        if type(built) is int:
            return built
        triples, any_of, fixed = built  # type: ignore[misc]
        done = tuple((number, test, finish(part)) for number, test, part in triples)
        if any_of is None:
            return _joined(fixed, tuple(part for _, _, part in done))
        return _picking(done, any_of, fixed)

    return finish(build(cond, False))


def _joined(fixed: int, parts: tuple[int | Reasoner, ...]) -> Reasoner:
    """The steps of every part (each a reasoner), and ``fixed``: those of the parts beside
    them that never pick."""

    def joined(item: Scoped, run: _Run) -> int:
        mask = fixed
        for part in parts:
            mask |= part(item, run)  # type: ignore[operator]
        return mask

    return joined


def _picking(
    triples: tuple[tuple[int, Opener, int | Reasoner], ...], any_of: bool, fixed: int
) -> Reasoner:
    """An ``any`` (``any_of``), or an ``all`` under a ``not``, of parts, each as (its number,
    its test, its steps or its reasons): where a part decides it (true of an ``any``, false
    of an ``all``) the steps of the deciding parts alone, else of every part; with
    ``fixed``, the steps of the parts beside it that never pick."""
    deciding = any_of

    def picking(item: Scoped, run: _Run) -> int:
        known = run.parts.get(item.key)
        if known is None:
            known = run.parts[item.key] = {}
        chosen = every = fixed
        found = False
        for number, test, part in triples:
            value = known.get(number, _UNSEEN)
            if value is _UNSEEN:
                value = known[number] = test(item, run, [])
            mask = part if type(part) is int else part(item, run)  # type: ignore[operator]
            every |= mask
            if value is not None and value == deciding:
                found = True
                chosen |= mask
        return chosen if found else every

    return picking


def _flag_test(cond: c.Flag) -> Opener:
    name, negated, key = cond.name, cond.negated, (_FLAG, cond.name)

    def flag(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
        held = run.outcome.flags.get(name)
        if held is None:
            out.append(key)
            return None
        return held != negated

    return flag


def _count_test(cond: c.Count, node: CountNode | None) -> Opener:
    """A count's test from the members the engine counted for the item: decided when every
    number of members still possible gives the same answer."""
    collection, where, share, op, limit = (
        cond.collection,
        cond.where,
        cond.share,
        cond.op,
        cond.value,
    )
    test, keys = _ORDER[op], ((_COUNT, node),) if node is not None else ()
    equality = op in ("eq", "ne")
    partial = collection == "programs" and where is not None and not share

    def count(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
        members = run.view.members(collection, item)
        if members is None:
            if partial and run.view.sectors is not None and node is not None:
                # some sector's programmes not given: the given ones that match are a
                # floor, and any number more may (compiler._partial)
                decided = run.outcome.counted(node.index)
                low = sum(decided.get(m.key) == "def" for m in run.view.items("program") or ())
                if equality:
                    if low > limit:
                        return op == "ne"
                elif test(low, limit) == test(UNBOUNDED, limit):
                    return test(low, limit)
            out += keys
            return None
        total = len(members)
        if where is None:
            low = high = total
        elif node is None:
            return None
        else:
            # the engine's own tally for the item's fact, (low, high, total), when its fact
            # carried this count; else counted here from the members' verdicts
            tallied = run.outcome.counts.get(node.index, _NO_COUNTS).get(item.key)
            if tallied is not None and tallied[2] == total:
                low, high = tallied[0], tallied[1]
            else:
                decided = run.outcome.counted(node.index)
                low = sum(decided.get(m.key) == "def" for m in members)
                high = low + sum(decided.get(m.key) == "pos" for m in members)
        if share:
            low, high = (low / total, high / total) if total else (0.0, 0.0)
        if equality and low != high:
            if low <= limit <= high:
                out += keys
                return None
            return op == "ne"
        at_low, at_high = test(low, limit), test(high, limit)
        if at_low == at_high:
            return at_low
        out += keys
        return None

    return count


_NO_COUNTS: dict[str, tuple[int, int, int]] = {}  # a count node no fact carried (shared)


def _exists_test(path: str, present: bool) -> Opener:
    def exists(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
        node: Scoped | None = item
        while node is not None:
            if path in node.values:
                return present
            node = node.parent
        return not present

    return exists


def _member_test(
    path: str, values: tuple[Any, ...], negated: bool, keys: tuple[str, ...]
) -> Opener:
    def member(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
        node: Scoped | None = item
        while node is not None:
            held = node.values
            if path in held:
                return (held[path] in values) != negated
            node = node.parent
        out += keys
        return None

    return member


def _compare_test(path: str, op: str, value: Any, keys: tuple[str, ...]) -> Opener:
    test, ordered = _ORDER[op], op not in ("eq", "ne")

    def compare(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
        node: Scoped | None = item
        while node is not None:
            held = node.values
            if path in held:
                found = held[path]
                if ordered and (found is None or value is None):
                    return False
                return test(found, value)
            node = node.parent
        out += keys
        return None

    return compare


def _contains_test(path: str, value: Any, negated: bool, keys: tuple[str, ...]) -> Opener:
    def contains(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
        node: Scoped | None = item
        while node is not None:
            held = node.values
            if path in held:
                found = held[path]
                return (found is not None and value in found) != negated
            node = node.parent
        out += keys
        return None

    return contains


def _paths_test(cond: c.ComparePaths, keys: tuple[str, ...]) -> Opener:
    path, other_path, times, plus = cond.path, cond.other, cond.times, cond.plus
    test = _ORDER[cond.op]

    def paths(item: Scoped, run: _Run, out: list[Any]) -> bool | None:
        found, other = _fact(item, path), _fact(item, other_path)
        if found is None or other is None:
            return False
        if found is _ABSENT or other is _ABSENT:
            out += keys
            return None
        if isinstance(found, dt.date):
            found, other = found.toordinal(), other.toordinal()
        return test(found, other * times + plus)

    return paths


#: A condition tested on the proposal as one generated function of the proposal's values
#: and the run's flags (:func:`_top_test`), with ``out`` too in its asking form.
TopTest = Callable[..., "bool | None"]

_TOP_TESTS: weakref.WeakKeyDictionary[CompiledPack, dict[int, TopTest | None]] = (
    weakref.WeakKeyDictionary()
)
"""Per compiled pack, the generated tests of its conditions on the proposal by the
condition's identity (the asking form under the negated identity), as :data:`_OPENERS` and
for the same reasons kept out of the pickled plan; None for a condition the generator does
not take (the open-check test answers it)."""


def _top_tests(engine: CompiledPack) -> dict[int, TopTest | None]:
    found = _TOP_TESTS.get(engine)
    if found is None:
        with _plans_lock:
            found = _TOP_TESTS.setdefault(engine, {})
    return found


_INFIX = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


class _Unsupported(Exception):
    """A node :func:`_top_test` does not generate (a count, an unknown kind)."""


def _top_test(cond: c.Condition, plan: PackPlan, asks: bool = False) -> TopTest | None:
    """``cond`` (reading only the proposal's own facts and flags) as one generated function
    ``test(values, flags)``: its open-check test (:func:`_opener`) on the proposal, the same
    answer in three-valued logic, without a call per node. The cases and antecedents on the
    proposal's facts are ~70 conditions of ~500 nodes an NTB assessment (issue 16, perf24a):
    each node a closure call, a walk up a parent the proposal does not have and an ``out``
    list nobody reads. Each node is a few lines here, its literals bound by name (the very
    objects the opener compares with); an ``all`` or ``any`` stops at its first deciding
    part, as the opener does. None for a condition with a node it does not take.

    ``asks``: ``test(values, flags, out)``, putting into ``out`` what its undecided parts
    read as the opener does (a composite decided takes back what its parts added), for the
    open items of a rule on the proposal (:func:`_decisive`)."""
    lines: list[str] = []
    bound: dict[str, Any] = {"_A": _ABSENT, "_date": dt.date}
    counter = iter(range(1 << 30))
    vocab = vocabulary()

    def keys(node: c.Condition) -> tuple[str, ...]:  # what an open leaf asks (:func:`_opener`)
        return tuple(path for path in c.read_paths(node) if path in vocab)

    def const(value: Any) -> str:
        name = f"k{next(counter)}"
        bound[name] = value
        return name

    def emit(node: c.Condition, pad: str) -> str:
        """Lines computing ``node`` into a new local; that local's name."""
        out = f"r{next(counter)}"
        kind = type(node)
        if kind is c.All or kind is c.AnyOf:
            deciding = "False" if kind is c.All else "True"
            lines.append(f"{pad}{out} = {'True' if kind is c.All else 'False'}")
            start = f"s{next(counter)}"
            if asks:
                lines.append(f"{pad}{start} = len(out)")
            lines.append(f"{pad}while True:")
            for part in node.parts:
                got = emit(part, pad + "    ")
                lines.append(f"{pad}    if {got} is {deciding}:")
                if asks:
                    lines.append(f"{pad}        del out[{start}:]")
                lines.append(f"{pad}        {out} = {deciding}")
                lines.append(f"{pad}        break")
                lines.append(f"{pad}    if {got} is None:")
                lines.append(f"{pad}        {out} = None")
            lines.append(f"{pad}    break")
        elif kind is c.Not:
            got = emit(node.part, pad)
            lines.append(f"{pad}{out} = None if {got} is None else not {got}")
        elif kind is c.Flag:
            lines.append(f"{pad}{out} = flags.get({const(node.name)})")
            lines.append(f"{pad}if {out} is not None:")
            lines.append(f"{pad}    {out} = {out} != {const(node.negated)}")
            if asks:
                lines.append(f"{pad}else:")
                lines.append(f"{pad}    out.append({const((_FLAG, node.name))})")
        elif kind is c.Exists:
            path = const(node.path)
            present = const(node.present)
            lines.append(f"{pad}{out} = {present} if {path} in values else not {present}")
        elif kind is c.Member or kind is c.Contains or kind is c.Compare:
            lines.append(f"{pad}{out} = values.get({const(node.path)}, _A)")
            lines.append(f"{pad}if {out} is _A:")
            lines.append(f"{pad}    {out} = None")
            if asks:
                lines.append(f"{pad}    out += {const(keys(node))}")
            lines.append(f"{pad}else:")
            if kind is c.Member:
                said = f"({out} in {const(node.values)}) != {const(node.negated)}"
            elif kind is c.Contains:
                value = const(node.value)
                said = f"({out} is not None and {value} in {out}) != {const(node.negated)}"
            else:
                value = const(node.value)
                said = f"{out} {_INFIX[node.op]} {value}"
                if node.op not in ("eq", "ne"):
                    said = f"False if {out} is None or {value} is None else {said}"
            lines.append(f"{pad}    {out} = {said}")
        elif kind is c.Count:  # the opener's own test of it: it reads the members
            test = const(_opener(node, plan))
            lines.append(f"{pad}{out} = {test}(item, run, {'out' if asks else '[]'})")
        elif kind is c.ComparePaths:
            other = f"o{next(counter)}"
            lines.append(f"{pad}{out} = values.get({const(node.path)}, _A)")
            lines.append(f"{pad}{other} = values.get({const(node.other)}, _A)")
            lines.append(f"{pad}if {out} is None or {other} is None:")
            lines.append(f"{pad}    {out} = False")
            lines.append(f"{pad}elif {out} is _A or {other} is _A:")
            lines.append(f"{pad}    {out} = None")
            if asks:
                lines.append(f"{pad}    out += {const(keys(node))}")
            lines.append(f"{pad}else:")
            lines.append(f"{pad}    if isinstance({out}, _date):")
            lines.append(f"{pad}        {out}, {other} = {out}.toordinal(), {other}.toordinal()")
            times, plus = const(node.times), const(node.plus)
            said = f"{out} {_INFIX[node.op]} {other} * {times} + {plus}"
            lines.append(f"{pad}    {out} = {said}")
        else:
            raise _Unsupported(kind.__name__)
        return out

    try:
        result = emit(cond, "    ")
    except _Unsupported:
        return None
    head = "def test(item, run, out):" if asks else "def test(item, run):"
    start = ["    values = item.values", "    flags = run.outcome.flags"]
    source = "\n".join([head, *start, *lines, f"    return {result}"])
    exec(_cache.compile_source(source, "<paracheck proposal tests>"), bound)
    return bound["test"]  # type: ignore[no-any-return]


def _may_settle(cond: c.Condition) -> bool:
    """Whether some part of ``cond`` can be decided while the condition stays open and still
    read a fact that is not given, or a count's open members: a branch of an ``any`` (or of
    an ``all`` under a ``not``, which reads as one), ``exists: false`` (or ``not`` of
    ``exists: true``), a count with a criterion. A plain ``all`` of tests cannot: a test it
    decides reads a given fact, a flag it decides asks nothing, and an open one asks each
    test it could not judge, as before."""
    for node in c.walk(cond):
        if isinstance(node, c.AnyOf):
            return True
        if isinstance(node, c.Not) and isinstance(node.part, c.All | c.AnyOf):
            return True
        if isinstance(node, c.Exists) and not node.present:
            return True
        # ``not: {exists: true}`` reads as ``exists: false`` (a generated pack asked the
        # status of a step it found not listed, fuzz seed 6002)
        if isinstance(node, c.Not) and isinstance(node.part, c.Exists) and node.part.present:
            return True
        if isinstance(node, c.Count) and node.where is not None:
            return True
        # two facts compared: one not given at all decides it (a step not listed has no
        # date), and the other's date is then not asked (fuzz seed 6, pack 6022: an
        # exploration done without its date was asked beside a consultation not listed)
        if isinstance(node, c.ComparePaths):
            return True
    return False


_ABSENT: Any = object()


def _fact(item: Scoped, path: str) -> Any:
    """A fact as ``item`` sees it; ``_ABSENT`` when not given."""
    holder = item.holder(path)
    return _ABSENT if holder is None else holder.values[path]


_ORDER = {
    "eq": lambda x, y: x == y,
    "ne": lambda x, y: x != y,
    "lt": lambda x, y: x < y,
    "le": lambda x, y: x <= y,
    "gt": lambda x, y: x > y,
    "ge": lambda x, y: x >= y,
}


def _open_items(plan: RulePlan, maybe: list[Scoped], run: _Run) -> list[str]:
    """The missing paths that could still decide the rule on the items it may hold
    (``maybe``), with the paths that hide items of its scope, sorted without repeats."""
    if plan.branches:  # ask only what could still decide it
        missing = _decisive(plan.condition, maybe, run)
    elif plan.plain is None:
        missing = _missing(plan.steps, maybe, run)  # a new list
    else:
        missing = _plain_missing(plan.plain, run)
    missing += run.blinds[plan.scope]
    return sorted(set(missing)) if len(missing) > 1 else missing


def _decisive(cond: c.Condition, items: list[Scoped], run: _Run) -> list[str]:
    """What ``items`` leave a condition open for, asked only of its undecided parts: a part
    the given facts settle asks nothing. A sister city whose partner's kind is not stated
    counts it as a regional government, so a check open for want of staff figures does not
    also ask the partner's kind (its part "kind unstated in a sister form, or a regional
    government" is settled); a branch of an ``any`` already false asks none of its facts.

    With repeats, in no particular order: every caller sorts out a set. A new list (the
    caller extends it)."""
    openers = run.openers
    test = openers.get(id(cond))
    if test is None:
        test = openers[id(cond)] = _opener(cond, run.plan)
    top = run.top
    asking = None  # on the proposal: the generated test (:func:`_top_test`), when it takes it
    if items and items[0] is top:  # a rule on the proposal: its one item
        tops = run.top_tests  # kept under the negated identity: the asking form
        asking = tops.get(-id(cond), _UNSEEN)
        if asking is _UNSEEN:
            asking = tops[-id(cond)] = _top_test(cond, run.plan, asks=True)
    out: list[str] = []
    absents = run.absent
    for item in items:
        found: list[Any] = []
        if item is top and asking is not None:
            asking(item, run, found)
        else:
            test(item, run, found)
        if not found:
            continue
        absent = absents.get(item.key)  # path → where to fill it in (empty when present)
        if absent is None:
            absent = absents[item.key] = {}
        for key in found:
            if type(key) is str:  # a fact: asked as _missing asks it, once per item
                asked = absent.get(key)
                if asked is None:  # once per item and fact; the hit stays inline
                    asked = absent[key] = _where_absent(key, item)
                out += asked
            elif key[0] == _FLAG:
                out += _flag_missing(run, key[1])
            else:
                out += _count_missing(run, key[1], item)
    return out


def _settled(rule: Rule) -> tuple[str, tuple[Any, ...]] | None:
    """The procedure step a rule that may be not due is about, as (its status path, the
    statuses that settle it): the condition's own part ``procedure.<step>.status not_in
    [done, …]``. Where the step is settled the rule's statement holds whatever the stage."""
    if rule.due_from is None and rule.due_when is None:
        return None
    parts = rule.condition.parts if isinstance(rule.condition, c.All) else (rule.condition,)
    steps = [
        (p.path, p.values)
        for p in parts
        if isinstance(p, c.Member)
        and p.negated
        and p.path.startswith("procedure.")
        and p.path.endswith(".status")
    ]
    return steps[0] if len(steps) == 1 else None


def _name(name: Bilingual | None) -> m.Localized | None:
    return m.Localized(id=name.id, en=name.en) if name is not None else None


def _levelled(
    check: m.Check,
    whys: tuple[tuple[dt.date, ...], tuple[m.Localized, ...]] | None,
    actors: dict[str, ActorSpec],
    level: Wording,
    kept: tuple[bool, ...],
) -> Levelled | None:
    """The check of a rule as a region of ``level`` reads it, or None where it reads as the
    pack writes it. Packs name the region's own bodies as the actor glossary's canonical
    names: its cooperation unit as a province has it ("Biro Kerja Sama": a province's Setda
    has a Biro), its head by the name every level shares ("Kepala Daerah"). The glossary
    names the body at each level (a regency's Bagian Kerja Sama, REGULATION.md, terms by
    era; its Bupati) and when the level is not known ("Biro/Bagian Kerja Sama"): swapped in
    owner, counterpart and every text alike, so a regency's officer reads "Bupati", not
    "kepala daerah" (level18)."""
    names, said_id, said_en = level_swaps(actors, level)
    if not names:
        return None
    swap_id, swap_en = swapper(said_id), swapper(said_en)

    def said(text: m.Localized) -> m.Localized:
        return m.Localized(id=swap_id(text.id), en=swap_en(text.en))

    def swap_name(name: str | None, shown: m.Localized | None) -> m.Localized | None:
        if name not in names:
            return shown
        instead = names[name]
        spec = actors.get(instead)
        return m.Localized(id=instead, en=spec.en if spec is not None else instead)

    fields: dict[str, Any] = {}
    for field in ("title", "statement", "why", "clears_when"):
        text = getattr(check, field)
        shown = said(text)
        if shown != text:
            fields[field] = shown
    recs = check.recommendations
    shown_recs = [
        m.Recommendation(
            text=said(r.text),
            owner=names.get(r.owner, r.owner),
            counterpart=names.get(r.counterpart, r.counterpart) if r.counterpart else None,
            stage=r.stage,
            owner_name=swap_name(r.owner, r.owner_name),
            counterpart_name=swap_name(r.counterpart, r.counterpart_name),
        )
        for r in recs
    ]
    if shown_recs != recs:
        fields["recommendations"] = shown_recs
    levelled_whys = None
    if whys is not None:
        cuts, reasons = whys
        shown_reasons = tuple(said(reason) for reason in reasons)
        if shown_reasons != reasons:
            levelled_whys = (cuts, shown_reasons)
    if not fields and levelled_whys is None:
        return None
    return Levelled(
        fields=fields,
        keyed=_keyed(fields.get("recommendations", recs), kept),
        whys=levelled_whys,
    )


def _clears_when(cond: c.Condition) -> m.Localized:
    """The negated condition in words."""
    negated = c.negate(cond)
    return m.Localized(id=c.describe(negated, "id"), en=c.describe(negated, "en"))


# --------------------------------------------------------------------------- one check


class _Run:
    """One assessment in progress: the engine's outcome and what checks share.

    Many rules read the same facts; each fact's evidence entry (and each absent fact's
    concrete input paths) is built once per assessment and shared by every check that shows
    it (evidence entries are frozen models). So are what depends only on a scope (its items,
    the sectors hiding their programmes) or on a rule's ``due_from``.
    """

    __slots__ = (
        "absent",
        "answers",
        "blinds",
        "count_missing",
        "counts",
        "dues",
        "evidence",
        "flag_missing",
        "flags",
        "gates",
        "keys",
        "once",
        "openers",
        "outcome",
        "parts",
        "plan",
        "positions",
        "reasons",
        "scopes",
        "top",
        "top_absent",
        "top_answers",
        "top_evidence",
        "top_tests",
        "tops",
        "unmatched",
        "verdicts",
        "view",
    )

    def __init__(
        self,
        plan: PackPlan,
        outcome: Outcome,
        view: FactView,
        positions: Any,
        openers: dict[int, Opener],
        reasons: dict[Any, Any] | None = None,
        top_tests: dict[int, TopTest | None] | None = None,
        gates: dict[int, Tested | None] | None = None,
    ) -> None:
        self.plan = plan
        # the pack's gates of mixed conditions (:func:`_gate`); this run's own when not given
        self.gates = {} if gates is None else gates
        # the pack's generated tests of conditions on the proposal's facts (:func:`_top_test`);
        # this run's own when not given
        self.top_tests = {} if top_tests is None else top_tests
        self.openers = openers  # the pack's open-check tests (:func:`_opener`)
        # the pack's reasons (:data:`_REASONS`); this run's own when not given
        self.reasons = {} if reasons is None else reasons
        # item key → a part's number → its answer there (:func:`_picking`)
        self.parts: dict[str, dict[int, bool | None]] = {}
        self.outcome = outcome
        self.view = view
        self.positions = positions
        # item key → path → its evidence entry (None: absent)
        self.evidence: dict[str, dict[str, m.Evidence | None]] = {}
        # item key → path → input paths (empty when present)
        self.absent: dict[str, dict[str, list[str] | tuple[str, ...]]] = {}
        self.flags: dict[str, list[m.Evidence]] = {}  # flag → its evidence
        # the memos by a count node or a condition and an item are kept per node, then per
        # item key: a (number, key) tuple made and hashed at every reading was ~2,700
        # tuples a 150-sector assessment, each one more object for the cyclic collector
        self.counts: dict[int, dict[str, list[m.Evidence]]] = {}  # node → item → entries
        # node → item → the members a count did not count (:func:`_unmatched_evidence`)
        self.unmatched: dict[int, dict[str, list[m.Evidence]]] = {}
        self.flag_missing: dict[str, list[str]] = {}  # flag → the input paths it waits on
        self.count_missing: dict[int, dict[str, Sequence[str]]] = {}  # node → item → paths
        # scope → its items, and the sectors hiding its items (for a per-programme rule: the
        # sectors whose programmes were not given); made for the three scopes at once, read
        # by every check (shared: callers never change the lists)
        self.scopes: dict[str, list[Scoped] | None] = {s: view.items(s) for s in _SCOPES}
        # scope → its items' keys, in the same order (what each rule's verdicts are keyed by)
        self.keys: dict[str, list[str]] = {
            s: [item.key for item in items] if items else [] for s, items in self.scopes.items()
        }
        self.blinds: dict[str, list[str]] = {s: _blind(s, view) for s in _SCOPES}
        self.verdicts = outcome.verdicts
        # the proposal's own memos (see ``RulePlan.plain``), the ones the walks use for it
        self.top = top = view.proposal
        self.top_evidence = self.evidence[top.key] = {}
        self.top_absent = self.absent[top.key] = {}
        self.dues: dict[str | None, bool] = {}  # due_from → whether the stage reached it
        # a case's or antecedent's number → item key → its test's answer there
        # (:func:`_certainly_false`, :func:`_answer`), for a condition reading an item's facts
        self.answers: dict[int, dict[str, bool | None]] = {}
        # a condition on the proposal's own facts: its answer there, by its number alone
        # (:func:`_top_answer`; read by ~100 cases and antecedents an NTB assessment)
        self.top_answers: dict[int, bool | None] = {}
        # a part on the proposal's own facts in a condition on items: its answer and what it
        # asks when open, by its number (:func:`_once`)
        self.once: dict[int, tuple[bool | None, list[Any]]] = {}
        self.tops = [top]

    def items(self, scope: str) -> list[Scoped] | None:
        """The items of a scope (shared: callers never change the list)."""
        return self.scopes[scope]

    def blind(self, scope: str) -> list[str]:
        """For a per-programme rule: the sectors whose programmes were not given (shared:
        callers never change the list)."""
        return self.blinds[scope]

    def due(self, due_from: str | None) -> bool:
        try:
            return self.dues[due_from]
        except KeyError:
            found = self.dues[due_from] = _due(due_from, self.view)
            return found


_SCOPES = ("proposal", "sector", "program")

#: One check as ``assess`` gathers them: (rule id, the check's fields, the check, its
#: recommendations as the actions merge them). The fields are the check's own ``__dict__``:
#: the summary reads them there, not through the model's attributes (pydantic's
#: ``__getattr__`` hook makes each such read several times dearer).
Row = tuple[str, dict[str, Any], m.Check, tuple[Keyed, ...]]
_RULE_ID = operator.itemgetter(0)
_RULE_FIELD = operator.itemgetter("rule_id")  # a check's fields: its rule id


def _dated_step(dated_by: str | None, pack: RulePack) -> str | None:
    """The step of ``pack``'s procedure whose date ``dated_by`` is
    (``procedure.<step>.date``), else None."""
    if dated_by is None:
        return None
    parts = dated_by.split(".")
    if len(parts) != 3 or parts[0] != "procedure" or parts[2] != "date":
        return None
    return parts[1] if any(spec.step == parts[1] for spec in pack.procedure) else None


def rule_judged_on(rule: Rule, proposal: Proposal, pack: RulePack, as_of: dt.date) -> dt.date:
    """The date ``rule`` of ``pack`` is judged at for ``proposal``, as :func:`assess` judges
    it: the date of the step it is dated by as the procedure table dates that step, else its
    ``dated_by`` date when the proposal gives it, else ``as_of``. For the rule tests
    (:mod:`paracheck.engine.examples`), which must agree with the assessment."""
    step = _dated_step(rule.dated_by, pack)
    if step is not None:
        return _step_dates(proposal, pack_plan(compiled(pack)).steps, as_of)[step][0]
    if rule.dated_by is not None:
        day = decompose(proposal, as_of).proposal.values.get(rule.dated_by)
        if isinstance(day, dt.date):
            return day
    return as_of


def _judged_on(plan: RulePlan, view: FactView) -> dt.date:
    """The date a rule is judged at: the proposal date it is dated by, when given; else
    as_of."""
    if plan.dated_by is not None:
        day = view.proposal.values.get(plan.dated_by)
        if isinstance(day, dt.date):
            return day
    return view.as_of


def _check(
    plan: RulePlan,
    run: _Run,
    waiver: m.WaiverRef | None,
    on: dt.date,
    level: Wording,
) -> Row:
    verdicts = run.verdicts.get(plan.rule_id)
    scope = plan.scope
    items = run.scopes[scope]
    fired: list[Scoped] = []
    maybe: list[Scoped] = []
    if verdicts and items:
        if len(items) == 1:  # the proposal, or a sole sector or programme
            verdict = verdicts.get(items[0].key)
            if verdict == "def":
                fired = items
            elif verdict == "pos":
                maybe = items
        else:
            # each item's verdict, and the items found and possible picked from them, by
            # loops in C: a loop in Python over a rule's items was ~4 % of a 150-sector
            # assessment (~40 rules over 150 sectors or ~450 programmes each)
            said = list(map(verdicts.get, run.keys[scope]))
            fired = list(compress(items, map(operator.eq, said, repeat("def"))))
            if len(fired) < len(said) and "pos" in verdicts.values():
                maybe = list(compress(items, map(operator.eq, said, repeat("pos"))))
    # the rule's fixed parts were validated once, in the contract's field order; the
    # per-check parts are set in place from data built here. What a check does not set
    # stays as the plan has it: no items, nothing missing, no waiver, due (the empty lists
    # are the plan's, shared as its recommendations and sources are: results are frozen
    # and read, never changed)
    values = plan.fixed.copy()
    if fired:
        status = "accepted" if waiver is not None and not waiver.lapsed else "risk"
        if scope != "proposal":
            values["items"] = [i.key for i in fired]
            if maybe and status == "risk":
                # other items the rule may find once a fact is given: asked, not passed in
                # silence (held-out 17: a second programme with no budget given got no
                # question while BUD-006 fired on the first)
                values["missing"] = _open_items(plan, maybe, run)
    elif items is None:
        status = "unknown"
        values["missing"] = ["sectors"]
    else:
        blind = run.blinds[scope]  # shared: copied, never extended
        if maybe:
            status = "unknown"
            values["missing"] = _open_items(plan, maybe, run)
        elif blind:
            status = "unknown"
            values["missing"] = sorted(set(blind)) if len(blind) > 1 else list(blind)
        else:
            status = "clear"
    values["status"] = status
    if status == "clear":
        # what a check that found nothing read, gathered when first read (model.Deferred:
        # a report, the JSON, any reading of the list), not by every assessment: the same
        # walk over the same memos, whose entries do not depend on which check made them
        values["evidence"] = m.Deferred(
            functools.partial(_walked, plan.steps, items or [], run)
            if plan.plain is None
            else functools.partial(_plain_evidence, plan.plain, run)
        )
    elif plan.plain is None:
        shown = fired or (maybe if status == "unknown" else items or [])
        seen: dict[str, m.Evidence] = {}
        # a finding (risk or accepted) shows what it rests on: the branches that held
        # (docs/rule-language.md, "Evidence"); an open check every fact it read
        held = plan.condition if fired else None
        _collect(plan.steps, shown, run, seen, status == "risk", held)
        values["evidence"] = list(seen.values())
    elif fired:  # shown: the proposal; a finding by the branches that held
        values["evidence"] = _plain_evidence(plan.plain, run, plan.steps, plan.condition)
    else:
        values["evidence"] = _plain_evidence(plan.plain, run)
    # a waiver in force shows on the check it covers; a lapsed one where the risk is (or
    # may be) back
    if waiver is not None and (
        status == "accepted" or (waiver.lapsed and status in ("risk", "unknown"))
    ):
        values["waiver"] = waiver
    if status == "clear":
        if plan.due is not None:
            values["due"] = _is_due(plan, items, run)
        if plan.asides:
            values["covered_by"] = _stepped_aside(plan.rule, items, run)
        if plan.kinds is not None:
            kind = run.view.proposal.values.get("partner.kind")
            if kind is not None and kind not in plan.kinds:
                values["not_applicable"] = _not_applicable(kind, plan.kinds)
        if (
            plan.otherwise is not None
            and values["not_applicable"] is None
            and values["due"]  # a check not yet due stays "Belum waktunya"
            and items
        ):
            # the antecedent, read in three-valued logic over the facts each item sees, by
            # the pack's compiled open-check test of it (not compiled into the engine: an
            # engine target for it cost every NTB assessment ~4% of its instructions; this
            # is one small test, and only for a clear check that is due)
            # (the first antecedent certainly false gives the reason; where none is, the
            # first open one that says what it waits for: the check is not ticked)
            tops = run.top_answers
            waiting = None
            for _, otherwise, waits, tested in plan.otherwise:
                if tested[2]:  # on the proposal's own facts (:func:`_certainly_false`, inline)
                    answer = tops.get(tested[1], _UNSEEN)
                    if answer is _UNSEEN:
                        answer = _top_answer(tested, run)
                    if answer is False:
                        values["not_applicable"] = otherwise
                        break
                    if answer is None and waiting is None:
                        waiting = waits
                elif _certainly_false(tested, items, run):
                    values["not_applicable"] = otherwise
                    break
            else:
                if waiting is not None:
                    values["waits_on"] = waiting
    if plan.sources is not None:  # cite only the instruments in force on the date judged
        cuts, cited = plan.sources
        values["sources"] = cited[bisect.bisect_right(cuts, on)]
    keyed = plan.keyed
    whys = plan.whys
    levelled = plan.levels.get(level) if plan.levels else None
    if levelled is not None:  # the region's own bodies by its level's names
        values.update(levelled.fields)
        keyed = levelled.keyed
        whys = levelled.whys or whys
    if whys is not None:  # and give as the reason only what was in force on it
        cuts, reasons = whys
        values["why"] = reasons[bisect.bisect_right(cuts, on)]
    if plan.why_cases is not None and status != "clear":
        values["why"] = _reason_for_case(plan.why_cases, values["why"], fired or maybe, run)
    if plan.cases is not None:
        keyed = _advice_for_case(
            plan, values, keyed, fired or maybe or items, run, level, len(fired) > 1
        )
    if plan.sectors_said is not None:
        # after the cases are left out: the lists :attr:`RulePlan.by_case` shares between
        # assessments keep the rule's words; this check's copies name its own sectors
        keyed = _sectors_named(plan.sectors_said, values, keyed)
    if plan.areas_said is not None:
        keyed = _areas_named(plan.areas_said, values, keyed, run)
    return plan.rule_id, values, _CHECK(values), keyed


#: the dates a rule may be judged by (its ``dated_by``) as a reason names them
_DATED_WORDS = {"procedure.signing.date": ("tanggal penandatanganan", "the signing date")}


def _step_words(step: str) -> tuple[str, str]:
    """The date of ``step`` as a reason names it: "tanggal penjajakan", "the date of the
    exploration" (the signing's as :data:`_DATED_WORDS` says it)."""
    if step == "signing":
        return _DATED_WORDS["procedure.signing.date"]
    # the steps' labels are written for running text ("surat pernyataan kehendak (LoI)",
    # "Surat Kuasa dari Menteri Luar Negeri" with its capitals as a name)
    label_id, label_en = (value_text("procedure.<step>.step", step, lang) for lang in ("id", "en"))
    return f"tanggal {label_id}", f"the date of the {label_en}"


def _not_in_force(
    plan: RulePlan, on: dt.date, by: str | None, view: FactView, level: Wording
) -> Row:
    """The check of a rule not in force on the date it is judged on (``on``: its
    ``dated_by`` date, else as_of): clear, and not applicable because the instrument its
    dates are was not yet, or no longer, in force then ("Permendagri 3/2008 belum berlaku
    pada tanggal penandatanganan"; the date itself is the procedure table's, and formatting
    it here would load Babel for every assessment that has such a check). It asks nothing,
    recommends nothing, shows no evidence and cites no law or regulation (none is cited
    under an instrument not in force); the verdict is unchanged. Counted, so two memos of
    one pack list the same checks (trial 25: a 2007 MoU's memo had nine checks fewer than a
    2008 one's, with no word why)."""
    values = plan.fixed.copy()
    values["status"] = "clear"
    values["evidence"] = m.Deferred(list)  # as any clear check's: nothing to gather
    values["recommendations"] = []
    values["sources"] = [s for s in values["sources"] if s.kind not in ("law", "regulation")]
    levelled = plan.levels.get(level) if plan.levels else None
    whys = plan.whys
    if levelled is not None:
        values.update(levelled.fields)
        values["recommendations"] = []
        whys = levelled.whys or whys
    if whys is not None:
        cuts, reasons = whys
        values["why"] = reasons[bisect.bisect_right(cuts, on)]
    start, _ = plan.window  # type: ignore[misc]  # only a rule with dates is out of force
    early = start is not None and on < start
    instrument = plan.outside[0 if early else 1]
    if plan.dated_step is not None:
        # the step whose date it is: the rule's own, or the later step that dates it when
        # the file gives the rule's step no date (the initiative of a process whose
        # exploration was in 2019: "belum berlaku pada tanggal penjajakan")
        named = _step_words(by) if by is not None else ("tanggal penilaian", "the date judged")
    elif plan.dated_by is not None and isinstance(view.proposal.values.get(plan.dated_by), dt.date):
        named = _DATED_WORDS.get(plan.dated_by)
    else:
        named = ("tanggal penilaian", "the date judged")
    said = []
    for i, lang in enumerate(("id", "en")):
        when = named[i] if named is not None else ("tanggalnya", "its date")[i]
        what = ("aturan pemeriksaan ini", "the rule of this check")[i]
        if instrument is not None:
            what = instrument[0]
        if lang == "id":
            text = f"{what} {'belum' if early else 'sudah tidak'} berlaku pada {when}"
        else:
            text = f"{what} was {'not yet' if early else 'no longer'} in force on {when}"
        if instrument is not None and instrument[1] and _within_its_year(plan.window, on, early):
            # its day from a secondary source: said so where the day decides it. The year is
            # the instrument's own number (UU 23/2014, PP 28/2018), so a date of another year
            # is plainly before or after it (attack 400 L1: "menurut sumber sekunder, PP
            # 28/2018 belum berlaku" of a 2016 date)
            text = ("menurut sumber sekunder, ", "reportedly, ")[i] + text
        said.append(text)
    if early and plan.law_before is not None and plan.law_before[0] <= on:
        said = [f"{said[0]}; {plan.law_before[1].id}", f"{said[1]}; {plan.law_before[1].en}"]
    if not early and plan.law_after is not None:
        said = [f"{said[0]}; {plan.law_after.id}", f"{said[1]}; {plan.law_after.en}"]
    values["not_applicable"] = _build(m.Localized, id=said[0], en=said[1])
    return plan.rule_id, values, _CHECK(values), ()


def _reason_for_case(
    cases: tuple[tuple[Tested, m.Localized], ...],
    why: m.Localized,
    shown: list[Scoped],
    run: _Run,
) -> m.Localized:
    """``why`` with the paragraphs of the reason (``why_cases``) whose case is not certainly
    false on the items the check shows (its risks, else its open items; the proposal where
    it shows none), read as a recommendation's case is: a finding with two alternative
    cases gives the one the file shows (newcomer trial 24: TOC-011 said both)."""
    items = shown or run.tops
    said = [para for tested, para in cases if not _certainly_false(tested, items, run)]
    if not said:
        return why
    return _LOCALIZED(
        {
            "id": " ".join([why.id, *(p.id for p in said)]),
            "en": " ".join([why.en, *(p.en for p in said)]),
        }
    )


_SECTOR_AT = re.compile(r"^sectors\[(\d+)\]")


def _sectors_named(
    said: tuple[tuple[str, str], ...], values: dict[str, Any], keyed: tuple[Keyed, ...]
) -> tuple[Keyed, ...]:
    """The check's recommendations with the sectors it is about named where their text says
    the words a ``{sectors|…}`` placeholder stood for (docs/rule-language.md): "sektor
    perdagangan dan pariwisata" / "the trade and tourism sectors", read off the check's
    items and evidence (the sectors it fired on, or the ones its count matched). Unchanged
    where the check names no sector; ``values["recommendations"]`` is set to match."""
    found: dict[int, str] = {}
    for entry in values["evidence"]:
        match = _SECTOR_AT.match(entry.path)
        if match and entry.path.endswith("].name") and isinstance(entry.value, str):
            found.setdefault(int(match.group(1)), entry.value)
    items = values["items"] or []
    if items:  # a check run per item: the sectors of the items it shows
        held = {int(m_.group(1)) for path in items if (m_ := _SECTOR_AT.match(path))}
        found = {i: name for i, name in found.items() if i in held}
    if not found:
        return keyed
    names = [found[i] for i in sorted(found)]
    words_id = "sektor " + join_words(
        [value_text("sector.name", n, "id") for n in names], "id", "dan"
    )
    words_en = (
        "the "
        + join_words([value_text("sector.name", n, "en") for n in names], "en", "and")
        + (" sectors" if len(names) > 1 else " sector")
    )

    return _reworded(values, keyed, [(p_id, words_id, p_en, words_en) for p_id, p_en in said])


def _reworded(
    values: dict[str, Any], keyed: tuple[Keyed, ...], swaps: list[tuple[str, str, str, str]]
) -> tuple[Keyed, ...]:
    """The check's recommendations and the action plan's keyed advice with each of ``swaps``
    — (Indonesian words, their replacement, English words, theirs) — made in their text: the
    sectors or areas a placeholder's words stand for (:func:`_sectors_named`,
    :func:`_areas_named`); ``values["recommendations"]`` is set to match."""

    def named(text: m.Localized) -> m.Localized:
        said_id, said_en = text.id, text.en
        for old_id, new_id, old_en, new_en in swaps:
            said_id = said_id.replace(old_id, new_id)
            said_en = said_en.replace(old_en, new_en)
        return _LOCALIZED({"id": said_id, "en": said_en})

    # built as ``assess`` builds its models (``model.trusted``: the fields are the rule's,
    # already valid): a validated Localized and a ``model_copy`` per recommendation were
    # ~0.1 M of NTB's instructions here
    values["recommendations"] = [
        _RECOMMENDATION({**rec.__dict__, "text": named(rec.__dict__["text"])})
        for rec in values["recommendations"]
    ]
    out = []
    for key, rec in keyed:
        text = named(rec[0])
        out.append(((key[0], key[1], key[2], text.en), (text, *rec[1:])))
    return tuple(out)


def _areas_named(
    said: tuple[tuple[str, str], ...], values: dict[str, Any], keyed: tuple[Keyed, ...], run: _Run
) -> tuple[Keyed, ...]:
    """The check's recommendations with the areas the file records as hit by outages
    (``energy.affected_areas``) given after the words an ``{areas|…}`` placeholder stood for
    (docs/rule-language.md): "kawasan yang terdampak pemadaman (Waingapu dan Melolo)". The
    officer typed them, and no memo named them (held-out 40: Dobo; 42: Ranai, Pulau Serasan;
    46: Waingapu, Melolo). Unchanged where the file records none or does not say;
    ``values["recommendations"]`` is set to match, as :func:`_sectors_named` does."""
    areas = [a for a in run.view.members("energy.affected_areas", run.top) or [] if a]
    if not areas:
        return keyed
    listed = {
        lang: join_words([str(a) for a in areas], lang, "dan" if lang == "id" else "and")
        for lang in ("id", "en")
    }
    swaps = [
        (w_id, f"{w_id} ({listed['id']})", w_en, f"{w_en} ({listed['en']})") for w_id, w_en in said
    ]
    return _reworded(values, keyed, swaps)


def _advice_for_case(
    plan: RulePlan,
    values: dict[str, Any],
    keyed: tuple[Keyed, ...],
    shown: list[Scoped] | None,
    run: _Run,
    level: Wording,
    per_item: bool = False,
) -> tuple[Keyed, ...]:
    """Leave out of a check the recommendations whose case (``when`` on a recommendation)
    is certainly false on the items the check shows (its risks, else its open items, else
    all): the advice follows what the file states instead of hedging on it (words17 A7:
    "Bila DPRD belum menyetujui, …; bila persetujuan DPRD terbit sesudah penandatanganan,
    …" beside the DPRD's date). True or unknown (a fact it reads not given): given. Read
    by the pack's compiled open-check test of each condition, as ``applies_when`` is; sets
    ``values["recommendations"]`` and returns the action plan's keyed advice to match.
    ``level``: the region's, whose wording ``values`` and ``keyed`` carry (the lists left
    are the rule's for that level and those cases: :attr:`RulePlan.by_case`).

    ``per_item``: the check is a risk on several items (``shown`` are they). A case that
    reads the item is then decided on each of them: advice whose case is certainly false
    on some of the items is given for the others only, and carries them (``items`` on the
    recommendation and in the keyed advice; newcomer trial 19 #2: "Karena seluruh program
    sektor ini sudah dibatalkan" was given to a sector that never had a programme, because
    another sector's programmes were all cancelled)."""
    if not shown:
        # a per-item check with no item to show (no sectors given, say): its cases are read
        # on the proposal alone, where a case on the proposal's facts is decided and one on
        # an item's facts stays open (words18: IMP-002's advice for a lapsed MoU was given
        # beside its advice for an MoU in force, on a file with no end date)
        shown = run.tops
    count = len(keyed)  # the rule's recommendations, the cases' indices among them
    dropped = 0
    held: dict[int, list[str]] | None = None  # case index → the items it holds on, if not all
    tops = run.top_answers
    for index, tested in plan.cases:  # type: ignore[union-attr]
        if tested[2]:  # on the proposal's own facts (:func:`_certainly_false`, inline)
            answer = tops.get(tested[1], _UNSEEN)
            if answer is _UNSEEN:
                answer = _top_answer(tested, run)
            if answer is False:
                dropped |= 1 << index
            continue
        if not per_item:  # one answer for every item
            if _certainly_false(tested, shown, run):
                dropped |= 1 << index
            continue
        if _gated(tested, run):  # false on every item, answered once
            dropped |= 1 << index
            continue
        on = [item.key for item in shown if _answer(tested, item, run) is not False]
        if not on:
            dropped |= 1 << index
        elif len(on) < len(shown):
            if held is None:
                held = {}
            held[index] = on
    if not dropped and held is None:
        return keyed
    if dropped:
        key = (level, dropped)
        left = plan.by_case.get(key)
        if left is None:
            left = plan.by_case.setdefault(
                key,
                (
                    [r for i, r in enumerate(values["recommendations"]) if not dropped >> i & 1],
                    tuple(advice for i, advice in enumerate(keyed) if not dropped >> i & 1),
                ),
            )
        recs, keyed = left
    else:
        recs = values["recommendations"]
    if held is not None:
        # this check's own copies (the shared lists keep the rule's advice for every item)
        kept = [i for i in range(count) if not dropped >> i & 1]
        recs, keyed = list(recs), list(keyed)
        for at, index in enumerate(kept):
            on = held.get(index)
            if on is not None:
                recs[at] = recs[at].model_copy(update={"items": on})
                key_, rec = keyed[at]
                keyed[at] = (key_, (*rec[:7], tuple(on)))
        keyed = tuple(keyed)
    values["recommendations"] = recs
    return keyed


def _answer(tested: Tested, item: Scoped, run: _Run) -> bool | None:
    """A case's or antecedent's answer on one item, in three-valued logic (None: open),
    kept for the rest of the assessment (:func:`_certainly_false`)."""
    condition, number, _ = tested
    answers = run.answers.get(number)
    if answers is None:
        answers = run.answers[number] = {}
    answer = answers.get(item.key, _UNSEEN)
    if answer is _UNSEEN:
        test = run.openers.get(id(condition))
        if test is None:
            test = run.openers[id(condition)] = _opener(condition, run.plan)
        answer = answers[item.key] = test(item, run, [])
    return answer  # type: ignore[return-value]


def _certainly_false(tested: Tested, items: list[Scoped], run: _Run) -> bool:
    """Whether a case or an antecedent (:data:`Tested`) is certainly false on every one of
    ``items`` (not empty), read in three-valued logic by the pack's compiled open-check test
    of it. Each answer is kept for the rest of the assessment (``_Run.answers``, by the
    condition's number and the item), as the checks share evidence: the same case read by
    twelve rules is tested once. A condition on the proposal's own facts is tested on the
    proposal, whichever items ask: each of them reads those facts there (its answer kept by
    its number alone, :func:`_top_answer`)."""
    condition, number, on_proposal = tested
    if on_proposal:
        answer = run.top_answers.get(number, _UNSEEN)
        if answer is _UNSEEN:
            answer = _top_answer(tested, run)
        return answer is False
    if len(items) > 1 and _gated(tested, run):  # false on all of them, answered once
        return True
    answers = run.answers.get(number)
    if answers is None:
        answers = run.answers[number] = {}
    for item in items:  # :func:`_answer`, inline: read by every check with a case or antecedent
        answer = answers.get(item.key, _UNSEEN)
        if answer is _UNSEEN:
            test = run.openers.get(id(condition))
            if test is None:
                test = run.openers[id(condition)] = _opener(condition, run.plan)
            # what is open is not needed: only "certainly false" counts
            answer = answers[item.key] = test(item, run, [])
        if answer is not False:
            return False
    return True


def _top_answer(tested: Tested, run: _Run) -> bool | None:
    """A condition on the proposal's own facts (:data:`Tested` marked so) tested on the
    proposal, in three-valued logic, and kept for the rest of the assessment by its number
    (``_Run.top_answers``): every item reads those facts there, so one answer serves every
    check and item that asks, without a key per item."""
    condition, number, _ = tested
    tops = run.top_tests
    generated = tops.get(id(condition), _UNSEEN)
    if generated is _UNSEEN:
        generated = tops[id(condition)] = _top_test(condition, run.plan)
    if generated is not None:
        answer = run.top_answers[number] = generated(run.top, run)
        return answer
    test = run.openers.get(id(condition))
    if test is None:
        test = run.openers[id(condition)] = _opener(condition, run.plan)
    answer = run.top_answers[number] = test(run.top, run, [])
    return answer


_GATES: weakref.WeakKeyDictionary[CompiledPack, dict[int, Tested | None]] = (
    weakref.WeakKeyDictionary()
)
"""Per compiled pack, the gate of each mixed case or antecedent by its number
(:func:`_gate`), as :data:`_OPENERS` and for the same reasons kept out of the pickled plan."""


def _gates(engine: CompiledPack) -> dict[int, Tested | None]:
    found = _GATES.get(engine)
    if found is None:
        with _plans_lock:
            found = _GATES.setdefault(engine, {})
    return found


def _gate(tested: Tested) -> Tested | None:
    """The parts of a mixed ``all`` (a case or antecedent reading an item's facts) that read
    the proposal's own facts, as one condition on the proposal (:data:`Tested`, numbered
    below zero so no case's number is taken); None for a condition with no such part.

    Where they are certainly false, so is the whole on every item, and it is answered once
    for all of them: REG-042's advice for a signed MoU, "the MoU not ended and not ending
    within six months" beside "a sector not mining", was otherwise tested item by item on
    each of 150 sectors by every check giving that advice (perf26b)."""
    condition, number, _ = tested
    if type(condition) is not c.All:
        return None
    parts = tuple(part for part in condition.parts if _on_proposal(part))
    if not parts:
        return None
    return (parts[0] if len(parts) == 1 else c.All(parts=parts)), -1 - number, True


def _gated(tested: Tested, run: _Run) -> bool:
    """Whether a case or antecedent reading an item's facts is certainly false on every
    item because its parts on the proposal's own facts are (:func:`_gate`)."""
    number = tested[1]
    gate = run.gates.get(number, _UNSEEN)
    if gate is _UNSEEN:
        gate = run.gates[number] = _gate(tested)
    if gate is None:
        return False
    answer = run.top_answers.get(gate[1], _UNSEEN)
    if answer is _UNSEEN:
        answer = _top_answer(gate, run)
    return answer is False


#: a kind of partner as the words "mitranya …, bukan …" name it
_KIND_WORDS = {
    "regional_government": (
        "pemerintah daerah di luar negeri",
        "a foreign regional government",
        "pemerintah daerah",
        "a regional government",
    ),
    "institution": (
        "lembaga di luar negeri",
        "a foreign institution",
        "lembaga",
        "an institution",
    ),
}


@functools.lru_cache(maxsize=16)
def _not_applicable(kind: str, kinds: frozenset[str]) -> m.Localized:
    """Why a check whose rule concerns only ``kinds`` of partner does not apply to a
    partner of ``kind``: "mitranya lembaga di luar negeri, bukan pemerintah daerah" (a frozen
    model, shared by every check it explains). The words are PP 28/2018's categories without
    its terms KSDPL / KSDLL, which a report judged before that regulation must not use
    (review 15, finding 13)."""
    others = sorted(kinds)
    said_id = join_words([_KIND_WORDS[k][2] for k in others], "id", "atau")
    said_en = join_words([_KIND_WORDS[k][3] for k in others], "en", "or")
    return _build(
        m.Localized,
        id=f"mitranya {_KIND_WORDS[kind][0]}, bukan {said_id}",
        en=f"the partner is {_KIND_WORDS[kind][1]}, not {said_en}",
    )


def _is_due(plan: RulePlan, items: list[Scoped] | None, run: _Run) -> bool:
    """Whether a clear check was judged: the proposal has reached the stage the rule applies
    from (``due_from``) and its ``due_when`` holds, or the step the rule is about is already
    done (``RulePlan.settled``: a letter of intent signed before the stage that asks for it
    makes "LoI … ada dalam berkas" true now, not "Belum waktunya", newcomer trial 12)."""
    due_from, target = plan.due  # type: ignore[misc]  # callers skip a plan due always
    due = run.due(due_from)
    if due and target is not None:
        key = items[0].key if items else None
        due = run.outcome.verdicts.get(target, {}).get(key) == "def"
    if not due and plan.settled is not None:
        path, values = plan.settled
        due = run.view.proposal.values.get(path) in values
    return due


def _stepped_aside(rule: Rule, items: list[Scoped] | None, run: _Run) -> str | None:
    """The rule a clear check left its case to (its ``steps_aside`` whose case certainly
    holds, on the proposal or, for a rule run per item, on one of its items), to be
    confirmed by :func:`_covered`; None when no such case holds."""
    if not items:
        return None
    verdicts = run.outcome.verdicts
    for i, aside in enumerate(rule.steps_aside):
        found = verdicts.get(aside_target(rule.id, i))
        if found and any(found.get(item.key) == "def" for item in items):
            return aside.rule
    return None


def _covered(rows: list[Row], plan: PackPlan) -> list[Row]:
    """``rows`` with ``covered_by`` kept only where the rule named holds a finding (a risk,
    or a risk accepted by a waiver): a clear check is shown as recorded under another rule
    only when that rule's check says so, never pointing at a check that is clear or that is
    not in force on the date judged. A check so recorded does not also say that its
    antecedent is false (``plan.otherwise``, by rule): "Dicatat pada …" names where its case
    is. Only the rows that name a rule are read again (most assessments have none, NTB two
    of 81), and those are replaced in ``rows`` itself (``assess``'s own list)."""
    covering = [i for i, row in enumerate(rows) if row[1]["covered_by"] is not None]
    if not covering:
        return rows
    otherwise = plan.otherwise
    held = {row[0] for row in rows if row[1]["status"] in ("risk", "accepted")}
    moved = {}  # the rows still recorded under another rule: rule id → that rule
    for i in covering:
        rule_id, values, _, keyed = rows[i]
        covered = values["covered_by"]
        if covered not in held:
            values = values.copy()
            values["covered_by"] = None
            rows[i] = (rule_id, values, _CHECK(values), keyed)
            continue
        moved[rule_id] = covered
        if _said(values["not_applicable"], otherwise.get(rule_id)):
            values = values.copy()
            values["not_applicable"] = None
            rows[i] = (rule_id, values, _CHECK(values), keyed)
    return _pointed(rows, plan, moved)


_RULE_NAMED = re.compile(r"\b[A-Z]{2,5}-\d{3}\b")


def _said(said: m.Localized | None, reasons: tuple[m.Localized, ...] | None) -> bool:
    """Whether ``said`` (a check's ``not_applicable``) is one of ``reasons``, a rule's
    antecedents' (``otherwise``), itself: not a partner kind's reason that reads alike."""
    return said is not None and reasons is not None and any(said is r for r in reasons)


def _pointed(rows: list[Row], plan: PackPlan, moved: dict[str, str]) -> list[Row]:
    """``rows`` whose "Tidak berlaku: …; … diperiksa pada REG-012" names the row where the
    finding is: where REG-012 is itself "Dicatat pada REG-021", the reason says REG-021, so
    an officer reaches the finding in one step, not two (trust17 #3). ``moved``: the rows
    recorded under another rule (rule id → that rule). Only the rows whose reasons name a
    moved rule are read (``plan.naming``, found once per pack)."""
    if not moved:
        return rows
    naming = plan.naming
    pointing = {rule_id for named in moved if named in naming for rule_id in naming[named]}
    if not pointing:
        return rows
    otherwise = plan.otherwise
    out = []
    for row in rows:
        rule_id, values, _, keyed = row
        said = values["not_applicable"]
        if rule_id in pointing and _said(said, otherwise.get(rule_id)):
            named = _RULE_NAMED.findall(said.id)
            if any(rid in moved for rid in named):
                values = values.copy()
                values["not_applicable"] = m.Localized(
                    id=_RULE_NAMED.sub(lambda n: moved.get(n.group(), n.group()), said.id),
                    en=_RULE_NAMED.sub(lambda n: moved.get(n.group(), n.group()), said.en),
                )
                row = (rule_id, values, _CHECK(values), keyed)
        out.append(row)
    return out


def _due(due_from: str | None, view: FactView) -> bool:
    """Whether the proposal has reached the stage from which a rule applies: a check that is
    clear before then is clear because nothing is due yet (an unknown stage counts as due,
    so nothing is hidden behind a missing answer)."""
    if due_from is None:
        return True
    stage = view.proposal.values.get("stage")
    return stage not in STAGE_ORDER or stage_reached(stage, due_from)


def _blind(scope: str, view: FactView) -> list[str]:
    """For a per-programme rule: the sectors whose programmes were not given."""
    return [f"{s.key}.programs" for s in view.unlisted(scope)]


# --------------------------------------------------------------------------- missing facts

_CONTEXT_INPUTS = {
    "context.partner_has_relations": "partner.country",
    "context.partner_language": "partner.country",
    "context.partner_language_staff": "human_resources.language_staff",
    "context.local_tier": "local.level",
    "context.partner_tier": "partner.level",
    "context.sector_count": "sectors",
    "context.unfinished_sector_count": "sectors",
    "context.program_count": "sectors[].programs",
    # with the sectors given, decompose records the programmes' fields to ask (Scoped.asks)
    "context.unfinished_program_budget_idr": "sectors",
    "context.unfinished_program_budget_known_idr": "sectors",
    "context.unfinished_program_apbd_idr": "sectors",
    "context.unfinished_program_apbd_known_idr": "sectors",
    "context.planned_program_apbd_idr": "sectors",
    "context.covered_idr": "budget.other_sources_idr",
}


def _where_absent(path: str, item: Scoped) -> tuple[str, ...] | list[str]:
    """Where to fill in ``path`` for ``item``: nothing when ``item`` or a scope above it holds
    the fact (Scoped.holder, inline: it runs per open item and fact), else the concrete input
    paths. Shared by :func:`_missing` and :func:`_decisive`, each of which caches it per item."""
    holder: Scoped | None = item
    while holder is not None and path not in holder.values:
        holder = holder.parent
    return _NONE if holder is not None else _absent_concrete(path, item)


def _proposal_of(item: Scoped) -> Scoped:
    """The proposal's own scope above ``item`` (``item`` itself at the top)."""
    while item.parent is not None:
        item = item.parent
    return item


def _absent_concrete(path: str, item: Scoped) -> tuple[str, ...] | list[str]:
    """Where the user should fill in an absent path, as concrete input paths.

    A tuple (or the proposal's own ``asks`` list), read only by the walks that add it to
    the lists they return: kept per open item and fact for the assessment (``run.absent``,
    ~1,000 of them at 150 sectors), a tuple of texts is left alone by the cyclic collector
    after its first look, where a list is followed at every collection until the result is
    freed."""
    if path == "program.runs_after_mou":  # made from the MoU's end date and the status
        if "agreement.expires" in _proposal_of(item).values:
            return (f"{item.key}.status",)
        return ("agreement.expires",)
    if path.startswith("program."):
        if not path.startswith("program.days"):
            return (f"{item.key}.{path[len('program.') :]}",)
        if path == "program.days_since_activity":
            return (f"{item.key}.last_activity",)
    scope = item.scope  # Scoped.sector, inline: this runs for every open item's fact
    sector = item if scope == "sector" else item.parent if scope == "program" else None
    if path.startswith("sector.") and sector is not None:
        if path in ("sector.last_activity", "sector.days_since_activity"):
            if sector.programs is None:
                return (f"{sector.key}.programs",)
            undated = [p.key for p in sector.programs if "program.last_activity" not in p.values]
            return tuple([f"{key}.last_activity" for key in undated]) or (f"{sector.key}.programs",)
        return (f"{sector.key}.{path[len('sector.') :]}",)
    if path in ("context.unfinished_program_budget_idr", "context.unfinished_program_apbd_idr"):
        # the programmes' own fields that leave the sum open (decompose recorded them), so
        # the question is the one each programme's status or budget already asks
        top = _proposal_of(item)
        if top.asks and path in top.asks:
            return top.asks[path]
    if path == "context.covered_idr":
        # the other sources' certain money is of no use while the sources themselves are not
        # known: that is the question (the NTB memo asked both); with the money given, the
        # allocation is what is missing
        given = _proposal_of(item).values
        if "budget.other_sources" not in given:
            return ("budget.other_sources",)
        if "budget.other_sources_idr" in given:
            return ("budget.apbd_allocation_idr",)
    if path == "context.partner_language_staff" and item.holder("context.partner_language") is None:
        # the staff per language are of no use while the partner's language is unknown:
        # that is the question (a Timor-Leste proposal listing its Tetum speakers was asked
        # how many staff speak each language — held-out proposal 12)
        path = "context.partner_language"
    if path == "context.partner_language" and item.holder("partner.country") is not None:
        # the country is known but has no one working language in the reference data
        # (Belgium, Timor-Leste): only the proposal can say the partner's
        return ("partner.language",)
    return (_CONTEXT_INPUTS.get(path, path),)


def _missing(steps: Steps, items: list[Scoped], run: _Run) -> list[str]:
    """The concrete input paths whose absence leaves a condition (its ``steps``) undecided
    for ``items`` (with repeats: callers sort them out). The steps that read the same for
    every item are asked for the first one only (:class:`Steps`); each item's answer for a
    fact is kept for the assessment (``run.absent``: every check reading it asks the same)."""
    out: list[str] = []
    absents = run.absent
    walk = steps.every
    for item in items:
        absent = absents.get(item.key)  # path → where to fill it in (empty when present)
        if absent is None:
            absent = absents[item.key] = {}
        for kind, what, _ in walk:
            if kind == _FACT:
                found = absent.get(what)
                if found is None:  # once per item and fact; the hit stays inline
                    found = absent[what] = _where_absent(what, item)
                out += found
            elif kind == _FLAG:
                out += _flag_missing(run, what)
            else:
                out += _count_missing(run, what, item)
        walk = steps.varying
        if not walk:  # nothing differs by item: the first one asked it all
            break
    return out


_NONE: tuple[str, ...] = ()  # a present fact's missing paths, shared


def _plain_missing(plain: tuple[tuple[str, bool], ...], run: _Run) -> list[str]:
    """:func:`_missing` of a plain proposal rule (``RulePlan.plain``) on the proposal."""
    out: list[str] = []
    item, absent = run.top, run.top_absent
    values = item.values
    for what, _ in plain:
        found = absent.get(what)
        if found is None:  # the proposal has no parent: its own values decide
            found = absent[what] = _NONE if what in values else _absent_concrete(what, item)
        out += found
    return out


def _flag_missing(run: _Run, name: str) -> list[str]:
    """What an undecided flag's deriving rule asks (once per assessment: every check
    testing the flag asks the same)."""
    found = run.flag_missing.get(name)
    if found is None:
        found = run.flag_missing[name] = _flag_open(run, name)
    return found


def _flag_open(run: _Run, name: str) -> list[str]:
    """What an undecided flag's deriving rule asks: its open items' facts, the sectors whose
    programmes it cannot see, or the sectors themselves."""
    if run.outcome.flags.get(name) is not None:
        return []
    source = run.plan.deriving[name]
    scope = source.scope
    sources = run.items(scope)
    if sources is None:
        return ["sectors"]
    open_items = run.outcome.verdicts.get(source.rule.id, {})
    undecided = [sub for sub in sources if open_items.get(sub.key) == "pos"]
    if source.branches:
        asked = _decisive(source.condition, undecided, run)
    else:
        asked = _missing(source.steps, undecided, run)
    return asked + run.blind(scope)


def _count_missing(run: _Run, counted: CountNode, item: Scoped) -> Sequence[str]:
    """What leaves a count undecided for ``item`` (once per assessment: every check with
    this count asks the same; the engine tests each counted set once per run, whichever
    layers read it)."""
    memo = run.count_missing.get(counted.index)
    if memo is None:
        memo = run.count_missing[counted.index] = {}
    found = memo.get(item.key)
    if found is None:
        found = memo[item.key] = _count_open(run, counted, item)
    return found


def _count_open(run: _Run, counted: CountNode, item: Scoped) -> Sequence[str]:
    """What leaves a count undecided: its unknown collection, or the facts of the members
    that possibly match."""
    view = run.view
    members = view.members(counted.collection, item)
    if members is None and counted.collection == "programs" and view.sectors is not None:
        # every programme is unknown only where a sector did not list its programmes
        return run.blind("program")
    if members is None:
        if counted.collection not in COLLECTIONS:
            return _absent_concrete(counted.collection, item)
        return (_collection_path(counted.collection, item),)
    if counted.where is None:
        return []
    decided = run.outcome.counted(counted.index)
    undecided = [member for member in members if decided.get(member.key) == "pos"]
    steps = run.plan.where[counted.index]
    if run.plan.where_settles.get(counted.index, False):
        return _decisive(counted.where, undecided, run)
    return _missing(steps, undecided, run)


def _collection_path(collection: str, item: Scoped) -> str:
    if collection == "sector.programs":
        return f"{item.key}.programs"
    return "sectors"


# --------------------------------------------------------------------------- evidence

# Computed values are shown as the user's own field and line, the computed value kept as a
# note (issue 11: "context.local_tier = 2" pointed nowhere a user wrote). path → the input
# field holding the user's value (None: the source recorded by decompose) and the note.
_TRACED: dict[str, tuple[str | None, str, str]] = {
    "context.local_tier": (
        "local.level",
        "pemerintahan tingkat {v}",
        "administrative tier of the region: {v}",
    ),
    "context.partner_tier": (
        None,
        "pemerintahan tingkat {v}",
        "administrative tier of the partner: {v}",
    ),
    "context.partner_has_relations": (None, *m.RELATIONS_NOTE),
    "context.partner_language": (
        None,  # partner.language when the proposal says it, else partner.country
        "bahasa utama negara mitra: {v}",
        "main language of the partner country: {v}",
    ),
    "context.partner_language_staff": (
        None,
        "staf yang menguasai bahasa mitra: {v}",
        "staff speaking the partner's language: {v}",
    ),
    "context.sector_count": ("sectors", "jumlah sektor: {v}", "number of sectors: {v}"),
    "context.unfinished_sector_count": (
        "sectors",
        "jumlah sektor yang belum selesai: {v}",
        "number of sectors not yet finished: {v}",
    ),
    "context.program_count": ("programs", "jumlah program: {v}", "number of programmes: {v}"),
    "sector.last_activity": (None, "kegiatan terakhir sektor ini", "the sector's latest activity"),
    "sector.days_since_activity": (
        None,
        "{v} sebelum tanggal penilaian",
        "{v} before the date judged",
    ),
    "program.days_since_activity": (
        None,
        "{v} sebelum tanggal penilaian",
        "{v} before the date judged",
    ),
    # shown at the programme's name, which it is read from (REG-054)
    "program.secondary_schooling": (
        None,
        "nama program menyebut SMA atau SMK: {v}",
        "the programme's name names a senior high or vocational school: {v}",
    ),
    # shown at the field that shows it (the status, or the date after the MoU's last day)
    "program.runs_after_mou": (
        None,
        "berkegiatan sesudah masa berlaku MoU berakhir: {v}",
        "active after the MoU's term ended: {v}",
    ),
}

#: the note of the partner's main language where its place is a territory, not a state
#: (``reference.territory_label``), as (Indonesian, English)
_TERRITORY_LANGUAGE = (
    "bahasa utama wilayah mitra: {v}",
    "main language of the partner's territory: {v}",
)
#: computed day counts whose note says the time since the user's date in years and months
_DAYS_SINCE = frozenset({"sector.days_since_activity", "program.days_since_activity"})


_YES_NO = {True: ("ya", "yes"), False: ("tidak", "no"), None: ("belum diketahui", "not known")}


def _shown(value: Any, lang: int) -> str:
    return _YES_NO[value][lang] if value is None or isinstance(value, bool) else str(value)


def _fact_evidence(run: _Run, item: Scoped, path: str, traced: bool) -> m.Evidence | None:
    """The evidence entry of one fact as ``item`` sees it; None when it is absent.

    A computed value names the field the user wrote and its line, the computed value as a
    note (``traced``: the path is one of :data:`_TRACED`)."""
    holder: Scoped | None = item  # Scoped.holder, inline: this runs for every fact shown
    while holder is not None:
        if path in holder.values:
            break
        holder = holder.parent
    else:
        return None
    if holder is item:
        return _held_evidence(run, holder, path, traced)
    # a fact held further up (a programme reading its sector's or the proposal's): one entry
    # per holder, shared by every item below it
    memo = run.evidence.get(holder.key)
    if memo is None:
        memo = run.evidence[holder.key] = {}
    found = memo.get(path, _UNSEEN)
    if found is _UNSEEN:
        found = memo[path] = _held_evidence(run, holder, path, traced)
    return found


def _held_evidence(run: _Run, holder: Scoped, path: str, traced: bool) -> m.Evidence:
    """The evidence entry of a fact held by ``holder``."""
    values = holder.values
    value, source = values[path], holder.sources.get(path)
    key = holder.key  # Scoped.concrete, inline: this runs for every fact shown
    concrete = f"{key}.{_TAIL.get(path) or _tail(path)}" if key else path
    remark = holder.notes.get(path)
    if not traced:  # the common case: the fact under its own path, with its own note
        where = source or concrete
        positions = run.positions
        pos = positions.get(where)
        return _EVIDENCE(
            {
                "path": concrete,
                "value": value.isoformat() if isinstance(value, dt.date) else value,
                "line": (pos[0] if pos else None) if pos is not None else _line(positions, where),
                "note": _LOCALIZED({"id": remark["id"], "en": remark["en"]}) if remark else None,
            }
        )
    shown = concrete
    shown_value = value.isoformat() if isinstance(value, dt.date) else value
    if traced:
        field, id_note, en_note = _TRACED[path]
        field = field or source or concrete
        shown = field
        if path == "context.unfinished_sector_count":
            # the list's own count, the sectors not finished as the note: "Jumlah sektor: 3"
            # would say three sectors where the file lists three and two are finished
            shown_value = {"count": values.get("context.sector_count", value)}
        elif field in ("sectors", "programs"):
            shown_value = {"count": value}
        elif field == "human_resources.language_staff":  # the partner language's entry
            language = values.get("context.partner_language")
            shown = f"{field}.{language}" if language else field
            shown_value = value
        elif field in values:
            shown_value = _jsonable(values[field])
        else:  # the user's own value (a programme's date), however the proposal was read
            shown_value = _jsonable(_user_value(run, field, value, holder))
        if field == "partner.language":  # the proposal's own word: shown as it is
            notes = []
        elif path == "context.partner_language" and isinstance(value, str):
            # a language by its name, as people read it ("bahasa Mandarin", not "zh")
            from paracheck.facts.labels import language_phrase
            from paracheck.facts.reference import territory_label

            if territory_label(shown_value, "id") is not None:
                # a territory is not a state: "bahasa utama negara mitra" of Taiwan or New
                # Caledonia called it one (relations.yaml territories; held-out 128)
                id_note, en_note = _TERRITORY_LANGUAGE
            notes = [
                id_note.format(v=language_phrase(value, "id")),
                en_note.format(v=language_phrase(value, "en")),
            ]
        elif _restates(shown_value, value):
            # the field shown already holds the computed value ("sectors: 7", "language
            # staff: 0"): a note saying it again read "… 7 (baris 69) — jumlah sektor: 7"
            # (wording review)
            notes = []
        elif path in _TIERS and remark:
            # the reference's note says the tier in words ("di Tiongkok, provinsi adalah
            # pemerintahan tingkat pertama …"): "tingkat pemerintahan mitra: 1" before it was a
            # code value (review 12)
            notes = []
        elif path in _DAYS_SINCE and isinstance(value, int):
            # "1 tahun 4 bulan sebelum tanggal penilaian", not "507 hari …" (memo17): the
            # time from the user's date to the date judged, in years and months
            since = iso_day(shown_value)
            if since is not None:
                until = since + dt.timedelta(days=value)
                spans = list(elapsed_both(since, until))
            else:  # no date to count the months from: the days as counted
                spans = [f"{value} hari", f"{value} day{'' if value == 1 else 's'}"]
            notes = [id_note.format(v=spans[0]), en_note.format(v=spans[1])]
            if value < 0:
                # a date after the date judged (the notice dated_after_assessment says so):
                # the span runs the other way (attack 390 M6: "3 bulan 5 hari sebelum tanggal
                # penilaian" of a date three months after it)
                notes = [
                    notes[0].replace(" sebelum tanggal penilaian", " sesudah tanggal penilaian"),
                    notes[1].replace(" before the date judged", " after the date judged"),
                ]
        else:
            shown_id = _ORDINAL_ID.get(value, _shown(value, 0)) if path in _TIERS else None
            notes = [
                id_note.format(v=shown_id or _shown(value, 0)),
                en_note.format(v=_shown(value, 1)),
            ]
        if remark:
            notes = (
                [f"{notes[0]} ({remark['id']})", f"{notes[1]} ({remark['en']})"]
                if notes
                else [remark["id"], remark["en"]]
            )
        remark = {"id": notes[0], "en": notes[1]} if notes else None
    where = source or concrete
    pos = run.positions.get(where)
    return _EVIDENCE(
        {
            "path": shown,
            "value": shown_value,
            "line": (pos[0] if pos else None) if pos is not None else _line(run.positions, where),
            "note": _LOCALIZED({"id": remark["id"], "en": remark["en"]}) if remark else None,
        }
    )


_TIERS = frozenset(("context.local_tier", "context.partner_tier"))
_ORDINAL_ID = {1: "pertama", 2: "kedua", 3: "ketiga"}  # "pemerintahan tingkat kedua"


def _restates(shown: Any, computed: Any) -> bool:
    """Whether the value shown for a computed fact is that fact's value itself: a count shown
    as ``{"count": n}``, or the user's number the computation took unchanged."""
    if isinstance(shown, dict) and set(shown) == {"count"}:
        shown = shown["count"]
    return type(shown) is type(computed) and shown == computed


_TAIL: dict[str, str] = {}
"""A vocabulary path's field below its scope (``sector.lead_agency`` → ``lead_agency``), per
path of the vocabulary (not of a proposal): what :meth:`Scoped.concrete` appends to an
item's key."""


def _tail(path: str) -> str:
    found = _TAIL[path] = path.split(".", 1)[1]
    return found


_PROGRAM_FIELD = re.compile(r"^(sectors\[\d+\]\.programs\[\d+\])\.(.+)$")


def _user_value(run: _Run, field: str, computed: Any, holder: Scoped) -> Any:
    """The value the user wrote at a concrete input path, read from the facts where a
    programme's own field holds it; else the computed value. ``holder``: the item whose
    computed fact it is; a field of its own (a programme's ``last_activity`` behind its
    ``days_since_activity``, the common case) is read there, not found again by its key."""
    top = run.view.proposal
    if field in top.values:
        return top.values[field]
    own = holder.key + "."
    if holder.scope == "program" and field.startswith(own):
        return holder.values.get("program." + field[len(own) :], computed)
    match = _PROGRAM_FIELD.match(field)
    program = run.view.item(match.group(1)) if match else None
    if program is None:
        return computed
    return program.values.get("program." + match.group(2), computed)


_MEMBERS_SHOWN = 20
_FIRST_SHOWN = m.Localized(
    id=f"{_MEMBERS_SHOWN} yang pertama ditampilkan", en=f"the first {_MEMBERS_SHOWN} are shown"
)  # frozen: one note shared by every long count


def _collect(
    steps: Steps,
    items: list[Scoped],
    run: _Run,
    seen: dict[str, m.Evidence],
    fired: bool = False,
    cond: c.Condition | None = None,
) -> None:
    """Evidence of a condition's steps over ``items`` into ``seen`` (one entry per shown
    path; a computed value keyed by its own path, as two of them may point at one field):
    facts with their lines, derived flags traced to the facts that set them, and counts
    with the members they counted. The steps that read the same for every item are walked
    for the first one only (:class:`Steps`): a later item would find their entries shown.
    Where the rule ``fired`` (a risk), a branch of an ``any`` that counted nothing is left
    out (:class:`CountLeaf`): another branch is why it holds. A check that is clear or open
    shows every count, as each is part of why it is not a risk.

    ``cond``: for a condition that holds of ``items`` (a finding, a flag that holds, the
    members a count counted), the condition the steps are of; where it has branches
    (``Steps.masks``), each item shows only the steps its reasons pick (:func:`_reasoner`):
    not the facts of a branch of an ``any`` that did not hold."""
    memos, counts = run.evidence, run.counts
    walk = steps.every
    reasons: int | Reasoner | None = None
    if cond is not None and steps.masks:
        picked = run.reasons
        reasons = picked.get(id(cond)) or _reasons_for(cond, steps, run)
        every, always, fixed = steps.every, steps.always, steps.fixed
        done = 0  # the steps that read alike for every item, walked for an earlier item
    for item in items:
        if reasons is not None:
            mask = reasons if type(reasons) is int else reasons(item, run)  # type: ignore[operator]
            mask = (mask | always) & ~done
            done |= mask & fixed
            key = (id(every), mask)
            walk = picked.get(key)
            if walk is None:
                walk = picked[key] = tuple(step for i, step in enumerate(every) if mask >> i & 1)
        memo = memos.get(item.key)
        if memo is None:
            memo = memos[item.key] = {}
        for kind, what, traced in walk:
            if kind == _FACT:
                found = memo.get(what, _UNSEEN)
                if found is _UNSEEN:
                    found = memo[what] = _fact_evidence(run, item, what, traced)
                if found is not None:
                    # a computed value under its own path and the field it shows: two of
                    # them may show one field, and one shows a field of each item (a flat
                    # count's programmes each with its last activity, not the first's only)
                    key = f"{what} {found.path}" if traced else found.path
                    if key not in seen:
                        seen[key] = found
                continue
            if kind == _FLAG:
                entries = _flag_evidence(run, what)
            else:  # a count's evidence for this item, built once per assessment (the engine
                # tests each counted set once per run, whichever layers read it)
                by_item = counts.get(what.index)
                if by_item is None:
                    by_item = counts[what.index] = {}
                entries = by_item.get(item.key)
                if entries is None:
                    entries = by_item[item.key] = _count_evidence(what, item, run)
                if traced is not None and entries:
                    if (
                        fired
                        and traced.test is not None
                        and not _surely_holds(entries[0], traced.test)
                    ):
                        continue  # a branch of an "any" that is not why it holds
                    # a share below a threshold is a bound on the proportion, shown by its
                    # head alone in a risk, and in a clear or open check where the bound
                    # holds (where it fails, its members are why): neither its members
                    # nor the others are what the finding is about, which a count holding
                    # by many names.
                    # IMP-011's "fewer than half the sectors lag" named the sectors that
                    # moved, and its advice went to their agencies (newcomer trial 24 M1);
                    # then the lagging ones, so a fisheries sector whose programme started
                    # in 2014 and stalled was listed and assigned as "not yet started"
                    # beside the idle mining sector its own count found, and listed under
                    # the clear check once mining moved (practitioner trial 31 W1). In a
                    # risk, a count that holds by few matches shows the members it did not
                    # count (IMP-002's cancelled programme)
                    if traced.few and what.where is not None:
                        if what.share:
                            bound = traced.bound
                            if fired or (
                                bound is not None
                                and _surely_holds(entries[0], (bound[0], bound[1], True))
                            ):
                                entries = entries[:1]
                        elif fired:
                            entries = [*entries, *_unmatched_evidence(what, item, run)]
            for found in entries:
                if found.path not in seen:
                    seen[found.path] = found
        if reasons is None:
            walk = steps.varying
            if not walk:  # nothing differs by item: the first one showed it all
                break


def _reasons_for(cond: c.Condition, steps: Steps, run: _Run) -> int | Reasoner:
    """The pack's reasons of ``cond`` (:func:`_reasoner`), compiled on first use."""
    found = run.reasons.get(id(cond))
    if found is None:
        numbers = run.reasons.setdefault("numbers", {})
        found = run.reasons[id(cond)] = _reasoner(cond, steps.masks, run.plan, numbers)
    return found


_UNSEEN: Any = object()


def _walked(steps: Steps, items: list[Scoped], run: _Run) -> list[m.Evidence]:
    """:func:`_collect` of a clear check's steps over its items, as a list."""
    seen: dict[str, m.Evidence] = {}
    _collect(steps, items, run, seen)
    return list(seen.values())


def _surely_holds(head: m.Evidence, test: tuple[str, float, bool]) -> bool:
    """Whether a count's head shows its test ``(op, value, share)`` true whatever the missing
    facts turn out to be. A branch of a risk's ``any`` that is false, or still open on
    missing facts, is not why the risk holds (another branch surely is): TOC-003 fired by a
    tourism sector showed "Program: 0 dari 7 program …, mungkin 7 bila data dilengkapi" once
    a programme silent on ``moves_people`` left its programme count open (trial20 #4). A
    head that is not a count is kept."""
    value = head.value
    if isinstance(value, list):
        low = high = total = len(value)
    elif isinstance(value, dict) and "count" in value:
        low = high = total = value["count"]
    elif isinstance(value, dict) and "matching" in value:
        low, total = value["matching"], value["of"]
        high = value.get("possibly", low)
    else:
        return True
    op, bound, share = test
    if share:  # the share of no members is 0, as the engine tallies it
        low, high = (low / total, high / total) if total else (0.0, 0.0)
    if op == "eq":
        return low == high == bound
    if op == "ne":
        return bound < low or bound > high
    compare = _COMPARE[op]
    return compare(low, bound) and compare(high, bound)


_COMPARE = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
}


def _unmatched_evidence(counted: CountNode, item: Scoped, run: _Run) -> list[m.Evidence]:
    """The members a count that holds by few matches did not count, as its matching members
    are shown (their name and the facts its ``where`` read), built once per assessment and
    item: a cancelled programme is why IMP-002 holds of its sector."""
    memo = run.unmatched.get(counted.index)
    if memo is None:
        memo = run.unmatched[counted.index] = {}
    out = memo.get(item.key)
    if out is not None:
        return out
    members = None
    if counted.collection in COLLECTIONS:
        members = run.view.collection(counted.collection, item)
    out: list[m.Evidence] = []
    if members:
        decided = run.outcome.counted(counted.index) or {}
        unmatched = [x for x in members if decided.get(x.key) is None]
        seen: dict[str, m.Evidence] = {}
        _collect(run.plan.members[counted.index], unmatched[:_MEMBERS_SHOWN], run, seen)
        out = list(seen.values())
    memo[item.key] = out
    return out


def _plain_evidence(
    plain: tuple[tuple[str, bool], ...],
    run: _Run,
    steps: Steps | None = None,
    cond: c.Condition | None = None,
) -> list[m.Evidence]:
    """:func:`_collect` of a plain proposal rule (``RulePlan.plain``) on the proposal: each
    path's entry, in order, from the memo every walk of the proposal shares (where the
    condition has branches, ``steps`` and ``cond``: only the paths its reasons pick)."""
    out = []
    item, memo = run.top, run.top_evidence
    if cond is not None and steps is not None and steps.masks:
        reasons = run.reasons.get(id(cond)) or _reasons_for(cond, steps, run)
        mask = reasons if type(reasons) is int else reasons(item, run)  # type: ignore[operator]
        key = (id(plain), mask)
        picked = run.reasons.get(key)
        if picked is None:
            picked = run.reasons[key] = tuple(p for i, p in enumerate(plain) if mask >> i & 1)
        plain = picked
    for what, traced in plain:
        found = memo.get(what, _UNSEEN)
        if found is _UNSEEN:
            found = memo[what] = _fact_evidence(run, item, what, traced)
        if found is not None:
            out.append(found)
    return out


def _flag_evidence(run: _Run, name: str) -> list[m.Evidence]:
    """A derived flag shown as the facts its deriving rule read, each noting whether the
    finding holds (``energy.reserve_margin_pct = -4 (line 44) — basis of NRG-001 …: holds``)."""
    out = run.flags.get(name)
    if out is None:
        out = run.flags[name] = _flag_entries(run, name)
    return out


_HOLDS = {
    True: ("berlaku", "holds"),
    False: ("tidak berlaku", "does not hold"),
    None: ("belum diketahui", "not known"),
}


def _flag_entries(run: _Run, name: str) -> list[m.Evidence]:
    source = run.plan.deriving[name]
    rule = source.rule
    value = run.outcome.flags.get(name)
    verdicts = run.outcome.verdicts.get(rule.id, {})
    items = run.items(source.scope) or []
    wanted = "def" if value else ("pos" if value is None else None)
    chosen = [i for i in items if verdicts.get(i.key) == wanted] if wanted else items
    inner: dict[str, m.Evidence] = {}
    # a flag that holds by the branches of its rule that held (docs/rule-language.md)
    _collect(source.steps, chosen or items, run, inner, False, source.condition if value else None)
    # whether the finding holds, in words: "— dasar NRG-001 (…): ya" beside "Pemadaman
    # bergilir: ya" said yes twice and left open which yes was which (wording review)
    id_state, en_state = _HOLDS[value]
    id_note = f"dasar {rule.id} ({rule.title.id}): {id_state}"
    en_note = f"basis of {rule.id} ({rule.title.en}): {en_state}"
    out = []
    for found in inner.values():
        if found.note is not None:
            note = {"id": f"{found.note.id}; {id_note}", "en": f"{found.note.en}; {en_note}"}
        else:
            note = {"id": id_note, "en": en_note}
        out.append(
            _EVIDENCE(
                {
                    "path": found.path,
                    "value": found.value,
                    "line": found.line,
                    "note": _LOCALIZED(note),
                }
            )
        )
    if not out:  # nothing the user wrote decided it: show the flag itself
        out.append(
            _EVIDENCE(
                {
                    "path": f"flags.{name}",
                    "value": value,
                    "line": None,
                    "note": _LOCALIZED({"id": id_note, "en": en_note}),
                }
            )
        )
    return out


_WHOLE = frozenset(("sectors", "programs"))  # collections shown under their own name


_PLAIN_WHERE = 120  # longest description of a count's criterion shown beside it
"""A criterion read in words longer than this, or joining more than two parts with "dan", is
left to the rule's statement: spelt out, it reads as operator code."""


def _counted_note(counted: CountNode, cut: bool) -> m.Localized | None:
    """The note of a count's head: what it counted, in words ("kriterianya: status program
    berjalan atau selesai"), and that only the first members are shown when ``cut``.
    "0 dari 2 program termasuk dalam hitungan pemeriksaan ini" left the reader to guess
    whether being counted was good or bad (newcomer trial 10, wording review 9). Made once
    per count node of a compiled pack."""
    said: dict[str, list[str]] = {"id": [], "en": []}
    if counted.where is not None:
        texts = {lang: c.describe(counted.where, lang, inline=True) for lang in ("id", "en")}
        plain = all(
            len(text) <= _PLAIN_WHERE and text.count(f" {join} ") <= 1
            for text, join in ((texts["id"], "dan"), (texts["en"], "and"))
        )
        if plain:
            said["id"].append(f"kriterianya: {texts['id']}")
            said["en"].append(f"counted: {texts['en']}")
    if cut:
        said["id"].append(_FIRST_SHOWN.id)
        said["en"].append(_FIRST_SHOWN.en)
    if not said["id"]:
        return None
    return m.Localized(id="; ".join(said["id"]), en="; ".join(said["en"]))


def _count_evidence(counted: CountNode, item: Scoped, run: _Run) -> list[m.Evidence]:
    """A count: how many members match out of how many, then the matching members
    themselves (their name and the facts the ``where`` read, with lines)."""
    collection = counted.collection
    if collection not in COLLECTIONS:  # a plain list: the list itself
        found = _list_evidence(run, item, collection)
        return [] if found is None else [found]
    members = run.view.collection(collection, item)
    if members is None:
        return []
    path = collection if collection in _WHOLE else f"{item.key}.programs"
    line = _line(run.positions, "sectors" if collection == "programs" else path)
    if counted.where is None:
        return [
            _EVIDENCE({"path": path, "value": {"count": len(members)}, "line": line, "note": None})
        ]
    decided = run.outcome.counted(counted.index)
    matching = []
    possibly = 0
    if decided:
        for x in members:
            verdict = decided.get(x.key)
            if verdict == "def":
                matching.append(x)
            elif verdict == "pos":
                possibly += 1
    value: dict[str, Any] = {"matching": len(matching), "of": len(members)}
    if possibly:
        value["possibly"] = len(matching) + possibly
    note = run.plan.count_notes[counted.index][len(matching) > _MEMBERS_SHOWN]
    head = _EVIDENCE({"path": path, "value": value, "line": line, "note": note})
    if not matching:
        return [head]
    seen = {path: head}
    # a member the ``where`` holds of: a branch of it that does not is not why (CountRole)
    shown = matching[:_MEMBERS_SHOWN]
    _collect(run.plan.members[counted.index], shown, run, seen, True, counted.where)
    return list(seen.values())


def _list_evidence(run: _Run, item: Scoped, collection: str) -> m.Evidence | None:
    """A plain list a count reads, as the item sees it; None when absent."""
    found = item.lookup(collection)
    if found is None:
        return None
    concrete = found.holder.concrete(collection)
    return _EVIDENCE(
        {
            "path": concrete,
            "value": _jsonable(found.value),
            "line": _line(run.positions, found.source or concrete),
            "note": None,
        }
    )


# the models built by the thousand, from data built here: not validated again (each dict
# literal lists every field in the model's order)
_CHECK = m.trusted(m.Check)
_EVIDENCE = m.trusted(m.Evidence)
_LOCALIZED = m.trusted(m.Localized)
_RECOMMENDATION = m.trusted(m.Recommendation)
_ACTION = m.trusted(m.Action)
_QUESTION = m.trusted(m.Question)
_DOMAIN = m.trusted(m.DomainSummary)
_PROCEDURE_ENTRY = m.trusted(m.ProcedureEntry)
_PROPOSAL_REF = m.trusted(m.ProposalRef)
_BUDGET_REF = m.trusted(m.BudgetRef)


def _budget_ref(budget: Any) -> m.BudgetRef | None:
    """The file's funding facts as the assessment carries them (``ProposalRef.budget``)."""
    if budget is None:
        return None
    sources = budget.other_sources
    return _BUDGET_REF(
        {
            "apbd_allocation_idr": budget.apbd_allocation_idr,
            "multi_year": budget.multi_year,
            "other_sources": list(sources) if sources is not None else None,
            "other_sources_idr": budget.other_sources_idr,
            "partner_funds_recorded": budget.partner_funds_recorded,
            "partner_funds_binding": budget.partner_funds_binding,
        }
    )


_PACK_REF = m.trusted(m.PackRef)
_ASSESSMENT = m.trusted(m.Assessment)


def _build(cls: type[Any], **values: Any) -> Any:
    """A result model from keywords, validated by pydantic's compiled validator (the few
    models built once per assessment; a nested model is taken as it is)."""
    return cls.__pydantic_validator__.validate_python(values)


def _line(positions: Any, path: str) -> int | None:
    """The line of a concrete path, else of the closest enclosing value that has one; None
    for a proposal with no lines (built from data, not read from a file), asked at once."""
    if not positions:
        return None
    while True:
        pos = positions.get(path)
        if pos is not None:
            return pos[0] if pos else None
        cut = path.rfind(".")
        if cut < 0:
            return None
        path = path[:cut]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --------------------------------------------------------------------------- summary


def _verdicts(
    risks: list[dict[str, Any]], unknowns: list[dict[str, Any]], total: int
) -> tuple[str, str, list[str]]:
    """(verdict, worst verdict, the unknown checks that could cause it).

    Confirmed risks alone set the verdict, so an unknown never hides them. The worst verdict
    takes every unknown check as a risk (the three-valued engine says each of them could be
    one); ``worst_because`` names the unknown checks whose severity would take the verdict
    beyond the confirmed one.

    ``incomplete`` is left only where nothing above low is confirmed, such an unknown exists,
    and most checks cannot be judged (more unknown than decided): a proposal too empty to
    judge. A well-answered proposal with one open attestation keeps the verdict its answers
    earn, with the open check named beside it (issue 11's must-show).

    ``risks`` and ``unknowns`` are the fields of the checks of those statuses, of ``total``
    checks that apply: a check that does not apply decides nothing about the proposal, so a
    rule added for other proposals does not tip a file from incomplete to low risk (BUD-008
    did so to a generated file of 49 open checks in 98).
    """
    rank = m.SEVERITY_RANK
    worst_risk = min((rank[ch["severity"]] for ch in risks), default=None)
    confirmed = (
        m.SEVERITY_VERDICT[m.SEVERITIES[worst_risk]] if worst_risk is not None else "low_risk"
    )
    limit = m.VERDICT_RANK[confirmed]
    because = [ch for ch in unknowns if m.VERDICT_RANK[m.SEVERITY_VERDICT[ch["severity"]]] < limit]
    if not because:
        return confirmed, confirmed, []
    worst = min((m.SEVERITY_VERDICT[ch["severity"]] for ch in because), key=m.VERDICT_RANK.get)
    mostly_unknown = 2 * len(unknowns) > total
    verdict = "incomplete" if confirmed == "low_risk" and mostly_unknown else confirmed
    ordered = sorted(because, key=lambda ch: (rank[ch["severity"]], ch["rule_id"]))
    return verdict, worst, [ch["rule_id"] for ch in ordered]


def _summarise(
    proposal: Proposal,
    origin: Origin,  # the proposal's, read once (a private attribute: ~6 µs a reading)
    pack: RulePack,
    day: dt.date,
    rows: list[Row],
    notices: list[m.Notice],
    plan: PackPlan,
    step_dates: _StepDates | None = None,  # the rules' step dates, when a rule read them
    bounds: _Bounds | None = None,  # an undated signing's (:func:`_signing_bounds`)
) -> m.Assessment:
    rank = m.SEVERITY_RANK
    checks = []
    risks: list[dict[str, Any]] = []  # the fields of the checks of each status
    unknowns: list[dict[str, Any]] = []
    asking: list[dict[str, Any]] = []  # risks with items still open
    recommended = []  # the risks' (severity, rule id, recommendations as keyed)
    # per domain, in one pass: [worst severity rank (5: none), top score, risks, unknowns]
    tally = {domain: [5, 0, 0, 0] for domain in m.DOMAINS}
    inapplicable = 0  # clear checks that do not apply: no answer about this proposal
    for rule_id, ch, check, keyed in rows:
        checks.append(check)
        status = ch["status"]
        if status == "risk":
            risks.append(ch)
            recommended.append((ch["severity"], rule_id, keyed))
            if ch["missing"]:  # items still open beside those found: their facts are asked
                asking.append(ch)
            if ch["severity"] != "info":  # a note is no risk: not counted, not scored
                entry = tally[ch["domain"]]
                entry[0] = min(entry[0], rank[ch["severity"]])
                entry[1] = max(entry[1], ch["score"])
                entry[2] += 1
        elif status == "unknown":
            unknowns.append(ch)
            tally[ch["domain"]][3] += 1
        elif ch.get("not_applicable") is not None:
            inapplicable += 1
    verdict, worst_verdict, because = _verdicts(risks, unknowns, len(checks) - inapplicable)
    out_of_order: list[tuple[str, dt.date, list[tuple[str, dt.date]]]] = []
    procedure = _procedure(
        proposal,
        pack,
        plan,
        day,
        step_dates,
        {ch["rule_id"] for ch in risks},
        _dates_asked(unknowns),
        out_of_order,
        bounds,
    )
    if out_of_order:
        notices = notices + _order_notices(out_of_order, risks)
    domains = {
        domain: _DOMAIN(
            {
                "level": _LEVEL[m.SEVERITIES[worst]] if hit else "none",
                "score": score,
                "risks": hit,
                "unknowns": unknown,
            }
        )
        for domain, (worst, score, hit, unknown) in tally.items()
    }
    superseded = pack.effective_until is not None and day > pack.effective_until
    level = proposal.local.level if proposal.local is not None else None
    partner = proposal.partner
    sectors = proposal.sectors
    return _ASSESSMENT(
        {
            "schema_": m.ASSESSMENT_SCHEMA,
            "proposal": _PROPOSAL_REF(
                {
                    "title": proposal.title,
                    "source": origin.source,
                    "sha256": origin.sha256,
                    "stage": proposal.stage,
                    "partner_kind": partner.kind if partner is not None else None,
                    "sector_agencies": (
                        [sector.lead_agency for sector in sectors] if sectors else None
                    ),
                    "sector_names": [sector.name for sector in sectors] if sectors else None,
                    "program_names": (
                        [[p.name for p in sector.programs or ()] for sector in sectors]
                        if sectors
                        else None
                    ),
                    "local_level": level,
                    "local_name": proposal.local.name if proposal.local is not None else None,
                    "partner_name": partner.name if partner is not None else None,
                    "partner_country": partner.country if partner is not None else None,
                    "program_budgets": (
                        [[p.budget_idr for p in sector.programs or ()] for sector in sectors]
                        if sectors
                        else None
                    ),
                    "program_apbd": (
                        [[p.apbd_idr for p in sector.programs or ()] for sector in sectors]
                        if sectors
                        else None
                    ),
                    "program_statuses": (
                        [[p.status for p in sector.programs or ()] for sector in sectors]
                        if sectors
                        else None
                    ),
                    "budget": _budget_ref(proposal.budget),
                    "expires": (
                        proposal.agreement.expires if proposal.agreement is not None else None
                    ),
                }
            ),
            "as_of": day,
            "pack": plan.refs[superseded],  # type: ignore[index]  # made with every plan
            "verdict": verdict,
            "worst_verdict": worst_verdict,
            "worst_because": because,
            "notices": notices,
            # the risks' weight; a finding of severity info is a note (IMP-012's finished
            # sector, REG-033's partner funds), not a risk: the memo's domain table counted
            # it beside "Catatan" in the checklist (fix33c's leftover)
            "score": sum(ch["score"] for ch in risks if ch["severity"] != "info"),
            "domains": domains,
            "checks": checks,
            "actions": _actions(recommended),
            "questions": _questions(
                sorted(unknowns + asking, key=_RULE_FIELD) if asking else unknowns,
                plan.statutory,
                (
                    (proposal.partner.level, proposal.partner.country, day)
                    if proposal.partner is not None and proposal.partner.level is not None
                    else None
                ),
                plan.questions_at.get((level, era_of(day))),
            ),
            "procedure": procedure,
        }
    )


_ACTION_STAGE = {stage: i for i, stage in enumerate(ACTION_STAGES)}  # stage → its rank


def _actions(risks: list[tuple[str, str, tuple[Keyed, ...]]]) -> list[m.Action]:
    """The risks' recommendations merged by what they ask (stage, owner, counterpart,
    text), ordered by stage, severity and first rule (``risks``: each risk's severity, rule
    id and recommendations as :data:`Keyed`, read once per pack). A merged action holds
    after the MoU's term has lapsed when any of its recommendations does."""
    rank = m.SEVERITY_RANK
    # → [rec, severity, rules, after_expiry, items by rule (None: every item of each)]
    merged: dict[tuple[str, str, str, str], list[Any]] = {}
    for severity, rule_id, keyed in risks:
        for key, rec in keyed:
            entry = merged.get(key)
            if entry is None:
                merged[key] = entry = [rec, severity, [rule_id], rec[6], None]
            else:
                entry[2].append(rule_id)
                if rank[severity] < rank[entry[1]]:
                    entry[1] = severity
                if rec[6] and not entry[3]:
                    entry[3] = True
            if rec[7] is not None:  # the advice of this rule holds on some of its items
                if entry[4] is None:
                    entry[4] = {}
                entry[4][rule_id] = list(rec[7])
    # the merge key is part of the sort key, so no two entries tie
    ordered = sorted(
        (_ACTION_STAGE[key[0]], rank[entry[1]], min(entry[2]), *key[1:], entry)
        for key, entry in merged.items()
    )
    return [
        _ACTION(
            {
                "text": text,
                "owner": owner,
                "counterpart": counterpart,
                "stage": stage,
                "severity": severity,
                "rules": sorted(rules),
                "owner_name": owner_name,
                "counterpart_name": counterpart_name,
                "after_expiry": after_expiry,
                "items": items,
            }
        )
        for *_, (
            (text, owner, counterpart, stage, owner_name, counterpart_name, _, _),
            severity,
            rules,
            after_expiry,
            items,
        ) in ordered
    ]


def _generic(path: str) -> str:
    match = _ITEM.match(path)
    if not match:
        return path
    prefix = "program." if ".programs[" in match.group(0) else "sector."
    return prefix + path[match.end() :]


_STEP_STATUS = re.compile(r"^procedure\.([a-z_]+)\.status$")


def _questions(
    unknowns: list[dict[str, Any]],
    statutory: frozenset[str],
    level_given: tuple[str, str | None, dt.date | None] | None = None,
    at_level: dict[str, m.Localized] | None = None,
) -> list[m.Question]:
    """One question per missing path of the unknown checks, in path order, naming the checks
    waiting on it; the status of a step in ``statutory`` is not offered "not applicable" as an
    answer (a law requires it: newcomer trial 9 recorded DPRD approval so). ``partner.level``
    missing while the proposal gives a level (``level_given``: the partner's level, country
    and the date judged, a level with no Indonesian counterpart) asks for the nearest level,
    not as if it were empty, naming the country's own levels of that date where the
    reference data lists them.
    ``at_level``: the questions as the region's level words them (:func:`_questions_at`).
    ``unknowns`` come in rule id order (``assess`` sorts the checks), each naming a path
    once, so each path's checks are listed in order as they are met (a 150-sector proposal
    asks ~500 questions: no sort per question)."""
    waiting: dict[str, list[str]] = {}
    for ch in unknowns:  # the checks' fields
        rule_id = ch["rule_id"]
        for path in ch["missing"]:
            found = waiting.get(path)
            if found is None:
                waiting[path] = [rule_id]
            else:
                found.append(rule_id)
    question, text, step_status = _QUESTION, _path_question, _STEP_STATUS.match
    asked, made = _ASKED, _ASKED.get
    out = []
    for path in sorted(waiting):
        said = text(path)
        if level_given and path == "partner.level":
            said = _uncomparable_level_question(*level_given)
        elif path.startswith("procedure."):
            step = step_status(path)
            if step and step.group(1) in statutory:
                said = _statutory_question(path)
        if at_level:
            said = at_level.get(said.id, said)
        checks = waiting[path]
        # the text by its identity: a model's own hash is a Python call hashing its fields
        # (~3x the rest of the key's); the question made holds the text, so while its entry
        # is kept no other object can take that identity
        key = (path, id(said), *checks)
        found = made(key)
        if found is None:
            if len(asked) >= _ASKED_MAX:
                asked.clear()
            found = asked[key] = question({"path": path, "text": said, "checks": checks})
        out.append(found)
    return out


#: the questions made so far, by (path, the text's id, the checks asking): a question is a frozen
#: model whose fields are those alone, so one asked again (the same path waited on by the
#: same checks, in this assessment's proposal or another's) is the object made before, as
#: a check's rule parts are (``RulePlan.fixed``). A 150-sector proposal asks ~560 questions,
#: each a model, its fields and its list of checks for the cyclic collector to follow until
#: the result is freed. Emptied when it reaches ``_ASKED_MAX`` entries (~440 bytes each:
#: ~1.8 MB full); the texts are the shared ones of :func:`_path_question` and the level's
#: (held by the question, so no other text takes the identity its key names).
_ASKED: dict[tuple[Any, ...], m.Question] = {}
_ASKED_MAX = 4096


@functools.lru_cache(maxsize=256)
def _uncomparable_level_question(
    level: str, country: str | None, as_of: dt.date | None
) -> m.Localized:
    """The question for a partner level given but without an Indonesian counterpart, naming
    the partner country's own levels, as organised on ``as_of``, where the reference data
    lists them."""
    from paracheck.facts.questions import uncomparable_level_question

    text = uncomparable_level_question(level, country, as_of)
    return _build(m.Localized, id=text["id"], en=text["en"])


@functools.lru_cache(maxsize=64)
def _statutory_question(path: str) -> m.Localized:
    """The status question of a step a law requires: no "not applicable" among the answers."""
    from paracheck.facts.questions import question_for

    text = question_for(path, statutory=True)
    return _build(m.Localized, id=text["id"], en=text["en"])


@functools.lru_cache(maxsize=4096)
def _path_question(path: str) -> m.Localized:
    """The question for a concrete path (``sectors[2].lead_agency`` asks what
    ``sector.lead_agency`` asks): cached by the concrete path, so a recurring path costs one
    lookup instead of a pattern match and a lookup."""
    return _question_text(_generic(path))


@functools.lru_cache(maxsize=1024)
def _question_text(generic: str) -> m.Localized:
    """The question for a generic path (a frozen model, shared by every assessment)."""
    from paracheck.facts.questions import question_for

    text = question_for(generic)
    return _build(m.Localized, id=text["id"], en=text["en"])


#: each step of a regime → (the date it is judged at, the step whose date that is; None: the
#: date judged)
_StepDates = dict[str, tuple[dt.date, str | None]]


def _step_dates(proposal: Proposal, steps: tuple[StepPlan, ...], day: dt.date) -> _StepDates:
    """The date each step of the regime is judged at. A step up to a signing the file
    records (taken, with its date) is judged at the signing's date, as the rules on those
    steps are (``dated_by: procedure.signing.date``), unless a rule is dated by the step's
    own date (the initiative, the verification: ``StepPlan.own_dated``); such a step, and
    every step where no signing is recorded, is judged at its own date when given; else the
    earliest date of a later step (it should have come before that one); else ``day``. The
    date of a step still pending or in progress is not the day it was taken, and is not
    read. A 1998 partnership signed before an instrument created a step is not faulted for
    lacking it, nor a process whose exploration was in 2019 for lacking the initiative
    Permendagri 25/2020 put before it. The procedure table and the rules dated by a step's
    date read it, so they agree on whether a step is owed (held-out 49: REG-018 found
    "Prakarsa … tidak dicantumkan" of a 2019 process while the table said the step was not
    required; attack 390 H3: the table dated the central approval of an MoU signed in August
    2020 by a Full Powers of May, "Wajib: tidak", beside REG-011's finding)."""
    own: dict[str, dt.date] = {}
    for step in proposal.procedure or []:
        fields = step.__dict__  # a model's attribute is a slow read
        # a step still pending or in progress is not taken: its date is a plan or the day it
        # began, and it is judged by the rules of the date judged, as it can be taken only
        # from then on (attack 390 H1: a signing planned in 2019 and never held put a 2023
        # proposal under Permendagri 3/2008, without the central approval)
        if fields["date"] is not None and fields["status"] not in _NOT_TAKEN:
            own[fields["step"]] = fields["date"]
    signed = own.get("signing")
    out: _StepDates = {}
    later: tuple[dt.date, str] | None = None
    after_signing = True  # walking backwards: the steps until the signing come after it
    for spec in reversed(steps):
        if spec.step == "signing":
            after_signing = False
        date = own.get(spec.step)
        if not after_signing and signed is not None and not spec.own_dated:
            # a step up to the signing is owed by the rules of the signing's day, as the
            # rules on it judge it (dated by the signing): the table said the central approval
            # of an MoU signed in August 2020 "Wajib: tidak", dated by a Full Powers of May,
            # beside REG-011's finding that it was missing (attack 390 H3)
            out[spec.step] = (signed, "signing")
            if date is not None and (later is None or date <= later[0]):
                later = (date, spec.step)
        elif after_signing and signed is not None and spec.effective_until is not None:
            # a step after the signing that a later instrument no longer asks (the deposit of
            # the original with Kemlu, 3/2008's) is owed by the MoU signed while it was asked,
            # whenever it was taken: REG-015 dates it by the signing (trial 360 L6: an MoU
            # signed in March 2020, its original deposited in July, read "Wajib: tidak" in the
            # table beside REG-015's tick)
            out[spec.step] = (signed, "signing")
            if date is not None and (later is None or date <= later[0]):
                later = (date, spec.step)
        elif date is not None:
            out[spec.step] = (date, spec.step)
            if later is None or date <= later[0]:
                later = (date, spec.step)
        elif later is not None:
            out[spec.step] = later
        elif after_signing and signed is not None:
            # a step that follows the signing (the deposit of the original) is owed under
            # the rules the MoU was signed under, when nothing later dates it
            out[spec.step] = (signed, "signing")
        else:
            out[spec.step] = (day, None)
    return out


#: the statuses of a step not taken, whose date is not the day it was taken
_NOT_TAKEN = frozenset({"pending", "in_progress"})

#: the steps that open a process, taken before its MoU is signed whatever order the later
#: steps kept: the earliest day an undated signing can have been (:func:`_signing_bounds`).
#: The approvals, the verification and the drafting are not: an MoU signed before them is
#: what the order checks find
_OPENING_STEPS = frozenset({"initiative", "exploration", "letter_of_intent"})


def _signing_bounds(
    proposal: Proposal, steps: tuple[StepPlan, ...], day: dt.date
) -> _Bounds | None:
    """Where an MoU recorded signed without its date can have been signed: after the latest
    opening step on record (:data:`_OPENING_STEPS`) and by the earliest dated step taken
    after the signing (the PKS, the report), else by the date judged, with the signing and
    the steps after it (a step dated by one of them is dated by no day of its own, and may
    have been taken before the signing, as the step whose date it borrows was not); None
    where the signing is dated or not recorded done, or no opening step is dated (nothing
    places it earlier).
    The PKS's date is the latest the signing can be, not its day: judged at it, a process
    whose steps were all taken by February 2020 read "Permendagri 3/2008 sudah tidak berlaku
    pada tanggal perjanjian kerja sama (PKS)" and REG-011's high risk (review 491 H2,
    Kemendagri trial 500 M1)."""
    given = [step.__dict__ for step in proposal.procedure or []]  # a model's attribute is slow
    # every assessment asks: the common case, a dated signing or none, reads nothing more
    if not any(
        f["step"] == "signing" and f["status"] == "done" and f["date"] is None for f in given
    ):
        return None
    taken = {f["step"]: f["date"] for f in given if f["date"] is not None and f["status"] == "done"}
    opened = max((day for step, day in taken.items() if step in _OPENING_STEPS), default=None)
    if opened is None:
        return None
    order = [spec.step for spec in steps]
    after = order[order.index("signing") + 1 :] if "signing" in order else []
    later = [taken[step] for step in after if step in taken]
    latest = min(later) if later else day
    if latest < opened:
        return None
    return opened, latest, frozenset(["signing", *after])


#: an undated signing's bounds (:func:`_signing_bounds`): the earliest and the latest day it
#: can have been, and the signing with the steps after it
_Bounds = tuple[dt.date, dt.date, frozenset[str]]


def _unsure_step(
    spec: StepPlan, step_dates: _StepDates, bounds: _Bounds, steps: tuple[StepPlan, ...]
) -> bool:
    """Whether a step of the regime is owed or not by the day of a signing the file does not
    date: its instrument came into, or went out of, force within the signing's bounds, and
    it is dated by the signing, as the rules on it are (:func:`_dated_by_signing`)."""
    window = (spec.effective_from, spec.effective_until)
    if window == (None, None):
        return False
    by = step_dates[spec.step][1]
    return _dated_by_signing(spec.step, by, bounds, steps) and _straddles(window, bounds[:2])


def _dated_by_signing(
    step: str, by: str | None, bounds: _Bounds, steps: tuple[StepPlan, ...]
) -> bool:
    """Whether ``step``, which :func:`_step_dates` dates by the step ``by`` (None: the date
    judged), is dated by a signing the file does not date: the signing itself, a step up to
    it that a rule does not date by its own date (those are judged at the signing's day
    where the file gives it), or a step borrowing the date of the signing or of a step after
    it (``bounds``' steps)."""
    if step == "signing" or by is None or by in bounds[2]:
        return True
    for spec in steps:
        if spec.step == "signing":
            return False
        if spec.step == step:
            return not spec.own_dated
    return False


def _owed_if_signed(spec: StepPlan, bounds: _Bounds) -> m.Localized:
    """A step owed only by an MoU signed from, or up to, a day within an undated signing's
    bounds: "wajib bila MoU ditandatangani sejak 22 Mei 2020; tanggal penandatanganan tidak
    dicantumkan"."""
    low, high, _ = bounds
    start, until = spec.effective_from, spec.effective_until
    said = {}
    for lang in ("id", "en"):
        if start is not None and low < start <= high:
            day = value_text("date", start, lang)
            when = f"sejak {day}" if lang == "id" else f"on or after {day}"
        else:
            day = value_text("date", until, lang)
            when = f"paling lambat {day}" if lang == "id" else f"by {day}"
        said[lang] = (
            f"wajib bila MoU ditandatangani {when}; tanggal penandatanganan tidak dicantumkan"
            if lang == "id"
            else f"required if the MoU was signed {when}; the signing date is not given"
        )
    return _build(m.Localized, id=said["id"], en=said["en"])


def _straddles(
    window: tuple[dt.date | None, dt.date | None], bounds: tuple[dt.date, dt.date]
) -> bool:
    """Whether a rule in force over ``window`` is in force on some days within ``bounds``
    and not on others."""
    start, until = window
    low, high = bounds
    meets = (start is None or start <= high) and (until is None or low <= until)
    return meets and not (in_window(start, until, low) and in_window(start, until, high))


def _signing_undated(plan: RulePlan, run: _Run, level: Wording) -> Row:
    """The check of a rule dated by the signing, where the signing is recorded done without
    its date and the instrument the rule rests on came into force, or went out of force,
    between the earliest and the latest day it can have been (:func:`_signing_bounds`): open,
    waiting on the signing's date, which the question asking it names; no finding, no
    action, and the instruments of both sides of the change cited."""
    values = plan.fixed.copy()
    values["status"] = "unknown"
    values["missing"] = ["procedure.signing.date"]
    top = run.tops[0] if run.tops else None
    shown = _fact_evidence(run, top, "procedure.signing.status", False) if top else None
    values["evidence"] = [shown] if shown is not None else []
    levelled = plan.levels.get(level) if plan.levels else None
    if levelled is not None:
        values.update(levelled.fields)
    return plan.rule_id, values, _CHECK(values), ()


def _placed(step_dates: _StepDates, step: str) -> dt.date | None:
    """Where the file puts ``step`` in time: its date in ``step_dates`` when a recorded step
    gives it (its own, or a later one's), None when it is only the date judged."""
    dated = step_dates.get(step)
    return dated[0] if dated is not None and dated[1] is not None else None


# the issues of a required step, said the same in every table (frozen models, shared)
_NOT_APPLICABLE_BY_LAW = m.NOT_APPLICABLE_BY_LAW
_NOT_KNOWN_DONE = m.Localized(
    id="wajib, tetapi belum diketahui apakah sudah dilakukan",
    en="required, but whether it was done is not known",
)
#: a required step the file does not list: the proposal contract counts it as not recorded
#: (README, "Procedure steps"; the rules on it find it, IMP-007's "Berkas tidak mencatat
#: perjanjian kerja sama (PKS)"), not as unknown, which a step listed ``unknown`` is and
#: which the memo asks about (fix31a: the two read alike in the table while one was a finding
#: and the other a question). Not "belum selesai" either: nothing says it was not taken
#: (words20 A2)
_NOT_RECORDED = m.Localized(
    id="wajib, tetapi tidak tercatat dalam berkas",
    en="required, but not recorded in the file",
)
_NOT_DONE = m.Localized(id="wajib, tetapi belum selesai", en="required but not done")
#: a required step of practice (not a law's) the file records as not needed, with no finding
#: on it: the row asks for the grounds of the exception, where it read "wajib: ya · Tidak
#: diperlukan" with an empty last column (Kabag trial 470 L1: the exploration of a renewal;
#: wording review 481 M5 for the words)
_RECORDED_NOT_NEEDED = m.Localized(
    id="dicatat tidak diperlukan; lampirkan dasar tertulis pengecualiannya dalam berkas",
    en="recorded as not needed; put the written grounds for the exception in the file",
)
#: … with the grounds the file gives for it (the step's document): said to be there, not
#: asked again (wording review 481 M5: a renewal's "pembaruan MoU 2016; mitra sudah dikenal")
_RECORDED_NOT_NEEDED_WITH_GROUNDS = m.Localized(
    id="dicatat tidak diperlukan, dengan dasar yang tercatat dalam berkas",
    en="recorded as not needed, with the grounds the file records",
)
#: the signing step a signed partnership's file does not list (or lists as unknown): its
#: stage says the MoU was signed, so the row asks for the signing's date, not whether it
#: happened (words20 A2: "wajib, tetapi belum selesai" on a running MoU's signing)
_SIGNED_BY_STAGE = m.Localized(
    id="wajib; tahap kerja sama menyatakan MoU sudah ditandatangani, tetapi tanggal "
    "penandatanganannya tidak dicantumkan",
    en="required; the stage says the MoU is signed, but the signing date is not given",
)


@functools.lru_cache(maxsize=8)
def _depends_issue(kinds: tuple[str, ...]) -> m.Localized:
    """The issue of a step owed at the proposal's stage to some kinds of partner only, while
    the partner's kind is not stated: it depends on that, which is asked."""
    said = {
        lang: join_words([value_text("partner.kind", k, lang) for k in kinds], lang)
        for lang in ("id", "en")
    }
    return _build(
        m.Localized,
        id=f"wajib bila mitranya {said['id']}; jenis mitra belum diketahui",
        en=f"required if the partner is a {said['en']}; the partner's kind is not known",
    )


def due_from(
    spec: ProcedureStepSpec,
    stage: str | None,
    day: dt.date,
    binds: bool | None,
    placed: dt.date | None = None,
) -> str | None:
    """The stage from which the pack requires a step (``spec``) that a proposal at ``stage``
    judged on ``day`` is not yet required to have taken (``ProcedureEntry.due_from``; the
    caller leaves out a step required now). None when no stage of the pack requires it, when
    it does not bind this partnership by its partner's kind (``binds`` False, as
    :meth:`ProcedureStepSpec.for_partner` says; None, a kind not stated that decides it,
    still lists it with that condition), when it is a step of a regulation replaced before
    ``placed`` once the MoU is signed, else before ``day`` (a signing to come will not owe
    it), and when the stage has been reached and the step is still not required (the
    instrument requiring it was not in force). ``placed``: where the file puts the step in
    time, its own date, a later step's on record, or the signing's for a step that follows
    it (:func:`_step_dates`); a step placed before the instrument requiring it is not owed
    at a later stage either (held-out 49: the initiative of a process explored in 2017 read
    "ya, sebelum MoU ditandatangani", though once signed the table and REG-018 judge it at
    the exploration's date and do not ask for it).

    The one place this is decided: the procedure table's "ya, sebelum MoU ditandatangani",
    the memo's next steps and the Saran's next obligation read the field it fills (they had
    worked it out again from the pack, which engine and view could come to differ on)."""
    since = spec.required_from
    if since is None or binds is False:
        return None
    # a step of a regulation replaced before the day judged is not owed by a signing to come;
    # once the MoU is signed, one the file places before the replacement is (held-out 75: the
    # deposit of an MoU signed on 19 May 2020 under Permendagri 3/2008, judged on 22 May, read
    # "wajib: tidak" while REG-015 asks for it once the partnership runs). Before the signing
    # a date on record does not place what is still to come (a 2015 deposit in a generated
    # proposal of 2026 would have owed the 2008 consultation)
    signed = stage is not None and stage_reached(stage, "mou_signed")
    judged = placed if signed and placed is not None else day
    if spec.effective_until is not None and judged > spec.effective_until:
        return None
    if stage is not None and stage_reached(stage, since):
        return None
    if placed is not None and spec.effective_from is not None and placed < spec.effective_from:
        return None
    return since


def _dates_asked(unknowns: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Procedure step → the open checks (``unknowns``, in their order) that ask its date."""
    asked: dict[str, list[str]] = {}
    for ch in unknowns:
        for path in ch["missing"]:
            if path.startswith("procedure.") and path.endswith(".date"):
                asked.setdefault(path[len("procedure.") : -len(".date")], []).append(ch["rule_id"])
    return asked


@functools.lru_cache(maxsize=64)
def _date_asked(rules: tuple[str, ...]) -> m.Localized:
    """A done step's row where its date is not given and open checks ask it."""
    named = ", ".join(rules)
    return _build(
        m.Localized,
        id=f"tanggalnya tidak dicantumkan; diperlukan untuk menilai {named}",
        en=f"its date is not given; needed to judge {named}",
    )


def _dated_before(later: list[tuple[str, dt.date]]) -> m.Localized:
    """A procedure row's issue when its step is dated before earlier steps of the sequence:
    each of them named with its date ("bertanggal lebih awal daripada langkah yang seharusnya
    mendahuluinya: surat pernyataan kehendak (LoI) (1 September 2026) dan persetujuan DPRD (10
    Agustus 2026)")."""
    said = {
        lang: join_words(
            [
                f"{value_text('procedure.<step>.step', step, lang)} "
                f"({value_text('date', day, lang)})"
                for step, day in later
            ],
            lang,
            "dan" if lang == "id" else "and",
        )
        for lang in ("id", "en")
    }
    # "langkah sebelumnya" read as the row above it in the table (review 200: the signing's
    # row under the Full Powers', dated before the consultation two rows up): the step that
    # should precede it, named
    one = len(later) == 1
    return _build(
        m.Localized,
        id=f"bertanggal lebih awal daripada langkah yang seharusnya mendahuluinya: {said['id']}",
        en=f"dated before the {'step' if one else 'steps'} that should precede it: {said['en']}",
    )


def _met_by(step: str, day: dt.date | None, signed_on: dt.date | None) -> m.Localized:
    """A procedure row's issue when another step recorded done stands for its own
    (``ProcedureStepSpec.met_by``): that step named, with its date where the file gives one
    ("dianggap dilakukan melalui persetujuan pemerintah pusat bertanggal 1 Juni 2019"), and
    whether it came after the signing, which the order checks find (wording review 56: "yang
    tercatat (…)" read as the day it was recorded, and "terpenuhi" beside REG-023's finding
    that it came late). Worded for an approval standing for a consultation, the one
    ``met_by`` the shipped packs have (the central approval under Permendagri 3/2008)."""
    named = {lang: value_text("procedure.<step>.step", step, lang) for lang in ("id", "en")}
    dated = {
        "id": f" bertanggal {value_text('date', day, 'id')}" if day is not None else "",
        "en": f" dated {value_text('date', day, 'en')}" if day is not None else "",
    }
    late = day is not None and signed_on is not None and day > signed_on
    after = {
        "id": "; persetujuan itu terbit sesudah penandatanganan MoU" if late else "",
        "en": "; that approval came after the MoU was signed" if late else "",
    }
    return _build(
        m.Localized,
        id=f"dianggap dilakukan melalui {named['id']}{dated['id']}{after['id']}",
        en=f"taken as done through the {named['en']}{dated['en']}{after['en']}",
    )


def _order_notices(
    out_of_order: list[tuple[str, dt.date, list[tuple[str, dt.date]]]],
    risks: list[dict[str, Any]],
) -> list[m.Notice]:
    """A notice for the steps the procedure table finds dated before steps that should
    precede them where no risk reads both dates (an order rule's finding, REG-020's signing
    before the DPRD's approval, says it already): the table's row was the only word of it,
    and a memo whose checks found nothing read "Kerja sama dapat dilanjutkan sesuai MoU:
    pemeriksaan tidak menemukan risiko" beside an MoU signed before its text was drafted
    with Kemlu and Kemendagri (attack 380 H1). The officer checks the dates; where they are
    right, the steps were not taken in the procedure's order, which no check of the pack
    weighs."""
    read = [
        {e.path for e in ch["evidence"]}
        for ch in risks
        if ch["severity"] != "info" and isinstance(ch["evidence"], list)
    ]
    pairs: list[tuple[str, dt.date, str, dt.date]] = []  # (dated early, its day, other, its)
    for step, day, later in out_of_order:
        mine = f"procedure.{step}.date"
        pairs += [
            (step, day, other, on)
            for other, on in later
            if not any(mine in paths and f"procedure.{other}.date" in paths for paths in read)
        ]
    if not pairs:
        return []
    # said in the fewer clauses: by the step dated early ("… bertanggal lebih awal daripada
    # A, B dan C") or by the step dated late ("… bertanggal sesudah A, B dan C, yang
    # seharusnya menyusulnya"), whichever names each step once more often
    early: dict[tuple[str, dt.date], list[tuple[str, dt.date]]] = {}
    late: dict[tuple[str, dt.date], list[tuple[str, dt.date]]] = {}
    for step, day, other, on in pairs:
        early.setdefault((step, day), []).append((other, on))
        late.setdefault((other, on), []).append((step, day))
    by_late = len(late) < len(early)
    groups = late if by_late else early

    def named(step: str, day: dt.date, lang: str) -> str:
        return (
            f"{value_text('procedure.<step>.step', step, lang)} ({value_text('date', day, lang)})"
        )

    clauses: dict[str, list[str]] = {"id": [], "en": []}
    for (step, day), others in groups.items():
        for lang in ("id", "en"):
            listed = join_words(
                [named(o, d, lang) for o, d in others], lang, "dan" if lang == "id" else "and"
            )
            if by_late:
                clause = (
                    f"{named(step, day, 'id')} bertanggal sesudah {listed}, yang seharusnya "
                    "menyusulnya"
                    if lang == "id"
                    else f"{named(step, day, 'en')} is dated after {listed}, which should follow it"
                )
            else:
                clause = (
                    f"{named(step, day, 'id')} bertanggal lebih awal daripada {listed}"
                    if lang == "id"
                    else f"{named(step, day, 'en')} is dated before {listed}"
                )
            clauses[lang].append(clause)
    return [
        _notice(
            "steps_out_of_order",
            f"Tanggal langkah prosedur tidak berurutan: {'; '.join(clauses['id'])}. Tidak ada "
            "pemeriksaan yang menilai urutan itu: periksa tanggalnya dalam berkas; bila "
            "tanggal itu benar, langkahnya tidak ditempuh menurut urutan prosedur: catat "
            "alasannya dalam berkas.",
            f"Procedure steps are dated out of order: {'; '.join(clauses['en'])}. No check "
            "weighs that order: check the dates in the file; where they are right, the steps "
            "were not taken in the procedure's order: record why in the file.",
        )
    ]


def _procedure(
    proposal: Proposal,
    pack: RulePack,
    plan: PackPlan,
    day: dt.date,
    step_dates: _StepDates | None = None,
    found: set[str] | frozenset[str] = frozenset(),
    dates_asked: dict[str, list[str]] | None = None,
    out_of_order: list[tuple[str, dt.date, list[tuple[str, dt.date]]]] | None = None,
    bounds: _Bounds | None = None,
) -> list[m.ProcedureEntry]:
    """The procedure table: each step of the regime with the proposal's status and date,
    whether it is required now, and what is wrong with it; then the proposal's steps the
    regime does not have. ``dates_asked``: step → the open checks asking its date
    (:func:`_dates_asked`), said on a done step's row that gives none; ``out_of_order``, when
    given, gets each done step dated before earlier steps of the sequence, with them. The
    steps' fields are read from their ``__dict__`` (a model's attribute is a slow read) and
    the pack's from its plan (:class:`StepPlan`)."""
    given = [s.__dict__ for s in proposal.procedure or []]
    listed = {s["step"]: s for s in given}
    stage = proposal.stage
    rank = _STAGE_RANK[stage] if stage is not None else None
    # a signed MoU whose term has ended has reached its evaluation whatever the stage says
    # (trial22 #2: "Pelaporan · ya, pada tahap evaluasi" beside a lapsed MoU still marked
    # active, while the notice asked for the evaluation): the steps owed there are owed now,
    # as REG-026 judges the report to the Minister
    if rank is not None and _SIGNED_RANK <= rank < _EVALUATION_RANK and lapsed_term(proposal, day):
        rank = _EVALUATION_RANK
    partner_kind = proposal.partner.kind if proposal.partner is not None else None
    form = proposal.form
    entries = []
    earlier: list[tuple[str, dt.date]] = []  # the done steps dated so far, in order
    dated = plan.dated
    # the dates the step-dated rules were judged at, worked out once (:func:`assess`)
    if step_dates is None:
        step_dates = _step_dates(proposal, plan.steps, day) if dated else {}
    # the day the MoU was signed, where the file records it: a step of an earlier regulation
    # that the file does not list is not owed by an MoU signed after that regulation's last
    # day, as the rules on it (REG-050, REG-052: dated by the signing) judge it (attack 380
    # H3: a process begun in 2019 and signed in June 2020 had "Konsultasi dengan Kemendagri:
    # wajib, tetapi tidak tercatat" beside REG-050's "Permendagri 3/2008 sudah tidak berlaku
    # pada tanggal penandatanganan")
    signing = listed.get("signing")
    signed_on = signing["date"] if signing is not None and signing["status"] == "done" else None
    for spec in plan.steps:
        step = listed.get(spec.step)
        # owed or not by the day of a signing the file does not date (review 491 H2)
        unsure = bounds is not None and dated and _unsure_step(spec, step_dates, bounds, plan.steps)
        if step is None and dated and not unsure:
            until = spec.effective_until
            if until is not None and (
                step_dates[spec.step][0] > until or (signed_on is not None and signed_on > until)
            ):
                continue  # a step of an earlier regulation, not of this partnership's day
        owed = (
            spec.required_from is not None
            and rank is not None
            and rank >= spec.required_from
            and (
                not dated
                or in_window(spec.effective_from, spec.effective_until, step_dates[spec.step][0])
            )
        )
        # whether the step binds this partner (the spec's own rule; a step for every kind
        # of partner binds without asking it)
        binds = True if spec.kinds is None else spec.spec.for_partner(partner_kind, form)
        required = owed and binds is True
        # a step owed to some kinds of partner only, of a partner whose kind is not stated:
        # "wajib" would assert Full Powers of what may be a university's MoU (the table said
        # so while partner.kind was being asked)
        depends = list(spec.kinds or ()) if binds is None else None
        issue = None
        status = step["status"] if step else None
        # the row says the step is required now; naming the proposal's stage in every row's
        # issue repeated "pada tahap MoU ditandatangani" six times (wording review)
        if required and status == "not_applicable" and spec.statutory:
            # a law's step recorded as not needed: the rule on it fires, and the table says
            # why rather than showing "wajib: ya · tidak diperlukan" side by side with no word
            # (newcomer trial 9)
            issue = _NOT_APPLICABLE_BY_LAW
        elif required and status in (None, "unknown"):
            # a step the file does not list is not recorded, one it lists as unknown is not
            # known; neither is said undone (words20 A2: every unlisted step of a running MoU
            # read "belum selesai"), and the row says what the rules on it say (fix31a)
            undated = step is None or step["date"] is None
            if spec.step == "signing" and undated:
                issue = _SIGNED_BY_STAGE
            else:
                issue = _NOT_RECORDED if step is None else _NOT_KNOWN_DONE
        elif required and status not in ("done", "not_applicable"):
            issue = _NOT_DONE
        if owed and depends is not None and status not in ("done", "not_applicable"):
            issue = _depends_issue(tuple(depends))
        if (
            unsure
            and status != "done"
            and spec.required_from is not None
            and rank is not None
            and rank >= spec.required_from
        ):
            # the row says on what its being owed turns, as the rules on it wait on the
            # signing's date: "wajib, tetapi tidak tercatat" beside REG-016 asking it
            issue = _owed_if_signed(spec, bounds)  # type: ignore[arg-type]
        met_by = None
        if required and spec.met_by is not None and status in (None, "missing"):
            # not listed or not taken, where the pack reads another step recorded done as
            # this one (REG-011 clears on the Minister's approval): the row says so, where it
            # demanded the step beside the rule's tick (attack 380 H2). Listed as unknown, it
            # is asked, as the order checks on it ask it
            standing = listed.get(spec.met_by)
            if standing is not None and standing["status"] == "done":
                met_by = spec.met_by
                issue = _met_by(spec.met_by, standing["date"], signed_on)
        if issue is None and spec.noted:
            # a finding on this step that the row's own words would not show (``found``: the
            # rules found a risk): Full Powers "wajib: tidak" beside REG-044's MoU signed by
            # an official outside them (held-out 54); reporting owed "berkala" beside GOV-003
            # (held-out 52)
            issue = next((words for rule_id, words in spec.noted if rule_id in found), None)
        if issue is None and required and status == "not_applicable":
            grounds = step is not None and bool((step.get("document") or "").strip())
            issue = _RECORDED_NOT_NEEDED_WITH_GROUNDS if grounds else _RECORDED_NOT_NEEDED
        date = step["date"] if step else None
        if issue is None and status == "done" and date is None and dates_asked:
            # done, undated, and an order check open on its date: the row says so, where it
            # read "Selesai" with nothing amiss beside the question (trial 170, 2)
            asking = dates_asked.get(spec.step)
            if asking:
                issue = _date_asked(tuple(asking))
        # a step outside the regime's sequence on its own date (a consultation with
        # Kemendagri recorded in 2025, a step of Permendagri 3/2008 only) has no place in
        # this order: it is shown "tidak wajib", neither warned for its date nor a bound
        # on the next step's (practitioner trial 29 U2)
        in_sequence = not dated or in_window(
            spec.effective_from, spec.effective_until, step_dates[spec.step][0]
        )
        if date is not None and status == "done" and in_sequence:
            # every earlier step dated after this one, in the regime's order (trial 66: a
            # verification dated before both the DPRD approval and the LoI named the LoI
            # alone, the latest of them, while REG-047's finding beside it is the approval)
            later = [(s, d) for s, d in earlier if d > date]
            if later:
                issue = _dated_before(later)
                if out_of_order is not None:
                    out_of_order.append((spec.step, date, later))
            earlier.append((spec.step, date))
        due_later = (
            None
            if required
            else due_from(spec.spec, stage, day, binds, _placed(step_dates, spec.step))
        )
        if due_later is not None and status == "not_applicable" and spec.statutory:
            # owed by a later stage, and a law's: not discharged by the record either
            issue = _NOT_APPLICABLE_BY_LAW
        entries.append(
            _PROCEDURE_ENTRY(
                {
                    "step": spec.step,
                    "status": status,
                    "date": date,
                    "required": required,
                    "issue": issue,
                    "required_if_partner": depends,
                    "due_from": due_later,
                    "document": step.get("document") if step else None,
                    "met_by": met_by,
                }
            )
        )
    # the steps that stand for another (``met_by``), each with the step it stands for
    standing_for = {e.met_by: e.step for e in entries if e.met_by is not None}
    known = {spec.step for spec in plan.steps}
    for step in given:
        if step["step"] not in known:
            # a step the officer recorded that this regime does not have (an initiative in a
            # 2019 file judged under Permendagri 3/2008): a true fact, not an error, so it is
            # said neutrally and placed by its date among the others, not last with a warning
            # after "Pelaporan" (newcomer trial 18)
            stands = standing_for.get(step["step"])
            # one that stands for a step of the regime says which (attack 380 H2: "bukan
            # tahapan" beside the consultation's row asking for what it is taken as)
            read_as = (
                {
                    lang: "; "
                    + (
                        "diperlakukan sebagai bukti "
                        if lang == "id"
                        else "taken as evidence of the "
                    )
                    + value_text("procedure.<step>.step", stands, lang)
                    for lang in ("id", "en")
                }
                if stands is not None
                else {"id": "", "en": ""}
            )
            entry = _build(
                m.ProcedureEntry,
                step=step["step"],
                status=step["status"],
                date=step["date"],
                document=step.get("document"),
                required=False,
                due_from=None,
                issue=_build(
                    m.Localized,
                    id=f"dicatat; bukan tahapan menurut {regime_words(pack.regime, 'id')}"
                    + read_as["id"],
                    en=f"recorded; not a step under {regime_words(pack.regime, 'en')}"
                    + read_as["en"],
                ),
            )
            day = step["date"]
            later = next(
                (
                    i
                    for i, other in enumerate(entries)
                    if day is not None and other.date is not None and other.date > day
                ),
                len(entries),
            )
            entries.insert(later, entry)
    return entries
