"""Remove scraping noise from an article, keep every line of the article itself.

Rules generalise across sites: the shape of a line (length, punctuation,
bullets, links and numbers), its position relative to the article body,
repetition, and word lists in English and French. Every removed line comes
back with a reason, so a person can see what was dropped and why. Pure text
work, no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rewriter.messages import Phrase
from rewriter.spec import Line
from rewriter.text import content_words, fold, words


@dataclass(frozen=True)
class RemovedLine:
    number: int
    text: str
    reason: str


@dataclass
class Cleaned:
    lines: list[Line]
    removed: list[RemovedLine]
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# (reason, pattern on the folded line). Order matters: the first match names the reason.
_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("server-error", _rule(r"sqlstate\[|\bfatal error\b|\bparse error\b|\bwarning: .*\bon line \d|\bnotice: undefined|\bdeprecated: |"
                           r"error establishing a database connection|\bstack trace\b|\.php(?: on line|:\d)|\bmysqli?_|traceback \(most recent call last\)|"
                           r"^(?:\W*)(?:erreur|error)\s*(?:\d{3})?\s*:")),
    ("source-link", _rule(r"^(?:source(?: link)?|lien source|lien|link|via|origine|original(?: article)?|article original)\s*:|^https?://\S+$|^www\.\S+$")),
    ("copyright", _rule(r"copyright|©|\(c\) \d{4}|tous droits reserves|all rights reserved|droits de reproduction|"
                        r"may not be (?:reproduced|republished|copied)|\b(?:privacy policy|terms of (?:use|service)|politique de confidentialite|"
                        r"mentions legales|conditions generales d'utilisation)\b")),
    ("byline", _rule(r"^(?:par|by|de|auteur|author|ecrit par|written by|redige par|propos recueillis par|publie par|posted by)\s*:?\s+[\w@]"
                     r"|^(?:author|auteur|redaction|writer|journaliste|journalist|reporter|editor|redacteur)\s*:|"
                     r"\b(?:journaliste|journalist|redacteur|redactrice|reporter|correspondant|correspondante|editor at)\b.{0,40}$|^profil de\b")),
    ("date", _rule(r"^(?:publie|publiee|mis a jour|modifie|posted|published|updated|last updated|publish date|date de publication|"
                   r"le \d{1,2}/\d{1,2}/\d{2,4}|il y a \d+ (?:min|h|heures?|jours?))\b.{0,60}$"
                   r"|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)?\s*"
                   r"\d{1,2}(?:er)? (?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)[a-z]*\.? \d{4}"
                   r"(?:,? (?:a |at )?\d{1,2}[h:]\d{2})?\s*$|^\d{4}-\d{2}-\d{2}(?:[ t]\d{2}:\d{2}(?::\d{2})?)?$|^\d{1,2}/\d{1,2}/\d{2,4}$")),
    ("tags", _rule(r"^(?:tags?|mots[- ]cles|categories?|categorie|rubriques?|topics?|themes?|filed under|classe dans|sujets?)\s*:")),
    ("related", _rule(r"^(?:a lire aussi|lire aussi|a lire egalement|lire egalement|voir aussi|a voir aussi|a voir egalement|sur le meme sujet|"
                      r"dans la meme rubrique|nos articles|articles? similaires?|related(?: articles?| posts?| stories)?|read more|read also|see also|"
                      r"more on this|you may also like|vous aimerez aussi|vous pourriez aimer|recommande pour vous|recommended)\b|"
                      r"^(?:(?:most|les plus) (?:read|popular|viewed|shared|commented|emailed|lus|partages|commentes|populaires)|"
                      r"more (?:from|stories|news|in|top stories)|top stories|latest (?:news|stories|videos|articles|posts)|"
                      r"popular (?:posts|stories|articles)|recent (?:posts|stories|articles)|trending (?:now|stories|news)|"
                      r"(?:what|stories) (?:to read|you missed)|les dernieres (?:infos|actualites)|"
                      r"derniers articles|a decouvrir|a lire|up next|read next|next up|more like this)\b.{0,40}$"
                      # A summary cut by the publisher's excerpt marker ("[…]") announces another page.
                      r"|\[(?:…|\.\.\.)\]\s*$")),
    ("share", _rule(r"^(?:partager?|partagez|share|tweet|tweeter|envoyer|imprimer|print|email|e-mail|copier le lien|copy link|facebook|twitter|x|linkedin|"
                    r"whatsapp|pinterest|reddit|messenger|telegram|flipboard)(?:\s*(?:sur|on|par|via|cet article|this article|this|l'article|"
                    r"facebook|twitter|linkedin|whatsapp|email|[|/•·,-]))*\s*:?\s*$|^(?:partager|share)\b.{0,40}$")),
    ("advertisement", _rule(r"^(?:publicite|advertisement|advertising|annonce|pub|sponsored|sponsorise|contenu sponsorise|contenu partenaire|"
                            r"partner content|ad|ads|promoted|la suite apres (?:la|cette) publicite|article continues below)\s*:?\s*$")),
    ("photo-credit", _rule(r"^(?:photo|photos|credit(?:s)? photo|credit|image|illustration|source image|picture|crop)\s*:|"
                           r"^\(?(?:photo|credit)\b.{0,60}(?:afp|reuters|getty|ap|shutterstock|istock|unsplash|dr)\)?\s*$|"
                           r"\b(?:getty images|shutterstock|afp photo|reuters/|/ afp|/afp|istock)\b|"
                           r"\((?:images?|photos?|pictures?|pics?|credits?|credit photo|illustrations?|videos?)\s*:[^)]{1,60}\)\s*$|"
                           # A gallery's "2 of 4 A shopper looks at …", a player's "Image caption …"
                           r"^(?:image|media|photo|video) caption\b|^\d{1,3} (?:of|sur|de|/) \d{1,3} [^\W\d]")),
    ("counter", _rule(r"^[\d\s.,kKmM]+\s*(?:vues?|views?|lectures?|reads?|commentaires?|comments?|partages?|shares?|likes?|j'aime|reactions?|abonnes)\s*$|"
                      r"^(?:temps de lecture|lecture|reading time)\s*:?\s*\d+\s*min|^\d+\s*min(?:utes?)?\s*(?:de lecture|read|to read)\s*$")),
    ("comments", _rule(r"^(?:tous les )?commentaires?\s*(?:\(\d+\))?\s*:?\s*$|^(?:\d+\s+)?(?:comments?|reactions?)\s*(?:\(\d+\))?\s*$|"
                       r"vous devez etre connecte|you must be logged in|laisser un commentaire|leave a (?:comment|reply)|poster un commentaire|"
                       r"ajouter un commentaire|add a comment|signaler (?:un abus|ce commentaire)|report (?:abuse|comment)|repondre\s*$|^reply\s*$|"
                       r"^(?:reagir|react|join the conversation|rejoignez la discussion)\s*$")),
    ("newsletter", _rule(r"newsletter|inscrivez-vous|abonnez-vous|sign up for|subscribe (?:to|now)|^subscribe$|recevez (?:nos|chaque|toute)|"
                         r"votre (?:adresse )?e-?mail|your email|s'inscrire|je m'inscris|get our|daily briefing")),
    ("login", _rule(r"^(?:connexion|se connecter|me connecter|login|log in|sign in|mon compte|my account|creer (?:un|mon) compte|deja abonne|"
                    r"s'abonner|abonnement|subscribe|deconnexion|log out|register|inscription|creer un contenu)\s*$")),
    ("cookies", _rule(r"\bcookies?\b.*\b(?:accept|accepter|consent|parametr|utilisons|use|politique|policy)|"
                      r"\b(?:utilizziamo|usiamo|wir verwenden|utilizamos|usamos|nous utilisons) (?:i |des |los |os )?cookies?\b|"
                      r"^(?:tout accepter|accept all|"
                      r"tout refuser|reject all|parametrer les cookies|gerer mes choix|manage (?:cookies|preferences))\s*$")),
    ("contact", _rule(r"\[email(?:&#160;| )?protected\]|[\w.+-]+@[\w-]+\.[\w.]+|\bsignal\b.{0,40}\+?\d[\d -]{6,}|"
                      r"^(?:contactez|contact|joindre|write to|email|e-mail|tel|tél|phone)\b.{0,80}(?:\+?\d[\d .()-]{7,}|@)")),
    ("decoration", _rule(r"^(?:logo|close|fermer|menu|rechercher|search|recherche|retour|back|back to top|haut de page|retour en haut|accueil|home|"
                         r"sommaire|table des matieres|contents|table of contents|in this article|dans cet article|"
                         r"suivant|precedent|next|previous|voir plus|see more|afficher plus|load more|plus|more|ok|x|top|skip to content|"
                         r"aller au contenu|la video du moment|en ce moment|a la une|direct|live|trending|tendances?|en direct|breaking)\s*$")),
]
_BULLET = re.compile(r"^\s*(?:[•·▪►▸◦●○■□➤→*-]|\d+[.)])\s*|^\s+o\s+")  # indented "o": a nested item in text dumps
_SENTENCE_END = re.compile(r"[.!?…:;»\"”)。！？」]\s*$")
_HEADLINE_END = re.compile(r"[.!?…]\s*$")
_LETTER = re.compile(r"[^\W\d_]")


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


@lru_cache(maxsize=8192)
def _size(text: str) -> int:
    """Words in a line; Chinese, Japanese, Korean and Thai write no spaces: about two characters a word."""
    return len(words(text)) + len(_UNSPACED_SCRIPT.findall(text)) // 2


def is_prose(text: str) -> bool:
    """A paragraph of the article: enough words, and sentences."""
    count = _size(text)
    return count >= 25 or (count >= 10 and bool(_SENTENCE_END.search(text)))


def _is_short(text: str) -> bool:
    return not is_prose(text)


def classify_line(text: str) -> str | None:
    """The reason a line is noise on its own, whatever its position, or None."""
    stripped = text.strip()
    if not _LETTER.search(stripped) or len(_LETTER.findall(stripped)) <= 2 and len(stripped) < 12:
        return "decoration" if not re.fullmatch(r"[\d\s.,:/-]+", stripped) or len(stripped) < 3 else "number"
    folded = fold(_BULLET.sub("", stripped)).strip()
    for reason, pattern in _LINE_RULES:
        if pattern.search(folded):
            if reason in ("byline", "date", "contact", "copyright", "related", "newsletter", "photo-credit") and len(words(stripped)) > 40:
                continue  # a long paragraph that mentions an author or an e-mail is article text
            return reason
    return None


def clean(article: list[Line]) -> Cleaned:
    """Keep the article's lines; return the others with the reason for each."""
    content = [line for line in article if line.text.strip()]
    reasons: dict[int, str] = {}
    warnings: list[str] = []
    for line in content:
        reason = classify_line(line.text)
        if reason:
            reasons[line.number] = reason
    _mark_repeats(content, reasons)
    _mark_contact_prompts(content, reasons)

    prose = [i for i, line in enumerate(content) if line.number not in reasons and is_prose(line.text)]
    if prose:
        _mark_comment_section(content, reasons, prose[0])
        _mark_teasers(content, reasons)
        prose = _body(content, reasons)
    # Lists inside the body belong to the article (ingredients, key points); menus sit around it.
    for outside in ([content[: prose[0]], content[prose[-1] + 1:]] if prose else [content]):
        _mark_menus(outside, reasons)
    if prose:
        _mark_boilerplate(content, reasons, prose[0])
        _mark_before_body(content, reasons, prose[0])
        other_article = _mark_other_article(content, reasons, prose[0])
        if other_article:
            warnings.append(other_article)
        _mark_beyond_body(content, reasons, prose[-1])
        remaining = [i for i, line in enumerate(content) if line.number not in reasons and is_prose(line.text)]
        if remaining:
            _mark_headline_runs(content, reasons, remaining[0], remaining[-1])
            _mark_inside_body(content, reasons, remaining[0], remaining[-1])
            _mark_after_body(content, reasons, remaining[-1])

    kept: list[Line] = []
    for line in article:
        if line.number in reasons:
            continue
        if not line.text.strip() and (not kept or not kept[-1].text.strip()):
            continue  # collapse runs of blank lines left by removed noise
        kept.append(Line(line.number, line.text.strip()))
    while kept and not kept[-1].text:
        kept.pop()
    removed = [RemovedLine(line.number, line.text, reasons[line.number]) for line in article if line.number in reasons]
    return Cleaned(lines=kept, removed=removed, warnings=warnings)


def _mark_repeats(content: list[Line], reasons: dict[int, str]) -> None:
    """A line seen before is a repeat; a line that restates an earlier title is a repeated headline."""
    seen: dict[str, Line] = {}
    titles: list[str] = []
    for line in content:
        key = _key(line.text)
        if len(key) < 4:
            continue
        if key in seen:
            earlier = seen[key]
            if _BULLET.match(earlier.text) and not _BULLET.match(line.text) and _is_short(line.text):
                # A list item that comes back as a heading was a table of contents entry.
                reasons[earlier.number] = "table-of-contents"
                seen[key] = line
                continue
            reasons.setdefault(line.number, "repeated")
            continue
        seen[key] = line
        if line.number in reasons:
            continue
        if _is_short(line.text) and len(key) >= 20:
            if any(key in title for title in titles):
                reasons[line.number] = "repeated-headline"
                continue
            titles.append(key)


def _mark_menus(content: list[Line], reasons: dict[int, str]) -> None:
    """Runs of three or more short bullet items with no sentence in them are navigation."""
    run: list[Line] = []
    for line in content + [Line(-1, "")]:
        is_item = bool(_BULLET.match(line.text)) and len(words(line.text)) <= 5 and not _SENTENCE_END.search(line.text)
        if is_item:
            run.append(line)
            continue
        if len(run) >= 3:
            for item in run:
                reasons.setdefault(item.number, "navigation")
        run = []


_ABOUT = re.compile(r"^(?:about|a propos d[eu']?|a propos des|qui sommes-nous|who we are|about us)\b")


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|fevr|mars|avr|mai|juin|juil|aout|sept)[a-z]*\.?"
_COMMENT_MARK = re.compile(r"\b(?:says|said|wrote|a ecrit|dit)\s*:\s*$|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|"
                           r"^il y a \d+\s+\w+\s*$|^(?:reply|repondre|rating|votes?|report|signaler|permalink|like|j'aime)\b")
_COMMENT_DATE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b.{{0,20}}\d{{1,2}}[:h]\d{{2}}|"
                           rf"\b\d{{1,2}}(?:er)?\s+{_MONTH}\s+\d{{4}}\b.{{0,20}}\d{{1,2}}[:h]\d{{2}}")
COMMENT_GAP = 8  # content lines at most between two signs of a comment thread


def _mark_comment_section(content: list[Line], reasons: dict[int, str], body_start: int) -> None:
    """Readers' comments after the article: a run of short lines naming who wrote when ("X says:",
    "2 days ago", a date with a time, "Reply"), at least two of them comment words, not dates alone.
    From there to the end of the page (with the thread's title just above), nothing is the article."""
    signs: list[tuple[int, bool]] = []
    for index in range(body_start + 1, len(content)):
        text = content[index].text.strip()
        if len(words(text)) > 12:
            continue
        folded = fold(_BULLET.sub("", text))
        if _COMMENT_MARK.search(folded):
            signs.append((index, True))
        elif _COMMENT_DATE.search(folded):
            # A date with a time right under a short name ("3. Anita D." / "August 10, 2018 at 9:40 am") heads a comment.
            author = _BULLET.sub("", content[index - 1].text).strip()
            signs.append((index, 1 <= len(words(author)) <= 4 and not _SENTENCE_END.search(author)))
    for position in range(len(signs) - 2):
        run = signs[position:position + 3]
        if all(b[0] - a[0] <= COMMENT_GAP for a, b in zip(run, run[1:])) and sum(marked for _, marked in run) >= 2:
            start = run[0][0]
            while start - 1 > body_start and not is_prose(content[start - 1].text):
                start -= 1
            if sum(len(words(line.text)) for line in content[:start] if is_prose(line.text)) < 80:
                return  # too little before it: this may be the article itself
            for line in content[start:]:
                reasons.setdefault(line.number, "comments")
            return


SHORT_COST = 2
# Widgets that sit inside articles (a table of contents, a caption, an ad label) do not end the body.
_INSIDE_BODY_REASONS = {"table-of-contents", "decoration", "number", "repeated-headline", "photo-credit", "advertisement"}
NOISE_COST = 20  # words of prose a line of page furniture outweighs, when finding where the body lies


SECOND_BODY_SHARE = 0.5  # a second stretch of prose this strong may be the article: keep both


def _best_stretch(scores: list[float], low: int, high: int) -> tuple[float, int, int]:
    """(score, first, last) of the best-scoring run of scores[low:high] (maximum subarray)."""
    best, best_range = 0.0, (low, low - 1)
    total, start = 0.0, low
    for index in range(low, high):
        if total <= 0:
            total, start = 0.0, index
        total += scores[index]
        if total > best:
            best, best_range = total, (start, index)
    return best, *best_range


def _body(content: list[Line], reasons: dict[int, str]) -> list[int]:
    """Positions of the body's paragraphs: the stretch of the page where prose outweighs furniture.

    Each paragraph counts its words; each removed line costs NOISE_COST, a short line (or an
    in-article widget) SHORT_COST: subheadings and lists sit inside the body. The best-scoring
    stretch is the body, so a short block of ads inside the article does not split it, while
    prose in a footer or under a long menu stays out. When another stretch scores at least half
    as much, the tool cannot tell which is the article: both are kept.
    """
    scores = [(-SHORT_COST if reasons[line.number] in _INSIDE_BODY_REASONS else -NOISE_COST) if line.number in reasons
              else _size(line.text) if is_prose(line.text) else -SHORT_COST for line in content]
    best, first, last = _best_stretch(scores, 0, len(content))
    stretches = [(first, last)]
    runner_up = max(_best_stretch(scores, 0, first), _best_stretch(scores, last + 1, len(content)))
    if best and runner_up[0] >= SECOND_BODY_SHARE * best:
        stretches.append(runner_up[1:])
        stretches.sort()
    return [i for low, high in stretches for i in range(low, high + 1)
            if content[i].number not in reasons and is_prose(content[i].text)]


TEASER_HEADER_WORDS = 6


def _mark_teasers(content: list[Line], reasons: dict[int, str]) -> None:
    """Below a short "Most read" / "Related" header, the short lines up to the next paragraph are teasers."""
    in_teasers = False
    for line in content:
        if reasons.get(line.number) == "related" and len(words(line.text)) <= TEASER_HEADER_WORDS:
            in_teasers = True
            continue
        if in_teasers and line.number not in reasons:
            if is_prose(line.text):
                in_teasers = False
                continue
            reasons[line.number] = "related"


def _mark_boilerplate(content: list[Line], reasons: dict[int, str], body_start: int) -> None:
    """A closing "About X" / "À propos de X" section is the publisher's boilerplate, not the article."""
    for index in range(len(content) - 1, body_start, -1):
        line = content[index]
        if line.number not in reasons and _is_short(line.text) and _ABOUT.match(fold(line.text.strip())):
            before = sum(_size(item.text) for item in content[body_start:index] if item.number not in reasons)
            if sum(_size(item.text) for item in content[index:]) >= before:
                return  # more text after it than before: the article may follow, keep it
            for item in content[index:]:
                reasons.setdefault(item.number, "boilerplate")
            return


def _mark_contact_prompts(content: list[Line], reasons: dict[int, str]) -> None:
    """A short question right before a contact line invites tips ("Are you an employee?")."""
    for previous, line in zip(content, content[1:]):
        if (reasons.get(line.number) == "contact" and previous.number not in reasons
                and previous.text.rstrip().endswith("?") and len(words(previous.text)) <= 25):
            reasons[previous.number] = "contact"


def _mark_before_body(content: list[Line], reasons: dict[int, str], body_start: int) -> None:
    """Above the first paragraph: keep the headline (and a standfirst), drop the page chrome."""
    kept_titles = 0
    for index in range(body_start - 1, -1, -1):
        line = content[index]
        if line.number in reasons:
            continue
        text = line.text.strip()
        looks_like_title = (not _BULLET.match(line.text) and len(words(text)) >= 2 and len(words(text)) <= 40
                            and not text.isupper())
        if kept_titles == 0 and looks_like_title:
            kept_titles = 1
            # A standfirst that ends a sentence may sit between the headline and the body.
            if not _HEADLINE_END.search(text) or len(words(text)) < 5:
                kept_titles = 2
            continue
        if kept_titles == 1 and looks_like_title:
            kept_titles = 2
            continue
        reasons[line.number] = "navigation"


def _stems(text: str) -> set[str]:
    """Five-letter stems of content words: "vendus" and "vendues" meet."""
    return {word[:5] for word in content_words(text)}


OTHER_ARTICLE_OVERLAP = 0.10  # same-story sections share 13 % and more of their stems; glued articles 6 % or less


OTHER_ARTICLE_SHARE = 0.5  # the other article is removed only when at most half as long as the main one


def _mark_other_article(content: list[Line], reasons: dict[int, str], body_start: int) -> Phrase | None:
    """A headline followed by prose on another subject starts a second, unrelated article.

    Returns a warning when both articles are kept."""
    kept = [line for line in content if line.number not in reasons]
    positions = {line.number: index for index, line in enumerate(content)}
    line_stems = [_stems(line.text) for line in kept]
    line_words = [len(words(line.text)) for line in kept]
    # Head and tail stems move with the candidate line: one pass, not one join per line.
    tail_counts = Counter(stem for stems in line_stems for stem in stems)
    head: set[str] = set()
    head_words, total_words = 0, sum(line_words)
    for position, line in enumerate(kept):
        if position:
            head |= line_stems[position - 1]
            tail_counts.subtract(line_stems[position - 1])
            head_words += line_words[position - 1]
        if positions[line.number] <= body_start or not _is_short(line.text) or _HEADLINE_END.search(line.text):
            continue
        if position + 1 >= len(kept) or line_words[position + 1] < 12 or head_words < 100:
            continue
        tail = {stem for stem, count in tail_counts.items() if count > 0}
        if len(tail) < 8 or len(tail & head) / min(len(tail), len(head)) >= OTHER_ARTICLE_OVERLAP:
            continue
        # The main article is clearly the longer one; the other is reported as removed.
        # When neither is clearly longer, removing one could lose the article: both stay.
        tail_words = total_words - head_words
        if min(head_words, tail_words) > OTHER_ARTICLE_SHARE * max(head_words, tail_words):
            return Phrase("clean.two_articles", line=line.number, tail=tail_words, head=head_words)
        for item in (kept[position:] if tail_words < head_words else kept[:position]):
            reasons[item.number] = "other-article"
        return None
    return None


HEADLINE_RUN = 5


def _mark_headline_runs(content: list[Line], reasons: dict[int, str], body_start: int, body_end: int) -> None:
    """Inside the body, HEADLINE_RUN or more short lines in a row that end no sentence are a block of
    teasers or links: a subheading stands alone before its paragraph, and an article's own list
    has bullets or sentences."""
    run: list[Line] = []
    for line in content[body_start + 1:body_end] + [Line(-1, "")]:
        text = line.text.strip()
        if line.number in reasons:
            continue
        if text and not is_prose(text) and not _BULLET.match(line.text) and not _SENTENCE_END.search(text):
            run.append(line)
            continue
        if len(run) >= HEADLINE_RUN:
            for item in run:
                reasons[item.number] = "related"
        run = []


def _mark_inside_body(content: list[Line], reasons: dict[int, str], body_start: int, body_end: int) -> None:
    """Between paragraphs, a short line is a subheading when a paragraph follows it;
    short lines grouped with noise (an image, its caption, a repeated title) go with it."""
    run: list[Line] = []
    for line in content[body_start + 1:body_end + 1]:
        if line.number not in reasons and (is_prose(line.text) or _BULLET.match(line.text)):
            noise_positions = [position for position, item in enumerate(run) if item.number in reasons]
            if noise_positions:
                # Short lines before the widget (a caption above an image or a repeated title) go with it;
                # those after it introduce what follows (a subheading, "Ingredients:").
                for item in run[: noise_positions[-1]]:
                    reasons.setdefault(item.number, "caption")
            run = []
            continue
        run.append(line)


# Reasons that only page furniture around an article has: past one of them, after the body, prose is
# a teaser's summary, a footer or a comment notice (the best stretch already holds the article).
_PAST_BODY_REASONS = {"related", "comments", "newsletter", "tags", "cookies", "copyright", "login"}


def _mark_beyond_body(content: list[Line], reasons: dict[int, str], body_end: int) -> None:
    """After the body, once a line of such furniture has been passed, nothing is the article."""
    past_furniture = False
    for line in content[body_end + 1:]:
        reason = reasons.get(line.number)
        if reason is None and past_furniture:
            reasons[line.number] = "footer"
        past_furniture = past_furniture or reason in _PAST_BODY_REASONS


_ITEM_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s")


def _mark_after_body(content: list[Line], reasons: dict[int, str], body_end: int) -> None:
    """After the last paragraph: a closing sentence may stay; footers, lists and widgets go.
    A numbered list that goes on counting from the body's own ("13)" in the body, then "14)") is
    still the article."""
    in_footer = False
    numbers = [int(match.group(1)) for line in content[: body_end + 1] if line.number not in reasons
               for match in [_ITEM_NUMBER.match(line.text)] if match]
    next_number = numbers[-1] + 1 if numbers else None
    for line in content[body_end + 1:]:
        if line.number in reasons:
            in_footer = True
            continue
        text = line.text.strip()
        number = _ITEM_NUMBER.match(text)
        if number and int(number.group(1)) == next_number:
            next_number += 1
            continue
        closing_sentence = not in_footer and len(words(text)) >= 3 and bool(_HEADLINE_END.search(text))
        if closing_sentence:
            continue
        in_footer = True
        reasons[line.number] = "trending" if re.fullmatch(r"[\d\s.,:/-]+", text) or _is_short(text) else "footer"
