"""`paracheck validate`, `schema`, `init` and the error handling every command shares."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from paracheck.cli import app, main
from paracheck.facts.model import Proposal
from paracheck.facts.template import FORMS

from .test_loader import VALID  # one well-formed proposal for both suites

runner = CliRunner()

# The same sample as tests/test_loader.py, so positions can be compared by eye.


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "paracheck", *args],
        input=stdin,
        capture_output=True,
        timeout=20,
        check=False,
    )


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_is_said_to_fit_the_format_in_indonesian_and_exits_0(tmp_path):
    path = write(tmp_path, "ok.yaml", VALID)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout == f"Format benar, isi belum dinilai: {path}\n"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Hanya format berkas yang diperiksa, bukan isi usulannya. Untuk penilaian: "),
        ("en", "Only the file's format was checked, not the proposal. To assess it: "),
    ],
)
def test_a_valid_file_is_not_said_to_be_a_sound_proposal(tmp_path, lang, said):
    """ "isian sesuai format" read as "the proposal is in order" (wording review): the line
    says the content is not yet judged, and standard error says how to have it judged."""
    path = write(tmp_path, "ok.yaml", VALID)
    result = runner.invoke(app, ["validate", "--lang", lang, str(path)])
    assert result.exit_code == 0
    assert result.stderr == f"{said}paracheck assess {path}\n"
    if lang == "id":
        assert "belum dinilai" in result.stdout
    piped = runner.invoke(app, ["validate", "--lang", lang, "-"], input=VALID)
    assert piped.stderr == f"{said}… | paracheck assess -\n"


def test_valid_file_prints_ok_under_lang_en_as_scripts_read_it(tmp_path):
    path = write(tmp_path, "ok.yaml", VALID)
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert result.exit_code == 0
    assert result.stdout == f"ok: {path}\n"


def test_valid_file_is_said_in_indonesian_on_the_fast_path_too(tmp_path):
    path = write(tmp_path, "ok.yaml", VALID)
    done = run_cli("validate", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == f"Format benar, isi belum dinilai: {path}\n"


def test_misspelt_key_exits_2_naming_budget_and_the_line(tmp_path):
    path = write(tmp_path, "p.yaml", VALID.replace("budget:", "budjet:"))
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert result.exit_code == 2
    assert (
        f"{path}:23:1: Unknown key 'budjet' in the top level of the file; did you mean 'budget'?"
        in result.stderr
    )


def test_misspelt_key_is_explained_in_indonesian_by_default_with_the_keys_label(tmp_path):
    path = write(tmp_path, "p.yaml", VALID.replace("budget:", "budjet:"))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"{path}:23:1: Kunci 'budjet' tidak dikenal di tingkat teratas berkas; "
        "mungkin maksudnya 'budget' (data anggaran)?\n"
    )


def test_a_programme_field_is_named_by_its_label_and_place_not_its_path(tmp_path):
    text = VALID.replace(
        "      - name: Seed exchange", "      - name: Seed exchange\n        status: runing"
    )
    path = write(tmp_path, "p.yaml", text)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{path}:20:17: Sektor ke-2, program ke-1: status program harus salah satu dari: "
        "direncanakan ('planned'), berjalan ('ongoing')"
    )
    assert result.stderr.endswith("tertulis 'runing'; mungkin maksudnya berjalan ('ongoing')?\n")
    assert "sectors[" not in result.stderr
    english = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert english.stderr.startswith(
        f"{path}:20:17: Sector 2, programme 1: programme status must be one of: 'planned',"
    )


def test_duplicate_key_exits_2_pointing_at_the_duplicate(tmp_path):
    text = VALID.replace("stage: proposal\n", "stage: proposal\ntitle: x\n")
    path = write(tmp_path, "p.yaml", text)
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert result.exit_code == 2
    assert f"{path}:5:1: Duplicate key 'title' (first given on line 2)" in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "date: 2015-06-10",
            "date: kemarin",
            ":3:7: Date of the proposal or assessment must be a date as YYYY-MM-DD, got 'kemarin'",
        ),
        (
            "country: CN",
            "country: XX",
            ":9:12: Partner's country: 'XX' is not a country code; write the two-letter code "
            "(ISO 3166-1), e.g. 'CN' for China, 'JP' for Japan, 'AU' for Australia",
        ),
        (
            "level: province}",
            "level: provinsi}",  # after "–" on its line: characters count
            ":6:71: Level of the proposing regional government must be one of: 'province', "
            "'regency', 'city'; got 'provinsi'",
        ),
    ],
)
def test_bad_value_exits_2_naming_the_field_and_its_position(tmp_path, old, new, expected):
    path = write(tmp_path, "p.yaml", VALID.replace(old, new))
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert result.exit_code == 2
    assert f"{path}{expected}" in result.stderr


def test_all_files_are_checked_and_one_bad_file_makes_exit_2(tmp_path):
    good = write(tmp_path, "good.yaml", VALID)
    bad = write(tmp_path, "bad.yaml", VALID.replace("stage: proposal", "stage: maybe"))
    also_good = write(tmp_path, "also.yaml", VALID)
    result = runner.invoke(app, ["validate", str(good), str(bad), str(also_good)])
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"Format benar, isi belum dinilai: {good}",
        f"Format benar, isi belum dinilai: {also_good}",
    ]
    assert f"{bad}:4:8: Tahap kerja sama harus salah satu dari: usulan ('proposal')" in (
        result.stderr
    )


def test_missing_file_is_reported_not_a_crash(tmp_path):
    result = runner.invoke(app, ["validate", str(tmp_path / "absent.yaml")])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"{tmp_path / 'absent.yaml'}: Berkas tidak dapat dibaca: berkas tidak ada\n"
    )
    result = runner.invoke(app, ["validate", "--lang", "en", str(tmp_path / "absent.yaml")])
    assert "Cannot read the file: No such file or directory" in result.stderr


def test_validate_reads_standard_input():
    result = runner.invoke(app, ["validate", "-"], input=VALID)
    assert result.exit_code == 0
    assert result.stdout == "Format benar, isi belum dinilai: -\n"


@pytest.mark.parametrize("form", FORMS)
def test_init_template_validates_as_it_is(form):
    template = runner.invoke(app, ["init", "--form", form])
    assert template.exit_code == 0
    assert f"form: {form}" in template.stdout
    checked = runner.invoke(app, ["validate", "-"], input=template.stdout)
    assert checked.exit_code == 0, checked.stderr


def test_init_piped_into_validate_exits_0_in_real_processes():
    template = run_cli("init")
    assert template.returncode == 0
    checked = run_cli("validate", "-", stdin=template.stdout)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.decode() == "Format benar, isi belum dinilai: -\n"


@pytest.mark.parametrize(("lang", "said"), [("id", "alokasi APBD"), ("en", "APBD allocation")])
def test_init_template_explains_fields_in_either_language(lang, said):
    text = runner.invoke(app, ["init", "--lang", lang]).stdout
    assert said in text
    for section in (
        "local:",
        "partner:",
        "basis:",
        "sectors:",
        "budget:",
        "human_resources:",
        "energy:",
        "security:",
        "procedure:",
        "governance:",
        "accepted_risks:",
    ):
        assert f"\n{section}" in text


def test_init_refuses_an_unknown_form_as_usage_error():
    result = runner.invoke(app, ["init", "--form", "twin_town"])
    assert result.exit_code == 2


def test_init_writes_the_template_to_a_new_file_with_o(tmp_path):
    """`paracheck init -o usulan.yaml` (as `assess -o` writes a report): the file holds the
    same template standard output would have shown, and it validates."""
    target = tmp_path / "usulan.yaml"
    result = runner.invoke(app, ["init", "--form", "sister_city", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    printed = runner.invoke(app, ["init", "--form", "sister_city"]).stdout
    assert target.read_text(encoding="utf-8") == printed
    assert runner.invoke(app, ["validate", str(target)]).exit_code == 0


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "templat tidak ditulis karena berkas {path} sudah ada; pilih nama berkas lain"),
        ("en", "the template was not written: {path} already exists; choose another name"),
    ],
)
def test_init_never_writes_over_an_existing_file(tmp_path, lang, said):
    """A template replacing a file the officer is filling in would lose their work without a
    word: any existing file is refused (exit 2) and left as it was, a proposal or not."""
    target = tmp_path / "catatan.txt"
    target.write_text("catatan rapat TKKSD\n", encoding="utf-8")
    result = run_cli("init", "--lang", lang, "-o", str(target))
    assert result.returncode == 2
    assert said.format(path=target) in result.stderr.decode()
    assert target.read_text(encoding="utf-8") == "catatan rapat TKKSD\n"


@pytest.mark.parametrize("extra", [["usulan.yaml"], ["a.yaml", "b.yaml"]])
def test_an_extra_argument_is_named_in_indonesian(extra):
    """`paracheck init usulan.yaml` said only "penulisan perintah tidak sesuai": click words
    one extra argument as "argument(s)", which the refusal did not recognise."""
    result = run_cli("init", *extra)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"kesalahan: ada argumen berlebih yang tidak dikenal: {' '.join(extra)}\n"
        "Petunjuk pemakaian: `paracheck init -h`\n"
    )


def test_schema_is_json_with_every_top_level_field():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    expected = {info.alias or name for name, info in Proposal.model_fields.items()}
    assert set(schema["properties"]) == expected
    assert "schema" in schema["required"] and "title" in schema["required"]


def test_no_arguments_shows_help_and_exits_2():
    result = run_cli()
    assert result.returncode == 2
    assert b"validate" in result.stdout + result.stderr


def test_unknown_command_is_a_usage_error():
    assert run_cli("frobnicate").returncode == 2


def test_paracheck_errors_become_lines_and_exit_2(monkeypatch, capsys):
    from paracheck import cli
    from paracheck.errors import InputError, Problem, UsageError

    def fail_with(exc):
        def command(*args, **kwargs):
            raise exc

        return command

    monkeypatch.setattr(cli, "app", fail_with(InputError([Problem("f.yaml", 3, 4, "a.b", "bad")])))
    with pytest.raises(SystemExit) as exited:
        main([])
    assert exited.value.code == 2
    assert capsys.readouterr().err == "f.yaml:3:4: a.b: bad\n"

    monkeypatch.setattr(cli, "app", fail_with(UsageError("no pack named 'x'")))
    with pytest.raises(SystemExit) as exited:
        main([])
    assert exited.value.code == 2
    assert capsys.readouterr().err == "error: no pack named 'x'\n"


def test_unexpected_exception_is_one_line_internal_error_exit_3(monkeypatch, capsys):
    from paracheck import cli

    def boom(*args, **kwargs):
        raise RuntimeError("something\nbroke")

    monkeypatch.setattr(cli, "app", boom)
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "en"])
    assert exited.value.code == 3
    err = capsys.readouterr().err
    assert err == "internal error: RuntimeError: something broke\n"
    assert "Traceback" not in err
    with pytest.raises(SystemExit) as exited:  # in the command's language, Indonesian by default
        main([])
    assert exited.value.code == 3
    assert capsys.readouterr().err == "kesalahan internal: RuntimeError: something broke\n"


def test_every_command_is_registered_on_the_app(capsys):
    # the command modules are plain imports: one that is not registered is missing from help
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    table = capsys.readouterr().out.split("Perintah:", 1)[1]  # Indonesian by default
    listed = sorted(line.split()[0] for line in table.splitlines() if line.strip())
    assert listed == ["assess", "checklist", "diff", "init", "rules", "schema", "serve", "validate"]


def test_a_bad_byte_after_non_ascii_text_is_placed_by_characters_in_the_command(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_bytes("schema: paracheck/proposal/v1\ntitle: ééééé".encode() + b"\xff\n")
    result = run_cli("validate", "--lang", "en", str(path))
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"{path}:2:13: Not UTF-8 text (byte 0xff); save the file as UTF-8\n"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "id",
            ":9:12: Negara mitra: 'Filipina' bukan kode negara; tulis kode dua huruf "
            "(ISO 3166-1), misalnya 'PH' untuk Filipina",
        ),
        (
            "en",
            ":9:12: Partner's country: 'Filipina' is not a country code; write the two-letter "
            "code (ISO 3166-1), e.g. 'PH' for Philippines",
        ),
    ],
)
def test_a_country_written_by_name_is_told_its_code(tmp_path, lang, expected):
    """An officer does not know ISO codes: a country's name (Indonesian or English) gets the
    code to write, at the name's position, with exit 2."""
    path = write(tmp_path, "p.yaml", VALID.replace("country: CN", "country: Filipina"))
    result = runner.invoke(app, ["validate", "--lang", lang, str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{path}{expected}"


def test_a_staff_language_written_by_name_is_told_its_code(tmp_path):
    path = write(tmp_path, "p.yaml", VALID.replace("{en: 1, zh: 0}", "{en: 1, Mandarin: 2}"))
    result = runner.invoke(app, ["validate", "--lang", "id", str(path)])
    assert result.exit_code == 2
    assert (
        "'Mandarin' bukan kode bahasa; tulis kode dua huruf (ISO 639-1), "
        "misalnya 'zh' untuk bahasa Mandarin, atau, untuk bahasa yang tidak memilikinya, kode "
        "tiga huruf (ISO 639-3), misalnya 'tet' untuk bahasa Tetun"
    ) in result.stderr


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("sister_city", "# name: Kabupaten … / Kota …"),
        ("sister_province", "# name: Provinsi …"),
        ("investment", "# name: Provinsi/Kabupaten/Kota …"),
    ],
)
def test_init_suggests_a_name_that_fits_the_form(form, name):
    """A sister-city template suggested 'Provinsi …' for the Indonesian side: a sister city
    (PP 28/2018: kabupaten/kota kembar) is a regency or a city."""
    template = runner.invoke(app, ["init", "--form", form]).stdout
    local = template[template.index("\nlocal:") : template.index("\npartner:")]
    assert f"  {name} " in local
    if form == "sister_city":
        assert "Provinsi" not in local and 'title: "Kabupaten/Kota Kembar' in template


def test_an_empty_folder_is_said_to_hold_no_proposal_file(tmp_path):
    """Atk270 #9: 'validate EMPTYDIR' said the folder was not a file, where 'validate DIR'
    reads the files in a folder and 'assess EMPTYDIR' says it holds none."""
    result = CliRunner().invoke(app, ["validate", "--lang", "id", str(tmp_path)])
    assert result.exit_code == 2
    assert "tidak ada berkas usulan (*.yaml, *.yml, *.json) di folder ini" in result.stderr.lower()
    assert "bukan berkas" not in result.stderr
