"""Article extraction quality and speed on the shared half of the article-extraction benchmark.

    python bench/bench_extraction.py [--half all|dev|check] [--forms text,markdown,html] [--worst 5]

Reads ../shared/benchmarks/article-extraction (see its README). For each input form (the page
as text, as Markdown, as HTML) it runs the same step `rewrite clean` runs and scores the result
with the benchmark's metric: word 4-gram shingles with counts; per page tp, fp, fn; precision
and recall averaged over pages; F1 from the two means. A page whose recall is under 0.5 has lost
its article. Speed is CPU time per page (decoding and extraction; trafilatura's import falls on the
first HTML page only, which the median leaves aside). `--half dev` and `--half check` split the pages in two fixed random halves: rules
are developed on one and checked on the other, so that they generalise.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCHMARK = ROOT.parent / "shared" / "benchmarks" / "article-extraction"
FORMS = ("text", "markdown", "html")
_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter[str]:
    tokens = _TOKEN.findall(text or "")
    return Counter(" ".join(tokens[i:i + size]) for i in range(max(1, len(tokens) - size + 1)) if tokens[i:i + size])


@dataclass
class PageScore:
    key: str
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return 0.0 if self.tp == self.fp == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return 0.0 if self.tp == self.fn == 0 else self.tp / (self.tp + self.fn)


def score_page(key: str, truth: str, prediction: str) -> PageScore:
    """The benchmark's per-page counts, normalised to sum 1."""
    expected, predicted = shingles(truth), shingles(prediction)
    tp = fp = fn = 0
    for shingle in expected.keys() | predicted.keys():
        want, got = expected.get(shingle, 0), predicted.get(shingle, 0)
        tp += min(want, got)
        fp += max(0, got - want)
        fn += max(0, want - got)
    total = tp + fp + fn
    return PageScore(key, *(value / total for value in (tp, fp, fn))) if total else PageScore(key, 0, 0, 0)


@dataclass
class FormScore:
    form: str
    precision: float
    recall: float
    lost: list[str]
    pages_per_second: float
    median_ms: float
    pages: list[PageScore]

    @property
    def f1(self) -> float:
        return 2 * self.precision * self.recall / (self.precision + self.recall) if self.precision + self.recall else 0.0


def load_inputs(form: str, keys: list[str]) -> dict[str, str]:
    if form == "html":
        return {key: gzip.decompress((BENCHMARK / "html" / f"{key}.html.gz").read_bytes()) for key in keys}
    name = {"text": "page-text.json", "markdown": "page-markdown.json"}[form]
    pages = json.loads((BENCHMARK / name).read_text(encoding="utf-8"))
    return {key: pages[key] for key in keys}


def page_keys(half: str) -> list[str]:
    keys = sorted(json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8")))
    if half == "all":
        return keys
    shuffled = keys[:]
    random.Random(11).shuffle(shuffled)
    middle = len(shuffled) // 2
    return sorted(shuffled[:middle] if half == "dev" else shuffled[middle:])


def extracted_text(page: str | bytes, form: str) -> str:
    """What `rewrite clean --input-format FORM` prints for this page (the CLI step, without the process)."""
    from rewriter.files import decode
    from rewriter.pipeline import read_input

    text = decode(page).text if isinstance(page, bytes) else page
    return read_input(text, form).cleaned.text


def run_form(form: str, keys: list[str], truths: dict[str, str]) -> FormScore:
    inputs = load_inputs(form, keys)
    scores, timings = [], []
    for key in keys:
        # CPU time of this process: on a shared machine, wall time also counts the other processes.
        start = time.process_time()
        prediction = extracted_text(inputs[key], form)
        timings.append(time.process_time() - start)
        scores.append(score_page(key, truths[key], prediction))
    precision = statistics.mean(page.precision for page in scores if page.tp + page.fp > 0)
    recall = statistics.mean(page.recall for page in scores if page.tp + page.fn > 0)
    lost = [page.key for page in scores if page.recall < 0.5]
    return FormScore(form, precision, recall, lost, len(keys) / sum(timings), 1000 * statistics.median(timings), scores)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--half", choices=("all", "dev", "check"), default="all")
    options.add_argument("--forms", default=",".join(FORMS))
    options.add_argument("--worst", type=int, default=0, help="Also list the N pages of lowest F1 per form.")
    args = options.parse_args()
    if not BENCHMARK.is_dir():
        sys.exit(f"{BENCHMARK}: not present")
    keys = page_keys(args.half)
    truths = {key: value["articleBody"] for key, value in json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8")).items()}
    print(f"{len(keys)} pages ({args.half})")
    print(f"{'form':<10} {'F1':>6} {'prec':>6} {'recall':>6} {'lost':>5} {'pages/s':>8} {'median ms (CPU)':>15}")
    for form in args.forms.split(","):
        result = run_form(form, keys, truths)
        print(f"{form:<10} {result.f1:6.3f} {result.precision:6.3f} {result.recall:6.3f} {len(result.lost):5d} "
              f"{result.pages_per_second:8.1f} {result.median_ms:15.1f}")
        if result.lost:
            print(f"           lost: {' '.join(key[:10] for key in result.lost)}")
        for page in sorted(result.pages, key=lambda p: 2 * p.tp / (2 * p.tp + p.fp + p.fn) if p.tp else 0)[: args.worst]:
            print(f"           {page.key[:10]} precision {page.precision:.2f} recall {page.recall:.2f}")


if __name__ == "__main__":
    main()
