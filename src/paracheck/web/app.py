"""The ASGI application: pages and API in one process, with the service's safety around them.

Around every request, outermost first: request logging (method, path, status, time — never
the body or the query's proposal content), the access token when one is set, the body-size
limit (413 before the body is read when ``Content-Length`` says so, and while reading when it
does not), and security headers (a Content-Security-Policy that allows no inline script,
``nosniff``, no framing, no referrer). Errors of every kind leave as problem+json (API) or as
a page (forms), never as a stack trace.
"""

from __future__ import annotations

import base64
import hmac
import logging
import time
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic.json_schema import models_json_schema
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import paracheck
from paracheck.web import api, pages, text
from paracheck.web.problems import (
    HTTPProblem,
    from_http_error,
    from_input_error,
    from_request_errors,
    from_usage_error,
    internal,
    request_lang,
)
from paracheck.web.work import Limits, Worker

log = logging.getLogger("paracheck.web")

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
"""The pages' policy: scripts and styles only from this server's files, nothing inline."""
REPORT_CSP = (
    "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
"""The report page's policy: the HTML report is one self-contained file with its own
``<style>``, so inline *styles* are allowed there — and no script at all."""


def create_app(*, token: str | None = None, limits: Limits | None = None) -> FastAPI:
    """The paracheck web application. ``token``: when set, every request but the health check
    must carry it (``Authorization: Bearer …``, or HTTP Basic with it as the password)."""
    limits = limits or Limits()
    app = FastAPI(
        title="paracheck",
        version=paracheck.__version__,
        summary="Decision support for the foreign cooperation of Indonesian regional "
        "governments (sister province / sister city)",
        docs_url=None,
        redoc_url=None,  # our own /docs page: no CDN, no inline script
        # served below as every JSON-only route is: 406 to an Accept that takes no JSON
        # (attack 450 M4: 200 JSON to "text/html" and to "application/json;q=0")
        openapi_url=None,
    )
    app.state.worker = Worker(limits)
    app.state.limits = limits
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("paracheck.web", "static")]), name="static")
    _mount_docs(app)
    _handlers(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]

    @app.get("/openapi.json", include_in_schema=False, dependencies=api.JSON_ONLY)
    def openapi_document() -> JSONResponse:
        """The OpenAPI document of the service (what /docs reads)."""
        return JSONResponse(app.openapi())

    app.add_middleware(_HeadAsGet)
    app.add_middleware(_SecurityHeaders)
    app.add_middleware(_BodyLimit, max_body=limits.max_body)
    if token:
        app.add_middleware(_TokenGate, token=token)
    app.state.token_required = bool(token)
    app.add_middleware(_RequestLog)
    return app


# --- OpenAPI -----------------------------------------------------------------------------------


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document plus the proposal and diff-request schemas the raw-body routes use
    (the same pydantic models ``paracheck.proposal_schema()`` comes from)."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title, version=app.version, summary=app.summary, routes=app.routes
    )
    _, defs = models_json_schema(
        [(paracheck.Proposal, "validation"), (api.DiffRequest, "validation")],
        ref_template="#/components/schemas/{model}",
        by_alias=True,
    )
    schema.setdefault("components", {}).setdefault("schemas", {}).update(defs["$defs"])
    if getattr(app.state, "token_required", False):
        # the access token the server was started with, so a generated client sends it
        # (trial 410 L5): Bearer, or HTTP Basic with it as the password; the health check
        # needs none
        schema["components"]["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer"},
            "basic": {"type": "http", "scheme": "basic"},
        }
        schema["security"] = [{"bearer": []}, {"basic": []}]
        health = schema.get("paths", {}).get("/api/v1/health", {})
        for operation in health.values():
            operation["security"] = []
    app.openapi_schema = schema
    return schema


def _mount_docs(app: FastAPI) -> None:
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:  # pragma: no cover - the web extra installs it
        return
    app.mount("/docs/assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = (resources.files("paracheck.web") / "templates" / "docs.html").read_text("utf-8")
        return HTMLResponse(page)


# --- errors -----------------------------------------------------------------------------------


#: where the API and its documents live: a problem there is always problem+json
_API_PATHS = ("/api/", "/openapi.json", "/docs", "/static/")


def wants_page(path: str, accept: str) -> bool:
    """Whether a problem is answered with a page rather than problem+json. The officers'
    pages (``/``, ``/bandingkan``) always get a page; the API, /docs and /openapi.json always
    problem+json; any other address (one that does not exist) gets a page when a browser
    asks for one (``Accept`` names ``text/html``, as a browser's navigation does), so an
    officer who mistypes an address reads a page in words, and a program reads JSON."""
    if path == "/" or path.startswith("/bandingkan"):
        return True
    return not path.startswith(_API_PATHS) and "text/html" in accept.lower()


def _wants_page(request: Request) -> bool:
    return wants_page(request.url.path, request.headers.get("accept", ""))


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPProblem)
    async def _problem(request: Request, exc: HTTPProblem) -> Response:
        if _wants_page(request):
            return pages.problem_page(request, exc.problem.status, exc.headers)
        return exc.respond(_lang(request))

    @app.exception_handler(paracheck.InputError)
    async def _input(request: Request, exc: paracheck.InputError) -> Response:
        made = from_input_error(exc)
        return made.respond(_lang(request))

    @app.exception_handler(paracheck.UsageError)
    async def _usage(request: Request, exc: paracheck.UsageError) -> Response:
        made = from_usage_error(exc)
        return made.respond(_lang(request))

    @app.exception_handler(paracheck.PackError)
    async def _pack(request: Request, exc: paracheck.PackError) -> Response:
        log.error("rule pack error: %s", exc)
        return internal().respond(_lang(request))

    @app.exception_handler(RequestValidationError)
    async def _request(request: Request, exc: RequestValidationError) -> Response:
        made = from_request_errors(exc.errors())
        if _wants_page(request):
            return pages.problem_page(request, 422, made.headers)
        return made.respond(_lang(request))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        made = from_http_error(
            exc.status_code, request.url.path, request.method, dict(exc.headers or {})
        )
        if _wants_page(request):
            return pages.problem_page(request, exc.status_code, made.headers)
        return made.respond(_lang(request))

    @app.exception_handler(ClientDisconnect)
    async def _gone(request: Request, exc: ClientDisconnect) -> Response:
        # the client left, or the read deadline closed its connection
        # (paracheck.web.protocol), before its body came whole: nothing went wrong here and
        # no one is left to answer; one line in the log, not an internal error's traceback
        log.info("request not read whole: %s %s", request.method, request.url.path)
        return Response(status_code=400)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path)
        if _wants_page(request):
            # the officer's page, in the page's words, not the API's English JSON (attack 462
            # M4); the same JSON where even that page cannot be drawn
            try:
                return pages.problem_page(request, 500, {})
            except Exception:
                log.exception("internal error page not drawn")
        return internal().respond(_lang(request))


# --- middleware (plain ASGI: they must also guard streaming bodies) -------------------------------


class _BodyTooLarge(Exception):
    pass


class _BodyLimit:
    """413 for a body over ``max_body`` bytes, whether or not ``Content-Length`` is sent."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._refuse(scope, send)
            return
        seen = 0
        started = False

        async def counting() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _BodyTooLarge
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting, tracking)
        except _BodyTooLarge:
            if not started:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        made = HTTPProblem.said(
            413, "too-large", "api.too_large.title", "api.too_large.detail", limit=self.max_body
        )
        response: Response
        if _scope_wants_page(scope):
            page = _too_large_page(self.max_body)
            response = HTMLResponse(page, 413, {"Connection": "close"})
        else:
            response = made.respond(_scope_lang(scope), {"Connection": "close"})
        await response({"type": "http"}, _no_body, send)


def _too_large_page(limit: int) -> str:
    """The page refusing a body over ``limit`` bytes, in both languages (nothing of the
    request is read, its language included), with the limit in words: "too large for this
    server" alone left an officer uploading a 5 MB file no idea how much to cut (newcomer
    trial, stop 58)."""
    size = text.byte_size(limit)
    # the pages' own sentence (text.py "too_large"), with the limit after it
    said_id = text.word("too_large", "id").removesuffix(".")
    said_en = text.word("too_large", "en").removesuffix(".")
    return (
        '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>paracheck</title>'
        '<link rel="stylesheet" href="/static/style.css"></head><body><main>'
        f"<p>{said_id}: batasnya {size}.</p>"
        f"<p>{text.word('too_large_back', 'id')}</p>"
        f'<p lang="en">{said_en}: the limit is {size}.</p>'
        f'<p lang="en">{text.word("too_large_back", "en")}</p>'
        '<p><a href="/">Formulir baru</a></p></main></body></html>'
    )


def _scope_wants_page(scope: Scope) -> bool:
    """:func:`wants_page` for a request a middleware answers before the app sees it."""
    accept = dict(scope["headers"]).get(b"accept", b"").decode("latin-1")
    return wants_page(scope["path"], accept)


def _scope_lang(scope: Scope) -> str | None:
    """The language a request asks for (its query's ``lang``, then ``Accept-Language``),
    read where there is no :class:`Request` yet."""
    query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
    header = dict(scope["headers"]).get(b"accept-language", b"").decode("latin-1")
    return request_lang(query, {"accept-language": header})


def _lang(request: Request) -> str | None:
    """The language a request asks for: its query's ``lang``, then ``Accept-Language``."""
    return request_lang(request.query_params, request.headers)


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


class _HeadAsGet:
    """HEAD answered as GET is, headers only (RFC 9110 §9.3.2: a server that answers GET
    answers HEAD): ``curl -I /api/v1/health``, a monitor's check, was 405 "does not answer
    HEAD requests" at every address (atk23). FastAPI's routes name GET alone."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class _SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def add(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, add)


class _TokenGate:
    """Every request but ``/api/v1/health`` carries the access token, or gets 401."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app, self.token = app, token.encode("utf-8")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        header = b""
        if scope["type"] == "http":
            header = dict(scope["headers"]).get(b"authorization", b"")
        if scope["type"] != "http" or scope["path"] == "/api/v1/health" or self._allowed(header):
            await self.app(scope, receive, send)
            return
        # a token given but not this one is said as such, not as one missing (trial 410 L5)
        said = "api.unauthorized.wrong" if header.strip() else "api.unauthorized"
        made = HTTPProblem.said(
            401,
            "unauthorized",
            f"{said}.title",
            f"{said}.detail",
            None,
            {"WWW-Authenticate": 'Basic realm="paracheck"'},
        )
        response: Response
        if _scope_wants_page(scope):
            # what a browser shows when its user cancels the sign-in prompt
            response = pages.problem_page(Request(scope, receive), 401, made.headers)
        else:
            response = made.respond(_scope_lang(scope))
        await response(scope, receive, send)

    def _allowed(self, header: bytes) -> bool:
        scheme, _, value = header.partition(b" ")
        if scheme.lower() == b"bearer":
            return hmac.compare_digest(value.strip(), self.token)
        if scheme.lower() == b"basic":
            try:
                decoded = base64.b64decode(value.strip(), validate=True)
            except ValueError:
                return False
            return hmac.compare_digest(decoded.partition(b":")[2], self.token)
        return False


class _RequestLog:
    """One line per request: method, path, status, bytes out and time. Never the body and
    never the query string (it may hold a name); the proposal's content stays out of logs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status, size = 500, 0

        async def watch(message: Message) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            log.info(
                "%s %s %d %dB %.1fms",
                scope["method"],
                scope["path"],
                status,
                size,
                (time.perf_counter() - start) * 1000,
            )
