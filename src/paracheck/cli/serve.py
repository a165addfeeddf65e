"""``paracheck serve``: the web form and the HTTP API (issue 13), from the ``web`` extra."""

from typing import Annotated, Literal

import typer

import paracheck
from paracheck.cli.common import long_run_collector


def serve(
    host: Annotated[
        str,
        typer.Option(
            help="Address to listen on. Anything but 127.0.0.1 / localhost needs --token."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            help="Access token every request must carry (default: $PARACHECK_TOKEN).",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Server processes (assessments use one core each).")
    ] = 1,
    lang: Annotated[
        Literal["id", "en"],
        typer.Option(
            "--lang",
            help="Language of a refusal to start: id (Bahasa Indonesia) or en. The web form "
            "offers both languages whatever this is.",
        ),
    ] = "id",
) -> None:
    """Serve the web form (Bahasa Indonesia / English) and the HTTP API (/api/v1, /docs).

    Limits, set by environment variables: a request body of at most 1 MiB
    (PARACHECK_MAX_BODY, in bytes; 413 beyond); 10 s of assessment per request
    (PARACHECK_TIMEOUT; 503 beyond); a request arriving whole within 30 s
    (PARACHECK_READ_TIMEOUT; 408 beyond).
    """
    long_run_collector()
    paracheck.serve(host, port, token=token, workers=workers)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
