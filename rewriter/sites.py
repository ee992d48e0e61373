"""Site profiles: the conventions of Hugo, Jekyll and Astro, used by `rewrite --site` and `rewrite check`.

A profile says which front-matter fields a generator and its common themes read, and
whether the theme prints the front-matter title as the page's H1. `rewrite` builds one
neutral front matter and `front_matter_for` maps it to the site; `rewrite check` reads
fields under the names editors use (`read_fields`) and finds the site a file belongs to
(`detect_site`, the only function here that touches the disk).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rewriter.messages import Phrase
from rewriter.text import language_code

SITES = ("plain", "hugo", "jekyll", "astro")


@dataclass(frozen=True)
class SiteProfile:
    name: str
    title_is_h1: bool  # the theme prints the front-matter title as the page's H1
    date_field: str = "date"
    date_with_time: bool = True  # a YAML timestamp with its UTC offset, else a YAML date
    tags_field: str | None = None  # taxonomy the generator lists keywords under
    keep_keywords: bool = True  # a `keywords` field the generator or its SEO plugin reads
    draft_field: str = "draft"  # "published" means published: false for a draft (Jekyll)
    layout: str | None = None


PROFILES = {
    "plain": SiteProfile("plain", title_is_h1=False),
    # Hugo reads .Keywords and the tags taxonomy; the language comes from the file name or content folder.
    "hugo": SiteProfile("hugo", title_is_h1=True, tags_field="tags"),
    # Jekyll lists tags, jekyll-seo-tag reads title, description and lang; drafts are `published: false`.
    "jekyll": SiteProfile("jekyll", title_is_h1=True, tags_field="tags", keep_keywords=False, draft_field="published", layout="post"),
    # Astro's blog starter schema: title, description, pubDate; collections commonly add draft and tags.
    "astro": SiteProfile("astro", title_is_h1=True, date_field="pubDate", date_with_time=False, tags_field="tags", keep_keywords=False),
}


def profile(name: str) -> SiteProfile:
    return PROFILES[name]


def front_matter_for(site: SiteProfile, neutral: dict[str, Any]) -> dict[str, Any]:
    """The site's front matter from the neutral one (title, description, slug, lang, keywords, date, ...).

    `date` is the time of writing, with its UTC offset. Fields a profile does not rename pass through
    unchanged, in order.
    """
    written: dt.datetime = neutral["date"]
    if site.name == "plain":
        return {**neutral, "date": written.date().isoformat()}
    front: dict[str, Any] = {"layout": site.layout} if site.layout else {}
    for key, value in neutral.items():
        if key == "date":
            # YAML timestamps and dates, not quoted strings: generators (and Astro's z.date()) read them as dates.
            # The offset keeps a post written after midnight from being dated in the future, which Hugo would not build.
            front[site.date_field] = written if site.date_with_time else written.date()
        elif key == "keywords":
            if site.keep_keywords:
                front["keywords"] = value
            if site.tags_field:
                front[site.tags_field] = list(value)
        else:
            front[key] = value
    return front


def draft_line(site: SiteProfile, draft: bool) -> str:
    """The closing front-matter line that marks a draft as the generator understands it."""
    if site.draft_field == "published":
        return f"published: {'false' if draft else 'true'}"
    return f"draft: {'true' if draft else 'false'}"


def is_draft(meta: dict[str, Any]) -> bool:
    return meta.get("draft") is True or meta.get("published") is False


# Field names editors and themes use, first found wins; dotted names reach into a nested mapping.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "seo_title": ("seo_title", "meta_title", "seo.title"),
    "description": ("description", "excerpt", "summary", "meta_description", "seo.description"),
    "language": ("lang", "language", "locale"),
}


@dataclass(frozen=True)
class FieldNames:
    title: tuple[str, ...] = DEFAULT_FIELDS["title"]
    seo_title: tuple[str, ...] = DEFAULT_FIELDS["seo_title"]
    description: tuple[str, ...] = DEFAULT_FIELDS["description"]
    language: tuple[str, ...] = DEFAULT_FIELDS["language"]


def field_names(mapping: dict[str, Any], where: str) -> FieldNames:
    """Field names from a [tool.rewriter.check.fields] table: each key a list of names (replacing the defaults)."""
    chosen: dict[str, tuple[str, ...]] = {}
    for key, names in mapping.items():
        if key not in DEFAULT_FIELDS:
            raise ValueError(Phrase("config.unknown_field", where=where, key=key, fields=", ".join(DEFAULT_FIELDS)))
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or not names or not all(isinstance(name, str) and name for name in names):
            raise ValueError(Phrase("config.field_list", where=where, key=key))
        chosen[key] = tuple(names)
    return FieldNames(**chosen)


def text_field(meta: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first non-empty text among the fields `names`."""
    for name in names:
        value: Any = meta
        for part in name.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # title: 1984 is a title
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def locale_language(value: str) -> str | None:
    """fr from fr, fr-FR, fr_FR or French."""
    return language_code(value) or language_code(re.split(r"[-_]", value.strip())[0])


def path_language(path: Path) -> str | None:
    """Hugo's language of a content file: the `.fr.md` suffix, else a `content/fr/` folder."""
    suffixes = path.name.split(".")
    if len(suffixes) >= 3 and re.fullmatch(r"[a-z]{2}(?:-[a-zA-Z]{2,4})?", suffixes[-2]):
        return locale_language(suffixes[-2])
    parts = path.parts
    for index, part in enumerate(parts[:-2]):
        if part == "content" and re.fullmatch(r"[a-z]{2}(?:-[a-zA-Z]{2,4})?", parts[index + 1]):
            return locale_language(parts[index + 1])
    return None


_POST_NAME = re.compile(r"\d{4}-\d{1,2}-\d{1,2}-(.+?)\.[^.]+")


def post_title(path: Path) -> str | None:
    """The title Jekyll gives a post without one: its file name's slug, words capitalised ("2024-03-01-my-post.md": My Post)."""
    match = _POST_NAME.fullmatch(path.name)
    if not match or "_posts" not in path.parts:
        return None
    return " ".join(word.capitalize() for word in match.group(1).split("-") if word)


_HUGO_FOLDERS = ("content", "layouts", "themes", "archetypes")


def _site_of_folder(folder: Path) -> str | None:
    if (folder / "_config.yml").is_file() or (folder / "_config.yaml").is_file() or (folder / "_config.toml").is_file():
        return "jekyll"
    if any((folder / f"hugo.{ext}").is_file() for ext in ("toml", "yaml", "yml", "json")):
        return "hugo"
    if any(folder.glob("astro.config.*")):
        return "astro"
    # config.toml is Hugo's older name, but a common name: count it with a Hugo folder beside it.
    if any((folder / f"config.{ext}").is_file() for ext in ("toml", "yaml", "yml", "json")) and \
            any((folder / name).is_dir() for name in _HUGO_FOLDERS):
        return "hugo"
    return None


@lru_cache(maxsize=4096)
def detect_site(folder: Path) -> str | None:
    """The generator of the repository `folder` lies in, from its config file; None when none is found.

    Looks upwards and stops at the repository's root (a `.git` folder or file). Cached: files share folders.
    """
    resolved = folder.resolve()
    for candidate in (resolved, *resolved.parents):
        site = _site_of_folder(candidate)
        if site or (candidate / ".git").exists():
            return site
    return None
