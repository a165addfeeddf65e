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

A request must also arrive whole within ``PARACHECK_READ_TIMEOUT`` seconds (30 by default)
of its connection opening or of the previous answer: uvicorn's own keep-alive timer starts
only after an answer and any byte received stops it, so a connection that never sent a
request, or sent a head or a body a byte at a time (slowloris), was held open for as long as
the client liked, and 512 of them (the connection limit) left every other client the busy
503 (atk23). Past the deadline a started request gets a 408 problem document and the
connection is closed; an idle one is closed without a word, as the keep-alive timer closes it.
A request head (request line and header fields) past :data:`HEAD_KIB` is answered 431 and
the connection closed, counted before the parser reads it, whether it came in pieces or whole.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from functools import cache
from typing import Any

import h11
from uvicorn.protocols.http import h11_impl as _h11_impl
from uvicorn.protocols.http.h11_impl import H11Protocol

from paracheck.web.problems import PROBLEM_JSON, HTTPProblem
from paracheck.web.work import Limits

try:  # uvicorn's own choice ("auto"): httptools when installed, else h11
    from uvicorn.protocols.http import httptools_impl as _httptools_impl
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - the web extra installs httptools
    _httptools_impl = None  # type: ignore[assignment]
    HttpToolsProtocol = None  # type: ignore[assignment,misc]


@cache
def _problem_body(status: int, kind: str, title: str, detail: str, **values: Any) -> bytes:
    """The UTF-8 JSON of the problem document the API says for ``status`` (made once per
    answer kind): the body of an answer the connection sends itself, before any route."""
    said = HTTPProblem.said(status, kind, title, detail, **values)
    return json.dumps(said.problem.model_dump(), ensure_ascii=False).encode("utf-8")


def malformed_request() -> bytes:
    """The body of the 400 for a request that is not HTTP/1.1: a problem document."""
    return _problem_body(400, "http", "api.malformed.title", "api.malformed.detail")


def _too_many_connections() -> bytes:
    return _problem_body(503, "busy", "api.busy.title", "api.too_many_connections.detail")


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


def _request_timeout() -> bytes:
    return _problem_body(408, "timeout", "api.read_timeout.title", "api.read_timeout.detail")


def _head_too_large() -> bytes:
    return _problem_body(
        431, "too-large", "api.head_too_large.title", "api.head_too_large.detail", kib=HEAD_KIB
    )


#: the most a request's head (request line and header fields) may hold, in KiB: h11 refuses
#: a head past its own limit while it is incomplete, httptools took a 5 MB header field, and
#: both took a head of up to a read's size that came whole (atk23)
HEAD_KIB = 64

#: the blank line that ends a request's head (h11 takes a bare LF for CRLF)
_HEAD_END = re.compile(rb"\r?\n\r?\n")


@cache
def read_timeout() -> float:
    """Seconds a request has to arrive whole, head and body: ``PARACHECK_READ_TIMEOUT``, else
    :attr:`Limits.read_timeout` (a value that cannot be used is refused when the server
    starts, ``serve._limits_from_env``)."""
    default = Limits().read_timeout
    try:
        value = float(os.environ.get("PARACHECK_READ_TIMEOUT", default))
    except ValueError:
        return default
    return value if 0 < value < float("inf") else default


class _ReadDeadline:
    """A deadline for each request to arrive whole, for both of uvicorn's connections (see
    the module's docstring). It starts when the connection opens and again after each
    answer, and stops once the newest request is whole (its cycle not yet answered and with
    no more body to come). Only what both of uvicorn's connections have is used:
    ``transport``, ``loop`` and ``cycle`` (``more_body``, ``response_started``,
    ``response_complete``)."""

    transport: asyncio.Transport
    loop: asyncio.AbstractEventLoop
    cycle: Any
    _deadline: asyncio.TimerHandle | None = None
    _heard = False  # whether a byte came since the deadline started
    _head_bytes = 0  # bytes come of the request head still coming
    _head_tail = b""  # its last bytes: an end of the head may span two reads

    def _start_deadline(self) -> None:
        self._stop_deadline()
        self._heard = False
        if self._reading():
            self._deadline = self.loop.call_later(read_timeout(), self._read_too_slow)

    def _stop_deadline(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _reading(self) -> bool:
        """Whether a request is still to come whole: none yet, the newest one answered (the
        next one awaited), or the newest one's body still coming."""
        cycle = self.cycle
        return cycle is None or cycle.response_complete or cycle.more_body

    def _read_too_slow(self) -> None:
        self._deadline = None
        if self.transport.is_closing() or not self._reading():
            return
        cycle = self.cycle
        answering = cycle is not None and not cycle.response_complete and cycle.response_started
        if self._heard and not answering:
            self._refuse(b"408 Request Timeout", _request_timeout())
        else:
            self.transport.close()

    def _refuse(self, status: bytes, body: bytes) -> None:
        """Answer ``status`` with the problem document ``body``, then close: the request is
        not read on (where it ends is unknown)."""
        self._stop_deadline()
        content = [b"HTTP/1.1 ", status, b"\r\n"]
        for name, value in _headers(body):
            content.extend([name, b": ", value, b"\r\n"])
        content.extend([b"\r\n", body])
        self.transport.write(b"".join(content))
        self.transport.close()

    def _body_coming(self) -> bool:
        """Whether the bytes that come next are a request's body (the parser's state)."""
        raise NotImplementedError

    def _head_too_large(self, data: bytes) -> bool:
        """Whether ``data``, come before the parser reads it, takes the request head it
        continues or starts past :data:`HEAD_KIB` (then it is refused with 431, unread).

        The bytes counted are those up to the head's end (a blank line) while no body is
        coming: a head that came whole in one read as much as one that came in pieces. Only
        the pieces used to be counted, while no request was being answered, so a head of up
        to a read's size (256 KiB) that came whole was read (atk23)."""
        if self._body_coming():
            self._head_bytes, self._head_tail = 0, b""
            return False
        seen = self._head_tail + data
        start = 0
        if not self._head_bytes:  # blank lines before a request are no end of its head
            start = len(seen) - len(seen.lstrip(b"\r\n"))
        end = _HEAD_END.search(seen, start)
        if end is None:
            self._head_bytes += len(data)
            self._head_tail = seen[-3:]
            return self._head_bytes > HEAD_KIB * 1024
        self._head_bytes += max(0, end.end() - len(self._head_tail))
        too_large = self._head_bytes > HEAD_KIB * 1024
        self._head_bytes, self._head_tail = 0, b""
        return too_large

    def _read_head_within_limit(self, data: bytes) -> bool:
        """Before the parser reads ``data``: False, and a 431 answer sent, when it takes the
        head past the limit."""
        if not self._head_too_large(data):
            return True
        self._heard = True
        if not self.transport.is_closing():
            self._refuse(b"431 Request Header Fields Too Large", _head_too_large())
        return False

    def _read_some(self) -> None:
        """After bytes came and were read: the deadline stops once the request they belong
        to is whole."""
        self._heard = True
        if self.transport.is_closing():
            return
        if self._deadline is not None and not self._reading():
            self._stop_deadline()


def _headers(body: bytes) -> list[tuple[bytes, bytes]]:
    return [
        (b"content-type", PROBLEM_JSON.encode("ascii")),
        (b"content-language", b"en"),
        (b"content-length", str(len(body)).encode("ascii")),
        (b"connection", b"close"),
    ]


class H11ProblemProtocol(_ReadDeadline, H11Protocol):
    """uvicorn's h11 connection, its 400 a problem document, each request read within
    :func:`read_timeout`."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_deadline()

    def _body_coming(self) -> bool:
        return self.conn.their_state is h11.SEND_BODY

    def data_received(self, data: bytes) -> None:
        if self._read_head_within_limit(data):
            super().data_received(data)
            self._read_some()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # a pipelined request is read on here
        if not self.transport.is_closing():
            self._start_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_deadline()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        body = malformed_request()
        event = h11.Response(status_code=400, headers=_headers(body), reason=b"Bad Request")
        for part in (event, h11.Data(data=body), h11.EndOfMessage()):
            output = self.conn.send(part)
            if output:
                self.transport.write(output)
        self.transport.close()


if HttpToolsProtocol is not None:

    class HttpToolsProblemProtocol(_ReadDeadline, HttpToolsProtocol):  # type: ignore[valid-type,misc]
        """uvicorn's httptools connection, its 400 a problem document, each request read
        within :func:`read_timeout`."""

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._start_deadline()

        _in_body = False  # between a request's head and the end of its body

        def _body_coming(self) -> bool:
            return self._in_body

        def on_headers_complete(self) -> None:
            self._in_body = True
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self._in_body = False
            super().on_message_complete()

        def data_received(self, data: bytes) -> None:
            if self._read_head_within_limit(data):
                super().data_received(data)
                self._read_some()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._start_deadline()

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop_deadline()
            super().connection_lost(exc)

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
