"""`rewrite --site`: front matter each generator reads, the headline in the front matter, and a real Hugo build."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import SAMPLES, run_cli

ARTICLES = {"fr": SAMPLES / "fr-velo-electrique.txt", "en": SAMPLES / "en-tech-blog.txt"}


def rewrite(site: str | None, article: Path, output: Path, cwd: Path | None = None) -> tuple[dict, str]:
    """Rewrite offline; (front matter, body) of the output."""
    result = run_cli(str(article), "-o", str(output), *(["--site", site] if site else []), cwd=cwd)
    assert result.code in (0, 1), result.err
    _, header, body = output.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(header), body


@pytest.mark.parametrize("site, expected, absent", [
    ("plain", {"title", "description", "slug", "lang", "keywords", "date", "draft"}, {"tags", "layout", "published", "pubDate"}),
    ("hugo", {"title", "description", "slug", "lang", "keywords", "tags", "date", "draft"}, {"layout", "published", "pubDate"}),
    ("jekyll", {"layout", "title", "description", "slug", "lang", "tags", "date", "published"}, {"draft", "keywords", "pubDate"}),
    ("astro", {"title", "description", "slug", "lang", "tags", "pubDate", "draft"}, {"date", "keywords", "layout", "published"}),
])
def test_each_profile_writes_the_fields_its_generator_reads(tmp_path, site, expected, absent):
    front, body = rewrite(site, ARTICLES["fr"], tmp_path / "out.md")
    assert expected <= set(front) and not absent & set(front), sorted(front)
    assert front["lang"] == "fr" and "vélo électrique" in front.get("tags", front.get("keywords"))
    date = front.get("date", front.get("pubDate"))
    if site == "plain":
        assert re.search(r"^# \S", body, re.MULTILINE) and isinstance(date, str)  # today's output
    else:
        assert not re.search(r"^# ", body, re.MULTILINE)  # the theme prints the title as the H1
        assert not body.lstrip().startswith(front["title"])
    if site in ("hugo", "jekyll"):
        assert isinstance(date, dt.datetime) and date.tzinfo is not None  # with its offset: never in the future
    if site == "astro":
        assert type(date) is dt.date
    if site == "jekyll":
        assert front["layout"] == "post" and isinstance(front["published"], bool)


def test_site_from_config_and_bad_value(tmp_path):
    (tmp_path / "rewriter.toml").write_text('site = "astro"\n', encoding="utf-8")
    front, _ = rewrite(None, ARTICLES["en"], tmp_path / "out.md", cwd=tmp_path)
    assert "pubDate" in front
    refused = run_cli(str(ARTICLES["en"]), "-o", str(tmp_path / "x.md"), "--site", "blogger")
    assert refused.code == 2 and "--site: site must be plain, hugo, jekyll, astro, not 'blogger'" in refused.err
    assert not (tmp_path / "x.md").exists()


def test_check_counts_the_front_matter_title_as_the_h1(tmp_path):
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://example.org/"\n', encoding="utf-8")
    rewrite("hugo", ARTICLES["fr"], site / "content" / "posts" / "profile.md")
    rewrite("plain", ARTICLES["fr"], site / "content" / "posts" / "plain.md")
    result = run_cli("check", str(site / "content"), "--format", "json")
    alerts = {Path(f["path"]).name: f["alerts"] for f in json.loads(result.out)["files"]}
    assert not any(a["check"] == "headings.h1" for a in alerts["profile.md"])
    h1_line = next(n for n, line in enumerate((site / "content" / "posts" / "plain.md").read_text().splitlines(), 1) if line.startswith("# "))
    assert [(a["check"], a["line"]) for a in alerts["plain.md"] if a["severity"] == "error"] == [("headings.h1", h1_line)]


LAYOUT = """<!DOCTYPE html>
<html lang="{{ with .Params.lang }}{{ . }}{{ else }}{{ site.LanguageCode }}{{ end }}">
<head><title>{{ .Title }}</title><meta name="description" content="{{ .Description }}"></head>
<body><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}</body>
</html>
"""


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed (Debian package hugo)")
def test_hugo_builds_one_h1_per_page_with_title_description_and_language(tmp_path):
    site = tmp_path / "site"
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://example.org/"\nlanguageCode = "de"\n'
                                    'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n', encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(LAYOUT, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text("<html><body>{{ range .Pages }}{{ .Title }}{{ end }}</body></html>\n", encoding="utf-8")
    fronts = {}
    for language, article in ARTICLES.items():
        fronts[language], _ = rewrite("hugo", article, site / "content" / "posts" / f"{article.stem}.md")
    build = subprocess.run(["hugo", "--quiet", "--buildDrafts", "-s", str(site), "-d", str(tmp_path / "public")],
                           capture_output=True, text=True, timeout=120)
    assert build.returncode == 0, build.stderr
    for language, front in fronts.items():
        page = (tmp_path / "public" / "posts" / front["slug"] / "index.html").read_text(encoding="utf-8")
        assert len(re.findall(r"<h1[\s>]", page)) == 1
        assert f"<h1>{front['title']}</h1>" in html.unescape(page)
        assert f'<meta name="description" content="{front["description"]}">' in html.unescape(page)
        assert f'<html lang="{language}">' in page
        assert f"<time>{front['date'].date().isoformat()}</time>" in page


def test_batch_writes_for_the_site_and_redoes_articles_when_it_changes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for article in ARTICLES.values():
        (folder / article.name).write_bytes(article.read_bytes())
    plain = run_cli(str(folder), "-o", str(tmp_path / "out"), "--json")
    assert json.loads(plain.out)["skipped"] == 0
    again = run_cli(str(folder), "-o", str(tmp_path / "out"), "--json")
    assert json.loads(again.out)["skipped"] == 2  # the same site: nothing to redo
    hugo = run_cli(str(folder), "-o", str(tmp_path / "out"), "--site", "hugo", "--json")
    assert json.loads(hugo.out)["skipped"] == 0
    for output in (tmp_path / "out").glob("*.md"):
        _, header, body = output.read_text(encoding="utf-8").split("---\n", 2)
        assert "tags" in yaml.safe_load(header) and not re.search(r"^# ", body, re.MULTILINE)
