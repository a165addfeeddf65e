"""A Saran whose decision lists many risks by their codes names in words the decisions those
findings ask (the pack's ``saran_decision``), each with its code.

Newcomer trial 24, P1 (Kendari–Yeosu, running): "Kerja sama dapat dilanjutkan; sembilan risiko
sedang (BUD-003, BUD-004, GOV-021, HR-002, HR-003, IMP-004, IMP-005, BUD-005, GOV-003) …" —
nine codes and no words; the stalled tourism promotion, the one decision the office had to
take, was not named."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

import paracheck
from paracheck.errors import PackError
from paracheck.facts.model import Proposal
from paracheck.report.advice import advice
from paracheck.rules.loader import load_pack

_STEPS = (
    "initiative",
    "exploration",
    "letter_of_intent",
    "cooperation_plan",
    "dprd_approval",
    "verification",
    "agreement_drafting",
    "central_approval",
    "full_powers",
    "signing",
    "implementing_agreement",
)

#: a running partnership with a stalled programme (IMP-004) beside two sectors that move,
#: slow answers (HR-003), a low realisation (BUD-003) and a mid-year cut (BUD-004): four
#: medium risks
RUNNING: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister City Kota Uji – Yeosu",
    "date": "2026-11-20",
    "stage": "active",
    "form": "sister_city",
    "local": {"name": "Kota Uji", "level": "city"},
    "partner": {"name": "Yeosu-si", "country": "KR", "level": "city", "language": "ko"},
    "sectors": [
        {
            "name": "tourism",
            "lead_agency": "Dinas Pariwisata Kota Uji",
            "programs": [
                {
                    "name": "Promosi bersama",
                    "status": "stalled",
                    "budget_idr": 100000000,
                    "kpis": ["2 promosi"],
                    "last_activity": "2026-10-01",
                }
            ],
        },
        # two sectors moving: one stalled sector of three is not the partnership's decay
        # (IMP-006, high: half the sectors or more idle a year after the MoU; trial 26 W1)
        *[
            {
                "name": name,
                "lead_agency": f"Dinas {label} Kota Uji",
                "programs": [
                    {
                        "name": programme,
                        "status": "ongoing",
                        "budget_idr": 50000000,
                        "kpis": ["1 kegiatan"],
                        "last_activity": "2026-10-15",
                    }
                ],
            }
            for name, label, programme in (
                ("education", "Pendidikan", "Pertukaran guru"),
                ("culture", "Kebudayaan", "Pekan budaya"),
            )
        ],
    ],
    "budget": {
        "apbd_allocation_idr": 300000000,
        "multi_year": True,
        "realization_rate": 0.5,
        "revisions_last_year": 1,
    },
    "human_resources": {
        "dedicated_staff": 2,
        "language_staff": {"ko": 1},
        "trained_staff": 1,
        "response_days": 12,
    },
    "procedure": [{"step": s, "status": "done", "date": "2024-01-10"} for s in _STEPS],
    "agreement": {"signatory": "head_of_region", "expires": "2029-08-18"},
}

#: the decision IMP-004 asks, naming the stalled programme by the proposal's name for it
#: (words29: "apakah program yang terhenti" named none)
DECISION = {
    "id": "apakah program “Promosi bersama” yang terhenti dijadwalkan ulang atau dibatalkan "
    "secara resmi (IMP-004)",
    "en": "whether to reschedule or formally cancel the stalled programme “Promosi bersama” "
    "(IMP-004)",
}


def _assessed(data: dict[str, Any]) -> paracheck.Assessment:
    return paracheck.assess(Proposal.model_validate(copy.deepcopy(data)))


def _setting(a: paracheck.Assessment) -> list[str]:
    return [c.rule_id for c in a.checks if c.status == "risk" and c.severity == "medium"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_list_of_risks_names_the_decision_in_words(lang: str) -> None:
    a = _assessed(RUNNING)
    assert a.verdict == "medium_risk", a.verdict
    setting = _setting(a)
    assert "IMP-004" in setting and len(setting) > 3, setting
    first = advice(a, lang)[0]
    assert DECISION[lang] in first, first


def test_a_short_list_keeps_its_codes_alone() -> None:
    data = copy.deepcopy(RUNNING)
    data["budget"].update(realization_rate=0.9, revisions_last_year=0)
    data["human_resources"]["response_days"] = 3
    a = _assessed(data)
    assert "IMP-004" in _setting(a) and len(_setting(a)) <= 3, _setting(a)
    assert "apakah" not in advice(a, "id")[0]


#: a second stalled programme, idle with the first since January: its sector idle too (IMP-005)
SECOND = {
    "name": "Festival kuliner",
    "status": "stalled",
    "budget_idr": 50000000,
    "kpis": ["1 festival"],
    "last_activity": "2026-01-05",
}

#: the two decisions, each naming what the proposal calls its programmes and its sector
BOTH = {
    "id": (
        "apakah program “Promosi bersama” dan “Festival kuliner” yang terhenti dijadwalkan "
        "ulang atau dibatalkan secara resmi (IMP-004)",
        "apakah sektor pariwisata tanpa kegiatan selama lebih dari enam bulan dilanjutkan, "
        "diubah, atau dihentikan (IMP-005)",
    ),
    "en": (
        "whether to reschedule or formally cancel the stalled programmes “Promosi bersama” and "
        "“Festival kuliner” (IMP-004)",
        "whether to go on with, change, or stop the tourism sector idle for more than six "
        "months (IMP-005)",
    ),
}


#: a third tourism programme, planned: the stalled two's fate does not settle whether the
#: sector goes on, so its decision is asked on its own (trial 420 M3: a sector whose only
#: unfinished programmes stalled asks one decision,
#: tests/test_one_stalled_programme_is_one_decision.py)
PLANNED = {"name": "Paket wisata bahari", "status": "planned", "kpis": ["1 paket"]}


def _idle_since_january() -> dict[str, Any]:
    data = copy.deepcopy(RUNNING)
    programs = data["sectors"][0]["programs"]
    programs[0]["last_activity"] = "2026-01-05"
    programs.append(copy.deepcopy(SECOND))
    programs.append(copy.deepcopy(PLANNED))
    return data


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_decision_names_its_programmes_and_sector(lang: str) -> None:
    a = _assessed(_idle_since_january())
    assert {"IMP-004", "IMP-005"} <= set(_setting(a)), _setting(a)
    first = advice(a, lang)[0]
    for said in BOTH[lang]:
        assert said in first, first


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_programme_without_a_name_is_named_by_its_kind(lang: str) -> None:
    data = _idle_since_january()
    del data["sectors"][0]["programs"][1]["name"]
    a = _assessed(data)
    first = advice(a, lang)[0]
    plain = {
        "id": "apakah program yang terhenti dijadwalkan ulang",
        "en": "formally cancel the stalled programmes (IMP-004)",
    }
    assert plain[lang] in first, first
    assert "Promosi bersama" not in first, first


_MINI = Path(__file__).resolve().parent / "packs" / "mini.yaml"


def _mini_with(tmp_path: Path, title: str, clause: str) -> Path:
    """The mini pack with ``clause`` as the saran_decision of the rule whose title line is
    ``title``."""
    source = _MINI.read_text(encoding="utf-8")
    assert source.count(title) == 1, title
    added = f"{title}\n    saran_decision: {{id: '{clause}', en: '{clause}'}}"
    path = tmp_path / "pack.yaml"
    path.write_text(source.replace(title, added, 1), encoding="utf-8")
    return path


#: a rule on the whole proposal, and one for each sector (for_each), in the mini pack
_WHOLE = '    title: {id: "Tidak ada dana", en: "No funding"}'
_PER_SECTOR = '    title: {id: "Sektor haus energi", en: "Energy-hungry sector"}'


def test_a_per_item_rule_may_name_its_items(tmp_path: Path) -> None:
    pack = load_pack(str(_mini_with(tmp_path, _PER_SECTOR, "apakah {items} ditunda")))
    (rule,) = [r for r in pack.rules if r.saran_decision is not None]
    assert rule.saran_decision.id == "apakah {items} ditunda"


@pytest.mark.parametrize(
    ("title", "clause"),
    [
        (_WHOLE, "apakah {items} didanai"),  # no items to name on the whole proposal
        (_PER_SECTOR, "apakah {owner} menunda {items}"),  # no other brace
        (_PER_SECTOR, "apakah {item} ditunda"),
    ],
)
def test_a_brace_other_than_a_per_item_rules_items_is_a_pack_error(
    tmp_path: Path, title: str, clause: str
) -> None:
    with pytest.raises(PackError) as err:
        load_pack(str(_mini_with(tmp_path, title, clause)))
    paths = [p.path for p in err.value.problems]
    assert any(path.endswith(".saran_decision.id") for path in paths), paths
    assert all("saran_decision holds no brace" in p.message for p in err.value.problems)
