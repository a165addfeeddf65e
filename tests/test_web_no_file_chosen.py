"""A file field left empty is sent by a browser as a file named "" with no content. The
form and the comparison page said "upload.yaml:1:1: Berkas kosong" (and "old.yaml",
"new.yaml"): files the officer never chose, with a line and column. Now they ask for a file."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import Server, running_server  # noqa: E402


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server() as live:
        yield live


def _multipart(fields: dict[str, str], empty_files: list[str]) -> bytes:
    """The body a browser sends: the fields, then each file input left empty."""
    parts = [
        f'--B\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields.items()
    ]
    parts += [
        f'--B\r\nContent-Disposition: form-data; name="{name}"; filename=""\r\n'
        "Content-Type: application/octet-stream\r\n\r\n\r\n"
        for name in empty_files
    ]
    return ("".join(parts) + "--B--\r\n").encode()


def _post(server: Server, path: str, fields: dict[str, str], files: list[str]) -> str:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.get(path).text
        token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page)
        assert token
        body = _multipart({"_csrf": token.group(1), **fields}, files)
        response = http.post(
            path, content=body, headers={"content-type": "multipart/form-data; boundary=B"}
        )
    assert response.status_code == 422
    return response.text


def test_loading_with_no_file_chosen_asks_for_a_file(server) -> None:
    html = _post(server, "/", {"_action": "upload", "_lang": "en"}, ["_file"])
    assert "No file was chosen; choose a proposal file (.yaml or .json) first" in html
    assert "upload.yaml" not in html and "1:1" not in html


def test_comparing_with_no_files_chosen_asks_for_the_old_version(server) -> None:
    html = _post(server, "/bandingkan", {"_lang": "id"}, ["old", "new"])
    assert "Versi lama (YAML atau JSON): belum ada berkas yang dipilih" in html
    assert "old.yaml" not in html and "new.yaml" not in html
