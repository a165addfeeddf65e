"""Errors as RFC 9457 ``application/problem+json`` documents.

One mapping from paracheck's typed errors to HTTP, as ``cli.main`` maps them to exit codes:
an :class:`~paracheck.InputError` (a proposal that cannot be read) is 422 and carries the
same positioned problems the command line prints; a :class:`~paracheck.UsageError` (an
unknown pack, a format that does not exist) is 400; anything else is a 500 that says nothing
about the inside of the server.
"""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

import paracheck

PROBLEM_JSON = "application/problem+json"


class ProblemItem(BaseModel):
    """One positioned problem, as ``paracheck validate`` prints it."""

    file: str = Field(description="the input's name (the upload's file name, or 'body')")
    line: int | None = Field(description="1-based line of the problem, when known")
    column: int | None = Field(description="1-based column of the problem, when known")
    path: str = Field(description="the proposal field concerned, e.g. sectors[0].name")
    message: str


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = Field(description="a URI naming the kind of problem")
    title: str
    status: int
    detail: str
    problems: list[ProblemItem] = Field(
        default_factory=list, description="positioned problems of the input, if any"
    )


class HTTPProblem(Exception):
    """Raised by a route to answer with a problem document."""

    def __init__(
        self,
        status: int,
        kind: str,
        title: str,
        detail: str,
        problems: list[ProblemItem] | None = None,
        headers: dict[str, str] | None = None,
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


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(), status_code=problem.status, media_type=PROBLEM_JSON, headers=headers
    )


def from_input_error(exc: paracheck.InputError) -> HTTPProblem:
    items = [
        ProblemItem(file=p.file, line=p.line, column=p.column, path=p.path, message=p.message)
        for p in exc.problems
    ]
    first = items[0] if items else None
    detail = (
        f"{len(items)} problem(s) in the proposal; the first: "
        f"{first.path + ': ' if first and first.path else ''}{first.message}"
        if first
        else "the proposal is not valid"
    )
    return HTTPProblem(422, "invalid-proposal", "The proposal is not valid", detail, items)


def from_usage_error(exc: paracheck.ParacheckError) -> HTTPProblem:
    return HTTPProblem(400, "bad-request", "The request cannot be served", _one_line(exc))


def internal() -> HTTPProblem:
    return HTTPProblem(
        500,
        "internal",
        "Internal error",
        "paracheck failed internally; the server log has the details",
    )


def _one_line(exc: BaseException, limit: int = 500) -> str:
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
