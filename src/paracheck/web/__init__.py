"""``paracheck serve``: the web form for cooperation officers and the HTTP API for other tools.

A thin face over the public library (``paracheck.load_proposal_text``, ``assess``, ``render``,
``diff``, the schemas): nothing in ``engine``, ``rules`` or ``facts`` knows about HTTP. Built
on FastAPI (Starlette on uvicorn) — see the README for why — and installed with the ``web``
extra (``pip install '.[web]'`` in the source folder).
"""

from __future__ import annotations

from paracheck.web.app import create_app
from paracheck.web.serve import serve
from paracheck.web.work import Limits

__all__ = ["Limits", "create_app", "serve"]
