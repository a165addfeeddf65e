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
    assert "pip install 'paracheck[web]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_serve_refuses_another_address_without_a_token() -> None:
    pytest.importorskip("uvicorn")
    done = run_cli("from paracheck.cli import main; main(['serve', '--host', '0.0.0.0'])")
    assert done.returncode == 2
    assert "access token" in done.stderr and "PARACHECK_TOKEN" in done.stderr
    assert "proxy" in done.stderr and "127.0.0.1" in done.stderr


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
