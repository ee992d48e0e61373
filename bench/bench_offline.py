"""Offline engine on a 1,000-word article, whole command (target under 2 s).

    python bench/bench_offline.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT


def main() -> None:
    # A noisy French article of about 1,000 words: the French samples' bodies one after the other.
    parts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "samples").glob("fr-*.txt")) if "cp1252" not in path.name]
    article = "\n\n".join(parts[:4])
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "article.txt"
        source.write_text(article, encoding="utf-8")
        start = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "rewriter", str(source), "--offline", "-o", "-", "-q"], capture_output=True, text=True)
        seconds = time.perf_counter() - start
    words = len(article.split())
    print(f"offline rewrite of a {words}-word raw article: {seconds:.2f} s (exit {run.returncode}); target 2 s: {'met' if seconds < 2 else 'MISSED'}")


if __name__ == "__main__":
    main()
