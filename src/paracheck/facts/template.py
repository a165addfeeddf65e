"""A commented proposal template to fill in, and the proposal's JSON Schema.

The template is valid as it stands: every field the analyst still has to fill is commented
out, so it reads as *unknown* (and becomes a question in the assessment) rather than as a
placeholder value that a rule could mistake for a fact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from paracheck.facts.model import SCHEMA_ID, Form, PartnerLevel, Proposal, SectorName, StepId

__all__ = ["FORMS", "proposal_json_schema", "proposal_template"]

FORMS: tuple[str, ...] = Form.__args__  # type: ignore[attr-defined]

_LEVELS = {
    "sister_province": ("province", "province"),
    "sister_city": ("city", "city"),
}
# The Indonesian side's name as the form has it: a sister province is a province, a sister
# city (PP 28/2018: "kabupaten/kota kembar") a regency or a city, any other form any of them.
_LOCAL_NAMES = {
    "sister_province": "Provinsi …",
    "sister_city": "Kabupaten … / Kota …",
}
_ANY_LOCAL_NAME = "Provinsi/Kabupaten/Kota …"
_TITLES = {
    "sister_province": "Provinsi Kembar / Sister Province",
    "sister_city": "Kabupaten/Kota Kembar / Sister City",
    "technical_cooperation": "Kerja Sama Teknik / Technical Cooperation",
    "investment": "Kerja Sama Investasi / Investment Cooperation",
    "other": "Kerja Sama Luar Negeri / Foreign Cooperation",
}

#: the template in Bahasa Indonesia and in English: the same lines of YAML (the same keys, the
#: same values, the same fields commented out; tests/test_init_by_language.py holds them
#: together), each language with its own comments. A list of codes in a comment is glossed by
#: :func:`_glossed` in the template's language.
_TEMPLATES = {
    "id": """\
# Usulan atau kerja sama luar negeri daerah — isi dan periksa dengan `paracheck validate`.
#
# Baris yang diawali '#' adalah komentar. Hapus '#' di depan sebuah isian untuk mengisinya.
# Isian yang dibiarkan sebagai komentar dianggap BELUM DIKETAHUI dan akan ditanyakan.

schema: {schema}
# judul usulan
title: "{title}"
# date: 2025-01-31        # tanggal dokumen ini (TTTT-BB-HH): tanggal usulan, atau tanggal
                          # penilaian bila MoU sudah ditandatangani/berjalan. Bukan tanggal
                          # MoU: tanggal tiap langkah diisi di 'procedure'. Menentukan peraturan
                          # yang berlaku dan menjadi patokan hitungan jangka waktu.
stage: proposal           # tahap kerja sama: proposal | mou_signed | active | evaluation
# bentuk kerja sama: {forms}
form: {form}

local:                    # pihak Indonesia
{local_name}# nama pemerintah daerah
{local_level}
partner:                  # mitra luar negeri
  # name: …               # nama mitra
  # country: CN           # kode negara ISO 3166-1 dua huruf
{partner_level}
  # diplomatic_relations: true   # kosongkan agar memakai data rujukan paracheck
                                 # (pastikan kepada Kemlu); true | false
  # language: fr                 # bahasa kerja mitra bila bukan bahasa utama negaranya
  # kind: regional_government    # jenis mitra (KSDPL atau KSDLL): regional_government |
                                 # institution
  # own_contribution: true       # mitra menyumbang staf/dana/fasilitas sendiri

basis:                    # dasar pertimbangan
  # similar_characteristics: [perikanan, pertanian]   # kesamaan karakteristik
  # similar_problems: []  # masalah serupa
  # complementarity: "…"  # saling melengkapi
  # people_to_people: true          # mempererat hubungan masyarakat
  # in_development_plan: true       # tercantum di RPJMD/RKPD
  # representative_office_abroad: false   # kantor perwakilan di luar negeri
  # central_affairs: []  # urusan pemerintahan absolut (UU 23/2014 Pasal 10); [] = tidak ada
  #                      # foreign_policy | defence | security | justice | monetary_fiscal
  #                      # | religion
  # domestic_interference: false    # mitra meminta campur tangan urusan dalam negeri
  # technology_transfer: true       # alih ilmu/teknologi kepada sumber daya manusia Indonesia
  # equal_territory: true           # mitra beda tingkat: kesetaraan wilayah (luas, penduduk,
  #                                 # fungsi) dijelaskan dalam kajian (PP 28/2018)

sectors:                  # bidang kerja sama, satu entri per bidang
  # - name: agriculture   # {sectors}
  #   lead_agency: Dinas Pertanian   # Perangkat Daerah pengampu; null = belum ada
  #   central_asset: false           # menyangkut aset/izin pemerintah pusat (pelabuhan pusat,
  #                                  # izin tambang sejak UU 3/2020)
  #   capture_fishing: true          # perikanan: menyangkut penangkapan ikan di laut (kapal,
  #                                  # alat tangkap, wilayah/hasil tangkapan); false = hanya
  #                                  # budidaya, rumput laut, pengolahan
  #   power_dependent: true          # kegiatannya memerlukan listrik stabil di lokasinya
  #                                  # (gudang pendingin, pengolahan, pompa, rumah sakit);
  #                                  # kosongkan = menurut bidangnya
  #   programs:
  #     - name: "…"                  # nama program
  #       status: planned            # planned | ongoing | done | stalled | cancelled
  #       budget_idr: 100000000      # anggaran dari semua sumber: APBD, APBN, mitra, hibah (Rp,
  #                                  # bilangan bulat), untuk seluruh masa program
  #       apbd_idr: 100000000        # bagian anggaran itu yang dibayar dari APBD daerah; 0 bila
  #                                  # seluruhnya dibayar pihak lain (mitra, investor swasta,
  #                                  # hibah, APBN)
  #       kpis: ["…"]                # target terukur
  #       started: 2025-01-31        # kegiatan pertama (TTTT-BB-HH)
  #       last_activity: 2025-01-31  # kegiatan terakhir (TTTT-BB-HH)
  #       moves_people: false        # mengirim/menerima orang lintas negara (pekerja musiman,
  #                                  # pemagang, pelajar, awak kapal, penumpang); kosong:
  #                                  # ditanyakan
  #       people_moved: officials    # bila moves_people: true, siapa yang dikirim/diterima:
  #                                  # workers = pekerja, awak kapal, pemagang kerja;
  #                                  # students = pelajar, mahasiswa, guru, peserta pelatihan;
  #                                  # officials = delegasi pejabat (studi banding, misi
  #                                  # resmi); artists = seniman, rombongan budaya. Kosong:
  #                                  # dibaca dari bidang sektornya. Satu nilai saja: untuk
  #                                  # beberapa kelompok tulis yang paling rawan (workers,
  #                                  # lalu students, lalu officials/artists), atau catat
  #                                  # tiap kelompok sebagai program tersendiri

budget:                   # anggaran
  # apbd_allocation_idr: 250000000  # alokasi APBD satu tahun anggaran, tahun berikutnya (Rp)
  # multi_year: false               # pendanaan lintas tahun sudah direncanakan
  #                                 # (Renstra/RPJMD); bukan hanya kegiatan tahun jamak
  # other_sources: []               # apbn | partner | private | grant
  # other_sources_idr: 0            # jumlah dana sumber lain yang sudah pasti untuk
  #                                 # program yang belum selesai (Rp)
  # partner_funds_recorded: true    # dana mitra tercatat di dokumen anggaran dan naskah,
  #                                 # tanpa syarat yang mengikat
  # partner_funds_binding: false    # dana mitra disertai syarat yang mengikat (pinjaman
  #                                 # yang dibayar kembali, kewajiban membeli, konsesi)
  # budgeted_last_year: true        # tahun lalu sudah ada anggaran kerja sama luar negeri;
  #                                 # false = belum ada: dua baris berikut tidak diisi
  # realization_rate: 0.6           # serapan anggaran tahun lalu, 0..1
  # revisions_last_year: 0          # pemotongan/pergeseran anggaran tahun lalu

human_resources:          # sumber daya manusia
  # dedicated_staff: 1              # staf khusus kerja sama ini
  # language_staff: {{en: 1, zh: 0}}  # kode bahasa ISO 639-1 → jumlah staf
  # trained_staff: 0                # staf terlatih kerja sama luar negeri
  # response_days: 14               # hari untuk membalas mitra

energy:                   # kelistrikan daerah
  # reserve_margin_pct: 10          # cadangan daya (%), negatif = defisit; tanyakan
  #                                 # kepada PLN setempat (daya mampu dan beban puncak)
  # rolling_blackouts: false        # pemadaman bergilir
  # outage_hours_per_month: 0       # jam padam per bulan
  # affected_areas: []              # wilayah terdampak

security:                 # kejahatan lintas negara
  # tingkat kerawanan di bawah ini: penilaian daerah bersama instansi terkait (paracheck
  # tidak memakai peringkat resmi dari lembaga mana pun)
  # narcotics_route: low            # none | low | medium | high
  # iuu_fishing: low                # none | low | medium | high
  # terrorism: low                  # none | low | medium | high
  # human_trafficking: low          # none | low | medium | high
  # coordinating_agencies: []       # BNN | KKP | Bakamla | Polri | BNPT | Imigrasi | PPATK |
  #                                 # BP2MI (BP2MI/KP2MI) | "Bea Cukai" | other

procedure:                # tahapan prosedur yang sudah ditempuh
  # - step: letter_of_intent        # {steps}
  #   status: done                  # done | in_progress | pending | not_applicable | unknown
  #   date: 2025-01-31              # tanggal (TTTT-BB-HH)
  #   document: "…"                 # nomor surat/dokumen

governance:               # tata kelola
  # joint_working_group: false      # kelompok kerja bersama
  # meetings_per_year: 0            # pertemuan per tahun
  # monitoring_plan: false          # rencana pemantauan dan evaluasi (monev)
  # reports_to_ministry: false      # laporan berkala kepada Kemendagri
  # stakeholders: []                # university | private_sector | civil_society | media
  # joint_committee_last_met: 2025-01-31   # rapat terakhir kelompok kerja bersama;
  #                                        # null = belum pernah
  # tkksd_reviewed: true            # sudah dibahas TKKSD

agreement:                # naskah MoU
  # signatory: head_of_region       # penanda tangan: head_of_region | full_powers_holder
  #                                 # | other_official
  # expires: 2030-12-31             # hari terakhir masa berlaku MoU (bila naskah menyebutnya)

accepted_risks:           # risiko yang diterima secara sadar
  # - rule: NRG-001                 # kode aturan
  #   reason: "…"                   # alasan (wajib)
  #   accepted_by: "…"              # pejabat yang menerima (wajib)
  #   until: 2025-12-31             # berlaku sampai (wajib)
""",
    "en": """\
# Foreign cooperation proposal of a regional government — fill in, check with `paracheck validate`.
#
# Lines starting with '#' are comments. Remove the '#' in front of a field to fill it in.
# A field left commented out counts as UNKNOWN and becomes a question in the assessment.

schema: {schema}
# title of the proposal
title: "{title}"
# date: 2025-01-31        # date of this document (YYYY-MM-DD): the proposal's, or this
                          # assessment's when the MoU is signed or running. Not the MoU's date:
                          # each step's date goes under 'procedure'. Selects the regulation in
                          # force and the day time spans are counted to.
stage: proposal           # stage of the cooperation: proposal | mou_signed | active | evaluation
# forms of cooperation: {forms}
form: {form}

local:                    # the Indonesian side
{local_name}# name of the regional government
{local_level}
partner:                  # the foreign partner
  # name: …               # partner's name
  # country: CN           # two-letter country code (ISO 3166-1)
{partner_level}
  # diplomatic_relations: true   # leave out to use paracheck's reference data (confirm
                                 # with Kemlu); true | false
  # language: fr                 # partner's working language, if not its country's main one
  # kind: regional_government    # kind of partner (KSDPL or KSDLL): regional_government |
                                 # institution
  # own_contribution: true       # the partner commits its own staff, funds or facilities

basis:                    # why these two partners
  # similar_characteristics: [perikanan, pertanian]   # shared traits
  # similar_problems: []  # shared problems
  # complementarity: "…"  # how the two complement each other
  # people_to_people: true          # people-to-people ties
  # in_development_plan: true       # in the development plan (RPJMD/RKPD)
  # representative_office_abroad: false   # representative office abroad
  # central_affairs: []  # absolute central affairs touched (UU 23/2014 Art. 10); [] = none
  #                      # foreign_policy | defence | security | justice | monetary_fiscal
  #                      # | religion
  # domestic_interference: false    # the partner claims a say in domestic governance
  # technology_transfer: true       # knowledge or technology passed on to Indonesian staff
  # equal_territory: true           # a partner of another level: the study shows the two
  #                                 # territories are equivalent (area, population, role)

sectors:                  # fields of cooperation, one entry per field
  # - name: agriculture   # {sectors}
  #   lead_agency: Dinas Pertanian   # the agency owning follow-up; null = none named
  #   central_asset: false           # touches a central government asset or licence (a port
  #                                  # run by the centre, a mining licence since UU 3/2020)
  #   capture_fishing: true          # fisheries: touches capture fishing at sea (vessels,
  #                                  # gear, fishing grounds, catches); false = only
  #                                  # aquaculture, seaweed, processing
  #   power_dependent: true          # its activities need a steady power supply on site
  #                                  # (cold storage, processing, pumps, hospitals);
  #                                  # left out = read by its field
  #   programs:
  #     - name: "…"                  # programme name
  #       status: planned            # planned | ongoing | done | stalled | cancelled
  #       budget_idr: 100000000      # budget from all sources: APBD, APBN, partner, grants
  #                                  # (whole IDR), for the programme's whole run
  #       apbd_idr: 100000000        # the part of that budget the region pays from its APBD;
  #                                  # 0 when others pay for all of it (the partner, a
  #                                  # private investor, a grant, the APBN)
  #       kpis: ["…"]                # measurable targets
  #       started: 2025-01-31        # first activity (YYYY-MM-DD)
  #       last_activity: 2025-01-31  # last activity (YYYY-MM-DD)
  #       moves_people: false        # sends or receives people across the border (seasonal
  #                                  # workers, interns, students, crews, passengers); left
  #                                  # out: asked
  #       people_moved: officials    # with moves_people: true, who is sent or received:
  #                                  # workers = workers, crews, apprentices for work;
  #                                  # students = pupils, students, teachers, trainees;
  #                                  # officials = officials' delegations (study visits,
  #                                  # official missions); artists = artists, cultural
  #                                  # troupes. Left out: read from the sector's field.
  #                                  # One value only: for several groups write the most
  #                                  # exposed (workers, then students, then officials/
  #                                  # artists), or list each group as its own programme

budget:                   # funding
  # apbd_allocation_idr: 250000000  # APBD allocation for one budget year, the coming one (IDR)
  # multi_year: false               # funding planned across years (Renstra/RPJMD);
  #                                 # not only a multi-year contract
  # other_sources: []               # apbn | partner | private | grant
  # other_sources_idr: 0            # money from the other sources already certain for the
  #                                 # programmes not yet finished (IDR)
  # partner_funds_recorded: true    # partner funds recorded in the budget and the agreement,
  #                                 # no binding conditions
  # partner_funds_binding: false    # partner funds with binding conditions (a loan to
  #                                 # repay, an obligation to buy, a concession)
  # budgeted_last_year: true        # a foreign-cooperation budget last year; false = none
  #                                 # yet: leave the next two lines out
  # realization_rate: 0.6           # share of last year's budget spent, 0..1
  # revisions_last_year: 0          # mid-year cuts or shifts last year

human_resources:          # staff
  # dedicated_staff: 1              # staff working mainly on this cooperation
  # language_staff: {{en: 1, zh: 0}}  # ISO 639-1 language code → number of staff
  # trained_staff: 0                # staff trained in foreign cooperation
  # response_days: 14               # days to answer the partner

energy:                   # the region's electricity supply
  # reserve_margin_pct: 10          # reserve margin (%), negative = deficit; ask the
  #                                 # local PLN office (capacity and peak load)
  # rolling_blackouts: false        # rolling blackouts
  # outage_hours_per_month: 0       # outage hours a month
  # affected_areas: []              # affected areas

security:                 # transnational crime exposure
  # the ratings below: the region's own assessment with the agencies concerned (paracheck
  # uses no official rating from any body)
  # narcotics_route: low            # none | low | medium | high
  # iuu_fishing: low                # none | low | medium | high
  # terrorism: low                  # none | low | medium | high
  # human_trafficking: low          # none | low | medium | high
  # coordinating_agencies: []       # BNN | KKP | Bakamla | Polri | BNPT | Imigrasi | PPATK |
  #                                 # BP2MI (BP2MI/KP2MI) | "Bea Cukai" | other

procedure:                # procedural steps taken so far
  # - step: letter_of_intent        # {steps}
  #   status: done                  # done | in_progress | pending | not_applicable | unknown
  #   date: 2025-01-31              # date (YYYY-MM-DD)
  #   document: "…"                 # letter or document number

governance:               # steering and monitoring
  # joint_working_group: false      # joint working group
  # meetings_per_year: 0            # meetings a year
  # monitoring_plan: false          # monitoring and evaluation plan
  # reports_to_ministry: false      # regular reports to Kemendagri
  # stakeholders: []                # university | private_sector | civil_society | media
  # joint_committee_last_met: 2025-01-31   # last joint working group meeting;
  #                                        # null = never
  # tkksd_reviewed: true            # discussed by the region's TKKSD

agreement:                # the MoU
  # signatory: head_of_region       # who signs: head_of_region | full_powers_holder
  #                                 # | other_official
  # expires: 2030-12-31             # last day of the MoU's term, if the text sets one

accepted_risks:           # risks accepted knowingly, with accountability
  # - rule: NRG-001                 # rule id
  #   reason: "…"                   # reason (required)
  #   accepted_by: "…"              # official who accepts it (required)
  #   until: 2025-12-31             # valid until (required)
""",
}


_CODE_LIST = re.compile(
    r"^(?P<head>.*?# (?:[^#|]*?: )?)(?P<codes>\| [a-z_]+(?: \| [a-z_]+)*|[a-z_]+(?: \| [a-z_]+)+)$"
)
#: comments are wrapped at this width
_WIDTH = 100


def _glossed(text: str, lang: str = "id") -> str:
    """``text`` with every comment listing codes ("planned | ongoing | done") glossed in
    ``lang``, "planned (direncanakan) | ongoing (berjalan) | …", wrapped under its column:
    the codes a file must hold are English, and `validate` already glosses each one (wording
    review 18 C17: "status: planned # planned | ongoing | done | stalled | cancelled"). In
    English a code is glossed only where its label says more than the code ("mou_signed (MoU
    signed)"), not "planned (planned)".

    Each list is glossed from its own field's value group (:func:`_group_of`), as the
    reports label the value: "other" is "sektor lain" among sectors and "tingkat lain" among
    partner levels, "investment" is "penanaman modal" as a sector (words19 B8: the first
    group's gloss stood for every list, "other (bentuk lain)", "investment (investasi)")."""
    from paracheck.facts.labels import value_groups

    groups = {
        name: {str(code): _gloss(names.get(lang, ""), code) for code, names in group.items()}
        for name, group in value_groups().items()
    }
    anywhere: dict[str, str] = {}
    for group in groups.values():
        for code, gloss in group.items():
            anywhere.setdefault(code, gloss)
    out = []
    for line in text.split("\n"):
        found = _CODE_LIST.match(line)
        codes = found["codes"].lstrip("| ").split(" | ") if found else []
        if not codes or not all(code in anywhere for code in codes):
            out.append(line)
            continue
        glosses = _group_of(codes, groups) or anywhere
        words = _words(codes, glosses, value_groups(), lang)
        head = found["head"] + ("| " if found["codes"].startswith("|") else "")
        lead = " " * (line.index("#") if line.lstrip().startswith("#") else 0)
        column = lead + "#" + " " * (len(found["head"]) - len(lead) - 1)
        current = head
        for i, word in enumerate(words):
            piece = word + (" |" if i < len(words) - 1 else "")
            if len(current) + len(piece) + 1 > _WIDTH and current.strip() not in ("", "#"):
                out.append(current.rstrip())
                current = column
            current += ("" if current.endswith((" ", "#")) else " ") + piece
        out.append(current.rstrip())
    return "\n".join(out)


def _gloss(label: str, code: str) -> str:
    """A label as a gloss: "provinsi kembar (Sister Province)" without its own brackets; the
    code itself where the label only repeats it ("planned" for ``planned``, in English)."""
    said = label.split(" (")[0]
    return code if said == code.replace("_", " ") else said


def _group_of(codes: list[str], groups: dict[str, dict[str, str]]) -> dict[str, str] | None:
    """The glosses of the value group a list of codes is drawn from: the group holding
    exactly those codes, else the smallest holding them all; None when no group does."""
    holding = [group for group in groups.values() if all(code in group for code in codes)]
    if not holding:
        return None
    exact = [group for group in holding if set(group) == set(codes)]
    return (exact or sorted(holding, key=len))[0]


def _words(
    codes: list[str], glosses: dict[str, str], groups: Mapping[str, Any], lang: str
) -> list[str]:
    """Each code with its gloss ("other (sektor lain)"); a code whose gloss is the code is
    left alone (BNN), and two codes of one list glossed alike are told apart by the label's
    own brackets: "regency (kabupaten) | county (county, gun, atau xian)"."""
    counts: dict[str, int] = {}
    for code in codes:
        counts[glosses[code]] = counts.get(glosses[code], 0) + 1
    out = []
    for code in codes:
        gloss = glosses[code]
        if counts[gloss] > 1:
            gloss = _bracketed(code, gloss, groups, lang)
        out.append(f"{code} ({gloss})" if gloss != code else code)
    return out


def _bracketed(code: str, gloss: str, groups: Mapping[str, Any], lang: str) -> str:
    """The bracket of the label of ``code`` glossed as ``gloss`` ("county, gun, atau xian"
    from "kabupaten (county, gun, atau xian)"), else the gloss."""
    for group in groups.values():
        label = str((group.get(code) or {}).get(lang, ""))
        if _gloss(label, code) == gloss and " (" in label and label.endswith(")"):
            bracket = label.split(" (", 1)[1][:-1]
            # "kabupaten (regency)": the bracket is the code itself, the gloss says more;
            # "kabupaten (regency, sebutan …)": the code is not said twice
            if bracket.startswith(code + ", "):
                return bracket[len(code) + 2 :]
            return gloss if bracket == code else bracket
    return gloss


#: what the level line's comment calls the level, by language
_LEVEL_WORD = {"id": "tingkat", "en": "level of government"}


def proposal_template(form: str = "sister_province", lang: str = "id") -> str:
    """A commented YAML proposal for ``form`` that validates as it is, its comments in
    ``lang`` (``id`` or ``en``): the same keys and values in either language.

    Raises ``ValueError`` for a form outside :data:`FORMS` or a language other than those.
    """
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; expected one of: {', '.join(FORMS)}")
    if lang not in _TEMPLATES:
        raise ValueError(f"unknown language {lang!r}; expected one of: {', '.join(_TEMPLATES)}")
    local, partner = _LEVELS.get(form, (None, None))
    word = _LEVEL_WORD[lang]

    def level_line(value: str | None, allowed: str) -> str:
        if value is None:
            return f"  # level: …             # {word}: {allowed}"
        return f"  level: {value}".ljust(26) + f"# {word}: {allowed}"

    return _glossed(
        _TEMPLATES[lang].format(
            schema=SCHEMA_ID,
            title=_TITLES[form],
            local_name=f"  # name: {_LOCAL_NAMES.get(form, _ANY_LOCAL_NAME)}".ljust(25) + " ",
            form=form,
            forms=" | ".join(FORMS),
            local_level=level_line(local, "province | regency | city"),
            partner_level=level_line(partner, " | ".join(PartnerLevel.__args__)),  # type: ignore[attr-defined]
            sectors=" | ".join(SectorName.__args__),
            steps=" | ".join(StepId.__args__),
        ),
        lang,
    )


PROPOSAL_SCHEMA_ID = "urn:paracheck:schema:proposal:v1"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def proposal_json_schema() -> dict[str, Any]:
    """JSON Schema of ``paracheck/proposal/v1`` (field names as written in the YAML).

    Generated from the model, then given what pydantic cannot see in the model's validator
    functions, so the schema refuses what the loader refuses: a country code that is not ISO
    3166-1 (``XX``) or is Indonesia's (``ID``: the partner is foreign), and a language (a key
    of ``language_staff``, or ``partner.language``) that is neither an ISO 639-1 code nor three
    letters (``japanese``). Codes are accepted in either case, as the loader accepts them.

    A three-letter language code is checked by its form only: the loader keeps an ISO 639-3
    code for a language without a two-letter one (Tetum, ``tet``, spoken on both sides of the
    Timor border) and refuses one that has a two-letter code, naming it (``por``: write
    ``pt``). Listing the 7,700 such codes would triple the schema's size; until held-out 59 the
    schema listed none, and refused a Tetum-speaking staff the loader accepts.
    """
    from paracheck.facts.model import _iso639_1, partner_countries

    schema = Proposal.model_json_schema(by_alias=True)
    countries = sorted(partner_countries())  # ISO 3166-1 without ID: the partner is foreign
    languages = sorted(_iso639_1())
    defs = schema.get("$defs", {})
    country = defs["Partner"]["properties"]["country"]
    # the code list sits under allOf: a constraint on a typed-in code, not a choice list that a
    # form generator (the web form walks this schema) would turn into a 249-entry select
    country["anyOf"] = [
        {
            "type": "string",
            "minLength": 2,
            "maxLength": 2,
            "allOf": [{"enum": [*countries, *(c.lower() for c in countries)]}],
        },
        {"type": "null"},
    ]
    language = {
        "anyOf": [
            {"enum": [*languages, *(x.upper() for x in languages)]},
            {"type": "string", "pattern": "^[A-Za-z]{3}$"},
        ]
    }
    defs["LanguageCode"] = language  # said once, for the staff's languages and the partner's
    code = {"$ref": "#/$defs/LanguageCode"}
    staff = defs["HumanResources"]["properties"]["language_staff"]
    for branch in staff["anyOf"]:
        if branch.get("type") == "object":
            branch["propertyNames"] = code
    # under allOf, as the country's list: a constraint on a typed-in code, which the web form
    # keeps as a text input
    for branch in defs["Partner"]["properties"]["language"]["anyOf"]:
        if branch.get("type") == "string":
            branch["allOf"] = [code]
    return {"$schema": JSON_SCHEMA_DIALECT, "$id": PROPOSAL_SCHEMA_ID, **schema}
