"""The trafficking ladder's learner rungs (TOC-015, TOC-016, TOC-017) say who they count —
pupils, students, teachers, trainees or interns — not "an education programme" (fix35b).

Since fix34b a programme of any sector that says it moves ``students`` takes these rungs (a
seaweed-processing training abroad filed under fisheries, trial 30), so a title, Saran label
or checklist statement reading "Program pendidikan …" / "Bila sektor pendidikan …" named a
sector the finding was not about. Each place the rule's words are shown is checked: the
memo in every format and language, and the pack's blank checklist.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck

DATES = {"permendagri-3-2008": "2016-03-01", "pp28-2018": "2024-05-01"}
#: exposure, agencies coordinated → the learner rung that fires
RUNGS = {("high", ()): "TOC-015", ("medium", ()): "TOC-016", ("high", ("Imigrasi",)): "TOC-017"}
LEARNERS = {"id": ("pelajar", "peserta pelatihan"), "en": ("students", "trainees")}
SECTOR_WORDS = {"id": "pendidikan", "en": "education"}


def _training(date: str, exposure: str, agencies: tuple[str, ...]) -> Any:
    return paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Kerja sama uji",
            "date": date,
            "stage": "active",
            "local": {"name": "Kabupaten Sumenep", "level": "regency"},
            "sectors": [
                {
                    "name": "fisheries",
                    "lead_agency": "Dinas Kelautan dan Perikanan",
                    "capture_fishing": False,
                    "programs": [
                        {
                            "name": "Pelatihan pengolahan rumput laut di luar negeri",
                            "status": "planned",
                            "moves_people": True,
                            "people_moved": "students",
                        }
                    ],
                }
            ],
            "security": {"human_trafficking": exposure, "coordinating_agencies": list(agencies)},
        }
    )


@pytest.mark.parametrize("date", DATES.values(), ids=list(DATES))
@pytest.mark.parametrize(("exposure", "agencies"), list(RUNGS), ids=list(RUNGS.values()))
def test_a_learner_rung_outside_education_names_the_learners(date, exposure, agencies):
    result = _training(date, exposure, agencies)
    (check,) = [c for c in result.checks if c.rule_id == RUNGS[(exposure, agencies)]]
    assert check.status == "risk"
    for lang in ("id", "en"):
        for words in (check.title, check.statement):
            said = getattr(words, lang)
            assert SECTOR_WORDS[lang] not in said.lower(), said
            assert all(who in said for who in LEARNERS[lang]), said
        for fmt in ("text", "markdown", "html"):
            memo = " ".join(paracheck.render(result, fmt, lang).split())  # text is wrapped
            for words in (check.title, check.statement):  # the finding, the checklist's row
                assert getattr(words, lang) in memo, (fmt, lang)


@pytest.mark.parametrize("pack", list(DATES))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_blank_checklist_states_the_learner_rungs_by_the_learners(pack, lang):
    loaded = paracheck.load_pack(pack)
    checklist = paracheck.render_checklist(loaded, lang, "markdown")
    for rule in loaded.rules:
        if rule.id not in RUNGS.values():
            continue
        statement = getattr(rule.check, lang)
        assert statement in checklist, rule.id
        assert SECTOR_WORDS[lang] not in statement.lower(), rule.id
        assert all(who in statement for who in LEARNERS[lang]), rule.id
