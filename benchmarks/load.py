"""Load benchmark of ``paracheck serve``: assessments per second and latency under concurrency.

    pip install '.[web]'
    python benchmarks/load.py                 # starts the server itself on 127.0.0.1
    python benchmarks/load.py --workers 1     # one server process instead of two
    python benchmarks/load.py --smoke         # a few requests per scenario (test suite)

It starts ``paracheck serve --workers N`` on a free port of 127.0.0.1 (only there: no other
address is ever contacted), waits for ``/api/v1/health``, and for 1, 8 and 32 concurrent
clients and each of JSON (``Accept: application/json``) and HTML (``Accept: text/html``)
posts the NTB example (examples/ntb-zhejiang-2015.yaml) to ``/api/v1/assess`` over keep-alive
connections, as fast as the answers come back. Each scenario is bounded twice — at most
``--requests`` answers and at most ``--seconds`` seconds — after a warm-up that is not
counted. Reported per scenario: answers per second, p50 / p99 latency (time from writing the
request to reading the whole answer), and every answer that was not 200.

The clients are one asyncio loop speaking minimal HTTP/1.1 on raw sockets, so the load
generator costs far less CPU than the server; it still shares the machine's cores with it,
which the figures include. Targets (issue 13): >= 300 assessments/s and p99 <= 50 ms at 8
clients for JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUT = ROOT / "examples" / "ntb-zhejiang-2015.yaml"
HOST = "127.0.0.1"


@dataclass
class Outcome:
    format: str
    clients: int
    answers: int
    not_ok: int
    seconds: float
    per_second: float
    p50_ms: float
    p99_ms: float
    server_cpu_ms: float  # CPU time (user + system) the server processes spent per answer
    client_cpu_ms: float  # CPU time this load generator spent per answer
    load_average: float  # the machine's 1-minute load average when the scenario ended


def server_cpu_seconds(pid: int) -> float:
    """User + system CPU time of the server process and its worker processes (Linux /proc):
    what the answers cost, whatever else the machine was doing meanwhile."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1]: the parent's pid
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARACHECK_")}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "paracheck",
            "serve",
            "--host",
            HOST,
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server exited before answering")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/api/v1/health", timeout=2):
                return process
        except OSError:
            time.sleep(0.2)
    stop_server(process)
    raise SystemExit("the server did not answer within 60 s")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    os.killpg(process.pid, signal.SIGTERM)  # the server and its worker processes
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def request_bytes(port: int, accept: str, body: bytes) -> bytes:
    head = (
        f"POST /api/v1/assess HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
        f"Content-Type: application/yaml\r\nAccept: {accept}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


async def read_answer(reader: asyncio.StreamReader) -> int:
    """Read one HTTP/1.1 answer with a Content-Length body; return its status."""
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("connection closed")
    status = int(status_line.split()[1])
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    await reader.readexactly(length)
    return status


async def scenario(
    port: int, clients: int, accept: str, limit: int, seconds: float, warmup: int
) -> tuple[list[float], int, float, int]:
    request = request_bytes(port, accept, INPUT.read_bytes())
    latencies: list[float] = []
    warmup = max(2, warmup // clients)  # the warm-up is shared out, not per client
    not_ok = 0
    issued = 0
    stop_at = 0.0

    async def client() -> None:
        nonlocal issued, not_ok
        reader, writer = await asyncio.open_connection(HOST, port)
        try:
            for _ in range(warmup):
                writer.write(request)
                await read_answer(reader)
            warmed.append(1)
            if len(warmed) == clients:
                all_warm.set()
            await ready.wait()
            while issued < limit and time.perf_counter() < stop_at:
                issued += 1
                start = time.perf_counter()
                writer.write(request)
                status = await read_answer(reader)
                latencies.append(time.perf_counter() - start)
                not_ok += status != 200
        finally:
            writer.close()

    ready, all_warm = asyncio.Event(), asyncio.Event()
    warmed: list[int] = []
    tasks = [asyncio.create_task(client()) for _ in range(clients)]
    await all_warm.wait()  # every connection open and warmed up: timing starts together
    began = time.perf_counter()
    stop_at = began + seconds
    ready.set()
    await asyncio.gather(*tasks)
    return latencies, not_ok, time.perf_counter() - began, warmup * clients


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(
    server: subprocess.Popen[bytes],
    port: int,
    client_counts: list[int],
    limit: int,
    seconds: float,
    warmup: int,
) -> list[Outcome]:
    outcomes = []
    for fmt, accept in (("json", "application/json"), ("html", "text/html")):
        for clients in client_counts:
            cpu_before, mine_before = server_cpu_seconds(server.pid), time.process_time()
            latencies, not_ok, took, warm = asyncio.run(
                scenario(port, clients, accept, limit, seconds, warmup)
            )
            cpu = server_cpu_seconds(server.pid) - cpu_before
            mine = time.process_time() - mine_before
            answers = max(1, len(latencies) + warm)  # the CPU figures include the warm-up
            outcomes.append(
                Outcome(
                    format=fmt,
                    clients=clients,
                    answers=len(latencies),
                    not_ok=not_ok,
                    seconds=round(took, 3),
                    per_second=round(len(latencies) / took, 1),
                    p50_ms=round(statistics.median(latencies) * 1000, 2),
                    p99_ms=round(percentile(latencies, 0.99) * 1000, 2),
                    server_cpu_ms=round(cpu / answers * 1000, 2),
                    client_cpu_ms=round(mine / answers * 1000, 2),
                    load_average=round(os.getloadavg()[0], 1),
                )
            )
            o = outcomes[-1]
            print(
                f"{o.format:4}  {o.clients:3} clients  {o.answers:6} answers in "
                f"{o.seconds:6.2f} s  {o.per_second:7.1f}/s  p50 {o.p50_ms:7.2f} ms  "
                f"p99 {o.p99_ms:7.2f} ms  server CPU {o.server_cpu_ms:5.2f} ms/answer  "
                f"load {o.load_average:4.1f}  not-200: {o.not_ok}",
                flush=True,
            )
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="server processes (default 2)")
    parser.add_argument("--clients", default="1,8,32", help="concurrency levels")
    parser.add_argument(
        "--requests", type=int, default=3000, help="most answers per scenario (default 3000)"
    )
    parser.add_argument(
        "--seconds", type=float, default=10.0, help="longest time per scenario (default 10 s)"
    )
    parser.add_argument("--smoke", action="store_true", help="a few requests per scenario")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    limit, seconds, warmup = (args.requests, args.seconds, 64)
    print(f"1-minute load average before: {os.getloadavg()[0]:.1f}", flush=True)
    if args.smoke:
        limit, seconds, warmup = 20, 5.0, 2
    counts = [int(c) for c in args.clients.split(",")]
    port = free_port()
    print(
        f"paracheck serve --workers {args.workers} on {HOST}:{port}; "
        f"{os.cpu_count()} CPUs; input {INPUT.relative_to(ROOT)}; "
        f"each scenario: at most {limit} answers or {seconds:g} s",
        flush=True,
    )
    server = start_server(port, args.workers)
    try:
        outcomes = run(server, port, counts, limit, seconds, warmup)
    finally:
        stop_server(server)
    target = next((o for o in outcomes if o.format == "json" and o.clients == 8), None)
    if target is not None:
        met = target.per_second >= 300 and target.p99_ms <= 50
        print(
            f"target (JSON, 8 clients: >= 300/s and p99 <= 50 ms): "
            f"{target.per_second}/s, p99 {target.p99_ms} ms -> {'MET' if met else 'NOT MET'}"
            f" (1-minute load average {target.load_average} on {os.cpu_count()} CPUs)"
        )
        cores = os.cpu_count() or 1
        ceiling = cores * 1000 / (target.server_cpu_ms + target.client_cpu_ms)
        print(
            f"CPU per JSON answer at 8 clients: server {target.server_cpu_ms} ms + load "
            f"generator {target.client_cpu_ms} ms -> at most {ceiling:.0f}/s on {cores} "
            f"otherwise idle cores (an upper bound, not a measurement)"
        )
    if args.json:
        args.json.write_text(json.dumps([asdict(o) for o in outcomes], indent=2))
    return 1 if any(o.not_ok for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
