"""Load benchmark of ``paracheck serve``: assessments per second and latency under concurrency.

    pip install '.[web]'
    python benchmarks/load.py                 # starts the server itself on 127.0.0.1
    python benchmarks/load.py --input ntb     # the NTB example every time instead of the pool
    python benchmarks/load.py --workers 1     # one server process instead of two
    python benchmarks/load.py --smoke         # a few requests per scenario (test suite)

It starts ``paracheck serve --workers N`` on a free port of 127.0.0.1 (only there: no other
address is ever contacted), waits for ``/api/v1/health``, and for 1, 8 and 32 concurrent
clients and each of JSON (``Accept: application/json``) and HTML (``Accept: text/html``)
posts proposals to ``/api/v1/assess`` over keep-alive connections, each client sending its
next request as soon as its answer is complete. Each scenario is bounded twice — at most
``--requests`` answers and at most ``--seconds`` seconds — after a warm-up that is not
counted; the whole set of scenarios is run ``--repeat`` times, and the spread is reported.

What is sent (``--input``): ``varied`` (default) cycles through a pool of 200 different
proposals made by benchmarks/gen.py (seeded, 0-6 sectors of 0-3 programmes, every field
present, null or absent) and written as YAML files; ``ntb`` sends examples/ntb-zhejiang-2015.yaml
every time (7 sectors, 7 programmes, 11 KB with comments: heavier than the pool's average).
The server caches nothing, so both are honest; the pool also keeps any cache anywhere from
flattering the figures. Before the run, the same inputs are assessed in this process to give
the library's own cost per answer (reading + assessing + JSON), for comparison with the
server's CPU per answer.

Reported per scenario: answers per second, p50 / p99 latency (time from writing the request
to reading the whole answer), the server's CPU time per answer (all its processes, from
/proc), how that CPU was split between the worker processes (keep-alive connections stay with
the process that accepted them), this client's CPU per answer, the machine's 1-minute load
average, and every answer that was not 200.

The client is one asyncio protocol per connection (no stream reader: the answer is parsed
from the bytes as they arrive, its length from ``Content-Length``), so it costs a small
fraction of the server's CPU; it still runs on the same cores as the server, and so does
everything else on the machine: the figures include that. Targets (issue 13): >= 300
assessments/s and p99 <= 50 ms at 8 clients for JSON.
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
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"
HOST = "127.0.0.1"
FORMATS = {"json": "application/json", "html": "text/html"}
POOL_SIZE = 200
POOL_SEED = 2026


@dataclass
class Outcome:
    run: int
    format: str
    clients: int
    answers: int
    not_ok: int
    seconds: float
    per_second: float
    p50_ms: float
    p99_ms: float
    server_cpu_ms: float  # CPU time (user + system) of all server processes per answer
    worker_split: list[float]  # share of the workers' CPU each worker process spent (sorted)
    client_cpu_ms: float  # CPU time this load generator spent per answer
    load_average: float  # the machine's 1-minute load average when the scenario ended


# --- what is sent ---------------------------------------------------------------------------


def inputs(kind: str) -> list[bytes]:
    """The proposal files to send, as bytes, cycled through by every client."""
    if kind == "ntb":
        return [NTB.read_bytes()]
    sys.path.insert(0, str(Path(__file__).parent))
    import gen

    import paracheck

    files = []
    for data in gen.proposals(POOL_SIZE, seed=POOL_SEED):
        proposal = paracheck.load_proposal_text(json.dumps(data, default=str))
        files.append(paracheck.proposal_yaml(proposal).encode("utf-8"))
    return files


def library_cost_ms(bodies: list[bytes], rounds: int) -> float:
    """The library alone, in this process: CPU ms to read, assess and write the JSON of one
    of ``bodies`` (median over ``rounds`` passes through them, after one warm-up pass)."""
    import paracheck

    def one_pass() -> float:
        start = time.process_time()
        for body in bodies:
            paracheck.assess(paracheck.load_proposal_text(body, source="body")).to_json_bytes()
        return (time.process_time() - start) / len(bodies)

    one_pass()
    return statistics.median(one_pass() for _ in range(rounds)) * 1000


def request_bytes(port: int, accept: str, body: bytes) -> bytes:
    head = (
        f"POST /api/v1/assess HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
        f"Content-Type: application/yaml\r\nAccept: {accept}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


# --- the server -----------------------------------------------------------------------------


def server_cpu(pid: int) -> dict[int, float]:
    """User + system CPU seconds of the server process and each of its worker processes
    (Linux /proc): what the answers cost, whatever else the machine was doing meanwhile."""
    tick = os.sysconf("SC_CLK_TCK")
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1]: the parent's pid
            found[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARACHECK_")}
    command = [sys.executable, "-m", "paracheck", "serve", "--host", HOST, "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--workers", str(workers)],
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


# --- the clients ----------------------------------------------------------------------------


class Shared:
    """What all clients of one scenario share: the requests, the bounds, the results."""

    def __init__(self, requests: list[bytes], limit: int, warmup: int, clients: int) -> None:
        self.requests = requests
        self.limit = limit
        self.warmup = warmup
        self.issued = 0
        self.next_request = 0
        self.latencies: list[float] = []
        self.not_ok = 0
        self.stop_at = float("inf")
        self.measuring = False
        self.warm = 0
        self.clients = clients
        loop = asyncio.get_running_loop()
        self.all_warm = loop.create_future()
        self.done: list[asyncio.Future[None]] = []

    def take(self) -> bytes:
        request = self.requests[self.next_request % len(self.requests)]
        self.next_request += 1
        return request


def content_length(head: bytes) -> int:
    """The ``Content-Length`` of an answer's (lower-cased) head; 0 when there is none."""
    at = head.find(b"\r\ncontent-length:")
    if at < 0:
        return 0
    end = head.find(b"\r\n", at + 2)
    return int(head[at + len(b"\r\ncontent-length:") : end if end >= 0 else len(head)])


class Client(asyncio.Protocol):
    """One keep-alive connection: write a request, parse the answer as its bytes arrive,
    write the next one at once. Answers are read by ``Content-Length`` (uvicorn sends it)."""

    def __init__(self, shared: Shared) -> None:
        self.shared = shared
        self.buffer = bytearray()
        self.warmup_left = shared.warmup
        self.waiting_to_start = False
        self.sent_at = 0.0
        self.transport: asyncio.Transport | None = None
        self.done = asyncio.get_running_loop().create_future()
        shared.done.append(self.done)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.send()

    def send(self) -> None:
        assert self.transport is not None
        self.sent_at = time.perf_counter()
        self.transport.write(self.shared.take())

    def start(self) -> None:
        self.waiting_to_start = False
        self.next()

    def next(self) -> None:
        shared = self.shared
        if shared.issued >= shared.limit or time.perf_counter() >= shared.stop_at:
            assert self.transport is not None
            self.transport.close()
            return
        shared.issued += 1
        self.send()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(self.buffer[:end]).lower()
        length = content_length(head)
        if len(self.buffer) < end + 4 + length:
            return
        took = time.perf_counter() - self.sent_at
        status = int(head[9:12])
        del self.buffer[: end + 4 + length]
        shared = self.shared
        if self.warmup_left > 0:
            self.warmup_left -= 1
            if self.warmup_left == 0:
                shared.warm += 1
                self.waiting_to_start = True
                if shared.warm == shared.clients and not shared.all_warm.done():
                    shared.all_warm.set_result(None)
                return
            self.send()
            return
        shared.latencies.append(took)
        shared.not_ok += status != 200
        self.next()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_result(None)
        if not self.shared.all_warm.done() and self.warmup_left > 0:
            self.shared.all_warm.set_exception(ConnectionError("connection closed in warm-up"))


async def scenario(
    port: int, clients: int, requests: list[bytes], limit: int, seconds: float, warmup: int
) -> tuple[list[float], int, float, int]:
    """Open ``clients`` connections, warm each up, then time them together."""
    shared = Shared(requests, limit, max(2, warmup // clients), clients)
    loop = asyncio.get_running_loop()
    protocols: list[Client] = []
    for _ in range(clients):
        _, protocol = await loop.create_connection(lambda: Client(shared), HOST, port)
        protocols.append(protocol)
    await shared.all_warm  # every connection open and warmed up: timing starts together
    began = time.perf_counter()
    shared.stop_at = began + seconds
    for protocol in protocols:
        protocol.start()
    await asyncio.gather(*shared.done)
    took = time.perf_counter() - began
    return shared.latencies, shared.not_ok, took, shared.warmup * clients


# --- the run --------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_once(
    run: int,
    server: subprocess.Popen[bytes],
    server_workers: int,
    port: int,
    bodies: list[bytes],
    formats: list[str],
    client_counts: list[int],
    limit: int,
    seconds: float,
    warmup: int,
) -> list[Outcome]:
    outcomes = []
    for fmt in formats:
        requests = [request_bytes(port, FORMATS[fmt], body) for body in bodies]
        for clients in client_counts:
            cpu_before, mine_before = server_cpu(server.pid), time.process_time()
            latencies, not_ok, took, warm = asyncio.run(
                scenario(port, clients, requests, limit, seconds, warmup)
            )
            cpu_after, mine = server_cpu(server.pid), time.process_time() - mine_before
            spent = {p: cpu_after[p] - cpu_before.get(p, 0.0) for p in cpu_after}
            cpu = sum(spent.values())
            # the busiest children are the workers (uvicorn also starts a helper process)
            children = sorted((s for p, s in spent.items() if p != server.pid), reverse=True)
            workers = children[:server_workers]
            answers = max(1, len(latencies) + warm)  # the CPU figures include the warm-up
            o = Outcome(
                run=run,
                format=fmt,
                clients=clients,
                answers=len(latencies),
                not_ok=not_ok,
                seconds=round(took, 3),
                per_second=round(len(latencies) / took, 1),
                p50_ms=round(statistics.median(latencies) * 1000, 2),
                p99_ms=round(percentile(latencies, 0.99) * 1000, 2),
                server_cpu_ms=round(cpu / answers * 1000, 2),
                worker_split=[round(s / (sum(workers) or 1), 2) for s in workers],
                client_cpu_ms=round(mine / answers * 1000, 2),
                load_average=round(os.getloadavg()[0], 1),
            )
            outcomes.append(o)
            split = "/".join(f"{s * 100:.0f}" for s in o.worker_split)
            print(
                f"run {run}  {o.format:4} {o.clients:3} clients {o.answers:6} answers "
                f"{o.seconds:6.2f} s {o.per_second:7.1f}/s  p50 {o.p50_ms:7.2f} ms  "
                f"p99 {o.p99_ms:7.2f} ms  server CPU {o.server_cpu_ms:5.2f} ms/answer "
                f"(workers {split} %)  client CPU {o.client_cpu_ms:4.2f} ms  "
                f"load {o.load_average:4.1f}  not-200: {o.not_ok}",
                flush=True,
            )
    return outcomes


def summary(outcomes: list[Outcome]) -> None:
    """Per scenario over the runs: the median and the range of answers/s, p50 and p99."""
    print("\nformat clients  answers/s median (min-max)   p50 ms median   p99 ms median (min-max)")
    keys = sorted({(o.format, o.clients) for o in outcomes}, key=lambda k: (k[0] != "json", k))
    for fmt, clients in keys:
        mine = [o for o in outcomes if (o.format, o.clients) == (fmt, clients)]
        rate = [o.per_second for o in mine]
        p50 = [o.p50_ms for o in mine]
        p99 = [o.p99_ms for o in mine]
        print(
            f"{fmt:6} {clients:5}   {statistics.median(rate):7.1f} "
            f"({min(rate):.0f}-{max(rate):.0f})        {statistics.median(p50):7.1f}        "
            f"{statistics.median(p99):7.1f} ({min(p99):.0f}-{max(p99):.0f})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="server processes (default 2)")
    parser.add_argument("--clients", default="1,8,32", help="concurrency levels")
    parser.add_argument("--formats", default="json,html", help="answer formats (json,html)")
    parser.add_argument("--input", choices=["varied", "ntb"], default="varied")
    parser.add_argument(
        "--requests", type=int, default=3000, help="most answers per scenario (default 3000)"
    )
    parser.add_argument(
        "--seconds", type=float, default=5.0, help="longest time per scenario (default 5 s)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of every scenario")
    parser.add_argument("--smoke", action="store_true", help="a few requests per scenario")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    limit, seconds, warmup, repeat = args.requests, args.seconds, 64, args.repeat
    if args.smoke:
        limit, seconds, warmup, repeat = 20, 5.0, 2, 1
    counts = [int(c) for c in args.clients.split(",")]
    formats = [f for f in args.formats.split(",") if f in FORMATS]
    bodies = inputs(args.input)
    library = library_cost_ms(bodies, 1 if args.smoke else 3)
    port = free_port()
    cores = os.cpu_count() or 1
    print(
        f"paracheck serve --workers {args.workers} on {HOST}:{port}; {cores} CPUs shared by "
        f"server, this client and whatever else runs; input: {args.input} "
        f"({len(bodies)} different file(s), median {statistics.median(map(len, bodies)):.0f} "
        f"bytes); each scenario: at most {limit} answers or {seconds:g} s, {repeat} run(s); "
        f"1-minute load average before: {os.getloadavg()[0]:.1f}\n"
        f"the library alone, in this process: {library:.2f} ms CPU per answer "
        f"(read + assess + JSON of the same inputs)",
        flush=True,
    )
    server = start_server(port, args.workers)
    outcomes: list[Outcome] = []
    try:
        for run in range(1, repeat + 1):
            outcomes += run_once(
                run, server, args.workers, port, bodies, formats, counts, limit, seconds, warmup
            )
    finally:
        stop_server(server)
    summary(outcomes)
    targets = [o for o in outcomes if o.format == "json" and o.clients == 8]
    if targets:
        met = [o.per_second >= 300 and o.p99_ms <= 50 for o in targets]
        print(
            f"target (JSON, 8 clients: >= 300/s and p99 <= 50 ms): met in {sum(met)} of "
            f"{len(met)} run(s): "
            + "; ".join(
                f"{o.per_second}/s p99 {o.p99_ms} ms (load {o.load_average})" for o in targets
            )
        )
        server_ms = statistics.median(o.server_cpu_ms for o in targets)
        client_ms = statistics.median(o.client_cpu_ms for o in targets)
        print(
            f"CPU per JSON answer at 8 clients: server {server_ms} ms (the library alone "
            f"{library:.2f} ms) + this client {client_ms} ms -> at most "
            f"{cores * 1000 / (server_ms + client_ms):.0f}/s on {cores} otherwise idle cores "
            f"(an upper bound, not a measurement)"
        )
    if args.json:
        args.json.write_text(json.dumps([asdict(o) for o in outcomes], indent=2))
    return 1 if any(o.not_ok for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
