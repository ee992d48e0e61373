"""One budget for the whole run, sharded or not: shared limits, fewer 429s, the server's rate-limit headers."""

from __future__ import annotations

import json

from answers import valid_reply
from conftest import run_cli
from openai_server import FakeOpenAI
from test_batch import env_for, make_folder, outputs, run_timing_calls


def test_sharded_run_against_a_capped_server_keeps_429s_under_a_tenth(tmp_path):
    # 200 articles: the first burst of the slow start (8 more calls than the cap, once) weighs on the share less
    # than on 120, where a loaded CI machine once saw 12 of 116 (10.3 %).
    folder = make_folder(tmp_path, 200)
    outdir = tmp_path / "out"
    with FakeOpenAI(default=valid_reply, max_in_flight=8, latency=0.05) as server:
        result = run_cli(str(folder), "-o", str(outdir), "-j", "32", "--processes", "2", "--json", env=env_for(server), timeout=120)
        summary = json.loads(result.out)
        assert result.code == 0, result.err
        assert summary["done"] == 200 and summary["failed"] == 0 and len(outputs(outdir)) == 200
        requests = len(server.chat_requests)
        assert server.rejected < 0.10 * requests, f"{server.rejected} of {requests} requests rejected"
        assert summary["rejected_requests"] == server.rejected and summary["retries"] == server.rejected
        assert summary["calls"] == requests


def test_sharded_workers_keep_one_request_budget(tmp_path):
    """--rpm is the whole run's: two workers together keep one call every 0.5 s at 120 per minute."""
    result, arrivals = run_timing_calls(tmp_path, 6, "--rpm", "120", "-j", "4", "--processes", "2")
    assert result.code == 0 and len(arrivals) == 6, result.err
    # Five gaps of 0.5 s: 2.5 s (a worker's first call may leave late); two budgets of 120 would take half.
    assert arrivals[-1] - arrivals[0] >= 1.9, arrivals


def test_request_headers_slow_the_run_before_the_server_rejects(tmp_path):
    folder = make_folder(tmp_path, 30)
    with FakeOpenAI(default=valid_reply, window_requests=10, window=1.0) as server:
        # --no-cache: articles that clean to the same text would otherwise be answered from the run log.
        result = run_cli(str(folder), "-o", str(tmp_path / "out"), "-j", "8", "--json", "--no-cache", env=env_for(server))
        summary = json.loads(result.out)
        assert result.code == 0 and summary["done"] == 30, result.err
        assert server.rejected == 0 and summary["rejected_requests"] == 0 and summary["calls"] == 30
    # The same server without the headers: the run only learns from rejections.
    with FakeOpenAI(default=valid_reply, window_requests=10, window=1.0, rate_headers=False) as blind:
        result = run_cli(str(folder), "-o", str(tmp_path / "blind"), "-j", "8", env=env_for(blind))
        assert result.code == 0, result.err
        assert blind.rejected > 0
        assert f"rejected (429) / retries {blind.rejected} / {blind.rejected}\n" in result.out


def test_token_headers_slow_the_run_before_the_server_rejects(tmp_path):
    folder = make_folder(tmp_path, 30)
    with FakeOpenAI(default=valid_reply, window_tokens=3000, window=1.0) as server:  # ten answers of 300 tokens
        result = run_cli(str(folder), "-o", str(tmp_path / "out"), "-j", "8", "--json", env=env_for(server))
        summary = json.loads(result.out)
        assert result.code == 0 and summary["done"] == 30, result.err
        assert server.rejected <= 0.10 * len(server.chat_requests)
        assert summary["rejected_requests"] == server.rejected


def test_a_call_rejected_again_after_the_servers_retry_after_backs_off_on_its_own(tmp_path):
    """A server that counts requests per 3 s window but says "retry in 50 ms": honouring the hint alone, the
    second article would spend its nine tries inside the window and fail; backing off, it outlasts the window."""
    folder = make_folder(tmp_path, 2)
    with FakeOpenAI(default=valid_reply, window_requests=1, window=3.0, rate_headers=False) as server:
        result = run_cli(str(folder), "-o", str(tmp_path / "out"), "-j", "1", "--json", "--no-cache", env=env_for(server))
        summary = json.loads(result.out)
        assert result.code == 0 and summary["done"] == 2, result.err
        assert 1 <= server.rejected <= 6 and summary["rejected_requests"] == server.rejected
