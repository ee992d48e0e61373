"""Live progress of `rewrite ARTICLE` in a pseudo-terminal, against the streaming test server."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli
from drafts import draft
from openai_server import Reply

ARTICLE = SAMPLES / "fr-velo-electrique.txt"  # asks for at least 300 words


@dataclass
class TerminalRun:
    code: int
    out: str  # stdout, a pipe
    screen: str  # everything written to the terminal (stderr)


def run_in_terminal(*args: str, env: dict[str, str], timeout: float = 60) -> TerminalRun:
    """The real CLI with stderr on a pseudo-terminal of 120 columns, stdout on a pipe."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "rewriter", *args], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    screen = bytearray()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            screen += data
        elif process.poll() is not None:
            break
    os.close(master)
    out = process.stdout.read() if process.stdout else b""
    code = process.wait(timeout=10)
    return TerminalRun(code, out.decode("utf-8", "replace"), screen.decode("utf-8", "replace"))


@pytest.fixture
def article(tmp_path: Path) -> Path:
    target = tmp_path / ARTICLE.name
    target.write_bytes(ARTICLE.read_bytes())
    return target


def test_progress_shows_each_stage_with_streamed_tokens(article, server, model_env):
    server.add(Reply(draft(150), chunk_delay=0.003), Reply(draft(420), chunk_delay=0.003))
    run = run_in_terminal(str(article), env=model_env)
    assert run.code == 0, run.out + run.screen
    frames = run.screen.split("\r\x1b[2K")
    assert any("cleaning" in frame for frame in frames)
    assert any("drafting · attempt 1 of 3" in frame for frame in frames)
    assert any("checking · attempt 1 of 3" in frame for frame in frames)
    repairing = [frame for frame in frames if "repairing · attempt 2 of 3" in frame]
    assert repairing and re.search(r"length.words: \d+ words, 300 needed", repairing[0])
    counts = {int(number) for number in re.findall(r"· (\d+) tokens ·", run.screen)}
    assert len(counts) > 100 and max(counts) >= 420  # one redraw per streamed token, up to the whole draft
    assert re.search(r"· \d+\.\d s", run.screen)
    assert frames[-1].strip() == ""  # the line is cleared before the report
    # Progress never reaches stdout, which holds the report alone.
    assert "drafting" not in run.out and "\x1b" not in run.out and "valid" in run.out
    requests = server.chat_requests
    assert len(requests) == 2 and all(r["stream"] is True and r["stream_options"] == {"include_usage": True} for r in requests)


def test_cut_stream_is_continued_like_a_truncated_answer(article, server, model_env):
    full = draft(420)
    server.add(Reply(full, stream_cut=True))
    # The continuation writes the rest of the article, from where the cut stream stopped.
    server.default = lambda request: Reply(full[len(request["messages"][-2]["content"]):])
    run = run_in_terminal(str(article), "--max-attempts", "1", env=model_env)
    assert run.code == 0, run.out + run.screen
    second = server.chat_requests[1]["messages"]
    assert len(server.chat_requests) == 2 and second[-2]["role"] == "assistant" and "Continue exactly" in second[-1]["content"]
    assert 0 < len(second[-2]["content"]) < len(full)
    assert article.with_suffix(".md").read_text(encoding="utf-8").count("\n## ") == full.count("\n## ")


@pytest.mark.parametrize("flag", ["--quiet", "--json"])
def test_nothing_shown_with_quiet_or_json(article, server, model_env, flag):
    server.add(Reply(draft(420)))
    run = run_in_terminal(str(article), flag, env=model_env)
    assert run.code == 0, run.out + run.screen
    assert run.screen == "" and "stream" not in server.chat_requests[0]


def test_nothing_shown_when_stderr_is_not_a_terminal(article, server, model_env):
    server.add(Reply(draft(420)))
    result = run_cli(str(article), env=model_env)
    assert result.code == 0 and result.err == ""
    assert "stream" not in server.chat_requests[0]
