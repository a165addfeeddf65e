"""A partner's country is a place where people live: there is a government or institution there.

Attack 470 M4: ``partner.country: AQ`` (Antarctica) validated, and REG-001 was ticked with
"Dianggap memiliki hubungan diplomatik dengan Indonesia" — a place with no permanent population
has no regional government to be a partner, and such a code is a slip for another. Those codes
are refused where they are written, by name, and no list offers them."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import paracheck
from paracheck.cli import app
from paracheck.facts.model import UNINHABITED, partner_countries

from .test_loader import VALID

runner = CliRunner()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "'AQ' adalah kode Antarktika, wilayah tanpa penduduk tetap: tidak ada pemerintah"),
        ("en", "'AQ' is the code of Antarctica, where no one lives permanently: there is no"),
    ],
)
def test_antarctica_as_the_partner_country_is_refused_at_its_line_with_exit_2(
    tmp_path, lang: str, said: str
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(VALID.replace("country: CN", "country: AQ"), encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", lang, str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:9:12: ")
    assert said in result.stderr
    assessed = runner.invoke(app, ["assess", "--lang", lang, str(path)])
    assert assessed.exit_code == 2 and "Traceback" not in assessed.output


@pytest.mark.parametrize("code", sorted(UNINHABITED))
def test_every_uninhabited_code_is_refused_in_any_case_and_named(code: str) -> None:
    from paracheck.facts.labels import country_name

    text = VALID.replace("country: CN", f"country: {code.lower()}")
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(text, source="p.yaml")
    (problem,) = refused.value.problems
    assert problem.path == "partner.country"
    message = problem.text("id")
    assert country_name(code, "id") in message and "tanpa penduduk tetap" in message
    # an officer on the form never wrote the code: told to choose from the list instead
    beside = problem.text("id", form=True)
    assert "pilih negara tempat mitra berada dari daftar" in beside and "'" not in beside


def test_no_country_list_offers_an_uninhabited_place() -> None:
    offered = {code for code, _ in paracheck.code_names("country", "id")}
    assert offered == set(partner_countries())
    assert not offered & UNINHABITED
    assert {"AU", "FR", "NO", "US"} <= offered  # the states these places belong to stay


def test_the_proposal_schema_takes_no_uninhabited_code() -> None:
    schema = paracheck.proposal_schema()
    text = str(schema)
    assert "'AQ'" not in text and "'BV'" not in text and "'CN'" in text
