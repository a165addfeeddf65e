"""TOC-003 in the decision sentence names the region's own route beside a partner in the PRC
or Malaysia, never a route "dari negara mitra": the file rates the region's exposure only, and
the thesis's supply claim is national (dprd462 H3: Lombok Barat – Zhoushan, whose annex said
"klaim tingkat nasional, bukan tentang daerah mitra" below such a Saran)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

FILE = Path(__file__).parent / "data" / "dprd462-lobar-zhoushan-2013.yaml"


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        (
            "id",
            "arus orang atau barang dengan mitra di RRT atau Malaysia tanpa koordinasi dengan "
            "BNN, padahal jalur narkotika di wilayah daerah sendiri sangat rawan (TOC-003)",
            "dari negara mitra",
        ),
        (
            "en",
            "flows of people or goods with a partner in the PRC or Malaysia without coordination "
            "with BNN, while the region's own narcotics route is highly exposed (TOC-003)",
            "from the partner's country",
        ),
    ],
)
def test_the_saran_names_the_regions_route_beside_the_partners_country(lang, said, never):
    a = paracheck.assess(paracheck.load_proposal(str(FILE)))
    memo = " ".join(paracheck.render(a, "text", lang).split())
    assert said in memo
    assert never not in memo
