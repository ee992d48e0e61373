from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from openai_server import FakeOpenAI

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"


@dataclass
class Run:
    code: int
    out: str
    err: str


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a CLI run: no model configured unless a test says so.

    The run log goes to a fresh folder per environment, never to the real home:
    cached answers must not leak from one test to another.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "REWRITER_", "AZURE_"))}
    env["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="rewriter-data-")
    atexit.register(shutil.rmtree, env["XDG_DATA_HOME"], True)
    env.update(extra)
    return env


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, stdin: bytes | None = None,
            timeout: float = 60) -> Run:
    """Run the real `rewrite` command line in a child process."""
    completed = subprocess.run([sys.executable, "-m", "rewriter", *args], cwd=cwd, env=env or clean_env(),
                               input=stdin, capture_output=True, timeout=timeout)
    return Run(completed.returncode, completed.stdout.decode("utf-8", "replace"), completed.stderr.decode("utf-8", "replace"))


@pytest.fixture
def server():
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def model_env(server):
    return clean_env(OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY="sk-test-SECRET-123456", REWRITER_MODEL="test-model")


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
