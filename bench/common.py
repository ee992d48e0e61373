"""Shared helpers for the benchmarks: generated articles and timing."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from drafts import draft  # noqa: E402  (tests/drafts.py: original French prose)

INSTRUCTIONS = [
    "Make this article seo compatible, Let there be subheadings for the article, be in french, create at least 700 words",
    "Rédige en français, entre 600 et 900 mots, avec des intertitres, mot-clé : transition énergétique",
    "SEO, H2, 800 mots",
    "Instructions:\n- language: English\n- words: 500-800\n- tone: neutral\n",
    "",
]


def raw_articles(count: int, seed: int = 7, *, distinct: bool = False) -> list[str]:
    """Noisy raw articles: the samples with and without instruction lines.

    distinct: the samples repeat, a real batch does not; a word of its own on the first and the last
    line of each article keeps a memo of lines already read from making a repeated file free (a brief
    shared by many files still is, as in a real run)."""
    rng = random.Random(seed)
    samples = [path.read_text(encoding="utf-8", errors="replace") for path in sorted((ROOT / "samples").glob("*.txt"))]
    articles = []
    for index in range(count):
        brief = rng.choice(INSTRUCTIONS) + "\n" if rng.random() < 0.6 else ""
        sample = rng.choice(samples)
        if distinct:
            tag = "".join(chr(ord("a") + int(digit)) for digit in f"{index:05}")
            lines = sample.strip("\n").split("\n")
            lines[0], lines[-1] = f"{lines[0]} {tag}", f"{lines[-1]} {tag}"
            sample = "\n".join(lines) + "\n"
        articles.append(brief + sample)
    return articles


def markdown_articles(count: int, words: int = 1000) -> list[str]:
    return [draft(words + (index % 50), subheadings=4 + index % 2) for index in range(count)]
