"""The focus keyphrase and related keywords of an article, as an SEO editor picks them.

Pure text work. Names are kept whole ("Sam Altman", not "Sam"): a capitalised
sequence inside a sentence is a name once job titles, calendar words and words
the text also writes in lower case ("Mayor", "City") are taken off it; a lone
first name or surname counts towards the full name it belongs to. Other phrases
are runs of one to three content words, stop words of the language removed at
their edges. Each candidate is scored by frequency, with a bonus for the headline
and the lede.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, NamedTuple  # NamedTuple: cheaper to define than a dataclass, for start-up

from rewriter.text import fold as _fold
from rewriter.text import FOLDED_STOPWORDS, headline_text, sentences, word_forms, word_index, words

fold = lru_cache(maxsize=65536)(_fold)  # applied to words, which repeat: each is folded once

MAX_WORDS = 4
RELATED = 4  # keywords besides the keyphrase

# Job titles and honorifics: never a keyword, never part of a name.
TITLES = frozenset(fold(word) for word in (
    "ceo cto cfo coo vp president vice chairman chairwoman chair director minister mayor governor senator "
    "founder cofounder co-founder chief executive secretary spokesman spokeswoman spokesperson professor "
    "dr mr mrs ms sir lord lady king queen prince princess pope judge general head boss manager "
    "pdg dg président présidente directeur directrice ministre maire gouverneur sénateur sénatrice "
    "fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice patron patronne porte-parole "
    "professeur professeure docteur monsieur madame mademoiselle m mme mlle roi reine juge député députée "
    "premier première secrétaire général générale"
).split())
# Days and months name a date, not what the article is about.
CALENDAR = frozenset(fold(word) for word in (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
    "février mars avril mai juin juillet août septembre octobre novembre décembre"
).split())
# Counted things make poor keyphrases ("cinq millions").
NUMBER_WORDS = frozenset(fold(word) for word in (
    "one two three four five six seven eight nine ten twelve twenty hundred thousand million millions billion billions "
    "un une deux trois quatre cinq six sept huit neuf dix douze vingt cent cents mille million millions milliard milliards"
).split())
_NOT_TOPICS = TITLES | CALENDAR | NUMBER_WORDS
# Words that may join the parts of a name or a phrase, never start or end one.
_NAME_JOINERS = frozenset("de du des van von der da di la le of del".split())
_PHRASE_JOINERS = frozenset("de du des d à au aux en of for".split())
_ELISION = re.compile(r"^(?:[dlnjmstc]|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|[^\w\s]+|\d[\d.,]*")


@dataclass(frozen=True)
class Focus:
    """The keyphrase a rewrite is checked against, where it came from, and the keywords of its front matter."""

    keyphrase: str | None
    origin: str  # "editor", "model" or "source"
    keywords: list[str] = field(default_factory=list)


@dataclass
class Candidate:
    key: tuple[str, ...]
    spellings: dict[str, int] = field(default_factory=dict)  # spelling -> occurrences
    count: float = 0.0
    in_headline: bool = False
    in_lede: bool = False
    is_name: bool = False

    @property
    def text(self) -> str:
        # The most frequent spelling; a spelling that is not all capitals wins a tie ("Harbor", not "HARBOR").
        return max(self.spellings.items(), key=lambda item: (item[1], not item[0].isupper()))[0]

    @property
    def score(self) -> float:
        length = len(self.key)
        # Frequency first; a longer phrase says more, and the headline and lede say what the article is about.
        weight = 1.2 if self.is_name else {1: 0.8, 2: 1.7, 3: 1.9}.get(length, 2.0)
        return (self.count + 3 * self.in_headline + 1.5 * self.in_lede) * weight


@lru_cache(maxsize=65536)
def _shortest_form(word: str) -> str:
    """The key of a word in a phrase: its shortest form, so "lots" and "lot" count together."""
    return min(word_forms(word), key=len)


@lru_cache(maxsize=65536)
def _token_text(token: str) -> str:
    return _ELISION.sub("", token).strip("’'-")


class _Sentence(NamedTuple):
    tokens: list[str]
    in_headline: bool
    in_lede: bool


def tokens(sentence: str) -> list[str]:
    """Words and punctuation marks of one sentence, in order."""
    return _TOKEN.findall(sentence)


def _sentences(text: str) -> list[_Sentence]:
    blocks = [block.strip() for block in text.split("\n") if block.strip()]
    headline_index = 0 if blocks and len(words(blocks[0])) <= 25 and not re.search(r"[.!?]\s*$", blocks[0]) else -1
    if headline_index == 0:
        blocks[0] = headline_text(blocks[0])  # without the site's section label
    lede_index = next((i for i, block in enumerate(blocks) if i != headline_index and len(words(block)) >= 15), -1)
    found = []
    for index, block in enumerate(blocks):
        for sentence in sentences(block) or [block]:
            found.append(_Sentence(tokens(sentence), index == headline_index, index == lede_index))
    return found


class WordSets(NamedTuple):
    """What a text tells about its capitalised words.

    `lower`: forms of the words it writes in lower case; a capitalised one of them is an
    ordinary word ("City" when "city" occurs too). `inside`: folded words it capitalises
    inside a sentence; a sentence's first word is a name only when this holds it.
    """

    lower: frozenset[str]
    inside: frozenset[str]


def word_sets(sentence_tokens: Iterable[list[str]]) -> WordSets:
    lower_words: set[str] = set()
    inside: set[str] = set()
    for sentence in sentence_tokens:
        for position, token in enumerate(sentence):
            bare = _token_text(token)
            if bare[:1].islower():
                lower_words.add(bare)
            elif position > 0 and bare[:1].isupper():
                inside.add(fold(bare))
    return WordSets(frozenset().union(*map(word_forms, lower_words)), frozenset(inside))


def _ordinary(token: str, lower: frozenset[str]) -> bool:
    folded = fold(token)
    return folded in FOLDED_STOPWORDS or folded in TITLES or bool(word_forms(token) & lower)


def name_runs(tokens: list[str], known: WordSets, *, title_case: bool = False) -> list[list[str]]:
    """The names in one sentence's tokens: capitalised runs without titles or ordinary words.

    The sentence's first word, and every word of a title-case heading, is capitalised by
    rule, so it is a name only when the text capitalises it inside a sentence too, or (the
    first word) when a name follows it.
    """
    lower = known.lower

    def name_word(bare: str) -> bool:
        return bare[:1].isupper() and not _ordinary(bare, lower)

    runs: list[list[str]] = [[]]
    for position, token in enumerate(tokens):
        bare = _token_text(token)
        if not bare[:1].isupper():  # most words: only a joiner inside a name matters
            if runs[-1] and token in _NAME_JOINERS and position + 1 < len(tokens) and tokens[position + 1][:1].isupper():
                runs[-1].append(token)
            elif runs[-1]:
                runs.append([])
            continue
        # A sentence's first word followed by a name is that name's first word ("Jensen Park said").
        opens_name = position == 0 and not title_case and len(tokens) > 1 and name_word(_token_text(tokens[1]))
        by_rule = (position == 0 and not opens_name) or title_case
        if name_word(bare) and (not by_rule or fold(bare) in known.inside):
            if bare != token.strip("’'-"):  # "d’OpenAI" starts a new name
                runs.append([])
            runs[-1].append(bare)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        while run and fold(run[-1]) in _NAME_JOINERS:
            run.pop()
    return [run for run in runs if run]


@lru_cache(maxsize=16)
def candidates(text: str) -> tuple[Candidate, ...]:
    """Names and phrases of a text, best first (cached: the offline engine and the keyphrase read the same text)."""
    parsed = _sentences(text)
    known = word_sets(sentence.tokens for sentence in parsed if not sentence.in_headline)
    found: dict[tuple[str, ...], Candidate] = {}

    def add(parts: list[str], sentence: _Sentence, is_name: bool) -> None:
        key = tuple(map(fold if is_name else _shortest_form, parts))
        candidate = found.get(key)
        if candidate is None:  # not setdefault: it would build a Candidate for every occurrence
            candidate = found[key] = Candidate(key, is_name=is_name)
        spelling = " ".join(parts)
        candidate.spellings[spelling] = candidate.spellings.get(spelling, 0) + 1
        candidate.count += 1
        candidate.in_headline |= sentence.in_headline
        candidate.in_lede |= sentence.in_lede

    for sentence in parsed:
        names = name_runs(sentence.tokens, known, title_case=sentence.in_headline)
        for run in names:
            if len(run) <= MAX_WORDS and not (len(run) == 1 and fold(run[0]) in CALENDAR):
                add(run, sentence, True)
        in_names = {fold(part) for run in names for part in run}
        # Topic phrases: runs of content words, joined inside by "de", "of"...; names and titles break them.
        run_words: list[str] = []
        for token in sentence.tokens + ["."]:
            bare = _token_text(token).lower() if token[:1].isalpha() else ""
            folded = fold(bare)
            shown = token.lower() if run_words else bare  # "conseil d’administration", elision kept inside
            usable = len(folded) > 1 and folded not in _NOT_TOPICS and folded not in in_names
            if usable and (folded not in FOLDED_STOPWORDS or (run_words and folded in _PHRASE_JOINERS)):
                run_words.append(shown)
                continue
            _add_phrases(run_words, sentence, add)
            run_words = []
    merged = _merge_partial_names(found)
    return tuple(sorted(merged, key=lambda c: (-c.score, -len(c.key), c.text)))


def _add_phrases(run: list[str], sentence: _Sentence, add) -> None:  # type: ignore[no-untyped-def]
    """Every 1-3 content-word phrase of a run of words, not starting or ending on a joiner."""
    for start in range(len(run)):
        if fold(run[start]) in FOLDED_STOPWORDS:
            continue
        content = 0
        for end in range(start, len(run)):
            if fold(run[end]) not in FOLDED_STOPWORDS:
                content += 1
                if content > 3:
                    break
                if end - start < MAX_WORDS and (content > 1 or len(fold(run[end])) > 3):
                    add([_token_text(run[start])] + run[start + 1:end + 1], sentence, False)


def _merge_partial_names(found: dict[tuple[str, ...], Candidate]) -> list[Candidate]:
    """A lone first name or surname counts towards the full name it belongs to.

    A word that stands alone far more often than in the longer name is a name of its own
    ("Microsoft", not part of "Microsoft Ignite").
    """
    full = [c for c in found.values() if c.is_name and len(c.key) > 1]
    kept = []
    for candidate in found.values():
        if candidate.is_name and len(candidate.key) == 1:
            word = candidate.key[0]
            surname_of = [name for name in full if word == name.key[-1] and not set(name.key) & _NAME_JOINERS]
            owners = surname_of or [name for name in full if word in name.key and 3 * name.count >= candidate.count]
            if owners:
                owner = max(owners, key=lambda name: name.count)
                owner.count += candidate.count
                owner.in_headline |= candidate.in_headline
                owner.in_lede |= candidate.in_lede
                continue
        kept.append(candidate)
    return kept


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return bool(set(a.key) & set(b.key))


@lru_cache(maxsize=64)
def derive(text: str) -> Focus:
    """Keyphrase and keywords derived from an article's text (headline on its first line)."""
    ranked = [c for c in candidates(text) if c.count >= 2]
    if not ranked:
        return Focus(None, "source", [])
    chosen = [ranked[0]]
    for candidate in ranked[1:]:
        if len(chosen) > RELATED:
            break
        # Related keywords: names and phrases; a lone common word only when the article keeps using it.
        telling = candidate.is_name or len(candidate.key) > 1 or candidate.count >= 4
        if telling and not any(_overlaps(candidate, other) for other in chosen):
            chosen.append(candidate)
    return Focus(chosen[0].text, "source", [c.text for c in chosen])


def supported(phrase: str, source: str) -> bool:
    """Whether a phrase of one to four words is made of words the source uses (in any case or inflection)."""
    tokens = [_token_text(token) for token in words(phrase)]
    content = [token for token in tokens if token and fold(token) not in FOLDED_STOPWORDS]
    if not content or len(tokens) > MAX_WORDS:
        return False
    index = word_index(source)
    return all(word_forms(token) & index for token in content)


def choose(editor: list[str], proposed: str | None, source: str, derived: Focus | None = None) -> Focus:
    """The focus of a rewrite: the editor's keyphrase, else the model's when the source supports it, else the source's.

    `derived` is `derive(source)` when the caller already has it: a batch has more articles in
    flight than `derive` keeps, so each draft would derive its source's focus again.
    """
    if editor:
        return Focus(editor[0], "editor", list(editor))
    if derived is None:
        derived = derive(source)
    if proposed and supported(proposed, source):
        others = [k for k in derived.keywords if not set(map(fold, words(k))) & set(map(fold, words(proposed)))]
        return Focus(proposed, "model", [proposed] + others[:RELATED])
    return derived
