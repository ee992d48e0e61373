"""Numbers written in words, as dictated briefs give lengths: "eight hundred words", "au moins mille mots",
"entre ochocientas y mil palabras", "ungefähr tausend Wörter", "almeno ottocento parole".

text2num (Allo-Media) knows each language's number words; this module finds where they stand in a line and
returns the line with each number in digits, which the brief's reader then reads as any figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache


LANGUAGES = ("en", "fr", "es", "de", "it")

# Lengths are spelled with hundreds and thousands; a line without one of these words has no length in words.
_SCALE = re.compile(r"(?:hundred|thousand|cents?\b|\bmil(?:le)?s?\b|mila\b|hundert|tausend|cento\b|cien|\w+cient[oa]s\b|millier|millar|migliaio)",
                    re.IGNORECASE)
# "un millier de mots", "un millar de palabras", "un migliaio di parole": a thousand (text2num has no such noun), as a
# bare figure, which reads as "about" unless a bound comes before it ("plus d'un millier" -> "plus de 1000").
_A_THOUSAND = re.compile(r"(?P<of>\bd'|\bde\s+)?\b(?:un|a)\s+(?:millier|millar|migliaio)(?:\s+(?:de|di)\s+|\s+d'|\s+)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_INTEGER = re.compile(r"\d+")
# "a thousand words", "un millier": the article is the number's "one".
_ARTICLE = frozenset({"a", "an", "one", "un", "une", "ein", "eine", "einen"})


@lru_cache(maxsize=1)
def _alpha2digit() -> Callable[..., str]:
    """text2num's converter, imported at the first spelled number: most lines have none."""
    from text_to_num import alpha2digit

    return alpha2digit


@lru_cache(maxsize=4096)
def _value(word: str, language: str) -> int | None:
    """The number a single word names in the language, else None."""
    converted = _alpha2digit()(word, language, threshold=0)
    return int(converted) if _INTEGER.fullmatch(converted) else None


def _number(words: list[str], language: str) -> int | None:
    """The one number a run of number words names ("deux mille cinq cents"), else None ("unas mil": "1 1000")."""
    converted = _alpha2digit()(" ".join(words), language, threshold=0)
    return int(converted) if _INTEGER.fullmatch(converted) else None


def digits_for_words(text: str, followed_by: re.Pattern[str] | None = None) -> str:
    """`text` with each spelled number of 100 or more written in digits: "au moins mille mots" -> "au moins 1000 mots",
    "unas mil doscientas palabras" -> "unas 1200 palabras". With `followed_by`, only the numbers it matches right after
    ("cent'anni" in a title stays as written)."""
    if not _SCALE.search(text):
        return text
    text = _A_THOUSAND.sub(lambda match: "de 1000 " if match.group("of") else "1000 ", text)
    words = [(match.start(), match.end(), match.group().lower()) for match in _WORD.finditer(text)]
    pieces: list[str] = []
    written = 0  # where the text is copied up to
    index = 0
    while index < len(words):
        # The language whose number words run longest from here: "mil doscientas" is Spanish (1200), though
        # "mil" alone is French too.
        run_end, language = max(((_run_end(words, text, index, language), language) for language in LANGUAGES), key=lambda run: run[0])
        if run_end == index:
            index += 1
            continue
        start = index
        value = _number([word for _, _, word in words[start:run_end]], language)
        while value is None and start + 1 < run_end:
            start += 1  # "unas mil": "unas" says "about", the number is "mil"
            value = _number([word for _, _, word in words[start:run_end]], language)
        if value is not None and value >= 100 and (followed_by is None or followed_by.match(text, words[run_end - 1][1])):
            first = start
            if start > 0 and words[start - 1][2] in _ARTICLE and not text[words[start - 1][1]:words[start][0]].strip():
                first = start - 1
            pieces += [text[written:words[first][0]], str(value)]
            written = words[run_end - 1][1]
        index = run_end
    return "".join(pieces) + text[written:]


# "seven hundred and fifty", "trescientas cincuenta y cinco": a conjunction inside one number.
_JOINS = {"en": "and", "fr": "et", "es": "y", "de": "und", "it": "e"}


def _run_end(words: list[tuple[int, int, str]], text: str, index: int, language: str) -> int:
    """Where a run of the language's number words (with only spaces between them) that starts at `index` ends."""
    end = index
    while end < len(words) and (end == index or not text[words[end - 1][1]:words[end][0]].strip()):
        if _value(words[end][2], language) is not None:
            end += 1
        elif (end > index and words[end][2] == _JOINS[language] and end + 1 < len(words)
              and (_value(words[end + 1][2], language) or 10**9) < (_value(words[end - 1][2], language) or 0)):
            end += 2  # "hundred and fifty" is one number; "ochocientas y mil" is a range
        else:
            break
    return end
