"""The rewrite pipeline for one article: parse, clean, prompt, generate,
validate, repair, render. `rewrite` and batch jobs both go through
`rewrite_article`; writing the file is `write_result`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rewriter import llm
from rewriter.clean import Cleaned, clean
from rewriter.extract import ExtractionError, Metadata, Source, extract, guard_warnings
from rewriter.config import ResolvedSpec, resolve_spec
from rewriter.files import InputError, is_url, write_atomic
from rewriter.instructions import ParsedInput, parse
from rewriter.instructions_model import read_instructions
from rewriter.keyphrase import Focus, choose
from rewriter.markdown import extract_article, parse_body, render_front_matter, slugify, split_front_matter
from rewriter.messages import Phrase
from rewriter.offline import restructure
from rewriter.prompts import Message, Prompts, new_fence
from rewriter.sites import PROFILES, SiteProfile, draft_line, front_matter_for
from rewriter.spec import Line, Spec
from rewriter.text import words
from rewriter.validate import Alert, CheckSettings, Result, Thresholds, check_document

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from rewriter.progress import Progress


@dataclass
class Article:
    """The input read as its kind: the article extracted, instructions parsed, noise removed."""

    source: Source
    parsed: ParsedInput
    cleaned: Cleaned


def read_input(text: str, kind: str | None = None, url: str | None = None, *, embedded: bool = True,
               brief: str | None = None) -> Article:
    """Extract the article from text, Markdown or HTML (kind detected when None), read its instructions
    (after the run's brief), then clean it."""
    source = extract(text, kind, url)
    parsed = parse(source.text, embedded=embedded, brief=brief)
    if source.needs_cleaning:
        cleaned = clean(parsed.article)
        cleaned.removed = sorted(source.removed + cleaned.removed, key=lambda removed: removed.number)
    else:
        cleaned = Cleaned([Line(line.number, line.text.strip()) for line in parsed.article], [])
    given = len(words(parsed.article_text)) + sum(len(words(removed.text)) for removed in source.removed)
    cleaned.warnings += guard_warnings(source, given if source.needs_cleaning else 0,
                                       [(line.number, line.text) for line in cleaned.lines])
    return Article(source, parsed, cleaned)


@dataclass
class Prepared:
    """An article ready for the model: instructions read, noise removed, prompt rendered."""

    parsed: ParsedInput
    cleaned: Cleaned
    spec: ResolvedSpec
    fence: str
    messages: list[Message]
    source: Source
    focus: Focus  # the editor's keyphrase, else the one derived from the source (a model may propose a better one)
    model_spec: Spec | None = None  # what the model read of the instructions the rules could not map


@dataclass
class Attempt:
    number: int
    calls: int
    usage: llm.Usage
    errors: int
    warnings: int
    failures: list[str]
    cached: bool = False  # answered from the run log, no model call


@dataclass
class RewriteResult:
    prepared: Prepared
    engine: str
    model: str | None
    markdown: str
    check: Result
    focus: Focus
    attempts: list[Attempt] = field(default_factory=list)
    usage: llm.Usage = field(default_factory=llm.Usage)
    notes: list[str] = field(default_factory=list)

    @property
    def draft(self) -> bool:
        return not self.check.ok


@dataclass
class RewriteSettings:
    cli_spec: Spec = field(default_factory=Spec)
    config_spec: Spec = field(default_factory=Spec)
    prompts: Prompts = field(default_factory=Prompts)
    model: llm.ModelSettings | None = None  # None: offline engine
    max_attempts: int = 3
    levels: dict[str, str] = field(default_factory=dict)
    thresholds: Thresholds = field(default_factory=Thresholds)
    ui_language: str = "en"
    input_format: str | None = None  # text, markdown or html; None: detected from the content
    brief: str | None = None  # --instructions (else the config's): read before the file's own instructions
    embedded: bool = True  # False with --ignore-embedded: no line of the file is an instruction
    site: SiteProfile = PROFILES["plain"]  # the generator the output is written for (--site)


def prepare(text: str, settings: RewriteSettings, name: str = "<input>", model_spec: Spec | None = None) -> Prepared:
    try:
        article = read_input(text, settings.input_format, name if is_url(name) else None,
                             embedded=settings.embedded, brief=settings.brief)
    except ExtractionError as error:
        raise InputError(Phrase("file.error", path=name, error=str(error))) from None
    parsed, cleaned = article.parsed, article.cleaned
    if not words(cleaned.text):
        raise InputError(Phrase("input.no_text", name=name))
    spec = resolve_spec(settings.cli_spec, parsed.spec, settings.config_spec, cleaned.text, model_spec)
    ignored = [] if settings.embedded else [Phrase("instructions.ignored")]
    spec.warnings[:0] = parsed.warnings + cleaned.warnings + ignored
    fence = new_fence()
    focus = choose(spec.keywords, None, cleaned.text)
    return Prepared(parsed, cleaned, spec, fence, settings.prompts.rewrite(spec, cleaned.text, fence), article.source, focus,
                    model_spec)


def keyphrase_of(spec: ResolvedSpec, focus: Focus) -> str | None:
    """The keyphrase the checks use: the editor's always; a proposed or derived one when SEO is asked."""
    return focus.keyphrase if spec.seo or focus.origin == "editor" else None


def check_settings(spec: ResolvedSpec, source_text: str, settings: RewriteSettings, focus: Focus) -> CheckSettings:
    return CheckSettings(language=spec.language, min_words=spec.min_words, max_words=spec.max_words,
                         subheadings=spec.subheadings, keyphrase=keyphrase_of(spec, focus),
                         source_text=source_text, levels=settings.levels, thresholds=settings.thresholds,
                         ui_language=settings.ui_language, title_is_h1=settings.site.title_is_h1)


def targets(spec: ResolvedSpec, settings: RewriteSettings) -> dict[str, Any]:
    """What `rewrite check` needs to give the rewrite's verdict: the front matter's `rewriter:` key."""
    recorded: dict[str, Any] = {"min_words": spec.min_words}
    if spec.max_words is not None:
        recorded["max_words"] = spec.max_words
    recorded["subheadings"] = spec.subheadings
    off = sorted(check for check, level in settings.levels.items() if level == "off")
    if off:
        recorded["checks_off"] = off
    return recorded


def model_focus(prepared: Prepared, article: str) -> Focus:
    """The focus of a model's draft: the keyphrase it proposes in its front matter, when the source supports it."""
    if prepared.focus.origin == "editor" or not prepared.spec.seo:
        return prepared.focus
    meta = split_front_matter(article)[0] or {}
    proposed = meta.get("keyphrase")
    return choose([], str(proposed).strip() if isinstance(proposed, (str, int, float)) else None, prepared.cleaned.text,
                  derived=prepared.focus)  # not the editor's: the source's own, derived by `prepare`


def source_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _finish(body_markdown: str, prepared: Prepared, source_name: str, source_sha256: str, engine: str,
            model: str | None, settings: RewriteSettings, focus: Focus,
            title: str | None = None, description: str | None = None) -> tuple[str, Result, list[str]]:
    """Render the final document with our front matter and check it.

    Title: the one the editor asked for, else the engine's, else the model's front matter.
    """
    spec = prepared.spec
    meta, error, body, _ = split_front_matter(body_markdown)
    notes = [Phrase("note.front_matter", problem=Phrase(error))] if error and engine == "llm" else []
    meta = meta or {}
    headline = _HEADLINE.match(body.lstrip("\n")) if settings.site.title_is_h1 else None
    if headline:
        # The theme prints the front-matter title as the H1: the body's headline moves there.
        body = body.lstrip("\n")[headline.end():]
    title = spec.title or title or (str(meta["title"]).strip() if meta.get("title") else None) or (headline.group(1).strip() if headline else None)
    description = description or (str(meta["description"]).strip() if meta.get("description") else None)
    front: dict[str, Any] = {}
    if title:
        front["title"] = title
    if description:
        front["description"] = description
    front.update({
        "slug": slugify(title or source_name),
        "lang": spec.language,
    })
    # SEO fields (issue 13): the keyphrase the checks used, and the keywords.
    keyphrase = keyphrase_of(spec, focus)
    if keyphrase:
        front["keyphrase"] = keyphrase
    front["keywords"] = list(focus.keywords)
    front.update({
        "date": dt.datetime.now().astimezone().replace(microsecond=0),
        "source": source_name,
        **_source_fields(prepared.source.metadata, source_name),
        "source_sha256": source_sha256,
        "model": model or "offline",
        "engine": engine,
        "rewriter": targets(spec, settings),
    })
    # word_count and draft come from the check, so they close the front matter as plain lines:
    # the header is rendered once, and the check sees the document as it will be written.
    front = front_matter_for(settings.site, front)
    header = render_front_matter(front)
    header_lines = header.count("\n") + 2
    body = body.strip() + "\n"
    full_meta = {**front, "word_count": 0, "draft": False}
    result = check_document(parse_body(body, full_meta, None, header_lines), check_settings(spec, prepared.cleaned.text, settings, focus))
    closing = f"word_count: {result.stats.words}\n{draft_line(settings.site, not result.ok)}\n---\n\n"
    return header[: -len("---\n\n")] + closing + body, result, notes


def _source_fields(metadata: Metadata, source_name: str) -> dict[str, str]:
    """What the page said about itself, for the front matter; a fetched URL is its own source_url."""
    fetched = source_name if is_url(source_name) else None
    fields = {"source_url": metadata.url or fetched, "source_title": metadata.title, "author": metadata.author,
              "source_date": metadata.date}
    return {name: value for name, value in fields.items() if value}


_HEADLINE = re.compile(r"#[ \t]+([^\n]*?)[ \t#]*(?:\n|\Z)")


def _length_gap(result: Result, spec: ResolvedSpec) -> int:
    """Words missing or in excess: between two failing drafts, the closer one is better."""
    words = result.stats.words
    return max(0, spec.min_words - words) + (max(0, words - spec.max_words) if spec.max_words else 0)


def _failures(result: Result, notes: list[str]) -> list[str]:
    """What the repair request names: every error, then the warnings worth fixing."""
    chosen: list[Alert] = result.errors + [a for a in result.alerts if a.severity == "warning"][:6]
    return notes + [f"{alert.check}: {alert.message}" + (f" (line {alert.line})" if alert.line > 1 else "") for alert in chosen]


async def rewrite_article(text: str, source_name: str, settings: RewriteSettings, *, client: "AsyncOpenAI | None" = None,
                          limiter: llm.Limiter | None = None, prepared: Prepared | None = None,
                          first_draft: llm.Completion | None = None, progress: "Progress | None" = None) -> RewriteResult:
    """Rewrite one article. Raises llm.ProviderError when no draft could be had from the model.

    `client` (an AsyncOpenAI client, owned by the caller) is needed when a model is set.
    `first_draft` is an answer already obtained (from the Batch API): it counts as the
    first attempt, and only repairs call the model. `progress` shows each stage, and
    makes the model's answers stream.
    """
    if progress and prepared is None:
        progress.stage("cleaning")
    prepared = prepared or prepare(text, settings, source_name)
    digest = source_digest(text)
    if settings.model is None:
        # The offline engine keeps the source's sentences by design: copying is not a fault here.
        settings = replace(settings, levels={**settings.levels, "originality.copy": "off"})
        offline = restructure(prepared.cleaned.text, prepared.spec.language, prepared.spec.subheadings,
                              keyphrase_of(prepared.spec, prepared.focus))
        markdown, result, _ = _finish(offline.body, prepared, source_name, digest, "offline", None, settings,
                                      prepared.focus, title=offline.title, description=offline.description)
        return RewriteResult(prepared, "offline", None, markdown, result, prepared.focus,
                             notes=[Phrase("offline.hint")])

    model = settings.model
    if client is None:
        raise ValueError("rewrite_article needs the caller's client when a model is set")
    attempts: list[Attempt] = []
    usage = llm.Usage()
    if prepared.parsed.unmapped_lines and prepared.model_spec is None and first_draft is None:
        # Instruction lines the rules could not wholly map: the model reads them (and only them).
        model_spec, spent = await read_instructions(client, model, prepared.parsed.unmapped_lines, limiter)
        usage.add(spent)
        if model_spec is not None:
            prepared = prepare(text, settings, source_name, model_spec)
    best: tuple[tuple[int, int, int], str, Result] | None = None
    messages = prepared.messages
    notes: list[str] = []
    focus: Focus | None = None  # set by the first draft, then kept: every draft is judged on one keyphrase
    failures: list[str] = []
    for number in range(1, settings.max_attempts + 1):
        if progress:
            progress.stage("repairing" if failures else "drafting", attempt=number, attempts=settings.max_attempts, failures=failures)
        try:
            if number == 1 and first_draft is not None:
                completion = first_draft
            else:
                completion = await llm.complete(client, model, messages, limiter, source_sha256=digest,
                                                on_tokens=progress.tokens if progress else None)
        except llm.ProviderError as error:
            if best is None or error.fatal:
                raise
            notes.append(Phrase("note.attempt_failed", number=number, error=str(error)))
            break
        usage.add(completion.usage)
        if progress:
            progress.stage("checking", attempt=number, attempts=settings.max_attempts)
        article = extract_article(completion.text)
        focus = focus or model_focus(prepared, article)
        markdown, result, model_notes = _finish(article, prepared, source_name, digest, "llm", model.model, settings, focus)
        failures = _failures(result, model_notes)
        attempts.append(Attempt(number, completion.calls, completion.usage, result.count("error"),
                                result.count("warning"), failures if not result.ok else [], completion.cached))
        score = (result.count("error"), _length_gap(result, prepared.spec), result.count("warning"))
        if best is None or score < best[0]:
            best = (score, markdown, result)
        if result.ok:
            break
        messages = settings.prompts.repair(prepared.messages, completion.text, failures, prepared.spec, prepared.fence,
                                           keyphrase_of(prepared.spec, focus))
    assert best is not None and focus is not None
    return RewriteResult(prepared, "llm", model.model, best[1], best[2], focus, attempts, usage, notes)


async def rewrite_one(text: str, source_name: str, settings: RewriteSettings, progress: "Progress | None" = None) -> RewriteResult:
    """The single-article job: make sure the model is served, then rewrite."""
    if settings.model is None:
        return await rewrite_article(text, source_name, settings, progress=progress)
    client = llm.make_client(settings.model)
    try:
        await llm.check_model(client, settings.model)
        return await rewrite_article(text, source_name, settings, client=client, progress=progress)
    finally:
        await client.close()


def write_result(result: RewriteResult, path: Path, *, force: bool = False) -> None:
    write_atomic(path, result.markdown, force=force)
