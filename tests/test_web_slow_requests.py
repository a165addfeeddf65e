"""A request must arrive whole within the server's read deadline, and its head may not grow
without bound, for both of uvicorn's parsers (atk23). uvicorn's keep-alive timer starts only
after an answer and any byte stops it: a connection that sent nothing, a head or a body a
byte at a time (slowloris), or a body shorter than its Content-Length, was held open for as
long as the client liked, and the connection limit's 512 such connections left every other
client the busy 503. httptools also took a request head of any size.

The deadline is set low here (``PARACHECK_READ_TIMEOUT=1``) so that each test ends soon; what
is asserted is what the server does, never how fast: a client that waits 60 s for an answer
it would not otherwise get."""

from __future__ import annotations

import json
import socket
import time

import pytest

pytest.importorskip("uvicorn")

from paracheck.web.protocol import HEAD_KIB
from tests.web_support import SERVED_PROTOCOL, running_server

H11 = "paracheck.web.protocol:H11ProblemProtocol"
#: what the client waits for at most: far past the deadline, so the deadline decides
PATIENCE = 60


@pytest.fixture(scope="module", params=[SERVED_PROTOCOL, H11], ids=["httptools", "h11"])
def live(request):
    with running_server(http=request.param, PARACHECK_READ_TIMEOUT="1") as server:
        yield server


def _connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=PATIENCE)


def _rest(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes (a timeout here fails the test)."""
    answer = b""
    while chunk := sock.recv(65536):
        answer += chunk
    return answer


def _problem(answer: bytes, *statuses: int) -> dict:
    """The problem document ``answer`` carries, with one of ``statuses``."""
    head, _, body = answer.partition(b"\r\n\r\n")
    assert any(head.startswith(b"HTTP/1.1 %d " % s) for s in statuses), answer[:300]
    assert b"\r\ncontent-type: application/problem+json" in head.lower()
    problem = json.loads(body)
    assert problem["status"] in statuses
    return problem


def test_a_connection_that_sends_nothing_is_closed(live):
    with _connect(live.url) as sock:
        assert _rest(sock) == b""  # closed without a word, as the keep-alive timer closes


def test_a_request_head_never_finished_gets_a_timeout_problem(live):
    with _connect(live.url) as sock:
        sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        problem = _problem(_rest(sock), 408)
    assert problem["type"] == "urn:paracheck:problem:timeout"


def test_a_body_shorter_than_its_length_gets_a_timeout_problem_and_no_internal_error(live):
    head = b"POST /api/v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\n"
    with _connect(live.url) as sock:
        sock.sendall(head + b"Content-Length: 100\r\n\r\ntitle: x\n")
        _problem(_rest(sock), 408)
    # the application's read of the body was cut short: a line, not a 500's traceback
    for _ in range(100):  # the log is written by the server process; wait for the line
        log = live.log.read_text()
        if "POST /api/v1/validate" in log:
            break
        time.sleep(0.1)
    assert "POST /api/v1/validate" in log
    assert "Traceback" not in log and "internal error" not in log


def test_a_request_read_whole_in_time_is_answered_and_its_connection_kept(live):
    """The deadline is for reading a request; a request that came whole is answered, and the
    next one on the same connection too."""
    with _connect(live.url) as sock:
        for _ in range(2):
            sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
            answer = b""
            while b'"status":"ok"' not in answer:
                chunk = sock.recv(65536)
                assert chunk, answer
                answer += chunk
            assert answer.startswith(b"HTTP/1.1 200 ")


def test_a_request_head_past_the_limit_is_refused(live):
    """httptools read a 5 MB header field and answered 200; past HEAD_KIB of a head not yet
    whole the server answers 431 (h11 refuses sooner, at its own smaller limit, with the
    connection's 400 problem)."""
    with _connect(live.url) as sock:
        sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 8 * 1024)
        time.sleep(0.2)  # two reads of the head, neither whole (not a timing assertion)
        sock.sendall(b"a" * HEAD_KIB * 1024)
        problem = _problem(_rest(sock), 431, 400)
    if problem["status"] == 431:
        assert str(HEAD_KIB) in problem["detail"]


def test_a_request_head_past_the_limit_that_comes_whole_in_one_send_is_refused(live):
    """Only a head still incomplete was counted: one that came whole in one read (up to the
    read's size, 256 KiB) was read and answered 200 by both parsers (atk23 left)."""
    big = b"a" * (HEAD_KIB * 1024 + 4096)
    with _connect(live.url) as sock:
        sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + big + b"\r\n\r\n")
        problem = _problem(_rest(sock), 431)
    assert str(HEAD_KIB) in problem["detail"]


def test_a_body_past_the_head_limit_that_comes_with_its_head_is_no_head(live):
    """What follows the head's blank line in the same read is the body, not counted against
    the head's limit (a guard for the test above)."""
    body = b"schema: paracheck/proposal/v1\ntitle: T\n" + b"#" * (HEAD_KIB * 1024 * 2) + b"\n"
    head = b"POST /api/v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\n"
    head += b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
    with _connect(live.url) as sock:
        sock.sendall(head + body)
        answer = _rest(sock)
    assert answer.startswith((b"HTTP/1.1 200 ", b"HTTP/1.1 422 ")), answer[:300]


def test_blank_lines_before_a_head_do_not_end_it_for_the_count(live):
    """A head's end is the blank line after its fields: blank lines sent before the request
    line do not reset the count of the head that follows them."""
    big = b"a" * (HEAD_KIB * 1024 + 4096)
    request = b"\r\n\r\nGET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + big + b"\r\n\r\n"
    with _connect(live.url) as sock:
        sock.sendall(request)
        answer = _rest(sock)
    assert not answer.startswith(b"HTTP/1.1 200 "), answer[:300]
