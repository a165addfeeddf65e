"""A report names the region's own offices by the level the proposal states (level18): the
Gubernur, Bupati or Wali Kota, not "kepala daerah"; a regency's BNN office, not "BNN
Provinsi/Kabupaten/Kota"; a Biro or a Bagian Kerja Sama, not "Biro/Bagian Kerja Sama". An
officer of a kabupaten reads the combined names as a form letter. Where the proposal does not
say its level, the combined names stay (they are true of any region); so do the rule pages,
which have no region.

The proposals here are built to reach every place a name of the head of region or of BNN's
regional office is written: a recommendation the head owns (REG-020, a DPRD approval after
the signing), the signatory's question and REG-044's statement, a text naming the head
(IMP-001, a sector with no lead agency), BNN's office in a recommendation and a reason
(TOC-012, a partner outside the PRC and Malaysia on a fairly prone route), and the Saran of a
lapsed MoU (the evaluation for the head's decision).
"""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

import paracheck
from paracheck.facts.loader import parse_proposal_data

#: what each level calls its head, its cooperation unit and BNN's office, in each language
CONCRETE = {
    "province": {
        "id": ("Gubernur", "Biro Kerja Sama", "BNN Provinsi"),
        "en": ("governor", "Cooperation Bureau", "provincial BNN office"),
    },
    "regency": {
        "id": (
            "Bupati",
            "Bagian Kerja Sama",
            "BNN Kabupaten (atau BNN Provinsi bila belum ada BNN Kabupaten)",
        ),
        "en": (
            "regent",
            "Cooperation Section",
            "regency BNN office (or the provincial one where the regency has none)",
        ),
    },
    "city": {
        "id": (
            "Wali Kota",
            "Bagian Kerja Sama",
            "BNN Kota (atau BNN Provinsi bila belum ada BNN Kota)",
        ),
        "en": (
            "mayor",
            "Cooperation Section",
            "city BNN office (or the provincial one where the city has none)",
        ),
    },
}
#: the names true of a region of any level, which a report for a known level must not use
COMBINED = {
    "id": ("kepala daerah", "Kepala Daerah", "BNN Provinsi/Kabupaten/Kota", "Biro/Bagian"),
    "en": ("head of region", "Head of Region", "local BNN office", "Bureau or Section"),
}
FORMATS = ("text", "markdown", "html")

BASE = {
    "schema": "paracheck/proposal/v1",
    "title": "Kerja sama luar negeri daerah (uji nama jabatan)",
    "date": "2021-11-30",
    "stage": "mou_signed",
    "form": "sister_city",
    "local": {"name": "Daerah Uji", "level": "city"},
    "partner": {"name": "Kushiro", "country": "JP", "level": "city", "kind": "regional_government"},
    "security": {"narcotics_route": "medium", "coordinating_agencies": []},
    "sectors": [{"name": "ports_maritime", "lead_agency": None}],
    "procedure": [
        {"step": "initiative", "status": "done", "date": "2020-09-01"},
        {"step": "exploration", "status": "done", "date": "2020-11-10"},
        {"step": "letter_of_intent", "status": "done", "date": "2021-01-20"},
        {"step": "cooperation_plan", "status": "done", "date": "2021-03-15"},
        {"step": "signing", "status": "done", "date": "2021-06-05"},
        {"step": "dprd_approval", "status": "done", "date": "2021-09-20"},
    ],
}


def _assess(level: str | None, **changes: object) -> paracheck.Assessment:
    data = copy.deepcopy(BASE)
    if level is None:
        del data["local"]["level"]
    else:
        data["local"]["level"] = level
    data.update(changes)
    proposal = parse_proposal_data(data)
    return paracheck.assess(proposal, as_of=proposal.date)


def _reports(a: paracheck.Assessment, lang: str) -> dict[str, str]:
    """Each human format's report, its lines joined (a name may wrap) and, in HTML, its
    apostrophes unescaped ("the regent's")."""
    out = {}
    for fmt in FORMATS:
        report = " ".join(paracheck.render(a, fmt, lang).split())
        out[fmt] = report.replace("&#x27;", "'").replace("&#39;", "'")
    return out


def _saran(a: paracheck.Assessment, lang: str) -> str:
    from paracheck.report.advice import advice

    return " ".join(advice(a, lang))


def test_the_proposals_reach_every_place_an_office_is_named():
    """The fixture is what the other tests rely on: the checks that name the head of region
    and BNN's office fire or are asked (else a test of the names would pass on nothing)."""
    a = _assess("regency")
    status = {c.rule_id: c.status for c in a.checks}
    assert status["REG-020"] == "risk"  # the DPRD approved after the signing: the head acts
    assert status["REG-044"] == "unknown"  # who signed is asked
    assert status["IMP-001"] == "risk"  # no lead agency: "keputusan kepala daerah"
    assert status["TOC-012"] == "risk"  # a fairly prone route, a partner in Japan: BNN office


@pytest.mark.parametrize("level", sorted(CONCRETE))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_memo_names_the_concrete_office_of_its_level_and_never_the_combined_one(level, lang):
    head, unit, bnn = CONCRETE[level][lang]
    for fmt, report in _reports(_assess(level), lang).items():
        assert head in report, (fmt, head)
        assert unit in report, (fmt, unit)
        assert bnn in report, (fmt, bnn)
        for combined in COMBINED[lang]:
            assert combined not in report, (fmt, combined)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_memo_whose_proposal_does_not_say_its_level_keeps_the_combined_names(lang):
    a = _assess(None)
    concrete = {name for level in CONCRETE.values() for name in level[lang][::2]}
    for fmt, report in _reports(a, lang).items():
        assert COMBINED[lang][0] in report or COMBINED[lang][1] in report, fmt
        assert COMBINED[lang][2] in report, fmt
        report = report.replace(COMBINED[lang][2], "")  # holds "BNN Provinsi"
        for name in concrete:
            assert name not in report, (fmt, name)


def test_the_json_carries_the_level_and_names_the_head_who_acts_by_it():
    document = json.loads(_assess("regency").to_json())
    assert document["proposal"]["local_level"] == "regency"
    owners = {act["owner"] for act in document["actions"]}
    assert "Bupati" in owners and "Kepala Daerah" not in owners
    bupati = next(act for act in document["actions"] if act["owner"] == "Bupati")
    assert bupati["owner_name"] == {"id": "Bupati", "en": "Regent"}
    assert json.loads(_assess(None).to_json())["proposal"]["local_level"] is None


@pytest.mark.parametrize("level", sorted(CONCRETE))
def test_the_saran_leaves_the_head_s_own_steps_to_the_head_by_its_name(level):
    """The head of region is the one advised, not an office assigned: under its level's name
    too (advice.HEADS), the Saran says its steps are its own."""
    head = CONCRETE[level]["id"][0]
    saran = _saran(_assess(level), "id")
    assert f"diambil {head} sendiri" in saran
    assert f"{head} dan" not in saran and f", {head}" not in saran


@pytest.mark.parametrize("level", [*sorted(CONCRETE), None])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_lapsed_mou_s_saran_names_who_decides_on_a_new_one(level, lang):
    a = _assess(level, agreement={"expires": "2021-10-01"})
    head = CONCRETE[level][lang][0] if level else COMBINED[lang][0]
    saran = _saran(a, lang)
    # words18 A5: "… sebagai bahan pertimbangan Gubernur untuk memilih: …"
    assert (
        f"pertimbangan {head} untuk memilih" if lang == "id" else f"for the {head} to choose"
    ) in saran


def test_the_rule_pages_keep_the_combined_names():
    """A rule page has no region: "kepala daerah" and "BNN Provinsi/Kabupaten/Kota" stay."""
    from paracheck.report.catalogue import recommendations
    from paracheck.rules.loader import load_pack

    pack = load_pack("pp28-2018")  # holds the thesis rules
    rule = next(r for r in pack.rules if r.id == "TOC-012")
    recs = recommendations(rule, "id", pack.actors)
    assert recs  # its BNN action, and the cargo actions (trial 32 M5), all name BNN so
    assert all("BNN Provinsi/Kabupaten/Kota" in rec["text"] for rec in recs)
    assert "BNN Provinsi/Kabupaten/Kota" in rule.why.id
    rule = next(r for r in pack.rules if r.id == "IMP-001")
    assert any("kepala daerah" in rec["text"] for rec in recommendations(rule, "id", pack.actors))


def test_the_date_of_the_fixture_is_in_the_regime_of_permendagri_25_2020():
    """REG-020 and REG-044 as tested are the PP 28/2018 pack's: the fixture's date must stay
    after 22 May 2020."""
    assert dt.date.fromisoformat(BASE["date"]) > dt.date(2020, 5, 22)
    assert _assess("city").pack.name == "pp28-2018"


def test_every_name_at_a_level_of_the_shipped_glossary_is_a_glossary_name():
    """The name swapped in is the JSON's ``owner`` and has its own English name: a name at a
    level that the glossary lacks would leave an English report with an Indonesian one."""
    from paracheck.rules.loader import actor_glossary

    glossary = actor_glossary()
    named = {
        spec.at_level(level)
        for spec in glossary.values()
        for level in ("province", "regency", "city", None)
    } - {None}
    assert named and named <= set(glossary)


@pytest.mark.parametrize("level", sorted(CONCRETE))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_signatory_recorded_as_the_head_of_region_is_named_by_the_level(level, lang):
    """The CSV writes every check's evidence: beside REG-044's "ditandatangani Bupati" the
    recorded signatory reads "Bupati" too, not the answer's generic label."""
    a = _assess(level, agreement={"signatory": "head_of_region"})
    head = CONCRETE[level][lang][0]
    (row,) = [line for line in paracheck.render(a, "csv", lang).splitlines() if "REG-044" in line]
    label = "Penanda tangan naskah" if lang == "id" else "Signatory of the agreement"
    assert f"{label}: {head}" in row
    assert COMBINED[lang][0] not in row
    unknown = paracheck.render(
        _assess(None, agreement={"signatory": "head_of_region"}), "csv", lang
    )
    assert f"{label}: {COMBINED[lang][0]}" in unknown
