"""The offline engine: restructure the cleaned article without a model.

Deterministic and invents no sentence: the headline becomes the H1, the first
paragraph the lede, the rest is grouped into sections under subheadings taken
from the article or derived from the words that set each section apart, and
the description is cut from the lede.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rewriter.text import STOPWORDS, content_words, fold, sentences, word_count, words
from rewriter.validate import Thresholds

SECTION_WORDS = 220  # target size of a derived section: under the 300-word limit with room
PARAGRAPH_WORDS = 110


# Conjugated verbs and adverbs make poor subheadings; names and nouns make good ones.
_VERB_ENDINGS = {
    "fr": re.compile(r"(?:ant|ent|ait|aient|ons|ez|ais|er|ir|é|ée|és|ées|ement)$"),
    "en": re.compile(r"(?:ing|ed|ly|es)$"),
}


@dataclass
class OfflineDraft:
    title: str
    description: str
    body: str


# A sentence glued to the next by the scraper: "confusion.Le ton".
_GLUED = re.compile(r"(?<=[a-zà-ÿ0-9»”)])([.!?])(?=[A-ZÀ-Ý][a-zà-ÿ])")


def _is_prose(block: str) -> bool:
    count = len(words(block))
    return count >= 25 or (count >= 8 and bool(re.search(r"[.!?…»”\"]\s*$", block)))


def _split_paragraph(paragraph: str) -> list[str]:
    """Long scraped paragraphs become paragraphs of a few sentences."""
    if word_count(paragraph) <= PARAGRAPH_WORDS * 1.4:
        return [paragraph]
    chunks: list[str] = []
    current: list[str] = []
    for sentence in sentences(paragraph):
        current.append(sentence)
        if word_count(" ".join(current)) >= PARAGRAPH_WORDS:
            chunks.append(" ".join(current))
            current = []
    if current:
        if chunks and word_count(" ".join(current)) < 30:
            chunks[-1] += " " + " ".join(current)
        else:
            chunks.append(" ".join(current))
    return chunks


def _shorten(text: str, limit: int, at_clause: bool = False) -> str:
    """Cut a title at a natural break (colon, dash), else at a word boundary with "…"."""
    text = text.strip()
    if len(text) <= limit:
        return text
    for separator in (" : ", ": ", " – ", " — ", " - ") if at_clause else ():
        head = text.split(separator)[0].strip()
        if 20 <= len(head) <= limit:
            return head
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "…"


def _description(paragraphs: list[str], low: int = 120, high: int = 156) -> str:
    chosen = ""
    for paragraph in paragraphs[:3]:
        for sentence in sentences(paragraph):
            candidate = f"{chosen} {sentence}".strip()
            if len(candidate) > high:
                if len(chosen) >= low:
                    return chosen
                return _shorten(candidate, high)
            chosen = candidate
            if len(chosen) >= low:
                return chosen
    return chosen


def _heading_for(section: list[str], article_counts: Counter[str], used: set[str], language: str) -> str:
    """Subheading for a section: its topic sentence when short, or the sentence's first
    clause; else the terms most particular to it (names first), in the article's spelling."""
    first = sentences(section[0])[0] if section and sentences(section[0]) else ""
    for candidate in (first, re.split(r"[,;:]", first)[0]):
        candidate = candidate.strip().rstrip(".!…").strip()
        if 3 <= len(words(candidate)) <= 10 and not candidate.startswith(("«", '"', "“")) and fold(candidate) not in used:
            used.add(fold(candidate))
            return candidate
    text = " ".join(section)
    local = Counter(content_words(text))
    spelled: dict[str, str] = {}
    for match in re.finditer(r"[^\W\d_][\w’'-]*", text):
        token = match.group(0)
        inside_sentence = match.start() > 1 and text[match.start() - 2] not in ".!?"
        if inside_sentence or token.lower() not in spelled:
            spelled[token.lower()] = token

    def weight(term: str) -> tuple[float, str]:
        is_name = spelled.get(term, term)[:1].isupper()
        particular = local[term] ** 2 / article_counts[term]
        return (-(particular * (3 if is_name else 1) * (1.5 if len(term) >= 6 else 1)), term)

    verb_like = _VERB_ENDINGS.get(language)
    scored = sorted((term for term in local if not (verb_like and verb_like.search(term) and not spelled.get(term, term)[:1].isupper())), key=weight)
    terms = [spelled.get(term, term) for term in scored if term not in used][:3]
    used.update(term.lower() for term in terms)
    if not terms:
        return "Suite" if language == "fr" else "More"
    joiner = {"fr": " et ", "es": " y ", "it": " e ", "de": " und ", "pt": " e ", "nl": " en "}.get(language, " and ")
    heading = terms[0] if len(terms) == 1 else ", ".join(terms[:-1]) + joiner + terms[-1]
    return heading[0].upper() + heading[1:]


def _sections(paragraphs: list[str]) -> list[list[str]]:
    """Consecutive paragraphs grouped into sections of at most SECTION_WORDS (at least two sections)."""
    groups: list[list[str]] = [[]]
    size = 0
    for paragraph in paragraphs:
        count = word_count(paragraph)
        if groups[-1] and size + count > SECTION_WORDS:
            groups.append([])
            size = 0
        groups[-1].append(paragraph)
        size += count
    if len(groups) == 1 and len(groups[0]) > 1:
        middle = len(groups[0]) // 2
        groups = [groups[0][:middle], groups[0][middle:]]
    return [group for group in groups if group]


def restructure(article: str, language: str, subheadings: bool) -> OfflineDraft:
    blocks = [_GLUED.sub(r"\1 ", block.strip()) for block in article.split("\n") if block.strip()]
    headline = blocks.pop(0) if blocks and not _is_prose(blocks[0]) else ""
    # Keep the article's own structure: short lines between paragraphs are its subheadings.
    own: list[tuple[str | None, list[str]]] = [(None, [])]
    for block in blocks:
        if _is_prose(block) or re.match(r"^\s*(?:[-*•]|\d+[.)])\s", block):
            own[-1][1].extend(_split_paragraph(block))
        else:
            own.append((block.rstrip(" :"), []))
    paragraphs = [paragraph for _, group in own for paragraph in group]
    if not headline:
        headline = _shorten(sentences(paragraphs[0])[0] if paragraphs else "Article", 90).rstrip(".")
    lede, rest_of_first = (own[0][1][:1], own[0][1][1:]) if own[0][1] else ([], [])

    article_counts = Counter(content_words(article))
    used = {term.lower() for term in content_words(headline)}
    lines = [f"# {headline}", ""]
    lines += [paragraph + "\n" for paragraph in lede]
    named_sections = own[1:]
    if subheadings:
        derived: list[tuple[str | None, list[str]]] = [(None, group) for group in _sections(rest_of_first)]
        for title, group in derived + named_sections:
            too_long = sum(map(word_count, group)) > Thresholds().section_words  # what headings.distribution allows
            for index, part in enumerate(_sections(group) if too_long else [group]):
                heading = title if title and index == 0 else _heading_for(part, article_counts, used, language)
                lines += [f"## {heading}", ""] + [paragraph + "\n" for paragraph in part]
    else:
        lines += [paragraph + "\n" for paragraph in rest_of_first]
        for title, group in named_sections:
            lines += ([f"**{title}**", ""] if title else []) + [paragraph + "\n" for paragraph in group]
    return OfflineDraft(
        title=_shorten(headline, 60, at_clause=True),
        description=_description(paragraphs),
        body="\n".join(lines).strip() + "\n",
    )
