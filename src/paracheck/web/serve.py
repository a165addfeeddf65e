"""Starting the server: where it listens, and who may talk to it.

By default it listens on 127.0.0.1 only: an officer's own machine, or behind the
organisation's reverse proxy (which forwards to 127.0.0.1). Listening on any other address
needs an access token; without one the server refuses to start and says how to do either.
"""

from __future__ import annotations

import errno
import gc
import ipaddress
import logging
import math
import os
import re
import secrets
import socket

import uvicorn

import paracheck
from paracheck.web.work import Limits

TOKEN_ENV = "PARACHECK_TOKEN"

#: uvicorn's HTTP/1.1 connection, its 400 for a request that is not HTTP/1.1 (``Content-Length:
#: abc``) a problem document, not text/plain (:mod:`paracheck.web.protocol`); named, so that
#: each worker process imports it
PROTOCOL = "paracheck.web.protocol:ProblemProtocol"


class RefusedToServe(paracheck.UsageError):
    """The server must not or cannot start as asked: a usage error whose sentence (in both
    languages, ``usage.yaml``) says what to do instead."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def given_token(value: str | None) -> str | None:
    """The access token, or None when none was given: a token of spaces only (``--token " "``,
    an unset variable quoted with a space) is none. It used to start a server open to every
    address whose password was a space. The spaces and line ends around a token are not part
    of it: a token read from an env file or a secret ending in a newline locked every client
    out, since a request's token is read without them (attack 430 M4)."""
    if value is None or not value.strip():
        return None
    return value.strip()


def check_exposure(host: str, token: str | None) -> None:
    if not is_loopback(host) and not token:
        raise RefusedToServe.of("usage.serve_exposed", host=host, env=TOKEN_ENV)


def check_address(host: str, port: int) -> None:
    """Refuse, before the server starts, an address it could not listen on (a host name that
    does not resolve or is not this machine's, a port in use or reserved): uvicorn would log
    it in English and exit 3, as if paracheck had failed. The probe binds as uvicorn does
    (``SO_REUSEADDR``) and lets go at once."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError):
        raise RefusedToServe.of("usage.serve_host_unknown", host=host) from None
    family, kind, proto, _, address = found[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            key = {
                errno.EADDRINUSE: "usage.serve_port_in_use",
                errno.EACCES: "usage.serve_port_denied",
                errno.EADDRNOTAVAIL: "usage.serve_host_elsewhere",
            }.get(exc.errno or 0, "usage.serve_cannot_listen")
            detail = exc.strerror or type(exc).__name__
            code = errno.errorcode.get(exc.errno or 0, str(exc.errno))  # EINVAL, not 22
            raise RefusedToServe.of(key, host=host, port=port, detail=detail, code=code) from None


def app_factory():  # type: ignore[no-untyped-def]
    """For uvicorn's worker processes: the settings travel in the environment."""
    from paracheck.web.app import create_app

    _log_requests()
    app = create_app(token=given_token(os.environ.get(TOKEN_ENV)), limits=_limits_from_env())
    _warm_up()
    return app


_WARM_UP = b"schema: paracheck/proposal/v1\ntitle: warm-up\n"


def _warm_up() -> None:
    """Ready every shipped pack before the first request, then take what the process holds
    for good out of the garbage collector's way.

    The first assessment under a pack compiles it (about half a second: the first officer
    would wait for it). And a full collection walks every object the process holds — the
    compiled packs, the models, the modules: ~80,000 objects — about once every 100 answers;
    measured in-process, those pauses reached tens of milliseconds each, a stall the slowest
    answers (p99) would show. ``gc.freeze()`` moves the objects that exist now to a
    generation the collector never walks; objects made by requests are collected as before.
    """
    import paracheck

    proposal = paracheck.load_proposal_text(_WARM_UP, source="warm-up")
    for name in paracheck.pack_names():
        paracheck.assess(proposal, pack=name)
    gc.collect()
    gc.freeze()


def _log_requests() -> None:
    """The request log (``paracheck.web``) to standard error, once per process."""
    logger = logging.getLogger("paracheck.web")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def _limits_from_env() -> Limits:
    """The limits the environment sets; a value that cannot be used is refused (a usage
    error naming the variable), not read as an internal error or a server failing every
    request ("PARACHECK_MAX_BODY=abc" was "kesalahan internal: ValueError ...")."""
    defaults = Limits()
    # read by each connection (paracheck.web.protocol), refused here before any worker starts
    _setting("PARACHECK_READ_TIMEOUT", defaults.read_timeout, whole=False)
    return Limits(
        max_body=int(_setting("PARACHECK_MAX_BODY", defaults.max_body, whole=True)),
        timeout=_setting("PARACHECK_TIMEOUT", defaults.timeout, whole=False),
        queue=defaults.queue,
        threads=int(_setting("PARACHECK_THREADS", defaults.threads, whole=True)),
    )


def _setting(name: str, default: float, *, whole: bool) -> float:
    """A positive number from the environment variable ``name`` (``default`` when unset)."""
    written = os.environ.get(name)
    if written is None:
        return default
    try:
        value = int(written) if whole else float(written)
    except ValueError:
        value = None
    if value is None or not math.isfinite(value) or value <= 0:
        key = "usage.serve_setting_whole" if whole else "usage.serve_setting_seconds"
        raise RefusedToServe.of(key, name=name, written=repr(written))
    return value


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    token: str | None = None,
    workers: int = 1,
    max_body: int | None = None,
    timeout: float | None = None,
    log_level: str = "info",
) -> None:
    """Run the server until interrupted. ``workers`` > 1 runs that many processes sharing
    the port (assessments are CPU-bound and the engine holds the GIL)."""
    token = given_token(token) or given_token(os.environ.get(TOKEN_ENV))
    check_exposure(host, token)
    check_address(host, port)
    if token:
        os.environ[TOKEN_ENV] = token
    # one secret for the forms of every worker: each drawing its own refused a form served
    # by another (``--workers 2``: most posts on a new connection were 403)
    from paracheck.web.pages import FORM_SECRET_ENV

    if not re.fullmatch(r"[0-9a-fA-F]{64}", os.environ.get(FORM_SECRET_ENV, "")):
        os.environ[FORM_SECRET_ENV] = secrets.token_hex(32)
    if max_body is not None:
        os.environ["PARACHECK_MAX_BODY"] = str(max_body)
    if timeout is not None:
        os.environ["PARACHECK_TIMEOUT"] = str(timeout)
    _limits_from_env()  # refused here, before any worker starts, and not in each of them
    uvicorn.run(
        "paracheck.web.serve:app_factory",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
        log_level=log_level,
        server_header=False,
        timeout_keep_alive=5,
        limit_concurrency=512,
        http=PROTOCOL,
    )
