"""Writing a proposal back out as YAML that ``paracheck validate`` accepts.

A proposal edited somewhere other than a text editor (the web form, another program) has to
come back as a file an officer can keep, diff and feed to the command line. The file must
read back as the *same* proposal: fields that were absent stay absent (absent is unknown,
never false), an explicit ``null`` stays ``null``, and writing the re-read proposal gives the
same bytes again.
"""

from __future__ import annotations

from typing import Any

from paracheck._yaml import yaml
from paracheck.facts.model import Proposal

__all__ = ["proposal_data", "proposal_yaml"]


def proposal_data(proposal: Proposal) -> dict[str, Any]:
    """The proposal as plain data with the contract's field names, leaving out what was never
    given (``model_fields_set`` at every level), in the contract's field order."""
    return proposal.model_dump(mode="python", by_alias=True, exclude_unset=True)


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper, writing a whole number held in a decimal field as the officer
    wrote it (``-3``, not ``-3.0``)."""


def _number(dumper: yaml.SafeDumper, value: float) -> yaml.Node:
    """A decimal field holding a whole number (``reserve_margin_pct: -3`` is read as -3.0) is
    written without its ``.0``: the form's "Unduh YAML" of an uploaded file that nobody edited
    changed ``-3`` to ``-3.0`` and ``18`` to ``18.0`` (newcomer trial 14). It reads back as the
    same number; other floats (and inf, nan, which the model refuses anyway) as PyYAML writes
    them."""
    if value.is_integer() and abs(value) < 2**53:
        return dumper.represent_int(int(value))
    return dumper.represent_float(value)


_Dumper.add_representer(float, _number)


def proposal_yaml(proposal: Proposal) -> str:
    """The proposal as a YAML document that loads back to an equal proposal.

    PyYAML's safe dumper quotes every string a YAML resolver would read as something else
    (``"yes"``, ``"NO"``, ``"2015-06-10"``, ``"12"``), so text stays text; dates are written
    as plain ``YYYY-MM-DD``, which the loader reads as dates; whole numbers in decimal fields
    without ``.0``.
    """
    return yaml.dump(
        proposal_data(proposal),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
