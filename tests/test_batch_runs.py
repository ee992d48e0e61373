"""Runs that meet on one OUTDIR: the OS lock, --wait, kill -9 of the holder, claims with a lease in the journal."""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from answers import valid_reply
from conftest import run_cli
from openai_server import FakeOpenAI
from test_batch import env_for, make_folder, outputs

JOURNAL = ".rewrite-journal.sqlite"


def start(folder: Path, outdir: Path, server: FakeOpenAI, *extra: str) -> subprocess.Popen:
    # --no-cache: two sample articles that clean to the same text would otherwise share one model call
    # through the run log, and these tests count calls per article.
    return subprocess.Popen([sys.executable, "-m", "rewriter", str(folder), "-o", str(outdir), "--json", "--no-cache", *extra],
                            env=env_for(server), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def holding_lock(outdir: Path, run: subprocess.Popen, seconds: float = 30) -> None:
    """Wait until `run` holds OUTDIR's lock: a loaded machine may take a second or more to start it."""
    deadline = time.monotonic() + seconds
    lock = outdir / ".rewrite-lock"
    while time.monotonic() < deadline:
        if lock.is_file() and f'"pid": {run.pid}' in lock.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.02)
    raise AssertionError(f"run {run.pid} never took the lock of {outdir}")


def requests_per_article(server: FakeOpenAI) -> Counter[str]:
    """How many chat requests each article (each distinct prompt) got."""
    return Counter(json.dumps(request["messages"]) for request in server.chat_requests)


def test_two_runs_on_one_outdir_send_each_article_once_and_the_second_exits_2(tmp_path):
    folder = make_folder(tmp_path, 6)
    outdir = tmp_path / "out"
    with FakeOpenAI(default=valid_reply, latency=1.0) as server:
        first = start(folder, outdir, server, "-j", "2")
        holding_lock(outdir, first)
        started = time.monotonic()
        second = start(folder, outdir, server, "-j", "2")
        _, second_err = second.communicate(timeout=30)
        assert time.monotonic() - started < 5  # at once, not after the first run
        first_out, first_err = first.communicate(timeout=60)
        assert first.returncode == 0, first_err
        assert second.returncode == 2
        assert len(second_err.strip().splitlines()) == 1
        assert f"pid {first.pid}" in second_err and "--wait" in second_err and str(outdir) in second_err
        assert json.loads(first_out)["done"] == 6
        calls = requests_per_article(server)
        assert len(calls) == 6 and set(calls.values()) == {1}


def test_with_wait_the_second_run_waits_and_finds_nothing_left(tmp_path):
    folder = make_folder(tmp_path, 4)
    outdir = tmp_path / "out"
    with FakeOpenAI(default=valid_reply, latency=1.0) as server:
        first = start(folder, outdir, server, "-j", "1")
        holding_lock(outdir, first)
        second = subprocess.Popen([sys.executable, "-m", "rewriter", str(folder), "-o", str(outdir), "-j", "1", "--wait"],
                                  env=env_for(server), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        second_out, second_err = second.communicate(timeout=60)
        first_out, _ = first.communicate(timeout=60)
        assert first.returncode == 0 and second.returncode == 0, second_err
        assert f"waiting for the rewrite run (pid {first.pid}" in second_err
        assert json.loads(first_out)["done"] == 4
        assert "skipped (already done)   4" in second_out and "model calls              0" in second_out
        assert len(server.chat_requests) == 4


def test_kill_9_of_the_lock_holder_releases_the_lock(tmp_path):
    """Sharded: the workers inherit the lock and die with their parent, so a kill -9 frees OUTDIR at once."""
    folder = make_folder(tmp_path, 12)
    outdir = tmp_path / "out"
    with FakeOpenAI(default=valid_reply, latency=2.0) as server:  # the holder needs 12 s: it is killed long before
        holder = start(folder, outdir, server, "--processes", "2", "-j", "2")
        deadline = time.monotonic() + 60
        while not server.chat_requests and time.monotonic() < deadline:
            time.sleep(0.02)
        assert f'"pid": {holder.pid}' in (outdir / ".rewrite-lock").read_text()
        busy = run_cli(str(folder), "-o", str(outdir), "--json", env=env_for(server))
        assert busy.code == 2 and f"pid {holder.pid}" in busy.err
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        deadline = time.monotonic() + 10
        while (rerun := run_cli(str(folder), "-o", str(outdir), "-j", "12", "--json", env=env_for(server))).code == 2 \
                and time.monotonic() < deadline:
            time.sleep(0.1)  # the workers take a moment to die with their parent
        assert rerun.code == 0, rerun.err
        assert len(outputs(outdir)) == 12


def test_claims_of_another_live_run_are_left_and_expired_or_dead_ones_taken_over(tmp_path):
    """Two runs past the lock (two machines on one shared folder): the journal's claims keep them apart."""
    folder = make_folder(tmp_path, 4)
    outdir = tmp_path / "out"
    with FakeOpenAI(default=valid_reply) as server:
        assert run_cli(str(folder), "-o", str(outdir), "--json", env=env_for(server)).code == 0
        journal = sqlite3.connect(outdir / JOURNAL)
        rows = journal.execute("SELECT key, input FROM articles ORDER BY input").fetchall()
        assert len(rows) == 4
        now = time.time()
        claims = [("other-machine:41:abcd", now + 600),          # alive elsewhere: left alone
                  ("other-machine:42:abcd", now - 1),            # its lease ran out: taken over
                  (f"{socket.gethostname()}:99999999:dead", now + 600),  # a dead run of this machine: taken over
                  (None, None)]                                  # free
        with journal:
            for (key, _), (owner, lease) in zip(rows, claims):
                journal.execute("UPDATE articles SET status = 'pending', owner = ?, lease = ? WHERE key = ?", (owner, lease, key))
        journal.close()
        before = len(server.chat_requests)
        result = run_cli(str(folder), "-o", str(outdir), "--json", "--force", env=env_for(server))
        summary = json.loads(result.out)
        assert result.code == 0, result.err
        assert summary["done"] == 3 and summary["skipped"] == 1
        assert len(server.chat_requests) - before == 3
        journal = sqlite3.connect(outdir / JOURNAL)
        left = journal.execute("SELECT input, owner, status FROM articles WHERE owner IS NOT NULL").fetchall()
        assert left == [(rows[0][1], "other-machine:41:abcd", "pending")]  # ours were released when the run ended
