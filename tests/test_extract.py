"""Every input kind (page text, scraped Markdown, HTML, http(s) URLs) through `clean`, `inspect`
and `rewrite`; bad URLs; the guard warnings; a floor over the shared extraction benchmark."""

from __future__ import annotations

import json
import sys
import time

import pytest
import yaml

from answers import valid_reply
from conftest import ROOT, SAMPLES, clean_env, run_cli
from openai_server import FakeOpenAI
from page_server import PageServer
from rewriter.clean import clean
from rewriter.extract import detect_kind, reflow
from rewriter.files import read_article
from rewriter.pipeline import read_input
from rewriter.spec import Line

BENCHMARK = ROOT.parent / "shared" / "benchmarks" / "article-extraction"

# Hand labels, as in test_clean: the line where each article paragraph starts (a wrapped
# paragraph keeps the number of its first line) and the noise lines.
WRAPPED_PAGE = ("fr-page-repliee.txt", {4, 5, 9, 14, 19, 21, 27}, {1, 2, 3, 31, 32, 33, 34, 35, 36})
MARKDOWN_SCRAPE = ("fr-scrape-markdown.md", {11, 17, 22, 24, 29, 33, 35, 40, 42, 47},
                   {1, 3, 4, 5, 6, 7, 9, 13, 15, 50, 52, 54, 55, 56, 58, 60})


@pytest.mark.parametrize("name, kind", [("fr-page-repliee.txt", "text"), ("fr-scrape-markdown.md", "markdown"),
                                        ("fr-magazine.html", "html"), ("en-blog-divs.html", "html"),
                                        ("fr-velo-electrique.txt", "text"), ("fr-syndication-ia.txt", "text")])
def test_kind_is_detected_from_the_content(name, kind):
    assert detect_kind(read_article(SAMPLES / name).text) == kind


@pytest.mark.parametrize("name, article_lines, noise_lines", [WRAPPED_PAGE, MARKDOWN_SCRAPE], ids=["wrapped", "markdown"])
def test_wrapped_and_markdown_pages_keep_every_paragraph_and_drop_the_noise(name, article_lines, noise_lines):
    article = read_input(read_article(SAMPLES / name).text)
    kept = {line.number for line in article.cleaned.lines if line.text}
    removed = {item.number for item in article.cleaned.removed}
    assert kept == article_lines and removed == noise_lines
    text = article.cleaned.text
    assert "](" not in text and "http" not in text and "**" not in text


def test_hard_wrapped_paragraph_is_joined_on_its_first_line():
    lines = read_article(SAMPLES / "fr-page-repliee.txt").text.split("\n")
    joined = reflow(lines)
    assert len(joined) == len(lines)
    assert joined[8].startswith("Les chercheurs ont compté") and joined[8].endswith("au plus fort de la floraison.")
    assert joined[9:12] == ["", "", ""]
    assert joined[18] == "Des haies plutôt que des ruches"  # a short heading is never glued to its paragraph


def test_unwrapped_text_is_left_alone():
    lines = read_article(SAMPLES / "fr-velo-electrique.txt").text.split("\n")
    assert reflow(lines) == lines


@pytest.mark.parametrize("name, present, absent", [
    ("fr-magazine.html",
     ["Le retour du train de nuit entre Paris et Nice", "Une ligne encore fragile", "Nous avons besoin de trois ans",
      "Couchette en compartiment de six places", "Les réservations ouvrent trois mois"],
     ["Actualités", "À lire aussi", "TGV vers Marseille", "newsletter", "Tous droits réservés", "dataLayer", "font-family"]),
    ("en-blog-divs.html",
     ["How we cut our workshop's energy bill by a third", "The roof came first", "A borrowed thermal camera",
      "If you only do one thing, insulate the roof."],
     ["Popular posts", "Sharpening chisels", "Jenny R.", "heat pump did you choose", "Share this", "All rights reserved"]),
], ids=["magazine", "blog-divs"])
def test_html_pages_of_two_layouts_give_the_article_alone(name, present, absent):
    result = run_cli("clean", str(SAMPLES / name))
    assert result.code == 0, result.err
    assert result.out.split("\n")[0] == present[0]  # the headline comes first
    for text in present:
        assert text in result.out
    for text in absent:
        assert text not in result.out


def test_html_on_stdin_and_in_a_txt_file(tmp_path):
    page = (SAMPLES / "fr-magazine.html").read_bytes()
    from_stdin = run_cli("clean", "-", stdin=page)
    renamed = tmp_path / "page.txt"
    renamed.write_bytes(page)
    from_txt = run_cli("clean", str(renamed))
    assert from_stdin.code == from_txt.code == 0
    assert from_stdin.out == from_txt.out and "Une ligne encore fragile" in from_stdin.out and "<p>" not in from_stdin.out


def test_input_format_forces_the_kind():
    as_text = run_cli("clean", "--input-format", "text", str(SAMPLES / "fr-scrape-markdown.md"))
    as_markdown = run_cli("clean", str(SAMPLES / "fr-scrape-markdown.md"))
    assert as_text.code == as_markdown.code == 0
    assert "](https://" in as_text.out and "](https://" not in as_markdown.out
    wrong = run_cli("clean", "--input-format", "pdf", str(SAMPLES / "fr-magazine.html"))
    assert wrong.code == 2 and wrong.err.strip() == "rewrite: error: --input-format must be text, markdown or html, not 'pdf'"


def test_html_metadata_goes_into_front_matter_and_report(tmp_path):
    target = tmp_path / "train.md"
    result = run_cli(str(SAMPLES / "fr-magazine.html"), "-o", str(target), "--json")
    assert result.code in (0, 1), result.err
    meta = yaml.safe_load(target.read_text(encoding="utf-8").split("---")[1])
    assert meta["source_url"] == "https://echo-du-rail.example/2026/01/train-de-nuit-paris-nice"
    assert meta["source_title"] == "Le retour du train de nuit entre Paris et Nice"
    assert meta["author"] == "Sophie Marchand" and str(meta["source_date"]) == "2026-01-22"
    report = json.loads(result.out)
    assert report["source"] == {"kind": "html", "title": "Le retour du train de nuit entre Paris et Nice", "author": "Sophie Marchand",
                                "date": "2026-01-22", "site_name": "L'Écho du Rail",
                                "url": "https://echo-du-rail.example/2026/01/train-de-nuit-paris-nice"}


def test_text_input_has_no_source_fields(tmp_path):
    target = tmp_path / "out.md"
    run_cli(str(SAMPLES / "fr-page-repliee.txt"), "-o", str(target))
    meta = yaml.safe_load(target.read_text(encoding="utf-8").split("---")[1])
    assert not {"source_url", "source_title", "author", "source_date"} & set(meta)


@pytest.mark.parametrize("name", ["fr-magazine.html", "fr-scrape-markdown.md", "fr-page-repliee.txt"])
def test_instructions_at_the_edges_work_for_every_kind(tmp_path, name):
    page = tmp_path / name
    page.write_text("Rédige en anglais, entre 500 et 800 mots, mot-clé : voyage lent\n\n"
                    + (SAMPLES / name).read_text(encoding="utf-8") + "\nAjoute des intertitres.\n", encoding="utf-8")
    result = run_cli("inspect", "--json", str(page))
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["spec"]["language"] == "en" and report["spec"]["min_words"] == 500 and report["spec"]["max_words"] == 800
    assert report["spec"]["keywords"] == ["voyage lent"] and report["spec"]["subheadings"] is True
    assert "Rédige" not in report["article"] and "intertitres" not in report["article"]


# --- URLs ------------------------------------------------------------------------------------------

@pytest.fixture
def pages():
    with PageServer() as server:
        yield server


def test_url_is_fetched_followed_through_a_redirect_and_rewritten(tmp_path, pages):
    target = tmp_path / "train.md"
    result = run_cli(pages.url("/old-address"), "-o", str(target))
    assert result.code in (0, 1), result.err
    meta = yaml.safe_load(target.read_text(encoding="utf-8").split("---")[1])
    assert meta["source"] == pages.url("/old-address") and meta["author"] == "Sophie Marchand"
    assert "Une ligne encore fragile" in target.read_text(encoding="utf-8") or meta["word_count"] > 200
    assert pages.user_agents and all(agent.startswith("rewriter/") for agent in pages.user_agents)


def test_url_through_clean_and_inspect(pages):
    cleaned = run_cli("clean", pages.url("/article"))
    inspected = run_cli("inspect", "--json", pages.url("/article"))
    assert cleaned.code == inspected.code == 0
    assert cleaned.out.startswith("Le retour du train de nuit entre Paris et Nice\n")
    assert json.loads(inspected.out)["source"]["author"] == "Sophie Marchand"


@pytest.mark.parametrize("path, options, cause", [
    ("/missing", [], "HTTP 404 Not Found"),
    ("/report.pdf", [], "not an HTML page (application/pdf)"),
    ("/huge", ["--max-bytes", "100000"], "MB limit (--max-bytes)"),
    ("/slow", ["--fetch-timeout", "1"], "timeout"),
    ("/loop", [], "too many redirects"),
    ("/menu-only", [], "no article"),
], ids=["404", "pdf", "too-large", "slow", "redirect-loop", "no-article"])
def test_bad_url_fails_in_one_line_and_writes_nothing(tmp_path, pages, path, options, cause):
    target = tmp_path / "out.md"
    url = pages.url(path)
    started = time.monotonic()
    result = run_cli(url, "-o", str(target), *options)
    assert result.code == 2
    lines = result.err.strip().split("\n")
    assert len(lines) == 1 and lines[0].startswith(f"rewrite: error: {url}: ") and cause in lines[0], result.err
    assert not target.exists() and list(tmp_path.iterdir()) == []
    assert time.monotonic() - started < 30


def test_refused_connection_fails_in_one_line(tmp_path):
    with PageServer() as server:
        url = server.url("/article")
    result = run_cli("clean", url)
    assert result.code == 2 and result.err.strip() == f"rewrite: error: {url}: connection refused"


def test_batch_takes_a_url_list_with_journal_and_resume(tmp_path, pages):
    listing = tmp_path / "urls.txt"
    good, missing, pdf = pages.url("/article"), pages.url("/missing"), pages.url("/report.pdf")
    listing.write_text(f"# pages to rewrite\n{good}\n\n{missing}\n{pdf}\n", encoding="utf-8")
    outdir = tmp_path / "out"
    with FakeOpenAI(default=valid_reply) as model:
        env = clean_env(OPENAI_BASE_URL=model.base_url, OPENAI_API_KEY="sk-test-123", REWRITER_MODEL="test-model")
        first = run_cli("--urls", str(listing), "-o", str(outdir), "--json", env=env)
        summary = json.loads(first.out)
        assert first.code == 1 and (summary["total"], summary["done"] + summary["drafts"], summary["failed"]) == (3, 1, 2)
        assert any(f"{missing}: HTTP 404" in failure for failure in summary["failures"])
        assert any(f"{pdf}: not an HTML page (application/pdf)" in failure for failure in summary["failures"])
        written = sorted(path.relative_to(outdir).as_posix() for path in outdir.rglob("*.md"))
        assert written == ["127.0.0.1/article.md"]
        meta = yaml.safe_load((outdir / written[0]).read_text(encoding="utf-8").split("---")[1])
        assert meta["source"] == good and meta["author"] == "Sophie Marchand"
        calls = len(model.chat_requests)
        again = json.loads(run_cli("--urls", str(listing), "-o", str(outdir), "--json", env=env).out)
        assert again["skipped"] == 1 and len(model.chat_requests) == calls


def test_url_list_with_a_line_that_is_not_a_url_is_refused(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("https://example.org/a\nftp://example.org/b\n", encoding="utf-8")
    result = run_cli("--urls", str(listing), "-o", str(tmp_path / "out"))
    assert result.code == 2 and result.err.strip() == f"rewrite: error: {listing}:2: not an http(s) URL: ftp://example.org/b"
    assert not (tmp_path / "out").exists()


# --- guards ----------------------------------------------------------------------------------------

def test_guard_warns_when_most_words_are_removed(tmp_path):
    page = tmp_path / "menu.txt"
    menu = "\n".join(f"* Rubrique numéro {index} du site" for index in range(60))
    article = ("Le conseil municipal a voté jeudi soir la rénovation complète de la piscine, fermée depuis deux ans. "
               "Les travaux commenceront au printemps et dureront dix-huit mois, pour un coût de quatre millions d'euros.")
    page.write_text(f"{menu}\nLa piscine rouvrira en 2028\n{article}\n{menu}\n", encoding="utf-8")
    result = run_cli("inspect", "--json", str(page))
    warnings = json.loads(result.out)["warnings"]
    assert any(warning.startswith("cleaning removed") for warning in warnings), warnings
    text_report = run_cli("inspect", str(page))
    assert "warning: cleaning removed" in text_report.out


def test_guard_warns_when_the_text_kept_is_mostly_links(tmp_path):
    page = tmp_path / "links.md"
    topics = ["la qualité de l'air en ville", "les pistes cyclables du centre", "le tri des déchets ménagers",
              "les parcs et jardins publics", "le bruit des grands axes", "les transports scolaires"]
    paragraphs = [f"Retrouvez [notre dossier complet sur {topic} et ses chiffres](https://a.example/{index}) puis "
                  f"[les mesures prises par la métropole cette année]( https://a.example/m{index}), et lisez le bilan."
                  for index, topic in enumerate(topics)]
    page.write_text("# Les dossiers de la métropole\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    report = json.loads(run_cli("inspect", "--json", str(page)).out)
    assert any("link text" in warning for warning in report["warnings"]), report["warnings"]
    plain = json.loads(run_cli("inspect", "--json", str(SAMPLES / "fr-scrape-markdown.md")).out)
    assert not any("link text" in warning for warning in plain["warnings"])


JAZZ = [
    "Le festival de jazz attire un public record",
    "Plus de quarante mille spectateurs ont assisté cette semaine aux concerts du festival de jazz, installé pour la première "
    "fois sur les quais du port. Les organisateurs, surpris par l'affluence, ont ajouté deux soirées gratuites dans les jardins "
    "de la citadelle, où les groupes locaux ont joué jusqu'à minuit devant des familles venues pique-niquer.",
    "La trompettiste invitée a ouvert la dernière soirée par un hommage aux musiciens de La Nouvelle-Orléans. Son quintette a "
    "enchaîné des standards et des compositions récentes, avant un long rappel improvisé avec les élèves du conservatoire, "
    "qui avaient répété tout l'après-midi sous le chapiteau.",
]
OLIVES = [
    "La récolte des olives commence en Provence",
    "Dans les collines au nord d'Aix, les oléiculteurs ont sorti les filets et les peignes mécaniques pour une cueillette "
    "avancée de deux semaines. La sécheresse de l'été a réduit la taille des fruits, mais les premiers pressages donnent une "
    "huile très aromatique, selon le moulin coopératif du village.",
    "Les producteurs redoutent surtout la mouche de l'olivier, qui a proliféré après un automne doux. Plusieurs domaines ont "
    "installé des pièges et avancé le ramassage pour sauver une partie des variétés anciennes, plantées il y a plus d'un siècle.",
]


def test_two_articles_of_similar_length_are_both_kept_with_a_warning():
    lines = [Line(number, text) for number, text in enumerate(JAZZ + OLIVES, 1)]
    cleaned = clean(lines)
    assert cleaned.removed == [] and len(cleaned.warnings) == 1 and "second article" in cleaned.warnings[0]


def test_a_short_unrelated_tail_is_still_removed():
    more_jazz = ("Le maire a annoncé que le festival de jazz reviendrait sur les quais l'an prochain, avec une scène plus "
                 "grande et des navettes depuis la gare. Les restaurateurs du port, qui ont vu leur chiffre d'affaires doubler "
                 "pendant les concerts, demandent déjà que les terrasses restent ouvertes plus tard les soirs de "
                 "spectacle, et proposent de financer une partie des animations gratuites pour les enfants.")
    lines = [Line(number, text) for number, text in enumerate(JAZZ + [more_jazz] + OLIVES[:2], 1)]
    cleaned = clean(lines)
    assert [(item.number, item.reason) for item in cleaned.removed] == [(5, "other-article"), (6, "other-article")]
    assert cleaned.warnings == []


# --- the shared benchmark (floor) -------------------------------------------------------------

@pytest.mark.skipif(not BENCHMARK.is_dir(), reason="../shared/benchmarks/article-extraction is not present")
@pytest.mark.parametrize("form, min_f1, min_recall", [("text", 0.90, 0.96), ("markdown", 0.89, 0.95), ("html", 0.93, 0.95)])
def test_extraction_floor_on_the_shared_benchmark(form, min_f1, min_recall):
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_extraction

    keys = bench_extraction.page_keys("all")
    truths = {key: value["articleBody"] for key, value in json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8")).items()}
    score = bench_extraction.run_form(form, keys, truths)
    assert score.f1 >= min_f1 and score.recall >= min_recall and not score.lost, (score.f1, score.recall, score.lost)
