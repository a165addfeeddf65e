"""Errors as RFC 9457 ``application/problem+json`` documents.

One mapping from paracheck's typed errors to HTTP, as ``cli.main`` maps them to exit codes:
an :class:`~paracheck.InputError` (a proposal that cannot be read) is 422 and carries the
same positioned problems the command line prints; a :class:`~paracheck.UsageError` (an
unknown pack, a format that does not exist) is 400; anything else is a 500 that says nothing
about the inside of the server.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

import paracheck

PROBLEM_JSON = "application/problem+json"


class ProblemItem(BaseModel):
    """One positioned problem, as ``paracheck validate`` prints it."""

    file: str = Field(
        description="where the text came from: 'body' for a proposal sent as the request's "
        "body (/assess, /validate) or for /diff's body itself, 'body.old' or 'body.new' for "
        "the two versions given to /diff, 'request' for an option of the query (lang, as_of, "
        "pack: no line nor column)"
    )
    line: int | None = Field(description="1-based line of the problem, when known")
    column: int | None = Field(description="1-based column of the problem, when known")
    path: str = Field(description="the proposal field concerned, e.g. sectors[0].name")
    message: str = Field(
        description="the problem in English; with `?lang=id` or `?lang=en`, the sentence the "
        "command line prints in that language, naming the field by its label"
    )


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = Field(description="a URI naming the kind of problem")
    title: str = Field(description="in the request's `lang` (English when it gives none)")
    status: int = Field(
        description="the HTTP status code of the answer, repeated in the document (RFC 9457)"
    )
    detail: str = Field(description="in the request's `lang` (English when it gives none)")
    problems: list[ProblemItem] = Field(
        default_factory=list, description="positioned problems of the input, if any"
    )


class HTTPProblem(Exception):
    """Raised by a route to answer with a problem document.

    ``problem`` is the document in English (what a client that gives no ``lang`` reads, as
    before); :meth:`in_lang` says its ``title``, ``detail`` and items' messages in the
    request's language when the problem was made from sentences of the library's tables
    (:meth:`said`, :func:`from_input_error`, :func:`from_usage_error`). The machine fields
    (``type``, ``status``, each item's ``file``, ``line``, ``column``, ``path``) never change.
    """

    def __init__(
        self,
        status: int,
        kind: str,
        title: str,
        detail: str,
        problems: list[ProblemItem] | None = None,
        headers: dict[str, str] | None = None,
        *,
        say: Callable[[str], tuple[str, str, list[ProblemItem] | None]] | None = None,
    ) -> None:
        super().__init__(detail)
        self.problem = Problem(
            type=f"urn:paracheck:problem:{kind}",
            title=title,
            status=status,
            detail=detail,
            problems=problems or [],
        )
        self.headers = headers or {}
        self._say = say

    @classmethod
    def said(
        cls,
        status: int,
        kind: str,
        title: str,
        detail: str,
        problems: list[ProblemItem] | None = None,
        headers: dict[str, str] | None = None,
        /,
        **values: Any,
    ) -> HTTPProblem:
        """A problem whose ``title`` and ``detail`` are message keys of the library's tables
        (``facts/data/usage.yaml``), filled with ``values``."""

        def say(lang: str) -> tuple[str, str, list[ProblemItem] | None]:
            return paracheck.message(title, lang), paracheck.message(detail, lang, **values), None

        english = say("en")
        return cls(status, kind, english[0], english[1], problems, headers, say=say)

    def respond(self, lang: str | None, headers: dict[str, str] | None = None) -> JSONResponse:
        """The document in ``lang`` as a response that says which language its words are in
        (``Content-Language``) and that another ``Accept-Language`` may get other words."""
        said = "en" if lang is None or self._say is None else lang
        negotiated = {"Content-Language": said, "Vary": "Accept-Language"}
        return problem_response(
            self.in_lang(lang), {**negotiated, **self.headers, **(headers or {})}
        )

    def in_lang(self, lang: str | None) -> Problem:
        """The document in ``lang`` (``id`` / ``en``); as made (English) when ``None``."""
        if lang is None or self._say is None:
            return self.problem
        title, detail, items = self._say(lang)
        return self.problem.model_copy(
            update={
                "title": title,
                "detail": detail,
                "problems": self.problem.problems if items is None else items,
            }
        )


def request_lang(query: Mapping[str, str], headers: Mapping[str, str] | None = None) -> str | None:
    """The language a request asked for (``id`` / ``en``), else None: its query's ``lang``
    first, then its ``Accept-Language`` header. Problem documents are English unless the
    client asks, so existing clients read what they did."""
    lang = query.get("lang")
    if lang in ("id", "en"):
        return lang
    # a value the query refuses but that names a language paracheck speaks ("id-ID", "ID")
    # has its refusal said in that language (web 490 L5: "?lang=id-ID" was refused in English)
    named = accepted_lang(lang.strip()) if lang and "," not in lang and ";" not in lang else None
    return named or accepted_lang((headers or {}).get("accept-language"))


#: language tags of ``Accept-Language`` → the language paracheck speaks ("in": Indonesian's
#: code before ISO 639 changed it in 1989, still sent by old Java and Android systems)
_SPOKEN = {"id": "id", "in": "id", "en": "en"}


def accepted_lang(header: str | None) -> str | None:
    """The language an ``Accept-Language`` header prefers among the two paracheck speaks
    (RFC 9110 §12.5.4: the highest ``q``, the first listed on a tie; ``id-ID`` and ``en-GB``
    count for ``id`` and ``en``); None when it names neither (``*`` or ``fr`` only), so the
    default of the answer applies."""
    if not header:
        return None
    best: tuple[float, int, str] | None = None
    for index, part in enumerate(header.split(",")):
        tag, *params = (p.strip() for p in part.split(";"))
        spoken = _SPOKEN.get(tag.split("-", 1)[0].lower())
        if spoken is None:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if not 0 < q <= 1:  # q=0: "not this one"; anything else out of range is no weight
            continue
        if best is None or (q, -index) > best[:2]:
            best = (q, -index, spoken)
    return None if best is None else best[2]


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(), status_code=problem.status, media_type=PROBLEM_JSON, headers=headers
    )


def from_input_error(exc: paracheck.InputError) -> HTTPProblem:
    """422 with the proposal's positioned problems; in another language each item's
    ``message`` is the sentence the command line prints, naming the field by its label, in
    the API's words where a message has them (no command-line option to a program)."""

    def items(lang: str | None) -> list[ProblemItem]:
        return [
            ProblemItem(
                file=p.file,
                line=p.line,
                column=p.column,
                path=p.path,
                message=p.api_message() if lang is None else p.sentence(lang, api=True),
            )
            for p in exc.problems
        ]

    def detail(lang: str, said: list[ProblemItem], english: bool) -> str:
        if not said:
            return paracheck.message("api.invalid_proposal.none", lang)
        first = said[0]
        # the English document keeps its "path: message" form; a sentence names its field
        text = f"{first.path}: {first.message}" if english and first.path else first.message
        return paracheck.message("api.invalid_proposal.detail", lang, count=len(said), first=text)

    def say(lang: str) -> tuple[str, str, list[ProblemItem] | None]:
        said = items(lang)
        return (
            paracheck.message("api.invalid_proposal.title", lang),
            detail(lang, said, False),
            said,
        )

    plain = items(None)
    return HTTPProblem(
        422,
        "invalid-proposal",
        paracheck.message("api.invalid_proposal.title", "en"),
        detail("en", plain, True),
        plain,
        say=say,
    )


#: the query options a request names that the library, not FastAPI, refuses (a pack name
#: no pack has): its problem item names the option, as FastAPI's refusals of the others do
_LIBRARY_QUERY_OPTIONS = frozenset({"pack"})


def from_usage_error(exc: paracheck.ParacheckError) -> HTTPProblem:
    """400 for a request the library cannot serve. A refused query option carries an item
    naming it (``file: request``, ``path: query.pack``), as the 422s of the other options
    do: a client matching on ``problems[].path`` found nothing for an unknown pack (web 490
    M2)."""
    option = getattr(exc, "option", None)
    named = option in _LIBRARY_QUERY_OPTIONS

    def items(text: str) -> list[ProblemItem] | None:
        if not named:
            return None
        where = f"query.{option}"
        return [ProblemItem(file="request", line=None, column=None, path=where, message=text)]

    def say(lang: str) -> tuple[str, str, list[ProblemItem] | None]:
        text = exc.text(lang) if isinstance(exc, paracheck.UsageError) else str(exc)
        return paracheck.message("api.bad_request.title", lang), _one_line(text), items(text)

    english = _one_line(exc)
    title = paracheck.message("api.bad_request.title", "en")
    return HTTPProblem(400, "bad-request", title, english, items(english), say=say)


#: the query options whose refusal has its own sentence (``api.query.<name>``), by the kinds
#: of pydantic error that option can raise; any other refusal is ``api.query.other``
_QUERY_SENTENCES = {
    "lang": ("literal_error", "enum"),
    "as_of": (
        "date_parsing",
        "date_from_datetime_parsing",
        "date_from_datetime_inexact",
        "date_type",
        "date_past",
        "date_future",
    ),
    "pack": ("string_too_long",),
}


def from_request_errors(errors: Sequence[Mapping[str, Any]]) -> HTTPProblem:
    """422 for options of the request's query (or other parts FastAPI checks) that cannot be
    used. FastAPI's own words ("Input should be 'id' or 'en'", "query.lang") are for
    programmers: each problem is said instead in a sentence of the library's tables, naming
    the option as the client wrote it beside what it means, in the request's language (in
    English, the default, too). Each item's ``path`` keeps the machine location
    (``query.lang``)."""

    def sentence(error: Mapping[str, Any], lang: str) -> str:
        loc = [str(p) for p in error.get("loc", ())]
        name = loc[-1] if loc else "?"
        quoted = f"'{name}'"  # the option as typed, quoted as the tables quote what is typed
        kind = str(error.get("type", ""))
        value = _shown(error.get("input"))
        if kind == "missing":
            return paracheck.message("api.query.missing", lang, name=quoted)
        if kind == "query_twice":
            return paracheck.message("api.query.twice", lang, name=quoted)
        if kind == "query_unknown":
            known = (error.get("ctx") or {}).get("known") or []
            listed = ", ".join(f"'{option}'" for option in known)
            return paracheck.message("api.query.unknown", lang, name=quoted, known=listed)
        if kind in _QUERY_SENTENCES.get(name, ()):
            limit = (error.get("ctx") or {}).get("max_length", "")
            return paracheck.message(f"api.query.{name}", lang, sent=value, limit=limit)
        return paracheck.message("api.query.other", lang, sent=value, name=quoted)

    def items(lang: str) -> list[ProblemItem]:
        return [
            ProblemItem(
                file="request",
                line=None,
                column=None,
                path=".".join(str(p) for p in e.get("loc", ())),
                message=sentence(e, lang),
            )
            for e in errors
        ]

    def say(lang: str) -> tuple[str, str, list[ProblemItem] | None]:
        said = items(lang)
        detail = (
            "; ".join(item.message for item in said)
            if said
            else paracheck.message("api.invalid_request.none", lang)
        )
        return paracheck.message("api.invalid_request.title", lang), detail, said

    title, detail, english = say("en")
    return HTTPProblem(422, "invalid-request", title, detail, english, say=say)


def _shown(value: Any, limit: int = 60) -> str:
    """A value the client sent, quoted as it wrote it, cut when long (it is echoed back): a
    line break or tab as a space, its spaces kept, an edge's too (attack 440 M4: "id " was
    refused as "bukan 'id'", the space stripped, refusing the very value it allowed)."""
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    text = re.sub(r"\s", " ", text)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def from_http_error(
    status: int, path: str, method: str, headers: Mapping[str, str] | None = None
) -> HTTPProblem:
    """A problem for an HTTP error the framework raises itself: no route at ``path`` (404),
    a route that does not answer ``method`` (405, naming what it answers from ``Allow``),
    or any other status. The ``type`` stays ``…:http`` for all of them, as before."""
    headers = dict(headers or {})
    where = _one_line(path, 200)
    if status == 404:
        return HTTPProblem.said(
            404,
            "http",
            "api.not_found.title",
            "api.not_found.detail",
            None,
            headers,
            path=where,
        )
    if status == 405:
        allowed = headers.get("Allow") or headers.get("allow") or ""
        return HTTPProblem.said(
            405,
            "http",
            "api.wrong_method.title",
            "api.wrong_method.detail",
            None,
            headers,
            path=where,
            method=method,
            allowed=allowed,
        )
    return HTTPProblem.said(
        status,
        "http",
        "api.http_error.title",
        "api.http_error.detail",
        None,
        headers,
        status=status,
    )


def internal() -> HTTPProblem:
    return HTTPProblem.said(500, "internal", "api.internal.title", "api.internal.detail")


def _one_line(exc: BaseException | str, limit: int = 500) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the given error statuses (problem+json)."""
    texts = {
        400: "Unknown pack or other unusable option",
        401: "Missing or wrong access token",
        406: "None of the Accept types can be produced",
        413: "Body larger than the limit",
        415: "Body type not YAML or JSON",
        422: "The input is not valid (positioned problems)",
        404: "No such pack or rule",
        503: "Busy or over the time limit; retry later",
    }
    return {
        s: {
            "description": texts[s],
            "model": Problem,
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for s in statuses
    }
