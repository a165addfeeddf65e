"""The HTTP API, ``/api/v1``: thin routes over the public library (STYLE.md, FastAPI).

Proposals travel as the bytes of a YAML or JSON file, read by ``paracheck.load_proposal_text``
so that problems keep their line and column; answers are the library's own models
(``Assessment``, ``AssessmentDiff``, ``Rule``), so the OpenAPI document and the JSON Schemas
are the contract itself, not a copy. Every error is ``application/problem+json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

import paracheck
from paracheck.web import service
from paracheck.web.form import trim
from paracheck.web.problems import HTTPProblem, ProblemItem, accepted_lang, responses


def _known_query(request: Request) -> None:
    """Refuse a query option the address does not take, or one given twice (422, said as
    the options' other refusals are). Each was ignored: ``?langg=en`` answered in Indonesian,
    ``?format=markdown`` with JSON and ``?lang=en&lang=id`` in one of the two, each a silent
    200 where /diff's body refuses a member it does not know (atk21)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = [param.alias for param in dependant.query_params]
    if "lang" not in known:  # every address says its problems in the query's language
        known.append("lang")
    errors: list[dict[str, Any]] = []
    seen: set[str] = set()
    for name, value in request.query_params.multi_items():
        if name not in known:
            kind = "query_unknown"
        elif name in seen:
            kind = "query_twice"
        else:
            seen.add(name)
            continue
        loc = ("query", name)
        if all(tuple(e["loc"]) != loc for e in errors):  # each option said once
            errors.append({"type": kind, "loc": loc, "input": value, "ctx": {"known": known}})
    if errors:
        raise RequestValidationError(errors)


router = APIRouter(prefix="/api/v1", tags=["api"], dependencies=[Depends(_known_query)])

Lang = Annotated[
    Literal["id", "en"],
    Query(
        description="language of the report, and of an error's `title`, `detail` and problem "
        "messages. Without it, the `Accept-Language` header decides (`id`, `in` or `en`, "
        "any region, by `q`); without either, the report is Indonesian and an error English"
    ),
]
ProblemLang = Annotated[
    Literal["id", "en"] | None,
    Query(
        description="language of an error's `title`, `detail` and problem messages; without "
        "it, the `Accept-Language` header decides; without either, English"
    ),
]
Pack = Annotated[
    str | None,
    Query(
        description="a shipped rule pack by name; default: the one in force on the date",
        max_length=100,
    ),
]


def _calendar_date(value: Any) -> Any:
    """``as_of`` as the command line takes it: YYYY-MM-DD only. pydantic would also read
    ``0`` (1970-01-01, a Unix time) and ``2015-06-10T08:00`` (a date and time) as a date."""
    if isinstance(value, str):
        value = trim(value)  # " 2020-05-22", as a proposal file's date and --as-of read it
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise PydanticCustomError("date_parsing", "Input should be a date as YYYY-MM-DD")
    return value


AsOf = Annotated[
    dt.date | None,
    BeforeValidator(_calendar_date),
    Query(description="judge as of this date, YYYY-MM-DD (default: the proposal's own date)"),
]

_PROPOSAL_TYPES = (
    "application/json",
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    "text/x-yaml",
    "text/plain",
)
_PROPOSAL_BODY = {
    "required": True,
    "content": {
        "application/yaml": {
            "schema": {"type": "string", "description": "a proposal file (paracheck/proposal/v1)"}
        },
        "application/json": {"schema": {"$ref": "#/components/schemas/Proposal"}},
        # taken as a proposal file's text too, as are application/x-yaml, text/yaml and
        # text/x-yaml (_PROPOSAL_TYPES): said here, where a 415 is promised for any other
        # type (review 320 L7: a text/plain body was accepted, the document not saying so)
        "text/plain": {
            "schema": {
                "type": "string",
                "description": "a proposal file's text, YAML or JSON (application/x-yaml, "
                "text/yaml and text/x-yaml are taken as application/yaml)",
            }
        },
    },
}


class PackInfo(BaseModel):
    name: str = Field(description="the pack's name, as /assess?pack= and /packs/{name} take it")
    version: str = Field(description="the pack's version (semantic versioning)")
    regime: str = Field(description="the regulation the pack judges by ('PP 28/2018')")
    effective_from: dt.date | None = Field(
        description="the first day the regime was in force (see effective_from_precision); null "
        "when not known"
    )
    effective_until: dt.date | None = Field(
        description="the last day the regime was in force; null while it still is"
    )
    superseded_by: str | None = Field(
        description="the name of the pack that replaced this one; null when none has"
    )
    rules: int = Field(description="number of rules")
    effective_from_precision: Literal["day", "year"] = Field(
        default="day",
        description="'year' when only the year of effective_from is known (the day stands in)",
    )


class RuleSummary(BaseModel):
    id: str = Field(
        description="the rule's id (REG-001), as /packs/{name}/rules/{rule_id} takes it"
    )
    domain: str = Field(
        description="the rule's domain: regulatory | budget | human_resources | energy | "
        "transnational_crime | implementation | governance"
    )
    severity: str = Field(
        description="how serious a risk of this rule is: blocker | high | medium | low | info"
    )
    likelihood: int = Field(description="how likely the risk is, 1 to 5")
    impact: int = Field(description="how grave its harm, 1 to 5")
    title: dict[str, str] = Field(
        description='the risk in a few words, by language: {"id": …, "en": …}'
    )


class Validated(BaseModel):
    valid: Literal[True] = Field(
        description="always true: a proposal that is not valid is answered with a problem "
        "document (422) instead"
    )
    title: str = Field(description="the proposal's title")
    sha256: str = Field(description="sha256 of the body's bytes")


class Health(BaseModel):
    status: Literal["ok"] = Field(description="always 'ok' when the server answers")
    version: str = Field(
        description="paracheck's version (the package's, as the OpenAPI info.version)"
    )
    packs: list[str] = Field(
        description="the names of the rule packs installed, as /packs lists them"
    )


_VERSION_LIMIT = 1024 * 1024


def _version(value: Any) -> Any:
    """One version of /diff's body: a proposal file's text, or the proposal itself as a JSON
    object, as /assess takes it (trial 28: a program holding both proposals as objects had to
    write each as a string inside the JSON). Anything else is one refusal, not one per form
    it is not."""
    if isinstance(value, str):
        if len(value) > _VERSION_LIMIT:
            raise PydanticCustomError("string_too_long", "too long", {"max_length": _VERSION_LIMIT})
        return value
    if isinstance(value, dict):
        return value
    raise PydanticCustomError("not_text", "a proposal's text or object")


_VERSION_SCHEMA = {
    "anyOf": [
        {
            "type": "string",
            "maxLength": _VERSION_LIMIT,
            "description": "the text of a proposal file (YAML or JSON)",
        },
        {"$ref": "#/components/schemas/Proposal"},
    ]
}

Version = Annotated[
    str | dict[str, Any],
    BeforeValidator(_version),
    Field(json_schema_extra=_VERSION_SCHEMA),
]


class DiffRequest(BaseModel):
    """Two versions of a proposal, each the text of a YAML or JSON file or the proposal as a
    JSON object (as /assess takes either). Nothing else: a member it does not know
    (``"pack"`` in the body rather than the query) is refused, not silently ignored."""

    model_config = ConfigDict(extra="forbid")

    old: Version = Field(
        description="the earlier version of the proposal: a proposal file's text (YAML or JSON) "
        "or the proposal as a JSON object"
    )
    new: Version = Field(description="the later version of the proposal, in either form old takes")


def _content_type_of(request: Request) -> tuple[str, str]:
    """The request's Content-Type as sent (stripped; empty when none) and its media type in
    lower case (empty when the header names none, as ";;;")."""
    header = request.headers.get("content-type", "").strip()
    return header, header.split(";", 1)[0].strip().lower()


async def proposal_body(request: Request) -> tuple[bytes, str | None]:
    """The body, if it is a proposal file's bytes (YAML or JSON, or no type given), and
    ``"json"`` when it was sent as JSON (a broken one is then said to be invalid JSON)."""
    header, kind = _content_type_of(request)
    # a type given with no media type in it (";;;") is no type the service takes, not a body
    # sent without one (attack 360 L3: read as YAML, 200)
    if header and kind not in _PROPOSAL_TYPES:
        raise HTTPProblem.said(
            415,
            "unsupported-media-type",
            "api.unsupported_media.title",
            "api.unsupported_media.proposal",
            kind=kind or header,
        )
    return await request.body(), "json" if kind == "application/json" else None


def choose(accept: str | None, offered: list[str]) -> str:
    """The offered media type the ``Accept`` header prefers (first offered on a tie); 406
    when it accepts none of them."""
    if not accept or not accept.strip():
        return offered[0]
    best: tuple[float, int, str] | None = None
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
                # a weight is at most 1 (RFC 9110 12.4.2): "q=2", "q=inf" or "q=nan" is no
                # weight, not a preference over every other (attack 440 M5)
                if not 0.0 <= q <= 1.0:
                    q = 0.0
        if q <= 0:
            continue
        media = media.lower()
        for index, candidate in enumerate(offered):
            major = candidate.split("/")[0]
            if media in (candidate, "*/*", f"{major}/*"):
                key = (q, -index, candidate)
                if best is None or key[:2] > best[:2]:
                    best = key
    if best is None:
        raise HTTPProblem.said(
            406,
            "not-acceptable",
            "api.not_acceptable.title",
            "api.not_acceptable.detail",
            offered=", ".join(offered),
        )
    return best[2]


def _answers_json(request: Request) -> None:
    """A route that answers JSON only: 406 for an ``Accept`` that takes no JSON, as /assess
    and /diff answer it (attack 440 M5: ``GET /packs`` with ``Accept: image/png`` answered 200
    JSON)."""
    choose(request.headers.get("accept"), ["application/json"])


#: the dependency of a route that answers JSON only (:func:`_answers_json`); the app's
#: OpenAPI document route takes it too
JSON_ONLY = [Depends(_answers_json)]


def _worker(request: Request) -> Any:
    return request.app.state.worker


def report_lang(request: Request, lang: str) -> str:
    """The language of a report: the query's ``lang`` when given, else the one the
    ``Accept-Language`` header prefers, else Indonesian (the officers' language)."""
    if "lang" in request.query_params:
        return lang
    return accepted_lang(request.headers.get("accept-language")) or "id"


def _said_in(lang: str, media: str) -> dict[str, str]:
    """Headers of an answer whose words follow the request's language: which language it is
    in (a JSON answer holds both, and says so by having none), and that it varies."""
    headers = {"Vary": "Accept, Accept-Language"}
    if media != "application/json":
        headers["Content-Language"] = lang
    return headers


_REPORT_MEDIA = [
    "application/json",
    "text/html",
    "text/markdown",
    "text/csv",
    "text/plain",
    "application/pdf",
]


@router.post(
    "/assess",
    summary="Assess a proposal",
    description=(
        "The proposal file (YAML or JSON) is the body. The answer is the assessment contract "
        "as JSON, or the report as HTML, Markdown, CSV, plain text or PDF, chosen by "
        "`Accept`."
    ),
    response_model=paracheck.Assessment,
    responses={
        200: {"content": {m: {"schema": {"type": "string"}} for m in _REPORT_MEDIA[1:]}},
        **responses(400, 406, 413, 415, 422, 503),
    },
    openapi_extra={"requestBody": _PROPOSAL_BODY},
)
async def assess(
    request: Request, lang: Lang = "id", pack: Pack = None, as_of: AsOf = None
) -> Response:
    lang = report_lang(request, lang)
    body, syntax = await proposal_body(request)
    offered = [m for m in _REPORT_MEDIA if m != "application/pdf" or service.pdf_available()]
    media = choose(request.headers.get("accept"), offered)
    fmt = service.MEDIA_FORMATS[media]
    worker = _worker(request)
    if fmt != "pdf" and len(body) <= service.QUICK_BODY and worker.limits.allows_quick:
        # A small body is read here, on the event loop (at most ~10 ms). A proposal that is
        # also small by its items is assessed here too: handing ~5 ms of work to a thread
        # costs ~0.5 ms more CPU (measured) and makes concurrent requests take turns on the
        # GIL instead of finishing in order. Anything larger goes to the worker threads, so a
        # slow request still cannot hold up the others, and the time limit applies there.
        proposal = paracheck.load_proposal_text(body, source="body", syntax=syntax)
        if service.is_quick(proposal):
            content = service.assess_proposal(proposal, fmt, lang, pack, as_of)
        else:
            content = await worker.run(service.assess_proposal, proposal, fmt, lang, pack, as_of)
        return Response(content, media_type=_content_type(media), headers=_said_in(lang, media))
    try:
        content = await worker.run(
            service.assess_text,
            body,
            "body",
            fmt,
            lang,
            pack,
            as_of,
            syntax,
            timeout=worker.limits.pdf_timeout if fmt == "pdf" else None,
        )
    except paracheck.UsageError as exc:
        if fmt != "pdf":
            raise
        # the proposal was fine; this server cannot print (no Chromium): not the client's fault
        error = exc  # ``exc`` is unbound after the except block; the words outlive it
        raise HTTPProblem(
            503,
            "pdf-unavailable",
            "PDF unavailable",
            str(exc),
            say=lambda lang: (
                paracheck.message("api.pdf_unavailable.title", lang),
                error.text(lang),
                None,
            ),
        ) from None
    return Response(content, media_type=_content_type(media), headers=_said_in(lang, media))


def _content_type(media: str) -> str:
    return media if media in ("application/json", "application/pdf") else f"{media}; charset=utf-8"


@router.post(
    "/validate",
    summary="Validate a proposal (schema only, no rules)",
    response_model=Validated,
    responses=responses(406, 413, 415, 422, 503),
    dependencies=JSON_ONLY,
    openapi_extra={"requestBody": _PROPOSAL_BODY},
)
async def validate(request: Request, lang: ProblemLang = None) -> Validated:
    # ``lang`` is read by the error handlers from the query; declared here so that it is
    # checked and documented
    body, syntax = await proposal_body(request)

    def checked() -> paracheck.Proposal:
        proposal = paracheck.load_proposal_text(body, source="body", syntax=syntax)
        # an accepted risk of a rule the pack in force lacks: refused as `paracheck validate`
        # and /assess refuse it (it answered {"valid": true} for what /assess answers 422)
        paracheck.check_waivers(proposal)
        return proposal

    proposal = await _worker(request).run(checked)
    return Validated(valid=True, title=proposal.title, sha256=proposal.origin.sha256)


@router.post(
    "/diff",
    summary="Compare two versions of a proposal",
    description="Each version is a proposal file's text (YAML or JSON, as a JSON string) or "
    "the proposal as a JSON object, as `/assess` takes it. Each is judged under the regulation "
    "in force on its own date, both under `pack` when one is named; checks are matched by rule "
    "id. JSON, or Markdown / text by `Accept`.",
    response_model=paracheck.AssessmentDiff,
    responses={
        200: {
            "content": {
                "text/markdown": {"schema": {"type": "string"}},
                "text/plain": {"schema": {"type": "string"}},
            }
        },
        **responses(400, 406, 413, 415, 422, 503),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/DiffRequest"}}
            },
        }
    },
)
async def diff(
    request: Request, lang: Lang = "id", pack: Pack = None, as_of: AsOf = None
) -> Response:
    lang = report_lang(request, lang)
    header, kind = _content_type_of(request)
    if header and kind != "application/json":
        raise HTTPProblem.said(
            415,
            "unsupported-media-type",
            "api.unsupported_media.title",
            "api.unsupported_media.diff",
        )
    media = choose(
        request.headers.get("accept"), ["application/json", "text/markdown", "text/plain"]
    )
    pair = _diff_request(await request.body())
    compared = await _worker(request).run(
        lambda: service.compare(pair.old, pair.new, "body.old", "body.new", pack=pack, as_of=as_of)
    )
    fmt = {"application/json": "json", "text/markdown": "markdown", "text/plain": "text"}[media]
    if fmt == "json":
        # compact, as /assess answers its JSON: the API's JSON is for programs
        return Response(
            compared.comparison.to_json(indent=None),
            media_type=media,
            headers=_said_in(lang, media),
        )
    text = paracheck.render_diff(
        compared.comparison, fmt, lang=lang, assessments=(compared.old, compared.new)
    )
    return Response(text, media_type=f"{media}; charset=utf-8", headers=_said_in(lang, media))


class _Twice(ValueError):
    """A member of a JSON object given twice (json keeps the last one without a word)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class _TooLong(ValueError):
    """A number in the body with more digits than Python reads as an integer (4,300): json
    raised a bare ValueError, which read as nesting (attack 430 M3)."""

    def __init__(self, digits: str) -> None:
        super().__init__(digits[:20])
        self.digits = digits


def _whole_number(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:
        raise _TooLong(digits) from None


def _members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for name, value in pairs:
        if name in seen:
            raise _Twice(name)
        seen[name] = value
    return seen


def _place_after(before: str) -> tuple[int, int]:
    """The line and column (from 1) of the character that follows the text ``before``."""
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def _diff_request(body: bytes) -> DiffRequest:
    try:
        data = json.loads(body, object_pairs_hook=_members, parse_int=_whole_number)
    except _TooLong as long:
        text = body.decode("utf-8", "replace")
        line, column = _place_after(text[: max(text.find(long.digits), 0)])
        raise _not_json(
            "api.not_json.number", "api.not_json.number_here", line, column, n=len(long.digits)
        ) from None
    except _Twice as twice:
        raise HTTPProblem.said(
            422,
            "invalid-request",
            "api.invalid_request.title",
            "api.diff.twice",
            name=repr(twice.name),
        ) from None
    except json.JSONDecodeError as exc:
        raise _not_json(
            "api.not_json.detail",
            "api.not_json.here",
            exc.lineno,
            exc.colno,
            error=str(exc)[:200],
            reason=exc.msg[:200],
        ) from None
    except UnicodeDecodeError as exc:  # a byte the body's encoding does not have
        line, column = _place_after(body[: exc.start].decode(exc.encoding, "replace"))
        byte = f"{body[exc.start]:02x}"
        raise _not_json(
            "api.not_json.utf8", "api.not_json.utf8_here", line, column, byte=byte
        ) from None
    except (ValueError, RecursionError):  # nested past the json module's depth
        raise HTTPProblem.said(
            422, "invalid-json", "api.not_json.title", "api.not_json.nested"
        ) from None
    try:
        return DiffRequest.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)

        def items(lang: str) -> list[ProblemItem]:
            return [
                ProblemItem(
                    file="body",
                    line=None,
                    column=None,
                    path=".".join(str(p) for p in e["loc"]),
                    message=_diff_sentence(e, lang),
                )
                for e in errors
            ]

        def say(lang: str) -> tuple[str, str, list[ProblemItem] | None]:
            return (
                paracheck.message("api.invalid_request.title", lang),
                paracheck.message("api.invalid_request.diff", lang),
                items(lang),
            )

        title, detail, english = say("en")
        raise HTTPProblem(422, "invalid-request", title, detail, english, say=say) from None


def _not_json(detail: str, item: str, line: int, column: int, **values: Any) -> HTTPProblem:
    """/diff's body is not JSON: a 422 whose detail and one problem item (``file`` "body")
    say where, by line and column of the body, in the request's language. ``values`` fill
    both sentences (the json module's English reason, ``error`` and ``reason``, is quoted
    only by the English ones)."""

    def say(lang: str) -> tuple[str, str, list[ProblemItem] | None]:
        message = paracheck.message(item, lang, **values)
        place = ProblemItem(file="body", line=line, column=column, path="", message=message)
        return (
            paracheck.message("api.not_json.title", lang),
            paracheck.message(detail, lang, line=line, column=column, **values),
            [place],
        )

    title, text, items = say("en")
    return HTTPProblem(422, "invalid-json", title, text, items, say=say)


def _diff_sentence(error: Any, lang: str) -> str:
    """One problem of /diff's body in a sentence of the library's tables, not pydantic's
    words ("Input should be a valid dictionary or instance of DiffRequest")."""
    loc = error.get("loc") or ()
    if error.get("type") == "extra_forbidden" and loc:
        return paracheck.message("api.diff.unknown", lang, name=repr(str(loc[0]))[:80])
    if not loc or loc[0] not in ("old", "new"):
        return paracheck.message("api.diff.not_object", lang)
    name = str(loc[0])
    said = {"name": f"'{name}'", "what": paracheck.message(f"api.diff.{name}", lang)}
    kind = error.get("type", "")
    if kind == "missing":
        return paracheck.message("api.diff.missing", lang, **said)
    if kind == "string_too_long":
        limit = (error.get("ctx") or {}).get("max_length", "")
        return paracheck.message("api.diff.too_long", lang, limit=limit, **said)
    return paracheck.message("api.diff.not_text", lang, **said)


def _pack(name: str) -> Any:
    if name not in paracheck.pack_names():
        raise HTTPProblem.said(
            404,
            "no-such-pack",
            "api.no_such_pack.title",
            "api.no_such_pack.detail",
            name=repr(name),
        )
    return paracheck.load_pack(name)


def _info(pack: Any) -> PackInfo:
    return PackInfo(
        name=pack.name,
        version=pack.version,
        regime=pack.regime,
        effective_from=pack.effective_from,
        effective_until=pack.effective_until,
        superseded_by=pack.superseded_by,
        rules=len(pack.rules),
        effective_from_precision=pack.effective_from_precision,
    )


@router.get(
    "/packs",
    summary="The shipped rule packs",
    response_model=list[PackInfo],
    responses=responses(406, 422),
    dependencies=JSON_ONLY,
)
def packs(lang: ProblemLang = None) -> list[PackInfo]:
    return [_info(paracheck.load_pack(name)) for name in paracheck.pack_names()]


@router.get(
    "/packs/{name}",
    summary="One pack",
    response_model=PackInfo,
    responses=responses(404, 406, 422),
    dependencies=JSON_ONLY,
)
def pack(name: str, lang: ProblemLang = None) -> PackInfo:
    return _info(_pack(name))


@router.get(
    "/packs/{name}/rules",
    summary="The rules of a pack",
    response_model=list[RuleSummary],
    responses=responses(404, 406, 422),
    dependencies=JSON_ONLY,
)
def rules(name: str, lang: ProblemLang = None) -> list[RuleSummary]:
    return [
        RuleSummary(
            id=r.id,
            domain=r.domain,
            severity=r.severity,
            likelihood=r.likelihood,
            impact=r.impact,
            title={"id": r.title.id, "en": r.title.en},
        )
        for r in _pack(name).rules
    ]


@router.get(
    "/packs/{name}/rules/{rule_id}",
    summary="One rule in full",
    response_model=paracheck.Rule,
    responses=responses(404, 406, 422),
    dependencies=JSON_ONLY,
)
def rule(name: str, rule_id: str, lang: ProblemLang = None) -> JSONResponse:
    found = paracheck.find_rule(_pack(name), rule_id)  # as the command line finds it
    if found is None:
        raise HTTPProblem.said(
            404,
            "no-such-rule",
            "api.no_such_rule.title",
            "api.no_such_rule.detail",
            rule=repr(rule_id),
            name=repr(name),
            pack=name,
        )
    return JSONResponse(found.model_dump(mode="json", by_alias=True))


@router.get(
    "/schemas/proposal",
    summary="JSON Schema of a proposal",
    responses=responses(406, 422),
    dependencies=JSON_ONLY,
)
def proposal_schema(lang: ProblemLang = None) -> dict[str, Any]:
    return paracheck.proposal_schema()


@router.get(
    "/schemas/assessment",
    summary="JSON Schema of an assessment",
    responses=responses(406, 422),
    dependencies=JSON_ONLY,
)
def assessment_schema(lang: ProblemLang = None) -> dict[str, Any]:
    return paracheck.assessment_schema()


@router.get(
    "/health",
    summary="Liveness: the server answers and its packs are installed",
    response_model=Health,
    responses=responses(406, 422),
    dependencies=JSON_ONLY,
)
def health(lang: ProblemLang = None) -> Health:
    return Health(status="ok", version=paracheck.__version__, packs=paracheck.pack_names())
