"""The fact vocabulary: every path a rule may read, with its scope and type.

Derived from the proposal model (so a new field becomes readable without touching this file)
plus the computed paths documented in docs/rule-language.md. The rule validator refuses any
path not listed here, and the engine uses the types to encode values.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from functools import cache
from typing import Literal

import msgspec
from pydantic import BaseModel

from paracheck.facts.model import STEP_IDS, Program, Proposal, Sector

Scope = Literal["proposal", "sector", "program"]
PathType = Literal["number", "bool", "text", "date", "enum", "list"]
SCOPE_DEPTH: dict[str, int] = {"proposal": 0, "sector": 1, "program": 2}

#: collection path → (scope its items are read in, scope the collection is read from)
COLLECTIONS: dict[str, tuple[Scope, Scope]] = {
    "sectors": ("sector", "proposal"),
    "programs": ("program", "proposal"),
    "sector.programs": ("program", "sector"),
}
STEP_STATUSES = ("done", "in_progress", "pending", "not_applicable", "missing")
#: computed facts a condition reads that are no evidence: a guard whose value the facts shown
#: beside it say already (BUD-007's certain money covering every programme: the sums shown)
UNSHOWN: frozenset[str] = frozenset({"context.other_sources_cover_all"})


class PathInfo(msgspec.Struct, frozen=True):
    """What a rule can know about one path."""

    path: str
    scope: Scope
    type: PathType
    values: tuple[str, ...] | None = None  # allowed values of an enum, or of a list's items
    computed: bool = False
    description: str = ""
    nullable: bool = False  # an explicit null is a value here (the model's ``null_means``)


def _unwrap(annotation: object) -> object:
    """Strip Optional and Annotated wrappers."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation


def _leaf(annotation: object) -> tuple[PathType, tuple[str, ...] | None] | None:
    ann = _unwrap(annotation)
    origin = typing.get_origin(ann)
    if origin is Literal:
        return "enum", tuple(str(a) for a in typing.get_args(ann))
    if origin is list:
        item = _leaf(typing.get_args(ann)[0])
        return ("list", item[1] if item else None)
    if origin is dict or (isinstance(ann, type) and issubclass(ann, BaseModel)):
        return None
    if ann is bool:
        return "bool", None
    if ann in (int, float):
        return "number", None
    if ann is dt.date:
        return "date", None
    if ann is str:
        return "text", None
    return None


def _fields(model: type[BaseModel], prefix: str, scope: Scope) -> dict[str, PathInfo]:
    out: dict[str, PathInfo] = {}
    for name, info in model.model_fields.items():
        path = f"{prefix}{info.alias or name}"
        ann = _unwrap(info.annotation)
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out.update(_fields(ann, f"{path}.", scope))
            continue
        leaf = _leaf(info.annotation)
        if leaf is not None:
            nullable = name in getattr(model, "null_means", {})
            out[path] = PathInfo(
                path, scope, leaf[0], leaf[1], False, info.description or "", nullable
            )
    return out


_COMPUTED: tuple[PathInfo, ...] = (
    PathInfo(
        "context.partner_has_relations",
        "proposal",
        "bool",
        None,
        True,
        "partner.diplomatic_relations if given, else reference data",
    ),
    PathInfo(
        "context.partner_language",
        "proposal",
        "text",
        None,
        True,
        "ISO 639-1 main language of the partner country",
    ),
    PathInfo(
        "context.partner_language_staff",
        "proposal",
        "number",
        None,
        True,
        "staff speaking the partner country's main language",
    ),
    PathInfo(
        "context.local_tier",
        "proposal",
        "number",
        None,
        True,
        "administrative tier of the Indonesian side (1 or 2)",
    ),
    PathInfo(
        "context.partner_tier",
        "proposal",
        "number",
        None,
        True,
        "administrative tier of the partner (1 or 2)",
    ),
    PathInfo("context.sector_count", "proposal", "number", None, True, "number of sectors"),
    PathInfo(
        "context.unfinished_sector_count",
        "proposal",
        "number",
        None,
        True,
        "number of sectors not known to be finished (a programme not finished or cancelled, "
        "of unstated status, or no programmes listed)",
    ),
    PathInfo(
        "context.program_count",
        "proposal",
        "number",
        None,
        True,
        "number of programmes across all sectors",
    ),
    PathInfo(
        "context.unfinished_program_budget_idr",
        "proposal",
        "number",
        None,
        True,
        "sum of the budgets of the programmes planned, under way or stalled",
    ),
    PathInfo(
        "context.unfinished_program_budget_known_idr",
        "proposal",
        "number",
        None,
        True,
        "sum of the budgets given of the programmes known to be planned, under way or stalled",
    ),
    PathInfo(
        "context.unfinished_program_apbd_idr",
        "proposal",
        "number",
        None,
        True,
        "sum of the APBD parts given (apbd_idr) of the programmes planned, under way or "
        "stalled; absent where none gives it, or where a programme giving one has no status",
    ),
    PathInfo(
        "context.unfinished_program_apbd_known_idr",
        "proposal",
        "number",
        None,
        True,
        "sum of the APBD parts given (apbd_idr) of the programmes known to be planned, under "
        "way or stalled, only while a programme giving one has no status (a floor)",
    ),
    PathInfo(
        "context.covered_idr",
        "proposal",
        "number",
        None,
        True,
        "the APBD allocation with the money from the other sources already certain "
        "(budget.other_sources_idr); absent where either is not given",
    ),
    PathInfo(
        "context.other_sources_cover_all",
        "proposal",
        "bool",
        None,
        True,
        "whether the money from the other sources already certain (budget.other_sources_idr) "
        "is at least the sum of the budgets of the programmes not finished; false where "
        "either is not given",
    ),
    PathInfo(
        "context.planned_program_apbd_idr",
        "proposal",
        "number",
        None,
        True,
        "sum of the APBD parts given (apbd_idr) of the programmes planned (not begun); absent "
        "where none gives it",
    ),
    PathInfo("context.as_of", "proposal", "date", None, True, "the date judged at"),
    PathInfo(
        "sector.last_activity",
        "sector",
        "date",
        None,
        True,
        "latest last_activity of the sector's programmes",
        nullable=True,  # null: no programme has any activity yet
    ),
    PathInfo(
        "sector.days_since_activity",
        "sector",
        "number",
        None,
        True,
        "days from sector.last_activity to as_of",
        nullable=True,  # null: no programme has any activity yet
    ),
    PathInfo(
        "program.days_since_activity",
        "program",
        "number",
        None,
        True,
        "days from program.last_activity to as_of",
        nullable=True,  # null: the programme has no activity yet
    ),
    PathInfo(
        "program.secondary_schooling",
        "program",
        "bool",
        None,
        True,
        "the programme's name names senior high or vocational schools (SMA, SMK, sekolah "
        "menengah): read from the name, false where the name says neither or is not given",
    ),
    PathInfo(
        "program.runs_after_mou",
        "program",
        "bool",
        None,
        True,
        "the programme runs, or was active, after the MoU's last day (agreement.expires): "
        "status ongoing, or a start or last activity after it, not cancelled",
    ),
)

_EXCLUDED = {"schema", "sectors", "procedure", "accepted_risks"}


@cache
def vocabulary() -> dict[str, PathInfo]:
    """Every readable path → its description; built once from the model."""
    vocab = {
        p: i
        for p, i in _fields(Proposal, "", "proposal").items()
        if p.split(".")[0] not in _EXCLUDED
    }
    vocab.update(_fields(Sector, "sector.", "sector"))
    vocab.update(_fields(Program, "program.", "program"))
    for info in _COMPUTED:
        vocab[info.path] = info
    for step in STEP_IDS:
        vocab[f"procedure.{step}.status"] = PathInfo(
            f"procedure.{step}.status",
            "proposal",
            "enum",
            STEP_STATUSES,
            True,
            f"status of the {step} step ('missing' when procedure omits it)",
        )
        vocab[f"procedure.{step}.date"] = PathInfo(
            f"procedure.{step}.date",
            "proposal",
            "date",
            None,
            True,
            f"date of the {step} step (null when procedure omits the step)",
            nullable=True,
        )
    return vocab


def readable_in(path: str, scope: Scope) -> bool:
    """Whether a rule evaluated in ``scope`` can read ``path`` (outer scopes are visible)."""
    info = vocabulary().get(path)
    return info is not None and SCOPE_DEPTH[info.scope] <= SCOPE_DEPTH[scope]
