"""The review page: one self-contained HTML file to read a rewrite against its source.

Cleaned source and rewrite side by side, sections aligned; the spec with the origin
of each value and the instruction lines read; every check anchored to its line;
numbers and names absent from the source highlighted in place, quotations that differ
from it marked; the removed noise, folded; the measures of both texts. Pure: data in,
an HTML string out, every piece of text escaped. The page loads nothing from anywhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from rewriter.markdown import parse_body, parse_document, split_front_matter
from rewriter.messages import Phrase, localize, say, source_label
from rewriter.text import content_words, fold, words
from rewriter.validate import RANK, Alert, CheckSettings, Result, Stats, check_document, unsupported_facts

if TYPE_CHECKING:
    from rewriter.pipeline import Prepared, RewriteResult, RewriteSettings


@dataclass
class ReviewInput:
    output_name: str
    source_name: str
    markdown: str  # the rewrite as written: front matter and body
    prepared: "Prepared"  # instructions, spec and cleaned source
    result: Result  # the checks of the rewrite against the source
    keyphrase: str | None = None  # the one the checks used
    notes: list[str] = field(default_factory=list)  # Phrases, said in the page's language


def of_result(result: "RewriteResult", output_name: str, source_name: str) -> ReviewInput:
    """The review of a rewrite just made (`rewrite ARTICLE --review`)."""
    from rewriter.pipeline import keyphrase_of

    return ReviewInput(output_name, source_name, result.markdown, result.prepared, result.check,
                       keyphrase_of(result.prepared.spec, result.focus), list(result.notes))


def of_files(markdown: str, output_name: str, source_text: str, source_name: str, settings: "RewriteSettings") -> ReviewInput:
    """The review of a rewrite written earlier (`rewrite review OUTPUT.md`): its source is read and
    cleaned again, and the rewrite checked against it as `rewrite check` does, with the targets
    the rewrite recorded in its front matter."""
    from rewriter.checker import STDIN, settings_for
    from rewriter.pipeline import check_settings, model_focus, prepare, source_digest

    prepared = prepare(source_text, settings, source_name)
    meta = split_front_matter(markdown)[0] or {}
    checks = check_settings(prepared.spec, prepared.cleaned.text, settings, model_focus(prepared, markdown))
    checks = settings_for(meta, STDIN, checks, settings.site.name)  # STDIN: the source is already read
    result = check_document(parse_document(markdown), checks)
    notes = []
    if meta.get("source_sha256") and meta["source_sha256"] != source_digest(source_text):
        notes.append(Phrase("review.source_changed", name=source_name))
    return ReviewInput(output_name, source_name, markdown, prepared, result, checks.keyphrase, notes)


@dataclass
class Block:
    """A run of non-blank lines of the rewrite: a heading, a paragraph, a list."""

    line: int  # first line, 1-based in the file
    last: int
    text: str
    level: int = 0  # heading level, 0 for prose


@dataclass
class Span:
    start: int
    end: int
    kind: str  # number, name, quote
    title: str


_QUOTE = re.compile(r"«\s*([^»]+?)\s*»|“([^”]+?)”|\"([^\"\n]+?)\"")
_PUNCTUATION = ".,;:!?«»\"“”()'’[]…—–-"
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _normalised(text: str) -> str:
    return " ".join(token.strip(_PUNCTUATION) for token in words(fold(text)) if token.strip(_PUNCTUATION))


def blocks_of(markdown: str) -> tuple[dict[str, object], int, list[Block]]:
    """(front matter, lines it takes, blocks of the body)."""
    meta, _, body, offset = split_front_matter(markdown.replace("\r\n", "\n"))
    blocks: list[Block] = []
    current: list[tuple[int, str]] = []

    def close() -> None:
        if current:
            blocks.append(Block(current[0][0], current[-1][0], "\n".join(text for _, text in current)))
            current.clear()

    for index, text in enumerate(body.split("\n"), start=offset + 1):
        heading = _HEADING.match(text)
        if heading:
            close()
            blocks.append(Block(index, index, heading.group(2), len(heading.group(1))))
        elif text.strip():
            current.append((index, text))
        else:
            close()
    close()
    return meta or {}, offset, blocks


def highlights(text: str, facts: dict[str, str], normalised_source: str, ui: str = "en") -> list[Span]:
    """Where text holds a number or name the source lacks (`facts`: as written -> kind, from the
    facts.new check), and quotations not found in the source word for word."""
    spans = [Span(match.start(), match.end(), kind, say(f"review.mark.{kind}", ui))
             for written, kind in facts.items()
             for match in re.finditer(rf"(?<![\w]){re.escape(written)}(?![\w])", text)]
    for match in _QUOTE.finditer(text):
        quoted = next(group for group in match.groups() if group is not None)
        if len(words(quoted)) >= 3 and _normalised(quoted) not in normalised_source:
            spans.append(Span(match.start(), match.end(), "quote", say("review.mark.quote", ui)))
    spans.sort(key=lambda span: (span.start, -span.end))
    kept: list[Span] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            if span.kind == "quote" or kept[-1].kind != "quote":
                continue  # overlapping marks: the first one wins, facts nest inside quotations
        kept.append(span)
    return kept


def _marked(text: str, spans: list[Span]) -> str:
    """Escaped text with <mark> around each span (nested spans inside a quotation are kept)."""
    out: list[str] = []
    position = 0
    stack: list[int] = []
    events = sorted([(s.start, 1, i) for i, s in enumerate(spans)] + [(s.end, 0, i) for i, s in enumerate(spans)])
    for offset, opening, index in events:
        out.append(escape(text[position:offset]))
        position = offset
        span = spans[index]
        if opening:
            stack.append(index)
            out.append(f'<mark class="{span.kind}" title="{escape(span.title)}">')
        elif index in stack:
            stack.remove(index)
            out.append("</mark>")
    out.append(escape(text[position:]))
    return "".join(out)


def align(source_paragraphs: list[str], sections: list[str]) -> list[int]:
    """Section index of each source paragraph, in order (never going back), maximising shared content words."""
    if not sections:
        return [0] * len(source_paragraphs)
    section_words = [set(content_words(section)) for section in sections]
    scores = []
    for paragraph in source_paragraphs:
        mine = set(content_words(paragraph))
        scores.append([len(mine & theirs) / len(mine) if mine else 0.0 for theirs in section_words])
    best: list[list[float]] = []
    for row in scores:
        previous = best[-1] if best else [0.0] * len(sections)
        running, line = float("-inf"), []
        for j, score in enumerate(row):
            running = max(running, previous[j])
            line.append(running + score)
        best.append(line)
    choice = [0] * len(source_paragraphs)
    limit = len(sections) - 1
    for i in range(len(source_paragraphs) - 1, -1, -1):
        j = max(range(limit + 1), key=lambda k: (best[i][k], -k))
        choice[i] = limit = j
    return choice


def _source_paragraphs(prepared: "Prepared") -> list[tuple[int, str]]:
    """(first input line, text) of each paragraph of the cleaned source."""
    paragraphs: list[tuple[int, str]] = []
    current: list[tuple[int, str]] = []
    for line in prepared.cleaned.lines + [None]:  # type: ignore[list-item]
        if line is None or not line.text.strip():
            if current:
                paragraphs.append((current[0][0], " ".join(text.strip() for _, text in current)))
                current = []
            continue
        current.append((line.number, line.text))
        if len(line.text) > 200:  # one long line is one paragraph in most scraped text
            paragraphs.append((current[0][0], " ".join(text.strip() for _, text in current)))
            current = []
    return paragraphs


def source_stats(prepared: "Prepared", keyphrase: str | None) -> Stats:
    """The measures of the rewrite, taken on the cleaned source."""
    body = "\n\n".join(text for _, text in _source_paragraphs(prepared))
    settings = CheckSettings(language=prepared.spec.language, keyphrase=keyphrase)
    return check_document(parse_body(body, {}, None), settings).stats


def _severity_of(alerts: list[Alert]) -> str:
    return max((alert.severity for alert in alerts), key=lambda severity: RANK[severity])


def _number(value: float | None, ui: str, digits: int = 0, percent: bool = False) -> str:
    return "—" if value is None else say("review.percent" if percent else "review.number", ui, value=value, digits=digits)


def render(review: ReviewInput, ui: str = "en") -> str:
    """The page, its words in the interface language `ui` (check ids, classes and anchors never change)."""

    def t(key: str, **values: object) -> str:
        return escape(say(key, ui, **values))

    prepared = review.prepared
    spec = prepared.spec
    result = review.result
    source = prepared.cleaned.text
    normalised_source = _normalised(source)
    keyphrase = review.keyphrase
    before = source_stats(prepared, keyphrase)
    after = result.stats
    meta, front_lines, blocks = blocks_of(review.markdown)

    # Each alert goes to the block holding its line; front matter lines go to the front matter.
    anchored: dict[int, list[tuple[int, Alert]]] = {}
    owners: dict[int, int] = {}
    starts = [block.line for block in blocks]
    for number, alert in enumerate(result.alerts):
        owner = max((start for start in starts if start <= alert.line), default=1) if alert.line > front_lines else 1
        anchored.setdefault(owner, []).append((number, alert))
        owners[number] = owner

    facts = {written: kind for kind, written, _ in unsupported_facts(parse_document(review.markdown), source)}
    marks: dict[int, list[Span]] = {block.line: highlights(block.text, facts, normalised_source, ui) for block in blocks}
    counted = Counter(span.kind for spans in marks.values() for span in spans)

    # Sections: the title and intro, then each H2 with what follows it.
    sections: list[list[Block]] = [[]]
    for block in blocks:
        if block.level == 2 and sections[-1]:
            sections.append([])
        sections[-1].append(block)
    paragraphs = _source_paragraphs(prepared)
    assignment = align([text for _, text in paragraphs], [" ".join(b.text for b in section) for section in sections])

    status = "draft" if not result.ok else "valid"
    title = str(meta.get("title") or review.output_name)
    parts = [_HEAD.format(lang=ui, title=t("review.title", name=review.output_name))]
    parts.append(f'<header class="top"><div><p class="eyebrow">{t("review.eyebrow")}</p>'
                 f"<h1>{escape(title)}</h1>"
                 f'<p class="sub">{escape(review.output_name)} ← {escape(review.source_name)} · '
                 f'{t("review.made_by", engine=str(meta.get("engine", "?")), model=str(meta.get("model", "?")))}</p></div>'
                 f'<span class="status {status}">{t("review." + status)}</span></header>')
    for note in review.notes:
        parts.append(f'<p class="note">{escape(localize(note, ui))}</p>')

    # Measures, against the source.
    errors, warnings, suggestions = (result.count(level) for level in ("error", "warning", "suggestion"))
    density = _number(before.keyphrase_density, ui, 1, percent=True)
    cards = [  # (label, value as HTML, hint), all escaped
        (t("review.words"), t("review.number", value=after.words, digits=0), t("review.in_source", value=before.words)),
        (t("review.reading_ease"), escape(_number(after.flesch, ui)), t("review.in_source", value=_number(before.flesch, ui))),
        (t("review.density"), escape(_number(after.keyphrase_density, ui, 1, percent=True)),
         t("review.in_source", value=density) + (t("review.keyphrase", phrase=keyphrase) if keyphrase else t("review.no_keyphrase"))),
        (t("review.copied"), escape(_number(None if after.copy_share is None else after.copy_share * 100, ui, percent=True)),
         t("review.sequences")),
        (t("review.checks"), f'<span class="e">{errors}</span> · <span class="w">{warnings}</span> · <span class="s">{suggestions}</span>',
         t("review.severities")),
        (t("review.absent"), f"{counted['number']} · {counted['name']} · {counted['quote']}", t("review.absent_kinds")),
    ]
    parts.append('<section class="cards">' + "".join(
        f'<div class="card"><p class="label">{label}</p><p class="value">{value}</p>'
        f'<p class="hint">{hint}</p></div>' for label, value, hint in cards) + "</section>")

    # Checks and spec.
    parts.append(f'<section class="pair"><div class="panel"><h2>{t("review.checks")}</h2>')
    if result.alerts:
        parts.append('<ol class="checks">')
        ordered = sorted(enumerate(result.alerts), key=lambda item: (-RANK[item[1].severity], item[1].line))
        for number, alert in ordered:
            parts.append(f'<li id="check-{number}"><span class="pill {alert.severity}">{t("severity." + alert.severity)}</span>'
                         f'<code>{escape(alert.check)}</code> <span class="msg">{escape(alert.message)}</span> '
                         f'<a class="line" href="#L{owners[number]}">{t("review.line", line=alert.line)}</a></li>')
        parts.append("</ol>")
    else:
        parts.append(f'<p class="empty">{t("review.all_pass")}</p>')
    parts.append(f'</div><div class="panel"><h2>{t("review.spec")}</h2><table class="spec"><thead><tr><th>{t("review.setting")}</th>'
                 f'<th>{t("review.value")}</th><th>{t("review.from")}</th></tr></thead><tbody>')
    for name, value in spec.public().items():
        parts.append(f"<tr><td>{escape(name)}</td><td>{escape(_plain(value, ui)) or '—'}</td>"
                     f'<td class="origin">{escape(source_label(spec.sources.get(name, "default"), ui))}</td></tr>')
    parts.append("</tbody></table>")
    instructions = prepared.parsed.instructions
    parts.append(f'<h3>{t("review.instructions", count=len(instructions))}</h3>')
    if instructions:
        parts.append('<ul class="lines">' + "".join(f'<li><span class="ln">{line.number}</span>{escape(line.text)}</li>'
                                                    for line in instructions) + "</ul>")
    else:
        parts.append(f'<p class="empty">{t("review.no_instructions")}</p>')
    for warning in spec.warnings:
        parts.append(f'<p class="note">{escape(localize(warning, ui))}</p>')
    parts.append("</div></section>")

    # Side by side.
    parts.append(f'<section class="compare"><h2>{t("review.compare")}</h2><p class="legend">'
                 f'<mark class="number">{t("review.kind.number")}</mark> <mark class="name">{t("review.kind.name")}</mark> '
                 f'{t("review.legend_facts")} · <mark class="quote">{t("review.kind.quote")}</mark> {t("review.legend_quote")}</p>')
    parts.append(f'<div class="grid"><div class="colhead">{t("review.cleaned_source")}</div>'
                 f'<div class="colhead">{t("review.rewrite")}</div>')
    front = "".join(f"<tr><th>{escape(str(key))}</th><td>{escape(_plain(value, ui))}</td></tr>" for key, value in meta.items())
    parts.append(f'<div class="cell src meta">{t("review.kept", kept=len(prepared.cleaned.lines), name=review.source_name, removed=len(prepared.cleaned.removed))}</div>')
    parts.append(f'<div class="cell out">{_block_frame(1, anchored.get(1, []), f"<table class=front>{front}</table>")}</div>')
    for index, section in enumerate(sections):
        mine = [(line, text) for (line, text), owner in zip(paragraphs, assignment) if owner == index]
        left = "".join(f'<p><span class="ln">{line}</span>{escape(text)}</p>' for line, text in mine)
        right = "".join(_block_frame(block.line, anchored.get(block.line, []), _block_html(block, marks[block.line]))
                        for block in section)
        parts.append(f'<div class="cell src">{left or "<p class=empty>—</p>"}</div><div class="cell out">{right}</div>')
    parts.append("</div></section>")

    # Noise removed.
    removed = prepared.cleaned.removed
    reasons = Counter(line.reason for line in removed)
    parts.append(f'<section class="panel"><details><summary>{t("review.noise", count=len(removed))}'
                 + (" (" + ", ".join(f"{escape(k)} {v}" for k, v in reasons.most_common()) + ")" if removed else "")
                 + f'</summary><table class="removed"><thead><tr><th>{t("review.line_header")}</th>'
                 f'<th>{t("review.reason")}</th><th>{t("review.text")}</th></tr></thead><tbody>')
    parts.append("".join(f'<tr><td class="ln">{line.number}</td><td><span class="reason">{escape(line.reason)}</span></td>'
                         f"<td>{escape(line.text.strip())}</td></tr>" for line in removed))
    parts.append("</tbody></table></details></section>")
    parts.append("</main></body></html>\n")
    return "".join(parts)


def _plain(value: object, ui: str) -> str:
    if isinstance(value, bool):
        return say("report.yes" if value else "report.no", ui)
    if isinstance(value, list):
        return ", ".join(_plain(item, ui) for item in value)
    if isinstance(value, dict):
        return " · ".join(f"{key} {_plain(item, ui)}" for key, item in value.items())
    return "—" if value is None else str(value)


def _block_html(block: Block, spans: list[Span]) -> str:
    if block.level:
        return f"<h{min(block.level + 1, 6)} class=\"md h{block.level}\">{_marked(block.text, spans)}</h{min(block.level + 1, 6)}>"
    return f'<p class="md">{_marked(block.text, spans).replace(chr(10), "<br>")}</p>'


def _block_frame(line: int, alerts: list[tuple[int, Alert]], inner: str) -> str:
    """A block of the rewrite with its anchor, its line number and the checks that point at it."""
    if not alerts:
        return f'<div class="block" id="L{line}"><span class="ln">{line}</span>{inner}</div>'
    severity = _severity_of([alert for _, alert in alerts])
    badges = "".join(f'<a class="badge {alert.severity}" href="#check-{number}" title="{escape(alert.message)}">'
                     f"{escape(alert.check)}</a>" for number, alert in alerts)
    return (f'<div class="block flagged {severity}" id="L{line}"><span class="ln">{line}</span>{inner}'
            f'<div class="badges">{badges}</div></div>')


_HEAD = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
:root {{ --ink:#1f2430; --muted:#667085; --line:#e4e7ec; --bg:#f6f7f9; --card:#fff; --accent:#2f5bea;
  --error:#c62828; --error-bg:#fdecea; --warning:#b26a00; --warning-bg:#fff4e0; --suggestion:#1e6bb8; --suggestion-bg:#e8f1fb; }}
* {{ box-sizing: border-box; }}
body {{ margin:0; background:var(--bg); color:var(--ink); font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif; }}
main {{ max-width:1500px; margin:0 auto; padding:28px 32px 60px; }}
h1 {{ font-size:26px; line-height:1.25; margin:2px 0 6px; }}
h2 {{ font-size:17px; margin:0 0 12px; }}
.panel h3 {{ font-size:13px; margin:18px 0 8px; color:var(--muted); text-transform:uppercase; letter-spacing:.04em; }}
code {{ font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; background:#f1f3f6; padding:1px 5px; border-radius:4px; }}
.top {{ display:flex; justify-content:space-between; align-items:flex-start; gap:24px; margin-bottom:18px; }}
.eyebrow {{ margin:0; font-size:12px; text-transform:uppercase; letter-spacing:.08em; color:var(--accent); font-weight:600; }}
.sub {{ margin:0; color:var(--muted); font-size:13.5px; }}
.status {{ padding:6px 14px; border-radius:999px; font-weight:600; font-size:13px; white-space:nowrap; }}
.status.valid {{ background:#e7f6ec; color:#1b7a3d; }} .status.draft {{ background:var(--error-bg); color:var(--error); }}
.note {{ background:#fff8e1; border:1px solid #f3dca0; padding:8px 12px; border-radius:8px; font-size:13.5px; }}
.cards {{ display:grid; grid-template-columns:repeat(6,1fr); gap:12px; margin-bottom:18px; }}
.card {{ background:var(--card); border:1px solid var(--line); border-radius:10px; padding:12px 14px; }}
.card p {{ margin:0; }} .label {{ font-size:12px; color:var(--muted); text-transform:uppercase; letter-spacing:.04em; }}
.value {{ font-size:22px; font-weight:650; margin:4px 0 2px !important; }} .hint {{ font-size:12px; color:var(--muted); }}
.value .e {{ color:var(--error); }} .value .w {{ color:var(--warning); }} .value .s {{ color:var(--suggestion); }}
.pair {{ display:grid; grid-template-columns:1.25fr 1fr; gap:16px; margin-bottom:18px; }}
.panel {{ background:var(--card); border:1px solid var(--line); border-radius:10px; padding:16px 18px; margin-bottom:18px; }}
.pair .panel {{ margin-bottom:0; }}
.checks {{ list-style:none; margin:0; padding:0; }}
.checks li {{ display:flex; gap:8px; align-items:baseline; padding:7px 0; border-top:1px solid var(--line); font-size:14px; }}
.checks li:first-child {{ border-top:0; }} .checks .msg {{ flex:1; }}
.checks .line {{ color:var(--accent); text-decoration:none; font-size:12.5px; white-space:nowrap; }}
.pill {{ font-size:11px; font-weight:650; text-transform:uppercase; letter-spacing:.03em; padding:2px 7px; border-radius:5px; }}
.pill.error {{ background:var(--error-bg); color:var(--error); }} .pill.warning {{ background:var(--warning-bg); color:var(--warning); }}
.pill.suggestion {{ background:var(--suggestion-bg); color:var(--suggestion); }}
table {{ border-collapse:collapse; width:100%; font-size:13.5px; }}
th, td {{ text-align:left; padding:5px 8px; border-top:1px solid var(--line); vertical-align:top; }}
thead th {{ border-top:0; color:var(--muted); font-weight:600; font-size:12px; text-transform:uppercase; letter-spacing:.04em; }}
.origin {{ color:var(--muted); }}
.lines {{ list-style:none; margin:0; padding:0; font-size:13.5px; }} .lines li {{ padding:3px 0; }}
.ln {{ display:inline-block; min-width:2.6em; color:#98a2b3; font:11.5px ui-monospace,Menlo,Consolas,monospace; }}
.empty {{ color:var(--muted); margin:0; }}
.compare {{ background:var(--card); border:1px solid var(--line); border-radius:10px; padding:16px 18px; margin-bottom:18px; }}
.legend {{ margin:-4px 0 12px; color:var(--muted); font-size:13px; }}
.grid {{ display:grid; grid-template-columns:1fr 1fr; border:1px solid var(--line); border-radius:8px; overflow:hidden; }}
.colhead {{ position:sticky; top:0; background:#eef1f6; font-weight:650; font-size:13px; padding:8px 14px; border-bottom:1px solid var(--line); z-index:1; }}
.cell {{ padding:10px 14px; border-bottom:1px solid var(--line); min-width:0; }}
.cell.src {{ background:#fafbfc; border-right:1px solid var(--line); color:#3d4452; font-size:14px; }}
.cell.src p {{ margin:0 0 10px; }} .cell.src p .ln {{ margin-right:4px; }}
.cell.meta {{ color:var(--muted); font-size:13px; }}
.block {{ position:relative; padding:2px 8px 2px 40px; margin:0 -8px 8px -14px; border-left:3px solid transparent; }}
.block > .ln {{ position:absolute; left:8px; top:6px; }}
.block.flagged.error {{ border-left-color:var(--error); background:#fff8f7; }}
.block.flagged.warning {{ border-left-color:var(--warning); background:#fffbf3; }}
.block.flagged.suggestion {{ border-left-color:var(--suggestion); background:#f7fbff; }}
.block:target {{ outline:2px solid var(--accent); outline-offset:2px; }}
.md {{ margin:4px 0; }} .md.h1 {{ font-size:24px; line-height:1.3; }} .md.h2 {{ font-size:19px; margin-top:6px; }}
.md.h3, .md.h4, .md.h5, .md.h6 {{ font-size:16px; }}
.front th {{ width:9em; color:var(--muted); font-weight:500; }} .front td, .front th {{ font-size:12.5px; padding:3px 6px; }}
.front td {{ overflow-wrap:anywhere; }}
.badges {{ display:flex; flex-wrap:wrap; gap:4px; margin:2px 0 4px; }}
.badge {{ font:11px ui-monospace,Menlo,Consolas,monospace; padding:1px 6px; border-radius:4px; text-decoration:none; }}
.badge.error {{ background:var(--error-bg); color:var(--error); }} .badge.warning {{ background:var(--warning-bg); color:var(--warning); }}
.badge.suggestion {{ background:var(--suggestion-bg); color:var(--suggestion); }}
mark {{ border-radius:3px; padding:0 2px; color:inherit; }}
mark.number {{ background:#ffd6d1; box-shadow:inset 0 -2px 0 var(--error); }}
mark.name {{ background:#ffe9b8; box-shadow:inset 0 -2px 0 var(--warning); }}
mark.quote {{ background:#efe4ff; box-shadow:inset 0 -2px 0 #7c4dcc; }}
details summary {{ cursor:pointer; font-weight:600; }}
.removed {{ margin-top:10px; }} .reason {{ font:12px ui-monospace,Menlo,Consolas,monospace; background:#f1f3f6; padding:1px 6px; border-radius:4px; }}
@media (max-width: 1000px) {{ .cards {{ grid-template-columns:repeat(2,1fr); }} .pair {{ grid-template-columns:1fr; }} }}
</style></head><body><main>
"""
