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

if TYPE_CHECKING:
    import click

    from rewriter.pipeline import RewriteSettings
    from rewriter.progress import Progress
    from rewriter.spec import Spec

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_PROVIDER = 0, 1, 2, 3


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
    help="Turn raw articles into publish-ready SEO Markdown, and check articles before they are published.\n\n"
         "rewrite ARTICLE rewrites one file (or a folder: see `rewrite run --help`).",
)


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    typer.echo(f"rewrite: error: {message}", err=True)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from rewriter import __version__

        typer.echo(f"rewrite {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False) -> None:
    """Turn raw articles into publish-ready SEO Markdown, and check articles before they are published."""


LangOption = Annotated[Optional[str], typer.Option("--lang", help="Language of the article (fr, en, french...).")]
MinWordsOption = Annotated[Optional[int], typer.Option("--min-words", min=1, help="Fewest words.")]
MaxWordsOption = Annotated[Optional[int], typer.Option("--max-words", min=1, help="Most words.")]
KeywordOption = Annotated[Optional[list[str]], typer.Option("--keyword", help="Keyword; the first is the focus keyphrase. Repeatable.")]


def _cli_spec(lang: str | None, min_words: int | None, max_words: int | None, keywords: list[str] | None) -> "Spec":
    from rewriter.config import ConfigError, language_option
    from rewriter.spec import Spec

    try:
        return Spec(language=language_option(lang), min_words=min_words, max_words=max_words, keywords=list(keywords or []))
    except ConfigError as error:
        raise fail(str(error)) from None


def _read_input(article: str, max_bytes: int) -> tuple[str, str]:
    """(text, name) of a path or of stdin ("-")."""
    from rewriter.files import InputError, decode_checked, read_article

    try:
        if article == "-":
            return decode_checked(sys.stdin.buffer.read(), "<stdin>", max_bytes).text, "stdin"
        return read_article(Path(article), max_bytes).text, Path(article).name
    except InputError as error:
        raise fail(str(error)) from None


def _settings(cli_spec: "Spec", *, model: str | None = None, base_url: str | None = None, timeout: float | None = None,
              max_attempts: int = 3, prompts_dir: Path | None = None, offline: bool = False,
              log: bool = True, cache: bool = True) -> "RewriteSettings":
    from rewriter import config as configuration
    from rewriter.llm import ModelSettings
    from rewriter.logs import LogSettings, default_path
    from rewriter.messages import ui_language
    from rewriter.pipeline import RewriteSettings
    from rewriter.prompts import PromptError, Prompts

    try:
        configuration.load_environment()
        found = configuration.find_config()
        config_spec = configuration.spec_from_config(found)
        levels, thresholds = configuration.check_levels(found)
        prompts = Prompts(prompts_dir)
    except (configuration.ConfigError, PromptError) as error:
        raise fail(str(error)) from None
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
                           max_attempts=max_attempts, levels=levels, thresholds=thresholds, ui_language=ui_language())


@app.command("run")
def run_command(
    articles: Annotated[list[str], typer.Argument(help="Article file, folder, or - for stdin.", show_default=False, metavar="ARTICLE...")],
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Output file, - for stdout, or a folder for several articles.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing output files.")] = False,
    model: Annotated[Optional[str], typer.Option("--model", help="Model name (else REWRITER_MODEL).")] = None,
    base_url: Annotated[Optional[str], typer.Option("--base-url", help="OpenAI-compatible server URL (else OPENAI_BASE_URL).")] = None,
    lang: LangOption = None,
    min_words: MinWordsOption = None,
    max_words: MaxWordsOption = None,
    keyword: KeywordOption = None,
    max_attempts: Annotated[int, typer.Option("--max-attempts", min=1, max=10, help="Model drafts at most, repairs included.")] = 3,
    timeout: Annotated[Optional[float], typer.Option("--timeout", min=1, help="Seconds per model call.")] = None,
    prompts: Annotated[Optional[Path], typer.Option("--prompts", help="Folder of templates that override the built-in ones.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable report on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
    offline: Annotated[bool, typer.Option("--offline", help="Use the offline engine even when a model is configured.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse input files larger than this.")] = 5 * 1024 * 1024,
    concurrency: Annotated[int, typer.Option("-j", "--concurrency", min=1, max=256, help="Batch: most model calls at once (adaptive below).")] = 8,
    glob: Annotated[Optional[list[str]], typer.Option("--glob", help="Batch: file patterns to take (default *.txt and *.md). Repeatable.")] = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Batch: retry articles that failed in an earlier run.")] = False,
    rpm: Annotated[Optional[float], typer.Option("--rpm", min=0.1, help="Batch: at most this many requests per minute.")] = None,
    tpm: Annotated[Optional[float], typer.Option("--tpm", min=1, help="Batch: at most this many tokens per minute.")] = None,
    price_in: Annotated[Optional[float], typer.Option("--price-in", min=0, help="Price per million input tokens, for the cost total.")] = None,
    price_out: Annotated[Optional[float], typer.Option("--price-out", min=0, help="Price per million output tokens, for the cost total.")] = None,
    via: Annotated[str, typer.Option("--via", help="Batch: online (default) or batch-api (the provider's Batch API).")] = "online",
    poll_interval: Annotated[float, typer.Option("--poll-interval", min=0.01, help="Batch API: first wait between polls, doubling up to 5 minutes.")] = 5.0,
    processes: Annotated[int, typer.Option("--processes", min=0, help="Batch: worker processes; 0 picks one per 8 calls at once, at most one per core.")] = 0,
    batch_file_requests: Annotated[int, typer.Option("--batch-file-requests", min=1, max=50_000, help="Batch API: requests per uploaded file (the provider's limit: 50,000 for OpenAI).")] = 50_000,
    no_log: Annotated[bool, typer.Option("--no-log", help="Record no model call in the run log (rewrite logs).")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Call the model even for a request the run log has already answered.")] = False,
    review: Annotated[bool, typer.Option("--review", help="Also write OUTPUT.review.html: source and rewrite side by side, checks in place.")] = False,
) -> None:
    """Rewrite ARTICLE into publish-ready Markdown (default command).

    With a folder or several files, and -o OUTDIR, rewrites every article into OUTDIR
    (mirroring folders), concurrently and resumably: a journal in OUTDIR skips finished
    articles when the same command runs again.
    """
    import asyncio

    from rewriter import llm, report
    from rewriter.files import InputError
    from rewriter.pipeline import rewrite_one, write_result
    from rewriter.prompts import PromptError

    settings = _settings(_cli_spec(lang, min_words, max_words, keyword), model=model, base_url=base_url,
                         timeout=timeout, max_attempts=max_attempts, prompts_dir=prompts, offline=offline,
                         log=not no_log, cache=not no_cache)
    if len(articles) > 1 or (articles[0] != "-" and Path(articles[0]).is_dir()):
        if via not in ("online", "batch-api"):
            raise fail(f"--via must be online or batch-api, not '{via}'")
        _run_batch(articles, output, settings, as_json=as_json, quiet=quiet, force=force, max_bytes=max_bytes,
                   concurrency=concurrency, patterns=glob or ["*.txt", "*.md"], retry_failed=retry_failed,
                   rpm=rpm, tpm=tpm, price_in=price_in, price_out=price_out, via=via, poll_interval=poll_interval,
                   processes=processes, batch_file_requests=batch_file_requests)
    article = articles[0]
    text, name = _read_input(article, max_bytes)
    target = _output_path(article, output)
    if target is None and as_json:
        raise fail("--json and an article on stdout would mix on stdout: write the article to a file with -o")
    if target is not None and target.exists() and not force:
        raise fail(f"{target}: already exists (use --force to overwrite)")
    review_page = _review_path(target, force) if review else None
    progress = _progress(settings.ui_language) if not (quiet or as_json) else None
    try:
        job = rewrite_one(text, name, settings, progress)
        result = asyncio.run(progress.around(job) if progress else job)
    except llm.ProviderError as error:
        raise fail(f"{article}: {error}; nothing written", EXIT_PROVIDER) from None
    except (PromptError, InputError) as error:
        raise fail(str(error)) from None
    try:
        if target is None:
            sys.stdout.write(result.markdown)
        else:
            write_result(result, target, force=force)
        if review_page is not None and target is not None:
            from rewriter import review as reviewing
            from rewriter.files import write_atomic

            write_atomic(review_page, reviewing.render(reviewing.of_result(result, target.name, name)), force=force)
    except InputError as error:
        raise fail(str(error)) from None
    if as_json:
        typer.echo(json.dumps(report.rewrite_json(result, article, target), ensure_ascii=False, indent=2))
    elif not quiet:
        report.write_rewrite_text(result, article, target, sys.stderr if target is None else sys.stdout)
    raise typer.Exit(EXIT_INVALID if result.draft else EXIT_OK)


def _review_path(target: Path | None, force: bool) -> Path:
    """OUTPUT.review.html beside OUTPUT, refused before any work when it exists without --force."""
    if target is None:
        raise fail("--review needs an output file: write the article with -o FILE, not to stdout")
    page = target.with_suffix(".review.html")
    if page.exists() and not force:
        raise fail(f"{page}: already exists (use --force to overwrite)")
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
    from rewriter.batch import BatchOptions, FatalBatchError, run_batch

    if not output or output == "-":
        raise fail("several articles or a folder: give the output folder with -o OUTDIR")
    inputs = [Path(item) for item in articles]
    for item in inputs:
        if str(item) == "-" or not item.exists():
            raise fail(f"{item}: no such file or folder")
    outdir = Path(output)
    if outdir.exists() and not outdir.is_dir():
        raise fail(f"{outdir}: exists and is not a folder")
    if settings.model is None and not quiet:
        from rewriter.messages import say

        typer.echo(f"note: {say('offline.hint', settings.ui_language)}", err=True)
    processes = options.pop("processes")
    try:
        summary = run_batch(settings, BatchOptions(inputs=inputs, outdir=outdir, **options), processes=processes, quiet=quiet or as_json)
    except FatalBatchError as error:
        raise fail(f"{error}; batch stopped, finished articles are kept (the same command resumes)", EXIT_PROVIDER) from None
    except OSError as error:
        raise fail(f"{outdir}: {error.strerror or error}") from None
    if as_json:
        typer.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    elif not quiet:
        report.write_batch_summary(summary, sys.stdout)
    if summary.interrupted:
        typer.echo("interrupted: resume with: rewrite " + " ".join(sys.argv[1:]), err=True)
        raise typer.Exit(130)
    raise typer.Exit(EXIT_INVALID if summary.failed or summary.drafts else EXIT_OK)


def _output_path(article: str, output: str | None) -> Path | None:
    """None means stdout."""
    if output == "-" or (output is None and article == "-"):
        return None
    target = Path(output) if output else Path(article).with_suffix(".md")
    if article != "-" and target.resolve() == Path(article).resolve():
        raise fail(f"{article}: the output would overwrite the input; choose another with -o")
    return target


@app.command("inspect")
def inspect_command(
    article: Annotated[str, typer.Argument(help="Article file or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object on stdout.")] = False,
    lang: LangOption = None,
    min_words: MinWordsOption = None,
    max_words: MaxWordsOption = None,
    keyword: KeywordOption = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse input files larger than this.")] = 5 * 1024 * 1024,
) -> None:
    """Show the instructions, spec, cleaned article and prompt; calls no model."""
    from rewriter import report
    from rewriter.pipeline import prepare

    from rewriter.files import InputError
    from rewriter.prompts import PromptError

    text, _ = _read_input(article, max_bytes)
    settings = _settings(_cli_spec(lang, min_words, max_words, keyword), offline=True)
    try:
        prepared = prepare(text, settings, article)
    except (PromptError, InputError) as error:
        raise fail(str(error)) from None
    if as_json:
        typer.echo(json.dumps(report.inspect_json(prepared), ensure_ascii=False, indent=2))
    else:
        report.write_inspect_text(prepared, sys.stdout)


@app.command("clean")
def clean_command(
    article: Annotated[str, typer.Argument(help="Article file or - for stdin.")],
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse input files larger than this.")] = 5 * 1024 * 1024,
) -> None:
    """Print the cleaned article text (instructions and noise removed), for scripts."""
    from rewriter.clean import clean
    from rewriter.instructions import parse

    text, _ = _read_input(article, max_bytes)
    typer.echo(clean(parse(text).article).text)


@app.command("prompts")
def prompts_command(
    prompts: Annotated[Optional[Path], typer.Option("--prompts", help="Folder of templates that override the built-in ones.")] = None,
) -> None:
    """Print where the prompt templates in use live, one per line: copy them to a folder and pass --prompts."""
    from rewriter.prompts import PromptError, Prompts

    try:
        for path in Prompts(prompts).template_paths():
            typer.echo(str(path))
    except PromptError as error:
        raise fail(str(error)) from None


@app.command("review")
def review_command(
    output: Annotated[Path, typer.Argument(help="A rewrite (Markdown with front matter) made by rewrite.")],
    source: Annotated[Optional[Path], typer.Option("--source", help="Source article (else the front matter's source, beside OUTPUT).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing review page.")] = False,
    lang: LangOption = None,
    min_words: MinWordsOption = None,
    max_words: MaxWordsOption = None,
    keyword: KeywordOption = None,
) -> None:
    """Write OUTPUT.review.html: the cleaned source and the rewrite side by side, checks and new facts in place."""
    from rewriter import review
    from rewriter.files import InputError, read_article, write_atomic
    from rewriter.markdown import split_front_matter
    from rewriter.prompts import PromptError

    settings = _settings(_cli_spec(lang, min_words, max_words, keyword), offline=True)
    page = _review_path(output, force)
    try:
        markdown = read_article(output).text
        source_path = source or _source_of(output, split_front_matter(markdown)[0] or {})
        page_html = review.render(review.of_files(markdown, output.name, read_article(source_path).text, source_path.name, settings))
        write_atomic(page, page_html, force=force)
    except (InputError, PromptError) as error:
        raise fail(str(error)) from None
    typer.echo(str(page))


def _source_of(output: Path, meta: dict[str, Any]) -> Path:
    """The front matter's source, beside OUTPUT or in the working folder."""
    name = str(meta.get("source") or "")
    for candidate in ([output.parent / name, Path(name)] if name and name != "stdin" else []):
        if candidate.is_file():
            return candidate
    cause = f"its source '{name}' is not beside it nor here" if name else "its front matter names no source"
    raise fail(f"{output}: {cause}; pass --source FILE")


@app.command("logs")
def logs_command(
    count: Annotated[int, typer.Option("-n", "--count", min=1, help="How many calls, newest first.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="The calls as a JSON list, with messages and answers.")] = False,
) -> None:
    """List the latest model calls of the run log (time, model, tokens, duration, source)."""
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


@app.command("check")
def check_command(
    paths: Annotated[list[str], typer.Argument(help="Markdown files, folders (recursive *.md), globs, or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", help="text, line, json or github.")] = "text",
    min_level: Annotated[str, typer.Option("--min-level", help="Show alerts from this level: suggestion, warning or error.")] = "suggestion",
    lang: LangOption = None,
    min_words: MinWordsOption = None,
    max_words: MaxWordsOption = None,
    keyword: KeywordOption = None,
    source: Annotated[Optional[Path], typer.Option("--source", help="Source article, for originality and facts checks.")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Config file (else the nearest rewriter.toml or pyproject.toml).")] = None,
    jobs: Annotated[int, typer.Option("-j", "--jobs", min=0, help="Worker processes; 0 uses every core.")] = 0,
) -> None:
    """Check Markdown articles before publication. Exit 0: no error; 1: errors; 2: could not run."""
    from rewriter import checker, report
    from rewriter.config import ConfigError, check_levels, find_config, load_config
    from rewriter.files import InputError, read_article

    if fmt not in ("text", "line", "json", "github"):
        raise fail(f"--format must be text, line, json or github, not '{fmt}'")
    if min_level not in ("suggestion", "warning", "error"):
        raise fail(f"--min-level must be suggestion, warning or error, not '{min_level}'")
    try:
        found = load_config(config) if config else find_config()
        levels, thresholds = check_levels(found)
        defaults = checker.defaults_from(found, _cli_spec(lang, min_words, max_words, keyword), levels, thresholds)
        if source is not None:
            defaults.source_text = read_article(source).text
        targets = checker.collect(paths)
    except (ConfigError, InputError) as error:
        raise fail(str(error)) from None
    stdin_text = sys.stdin.buffer.read() if "-" in paths else None
    reports = checker.run(targets, defaults, stdin_text, jobs)
    if fmt == "json":
        typer.echo(report.check_json(reports, min_level))
    elif fmt in ("line", "github"):
        for line in report.check_lines(reports, min_level, fmt):
            typer.echo(line)
    else:
        report.write_check_text(reports, min_level, sys.stdout, sys.stdout.isatty())
    if any(r.result is None for r in reports):
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_INVALID if any(r.result is None or not r.result.ok for r in reports) else EXIT_OK)


def main() -> None:
    app()
