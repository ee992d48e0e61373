"""Separate the editor's instructions from the article and turn them into a Spec.

Where: instructions are looked for only at the edges of the file: leading and
trailing lines, a labelled block ("Instructions:", "Consignes :", "Notes pour
le rédacteur", "INSTRUCTIONS" then "- key: value" lines), or a line in square
brackets (also with "|" between its parts).

A brief with no header is recognised by content: a run of lines at the edge of
which at least two set fields, the others being neutral (a header, a label that
names no field, an order number, a greeting or a sign-off), up to the first line
of prose. A short label before a colon ("@Jonas kurze Info zum Artikel: …") is
neutral; directives before a colon and prose after it are a headline.

What: a line is cut into clauses (sentence ends, semicolons, pipes, middle dots,
slashes, commas outside a keyword list, "and" before a new request). Each clause is read
against vocabulary tables in English, French, Spanish, German and Italian
(request openers, language names, length words, markers of minimum, maximum and
"about", subheadings, SEO, keyword/tone/audience/title labels). A line is an
instruction when every clause is made of recognised directive words (a field it
sets, filler words, or a request to the writer). Article prose leaves words
the tables do not know, or shows narrative marks (past tenses, reported
speech, quotes), and is never taken. Pure text work, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rewriter.brief_data import MAX_LINES as DATA_LINES
from rewriter.brief_data import data_block, may_open_data, table_of_figures, unruled_table
from rewriter.messages import Phrase
from rewriter.number_words import digits_for_words
from rewriter.spec import Line, Spec
from rewriter.text import LANGUAGE_LABELS, LANGUAGE_NAMES
from rewriter.text import fold as fold_text

# The same lines and clauses are folded again at each step: remember them.
fold = lru_cache(maxsize=4096)(fold_text)


class _LazyPattern:
    """A regular expression compiled at its first use, not at import. For the families of patterns that
    only a line already looking like a brief reaches (the wordings of a tone, an audience, a title, a
    length, a named language): compiling them all cost about as much as the rest of the import."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def __getattr__(self, name: str) -> object:
        # Called until the first use puts the compiled pattern's methods on the instance.
        compiled = re.compile(self.pattern)
        for method in ("search", "match", "fullmatch", "finditer", "sub"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


class _RememberedPattern:
    """A regular expression whose searches are remembered for the last 4,096 texts: the tests for news and for a language's
    name are asked of one text by the run, the reading of the line and of its clauses and the edge's tests (a line of one
    clause is searched as the line, then as its clause), and of the same clauses again in the next file."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.search = lru_cache(maxsize=4096)(re.compile(pattern).search)
        self.cache_clear = self.search.cache_clear


@dataclass
class ParsedInput:
    instructions: list[Line]
    article: list[Line]
    spec: Spec
    warnings: list[str]
    # Instruction lines that hold fragments the rules could not map (for the model path).
    unmapped_lines: list[Line] = field(default_factory=list)
    embedded: bool = True  # False when the file's own instructions were not read

    @property
    def article_text(self) -> str:
        return "\n".join(line.text for line in self.article)


def _alternatives(words: str, space: str = r"\s+") -> str:
    """A regex alternation of "|"-separated folded phrases, longest first (a space matches `space`, by
    default any run of spaces).

    The phrases are grouped by their first letter, "a(?:t least|bout)|m(?:inimum|ax)": at each character
    the engine tries one group, not every phrase, in the same order as the flat list would (phrases that
    start with different letters cannot both match at one place)."""
    by_first: dict[str, list[str]] = {}
    for phrase in sorted({phrase.strip() for phrase in words.split("|") if phrase.strip()}, key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase[1:])
    return "(?:" + "|".join(re.escape(first) + "(?:" + "|".join(re.escape(rest).replace(r"\ ", space) for rest in rests) + ")"
                            for first, rests in sorted(by_first.items())) + ")"


# ---------------------------------------------------------------------------------------------
# Vocabulary, folded (lower case, no accents), by language: en | fr | es | de | it.
# ---------------------------------------------------------------------------------------------
_SEPARATORS = " .,'’\u00a0\u202f\u2009"
_NUMBER = r"\d+k\d{1,3}\b|\d+(?:[.,]\d+)?\s?k\b|\d{1,3}(?:[ .,'’\u00a0\u202f\u2009]\d{3})+(?!\d)|\d+"
_UNIT_WORDS = r"words?|wds|wrds|mots?|palabras?|w(?:o|oe)rt(?:er|ern|es|e)?|parol[ae]|woorden|palavras"
_UNIT_AFTER_FIGURE = r"(?:(?<=\d)|(?<=\dk))\s?w"  # "800w", "1.2k w"
_UNIT = r"(?:" + _UNIT_WORDS + "|" + _UNIT_AFTER_FIGURE + r")\b"
_LENGTH_LABEL = _alternatives(
    "length|len|word count|wordcount|word-count|word budget|budget de mots|presupuesto de palabras|wortbudget|words|word target|target|objective|goal|size"
    "|longueur|nombre de mots|mots|objectif|taille|volume"
    "|longitud|extension|numero de palabras|palabras|objetivo"
    "|lange|laenge|wortzahl|wortanzahl|umfang|anzahl der worter|worter|ziel"
    "|lunghezza|numero di parole|parole|obiettivo"
    # the length advised: "Nombre de mots conseillé", "Longueur conseillée", "Extensión aconsejada"
    "|nombre de mots conseille|longueur conseillee|extension aconsejada|longitud aconsejada|advised length|advised word count"
)
_RANGE_OPEN = _alternatives("between|from|entre|de|zwischen|von|tra|fra|da|dal|dai|dalle|dagli")
_RANGE_JOIN = r"(?:\s*[-–—]\s*|\s+(?:and|to|et|a|y|al|und|bis|e|ai|alle)\s+(?:(?:le|les|las|los|die|the)\s+)?)"
_MIN_BEFORE = _alternatives(
    "at least|atleast|minimum of|minimum|minimun|min.|min|mind.|mind|no less than|no fewer than|not less than|more than|over|upwards of"
    "|au moins|au minimum|pas moins de|minimum de|plus de|au mini|mini"
    "|al menos|como minimo|minimo|un minimo|por lo menos|no menos de|mas de|un minimum|a minimum|un minimo|ein minimum"
    "|mindestens|wenigstens|nicht weniger als|mehr als|uber|ueber"
    "|almeno|come minimo|minimo di|non meno di|piu di|oltre"
    "|minimum length|min length|minimum word count|longueur minimale|longueur minimum|taille minimale|longitud minima"
    "|extension minima|mindestlange|mindestlaenge|mindestumfang|lunghezza minima"
) + r"|≥|>=|>|\+"
_MIN_AFTER = _alternatives(
    "minimum|minimun|min.|min|mini|or more|at least|ou plus|au moins|au minimum|como minimo|minimo|o mas|al menos"
    "|mindestens|oder mehr|minimum|almeno|o piu|come minimo") + r"|\+"
_MAX_BEFORE = _alternatives(
    "at most|maximum of|maximum|maximun|max.|max|maxi|no more than|not more than|not over|under|below|sous les|sous|en dessous de|less than|fewer than|up to"
    "|no more then|not more then|less then"  # "then" for "than", as learners type it
    "|pas plus de|pas plus que|au plus|au maximum|moins de|jusqu'a|maximum de|como mucho|a lo mucho|tout au plus|at the most"
    "|como maximo|maximo|no mas de|hasta|menos de|a lo sumo|un maximo|un maximum|a maximum|un massimo|ein maximum"
    "|hochstens|hoechstens|maximal|nicht mehr als|bis zu|unter|weniger als|nicht uber|nicht ueber"
    "|que no pase de|no pase de|sin pasar de|sin superar|ne depasse pas|sans depasser|pas au-dela de|non superare|senza superare|non oltre"
    "|non superate|non superi|non deve superare|ne depassez pas|ne depassera pas|don't exceed|do not exceed|no supere|no superes|no sobrepase"
    "|not exceed|not to exceed|without exceeding|no longer than|not longer than|must not exceed|should not exceed|may not exceed|shall not exceed"
    "|ne pas depasser|ne doit pas depasser|ne devra pas depasser|ne devrait pas depasser|pas plus long que|ne depassant pas"
    "|no superar|no debe superar|no debera superar|no deberia superar|no exceder|sin exceder|no mas largo que"
    "|nicht langer als|nicht laenger als|sans exceder|sans excéder|ne pas exceder|n'excedant pas|ohne zu uberschreiten|nicht uberschreiten"
    # a limit, and a verb's form of "exceed": "dans une limite de 500 mots", "not exceeding 750 words", "limitato a 400 parole"
    "|dans une limite de|dans la limite de|limite a|limitee a|limite de|within a limit of|within|limited to|not exceeding|n'excedant pas"
    "|le limiter a|la limiter a|limit it to|limitarlo a|limitarla a|limitalo a|limitala a"  # ("il est conseillé de limiter à 800 mots un article")
    "|que no exceda|que no supere|sin sobrepasar|limitado a|limitada a|begrenzt auf|non eccedente|non superiore a|limitato a|limitata a|entro un massimo di"
    "|non deve superare|non dovra superare|non dovrebbe superare|non superi|non piu lungo di"
    "|al massimo|massimo|non piu di|fino a|meno di|sotto le|entro le|entro"
    "|maximum length|max length|maximum word count|longueur maximale|longueur maximum|taille maximale|longitud maxima"
    "|extension maxima|maximallange|hochstlange|hoechstlaenge|lunghezza massima"
) + r"|≤|<=|<"
_MAX_AFTER = _alternatives(
    "maximum|maximun|max.|max|maxi|or less|or fewer|at most|tops|hard cap|hard limit|ou moins|au plus|au maximum|grand maximum|grand max|pas plus|no more"
    "|como maximo|maximo|o menos|como mucho|hochstens|hoechstens|maximal|oder weniger"
    "|al massimo|massimo|o meno"
    "|nicht uberschreiten|nicht ueberschreiten|nicht ubersteigen|nicht uebersteigen")
_ABOUT_BEFORE = _alternatives(
    "about|around|approximately|approx.|approx|roughly|some|circa|ca.|ca|like|tipo|genre|en plan|so etwa|so ca.|so ca|sowas wie"
    "|environ|autour de|a peu pres|aux alentours de|dans les"
    "|aprox.|aprox|aproximadamente|alrededor de|unos|unas|cerca de|en torno a"
    "|ungefahr|ungefaehr|etwa|rund|zirka|circa|um die"
    "|intorno a|intorno alle|intorno ai|attorno a|attorno alle|all'incirca|approssimativamente|sulle|piu o meno|plus ou moins|mas o menos|more or less|mehr oder weniger"
) + r"|~|≈"
_ABOUT_AFTER = _alternatives(
    "or so|approx.|approx|approximately|environ|environs|a peu pres|plus ou moins|aprox.|aprox|aproximadamente|mas o menos"
    "|ungefahr|circa|etwa|piu o meno|circa|all'incirca")

_LANGUAGE_LABEL = _alternatives(
    "language|target language|output language|lang|langue|langue cible|langue de redaction|idioma|lengua|idioma de destino|idioma destino"
    "|lengua de destino|langue d'arrivee|langue de destination|lingua d'arrivo|target locale|locale"
    "|sprache|zielsprache|lingua|lingua di destinazione")
_LANGUAGE_PREPOSITION = _alternatives("in|into|to|en|al|auf|ins|nel|in lingua|vers l'|vers le|a l'")
# Country names look like language names (and differ by one letter): never a language.
_COUNTRIES = frozenset("france germany spain italy england espagne allemagne italie angleterre espana alemania "
                       "italia inglaterra frankreich spanien italien deutschland francia germania spagna russia ukraine "
                       "china japan greece turkey poland sweden norway denmark finland romania portugal netherlands "
                       "holland korea catalonia britain".split()) - {"italien"}
# Adjectives as in "version anglaise", "versión inglesa", "englische Fassung", "versione inglese".
_ADJECTIVES = {"anglaise": "en", "francaise": "fr", "espagnole": "es", "allemande": "de", "italienne": "it", "portugaise": "pt",
               "inglesa": "en", "francesa": "fr", "espanola": "es", "alemana": "de", "italiana": "it", "portuguesa": "pt",
               "englischen": "en", "franzosischen": "fr", "spanischen": "es", "deutschen": "de", "italienischen": "it",
               "englischer": "en", "franzosischer": "fr", "spanischer": "es", "deutscher": "de", "italienischer": "it",
               "spagnola": "es", "tedesca": "de", "portoghese": "pt", "olandese": "nl",
               "spanische": "es", "deutsche": "de", "italienische": "it", "portugiesische": "pt", "niederlandische": "nl",
               "englisches": "en", "franzosisches": "fr", "spanisches": "es", "deutsches": "de", "italienisches": "it"}
_NAMES = {name: code for name, code in {**LANGUAGE_NAMES, **_ADJECTIVES}.items() if name not in _COUNTRIES}
_NAME_PATTERN = "(" + _alternatives("|".join(_NAMES)) + r")\b"
# "UK English", "US English", "British English", "español latino": still the language.
_VARIETY = _alternatives("uk|us|british|american|plain|simple|standard|international|european|castilian|swiss|belgian|canadian|austrian")
# A region after the code: "fr-CA", "en_GB", and after a slash a country that is no language code ("EN/US"; "EN/FR" says two).
_REGION = r"(?:[-_][a-z]{2}|/(?:us|uk|gb|ca|au|nz|ie|za|ch|be|lu|at|mx|ar|co|cl|pe|br))"
_CODE_PATTERN = r"(" + "|".join(sorted(LANGUAGE_LABELS)) + r")" + _REGION + r"?\b"
# Alone on a clause, only the codes of the languages briefs ask for: "UK", "NO", "CA" say other things.
_BARE_CODE_PATTERN = r"(en|fr|es|de|it|pt|nl)" + _REGION + r"?\b"

_SUBHEADINGS = _alternatives(
    "subheadings|subheading|sub-headings|sub-heading|sub headings|subheads|subhead|subtitles|subtitle|sub-titles"
    "|headings|headers|section headers|section headings|h2s|h2|h3s|h3|h2/h3|crossheads"
    "|intertitres|intertitre|inter-titres|sous-titres|sous-titre|sous titres|sous titre"
    "|subtitulos|subtitulo|encabezados|secciones|intertitulos|ladillos|ladillo"
    "|zwischenuberschriften|zwischenueberschriften|zwischenuberschrift|zwischentiteln|zwischentitel|uberschriften|ueberschriften"
    "|sottotitoli|sottotitolo|sotto titoli|sotto-titoli|titoletti|titoletto|intertitoli|intertitolo|paragrafi titolati"
    "|titoli intermedi|titolo intermedio|titulos intermedios|titres intermediaires|epigrafes|epigrafe|titolini|titolino"
    "|sottotitoletti|intertitulares|cross-heads|crossheadings|subheds|zwischenzeilen|sous-parties|sections h2"
    # the desk's short words: "pas de Hn", "no subs", "des petits titres dedans"
    "|hn|subs|petits titres|petits sous-titres|petits intertitres"
    "|titoli di paragrafo|titres de paragraphe|titulos de parrafo|paragraph titles|paragraph headings|absatzuberschriften"
    "|h2/h3-struktur|h2-struktur|h2/h3-structure|structure h2/h3|estructura h2/h3|struttura h2/h3") + r"\b"
_NEGATION = _alternatives(
    "no|not|never|not put|don't|do not|dont|without|skip|skip the|avoid|avoiding|don't use|don't add|don't put|do not use|do not add|do not include|don't include|not any"
    "|no need for|pas besoin de|pas besoin d'|no hace falta|no hacen falta|kein bedarf an|non servono|non serve"
    # "inutile de l'optimiser pour le référencement", "pas la peine de faire du SEO"
    "|inutile de l'|inutile d'|inutile de faire du|inutile de faire de la|pas la peine de l'|pas la peine d'|pas la peine de faire du"
    "|c'est pas la peine de faire du|ce n'est pas la peine de faire du|non c'e bisogno di|non c'e bisogno della|no es necesario el|no es necesaria la"
    "|sans|pas de|pas d'|pas des|aucun|aucune|evite|evitez|eviter|ne mets pas de|ne mettez pas de|ne pas mettre de|ne mets pas d'|ne mettez pas d'|ne pas mettre d'"
    "|sin|ningun|ninguna|no uses|no pongas|no incluyas|evita|nada de|cero"
    "|ohne|keine|kein|keinerlei|verzichte auf|verzichten sie auf"
    "|senza|niente|nessun|nessuna|non usare|non mettere|evita"
    # "sans vous occuper du référencement", "don't worry about SEO"
    "|sans vous occuper du|sans vous occuper des|sans vous occuper de la|sans te soucier du|ne vous occupez pas du|ne vous souciez pas du"
    "|don't worry about|do not worry about|no need to worry about|don't bother with|do not bother with|no need to bother with|ne vous embetez pas avec|no te preocupes por el|no se preocupe por el|non preoccuparti del|non preoccupatevi del"
    "|remove|remove the|drop|drop the|supprimer|supprime|supprimez|enlever|enleve|enlevez|quitar|quita|quite|eliminar|elimina|elimine"
    "|entfernen|entferne|streichen|streiche|togliere|togli|rimuovere|rimuovi|eliminare")
# Search engines, named in each language: asking for them is asking for SEO ("pour les moteurs de recherche").
_SEARCH_ENGINES = "search engines?|moteurs de recherche|buscadores|motores de busqueda|suchmaschinen|motori di ricerca"
_SEO = (r"\bseo(?:[- ]?(?:compatible|friendly|optimi[sz]ed|optimi[sz]ation|optimise|optimisee|ready|optimiert\w*|"
        r"freundlich\w*|optimizado|optimizada|ottimizzat[oa]))?\b"
        r"|\bsearch[- ]engine[- ]optimi[sz](?:ed|ation)\b|\bsearch engines?\b"
        r"|\bseo[- ](?:tauglich|gerecht|konform|compatibile|compatible)\w*|\bcompatib(?:le|ile)\s+(?:con\s+|avec\s+(?:le\s+)?|with\s+)?(?:el\s+|il\s+|lo\s+)?seo\b"
        r"|\bin ottica seo\b|\b(?:optimi[sz]\w*|ottimizza\w*|optimiz\w*)\s+(?:\S+\s+){1,3}?(?:pour|for|para|per|fur)\s+(?:les |los |die |i |the )?"
        r"(?:google|" + _SEARCH_ENGINES + r")\b"
        r"|\b(?:optimi\w*|ottimizza\w*)\s+(?:pour|for|para|per|fur)\s+(?:le |la |el |i |les |los |die |the )?"
        r"(?:referencement|seo|google|search|mot-cle|mot cle|mots-cles|keyword|keywords|keyphrase|palabra clave|parola chiave|" + _SEARCH_ENGINES + r")\b"
        r"|\b(?:rank|ranks|ranking|ranken|posicione|posicionar|posiciona|positionner|posizionare|posizioni)\w*\s+(?:\w+\s+){0,2}?(?:en|on|in|auf|su|sur|bei)\s+google\b"
        r"|\breferencement(?:\s+naturel)?\b|\bposicionamiento(?:\s+(?:web|seo))?\b"
        r"|\bsuchmaschinen[- ]?optimi(?:ert|erung)\w*\b|\bgoogle[- ]friendly\b|\b(?:" + _SEARCH_ENGINES + r")\b"
        r"|\bbien referencee?s?\b|\breferencee?s? (?:sur|dans) google\b|\brank(?:s|ing)? (?:well|high|higher) (?:on|in) google\b"
        r"|\b(?:bien )?posicionad[oa]s? en google\b|\bgut (?:bei|in) google ranken\b|\bposizionarsi bene\b|\bben posizionat[oa] su google\b"
        r"|\b(?:fur|for|pour|para|per)\s+(?:die\s+|les\s+|los\s+|i\s+|the\s+)?(?:" + _SEARCH_ENGINES + r"|google)\s+(?:optimi\w+|ottimizza\w*)")

_SEO_PATTERN = re.compile(_SEO)
# "et optimisé pour le mot-clé « … »": the clause before a keyword's label
_OPTIMISED_FOR_END = re.compile(r"\b(?:optimi[sz]\w*|ottimizzat\w*|optimiert)\s+(?:pour|for|para|per|fur|auf)(?:\s+(?:le|la|les|the|el|il|die|den|das))?\s*$")
_SUBHEADING_SPELLINGS = ("subheadings", "subheading", "intertitres", "sous-titres", "subtitulos", "zwischenuberschriften",
                         "zwischentitel", "sottotitoli", "intertitoli")
# Only words that start like one of them are compared letter by letter.
_SUBHEADING_TYPO = re.compile(r"\b(?:sub|int|sou|zwi|sot)[a-z-]{5,}")
# "Subheadings not needed", "SEO inutile": the negation after its noun.
_NOT_NEEDED = re.compile(r"\s*(?:are\s+|is\s+|sont\s+|son\s+|sind\s+|sono\s+)?" + _alternatives(
    "not needed|not required|not necessary|unnecessary|not wanted|inutile|inutiles|pas necessaire|pas necessaires|superflus"
    "|non necessaire|non necessaires|c'est pas la peine|ce n'est pas la peine|pas la peine|pas utile|ne sert a rien|nicht notwendig"
    "|innecesario|innecesarios|no necesario|no necesarios|nicht notig|nicht noetig|nicht erforderlich|unnotig|non necessario"
    "|non necessari|superflui|inutili|nicht zu verwenden|nicht verwenden|zu vermeiden|nicht erwunscht|nicht gewunscht|not to be used"
    "|to be avoided|a eviter|a proscrire|proscrits|interdits|a evitar|prohibidos|da evitare|vietati|non ammessi"
    # said by who needs it: "Suchmaschinenoptimierung brauche ich nicht", "SEO we don't need"
    "|brauche ich nicht|brauchen wir nicht|we don't need|i don't need|on n'en a pas besoin|no lo necesito|no la necesito|no lo necesitamos"
    "|non mi serve|non ci serve") + r"\b")
_LANGUAGE_AFTER_PREPOSITION = re.compile(r"(?:\b" + _LANGUAGE_PREPOSITION + r"|->|→|=>|⇒)\s+(?:the\s+|l'|el\s+|lo\s+|il\s+)?"
                                         r"(?:(?:us|uk|gb)\s+)?([a-z]{4,})\b(?!')(?:\s+([a-z]{4,})\b(?!'))?")  # "in US English"
# "in English press", "en anglais pour les médias": the language of something else.
_NOT_LANGUAGE_NOUN = re.compile(r"\s+(?:audience|readers|speakers|press|media|government|market|compan\w+|version of|word|term)\b")
# Only an article is left out of the readers: a possessive is part of how the brief names them ("mes patients", "unsere Stammgäste").
_READER_DETERMINER = r"(?:the\s+|les\s+|des\s+|los\s+|las\s+|i\s+|gli\s+|le\s+|die\s+)?"
_VERB_LAST = (r"(?:\s+(?:um|neu)?\s*(?:umschreiben|schreiben|ubersetzen|kurzen|uberarbeiten|verfassen|formulieren|umformulieren|aufbereiten"
              r"|umzuschreiben|zu schreiben|zu ubersetzen|zu kurzen|zu uberarbeiten|zu verfassen|umzuformulieren|aufzubereiten|bearbeiten"
              r"|zu bearbeiten)|\s+(?:um|neu|ab|auf))?")  # "schreiben Sie den Text für unsere Mitglieder um": the verb's particle last
# "On écrit pour les familles du quartier", "we write for": whom the sender's texts are for.
_READERS = _LazyPattern(r"\s*(?:(?:celui-ci|celle-ci|this one|este|questo|dieser)\s+)?(?:(?:it\s+|this\s+|it's\s+|it is\s+|c'est\s+|es\s+|e\s+|ist\s+)"
                        r"(?:(?:mostly|mainly|surtout|plutot|sobre todo|soprattutto|vor allem|eher)\s+)?|que es\s+|on ecrit\s+|nous ecrivons\s+|we write\s+|(?:donc|so|and|et|y|e|und|alors|quindi|entonces)\s+"
                        r"|we're writing\s+|escribimos\s+|scriviamo\s+|wir schreiben\s+)?(?:for|pour|para|per|fur)\s+" + _READER_DETERMINER
                        + r"([a-z][\w'. -]{2,60}?)" + _VERB_LAST + "$")
# The readers end the clause, or a polite word ends them: "Für Pendler im Grossraum Zürich bitte auf Deutsch".
_READERS_AFTER = _LazyPattern(r"\b(?:for|pour|para|per|fur)\s+" + _READER_DETERMINER + r"([a-z][\w'. -]{2,60}?)" + _VERB_LAST
                              + r"(?:$|(?=\s+(?:bitte|please|pls|svp|stp|por favor|per favore)\s))")
# "for this one", "pour le client": whom the text is for, not who reads it.
# Whom a brief is addressed to, in the five languages: "Notes for the writer", "Indicaciones para el redactor".
_WRITER_NOUNS = ("writer|rewriter|copywriter|author|freelancer|freelance|journalist|redacteur|redactrice|redac|auteur|pigiste|journaliste"
                 "|redactor|redactora|autor|periodista|autorin|texter|texterin|redattore|redattrice|autore|autrice|scrittore"
                 "|scrittrice|giornalista|translator|traducteur|traductrice|traductor|traductora|traduttore|traduttrice|ubersetzer|ubersetzerin")
# Whoever orders the text, in the five languages: what they say, want or give as a reason is said to the writer.
_ORDERER = _alternatives(
    "client|customer|editor|editor-in-chief|managing editor|boss|desk|chef|cheffe|redac|redac chef|redacteur en chef|redactrice en chef"
    "|redaction|cliente|jefe|jefa|director|directora|redactor jefe|redactora jefe|redaccion|kunde|kundin|chefin|chefredaktor"
    "|chefredaktorin|chefredakteur|chefredakteurin|redaktion|caporedattore|caporedattrice|capo|direttore|direttrice|redazione"
    "|direction|direccion|direzione|geschaftsfuhrung"
)
_WEEKDAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes"
             "|miercoles|jueves|viernes|sabado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedi|martedi"
             "|mercoledi|giovedi|venerdi|sabato|domenica")
# The small businesses and bodies that order a text: they sign it, head its letter, and are no readers ("pour notre clinique").
_BUSINESSES = ("boulangerie|patisserie|boucherie|fromagerie|brasserie|quincaillerie|librairie|pharmacie|magasin|boutique|bakery|shop|store|hotel"
               "|restaurant|panaderia|pasteleria|cafe|backerei|pasticceria|panetteria|ristorante|albergo|tienda|negozio|laden|clinique|clinica|clinic"
               "|praxis|cabinet|camping|chateau|domaine|vignoble|weingut|bodega|cantina|winery|cooperative|cooperativa|genossenschaft|atelier|garage"
               "|ferme|gite|auberge|municipalite|administration communale|academie|academia|akademie|accademia")
# The local bodies that order texts and sign letters: not readers, but senders.
_LOCAL_BODIES = "club|association|asociacion|associazione|verein|mairie|ayuntamiento|comune|gemeinde|paroisse|parroquia|parrocchia|pfarrei"
_CLIENT_NOUNS = "client|customer|cliente|kunde|kundin"
_NOT_READERS = _LazyPattern(r"(?:this one|celui-ci|celle-ci|celui-la|celle-la|aujourd'hui|today|hoy|oggi|heute"
                            r"|this|that|these|those|it|me|us$|him|them|now|ce|cet|cette|ca|celui|celle|ceux|celles|moi|nous|lui|esto|este|esta|eso|mi|nos$"
                            r"|dies|diesen|mich|uns|questo|questa|noi|(?:" + _CLIENT_NOUNS + r")$|boss"
                            # "c'est pour le client de Berlin": the one who orders; "pour lundi": when it is due
                            # (German "Kunden" are customers, readers, unless "unseren Kunden X": the client, named)
                            r"|(?:(?:the|our|le|notre|el|nuestro|il|il nostro|der|den|unser|un|una|ein|einen)\s+)?"
                            r"(?:" + _CLIENT_NOUNS + r")\s+[a-z][\w' -]*|unseren kunden\s+[a-z][\w' -]*"
                            # the order itself, with its number or its client: "pour la job de Hydro-Sud", "for job 7731"
                            r"|(?:la |le |the |el |il |den |das )?(?:job|mandat|mandato|commande|order|pedido|encargo|ordine|auftrag|dossier)"
                            r"(?:\s*(?:n[o°.]?\s*|#|nr\.?\s*)?\d[\w/-]*|\s+(?:de|d'|du|of|for|del|di|von|fur)\s+[\w' -]+)$|(?:" + _WEEKDAYS + r"|demain|tomorrow|manana|morgen|domani"
                            r"|tonight|ce soir|eod|asap)$"
                            # a time of the year: "pour le week-end", "for the holidays", "per l'estate"
                            r"|(?:le |la |les |l'|the |el |las |il |lo |das |die )?(?:week-?end|fin de semaine|fin de semana|wochenende|fine settimana|vacances"
                            r"|holidays|vacaciones|ferien|vacanze|rentree|noel|christmas|navidad|weihnachten|natale|paques|easter|ete|summer|verano|sommer"
                            r"|hiver|winter|invierno|inverno|l'estate)$"
                            # "pour info", "for reference", "per conoscenza": for the writer's knowledge
                            r"|(?:info|information|reference|your information|memoire|rappel|conoscenza|informazione|informacion|kenntnis)$"
                            # "es para un trabajo de clase": a task is no reader
                            r"|(?:un |a |une |ein |uno |una |mi |my |mon |ma |il mio |mein )?(?:trabajo|assignment|homework|devoir|expose|hausaufgabe|hausarbeit"
                            r"|referat|compito|tesina|tarea)(?:\s+(?:de|d'|di|for|pour|para|fur|zum|of)\s+[\w' -]+)?$"
                            # whom the brief is addressed to: "Notes for the writer", "Consignes pour le rédacteur"
                            r"|(?:" + _WRITER_NOUNS + r")$"
                            r"|editor|desk|redaction|redaktion|redazione|rewrite|rewriting|reecriture|translation|traduction|article|articles"
                            r"|articulo|articolo|artikel|text|texte|texto|testo|piece|post|story|job|task|one"
                            # "Pour l'article sur notre fête de quartier": the text itself, with its article; the dispatch it comes from;
                            # a reading ("pour une lecture sur GSM")
                            r"|(?:l'|the\s+|el\s+|il\s+|lo\s+|das\s+|den\s+|la\s+|une?\s+|an?\s+)?(?:article|articulo|articolo|artikel|text|texte|texto|testo"
                            r"|piece|post|story|papier|pezzo|beitrag|depeche|dispatch|wire|teletipo|meldung|agenturmeldung|lancio|lecture|reading|lectura"
                            r"|lettura)\b"
                            # the client, named with what it is ("our Paris client", "notre client lyonnais")
                            r"|(?:our |notre |nuestro |il nostro |unser |unseren )?(?:[\w-]+\s+)?(?:client|customer|cliente|kunde)$"
                            r"|each|every|chaque|cada|jeden|jede|jedes|ogni|tout|toute|tous"
                            # a desk: "for the regional desk"
                            r"|(?:[\w-]+\s+){0,2}(?:desk|newsroom|redaction|redaktion|redazione|redaccion)$"
                            # what it is for, not who: "pour diffusion sur le fil", "c pour mon cours"
                            r"|(?:la |une |a |the )?(?:diffusion|publication|broadcast|distribution|difusion|pubblicazione|veroffentlichung)\b"
                            r"|(?:mon |ma |my |mi |il mio |mein |meinen )?(?:cours|course|class|clase|corso|kurs|unterricht)\b"
                            # "Thanks for taking this on": what someone did
                            r"|[a-z]+ing\s+(?:this|that|it|the time|care|part|on)\b"
                            # the business or the body that orders ("c'est pour la boulangerie"): not its readers
                            r"|(?:(?:la|le|l'|the|el|il|die|der|das|our|notre|nuestra|nuestro|mi|ma|mon|my|unsere|unser|la mia|il mio)\s*)?"
                            r"(?:(?:[\w-]+\s+)?(?:" + _BUSINESSES + r")|commune|" + _LOCAL_BODIES + r"|entreprise|company|empresa|azienda|firma|agence|agency|agencia|agenzia|agentur"
                            r"|partenaire|partner|partners|socio comercial)(?!(?:\s+[\w'-]+){0,4}?\s+(?:members|membres|adherents|socios|soci|mitglieder|parents|families|familles|players|organi[sz]ations|schools|associations|companies"
                            r"|joueurs|fans|supporters|clients|customers|staff|employees|salaries|volunteers|benevoles)\b)(?:\s+[\w'-]+){0,5}$)(?![\w-])")
_PEOPLE_OF_CHANNEL = re.compile(r"\b(?:followers?|readers|subscribers|fans|users|abonnes|abonnees|lecteurs|lectrices|seguidores|suscriptores|lectores"
                                r"|usuarios|leser|leserinnen|abonnenten|nutzer|follower|lettori|iscritti|utenti|abbonati"
                                r"|auditeurs|auditrices|listeners|oyentes|horer|ascoltatori|viewers|spectateurs|telespectateurs|zuschauer)\b")


def _names_channel(readers: str) -> bool:
    """ "our Milan edition", "la page actualités": where the text goes, said in the first words of the would-be readers
    ("abbonati della nostra rivista" are readers)."""
    # "our Instagram followers" read; "the client's new ES site" is a channel, named last; "les aînés de l'émission du matin" are
    # people of a channel, named before it
    head = _OF_SOMETHING.split(readers, maxsplit=1)[0].split()
    return bool(head and (_CHANNELS.search(" ".join(head[:3])) or _CHANNELS.fullmatch(head[-1]))) and not _PEOPLE_OF_CHANNEL.search(readers)


_OF_SOMETHING = re.compile(r"\s+(?:de|du|des|of|del|della|dei|di|von|vom|from)\s+")


# Where a text is published is not who reads it: "pour le web" is no audience.
# Where a text is published, in the five languages (German compounds included: "Vereinszeitung", "Gemeindeblatt").
_PUBLICATION = (r"\w*(?:zeitung|blatt|magazin|seite|portal)|web|blog|site|website|homepage|page|pagina|portail|portale|newsletter|magazine"
                r"|revista|rivista|zeitschrift|bulletin|boletin|notiziario|journal|giornale|periodico|column|columna|colonna|rubrique|section"
                r"|seccion|sezione|rubrik|rubrica|edition|edicion|ausgabe|edizione|supplement|suplemento|inserto|print|print edition"
                r"|shop|store|onlineshop|webshop|boutique|tienda|negozio|layout|printlayout|mise en page|maquette|impaginazione|maquetacion"
                r"|market|marche|mercado|markt|mercato"
                # what is printed and handed out: "c'est pour une lettre papier", "for the local paper", "for the match-day programme"
                r"|paper|newspaper|lettre|lettre d'info|letter|newsletter|lettera|flyer|leaflet|brochure|depliant|tract|plaquette|folleto|volantino"
                r"|programme|program|programm|programa|programma|affiche|poster|cartel|locandina|plakat"
                # an issue of it: "for the Easter issue", "pour le numéro de juin"
                r"|issue|numero|nummer"
                r"|sito|sitio|webseite|internetseite|livret|catalogue|catalogo|katalog|opuscolo|heft|broschure|rapport"
                r"|report|informe|relazione|dossier|album|annuaire|guia|guida|fiche|ficha|scheda"
                # a notice board, a parish sheet, paper itself: "per la bacheca", "per il giornalino", "es para papel"
                r"|bacheca|giornalino|bollettino|insta|papel|papier|panneau|tableau d'affichage|vitrine|tablon|aushang|schwarzes brett"
                r"|feuille|feuille d'informations|hoja|hoja informativa|gemeindebrief|pfarrbrief|intranet|extranet"
                # a paper's name: "pour l'Écho de la paroisse", "pour la Gazette du quartier", "for the Courier"
                r"|echo|gazette|courrier|courier|depeche|messager|gazzetta|gaceta|infolettre|courriel|fil info|fil d'actu|fil|news feed|feed|ticker"
                # on air: "c'est pour la radio", "pour l'émission du dimanche"
                r"|radio|emission|podcast|antenne|ondes|sendung|programa de radio|trasmissione")
_CHANNELS = _LazyPattern(r"\b(?:" + _PUBLICATION + r"|internet|online|en ligne|google|mobile|social media|reseaux sociaux|linkedin|facebook|instagram"
                         r"|twitter|x|" + _SEARCH_ENGINES + r")\b")
# A keyword label: a core noun ("keywords", "mots-clés", "palabras clave", "Schlüsselwörter", "parole chiave"),
# with the qualifiers editors put around it ("main", "LSI", "secondaires", "Haupt-", "Neben-", "correlate").
# "KW2", "MC" (mot-clé), "MC2": the abbreviations of order forms.
_KEYWORD_CORE = (r"(?:(?:haupt|neben|fokus|focus|lsi|seo|long[ -]?tail)[ -]?)?(?:key[ -]?(?:words?|phrases?)|kws?\d?|mcs?\d?|mots?[ -]cles?|expressions?[ -]cles?"
                 r"|(?:target|search) quer(?:y|ies)"
                 r"|phrases? cles?|frases? clave|frase chiave|frasi chiave|schlusselphrasen?"
                 r"|requetes?(?:\s+cibles?)?|palabras?[ -]claves?|schlusselw(?:o|oe)rt(?:er)?|schlagw(?:o|oe)rt(?:er)?|suchbegriffe?"
                 r"|parol[ae][ -]chiave|search terms?)")
# The phrase an SEO brief focuses on: "SEO focus: …", "an SEO focus on "…"", "Focus SEO : …", "SEO-Fokus: …".
_SEO_FOCUS = r"seo[ -]focus|focus[ -]seo|seo[ -]fokus|fokus[ -]seo|enfoque seo|foco seo"
# The qualifiers that name the focus keyphrase: "MC principal", "focus kw", "Keyword (Fokus)".
_FOCUS_QUALIFIER = "focus|fokus|main|primary|principal|principale|haupt|foco|target|cible|1st|first|obiettivo|objetivo"
_KEYWORD_QUALIFIER = _alternatives(
    "main|focus|primary|secondary|other|additional|target|lsi|related|supporting|semantic|long tail|long-tail|seo|principal|principale"
    "|1st|2nd|3rd|first|second|third|a placer|a inserer|a utiliser|to use|to include|a incluir|a usar|da inserire|da usare|zu verwenden"
    "|principales|principaux|secondaire|secondaires|secundaria|secundarias|secundario|secundarios|secondaria|secondarie|secondari"
    "|correlate|correlati|correlata|relacionadas|relacionados|associes|associees|lies|liees|cible|cibles|foco|objetivo|obiettivo"
    "|weitere|andere|zusatzliche|sekundare|autres|otras|otros|altre|altri|de soutien|de apoyo|di supporto|supplementaires|adicionales"
    # the order they come in: "Mots-clés dans l'ordre :", "Keywords in this order:"
    "|dans l'ordre|dans cet ordre|in this order|in order|en este orden|en orden|in dieser reihenfolge|in reihenfolge|nell'ordine"
    "|in quest'ordine|in questo ordine"
    )
# Qualifiers that open a second list alone, after a first one: "…«recetas veganas», secundarias: comida sin carne".
_LONE_QUALIFIERS = ("secondary|secondaires|secundarias|secundarios|secondarie|secondari|nebenkeywords|related|correlate|correlati"
                    "|correlata|relacionadas|relacionados|associes|associees|lsi|sekundare|zusatzliche")
# A keyword label's words, with its qualifiers before or after: "main keyword", "mots-clés secondaires", "Haupt-Keyword".
_KEYWORD_NAME = r"(?:(?:" + _KEYWORD_QUALIFIER + r")[ -])?" + _KEYWORD_CORE + r"(?:\s+(?:" + _KEYWORD_QUALIFIER + r"))?"
# The focus keyphrase's label: "focus keyword", "MC principal", "Keyword (Fokus)".
_FOCUS_NAME = rf"(?:(?:{_FOCUS_QUALIFIER})[ -]?{_KEYWORD_CORE}|{_KEYWORD_CORE}\s+\(?(?:{_FOCUS_QUALIFIER})\b)"
_KEYWORD_LABEL = _LazyPattern(
    r"\b" + _KEYWORD_NAME +
    r"(?:\s*\([^()]{0,30}\))?"
    r"(?:\s*[:=]\s*|\s*(?:->|→|=>)\s*|\s+[-–—]\s+|[ ]*\t\s*|\s+(?:is|are|est|sont|es|son|ist|sind|e)\s*:?\s*(?=[\"“«‘'„])|\s*(?=[\"“«‘'„]))"
    # After a list on the same line, the qualifier alone: "…«recetas veganas», secundarias: comida sin carne".
    r"|\b(?:" + _LONE_QUALIFIERS + r")(?:\s*:\s*|\s+(?=[\"“«‘'„]))"
    r"|^\s*(?:others|other ones|autres|otras|otros|altre|altri|weitere)\s*:\s*"
    r"|\balso (?:use|include|add|work in|mention)\s*:\s*"
    r"|\b(?:" + _SEO_FOCUS + r")\s*[:=]\s*"
    # a list after "for SEO": "Palabras clave para el SEO: a, b" ("Keywords for SEO: a dying art" is a kicker)
    r"|\b" + _KEYWORD_NAME + r"\s+(?:pour|for|para|per|fur)\s+(?:le |la |el |il |l'|den |die )?(?:seo|referencement|posicionamiento|google)\s*:\s*(?=[^.;:!?]+,)"
    # quoted phrases after "SEO :": 'SEO : « French wine exports », « tariffs »' ("SEO : « oui »" answers the field)
    r"|\bseo\s*:\s*(?=[\"“«„](?!\s*(?:oui|non|yes|no|si|ja|nein)\b)(?:[^\"“”«»„]{1,60}[\"”»“]\s*(?:,|and|et|y|und|e)?\s*[\"“«„]?)+[.;!]?\s*$)"
)
# Inside a list, the qualifier before its item: "…: dentista en Sevilla, secundaria: ortodoncia invisible" (a line opening
# on "Secundaria:" is a school's news).
_SECONDARY_WORDS = r"secondaires?|secondary|secundari[ao]s?|secondari[ao]|secondarie"
_ITEM_QUALIFIER = re.compile(r"^\s*(?:" + _SECONDARY_WORDS + r")\s*[:=]\s*", re.IGNORECASE)
_QUALIFIER_LABEL = re.compile(r"(?:" + _KEYWORD_QUALIFIER + r"|suivants|suivantes|siguientes|seguenti|folgenden)\s*:\s*")  # ("mots-clés suivants :")
# Each wording above ends on a colon, an equals sign, an arrow, a dash between spaces or before an opening quote: a clause
# with none of these holds no label and is not searched (most are not; "Centre-Val" has no dash between spaces).
_KEYWORD_LABEL_END = re.compile("[:=\"“«‘'„\t>→]|\\s[-–—]\\s")
_MARK_AFTER_ITEM = re.compile(r"\s+[?!]+\s*$")  # the sentence's "?" or "!" after a list's last item


_TONE_WORD_LIST = (
    "formal|informal|casual|friendly|fun|professional|neutral|conversational|journalistic|humorous|serious|engaging|playful"
    "|authoritative|warm|didactic|educational|persuasive|objective|factual|upbeat|concise"
    "|formel|informel|decontracte|amical|professionnel|neutre|journalistique|humoristique|serieux|pedagogique|engageant"
    "|chaleureux|persuasif|objectif|factuel|dynamique|leger"
    "|formal|informal|cercano|profesional|neutro|divertido|serio|didactico|ameno|objetivo"
    "|formell|locker|sachlich|freundlich|neutral|professionell|humorvoll|seriös|serios"
    "|formale|informale|amichevole|professionale|neutro|ironico|serio|didattico|leggero|colloquiale"
    "|light|lighthearted|light-hearted|chatty|lively|witty|cheeky|punchy|relaxed|sober|accessible|approachable|inspiring|reassuring"
    "|empathetic|enthusiastic|optimistic|practical|ironic|pragmatic|informative|trustworthy|expert"
    "|vivant|enjoue|bienveillant|rassurant|sobre|ironique|optimiste|inspirant|empathique|informatif|expert|accessible"
    "|desenfadado|riguroso|divulgativo|optimista|sobrio|empatico|inspirador|informativo|cercano"
    "|lebendig|witzig|ironisch|optimistisch|nuchtern|hilfsbereit|informativ|einladend|empathisch|seriös|zuganglich"
    "|verstandlich|comprensible|understandable|accessibile|bodenstandig|down-to-earth|frizzante|juvenil|jeune|giovane|jugendlich|fresco"
    "|frais|fresh|frisch|lustig|funny|drole|respetuoso|respectful|respectueux|respektvoll|rispettoso|claro|clear|clair|chiaro|klar"
    "|colloquiale|coloquial|colloquial|ironique|irónico|ironic|sobrio"
    "|emotivo|emotive|emotif|emotional|motivador|motivant|motivating|motivierend|motivante|riflessivo|reflective|reflexif|reflexivo"
    "|decontracte|relajado|entspannt|rilassato|casual"
    "|allegro|alegre|joyeux|frohlich|simpatico|sympathique|sympathisch|entusiasta|enthousiaste|begeistert|enthusiastic"
    "|positive|positif|positivo|positiv|simple|einfach|semplice|sencillo|nostalgic|nostalgique|nostalgico|nostalgisch|"
    "|brillante|vivace|rassicurante|ottimista|empatico|scherzoso|divertente|autorevole|coinvolgente|accattivante"
    "|hopeful|heartfelt|uplifting|encouraging|esperanzador|calido|alentador|plein d'espoir|encourageant|hoffnungsvoll|ermutigend"
    "|speranzoso|fiducioso|incoraggiante|caldo|familier|familiar|institutionnel|institucional|institutionell|istituzionale"
    "|calm|soothing|gentle|calme|apaisant|doux|tranquilo|sereno|ruhig|sanft|gelassen|calmo|pacato|delicato"
    "|chill|laid-back|laid back|easygoing|easy-going|convivial|conviviale|fraternel|fraternal|fraterno|bruderlich|solennel|solemn|solenne"
    "|festif|festive|festivo|festlich|concret|concrete|concreto|konkret|cosy|cozy|intimiste|complice|gourmand|goloso|gioioso|joyful")
_TONE_WORDS = _alternatives(_TONE_WORD_LIST)
_TONE_WORD = _LazyPattern(r"(?:" + _TONE_WORDS + r")\b")
# "ton" after a word that is no determiner, with no colon: "effacé ton", "-le, ton" ("un ton", "le ton", "d'un ton" are the tone)
_YOUR_THING = re.compile(r"(?<![\w'])(?!(?:un|le|du|au|ce|cet|quel|mon|notre|votre|leur|son|bon|meme|d'un|l|en|sur|avec)\b)\w[\w'-]*[\s,]+ton\s*$")
_TONE_LABEL = _alternatives("tone|tone of voice|voice|style|register|ton|tonalite|registre|voix|tono|estilo|registro"
                            "|tonfall|stil|schreibstil|tonalita|tonalitat|stile|ton de voix|tono de voz|tono di voce|writing style")
_AUDIENCE_LABEL = _alternatives(
    "leserinnen|lectrices|lectoras|lettrici|lectorat|lettorato|"
    "cible de l'article|cible du texte|public de l'article|public du texte|target of the article|publico del articulo|zielgruppe des artikels"
    "|pubblico dell'articolo|"
    "persona|personas|buyer persona|target reader|reader|lecteur cible|lector objetivo|lettori target|lettore tipo|zielleser|"
    "aimed at|intended for|written for|dirigido a|dirigida a|destinado a|pensado para|a destination de|destine a|destinee a|pour qui"
    "|gedacht fur|richtet sich an|rivolto a|destinato a|pensato per|"
    "audience|target audience|target readers|readers|readership|target group|public|public cible|public vise|lectorat|cible|lecteurs"
    "|lecteurs cibles|lecteurs vises|lectrices visees|lectores a los que va dirigido|destinataires|zielpublikum|publico destinatario|lectores objetivo|pubblico target"
    "|publico|publico objetivo|audiencia|audiencia objetivo|publico meta|destinatarios|lectores|zielgruppe|leser|leserschaft|pubblico|pubblico di riferimento"
    "|destinatari|lettori|target di riferimento")
_TITLE_LABEL = _alternatives(
    "title|seo title|headline|hed|h1|suggested title|proposed title|working title|new title"
    "|titre|titre seo|titre suggere|titre propose|titre provisoire|nouveau titre"
    "|titulo|titular|titulo sugerido|titulo propuesto|titel|uberschrift|titelvorschlag|neuer titel|titolo|titolo suggerito|titolo proposto"
    "|neue headline|neue uberschrift|titelvorgabe|titolo imposto|titulo impuesto|titre impose|final title|titre definitif|titulo definitivo|endgultiger titel|titolo definitivo"
    "|titolo fisso|titre fixe|titulo fijo|fester titel|fixed title|titre obligatoire|titolo obbligatorio"
    # the title said in a request: "… et avec pour titre : …", "with the title: …", "con il titolo: …"
    "|avec pour titre|et avec pour titre|avec comme titre|with the title|con el titulo|con il titolo|col titolo|mit dem titel|mit der uberschrift"
    "|change the title to|changer le titre en|changez le titre en|cambia el titulo a|cambiar el titulo a|cambia il titolo in|titel andern in|titel aendern in"
    "|titulo h1|titre h1|titolo h1|h1 title|title h1|h1 titel|h1-titel|meta title|meta titre|titre meta|balise title|meta titulo|meta titolo"
    "|meta-title|meta-titre|meta-titel|meta titel|meta-titulo|meta-titolo|seo-title|seo-titel|seo-titre|title tag")

# Verbs that ask for the rewrite itself, in the five languages.
_REWRITE_VERBS = (
    "rewrite|re-write|rw|translate|redo|rework|reescribe|reescribelo|reescribir|reescribidla|reescribidlo|traduce|traducir|reecris|reecrivez"
    "|reecrire|reformule|reformulez|traduis|traduisez|traduire|schreib|schreibt|schreibe|ubersetze|ubersetzt|umschreiben|riscrivi|riscrivere"
    "|riscrivilo|traduci|tradurre|fallo|falla|hazlo|fais-le|mach es"
    # the job's other verbs, and the object as a pronoun: "merci de le retravailler", "reformule-le", "riscrivetelo", "überarbeite"
    "|retravailler|retravaille|retravaillez|le retravailler|le reecrire|la reecrire|le reformuler|reecris-le|reecrivez-le|reformule-le"
    "|le reprendre|la reprendre|reprends-le|reprenez-le"
    "|retravaille-le|retravaillez-le|remanier|remaniez|riscrivetelo|riscrivimelo|rielabora|rielaborate|rielaboralo|sistemalo"
    "|reescribidlo|reescribemelo|rehaz|rehazlo|uberarbeite|uberarbeitet|uberarbeiten")
# Openers of a request to the writer: imperatives, infinitives, modals and polite forms.
# The text being rewritten, as briefs name it ("la nouvelle version", "il pezzo", "den Beitrag"): one vocabulary for the
# rules that ask whether a sentence is about it (a wish, a title's request, a letter, the readers).
_TEXT_NOUNS = "version|versione|fassung|texte|text|texto|testo|article|articolo|articulo|artikel|beitrag|piece|pezzo|papier|post|story|billet"
_NAMES_A_TEXT = _LazyPattern(r"\b(?:" + _TEXT_NOUNS + r")\b")
# Words of an editor taking back what they said: "nein, Moment, …", "no wait", "pardon".
_TAKING_BACK = ("nein|non|no|wait|moment|pardon|sorry|perdon|scusa|scratch that|scrap that|forget that|oh wait|je me reprends|i correct myself"
                "|me corrijo|mi correggo|ich korrigiere mich")
_REQUEST_OPENER = re.compile(r"^(?:(?:ah|oh|ach|eh|ok|okay|oye|hey|dis|senti|ps|p\.s\.|nb|todo|and|y|et|e|und|also|aussi|tambien|anche|auch|ciao|allora|bon|ben|allez"
                             r"|hola|salut|hi|hallo|so|alors|bueno|pues|dunque|donc|quindi|entonces|therefore|che|gruezi|servus|moin|texte|text|texto|testo|article|articolo|articulo|artikel)[\s,!]+)*"
                             r"(?:(?:please|kindly|merci de|svp|stp|s'il (?:te|vous) plait|por favor|porfa|bitte|per favore|pls|plz)[\s,]+)?(?:" + _alternatives(
    _REWRITE_VERBS + "|please|kindly|could you|can you|would you|will you|would you mind|can we get|could we get|can we have|could we have|can i get"
    "|pourrait-on avoir|peut-on avoir|on peut avoir|podemos tener|podriamos tener|konnen wir|koennen wir|potremmo avere|possiamo avere|i'd like|i would like|i want|we need|we want|let's|let"
    "|would it be possible to|is it possible to|i need|need a|need an|besoin d'un|besoin d'une|besoin de|besoin|est-ce que tu peux|est-ce que vous pouvez|serait-il possible de|serait-il possible d'"
    "|da tradurre|da riscrivere|a reecrire|a traduire|zu ubersetzen|a traducir|a reescribir|para traducir|por traducir"
    "|j'ai besoin d'|j'ai besoin de|seria posible|ware es moglich|sarebbe possibile|mi serve|necesito"
    # formal and conditional requests: "j'aurais besoin que vous réécriviez", "Je vous serais reconnaissant de bien vouloir"
    "|j'aurais besoin que vous|j'aurais besoin que tu|j'aurais besoin d'|j'aurais besoin de|nous aurions besoin que vous"
    "|je vous serais reconnaissant de bien vouloir|je vous serais reconnaissante de bien vouloir|merci de bien vouloir|je vous prie de"
    "|i would be grateful if you could|i'd be grateful if you could|we would be grateful if you could|le agradeceria que|les agradeceria que"
    "|ich ware ihnen dankbar, wenn sie|ich waere ihnen dankbar, wenn sie|le sarei grato se|vi sarei grato se|le sarei grata se|vi sarei grata se"
    "|make|write|rewrite|re-write|create|produce|use|add|include|keep|be|ensure|avoid|do not|don't|target|give|optimize|optimise"
    "|translate|turn|convert|put|split|divide|structure|format|aim|focus|mention|insert|provide|generate|expand|shorten"
    "|summarize|summarise|adapt|adopt|respect|quote|cite|paraphrase|go for|go with|stick to|skip"
    "|reecriture|reescritura|riscrittura|traducilo|traducelo|traduis-le|translate it|adattalo|reescribi|escribi|facciamo|hagamos|faisons"
    # the desk's "reprendre la dépêche en 250 mots"
    "|reprendre"
    # reminders: "pensez au référencement", "n'oubliez pas les intertitres", "don't forget the subheadings"
    "|pensez au|pensez a la|pensez aux|pense au|pense a la|pense aux|n'oubliez pas|n'oublie pas|don't forget|do not forget|remember to"
    "|think about|denk an|denken sie an|no olvides|no olvideis|non dimenticare|non dimenticate|ricordati di|ricordatevi di"
    # the French instruction in the negative infinitive, for what it leaves out: "ne pas mettre d'intertitres" ("Ne pas dépasser
    # 180 °C" is a recipe's, "Ne pas modifier le titre ni le texte : le Conseil constitutionnel rappelle…" a rule's)
    "|ne pas mettre d'|ne pas mettre de|ne pas mettre des"
    "|machen wir|let's do|let's make|let's go with|"
    "|a adapter|da adattare|a adaptar|to adapt|se ruega|si prega di|on est prie de|we kindly ask you to|ci terrei a|ci terrei|mi terrei|j'aimerais bien"
    "|que suene|que tenga|qu'il sonne|che suoni|che abbia|reescribilo|escribilo|bräuchten|brauchten|"
    "|fallo|falla|hazlo|fais-le|mach es|riscrivimelo|riscrivimela|riscrivilo tu|reescribemelo|reecris-moi|schreib mir|la idea es que|l'idee c'est de|l'idea e che|die idee ist"
    "|hazme|rendi|rendilo|rendila|mach|mache|machen sie|rends|rendez|mi riscrivi|me lo riscrivi|mi scrivi|mi traduci|me lo traduci"
    "|mi riscrivete|ci riscrivete|riscrivete|riscrivetelo|me reescribis|me reescribes|me lo reescribis|me podeis|nos podeis|podeis"
    "|me lo haces"
    "|ci servirebbe|mi servirebbe|ci serve|nous aurions besoin|we would need|we'd need|necesitariamos|wir brauchten|rielaborare|rielabora"
    "|il testo finale va|va scritto|va tradotto|doit etre ecrit|debe estar escrito|muss geschrieben|we'd love|we would love|nous aimerions"
    "|nos encantaria|wir wurden gerne|vi chiedo di|os pido que|me gustaria que|j'aimerais que|ich hatte gerne|vorrei che"
    "|scrivilo|scrivila|scrivetelo|ecris-le|escribelo|sistemi|sistema|sistemalo|me lo sistemi|aggiusta|arregla|arreglalo|fix|fix up|tidy up"
    "|retouche|uberarbeite|ueberarbeite|rivedi|revisa|inserire|inserisci|que quede|que sea|qu'il soit|che sia|che resti|a rediger|a ecrire"
    "|a traduire|a reecrire|da scrivere|a redactar|zu schreiben|to be written|pasar a|passer en|passare in"
    "|a passer|a mettre|a reprendre|a retravailler|a remanier|a raccourcir|a rallonger|a reformuler|a optimiser|a simplifier"
    "|da passare|da mettere|da rifare|da accorciare|da allungare|da sistemare|da rivedere|da ottimizzare|da semplificare|da riformulare"
    "|a pasar|para pasar|hay que pasar|hay que reescribir|hay que traducir|il faut passer|il faut reecrire|il faut traduire"
    "|me lo pasas|me lo pasarias|me lo traduces|me lo reescribes|me la pasas|pasamelo|pasalo"
    "|translation into|translation to|ubersetzung|ubersetzung ins|traduction en|traduccion al|traduzione in|umschreibung|neufassung"
    "|the article should|the text should|the article must|the text must|it should|it must|should|must|needs to|need"
    "|merci de|merci d'|veuillez|pourriez-vous|pourrais-tu|pouvez-vous|peux-tu|je veux|je voudrais|j'aimerais|nous voulons|on veut"
    "|il faut|il faudrait|il nous faut|il nous faudrait|redige|redigez|rediger|ecris|ecrivez|ecrire|reecris|reecrivez|reecrire|reecris-le|reformule|reformulez"
    "|reformuler|fais|faites|faire|ajoute|ajoutez|ajouter|utilise|utilisez|utiliser|mets|mettez|mettre|garde|gardez|garder"
    "|conserve|conservez|conserver|evite|evitez|eviter|sois|soyez|cree|creez|creer|optimise|optimisez|optimiser|traduis"
    "|traduisez|traduire|structure|structurez|insere|inserez|integre|integrez|inclus|incluez|respecte|respectez|adopte"
    "|adoptez|vise|visez|cite|citez|citer|mentionne|mentionnez|resume|resumez|l'article doit|le texte doit|doit|pense a"
    "|puedes|podrias|podria|puede|quisiera|me gustaria|necesito|escribe|escribir|reescribe|reescribir|reescribelo|redacta"
    "|redactar|haz|hacer|usa|usar|utiliza|anade|anadir|incluye|incluir|traduce|traducir|manten|mantener|evita|evitar"
    "|optimiza|optimizar|adapta|reformula|el texto debe|el articulo debe|debe"
    "|konnten sie|koennten sie|konnen sie|koennen sie|kannst du|konntest du|ich mochte|ich moechte|wir brauchen|ich brauche"
    "|schreib|schreibe|schreiben sie|schreiben|verfasse|verfassen sie|formuliere|formulieren sie|ubersetze|ubersetzen"
    "|uebersetze|fuge|fuege|fugen sie|verwende|verwenden sie|nutze|nutzen sie|vermeide|vermeiden sie|halte|bitte|artikel"
    "|der text soll|der artikel soll|soll|muss|text"
    "|potresti|puoi|potete|vorrei|scrivi|scrivere|riscrivi|riscrivere|riscrivilo|redigi|redigere|traduci|tradurre"
    "|aggiungi|aggiungere|usa|usare|utilizza|mantieni|mantenere|evita|evitare|includi|includere|ottimizza|il testo deve"
    "|l'articolo deve|deve") + r"\b"
    # asking to have it, only for the text: "Can I have this in Italian", "¿Me haces el texto…?" ("Kann ich die Prüfung auf Englisch
    # ablegen?", "Puis-je avoir le contrat en anglais ?" ask about something else)
    r"|(?:me haces|me hace|me haceis|nos haces|jpeux avoir|je peux avoir|puis-je avoir|can i have|could i have|could i get|potrei avere"
    r"|podria tener|puedo tener|konnte ich|kann ich)\s+(?:\S+\s+){0,2}?(?:this|it|the text|this text|the article|ca|ce texte|cet article"
    r"|le texte|el texto|este texto|esto|il testo|questo testo|questo|den text|diesen text|den artikel)\b)")
# Requests about the writing itself, enough to make a line an instruction without any field:
# a writing verb followed closely by what it is about ("keep the quotes", not "keep reading").
_WRITER_REQUEST = re.compile(
    r"^(?:(?:please|merci de|veuillez|svp|por favor|bitte|per favore)\s+)?" + _alternatives(
        "keep|quote|cite|mention|paraphrase|summarize|summarise|translate|include|add|remove|drop|avoid|do not change|don't change"
        "|garde|gardez|conserve|conservez|cite|citez|citer|mentionne|mentionnez|reformule|resume|traduis|ajoute|ajoutez"
        "|supprime|supprimez|manten|mantener|cita|citar|menciona|incluye|anade|elimina|behalte|behalten sie|zitiere|nenne"
        "|erwahne|fuge|entferne|mantieni|cita|citare|menziona|includi|aggiungi|rimuovi|togli")
    + r"\s+(?:\S+\s+){0,2}?" + _alternatives(
        "quotes|quote|quotations|citations|citation|paragraphs|paragraph|paragraphes|sources|source|sentences|phrases"
        "|title|titre|titulo|titel|titolo|headline|h1"
        "|links|liens|names|noms|figures|chiffres|numbers|nombres|dates|facts|faits|intro|introduction|conclusion|summary"
        "|resume|list|lists|listes|liste|bullets|faq|meta description|description|examples|exemples|verbatim|author|auteur"
        "|citas|fuentes|fuente|enlaces|cifras|nombres|datos|zitate|quellen|zahlen|namen|links|fazit|citazioni|fonti"
        "|numeri|nomi|dati|link|conclusione|call to action|cta|byline|signature|signature de l'auteur") + r"\b")
# A clause such as "en français" or "with subheadings" opens with a preposition.
_CLAUSE_OPENER = re.compile(r"^" + _alternatives(
    "avec|with|en|in|au|at|for|pour|sans|without|no|pas|con|sin|para|mit|ohne|auf|fur|senza|per|un|una|ein|eine") + r"\b")
# The verb whose subject such an infinitive is: "Écrire en anglais reste un défi".
_FINITE_VERB = re.compile(r"\b(?:est|reste|demeure|devient|semble|sera|etait|peut|is|remains|becomes|seems|was|can|es|sigue|resulta|parece"
                          r"|puede|ist|bleibt|wird|scheint|kann|e|resta|rimane|diventa|sembra|puo"
                          # what it costs or takes: "Optimiser son site pour le SEO coûte 1 500 francs par mois"
                          r"|coute|coutent|prend|exige|rapporte|permet|costs|takes|requires|pays|cuesta|requiere|lleva|kostet|dauert|erfordert"
                          r"|bringt|costa|richiede|porta|vaut|vale|lohnt sich)\b")
_INFINITIVE_OPENER = re.compile(r"^[a-z']+(?:er|ir|re|ar|are|ere|ire)\b(?!\s+(?:vous|sie|usted))")
_CONTACT = re.compile(r"@\w|https?://|www\.|\[email")
_PHONE = re.compile(r"\+?\d(?:[ .()-]{0,2}\d){8,}")  # 9 digits or more


def _has_contact(folded: str) -> bool:
    """An address, a link or a phone number (looked for only where there is a digit, which most lines lack)."""
    return bool(_CONTACT.search(folded) or (_DIGIT.search(folded) and _PHONE.search(folded)))
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|oublie[rz]?|ignore[rz]?|ignora|ignoriere)\b.{0,40}\b(?:previous|prior|above|all|earlier|precedentes?|toutes?|les|alle|tutte)\b"
    r".{0,20}\b(?:instructions?|consignes?|prompts?|rules|regles|anweisungen|istruzioni|instrucciones)\b"
    r"|\bsystem prompt\b|\byou are now\b|\btu es maintenant\b|\bact as\b"
)
# Marks of narrative prose: reported speech and past tenses, in the five languages.
# Only asked whether it is found anywhere: all the words under one word boundary, in one alternation.
_NARRATIVE = _RememberedPattern(r"\b(?:" + _alternatives(
    "said|says|told|according to|announced|reported|was|were|has been|have been|had been|did|wrote"
    # what a publication does, told as news: "… und erscheint ab Juni auch auf Englisch", "paraîtra en anglais"
    "|erscheint|erschien|erscheinen|paraitra|parait|paraissent|sortira|will appear|appears|aparecera|aparece|uscira|esce"
    # what others will get, in the future's plural: "Des sous-titres … seront proposés lors de la retransmission"
    "|seront|seran|saranno|will be offered|will be shown|will be available"
    "|selon|a declare|a dit|a ecrit|a ete|ont ete|a fait|avait|avaient|etait|etaient"
    "|segun|dijo|fue|fueron|habia|habian"
    "|laut|sagte|sagt|wurde|wurden|war|hatte(?! gerne?\\b)|hatten(?! gerne?\\b)|schrieb"
    "|secondo|ha detto|era|erano|e stato|e stata|sono stati|sono state", space=" ")
    + r"\b|(?:ha|han)\s+\w+(?:ado|ido)\b|\w{3,}(?:aron|ieron)\b|(?:ha|hanno)\s+\w+(?:ato|ito|uto)\b)")
# French passé composé, read on the accented text: "a renvoyé", "ont dénoncé" (not the English "a teenage").
_FRENCH_PAST = _RememberedPattern(r"\b(?:a|ont|avait|avaient)\s+(?:(?!ingl|franc|portugu|holand|japon|danes|escoc|irland|finland|libanes)\w+é(?:e|s|es)?|été|dit|fait|pris|mis|eu|écrit|lu|vu|su|reçu|voulu|pu|dû"
                                  r"|choisi|fini|réussi|promis|permis|conclu|obtenu|perdu|rendu|vendu|atteint)\b"
                                  # German "waren" (were) only where it has no umlaut: "wären gut" asks politely.
                                  r"|\bwaren\b")
# Words of a page about itself or to its reader: "also available in French", "Version originale en anglais",
# "Read this article in Spanish" (a request to the writer is not one of these).
_ABOUT_THE_PAGE = re.compile(r"\b(?:available|disponibles?|verfugbar|disponibile|original|originale|originales|originally)\b|^" + _alternatives(
    "read|see|click|subscribe|follow|share|watch|listen|discover|lire|voir|lisez|cliquez|decouvrez|abonnez-vous|suivez|partagez"
    "|leer|lea|ver|haga clic|suscribete|sigue|lesen sie|lies|sehen sie|klicken sie|abonnieren sie|leggi|vedi|clicca|scopri|iscriviti"
    "|segui") + r"\b")
# An English past participle left over ("Search engine optimization explained") tells a headline.
_PARTICIPLE = re.compile(r"[a-z]{3,}ed")
# A headline or a question of the article opens with an interrogative word (polite requests excepted above).
_HEADLINE_OPENER = re.compile(
    r"(?:^|(?<=:)\s*)(?:how|why|what|when|where|who|comment|pourquoi|quand|quel|quelle|quels|quelles|como|por que|cuando|cual|"
    r"wie|warum|wann|welche|come|perche|quando|quale|cosa)\b(?!\s*[:=]|\s+(?:minimo|maximo|mucho|massimo)|(?<=come|como)\s+(?:titolo|titulo)\s*:)")
_BLOCK_HEADER = re.compile(
    r"^\s*+(?:#+\s*+|>\s*+|\*\*|__)?(?P<open>\[)?\s*+(?:instructions?|consignes?|brief(?:ing)?|directives?|editor'?s? (?:notes?|brief|instructions?)|"
    r"nb|n\.b\.|ps|p\.s\.|p\.-s\.|remarques?|important|todo|to do|hinweise?|nota|attention|a faire|"
    r"notes?|notas?|instrucciones|indicaciones|anweisungen|hinweise?|"
    # who it is for, with the letter's own words: "A l'attention du pigiste :", "All'attenzione della redattrice:", "FAO writer:"
    r"(?:a l'attention|all'attenzione|a la atencion|for the attention|fao|attn)\s+(?:of |du |de la |de l'|des |del |della |dello |de |di |d'|of the )?"
    r"(?:the |el |la |il |lo |l')?(?:editor|redac|redaction|desk|" + _WRITER_NOUNS + ")|"
    r"vorgaben|istruzioni|indicazioni|specifiche|requirements|requisitos)"
    # Whom it is for, without a colon: "Notes for the writer", "Indicaciones para el redactor", "Istruzioni per la redattrice".
    r"(?:\s+(?:for|to|pour|per|para|fur|an|al|au|a)\s+(?:the |le |la |el |il |lo |den |die |l')?(?:editor|" + _WRITER_NOUNS + ")"
    # or the desk or the client it comes from, after a brief's own word ("Briefing Redaktion", "Brief client", "Consignes rédac";
    # "Nota editorial", "Hinweis Redaktion" are the article's notes)
    r"|(?:(?<=brief)|(?<=briefing)|(?<=consigne)|(?<=consignes)|(?<=instructions)|(?<=instrucciones)|(?<=istruzioni)|(?<=anweisungen)"
    r"|(?<=vorgaben))\s+(?:redaktion|redaction|redac|redazione|redaccion|client|kunde|cliente))?"
    # A few more words may name whom or what it is for, before a colon: "Consignes de rédaction :".
    r"(?:\s+(?:for|to|pour|de|du|des|per|para|fur|an|a|on|sur)\b[^:\[\]]{0,60}?(?=\s*(?:\*\*|__)?\s*:))?"
    # Possessive spaces: a run of spaces is matched one way only (each optional mark after its own "\s*" let a line of
    # spaces be split every way).
    r"\s*+(?:\*\*|__)?\s*+\]?\s*+(?:\*\*|__)?(?:\s*+[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f]+)?"  # "Brief para el redactor ✏️"
    r"\s*+(?:[:\-–—]\s*+(?:\*\*|__)?\s*+(?P<rest>.*))?$"
)
# A tab separates key and value too: a row pasted from a spreadsheet ("Focus keyphrase<TAB>Pflegeversicherung").
_KEY_VALUE = re.compile(r"^\s*(?P<key>[a-z][a-z0-9 '\-/]{0,30}?)(?:\s*[:=]|\s+[-–—]|[ ]*\t)\s*(?P<value>.*?)\s*$")
_KEY_VALUE_MARK = re.compile("[:=\\-–—\t]")


def _header_rest(text: str, header: re.Match[str]) -> str:
    """What follows a block header's label, without the bracket that closes a bracketed note ("[Brief: …, UK English]")."""
    rest = text[header.start("rest"):].rstrip()
    return rest[:-1] if header.group("open") and rest.endswith("]") else rest


@lru_cache(maxsize=4096)  # asked of a line by the run and the context test, and of its clauses by their reading
def _key_value(folded: str) -> re.Match[str] | None:
    """ "Key: value" ("key = value", "key - value"). Most lines hold none of the marks between: not matched."""
    return _KEY_VALUE.match(folded) if _KEY_VALUE_MARK.search(folded) else None


# A label in bold, as Markdown briefs write them: "**Tone of voice:** warm", "- **Longueur :** 1 000 mots".
_BOLD_LABEL = re.compile(r"(?:\*\*|__)([^*_\n]{1,40}?\s*:?)\s*(?:\*\*|__)(?=\s*:?\s*\S)")
_MENU_BULLET = re.compile(r"^\s*[-+*•·▪►]\s")
_BULLET = re.compile(r"^\s*(?:(?:[-+*•·▪►>–—]|\d+[.)])\s+)?\[[ xX✓]?\]\s+|^\s*(?:[-+*•·▪►>–—]|\d+[.)]|[a-h]\))\s+|^\s*[→✓✔✅☑☐◻▢□❏👉▶➤]\s*")  # ("a) redactar en francés;")
# Wrappers around a whole brief line: markdown emphasis, an HTML comment, parentheses.
_WRAPPER = re.compile(r"^\s*(?:<!--\s*(?P<comment>.*?)\s*-->|\*\*(?P<bold>.+)\*\*|__(?P<underline>.+)__|\((?P<parenthesis>[^()]+)\))\s*$")
# Greetings, thanks and sign-offs, in the five languages (a line of them goes with the brief it surrounds).
# The brief as before, said in passing: chatter beside a brief, and nothing more asked beside a bare request.
_AS_USUAL = "as usual|comme d'habitude|comme d'hab|como siempre|come al solito|wie immer"
_COURTESY_WORDS = (
    "hello|hi|hey|dear|good morning|good afternoon|bonjour|bonsoir|salut|coucou|allo|salam|cher|chere|hola|buenos dias|buenas tardes"
    "|buenas|estimado|estimada|hallo|guten tag|guten morgen|liebe|lieber|sehr geehrte|sehr geehrter|ciao|buongiorno|buonasera|salve"
    "|caro|cara|cari|care|gentile|gentili|chers|cheres|querido|querida|queridos|queridas|estimados|estimadas|thanks|thank you|thx|thanks a lot|many thanks|merci|merci beaucoup|gracias|muchas gracias|danke|vielen dank"
    "|grazie|grazie mille|regards|best|best regards|kind regards|cheers|thank u|ty|tyvm|merciii|mercii|cordialement|bien a vous|bonne journee|bonne soiree"
    "|a bientot|bises|saludos|un saludo|un abrazo|gruss|grusse|viele grusse|beste grusse|liebe grusse|mit freundlichen grussen"
    "|hallo nochmal|hello again|hi again|rebonjour|re-bonjour|re bonjour|hola de nuevo|ciao di nuovo|ciao ancora"
    "|bav|cdlt|cdt|slts|mfg|lg|vg|howya|grueezi|gruezi|servus|moin"
    "|freundliche grusse|herzliche grusse|freundliche gruße|herzliche gruße"
    "|gruß|gruße|viele gruße|beste gruße|liebe gruße|mit freundlichen grußen|cordiali saluti|saluti|a presto|buona giornata"
    "|merci d'avance|merci par avance|thanks in advance|thank you in advance|gracias de antemano|gracias por adelantado|danke im voraus"
    "|vielen dank im voraus|grazie in anticipo|grazie mille in anticipo|un saluto|un caro saluto|a bientot"
    "|belle journee|bonne fin de journee|bon week-end|bonne semaine|have a good day|have a great day|have a nice day|buen dia"
    "|que tengas buen dia|schonen tag|einen schonen tag|buona serata|buon lavoro"
    "|besten dank|merci ben|merci bien|merci encore|re|rebonjour|re-bonjour|re bonjour|cordialita|bonne fin de semaine"
    # calling the desk: "oye,", "ragazzi", "les gars", "guys"
    "|oye|ragazzi|chicos|chicas|les gars|leute"
    # Swiss, Austrian and Bavarian greetings, and the short sign-offs of German mails ("LG Vroni")
    "|gruezi|gruezi mitenand|gruessech|servus|griass di|moin|hoi|hoi zame|merci vielmal|lg|glg|vg|mfg|bg|liebe grusse|lieben gruss"
    "|merci bcp|thx|ty|cheers mate|hiya|heya|howdy|rebonjour|re-bonjour|bjr|bsr|slt|thanks for taking this on|thanks for picking this up"
    # more greetings and thanks of people who are not editors: "Namasté 🙏", "Carissimi,", "Ta very much"
    "|namaste|carissimi|carissime|carissimo|carissima|good evening|g'day|buenas noches"
    "|guten abend|moin moin|hi all|hello all|hi everyone|hello everyone|ta very much|herzlichen dank|herzlichen gruss|vi ringrazio"
    "|vi ringrazio di cuore|la ringrazio|ti ringrazio|grazie ancora|gracias de nuevo|merci encore|thanks again|avec nos remerciements"
    "|lieben dank|danke dir|danke euch|sportivement|sportives salutations|saludos deportivos|sportliche grusse|saluti sportivi"
    # thanks said warmly: "Thanks so much!!", "¡Mil gracias!", "Merci mille fois", "Grazie di cuore", "Tausend Dank"
    "|thanks so much|thank you so much|thanks ever so much|thanks a million|thanks a bunch|many many thanks|mil gracias|muchisimas gracias"
    "|merci mille fois|mille mercis|merci infiniment|merci bien|grazie di cuore|grazie infinite|tausend dank|danke vielmals|danke schon"
    "|warm wishes|best wishes|all the best|take care|bonne continuation|a tres bientot|hasta luego"
    # Belgian, Swiss and Québec French, Swiss German: "À tantôt", "Bien à toi", "Gruess"
    "|a tantot|bien a toi|gruess|gruessli|liebi gruess|en te remerciant"
    # Catalan, which clients in Catalonia greet and thank in around a brief in Spanish: "Bon dia!", "Gràcies, Jordi"
    "|bon dia|bona tarda|gracies|moltes gracies|fins aviat")
# Formal letters open and close with these ("Madame, Monsieur,", "Veuillez agréer nos salutations distinguées."): a
# greeting or a sign-off on a line of their own, but no chatter inside a sentence ("Madame la ministre a dit…").
_FORMAL_GREETINGS = (
    "madame|monsieur|mesdames|messieurs|mesdames et messieurs|madame monsieur|dear sir or madam|dear sir|dear madam|to whom it may concern"
    "|estimados senores|muy senores mios|sehr geehrte damen und herren|egregi signori|gentili signori|spettabile redazione|spett.le|spettabile"
    "|senores|senoras y senores|estimado/a|estimada/o|estimados/as|querido/a"
    "|sehr geehrte frau, sehr geehrter herr|sehr geehrte frau|sehr geehrter herr|chere madame, cher monsieur|monsieur ou madame|madame ou monsieur")
_FORMAL_CLOSINGS = (
    "salutations distinguees|nos salutations distinguees|mes salutations distinguees|sinceres salutations|meilleures salutations"
    "|veuillez agreer|yours sincerely|yours faithfully|sincerely|saludos cordiales|atentos saludos|hochachtungsvoll|distinti saluti"
    "|with many thanks|with thanks|with best wishes|with kind regards|respectfully|respectueusement|un saludo cordial|un cordial saludo"
    "|je vous remercie par avance|je vous remercie d'avance|avec mes remerciements|vi ringrazio anticipatamente|vi ringrazio in anticipo"
    "|la ringrazio anticipatamente|grazie in anticipo|gracias de antemano|le agradezco de antemano|vielen dank im voraus|danke im voraus"
    "|thanks in advance|thank you in advance|en vous remerciant par avance|en vous remerciant d'avance|en vous remerciant|en te remerciant"
    "|thanking you in advance|agradeciendole de antemano|agradeciendo de antemano|ringraziandola anticipatamente|ringraziando anticipatamente"
    "|nous vous remercions par avance|nous vous remercions d'avance|nous vous en remercions|je vous en remercie|un grand merci|mille mercis"
    "|merci mille fois|reciban un cordial saludo|reciba un cordial saludo|reciban un saludo cordial|le saluda atentamente|les saluda atentamente"
    "|avec nos salutations|avec mes salutations|avec toutes nos salutations|god bless|god bless you|que dieu vous benisse|dios les bendiga"
    "|dio vi benedica|gottes segen|au plaisir"
    "|con i migliori saluti|i migliori saluti|con cordiali saluti|un cordiale saluto|con stima|with best regards|mit besten grussen"
    "|mit herzlichen grussen|con los mejores saludos|un saludo afectuoso|atentamente|with every blessing|avec mes meilleures salutations")
# The people a brief greets as a group: "Hallo zusammen", "Liebe Kolleginnen und Kollegen", "Cari colleghi".
_GREETED_GROUP_WORDS = ("team|all|everyone|tous|toutes|equipe|todos|todas|equipo|squadra|zusammen|alle|tutti|tutte|colleagues"
                        "|collegues|colleghi|colleghe|colegas|companeros|companeras|kollegen|kolleginnen|damen|herren|redazione"
                        "|redaction|redaccion|redaktion|desk|a|vous|you|les|amis|guys|folks|ustedes|chicos|ragazzi|leute|&"
                        "|filles|gars|copains|copines|chicas|ragazze|girls|ladies|madels|jungs|mesdames|messieurs"
                        "|la team|le desk|la redac|l'equipe|el equipo|il team|das team"
                        # one person greeted by what they do: "Gentile collaboratore,", "Cher rédacteur,", "Dear writer,"
                        "|collaboratore|collaboratrice|collaborateur|colaborador|colaboradora|mitarbeiter|mitarbeiterin|colleague|collega|collegue"
                        "|colega|kollege|kollegin|friend|ami|amie|amigo|amiga|amico|amica|freund|freundin|" + _WRITER_NOUNS + ")")
# Words that are courtesy only on a line of courtesy words ("Morning!", "Liebes Team,", "ta", "xx"); a line that starts
# with them may be anything ("Morning traffic was heavy", "Ta mère est partie").
_COURTESY_ALONE = "ta|morning|evening|afternoon|liebes|greetings|bisous|besos|xx|xoxo|mil besos|un bacio|baci|cheerio|laters"
_COURTESY = re.compile(r"\W*(?:(?:" + _alternatives(
    _COURTESY_WORDS + "|" + _COURTESY_ALONE + "|" + _FORMAL_GREETINGS + "|" + _FORMAL_CLOSINGS + "|" + _GREETED_GROUP_WORDS + "|a tous|l'equipe|la redaction|liebe redaktion|chers collegues|redattore|redattrice"
    "|redacteur|redactrice|redactor|redactora|writer|colleague|collega|collegue|colega|kollege|kollegin") + r")(?!\w)\W*)+")  # ("rechercher" is no "re" + "cher" + "cher")
_QUOTE_START = re.compile(r"^\s*[«\"“„‹]")
_REPORTED_SPEECH = _RememberedPattern(r"\b(?:a (?:lance|declare|affirme|explique|ajoute|indique|precise|demande|repondu|reconnu|souligne|assure"
                                      r"|confie|confirme|admis|concede|rappele)|said|says|told|according to|selon)\b"
                                      # not "selon notre guide de style": the brief's own references
                                      r"(?!\s+(?:the |our |le |la |notre |nos |les )?(?:style ?guide|guide de style|charte|glossary|glossaire|brief|consignes))")
_FILLER = frozenset(
    # en
    "the this that these it its a an of for to in on and or with be is are as your our my me us please kindly article text "
    "post content piece blog version copy final output draft also more well very make write rewrite re-write create produce "
    "use add include keep let there ensure give should must need needs needed required minimum maximum total length "
    "compatible friendly ready optimized optimised optimize optimise could can would will you i i'd like want thanks thank not less at least "
    "just so by all words around but "
    # what changes this time: "diesmal auf Italienisch", "stavolta per gli studenti", "esta vez en inglés"
    "time diesmal stavolta fois vez volta "
    # how the editor would like it: "Something between 1,000 and 1,300 words would be perfect", "sarebbe perfetto"
    "something somewhere perfect great fine sarebbe perfetto perfetta ideale serait parfait parfaite seria perfecto perfecta perfekt "
    # fr
    "le la les l ce cet cette ces un une des de du d et ou mais au aux pour en dans sur avec ton votre vos mon ma mes notre nos "
    "texte contenu billet redaction svp merci stp aussi plus bien tres fais faites faire ajoute ajoutez redige redigez bon ca "
    "rediger ecris ecrivez ecrire reecris reecrivez reecrire reformule reformulez reformuler utilise utilisez mets mettez "
    "garde gardez sois soyez cree creez doit doivent il faut longueur optimise optimisee optimisez optimiser pourriez "
    "pouvez vous peux tu le lui svp s'il plait version article papier traduire traduis traduisez translate traducir traduce traducelo "
    "tradurre traduci pezzo ubersetzen ubersetze "
    # es
    "el los las lo unos unas del y o pero con para por al su sus tu tus texto articulo contenido favor escribe escribir "
    "reescribe reescribir reescribelo reescribirlo redacta redactar puedes puede podrias podria gracias anade anadir usa "
    "usar incluye incluir hazlo haz hacer debe tener mas muy optimizado optimizada optimiza "
    # de
    "der die das den dem des ein eine einen einem einer und oder aber im mit fur auf zu zum zur bitte artikel beitrag "
    "schreib schreibe schreiben sie es um umschreiben neu verfassen verfasse konnten koennten konnen kannst du ihr ihn "
    "danke sollte soll muss mussen hinzufugen verwenden verwende nutze text texte fasse neu optimiert optimierten "
    # it
    "il lo i gli un uno una di della dei delle e con per su alla testo articolo contenuto favore scrivi scrivere "
    "al allo all ai agli alle del dello degli nel nello nei negli nelle nella sul sullo sui sugli sulle sulla dal dai dagli dalle "
    "riscrivi riscrivere riscriverlo riscrivilo potresti puoi potete grazie aggiungi usa usare deve essere ottimizzato "
    "ottimizzata redigi redigere "
    # a change of mind: "Actually, make it English", "sorry, I meant 600", "je voulais dire 700 mots"
    "meant mean voulais veux dire queria quise quiero decir meinte meine intendevo volevo intendo "
    # the text named by where it stands: "the following article", "l'article ci-dessous", "den folgenden Artikel"
    "following below attached ci-dessous ci-joint suivant siguiente adjunto folgenden folgende beigefugten seguente allegato "
    "reecriviez reecrivions reescribieran reescribiera reescribiese riscriviate riscrivesse umschreiben poteste potreste potesse "
    # "on garde…, on vise 800 mots": the desk says "we"
    "on vise visons garde gardons aurais aurions besoin "
    "actually instead rather correction update edit sorry finally en fait finalement plutot pardon bueno mejor eigentlich "
    "other others secondary additional autres secondaires otras otros secundarias weitere andere altre secondarie "
    "focused based oriented targeted detailed structured required needed main "
    # adapting is rewriting; "n" is "and" in a hurried note; "d'avoir une version", "da tradurre"
    "adapt adapter adapte adaptez adattare adatta adaptar adapta anpassen n avoir tener haben avere get have da zu "
    "unico unique single seul einzig pis genre rewriten bleibt stays reste resta suddiviso suddivisa dividido divise unterteilt paragrafi paragraphs "
    "ottica optique optica hinsicht va vanno scritto scritta finale final finales lungo lunga long longue largo larga lang "
    "beachten berucksichtigen tenir compte tener en cuenta tenere conto same meme misma mismo gleiche gleichen stessa stesso schreibt so waren ware gut good ideal ideally idealmente idealement ogni paragrafo paragraph paragraphe parrafo absatz "
    # what is asked is required: "Balises H2 obligatoires", "Posizionamento SEO richiesto", "Usare titoletti H2"
    "requis requise obligatoire obligatoires obligatorio obligatorios obligatoria obbligatorio obbligatori obbligatoria richiesto "
    "richiesta richiesti erforderlich gewunscht balise balises tag tags etiquetas usare utilizzare verwenden optimieren "
    # requests and polite forms: "Pourriez-vous", "Would it be possible", "Ich brauche", "Necesito"
    "translate traduire traduis traduisez traducir traduce traduzca ubersetzen ubersetze uebersetzen tradurre traduci "
    "pourriez pourrais pouvez peux possible est-ce est que ich brauche mochte moechte wir version versione versionen fassung "
    "necesito quiero quisiera vorrei serve mi me gustaria voudrais veux aimerais "
    "lieber doch anzi invece piuttosto "
    # kinds of text, in the five languages: "a news item", "article de fond", "Meldung"
    "news item story feature explainer guide listicle longform long-form op-ed breve actualite reportage enquete fond "
    "noticia reportaje cronica nachricht meldung reportage notizia approfondimento "
    "pezzo pezzi pieza nota note "
    # the rewriting verbs said to several people or formally: "riscrivete il pezzo", "reescriban", "überarbeitet"
    "riscrivete riscriva scrivete scriva traducete traduca adattate adatti rivedete rivedi rivedere sistemate "
    "reescribid reescriba reescriban escribid escriba escriban traduzcan adapten revisad revise revisen "
    "uberarbeitet uberarbeite uberarbeiten ubersetzt schreibt formuliert formuliere umformulieren "
    # "necesitamos este texto en inglés", "ci serve questo articolo in tedesco": a need and a demonstrative
    "necesitamos necesitan necesita este esta esto questo questa questi queste dieser diese dieses diesen "
    "brauchen benotigen servirebbe serve servono".split()
)


@dataclass
class _Assignment:
    field: str
    value: object
    fragment: str
    weak: bool = False  # not enough alone to make a line an instruction ("For immediate release")
    guessed: bool = False  # readers read from "for …", not from a label: a labelled audience wins over it


@dataclass
class _LineReading:
    """What one candidate line asks for."""

    assignments: list[_Assignment]
    extra: list[str]
    is_instruction: bool


_NOT_INSTRUCTION = _LineReading([], [], False)
# A data key that names a field ("target_words", "focus_keyword", "langue", "ton"): evidence that the data is a brief.
_FIELD_KEY = _LazyPattern(r"\b(?:" + "|".join((_LANGUAGE_LABEL, _LENGTH_LABEL, _UNIT_WORDS, _SUBHEADINGS, _TONE_LABEL, _AUDIENCE_LABEL,
                                                _TITLE_LABEL, _KEYWORD_CORE, "seo", "h2")) + ")")
_DIGIT_SEPARATOR = re.compile("[" + _SEPARATORS + "]")
MAX_LINE = 500  # characters of an instruction line outside a labelled block
LABELLED_VALUE_WORDS = 14  # after its label, readers may be described at length ("retirees … who may not use the internet much")
MAX_READER_WORDS = 8  # "für unsere Spenderinnen und Spender in der Schweiz"
MAX_BLOCK_LINE = 1200  # a paragraph under "Notes for the writer:" may say why as well as what
RESIDUAL = 1  # unknown words a clause may hold and still be a directive


@lru_cache(maxsize=4096)
def _residual_word(token: str) -> str:
    """The token without its elision ("l'optimiser" -> "optimiser"); empty when it is directive filler
    (as "pourriez-vous" is, all its parts being filler). Words recur from line to line: remembered."""
    word = _ELISION.sub("", token.strip("'’-"))
    return "" if all(part in _FILLER for part in word.split("-") if part) else word


def _number(text: str) -> int:
    compact = text.strip()
    if _THOUSANDS_K.fullmatch(compact):  # "1k2", "2k5"
        return round(float(compact.replace("k", ".")) * 1000)
    if compact.endswith("k"):
        return round(float(compact[:-1].strip().replace(",", ".")) * 1000)
    return int(_DIGIT_SEPARATOR.sub("", compact))


# The nouns a brief labels its length with ("Longueur :", "Umfang", "Lunghezza").
_LENGTH_NOUNS = "longueur|length|longitud|extension|lange|laenge|umfang|lunghezza"


# A length in characters, as the press counts it ("4 000 signes espaces compris", "3.000 battute", "2 feuillets",
# "5.000 Zeichen inkl. Leerzeichen"): no word count the tables can set (how many characters make a word varies by language and
# text), so it goes to the model as the editor wrote it, and the validator's word range is left to the source's length. Under
# 1,000 characters it is a meta description's or a title's ("150 Zeichen").
MIN_ARTICLE_CHARACTERS = 1000
_CHARACTER_UNITS = r"signes|caract[eè]res|characters|chars|battute|caratteri|zeichen|feuillets?"
_CHARACTER_UNIT_WORD = re.compile(r"\b(?:" + _CHARACTER_UNITS + r")\b")
_CHARACTERS = re.compile(
    r"(?P<n>" + _NUMBER + r")(?:\s*(?:-|–|à|a|to|bis|al|et|and|y|e|und)\s*(?:" + _NUMBER + r"))?\s*"
    r"(?P<unit>" + _CHARACTER_UNITS + r")\b"
    r"(?:\s*\(?(?:espaces compris|espaces inclus|blancs compris|inkl\.? leerzeichen|inklusive leerzeichen|mit leerzeichen|spazi inclusi"
    r"|con spazi|con espacios|espacios incluidos|with spaces|including spaces|incl\.? spaces)\)?)?", re.IGNORECASE)


def _is_character_length(clause: str) -> bool:
    """A clause that only gives the text's length in characters or feuillets ("Longueur : 4 000 signes environ", "3 500 signes
    espaces compris, pas plus", "1,5 feuillet")."""
    length = _CHARACTERS.search(clause)
    if length is None or (not length.group("unit").lower().startswith("feuillet") and _number(length.group("n")) < MIN_ARTICLE_CHARACTERS):
        return False
    rest = fold(clause[:length.start()] + " " + clause[length.end():]).strip(" .,;:!")
    return not rest or bool(_CHARACTER_LENGTH_WORDS.fullmatch(rest))


# What may stand beside the length in characters on its clause: its label, a bound, "environ", a polite word.
_CHARACTER_LENGTH_WORDS = _LazyPattern(r"(?:(?:" + _LENGTH_NOUNS + r"|taille|format|texte|text|papier|article"
                                       r"|reecrire en|rewrite in|en|in|a|de|d'environ|environ|entre|between|zwischen|tra|fra|about|around|approx\.?|ca\.?|circa|etwa|unas|aprox\.?|max\.?"
                                       r"|maximum|maxi|min\.?|minimum|mini|au plus|au moins|pas plus|at most|at least|tops|hochstens|mindestens|al massimo|almeno"
                                       r"|como maximo|como minimo|please|pls|svp|stp|bitte|por favor|per favore|merci)[\s,:.]*)+")


# A quoted item, closed by its own mark: « MaPrimeRénov' » keeps its apostrophe.
_THOUSANDS_K = re.compile(r"\d+k\d{1,3}")
_QUOTED_ITEM = r"«([^»]+)»|“([^”]+)”|„([^“”]+)[“”]|\"([^\"]+)\"|‘([^’]+)’|'([^']+)'"


def _quoted(text: str) -> list[str]:
    items = (next(group for group in m.groups() if group is not None).strip() for m in re.finditer(_QUOTED_ITEM, text))
    return [item for item in items if item]


_PAIRED_QUOTES = {"'": "'", "‘": "’", '"': '"', "“": "”", "«": "»", "„": "“”", "`": "`"}


def _unquoted(value: str) -> str:
    """A value without the quote marks around it. An apostrophe closes a name too ("MaPrimeRénov'"):
    it goes only with its opening mark."""
    value = value.strip(" .")
    while len(value) > 1 and value[-1] in _PAIRED_QUOTES.get(value[0], ""):
        value = value[1:-1].strip(" .")
    return value.strip("\"“”«»„` .").lstrip("'‘’").strip()


def _about(target: int) -> tuple[int, int]:
    return round(target * 0.9), round(target * 1.1)


def _edit_distance_one(a: str, b: str) -> bool:
    """True when b is a at most one edit away (insert, delete, substitute or swap two letters)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) <= 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# Words of a request editors mistype, and the typing slips read as them: two letters swapped ("rewirte"), a letter
# doubled ("keywwords"), and in the longer ones a letter dropped inside the word ("palbras"). No real word is one such
# slip away from them ("rewire" drops a letter of a short word; "umschrieben", "parolee", "traslate" are why those
# words are not here).
_SLIP_TARGETS = ("rewrite", "rewritten", "keywords", "keyword", "keyphrase", "audience", "words",
                 "reecris", "reecrire", "reescribe", "reescribir", "riscrivi", "riscrivere", "palabras", "worter", "mots-cles", "intertitres",
                 # the languages asked for ("can u do this one in spansih")
                 "spanish", "english", "german", "italian", "espagnol", "anglais", "allemand", "italien",
                 # the text named ("refaire l'artcile en anglais")
                 "article", "articulo", "articolo")
_SLIP_CANDIDATES = {first: tuple(word for word in _SLIP_TARGETS if word[0] == first) for first in {word[0] for word in _SLIP_TARGETS}}
# Only a token that starts as one of them does, or with its second letter swapped or dropped, is compared.
_SLIP_TOKEN = re.compile(r"(?<![\w-])(?:" + "|".join(sorted({word[:2] for word in _SLIP_TARGETS} | {word[0] + word[2] for word in _SLIP_TARGETS}))
                         + r")[a-z-]{3,11}(?![\w-])")


@lru_cache(maxsize=4096)
def _slip_of(token: str) -> str | None:
    """The request word a token is a typing slip of, or None."""
    candidates = _SLIP_CANDIDATES.get(token[0], ())
    if token in candidates or language_of_name(token):
        return None  # (a language's own name, "español", is no slip of "espagnol")
    for word in candidates:
        if len(token) == len(word):
            diffs = [i for i in range(len(word)) if token[i] != word[i]]
            if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and token[diffs[0]] == word[diffs[1]] and token[diffs[1]] == word[diffs[0]]:
                return word
        elif len(token) == len(word) + 1:
            if any(token[i] == token[i - 1] and token[:i] + token[i + 1:] == word for i in range(1, len(token))):
                return word
        elif len(token) == len(word) - 1 and len(word) >= 8 and any(word[:i] + word[i + 1:] == token for i in range(1, len(word))):
            return word
    return None


def _slips_mended(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with its slips mended, and each (mended word, word as typed) to show the editor their own words."""
    folded = fold(text)
    mended = [(match.span(), word) for match in _SLIP_TOKEN.finditer(folded) if (word := _slip_of(match.group()))]
    typed = [(word, text[start:end]) for (start, end), word in mended]
    for (start, end), word in reversed(mended):
        text = text[:start] + word + text[end:]
    return text, typed


@lru_cache(maxsize=4096)
def language_of_name(word: str) -> str | None:
    """Code of a language name as editors type it, typos of one letter included ("englsh", "fracais")."""
    if word in _NAMES:
        return _NAMES[word]
    if len(word) < 5 or word in _COUNTRIES:
        return None
    for name, code in _TYPO_CANDIDATES.get(word[0], ()):
        if _edit_distance_one(word, name):
            return code
    return None


# The names a typo is compared with (five letters or more, the same first letter), by first letter.
_TYPO_CANDIDATES = {first: [(name, code) for name, code in _NAMES.items() if len(name) >= 5 and name[0] == first]
                    for first in {name[0] for name in _NAMES}}


# "Tiene que tener un título nuevo: Cómo ahorrar…", "il faudrait un titre nouveau : …": the label inside a request.
_TITLE_IN_REQUEST = (
    r"(?:\b(?:un|una|el|le|the|a|an|ein|einen|eine|il|uno|une|un autre|another|den|der|die|das|la|lo)"
    # "please use this title: …", "Mets ce titre : …": a demonstrative after the verb that asks for the title, not after a
    # preposition ("Behind that headline: …", "Sous ce titre : …" are the article's); an article only after a verb that uses
    # it ("keep the headline as:"; "Arsenal clinch the title: …" is sport)
    r"|(?<![\w'])(?!(?:behind|under|below|above|with|without|sous|derriere|sur|avec|sans|dietro|sotto|sopra|con|senza|bajo|detras|tras|sin"
    r"|hinter|unter|uber|mit|ohne|from|de|du|des|von|da|di|del|dal|in|en|au|a)\b)[\w']+\s+(?:de\s+)?(?:this|that|ce|cette|este|esta|ese|esa|questo"
    r"|questa|quel|quella|diesen|diese|dieser)(?:\s+(?:exact|exacte|exacto|esatto|genauen|precise))?"  # "use this exact headline:"
    r"|\b(?:use|utilise[rz]?|usa|usar|utilizza|verwende|nimm|take|keep|garde[rz]?|prends|prenez|mets|mettez|pon|metti|go with)\s+(?:the|le|la|el|il|den|lo))\s+"
    r"(?:(?:new|nouveau|nuevo|neuen|neuer|nuovo|other|autre|otro|anderen|altro|following|suivant|siguiente|seguente|folgenden)\s+)?"
    + _TITLE_LABEL + r"(?:\s+(?:nuevo|nueva|nouveau|neuen|nuovo|new|different|distinto|diferente|diverso))?"
    # "keep the headline as: …", "bitte den Titel ändern in: …"
    r"(?:\s+(?:as|comme|como|come|andern in|aendern in|change to|changer en|changer pour|cambiar a|cambiare in))?\s*:\s*(.+)$")
# What a brief says of the title it gives: that it is imposed, approved, must stay or is to be kept ("titre à conserver :",
# "title to keep:": the title is given, not to be written).
_TITLE_GIVEN = ("soit|soit exactement|sea|sea exactamente|sia|sia esattamente|be exactly"
                "|bitte genau|soll lauten|sollte lauten|muss lauten|a garder tel quel|a conserver tel quel|is set|is fixed|is final|est fixe|est fixee|esta fijado|steht fest|e fissato|must be|should be|is|will be|impose|imposee?|obligatoire|souhaite|demande|deve essere|doit etre|debe ser|muss sein"
                "|soll sein|sera|sara|obligatorio|vorgegeben|gewunscht|obbligatorio|richiesto"
                "|doit etre exactement|must be exactly|should be exactly|deve essere esattamente|debe ser exactamente|muss genau lauten"
                "|c'est|ce sera"  # "pardon erreur, le titre c'est : …"
                "|must stay|must remain|should stay|stays|remains|doit rester|reste|restera|debe quedar|debe seguir siendo|se queda"
                "|muss bleiben|bleibt|deve restare|resta|rimane"
                "|a conserver|a garder|a reprendre|a utiliser|to keep|to use|to retain|fixed|fixe|a mantener|a conservar|a usar|da mantenere"
                "|da conservare|da usare|beizubehalten|zu verwenden"
                # "Title should read: …", "Y el título que sea: …"
                "|should read|must read|shall read|has to read|needs to read|has to be|needs to be|que sea|que soit|qu'il soit|che sia"
                "|tiene que ser|ha de ser|doit s'appeler|tiene que llamarse|debe llamarse|deve chiamarsi|soll heissen|muss heissen")
# ... and, only before the quoted title, what it is now: "le titre est « … »", "der Titel jetzt: „…“" ("Le titre est : une
# victoire historique" is a sentence).
_TITLE_NOW = ("devra etre|c'est|est|es|soll|muss|ist|e|required|suivant|siguiente|seguente|folgend\\w*|lautet|heisst|stays as|remains as"

              "|stays the same as|is now|est maintenant|ahora es|ora e|jetzt|now|maintenant|ahora|ora|s'intitule|se titula|si intitola"
              "|andern in|change to|changed to|changer en|changer pour|cambiar a|cambiar por|cambiare in|cambiare con|in"
              "|bitte|please|svp|stp|por favor|per favore"  # "Überschrift bitte „…“"
              # "il titolo deve essere esattamente « … »", "le titre ce sera « … »", "Titel übernehmen: «…»"
              "|must be exactly|should be exactly|has to be exactly|doit etre exactement|deve essere esattamente|debe ser exactamente|muss genau"
              "|soll genau|ce sera|ca sera|ubernehmen|uebernehmen")
# Who gave it: "titre imposé par la rédac chef, « … »", "title approved by the client". Before a colon and no quotes, only the
# client or the desk ("Titre validé par le client : …"; "Titre validé par la LFP : le PSG champion" is sport).
_TITLE_APPROVED = (r"(?:valide|validee|approuve|approuvee|approved|aprobado|aprobada|genehmigt|freigegeben|approvato|approvata|confirmed"
                   r"|confirme|confirmee|confirmado|bestatigt|confermato|impose|imposee|imposto|impuesto|vorgegeben)")
_BY = r"(?:par|by|por|von|vom|da|dal|dalla)"
_TITLE_GIVEN_BY = r"(?:\s+" + _BY + r"\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
_TITLE_HEAD = (r"(?:(?:and|et|e|y|und)\s+)?(?:(?:the|le|la|el|il|der|die|das|as|comme|como|come|als)\s+)?" + _TITLE_LABEL + r"(?:\s+(?:" + _TITLE_GIVEN + r")(?:\s+(?:as|comme|como|come|so|wie))?)?"
               r"(?:\s+" + _TITLE_APPROVED + r"\s+" + _BY + r"\s+(?:the |le |la |el |il |den |dem |der |l')?(?:" + _ORDERER + r"))?")
_TITLE_HEAD_ALONE = _LazyPattern(r"^\s*" + _TITLE_HEAD + r"\s*$")
# Who wishes the title, in a sentence: "we'd like", "on aimerait", "nos gustaría", "vorremmo", "wir hätten gern".
_TITLE_WISHES = ("we'd like|i'd like|we would like|i would like|we'd love|i'd love|we would love|i would love|we want|nous aimerions|on aimerait|j'aimerais|nous voudrions|on voudrait|je voudrais"
                 "|nous souhaitons|nous souhaiterions|quisieramos|queremos|nos gustaria|me gustaria|vorremmo|vorrei|ci piacerebbe|mi piacerebbe"
                 "|wir hatten gern|wir hatten gerne|wir mochten|ich mochte|ich hatte gern|ich hatte gerne")
# The title as the topic of the sentence that gives it: "Pour le titre, on aimerait « … »", "As for the headline, …".
_TITLE_AS_TOPIC = (r"\b(?:pour|for|para|per|fur|as for|quant au|en cuanto al|quanto al|para el|per il|fur den|zum)\s+(?:the |le |el |il |den |die )?"
                   + _TITLE_LABEL)
_TITLE_PATTERNS = [_LazyPattern(pattern) for pattern in (
    r"^\s*" + _TITLE_HEAD + r"(?:\s*[:=]|\s+[-–—])\s*(.+)$",
    # The label then the quoted title, with or without a colon: "titre imposé « X »", "Überschrift „X“",
    # "con este título: "X"" (the title is what the quotes hold).
    r"(?:^|\b(?:with|avec|con|mit|sous|under|bajo|col|keep|keeping|garder|gardez|conserver|conservez|mantener|mantenga|manten|mantenere"
    r"|mantenete|behalten|behalte|beibehalten)\s+(?:this|the|ce|le|este|el|questo|il|diesem|dem|den)?\s*"
    r"|\b(?:the|le|la|el|il|lo|die|der|das|den|dem|des|les|los|las|i|gli|au|al|zum|beim|als|comme|como|come|bitte|please)\s+)"
    + _TITLE_LABEL + r"(?:\s+(?:" + _TITLE_GIVEN + "|" + _TITLE_NOW + "|" + _TITLE_APPROVED + r"))*" + _TITLE_GIVEN_BY
    # a single-quoted title may hold apostrophes ("'Why London's cyclists are angry'"): it closes before punctuation or the end
    + r"\s*[:=,]?\s*(?:'(.{2,150}?)'(?=\s*(?:[,.;:!?)]|$))|[\"“«„‘]([^\"”»“’]{2,150})[\"”»“’])",
    _TITLE_IN_REQUEST,
    r"\b(?:title it|call it|name it|intitule[rz]?(?:-le)?|titulalo|titolalo|nenne ihn|nenn ihn)\s*[:=]?\s*[\"“«„‘']([^\"”»“’]{2,150})[\"”»“’]",
    # A request that the piece bear a title, the verb then the quotes: "intitulez l'article « … »", "intitola il pezzo «…»",
    # "betitelt den Text mit „…“", "I'd like the piece to be titled "…"", "que la nouvelle version porte le titre « … »".
    # The object or the request's mood is required: "Le rapport, intitulé « … »" and "The film, titled "…"" are news.
    r"\b(?:(?:intitule[rz]|titre[rz]|intitola(?:re|te)?|titola(?:re|te)?|titula[rd]?|betitel[nt]?|betitele|betitle|uberschreib(?:en|t)?|nomme[rz]|appele[rz]"
    r"|chiama(?:re|te)?|llama[rd]?|call|name|title|headline)(?:-le|-la|lo|la)?\s+(?:(?:l'|le |la |il |el |lo |den |das |the |this |ce |cet |cette"
    r"|ton |votre |questo |este )?(?:article|articolo|articulo|artikel|text|texte|texto|testo|papier|pezzo|piece|post|story|beitrag|billet"
    r"|nouvelle version|new version|nueva version|nuova versione|neue fassung)\s+)?(?:bitte |please |svp |stp )?(?:mit |with |avec |con |en |as |comme |como |come )?"
    r"|(?:to be|should be|must be|could be|can be|be) (?:titled|entitled|called|named|headlined) "
    r"|\b(?:que|che|dass)\s+(?:l'|le |la |il |lo |el |der |die |das |the |ce |cet |cette |questo |este )?(?:nouvelle |new |nuova |nueva |neue )?"
    r"(?:" + _TEXT_NOUNS + r")\s+"
    r"(?:s'intitule|porte le titre|ait pour titre|ait comme titre|ait le titre|s'appelle|se titule|se titulara"
    r"|se llame|lleve el titulo|si intitoli|si intitolasse|si chiami|si chiamasse|abbia (?:come|il|per) titolo|porti il titolo|den titel .{0,20}?trag[te]"
    r"|betitelt (?:ist|wird))\s+"
    r")[:=]?\s*[\"“«„‘]([^\"”»“’]{2,150})[\"”»“’]",
    # German names the title before its verb: "dass der Artikel „…“ heißt", "der Text soll „…“ heißen"
    r"\b(?:dass|soll|sollte|muss)\s+(?:(?:der|die|das|den)\s+(?:text|artikel|beitrag|bericht|stuck|fassung|neufassung)\s+)?[\"“„]([^\"”“]{2,150})[\"”“]\s+(?:hei(?:ss|ß)(?:t|en|e)|lautet|lauten)\b",
    r"\b(?:use|utilise[rz]?|with|avec|usa|con|mit|verwende)\s+(?:the |le |comme |el |il |den )?(?:title|titre|titulo|titolo|titel)"
    r"\s*[:=]?\s*[\"“«'](.+?)[\"”»']",
    # The title wished in a sentence: "We'd like the headline to be "…"", "Pour le titre, on aimerait vraiment « … »",
    # "avec un titre bien précis : « … »"
    r"(?:\b(?:" + _TITLE_WISHES + r")\s+(?:(?:vraiment|really|bien|davvero|realmente|wirklich|gerne?)\s+)?(?:the |le |la |el |il |lo |den |die |als )?"
    + _TITLE_LABEL + r"(?:\s+(?:to be|soit|d'etre|que sea|sea|che sia|sia|ist|lautet|as|comme|como|come))?"
    + "|" + _TITLE_AS_TOPIC + r"\s*,?\s*(?:(?:" + _TITLE_WISHES + r")\s+)?(?:(?:vraiment|really|bien|davvero|realmente|wirklich|gerne?)\s+)?"
    r"|\b(?:avec|with|con|mit)\s+(?:un|une|a|an|una|uno|einen|einem)\s+" + _TITLE_LABEL
    + r"\s+(?:bien |tres |muy |molto |sehr |very )?(?:precis|precise|preciso|precisa|exact|exacte|exacto|esatto|specific|specifique|concreto|bestimmten|genauen)"
    r")\s*[:=]?\s*[\"“«„‘]([^\"”»“’]{2,150})[\"”»“’]",
)]
_SOUND = _alternatives("sound|sounds|sonne|sonner|suene|suenen|klingt|klingen|suoni|suonare")  # "make it sound friendly"
_TONE_COPULAS = ("can be|could be|may be|peut etre|pourrait etre|puede ser|podria ser|kann|darf|konnte|puo essere|potrebbe essere|"
                 "is|are|should|should be|must|must be|needs to be|has to be|shall be|will be|be|stay|remain|must stay|should stay"
                 "|rester|doit rester|reste|quedar|debe quedar|seguir|bleiben|soll bleiben|sollte bleiben|restare|deve restare|rimanere|il|it|doit|doit etre|devrait|devrait etre"
                 "|devra etre|est|sera|soit|etre|sois|plutot|debe|debe ser|deberia|deberia ser|tiene que ser|ser|es|sea|muss|soll|sollte"
                 "|ist|gerne|gern|bitte|deve|deve essere|dovrebbe|dovrebbe essere|essere|sia|e|va|rather|always|toujours|siempre|immer|sempre")
# The editor changing their mind, one vocabulary for every field: adverbs ("plutôt léger", "actually casual", "mejor
# 700") and the verbs that set the new figure ("make it 900", "que sean 400", "facciamo 1000"). A verb sets a figure
# alone; an adverb alone before a figure is news as often ("Plutôt 2025.").
_CHANGE_OF_MIND = "finalement|plutot|actually|rather|instead|anzi|invece|piuttosto|lieber|doch|mejor|mas bien|mieux|eher|meglio|better"
_SETS_FIGURE = ("make it|make that|go with|go for|facciamo|facciamone|que sean|que sea|mets|mettons|mettez|mettez-en|mets-en|mettons-en|faites-en|fais-en"
                "|disons|let's say|sagen wir"
                "|nehmen wir|dejalo en|dejemoslo en|on part sur|partons sur|vamos con|andiamo con|we go with|let's go with"
                # "sorry, I meant 600 not 500", "je voulais dire 700 mots", "quería decir 450", "ich meinte 750", "intendevo 1000"
                "|i meant|i mean|meant|je voulais dire|je veux dire|queria decir|quise decir|quiero decir|ich meinte|ich meine"
                "|intendevo|volevo dire|intendo"
                # "sorry, should be 650", "pardon, plutôt ça devrait être 650"
                "|should be|it should be|ca devrait etre|devrait etre|deberia ser|dovrebbe essere|sollte sein|sollten es sein")
# Tones said in words that headings and advice use too: read only beside other fields (weak).
_TONE_BESIDE = (
    # the tone's words alone: "Fun and chatty please", "Sobre et précis svp"
    r"^\s*(" + _TONE_WORDS + r"(?:,?\s+(?:and|et|y|und|e)\s+" + _TONE_WORDS + r"))(?:\s+(?:please|pls|svp|stp|bitte|por favor|per favore))?\s*$",
    # German puts the verb last: "sachlich bleiben", "(soll) eher locker klingen"
    r"^\s*(?:(?:er|sie|es|der text|der artikel)\s+(?:soll|sollte|muss)\s+)?(?:(?:eher|etwas|ganz|sehr|moglichst|bitte)\s+)?(" + _TONE_WORDS
    + r")\s+(?:bleiben|sein|wirken|klingen|gehalten sein|geschrieben sein)\s*$",
)
_TONE_PATTERNS = [_LazyPattern(pattern) for pattern in (
    r"^\s*" + _TONE_LABEL + r"\s*[:=]\s*(.+)$",
    r"\b(?:in|with|on|adopt|use|using|keep)\s+(?:an?|the)\s+([\w' ,&-]+?)\s+(?:tone|voice|style|register)\b",
    r"^\s*(?:(?:a|an|with an?|use an?|ein(?:en)?|mit (?:einem|einer))\s+)?(?!(?:the|le|la|der|die|das|den|il|el|un|une|ein)\s)"
    r"([a-z][\w-]{2,}(?:\s+[a-z][\w-]{2,})?(?:\s+(?:and|&|und|but|aber)\s+(?:not\s+|nicht\s+)?[a-z][\w-]*)?)\s+(?:tone|voice|register|ton|tonfall|stil)"
    r"(?:\s+(?:verwenden|benutzen|nutzen|wahlen|anschlagen|treffen|use))?\s*$",  # "einen lockeren Ton verwenden"
    r"^\s*(?:(?:a|an|with an?|use an?)\s+)?(" + _TONE_WORDS + r")\s+style\s*$",
    r"^\s*(?:(?:gerne|gern|bitte)\s+)?([a-z][\w-]*(?:\s+(?:and|und|et|y|e|but|aber)\s+[a-z][\w-]*)?)\s+(?:in|im|de|di|en)\s+(?:tone|ton|tono)\s*$",
    r"^\s*(?:keep it|make it|keep the text|make the text)\s+([a-z][\w-]*(?:\s+(?:and|but)\s+[a-z][\w-]*)?)\s+in tone\s*$",
    r"\b" + _SOUND + r"\s+(?:more\s+|plus\s+|mas\s+|piu\s+|eher\s+)?"
    # before the readers it is for: "make it sound casual for younger readers"
    r"([a-z][\w'-]*(?:\s+(?:and|y|et|und|e|but|not|pas|no|nicht|non|mais|pero|ma|aber)\s+[a-z][\w'-]*)?)\s*(?:$|(?=\s+(?:for|pour|para|per|fur)\s))",
    # "lustig und locker geschrieben", "written plain and simple".
    r"^\s*(" + _TONE_WORDS + r"(?:\s*(?:,|and|et|y|und|e)\s*" + _TONE_WORDS + r")*)\s+(?:geschrieben|written|ecrit|escrito|scritto)\s*$",
    r"(?:^|\b(?:sur|avec|adopte[rz]?|utilise[rz]?|d'|dans|con|col|dal|del|du|au|en|usa|usando|adopta|in|mit"
    r"|" + _CHANGE_OF_MIND + r")\s+)(?:un|uno|une)?\s*"
    r"(?:ton|tono|registre|registro|estilo|stile|style)\s+((?:(?:mas|plus|piu|more|un poco|un peu|a bit|etwas)\s+)?[a-z][\w'-]*(?:\s+(?:et|y|e)\s+[a-z][\w'-]*)?)\s*$",
    r"\bin\s+(?:einem\s+|einer\s+)?([\w-]+)\s+(?:ton|stil|tonfall)\b",
    r"^\s*(?:(?:please|bitte|svp|por favor|per favore)\s+)?(" + _TONE_WORDS + r")\s*$",
    r"^\s*(" + _TONE_WORDS + r"(?:\s*(?:,|and|et|y|und|e|but|mais|pero|ma|aber)\s*(?:not\s+|pas\s+|no\s+|nicht\s+|non\s+)?" + _TONE_WORDS + r")+)\s*$",
    r"\b(?:be|sois|soyez|make it|keep it|reste[rz]?|stay|se|sii|seien sie|sei)\s+(" + _TONE_WORDS
    + r"(?:\s+(?:and|et|y|und|e|but|mais|pero|ma|aber)\s+" + _TONE_WORDS + r")?)\s*$",
    # The tone named anywhere in the clause, then what it must be, as non-native and hurried briefs say it:
    # "the tone must be friendly but professional", "le ton il doit être humoristique", "tono es serio",
    # "Ton muss professionell sein", "Der Ton soll freundlich sein", "Ton gerne empathisch".
    r"\b(?:tone of voice|tone|ton|tono|tonfall|tonalite|tonalita|tonalitat)"
    r"(?:\s+(?:" + _alternatives(_TONE_COPULAS) + r"))*\s*[:=,]?\s+(?!(?:of|de|du|des|del|di|der|only|seulement|uniquement|solo|nur|soltanto|here|ici|umschreiben|schreiben|rewrite|ecrire|escribir|scrivere"
    r"|thx|thanks|merci|danke|grazie|gracias|cheers|please|pls|plz|svp|stp|bitte|por favor|per favore"
    r"|would|could|serait|ce serait|ca serait|seria|sarebbe|ware|waere)\b)"
    # "il tono va cambiato": that the tone changes is no tone.
    r"(?!(?:[\w'-]+\s+)?(?:changed|change|changes|cambiato|cambiata|cambiare|cambiado|cambiar|geandert|andern|modifie|modifier|different)\b)([a-z][\w'-]*(?:[ ,&]+[\w'-]+){0,4}?)"
    r"(?:\s+(?:since|because|as it|car|parce que|porque|ya que|weil|da|perche|poiche|che|que|qui|that)\b.*)?"
    r"(?:\s+(?:sein|sei|bleiben|etre|rester|ser|quedar|essere|restare|be|stay|please|pls|bitte|svp|stp|por favor|per favore|merci|danke|grazie|gracias|thanks"
    r"|bcp|beaucoup|mille|a lot))*\s*$",
    r"\ben mode\s+(" + _TONE_WORDS + r")\b",  # "réécris-moi ça en mode détendu"
    # the tone in quotes after its name: "ton « friendly but professional »", "Tonalität: „sachlich, aber warm“"
    r"\b(?:ton|tone|tono|tonalite|tonalita|tonalitat|tonfall)\s*:?\s*[«\"“„]\s*([^»\"”“]{2,60}?)\s*[»\"”“]",
    *_TONE_BESIDE,
    # A correction naming only the new tone: "meglio colloquiale", "mejor cercano", "plutôt léger", "lieber locker".
    r"^\s*(?:" + _CHANGE_OF_MIND + r")\s+(" + _TONE_WORDS
    + r"(?:\s+(?:and|et|y|und|e)\s+" + _TONE_WORDS + r")?)\s*$",
    # "go for a relaxed tone", "in a reassuring but firm voice".
    r"\b(?:a|an|un|une|una|uno|einen|ein|einem)\s+([a-z][\w-]*(?:,\s*[a-z][\w-]*)?(?:,?\s+(?:and|et|y|und|e|but|mais|pero|ma|aber)\s+(?:not\s+|pas\s+|no\s+|nicht\s+|non\s+)?[\w-]+)?)"
    r"\s+(?:tone|voice|ton|tono|tonfall|register)\b",
)]
# Formal briefs say whom the text will address in the future tense, then what else it will do: "Il s'adressera
# aux élus locaux et adoptera un ton neutre", "se dirigirá a los socios y tendrá". Weak: news says it of a scheme.
_TEXT_WILL_ADDRESS = (r"\b(?:s'adressera|se dirigira|si rivolgera|will speak to|will be aimed at|will address)\s+(?:(?:aux|au|a la|a los|a las"
                      r"|al|ai|agli|alle|a|to)\s+)?(.+?)(?:\s+(?:et|and|y|e|und)\s+\S+(?:ra|ront|ran)\b.*)?$")
# The nouns of a body of readers: "un lectorat de jeunes parents", "a readership of retirees".
_READERSHIP = "lectorat|public|readership|audience|publico|pubblico|publikum|leserschaft"
# "Zielgruppe Studierende", "destinatari ragazzi delle medie": a label without its colon (weak: "Public profile" is a menu).
_AUDIENCE_WITHOUT_COLON = (r"^\s*" + _AUDIENCE_LABEL + r"\s+([a-z][\w'-]*(?:\s+[\w'.-]+){0,5}"
                           r"|\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:ans|years|year-olds|anos|jahre|jahrige|anni))\s*$")  # "public 18-25 ans"
# Readers said in words that news uses too ("Le parc est conçu pour les familles", "Unsere Mitglieder sind vor allem Rentner"):
# read only beside other fields (weak).
_AUDIENCE_BESIDE = (
    r"\b(?:pensada para|pensados para|pensadas para|designed for|pense pour|pensee pour|concu pour|concue pour|comprehensible par|comprehensible pour"
    r"|understandable for|understandable by|comprensible para|comprensibile per|comprensibile da)\s+(.+)$",
    r"\bpensando\s+(?:soprattutto|sobre todo|surtout|especialmente|in particolare)\s+(?:en|a|alle|ai|agli|al|alla|a los|a las)\s+(.+)$",
    r"\b(?:visons|ciblons|targets|apuntamos a|puntiamo a)\s+(?:un |une |le |la |les |a |an |the |una |el |il |lo )?(?:" + _READERSHIP + r")\s+(?:de |d'|of |di )\s*(.+)$",
    # "mes clients sont surtout des retraités du quartier", "our members are mostly families"
    r"^\s*(?:mes|nos|my|our|mis|nuestros|i miei|i nostri|meine|unsere)\s+(?:clients|clientes|customers|members|adherents|membres|socios|soci|clienti"
    r"|kunden|mitglieder|abonnes|subscribers|suscriptores|lecteurs|readers|lectores|lettori|leser|auditeurs|listeners)\s+(?:sont|are|son|sono|sind)"
    r"(?:\s+(?:surtout|mostly|mainly|sobre todo|soprattutto|vor allem|principalement|en majorite))?\s+(?:des\s+|de\s+|d')?(.+)$",
    r"\bfur\s+(?:die\s+|den\s+)?(.+?)\s+(?:verstandlich|lesbar|zuganglich|geeignet)(?:\s+sein)?\s*$",  # "Er soll für unsere Mitglieder verständlich sein"
)
_AUDIENCE_PATTERNS = [_LazyPattern(pattern) for pattern in (
    r"^\s*(?:(?:the|le|la|les|el|los|las|il|lo|i|die|der|das|unser|unsere|notre|nos|our|nuestro|nuestra|il nostro)\s+)?"
    + _AUDIENCE_LABEL + r"\s*[:=]\s*(.+)$",
    # "the readers are retired homeowners", "Zielgruppe sind Studierende", "il pubblico sono i pensionati".
    r"\b(?:the\s+|les\s+|le\s+|los\s+|el\s+|die\s+|der\s+|il\s+|i\s+|our\s+|nos\s+|nuestros\s+|unsere\s+|i nostri\s+|my\s+|mes\s+"
    r"|leur\s+|leurs\s+|their\s+|su\s+|sus\s+|ihr\s+|ihre\s+|il loro\s+|i loro\s+|notre\s+|son\s+|sa\s+)?"
    + _AUDIENCE_LABEL + r"\s+(?:is|are|being|will be|sont|est|etant|c'est|ce sont|seront|son|es|siendo|seran|sind|ist|sono|e|essendo|saranno|est compose|se compone|besteht"
    r"|e composto|consists|is made up)(?:\s+(?:mostly|mainly|surtout|principalement|sobre todo|vor allem|soprattutto"
    r"|doch|eigentlich|en fait|actually))?(?:\s+(?:des|de|d'|of|aus|da|dei|degli|delle))?"
    r"(?:\s+(?:mostly|mainly|largely|surtout|principalement|sobre todo|principalmente|vor allem|meist|meistens|soprattutto|per lo piu))?\s+(.+)$",
    # "dirigir el texto a los vecinos mayores", "adresser le texte aux familles".
    r"\b(?:dirigir|dirigirlo|dirige|dirigido|adresser|adressez|rivolgere|rivolgi|richten|address|aim)\s+(?:it\s+|el texto\s+|le texte\s+|il testo\s+|den text\s+)?"
    r"(?:a|à|an|al|to|aux|ai|agli|alle)\s+(?:los\s+|las\s+|les\s+|i\s+|gli\s+|le\s+|die\s+)?(.+)$",
    # "Lo leen sobre todo socios del club", "it's read by commuters".
    r"\b(?:lo leen|la leen|le leen|lo leggono|la leggono|lo legge|la legge|it's read by|it is read by|read by|lu par|lue par|letto da|letta da"
    r"|going out to|goes out to|goes to|sent to|lisible par|readable by|legible para|lesbar fur|leggibile da|envoye aux|enviado a|inviato a"
    r"|gelesen von|wird gelesen von|pensando en|pensando a|pensando alle|pensando ai|pensando agli|en pensant a|thinking of|im hinblick auf|mit blick auf)\s+"
    r"(?:(?:sobre todo|mostly|mainly|surtout|vor allem|soprattutto|principalmente)\s+)?(.+)$",
    # "para un blog de maestros de primaria", "for a magazine for young parents".
    r"\b(?:for|pour|para|per|fur)\s+(?:an?\s+|un\s+|une\s+|una\s+|uno\s+|ein(?:en)?\s+)?"
    r"(?:blog|site|website|magazine|revista|rivista|zeitschrift|newsletter|portal|portail)\s+(?:de|di|for|of|pour|para|per|fur|des|dei|delle)\s+(.+)$",
    # "pour la newsletter des commerçants du centre-ville", "for the newsletter for young parents": the readers it goes to
    r"\b(?:for|pour|para|per)\s+(?:the|la|le|l'|el|il|lo)\s*(?:newsletter|bulletin|boletin|notiziario|magazine|revista|rivista|lettre d'info)\s+"
    r"(?:des|dei|degli|delle|de los|de las|for|pour les|para los|para las|per i|per le)\s+(.+)$",
    r"\bfor\s+((?:an?\s+|the\s+)?[\w' -]+?\s+(?:audience|readers|readership))\b",
    r"\b(?:aimed at|target(?:t)?ing(?!\s*[\"“«‘'„])|targeted at|intended for|written for|geared (?:to|towards)|addressed to|rivolta agli|rivolto agli|rivolta alle"
    r"|rivolto alle|destinata a|destinata ai|destinata agli|destinato agli|suitable for|suited to|adapte a|adapte aux|adaptee a|adaptee aux"
    r"|adecuado para|adecuada para|adatto a|adatta a|adatto ai|adatta ai|geeignet fur"
    r"|dirigido a|dirigida a|pensado para|destinado a|richtet sich an|rivolto a|rivolto ai|rivolto alle|rivolta a|rivolta ai|destinato a|destinato ai|pensato per|pensata per)\s+(.+)$",
    r"\b(?:destinee?s?|s'adressant|adressee?s?)\s+(?:a|aux)\s+(.+)$",
    r"\ba l'intention (?:des|de|du|d')\s*(.+)$",  # "à l'intention des enfants de 8 à 10 ans"
    r"(?<=\w )a l'attention des\s+(.+)$",  # "… soit réécrit à l'attention des étudiants" ("À l'attention du service…" heads a letter)
    r"\bsich an\s+(?:die\s+|den\s+)?(.+?)\s+richten\s*$",  # "… und sich an Lehrkräfte richten"
    r"\b(?:text|artikel|beitrag|bericht)\s+(?:ist|wird|soll)\s+(?:\w+\s+)?fur\s+(?:die\s+|den\s+|das\s+)?(.+?)\s+gedacht\b",  # "Der Artikel ist für die Bürger … gedacht"
    # "viser un lectorat de jeunes parents", "target a readership of retirees", "puntare a un pubblico di studenti".
    r"\b(?:viser|visez|vise|cibler|ciblez|target|targeting|aim at|aim for|apuntar a|apunta a|puntare a|punta a|ansprechen)\s+(?:un |une |le |la |les |a |an |the "
    r"|una |el |il |lo |ein |eine )?(?:" + _READERSHIP + r")\s+(?:de |d'|of |di |aus )\s*(.+)$",
    _TEXT_WILL_ADDRESS,
    r"\b(?:the\s+)?target\s+(?:is|are|will be)\s+(?!\d|to\b|a\s+length|around|about)(.+)$",
    r"\ba destination (?:des|du|de|d')\s*(.+)$",
    r"\b(?:pour|para|per|fur)\s+((?:un|le|des|les|el|los|un|il|i|ein|das|die)\s+(?:public|lecteurs?|lectorat|publico|lectores|pubblico|lettori|publikum|leser)\b.*)$",
    _AUDIENCE_WITHOUT_COLON,  # last: "written for …" and "aimed at …" are read above as they are
    *_AUDIENCE_BESIDE,
)]
_READERSHIP_OF = re.compile(r"(?:un|une|a|an|una|uno|ein|einen|le|la|el|il|lo|the)\s+(?:" + _READERSHIP + r")\s+(?:de\s+|d'|of\s+|di\s+|aus\s+)")
# "(está en inglés)", "it is in English": the text as it is, the source, said in a clause of its own.
_SOURCE_STATED = re.compile(r"^\s*(?:it |this |the text |the article |el texto |el articulo |esto |le texte |l'article |c'|il testo |l'articolo "
                            r"|der text |der artikel |es )?(?:is|esta|est|ist|e|es)\s+(?:currently\s+|actualmente\s+|actuellement\s+|derzeit\s+"
                            r"|attualmente\s+)?$")
_SOURCE_BEFORE = re.compile(r"\b(?:source|original|originale|el original|l'originale|ausgangstext|quelltext|the source text|le texte source"
                            r"|el texto original|il testo originale|fonte|quelle|origen)\s*(?:(?:is|est|es|e|ist|was|etait|era|war|esta)\s*)?[:=]?\s*$")
_NEGATED_BEFORE = re.compile(r"\b(?:not|non|pas|nicht|no|ni|never|jamais|nunca|mai|kein|keinesfalls)\s*$")
_CODE_AFTER_PREPOSITION = re.compile(r"(?:\b(?:in|en|auf|into|to|al|nel|version|versione|fassung|variante|variant|rewrite|rw|reecriture|reescritura"
                                     r"|riscrittura|neufassung)\s+|(?:->|→|=>|⇒)\s*)" + _BARE_CODE_PATTERN)
# The target of a translation, named without a colon: "target is es-MX", "destinazione it-IT", "cible es-ES".
_TARGET_CODE = re.compile(r"\b(?:target|target locale|target language|cible|langue cible|ziel|zielsprache|destino|idioma de destino|destinazione"
                          r"|lingua di destinazione|(?<!a )destination)(?:\s+(?:is|est|es|ist|e))?\s*[:=]?\s*" + _CODE_PATTERN)
# Lower-case codes that are no word of the five languages: "réécris en fr", "write it in fr".
_PLAIN_CODES = frozenset({"fr", "pt", "nl"})
_LANGUAGE_LABELLED = re.compile(r"\b" + _LANGUAGE_LABEL + r"\s*[:=]?\s*(?:(?:doch|lieber|plutot|mejor|meglio|now|maintenant|ahora|ora|jetzt|instead"
                                r"|finalement|finalmente|dann|then)\s+)?(?:en\s+|in\s+|auf\s+)?(?:" + _NAME_PATTERN + "|" + _CODE_PATTERN + ")")
_CODE_BEFORE_FIGURE = re.compile(r"^\s*" + _BARE_CODE_PATTERN.replace(r"\b", "") + r"(?=\s+[~≈±]?\s*\d)")
_LANGUAGE_CODE_ALONE = re.compile(r"^\s*(?:(?:en|in|auf|into|to)\s+)?" + _BARE_CODE_PATTERN + r"\s*(?:only|version|uniquement|seulement|solo|nur)?\s*$")
_LANGUAGE_NAME_ALONE = _LazyPattern(r"^\s*(?:" + _VARIETY + r"\s+)?([a-z]{4,})\s*(?:language|output|only|version|translation|text|uniquement|seulement"
                                    r"|solo|nur|please|svp|bitte|por favor|per favore|of course|obviously|naturlich|selbstverstandlich|bien sur|evidemment"
                                    r"|por supuesto|claro|ovviamente|naturalmente)?\s*[.?!]?\s*$")
# "a Spanish version", "eine deutsche Version", "use British English".
_LANGUAGE_BEFORE_NOUN = _LazyPattern(
    r"\b(?:use|using|utilise[rz]?|usa|usar|verwende|utilizza|(?:we|i)\s+(?:need|want|prefer|require)"
    # "reescribir manteniendo el castellano", "keeping the English"
    r"|manteniendo|keeping|mantenendo|en gardant|gardant|beibehaltend)\s+(?:el |le |l'|the |lo |il |das |den )?(?:" + _VARIETY + r"\s+)?"
    + _NAME_PATTERN + r"\s*$"
    r"|\b(?:" + _VARIETY + r"\s+)?" + _NAME_PATTERN + r"\s+(?:\([a-z ]{2,20}\)\s+)?(?:blog\s+|web\s+)?(?:version|translation|text|fassung|versione|traduccion|traduction|piece|article"
    r"|post|story|copy|rewrite|explainer|summary|feature)\b"
    # the noun first, as French, Spanish and Italian write it: "article seo anglais", "un texto inglés", "un articolo inglese"
    r"|\b(?:article|texte|papier|articulo|texto|articolo|testo)\s+(?:seo\s+)?" + _NAME_PATTERN + r"\b")
# A change of mind names the language it prefers: "il cliente preferisce lo spagnolo", "mejor en italiano".
_LANGUAGE_CONVERTED = _LazyPattern(r"\b(?:pasar|pasarlo|pasas|pasarias|pasamelo|pasalo|paso|pasamos|traducir|traducirlo|traduce|traducelo|traducemelo|traducilo"
                                   r"|traduci|passer|traduire|passare|tradurre|convert|switch"
                                   r"|umstellen|turn (?:it|this)(?: piece| text| article)?)\s+(?:it\s+)?"
                                   r"(?:a|al|a la|à|a l'|all'|al|en|in|into|to|ins|auf)\s*(?:l')?" + _NAME_PATTERN)
_LANGUAGE_PREFERRED = _LazyPattern(r"\b(?:prefers?|would prefer|preferisce|preferirebbe|prefiere|preferiria|prefere|prefererait|bevorzugt|rather|plutot"
                                   r"|mejor|meglio|lieber)\s+(?:the\s+|le\s+|l'|el\s+|lo\s+|il\s+|das\s+|en\s+|in\s+|auf\s+)?" + _NAME_PATTERN)
_LANGUAGE_AFTER_NOUN = _LazyPattern(r"\b(?:version|versione|fassung|translation|traduction|traduccion|traduzione|ubersetzung|be|write it|keep it|make it"
                                    r"|make that|sois|soyez)\s+(?:(?:en|in|al|ins|into|to|auf)\s+)?" + _NAME_PATTERN)
_NO_SUBHEADINGS = _LazyPattern(r"(?:^|\b)" + _NEGATION + r"(?:(?<=')|\s+)(?:\S+\s+){0,4}?(?:d'|de |des )?" + _SUBHEADINGS  # "ne pas mettre d'intertitres"
                               # taken out: "lose the subheadings", "supprimez les intertitres", "die Zwischenüberschriften weglassen"
                               + r"|\b(?:remove|drop|lose|delete|strip|supprime[rz]?|enleve[rz]?|retire[rz]?|quita[r]?|elimina[r]?|togli(?:ere)?|rimuovi"
                               r"|streiche?n?|entferne?n?)\s+(?:the |all |les |des |los |las |i |gli |le |die |alle )?" + _SUBHEADINGS
                               + r"|" + _SUBHEADINGS + r"\s+(?:bitte\s+)?(?:weglassen|streichen|entfernen|raus)\b")
_SHORT_SUBHEADING = re.compile(r"\b(?:hn|subs|petits titres|petits sous-titres|petits intertitres|titres de paragraphe|paragraph titles|paragraph headings)\b")
_WITH_SUBHEADINGS = re.compile(r"(?:^|\b|(?<=\s))" + _SUBHEADINGS)
_SUBHEADINGS_AGAIN = re.compile(r"\s+" + _SUBHEADINGS)
# A field named, then answered, as a form's line is: "H2s yes", "intertitres : non", "sottotitoli sì".
_ANSWERED_YES = re.compile(r"\s*[:=?]?\s*(?:yes|yep|ok|oui|si|ja)(?=\s*(?:[.,;!]|$))")
_ANSWERED_NO = re.compile(r"\s*[:=?]?\s*(?:no|nope|non|nein|none|aucun|aucuns|keine|ninguno|nessuno)(?=\s*(?:[.,;!]|$))")
_FOR_EACH = re.compile(r"(?:\s+" + _SUBHEADINGS + r")?\s+(?:for each|for every|per|every|pour chaque|par|por cada|por|fur jede[nrs]?|je|per ogni|ogni)\s+[\w' -]{1,30}$")
# "niente SEO", "no hace falta SEO", "pas d'optimisation SEO", "sin optimización SEO"
_SEO_NEGATED = re.compile(r"(?:^|\b)(?:" + _NEGATION + r")(?:(?<=')|\s+)(?:(?:optimisation|optimization|optimizacion|ottimizzazione"
                          r"|optimierung)\s+)?$")
_TOKEN = re.compile(r"[a-z0-9'’-]+")
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu)['’]")


# One search says whether any of a field's patterns can match (each holds one of these words): most clauses
# hold none, and a dozen searches are saved for each.
_TITLE_HINT = re.compile(r"\b(?:" + _TITLE_LABEL + r"|title it|call it|name it|intitul|titulalo|titolalo|nenne)")
# A title taken back inside its line: its quotes close, the editor changes their mind, the new title's quotes open.
_RETITLED = re.compile(r"[»”\"“']\s*[,;.!—–-]*\s*(?:[\w']+[,!.]*\s+){0,3}?(?:" + _CHANGE_OF_MIND
                       + r"|non|no|nein|sorry|pardon|perdon|scusa|scusate|i mean|je veux dire|quiero decir|ich meine|cioe)\b[,:!.]*\s*"
                       r"(?:[\w']+[,!.:]*\s+){0,3}?[:]?\s*(?P<title>[«“\"„‘'].+)$")


# What a request asks for, after "for": "ask for a rewrite of …", "pide para una versión" (the readers come later).
_REQUESTED_TEXT = re.compile(r"(?:(?:an?|une?|una?|eine?n?|the|la|le|el|il)\s+)?(?:rewrite|rewritten version|adaptation|version|translation|new version"
                             r"|reecriture|traduction|reescritura|adaptacion|traduccion|riscrittura|versione|traduzione|adattamento"
                             r"|fassung|neufassung|ubersetzung|uberarbeitung)\b")


_HAS_TITLE = re.compile(r"\b(?:a|ont|avait|avaient|aura|porte|portait|prend|prennent|prendra|tiene|tenia|lleva|llevaba|ha|aveva|porta|hat|tragt|has|had|takes"
                        r"|took|bears)\s+(?:pour|comme|como|por|come|als|as)\s+(?:titre|titulo|titolo|titel|title)\b")
_QUOTED_THEN_REMARK = re.compile(r"\s*[\"“«„]\s*(?P<title>[^\"”»“]{2,150}?)\s*[\"”»“]\s*(?=\(|[—–]|-\s|-\w{1,12}\s*$)")


_KEYWORD_SAID = re.compile(r"\b(?:the |le |la |el |il |das |der )?(?:keywords?|key ?phrase|mots?[ -]cles?|mots? importants?|important words?|palabras? claves?"
                           r"|parol[ae] chiave|schlusselw(?:o|oe)rt(?:er)?|suchbegriff)\s+(?:is|are|would be|should be|c'est|est|serait|sont|es|seria|ist|ware|waere"
                           r"|sind|e|sarebbe|sono)\s+(?P<first>[\"“«„][^\"”»“]{2,80}[\"”»“])")
_ANOTHER_QUOTED = re.compile(r"\s*(?:,|and also|and|et aussi|et|y tambien|y|und auch|und|e anche|e|plus)\s*[\"“«„][^\"”»“]{2,80}[\"”»“]")
_HEDGE = re.compile(r"\s*,?\s*(?:glaub ich|glaube ich|i think|je crois|je pense|creo|credo|penso)\b")


def _settled_title(value: str) -> str:
    """ "« A » — euh, plutôt « B »": the title the editor settled on, from its opening quote."""
    retitled = _RETITLED.search(fold(value))
    return value[retitled.start("title"):] if retitled else value


# The verbs of a title asked in a sentence ("to be titled", "intitola il pezzo", "dass der Artikel „…“ heißt")
_TITLE_VERB_HINT = re.compile(r"\b(?:titled|entitled|called|named|headline|intitol|titola|titula|titre[rz]|betitel|betitle|uberschreib|heiss|heiß|lautet"
                              r"|s'appelle|appele[rz]|nomme[rz]|llame|llama|chiam|call|name|title)")
_TONE_HINT = re.compile(r"\b(?:" + _TONE_LABEL + "|" + _SOUND + "|" + _TONE_WORDS + r")\b")
_AUDIENCE_HINT = re.compile(r"\b(?:" + _AUDIENCE_LABEL + r"|for|pour|para|per|fur|aimed|target|intended|a l'intention|a l'attention|written|geared|addressed|dirig|destin|pensad"
                            r"|clients|customers|members|adherents|membres|socios|soci|clienti|kunden|mitglieder|abonnes"
                            r"|pensat|richtet|rivolt|s'adress|adress|a destination|leen|leggono|legge|read by|lu par|lue par|letto|letta|gelesen"
                            r"|pensando|en pensant|thinking|im hinblick|mit blick|rivolger|rivolgi|richten|address|aim|going|goes|sent|lisible|readable"
                            r"|legible|lesbar|leggibile|envoye|enviado|inviato|comprehensible|understandable|comprensibile)")


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each match of the pattern, the next one searched from the character after the last one's start."""
    match = pattern.search(text)
    while match:
        yield match
        match = pattern.search(text, match.start() + 1)


def _first(patterns: list[_LazyPattern], text: str) -> re.Match[str] | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match
    return None


# "pour sortir de l'ombre", "para ganar", "per capire": a purpose, not readers.
# "pour que ce soit plus lisible", "per renderlo più leggibile", "pour le rendre lisible": a purpose too.
_PURPOSE = re.compile(r"(?:pour|para|per)\s+(?:(?:que|qu'|che|quoi)|(?:le |la |les |l'|se |s'|lo |me |te |nous |vous )?(?!(?:notre|votre|nostre|vostre)\b)[a-z]+(?:er|ir|oir|re|ar|are|ere|ire)"
                      r"(?:lo|la|li|le|ne|si|ci|mi|ti|vi|glielo|gliela|nos|los|las|les|se)?)\b")
_UNCOVERED = re.compile(rb"\x00+")


_LANGUAGE_NAME = _RememberedPattern(_NAME_PATTERN)
_KEPT_IN_LANGUAGE = re.compile(
    r"\b(?:keep|leave|garder|gardez|garde|laisser|laissez|mantener|manten|mantenga|dejar|deja|behalten|belassen|lassen|lasciare|lascia|mantenere"
    r"|mantieni)\s+(?!(?:it|this|the text|the article|the piece|le texte|l'article|el texto|el articulo|lo|la|es|ihn|den text|den artikel"
    r"|il testo|l'articolo)\b)[^.;:]{1,60}?\s(?:in|en|auf|nel|al)\s+(?:the\s+)?" + _NAME_PATTERN
    + r"|\b(?:left|kept|laisse|laisses|garde|gardes|dejado|dejados|mantenido|gelassen|belassen|lasciato|lasciati|mantenuto)\s+(?:in|en|auf|nel|al)\s+"
    + _NAME_PATTERN)
# "on garde le français", "we keep the English": the language the text stays in.
_LANGUAGE_KEPT = _LazyPattern(r"\b(?:on garde|gardez|gardons|we keep|keep|mantenemos|mantenga|manteniamo|teniamo|behalten wir|wir behalten)\s+"
                              r"(?:le |the |el |lo |das |l'|il )" + _NAME_PATTERN + r"(?=\s*(?:$|[,.;]|mais|but|pero|aber|ma)\b)")
# "turn this into a French-language piece", "una versión en lengua española": the text's language as its adjective
_LANGUAGE_OF_TEXT = _LazyPattern(r"\b(?:an?\s+)?([a-z]{4,})-language\s+(?:piece|article|version|text|story|post|edition)\b")
_LANGUAGE_NAMED = (_LANGUAGE_NAME_ALONE, _LANGUAGE_AFTER_NOUN, _LANGUAGE_CONVERTED, _LANGUAGE_PREFERRED, _LANGUAGE_BEFORE_NOUN, _LANGUAGE_KEPT,
                   _LANGUAGE_OF_TEXT)


class _FragmentReader:
    """Reads one clause for the fields it sets; remembers which characters it understood."""

    def __init__(self, original: str, *, beside_directives: bool = False) -> None:
        # In a line already read as a brief, readers may follow words the tables do not know.
        self.beside_directives = beside_directives
        self.original = original
        self.folded = fold(original)
        self.covered = bytearray(len(original))
        self.assignments: list[_Assignment] = []

    def _cover(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * (end - start)

    def _take(self, match: re.Match[str], field_name: str, value: object) -> None:
        self._cover(match.start(), match.end())
        self.assignments.append(_Assignment(field_name, value, self.original.strip()))

    def _value(self, match: re.Match[str], group: int | str = 1) -> str:
        start, end = match.span(group)
        return _unquoted(self.original[start:end])

    def read(self) -> None:
        self._focus_named()
        self._keyword_named()
        # Readers, labelled or not, are named after a word of this hint ("for", "pour", "Zielgruppe"…).
        readers_hinted = bool(_AUDIENCE_HINT.search(self.folded))
        self._title()
        self._tone()
        self._audience(readers_hinted)
        self.word_counts()
        self._language()
        self._subheadings()
        if any(assignment.field == "subheadings" for assignment in self.assignments):
            for match in _SECTION_SPACING.finditer(self.folded):
                self._cover(match.start(), match.end())  # "Zwischentitel alle drei Absätze": how often, said with them
        self._seo()
        if readers_hinted and not self.assignments:
            self._readers_named()
        if readers_hinted and not any(assignment.field == "audience" for assignment in self.assignments):
            self._readers_after_fields()
        if self.assignments:
            self._destination()

    def _destination(self) -> None:
        """Where the text goes, after what it must be: "en inglés para la edición internacional", "in francese x edizione FR":
        no unknown word (nor a request for the model to map: "pour le web" is said of most articles); and when it is due
        ("en espagnol pour lundi", "in English by Friday")."""
        for tail in (_DESTINATION_TAIL, _DEADLINE_TAIL):
            if tail is _DEADLINE_TAIL and not _TO_THE_WRITER.search(self.folded):
                continue  # "Cours en anglais avant mardi" is a listing; "traduis-le pour jeudi" asks
            match = tail.search(self.folded)
            if match and not any(self.covered[match.start("where"):match.end()]):  # the language's pattern may take the preposition
                self._cover(match.start(), match.end())

    def _readers_named(self) -> None:
        """A clause that only names readers: "for professionals", "pour les débutants", "für Einsteiger"."""
        opener = _REQUEST_OPENER.match(self.folded)
        start = opener.end() if opener else 0
        match = _READERS.match(self.folded, start)
        purpose = _PURPOSE.search(self.folded, match.start(), match.end()) if match else None  # "c'est pour réécrire l'article"
        if (match and not (purpose and purpose.start() < match.start(1)) and len(match.group(1).split()) <= MAX_READER_WORDS and not _SEO_PATTERN.search(match.group(1))
                and not _names_channel(match.group(1)) and not _NOT_READERS.match(match.group(1))
                and _plain_value(self._value(match))
                # "Pour le Tessin", "per il Ticino": the edition of a place, not its readers (German capitalises "für Anfänger")
                and not (_PLACE_ALONE.fullmatch(self._value(match)) and not self.folded[start:match.start(1)].strip().endswith("fur"))
                and not _A_THING.match(fold(self._value(match)))):
            self._take(match, "audience", self._value(match))
            self.assignments[-1].weak = not opener
            self.assignments[-1].guessed = True

    def _readers_after_fields(self) -> None:
        """Readers named after another request: "in a casual tone for young parents"."""
        match = _READERS_AFTER.search(self.folded)
        # "pour réécrire l'article … pour les collégiens", "ask for an adaptation of the attached article for first-year students"
        while match and (_PURPOSE.match(self.folded, match.start()) or _REQUESTED_TEXT.match(self.folded, match.start(1))):
            match = _READERS_AFTER.search(self.folded, match.start() + 1)
        if not match:
            return
        start, end = match.span(1)
        if any(self.covered[start:end]):
            # "für Leser in Tirol auf Englisch bearbeiten": the readers end where the language read before them starts
            end = self.covered.index(1, start, end)
            if end == start or self.residual_words(end, match.end(1)):
                return
        readers = self.folded[start:end].rstrip()
        value = _unquoted(self.original[start:start + len(readers)])
        if (_PLACE_ALONE.fullmatch(value) and not self.folded[match.start():start].strip().startswith("fur") or _A_THING.match(readers)
                or _FOR_A_THING.search(self.folded[match.start():end])):  # ("pour le partenariat avec Turin": what it is for)
            return  # "réécrire en italien pour Turin", "para Sevilla": the edition of a place, not its readers (German capitalises "für Anfänger")
        # (the words before them first: in the article's sentences they are not directives, and the readers are not judged)
        if ((self.beside_directives or not self.residual_words(_opener_end(self.folded), match.start()))
                and len(readers.split()) <= MAX_READER_WORDS and not _SEO_PATTERN.search(readers) and not _names_channel(readers)
                and not _NOT_READERS.match(readers) and _plain_value(value)):
            alone = not self.assignments
            self._take(match, "audience", value)
            self.assignments[-1].weak = alone
            self.assignments[-1].guessed = True

    def _focus_named(self) -> None:
        """ "make Millbrook library the focus keyphrase", "(la principal es «actividades infantiles»)",
        "(focus keyword l'ultima)": which of the keywords listed is the focus."""
        match = _FOCUS_NAMED.search(self.folded)
        if match:
            group = next(index for index in range(1, 4) if match.group(index))
            value = _LAST if _LAST_ONE.fullmatch(match.group(group).strip()) else self._value(match, group)
            self._take(match, "focus", value)

    def _keyword_named(self) -> None:
        """ "work in 'rail costs' as the main keyword": a quoted phrase named a keyword after it; or
        "optimise for 'cloud backup' (main) plus 'offsite backup'": the phrases a page is optimised for."""
        match = _KEYWORD_AFTER.search(self.folded)
        if match:
            self._take(match, "keywords", _quoted(self.original[match.start():match.end()])[:1])
            return
        said = _KEYWORD_SAID.search(self.folded)
        if said:
            # 'keyword is "small town budget" and also "property taxes"', 'le mot important c'est « budget de la ville »',
            # 'Keyword wäre "Kita Gebühren" glaub ich'
            end = said.end()
            while more := _ANOTHER_QUOTED.match(self.folded, end):
                end = more.end()
            hedge = _HEDGE.match(self.folded, end)
            self._cover(said.start(), hedge.end() if hedge else end)
            # weak: "Le mot clé c'est « sobriété »" is said in news too
            self.assignments.append(_Assignment("keywords", _quoted(self.original[said.start("first"):end]), self.original.strip(), weak=True))
            return
        match = _KEYWORD_OPTIMISED.search(self.folded)
        if match:
            listed = _QUOTED_LIST.match(self.folded, match.end())
            if listed:
                self._cover(match.start(), listed.end())
                self.assignments.append(_Assignment("keywords", _quoted(self.original[listed.start():listed.end()]), self.original.strip()))

    def residual_words(self, start: int = 0, end: int | None = None) -> list[str]:
        """Words of the clause (or of a part of it) that no field took and that are not directive filler
        ("l'optimiser" and "pourriez-vous" are filler when their parts are)."""
        end = len(self.folded) if end is None else end
        leftover = " ".join(self.folded[run.start():run.end()] for run in _UNCOVERED.finditer(self.covered, start, end))
        return [word for token in _TOKEN.findall(leftover) if (word := _residual_word(token))]

    def _title(self) -> None:
        match = (_TITLE_HINT.search(self.folded) or _TITLE_VERB_HINT.search(self.folded)) and _first(_TITLE_PATTERNS, self.folded)
        if match and not _HAS_TITLE.search(self.folded):  # "L'exposition a pour titre « … »": the title of something else
            self._take(match, "title", _unquoted(_settled_title(self._value(match, match.lastindex or 1))))  # the quotes' group that matched

    def _tone(self) -> None:
        text = self.folded
        match = _TONE_HINT.search(text) and _first(_TONE_PATTERNS, text)
        if match and _YOUR_THING.search(text[:match.start(1) if match.lastindex else match.end()]) and not _TONE_WORD.match(text, match.start(1)):
            return  # "Améliore-le, ton CV", "j'ai effacé ton texto": French "ton" is "your" inside a sentence, unless a tone word follows
        if match and _plain_value(self._value(match)):
            value = self._value(match)
            readers = _READERS_AFTER.search(fold(value)) if match.lastindex else None
            if readers and readers.start() > 0 and not _names_channel(readers.group(1)) and _PEOPLE_NAMED.match(fold(value), readers.start()):
                # "sur un ton accessible pour le grand public": the tone, then its readers, read on their own
                value = value[:readers.start()].rstrip(" ,")
                self._take(match, "tone", value)
                self.covered[match.start(1) + readers.start():match.end(1)] = bytes(match.end(1) - match.start(1) - readers.start())
                return
            # "lockerer Ton" names the tone "locker" (an existing wording such as "in einem sachlichen Ton" is kept).
            german = match.re.pattern == _TONE_PATTERNS[2].pattern and not match.group().rstrip().endswith(("tone", "voice", "register"))
            if wished := _WISHED_TAIL.search(fold(value)):
                value = value[:wished.start()]  # "un ton chaleureux ce serait parfait", "un ton rassurant s'il vous plaît"
            if (rather := _RATHER.match(fold(value))) and rather.end() < len(value):
                value = value[rather.end():]  # "ton eher freundlich", "tone rather formal": the tone, not how sure the editor is
            self._take(match, "tone", _uninflected(value) if german else value)  # "informative tone" keeps its "e"
            # "Locker bleiben", "Fresh and fun", "A calm, measured voice": advice and headings too, read only beside other fields
            self.assignments[-1].weak = match.re.pattern in _TONE_BESIDE or ("," in value and match.re.pattern == _TONE_PATTERNS[-1].pattern)

    def _audience(self, hinted: bool) -> None:
        text = self.folded
        match = hinted and _first(_AUDIENCE_PATTERNS, text)
        if match and _plain_value(self._value(match)) and not _SEO_PATTERN.search(match.group(1)):
            readers = self._value(match)
            # "un public de débutants", "a readership of retirees": the readers are who the noun is made of.
            made_of = _READERSHIP_OF.match(fold(readers))
            readers = _SPOKEN_END.sub("", readers) or readers  # "le public c'est les lycéens voilà merci": the words that end a note
            self._take(match, "audience", readers[made_of.end():] if made_of and made_of.end() < len(readers) else readers)
            # "Public profile" is a menu item: a label without its colon counts only beside other directives.
            self.assignments[-1].weak = match.re.pattern in (_AUDIENCE_WITHOUT_COLON, _TEXT_WILL_ADDRESS, *_AUDIENCE_BESIDE)

    def word_counts(self) -> None:
        text = self.folded
        if not _may_ask_length(text):
            return
        for replaced in _REPLACED_LENGTH.finditer(text):
            self._cover(replaced.start(), replaced.end())  # "700 Wörter statt 1000": the old figure is not asked
        if _may_count_lines(text):
            for in_lines in _LINES_LABELLED.finditer(text):
                self._cover(in_lines.start(), in_lines.end())  # "Umfang 80 Zeilen": a page's lines are no words (the model reads them)
        found = False
        for pattern, pattern_kind in _LENGTH_PATTERNS:
            for match in pattern.finditer(text):
                if any(self.covered[match.start():match.end()]):
                    continue
                amount = _number(match.group("n") if "n" in match.re.groupindex else match.group(1))
                kind = pattern_kind
                if kind == "marker":
                    kind = next(name for name in ("max", "min", "around") if match.group(name) is not None)
                if kind == "range":
                    low, high = sorted((_number(match.group(1)), _number(match.group(2))))
                    self._take(match, "min_words", low)
                    self.assignments.append(_Assignment("max_words", high, self.original.strip()))
                elif kind == "min":
                    self._take(match, "min_words", amount)
                elif kind == "max":
                    self._take(match, "max_words", amount)
                elif not found:
                    low, high = _about(amount)
                    self._take(match, "min_words", low)
                    self.assignments.append(_Assignment("max_words", high, self.original.strip()))
                else:
                    continue
                found = True
        if found:
            for match in _LENGTH_WORD.finditer(text):
                self._cover(match.start(), match.end())

    def _language(self) -> None:
        text = self.folded
        code = None
        match = _LANGUAGE_LABELLED.search(text)
        if match:
            code = _NAMES.get(match.group(1) or "") or match.group(2)
        if not code:
            match = _TARGET_CODE.search(text)
            code = match.group(1) if match else None
        if not code:
            match = _LANGUAGE_CODE_ALONE.search(text) or _CODE_BEFORE_FIGURE.match(text)
            # "FR 800 mots": a code before the length that follows it, in capitals or with its region.
            if match and not text[: match.start()].strip() and (match.re is _LANGUAGE_CODE_ALONE or match.end(1) < match.end()
                                                                or self.original[match.start(1):match.end(1)].isupper()):
                code = match.group(1)
        if not code:
            # "Write in EN", "réécrire en FR": a code after a preposition, written in capitals.
            codes = [candidate for candidate in _overlapping(_CODE_AFTER_PREPOSITION, text)  # "rewrite en FR": the code after "en"
                     # "es-AR": a code with its region is a locale, whatever its case.
                     if (self.original[candidate.start(1):candidate.end(1)].isupper() or candidate.group(1) in _PLAIN_CODES
                         or candidate.end() > candidate.end(1))]
            if codes and len({candidate.group(1) for candidate in codes}) == 1:  # "Version en FR et en EN" lists the page's languages
                match, code = codes[0], codes[0].group(1)
        if not code:
            # One word may stand between: "in plain English", "en bon français", "auf gutem Deutsch".
            for candidate in _LANGUAGE_AFTER_PREPOSITION.finditer(text):
                if (_NEGATED_BEFORE.search(text, 0, candidate.start()) or _SOURCE_BEFORE.search(text, 0, candidate.start())
                        or (_SOURCE_STATED.match(text, 0, candidate.start()) and not text[candidate.end():].strip(" .!)"))):
                    continue  # "scrivi in spagnolo, non in inglese", "le texte source est en anglais"
                for group in (1, 2):
                    found = language_of_name(candidate.group(group) or "")
                    following = text[candidate.end(group):] if found else ""
                    if found and not _NOT_LANGUAGE_NOUN.match(following):
                        match, code = candidate, found
                        self._cover(candidate.start(), candidate.end(group))
                        break
                if code:
                    break
        # A word alone is a language only when spelt as one: "franchise" is a keyword, not "française".
        # Each of these patterns gives a language only through a name, so they are not tried without one.
        for pattern in _LANGUAGE_NAMED if not code and _LANGUAGE_NAME.search(text) else ():
            if code:
                break
            match = pattern.search(text)
            code = _NAMES.get(next((name for name in match.groups() if name), "")) if match else None
        kept = _KEPT_IN_LANGUAGE.search(text) if match and code else None
        if kept and kept.start() <= match.start() < kept.end():
            return  # "keep 'SmartSave' in English", "ho lasciato in inglese i termini": words left as they are
        if match and code:
            self._take(match, "language", code)

    def _subheadings(self) -> None:
        named = _WITH_SUBHEADINGS.search(self.folded)
        negative = named and _NO_SUBHEADINGS.search(self.folded)  # its subheadings are found by the first search
        positive = None if negative else named
        if positive and (again := _SUBHEADINGS_AGAIN.match(self.folded, positive.end())):
            self._cover(positive.start(), positive.end())  # "H2 Zwischenüberschriften ja": one field named twice
            positive = again
        after = (_NOT_NEEDED.match(self.folded, positive.end()) or _ANSWERED_NO.match(self.folded, positive.end())) if positive else None
        if after:
            self._cover(after.start(), after.end())
            negative = positive
        if negative:
            self._take(negative, "subheadings", False)
            self._weak_if_short(negative)
            return
        if positive:
            self._take(positive, "subheadings", True)
            self._weak_if_short(positive)
            if yes := _ANSWERED_YES.match(self.folded, positive.end()):  # "H2s yes", "Zwischenüberschriften: ja"
                self._cover(yes.start(), yes.end())
            if each := _FOR_EACH.match(self.folded, positive.end()):  # "H2 subheadings for each …", "one H2 per section"
                self._cover(each.start(), each.end())  # "H2 subheadings for each bed material": how many, not an unknown word
            return
        for token in _SUBHEADING_TYPO.finditer(self.folded):
            if any(_edit_distance_one(token.group(), word) for word in _SUBHEADING_SPELLINGS):
                self._take(token, "subheadings", not _SEO_NEGATED.search(self.folded, 0, token.start()))
                return

    def _weak_if_short(self, match: re.Match[str]) -> None:
        """The desk's short words ("no subs", "pas de Hn", "petits titres") are subheadings only beside other fields: alone, they
        are a football team's bench, a video's subtitles, a link to Hacker News."""
        if _SHORT_SUBHEADING.search(self.folded, match.start(), match.end()):
            self.assignments[-1].weak = True

    def _seo(self) -> None:
        match = _SEO_PATTERN.search(self.folded) or ("optimi" in self.folded or "ottimizz" in self.folded) and _OPTIMISED_FOR_END.search(self.folded)
        if match:
            negated = _SEO_NEGATED.search(self.folded, 0, match.start())
            if negated:
                self._cover(negated.start(), negated.end())  # "niente SEO": the negation is part of the directive
            after = _NOT_NEEDED.match(self.folded, match.end()) or _ANSWERED_NO.match(self.folded, match.end())
            answered = after or _ANSWERED_YES.match(self.folded, match.end())  # "SEO oui", "SEO ok", "SEO: no"
            if answered:
                self._cover(answered.start(), answered.end())
            self._take(match, "seo", not (negated or after))


_NUMBER_GROUP = rf"(?<![a-z])({_NUMBER})"
# A range of ages, hours, euros or percents is no length: "de 14 a 17 años".
_NOT_WORDS = r"(?!\s*(?:ans|anos|anni|jahre\w*|years?|year-olds?|yo|h|heures|horas|ore|stunden|hours?|minutes?|min|euros?|€|%|percent|pour ?cent|por ?ciento|prozent|per ?cento)\b)"
_UNIT_AFTER = rf"\s*(?:-\s*)?{_UNIT}"
# Figures that are no length asked: a frequency ("H2s every 300 words") and the figure a correction replaces.
_EVERY = r"(?:every|each|tous les|toutes les|chaque|cada|ogni|je|nach je|(?<!\d )(?<!intorno )(?<!attorno )alle)"  # not Italian "dalle 700 alle 900", "intorno alle 1.100"
_REPLACED_LENGTH = _LazyPattern(r"\b" + _EVERY + r"\s+(?:~\s*|(?:about|around|environ|circa|unas|etwa|ca\.)\s+)?(?:"+_NUMBER+r")(?:\s*(?:-|–|to|a|bis)\s*(?:"+_NUMBER+r"))?"
                                r"(?:"+_UNIT_AFTER+r")?(?![\w-])"
                                r"|\b(?:instead of|rather than|not|au lieu de|et non|plutot que"
                                r"|(?<!on ne depasse )(?<!ne depassez )(?<!on n'excede )pas"  # "on ne dépasse pas 700 mots" is a bound
                                r"|en lugar de|en vez de|y no|statt|anstatt|anstelle von"
                                r"|nicht|invece di|anziche|piuttosto che|e non|(?<=, )no|(?<=, )non|^no|^non"
                                # "Nicht wieder 1.500 Wörter wie letztes Mal!": what is not wanted again
                                r"|nicht wieder|nicht nochmal|not again|never again|pas encore|plus jamais|no otra vez|nunca mas|non di nuovo|mai piu"
                                # what the editor said before: "j'avais dit 500 mots, finalement…", "I had said 500"
                                r"|j'avais dit|javais dit|i had said|i'd said|habia dicho|avevo detto|avevo scritto)\s+(?:the\s+|les\s+|des\s+|los\s+|las\s+|der\s+|die\s+|i\s+|le\s+)?"
                                rf"(?:{_NUMBER})(?:{_UNIT_AFTER})?(?![\w-])")
_UNIT_WORD = re.compile(r"(?:" + _UNIT_WORDS + r")\b")
_LENGTH_LABEL_PATTERN = re.compile(_LENGTH_LABEL)
_LENGTH_WITH_FIGURE = re.compile(_UNIT_AFTER_FIGURE + r"\b|\dk\b|(?:" + _MAX_BEFORE + "|" + _MIN_BEFORE + r")\s*\d{3}")


# A length in a layout's lines ("80 Zeilen", "40 righe", "Vorspann max. 3 Zeilen"): no word count the tables can set.
_LENGTH_IN_LINES = re.compile(r"(?:(?:max|min|maximum|minimum|ca|env|about|circa|etwa)\.?\s*)?\d+(?:[.,']\d+)?\s*(?:zeilen|zeile|righe|riga|lignes|lines|lineas|linee|rows)\b")


def _may_count_lines(folded: str) -> bool:
    """Whether a length in a layout's lines can be there: every unit of _LENGTH_IN_LINES holds one of these."""
    return "zeil" in folded or "rig" in folded or "lign" in folded or "line" in folded or "row" in folded


def _may_ask_length(text: str) -> bool:
    """Whether the length patterns can match: a unit or a label of length, or a figure written as a length
    ("800w", "1k", "max 800"). Three searches, each fast alone (the last where there is a figure, which
    most clauses lack), cost less than the one search of them all."""
    return bool(_UNIT_WORD.search(text) or _LENGTH_LABEL_PATTERN.search(text) or (_DIGIT.search(text) and _LENGTH_WITH_FIGURE.search(text)))


_LENGTH_WORD = _LazyPattern(_UNIT + "|" + _LENGTH_LABEL + r"\s*[:=]?")
# In order: ranges, then "at least / at most / about N" (one alternation, so the longest marker
# that starts first wins: "pas moins de" over "moins de"), then a bare "N words" or "length: N".
_LENGTH_PATTERNS: list[tuple[_LazyPattern, str]] = [(_LazyPattern(pattern), kind) for pattern, kind in [
    (rf"\b{_RANGE_OPEN}\s+(?:(?:le|les|las|los|die|the)\s+)?{_NUMBER_GROUP}(?:{_UNIT_AFTER})?{_RANGE_JOIN}{_NUMBER_GROUP}(?:{_UNIT_AFTER}|{_NOT_WORDS})", "range"),
    (rf"{_NUMBER_GROUP}(?:{_UNIT_AFTER})?{_RANGE_JOIN}{_NUMBER_GROUP}{_UNIT_AFTER}", "range"),
    (rf"(?<![\d/])(\d{{3,5}})\s*/\s*(\d{{3,5}})(?![\d/]){_UNIT_AFTER}", "range"),
    (rf"(?:^|\b|(?<=\s)){_LENGTH_LABEL}\s*[:=]?\s*{_NUMBER_GROUP}{_RANGE_JOIN}{_NUMBER_GROUP}", "range"),
    # "like 500 words max": the bound after the number says more than the "about" before it.
    (rf"(?:\b|(?<=\s)|^)(?:{_ABOUT_BEFORE})\s*(?P<n>{_NUMBER})(?:{_UNIT_AFTER})?\s*(?:(?P<max>{_MAX_AFTER})|(?P<min>{_MIN_AFTER}))(?P<around>(?!x)x)?(?!\w)",
     "marker"),
    (rf"(?:\b|(?<=\s)|^)(?:(?P<max>{_MAX_BEFORE})|(?P<min>{_MIN_BEFORE})|(?P<around>{_ABOUT_BEFORE}))(?:\s+(?:of|de|di|von|d'|a|to|auf|le|les|las|los|the|i|die))?\s*[:=]?\s*(?P<n>{_NUMBER})(?!\d)"
     rf"(?:{_UNIT_AFTER}|(?![\s-]*[a-z]))", "marker"),
    (rf"(?P<n>{_NUMBER})(?:{_UNIT_AFTER})?\s*(?:(?P<max>{_MAX_AFTER})|(?P<min>{_MIN_AFTER})|(?P<around>{_ABOUT_AFTER}))(?!\w)", "marker"),
    (rf"{_NUMBER_GROUP}{_UNIT_AFTER}", "around"),
    (rf"{_LENGTH_LABEL}\s*[:=]?\s*{_NUMBER_GROUP}", "around"),
]]


_TONE_SET = frozenset(word.strip() for word in _TONE_WORD_LIST.split("|") if word.strip())


_RATHER = re.compile(r"(?:eher|rather|plutot|piuttosto|mas bien|bastante|ziemlich|assez|quite|fairly)\s+")


def _uninflected(tone: str) -> str:
    """ "lockerer", "sachlichen": a German tone adjective as listed ("locker", "sachlich")."""
    for ending in ("er", "en", "em", "es", "e"):
        if tone.endswith(ending) and fold(tone[:-len(ending)]) in _TONE_SET:
            return tone[:-len(ending)]
    return tone


def _plain_value(value: str, words: int = 8, *, figures: bool = False) -> bool:
    """A tone or an audience is a few words, not a sentence of the article ("Audience : l'avocat plaide
    la relaxe" is a court report): no digits, no narrative, and no subject-and-verb shape (a definite
    article then three more words, none a preposition as in "les parents de jeunes enfants")."""
    folded = fold(value)
    # Readers may be described by what they have done ("personas que nunca han pisado un gimnasio"): only the words
    # before a relative pronoun tell a story.
    relative = _RELATIVE_PRONOUN.search(folded)
    head = value[:relative.start()] if relative else value
    return (any(character.isalnum() for character in value) and not _BLANK_VALUE.fullmatch(folded.strip(" .!"))  # "Ton : —", "Public : N/A" are blank
            and len(value.split()) <= words and not _UNCHANGED.fullmatch(folded) and not _AND_A_VERB.search(folded)
            and not _NARRATIVE.search(fold(head)) and not _FRENCH_PAST.search(head.lower())
            and (figures or not _FIGURE_ALONE.search(_AGE.sub("", folded)))
            and not (_DEFINITE_START.match(folded) and len(value.split()) >= 4 and not _PREPOSITION.search(folded) and not _COORDINATED.search(folded)
                     and not _PAIRED_NOUNS.search(folded)
                     and not (_PLURAL_START.match(folded) and _PLACE_PREPOSITION.search(value.lower()))))


_DIGIT = re.compile(r"\d")
# A second verb joined to the value: "richtet sich an Senioren und ist in einfacher Sprache verfasst" goes on as a sentence.
_AND_A_VERB = re.compile(r"\s(?:und|and|et|y|e)\s+(?:ist|sind|wird|werden|is|are|was|were|est|sont|es|son|sono|hat|has|have|a|ont)\s")
_BLANK_VALUE = re.compile(r"n/?a|tbd|tbc|a definir|a confirmer|a preciser|none|aucun|aucune|ninguno|ninguna|nessuno|keiner|keine|\?+")
# Readers named with those beside them: "les collégiens et leurs parents", "the players and their families".
_COORDINATED = re.compile(r"\s(?:et|and|y|und|e)\s+(?:leurs|leur|their|sus|ihre|i loro|le loro|les|the|los|las|die|i|gli|le)\s")
# A noun and its other gender: "les infirmiers et infirmières libéraux", "los lectores y lectoras" (a sentence's verb has no such twin).
_PAIRED_NOUNS = re.compile(r"\b([a-z]{4})[a-z]*\s+(?:et|and|y|und|e)\s+\1[a-z]*\b")
# What the sender says of the value after it: that it would be perfect, or please ("chaleureux ce serait parfait").
_WISHED_TAIL = re.compile(r"[\s,]+(?:(?:ce serait|ca serait|serait|ce sera|c'est|would be|will be|seria|sera|sarebbe|ware|waere|ist)\s+"
                          r"(?:\w+\s+)?(?:parfait|parfaite|top|super|genial|ideal|ideale|bien|lovely|great|nice|perfect|perfecto|perfecta|perfetto"
                          r"|perfetta|toll|perfekt|wonderful|fantastic|brilliant|good)\b|s'il vous plait|s'il te plait|please|svp|stp|mi raccomando"
                          r"|por favor|per favore|bitte)[\s!.]*$")
# Readers after a tone, named as people with their article: "pour le grand public", "for young parents" ("pour l'été",
# "pour expliquer la réforme" are an occasion and a purpose).
_PEOPLE_NAMED = re.compile(r"(?:for|pour|para|per|fur)\s+(?:les|des|aux|the|los|las|i|gli|le|die|young|jeunes|le grand public|le public|el publico"
                           r"|mes|nos|our|my|mis|nuestros|nuestras|i nostri|le nostre|i miei|unsere|unseren|meine|meinen|vos|your"
                           r"|il pubblico|das publikum|a general|a wide"
                           # or people in a bare plural: "tono divertido para adolescentes", "per principianti", "für Senioren"
                           # ("pour Pâques", "para Navidades", "per funerali", "pour plusieurs" name no readers)
                           r"|(?!(?:plusieurs|toujours|tous|toutes|todos|todas|tutti|alle|everyone|many)\b)(?=[a-z]{3,}(?:eurs|euses|ants|antes|ents|entes"
                           r"|istes|iens|iennes|aires|eens|ores|oras|istas|anos|anas|eros|eras|ados|adas|ori|ici|enti|anti|isti|ieri|ern|enten|innen"
                           r"|ers|ists|ians|ees|ids|ens|ultes|ults)\b|(?:bambini|anziani|ragazzi|giovani|famiglie|donne|ninos|padres|familias|mujeres|mayores"
                           r"|jovenes|seniors|familles|femmes|hommes|jeunes|parents|kids|teens|families|women|men|kinder|eltern|familien|frauen"
                           r"|senioren|jugendliche)\b))"
                           r"\b(?!\s+(?:ete|hiver|printemps|automne|fetes|vacances|summer|winter|holidays))")
_FIGURE_ALONE = re.compile(r"(?<![a-z])\d+(?![a-z])")  # a figure of its own, not a digit inside a name ("B2B buyers", "5G users")
# "same tone", "même public", "gleicher Ton": the value stays as it was.
_UNCHANGED = re.compile(r"\s*(?:the\s+)?(?:same|unchanged|meme|memes|inchange|inchangee|mismo|misma|igual|gleiche[rnm]?|unverandert|stesso|stessa|invariato)\s*")
_BARE_FIGURE = re.compile(r"[~≈]?\s*[\d\s.,'’k+–-]+")
_RELATIVE_PRONOUN = re.compile(r"\s(?:who|that|qui|que|quienes|die|der|denen|che)\s")
# Readers by age ("Leser ab 60", "over 65s", "plus de 60 ans") are the one number an audience holds.
# "optimise for 'cloud backup'", "optimizar para «zapatillas»": the quoted phrase is the keyword.
_KEYWORD_OPTIMISED = re.compile(r"\b(?:optimi[sz]\w*|optimiz\w*|ottimizza\w*|optimier\w*|rank\w*|posicionar\w*|posizionar\w*|positionner"
                                # "an SEO focus on "…"", "SEO sur « … »": with SEO named ("The campaign will focus on "jobs"" is news)
                                r"|" + _SEO_FOCUS + r"|seo)"
                                # what is ranked may stand between: "positionner l'article sur « crédit conso »"
                                r"(?:\s+(?:l'article|le texte|cet article|ce texte|la page|the article|the piece|this article|this piece|the page|it"
                                r"|el articulo|el texto|este articulo|l'articolo|il testo|questo articolo|den artikel|den text|diesen artikel))?"
                                r"\s+(?:for|para|pour|per|auf|fur|on|en|su|sur|with|con|avec|mit|around|autour de|en torno a|rund um|attorno a|intorno a)"
                                r"\s+(?:the\s+|la\s+|le\s+|el\s+|il\s+|die\s+)?"
                                r"(?:(?:key ?words?|keyphrase|mot-cle|palabra clave|parola chiave|keyword)\s+)?(?=[\"“«‘'„])")
_LAST = "\x00last"  # the focus is the last keyword listed
_LAST_ONE = re.compile(r"l'ultima|l'ultimo|the last(?: one)?|la derniere|le dernier|la ultima|el ultimo|das letzte|der letzte|die letzte")
_FOCUS_NAMED = re.compile(
    r"\b(?:make|use|set)\s+(.+?)\s+(?:as\s+)?the\s+(?:focus|main|primary)\s+(?:keyword|keyphrase|key phrase)\b"
    r"|\b(?:la principal es|el principal es|la principale e|il principale e|le principal est|la principale est|das wichtigste ist|der wichtigste ist"
    r"|the main one is|the focus is)\s+(.+?)\s*$"
    r"|\b(?:focus keyword|focus keyphrase|keyword principale|palabra clave principal|mot-cle principal|fokus-keyword)\s+(l'ultima|l'ultimo|the last(?: one)?"
    r"|la derniere|le dernier|la ultima|el ultimo|das letzte|der letzte|die letzte)\s*$")
_KEYWORD_AFTER = re.compile(r"(?:" + _QUOTED_ITEM + r")\s+(?:as|comme|como|als|come|en)\s+(?:the\s+|a\s+|une?\s+|el\s+|la\s+|il\s+|das\s+)?"
                            r"(?:(?:main|focus|primary|principal|principale)\s+)?(?:key[ -]?(?:word|phrase)|mot[ -]cle|palabra clave|parola chiave"
                            r"|haupt-?keyword|fokus-?keyword)(?:\s+(?:principal|principale))?\b")
_AGE = re.compile(r"\b(?:tra|entre|between|fra)\s+(?:i|los|les|the)?\s*\d{1,2}\s*(?:e|y|et|and)\s*(?:i|los|les|the)?\s*\d{1,2}\s*(?:anni|anos|ans|years?)\b|\b\d0s(?:\s+(?:and|or|to|&)\s+\d0s)?\b|\b\d{1,2}\s*[ºo°]?\s*(?:de\s+)?(?:eso|primaria|bachillerato|secundaria|liceo|media|medie|superiori|elementari)\b|\bc[em][12]\b|\b\d{1,2}\.?\s*(?:bis|to|a|-|–)\s*\d{1,2}\.?\s*(?:klasse|grade|classe|curso|anno)\b|\b(?:year|years|grade|grades|classe|classes|klasse|klassen|curso|cursos|anno|classi|class|stufe|stufen)\s+\d{1,2}"
                  r"(?:\s*(?:bis|to|a|-|–|e|and|und)\s*\d{1,2})?\b"
                  r"|\b\d{1,2}(?:e|eme|th|st|nd|rd|°|º|a|o|\.)?\s*(?:classe|klasse|grade|curso|anno|annee|year)\b|\bde\s+\d(?:e|eme)\b|\b(?:de|from|von|da|tra|entre|between|dai)?\s*\d{1,2}\s*(?:a|to|bis|e|and|-|–|y|ai)\s*\d{1,2}\s*(?:ans|anos|jahren?|anni|years?(?:[- ]olds?)?)\b"
                  r"|\b(?:ab|over|under|aged|plus de|moins de|mas de|menos de|mayores de|oltre|over|uber|unter|sopra i|sotto i)(?:\s+|-)\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
                  r"(?:\s*(?:ans|anos|jahren|anni|years?|s|'s|\+))?\b|\b\d{1,2}\s*\+"
                  # two figures under 100 joined in an audience are ages: "Berufstätige zwischen 30 und 50"
                  r"|\b(?:zwischen|tra|fra|entre|between)\s+\d{1,2}\s*(?:und|e|y|et|and)\s*\d{1,2}\b"
                  # one age, or two classes: "des enfants de 10 ans", "ragazzi di 13 anni", "Kinder der 3. und 4. Klasse"
                  r"|\b\d{1,2}\s*(?:ans|anos|anni|jahren?|years?(?:[- ]olds?)?)\b"
                  r"|\b\d{1,2}\.?\s*(?:und|and|et|e|y)\s*\d{1,2}\.?\s*(?:klasse|grade|classe|curso|anno)\b")
_PREPOSITION = re.compile(r"\b(?:of|for|with|in|de|des|du|d'|en|pour|avec|del|para|con|von|fur|mit|di|della|per)\b")
# Readers, a group, and where they live (the accent tells "à" from the verb "a"): "les expatriés français à Londres",
# "die Jugendlichen im ländlichen Raum" ("la salle comble au Châtelet" is a scene).
_PLURAL_START = re.compile(r"(?:les|des|los|las|gli|i|die)\s")
_PLACE_PREPOSITION = re.compile(r"\s(?:à|au|aux|im|in|dans|nel|nella|nei|en)\s")
_DEFINITE_START = re.compile(r"(?:the|le|la|l'|les|el|los|las|der|die|das|il|lo|gli)\b")


@dataclass(frozen=True)
class _Clause:
    text: str
    keywords: tuple[str, ...] | None = None  # set for the items of a keyword list


_ABBREVIATION_END = re.compile(r"\b(?:aprox|approx|ca|min|max|mind|env|etc|vs|mr|mrs|dr|st|no|nr|p)\.$")
_HARD_SPLIT = re.compile(r"\s*[;|\n()]\s*|\s+(?:[·•]|//)\s+|\]\s*\[|(?<=[.!?])\s+(?=\S)")
# Within a sentence: commas (not in 1,200), " / ", " + ", " - " (not in 500 - 800), and "and" before a new request.
_JOINS = r"(?:and|et|y|und|e|&|then|puis|luego|dann|poi|so|donc|alors|asi que|also|quindi|percio)"
_COMMA_SPLIT = re.compile(r"\s+(?:[/+→⇒]|->|=>)\s+|(?:^|(?<!\d)\s+)[-–—]\s+|\s+[-–—]\s+(?!\d)|,(?!\d{3}(?!\d)|\d\s?k\b)\s*|\s+" + _JOINS + r"\s+(?=(?:" + _REQUEST_OPENER.pattern.lstrip("^")
                          + "|" + _CLAUSE_OPENER.pattern.lstrip("^") + "|" + _SUBHEADINGS
                          # "… un ton journalistique et le titre imposé : « … »": "and" before a field's label
                          + r"|(?:the|le|la|l'|el|il|lo|der|die|das|den|as|comme|come)\s*(?:" + _TITLE_LABEL + "|" + _TONE_LABEL + r")\b"
                          # "con un tono didáctico y dirigido a estudiantes": "and" before whom the text is for
                          r"|(?:dirigido|dirigida|destinado|destinada|pensado|pensada|aimed|intended|written|destine|destinee|adresse|adressee"
                          r"|rivolto|rivolta|destinato|destinata|pensato|pensata|gerichtet)\s+(?:a|at|for|to|an|ai|agli|alle|aux|au|para|per)\b))")
# What each split needs to find, one quick search: a mark of the split, or a joining word between spaces. Most
# lines hold no mark of a sentence's end, and many clauses no comma, dash or "and".
_HARD_SPLIT_MARKS = re.compile(r"[;|\n()·•\].!?]|//")
_COMMA_SPLIT_MARKS = re.compile(r"[/+\-–—,→⇒=]|\s" + _JOINS + r"\s")


# A quoted title or keyword keeps its parentheses and semicolons: "Why It Fails (and How to Fix It)".
_QUOTED_SPAN = re.compile(r"«[^»]{1,150}»|“[^”]{1,150}”|„[^“”]{1,150}[“”]|\"[^\"]{1,150}\"")


_BUT = re.compile(r"\s*(?:but|mais|pero|ma|aber|though|however|sin embargo|pourtant|pero no|jedoch|pero sin|sans etre)\b")
_LABEL_ALONE = re.compile(r"(?:the |le |la |el |il |der |die |lo )?(?:" + _TONE_LABEL + "|" + _AUDIENCE_LABEL + ")")


_ADJECTIVE_BEFORE_TONE = re.compile(r"\s*[a-z-]+\s+(?:tone|voice|ton|tono|tonfall)\b")
_ARTICLE_ADJECTIVE_END = re.compile(r"\b(?:a|an|un|une|una|uno|ein|einen|einem)\s+[a-z-]+\s*$")
_ORDINAL_NOUN = re.compile(r"(?:klasse|klassen|jahrgang\w*|stufe|schuljahr|jahrhundert|platz|etage|stock)\b")
_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,2}\.$")


_VARIETY_ASIDE = _LazyPattern(r"(?<=[a-z])\s*\((?:" + _VARIETY + r"|brazil|bresil|brasil|brasilien|portugal|mexico|france|spain|espana"
                              r"|quebec|canada|schweiz|suisse|austria|osterreich|us|uk)\)\s+(?:version|translation|text|spelling|fassung|versione)")


def _pieces(text: str, pattern: re.Pattern[str]) -> list[str]:
    folded = fold(text)
    if not (_HARD_SPLIT_MARKS if pattern is _HARD_SPLIT else _COMMA_SPLIT_MARKS).search(folded):
        return [text] if text.strip(" .!?") else []
    quoted = [span.span() for span in _QUOTED_SPAN.finditer(folded)]
    pieces, start = [], 0
    for match in pattern.finditer(folded):
        if match.start() < start or any(begin < match.start() < end for begin, end in quoted):
            continue
        # "aprox. 500", "min. 800": an abbreviation before a number does not end a sentence.
        if (pattern is _HARD_SPLIT and folded[match.end():match.end() + 1].isdigit()
                and _ABBREVIATION_END.search(folded[:match.start() + 1].rstrip())):
            continue
        # "der 5. bis 7. Klasse", "P.-S. : le titre…": an ordinal or an abbreviation, not the end of a sentence.
        if pattern is _HARD_SPLIT and not match.group().strip() and (
                folded[match.end():match.end() + 1] == ":" or (_ORDINAL_END.search(folded, 0, match.start()) and (
                    text[match.end():match.end() + 1].islower() or _ORDINAL_NOUN.match(folded, match.end())))):
            continue
        # "H2s? no": a field asked as a question and answered on the spot is one clause.
        if (pattern is _HARD_SPLIT and folded[match.start() - 1:match.start()] == "?"
                and (answer := _ANSWERED_NO.match(folded, match.start() - 1) or _ANSWERED_YES.match(folded, match.start() - 1))
                and (rest := folded[answer.end():].strip(" .,;!")) and not _COURTESY.fullmatch(rest)):
            continue  # ("Sous-titres ? Non, merci." alone is an op-ed's headline)
        # "Titre : Pourquoi votre chat vous ignore (et comment y remédier)": the title's own parentheses; "a Portuguese
        # (Brazil) version": a variety after a language name.
        if pattern is _HARD_SPLIT and match.group().strip() in ("(", ")") and (
                _TITLE_PATTERNS[0].match(folded[start:match.start()]) or _VARIETY_ASIDE.match(folded, match.start())
                or (match.group().strip() == ")" and _VARIETY_ASIDE.match(folded, len(folded[:folded.rfind("(", 0, match.start())].rstrip())))):
            continue
        # "Tone - friendly": a dash after a label stands for a colon.
        if pattern is _COMMA_SPLIT and match.group().strip() in "-–—" and _field_of_key(folded[start:match.start()]):
            continue
        # "in a warm, hopeful tone": adjectives of one noun.
        if (pattern is _COMMA_SPLIT and match.group().strip() == "," and _ADJECTIVE_BEFORE_TONE.match(folded, match.end())
                and _ARTICLE_ADJECTIVE_END.search(folded, start, match.start())):
            continue
        # "Ton: warm, aber seriös": a comma before "but" goes on with the same clause.
        if pattern is _COMMA_SPLIT and match.group().strip() == "," and _BUT.match(folded, match.end()):
            continue
        # "El tono, cercano y divertido": a label alone before a comma names what follows.
        if pattern is _COMMA_SPLIT and match.group().strip() == "," and _LABEL_ALONE.fullmatch(folded[start:match.start()].strip()):
            continue
        pieces.append(text[start:match.start()])
        start = match.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if piece.strip(" .!?")]


def _is_directive(text: str) -> bool:
    """A clause wholly made of directive words ("minimum 800 words", "en français")."""
    reader = _FragmentReader(text)
    reader.read()
    return any(not assignment.weak for assignment in reader.assignments) and not reader.residual_words()


# Quoted keywords may be joined by a few words: "'remote work tools', also work in 'video apps' and 'team software'".
# (not across another field's label: 'focus keyphrase "…", title "…"')
_QUOTED_LIST = re.compile(r"\s*((?:(?:" + _QUOTED_ITEM + r")(?:\s*[,;+&]?\s*(?:(?!(?:title|titre|titolo|titulo|titel|headline|hed|tone|ton|tono)\b)[\w-]+\s+){0,4}?"
                          r"(?=[\"“«‘'„]))?\s*)+)")
_LIST_SEPARATOR = re.compile(r",|\s+/\s+|\s+(?:and|et|y|und|e|&)\s+")
_ITEM_SEPARATOR = re.compile(r",|\s+/\s+")
_LAST_ITEM_JOIN = re.compile(r"\s+(?:and|et|y|und|e|&)\s+")


def _list_items(rest: str) -> list[str]:
    """Items of a keyword list. With commas, a conjunction joins only the last two ("a, b and c");
    earlier ones belong to a keyword ("arroz con pollo y conejo, receta tradicional")."""
    items = _ITEM_SEPARATOR.split(rest)
    if len(items) == 1:
        return _LIST_SEPARATOR.split(rest)
    return items[:-1] + _LAST_ITEM_JOIN.split(items[-1], maxsplit=1)


def _opener_end(folded: str) -> int:
    opener = _REQUEST_OPENER.match(folded)
    return opener.end() if opener else 0


_TITLE_TOPIC = _LazyPattern(r"\s*" + _TITLE_AS_TOPIC + r"\s*")


def _title_commas(parts: list[str], source: str) -> list[str]:
    """ "Titre : Vélo en ville, le grand virage", "Pubblico: lettori forti, 30-55 anni": a title, a tone or
    readers after their label run on to the next directive, as written."""
    if len(parts) > 1 and ((_TITLE_HEAD_ALONE.match(fold(parts[0])) and _QUOTE_START.match(parts[1]))
                           or (_TITLE_TOPIC.fullmatch(fold(parts[0])) and _QUOTED_SPAN.search(parts[1]))):
        return [source[source.find(parts[0]):source.find(parts[1]) + len(parts[1])]] + parts[2:]  # "titre imposé par X, « … »"
    # (a title asked in a request has a colon after its label: a part without one skips that long search; each label here
    # ends on a colon, an equals sign or a dash: a part without any, most, skips them all)
    if not parts or not (_KEY_VALUE_MARK.search(fold(parts[0])) and (
            _TITLE_PATTERNS[0].match(fold(parts[0])) or ":" in fold(parts[0]) and _TITLE_IN_REQUEST_PATTERN.search(fold(parts[0]))
            or _VALUE_LABEL.match(fold(parts[0])) or _VALUE_LABEL.match(_untransliterated(fold(parts[0]))))):
        # "…, non più di 950 parole e come titolo: Biciclette usate, la seconda vita…": the title's label in a later part, the
        # title running on to the end in parts that are words of a title ("Author: Jane Doe, title: The Port, Penguin" ends
        # on a publisher's name, "…, publisher: Penguin" on another label)
        label = next((index for index in range(len(parts) - 2, 0, -1) if _TITLE_PATTERNS[0].match(fold(parts[index]))), None)
        if label is not None and not _quoted_title(parts[label], parts[label + 1:]) and all(_runs_on_title(part) for part in parts[label + 1:]):
            start = source.find(parts[label])
            return parts[:label] + [source[start:source.find(parts[-1], start) + len(parts[-1])]]
        return parts
    if _quoted_title(parts[0], parts[1:]):
        return parts  # 'headline: "Saint-Aubin tightens its belt", no subheads pls': the quotes end the title
    # the value runs on to the next directive, or to the editor taking it back ("Tone: upbeat, no, rather calm")
    taken_back_ends = not _TITLE_PATTERNS[0].match(fold(parts[0]))  # a title taken back in its line is read whole (`_settled_title`)
    end = next((index for index, part in enumerate(parts) if index and (
        _is_directive(part) or taken_back_ends and _TAKEN_BACK.fullmatch(fold(part).strip(" .!")))), len(parts))
    start = source.find(parts[0])
    stop = source.find(parts[end - 1], start) + len(parts[end - 1])
    return [source[start:stop]] + parts[end:]


def _quoted_title(part: str, following: list[str]) -> bool:
    """A title's label and its whole value in quotes: "titre : « Budget municipal : ce qui change en 2025 »" (unless a later
    part quotes another, the title taken back: 'Title: "Trams are back", no wait, "The trams return"')."""
    title = _TITLE_PATTERNS[0].match(fold(part))
    return bool(title and _QUOTED_SPAN.fullmatch(title.group(1).strip(" ."))) and not any(_QUOTED_SPAN.search(other) for other in following)


def _runs_on_title(part: str) -> bool:
    """A part after a title's comma that goes on with the title: words, not a field, a label or a name alone."""
    words = part.split()
    return (len(words) >= 2 and ":" not in part and not _is_directive(part) and not all(word[:1].isupper() for word in words)
            and not _DIGIT.search(part))


_TITLE_IN_REQUEST_PATTERN = next(pattern for pattern in _TITLE_PATTERNS if pattern.pattern == _TITLE_IN_REQUEST)
_VALUE_LABEL = re.compile(r"^\s*(?:" + _TONE_LABEL + "|" + _AUDIENCE_LABEL + r")(?:\s*[:=]|\s+[-–—])\s*\S")
_BOUND_ALONE = re.compile(rf"^\s*(?:{_MIN_BEFORE}|{_MAX_BEFORE})\s*(?:{_NUMBER})\s*$")
_UNIT_PATTERN = re.compile(_UNIT)


def _shared_unit(parts: list[str]) -> list[str]:
    """ "Mindestens 500, höchstens 800 Wörter": a bound without its unit takes the next clause's;
    "750 mots minimum, 900 maximum": a figure and its bound without a unit take the previous clause's."""
    shared = list(parts)
    for index in range(len(shared) - 1):
        unit = _BOUND_ALONE.match(fold(shared[index])) and _UNIT_PATTERN.search(fold(shared[index + 1]))
        if unit:
            shared[index] += " " + shared[index + 1][unit.start():unit.end()]
    for index in range(1, len(shared)):
        bound = _BOUND_AFTER_ALONE.match(fold(shared[index]))
        unit = bound and _UNIT_PATTERN.search(fold(shared[index - 1]))
        if unit:
            shared[index] = shared[index][:bound.end(1)] + " " + shared[index - 1][unit.start():unit.end()] + shared[index][bound.end(1):]
    return shared


# Bounds said after a figure: "900 max", "750 mots minimum", "1000 tops".
_BOUND_AFTER = "maximum|minimum|minimun|max|min|maximo|minimo|massimo|maximal|minimal|au plus|au moins|tops"
_BOUND_AFTER_ALONE = re.compile(rf"^\s*({_NUMBER})\s*(?:{_BOUND_AFTER})\.?\s*$")


# A title's own length: "Titolo max 60 battute", "Title: up to 60 characters".
_TITLE_LENGTH = _LazyPattern(r"^\s*(?:(?:the|le|il|el|der|die|das|la)\s+)?(?:" + _TITLE_LABEL + r")\s*[:=]?\s*(?:(?:" + _MAX_BEFORE + "|" + _MIN_BEFORE
                             + r")\s*)?\d{2,3}\s*(?:" + _CHARACTER_UNITS + "|" + _UNIT_WORDS + r")(?:\s+(?:" + _MAX_AFTER + "|" + _MIN_AFTER
                             + r"))?\s*\.?\s*$")
# A length in pages ("2 pages max", "ungefähr zwei Seiten", "Longueur : une page"): no word count the tables can set, but
# what the writer is asked, beside other directives; it goes to the model as written. A brief asks a few pages ("24 pages",
# "300 pages" are a paper's or a report's).
_PAGE_COUNT = r"(?:(?:[1-9]|10)(?:[.,]5)?|une?|one|two|three|deux|trois|eine?|zwei|drei|una?|dos|tres|due|tre|half a|une demi-?|eine halbe|media|mezza)"
_PAGE_LENGTH = _LazyPattern(r"(?:(?:" + _LENGTH_NOUNS + r")\s*:?\s*)?(?:(?:" + _MAX_BEFORE + "|" + _MIN_BEFORE
                            + "|" + _ABOUT_BEFORE + r")\s*)?" + _PAGE_COUNT + r"\s*(?:pages?|seiten?|paginas?|pagine|cuartillas?)"
                            r"(?:\s+(?:" + _MAX_AFTER + "|" + _MIN_AFTER + "|" + _ABOUT_AFTER + r"))?(?:\s+(?:please|pls|svp|stp|bitte|por favor|per favore))?")
_FOCUS_KICKER = re.compile(r"\b(?:" + _SEO_FOCUS + r")\s*[:=]")
_KEYWORD_QUALIFIED = re.compile(r"\s*\((?:main|primary|focus|fokus|foco|secondary|principal|principale|principales|secondaire|secondaires|secundaria|secundarias"
                                r"|secondaria|secondarie|haupt|neben|lsi|kw)\)", re.IGNORECASE)
# A list in parentheses after its label: "Keywords: (a, b, c)", "Parole chiave (a, b)", "Secondary KWs (a / b)", and after a
# first list the qualifier alone: "Target query (x), secondary (y, z)".
_SEO_FOCUS_ASIDE = re.compile(r"\b(SEO)\s*\(\s*(?:focus|fokus|foco|kw|keyword|mot-cl[eé])\s*:\s*([^()]{2,80})\)", re.IGNORECASE)
_KEYWORD_LIST_IN_PARENTHESES = re.compile(
    r"((?:\b" + _KEYWORD_NAME +
    r"|,\s*(?:" + _LONE_QUALIFIERS + r"))\s*:?\s*)\(([^()]{2,200})\)(?=\s*(?:[,.;|]|$))")


_LIST_DASH = re.compile(r"\s[—–]\s")
# "libros infantiles; después: cuentos para dormir": a word that orders the list is no part of a keyword.
_SEQUENCE_WORD = re.compile(r"^(?:(?:then|next|after that|apres|ensuite|puis|despues|luego|dann|danach|poi|dopo|others|other|autres|otras|otros|altre|altri|weitere"
                            r"|secondary|secondaires|secundarias|secondarie)\s*:\s*|(?:then|puis|ensuite|luego|despues|dann|poi)\s+(?=\w))")  # "…, puis âge légal"


def _without_sequence_word(item: str) -> str:
    word = _SEQUENCE_WORD.match(fold(item))
    return item[word.end():] if word else item
_LIST_END = re.compile(r"[|\n]|(?<=[.!?])\s+(?=\S)|\s[—–]\s")


def _keyword_lists_joined(text: str) -> str:
    """ "LSI keywords: a; b; c": semicolons inside a keyword list separate its items, not clauses; a qualifier
    in parentheses ("running femme (principale), running amorties") is no clause either, nor a list's numbering on
    one line ("Mots-clés : 1) a 2) b 3) c")."""
    if (more := _FURTHER_KEYWORDS.search(text)) and (label := _KEYWORD_LABEL.search(fold(text), 0, more.start())):
        # "Focus keyphrase: X. Also: y, z", "Fokus-Keyword: „X“, weitere: y": after a keyword list, more of them
        # ("Also: keep it under 600 words" asks something else).
        text = text[:label.end()] + _FURTHER_KEYWORDS.sub(
            lambda further: further.group() if _sets_fields(further.string[further.end():]) else f"{further.group(1)}secondary: ", text[label.end():])
    if "2)" in text and (numbered := _INLINE_NUMBERING.findall(text)) and len(numbered) >= 2:
        text = _INLINE_NUMBERING.sub(lambda match: "" if match.group(1) == "1" else ", ", text)
    if "(" in text:
        text = _KEYWORD_QUALIFIED.sub("", text)
        text = _SEO_FOCUS_ASIDE.sub(r"\1; focus keyword: \2;", text)  # "SEO (focus : plan de mobilité)"
        # "Keywords (a, b)" as "Keywords: a, b;": the list closed where its parenthesis was (folding keeps the spans).
        parts, position = [], 0
        for match in _KEYWORD_LIST_IN_PARENTHESES.finditer(fold(text)):
            parts += [text[position:match.start()], text[match.start(1):match.end(1)].rstrip(" :"), ": ",
                      text[match.start(2):match.end(2)].strip(), ";"]
            position = match.end()
        text = "".join(parts) + text[position:]
    if ";" not in text:
        return text
    folded = fold(text)
    labels = list(_KEYWORD_LABEL.finditer(folded))
    for label, following in zip(labels, labels[1:] + [None]):
        end = _LIST_END.search(folded, label.end())
        stop = min(end.start() if end else len(text), following.start() if following else len(text))
        # The list keeps its semicolons up to the next label, where one still separates the two lists.
        joined = text[label.end():stop].rstrip()
        cut = len(joined) - 1 if following and joined.endswith(";") else len(joined)
        text = text[:label.end()] + joined[:cut].replace(";", ",") + text[label.end() + cut:]
    return text


# A label that opens more keywords after a keyword list: "… . Also: a, b", "…, weitere: a, b".
_FURTHER_KEYWORDS = re.compile(r"([,.;]\s*)(?:also|aussi|ademas|además|inoltre|ausserdem|außerdem|weitere|others|autres|otros|otras|altri|altre)\s*:\s*",
                            re.IGNORECASE)
def _sets_fields(text: str) -> bool:
    """Whether the words up to the next sentence's end set a field ("keep it under 600 words", "tono informal")."""
    reader = _FragmentReader(re.split(r"[.;|!?]", text, maxsplit=1)[0])
    reader.read()
    return any(not assignment.weak for assignment in reader.assignments)


_INLINE_NUMBERING = re.compile(r"(?<![\w(])\s*\b([1-9])\)\s+")


@lru_cache(maxsize=2048)
def split_clauses(text: str) -> tuple[_Clause, ...]:
    """The clauses of an instruction line. A keyword list (after its label) keeps its commas: it ends
    at a semicolon, a pipe, a sentence end, after its quoted items, or where an item is itself a directive."""
    clauses: list[_Clause] = []
    for piece in _pieces(_keyword_lists_joined(text), _HARD_SPLIT):
        folded = fold(piece)
        label = _KEYWORD_LABEL.search(folded) if _KEYWORD_LABEL_END.search(folded) else None
        label_start, label_end = (label.start(), label.end()) if label else (len(piece), len(piece))
        # A label right after a label lists under the inner one: "SEO-Keywords – Hauptkeyword: …",
        # "Parole chiave SEO – principale: …".
        while label and (inner := _KEYWORD_LABEL.match(folded, label_end) or _QUALIFIER_LABEL.match(folded, label_end)) \
                and inner.end() > label_end:
            label_end = inner.end()
        before, rest = piece[:label_start], piece[label_end:]
        clauses += [_Clause(part) for part in _shared_unit(_title_commas(_pieces(before, _COMMA_SPLIT), before))]
        if not label:
            continue
        label_text = piece[label_start:label_end]
        quoted = _QUOTED_LIST.match(rest)
        if quoted:
            clauses.append(_Clause(label_text + quoted.group(1), tuple(_quoted(quoted.group(1)))))
            after = rest[quoted.end():]
        else:
            # A dash ends the list: "library cafe, Millbrook library — make Millbrook library the focus keyphrase".
            dash = _LIST_DASH.search(rest)
            rest, beyond = (rest[:dash.start()], rest[dash.end():]) if dash else (rest, "")
            # (a question's mark after the last item is the sentence's: "… les mots-clés : circuit court, vente directe ?")
            items = [_without_sequence_word(_unquoted(_ITEM_QUALIFIER.sub("", _MARK_AFTER_ITEM.sub("", item)))) for item in _list_items(rest)]
            keep = next((index for index, item in enumerate(items) if index and (_is_directive(item) or _KEYWORD_LABEL.match(fold(item)))),
                        len(items))
            clauses.append(_Clause(label_text + ", ".join(items[:keep]), tuple(item for item in items[:keep] if item)))
            after = ", ".join(items[keep:] + ([beyond] if beyond else []))
        clauses += split_clauses(after)
    return tuple(_unit_of_line(clauses, text))


# Only figures a length is written with (100 and more, or "1k"): "(18-25)" after "un público joven" is an age.
# A correction's new figure: "Actually make it 800", "no, mejor 700", "anzi, meglio 400".
_CORRECTED_TO = rf"(?:{_SETS_FIGURE}|{_CHANGE_OF_MIND})"
_LENGTH_FIGURE = r"(?:\d+(?:[.,]\d+)?\s?k\b|\d{1,3}(?:[ .,]\d{3})+(?!\d)|[1-9]\d{2,})"
# The client's side wanting a figure: "scratch that, client wants 700 max".
_WANTS_FIGURE = r"(?:wants|now wants|quiere|veut|vuole|will|mochte|prefers|prefere|prefiere|preferisce)"
_BOUND_AT_END = _LazyPattern(rf"(?:^|\s)(?:(?:{_MIN_BEFORE}|{_MAX_BEFORE}|{_ABOUT_BEFORE}|{_CORRECTED_TO}|{_WANTS_FIGURE})\s*{_LENGTH_FIGURE}"
                             rf"|{_LENGTH_FIGURE}\s*[-–]\s*{_LENGTH_FIGURE})"
                             # "mejor 650 como máximo", "facciamo 550 massimo": the bound after the new figure
                             rf"(?P<bound>\s*(?:{_BOUND_AFTER}|como maximo|como mucho|como minimo|al massimo|al minimo|au maximum|au minimum"
                             rf"|at most|at least|tops|hochstens|mindestens)\b)?"
                             # "I meant 600 not 500": the figure it replaces may follow
                             rf"(?P<replaced>,?\s+(?:(?:(?:and|et|y|e|und)\s+)?(?:not|pas|no|nicht|non)|instead of|rather than|au lieu de|plutot que"
                             rf"|en lugar de|en vez de|statt|anstatt|invece di|anziche)\s+{_LENGTH_FIGURE})?"
                             # "I meant 600 — 800 is way too long for my blog": why, after a dash
                             rf"(?P<remark>\s+[—–]\s+(?=.*[a-z]{{3}}).+)?\s*[.!]*$")


def _unit_of_line(clauses: list[_Clause], text: str) -> list[_Clause]:
    """ "Max 900 words. Actually, make that max 700.": a later bound without its unit takes the line's."""
    folded_line = fold(text)
    # (a bound to mend ends on a figure: a line without one, most, is not searched for its unit)
    unit = _UNIT_PATTERN.search(folded_line) if _DIGIT.search(folded_line) else None
    if not unit or unit.group().strip().startswith("w") and len(unit.group().strip()) == 1:
        return clauses
    unit_word = unit.group().strip()
    mended = []
    bound_said = ""  # "max 800 words — sorry, I meant 600": the new figure keeps the bound said with the one it replaces
    for clause in clauses:
        folded = fold(clause.text)
        bound = _BOUND_AT_END.search(folded) if clause.keywords is None else None
        if bound and not _UNIT_PATTERN.search(folded):
            # the unit goes after the new figure, before the one it replaces: "I meant 600 words, not 500"
            at = next((bound.start(group) for group in ("bound", "replaced", "remark") if bound.group(group)), len(clause.text.rstrip(" .!")))
            kept = f" {bound_said}" if bound_said and not bound.group("bound") and not _BOUNDED_FIGURE.search(folded) else ""
            clause = _Clause(f"{clause.text[:at]} {unit_word}{kept}{clause.text[at:]}", clause.keywords)
        elif bounded := _BOUNDED_FIGURE.search(folded):
            bound_said = "max" if bounded.group("most") or bounded.group("most_after") else "min"
        elif mended and _LONE_FIGURE.fullmatch(folded) and _TAKEN_BACK.fullmatch(fold(mended[-1].text).strip(" .!?…–—-")):
            clause = _Clause(f"{clause.text.rstrip(' .!')} {unit_word}", clause.keywords)  # "700 mots. Euh non, 750": the figure said instead
        mended.append(clause)
    return mended


_LONE_FIGURE = _LazyPattern(r"\s*" + _LENGTH_FIGURE + r"\s*[.!]*")
_BOUNDED_FIGURE = _LazyPattern(rf"(?:\b(?P<most>{_MAX_BEFORE})|\b{_MIN_BEFORE})\s*{_LENGTH_FIGURE}"
                               rf"|{_LENGTH_FIGURE}\s*(?:\w+\s+)?(?:(?P<most_after>{_MAX_AFTER})|{_MIN_AFTER})\b")


def _figure_said_again(folded: str) -> re.Match[str] | None:
    """ "ah non 900 finalement": the figure said again first on its line ("Ah non 900 finalement, corrige la ministre" reports it)."""
    said = _FIGURE_THEN_MIND.match(folded)
    return None if said is None or ":" in folded or _SAID_BY_AFTER.search(folded) or _NARRATIVE.search(folded) else said


# "ah non 900 finalement": the figure said again first on its line, after the words taking the old one back
_FIGURE_THEN_MIND = _LazyPattern(r"\W*(?:(?:ah|oh|euh|heu)\s+)?(?:(?:non|no|nein)\s*,?\s+)?(?:pardon\s*,?\s+)?(" + _LENGTH_FIGURE
                                 + r")\s+(?:finalement|plutot|instead|actually|eher|piuttosto|mejor|invece)\b")
_BARE_CORRECTION = _LazyPattern(
    r"\b(?:" + _CORRECTED_TO + r")\s+(?:plutot\s+|rather\s+|eher\s+|more like\s+)?(?!(?:19|20)\d\d\b)(" + _LENGTH_FIGURE + r")(?:\s*(?:" + _BOUND_AFTER + r"))?\s*(?=[,.;!)]|$)")
_INCLUDING_DOT = re.compile(r"\b(inkl|incl)\.(?=\s)", re.IGNORECASE)
_INLINE_CODE = re.compile(r"`([^`\n]{1,80})`")
# "900 pal.", "1.000 Wö.": units abbreviated after a figure, read on the line as written (folded, "Wö." would be "Wo.",
# weeks; a "pal" alone is a friend).
_UNIT_ABBREVIATION = re.compile(r"(?:(?<=\d)|(?<=\dk))\s*(?:(wö)|pal)\b\.?", re.IGNORECASE)
# German words of a brief typed without umlauts, where no other word is spelt so.
_UMLAUT_WORDS = {"fuer": "für", "woerter": "wörter", "woertern": "wörtern", "hoechstens": "höchstens", "laenge": "länge",
                 "zwischenueberschriften": "zwischenüberschriften", "zwischenueberschrift": "zwischenüberschrift",
                 "schluesselwoerter": "schlüsselwörter", "schluesselwort": "schlüsselwort", "ueberschrift": "überschrift",
                 "ueberschriften": "überschriften", "moeglichst": "möglichst", "koenntest": "könntest", "koennten": "könnten",
                 "ungefaehr": "ungefähr", "ueberarbeiten": "überarbeiten", "uebersetzen": "übersetzen"}
_UMLAUT_TYPED = re.compile(r"\b(?:" + "|".join(word for word, umlaut in _UMLAUT_WORDS.items() if word != umlaut) + r")\b", re.IGNORECASE)
# A unit later in the same clause: "mille mots", "entre huit cents et mille mots" ("cent'anni dopo" in a title is no length).
_UNIT_SOON = re.compile(r"[^.;:!?|]{0,60}?\b(?:" + _UNIT_WORDS + r"|wört\w*)\b", re.IGNORECASE)
_LENGTH_LABEL_FIRST = _LazyPattern(r"^\W*(?:" + _LENGTH_LABEL + r")\s*[:=]")  # "Word count: eight hundred"
_BOUND_ABBREVIATION = re.compile(r"\b(m[aá]x|m[ií]n)\.\s+(?=(?:words?|palabras|mots|parole|w[öo]rter)\b)", re.IGNORECASE)
_PR_FOR = re.compile(r"(?<= )pr (?=(?:le|la|les|l'|un|une|des|nos|notre|vos|ce|cette|demain|lundi|mardi|mercredi|jeudi|vendredi)\b)")
_RATE = _LazyPattern(r"\d\s*(?P<unit>" + _UNIT_WORDS + r")\s+(?:a day|per day|a week|per week|par jour|par semaine|al giorno|alla settimana|al dia"
                     r"|por dia|a la semana|pro tag|am tag|pro woche|in der woche|each day|every day|chaque jour|cada dia|ogni giorno|jeden tag)\b")
_TOLERANCE = _LazyPattern(r"(?P<figure>" + _NUMBER + r")\s*(?P<unit>" + _UNIT_WORDS + r")\s*,?\s*(?:plus ou moins|more or less|give or take|mas o menos"
                          r"|piu o meno|mehr oder weniger|±|\+/-|\+-)\s*(?P<give>\d+)(?!\d)(?P<percent>\s*(?:%|percent|pour ?cent|por ?ciento|prozent|per ?cento))?"
                          r"(?:\s*(?:" + _UNIT_WORDS + r"))?")
def _tolerance_as_range(text: str) -> str:
    """ "800 mots, plus ou moins 100" (or "10 %") as "700-900 mots": a range around the figure, not a length of 100."""
    tolerance = _TOLERANCE.search(fold(text))
    if not tolerance:
        return text
    figure, give = _number(tolerance.group("figure")), _number(tolerance.group("give"))
    if tolerance.group("percent"):
        give = figure * give // 100
    if 2 * give >= figure:
        return text
    return f"{text[:tolerance.start()]}{figure - give}-{figure + give} {tolerance.group('unit')}{text[tolerance.end():]}"


_SHORT_INTERTITLES = re.compile(r"\b((?i:pas|sans|avec|peu|aucun|quelques)\s+(?i:d'|de\s+|des\s+)?|(?<![\w'])(?=inters?\s*:?\s*(?i:oui|non)\b))inters?(?:\s+titres?)?\b(?!-)")  # "Pas d'Inter" is the club
# "Same brief as usual but …": the brief as before, then what changes.
_AS_USUAL_BUT = re.compile(r"\b(?P<usual>(?:memes? consignes?|meme brief|meme chose|la meme chose|same thing|lo mismo|la stessa cosa|das gleiche|comme d'hab\w*|comme toujours|same (?:brief|instructions|as usual|as always|as before|as last time)"
                           r"|as usual|as always|wie immer|wie gehabt|gleiche vorgaben|come al solito|come sempre|stesse indicazioni|como siempre"
                           r"|las mismas indicaciones|mismas instrucciones)(?:\s+(?:que|as|than)\s+(?:d'hab\w*|dhab\w*|d'habitude|la derniere fois|d'ordinaire|usual|always|before|last time|siempre|al solito|immer))?)"
                           r"\s+(?:mais|but|aber|ma|pero)\s")
# What changes this time, after the request as usual: "…, aber diesmal auf Italienisch", "…, but this time in Spanish".
_BUT_THIS_TIME = re.compile(r",\s*(?:mais|but|aber|ma|pero)\s+(?=(?:cette fois|this time|diesmal|esta vez|stavolta|questa volta)\b)", re.IGNORECASE)
_NOT_TOO_LONG = re.compile(r"\s+(?:and|et|e|y|und)\s+(?P<what>(?:not|pas|non|no|nicht)\s+(?:too|trop|troppo|muy|demasiado|zu)\s+"
                           r"(?:long|longue|lungo|lunga|largo|larga|lang))\b")
_OR_ANYTHING = re.compile(r"\s+(?:ni nada|ni rien|ni quoi que ce soit|or anything(?: like that)?|or whatever|n[eé] niente|oder so(?:was)?)\b", re.IGNORECASE)
_CORRECTION_AFTER = re.compile(r"(?<=\s)(?P<figure>\d[\d .,]*\d|\d)\s+(?P<word>plutot|plutôt|instead|rather|mejor|piuttosto|invece|lieber|eher)\b(?!\s+(?:que|qu'|than|als|di|che|de)\b)", re.IGNORECASE)
# Someone close advising the sender: "my nephew says", "Mon petit-fils me dit qu'", "Meine Freundin meint,", "il dit que".
_ADVISED = re.compile(r"\b(?:my|mon|ma|meine|mein|mi|il mio|la mia)\s+(?:nephew|niece|son|daughter|grandson|granddaughter|friend|wife|husband|partner|colleague"
                      r"|neveu|niece|fils|fille|petit-fils|petite-fille|ami|amie|copain|copine|femme|mari|collegue|neffe|nichte|sohn|tochter|enkel"
                      r"|enkelin|freund|freundin|frau|mann|kollege|kollegin|sobrino|sobrina|hijo|hija|nieto|nieta|amigo|amiga|nipote|figlio|figlia"
                      r"|amico|amica|collega)\s+(?:says|said|tells me|told me|thinks|me dit|m'a dit|dit|meint|sagt|dice|me dice|mi dice)\s*,?\s*"
                      r"(?:that |que |qu'|dass |che )?(?=(?:i|we|ich|wir|il faudrait|on|je|necesito|necesitamos|ho|abbiamo)\b)", re.IGNORECASE)
_CEST = re.compile(r"\bcest\b", re.IGNORECASE)
# What the readers named beside the request do with the text: "elles lisent notre petit journal le mardi", "they get it by post".
_READERS_HABIT = re.compile(r"\W*(?:ils|elles|they|ellos|ellas|loro|sie)\s+(?:le |la |les |it |lo |la |es )?(?:lisent|read|leen|leggono|lesen|recoivent|get"
                            r"|reciben|ricevono|bekommen|regardent|look at|consultent)\b")
_AS_IF_WORDS = "comme si|as if|as though|como si|come se|als ob"
_AS_IF = re.compile(r"(?<=\w)\s+(?=(?:" + _AS_IF_WORDS + r")\b)", re.IGNORECASE)
_AS_IF_CLAUSE = re.compile(r"\s*(?:" + _AS_IF_WORDS + r")\b")  # how the tone sounds: "comme si on parlait entre voisins"
# Texting's short words, in the spelling the rules read: "tu px me reecrire", "qqn peut", "merci bcp", "slt c Karim", "c pas la peine",
# "reescribelo xfa", "es pa los chavales". Each is a word of its own; "c" only where "c'est" goes (after a greeting, before "pas").
_TEXTING = {"px": "peux", "qqn": "quelqu'un", "bcp": "beaucoup", "slt": "salut", "xfa": "por favor", "pa": "para", "tb": "también",
            "tmb": "también", "xq": "porque", "cmq": "comunque", "ur": "your", "c": "c'est"}
_TEXTING_WORD = re.compile(r"\b(?<![\w'’-])(?:px|qqn|bcp|slt|xfa|tb|tmb|xq|cmq|ur|pa(?= (?:los|las|el|la|mi|tu|que)\b)"
                           r"|(?:(?<=^)|(?<=slt )|(?<=cc )|(?<=lut )|(?<=[,!] ))c(?= [A-ZÉ][a-zé]+\b)|c(?= pas (?:la peine|besoin|utile|necessaire|nécessaire|grave)\b))"
                           r"(?![\w'’-])", re.IGNORECASE)
_CLIPPED_WORD = re.compile(r"\b(r[ée]dac|r[ée]dacs|pub|info|infos|rubrique|r[ée]f)'(?=\s)", re.IGNORECASE)
_GLUED_ELISION = re.compile(r"\b(pas|sans|aucun|peu) d ?(?=inter|optimi|emoji|anglicisme|h2)", re.IGNORECASE)  # "pas dintertitres", "pas d intertitres"
# A bound in parentheses after its figure (read on the folded line): "Word count: 1200 (hard cap)", "Length: 1200 words (max)".
_BOUND_IN_PARENTHESES = re.compile(r"(\d(?:\s*(?:" + _UNIT_WORDS + r")\b)?)\s*\((" + _MAX_AFTER + "|" + _MIN_AFTER + r")\)")
_BOUND_BEFORE_FIGURE = re.compile(rf"(?:{_MAX_BEFORE}|{_MIN_BEFORE})\s*[:=]?\s*$")


_FILLER_BEFORE_LABEL = re.compile(r"(?P<filler>\W*(?:oh|ah|eh|and|also|et|aussi|y|e|und|auch|anche|tambien)(?:[\s,]+(?:and|et|y|e|und|also|aussi|auch|anche|tambien))?[\s,]+)"
                                  r"(?P<key>[a-z][\w -]{1,25})\s*:")
_LAST_ASIDE = re.compile(r"\s*\(([^()]{3,80})\)\s*$")


def _bound_from_parentheses(text: str) -> str:
    """The bound moved after its figure; dropped when one stands before it already ("Max: 1200 (hard cap)")."""
    folded = fold(text)
    for match in reversed(list(_BOUND_IN_PARENTHESES.finditer(folded))):
        said = _BOUND_BEFORE_FIGURE.search(folded[max(0, match.start() - 30):match.start()].rstrip("0123456789 .,'’"))
        text = text[:match.end(1)] + ("" if said else " " + text[match.start(2):match.end(2)]) + text[match.end():]
    return text


_BOUND_CLAUSE = re.compile(r"\b(?:" + _UNIT_WORDS + r")\b(?P<bound>\s*,\s*(?:(?P<most>pas un de plus|pas un mot de plus|not one more|not a word more|pas plus|pas davantage|no more|not more|no longer|not longer|nicht mehr"
                           r"|nicht langer|non di piu|non oltre|no mas|ni una mas|tops)|pas moins|no less|not less|not fewer|nicht weniger|non meno"
                           r"|no menos)\b(?!\s+(?:than|de|d'|que|als|di|du)\b))")  # "no more than 700" is a bound before its figure
_TAG_FIRST = re.compile(r"^\s*\[[^\]]{1,30}\]\s*")


def _length_alone(before: str) -> bool:
    """A length that is its sentence's only words, or its length label's value: "350 mots, pas plus", "Longueur : 350 mots, pas plus"
    (not "Le texte compte 600 mots, pas plus", "Die Regel: 300 Wörter, nicht mehr")."""
    head, _, length = _TAG_FIRST.sub("", re.split(r"[.;!?,]", before)[-1]).rpartition(":")  # "[Rewriter] 550 mots, pas plus"
    return bool(_LENGTH_ALONE.fullmatch(length)) and (not head.strip() or _field_of_key(head.strip()) in ("length", "min_words", "max_words")
                                                      or bool(_FOR_A_THING.match(head.strip()))  # "pour la rubrique Régions : 400 mots, pas plus"
                                                      or bool(_LENGTH_WORD_FIRST.match(head.strip())))  # "Longueur demandée par le cabinet : …"


# A length that is its sentence's only words: "350 mots, pas plus" (not "Le texte compte 600 mots, pas plus").
_LENGTH_ALONE = re.compile(r"\s*(?:environ|about|around|~|ca\.?|circa|unas|unos|etwa|rund)?\s*[\d .,k]+\s*(?:" + _UNIT_WORDS + r")\s*")
_TITLE_KEPT_AS_IS = _LazyPattern(r"\b(?:(?:garder|gardez|garde|conserver|conservez|keep|mantener|manten|mantenere|mantieni|behalten|behaltet)\s+"
                         r"(?:le titre|the title|the headline|el titulo|il titolo|den titel)\s+(?:tel quel|as is|tal cual|cosi com'e|wie er ist|unverandert)"
                         r"|(?:titre|title|titulo|titolo|titel)\s*:\s*(?:garder|gardez|keep|conserver|mantener|mantenere|behalten))\s*:?\s*(?=[«\"“„])")
_POLITE_LEAD = re.compile(r"(?:merci de|merci d'|please|bitte|por favor|per favore|pouvez-vous|could you|can you)\s*$", re.IGNORECASE)
# A title changed after a correction's word ("Correction après le call : le titre devient « … »"); in news, "Le titre devient
# « Champion du monde » : Mbappé …" tells what happened.
_TITLE_BECOMES = _LazyPattern(r"\b(?:finalement|apres le call|apres l'appel|correction|desormais|finally|actually|after the call|update|al final"
                              r"|alla fine|correzione|korrektur)\b[^«\"“„]{0,40}?(?P<verb>\b(?:le titre|the title|el titulo|il titolo|der titel)\s+"
                              r"(?:devient|becomes|se convierte en|diventa|wird zu))\s*(?=[«\"“„])")
# Keyphrases named as phrases or terms, in quotes, with a verb that asks to use them.
_PHRASES_NAMED = re.compile(r"\b(?:the |les |des |die |los |las |i |gli |le |these |ces |estas |queste )?(?:phrases|expressions|termes|terms|begriffe"
                            r"|terminos|termini|ausdrucke)\s+(?=[\"“«„'‘])")
_TAKEN_BACK_THEN_VALUE = re.compile(r"\W*(?:ah|oh|euh)?\s*(?:non|no|nein)\s+(?:pardon|sorry|desole|desolee|perdon|scusa)(?=\s+(?:en|in|auf|al|nel|pour|for|para|per)\s)")
_CHAT_CEST = re.compile(r"(?:(?<=\s)|^)c\s+(?=pour|for|para|per)\b", re.IGNORECASE)
_WANTS_SOME_LANGUAGE = _LazyPattern(r"\b(?:veut|veulent|voudrait|voudraient|souhaite|souhaitent|demande|demandent|prefere|preferent)\s+"
                                    r"(?P<some>du |de l'\s*)(?P<name>[a-z]+)\b(?=\s*(?:finalement|maintenant|desormais|svp|stp|merci)?\s*(?:[,.;!?]|$))")
# A translation's pair, source then target, in a request: "Rewrite FR > EN" ("Traduction anglais > français, 600 mots, 45 euros"
# is a price list, "anglais > allemand > espagnol" a ranking).
_LANGUAGE_PAIR = re.compile(r"\b(?P<source>[a-z]{2}(?:-[a-z]{2})?|[a-z]{4,12})\s*(?:>|→|->|=>)\s*(?P<target>[a-z]{2}(?:-[a-z]{2})?|[a-z]{4,12})\b")
# (only a field's own label, as a form writes it: "Le titre → « Barbie » : un film" is a headline)
_ARROW_LABEL = re.compile(r"^\s*(?!(?:le|la|les|l'|the|el|los|las|il|lo|der|die|das)\b)([^\W\d_][\w' -]{0,29}?)\s*(?:->|=>|→)\s*(?=\S)", re.IGNORECASE)
_OLD_VALUE_ASIDE = re.compile(r"\s*\((?:non|not|pas|no|nicht|et non|and not|y no)\s+[«\"“„][^»\"”“]{1,80}[»\"”“]\s*\)", re.IGNORECASE)
_STRUCK = re.compile(r"~~[^~\n]{1,80}~~\s*(?:→|->|=>)")  # a replacement: "~~Ton pédagogique~~ → Ton : neutre"
_REMARK_BEFORE_COLON = re.compile(r"^[^():\[\]]{2,60}?(\s*\((?![^()]*\bseo\b)[^()]{1,60}\))\s*:(?=\s*\S)", re.IGNORECASE)  # ("(SEO)" asks for it)
# What the brief itself is written in, said beside the language asked: "il brief è in italiano ma …", "this brief is in English but".
_BRIEF_WRITTEN_IN = _LazyPattern(r"\b(?:le |the |el |il |das |ce |this |este |questo )?(?:brief|briefing|message|mail|mensaje|messaggio|nachricht)\s+"
                                 r"(?:est|is|es|e|ist|esta)\s+(?:(?:redige|written|escrito|scritto|geschrieben)\s+)?(?:en|in|auf)\s+(?P<name>[a-z]+)\b")
_TICKED_FIELD = re.compile(r"\b(inters?|intertitres|subheadings|h2|zwischentitel|zwischenüberschriften|sottotitoli|subtítulos|seo)\s*([❌✅✔✗])",
                           re.IGNORECASE)
_DESK_INTER = re.compile(r"(?<![\w-])inters?(?![\w-])(?!\s+titres?\b)")  # lower case only ("sans inter titres" is mended elsewhere)
_DESK_ABBREVIATION = re.compile(r"(?<=\s)mx\b(?=\W*(?:,|\.|$))|(?<=\s)ss(?=\s+(?:intertitres?|inters?|sous-titres|sous titres|h2))", re.IGNORECASE)


# A note dictated to a phone writes its punctuation in words: "… point à la ligne mots clés : …", "bernard virgule le titre …",
# "huit cents mots point un ton chaleureux". Said "point", "punto", "Punkt" are marks only in a line that has no other punctuation
# ("le point sur le budget" is a noun).
_SPOKEN_MARKS = {"point a la ligne": ".", "a la ligne": ".", "nouveau paragraphe": ".", "point virgule": ";", "deux points": ":",
                 "point d'interrogation": "?", "virgule": ",", "new line": ".", "new paragraph": ".", "full stop": ".", "question mark": "?",
                 "comma": ",", "punto y aparte": ".", "punto y seguido": ".", "punto e a capo": ".", "a capo": ".", "virgola": ",",
                 "komma": ",", "neue zeile": ".", "doppelpunkt": ":", "fragezeichen": "?"}
_SPOKEN_MARK = re.compile(r"\s*\b(?:" + "|".join(sorted(_SPOKEN_MARKS, key=len, reverse=True)) + r")\b")
_SPOKEN_STOP = re.compile(r"(?<=\w) (?:point|punto|punkt|full stop)(?=\s+\w|\s*$)")
_DETERMINER_BEFORE = re.compile(r"\b(?:le|un|au|du|ce|en|de|la|el|il|lo|ein|den|der|das|dem|the|a|this)$")
_SPOKEN_MARK_HINT = re.compile(r"\b(?:point|punto|punkt|" + "|".join(_SPOKEN_MARKS) + r")\b")


# The writer called by a first name ("Léa, …", "Salut Léa ! …"), not a group ("Guys, please keep comments under 200 words" is a forum's)
_VOCATIVE = re.compile(r"\W*(?:(?:salut|hello|hi|hey|bonjour|coucou|hola|ciao|hallo)\s+)?(?!(?i:guys|folks|everyone|all|team|friends|amis|chicos|ragazzi"
                       r"|leute|people|readers|lecteurs|lectores|lettori|leser|parents|kids|users|members|fans)\b)[A-ZÀ-Ý][a-zà-ÿ'-]+(?:\s+dear)?\s*[,—–!]\s*")


def _spoken_punctuation(text: str) -> str:
    folded = fold(text)
    for mark in reversed(list(_SPOKEN_MARK.finditer(folded))):
        if mark.group().strip() == "comma" and _PUNCTUATION.search(text.replace(":", "")):
            continue  # "a coma" in English prose is said once the note is punctuated
        text = text[:mark.start()] + _SPOKEN_MARKS[mark.group().strip()] + text[mark.end():]
    if re.search(r"[,.;!?]", text):
        return text
    folded, pieces, last = fold(text), [], 0
    for stop in _SPOKEN_STOP.finditer(folded):
        if not _DETERMINER_BEFORE.search(folded[:stop.start()]):  # "le point", "un punto": a noun
            pieces += [text[last:stop.start()], "."]
            last = stop.end()
    return "".join(pieces) + text[last:]


# A value taken back in the same breath: "no son 500 palabras sino 900", "der Titel lautet nicht „A“, sondern „B“", "not 600 but 800
# words": the first value, a figure or a quoted phrase, is no longer asked ("pas en anglais mais en espagnol" is how films are listed).
_NOT_BUT = _LazyPattern(r"\b(?:no|not|pas|nicht|non)\s+(?:(?:son|sont|sera|is|it's|ist|sind|e|sono|c'est|ce sont|es)\s+)?(?P<old>[\d«“„\"][^,;:!?]{0,60}?)"
                        r"\s*,?\s*\b(?:sino|sondern|mais|but|ma|(?<=,\s)(?:son|sont|c'est|ce sont|it's|sind|sono))\s+(?=[\d«“„\"])")
_FIGURE_SAID = re.compile(r"\d(?:[\d.,\s]*\d)?")


def _value_taken_back(text: str, folded: str, turn: re.Match[str]) -> str:
    """The line without the value it takes back ("no son 500 palabras sino 900 como mínimo" -> "son 900 palabras como mínimo")."""
    if _NARRATIVE.search(folded) or _FRENCH_PAST.search(text.lower()):
        return text  # ("No son 500 palabras, son 1.500: el ensayo ganador sorprendió…" is news)
    rest = text[turn.end():]
    unit = _UNIT_WORD.search(folded, turn.start("old"), turn.end("old"))
    if unit and (figure := _FIGURE_SAID.match(rest)) and not _UNIT_WORD.match(fold(rest[figure.end():]).lstrip()):
        rest = f"{rest[:figure.end()]} {text[unit.start():unit.end()]}{rest[figure.end():]}"  # the unit said with the value taken back
    return text[:turn.start()] + rest


# A second quoted keyword named as such after the first: "«ruta de los castillos» y, como secundaria, «turismo rural»",
# "« location chalet » comme mot-clé principal et « Laurentides » en secondaire" reads as one list.
_SECOND_QUOTED = _LazyPattern(r"(?<=[»\"”“])\s*(?:(?:y|et|and|e|und)\s*,?\s*)?(?:(?:como|comme|en|as|come|als)\s+(?:(?:mot-cle|palabra clave|keyword|parola chiave)\s+)?"
                              r"(?:" + _SECONDARY_WORDS + r"|sekundar\w*)\s*,?\s*)?(?:(?:y|et|and|e|und)\s+)?(?=[«\"“„])")


_QUOTED_IN_ORDER = _LazyPattern(r"(?<=[»\"”“])\s*(?:en premier|first|en primer lugar|primero|zuerst|per primo|per prima)\s*,?\s*"
                                r"(?:(?:puis|ensuite|then|luego|dann|poi)\s+)?(?=[«\"“„])")


def _normalised(text: str, folded: str) -> tuple[str, str]:
    """The line in the spellings the clause reading knows, and its fold: a length spelled in words, a tolerance, the dot of
    "inkl." beside a length in characters, inline code, a bound in parentheses, the desk's short words ("pr", "inter"), umlauts typed
    as two letters, abbreviated units. Each rewrite runs only when the cheap test of its mark passes."""
    if (vocative := _VOCATIVE.match(text)) and _is_request(text[vocative.end():].split(",")[0].split(".")[0]):
        text = text[vocative.end():]  # "Léa, réécris-moi ça en 400 mots": the writer, called by name before the request
        folded = fold(text)
    if ((" sino " in folded or " sondern " in folded or " mais " in folded or " but " in folded or " ma " in folded or ", son " in folded
         or ", sont " in folded or ", c'est " in folded or ", ce sont " in folded or ", it's " in folded or ", sind " in folded or ", sono " in folded)
            and (turn := _NOT_BUT.search(folded))):
        text = _value_taken_back(text, folded, turn)
        folded = fold(text)
    if ("secund" in folded or "second" in folded or "sekund" in folded) and (second := _SECOND_QUOTED.search(folded)) and second.group():
        text = text[:second.start()] + ", " + text[second.end():]
        folded = fold(text)
    if "premier" in folded or " first" in folded or "primer" in folded or "zuerst" in folded or "per prim" in folded:
        text, joined = _QUOTED_IN_ORDER.subn(", ", text)  # "kw « assurance chômage » en premier, puis « indemnisation »": one list, in its order
        folded = fold(text) if joined else folded
    if _SPOKEN_MARK_HINT.search(folded):
        text = _spoken_punctuation(text)
        folded = fold(text)
    if _UNIT_WORD.search(folded):
        if rate := _RATE.search(folded):
            # "Più o meno 200 parole al giorno": how much someone writes, no length asked
            text = text[:rate.start("unit")] + text[rate.end("unit"):]
        # a length spelled in words ("huit cents mots") reads as its figure
        # ("cent'anni dopo" in a title is no length: beside a title, only a number before a unit)
        text = digits_for_words(text, _UNIT_SOON if _TITLE_HINT.search(folded) and not _LENGTH_LABEL_FIRST.match(folded) else None)
        text = _tolerance_as_range(text)
        if "," in text and (bound := _BOUND_CLAUSE.search(fold(text))) and (
                _TO_THE_WRITER.search(folded) or _length_alone(fold(text)[:bound.start("bound")])):
            # "350 mots, pas plus", "600 words, no more", "800 Wörter, nicht weniger": the bound of the length before it
            text = text[:bound.start("bound")] + (" max" if bound.group("most") else " min") + text[bound.end("bound"):]
        if "," in text and (taken_back := _CLIENT_SIDE_CORRECTS.search(fold(text))):
            # "nein, Moment, der Vorstand sagt 1.000 Wörter": the editor takes back, the client's side gives the figure: one clause
            text = text[:taken_back.start()] + text[taken_back.start():taken_back.end()].replace(",", " ") + text[taken_back.end():]
        if " mx" in text or " ss " in text:
            text = _DESK_ABBREVIATION.sub(lambda match: "max" if match.group() == "mx" else "sans", text)  # "400 mots mx", "ss intertitres"
    if ("inkl." in folded or "incl." in folded) and _CHARACTER_UNIT_WORD.search(folded):
        text = _INCLUDING_DOT.sub(r"\1", text)  # "6.000 Zeichen inkl. Leerzeichen": the abbreviation's dot ends no sentence
        folded = fold(text)
    if "`" in text:
        text = _INLINE_CODE.sub(r'"\1"', text)  # Markdown's inline code quotes a term: focus keyword `kubernetes operators`
    if ":" in text and (filler := _FILLER_BEFORE_LABEL.match(fold(text))) and _field_of_key(filler.group("key").strip()):
        text = text[filler.end("filler"):]  # "oh and title: …", "PS: et le ton : …": the field's label opens the line
    if "(" in text:
        text = _bound_from_parentheses(text)
        if (aside := _LAST_ASIDE.search(text)) and _SEO_PATTERN.search(fold(aside.group(1))):
            # "title: "Your town" (no SEO pls, our CMS is ancient lol)": a field said aside, read as the line's clauses
            text = text[:aside.start()] + ", " + aside.group(1)
    if ("gard" in folded or "keep" in folded or "conserv" in folded or "manten" in folded or "behalt" in folded) and (kept := _TITLE_KEPT_AS_IS.search(folded)):
        # "Merci de garder le titre tel quel : « … »", "Titre : garder « … »": the title given, to keep
        before = _POLITE_LEAD.sub("", text[:kept.start()]).rstrip(" ,")
        text = (before + ", " if before else "") + "titre à garder tel quel : " + text[kept.end():]
        folded = fold(text)
    if ((">" in text or "→" in text) and (pair := _LANGUAGE_PAIR.search(folded)) and _language_value(pair.group("source"))
            and _language_value(pair.group("target")) and _REWRITE_REQUEST.match(folded) and not _LANGUAGE_PAIR.search(folded, pair.end())):
        text = text[:pair.start()] + "en " + text[pair.start("target"):pair.end()] + text[pair.end():]  # "Rewrite FR > EN": into the second
        folded = fold(text)
    if (">" in text or "→" in text) and (arrow := _ARROW_LABEL.match(text)) and _field_of_key(fold(arrow.group(1)).strip()):
        text = f"{arrow.group(1)} : {text[arrow.end():]}"  # "mots -> 1000 environ": a label and its value, as a form's arrow says
        folded = fold(text)
    if "(" in text and (old_value := _OLD_VALUE_ASIDE.search(text)):
        text = text[:old_value.start()] + text[old_value.end():]  # "il titolo giusto è «…» (non «…»)": the value no longer asked
        folded = fold(text)
    if ((" du " in folded or " de l'" in folded) and (partitive := _WANTS_SOME_LANGUAGE.search(folded)) and language_of_name(partitive.group("name"))
            and (_ORDERER_NAMED.search(folded, max(0, partitive.start() - 40), partitive.start()) or folded[:partitive.start()].endswith("on "))):
        # "le client veut du néerlandais", "on veut de l'allemand" ("La ministre veut de l'anglais dès la maternelle" is news)
        text = f"{text[:partitive.start('some')]}le texte en {text[partitive.end('some'):]}"
        folded = fold(text)
    if ("devient" in folded or "becomes" in folded or "diventa" in folded or "wird zu" in folded or "convierte" in folded) and (
            becomes := _TITLE_BECOMES.search(folded)):
        text = f"{text[:becomes.start('verb')]}; titre : {text[becomes.end():]}"  # "Correction après le call : le titre devient « … »"
        folded = fold(text)
    if ("phrase" in folded or "expression" in folded or "term" in folded or "begriff" in folded) and (phrases := _PHRASES_NAMED.search(folded)) and (
            _KEYWORD_VERB.search(folded) and _POLITE_MARK.search(unquoted := _QUOTED_SPAN.sub(" ", folded)) and not _REFUSED.search(unquoted)
            and not _SAID_BY_AFTER.search(folded)):
        text = f"{text[:phrases.start()]}keywords: {text[phrases.end():]}"  # "Please work in the phrases 'hydrogène vert' and …"
        folded = fold(text)
    if (taken_back := _TAKEN_BACK_THEN_VALUE.match(folded)):
        text = f"{text[:taken_back.end()]}, {text[taken_back.end():]}"  # "ah non pardon en espagnol": the new value, a clause of its own
        folded = fold(text)
    if " c " in f" {folded}":
        text, said = _CHAT_CEST.subn("c'est ", text)  # the chat's "c pour le site de Madrid"
        folded = fold(text) if said else folded
    if "~~" in text and (">" in text or "→" in text):
        text = _STRUCK.sub(" ", text)  # "~~Ton pédagogique~~ → Ton : neutre": what is struck out and replaced is taken back
        folded = fold(text)
    if "(" in text and ":" in text and (remark := _REMARK_BEFORE_COLON.match(text)):
        text = text[:remark.start(1)].rstrip() + text[remark.end(1):]  # "Titre demandé par le Domaine (non négociable) : …"
        folded = fold(text)
    if ("brief" in folded or "mess" in folded or "mail" in folded or "mensaje" in folded or "nachricht" in folded) and (
            brief_language := _BRIEF_WRITTEN_IN.search(folded)) and brief_language.end() < len(folded):
        # "il brief è in italiano ma il testo va scritto in inglese": the brief's own language is no request (the words stay, unread)
        text = text[:brief_language.start("name")] + "-" * len(brief_language.group("name")) + text[brief_language.end("name"):]
        folded = fold(text)
    if "❌" in text or "✅" in text or "✔" in text or "✗" in text:
        text = _TICKED_FIELD.sub(lambda mark: f"{mark.group(1)} : {'non' if mark.group(2) in '❌✗' else 'oui'}", text)  # "inter ❌ / 500 mots ✅"
    if "inter" in text:
        text = _DESK_INTER.sub("intertitres", text)  # the desk's "inter" ("pas d'inter", "+ inter", "inter svp"; "France Inter" is a radio)
    if " d" in text:
        text = _GLUED_ELISION.sub(r"\1 d'", text)
    if (" ni " in folded or " or " in folded or " oder " in folded or " ne " in folded) and _OR_ANYTHING.search(folded):
        text = _OR_ANYTHING.sub("", text)  # "sin SEO ni nada", "no SEO or anything": the refusal, said at length
    if (" e " in text or " and " in text or " et " in text or " y " in text or " und " in text) and (short := _NOT_TOO_LONG.search(fold(text))):
        text = text[:short.start()] + ";" + text[short.start("what"):]  # "un tono elegante e non troppo lungo": the length, apart from the tone
    if (" mais " in text or " but " in text or " pero " in text or " aber " in text or " ma " in text) and (usual := _AS_USUAL_BUT.search(fold(text))):
        text = text[:usual.end("usual")] + ";" + text[usual.end("usual"):]  # "mêmes consignes que d'hab mais en anglais": what changes, a clause of its own
    if "," in text and (this_time := _BUT_THIS_TIME.search(text)):
        text = text[:this_time.start()] + "; " + text[this_time.end():]  # "Bitte wie gewohnt überarbeiten, aber diesmal auf Italienisch …"
    if "'" in text:
        text = _CLIPPED_WORD.sub(r"\1", text)  # "pour le rédac' :": the desk's clipped word
    if (" plut" in folded or " instead" in folded or " rather" in folded or " mejor" in folded or " piuttosto" in folded or " lieber" in folded
            ) and (late := _CORRECTION_AFTER.search(text)):
        text = text[:late.start()] + f"{late.group('word')} {late.group('figure')}" + text[late.end():]  # "non 450 plutôt": "plutôt 450"
    if (" says " in folded or " dit " in folded or " meint" in folded or " sagt" in folded or " dice " in folded) and (advised := _ADVISED.search(fold(text))):
        text = text[:advised.start()] + text[advised.end():]  # "my nephew says I need SEO", "Meine Freundin meint, ich brauch SEO": the need
    if "cest" in folded:
        text = _CEST.sub("c'est", text)  # "le titre cest « … »", typed without its apostrophe
    if "." in text and (bound := _BOUND_ABBREVIATION.search(text)):
        text = text[:bound.end(1)] + text[bound.end(1) + 1:]  # "Máx. palabras: 900": the bound's dot is no sentence's end
    if " pr " in text:
        text = _PR_FOR.sub("pour ", text)  # "pr les lecteurs du Var": the desk's "pour"
    if (" si " in folded or " if " in folded or " se " in folded or " ob " in folded or " though " in folded) and _AS_IF.search(text):
        text = _AS_IF.sub(", ", text)  # "un ton chaleureux comme si on parlait au comptoir": how the tone sounds, a clause of its own
    if _TEXTING_WORD.search(text):
        text = _TEXTING_WORD.sub(lambda short: _TEXTING[short.group().lower()], text)
    if "inter" in folded:
        text = _SHORT_INTERTITLES.sub(r"\1intertitres", text)  # "pas d'inter", "avec des inters": the desk's short word
    if ("ue" in folded or "oe" in folded or "ae" in folded) and _UMLAUT_TYPED.search(folded):
        text = _UMLAUT_TYPED.sub(lambda typed: _UMLAUT_WORDS[typed.group().lower()], text)  # "fuer", "woerter": no umlaut key
        folded = fold(text)  # the units' test below looks for "wo" in "Wörter"
    if "pal" in folded or "wo" in folded:
        text = _UNIT_ABBREVIATION.sub(lambda match: " Wörter" if match.group(1) else " palabras", text)
    if ":" in text and _TITLE_HINT.search(folded):  # (the kept title's label ends on its colon: most lines have none)
        text = _TITLE_KEPT.sub(r"\1\2:", text)  # "- keep their title: Northfield sign new keeper": the title given, as its label gives it
    if _PUNCTUATION.search(text) and _KEYWORD_CORE_PATTERN.search(folded):  # (the cheap test first)
        text = _keywords_labelled(text)  # (a line typed in one breath is punctuated first, then read again)
    return text, fold(text)


_TITLE_KEPT = re.compile(r"^(\W*)(?:keep|use|garde[rz]?|conserve[rz]?|utilise[rz]?|mantener|manten|mantened|usa|usar|behalte|behaltet|verwende"
                         r"|mantieni|mantenete)\s+(?:the|their|our|my|his|her|this|le|leur|notre|mon|son|ce|el|su|nuestro|este|den|ihren|unseren|diesen"
                         r"|il|il loro|il nostro|questo)\s+(" + _TITLE_LABEL + r")\s*:", re.IGNORECASE)
# The verbs that ask for keywords: "include", "work in", "placer", "inserisci", "verwende".
_KEYWORD_VERBS = ("include|use|add|work in|mention|placer|placez|place|mettre|mettez|inclure|incluez|utiliser|utilisez|integrer|integrez|inserer"
                  "|glisser|glissez|glissant|en glissant|integrant|en integrant|incluant|en incluant|en utilisant|using|including"
                  "|inserez|incluir|incluye|usar|usa|anadir|anade|inserire|inserisci|usare|includere|includi|mettere|metti|verwenden|verwende"
                  "|einbauen|nutzen|nutze")
_KEYWORD_VERB = _LazyPattern(r"\b(?:" + _KEYWORD_VERBS + r"|weave in|integrate)\b")
# (asked politely, and not to be avoided: "Avoid the phrases 'at the end of the day' …", "Le guide demande d'utiliser les termes …")
_REFUSED = re.compile(r"\b(?:avoid|never|don't|do not|evitez|eviter|jamais|ne pas|nie|niemals|vermeiden|nunca|evita|evitar|mai|evitare)\b")
# Keywords named in a sentence: "with the keyphrase X first, then Y and Z", "include the keywords X and Y", "la parola chiave
# principale è X, poi Y", "il faut placer les mots-clés X, Y et Z". The label is found after a verb or a preposition that
# asks for it, or before a copula in a line said to the writer ("Le mot-clé est sobriété" alone is news).
_KEYWORDS_ASKED = re.compile(
    r"(?P<lead>\b(?:with|avec|con|mit|including|using|" + _KEYWORD_VERBS + r")\s+(?:(?:bien|aussi|also|just|tambien|anche|auch|bitte)\s+)?)?"
    r"(?:(?:the|these|those|les|le|la|ces|des|el|los|las|estas|estos|il|lo|i|gli|le|queste|questi|die|das|den|der|dem|diese)\s+)?"
    r"(?P<label>" + _KEYWORD_NAME + ")"
    r"\s+(?P<verb>(?:is|are|should be|must be|will be|est|sont|sera|seront|doit etre|doivent etre|es|son|sera|debe ser|deben ser|ist|sind"
    r"|sollte sein|soll sein|e|sono|sara|deve essere|devono essere)\s+)?"
    r"(?![-–—:=(]|(?:de|du|des|d'|of|for|pour|para|per|fur|di|del|della|dei|in|en|au|aux|a|to|et|and|y|und|e|que|that|qui|which|che|dass"
    r"|sur|on|su|uber|about|sobre|is|are|est|sont|es|son|ist|sind|sono)\b)(?=[\"“«‘'„\w])")
# A label with its colon after a determiner, inside a sentence: "Vorrei almeno 700 parole e queste parole chiave: …".
_DETERMINED_LABEL = re.compile(r"(?<=\s)(?:these|those|ces|les|estas|estos|las|los|queste|questi|le|diese|die)\s+(?=" + _KEYWORD_NAME + r"\s*:)",
                               re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_LABEL_QUALIFIED = re.compile(r"\b(?P<label>" + _KEYWORD_CORE + r")\s+(?:a|to|da|zu|para|pour|for)\s+[^:\"“«»]{0,30}?\b(?:texte|text|texto|testo|article|articolo"
                              r"|articulo|artikel|chapeau|titre|title|titolo|titulo|titel|intro|lead|paragraphe|paragraph)\b[^:\"“«»]{0,40}?\s*:\s*(?=[\"“«„])")
_ALSO_IN_LIST = re.compile(r",?\s+(?:et|and|y|und|e)\s+(?:aussi|also|tambien|también|auch|anche)\s+|,\s*(?:aussi|also|tambien|también|auch|anche)\s+", re.IGNORECASE)
def _keyword_list_after(head: str, tail: str) -> bool:
    """A sentence's last words name keywords, and short phrases follow its colon ("… e queste parole chiave: a, b"); a
    headline's question follows "Avec des intertitres et des mots-clés : comment les blogs locaux séduisent Google"."""
    return bool(_KEYWORD_LABEL_LAST.search(fold(head))) and not _HEADLINE_OPENER.match(fold(tail)) and all(
        len(item.split()) <= 4 for item in _list_items(tail.strip(" .")))


_KEYWORD_LABEL_LAST = re.compile(r"\s" + _KEYWORD_NAME + r"\s*$")
# Inside such a list, the words that order it: "X first, then Y", "X, et aussi Y", "X, poi Y".
_LIST_ORDER_WORDS = re.compile(r"\s+(?:first|d'abord|en premier|primero|zuerst|prima|in primis)(?=\s*,)"
                               r"|,\s*(?:and |et |y |und |e )?(?:then|puis|ensuite|aussi|also|plus|luego|despues|tambien|dann|danach|auch|poi|anche)\s+",
                               re.IGNORECASE)


# The focus named at the end of a keyword list: "Mots-clés : a, b, et surtout le mot-clé principal « c »", "the keywords are 'a', 'b' —
# and the main one, the focus keyphrase, is 'c'": a list of its own, under the focus's label.
_FOCUS_IN_LIST = re.compile(
    r"\s*[,;—–-]*\s*(?:(?:and|et|y|und|e)\s+)?(?:(?:surtout|above all|especially|sobre todo|vor allem|soprattutto|mainly)\s+)?"
    r"(?:(?:the|le|la|el|il|der|das)\s+)?(?:(?:main|focus|principal|principale) one\s*,\s*(?:the\s+)?)?"
    + _FOCUS_NAME + r"\s*,?\s*(?:(?:is|est|es|ist|e)\s*)?:?\s*(?=[\"“«‘'„])")


def _keywords_labelled(text: str) -> str:
    """The keywords said in a sentence, given their label's colon, with the words ordering them taken out (the focus first)."""
    if _ALSO_IN_LIST.search(text):
        text = _ALSO_IN_LIST.sub(", ", text)  # "budget municipal, et aussi subventions clubs": one more keyword
    if qualified := _LABEL_QUALIFIED.search(fold(text)):
        # "mot-clé à placer dans le texte pour le site de la Ville : « taxes municipales »": the label, then where the phrase goes
        text = text[:qualified.end("label")] + " : " + text[qualified.end():]
    folded = fold(text)
    label = _KEYWORD_LABEL.search(folded)
    if label and (focus := _FOCUS_IN_LIST.search(folded, label.end())) and focus.start() > label.end():
        text = f"{text[:focus.start()]}; focus keyword: {text[focus.end():]}"
        folded = fold(text)
    asked = _KEYWORDS_ASKED.search(folded)
    if not asked:
        return _DETERMINED_LABEL.sub("", text) if _DETERMINED_LABEL.search(folded) else text  # "e queste parole chiave: …"
    # "…, mot cle taxe fonciere": the label and its phrase, a clause of their own
    before = folded[:asked.start()].rstrip()
    clause_end = _LIST_END.search(folded, asked.end())
    opens_clause = before[-1:] in (",", ";") and ":" not in folded[asked.end():clause_end.start() if clause_end else len(folded)]
    if not (asked.group("lead") or asked.group("verb") and (_POLITE_MARK.search(folded) or _SEO_PATTERN.search(folded)
                                                            or any(_is_request(sentence) for sentence in _SENTENCE_END.split(text)))
            or opens_clause and not asked.group("verb") and _SEO_PATTERN.search(folded)):
        return text
    end = _LIST_END.search(folded, asked.end())
    stop = end.start() if end else len(text)
    listed = _LIST_ORDER_WORDS.sub(lambda word: ", " if "," in word.group() else "", text[asked.end():stop])
    # "… et dégustation ?", "…, thanks": the list ends before (the sentence still ends there: "… vente directe ? Environ 700 mots")
    listed = _POLITE_EDGE.sub("", _MARK_AFTER_ITEM.sub("." if stop < len(text) else "", listed))
    start = asked.end("lead") if asked.group("lead") else asked.start("label")
    return f"{text[:start]}{text[asked.start('label'):asked.end('label')]}: {listed}{text[stop:]}"


@lru_cache(maxsize=2048)
def read_line(text: str, *, in_block: bool = False, min_evidence: int = 2) -> _LineReading:
    """Decide whether one line is an instruction and what it sets.

    A line whose every clause is directive is an instruction. Otherwise clauses the tables do not
    read (chatter, thanks, a remark to the writer) are neutral when the directive clauses beside them
    set at least `min_evidence` distinct strong fields and none of the unread clauses is narrative.
    A short label before a colon ("@Jonas kurze Info zum Artikel: …", "UPDATE from Mark: …") is
    neutral; directives before a colon and prose after it are a headline ("Écrire en français : le guide")."""
    folded = fold(text)
    if _SLIP_TOKEN.search(folded) and (mended := _slips_mended(text))[1]:
        reading = read_line(mended[0], in_block=in_block, min_evidence=min_evidence)
        extra = list(reading.extra)
        for word, typed in mended[1]:
            extra = [item.replace(word, typed) for item in extra]  # the model sees the words as the editor typed them
        return _LineReading(reading.assignments, extra, reading.is_instruction)
    text, folded = _normalised(text, folded)
    if (quoted := _CLIENT_QUOTE.search(folded)) and (close := _CLOSING_QUOTE.search(text, quoted.end())):
        # 'El cliente dice: "lo queremos en francés, unas 800 palabras"': the client's words, passed on, are the brief
        text = f"{text[:quoted.start('open')]} {text[quoted.end():close.start()]} {text[close.end():]}"
        folded = fold(text)
    if not in_block and ("|" in text or "/" in text or "·" in text) and _is_language_menu(folded):
        return _NOT_INSTRUCTION
    reading = _read_whole_line(text, in_block=in_block, min_evidence=min_evidence)
    if (min_evidence == 1 and not in_block and not reading.is_instruction and _DIGIT.search(folded)  # (its figure: the cheap test first)
            and (corrected := _BARE_CORRECTION.search(folded) or _figure_said_again(folded)) and not _UNIT_PATTERN.search(folded)):
        # "Actually make it 900.", "Anzi no, facciamo 1000", "ah non 900 finalement": beside a brief, a correction names the figure
        # and the brief it corrects the unit.
        return read_line(text[:corrected.end(1)] + " words" + text[corrected.end(1):], in_block=in_block, min_evidence=min_evidence)
    voice_note = _VOICE_NOTE.match(folded)
    spoken = text[voice_note.end():] if voice_note and voice_note.group("mark") else text  # "voice note: rewrite it …"
    if DICTATED_LINE <= len(spoken) <= MAX_LINE and not _PUNCTUATION.search(spoken) and _TO_THE_WRITER.search(fold(spoken)):
        # A note dictated or typed in one breath, with no punctuation, read at the points where each request starts,
        # when that reads more fields than the line as written, or as many with less of it left unread.
        punctuated = _dictation_punctuated(spoken)
        dictated = read_line(punctuated, in_block=in_block, min_evidence=min_evidence) if punctuated != spoken else reading
        if dictated.is_instruction and (not reading.is_instruction or _reading_rank(dictated) > _reading_rank(reading)):
            return dictated
    if in_block or ":" not in text:  # no label without its colon
        return reading
    labelled = _LEADING_LABEL.match(_TIMESTAMP.sub("", _without_chat_marks(_BULLET.sub("", text.strip()))).strip())
    if not labelled:
        return reading
    head, tail = labelled.group("head"), labelled.group("tail")
    folded_head = fold(head)
    if (_is_news_kicker(folded_head) or _READ_IN.fullmatch(folded_head.strip()) or _EXAM_LABEL.search(folded_head)
            or (_SPEAKING_ROLE.fullmatch(fold(head).strip()) and tail.rstrip().endswith("?"))):
        # "Consigne de l'épreuve : réécrivez ce texte au passé simple": an exam's task, told as news; "Journaliste : Vous
        # réécririez ce discours aujourd'hui ?": an interview's question
        # "Also in: Français | Español" is the page's language menu; "PRESS RELEASE: Optimize Media launches…", the news itself
        return _NOT_INSTRUCTION
    if reading.is_instruction:
        if _names_fields_only(head) and not _read_whole_line(tail, in_block=False, min_evidence=1).is_instruction:
            return _NOT_INSTRUCTION  # "Tono, pubblico e parole chiave: come i piccoli negozi conquistano Google" is a headline
        if re.search(r"[.,;|!?·•–—]", head) or _is_section_head(head.split("/")[0], head) or _QUOTE_START.match(tail) or _is_label(head) or _keyword_list_after(head, tail):
            # the colon of a later clause ("SEO blog post. Focus keyword: …", "800 words and include keywords: a, b")
            return reading
        if (tail[:1].isupper() and _HEADLINE_OPENER.match(fold(tail)) and len(tail.split()) >= 4 and not _is_label(_ASIDE.sub("", head))
                and not _read_whole_line(tail, in_block=False, min_evidence=1).is_instruction):
            return _NOT_INSTRUCTION  # "Mit Zwischenüberschriften und klaren Keywords: Wie Lokalzeitungen … kämpfen" asks a question
        after = _read_whole_line(tail, in_block=False, min_evidence=1)
        headline = (not after.is_instruction and len(tail.split()) >= 4 and not _is_chatter(fold(tail))
                    and not any(not assignment.weak for assignment in after.assignments)
                    and _read_whole_line(head, in_block=False, min_evidence=1).assignments)
        return _NOT_INSTRUCTION if headline else reading
    if (len(head.split()) <= 8 and not _NARRATIVE.search(folded_head) and not _is_caption(f"{folded_head}: {fold(tail)}") and not _QUOTE_START.match(head)
            and not (_HEADLINE_OPENER.match(folded_head) and not _REVIEW_COMMENT.fullmatch(folded_head))
            and not _DIGIT.search(_IDENTIFIER_IN.sub("", _ORDINAL_CLASS.sub("", folded_head)))):  # "Exercice pour mes 3e :"
        return _read_whole_line(tail, in_block=False, min_evidence=min_evidence)
    return reading


# The client's words passed on, quoted after a colon, at the line's start (after a greeting or a note's mark at most): 'the client
# says: "…"', 'P.-S. Le client (…) a ajouté : « … »', 'Hinweis von Kundenseite (…): „…"'. ("Le client a tranché : « … »",
# "Une cliente, rencontrée au marché : « … »" quote someone in a story.)
_CLIENT_QUOTE = _LazyPattern(r"^\W*(?:[^\"«“„:,.!?]{1,30}[,.!]\s+)?(?:(?:the|our|le|notre|el|nuestro|il|il nostro|der|unser)\s+)?"
                             r"(?:(?:client|customer|cliente|kunde|kundin|auftraggeber|committente)(?:\s*\([^()]{1,60}\))?\s+(?:says|said|writes|wrote|added|adds"
                             r"|dit|a dit|ecrit|a ecrit|ajoute|a ajoute|precise|a precise|dice|dijo|escribe|ha escrito|anade|ha anadido|sagt|schreibt|ergaenzt|erganzt"
                             r"|scrive|ha scritto|ha detto|aggiunge|ha aggiunto)"
                             r"|(?:hinweis|note|nota|ps|p\.-?s\.)\s+(?:von|from|du|del|dal|de la part du)\s+(?:kundenseite|(?:the |le |el |il |dem )?(?:client|kunde|kunden|cliente))"
                             r"(?:\s*\([^()]{1,60}\))?)\s*:\s*(?P<open>[\"«“„])")
_CLOSING_QUOTE = re.compile(r"[\"»”“]")
_EXAM_LABEL = re.compile(r"\b(?:epreuve|examen|concours|bac|brevet|exam|test|quiz|prufung|esame|concorso|dictee|dictation|oposicion|oposiciones)\b")
# Who speaks in an interview, as its transcript names them: "Journaliste :", "Q:", "Interviewer:".
_SPEAKING_ROLE = re.compile(r"(?:q|question|journaliste|journalist|interviewer|intervieweur|reporter|periodista|pregunta|giornalista|domanda|frage"
                            r"|le journaliste|la journaliste|el periodista|la periodista|il giornalista|la giornalista|der journalist|die journalistin)")
_ORDINAL_CLASS = re.compile(r"\b\d{1,2}(?:e|eme|th|st|nd|rd|°|º)\b")
# A reviewer's comment in a shared document: "Comment (Rachel):", "Comment from Sam:" (French "Comment" opens a question).
_REVIEW_COMMENT = re.compile(r"\W*comments?\s*(?:\([^()]{1,40}\)|(?:from|by)\s+[\w.'-]+(?:\s+[\w.'-]+)?)\s*")
DICTATED_LINE = 40  # a shorter line without punctuation is a clause ("rewrite it in Spanish"), not several run together
_PUNCTUATION = re.compile(r"[,.;:!?|()\[\]\"«»“”/]")
# Where a request starts in an unpunctuated note: a negation, a conjunction, a language after its preposition, an
# "about", a tone named before its word (fr, es, it) or after it (en, de: "friendly tone", "locker im Ton"), thanks.
# A note is said to someone: "tu", "you", "du", a request's verb, "please", thanks. A news sentence is not.
_TO_THE_WRITER = _LazyPattern(r"\b(?:tu|toi|vous|you|u|du|dir|dich|ti|vi|voi|euch|os|vosotros|ustedes|usted|bitte|please|pls|plz|stp|svp|porfa|por favor|per favore|merci"
                              r"|thanks|thx|danke|gracias|grazie|" + _REWRITE_VERBS + r"|riscrivimi|reescribelo|redo)\b")
_DICTATION_BREAK = _LazyPattern(
    r"(?<!\s)\s+(?=(?:pas de|pas d'|sans|without|no|niente|senza|sin|ohne|avec|with|con|mit|entre|between|keep it|make sure|tu mets"
    r"|que salga|merci|thanks|thank you|grazie|gracias|danke|vale|voila|ciao|porfa)\b)"
    r"|(?<![\d\s])\s+(?=(?:et|and|y|und|e)\s)"  # not inside a range: "entre 500 et 600 mots"
    # (not after the length it qualifies: "600 mots environ")
    r"|(?<!\ben)(?<!\bin)(?<!\bde)(?<!\bof)(?<!\bauf)(?<!mots)(?<!words)(?<!palabras)(?<!parole)(?<!worter)(?<!\s)\s+(?=(?:circa|about|around|environ|unas|unos|ungefahr|etwa)\b)"
    r"|(?<!\bim)(?<!\s)\s+(?=(?:ton|tono)\s)"
    # readers, named by their label or by whom the text is for: "… ton léger public les seniors actifs", "… it's for students"
    r"|(?<!\s)\s+(?=(?:public|publico|pubblico|audience|lectorat|zielgruppe|target audience|it's for|it is for|c'est pour|es para|e per|ist fur)\s)"
    r"|(?<!\s)\s+(?=(?:in|en|auf)\s+" + _NAME_PATTERN + r")"
    r"|(?<=\stone)\s+|(?<=\sim ton)\s+"
    # after a length, unless a bound or an "about" follows it: "400 words friendly tone", not "600 mots à peu près"
    r"|(?<=\d)\s+(?P<unit>" + _UNIT_WORDS + r")\b(?!\s+(?:" + _BOUND_AFTER + r"|environ|a peu pres|approx|aprox|circa|about|around"
    r"|mas o menos|ungefahr|etwa|o meno|piu o meno|more or less|or so)\b)")
_DICTATED_KEYWORD = _LazyPattern(
    r"\b(?:le |les |the |la |el |das |il )?(?:mots? cles?|keywords?|keyphrase|palabras? claves?|parol[ae] chiave|schlusselw(?:o|oe)rt)"
    r"(?:\s+(?:" + _FOCUS_QUALIFIER + r"))?(?:\s+(?:c'est|est|is|es|ist|e|sera))?\s+")


def _reading_rank(reading: _LineReading) -> tuple[int, int]:
    """More fields read, then less text left to the model."""
    return len({assignment.field for assignment in reading.assignments}), -sum(len(item) for item in reading.extra)


def _dictation_punctuated(text: str) -> str:
    """ "tu me fais 600 mots ton neutre pas de sous titres et le mot clé assurance auto merci" with the commas
    its author did not type ("…, ton neutre, pas de sous titres, et keyword: assurance auto. merci")."""
    folded = fold(text)
    keyword = _DICTATED_KEYWORD.search(folded)
    cuts = sorted({match.end("unit") if match.group("unit") else match.start() for match in _DICTATION_BREAK.finditer(folded)}
                  - (set(range(keyword.start() + 1, keyword.end() + 1)) if keyword else set()))
    punctuated, position = "", 0
    for cut in cuts + [len(text)]:
        if keyword and position <= keyword.start() < cut:
            # The keyword runs to the next break, where a full stop closes its list.
            punctuated += f"{text[position:keyword.start()].strip()} keyword: {text[keyword.end():cut].strip()}. "
        elif text[position:cut].strip():
            punctuated += text[position:cut].strip() + ", "
        position = cut
    return punctuated.rstrip(" ,;")


def _is_label(head: str) -> bool:
    """A field's label, qualifiers included ("Mots-clés SEO", "Focus keyphrase"): what follows its colon is its value."""
    folded = fold(head).strip()
    return bool(_field_of_key(folded) or _KEYWORD_LABEL.fullmatch(folded + ":"))


_TAKEN_BACK = re.compile(r"(?:(?:ah|oh|euh|hmm|um|uh|ach|eh|enfin|bueno|beh)\s+)?(?:" + _TAKING_BACK + r"|no wait|nein moment|anzi"
                         r"|anzi no|non attendez|non attends|attendez|attends|espera|aspetta|warte|oops|oups)(?:\s+(?:wait|moment|pardon|sorry))?")
# After a call with the client: "Après le call : le titre devient …" corrects the brief and is said to the writer.
_AFTER_THE_CALL = "apres le call|apres l'appel|after the call|after our call|nach dem call|dopo la call|despues de la llamada"
# A line that states a field, takes it back and states it again is a note to the writer
# ("Environ 1000 mots... finalement non, plutôt 1 500 mots"): news does not correct itself.
_SELF_CORRECTION = re.compile(r"\b(?:" + _CHANGE_OF_MIND + "|" + _SETS_FIGURE + r"|scratch that|scrap that|en fait|en realidad|eigentlich"
                              r"|" + _AFTER_THE_CALL + r"|" + _TAKING_BACK + r")\b")


# A line opening on an apology to the writer corrects what they were told: "ops scusa, ieri ti ho scritto 1000 parole ma…"
_APOLOGY = re.compile(r"\W*(?:oops|ops|oups|sorry|so sorry|pardon|desole|desolee|perdon|perdona|perdone|scusa|scusate|scusami|mi scuso"
                      r"|entschuldigung|sorry nochmal|dsl)\b")


def _corrects_itself(assignments: list[_Assignment], folded: str) -> bool:
    fields = [assignment.field for assignment in assignments if not assignment.weak]
    return len(fields) > len(set(fields)) and bool(_SELF_CORRECTION.search(folded))


def _names_fields_only(head: str) -> bool:
    """Two fields or more named without a value ("Tone, audience and keywords"): a headline's subject, not labels."""
    names = [name.strip() for name in _LIST_SEPARATOR.split(fold(head)) if name.strip()]
    # Two of them at least are labels; the others may be words of the same kind ("Ton, Wortwahl, Zielgruppe").
    return (len(names) >= 2 and sum(_is_label(name) for name in names) >= 2
            and all(len(name.split()) <= 2 and not _is_directive(name) for name in names))


# A chat's time, with its date before it in an exported chat ("12/03/2024, 18:21 - Karim: …") or after it ("[08:14, 12/03] Léa: …").
_CHAT_STAMP = r"\[?(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:,\s*[\d/.-]+)?\]?"
_CLOCK = _CHAT_STAMP + r"(?:\s*(?:am|pm)\b\]?)?(?:\s+[-–](?=\s))?"
_SIGNED_WITH_ROLE = re.compile(r"\b(?:gracias|grazie|merci|thanks|thank you|danke|saludos|saluti|cheers|best|cordialement|un saludo)[,!]?\s+"
                               r"(?-i:[A-ZÀ-Ý])[\w.'-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w.'-]+)?(?P<role>\s*\([^()]{2,40}\))\s*$", re.IGNORECASE)
_VOICE_NOTE = re.compile(r"\s*(?:(?:(?:transcription|retranscription|transcripcion|trascrizione|transkription|transcript)\s+(?:(?:du|d'un|de la|de|of|del|della|der)\s+)?)?"
                         r"(?:nota de voz|mensaje de voz|note vocale|message vocal|voice note|voice memo|voice message|nota vocale|messaggio vocale"
                         r"|sprachnachricht|sprachnotiz|sprachmemo|vocale|vocal)"
                         # who spoke and how long: "(Marc, 0:47)"
                         r"|(?:transcription|transcripcion|trascrizione|transkription|transcript)(?:\s+(?:audio|vocale|vocal))?)(?:\s*\([^()]{1,40}\))?"
                         # "message vocal transcrit :", "voice note (transcribed):", "nota de voz transcrita"
                         r"(?:\s*\(?(?:transcrite?|transcribed|transcript|transcrita|trascritta|trascritto|transkribiert|retranscrite?)\)?)?"
                         r"(?:\s+(?:pour|para|per|for|fur|an|a)\s+(?:la |le |el |the |die |il |l')?"
                         r"(?:redaction|redaccion|redazione|redaktion|desk|team|equipe|equipo|newsroom))?\s*(?P<mark>[:–-])?\s+")
_TIMESTAMP = re.compile(r"^\s*" + _CLOCK + r"\s*")  # "[10:42] Mrs Okafor: …", a chat log
_QUOTED_WHOLE = re.compile(r"\s*[«\"“„]\s*(.+?)\s*[»\"”“]\W*")
# What a speaker says while thinking, which a transcript keeps: "euh", "hein", "ouais", "um", "äh", "ehm".
_HESITATION = re.compile(r"(?<![\w'])(?:euh+|heu+|hein|bah|um+|uh+|erm|ehm+|äh+|ähm|mmh?)(?![\w'])[,.…]*\s*|\.\.\.|…", re.IGNORECASE)
_LEADING_LABEL = re.compile(r"^(?P<head>[^:\[\]\"“«]{1,60}?)\s*:\s+(?P<tail>\S.*)$")
_SECTION_SPACING = re.compile(
    r"\b" + _EVERY + r"\s+(?:\d+(?:\s*[-–]\s*\d+)?|two|three|four|five|deux|trois|quatre|cinq"
    r"|dos|tres|cuatro|cinco|zwei|drei|vier|funf|due|tre|quattro|cinque)\s+(?:paragraphs?|paragraphes?|parrafos?|absatzen?|absatze|paragrafi|paragrafo"
    r"|sections?|blocks?|blocs?)\b")
# A headline's kicker announces something new: "Neue Vorgaben für Schulaufsätze: höchstens 500 Wörter…" is news about rules.
_NEW = r"(?:new|neue[nrs]?|nouvelles?|nouveaux?|nouvel|nuevas?|nuevos?|nuove|nuovi|nuova|nuovo)"
_NEWS_KICKER = re.compile(_NEW + r"\s")
# What a wire, a press release or a breaking story opens on.
_RELEASE_KICKER = re.compile(r"(?:press release|news release|for immediate release|media release|communique de presse|communique|comunicado de prensa"
                             r"|comunicado|nota de prensa|pressemitteilung|medienmitteilung|comunicato stampa|comunicato|breaking news|breaking"
                             r"|exclusive|exclusif|exclusiva|exklusiv|esclusiva|esclusivo|eilmeldung|derniere minute|ultima hora|ultim'ora)")


def _is_news_kicker(folded_head: str) -> bool:
    """ "New rules for X", not a correction's label ("New length", "Neue Länge", "Nouveau titre") nor "New brief"; a press
    release's or a wire's ("PRESS RELEASE: Optimize Media launches…")."""
    return (bool(_RELEASE_KICKER.fullmatch(folded_head.strip())) or bool(_NEWS_KICKER.match(folded_head) and len(folded_head.split()) >= 3 and not _FIELD_KEY.search(folded_head)
                 and (not _JOB_WORD.search(folded_head) or _NEW_RULES_FOR.match(folded_head)))
            # "Objectif affiché par la direction :", "Priorité fixée par le gouvernement :": who set it, as news reports it (the client or
            # the desk setting it is a brief's: "Titre validé par le client :")
            or bool((" par" in folded_head or " by" in folded_head or " por" in folded_head or " da" in folded_head or " von" in folded_head)
                    and (agent := _SET_BY.search(folded_head)) and not _ORDERER_NAMED.search(folded_head, agent.end())
                    and not (_LENGTH_WORD_FIRST.match(folded_head.strip()) and _ASKED_BY.search(folded_head))))
            # ("Longueur demandée par le cabinet :" is a brief's label; "Longueur imposée par l'éditeur : 300 pages" a book's)


_LENGTH_WORD_FIRST = re.compile(r"(?:" + _LENGTH_NOUNS + r"|taille)\b")
_ASKED_BY = re.compile(r"\b(?:demandee?s?|souhaitee?s?|voulue?s?|requested|wanted|gewunscht|verlangt|richiest[oa]|pedid[oa]|solicitad[oa])\s+(?:par|by|por|da|von)\b")
_SET_BY = re.compile(r"\b[a-z]+(?:e|ee|es|ees|ado|ada|ato|ata|ed|t)\s+(?:par|by|por|da|von)\b")
# New rules said to be for someone else: "Nouvelles consignes pour le bac : 600 mots au plus" ("New brief:" stays a label).
_NEW_RULES_FOR = re.compile(_NEW + r"\s+(?:rules|guidelines|requirements|regeln|vorgaben|richtlinien|regles|consignes|normes|normas"
                            r"|reglas|regole|norme|requisiti)\s+(?:for|pour|fur|para|per)\s+(?!(?:(?:this|the|ce|cet|cette|le|la|el|este|esta"
                            r"|il|questo|questa|diesen|den|das|dieses)\s+)?(?:article|piece|text|texte|papier|post|artikel|articulo|articolo"
                            r"|pezzo|one|celui-ci|celui-la|texto|testo)\b)")
_IDENTIFIER_IN = re.compile(r"(?:#|n°|no\.?\s|nr\.?\s|nº)\s*\w*\d[\w-]*")
_DECORATION = re.compile(r"^\s*(?:[*=~#_-]{3,}|//+)\s*|\s*(?:[*=~#_-]{3,}|//+)\s*$")
_DECORATION_MARKS = re.compile("[*=~#_-]" * 3 + "|//")  # written out, the search skips fast to the first mark


@lru_cache(maxsize=2048)
def _unmarked(text: str) -> str:
    """The line without its decoration rules, the bold around its label and its bullet: the run at the
    edge of the file and the reading of the line both start from it. Most lines hold neither a rule nor
    bold: their patterns run only where their marks are."""
    text = text.strip()
    if _DECORATION_MARKS.search(text):
        text = _DECORATION.sub("", text)
    if "**" in text or "__" in text:
        text = _BOLD_LABEL.sub(r"\1", text)
    text = _BULLET.sub("", text)
    if text.startswith("[") and text.endswith("]") and _POSTSCRIPT.match(text, 1):
        text = text[1:-1]  # "[NDLR pour le desk : …]"
    if text and text[0] in "PpNnAaEe" and (postscript := _POSTSCRIPT.match(text)):
        text = text[postscript.end():]  # "P.S. massimo 450 parole…": the note's mark, no clause of it
    tag = _TAG.match(text) if text.startswith("[") else None
    if tag and not _is_directive(tag.group(1)):  # "[EN] [800 words] [SEO]" is the brief itself
        text = text[tag.end():]
    elif tag:
        text = f"{tag.group(1)}; {text[tag.end():]}"  # "[EN] Rewrite for …": the tag, a clause of its own
    elif text.startswith("[") and (run := _TAG_RUN.match(text)) and text[run.end():].strip():
        # "[EN] [B2B] Rewrite for…": the tags that name a field are clauses of their own; the others (a segment, a client) go
        kept = [tag.group(1) for tag in _OTHER_TAG.finditer(run.group()) if _is_directive(tag.group(1))]
        text = "; ".join(kept + [text[run.end():]])
    return _without_label_remark(text)


_KEYWORD_CORE_PATTERN = re.compile(r"\b" + _KEYWORD_CORE)


def _label_without_remark(remark: re.Match[str]) -> str:
    """ "Title (client-approved)" is the title's label; "Requête principale (SEO)" asks for SEO too, as "SEO requête principale"."""
    label = remark.group(1)
    return f"SEO {label}" if remark.group(2).strip().lower() == "seo" and _KEYWORD_CORE_PATTERN.search(fold(label)) else label


# A postscript's mark: dotted ("P.S.", "P.-S.", "N.B.") or with its colon ("PS:"); "PS une tribune…" is the Parti socialiste.
# An editor's note is marked so too ("NDLR pour le desk :", "Anm. d. Red.:", "N.d.R.:"): what follows must read as a brief by itself.
_POSTSCRIPT = re.compile(r"(?:(?:p\.\s?-?s\.|p\.p\.s\.|n\.\s?b\.)(?:\s*[:\-–—])?|(?:ps|pps|nb|nota bene|ndlr|n\.d\.l\.r\.|n\.d\.r\.|anm\. d\. red\."
                         r"|nota de la redaccion|nota della redazione|editor's note|ed\. note|ed)(?:\s+(?:pour|for|para|per|fur|an)\s+(?:le |la |the |el |il |die )?"
                         r"(?:desk|redaction|redac|redaccion|redazione|redaktion|writer|redacteur|redactrice))?\s*[:\-–—])\s*(?=\S)", re.IGNORECASE)
# A tag in brackets before the line's own text: "[NOTE CMS] Rubrique : …", "[Teams] Francesca 16:05".
_TAG = re.compile(r"^\[([^\[\]]{1,60})\]\s*(?=[^\s\[])")  # (also "[Commentaire CMS – éditeur : p.lemoine] Reprendre en 300 mots…")
_OTHER_TAG = re.compile(r"\s*\[([^\[\]]{1,30})\]\s*")
_TAG_RUN = re.compile(r"(?:\[[^\[\]]{1,30}\]\s*){2,}")
# A label's remark in parentheses, before its colon: "Title (client-approved, do not change):", "Titel (vom Kunden vorgegeben):".
# ("Requête principale (SEO) :" keeps its "SEO", as a qualifier: the label asks for it.)
_LABEL_REMARK = re.compile(r"^([^\W\d_][\w '\-]{0,30}?)\s*\((\s*seo\s*|[^()]{1,60})\)(?=\s*:)", re.IGNORECASE)


# A length in a layout's lines, said with its label or a polite word: "Umfang 80 Zeilen", "Bitte 120 Zeilen", "Vorspann max. 3 Zeilen"
# ("Sein Abschiedsbrief: 12 Zeilen" counts a letter's lines).
_LINES_LABEL = (r"(?:(?:" + _LENGTH_NOUNS + r"|vorspann|lead|chapeau|chapo|occhiello|catenaccio"
                r"|bitte|please|svp|per favore|por favor)\s*:?\s*)")
_LINES_LABELLED = _LazyPattern(_LINES_LABEL + "+" + _LENGTH_IN_LINES.pattern + r"(?:\s+a\s+\d+\s*(?:anschlage|anschlaege|zeichen|battute|caracteres|signes))?")
_LINES_ASKED = _LazyPattern(_LINES_LABEL + "*" + _LENGTH_IN_LINES.pattern + r"(?:\s+a\s+\d+\s*(?:anschlage|anschlaege|zeichen|battute|caracteres|signes))?")


def _is_layout_length(clause: str) -> bool:
    """A length in pages or in a layout's lines, alone on its clause: the model reads it as written."""
    folded = fold(clause).strip(" .!")
    return bool(_PAGE_LENGTH.fullmatch(folded) or _LINES_ASKED.fullmatch(folded))


def _read_whole_line(text: str, *, in_block: bool, min_evidence: int) -> _LineReading:
    body = _unmarked(text)
    wrapped = _WRAPPER.match(body)
    if wrapped:
        body = next(part for part in wrapped.groups() if part is not None).strip()
    while body.startswith("[") and body.endswith("]"):
        body = body[1:-1].strip()  # "[[ Brief : … ]]" too
        if "|" in body and _KEYWORD_LABEL.match(fold(body)):
            body = body.replace("|", ",")  # "[KW: assurance auto | bonus malus]": in a tag, pipes separate the keywords
    # Addressing a colleague ("@sam", emoji) is neither a directive nor article text.
    body = _TIMESTAMP.sub("", _without_chat_marks(body)).strip()
    if body.endswith(")") and (role := _SIGNED_WITH_ROLE.search(body)):
        body = body[:role.start("role")].rstrip()  # "… Gracias, Pilar (secretaria)": the writer's role under the name
    if body.endswith(")") and (reference := _ORDER_REFERENCE_AFTER.search(body)):
        body = body[:reference.start()].rstrip()  # "… Danke! (Auftr. 118/24)": the order's number, for the desk
    if (body.endswith(".") or body[-1:].isupper()) and (initials := _SIGNED_INITIALS.search(body)):
        body = body[:initials.start(1)].rstrip()  # the writer's initials
    folded = fold(body)
    voiced = False  # a voice note's words are said to the writer
    if (voice_note := _VOICE_NOTE.match(folded)) and (voice_note.group("mark") or _REQUEST_OPENER.match(folded[voice_note.end():])):
        voiced = True
        body, folded = body[voice_note.end():], folded[voice_note.end():]  # "nota de voz reescribe el artículo…": what it is, first
        if (spoken := _QUOTED_WHOLE.fullmatch(body)) is not None:
            # "Transcription message vocal (Marc, 0:47) : « Ouais salut c'est Marc, euh, … »": the words said, in quotes
            body = _HESITATION.sub("", spoken.group(1)).strip()
            folded = fold(body)
    # Who says the line's words, after them ("…, précise l'affiche"): asked here and by the one-field request below.
    said_by = _SAID_BY_AFTER.search(folded) if not in_block and "," in folded else None
    # A brief line is short; a paragraph of the article is not (and is not read any further).
    if (not body or len(body) > (MAX_BLOCK_LINE if in_block else MAX_LINE) or _QUOTE_START.match(body) or _INJECTION.search(folded)
            or (_REPORTED_SPEECH.search(folded) and not _CLIENT_SAYS.search(folded) and not _SAID_YOU_COULD.search(folded)
                and not _PASSED_ON_PATTERN.search(folded) and not _CLIENT_SIDE_SAYS.search(folded)) or _has_contact(folded)
            or _THIRD_PARTY_REQUEST.search(folded) or (not in_block and _someone_else_asks(folded)) or (not in_block and _ATTRIBUTED.search(folded))
            or (said_by and not _ORDERER_NAMED.search(folded, said_by.end()))
            or _ADDRESS_HEADER.match(folded)
            or (not in_block and (_HEADLINE_OPENER.match(folded) or _is_caption(folded) or (_RHETORICAL.match(folded) and not _POLITE_REQUEST.match(folded))))):
        return _NOT_INSTRUCTION
    # Each clause's reading, or the clause itself while unread, in the order of the line: the later statement wins.
    items: list[_LineReading | _Clause] = []
    clauses = split_clauses(body)
    if not in_block and len(clauses) >= 3 and _participle_aside(clauses[1]) and _is_sentence_subject(clauses[0], folded):
        return _NOT_INSTRUCTION  # "Le guide, rédigé en 800 mots par des lycéens, s'adresse aux retraités …": news, its verb after the aside
    for clause in clauses:
        reading = _read_clause(clause, in_block)
        parts = _split_on_colons(clause.text)
        if (reading is not None and not reading.extra and len(parts) == 2 and not any(a.field == "audience" for a in reading.assignments)
                and _AUDIENCE_HINT.search(fold(parts[0])) and not _NAMES_A_TEXT.search(fold(parts[0]))):
            # "Pour les seniors : ton rassurant": the label names the readers of what follows
            readers, rest = _read_clause(_Clause(parts[0]), in_block), _read_clause(_Clause(parts[1]), in_block)
            if readers and readers.assignments and not readers.extra and all(a.field == "audience" for a in readers.assignments) and rest:
                items += [readers, rest]
                continue
        if reading is not None and reading.extra and clause.keywords is None and len(parts) > 1:
            # "Riscrivilo per i nostri volontari: circa 500 parole": a request, then what it asks, each read whole;
            # "Je m'occupe du bulletin : pourriez-vous reprendre cet article pour les paroissiens âgés": who asks, then the request.
            halves = [_read_clause(_Clause(part), in_block) for part in parts]
            if all(half is not None for half in halves) and not halves[-1].extra and (
                    sum(len(half.assignments) for half in halves) > len(reading.assignments) or not any(half.extra for half in halves)):
                items += halves
                continue
        if in_block and reading is not None and reading.extra and clause.keywords is None and _CONJUNCTION.search(clause.text):
            # in a letter's body: "sachlich bleiben und höchstens 450 Wörter lang sein", two requests joined by "and", each read whole
            joined = [_read_clause(_Clause(part), in_block) for part in _CONJUNCTION.split(clause.text)]
            if all(part is not None and not part.extra for part in joined) and sum(len(part.assignments) for part in joined) > len(reading.assignments):
                items += joined
                continue
        if reading is not None or clause.keywords is not None:
            items.append(reading or clause)
            continue
        if len(parts) > 1 and any(_QUOTE_START.match(part) for part in parts[1:]):
            return _NOT_INSTRUCTION  # 'par exemple : « Rédigez 300 mots »' quotes a directive, it gives none
        for piece in [_Clause(text_part) for text_part in parts] if len(parts) > 1 else [clause]:
            piece_reading = _read_clause(piece, in_block) if len(parts) > 1 else None
            items += [piece_reading] if piece_reading else _read_joined(piece, in_block)
    items = _restated(items)
    # A short remark in parentheses beside directives ("(Tessin)", "(Jänner, Paradeiser usw.)") is said to the writer.
    asides = {fold(piece).strip(" .…") for part in _ASIDE.findall(body) for piece in (part, *part.split(","))} if "(" in body else set()
    items = [_LineReading([], [item.text.strip()], True) if isinstance(item, _Clause) and fold(item.text).strip(" .…") in asides
             and not _NARRATIVE.search(fold(item.text)) else item for item in items]
    # "Zielgruppe sind doch Familien, nicht Studenten": right after the readers or the title, what they no longer are
    # (after a language, "non doppiato" is a film listing's; after a tone, "not salesy" asks more: both stay unread).
    # A line that sets no strong field is not known as a brief by it ("Written for children, not adults").
    strong = any(a.field in _STRONG_FIELDS for item in items if isinstance(item, _LineReading) for a in item.assignments)
    items = [_LineReading([], [item.text.strip(" .")], True) if strong and isinstance(item, _Clause) and index and isinstance(items[index - 1], _LineReading)
             and {a.field for a in items[index - 1].assignments} & {"audience", "title"} and not any(a.weak for a in items[index - 1].assignments)
             and _NOT_THAT.fullmatch(fold(item.text).strip(" .!?")) else item
             for index, item in enumerate(items)]
    if strong and (_POLITE_MARK.search(folded) or _LENGTH_LABEL_FIRST.match(folded) or any(_is_request(clause.text) for clause in clauses)):
        # asked of the writer ("Bitte auf Französisch, ungefähr zwei Seiten.", "Longueur : 2 pages, ton sobre."); "Deux pages, ton grave."
        # captions a letter, "Le CV : deux pages maximum, en anglais." advises, "Le poème : 40 lignes, en anglais" describes
        items = [_LineReading([], [item.text.strip(" .")], True) if isinstance(item, _Clause) and _is_layout_length(item.text) else item for item in items]
    unread = [item for item in items if isinstance(item, _Clause)]
    if (unread and not in_block and len(items) >= 3 and (isinstance(items[-1], _Clause) or items[-1].extra)
            and _is_sentence_subject(items[0], folded)):
        # "Le rapport, rédigé en anglais et sans intertitres, compte 1 200 pages.", "Le document, …, résume en 1 200 mots la
        # charte": a sentence of news, its verb after the aside
        return _NOT_INSTRUCTION
    assignments = [a for item in items if isinstance(item, _LineReading) for a in item.assignments]
    extra = [text for item in items if isinstance(item, _LineReading) for text in item.extra]
    if unread and extra and all(_COURTESY.fullmatch(fold(clause.text.strip())) or _GREETING.fullmatch(fold(clause.text.strip()))
                                or _signs_thanks(items, items.index(clause)) for clause in unread):
        items = [item for item in items if isinstance(item, _LineReading)]  # "Bonjour, merci de réécrire cet article…": the greeting goes with the request
        unread = []
    # "Ciao, riscrivilo per favore, stavolta per un pubblico di studenti": the rewrite asked for its readers, with a greeting at most
    asked_for_readers = (bool(assignments) and not in_block and all(_COURTESY.fullmatch(fold(clause.text.strip(" .!?"))) or _GREETING.fullmatch(fold(clause.text.strip(" .!?")))
                                              or _is_signed(items, items.index(clause)) or len(clause.text.split()) <= _CHATTER_WORDS and _is_chatter(clause.text)
                                              for clause in unread) and _asks_rewrite_for(body))
    if unread:
        evidence = {_EVIDENCE.get(a.field, a.field) for a in assignments if not a.weak and a.field in _STRONG_FIELDS}
        if len(evidence) < min_evidence and not in_block:
            requests = [clause.text for clause in clauses if _is_request(clause.text)]
            # Beside a brief, a correction says what changes in words of its own ("client wants 1,000 words instead");
            # anywhere, what the editor or the client wants of the text is asked ("Il caporedattore vuole il pezzo in francese"), and
            # what is asked politely ("je vous laisse faire, mais pas d'intertitres svp").
            evidence |= {_EVIDENCE.get(a.field, a.field) for clause in unread
                         if (_SOMEONE_WANTS.match(fold(clause.text)) or _WE_NEED.match(fold(clause.text)) or _about_the_sender(clause.text)
                             or (min_evidence == 1 or _POLITE_MARK.search(fold(clause.text))) and _ADDRESSED_TO_WRITER.search(fold(clause.text))
                             or _APOLOGY.match(folded) and _TO_THE_WRITER.search(fold(clause.text))
                             # "tu peux me faire un petit article … ? ton décontracté, pas trop long genre 300 mots": beside the request
                             or any(request != clause.text for request in requests))
                         and (late := _read_unread_clause(clause))
                         for a in late.assignments if not a.weak and a.field in _STRONG_FIELDS}
        if in_block or not evidence and not (assignments and asked_for_readers):
            return _NOT_INSTRUCTION  # the tests below lower the evidence asked to one field, not none: most prose ends here, before them
        # A line that greets someone and asks politely needs one field: "Bonjour, 300 mots maximum pour la version mobile svp, merci !"
        greets = bool((greeting := _GREETING.match(folded)) and greeting.end() and _POLITE_MARK.search(folded, greeting.end()))
        greets = greets and any(a.field in ("min_words", "max_words") for a in assignments)  # "Bonjour à tous et merci, en français" greets readers
        # "Bonjour, j'aurais besoin que vous réécriviez ce texte…": a greeting, then the request to rewrite
        # (or with no greeting: "Pourriez-vous adapter ce texte pour les lecteurs de Montréal ? …")
        greeted = _ASKED_TO_REWRITE.match(folded[greeting.end():] if (greeting := _COURTESY.match(folded)) else folded)
        # "c'est pour le magasin, réécris-le en 200 mots max stp": a rewrite asked politely, after who it is for
        asked_politely = (bool(_POLITE_MARK.search(folded)) and any(_REWRITE_REQUEST.match(fold(clause.text)) for clause in clauses)
                          or any(_is_request(clause.text) and _asks_to_rewrite_it(fold(clause.text)) for clause in clauses)
                          # "Bitte wie gewohnt überarbeiten, aber diesmal auf Italienisch …": a polite word and the verb, in any order
                          or bool(_POLITE_MARK.search(folded)) and any(_REWRITE_WORD.search(fold(clause.text)) and not _NARRATIVE.search(fold(clause.text))
                                                                         and not _FRENCH_PAST.search(clause.text.lower()) for clause in clauses)
                          or bool(_THANKS_FOR_REWRITE.search(folded)))  # "merci d'avance pour la réécriture ! Environ 750 mots"
        for_page = any(_TEXT_FOR_PAGE.match(fold(clause.text)) and len(clause.text.split()) <= TEXT_FOR_PAGE_WORDS for clause in unread)
        # "Coucou ! C'est Léa de la MJC. Texte pour les ados, un ton fun. Merci !": a greeting and who writes, then a request or a
        # polite word after them, address the line to the writer ("Hola, somos una bodega y nuestra web ya está en inglés" is a page)
        introduced = (intro := _greets_then_introduces(folded, unread)) is not None and (
            any(_is_request(clause.text) for clause in clauses) or bool(_GREETS_WRITER.match(folded))
            or bool(_POLITE_MARK.search(after := folded[folded.find(fold(intro.text)) + len(intro.text):]))
            and not _THANKS_FOR_VISITING.search(after))
        noted = bool(_WRITER_NOTE_LABEL.match(folded))  # "EDIT:", "PS per il testo:", "De la part du rédac chef :", "Corrección al brief anterior:"
        # "Merci d'ajouter des intertitres (H2), le reste tel quel.": the line opens on a request, which asks for the field itself
        # (not advice quoted with who gives it: "Gardez un ton léger, conseille la coach", "Write in English, the sign read")
        field_asked = (_is_request(clauses[0].text) and isinstance(items[0], _LineReading)
                       and any(not a.weak and a.field in _STRONG_FIELDS for a in items[0].assignments)
                       and not said_by
                       and all(_is_chatter(clause.text) or _FOR_A_THING.match(fold(clause.text)) for clause in unread))
        # "Tono: ironico ma rispettoso. Grazie, Fede", "Bitte ohne Zwischenüberschriften, Fließtext. Danke!": thanks end the line
        # (after a field's label or a polite opening, with no question: "Sous-titres ? Non, merci." answers one)
        thanked = ((_said_thanks(clauses[-1].text) or len(clauses) > 1 and _said_thanks(clauses[-2].text) and isinstance(items[-1], _Clause)
                    and _is_signed(items, len(items) - 1))
                   and "?" not in body and not _SO_THAT.search(folded) and bool(_POLITE_OPENING.match(folded) or _BARE_POLITE_OPENING.match(folded)
                                                or (label := _key_value(fold(clauses[0].text))) and _field_of_key(label.group("key"))))
        enough = (1 if _REWRITE_REQUEST.match(folded) or greeted or asked_politely or _corrects_itself(assignments, folded) or greets
                  or noted or introduced or _POLITE_OPENING.match(folded) or for_page or _CHAT_PLEASE.search(_QUOTED_SPAN.sub(" ", folded))
                  or field_asked or thanked or any(_REST_LINE.fullmatch(fold(clause.text)) and _THE_REST.search(fold(clause.text)) for clause in unread)
                  else min_evidence)
        if assignments and asked_for_readers:
            enough = 0
        if in_block or len(evidence) < enough:
            return _NOT_INSTRUCTION
        # A first line with prose beside its directives must be addressed to the writer: a request, a
        # wish of the client, a correction or "Here:" ("Our English edition, 1,000 words, launches today" is news).
        # Three fields or more make a spec sheet ("Order #48213 | Words: 500-700 | Language: English | SEO: yes").
        # Thanks said to the writer address the line to them too ("… avec intertitres. Merci encore pour votre aide, Sandrine").
        # So does a note's label ("EDIT:", "PS per il testo:", "De la part du rédac chef :").
        addressed = (min_evidence < 2 or voiced or (len(evidence) >= 3 and _spec_sheet(body)) or bool(_ADDRESSED_TO_WRITER.search(folded))
                     or noted
                     or any(_is_request(clause.text) for clause in clauses)
                     or any(_THANKS.match(fold(clause.text)) for clause in unread))
        for index, item in enumerate(items):
            if isinstance(item, _Clause):
                # "600 mots, intertitres. S.", "// CONSIGNE RÉDAC // 900 mots, …": the writer's name, the note's header
                signed = _is_signed(items, index) or _is_bare_header(item.text) or (index == 0 and _is_section_head(item.text, body))
                reading = _LineReading([], [], True) if signed else _read_unread_clause(item)
                if reading is None and addressed and (len(evidence) >= 2 or noted) and _is_reason(item.text):
                    reading = _LineReading([], [], True)  # "Finalement la page a été réduite : vise plutôt 600 mots. Ton sobre."
                if reading is None or (not addressed and not signed and not _is_chatter(item.text)
                                       and not _STYLE_REMARK.fullmatch(fold(item.text).strip(" .!"))  # "phrases courtes": to the writer
                                       and not (for_page and _TEXT_FOR_PAGE.match(fold(item.text)))  # "Papier pour la page Sortir."
                                       and not (len(evidence) >= 2 and _FOR_A_THING.match(fold(item.text)))):  # "c'est pour l'affichage"
                    return _NOT_INSTRUCTION
                items[index] = reading
        assignments = [a for item in items if isinstance(item, _LineReading) for a in item.assignments]
        extra = [text for item in items if isinstance(item, _LineReading) for text in item.extra]
    if not assignments and not extra or (assignments and all(a.weak for a in assignments) and not in_block and not asked_for_readers):
        return _NOT_INSTRUCTION
    # Keywords alone on a line of their own: an order form's abbreviation ("MC : Stéphane Bern", "KW7: Warnstreik…") is a
    # credit or a calendar week, and a CMS prints the article's tags under it ("Schlagwörter: a, b, c", "Keywords: a, b, c, d");
    # an editor's lone keyword line names one to three phrases.
    if (min_evidence >= 2 and not in_block and assignments and all(a.field == "keywords" for a in assignments)
            and (_ABBREVIATED_KEYWORD_LABEL.match(folded) or _TAG_LABEL.match(folded)
                 or sum(len(a.value) for a in assignments) > MAX_LONE_KEYWORDS and not _QUOTED_SPAN.search(body)
                 and not _QUALIFIED_KEYWORD_LABEL.match(folded))):
        return _NOT_INSTRUCTION
    # Languages, and nothing else, in several: a page's language menu ("Read in: Français | Deutsch | Italiano").
    # A one-word bullet outside a block is a menu item ("* English", "- Sections"), not a brief.
    if (not in_block and _MENU_BULLET.match(text) and len(body.split()) == 1
            and not (text.lstrip().startswith("+") and assignments and all(a.field == "subheadings" for a in assignments))):
        return _NOT_INSTRUCTION  # ("+ Suomi" is a language menu's; "+ intertitres" under a brief adds to it)
    # A line that only asks (no field) must be a clear request about the writing, or sit in a block.
    asks_writer = bool(extra) and (in_block or all(_WRITER_REQUEST.match(fold(item)) or _mentions_text(item) for item in extra))
    return _LineReading(assignments, extra, bool(assignments) or asks_writer)


_ORDERER_NOUN = _LazyPattern(r"(?:" + _ORDERER + "|" + _WRITER_NOUNS + r")\b")
# A noun with its determiner, alone before a comma: the subject of a sentence whose verb comes after an aside.
# A thing after a singular article ("pour la une de dimanche", "pour l'affichage au babillard", "per la newsletter"): where the text
# goes, not who reads it ("pour le grand public", "pour le lecteur pressé", "para el cliente final" name readers).
_A_THING = _LazyPattern(r"(?:(?:la|le|el|il|lo)\s+|l'\s*)(?!(?:grand |jeune |large |petit |simple )?(?:public|clientele|jeunesse|population|communaute|famille"
                        r"|diaspora|personnel|lectorat|electorat|equipe|patronat|voisinage|gente|publico|pubblico|clientela|juventud|gioventu"
                        r"|comunidad|comunita|familia|famiglia|personal|personale|lecteur|lectrice|lector|lectora|lettore|lettrice|client|cliente"
                        r"|consommateur|consumidor|consumatore|citoyen|ciudadano|cittadino|visiteur|visitante|visitatore|touriste|turista|debutant"
                        r"|principiante|profane|novice|particulier|usager|utilisateur|usuario|utente|patient|paciente|paziente|parent|eleve|alumno"
                        r"|alunno|etudiant|estudiante|studente|senior|retraite|jubilado|pensionato|professionnel|profesional|professionista|habitant"
                        r"|residente|abonne|suscriptor|abbonato|membre|socio|adherent|monde|tout-venant)\b)[a-z]"
                        # German writes the outlet as one word: "für die Samstagsausgabe", "für unsere Jugendbeilage"
                        r"|(?:(?:die|den|das|der|unsere[nrm]?)\s+)?\w*(?:ausgabe|seite|beilage|rubrik|website|webseite|zeitung|newsletter|homepage"
                        r"|broschure|magazin|blog|app)\b")
# One capitalised word, alone or after a singular article ("pour le Tessin", "per il Ticino"); not a plural: "for Londoners".
_PLACE_ALONE = re.compile(r"(?:(?:le|la|il|lo|el|the)\s+|l')?[A-ZÀ-Ý][\w-]+(?<!s)")
# (with its complement: "Ce guide de 1 000 mots", "This 800-word report")
_SUBJECT_NOUN = re.compile(r"(?:(?:le|la|les|the|el|los|las|der|die|das|il|lo|gli|i|un|une|a|an|uno|una|ein|eine|ce|cet|cette|ces|this|these|este|esta"
                           r"|estos|estas|dieser|diese|dieses|questo|questa|questi|queste)\s+|l'\s*)((?:[\d-]+[\w-]*\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})"
                           r"(?:\s+(?:de|d'|of|del|de la|von|di|du|des)\s*[\w' ]{1,30})?")


_PARTICIPLE_OPENER = re.compile(r"\W*(?:written|rewritten|translated|published|redactado|escrito|traducido|publicado|scritto|redatto|tradotto|pubblicato"
                                r"|geschrieben|ubersetzt|verfasst|veroffentlicht)\b")


def _greets_then_introduces(folded: str, unread: list["_Clause"]) -> "_Clause | None":
    """The clause that says who writes, in a line that opens on a greeting (_COURTESY's words end as words: "Allocations…" is no
    "allo")."""
    greeting = _COURTESY.match(folded)
    if not (greeting and greeting.end()):
        return None
    return next((clause for clause in unread if _about_the_sender(clause.text)), None)


# A greeting that names the writer: "Liebe Texter", "Hello writer", "Bonjour la rédaction".
_GREETS_WRITER = _LazyPattern(r"\W*(?:" + _alternatives(_COURTESY_WORDS) + r")\s+(?:(?:the|le|la|l'|el|il|der|die|liebe|lieber|dear|cher|chere)\s+)?(?:"
                              + _WRITER_NOUNS + r")\b")
# Thanks said to a page's visitors: "Merci de votre visite", "Thanks for visiting", "Danke für Ihren Besuch".
_THANKS_FOR_VISITING = _LazyPattern(r"\b(?:merci|thanks|thank you|danke|gracias|grazie)\s+(?:de votre visite|pour votre visite|for visiting|for your visit"
                                    r"|fur ihren besuch|fur deinen besuch|por su visita|por tu visita|per la visita|per la vostra visita)")


def _participle_aside(clause: "_Clause") -> bool:
    """ "Le guide, rédigé en 800 mots par des lycéens, s'adresse …": the aside after the subject tells how it was made."""
    return bool(_PARTICIPLE_FIRST.match(clause.text.strip().lower()) or _PARTICIPLE_OPENER.match(fold(clause.text)))


def _is_sentence_subject(item: "_LineReading | _Clause", folded_line: str) -> bool:
    """ "Le rapport," opening "Le rapport, rédigé en anglais, compte …": no label, no greeting, not the text itself."""
    if not isinstance(item, _Clause):
        return False
    folded = fold(item.text).strip()
    subject = _SUBJECT_NOUN.fullmatch(folded)
    return bool(subject and folded_line.lstrip().startswith(folded + ",") and not _field_of_key(subject.group(1))
                and not _ORDERER_NOUN.match(subject.group(1))  # "The client, a fintech, wants 600 words…" asks
                and not _mentions_text(item.text) and not _COURTESY.fullmatch(folded) and not _GREETING.fullmatch(folded))


def _is_language_menu(folded: str) -> bool:
    """A page's language menu: language names or codes alone between pipes, slashes or dots, perhaps after its label
    ("FR | EN", "Deutsch | English", "Also in: Français | Español"); a translation says where from and where to
    ("Traduction : FR | EN")."""
    if _TRANSLATION_WORD.search(folded):
        return False
    cells = [cell.strip(" .") for cell in _MENU_SEPARATOR.split(_READ_IN_LABEL.sub("", _CHAT_MARKS.sub("", folded))) if cell.strip(" .")]
    return len(cells) >= 2 and all(language_of_name(cell) or re.fullmatch(_CODE_PATTERN, cell) for cell in cells)


_MENU_SEPARATOR = re.compile(r"\s*(?:\||//?|·)\s*")
_MENU_LABEL = ("read in|read it in|also in|also available in|available in|lire en|aussi en|disponible en|leer en|tambien en|lesen auf|auch auf"
               "|leggi in|anche in|disponibile in|other languages|autres langues|otros idiomas|andere sprachen|altre lingue")
_READ_IN_LABEL = re.compile(r"^\W*(?:" + _MENU_LABEL + r")\s*:?\s*")
_READ_IN = re.compile(r"\W*(?:" + _MENU_LABEL + r")\b")
_TRANSLATION_WORD = re.compile(r"\b(?:traduction|translation|traduccion|traduzione|ubersetzung|traduire|translate|traducir|tradurre"
                               r"|ubersetzen|localisation|localization|localizacion|localizzazione|lokalisierung)\b")
# A correction labelled as such beside a brief may say why in the past: "Edit : on passe à 450 mots max, Julie a libéré de la place."
# Who orders a text, naming themselves on a note ("De la part du rédac chef :"); a paper's "direction" or "rédaction" signs notices to readers.
_TEXT_ORDERER = ("client|cliente|customer|kunde|kundin|kunden|redac chef|redacteur en chef|redactrice en chef|chef|cheffe|chef d'edition|cheffe d'edition"
                 "|chef de desk|secretaire de redaction|editor-in-chief|caporedattore"
                 "|caporedattrice|chefredakteur|chefredakteurin|chefredaktion|redactor jefe|redactora jefe|jefe|jefa|boss")
_WRITER_NOTE_LABEL = _LazyPattern(r"\W*(?:(?:" + _alternatives(_COURTESY_WORDS) + r")[^.!?]{0,30}?,\s*(?=(?:kurze|kleine|petite|small|quick|short|breve|pequena|piccola)\s+"
                         r"(?:korrektur|correction|correccion|correzione|rettifica|precision|precisazione|update)))?"
                         r"(?:(?:kurze|kleine|petite|small|quick|short|breve|pequena|piccola)\s+)?"
                         # a correction of an earlier message: "Corrección al brief anterior:", "Korrektur zu meiner Mail von heute früh (…):", "Update 14:30:"
                         # ("Update 16:45:", "Mise à jour 18h05 :" open a live blog's entries; "Correction du message de la préfecture" is news)
                         r"(?:(?:correction|correccion|correzione|korrektur|rettifica|rectification|berichtigung|precision|precisazione|update|mise a jour"
                         r"|actualizacion|aggiornamento)\s+(?:a|au|aux|al|alla|du|de|de la|del|della|zu|zum|zur|to|on|of|sur|sobre|su)\s+"
                         r"(?:(?:mon|ma|mes|my|mi|mis|meiner|meinem|meinen|la mia|il mio|notre|nos|our|nuestro|nuestra|unserer|unserem|la nostra|il nostro)\s+"
                         r"|(?=[^:.!?]{0,20}\b(?:anterior|precedent|precedente|previous|earlier|vorherig\w*|letzt\w*|hier|ayer|gestern|ieri|yesterday'?s?)\b))[^:.!?]{1,80}?(?=\s*:)|"
                         # one's own words taken back: "Corrijo lo de antes:", "Je me corrige :", "Ich korrigiere mich:"
                         r"(?:corrijo|me corrijo|rectifico|je corrige|je me corrige|je rectifie|correggo|mi correggo|ich korrigiere(?: mich)?|let me correct that)"
                         r"(?:\s+(?:lo de antes|lo anterior|lo que dije|ce que j'ai dit|mon message|quanto detto|il messaggio|what i said|my message))?|"
                         # a marketplace's revision round: "Revision 1 :", "Korrekturschleife 1:", "Revisione 2:"
                         r"(?:revision|revisione|revisao|korrekturschleife|korrekturrunde)\s*(?:n[o°.]?\s*|#)?\d{1,2}(?=\s*:\s*(?:merci|thanks|thank you|hi|hello|bonjour|hola|ciao|hallo|bitte|please|pls|svp|can you|could you|pouvez|peux|podrias|puedes|potresti|kannst|konnen|koennen))|"
                         r"(?:edit|update|maj|nachtrag|korrektur|aggiornamento|rectif|rectificatif|rettifica|correction|correccion|correzione|berichtigung"
                         r"|addendum|ps|p\.s\.|pps)"
                         r"(?:\s+(?:a|to|de|zu|alla?)\s+(?:ma|my|mi|meiner|la mia)\s+(?:consigne|brief|instructions?|consigna|encargo|vorgabe|anweisung"
                         r"|indicazioni?)(?:\s+[\w']+){0,4}"
                         # who corrects: "Nachtrag von Markus:", "Update from Sam:"
                         r"|\s+(?:de|d'|von|vom|from|di|da|del|de la part de)\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)?"
                         # a note about the text: "PS per il testo:", "Note pour le texte :" ("Note de Marie :" is a reader's)
                         r"|(?:note|nota|notiz|hinweis|anmerkung|remarque|precision|rappel|nb|n\.b\.|ps|p\.s\.)\s+(?:pour le texte|pour l'article|per il testo"
                         r"|per l'articolo|for the text|for the article|para el texto|zum text|zum artikel)"
                         # who orders it: "De la part du rédac chef :", "From the client:", "Da parte del caporedattore:", "Vom Kunden:"
                         r"|(?:de la part|de parte|da parte|on behalf)\s+(?:du|de la|de l'|des|de|del|della|dello|dei|of)\s*(?:the\s+|our\s+|notre\s+)?(?:"
                         + _TEXT_ORDERER + r")|(?:from|vom|von der|von)\s+(?:the\s+|our\s+)?(?:" + _TEXT_ORDERER + r"))\s*:")
MAX_LONE_KEYWORDS = 3
_TAG_LABEL = re.compile(r"\W*(?:schlagw(?:o|oe)rt(?:er|e)?|stichw(?:o|oe)rt(?:er|e)?|tags?|etiquettes?|etiquetas?|etichette|themen|themes|sujets|temas|argomenti)\s*:")
_ABBREVIATED_KEYWORD_LABEL = re.compile(r"\W*(?:mc|kw)\d?\s*(?:[:=]|->|→|=>|[-–—]\s)")
_QUALIFIED_KEYWORD_LABEL = re.compile(r"\W*(?:(?:" + _KEYWORD_QUALIFIER + r")[ -]" + _KEYWORD_CORE + "|" + _KEYWORD_CORE + r"\s+(?:" + _KEYWORD_QUALIFIER
                                      + r")|kws)\b")
_CONJUNCTION = re.compile(r"\s+(?:and|et|y|e|und|ed|plus|\+|&)\s+")


def _read_joined(clause: _Clause, in_block: bool) -> list["_LineReading | _Clause"]:
    """A clause the tables do not read whole may be two joined by "and": "con un tono formal y de 700 a 900 palabras",
    "somos una agencia de viajes y queremos un artículo en español". Read apart when one part reads and the others are
    clauses of their own, short enough to be judged alone (as any unread clause is, beside the line's directives)."""
    if not _CONJUNCTION.search(clause.text):
        return [clause]
    parts = _CONJUNCTION.split(clause.text)
    readings = [_read_clause(_Clause(part), in_block) for part in parts]
    if not all(readings) and _read_unread_clause(clause) is not None:
        return [clause]  # judged whole ("the tone has to be light and witty"), unless each part is a directive
    judged = [reading or _read_unread_clause(_Clause(part)) for reading, part in zip(readings, parts)]
    # A word or two after "and" belongs to the clause before it: "the tone has to be light and witty".
    if (all(judged) and any(reading.assignments for reading in judged if reading)
            and all(reading or len(part.split()) >= 3 for reading, part in zip(readings, parts))):
        return [reading or _Clause(part) for reading, part in zip(readings, parts)]
    return [clause]
# A first name, a first and last name, or an initial: "Céline", "Paul Martin", "S" ("AFP" and "Photo Getty Images" are no signature).
_SIGNATURE_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'-]+(?: [A-ZÀ-Ý][a-zà-ÿ'-]+)?|[A-ZÀ-Ý]")
_ORDER_REFERENCE_AFTER = re.compile(r"\s*\((?:auftr(?:ag)?|order|commande|cde|pedido|ordine|job|ticket|ref|réf|dossier)\.?\s*[#n°º.:]*\s*[\w/.-]*\d[\w/.-]*\)\s*$",
                                    re.IGNORECASE)
_INITIALS_WORD = r"(?:[A-ZÀ-Ý]\.\s?-?[A-ZÀ-Ý]\.?(?:\s?[A-ZÀ-Ý]\.?)?|[A-ZÀ-Ý][a-z]?[A-ZÀ-Ý])"  # "M.D.", "J.-P. M.", "PhL", "JM"
# Initials signing a line after thanks: "…. Merci, M.D."; alone, or after a dash, they credit a photo ("Un ton léger, en anglais. M.D.",
# "Un discours en anglais, un ton solennel. — MdB").
_SIGNED_INITIALS = re.compile(r"\b(?i:merci|thanks|thx|danke|grazie|gracias)[!,]?\s+(" + _INITIALS_WORD + r")\s*$")


def _is_signed(items: list["_LineReading | _Clause"], index: int) -> bool:
    """The last clause of a line is its writer's name or initial: "600 mots, intertitres. S.", "… ton convivial. – Céline"."""
    return index == len(items) - 1 and index > 0 and bool(_SIGNATURE_NAME.fullmatch(items[index].text.strip(" –—-.")))


# Who says it, after the words: "…, conseille la coach", "…, lança-t-il", "…, rät die Expertin", "…, précise l'affiche", "…, the sign read".
_SAID_BY_AFTER = _LazyPattern(r",\s*(?:(?:conseill|insist|rappel|exig|recommand|expliqu|preconis|sugger|lanc|ajout|previen|avert|martel|soulign|affirm|precis|indiqu"
                              r"|annonc|declar|assur|repond|reconn|comment|plaisant|souffl|promet|confi|corrig|rectifi|nuanc|tempere|retorqu"
                              r"|estim|resum|tranch|recomiend|aconsej|advierte|consigli|raccomand|avvert|spieg)\w*|rat|empfiehlt|mahnt|warnt|sagt|betont"
                              r"|advises|recommends|urges|insists|warns|says|said|dice|dijo|disse)\b"
                              r"|,\s*(?:the|a|an)\s+\w+(?:\s+\w+){0,4}\s+(?:read|reads|said|says|warned|advised|suggests|recommends|advises|shows)\b")


# (a forum's "Bitte auf Englisch schreiben, damit alle mitlesen können. Danke!" asks its posters, and says why)
_SO_THAT = re.compile(r"\b(?:damit|so that|so everyone|pour que|afin que|para que|perche|cosi che|in modo che)\b")
_BARE_POLITE_OPENING = re.compile(r"\W*(?:bitte|please|svp|s'il vous plait|por favor|per favore)\s+(?:ohne|mit|auf|in|no|with|without|sans|avec|en|sin|con|senza)\b")


_ORDERER_NAMED = _LazyPattern(r"\b(?:" + _ORDERER + r")\b")  # "…, dice el cliente": the brief passed on


def _said_thanks(clause: str) -> bool:
    """A clause of thanks and nothing else: "Danke!", "Grazie mille", "Merci !"."""
    folded = fold(clause)
    return bool(_THANKS.match(folded) and _COURTESY.fullmatch(folded.strip(" .!")))


def _signs_thanks(items: list["_LineReading | _Clause"], index: int) -> bool:
    """The writer's name after their thanks, ending the line: "… Merci vielmal, Reto"."""
    before = items[index - 1] if index else None
    return isinstance(before, _Clause) and bool(_COURTESY.fullmatch(fold(before.text.strip()))) and _is_signed(items, index)


# A value said again without its label, after the editor takes the first one back: "Ton : enthousiaste — enfin non, plutôt solennel".
_RESTATED = re.compile(r"(?:(?:" + _TAKING_BACK + r"|en fait|enfin non|ah non|oh no)\W+)*(?:plutot|rather|more like|instead|mejor|mas bien|meglio"
                       r"|piuttosto|lieber|eher)\s+(?P<value>[a-z][a-z' -]{2,40})")
_RESTATABLE = ("tone", "audience")


def _restated(items: list[_LineReading | _Clause]) -> list[_LineReading | _Clause]:
    """A value taken back, then said again ("Ton : enthousiaste — enfin non, plutôt solennel", "Tone: upbeat. No, I correct
    myself: tone calm"): the new value replaces it (two tones said on one line are otherwise one tone said twice)."""
    field, holder, taken_back = None, -1, False
    mended: list[_LineReading | _Clause] = []
    for item in items:
        if isinstance(item, _Clause):
            text = item.text
        elif not item.assignments and len(item.extra) == 1:
            text = item.extra[0]
        else:  # "Tone: upbeat, no, rather calm": the new value may read as the field by itself
            text = item.assignments[0].fragment if [a.field for a in item.assignments] == [field] and not item.extra else ""
        said = text.strip(" .!?")
        if field in _RESTATABLE and _TAKEN_BACK.fullmatch(fold(said)):
            mended.append(_LineReading([], [], True))  # "no", "enfin non", "je me reprends": the editor taking back
            taken_back = True
            continue
        restated = _RESTATED.fullmatch(fold(said)) if field in _RESTATABLE and said else None
        if restated and len(restated.group("value").split()) <= 4:
            item = _LineReading([_Assignment(str(field), said[restated.start("value"):], said)], [], True)
        if isinstance(item, _LineReading) and (restated or taken_back) and any(a.field == field for a in item.assignments):
            replaced = mended[holder]
            assert isinstance(replaced, _LineReading)
            mended[holder] = _LineReading([a for a in replaced.assignments if a.field != field], replaced.extra, True)
        if isinstance(item, _LineReading) and item.assignments:
            field, holder, taken_back = item.assignments[-1].field, len(mended), False
        mended.append(item)
    return mended


SECTION_HEAD_WORDS = 3
TEXT_FOR_PAGE_WORDS = 6  # "Papier pour la page Sortir": the desk's few words


def _is_section_head(text: str, line: str) -> bool:
    """The desk or the section a note opens on, in capitals, before the note's slashes: "DESK // papier web / 650 mots", "SPORTS /
    Foot R1 / 300-400 mots" (a dateline, "PARIS. …", has no slash)."""
    head = text.strip(" /")
    start = _LEADING_MARKS.match(line).end()
    return (head.isupper() and len(head.split()) <= SECTION_HEAD_WORDS and not _DIGIT.search(head) and line.startswith(head, start)
            and bool(_SLASHES_AFTER.match(line, start + len(head))))


_LEADING_MARKS = re.compile(r"\W*")
_SLASHES_AFTER = re.compile(r"\s+//?\s")


def _is_bare_header(text: str) -> bool:
    """A block's header standing as a clause of the line it opens: "// CONSIGNE RÉDAC // 900 mots, …"."""
    header = _BLOCK_HEADER.match(fold(text.strip(" /")))
    return bool(header) and not header.group("rest")


def _is_reason(text: str) -> bool:
    """A short statement of why the brief changes, beside two directives or more: "la maquette a changé",
    "the page template is short now", "el cliente ha cancelado la versión italiana"."""
    folded = fold(text)
    return (len(text.split()) <= 12 and not _QUOTE_START.match(text) and not _DIGIT.search(folded)
            and bool(_NARRATIVE.search(folded) or _FRENCH_PAST.search(text.lower()) or _BRIEF_CHANGED.match(folded.strip())))


# Whoever orders the text, wanting it some way: "The boss wants it in French", "la cheffe veut le papier en anglais".
# What the client asked for, said in the past: "client asked for 400 words", "il cliente ha chiesto 500 parole".
_ASKED_FOR = "asked for|has asked for|a demande|pidio|ha pedido|ha chiesto"
_SOMEONE_WANTS = _LazyPattern(
    r"^\W*(?:the |our |my |le |la |notre |ma |mon |el |la |nuestro |nuestra |mi |der |die |unser |unsere |il |la |lo |nostro |nostra |il mio |la mia )?"
    # (the client with where it is or who it is: "Le client de Manchester voudrait …", "the client (a fintech) wants …")
    + r"(?:" + _ORDERER + r"|(?:client|customer|cliente|kunde|kundin)(?:\s+(?:de|d'|du|from|in|aus|di|del|of)\s*[\w'-]+|\s*\([^()]{1,40}\)))\s+"
    r"(?:" + _ASKED_FOR + "|" + _alternatives("wants|would like|needs|asks for|would prefer|veut|voudrait|souhaite|demande|aimerait|prefere|quiere|querria"
                           "|pide|necesita|prefiere|vuole|vorrebbe|chiede|preferisce|will|mochte|moechte|wunscht|wuenscht|braucht|hatte gern"
                           "|hatte gerne|bevorzugt") + r")\b")
# The sender's own need: "ragazzi mi serve sto testo in francese", "we need this in German", "necesito el texto en inglés".
_WE_NEED = re.compile(r"^\W*(?:(?:ragazzi|guys|chicos|les gars|leute|team|ok|alors|bon|so)\s*,?\s+)?(?:mi serve|ci serve|mi servirebbe|j'ai besoin(?: d[eu']?)?"
                      r"|on a besoin(?: d[eu']?)?|nous avons besoin(?: d[eu']?)?"
                      r"|il me faut|i need|we need|necesito|necesitamos|ich brauche|wir brauchen|queremos|we want|nous voulons|vogliamo|wir wollen"
                      r"|on veut|on voudrait|on aimerait)\b")
_ASIDE = re.compile(r"\(([^()]{1,60})\)")
# What ends a spoken or chatted note, after its last field: "… les lycéens voilà", "… the parents, that's it".
_SPOKEN_END = re.compile(r"(?:[\s,]+(?:voila|voilà|quoi|hein|bref|c'est tout|that's it|that's all|basta|eso es todo|das wars|tutto qui|ok|okay|vale))+[\s.!]*$",
                         re.IGNORECASE)
# What a contest, a teacher or a rule asks of others is news: "Il bando chiede ai partecipanti un racconto di massimo 500 parole".
_THIRD_PARTY_REQUEST = re.compile(
    r"\b(?:asks?|asked|requires?|required|expects?|chiede|chiedeva|richiede|pide|pedia|exige|exigia|demande|demandait|verlangt|fordert)\s+"
    r"(?:\w+\s+){0,2}?(?:participants?|partecipanti|participantes|teilnehmer\w*|candidates?|candidats?|candidati|candidatos|students?|pupils?"
    r"|eleves|alumnos|studenti|schuler\w*|entrants?|applicants?|concorrenti|concurrents|concursantes|bewerber\w*)\b")
# A rule, a call or a body that asks something of others, named with an article ("Il nuovo bando chiede ai Comuni…",
# "Le règlement exige…", "The new law requires…"), is news; the client, the desk or the brief asking it is a brief.
_SOMEONE_ELSE_ASKS = re.compile(
    r"^\W*(?:l'|(?:the|a|an|le|la|les|un|une|el|los|las|der|die|das|ein|eine|il|lo|i|gli|uno|una)\s+)(?P<subject>(?:[\w'-]+\s+){1,3}?)"
    r"(?:asks?|requires?|expects?|demands?|demande|demandent|exige|exigent|impose|imposent|chiede|chiedono|richiede|richiedono|impone"
    r"|impongono|pide|piden|exigen|requiere|requieren|verlangt|verlangen|fordert|fordern|schreibt|schreiben)\b")
# Who may ask for the text in a brief: the client, the desk, the brief itself, the text ("The text requires 800 words"). Matched
# as the start of a word, for compounds and inflections ("Chefredaktion", "responsable éditoriale", "Auftraggeber").
_IN_HOUSE = re.compile(r"\b(?:" + _ORDERER + "|" + _alternatives(
    "brief|ticket|order|commande|consigne|cahier des charges|pedido|encargo|auftrag|ordine|incarico|team|equipe|equipo|squadra|agenc|agentur"
    "|agenzia|seo|marketing|publisher|editeur|editorial|verlag|newsroom|account|manager|head of|lead|responsable|responsabile|donneur"
    "|style|charte|guide|libro de estilo|text|article|piece|post|copy|contenu|articulo|articolo|beitrag|artikel|chefred|redakt|redacc|redaz"
    "|committente|commanditaire|partner") + ")")


def _someone_else_asks(folded: str) -> bool:
    asks = _SOMEONE_ELSE_ASKS.match(folded)
    # "Il Comune di Bagnoregio chiede la riscrittura dell'articolo seguente": a body asking for this text is the client
    return bool(asks) and not _IN_HOUSE.search(asks.group("subject")) and not _asks_for_this_text(folded)


# "editor says 700 words": the client's or the editor's wish, not reported news.
# What they say must be the figure or the field itself ("the committee says the report will be 800 words long" is news).
_SUBJECT_START = re.compile(r"\s*(?:(?:the|le|la|l'|les|el|los|las|der|die|das|den|il|lo|gli|un|une|a|an|ein|eine|this|that|ce|cette|it|il|elle|es|er|sie)\b|\w+\s+(?:will|is|are|sera|est|sont|wird|ist|sara|e)\b)")
# The client's own people, naming a figure after the editor took back theirs: "… – nein, Moment, der Vorstand sagt mindestens
# 1.000 Wörter" ("The committee said 800 words would do" is news).
# The sender's side, who may change the brief: a board, or someone the sender names as theirs ("my husband", "our marketing guy",
# "mon associée", "mi socio", "unser Chef").
_CLIENT_SIDE = ("(?:" + _alternatives("committee|board|comite|junta|directiva|vorstand|vorsitzende|comitato|direttivo")
                + r"|(?:my|our|mon|ma|notre|mi|nuestro|nuestra|mein|meine|unser|unsere|il mio|la mia|il nostro|la nostra)\s+[\w-]+(?:\s+[\w-]+)?)")
_TAKEN_BACK_FIRST = r"(?:(?:" + _CHANGE_OF_MIND + "|" + _TAKING_BACK + r"|en fait)\W+)"
_CLIENT_SIDE_SAYS = _LazyPattern(r"\b" + _TAKEN_BACK_FIRST + r"+(?:the |our |le |la |el |der |die |il )?" + _CLIENT_SIDE
                                 + r"\s+(?:says|said|dit|me dit|dice|sagt|meint|findet|ha detto|dijo)\b")
_TAKEN_BACK_FIRST_PATTERN = re.compile(r"^\W*" + _TAKEN_BACK_FIRST)
_CLIENT_SIDE_CORRECTS = _LazyPattern(r"\b(?:(?:" + _CHANGE_OF_MIND + "|" + _TAKING_BACK + r"|en fait)\s*,\s*)+"
                                     r"(?=(?:the |our |le |la |el |der |die |il )?" + _CLIENT_SIDE + r"\s)")
_ORDERER_SAYS = re.compile(r"^\W*(?:" + _TAKEN_BACK_FIRST + r"+(?:the |our |le |la |el |der |die |il )?" + _CLIENT_SIDE + r"|" + _TAKEN_BACK_FIRST + r"*(?:the |our |my |le |la |notre |ma |mon |el |nuestro |nuestra |mi |der |die |unser |unsere |il |lo |nostro |nostra )?"
                           + _ORDERER + r")\s+(?:(?:just |has just |has )?(?:says|said|told me|told us)|dit|me dit|nous dit|a dit|m'a dit|nous a dit|vient de me dire|dice|dijo|me dice|me dijo|me ha dicho|ha dicho|ha detto|mi ha detto|mi dice|sagt|hat gesagt|hat mir gesagt|sagte|meint|findet"
                           r"|prefers|prefere|prefiere|preferisce|bevorzugt|would rather|aimerait mieux"
                           # what they asked for: "correction, client asked for 400 words, not 500"
                           r"|now wants|wollte|" + _ASKED_FOR + r")\s*,?\s*(?:que |that |dass |che |qu')?")
# Someone sent the sender to the writer: "my nephew said you could help", "on m'a dit que vous pourriez…": context of a request.
_SAID_YOU_COULD = re.compile(r"\b(?:said|says|told me|told us)\s+(?:that\s+)?you\s+(?:could|can|would|might)\b"
                             r"|\bm'a (?:dit|conseille) (?:que vous|que tu|de vous|de te)\b|\bme (?:dijo|dijeron) que (?:usted|tu|ustedes) "
                             r"|\bmi (?:ha|hanno) detto che (?:potresti|potrebbe|potreste|lei|tu)\b|\b(?:hat|haben) (?:mir|uns) gesagt, (?:dass )?(?:sie|du)\b")
_CLIENT_SAYS = re.compile(r"\b" + _ORDERER + r"\s+(?:(?:just |has just |has )?(?:says|said|told me|told us)|dit|a dit|m'a dit|dice|dijo|me dijo|ha dicho|ha detto|mi ha detto|sagt|hat gesagt|hat mir gesagt|sagte)\b")
# A caption or a credit line opens on its label: "Nella foto:", "Photo :", "Crédit :".
_CAPTION = re.compile(r"^\s*(?:photo|foto|nella foto|sur la photo|en la foto|auf dem foto|im bild|image|illustration|credit|credits|source|fuente"
                      r"|quelle|fonte|bildquelle|legende|caption|pie de foto|didascalia"
                      # an author's note under the article: "Über die Autorin: Sandra Keller schreibt seit 2012 …"
                      r"|about the author|a propos de l'auteure?|sobre el autor|sobre la autora|uber die autorin|uber den autor"
                      r"|l'autore|l'autrice|sull'autore|sull'autrice)\s*:")
_COLON = re.compile(r"\s*:\s+")


def _split_on_colons(text: str) -> list[str]:
    """The parts of a clause between its colons, a quoted title's own colon kept in it ("le titre est « Budget : la mairie… »")."""
    if ":" not in text:
        return [text]  # (most clauses have no colon: no search for quotes or colons)
    quoted = [span.span() for span in _QUOTED_SPAN.finditer(text)]
    parts, start = [], 0
    for colon in _COLON.finditer(text):
        if not any(begin < colon.start() < end for begin, end in quoted):
            parts.append(text[start:colon.start()])
            start = colon.end()
    return parts + [text[start:]]


# A line opening on a question whose verb is an infinitive asks the reader, not the writer: "Rédiger 800 mots sans
# intertitres ? Pour les rédacteurs web…", "Scrivere 1.000 parole in inglese?"
_RHETORICAL = re.compile(r"^(?!entre|sobre|contre|outre|oltre)(?!(?:titre|title|titulo|titolo|titel|headline)\s*:)(?:[a-z']{3,}(?:er|ir|re|ar|are|ere|ire))(?<!'re)\b[^.!?;]{3,120}\?")  # not "we're"


def _is_caption(folded: str) -> bool:
    """A caption or a credit line ("Quelle: dpa"); not the source language of a translation ("Quelle: de-CH / Ziel: it-CH")."""
    caption = _CAPTION.match(folded)
    return bool(caption) and not _language_value(folded[caption.end():])
# A modal request to the writer ("Could you…", "Pourriez-vous…"): what follows is asked, whatever its words.
_POLITE_REQUEST = re.compile(r"^" + _alternatives(
    "could you|can you|would you|will you|could u|can u|would u|would it be possible to|pourriez-vous|pourrais-tu|pouvez-vous|peux-tu|tu peux|vous pouvez"
    "|est-ce que tu pourrais|est-ce que tu pourais|est-ce que vous pourriez|est-ce que tu peux|tu pourrais|tu pourais|vous pourriez"
    "|podrias|puedes|podria|podria usted|konnten sie|koennten sie|konnen sie|koennen sie|kannst du|konntest du|konntet ihr|koenntet ihr|konnt ihr"
    "|potresti|puoi"
    "|potreste|potete|le chiederei|ti chiederei|riesci a|riusciresti a|ce la fai a|puedes|podrias|podrian|pueden|ti chiedo di|vi chiedo di|le chiedo di"
    "|ci potete|ci potreste|mi potete|mi potresti|mi puoi|ci puoi|vi chiediamo di|le chiediamo di|ti chiediamo di|vi pregherei di|ti pregherei di|la pregherei di|vi prego di|ti prego di|nous vous demandons de|we ask you to|le pedimos que|les pedimos que"
    "|je te demande de|je vous demande de|te pido que|le pido que|les pido que|ich bitte dich|ich bitte sie|i ask you to|i'd ask you to"
    "|se puoi|si tu peux|si vous pouvez|si puedes|if you can|wenn du kannst|wenn moglich|if possible|si possible|se possibile|si es posible")
    + r"\b")
# The text to write, with what it must be: the register of formal briefs ("le texte final devra être rédigé
# en français", "el texto deberá redactarse en español", "Der Beitrag ist auf Deutsch zu verfassen").
_TEXT_SHALL = re.compile(
    # after "one thing:" ("Solo una cosa: el texto tiene que ir en español")
    r"^(?:(?:just one thing|one thing|une seule chose|juste une chose|solo una cosa|una cosa|nur eine sache|eine sache|solo una cosa|una cosa sola)\s*:\s*)?"
    r"(?:the |le |l'|el |il |lo |der |die |das )?(?:final |finished )?(?:text|texte|article|piece|post|copy|papier|contenu|texto|articulo"
    r"|testo|articolo|pezzo|contenuto|beitrag|artikel)(?: final| finale| definitivo| definitiva| definitif)?\s+(?:"
    + _alternatives("must|should|shall|will need to|needs to|has to|is to|will have to|devra|doit|devrait|debera|debe|deberia|tendra que"
                    "|tiene que|ha de|dovra|deve|dovrebbe|muss|soll|sollte|wird") + r"\b"
    r"|ist\s+(?:[\w'-]+\s+){0,6}?zu\s+(?:verfassen|schreiben|halten|gestalten|formulieren|ubersetzen)\b)")
# Politeness closing a clause ("friendly tone pls", "sans intertitres merci") hides its shape.
_POLITE_WORDS = "please|pls|plz|svp|stp|s'il (?:te|vous) plait|porfa|bitte|per favore|por favor|merci|thanks|thank you|thank u|thx|danke|grazie|gracias"
_POLITE_EDGE = re.compile(r"(?:[\s,]+(?:" + _POLITE_WORDS + r"))+[\s.!?]*$", re.IGNORECASE)
# A polite word anywhere in the line (a greeting with one asks the writer).
_POLITE_MARK = re.compile(r"\b(?:" + _POLITE_WORDS + r")\b")
_CHAT_PLEASE_WORDS = "pls|plz|svp|stp|porfa"  # the chat's "please", which an article writes only in quotes
# After a word of the line ("Svp : un mot, trois lettres" is about it).
_CHAT_PLEASE = re.compile(r"(?<=\w\s)(?:" + _CHAT_PLEASE_WORDS + r")\b(?!\s*:)")
# A desk's note naming the text and its page: "Papier pour la page Sortir.", "Article pour la newsletter :", "Text für die Website".
# (without an article before it, as a desk writes: "Un article pour le site de la mairie fait polémique" is news)
_TEXT_FOR_PAGE = _LazyPattern(r"\W*(?:papier|article|texte|sujet|piece|story|post|articulo|texto|articolo|pezzo|testo|artikel|beitrag)\s+(?:pour|for|para|per|fur)\s+"
                              r"(?:la |le |l'|the |el |il |den |die |das |notre |our )?(?:page|rubrique|section|seccion|sezione|rubrik|rubrica|newsletter|site|web|print)\b")
# A line that opens on it asks the writer ("Stp garde un ton léger, c'est pour la rubrique week-end"); "please" needs a writing verb.
_POLITE_OPENING = re.compile(r"\W*(?:" + _CHAT_PLEASE_WORDS + r")(?=\s+\w)|\W*(?:please|bitte|por favor|per favore|s'il (?:te|vous) plait)\s+(?:keep|make|write|use|stay"
                             r"|garde|gardez|fais|faites|ecris|ecrivez|reste|restez|utilise|utilisez|manten|mantenga|escribe|usa|halte|halten sie|bleib"
                             r"|bleiben sie|schreib|schreiben sie|mantieni|scrivi|resta)\b")  # (a sign says "Please…", "Bitte…", "Por favor, …" to its readers)
# A request to rewrite or translate, opening the line: one field is enough ("porfa reescribe esto en alemán para mi clase").
_REWRITE_REQUEST = re.compile(r"^(?:(?:please|pls|plz|porfa|por favor|merci de|svp|stp|bitte|per favore)[\s,]+)?" + _alternatives(
    _REWRITE_VERBS + "|a reecrire|to rewrite|da riscrivere|a reescribir|zum umschreiben|could you rewrite|can you rewrite|could you translate|can you translate|peux-tu reecrire|pourrais-tu reecrire"
    "|puedes reescribir|podrias reescribir|kannst du|konntest du|potresti riscrivere|puoi riscrivere|make it") + r"\b")
# Someone asked, by their pronoun, to rewrite: "j'aurais besoin que vous réécriviez", "could you rewrite" (an infinitive after a
# greeting may open news: "Bonjour à tous, réécrire les règles du jeu en 300 mots, c'est le défi…").
_ASKED_TO_REWRITE = re.compile(r"(?:j'aurais besoin que vous|j'aurais besoin que tu|i need you to|i'd like you to|i would like you to|necesito que"
                               # asked of whoever writes: "si prega di riscrivere il testo", "se ruega reescribir", "es wird gebeten"
                               r"|si prega di|si chiede di|se ruega|se solicita|il vous est demande de|vous etes prie de|you are asked to|es wird gebeten"
                               r"|ho bisogno che|could you|can you|would you|pourriez-vous|pouvez-vous|peux-tu|pourrais-tu|podrias|puedes|podria usted"
                               r"|potresti|puoi|potreste|konnten sie|konnen sie|kannst du|konntest du)\s+(?:\w+\s+){0,3}?"
                               r"(?:reecriv\w*|reecri\w*|rewrite|reescrib\w*|riscriv\w*|umschreib\w*|traduir\w*|tradu\w*|translate|ubersetz\w*"
                               r"|adapt|adapter|adaptar|adattare|anpassen|reprendre|retravailler|rework|redo|reformuler|uberarbeiten)\b")
_THANKS = re.compile(r"\W*(?:merci|merciii+|thanks|thank you|thank u|thx|cheers|gracias|muchas gracias|grazie|grazie mille|danke|vielen dank)\b")
_STRONG_FIELDS = frozenset({"language", "min_words", "max_words", "subheadings", "seo", "keywords", "focus", "tone", "title"})
_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F"
_CHAT_MARKS = re.compile(r"(?:^|(?<=\s))@[\w.-]+[,:]?|[" + _EMOJI + r"]|(?:^|(?<=\s)):[a-z0-9_+-]{2,30}:(?=\s|$)")  # ":pray:", Slack's emoji
_CHAT_MARK_SIGN = re.compile("[@" + _EMOJI + "]|:[a-z]")  # (":pray:")
_EMOJI_BETWEEN = re.compile(r"(?<=\w)\s*[" + _EMOJI + r"]+\s*(?=\w)")


@lru_cache(maxsize=4096)  # asked of a line by the run, the reading and the edge's tests, and of its clauses
def _without_chat_marks(text: str) -> str:
    """Mentions ("@sam") and emoji made spaces. Most lines hold neither: one scan for their signs
    costs less than the search for the marks themselves."""
    if not _CHAT_MARK_SIGN.search(text):
        return text
    # An emoji between words parts two thoughts, as a comma would: "gelateria 🍦 tono allegro".
    return _CHAT_MARKS.sub(" ", _EMOJI_BETWEEN.sub(", ", text))
# Politeness, thanks and compliments to a colleague: neutral beside directives, even in the past tense
# ("Loved your last piece", "Merci pour ton boulot, c'était top").
# The rest of the brief as it was, or left to the writer: "Lo demás igual", "le reste libre", "everything else the same".
_REST_AS_IT_IS = ("lo demas igual|lo demas queda igual|el resto igual|le reste ne change pas|le reste pareil|le reste inchange|rest as before"
                  "|le reste libre|le reste est libre|the rest is up to you|the rest is fine|el resto libre|il resto libero|der rest ist frei"
                  "|everything else the same|everything else stays the same|der rest bleibt|rest wie gehabt|il resto uguale|il resto invariato"
                  "|le reste au choix du redacteur|le reste au choix|the rest is your call|the rest is up to the writer|el resto a tu criterio"
                  "|il resto a tua scelta|der rest nach deinem ermessen|le reste du brief tient|the rest of the brief stands"
                  "|tutto il resto come da originale|il resto come da originale|le reste comme l'original|le reste comme dans l'original"
                  "|the rest as in the original|el resto como el original|der rest wie im original"
                  "|pas de contrainte de longueur|longueur libre|no word limit|no length limit|sin limite de palabras|keine langenvorgabe"
                  "|le reste tu gardes comme tu veux|le reste comme tu veux|le reste comme vous voulez|the rest as you like"
                  "|el resto como quieras|il resto come vuoi|der rest wie du willst"
                  "|nessun limite di lunghezza")
_THE_REST = re.compile(r"\b(?:reste|rest|resto|demas|brief)\b")  # ("pas de contrainte de longueur" is said of a contest's texts too)
_REST_LINE = _LazyPattern(r"\W*(?:et |and |y |e |und )?(?:" + _alternatives(_REST_AS_IT_IS) + r")\W*")
_CHATTER = re.compile(r"\b" + _alternatives(
    _COURTESY_WORDS + "|pls|plz|please|by the way|btw|great|loved|love|awesome|quick one|no rush"
    "|i am|i'm|je suis|soy|sono|ich bin|wir sind|somos|siamo|nous sommes|we are|i volunteer|je suis benevole|soy voluntaria|soy voluntario"
    "|ah no|oh no|ach ja|ach|ah|oh|ok|okay|euh|hmm|eh|uh|voila|c'est tout|that's it|that's all|corrijo|je corrige|correggo|ich korrigiere|i correct|bon|bueno|pues|allora"
    "|te paso|je te passe|ti passo|ich gebe dir|te mando|je t'envoie|ti mando|ti invio|ich schicke dir|here's|here is|voici|je t'explique|te explico|ti spiego"
    "|os paso|le paso|les paso|os mando|os envio|te envio|je vous passe|je vous envoie|je vous transmets|vi passo|vi giro|ti giro|vi mando|vi invio"
    "|ich schicke euch|ich schicke ihnen|ich sende ihnen|sending you|i'm sending you"
    # one more thing: "dernière chose sur ce papier →", "one last thing on this one:"
    "|derniere chose|une derniere chose|one more thing|one last thing|last thing|otra cosa|una cosa mas|ultima cosa|un'ultima cosa"
    "|noch etwas|noch was|eine sache noch|letzte sache"
    "|sorry|my bad|perdona|perdon|perdone|disculpa|disculpe|pardon|desole|desolee|scusa|scusate|scusami|entschuldigung|entschuldige|oops|my mistake|scrap that|scratch that|correction|update|edit|appreciate"
    "|pardon|desole|oups|mise a jour|reconnaissant|perdon|me equivoque|lo siento|agradeceria|agradeceriamos"
    "|entschuldigung|korrektur|dankbar|anzi no|scusa|scusate|errore mio|mi sono sbagliato|grato|grata"
    "|svp|stp|bravo|top|super|genial|porfa|por favor|perfecto|bitte|toll|prima|per favore|complimenti|perfetto"
    # Asking whether the writer has time for it: "@Lucas dispo pour celui-là ?", "got time for this one?"
    "|attached|attached is|ci-joint|en piece jointe|te adjunto|adjunto|anbei|im anhang|in allegato|allegato"
    "|dispo|t'es dispo|tu es dispo|available|are you free|got time|have time|tienes tiempo|tienes un hueco|hast du zeit|hai tempo|sei libero"
    "|sei libera|sei disponibile"
    # how soon: "URGENT —", "asap", "dringend"
    "|urgent|urgente|dringend|eilig|urgentissimo|asap|rush|prioritaire|prio|another one|encore un|encore une|otro mas|un altro"
    # the brief as before: "même chose que d'hab", "same as usual"
    "|meme chose que d'hab|meme chose que dhab|meme chose que d'habitude|same as usual|same as always|memes consignes|same brief"
    # what was said before: "as discussed on the phone", "comme convenu"; apologies for the rush
    "|as discussed on the phone|as discussed by phone|as discussed over the phone|comme convenu au telephone|comme discute au telephone"
    "|suite a notre appel|following our call|wie telefonisch besprochen|come d'accordo al telefono|como hablamos por telefono"
    "|apologies|apologise|apologize|desole pour|scusate per|perdon por"
    # A translator's remarks: the glossary, the style guide, names kept as they are.
    "|glossary|glossaire|glosario|glossar|glossario|style guide|styleguide|guide de style|charte editoriale|guia de estilo|libro de estilo"
    "|guida di stile|brand name|brand names|nom de marque|noms de marque|nombre de marca|markenname|markennamen|nome del marchio"
    "|do not translate|don't translate|not translated|ne pas traduire|sans traduire|no traducir|sin traducir|nicht ubersetzen|nicht uebersetzen"
    "|non tradurre|senza tradurre|untranslated|as is|tel quel|telle quelle|tal cual|wie es ist|cosi com'e"
    # the rest of the brief unchanged: "Lo demás igual", "le reste ne change pas", "everything else stays the same"
    "|" + _REST_AS_IT_IS + "|rien d'autre|nothing else|nada mas|nichts weiter|nient'altro|mehr nicht|rien de plus|nothing more|niente di piu"
    "|naturalmente|naturellement|bien sur|of course|naturlich|por supuesto|ovviamente|evidemment|selbstverstandlich"
    "|pour info|pour information|fyi|for info|para tu informacion|zur info|per info|per informazione"
    # after a call with the client: "Après le call : le titre devient …"
    "|" + _AFTER_THE_CALL + "|apres le coup de fil|dopo la telefonata|nach dem telefonat"
    # a slip owned up to: "the 1000 was a typo", "c'était une coquille"
    "|typo|coquille|faute de frappe|tippfehler|vertipper|refuso|errata"
    # what the sender notes of the length: "Length-wise"
    "|length-wise|lengthwise|cote longueur|niveau longueur|" + _AS_USUAL) + r"\b")
_ADDRESS = re.compile(r"\b(?:fai|faresti|haces|harias|machst|you|u|your|yours|tu|ton|ta|tes|toi|te|vous|votre|vos|tus|usted|dein|deine|dich|dir|euch"
                      r"|ti|tuo|tua|tuoi|voi)\b"
                      # German "du", not French "du conseil": after a verb's "-st", alone at the end, or before one
                      r"|(?<=st\s)du\b|\bdu(?=\s*(?:[!?.,]|$))|^du(?=\s+\w+st\b)")
_CHATTER_WORDS = 14  # a remark to the writer is short
_BARE_POLITENESS = frozenset("please kindly bitte svp pls merci de por favor per favore".split(" "))
# Only asked whether it is found: the words without a condition of their own in one grouped alternation.
_ADDRESSED_TO_WRITER = _RememberedPattern(
    r"\b(?:please(?!\s+(?:note|see|read))|bitte(?!\s+beachten)|" + _alternatives(
        "pls|plz|svp|stp|s'il te plait|s'il vous plait|por favor|per favore|porfa|merci de"
        "|want|wants|would like|need|needs|vorrebbe|vorrebbero|wunscht|wuenscht|mochte|moechte|souhaite|voudrait|quiere|quieren|quisiera|desea"
        "|necesita|necesitan|braucht|brauchen|ha bisogno|hanno bisogno|queremos|necesitamos|vogliamo|abbiamo bisogno|wir wollen|wir brauchen"
        "|nous voulons|nous avons besoin|we want|we'd like|we need|nos gustaria|ci piacerebbe|vuole|vogliono|veut|veulent|will|mochte|brauchten"
        "|i'd love|we'd love|i would love|j'aimerais|me encantaria|mi piacerebbe|ich hatte gern"
        "|pide|piden|demande|demandent|verlangt|chiede|chiedono|asks|asks for|requests|client|cliente|kunde|kundin|customer"
        "|actually|scrap that|scratch that|instead|finalement|en fait|correction|korrektur|anzi|invece|perdon|me equivoque|sorry"
        "|scusa|errore mio|for this one|this time|cette fois|esta vez|diesmal|stavolta|questa volta"
        "|we ask you|wir bitten|bitten sie|ich bitte|je vous prie|nous vous prions|le pedimos|les pedimos|vi chiediamo|le chiediamo"
        "|le chiedo|vi chiedo|ti chiedo|je vous demande|je te demande|le pido|les pido|te pido|i ask you|i'm asking you"
        # what the desk needs, said in its own words: "il me faudrait", "on passe ça en…", "j'oubliais", "à décliner"
        "|il me faudrait|il me faut|il nous faut|il nous faudrait|on passe|on part sur|on vise|on reste sur|j'oubliais"
        "|on le passe|on la passe|on veut|on voudrait|on aimerait|podeis|podriais|pourriez|pouvez"
        "|j'allais oublier|n'oublie pas|n'oubliez pas|a decliner|a rallonger|a raccourcir|a reprendre|a adapter|a reecrire|a traduire"
        "|i'd need|i would need|i'll need|necesitaria|nos haria falta|avrei bisogno|mi raccomando|make sure|assure-toi|assurez-vous"
        "|asegurate|achte darauf|achten sie darauf", space=" ")
    + r")\b"
    # A note's label before its colon: "NB rédac :", "Brief SEO :", "Ticket brief (#2231):".
    r"|^(?!please|bitte|veuillez|merci)(?:\S+\s+)?(?:nb|n\.b\.|ps|p\.s\.|note|notes|nota|hinweis|brief|briefing|memo)\b[^:]{0,30}:"
    r"|\b(?:here|ici|hier|aqui|este|qui|voici)\s*:|^(?:" + _POLITE_REQUEST.pattern.lstrip("^") + ")")


def _spec_sheet(body: str) -> bool:
    """Fields listed as labels and values ("Words: 500-700 | Language: English"), not written as a sentence."""
    labelled = 0
    for clause in split_clauses(body):
        key_value = _key_value(fold(clause.text.strip()))
        labelled += clause.keywords is not None or bool(
            key_value and _field_of_key(key_value.group("key"))) or _names_no_field(key_value)
    return labelled >= 2 or bool(re.search(r"\s[|·•/]\s", body))  # ("FR / 1000-1200 mots / inter / ton neutre")


# A wish about the text itself: "Je souhaiterais que la nouvelle version…", "Ich hätte gern, dass der Artikel…", "We'd like the
# piece…" ("Je souhaite un bulletin en arabe", "We'd like council meetings in plain English" wish for other things).
_WISHES = (r"(?:je souhaiterais|je souhaite|nous souhaiterions|nous souhaitons|on souhaiterait|nous voudrions|i'd love|we'd like|we would like|we'd love"
    r"|nos gustaria|desearia|vorremmo|mi piacerebbe|ci piacerebbe|ich hatte gern|wir hatten gern|wir hatten gerne|wir mochten|ich wurde gern"
    r"|ich wurde gerne|querriamos|quisieramos|quisiera|querria|vorrei|on aimerait|nous aimerions|j'aimerais|je voudrais|i'd like|i would like)")
_WISH_FOR_THE_TEXT = re.compile(
    r"^" + _WISHES + r"\s+(?:environ |about |around |circa |unos |unas |etwa |rund )?\d"  # "Je souhaiterais 500 mots en français"
    r"|^" + _WISHES + r"\s*,?\s*(?:que |qu'|che |dass |that |to have )?(?:the |a |an |un |une |una |uno |il |lo |la |le |l'|el |den |das |der |einen |ein |eine |this |ce |cet |cette |questo |este )?"
    r"(?:(?:nouvelle |new |nuova |nueva |neue |neuen |prochaine |next |[a-z]+e )?(?:" + _TEXT_NOUNS + r"|rewrite|reecriture)|it|this)\b"
    r"|^" + _WISHES + r"\s*$")  # "Ich hätte gern, dass …": the wish alone, its object in the next clause


# A rewrite asked of this very text, anywhere in a clause: a word of rewriting, then the text named as the one at hand
# ("… vous prie de bien vouloir rédiger une version de ce texte", "would be grateful if you could prepare a rewrite of the
# above article", "Le rogamos que redacte una versión de este artículo", "chiede la riscrittura dell'articolo seguente").
# Articles name other texts ("la réécriture du roman"), or this one after the fact ("A version of this article appeared…",
# refused as narrative).
_THIS_TEXT = (r"(?:(?:this|ce|cet|cette|este|esta|questo|questa|diesen|dieses|diese)\s+(?:[a-z-]+\s+)?(?:" + _TEXT_NOUNS
              + r"|communique|comunicado|comunicato|release|nota|bericht)(?:e?s)?"  # "dieses Textes"
              r"|(?:the|le|la|l'|el|del|il|lo|dell'|den|das|die)\s*(?:" + _TEXT_NOUNS + r")\s+(?:above|below|attached|enclosed|ci-dessous"
              r"|ci-dessus|ci-joint|joint|suivant|anterior|siguiente|adjunto|seguente|allegato|qui sotto|qui sopra|sopra|sotto)"
              r"|(?:the\s+)?(?:above|following|attached|enclosed|folgenden|obigen|beigefugten|beiliegenden|nachstehenden)\s+(?:" + _TEXT_NOUNS
              + r")|this|esto|ceci|questo|das hier)\b")
_REQUEST_FOR_THIS_TEXT = _LazyPattern(
    r"\b(?:rewrite|rewriting|re-write|rework|redo|adapt|adaptation|version|translate|translation|reecri\w*|rediger|redigiez|reprendre|adapter"
    r"|traduire|traduction|reformuler|reescrib\w*|reescritura|redacte|redactar|redacten|adaptar|adaptacion|traducir|traduccion"
    r"|riscriv\w*|riscrittura|rielaborare|rielaborazione|adattare|adattamento|versione|tradurre|traduzione|umschreiben|uberarbeiten"
    r"|uberarbeitung|fassung|neufassung|ubersetzen|ubersetzung)\s+(?:[\w-]+\s+){0,3}?(?:of |de |du |del |di |des |von )?" + _THIS_TEXT)
# Asking, wishing or addressing the writer, beside such a rewrite: a noun of rewriting is also the subject of news ("Eine
# Übersetzung dieses Artikels erscheint morgen").
_ASKING = re.compile(r"\b(?:request|requests|requesting|ask|asks|please|kindly|grateful|could|would|wish|want|wants|like|need|needs|you"
                     r"|prie|prions|gre|vouloir|souhait\w*|voudri\w*|aimeri\w*|demande|demandons|sollicit\w*|vous|tu|merci"
                     r"|solicit\w*|rog\w*|pedi\w*|pido|quisier\w*|querr\w*|pode\w*|podri\w*|pued\w*|usted|ustedes|gracias"
                     r"|chied\w*|vorre\w*|potre\w*|pote\w*|puoi|grazie|vi|ti|bitte|bitten|wunsch\w*|mocht\w*|brauch\w*|konn\w*|danke|sie|ihr|euch)\b")


@lru_cache(maxsize=4096)  # asked of a clause by its reading (twice when it is a request), the request test and _someone_else_asks
def _asks_for_this_text(folded: str) -> bool:
    return bool(_REQUEST_FOR_THIS_TEXT.search(folded) and _ASKING.search(folded))


@lru_cache(maxsize=4096)  # asked of the same clauses by the line's reading, its evidence and the letter's tests
def _is_request(clause: str) -> bool:
    """A clause opening on a request to the writer (not a bare "please", as in "Please note")."""
    if _PARTICIPLE_FIRST.match(clause.strip(" .!?¿¡").lower()):
        return False  # "rédigé dans un ton très technique" tells how it was written (its fold is the imperative "rédige")
    folded = fold(clause.strip(" .!?¿¡"))
    opener = _REQUEST_OPENER.match(folded) or _POLITE_REQUEST.match(folded) or _TEXT_SHALL.match(folded) or _WISH_FOR_THE_TEXT.match(folded)
    return (bool(opener) and opener.group().strip() not in _BARE_POLITENESS or _asks_for_this_text(folded)
            or len(folded.split()) <= REWRITE_IT_WORDS and _asks_to_rewrite_it(folded))  # "faut réécrire ça pour la page FB"


_THANKS_FOR_REWRITE = re.compile(r"\b(?:merci|thanks|thank you|danke|gracias|grazie)\b[^.!?]{0,30}\b(?:reecriture|rewrite|rewriting|reescritura|riscrittura"
                                 r"|uberarbeitung|umschreiben)\b")
_PARTICIPLE_FIRST = re.compile(r"[a-zà-ÿ]+(?:é|ée|és|ées)(?=\s|$)")


# (a length's figure, owned up to as a slip or as another text's: "le 06 était son ancien numéro" is news)
_FIGURE_DISOWNED = _LazyPattern(r"\W*(?:the|le|la|el|il|der|die|das)\s+\d[\d.,]{2,}\s*(?:words?|mots|palabras|worter|parole)?\s*,?\s*(?:was|c'etait|etait|era|war|e)\b"
                                r"(?:\s+(?:for|pour|para|per|fur)\b|.*\b(?:other|autre|otro|otra|altro|altra|anderen?|typo|coquille|erreur|error|mistake|fehler"
                                r"|errore|wrong|faux|falsch|sbagliato))")


@lru_cache(maxsize=4096)  # asked of a line by the run and of its clauses by the reading
def _is_chatter(text: str) -> bool:
    """Politeness, a word to the writer, where the text goes ("Para la revista del club de ajedrez") or what
    kind of text it is ("Short news-style piece", "Ratgeber-Artikel")."""
    folded = _QUOTED_SPAN.sub(" ", fold(text))
    return bool(_CHATTER.search(folded) or _ADDRESS.search(folded) or _DESTINATION.match(folded) or _TEXT_KIND.match(folded)
                or _about_the_sender(text)  # "somos una agencia de viajes de Bilbao", "Hiya, Dave from Rotherham Rugby here!"
                or _NOT_THIS_VARIETY.match(folded)  # "l'articolo va in inglese americano, non britannico"
                or _TAKEN_BACK.fullmatch(folded.strip(" .!?…–—-"))  # "nein, …", "ah non pardon"
                or _FIGURE_DISOWNED.match(folded)  # "the 1000 was for the other piece", "le 700, c'était pour l'autre papier"
                # short remarks: why ("…, so that people can skim it"), how it sounds ("comme si on parlait entre voisins"), what the
                # readers do with it ("elles lisent notre journal le mardi")
                or (len(folded.split()) <= _CHATTER_WORDS and bool(_REASON_CLAUSE.match(folded.strip()) or _AS_IF_CLAUSE.match(folded)
                                                                   or _READERS_HABIT.match(folded))))


# How the text should read, beside its fields: "phrases courtes", "short paragraphs", "kurze Sätze", "pas de jargon", "tutoiement".
_SHORT_WORDS = r"(?:(?:plutot|rather|bien|muy|sehr|molto|tres|bastante|assez|eher)\s+)?(?:courte?s?|short|cortas?|cortos?|kurze?n?|brevi|breve|simples?|einfache?n?|semplici)"
_STYLE_REMARK = _LazyPattern(r"(?:des |de |with |con |mit |avec des )?(?:phrases?|sentences?|frases?|satze|frasi|paragraphes?|paragraphs?|parrafos?"
                             r"|absatze|paragrafi)\s+" + _SHORT_WORDS + r"|(?:with |con |mit )?" + _SHORT_WORDS + r"\s+(?:sentences|paragraphs|satze|absatze|frasi|paragrafi)"
                             r"|(?:pas de|sans|no|without|sin|kein|keinen|ohne|niente|senza)\s+(?:jargon|gergo|jerga|fachjargon|tecnicismos|fachbegriffe)"
                             r"|vouvoiement|tutoiement|vouvoyer le lecteur|tutoyer le lecteur|tutear al lector|dar del tu|dare del lei|den leser duzen|den leser siezen")


# "Short news-style piece", "Ratgeber-Artikel", "c'est un format court": what kind of text it is.
_TEXT_KIND = re.compile(r"^\W*(?:(?:c'est|it's|it is|es|e|das ist|ist)\s+)?(?:a |an |un |une |una |uno |ein |eine |einen )?(?:[\w-]+\s+){0,2}?"
                        r"(?:format|formato|piece|article|post|blog post|story|explainer"
                        r"|feature|guide|listicle|billet|papier|breve|reportage|chronique|column|tribune|articulo|cronica|reportaje|columna"
                        r"|artikel|beitrag|kolumne|ratgeber\w*|meldung|rubrica"
                        r"|bericht|articolo|pezzo|notizia|[\w-]+-artikel|[\w-]+-beitrag|version|versione|version|fassung|kurzfassung)(?:\s+[\w-]+)?\W*$")  # "un format court", "version courte"


# "x" is "per" in hurried Italian ("x edizione FR").
_DESTINATION_TAIL = _LazyPattern(
    r"\b(?:for|pour|para|per|fur|x)\s+(?P<where>(?:the |our |a |an |la |le |l'|el |nuestra |nuestro |notre |die |den |das |unsere |unseren |il |lo |nostra "
    r"|nostro |i |gli )?(?:[\w'-]+\s+){0,2}?(?:" + _PUBLICATION + r")\b(?:\s+[\w'-]+){0,2})\s*$")
_DEADLINE_TAIL = _LazyPattern(
    r"\b(?:pour|by|before|para|antes del?|vor|entro|per|x|avant|d'ici)\s+(?P<where>(?:(?:le |el |il |next |this |ce |demain |tomorrow "
    r"|manana |morgen |domani )?(?:" + _WEEKDAYS + r")(?: (?:matin|soir|morning|evening|noon|midi|manana|fruh|mattina|sera|pomeriggio))?"
    r"|demain|tomorrow|manana|morgen|domani|ce soir|tonight|esta noche|heute abend|stasera|eod|end of day|cob|asap|midi|noon|mediodia|mittag))\s*$")
_DESTINATION = re.compile(
    # "questo va sulla newsletter", "this goes on the blog": where the text goes
    r"^\s*(?:this|it|it's|it is|questo|questa|ce texte|ce papier|esto|este|das)?\s*(?:goes|going|will go|va|geht|kommt)\s+(?:in|on|into|sur|dans|sulla|sul|nella|nel|en|para|pour|per|auf|ins|in die"
    r"|in den|auf die)\s+(?:the |la |le |l'|el |il |lo |die |den |das |our |notre |nuestro |nuestra |unsere |nostra |nostro )?(?:[\w'-]+\s+){0,2}?"
    r"(?:" + _PUBLICATION + r")\b"
    r"|^\s*(?:it'?s\s+|c'est\s+|es\s+|ist\s+|e\s+|(?:the |le |el |il |der |das )?(?:text|texte|texto|testo|article|articulo|articolo|artikel|piece|beitrag)\s+)?(?:for|pour|para|per|fur)\s+(?:the |our |my |a |an |la |le |l'|el |nuestra |nuestro |notre |mi |ma |mon |die |den |das "
    r"|unsere |unseren |unser |il |lo |nostra |nostro |il mio |la mia |il nostro |la nostra )?(?:[\w'-]+\s+){0,2}?"
    r"(?:" + _PUBLICATION + r"|app|shop|boutique|tienda|negozio|laden|school|ecole|escuela|scuola|schule"
    r"|club|verein|associazione|association|asociacion)\b")


# That a field of the brief changed ("the word count has changed", "la longitud ha cambiado") is said to the writer.
_BRIEF_CHANGED = re.compile(
    r"^(?:the |le |la |el |der |die |il |lo )?(?:word count|length|tone|title|language|brief|deadline|longueur|nombre de mots|ton|titre"
    r"|langue|consigne|extension|longitud|tono|titulo|idioma|encargo|umfang|wortzahl|lange|titel|sprache|vorgabe|lunghezza|titolo|lingua)"
    r"\s+(?:has changed|has been changed|changed|changes|is different|a change|change|a ete modifiee?|ha cambiado|cambia|cambio"
    r"|hat sich geandert|ist anders|andert sich|e cambiat[oa]|cambia|va cambiat[oa])\b")
_CLIENT_REASON = re.compile(r"^(?:(?:que|car|because|since|as|da|weil|perche|porque|parce que)\s+)?(?:the |our |le |notre |el |nuestro |der |die |unser |il |la |nostro )?"
                            + _ORDERER + r"\b")


_NOT_THAT = re.compile(r"(?:not|pas|nicht|no|non|et non|and not|y no|e non|und nicht)\s+(?:the |les |des |los |las |die |i |gli |le |la )?[\w'-]+(?:\s+[\w'-]+)?"
                       # "…, no el que mandé antes": not the one sent before
                       r"|(?:(?:et|and|y|e|und)\s+)?(?:not|pas|nicht|no|non)\s+(?:the one|celui|celle|el|la|lo|den|die|das|quello|quella)\s+"
                       r"(?:that|qui|que|den|che|du|you|i|je|yo|ich|io|sent|given|envoyee?|donnee?|enviado|mandado|inviato|mandato|geschickt)\b[\w' -]{0,40}")


DESTINATION_WORDS = 8
_FOR_A_THING = _LazyPattern(r"(?:c'est |it's |es |e |ist )?(?:pour|para|per)\s+(?:" + _A_THING.pattern + ")")
_TO_REDO = re.compile(r"[\w'-]+(?:\s+[\w'-]+)?\s+a (?:refaire|reprendre|revoir|reecrire|raccourcir|couper|caler|rajouter|ajouter)")
_GENERAL_PUBLIC = _LazyPattern(r"(?:le\s+)?(?:grand public|tout public|general public|(?:the\s+)?general readers?|breite(?:s)? (?:offentlichkeit|publikum)"
                               r"|(?:el\s+)?(?:gran publico|publico general)|(?:il\s+)?(?:grande pubblico|pubblico generale))")


@lru_cache(maxsize=2048)
def _read_unread_clause(clause: _Clause) -> _LineReading | None:
    """A clause the tables do not read, in a line whose other clauses are clearly directives: chatter is
    dropped, a request goes to the model as asked, narrative (not addressed to the writer) refuses the line."""
    text = clause.text.strip(" .!?¿¡:")
    folded = fold(text)
    if _TAKEN_BACK.fullmatch(folded):
        return _LineReading([], [], True)  # "600 Wörter – nein, …", "ah non pardon": the editor taking back what they said
    if _REASON_CLAUSE.match(folded) and len(text.split()) <= _CHATTER_WORDS and not _NARRATIVE.search(folded):
        return _LineReading([], [text], True)  # "…, pour que les seniors comprennent", "so that people can skim it": why, for the model
    if _PASSED_ON_PATTERN.search(folded) and len(text.split()) <= _CHATTER_WORDS and not _QUOTE_START.match(text):
        return _LineReading([], [text], True)  # "Sam asked me to pass this on": who the brief comes from
    if (_about_the_sender(text) or _WE_NEED.match(folded) or _SOMEONE_WANTS.match(folded)) and len(text.split()) <= CONTEXT_WORDS and not _NARRATIVE.search(folded):
        # "We're a boutique hotel group in the Dolomites and want this news on our blog": the client, for the model, and
        # what it asks on the way ("… et nous voudrions cet article en anglais"); what the sender or the client needs of the text
        # ("necesitamos este artículo en español para la web de la Oficina de Turismo")
        context = _FragmentReader(text, beside_directives=True)
        context.read()
        return _LineReading([a for a in context.assignments if not a.weak and a.field != "audience"], [text], True)
    if (_FOR_A_THING.match(folded) or _TO_REDO.fullmatch(folded)) and len(text.split()) <= DESTINATION_WORDS:
        # "c'est pour l'affichage au babillard", "pour la une de dimanche": where it goes; "chapô à refaire": what to redo
        return _LineReading([], [text], True)
    if _GENERAL_PUBLIC.fullmatch(folded):
        return _LineReading([_Assignment("audience", text, text)], [], True)  # "FR / 1000 mots / grand public": readers named bare
    if _QUOTED_SPAN.fullmatch(text) and len(text.split()) <= 5:
        return _LineReading([], [text], True)  # a term of a list the editor quotes: 'Mantener sin traducir: "Pix", "boleto"'
    if len(text.split()) > _CHATTER_WORDS or _QUOTE_START.match(text):
        return None
    # Why the brief changed ("der Kunde hat nachgefragt", "the client asked") is said to the writer, not told as news.
    chatter = _is_chatter(text) or bool(_CLIENT_REASON.search(folded) or _BRIEF_CHANGED.match(folded))
    reader = _FragmentReader(_POLITE_EDGE.sub("", text), beside_directives=True)
    reader.read()
    # A participle the fields did not take tells a headline ("Search engine optimization explained");
    # "They want it optimised for search engines" is read as SEO.
    narrative = bool(_NARRATIVE.search(folded) or _FRENCH_PAST.search(text.lower()) or _HEADLINE_OPENER.search(folded)
                     or _ABOUT_THE_PAGE.search(folded) or any(_PARTICIPLE.fullmatch(word) for word in reader.residual_words()))
    if narrative and not chatter:
        return None
    if narrative:
        reader.assignments = []
    # "Complimenti per l'ultimo articolo": readers named in chatter are not the audience.
    reader.assignments = [assignment for assignment in reader.assignments if not (chatter and assignment.weak)]
    if not reader.assignments and (chatter or not reader.residual_words()):
        return _LineReading([], [], True)
    return _LineReading(reader.assignments, [text], True)


def _asks_rewrite_for(body: str) -> bool:
    """ "Pouvez-vous réécrire cet article pour les personnes âgées ?": the rewrite asked of the writer, for readers (who are
    the audience, though "for" alone names them weakly)."""
    return any(_is_request(clause.text) and (_asks_to_rewrite_it(folded := fold(clause.text)) or bool(_REQUEST_FOR_THIS_TEXT.search(folded)))
               for clause in split_clauses(body))


def _mentions_text(item: str) -> bool:
    return bool(_TEXT_MENTION.search(fold(item)))


# The text the request is about: "this article", "il comunicato", "la nota de prensa", "den Beitrag".
_TEXT_MENTION = re.compile(
    r"\b(?:(?:the|this|that|my|our|l'|le|ce|cet|cette|mon|notre|el|este|esta|mi|nuestro|la|den|das|diesen|dieses|meinen|unseren|il|lo|questo"
    r"|questa|mio|nostro)\s*(?:article|text|piece|post|story|release|press release|copy|draft|texte|papier|billet|communique|articulo|texto"
    r"|nota de prensa|comunicado|artikel|beitrag|bericht|pressemitteilung|testo|articolo|pezzo|comunicato)|rewrite|reecri\w*|reescrib\w*"
    r"|riscriv\w*|umschreib\w*"
    # the text named in the genitive: "eine Überarbeitung des Textes", "una versión del artículo", "a version of this article"
    r"|(?:des|dieses) (?:textes|artikels|beitrags|berichts)|del (?:articulo|texto)|dell'articolo|del (?:testo|pezzo)|du texte|de l'article"
    r"|of (?:the|this) (?:article|text|piece|story))\b")


@lru_cache(maxsize=4096)
def _read_clause(clause: _Clause, in_block: bool) -> _LineReading | None:
    """What one clause sets; None when it is article prose, which makes the whole line article text."""
    if clause.keywords is not None:
        if not in_block and any(len(keyword.split()) >= 6 and keyword[:1].isupper() and _HEADLINE_OPENER.match(fold(keyword))
                                for keyword in clause.keywords):
            return None  # "Keywords: Wie Content-Agenturen ihre Texter unter Druck setzen": a headline, not a keyphrase
        if not in_block and _FOCUS_KICKER.search(fold(clause.text)) and any(
                _DEFINITE_START.match(fold(keyword)) and len(keyword.split()) >= 4 for keyword in clause.keywords):
            return None  # "SEO focus: the agency promises page-one rankings": a kicker and its sentence
        assignments = [_Assignment("keywords", list(clause.keywords), clause.text.strip())]
        label = _KEYWORD_LABEL.match(fold(clause.text.strip()))
        if label and re.search(r"\bseo\b", label.group()):  # "SEO keywords: …", "Mots-clés SEO : …" ask for SEO too
            assignments.append(_Assignment("seo", True, label.group().strip()))
        return _LineReading(assignments, [], True)
    if _TITLE_LENGTH.match(fold(clause.text)):
        return _LineReading([], [clause.text.strip(" .")], True)  # "Titolo max 60 battute": the title's length, for the model
    if _CHARACTER_UNIT_WORD.search(fold(clause.text)) and _is_character_length(clause.text):
        return _LineReading([], [clause.text.strip(" .")], True)  # "4 000 signes espaces compris": the text's length, for the model
    if (lines := fold(clause.text).strip(" .!")) and _LINES_ASKED.fullmatch(lines) and not _LENGTH_IN_LINES.fullmatch(lines):
        return _LineReading([], [clause.text.strip(" .")], True)  # "Lunghezza 40 righe", "Bitte 120 Zeilen": a layout's length, for the model
    if (bare := _KEYWORD_WITHOUT_COLON.fullmatch(fold(clause.text).rstrip(" .!"))) and _is_bare_keyword(bare.group("value")):
        # "…, kw principal pompe à chaleur, ajouter des H2": a qualified label and its phrase, with no colon between them; only
        # beside other directives (weak), as "Focus keyword research pays off" could open a sentence
        value = clause.text[bare.start("value"):bare.end("value")].strip()
        return _LineReading([_Assignment("keywords", [value], clause.text.strip(), weak=True)], [], True)
    more = _MORE_KEYWORDS.match(fold(clause.text))
    if more and more.end() >= len(clause.text.rstrip(" .")):
        return _LineReading([_Assignment("keywords", _quoted(clause.text), clause.text.strip())], [], True)
    key_value = _key_value(fold(clause.text.strip()))
    if (key_value and _SOURCE_LABEL.fullmatch(key_value.group("key").strip())) or _SOURCE_CODE.fullmatch(fold(clause.text).strip(" .")):
        return _LineReading([], [clause.text.strip()], True)  # "Source: en-US", "fonte en-GB": the language it is translated from
    if key_value and _TARGET_LABEL.fullmatch(key_value.group("key").strip()) and (code := _language_value(key_value.group("value"))):
        return _LineReading([_Assignment("language", code, clause.text.strip())], [], True)  # "Target: fr-CA", "Cible : it-IT"
    if key_value and _field_of_key(key_value.group("key")):
        return _read_key_value(clause.text.strip(), key_value)
    if _names_no_field(key_value):
        return _neutral_label_reading(clause.text.strip())
    if key_value and ":" in clause.text and _REQUEST_OPENER.match(key_value.group("key")):
        asked = _read_clause(_Clause(clause.text.split(":", 1)[1]), in_block)  # "pls rewrite: english", "traduire : espagnol"
        if asked and asked.assignments:
            return asked
    text = _POLITE_EDGE.sub("", clause.text).strip(" .!?¿¡")
    folded = fold(text)
    if (says := _ORDERER_SAYS.match(folded)) and not _SUBJECT_START.match(folded, says.end()):
        said = _read_clause(_Clause(text[says.end():]), in_block)
        if said and said.assignments:
            return said  # "der Vorstand sagt mindestens 1.000 Wörter", "the committee says 800 words": the client's side asks it
        if _TAKEN_BACK_FIRST_PATTERN.match(folded):
            # "sorry, scratch that, our marketing guy says 700 to 900 words works better": the correction, with its judgement
            judged = _FragmentReader(text[says.end():])
            judged.read()
            if judged.assignments and not _NARRATIVE.search(fold(text[says.end():])):
                return _LineReading(judged.assignments, [text], True)
    polite = bool(_POLITE_REQUEST.match(folded))
    is_request = polite or bool(_REQUEST_OPENER.match(folded) or _TEXT_SHALL.match(folded) or _WISH_FOR_THE_TEXT.match(folded)
                                or _asks_for_this_text(folded))
    unquoted = _QUOTED_SPAN.sub(" ", folded)  # a quoted title may well read "What to Expect"
    told = bool(_NARRATIVE.search(unquoted) or _FRENCH_PAST.search(_QUOTED_SPAN.sub(" ", text.lower())) or _HEADLINE_OPENER.search(unquoted)
                or _DIGIT.search(unquoted) and _HAS_LENGTH.search(unquoted))  # (a length told ends on its figure: a cheap test first)
    # Narrative, or the page speaking of itself, outside a block: prose, whatever fields its words would set.
    if not in_block and (told or (not is_request and _ABOUT_THE_PAGE.search(unquoted))):
        return None
    # A request about the text names its readers after "for", whatever words it asks with ("I'd like the article rewritten for
    # couples planning their wedding", "Ich hätte gern eine Fassung des Artikels für Fahranfänger").
    about_the_text = (is_request or in_block) and bool(_TEXT_MENTION.search(folded) or _WISH_FOR_THE_TEXT.match(folded)
                                                       or _asks_for_this_text(folded))
    reader = _FragmentReader(text, beside_directives=polite or about_the_text)
    reader.read()
    residual = reader.residual_words()
    if not in_block and not is_request and any(_PARTICIPLE.fullmatch(word) for word in residual):
        return None  # a participle no field took tells a headline ("Search engine optimization explained")
    # An infinitive opening a long clause is the subject of a sentence ("Écrire en anglais reste un défi").
    if len(residual) > 2 and len(text.split()) > 6 and _INFINITIVE_OPENER.match(folded) and _FINITE_VERB.search(folded):
        is_request = False
    if reader.assignments and (len(residual) <= RESIDUAL or is_request or in_block):
        # A mapped clause that asks more than the fields hold goes to the model too.
        return _LineReading(reader.assignments, [text] if len(residual) > RESIDUAL or _may_count_lines(reader.folded) and _LINES_LABELLED.search(reader.folded) else [], True)
    if (reader.assignments and (reason := _REASON_TAIL.search(reader.folded)) and not any(reader.covered[reason.start():])
            and len(reader.residual_words(0, reason.start())) <= RESIDUAL):
        # "avec des intertitres pour que ce soit plus lisible", "subheadings so people can skim it": the fields, then why
        return _LineReading(reader.assignments, [text], True)
    if not residual or (not reader.assignments and (_IDENTIFIER.match(folded) or _is_job_label(folded))):
        return _LineReading([], [], True)
    if reader.assignments:
        return None
    # A short prepositional clause beside mapped ones ("pour le web") is passed on as asked.
    if is_request or in_block or (_CLAUSE_OPENER.match(folded) and len(residual) <= 2 and len(text.split()) <= 4):
        return _LineReading([], [text], True)
    return None


# What a text already counts is told of it: "Le texte de loi compte 600 mots", "the report runs to 1,200 words" ("tenir
# compte de", "prendre en compte" ask).
_HAS_LENGTH = re.compile(r"(?<!tenir )(?<!tiens )(?<!tenez )(?<!en )(?<!de )\b(?:compte|comptent|comptait|totalise|runs to|umfasst|cuenta con"
                         r"|consta de|si compone di"
                         # what a text does in so many words: "résume en 1 200 mots la charte", "describes in 800 words"
                         # (a subject before the verb: "Résume en 300 mots" asks)
                         r"|(?<=\w\s)(?:resume|decrit|presente|detaille|raconte|explique|summari[sz]es|describes|outlines|explains|resumen|describe"
                         r"|explica|riassume|descrive|spiega|beschreibt|schildert|erklart)\s+(?:en|in)"
                         r")\s+(?:pres de |environ |plus de |moins de |about |around |some |more than |nearly |rund |unas |circa )?\d")
# A clause that says why, or for what reading: "pour que les seniors comprennent", "damit man es am Handy lesen kann".
_REASON_CLAUSE = re.compile(r"(?:pour que|pour qu'|afin que|afin de|para que|so that|so people|so readers|damit|perche|parce que|because|weil|porque"
                            r"|ya que|poiche|pour une lecture|pour la lecture|for reading|para leer|para una lectura|per la lettura|per leggerlo|zum lesen)\b")
# Why the sender asks it, after the fields: a purpose or a cause.
_REASON_TAIL = re.compile(r"[\s,]+(?:pour que|pour qu'|afin que|afin de|para que|so that|so people|so readers|so it|damit|per renderl[oa]|perche|parce que"
                          r"|car|because|since|as it's|weil|da es|porque|ya que|poiche|sinon|otherwise|sonst|altrimenti|si no|de lo contrario)\b")
# "… (main) plus 'offsite backup'": more quoted keywords after a list.
_MORE_KEYWORDS = re.compile(r"^\s*(?:(?:and|et|y|und|e)\s+)?(?:(?:please|svp|bitte|por favor|per favore)\s+)?(?:plus|also|as well as|and also|et aussi"
                            r"|ainsi que|aussi|y tambien|tambien|ademas de|ademas|sowie|und auch|auch"
                            r"|e anche|anche|oltre a|puis|ensuite|then|luego|despues|dann|danach|poi|dopo)\s+"
                            # "and please also work in "X" and "Y"": the verb that asks for them
                            r"(?:(?:" + _KEYWORD_VERBS + r")\s+)?" + _QUOTED_LIST.pattern.lstrip("\\s*"))


# A keyword's label with its qualifier, or abbreviated, then the phrase without a colon: "kw principal pompe à chaleur",
# "focus keyword heat pump", "MC secondaire PAC".
_KEYWORD_WITHOUT_COLON = _LazyPattern(r"\W*(?:(?:" + _KEYWORD_QUALIFIER + r")[ -]" + _KEYWORD_CORE + "|" + _KEYWORD_CORE + r"\s+(?:" + _KEYWORD_QUALIFIER
                                      + r")|kws?|mcs?)\s+(?P<value>[\w'’][\w'’ -]{1,60})")
# What follows a keyword's label and is no keyphrase: where or how it is used, a verb ("… research is the first step").
_NOT_A_KEYPHRASE = re.compile(r"^(?:in|into|dans|en|au|aux|a|at|to|nel|nella|im|de|du|des|the|le|la|les|el|il|lo|un|une|an|with|avec|con|mit|sans"
                              r"|without|senza|sin|ohne|pour|for|para|per|fur|once|twice|une|deux|naturally|naturellement|throughout|partout"
                              r"|density|densite|densidad|dichte|densita|placement|research|recherche|strategy|strategie|tools?|outils?"
                              r"|matters?|count)\b|\b(?:is|are|was|were|est|sont|etait|es|son|ist|sind|war|e|sono|will|must|should|doit|debe|deve"
                              r"|muss|soll|can|peut|puede|kann|puo)\b")
BARE_KEYPHRASE_WORDS = 5


def _is_bare_keyword(folded_value: str) -> bool:
    return len(folded_value.split()) <= BARE_KEYPHRASE_WORDS and not _NOT_A_KEYPHRASE.search(folded_value.strip())


_KEY_FIELDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(_LANGUAGE_LABEL), "language"), (re.compile(_TONE_LABEL), "tone"), (re.compile(_AUDIENCE_LABEL), "audience"),
    (re.compile(_TITLE_LABEL), "title"), (_LENGTH_LABEL_PATTERN, "length"),
]
_BOUND_KEY = _LazyPattern(r"(?:(?P<max>max|maxi|maximum|maximo|massimo|hochstens)|(?:min|mini|minimum|minimo|mindestens))\.?\s+(?:" + _LENGTH_LABEL + r")"
                          r"|(?:" + _LENGTH_LABEL + r")\s+(?:(?P<max_after>max|maxi|maximum|maximale|maxima|maximo|massima|massimo|hochstens)"
                          r"|min|mini|minimum|minimale|minima|minimo|mindestens)\.?")
_KEY_EXTRA = {
    "min words": "min_words", "minimum words": "min_words", "mots minimum": "min_words", "min": "min_words", "minimum": "min_words",
    "max words": "max_words", "maximum words": "max_words", "mots maximum": "max_words", "max": "max_words", "maximum": "max_words",
    "seo": "seo", "referencement": "seo", "for": "audience", "pour": "audience", "para": "audience", "per": "audience", "fur": "audience", "subheadings": "subheadings", "headings": "subheadings", "intertitres": "subheadings",
    "sous-titres": "subheadings", "subtitulos": "subheadings", "zwischenuberschriften": "subheadings", "sottotitoli": "subheadings",
}


# The language a translation starts from, and the one it goes to, as localisation briefs label them.
_SOURCE_LABEL = re.compile(_alternatives(
    "source|source language|source locale|langue source|langue d'origine|texte source|original|origine|origen|idioma de origen"
    "|idioma original|lengua de origen|texto original|quelle|quellsprache|ausgangssprache|ausgangstext|fonte|lingua di partenza"
    "|lingua originale|lingua sorgente|testo originale|from"))
_TARGET_LABEL = re.compile(_alternatives(
    "target|target market|cible|locale cible|destino|ziel|zielmarkt|destinazione|destination|to"))  # the others are language labels
_SOURCE_CODE = re.compile(_SOURCE_LABEL.pattern + r"\s+" + _CODE_PATTERN)
_VALUE_LANGUAGE = re.compile(r"^\W*(?:" + _NAME_PATTERN + "|" + _CODE_PATTERN + ")")


def _language_value(folded_value: str) -> str | None:
    """The language a labelled value opens on: "fr-CA", "Deutsch (de-AT), österreichische Varianten", "español de México"."""
    match = _VALUE_LANGUAGE.match(folded_value.strip())
    if match is None:
        return _THREE_LETTER_CODES.get(folded_value.strip(" .!"))
    return _NAMES.get(match.group(1)) if match.group(1) else match.group(2)


# After a language label, the codes of ISO 639-2 and of dubbing menus: "language: ITA", "Sprache: GER".
_THREE_LETTER_CODES = {"eng": "en", "fra": "fr", "fre": "fr", "spa": "es", "esp": "es", "deu": "de", "ger": "de", "ita": "it",
                       "por": "pt", "nld": "nl", "dut": "nl"}


@lru_cache(maxsize=1024)
def _field_of_key(key: str) -> str | None:
    """The field a label names ("Word count", "langue", "Zielgruppe"), or None."""
    key = key.strip()
    if key in _KEY_EXTRA:
        return _KEY_EXTRA[key]
    if bound := _BOUND_KEY.fullmatch(key):
        # "Máx. palabras", "Max. words", "Extensión mínima", "Wörter höchstens": a length's label with its bound
        return "max_words" if bound.group("max") or bound.group("max_after") else "min_words"
    if _WITH_SUBHEADINGS.fullmatch(key):
        return "subheadings"
    if _SEO_PATTERN.fullmatch(key):
        return "seo"
    named = next((field_name for names, field_name in _KEY_FIELDS if names.fullmatch(key)), None)
    if named is None and _TITLE_HEAD_ALONE.match(key):
        named = "title"  # "Die Überschrift soll lauten:", "Title should read:": the label with what it says of the title
    if named is None and _TRANSLITERATED.search(key):
        named = _field_of_key(_untransliterated(key))
    if named is None and "/" in key:
        # "H1 / Title", "Langue/Language": one field named twice
        fields = {_field_of_key(part) for part in key.split("/") if part.strip()}
        return fields.pop() if len(fields) == 1 else None
    if named is None:
        # "Titre imposé", "Vorgegebener Titel", "Lingua dell'articolo", "Public visé": the field's noun and a qualifier.
        bare = _KEY_QUALIFIER.sub(" ", key).strip()
        if bare and bare != key:
            return _field_of_key(bare)
    return named


def _untransliterated(folded: str) -> str:
    """ "tonalitaet" as "tonalitat" (the folded "tonalität"): umlauts typed as two letters, for labels."""
    return _TRANSLITERATED.sub(lambda pair: pair.group()[0], folded) if _TRANSLITERATED.search(folded) else folded


_KEY_QUALIFIER = _LazyPattern(r"\b" + _alternatives(
    "impose|imposee|vise|visee|obligatoire|souhaite|souhaitee|suggere|propose|principal|principale|final|finale|cible|de l'article"
    "|du texte|de l'article final|imposed|required|suggested|proposed|desired|main|final|of the article|of the text|article|target"
    "|obligatorio|obligatoria|sugerido|propuesto|deseado|deseada|del articulo|del texto|vorgegeben|vorgegebener|vorgegebene"
    "|gewunscht|gewunschter|gewunschte|des artikels|des textes|obbligatorio|obbligatoria|suggerito|proposto|desiderato"
    "|dell'articolo|del testo|richiesto|richiesta|to use|a utiliser|a usar|zu verwenden|da usare|da utilizzare"
    "|recommended|recommande|recommandee|recommandes|recomendado|recomendada|empfohlen|empfohlene|empfohlener|consigliato|consigliata"
    # "Headline bitte:", "e come titolo:": a polite word, or "as", around the field's noun
    "|bitte|please|svp|stp|por favor|per favore|come|comme|como|als"
    "|ideal|ideale|ideales") + r"(?=\s|$)")


_NO = re.compile(r"^(?:no|non|nein|false|faux|off|n|0|none|aucun|ninguno|keine|nessuno|sans|sin|ohne|senza)\b")
_YES = re.compile(r"^(?:yes|y|oui|si|ja|true|vrai|on|1|x|h2|h3|h2/h3|required|obligatoire|obligatoires|needed|please|bitte|per favore"
                  r"|avec|with|con|mit)\s*[.!]?\s*$")


_SENTENCE_OPENING = re.compile(r"\W*(?:c'est|ce sont|it's|it is|this is|es|son|e|sono|das ist|es ist|ist)\s")


def _read_key_value(body: str, match: re.Match[str]) -> _LineReading | None:
    field_name = _field_of_key(match.group("key"))
    value = body[match.start("value"):match.end("value")].strip().strip(".")
    folded_value = fold(value)
    if not value:
        # "SEO — keywords: …", "SEO:" over a list: the label names what is asked; another field's label alone asks nothing.
        return _LineReading([_Assignment("seo", True, body)], [], True) if field_name == "seo" else None
    if field_name == "length" and match.group("key").strip() == "target" and not (re.search(_UNIT, folded_value) or _BARE_FIGURE.fullmatch(folded_value)):
        field_name = "audience"  # "target: small business owners", "Target: aspiranti imprenditori over 40"
    if field_name in ("length", "min_words", "max_words"):
        # Say it as a sentence ("at least 700 words") and read it like any other length request.
        wording = {"min_words": f"at least {value}", "max_words": f"at most {value}"}.get(field_name, value)
        if not re.search(_UNIT, fold(wording)):
            wording += " words"
        reader = _FragmentReader(wording)
        reader.word_counts()
        return _LineReading(reader.assignments, [], True) if reader.assignments and not reader.residual_words() else None
    if field_name == "language":
        code = language_of_name(folded_value) or (folded_value[:2] if re.fullmatch(_CODE_PATTERN, folded_value) else None) or _language_value(folded_value)
        return _LineReading([_Assignment("language", code, body)], [], True) if code else None
    if field_name in ("seo", "subheadings"):
        if _NO.match(folded_value) or _YES.match(folded_value) or _NOT_NEEDED.fullmatch(folded_value):
            # "SEO: not needed", "Intertitres : inutiles"
            return _LineReading([_Assignment(field_name, not (_NO.match(folded_value) or _NOT_NEEDED.fullmatch(folded_value)), body)], [], True)
        # "SEO: optimizar para «zapatillas trail»", "Subheadings: H2 every section": asked, and said how.
        inside = read_line(value, min_evidence=1)  # read as a line of its own: "misent sur le SEO" is news
        if not inside.is_instruction:
            # "SEO : « cognac tourisme » en mot-clé principal": a quoted phrase is not a quote when fields take all of it
            reader = _FragmentReader(value)
            reader.read()
            if not reader.assignments or reader.residual_words():
                return None
            inside = _LineReading(reader.assignments, [], True)
        return _LineReading([_Assignment(field_name, True, body)] + inside.assignments, inside.extra, True)
    # A figure may describe readers ("Zielgruppe: Eltern von Kindern unter 6"), except after the bare
    # "Audience", which is also a French court hearing ("Audience : 14 h 30, le tribunal…").
    figures = field_name == "audience" and not any(part.strip() in ("audience", "public") for part in match.group("key").split("/"))
    if field_name in ("tone", "audience") and (wished := _WISHED_TAIL.search(fold(value))):
        value = value[:wished.start()]  # "Tone: relaxed but precise, please"
    if field_name in ("tone", "audience") and not _plain_value(value, LABELLED_VALUE_WORDS, figures=figures):
        return None
    if field_name == "title" and _SENTENCE_OPENING.match(fold(value)):
        return None  # "Titre à reprendre tel quel : c'est la règle pour les citations" says something, it names no title
    if field_name == "title":
        if not _RETITLED.search(fold(value)) and (remark := _QUOTED_THEN_REMARK.match(value)):
            # 'Title: "…" (no lo cambies porfa)', 'hed: "…" —nd': the quoted title, then a word about it for the model
            return _LineReading([_Assignment("title", remark.group("title"), body)], [value[remark.end():].strip(" ()—–-.")], True)
        value = _settled_title(value)
    return _LineReading([_Assignment(field_name, value.strip(" .\"“”«»„"), body)], [], True)


_META_TITLE = re.compile(r"\W*(?:meta[ -]?(?:title|titre|titel|titulo|titolo)|(?:title|titre|titulo|titolo|titel) meta|seo[ -]?(?:title|titel|titre)"
                         r"|title tag|balise title|titre seo|titulo seo|titolo seo)\b")
_FOCUS_LABEL = re.compile(r"^\W*" + _FOCUS_NAME)


_RANGE_SAID = "length range"  # in `seen`: the last length was said as one range ("800 mots", "600-800 words"), not as a bound


def _apply(spec: Spec, reading: _LineReading, warnings: list[str], seen: dict[str, object], labelled: set[str]) -> None:
    tones = [assignment.value for assignment in reading.assignments if assignment.field == "tone"]
    # Each length statement and the bounds it sets ("circa 700 parole" sets two, "anzi no, massimo 700" one).
    statements: dict[str, set[str]] = {}
    for assignment in reading.assignments:
        if assignment.field in ("min_words", "max_words"):
            statements.setdefault(assignment.fragment, set()).add(assignment.field)
    statement = None
    for assignment in reading.assignments:
        name, value = assignment.field, assignment.value
        if name in ("min_words", "max_words") and assignment.fragment != statement:
            statement = assignment.fragment
            bounds = statements[statement]
            if len(bounds) == 1 and seen.get(_RANGE_SAID):
                # "800 mots" then "Correction : plutôt 1 000 mots max": a length said again replaces the range said before
                # it, both its bounds (two bounds said apart, "au moins 600" then "max 900", stay together)
                other = "max_words" if "min_words" in bounds else "min_words"
                setattr(spec, other, None)
                seen.pop(other, None)
            seen[_RANGE_SAID] = len(bounds) == 2
        if name == "focus":
            focus = spec.keywords[-1] if value == _LAST and spec.keywords else value
            if focus in spec.keywords:
                spec.keywords.remove(focus)
            if focus and focus != _LAST:
                spec.keywords.insert(0, focus)
            continue
        if name == "keywords":
            new = [v for v in value if v not in spec.keywords]  # type: ignore[union-attr]
            # The focus keyphrase goes first, even when the brief names it after the others.
            if spec.keywords and _FOCUS_LABEL.match(fold(assignment.fragment)):
                spec.keywords[:0] = new
            else:
                spec.keywords.extend(new)
            continue
        if name == "audience" and assignment.guessed and "audience" in labelled:
            continue  # "público: socios y donantes, … para nuestra delegación de Berlín"
        if name == "title":
            # The headline wins over the page's meta title, whatever their order ("H1 / Title: …", "Meta title: … | Brand");
            # a meta title alone is the title asked for.
            if _META_TITLE.match(fold(assignment.fragment)):
                if "title" in labelled:
                    spec.extra.append(assignment.fragment)
                    continue
            else:
                labelled.add("title")
        if name == "audience" and not assignment.guessed:
            labelled.add("audience")
        if name == "tone" and len(tones) > 1:
            value = ", ".join(dict.fromkeys(map(str, tones)))  # "Ton sobre, on reste factuel": one tone, said twice
        if name in seen and seen[name] != value:
            warnings.append(Phrase("instructions.conflict", name=name, first=seen[name], second=value))
        seen[name] = value
        setattr(spec, name, value)
    spec.extra.extend(reading.extra)
    if spec.min_words is not None and spec.max_words is not None and spec.min_words > spec.max_words:
        # The bound stated last wins over the other one, stated earlier (on this line or before it).
        bounds = [assignment.field for assignment in reading.assignments if assignment.field in ("min_words", "max_words")]
        dropped = "min_words" if bounds and bounds[-1] == "max_words" else "max_words"
        warnings.append(Phrase("instructions.bound_dropped", min_words=spec.min_words, max_words=spec.max_words,
                               bound="minimum" if dropped == "min_words" else "maximum"))
        setattr(spec, dropped, None)
        seen.pop(dropped, None)


def parse(text: str, *, embedded: bool = True, brief: str | None = None) -> ParsedInput:
    """Split text into instruction lines and article lines, and build the Spec.

    `brief` (the run's --instructions) is read first, as if it stood above the article, so that
    instructions embedded in the file win where both speak. With embedded=False no line of the
    file is taken as an instruction.
    """
    lines = [Line(number, content) for number, content in enumerate(text.split("\n"), start=1)]
    taken: dict[int, _LineReading] = {}
    if embedded:
        # A brief forwarded in a mail thread quotes the earlier messages ("> > Max 600 words."): read as written.
        read = [Line(line.number, _QUOTE_MARKS.sub("", line.text)) for line in lines] if ">" in text else lines
        _take_edge(read, taken, from_end=False)
        _take_edge(read, taken, from_end=True)
        if ">" in text and taken:
            _take_quoted_history(lines, read, taken)

    spec = Spec()
    warnings: list[str] = []
    seen: dict[str, object] = {}
    labelled: set[str] = set()
    unmapped: list[Line] = []
    if brief:
        for line in read_brief(brief):
            _apply(spec, line[1], warnings, seen, labelled)
            if line[1].extra:
                unmapped.append(line[0])
    # A reply's quoted messages are older than the reply, and deeper quotes older still: they are read first, so the reply wins.
    for line in sorted(lines, key=lambda line: -_quote_depth(line.text)) if ">" in text else lines:
        if line.number in taken:
            _apply(spec, taken[line.number], warnings, seen, labelled)
            if taken[line.number].extra:
                unmapped.append(line)
    instructions = [line for line in lines if line.number in taken]
    article = [line for line in lines if line.number not in taken]
    while article and not article[0].text.strip():
        article.pop(0)
    while article and not article[-1].text.strip():
        article.pop()
    return ParsedInput(instructions=instructions, article=article, spec=spec, warnings=warnings, unmapped_lines=unmapped,
                       embedded=embedded)


_QUOTE_MARKS = re.compile(r"^\s*>(?:[ \t]*>)*[ \t]?")


def _quote_depth(text: str) -> int:
    marks = _QUOTE_MARKS.match(text)
    return marks.group().count(">") if marks else 0


def _take_quoted_history(lines: list[Line], read: list[Line], taken: dict[int, _LineReading]) -> None:
    """The quoted messages a brief replies to ("> Le 12 mars, Marc a écrit :", "> Quelle longueur ?"), right beside its lines
    with no blank line between: the mail's history, when it shows a mail's header or a brief line of its own (an article's
    blockquote under a brief shows neither)."""
    for step in (1, -1):
        for number in sorted(taken, reverse=step < 0):
            run = []
            index = number + step  # line numbers are 1-based: lines[index - 1]
            while 1 <= index <= len(lines) and index not in taken and _quote_depth(lines[index - 1].text) and read[index - 1].text.strip():
                run.append(read[index - 1])
                index += step
            if run and any(_MAIL_WRAPPER.match(fold(line.text)) or _EMAIL_HEADER.match(fold(line.text)) or read_line(line.text).is_instruction
                           for line in run):
                taken.update((line.number, _read_block_body(line)) for line in run)


def read_brief(brief: str) -> list[tuple[Line, _LineReading]]:
    """Every line of a brief given on the command line is an instruction (as in a labelled block)."""
    readings = []
    for number, content in enumerate(brief.split("\n"), start=1):
        if not content.strip():
            continue
        header = _BLOCK_HEADER.match(fold(content))
        if header and not header.group("rest"):
            continue
        line_text = _header_rest(content, header) if header else content
        readings.append((Line(number, content), read_line(line_text, in_block=True)))
    return readings


# Who speaks, before each message of a chat pasted as it was: "Tom: hey can you redo this one…" / "Tom: oh and keep it in French…".
# "Marc: …", "[14:32] Aurélie APE: …", "Aurélie 14:32 : …": who speaks in a chat, with the time the tool shows
_SPEAKER = re.compile(r"^\s*(?:" + _CHAT_STAMP + r"\s*(?:[-–]\s*)?)?([A-ZÀ-Ý][\w'-]{1,20}(?:\s+[A-ZÀ-Ý][\w'.-]{0,20})?)"
                      r"(?:\s*\([^()\d]{1,30}\))?(?:\s*[,(\[]?\s*\d{1,2}:\d{2}(?::\d{2})?[)\]]?)?\s*:\s+(?=\S)")


# Where a tool shows the card: "Trello › Content Pipeline › In Progress", "Asana > Blog > Doing".
_BREADCRUMB = re.compile(r"\s*[\w' .#&-]{1,30}(?:\s+[›»>]\s+[\w' .#&-]{1,30}){1,4}\s*")


CHAT_REPLY_WORDS = 14  # "t'as le brief du club ?", "oui : ils veulent un truc épique": a colleague's question and its answer
_CHAT_REPLY = re.compile(r"\W*(?:oui|ok|okay|yes|yep|si|ja|d'accord|parfait|super|top|alors|so|vale|va bene|genau)\b")


def _chat_said(text: str) -> str:
    """A chat message without its time and speaker."""
    prefix = _CHAT_PREFIX.match(text) or _SPEAKER.match(text)
    return text[prefix.end():] if prefix else text


def _is_chat_message(text: str) -> bool:
    """A chat's message with its time and speaker: "[22:14] Marion (desk nuit): …", "Mathis [14:02]: …"."""
    return bool(_CHAT_PREFIX.match(text) or (speaker := _SPEAKER.match(text)) and _CHAT_TIME.search(text[:speaker.end()]))


CHAT_DEADLINE_WORDS = 6
_FOR_SOMEONE = re.compile(r"(?:c'est |it's |es |e |ist )?(?:pour|for|para|per|fur)\s+(?:les|des|nos|the|our|los|las|nuestros|i|gli|i nostri|die|unsere)\s+[\w' -]{2,40}")
_DEADLINE_SAID = _LazyPattern(r"\b\d{1,2}\s?h(?:\d{2})?\b|\b\d{1,2}:\d{2}\b|\b(?:demain|ce soir|ce matin|tomorrow|tonight|asap|manana|morgen|domani|avant"
                              r"|before|bis|entro|antes)\b")


def _chat_brief(lines: list[Line], order: list[Line], taken: dict[int, _LineReading]) -> dict[int, _LineReading]:
    """A chat's messages at the edge of the file, one speaker's after another's up to the blank line that parts them from the
    article ("[22:14] Marion (desk nuit): à caler pour 6h" / "…: réécris en 450 mots max" / "…: merci 🙏"), parted from it by a blank
    line: the whole chat is the brief when one of its messages is a brief line; the others are said around it."""
    chat = []
    headers = set()  # "Sophie Marchand — 09:14" over its message, as Slack copies a thread
    start = next((index for index, line in enumerate(order) if line.text.strip()), len(order))
    for line in order[start:]:
        if not line.text.strip() or line.number in taken or len(chat) >= RUN_LINES:
            break
        if _is_chat_header(line.text):
            headers.add(line.number)
        elif not (_is_chat_message(line.text) or line.number > 1 and _is_chat_header(lines[line.number - 2].text)):
            break
        chat.append(line)
    end = start + len(chat)
    if len(chat) < 2 or (end < len(order) and order[end].text.strip()):
        return {}  # (a chat quoted in the article runs on into its text: "Extraits lus à l'audience :" above it)
    messages = [line for line in chat if line.number not in headers]
    said = {line.number: _chat_said(line.text) for line in messages}
    if not messages or not any(read_line(text).is_instruction for text in said.values()):
        return {}  # one message, read alone, is a brief line (a live blog's "la présidente demande un ton plus sobre" is not)
    readings = {number: read_line(text, min_evidence=1) for number, text in said.items()}
    if not all(readings[number].is_instruction or _is_chatter(text) or _FOR_A_THING.match(fold(text).strip()) or _FOR_SOMEONE.fullmatch(fold(text).strip(" .!"))
               or len(text.split()) <= CHAT_REPLY_WORDS and (text.rstrip().endswith("?") or _CHAT_REPLY.match(fold(text)))
               or len(text.split()) <= CHAT_DEADLINE_WORDS and _DEADLINE_SAID.search(fold(text))
               for number, text in said.items()):
        return {}  # the others are said around it ("ok, quel ton ?", "à caler pour 6h", "pour l'agenda du week-end"); "the minister will
        # answer…" is a live blog's
    beyond = next((line for line in order[end:] if line.text.strip()), None)
    if beyond is not None and beyond.text.rstrip().endswith(":"):
        return {}  # "Extraits lus à l'audience :": the article introduces the chat it quotes
    return {line.number: readings[line.number] if line.number in readings and readings[line.number].is_instruction else _LineReading([], [], True)
            for line in chat}


def _said_in_chat(lines: list[Line], line: Line) -> str:
    """A line's message without its speaker, when the line next to it has the same speaker: a chat, not labels ("Titre : …")."""
    speaker = _SPEAKER.match(line.text)
    if speaker is None:
        return line.text
    neighbours = [lines[number - 1].text for number in (line.number - 1, line.number + 1) if 1 <= number <= len(lines)]
    if any((other := _SPEAKER.match(text)) and other.group(1) == speaker.group(1) for text in neighbours):
        return line.text[speaker.end():]
    return line.text


def _is_office_address(text: str) -> bool:
    """An office and its address signing a mail's last line: "Service de presse et communication – Place de l'Université 1,
    1348 Louvain-la-Neuve"."""
    folded = fold(text)
    return len(text) <= SIGNATURE_DETAIL_CHARACTERS and bool(_DIGIT.search(folded) and _OFFICE.search(folded) and _POSTAL_ADDRESS.search(folded))


_MEMO_SENDER = _LazyPattern(r"(?:(?:la|le|l'|the|die|der|il|el|los|las)\s*)?(?:" + _ORDERER + r"|direction|service communication|communication)(?:\s+[\w'-]+){0,2}")
_SIGNATURE_DASH = re.compile(r"\s*(?:—|–|--)\s*[^\W\d_]")  # "— Thomas, rédac web" under the brief


def _postscript_taken(lines: list[Line], taken: dict[int, _LineReading], before: dict[int, _LineReading]) -> bool:
    """The brief taken at the end opens as a postscript, under the letter's closing and signature ("Cordialement, / Marie / PS : …")."""
    first = min((number for number in taken if number not in before), default=None)
    return first is not None and bool(_POSTSCRIPT.match(lines[first - 1].text.strip()))


def _take_edge(lines: list[Line], taken: dict[int, _LineReading], *, from_end: bool) -> None:
    """Take instruction lines (and labelled blocks) from one edge of the file.

    Once a brief is found, a line beside it needs less evidence (one strong field): editors correct
    themselves on the next line ("EDIT: go with 1,000 words"). Wrapper lines (greetings, e-mail headers,
    sign-offs and the name under them) go with the brief they surround, never alone."""
    order = list(reversed(lines)) if from_end else list(lines)
    if table_of_figures([line.text for line in order[:RUN_LINES]]):
        return  # "| Deutsch | 1.240 | 780 |": the article's table at the edge, its languages and figures no brief
    wrappers: list[Line] = []
    pending: dict[int, _LineReading] = {}
    before = dict(taken)
    data = _take_data(order, taken, from_end)
    order = order[data:]
    kinds: dict[int, tuple[str, _LineReading | None]] = {}  # each line's kind, asked by both readers below
    run = _brief_run(lines, order, taken, kinds)
    paragraph = _brief_paragraph(lines, order, taken, kinds, run)
    if len(paragraph) > len(run):
        run = paragraph
    if len(chat := _chat_brief(lines, order, taken)) > len(run):
        run = chat
    taken.update(run)
    took = bool(run) or bool(data)
    index = max((position + 1 for position, line in enumerate(order) if line.number in run), default=0) if run else 0
    while index < len(order):
        line = order[index]
        if line.number in taken:
            break
        if not line.text.strip():
            index += 1
            continue
        data = _take_data(order[index:index + 2 * DATA_LINES], taken, from_end) if may_open_data(line.text) else 0
        if data:
            index += data
            took = True
            continue
        block = _block_at(lines, line, from_end)
        if block:
            for block_line in block:
                taken[block_line.number] = _read_block_line(block_line, block[0])
            index += len(block)
            took = True
            continue
        signature = _is_signature(lines, line)
        if (from_end and took and (signature or _closes_letter(line.text) and not _opens_letter(line.text))
                and not _postscript_taken(lines, taken, before)):
            break  # a closing and its signature above a brief at the end close the article's letter (the brief's own sign below it)
        if from_end and not took and _is_legal_notice(line.text):
            wrappers.append(line)  # the legal notice a company's mail ends on, under the brief and its signature (never alone)
            index += 1
            continue
        if signature or (not took and (_is_separator(line.text) or _is_framed_title(line.text)
                                                        or (not from_end and _BREADCRUMB.fullmatch(line.text)))):
            # "Francesca" under "A presto,": a name, even when it looks like a language name; a rule between the
            # edge and a brief goes with it (the rule under it stays the article's).
            wrappers.append(line)
            index += 1
            continue
        # One strong field is enough beside a brief; a line that fails that fails the stricter reading too.
        said = _said_in_chat(lines, line)
        weak = read_line(said, min_evidence=1)
        reading = weak if took or not weak.is_instruction else read_line(said, min_evidence=2)
        if reading.is_instruction:
            taken[line.number] = reading
            took = True
        elif weak.is_instruction:
            # Read from the end, a correction comes before the brief it corrects: kept if that brief follows.
            pending[line.number] = weak
        elif _is_wrapper(said) or (from_end and not took and (_is_sender(line.text.strip()) or _is_role(line.text.strip()) or _closes_letter(line.text)
                                                                or _is_office_address(line.text))):
            wrappers.append(line)  # the sender's name or company may close a mail with no sign-off: "…Ton sobre." / "Marc", "Fromagerie Morel"
        elif (took and not from_end and index and order[index - 1].number in taken and line.number == order[index - 1].number + 1
              and (_KISSES.search(line.text) or _INITIALS.fullmatch(line.text.strip()) or _opens_letter(order[0].text) or _is_letterhead(order[0].text)
                   or _SIGNATURE_DASH.match(line.text) and not line.text.rstrip().endswith((".", "!", "?", "…", "»", '"')))
              and _is_sender(line.text.strip())):
            # "Marc-André xx", "C.D." right under the brief, or a name under a letter that opened with a greeting: its sender
            wrappers.append(line)
        elif (took != from_end and _REST_LINE.fullmatch(fold(line.text)) and (from_end or (index and order[index - 1].number in taken
                                                                                        and line.number == order[index - 1].number + 1))):
            wrappers.append(line)  # "le reste libre" right under the brief's last line (read from the end, before the brief)
        elif (took and not from_end and index and order[index - 1].number in taken and line.number == order[index - 1].number + 1
              and _is_card_header(order[0].text) and _MEMO_SENDER.fullmatch(fold(line.text).strip(" .—–-"))):
            wrappers.append(line)  # "La direction" under a memo's brief ("NOTE DE SERVICE" above it): who sends the memo
        elif took and not from_end and len(line.text) <= SIGN_OFF_CHARACTERS and line.text.rstrip().endswith(",") and _closes_letter(line.text):
            wrappers.append(line)  # "Musikalische Grüße," under the brief, above the name (a sentence of the article goes on after its comma)
        elif from_end and took and (_is_separator(line.text) or _is_framed_title(line.text) or _BREADCRUMB.fullmatch(line.text)):
            wrappers.append(line)  # the rule, the note's title or the tool's path that parts the brief from the article above it
            break
        elif _REWRITE_THIS.fullmatch(fold(said.strip())) or _is_bare_request(said):
            wrappers.append(line)  # "rewrite this for our facebook pls": the request whose fields the next lines give
        elif _introduces_sender(line.text) and (_opens_paragraph(lines, line) if from_end else not took):
            wrappers.append(line)  # "¡Hola! Soy Lucía, tengo una floristería en Valencia": the letter's first line, above its request
        elif took and index and order[index - 1].number in taken and order[index - 1].text.strip() and (fields := _ticket_fields(order[index:])):
            # "Statut : à faire", "Ticket #8841 — Résumé : …": the ticket the brief is in, up to the blank line that parts it from the
            # article (without one, where the brief ends is not known: the article keeps them)
            taken.update((field.number, _read_block_body(field)) for field in fields)
            index += len(fields)
            continue
        else:
            break
        index += 1
    introduced = [line for line in wrappers if _introduces_sender(line.text)]
    if took and introduced and not any(_ABOUT_THE_TEXT.search(fold(lines[number - 1].text)) for number in taken if number not in before):
        # A letter that opens on who writes asks the writer about the text ("Could you rewrite this…", "400 words"); "Sono Giulia…
        # / Vorrei un cartello in italiano e in inglese" is a reader's letter to the paper.
        taken.clear()
        taken.update(before)
        return
    if took:
        # A sign-off and a name are a letter's, whose body may hold more than the brief's lines read so far (who the
        # client is, above "Le solicito reescribir…"): the letter is taken when it holds every line taken here.
        here = {number for number in taken if number not in before} | {line.number for line in wrappers} | set(pending)
        letter = _letter(lines, order, before, from_end) if _closes_letter_near(order) else {}
        if letter and here <= set(letter):
            taken.update(letter)
            return
        taken.update((line.number, _LineReading([], [], True)) for line in wrappers)
        taken.update(pending)
    elif any(_is_bare_request(line.text) for line in wrappers):
        # "Merci de réécrire cet article.": a request that sets nothing, with its greeting and thanks around it
        taken.update((line.number, _LineReading([], [], True)) for line in wrappers)
    else:
        taken.update(_letter(lines, order, taken, from_end))  # a letter whose paragraphs hold the brief among other things




def _take_data(order: list[Line], taken: dict[int, _LineReading], from_end: bool) -> int:
    """A brief written as data at the edge (JSON, YAML, an INI section, a table): its pairs read as the
    lines of a labelled block, all on its first line (in the file's order). Taken when two of its keys
    name fields that its values set: a config file or a table of figures in the article names none.
    Returns how many lines of `order` it spans (0: none)."""
    if not may_open_data(next((line.text for line in order if line.text.strip()), "")):
        return 0
    data = data_block([line.text for line in order[:2 * DATA_LINES]], from_end=from_end)
    if data is None:
        return 0
    if any(key in ("@context", "@type") for key, _ in data.pairs):
        return 0  # JSON-LD ("@context", "@type": "NewsArticle", "inLanguage", "wordCount"): the page's metadata
    readings = [(key, _read_pair(key, value)) for key, value in data.pairs]
    if len({fold(key) for key, reading in readings if reading.assignments and _FIELD_KEY.search(fold(key))}) < 2:
        return 0
    fields = {assignment.field for _, reading in readings for assignment in reading.assignments}
    if unruled_table([line.text for line in order[:data.size]]) and not fields & {"keywords", "min_words", "max_words"}:
        return 0  # "Título | Idioma | Público" over a book's row: a tool's export names its keywords or its length
    block = [line for line in order[:data.size] if line.text.strip()]
    first = min(block, key=lambda line: line.number)
    for line in block:
        taken[line.number] = _LineReading([], [], True)
    taken[first.number] = _LineReading([assignment for _, reading in readings for assignment in reading.assignments],
                                       [extra for _, reading in readings for extra in reading.extra], True)
    return data.size


def _read_pair(key: str, value: str) -> _LineReading:
    """A pair of a brief's data read as a labelled line. A data key is written for a program: its bound may
    come first ("max_palabras"), its umlauts as two letters ("max_woerter", "tonalitaet") and its words joined
    ("zielwoerter")."""
    bound = _KEY_BOUND.search(key)
    if bound and _DIGIT.search(value) and not _BOUND_ALONE.match(fold(value)):
        key, value = (key[:bound.start()] + key[bound.end():]).strip(), f"{bound.group().strip()} {value}"
    if _field_of_key(fold(key)) == "title" and not _QUOTE_START.match(value):
        value = f"«{value}»"  # "¿Hipoteca fija o variable? Lo que conviene en 2024" is one title, not two clauses
    reading = read_line(f"{key}: {value}", in_block=True)
    if not reading.assignments:
        # Labels typed with ae/oe/ue are read as such (`_field_of_key`); a unit joined to its noun is split here.
        plain = _untransliterated(fold(key))
        spelled = _UNIT_COMPOUND.sub(" ", plain)
        if spelled != plain:
            return read_line(f"{spelled}: {value}", in_block=True)
    return reading


_KEY_BOUND = re.compile(r"(?:^|\s)(?:min|max|minimum|maximum|mini|maxi|minimo|maximo|massimo|mindestens|hochstens|höchstens)(?=\s|$)", re.IGNORECASE)
_TRANSLITERATED = re.compile("ae|oe|ue", re.IGNORECASE)
_UNIT_COMPOUND = re.compile(r"(?<=\w)(?=worter\b)")  # "zielworter", folded


# A letter's head, above its greeting: who sends it ("PRÉFECTURE DU FINISTÈRE", "Universität Freiburg – Frankreich-Zentrum",
# "Direction de la communication", "Le Maire"), where and when ("Brest, le 5 mars 2025"), about what ("Objet : …") and for whom
# ("À l'attention du service réécriture").
_LETTERHEAD = re.compile(r"\W*(?:(?:objet|object|oggetto|asunto|betreff|concerne|re|ref)\s*:"
                         r"|(?:a l'attention|all'attenzione|a la atencion|to the attention|for the attention|attn|z\.\s?hd)\b"
                         r"|(?:le|la|the|el|il|der|die)\s+(?:maire|mairesse|president|presidente|prasident|directeur|directrice|director|directora|direttore"
                         r"|direttrice|sindaco|alcalde|alcaldesa|burgermeister|burgermeisterin|prefet|prefete|rector|rettore|doyen)\b"
                         r"|[a-z][\w' -]{1,30},\s+(?:le\s+)?\d{1,2}(?:er)?\.?\s+(?:de\s+)?[a-z]+\s+(?:de\s+)?\d{4}\s*$"
                         # the body sending it, named first
                         r"|(?:prefecture|prefettura|prefectura|conseil|consejo|consiglio|ville de|stadt|universite"
                         r"|universitat|universita|universidad|university|direction|direccion|direzione|service|servicio|servizio|ufficio|bureau|cabinet"
                         r"|ministere|ministerio|ministero|ministerium|region|departement|diputacion|provincia|landkreis|office|department"
                         r"|" + _LOCAL_BODIES + r"|hochschule|fachhochschule|pressestelle|press office"
                         r"|ufficio stampa|gabinete de prensa|ecole|lycee|college|colegio|liceo|instituto|istituto|institut|musee|museo|museum|bibliotheque"
                         r"|biblioteca|bibliothek|fondation|fundacion|fondazione|stiftung|federation|federacion|federazione|comite|comitato)\b[^:]*$)")
LETTERHEAD_LINES = 5


_BUSINESS_FIRST = _LazyPattern(r"(?:le |la |l'|el |il |the |die |der |das )?(?:" + _BUSINESSES + r")\b")
BUSINESS_NAME_WORDS = 6


def _is_business_name(text: str) -> bool:
    """A business named on its own line: its kind, then its name ("Château Lamothe-Bergey, Entre-deux-Mers", "Brasserie du Lac",
    "Administration communale de Fourons"); "Hotel prices soar in Paris", "Ferme le dimanche" go on in lower case."""
    kind = _BUSINESS_FIRST.match(fold(text))
    words = text[kind.end():].replace(",", " ").split() if kind else []
    return bool(kind and words and len(text.split()) <= BUSINESS_NAME_WORDS
                and all(word[:1].isupper() or word.lower() in _NAME_PARTICLES for word in words)
                and any(word[:1].isupper() for word in words))


@lru_cache(maxsize=4096)  # asked of the edge's first lines by the run, the letter and the brief's tests
def _is_letterhead(text: str) -> bool:
    text = text.strip()
    if not text or len(text.split()) > 10 or text.endswith((".", "?", "!", ",")) or _BULLET.match(text) or "/" in text or "|" in text:
        return False
    folded = fold(text)
    letters = [char for char in text if char.isalpha()]
    if not (_LETTERHEAD.match(folded) or _is_business_name(text)
            or (":" not in text and len(letters) >= 6 and len(text.split()) >= 2 and all(char.isupper() for char in letters))):
        return False  # (a head is "PRÉFECTURE DU FINISTÈRE", "Direction de la communication", …)
    return not (_FIELD_KEY.search(folded) or _SEO_PATTERN.search(folded))  # "Titolo: Il bilancio del Comune di Mentone", "BRIEF SEO" name fields


def _letter(lines: list[Line], order: list[Line], taken: dict[int, _LineReading], from_end: bool) -> dict[int, _LineReading]:
    """A brief sent as a letter at the edge of the file: a greeting, then paragraphs and lists, then a sign-off
    and the sender's name ("Hi Sam, / Hope you're well! … / Requirements: / - … / Thanks so much, / Priya").
    What lies between the greeting and the sign-off is read as a block: its prose (who the client is, why)
    goes to the model. It must set two fields or more, and be short."""
    edge = [line for line in order if line.text.strip()][:LETTER_LINES + 4]
    if not edge or edge[0].number in taken:
        return {}
    if from_end:
        # The sender's name (a line or two under the sign-off), the sign-off, then up to the greeting.
        close = next((index for index, line in enumerate(edge[:2 + SIGNATURE_BLOCK_LINES]) if _closes_letter(line.text)), None)
        if close is None or not all(_is_sender(line.text) or _is_role(line.text) or _is_signature_detail(line.text) or _is_separator(line.text)
                                    for line in edge[:close]):
            return {}
        signature = {line.number for line in edge[:close]}
        greeting = next((index for index in range(close + 1, len(edge)) if _opens_letter(edge[index].text)), None)
        greeted = greeting is not None
        if greeting is None:
            # no greeting of its own line ("Hello, I'm a retired schoolteacher who…"): the paragraph above the sign-off
            greeting = close + 1 if close + 1 < len(edge) and edge[close + 1].number == edge[close].number - 1 else None
            while greeting is not None and greeting + 1 < len(edge) and edge[greeting + 1].number == edge[greeting].number - 1:
                greeting += 1
            if greeting is None:
                return {}
            greeted = bool((opening := _COURTESY.match(fold(edge[greeting].text))) and opening.end())  # "Hello, I'm a retired…"
        elif greeting + 1 < len(edge) and edge[greeting + 1].number == edge[greeting].number - 1:
            head = greeting + 1  # the letter's head, right above its greeting
            while head < min(len(edge), greeting + 1 + LETTERHEAD_LINES) and _is_letterhead(edge[head].text):
                head += 1
            greeting = head - 1
        envelope = edge[:greeting + 1]
    else:
        # the letter's head above its greeting (a head only above a greeting)
        head = next((index for index in range(min(len(edge), LETTERHEAD_LINES + 1)) if not _is_letterhead(edge[index].text)), 0)
        if head and not _opens_letter(edge[head].text):
            head = 0
        close = next((index for index in range(head + 1, len(edge)) if _closes_letter(edge[index].text)), None)
        if close is None:
            return {}
        greeted = _opens_letter(edge[head].text)
        if not greeted and any(edge[index + 1].number != edge[index].number + 1 for index in range(close)):
            return {}  # without a greeting, the file opens on the letter's one paragraph, right above its sign-off
        sender = close + 1
        # The name, then its role or team, right under the line before it (past a blank line, a short line is the article's).
        while sender < min(len(edge), close + 2 + SIGNATURE_BLOCK_LINES) and (
                _is_sender(edge[sender].text)
                or (edge[sender].number == edge[sender - 1].number + 1 and (_is_role(edge[sender].text) or _is_signature_detail(edge[sender].text)))):
            sender += 1
        signature = {line.number for line in edge[close + 1:sender]}
        envelope = edge[:sender]
    letterhead = {line.number for line in envelope if _is_letterhead(line.text)}
    body = [line for line in envelope
            if not (_opens_letter(line.text) or _closes_letter(line.text) or _is_sender(line.text) or line.number in letterhead
                    or line.number in signature)]
    if not body or len(body) > LETTER_LINES or any(len(line.text) > MAX_BLOCK_LINE for line in body):
        return {}
    readings = {line.number: _read_block_body(line) for line in body}
    fields = {_EVIDENCE.get(a.field, a.field) for reading in readings.values() for a in reading.assignments
              if not a.weak and a.field in _STRONG_FIELDS}
    # Greeted and signed, a letter that asks the writer needs one field ("Pourriez-vous simplement le réécrire, … sans dépasser 250 mots ?")
    asks = greeted and any(_is_request(clause.text) or _ASKED_TO_REWRITE.search(fold(clause.text)) for line in body for clause in split_clauses(line.text))
    if len(fields) < (1 if asks else 2):
        return {}
    # A reader's letter asks the paper, not the writer ("Je demande que votre journal publie le budget en arabe"); three fields
    # or more make a brief ("l'articolo originale è di 1.450 parole: va accorciato a massimo 900 parole, in italiano, tono sobrio").
    if len(fields) < 3 and not any(_TO_THE_WRITER.search(fold(line.text)) or _key_value(fold(_unmarked(line.text))) or _BULLET.match(line.text)
               or any(_is_request(clause.text) for clause in split_clauses(line.text)) or read_line(line.text).is_instruction for line in body):
        return {}
    return {line.number: readings.get(line.number, _LineReading([], [], True)) for line in envelope}


def _closes_letter_near(order: list[Line]) -> bool:
    """Whether a sign-off stands among the first lines of an edge (a cheap test before reading a letter)."""
    return any(_closes_letter(line.text) for line in order[:LETTER_LINES + 8] if line.text.strip())


def _opens_letter(text: str) -> bool:
    folded = fold(text.strip())
    if _GREETING.fullmatch(folded) or _is_wrapper(text):
        return True
    # "¡Hola! Somos la Panadería Ruiz, de Valladolid.", "Hi! I'm Hannah, I run a yoga studio": the greeting, then who writes
    greeting = _COURTESY.match(folded)
    rest = text.strip()[greeting.end():] if greeting and greeting.end() else ""
    return bool(rest.strip(" ,!.")) and _about_the_sender(rest.strip(" ,!."))


SIGN_OFF_CHARACTERS = 40  # "Avec mes remerciements anticipés,"


@lru_cache(maxsize=4096)  # asked of each line near the edge by the letter, signature and sign-off tests, some twenty times a file
def _closes_letter(text: str) -> bool:
    if len(text) > 160:
        return False  # a sign-off is a short line; most lines of an edge are longer
    folded = fold(text.strip())
    if _COURTESY.fullmatch(folded) or _SIGN_OFF.fullmatch(folded):
        return True
    # the name on the sign-off's own line: "merci ben! Marc-André", "merci!! Marc-André, bénévole à la radio communautaire"
    thanks, mark, name = text.strip().partition("!") if "!" in text else text.strip().partition(",")
    return bool(mark and name.strip(" !") and len(thanks) <= SIGN_OFF_CHARACTERS and _COURTESY.fullmatch(fold(thanks).strip())
                and _is_sender(name.strip(" !")))


@lru_cache(maxsize=4096)  # asked of each line near the edge by the letter, signature and sign-off tests
def _is_sender(text: str) -> bool:
    """A name under a sign-off ("Priya", "Marie Dupont", "Service communication"), perhaps with the team after a comma
    ("Lucía, redacción web"); not a labelled line or a bullet, whose German nouns are capitalised too
    ("- Zielgruppe: Aquarium-Einsteiger")."""
    text = text.strip()
    if text.startswith(("— ", "– ")):
        text = text[2:]  # "— La rédaction": a signature's dash, not a list's
    elif _BULLET.match(text):
        return False
    if ":" in text:
        return False
    text = _KISSES.sub("", _SIGNED_FOR.sub("", _without_chat_marks(text).strip(), count=1))  # "Chloe 💍", "i. A. Petra Vogel", "Marc-André xx"
    text = _LEGAL_FORM.sub("", text)  # "Jens, Pressewart RSV Freiburg 1899 e.V.": the club's founding year and its legal form
    if _names(text) and len(text.split()) <= 4:
        return True
    # "Monique Ferrand, secrétaire du Club des aînés", "Sarah | Brightlane Digital", "Lucía (cuentas)": the name, then who they are
    parted = _SIGNED_ROLE.split(text, maxsplit=1)
    if len(parted) == 2 and _names(parted[0]) and 1 <= len(parted[0].split()) <= 3 and 1 <= len(parted[1].split()) <= SIGNED_ROLE_WORDS:
        return not _NARRATIVE.search(fold(parted[1])) and not _SENTENCE_MARK.search(parted[1])
    # An office signing for its body: "Ufficio Stampa del Comune", "Le service des publics du Musée des Beaux-Arts",
    # "Gabinete de Comunicación, Universidad de Salamanca"
    return ((text[:1].isupper() or bool(_DETERMINER_START.match(text))) and len(text.split()) <= SIGNED_ROLE_WORDS + 2 and bool(_OFFICE.search(fold(text)))
            and not _SENTENCE_MARK.search(text) and not _NARRATIVE.search(fold(text)))




_SIGNED_ROLE = re.compile(r"\s*[,|(]\s*|\s+[–—-]\s+")
# A signature's address: a street with its number ("20 Finsbury Square", "C/ Serrano 41", "Leopoldstraße 112"), a postcode before
# its town ("8008 Zürich", "28001 Madrid") or a British one ("EC2A 1DX").
_POSTAL_ADDRESS = _LazyPattern(r"\b\d{1,4}\s*(?:bis|ter|[a-z])?,?\s+(?:rue|avenue|av\.|bd|boulevard|chemin|place|quai|allee|impasse|route|street|st\.?|road|rd"
                             r"|square|lane|way|calle|c/|avda\.?|plaza|paseo|via|viale|piazza|corso|largo)\b"
                             r"|\b(?:rue|avenue|boulevard|chemin|place|street|road|square|calle|c/|avda\.?|plaza|paseo|via|viale|piazza|corso)\s+[\w' .-]{2,40}\s\d{1,4}\b"
                             r"|[a-z]+(?:strasse|straße|str\.|weg|platz|gasse|allee|ring|damm)\s+\d{1,4}\b"
                             # a postcode and its town closing the line or before a comma, after a comma or a dot ("…, 8008 Zürich")
                             r"|(?:^|[,·|]\s*)\d{4,5}\s+[a-z][\w'-]+(?:[\s-][a-z][\w'-]+)?\s*(?:,|$)"
                             r"|\b[a-z]{1,2}\d[a-z\d]?\s+\d[a-z]{2}\s*$"  # a British postcode, last: "London EC2A 1DX"
                             r"|^(?:tel|phone|fon|mobile|mob|movil|cell|handy|fax)\.?\s*[:.]?\s*\+?\d")  # a phone's label before its number
SIGNATURE_DETAIL_CHARACTERS = 100
_CONTACT_LABEL = re.compile(r"^(?:t[eé]l(?:[eé]phone)?|phone|mob(?:ile)?|portable|fax|e-?mail|courriel|web|site)\.?\s*:\s*", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of each short line at an edge by the signature's and the letter's readers
def _is_signature_detail(text: str) -> bool:
    """A line of a signature block under the name: an address, a phone number, a link, or the name's parts joined by bars
    ("Lucía Romero | Project Manager | Traducciones Atenea S.L. | +34 91 555 01 23")."""
    text = _CONTACT_LABEL.sub("", text.strip())  # "Tél. : +33 …": the label's colon ends no role
    if not text or len(text) > SIGNATURE_DETAIL_CHARACTERS or _BULLET.match(text) or _ROLE_END.search(text.rstrip(".")):
        return False
    folded = fold(text)
    if _CONTACT.search(folded) or (_DIGIT.search(folded) or folded.startswith(("t", "p", "f", "m", "c", "h"))) and (
            _PHONE.search(folded) or _POSTAL_ADDRESS.search(folded)):  # (an address or a phone has a figure, or its label first)
        return not _NARRATIVE.search(folded) and sum(any(character.isalpha() for character in word) for word in text.split()) <= SIGNATURE_ROLE_WORDS + 2
    parts = [part.strip() for part in re.split(r"\s[|·•]\s|\s[–—]\s", text) if part.strip()]
    return len(parts) >= 3 and _names(parts[0]) and all(_is_role(part) or _is_signature_detail(part) or _names(part) for part in parts[1:])


# A sentence's end, or a figure, in what follows a name: a dateline ("Paris, le 3 mars") or a sentence, not a role ("1. Vorsitzender"
# is an ordinal).
_SENTENCE_MARK = re.compile(r"(?<!\b\d)(?<![\s(][A-ZÀ-Ý])[.!?;:](?:\s|$)|\d(?!\.\s)")  # "assistante de M. le Maire": an initial's dot
SIGNED_ROLE_WORDS = 7
_LEGAL_FORM = re.compile(r"(?:\s+(?:1[89]\d\d|20\d\d))?\s+(?:e\.\s?V\.|GmbH|AG|Ltd\.?|S\.A\.|S\.L\.|s\.r\.l\.|SARL|SAS|asbl|ASBL|a\.s\.b\.l\.)\s*$")
# Signed on someone's behalf: "i. A. Petra Vogel", "p.o. Jean Dupont", "pp Sarah Lee".
_INITIALS = re.compile(r"[A-ZÀ-Ý]\.\s?(?:[A-ZÀ-Ý]\.\s?){0,2}")
_KISSES = re.compile(r"\s+(?:x+|xoxo|bises|bisous|besos|baci|kisses)\s*$", re.IGNORECASE)  # "Margaret x"
_SIGNED_POSSESSIVE = re.compile(r"^(?:eure|euer|ihre|ihr|your|yours|votre|ta|ton|tu|su|vostra|vostro|la vostra|il vostro)\s+", re.IGNORECASE)
_SIGNED_FROM = re.compile(r"\s+(?:vom|von der|von|from|de la|du|de l'|des|de|della|del|dello|of the|of)\s+\S.*$", re.IGNORECASE)
_SIGNED_FOR = re.compile(r"^(?:i\.\s?a\.|i\.\s?v\.|p\.\s?o\.|p/o|pp\.?)\s+", re.IGNORECASE)
LETTER_LINES = 14  # lines of a letter's body, between its greeting and its sign-off
# A sign-off: a short line opening on a courtesy ("Merci d'avance et belle journée,", "Grazie mille e buon lavoro!",
# "Danke dir und liebe Grüße"), or a closing formula ("Quedo a la espera.", "Talk soon").
_SIGN_OFF = re.compile(r"\W*(?:(?:" + _alternatives(_COURTESY_WORDS + "|" + _FORMAL_CLOSINGS) + r")\b[^.!?:]{0,40}|quedo a la espera|quedo atento|quedo atenta"
                       # the French formal closing runs long: "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
                       r"|(?:veuillez|je vous prie d'|nous vous prions d') ?agreer[^.!?:]{0,90}\bsalutations\b[^.!?:]{0,30}"
                       # French sign-offs said with an adverb of their own: "Sportivement,", "Musicalement,", "Amitiés,"
                       r"|(?:bien |tres )?[a-z]{4,}ment|amities|amitie|bien amicalement"
                       r"|bien cordialement|tres cordialement|bien a toi|amicalement|bien amicalement|atentamente|cordialmente|un cordial saludo"
                       r"|herzliche grusse|mit besten grussen|freundliche grusse|distinti saluti|un abbraccio|kind wishes|warm regards"
                       r"|hasta pronto|talk soon|speak soon|see you|bis bald|a tres vite|resto in attesa|en espera de tu respuesta"
                       # sign-offs typed short: "Cdlt", "Bàv", "MfG", "LG", "Atte.", "Rgds"
                       r"|cdlt|cdt|bav|slts|mfg|lg|vg|atte|rgds|kr|br|cordialement votre"
                       # a blessing closes a parish's letter: "Que Dieu vous garde,", "God bless,", "Dios le bendiga,", "Gottes Segen,"
                       r"|que dieu vous (?:garde|benisse)|dieu vous benisse|en union de prieres?|(?:bien )?fraternellement|god bless(?: you)?"
                       r"|dios (?:le|les|te|os) bendiga|que dios (?:le|les|te|os) bendiga|dio (?:vi|ti|la) benedica|che dio (?:vi|ti|la) benedica|gottes segen|mit gottes segen"
                       # greetings said with a word of their own: "Sportliche Grüße", "Sunny regards", "Saludos playeros"
                       r"|(?:[a-z-]+\s+){1,2}(?:grusse|gruße|gruesse|grussen|grußen|gruessen|regards|wishes|saludos|saluti)\b[^.!?:]{0,30}|(?:saludos|saluti)\s+[a-z]+)[.,!]*")


# Labels of a brief's lines that name no field of the spec ("Client:", "Order #48213", "Content type:"):
# neutral beside field lines; what they say goes to the model as the editor wrote it.
_NEUTRAL_LABEL = re.compile(r"^" + _alternatives(
    "client|customer|account|brand|project|order|ticket|job|task|deliverable|content type|type|format|category|section|deadline|due"
    "|assignee|assigned to|owner|reporter|responsable|assigne a|assignee a|attribue a|attribuee a|asignado a|asignada a|assegnatario|assegnataria|assegnato a|assegnata a|responsabile"
    "|zustandig|verantwortlich|bearbeiter|bearbeiterin|fecha limite|attivita|sprint|labels|etiquettes|etiquetas|etichette|specs|spec|specifications|specification|cahier des charges|especificaciones|spezifikation"
    "|" + _WRITER_NOUNS + "|reviewer|relecteur|relectrice|card|list|members|member|board|column|carte|liste|membres|tarjeta|lista|miembros"
    "|karte|mitglieder|scheda|membri|workflow|stage|step|phase|etape|etapa|fase|due date|date|publication|channel|platform|objective|goal|purpose|structure|notes|note|comments|budget|priority|status"
    "|ref|reference|topic|subject|angle|cta|call to action|links|sources|internal links|meta description|meta|slug|url"
    "|projet|commande|tache|livrable|type de contenu|type de texte|categorie|rubrique|echeance|delai|date de remise|support"
    "|canal|objectif|but|structure|remarques|commentaires|priorite|statut|sujet|angle|liens|liens internes|meta-description"
    "|cliente|proyecto|pedido|encargo|tarea|entregable|tipo|tipo de contenido|tipo de texto|formato|categoria|seccion|plazo"
    "|fecha|fecha de entrega|autor|medio|canal|objetivo|finalidad|estructura|notas|comentarios|prioridad|estado|tema|enlaces"
    "|kunde|kundin|projekt|auftrag|aufgabe|textart|textsorte|texttyp|format|kategorie|rubrik|abgabe|termin|frist|autor|medium"
    "|kanal|ziel|zweck|struktur|aufbau|anmerkungen|kommentare|prioritat|thema|links|interne links"
    "|committente|progetto|ordine|compito|incarico|consegna|tipologia|tipo di contenuto|tipo di testo|categoria|rubrica|scadenza"
    "|data di consegna|autore|canale|obiettivo|scopo|struttura|commenti|priorita|stato|tema|argomento|link") + r"\b")


# What a brief says of the text or to its writer: a length, the text named, a rewrite verb, "you".
_ABOUT_THE_TEXT = _LazyPattern(r"\b(?:" + _UNIT_WORDS + "|" + _TEXT_NOUNS + r"|this|it|ce|ca|esto|questo|lo|la|" + _REWRITE_VERBS
                               + r"|you|vous|tu|du|sie|usted|ustedes|voi|lei)\b")
# A request to rewrite this text, with no field: "rewrite this for our facebook pls" (not "Rewrite this city's story"), "Pouvez-vous
# réécrire ce texte s'il vous plaît", "Bitte den Text umschreiben", "réécriture classique svp".
_BARE_OBJECT = ("this|it|this one|this text|this piece|this story|ce papier|ce billet|este articulo|questo pezzo|diesen beitrag|this article|this piece|the text|the article|ce texte|cet article|l'article|le texte|ca|le|este texto|el articulo"
              "|el texto|este articulo|questo testo|l'articolo|il testo|questo articolo|lo|den text|den artikel|diesen text|diesen artikel|das|es")
_BARE_POLITE = r"(?:pls|plz|please|merci de|bitte|por favor|per favore|svp|stp|s'il (?:te|vous) plait)"
_REWRITE_THIS = re.compile(
    r"\W*(?:(?:hey|hi|hello|oh|ok|okay|salut|coucou|hola|oye|ciao|hallo)(?:\s+(?:le desk|la team|team|all|tous|everyone|guys|les gars))?\s*[,!]?\s+)?"
    r"(?:" + _BARE_POLITE + r"\s+)?(?:(?P<modal>could you|can you|would you|pouvez-vous|pourriez-vous|peux-tu|pourrais-tu"
    r"|(?:est-ce que )?(?:vous pourriez|vous pouvez|tu peux|tu pourrais)"
    r"|puedes|podrias|puede|podria|potresti|puoi|potete|potreste|kannst du|konnen sie|konntest du|konnten sie)"
    # "Could you please rewrite…", "vous pouvez me réécrire ça"
    r"(?:\s+(?:please|kindly|svp|stp|bitte|por favor|per favore))?(?:\s+(?:me|nous|mir|uns|mi))?\s+)?"
    r"(?:(?:just|simply|juste|simplement|solo|solamente|semplicemente)\s+)?"
    r"(?:(?:a reecrire|to rewrite|to be rewritten|da riscrivere|a reescribir|para reescribir|zum umschreiben)"
    r"(?:\s+(?:pour|for|para|per|bis|entro|by|avant|before)\s+[\w' -]{2,30}?)?(?=\s*(?:,|$|" + _BARE_POLITE + r"))|"  # "à réécrire pour demain matin svp"
    r"(?:rewrite|re-write|redo|rework|reecris|reecrivez|reecrire|reformule|reformulez|reformuler|reprendre|reprenez|reprends|adapter|adaptez"
    r"|polish|tidy up|clean up|improve|ameliorer|ameliorez|(?:me )?(?:re)?mettre(?=\s+\S+(?:\s+\S+)?\s+au propre)|peaufiner|mejorar|pulir|migliorare"
    r"|sistemare|sistemi|verbessern|reescribe|reescribir|reescribid|riscrivi"
    r"|riscrivere|riscrivete|schreib|schreibt|schreiben sie)\s+(?P<object>" + _BARE_OBJECT + r")(?:\s+(?:up|um|too|as well|also|aussi|auch|tambien|anche))?"
    r"(?:\s+(?:below|above|ci-dessous|ci-dessus|abajo|arriba|qui sotto|sotto|sopra|unten|oben|attached|en piece jointe|adjunto|allegato))?"
    r"(?:\s+(?:for|pour|para|per|fur)\s+[\w' -]{2,40})?"
    # how: "avec vos propres mots", "in your own words", "so it reads a bit better", "au propre"
    r"(?:\s+(?:avec vos propres mots|avec tes propres mots|in your own words|con tus propias palabras|con sus propias palabras|con parole tue"
    r"|con parole vostre|mit eigenen worten|so (?:that )?it reads (?:a bit |a little )?better|au propre|en plus simple|plus simplement|more simply"
    r"|in simpler words|en palabras mas sencillas|in modo piu semplice|einfacher))?"
    # German puts the verb last: "Bitte umschreiben", "den Text bitte überarbeiten"
    r"|(?:(?:" + _BARE_OBJECT + r")\s+)?(?:bitte\s+)?(?:(?:einfach|nur|mal|kurz|eben)\s+)*(?:umschreiben|uberarbeiten|neu schreiben)"
    # the job's name: "réécriture classique svp", "standard rewrite please"
    r"|(?:(?:a|une|un|una|eine)\s+)?(?:(?:standard|simple|classic|normal|quick|small|light|petite)\s+)?(?:reecriture|rewrite|reescritura|riscrittura"
    r"|uberarbeitung|umschreibung)(?:\s+(?:classique|standard|simple|normale|habituelle|normal|estandar|normale|semplice|rapide))?"
    r"(?:\s+(?:of|de|du|del|des|dell'|della|von)\s+(?P<noun_object>(?:the |this |ce |cet |l'|el |este |il |questo |dem |diesem )?(?:text|article|piece|texte"
    r"|articulo|texto|articolo|testo|artikel)(?:\s+(?:below|above|ci-dessous|ci-dessus|abajo|arriba|qui sotto|sotto|sopra|unten|oben))?))?"
    r"(?:\s+(?:for|pour|para|per|fur)\s+[\w' -]{2,40}?)?"  # "une réécriture pour le blog de l'école svp"
    r"(?:\s+(?:please|pls))?)"
    r"(?:\s*,?\s*(?:" + _BARE_POLITE + r"|thanks|thx|merci|danke|gracias|grazie))?\W*")
# Nothing more asked: "rien de particulier", "nothing special", "wie immer", "in your own words", "sans en changer le fond";
# or the sender owning they cannot write ("Je n'y connais rien").
_NOTHING_MORE = re.compile(r"\W*(?:rien de (?:particulier|special|complique)|pas de consigne particuliere|nothing (?:special|else|fancy|complicated)|no special requirements"
                           r"|nada (?:complicado|especial)|niente di (?:complicato|speciale)|nichts kompliziertes"
                           r"|(?:aucune|pas de|sans) (?:contrainte|consigne)s?(?: particuliere)?s?|no (?:particular )?(?:constraints|requirements|instructions)"
                           r"|sin (?:ninguna )?(?:restriccion|indicacion)(?:es)?(?: especial(?:es)?)?|nessun (?:vincolo|requisito)(?: particolare)?"
                           r"|keine (?:besonderen )?(?:vorgaben|wunsche)"
                           # the text the request is about, said before it: "Pour ce texte, …", "For this one: …"
                           r"|(?:pour|for|para|per|fur) (?:ce|cet|this|este|esta|questo|questa|diesen|dieses) (?:texte|article|text|articulo|texto|testo|articolo|artikel|beitrag|piece|one)"
                           r"|" + _AS_USUAL + r"|nada especial|niente di particolare"
                           r"|nichts besonderes|no changes to (?:the )?(?:length|format)(?: or anything)?|[a-z][\w-]+ again|encore moi|re-?moi|me again"
                           # who writes, by name: "Anke hier", "Dave here", "ici Paul"; when it is due: "c'est pour demain"
                           r"|[a-z][\w-]+ (?:hier|here|aqui|qui)|ici [a-z][\w-]+"
                           r"|(?:c'est |it's |it is |es |e |ist )?(?:pour|for|by|para|per|entro|bis)\s+(?:demain|tomorrow|manana|domani|morgen|ce soir|tonight"
                           r"|lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday|asap)"
                           r"|sans (?:en )?changer (?:le fond|le sens|les faits)|without changing (?:the )?(?:meaning|facts|substance)"
                           r"|sin cambiar (?:el sentido|el fondo|los hechos)|senza cambiare (?:il senso|i fatti)|ohne den (?:inhalt|sinn) zu andern"
                           r"|je n'y connais rien|je ne suis pas (?:tres )?doue(?:e)? pour (?:ca|l'ecriture|ecrire)|i'm (?:not|no) (?:good at|much of a) (?:writing|writer)"
                           r"|no se me da bien escribir|non sono brav[oa] a scrivere|ich kann nicht gut schreiben)\W*")
# A rewrite asked in the imperative or of "you", its object a pronoun: "Réécris-le.", "riscrivilo per favore", "reescríbelo xfa",
# "¿lo reescribes?", "Je vous laisse le réécrire", "vous pouvez me le réécrire ?", "schreib es bitte um". The verb's form says who
# is asked and what, where "Réécrire le texte" (a heading) needs a polite word or a modal.
_REWRITE_IT = re.compile(
    r"\b(?:reecri(?:s|vez)|reformulez?|retravaillez?|reprends|reprenez|refais|refaites)-(?:le|la|les)\b"
    r"|\b(?:tu|vous|me|te|nous|qqn|quelqu'un)\s+(?:\w+\s+){0,2}?(?:le|la|l')\s*(?:reecri\w*|retravaill\w*|reformul\w*)"
    r"|\b(?:merci de|pourriez-vous|pouvez-vous|peux-tu|pourrais-tu|veuillez)\s+(?:me\s+|nous\s+)?(?:le|la|l')\s*(?:reecri\w*|retravaill\w*|reformul\w*|reprendre)"
    r"|\b(?:tu|vous|tu px|tu peux|vous pouvez|vous pourriez|qqn peut|quelqu'un peut|faut|il faut|il faudrait|merci de)\s+(?:me\s+|nous\s+)?"
    r"(?:reecri\w*|retravaill\w*|reprendre|reformuler)"
    r"\s+(?:ca|cela|ce texte|cet article|l'article|le texte|ce papier|ce billet|le papier|celui-la|celle-la|celui-ci|celle-ci)\b"
    r"|\b(?:mi|ci|me|nos)\s+(?:riscrivi|riscrivete|riscriveresti|reescribes|reescribis|reescribe|reescribirias)\s+(?:questo|questa|il|lo|la|este|esta|el|l')"
    r"|\b(?:riscriv|rielabor|sistem|rived|rifa|aggiust)\w*?l[oa]\b|\b(?:me |te |ce )?l[oa] riscriv\w*"
    r"|\breescrib\w*?l[oa]s?\b|\b(?:(?:me|te|nos|os)\s+)?l[oa]\s+(?:(?:podeis|puedes|podrias|podriais|puede|podria)\s+)?reescrib\w*"
    r"|\b(?:schreib|schreibt|schreiben sie)\s+(?:es|ihn|das)(?:\s+(?:mir|uns|bitte|mal|doch|kurz|neu))*\s+um\b"
    r"|\b(?:uberarbeite|uberarbeitet|uberarbeiten sie)\s+(?:es|ihn|das)\b"
    # the idioms of the trade: "give this a rewrite", "do your magic on this one", "the usual treatment"
    r"|\bgive (?:this|it|this one|the text|the article) (?:a|another|the usual) (?:\w+ )?(?:rewrite|polish|once-over|going-over|treatment|spin)\b"
    r"|\b(?:do|work) (?:your|ur|you're|yer) (?:magic|thing)\b|\b(?:the|your) usual (?:treatment|magic)\b|\bfais ta magie\b")
# The verb of the job, in any form (its noun too): "überarbeiten", "riscrittura", "réécrire".
_REWRITE_WORD = re.compile(r"\b(?:re-?writ\w*|rework\w*|reecri\w*|reecriv\w*|retravaill\w*|reformul\w*|reescrib\w*|reescritura|riscriv\w*|riscrittura"
                           r"|rielabor\w*|umschreib\w*|uberarbeit\w*|umformulier\w*)")
REWRITE_IT_WORDS = 14  # "tu px me reecrire l'article pr les jeunes du quartier": a request with its complements, not a paragraph
REWRITE_IT_TAIL_WORDS = 8  # "pr les jeunes du quartier", "pour vendredi": what follows the request in its clause


# Words one of which every _REWRITE_IT form holds: most clauses hold none, and are not searched (the hot path).
_REWRITE_IT_STEMS = ("reecri", "reform", "retrav", "repren", "refai", "riscriv", "rielab", "sistem", "rived", "rifa", "aggiust",
                     "reescrib", "schreib", "uberarbeit", "give ", "magic", "thing", "usual", "magie")


@lru_cache(maxsize=4096)  # asked of the same clauses by each request test
def _asks_to_rewrite_it(folded: str) -> bool:
    """The clause is the request, with a short complement after it ("Do your magic: the new mascara…" is an advert)."""
    asked = any(stem in folded for stem in _REWRITE_IT_STEMS) and _REWRITE_IT.search(folded)
    tail = folded[asked.end():] if asked else ""
    return bool(asked) and ":" not in tail and len(tail.split()) <= REWRITE_IT_TAIL_WORDS


BARE_REQUEST_CHARACTERS = 200
# A thing someone owns, named after the pronoun that stood for it: "…-le, ton CV", "…-la, tu historia", "… it, your essay".
_OWNED = re.compile(r"(?:ton|ta|tes|votre|vos|tu|tus|your|il tuo|la tua|tuo|tua|dein|deine|deinen|su|sus)\b")
# Where the line was found, in parentheses after it: "(commentaire sous l'article …)", "(extrait du procès-verbal)", "(capture
# d'écran devenue virale)": words quoted in the news, not said to the writer.
_ATTRIBUTED = re.compile(r"\((?:[^()]*\b(?:commentaire|comentario|commento|comment|kommentar|extrait|extracto|estratto|extract|excerpt|auszug"
                         r"|capture|screenshot|forum|foro|tweet|proces-verbal|verbatim|lu sur|seen on|visto en|letto su|gesehen auf)\b[^()]*)\)\W*$")
# A name after the line's last sentence: "… pour mardi. N. Roux", "… sur les pistes! Reto", "…? T."
_SIGNATURE_TAIL = re.compile(r"(?:(?<=[.!?…])\s+|\s+[—–]\s*)((?:[A-ZÀ-Ý]\.\s?)?[A-ZÀ-Ý][\w'’-]*\.?(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s*$")
# Who wrote a chat line, as the tool exports it: "[17:03] Karim B.: ", "[08:14, 12/03] Sandrine (chef d'édition): "
_CHAT_PREFIX = re.compile(r"\s*" + _CHAT_STAMP + r"\s*(?:[-–]\s*)?[A-ZÀ-Ý][\w'.-]*(?:\s+[A-ZÀ-Ý][\w'.-]*)?(?:\s*\([^()]{1,30}\))?\s*:\s+")
_SIGNED_REMARK = re.compile(r"\s*\([^()]{1,60}\)\s*$")


@lru_cache(maxsize=4096)  # asked of the edge's first lines by each pass over the edge
def _is_bare_request(text: str) -> bool:
    """A line that asks for the rewrite and nothing more ("Merci de réécrire cet article.", "Bitte umschreiben. Danke!",
    "Bonjour, réécriture classique svp, rien de particulier. Merci"): a brief that sets no field. Who writes may say who they
    are around it, and sign it ("Hi, I volunteer for our village newsletter. Could you rewrite this…? Cheers, Tom")."""
    if len(text) > BARE_REQUEST_CHARACTERS or _ATTRIBUTED.search(fold(text)):
        return False
    if ":" in text:  # (who speaks ends on a colon: most lines have none and skip the search)
        text = _CHAT_PREFIX.sub("", text, count=1)
    text = _SIGNED_REMARK.sub("", _without_chat_marks(text))  # "Merci, Josiane (mairie de Lavaur, accueil)": who the name is
    if _QUOTE_START.match(text):
        return False  # "14:05 Guardiola: «Le diré a los jugadores que lo reescriban…»": a live report's quote
    if (signed := _SIGNATURE_TAIL.search(text)) and _is_sender(signed.group(1)):
        text = text[:signed.start()]  # "Merci de réécrire cet article pour mardi. N. Roux": the name under the request
    parts = [(clause.text.strip(" .!?¿¡,;"), fold(clause.text).strip(" .!?¿¡,;")) for clause in split_clauses(text)]
    parts = [(part, folded) for part, folded in parts if folded]
    asked = [_REWRITE_THIS.fullmatch(folded) for _, folded in parts]
    asked_of_you = [not match and len(folded.split()) <= REWRITE_IT_WORDS and _asks_to_rewrite_it(folded) for match, (_, folded) in zip(asked, parts)]
    if not any(asked) and not any(asked_of_you):
        return False
    # Said to someone (a modal or a polite word) and about this text (named, or thanks beside the request): "Réécrire le texte",
    # "Polish it up!", "Remettre ça !", "Bitte überarbeiten." are headings, idioms and maintenance tags.
    addressed = any(match and match.group("modal") for match in asked) or any(asked_of_you) or bool(_POLITE_MARK.search(fold(text)))
    named = any(match and (match.group("object") or match.group("noun_object")) for match in asked) or any(asked_of_you)
    asked = [match or of_you for match, of_you in zip(asked, asked_of_you)]
    if any(of_you and index + 1 < len(parts) and _OWNED.match(parts[index + 1][1]) for index, of_you in enumerate(asked_of_you)):
        return False  # "Améliore-le, ton CV", "Reescríbela, tu historia": the pronoun's thing is named, and it is not this text
    thanked = any(not match and (_COURTESY.fullmatch(folded) or _POLITE_MARK.fullmatch(folded)) for match, (_, folded) in zip(asked, parts))
    if not (addressed and (named or thanked)):
        return False
    thanked = False
    for match, (part, folded) in zip(asked, parts):
        courteous = bool(_COURTESY.fullmatch(folded) or _GREETING.fullmatch(folded) or _POLITE_MARK.fullmatch(folded))
        # what the request is for, said in passing: "c'est pour le site de l'asso", "voici le texte dont nous avons parlé"
        chatter = len(folded.split()) <= _CHATTER_WORDS and _is_chatter(part)
        # the name under the request, ending the line: "… the usual treatment? T.", "… pour les familles du quartier. Josée"
        signs = (thanked or part is parts[-1][0] and len(parts) > 1) and _is_sender(part) and len(part.split()) <= 2
        if not (match or courteous or chatter or signs or _NOTHING_MORE.fullmatch(folded) or _about_the_sender(part)):
            return False
        thanked = courteous and not match  # the name signs after the thanks: "Merci, Josiane (mairie de Lavaur, accueil)"
    return True


# The sender saying who they are, after a greeting or not: "Bonjour, ici Patricia de l'agence…", "Good morning, this is
# Janet from…", "Hey! Quick one from Maya at…", "le escribe Carmen, de…", "Ciao! Sono Giulia, ho una gelateria…",
# "Hi, hier ist Jonas vom…", "Hiya, Sharon from Millbrook Netball Club here!".
_SENDER_INTRODUCTION = _LazyPattern(
    r"^\W*(?:(?:" + _alternatives(_COURTESY_WORDS + "|" + _FORMAL_GREETINGS) + r")(?:\s+(?:there|all|everyone|team|a tous|tout le monde|l'equipe"
    r"|a todos|zusammen|a tutti))?[\s,!.]+\W*)?"
    # who: a name after "this is", "ici", "le escribe"… (or the desk with its article: "ici le service communication")
    r"(?:(?:this is|it's|it is|ici|c'est|c|moi c'est|hier ist|hier spricht|hier|qui e|aqui|le escribe|te escribe|les escribe|os escribe"
    r"|vi scrive|le scrive|ti scrive|quick one from|quick note from|a quick note from|a note from|my name is|je m'appelle|me llamo|mi chiamo"
    r"|mein name ist|ich heisse|ich heiße)\s+(?P<name>(?:the |le |la |l'|el |il |der |die |das |herr |frau |mme |m\. )?\S)"
    # what: "je suis commerçant", "I'm the secretary of…", "soy Lucía", "ich bin Vorsitzende…"
    r"|(?:i'm|i am|je suis|soy|sono|ich bin|we're|we are|nous sommes|somos|siamo|wir sind|c'est encore moi|it's me again|me again"
    r"|encore moi|soy yo otra vez|sono di nuovo io|ich bin's nochmal)\b"
    # what they run, in the first person: "I run Step Up Dance Academy", "ich gestalte den Pfarrbrief", "je tiens le studio"
    r"|(?:i|we)\s+(?:run|own|manage|edit|look after|coordinate|organise|organize|teach)\b|(?:je|nous|on)\s+(?:tiens|tenons|tient|gere|gerons"
    r"|dirige|dirigeons|coordonne|m'occupe|nous occupons|anime|animons|enseigne)\b|j'(?:anime|enseigne|edite)\b"
    r"|(?:ich|wir)\s+(?:gestalte|gestalten|betreue|betreuen|leite|leiten|fuhre|fuhren|organisiere|organisieren|betreibe|betreiben|kummere)\b"
    r"|(?:yo\s+)?(?:llevo|gestiono|dirijo|coordino|organizo|me encargo)\b|(?:io\s+)?(?:gestisco|dirigo|curo|coordino|organizzo|mi occupo|insegno)\b"
    # a formal letter: "Je me permets de vous écrire au nom du comité…", "I am writing on behalf of…"
    r"|(?:je me permets de vous ecrire|je vous ecris|i am writing|i'm writing|le escribo|les escribo|te escribo|ich schreibe ihnen"
    r"|ich schreibe dir|ich schreibe euch|vi scrivo|le scrivo|ti scrivo)\b"
    r"|(?:[\w'-]+\s+){1,6}here\W*$|[\w'-]+(?:\s+[\w'-]+)?\s+here\s+(?:from|at|of)\b"
    # "ESF Val Thorens ici", "Pasticceria Gatti qui": a name of two words or more, then "here" (see _introduces_sender: capitalised)
    r"|(?P<signed>[\w'-]+)(?:\s+[\w'-]+){1,5}\s+(?:ici|aqui|qui)\W*$)")
SENDER_INTRODUCTION_WORDS = 20  # who writes, and what they run: a short line
# What the sender was told brings them: "on m'a dit qu'il fallait penser au référencement", "my nephew told me about you".
# A brief passed on: "Sam asked me to pass this on", "on m'a demandé de vous transmettre ces consignes".
_PASSED_ON = (r"asked me to (?:pass|forward|send)(?: this| these| it)?(?: on| along)?|m'a demande de vous (?:transmettre|faire suivre)"
              r"|me (?:pidio|ha pedido) que (?:te|os|les) (?:pasara|pase|reenviara)|mi ha chiesto di (?:girarvi|girarti|inoltrarvi|passarvi)"
              r"|hat mich gebeten,? (?:das|dies|euch|ihnen|dir) (?:\w+ )?weiterzuleiten")
_PASSED_ON_PATTERN = re.compile(r"\b(?:" + _PASSED_ON + r")\b")
_TOLD_ME = re.compile(r"\b(?:m'a dit|m'ont dit|m'a conseille|told me|told us|me dijo|me dijeron|mi ha detto|mi hanno detto|hat mir gesagt|"
                      + _PASSED_ON + r")\b")


def _opens_paragraph(lines: list[Line], line: Line) -> bool:
    """The first line of its paragraph, under a greeting or not: "Bonjour, / Je suis secrétaire de la chorale…"."""
    above = lines[line.number - 2].text if line.number > 1 else ""
    return not above.strip() or (_opens_letter(above) and (line.number == 2 or not lines[line.number - 3].text.strip()))


@lru_cache(maxsize=4096)  # asked of a line by the edge's tests and of its clauses by the reading
def _about_the_sender(text: str) -> bool:
    """Who writes or whom the brief is for: an introduction ("Hiya, Dave from Rotherham Rugby here!") or the client ("Somos
    una agencia de viajes de Bilbao", "Pour notre boulangerie de quartier à Nantes")."""
    folded = _QUOTED_SPAN.sub(" ", fold(text)).strip()
    return _introduces_sender(text) or bool(_WE_ARE.match(folded) or _FOR_OUR_BUSINESS.match(folded))


_FOR_OUR_BUSINESS = _LazyPattern(r"\W*(?:c'est\s+)?(?:pour|for|para|per|fur)\s+(?:notre|nos|our|nuestra|nuestro|la nostra|il nostro|unsere|unser|unseren)\s+"
                                 r"(?:[\w-]+\s+)?(?:" + _BUSINESSES + "|" + _LOCAL_BODIES + r")\b(?:\s+[\w'-]+){0,5}\W*$")


_NAME_PARTICLES = frozenset("de du des d' la le l' of the von van del della di da y et and & - – am an der".split())  # "Jean de la Mairie ici"


@lru_cache(maxsize=4096)  # asked of a line by the edge's tests, the chatter test and the sender test
def _introduces_sender(text: str) -> bool:
    text = text.strip()
    folded = fold(text)
    if len(folded.split()) > SENDER_INTRODUCTION_WORDS or not (introduction := _SENDER_INTRODUCTION.match(folded)):
        return False
    name = introduction.group("name")
    if introduction.group("signed") and not all(word[:1].isupper() or word in _NAME_PARTICLES for word in text.split()[
            len(folded[:introduction.start("signed")].split()):-1]):
        return False  # "on est bien ici", "Inscrivez-vous ici": no name before "here"
    if name and (not text[introduction.start("name")].isupper() if len(name) == 1 else not _TEAM_WORD.search(folded, introduction.start("name"))):
        return False  # "It's going in the programme", "This is the best bakery": no name, nor a desk or team, after "it's"
    untold = _TOLD_ME.sub(" ", folded)
    return not _NARRATIVE.search(untold) and not _REPORTED_SPEECH.search(untold)


@lru_cache(maxsize=4096)  # asked of a line by the run, then again when the run ends
def _is_context_line(text: str) -> bool:
    """ "Context: we're a franchise network of 140 bakeries…", "Kurz zum Hintergrund: …": the client, told beside the brief."""
    key_value = _key_value(fold(_unmarked(text)))
    return bool(key_value and _CONTEXT_LABEL.search(key_value.group("key")) and len(key_value.group("key").split()) <= 4)


_WE_ARE = re.compile(r"^\W*(?:(?:somos|nous sommes|on est|we are|we're|wir sind|siamo|noi siamo|je suis|i am|i'm|soy|ich bin|sono"
                     # what they have: "Tenemos una tienda de bicis en Logroño", "we have a small gallery"
                     r"|tenemos|tengo|we have|we've got|nous avons|j'ai|abbiamo|wir haben|ich habe)"
                     r"\s+(?:un|une|una|a|an|ein|eine|einer|uno|des|unos|unas|la|il|le|el|the|die|der|das)\b"
                     # what they run: "je tiens la boutique", "I run a small bakery", "Je m'occupe du bulletin"
                     r"|(?:je tiens|je gere|je m'occupe d\w*|nous gerons|i run|i manage|we run|llevo|gestiono|ich fuhre|ich leite|gestisco)"
                     r"\s+(?:un|une|una|a|an|our|my|ma|mon|notre|la|le|les|l'|el|il|lo|die|der|das|den|du|des)\b"
                     # who they help: "I volunteer for our village newsletter", "je suis bénévole à la bibliothèque"
                     r"|(?:i volunteer|we volunteer|je suis benevole|nous sommes benevoles|soy voluntari[oa]|sono volontari[oa]|ich bin ehrenamtlich)"
                     r"\s+(?:for|at|with|a|au|a la|dans|en|para|con|per|presso|bei|fur|im|in)\b)")
_NOT_THIS_VARIETY = _LazyPattern(r"^\W*(?:non|not|pas|no|nicht|ni)\s+(?:en\s+|in\s+)?(?:" + _VARIETY + "|" + _NAME_PATTERN + r")\W*$")
CONTEXT_WORDS = 40  # who the client is, and what they want the news for, may take a long sentence
_CONTEXT_LABEL = re.compile(r"\b(?:context|background|about us|about the client|contexte|qui sommes-nous|a propos|contexto|antecedentes"
                            r"|sobre nosotros|hintergrund|kontext|uber uns|contesto|chi siamo)$")
# An order or ticket number: "Ticket #2291", "Commande n°5521", "Auftrag 20931", "JIRA-1234".
_IDENTIFIER = re.compile(r"^(?:[a-z]+\s+){0,2}(?:#|n°|no\.?\s|nr\.?\s|nº)?\s*[a-z]{0,6}-?\d[\w-]*$|^#\s*\d+$")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
# Words that name the job itself: "Rewrite request", "Demande de réécriture", "Réécriture SEO", "Umschreibauftrag".
_JOB_WORD = re.compile(r"\b(?:brief\w*|request|order|ticket|task|job|assignment|commission|rewrite|rewriting|copywriting|redaction|reecriture|checklist"
                       r"|demande|commande|consignes?|mission|solicitud|pedido|encargo|reescritura|redaccion|tarea|auftrag|anfrage"
                       r"|umschreib\w*|neufassung|redaktion\w*|richiesta|incarico|riscrittura|redazione|ordine|compito|web|seo|blog)\b")


@lru_cache(maxsize=4096)  # asked of a line by the run, the clause reading and the card tests
def _is_job_label(folded: str) -> bool:
    """A short line or clause that names the job ("Brief client – Maison Verdier", "Rédaction web"), not article prose."""
    # An order number and the dashes around it are no words of the label: "TICKET #4471 – Blog rewrite for Harlow Dental".
    if len(folded) > 160 or not _JOB_WORD.search(folded):
        return False  # six words and an order number fit in 160 characters; most lines name no job
    words = [word for word in _IDENTIFIER_IN.sub(" ", folded).strip(" .:!-–—").split() if any(c.isalnum() for c in word)]
    return 0 < len(words) <= 6 and not _NARRATIVE.search(folded) and not folded.rstrip().endswith((".", "?", "!"))


def _neutral_label_reading(body: str) -> _LineReading | None:
    """A label that names no field ("Objectif : article optimisé pour le référencement", "Deliverable: blog post,
    1k words max"): its value may still set fields; the line goes to the model as written."""
    value = body.split(":", 1)[1].strip() if ":" in body else ""
    if _NARRATIVE.search(fold(value)) or _FRENCH_PAST.search(value.lower()):
        return None  # "Client : la société a perdu 300 clients" is news
    inside = read_line(value, in_block=True) if value else _NOT_INSTRUCTION
    return _LineReading(inside.assignments, [body.strip()] if value else [], True)
RUN_LINES = 40  # a brief at the edge of a file is shorter than this


LIST_ITEM_WORDS = 6  # a list item of a brief that reads as a field only beside the others: "- for season-ticket holders"


def _run_line(lines: list[Line], line: Line) -> tuple[str, _LineReading | None]:
    """One line of a run at the edge of the file: "field" (it sets fields), "neutral" (a header, a label
    that names no field, an order number, a greeting or thanks) or "prose" (the article). A neutral line
    without its reading (None) is read as a line of a block if its run is taken."""
    text = line.text
    body = _MARKDOWN_HEADING.sub("", _unmarked(text))
    folded = fold(_without_chat_marks(body)).strip()
    if (_is_separator(text) or _is_wrapper(text) or _is_signature(lines, line) or _is_letterhead(text)
            or _is_banner(text)):
        return "neutral", _LineReading([], [], True)  # (a letter's head: "Conseil départemental du Morbihan", "Objet : …"; a form's banner)
    if (len(body) > 500 or _NARRATIVE.search(folded) or _FRENCH_PAST.search(body.lower()) or _QUOTE_START.match(body)
            or _REPORTED_SPEECH.search(folded)):
        return "prose", _NOT_INSTRUCTION
    if _is_context_line(body):
        return "neutral", _LineReading([], [body.strip()], True)  # who the client is: prose by nature, for the model
    key_value = _key_value(folded)
    if _names_no_field(key_value):
        reading = _neutral_label_reading(body)
        if reading is None:
            return "prose", _NOT_INSTRUCTION
        return ("field" if reading.assignments else "neutral"), reading
    reading = read_line(text, min_evidence=1)
    if reading.is_instruction and reading.assignments:
        return "field", reading
    if ((_MENU_BULLET.match(text) and len(body.split()) == 1 or _BULLET.match(text) and len(body.split()) <= LIST_ITEM_WORDS)
            and (in_list := _read_block_body(line)).assignments):
        # "- EN/US", "- for season-ticket holders" in a brief's list; a menu's "* English" alone sets nothing (see _brief_run)
        return "neutral", in_list
    words = folded.split()
    job_label = _is_job_label(folded)
    if job_label and _SEO_PATTERN.search(folded):
        return "neutral", _LineReading([_Assignment("seo", True, body)], [], True)  # "Brief SEO per copywriter"
    if _IDENTIFIER.match(folded) or job_label or _is_card_header(text) or _REFERENCE.fullmatch(folded) or _DEPARTMENT_LINE.fullmatch(folded) or (len(words) <= 8 and (
            folded.endswith(":") or _MARKDOWN_HEADING.match(text) or _is_header(body))) or (len(words) <= _CHATTER_WORDS and _is_chatter(folded)):
        return "neutral", _LineReading([], [], True)
    # "Hello! We need this article rewritten for our shop blog. Requirements:" introduces the list below.
    if folded.endswith(":") and len(words) <= 30 and (_is_chatter(folded) or any(_is_request(clause.text) for clause in split_clauses(body))):
        return "neutral", _LineReading([], [body], True)
    if reading.is_instruction:
        return "neutral", reading
    # "Search intent: informational", "- Slug: /sleep": a field the tables do not know, in the shape of the
    # brief's list; it goes to the model. Kept only between lines that set fields (see _brief_run).
    # Read as a line of a block: what it sets counts in the brief, not as evidence that there is one.
    if key_value and len(key_value.group("key").split()) <= 4 and len(words) <= 24 and not _CAPTION.match(folded):
        return "neutral", None  # read only if taken: most such lines are the article's ("Warning: Undefined variable …")
    return "prose", _NOT_INSTRUCTION


# A reference number and nothing more: "Réf. : RW-2024-117", "Az.: 34/2025", "Rif.: 118/B".
_REFERENCE = re.compile(r"(?:ref|reference|n/ref|v/ref|notre ref|az|aktenzeichen|rif|riferimento|referencia)\.?\s*:\s*[\w/.-]*\d[\w/.-]*")
# A department under an institution's name, in a letterhead: "Section Communication", "Referat Presse- und Öffentlichkeitsarbeit".
_DEPARTMENT_LINE = re.compile(r"(?:section|service|direction|departement|department|division|unit|referat|abteilung|bureau|office|ufficio|servicio"
                              r"|area|pole|cellule|dienst|sezione|seccion)\s+[a-z][\w' -]{2,50}")
_CARD_KEY = re.compile(r"^\W*[a-z]{2,6}-\d{2,6}\b")  # a tracker's key: "BER-1207", "MIL-330" (and "COVID-19": see below)
# A tracker's key as written, over the card's title: "CG-1290 Städteguide München" (a key has three digits or more: "COVID-19 …")
_CARD_KEY_TITLED = _LazyPattern(r"^\W*[A-Z]{2,6}-\d{3,6}\s+\w")
# A memo's or a note's name, alone on its line above the brief: "MEMO", "Note de service", "Aktennotiz", "Promemoria interno".
_MEMO_SIGNED = re.compile(r"\s+[—–-]\s*[\w.' -]{1,30}$")  # "Note interne — N.R.": who wrote the memo
_MEMO_NAME = _LazyPattern(r"(?:memo|memorandum|note de service|note interne|note a la redaction|aktennotiz|hausmitteilung|promemoria(?: interno)?"
                          r"|nota interna|nota de servicio|nota de servizio|internal memo|post-it)(?:\s+(?:n[o°.]?\s*|#)?\d[\w-]*)?")
# The words of a card's or an order's header ("Ordine pubblico", "Mission Apollo 11" are kickers of news).
_CARD_WORD = re.compile(r"\b(?:ticket|card|carte|trello|jira|asana|task|tache|tarea|aufgabe|brief\w*|order|commande|pedido|encargo|auftrag|checklist"
                        r"|(?:job|mandat|mandato|ordine|po)(?=\s*(?:n[o°.]?\s*|#|nr\.?\s*)?\d)"  # with its number: "Job 5508", "PO 4411" ("PO Box" is an address)
                        r"|incarico|export|request|demande|solicitud|anfrage|richiesta|rewrite|reecriture|reescritura|riscrittura|umschreib\w*"
                        r"|riscrivere|reescribir|reecrire)\b")


@lru_cache(maxsize=4096)  # asked of each line of a run that reads as no field
def _is_card_header(text: str) -> bool:
    """ "BER-1207: Artikel umschreiben", "Encargo Marketplace #99812", "Carte Trello « Réécriture – client Lyon »"."""
    folded = fold(_unmarked(text)).strip()
    words = folded.split()
    if len(words) > 8 and sum(any(character.isalnum() for character in word) for word in words) > 8 or _NARRATIVE.search(folded):
        return False  # (a dash between the card's number and its client is no word)
    return bool(_IDENTIFIER_IN.search(folded) or _CARD_WORD.search(folded) or (_CARD_KEY.match(folded) and ":" in folded)
                or _CARD_KEY_TITLED.match(_unmarked(text)) or _MEMO_NAME.fullmatch(_MEMO_SIGNED.sub("", folded).strip(" .:-—–*#")))


def _numbered(text: str) -> bool:
    """A card's or an order's number in its header: "Job 5508", "Ticket #3090", "BER-1207"."""
    folded = fold(_unmarked(text))
    return bool(_IDENTIFIER_IN.search(folded) or _CARD_KEY.match(folded) or re.search(r"\b[a-z]*\s?\d{3,}\b", folded))


def _labels_field(text: str) -> bool:
    """A line that opens on a field's label: "Title (client's choice, please don't change): …", "Sprache: Französisch"."""
    key_value = _key_value(fold(_without_label_remark(_unmarked(text))))
    return bool(key_value and _field_of_key(key_value.group("key")))


def _is_ticket_label(text: str) -> bool:
    return _names_no_field(_key_value(fold(_unmarked(text))))


def _ticket_fields(order: list[Line]) -> list[Line]:
    """The ticket's fields at the edge of a brief, when a blank line (or the file's edge) follows them."""
    count = next((index for index, line in enumerate(order[:RUN_LINES]) if not _is_ticket_field(line.text)), min(len(order), RUN_LINES))
    return order[:count] if count and (count == len(order) or not order[count].text.strip()) else []


def _is_ticket_field(text: str) -> bool:
    """A field of the ticket or form a brief stands in, right beside its lines: a label naming no field of the spec ("Statut : à
    faire", "Prioridad: baja · Responsable: M. Ruiz"), or the ticket's number and summary ("TICKET #3090 — Riepilogo: …")."""
    folded = fold(_unmarked(text)).strip()
    if not folded:
        return False
    first = re.split(r"\s[—–·|]\s|:", folded, maxsplit=1)[0].strip()
    if _IDENTIFIER.match(first) and _JOB_WORD.search(folded) and len(folded) <= MAX_LINE or _is_card_header(text) or _REFERENCE.fullmatch(folded):
        return True  # (the card's or the memo's header: "CG-1290 Städteguide München", "NOTE DE SERVICE", "Réf. : RW-2024-117")
    return _is_ticket_label(text) and read_line(text, in_block=True).is_instruction


def _names_no_field(key_value: re.Match[str] | None) -> bool:
    """A "key: value" whose key is a label that names no field of the spec ("Client:", "Assignee:")."""
    return bool(key_value and _NEUTRAL_LABEL.fullmatch(key_value.group("key").strip()))


def _kind(lines: list[Line], line: Line, kinds: dict[int, tuple[str, _LineReading | None]]) -> tuple[str, _LineReading | None]:
    if line.number not in kinds:
        kinds[line.number] = _run_line(lines, line)
    return kinds[line.number]


def _brief_run(lines: list[Line], order: list[Line], taken: dict[int, _LineReading],
               kinds: dict[int, tuple[str, _LineReading | None]]) -> dict[int, _LineReading]:
    """A brief at the edge of the file with no header that says so: consecutive lines (blank lines aside)
    of which at least two set fields, the others being neutral (headers, labels that name no field,
    order numbers, greetings). The run ends at the first line of prose; neutral lines on its article
    side are left to the article unless they are greetings or sign-offs."""
    run: list[tuple[Line, str, _LineReading | None]] = []
    for line in order:
        if line.number in taken or len(run) >= RUN_LINES:
            break
        if not line.text.strip():
            continue
        kind, reading = _kind(lines, line, kinds)
        if kind == "prose":
            break
        run.append((line, kind, reading))
    while run and run[-1][1] == "neutral" and not (_ends_brief_paragraph(lines, order, run) or _is_wrapper(run[-1][0].text) or _is_signature(lines, run[-1][0])
                                                  or _is_separator(run[-1][0].text) or fold(run[-1][0].text).rstrip().endswith(":")
                                                  or _MARKDOWN_HEADING.match(run[-1][0].text) or _is_header(run[-1][0].text)
                                                  or _is_job_label(fold(run[-1][0].text)) or _is_context_line(run[-1][0].text)):
        run.pop()
    field_lines = [reading for _, kind, reading in run if kind == "field"]
    fields = {_EVIDENCE.get(a.field, a.field) for reading in field_lines for a in reading.assignments}
    # A ticket states its requirements on one line under its own labels ("Assignee: Marta", "Due: Fri").
    ticket = len(field_lines) == 1 and len(fields) >= 3 and any(kind == "neutral" and _is_ticket_label(line.text) for line, kind, _ in run)
    # A card's or an order's header over one line of requirements ("BER-1207: Artikel umschreiben", "Encargo Marketplace
    # #99812", then "Criteri: almeno 700 parole, pubblico: …"): that line must read as a brief on its own.
    header = min(run, key=lambda item: item[0].number) if run else None  # the run's first line in the file's order
    # (one labelled field is enough under a numbered card: "Job 5508 – Hollis Lettings" / "Title (client's choice): …")
    headed = (len(field_lines) == 1 and len(run) >= 2 and header is not None and header[1] == "neutral" and _is_card_header(header[0].text)
              and any(kind == "field" and read_line(line.text).is_instruction
                      and (len(fields) >= 2 or _numbered(header[0].text) and _labels_field(line.text)) for line, kind, _ in run))
    # A letter's head over its one paragraph, which asks for two fields or more ("Conseil départemental du Morbihan / Direction de la
    # communication / Nous vous remercions de bien vouloir adapter cet article en anglais et en 500 mots au plus, …").
    lettered = (len(field_lines) == 1 and len(fields) >= 2 and header is not None and _is_letterhead(header[0].text)
                and any(kind == "field" and read_line(line.text).is_instruction for line, kind, _ in run))
    if (len(field_lines) < 2 or len(fields) < 2) and not (ticket or headed or lettered):
        return {}
    return {line.number: _read_block_body(line) if reading is None else reading for line, _, reading in run}


PARAGRAPH_LINES = 16  # a brief written as one paragraph; a longer one is a menu or a list of the article
PARAGRAPH_LINE_WORDS = 40  # a line about the client or a remark beside a brief's fields; an article's paragraph is longer
TRAILING_REMARK_WORDS = 6  # "Thx!", "Cualquier duda me escribes": what may follow a brief's last field on the article's side


def _brief_paragraph(lines: list[Line], order: list[Line], taken: dict[int, _LineReading],
                     known: dict[int, tuple[str, _LineReading | None]], run: dict[int, _LineReading]) -> dict[int, _LineReading]:
    """A brief written as the first (or last) paragraph of the file, set off from the article by a blank line,
    whose lines mostly set fields while others say who the client is or ask what the tables do not know
    ("Tutear al lector", "Cualquier duda me escribes por el chat"). The paragraph is the brief; its other lines
    go to the model as written. It must set three fields or more, on half its lines or more, and on more lines
    than it has lines of prose; no line of it may read as news (a quote, reported speech), and after its last
    field only a short remark."""
    paragraph: list[Line] = []
    for line in order:
        if line.number in taken:
            return {}
        if line.text.strip():
            # A line of more than 40 words has more than 200 characters: most lines are counted without splitting.
            if len(paragraph) >= PARAGRAPH_LINES or (len(line.text) > 200 and len(line.text.split()) > PARAGRAPH_LINE_WORDS):
                return {}
            paragraph.append(line)
        elif paragraph:
            break
    else:
        return {}  # no blank line after it: no article beside the paragraph
    if len(paragraph) < 2 or all(line.number in run for line in paragraph):
        return {}  # a title or a line of prose, or the brief's run holds it already
    # Half its lines or more set fields, one of them among the first three. Before any line is read, as many
    # must name a field or a language, or give a figure, one of them among the first three: most edges fail here.
    hints = [_may_set_field(line.text) for line in paragraph[:3]]
    if not any(hints):
        return {}
    needed = max(2.0, (len(paragraph) - 1) / 2)
    hinted = sum(hints)
    for index in range(len(hints), len(paragraph)):
        if hinted >= needed:
            break
        if hinted + len(paragraph) - index < needed:
            return {}
        hinted += _may_set_field(paragraph[index].text)
    if hinted < needed:
        return {}
    kinds: list[tuple[str, _LineReading | None]] = []
    found = 0
    for index, line in enumerate(paragraph):
        kinds.append(_kind(lines, line, known))
        found += kinds[-1][0] == "field"
        if found + len(paragraph) - index - 1 < needed or (index == 2 and not found):
            return {}
    field_at = [index for index, (kind, _) in enumerate(kinds) if kind == "field"]
    prose_at = [index for index, (kind, _) in enumerate(kinds) if kind == "prose"]
    fields = {_EVIDENCE.get(a.field, a.field) for index in field_at for a in kinds[index][1].assignments}
    if len(field_at) < 2 or len(fields) < 3 or len(prose_at) >= len(field_at):
        return {}
    for index in prose_at:
        text = paragraph[index].text
        folded = fold(text)
        if (_QUOTE_START.match(text) or _REPORTED_SPEECH.search(folded) or _FRENCH_PAST.search(text.lower())
                or (index > field_at[-1] and len(text.split()) > TRAILING_REMARK_WORDS)):
            return {}
    # Inside the brief, a line of prose is read as a line of a block: "- English" under "Brief for this one:".
    return {line.number: _read_block_body(line) if kind == "prose" or reading is None else reading for line, (kind, reading) in zip(paragraph, kinds)}


@lru_cache(maxsize=4096)  # asked of a paragraph's lines again at each of its lines
def _may_set_field(text: str) -> bool:
    folded = fold(text)
    return bool(_DIGIT.search(folded) or _LANGUAGE_NAME.search(folded) or _FIELD_KEY.search(folded))  # "seo" is a field key


def _ends_brief_paragraph(lines: list[Line], order: list[Line], run: list[tuple[Line, str, _LineReading | None]]) -> bool:
    """A neutral line that closes the brief's own paragraph ("Slug: /heat-pumps" under the field lines, then a blank
    line) belongs to the brief: the article starts after the blank line."""
    step = 1 if len(order) < 2 or order[1].number > order[0].number else -1
    last = run[-1][0]
    beyond = last.number - 1 + step  # index of the next line on the article side
    if 0 <= beyond < len(lines) and lines[beyond].text.strip():
        return False
    field = next((line for line, kind, _ in reversed(run) if kind == "field"), None)
    return field is not None and all(lines[number - 1].text.strip() for number in range(min(field.number, last.number), max(field.number, last.number) + 1))


_EVIDENCE = {"min_words": "length", "max_words": "length"}


# Who sent a mail, to whom and when: "De : Hervé Le Gall" names no language.
_ADDRESS_HEADER = re.compile(r"\s*(?:from|to|cc|bcc|date|sent|de|a|envoye|von|an|gesendet|datum|da|inviato|data|para|enviado|fecha)\s*:\s*\S")
_EMAIL_HEADER = re.compile(
    r"^\s*(?:-{2,}\s*)?(?:(?:forwarded|original) message|message transfere|message d'origine|weitergeleitete nachricht"
    r"|ursprungliche nachricht|messaggio inoltrato|messaggio originale|mensaje reenviado|mensaje original"
    r"|begin forwarded message)\s*:?\s*(?:-{2,})?\s*$"
    r"|^\s*(?:from|to|cc|bcc|subject|date|sent|de|a|objet|envoye|date|von|an|betreff|gesendet|datum|da|a|oggetto|inviato|data"
    r"|para|asunto|enviado|fecha|re|fw|fwd|tr)\s*:\s*\S")
# The rest of a mail around a brief: the line that introduces a quoted reply, the signature's rule, the phone's
# signature, a signature with a phone number or an address, a confidentiality notice.
_MAIL_WRAPPER = re.compile(
    r"\W*(?:on|le|el|am|il giorno|il)\b.{0,160}\b(?:wrote|a ecrit|escribio|schrieb|ha scritto)\s*:?\s*$"
    r"|-{2}\s*$|_{5,}\s*$"
    r"|(?:sent from|envoye de|enviado desde|von meinem|inviato da)\b.{0,30}$"
    r"|[^.!?]{0,80}(?:(?:\+|\(|\b0)\d?(?:[ .()/-]{0,2}\d){8,}|\b[\w.-]+@[\w-]+\.\w+)[^.!?]{0,80}$"
    r"|.{0,80}\b(?:confidential|confidentiel|confidencial|vertraulich|riservat[oa]|disclaimer)\b.*$")
_GREETING = re.compile(r"\W*" + _alternatives(_COURTESY_WORDS + "|" + _FORMAL_GREETINGS) + r"(?:\s+(?:aus|from|de|desde|da|depuis|von)\s+[\w'-]+)?(?P<names>(?:[\s,!.–—-]+[a-z][\w.'/-]*){0,3})\s*(?:\([^()]{1,60}\))?"
                       r"(?:\s+[–—|]\s+[\w'’ .&-]{2,40})?\W*")  # "Cordialement, Vincent Roux – Vélos du Périgord"
_PERSON_TITLE = re.compile(r"(?:mr|mrs|ms|dr|mme|mlle|m|monsieur|madame|frau|herr|sr|sra|senor|senora|dott|dott\.?ssa|dr\.?ssa|prof|prof\.?ssa|ing"
                           r"|sig|sig\.?ra|signor|signora|don|dona|padre|pere|father|fr|rev|sister|soeur|suor|schwester|pfarrer)\.?")


# The legal notice under a company's mail: "Ce message et toutes les pièces jointes sont confidentiels…", "This email is intended
# solely for…", "Barnes Whitfield LLP is a limited liability partnership registered in England…".
_MAIL_DISCLAIMER = _LazyPattern(
    r"(?:ce|le present) (?:message|courriel|mail|e-mail)(?: electronique)?(?: et (?:toutes )?(?:ses|les) (?:eventuelles )?pieces jointes)? (?:est|sont)"
    r" (?:strictement )?(?:confidentiel|destine|etabli)\w*"
    r"|this (?:e-?mail|message|communication)(?: and any attachments)? (?:is|are) (?:strictly )?(?:confidential|intended (?:solely|only))"
    r"|questo messaggio(?: e i suoi allegati)? (?:e|sono) (?:strettamente )?(?:riservat|confidenzial|destinat)\w*"
    r"|este (?:mensaje|correo)(?: y sus anexos)? (?:es|son|va dirigido) (?:confidencial|exclusivamente|a su destinatario)\w*"
    r"|diese (?:e-?mail|nachricht)(?: und (?:ihre|alle) anhange)? (?:ist|sind|enthalt) (?:vertraulich|ausschliesslich)\w*"
    # a company's registration, with its number: "… LLP is a limited liability partnership registered in England and Wales (OC412867)"
    r"|[^.,:]{2,80}\b(?:is a limited liability partnership|is registered in england|registered in england and wales|societe (?:anonyme|par actions)"
    r"|au capital (?:social )?de|sitz der gesellschaft|registergericht|societa per azioni|sociedad (?:anonima|limitada))\b(?=.*\d{5,}|.*\b(?:rcs|siret"
    r"|siren|hrb|cif|nif)\b)")


def _is_legal_notice(text: str) -> bool:
    """A mail's legal notice, as its company prints it under every mail (not a sentence quoting one: "…, a rappelé l'avocat")."""
    first = _SENTENCE_END.split(fold(text).strip())[0]  # (the notice goes on about what the company declines: its first sentence tells)
    return bool(_MAIL_DISCLAIMER.match(first)) and not (_REPORTED_SPEECH.search(first) or _SAID_BY_AFTER.search(first) or _NARRATIVE.search(first)
                                                        or ":" in first[:60])


@lru_cache(maxsize=2048)
def _is_wrapper(text: str) -> bool:
    """A line around a brief that is neither brief nor article: a greeting or sign-off (with a name)
    or an e-mail header. Asked of a line at each pass over the edge: remembered."""
    text = text.strip()
    folded = fold(text)
    if _COURTESY.fullmatch(folded) or _EMAIL_HEADER.match(folded) or _MAIL_WRAPPER.match(folded):
        return True
    if ":" in text and text != (plain := _without_chat_marks(text).strip()) and plain and _COURTESY.fullmatch(fold(plain)):
        return True  # ":pray: merci la team": thanks with Slack's emoji
    greeting = _GREETING.fullmatch(folded)
    return bool(greeting and _names(text[greeting.start("names"):greeting.end("names")])) or _is_chat_header(text)


# The header a chat tool prints above a message: "Camille Roussel  11:07", "[14:32] Nicolas Perrin", "Dan Whitaker 4:18 PM";
# a dateline names one place or agency ("Berlin 14:32", "AFP 14:32").
_CHAT_TIME = re.compile(r"(?<![\w:])" + _CLOCK + r"(?![\w:])")


def _is_chat_header(text: str) -> bool:
    time = _CHAT_TIME.search(fold(text)) if len(text) <= 60 else None
    if time is None:
        return False
    name = (text[:time.start()] + " " + text[time.end():]).strip(" |,–—-·•")
    return 2 <= len(name.split()) <= 4 and _names(name)


def _is_signature(lines: list[Line], line: Line, depth: int = 0) -> bool:
    """The sender's name on the line under a sign-off ("Viele Grüße" / "Thomas Berger"), and the role or company
    on the line or two under the name ("Account Manager, Inkwell Content", "Chargée de clientèle")."""
    text = line.text.strip()
    if text.endswith(")"):
        text = _ROLE.sub("", text)  # "Jonathan (foreign desk)"
    above = lines[line.number - 2].text.strip() if line.number > 1 else ""
    if depth < SIGNATURE_BLOCK_LINES and above and (_is_role(text) or _is_signature_detail(text)) and (
            _is_signature(lines, lines[line.number - 2], depth + 1) or (_ORGANISATION.search(fold(text)) and _closes_letter(above))):
        return True  # under the name, or a team signing under the sign-off ("Many thanks," / "Communications Unit"); an address, a phone
    if (above and _closes_letter(above) and text[:1].isupper() and len(text.split()) <= SIGNATURE_ROLE_WORDS + 3 and not _SENTENCE_MARK.search(text)
            and _OFFICE.search(fold(text))):
        return True  # an office signing at length: "La segreteria della Pro Loco di San Gimignano", "Le secrétaire du Judo Club de Vitré"
    if ("|" in text or "·" in text or "•" in text or "–" in text or "—" in text) and above and _closes_letter(above) and _is_signature_detail(text) and _names(
            _SIGNED_ROLE.split(text, maxsplit=1)[0]):
        return True  # "Gracias!" / "Lucía Romero | Project Manager | Atenea S.L. | +34 …" (a phone or a link alone under thanks is no name)
    # the name, perhaps with who they are after it ("Sylvie et Paul, camping Les Pins", "Eure Gisela vom Heimatverein")
    # (under a line that signs off: most lines are not, and their own words are not searched)
    if not above or not _signs_off(above) or len(_SIGNED_FROM.sub("", _SIGNED_POSSESSIVE.sub("", _SIGNED_ROLE.split(text, maxsplit=1)[0])).split()) > 3:
        return False
    return _is_sender(text)


@lru_cache(maxsize=4096)  # asked of the line above each line of an edge, several times a parse
def _signs_off(text: str) -> bool:
    """The line above a signature: a greeting or a sign-off, alone or ending the brief's own line ("…, roughly 1k words?
    Thanks,", "… niente titoletti per favore!")."""
    last = fold(_SENTENCE_END.split(text)[-1]).strip()
    return bool(_GREETING.fullmatch(fold(text)) or _closes_letter(text) or (last and _COURTESY.fullmatch(last)) or _POLITE_EDGE.search(text)
                or text.strip() == "--")  # the mail's signature delimiter


_ROLE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
SIGNATURE_BLOCK_LINES = 5  # the name, a role, a company, an address, a phone
SIGNATURE_ROLE_WORDS = 7  # "Président des Amis du Patrimoine de Saint-Aubin"
_ROLE_END = re.compile(r"[:.!?]$|:\s")
_ORGANISATION = re.compile(r"\b(?:team|unit|department|desk|office|group|agency|partnership|communications|marketing|newsroom|editorial"
                           r"|equipe|service|redaction|servicio|equipo|departamento|redaccion|abteilung|redaktion|team|ufficio|redazione"
                           r"|gmbh|ltd|inc|llc|sarl|sas|srl|s\.r\.l|spa|s\.a)\b")
# An institution's office, signing a letter.
_OFFICE = re.compile(_ORGANISATION.pattern + r"|\b(?:ufficio|gabinete|direccion|delegation|delegacion|delegazione|service|servizio"
                     r"|pressestelle|pressebuero|communication|comunicacion|comunicazione|kommunikation"
                     # a body signing as itself: "le comité de jumelage de Montmorillon", "Club de Petanca de Alicante"
                     r"|" + _LOCAL_BODIES + r"|comite|comitato|comision|musee|museo|museum|bibliotheque|biblioteca|bibliothek|chorale|coro|chor"
                     r"|amicale|federation|federacion|federazione|fondation|fundacion|fondazione|stiftung|universite|universidad"
                     r"|universita|universitat|university|bureau|board|vorstand|junta directiva|direttivo|consiglio direttivo"
                     r"|segreteria|secretariat|secretaria|sekretariat|pro loco)\b"
                     # German runs the body into one word: "der Musikverein Oberried", "die Kirchengemeinde St. Peter"
                     r"|\b[a-z]+(?:verein|chor|gemeinde|bibliothek|stiftung|pfarrei)\b")
_DETERMINER_START = re.compile(r"(?:le|la|les|l'|el|los|las|il|lo|the|der|die|das)\b", re.IGNORECASE)
# The team or the role a name is signed with: "Lucía, redacción web", "Léa, stagiaire desk".
_TEAM_WORD = re.compile(_ORGANISATION.pattern + r"|\b(?:" + _ORDERER + "|" + _WRITER_NOUNS + "|" + _alternatives(
    "web|stagiaire|intern|becario|becaria|praktikant|praktikantin|stagista|servizio|squadra|agence|agencia|agentur|agenzia|seo|com"
    "|communication|comunicacion|comunicazione|kommunikation|manager|lead|responsable|responsabile|leiter|leiterin") + r")\b")
_FIGURE = re.compile(r"\d{3}")  # a figure is no role ("Gartenwelt24 GmbH, Köln" is a company)


@lru_cache(maxsize=4096)  # asked of a signature's lines by each line under them
def _is_role(text: str) -> bool:
    """A line of a signature under the name: a role, a company or a team ("Account Manager, Inkwell Content",
    "The Marketing Team at Fietsplan")."""
    if len(text) > 80 or not text[:1].isupper() or _FIGURE.search(text) or _ROLE_END.search(_LEGAL_FORM.sub("", text)) or _BULLET.match(text):
        return False  # (a company's legal form ends on its dot: "Contenidos Meridiano S.L.")
    # Separators are no words: "Chef de projet SEO | Agence Lumen".
    return sum(any(character.isalnum() for character in word) for word in text.split()) <= SIGNATURE_ROLE_WORDS


def _names(text: str) -> bool:
    """Words that name a person or the people greeted: capitalised, a title ("Frau", "Mme"), or a group
    ("Kolleginnen und Kollegen", "chers collègues", "cari colleghi")."""
    words = [word.rstrip(".") for word in re.split(r"[\s,:!–—-]+", text) if word.rstrip(".")]
    return all(word[0].isupper() or _PERSON_TITLE.fullmatch(fold(word)) or fold(word) in _GREETED_GROUPS
               for word in words) and not _DIGIT.search(text)


_GREETED_GROUPS = frozenset(_GREETED_GROUP_WORDS.split("|")) | {"and", "et", "y", "e", "und"}


def _block_at(lines: list[Line], line: Line, from_end: bool) -> list[Line]:
    """The labelled block that starts (or, from the end, ends) at this line."""
    if from_end:
        # Walk up the paragraph that ends here and see whether a header starts it.
        start = line.number - 1
        while start > 0 and lines[start - 1].text.strip() and not _is_separator(lines[start - 1].text):
            start -= 1
        group = lines[start:line.number]
        return group if group and _is_header(group[0].text) else []
    if not _is_header(line.text):
        return []
    block = [line]
    for following in lines[line.number:]:
        if not following.text.strip() or _is_separator(following.text) or not _is_block_entry(following.text):
            break
        block.append(following)
    return block


@lru_cache(maxsize=2048)  # asked of a line by the run, the block search and the reading of the edge
def _is_header(text: str) -> bool:
    """A block header: a label alone, or a label and a first instruction ("Brief: German, 500 words").
    After a label addressed to the writer ("Notes for the writer:", "Nota para el redactor:"), a paragraph
    that asks for any field is the brief, whatever it says besides ("this piece needs to rank")."""
    text = _without_label_remark(text)
    folded = fold(text)
    match = _BLOCK_HEADER.match(folded)
    if not match or _EXAM_LABEL.search(folded.split(":", 1)[0]):
        return False  # "Consigne de l'épreuve :" is an exam's
    rest = match.group("rest")
    rest_text = _header_rest(text, match)
    if not rest or read_line(rest_text, in_block=False).is_instruction or _key_value(rest):
        return True
    if _NARRATIVE.search(fold(rest_text)):
        return False  # "Editor's note: This article was originally written in French…" is the article's own correction
    return bool(_WRITER_HEADER.match(folded)) and (_is_request(rest_text) or any(
        not assignment.weak for assignment in read_line(rest_text, in_block=True).assignments))


def _without_label_remark(text: str) -> str:
    """A header's label without its remark in parentheses: "Instrucciones (de parte de Irene, cuenta de Vinos del Duero):",
    "Consigne (Lucie, desk web) : réécrire en italien…"."""
    return _LABEL_REMARK.sub(_label_without_remark, text.strip()) if "(" in text else text


_WRITER_HEADER = re.compile(
    r"^\s*(?:#+\s*|>\s*|\*\*|__)?\[?\s*(?:instructions?|consignes?|brief(?:ing)?|directives?|editor'?s? |notes? (?:for|to|pour|per|fur)\b"
    r"|notas? para|notas? per|note per|hinweise? fur|anweisungen|vorgaben|istruzioni|indicazioni|indicaciones|instrucciones|requisitos"
    r"|requirements|specifiche|a l'attention)")


def _is_block_entry(text: str) -> bool:
    """A line of a labelled block: a bullet, a "key: value", or an instruction in its own right.
    The article may start right after a one-line block ("Consigne : 600 à 900 mots")."""
    key_value = _key_value(fold(text.strip()))
    return bool(_BULLET.match(text) or (key_value and _field_of_key(key_value.group("key")))
                or read_line(text).is_instruction)


_SEPARATOR = re.compile(r"\s*(?:-{3,}|\*{3,}|={3,}|_{3,}|[—–]{1,3}|<!--|-->)\s*")  # a rule, or an HTML comment's own lines


# A note's title between rules, over its brief: "-- Night desk note --", "=== CONSIGNES RÉDAC ===".
_DECORATED_NOTE = re.compile(r"\s*([-=*~#_])\1+\s*(?:[\w'-]+\s+){0,3}(?:notes?|brief|consignes?|instructions?|nota|notas|hinweise?|anweisungen"
                             r"|istruzioni|indicaciones|instrucciones|vorgaben)(?:\s+[\w'-]+){0,3}\s*\1+\s*")
# A form's or a mail's banner between longer rules: "--- Message envoyé via le formulaire de contact ---".
_BANNER = re.compile(r"\s*([-=*~#_])\1{2,}\s*[^-=*~#_\s][^\n]{0,78}?\s*\1{3,}\s*")
BANNER_WORDS = 10


def _is_banner(text: str) -> bool:
    """A form's or a mail's title between rules that names no field ("--- Message envoyé via le formulaire ---"); "*** 450 words
    max ***" is a brief in its frame."""
    if (text.lstrip()[:1] not in ("-", "=", "*", "~", "#", "_") or not _BANNER.fullmatch(folded := fold(text))
            or len(text.split()) > BANNER_WORDS + 2):
        return False
    return not (_LANGUAGE_NAME.search(folded) or _FIELD_KEY.search(folded) or _HAS_LENGTH.search(folded))  # an order's number is no field


def _is_framed_title(text: str) -> bool:
    """A note's title or a banner between rules ("=== CONSIGNES RÉDAC ===", "--- Message envoyé via le formulaire ---")."""
    return bool(_DECORATED_NOTE.fullmatch(fold(text))) or _is_banner(text)


def _is_separator(text: str) -> bool:
    return text.lstrip()[:1] in ("-", "*", "=", "_", "<") and bool(_SEPARATOR.fullmatch(text))  # most lines fail on their first mark


def _read_block_line(line: Line, header: Line) -> _LineReading:
    if line is header:
        text = _without_label_remark(line.text)
        header_match = _BLOCK_HEADER.match(fold(text))
        if header_match is None or not header_match.group("rest"):
            return _LineReading([], [], True)
        return read_line(_header_rest(text, header_match), in_block=True)
    return _read_block_body(line)


def _read_block_body(line: Line) -> _LineReading:
    """A line inside a block: what it sets, else the line itself for the model."""
    reading = read_line(line.text, in_block=True)
    return reading if reading.is_instruction else _LineReading([], [_BULLET.sub("", line.text.strip())], True)
