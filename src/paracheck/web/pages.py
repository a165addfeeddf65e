"""The officers' pages: the proposal form, its result, and the comparison of two versions.

Everything works without JavaScript: adding or removing a sector, a programme, a procedure
step or an accepted risk is a submit button the server answers by showing the form again with
the item added or removed, and what was typed so far kept. The proposal never leaves the
page's own form fields (nothing is stored on the server): the result page carries it as the
YAML it would download, so "Ubah isian", "Unduh YAML" and "Unduh PDF" need no session.

Every POST carries a CSRF token: a random value in a ``SameSite=Strict`` cookie, signed with
this process's secret and repeated in a hidden field; a post whose field does not match its
cookie's signature is refused (403).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from collections.abc import Mapping
from typing import Any

import jinja2
import yaml
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile

import paracheck
from paracheck.web import form as forms
from paracheck.web import labels, service, text
from paracheck.web.work import Worker

router = APIRouter(include_in_schema=False)

CSRF_COOKIE = "paracheck_csrf"
FORM_SECRET_ENV = "PARACHECK_FORM_SECRET"
"""The secret that signs the forms' CSRF tokens, 64 hex digits: ``paracheck serve`` puts one
in its workers' environment, so a form served by one worker is accepted by another; an
operator who sets it keeps open forms valid across a restart."""


def _form_secret() -> bytes:
    given = os.environ.get(FORM_SECRET_ENV, "")
    if re.fullmatch(r"[0-9a-fA-F]{64}", given):
        return bytes.fromhex(given)
    return secrets.token_bytes(32)  # one process (tests, an embedder's app): its own secret


_SECRET = _form_secret()
_MAX_UPLOAD = 1024 * 1024

_env = jinja2.Environment(
    loader=jinja2.PackageLoader("paracheck.web", "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)


def _sign(value: str) -> str:
    return hmac.new(_SECRET, value.encode(), hashlib.sha256).hexdigest()


def _csrf(request: Request) -> tuple[str, str | None]:
    """(the token for the page's hidden field, a new cookie value if the browser has none)."""
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if re.fullmatch(r"[A-Za-z0-9_-]{20,64}", cookie):
        return _sign(cookie), None
    fresh = secrets.token_urlsafe(24)
    return _sign(fresh), fresh


def _csrf_refusal(request: Request, posted: Mapping[str, Any], lang: str) -> HTMLResponse | None:
    """The 403 page for a post whose CSRF token does not match its cookie, else None."""
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = str(posted.get("_csrf", ""))
    if cookie and hmac.compare_digest(sent, _sign(cookie)):
        return None
    return _page(request, "message.html", 403, lang=lang, message=text.word("forbidden", lang))


#: the pages a language switch may lead to as they are
_PAGES = frozenset({"/", "/bandingkan"})


def _page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    token, fresh = _csrf(request)
    lang = context.get("lang", "id")
    # the language switch in the header leads to this page in the other language (review 320
    # L1: the comparison page's switch led to the form)
    # the page's own path only where it is one of the pages: a 404's path may be
    # "//another.site/x", which as a link leads off the site (attack 330 H5)
    path = request.url.path
    context.setdefault("request_path", path if path in _PAGES else "/")
    html = _env.get_template(template).render(
        csrf=token,
        w=lambda key: text.word(key, lang),
        text=text,
        labels=labels,
        forms=forms,
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    if fresh:
        response.set_cookie(
            CSRF_COOKIE,
            fresh,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path="/",
        )
    return response


#: the page's words for a problem, by its status
_PROBLEM_WORDS = {
    401: "unauthorized",
    404: "not_found",
    405: "wrong_method",
    413: "too_large",
    500: "internal_error",
    503: "busy",
}


def problem_page(request: Request, status: int, headers: Mapping[str, str]) -> HTMLResponse:
    """A problem met on a page (busy, too large, not found, no access token) as a page in the
    page's language, not as JSON."""
    lang = text.lang_of(request.query_params.get("lang"))
    key = _PROBLEM_WORDS.get(status, "page_error")
    response = _page(request, "message.html", status, lang=lang, message=text.word(key, lang))
    response.headers.update(headers)
    return response


#: the longest a form page may take to draw (seconds): a page of the form's most items takes
#: a few seconds on a loaded machine
_DRAW_TIMEOUT = 60.0


def _upload_limit(request: Request) -> int:
    """The largest file "Muat berkas" can send: the upload's own limit, or the server's body
    limit where that is lower (the whole post must fit it)."""
    return min(_MAX_UPLOAD, request.app.state.worker.limits.max_body)


async def _form_page(
    request: Request,
    lang: str,
    state: forms.FormState,
    errors: Mapping[str, str] | None = None,
    general: list[str] | None = None,
    status: int = 200,
    focus: str = "",
    notice: str = "",
    removed: dict[str, Any] | None = None,
) -> HTMLResponse:
    """The form page; ``focus``: the element the page opens on (the first field of an item
    just added, the "Tambah" button of a list an item was just removed from), empty for the
    top; ``notice``: a sentence said above the form (a file just loaded into it);
    ``removed``: the item just removed (:func:`forms.removed_part`), said beside its list's
    "Tambah" button with "Urungkan", which puts it back.

    Drawn in the service's worker threads, under its bound on waiting work, as an
    assessment is: a page of a thousand items takes seconds to draw, and drawn on the event
    loop it held every other request, the API's health check included (attack 360 H2)."""
    draw = functools.partial(
        _page,
        request,
        "form.html",
        status,
        lang=lang,
        state=state,
        root=forms.form_fields(),
        errors=dict(errors or {}),
        general=general or [],
        focus=focus,
        notice=notice,
        removed=_removed_said(removed, lang),
        # the form's script refuses a larger file before it is sent (the whole post must fit
        # the server's body limit, so a file alone above it is refused whatever was typed)
        max_upload=_upload_limit(request),
        size_words=text.byte_size,
        # the steps by the regulation in force on the date the form holds (trial 27 U4)
        # … and those up to a signing the form records, by the rules of its day (web440 M1)
        steps=paracheck.step_choices(
            forms.day_of(state.get("date")), lang, signed=forms.signed_day(state)
        ),
    )
    worker: Worker = request.app.state.worker
    # under the queue's bound, not the assessments' time limit: a server told to allow an
    # assessment a millisecond still shows its form
    return await worker.run(draw, timeout=_DRAW_TIMEOUT)


def _removed_record(posted: Mapping[str, Any]) -> Any:
    """The record of an item just removed that "Urungkan" sends back (None where it cannot be
    read: a forged post nested past the parser's depth, or not JSON at all)."""
    try:
        return json.loads(str(posted.get(forms.REMOVED, "")))
    except (ValueError, RecursionError):
        return None


def _removed_said(removed: dict[str, Any] | None, lang: str) -> dict[str, str] | None:
    """The item just removed as the page says it: its list (where "Urungkan" stands), the
    sentence ("Sektor 2 dihapus beserta isinya.") and the record the button sends back."""
    if removed is None:
        return None
    item = removed["item"]
    listed, _, number = item.rpartition("[")
    group = listed.rpartition(".")[2]
    name = f"{text.group_word('item', group, lang)} {int(number[:-1]) + 1}"
    return {
        "list": listed,
        "said": text.word("removed", lang).format(item=labels.capitalize(name)),
        "data": json.dumps(removed, ensure_ascii=False, separators=(",", ":")),
    }


@router.get("/", response_class=HTMLResponse)
async def form_page(request: Request, lang: str = "id") -> HTMLResponse:
    return await _form_page(request, text.lang_of(lang), forms.FormState())


@router.post("/", response_class=HTMLResponse)
async def form_post(request: Request) -> Response:
    posted = await request.form(max_files=1, max_fields=50_000, max_part_size=_MAX_UPLOAD)
    lang = text.lang_of(str(posted.get("_lang", "id")))
    if (refused := _csrf_refusal(request, posted, lang)) is not None:
        return await _typed_back(request, posted, lang, refused)
    action = str(posted.get("_action", "assess"))
    if action.startswith("lang:"):
        lang = text.lang_of(action[5:])
        action = "show"
    if "_yaml" in posted:  # from the result page: the proposal travels as its YAML
        return await _from_yaml(request, str(posted["_yaml"]), action, lang)
    state = forms.state_from_post((k, v) for k, v in posted.multi_items() if isinstance(v, str))
    if state.items() > forms.MAX_ITEMS:  # no page of this form holds that many: not a browser's
        return _page(request, "message.html", 413, lang=lang, message=text.word("too_large", lang))
    if action == "upload":
        return await _upload(request, posted.get("_file"), lang, state)
    if action == "assess" and _chosen(chosen := posted.get("_file")):
        # a file chosen, and the assessment asked of the typed form: neither is guessed
        return await _form_page(
            request, lang, state, general=[_not_loaded(chosen, lang)], status=422
        )
    if action.startswith("add:"):
        list_path = action[4:]
        if not forms.add_item(state, list_path):
            limit = forms.whole(forms.MAX_ITEMS, lang)
            errors = {list_path: forms.message("too_many", lang, limit=limit)}
            return await _form_page(request, lang, state, errors, status=422)
        added = forms.first_field(list_path, state.count(list_path) - 1)
        return await _form_page(request, lang, state, focus=forms.field_id(added) if added else "")
    if action.startswith("remove:"):
        item = action[7:]
        saved = forms.removed_part(state, item)
        forms.remove_item(state, item)
        listed = item.rpartition("[")[0]
        return await _form_page(
            request, lang, state, focus="add-" + forms.field_id(listed), removed=saved
        )
    if action == "undo":
        saved = _removed_record(posted)
        back = forms.restore_item(state, saved)
        first = (
            forms.first_field(back.rpartition("[")[0], int(back[:-1].rpartition("[")[2]))
            if back
            else None
        )
        return await _form_page(request, lang, state, focus=forms.field_id(first) if first else "")
    if action == "show" and not posted.get(_CHECKED):
        return await _form_page(request, lang, state)
    data, errors = forms.data_from_state(state, lang)
    try:
        proposal = await request.app.state.worker.run(_load_data, data, _FORM_NAME[lang])
    except paracheck.InputError as exc:
        if action == "yaml":  # saved as it stands, to be loaded again and finished later
            return _draft(state, data, errors, lang)
        # the library's problems in the same round as the form's own (trial26 U4: "Tetun" was
        # said only after "75 juta" had been corrected and the form sent again); an input the
        # form could not read keeps the form's message, not the library's of its absence
        return await _form_page(
            request, lang, state, *_placed(exc, state, lang, errors), status=422
        )
    if errors:
        if action == "yaml":
            return _draft(state, data, errors, lang)
        return await _form_page(request, lang, state, errors, status=422)
    if action == "show":  # the language switched on a form whose problems are now mended
        return await _form_page(request, lang, state)
    return await _finish_or_form(request, proposal, action, lang, state, state.previous)


def _draft(
    state: forms.FormState, data: dict[str, Any], errors: Mapping[str, str], lang: str
) -> Response:
    """The form's entries saved as a file while some are still missing or wrong (review 320
    M3: "Unduh YAML" refused a half-finished form, and closing the tab lost everything): what
    could be read, each entry the form could not read as it was typed, and a first comment
    saying it is a draft. Loaded again ("Muat berkas"), it fills the form with each problem
    beside its field."""
    drafted = forms.draft_data(data, errors, state)
    head = "".join(f"# {line}\n" for line in text.word("draft_head", lang).split("\n"))
    document = head + yaml.safe_dump(drafted, allow_unicode=True, sort_keys=False, width=100)
    name = "draf-" + _file_name(state.get("title"), "yaml")
    return Response(
        document.encode("utf-8"),
        media_type="application/yaml",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


async def _typed_back(
    request: Request, posted: Mapping[str, Any], lang: str, refused: HTMLResponse
) -> HTMLResponse:
    """A form post refused for its token, answered with the form holding what was posted
    (nothing done with it) and a fresh token, so sending it again is one click: a token from a
    restarted server, or from another worker, used to end on a page that said "reload",
    which empties the form. An upload is the officer's own file: the refusal page is enough."""
    said = [text.word("forbidden_kept", lang)]
    if "_yaml" in posted:  # from the result page: the proposal travels as its YAML
        try:
            document = str(posted["_yaml"])
            proposal = await request.app.state.worker.run(
                lambda: paracheck.load_proposal_text(document, source=_FORM_NAME[lang], lines=False)
            )
            state = await request.app.state.worker.run(_state_of, proposal, lang)
        except paracheck.InputError:
            return refused
    else:  # an upload's file is not read: what is typed comes back, the file to choose again
        state = forms.state_from_post((k, v) for k, v in posted.multi_items() if isinstance(v, str))
        if posted.get("_action") == "undo":  # the item asked back is kept too (attack 330 H3)
            forms.restore_item(state, _removed_record(posted))
    if state.items() > forms.MAX_ITEMS:
        return refused
    return await _form_page(request, lang, state, general=said, status=403)


async def _finish_or_form(
    request: Request,
    proposal: paracheck.Proposal,
    action: str,
    lang: str,
    state: forms.FormState | None = None,
    previous: str = "",
) -> Response:
    """The result; or, when assessing finds a problem only the pack can judge (an accepted
    risk naming a rule the pack in force lacks), the form again with it beside its input.
    ``previous``: the YAML of the version assessed before, which the result offers to
    compare with."""
    try:
        return await _finish(request, proposal, action, lang, previous)
    except paracheck.InputError as exc:
        if state is None:
            state = await request.app.state.worker.run(_state_of, proposal, lang)
            if state.items() > forms.MAX_ITEMS:
                return await _too_many(request, lang, state)
        return await _form_page(request, lang, state, *_placed(exc, state, lang), status=422)


def _state_of(proposal: paracheck.Proposal, lang: str) -> forms.FormState:
    """The form filled with ``proposal`` (an upload, or the result page's copy), its
    decimals written as ``lang`` writes them."""
    return forms.state_from_data(yaml.safe_load(paracheck.proposal_yaml(proposal)), lang)


async def _too_many(request: Request, lang: str, state: forms.FormState) -> HTMLResponse:
    """An empty form saying that the proposal has more items than a form page holds (its file
    is the officer's own: nothing typed is lost)."""
    said = forms.message(
        "too_many_file",
        lang,
        count=forms.whole(state.items(), lang),
        limit=forms.whole(forms.MAX_ITEMS, lang),
    )
    return await _form_page(request, lang, forms.FormState(), general=[said], status=413)


#: the hidden input a form page showing problems carries: switching its language checks the
#: form again, so the problems are said in the other language rather than dropped (web440 L6)
_CHECKED = "_checked"


#: the source a proposal filled in on the form is given: the names the reports say in words
#: ("diisi pada formulir", the library's report.view.FORM_NAMES; the web uses only the public
#: package, and the result page's test holds the two together)
_FORM_NAME = {"id": "formulir", "en": "form"}


def _load_data(data: dict[str, Any], source: str) -> paracheck.Proposal:
    """Form data → proposal, read by the same loader a download or a later upload meets, so
    they are one and the same proposal. The text is this program's, not the officer's: it
    records no lines (a report of it cites none, a problem names its field alone)."""
    import json

    text = json.dumps(data, ensure_ascii=False)
    # what a file may not hold raw but a value may (DEL and C1 controls, U+FFFE, U+FFFF: a
    # YAML file writes them as escapes, "\x82"), written as JSON escapes; json.dumps already
    # escapes the C0 controls. Raw, the loader took the form for a binary file.
    text = _RAW_IN_NO_FILE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
    return paracheck.load_proposal_text(text, source=source, lines=False)


_RAW_IN_NO_FILE = re.compile("[\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def _placed(
    exc: paracheck.InputError,
    state: forms.FormState,
    lang: str,
    known: Mapping[str, str] | None = None,
) -> tuple[dict[str, str], list[str]]:
    """The library's problems in the page's language, each beside the input it concerns (or
    above the form), after ``known``: the form's own messages, by input, which stand (the
    library saw nothing of an input the form could not read)."""
    errors: dict[str, str] = dict(known or {})
    general: list[str] = []
    for problem in exc.problems:
        where = forms.input_path(problem.path, state)
        if known and where in known:
            continue
        if where and where not in errors:
            errors[where] = problem.text(lang, form=True, beside=True)
        else:
            general.append(problem.sentence(lang, form=True))
    return errors, general


def _chosen(upload: Any) -> bool:
    """Whether the officer chose a file: a browser sends a file field left empty as a file
    named "" with no content, which is no file (it was read as an empty upload.yaml)."""
    return isinstance(upload, UploadFile) and bool(upload.filename or upload.size)


def _not_loaded(upload: UploadFile, lang: str) -> str:
    """The sentence for a file chosen beside "Jalankan penilaian": it was not loaded, and which
    button does what (web 462 M1)."""
    name = (upload.filename or "").rsplit("/", 1)[-1][:200]
    return text.word("file_not_loaded", lang).format(
        name=name, load=text.word("upload_button", lang), assess=text.word("assess", lang)
    )


async def _upload(
    request: Request, upload: Any, lang: str, typed: forms.FormState | None = None
) -> HTMLResponse:
    """The form filled from an uploaded proposal. ``typed``: what the form held when "Muat
    berkas" was pressed (the upload is part of the form), which stays where no file was
    chosen or the file cannot be read as a proposal at all (web440 H1: a PDF chosen by
    mistake emptied a form typed in full, and nothing said so)."""
    typed = typed or forms.FormState()
    if not _chosen(upload):
        return await _form_page(
            request,
            lang,
            typed,
            general=[labels.capitalize(text.word("no_file", lang))],
            status=422,
        )
    data = await upload.read(_MAX_UPLOAD + 1)
    name = (upload.filename or "upload.yaml").rsplit("/", 1)[-1][:200]
    try:
        proposal = await request.app.state.worker.run(
            lambda: paracheck.load_proposal_text(data, source=name)
        )
    except paracheck.InputError as exc:
        # the form holds what the file could be read as, each problem beside its input too,
        # so the newcomer corrects it here rather than in a text editor (trial26 U4)
        readable = await request.app.state.worker.run(_readable_state, data, name, lang)
        general = [_upload_problem(p, lang) for p in exc.problems]
        if (
            readable is None
            or readable.items() > forms.MAX_ITEMS
            or not (readable.values or readable.counts)
        ):
            # nothing of the file can fill the form (a package.json, a YAML list, a PDF): what
            # was typed stays, and is said to (attack 450 H2: a mapping with no field of a
            # proposal emptied a typed form)
            whole = all(p.words is not None and p.words.key in _WHOLE_FILE for p in exc.problems)
            general.append(text.word("upload_kept_form" if whole else "upload_kept", lang))
            return await _form_page(request, lang, typed, general=general, status=422)
        # each problem once: beside its field where the form shows it, above the form where
        # not (web 462 M3: every problem was listed twice, the second time with the file's
        # line and column, which the officer, correcting it here, does not need)
        errors, general = _placed(exc, readable, lang)
        if any(typed.values.values()):  # something was typed, and gives way: said so
            general.append(text.word("upload_replaced", lang).format(name=name))
        return await _form_page(request, lang, readable, errors, general=general, status=422)
    state = await request.app.state.worker.run(_state_of, proposal, lang)
    if state.items() > forms.MAX_ITEMS:
        return await _too_many(request, lang, state)
    return await _form_page(
        request, lang, state, notice=text.word("loaded", lang).format(name=name)
    )


#: the problems of a file as a whole: its first line and column say nothing to the officer
#: (web 462 M2: "Kajian….pdf:1:1: …")
_WHOLE_FILE = frozenset(
    {
        "file.wrong_kind",
        "file.not_mapping",
        "file.empty",
        "file.paracheck_output",
        "file.pack_given",
    }
)


def _upload_problem(problem: paracheck.Problem, lang: str) -> str:
    """An uploaded file's problem as the form says it: with the file's name, line and column
    where it points into the file, with neither where it is about the file as a whole."""
    words = problem.words
    if words is not None and words.key in _WHOLE_FILE:
        return problem.sentence(lang, form=True)
    return problem.describe(lang, form=True)


def _readable_state(data: bytes, name: str, lang: str) -> forms.FormState | None:
    """The form filled with what a file that does not load still says; None when it cannot
    be parsed at all."""
    readable = paracheck.readable_proposal_data(data, source=name)
    return None if readable is None else forms.state_from_readable(readable, lang)


async def _from_yaml(request: Request, source: str, action: str, lang: str) -> Response:
    try:
        proposal = await request.app.state.worker.run(
            # the result page's copy of what the form held: the officer never saw its lines
            lambda: paracheck.load_proposal_text(source, source=_FORM_NAME[lang], lines=False)
        )
    except paracheck.InputError as exc:
        return await _form_page(
            request,
            lang,
            forms.FormState(),
            general=[p.describe(lang, form=True) for p in exc.problems],
            status=422,
        )
    if action == "edit":
        state = await request.app.state.worker.run(_state_of, proposal, lang)
        if state.items() > forms.MAX_ITEMS:
            return await _too_many(request, lang, state)
        state.previous = source  # the version assessed, to compare the next result with
        return await _form_page(request, lang, state)
    return await _finish_or_form(request, proposal, "assess" if action == "show" else action, lang)


#: letters NFKD does not take apart into a Latin letter and its marks
_LATIN = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss"})
#: the longest name a download is given, before its suffix
_NAME_MOST = 80


def _file_name(proposal: paracheck.Proposal | str, suffix: str) -> str:
    """The download's name: the title's words in Latin letters without their marks, joined
    by dashes, as many whole words as fit (trial26 C1: "Município" became "munic-pio" and
    "2026" was cut to "202"; newcomer trial 24 C4: a cut left the name ending in "-")."""
    title = proposal if isinstance(proposal, str) else proposal.title
    plain = unicodedata.normalize("NFKD", title.translate(_LATIN))
    words = re.findall(r"[a-z0-9]+", plain.encode("ascii", "ignore").decode().lower())
    stem = words[0][:_NAME_MOST] if words else "usulan"
    for word in words[1:]:
        if len(stem) + 1 + len(word) > _NAME_MOST:
            break
        stem = f"{stem}-{word}"
    return f"{stem}.{suffix}"


async def _finish(
    request: Request, proposal: paracheck.Proposal, action: str, lang: str, previous: str = ""
) -> Response:
    document = paracheck.proposal_yaml(proposal)
    if action == "yaml":
        return Response(
            document.encode("utf-8"),
            media_type="application/yaml",
            headers={
                "Content-Disposition": f'attachment; filename="{_file_name(proposal, "yaml")}"'
            },
        )
    worker = request.app.state.worker
    if action == "pdf" and service.pdf_available():
        result = await worker.run(paracheck.assess, proposal)
        try:
            pdf = await worker.run(
                service.render, result, "pdf", lang, timeout=worker.limits.pdf_timeout
            )
        except paracheck.UsageError:  # no Chromium on this server
            return _page(request, "message.html", 503, lang=lang, message=text.word("no_pdf", lang))
        return Response(
            pdf,
            media_type="application/pdf",
            headers={
                "Content-Disposition": f'attachment; filename="{_file_name(proposal, "pdf")}"'
            },
        )

    def assessed() -> tuple[paracheck.Assessment, str, bool]:
        result = paracheck.assess(proposal)
        return result, paracheck.render(result, "html", lang=lang), service.pdf_available()

    result, report, pdf_ok = await worker.run(assessed)
    token, fresh = _csrf(request)
    bar = _env.get_template("result_bar.html").render(
        csrf=token,
        lang=lang,
        w=lambda key: text.word(key, lang),
        yaml_text=document,
        verdict=result.verdict,
        # capitalised as the memo under it writes the verdict ("Risiko sedang"), not
        # "Kesimpulan: risiko sedang" above "Risiko sedang" (practitioner trial 32 C3)
        verdict_label=labels.capitalize(text.group_word("verdict", result.verdict, lang)),
        worst=result.worst_verdict,
        worst_label=(
            text.group_word("verdict", result.worst_verdict, lang)
            if result.worst_verdict != result.verdict
            else ""
        ),
        notes=paracheck.notice_notes(result, lang),
        # required steps the form leaves out, as the command line hints for a file; a
        # paragraph of its own, so it starts with a capital
        hint=labels.capitalize(note) if (note := paracheck.unlisted_note(result, lang)) else None,
        pdf=pdf_ok,
        # the version before "Ubah isian", where it differs from this one
        previous=previous if previous and previous != document else "",
    )
    html = _splice(report, bar)
    response = HTMLResponse(html)
    response.headers["Content-Security-Policy"] = _report_csp()
    if fresh:
        response.set_cookie(CSRF_COOKIE, fresh, httponly=True, samesite="strict", path="/")
    return response


def _report_csp() -> str:
    from paracheck.web.app import REPORT_CSP

    return REPORT_CSP


_BODY = re.compile(r"<body[^>]*>", re.IGNORECASE)


def _splice(report: str, bar: str) -> str:
    """The report with the page's bar (verdict, downloads, edit) at the top of its body and
    this site's stylesheet for that bar."""
    link = '<link rel="stylesheet" href="/static/result.css">'
    report = report.replace("</head>", f"{link}</head>", 1)
    match = _BODY.search(report)
    if match is None:
        return f"<!doctype html><html><head>{link}</head><body>{bar}{report}</body></html>"
    return report[: match.end()] + bar + report[match.end() :]


# --- comparing two versions -------------------------------------------------------------------


@router.get("/bandingkan", response_class=HTMLResponse)
def diff_page(request: Request, lang: str = "id") -> HTMLResponse:
    return _page(request, "diff.html", lang=text.lang_of(lang), comparison=None, problems=[])


@router.post("/bandingkan", response_class=HTMLResponse)
async def diff_post(request: Request) -> HTMLResponse:
    posted = await request.form(max_files=2, max_fields=20, max_part_size=_MAX_UPLOAD)
    lang = text.lang_of(str(posted.get("_lang", "id")))
    if (refused := _csrf_refusal(request, posted, lang)) is not None:
        return refused
    files = []
    if isinstance(posted.get("_old_yaml"), str) and isinstance(posted.get("_new_yaml"), str):
        # from a result page: the version before "Ubah isian" and this one, as text
        files = [
            (text.word("previous_version", lang), str(posted["_old_yaml"]).encode("utf-8")),
            (text.word("this_version", lang), str(posted["_new_yaml"]).encode("utf-8")),
        ]
    for key in ("old", "new") if not files else ():
        upload = posted.get(key)
        if not _chosen(upload):
            return _page(
                request,
                "diff.html",
                422,
                lang=lang,
                comparison=None,
                problems=[f"{text.word(key + '_file', lang)}: {text.word('no_file', lang)}"],
            )
        files.append(
            (
                (upload.filename or f"{key}.yaml").rsplit("/", 1)[-1][:200],
                await upload.read(_MAX_UPLOAD + 1),
            )
        )
    (old_name, old), (new_name, new) = files
    if old_name == new_name:
        # both uploads called "usulan.yaml": a problem named the file and not which version
        # it was in (atk290 #3); each is said by its version, its name beside it
        old_name = f"{old_name} ({text.word('old', lang)})"
        new_name = f"{new_name} ({text.word('new', lang)})"
    try:
        compared = await request.app.state.worker.run(
            lambda: service.compare(old, new, old_name, new_name)
        )
    except paracheck.InputError as exc:
        # two files compared: what to write in them, as the command line and the API say it
        # ("tulis 'regency' untuk 'kabupaten'"), not the form's "pilih … dari daftar" with no
        # list on this page (review 320 M5)
        return _page(
            request,
            "diff.html",
            422,
            lang=lang,
            comparison=None,
            problems=[p.describe(lang) for p in exc.problems],
        )
    return _page(
        request,
        "diff.html",
        lang=lang,
        comparison=compared.comparison,
        shown=paracheck.diff_view(compared.comparison, lang, (compared.old, compared.new)),
        problems=[],
    )
