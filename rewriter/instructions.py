"""Separate the editor's instructions from the article and turn them into a Spec.

Instructions are looked for only at the edges of the file: leading and
trailing lines, a labelled block ("Instructions:", "Consignes :", "Brief:"),
or a line in square brackets. A line is an instruction when what it asks is
something of the writer about this text (language, length, structure, SEO,
keywords, tone, audience, title); a sentence of the article that merely
mentions "700 mots" or "en anglais" is not one. Pure text work, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rewriter.messages import Phrase
from rewriter.spec import Line, Spec
from rewriter.text import LANGUAGE_NAMES, fold, language_code


@dataclass
class ParsedInput:
    instructions: list[Line]
    article: list[Line]
    spec: Spec
    warnings: list[str]

    @property
    def article_text(self) -> str:
        return "\n".join(line.text for line in self.article)


_NUMBER = r"\d{1,3}(?:[ .,'’\u00a0\u202f\u2009]\d{3})+(?![\d])|\d+"
_WORDS = r"(?:words?|mots?|parole|palabras|worter|woorden|palavras)\b"
_LANG = "(" + "|".join(sorted((re.escape(name) for name in LANGUAGE_NAMES if name != "france"), key=len, reverse=True)) + r")\b"
_SUBHEADINGS = r"(?:sub-?headings?|sub-?heads?|sub-?titles?|headings|headers|h2s?|h3s?|inter-?titres?|sous-titres?|titres|sections|subsections|subtitles)\b"
_NEGATION = r"(?:no|without|sans|pas d[e']|aucune?|don'?t (?:use|add|put)|do not (?:use|add|put)|avoid|evite[rz]?|ne (?:pas )?mets? pas d[e']|ne pas mettre d[e'])"
_TONE_WORDS = (
    "formal|informal|casual|friendly|professional|neutral|conversational|journalistic|humorous|serious|"
    "engaging|playful|authoritative|warm|didactic|educational|persuasive|objective|"
    "formel|informel|decontracte|amical|professionnel|neutre|journalistique|humoristique|serieux|"
    "pedagogique|engageant|chaleureux|persuasif|objectif|factuel|dynamique|leger"
)

# Opening words of a request to the writer (imperatives, modals, politeness).
_REQUEST_OPENER = re.compile(
    r"^(?:please |merci de |svp |s'il (?:te|vous) plait |pls )?(?:make|write|rewrite|re-write|create|produce|use|add|include|keep|be|let|ensure|"
    r"avoid|do not|don't|target|give|optimi[sz]e|translate|turn|convert|put|split|divide|structure|format|aim|"
    r"focus|mention|insert|provide|generate|expand|shorten|summari[sz]e|adapt|adopt|respect|"
    r"redige[rz]?|ecris|ecrivez|ecrire|reecris|reecrivez|reecrire|fais|faites|faire|ajoute[rz]?|utilise[rz]?|"
    r"mets|mettez|mettre|garde[rz]?|conserve[rz]?|evite[rz]?|sois|soyez|cree[rz]?|optimise[rz]?|traduis|traduisez|"
    r"structure[rz]?|divise[rz]?|insere[rz]?|integre[rz]?|inclus|incluez|respecte[rz]?|adopte[rz]?|vise[rz]?|"
    r"il faut|il faudrait|je veux|je voudrais|j'aimerais|nous voulons|on veut|i want|i'd like|i would like|we need|we want|"
    r"veuillez|pense[rz]? a|the (?:article|text|post|piece) (?:should|must|needs)|l'article doit|le texte doit|"
    r"it should|it must|should|must|needs? to|doit|doivent|devra)\b"
)
# Requests that concern writing itself, enough to make a line an instruction alone.
_WRITER_REQUEST = re.compile(
    r"^(?:please |merci de |veuillez |svp |pls )?(?:write|rewrite|re-write|keep|quote|cite|mention|paraphrase|summari[sz]e|translate|"
    r"redige[rz]?|ecris|ecrivez|reecris|reecrivez|garde[rz]?|conserve[rz]?|cite[rz]?|mentionne[rz]?|reformule[rz]?|resume[rz]?|traduis|traduisez|"
    r"il faut|je veux|je voudrais|j'aimerais|i want|i'd like|i would like|we need|we want)\b"
)
# What a request about writing is about: "keep the quotes", "cite the sources", not "keep calm".
_WRITING_OBJECT = re.compile(
    r"\b(?:quotes?|quotations?|citations?|paragraphs?|paragraphes?|titles?|titres?|sources?|sentences?|phrases?|links?|liens?|"
    r"names?|noms?|figures?|chiffres?|numbers?|nombres?|dates?|facts?|faits|intro\w*|conclusion|style|tone|ton|words?|mots?|"
    r"headings?|summary|resume|lists?|listes?|bullets?|faq|meta|description|examples?|exemples?|verbatim|translat\w*|tradu\w*)\b"
)
# Clauses such as "en français" or "with subheadings" open with a preposition.
_CLAUSE_OPENER = re.compile(r"^(?:avec|with|en|in|au|at|for|pour|sans|without|no|pas)\b")
_CONTACT = re.compile(r"@\w|https?://|www\.|\+?\d(?:[ .()-]{0,2}\d){8,}|\[email")  # phone: 9 digits or more
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|oublie[rz]?|ignore[rz]?)\b.{0,40}\b(?:previous|prior|above|all|earlier|precedentes?|toutes?|les)\b.{0,20}\b(?:instructions?|consignes?|prompts?|rules|regles)\b"
    r"|\bsystem prompt\b|\byou are now\b|\btu es maintenant\b|\bact as\b"
)
_BLOCK_HEADER = re.compile(
    r"^\s*(?:#+\s*)?\[?\s*(?:instructions?|consignes?|brief|directives?|editor'?s? (?:notes?|brief|instructions?)|"
    r"notes? (?:for|to|pour) (?:the |le )?(?:writer|redacteur|editor)|a l'attention du redacteur)\s*\]?\s*(?:[:\-–—]\s*(?P<rest>.*))?$"
)
_KEY_VALUE = re.compile(r"^\s*(?P<key>[a-z][a-z0-9 '\-]{1,30}?)\s*[:=]\s*(?P<value>.+?)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·▪►]|\d+[.)])\s+")
_QUOTE_START = re.compile(r"^\s*[«\"“„‹]")
_REPORTED_SPEECH = re.compile(r"\b(?:a (?:lance|declare|affirme|explique|ajoute|indique|precise)|said|says|told|according to|selon)\b")
_FILLER = frozenset(
    "the this that these it its a an of for to in on and or with be is are as your our my me us please "
    "article text post content piece blog version copy final output draft "
    "le la les l ce cet cette ces un une des de du d et ou a au aux pour en dans sur avec ton votre vos mon ma mes notre nos "
    "texte contenu billet redaction svp merci stp also aussi plus more bien well very tres "
    "make write rewrite create produce use add include keep let there ensure give fais faites ajoute ajoutez "
    "redige redigez ecris ecrivez reecris reecrivez utilise utilisez mets mettez garde gardez sois soyez cree creez "
    "should must doit doivent il faut need needs required obligatoire minimum maximum total length longueur "
    "compatible friendly ready optimized optimised optimise optimisee optimisez".split()
)


@dataclass
class _Assignment:
    field: str
    value: object
    fragment: str


@dataclass
class _LineReading:
    """What one candidate line asks for."""

    assignments: list[_Assignment]
    extra: list[str]
    is_instruction: bool


def _number(text: str) -> int:
    return int(re.sub(r"[ .,'’\u00a0\u202f\u2009]", "", text))


def _quoted(text: str) -> list[str]:
    return [m.group(1).strip() for m in re.finditer(r"[\"“«‘](.+?)[\"”»’]", text) if m.group(1).strip()]


class _FragmentReader:
    """Reads one fragment (a clause between commas) for the fields it sets."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.folded = fold(original)
        self.covered = [False] * len(original)
        self.assignments: list[_Assignment] = []

    def _take(self, match: re.Match[str], field_name: str, value: object) -> None:
        for index in range(match.start(), match.end()):
            self.covered[index] = True
        self.assignments.append(_Assignment(field_name, value, self.original.strip()))

    def _value(self, match: re.Match[str], group: int | str = 1) -> str:
        start, end = match.span(group)
        return self.original[start:end].strip().strip("\"'“”«»‘’ .").strip()

    def read(self) -> None:
        self._keywords()
        self._title()
        self._tone()
        self._audience()
        self.word_counts()
        self._language()
        self._subheadings()
        self._seo()

    def residual_words(self) -> list[str]:
        leftover = "".join(" " if covered else char for char, covered in zip(self.folded, self.covered))
        tokens = re.findall(r"[a-z0-9']+", leftover)
        return [token for token in tokens if token.strip("'") not in _FILLER and not token.isdigit()]

    def _keywords(self) -> None:
        label = re.search(
            r"\b(?:focus[ -]key[ -]?(?:words?|phrases?)|key[ -]?phrases?|key[ -]?words?|target[ -]keywords?|"
            r"mots?[ -]cles?(?: principa(?:l|ux))?|expressions?[ -]cles?|requete cible)\s*(?:[:=]|\bis\b|\best\b|\bsont\b)?\s*(?P<value>.+)$",
            self.folded,
        )
        if not label:
            return
        raw = self.original[label.start("value"):label.end("value")]
        values = _quoted(raw) or [part.strip(" .\"'«»“”") for part in re.split(r",|;|\||/|\s+(?:and|et)\s+", raw)]
        self._take(label, "keywords", [value for value in values if value])

    def _title(self) -> None:
        match = re.search(r"^\s*(?:title|titre|headline|h1)\s*[:=]\s*(.+)$", self.folded) or re.search(
            r"\b(?:use|utilise[rz]?|with|avec)\s+(?:the |le |comme )?(?:title|titre)\s*[:=]?\s*[\"“«'](.+?)[\"”»']", self.folded
        )
        if match:
            self._take(match, "title", self._value(match))

    def _tone(self) -> None:
        match = (
            re.search(r"^\s*(?:tone|ton|style|registre|voice|voix)\s*[:=]\s*(.+)$", self.folded)
            or re.search(r"\b(?:in|with|on|adopt|use|using)\s+(?:an?|the)\s+([\w' -]+?)\s+(?:tone|voice|style|register)\b", self.folded)
            or re.search(r"\b(?:sur|avec|adopte[rz]?|utilise[rz]?|d'|dans)\s*un\s+(?:ton|style|registre)\s+([\w' -]+?)\s*$", self.folded)
            or re.search(r"\b(?:ton|tone)\s+((?:" + _TONE_WORDS + r")(?:\s+(?:et|and)\s+(?:" + _TONE_WORDS + r"))?)\b", self.folded)
            or re.search(r"\b(?:be|sois|soyez|make it|keep it|reste[rz]?|stay)\s+((?:" + _TONE_WORDS + r")(?:\s+(?:et|and)\s+(?:" + _TONE_WORDS + r"))?)\b", self.folded)
        )
        if match:
            self._take(match, "tone", self._value(match))

    def _audience(self) -> None:
        match = (
            re.search(r"^\s*(?:audience|target audience|public(?: cible)?|lectorat|cible|readers|lecteurs)\s*[:=]\s*(.+)$", self.folded)
            or re.search(r"\bfor\s+((?:an?\s+)?[\w' -]+?\s+audience)\b", self.folded)
            or re.search(r"\b(?:aimed at|targeting|targeted at|intended for|written for|geared (?:to|towards))\s+(.+)$", self.folded)
            or re.search(r"\b(?:destinee?s?|s'adressant|adressee?s?)\s+(?:a|aux)\s+(.+)$", self.folded)
            or re.search(r"\bpour\s+((?:un|le|des|les)\s+(?:public|lecteurs?|lectorat)\b.*|(?:des |les )?(?:debutants|experts|professionnels|jeunes|etudiants|enfants|decideurs|particuliers|novices)\b.*)$", self.folded)
            or re.search(r"\bfor\s+((?:beginners|experts|professionals|developers|students|kids|children|teenagers|executives|non-specialists|general readers|newcomers|marketers|investors)\b.*)$", self.folded)
        )
        if match:
            self._take(match, "audience", self._value(match))

    def word_counts(self) -> None:
        text = self.folded
        has_unit = re.search(_WORDS + r"|\bword count\b|\blength\b|\blongueur\b|\bnombre de mots\b", text)
        if not has_unit:
            return
        number = rf"({_NUMBER})"
        unit = rf"\s*(?:-\s*)?{_WORDS}"
        patterns: list[tuple[str, str]] = [
            (rf"\b(?:between|entre|de|from)\s+{number}\s*(?:{_WORDS})?\s*(?:and|et|a|to|-)\s+{number}(?:{unit})?", "range"),
            (rf"{number}\s*(?:-|–|—|to|a)\s*{number}{unit}", "range"),
            (rf"(?:at most|maximum(?: of)?|max\.?|no more than|not more than|pas plus de|au plus|au maximum|under|below|less than|fewer than|moins de|up to|jusqu'a|≤|<=|<)\s*{number}", "max"),
            (rf"{number}{unit}\s*(?:maximum|max\b|or less|or fewer|ou moins|au plus|at most|tops)", "max"),
            (rf"(?:at least|minimum(?: of)?|min\.?|au moins|au minimum|pas moins de|no less than|no fewer than|not less than|more than|plus de|over|upwards of|≥|>=|>)\s*{number}", "min"),
            (rf"{number}\s*\+", "min"),
            (rf"{number}{unit}\s*(?:minimum|mini\b|min\b|or more|ou plus|au moins|at least)", "min"),
            (rf"(?:around|about|approximately|approx\.?|roughly|some|environ|autour de|a peu pres|~|≈|circa|ca\.)\s*{number}", "around"),
            (rf"{number}{unit}", "around"),
            (rf"(?:length|longueur|word count|nombre de mots|words|mots)\s*[:=]?\s*{number}", "around"),
        ]
        found = False
        for pattern, kind in patterns:
            for match in re.finditer(pattern, text):
                if any(self.covered[match.start():match.end()]):
                    continue
                found = True
                if kind == "range":
                    low, high = sorted((_number(match.group(1)), _number(match.group(2))))
                    self._take(match, "min_words", low)
                    self.assignments.append(_Assignment("max_words", high, self.original.strip()))
                elif kind == "min":
                    self._take(match, "min_words", _number(match.group(1)))
                elif kind == "max":
                    self._take(match, "max_words", _number(match.group(1)))
                elif not found or not any(a.field in ("min_words", "max_words") for a in self.assignments):
                    target = _number(match.group(1))
                    self._take(match, "min_words", round(target * 0.9))
                    self.assignments.append(_Assignment("max_words", round(target * 1.1), self.original.strip()))
        if found:
            for match in re.finditer(_WORDS, text):
                self.covered[match.start():match.end()] = [True] * (match.end() - match.start())

    def _language(self) -> None:
        text = self.folded
        match = (
            re.search(r"\b(?:language|langue|lang|idioma|sprache)\s*[:=]?\s*(?:en\s+|in\s+)?" + _LANG, text)
            or re.search(r"\b(?:translate[ds]?|translation|traduis|traduisez|traduire|traduction)\b.{0,30}?\b(?:into|to|in|en|vers l'|vers le)\s+" + _LANG, text)
            or re.search(r"\b(?:in|into|en|to)\s+(?:the\s+)?" + _LANG + r"(?!\s+(?:audience|readers|speakers|press|media|government|market|company|companies))", text)
            or re.search(r"^\s*" + _LANG + r"\s*(?:language|only|uniquement|seulement)?\s*\.?\s*$", text)
            or re.search(r"\b(?:be|write it|keep it|sois|soyez)\s+" + _LANG, text)
        )
        if match:
            self._take(match, "language", LANGUAGE_NAMES[match.group(1)])

    def _subheadings(self) -> None:
        negative = re.search(_NEGATION + r"\s+(?:\w+\s+){0,2}?" + _SUBHEADINGS, self.folded)
        if negative:
            self._take(negative, "subheadings", False)
            return
        positive = re.search(r"\b" + _SUBHEADINGS, self.folded)
        if positive:
            self._take(positive, "subheadings", True)

    def _seo(self) -> None:
        match = re.search(
            r"\bseo(?:[- ](?:compatible|friendly|optimi[sz]ed|ready|optimi[sz]ation|optimise))?\b"
            r"|\bsearch[- ]engine[- ]optimi[sz](?:ed|ation)\b|\bsearch engines?\b"
            r"|\b(?:optimi[sz]ee?|optimized|optimised)\s+(?:pour\s+(?:le\s+)?|for\s+)(?:referencement|seo|google|search)\b"
            r"|\breferencement(?:\s+naturel)?\b|\bgoogle[- ]friendly\b",
            self.folded,
        )
        if match:
            negated = re.search(r"(?:no|pas de|sans|without)\s+$", self.folded[: match.start()])
            self._take(match, "seo", not negated)


_KEYWORD_LABEL = re.compile(r"\b(?:focus[ -]key[ -]?(?:words?|phrases?)|key[ -]?(?:words?|phrases?)|mots?[ -]cles?|expressions?[ -]cles?|tags?)\b")
_CLAUSE_SPLIT = re.compile(r";\s*|,(?!\d{3}\b)\s*|(?<=[.!?])\s+|\s+(?:and|et|&|puis|then)\s+(?=" + _REQUEST_OPENER.pattern.lstrip("^") + ")")


def _split_fragments(text: str) -> list[str]:
    """Clauses of an instruction line: commas (not in 1,200), semicolons, sentence ends,
    and "and"/"et" when a new request follows. A keyword list runs to the end of the line."""
    folded = fold(text)
    keyword_label = _KEYWORD_LABEL.search(folded)
    end = keyword_label.start() if keyword_label else len(text)
    cuts = [0]
    for match in _CLAUSE_SPLIT.finditer(folded, 0, end):
        cuts += [match.start(), match.end()]
    cuts.append(end)
    parts = [text[cuts[i]:cuts[i + 1]] for i in range(0, len(cuts) - 1, 2)]
    return [part for part in parts if part and part.strip(" .")] + ([text[end:]] if keyword_label else [])


def read_line(text: str, *, in_block: bool = False, at_end: bool = False) -> _LineReading:
    """Decide whether one line is an instruction and what it sets."""
    body = _BULLET.sub("", text.strip())
    bracketed = body.startswith("[") and body.endswith("]")
    if bracketed:
        body = body[1:-1].strip()
    folded = fold(body)
    not_instruction = _LineReading([], [], False)
    if (not body or len(body) > 500 or _QUOTE_START.match(body) or _INJECTION.search(folded)
            or _REPORTED_SPEECH.search(folded) or _CONTACT.search(folded)):
        return not_instruction
    key_value = _KEY_VALUE.match(folded)
    if key_value and in_block:
        return _read_key_value(body, key_value)
    assignments: list[_Assignment] = []
    extra: list[str] = []
    for fragment in _split_fragments(body):
        reader = _FragmentReader(fragment)
        reader.read()
        residual = reader.residual_words()
        fragment_folded = fold(fragment.strip())
        is_request = bool(_REQUEST_OPENER.match(fragment_folded) or _CLAUSE_OPENER.match(fragment_folded))
        words_in_fragment = len(fragment.split())
        if reader.assignments and (len(residual) <= 2 or is_request or in_block or words_in_fragment <= 6):
            assignments.extend(reader.assignments)
            # The part of a mapped fragment that asks more than the fields hold goes to the model too.
            if len(residual) > 2 and not any(a.field in ("keywords", "title", "tone", "audience") for a in reader.assignments):
                extra.append(fragment.strip(" ."))
        elif is_request or in_block:
            extra.append(fragment.strip(" ."))
        elif not residual:
            continue
        else:
            return not_instruction
    # A line that only asks (no field) must be a clear request to the writer:
    # at the top, opening with an imperative; at the bottom, naming the text.
    mentions_text = re.search(r"\b(?:article|text|texte|post|content|contenu|piece|billet|rewrite|reecri\w*)\b", folded)
    asks_writer = bool(extra) and (in_block or bool(mentions_text)
                                   or (not at_end and bool(_WRITER_REQUEST.match(folded)) and bool(_WRITING_OBJECT.search(folded))))
    return _LineReading(assignments, extra, bool(assignments) or asks_writer)


_KEY_FIELDS = {
    "language": "language", "langue": "language", "lang": "language",
    "words": "length", "word count": "length", "length": "length", "longueur": "length", "mots": "length",
    "nombre de mots": "length", "taille": "length",
    "min words": "min_words", "minimum words": "min_words", "mots minimum": "min_words", "min": "min_words",
    "max words": "max_words", "maximum words": "max_words", "mots maximum": "max_words", "max": "max_words",
    "keyword": "keywords", "keywords": "keywords", "focus keyword": "keywords", "keyphrase": "keywords",
    "mot-cle": "keywords", "mots-cles": "keywords", "mot cle": "keywords", "mots cles": "keywords",
    "tone": "tone", "ton": "tone", "style": "tone", "registre": "tone",
    "audience": "audience", "public": "audience", "public cible": "audience", "target audience": "audience", "cible": "audience",
    "title": "title", "titre": "title",
    "seo": "seo", "referencement": "seo",
    "subheadings": "subheadings", "headings": "subheadings", "intertitres": "subheadings", "sous-titres": "subheadings",
}
_NO = re.compile(r"^(?:no|non|false|faux|off|n|0|none|aucun)\b")


def _read_key_value(body: str, match: re.Match[str]) -> _LineReading:
    key = match.group("key").strip()
    value = body[match.start("value"):match.end("value")].strip()
    folded_value = fold(value)
    field_name = _KEY_FIELDS.get(key)
    if field_name is None:
        reading = read_line(body)
        return reading if reading.is_instruction else _LineReading([], [body.strip()], True)
    if field_name in ("length", "min_words", "max_words"):
        # Say it as a sentence ("at least 700 words") and read it like any other length request.
        wording = {"min_words": f"at least {value} words", "max_words": f"at most {value} words"}.get(field_name)
        reader = _FragmentReader(wording or (value if re.search(_WORDS, folded_value) else f"{value} words"))
        reader.word_counts()
        return _LineReading(reader.assignments, [], bool(reader.assignments))
    if field_name == "language":
        code = language_code(value.strip(" ."))
        if code:
            return _LineReading([_Assignment("language", code, body)], [], True)
        return _LineReading([], [body.strip()], True)
    if field_name in ("seo", "subheadings"):
        return _LineReading([_Assignment(field_name, not _NO.match(folded_value), body)], [], True)
    if field_name == "keywords":
        values = _quoted(value) or [part.strip(" .") for part in re.split(r",|;|\|", value)]
        return _LineReading([_Assignment("keywords", [v for v in values if v], body)], [], True)
    return _LineReading([_Assignment(field_name, value.strip(" ."), body)], [], True)


def _apply(spec: Spec, reading: _LineReading, warnings: list[str], seen: dict[str, object]) -> None:
    for assignment in reading.assignments:
        name, value = assignment.field, assignment.value
        if name == "keywords":
            spec.keywords.extend(v for v in value if v not in spec.keywords)  # type: ignore[union-attr]
            continue
        if name in seen and seen[name] != value:
            warnings.append(Phrase("instructions.conflict", name=name, first=seen[name], second=value))
        seen[name] = value
        setattr(spec, name, value)
    spec.extra.extend(reading.extra)
    if spec.min_words is not None and spec.max_words is not None and spec.min_words > spec.max_words:
        warnings.append(Phrase("instructions.min_over_max", min_words=spec.min_words, max_words=spec.max_words))
        spec.max_words = None


def parse(text: str) -> ParsedInput:
    """Split text into instruction lines and article lines, and build the Spec."""
    lines = [Line(number, content) for number, content in enumerate(text.split("\n"), start=1)]
    taken: dict[int, _LineReading] = {}
    _take_edge(lines, taken, from_end=False)
    _take_edge(lines, taken, from_end=True)

    spec = Spec()
    warnings: list[str] = []
    seen: dict[str, object] = {}
    for line in lines:
        if line.number in taken:
            _apply(spec, taken[line.number], warnings, seen)
    instructions = [line for line in lines if line.number in taken]
    article = [line for line in lines if line.number not in taken]
    while article and not article[0].text.strip():
        article.pop(0)
    while article and not article[-1].text.strip():
        article.pop()
    return ParsedInput(instructions=instructions, article=article, spec=spec, warnings=warnings)


def _take_edge(lines: list[Line], taken: dict[int, _LineReading], *, from_end: bool) -> None:
    """Take instruction lines (and labelled blocks) from one edge of the file."""
    order = list(reversed(lines)) if from_end else list(lines)
    index = 0
    while index < len(order):
        line = order[index]
        if line.number in taken:
            return
        if not line.text.strip():
            index += 1
            continue
        block = _block_at(lines, line, from_end)
        if block:
            for block_line in block:
                taken[block_line.number] = _read_block_line(block_line, block[0])
            index += len(block)
            continue
        reading = read_line(line.text, at_end=from_end)
        if not reading.is_instruction:
            return
        taken[line.number] = reading
        index += 1


def _block_at(lines: list[Line], line: Line, from_end: bool) -> list[Line]:
    """The labelled block that starts (or, from the end, ends) at this line."""
    if from_end:
        # Walk up the paragraph that ends here and see whether a header starts it.
        start = line.number - 1
        while start > 0 and lines[start - 1].text.strip() and not _is_separator(lines[start - 1].text):
            start -= 1
        group = lines[start:line.number]
        return group if group and _BLOCK_HEADER.match(fold(group[0].text)) else []
    if not _BLOCK_HEADER.match(fold(line.text)):
        return []
    block = [line]
    for following in lines[line.number:]:
        if not following.text.strip() or _is_separator(following.text) or not _is_block_entry(following.text):
            break
        block.append(following)
    return block


def _is_block_entry(text: str) -> bool:
    """A line of a labelled block: a bullet, a "key: value", or an instruction in its own right.
    The article may start right after a one-line block ("Consigne : 600 à 900 mots")."""
    key_value = _KEY_VALUE.match(fold(text.strip()))
    return bool(_BULLET.match(text) or (key_value and key_value.group("key").strip() in _KEY_FIELDS) or read_line(text).is_instruction)


def _is_separator(text: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:-{3,}|\*{3,}|={3,}|_{3,})\s*", text))


def _read_block_line(line: Line, header: Line) -> _LineReading:
    if line is header:
        header_match = _BLOCK_HEADER.match(fold(line.text))
        if header_match is None or not header_match.group("rest"):
            return _LineReading([], [], True)
        return read_line(line.text[header_match.start("rest"):], in_block=True)
    return read_line(line.text, in_block=True)
