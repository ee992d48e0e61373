"""`rewrite check` at the file edge: which files, with which settings, on how many cores.

The checks themselves are in `validate`; this module reads files, applies
per-file front matter overrides and spreads large runs over processes.
"""

from __future__ import annotations

import glob
import os
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from rewriter.config import ConfigError, FileConfig, config_language
from rewriter.files import InputError, decode_checked, read_article
from rewriter.markdown import parse_document
from rewriter.messages import Phrase, ui_language
from rewriter.report import FileReport
from rewriter.spec import Spec
from rewriter.text import language_code
from rewriter.validate import CheckSettings, Thresholds, check_document

STDIN = "-"
PARALLEL_FROM = 64  # below this many files, starting processes costs more than it saves


def collect(paths: list[str]) -> list[str]:
    """Files to check: a file, a folder (recursive *.md), a glob, or - for stdin."""
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw == STDIN:
            found.append(STDIN)
        elif path.is_dir():
            found.extend(sorted(str(p) for p in path.rglob("*.md") if p.is_file()))
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


def defaults_from(config: FileConfig, cli: Spec, levels: dict[str, str], thresholds: Thresholds) -> CheckSettings:
    """Settings for every file: command-line flags over [tool.rewriter.check], whose values are checked here."""
    section = config.check
    where = f"{config.path} [tool.rewriter.check]"
    try:
        language = cli.language or (config_language(str(section["language"]), where) if section.get("language") else None)
        min_words = cli.min_words if cli.min_words is not None else _optional_int(section.get("min_words"))
        max_words = cli.max_words if cli.max_words is not None else _optional_int(section.get("max_words"))
    except (TypeError, ValueError) as error:
        raise ConfigError(Phrase("file.error", path=where, error=str(error))) from None
    keyphrase = cli.keywords[0] if cli.keywords else section.get("keyphrase")
    return CheckSettings(language=language, min_words=min_words, max_words=max_words, subheadings=section.get("subheadings"),
                         keyphrase=keyphrase, levels=levels, thresholds=thresholds, ui_language=ui_language())


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def settings_for(meta: dict[str, Any], path: str, defaults: CheckSettings) -> CheckSettings:
    """Front matter (lang, keyphrase, min_words, max_words, source) overrides the defaults for its file."""
    settings = replace(defaults)
    language = language_code(str(meta["lang"])) if meta.get("lang") else None
    if language:
        settings.language = language
    if meta.get("keyphrase"):
        settings.keyphrase = str(meta["keyphrase"])
    for name in ("min_words", "max_words"):
        value = _int(meta.get(name))
        if value is not None:
            setattr(settings, name, value)
    if meta.get("source") and path != STDIN:
        source_path = Path(path).parent / str(meta["source"])
        if source_path.is_file():
            try:
                settings.source_text = read_article(source_path).text
            except InputError:
                pass
    return settings


def check_file(path: str, defaults: CheckSettings, data: bytes | None = None) -> FileReport:
    try:
        text = decode_checked(data, "<stdin>").text if data is not None else read_article(Path(path)).text
    except InputError as error:
        return FileReport(path, None, str(error))
    document = parse_document(text)
    return FileReport(path, check_document(document, settings_for(document.meta, path, defaults)))


def run(paths: list[str], defaults: CheckSettings, stdin: bytes | None, jobs: int) -> list[FileReport]:
    workers = jobs or os.cpu_count() or 1
    files = [path for path in paths if path != STDIN]
    if workers > 1 and len(files) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor  # only large runs pay for multiprocessing

        with ProcessPoolExecutor(max_workers=workers) as pool:
            checked = list(pool.map(partial(check_file, defaults=defaults), files, chunksize=32))
    else:
        checked = [check_file(path, defaults) for path in files]
    by_path = dict(zip(files, checked))
    return [check_file(STDIN, defaults, stdin or b"") if path == STDIN else by_path[path] for path in paths]
