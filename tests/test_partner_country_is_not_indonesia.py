"""A partner's country is never Indonesia: the partner is a government or institution abroad.

Trial 26 M1: ``partner.country: ID`` validated, and REG-001 told the reader that Indonesia has
diplomatic relations with Indonesia, in an otherwise ordinary memo. The web form's country
list offered "Indonesia (ID)" right after "India (IN)". It is bad input now, refused where the
code is written, in every way a proposal comes in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

import pytest
from typer.testing import CliRunner

import paracheck
from paracheck.cli import app

from .test_loader import VALID

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import Server, running_server  # noqa: E402

runner = CliRunner()
INDONESIA_ID = "Negara mitra tidak boleh Indonesia ('ID'): mitra adalah pemerintah daerah atau"
INDONESIA_EN = "Partner's country cannot be Indonesia ('ID'): the partner is a government or"


@pytest.mark.parametrize(("lang", "said"), [("id", INDONESIA_ID), ("en", INDONESIA_EN)])
def test_indonesia_as_the_partner_country_is_refused_at_its_line_with_exit_2(
    tmp_path, lang: str, said: str
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(VALID.replace("country: CN", "country: ID"), encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", lang, str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:9:12: {said}")
    assessed = runner.invoke(app, ["assess", "--lang", lang, str(path)])
    assert assessed.exit_code == 2 and "Traceback" not in assessed.output


@pytest.mark.parametrize("written", ["id", "Indonesia", "Republik Indonesia"])
def test_indonesia_written_otherwise_is_refused_without_suggesting_its_code(written: str) -> None:
    """Indonesia by name gets the same reason, and no hint says "write 'ID' for Indonesia"."""
    text = VALID.replace("country: CN", f"country: {written}")
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(text, source="p.yaml")
    (problem,) = refused.value.problems
    assert (problem.line, problem.column, problem.path) == (9, 12, "partner.country")
    message = problem.text("id")
    assert "tidak boleh Indonesia" in message and "'ID' untuk" not in message


def test_no_country_name_suggests_indonesia() -> None:
    from paracheck.facts.codes import country_codes_for

    assert "ID" not in country_codes_for("Indonesia")
    assert "ID" not in country_codes_for("Indonesie")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server() as live:
        yield live


@pytest.fixture
def http(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


def test_the_api_answers_indonesia_as_partner_country_with_422(http: httpx.Client) -> None:
    text = b"schema: paracheck/proposal/v1\ntitle: T\npartner:\n  country: ID\n"
    response = http.post(
        "/api/v1/assess", content=text, headers={"content-type": "application/yaml"}
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    (item,) = response.json()["problems"]
    assert (item["path"], item["line"], item["column"]) == ("partner.country", 4, 12)
    assert INDONESIA_EN.removeprefix("Partner's country ") in item["message"]


def _post_form(http: httpx.Client, fields: dict[str, str]) -> httpx.Response:
    page = http.get("/").text
    csrf = re.search(r'name="_csrf" value="([0-9a-f]+)"', page)
    assert csrf
    data = {**fields, "_csrf": csrf.group(1), "_lang": "id", "_action": "assess"}
    return http.post("/", data=data)


def test_the_form_offers_no_indonesia_and_refuses_it_beside_the_field(http: httpx.Client) -> None:
    page = http.get("/").text
    countries = page[page.index('id="f-partner-country"') :]
    countries = countries[: countries.index("</select>")]
    assert '<option value="IN"' in countries  # India stays; Indonesia, after it, is gone
    assert 'value="ID"' not in countries and "Indonesia (ID)" not in countries
    response = _post_form(http, {"title": "T", "partner.country": "ID"})
    assert response.status_code == 422
    block = response.text[response.text.index('data-path="partner.country"') :]
    block = unescape(block[: block.index("</div>")])
    # under the field's own label the sentence starts with what is said of it (web 490 L4)
    assert 'class="error"' in block and "Tidak boleh Indonesia ('ID')" in block
