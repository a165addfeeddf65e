"""``paracheck serve`` as a command: what it says when it must not or cannot start."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run_cli(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin"},
    )


def test_serve_without_the_web_extra_names_the_install_command() -> None:
    done = run_cli(
        "import sys; sys.modules['uvicorn'] = None; sys.modules['fastapi'] = None\n"
        "from paracheck.cli import main; main(['serve'])"
    )
    assert done.returncode == 2
    assert "pip install '.[web]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_serve_refuses_another_address_without_a_token() -> None:
    pytest.importorskip("uvicorn")
    done = run_cli(
        "from paracheck.cli import main; main(['serve', '--host', '0.0.0.0', '--lang', 'en'])"
    )
    assert done.returncode == 2
    assert "access token" in done.stderr and "PARACHECK_TOKEN" in done.stderr
    assert "proxy" in done.stderr and "127.0.0.1" in done.stderr
    done = run_cli("from paracheck.cli import main; main(['serve', '--host', '0.0.0.0'])")
    assert done.returncode == 2  # in Indonesian by default (tests/test_usage_words.py)
    assert "token akses" in done.stderr and "PARACHECK_TOKEN" in done.stderr


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("192.168.1.5", False),
        ("example.org", False),
    ],
)
def test_only_loopback_addresses_count_as_private(host: str, loopback: bool) -> None:
    pytest.importorskip("uvicorn")
    from paracheck.web.serve import is_loopback

    assert is_loopback(host) is loopback


def test_a_server_process_compiles_every_pack_and_freezes_them_before_serving() -> None:
    """Each worker process readies its packs at start (the first request does not pay for
    compiling one) and then freezes what it holds, so full garbage collections during
    requests do not walk the compiled packs again."""
    pytest.importorskip("uvicorn")
    done = run_cli(
        "import gc, paracheck\n"
        "from paracheck.engine import compiler\n"
        "from paracheck.web.serve import app_factory\n"
        "before = compiler.has_compiled()\n"
        "app_factory()\n"
        "packs = [paracheck.load_pack(n) for n in paracheck.pack_names()]\n"
        "frozen = {id(o) for o in gc.get_objects(generation=2)}\n"
        "print(before, compiler.has_compiled(),\n"
        "      gc.get_freeze_count() > 10000, any(id(p) in frozen for p in packs))\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True", "False"]


def test_an_address_refused_for_another_reason_is_said_by_name_not_number(monkeypatch):
    """The fallback said "kesalahan sistem nomor 22"; now the error's name (EINVAL)."""
    import errno
    import socket

    from paracheck.web.serve import RefusedToServe, check_address

    def refuse(self, address):
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(socket.socket, "bind", refuse)
    with pytest.raises(RefusedToServe) as refused:
        check_address("127.0.0.1", 8000)
    assert refused.value.text("id") == (
        "layanan tidak dapat dijalankan di 127.0.0.1 port 8000: sistem operasi menolaknya (EINVAL)"
    )
    assert refused.value.text("en").endswith("port 8000: Invalid argument")
