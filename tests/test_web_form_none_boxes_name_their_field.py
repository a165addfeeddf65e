"""Each "tidak ada (sudah dipastikan)" / "belum pernah" box of the form is named with its field
for a screen reader (web440 L9: "tidak ada (sudah dipastikan)" was heard with no field, under
the similar characteristics, the language staff, the areas hit by outages, the procedure)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import running_server  # noqa: E402

NONE_BOX = re.compile(r'<input type="checkbox" name="([^"]+)\.__none"([^>]*)>')


@pytest.fixture(scope="module")
def page() -> Iterator[str]:
    with running_server() as live, httpx.Client(base_url=live.url, timeout=60) as http:
        yield http.get("/").text


def test_every_none_box_outside_a_fieldset_of_its_own_names_its_field(page: str) -> None:
    boxes = NONE_BOX.findall(page)
    named = {path: attrs for path, attrs in boxes if "aria-label=" in attrs}
    for path in ("procedure", "human_resources.language_staff", "energy.affected_areas"):
        assert path in named, path
    said = re.search(r'aria-label="([^"]+)"', named["procedure"])
    assert said and said.group(1).endswith(": tidak ada (sudah dipastikan)")
    assert said.group(1).split(":")[0].strip()  # the field's label before it
