"""Command line: `rewrite ARTICLE`, `rewrite inspect`, `rewrite clean`, `rewrite check`.

Exit codes: 0 written and valid (check: no error); 1 written as a draft with
errors left (check: at least one error); 2 bad input, usage or config;
3 model or provider failure, nothing written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from rewriter.messages import Phrase, localize, say, ui_language

if TYPE_CHECKING:
    import click

    from rewriter.pipeline import RewriteSettings
    from rewriter.progress import Progress
    from rewriter.spec import Spec

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_PROVIDER = 0, 1, 2, 3
# The reader's language for --help, from the environment: typer takes help texts at import.
HELP_LANGUAGE = ui_language()


def _help(key: str) -> str:
    return say(f"help.{key}", HELP_LANGUAGE)


class _DefaultToRewrite(TyperGroup):
    """`rewrite article.txt` means `rewrite run article.txt`, as llm's default prompt command."""

    def parse_args(self, ctx: "click.Context", args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_DefaultToRewrite,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=_help("app"),
)


def fail(message: object, code: int = EXIT_USAGE) -> typer.Exit:
    """Print one error line in the reader's language; `message` is a Phrase, an error carrying one, or text."""
    ui = ui_language()  # read again: .env may set REWRITER_UI_LANG after import
    typer.echo(say("cli.error", ui, message=localize(message, ui)), err=True)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from rewriter import __version__

        typer.echo(f"rewrite {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help=_help("version"))] = False) -> None:
    """Turn raw articles into publish-ready SEO Markdown, and check articles before they are published."""


LangOption = Annotated[Optional[str], typer.Option("--lang", help=_help("lang"))]
MinWordsOption = Annotated[Optional[int], typer.Option("--min-words", min=1, help=_help("min_words"))]
MaxWordsOption = Annotated[Optional[int], typer.Option("--max-words", min=1, help=_help("max_words"))]
KeywordOption = Annotated[Optional[list[str]], typer.Option("--keyword", help=_help("keyword"))]
InputFormatOption = Annotated[Optional[str], typer.Option("--input-format", help=_help("input_format"))]
FetchTimeoutOption = Annotated[float, typer.Option("--fetch-timeout", min=0.1, help=_help("fetch_timeout"))]
InstructionsOption = Annotated[Optional[str], typer.Option(
    "--instructions", help=_help("instructions"))]
IgnoreEmbeddedOption = Annotated[bool, typer.Option(
    "--ignore-embedded", help=_help("ignore_embedded"))]
SiteOption = Annotated[Optional[str], typer.Option("--site", help=_help("site"))]


def _cli_spec(lang: str | None, min_words: int | None, max_words: int | None, keywords: list[str] | None) -> "Spec":
    from rewriter.config import ConfigError, language_option
    from rewriter.spec import Spec

    try:
        return Spec(language=language_option(lang), min_words=min_words, max_words=max_words, keywords=list(keywords or []))
    except ConfigError as error:
        raise fail(error) from None


def _read_input(article: str, max_bytes: int, fetch_timeout: float = 20.0) -> tuple[str, str]:
    """(text, name) of a path, an http(s) URL (its name is the URL) or stdin ("-")."""
    from rewriter.files import InputError, decode_checked, is_url, read_article

    try:
        if article == "-":
            return decode_checked(sys.stdin.buffer.read(), "<stdin>", max_bytes).text, "stdin"
        if is_url(article):
            from rewriter.fetch import fetch

            return fetch(article, timeout=fetch_timeout, max_bytes=max_bytes).text, article
        return read_article(Path(article), max_bytes).text, Path(article).name
    except InputError as error:
        raise fail(error) from None


def _input_format(value: str | None) -> str | None:
    from rewriter.extract import KINDS

    if value is not None and value not in KINDS:
        raise fail(Phrase("cli.input_format", value=value))
    return value


def _brief(value: str | None, max_bytes: int) -> str | None:
    """--instructions: the text itself, or @FILE."""
    from rewriter.files import InputError, read_article

    if value is None or not value.startswith("@"):
        return value
    try:
        return read_article(Path(value[1:]), max_bytes).text
    except InputError as error:
        raise fail(Phrase("cli.instructions", error=str(error))) from None


def _settings(cli_spec: "Spec", *, model: str | None = None, base_url: str | None = None, timeout: float | None = None,
              max_attempts: int = 3, prompts_dir: Path | None = None, offline: bool = False,
              log: bool = True, cache: bool = True, brief: str | None = None, embedded: bool = True,
              site: str | None = None) -> "RewriteSettings":
    from rewriter import config as configuration
    from rewriter.llm import ModelSettings
    from rewriter.logs import LogSettings, default_path
    from rewriter.messages import ui_language
    from rewriter.pipeline import RewriteSettings
    from rewriter.prompts import PromptError, Prompts
    from rewriter.sites import PROFILES

    try:
        configuration.load_environment()
        found = configuration.find_config()
        config_spec = configuration.spec_from_config(found)
        brief = brief if brief is not None else configuration.brief_from_config(found)
        levels, thresholds = configuration.check_levels(found)
        site = configuration.site_option(site, "--site") or configuration.configured_site(found) or "plain"
        prompts = Prompts(prompts_dir)
    except (configuration.ConfigError, PromptError) as error:
        raise fail(error) from None
    values = found.values
    base_url = base_url or configuration.env("OPENAI_BASE_URL") or values.get("base_url")
    api_key = configuration.env("OPENAI_API_KEY")
    model_settings = None
    if not offline and (api_key or base_url):
        model_settings = ModelSettings(
            model=model or configuration.env("REWRITER_MODEL") or values.get("model") or configuration.DEFAULT_MODEL,
            base_url=base_url, api_key=api_key, timeout=float(timeout or values.get("timeout") or 120.0),
            log=LogSettings(default_path(), record=log and values.get("log", True) is not False,
                            cache=cache and values.get("cache", True) is not False),
        )
    return RewriteSettings(cli_spec=cli_spec, config_spec=config_spec, prompts=prompts, model=model_settings,
                           max_attempts=max_attempts, levels=levels, thresholds=thresholds, ui_language=ui_language(),
                           brief=brief, embedded=embedded, site=PROFILES[site])


@app.command("run", help=_help("run"))
def run_command(
    articles: Annotated[Optional[list[str]], typer.Argument(help=_help("articles"),
                                                            show_default=False, metavar="ARTICLE...")] = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", help=_help("output"))] = None,
    force: Annotated[bool, typer.Option("--force", help=_help("force"))] = False,
    model: Annotated[Optional[str], typer.Option("--model", help=_help("model"))] = None,
    base_url: Annotated[Optional[str], typer.Option("--base-url", help=_help("base_url"))] = None,
    lang: LangOption = None,
    min_words: MinWordsOption = None,
    max_words: MaxWordsOption = None,
    keyword: KeywordOption = None,
    instructions: InstructionsOption = None,
    ignore_embedded: IgnoreEmbeddedOption = False,
    site: SiteOption = None,
    max_attempts: Annotated[int, typer.Option("--max-attempts", min=1, max=10, help=_help("max_attempts"))] = 3,
    timeout: Annotated[Optional[float], typer.Option("--timeout", min=1, help=_help("timeout"))] = None,
    prompts: Annotated[Optional[Path], typer.Option("--prompts", help=_help("prompts"))] = None,
    as_json: Annotated[bool, typer.Option("--json", help=_help("json"))] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=_help("quiet"))] = False,
    offline: Annotated[bool, typer.Option("--offline", help=_help("offline"))] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help=_help("max_bytes"))] = 5 * 1024 * 1024,
    concurrency: Annotated[int, typer.Option("-j", "--concurrency", min=1, max=256, help=_help("concurrency"))] = 8,
    glob: Annotated[Optional[list[str]], typer.Option("--glob", help=_help("glob"))] = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help=_help("retry_failed"))] = False,
    rpm: Annotated[Optional[float], typer.Option("--rpm", min=0.1, help=_help("rpm"))] = None,
    tpm: Annotated[Optional[float], typer.Option("--tpm", min=1, help=_help("tpm"))] = None,
    price_in: Annotated[Optional[float], typer.Option("--price-in", min=0, help=_help("price_in"))] = None,
    price_out: Annotated[Optional[float], typer.Option("--price-out", min=0, help=_help("price_out"))] = None,
    via: Annotated[str, typer.Option("--via", help=_help("via"))] = "online",
    poll_interval: Annotated[float, typer.Option("--poll-interval", min=0.01, help=_help("poll_interval"))] = 5.0,
    processes: Annotated[int, typer.Option("--processes", min=0, help=_help("processes"))] = 0,
    batch_file_requests: Annotated[int, typer.Option("--batch-file-requests", min=1, max=50_000, help=_help("batch_file_requests"))] = 50_000,
    no_log: Annotated[bool, typer.Option("--no-log", help=_help("no_log"))] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help=_help("no_cache"))] = False,
    wait: Annotated[bool, typer.Option("--wait", help=_help("wait"))] = False,
    review: Annotated[bool, typer.Option("--review", help=_help("review_flag"))] = False,
    input_format: InputFormatOption = None,
    fetch_timeout: FetchTimeoutOption = 20.0,
    urls: Annotated[Optional[Path], typer.Option("--urls", help=_help("urls"))] = None,
) -> None:
    import asyncio

    from rewriter import llm, report
    from rewriter.files import InputError
    from rewriter.pipeline import rewrite_one, write_result
    from rewriter.prompts import PromptError

    settings = _settings(_cli_spec(lang, min_words, max_words, keyword), model=model, base_url=base_url,
                         timeout=timeout, max_attempts=max_attempts, prompts_dir=prompts, offline=offline,
                         log=not no_log, cache=not no_cache, brief=_brief(instructions, max_bytes), embedded=not ignore_embedded,
                         site=site)
    settings.input_format = _input_format(input_format)
    articles = articles or []
    if not articles and urls is None:
        raise fail(Phrase("cli.no_article"))
    if urls is not None or len(articles) > 1 or (articles[0] != "-" and Path(articles[0]).is_dir()):
        if via not in ("online", "batch-api"):
            raise fail(Phrase("cli.via", value=via))
        _run_batch(articles, output, settings, as_json=as_json, quiet=quiet, force=force, max_bytes=max_bytes,
                   concurrency=concurrency, patterns=glob or ["*.txt", "*.md"], retry_failed=retry_failed,
                   rpm=rpm, tpm=tpm, price_in=price_in, price_out=price_out, via=via, poll_interval=poll_interval,
                   processes=processes, batch_file_requests=batch_file_requests, wait=wait,
                   url_list=urls, fetch_timeout=fetch_timeout)
    article = articles[0]
    target = _output_path(article, output)
    if target is None and as_json:
        raise fail(Phrase("cli.json_stdout"))
    if target is not None and target.exists() and not force:
        raise fail(Phrase("output.exists", path=target))
    review_page = _review_path(target, force) if review else None
    text, name = _read_input(article, max_bytes, fetch_timeout)
    progress = _progress(settings.ui_language) if not (quiet or as_json) else None
    try:
        job = rewrite_one(text, name, settings, progress)
        result = asyncio.run(progress.around(job) if progress else job)
    except llm.ProviderError as error:
        raise fail(Phrase("cli.nothing_written", article=article, error=str(error)), EXIT_PROVIDER) from None
    except (PromptError, InputError) as error:
        raise fail(error) from None
    try:
        if target is None:
            sys.stdout.write(result.markdown)
        else:
            write_result(result, target, force=force)
        if review_page is not None and target is not None:
            from rewriter import review as reviewing
            from rewriter.files import write_atomic

            write_atomic(review_page, reviewing.render(reviewing.of_result(result, target.name, name), settings.ui_language),
                         force=force)
    except InputError as error:
        raise fail(error) from None
    if as_json:
        typer.echo(json.dumps(report.rewrite_json(result, article, target), ensure_ascii=False, indent=2))
    elif not quiet:
        report.write_rewrite_text(result, article, target, sys.stderr if target is None else sys.stdout)
    raise typer.Exit(EXIT_INVALID if result.draft else EXIT_OK)


def _review_path(target: Path | None, force: bool) -> Path:
    """OUTPUT.review.html beside OUTPUT, refused before any work when it exists without --force."""
    if target is None:
        raise fail(Phrase("cli.review_stdout"))
    page = target.with_suffix(".review.html")
    if page.exists() and not force:
        raise fail(Phrase("output.exists", path=page))
    return page


def _progress(ui: str) -> "Progress | None":
    """A live progress line, only when stderr is a terminal."""
    import os

    if not sys.stderr.isatty():
        return None
    from rewriter.progress import Progress

    try:
        columns = os.get_terminal_size(sys.stderr.fileno()).columns
    except OSError:
        columns = 80
    return Progress(sys.stderr, ui, width=max(20, columns - 1))


def _run_batch(articles: list[str], output: str | None, settings: "RewriteSettings", *, as_json: bool, quiet: bool, **options: Any) -> None:
    from rewriter import report
    from rewriter.batch import BatchOptions, FatalBatchError, OutdirBusy, run_batch

    if not output or output == "-":
        raise fail(Phrase("cli.batch_output"))
    from rewriter.files import is_url

    url_list = options.pop("url_list")
    urls = [item for item in articles if is_url(item)] + (_read_url_list(url_list) if url_list else [])
    inputs = [Path(item) for item in articles if not is_url(item)]
    for item in inputs:
        if str(item) == "-" or not item.exists():
            raise fail(Phrase("input.no_such_path", path=item))
    outdir = Path(output)
    if outdir.exists() and not outdir.is_dir():
        raise fail(Phrase("cli.not_folder", path=outdir))
    if settings.model is None and not quiet:
        typer.echo(say("cli.note", settings.ui_language, message=Phrase("offline.hint")), err=True)
    processes = options.pop("processes")
    try:
        summary = run_batch(settings, BatchOptions(inputs=inputs, outdir=outdir, urls=urls, **options), processes=processes, quiet=quiet or as_json)
    except FatalBatchError as error:
        raise fail(Phrase("cli.batch_stopped", error=str(error)), EXIT_PROVIDER) from None
    except OutdirBusy as error:
        raise fail(str(error)) from None
    except OSError as error:
        raise fail(Phrase("file.error", path=outdir, error=str(error.strerror or error))) from None
    if as_json:
        typer.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    elif not quiet:
        report.write_batch_summary(summary, sys.stdout)
    if summary.interrupted:
        typer.echo(say("cli.interrupted", settings.ui_language, arguments=" ".join(sys.argv[1:])), err=True)
        raise typer.Exit(130)
    raise typer.Exit(EXIT_INVALID if summary.failed or summary.drafts else EXIT_OK)


def _read_url_list(path: Path) -> list[str]:
    """The URLs of a --urls file: one per line; blank lines and # comments are skipped."""
    from rewriter.files import InputError, is_url, read_article

    try:
        lines = read_article(path).text.split("\n")
    except InputError as error:
        raise fail(str(error)) from None
    urls = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line) or any(char.isspace() for char in line):
            raise fail(Phrase("cli.not_url", path=path, line=number, text=line[:80]))
        urls.append(line)
    return urls


def _output_path(article: str, output: str | None) -> Path | None:
    """None means stdout."""
    if output == "-" or (output is None and article == "-"):
        return None
    from rewriter.files import is_url

    if output is None and is_url(article):
        from rewriter.fetch import url_file_name

        return Path(url_file_name(article) + ".md")
    target = Path(output) if output else Path(article).with_suffix(".md")
    if article != "-" and target.resolve() == Path(article).resolve():
        raise fail(Phrase("output.is_input_cli", path=article))
    return target


@app.command("inspect", help=_help("inspect"))
def inspect_command(
    article: Annotated[str, typer.Argument(help=_help("article"))],
    as_json: Annotated[bool, typer.Option("--json", help=_help("inspect_json"))] = False,
    lang: LangOption = None,
    min_words: MinWordsOption = None,
    max_words: MaxWordsOption = None,
    keyword: KeywordOption = None,
    instructions: InstructionsOption = None,
    ignore_embedded: IgnoreEmbeddedOption = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help=_help("max_bytes"))] = 5 * 1024 * 1024,
    input_format: InputFormatOption = None,
    fetch_timeout: FetchTimeoutOption = 20.0,
) -> None:
    from rewriter import report
    from rewriter.pipeline import prepare

    from rewriter.files import InputError
    from rewriter.prompts import PromptError

    text, _ = _read_input(article, max_bytes, fetch_timeout)
    settings = _settings(_cli_spec(lang, min_words, max_words, keyword), offline=True,
                         brief=_brief(instructions, max_bytes), embedded=not ignore_embedded)
    settings.input_format = _input_format(input_format)
    try:
        prepared = prepare(text, settings, article)
    except (PromptError, InputError) as error:
        raise fail(error) from None
    if as_json:
        typer.echo(json.dumps(report.inspect_json(prepared), ensure_ascii=False, indent=2))
    else:
        report.write_inspect_text(prepared, sys.stdout)


@app.command("clean", help=_help("clean"))
def clean_command(
    article: Annotated[str, typer.Argument(help=_help("article"))],
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help=_help("max_bytes"))] = 5 * 1024 * 1024,
    input_format: InputFormatOption = None,
    fetch_timeout: FetchTimeoutOption = 20.0,
    ignore_embedded: IgnoreEmbeddedOption = False,
) -> None:
    from rewriter.extract import ExtractionError
    from rewriter.files import is_url
    from rewriter.pipeline import read_input

    kind = _input_format(input_format)
    text, _ = _read_input(article, max_bytes, fetch_timeout)
    try:
        cleaned = read_input(text, kind, article if is_url(article) else None, embedded=not ignore_embedded).cleaned
    except ExtractionError as error:
        raise fail(Phrase("file.error", path=article, error=str(error))) from None
    if not cleaned.text.strip():
        raise fail(Phrase("input.no_text", name=article))
    typer.echo(cleaned.text)


@app.command("prompts", help=_help("prompts_command"))
def prompts_command(
    prompts: Annotated[Optional[Path], typer.Option("--prompts", help=_help("prompts"))] = None,
) -> None:
    from rewriter.prompts import PromptError, Prompts

    try:
        for path in Prompts(prompts).template_paths():
            typer.echo(str(path))
    except PromptError as error:
        raise fail(error) from None


@app.command("review", help=_help("review"))
def review_command(
    output: Annotated[Path, typer.Argument(help=_help("review_output"))],
    source: Annotated[Optional[Path], typer.Option("--source", help=_help("review_source"))] = None,
    force: Annotated[bool, typer.Option("--force", help=_help("review_force"))] = False,
    lang: LangOption = None,
    min_words: MinWordsOption = None,
    max_words: MaxWordsOption = None,
    keyword: KeywordOption = None,
) -> None:
    from rewriter import review
    from rewriter.files import InputError, read_article, write_atomic
    from rewriter.markdown import split_front_matter
    from rewriter.prompts import PromptError

    settings = _settings(_cli_spec(lang, min_words, max_words, keyword), offline=True)
    page = _review_path(output, force)
    try:
        markdown = read_article(output).text
        source_path = source or _source_of(output, split_front_matter(markdown)[0] or {})
        reviewed = review.of_files(markdown, output.name, read_article(source_path).text, source_path.name, settings)
        page_html = review.render(reviewed, settings.ui_language)
        write_atomic(page, page_html, force=force)
    except (InputError, PromptError) as error:
        raise fail(error) from None
    typer.echo(str(page))


def _source_of(output: Path, meta: dict[str, Any]) -> Path:
    """The front matter's source, beside OUTPUT or in the working folder."""
    name = str(meta.get("source") or "")
    for candidate in ([output.parent / name, Path(name)] if name and name != "stdin" else []):
        if candidate.is_file():
            return candidate
    raise fail(Phrase("review.source_missing", path=output, name=name) if name else Phrase("review.no_source", path=output))


@app.command("logs", help=_help("logs"))
def logs_command(
    count: Annotated[int, typer.Option("-n", "--count", min=1, help=_help("logs_count"))] = 10,
    as_json: Annotated[bool, typer.Option("--json", help=_help("logs_json"))] = False,
) -> None:
    from rewriter import logs, report

    path = logs.default_path()
    try:
        calls = logs.latest(path, count)
    except logs.LogError as error:
        raise fail(str(error)) from None
    if as_json:
        typer.echo(json.dumps([call.as_dict() for call in calls], ensure_ascii=False, indent=2))
    else:
        report.write_logs_text(calls, path, sys.stdout)


@app.command("check", help=_help("check"))
def check_command(
    paths: Annotated[list[str], typer.Argument(help=_help("paths"))],
    fmt: Annotated[str, typer.Option("--format", help=_help("format"))] = "text",
    min_level: Annotated[str, typer.Option("--min-level", help=_help("min_level"))] = "suggestion",
    lang: LangOption = None,
    min_words: MinWordsOption = None,
    max_words: MaxWordsOption = None,
    keyword: KeywordOption = None,
    source: Annotated[Optional[Path], typer.Option("--source", help=_help("source"))] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help=_help("config"))] = None,
    jobs: Annotated[int, typer.Option("-j", "--jobs", min=0, help=_help("jobs"))] = 0,
    site: Annotated[Optional[str], typer.Option("--site", help=_help("check_site"))] = None,
    skip_drafts: Annotated[bool, typer.Option("--skip-drafts", help=_help("skip_drafts"))] = False,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help=_help("baseline"))] = None,
    update_baseline: Annotated[bool, typer.Option("--update-baseline", help=_help("update_baseline"))] = False,
    stats: Annotated[bool, typer.Option("--stats", help=_help("stats"))] = False,
) -> None:
    from rewriter import checker, report
    from rewriter.config import ConfigError, check_levels, find_config, load_config, site_option
    from rewriter.files import InputError, read_article

    if fmt not in ("text", "line", "json", "github"):
        raise fail(Phrase("cli.format", value=fmt))
    if min_level not in ("suggestion", "warning", "error"):
        raise fail(Phrase("cli.min_level", value=min_level))
    if update_baseline and baseline is None:
        raise fail(Phrase("cli.baseline_needed"))
    if stats and fmt not in ("text", "json"):
        raise fail(Phrase("cli.stats_format"))
    known = None
    try:
        found = load_config(config) if config else find_config()
        levels, thresholds = check_levels(found)
        defaults = checker.defaults_from(found, _cli_spec(lang, min_words, max_words, keyword), levels, thresholds)
        options = checker.CheckOptions(defaults, checker.site_from(site_option(site, "--site"), found), skip_drafts)
        if source is not None:
            defaults.source_text = read_article(source).text
        targets = checker.collect(paths)
        if baseline is not None and not update_baseline:
            from rewriter.baseline import read_baseline

            known = read_baseline(baseline)
    except (ConfigError, InputError) as error:
        raise fail(error) from None
    stdin_text = sys.stdin.buffer.read() if "-" in paths else None
    reports = checker.run(targets, options, stdin_text, jobs)
    hidden = None
    if baseline is not None:
        from rewriter.baseline import without_known, write_baseline

        if update_baseline:
            try:
                recorded = write_baseline(baseline, reports)
            except InputError as error:
                raise fail(str(error)) from None
            report.write_baseline_note(baseline, recorded, sys.stderr)
            raise typer.Exit(EXIT_USAGE if any(r.result is None for r in reports) else EXIT_OK)
        assert known is not None  # read before the run whenever a baseline is used
        reports, hidden = without_known(reports, known, baseline)
    if fmt == "json":
        typer.echo(report.check_json(reports, min_level, by_check=stats, known=hidden))
    elif fmt in ("line", "github"):
        for line in report.check_lines(reports, min_level, fmt):
            typer.echo(line)
    elif stats:
        report.write_check_stats(reports, min_level, sys.stdout)
    else:
        report.write_check_text(reports, min_level, sys.stdout, sys.stdout.isatty(), known=hidden)
    if any(r.result is None for r in reports):
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_INVALID if any(r.result is None or not r.result.ok for r in reports) else EXIT_OK)


def main() -> None:
    app()
