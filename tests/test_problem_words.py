"""Validation problems read in the reader's language, naming fields by their labels (issue 12:
"plain words, everywhere a person reads").

Every message the proposal loader can produce is a key of ``facts/data/problems.yaml`` with an
Indonesian and an English sentence. A list of bad inputs, one per kind of message, is walked
through ``paracheck validate --lang id``: no line may hold an English word or a raw field path,
and together the inputs must produce every key the loader uses (so a new message cannot arrive
without an Indonesian form and a case here).
"""

from __future__ import annotations

import re
import string
from functools import cache

import pytest
import yaml
from typer.testing import CliRunner

from paracheck.cli import app
from paracheck.errors import InputError, Words
from paracheck.facts.loader import load_proposal, load_proposal_bytes

from .test_indonesian_only import english_words
from .test_loader import VALID

runner = CliRunner()
HEAD = "schema: paracheck/proposal/v1\ntitle: x\n"
WAIVER = "accepted_risks:\n  - {rule: %s, reason: x, accepted_by: y, until: 2016-01-01}\n"

# name → the text of a bad proposal file
BAD: dict[str, str | bytes] = {
    # what paracheck wrote, or a rule pack, given as a proposal (atk22)
    "json:an assessment report": '{"schema": "paracheck/assessment/v2", '
    '"proposal": {"source": "usulan.yaml"}}',
    "json:a comparison": '{"schema": "paracheck/diff/v2", "old": {"source": "lama.yaml"}, '
    '"new": {"source": "baru.yaml"}}',
    "json:a batch report": '{"schema": "paracheck/batch/v1", "results": []}',
    "a rule pack": "schema: paracheck/pack/v1\nname: paket\n",
    "misspelt key": VALID.replace("budget:", "budjet:"),
    # a procedure step written as the stage (practitioner trial 31 U4)
    "a step as the stage": VALID.replace("stage: proposal", "stage: loi"),
    "unknown key, nothing close": VALID.replace("  realization_rate: 0.6", "  zzz: 1"),
    "misspelt key in a programme": VALID.replace(
        "      - name: Seed exchange", "      - name: Seed exchange\n        statuz: planned"
    ),
    "duplicate key": VALID.replace("stage: proposal\n", "stage: proposal\ntitle: x\n"),
    "date in words": VALID.replace("date: 2015-06-10", "date: kemarin"),
    "date not in the calendar": VALID.replace("date: 2015-06-10", "date: 2015-02-30"),
    "date written day first, not in the calendar": VALID.replace(
        "date: 2015-06-10", "date: 31/02/2015"
    ),
    # day and month both 12 or under: either way round (web 462 M4)
    "date written with day and month either way": VALID.replace(
        "date: 2015-06-10", "date: 01/09/2015"
    ),
    # a separator or an override that would break or reorder a report (attack 462 H2, L1)
    "a paragraph separator in the title": 'schema: paracheck/proposal/v1\ntitle: "a\\u2029b"\n',
    "an override in the title": 'schema: paracheck/proposal/v1\ntitle: "a\\u202eb"\n',
    # one language written as two keys (attack 470 H4: the later count won)
    "one language as two keys": (
        "schema: paracheck/proposal/v1\ntitle: x\n"
        "human_resources:\n  language_staff: {ko: 0, KO: 4}\n"
    ),
    # "belum ada" written where the answer is null or an empty list (attack 470 H3)
    "none yet written as the complementarity": (
        "schema: paracheck/proposal/v1\ntitle: x\nbasis: {complementarity: belum ada}\n"
    ),
    "none yet written as a similar problem": (
        "schema: paracheck/proposal/v1\ntitle: x\nbasis: {similar_problems: [tidak ada]}\n"
    ),
    # a text of marks or invisible characters only, and a waiver's acceptor written as none
    # (attack 480 H3: a risk accepted "by" U+2060 "because" U+200B)
    "a title of marks only": "schema: paracheck/proposal/v1\ntitle: '---'\n",
    "a lead agency of marks only": (
        "schema: paracheck/proposal/v1\ntitle: x\nsectors:\n  - {name: trade, lead_agency: '...'}\n"
    ),
    "a waiver accepted by nobody": (
        "schema: paracheck/proposal/v1\ntitle: x\n"
        "accepted_risks:\n  - {rule: HR-001, reason: staf sedang direkrut, accepted_by: belum ada,"
        " until: 2030-01-01}\n"
    ),
    # sums the checks weigh beyond the largest amount compared exactly (attack 480 H4)
    "programme budgets adding up beyond the largest amount": (
        "schema: paracheck/proposal/v1\ntitle: x\nsectors:\n  - name: trade\n    programs:\n"
        "      - {name: a, budget_idr: 9007199254740992}\n      - {name: b, budget_idr: 1}\n"
    ),
    "APBD parts adding up beyond the largest amount": (
        "schema: paracheck/proposal/v1\ntitle: x\nsectors:\n  - name: trade\n    programs:\n"
        "      - {name: a, apbd_idr: 9007199254740992}\n      - {name: b, apbd_idr: 1}\n"
    ),
    "allocation and other money adding up beyond the largest amount": (
        "schema: paracheck/proposal/v1\ntitle: x\nbudget:\n"
        "  apbd_allocation_idr: 9007199254740992\n  other_sources: [apbn]\n  other_sources_idr: 1\n"
    ),
    "date and time": VALID.replace("date: 2015-06-10", "date: 2015-06-10 10:00:00"),
    "date as a number": VALID.replace("date: 2015-06-10", "date: 20150610"),
    "unknown country": VALID.replace("country: CN", "country: XX"),
    "partner in Indonesia": VALID.replace("country: CN", "country: ID"),  # trial 26 M1
    # a place no one lives in read "assumed to have relations" on REG-001 (attack 470 M4)
    "partner in Antarctica": VALID.replace("country: CN", "country: AQ"),
    "code in Indonesian words": VALID.replace("level: province}", "level: provinsi}"),
    "sector in Indonesian": VALID.replace("- name: infrastructure", "- name: pariwisata"),
    "misspelt programme status": VALID.replace(
        "      - name: Seed exchange", "      - name: Seed exchange\n        status: runing"
    ),
    "unknown language": VALID.replace("{en: 1, zh: 0}", "{english: 1}"),
    "three-letter code of a two-letter language": VALID.replace("{en: 1, zh: 0}", "{por: 1}"),
    "negative money": VALID.replace("250_000_000", "-5"),
    "share as a percentage": VALID.replace("realization_rate: 0.6", "realization_rate: 60"),
    "share far above 100%": VALID.replace("realization_rate: 0.6", "realization_rate: 450"),
    "not a number": VALID.replace("realization_rate: 0.6", "realization_rate: .nan"),
    "reserve below -100": HEAD + "energy: {reserve_margin_pct: -200}\n",
    "outage hours above a month": HEAD + "energy: {outage_hours_per_month: 800}\n",
    "number where text belongs": VALID.replace("lead_agency: DKP", "lead_agency: 12"),
    "words where a number belongs": VALID.replace("250_000_000", "dua belas"),
    "words where a rate belongs": VALID.replace("realization_rate: 0.6", "realization_rate: x"),
    "yes for true": VALID.replace("  realization_rate: 0.6", "  multi_year: yes"),
    "ya for true": VALID.replace("  realization_rate: 0.6", "  multi_year: ya"),
    "percentage for a share": VALID.replace("realization_rate: 0.6", "realization_rate: 45%"),
    # "no budget last year" beside a record of it (trial 28, item 12)
    "a realisation beside no budget last year": VALID.replace(
        "  realization_rate: 0.6", "  budgeted_last_year: false\n  realization_rate: 0.6"
    ),
    "none yet written as a rate": VALID.replace(
        "realization_rate: 0.6", "realization_rate: belum ada"
    ),
    "cuts beside no budget last year": VALID.replace(
        "  realization_rate: 0.6", "  budgeted_last_year: false\n  revisions_last_year: 0"
    ),
    # binding conditions beside sources that leave the partner out (REG-055)
    "binding beside sources without the partner": VALID.replace(
        "  realization_rate: 0.6",
        "  other_sources: [apbn]\n  partner_funds_binding: true\n  realization_rate: 0.6",
    ),
    # binding conditions beside funds recorded with none (REG-055)
    "binding beside recorded free of conditions": VALID.replace(
        "  realization_rate: 0.6",
        "  partner_funds_recorded: true\n  partner_funds_binding: true\n  realization_rate: 0.6",
    ),
    # certain money from other sources beside "none" (attack 450 M1)
    "money from other sources beside none named": VALID.replace(
        "  realization_rate: 0.6",
        "  other_sources: []\n  other_sources_idr: 500000000\n  realization_rate: 0.6",
    ),
    # miliar or million (trial 450 L1): both figures offered
    "money abbreviated with M": VALID.replace("250_000_000", "Rp 1,5 M"),
    "thousands dots in money": VALID.replace("250_000_000", "150.000.000"),
    "text where a list belongs": VALID.replace(
        "similar_characteristics: [fisheries, agriculture]", "similar_characteristics: fisheries"
    ),
    "number where a section belongs": HEAD + "budget: 5\n",
    "nothing where text belongs": HEAD.replace("title: x", "title: null"),
    "a mapping where text belongs": HEAD.replace("title: x", "title: {a: 1}"),
    "list where a section belongs": HEAD + "budget: [1]\n",
    "empty name": HEAD + "sectors:\n  - {name: tourism, lead_agency: ''}\n",
    "blank title": HEAD.replace("title: x", "title: ''"),
    "an empty list item where a section belongs": HEAD + "sectors:\n  -\n",
    "nothing in a list of texts": HEAD
    + "sectors:\n  - name: tourism\n    programs:\n      - {name: p, kpis: [null]}\n",
    # who is moved, said of a programme that does not say it moves anybody (fix34b)
    "who is moved beside moving nobody": HEAD
    + "sectors:\n  - name: culture\n    programs:\n"
    + "      - {name: p, moves_people: false, people_moved: artists}\n",
    # several groups moved, written as a list: the one to write (fix35b)
    "several groups moved": HEAD
    + "sectors:\n  - name: education\n    programs:\n"
    + "      - {name: p, moves_people: true, people_moved: [students, workers]}\n",
    # the APBD's part above the programme's whole budget (trial 230, 2)
    "an APBD part above the budget": HEAD
    + "sectors:\n  - name: culture\n    programs:\n"
    + "      - {name: p, budget_idr: 100000000, apbd_idr: 150000000}\n",
    # an addendum written as a step, an agency as its local office or outside the list, a
    # level as the country's own word (trial 250 L7)
    "an addendum as a step": HEAD + "procedure:\n  - {step: adendum, status: done}\n",
    "a country's three-letter code": HEAD + "partner:\n  country: PNG\n",
    "an agency outside the list": HEAD + "security:\n  coordinating_agencies: [Satgas Pamtas]\n",
    # whether a sector touches capture fishing, said of another field (fix35b)
    "capture fishing beside another field": HEAD
    + "sectors:\n  - {name: tourism, capture_fishing: false}\n",
    "too many items": HEAD + "basis:\n  central_affairs: [" + "defence, " * 11 + "]\n",
    "title too long": HEAD.replace("title: x", "title: " + "x" * 600),
    "wrong schema": VALID.replace("paracheck/proposal/v1", "paracheck/proposal/v9"),
    "no schema": VALID.replace("schema: paracheck/proposal/v1\n", ""),
    "waiver without its fields": VALID + "accepted_risks:\n  - rule: BUD-001\n",
    "waiver with a bad rule id": VALID + WAIVER % "bud1",
    # a comma before three digits and a word of scale: two readings (review 491 H3)
    "an amount with a comma before three digits": (
        HEAD + "budget:\n  apbd_allocation_idr: 1,500 juta\n"
    ),
    # the id in small letters: told to write it in capitals (web 490 L3)
    "waiver with a rule id in small letters": VALID + WAIVER % "hr-002",
    "waiver of an unknown rule": VALID + WAIVER % "ZZZ-999",
    "unclosed list": HEAD + "sectors: [tourism, fisheries\nbudget: {}\n",
    "unclosed mapping": HEAD + "budget: {apbd_allocation_idr: 5\nenergy: {}\n",
    "tab indentation": HEAD + "budget:\n\tapbd_allocation_idr: 5\n",
    # a tab after the spaces of an indentation: the parser names the scalar it was reading
    "tab after spaces": HEAD + "budget:\n  multi_year: true\n  \tapbd_allocation_idr: 5\n",
    "colon in a value": HEAD.replace("title: x", "title: a: b"),
    "unclosed quotation": HEAD + 'local: {name: "abc}\n',
    "quotation closed by a later one": HEAD
    + 'local:\n  name: "abc\n  level: city\npartner:\n  kpis: ["a", "b"]\n',
    "list items not lined up": HEAD + "sectors:\n  - name: tourism\n  y: 2\n",
    "keys not lined up": HEAD + "human_resources:\n dedicated_staff: 2\n  trained_staff: 1\n",
    "first key not lined up": HEAD
    + "human_resources:\n dedicated_staff: 2\n  trained_staff: 1\n  response_days: 7\n",
    "dash after a key": HEAD + "sectors: - tourism\n",
    "missing colon": HEAD + "[a]: 1\nb\n",
    "stray bracket": HEAD + "budget: {apbd_allocation_idr: 5}}\n",
    "value missing in a list": HEAD + "budget: {a: [}\n",
    "text after the end": HEAD + "...\n...\nc: d: e\n",
    "bad anchor": HEAD + "stage: &\n",
    "bad escape": HEAD + 'local: {name: "a\\q"}\n',
    "character that starts nothing": HEAD + "stage: @x\n",
    "python tag": HEAD + "stage: !!python/object x\n",
    "merge key": HEAD + "x: &x {multi_year: true}\nbudget:\n  <<: *x\n",
    "undefined alias": HEAD + "stage: *nowhere\n",
    "recursive alias": HEAD + "basis: &b {similar_problems: *b}\n",
    "too many values": HEAD + "basis: {similar_problems: [" + "x," * 110_000 + "]}\n",
    "alias bomb": HEAD
    + "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n"
        for p, n in zip("abcdef", "bcdefg", strict=True)
    ),
    "too deep": "a: " + "[" * 70 + "]" * 70 + "\n",
    "two documents": HEAD + "---\n" + HEAD,
    # one status and one date per step (newcomer trial 24 W1), with the hint for each kind
    "a step listed twice": HEAD
    + "procedure:\n  - {step: signing, status: done}\n  - {step: signing, status: pending}\n",
    "a PKS listed twice": HEAD
    + "procedure:\n"
    + "  - {step: implementing_agreement, status: done}\n" * 2,
    "a report listed twice": HEAD + "procedure:\n" + "  - {step: reporting, status: done}\n" * 2,
    # a programme or a sector written twice, equal in every field (attack 360 M2)
    "a programme written twice": HEAD
    + "sectors:\n  - name: culture\n    programs:\n"
    + "      - {name: Festival, status: planned}\n" * 2,
    "a sector written twice": HEAD
    + "sectors:\n"
    + "  - {name: culture, programs: [{name: Festival}]}\n" * 2,
    "empty file": "",
    "top-level list": "- a\n- b\n",
    "top-level scalar": "just words\n",
    "list as a key": HEAD + "? [a, b]\n: 1\n",
    "unreadable number": HEAD + "budget: {apbd_allocation_idr: !!int x}\n",
    "unreadable true/false": HEAD + "budget: {multi_year: !!bool x}\n",
    "unreadable float": HEAD + "budget: {realization_rate: !!float x}\n",
    "binary": b"schema: x\n\x00\x01",
    "latin-1": b"title: caf\xe9\n",
    # files that are plainly no proposal, named by their first bytes (trial 27 U2)
    "a PDF": b"%PDF-1.7\n%\xd3\xeb\xe9\xe1\n",
    "a Word document": b"PK\x03\x04" + bytes(26) + b"word/document.xml",
    "an Excel workbook": b"PK\x03\x04" + bytes(26) + b"xl/workbook.xml",
    "a PowerPoint file": b"PK\x03\x04" + bytes(26) + b"ppt/presentation.xml",
    "a ZIP archive": b"PK\x03\x04" + bytes(26) + b"usulan.yaml",
    "an old Office file": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64),
    "an image": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "too large": b"title: " + b"x" * (9 * 1024 * 1024),
    # a .json file (read as JSON: said to be invalid JSON, where JSON says)
    "json: missing comma": '{"schema": "paracheck/proposal/v1",\n "title": "x"\n "stage": 1}',
    "json: missing colon": '{"schema": "paracheck/proposal/v1", "title" "x"}',
    "json: key without quotes": "{schema: paracheck/proposal/v1, [}",
    "json: no value": '{"schema": "paracheck/proposal/v1", "title": @}',
    "json: unclosed string": '{"schema": "paracheck/proposal/v1", "title": "x}',
    "json: text after the end": '{"schema": "paracheck/proposal/v1"} }',
    "json: tab in a string": '{"title": "a\tb", "stage" 1}',
    "json: bad escape": '{"title": "a\\q"}',
    "json: half a character": '{"schema": "paracheck/proposal/v1", "title": "x\\ud800"}',
    "json: a key longer than YAML reads": '{"schema": "paracheck/proposal/v1", "'
    + "k" * 1100
    + '": 1}',
}

# keys no bad file can produce, each with why
UNREACHABLE = {
    "procedure.in_list": "a step listed twice in data without lines (the library, the form): "
    "a file names the earlier entry's line; checked in test_step_listed_twice.py",
    "program.in_list": "a programme written twice in data without lines (the library): a file "
    "names the earlier one's line; checked in "
    "test_an_item_written_twice_is_refused_or_counted_once.py",
    "sector.in_list": "as program.in_list, for a sector",
    "key.not_text": "a key that is not text is data given in code (a file's keys are text); "
    "checked in test_the_library_refuses_data_no_file_holds.py",
    "number.too_long": "a whole number of more than 1,200 digits given in code (a file's is "
    "refused by its bound); checked in test_the_library_refuses_data_no_file_holds.py",
    "language.in_list": "as program.in_list, for one language written as two keys; checked in "
    "test_one_language_written_as_two_keys_is_refused.py",
    "reason.denied": "tests run as root here; checked through the library below",
    "reason.other": "an I/O error other than the ones named; checked through the library below",
    "reason.not_folder": "a file on the path (ENOTDIR); checked through the library below",
    "reason.loop": "a symlink loop (ELOOP); checked through the library below",
    "reason.io": "a failing disk (EIO); checked through the library below",
    "reason.directory": "validate walks a folder instead; checked through the library below",
    "reason.fifo": "a named pipe is no text: checked in test_a_named_pipe_is_refused_not_read",
    "reason.socket": "a socket is no text: checked in test_a_socket_or_a_device_is_refused_by_name",
    "reason.device": "a device is no text: checked in test_a_socket_or_a_device_is_refused_by_name",
    "reason.missing": "checked by tests/test_cli_validate.py (a missing file)",
    "reason.stdin_closed": "standard input closed: checked by tests/test_stdin_closed.py",
    "file.unreadable": "as reason.*",
    "text.half_character": "only text given in code (a str, a JSON body's string) holds half "
    "a character; checked in test_half_a_character_given_in_code_is_refused.py",
    "syntax.other": "a YAML error none of the patterns names: only a future PyYAML",
    "json.other": "a JSON error none of the patterns names: only a future Python",
    "yaml.other": "a YAML error without a position: only a future PyYAML",
    "syntax.tag": "libyaml reads every tag the loader then refuses as yaml.tag",
    "syntax.directive": "said only for a duplicate %YAML directive, checked below",
    "value.other": "a pydantic error type the model does not use",
    "number.more_than": "no field has an exclusive bound",
    "number.less_than": "no field has an exclusive bound",
    "what.other": "only the plain scalar tags reach the scalar reader",
}
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
RAW_PATH = re.compile(r"\b[a-z_]+(?:\[\d+\])?\.[a-z_]+\b|\[\d+\]|\b[a-z]+_[a-z_]+\b")
LINE = re.compile(r"^(?P<file>[^:]+):(\d+):(\d+): (?P<said>.+)$")


@cache
def _catalogue() -> dict[str, dict[str, str]]:
    from importlib import resources

    text = resources.files("paracheck.facts").joinpath("data", "problems.yaml").read_text("utf-8")
    return yaml.safe_load(text)["messages"]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_has_both_languages_and_both_name_the_field_alike():
    for key, forms in _catalogue().items():
        assert set(forms) == {"id", "en"}, key
        assert ("field" in _fields(forms["id"])) == ("field" in _fields(forms["en"])), key
        values = {name: "v" for name in _fields(forms["id"]) | _fields(forms["en"])}
        words = Words.of(key, **{k: v for k, v in values.items() if k != "field"})
        assert words.render("id", "f") and words.render("en", "f"), key


def _words_keys(words: Words) -> set[str]:
    keys = {words.key}
    for _, value in words.values:
        if isinstance(value, Words):
            keys |= _words_keys(value)
        elif isinstance(value, list | tuple):
            for item in value:
                if isinstance(item, Words):
                    keys |= _words_keys(item)
    return keys


def _problems(name: str, tmp_path) -> list:
    data = BAD[name]
    path = tmp_path / ("usulan.json" if name.startswith("json:") else "usulan.yaml")
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    result = runner.invoke(app, ["validate", "--lang", "id", str(path)])
    assert result.exit_code == 2, (name, result.stdout)
    try:
        load_proposal(path)
    except InputError as exc:
        problems = exc.problems
    else:  # a waiver of an unknown rule: only the pack check refuses it
        problems = []
    return result.stderr.splitlines(), problems


@pytest.mark.parametrize("name", list(BAD))
def test_indonesian_problem_lines_have_no_english_and_no_raw_path(name, tmp_path):
    lines, _ = _problems(name, tmp_path)
    assert lines, name
    for line in lines:
        match = LINE.match(line)
        assert match, line
        said = QUOTED.sub(" ", match["said"])
        assert said[0].isupper(), line
        assert not english_words(said), (line, english_words(said))
        assert not RAW_PATH.search(said), (line, RAW_PATH.search(said))


def test_the_bad_inputs_produce_every_message_the_loader_has(tmp_path):
    seen: set[str] = set()
    for name in BAD:
        _, problems = _problems(name, tmp_path)
        for problem in problems:
            assert problem.words is not None, str(problem)
            seen |= _words_keys(problem.words)
    seen |= {"waiver.no_rule"}  # the unknown-rule waiver case: refused by the pack check
    missing = set(_catalogue()) - seen - set(UNREACHABLE)
    assert not missing, sorted(missing)


@pytest.mark.parametrize(
    ("written", "indonesian", "english"),
    [
        (
            "  multi_year: ya",
            # an instruction: "'ya' ditulis sebagai 'true'" read as what was written (review 12)
            "harus ya ('true') atau tidak ('false'); tertulis 'ya'; tulis 'true' untuk 'ya'",
            "must be true or false, got 'ya'; write 'true' for 'ya'",
        ),
        (  # the words the README and the template use for a first-ever budget (trial 30 U3)
            "  budgeted_last_year: belum ada",
            "Sudah ada anggaran kerja sama luar negeri tahun lalu: jawabannya harus ya ('true') "
            "atau tidak ('false'); tertulis 'belum ada'; tulis 'false' untuk 'belum ada'",
            "got 'belum ada'; write 'false' for 'belum ada'",
        ),
        (
            "  multi_year: Tidak",
            "tertulis 'Tidak'; tulis 'false' untuk 'Tidak'",
            "got 'Tidak'; write 'false' for 'Tidak'",
        ),
        (  # YAML 1.1's yes/no/on/off are text to a YAML 1.2 reader
            "  multi_year: yes",
            "tertulis 'yes'; tulis 'true' untuk 'yes'",
            "got 'yes'; write 'true' for 'yes'",
        ),
        (
            "  multi_year: off",
            "tertulis 'off'; tulis 'false' untuk 'off'",
            "got 'off'; write 'false' for 'off'",
        ),
        (  # an amount in words of scale
            "  apbd_allocation_idr: Rp 75 juta",
            "tertulis 'Rp 75 juta'; tulis 75000000",
            "got 'Rp 75 juta'; write 75000000",
        ),
        (
            "  apbd_allocation_idr: 1,5 miliar",
            "tertulis '1,5 miliar'; tulis 1500000000",
            "got '1,5 miliar'; write 1500000000",
        ),
        (  # one separator before three digits: a decimal comma or thousands (review 491 H3)
            "  apbd_allocation_idr: 1,500 juta",
            "tertulis '1,500 juta'; tulis 1500000 atau 1500000000, sesuai yang dimaksud",
            "got '1,500 juta'; write 1500000 or 1500000000, whichever is meant",
        ),
        (  # a point before three digits groups thousands, as Indonesian writes them
            "  apbd_allocation_idr: 1.250 miliar",
            "tertulis '1.250 miliar'; tulis 1250000000000",
            "got '1.250 miliar'; write 1250000000000",
        ),
        (  # the abbreviations the form reads (web 490 M5: the file got no figure)
            "  apbd_allocation_idr: 350 jt",
            "tertulis '350 jt'; tulis 350000000",
            "got '350 jt'; write 350000000",
        ),
        (
            "  apbd_allocation_idr: 2.5 million",
            "tertulis '2.5 million'; tulis 2500000",
            "got '2.5 million'; write 2500000",
        ),
        (
            "  realization_rate: 45%",
            "Tingkat realisasi anggaran harus berupa angka; tertulis '45%'; tulis 0.45",
            "Budget realisation rate must be a number, got '45%'; write 0.45",
        ),
        (
            "  realization_rate: 0,45",
            "tertulis '0,45'; tulis 0.45",
            "got '0,45'; write 0.45",
        ),
        (
            "  apbd_allocation_idr: 150.000.000",
            "Alokasi APBD harus berupa bilangan bulat; tertulis '150.000.000'; tulis 150000000",
            "APBD allocation must be a whole number, got '150.000.000'; write 150000000",
        ),
    ],
)
def test_a_value_written_as_people_write_it_gets_what_to_write_instead(
    tmp_path, written, indonesian, english
):
    """'ya' for a yes/no field is told to write true, '45%' for a share between 0 and 1 to
    write 0.45, '150.000.000' for Rupiah to write 150000000 (trial 9): in both languages,
    at the value's file, line and column, exit code 2."""
    key = written.split(":")[0]
    if re.search(rf"^{key}:", VALID, flags=re.M):  # a field the example has: written over
        text = re.sub(rf"^{key}:.*$", written, VALID, count=1, flags=re.M)
    else:
        text = VALID.replace("  realization_rate: 0.6", written)
    path = tmp_path / "usulan.yaml"
    path.write_text(text, encoding="utf-8")
    row = text.splitlines().index(written) + 1
    col = written.index(":") + 3
    for lang, said in (("id", indonesian), ("en", english)):
        result = runner.invoke(app, ["validate", "--lang", lang, str(path)])
        assert result.exit_code == 2, result.stdout
        assert result.stderr.startswith(f"{path}:{row}:{col}: "), result.stderr
        assert said in result.stderr, result.stderr


def test_no_hint_is_made_up_for_a_value_that_names_no_number_or_answer(tmp_path):
    for written in ("  multi_year: mungkin", "  realization_rate: sebagian"):
        path = tmp_path / "usulan.yaml"
        path.write_text(VALID.replace("  realization_rate: 0.6", written), encoding="utf-8")
        result = runner.invoke(app, ["validate", "--lang", "id", str(path)])
        assert result.exit_code == 2
        assert "; tulis" not in result.stderr


@pytest.mark.parametrize(
    ("error", "indonesian"),
    [
        (FileNotFoundError(2, "No such file or directory"), "berkas tidak ada"),
        (PermissionError(13, "Permission denied"), "tidak ada izin untuk membacanya"),
        (IsADirectoryError(21, "Is a directory"), "ini sebuah folder, bukan berkas"),
        (
            OSError(5, "Input/output error"),
            "media penyimpanannya gagal dibaca (kesalahan baca-tulis)",
        ),
        (
            NotADirectoryError(20, "Not a directory"),
            "salah satu bagian jalurnya berupa berkas, bukan folder",
        ),
        (
            OSError(40, "Too many levels of symbolic links"),
            "tautan simbolik (symlink) pada jalurnya saling merujuk tanpa akhir",
        ),
        # any other: the symbolic name, never "kesalahan sistem nomor 22"
        (OSError(22, "Invalid argument"), "sistem operasi menolak membacanya (EINVAL)"),
    ],
)
def test_a_file_that_cannot_be_opened_says_why_in_indonesian(monkeypatch, error, indonesian):
    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(InputError) as caught:
        load_proposal("usulan.yaml")
    [problem] = caught.value.problems
    assert problem.describe("id") == f"usulan.yaml: Berkas tidak dapat dibaca: {indonesian}"
    assert problem.describe("en").startswith(f"usulan.yaml: Cannot read the file: {error.strerror}")


def test_a_duplicate_yaml_directive_is_said_in_indonesian():
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(b"%YAML 1.1\n%YAML 1.1\n---\ntitle: x\n", "u.yaml")
    [problem] = caught.value.problems
    assert (
        problem.describe("id") == "u.yaml:2:1: Penulisan YAML keliru: arahan %YAML ditulis dua kali"
    )


def test_an_unclosed_list_is_placed_where_its_closing_bracket_is_missing(tmp_path):
    """Newcomer finding (issue 12): ``sectors: [a, b`` was reported at the ``:`` of the next
    key (4:7), where nothing is wrong."""
    lines, _ = _problems("unclosed list", tmp_path)
    assert lines == [
        f"{tmp_path / 'usulan.yaml'}:3:29: Penulisan YAML keliru: daftar yang dibuka dengan '[' "
        "di baris 3, kolom 10 tidak ditutup: ']' kurang di sini"
    ]


def test_an_unclosed_list_at_the_end_of_the_file_and_over_several_lines(tmp_path):
    for text, where in (
        (HEAD + "sectors: [tourism, fisheries\n", "3:29"),
        (HEAD + "sectors: [tourism,\n  fisheries   # the last one\n\nbudget: {}\n", "4:12"),
    ):
        with pytest.raises(InputError) as caught:
            load_proposal_bytes(text.encode(), "u.yaml")
        [problem] = caught.value.problems
        assert problem.describe("en").startswith(f"u.yaml:{where}: Invalid YAML: the list"), text


@pytest.mark.parametrize(
    ("text", "where", "opened"),
    [
        # newcomer trial 23 (U5): 4:1, "expected a value here", in a file of 3 lines
        (HEAD + "sectors: [\n", "3:11", "daftar yang dibuka dengan '[' di baris 3, kolom 10"),
        (
            HEAD + "budget: {\n",
            "3:10",
            "pasangan kunci-nilai yang dibuka dengan '{' di baris 3, kolom 9",
        ),
        # cut off after a ',' with a comment and a blank line below: after the ','
        (
            HEAD + "sectors: [tourism,\n  # more\n\n",
            "3:19",
            "daftar yang dibuka dengan '[' di baris 3, kolom 10",
        ),
        # the innermost bracket still open, with no newline at the end
        (HEAD + "budget: {items: [", "3:18", "daftar yang dibuka dengan '[' di baris 3, kolom 17"),
    ],
)
def test_a_file_cut_off_inside_a_bracket_names_the_bracket_on_a_line_it_has(text, where, opened):
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode(), "u.yaml")
    [problem] = caught.value.problems
    assert problem.line is not None and problem.line <= len(text.splitlines())
    closing = "]" if "'['" in opened else "}"
    assert problem.describe("id") == (
        f"u.yaml:{where}: Penulisan YAML keliru: {opened} tidak ditutup: '{closing}' kurang di sini"
    )


def test_a_file_cut_off_inside_a_bracket_exits_2_with_the_bracket_named(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text('schema: paracheck/proposal/v1\ntitle: "A"\nsectors: [\n', encoding="utf-8")
    result = runner.invoke(app, ["assess", str(path)])
    assert result.exit_code == 2
    assert f"{path}:3:11: Penulisan YAML keliru: daftar yang dibuka dengan '['" in result.stderr
    assert "Traceback" not in result.stderr


def test_english_lines_name_fields_by_label_too(tmp_path):
    path = tmp_path / "u.yaml"
    path.write_text(BAD["misspelt programme status"], encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert "Sector 2, programme 1: programme status must be one of:" in result.stderr
    assert "sectors[" not in result.stderr


def test_assess_prints_a_bad_files_problems_in_the_report_language(tmp_path):
    path = tmp_path / "u.yaml"
    path.write_text(BAD["misspelt programme status"], encoding="utf-8")
    result = runner.invoke(app, ["assess", str(path)])
    assert result.exit_code == 2
    assert "Sektor ke-2, program ke-1: status program harus salah satu dari" in result.stderr
    result = runner.invoke(app, ["assess", "--lang", "en", str(path)])
    assert "Sector 2, programme 1: programme status must be one of" in result.stderr


def test_machines_keep_the_raw_path_and_an_english_message(tmp_path):
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(BAD["misspelt programme status"].encode(), "u.yaml")
    [problem] = caught.value.problems
    assert problem.path == "sectors[1].programs[0].status"
    assert problem.message.startswith("must be one of: 'planned', 'ongoing'")
    assert str(problem).startswith("u.yaml:20:17: sectors[1].programs[0].status: must be one of")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_batch_report_shows_a_bad_files_problem_by_label_in_its_language(tmp_path, fmt):
    import shutil

    (tmp_path / "buruk.yaml").write_text(BAD["misspelt programme status"], encoding="utf-8")
    shutil.copy("examples/well-prepared-2023.yaml", tmp_path / "baik.yaml")
    result = runner.invoke(app, ["assess", str(tmp_path), "--summary", "--format", fmt])
    out = " ".join(result.stdout.replace("&#39;", "'").split())
    assert "Sektor ke-2, program ke-1: status program harus salah satu dari" in out
    assert "sectors[" not in out and "sectors\\[" not in out


def test_a_step_named_by_its_label_written_as_a_code_gets_the_code(tmp_path):
    """ "persetujuan_dprd" is the label "persetujuan DPRD" with underscores: the reader is
    told the code to write (review 12)."""
    text = VALID + "procedure:\n  - {step: persetujuan_dprd, status: done}\n"
    if "\nprocedure:" in VALID:
        pytest.skip("the example already lists its procedure")
    path = tmp_path / "usulan.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", "id", str(path)])
    assert result.exit_code == 2
    assert "tertulis 'persetujuan_dprd'; tulis 'dprd_approval' untuk 'persetujuan_dprd'" in (
        result.stderr
    )


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # newcomer trial 24 C1: 4:1 in a file of three lines
        ('schema: paracheck/proposal/v1\ntitle: "Uji rusak\nstage: active\n', "2:8"),
        ("schema: paracheck/proposal/v1\ntitle: 'Uji rusak", "2:8"),
    ],
)
def test_an_unclosed_quote_is_placed_at_the_quote_that_opened_it(text, where):
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode(), "u.yaml")
    [problem] = caught.value.problems
    assert problem.describe("id") == (
        f"u.yaml:{where}: Penulisan YAML keliru: tanda kutip yang dibuka di baris 2 "
        "tidak pernah ditutup"
    )


#: practitioner trial 25 U4: the quote opened on line 3 is closed by the first quote of line
#: 7, and the parser gives up just after it
QUOTE_CLOSED_LATER = (
    "schema: paracheck/proposal/v1\n"
    "local:\n"
    '  name: "Provinsi Papua\n'
    "  level: province\n"
    "partner:\n"
    "  name: State of Queensland\n"
    '  kpis: ["10 penerima", "80% kembali"]\n'
)


def test_a_quote_closed_by_a_later_one_names_where_it_opened():
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(QUOTE_CLOSED_LATER.encode(), "u.yaml")
    [problem] = caught.value.problems
    assert problem.describe("id") == (
        "u.yaml:7:11: Penulisan YAML keliru: tanda kutip yang dibuka di baris 3, kolom 9 "
        "mungkin belum ditutup: nilainya baru berakhir pada tanda kutip di baris 7, kolom 10, "
        "dan teks sesudahnya tidak dapat dibaca"
    )
    assert problem.describe("en") == (
        "u.yaml:7:11: Invalid YAML: the quotation opened on line 3, column 9 may not be "
        "closed: its value only ends at the quote on line 7, column 10, and the text after "
        "it cannot be read"
    )


def test_a_quoted_value_over_two_lines_is_not_taken_for_an_unclosed_quote():
    """A value that spans lines without a key in them was quoted on purpose: the error after
    it is not said to be an unclosed quote (nothing shows it is)."""
    text = 'schema: paracheck/proposal/v1\ntitle: "Kerja sama\n  dua baris" lebih\nstage: active\n'
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode(), "u.yaml")
    [problem] = caught.value.problems
    assert "kutip" not in problem.describe("id")


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        # trial 250 L7: each was refused with the list and no word on what to write
        ("procedure:\n  - {step: addendum, status: done}\n", "sebagai langkah tersendiri"),
        ("security:\n  coordinating_agencies: [Polres Tarakan]\n", "tulis 'Polri'"),
        ("security:\n  coordinating_agencies: [Kantor Imigrasi]\n", "tulis 'Imigrasi'"),
        ("security:\n  coordinating_agencies: [BNNK Tarakan]\n", "tulis 'BNN'"),
        # a listed agency misspelt is told the agency, not 'other'
        ("security:\n  coordinating_agencies: [Polrii]\n", "mungkin maksudnya 'Polri'?"),
        (
            "security:\n  coordinating_agencies: [Satgas Pamtas]\n",
            "untuk instansi yang tidak ada dalam daftar, tulis instansi lain ('other')",
        ),
        ("partner:\n  country: 'NO'\n  level: fylke\n", "tulis 'county' untuk 'fylke'"),
        # trial 270: a code of the list beside it, as an officer mixes them up
        ("procedure:\n  - {step: signing, status: ongoing}\n", "tulis 'in_progress' untuk"),
        (
            "sectors:\n  - name: culture\n    programs:\n      - {name: p, status: in_progress}\n",
            "tulis 'ongoing' untuk 'in_progress'",
        ),
        ("stage: ongoing\n", "tulis 'active' untuk 'ongoing'"),
        ("form: province\n", "tulis 'sister_province' untuk 'province'"),
    ],
)
def test_a_value_an_officer_writes_is_hinted_what_to_write(written, hint, tmp_path):
    path = tmp_path / "usulan.yaml"
    path.write_text("schema: paracheck/proposal/v1\ntitle: x\n" + written, encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", "id", str(path)])
    assert result.exit_code == 2
    assert hint in result.stderr, result.stderr


def test_a_code_of_an_unrelated_list_is_not_hinted_by_a_shared_word() -> None:
    # "sedang" is an exposure's medium and a step's "sedang berjalan", "tinggi" a high
    # exposure and a university's "perguruan tinggi": no hint across such lists (trial 270)
    from paracheck.facts import labels
    from paracheck.facts.loader import _akin_code

    groups = labels.value_groups()
    assert _akin_code("medium", list(groups["step_status"])) is None
    assert _akin_code("university", list(groups["exposure"])) is None
    assert _akin_code("urban_planning", list(groups["partner_level"])) is None
    assert _akin_code("ongoing", list(groups["step_status"])) == "in_progress"


def test_a_socket_or_a_device_is_refused_by_name_and_has_its_row_in_a_batch(tmp_path):
    """Attack 440 L1: a socket given as input was refused as "sistem operasi menolak membacanya
    (ENXIO)", an error code in an Indonesian sentence, and a socket or a device in a folder
    was left out of the batch's summary with no row. Each is said by what it is, and a batch
    has its row; a device is refused without being opened (a terminal waits for typing)."""
    import socket

    sock_path = tmp_path / "s.yaml"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(sock_path))
    device = tmp_path / "d.yaml"
    device.symlink_to("/dev/null")
    good = tmp_path / "baik.yaml"
    good.write_text(VALID, encoding="utf-8")
    try:
        for given, said in ((sock_path, "ini soket (socket)"), (device, "ini perangkat (device)")):
            result = runner.invoke(app, ["validate", "--lang", "id", str(given)])
            assert result.exit_code == 2, result.stderr
            assert f"Berkas tidak dapat dibaca: {said}, bukan berkas" in result.stderr
            assert "ENXIO" not in result.stderr
        batch = runner.invoke(app, ["assess", str(tmp_path), "--format", "json"])
    finally:
        server.close()
    assert batch.exit_code == 2
    assert str(good) in batch.stdout
    assert str(sock_path) in batch.stderr and str(device) in batch.stderr


def test_a_named_pipe_is_refused_not_read(tmp_path):
    """Atk270 #2 and #8: a named pipe (mkfifo) given as input hung every command for ever, a
    batch with it held up the files after it, and one inside a folder was skipped unsaid. It
    is refused with its reason, the other files of a batch assessed; a pipe the shell hands
    over by its descriptor (``<(cat usulan.yaml)``) is still read."""
    import os

    pipe = tmp_path / "usulan.yaml"
    os.mkfifo(pipe)
    good = tmp_path / "baik.yaml"
    good.write_text(VALID, encoding="utf-8")
    for command in (["validate", str(pipe)], ["assess", str(pipe)], ["validate", str(tmp_path)]):
        result = runner.invoke(app, [*command[:1], "--lang", "id", *command[1:]])
        assert result.exit_code == 2, (command, result.stderr)
        assert "Berkas tidak dapat dibaca: ini pipa bernama (FIFO), bukan berkas" in result.stderr
    batch = runner.invoke(app, ["assess", str(tmp_path), "--format", "json"])
    assert batch.exit_code == 2
    assert str(good) in batch.stdout and str(pipe) in batch.stderr
    read, write = os.pipe()
    os.write(write, VALID.encode("utf-8"))
    os.close(write)
    try:
        handed = runner.invoke(app, ["validate", "--lang", "id", f"/dev/fd/{read}"])
    finally:
        os.close(read)
    assert handed.exit_code == 0, handed.stderr


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ('budget:\n  realization_rate: " 0.5 "\n', "tertulis ' 0.5 '; tulis 0.5"),
        ('energy:\n  reserve_margin_pct: "1_0"\n', "harus berupa angka; tertulis '1_0'"),
        ('energy:\n  outage_hours_per_month: "+2_0"\n', "harus berupa angka; tertulis '+2_0'"),
    ],
)
def test_a_decimal_written_otherwise_than_json_writes_it_is_refused(written, said, tmp_path):
    """Atk270 #4: a decimal field read a quoted "1_0" as 10 and "+2_0" as 20 (Python's own
    spellings) and " 0.5 " as 0.5. Text that is a number as JSON writes it ("0.6", and JSON's
    1e-09, which YAML 1.1 reads as text) is still the number."""
    path = tmp_path / "usulan.yaml"
    path.write_text("schema: paracheck/proposal/v1\ntitle: x\n" + written, encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", "id", str(path)])
    assert result.exit_code == 2
    assert said in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("null\n", "bukan kosong (null)"),
        ("~\n", "bukan kosong (null)"),
        ("", "Berkas kosong: tidak ada usulan di dalamnya"),
        ("# hanya komentar\n", "Berkas kosong: tidak ada usulan di dalamnya"),
    ],
)
def test_a_null_top_level_is_no_empty_file(text, said, tmp_path):
    """Atk270 #10: a JSON body 'null' was called an empty file; it is a top level that is not
    a mapping, as a list or a number is said to be."""
    path = tmp_path / "usulan.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", "id", str(path)])
    assert result.exit_code == 2
    assert said in result.stderr, result.stderr


def test_a_rule_id_in_small_letters_is_told_the_id_in_capitals():
    with pytest.raises(InputError) as refused:
        load_proposal_bytes((VALID + WAIVER % "hr-002").encode(), "p.yaml")
    (problem,) = refused.value.problems
    assert "ditulis dengan huruf besar: tulis HR-002; tertulis 'hr-002'" in problem.text("id")
    assert "write HR-002, got 'hr-002'" in problem.text("en")


def test_an_m_amount_with_one_separator_before_three_digits_gets_no_figure():
    """Review 491 H3: "1,250 M" was told "tulis 1250000000000 bila «M» berarti miliar", a
    thousand times 1,25 miliar; with four readings none is offered."""
    with pytest.raises(InputError) as refused:
        load_proposal_bytes(
            b"schema: paracheck/proposal/v1\ntitle: x\nbudget:\n  apbd_allocation_idr: 1,250 M\n",
            "p.yaml",
        )
    (problem,) = refused.value.problems
    assert "; tulis" not in problem.text("id") and "1250000000000" not in problem.text("id")
