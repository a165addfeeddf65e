"""A memo judged before UU 23/2014 took effect names the regional offices by the term of its
time: SKPD (UU 32/2004), not Perangkat Daerah (UU 23/2014, PP 18/2016; REGULATION.md, terms
by era). The English memo calls such an office a work unit (SKPD), where a later one says
agency. Every format, both languages; the glossary's ``eras`` say the words."""

from __future__ import annotations

import datetime as dt

import pytest

import paracheck
from tests.madiun_omuta import madiun_omuta

FORMATS = ("text", "markdown", "html", "csv", "json")

#: a sector with no lead agency (IMP-001: the head of region appoints one), one whose named
#: Dinas has a stalled programme, one with an investment programme and no agency
SECTORS = (
    "  - {name: industry, lead_agency: null, programs: []}\n"
    "  - {name: education, lead_agency: Dinas Pendidikan,"
    " programs: [{name: Pertukaran guru, status: stalled}]}\n"
    "  - {name: investment, lead_agency: null,"
    " programs: [{name: Forum investasi, status: planned}]}\n"
)

#: the English words for today's Perangkat Daerah, which an early memo does not use
TODAY_EN = ("lead agency", "lead agencies", "regional agency", "Regional agency")


def _memo(judged: str, fmt: str, lang: str) -> str:
    result = paracheck.assess(madiun_omuta("2007-10-05", judged, sectors=SECTORS))
    out = paracheck.render(result, fmt, lang)
    return out if isinstance(out, str) else out.decode("utf-8")


def _flat(text: str) -> str:
    """The memo with its line wrapping undone, so a term broken over two lines is found."""
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("judged", ["2009-06-15", "2012-03-01"])
def test_a_memo_judged_before_uu_23_2014_says_skpd_never_perangkat_daerah(judged, fmt):
    memo = _flat(_memo(judged, fmt, "id"))
    assert "SKPD pengampu" in memo
    assert "Perangkat Daerah" not in memo


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("judged", ["2009-06-15", "2012-03-01"])
def test_an_english_memo_judged_before_uu_23_2014_says_work_unit_skpd(judged, fmt):
    memo = _flat(_memo(judged, fmt, "en"))
    assert "work unit (SKPD)" in memo
    assert "Perangkat Daerah" not in memo
    for word in TODAY_EN:
        assert word not in memo, word


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("judged", ["2015-03-01", "2021-03-01"])
def test_a_memo_judged_after_uu_23_2014_says_perangkat_daerah(judged, fmt):
    memo = _flat(_memo(judged, fmt, "id"))
    assert "Perangkat Daerah pengampu" in memo
    assert "SKPD pengampu" not in memo
    assert "SKPD yang akan ditetapkan" not in memo


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("judged", ["2015-03-01", "2021-03-01"])
def test_an_english_memo_judged_after_uu_23_2014_says_agency(judged, fmt):
    memo = _flat(_memo(judged, fmt, "en"))
    assert "lead agency" in memo or "lead agencies" in memo
    assert "work unit (SKPD)" not in memo


@pytest.mark.parametrize("judged", ["2009-06-15", "2015-03-01"])
def test_the_sectors_named_dinas_acts_whatever_the_term_of_the_date(judged):
    """The plan gives a sector's task to the Dinas the file names, under the era's name of
    the body as under today's (the owner "SKPD pengampu sektor" is still the sector's)."""
    memo = _flat(_memo(judged, "text", "id"))
    assert "Dinas Pendidikan (bersama mitra)" in memo
    agency = "SKPD" if judged < "2014" else "Perangkat Daerah"
    assert f"{agency} yang akan ditetapkan mengampu sektor perindustrian" in memo


def test_the_era_ends_the_day_before_the_packs_date_uu_23_2014_from():
    """The glossary's era of SKPD ends where the packs start UU 23/2014 (its sources'
    ``effective_from``), so the memo's term and the law it cites change on the same day."""
    from paracheck.rules.loader import actor_eras, era_of, load_pack

    starts = {
        s.effective_from
        for rule in load_pack("permendagri-3-2008").rules
        for s in rule.sources
        if s.ref.startswith("UU 23/2014") and s.effective_from is not None
    }
    assert len(starts) == 1
    (start,) = starts
    assert era_of(start) is None
    assert era_of(start - dt.timedelta(days=1)) is not None
    assert actor_eras()[era_of(start - dt.timedelta(days=1))].ended_by == "UU 23/2014"


def _lapsed(judged: str) -> paracheck.Assessment:
    """A 2007 MoU whose term ended on 4 October 2012, a teachers' exchange still running,
    judged on ``judged``."""
    proposal = paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\n"
        "title: Sister City Kota Madiun – Ōmuta\n"
        f"date: {judged}\n"
        "stage: evaluation\n"
        "form: sister_city\n"
        "local: {name: Kota Madiun, level: city}\n"
        "partner: {name: Ōmuta City, country: JP, level: city, kind: regional_government}\n"
        "sectors:\n"
        "  - {name: education, lead_agency: Dinas Pendidikan, programs: [{name: Pertukaran"
        " guru, status: ongoing, started: 2008-04-01, last_activity: 2013-02-01}]}\n"
        "procedure:\n"
        "  - {step: signing, status: done, date: 2007-10-05}\n"
        "agreement: {signatory: head_of_region, expires: 2012-10-04}\n"
    )
    return paracheck.assess(proposal)


@pytest.mark.parametrize("judged", ["2013-06-01", "2015-06-01"])
def test_the_lapsed_mous_notice_names_the_running_programmes_agencies_by_the_dates_term(judged):
    """The notice beside a lapsed MoU tells the agencies of the programmes still running to
    confirm what they rest on: "SKPD pengampunya" in 2013, "Perangkat Daerah pengampunya"
    after UU 23/2014."""
    (notice,) = [n for n in _lapsed(judged).notices if n.code == "mou_expired"]
    early = judged < "2014"
    assert ("SKPD pengampunya" in notice.text.id) is early
    assert ("Perangkat Daerah pengampunya" in notice.text.id) is not early
    if early:
        for lang in ("id", "en"):
            for fmt in FORMATS:
                memo = paracheck.render(_lapsed(judged), fmt, lang)
                assert "Perangkat Daerah" not in _flat(memo), (fmt, lang)


def test_a_pack_body_named_by_todays_term_needs_its_eras_name_in_the_glossary(tmp_path):
    """A body whose name holds today's term ("Perangkat Daerah pengampu pariwisata") is
    swapped to the era's name in an early memo, which must itself be a glossary name (it is
    the JSON's ``owner``): a pack declaring the one without the other is refused."""
    from pathlib import Path

    from paracheck.errors import PackError
    from paracheck.rules.loader import load_pack

    mini = Path(__file__).resolve().parent / "packs" / "mini.yaml"
    text = mini.read_text(encoding="utf-8")
    declared = "  lead SKPD: {en: Lead agency}\n"
    assert declared in text
    today = "  Perangkat Daerah pengampu pariwisata: {en: Tourism agency}\n"
    path = tmp_path / "pack.yaml"
    path.write_text(text.replace(declared, declared + today, 1), encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(str(path))
    (problem,) = err.value.problems
    assert problem.path == "eras.Perangkat Daerah pengampu pariwisata"
    assert "'SKPD pengampu pariwisata'" in problem.message
    era = "  SKPD pengampu pariwisata: {en: Tourism work unit (SKPD)}\n"
    path.write_text(text.replace(declared, declared + today + era, 1), encoding="utf-8")
    assert "SKPD pengampu pariwisata" in load_pack(str(path)).actors


def test_an_eras_swap_is_made_once_and_said_in_each_language():
    from paracheck.rules.loader import era_of, era_swapper

    era = era_of(dt.date(2012, 5, 1))
    assert era is not None
    assert era_swapper(era, "id") is era_swapper(era, "id")  # one per process, not per text
    assert era_swapper(era, "id")("Perangkat Daerah pengampu sektor") == "SKPD pengampu sektor"
    assert era_swapper(era, "en")("Sector lead agency") == "Sector lead work unit (SKPD)"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_sarans_opening_sentence_says_the_terms_of_the_date_too(fmt):
    """Ministry trial 470 L1: Semarang – Beihai, judged in 2010 with no money at all, opened
    its Saran with BUD-001's sentence "… rencana kerja Perangkat Daerah terkait …" beside
    "sektor tanpa SKPD pengampu" in the same paragraph."""
    from pathlib import Path

    path = Path(__file__).parent / "data" / "holdout68-semarang-beihai-2010.yaml"
    result = paracheck.assess(paracheck.load_proposal(str(path)))
    memo = _flat(paracheck.render(result, fmt, "id"))
    assert "rencana kerja SKPD terkait" in memo
    assert "Perangkat Daerah" not in memo
