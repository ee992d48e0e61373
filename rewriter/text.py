"""Text measures shared by every step: words, sentences, syllables, language.

One word-counting rule serves the parser's defaults, the validator and the
checker, so a figure in a report always means the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Digit groups written with a (no-break/thin) space, as in "83 698", are one number. The digit before the
# space is matched and put back (not a look-behind), so that the search skips ahead to digits.
_DIGIT_GROUP_SPACE = re.compile(r"(\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))")
_HAS_WORD_CHAR = re.compile(r"[^\W_]")


def words(text: str) -> list[str]:
    """Whitespace tokens that hold a letter or a digit.

    Elided ("l'homme") and hyphenated ("peut-être") forms stay one token;
    "83 698" is one token.
    """
    # str.split and the regex \s agree on whitespace; most tokens are all letters (isalnum, no regex needed).
    return [token for token in _DIGIT_GROUP_SPACE.sub(r"\1", text).split() if token.isalnum() or _HAS_WORD_CHAR.search(token)]


@lru_cache(maxsize=8192)
def word_count(text: str) -> int:
    return len(words(text))


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”’)\]]*\s+(?=[\"«“(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])")
_ABBREVIATIONS = re.compile(r"\b(?:M|Mme|Mlle|Dr|St|Mr|Mrs|Ms|Prof|etc|cf|p|vs|ex|env|No|n°)\.$", re.IGNORECASE)
# The longest abbreviation with its dot, plus the character before it that `\b` looks at: searched in the tail only,
# since a search from every position of a long sentence costs more than the rest of the split.
_ABBREVIATION_TAIL = 7


def sentences(text: str) -> list[str]:
    """Split prose into sentences; abbreviations such as "M." do not end one."""
    parts: list[str] = []
    pending = ""
    for piece in _SENTENCE_END.split(text.strip()):
        pending = f"{pending} {piece}".strip() if pending else piece.strip()
        if _ABBREVIATIONS.search(pending[-_ABBREVIATION_TAIL:]):
            continue
        if pending:
            parts.append(pending)
        pending = ""
    if pending:
        parts.append(pending)
    return [part for part in parts if _HAS_WORD_CHAR.search(part)]


_VOWEL_GROUPS = {
    "fr": re.compile(r"[aeiouyàâäéèêëîïôöùûüœæ]+", re.IGNORECASE),
    "en": re.compile(r"[aeiouy]+", re.IGNORECASE),
}
_FRENCH_SILENT_ENDING = re.compile(r"[^aeiouyàâäéèêëîïôöùûü](e|es|ent)$", re.IGNORECASE)
_ENGLISH_SILENT_E = re.compile(r"[^aeiouyl]e$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def syllables(word: str, language: str = "fr") -> int:
    """Count syllables by vowel groups, dropping the usual silent endings.

    A hand-written counter because textstat's English path downloads a
    dictionary at run time and its French path is ten times slower.
    """
    letters = "".join(ch for ch in word.lower() if ch.isalpha())
    if not letters:
        return 0
    pattern = _VOWEL_GROUPS.get(language, _VOWEL_GROUPS["fr"])
    count = len(pattern.findall(letters))
    if language == "fr" and count > 1 and _FRENCH_SILENT_ENDING.search(letters):
        count -= 1
    elif language == "en" and count > 1 and _ENGLISH_SILENT_E.search(letters):
        count -= 1
    return max(count, 1)


class _FoldTable(dict[int, str]):
    """Code point -> its folded character, filled on first sight: `str.translate` then maps a text in C.
    Bounded, so that a text of every code point cannot grow it without end."""

    LIMIT = 65536

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lowered = unicodedata.normalize("NFD", char)[0].lower()
        folded = lowered if len(lowered) == 1 else char
        if len(self) < self.LIMIT:
            self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent-free copy of text with the same length, so spans map back.

    "Français" -> "francais".
    """
    return text.translate(_FOLD_TABLE)


# Names by which editors call a language: in English, French, Spanish, German, Italian and its own name
# (German adjectives also as in "ins Englische").
LANGUAGE_NAMES: dict[str, str] = {
    "castellano": "es", "castillan": "es", "kastilisch": "es", "castigliano": "es",
    "french": "fr", "francais": "fr", "france": "fr", "frances": "fr", "franzosisch": "fr", "franzoesisch": "fr",
    "franzosische": "fr", "francese": "fr",
    "english": "en", "anglais": "en", "englisch": "en", "englische": "en", "ingles": "en", "inglese": "en",
    "spanish": "es", "espagnol": "es", "espanol": "es", "castellano": "es", "spanisch": "es", "spanische": "es",
    "spagnolo": "es",
    "german": "de", "allemand": "de", "deutsch": "de", "deutsche": "de", "hochdeutsch": "de", "aleman": "de", "tedesco": "de",
    "italian": "it", "italien": "it", "italiano": "it", "italienisch": "it", "italienische": "it",
    "portuguese": "pt", "portugais": "pt", "portugues": "pt", "portugiesisch": "pt", "portoghese": "pt",
    "dutch": "nl", "neerlandais": "nl", "nederlands": "nl", "hollandais": "nl", "niederlandisch": "nl", "olandese": "nl",
    "polish": "pl", "polonais": "pl", "polski": "pl",
    "swedish": "sv", "suedois": "sv", "svenska": "sv",
    "danish": "da", "danois": "da", "dansk": "da",
    "norwegian": "no", "norvegien": "no", "norsk": "no",
    "finnish": "fi", "finnois": "fi", "suomi": "fi",
    "romanian": "ro", "roumain": "ro", "romana": "ro",
    "greek": "el", "grec": "el",
    "turkish": "tr", "turc": "tr", "turkce": "tr",
    "russian": "ru", "russe": "ru",
    "ukrainian": "uk", "ukrainien": "uk",
    "arabic": "ar", "arabe": "ar",
    "chinese": "zh", "chinois": "zh",
    "japanese": "ja", "japonais": "ja",
    "korean": "ko", "coreen": "ko",
    "hindi": "hi", "catalan": "ca", "catala": "ca",
}
LANGUAGE_LABELS = {
    "fr": "French", "en": "English", "es": "Spanish", "de": "German", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian", "fi": "Finnish", "ro": "Romanian", "el": "Greek", "tr": "Turkish",
    "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "hi": "Hindi", "ca": "Catalan",
}


def language_code(name: str) -> str | None:
    """ISO 639-1 code for a language name or code, or None."""
    folded = fold(name.strip())
    if folded in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[folded]
    # A code, possibly with a region: "fr", "FR", "fr-FR", "en_GB".
    code = re.fullmatch(r"([a-z]{2})(?:[-_][a-z]{2})?", folded)
    if code and code.group(1) in LANGUAGE_LABELS:
        return code.group(1)
    return None


# Frequent function words: for article-length text they name the language
# at once, without loading a 70 MB statistical model.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset("le la les des du un une et est dans pour que qui sur pas avec au aux ce cette ont sont il elle ils nous vous mais ou par plus été être leur se sa son ses".split()),
    "en": frozenset("the and of to is in that for on with was as are be by this it from at have has not an or but which their were they been will would".split()),
    "es": frozenset("el la los las de que y en un una es por para con no se del al lo como más pero sus su fue ha está son muy también".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an wird wurde sind aus bei nach".split()),
    "it": frozenset("il lo la gli le di che e un una è per non con del della dei nel sono da si come anche più ma alla al".split()),
    "pt": frozenset("o a os as de que e um uma é em para com não do da dos das no na se por mais como mas foi ao são".split()),
    "nl": frozenset("de het een en van is dat in op te met voor niet zijn er aan ook als bij door wordt naar maar om".split()),
}
# Words shared by several lists say nothing about which language it is.
_SHARED = {word for code, vocabulary in _FUNCTION_WORDS.items() for word in vocabulary
           if any(word in other for other_code, other in _FUNCTION_WORDS.items() if other_code != code)}
_LANGUAGE_OF = {word: code for code, vocabulary in _FUNCTION_WORDS.items() for word in vocabulary - _SHARED}
_TOKEN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class LanguageGuess:
    language: str | None
    confidence: float


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of prose, with a confidence between 0 and 1."""
    tokens = _TOKEN.findall(text[:20000].lower())
    if not tokens:
        return LanguageGuess(None, 0.0)
    scores = dict.fromkeys(_FUNCTION_WORDS, 0)
    for token in tokens:
        code = _LANGUAGE_OF.get(token)
        if code:
            scores[code] += 1
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, best_hits), (_, second_hits) = ranked[0], ranked[1]
    total_hits = sum(scores.values())
    # Decisive when function words are frequent and one language clearly leads.
    if best_hits >= 8 and best_hits / len(tokens) >= 0.08 and best_hits >= 3 * second_hits:
        return LanguageGuess(best, round(best_hits / total_hits, 3))
    return _statistical_guess(text)


def _statistical_guess(text: str) -> LanguageGuess:
    language, probability = _language_identifier().classify(text[:20000])
    return LanguageGuess(language, round(float(probability), 3))


@lru_cache(maxsize=1)
def _language_identifier():
    # Heavy (about 1 s to load): imported only for short or unusual text.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


STOPWORDS = frozenset().union(*_FUNCTION_WORDS.values()) | frozenset(
    "a à l d qu n s c j m y en ne je tu on lui eux moi toi ceux celle celui dont où ni si car donc or "
    "notre nos votre vos leurs ces cet ai as avons avez ont était étaient sera seront serait fut sont suis es êtes "
    "faut doit peuvent pourrait devrait quelque quelques chaque plusieurs certains certaine autant moins trop peu "
    "ici là oui non rien personne toujours jamais souvent aujourd hui hier demain également actuellement notamment "
    "cependant pourtant toutefois afin lorsque puis ensuite enfin dès selon via près loin dessus dessous "
    "tout tous toute toutes très bien aussi comme après avant entre sans sous chez vers depuis alors "
    "encore déjà ainsi même autre autres deux trois selon lors quand fait faire peut dit avait avoir "
    "i you he she we me him her its our your them what who whom when where why how all any can could "
    "should may might must do does did so than then there these those into about over after before "
    "am being had having said says because while where until since against between through during without within "
    "yes no not nor every each few many much several still yet already however therefore thus "
    "also just more most other some such only own same very s t".split()
)


# Stop words as `fold` writes them ("très" -> "tres"), for tests on folded words.
FOLDED_STOPWORDS = frozenset(map(fold, STOPWORDS))


def content_words(text: str) -> list[str]:
    """Lower-case words that carry meaning: no stopwords, no one-letter tokens."""
    return [token for token in (t.lower() for t in _TOKEN.findall(text)) if len(token) > 2 and token not in STOPWORDS]


# Inflectional endings of the languages we check most (English, French, and the common Romance and
# Germanic plurals): enough to tell that "Plants" and "plant", or "européens" and "européen", are one word.
_INFLECTIONS = sorted(
    "s es ies ied ed ing ings er ers ly y e x aux al ée ées és é ent ment en".split(), key=len, reverse=True)
_POSSESSIVE = re.compile(r"[’']s?$")


@lru_cache(maxsize=65536)
def word_forms(word: str) -> frozenset[str]:
    """A folded word and its possible stems, for comparing words across case and inflection.

    Crude on purpose (no dictionary): two words are one when their forms meet, so a
    word matches its plural, its feminine, its -ing and -ed forms ("supply", "supplies").
    """
    folded = _POSSESSIVE.sub("", fold(word.strip(".,;:!?«»\"“”()[]")))
    return frozenset([folded] + [folded[: -len(ending)] for ending in _INFLECTIONS
                                 if folded.endswith(ending) and len(folded) - len(ending) >= 3])


def word_index(text: str) -> frozenset[str]:
    """The forms of every word of a text: `word_forms(w) & word_index(text)` says whether w occurs in it."""
    return frozenset().union(*(word_forms(token) for token in _TOKEN.findall(text)))


# Section labels that sites print before a headline ("News JVTech Retour sur…", "Vidéo - …").
_SECTION_LABELS = frozenset(fold(word) for word in (
    "news actu actus actualité actualités breaking exclusive exclusif exclu vidéo video tribune opinion "
    "analyse analysis review preview dossier interview édito edito podcast update info infos brève reportage "
    "chronique critique guide tuto tutoriel sponsorisé sponsored"
).split())
_SITE_SUFFIX = re.compile(r"\s+[|·»]\s+[^|·»]{1,40}$")


def headline_text(line: str) -> str:
    """A headline without the section label and site name a page prints around it.

    A known label ("News") goes with the word after it (a site or a section) when the
    headline then starts with a capital: "News JVTech Retour sur…" gives "Retour sur…",
    "News jeu La console…" gives "La console…"; "News Microsoft annonce…" keeps
    "Microsoft annonce…". A " | Site" tail goes too.
    """
    text = _SITE_SUFFIX.sub("", line.strip())
    tokens = text.split()
    if len(tokens) > 3 and fold(tokens[0].rstrip(":-–—|")) in _SECTION_LABELS:
        if tokens[1] in (":", "-", "–", "—", "|") or tokens[2][:1].isupper():
            return " ".join(tokens[2:])
        if tokens[1][:1].isupper():
            return " ".join(tokens[1:])
    return text
