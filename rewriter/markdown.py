"""Markdown documents: front matter, headings, paragraphs, links; rendering.

`parse_document` gives the validator a structure with file line numbers;
`extract_article` takes the Markdown out of a chatty model reply;
`render_front_matter` writes front matter back. Pure text work.
"""

from __future__ import annotations

import json
import re
import tomllib
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


@dataclass(frozen=True)
class FrontMatterError:
    """Why the front matter cannot be read: a message key, the file line it names, and details for the message."""

    key: str
    line: int = 1
    values: tuple[tuple[str, str], ...] = ()


@dataclass
class Document:
    front_matter: dict[str, Any] | None
    front_matter_error: FrontMatterError | None
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

# YAML between --- lines, TOML between +++ lines (Hugo), or a JSON object opening the file (Hugo).
_YAML_BLOCK = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML_BLOCK = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_JSON_START = re.compile(r"\A\{[ \t]*(?:\n|\"|\})")
_STRAY = re.compile(r"^(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*$", re.DOTALL | re.MULTILINE)
_TOML_LINE = re.compile(r"at line (\d+)")


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, FrontMatterError | None, str, int]:
    """(front matter, error, body, number of lines the front matter takes). YAML, TOML or JSON."""
    text = text.lstrip("\ufeff")
    if _JSON_START.match(text):
        return _json_front_matter(text)
    match = _YAML_BLOCK.match(text) or _TOML_BLOCK.match(text)
    if not match:
        stray = _STRAY.search(text)
        if stray and text[: stray.start()].strip():
            return None, FrontMatterError("frontmatter.not_first", text[: stray.start()].count("\n") + 1), text, 0
        return None, FrontMatterError("frontmatter.missing"), text, 0
    offset = match.group(0).count("\n")
    body, source = text[match.end():], match.group(1) or ""
    if text.startswith("+++"):
        try:
            data: Any = tomllib.loads(source)
        except tomllib.TOMLDecodeError as error:
            # tomllib names the line in its message only ("at line 3, column 7", or "at end of document").
            where = _TOML_LINE.search(str(error))
            line = int(where.group(1)) + 1 if where else source.rstrip("\n").count("\n") + 2
            detail = re.sub(r"\s*\(at [^)]*\)", "", str(error))
            return None, FrontMatterError("frontmatter.syntax", line, (("format", "TOML"), ("detail", detail))), body, offset
    else:
        try:
            data = yaml.load(source, Loader=_YAML_LOADER)
        except yaml.MarkedYAMLError as error:
            # The context mark is where the bad field starts ("while parsing a flow sequence"), the problem mark where it broke.
            mark = error.context_mark or error.problem_mark
            line = mark.line + 2 if mark else 1
            return None, FrontMatterError("frontmatter.syntax", line, (("format", "YAML"), ("detail", str(error.problem or "")))), body, offset
        except yaml.YAMLError as error:
            return None, FrontMatterError("frontmatter.syntax", 1, (("format", "YAML"), ("detail", str(error)))), body, offset
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, FrontMatterError("frontmatter.not_mapping", 2), body, offset
    return data, None, body, offset


def _json_front_matter(text: str) -> tuple[dict[str, Any] | None, FrontMatterError | None, str, int]:
    try:
        data, end = json.JSONDecoder().raw_decode(text)
    except json.JSONDecodeError as error:
        return None, FrontMatterError("frontmatter.syntax", error.lineno, (("format", "JSON"), ("detail", error.msg))), text, 0
    newline = text.find("\n", end)
    end = len(text) if newline == -1 else newline + 1
    if not isinstance(data, dict):
        return None, FrontMatterError("frontmatter.not_mapping"), text[end:], text[:end].count("\n")
    return data, None, text[end:], text[:end].count("\n")


# What is not prose: Hugo shortcodes, Liquid tags and output (code blocks with what they hold),
# HTML comments and kramdown attribute lists ({: .class}). Removed before parsing, newlines kept, so line
# numbers hold; a tag inside a link's parentheses leaves an empty, internal, link.
_NOT_PROSE = re.compile(
    r"<!--.*?-->"
    r"|\{%-?\s*(highlight|raw|comment)\b.*?\{%-?\s*end\1\s*-?%\}"
    r"|\{\{<\s*highlight\b.*?\{\{<\s*/highlight\s*>\}\}"
    r"|\{\{[<%].*?[>%]\}\}"
    r"|\{%.*?%\}"
    r"|\{\{[^\n]*?\}\}"
    r"|\{:[^}\n]*\}",
    re.DOTALL,
)
# MDX: JSX tags (components start with a capital) and {expressions}; import/export statements are handled by line.
_JSX = re.compile(r"</?[A-Z][\w.]*(?:[^<>{}]|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*>|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")
_MDX_STATEMENT = re.compile(r"(?:import|export)\s")


def _blank(match: re.Match[str]) -> str:
    return "\n" * match.group(0).count("\n")


def _without_mdx_statements(body: str) -> str:
    lines = body.split("\n")
    depth = 0
    for index, line in enumerate(lines):
        if depth > 0 or _MDX_STATEMENT.match(line):
            depth = max(0, depth + line.count("{") + line.count("(") - line.count("}") - line.count(")"))
            lines[index] = ""
    return "\n".join(lines)


def strip_non_prose(body: str, mdx: bool = False) -> str:
    """The body with markup that is not prose removed (see _NOT_PROSE; JSX and import/export in MDX)."""
    if "{" in body or "<!--" in body:
        body = _NOT_PROSE.sub(_blank, body)
    if mdx:
        body = _JSX.sub(_blank, _without_mdx_statements(body))
    return body


def parse_document(text: str, mdx: bool = False) -> Document:
    front_matter, error, body, offset = split_front_matter(text.replace("\r\n", "\n"))
    return parse_body(strip_non_prose(body, mdx), front_matter, error, offset)


def parse_body(body: str, front_matter: dict[str, Any] | None, error: FrontMatterError | None = None, offset: int = 0) -> Document:
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
