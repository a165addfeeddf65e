"""What a program embedding paracheck meets (trial 28, a developer using the HTTP API and the
library): every API address takes ``lang`` and refuses one it does not speak, the OpenAPI
document describes the refusals as they are sent (problem+json), /diff takes the versions as
objects as /assess does, and the library says plainly when it is given the wrong thing."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.report.messages import message as report_message

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import running_server  # noqa: E402

EXAMPLES = Path(__file__).parent.parent / "examples"
GET_ADDRESSES = [
    "/api/v1/packs",
    "/api/v1/packs/pp28-2018",
    "/api/v1/packs/pp28-2018/rules",
    "/api/v1/packs/pp28-2018/rules/REG-001",
    "/api/v1/schemas/proposal",
    "/api/v1/schemas/assessment",
    "/api/v1/health",
]


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with running_server() as live, httpx.Client(base_url=live.url, timeout=120) as client:
        yield client


def _data(name: str) -> dict[str, Any]:
    """An example file as plain JSON data (dates as the text they are written as)."""

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value.isoformat() if isinstance(value, dt.date) else value

    return plain(yaml.safe_load((EXAMPLES / name).read_text("utf-8")))


@pytest.mark.parametrize("address", GET_ADDRESSES)
def test_every_get_address_refuses_a_language_it_does_not_speak(
    http: httpx.Client, address: str
) -> None:
    assert http.get(address, params={"lang": "en"}).status_code == 200
    refused = http.get(address, params={"lang": "fr"})
    assert refused.status_code == 422, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    [item] = refused.json()["problems"]
    assert item["path"] == "query.lang"


def test_a_missing_pack_is_said_in_the_language_asked_for(http: httpx.Client) -> None:
    said = {lang: http.get("/api/v1/packs/nope", params={"lang": lang}) for lang in ("id", "en")}
    assert {r.status_code for r in said.values()} == {404}
    assert said["id"].json()["title"] != said["en"].json()["title"]
    assert said["id"].json()["title"] == paracheck.message("api.no_such_pack.title", "id")


def test_the_openapi_document_describes_every_refusal_as_problem_json(
    http: httpx.Client,
) -> None:
    document = http.get("/openapi.json").json()
    assert "HTTPValidationError" not in json.dumps(document)
    operations = [
        (path, method, operation)
        for path, methods in document["paths"].items()
        if path.startswith("/api/v1/")
        for method, operation in methods.items()
    ]
    assert len(operations) >= 10
    for path, method, operation in operations:
        names = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
        assert "lang" in names, (method, path)
        refusal = operation["responses"]["422"]["content"]
        assert refusal["application/problem+json"]["schema"] == {
            "$ref": "#/components/schemas/Problem"
        }, (method, path)


def test_diff_takes_both_versions_as_objects_and_answers_as_for_their_text(
    http: httpx.Client,
) -> None:
    old_text = (EXAMPLES / "ntb-zhejiang-2015.yaml").read_text("utf-8")
    new_text = (EXAMPLES / "well-prepared-2023.yaml").read_text("utf-8")
    as_text = http.post("/api/v1/diff", json={"old": old_text, "new": new_text})
    as_objects = http.post(
        "/api/v1/diff",
        json={"old": _data("ntb-zhejiang-2015.yaml"), "new": _data("well-prepared-2023.yaml")},
    )
    assert as_text.status_code == as_objects.status_code == 200, as_objects.text
    text, objects = as_text.json(), as_objects.json()
    for key in ("old", "new"):
        assert objects[key]["title"] == text[key]["title"]
    groups = [key for key, value in text.items() if isinstance(value, list)]
    assert groups
    for key in groups:
        rules = [row.get("rule_id") for row in text[key] if isinstance(row, dict)]
        assert [row.get("rule_id") for row in objects[key] if isinstance(row, dict)] == rules


def test_a_problem_in_a_version_sent_as_an_object_names_the_field_without_a_line(
    http: httpx.Client,
) -> None:
    wrong = _data("well-prepared-2023.yaml") | {"stage": "nope"}
    sent = http.post("/api/v1/diff", json={"old": _data("well-prepared-2023.yaml"), "new": wrong})
    assert sent.status_code == 422
    [item] = sent.json()["problems"]
    assert (item["file"], item["path"], item["line"]) == ("body.new", "stage", None)


def test_diff_refuses_a_version_that_is_neither_text_nor_object_once(
    http: httpx.Client,
) -> None:
    sent = http.post("/api/v1/diff", json={"old": 5, "new": [1]})
    assert sent.status_code == 422
    paths = [item["path"] for item in sent.json()["problems"]]
    assert paths == ["old", "new"]  # one refusal each, not one per form it is not


def test_load_proposal_text_given_data_says_what_it_reads() -> None:
    with pytest.raises(paracheck.UsageError) as refused:
        paracheck.load_proposal_text(_data("well-prepared-2023.yaml"))  # type: ignore[arg-type]
    assert "a dict" in refused.value.message
    assert "paracheck.assess" in refused.value.message


def test_diff_given_proposals_says_it_compares_assessments() -> None:
    proposal = paracheck.load_proposal(str(EXAMPLES / "well-prepared-2023.yaml"))
    with pytest.raises(paracheck.UsageError) as refused:
        paracheck.diff(proposal, proposal)  # type: ignore[arg-type]
    assert "a paracheck.Proposal" in refused.value.message


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_memo_of_data_given_by_a_program_says_so_in_words(lang: str) -> None:
    memo = paracheck.render(paracheck.assess(_data("well-prepared-2023.yaml")), "text", lang)
    assert "<memory>" not in memo
    assert report_message("program_data", lang) in memo
    text = (EXAMPLES / "well-prepared-2023.yaml").read_text("utf-8")
    memo = paracheck.render(paracheck.assess(paracheck.load_proposal_text(text)), "text", lang)
    assert "<text>" not in memo


def test_assess_names_plain_data_by_the_source_given() -> None:
    result = paracheck.assess(_data("well-prepared-2023.yaml"), source="arsip/usulan-17")
    assert result.proposal.source == "arsip/usulan-17"
    assert "arsip/usulan-17" in paracheck.render(result, "text", "id")
