"""French throughout: every error path of the CLI, said in English and in French, with the same exit code.

The language comes from REWRITER_UI_LANG, else from the locale (LANG). English must stay word for word
what scripts and people read today; French must read as French, with its typography (« », space before :).
"""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from conftest import SAMPLES, clean_env, run_cli
from openai_server import FakeOpenAI, Reply

ARTICLE = SAMPLES / "fr-velo-electrique.txt"
KEY = "sk-test-SECRET-123456"
LANGUAGES = {
    "en": {"REWRITER_UI_LANG": "en", "LANG": "fr_FR.UTF-8"},
    "fr": {"REWRITER_UI_LANG": "fr", "LANG": "C.UTF-8"},
    "fr-locale": {"LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""},
}


@dataclass
class Case:
    """One way to fail: the arguments (built in a fresh folder), the exit code, the line in each language."""

    make: Callable[[Path, FakeOpenAI], tuple[list[str], dict[str, str]]]
    code: int
    english: str
    french: str


def _article(folder: Path, name: str = "article.txt") -> Path:
    path = folder / name
    path.write_bytes(ARTICLE.read_bytes())
    return path


def _model(server: FakeOpenAI) -> dict[str, str]:
    return {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": KEY, "REWRITER_MODEL": "test-model"}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _missing(folder, server):
    return [str(folder / "nowhere.txt")], {}


def _binary(folder, server):
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    return [str(folder / "image.txt")], {}


def _too_large(folder, server):
    return [str(_article(folder)), "--max-bytes", "100"], {}


def _empty(folder, server):
    (folder / "empty.txt").write_text("  \n\n", encoding="utf-8")
    return [str(folder / "empty.txt")], {}


def _only_instructions(folder, server):
    (folder / "brief.txt").write_text("Make this article SEO friendly, in French, at least 700 words\n", encoding="utf-8")
    return [str(folder / "brief.txt")], {}


def _page_without_article(folder, server):
    (folder / "page.html").write_text("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
                                      encoding="utf-8")
    return ["inspect", str(folder / "page.html")], {}


def _bad_format(folder, server):
    return ["check", str(_article(folder, "post.md")), "--format", "xml"], {}


def _bad_language(folder, server):
    return [str(_article(folder)), "--lang", "klingon"], {}


def _bad_config(folder, server):
    (folder / "rewriter.toml").write_text('[check.levels]\n"headings.h1" = "loud"\n', encoding="utf-8")
    return [str(_article(folder))], {}


def _bad_prompts(folder, server):
    return [str(_article(folder)), "--prompts", str(folder / "templates")], {}


def _auth(folder, server):
    server.default = lambda request: Reply(status=401, error={"message": f"bad key {KEY}", "type": "invalid_request_error",
                                                                "code": "invalid_api_key"})
    return [str(_article(folder))], _model(server)


def _unknown_model(folder, server):
    server.models = ["llama3"]
    return [str(_article(folder))], _model(server)


def _server_down(folder, server):
    return [str(_article(folder))], {**_model(server), "OPENAI_BASE_URL": f"http://127.0.0.1:{_closed_port()}/v1"}


def _existing_output(folder, server):
    (folder / "article.md").write_text("mine\n", encoding="utf-8")
    return [str(_article(folder))], {}


def _output_is_input(folder, server):
    article = _article(folder, "article.md")
    return [str(article), "-o", str(article)], {}


def _batch_without_output(folder, server):
    return [str(_article(folder, "one.txt")), str(_article(folder, "two.txt"))], {}


CASES = {
    "missing file": Case(_missing, 2, "rewrite: error: {folder}/nowhere.txt: no such file",
                         "rewrite : erreur : {folder}/nowhere.txt : fichier introuvable"),
    "binary file": Case(_binary, 2, "rewrite: error: {folder}/image.txt: binary data, not text",
                        "rewrite : erreur : {folder}/image.txt : données binaires, pas du texte"),
    "too large": Case(_too_large, 2, "rewrite: error: {folder}/article.txt: 0.0 MB is over the 0.0 MB limit (--max-bytes)",
                      "rewrite : erreur : {folder}/article.txt : 0,0 Mo, au-delà de la limite de 0,0 Mo (--max-bytes)"),
    "empty file": Case(_empty, 2, "rewrite: error: {folder}/empty.txt: empty file, no article to rewrite",
                       "rewrite : erreur : {folder}/empty.txt : fichier vide, aucun article à réécrire"),
    "only instructions": Case(_only_instructions, 2,
                              "rewrite: error: brief.txt: no article text once instructions and page noise are removed",
                              "rewrite : erreur : brief.txt : il ne reste aucun texte d'article une fois les consignes "
                              "et les parasites de la page retirés"),
    "page without article": Case(_page_without_article, 2,
                                 "rewrite: error: {folder}/page.html: no article found in the page (no paragraph of text in its main content)",
                                 "rewrite : erreur : {folder}/page.html : aucun article dans la page "
                                 "(pas un paragraphe de texte dans son contenu principal)"),
    "bad option value": Case(_bad_format, 2, "rewrite: error: --format must be text, line, json or github, not 'xml'",
                             "rewrite : erreur : --format doit valoir text, line, json ou github, et non « xml »"),
    "bad language": Case(_bad_language, 2, "rewrite: error: --lang: unknown language 'klingon' (use an ISO 639-1 code such as fr or en)",
                         "rewrite : erreur : --lang : langue inconnue « klingon » (indiquez un code ISO 639-1, comme fr ou en)"),
    "bad config value": Case(_bad_config, 2, "rewrite: error: {folder}/rewriter.toml: level of 'headings.h1' must be suggestion, "
                                             "warning, error or off, not 'loud'",
                             "rewrite : erreur : {folder}/rewriter.toml : le niveau de « headings.h1 » doit être suggestion, "
                             "warning, error ou off, et non « loud »"),
    "bad prompts folder": Case(_bad_prompts, 2, "rewrite: error: {folder}/templates: prompts folder not found",
                               "rewrite : erreur : {folder}/templates : dossier de modèles de prompt introuvable"),
    "provider auth": Case(_auth, 3, "rewrite: error: {folder}/article.txt: {base_url} refused the credentials (HTTP 401): "
                                    "set OPENAI_API_KEY to a valid key for this server; nothing written",
                          "rewrite : erreur : {folder}/article.txt : {base_url} a refusé les identifiants (HTTP 401) : "
                          "mettez dans OPENAI_API_KEY une clé valide pour ce serveur ; rien n'a été écrit"),
    "unknown model": Case(_unknown_model, 3, "rewrite: error: {folder}/article.txt: model 'test-model' is not served at "
                                             "{base_url} (it serves: llama3): set REWRITER_MODEL or --model; nothing written",
                          "rewrite : erreur : {folder}/article.txt : le modèle « test-model » n'est pas proposé par {base_url} "
                          "(il propose : llama3) : réglez REWRITER_MODEL ou --model ; rien n'a été écrit"),
    "server down": Case(_server_down, 3, "{folder}/article.txt: cannot connect to http://127.0.0.1:",
                        "{folder}/article.txt : connexion impossible à http://127.0.0.1:"),
    "existing output": Case(_existing_output, 2, "rewrite: error: {folder}/article.md: already exists (use --force to overwrite)",
                            "rewrite : erreur : {folder}/article.md : existe déjà (--force pour l'écraser)"),
    "output is input": Case(_output_is_input, 2, "rewrite: error: {folder}/article.md: the output would overwrite the input; "
                                                 "choose another with -o",
                            "rewrite : erreur : {folder}/article.md : la sortie écraserait l'entrée ; choisissez-en une autre avec -o"),
    "batch without -o": Case(_batch_without_output, 2,
                             "rewrite: error: several articles or a folder: give the output folder with -o OUTDIR",
                             "rewrite : erreur : plusieurs articles ou un dossier : indiquez le dossier de sortie avec -o DOSSIER"),
}


@pytest.mark.parametrize("name", CASES)
def test_each_error_path_in_english_and_in_french(tmp_path, name):
    case = CASES[name]
    codes = {}
    with FakeOpenAI() as server:
        for language, variables in LANGUAGES.items():
            folder = tmp_path / language
            folder.mkdir()
            args, extra = case.make(folder, server)
            result = run_cli(*args, cwd=folder, env=clean_env(**variables, **extra))
            expected = (case.english if language == "en" else case.french).format(folder=folder, base_url=server.base_url)
            assert expected in result.err, (language, result.err)
            assert result.out == "" and KEY not in result.err
            assert len(result.err.strip().splitlines()) == 1, result.err  # one line, nothing else
            codes[language] = result.code
    assert set(codes.values()) == {case.code}


def test_french_warnings_notes_and_json_keep_their_keys(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Consignes : 900 mots minimum, 600 mots maximum\n\n" + ARTICLE.read_text(encoding="utf-8").split("\n", 1)[1],
                       encoding="utf-8")
    english = run_cli("inspect", str(article), "--json", env=clean_env(REWRITER_UI_LANG="en"))
    french = run_cli("inspect", str(article), "--json", env=clean_env(REWRITER_UI_LANG="fr"))
    assert english.code == french.code == 0
    english_data, french_data = json.loads(english.out), json.loads(french.out)
    assert set(english_data) == set(french_data) and english_data["spec"] == french_data["spec"]
    # The bound said last wins (the maximum, here): the minimum, said before it, is dropped.
    assert english_data["warnings"] == ["minimum 900 words is over maximum 600; the earlier minimum is dropped"]
    assert french_data["warnings"] == ["le minimum de 900 mots dépasse le maximum de 600 ; le minimum indiqué plus tôt est abandonné"]
    text = run_cli("inspect", str(article), env=clean_env(LANG="fr_FR.UTF-8"))
    assert "Consignes lues" in text.out and "attention : le minimum de 900 mots" in text.out

    written = run_cli(str(article), "-o", str(tmp_path / "fr.md"), env=clean_env(LANG="fr_FR.UTF-8"))
    assert written.code in (0, 1)
    assert "note       aucun modèle configuré : le moteur hors ligne" in written.out
    assert "note       le minimum de 900 mots dépasse le maximum de 600" in written.out


def test_french_batch_summary_and_progress(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    _article(folder, "one.txt")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    outdir = tmp_path / "out"
    english = run_cli(str(folder), "-o", str(outdir), env=clean_env(REWRITER_UI_LANG="en"))
    french = run_cli(str(folder), "-o", str(tmp_path / "out-fr"), env=clean_env(LANG="fr_FR.UTF-8"))
    assert english.code == french.code == 1
    assert "  drafts (errors left)" in english.out and f"  failed: {folder}/empty.txt: empty file" in english.out
    assert "note: no model configured" in english.err
    for label in ("articles", "valides", "brouillons (erreurs restantes)", "en échec", "sautés (déjà faits)",
                  "appels au modèle", "jetons entrée / sortie", "durée", "articles par minute"):
        assert f"  {label} " in french.out, label
    assert f"  échec : {folder}/empty.txt : fichier vide, aucun article à réécrire" in french.out
    assert f"] échec   {folder}/empty.txt  {folder}/empty.txt : fichier vide" in french.err
    assert "note : aucun modèle configuré" in french.err


def test_help_follows_the_language_and_english_is_unchanged():
    english = run_cli("run", "--help", env=clean_env(REWRITER_UI_LANG="en", COLUMNS="200"))
    french = run_cli("run", "--help", env=clean_env(LANG="fr_FR.UTF-8", COLUMNS="200"))
    assert english.code == french.code == 0
    assert "Rewrite ARTICLE into publish-ready Markdown (default command)." in english.out
    assert "Overwrite existing output files." in english.out
    assert "Réécrit ARTICLE en Markdown prêt à publier (commande par défaut)." in french.out
    assert "Écrase les fichiers de sortie existants." in french.out and "Overwrite" not in french.out
    assert [line.split()[0] for line in english.out.splitlines() if line.strip().startswith("--")] == \
           [line.split()[0] for line in french.out.splitlines() if line.strip().startswith("--")]
    top = run_cli("--help", env=clean_env(REWRITER_UI_LANG="fr", COLUMNS="200"))
    assert "Contrôle des articles Markdown avant publication." in top.out


def test_dotenv_language_is_read_before_errors_are_said(tmp_path):
    (tmp_path / ".env").write_text("REWRITER_UI_LANG=fr\n", encoding="utf-8")
    result = run_cli("absent.txt", cwd=tmp_path, env=clean_env(LANG="C.UTF-8"))
    assert result.code == 2 and result.err == "rewrite : erreur : absent.txt : fichier introuvable\n"
