"""Configuration: files, environment, and the precedence that yields the final spec.

Precedence for the spec: command-line flags > instructions embedded in the
article > config file (`[tool.rewriter]` in pyproject.toml, or rewriter.toml)
> defaults. The resolved spec remembers where each value came from.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from rewriter.sites import SITES, FieldNames, field_names
from rewriter.messages import Phrase, SourceLabel
from rewriter.spec import Spec
from rewriter.text import LANGUAGE_LABELS, detect_language, language_code, word_count
from rewriter.validate import CHECKS, SEVERITIES, Thresholds

MIN_WORDS_FLOOR = 300
DEFAULT_MODEL = "gpt-4o-mini"


class ConfigError(Exception):
    """A config file or value that cannot be used."""


@dataclass
class FileConfig:
    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def check(self) -> dict[str, Any]:
        section = self.values.get("check", {})
        return section if isinstance(section, dict) else {}


def find_config(start: Path | None = None) -> FileConfig:
    """The nearest rewriter.toml, or pyproject.toml with [tool.rewriter], from start upwards."""
    folder = (start or Path.cwd()).resolve()
    for candidate in [folder, *folder.parents]:
        own = candidate / "rewriter.toml"
        if own.is_file():
            return FileConfig(own, _load_toml(own))
        project = candidate / "pyproject.toml"
        if project.is_file():
            section = _load_toml(project).get("tool", {}).get("rewriter")
            if isinstance(section, dict):
                return FileConfig(project, section)
    return FileConfig()


def load_config(path: Path) -> FileConfig:
    data = _load_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("rewriter", {})
    return FileConfig(path, data)


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(Phrase("config.toml", path=path, error=str(error))) from None
    except OSError as error:
        raise ConfigError(Phrase("input.unreadable", name=path, reason=error.strerror)) from None
    return data


def check_levels(config: FileConfig) -> tuple[dict[str, str], Thresholds]:
    """Levels ([tool.rewriter.check.levels]) and thresholds ([...thresholds]), checked against the known ids."""
    section = config.check
    levels: dict[str, str] = {}
    families = {name.split(".")[0] for name in CHECKS}
    for check, level in dict(section.get("levels", {})).items():
        if check not in CHECKS and check not in families:
            raise ConfigError(Phrase("config.unknown_check", path=config.path, check=check))
        if level not in (*SEVERITIES, "off"):
            raise ConfigError(Phrase("config.level", path=config.path, check=check, level=level))
        levels[check] = level
    thresholds = Thresholds()
    known = {f.name for f in fields(Thresholds)}
    for name, value in dict(section.get("thresholds", {})).items():
        if name not in known or not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ConfigError(Phrase("config.threshold", path=config.path, name=name))
        setattr(thresholds, name, value)
    return levels, thresholds


def site_option(value: str | None, where: str) -> str | None:
    """A site profile name (--site, or site = in config), checked."""
    if value is None:
        return None
    if value not in SITES:
        raise ConfigError(Phrase("config.site", where=where, sites=", ".join(SITES), value=value))
    return value


def configured_site(config: FileConfig) -> str | None:
    """`site =` of [tool.rewriter.check], else of [tool.rewriter]."""
    value = config.check.get("site", config.values.get("site"))
    return site_option(None if value is None else str(value), f"{config.path} [tool.rewriter]")


def check_fields(config: FileConfig) -> FieldNames:
    """Front-matter field names from [tool.rewriter.check.fields] (title, seo_title, description, language)."""
    mapping = config.check.get("fields")
    if mapping is None:
        return FieldNames()
    where = f"{config.path} [tool.rewriter.check.fields]"
    if not isinstance(mapping, dict):
        raise ConfigError(Phrase("config.fields_table", where=where))
    try:
        return field_names(mapping, where)
    except ValueError as error:
        raise ConfigError(str(error)) from None


def spec_from_config(config: FileConfig) -> Spec:
    values = config.values
    spec = Spec()
    try:
        if "language" in values:
            spec.language = config_language(str(values["language"]), str(config.path))
        for name in ("min_words", "max_words"):
            if name in values:
                setattr(spec, name, int(values[name]))
        for name in ("subheadings", "seo"):
            if name in values:
                setattr(spec, name, bool(values[name]))
        for name in ("tone", "audience"):
            if name in values:
                setattr(spec, name, str(values[name]))
        if "keywords" in values:
            keywords = values["keywords"]
            spec.keywords = [str(k) for k in (keywords if isinstance(keywords, list) else [keywords])]
    except (TypeError, ValueError) as error:
        raise ConfigError(Phrase("config.value", path=config.path, error=str(error))) from None
    return spec


def brief_from_config(config: FileConfig) -> str | None:
    """The default brief of every run (`instructions = "..."`), read like --instructions."""
    value = config.values.get("instructions")
    if value is not None and not isinstance(value, str):
        raise ConfigError(Phrase("config.instructions", path=config.path))
    return value or None


def config_language(value: str, where: str) -> str:
    code = language_code(value)
    if code is None:
        raise ConfigError(Phrase("config.language", where=where, value=value))
    return code


def language_option(value: str | None) -> str | None:
    return None if value is None else config_language(value, "--lang")


@dataclass
class ResolvedSpec:
    """The spec the article is written and checked against, with each value's origin."""

    language: str
    min_words: int
    max_words: int | None
    subheadings: bool
    seo: bool
    keywords: list[str]
    tone: str | None
    audience: str | None
    title: str | None
    extra: list[str]
    sources: dict[str, str]
    warnings: list[str] = field(default_factory=list)

    @property
    def language_name(self) -> str:
        return LANGUAGE_LABELS.get(self.language, self.language)

    def public(self) -> dict[str, Any]:
        """The spec's values as in `inspect --json`."""
        return {"language": self.language, "min_words": self.min_words, "max_words": self.max_words,
                "subheadings": self.subheadings, "seo": self.seo, "keywords": list(self.keywords),
                "tone": self.tone, "audience": self.audience, "extra": list(self.extra), "title": self.title}


def resolve_spec(cli: Spec, embedded: Spec, configured: Spec, article_text: str, model: Spec | None = None) -> ResolvedSpec:
    """Merge the layers of the spec, first stated wins: CLI, instructions, what the model read of
    the instructions the rules could not map, config, default."""
    layers = (("cli", cli), ("instructions", embedded), ("instructions (model)", model or Spec()), ("config", configured))
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for spec_field in fields(Spec):
        name = spec_field.name
        if name == "extra":
            continue
        for origin, layer in layers:
            value = getattr(layer, name)
            if value not in (None, []):
                values[name], sources[name] = value, origin
                break
    warnings: list[str] = []
    if "language" not in values:
        guess = detect_language(article_text)
        values["language"] = guess.language or "en"
        sources["language"] = "default (language of the source)"
    if "min_words" not in values:
        source_words = word_count(article_text)
        minimum = max(MIN_WORDS_FLOOR, source_words)
        if values.get("max_words") is not None and minimum > values["max_words"]:
            minimum = round(values["max_words"] * 0.8)
        values["min_words"] = minimum
        sources["min_words"] = f"default (source length {source_words} words, never under {MIN_WORDS_FLOOR})"
    if values.get("max_words") is not None and values["max_words"] < values["min_words"]:
        warnings.append(Phrase("spec.max_under_min", max_words=values["max_words"], max_source=SourceLabel(sources["max_words"]),
                                min_words=values["min_words"], min_source=SourceLabel(sources["min_words"])))
        del values["max_words"]
        del sources["max_words"]
    for name, default in (("subheadings", True), ("seo", True)):
        if name not in values:
            values[name], sources[name] = default, "default"
    extra = embedded.extra + cli.extra
    if extra:
        sources["extra"] = "instructions"
    return ResolvedSpec(
        language=values["language"], min_words=int(values["min_words"]), max_words=values.get("max_words"),
        subheadings=bool(values["subheadings"]), seo=bool(values["seo"]), keywords=list(values.get("keywords", [])),
        tone=values.get("tone"), audience=values.get("audience"), title=values.get("title"), extra=extra,
        sources=sources, warnings=warnings,
    )


def load_environment() -> None:
    """Read .env from the working folder; variables already set win."""
    from dotenv import load_dotenv

    load_dotenv(Path.cwd() / ".env", override=False)


def env(name: str) -> str | None:
    value = os.environ.get(name)
    return value.strip() if value and value.strip() else None
