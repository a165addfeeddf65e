"""The evidence, missing facts and questions of a check, exactly: which fields (with their
lines) a person is shown, what the report asks for, and which checks wait on each answer.

Written for the mutation run over the evidence / missing code of engine/assess.py
(docs/mutation.md). The small proposal below is written so that each kind of evidence appears
once; every expected line was read off the YAML (line 1 is ``schema``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

ROOT = Path(__file__).resolve().parent.parent

SMALL = """\
schema: paracheck/proposal/v1
title: Uji bukti
date: 2023-06-01
stage: active
form: sister_province
local: {name: Provinsi Uji, level: province}
partner: {name: Pohang City, country: KR, level: city}
budget: {multi_year: false}
human_resources: {language_staff: {en: 1}}
energy: {reserve_margin_pct: -2, rolling_blackouts: false}
sectors:
  - name: fisheries
    lead_agency: Dinas KP
    programs:
      - {name: A, status: ongoing, last_activity: 2022-01-10}
      - {name: B}
  - name: tourism
    programs: []
"""
NO_SECTORS = "\n".join(SMALL.splitlines()[:10]) + "\n"
UNLISTED = (
    SMALL.replace("    programs: []\n", "") + "procedure:\n  - {step: initiative, status: done}\n"
)

# A derived flag (`derive:` on one rule, `{flag: …}` in another) is shown through the test pack
# tests/packs/mini.yaml: its NRG-001 derives energy_shortfall and its NRG-002 reads it. (No
# shipped rule reads a flag since NRG-002 and NRG-004 ask for a supply shortage in so many
# words, held-out proposal 11.)
MINI = str(Path(__file__).resolve().parent / "packs" / "mini.yaml")
SHORTFALL_EN = "basis of NRG-001 (Power deficit): {}"
SHORTFALL_ID = "dasar NRG-001 (Defisit listrik): {}"


def assessed(text: str):
    return paracheck.assess(paracheck.load_proposal_text(text))


@pytest.fixture  # per test: mutmut maps a mutant to the tests that call the code
def small():
    return assessed(SMALL)


def check(result, rule_id):
    return next(c for c in result.checks if c.rule_id == rule_id)


def shown(result, rule_id, lang="en"):
    """(path, value, line, note) of each evidence entry, in the order shown."""
    return [
        (e.path, e.value, e.line, getattr(e.note, lang) if e.note else None)
        for e in check(result, rule_id).evidence
    ]


def test_a_count_with_undecided_members_says_how_many_possibly_match_and_asks_for_them(small):
    bud = check(small, "BUD-005")  # multi-year false and two programmes planned or running
    assert bud.status == "unknown"
    assert shown(small, "BUD-005") == [
        ("budget.multi_year", False, 8, None),
        (
            "programs",
            {"matching": 1, "of": 2, "possibly": 2},
            12,
            "counted: programme status is planned, ongoing or stalled",
        ),
        ("sectors[0].programs[0].name", "A", 15, None),
        ("sectors[0].programs[0].status", "ongoing", 15, None),
    ]
    assert bud.missing == ["sectors[0].programs[1].status"]


def test_a_computed_tier_shows_the_level_written_with_the_tier_and_the_reason(small):
    assert check(small, "REG-002").status == "risk"
    assert shown(small, "REG-002") == [
        ("local.level", "province", 6, "administrative tier of the region: 1"),
        (
            "partner.level",
            "city",
            7,
            # the reference's words say the tier: no code value, no "(… (like …))"
            "In South Korea, a city is a second-level unit, like an Indonesian regency or city",
        ),
        # a sister form: the partner of unstated kind is a regional government
        ("form", "sister_province", 5, None),
    ]
    assert [note for *_, note in shown(small, "REG-002", "id")] == [
        "pemerintahan tingkat pertama",
        "Di Korea Selatan, kota adalah pemerintahan tingkat kedua, setara dengan kabupaten/kota "
        "di Indonesia",
        None,
    ]


def test_language_staff_is_shown_as_the_entry_for_the_partners_language(small):
    assert check(small, "HR-002").status == "risk"
    assert shown(small, "HR-002") == [
        ("form", "sister_province", 5, None),
        ("partner.country", "KR", 7, "main language of the partner country: Korean"),
        # the value is the count itself; the file lists no 'ko' (only 'en'): the line is the
        # mapping's, and the note says the 0 is counted (practitioner trial 25 C1)
        (
            "human_resources.language_staff.ko",
            0,
            9,
            "Korean is not listed in this entry, so it is counted as 0",
        ),
    ]
    assert [note for *_, note in shown(small, "HR-002", "id")] == [
        None,
        "bahasa utama negara mitra: bahasa Korea",  # a language by its name (issue 12)
        "bahasa Korea tidak tercantum pada isian ini, sehingga dihitung 0",
    ]


def test_ntb_language_staff_points_at_its_line():
    ntb = paracheck.assess(paracheck.load_proposal(str(ROOT / "examples/ntb-zhejiang-2015.yaml")))
    assert shown(ntb, "HR-002") == [
        ("form", "sister_province", 27, None),
        ("partner.country", "CN", 35, "main language of the partner country: Chinese"),
        ("human_resources.language_staff.zh", 0, 131, None),
    ]
    assert shown(ntb, "NRG-002")[:2] == [
        ("energy.reserve_margin_pct", -4.0, 139, None),
        ("energy.rolling_blackouts", True, 140, None),
    ]


def test_a_count_of_sectors_is_shown_as_the_number_of_sectors(small):
    # the count is the value shown: no note says it again ("— jumlah sektor: 2")
    assert shown(small, "HR-005") == [("sectors", {"count": 2}, 12, None)]
    assert check(small, "HR-005").missing == ["human_resources.dedicated_staff"]


def test_days_since_activity_shows_the_programmes_date_and_the_time_since(small):
    imp = check(small, "IMP-005")
    assert imp.status == "unknown"
    assert shown(small, "IMP-005") == [
        (
            "sectors[0].programs",
            {"matching": 1, "of": 2, "possibly": 2},
            15,
            "counted: programme status is ongoing, done or stalled and more than 180 days "
            "since the programme's last activity",
        ),
        ("sectors[0].programs[0].name", "A", 15, None),
        ("sectors[0].programs[0].status", "ongoing", 15, None),
        (
            "sectors[0].programs[0].last_activity",
            "2022-01-10",
            15,
            "1 year 4 months before the date judged",
        ),
    ]
    # 507 days from 10 January 2022: said in years and months, as an officer reads a time
    assert shown(small, "IMP-005", "id")[3][3] == "1 tahun 4 bulan sebelum tanggal penilaian"
    assert imp.missing == [
        "sectors[0].programs[1].last_activity",
        "sectors[0].programs[1].status",
    ]


def test_a_derived_flag_shows_the_facts_that_set_it_and_the_item_it_fired_for():
    small = paracheck.assess(paracheck.load_proposal_text(SMALL), pack=MINI)
    nrg = check(small, "NRG-002")
    assert nrg.status == "risk" and nrg.items == ["sectors[1]"] and nrg.missing == []
    # the flag's rule held by the deficit alone: no rolling blackouts is no reason for it
    # (docs/rule-language.md, "Evidence")
    assert shown(small, "NRG-002") == [
        ("energy.reserve_margin_pct", -2.0, 10, SHORTFALL_EN.format("holds")),
        ("sectors[1].name", "tourism", 17, None),
    ]
    assert shown(small, "NRG-002", "id")[0][3] == SHORTFALL_ID.format("berlaku")


def test_an_undecided_flag_is_shown_as_itself_and_asks_what_its_own_rule_needs():
    result = paracheck.assess(
        paracheck.load_proposal_text(
            SMALL.replace("energy: {reserve_margin_pct: -2, rolling_blackouts: false}", "")
        ),
        pack=MINI,
    )
    nrg = check(result, "NRG-002")
    assert nrg.status == "unknown"
    assert shown(result, "NRG-002")[0] == (
        "flags.energy_shortfall",
        None,
        None,
        SHORTFALL_EN.format("not known"),
    )
    assert shown(result, "NRG-002", "id")[0][3] == SHORTFALL_ID.format("belum diketahui")
    assert nrg.missing == [
        "energy.reserve_margin_pct",
        "energy.rolling_blackouts",
    ]


def test_sector_and_programme_rules_ask_each_items_own_field(small):
    assert check(small, "IMP-001").missing == ["sectors[1].lead_agency"]
    imp2 = check(small, "IMP-002")
    assert imp2.status == "risk" and imp2.items == ["sectors[1]"]
    assert shown(small, "IMP-002") == [("sectors[1].programs", {"count": 0}, 18, None)]
    assert check(small, "IMP-004").missing == ["sectors[0].programs[1].status"]
    assert check(small, "BUD-006").missing == [
        "sectors[0].programs[0].budget_idr",
        "sectors[0].programs[1].budget_idr",
        "sectors[0].programs[1].status",
    ]
    assert check(small, "REG-042").missing == [
        "sectors[0].central_asset",
        "sectors[1].central_asset",
    ]


def test_a_date_is_shown_as_iso_text_and_a_count_of_a_sectors_programmes_as_its_own(small):
    # IMP-006 (a year after signing, half the sectors idle): tourism has no programme under way
    assert shown(small, "IMP-006") == [
        ("context.as_of", "2023-06-01", 3, None),
        (
            "sectors",
            {"matching": 1, "of": 2},
            12,
            "counted: there is no programme where programme status is ongoing or done",
        ),
        ("sectors[1].name", "tourism", 17, None),
        (
            "sectors[1].programs",
            {"matching": 0, "of": 0},
            18,
            "counted: programme status is ongoing or done",
        ),
    ]
    assert check(small, "IMP-006").missing == ["procedure.signing.date"]


def test_programme_rules_ask_for_the_programmes_a_sector_did_not_list():
    result = assessed(UNLISTED)
    assert check(result, "IMP-004").missing == [
        "sectors[0].programs[1].status",
        "sectors[1].programs",
    ]
    assert check(result, "BUD-005").missing == ["sectors[1].programs"]
    # a step not listed points at the procedure list (line 19, its first entry, as a list's
    # line is its first item's everywhere: "sectors" is line 12)
    # the signing not recorded either is why this is REG-010's finding and not REG-020's
    # (signed while the approval was in process), and is shown as such
    assert shown(result, "REG-010") == [
        ("stage", "active", 4, None),
        ("procedure.dprd_approval.status", "missing", 19, None),
        ("procedure.signing.status", "missing", 19, None),
    ]


def test_without_sectors_every_rule_that_reads_them_asks_for_the_sectors():
    result = assessed(NO_SECTORS)
    for rule_id in ("IMP-001", "IMP-002", "IMP-004", "NRG-002"):
        assert check(result, rule_id).missing == ["sectors"], rule_id
        assert check(result, rule_id).evidence == []
    assert check(result, "HR-005").missing == ["human_resources.dedicated_staff", "sectors"]
    assert check(result, "NRG-003").missing == ["energy.affected_areas", "sectors"]
    assert check(result, "TOC-001").missing == [
        "sectors",
        "security.coordinating_agencies",
        "security.iuu_fishing",
    ]


def test_each_question_names_the_checks_that_wait_for_it_in_order(small):
    questions = {q.path: q for q in small.questions}
    status = questions["sectors[0].programs[1].status"]
    assert status.checks == ["BUD-005", "BUD-006", "IMP-003", "IMP-004", "IMP-005"]
    assert (
        status.text.en
        == "What is this programme's status (planned, ongoing, done, stalled, cancelled)?"
    )
    lead = questions["sectors[1].lead_agency"]
    assert lead.checks == ["IMP-001"]
    assert lead.text.en == "Which regional agency is responsible for following up this field?"
    assert questions["procedure.signing.date"].checks == [
        "GOV-006",
        "GOV-021",
        "IMP-006",
        "IMP-010",
    ]
    assert questions["procedure.signing.date"].text.en == (
        "On what date was the “signing of the MoU” step completed (YYYY-MM-DD)?"
    )
    assert list(questions) == sorted(questions)
    asked = {path for c in small.checks if c.status == "unknown" for path in c.missing}
    assert set(questions) == asked


def test_a_count_shows_its_first_twenty_members_and_says_so():
    sectors = "".join(f"  - name: fisheries\n    lead_agency: Dinas {i}\n" for i in range(22))
    text = SMALL.split("sectors:\n")[0] + "security: {iuu_fishing: high}\nsectors:\n" + sectors
    result = assessed(text)
    toc = check(result, "TOC-001")
    first = next(e for e in toc.evidence if e.path == "sectors")
    assert first.value == {"matching": 22, "of": 22}
    assert (first.note.id, first.note.en) == (
        "kriterianya: bidang sektor perikanan; 20 yang pertama ditampilkan",
        "counted: field of the sector is fisheries; the first 20 are shown",
    )
    named = [e.path for e in toc.evidence if e.path.endswith(".name")]
    assert named == [f"sectors[{i}].name" for i in range(20)]


def test_exactly_twenty_members_are_all_shown_without_saying_only_the_first_are():
    sectors = "".join(f"  - name: fisheries\n    lead_agency: Dinas {i}\n" for i in range(20))
    text = SMALL.split("sectors:\n")[0] + "security: {iuu_fishing: high}\nsectors:\n" + sectors
    toc = check(assessed(text), "TOC-001")
    first = next(e for e in toc.evidence if e.path == "sectors")
    assert first.value == {"matching": 20, "of": 20}
    assert first.note is not None and "20" not in first.note.en  # no "first 20 are shown"
    assert len([e for e in toc.evidence if e.path.endswith(".name")]) == 20


def test_without_file_positions_a_computed_tier_still_shows_the_level_written():
    import yaml

    from paracheck.facts.loader import parse_proposal_data

    result = paracheck.assess(parse_proposal_data(yaml.safe_load(SMALL)))
    assert [(path, value, line) for path, value, line, _ in shown(result, "REG-002")] == [
        ("local.level", "province", None),
        ("partner.level", "city", None),
        ("form", "sister_province", None),
    ]


def test_a_yes_no_computed_value_is_noted_in_the_readers_language():
    blocked = paracheck.load_proposal(str(ROOT / "examples/blocked-taiwan-2022.yaml"))
    (entry,) = check(paracheck.assess(blocked), "REG-001").evidence
    assert (entry.path, entry.value, entry.line) == ("partner.country", "TW", 17)
    assert entry.note.id.startswith("hubungan diplomatik dengan Indonesia: tidak (")
    assert entry.note.en.startswith("diplomatic relations with Indonesia: no (")


def _flag_pack(tmp_path):
    """A pack whose flag is derived per sector (the shipped flag is derived per proposal)."""
    import yaml

    def rule(rule_id: str, when: dict, **extra) -> dict:
        return {
            "id": rule_id,
            "domain": "implementation",
            "severity": "high",
            "likelihood": 1,
            "impact": 1,
            "title": {"id": f"judul {rule_id}", "en": f"title {rule_id}"},
            "why": {"id": "w", "en": "w"},
            "when": when,
            "recommend": [
                {"stage": "planning", "owner": "Bappeda", "text": {"id": "t", "en": "t"}}
            ],
            "sources": [{"kind": "thesis", "ref": "IV"}],
            "examples": {"fires": [{}], "clears": [{}]},
            **extra,
        }

    pack = {
        "schema": "paracheck/pack/v1",
        "name": "sector-flag",
        "version": "0",
        "regime": "r",
        "description": {"id": "d", "en": "d"},
        "procedure": [{"step": "initiative"}],
        "rules": [
            rule(
                "IMP-001",
                {"path": "sector.name", "eq": "tourism"},
                for_each="sectors",
                derive="tourism",
            ),
            rule("IMP-002", {"flag": "tourism"}),
            rule(
                "IMP-003",
                {"path": "sector.lead_agency", "exists": False},
                for_each="sectors",
                derive="no_agency",
            ),
            rule("IMP-004", {"flag": "no_agency"}),
        ],
    }
    path = tmp_path / "sector-flag.yaml"
    path.write_text(yaml.safe_dump(pack), encoding="utf-8")
    return paracheck.load_pack(str(path))


def test_a_flag_derived_per_sector_shows_the_sectors_that_set_it_and_asks_for_sectors(tmp_path):
    pack = _flag_pack(tmp_path)
    culture = SMALL.replace("name: tourism", "name: culture")
    every = paracheck.assess(paracheck.load_proposal_text(culture), pack=pack)
    assert check(every, "IMP-002").status == "clear"  # every sector given, none is tourism
    one = paracheck.assess(paracheck.load_proposal_text(SMALL), pack=pack)
    assert check(one, "IMP-002").status == "risk"
    # only the sector that set the flag is shown, not the fisheries sector
    basis = "basis of IMP-001 (title IMP-001): holds"
    assert shown(one, "IMP-002") == [("sectors[1].name", "tourism", 17, basis)]
    # a flag set by a fact nobody wrote (tourism has no agency) is shown as itself
    assert shown(one, "IMP-004") == [
        ("flags.no_agency", True, None, "basis of IMP-003 (title IMP-003): holds")
    ]
    none = paracheck.assess(paracheck.load_proposal_text(NO_SECTORS), pack=pack)
    assert (check(none, "IMP-002").status, check(none, "IMP-002").missing) == (
        "unknown",
        ["sectors"],
    )


def _two_programmes(second: dict) -> paracheck.Proposal:
    return paracheck.Proposal.model_validate(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Dua program",
            "date": "2014-03-10",
            "stage": "proposal",
            "sectors": [
                {
                    "name": "tourism",
                    "programs": [
                        {"name": "Pelatihan homestay", "status": "planned", "budget_idr": 0}
                    ],
                },
                {"name": "agriculture", "programs": [second]},
            ],
        }
    )


def test_a_rule_found_on_one_item_asks_for_the_fact_that_decides_another():
    """Held-out proposal 17: BUD-006 fired on a programme with a budget of 0, and a second
    planned programme whose budget was not given got no question: absent is not false, so
    the item is asked for, not passed in silence."""
    result = paracheck.assess(_two_programmes({"name": "Magang petani", "status": "planned"}))
    check = next(c for c in result.checks if c.rule_id == "BUD-006")
    assert check.status == "risk"
    assert check.items == ["sectors[0].programs[0]"]
    assert check.missing == ["sectors[1].programs[0].budget_idr"]
    (question,) = [q for q in result.questions if q.path == "sectors[1].programs[0].budget_idr"]
    # BUD-007 too: the programmes' total is open while this budget is (trial 24 M3)
    assert question.checks == ["BUD-006", "BUD-007"]
    memo = paracheck.render(result, "text", "id", width=10_000)
    assert "Data yang belum ada: Anggaran program (sektor ke-2, program ke-1)" in memo
    assert "(untuk program “Magang petani”) — Terkait: BUD-006, BUD-007" in memo


def test_a_rule_found_on_every_item_it_reads_asks_nothing_more():
    result = paracheck.assess(
        _two_programmes({"name": "Magang petani", "status": "planned", "budget_idr": 5_000_000})
    )
    check = next(c for c in result.checks if c.rule_id == "BUD-006")
    assert check.status == "risk" and check.missing == []
    assert not [q for q in result.questions if "BUD-006" in q.checks]
