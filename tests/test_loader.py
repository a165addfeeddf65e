"""Loading proposals: valid files load with positions, every mistake is reported with its place."""

from __future__ import annotations

import datetime as dt
import hashlib
import textwrap

import pytest

from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal, load_proposal_bytes, parse_proposal_data
from paracheck.facts.model import Proposal

VALID = textwrap.dedent(
    """\
    schema: paracheck/proposal/v1
    title: Sister Province NTB – Zhejiang (浙江)
    date: 2015-06-10
    stage: proposal
    form: sister_province
    local: {name: Provinsi Nusa Tenggara Barat – Lombok & Sumbawa, level: province}
    partner:
      name: Zhejiang Province (浙江省)
      country: CN
      level: province
    basis:
      similar_characteristics: [fisheries, agriculture]
    sectors:
      - name: infrastructure
        lead_agency: null
      - name: agriculture
        lead_agency: Dinas Pertanian
        programs:
          - name: Seed exchange
            kpis: [dua kunjungan – two visits a year, 10 trainees]
      - name: fisheries
        lead_agency: DKP
    budget:
      apbd_allocation_idr: 250_000_000
      realization_rate: 0.6
    human_resources:
      language_staff: {en: 1, zh: 0}
    """
)


def problems_of(text: str, source: str = "p.yaml") -> list[str]:
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode("utf-8"), source)
    return [str(p) for p in caught.value.problems]


def test_a_valid_file_loads_into_a_proposal(tmp_path):
    path = tmp_path / "ntb.yaml"
    path.write_text(VALID, encoding="utf-8")
    proposal = load_proposal(path)
    assert isinstance(proposal, Proposal)
    assert proposal.partner.country == "CN"
    assert proposal.date == dt.date(2015, 6, 10)
    assert proposal.budget.apbd_allocation_idr == 250_000_000
    assert proposal.origin.source == str(path)
    assert proposal.origin.sha256 == hashlib.sha256(VALID.encode("utf-8")).hexdigest()


def test_positions_point_at_each_value():
    positions = load_proposal_bytes(VALID.encode(), "p.yaml").origin.positions
    assert positions["title"] == (2, 8)
    assert positions["budget"] == (24, 3)
    assert positions["budget.apbd_allocation_idr"] == (24, 24)
    assert positions["sectors[2]"] == (21, 5)
    assert positions["sectors[2].lead_agency"] == (22, 18)
    assert positions["sectors[1].programs[0].kpis[1]"] == (20, 51)  # after "–": characters
    assert positions["local.level"] == (6, 71)
    assert positions["human_resources.language_staff.zh"] == (27, 31)
    assert positions["basis.similar_characteristics[0]"] == (12, 29)


def test_source_overrides_the_name_in_problems(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("schema: paracheck/proposal/v1\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_proposal(path, source="upload.yaml")
    assert str(caught.value.problems[0]).startswith("upload.yaml:1:1: title:")


def test_json_is_accepted_as_yaml():
    proposal = load_proposal_bytes(
        b'{"schema": "paracheck/proposal/v1", "title": "T", "date": "2015-06-10",'
        b' "partner": {"country": "JP"}}',
        "p.json",
    )
    assert proposal.partner.country == "JP"
    assert proposal.origin.positions["partner.country"] == (1, 96)


@pytest.mark.parametrize(
    ("text", "where", "english", "indonesian"),
    [
        (
            b'{"schema": "paracheck/proposal/v1",\n "title": "T"\n "date": "2015-06-10"}',
            (3, 2),
            "expected ',' before the next item",
            "diharapkan ',' sebelum butir berikutnya",
        ),
        (b'{"title": "T", "date": [1, 2}', (1, 29), "expected ','", "diharapkan ','"),
        (b'{"title": "T"} }', (1, 16), "more text after the end", "masih ada teks setelah"),
    ],
)
def test_a_broken_json_file_is_said_to_be_invalid_json_where_json_says(
    text: bytes, where: tuple[int, int], english: str, indonesian: str
) -> None:
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text, "p.json")
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == where
    assert problem.describe("en").startswith(f"p.json:{where[0]}:{where[1]}: Invalid JSON: ")
    assert english in problem.describe("en")
    assert problem.describe("id").startswith(
        f"p.json:{where[0]}:{where[1]}: Penulisan JSON keliru: "
    )
    assert indonesian in problem.describe("id")
    assert "YAML" not in problem.describe("en") + problem.describe("id")


def test_json_is_judged_by_the_syntax_given_not_only_by_the_name():
    text = b"{not json"
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text, "body", syntax="json")
    assert caught.value.problems[0].message.startswith("invalid JSON: ")
    with pytest.raises(InputError) as caught:  # given as YAML: a YAML problem
        load_proposal_bytes(text, "body")
    assert caught.value.problems[0].message.startswith("invalid YAML: ")


def test_misspelt_key_suggests_the_right_one_at_the_keys_position():
    text = VALID.replace("budget:", "budjet:")
    assert problems_of(text) == [
        "p.yaml:23:1: budjet: unknown key 'budjet' in the top level of the file; "
        "did you mean 'budget'?"
    ]


def test_misspelt_key_after_non_ascii_text_on_its_line_is_placed_by_characters():
    text = VALID.replace("Sumbawa, level: province}", "Sumbawa, levle: province}")
    assert problems_of(text) == [
        "p.yaml:6:64: local.levle: unknown key 'levle' in the proposing regional government; "
        "did you mean 'level' (level of the proposing regional government)?"
    ]


def test_unknown_key_without_a_close_match_lists_the_allowed_keys():
    text = VALID.replace("  realization_rate: 0.6", "  zzz: 1")
    [problem] = problems_of(text)
    assert problem.startswith(
        "p.yaml:25:3: budget.zzz: unknown key 'zzz' in budget; allowed keys: "
    )
    assert "'apbd_allocation_idr'" in problem


def test_duplicate_key_points_at_the_duplicate_and_names_the_first():
    text = VALID + "title: Again\n"
    assert problems_of(text) == [
        "p.yaml:28:1: title: duplicate key 'title' (first given on line 2)"
    ]


def test_every_problem_of_a_file_is_reported():
    text = VALID.replace("date: 2015-06-10", "date: kemarin").replace("country: CN", "country: XX")
    text = text.replace("stage: proposal", "stage: proposed")
    text = text.replace("level: province}", "level: provinsi}")  # after "–" on its line
    assert problems_of(text) == [
        "p.yaml:3:7: date: must be a date as YYYY-MM-DD, got 'kemarin'",
        "p.yaml:4:8: stage: must be one of: 'proposal', 'mou_signed', 'active', 'evaluation'; "
        "got 'proposed'; did you mean 'proposal'?",
        "p.yaml:6:71: local.level: must be one of: 'province', 'regency', 'city'; "
        "got 'provinsi'; write 'province' for 'provinsi'",
        "p.yaml:9:12: partner.country: 'XX' is not a country code; write the two-letter code "
        "(ISO 3166-1), e.g. 'CN' for China, 'JP' for Japan, 'AU' for Australia",
    ]


def test_missing_required_field_points_at_its_parent_mapping():
    text = VALID.replace("  - name: fisheries\n", "  - lead_agency: x\n")
    assert problems_of(text)[0] == "p.yaml:21:5: sectors[2].name: is required but missing"


def test_schema_must_be_the_proposal_schema():
    text = VALID.replace("paracheck/proposal/v1", "paracheck/proposal/v9")
    assert problems_of(text) == [
        "p.yaml:1:9: schema: must be 'paracheck/proposal/v1', got 'paracheck/proposal/v9'"
    ]


def test_missing_schema_is_explained():
    [problem] = problems_of(VALID.replace("schema: paracheck/proposal/v1\n", ""))
    assert "schema: is missing; the first line should be 'schema: paracheck/proposal/v1'" in problem


def test_yes_is_not_a_boolean_and_norway_stays_a_country():
    text = VALID.replace("country: CN", "country: NO")
    assert load_proposal_bytes(text.encode(), "p.yaml").partner.country == "NO"
    bad = VALID.replace("  realization_rate: 0.6", "  multi_year: yes")
    # refused, with what to write instead (review 12)
    assert problems_of(bad) == [
        "p.yaml:25:15: budget.multi_year: must be true or false, got 'yes'; write 'true' for 'yes'"
    ]


def test_impossible_calendar_date_is_reported_as_a_date_error():
    [problem] = problems_of(VALID.replace("2015-06-10", "2015-13-45"))
    assert problem == (
        "p.yaml:3:7: date: 2015-13-45 is not a date in the calendar (check the day and month)"
    )


def test_date_and_time_is_not_a_date():
    [problem] = problems_of(VALID.replace("2015-06-10", "2015-06-10 10:00:00"))
    assert "date: must be a date (YYYY-MM-DD), not a date and time" in problem


def test_wrong_type_messages_are_readable():
    text = VALID.replace("apbd_allocation_idr: 250_000_000", "apbd_allocation_idr: banyak")
    assert problems_of(text) == [
        "p.yaml:24:24: budget.apbd_allocation_idr: must be a whole number, got 'banyak'"
    ]


def test_bad_language_key_is_reported():
    text = VALID.replace("{en: 1, zh: 0}", "{en: 1, xx: 2}")
    [problem] = problems_of(text)
    assert problem.startswith(
        "p.yaml:27:19: human_resources.language_staff: 'xx' is not a language code; write "
        "the two-letter code (ISO 639-1)"
    )


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as caught:
        load_proposal(tmp_path / "absent.yaml")
    assert "cannot read the file" in str(caught.value)


def test_parsed_data_is_validated_without_positions():
    proposal = parse_proposal_data(
        {"schema": "paracheck/proposal/v1", "title": "T", "budget": {"apbd_allocation_idr": 0}}
    )
    assert proposal.budget.apbd_allocation_idr == 0
    assert proposal.origin.source == "<memory>"
    assert proposal.origin.positions == {}
    with pytest.raises(InputError) as caught:
        parse_proposal_data({"schema": "paracheck/proposal/v1", "title": "T", "budjet": {}})
    assert "did you mean 'budget'" in str(caught.value)


def test_parsed_data_hash_is_stable():
    data = {"schema": "paracheck/proposal/v1", "title": "T"}
    assert parse_proposal_data(data).origin.sha256 == parse_proposal_data(dict(data)).origin.sha256


# --- positions count characters, not bytes ------------------------------------------------------


def test_a_byte_that_is_not_utf8_is_placed_by_characters_not_bytes():
    # five two-byte "é" before the bad byte: column 13, not the byte offset's 18
    data = "schema: paracheck/proposal/v1\ntitle: ééééé".encode() + b"\xff\n"
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(data, "p.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (2, 13), str(problem)
    assert "not UTF-8 text (byte 0xff)" in problem.message


def test_a_bad_byte_after_multibyte_text_on_earlier_lines_keeps_its_column():
    data = (
        "schema: paracheck/proposal/v1\ntitle: Kerja sama – 浙江省\nstage: ".encode()
        + b"propos\xe9l\n"
    )
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(data, "p.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (3, 14), str(problem)


def test_a_control_character_after_non_ascii_text_is_placed_by_characters():
    data = "schema: paracheck/proposal/v1\ntitle: Pulau Seribu Masjid – ééééé\x00\n".encode()
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(data, "p.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (2, 35), str(problem)
    assert "control character U+0000" in problem.message


def test_a_day_missing_from_the_calendar_is_named_as_such_not_as_a_wrong_format():
    found = problems_of(
        "schema: paracheck/proposal/v1\ntitle: Kerja sama Kota Palu\ndate: 2023-02-30\n"
    )
    assert found == [
        "p.yaml:3:7: date: 2023-02-30 is not a date in the calendar (check the day and month)"
    ]


def test_a_sector_written_in_indonesian_or_misspelt_gets_the_code_to_write():
    found = problems_of(
        "schema: paracheck/proposal/v1\ntitle: Kerja sama Kota Palu\n"
        "sectors:\n  - name: Pariwisata\n  - name: turism\n"
    )
    assert found[0].endswith("got 'Pariwisata'; write 'tourism' for 'Pariwisata'")
    assert found[1].endswith("got 'turism'; did you mean 'tourism'?")


@pytest.mark.parametrize(
    ("written", "indonesian", "english"),
    [
        ("Filipina", "'PH' untuk Filipina", "'PH' for Philippines"),
        ("Philippines", "'PH' untuk Filipina", "'PH' for Philippines"),
        ("Cina", "'CN' untuk Tiongkok (RRT)", "'CN' for China"),  # a close spelling
        ("Republik Rakyat Tiongkok", "'CN' untuk Tiongkok (RRT)", "'CN' for China"),
        (
            "Korea",
            # the partner regions have (tiers.yaml) first: North Korea first, in alphabetical
            # order, was the hint an officer took (wording review)
            "'KR' untuk Korea Selatan, 'KP' untuk Korea Utara",
            "'KR' for South Korea, 'KP' for North Korea",
        ),
    ],
)
def test_a_country_written_by_name_gets_the_code_it_names(written, indonesian, english):
    text = VALID.replace("country: CN", f"country: {written}")
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode("utf-8"), "p.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.path) == (9, 12, "partner.country")
    assert problem.text("id").endswith(
        f"bukan kode negara; tulis kode dua huruf (ISO 3166-1), misalnya {indonesian}"
    )
    assert problem.text("en").endswith(f"e.g. {english}")


@pytest.mark.parametrize(
    ("written", "indonesian"),
    [
        ("Mandarin", "'zh' untuk bahasa Mandarin"),  # not CLDR's "Tionghoa"
        ("Tionghoa", "'zh' untuk bahasa Mandarin"),
        ("Bahasa Inggris", "'en' untuk bahasa Inggris"),
        ("japanese", "'ja' untuk bahasa Jepang"),
    ],
)
def test_a_staff_language_written_by_name_gets_the_code_it_names(written, indonesian):
    text = VALID.replace("{en: 1, zh: 0}", f"{{en: 1, {written}: 2}}")
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode("utf-8"), "p.yaml")
    (problem,) = caught.value.problems
    assert f"tulis kode dua huruf (ISO 639-1), misalnya {indonesian}, atau, " in problem.text("id")
