"""The Saran never drops a sentence that assigns risks (fix26's leftover). It was cut at five
sentences: beside a lapsed MoU with a running programme, a question that could block, the
procedure findings of the ended MoU and one high risk to follow up now, the sixth sentence —
three high risks (IMP-001, REG-042, NRG-002) for a new MoU — fell off the memo the head signs,
while the plan still listed them. Only the optional closing sentences (the next obligation, the
medium risks to take up with the partner) wait for room under five."""

from __future__ import annotations

import re

import paracheck
from paracheck.report import advice

LAPSED = """
schema: paracheck/proposal/v1
stage: evaluation
form: sister_city
local:
  name: Kota Palu
  level: city
partner:
  name: Gimhae-si
  country: KR
  level: city
  kind: regional_government
basis:
  similar_characteristics:
  - kawasan industri nikel
  - kota pelabuhan
  similar_problems:
  - pencemaran pesisir
  people_to_people: true
  in_development_plan: true
  representative_office_abroad: false
  central_affairs: []
  technology_transfer: true
sectors:
- name: mining
  lead_agency: Dinas Lingkungan Hidup Kota Palu
  central_asset: true
  programs:
  - name: Pelatihan pengawasan lingkungan tambang nikel
    status: ongoing
    budget_idr: 600000000
    kpis:
    - 40 pengawas terlatih
    moves_people: false
    started: 2023-06-01
    last_activity: 2025-01-10
- name: fisheries
  lead_agency: Dinas Kelautan dan Perikanan Kota Palu
  programs:
  - name: Alih teknologi pengolahan hasil tangkapan
    status: ongoing
    budget_idr: 150000000
    kpis:
    - 2 unit pengolahan
    moves_people: false
    started: 2023-06-01
    last_activity: 2025-01-10
  - name: Lokakarya daring rantai dingin
    status: ongoing
    budget_idr: 25000000
    kpis: []
    moves_people: false
    started: 2023-06-01
    last_activity: 2025-01-10
- name: education
  lead_agency: null
  programs:
  - name: Beasiswa vokasi teknik
    status: ongoing
    budget_idr: 1500000000
    kpis:
    - 20 penerima
    moves_people: true
    started: 2023-06-01
    last_activity: 2025-01-10
- name: trade
  lead_agency: Dinas Koperasi, UKM dan Perdagangan Kota Palu
  programs:
  - name: Temu bisnis UMKM
    status: ongoing
    budget_idr: 75500000
    kpis: []
    moves_people: true
    started: 2023-06-01
    last_activity: 2025-01-10
budget:
  apbd_allocation_idr: 600000000
  multi_year: false
  other_sources: []
  revisions_last_year: 1
  realization_rate: 0.696
human_resources:
  dedicated_staff: 1
  language_staff:
    en: 2
  trained_staff: 0
  response_days: 30
energy:
  reserve_margin_pct: -4
  rolling_blackouts: true
security:
  narcotics_route: medium
  human_trafficking: high
  terrorism: low
  coordinating_agencies: []
governance:
  joint_working_group: false
  monitoring_plan: false
  stakeholders: []
  tkksd_reviewed: true
title: Kerja sama Kota Palu – Gimhae-si (MoU 2023, berakhir)
date: 2025-10-15
procedure:
- step: initiative
  status: done
  date: 2021-11-01
- step: exploration
  status: done
  date: 2021-12-16
- step: cooperation_plan
  status: done
  date: 2022-03-16
- step: agreement_drafting
  status: done
  date: 2022-07-29
- step: signing
  status: done
  date: 2022-12-11
- step: deposit_with_kemlu
  status: unknown
- step: implementing_agreement
  status: pending
- step: reporting
  status: pending
agreement:
  signatory: head_of_region
  expires: 2025-06-30
"""


def _high_risks(a: paracheck.Assessment) -> set[str]:
    return {c.rule_id for c in a.checks if c.status == "risk" and c.severity == "high"}


def test_every_high_risk_of_a_lapsed_mou_is_named_in_the_saran():
    a = paracheck.assess(paracheck.load_proposal_text(LAPSED))
    saran = advice.advice(a, "id")
    named = set(re.findall(r"[A-Z]{2,3}-\d{3}", " ".join(saran)))
    # the mining sector held by the centre is REG-043's since practitioner trial 31 M6
    assert {"IMP-001", "REG-043", "NRG-002", "TOC-007"} <= _high_risks(a)
    assert _high_risks(a) <= named


def test_the_saran_of_a_lapsed_mou_assigns_the_high_risks_of_a_new_mou_in_both_languages():
    a = paracheck.assess(paracheck.load_proposal_text(LAPSED))
    three = {"id": "tiga risiko tinggi, yaitu ", "en": "three high risks, namely "}
    for lang, words in three.items():
        said = advice.advice(a, lang)
        assert any(
            words in s and all(f"({rule})" in s for rule in ("IMP-001", "REG-043", "NRG-002"))
            for s in said
        ), (lang, said)
