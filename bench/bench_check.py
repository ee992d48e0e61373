"""`rewrite check` throughput: N French Markdown articles of about 1,000 words, checked in one call.

    python bench/bench_check.py [--files 10000] [--jobs 0]

Target: at least 300 files/s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time

from common import ROOT, markdown_articles


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("--files", type=int, default=10000)
    options.add_argument("--jobs", type=int, default=0)
    args = options.parse_args()
    folder = ROOT / "bench" / "out" / "check"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for index, text in enumerate(markdown_articles(args.files)):
        (folder / f"{index:05}.md").write_text(text, encoding="utf-8")
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "rewriter", "check", str(folder), "--format", "json", "-j", str(args.jobs),
                          "--lang", "fr"], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    import json

    summary = json.loads(run.stdout)["summary"]
    rate = args.files / seconds
    print(f"checked {summary['files']} files in {seconds:.1f} s: {rate:,.0f} files/s "
          f"(errors {summary['errors']}, warnings {summary['warnings']}); target 300 files/s: {'met' if rate >= 300 else 'MISSED'}")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
