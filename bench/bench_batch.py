"""Batch throughput and memory against the local test server.

    python bench/bench_batch.py [--articles 1000] [--latency 0.2] [--slots 32]
    python bench/bench_batch.py --memory            # peak RSS for 1,000 and 10,000 articles
    python bench/bench_batch.py --articles 120 --latency 0.05 --cap 8   # share of requests rejected (429)

Throughput target: at least 90 % of the ideal slots / latency (32 / 0.2 s = 160 articles/s).
Two rates are printed: over the whole command (process start-up included: about 1.5 s of
imports, counting and model check), and the steady rate between the first and the last
article completed, read from the journal.
Memory target: peak for 10,000 articles at most 1.2 x the peak for 1,000.
Rejections target: against a server that answers 429 above --cap requests in flight (default: --slots),
at most 10 % of all requests are rejected.
The server runs in its own process; the model answers are valid drafts, so each
article costs one call.
CPU per article is printed too (user + system time of the `rewrite` command and all its worker
processes, start-up included, then of the server): unlike the rates, it hardly depends on what
else the machine runs.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT

sys.path.insert(0, str(ROOT / "tests"))

from answers import valid_reply  # noqa: E402
from openai_server import FakeOpenAI  # noqa: E402

PARAGRAPHS = [
    "La commune a présenté lundi un nouveau plan pour les transports en commun, avec davantage de bus aux heures de pointe.",
    "Les habitants des quartiers périphériques attendaient cette annonce depuis plusieurs années, selon les associations locales.",
    "Le conseil municipal doit encore voter le budget nécessaire lors de sa prochaine séance, prévue au printemps.",
]


def serve(latency: float, cap: int, ready: "multiprocessing.Queue[str]", asks: "multiprocessing.Queue[None]",
          answers: "multiprocessing.Queue[float]") -> None:
    """Serve until killed; each item on `asks` is answered with the CPU seconds this process has used."""
    with FakeOpenAI(default=valid_reply, latency=latency, max_in_flight=cap) as server:
        ready.put(server.base_url)
        while True:
            asks.get()
            answers.put(time.process_time())


def make_articles(folder: Path, count: int) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    for index in range(count):
        sub = folder / f"{index // 1000:03}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{index:05}.txt").write_text(f"Article {index} : la ville change ses bus\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")


def steady_rate(outdir: Path, middle: float = 1.0) -> float:
    """Articles per second between the first and the last completion, from the journal: start-up excluded.

    With `middle` < 1, over that share of the completions in the middle of the run: without the slow start
    of the first round trips and the last round trip's stragglers."""
    import sqlite3

    times = sorted(row[0] for row in sqlite3.connect(outdir / ".rewrite-journal.sqlite").execute("SELECT updated FROM articles"))
    skip = round(len(times) * (1 - middle) / 2)
    times = times[skip:len(times) - skip]
    return (len(times) - 1) / (times[-1] - times[0])


def run_batch(base_url: str, folder: Path, outdir: Path, concurrency: int, processes: int = 0) -> tuple[dict, float, int, float]:
    """(summary, seconds, peak RSS in KB, CPU seconds of the command and its workers)."""
    shutil.rmtree(outdir, ignore_errors=True)
    shutil.rmtree(outdir.parent / "run-log", ignore_errors=True)
    # A run log of its own, thrown away: the user's would grow by every call, and its cache must not answer.
    env = {"OPENAI_BASE_URL": base_url, "REWRITER_MODEL": "test-model", "PATH": "/usr/bin:/bin", "HOME": str(Path.home()),
           "REWRITER_HOME": str(outdir.parent / "run-log")}
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "rewriter", str(folder), "-o", str(outdir), "-j", str(concurrency), "--json", "-q",
                          *(["--processes", str(processes)] if processes else [])],
                         capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode not in (0, 1):
        raise SystemExit(run.stderr)
    return json.loads(run.stdout), seconds, max(usage.ru_maxrss, before), usage.ru_utime + usage.ru_stime - cpu_before


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("--articles", type=int, default=1000)
    options.add_argument("--latency", type=float, default=0.2)
    options.add_argument("--slots", type=int, default=32)
    options.add_argument("--cap", type=int, default=0, help="server's limit of requests in flight (default: --slots)")
    options.add_argument("--processes", type=int, default=0, help="worker processes (default: rewrite's automatic choice)")
    options.add_argument("--memory", action="store_true")
    args = options.parse_args()
    ready: multiprocessing.Queue[str] = multiprocessing.Queue()
    asks: multiprocessing.Queue[None] = multiprocessing.Queue()
    answers: multiprocessing.Queue[float] = multiprocessing.Queue()

    def server_cpu() -> float:
        asks.put(None)
        return answers.get(timeout=10)

    server = multiprocessing.Process(target=serve, args=(args.latency, args.cap or args.slots, ready, asks, answers), daemon=True)
    server.start()
    base_url = ready.get(timeout=10)
    work = ROOT / "bench" / "out" / "batch"
    try:
        if args.memory:
            peaks = {}
            for count in (1000, 10000):
                make_articles(work / "in", count)
                # A fresh child per size: ru_maxrss of children is the largest so far, so run the small one first.
                summary, seconds, peak, _ = run_batch(base_url, work / "in", work / "out", args.slots)
                peaks[count] = peak
                print(f"{count} articles: {summary['done']} done in {seconds:.1f} s, peak RSS {peak / 1024:.0f} MB")
            ratio = peaks[10000] / peaks[1000]
            print(f"peak ratio 10,000 / 1,000 = {ratio:.2f}; target at most 1.2: {'met' if ratio <= 1.2 else 'MISSED'}")
        else:
            make_articles(work / "in", args.articles)
            load = os.getloadavg()[0]
            served_before = server_cpu()
            summary, seconds, _, cpu = run_batch(base_url, work / "in", work / "out", args.slots, args.processes)
            served = server_cpu() - served_before
            ideal = min(args.slots, args.cap or args.slots) / args.latency
            rate = summary["done"] / seconds
            steady = steady_rate(work / "out")
            print(f"{summary['done']} articles in {seconds:.1f} s: {rate:.1f} articles/s with process start-up "
                  f"({100 * rate / ideal:.0f}% of the ideal {ideal:.0f}/s); steady rate {steady:.1f} articles/s "
                  f"({100 * steady / ideal:.0f}%); target 90%: {'met' if steady >= 0.9 * ideal else 'MISSED'} (steady)")
            middle = steady_rate(work / "out", middle=0.8)
            print(f"middle 80 % of the completions: {middle:.1f} articles/s ({100 * middle / ideal:.0f}%), "
                  "without the slow start and the last round trip (not the target's figure)")
            print(f"calls {summary['calls']}, failed {summary['failed']}, drafts {summary['drafts']}")
            print(f"CPU per article: {1000 * cpu / args.articles:.2f} ms for the command (start-up included), "
                  f"{1000 * served / args.articles:.2f} ms for the test server; load average before the run "
                  f"{load:.2f}")
            share = summary["rejected_requests"] / summary["calls"] if summary["calls"] else 0.0
            print(f"rejected (429) {summary['rejected_requests']} of {summary['calls']} requests ({100 * share:.1f}%), "
                  f"retries {summary['retries']}; target at most 10%: {'met' if share <= 0.10 else 'MISSED'}")
    finally:
        server.terminate()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
