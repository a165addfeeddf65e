"""The partner's working language: what a proposal can say and what HR-002 reads.

Held-out proposal 12 (a Timor border regency with Oe-Cusse, Timor-Leste) could not record its
two Tetum speakers: Tetum, an official language of Timor-Leste, has no ISO 639-1 code and the
loader refused ``tet``. The reference data also put Timor-Leste down as Portuguese-speaking,
though Tetum and Portuguese are of equal standing there, against its own rule that such
countries are left out and asked. A proposal may now write an ISO 639-3 code for a language
without a two-letter one, and say the partner's own working language (``partner.language``,
a Quebec partner in Canada working in French).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

import paracheck
from paracheck.errors import InputError
from paracheck.facts.loader import load_proposal_bytes


def _proposal(partner: dict, staff: dict | None) -> dict:
    data: dict = {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama perbatasan",
        "date": "2026-10-15",
        "stage": "proposal",
        "form": "sister_city",
        "local": {"name": "Kabupaten Contoh", "level": "regency"},
        "partner": {"name": "Mitra", "level": "region", **partner},
    }
    if staff is not None:
        data["human_resources"] = {"language_staff": staff}
    return data


def _check(data: dict, rule: str = "HR-002") -> paracheck.Check:
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    return next(c for c in a.checks if c.rule_id == rule)


def test_packaged_iso639_3_codes_equal_pycountry():
    pycountry = pytest.importorskip("pycountry")
    from paracheck.facts.model import _iso639_3

    expected = {lang.alpha_3: getattr(lang, "alpha_2", "") for lang in pycountry.languages}
    assert _iso639_3() == expected


def test_tetum_speakers_can_be_recorded_by_the_three_letter_code():
    proposal = paracheck.Proposal.model_validate(_proposal({"country": "TL"}, {"tet": 2, "EN": 1}))
    assert proposal.human_resources.language_staff == {"tet": 2, "en": 1}


def test_a_three_letter_code_of_a_language_with_two_letters_names_the_two_letter_code():
    text = textwrap.dedent(
        """\
        schema: paracheck/proposal/v1
        title: Kerja sama
        human_resources:
          language_staff: {por: 1}
        """
    )
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode(), "p.yaml")
    (problem,) = caught.value.problems
    said = problem.describe("id")
    assert said.startswith("p.yaml:4:19: Staf yang menguasai bahasa mitra: 'por' adalah")
    assert "kode tiga huruf bahasa Portugis; tulis kode dua hurufnya, 'pt'" in said


def test_a_made_up_code_is_refused_with_both_kinds_of_code_explained():
    text = "schema: paracheck/proposal/v1\ntitle: x\npartner:\n  language: xyz\n"
    with pytest.raises(InputError) as caught:
        load_proposal_bytes(text.encode(), "p.yaml")
    (problem,) = caught.value.problems
    said = problem.describe("id")
    assert said.startswith("p.yaml:4:13: Bahasa kerja mitra: 'xyz' bukan kode bahasa")
    assert "kode tiga huruf (ISO 639-3), misalnya 'tet' untuk bahasa Tetun" in said


def test_validate_says_where_a_refused_language_code_is_and_exits_2(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(
        "schema: paracheck/proposal/v1\ntitle: x\npartner:\n  country: TL\n  language: Tetum\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert f"{path}:5:13:" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_partners_stated_language_is_the_one_staff_must_speak():
    # Quebec works in French: three English speakers do not serve it
    quebec = {"country": "CA", "language": "fr", "kind": "regional_government"}
    check = _check(_proposal(quebec, {"en": 3}))
    assert check.status == "risk"
    paths = {e.path: e.value for e in check.evidence}
    assert paths["partner.language"] == "fr"
    assert paths["human_resources.language_staff.fr"] == 0
    assert _check(_proposal(quebec, {"en": 3, "fr": 1})).status == "clear"
    # without the statement, the country's main language (English) is the one read
    assert _check(_proposal({"country": "CA"}, {"en": 3})).status == "clear"


def test_timor_leste_partner_language_is_asked_not_guessed():
    a = paracheck.assess(
        paracheck.Proposal.model_validate(
            _proposal({"country": "TL", "kind": "regional_government"}, {"pt": 0, "tet": 2})
        )
    )
    check = next(c for c in a.checks if c.rule_id == "HR-002")
    assert check.status == "unknown"
    # the question is the partner's language, not the staff per language (already given)
    assert check.missing == ["partner.language"]
    asked = {q.path: q.text.get("id") for q in a.questions if "HR-002" in q.checks}
    assert list(asked) == ["partner.language"]
    assert "tet untuk bahasa Tetun" in asked["partner.language"]


def test_a_stated_tetum_partner_is_served_by_tetum_speakers_and_named_in_words():
    data = _proposal({"country": "TL", "language": "tet"}, {"pt": 0, "tet": 2})
    assert _check(data).status == "clear"
    data["human_resources"]["language_staff"]["tet"] = 0
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    text = paracheck.render(a, "markdown", lang="id")
    assert "Bahasa kerja mitra: Tetun" in text
    assert "Jumlah staf yang menguasai bahasa Tetun: 0" in text
    english = paracheck.render(a, "markdown", lang="en")
    assert "Partner's working language: Tetum" in english
