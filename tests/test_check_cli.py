"""`rewrite check` through the CLI: formats, exit codes, config, front-matter overrides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from drafts import draft

GOOD = draft(620, subheadings=3)
NO_H1 = GOOD.replace("# Une affaire", "## Une affaire", 1)


@pytest.fixture
def posts(tmp_path: Path) -> Path:
    (tmp_path / "posts" / "2025").mkdir(parents=True)
    (tmp_path / "posts" / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "posts" / "2025" / "bad.md").write_text(NO_H1, encoding="utf-8")
    (tmp_path / "posts" / "notes.txt").write_text("not markdown", encoding="utf-8")
    return tmp_path / "posts"


def test_exit_0_when_no_error(posts):
    result = run_cli("check", str(posts / "good.md"))
    assert result.code == 0, result.out
    assert "0 errors" in result.out and "in 1 file." in result.out


def test_exit_1_on_error_and_folder_is_recursive(posts):
    result = run_cli("check", str(posts), "--format", "json")
    assert result.code == 1
    data = json.loads(result.out)
    assert [Path(f["path"]).name for f in data["files"]] == ["bad.md", "good.md"]
    bad = data["files"][0]
    assert bad["ok"] is False and set(bad["stats"]) >= {"words", "language", "language_confidence", "flesch"}
    assert {"check": "headings.h1", "severity": "error", "message": "0 H1 headings, exactly one needed", "line": 1} in bad["alerts"]
    assert data["summary"]["files"] == 2 and data["summary"]["errors"] == 1


def test_line_and_github_formats(posts):
    bad = posts / "2025" / "bad.md"
    line = run_cli("check", str(bad), "--format", "line", "--min-level", "error")
    assert line.code == 1 and line.out.strip() == f"{bad}:1:headings.h1:error:0 H1 headings, exactly one needed"
    github = run_cli("check", str(bad), "--format", "github")
    assert f"::error file={bad},line=1,title=headings.h1::0 H1 headings, exactly one needed" in github.out.split("\n")
    assert "::notice file=" in github.out  # suggestions become notices


def test_text_format_groups_by_file(posts):
    result = run_cli("check", str(posts))
    assert result.code == 1
    assert "bad.md" in result.out and "headings.h1" in result.out and "1 error," in result.out and "2 files" in result.out
    assert "\x1b[" not in result.out  # no colours when not a terminal


def test_min_level_filters_output_not_exit_code(posts):
    result = run_cli("check", str(posts / "good.md"), "--format", "json", "--min-level", "error")
    assert json.loads(result.out)["files"][0]["alerts"] == [] and result.code == 0
    shown = run_cli("check", str(posts / "good.md"), "--format", "json")
    assert any(a["severity"] == "suggestion" for a in json.loads(shown.out)["files"][0]["alerts"])


def test_glob_and_stdin(posts):
    result = run_cli("check", str(posts / "**" / "*.md"), "--format", "line", "--min-level", "error")
    assert result.code == 1 and "bad.md" in result.out
    piped = run_cli("check", "-", "--format", "json", stdin=GOOD.encode("utf-8"))
    assert piped.code == 0 and json.loads(piped.out)["files"][0]["path"] == "-"


def test_cli_flags_set_expectations(posts):
    result = run_cli("check", str(posts / "good.md"), "--lang", "en", "--min-words", "900", "--format", "json")
    checks = {a["check"] for a in json.loads(result.out)["files"][0]["alerts"]}
    assert result.code == 1 and {"language.expected", "length.words"} <= checks
    keyed = run_cli("check", str(posts / "good.md"), "--keyword", "vélo électrique", "--format", "json")
    assert any(a["check"] == "keyphrase.title" for a in json.loads(keyed.out)["files"][0]["alerts"])


def test_front_matter_overrides(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(GOOD.replace("---\n\n", "lang: en\nmin_words: 900\n---\n\n", 1), encoding="utf-8")
    result = run_cli("check", str(post), "--lang", "fr", "--format", "json")
    checks = {a["check"] for a in json.loads(result.out)["files"][0]["alerts"]}
    assert {"language.expected", "length.words"} <= checks


def test_source_in_front_matter_and_flag(tmp_path):
    source = tmp_path / "source.txt"
    source.write_text(draft(620, front_matter=False), encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text(GOOD.replace("---\n\n", "source: source.txt\n---\n\n", 1), encoding="utf-8")
    result = run_cli("check", str(post), "--format", "json", cwd=tmp_path)
    data = json.loads(result.out)["files"][0]
    assert result.code == 1 and any(a["check"] == "originality.copy" and a["severity"] == "error" for a in data["alerts"])
    assert data["stats"]["copy_share"] > 0.6
    other = tmp_path / "other.md"
    other.write_text(GOOD, encoding="utf-8")
    flagged = run_cli("check", str(other), "--source", str(source), "--format", "json")
    assert flagged.code == 1


def test_config_levels_and_thresholds(posts, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.rewriter.check]\nmin_words = 100\n[tool.rewriter.check.levels]\n"headings.h1" = "warning"\nlinks = "off"\n'
        '[tool.rewriter.check.thresholds]\ntitle_max = 10\n', encoding="utf-8")
    result = run_cli("check", str(posts), "--format", "json", cwd=tmp_path)
    assert result.code == 0, result.out
    alerts = [a for f in json.loads(result.out)["files"] for a in f["alerts"]]
    assert {"check": "headings.h1", "severity": "warning", "message": "0 H1 headings, exactly one needed", "line": 1} in alerts
    assert not any(a["check"].startswith("links.") for a in alerts)
    assert any(a["check"] == "meta.title" for a in alerts)


@pytest.mark.parametrize("content, message", [
    ('[tool.rewriter.check.levels]\n"no.such" = "error"\n', "unknown check 'no.such'"),
    ('[tool.rewriter.check.levels]\nlinks = "loud"\n', "must be suggestion, warning, error or off"),
    ("[tool.rewriter.check\n", "invalid TOML"),
    ('[tool.rewriter.check]\nmin_words = "abc"\n', "invalid literal for int()"),
    ('[tool.rewriter.check]\nlanguage = "klingon"\n', "unknown language 'klingon'"),
])
def test_bad_config_exits_2(posts, tmp_path, content, message):
    (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    result = run_cli("check", str(posts), cwd=tmp_path)
    assert result.code == 2 and message in result.err and result.err.count("\n") == 1


def test_unreadable_path_exits_2(tmp_path, posts):
    missing = run_cli("check", str(tmp_path / "missing.md"))
    assert missing.code == 2 and "missing.md: no such file or folder" in missing.err
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = run_cli("check", str(binary), str(posts / "good.md"), "--format", "json")
    assert result.code == 2 and json.loads(result.out)["files"][0]["error"].endswith("binary data, not text")


def test_many_files_use_several_processes(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(70):
        (folder / f"{index:03}.md").write_text(GOOD if index != 42 else NO_H1, encoding="utf-8")
    result = run_cli("check", str(folder), "--format", "line", "--min-level", "error", "-j", "2")
    assert result.code == 1 and result.out.strip() == f"{folder / '042.md'}:1:headings.h1:error:0 H1 headings, exactly one needed"


def test_rewrite_output_passes_check(tmp_path):
    from conftest import SAMPLES

    article = tmp_path / "velo.txt"
    article.write_bytes((SAMPLES / "fr-velo-electrique.txt").read_bytes())
    assert run_cli(str(article), "-q").code == 0
    result = run_cli("check", str(tmp_path / "velo.md"), "--format", "json", "--min-level", "error")
    # The offline engine keeps the source's sentences by design, and its output records that
    # originality.copy is off for it: check finds the source and gives the rewrite's verdict.
    assert result.code == 0 and json.loads(result.out)["files"][0]["alerts"] == []


def test_french_locale_speaks_french_but_keeps_ids(posts):
    from conftest import clean_env

    bad = posts / "2025" / "bad.md"
    text = run_cli("check", str(bad), env=clean_env(LANG="fr_FR.UTF-8"))
    assert text.code == 1 and "0 titres H1, il en faut exactement un" in text.out and "headings.h1" in text.out
    assert "1 erreur," in text.out and "dans 1 fichier." in text.out
    data = json.loads(run_cli("check", str(bad), "--format", "json", env=clean_env(LANG="fr_FR.UTF-8")).out)
    alert = next(a for a in data["files"][0]["alerts"] if a["check"] == "headings.h1")
    assert alert["severity"] == "error" and alert["message"] == "0 titres H1, il en faut exactement un"
    assert set(data["summary"]) == {"files", "errors", "warnings", "suggestions"}
    english = run_cli("check", str(bad), env=clean_env(LANG="fr_FR.UTF-8", REWRITER_UI_LANG="en"))
    assert "0 H1 headings, exactly one needed" in english.out
