"""A check's "Tidak menjadi temuan bila" says what its condition does. Newcomer trial 16: TOC-007
said a finding needs a programme "berjalan atau direncanakan" that moves people, while the rule
counts every programme not finished or cancelled — a stalled exchange too, which the officer
would then argue does not count. Words19 B6: "program yang belum selesai atau dibatalkan"
read as "not finished, *or* cancelled", the opposite of the rule (a cancelled programme does
not count); and the sentence named four sectors a file with a health sector does not have."""

from __future__ import annotations

import pytest

import paracheck


def _stalled_exchange(level: str, agencies: str) -> paracheck.Proposal:
    return paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\n"
        "title: Kota Uji – City of Test\n"
        "date: 2024-05-01\n"
        "stage: active\n"
        "form: sister_city\n"
        "local: {name: Kota Uji, level: city}\n"
        "partner: {name: City of Test, country: AU, level: city}\n"
        "sectors:\n"
        "  - name: agriculture\n"
        "    lead_agency: Dinas Pertanian\n"
        "    programs:\n"
        "      - {name: Magang petani, status: stalled, moves_people: true}\n"
        f"security: {{human_trafficking: {level}, coordinating_agencies: {agencies}}}\n"
    )


@pytest.mark.parametrize(
    ("rule_id", "level", "agencies"),
    [("TOC-007", "high", "[]"), ("TOC-014", "medium", "[]"), ("TOC-008", "high", "[Imigrasi]")],
)
def test_a_stalled_programme_moving_people_counts_and_the_clearing_text_says_so(
    rule_id, level, agencies
):
    result = paracheck.assess(_stalled_exchange(level, agencies))
    check = next(c for c in result.checks if c.rule_id == rule_id)
    assert check.status == "risk"
    assert "berjalan atau direncanakan" not in check.clears_when.id
    assert "belum selesai atau dibatalkan" not in check.clears_when.id
    # what does not count, said so: a stalled programme is not in it
    assert "Program yang sudah selesai atau dibatalkan" in check.clears_when.id
    assert "terhenti" not in check.clears_when.id
    # no sector kind the file may not have
    for kind in ("perikanan", "pelabuhan", "industri", "pendidikan"):
        assert kind not in check.clears_when.id, kind


@pytest.mark.parametrize("rule_id", ["TOC-007", "TOC-014", "TOC-008"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_rule_page_says_which_sectors_and_programmes_count_in_words(rule_id, lang):
    """Words19 B6: the page read "ada paling sedikit satu program dengan program mengirim
    atau menerima orang lintas negara: ya dan status program tidak tercatat atau …"."""
    pack = paracheck.load_pack("pp28-2018")
    rule = next(r for r in pack.rules if r.id == rule_id)
    page = paracheck.render_rule(pack, rule, lang)
    assert ": ya" not in page and ": yes" not in page
    assert "tidak tercatat atau status program" not in page
    said = {
        "id": "status direncanakan, berjalan, atau terhenti",
        "en": "planned, ongoing or stalled",
    }
    assert said[lang] in page
