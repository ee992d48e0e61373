"""The review page: `rewrite ARTICLE --review` and `rewrite review OUTPUT.md`, read in headless Chromium when present."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import SAMPLES, clean_env, run_cli
from drafts import draft
from openai_server import Reply

ARTICLE = SAMPLES / "fr-velo-electrique.txt"
CHROMIUM = Path("/usr/bin/chromium")
PLANTED = "987 654"


def planted_draft() -> str:
    """A valid draft with an invented number, an invented name, an altered quotation and markup to escape."""
    paragraphs = draft(420).split("\n\n")
    index = next(i for i, p in enumerate(paragraphs) if i > 3 and not p.startswith(("#", "---")))
    paragraphs[index] += (f" Selon le rapport, {PLANTED} vélos auraient été vendus à Grenoble, et Jean Dupont a déclaré : "
                          "« le marché est en pleine explosion partout ». <script>alert(1)</script>")
    return "\n\n".join(paragraphs)


@pytest.fixture
def reviewed(tmp_path, server, model_env) -> Path:
    article = tmp_path / "velo.txt"
    article.write_bytes(ARTICLE.read_bytes())
    server.add(Reply(planted_draft()), Reply(planted_draft()), Reply(planted_draft()))
    result = run_cli(str(article), "--review", env=model_env)
    assert result.code == 1, result.out + result.err  # the invented number is an error: a draft
    page = tmp_path / "velo.review.html"
    assert page.is_file() and (tmp_path / "velo.md").is_file()
    return page


def test_review_page_shows_source_rewrite_checks_and_new_facts(reviewed):
    page = reviewed.read_text(encoding="utf-8")
    assert re.search(rf'<mark class="number"[^>]*>{PLANTED}</mark>', page)
    assert re.search(r'<mark class="name"[^>]*>Grenoble</mark>', page) and re.search(r'<mark class="name"[^>]*>Jean Dupont</mark>', page)
    assert re.search(r'<mark class="quote"[^>]*>« le marché est en pleine explosion partout »</mark>', page)
    # The facts.new error links to the block of the rewrite that holds it, and that block carries its badge.
    check = re.search(rf'<li id="check-(\d+)"><span class="pill error">error</span><code>facts.new</code> <span class="msg">'
                      rf'number «{PLANTED}»[^<]*</span> <a class="line" href="#L(\d+)">', page)
    assert check
    block = re.search(rf'<div class="block flagged error" id="L{check.group(2)}">(.*?)<div class="badges">(.*?)</div></div>', page, re.S)
    assert block and PLANTED in block.group(1) and f'href="#check-{check.group(1)}"' in block.group(2)
    # Spec with origins, the instruction line read, the noise folded with reasons, measures against the source.
    assert re.search(r"<tr><td>language</td><td>fr</td><td class=\"origin\">instructions</td></tr>", page)
    assert "Réécris cet article en français" in page
    details = page[page.index("<details>"): page.index("</details>")]
    assert "Noise removed from the source: 22 lines" in details and '<span class="reason">navigation</span>' in details
    for label in ("Words", "Reading ease", "Keyphrase density", "Copied from source"):
        assert f'<p class="label">{label}</p>' in page
    assert re.search(r'<p class="hint">source \d+</p>', page)
    # Source and rewrite side by side: the cleaned source's lines are there, and nothing is left unescaped.
    assert "Le vélo électrique s&#x27;installe durablement" in page or "Le vélo électrique s'installe durablement" in page
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # Self-contained: no asset from anywhere.
    assert not re.search(r"<(?:script|link|img|iframe)\b|url\(|@import", page)


def test_review_command_finds_the_source_and_never_overwrites(tmp_path, reviewed):
    output = tmp_path / "velo.md"
    reviewed.unlink()
    result = run_cli("review", str(output))
    assert result.code == 0, result.err
    page = reviewed.read_text(encoding="utf-8")
    assert result.out.strip() == str(reviewed) and 'class="number"' in page
    # The page lists the alerts `rewrite check` gives the same file, with its source beside it.
    checked = json.loads(run_cli("check", str(output), "--format", "json").out)["files"][0]["alerts"]
    listed = re.findall(r'<li id="check-\d+"><span class="pill (\w+)">\w+</span><code>([\w.]+)</code>', page)
    assert checked and sorted(listed) == sorted((alert["severity"], alert["check"]) for alert in checked)
    again = run_cli("review", str(output))
    assert again.code == 2 and "already exists (use --force" in again.err
    assert run_cli("review", str(output), "--force").code == 0
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    (moved / "velo.md").write_bytes(output.read_bytes())
    lost = run_cli("review", str(moved / "velo.md"))
    assert lost.code == 2 and "velo.txt" in lost.err and "--source" in lost.err and not (moved / "velo.review.html").exists()
    found = run_cli("review", str(moved / "velo.md"), "--source", str(tmp_path / "velo.txt"))
    assert found.code == 0 and (moved / "velo.review.html").is_file()


def test_review_page_follows_the_interface_language(tmp_path, reviewed):
    output = tmp_path / "velo.md"
    assert run_cli("review", str(output), "--force", env=clean_env(REWRITER_UI_LANG="fr")).code == 0
    french = html.unescape(reviewed.read_text(encoding="utf-8"))
    assert '<html lang="fr">' in french and "<title>Relecture · velo.md</title>" in french
    assert '<span class="status draft">Brouillon : des erreurs subsistent</span>' in french
    for label in ("Mots", "Facilité de lecture", "Densité de l'expression clé", "Copié de la source", "Absents de la source"):
        assert f'<p class="label">{label}</p>' in french
    assert re.search(r'<p class="value">\d+,\d %</p>', french)  # a decimal comma
    # Severity said in French, check id and classes unchanged, the message and its line link in French.
    assert re.search(rf'<span class="pill error">erreur</span><code>facts.new</code> <span class="msg">le nombre « {PLANTED} » '
                     r"n'apparaît pas dans la source</span> <a class=\"line\" href=\"#L\d+\">ligne \d+</a>", french)
    assert re.search(rf'<mark class="number" title="nombre absent de la source">{PLANTED}</mark>', french)
    assert '<tr><td>language</td><td>fr</td><td class="origin">consignes de l\'article</td></tr>' in french
    assert "<h2>Consignes retenues</h2>" in french and "<h2>Source et réécriture</h2>" in french
    assert '<div class="colhead">Source nettoyée</div><div class="colhead">Réécriture</div>' in french
    assert "<summary>Parasites retirés de la source : 22 lignes" in french and '<span class="reason">navigation</span>' in french
    for english in ("Words", "Checks", "not found in the source", "Noise removed", "Cleaned source", ">line "):
        assert english not in french
    # REWRITER_UI_LANG wins over a French locale: the page stays English, word for word.
    assert run_cli("review", str(output), "--force", env=clean_env(REWRITER_UI_LANG="en", LANG="fr_FR.UTF-8")).code == 0
    english = reviewed.read_text(encoding="utf-8")
    assert '<html lang="en">' in english and '<p class="label">Words</p>' in english and "<h2>Source and rewrite</h2>" in english
    assert '<span class="pill error">error</span><code>facts.new</code>' in english and "Mots" not in english


def test_review_flag_writes_the_page_in_french_with_the_notes(tmp_path):
    article = tmp_path / "velo.txt"
    article.write_bytes(ARTICLE.read_bytes())
    assert run_cli(str(article), "--review", env=clean_env(LANG="fr_FR.UTF-8", LC_ALL="", LC_MESSAGES="")).code == 0
    page = html.unescape((tmp_path / "velo.review.html").read_text(encoding="utf-8"))
    assert '<html lang="fr">' in page and '<p class="eyebrow">Relecture de la réécriture</p>' in page
    assert '<p class="note">aucun modèle configuré : le moteur hors ligne' in page  # the offline engine's note, said in French
    assert "<h3>Lignes de consigne lues (1)</h3>" in page and "<td>subheadings</td><td>oui</td>" in page


def test_review_needs_an_output_file(tmp_path):
    result = run_cli(str(ARTICLE), "-o", "-", "--review")
    assert result.code == 2 and "--review needs an output file" in result.err and result.out == ""


@pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed (apt-get install chromium)")
def test_review_page_loads_in_chromium_without_console_error(tmp_path, reviewed):
    profile = tmp_path / "profile"
    loaded = subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                             "--enable-logging=stderr", "--v=0", "--dump-dom", reviewed.as_uri()],
                            capture_output=True, text=True, timeout=120)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    console = [line for line in loaded.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    dom = loaded.stdout
    marks = re.findall(r'<mark class="(number|name|quote)"[^>]*>(.*?)</mark>', dom)
    assert ("number", PLANTED) in marks and ("name", "Grenoble") in marks
    assert any(kind == "quote" and "explosion partout" in html.unescape(text) for kind, text in marks)
    assert 'class="block flagged error"' in dom and "<details>" in dom


def test_source_paragraphs_sit_beside_the_sections_made_of_them(tmp_path):
    # The offline engine builds its sections from the source's own paragraphs: each must sit in its section's row.
    article = tmp_path / "velo.txt"
    article.write_bytes(ARTICLE.read_bytes())
    assert run_cli(str(article)).code == 0
    assert run_cli("review", str(tmp_path / "velo.md")).code == 0
    page = (tmp_path / "velo.review.html").read_text(encoding="utf-8")
    grid = page[page.index('<div class="grid">'):page.index("</section>", page.index('<div class="grid">'))]
    rows = re.findall(r'<div class="cell src">(.*?)</div><div class="cell out">(.*?)</div>(?=<div class="cell|</div>$)', grid, re.S)
    filled = [(re.findall(r'<span class="ln">(\d+)</span>', left), right) for left, right in rows if "<p><span" in left]
    assert len(filled) >= 3
    numbers = [int(n) for lines, _ in filled for n in lines]
    assert numbers == sorted(numbers)  # in the source's order, never going back
    for lines, right in filled:  # each row's first source paragraph is written out in its rewrite section
        first = re.search(rf'<p><span class="ln">{lines[0]}</span>(.*?)</p>', grid).group(1)
        assert html.unescape(first)[:40] in html.unescape(re.sub(r"<[^>]+>", "", right))


def test_review_says_when_the_source_changed(tmp_path):
    article = tmp_path / "velo.txt"
    article.write_bytes(ARTICLE.read_bytes())
    assert run_cli(str(article)).code == 0
    article.write_bytes(ARTICLE.read_bytes() + "\nUne phrase ajoutée depuis.\n".encode())
    assert run_cli("review", str(tmp_path / "velo.md")).code == 0
    page = (tmp_path / "velo.review.html").read_text(encoding="utf-8")
    assert "velo.txt has changed since this rewrite was made" in page
    assert run_cli("review", str(tmp_path / "velo.md"), "--force", env=clean_env(REWRITER_UI_LANG="fr")).code == 0
    page = (tmp_path / "velo.review.html").read_text(encoding="utf-8")
    assert "velo.txt a changé depuis cette réécriture (source_sha256 diffère)" in page
