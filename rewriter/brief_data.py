"""Briefs written as data: a JSON object, YAML (fenced by "---" or not), an INI section of key = value lines,
or a pipe table. They are read by their syntax (json, PyYAML, the table's cells) into labelled pairs
("mots min: 700", "keywords: a, b") that the brief's own reader then reads as the lines of a labelled block.

Pure: text in, pairs out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass


MAX_LINES = 60  # a brief's data is short; a longer structure is the article's (a config file, a data table)


@dataclass(frozen=True)
class DataBlock:
    """A brief's data at the edge of a file: how many lines it spans from the edge, and its pairs in order."""

    size: int
    pairs: list[tuple[str, str]]  # (key in words: "focus keyword", value as text: "a, b", "yes")


_FENCE = re.compile(r"^\s*(?:```|~~~)\s*(?:json|ya?ml|ini|toml)?\s*$", re.IGNORECASE)
_SECTION = re.compile(r"^\s*\[[^\[\]|,]{1,30}\]\s*$")  # "[brief]", "[consignes]"
_ASSIGNMENT = re.compile(r"^\s*[\"']?[^\W\d][\w .\-]{0,30}?[\"']?\s*(?:=|:(?=\s|$))")  # "max_words = 750", "langue: fr"
_LIST_ITEM = re.compile(r"^\s*-\s+\S")
_TABLE_ROW = re.compile(r"^[^|]*\|[^|]*\S")  # a cell boundary with text beside it
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NAMED_OBJECT = re.compile(r"^(?:const |let |var )?[A-Za-z_][\w.]{0,30}\s*[:=]\s*(?=\{)")  # 'brief = {"lang": "es", …}'
_DIGIT = re.compile(r"\d")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Keys whose meaning is their parent's: {"words": {"min": 800, "max": 1000}} is "words min", "words max".
_BARE_QUALIFIERS = frozenset("min max minimum maximum mini maxi target from to de a da bis von".split())


# {"seo": {"enabled": true, "focus": "…", "secondary": […]}}: what the keys under SEO or keywords mean.
_SEO_PARENT = re.compile(r"^(?:seo|keywords?|kws?|key ?phrases?|mots? ?cl[eé]s|palabras? clave|schl[uü]sselw[oö]rter|parole chiave)$",
                         re.IGNORECASE)
_SEO_CHILD = {**dict.fromkeys(("enabled", "active", "required", "on"), "seo"),
              **dict.fromkeys(("focus", "main", "primary", "principal", "principale", "haupt", "keyword", "keyphrase"), "focus keyword"),
              **dict.fromkeys(("secondary", "other", "others", "secondaire", "secondaires", "secundarias", "secondarie", "neben", "keywords"),
                              "secondary keywords")}


def data_block(lines: list[str], *, from_end: bool) -> DataBlock | None:
    """The data at one edge of a file, or None. `lines` are the file's lines from that edge: the last line
    first when `from_end`. Blank lines between the edge and the data count in its size."""
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    edge = lines[start:start + MAX_LINES]
    if not edge or not may_open_data(edge[0]):
        return None
    for reader in (_fenced, _json, _front_matter, _table, _assignments):
        found = reader(edge, from_end)
        if found is not None:
            size, pairs = found
            return DataBlock(start + size, pairs) if pairs else None
    return None


def may_open_data(line: str) -> bool:
    """Whether data may open (or, read from the end, close) on this line: a cheap test before any reading. Data opens
    (or closes) on a brace, a fence, a rule, a section, a list item, a table's cell, a tab, or a key and its "=" or ":".
    Written out rather than as one pattern: the pattern's end marks made it scan every position of every line."""
    opening, closing = line.lstrip(), line.rstrip()
    return bool(opening[:1] in ("{", "[", "|", "`", "~") or opening.startswith("---") or (opening[:1] == "-" and opening[1:2].isspace())
                or closing[-1:] in ("}", "]", "|", "`", "~") or "\t" in line or line.count("|") >= 2 or line.count(";") >= 2
                or _ASSIGNMENT.match(line))


def _fenced(edge: list[str], from_end: bool) -> tuple[int, list[tuple[str, str]]] | None:
    if not _FENCE.match(edge[0]):
        return None
    close = next((index for index in range(1, len(edge)) if _FENCE.match(edge[index])), None)
    if close is None:
        return None
    inner = _ordered(edge[1:close], from_end)
    mapping = _load(inner)
    return (close + 1, _pairs(mapping)) if mapping is not None else None


def _json(edge: list[str], from_end: bool) -> tuple[int, list[tuple[str, str]]] | None:
    first = edge[0].strip()
    if not (first.endswith("}") if from_end else _NAMED_OBJECT.sub("", first).startswith("{")):
        return None
    for size in range(1, len(edge) + 1):
        text = _NAMED_OBJECT.sub("", "\n".join(_ordered(edge[:size], from_end)).strip())
        if text.startswith("{") and text.endswith("}"):
            try:
                mapping = json.loads(text)
            except ValueError:
                continue
            return (size, _pairs(mapping)) if isinstance(mapping, dict) else None
    return None


def _front_matter(edge: list[str], from_end: bool) -> tuple[int, list[tuple[str, str]]] | None:
    if edge[0].strip() != "---":
        return None
    close = next((index for index in range(1, len(edge)) if edge[index].strip() in ("---", "...")), None)
    if close is None:
        return None
    mapping = _load(_ordered(edge[1:close], from_end))
    return (close + 1, _pairs(mapping)) if isinstance(mapping, dict) else None


def _table(edge: list[str], from_end: bool) -> tuple[int, list[tuple[str, str]]] | None:
    """Rows of "key | value" cells, or a header row over rows of values (a Markdown table, or a spreadsheet's
    header and row pasted as tab-separated cells)."""
    if "\t" in edge[0]:
        return _spreadsheet_row(edge, from_end, "\t")
    if edge[0].count(";") >= 2 and "|" not in edge[0]:
        return _spreadsheet_row(edge, from_end, ";")  # a spreadsheet saved as CSV where the comma is the decimal mark
    size = 0
    while size < len(edge) and edge[size].strip() and (_TABLE_ROW.match(edge[size]) or _TABLE_RULE.match(edge[size])):
        size += 1
    rows = [_cells(line) for line in _ordered(edge[:size], from_end) if not _TABLE_RULE.match(line)]
    if len(rows) < 2 or edge[0].strip().startswith("["):
        return None  # one line of pipes is a terse brief ("SEO | FR | 1000 mots"), read clause by clause
    if all(len(row) == 2 for row in rows):
        return size, [(_words(key), value) for key, value in rows if key and value]
    if len(rows) != 2 or len(rows[0]) != len(rows[1]):
        return None  # a brief's table has one row of values; more rows are the article's figures
    ruled = any(_TABLE_RULE.match(line) for line in edge[:size])
    if not ruled and (len(rows[0]) < 3 or any(_DIGIT.search(cell) or len(cell.split()) > 4 for cell in rows[0])):
        return None  # without a rule, a header is known by its cells: three labels or more, no figure among them
    header, *values = rows
    return size, [(_words(key), value) for row in values for key, value in zip(header, row) if key and value]


def unruled_table(lines: list[str]) -> bool:
    """Whether a block is a table with no Markdown rule under its header: a row of labels over a row of values,
    as an SEO tool exports them (between pipes, or as CSV with semicolons). Its labels alone say it is a brief, so the
    reader asks more of them than of a ruled table ("Titre | Auteur | Langue" over a book's row is the article's)."""
    rows = [line for line in lines if line.strip()]
    return len(rows) == 2 and (all("|" in row for row in rows) and not any(_TABLE_RULE.match(row) for row in rows)
                               or all(row.count(";") >= 2 for row in rows))


def table_of_figures(lines: list[str]) -> bool:
    """A pipe table at an edge (`lines` from that edge) with three columns or more and three rows of values or
    more: the article's figures ("| Deutsch | 1.240 | 780 |"). A brief's table has one row of values, or two
    columns of keys and values."""
    rows: list[list[str]] = []
    for line in lines:
        if not line.strip() and not rows:
            continue
        if not line.strip().startswith("|"):
            break
        if not _TABLE_RULE.match(line):
            rows.append(_cells(line))
    return len(rows) >= 4 and len(rows[0]) >= 3


def _spreadsheet_row(edge: list[str], from_end: bool, separator: str) -> tuple[int, list[tuple[str, str]]] | None:
    """A header row and one row of values, three cells or more, copied from a spreadsheet (cells joined by tabs) or
    exported as CSV with semicolons."""
    if len(edge) < 2 or (len(edge) > 2 and separator in edge[2]):
        return None  # more rows are the article's figures
    header, values = (line.split(separator) for line in _ordered(edge[:2], from_end))
    if len(header) < 3 or len(header) != len(values):
        return None
    if separator == ";" and any(_DIGIT.search(cell) or len(cell.split()) > 4 for cell in header):
        return None  # semicolons are common in prose: a header of labels has no figure and a few words a cell
    return 2, [(_words(key.strip()), value.strip()) for key, value in zip(header, values) if key.strip() and value.strip()]


def _assignments(edge: list[str], from_end: bool) -> tuple[int, list[tuple[str, str]]] | None:
    """YAML without its fences, INI sections, key = value lines: read when the syntax is a data file's
    (an "=", a key_with_underscores, a [section], a "- item" list or an indented key under a key)."""
    size = 0
    while size < len(edge) and edge[size].strip() and (
            _SECTION.match(edge[size]) or _ASSIGNMENT.match(edge[size]) or _LIST_ITEM.match(edge[size])):
        size += 1
    block = _ordered(edge[:size], from_end)
    keys = [line.split(_separator(line), 1)[0].strip() for line in block if _ASSIGNMENT.match(line)]
    data_like = any(_SECTION.match(line) or "_" in key or "=" in line.split(":")[0] for line, key in zip(block, keys)) or (
        any(_LIST_ITEM.match(line) for line in block) and any(line.rstrip().endswith(":") for line in block))
    if len(keys) < 2 or not data_like:
        return None
    pairs: list[tuple[str, str]] = []
    for line in block:
        if _SECTION.match(line):
            continue
        if _LIST_ITEM.match(line):
            if pairs:  # "keywords:" then "- a", "- b"
                key, value = pairs[-1]
                pairs[-1] = (key, ", ".join(part for part in (value, line.strip()[1:].strip()) if part))
            continue
        raw_key, _, value = line.partition(_separator(line))
        pairs.append((_words(raw_key.strip().strip("\"'")), _scalar(_inline(value.strip()))))
    return size, [(key, value) for key, value in pairs if value]


def _separator(line: str) -> str:
    """ "max_words = 750" or "langue: fr": an "=" before any colon separates the key, else the colon."""
    return "=" if "=" in line.split(":")[0] else ":"


def _ordered(part: list[str], from_end: bool) -> list[str]:
    """Lines taken from the end of a file come last first: put them back in the file's order."""
    return list(reversed(part)) if from_end else part


def _load(lines: list[str]) -> object:
    text = "\n".join(lines)
    try:
        return json.loads(text)
    except ValueError:
        pass
    import yaml  # here, not at import: most files have no brief written as YAML, and PyYAML costs start-up

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return None


def _pairs(mapping: object, parent: str = "") -> list[tuple[str, str]]:
    """Flatten a mapping into "key: value" lines, nested keys under their parent's meaning."""
    if not isinstance(mapping, dict):
        return []
    pairs: list[tuple[str, str]] = []
    for raw_key, value in mapping.items():
        key = _words(str(raw_key))
        if parent and key.lower() in _BARE_QUALIFIERS:
            key = f"{parent} {key}"
        elif parent and _SEO_PARENT.match(parent):
            key = _SEO_CHILD.get(key.lower(), key)
        if isinstance(value, dict):
            pairs += _pairs(value, key)
        elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            for item in value:
                pairs += _pairs(item, key)
        elif value is not None and value != "" and value != []:
            pairs.append((key, _scalar(value)))
    return pairs


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_scalar(item) for item in value)
    return str(value).strip()


def _inline(value: str) -> object:
    """An inline list "[a, b]" (YAML flow style) as a list; quotes around a value dropped."""
    if value.startswith("[") and value.endswith("]"):
        return [item.strip().strip("\"'") for item in value[1:-1].split(",") if item.strip()]
    return value.strip("\"'")


def _words(key: str) -> str:
    """A data key in words: "focus_keyword" -> "focus keyword", "targetWords" -> "target Words"."""
    return " ".join(_CAMEL.sub(" ", key).replace("_", " ").replace("-", " ").replace(".", " ").split())


def _cells(line: str) -> list[str]:
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return [cell.strip().strip("*_`").strip() for cell in text.split("|")]
