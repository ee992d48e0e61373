"""The offline engine: restructure the cleaned article without a model.

Deterministic and invents no sentence: the headline (without the site's section
label) becomes the H1 and, cut at a natural break, the title; the first paragraph
is the lede, the rest is grouped into sections under subheadings taken from the
article or named after the names and phrases that set each section apart; the
description is the lede's first sentences, ending at a sentence or clause end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rewriter.keyphrase import Candidate, candidates
from rewriter.text import FOLDED_STOPWORDS, fold, headline_text, sentences, word_count, words
from rewriter.validate import Thresholds

SECTION_WORDS = 220  # target size of a derived section: under the 300-word limit with room
PARAGRAPH_WORDS = 110


# A subheading names a topic: phrases that end on a conjugated verb or an adverb read as cut sentences.
_VERB_ENDINGS = {
    "fr": re.compile(r"(?:ant|ent|ait|aient|ons|ez|ais|er|ir|é|ée|és|ées|ement|e)$"),
    "en": re.compile(r"(?:ing|ed|ly)$"),
}


# Conjugated forms and participles, wherever they stand in the phrase ("déclaration condamnant l'ancien").
_CONJUGATED = {
    "fr": re.compile(r"(?:ant|aient|ait|èrent|amment|emment)$"),
    "en": re.compile(r"(?:ing|ly)$"),
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


# Where a headline or a sentence can end early and still read as written: punctuation first, then
# before a word that opens a clause or a complement.
_PUNCTUATION_BREAKS = re.compile(r"\s*(?:[:;,]|\s[–—-])\s|\s\(")
_CLAUSE_WORDS = {
    "fr": "qui que qu’ qu' où dont après avant alors pendant lorsque quand mais car pour avec dans sur sous chez "
          "depuis selon contre grâce malgré afin et ou",
    "en": "who which that where when after before while as but because for with in on into at from over "
          "under against amid despite to and or",
}


def _breaks(text: str, language: str) -> list[tuple[int, bool]]:
    """(offset, is punctuation) of every place text may end early, in order."""
    found = [(match.start(), True) for match in _PUNCTUATION_BREAKS.finditer(text)]
    clause_words = _CLAUSE_WORDS.get(language, _CLAUSE_WORDS["en"]).split()
    for match in re.finditer(r"\s(\S+)", text):
        if match.group(1).lower() in clause_words or match.group(1).lower().startswith(("qu’", "qu'")):
            found.append((match.start(), False))
    return sorted(found)


def _clause_end(text: str, limit: int, language: str, minimum: int = 20) -> str | None:
    """The longest start of text, at most `limit` characters and at least `minimum` characters and
    four words, that ends at a clause break (a punctuation break preferred when it keeps two
    thirds of the room); None when there is none."""
    fitting = [(end, punctuation) for end, punctuation in _breaks(text, language)
               if minimum <= end <= limit and len(text[:end].split()) >= 4]
    if not fitting:
        return None
    longest = max(end for end, _ in fitting)
    punctuated = [end for end, punctuation in fitting if punctuation and end >= 2 * longest / 3]
    end = max(punctuated) if punctuated else longest
    return text[:end].rstrip(" ,;:–—-(")


def _title(headline: str, language: str, limit: int) -> str:
    """The page title: the headline, or its start cut at a natural break; never an ellipsis."""
    headline = headline.strip().rstrip(".")
    if len(headline) <= limit:
        return headline
    cut = _clause_end(headline, limit, language)
    if cut:
        return cut
    # No break fits: whole words, without a dangling function word.
    kept = headline[: limit + 1].rsplit(" ", 1)[0].split()
    while len(kept) > 1 and fold(kept[-1]) in FOLDED_STOPWORDS:
        kept.pop()
    return " ".join(kept).rstrip(",;:–—-")


def _description(paragraphs: list[str], language: str, keyphrase: str | None, low: int = 120, high: int = 156) -> str:
    """The meta description: the lede's first sentences, ending at a sentence or clause end,
    low-high characters when the text allows; one that holds the keyphrase is preferred."""
    options: list[str] = []  # every one at most `high` characters
    chosen = ""
    for sentence in [sentence for paragraph in paragraphs[:3] for sentence in sentences(paragraph)]:
        clause = _clause_end(sentence, high - len(chosen) - 1, language, minimum=40)
        if clause:
            options.append(f"{chosen} {clause}.".strip())
        chosen = f"{chosen} {sentence}".strip()
        if len(chosen) > high:
            break
        options.append(chosen)
    if not options:
        return _title(paragraphs[0], language, high) if paragraphs else ""

    def rank(option: str) -> tuple[bool, bool, int]:
        has_keyphrase = bool(keyphrase) and fold(keyphrase or "") in fold(option)
        return (len(option) >= low, has_keyphrase, len(option))

    return max(options, key=rank)


def _heading_for(section: list[str], article: dict[tuple[str, ...], Candidate], used: set[tuple[str, ...]], language: str,
                 keyphrase: str | None) -> str:
    """Subheading for a section: the names and phrases most particular to it (frequent in the
    section, rarer elsewhere), in the article's spelling; never the section's first sentence.
    The keyphrase comes first in the first section that uses it, as SEO wants it in some subheadings."""
    verb_like = _VERB_ENDINGS.get(language)
    conjugated = _CONJUGATED.get(language)
    local = [c for c in candidates("\n".join(section)) if c.key not in used
             and (c.is_name or not (verb_like and verb_like.search(c.text.split()[-1])))
             and (c.is_name or not (conjugated and any(conjugated.search(word) for word in c.text.split())))
             and (c.is_name or len(c.key) > 1 or c.count >= 3)]  # a lone common word is a topic only when repeated

    def particular(candidate: Candidate) -> float:
        elsewhere = article[candidate.key].count if candidate.key in article else candidate.count
        return candidate.score * candidate.count / elsewhere

    # What the section keeps coming back to first; a phrase it says once is a piece of a sentence.
    focus = fold(keyphrase) if keyphrase else None
    ranked = sorted(local, key=lambda c: (fold(c.text) != focus, c.count < 2, -particular(c), -len(c.key), c.text))
    chosen = ranked[:1]
    # A single word says little: a second name or phrase of the section joins it.
    if chosen and len(chosen[0].key) == 1:
        chosen += [c for c in ranked[1:] if c.count >= 2 and (c.is_name or len(c.key) > 1)
                   and not set(c.key) & set(chosen[0].key)][:1]
    if not chosen:
        return "Suite" if language == "fr" else "More"
    used.update(c.key for c in chosen)
    joiner = {"fr": " et ", "es": " y ", "it": " e ", "de": " und ", "pt": " e ", "nl": " en "}.get(language, " and ")
    heading = joiner.join(c.text for c in chosen)
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


def restructure(article: str, language: str, subheadings: bool, keyphrase: str | None = None) -> OfflineDraft:
    blocks = [_GLUED.sub(r"\1 ", block.strip()) for block in article.split("\n") if block.strip()]
    headline = headline_text(blocks.pop(0)) if blocks and not _is_prose(blocks[0]) else ""
    # Keep the article's own structure: short lines between paragraphs are its subheadings.
    own: list[tuple[str | None, list[str]]] = [(None, [])]
    for block in blocks:
        if _is_prose(block) or re.match(r"^\s*(?:[-*•]|\d+[.)])\s", block):
            own[-1][1].extend(_split_paragraph(block))
        else:
            own.append((block.rstrip(" :"), []))
    paragraphs = [paragraph for _, group in own for paragraph in group]
    if not headline:
        headline = _title(sentences(paragraphs[0])[0] if paragraphs else "Article", language, 90)
    lede, rest_of_first = (own[0][1][:1], own[0][1][1:]) if own[0][1] else ([], [])

    article_phrases = {candidate.key: candidate for candidate in candidates(article)}
    used: set[tuple[str, ...]] = set()
    lines = [f"# {headline}", ""]
    lines += [paragraph + "\n" for paragraph in lede]
    named_sections = own[1:]
    if subheadings:
        derived: list[tuple[str | None, list[str]]] = [(None, group) for group in _sections(rest_of_first)]
        for title, group in derived + named_sections:
            too_long = sum(map(word_count, group)) > Thresholds().section_words  # what headings.distribution allows
            for index, part in enumerate(_sections(group) if too_long else [group]):
                heading = title if title and index == 0 else _heading_for(part, article_phrases, used, language, keyphrase)
                lines += [f"## {heading}", ""] + [paragraph + "\n" for paragraph in part]
    else:
        lines += [paragraph + "\n" for paragraph in rest_of_first]
        for title, group in named_sections:
            lines += ([f"**{title}**", ""] if title else []) + [paragraph + "\n" for paragraph in group]
    return OfflineDraft(
        title=_title(headline, language, Thresholds().title_max),
        description=_description(paragraphs, language, keyphrase, Thresholds().description_min, Thresholds().description_max),
        body="\n".join(lines).strip() + "\n",
    )
