"""A request that is not HTTP/1.1 is answered by the server as every error of the API is:
400 ``application/problem+json``. uvicorn parses each request before the application sees
it and answered these itself, in ``text/plain`` ("Invalid HTTP request received.", atk21's
leftover); ``paracheck serve`` now gives uvicorn a connection class whose 400 is a problem
document (``paracheck.web.protocol``), for both of uvicorn's parsers."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import pytest

pytest.importorskip("uvicorn")

from tests.web_support import SERVED_PROTOCOL, free_port, running_server

#: requests uvicorn's parser refuses before the application is called
MALFORMED = {
    "length not a number": b"Content-Length: abc\r\n\r\ntitle: x\n",
    "negative length": b"Content-Length: -1\r\n\r\ntitle: x\n",
    "two lengths": b"Content-Length: 3\r\nContent-Length: 5\r\n\r\nabcde",
    "length beyond any integer": b"Content-Length: 99999999999999999999999\r\n\r\nabc",
    "chunk size not hexadecimal": b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
}
HEAD = b"POST /api/v1/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\n"


def _exchange(url: str, request: bytes) -> bytes:
    """Send raw bytes (no client would send these) and read until the server closes."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):  # the server closes: where the next request
            answer += chunk  # would begin is unknown
    return answer


@pytest.fixture(
    scope="module",
    params=[SERVED_PROTOCOL, "paracheck.web.protocol:H11ProblemProtocol"],
    ids=["httptools", "h11"],
)
def live(request):
    with running_server(http=request.param) as server:
        yield server


@pytest.mark.parametrize("case", MALFORMED)
def test_a_request_that_is_not_http_is_answered_with_a_problem_document(live, case):
    answer = _exchange(live.url, HEAD + MALFORMED[case])
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    fields = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    assert lines[0] == "HTTP/1.1 400 Bad Request"
    assert fields["content-type"] == "application/problem+json"
    assert int(fields["content-length"]) == len(body)
    problem = json.loads(body)
    assert problem["status"] == 400 and problem["type"] == "urn:paracheck:problem:http"
    assert "Content-Length" in problem["detail"] and problem["problems"] == []


def test_a_bad_request_line_is_answered_with_a_problem_document(live):
    answer = _exchange(live.url, b"NOT HTTP AT ALL\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert b"\r\ncontent-type: application/problem+json\r\n" in answer.lower()


def test_paracheck_serve_gives_uvicorn_the_problem_connection(monkeypatch):
    import importlib

    import uvicorn

    from paracheck.web.pages import FORM_SECRET_ENV

    serve = importlib.import_module("paracheck.web.serve")  # the module, not its function
    monkeypatch.setenv(FORM_SECRET_ENV, "0" * 64)  # what serve() would set, put back after
    given: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: given.update(kwargs))
    monkeypatch.setattr(serve, "check_address", lambda host, port: None)
    serve.serve(port=8899)
    assert given["http"] == SERVED_PROTOCOL == serve.PROTOCOL


@pytest.mark.parametrize("http", [SERVED_PROTOCOL, "paracheck.web.protocol:H11ProblemProtocol"])
def test_a_request_beyond_the_connection_limit_gets_the_busy_problem(http):
    # uvicorn counts the asking connection itself: with a limit of 1 every request is over it
    # and is answered by uvicorn in place of the application ("Service Unavailable", text)
    port = free_port()
    launch = (
        "import uvicorn; from paracheck.web.app import create_app; "
        f"uvicorn.run(create_app(), host='127.0.0.1', port={port}, http={http!r}, "
        "limit_concurrency=1, log_level='warning')"
    )
    server = subprocess.Popen([sys.executable, "-c", launch], stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):  # up to ~30 s on a busy machine; no timing is asserted
            try:
                answer = _exchange(
                    f"http://127.0.0.1:{port}", b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
                )
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("server did not start")
    finally:
        server.terminate()
        server.wait(10)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 503 ")
    assert b"\r\ncontent-type: application/problem+json" in head.lower()
    assert b"\r\nretry-after: 1" in head.lower()
    assert json.loads(body)["type"] == "urn:paracheck:problem:busy"
