"""Instruction parsing (and cleaning) speed: 1,000 raw files, target under 1 s for parsing.

    python bench/bench_parse.py [--files 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import raw_articles

from rewriter.clean import clean
from rewriter.files import read_article
from rewriter.instructions import parse


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("--files", type=int, default=1000)
    count = options.parse_args().files
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, text in enumerate(raw_articles(count, distinct=True)):
            path = Path(folder) / f"{index:05}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        start = time.perf_counter()
        texts = [read_article(path).text for path in paths]
        read_seconds = time.perf_counter() - start
        start, cpu_start = time.perf_counter(), time.process_time()
        parsed = [parse(text) for text in texts]
        parse_seconds, parse_cpu = time.perf_counter() - start, time.process_time() - cpu_start
        start = time.perf_counter()
        for item in parsed:
            clean(item.article)
        clean_seconds = time.perf_counter() - start
    with_instructions = sum(bool(item.instructions) for item in parsed)
    print(f"{count} files ({with_instructions} with instructions): read+decode {read_seconds:.3f} s, "
          f"parse {parse_seconds:.3f} s, clean {clean_seconds:.3f} s")
    print(f"parse: {count / parse_seconds:,.0f} files/s, {parse_cpu / count * 1000:.3f} ms of CPU per file "
          f"(the figure to trust on a busy machine); target 1,000 files under 1 s: {'met' if parse_seconds < 1 else 'MISSED'}")


if __name__ == "__main__":
    main()
