"""Start-up time of `rewrite --help` and of `rewrite check` on one file (target under 0.3 s).

    python bench/bench_startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import markdown_articles


def timed(command: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("--runs", type=int, default=10)
    runs = options.parse_args().runs
    rewrite = str(Path(sys.executable).parent / "rewrite")
    with tempfile.TemporaryDirectory() as folder:
        post = Path(folder) / "post.md"
        post.write_text(markdown_articles(1)[0], encoding="utf-8")
        for label, command in (("rewrite --help", [rewrite, "--help"]), ("rewrite check post.md", [rewrite, "check", str(post)])):
            median = timed(command, runs)
            print(f"{label:<24} median {median:.3f} s over {runs} runs; target 0.3 s: {'met' if median < 0.3 else 'MISSED'}")


if __name__ == "__main__":
    main()
