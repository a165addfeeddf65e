"""What ``paracheck.web.protocol`` relies on in uvicorn, checked against the uvicorn installed.

The server's connections (atk22: the 400 and the busy 503 as problem documents; atk23: the
read deadline and the head limit) subclass uvicorn's two HTTP/1.1 connections and replace a
module global of each: internals no release promises to keep. The behaviour is tested over
a live server (tests/test_web_malformed_http.py, tests/test_web_slow_requests.py); this test
names the internal that moved when a uvicorn release breaks it, and pyproject.toml bounds
uvicorn to the releases it was checked on (0.29, the lowest allowed, and 0.54, installed)."""

from __future__ import annotations

import inspect
from importlib.metadata import version

import pytest

pytest.importorskip("uvicorn")

import h11
from uvicorn.protocols.http import h11_impl

from paracheck.web import protocol

httptools_impl = pytest.importorskip("uvicorn.protocols.http.httptools_impl")

IMPLS = {"h11": h11_impl, "httptools": httptools_impl}
CONNECTIONS = {"h11": h11_impl.H11Protocol, "httptools": httptools_impl.HttpToolsProtocol}


def _bound() -> tuple[int, ...]:
    """The upper bound pyproject.toml gives uvicorn (``<0.55``)."""
    from pathlib import Path

    text = (Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8")
    [spec] = [line for line in text.splitlines() if '"uvicorn[standard]' in line]
    upper = spec.split("<", 1)[1].split('"', 1)[0]
    return tuple(int(part) for part in upper.split("."))


def test_the_installed_uvicorn_is_within_the_bounds_checked():
    installed = tuple(int(part) for part in version("uvicorn").split(".")[:2])
    assert (0, 29) <= installed < _bound()


@pytest.mark.parametrize("parser", IMPLS)
def test_the_busy_answer_is_the_module_global_uvicorn_runs_beyond_its_connection_limit(parser):
    """protocol.py replaces ``service_unavailable`` in each connection's module; uvicorn
    must read it by that name where it starts a request beyond ``limit_concurrency``."""
    impl = IMPLS[parser]
    assert impl.service_unavailable is protocol.too_many_connections
    starts = (
        impl.HttpToolsProtocol.on_headers_complete
        if parser == "httptools"
        else impl.H11Protocol.handle_events
    )
    source = inspect.getsource(starts)
    assert "limit_concurrency" in source and "app = service_unavailable" in source


@pytest.mark.parametrize("parser", CONNECTIONS)
def test_the_methods_the_connections_override_are_uvicorns_with_the_same_arguments(parser):
    connection = CONNECTIONS[parser]
    methods = {
        "connection_made": ["self", "transport"],
        "data_received": ["self", "data"],
        "connection_lost": ["self", "exc"],
        "on_response_complete": ["self"],
        "send_400_response": ["self", "msg"],
    }
    if parser == "httptools":  # the parser's callbacks, which say where a body starts and ends
        methods |= {"on_headers_complete": ["self"], "on_message_complete": ["self"]}
    for name, arguments in methods.items():
        assert list(inspect.signature(getattr(connection, name)).parameters) == arguments, name
    # the 400 goes through send_400_response wherever uvicorn's parser refuses a request
    source = inspect.getsource(
        connection.handle_events if parser == "h11" else connection.data_received
    )
    assert "self.send_400_response(" in source


@pytest.mark.parametrize("parser", CONNECTIONS)
def test_the_state_the_read_deadline_reads_is_uvicorns(parser):
    """``_ReadDeadline`` reads ``transport``, ``loop`` and ``cycle`` of the connection
    (``cycle`` None before the first request) and ``more_body``, ``response_started`` and
    ``response_complete`` of the request's cycle; the h11 connection's ``conn`` state."""
    connection, impl = CONNECTIONS[parser], IMPLS[parser]
    made = inspect.getsource(connection.__init__)
    assert "self.loop = " in made and "self.cycle: RequestResponseCycle = None" in made
    assert "self.transport = transport" in inspect.getsource(connection.connection_made)
    cycle = inspect.getsource(impl.RequestResponseCycle.__init__)
    for name in ("more_body = True", "response_started = False", "response_complete = False"):
        assert f"self.{name}" in cycle, name
    if parser == "h11":
        assert "self.conn = h11.Connection(" in made
        assert h11.SEND_BODY is not None
    else:
        assert "self.server_state = server_state" in made
