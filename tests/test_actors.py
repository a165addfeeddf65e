"""Actors: one canonical name per body, checked when a pack loads, and named in the reader's
language (the actor glossary, ``rules/packs/actors.yaml``, and a pack's own ``actors:``).

The JSON keeps ``owner`` / ``counterpart`` as the Indonesian canonical name (what a program
keys on); ``owner_name`` / ``counterpart_name`` carry the name each language's reports print.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import ACTORS_FILE, load_pack, pack_names

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "packs" / "mini.yaml"
REGENCY = ROOT / "examples" / "regency-with-province-2021.yaml"
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"


def _glossary() -> dict[str, dict[str, str]]:
    return yaml.safe_load(ACTORS_FILE.read_text(encoding="utf-8"))["actors"]


def _pack_with(tmp_path: Path, old: str, new: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "pack.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_every_owner_and_counterpart_of_the_shipped_packs_is_a_glossary_name():
    glossary = _glossary()
    for name in pack_names():
        for rule in load_pack(name).rules:
            for rec in rule.recommend:
                assert rec.owner in glossary, (name, rule.id, rec.owner)
                assert rec.counterpart is None or rec.counterpart in glossary, (
                    name,
                    rule.id,
                    rec.counterpart,
                )


def test_no_two_glossary_names_differ_only_in_capitals():
    folded = [name.casefold() for name in _glossary()]
    assert len(folded) == len(set(folded))


def test_an_owner_outside_the_glossary_is_a_pack_error_naming_rule_field_and_the_close_name(
    tmp_path,
):
    path = _pack_with(tmp_path, "owner: DPRD,", "owner: Kepala daerah,")
    with pytest.raises(PackError) as err:
        load_pack(str(path))
    (problem,) = err.value.problems
    assert problem.file == str(path)
    assert problem.path == "REG-001.recommend[0].owner"
    assert problem.line > 1
    assert "unknown actor 'Kepala daerah'" in problem.message
    assert "did you mean 'Kepala Daerah'?" in problem.message


def test_a_counterpart_outside_the_glossary_is_a_pack_error(tmp_path):
    path = _pack_with(tmp_path, "owner: DPRD,", "owner: DPRD, counterpart: Dinas Pariwisata,")
    with pytest.raises(PackError) as err:
        load_pack(str(path))
    assert [p.path for p in err.value.problems] == ["REG-001.recommend[0].counterpart"]


def test_a_pack_may_not_give_a_glossary_name_a_second_english_name(tmp_path):
    path = _pack_with(tmp_path, "  lead SKPD: {en: Lead agency}\n", "  Bappeda: {en: Planning}\n")
    with pytest.raises(PackError) as err:
        load_pack(str(path))
    paths = [p.path for p in err.value.problems]
    assert "actors.Bappeda" in paths
    # and the actor the edit took away is now unknown
    assert "IMP-001.recommend[0].owner" in paths


def test_an_actor_a_pack_declares_is_named_in_english_by_its_declaration():
    pack = load_pack(str(MINI))
    rec = pack.rule("IMP-001").recommend[0]
    assert rec.owner == "lead SKPD"
    assert rec.owner_name.get("en") == "Lead agency"
    assert rec.owner_name.get("id") == "lead SKPD"


def test_json_owner_stays_indonesian_and_owner_name_carries_both_languages():
    result = paracheck.assess(paracheck.load_proposal(str(NTB)))
    doc = json.loads(result.to_json())
    glossary = _glossary()
    actions = doc["actions"]
    assert actions
    for act in actions:
        assert act["owner"] in glossary
        assert act["owner_name"] == {"id": act["owner"], "en": glossary[act["owner"]]["en"]}
        if act["counterpart"] is not None:
            assert act["counterpart_name"]["en"] == glossary[act["counterpart"]]["en"]
        else:
            assert act["counterpart_name"] is None


def test_the_english_report_names_no_actor_by_its_indonesian_name():
    result = paracheck.assess(paracheck.load_proposal(str(NTB)))
    english = paracheck.render(result, "markdown", lang="en")
    indonesian = paracheck.render(result, "markdown", lang="id")
    assert "**Cooperation Bureau" in english
    for name in ("Biro Kerja Sama", "Perangkat Daerah pengampu sektor", "Kepala Daerah"):
        assert name not in english, name
    assert "**Biro Kerja Sama" in indonesian
    assert "Cooperation Bureau" not in indonesian


def test_a_regency_is_told_its_bagian_in_both_languages():
    proposal = paracheck.load_proposal(str(REGENCY))
    assert proposal.local.level in ("regency", "city")
    result = paracheck.assess(proposal)
    owners = {act.owner for act in result.actions}
    assert "Bagian Kerja Sama" in owners
    assert "Biro Kerja Sama" not in owners
    bagian = next(act for act in result.actions if act.owner == "Bagian Kerja Sama")
    assert bagian.owner_name.en == _glossary()["Bagian Kerja Sama"]["en"]
    english = paracheck.render(result, "markdown", lang="en")
    assert "Cooperation Section" in english
    assert "Cooperation Bureau" not in english


def test_a_region_whose_level_is_not_known_is_told_biro_or_bagian():
    """A proposal that does not say whether it is a province's or a regency's names its
    cooperation unit "Biro/Bagian Kerja Sama", as a Biro would be wrong for a kabupaten."""
    data = paracheck.load_proposal(str(NTB)).model_dump(mode="json", by_alias=True)
    data["local"]["level"] = None
    result = paracheck.assess(paracheck.Proposal.model_validate(data))
    owners = {act.owner for act in result.actions}
    assert "Biro/Bagian Kerja Sama" in owners and "Biro Kerja Sama" not in owners
    english = paracheck.render(result, "markdown", lang="en")
    assert "Cooperation Bureau or Section" in english
    # a province keeps its Biro
    assert "Biro Kerja Sama" in {
        a.owner for a in paracheck.assess(paracheck.load_proposal(str(NTB))).actions
    }


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_blank_checklist_names_the_unit_of_any_level(fmt):
    """The checklist, made before any proposal says its level, said "Biro Kerja Sama" only,
    while a kabupaten's or kota's unit is a Bagian Kerja Sama (wording review)."""
    indonesian = paracheck.render_checklist(paracheck.load_pack("pp28-2018"), "id", fmt)
    assert "Biro/Bagian Kerja Sama" in indonesian
    assert "Biro Kerja Sama" not in indonesian.replace("Biro/Bagian Kerja Sama", "")
    english = paracheck.render_checklist(paracheck.load_pack("pp28-2018"), "en", fmt)
    assert "Cooperation Bureau or Section" in english
    assert "Cooperation Bureau," not in english and "Cooperation Bureau:" not in english


def test_a_document_made_before_owner_name_still_renders_its_owner():
    result = paracheck.assess(paracheck.load_proposal(str(NTB)))
    doc = json.loads(result.to_json())
    for act in doc["actions"]:
        del act["owner_name"], act["counterpart_name"]
    for check in doc["checks"]:
        for rec in check["recommendations"]:
            del rec["owner_name"], rec["counterpart_name"]
    older = paracheck.Assessment.model_validate(doc)
    english = paracheck.render(older, "markdown", lang="en")
    assert "**Biro Kerja Sama" in english  # the name it has, not a blank


def test_an_english_counterpart_named_as_a_body_reads_with_its_article():
    """ "Sector lead agency, with Ministry of Marine Affairs and Fisheries (KKP)" lacked the
    article English puts before a body's name; a description the glossary writes in lower case
    ("the foreign partner") carries its own and gets no second one."""
    # the fisheries agency left unnamed: a named one is shown by its name (sector_agency)
    text = NTB.read_text("utf-8")
    named = "lead_agency: Dinas Kelautan dan Perikanan Provinsi NTB"
    assert named in text
    unnamed = paracheck.load_proposal_text(text.replace(named, "lead_agency: null"), source="x")
    result = paracheck.assess(unnamed)
    english = paracheck.render(result, "markdown", lang="en")
    indonesian = paracheck.render(result, "markdown", lang="id")
    # the fisheries sector has no agency named: the one to be appointed (advice19)
    assert (
        "**Agency to be appointed to lead the fisheries sector, with the Ministry of Marine "
        "Affairs and Fisheries (KKP)**"
    ) in english
    as_named = paracheck.render(
        paracheck.assess(paracheck.load_proposal(str(NTB))), "markdown", "en"
    )
    assert (
        "**Dinas Kelautan dan Perikanan Provinsi NTB, with the Ministry of Marine Affairs and "
        "Fisheries (KKP)**"
    ) in as_named
    # the generation package for the partner is proposal-stage advice (NRG-002, trial19 #1);
    # its sectors without an agency go to the one to be appointed (advice19)
    drafted = text.replace(named, "lead_agency: null").replace(
        "stage: mou_signed", "stage: proposal"
    )
    assert drafted != text.replace(named, "lead_agency: null")
    proposed = paracheck.assess(paracheck.load_proposal_text(drafted, source="x"))
    proposed_en = paracheck.render(proposed, "markdown", lang="en")
    assert (
        "**Agency to be appointed to lead the mining sector, with the foreign partner**"
        in proposed_en
    )
    assert "with the the " not in proposed_en
    assert ", with Ministry" not in english and "with the the " not in english
    assert (
        "**Perangkat Daerah yang akan ditetapkan mengampu sektor perikanan (bersama KKP)**"
        in indonesian
    )
    assert "bersama the" not in indonesian


def test_rules_show_names_the_english_counterpart_with_its_article():
    pack = load_pack("pp28-2018")
    rule = pack.rule("TOC-001")
    shown = paracheck.render_rule(pack, rule, "en")
    assert "Sector lead agency, with the Ministry of Marine Affairs and Fisheries (KKP)" in shown


def test_the_sector_lead_agency_is_said_as_a_description_after_with():
    """ "Cooperation Section, with the Sector lead agency" read as a slip (practitioner trial
    38): the agency in charge of a sector, not yet named, is said by what it does, in lower
    case, as the Saran says it ("the sector lead agency"); at the head of a line it keeps its
    capital, and a rule page says it the same way."""
    banyuwangi = ROOT / "tests" / "data" / "holdout38-banyuwangi-gelderland-2024.yaml"
    result = paracheck.assess(paracheck.load_proposal(str(banyuwangi)))
    english = " ".join(paracheck.render(result, "text", lang="en").split())
    assert "Cooperation Section, with the sector lead agency:" in english
    assert "the Sector lead agency" not in english
    page = paracheck.render_rule(
        load_pack("pp28-2018"), load_pack("pp28-2018").rule("BUD-003"), "en"
    )
    assert "with the sector lead agency" in page and "the Sector lead agency" not in page
