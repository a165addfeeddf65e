"""The HTTP/1.1 connection: uvicorn's own, answering a request it cannot parse with a problem
document instead of its plain-text "Invalid HTTP request received.".

uvicorn parses each request before the application sees it; a request that is not HTTP/1.1
(``Content-Length: abc``, two different lengths, a chunk size that is not hexadecimal, a bad
request line) is answered by uvicorn itself with a 400 in ``text/plain`` and the connection
closed (atk21). The API answers every error as ``application/problem+json`` (RFC 9457), so
these connection classes (uvicorn's ``http`` setting) send the same 400 as a problem document
in English, the API's language when a request names none: nothing of the request, its
``lang`` or its ``Accept-Language`` included, can be trusted once its framing is broken. The
connection is closed as before: where the next request would begin is unknown. A request
beyond uvicorn's connection limit (``limit_concurrency``) gets the API's 503 "busy" problem
with ``Retry-After`` in place of uvicorn's plain "Service Unavailable".
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import h11
from uvicorn.protocols.http import h11_impl as _h11_impl
from uvicorn.protocols.http.h11_impl import H11Protocol

from paracheck.web.problems import PROBLEM_JSON, HTTPProblem

try:  # uvicorn's own choice ("auto"): httptools when installed, else h11
    from uvicorn.protocols.http import httptools_impl as _httptools_impl
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - the web extra installs httptools
    _httptools_impl = None  # type: ignore[assignment]
    HttpToolsProtocol = None  # type: ignore[assignment,misc]


@cache
def malformed_request() -> bytes:
    """The body of the 400 for a request that is not HTTP/1.1: a problem document."""
    said = HTTPProblem.said(400, "http", "api.malformed.title", "api.malformed.detail")
    return json.dumps(said.problem.model_dump(), ensure_ascii=False).encode("utf-8")


@cache
def _too_many_connections() -> bytes:
    said = HTTPProblem.said(503, "busy", "api.busy.title", "api.too_many_connections.detail")
    return json.dumps(said.problem.model_dump(), ensure_ascii=False).encode("utf-8")


async def too_many_connections(scope: Any, receive: Any, send: Any) -> None:
    """What uvicorn runs in place of the application for a request beyond its connection
    limit (``limit_concurrency``): its own ``service_unavailable`` said "Service
    Unavailable" in text/plain; this says 503 as the API's own busy answer does."""
    body = _too_many_connections()
    headers = [*_headers(body), (b"retry-after", b"1")]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


# uvicorn's connections name the application they run beyond the limit by their module's
# global; this module is imported only by a server that uses these connections
_h11_impl.service_unavailable = too_many_connections
if _httptools_impl is not None:
    _httptools_impl.service_unavailable = too_many_connections


def _headers(body: bytes) -> list[tuple[bytes, bytes]]:
    return [
        (b"content-type", PROBLEM_JSON.encode("ascii")),
        (b"content-language", b"en"),
        (b"content-length", str(len(body)).encode("ascii")),
        (b"connection", b"close"),
    ]


class H11ProblemProtocol(H11Protocol):
    """uvicorn's h11 connection, its 400 a problem document."""

    def send_400_response(self, msg: str) -> None:
        body = malformed_request()
        event = h11.Response(status_code=400, headers=_headers(body), reason=b"Bad Request")
        for part in (event, h11.Data(data=body), h11.EndOfMessage()):
            output = self.conn.send(part)
            if output:
                self.transport.write(output)
        self.transport.close()


if HttpToolsProtocol is not None:

    class HttpToolsProblemProtocol(HttpToolsProtocol):  # type: ignore[valid-type,misc]
        """uvicorn's httptools connection, its 400 a problem document."""

        def send_400_response(self, msg: str) -> None:
            body = malformed_request()
            content = [b"HTTP/1.1 400 Bad Request\r\n"]
            for name, value in [*self.server_state.default_headers, *_headers(body)]:
                content.extend([name, b": ", value, b"\r\n"])
            content.extend([b"\r\n", body])
            self.transport.write(b"".join(content))
            self.transport.close()

    ProblemProtocol: type = HttpToolsProblemProtocol
else:  # pragma: no cover - the web extra installs httptools
    ProblemProtocol = H11ProblemProtocol
