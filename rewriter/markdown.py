"""Markdown documents: front matter, headings, paragraphs, links; rendering.

`parse_document` gives the validator a structure with file line numbers;
`extract_article` takes the Markdown out of a chatty model reply;
`render_front_matter` writes front matter back. Pure text work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

from rewriter.text import fold


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    line: int  # 1-based line in the file


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int
    in_list: bool = False


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    line: int


@dataclass(frozen=True)
class Image:
    src: str
    alt: str
    line: int


@dataclass
class Document:
    front_matter: dict[str, Any] | None
    front_matter_error: str | None
    body: str
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)

    @property
    def meta(self) -> dict[str, Any]:
        return self.front_matter or {}

    @property
    def prose(self) -> str:
        """Body text without markup or headings: what language and style are judged on."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    @property
    def plain_text(self) -> str:
        """Every word a reader sees: headings and paragraphs."""
        return "\n\n".join([heading.text for heading in self.headings] + [paragraph.text for paragraph in self.paragraphs])


# libyaml's C loader and dumper (in PyYAML's wheels) are ten times faster than the pure-Python ones.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str | None, str, int]:
    """(front matter, error message key, body, number of lines the front matter takes)."""
    text = text.lstrip("\ufeff")
    match = _FRONT_MATTER.match(text)
    if not match:
        stray = re.search(r"^---[ \t]*\n.*?\n---[ \t]*$", text, re.DOTALL | re.MULTILINE)
        if stray and text[: stray.start()].strip():
            return None, "frontmatter.not_first", text, 0
        return None, "frontmatter.missing", text, 0
    offset = match.group(0).count("\n")
    try:
        data = yaml.load(match.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError:
        return None, "frontmatter.yaml", text[match.end():], offset
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, "frontmatter.not_mapping", text[match.end():], offset
    return data, None, text[match.end():], offset


def parse_document(text: str) -> Document:
    front_matter, error, body, offset = split_front_matter(text.replace("\r\n", "\n"))
    return parse_body(body, front_matter, error, offset)


def parse_body(body: str, front_matter: dict[str, Any] | None, error: str | None = None, offset: int = 0) -> Document:
    """A document from its body and already-read front matter; `offset` is the lines the front matter takes."""
    document = Document(front_matter=front_matter, front_matter_error=error, body=body)
    tokens = _parser().parse(body)
    list_depth = 0
    pending_heading: tuple[int, int] | None = None
    for index, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "heading_open":
            pending_heading = (int(token.tag[1]), (token.map[0] if token.map else 0) + offset + 1)
        elif token.type == "inline":
            line = (token.map[0] if token.map else 0) + offset + 1
            plain = _inline_text(token, line, document)
            if pending_heading:
                document.headings.append(Heading(pending_heading[0], plain.strip(), pending_heading[1]))
                pending_heading = None
            elif tokens[index - 1].type == "paragraph_open" and plain.strip():
                document.paragraphs.append(Paragraph(plain.strip(), line, in_list=list_depth > 0))
    return document


def _inline_text(token: Any, line: int, document: Document) -> str:
    parts: list[str] = []
    href = ""
    link_text: list[str] = []
    in_link = False
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
            if in_link:
                link_text.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "link_open":
            href, in_link, link_text = str(child.attrs.get("href", "")), True, []
        elif child.type == "link_close":
            document.links.append(Link(href, "".join(link_text), line))
            in_link = False
        elif child.type == "image":
            document.images.append(Image(str(child.attrs.get("src", "")), child.content, line))
    return "".join(parts)


_FENCED = re.compile(r"(`{3,}|~{3,})[\w-]*[ \t]*\n(.*?)\n[ \t]*\1", re.DOTALL)
_ARTICLE_START = re.compile(r"^---[ \t]*$|^#\s", re.MULTILINE)
_PREAMBLE = re.compile(
    r"^(?:voici|voila|here(?:'s| is)|sure|certainly|bien s[uû]r|d'accord|okay|ok|absolutely|of course|avec plaisir)\b[^\n]{0,200}\n+",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"\n+(?:n'h[ée]sitez pas|let me know|i hope|j'esp[èe]re|would you like|souhaitez-vous|if you(?:'d)? (?:like|want|need))[^\n]*\s*\Z",
    re.IGNORECASE,
)


def extract_article(reply: str) -> str:
    """The Markdown article inside a model reply: no code fence, no chat before or after it."""
    text = reply.replace("\r\n", "\n").strip()
    fenced = _FENCED.search(text)
    # The reply is the fence, or the fence holds the article's start (front matter or headline).
    if fenced and (text.startswith(fenced.group(1)) or _ARTICLE_START.search(fenced.group(2))):
        text = fenced.group(2).strip()
    if _PREAMBLE.match(text):
        start = _ARTICLE_START.search(text)
        text = text[start.start():] if start else _PREAMBLE.sub("", text, count=1)
    return _CLOSING.sub("", text).strip() + "\n"


def render_front_matter(front_matter: dict[str, Any]) -> str:
    header = yaml.dump(front_matter, Dumper=_YAML_DUMPER, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None)
    return f"---\n{header}---\n\n"


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug[:80].rstrip("-") or "article"
