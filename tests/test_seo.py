"""Issue 13: SEO an editor recognises. Focus keyphrase and keywords, targets that travel with the
rewrite, a precise fact guard, an offline engine that reads like an editor's work, and real
model answers replayed through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from answers import valid_reply
from conftest import ROOT, SAMPLES, SEEDS, clean_env, needs_seeds, run_cli
from drafts import draft
from openai_server import FakeOpenAI, Reply

REAL_MODEL = ROOT.parent / "shared" / "real-model"
SOLAR = "en-solar-farm.txt"  # no instructions; people with titles ("chief executive Laura Benson"); a section label
COUNCIL = "en-city-council.txt"  # instructions ask for 350-500 words


def copy_sample(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    target.write_bytes((SAMPLES / name).read_bytes())
    return target


def split(path: Path) -> tuple[dict, str]:
    _, header, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(header), body


def folded_words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def with_keyphrase(reply: Reply, keyphrase: str) -> Reply:
    assert reply.content is not None
    return Reply(reply.content.replace("---\ntitle:", f'---\nkeyphrase: "{keyphrase}"\ntitle:', 1))


def rewrite_json(*args: str, env: dict[str, str] | None = None) -> dict:
    result = run_cli(*args, "--json", env=env)
    assert result.code in (0, 1), result.err
    return json.loads(result.out)


def check_alerts(path: Path) -> list[dict]:
    result = run_cli("check", str(path), "--format", "json")
    assert result.code in (0, 1), result.err
    return json.loads(result.out)["files"][0]["alerts"]


# --- 1. focus keyphrase ------------------------------------------------------------------------

def test_offline_rewrite_has_a_keyphrase_and_keywords_with_whole_names(tmp_path):
    article = copy_sample(tmp_path, SOLAR)
    report = rewrite_json(str(article))
    meta, _ = split(article.with_suffix(".md"))
    source = folded_words(article.read_text(encoding="utf-8"))
    keyphrase, keywords = meta["keyphrase"], meta["keywords"]
    assert report["keyphrase"] == {"value": keyphrase, "source": "source", "keywords": keywords}
    assert keywords[0] == keyphrase and 2 <= len(keywords) <= 5
    assert all(folded_words(keyword) <= source for keyword in keywords)
    assert 1 <= len(keyphrase.split()) <= 4 and not folded_words(keyphrase) & {"the", "a", "of", "in"}
    # Names whole: no lone first name or surname, no job title.
    people = {"Laura", "Benson", "Ruth", "Alvarez", "Daniel", "Okafor", "Mark", "Ellis"}
    assert not set(keywords) & people
    assert not any(folded_words(keyword) & {"chief", "executive", "commissioner", "director", "spokesman"} for keyword in keywords)
    # Every keyphrase check ran: the density is measured, and placement checks name the keyphrase.
    assert report["stats"]["keyphrase_density"] is not None
    assert all(keyphrase in a["message"] for a in report["checks"] if a["check"].startswith("keyphrase.") and a["check"] != "keyphrase.density")


@needs_seeds
def test_seed_keywords_keep_names_whole():
    for seed in sorted(SEEDS.glob("*.txt")):
        report = json.loads(run_cli("inspect", str(seed), "--json").out)
        keywords = report["keyphrase"]["keywords"]
        assert report["keyphrase"]["value"] == keywords[0], seed.name
        assert not set(keywords) & {"Sam", "Altman", "Mira", "Greg", "Satya", "PDG", "CEO"}, (seed.name, keywords)


def test_inspect_shows_the_keyphrase_and_asks_the_model_for_one():
    report = json.loads(run_cli("inspect", str(SAMPLES / SOLAR), "--json").out)
    assert report["keyphrase"]["source"] == "source" and report["keyphrase"]["value"]
    system = report["messages"][0]["content"]
    assert 'keyphrase: "<' in system
    given = json.loads(run_cli("inspect", str(SAMPLES / SOLAR), "--json", "--keyword", "solar farm").out)
    assert given["keyphrase"] == {"value": "solar farm", "source": "editor", "keywords": ["solar farm"]}
    assert "keyphrase:" not in given["messages"][0]["content"]


def test_model_keyphrase_is_taken_when_the_source_supports_it(server, model_env, tmp_path):
    server.default = lambda request: with_keyphrase(valid_reply(request), "Wheat Fields")
    article = copy_sample(tmp_path, SOLAR)
    report = rewrite_json(str(article), env=model_env)
    meta, _ = split(article.with_suffix(".md"))
    assert meta["keyphrase"] == "Wheat Fields" and meta["keywords"][0] == "Wheat Fields"
    assert report["keyphrase"]["source"] == "model"
    assert any(a["check"] == "keyphrase.title" and "Wheat Fields" in a["message"] for a in report["checks"])


def test_model_keyphrase_the_source_lacks_is_replaced_by_the_derived_one(server, model_env, tmp_path):
    server.default = lambda request: with_keyphrase(valid_reply(request), "quantum batteries")
    article = copy_sample(tmp_path, SOLAR)
    derived = json.loads(run_cli("inspect", str(article), "--json").out)["keyphrase"]["value"]
    report = rewrite_json(str(article), env=model_env)
    meta, _ = split(article.with_suffix(".md"))
    assert meta["keyphrase"] == derived != "quantum batteries"
    assert report["keyphrase"]["source"] == "source"


def test_editor_keyphrase_is_kept_and_the_repair_names_the_keyphrase(server, model_env, tmp_path):
    article = copy_sample(tmp_path, SOLAR)
    server.add(Reply(draft(120, language="en")))  # too short: repaired
    server.default = valid_reply
    report = rewrite_json(str(article), "--keyword", "solar farm", env=model_env)
    meta, _ = split(article.with_suffix(".md"))
    assert meta["keyphrase"] == "solar farm" and report["keyphrase"]["source"] == "editor"
    assert len(server.requests) >= 2
    repair = server.requests[1]["messages"][-1]["content"]
    assert 'The focus keyphrase is "solar farm"' in repair and "keyphrase.title" in repair


def test_no_seo_no_derived_keyphrase(tmp_path):
    article = copy_sample(tmp_path, SOLAR)
    (tmp_path / "rewriter.toml").write_text("seo = false\n", encoding="utf-8")
    result = run_cli(str(article), "--json", cwd=tmp_path)
    report = json.loads(result.out)
    meta, _ = split(article.with_suffix(".md"))
    assert report["spec"]["seo"]["value"] is False
    assert "keyphrase" not in meta and report["stats"]["keyphrase_density"] is None


# --- 2. the rewrite's targets travel with it ---------------------------------------------------

def _alerts(report_checks: list[dict]) -> list[tuple]:
    return sorted((a["check"], a["severity"], a["message"], a["line"]) for a in report_checks)


@pytest.mark.parametrize("name", [COUNCIL, SOLAR])
def test_check_on_offline_output_gives_the_rewrite_verdict(tmp_path, name):
    article = copy_sample(tmp_path, name)
    report = rewrite_json(str(article))
    output = article.with_suffix(".md")
    meta, _ = split(output)
    assert meta["rewriter"]["min_words"] == report["spec"]["min_words"]["value"]
    assert _alerts(check_alerts(output)) == _alerts(report["checks"])


def test_check_on_model_output_gives_the_rewrite_verdict(server, model_env, tmp_path):
    article = copy_sample(tmp_path, COUNCIL)
    server.default = lambda request: Reply(draft(300, subheadings=1, language="en"))  # short: errors remain after repairs
    report = rewrite_json(str(article), "--max-attempts", "1", env=model_env)
    output = article.with_suffix(".md")
    meta, _ = split(output)
    assert meta["rewriter"] == {"min_words": 350, "max_words": 500, "subheadings": True}
    assert report["status"] == "draft" and any(a["check"] == "length.words" for a in report["checks"])
    assert _alerts(check_alerts(output)) == _alerts(report["checks"])
    # Without the recorded targets, check would not know the word range it was written for.
    text = output.read_text(encoding="utf-8")
    output.write_text(re.sub(r"^rewriter:.*\n(?:  .*\n)*", "", text, flags=re.MULTILINE), encoding="utf-8")
    assert not any(a["check"] == "length.words" for a in check_alerts(output))


# --- 4. fact guard precision -------------------------------------------------------------------

CHIP_DRAFT = """---
title: Chipmakers add capacity as AI server demand soars
description: Taiwan's largest chipmaker will ramp up two new plants in the south of the island as orders for AI server processors outrun the supply of chips.
---

# Chipmakers Race To Add Capacity For AI Servers

Taiwan's largest chipmaker will ramp up output at two new plants in the south of the island. Orders for processors that power artificial intelligence servers still outrun supply, and Wendy Huang expects relief only next year.

## Taiwan Ramps Up

Wendy Huang, the chief financial officer, said spending would reach $32 billion. Jensen Park, a rival executive, called the plan bold.

## New Plants Reach Full Capacity

Both plants should run at full capacity by the end of next year. Shares rose 3% in Taipei, and 42% of customers now reserve output.

## Short Supply

Server makers wait up to six months. Analysts warn that packaging equipment could slow the ramp.
"""


def test_facts_new_reports_only_what_the_source_lacks(tmp_path):
    source = SAMPLES / "en-chip-plants.txt"
    post = tmp_path / "chips.md"
    post.write_text(CHIP_DRAFT, encoding="utf-8")
    result = run_cli("check", str(post), "--source", str(source), "--format", "json")
    facts = [a["message"] for a in json.loads(result.out)["files"][0]["alerts"] if a["check"] == "facts.new"]
    # Title-case headings, sentence-initial words, inflected forms ("Ramps", "Plants") and the
    # source's names in another case are no new fact; an invented name and number are.
    assert len(facts) == 2, facts
    assert any("Jensen Park" in message for message in facts) and any("42%" in message for message in facts)


@pytest.mark.skipif(not REAL_MODEL.is_dir(), reason="../shared/real-model is not present")
@pytest.mark.parametrize("name", ["001_f53bd77fe3ce3826", "002_99f45fcf0fc44606", "004_4d73b5a254e9afb9", "en-city-council"])
def test_real_model_answers_replay_in_one_call(tmp_path, name):
    source = SAMPLES / f"{name}.txt" if name.startswith("en-") else SEEDS / f"{name}.txt"
    if not source.is_file():
        pytest.skip(f"{source} is not present")
    answer = (REAL_MODEL / f"{name}.answer.md").read_text(encoding="utf-8")
    recorded = json.loads((REAL_MODEL / f"{name}.request.json").read_text(encoding="utf-8"))
    fenced = re.search(r"^(<<<ARTICLE-\w+>>>)\n(.*)\n\1$", recorded[-1]["content"], re.DOTALL | re.MULTILINE)
    assert fenced
    article = tmp_path / source.name
    article.write_bytes(source.read_bytes())
    with FakeOpenAI(default=lambda request: Reply(answer)) as fake:
        env = clean_env(OPENAI_BASE_URL=fake.base_url, OPENAI_API_KEY="sk-test-000", REWRITER_MODEL="test-model")
        report = rewrite_json(str(article), env=env)
        # An editor's request the rules cannot map (the sample's "keep the quotes") is first offered to the
        # model as instructions to read (issue 12); the rewrite itself must be accepted in one call.
        rewrites = [request for request in fake.chat_requests if "response_format" not in request]
        asked = rewrites[0]["messages"][-1]["content"]
    # The answer belongs to this request: the same article, whatever the random fence.
    assert fenced.group(2).strip() in asked
    assert len(rewrites) == 1 and report["status"] == "valid"
    assert not [a for a in report["checks"] if a["severity"] == "error"]
    assert not [a for a in report["checks"] if a["check"] == "facts.new"], report["checks"]
    assert report["keyphrase"]["value"]


# --- 5. the offline engine reads like an editor's work -----------------------------------------

def _offline(tmp_path: Path, source: Path) -> tuple[dict, str]:
    article = tmp_path / source.name
    article.write_bytes(source.read_bytes())
    run_cli(str(article), "-q")
    return split(article.with_suffix(".md"))


OFFLINE_SOURCES = [SAMPLES / name for name in (SOLAR, COUNCIL, "fr-jeux-console.txt", "fr-velo-electrique.txt",
                                                "fr-syndication-ia.txt", "en-tech-blog.txt")]


@pytest.mark.parametrize("source", OFFLINE_SOURCES + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []),
                         ids=lambda path: path.name)
def test_offline_title_description_and_subheadings(tmp_path, source):
    meta, body = _offline(tmp_path, source)
    headline = re.search(r"^# (.+)$", body, re.MULTILINE).group(1)
    title, description = meta["title"], meta["description"]
    # Title: at most 60 characters, no ellipsis, the headline's start cut between words.
    assert len(title) <= 60 and "…" not in title and not title.endswith("...")
    assert headline.startswith(title) and (len(headline) == len(title) or headline[len(title)] in " ,:;")
    # Section labels and site names are not part of the headline.
    assert not re.match(r"(?i)news\b", headline) and not re.match(r"(?i)news\b", title)
    # Description: ends at a sentence or clause end, never over 156 characters.
    assert len(description) <= 156 and re.search(r"[.!?»\"”]$", description) and "…" not in description
    # Subheadings made by the engine name words of their section and do not repeat its first sentence.
    source_text = source.read_text(encoding="utf-8", errors="replace")
    for heading, section in re.findall(r"^## ([^\n]+)\n\n(.+?)(?=^## |\Z)", body, re.MULTILINE | re.DOTALL):
        if heading in source_text:
            continue  # the article's own subheading, kept
        first = section.strip().split("\n")[0]
        assert not first.lower().startswith(heading.lower()), heading
        joiners = {"and", "et"}
        assert folded_words(heading) - joiners <= folded_words(section), heading


def test_offline_description_fills_the_range_when_the_text_allows(tmp_path):
    meta, _ = _offline(tmp_path, SAMPLES / SOLAR)
    assert 120 <= len(meta["description"]) <= 156 and meta["description"].endswith(".")
    assert meta["title"].startswith("Valley County approves")  # "News GreenWire" dropped, the name kept whole
