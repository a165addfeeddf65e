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

_TEMPLATE = """\
# Usulan atau kerja sama luar negeri daerah — isi dan periksa dengan `paracheck validate`.
# Foreign cooperation proposal of a regional government — fill in, check with `paracheck validate`.
#
# Baris yang diawali '#' adalah komentar. Hapus '#' di depan sebuah isian untuk mengisinya.
# Isian yang dibiarkan sebagai komentar dianggap BELUM DIKETAHUI dan akan ditanyakan.
# Lines starting with '#' are comments. Remove the '#' in front of a field to fill it in.
# A field left commented out counts as UNKNOWN and becomes a question in the assessment.

schema: {schema}
# judul usulan / title of the proposal
title: "{title}"
# date: 2025-01-31        # tanggal dokumen ini (YYYY-MM-DD): tanggal usulan, atau tanggal
                          # penilaian bila MoU sudah ditandatangani/berjalan. Bukan tanggal
                          # MoU: tanggal tiap langkah diisi di 'procedure'. Menentukan peraturan
                          # yang berlaku dan menjadi patokan hitungan jangka waktu.
                          # date of this document: the proposal's, or this assessment's when
                          # the MoU is signed or running. Not the MoU's date: each step's date
                          # goes under 'procedure'. Selects the regulation in force and the day
                          # time spans are counted to.
stage: proposal           # tahap / stage: proposal | mou_signed | active | evaluation
# bentuk / form: {forms}
form: {form}

local:                    # pihak Indonesia / the Indonesian side
{local_name}# nama pemerintah daerah / name of the regional government
{local_level}
partner:                  # mitra luar negeri / the foreign partner
  # name: …               # nama mitra / partner's name
  # country: CN           # kode negara ISO 3166-1 dua huruf / two-letter country code
{partner_level}
  # diplomatic_relations: true   # kosongkan agar memakai data rujukan paracheck
                                 # (pastikan kepada Kemlu)
                                 # leave out to use the reference data; true | false
  # language: fr                 # bahasa kerja mitra bila bukan bahasa utama negaranya;
                                 # partner's working language, if not its country's main one
  # kind: regional_government    # pemerintah daerah (KSDPL) atau lembaga (KSDLL) di luar negeri
                                 # regional_government (KSDPL) | institution (KSDLL)
  # own_contribution: true       # mitra menyumbang staf/dana/fasilitas sendiri
                                 # the partner commits its own staff, funds or facilities

basis:                    # dasar pertimbangan / why these two partners
  # similar_characteristics: [perikanan, pertanian]   # kesamaan karakteristik / shared traits
  # similar_problems: []  # masalah serupa / shared problems
  # complementarity: "…"  # saling melengkapi / how the two complement each other
  # people_to_people: true          # mempererat hubungan masyarakat / people-to-people ties
  # in_development_plan: true       # tercantum di RPJMD/RKPD / in the development plan
  # representative_office_abroad: false   # kantor perwakilan di luar negeri / office abroad
  # central_affairs: []  # urusan pemerintahan absolut (UU 23/2014 Pasal 10); [] = tidak ada
  #                      # absolute central affairs touched (UU 23/2014 Art. 10); [] = none
  #                      # foreign_policy | defence | security | justice | monetary_fiscal
  #                      # | religion
  # domestic_interference: false    # mitra meminta campur tangan urusan dalam negeri
  #                                 # the partner claims a say in domestic governance
  # technology_transfer: true       # alih ilmu/teknologi kepada SDM Indonesia
  #                                 # knowledge or technology passed on to Indonesian staff

sectors:                  # bidang kerja sama, satu entri per bidang / one entry per field
  # - name: agriculture   # {sectors}
  #   lead_agency: Dinas Pertanian   # Perangkat Daerah pengampu; null = belum ada
  #                                  # the agency owning follow-up; null = none named
  #   central_asset: false           # menyangkut aset/izin pemerintah pusat (pelabuhan pusat,
  #                                  # izin tambang sejak UU 3/2020) / a central asset or licence
  #   programs:
  #     - name: "…"                  # nama program / programme name
  #       status: planned            # planned | ongoing | done | stalled | cancelled
  #       budget_idr: 100000000      # anggaran dari semua sumber: APBD, APBN, mitra, hibah (Rp,
  #                                  # bilangan bulat), untuk seluruh masa program / budget
  #                                  # from all sources (whole IDR), for the programme's whole run
  #       kpis: ["…"]                # target terukur / measurable targets
  #       started: 2025-01-31        # kegiatan pertama / first activity (YYYY-MM-DD)
  #       last_activity: 2025-01-31  # kegiatan terakhir / last activity (YYYY-MM-DD)
  #       moves_people: false        # mengirim/menerima orang lintas negara (pekerja musiman,
  #                                  # pemagang, pelajar, awak kapal, penumpang) / sends or
  #                                  # receives people across the border (kosong: ditanyakan /
  #                                  # left out: asked)

budget:                   # anggaran / funding
  # apbd_allocation_idr: 250000000  # alokasi APBD satu tahun anggaran, tahun berikutnya (Rp)
  #                                 # / APBD allocation for one budget year, the coming one
  # multi_year: false               # tahun jamak / committed for several years
  # other_sources: []               # apbn | partner | private | grant
  # partner_funds_recorded: true    # dana mitra tercatat di dokumen anggaran dan naskah,
  #                                 # tanpa syarat yang mengikat / partner funds recorded
  #                                 # in the budget and the agreement, no binding conditions
  # realization_rate: 0.6           # serapan anggaran tahun lalu, 0..1 / share spent last year
  # revisions_last_year: 0          # pemotongan/pergeseran anggaran tahun lalu / mid-year cuts

human_resources:          # sumber daya manusia / staff
  # dedicated_staff: 1              # pegawai khusus / staff working mainly on this
  # language_staff: {{en: 1, zh: 0}}  # kode bahasa ISO 639-1 → jumlah pegawai / staff per language
  # trained_staff: 0                # pegawai terlatih / staff trained in foreign cooperation
  # response_days: 14               # hari untuk membalas mitra / days to answer the partner

energy:                   # kelistrikan daerah / electricity supply
  # reserve_margin_pct: 10          # cadangan daya (%), negatif = defisit / reserve margin
  # rolling_blackouts: false        # pemadaman bergilir / rolling blackouts
  # outage_hours_per_month: 0       # jam padam per bulan / outage hours a month
  # affected_areas: []              # wilayah terdampak / affected areas

security:                 # kejahatan lintas negara / transnational crime exposure
  # narcotics_route: low            # none | low | medium | high
  # iuu_fishing: low                # none | low | medium | high
  # terrorism: low                  # none | low | medium | high
  # human_trafficking: low          # none | low | medium | high
  # coordinating_agencies: []       # BNN | KKP | Bakamla | Polri | BNPT | Imigrasi | PPATK |
  #                                 # BP2MI | "Bea Cukai" | other

procedure:                # tahapan prosedur / procedural steps taken so far
  # - step: letter_of_intent        # {steps}
  #   status: done                  # done | in_progress | pending | not_applicable | unknown
  #   date: 2025-01-31              # tanggal / date (YYYY-MM-DD)
  #   document: "…"                 # nomor surat/dokumen / letter or document number

governance:               # tata kelola / steering and monitoring
  # joint_working_group: false      # kelompok kerja bersama / joint working group
  # meetings_per_year: 0            # pertemuan per tahun / meetings a year
  # monitoring_plan: false          # rencana monev / monitoring and evaluation plan
  # reports_to_ministry: false      # laporan berkala kepada Kemendagri
                                    # regular reports to Kemendagri
  # stakeholders: []                # university | private_sector | civil_society | media
  # joint_committee_last_met: 2025-01-31   # rapat terakhir kelompok kerja bersama;
  #                                        # null = belum pernah / last joint meeting; null = never
  # tkksd_reviewed: true            # sudah dibahas TKKSD / discussed by the region's TKKSD

agreement:                # naskah MoU / the MoU
  # signatory: head_of_region       # penanda tangan / who signs: head_of_region
  #                                 # | full_powers_holder | other_official
  # expires: 2030-12-31             # hari terakhir masa berlaku MoU (bila naskah menyebutnya)
  #                                 # last day of the MoU's term, if the text sets one

accepted_risks:           # risiko yang diterima secara sadar / accountable waivers
  # - rule: NRG-001                 # kode aturan / rule id
  #   reason: "…"                   # alasan (wajib) / reason (required)
  #   accepted_by: "…"              # pejabat yang menerima (wajib) / who accepts (required)
  #   until: 2025-12-31             # berlaku sampai (wajib) / valid until (required)
"""


_CODE_LIST = re.compile(
    r"^(?P<head>.*?# (?:[^#|]*?: )?)(?P<codes>\| [a-z_]+(?: \| [a-z_]+)*|[a-z_]+(?: \| [a-z_]+)+)$"
)
#: comments are wrapped at this width
_WIDTH = 100


def _glossed(text: str) -> str:
    """``text`` with every comment listing codes ("planned | ongoing | done") glossed in
    Indonesian, "planned (direncanakan) | ongoing (berjalan) | …", wrapped under its column:
    the codes a file must hold are English, and `validate` already glosses each one (wording
    review 18 C17: "status: planned # planned | ongoing | done | stalled | cancelled").

    Each list is glossed from its own field's value group (:func:`_group_of`), as the
    reports label the value: "other" is "sektor lain" among sectors and "tingkat lain" among
    partner levels, "investment" is "penanaman modal" as a sector (words19 B8: the first
    group's gloss stood for every list, "other (bentuk lain)", "investment (investasi)")."""
    from paracheck.facts.labels import value_groups

    groups = {
        name: {str(code): _gloss(names.get("id", "")) for code, names in group.items()}
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
        words = _words(codes, glosses, value_groups())
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


def _gloss(label: str) -> str:
    """A label as a gloss: "provinsi kembar (Sister Province)" without its own brackets."""
    return label.split(" (")[0]


def _group_of(codes: list[str], groups: dict[str, dict[str, str]]) -> dict[str, str] | None:
    """The glosses of the value group a list of codes is drawn from: the group holding
    exactly those codes, else the smallest holding them all; None when no group does."""
    holding = [group for group in groups.values() if all(code in group for code in codes)]
    if not holding:
        return None
    exact = [group for group in holding if set(group) == set(codes)]
    return (exact or sorted(holding, key=len))[0]


def _words(codes: list[str], glosses: dict[str, str], groups: Mapping[str, Any]) -> list[str]:
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
            gloss = _bracketed(code, gloss, groups)
        out.append(f"{code} ({gloss})" if gloss != code else code)
    return out


def _bracketed(code: str, gloss: str, groups: Mapping[str, Any]) -> str:
    """The bracket of the label of ``code`` glossed as ``gloss`` ("county, gun, atau xian"
    from "kabupaten (county, gun, atau xian)"), else the gloss."""
    for group in groups.values():
        label = str((group.get(code) or {}).get("id", ""))
        if _gloss(label) == gloss and " (" in label and label.endswith(")"):
            return label.split(" (", 1)[1][:-1]
    return gloss


def proposal_template(form: str = "sister_province") -> str:
    """A commented YAML proposal for ``form`` that validates as it is.

    Raises ``ValueError`` for a form outside :data:`FORMS`.
    """
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; expected one of: {', '.join(FORMS)}")
    local, partner = _LEVELS.get(form, (None, None))

    def level_line(value: str | None, allowed: str) -> str:
        if value is None:
            return f"  # level: …             # tingkat / level: {allowed}"
        return f"  level: {value}".ljust(26) + f"# tingkat / level: {allowed}"

    return _glossed(
        _TEMPLATE.format(
            schema=SCHEMA_ID,
            title=_TITLES[form],
            local_name=f"  # name: {_LOCAL_NAMES.get(form, _ANY_LOCAL_NAME)}".ljust(25) + " ",
            form=form,
            forms=" | ".join(FORMS),
            local_level=level_line(local, "province | regency | city"),
            partner_level=level_line(partner, " | ".join(PartnerLevel.__args__)),  # type: ignore[attr-defined]
            sectors=" | ".join(SectorName.__args__),
            steps=" | ".join(StepId.__args__),
        )
    )


PROPOSAL_SCHEMA_ID = "urn:paracheck:schema:proposal:v1"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def proposal_json_schema() -> dict[str, Any]:
    """JSON Schema of ``paracheck/proposal/v1`` (field names as written in the YAML).

    Generated from the model, then given what pydantic cannot see in the model's validator
    functions, so the schema refuses what the loader refuses: a country code that is not ISO
    3166-1 (``XX``) or is Indonesia's (``ID``: the partner is foreign), and a language key that
    is not ISO 639-1 (``japanese``). Codes are accepted in either case, as the loader accepts
    them.
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
    staff = defs["HumanResources"]["properties"]["language_staff"]
    for branch in staff["anyOf"]:
        if branch.get("type") == "object":
            branch["propertyNames"] = {"enum": [*languages, *(x.upper() for x in languages)]}
    return {"$schema": JSON_SCHEMA_DIALECT, "$id": PROPOSAL_SCHEMA_ID, **schema}
