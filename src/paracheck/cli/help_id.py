"""The command line's help in Bahasa Indonesia, the language paracheck speaks by default.

``paracheck --help`` and every command's ``--help`` were English whatever ``--lang`` said
(practitioner trial 33 #10), while every report, refusal and hint is Indonesian unless
``--lang en`` is given. The commands keep their help in English in :mod:`paracheck.cli.typer_app`
(where ``--lang en`` and the tests read it); :func:`apply` puts the Indonesian words below on
the click command typer builds, and typer's own words (the usage line, the section titles,
"[default: …]", "[required]", the help option's line) into the same language, for one run.
"""

from __future__ import annotations

from typing import Any

#: each command's and option's English help (as typer_app and the command modules write it)
#: → its Indonesian. A text missing here stays English: tests/test_cli_help_indonesian.py
#: fails on any, so a new option cannot slip through untranslated.
HELP: dict[str, str] = {
    "Decision support for Indonesian paradiplomacy proposals (sister province / city).": (
        "Pendukung keputusan untuk usulan kerja sama luar negeri pemerintah daerah "
        "(provinsi kembar / kota kembar)."
    ),
    "Show the version.": "Tampilkan versi paracheck.",
    # validate
    "Check proposal files against the schema (no rules are run), with error positions.\n\n"
    "Accepts what ``assess`` accepts (folders too) and refuses what it refuses: a waiver that\n"
    "names a rule the pack in force does not have.": (
        "Periksa format berkas usulan (tanpa menjalankan aturan), dengan letak setiap "
        "kesalahan.\n\nMenerima apa yang diterima ``assess`` (termasuk folder) dan menolak apa "
        "yang ditolaknya: risiko yang diterima yang menyebut aturan yang tidak ada dalam paket "
        "aturan yang berlaku."
    ),
    "Proposal files (YAML or JSON), folders of them; '-' reads stdin.": (
        "Berkas usulan (YAML atau JSON) atau folder berisi berkas usulan; '-' membaca masukan "
        "standar."
    ),
    "Check waivers against this pack (default: the one in force on the proposal's date, "
    "as assess does).": (
        "Periksa risiko yang diterima terhadap paket aturan ini (bawaan: paket yang berlaku "
        "pada tanggal usulan, seperti pada assess)."
    ),
    "Language of the messages: id (Bahasa Indonesia) or en.": (
        "Bahasa pesan: id (Bahasa Indonesia) atau en (bahasa Inggris)."
    ),
    # schema
    "Print the JSON Schema of a proposal (paracheck/proposal/v1), or of an assessment.": (
        "Cetak JSON Schema usulan (paracheck/proposal/v1) atau hasil penilaian."
    ),
    "The schema of an assessment (the JSON that assess --format json writes) instead of a "
    "proposal's.": (
        "Skema hasil penilaian (JSON yang ditulis assess --format json), bukan skema usulan."
    ),
    # init
    "Print a commented proposal template to fill in (valid as it is), or write it to a\n"
    "new file with -o.": (
        "Cetak templat usulan beserta penjelasannya untuk diisi (sudah sah apa adanya), atau "
        "tulis ke berkas baru dengan -o."
    ),
    "Form of cooperation: sister_province | sister_city | technical_cooperation | "
    "investment | other.": (
        "Bentuk kerja sama: sister_province | sister_city | technical_cooperation | "
        "investment | other."
    ),
    "Language of the comments: id (Bahasa Indonesia) or en.": (
        "Bahasa penjelasan dalam templat: id (Bahasa Indonesia) atau en (bahasa Inggris)."
    ),
    "Write the template to this new file (never over an existing one) instead of standard "
    "output.": (
        "Tulis templat ke berkas baru ini (tidak pernah menimpa berkas yang sudah ada), bukan "
        "ke keluaran standar."
    ),
    # assess
    "Assess proposals: one report each, plus a summary table for several.\n\n"
    "Exit 0 when done, 1 when a risk is at or above --fail-on or an unknown check at or above\n"
    "--fail-on-unknown, 2 when an input is invalid (the others are still assessed), 3 on an\n"
    "internal error.": (
        "Nilai usulan: satu laporan untuk setiap usulan, ditambah tabel ringkasan bila "
        "usulannya lebih dari satu.\n\nKode keluar 0 bila selesai; 1 bila ada risiko setingkat "
        "--fail-on atau lebih berat, atau pemeriksaan yang belum dapat dinilai setingkat "
        "--fail-on-unknown atau lebih berat; 2 bila ada masukan yang tidak sah (usulan lain "
        "tetap dinilai); 3 bila terjadi kesalahan internal."
    ),
    "Proposal files (YAML or JSON), directories of them, or '-' for stdin.": (
        "Berkas usulan (YAML atau JSON), folder berisi berkas usulan, atau '-' untuk masukan "
        "standar."
    ),
    "Report format (pdf prints the HTML report with headless Chromium).": (
        "Format laporan (pdf mencetak laporan HTML dengan peramban Chromium tanpa jendela)."
    ),
    "Report language: id (Bahasa Indonesia) or en.": (
        "Bahasa laporan: id (Bahasa Indonesia) atau en (bahasa Inggris)."
    ),
    "Write the report here (atomically) instead of standard output.": (
        "Tulis laporan ke berkas ini (tertulis utuh atau tidak sama sekali), bukan ke keluaran "
        "standar."
    ),
    "Rule pack to use (default: the one in force on the proposal's date).": (
        "Paket aturan yang dipakai (bawaan: paket yang berlaku pada tanggal usulan)."
    ),
    "Judge the proposal as of this date (YYYY-MM-DD) instead of its own.": (
        "Nilai usulan per tanggal ini (TTTT-BB-HH), bukan per tanggal usulan itu sendiri."
    ),
    "For several proposals: print only the summary table.": (
        "Untuk beberapa usulan: cetak tabel ringkasannya saja."
    ),
    "Exit 1 if a check of this severity or worse is a risk.": (
        "Keluar dengan kode 1 bila ada pemeriksaan setingkat ini atau lebih berat yang menjadi "
        "risiko."
    ),
    "Exit 1 if a check of this severity or worse cannot be judged (unknown).": (
        "Keluar dengan kode 1 bila ada pemeriksaan setingkat ini atau lebih berat yang belum "
        "dapat dinilai."
    ),
    # checklist
    "The blank checklist of a regime: every procedural step and every check.": (
        "Daftar periksa kosong suatu dasar hukum: setiap langkah prosedur dan setiap pemeriksaan."
    ),
    "Rule pack (default: the one in force today).": (
        "Paket aturan (bawaan: paket yang berlaku hari ini)."
    ),
    "Language: id (Bahasa Indonesia) or en.": (
        "Bahasa: id (Bahasa Indonesia) atau en (bahasa Inggris)."
    ),
    "Output format.": "Format keluaran.",
    "Write here instead of standard output.": "Tulis ke berkas ini, bukan ke keluaran standar.",
    # diff
    "Compare two proposals: checks that became risks, cleared, or changed score.\n\n"
    "Exit 0 when done, 1 with --fail-on-new when a check became a risk, 2 on invalid input.": (
        "Bandingkan dua versi usulan: pemeriksaan yang menjadi risiko, yang tidak lagi menjadi "
        "temuan, atau yang skornya berubah.\n\nKode keluar 0 bila selesai; 1 dengan "
        "--fail-on-new bila ada pemeriksaan yang menjadi risiko; 2 bila masukan tidak sah."
    ),
    "The earlier proposal file.": "Berkas usulan versi lama.",
    "The later proposal file.": "Berkas usulan versi baru.",
    "Judge both with this pack.": "Nilai keduanya dengan paket aturan ini.",
    "Judge both as of this date (YYYY-MM-DD).": "Nilai keduanya per tanggal ini (TTTT-BB-HH).",
    "Exit 1 if any check is a risk in NEW and was not in OLD (a residual risk that took its "
    "base risk's place is a reduction, not a new risk).": (
        "Keluar dengan kode 1 bila ada pemeriksaan yang menjadi risiko pada versi baru (BARU) "
        "tetapi bukan risiko pada versi lama (LAMA); risiko sisa yang menggantikan risiko "
        "dasarnya adalah penurunan, bukan risiko baru."
    ),
    # serve
    "Serve the web form (Bahasa Indonesia / English) and the HTTP API (/api/v1, /docs).\n\n"
    "Limits, set by environment variables: a request body of at most 1 MiB\n"
    "(PARACHECK_MAX_BODY, in bytes; 413 beyond); 10 s of assessment per request\n"
    "(PARACHECK_TIMEOUT; 503 beyond); a request arriving whole within 30 s\n"
    "(PARACHECK_READ_TIMEOUT; 408 beyond).": (
        "Jalankan formulir web (Bahasa Indonesia / bahasa Inggris) dan API HTTP (/api/v1, "
        "/docs).\n\nBatas, diatur dengan variabel lingkungan: isi permintaan paling besar "
        "1 MiB (PARACHECK_MAX_BODY, dalam bita; di atasnya dijawab 413); penilaian paling lama "
        "10 detik per permintaan (PARACHECK_TIMEOUT; lebih lama dijawab 503); permintaan harus "
        "tiba utuh dalam 30 detik (PARACHECK_READ_TIMEOUT; lebih lama dijawab 408)."
    ),
    "Address to listen on. Anything but 127.0.0.1 / localhost needs --token.": (
        "Alamat yang didengarkan server. Alamat selain 127.0.0.1 / localhost wajib disertai "
        "--token."
    ),
    "Port to listen on.": "Port yang didengarkan server.",
    "Access token every request must carry (default: $PARACHECK_TOKEN).": (
        "Token akses yang wajib dibawa setiap permintaan (bawaan: $PARACHECK_TOKEN)."
    ),
    "Server processes (assessments use one core each).": (
        "Jumlah proses server (setiap penilaian memakai satu inti prosesor)."
    ),
    "Language of a refusal to start: id (Bahasa Indonesia) or en. The web form offers both "
    "languages whatever this is.": (
        "Bahasa pesan bila server menolak berjalan: id (Bahasa Indonesia) atau en (bahasa "
        "Inggris). Formulir web tetap menawarkan kedua bahasa."
    ),
    # rules
    "The rule catalogue: list, show one rule, generate reference docs.": (
        "Katalog aturan: daftar aturan, satu aturan lengkap, dan pembuatan dokumen rujukan."
    ),
    "Every rule of a pack: id, domain, severity, likelihood × impact, title.": (
        "Setiap aturan dalam satu paket: kode, ranah, tingkat, kemungkinan × dampak, dan judul."
    ),
    "One rule in full: why, recommendations, sources and its condition.": (
        "Satu aturan lengkap: alasan, rekomendasi, sumber, dan kondisinya."
    ),
    "Rule id, e.g. BUD-001.": "Kode aturan, misalnya BUD-001.",
    "Generate the Markdown reference of every shipped pack (docs/rules/<pack>.md): one\n"
    "bilingual page per pack, the same whatever --lang says.": (
        "Buat dokumen rujukan Markdown setiap paket aturan bawaan (docs/rules/<pack>.md): satu "
        "halaman dwibahasa per paket, sama apa pun nilai --lang."
    ),
    "Directory for the generated <pack>.md files (default: docs/rules under the current folder).": (
        "Folder untuk berkas <pack>.md yang dibuat (bawaan: docs/rules di folder tempat perintah "
        "dijalankan)."
    ),
    "Only these packs, by name or pack file (repeatable; default: every shipped pack); each "
    "page is <the pack's name>.md in the directory.": (
        "Hanya paket ini, dengan nama atau berkas paketnya (boleh disebut berulang; bawaan: "
        "semua paket bawaan); setiap halaman ditulis sebagai <nama paket>.md di folder itu."
    ),
    "Language of the progress messages: id (Bahasa Indonesia) or en. The pages themselves are "
    "the same in either: bilingual, led by English (headings and labels in English, each "
    "rule's text in English with its Indonesian beside it).": (
        "Bahasa pesan kemajuan: id (Bahasa Indonesia) atau en (bahasa Inggris). Halamannya "
        "sendiri sama pada keduanya: dwibahasa, dengan bahasa Inggris lebih dulu (judul dan "
        "label dalam bahasa Inggris, teks setiap aturan dalam bahasa Inggris dengan "
        "terjemahan Indonesianya di sampingnya)."
    ),
    "Run every rule's own examples: each `fires` must be a risk, each `clears` clear,\n"
    "each `not_applicable` not applicable, each `open` undecided.": (
        "Jalankan contoh setiap aturan: setiap contoh `fires` harus menjadi risiko, setiap "
        "contoh `clears` tidak menjadi temuan, setiap contoh `not_applicable` tidak berlaku, "
        "setiap contoh `open` belum dapat dinilai."
    ),
    "Only these packs (repeatable; default: every shipped pack).": (
        "Hanya paket ini (boleh disebut berulang; bawaan: setiap paket bawaan)."
    ),
}

#: typer's own words in a help page (typer.core's ``_``), and the help option's line
WORDS: dict[str, str] = {
    "Arguments": "Argumen",
    "Options": "Opsi",
    "Commands": "Perintah",
    "required": "wajib",
    "default: {default}": "bawaan: {default}",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
}
USAGE = "Pemakaian: "
#: the placeholders of the arguments and options, said in Indonesian (attack 470 L2: "--as-of
#: DATE … (YYYY-MM-DD)" on an Indonesian page whose errors write TTTT-BB-HH)
METAVARS = {
    "FILE|DIR|-…": "BERKAS|FOLDER|-…",
    "FILE": "BERKAS",
    "DIR": "FOLDER",
    "PATH": "BERKAS",
    "NAME": "NAMA",
    "NAME|PATH": "NAMA|BERKAS",
    "DATE": "TANGGAL",
    "OLD": "LAMA",
    "NEW": "BARU",
}
OPTIONS_METAVAR = "[OPSI]"
SUBCOMMAND_METAVAR = "PERINTAH [ARGUMEN]..."

_installed: dict[str, Any] = {}


def untranslated(command: Any) -> list[str]:
    """The help texts of ``command`` and everything under it that :data:`HELP` lacks."""
    found = []
    for item in _walk(command):
        text = getattr(item, "help", None)
        if text and text not in HELP and text not in HELP.values():
            found.append(text)
    return found


def _walk(command: Any) -> list[Any]:
    items = [command, *command.params]
    for sub in getattr(command, "commands", {}).values():
        items.extend(_walk(sub))
    return items


def apply(command: Any, lang: str) -> None:
    """Say ``command``'s help (the click command typer built for this run) in ``lang``:
    Indonesian words on it and every command and option under it, and typer's own words for
    this process's next help page; English (typer's own) for ``en``."""
    import typer.core

    from paracheck.cli.typer_app import typer_click

    formatter = typer_click.formatting.HelpFormatter
    if not _installed:
        _installed["_"] = typer.core._
        _installed["write_usage"] = formatter.write_usage
    indonesian = lang != "en"
    own = _installed["_"]
    typer.core._ = (lambda text: WORDS.get(text, own(text))) if indonesian else own  # type: ignore[attr-defined]
    if not indonesian:
        formatter.write_usage = _installed["write_usage"]  # type: ignore[method-assign]
        return
    write_usage = _installed["write_usage"]

    def usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, USAGE if prefix is None else prefix)

    formatter.write_usage = usage  # type: ignore[method-assign]
    for item in _walk(command):
        text = getattr(item, "help", None)
        if text in HELP:
            item.help = HELP[text]
        if getattr(item, "options_metavar", None) == "[OPTIONS]":
            item.options_metavar = OPTIONS_METAVAR
        if getattr(item, "metavar", None) in METAVARS:
            item.metavar = METAVARS[item.metavar]
        if getattr(item, "subcommand_metavar", None) == "COMMAND [ARGS]...":
            item.subcommand_metavar = SUBCOMMAND_METAVAR
        get_help_option = getattr(item, "get_help_option", None)
        if get_help_option is not None and not isinstance(item, _HelpOption):
            item.get_help_option = _HelpOption(get_help_option)


class _HelpOption:
    """A command's ``get_help_option`` whose option says its line in Indonesian."""

    def __init__(self, own: Any) -> None:
        self.own = own

    def __call__(self, ctx: Any) -> Any:
        option = self.own(ctx)
        if option is not None and option.help in WORDS:
            option.help = WORDS[option.help]
        return option
