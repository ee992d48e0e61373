"""`rewrite check` at the file edge: which files, with which settings, on how many cores.

The checks themselves are in `validate`; this module reads files, finds the site each
belongs to, applies per-file front matter overrides and spreads large runs over processes.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from rewriter.config import ConfigError, FileConfig, check_fields, config_language, configured_site
from rewriter.files import InputError, decode_checked, read_article
from rewriter.markdown import parse_document
from rewriter.messages import Phrase, ui_language
from rewriter.report import FileReport
from rewriter.sites import PROFILES, detect_site, is_draft, locale_language, path_language, post_title, text_field
from rewriter.spec import Spec
from rewriter.validate import CheckSettings, Thresholds, check_document

STDIN = "-"
PARALLEL_FROM = 64  # below this many files, starting processes costs more than it saves
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
# Folders of dependencies and build output hold other people's Markdown, not the site's articles.
SKIPPED_FOLDERS = {"node_modules", "vendor", "_site"}
# Folders a site generator never publishes as pages: templates (Hugo's archetypes hold `{{ .Date }}`),
# themes with their own READMEs, layouts and includes. Skipped when a folder is walked; a file named
# on the command line is always checked.
TEMPLATE_FOLDERS = {"archetypes", "themes", "layouts", "_layouts", "_includes", "_data", "partials"}
# Repository documentation beside the content, not articles.
REPOSITORY_FILES = {"readme", "changelog", "license", "licence", "contributing", "code_of_conduct", "security", "authors"}


@dataclass
class CheckOptions:
    """Settings for every file, and what decides per file: the site (None: detected) and drafts."""

    settings: CheckSettings
    site: str | None = None
    skip_drafts: bool = False


def collect(paths: list[str]) -> list[str]:
    """Files to check: a file, a folder (recursive .md, .markdown, .mdx), a glob, or - for stdin."""
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw == STDIN:
            found.append(STDIN)
        elif path.is_dir():
            found.extend(_markdown_under(path))
        elif path.is_file():
            found.append(raw)
        elif glob.has_magic(raw):
            matches = sorted(m for m in glob.glob(raw, recursive=True) if Path(m).is_file())
            if not matches:
                raise InputError(Phrase("input.no_match", pattern=raw))
            found.extend(matches)
        else:
            raise InputError(Phrase("input.no_such_path", path=raw))
    return list(dict.fromkeys(found))


def _markdown_under(folder: Path) -> list[str]:
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = [name for name in folders
                      if not name.startswith(".") and name not in SKIPPED_FOLDERS and name not in TEMPLATE_FOLDERS]
        found.extend(os.path.join(root, name) for name in files
                     if name.endswith(MARKDOWN_SUFFIXES) and name.split(".")[0].lower() not in REPOSITORY_FILES)
    return sorted(found)


def defaults_from(config: FileConfig, cli: Spec, levels: dict[str, str], thresholds: Thresholds) -> CheckSettings:
    """Settings for every file: command-line flags over [tool.rewriter.check], whose values are checked here."""
    section = config.check
    where = f"{config.path} [tool.rewriter.check]"
    fields = check_fields(config)
    try:
        language = cli.language or (config_language(str(section["language"]), where) if section.get("language") else None)
        min_words = cli.min_words if cli.min_words is not None else _optional_int(section.get("min_words"))
        max_words = cli.max_words if cli.max_words is not None else _optional_int(section.get("max_words"))
    except (TypeError, ValueError) as error:
        raise ConfigError(Phrase("file.error", path=where, error=str(error))) from None
    keyphrase = cli.keywords[0] if cli.keywords else section.get("keyphrase")
    return CheckSettings(language=language, min_words=min_words, max_words=max_words, subheadings=section.get("subheadings"),
                         keyphrase=keyphrase, levels=levels, thresholds=thresholds, ui_language=ui_language(), fields=fields)


def site_from(flag: str | None, config: FileConfig) -> str | None:
    """--site, else the config's site; None leaves it to each file's repository."""
    return flag or configured_site(config)


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def settings_for(meta: dict[str, Any], path: str, defaults: CheckSettings, site: str) -> CheckSettings:
    """Front matter (language, keyphrase, min_words, max_words, source, and the rewrite's targets under
    `rewriter:`) overrides the defaults for its file.

    The language is the front matter's (lang, language, locale), else Hugo's file suffix or content folder.
    """
    settings = replace(defaults, title_is_h1=PROFILES[site].title_is_h1,
                       default_title=post_title(Path(path)) if site == "jekyll" and path != STDIN else None)
    targets = meta.get("rewriter") if isinstance(meta.get("rewriter"), dict) else None
    written = text_field(meta, defaults.fields.language)
    language = locale_language(written) if written else None
    if not language and site == "hugo" and path != STDIN:
        language = path_language(Path(path))
    if language:
        settings.language = language
    if meta.get("keyphrase"):
        settings.keyphrase = str(meta["keyphrase"])
    for name in ("min_words", "max_words"):
        value = _int(meta.get(name, (targets or {}).get(name)))
        if value is not None:
            setattr(settings, name, value)
    if targets:
        _apply_targets(settings, targets)
    if meta.get("source") and path != STDIN:
        source_path = Path(path).parent / str(meta["source"])
        if source_path.is_file():
            try:
                source = read_article(source_path).text
            except InputError:
                pass
            else:
                settings.source_text = _article_of(source) if targets else source
    return settings


def _apply_targets(settings: CheckSettings, targets: dict[str, Any]) -> None:
    """What `rewrite` recorded under `rewriter:`: whether subheadings were asked, which checks it turned off."""
    if isinstance(targets.get("subheadings"), bool):
        settings.subheadings = targets["subheadings"]
    off = targets.get("checks_off")
    if isinstance(off, list):
        settings.levels = {**settings.levels, **{str(check): "off" for check in off}}


def _article_of(source: str) -> str:
    """The source as `rewrite` compared with it: instructions and page noise removed."""
    from rewriter.clean import clean  # only a rewrite's output, with its source beside it, needs the cleaner
    from rewriter.instructions import parse

    return clean(parse(source).article).text


def site_of(path: str, options: CheckOptions) -> str:
    """The file's site: the one asked for, else its repository's, else plain."""
    return options.site or detect_site(Path.cwd() if path == STDIN else Path(path).parent) or "plain"


def check_file(path: str, options: CheckOptions, data: bytes | None = None) -> FileReport | None:
    """The file's report; None for a draft when drafts are skipped."""
    try:
        text = decode_checked(data, "<stdin>").text if data is not None else read_article(Path(path)).text
    except InputError as error:
        return FileReport(path, None, str(error))
    document = parse_document(text, mdx=path.endswith(".mdx"))
    if options.skip_drafts and (is_draft(document.meta) or "_drafts" in Path(path).parts):
        return None
    return FileReport(path, check_document(document, settings_for(document.meta, path, options.settings, site_of(path, options))))


def run(paths: list[str], options: CheckOptions, stdin: bytes | None, jobs: int) -> list[FileReport]:
    workers = jobs or os.cpu_count() or 1
    files = [path for path in paths if path != STDIN]
    if workers > 1 and len(files) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor  # only large runs pay for multiprocessing

        with ProcessPoolExecutor(max_workers=workers) as pool:
            checked = list(pool.map(partial(check_file, options=options), files, chunksize=32))
    else:
        checked = [check_file(path, options) for path in files]
    by_path = dict(zip(files, checked))
    reports = [check_file(STDIN, options, stdin or b"") if path == STDIN else by_path[path] for path in paths]
    return [report for report in reports if report is not None]
