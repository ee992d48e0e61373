"""Checks on a Markdown article, with stable ids: one implementation for
`rewrite check` and for the repair loop of `rewrite`. Pure functions, no I/O.

Thresholds follow the values Yoast SEO and Rank Math publish; word lists and
code are our own.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from typing import Any, Iterable

from rewriter.markdown import Document
from rewriter.messages import language_name, say
from rewriter.keyphrase import WordSets, name_runs, tokens, word_sets
from rewriter.sites import FieldNames, text_field
from rewriter.text import FOLDED_STOPWORDS, detect_language, fold, sentences, syllables, word_count, word_forms, word_index, words

SEVERITIES = ("suggestion", "warning", "error")
RANK = {name: rank for rank, name in enumerate(SEVERITIES)}

# Default severity of each check id; None means the severity depends on the value.
CHECKS: dict[str, str | None] = {
    "frontmatter.valid": "error",
    "length.words": "error",
    "headings.h1": "error",
    "headings.hierarchy": "warning",
    "headings.distribution": "warning",
    "headings.subheadings": "error",
    "language.expected": "error",
    "meta.title": "warning",
    "meta.description": "warning",
    "keyphrase.title": "warning",
    "keyphrase.intro": "warning",
    "keyphrase.subheadings": "warning",
    "keyphrase.description": "warning",
    "keyphrase.slug": "warning",
    "keyphrase.density": None,
    "readability.paragraphs": None,
    "readability.sentences": None,
    "readability.flesch": "warning",
    "readability.beginnings": "suggestion",
    "originality.copy": None,
    "facts.new": None,
    "links.internal": "suggestion",
    "links.outbound": "suggestion",
    "images.alt": "suggestion",
}


@dataclass(frozen=True)
class Alert:
    check: str
    severity: str
    message: str
    line: int = 1
    key: str = ""  # the message's catalog key and values: the same alert in any interface language
    values: tuple[tuple[str, object], ...] = ()


@dataclass
class Thresholds:
    title_max: int = 60
    description_min: int = 120
    description_max: int = 156
    section_words: int = 300
    paragraph_suggestion: int = 150
    paragraph_warning: int = 200
    sentence_words: int = 20
    long_sentences_suggestion: float = 0.25
    long_sentences_warning: float = 0.30
    flesch_min: float = 50.0
    same_beginnings: int = 3
    density_min: float = 0.5
    density_max: float = 3.0
    density_stuffing: float = 4.0
    subheadings_share_min: float = 0.30
    subheadings_share_max: float = 0.75
    copy_warning: float = 0.30
    copy_error: float = 0.60


@dataclass
class CheckSettings:
    """What the article is checked against. None leaves a check out."""

    language: str | None = None
    min_words: int | None = None
    max_words: int | None = None
    subheadings: bool | None = None
    keyphrase: str | None = None
    source_text: str | None = None
    levels: dict[str, str] = field(default_factory=dict)  # check id or prefix -> severity or "off"
    thresholds: Thresholds = field(default_factory=Thresholds)
    ui_language: str = "en"  # language of the messages; check ids never change
    title_is_h1: bool = False  # the site's theme prints the front-matter title as the page's H1
    default_title: str | None = None  # the title the generator gives a page whose front matter has none
    fields: FieldNames = field(default_factory=FieldNames)  # front-matter names of title, description, language


@dataclass
class Stats:
    words: int
    language: str | None
    language_confidence: float
    flesch: float | None
    sentences: int
    paragraphs: int
    headings: int
    long_sentence_share: float
    copy_share: float | None = None
    keyphrase_density: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Result:
    alerts: list[Alert]
    stats: Stats

    def count(self, severity: str) -> int:
        return sum(alert.severity == severity for alert in self.alerts)

    @property
    def errors(self) -> list[Alert]:
        return [alert for alert in self.alerts if alert.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors


def _level(settings: CheckSettings, check: str, severity: str) -> str | None:
    """The configured severity for a check: exact id first, then its family ("keyphrase")."""
    for key in (check, check.split(".")[0]):
        if key in settings.levels:
            configured = settings.levels[key]
            return None if configured == "off" else configured
    return severity


class _Collector:
    def __init__(self, settings: CheckSettings) -> None:
        self.settings = settings
        self.alerts: list[Alert] = []

    def say(self, key: str, **values: object) -> str:
        return say(key, self.settings.ui_language, **values)

    def add(self, check: str, key: str, line: int = 1, severity: str | None = None, **values: object) -> None:
        level = _level(self.settings, check, severity or CHECKS[check] or "warning")
        if level:
            self.alerts.append(Alert(check, level, self.say(key, **values), line, key, tuple(values.items())))


def check_document(document: Document, settings: CheckSettings) -> Result:
    """Run every check on a parsed document."""
    out = _Collector(settings)
    limits = settings.thresholds
    prose = document.prose
    total_words = word_count(document.plain_text)
    by_paragraph = [sentences(paragraph.text) for paragraph in document.paragraphs]
    sentence_list = [sentence for group in by_paragraph for sentence in group]
    guess = detect_language(prose) if prose.strip() else None
    language = settings.language or (guess.language if guess else None) or "en"
    sentence_words = [words(sentence) for sentence in sentence_list]
    long_share = _long_sentence_share(sentence_words, limits.sentence_words)
    stats = Stats(
        words=total_words,
        language=guess.language if guess else None,
        language_confidence=guess.confidence if guess else 0.0,
        flesch=_flesch(sentence_words, language),
        sentences=len(sentence_list),
        paragraphs=len(document.paragraphs),
        headings=len(document.headings),
        long_sentence_share=round(long_share, 3),
    )
    title = text_field(document.meta, settings.fields.title) or settings.default_title
    description = text_field(document.meta, settings.fields.description)
    _front_matter(document, title, out)
    _length(document, settings, total_words, out)
    _headings(document, settings, title, out)
    _language(settings, stats, out)
    _meta(document, text_field(document.meta, settings.fields.seo_title) or title, description, limits, out)
    if settings.keyphrase:
        stats.keyphrase_density = _keyphrase(document, title or "", description or "", settings.keyphrase, total_words, limits, out)
    _readability(document, by_paragraph, long_share, stats.flesch, language, limits, out)
    if settings.source_text is not None:
        stats.copy_share = _originality(document.plain_text, settings.source_text, limits, out)
        _facts(document, settings.source_text, by_paragraph, out)
    _links_and_images(document, out)
    out.alerts.sort(key=lambda alert: (alert.line, -RANK[alert.severity], alert.check))
    return Result(out.alerts, stats)


def _front_matter(document: Document, title: str | None, out: _Collector) -> None:
    """The front matter reads and has a title; a missing description is SEO advice (meta.description)."""
    error = document.front_matter_error
    if error:
        out.add("frontmatter.valid", error.key, error.line, **dict(error.values))
    elif not title:
        out.add("frontmatter.valid", "frontmatter.no_key", name="title")


def _sections(document: Document) -> list[tuple[str, int, int]]:
    """(heading text, heading line, words) for the text under each heading; "" for the text before the first."""
    bounds = [("", 0)] + [(heading.text, heading.line) for heading in document.headings if heading.level >= 2]
    counts = [0] * len(bounds)
    for paragraph in document.paragraphs:
        index = max(i for i, (_, line) in enumerate(bounds) if line <= paragraph.line)
        counts[index] += word_count(paragraph.text)
    return [(text, line, count) for (text, line), count in zip(bounds, counts)]


def _length(document: Document, settings: CheckSettings, total: int, out: _Collector) -> None:
    if settings.min_words is not None and total < settings.min_words:
        shortest = sorted((s for s in _sections(document) if s[0]), key=lambda s: s[2])[:2]
        where = out.say("and").join(f"«{text}»" for text, _, _ in shortest)
        hint = out.say("length.hint_sections", sections=where) if where else out.say("length.hint_text")
        out.add("length.words", "length.short", words=total, needed=settings.min_words, more=settings.min_words - total, hint=hint)
    if settings.max_words is not None and total > settings.max_words:
        out.add("length.words", "length.long", words=total, allowed=settings.max_words, extra=total - settings.max_words)


def _headings(document: Document, settings: CheckSettings, title: str | None, out: _Collector) -> None:
    h1 = [heading for heading in document.headings if heading.level == 1]
    if settings.title_is_h1:
        # The theme prints the title as the H1 (a missing title is frontmatter.valid): every body H1 is one more.
        for heading in h1:
            out.add("headings.h1", "headings.second_h1", heading.line)
    elif len(h1) != 1:
        line = h1[1].line if len(h1) > 1 else 1
        out.add("headings.h1", "headings.h1", line, count=len(h1))
    previous = 1
    for heading in document.headings:
        if not heading.text.strip():
            out.add("headings.hierarchy", "headings.empty", heading.line, level=heading.level)
        if heading.level > previous + 1:
            out.add("headings.hierarchy", "headings.skipped", heading.line, level=heading.level, previous=previous, missing=previous + 1)
        previous = heading.level
    limit = settings.thresholds.section_words
    subheadings = [heading for heading in document.headings if heading.level >= 2]
    total = word_count(document.prose)
    if not subheadings and total > limit:
        out.add("headings.distribution", "headings.none", words=total, limit=limit)
    elif subheadings:
        for text, line, count in _sections(document):
            if count > limit and text:
                out.add("headings.distribution", "headings.long_section", line, name=text, words=count, limit=limit)
            elif count > limit:
                out.add("headings.distribution", "headings.long_intro", words=count, limit=limit)
    if settings.subheadings:
        h2 = sum(heading.level == 2 for heading in document.headings)
        wanted = max(2, math.floor(total / limit))
        if h2 < wanted:
            out.add("headings.subheadings", "headings.too_few", count=h2, words=total, wanted=wanted, limit=limit)


def _language(settings: CheckSettings, stats: Stats, out: _Collector) -> None:
    if not settings.language or stats.words == 0:
        return
    if stats.language != settings.language:
        ui = settings.ui_language
        out.add("language.expected", "language.other", found=language_name(stats.language, ui),
                confidence=stats.language_confidence, wanted=language_name(settings.language, ui))


def _meta(document: Document, title: str | None, description: str | None, limits: Thresholds, out: _Collector) -> None:
    if title and len(title) > limits.title_max:
        out.add("meta.title", "meta.title", size=len(title), limit=limits.title_max)
    if description:
        size = len(description)
        if not limits.description_min <= size <= limits.description_max:
            out.add("meta.description", "meta.description", size=size, low=limits.description_min, high=limits.description_max)
    elif not document.front_matter_error:
        out.add("meta.description", "meta.no_description", low=limits.description_min, high=limits.description_max)


def _contains(haystack: str, phrase: str) -> bool:
    return bool(re.search(r"(?<!\w)" + re.escape(fold(phrase).strip()) + r"(?!\w)", fold(haystack)))


def _keyphrase(document: Document, title: str, description: str, phrase: str, total: int, limits: Thresholds, out: _Collector) -> float:
    if not _contains(title, phrase):
        out.add("keyphrase.title", "keyphrase.title", phrase=phrase)
    elif not fold(title).startswith(fold(phrase)):
        out.add("keyphrase.title", "keyphrase.title_start", severity="suggestion", phrase=phrase)
    first = document.paragraphs[0] if document.paragraphs else None
    if first is None or not _contains(first.text, phrase):
        out.add("keyphrase.intro", "keyphrase.intro", first.line if first else 1, phrase=phrase)
    subheadings = [heading for heading in document.headings if heading.level in (2, 3)]
    if subheadings:
        share = sum(_contains(heading.text, phrase) for heading in subheadings) / len(subheadings)
        if not limits.subheadings_share_min <= share <= limits.subheadings_share_max:
            out.add("keyphrase.subheadings", "keyphrase.subheadings", phrase=phrase, share=share,
                    low=limits.subheadings_share_min, high=limits.subheadings_share_max)
    if not _contains(description, phrase):
        out.add("keyphrase.description", "keyphrase.description", phrase=phrase)
    slug = str(document.meta.get("slug") or "")
    if slug and fold(re.sub(r"\W+", "-", phrase)).strip("-") not in fold(slug):
        out.add("keyphrase.slug", "keyphrase.slug", phrase=phrase, slug=slug)
    occurrences = len(re.findall(r"(?<!\w)" + re.escape(fold(phrase).strip()) + r"(?!\w)", fold(document.plain_text)))
    density = 100 * occurrences * max(1, len(words(phrase))) / total if total else 0.0
    if density > limits.density_stuffing:
        out.add("keyphrase.density", "keyphrase.stuffing", severity="error", density=density, limit=limits.density_stuffing)
    elif not limits.density_min <= density <= limits.density_max:
        out.add("keyphrase.density", "keyphrase.density", severity="warning", density=density, low=limits.density_min, high=limits.density_max)
    return round(density, 2)


def _long_sentence_share(sentence_words: list[list[str]], limit: int) -> float:
    if not sentence_words:
        return 0.0
    return sum(len(tokens) > limit for tokens in sentence_words) / len(sentence_words)


def _flesch(sentence_words: list[list[str]], language: str) -> float | None:
    """Flesch reading ease: Kandel & Moles' formula for French, Flesch's for other languages."""
    tokens = [token for sentence in sentence_words for token in sentence]
    if not tokens:
        return None
    per_sentence = len(tokens) / len(sentence_words)
    per_word = sum(map(syllables, tokens, repeat("fr" if language == "fr" else "en"))) / len(tokens)
    if language == "fr":
        return round(207 - 1.015 * per_sentence - 73.6 * per_word, 1)
    return round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 1)


def _readability(document: Document, by_paragraph: list[list[str]], long_share: float, flesch: float | None,
                 language: str, limits: Thresholds, out: _Collector) -> None:
    for paragraph in document.paragraphs:
        count = word_count(paragraph.text)
        if count > limits.paragraph_warning:
            out.add("readability.paragraphs", "readability.paragraph_long", paragraph.line, "warning", words=count, limit=limits.paragraph_warning)
        elif count > limits.paragraph_suggestion:
            out.add("readability.paragraphs", "readability.paragraph", paragraph.line, "suggestion", words=count, limit=limits.paragraph_suggestion)
    if any(by_paragraph):
        if long_share > limits.long_sentences_warning:
            out.add("readability.sentences", "readability.sentences", severity="warning", share=long_share, words=limits.sentence_words, limit=limits.long_sentences_warning)
        elif long_share > limits.long_sentences_suggestion:
            out.add("readability.sentences", "readability.sentences", severity="suggestion", share=long_share, words=limits.sentence_words, limit=limits.long_sentences_suggestion)
    if flesch is not None and flesch < limits.flesch_min:
        formula = out.say("formula.fr" if language == "fr" else "formula.other")
        out.add("readability.flesch", "readability.flesch", score=flesch, formula=formula, limit=limits.flesch_min)
    for paragraph, paragraph_sentences in zip(document.paragraphs, by_paragraph):
        starts = [_beginning(sentence, language) for sentence in paragraph_sentences]
        run = 1
        for previous, current in zip(starts, starts[1:]):
            run = run + 1 if current == previous else 1
            if run == limits.same_beginnings:
                out.add("readability.beginnings", "readability.beginnings", paragraph.line, count=run, word=current)


# As Yoast's "consecutive sentences" check does: a sentence that opens with an article, a
# demonstrative or a number is known by its first two words ("Les élus…", "Les ventes…" differ).
# Per language: Italian "il" is an article, French "il" a pronoun.
_FIRST_WORD_EXCEPTIONS = {language: frozenset(words.split()) for language, words in {
    "en": "the a an this that these those",
    "fr": "le la les l un une des du de ce cet cette ces",
    "es": "el la los las lo un una unos unas este esta estos estas",
    "de": "der die das den dem des ein eine einen einem einer dieser diese dieses",
    "it": "il lo la i gli le un uno una questo questa questi queste",
    "pt": "o a os as um uma uns umas este esta",
}.items()}


def _beginning(sentence: str, language: str) -> str:
    first, *rest = [fold(word).strip("«»\"“”(") for word in sentence.split(None, 2)[:2]] or [""]
    if (first in _FIRST_WORD_EXCEPTIONS.get(language, ()) or first.isdigit()) and rest:
        return f"{first} {rest[0]}"
    return first


_EDGE_PUNCTUATION = ".,;:!?«»\"“”()'’"


@lru_cache(maxsize=64)
def _shingles(text: str, size: int = 8) -> frozenset[tuple[str, ...]]:
    """8-word sequences, folded; cached because a source is compared with every draft."""
    tokens = [token.strip(_EDGE_PUNCTUATION) for token in words(fold(text))]
    return frozenset(zip(*(tokens[start:] for start in range(size))))  # every run of `size` tokens, built in C


def _originality(text: str, source: str, limits: Thresholds, out: _Collector) -> float:
    mine = _shingles(text)
    if not mine:
        return 0.0
    share = len(mine & _shingles(source)) / len(mine)
    if share > limits.copy_error:
        out.add("originality.copy", "originality.copy", severity="error", share=share, limit=limits.copy_error)
    elif share > limits.copy_warning:
        out.add("originality.copy", "originality.copy", severity="warning", share=share, limit=limits.copy_warning)
    return round(share, 3)


_SCALES = {
    "milliard": 1e9, "milliards": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9, "md": 1e9, "mds": 1e9,
    "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mille": 1e3, "thousand": 1e3, "k": 1e3,
    "trillion": 1e12, "trillions": 1e12, "billiard": 1e15,
}
_NUMBER_WORDS = {
    "zero": 0, "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4,
    "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10,
    "onze": 11, "eleven": 11, "douze": 12, "twelve": 12, "quinze": 15, "fifteen": 15, "vingt": 20, "twenty": 20,
    "trente": 30, "thirty": 30, "quarante": 40, "cinquante": 50, "cent": 100, "hundred": 100, "mille": 1000,
    "premier": 1, "first": 1, "deuxieme": 2, "second": 2, "troisieme": 3, "third": 3, "dizaine": 10, "centaine": 100,
}
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[  ]\d{3})+|\d+(?:[.,]\d+)?)(?:\s?(%|pour ?cent|percent))?"
    r"(?:\s+(milliards?|billions?|millions?|mille|thousand|trillions?|bn|mds?|mn)\b|\s?([kKmM])\b)?"
)


def number_values(text: str) -> list[tuple[float, str, int]]:
    """(normalised value, as written, offset) for every number in text.

    "10 milliards" and "10 000 000 000" are both 1e10; "1,5 %" is 1.5.
    """
    values = []
    for match in _NUMBER.finditer(text):
        digits = match.group(1).replace(" ", "").replace(" ", "")
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits) and not match.group(2):
            digits = re.sub(r"[.,]", "", digits)  # 1,200 or 1.200 grouped thousands
        value = float(digits.replace(",", "."))
        scale = match.group(3) or match.group(4)
        if scale:
            value *= _SCALES.get(scale.lower(), 1)
        values.append((value, match.group(0).strip(), match.start()))
    return values


@lru_cache(maxsize=64)
def _source_numbers(source: str) -> set[float]:
    found = {round(value, 6) for value, _, _ in number_values(source)}
    for token in re.findall(r"[^\W\d_]+", fold(source)):
        if token in _NUMBER_WORDS:
            found.add(float(_NUMBER_WORDS[token]))
    return found


@lru_cache(maxsize=64)
def _source_words(source: str) -> frozenset[str]:
    return word_index(source)


@lru_cache(maxsize=64)
def _source_word_sets(source: str) -> WordSets:
    """What the source says of its capitalised words; cached because a source is compared with every draft."""
    return word_sets(tokens(sentence) for sentence in sentences(source))


def _title_case(heading: str) -> bool:
    """A heading whose longer words are all capitalised ("Taiwan Ramps Up Output"): capitals by style, not names."""
    longer = [token for token in words(heading) if len(token) > 3 and token[:1].isalpha()]
    return len(longer) >= 2 and all(token[:1].isupper() for token in longer)


def unsupported_facts(document: Document, source: str,
                      paragraph_sentences: list[list[str]] | None = None) -> list[tuple[str, str, int]]:
    """(kind "number" or "name", as written, line) of each number and name of the draft that the source lacks,
    each once, numbers first.

    A name is a capitalised run that is not a title, not an ordinary word (one the draft or the
    source writes in lower case), not a sentence's first word nor a title-case heading's capital
    unless the text capitalises it inside a sentence; it is present when each of its words occurs
    in the source in some case or inflection. `paragraph_sentences`: the paragraphs split into
    sentences, when the caller has them.
    """
    known_numbers = _source_numbers(source)
    source_words = _source_words(source)
    found: list[tuple[str, str, int]] = []
    reported: set[str] = set()
    if paragraph_sentences is None:
        paragraph_sentences = [sentences(paragraph.text) for paragraph in document.paragraphs]
    blocks = [(heading.text, heading.line, _title_case(heading.text)) for heading in document.headings]
    split = [(tokens(sentence), line, title_case) for text, line, title_case in blocks for sentence in sentences(text) or [text]]
    split += [(tokens(sentence), paragraph.line, False) for paragraph, parts in zip(document.paragraphs, paragraph_sentences)
              for sentence in parts or [paragraph.text]]
    blocks += [(p.text, p.line, False) for p in document.paragraphs]
    # Capitals by style (title-case headings) say nothing about which words are names.
    drafted = word_sets(sentence for sentence, _, title_case in split if not title_case)
    from_source = _source_word_sets(source)
    known = WordSets(drafted.lower | from_source.lower, drafted.inside | from_source.inside)
    for text, line, _ in blocks:
        for value, written, _ in number_values(text):
            if round(value, 6) not in known_numbers and written not in reported:
                reported.add(written)
                found.append(("number", written, line))
    for sentence, line, title_case in split:
        for run in name_runs(sentence, known, title_case=title_case):
            name = " ".join(run)
            present = all(word_forms(word) & source_words for word in run if fold(word) not in FOLDED_STOPWORDS)
            if not present and name not in reported:
                reported.add(name)
                found.append(("name", name, line))
    return found


def _facts(document: Document, source: str, paragraph_sentences: list[list[str]], out: _Collector) -> None:
    for kind, written, line in unsupported_facts(document, source, paragraph_sentences):
        out.add("facts.new", f"facts.{kind}", line, "error" if kind == "number" else "warning", value=written)


def _links_and_images(document: Document, out: _Collector) -> None:
    if not document.paragraphs:
        return
    internal = [link for link in document.links if not re.match(r"^[a-z][a-z0-9+.-]*://", link.url)]
    outbound = [link for link in document.links if re.match(r"^https?://", link.url)]
    if not internal:
        out.add("links.internal", "links.internal")
    if not outbound:
        out.add("links.outbound", "links.outbound")
    for image in document.images:
        if not image.alt.strip():
            out.add("images.alt", "images.alt", image.line, src=image.src)


def at_least(alerts: Iterable[Alert], minimum: str) -> list[Alert]:
    return [alert for alert in alerts if RANK[alert.severity] >= RANK[minimum]]
