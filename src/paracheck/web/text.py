"""The words of the web pages that are not proposal fields: headings, buttons, notices.

Field labels come from the library's label table (:mod:`paracheck.web.labels`); this is only
the pages' own furniture, in Bahasa Indonesia (the default) and English.
"""

from __future__ import annotations

LANGS = ("id", "en")

_WORDS: dict[str, tuple[str, str]] = {
    "app": (
        "paracheck — pemeriksa usulan kerja sama luar negeri daerah",
        "paracheck — foreign cooperation proposal checker",
    ),
    "form_title": (
        "Usulan atau kerja sama luar negeri daerah",
        "Foreign cooperation: a proposal or a running partnership",
    ),
    "form_intro": (
        "Isi yang diketahui saja. Isian yang dibiarkan kosong dianggap belum diketahui dan "
        "akan ditanyakan dalam hasil penilaian. Untuk melanjutkan nanti, simpan isian sebagai "
        "berkas, lalu muat kembali berkas itu di sini.",
        "Fill in what you know. A field left empty counts as unknown and becomes a question "
        "in the assessment. To go on later, save the entries as a file and load that file "
        "here again.",
    ),
    "upload": ("Isi dari berkas YAML", "Fill from a YAML file"),
    "upload_help": (
        "Berkas usulan (.yaml atau .json) yang dibuat dengan paracheck.",
        "A proposal file (.yaml or .json) made with paracheck.",
    ),
    # said by the form's script before a file over the server's limit is sent (attack 450 H3)
    "upload_too_large": (
        "Berkas yang dipilih lebih besar daripada batas yang diterima server ini ({limit}), "
        "sehingga tidak dikirim; isian formulir tetap seperti semula. Pilih berkas usulan "
        "berformat .yaml atau .json (bukan hasil pindaian atau PDF).",
        "The file chosen is larger than the limit this server accepts ({limit}), so it was not "
        "sent; the form is as it was. Choose a proposal file, .yaml or .json (not a scan or a "
        "PDF).",
    ),
    "no_file": (
        "belum ada berkas yang dipilih; pilih berkas usulan (.yaml atau .json) lebih dahulu",
        "no file was chosen; choose a proposal file (.yaml or .json) first",
    ),
    "upload_button": ("Muat berkas", "Load file"),
    # a file chosen, and "Jalankan penilaian" pressed instead of "Muat berkas" (web 462 M1:
    # the file was dropped without a word, and an empty form was told "Judul: wajib diisi")
    "file_not_loaded": (
        "Berkas «{name}» dipilih tetapi belum dimuat, sehingga isian belum dinilai. Untuk "
        "mengisi formulir dari berkas itu, pilih lagi berkasnya lalu tekan «{load}»; isian yang "
        "sudah diketik di bawah akan diganti isi berkas. Untuk menilai isian di bawah, tekan "
        "«{assess}» tanpa memilih berkas.",
        "The file “{name}” was chosen but not loaded, so nothing was assessed. To fill the "
        "form from that file, choose it again and press “{load}”; the entries typed below "
        "give way to the file's. To assess the entries below, press “{assess}” without "
        "choosing a file.",
    ),
    # said after a file loads into the form (trial 230 #9: nothing said it had, and the
    # officer could not tell the form now held the file)
    # a file that cannot be read as a proposal at all leaves the typed form (web440 H1)
    # … after a sentence saying what the file is, which says it could not be read already
    # (wording review 462 M7)
    "upload_kept_form": (
        "Isian formulir di bawah ini tetap seperti semula.",
        "The form below is as it was.",
    ),
    "upload_kept": (
        "Berkas itu tidak dapat dibaca sebagai berkas usulan. Isian formulir di bawah ini tetap "
        "seperti semula.",
        "That file could not be read as a proposal file. The form below is as it was.",
    ),
    # a file that does not load but fills some fields: the form shows them, and says that
    # what was typed gave way to them (attack 450 H2)
    "upload_replaced": (
        "Formulir di bawah ini kini berisi bagian berkas {name} yang dapat dibaca; isian yang "
        "diketik sebelumnya tidak dipertahankan, termasuk isian yang tidak terdapat dalam berkas "
        "itu.",
        "The form below now holds what could be read from {name}; what was typed before is not "
        "kept, including entries the file does not have.",
    ),
    "loaded": (
        "Berkas {name} sudah dimuat ke formulir di bawah ini. Periksa atau ubah isiannya, "
        "lalu jalankan penilaian.",
        "The file {name} is loaded into the form below. Check or change what it holds, then "
        "assess it.",
    ),
    "assess": ("Jalankan penilaian", "Assess"),
    "download_yaml": ("Unduh YAML", "Download YAML"),
    # the form's save: a file to load again and go on with, even with entries still missing
    # or wrong (review 320 M3: "Unduh YAML" meant nothing to the officer, and refused a
    # half-finished form)
    "save_draft": ("Simpan isian (berkas YAML)", "Save the entries (YAML file)"),
    "draft_head": (
        "Draf isian formulir paracheck: belum lengkap atau masih ada isian yang keliru.\n"
        "Untuk melanjutkan, muat berkas ini ke formulir dengan tombol \u201cMuat berkas\u201d.",
        "A draft of the paracheck form's entries: not complete, or some entries are wrong.\n"
        "To go on, load this file into the form with the \u201cLoad file\u201d button.",
    ),
    "download_pdf": ("Unduh PDF", "Download PDF"),
    "edit": ("Ubah isian", "Edit the entries"),
    "compare": ("Bandingkan dua versi", "Compare two versions"),
    "compare_previous": ("Bandingkan dengan versi sebelumnya", "Compare with the previous version"),
    # the two versions of a comparison made from a result page, named where a file's name is
    "previous_version": ("versi sebelumnya", "previous version"),
    "this_version": ("versi ini", "this version"),
    "new_form": ("Formulir baru", "New form"),
    "add": ("Tambah", "Add"),
    "remove": ("Hapus", "Remove"),
    # an item just removed, and the button putting it back (review 320 M2)
    "removed": ("{item} dihapus beserta isinya.", "{item} removed with everything in it."),
    "undo": ("Urungkan", "Undo"),
    "unknown": ("belum diketahui", "unknown"),
    "choose": ("pilih", "choose"),
    "yes": ("ya", "yes"),
    "no": ("tidak", "no"),
    "use_reference": ("pakai data rujukan", "use the reference data"),
    "from_reference": (
        "pakai data rujukan paracheck (pastikan kepada Kemlu)",
        "use paracheck's reference data (confirm with Kemlu)",
    ),
    "relations_help": (
        "kosongkan agar dinilai menurut data rujukan paracheck; pilih «tidak» bila negara mitra "
        "tidak memiliki hubungan diplomatik dengan Indonesia",
        "leave empty to judge by paracheck's reference data; choose “no” when the partner's "
        "country has no diplomatic relations with Indonesia",
    ),
    "partner_language_help": (
        "kosongkan bila mitra memakai bahasa utama negaranya; bila lain, isi kode bahasanya, "
        "misalnya fr untuk mitra di Quebec",
        "leave empty when the partner works in its country's main language; otherwise give "
        "the language's code, e.g. fr for a partner in Quebec",
    ),
    "none_list": ("tidak ada (sudah dipastikan)", "none (confirmed)"),
    "none_named": ("belum ditunjuk", "none named"),
    "none_never": ("belum pernah", "never"),
    "lines_help": ("satu butir per baris", "one item per line"),
    "counts_help": (
        "satu bahasa per baris: kode bahasa (dua huruf, atau tiga huruf bila bahasanya tidak "
        "mempunyai kode dua huruf, misalnya tet) dan jumlah staf, misalnya «zh: 2» untuk dua "
        "staf yang menguasai bahasa Mandarin",
        "one language per line: the language's code (two letters, or three for a language with "
        "no two-letter code, e.g. tet) and the number of staff, e.g. “zh: 2” for two staff who "
        "speak Chinese",
    ),
    "language_codes": ("Daftar kode bahasa", "Language codes"),
    "country_help": (
        "pilih dari daftar (ketik huruf awalnya untuk melompat); berkas YAML menyimpan kode "
        "dua huruf negara atau wilayah itu, misalnya PH untuk Filipina",
        "choose from the list (type its first letters to jump); the YAML file keeps the "
        "country's or territory's two-letter code, e.g. PH for the Philippines",
    ),
    "proposal_date_help": (
        "tanggal dokumen ini, format TTTT-BB-HH: tanggal usulan, atau tanggal penilaian bila "
        "MoU sudah ditandatangani atau berjalan — bukan tanggal MoU (tanggal tiap langkah diisi "
        "di Langkah prosedur). Tanggal ini menentukan peraturan yang berlaku dan menjadi patokan "
        "hitungan jangka waktu.",
        "the date of this document, as YYYY-MM-DD: the proposal's, or this assessment's when "
        "the MoU is already signed or running — not the MoU's date (each step's date goes under "
        "Procedure steps). It selects the regulation in force and the day time spans are "
        "counted to.",
    ),
    "date_help": ("format TTTT-BB-HH, misalnya 2015-06-10", "format YYYY-MM-DD, e.g. 2015-06-10"),
    # the notice of a lapsed MoU rests on this date (words18 C10): as init explains it
    "expires_help": (
        "hari terakhir masa berlaku MoU bila naskah menyebutnya, format TTTT-BB-HH (untuk MoU "
        "lima tahun yang ditandatangani 12 Mei 2016: 2021-05-11); kosongkan bila tidak disebut",
        "the last day of the MoU's term if its text sets one, as YYYY-MM-DD (for a five-year "
        "MoU signed on 12 May 2016: 2021-05-11); leave empty if it sets none",
    ),
    "money_help": ("rupiah, tanpa desimal", "whole Rupiah"),
    # where a region finds these figures (practitioner trial 29 U1: no hint whose rating to
    # use, or where a regency gets its reserve margin); only what paracheck's sources support:
    # PLN reports a region's capacity and peak load (REGULATION.md, NTB), no source names a
    # body that rates a region's exposure to these crimes
    "reserve_margin_help": (
        "persen, negatif bila defisit; tanyakan kepada PLN setempat, yang mencatat daya mampu "
        "dan beban puncak di daerah",
        "per cent, negative for a deficit; ask the local PLN office, which records the "
        "region's capacity and peak load",
    ),
    "exposure_help": (
        "penilaian daerah bersama instansi terkait; paracheck tidak memakai peringkat resmi "
        "dari lembaga mana pun",
        "the region's own assessment with the agencies concerned; paracheck uses no official "
        "rating from any body",
    ),
    "programme_budget_help": (
        "rupiah, tanpa desimal, dari semua sumber (APBD, APBN, dana mitra, swasta, atau hibah)",
        "whole Rupiah, from all sources (APBD, APBN, the partner's funds, private, or grants)",
    ),
    # the APBD's part of it (trial 230, 2: an investor's capital in the budget read as the
    # money put to the DPRD)
    "programme_apbd_help": (
        "rupiah, tanpa desimal: bagian anggaran program yang dibayar dari APBD; 0 bila "
        "seluruhnya dibayar pihak lain",
        "whole Rupiah: the part of the programme budget paid from the APBD; 0 when others pay "
        "for all of it",
    ),
    # who a programme moves (fix34b, trial 30 W1): the kinds in words, and when to answer
    "people_moved_help": (
        "hanya bila program mengirim atau menerima orang lintas negara: pekerja atau awak kapal "
        "(penempatan kerja, pemagang kerja); pelajar atau peserta pelatihan (pelajar, "
        "mahasiswa, guru, peserta magang untuk belajar); pejabat atau delegasi resmi (studi "
        "banding, misi resmi); seniman atau rombongan budaya (misi kebudayaan). Bila "
        "dikosongkan, dibaca dari bidang sektornya. Pilih satu: bila program memindahkan "
        "beberapa kelompok, pilih yang paling rawan (pekerja, lalu pelajar, lalu pejabat atau "
        "seniman), atau catat setiap kelompok sebagai program tersendiri",
        "only if the programme sends or receives people across the border: workers or crews "
        "(work placements, apprentices for work); students or trainees (pupils, students, "
        "teachers, interns sent to learn); officials or official delegations (study visits, "
        "official missions); artists or cultural troupes (cultural missions). Left empty, it "
        "is read from the sector's field. Choose one: if the programme moves several groups, "
        "choose the most exposed (workers, then students, then officials or artists), or list "
        "each group as a programme of its own",
    ),
    # capture fishing or not (fix34b, trial 30 M2): what "no" means
    "capture_fishing_help": (
        "untuk sektor perikanan: «ya» bila kerja sama menyangkut kapal, awak kapal, alat "
        "tangkap, wilayah tangkap atau hasil tangkapan; «tidak» bila hanya budidaya, rumput "
        "laut atau pengolahan, sehingga pemeriksaan pencurian ikan tidak berlaku",
        "for a fisheries sector: “yes” if the cooperation touches vessels, crews, "
        "fishing gear, fishing grounds or catches; “no” if only aquaculture, seaweed "
        "or processing, so the illegal-fishing checks do not apply",
    ),
    # a sector that needs power on site, whatever its field (held-out 40 C: a cold store in a
    # town listed as hit by rolling blackouts went unnamed in the memo)
    "power_dependent_help": (
        "«ya» bila kegiatan bidang ini memerlukan listrik yang stabil di lokasinya (gudang "
        "pendingin, pabrik pengolahan, pompa air, rumah sakit), sehingga pemeriksaan listrik "
        "menilainya; «tidak» bila tidak; kosongkan agar dinilai menurut bidangnya (industri, "
        "pertambangan, infrastruktur, penanaman modal dan pariwisata dinilai bergantung pada "
        "listrik)",
        "“yes” if this field's activities need a steady power supply at their sites (cold "
        "storage, processing plants, water pumps, hospitals), so that the electricity checks "
        "judge it; “no” if not; leave empty to read it by its field (industry, mining, "
        "infrastructure, investment and tourism are taken as dependent on power)",
    ),
    # the question's "«belum ada»" is a report's answer, not this number field's (attack 330 M3)
    "revisions_help": (
        "berapa kali anggaran itu dipotong atau digeser di tengah tahun lalu; bila tahun lalu "
        "belum ada anggaran, kosongkan dan jawab «tidak» pada «sudah ada anggaran kerja sama "
        "luar negeri tahun lalu»",
        "how many times that budget was cut or moved mid-year last year; if there was no "
        "budget last year, leave it empty and answer “no” to “a foreign-cooperation budget "
        "last year”",
    ),
    "rate_help": (
        "angka 0 sampai 1, misalnya 0,6 untuk 60%; bila tahun lalu belum ada anggaran, "
        "kosongkan dan jawab «tidak» pada «sudah ada anggaran kerja sama luar negeri tahun lalu»",
        "a number from 0 to 1, e.g. 0.6 for 60%; if there was no budget last year, leave it "
        "empty and answer “no” to “a foreign-cooperation budget last year”",
    ),
    # the answer "belum ada" to the budget questions (trial 28, item 12)
    # which "kabupaten" a partner's level is (practitioner trial 32 U2)
    "partner_level_help": (
        "county (misalnya di Amerika Serikat atau Inggris), gun (Korea) dan xian (Tiongkok, "
        "Taiwan): pilih «kabupaten (county, gun, atau xian)»; «kabupaten (regency, …)» hanya "
        "untuk mitra yang menyebut dirinya regency, seperti kabupaten di Indonesia",
        "a county (in the United States or the United Kingdom, say), a gun (Korea) or a xian "
        "(China, Taiwan): choose “county”; “regency (as in Indonesia)” only for a partner "
        "that calls itself a regency, as Indonesia's kabupaten do",
    ),
    # the funding planned across years, not the "tahun jamak" device (trial 32 M3)
    "multi_year_help": (
        "pilih «ya» bila pendanaan untuk lebih dari satu tahun sudah direncanakan, misalnya "
        "dalam Renstra Perangkat Daerah, RPJMD atau pagu indikatif; tidak harus berupa "
        "kegiatan tahun jamak",
        "choose “yes” if funding for more than one year is planned, for instance in the "
        "agencies' Renstra, the RPJMD or indicative ceilings; it need not be a multi-year "
        "contract",
    ),
    "budgeted_last_year_help": (
        "pilih «tidak» bila tahun lalu daerah belum menganggarkan kerja sama luar negeri sama "
        "sekali; dua isian berikutnya (realisasi dan pemotongan anggaran) lalu dikosongkan",
        "choose “no” if the region had no budget for foreign cooperation at all last year; "
        "the next two entries (realisation and cuts) are then left empty",
    ),
    "errors_title": ("Periksa isian berikut", "Please check these entries"),
    "errors_intro": (
        "Ada isian yang belum dapat dibaca; keterangannya ada di samping isian.",
        "Some entries could not be read; the reason is shown beside each one.",
    ),
    "file_errors": ("Berkas tidak dapat dibaca", "The file could not be read"),
    "item": ("butir", "item"),
    "no_items": ("Belum ada.", "None yet."),
    "language": ("Bahasa", "Language"),
    "switch_lang": ("English", "Bahasa Indonesia"),
    "verdict": ("Kesimpulan", "Verdict"),
    "worst": (
        "bila data yang kurang dilengkapi, paling buruk",
        "once the missing facts are known, at worst",
    ),
    "diff_title": (
        "Bandingkan dua versi usulan atau kerja sama",
        "Compare two versions of a proposal or partnership",
    ),
    "diff_intro": (
        "Pilih berkas versi lama dan versi baru. Masing-masing dinilai menurut aturan yang "
        "berlaku pada tanggalnya, lalu keduanya dibandingkan per pemeriksaan.",
        "Choose the old and the new version. Each is assessed under the rules in force on its "
        "date, then the two are compared check by check.",
    ),
    "old_file": ("Versi lama (YAML atau JSON)", "Old version (YAML or JSON)"),
    "new_file": ("Versi baru (YAML atau JSON)", "New version (YAML or JSON)"),
    "compare_button": ("Bandingkan", "Compare"),
    "old": ("lama", "old"),
    "new": ("baru", "new"),
    "check": ("pemeriksaan", "check"),
    "forbidden": (
        "Formulir kedaluwarsa atau bukan dari halaman ini. Muat ulang halaman lalu kirim lagi.",
        "The form has expired or did not come from this page. Reload the page and send it again.",
    ),
    "forbidden_kept": (
        "Formulir ini kedaluwarsa (misalnya server dimulai ulang) atau bukan dari halaman "
        "ini, sehingga belum dinilai. Isian Anda ada di bawah: periksa, lalu kirim lagi.",
        "This form had expired (the server may have restarted) or did not come from this "
        "page, so nothing was done with it. What you entered is below: check it and send it "
        "again.",
    ),
    "busy": (
        "Server sedang sibuk. Coba lagi sebentar lagi.",
        "The server is busy. Please try again in a moment.",
    ),
    "no_pdf": (
        "PDF tidak dapat dibuat di server ini (Chromium belum terpasang). Unduh YAML "
        "atau cetak halaman hasil dari peramban.",
        "This server cannot make PDFs (Chromium is not installed). Download the YAML "
        "or print the result page from the browser.",
    ),
    "too_large": (
        "Berkas atau isian terlalu besar untuk diterima server ini.",
        "The file or the form is too large for this server.",
    ),
    # how to get back to what was typed without the script, which refuses such a file before
    # it is sent: the browser's Back keeps the entries, and the file chosen with them, which
    # every button would send again (web 462 H1: a 413 page after each press)
    "too_large_back": (
        "Isian Anda masih tersimpan pada halaman sebelumnya: kembali dengan tombol Kembali pada "
        "peramban, batalkan pilihan berkas, atau pilih berkas usulan .yaml atau .json (bukan "
        "hasil pindaian atau PDF), lalu tekan lagi tombol yang tadi ditekan.",
        "What you typed is still on the previous page: go back with the browser's Back "
        "button, clear the file chosen, or choose a proposal file in .yaml or .json (not a "
        "scan or a PDF), then press the same button again.",
    ),
    "page_error": ("Permintaan ini tidak dapat dilayani.", "This request cannot be served."),
    "internal_error": (
        "Terjadi kesalahan di dalam paracheck, sehingga permintaan ini belum dapat dilayani. "
        "Isian Anda masih ada pada halaman sebelumnya (tombol Kembali pada peramban). "
        "Kesalahan ini tercatat di log server: laporkan kepada pengelola server.",
        "Something went wrong inside paracheck, so this request could not be served. What you "
        "entered is still on the previous page (the browser's Back button). The error is in "
        "the server's log: report it to the server's administrator.",
    ),
    "not_found": (
        "Halaman ini tidak ada. Periksa alamatnya, atau mulai dari formulir baru.",
        "There is no such page. Check the address, or start from a new form.",
    ),
    "wrong_method": (
        "Halaman ini tidak dapat dibuka dengan cara ini. Buka lagi dari formulir.",
        "This page cannot be opened this way. Open it again from the form.",
    ),
    "unauthorized": (
        "Server ini hanya dapat dipakai dengan token akses. Mintalah token kepada "
        "pengelola server, lalu masukkan sebagai kata sandi.",
        "This server can only be used with an access token. Ask the server's administrator "
        "for it, then enter it as the password.",
    ),
    "skip": ("Langsung ke formulir", "Skip to the form"),
    "api_docs": ("Dokumentasi API (bahasa Inggris)", "API documentation"),  # the page is English
    "optional": ("boleh dikosongkan", "optional"),
    "required": ("wajib", "required"),
}

_GROUPS: dict[str, dict[str, tuple[str, str]]] = {
    "verdict": {
        "blocked": ("terhambat", "blocked"),
        "high_risk": ("risiko tinggi", "high risk"),
        "medium_risk": ("risiko sedang", "medium risk"),
        "low_risk": ("risiko rendah", "low risk"),
        "incomplete": ("belum lengkap", "incomplete"),
    },
    "item": {  # one item of a repeated group: legends and the add / remove buttons
        "sectors": ("sektor", "sector"),
        "programs": ("program", "programme"),
        "procedure": ("langkah prosedur", "procedure step"),
        "accepted_risks": ("risiko yang diterima", "accepted risk"),
    },
}


def lang_of(value: str | None) -> str:
    """The page language: ``en`` when asked for, Bahasa Indonesia otherwise."""
    return "en" if value == "en" else "id"


def word(key: str, lang: str) -> str:
    pair = _WORDS[key]
    return pair[1] if lang == "en" else pair[0]


def group_word(group: str, code: str | None, lang: str) -> str:
    pair = _GROUPS[group].get(code or "")
    if pair is None:
        return "—" if code is None else code
    return pair[1] if lang == "en" else pair[0]


def byte_size(n: int) -> str:
    """A byte count as a person reads it: "1 MiB", "512 KiB", "2000 B" (the same in both
    languages): the server's too-large page and the form's note on a file over the limit."""
    for unit, scale in (("MiB", 1024 * 1024), ("KiB", 1024)):
        if n >= scale and n % scale == 0:
            return f"{n // scale} {unit}"
    return f"{n} B"
