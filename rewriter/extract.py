"""From what the user gave (page text, scraped Markdown or HTML) to article lines and metadata.

Page text goes to the line cleaner as it is. Markdown is first made plain: hard-wrapped
paragraphs are joined, links become their text (their share of each line is kept, for the
cleaner's link density), image and link-list lines are dropped. HTML goes through
trafilatura's main-content extraction, imported here only, and only when HTML is read.
Line numbers stay those of the input for text and Markdown: a joined paragraph sits on its
first line and leaves blank lines behind. Pure text work, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rewriter.clean import RemovedLine, is_prose
from rewriter.messages import Phrase
from rewriter.text import words

KINDS = ("text", "markdown", "html")


class ExtractionError(ValueError):
    """The input holds no article (an HTML page without main content)."""


@dataclass(frozen=True)
class Metadata:
    """What the page says about itself; None when it does not say."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None


@dataclass
class Source:
    """The article text ready for the instruction parser and the cleaner."""

    kind: str
    text: str
    metadata: Metadata = field(default_factory=Metadata)
    removed: list[RemovedLine] = field(default_factory=list)  # dropped before the line cleaner
    link_words: dict[int, int] = field(default_factory=dict)  # line number -> words that were link text

    @property
    def needs_cleaning(self) -> bool:
        """HTML comes out of main-content extraction already cleaned."""
        return self.kind != "html"


# --- Kind detection -----------------------------------------------------------------------------

_HTML_DOCUMENT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|table|td|tr|img|script|style|meta|section|article|header|footer|nav)\b[^>]*>",
                       re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"!?\[[^\]\n]*\]\((?:https?://|/|#|mailto:)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
_MARKDOWN_EMPHASIS = re.compile(r"\*\*\S[^*\n]*\*\*|__\S[^_\n]*__")


def detect_kind(text: str) -> str:
    """"html", "markdown" or "text", from the content (the first 100,000 characters)."""
    sample = text[:100_000]
    document = _HTML_DOCUMENT.search(sample)
    if document and document.start() < 4000:  # a few instruction lines may come before the page
        return "html"
    tags = len(_HTML_TAG.findall(sample))
    if tags >= 5 and tags >= sample.count("\n") / 2:
        return "html"  # a fragment: markup on most lines
    links = len(_MARKDOWN_LINK.findall(sample))
    headings = len(_MARKDOWN_HEADING.findall(sample))
    if links >= 3 or headings and (links or _MARKDOWN_EMPHASIS.search(sample)):
        return "markdown"
    return "text"


def extract(text: str, kind: str | None = None, url: str | None = None) -> Source:
    """The article of `text`, read as `kind` (detected when None); `url`: where an HTML page was fetched.

    Raises ExtractionError.
    """
    kind = kind or detect_kind(text)
    if kind == "html":
        return _from_html(text, url)
    lines = reflow(text.split("\n"))
    if kind == "markdown":
        return _from_markdown(lines)
    return Source("text", "\n".join(lines))


# --- Hard-wrapped lines ---------------------------------------------------------------------------

_BLOCK_START = re.compile(r"^\s*(?:[-*+•]\s|\d+[.)]\s|#{1,6}\s|>|\||```|<)")


def wrap_width(lines: list[str]) -> int | None:
    """The column at which the text was hard-wrapped, or None when it was not.

    Wrapped text has many sentence lines that end within a few columns of one width,
    and few lines past it (a long link cannot be broken).
    """
    lengths = [len(line.rstrip()) for line in lines if len(line.split()) >= 5]
    if len(lengths) < 8:
        return None
    histogram = [0] * 202
    for length in lengths:
        histogram[min(length, 201)] += 1
    best, near = 0, 0
    for width in range(40, 201):
        count = sum(histogram[width - 11:width + 1])
        if count >= near:  # on a tie the wider: the wrapper's margin is the right edge of the pile
            best, near = width, count
    # One odd long line (hand-wrapped text) does not set the width: two lines must reach it.
    while best > 40 and histogram[best] < 2 and sum(histogram[best - 11:best]) >= near - 1:
        best -= 1
    # Past the width: only paragraph lines that could have been broken (a link, a long token
    # or a list item may be left whole).
    beyond = sum(1 for line in lines if len(line.rstrip()) > best and len(line.split()) >= 5
                 and max(map(len, line.split())) < 25 and "](" not in line and not _BLOCK_START.match(line))
    return best if near >= max(5, 0.15 * len(lengths)) and beyond <= 0.1 * len(lengths) else None


WRAP_SLACK = 10


def reflow(lines: list[str]) -> list[str]:
    """Join the lines of hard-wrapped paragraphs, keeping the line count.

    A line continues on the next when the next line's first word would not have fitted
    (the wrapper broke there), or when it ends within WRAP_SLACK columns of the width (a
    hand-wrapped margin is ragged). The joined paragraph takes the first line; the others
    become blank, so line numbers still point into the input.
    """
    width = wrap_width(lines)
    if width is None:
        return lines
    out = list(lines)
    head = None  # index of the paragraph being built
    for index, line in enumerate(lines):
        stripped = line.strip()
        if head is not None and stripped and not _BLOCK_START.match(line):
            previous = lines[index - 1].rstrip()
            if len(previous) + 1 + len(stripped.split()[0]) > width or len(previous) >= width - WRAP_SLACK:
                out[head] = out[head].rstrip() + " " + stripped
                out[index] = ""
                continue
        head = index if stripped else None
    return out


# --- Markdown -------------------------------------------------------------------------------------

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s+|\s+#+\s*$")
_EMPHASIS_MARK = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
_QUOTE_MARK = re.compile(r"^\s*(?:>\s*)+")
LINK_LINE_SHARE = 0.8  # a line whose words are mostly link text is a menu, a teaser list or a tag cloud


def _from_markdown(lines: list[str]) -> Source:
    out: list[str] = []
    removed: list[RemovedLine] = []
    link_words: dict[int, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            out.append("")
            continue
        without_images = _IMAGE.sub(" ", line)
        linked = sum(len(words(match.group(1))) for match in _LINK.finditer(without_images))
        plain = _plain(without_images)
        count = len(words(plain))
        reason = None
        if not count and len(words(line)) and without_images != line:
            reason = "image"
        elif count and linked / count >= LINK_LINE_SHARE:
            reason = "links"
        if reason:
            removed.append(RemovedLine(number, line.strip(), reason))
            out.append("")
            continue
        if linked:
            link_words[number] = linked
        out.append(plain)
    return Source("markdown", "\n".join(out), removed=removed, link_words=link_words)


def _plain(line: str) -> str:
    """A Markdown line as text: links become their words, marks go."""
    text = _LINK.sub(lambda match: match.group(1), line)
    bullet = re.match(r"^\s*(?:[-*+]\s+)", text)
    body = text[bullet.end():] if bullet else text
    body = _QUOTE_MARK.sub("", _HEADING_MARK.sub("", body))
    body = _ESCAPE.sub(r"\1", _EMPHASIS_MARK.sub("", body))
    return ("- " if bullet else "") + re.sub(r"\s{2,}", " ", body).strip()


# --- HTML -----------------------------------------------------------------------------------------

_MARKUP_EDGES = re.compile(r"^(?P<before>[^<]*)(?P<markup><.*>)(?P<after>[^>]*)$", re.DOTALL)


def _from_html(text: str, url: str | None) -> Source:
    """Main content with trafilatura; plain lines before and after the markup (instructions) are kept."""
    import trafilatura

    edges = _MARKUP_EDGES.match(text)
    before, markup, after = (edges["before"], edges["markup"], edges["after"]) if edges else ("", text, "")
    document = trafilatura.bare_extraction(markup, url=url, with_metadata=True, include_comments=False, include_tables=True,
                                           deduplicate=False)
    body = (document.text or "").strip() if document is not None else ""
    if not any(is_prose(line) for line in body.split("\n")):
        raise ExtractionError(Phrase("extract.no_article"))
    body = "\n".join([body, *_continuation(markup, body)])
    metadata = Metadata(title=_clean_field(document.title), author=_clean_field(document.author),
                        date=_clean_field(document.date), site_name=_clean_field(document.sitename),
                        url=_clean_field(document.url))
    headline = [metadata.title] if metadata.title and not body.startswith(metadata.title) else []
    parts = [before.strip(), *headline, body, after.strip()]
    return Source("html", "\n".join(part for part in parts if part), metadata=metadata)


CONTINUATION_LEVELS = 6
CONTINUATION_MIN_WORDS = 50
CONTINUATION_MAX_LINK_SHARE = 0.3
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")


def _continuation(markup: str, body: str) -> list[str]:
    """Paragraphs of the article that the extractor left out because the page splits its body in
    several boxes (ads or widgets between): the boxes after the last paragraph found that are built
    like the one holding it (same tag and class), hold prose and few links."""
    import lxml.html

    last = next((line for line in reversed(body.split("\n")) if len(words(line)) >= 10), None)
    if last is None:
        return []
    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return []
    wanted = _normal(last)
    element = next((p for p in tree.iter("p") if _normal(p.text_content()) == wanted), None)
    known = {_normal(line) for line in body.split("\n")}
    for _ in range(CONTINUATION_LEVELS):
        if element is None or element.getparent() is None:
            return []
        siblings = [sibling for sibling in element.itersiblings() if sibling.tag == element.tag
                    and sibling.get("class") and sibling.get("class") == element.get("class")]
        blocks = [text for sibling in siblings for text in _prose_blocks(sibling) if _normal(text) not in known]
        if blocks:
            return blocks
        element = element.getparent()
    return []


def _prose_blocks(element) -> list[str]:
    """The text of the paragraphs, subheadings, list items and quotes in a box that reads as prose."""
    blocks = [re.sub(r"\s+", " ", node.text_content()).strip() for node in element.iter(*_BLOCK_TAGS)
              if not any(parent.tag in _BLOCK_TAGS for parent in node.iterancestors())]
    blocks = [block for block in blocks if words(block)]
    total = sum(len(words(block)) for block in blocks)
    linked = sum(len(words(link.text_content())) for link in element.iter("a"))
    return blocks if total >= CONTINUATION_MIN_WORDS and linked <= CONTINUATION_MAX_LINK_SHARE * total else []


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _clean_field(value: object) -> str | None:
    text = re.sub(r"\s+", " ", str(value)).strip() if value else ""
    return text or None


# --- Guard --------------------------------------------------------------------------------------

REMOVED_SHARE_WARNING = 0.5
LINK_SHARE_WARNING = 0.5


def guard_warnings(source: Source, given_words: int, kept_lines: list[tuple[int, str]]) -> list[Phrase]:
    """Warnings when cleaning removed most of the words, or kept mostly link text."""
    kept_words = sum(len(words(text)) for _, text in kept_lines)
    warnings = []
    if given_words and 1 - kept_words / given_words > REMOVED_SHARE_WARNING:
        warnings.append(Phrase("clean.removed_most", share=1 - kept_words / given_words, kept=kept_words, given=given_words))
    linked = sum(source.link_words.get(number, 0) for number, _ in kept_lines)
    if kept_words and linked / kept_words > LINK_SHARE_WARNING:
        warnings.append(Phrase("clean.mostly_links", share=linked / kept_words))
    return warnings
