"""``describe`` (rules/conditions.py) turns a condition into the sentence a person reads in
``clears_when``: one exact sentence per operator and per shape, in Indonesian and in English,
built from field labels and value labels. Written to kill the mutants of the words part that
survived the mutation runs (docs/mutation.md); every expected sentence here was read as a
sentence a cooperation officer would accept, not copied blindly from the output.

Deliberately not pinned (they would freeze defects reported in docs/mutation.md): Indonesian
sentences with a fractional ``times``/``plus``/count (``0.5`` is written with a point, not the
Indonesian decimal comma), a date compared with another date ``plus`` N (the unit, days, is not
said), and the English count of named sectors above one (``fisheries sector`` stays singular).
"""

from __future__ import annotations

import pytest

from paracheck.rules.conditions import describe, parse

APBD = "budget.apbd_allocation_idr"
#: budget.multi_year's label (practitioner trial 32 M3: not "anggaran tahun jamak")
MULTI_ID = "pendanaan lintas tahun sudah direncanakan (Renstra/RPJMD)"
MULTI_EN = "funding planned across years (Renstra/RPJMD)"
LEAD = "sector.lead_agency"
STAFF = "human_resources.dedicated_staff"
TRAINED = "human_resources.trained_staff"
SOURCES = "budget.other_sources"
RELATIONS = "partner.diplomatic_relations"
DAY = "2015-06-10"
ONGOING = {"path": "program.status", "eq": "ongoing"}
TRAINED_ID = "jumlah staf terlatih kerja sama luar negeri"
STAFF_ID = "jumlah staf khusus kerja sama"
TRAINED_EN = "staff trained in foreign cooperation"
STAFF_EN = "staff dedicated to the cooperation"
LEAD_ID = "Perangkat Daerah pengampu sektor"
LEAD_EN = "regional agency responsible for the sector"
REL_ID = "hubungan diplomatik dengan negara atau wilayah tempat mitra berada"
REL_EN = "diplomatic relations with the country or territory the partner is in"

# (scope, condition, Indonesian sentence, English sentence)
COMPARISONS = [
    (
        "proposal",
        {"path": APBD, "gt": 0},
        "alokasi APBD lebih dari Rp0",
        "APBD allocation is above IDR 0",
    ),
    (
        "proposal",
        {"path": APBD, "ge": 600000000},
        "alokasi APBD paling sedikit Rp600.000.000",
        "APBD allocation is at least IDR 600,000,000",
    ),
    ("proposal", {"path": STAFF, "lt": 2}, f"{STAFF_ID} kurang dari 2", f"{STAFF_EN} is below 2"),
    (
        "proposal",
        {"path": STAFF, "le": 2.5},
        f"{STAFF_ID} paling banyak 2,5",
        f"{STAFF_EN} is at most 2.5",
    ),
    ("proposal", {"path": STAFF, "eq": 3.0}, f"{STAFF_ID} adalah 3", f"{STAFF_EN} is 3"),
    ("proposal", {"path": STAFF, "ne": 3}, f"{STAFF_ID} bukan 3", f"{STAFF_EN} is not 3"),
    (
        "proposal",
        {"path": "budget.realization_rate", "lt": 0.6},
        "tingkat realisasi anggaran kurang dari 60%",
        "budget realisation rate is below 60%",
    ),
]
DATES = [
    (
        "proposal",
        {"path": "date", "lt": DAY},
        "tanggal usulan atau penilaian sebelum 10 Juni 2015",
        "date of the proposal or assessment is before June 10, 2015",
    ),
    (
        "proposal",
        {"path": "date", "le": DAY},
        "tanggal usulan atau penilaian paling lambat 10 Juni 2015",
        "date of the proposal or assessment is on or before June 10, 2015",
    ),
    (
        "proposal",
        {"path": "date", "gt": DAY},
        "tanggal usulan atau penilaian sesudah 10 Juni 2015",
        "date of the proposal or assessment is after June 10, 2015",
    ),
    (
        "proposal",
        {"path": "date", "ge": DAY},
        "tanggal usulan atau penilaian paling cepat 10 Juni 2015",
        "date of the proposal or assessment is on or after June 10, 2015",
    ),
    (
        "proposal",
        {"path": "date", "eq": DAY},
        "tanggal usulan atau penilaian jatuh pada 10 Juni 2015",
        "date of the proposal or assessment is June 10, 2015",
    ),
    (
        "proposal",
        {"path": "date", "ne": DAY},
        "tanggal usulan atau penilaian tidak jatuh pada 10 Juni 2015",
        "date of the proposal or assessment is not June 10, 2015",
    ),
    (
        "program",
        {"path": "program.last_activity", "lt": "2020-01-01"},
        "tanggal kegiatan terakhir program sebelum 1 Januari 2020",
        "date of the programme's last activity is before January 1, 2020",
    ),
]
RECORDED = [  # null is a value only where it states something: no agency named
    (  # stated, not missing: GOV-021 said "tidak tercatat" for both (review 12)
        "sector",
        {"path": LEAD, "eq": None},
        "Perangkat Daerah pengampu sektor dinyatakan belum ada",
        "regional agency responsible for the sector is stated as none",
    ),
    (
        "sector",
        {"path": LEAD, "ne": None},
        "Perangkat Daerah pengampu sektor tercatat",
        "regional agency responsible for the sector is recorded",
    ),
    (
        "proposal",
        {"path": APBD, "exists": True},
        "alokasi APBD tercatat",
        "APBD allocation is recorded",
    ),
    (
        "proposal",
        {"path": APBD, "exists": False},
        "alokasi APBD tidak tercatat",
        "APBD allocation is not recorded",
    ),
]
YES_NO = [
    ("proposal", {"path": RELATIONS, "eq": True}, f"{REL_ID}: ya", f"{REL_EN}: yes"),
    ("proposal", {"path": RELATIONS, "eq": False}, f"{REL_ID}: tidak", f"{REL_EN}: no"),
    ("proposal", {"path": RELATIONS, "ne": True}, f"{REL_ID}: tidak", f"{REL_EN}: no"),
    ("proposal", {"path": RELATIONS, "ne": False}, f"{REL_ID}: ya", f"{REL_EN}: yes"),
]
CODES = [
    (
        "proposal",
        {"path": "stage", "eq": "mou_signed"},
        "tahap kerja sama MoU ditandatangani",
        "stage of the cooperation is MoU signed",
    ),
    (
        "proposal",
        {"path": "stage", "in": ["proposal", "mou_signed"]},
        "tahap kerja sama usulan atau MoU ditandatangani",
        "stage of the cooperation is proposal or MoU signed",
    ),
    (
        "proposal",
        {"path": "stage", "not_in": ["proposal", "mou_signed", "active"]},
        # the one code let in, not three left out
        "tahap kerja sama evaluasi",
        "stage of the cooperation is evaluation",
    ),
    (
        "sector",
        {"path": "sector.name", "in": ["fisheries", "tourism", "education"]},
        "bidang sektor perikanan, pariwisata, atau pendidikan",
        "field of the sector is fisheries, tourism or education",
    ),
]
LISTS = [
    (
        "proposal",
        {"path": SOURCES, "contains": "apbn"},
        "sumber dana lain mencakup APBN",
        "other sources of funds include APBN (state budget)",
    ),
    (
        "proposal",
        {"path": SOURCES, "not_contains": "apbn"},
        "sumber dana lain tidak mencakup APBN",
        "other sources of funds do not include APBN (state budget)",
    ),
    (
        "proposal",
        {"path": SOURCES, "contains_any": ["apbn", "private"]},
        "sumber dana lain mencakup APBN atau swasta",
        "other sources of funds include APBN (state budget) or private sector",
    ),
    (
        "proposal",
        {"path": SOURCES, "contains_any": ["apbn"]},
        "sumber dana lain mencakup APBN",
        "other sources of funds include APBN (state budget)",
    ),
    (  # one of them negated: no grouping, each said in full
        "proposal",
        {
            "any": [
                {"path": SOURCES, "contains": "apbn"},
                {"path": SOURCES, "not_contains": "private"},
            ]
        },
        "sumber dana lain mencakup APBN atau sumber dana lain tidak mencakup swasta",
        "other sources of funds include APBN (state budget) or "
        "other sources of funds do not include private sector",
    ),
    (  # two different lists: no grouping
        "proposal",
        {
            "any": [
                {"path": SOURCES, "contains": "apbn"},
                {"path": "security.coordinating_agencies", "contains": "BNN"},
            ]
        },
        "sumber dana lain mencakup APBN atau instansi yang diajak berkoordinasi mencakup BNN",
        "other sources of funds include APBN (state budget) or "
        "agencies coordinated with include BNN",
    ),
]
TWO_FIELDS = [
    (
        "proposal",
        {"path": TRAINED, "lt": {"path": STAFF}},
        f"{TRAINED_ID} kurang dari {STAFF_ID}",
        f"{TRAINED_EN} is below {STAFF_EN}",
    ),
    (
        "proposal",
        {"path": TRAINED, "ge": {"path": STAFF, "times": 2}},
        f"{TRAINED_ID} paling sedikit 2 kali {STAFF_ID}",
        f"{TRAINED_EN} is at least 2 times {STAFF_EN}",
    ),
    (
        "proposal",
        {"path": TRAINED, "ge": {"path": STAFF, "plus": 2}},
        f"{TRAINED_ID} paling sedikit {STAFF_ID} ditambah 2",
        f"{TRAINED_EN} is at least {STAFF_EN} plus 2",
    ),
    (
        "proposal",
        {"path": TRAINED, "ge": {"path": STAFF, "plus": -1, "times": 3}},
        f"{TRAINED_ID} paling sedikit 3 kali {STAFF_ID} dikurangi 1",
        f"{TRAINED_EN} is at least 3 times {STAFF_EN} minus 1",
    ),
    (  # factors written 2.0 / 3.0 in the pack read as whole numbers
        "proposal",
        {"path": TRAINED, "ge": {"path": STAFF, "plus": 3.0, "times": 2.0}},
        f"{TRAINED_ID} paling sedikit 2 kali {STAFF_ID} ditambah 3",
        f"{TRAINED_EN} is at least 2 times {STAFF_EN} plus 3",
    ),
    (  # two dates read with the date words
        "proposal",
        {"path": "date", "gt": {"path": "procedure.signing.date"}},
        "tanggal usulan atau penilaian sesudah tanggal penandatanganan MoU",
        "date of the proposal or assessment is after date of the signing of the MoU step",
    ),
]
GROUPS = [
    (
        "proposal",
        {"all": [{"path": APBD, "gt": 0}, {"path": "budget.multi_year", "eq": True}]},
        f"alokasi APBD lebih dari Rp0 dan {MULTI_ID}: ya",
        f"APBD allocation is above IDR 0 and {MULTI_EN}: yes",
    ),
    (
        "proposal",
        {"any": [{"path": APBD, "gt": 0}, {"path": "budget.multi_year", "eq": True}]},
        f"alokasi APBD lebih dari Rp0 atau {MULTI_ID}: ya",
        f"APBD allocation is above IDR 0 or {MULTI_EN}: yes",
    ),
    (  # a group inside a group: no brackets, the parts listed with semicolons
        "proposal",
        {
            "all": [
                {"any": [{"path": APBD, "gt": 0}, {"path": "budget.multi_year", "eq": True}]},
                {"path": "stage", "eq": "active"},
            ]
        },
        f"alokasi APBD lebih dari Rp0 atau {MULTI_ID}: ya; dan tahap kerja sama berjalan",
        f"APBD allocation is above IDR 0 or {MULTI_EN}: yes; "
        "and stage of the cooperation is active",
    ),
    (
        "proposal",
        {
            "any": [
                {"all": [{"path": APBD, "gt": 0}, {"path": "stage", "eq": "active"}]},
                {"path": "budget.multi_year", "eq": True},
            ]
        },
        "salah satu keadaan berikut: (1) alokasi APBD lebih dari Rp0 dan tahap kerja sama "
        f"berjalan; atau (2) {MULTI_ID}: ya",
        "one of the following holds: (1) APBD allocation is above IDR 0 and stage of the "
        f"cooperation is active; or (2) {MULTI_EN}: yes",
    ),
    (  # ... but a list's "includes A or B" is one phrase, not a bracketed group
        "proposal",
        {
            "all": [
                {"path": SOURCES, "contains_any": ["apbn", "private"]},
                {"path": "stage", "eq": "active"},
            ]
        },
        "sumber dana lain mencakup APBN atau swasta dan tahap kerja sama berjalan",
        "other sources of funds include APBN (state budget) or private sector "
        "and stage of the cooperation is active",
    ),
]
NEGATIONS = [
    (
        "proposal",
        {"not": {"path": APBD, "gt": 0}},
        "alokasi APBD paling banyak Rp0",
        "APBD allocation is at most IDR 0",
    ),
    (
        "proposal",
        {"not": {"path": "date", "lt": DAY}},
        "tanggal usulan atau penilaian paling cepat 10 Juni 2015",
        "date of the proposal or assessment is on or after June 10, 2015",
    ),
    (
        "sector",
        {"not": {"path": LEAD, "eq": None}},
        "Perangkat Daerah pengampu sektor tercatat",
        "regional agency responsible for the sector is recorded",
    ),
    ("proposal", {"not": {"path": RELATIONS, "eq": True}}, f"{REL_ID}: tidak", f"{REL_EN}: no"),
    (
        "proposal",
        {"not": {"not": {"path": APBD, "gt": 0}}},
        "alokasi APBD lebih dari Rp0",
        "APBD allocation is above IDR 0",
    ),
    (
        "proposal",
        {"not": {"path": APBD, "exists": True}},
        "alokasi APBD tidak tercatat",
        "APBD allocation is not recorded",
    ),
    (
        "proposal",
        {"not": {"path": "stage", "in": ["proposal", "active"]}},
        "tahap kerja sama MoU ditandatangani atau evaluasi",
        "stage of the cooperation is MoU signed or evaluation",
    ),
    (
        "proposal",
        {"not": {"path": SOURCES, "contains": "apbn"}},
        "sumber dana lain tidak mencakup APBN",
        "other sources of funds do not include APBN (state budget)",
    ),
    (
        "proposal",
        {"not": {"path": TRAINED, "lt": {"path": STAFF}}},
        f"{TRAINED_ID} paling sedikit {STAFF_ID}",
        f"{TRAINED_EN} is at least {STAFF_EN}",
    ),
    (  # the factor and the addend survive the negation
        "proposal",
        {"not": {"path": TRAINED, "lt": {"path": STAFF, "times": 2, "plus": 1}}},
        f"{TRAINED_ID} paling sedikit 2 kali {STAFF_ID} ditambah 1",
        f"{TRAINED_EN} is at least 2 times {STAFF_EN} plus 1",
    ),
    (
        "proposal",
        {"not": {"all": [{"path": APBD, "gt": 0}, {"path": "stage", "eq": "active"}]}},
        "alokasi APBD paling banyak Rp0 atau tahap kerja sama bukan berjalan",
        "APBD allocation is at most IDR 0 or stage of the cooperation is not active",
    ),
    (
        "proposal",
        {"not": {"any": [{"path": APBD, "gt": 0}, {"path": "stage", "eq": "active"}]}},
        "alokasi APBD paling banyak Rp0 dan tahap kerja sama bukan berjalan",
        "APBD allocation is at most IDR 0 and stage of the cooperation is not active",
    ),
    ("proposal", {"not": {"count": "sectors", "ge": 1}}, "tidak ada sektor", "there is no sector"),
    (
        "proposal",
        {"not": {"flag": "energy_shortfall"}},
        "tidak ada kekurangan pasokan listrik",
        "there is no electricity shortfall",
    ),
]
FLAGS = [
    (
        "proposal",
        {"flag": "energy_shortfall"},
        "ada kekurangan pasokan listrik",
        "there is electricity shortfall",
    ),
]
COUNTS = [
    (
        "proposal",
        {"count": "sectors", "ge": 1},
        "ada paling sedikit satu sektor",
        "there is at least one sector",
    ),
    (
        "proposal",
        {"count": "sectors", "gt": 0},
        "ada paling sedikit satu sektor",
        "there is at least one sector",
    ),
    (
        "proposal",
        {"count": "sectors", "ne": 0},
        "ada paling sedikit satu sektor",
        "there is at least one sector",
    ),
    ("proposal", {"count": "sectors", "lt": 1}, "tidak ada sektor", "there is no sector"),
    ("proposal", {"count": "sectors", "eq": 0}, "tidak ada sektor", "there is no sector"),
    ("proposal", {"count": "sectors", "le": 0}, "tidak ada sektor", "there is no sector"),
    (
        "proposal",
        {"count": "sectors", "ge": 3},
        "jumlah sektor paling sedikit 3",
        "the number of sectors is at least 3",
    ),
    (
        "proposal",
        {"count": "sectors", "eq": 1},
        "jumlah sektor adalah 1",
        "the number of sectors is 1",
    ),
    (
        "proposal",
        {"count": "sectors", "le": 1},
        "jumlah sektor paling banyak 1",
        "the number of sectors is at most 1",
    ),
    (
        "proposal",
        {"count": "sectors", "gt": 1},
        "jumlah sektor lebih dari 1",
        "the number of sectors is above 1",
    ),
    (
        "proposal",
        {"count": "sectors", "ne": 1},
        "jumlah sektor bukan 1",
        "the number of sectors is not 1",
    ),
    (
        "proposal",
        {"count": "sectors", "lt": 0},
        "jumlah sektor kurang dari 0",
        "the number of sectors is below 0",
    ),
    (
        "proposal",
        {"count": "sectors", "ge": 0},
        "jumlah sektor paling sedikit 0",
        "the number of sectors is at least 0",
    ),
    (
        "proposal",
        {"count": "sectors", "eq": 1.0},
        "jumlah sektor adalah 1",
        "the number of sectors is 1",
    ),
    (
        "proposal",
        {"count": "programs", "ge": 1, "where": ONGOING},
        "ada paling sedikit satu program dengan status program berjalan",
        "there is at least one programme where programme status is ongoing",
    ),
    (
        "proposal",
        {"count": "programs", "eq": 0, "where": ONGOING},
        "tidak ada program dengan status program berjalan",
        "there is no programme where programme status is ongoing",
    ),
    (
        "proposal",
        {"count": "programs", "gt": 2, "where": ONGOING},
        "jumlah program dengan status program berjalan lebih dari 2",
        "the number of programmes where programme status is ongoing is above 2",
    ),
    (  # a programme's name is not a sector's name: said as a where clause
        "proposal",
        {"count": "programs", "ge": 1, "where": {"path": "program.name", "eq": "Beasiswa"}},
        "ada paling sedikit satu program dengan nama program adalah Beasiswa",
        "there is at least one programme where programme name is Beasiswa",
    ),
    (  # programmes selected by their sector's name are programmes, not sectors
        "proposal",
        {"count": "programs", "ge": 1, "where": {"path": "sector.name", "eq": "fisheries"}},
        "ada paling sedikit satu program dengan bidang sektor perikanan",
        "there is at least one programme where field of the sector is fisheries",
    ),
    (
        "sector",
        {
            "count": "sector.programs",
            "eq": 0,
            "where": {"path": "sector.name", "in": ["fisheries"]},
        },
        "tidak ada program dengan bidang sektor perikanan",
        "there is no programme where field of the sector is fisheries",
    ),
    (
        "sector",
        {"count": "sector.programs", "ge": 1},
        "ada paling sedikit satu program",
        "there is at least one programme",
    ),
    (
        "sector",
        {"count": "sector.programs", "eq": 0, "where": ONGOING},
        "tidak ada program dengan status program berjalan",
        "there is no programme where programme status is ongoing",
    ),
    (
        "sector",
        {"count": "sector.programs", "ge": 3},
        "jumlah program paling sedikit 3",
        "the number of programmes is at least 3",
    ),
]
SECTOR_NAMES = [
    (
        "proposal",
        {"count": "sectors", "ge": 1, "where": {"path": "sector.name", "eq": "fisheries"}},
        "ada paling sedikit satu sektor perikanan",
        "there is at least one fisheries sector",
    ),
    (
        "proposal",
        {
            "count": "sectors",
            "eq": 0,
            "where": {"path": "sector.name", "in": ["fisheries", "tourism"]},
        },
        "tidak ada sektor perikanan atau pariwisata",
        "there is no fisheries or tourism sector",
    ),
    (  # "not one of" is not a name: said as a where clause
        "proposal",
        {
            "count": "sectors",
            "eq": 0,
            "where": {"path": "sector.name", "not_in": ["fisheries", "tourism"]},
        },
        # "bukan A atau B" read as "(bukan A) atau B" (review 12)
        "tidak ada sektor dengan bidang sektor bukan perikanan maupun pariwisata",
        "there is no sector where field of the sector is neither fisheries nor tourism",
    ),
    (
        "proposal",
        {"count": "sectors", "ge": 1, "where": {"path": "sector.name", "ne": "fisheries"}},
        "ada paling sedikit satu sektor dengan bidang sektor bukan perikanan",
        "there is at least one sector where field of the sector is not fisheries",
    ),
    (
        "proposal",
        {"count": "sectors", "ge": 1, "where": {"path": "sector.lead_agency", "in": ["Dinas KP"]}},
        f"ada paling sedikit satu sektor dengan {LEAD_ID} adalah Dinas KP",
        f"there is at least one sector where {LEAD_EN} is Dinas KP",
    ),
    (
        "proposal",
        {"count": "sectors", "ge": 1, "where": {"path": "sector.lead_agency", "eq": "Dinas KP"}},
        f"ada paling sedikit satu sektor dengan {LEAD_ID} adalah Dinas KP",
        f"there is at least one sector where {LEAD_EN} is Dinas KP",
    ),
    (
        "proposal",
        {"count": "sectors", "ge": 1, "where": {"path": "sector.lead_agency", "exists": False}},
        f"ada paling sedikit satu sektor dengan {LEAD_ID} tidak tercatat",
        f"there is at least one sector where {LEAD_EN} is not recorded",
    ),
]
LIST_COUNTS = [
    (
        "proposal",
        {"count": SOURCES, "ge": 1},
        "ada sumber dana lain",
        "other sources of funds: at least one",
    ),
    (
        "proposal",
        {"count": SOURCES, "eq": 0},
        "tidak ada sumber dana lain",
        "other sources of funds: none",
    ),
    (
        "proposal",
        {"count": SOURCES, "ge": 2},
        "jumlah sumber dana lain paling sedikit 2",
        "the number of other sources of funds is at least 2",
    ),
]
SHARES = [
    (
        "proposal",
        {"share": "programs", "lt": 0.5, "where": ONGOING},
        "proporsi program dengan status program berjalan kurang dari 50%",
        "the share of programmes where programme status is ongoing is below 50%",
    ),
    (
        "proposal",
        {"share": "sectors", "ge": 0.25},
        "proporsi sektor paling sedikit 25%",
        "the share of sectors is at least 25%",
    ),
    (
        "sector",
        {"share": "sector.programs", "gt": 0.5},
        "proporsi program lebih dari 50%",
        "the share of programmes is above 50%",
    ),
    (
        "proposal",
        {"share": "sectors", "ge": 1, "where": {"path": "sector.name", "eq": "fisheries"}},
        "proporsi sektor perikanan paling sedikit 100%",
        "the share of fisheries sector is at least 100%",
    ),
]


def _cases(*tables):
    return [pytest.param(*row, id=f"{row[0]}:{row[1]}") for table in tables for row in table]


def _check(scope, raw, indonesian, english):
    cond = parse(raw, scope)
    assert describe(cond, "id") == indonesian
    assert describe(cond, "en") == english


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(COMPARISONS))
def test_each_number_operator_reads_as_its_words_with_the_value_formatted(
    scope, raw, indonesian, english
):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(DATES))
def test_each_date_operator_reads_as_before_after_on_or_by_with_a_written_date(
    scope, raw, indonesian, english
):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(RECORDED))
def test_null_reads_as_stated_none_and_exists_as_recorded_or_not(scope, raw, indonesian, english):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(YES_NO))
def test_a_yes_no_field_reads_as_label_colon_the_answer_that_holds(scope, raw, indonesian, english):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(CODES))
def test_codes_and_memberships_read_as_value_labels_joined_with_or(scope, raw, indonesian, english):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(LISTS))
def test_list_tests_read_as_includes_and_one_list_with_several_items_is_one_phrase(
    scope, raw, indonesian, english
):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(TWO_FIELDS))
def test_two_fields_compared_read_with_times_plus_and_minus(scope, raw, indonesian, english):
    _check(scope, raw, indonesian, english)


def test_fractional_factor_and_addend_are_written_as_they_are_in_english():
    cond = parse({"path": TRAINED, "ge": {"path": STAFF, "plus": -1.5, "times": 0.5}}, "proposal")
    assert describe(cond, "en") == f"{TRAINED_EN} is at least 0.5 times {STAFF_EN} minus 1.5"
    count = parse({"count": "sectors", "ge": 2.5}, "proposal")
    assert describe(count, "en") == "the number of sectors is at least 2.5"


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(GROUPS))
def test_all_and_any_join_as_lists_and_number_nested_alternatives(scope, raw, indonesian, english):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(NEGATIONS))
def test_a_negation_reads_as_the_opposite_statement_not_as_not_of_a_group(
    scope, raw, indonesian, english
):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(FLAGS))
def test_a_flag_reads_as_there_is_its_label(scope, raw, indonesian, english):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(COUNTS, LIST_COUNTS))
def test_counts_read_as_there_is_one_none_or_the_number_of(scope, raw, indonesian, english):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(SECTOR_NAMES))
def test_sectors_counted_by_name_are_named_and_other_selections_say_where(
    scope, raw, indonesian, english
):
    _check(scope, raw, indonesian, english)


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(SHARES))
def test_shares_read_as_a_percentage_of_the_items(scope, raw, indonesian, english):
    _check(scope, raw, indonesian, english)


def test_named_sectors_counted_above_one_read_in_indonesian():
    cond = parse(
        {"count": "sectors", "ge": 2, "where": {"path": "sector.name", "eq": "fisheries"}},
        "proposal",
    )
    assert describe(cond, "id") == "jumlah sektor perikanan paling sedikit 2"


@pytest.mark.parametrize("lang", ["fr", "", "ID"])
def test_a_language_other_than_english_reads_in_indonesian(lang):
    cond = parse(
        {"count": "sectors", "eq": 0, "where": {"path": "sector.name", "eq": "fisheries"}},
        "proposal",
    )
    assert describe(cond, lang) == "tidak ada sektor perikanan"
    assert describe(
        parse({"path": SOURCES, "contains_any": ["apbn", "private"]}, "proposal"), lang
    ) == ("sumber dana lain mencakup APBN atau swasta")


def test_a_share_is_written_in_the_readers_language_whatever_the_machines_locale(monkeypatch):
    import babel.numbers

    monkeypatch.setattr(babel.numbers, "LC_NUMERIC", "fr_FR")  # "50 %" with a narrow space
    cond = parse({"share": "sectors", "lt": 0.5}, "proposal")
    assert describe(cond, "id") == "proporsi sektor kurang dari 50%"
    assert describe(cond, "en") == "the share of sectors is below 50%"


def test_an_object_that_is_not_a_condition_is_refused_naming_it():
    with pytest.raises(TypeError) as refused:
        describe("budget > 0", "en")  # type: ignore[arg-type]
    assert refused.value.args == ("budget > 0",)


OFFICIAL = [  # review 12: "Berisiko bila" lines that read like program logic
    (  # a count of nothing is "tidak ada", not "adalah 0"
        "proposal",
        {"path": "governance.meetings_per_year", "eq": 0},
        "tidak ada pertemuan per tahun",
        "meetings per year is 0",
    ),
    (  # days between two dates carry their unit, and say which date is later
        "proposal",
        {"path": "context.as_of", "gt": {"path": "procedure.signing.date", "plus": 365}},
        "tanggal penilaian lebih dari 365 hari sesudah tanggal penandatanganan MoU",
        "date of the assessment is more than 365 days after date of the signing of the MoU step",
    ),
    (
        "proposal",
        {"path": "context.as_of", "le": {"path": "procedure.signing.date", "plus": -30}},
        "tanggal penilaian paling sedikit 30 hari sebelum tanggal penandatanganan MoU",
        "date of the assessment is at least 30 days before date of the signing of the MoU step",
    ),
    (  # a number of days says its number first
        "program",
        {"path": "program.days_since_activity", "gt": 180},
        "lebih dari 180 hari sejak kegiatan terakhir program",
        "more than 180 days since the programme's last activity",
    ),
    (  # "X tercatat dan X selesai" says the first half twice
        "proposal",
        {
            "all": [
                {"path": "procedure.signing.status", "exists": True},
                {"path": "procedure.signing.status", "eq": "done"},
            ]
        },
        "status langkah penandatanganan MoU selesai",
        "status of the signing of the MoU step is done",
    ),
    (  # three conditions or more: a list, with a comma before "dan" in Indonesian (EYD V)
        "proposal",
        {
            "all": [
                {"path": APBD, "gt": 0},
                {"path": "budget.multi_year", "eq": True},
                {"path": "stage", "eq": "active"},
            ]
        },
        f"alokasi APBD lebih dari Rp0, {MULTI_ID}: ya, dan tahap kerja sama berjalan",
        f"APBD allocation is above IDR 0, {MULTI_EN}: yes and stage of the cooperation is active",
    ),
]


@pytest.mark.parametrize("scope,raw,indonesian,english", _cases(OFFICIAL))
def test_conditions_read_as_an_officer_writes_them(scope, raw, indonesian, english):
    _check(scope, raw, indonesian, english)


def test_an_inner_test_names_only_the_values_its_and_still_lets_through():
    """REG-010 read "status langkah persetujuan DPRD bukan selesai; dan … atau status langkah
    persetujuan DPRD selesai, tidak diperlukan, atau tidak dicantumkan" (newcomer trial 14:
    "bukan selesai … atau … selesai" cannot be read). Beside "bukan selesai" the inner test
    lets through only the other values; the rule itself is evaluated as written."""
    from paracheck.rules.loader import load_pack

    rule = load_pack("pp28-2018").rule("REG-010")
    when = parse(rule.when, rule.scope)
    text = describe(when, "id")
    assert "persetujuan DPRD bukan selesai" in text
    assert "persetujuan DPRD selesai" not in text
    assert "persetujuan DPRD tidak diperlukan atau tidak dicantumkan" in text
    english = describe(when, "en")
    assert "DPRD approval step is done" not in english


def test_an_and_of_two_numbered_lists_letters_its_parts():
    """REG-021 read "Salah satu keadaan berikut: (1) …; atau (2) …; dan salah satu keadaan
    berikut: (1) …" — two lists counted (1), (2) in one sentence, and the reader could not tell
    where the first ended (wording review 14)."""
    cond = parse(
        {
            "all": [
                {
                    "any": [
                        {"all": [{"path": STAFF, "eq": 0}, {"path": TRAINED, "eq": 0}]},
                        {"path": APBD, "eq": 0},
                    ]
                },
                {
                    "any": [
                        {"all": [{"path": STAFF, "gt": 1}, {"path": TRAINED, "gt": 1}]},
                        {"path": APBD, "gt": 0},
                    ]
                },
            ]
        },
        "proposal",
    )
    text = describe(cond, "id")
    assert text.startswith("semua keadaan berikut: (a) salah satu keadaan berikut: (1) ")
    assert "; dan (b) salah satu keadaan berikut: (1) " in text
    assert describe(cond, "en").startswith("all of the following hold: (a) one of the following")


def test_a_count_of_members_holding_none_of_their_items_reads_as_a_clause():
    """Wording review 15: IMP-006 read "proporsi sektor dengan tidak ada program dengan status
    program berjalan atau selesai paling sedikit 50%"."""
    from paracheck.rules import conditions

    raw = {
        "share": "sectors",
        "where": {
            "not": {
                "count": "sector.programs",
                "where": {"path": "program.status", "in": ["ongoing", "done"]},
                "ge": 1,
            }
        },
        "ge": 0.5,
    }
    cond = conditions.parse(raw, "proposal")
    said = conditions.describe(cond, "id")
    assert "proporsi sektor yang tidak mempunyai program dengan status program" in said
    assert "dengan tidak ada" not in said
    assert "sectors that have no programme" in conditions.describe(cond, "en")
