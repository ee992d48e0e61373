"""Instruction reading: share of briefs read whole and right, of article lines refused (issue 12).

    python bench/bench_instructions.py [-v]

Scores the phrasings of tests/instruction_corpus.py (its first sets and the conversational one) and
tests/instruction_heldout.py, each brief put above an article (article lines at either edge): right means
every brief line taken, no article line taken, every stated field equal.
"""

from __future__ import annotations

import argparse

import common  # noqa: F401  (puts tests/ on the path)
import instruction_corpus
import instruction_heldout

from rewriter.instructions import parse

ARTICLE = ("Le conseil municipal a adopté hier soir le budget de la ville après un long débat.\n\n"
           "Les élus de l'opposition ont dénoncé une hausse des dépenses de fonctionnement.\n")


def brief_misread(text: str, expected: dict[str, object]) -> str | None:
    parsed = parse(f"{text}\n{ARTICLE}")
    taken = [line.text for line in parsed.instructions if line.text.strip()]
    stated = parsed.spec.stated()
    wrong = {name: stated.get(name) for name, value in expected.items() if stated.get(name) != value}
    if taken != [line for line in text.split("\n") if line.strip()] or wrong:
        return f"{text!r}: read {wrong or 'partly'}"
    return None


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("-v", "--verbose", action="store_true", help="List what was misread.")
    verbose = options.parse_args().verbose
    sets = (("corpus", instruction_corpus.POSITIVE, instruction_corpus.NEGATIVE),
            ("held-out", instruction_heldout.POSITIVE, instruction_heldout.NEGATIVE),
            ("conversational", instruction_corpus.CONVERSATIONAL, instruction_corpus.NEGATIVE_CONVERSATIONAL),
            ("third round", instruction_corpus.THIRD_ROUND, instruction_corpus.NEGATIVE_THIRD_ROUND))
    for name, positive, negative in sets:
        misread = [problem for text, expected in positive if (problem := brief_misread(text, expected))]
        taken = [line for line in negative if parse(f"{line}\n{ARTICLE}").instructions or parse(f"{ARTICLE}\n{line}\n").instructions]
        right = len(positive) - len(misread)
        print(f"{name}: briefs read right {right}/{len(positive)}, "
              f"article lines refused {len(negative) - len(taken)}/{len(negative)}")
        if verbose:
            for problem in misread + [f"article line taken: {line!r}" for line in taken]:
                print(f"  {problem}")


if __name__ == "__main__":
    main()
