"""Issue 12 through the real command line: every phrasing of the issue's table and every form of
"What the parser must read" via `rewrite inspect --json`; --instructions, --ignore-embedded and the
config's default brief on single files and batches; the model path against the test server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from answers import valid_reply
from conftest import clean_env, run_cli
from instruction_corpus import ISSUE_TABLE, NBSP, NEGATIVE_THIRD_ROUND, NNBSP, THIN, THIRD_ROUND, about
from rewriter.instructions_model import SCHEMA, schema_errors, spec_of_answer

ARTICLE = (
    "Le conseil municipal a adopté hier soir le budget de la ville après un long débat de quatre heures.\n\n"
    "Les élus de l'opposition ont dénoncé une hausse des dépenses de fonctionnement et réclamé un audit.\n\n"
    "Le maire a promis de présenter un plan d'économies avant l'été, selon son entourage.\n"
)


def inspect(tmp_path: Path, text: str, *options: str, cwd: Path | None = None) -> dict:
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    result = run_cli("inspect", str(source), "--json", *options, cwd=cwd)
    assert result.code == 0, result.err
    return json.loads(result.out)


SPACES = str.maketrans({NBSP: " ", NNBSP: " ", THIN: " "})


def stated(data: dict, expected: dict) -> dict:
    return {name: data["spec"][name] for name in expected}


# (brief as written above the article, what inspect must show)
TABLE = ISSUE_TABLE
FORMS = [
    # where
    ("Instructions: in German, 700 words", {"language": "de", **about(700)}),
    ("Consignes :\n- langue : anglais\n- 600 à 900 mots", {"language": "en", "min_words": 600, "max_words": 900}),
    ("Brief: Italian, SEO", {"language": "it", "seo": True}),
    ("Notes pour le rédacteur\n- en espagnol\n- sans intertitres", {"language": "es", "subheadings": False}),
    ("INSTRUCTIONS\n- language: fr\n- words: 800\n- tone: warm", {"language": "fr", **about(800), "tone": "warm"}),
    ("[SEO | FR | 1000 mots | H2/H3]", {"seo": True, "language": "fr", **about(1000), "subheadings": True}),
    # by content: terse, polite, typos, five languages
    ("seo, fr, 800w, h2", {"seo": True, "language": "fr", **about(800), "subheadings": True}),
    ("Merci de réécrire en anglais, au moins 700 mots", {"language": "en", "min_words": 700}),
    ("Could you rewrite it in Spanish?", {"language": "es"}),
    ("Könnten Sie den Text auf Englisch schreiben, höchstens 600 Wörter?", {"language": "en", "max_words": 600}),
    ("Potresti scriverlo in francese, circa 900 parole?", {"language": "fr", **about(900)}),
    ("¿Puedes escribirlo en alemán, entre 500 y 700 palabras?", {"language": "de", "min_words": 500, "max_words": 700}),
    ("francais, sous titres", {"language": "fr", "subheadings": True}),
    # numbers and ranges
    ("at least 1.200 words", {"min_words": 1200}),
    ("at least 1 200 words", {"min_words": 1200}),
    (f"au moins 1{NBSP}200 mots", {"min_words": 1200}),
    (f"au moins 1{THIN}200 mots", {"min_words": 1200}),
    (f"au moins 1{NNBSP}200 mots", {"min_words": 1200}),
    ("1k words", about(1000)),
    ("600-800 words", {"min_words": 600, "max_words": 800}),
    ("600–800 words", {"min_words": 600, "max_words": 800}),
    ("600 to 800 words", {"min_words": 600, "max_words": 800}),
    ("600 a 800 palabras", {"min_words": 600, "max_words": 800}),
    ("600 bis 800 Wörter", {"min_words": 600, "max_words": 800}),
    ("1200 mots minimum", {"min_words": 1200}),
    ("zwischen 500 und 700 Wörtern", {"min_words": 500, "max_words": 700}),
    ("tra 400 e 600 parole", {"min_words": 400, "max_words": 600}),
    ("dal 500 al 700 parole", {"min_words": 500, "max_words": 700}),
    ("pas plus de 900 mots", {"max_words": 900}),
    ("al massimo 900 parole", {"max_words": 900}),
    ("como máximo 900 palabras", {"max_words": 900}),
    ("almeno 900 parole", {"min_words": 900}),
    ("~700 words", about(700)),
    ("about 700 words", about(700)),
    ("environ 700 mots", about(700)),
    ("ungefähr 700 Wörter", about(700)),
    # fields
    ("Language: fr-FR", {"language": "fr"}),
    ("FR", {"language": "fr"}),
    ("en francés, sin subtítulos", {"language": "fr", "subheadings": False}),
    ("auf Französisch, ohne Zwischenüberschriften", {"language": "fr", "subheadings": False}),
    ("in inglese, senza sottotitoli", {"language": "en", "subheadings": False}),
    ('Focus keyphrase: "budget municipal"; keywords: conseil, audit', {"keywords": ["budget municipal", "conseil", "audit"]}),
    ("Titre : Budget : la ville serre les dépenses", {"title": "Budget : la ville serre les dépenses"}),
    ("Público: vecinos; tono: cercano", {"audience": "vecinos", "tone": "cercano"}),
    ("Rewrite in English and keep the mayor's quotes", {"language": "en", "extra": ["keep the mayor's quotes"]}),
]


@pytest.mark.parametrize("brief, expected", TABLE + FORMS, ids=[case[0][:45] for case in TABLE + FORMS])
def test_brief_at_the_start_is_read_by_inspect(tmp_path, brief, expected):
    data = inspect(tmp_path, f"{brief}\n\n{ARTICLE}")
    # Reading a file turns no-break and thin spaces into plain ones.
    assert data["instructions"] == [line.translate(SPACES) for line in brief.split("\n")]
    assert stated(data, expected) == expected
    assert data["article"].startswith("Le conseil municipal")
    assert all(data["sources"][name] == "instructions" for name in expected if name != "extra")


def test_brief_at_the_end_is_read_by_inspect(tmp_path):
    data = inspect(tmp_path, f"{ARTICLE}\nBrief:\n- en allemand\n- 500 mots maximum\n")
    assert data["instructions"] == ["Brief:", "- en allemand", "- 500 mots maximum"]
    assert (data["spec"]["language"], data["spec"]["max_words"]) == ("de", 500)


# Briefs as written to a colleague (issue 12, second round): chatter, wrappers, corrections, at either edge.
CONVERSATIONAL = [
    ("Hey! Could you rewrite this in German for the web? Approx. 700 words, witty tone, no subheads pls. Thanks!",
     {"language": "de", **about(700), "tone": "witty", "subheadings": False}),
    ("Hallo Frau Roth,\nbitte eine Fassung auf Englisch für junge Eltern, max. 600 Wörter, lockerer Ton.\nViele Grüße\nJan Weiß",
     {"language": "en", "audience": "junge Eltern", "max_words": 600, "tone": "locker"}),
    ("Rédige-le en italien, 800 mots.\nPS : finalement en espagnol, et pas d'intertitres.",
     {"language": "es", **about(800), "subheadings": False}),
    ("[SEO | EN | 900 words | kw: bike lanes, city budget]", {"seo": True, "language": "en", **about(900), "keywords": ["bike lanes", "city budget"]}),
    ("máx. 650 palabras, sin subtítulos, tono cercano, para estudiantes",
     {"max_words": 650, "subheadings": False, "tone": "cercano", "audience": "estudiantes"}),
]


@pytest.mark.parametrize("brief, expected", CONVERSATIONAL, ids=[case[0][:45] for case in CONVERSATIONAL])
@pytest.mark.parametrize("at_end", [False, True], ids=["start", "end"])
def test_conversational_brief_is_read_by_inspect_at_either_edge(tmp_path, brief, expected, at_end):
    data = inspect(tmp_path, f"{ARTICLE}\n{brief}\n" if at_end else f"{brief}\n\n{ARTICLE}")
    assert data["instructions"] == brief.split("\n")
    assert stated(data, expected) == expected
    assert data["article"].startswith("Le conseil municipal") and data["article"].rstrip().endswith("entourage.")
    assert all(data["sources"][name] == "instructions" for name in expected)


# Forms of the third round (spec sheets, runs of field lines with no header, bold labels, corrections in
# their own words): every other one at the start, the others at the end of the file.
@pytest.mark.parametrize("brief, expected", THIRD_ROUND, ids=[case[0][:45] for case in THIRD_ROUND])
def test_third_round_brief_is_read_by_inspect(tmp_path, brief, expected):
    at_end = THIRD_ROUND.index((brief, expected)) % 2 == 1
    data = inspect(tmp_path, f"{ARTICLE}\n{brief}\n" if at_end else f"{brief}\n\n{ARTICLE}")
    assert [line for line in data["instructions"] if line.strip()] == [line for line in brief.split("\n") if line.strip()]
    assert stated(data, expected) == expected
    assert data["article"].startswith("Le conseil municipal") and data["article"].rstrip().endswith("entourage.")
    assert all(data["sources"][name] == "instructions" for name in expected)


@pytest.mark.parametrize("line", NEGATIVE_THIRD_ROUND[:4] + [
    "« Nous écrirons en anglais s'il le faut », a déclaré le maire.",
    "SEO : pourquoi les sites d'information perdent du trafic",
    "Le rapport de 700 mots publié hier a été rejeté par les élus.",
])
def test_article_sentence_is_never_an_instruction(tmp_path, line):
    data = inspect(tmp_path, f"{line}\n{ARTICLE}")
    assert data["instructions"] == [] and data["spec"]["extra"] == []
    assert data["article"].startswith(line)


def test_conflict_inside_instructions_later_wins_and_cli_flag_wins_over_all(tmp_path):
    data = inspect(tmp_path, f"in French, 600 words\nin Spanish\n\n{ARTICLE}", "--min-words", "450")
    assert data["spec"]["language"] == "es" and data["spec"]["min_words"] == 450
    assert data["sources"]["min_words"] == "cli"
    assert any("language" in warning and "last one wins" in warning for warning in data["warnings"])


def test_run_brief_text_and_file_embedded_wins_where_both_speak(tmp_path):
    text = f"en anglais\n\n{ARTICLE}"
    data = inspect(tmp_path, text, "--instructions", "in Italian, 600-800 words, tone: neutral")
    assert (data["spec"]["language"], data["spec"]["min_words"], data["spec"]["tone"]) == ("en", 600, "neutral")
    assert any("language" in warning for warning in data["warnings"])
    brief = tmp_path / "brief.txt"
    brief.write_text("Consignes :\n- mots-clés : budget, audit\n- pas d'intertitres\n", encoding="utf-8")
    data = inspect(tmp_path, text, "--instructions", f"@{brief}")
    assert data["spec"]["keywords"] == ["budget", "audit"] and data["spec"]["subheadings"] is False
    assert data["spec"]["language"] == "en"
    missing = run_cli("inspect", str(tmp_path / "article.txt"), "--instructions", f"@{tmp_path / 'none.txt'}")
    assert missing.code == 2 and "--instructions" in missing.err and "none.txt" in missing.err


def test_ignore_embedded_reads_nothing_from_the_file_and_says_so(tmp_path):
    text = f"Write in English, at least 900 words\n\n{ARTICLE}"
    data = inspect(tmp_path, text, "--ignore-embedded", "--instructions", "SEO, 400 words")
    assert data["instructions"] == [] and data["embedded_instructions"] == "ignored"
    assert data["spec"]["language"] == "fr" and data["spec"]["min_words"] == 360
    assert data["article"].startswith("Write in English")
    assert any("--ignore-embedded" in warning for warning in data["warnings"])
    shown = run_cli("inspect", str(tmp_path / "article.txt"), "--ignore-embedded")
    assert shown.code == 0 and "--ignore-embedded" in shown.out
    written = run_cli(str(tmp_path / "article.txt"), "-o", str(tmp_path / "out.md"), "--ignore-embedded", "--json")
    report = json.loads(written.out)
    assert report["embedded_instructions"] == "ignored" and report["instructions"] == []


def test_clean_keeps_embedded_lines_as_article_text_with_ignore_embedded(tmp_path):
    source = tmp_path / "page.txt"
    source.write_text(f"Write in English, at least 900 words\n\n{ARTICLE}", encoding="utf-8")
    read = run_cli("clean", str(source))
    kept = run_cli("clean", str(source), "--ignore-embedded")
    assert read.code == kept.code == 0
    assert not read.out.startswith("Write in English") and read.out.startswith("Le conseil municipal")
    assert kept.out.startswith("Write in English, at least 900 words")


def test_config_holds_a_default_brief_that_the_flag_replaces(tmp_path):
    (tmp_path / "rewriter.toml").write_text('instructions = "in German, no subheadings"\n', encoding="utf-8")
    data = inspect(tmp_path, ARTICLE, cwd=tmp_path)
    assert (data["spec"]["language"], data["spec"]["subheadings"]) == ("de", False)
    data = inspect(tmp_path, ARTICLE, "--instructions", "in English", cwd=tmp_path)
    assert data["spec"]["language"] == "en" and data["spec"]["subheadings"] is True
    (tmp_path / "rewriter.toml").write_text("instructions = 3\n", encoding="utf-8")
    bad = run_cli("inspect", str(tmp_path / "article.txt"), cwd=tmp_path)
    assert bad.code == 2 and "instructions" in bad.err


def test_batch_brief_applies_to_every_article_and_a_changed_brief_redoes_them(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(f"pas d'intertitres\n\n{ARTICLE}", encoding="utf-8")
    out = tmp_path / "out"

    def batch(*options: str) -> dict:
        result = run_cli(str(folder), "-o", str(out), "--json", "--quiet", *options)
        assert result.code in (0, 1), result.err
        return json.loads(result.out)

    first = batch("--instructions", "Keywords: conseil municipal, budget")
    assert first["total"] == 2 and first["skipped"] == 0
    for name in ("a.md", "b.md"):
        meta = yaml.safe_load((out / name).read_text(encoding="utf-8").split("---")[1])
        assert meta["keywords"][:2] == ["conseil municipal", "budget"]
    assert "pas d'intertitres" not in (out / "b.md").read_text(encoding="utf-8")
    assert batch("--instructions", "Keywords: conseil municipal, budget")["skipped"] == 2
    assert batch("--instructions", "Keywords: budget")["skipped"] == 0
    ignored = batch("--instructions", "Keywords: budget", "--ignore-embedded")
    assert ignored["skipped"] == 0  # the article text changes too: its instruction lines stay in it
    assert "pas d'intertitres" in (out / "b.md").read_text(encoding="utf-8")


# --- the model path ---------------------------------------------------------------------------

def model_answer(**values: object) -> str:
    answer = {"language": None, "min_words": None, "max_words": None, "subheadings": None, "seo": None,
              "keywords": [], "tone": None, "audience": None, "title": None, "extra": []}
    answer.update(values)
    return json.dumps(answer)


def test_schema_check_accepts_a_full_answer_and_refuses_others():
    assert schema_errors(json.loads(model_answer(language="en", min_words=500))) == []
    assert schema_errors({"language": "en"})  # required fields missing
    assert schema_errors(json.loads(model_answer(min_words="500")))  # wrong type
    assert schema_errors(json.loads(model_answer(seo=1)))
    assert schema_errors(json.loads(model_answer(min_words=True)))  # a boolean is not an integer
    assert schema_errors({**json.loads(model_answer()), "verdict": "ok"})  # no other property
    assert spec_of_answer("not json") is None and spec_of_answer(model_answer(language="klingon")) is None
    assert spec_of_answer(model_answer(max_words=-5)) is None
    assert spec_of_answer(model_answer(tone="punchy", keywords=["a", " "])).keywords == ["a"]
    assert SCHEMA["additionalProperties"] is False and set(SCHEMA["required"]) == set(SCHEMA["properties"])


def rewrite_with_model(tmp_path: Path, server, env: dict, text: str, *options: str) -> dict:
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    result = run_cli(str(source), "-o", str(tmp_path / "out.md"), "--json", "--force", *options, env=env)
    assert result.code in (0, 1), result.err
    return json.loads(result.out)


BRIEF = "Rewrite in English, make it punchy for Gen Z readers who skim"


def test_model_maps_unmapped_instruction_lines_under_the_rules(tmp_path, model_env):
    from openai_server import FakeOpenAI, Reply

    with FakeOpenAI(default=valid_reply) as server:
        server.structured = lambda request: Reply(model_answer(language="de", tone="punchy", audience="young people"))
        env = {**model_env, "OPENAI_BASE_URL": server.base_url}
        report = rewrite_with_model(tmp_path, server, env, f"{BRIEF}\n\n{ARTICLE}")
        asked = server.structured_requests
    assert len(asked) == 1
    request = asked[0]
    assert request["response_format"]["type"] == "json_schema"
    assert request["response_format"]["json_schema"]["schema"] == SCHEMA
    sent = "\n".join(message["content"] for message in request["messages"])
    assert BRIEF in sent and "conseil municipal" not in sent  # the instruction line only, never the article
    spec = report["spec"]
    assert spec["tone"] == {"value": "punchy", "source": "instructions (model)"}
    # The rules win where both speak.
    assert spec["audience"] == {"value": "Gen Z readers", "source": "instructions"}
    assert spec["language"] == {"value": "en", "source": "instructions"}
    rewrite_prompt = "\n".join(m["content"] for m in server.chat_requests[-1]["messages"])
    assert "Tone: punchy" in rewrite_prompt


@pytest.mark.parametrize("answer", ["{\"tone\": \"punchy\"}", "I think the tone is punchy", model_answer(min_words="lots")])
def test_invalid_model_answer_leaves_the_rules_alone(tmp_path, model_env, answer):
    from openai_server import FakeOpenAI, Reply

    with FakeOpenAI(default=valid_reply) as server:
        server.structured = lambda request: Reply(answer)
        env = {**model_env, "OPENAI_BASE_URL": server.base_url}
        report = rewrite_with_model(tmp_path, server, env, f"{BRIEF}\n\n{ARTICLE}")
        assert len(server.structured_requests) == 1
    assert report["spec"]["tone"]["value"] is None and report["spec"]["language"]["value"] == "en"
    assert report["spec"]["extra"]["value"] == ["make it punchy for Gen Z readers who skim"]


def test_model_path_in_a_batch_with_a_brief_for_every_article(tmp_path, model_env):
    from openai_server import FakeOpenAI, Reply

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(ARTICLE, encoding="utf-8")
    with FakeOpenAI(default=valid_reply) as server:
        server.structured = lambda request: Reply(model_answer(tone="punchy"))
        env = {**model_env, "OPENAI_BASE_URL": server.base_url}
        result = run_cli(str(folder), "-o", str(tmp_path / "out"), "--json", "--instructions", BRIEF, env=env)
        assert result.code in (0, 1), result.err
        structured = server.structured_requests
        rewrites = [r for r in server.chat_requests if "response_format" not in r]
    # The same brief is read once per process (a batch of this size runs in one).
    assert len(structured) == 1 and BRIEF in structured[0]["messages"][-1]["content"]
    assert all("conseil municipal" not in m["content"] for r in structured for m in r["messages"])
    assert len(rewrites) >= 2 and all("Tone: punchy" in r["messages"][-1]["content"] for r in rewrites[:2])


def test_model_is_not_asked_when_the_rules_map_everything_or_no_model_is_set(tmp_path, model_env):
    from openai_server import FakeOpenAI, Reply

    with FakeOpenAI(default=valid_reply) as server:
        server.structured = lambda request: Reply(model_answer(tone="punchy"))
        env = {**model_env, "OPENAI_BASE_URL": server.base_url}
        rewrite_with_model(tmp_path, server, env, f"Rewrite in English, 500 words\n\n{ARTICLE}")
        assert server.structured_requests == []
    offline = rewrite_with_model(tmp_path, None, clean_env(), f"{BRIEF}\n\n{ARTICLE}")
    assert offline["spec"]["tone"]["value"] is None and offline["engine"] == "offline"


def test_a_brief_without_subheadings_gets_a_prompt_that_asks_for_none(tmp_path):
    """"no subheadings" must not meet "explicit subheadings" or a "## <subheading>" model in the same prompt."""
    without = inspect(tmp_path, 'SEO, focus keyword "budget", no subheadings\n\n' + ARTICLE)
    prompt = "\n".join(message["content"] for message in without["messages"]).lower()
    assert "with no subheadings" in prompt
    assert prompt.count("subheading") == 1 and "## <" not in prompt
    with_them = inspect(tmp_path, 'SEO, focus keyword "budget", with subheadings\n\n' + ARTICLE)
    prompt = "\n".join(message["content"] for message in with_them["messages"]).lower()
    assert "explicit subheadings" in prompt and "## <subheading>" in prompt and "description and some subheadings" in prompt
